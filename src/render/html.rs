//! The HTML view: one self-contained page per document.
//!
//! The article is shown whole with every entity, amount and date
//! highlighted by kind and label (as displaCy shows spaCy's entities),
//! with a legend and a side panel holding the facts (each linked to the
//! word that states it), the entity list, the amounts and the timeline. Hovering a highlight shows its label and normalised
//! value. The page has inline CSS only: no script, no font, no image, no
//! network fetch (a Content-Security-Policy says so to the browser), and
//! every piece of text is escaped, so an article holding `<script>` shows
//! it as text.

use std::io::{self, Write};

use super::text::timeline_cmp;
use super::{
    CLASSES, Mark, Options, date_value, marks, money_short, money_value,
};
use crate::extract::Kind;
use crate::model::{Analysis, DateMention};

/// The class names in the legend, in [`CLASSES`] order.
const CLASS_NAMES: [&str; 6] = [
    "person",
    "organisation",
    "place",
    "product, work, event",
    "amount of money",
    "date or time",
];

/// Writes the HTML page of `a`, whose document text is `text`.
///
/// Every [`Mark`] of the analysis becomes one `<mark class="hl ...">`
/// element, so their number equals the number of entities, amounts and
/// dates in the JSON output. A span that overlaps the one before it, or
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
    let triggers = match opts.wants(Kind::Events) {
        true => triggers(a),
        false => Vec::new(),
    };
    article(text, &marks, &triggers, &mut out);
    out.push_str("</article>\n<aside>\n");
    if opts.wants(Kind::Events) {
        facts(a, &mut out);
    }
    if opts.wants(Kind::Entities) {
        entities(a, &marks, &mut out);
    }
    if opts.wants(Kind::Money) {
        money(a, &marks, &mut out);
    }
    if opts.wants(Kind::Dates) {
        timeline(a, &marks, &mut out);
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
  --MONEY: #a8e6a3; --DATE: #f9b2ba; --ink: #1d1d1f; --muted: #6b6b70;
  --line: #dcdce0; }
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
mark.hl:hover::after, mark.hl:focus::after { content: attr(data-tip);
  position: absolute; left: 0; bottom: 100%; z-index: 2; white-space: pre;
  background: var(--ink); color: #fff; font-size: 12px; line-height: 1.4;
  padding: 3px 7px; border-radius: 4px; pointer-events: none; }
.trigger { text-decoration: underline dotted; text-underline-offset: 3px; }
.trigger:target { background: #fff3b0; }
ul.facts { margin: 0; padding-left: 1.1em; font-size: 14px; }
ul.facts li { margin: 3px 0; }
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

/// The text with every mark in place; ids `m0`, `m1`... in text order,
/// which the side panel links to.
fn article(
    text: &str,
    marks: &[Mark],
    triggers: &[Trigger],
    out: &mut String,
) {
    let mut at = 0;
    let mut t = 0;
    for (i, m) in marks.iter().enumerate() {
        let (s, e) = (m.byte_start, m.byte_end);
        if s < at
            || s >= e
            || !text.is_char_boundary(s)
            || !text.is_char_boundary(e)
        {
            continue;
        }
        let (Some(before), Some(inner)) = (text.get(at..s), text.get(s..e))
        else {
            continue;
        };
        escape_with_triggers(out, text, at, before, triggers, &mut t);
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
    escape_with_triggers(
        out,
        text,
        at,
        text.get(at..).unwrap_or(""),
        triggers,
        &mut t,
    );
}

/// The trigger of an event in the article: its byte span and the id
/// the facts panel links to.
struct Trigger {
    byte_start: usize,
    byte_end: usize,
    id: String,
}

/// The triggers of the events, in text order, one per span (`f0`,
/// `f1`... in the order of the events).
fn triggers(a: &Analysis) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = a
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| Trigger {
            byte_start: e.span.byte_start,
            byte_end: e.span.byte_end,
            id: format!("f{i}"),
        })
        .collect();
    out.sort_by_key(|t| (t.byte_start, t.byte_end));
    out.dedup_by_key(|t| t.byte_start);
    out
}

/// The id the facts panel links to for event `i`: the first event with
/// the same trigger span owns the anchor.
fn trigger_anchor(a: &Analysis, i: usize) -> String {
    let span = a.events[i].span;
    let first = a
        .events
        .iter()
        .position(|e| e.span.byte_start == span.byte_start)
        .unwrap_or(i);
    format!("#f{first}")
}

/// Escapes `s`, the text from byte `from`, with the triggers that lie
/// wholly inside it wrapped in an anchor the facts panel links to.
fn escape_with_triggers(
    out: &mut String,
    text: &str,
    from: usize,
    s: &str,
    triggers: &[Trigger],
    next: &mut usize,
) {
    let to = from + s.len();
    let mut at = from;
    while let Some(t) = triggers.get(*next) {
        if t.byte_start >= to {
            break;
        }
        *next += 1;
        if t.byte_start < at
            || t.byte_end > to
            || !text.is_char_boundary(t.byte_start)
            || !text.is_char_boundary(t.byte_end)
        {
            continue;
        }
        escape_into(out, &text[at..t.byte_start]);
        out.push_str(&format!("<span class=\"trigger\" id=\"{}\">", t.id));
        escape_into(out, &text[t.byte_start..t.byte_end]);
        out.push_str("</span>");
        at = t.byte_end;
    }
    escape_into(out, &text[at..to]);
}

/// The facts panel: one line of plain French per event, each linked to
/// its trigger in the article.
fn facts(a: &Analysis, out: &mut String) {
    out.push_str(&format!(
        "<section id=\"facts\">\n<h2>Facts · {}</h2>\n",
        a.events.len()
    ));
    if a.events.is_empty() {
        out.push_str("<p class=\"quiet\">none found</p>\n</section>\n");
        return;
    }
    out.push_str("<ul class=\"facts\">\n");
    for (i, e) in a.events.iter().enumerate() {
        out.push_str(&format!(
            "<li><span class=\"quiet\">{}</span> <a href=\"{}\">{}</a></li>\n",
            e.kind.as_str(),
            trigger_anchor(a, i),
            esc(&super::facts::line(e)),
        ));
    }
    out.push_str("</ul>\n</section>\n");
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
