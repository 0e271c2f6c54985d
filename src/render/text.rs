//! The text report, for people at a terminal.
//!
//! A header (source, language, reference date, counts), then one section
//! per kind asked for: the facts (one line of plain French per event),
//! entities (one row per canonical name, most mentioned
//! first), money (one row per amount with its value written for a person
//! and the sentence it sits in), dates (a timeline in order of value,
//! unresolved and vague ones last) and percentages (one row each, in text
//! order). Every row is cut to the width given in
//! [`Options`]; colours, by kind and label, are ANSI escapes written only
//! when asked for. Its shape may change between versions: scripts should
//! read the JSON.

use std::cmp::Ordering;
use std::io::{self, Write};

use super::{Options, date_value, money_short, money_value, percent_value};
use crate::extract::Kind;
use crate::model::{Analysis, DateMention, DateType, GenderCounts};

/// Writes a readable report of `a`, whose document text is `text` (used
/// for context when the analysis holds no sentences).
///
/// # Errors
///
/// Any error of the writer.
///
/// # Examples
///
/// ```
/// use analyze::render::{Options, text};
/// let analysis = analyze::Analyzer::new().analyze("Il pleut.");
/// let mut out = Vec::new();
/// text::write(&analysis, "Il pleut.", &Options::default(), &mut out)
///     .unwrap();
/// assert!(String::from_utf8(out).unwrap().starts_with("-\n"));
/// ```
pub fn write<W: Write>(
    a: &Analysis,
    text: &str,
    opts: &Options,
    mut w: W,
) -> io::Result<()> {
    let r = Report { a, text, opts, p: Paint(opts.color) };
    let mut out = String::new();
    r.header(&mut out);
    if opts.wants(Kind::Sentences) && only_sentences(opts) {
        r.sentences(&mut out);
    }
    if opts.wants(Kind::Events) {
        r.facts(&mut out);
    }
    if opts.wants(Kind::Entities) {
        r.entities(&mut out);
    }
    if opts.wants(Kind::Money) {
        r.money(&mut out);
    }
    if opts.wants(Kind::Dates) {
        r.dates(&mut out);
    }
    if opts.wants(Kind::Percentages) {
        r.percentages(&mut out);
    }

    if opts.wants(Kind::Quotes) {
        r.quotes(&mut out);
    }
    w.write_all(out.as_bytes())
}

/// The sentences are listed only when nothing else was asked for
/// (`--only sentences`): otherwise they are the context of the rows.
fn only_sentences(opts: &Options) -> bool {
    opts.kinds.iter().all(|k| *k == Kind::Sentences)
}

/// ANSI colours, or none.
#[derive(Clone, Copy)]
struct Paint(bool);

impl Paint {
    /// The SGR code of a class: the same hue as the HTML view where a
    /// terminal's eight colours allow it.
    fn code(class: &str) -> &'static str {
        match class {
            "PER" => "35",
            "ORG" => "36",
            "LOC" => "33",
            "MISC" => "34",
            "MONEY" => "32",
            "DATE" => "31",
            "PERCENT" => "93",
            "bold" => "1",
            "dim" => "2",
            _ => "0",
        }
    }

    fn push(self, out: &mut String, class: &str, s: &str) {
        if self.0 && !s.is_empty() {
            out.push_str("\x1b[");
            out.push_str(Paint::code(class));
            out.push('m');
            out.push_str(s);
            out.push_str("\x1b[0m");
        } else {
            out.push_str(s);
        }
    }
}

struct Report<'a> {
    a: &'a Analysis<'a>,
    text: &'a str,
    opts: &'a Options,
    p: Paint,
}

impl Report<'_> {
    fn width(&self) -> usize {
        self.opts.width.max(20)
    }

    fn header(&self, out: &mut String) {
        let a = self.a;
        let id = a.id.as_ref().map(|v| format!(" [{v}]")).unwrap_or_default();
        self.p.push(
            out,
            "bold",
            &cut(&format!("{}{id}", a.source), self.width()),
        );
        out.push('\n');
        let mut line = format!("  language {}", a.language);
        match &a.reference_date {
            Some(d) => {
                line.push_str(" · reference date ");
                line.push_str(d);
                if let Some(from) = a.reference_date_from {
                    line.push_str(" (");
                    line.push_str(from.describe());
                    line.push(')');
                }
            }
            None => line.push_str(
                " · no reference date (relative dates left unresolved)",
            ),
        }
        if let Some(e) = &a.source_encoding {
            line.push_str(" · ");
            line.push_str(e);
        }
        self.line(out, &line);
        let s = &a.stats;
        self.line(
            out,
            &format!(
                "  {}, {}, {}",
                plural(s.characters, "character"),
                plural(s.words, "word"),
                plural(s.sentences, "sentence")
            ),
        );
        let mut counts = Vec::new();
        if self.opts.wants(Kind::Entities) {
            counts.push(format!(
                "{} of {}",
                plural(a.entities.len(), "entity mention"),
                plural(a.summary.entities.len(), "name")
            ));
        }
        if self.opts.wants(Kind::Money) {
            counts.push(plural(a.money.len(), "amount"));
        }
        if self.opts.wants(Kind::Dates) {
            counts.push(plural(a.dates.len(), "date"));
        }
        if self.opts.wants(Kind::Percentages) {
            counts.push(plural(a.percentages.len(), "percentage"));
        }
        if self.opts.wants(Kind::Quotes) {
            counts.push(plural(a.quotes.len(), "quote"));
        }
        if self.opts.wants(Kind::Events) {
            counts.push(plural(a.events.len(), "fact"));
        }
        self.wrapped(out, &counts);
    }

    /// `parts` joined by commas on lines indented by two spaces, a new
    /// line starting before a part that would not fit the width.
    fn wrapped(&self, out: &mut String, parts: &[String]) {
        let mut line = String::from(" ");
        for (i, part) in parts.iter().enumerate() {
            let comma = if i + 1 < parts.len() { "," } else { "" };
            let piece = format!(" {part}{comma}");
            let len = line.chars().count() + piece.chars().count();
            if i > 0 && len > self.width() {
                self.line(out, &line);
                line = String::from(" ");
            }
            line.push_str(&piece);
        }
        if !parts.is_empty() {
            self.line(out, &line);
        }
    }

    /// One line, cut to the width.
    fn line(&self, out: &mut String, s: &str) {
        out.push_str(&cut(s, self.width()));
        out.push('\n');
    }

    fn title(&self, out: &mut String, s: &str) {
        out.push('\n');
        self.p.push(out, "bold", &cut(s, self.width()));
        out.push('\n');
    }

    fn sentences(&self, out: &mut String) {
        self.title(out, &format!("Sentences ({})", self.a.sentences.len()));
        let digits = self.a.sentences.len().to_string().len();
        for (i, s) in self.a.sentences.iter().enumerate() {
            let head = format!("  {i:>digits$}  ");
            let room = self.width().saturating_sub(head.chars().count());
            out.push_str(&head);
            out.push_str(&cut(&one_line(&s.text), room));
            out.push('\n');
        }
    }

    /// The facts first: one line of plain French per event, in text
    /// order.
    fn facts(&self, out: &mut String) {
        let rows = &self.a.events;
        if rows.is_empty() {
            self.title(out, "Facts: none found");
            return;
        }
        self.title(out, &format!("Facts ({})", rows.len()));
        for e in rows {
            self.line(out, &format!("  {}", super::facts::line(e)));
        }
    }

    fn entities(&self, out: &mut String) {
        let rows = &self.a.summary.entities;
        if rows.is_empty() {
            self.title(out, "Entities: none found");
            return;
        }
        self.title(
            out,
            &format!(
                "Entities ({}, {})",
                plural(rows.len(), "name"),
                plural(self.a.entities.len(), "mention")
            ),
        );
        let count_w = rows
            .iter()
            .map(|e| e.mentions.to_string().len() + 1)
            .max()
            .unwrap_or(2);
        let name_w = column(rows.iter().map(|e| &*e.canonical), 28)
            .min(self.width().saturating_sub(2 + 4 + 2 + 2 + count_w));
        for e in rows {
            let mut row = String::from("  ");
            let label = format!("{:<4}", e.label.as_str());
            self.p.push(&mut row, e.label.as_str(), &label);
            row.push_str("  ");
            let name = pad(&cut(&e.canonical, name_w), name_w);
            self.p.push(&mut row, e.label.as_str(), &name);
            let count = format!("×{}", e.mentions);
            row.push_str(&format!("  {count:<count_w$}"));
            let others: Vec<&str> = e
                .forms
                .iter()
                .map(|f| f.as_ref())
                .filter(|f| *f != &*e.canonical)
                .collect();
            let used = 2 + 4 + 2 + name_w + 2 + count_w;
            if !others.is_empty() {
                let room = self.width().saturating_sub(used + 2);
                row.push_str("  ");
                row.push_str(&cut(&format!("({})", others.join(", ")), room));
            }
            out.push_str(row.trim_end());
            out.push('\n');
        }
    }

    fn money(&self, out: &mut String) {
        let rows = &self.a.money;
        if rows.is_empty() {
            self.title(out, "Money: none found");
            return;
        }
        self.title(out, &format!("Money ({})", plural(rows.len(), "amount")));
        // The amounts right-aligned, so that their digits line up; the
        // abbreviated form after them.
        let amounts: Vec<String> = rows.iter().map(money_value).collect();
        let shorts: Vec<Option<String>> = rows
            .iter()
            .map(|m| money_short(m).map(|s| format!("({s})")))
            .collect();
        let amount_w = column(amounts.iter().map(String::as_str), 34);
        let short_w = column(shorts.iter().flatten().map(String::as_str), 20);
        let (text_w, value_w) = self.columns(
            column(rows.iter().map(|m| &*m.text), 26),
            amount_w + if short_w > 0 { 2 + short_w } else { 0 },
        );
        let amount_w = amount_w.min(value_w);
        for ((m, amount), short) in rows.iter().zip(&amounts).zip(&shorts) {
            let mut row = String::from("  ");
            self.p.push(
                &mut row,
                "MONEY",
                &pad(&cut(&m.text, text_w), text_w),
            );
            row.push_str("  ");
            let mut value = pad_left(&cut(amount, amount_w), amount_w);
            let room = value_w - amount_w;
            if let Some(short) = short.as_deref().filter(|_| room > 2) {
                value.push_str("  ");
                value.push_str(&cut(short, room - 2));
            }
            row.push_str(&pad(&value, value_w));
            let used = 2 + text_w + 2 + value_w;
            self.context(
                out,
                row,
                used,
                "MONEY",
                (m.span.byte_start, m.span.byte_end),
                m.sentence,
            );
        }
    }

    fn dates(&self, out: &mut String) {
        let rows = &self.a.dates;
        if rows.is_empty() {
            self.title(out, "Dates: none found");
            return;
        }
        self.title(out, &format!("Dates ({}, in time order)", rows.len()));
        let mut order: Vec<&DateMention> = rows.iter().collect();
        // Stable: equal keys keep text order.
        order.sort_by(|x, y| timeline_cmp(x, y));
        let values: Vec<String> =
            order.iter().map(|d| date_value(d)).collect();
        let (value_w, text_w) = self.columns(
            column(values.iter().map(String::as_str), 26),
            column(rows.iter().map(|d| &*d.text), 22),
        );
        for (d, value) in order.iter().zip(&values) {
            let mut row = String::from("  ");
            let class = if sort_key(d).is_some() { "DATE" } else { "dim" };
            self.p.push(&mut row, class, &pad(&cut(value, value_w), value_w));
            row.push_str("  ");
            row.push_str(&pad(&cut(&d.text, text_w), text_w));
            let used = 2 + value_w + 2 + text_w;
            self.context(
                out,
                row,
                used,
                "DATE",
                (d.span.byte_start, d.span.byte_end),
                d.sentence,
            );
        }
    }

    /// One row per percentage, in text order: its text, its value written
    /// for a person, and the sentence around it.
    fn percentages(&self, out: &mut String) {
        let rows = &self.a.percentages;
        if rows.is_empty() {
            self.title(out, "Percentages: none found");
            return;
        }
        self.title(
            out,
            &format!("Percentages ({})", plural(rows.len(), "percentage")),
        );
        let values: Vec<String> = rows.iter().map(percent_value).collect();
        let (text_w, value_w) = self.columns(
            column(rows.iter().map(|p| &*p.text), 22),
            column(values.iter().map(String::as_str), 26),
        );
        for (p, value) in rows.iter().zip(&values) {
            let mut row = String::from("  ");
            self.p.push(
                &mut row,
                "PERCENT",
                &pad(&cut(&p.text, text_w), text_w),
            );
            row.push_str("  ");
            row.push_str(&pad(&cut(value, value_w), value_w));
            let used = 2 + text_w + 2 + value_w;
            self.context(
                out,
                row,
                used,
                "PERCENT",
                (p.span.byte_start, p.span.byte_end),
                p.sentence,
            );
        }
    }

    /// Who said what: one row per quote in text order (speaker, cue, the
    /// words cut to the width), then the speakers, most quoted first, and
    /// the quotes by gender.
    fn quotes(&self, out: &mut String) {
        let rows = &self.a.quotes;
        if rows.is_empty() {
            self.title(out, "Quotes: none found");
            return;
        }
        self.title(out, &format!("Quotes ({})", rows.len()));
        let who: Vec<String> = rows
            .iter()
            .map(|q| match &q.speaker {
                Some(s) => match &s.canonical {
                    Some(c) if *c != *s.text => format!("{} ({c})", s.text),
                    _ => s.text.to_string(),
                },
                None => "?".to_string(),
            })
            .collect();
        let cues: Vec<String> = rows
            .iter()
            .map(|q| {
                q.cue.as_ref().map_or("—".into(), |c| c.text.to_string())
            })
            .collect();
        // Speaker and cue take at most two fifths and a third of the
        // width, the words what is left.
        let avail = self.width().saturating_sub(6);
        let who_w =
            column(who.iter().map(String::as_str), 26).min(avail * 2 / 5);
        let cue_w = column(cues.iter().map(String::as_str), 16)
            .min(avail.saturating_sub(who_w) / 3);
        for ((q, name), cue) in rows.iter().zip(&who).zip(&cues) {
            let mut row = String::from("  ");
            let class = q
                .speaker
                .as_ref()
                .and_then(|s| s.label)
                .map_or("dim", |l| l.as_str());
            self.p.push(&mut row, class, &pad(&cut(name, who_w), who_w));
            row.push_str("  ");
            row.push_str(&pad(&cut(cue, cue_w), cue_w));
            row.push_str("  ");
            let room = self.width().saturating_sub(2 + who_w + 2 + cue_w + 2);
            let words = match q.kind {
                crate::model::QuoteKind::Direct => {
                    format!("« {} »", one_line(&q.text))
                }
                crate::model::QuoteKind::Indirect => one_line(&q.text),
            };
            row.push_str(&cut(&words, room));
            out.push_str(row.trim_end());
            out.push('\n');
        }
        let sum = &self.a.summary.quotes;
        if !sum.speakers.is_empty() {
            let top: Vec<String> = sum
                .speakers
                .iter()
                .map(|s| format!("{} ×{}", s.speaker, s.quotes))
                .collect();
            self.line(out, &format!("  quoted: {}", top.join(", ")));
        }
        self.line(out, &format!("  by gender: {}", by_gender(&sum.by_gender)));
    }

    /// Two column widths that fit the width with their margins: the
    /// first gets at most half of it when both cannot fit whole.
    fn columns(&self, a: usize, b: usize) -> (usize, usize) {
        let room = self.width().saturating_sub(4);
        if a + b <= room {
            return (a, b);
        }
        let a = a.min(room / 2).max(room.saturating_sub(b));
        (a, room - a)
    }

    /// Ends `row` (already `used` columns wide) with the sentence around
    /// the span at `bytes`, on the same line when there is room for a
    /// useful snippet, on the next line otherwise.
    fn context(
        &self,
        out: &mut String,
        mut row: String,
        used: usize,
        class: &str,
        bytes: (usize, usize),
        sentence: usize,
    ) {
        const MIN_SNIPPET: usize = 30;
        let room = self.width().saturating_sub(used + 2);
        let Some((before, span, after)) = self.around(bytes, sentence) else {
            out.push_str(row.trim_end());
            out.push('\n');
            return;
        };
        let (room, indent) = if room >= MIN_SNIPPET {
            row.push_str("  ");
            (room, None)
        } else {
            (self.width().saturating_sub(6), Some("      "))
        };
        if let Some(indent) = indent {
            out.push_str(row.trim_end());
            out.push('\n');
            row = indent.to_string();
        }
        let (b, s, a) = window(&before, &span, &after, room);
        self.p.push(&mut row, "dim", &b);
        self.p.push(&mut row, class, &s);
        self.p.push(&mut row, "dim", &a);
        out.push_str(row.trim_end());
        out.push('\n');
    }

    /// The sentence holding the span at `bytes`, split around it, on one
    /// line. Taken from the analysis's sentences when it has them, else
    /// from the text's line (paragraph) holding the span.
    fn around(
        &self,
        (start, end): (usize, usize),
        sentence: usize,
    ) -> Option<(String, String, String)> {
        let (from, to) = match self.a.sentences.get(sentence) {
            Some(s)
                if s.span.byte_start <= start && end <= s.span.byte_end =>
            {
                (s.span.byte_start, s.span.byte_end)
            }
            _ => {
                let before = self.text.get(..start)?;
                let from = before.rfind('\n').map_or(0, |i| i + 1);
                let after = self.text.get(end..)?;
                let to = after.find('\n').map_or(self.text.len(), |i| end + i);
                (from, to)
            }
        };
        let t = self.text;
        Some((
            one_line(t.get(from..start)?),
            one_line(t.get(start..end)?),
            one_line(t.get(end..to)?),
        ))
    }
}

/// The width of a column: its longest cell, at most `max`.
fn column<'a>(cells: impl Iterator<Item = &'a str>, max: usize) -> usize {
    cells.map(|c| c.chars().count()).max().unwrap_or(0).min(max)
}

fn plural(n: usize, word: &str) -> String {
    super::count(n, word, &format!("{word}s"))
}

/// Quotes by gender, each count agreeing with its noun (`1 woman, 2 men,
/// 0 unknown`), for the report, the page and `--summary`.
///
/// # Examples
///
/// ```
/// use analyze::model::GenderCounts;
/// let g = GenderCounts { female: 1, male: 2, unknown: 0 };
/// assert_eq!(analyze::render::text::by_gender(&g), "1 woman, 2 men, 0 unknown");
/// ```
pub fn by_gender(g: &GenderCounts) -> String {
    format!(
        "{}, {}, {} unknown",
        super::count(g.female, "woman", "women"),
        super::count(g.male, "man", "men"),
        g.unknown
    )
}

/// White space runs (line breaks included) as one space.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            space = false;
            out.push(c);
        }
    }
    out
}

/// `s` cut to at most `n` columns, ending with `…` when cut.
fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    if n == 0 {
        return String::new();
    }
    let mut out: String = s.chars().take(n - 1).collect();
    out.push('…');
    out
}

/// `s` cut from the left to at most `n` columns, starting with `…`.
fn cut_left(s: &str, n: usize) -> String {
    let len = s.chars().count();
    if len <= n {
        return s.to_string();
    }
    if n == 0 {
        return String::new();
    }
    let mut out = String::from("…");
    out.extend(s.chars().skip(len - (n - 1)));
    out
}

/// `s` right-aligned in `n` columns.
fn pad_left(s: &str, n: usize) -> String {
    let len = s.chars().count();
    let mut out: String =
        std::iter::repeat_n(' ', n.saturating_sub(len)).collect();
    out.push_str(s);
    out
}

/// `s` padded with spaces to `n` columns.
fn pad(s: &str, n: usize) -> String {
    let len = s.chars().count();
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', n.saturating_sub(len)));
    out
}

/// The part of `before` + `span` + `after` that fits in `room` columns,
/// the span whole when it fits, and as much context on each side as
/// there is room for, the left side getting a third of what remains.
fn window(
    before: &str,
    span: &str,
    after: &str,
    room: usize,
) -> (String, String, String) {
    let (lb, ls, la) =
        (before.chars().count(), span.chars().count(), after.chars().count());
    if lb + ls + la <= room {
        return (before.into(), span.into(), after.into());
    }
    if ls >= room {
        return (String::new(), cut(span, room), String::new());
    }
    let rest = room - ls;
    let left = (rest / 3).max(rest.saturating_sub(la)).min(lb);
    let right = rest - left;
    (cut_left_words(before, left), span.into(), cut_words(after, right))
}

/// How many columns a cut may give back to end on a word boundary.
const WORD_SLACK: usize = 12;

/// [`cut`], ending after a whole word when one ends near the cut.
fn cut_words(s: &str, n: usize) -> String {
    let out = cut(s, n);
    let Some(kept) = out.strip_suffix('…') else {
        return out;
    };
    match kept.rfind(' ') {
        Some(i) if kept[i..].chars().count() <= WORD_SLACK && i > 0 => {
            format!("{}…", &kept[..i])
        }
        _ => out,
    }
}

/// [`cut_left`], starting at a whole word when one starts near the cut.
fn cut_left_words(s: &str, n: usize) -> String {
    let out = cut_left(s, n);
    let Some(kept) = out.strip_prefix('…') else {
        return out;
    };
    match kept.find(' ') {
        Some(i) if kept[..i].chars().count() < WORD_SLACK => {
            format!("…{}", &kept[i..])
        }
        _ => out,
    }
}

/// Where a date value sits on the timeline: (year, day of year, width of
/// the period in days) so that `2024` comes before `2024-05`, which
/// comes before `2024-05-26`; `None` for values with no place on it
/// (durations, recurrences, vague references, unknown years).
fn sort_key(d: &DateMention) -> Option<(i16, i16, std::cmp::Reverse<u16>)> {
    if matches!(d.kind, DateType::Duration | DateType::Set) {
        return None;
    }
    value_key(&d.value)
}

/// The timeline place of a `DATE` or `TIME` value (see [`sort_key`]); a
/// season at its start (`SP` on March 20, `SU` June 21, `FA` September
/// 22, `WI` December 21).
fn value_key(v: &str) -> Option<(i16, i16, std::cmp::Reverse<u16>)> {
    use std::cmp::Reverse;
    let year: i16 = v.get(..4)?.parse().ok()?;
    let rest = v.get(4..)?;
    let day = |m: i8, dd: i8| {
        jiff::civil::Date::new(year, m, dd).ok().map(|x| x.day_of_year())
    };
    let Some(rest) = rest.strip_prefix('-') else {
        return rest.is_empty().then_some((year, 1, Reverse(366)));
    };
    let part = rest.get(..rest.find('T').unwrap_or(rest.len()))?;
    let key = match part {
        "SP" => (day(3, 20)?, 92),
        "SU" => (day(6, 21)?, 92),
        "FA" => (day(9, 22)?, 90),
        "WI" => (day(12, 21)?, 90),
        "Q1" | "H1" => (1, 90),
        "Q2" => (day(4, 1)?, 91),
        "Q3" | "H2" => (day(7, 1)?, 92),
        "Q4" => (day(10, 1)?, 92),
        _ if part.starts_with('W') => {
            let week: i8 = part.get(1..3)?.parse().ok()?;
            let date = jiff::civil::ISOWeekDate::new(
                year,
                week,
                jiff::civil::Weekday::Monday,
            )
            .ok()?
            .date();
            let doy = if date.year() == year { date.day_of_year() } else { 1 };
            (doy, 7)
        }
        _ => {
            let month: i8 = part.get(..2)?.parse().ok()?;
            match part.get(2..) {
                Some("") => (day(month, 1)?, 31),
                Some(dd) => {
                    let dd: i8 =
                        dd.strip_prefix('-')?.get(..2)?.parse().ok()?;
                    let width = if v.contains('T') { 0 } else { 1 };
                    (day(month, dd)?, width)
                }
                None => return None,
            }
        }
    };
    Some((year, key.0, Reverse(key.1)))
}

/// The timeline order of two `DATE` or `TIME` values, the order of every
/// timeline the tool prints (the report, the page, `--summary`): values
/// with a place on it by that place (`2024` before `2024-SP` before
/// `2024-04` before `2024-04-02`), then by value; the others (`PAST_REF`,
/// `XXXX-05-26`) after them, by value.
///
/// # Examples
///
/// ```
/// let mut v = ["2024-05", "PAST_REF", "2024-SP", "2024-04", "2024"];
/// v.sort_by(|a, b| analyze::render::text::value_order(a, b));
/// assert_eq!(v, ["2024", "2024-SP", "2024-04", "2024-05", "PAST_REF"]);
/// ```
pub fn value_order(x: &str, y: &str) -> Ordering {
    match (value_key(x), value_key(y)) {
        (Some(a), Some(b)) => a.cmp(&b).then_with(|| x.cmp(y)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => x.cmp(y),
    }
}

/// Timeline order: dates with a place on it by that place (then by value,
/// for two times of the same day), the others after them in text order.
pub(super) fn timeline_cmp(x: &DateMention, y: &DateMention) -> Ordering {
    match (sort_key(x), sort_key(y)) {
        (Some(a), Some(b)) => a.cmp(&b).then_with(|| x.value.cmp(&y.value)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn date(value: &str, kind: DateType) -> DateMention<'static> {
        DateMention {
            text: value.to_string().into(),
            span: Span::default(),
            sentence: 0,
            kind,
            value: value.to_string(),
            modifier: None,
            end_value: None,
        }
    }

    #[test]
    fn timeline_order() {
        let values = [
            ("PAST_REF", DateType::Date),
            ("2024-05-26T14:30", DateType::Time),
            ("2024-W21", DateType::Date),
            ("XXXX-05-26", DateType::Date),
            ("2024-05-26", DateType::Date),
            ("P3D", DateType::Duration),
            ("2022", DateType::Date),
            ("2024-SP", DateType::Date),
            ("2024-05", DateType::Date),
            ("2024", DateType::Date),
            ("2024-12-31", DateType::Date),
            ("2025-Q1", DateType::Date),
        ];
        let mut ds: Vec<DateMention> =
            values.iter().map(|(v, k)| date(v, *k)).collect();
        ds.sort_by(timeline_cmp);
        let got: Vec<&str> = ds.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(
            got,
            [
                "2022",
                "2024",
                "2024-SP",
                "2024-05",
                "2024-W21",
                "2024-05-26",
                "2024-05-26T14:30",
                "2024-12-31",
                "2025-Q1",
                "PAST_REF",
                "XXXX-05-26",
                "P3D",
            ]
        );
    }

    #[test]
    fn text_helpers() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
        assert_eq!(cut("abc", 0), "");
        assert_eq!(cut_left("abcdef", 4), "…def");
        assert_eq!(cut_words("un deux trois", 10), "un deux…");
        assert_eq!(cut_words("undeuxtroisquatrecinqsix", 10), "undeuxtro…");
        assert_eq!(cut_left_words("un deux trois", 10), "… trois");
        assert_eq!(cut_left_words("un deux", 10), "un deux");
        assert_eq!(pad("é", 3), "é  ");
        assert_eq!(one_line(" a\n\n b  "), " a b ");
        assert_eq!(
            window("one two three ", "SPAN", " four five six", 16),
            ("… ".into(), "SPAN".into(), " four…".into())
        );
        assert_eq!(
            window("ab ", "SPAN", " cd", 40),
            ("ab ".into(), "SPAN".into(), " cd".into())
        );
        assert_eq!(
            window("ab ", "a long span", " cd", 5),
            ("".into(), "a lo…".into(), "".into())
        );
    }
}
