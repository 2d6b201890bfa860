use clap::Parser;

#[derive(Parser)]
#[command(name = "verbatim", version, about)]
enum Cli {
    /// Align the statements several articles quote in common and report how each outlet's
    /// wording diverges (exit 0: nothing reaches --fail-on, 1: something does, 2: trouble).
    Compare(verbatim::compare::CompareArgs),
}

fn main() {
    let code = match Cli::parse() {
        Cli::Compare(args) => verbatim::compare::run(&args),
    };
    std::process::exit(code);
}
