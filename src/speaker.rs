//! Speakers (being written).
