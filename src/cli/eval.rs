//! `verbatim eval`: extraction scored against an annotated corpus.

use super::{print, OptionArgs};
use clap::Args;
use rayon::prelude::*;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use verbatim::error::report;
use verbatim::exit::{SAME, TROUBLE};

#[derive(Args)]
pub struct EvalArgs {
    /// The gold corpus: JSON Lines, one article a line with "id", "text" and "quotes".
    #[arg(value_name = "GOLD.jsonl")]
    gold: PathBuf,
    /// List the first N misses, false positives and wrong speakers.
    #[arg(long, value_name = "N", default_value_t = 0)]
    show: usize,
    /// Print the figures as one JSON object (the keys of qscore.py --json).
    #[arg(long)]
    json: bool,
    /// Score only the articles whose "split" is this.
    #[arg(long)]
    split: Option<String>,
    /// Also write verbatim's predictions to FILE, in qscore.py's format, to check the figures
    /// with `qscore.py GOLD FILE`.
    #[arg(long, value_name = "FILE")]
    predictions: Option<PathBuf>,
    /// Score the predictions in this file (qscore.py's format) instead of running verbatim.
    #[arg(long, value_name = "PRED.jsonl", conflicts_with = "predictions")]
    from_predictions: Option<PathBuf>,
    /// Also score the quotations found in a headline: the first line of a text, when the gold
    /// article's "title" is that line. By default they are left out, since corpora such as
    /// PolNeAR annotate the body only.
    #[arg(long)]
    headlines: bool,
    #[command(flatten)]
    options: OptionArgs,
}

/// Runs `verbatim eval` and returns the exit code.
pub fn run(args: &EvalArgs) -> u8 {
    use verbatim::eval;
    let (gold, mut errors) = eval::load_gold(&args.gold, args.split.as_deref());
    let preds = match &args.from_predictions {
        Some(path) => match eval::load_predictions(path, &gold) {
            Ok((preds, e)) => {
                errors.extend(e);
                preds
            }
            Err(e) => {
                // Without the predictions every quote would count as missed: no figures.
                errors.push(e);
                errors.iter().for_each(report);
                return TROUBLE;
            }
        },
        None => {
            let options = args.options.options();
            gold.par_iter()
                .map(|a| {
                    let preds = eval::predict_with(&a.text, &options);
                    if args.headlines {
                        preds
                    } else {
                        eval::body_only(a, preds)
                    }
                })
                .collect()
        }
    };
    let mut code = SAME;
    if let Some(path) = &args.predictions {
        let written = std::fs::File::create(path).and_then(|f| {
            let mut w = BufWriter::new(f);
            eval::write_predictions(&mut w, &gold, &preds)?;
            w.flush()
        });
        if let Err(e) = written {
            report(format_args!(
                "{}: cannot write predictions: {e}",
                path.display()
            ));
            code = TROUBLE;
        }
    }
    for e in &errors {
        report(e);
    }
    if gold.is_empty() && !errors.is_empty() {
        // Nothing could be read: figures over nothing would only mislead.
        return TROUBLE;
    }
    if !errors.is_empty() {
        report(format_args!(
            "{} line(s) could not be read and are left out of the figures",
            errors.len()
        ));
        code = TROUBLE;
    }
    let scores = eval::score_predictions(&gold, &preds);
    let written = print(|out| {
        if args.json {
            writeln!(out, "{}", scores.summary_json())
        } else {
            write!(out, "{}", scores.show(args.show))?;
            writeln!(out, "{}", scores.summary_line())
        }
    });
    written.err().unwrap_or(SAME).max(code)
}
