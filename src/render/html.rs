//! The HTML view: one self-contained page per document.
//!
//! The article is shown whole with every entity, amount, date and
//! percentage highlighted by kind and label (as displaCy shows spaCy's
//! entities), the quotes marked with their speaker and the words that
//! state a fact underlined, with a legend and a side panel holding the
//! facts (each linked to its word), the entity list, the amounts, the
//! timeline, the percentages and the quotes. Hovering a highlight shows
//! its label and normalised value. The page has inline CSS only: no script, no font, no image, no
//! network fetch (a Content-Security-Policy says so to the browser), and
//! every piece of text is escaped, so an article holding `<script>` shows
//! it as text.

use std::io::{self, Write};

use super::text::{by_gender, timeline_cmp};
use super::{
    CLASSES, Mark, Options, count, date_value, facts, marks, money_short,
    money_value, percent_value,
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
    let drawn = drawn(text, &marks);
    let mut out = String::with_capacity(text.len() * 2 + 8192);
    head(a, &mut out);
    header(a, opts, &marks, &mut out);
    out.push_str("<main>\n<article lang=\"fr\">");
    let quoted = match opts.wants(Kind::Quotes) {
        true => quote_spans(a, text, &drawn),
        false => Vec::new(),
    };
    let (triggers, links) = match opts.wants(Kind::Events) {
        true => triggers(a, text, &drawn, &quoted),
        false => (Vec::new(), Vec::new()),
    };
    let mut overlay = Overlay {
        a,
        quoted: &quoted,
        triggers: &triggers,
        next_quote: 0,
        open_quote: None,
        next_trigger: 0,
        open_trigger: None,
    };
    article(text, &marks, &drawn, &mut overlay, &mut out);
    out.push_str("</article>\n<aside>\n");
    if opts.wants(Kind::Events) {
        facts(a, &links, &mut out);
    }
    if opts.wants(Kind::Entities) {
        entities(a, &drawn, &mut out);
    }
    if opts.wants(Kind::Money) {
        money(a, &drawn, &mut out);
    }
    if opts.wants(Kind::Dates) {
        timeline(a, &drawn, &mut out);
    }
    if opts.wants(Kind::Percentages) {
        percentages(a, &drawn, &mut out);
    }

    if opts.wants(Kind::Quotes) {
        quotes(a, &drawn, &quoted, &mut out);
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
span.trigger { text-decoration: underline 2px #8e44ad;
  text-underline-offset: 4px; }
.legend li.fact { background: #fff; text-decoration: underline 2px #8e44ad;
  text-underline-offset: 4px; }
ul.facts { margin: 0; padding: 0; list-style: none; background: #fff; }
ul.facts li { padding: 3px 6px; border-bottom: 1px solid var(--line); }
:target { outline: 2px solid #8e44ad; outline-offset: 1px; }
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
        " · {}, {}, {}</p>\n",
        count(s.characters, "character", "characters"),
        count(s.words, "word", "words"),
        count(s.sentences, "sentence", "sentences"),
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
    if opts.wants(Kind::Events) {
        out.push_str(&format!(
            "<li class=\"fact\"><b>FACT</b> word stating a fact · {}</li>\n",
            a.events.len()
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

/// A mark the article draws: its bytes and its index in the marks, the
/// `m` id the side panel links to.
struct Drawn {
    start: usize,
    end: usize,
    mark: usize,
}

/// The marks the article draws: those inside the trimmed text, on
/// character boundaries, each starting at or after the end of the one
/// before; in text order and never overlapping.
fn drawn(text: &str, marks: &[Mark]) -> Vec<Drawn> {
    let mut at = text.len() - text.trim_start().len();
    let end = text.trim_end().len().max(at);
    let mut out = Vec::with_capacity(marks.len());
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
        out.push(Drawn { start: s, end: e, mark: i });
        at = e;
    }
    out
}

/// The drawn mark that shares a byte with `start..end`, if any. Drawn
/// marks do not overlap, so their ends are in order too and the last one
/// starting before `end` is the only one to look at.
fn mark_over(drawn: &[Drawn], (start, end): (usize, usize)) -> Option<usize> {
    let i = drawn.partition_point(|m| m.start < end);
    (i > 0 && drawn[i - 1].end > start).then(|| drawn[i - 1].mark)
}

/// A quote drawn in the article: its bytes, its index in the analysis.
struct Quoted {
    start: usize,
    end: usize,
    index: usize,
}

/// The quotes that can be drawn around the marks: those whose ends fall
/// on character boundaries and outside every drawn mark (a quote never
/// cuts a highlight in two).
fn quote_spans(a: &Analysis, text: &str, drawn: &[Drawn]) -> Vec<Quoted> {
    let inside = |b: usize| {
        let i = drawn.partition_point(|m| m.start < b);
        i > 0 && b < drawn[i - 1].end
    };
    let mut out: Vec<Quoted> = Vec::new();
    for (index, q) in a.quotes.iter().enumerate() {
        let (start, end) = (q.span.byte_start, q.span.byte_end);
        if start >= end
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
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

/// The quote drawn with a boundary strictly inside `start..end`: a span
/// there would cut it in two. Quotes do not overlap, so their starts and
/// their ends are both in order.
fn quote_across(
    quoted: &[Quoted],
    (start, end): (usize, usize),
) -> Option<usize> {
    let i = quoted.partition_point(|q| q.start <= start);
    if let Some(q) = quoted.get(i).filter(|q| q.start < end) {
        return Some(q.index);
    }
    let i = quoted.partition_point(|q| q.end <= start);
    quoted.get(i).filter(|q| q.end < end).map(|q| q.index)
}

/// The trigger of an event drawn in the article: its bytes and the index
/// of the first event it states, whose id (`f0`, `f1`...) it carries.
struct Trigger {
    start: usize,
    end: usize,
    event: usize,
}

/// The triggers of the events that can be drawn, in text order, and the
/// link of each event's line in the facts panel.
///
/// A trigger is drawn when it falls on character boundaries of the
/// trimmed text, shares no byte with a highlight and does not cut a
/// quote in two (it may lie wholly inside one), so the page's elements
/// nest. Events stated by the same or an overlapping word link to the
/// trigger drawn first; a trigger that cannot be drawn links to the
/// highlight or the quote in its way.
fn triggers(
    a: &Analysis,
    text: &str,
    drawn: &[Drawn],
    quoted: &[Quoted],
) -> (Vec<Trigger>, Vec<Option<String>>) {
    let lo = text.len() - text.trim_start().len();
    let hi = text.trim_end().len().max(lo);
    let mut order: Vec<usize> = (0..a.events.len()).collect();
    order.sort_by_key(|&i| {
        let s = a.events[i].span;
        (s.byte_start, s.byte_end, i)
    });
    let mut out: Vec<Trigger> = Vec::new();
    let mut links = vec![None; a.events.len()];
    for i in order {
        let (s, e) = (a.events[i].span.byte_start, a.events[i].span.byte_end);
        if s >= e
            || s < lo
            || e > hi
            || !text.is_char_boundary(s)
            || !text.is_char_boundary(e)
        {
            continue;
        }
        if let Some(t) = out.last().filter(|t| s < t.end) {
            links[i] = Some(format!("#f{}", t.event));
        } else if let Some(m) = mark_over(drawn, (s, e)) {
            links[i] = Some(format!("#m{m}"));
        } else if let Some(q) = quote_across(quoted, (s, e)) {
            links[i] = Some(format!("#q{q}"));
        } else {
            links[i] = Some(format!("#f{i}"));
            out.push(Trigger { start: s, end: e, event: i });
        }
    }
    (out, links)
}

/// What is drawn between the marks: the quotes and the triggers, each
/// with the next one to open and the one open, if any.
struct Overlay<'o> {
    a: &'o Analysis<'o>,
    quoted: &'o [Quoted],
    triggers: &'o [Trigger],
    next_quote: usize,
    open_quote: Option<usize>,
    next_trigger: usize,
    open_trigger: Option<usize>,
}

/// A boundary of the overlay, in the order they are written when they
/// fall on the same byte: a trigger closes before a quote closes, a quote
/// opens before a trigger opens, so a trigger at the edge of a quote
/// nests inside it or stays out of it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Edge {
    CloseTrigger,
    CloseQuote,
    OpenQuote,
    OpenTrigger,
}

impl Overlay<'_> {
    /// The next boundary: its byte and what happens there.
    fn next(&self) -> Option<(usize, Edge)> {
        let close_t = self
            .open_trigger
            .map(|i| (self.triggers[i].end, Edge::CloseTrigger));
        let close_q =
            self.open_quote.map(|i| (self.quoted[i].end, Edge::CloseQuote));
        let open_q = match self.open_quote {
            Some(_) => None,
            None => self
                .quoted
                .get(self.next_quote)
                .map(|q| (q.start, Edge::OpenQuote)),
        };
        let open_t = match self.open_trigger {
            Some(_) => None,
            None => self
                .triggers
                .get(self.next_trigger)
                .map(|t| (t.start, Edge::OpenTrigger)),
        };
        [close_t, close_q, open_q, open_t].into_iter().flatten().min()
    }

    /// Appends `text[from..to]`, opening and closing the quotes and
    /// triggers whose ends fall in it.
    fn plain(
        &mut self,
        text: &str,
        (from, to): (usize, usize),
        out: &mut String,
    ) {
        let mut p = from;
        while let Some((b, edge)) = self.next().filter(|(b, _)| *b <= to) {
            escape_into(out, text.get(p..b).unwrap_or(""));
            p = p.max(b);
            match edge {
                Edge::CloseTrigger | Edge::CloseQuote => {
                    out.push_str("</span>");
                    match edge {
                        Edge::CloseTrigger => self.open_trigger = None,
                        _ => self.open_quote = None,
                    }
                }
                Edge::OpenQuote => {
                    self.open_quote(out);
                }
                Edge::OpenTrigger => {
                    let t = &self.triggers[self.next_trigger];
                    let e = &self.a.events[t.event];
                    let tip =
                        format!("{} · {}", e.kind.as_str(), facts::line(e));
                    out.push_str(&format!(
                        "<span class=\"trigger\" id=\"f{}\" title=\"{}\">",
                        t.event,
                        esc(&tip),
                    ));
                    self.open_trigger = Some(self.next_trigger);
                    self.next_trigger += 1;
                }
            }
        }
        escape_into(out, text.get(p..to).unwrap_or(""));
    }

    fn open_quote(&mut self, out: &mut String) {
        let q = &self.quoted[self.next_quote];
        let quote = &self.a.quotes[q.index];
        let who = quote.speaker.as_ref().map_or("?".to_string(), |s| {
            s.canonical.clone().unwrap_or_else(|| s.text.to_string())
        });
        // The speaker is drawn by the style sheet from `data-who`, so the
        // article's text stays the document's text.
        out.push_str(&format!(
            "<span class=\"quote\" id=\"q{}\" data-who=\"{}\" title=\"{}\">",
            q.index,
            esc(&who),
            esc(&format!("{} · {}", who, quote_cue(quote))),
        ));
        self.open_quote = Some(self.next_quote);
        self.next_quote += 1;
    }

    /// Closes what is still open at the end of the text.
    fn close(&mut self, out: &mut String) {
        if self.open_trigger.take().is_some() {
            out.push_str("</span>");
        }
        if self.open_quote.take().is_some() {
            out.push_str("</span>");
        }
    }
}

fn quote_cue(q: &crate::model::Quote) -> String {
    q.cue.as_ref().map_or("no cue".to_string(), |c| c.text.to_string())
}

/// The text with every drawn mark in place; ids `m0`, `m1`... in text
/// order, which the side panel links to. Quotes are drawn around the
/// marks they hold, their speaker shown before the words (ids `q0`,
/// `q1`..., the quote's index in the analysis), and the triggers of the
/// events between them (ids `f0`, `f1`..., the event's index). The white
/// space before the first line and after the last one is left out: in a
/// `pre-wrap` block it would show as empty lines (marks never hold it,
/// spans being trimmed).
fn article(
    text: &str,
    marks: &[Mark],
    drawn: &[Drawn],
    overlay: &mut Overlay<'_>,
    out: &mut String,
) {
    let mut at = text.len() - text.trim_start().len();
    let end = text.trim_end().len().max(at);
    for d in drawn {
        let (s, e, i) = (d.start, d.end, d.mark);
        let m = &marks[i];
        overlay.plain(text, (at, s), out);
        let tip = format!("{} · {}", m.class, m.value);
        out.push_str(&format!(
            "<mark class=\"hl {}\" id=\"m{i}\" tabindex=\"0\" \
             data-label=\"{}\" data-value=\"{}\" data-tip=\"{}\">",
            m.class,
            m.class,
            esc(&m.value),
            esc(&tip),
        ));
        escape_into(out, text.get(s..e).unwrap_or(""));
        out.push_str(&format!(
            "<span class=\"tag\">{}</span></mark>",
            m.class
        ));
        at = e;
    }
    overlay.plain(text, (at, end), out);
    overlay.close(out);
}

/// The facts panel: one line of plain French per event, in the order of
/// the analysis, each linked to its trigger in the article.
fn facts(a: &Analysis, links: &[Option<String>], out: &mut String) {
    out.push_str(&format!(
        "<section id=\"facts\">\n<h2>Facts · {}</h2>\n",
        a.events.len()
    ));
    if a.events.is_empty() {
        out.push_str("<p class=\"quiet\">none found</p>\n</section>\n");
        return;
    }
    out.push_str("<ul class=\"facts\">\n");
    for (e, link) in a.events.iter().zip(links) {
        let line = esc(&facts::line(e));
        let line = match link {
            Some(href) => format!("<a href=\"{href}\">{line}</a>"),
            None => line,
        };
        out.push_str(&format!(
            "<li><span class=\"chip\">{}</span> {line}</li>\n",
            e.kind.as_str(),
        ));
    }
    out.push_str("</ul>\n</section>\n");
}

/// The link to the drawn mark starting at `byte_start`, for the side
/// panel; drawn marks are in text order, so it is a binary search.
fn anchor(drawn: &[Drawn], byte_start: usize) -> Option<String> {
    let i = drawn.partition_point(|m| m.start < byte_start);
    drawn
        .get(i)
        .filter(|m| m.start == byte_start)
        .map(|m| format!("#m{}", m.mark))
}

/// [`anchor`], or `#` when no mark starts there.
fn anchor_or_top(drawn: &[Drawn], byte_start: usize) -> String {
    anchor(drawn, byte_start).unwrap_or_else(|| "#".to_string())
}

fn entities(a: &Analysis, drawn: &[Drawn], out: &mut String) {
    out.push_str(&format!(
        "<section id=\"entities\">\n<h2>Entities · {}, {}</h2>\n",
        count(a.summary.entities.len(), "name", "names"),
        count(a.entities.len(), "mention", "mentions"),
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
            .map_or("#".to_string(), |m| {
                anchor_or_top(drawn, m.span.byte_start)
            });
        let label = e.label.as_str();
        let forms: Vec<&str> = e
            .forms
            .iter()
            .map(|f| f.as_ref())
            .filter(|f| *f != &*e.canonical)
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

fn money(a: &Analysis, drawn: &[Drawn], out: &mut String) {
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
            anchor_or_top(drawn, m.span.byte_start),
            esc(&m.text),
            esc(&money_value(m)),
            esc(&money_short(m).unwrap_or_default()),
        ));
    }
    out.push_str("</table>\n</section>\n");
}

fn timeline(a: &Analysis, drawn: &[Drawn], out: &mut String) {
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
            anchor_or_top(drawn, d.span.byte_start),
            esc(&d.text),
        ));
    }
    out.push_str("</table>\n</section>\n");
}

fn percentages(a: &Analysis, drawn: &[Drawn], out: &mut String) {
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
            anchor_or_top(drawn, p.span.byte_start),
            esc(&p.text),
            esc(&percent_value(p)),
        ));
    }
    out.push_str("</table>\n</section>\n");
}

/// Who said what: one row per quote, the speaker linked to the mention of
/// its entity (or of itself), the words to the quote in the article.
fn quotes(a: &Analysis, drawn: &[Drawn], quoted: &[Quoted], out: &mut String) {
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
                let link = match anchor(drawn, s.span.byte_start) {
                    Some(link) => Some(link),
                    None => s
                        .canonical
                        .as_ref()
                        .and_then(|c| {
                            a.entities.iter().find(|e| *e.canonical == **c)
                        })
                        .and_then(|e| anchor(drawn, e.span.byte_start)),
                };
                let chip = s.label.map_or(String::new(), |l| {
                    format!("<span class=\"chip {0}\">{0}</span> ", l.as_str())
                });
                // A speaker that is no entity (`les fondateurs`) has
                // nothing to link to.
                match link {
                    Some(link) => {
                        format!("{chip}<a href=\"{link}\">{}</a>", esc(&name))
                    }
                    None => format!("{chip}{}", esc(&name)),
                }
            }
            None => "<span class=\"quiet\">?</span>".to_string(),
        };
        let words = match quoted.binary_search_by_key(&i, |d| d.index).is_ok()
        {
            true => format!("<a href=\"#q{i}\">{}</a>", esc(&q.text)),
            false => esc(&q.text),
        };
        out.push_str(&format!(
            "<tr><td>{who}</td><td class=\"quiet\">{}</td><td>{words}</td></tr>\n",
            esc(&quote_cue(q)),
        ));
    }
    out.push_str(&format!(
        "</table>\n<p class=\"quiet\">by gender: {}</p>\n</section>\n",
        by_gender(&a.summary.quotes.by_gender)
    ));
}
