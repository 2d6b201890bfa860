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
    if gold.is_empty() && errors.len() > 1 {
        if let Some(message) = not_json_lines(&args.gold) {
            // One error for the file, not one for each of its lines.
            report(message);
            return TROUBLE;
        }
    }
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
            "{} could not be read and {} left out of the figures",
            match errors.len() {
                1 => "1 line".to_string(),
                n => format!("{n} lines"),
            },
            if errors.len() == 1 { "is" } else { "are" }
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

/// When `path`'s first line is no JSON object, the file is not JSON Lines at all (a text, a
/// JSON array, a CSV): the one message that says so.
fn not_json_lines(path: &std::path::Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let (number, line) = verbatim::read::jsonl_lines(path, &bytes).next()?;
    let (why, column) = match line.map(serde_json::from_str::<serde_json::Value>) {
        Ok(Ok(serde_json::Value::Object(_))) => return None,
        Ok(Ok(_)) => ("a JSON value, not an object".to_string(), 1),
        Ok(Err(e)) => {
            let full = e.to_string();
            let what = full
                .rsplit_once(" at line ")
                .map_or(full.as_str(), |(m, _)| m);
            (format!("not JSON: {what}"), e.column())
        }
        Err(_) => ("not UTF-8".to_string(), 1),
    };
    Some(format!(
        "{}:{number}:{column}: not a JSON Lines file (line {number} is {why}); `verbatim eval` reads a gold \
         corpus, one JSON object a line with \"id\", \"text\" and \"quotes\"",
        path.display()
    ))
}
