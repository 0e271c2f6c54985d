//! JSON output: one object per document, compact (one line, for JSON
//! Lines) or indented.
//!
//! The compact form, the one written for every document of a large run,
//! is written by hand: the same bytes as `serde_json` writes from the
//! model's `Serialize` (a test holds the two together), with the strings,
//! which are most of the output (every sentence's text), escaped sixteen
//! bytes at a time and copied in runs straight to the writer. The
//! indented form is `serde_json`'s.

use std::io::{self, Write};

use crate::model::{
    Analysis, DateMention, Entity, EntityRef, Event, Gender, Label, Metric,
    Money, MoneyRef, PercentRef, Percentage, Quote, QuoteKind, Sentence, Span,
    Stats, Status, Summary,
};

/// Writes `analysis` as one JSON object followed by a newline.
///
/// # Errors
///
/// Any error of the writer.
pub fn write<W: Write>(
    analysis: &Analysis,
    pretty: bool,
    mut w: W,
) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut w, analysis)?;
    } else {
        compact(analysis, &mut w)?;
    }
    w.write_all(b"\n")
}

/// Writes `a` as compact JSON, as `serde_json::to_writer` does.
fn compact<W: Write>(a: &Analysis<'_>, w: &mut W) -> io::Result<()> {
    w.write_all(b"{\"schema\":")?;
    uint(w, u64::from(a.schema))?;
    if let Some(id) = &a.id {
        w.write_all(b",\"id\":")?;
        serde_json::to_writer(&mut *w, id)?;
    }
    w.write_all(b",\"source\":")?;
    string(w, &a.source)?;
    if let Some(enc) = &a.source_encoding {
        w.write_all(b",\"source_encoding\":")?;
        string(w, enc)?;
    }
    if let Some(n) = a.source_replacements {
        write!(w, ",\"source_replacements\":{n}")?;
    }
    w.write_all(b",\"language\":")?;
    string(w, a.language)?;
    w.write_all(b",\"reference_date\":")?;
    opt_string(w, a.reference_date.as_deref())?;
    if let Some(from) = &a.reference_date_from {
        w.write_all(b",\"reference_date_from\":")?;
        serde_json::to_writer(&mut *w, from)?;
    }
    w.write_all(b",\"stats\":")?;
    stats(w, &a.stats)?;
    w.write_all(b",\"sentences\":")?;
    list(w, &a.sentences, sentence)?;
    w.write_all(b",\"entities\":")?;
    list(w, &a.entities, entity)?;
    w.write_all(b",\"money\":")?;
    list(w, &a.money, money)?;
    w.write_all(b",\"dates\":")?;
    list(w, &a.dates, date)?;
    w.write_all(b",\"percentages\":")?;
    list(w, &a.percentages, percentage)?;
    w.write_all(b",\"quotes\":")?;
    list(w, &a.quotes, quote)?;
    w.write_all(b",\"events\":")?;
    list(w, &a.events, event)?;
    w.write_all(b",\"summary\":")?;
    summary(w, &a.summary)?;
    w.write_all(b"}")
}

/// `[item,item,...]`.
fn list<W: Write, T>(
    w: &mut W,
    items: &[T],
    item: fn(&mut W, &T) -> io::Result<()>,
) -> io::Result<()> {
    w.write_all(b"[")?;
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        item(w, x)?;
    }
    w.write_all(b"]")
}

fn stats<W: Write>(w: &mut W, s: &Stats) -> io::Result<()> {
    w.write_all(b"{\"characters\":")?;
    usize_(w, s.characters)?;
    w.write_all(b",\"words\":")?;
    usize_(w, s.words)?;
    w.write_all(b",\"sentences\":")?;
    usize_(w, s.sentences)?;
    w.write_all(b"}")
}

/// The fields of a span, flattened into the object around them: put
/// together on the stack and written at once, as every item has one.
fn span<W: Write>(w: &mut W, s: &Span) -> io::Result<()> {
    // The names (41 bytes) and four numbers of at most 20 digits.
    let mut buf = [0u8; 128];
    let mut n = 0;
    put(&mut buf, &mut n, b"\"start\":");
    put_uint(&mut buf, &mut n, s.start as u64);
    put(&mut buf, &mut n, b",\"end\":");
    put_uint(&mut buf, &mut n, s.end as u64);
    put(&mut buf, &mut n, b",\"byte_start\":");
    put_uint(&mut buf, &mut n, s.byte_start as u64);
    put(&mut buf, &mut n, b",\"byte_end\":");
    put_uint(&mut buf, &mut n, s.byte_end as u64);
    w.write_all(&buf[..n])
}

#[inline(always)]
fn put<const N: usize>(buf: &mut [u8; 128], n: &mut usize, bytes: &[u8; N]) {
    buf[*n..*n + N].copy_from_slice(bytes);
    *n += N;
}

/// The decimal digits of `v` at `buf[*n..]`.
#[inline(always)]
fn put_uint(buf: &mut [u8; 128], n: &mut usize, mut v: u64) {
    let len = v.checked_ilog10().unwrap_or(0) as usize + 1;
    let mut i = *n + len;
    *n = i;
    while v >= 100 {
        let d = usize::from((v % 100) as u8) * 2;
        v /= 100;
        i -= 2;
        buf[i] = PAIRS[d];
        buf[i + 1] = PAIRS[d + 1];
    }
    if v >= 10 {
        let d = v as usize * 2;
        buf[i - 2] = PAIRS[d];
        buf[i - 1] = PAIRS[d + 1];
    } else {
        buf[i - 1] = b'0' + v as u8;
    }
}

fn sentence<W: Write>(w: &mut W, s: &Sentence<'_>) -> io::Result<()> {
    w.write_all(b"{")?;
    span(w, &s.span)?;
    w.write_all(b",\"text\":")?;
    string(w, &s.text)?;
    w.write_all(b"}")
}

fn entity<W: Write>(w: &mut W, e: &Entity<'_>) -> io::Result<()> {
    w.write_all(b"{\"text\":")?;
    string(w, &e.text)?;
    w.write_all(b",\"label\":")?;
    string(w, e.label.as_str())?;
    w.write_all(b",")?;
    span(w, &e.span)?;
    w.write_all(b",\"sentence\":")?;
    usize_(w, e.sentence)?;
    w.write_all(b",\"canonical\":")?;
    string(w, &e.canonical)?;
    w.write_all(b"}")
}

fn money<W: Write>(w: &mut W, m: &Money<'_>) -> io::Result<()> {
    w.write_all(b"{\"text\":")?;
    string(w, &m.text)?;
    w.write_all(b",")?;
    span(w, &m.span)?;
    w.write_all(b",\"sentence\":")?;
    usize_(w, m.sentence)?;
    w.write_all(b",\"amount\":")?;
    number(w, m.amount)?;
    w.write_all(b",\"currency\":")?;
    opt_string(w, m.currency.as_deref())?;
    if let Some(min) = m.min {
        w.write_all(b",\"min\":")?;
        number(w, min)?;
    }
    if let Some(max) = m.max {
        w.write_all(b",\"max\":")?;
        number(w, max)?;
    }
    if let Some(q) = &m.qualifier {
        w.write_all(b",\"qualifier\":")?;
        string(w, q)?;
    }
    w.write_all(b"}")
}

fn date<W: Write>(w: &mut W, d: &DateMention<'_>) -> io::Result<()> {
    w.write_all(b"{\"text\":")?;
    string(w, &d.text)?;
    w.write_all(b",")?;
    span(w, &d.span)?;
    w.write_all(b",\"sentence\":")?;
    usize_(w, d.sentence)?;
    w.write_all(b",\"type\":")?;
    string(w, d.kind.as_str())?;
    w.write_all(b",\"value\":")?;
    string(w, &d.value)?;
    if let Some(m) = &d.modifier {
        w.write_all(b",\"mod\":")?;
        string(w, m)?;
    }
    if let Some(end) = &d.end_value {
        w.write_all(b",\"end_value\":")?;
        string(w, end)?;
    }
    w.write_all(b"}")
}

fn percentage<W: Write>(w: &mut W, p: &Percentage<'_>) -> io::Result<()> {
    w.write_all(b"{\"text\":")?;
    string(w, &p.text)?;
    w.write_all(b",")?;
    span(w, &p.span)?;
    w.write_all(b",\"sentence\":")?;
    usize_(w, p.sentence)?;
    w.write_all(b",\"value\":")?;
    number(w, p.value)?;
    if let Some(min) = p.min {
        w.write_all(b",\"min\":")?;
        number(w, min)?;
    }
    if let Some(max) = p.max {
        w.write_all(b",\"max\":")?;
        number(w, max)?;
    }
    if let Some(q) = &p.qualifier {
        w.write_all(b",\"qualifier\":")?;
        string(w, q)?;
    }
    if p.points {
        w.write_all(b",\"points\":true")?;
    }
    w.write_all(b"}")
}

fn quote<W: Write>(w: &mut W, q: &Quote<'_>) -> io::Result<()> {
    w.write_all(b"{\"text\":")?;
    string(w, &q.text)?;
    w.write_all(b",")?;
    span(w, &q.span)?;
    w.write_all(b",\"sentence\":")?;
    usize_(w, q.sentence)?;
    w.write_all(match q.kind {
        QuoteKind::Direct => b",\"kind\":\"direct\"",
        QuoteKind::Indirect => b",\"kind\":\"indirect\"",
    })?;
    w.write_all(b",\"cue\":")?;
    match &q.cue {
        None => w.write_all(b"null")?,
        Some(c) => {
            w.write_all(b"{\"text\":")?;
            string(w, &c.text)?;
            w.write_all(b",")?;
            span(w, &c.span)?;
            w.write_all(b"}")?;
        }
    }
    w.write_all(b",\"speaker\":")?;
    let Some(s) = &q.speaker else {
        return w.write_all(b"null}");
    };
    w.write_all(b"{\"text\":")?;
    string(w, &s.text)?;
    w.write_all(b",")?;
    span(w, &s.span)?;
    w.write_all(b",\"canonical\":")?;
    opt_string(w, s.canonical.as_deref())?;
    w.write_all(b",\"label\":")?;
    opt_string(w, s.label.map(Label::as_str))?;
    match s.gender {
        Some(Gender::Female) => w.write_all(b",\"gender\":\"female\"")?,
        Some(Gender::Male) => w.write_all(b",\"gender\":\"male\"")?,
        None => {}
    }
    w.write_all(b"}}")
}

fn event<W: Write>(w: &mut W, e: &Event<'_>) -> io::Result<()> {
    w.write_all(b"{\"type\":")?;
    string(w, e.kind.as_str())?;
    w.write_all(b",\"text\":")?;
    string(w, &e.text)?;
    w.write_all(b",")?;
    span(w, &e.span)?;
    w.write_all(b",\"sentence\":")?;
    usize_(w, e.sentence)?;
    w.write_all(b",\"args\":{")?;
    // Each argument present, comma-separated.
    let mut first = true;
    let mut key = |w: &mut W, name: &str| {
        w.write_all(if first { b"\"" } else { b",\"" })?;
        first = false;
        w.write_all(name.as_bytes())?;
        w.write_all(b"\":")
    };
    let a = &e.args;
    for (name, ent) in [
        ("company", &a.company),
        ("target", &a.target),
        ("buyer", &a.buyer),
        ("seller", &a.seller),
        ("person", &a.person),
    ] {
        if let Some(x) = ent {
            key(w, name)?;
            entity_ref(w, x)?;
        }
    }
    if let Some(t) = &a.title {
        key(w, "title")?;
        string(w, t)?;
    }
    if let Some(x) = &a.organization {
        key(w, "organization")?;
        entity_ref(w, x)?;
    }
    if !a.investors.is_empty() {
        key(w, "investors")?;
        list(w, &a.investors, entity_ref)?;
    }
    for (name, m) in [("amount", &a.amount), ("valuation", &a.valuation)] {
        if let Some(m) = m {
            key(w, name)?;
            money_ref(w, m)?;
        }
    }
    if let Some(r) = &a.round {
        key(w, "round")?;
        string(w, r)?;
    }
    if let Some(p) = &a.stake {
        key(w, "stake")?;
        percent_ref(w, p)?;
    }
    if let Some(s) = a.status {
        key(w, "status")?;
        string(
            w,
            match s {
                Status::Done => "done",
                Status::Announced => "announced",
                Status::Planned => "planned",
            },
        )?;
    }
    if let Some(m) = a.metric {
        key(w, "metric")?;
        string(
            w,
            match m {
                Metric::Revenue => "revenue",
                Metric::NetIncome => "net_income",
                Metric::OperatingIncome => "operating_income",
                Metric::Ebitda => "ebitda",
                Metric::Loss => "loss",
                Metric::Orders => "orders",
                Metric::Other => "other",
            },
        )?;
    }
    if let Some(p) = &a.change {
        key(w, "change")?;
        percent_ref(w, p)?;
    }
    for (name, d) in [("period", &a.period), ("date", &a.date)] {
        if let Some(d) = d {
            key(w, name)?;
            w.write_all(b"{\"text\":")?;
            string(w, &d.text)?;
            w.write_all(b",")?;
            span(w, &d.span)?;
            w.write_all(b",\"value\":")?;
            string(w, &d.value)?;
            w.write_all(b"}")?;
        }
    }
    w.write_all(b"}}")
}

fn entity_ref<W: Write>(w: &mut W, e: &EntityRef<'_>) -> io::Result<()> {
    w.write_all(b"{\"text\":")?;
    string(w, &e.text)?;
    w.write_all(b",")?;
    span(w, &e.span)?;
    w.write_all(b",\"canonical\":")?;
    string(w, &e.canonical)?;
    w.write_all(b",\"label\":")?;
    string(w, e.label.as_str())?;
    w.write_all(b"}")
}

fn money_ref<W: Write>(w: &mut W, m: &MoneyRef<'_>) -> io::Result<()> {
    w.write_all(b"{\"text\":")?;
    string(w, &m.text)?;
    w.write_all(b",")?;
    span(w, &m.span)?;
    w.write_all(b",\"amount\":")?;
    number(w, m.amount)?;
    w.write_all(b",\"currency\":")?;
    opt_string(w, m.currency.as_deref())?;
    w.write_all(b"}")
}

fn percent_ref<W: Write>(w: &mut W, p: &PercentRef<'_>) -> io::Result<()> {
    w.write_all(b"{\"text\":")?;
    string(w, &p.text)?;
    w.write_all(b",")?;
    span(w, &p.span)?;
    w.write_all(b",\"value\":")?;
    number(w, p.value)?;
    w.write_all(b"}")
}

fn summary<W: Write>(w: &mut W, s: &Summary) -> io::Result<()> {
    w.write_all(b"{\"entities\":")?;
    list(w, &s.entities, |w, e| {
        w.write_all(b"{\"canonical\":")?;
        string(w, &e.canonical)?;
        w.write_all(b",\"label\":")?;
        string(w, e.label.as_str())?;
        w.write_all(b",\"mentions\":")?;
        usize_(w, e.mentions)?;
        w.write_all(b",\"forms\":")?;
        list(w, &e.forms, |w, f| string(w, f))?;
        w.write_all(b"}")
    })?;
    w.write_all(b",\"money\":")?;
    list(w, &s.money, |w, m| {
        w.write_all(b"{\"currency\":")?;
        opt_string(w, m.currency.as_deref())?;
        w.write_all(b",\"count\":")?;
        usize_(w, m.count)?;
        w.write_all(b",\"total\":")?;
        number(w, m.total)?;
        w.write_all(b"}")
    })?;
    let d = &s.dates;
    w.write_all(b",\"dates\":{\"date\":")?;
    usize_(w, d.date)?;
    w.write_all(b",\"time\":")?;
    usize_(w, d.time)?;
    w.write_all(b",\"duration\":")?;
    usize_(w, d.duration)?;
    w.write_all(b",\"set\":")?;
    usize_(w, d.set)?;
    w.write_all(b"},\"percentages\":")?;
    usize_(w, s.percentages)?;
    w.write_all(b",\"quotes\":")?;
    serde_json::to_writer(&mut *w, &s.quotes)?;
    w.write_all(b",\"events\":")?;
    serde_json::to_writer(&mut *w, &s.events)?;
    w.write_all(b"}")
}

/// An amount as [`crate::model::number`] writes it.
fn number<W: Write>(w: &mut W, v: f64) -> io::Result<()> {
    crate::model::number(&v, &mut serde_json::Serializer::new(w))
        .map_err(io::Error::from)
}

fn usize_<W: Write>(w: &mut W, n: usize) -> io::Result<()> {
    uint(w, n as u64)
}

/// A whole number in decimal, two digits at a time.
fn uint<W: Write>(w: &mut W, n: u64) -> io::Result<()> {
    w.write_all(Digits::of(n).as_bytes())
}

/// The decimal digits of a number, written from the end of a buffer.
struct Digits {
    buf: [u8; 20],
    start: usize,
}

impl Digits {
    fn of(mut n: u64) -> Digits {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        while n >= 100 {
            let d = usize::from((n % 100) as u8) * 2;
            n /= 100;
            i -= 2;
            buf[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
        }
        if n >= 10 {
            let d = n as usize * 2;
            i -= 2;
            buf[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
        } else {
            i -= 1;
            buf[i] = b'0' + n as u8;
        }
        Digits { buf, start: i }
    }

    fn as_bytes(&self) -> &[u8] {
        &self.buf[self.start..]
    }
}

/// `00` to `99`.
const PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

fn opt_string<W: Write>(w: &mut W, s: Option<&str>) -> io::Result<()> {
    match s {
        Some(s) => string(w, s),
        None => w.write_all(b"null"),
    }
}

/// A JSON string, escaped as `serde_json` escapes it: `"` and `\\`, the
/// control characters below U+0020 (`\\n`, `\\t`, ... or `\\u00XX` in lower
/// case hexadecimal), nothing else. Runs of bytes that need no escape are
/// copied whole; sixteen bytes are tested at a time.
fn string<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    let bytes = s.as_bytes();
    let plain = |b: u8| (b >= 0x20) & (b != b'"') & (b != b'\\');
    // Most strings are short (names, labels, forms): quoted on the stack,
    // padded with a plain byte so that all of it is tested at once, and
    // written in one go.
    if bytes.len() <= SHORT {
        let mut buf = [b' '; SHORT + 2];
        buf[1..=bytes.len()].copy_from_slice(bytes);
        let words = buf.chunks_exact(8).take(bytes.len() / 8 + 1);
        if words.fold(0, |any, w| any | needs_escape(w)) == 0 {
            buf[0] = b'"';
            buf[bytes.len() + 1] = b'"';
            return w.write_all(&buf[..bytes.len() + 2]);
        }
    }
    w.write_all(b"\"")?;
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Sixteen bytes without a control character, a quote or a
        // backslash, tested with comparisons the compiler vectorises.
        if let Some(block) = bytes.get(i..i + 16)
            && block.iter().fold(true, |all, &b| all & plain(b))
        {
            i += 16;
            continue;
        }
        let b = bytes[i];
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..0x20 => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ],
            _ => {
                i += 1;
                continue;
            }
        };
        w.write_all(&bytes[start..i])?;
        w.write_all(escape)?;
        i += 1;
        start = i;
    }
    w.write_all(&bytes[start..])?;
    w.write_all(b"\"")
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The longest string [`string`] writes from the stack.
const SHORT: usize = 30;

/// Non-zero when one of the eight bytes of `w` is a control character, a
/// quote or a backslash (in the high bit of some byte: the tests on all
/// bytes at once cannot miss one, a borrow only spreads to bytes above).
#[inline(always)]
fn needs_escape(w: &[u8]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut b = [0u8; 8];
    b.copy_from_slice(w);
    let x = u64::from_le_bytes(b);
    let zero = |v: u64| v.wrapping_sub(ONES) & !v;
    (x.wrapping_sub(ONES * 0x20) & !x
        | zero(x ^ (ONES * u64::from(b'"')))
        | zero(x ^ (ONES * u64::from(b'\\'))))
        & HIGH
}

/// Writes the error line of a JSON Lines input line that could not be
/// analysed: `{"id": ..., "line": N, "error": "..."}` and a newline.
///
/// # Errors
///
/// Any error of the writer.
pub fn write_error_line<W: Write>(
    id: Option<&serde_json::Value>,
    line: usize,
    error: &str,
    mut w: W,
) -> io::Result<()> {
    let obj = serde_json::json!({
        "id": id,
        "line": line,
        "error": error,
    });
    serde_json::to_writer(&mut w, &obj)?;
    w.write_all(b"\n")
}

/// The JSON Schema (draft 2020-12) of the objects [`write()`] writes,
/// derived from the model types, so it cannot drift from them.
///
/// # Examples
///
/// ```
/// let schema = analyze::render::json::schema();
/// assert_eq!(schema["title"], "Analysis");
/// assert!(schema["required"].as_array().unwrap().contains(&"money".into()));
/// ```
pub fn schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Analysis);
    schema.to_value()
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::model::{
        Cue, DateOrigin, DateRef, DateType, EntitySummary, EventArgs,
        EventType, MoneySummary, Speaker,
    };

    /// The bytes `serde_json` writes from the model's `Serialize`.
    fn by_serde(a: &Analysis<'_>) -> Vec<u8> {
        let mut out = serde_json::to_vec(a).unwrap();
        out.push(b'\n');
        out
    }

    fn by_hand(a: &Analysis<'_>) -> Vec<u8> {
        let mut out = Vec::new();
        write(a, false, &mut out).unwrap();
        out
    }

    #[test]
    fn whole_numbers() {
        let mut cases: Vec<u64> = (0..1000).collect();
        for p in 1..20 {
            let t = 10u64.pow(p);
            cases.extend([t - 1, t, t + 1]);
            cases.extend(t.checked_mul(3).and_then(|x| x.checked_add(7)));
        }
        cases.push(u64::MAX);
        for n in cases {
            let mut got = Vec::new();
            uint(&mut got, n).unwrap();
            assert_eq!(String::from_utf8(got).unwrap(), n.to_string());
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut texts: Vec<String> = (0u8..0x80)
            .map(|b| {
                let c = char::from(b);
                format!("{c}x{c}{c}abcdefgh{c}ijklmnopq{c}")
            })
            .collect();
        for k in 0..40 {
            for c in ['"', '\\', '\n', '\u{1}', 'é'] {
                texts.push(format!("{}{c}{}", "a".repeat(k), "b".repeat(k)));
            }
        }
        texts.extend(
            [
                "",
                "\"",
                "\\",
                "l’État « cité » \u{a0}\u{202f}€ 東京 🚀 \u{7f}\u{80}\u{2028}",
                "a\"b\\c\nd\re\tf\u{8}g\u{c}h\u{1}i\u{1f}j\u{0}",
                "0123456\"89abcdef\\",
            ]
            .map(String::from),
        );
        for t in &texts {
            let mut got = Vec::new();
            string(&mut got, t).unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                serde_json::to_string(t).unwrap()
            );
        }
    }

    #[test]
    fn the_compact_form_is_serde_json_s() {
        let text =
            "Le 3 mai, M. Dupont a payé 6,5 milliards d'euros.\n\"Fin\"";
        let analyzer = crate::Analyzer::new();
        let mut analyses = Vec::new();
        for (id, reference) in [
            (None, None),
            (Some(serde_json::json!(7)), Some(DateOrigin::Input)),
            (Some(serde_json::json!({"k": ["a\n", 1.5, null]})), None),
            (Some(serde_json::json!("x\"y")), Some(DateOrigin::Option)),
        ] {
            let info = crate::DocInfo {
                source: "dir/a \"b\".txt",
                reference_date: reference
                    .map(|_| jiff::civil::date(2024, 5, 30)),
                reference_date_from: reference,
                id,
                encoding: Some("UTF-8"),
                replacements: usize::from(reference.is_some()),
            };
            analyses.push(analyzer.analyze_with(text, &info));
        }
        let article = include_str!("../../fixtures/xai-economist-fr.txt");
        analyses.push(analyzer.analyze(article));
        analyses.push(analyzer.analyze(""));
        // Every optional field, and numbers of every shape.
        let mut a = analyzer.analyze(text);
        let span = Span { start: 1, end: 2, byte_start: 3, byte_end: 4 };
        for (amount, min, max) in [
            (6e9, Some(5.0), Some(7.25)),
            (-1.5, None, Some(f64::NAN)),
            (1e300, Some(f64::INFINITY), None),
            (0.1 + 0.2, Some(-0.0), Some(9_007_199_254_740_993.0)),
        ] {
            a.money.push(Money {
                text: Cow::Borrowed("x"),
                span,
                sentence: 0,
                amount,
                currency: None,
                min,
                max,
                qualifier: Some("près de".into()),
            });
        }
        a.dates.push(DateMention {
            text: Cow::Owned("du 3 au 5".into()),
            span,
            sentence: 1,
            kind: DateType::Set,
            value: "XXXX-05-03".into(),
            modifier: Some("APPROX".into()),
            end_value: Some("XXXX-05-05".into()),
        });
        a.summary.entities.push(EntitySummary {
            canonical: "Dupont".into(),
            label: crate::model::Label::Per,
            mentions: 2,
            forms: vec!["M. Dupont".into(), "Dupont".into()],
        });
        a.summary.money.push(MoneySummary {
            currency: Some("EUR".into()),
            count: 1,
            total: 2.5,
        });
        for (min, max, qualifier, points) in [
            (None, None, None, false),
            (Some(3.0), Some(5.5), Some("entre".to_string()), true),
        ] {
            a.percentages.push(Percentage {
                text: Cow::Borrowed("3 et 5,5 %"),
                span,
                sentence: 0,
                value: 12.5,
                min,
                max,
                qualifier,
                points,
            });
        }
        let cue = Cue { text: Cow::Borrowed("a \"dit\""), span };
        for (cue, speaker) in [
            (None, None),
            (
                Some(cue),
                Some(Speaker {
                    text: Cow::Borrowed("il"),
                    span,
                    canonical: None,
                    label: None,
                    gender: Some(Gender::Male),
                }),
            ),
        ] {
            a.quotes.push(Quote {
                text: Cow::Borrowed("« x »\n"),
                span,
                sentence: 2,
                kind: QuoteKind::Indirect,
                cue,
                speaker,
            });
        }
        let ent = EntityRef {
            text: Cow::Borrowed("xAI"),
            span,
            canonical: "xAI \"Corp\"".into(),
            label: Label::Org,
        };
        let money = MoneyRef {
            text: Cow::Borrowed("6 Md $"),
            span,
            amount: 6e9,
            currency: None,
        };
        let pct =
            PercentRef { text: Cow::Borrowed("2,5 %"), span, value: 2.5 };
        let date = DateRef {
            text: Cow::Borrowed("mai"),
            span,
            value: "2024-05".into(),
        };
        for (kind, args) in [
            (EventType::Role, EventArgs::default()),
            (
                EventType::Acquisition,
                EventArgs {
                    company: Some(ent.clone()),
                    target: Some(ent.clone()),
                    buyer: Some(ent.clone()),
                    seller: Some(ent.clone()),
                    person: Some(ent.clone()),
                    title: Some("PDG".into()),
                    organization: Some(ent.clone()),
                    investors: vec![ent.clone(), ent.clone()],
                    amount: Some(money.clone()),
                    valuation: Some(MoneyRef {
                        amount: 0.5,
                        currency: Some("USD".into()),
                        ..money.clone()
                    }),
                    round: Some("série B".into()),
                    stake: Some(pct.clone()),
                    status: Some(Status::Announced),
                    metric: Some(Metric::NetIncome),
                    change: Some(pct.clone()),
                    period: Some(date.clone()),
                    date: Some(date.clone()),
                },
            ),
            (
                EventType::Result,
                EventArgs {
                    metric: Some(Metric::OperatingIncome),
                    period: Some(date.clone()),
                    ..EventArgs::default()
                },
            ),
        ] {
            a.events.push(Event {
                kind,
                text: Cow::Borrowed("rachète"),
                span,
                sentence: 1,
                args,
            });
        }
        a.source_encoding = None;
        analyses.push(a);
        for a in &analyses {
            assert_eq!(
                String::from_utf8(by_hand(a)).unwrap(),
                String::from_utf8(by_serde(a)).unwrap()
            );
        }
    }
}
