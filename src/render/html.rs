//! The HTML view: one self-contained page per document.
//!
//! The article is shown whole with every entity, amount, date and
//! percentage highlighted by kind and label (as displaCy shows spaCy's
//! entities), with a legend and a side panel holding the entity list, the
//! amounts, the timeline and the percentages. Hovering a highlight shows its label and normalised
//! value. The page has inline CSS only: no script, no font, no image, no
//! network fetch (a Content-Security-Policy says so to the browser), and
//! every piece of text is escaped, so an article holding `<script>` shows
//! it as text.

use std::io::{self, Write};

use super::text::timeline_cmp;
use super::{
    CLASSES, Mark, Options, date_value, marks, money_short, money_value,
    percent_value,
};
use crate::extract::Kind;
use crate::model::{Analysis, DateMention};

/// The class names in the legend, in [`CLASSES`] order.
const CLASS_NAMES: [&str; 7] = [
    "person",
    "organisation",
    "place",
    "product, work, event",
    "amount of money",
    "date or time",
    "percentage",
];

/// Writes the HTML page of `a`, whose document text is `text`.
///
/// Every [`Mark`] of the analysis becomes one `<mark class="hl ...">`
/// element, so their number equals the number of entities, amounts, dates
/// and percentages in the JSON output. A span that overlaps the one before it, or
/// that does not fall on character boundaries of `text`, is left out
/// rather than drawn wrong.
///
/// # Errors
///
/// Any error of the writer.
///
/// # Examples
///
/// ```
/// use analyze::render::{Options, html};
/// let text = "<script>alert(1)</script>";
/// let analysis = analyze::Analyzer::new().analyze(text);
/// let mut out = Vec::new();
/// html::write(&analysis, text, &Options::default(), &mut out).unwrap();
/// let page = String::from_utf8(out).unwrap();
/// assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
/// assert!(!page.contains("<script"));
/// ```
pub fn write<W: Write>(
    a: &Analysis,
    text: &str,
    opts: &Options,
    mut w: W,
) -> io::Result<()> {
    let marks = marks(a);
    let mut out = String::with_capacity(text.len() * 2 + 8192);
    head(a, &mut out);
    header(a, opts, &marks, &mut out);
    out.push_str("<main>\n<article lang=\"fr\">");
    let quoted = match opts.wants(Kind::Quotes) {
        true => quote_spans(a, &marks),
        false => Vec::new(),
    };
    article(a, text, &marks, &quoted, &mut out);
    out.push_str("</article>\n<aside>\n");
    if opts.wants(Kind::Entities) {
        entities(a, &marks, &mut out);
    }
    if opts.wants(Kind::Money) {
        money(a, &marks, &mut out);
    }
    if opts.wants(Kind::Dates) {
        timeline(a, &marks, &mut out);
    }
    if opts.wants(Kind::Percentages) {
        percentages(a, &marks, &mut out);
    }

    if opts.wants(Kind::Quotes) {
        quotes(a, &marks, &quoted, &mut out);
    }
    out.push_str("</aside>\n</main>\n</body>\n</html>\n");
    w.write_all(out.as_bytes())
}

/// Appends `s` with the five characters that mean something in HTML
/// escaped, in text and in quoted attribute values alike.
///
/// # Examples
///
/// ```
/// let mut out = String::new();
/// analyze::render::html::escape_into(&mut out, r#"<a href="x">&'</a>"#);
/// assert_eq!(out, "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
/// ```
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

const STYLE: &str = r#"
:root { --PER: #c9bdfd; --ORG: #8fe9e9; --LOC: #fdd38a; --MISC: #a9cdfb;
  --MONEY: #a8e6a3; --DATE: #f9b2ba; --PERCENT: #f6b47e;
  --ink: #1d1d1f; --muted: #6b6b70; --line: #dcdce0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI",
  "DejaVu Sans", sans-serif; color: var(--ink); background: #fafafa; }
header { padding: 16px 24px 8px; border-bottom: 1px solid var(--line);
  background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 15px; margin: 18px 0 6px; text-transform: uppercase;
  letter-spacing: .04em; color: var(--muted); }
.meta { color: var(--muted); font-size: 14px; margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0 4px;
  padding: 0; list-style: none; font-size: 13px; }
.legend li { padding: 1px 8px; border-radius: 4px; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
  gap: 24px; padding: 16px 24px 32px; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } }
article { white-space: pre-wrap; overflow-wrap: break-word; background: #fff;
  padding: 20px 24px; border: 1px solid var(--line); border-radius: 6px;
  line-height: 2.1; }
aside { font-size: 14px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
td, th { text-align: left; vertical-align: top; padding: 3px 6px;
  border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); }
td.n { text-align: right; white-space: nowrap; width: 1%;
  font-variant-numeric: tabular-nums; }
.chip { padding: 0 5px; border-radius: 3px; font-size: 11px;
  font-weight: 700; }
.quiet { color: var(--muted); }
:where(mark.hl, .legend li, .chip) { background: #e2e2e6; }
mark.hl { position: relative; padding: 2px 4px; border-radius: 4px;
  color: inherit; }
mark.hl .tag { font-size: 10px; font-weight: 700; margin-left: 4px;
  vertical-align: 1px; opacity: .75; }
span.quote { background: #fff6d5; border-bottom: 2px solid #e3b500;
  padding: 2px 0; }
span.quote::before { content: attr(data-who); font-size: 11px;
  font-weight: 700; color: var(--muted); margin-right: 4px; }
mark.hl:hover::after, mark.hl:focus::after { content: attr(data-tip);
  position: absolute; left: 0; bottom: 100%; z-index: 2; white-space: pre;
  background: var(--ink); color: #fff; font-size: 12px; line-height: 1.4;
  padding: 3px 7px; border-radius: 4px; pointer-events: none; }
"#;

fn head(a: &Analysis, out: &mut String) {
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
    );
    // Nothing on the page may load or run anything: inline styles only.
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src \
         'none'; style-src 'unsafe-inline'\">\n",
    );
    out.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, \
         initial-scale=1\">\n<meta name=\"generator\" content=\"analyze\">\n",
    );
    out.push_str("<title>");
    escape_into(out, &a.source);
    out.push_str(" — analyze</title>\n<style>");
    out.push_str(STYLE);
    for class in CLASSES {
        out.push_str(&format!(".{class} {{ background: var(--{class}); }}\n"));
    }
    out.push_str("</style>\n</head>\n<body>\n");
}

fn header(a: &Analysis, opts: &Options, marks: &[Mark], out: &mut String) {
    out.push_str("<header>\n<h1>");
    escape_into(out, &a.source);
    if let Some(id) = &a.id {
        out.push_str(" <span class=\"quiet\">[");
        escape_into(out, &id.to_string());
        out.push_str("]</span>");
    }
    out.push_str("</h1>\n<p class=\"meta\">language ");
    escape_into(out, a.language);
    match &a.reference_date {
        Some(d) => {
            out.push_str(" · reference date ");
            escape_into(out, d);
            if let Some(from) = a.reference_date_from {
                out.push_str(" (");
                escape_into(out, from.describe());
                out.push(')');
            }
        }
        None => out
            .push_str(" · no reference date (relative dates left unresolved)"),
    }
    let s = &a.stats;
    out.push_str(&format!(
        " · {} characters, {} words, {} sentences</p>\n",
        s.characters, s.words, s.sentences
    ));
    out.push_str("<ul class=\"legend\">\n");
    for (class, name) in CLASSES.iter().zip(CLASS_NAMES) {
        let kind = if *class == "MONEY" {
            Kind::Money
        } else if *class == "DATE" {
            Kind::Dates
        } else if *class == "PERCENT" {
            Kind::Percentages
        } else {
            Kind::Entities
        };
        if !opts.wants(kind) {
            continue;
        }
        let n = marks.iter().filter(|m| m.class == *class).count();
        out.push_str(&format!(
            "<li class=\"{class}\"><b>{class}</b> {name} · {n}</li>\n"
        ));
    }
    // A class the legend does not know yet (a new label) still gets an
    // entry, drawn in the default colour.
    let mut others: Vec<&str> = marks
        .iter()
        .map(|m| m.class)
        .filter(|c| !CLASSES.contains(c))
        .collect();
    others.sort_unstable();
    others.dedup();
    for class in others {
        let n = marks.iter().filter(|m| m.class == class).count();
        out.push_str(&format!(
            "<li class=\"{class}\"><b>{class}</b> · {n}</li>\n"
        ));
    }
    out.push_str("</ul>\n</header>\n");
}

/// A quote drawn in the article: its bytes, its index in the analysis.
struct Quoted {
    start: usize,
    end: usize,
    index: usize,
}

/// The quotes that can be drawn around the marks: those whose ends fall
/// on character boundaries and outside every mark (a quote never cuts a
/// highlight in two).
fn quote_spans(a: &Analysis, marks: &[Mark]) -> Vec<Quoted> {
    let inside = |b: usize| {
        let i = marks.partition_point(|m| m.byte_start < b);
        i > 0 && b < marks[i - 1].byte_end
    };
    let mut out: Vec<Quoted> = Vec::new();
    for (index, q) in a.quotes.iter().enumerate() {
        let (start, end) = (q.span.byte_start, q.span.byte_end);
        if start >= end
            || inside(start)
            || inside(end)
            || out.last().is_some_and(|p| start < p.end)
        {
            continue;
        }
        out.push(Quoted { start, end, index });
    }
    out
}

/// Appends `text[from..to]`, opening and closing the quote highlights
/// whose ends fall in it.
fn plain(
    a: &Analysis,
    text: &str,
    (from, to): (usize, usize),
    quoted: &[Quoted],
    next: &mut usize,
    open: &mut Option<usize>,
    out: &mut String,
) {
    let mut p = from;
    loop {
        let (b, opening) = match *open {
            Some(i) => (quoted[i].end, false),
            None => match quoted.get(*next) {
                Some(q) => (q.start, true),
                None => break,
            },
        };
        if b > to {
            break;
        }
        escape_into(out, text.get(p..b).unwrap_or(""));
        p = b;
        if opening {
            let q = &quoted[*next];
            let quote = &a.quotes[q.index];
            let who = quote.speaker.as_ref().map_or("?".to_string(), |s| {
                s.canonical.clone().unwrap_or_else(|| s.text.to_string())
            });
            // The speaker is drawn by the style sheet from `data-who`,
            // so the article's text stays the document's text.
            out.push_str(&format!(
                "<span class=\"quote\" id=\"q{}\" data-who=\"{}\" \
                 title=\"{}\">",
                q.index,
                esc(&who),
                esc(&format!("{} · {}", who, quote_cue(quote))),
            ));
            *open = Some(*next);
            *next += 1;
        } else {
            out.push_str("</span>");
            *open = None;
        }
    }
    escape_into(out, text.get(p..to).unwrap_or(""));
}

fn quote_cue(q: &crate::model::Quote) -> String {
    q.cue.as_ref().map_or("no cue".to_string(), |c| c.text.to_string())
}

/// The text with every mark in place; ids `m0`, `m1`... in text order,
/// which the side panel links to. Quotes are drawn around the marks
/// they hold, their speaker shown before the words (ids `q0`, `q1`...,
/// the quote's index in the analysis). The white space before the
/// first line and after the last one is left out: in a `pre-wrap`
/// block it would show as empty lines (marks never hold it, spans
/// being trimmed).
fn article(
    a: &Analysis,
    text: &str,
    marks: &[Mark],
    quoted: &[Quoted],
    out: &mut String,
) {
    let mut at = text.len() - text.trim_start().len();
    let end = text.trim_end().len().max(at);
    let (mut next, mut open) = (0, None);
    for (i, m) in marks.iter().enumerate() {
        let (s, e) = (m.byte_start, m.byte_end);
        if s < at
            || e > end
            || s >= e
            || !text.is_char_boundary(s)
            || !text.is_char_boundary(e)
        {
            continue;
        }
        let Some(inner) = text.get(s..e) else {
            continue;
        };
        plain(a, text, (at, s), quoted, &mut next, &mut open, out);
        let tip = format!("{} · {}", m.class, m.value);
        out.push_str(&format!(
            "<mark class=\"hl {}\" id=\"m{i}\" tabindex=\"0\" \
             data-label=\"{}\" data-value=\"{}\" data-tip=\"{}\">",
            m.class,
            m.class,
            esc(&m.value),
            esc(&tip),
        ));
        escape_into(out, inner);
        out.push_str(&format!(
            "<span class=\"tag\">{}</span></mark>",
            m.class
        ));
        at = e;
    }
    plain(a, text, (at, end), quoted, &mut next, &mut open, out);
    if open.is_some() {
        out.push_str("</span>");
    }
}

/// The id of the first mark at `byte_start`, for a link from the panel.
fn anchor(marks: &[Mark], byte_start: usize) -> String {
    match marks.iter().position(|m| m.byte_start == byte_start) {
        Some(i) => format!("#m{i}"),
        None => "#".to_string(),
    }
}

fn entities(a: &Analysis, marks: &[Mark], out: &mut String) {
    out.push_str(&format!(
        "<section id=\"entities\">\n<h2>Entities · {} names, {} mentions</h2>\n",
        a.summary.entities.len(),
        a.entities.len()
    ));
    if a.summary.entities.is_empty() {
        out.push_str("<p class=\"quiet\">none found</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<table>\n<tr><th>label</th><th>name</th><th>mentions</th>\
         <th>forms seen</th></tr>\n",
    );
    for e in &a.summary.entities {
        let first = a
            .entities
            .iter()
            .find(|m| m.canonical == e.canonical && m.label == e.label)
            .map_or("#".to_string(), |m| anchor(marks, m.span.byte_start));
        let label = e.label.as_str();
        let forms: Vec<&str> = e
            .forms
            .iter()
            .map(String::as_str)
            .filter(|f| *f != e.canonical)
            .collect();
        out.push_str(&format!(
            "<tr><td><span class=\"chip {label}\">{label}</span></td>\
             <td><a href=\"{first}\">{}</a></td><td class=\"n\">×{}</td>\
             <td class=\"quiet\">{}</td></tr>\n",
            esc(&e.canonical),
            e.mentions,
            esc(&forms.join(", ")),
        ));
    }
    out.push_str("</table>\n</section>\n");
}

fn money(a: &Analysis, marks: &[Mark], out: &mut String) {
    out.push_str(&format!(
        "<section id=\"money\">\n<h2>Money · {}</h2>\n",
        a.money.len()
    ));
    if a.money.is_empty() {
        out.push_str("<p class=\"quiet\">none found</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<table>\n<tr><th>text</th><th>value</th><th>short</th></tr>\n",
    );
    for m in &a.money {
        out.push_str(&format!(
            "<tr><td><a href=\"{}\">{}</a></td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td></tr>\n",
            anchor(marks, m.span.byte_start),
            esc(&m.text),
            esc(&money_value(m)),
            esc(&money_short(m).unwrap_or_default()),
        ));
    }
    out.push_str("</table>\n</section>\n");
}

fn timeline(a: &Analysis, marks: &[Mark], out: &mut String) {
    out.push_str(&format!(
        "<section id=\"timeline\">\n<h2>Timeline · {}</h2>\n",
        a.dates.len()
    ));
    if a.dates.is_empty() {
        out.push_str("<p class=\"quiet\">none found</p>\n</section>\n");
        return;
    }
    let mut order: Vec<&DateMention> = a.dates.iter().collect();
    order.sort_by(|x, y| timeline_cmp(x, y));
    out.push_str(
        "<table>\n<tr><th>value</th><th>type</th><th>text</th></tr>\n",
    );
    for d in order {
        out.push_str(&format!(
            "<tr><td class=\"n\">{}</td><td class=\"quiet\">{}</td>\
             <td><a href=\"{}\">{}</a></td></tr>\n",
            esc(&date_value(d)),
            d.kind.as_str(),
            anchor(marks, d.span.byte_start),
            esc(&d.text),
        ));
    }
    out.push_str("</table>\n</section>\n");
}

fn percentages(a: &Analysis, marks: &[Mark], out: &mut String) {
    out.push_str(&format!(
        "<section id=\"percentages\">\n<h2>Percentages · {}</h2>\n",
        a.percentages.len()
    ));
    if a.percentages.is_empty() {
        out.push_str("<p class=\"quiet\">none found</p>\n</section>\n");
        return;
    }
    out.push_str("<table>\n<tr><th>text</th><th>value</th></tr>\n");
    for p in &a.percentages {
        out.push_str(&format!(
            "<tr><td><a href=\"{}\">{}</a></td><td class=\"n\">{}</td></tr>\n",
            anchor(marks, p.span.byte_start),
            esc(&p.text),
            esc(&percent_value(p)),
        ));
    }
    out.push_str("</table>\n</section>\n");
}

/// Who said what: one row per quote, the speaker linked to the mention of
/// its entity (or of itself), the words to the quote in the article.
fn quotes(a: &Analysis, marks: &[Mark], quoted: &[Quoted], out: &mut String) {
    out.push_str(&format!(
        "<section id=\"quotes\">\n<h2>Quotes · {}</h2>\n",
        a.quotes.len()
    ));
    if a.quotes.is_empty() {
        out.push_str("<p class=\"quiet\">none found</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<table>\n<tr><th>speaker</th><th>cue</th><th>words</th></tr>\n",
    );
    for (i, q) in a.quotes.iter().enumerate() {
        let who = match &q.speaker {
            Some(s) => {
                let name =
                    s.canonical.clone().unwrap_or_else(|| s.text.to_string());
                // The speaker's own mention when it is highlighted, else
                // the first mention of the entity it stands for.
                let link = match marks
                    .iter()
                    .position(|m| m.byte_start == s.span.byte_start)
                {
                    Some(k) => format!("#m{k}"),
                    None => s
                        .canonical
                        .as_ref()
                        .and_then(|c| {
                            a.entities.iter().find(|e| e.canonical == *c)
                        })
                        .map_or("#".to_string(), |e| {
                            anchor(marks, e.span.byte_start)
                        }),
                };
                let chip = s.label.map_or(String::new(), |l| {
                    format!("<span class=\"chip {0}\">{0}</span> ", l.as_str())
                });
                format!("{chip}<a href=\"{link}\">{}</a>", esc(&name))
            }
            None => "<span class=\"quiet\">?</span>".to_string(),
        };
        let words = match quoted.iter().any(|d| d.index == i) {
            true => format!("<a href=\"#q{i}\">{}</a>", esc(&q.text)),
            false => esc(&q.text),
        };
        out.push_str(&format!(
            "<tr><td>{who}</td><td class=\"quiet\">{}</td><td>{words}</td></tr>\n",
            esc(&quote_cue(q)),
        ));
    }
    let g = &a.summary.quotes.by_gender;
    out.push_str(&format!(
        "</table>\n<p class=\"quiet\">by gender: {} women, {} men, {} \
         unknown</p>\n</section>\n",
        g.female, g.male, g.unknown
    ));
}
