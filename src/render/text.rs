//! The text report, for people at a terminal.
//!
//! Its shape may change between versions; scripts should read the JSON.

use std::io::{self, Write};

use crate::model::Analysis;

/// Writes a readable report of `analysis`: the source, counts, then one
/// section per kind (an empty kind says so in one line).
///
/// # Errors
///
/// Any error of the writer.
pub fn write<W: Write>(a: &Analysis, mut w: W) -> io::Result<()> {
    let id = a.id.as_ref().map(|v| format!(" [{v}]")).unwrap_or_default();
    writeln!(w, "{}{id}", a.source)?;
    let date = a.reference_date.as_deref().unwrap_or("none");
    writeln!(
        w,
        "  {} characters, {} words, {} sentences; reference date {date}",
        a.stats.characters, a.stats.words, a.stats.sentences
    )?;

    writeln!(w)?;
    if a.summary.entities.is_empty() {
        writeln!(w, "Entities: none found")?;
    } else {
        writeln!(
            w,
            "Entities: {} mentions of {} names",
            a.entities.len(),
            a.summary.entities.len()
        )?;
        for e in &a.summary.entities {
            let others: Vec<&str> = e
                .forms
                .iter()
                .map(String::as_str)
                .filter(|f| *f != e.canonical)
                .collect();
            let others = if others.is_empty() {
                String::new()
            } else {
                format!(" ({})", others.join(", "))
            };
            writeln!(
                w,
                "  {:<4} {} ×{}{others}",
                e.label.as_str(),
                e.canonical,
                e.mentions
            )?;
        }
    }

    writeln!(w)?;
    if a.money.is_empty() {
        writeln!(w, "Money: none found")?;
    } else {
        writeln!(w, "Money: {}", a.money.len())?;
        for m in &a.money {
            let cur = m.currency.as_deref().unwrap_or("(no currency)");
            writeln!(
                w,
                "  {:<28} {} {cur}  [sentence {}]",
                m.text,
                group_thousands(m.amount),
                m.sentence
            )?;
        }
    }

    writeln!(w)?;
    if a.dates.is_empty() {
        writeln!(w, "Dates: none found")?;
    } else {
        writeln!(w, "Dates: {}", a.dates.len())?;
        for d in &a.dates {
            let m = d
                .modifier
                .as_deref()
                .map(|m| format!(" {m}"))
                .unwrap_or_default();
            writeln!(
                w,
                "  {:<24} {:<8} {}{m}  [sentence {}]",
                d.text,
                d.kind.as_str(),
                d.value,
                d.sentence
            )?;
        }
    }
    Ok(())
}

/// Writes a number with a space between groups of three digits, as French
/// typography does (`6 000 000 000`, `1 500,5`).
///
/// # Examples
///
/// ```
/// use analyze::render::text::group_thousands;
/// assert_eq!(group_thousands(6e9), "6 000 000 000");
/// assert_eq!(group_thousands(1500.5), "1 500,5");
/// assert_eq!(group_thousands(-42.0), "-42");
/// ```
pub fn group_thousands(v: f64) -> String {
    let s = format!("{}", v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s.as_str(), None),
    };
    let mut out = String::new();
    if v < 0.0 {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(',');
        out.push_str(f);
    }
    out
}
