//! JSON output: one object per document, compact (one line, for JSON
//! Lines) or indented.
//!
//! The compact form, the one written for every document of a large run,
//! is written by hand: the same bytes as `serde_json` writes from the
//! model's `Serialize` (a test holds the two together). It is put
//! together in a buffer, handed to the writer every few kilobytes, so
//! that each piece of it is appended to memory rather than written
//! through the writer; the strings, which are most of the output (every
//! sentence's text), are tested for escapes sixteen bytes at a time and
//! copied whole when they need none. The indented form is `serde_json`'s.

use std::io::{self, Write};

use crate::model::{
    Analysis, DateMention, Entity, EntityRef, Event, Gender, Metric, Money,
    MoneyRef, PercentRef, Percentage, Quote, QuoteKind, Sentence, Span, Stats,
    Status, Summary,
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
        return w.write_all(b"\n");
    }
    let mut buf = BUFFER.take();
    buf.clear();
    buf.reserve(2 * CHUNK);
    let mut out = Out { buf, w };
    compact(analysis, &mut out)?;
    out.buf.extend_from_slice(b"\n");
    out.w.write_all(&out.buf)?;
    BUFFER.set(out.buf);
    Ok(())
}

thread_local! {
    /// The buffer of [`write`], kept from one document to the next: a new
    /// one of a few kilobytes for every document costs the allocator a
    /// sweep of its small free blocks each time.
    static BUFFER: std::cell::Cell<Vec<u8>> = const {
        std::cell::Cell::new(Vec::new())
    };
}

/// The compact form on its way to a writer: a buffer the pieces are
/// appended to, handed to the writer between items once it holds
/// [`CHUNK`] bytes, so that a document of any size takes a few kilobytes
/// of memory.
struct Out<W: Write> {
    buf: Vec<u8>,
    w: W,
}

/// The bytes [`Out`] gathers before it writes them.
const CHUNK: usize = 4096;

impl<W: Write> Out<W> {
    /// Writes the buffer out once it holds [`CHUNK`] bytes.
    #[inline]
    fn ready(&mut self) -> io::Result<()> {
        if self.buf.len() >= CHUNK {
            self.w.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }
}

/// Writes `a` as compact JSON, as `serde_json::to_writer` does.
fn compact<W: Write>(a: &Analysis<'_>, out: &mut Out<W>) -> io::Result<()> {
    let o = &mut out.buf;
    o.extend_from_slice(b"{\"schema\":");
    uint(o, u64::from(a.schema));
    if let Some(id) = &a.id {
        o.extend_from_slice(b",\"id\":");
        serde(o, id);
    }
    o.extend_from_slice(b",\"source\":");
    string(o, &a.source);
    opt_field(
        o,
        b",\"source_encoding\":",
        a.source_encoding.as_deref(),
        string,
    );
    if let Some(n) = a.source_replacements {
        o.extend_from_slice(b",\"source_replacements\":");
        uint(o, n as u64);
    }
    o.extend_from_slice(b",\"language\":");
    string(o, a.language);
    o.extend_from_slice(b",\"reference_date\":");
    opt_string(o, a.reference_date.as_deref());
    if let Some(from) = &a.reference_date_from {
        o.extend_from_slice(b",\"reference_date_from\":");
        serde(o, from);
    }
    o.extend_from_slice(b",\"stats\":");
    stats(o, &a.stats);
    o.extend_from_slice(b",\"sentences\":");
    list(out, &a.sentences, sentence)?;
    out.buf.extend_from_slice(b",\"entities\":");
    list(out, &a.entities, entity)?;
    out.buf.extend_from_slice(b",\"money\":");
    list(out, &a.money, money)?;
    out.buf.extend_from_slice(b",\"dates\":");
    list(out, &a.dates, date)?;
    out.buf.extend_from_slice(b",\"percentages\":");
    list(out, &a.percentages, percentage)?;
    out.buf.extend_from_slice(b",\"quotes\":");
    list(out, &a.quotes, quote)?;
    out.buf.extend_from_slice(b",\"events\":");
    list(out, &a.events, event)?;
    out.buf.extend_from_slice(b",\"summary\":");
    summary(out, &a.summary)?;
    out.buf.extend_from_slice(b"}");
    Ok(())
}

/// `[item,item,...]`, the buffer written out between items when full.
fn list<W: Write, T>(
    out: &mut Out<W>,
    items: &[T],
    item: fn(&mut Vec<u8>, &T),
) -> io::Result<()> {
    out.buf.push(b'[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.buf.push(b',');
        }
        item(&mut out.buf, x);
        out.ready()?;
    }
    out.buf.push(b']');
    Ok(())
}

/// `[item,item,...]`, for the short lists inside an item.
fn inner_list<T>(o: &mut Vec<u8>, items: &[T], item: fn(&mut Vec<u8>, &T)) {
    o.push(b'[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            o.push(b',');
        }
        item(o, x);
    }
    o.push(b']');
}

/// A value as `serde_json` writes it.
fn serde<T: serde::Serialize + ?Sized>(o: &mut Vec<u8>, v: &T) {
    serde_json::to_writer(o, v).expect("writing to a Vec cannot fail");
}

fn stats(o: &mut Vec<u8>, s: &Stats) {
    o.extend_from_slice(b"{\"characters\":");
    uint(o, s.characters as u64);
    o.extend_from_slice(b",\"words\":");
    uint(o, s.words as u64);
    o.extend_from_slice(b",\"sentences\":");
    uint(o, s.sentences as u64);
    o.push(b'}');
}

/// The fields of a span, flattened into the object around them: put
/// together on the stack, appended whole and cut to their length, as
/// every item has one.
/// Opens an object with the `text` of a mention and its span fields.
fn text_span(o: &mut Vec<u8>, text: &str, s: &Span) {
    o.extend_from_slice(b"{\"text\":");
    string(o, text);
    o.push(b',');
    span(o, s);
}

fn span(o: &mut Vec<u8>, s: &Span) {
    // The names (41 bytes), four numbers of at most 20 digits, and room
    // for the word the last one is stored in.
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
    append_cut(o, &buf, n);
}

/// Appends the first `n` bytes of `buf`: the whole array is copied, a
/// copy of known size, and the rest cut off.
#[inline(always)]
fn append_cut<const N: usize>(o: &mut Vec<u8>, buf: &[u8; N], n: usize) {
    let len = o.len();
    o.extend_from_slice(buf);
    o.truncate(len + n);
}

#[inline(always)]
fn put<const N: usize>(buf: &mut [u8; 128], n: &mut usize, bytes: &[u8; N]) {
    buf[*n..*n + N].copy_from_slice(bytes);
    *n += N;
}

/// The decimal digits of `v` at `buf[*n..]`, which has room for eight
/// bytes more than the digits: below 10^8 (every offset of a document
/// under 100 MB), all eight digits are made at once and stored in one
/// word, the leading zeros shifted out; above, two at a time.
#[inline(always)]
fn put_uint<const N: usize>(buf: &mut [u8; N], n: &mut usize, mut v: u64) {
    if v < 100_000_000 {
        let digits = eight_digits(v);
        let zeros = (digits.trailing_zeros() / 8).min(7);
        let ascii = (digits | 0x3030_3030_3030_3030) >> (8 * zeros);
        buf[*n..*n + 8].copy_from_slice(&ascii.to_le_bytes());
        *n += 8 - zeros as usize;
        return;
    }
    let len = v.ilog10() as usize + 1;
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

/// The eight decimal digits of `v`, below 10^8, as the bytes of a word
/// in memory order (the most significant first): the halves of four
/// digits, their pairs and then their digits split in all lanes at once,
/// by multiplications that divide by 100 and by 10 exactly in that range.
#[inline(always)]
fn eight_digits(v: u64) -> u64 {
    let halves = (v / 10_000) | ((v % 10_000) << 32);
    let high_pairs = ((halves * 10_486) >> 20) & ((0x7f << 32) | 0x7f);
    let pairs = ((halves - 100 * high_pairs) << 16) | high_pairs;
    let tens = ((pairs * 103) >> 10) & 0x000f_000f_000f_000f;
    tens | ((pairs - 10 * tens) << 8)
}

/// A whole number in decimal.
#[inline]
fn uint(o: &mut Vec<u8>, v: u64) {
    let mut buf = [0u8; 24];
    let mut n = 0;
    put_uint(&mut buf, &mut n, v);
    append_cut(o, &buf, n);
}

/// `00` to `99`.
const PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

fn sentence(o: &mut Vec<u8>, s: &Sentence<'_>) {
    o.push(b'{');
    span(o, &s.span);
    o.extend_from_slice(b",\"text\":");
    string(o, &s.text);
    o.push(b'}');
}

fn entity(o: &mut Vec<u8>, e: &Entity<'_>) {
    o.extend_from_slice(b"{\"text\":");
    string(o, &e.text);
    o.extend_from_slice(b",\"label\":");
    name(o, e.label.as_str());
    o.push(b',');
    span(o, &e.span);
    o.extend_from_slice(b",\"sentence\":");
    uint(o, e.sentence as u64);
    o.extend_from_slice(b",\"canonical\":");
    string(o, &e.canonical);
    o.push(b'}');
}

fn money(o: &mut Vec<u8>, m: &Money<'_>) {
    text_span(o, &m.text, &m.span);
    o.extend_from_slice(b",\"sentence\":");
    uint(o, m.sentence as u64);
    o.extend_from_slice(b",\"amount\":");
    number(o, m.amount);
    o.extend_from_slice(b",\"currency\":");
    opt_string(o, m.currency.as_deref());
    opt_field(o, b",\"min\":", m.min, number);
    opt_field(o, b",\"max\":", m.max, number);
    opt_field(o, b",\"qualifier\":", m.qualifier.as_deref(), string);
    o.push(b'}');
}

fn date(o: &mut Vec<u8>, d: &DateMention<'_>) {
    text_span(o, &d.text, &d.span);
    o.extend_from_slice(b",\"sentence\":");
    uint(o, d.sentence as u64);
    o.extend_from_slice(b",\"type\":");
    name(o, d.kind.as_str());
    o.extend_from_slice(b",\"value\":");
    string(o, &d.value);
    opt_field(o, b",\"mod\":", d.modifier.as_deref(), string);
    opt_field(o, b",\"end_value\":", d.end_value.as_deref(), string);
    o.push(b'}');
}

fn percentage(o: &mut Vec<u8>, p: &Percentage<'_>) {
    text_span(o, &p.text, &p.span);
    o.extend_from_slice(b",\"sentence\":");
    uint(o, p.sentence as u64);
    o.extend_from_slice(b",\"value\":");
    number(o, p.value);
    opt_field(o, b",\"min\":", p.min, number);
    opt_field(o, b",\"max\":", p.max, number);
    opt_field(o, b",\"qualifier\":", p.qualifier.as_deref(), string);
    if p.points {
        o.extend_from_slice(b",\"points\":true");
    }
    o.push(b'}');
}

fn quote(o: &mut Vec<u8>, q: &Quote<'_>) {
    text_span(o, &q.text, &q.span);
    o.extend_from_slice(b",\"sentence\":");
    uint(o, q.sentence as u64);
    o.extend_from_slice(match q.kind {
        QuoteKind::Direct => b",\"kind\":\"direct\",\"cue\":",
        QuoteKind::Indirect => b",\"kind\":\"indirect\",\"cue\":",
    });
    match &q.cue {
        None => o.extend_from_slice(b"null"),
        Some(c) => {
            text_span(o, &c.text, &c.span);
            o.push(b'}');
        }
    }
    o.extend_from_slice(b",\"speaker\":");
    let Some(s) = &q.speaker else {
        o.extend_from_slice(b"null}");
        return;
    };
    text_span(o, &s.text, &s.span);
    o.extend_from_slice(b",\"canonical\":");
    opt_string(o, s.canonical.as_deref());
    o.extend_from_slice(b",\"label\":");
    match s.label {
        Some(l) => name(o, l.as_str()),
        None => o.extend_from_slice(b"null"),
    }
    match s.gender {
        Some(Gender::Female) => o.extend_from_slice(b",\"gender\":\"female\""),
        Some(Gender::Male) => o.extend_from_slice(b",\"gender\":\"male\""),
        None => {}
    }
    o.extend_from_slice(b"}}");
}

fn event(o: &mut Vec<u8>, e: &Event<'_>) {
    o.extend_from_slice(b"{\"type\":");
    name(o, e.kind.as_str());
    o.extend_from_slice(b",\"text\":");
    string(o, &e.text);
    o.push(b',');
    span(o, &e.span);
    o.extend_from_slice(b",\"sentence\":");
    uint(o, e.sentence as u64);
    o.extend_from_slice(b",\"args\":{");
    // Each argument present, comma-separated.
    let mut first = true;
    let mut key = |o: &mut Vec<u8>, name: &str| {
        o.extend_from_slice(if first { b"\"" } else { b",\"" });
        first = false;
        o.extend_from_slice(name.as_bytes());
        o.extend_from_slice(b"\":");
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
            key(o, name);
            entity_ref(o, x);
        }
    }
    if let Some(t) = &a.title {
        key(o, "title");
        string(o, t);
    }
    if let Some(x) = &a.organization {
        key(o, "organization");
        entity_ref(o, x);
    }
    if !a.investors.is_empty() {
        key(o, "investors");
        inner_list(o, &a.investors, entity_ref);
    }
    for (name, m) in [("amount", &a.amount), ("valuation", &a.valuation)] {
        if let Some(m) = m {
            key(o, name);
            money_ref(o, m);
        }
    }
    if let Some(r) = &a.round {
        key(o, "round");
        string(o, r);
    }
    if let Some(p) = &a.stake {
        key(o, "stake");
        percent_ref(o, p);
    }
    if let Some(s) = a.status {
        key(o, "status");
        name(
            o,
            match s {
                Status::Done => "done",
                Status::Announced => "announced",
                Status::Planned => "planned",
            },
        );
    }
    if let Some(m) = a.metric {
        key(o, "metric");
        name(
            o,
            match m {
                Metric::Revenue => "revenue",
                Metric::NetIncome => "net_income",
                Metric::OperatingIncome => "operating_income",
                Metric::Ebitda => "ebitda",
                Metric::Loss => "loss",
                Metric::Orders => "orders",
                Metric::Other => "other",
            },
        );
    }
    if let Some(p) = &a.change {
        key(o, "change");
        percent_ref(o, p);
    }
    for (name, d) in [("period", &a.period), ("date", &a.date)] {
        if let Some(d) = d {
            key(o, name);
            text_span(o, &d.text, &d.span);
            o.extend_from_slice(b",\"value\":");
            string(o, &d.value);
            o.push(b'}');
        }
    }
    o.extend_from_slice(b"}}");
}

fn entity_ref(o: &mut Vec<u8>, e: &EntityRef<'_>) {
    text_span(o, &e.text, &e.span);
    o.extend_from_slice(b",\"canonical\":");
    string(o, &e.canonical);
    o.extend_from_slice(b",\"label\":");
    name(o, e.label.as_str());
    o.push(b'}');
}

fn money_ref(o: &mut Vec<u8>, m: &MoneyRef<'_>) {
    text_span(o, &m.text, &m.span);
    o.extend_from_slice(b",\"amount\":");
    number(o, m.amount);
    o.extend_from_slice(b",\"currency\":");
    opt_string(o, m.currency.as_deref());
    o.push(b'}');
}

fn percent_ref(o: &mut Vec<u8>, p: &PercentRef<'_>) {
    text_span(o, &p.text, &p.span);
    o.extend_from_slice(b",\"value\":");
    number(o, p.value);
    o.push(b'}');
}

fn summary<W: Write>(out: &mut Out<W>, s: &Summary) -> io::Result<()> {
    out.buf.extend_from_slice(b"{\"entities\":");
    list(out, &s.entities, |o, e| {
        o.extend_from_slice(b"{\"canonical\":");
        string(o, &e.canonical);
        o.extend_from_slice(b",\"label\":");
        name(o, e.label.as_str());
        o.extend_from_slice(b",\"mentions\":");
        uint(o, e.mentions as u64);
        o.extend_from_slice(b",\"forms\":");
        inner_list(o, &e.forms, |o, f| string(o, f));
        o.push(b'}');
    })?;
    out.buf.extend_from_slice(b",\"money\":");
    list(out, &s.money, |o, m| {
        o.extend_from_slice(b"{\"currency\":");
        opt_string(o, m.currency.as_deref());
        o.extend_from_slice(b",\"count\":");
        uint(o, m.count as u64);
        o.extend_from_slice(b",\"total\":");
        number(o, m.total);
        o.push(b'}');
    })?;
    let o = &mut out.buf;
    let d = &s.dates;
    o.extend_from_slice(b",\"dates\":{\"date\":");
    uint(o, d.date as u64);
    o.extend_from_slice(b",\"time\":");
    uint(o, d.time as u64);
    o.extend_from_slice(b",\"duration\":");
    uint(o, d.duration as u64);
    o.extend_from_slice(b",\"set\":");
    uint(o, d.set as u64);
    o.extend_from_slice(b"},\"percentages\":");
    uint(o, s.percentages as u64);
    o.extend_from_slice(b",\"quotes\":");
    serde(o, &s.quotes);
    o.extend_from_slice(b",\"events\":");
    serde(o, &s.events);
    o.push(b'}');
    Ok(())
}

/// An amount as [`crate::model::number`] writes it.
fn number(o: &mut Vec<u8>, v: f64) {
    crate::model::number(&v, &mut serde_json::Serializer::new(o))
        .expect("writing to a Vec cannot fail");
}

/// `key` (`,"min":`) and the value, when there is one; nothing otherwise.
fn opt_field<T>(
    o: &mut Vec<u8>,
    key: &[u8],
    v: Option<T>,
    write: fn(&mut Vec<u8>, T),
) {
    if let Some(v) = v {
        o.extend_from_slice(key);
        write(o, v);
    }
}

fn opt_string(o: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(o, s),
        None => o.extend_from_slice(b"null"),
    }
}

/// A short string that needs no escape (a label, a type name), quoted.
#[inline]
fn name(o: &mut Vec<u8>, s: &str) {
    debug_assert!(s.len() <= SHORT && !any_escape(s.as_bytes()));
    short_string(o, s.as_bytes());
}

/// A JSON string, escaped as `serde_json` escapes it: `"` and `\\`, the
/// control characters below U+0020 (`\\n`, `\\t`, ... or `\\u00XX` in lower
/// case hexadecimal), nothing else. A string without any of them, as
/// most are, is copied whole; otherwise the runs between escapes are.
fn string(o: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if !any_escape(bytes) {
        if bytes.len() <= SHORT {
            return short_string(o, bytes);
        }
        o.reserve(bytes.len() + 2);
        o.push(b'"');
        o.extend_from_slice(bytes);
        o.push(b'"');
        return;
    }
    o.push(b'"');
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
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
            _ => continue,
        };
        o.extend_from_slice(&bytes[start..i]);
        o.extend_from_slice(escape);
        start = i + 1;
    }
    o.extend_from_slice(&bytes[start..]);
    o.push(b'"');
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The longest string [`short_string`] writes.
const SHORT: usize = 32;

/// A string of at most [`SHORT`] bytes that needs no escape, quoted: put
/// together on the stack from two overlapping copies of a fixed size,
/// appended whole and cut to its length.
#[inline]
fn short_string(o: &mut Vec<u8>, bytes: &[u8]) {
    let n = bytes.len();
    let mut buf = [b'"'; SHORT + 2];
    match n {
        16.. => {
            buf[1..17].copy_from_slice(&bytes[..16]);
            buf[n - 15..=n].copy_from_slice(&bytes[n - 16..]);
        }
        8.. => {
            buf[1..9].copy_from_slice(&bytes[..8]);
            buf[n - 7..=n].copy_from_slice(&bytes[n - 8..]);
        }
        4.. => {
            buf[1..5].copy_from_slice(&bytes[..4]);
            buf[n - 3..=n].copy_from_slice(&bytes[n - 4..]);
        }
        _ => buf[1..=n].copy_from_slice(bytes),
    }
    buf[n + 1] = b'"';
    append_cut(o, &buf, n + 2);
}

/// Whether some byte of `bytes` is a control character, a quote or a
/// backslash: sixteen bytes at a time, with comparisons the compiler
/// vectorises, the last sixteen overlapping the ones before; a shorter
/// string in two overlapping words of eight or four bytes.
#[inline]
fn any_escape(bytes: &[u8]) -> bool {
    let special = |b: u8| (b < 0x20) | (b == b'"') | (b == b'\\');
    let n = bytes.len();
    if n >= 16 {
        let block =
            |b: &[u8]| b.iter().fold(false, |any, &x| any | special(x));
        let mut blocks = bytes.chunks_exact(16);
        return blocks.any(block) || block(&bytes[n - 16..]);
    }
    let word8 = |i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bytes[i..i + 8]);
        u64::from_le_bytes(w)
    };
    let word4 = |i: usize| {
        let mut w = [0u8; 4];
        w.copy_from_slice(&bytes[i..i + 4]);
        u64::from(u32::from_le_bytes(w))
    };
    let found = match n {
        8.. => needs_escape(word8(0)) | needs_escape(word8(n - 8)),
        4.. => needs_escape(word4(0) | word4(n - 4) << 32),
        _ => return bytes.iter().any(|&b| special(b)),
    };
    found != 0
}

/// Non-zero when one of the eight bytes of `x` is a control character, a
/// quote or a backslash (in the high bit of some byte: the tests on all
/// bytes at once cannot miss one, a borrow only spreads to bytes above).
#[inline(always)]
fn needs_escape(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
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
        EventType, Label, MoneySummary, Speaker,
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
            uint(&mut got, n);
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
            string(&mut got, t);
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
