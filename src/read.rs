//! Reading inputs (being written).
