//! `analyze eval GOLD.jsonl`: analyses the text of every gold document and
//! scores the output against the gold ([`analyze::eval`]), as a table or
//! one JSON object, with the misses and false alarms on `--diff`.
//!
//! A gold file is read whole before anything is printed: a bad line stops
//! the run (exit 1) rather than give figures over part of the set.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use analyze::eval::{self, Totals};
use analyze::{Analyzer, DocInfo, render};
use serde_json::{Map, Value};

use crate::cli::{EvalArgs, EvalFormat};

/// One gold document and what scoring it gave.
struct Scored {
    /// 1-based line in the gold file.
    line: usize,
    /// The gold's `id`.
    id: Option<Value>,
    /// Its misses and false alarms.
    errors: Vec<eval::Mismatch>,
}

/// Runs `analyze eval`.
///
/// # Errors
///
/// A failure to write the report.
pub fn run(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let gazetteer = match &args.gazetteer {
        Some(path) => match crate::config::read_gazetteer(path) {
            Ok(g) => g,
            Err(e) => {
                eprintln!("analyze: {e:#}");
                return Ok(ExitCode::from(2));
            }
        },
        None => Vec::new(),
    };
    let analyzer = Analyzer::with_options(analyze::Options {
        gazetteer,
        ..analyze::Options::default()
    });
    let name = args.gold.as_str();
    let lines = match read_lines(name) {
        Ok(lines) => lines,
        Err(e) => {
            eprintln!("analyze: {name}: {}", analyze::Error::from(e));
            return Ok(ExitCode::from(1));
        }
    };
    let mut totals = Totals::default();
    let mut scored = Vec::new();
    for (number, line) in lines {
        match score_line(&analyzer, name, &line) {
            Ok((id, doc)) => {
                totals.add(&doc);
                scored.push(Scored { line: number, id, errors: doc.errors });
            }
            Err(reason) => {
                eprintln!("analyze: {name}:{number}: {reason}");
                return Ok(ExitCode::from(1));
            }
        }
    }
    if totals.documents == 0 {
        eprintln!("analyze: {name}: no gold document");
        return Ok(ExitCode::from(1));
    }
    let mut buf = Vec::new();
    match args.format {
        EvalFormat::Json => {
            write_json(name, &totals, &scored, args.diff, &mut buf)?
        }
        EvalFormat::Text => {
            write_text(name, &totals, &scored, args.diff, &mut buf)?
        }
    }
    let mut out = io::stdout().lock();
    out.write_all(&buf)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The lines of the gold file that are not blank, numbered from 1.
fn read_lines(name: &str) -> io::Result<Vec<(usize, String)>> {
    let reader: Box<dyn BufRead> = if name == "-" {
        Box::new(io::stdin().lock())
    } else {
        let file = std::fs::File::open(name)?;
        if file.metadata()?.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                "is a directory",
            ));
        }
        Box::new(io::BufReader::new(file))
    };
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line?;
        let line =
            if i == 0 { line.trim_start_matches('\u{feff}') } else { &line };
        if !line.trim().is_empty() {
            out.push((i + 1, line.to_string()));
        }
    }
    Ok(out)
}

/// Analyses one gold line's text and scores the output against it.
fn score_line(
    analyzer: &Analyzer,
    source: &str,
    line: &str,
) -> Result<(Option<Value>, eval::DocScore), String> {
    let doc = analyze::input::parse_json_line(line)
        .map_err(|(_, e)| e.to_string())?;
    let gold: Value =
        serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let info = DocInfo {
        source,
        reference_date: doc.reference_date,
        reference_date_from: doc
            .reference_date
            .map(|_| analyze::model::DateOrigin::Input),
        id: doc.id.clone(),
        encoding: None,
        replacements: 0,
    };
    let analysis = analyzer.analyze_with(&doc.text, &info);
    // Scored as the tool prints it: whatever lists the output holds.
    let mut json = Vec::new();
    render::json::write(&analysis, false, &mut json)
        .map_err(|e| e.to_string())?;
    let system: Value =
        serde_json::from_slice(&json).map_err(|e| e.to_string())?;
    let scored = eval::score(&gold, &system)?;
    Ok((doc.id, scored))
}

/// Formats a figure to three decimals, `-` when undefined.
fn figure(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |x| format!("{x:.3}"))
}

/// Where a gold document is: its line, and its `id`.
fn place(name: &str, s: &Scored) -> String {
    match &s.id {
        Some(Value::String(id)) => format!("{name}:{} ({id})", s.line),
        Some(id) => format!("{name}:{} ({id})", s.line),
        None => format!("{name}:{}", s.line),
    }
}

fn write_text(
    name: &str,
    totals: &Totals,
    scored: &[Scored],
    diff: bool,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    let documents = totals.documents;
    let plural = if documents == 1 { "" } else { "s" };
    writeln!(out, "{name}: {documents} gold document{plural}")?;
    writeln!(
        out,
        "{:<12} {:>5} {:>6} {:>6} {:>6} {:>9} {:>6} {:>6}",
        "kind", "docs", "tp", "fp", "fn", "precision", "recall", "f1"
    )?;
    let row =
        |out: &mut Vec<u8>, kind: &str, docs: String, c: eval::Counts| {
            writeln!(
                out,
                "{:<12} {:>5} {:>6} {:>6} {:>6} {:>9} {:>6} {:>6}",
                kind,
                docs,
                c.tp,
                c.fp,
                c.fn_,
                figure(c.precision()),
                figure(c.recall()),
                figure(c.f1())
            )
        };
    for (kind, s) in totals.kinds() {
        row(out, kind, s.documents.to_string(), s.counts)?;
        // Labels in the contract's order.
        let mut labels: Vec<_> = s.labels.iter().collect();
        let rank = |l: &str| {
            ["PER", "ORG", "LOC", "MISC"].iter().position(|x| *x == l)
        };
        labels.sort_by_key(|(l, _)| (rank(l).is_none(), rank(l), l.as_str()));
        for (label, c) in labels {
            row(out, &format!("  {label}"), String::new(), *c)?;
        }
    }
    if diff {
        for s in scored.iter().filter(|s| !s.errors.is_empty()) {
            writeln!(out, "\n{}", place(name, s))?;
            for e in &s.errors {
                let expected = match &e.expected {
                    Some(x) => format!(" (expected {x})"),
                    None => String::new(),
                };
                writeln!(
                    out,
                    "  {:<11} {:<11} {}{expected}: {}",
                    e.kind,
                    e.slip.name(),
                    e.detail,
                    e.context
                )?;
            }
        }
    }
    Ok(())
}

fn write_json(
    name: &str,
    totals: &Totals,
    scored: &[Scored],
    diff: bool,
    out: &mut Vec<u8>,
) -> anyhow::Result<()> {
    let mut obj = Map::new();
    obj.insert("gold".into(), name.into());
    obj.extend(totals.to_json());
    if diff {
        let mut list = Vec::new();
        for s in scored {
            for e in &s.errors {
                let mut v = e.to_json();
                v["line"] = s.line.into();
                v["id"] = s.id.clone().unwrap_or(Value::Null);
                list.push(v);
            }
        }
        obj.insert("diff".into(), Value::Array(list));
    }
    serde_json::to_writer_pretty(&mut *out, &Value::Object(obj))?;
    out.push(b'\n');
    Ok(())
}
