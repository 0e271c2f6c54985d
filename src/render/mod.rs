//! Output renderers: JSON, the text report and the HTML view.
//!
//! Renderers take a finished [`Analysis`] (plus, for the views written for
//! people, the document text and [`Options`]) and a writer; they compute
//! nothing. The binary renders each document into a buffer and writes it
//! in one go, so an error never leaves half a document behind.
//!
//! The views for people never list the kinds of the model by hand twice:
//! [`marks`] turns every span of an analysis into one [`Mark`] (its kind,
//! its class, its normalised value written for a person), and both the
//! text report's colours and the HTML highlights are driven by it.

pub mod facts;
pub mod html;
pub mod json;
pub mod text;

use crate::extract::Kind;
use crate::model::{Analysis, DateMention, Money, Percentage};

/// How the views for people are drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Colour the text report with ANSI escapes.
    pub color: bool,
    /// Width of the terminal, in columns.
    pub width: usize,
    /// The kinds asked for (`--only`): the others get no section.
    pub kinds: Vec<Kind>,
}

impl Default for Options {
    /// No colour, 80 columns, every kind.
    fn default() -> Options {
        Options { color: false, width: 80, kinds: Kind::ALL.to_vec() }
    }
}

impl Options {
    /// Whether `kind` was asked for.
    pub fn wants(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// One highlighted span of a document, whatever its kind.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Which list of the analysis it comes from.
    pub kind: Kind,
    /// Its class: the entity label (`PER`, `ORG`, `LOC`, `MISC`), or
    /// `MONEY`, `DATE` or `PERCENT`.
    pub class: &'static str,
    /// Start byte offset in the document text.
    pub byte_start: usize,
    /// End byte offset, exclusive.
    pub byte_end: usize,
    /// The span text.
    pub text: String,
    /// The normalised value written for a person: the canonical name, the
    /// amount with its currency, the TIMEX3 value.
    pub value: String,
}

/// Every class a [`Mark`] can have, in legend order.
pub const CLASSES: [&str; 7] =
    ["PER", "ORG", "LOC", "MISC", "MONEY", "DATE", "PERCENT"];

/// Every entity, amount, date and percentage of `a` as marks, in text
/// order.
pub fn marks(a: &Analysis) -> Vec<Mark> {
    let mut out =
        Vec::with_capacity(a.entities.len() + a.money.len() + a.dates.len());
    for e in &a.entities {
        out.push(Mark {
            kind: Kind::Entities,
            class: e.label.as_str(),
            byte_start: e.span.byte_start,
            byte_end: e.span.byte_end,
            text: e.text.to_string(),
            value: e.canonical.to_string(),
        });
    }
    for m in &a.money {
        out.push(Mark {
            kind: Kind::Money,
            class: "MONEY",
            byte_start: m.span.byte_start,
            byte_end: m.span.byte_end,
            text: m.text.to_string(),
            value: money_value(m),
        });
    }
    for d in &a.dates {
        out.push(Mark {
            kind: Kind::Dates,
            class: "DATE",
            byte_start: d.span.byte_start,
            byte_end: d.span.byte_end,
            text: d.text.to_string(),
            value: date_value(d),
        });
    }
    percent_marks(a, &mut out);
    out.sort_by_key(|m| (m.byte_start, std::cmp::Reverse(m.byte_end)));
    out
}

fn percent_marks(a: &Analysis, out: &mut Vec<Mark>) {
    for p in &a.percentages {
        out.push(Mark {
            kind: Kind::Percentages,
            class: "PERCENT",
            byte_start: p.span.byte_start,
            byte_end: p.span.byte_end,
            text: p.text.to_string(),
            value: percent_value(p),
        });
    }
}

/// A percentage written for a person: qualifier, value or the bounds of a
/// range, and `%` or `pt` for percentage points (`plus de 10 %`, `3 – 5
/// %`, `0,25 pt`).
///
/// # Examples
///
/// ```
/// use analyze::model::{Percentage, Span};
/// use analyze::render::percent_value;
/// let p = Percentage {
///     text: "25 points de base".into(),
///     span: Span::default(),
///     sentence: 0,
///     value: 0.25,
///     min: None,
///     max: None,
///     qualifier: None,
///     points: true,
/// };
/// assert_eq!(percent_value(&p), "0,25 pt");
/// ```
pub fn percent_value(p: &Percentage) -> String {
    let mut s = String::new();
    if let Some(q) = &p.qualifier {
        s.push_str(q);
        s.push(' ');
    }
    match (p.min, p.max) {
        (Some(lo), Some(hi)) if lo != hi => {
            s.push_str(&group_thousands(lo));
            s.push_str(" – ");
            s.push_str(&group_thousands(hi));
        }
        _ => s.push_str(&group_thousands(p.value)),
    }
    s.push_str(if p.points { " pt" } else { " %" });
    s
}

/// An amount written for a person: qualifier, full value grouped by
/// thousands, bounds of a range, currency (`près de 6 000 000 000 USD`).
///
/// # Examples
///
/// ```
/// use analyze::model::{Money, Span};
/// use analyze::render::money_value;
/// let m = Money {
///     text: "6 milliards de dollars".into(),
///     span: Span::default(),
///     sentence: 0,
///     amount: 6e9,
///     currency: Some("USD".into()),
///     min: None,
///     max: None,
///     qualifier: None,
/// };
/// assert_eq!(money_value(&m), "6 000 000 000 USD");
/// ```
pub fn money_value(m: &Money) -> String {
    money_with(m, group_thousands)
}

/// The same amount with the French scale abbreviations (`6 Md USD`,
/// `1,5 M EUR`), or `None` when it is below a thousand.
pub fn money_short(m: &Money) -> Option<String> {
    let top = m.max.unwrap_or(m.amount).abs().max(m.amount.abs());
    if top < 1000.0 {
        return None;
    }
    Some(money_with(m, abbreviate))
}

fn money_with(m: &Money, num: fn(f64) -> String) -> String {
    let mut s = String::new();
    if let Some(q) = &m.qualifier {
        s.push_str(q);
        s.push(' ');
    }
    match (m.min, m.max) {
        (Some(lo), Some(hi)) if lo != hi => {
            s.push_str(&num(lo));
            s.push_str(" – ");
            s.push_str(&num(hi));
        }
        _ => s.push_str(&num(m.amount)),
    }
    s.push(' ');
    s.push_str(m.currency.as_deref().unwrap_or("(devise inconnue)"));
    s
}

/// A date written for a person: the TIMEX3 value, its modifier and the end
/// of an interval (`2025 (END)`, `2024-03-03 → 2024-03-05`).
pub fn date_value(d: &DateMention) -> String {
    let mut s = d.value.clone();
    if let Some(end) = &d.end_value {
        s.push_str(" → ");
        s.push_str(end);
    }
    if let Some(m) = &d.modifier {
        s.push_str(" (");
        s.push_str(m);
        s.push(')');
    }
    s
}

/// `n` followed by the noun that agrees with it, as English counts
/// things: `one` for 1, `many` for any other number, zero included.
///
/// # Examples
///
/// ```
/// use analyze::render::count;
/// assert_eq!(count(1, "man", "men"), "1 man");
/// assert_eq!(count(0, "woman", "women"), "0 women");
/// assert_eq!(count(2, "sentence", "sentences"), "2 sentences");
/// ```
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Writes a number with a space between groups of three digits, as French
/// typography does (`6 000 000 000`, `1 500,5`).
///
/// # Examples
///
/// ```
/// use analyze::render::group_thousands;
/// assert_eq!(group_thousands(6e9), "6 000 000 000");
/// assert_eq!(group_thousands(1500.5), "1 500,5");
/// assert_eq!(group_thousands(-42.0), "-42");
/// ```
pub fn group_thousands(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
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

/// The French abbreviations of the scale words, largest first: `Md`
/// (milliard), `M` (million), `k` (mille), as the *Lexique des règles
/// typographiques en usage à l'Imprimerie nationale* and the financial
/// press write them.
const SCALES: [(f64, &str); 3] = [(1e9, "Md"), (1e6, "M"), (1e3, "k")];

/// Writes a number with the largest French scale abbreviation it reaches
/// and at most two decimals, with a decimal comma (`6 Md`, `1,5 M`,
/// `2,75 k`); numbers below a thousand are written whole.
///
/// # Examples
///
/// ```
/// use analyze::render::abbreviate;
/// assert_eq!(abbreviate(6e9), "6 Md");
/// assert_eq!(abbreviate(1.5e6), "1,5 M");
/// assert_eq!(abbreviate(1.2e12), "1 200 Md");
/// assert_eq!(abbreviate(999.0), "999");
/// ```
pub fn abbreviate(v: f64) -> String {
    for (scale, name) in SCALES {
        // Rounded first, so that 999 999 is `1 M`, not `1 000 k`; but
        // a number below a thousand keeps no abbreviation.
        let x = (v / scale * 100.0).round() / 100.0;
        if x.abs() >= 1.0 && v.abs() >= 1e3 {
            return format!("{} {name}", group_thousands(x));
        }
    }
    group_thousands(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_for_people() {
        let cases: &[(f64, &str, &str)] = &[
            (6e9, "6 000 000 000", "6 Md"),
            (1.5e6, "1 500 000", "1,5 M"),
            (2_750.0, "2 750", "2,75 k"),
            (1_234_567.0, "1 234 567", "1,23 M"),
            (950.0, "950", "950"),
            (999_999.0, "999 999", "1 M"),
            (999.999, "999,999", "999,999"),
            (999_999_999.0, "999 999 999", "1 Md"),
            (0.5, "0,5", "0,5"),
            (-3e6, "-3 000 000", "-3 M"),
            (f64::NAN, "NaN", "NaN"),
        ];
        for &(v, full, short) in cases {
            assert_eq!(group_thousands(v), full, "{v}");
            assert_eq!(abbreviate(v), short, "{v}");
        }
    }
}
