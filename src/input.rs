//! Input: files, standard input, byte decoding, JSON Lines documents and
//! the run-time tables and dates given on the command line.
//!
//! Turns bytes into text and refuses what is not text. A byte order mark
//! decides first (UTF-8, UTF-16LE, UTF-16BE); then valid UTF-8 is taken as
//! is; then bytes that are not UTF-8 are read as a legacy French encoding,
//! Windows-1252 (the superset of ISO-8859-1) or ISO-8859-15, told apart by
//! the bytes only one of them uses. Offsets in the output always refer to
//! the decoded text. Nothing here analyses text, and every limit on input
//! size is enforced while reading, so no input can exhaust memory.

use std::io::{BufRead, Read};
use std::path::Path;

use encoding_rs::{Encoding, ISO_8859_15, UTF_8, WINDOWS_1252};

use crate::error::{Error, ErrorKind};
use crate::extract::entities::GazetteerEntry;
use crate::model::Label;

/// The largest input read by default, in bytes: 64 MiB.
///
/// A news article is a few tens of kilobytes, so this only stops inputs
/// that are not articles (a dump, a log, a disk image) before they cost
/// gigabytes: a run peaks at five to ten times the size of its largest
/// input (the text, its sentences, the rendered JSON; 60 MiB of articles
/// peaked at 288 MB, 100 MB of four-word sentences at 1 GB), so the
/// default keeps a run under 700 MB where a 1 GB input would need 5 GB
/// or more.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// Text decoded from bytes, with the name of the encoding it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without byte order mark.
    pub text: String,
    /// The encoding's name (`UTF-8`, `UTF-16LE`, `windows-1252`, ...).
    pub encoding: &'static str,
    /// How many malformed byte sequences were replaced by U+FFFD (a
    /// U+FFFD written in the input is not counted).
    pub replacements: usize,
}

/// Looks up an encoding by one of its WHATWG labels (`latin1`, `utf-16le`,
/// `windows-1252`, `iso-8859-15`, ...).
///
/// # Errors
///
/// [`ErrorKind::UnknownEncoding`] when the label names no encoding.
pub fn encoding_for_label(name: &str) -> Result<&'static Encoding, Error> {
    Encoding::for_label(name.trim().as_bytes()).ok_or_else(|| {
        Error::new(ErrorKind::UnknownEncoding { name: name.to_string() })
    })
}

/// Parses a size in bytes: a whole number, optionally followed by `K`,
/// `M` or `G` (powers of 1024, with or without `iB`).
///
/// # Errors
///
/// [`ErrorKind::InvalidSize`] for anything else, or a size that does not
/// fit in 64 bits.
///
/// # Examples
///
/// ```
/// use analyze::input::parse_size;
/// assert_eq!(parse_size("1000").unwrap(), 1000);
/// assert_eq!(parse_size("64M").unwrap(), 64 << 20);
/// assert_eq!(parse_size("2GiB").unwrap(), 2 << 30);
/// assert!(parse_size("lots").is_err());
/// ```
pub fn parse_size(s: &str) -> Result<u64, Error> {
    let invalid =
        || Error::new(ErrorKind::InvalidSize { given: s.to_string() });
    let t = s.trim();
    let digits =
        t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (num, unit) = t.split_at(digits);
    let n: u64 = num.parse().map_err(|_| invalid())?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(invalid()),
    };
    n.checked_mul(1 << shift).ok_or_else(invalid)
}

/// Decodes the bytes of one document.
///
/// A byte order mark decides (UTF-8, UTF-16LE, UTF-16BE) and is removed;
/// else valid UTF-8 is taken as is; else the bytes are a legacy encoding
/// (see [`detect_legacy`]), unless they are mostly well-formed UTF-8 with a
/// few bad bytes (a truncated or patched file), which are then replaced by
/// U+FFFD. `forced` overrides the detection (a BOM is still removed).
///
/// # Errors
///
/// [`ErrorKind::NotText`] when the bytes are not text: a NUL character,
/// mostly control characters or replacement characters, or mostly bytes
/// above 0x7F when read as a legacy encoding.
///
/// # Examples
///
/// ```
/// let d = analyze::input::decode(b"\xEF\xBB\xBFl'\xC3\xA9t\xC3\xA9", None).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("l'été", "UTF-8"));
/// let d = analyze::input::decode(b"l'\xE9t\xE9", None).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("l'été", "windows-1252"));
/// let d = analyze::input::decode(b"c\xBDur \xE0 5 \xA4", None).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("cœur à 5 €", "ISO-8859-15"));
/// ```
pub fn decode(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<Decoded, Error> {
    decode_vec(bytes.to_vec(), forced)
}

/// [`decode`] taking the bytes by value, so that valid UTF-8 (the common
/// case) becomes the text without a copy.
///
/// # Errors
///
/// As [`decode`].
pub fn decode_vec(
    mut bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
) -> Result<Decoded, Error> {
    let bom = Encoding::for_bom(&bytes);
    let (text, encoding, replacements) = match (forced, bom) {
        (Some(enc), _) => {
            let (text, used, errors) = enc.decode(&bytes);
            let n = if errors { replaced(&bytes, &text, used) } else { 0 };
            (text.into_owned(), used, n)
        }
        (None, Some((enc, len))) if enc == UTF_8 => {
            bytes.drain(..len);
            match String::from_utf8(bytes) {
                Ok(text) => (text, UTF_8, 0),
                Err(e) => lossy(e.as_bytes()),
            }
        }
        (None, Some((enc, len))) => {
            let slice = bytes.get(len..).unwrap_or_default();
            let (text, errors) = enc.decode_without_bom_handling(slice);
            let n = if errors { replaced(slice, &text, enc) } else { 0 };
            (text.into_owned(), enc, n)
        }
        (None, None) => utf8_or_legacy(bytes)?,
    };
    if !looks_like_text(&text) {
        return Err(Error::new(ErrorKind::NotText));
    }
    Ok(Decoded { text, encoding: encoding.name(), replacements })
}

/// UTF-8 with malformed sequences, each replaced by U+FFFD, and their
/// count.
fn lossy(bytes: &[u8]) -> (String, &'static Encoding, usize) {
    let bad = bytes.utf8_chunks().filter(|c| !c.invalid().is_empty()).count();
    (String::from_utf8_lossy(bytes).into_owned(), UTF_8, bad)
}

/// How many U+FFFD in `text`, decoded from `bytes` in `enc` with errors,
/// stand for malformed input rather than a U+FFFD the input wrote.
fn replaced(bytes: &[u8], text: &str, enc: &'static Encoding) -> usize {
    let out = text.matches('\u{FFFD}').count();
    let written = if enc == UTF_8 {
        bytes
            .utf8_chunks()
            .map(|c| c.valid().matches('\u{FFFD}').count())
            .sum()
    } else {
        // UTF-16 writes U+FFFD as FD FF or FF FD; single-byte encodings
        // have none.
        let (le, be) =
            (enc == encoding_rs::UTF_16LE, enc == encoding_rs::UTF_16BE);
        bytes
            .chunks_exact(2)
            .filter(|p| {
                (le && *p == [0xFD, 0xFF]) || (be && *p == [0xFF, 0xFD])
            })
            .count()
    };
    out.saturating_sub(written)
}

/// Valid UTF-8, mostly valid UTF-8, or a legacy encoding.
fn utf8_or_legacy(
    bytes: Vec<u8>,
) -> Result<(String, &'static Encoding, usize), Error> {
    // Checked with vector instructions, many bytes at a time (the
    // standard check reads French text, one byte in twenty or so above
    // ASCII, at about four instructions a byte).
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: `simdutf8` has just validated every byte as UTF-8.
        let text = unsafe { String::from_utf8_unchecked(bytes) };
        return Ok((text, UTF_8, 0));
    }
    // Legacy French text has accented letters as single high bytes, which
    // are never valid UTF-8 sequences; text that holds more valid
    // multi-byte sequences than bad bytes is UTF-8 with damage.
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        bad += chunk.invalid().len();
    }
    if good > bad {
        return Ok(lossy(&bytes));
    }
    // Binary data read as a single-byte encoding gives plausible-looking
    // letters, so count bytes instead: French text has a few percent of
    // bytes above 0x7F, binary data about half. Below 64 bytes the share
    // says nothing (`l'été` is 40 % accents).
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    if bytes.len() >= 64 && high * 10 > bytes.len() * 3 {
        return Err(Error::new(ErrorKind::NotText));
    }
    let enc = detect_legacy(&bytes);
    let (text, errors) = enc.decode_without_bom_handling(&bytes);
    let n = if errors { replaced(&bytes, &text, enc) } else { 0 };
    Ok((text.into_owned(), enc, n))
}

/// Chooses between Windows-1252 and ISO-8859-15 for bytes that are not
/// UTF-8.
///
/// The two differ in 0x80–0x9F, where ISO-8859-15 has only C1 control
/// codes that no text uses and Windows-1252 has `€ ’ “ ” … – — œ Œ`; and in
/// eight bytes of 0xA0–0xBF, where ISO-8859-15 has `€ Š š Ž ž Œ œ Ÿ` and
/// Windows-1252 (like ISO-8859-1) has `¤ ¦ ¨ ´ ¸ ¼ ½ ¾`. So any byte in
/// 0x80–0x9F means Windows-1252. Otherwise `€` written 0xA4 (the currency
/// sign `¤` is not used in French text) or `œ`/`Œ` written 0xBD/0xBC next
/// to a letter (`c\xBDur`, where `½` would stand by digits) means
/// ISO-8859-15; anything else is Windows-1252, which reads ISO-8859-1 text
/// correctly. The WHATWG Encoding Standard decodes ISO-8859-1 as
/// Windows-1252 for the same reason, and names the result so.
pub fn detect_legacy(bytes: &[u8]) -> &'static Encoding {
    if bytes.iter().any(|b| (0x80..=0x9F).contains(b)) {
        return WINDOWS_1252;
    }
    let letter = |b: Option<&u8>| {
        b.is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0xC0)
    };
    let iso = bytes.iter().enumerate().any(|(i, &b)| match b {
        0xA4 => true,
        0xBC | 0xBD => {
            letter(i.checked_sub(1).and_then(|p| bytes.get(p)))
                || letter(bytes.get(i + 1))
        }
        _ => false,
    });
    if iso { ISO_8859_15 } else { WINDOWS_1252 }
}

/// Text holds no NUL, and at most one character in ten is a control
/// character or U+FFFD (what undecodable bytes and lone UTF-16 surrogates
/// become).
///
/// Read by bytes, sixteen at a time: the control characters are single
/// bytes below 0x20 and 0x7F, or C2 80 to C2 9F (U+0080 to U+009F);
/// U+FFFD is EF BF BD; every byte but a continuation byte starts a
/// character.
fn looks_like_text(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut odd = 0usize;
    let mut total = 0usize;
    let mut i = 0;
    // Blocks of sixteen bytes, with the two after them for the sequences
    // of U+0080 to U+009F and U+FFFD: each byte is classed on its own, by
    // comparisons the compiler vectorises.
    while let Some(w) = bytes.get(i..i + 18) {
        let lanes = |from: usize| -> Option<[u8; 16]> {
            w.get(from..from + 16)?.try_into().ok()
        };
        let (Some(b), Some(n1), Some(n2)) = (lanes(0), lanes(1), lanes(2))
        else {
            break;
        };
        let mut printable = true;
        for &x in &b {
            printable &= x.wrapping_sub(0x20) < 0x5f;
        }
        i += 16;
        if printable {
            total += 16;
            continue;
        }
        let (mut nul, mut odd_lanes, mut chars) = (false, 0u8, 0u8);
        for k in 0..16 {
            let x = b[k];
            nul |= x == 0;
            let control = ((x < 0x20)
                & (x != b'\n')
                & (x != b'\r')
                & (x != b'\t')
                & (x != 0x0c))
                | (x == 0x7f);
            let c1 = (x == 0xc2) & (n1[k].wrapping_sub(0x80) < 0x20);
            let fffd = (x == 0xef) & (n1[k] == 0xbf) & (n2[k] == 0xbd);
            odd_lanes += u8::from(control | c1 | fffd);
            chars += u8::from(x & 0xc0 != 0x80);
        }
        if nul {
            return false;
        }
        odd += usize::from(odd_lanes);
        total += usize::from(chars);
    }
    // The last bytes, one at a time.
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match b {
            0 => return false,
            b'\n' | b'\r' | b'\t' | 0x0c => {}
            0x01..=0x1f | 0x7f => odd += 1,
            0xC2 if matches!(bytes.get(i), Some(0x80..=0x9f)) => odd += 1,
            0xEF if bytes.get(i..i + 2) == Some(&[0xbf, 0xbd]) => odd += 1,
            _ => {}
        }
        if b & 0xc0 != 0x80 {
            total += 1;
        }
    }
    odd * 10 <= total
}

/// Reads and decodes one input: a file path, or `-` for standard input.
///
/// # Errors
///
/// An I/O error, [`ErrorKind::IsDirectory`], [`ErrorKind::TooLarge`] when
/// the input has more than `max_bytes` bytes, or a decoding error from
/// [`decode`].
pub fn read_input(
    path: &str,
    forced: Option<&'static Encoding>,
    max_bytes: Option<u64>,
) -> Result<Decoded, Error> {
    let bytes = read_bytes(path, max_bytes)?;
    decode_vec(bytes, forced)
}

/// Reads the raw bytes of one input, refusing directories and inputs over
/// `max_bytes`.
///
/// Standard input and files whose size is not known in advance (pipes,
/// devices) are read at most `max_bytes + 1` bytes far, so an endless
/// input is refused rather than read into memory.
///
/// # Errors
///
/// As [`read_input`], without the decoding errors.
pub fn read_bytes(
    path: &str,
    max_bytes: Option<u64>,
) -> Result<Vec<u8>, Error> {
    let limit = max_bytes.unwrap_or(u64::MAX);
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .lock()
            .take(limit.saturating_add(1))
            .read_to_end(&mut bytes)?;
    } else {
        let p = Path::new(path);
        if p.is_dir() {
            return Err(Error::new(ErrorKind::IsDirectory));
        }
        let file = std::fs::File::open(p)?;
        if let Ok(meta) = file.metadata() {
            if meta.is_dir() {
                return Err(Error::new(ErrorKind::IsDirectory));
            }
            if meta.len() > limit {
                return Err(Error::new(ErrorKind::TooLarge { limit }));
            }
            bytes.reserve(usize::try_from(meta.len()).unwrap_or(0));
        }
        file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    }
    if bytes.len() as u64 > limit {
        return Err(Error::new(ErrorKind::TooLarge { limit }));
    }
    Ok(bytes)
}

/// Parses a calendar date written `YYYY-MM-DD`.
///
/// # Errors
///
/// [`ErrorKind::InvalidDate`] for any other shape or an impossible date.
///
/// # Examples
///
/// ```
/// let d = analyze::input::parse_date("2024-05-30").unwrap();
/// assert_eq!(d.to_string(), "2024-05-30");
/// assert!(analyze::input::parse_date("2024-02-30").is_err());
/// assert!(analyze::input::parse_date("30/05/2024").is_err());
/// ```
pub fn parse_date(s: &str) -> Result<jiff::civil::Date, Error> {
    let invalid =
        || Error::new(ErrorKind::InvalidDate { given: s.to_string() });
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(invalid());
    }
    let num = |r: std::ops::Range<usize>| -> i16 { s[r].parse().unwrap_or(0) };
    jiff::civil::Date::new(num(0..4), num(5..7) as i8, num(8..10) as i8)
        .map_err(|_| invalid())
}

/// One document of a JSON Lines stream.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonDocument {
    /// The `id`, any JSON value, copied to the output.
    pub id: Option<serde_json::Value>,
    /// The text to analyse.
    pub text: String,
    /// The line's own reference date, if it has one.
    pub reference_date: Option<jiff::civil::Date>,
}

/// Parses one line of a JSON Lines stream: an object with a string `text`,
/// and optionally `id` and `reference_date` (`YYYY-MM-DD` or `null`).
///
/// On error the `id` is still returned when the line is an object that has
/// one, so the error line can carry it.
///
/// # Errors
///
/// [`ErrorKind::JsonLine`] when the line is not a JSON object, has no string
/// `text`, or has an invalid `reference_date`.
pub fn parse_json_line(
    line: &str,
) -> Result<JsonDocument, (Option<serde_json::Value>, Error)> {
    let fail = |id, reason: String| {
        Err((id, Error::new(ErrorKind::JsonLine { reason })))
    };
    let value: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return fail(None, format!("not JSON: {e}")),
    };
    let serde_json::Value::Object(mut obj) = value else {
        return fail(None, "not a JSON object".to_string());
    };
    let id = obj.remove("id").filter(|v| !v.is_null());
    let text = match obj.remove("text") {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return fail(id, "\"text\" is not a string".to_string()),
        None => return fail(id, "no \"text\" field".to_string()),
    };
    let reference_date = match obj.remove("reference_date") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => match parse_date(&s) {
            Ok(d) => Some(d),
            Err(e) => return fail(id, format!("\"reference_date\": {e}")),
        },
        Some(_) => {
            return fail(id, "\"reference_date\" is not a string".to_string());
        }
    };
    Ok(JsonDocument { id, text, reference_date })
}

/// One line of a JSON Lines stream, numbered from 1: a document, or the
/// reason the line could not be used (with its `id` when it has one).
#[derive(Debug)]
pub struct JsonLine {
    /// 1-based line number in the stream.
    pub number: usize,
    /// The document, or the line's `id` and what is wrong with it.
    pub doc: Result<JsonDocument, (Option<serde_json::Value>, Error)>,
}

/// Reads a JSON Lines stream one line at a time, in bounded memory.
///
/// Yields one [`JsonLine`] per line that is not blank; a line that is not
/// UTF-8, not a document (see [`parse_json_line`]) or longer than the
/// byte limit is a [`JsonLine`] with an error, and reading goes on at the
/// next line. An I/O error ends the stream after being yielded. A UTF-8
/// byte order mark at the start of the stream and a CR before each LF are
/// ignored.
///
/// # Examples
///
/// ```
/// use analyze::input::JsonLines;
/// let src = "{\"id\":1,\"text\":\"Un.\"}\r\n\nnope\n";
/// let lines: Vec<_> = JsonLines::new(src.as_bytes(), None)
///     .map(Result::unwrap)
///     .collect();
/// assert_eq!(lines.len(), 2);
/// assert_eq!(lines[0].doc.as_ref().unwrap().text, "Un.");
/// assert_eq!(lines[1].number, 3);
/// assert!(lines[1].doc.is_err());
/// ```
#[derive(Debug)]
pub struct JsonLines<R> {
    reader: R,
    limit: u64,
    number: usize,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> JsonLines<R> {
    /// Reads from `reader`; a line longer than `max_bytes` (without its
    /// line break) is refused, and never held in memory whole.
    pub fn new(reader: R, max_bytes: Option<u64>) -> JsonLines<R> {
        JsonLines {
            reader,
            limit: max_bytes.unwrap_or(u64::MAX),
            number: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    /// Reads the next raw line into `buf`; see [`read_bounded_line`].
    fn read_line(&mut self, too_long: &mut bool) -> std::io::Result<bool> {
        match read_bounded_line(&mut self.reader, self.limit, &mut self.buf)? {
            None => Ok(false),
            Some(over) => {
                *too_long = over;
                Ok(true)
            }
        }
    }
}

/// Reads one line of a stream into `buf`, line break (LF or CRLF) removed,
/// holding at most `limit` bytes of it in memory.
///
/// Returns `None` at the end of the stream, `Some(false)` for a line read
/// whole, and `Some(true)` with `buf` cleared for a line longer than
/// `limit`, whose rest is skipped unread.
///
/// # Errors
///
/// Any error of the reader.
pub fn read_bounded_line(
    reader: &mut impl BufRead,
    limit: u64,
    buf: &mut Vec<u8>,
) -> std::io::Result<Option<bool>> {
    buf.clear();
    // Room for the line, CR, LF and one byte to tell it is too long.
    let cap = limit.saturating_add(3);
    let n = read_until_newline(reader, cap, buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    } else if n == cap {
        // Over the limit: drop the rest of the line unread.
        buf.clear();
        loop {
            let chunk = reader.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            match memchr::memchr(b'\n', chunk) {
                Some(i) => {
                    reader.consume(i + 1);
                    break;
                }
                None => {
                    let len = chunk.len();
                    reader.consume(len);
                }
            }
        }
        return Ok(Some(true));
    }
    if buf.len() as u64 > limit {
        buf.clear();
        return Ok(Some(true));
    }
    Ok(Some(false))
}

/// `reader.take(cap).read_until(b'\n', buf)`, the line break searched
/// for with `memchr`, many bytes at a time, where `read_until` takes one
/// machine word at a time: the search reads the whole input.
fn read_until_newline(
    reader: &mut impl BufRead,
    cap: u64,
    buf: &mut Vec<u8>,
) -> std::io::Result<u64> {
    let mut n = 0;
    while n < cap {
        let chunk = match reader.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let room = usize::try_from(cap - n).unwrap_or(usize::MAX);
        let chunk = &chunk[..chunk.len().min(room)];
        let (used, end) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), chunk.is_empty()),
        };
        buf.extend_from_slice(&chunk[..used]);
        reader.consume(used);
        n += used as u64;
        if end {
            break;
        }
    }
    Ok(n)
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<JsonLine, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            let mut too_long = false;
            match self.read_line(&mut too_long) {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e.into()));
                }
            }
            self.number += 1;
            let number = self.number;
            let fail = |kind| {
                Some(Ok(JsonLine {
                    number,
                    doc: Err((None, Error::new(kind))),
                }))
            };
            if too_long {
                return fail(ErrorKind::LineTooLong { limit: self.limit });
            }
            let mut raw = self.buf.as_slice();
            if number == 1 {
                raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
            }
            let Ok(line) = simdutf8::basic::from_utf8(raw) else {
                return fail(ErrorKind::JsonLine {
                    reason: "not UTF-8".to_string(),
                });
            };
            if line.trim().is_empty() {
                continue;
            }
            return Some(Ok(JsonLine { number, doc: parse_json_line(line) }));
        }
    }
}

/// Parses a gazetteer table: `name<TAB>label[<TAB>canonical]` per line,
/// `#` comments and blank lines ignored.
///
/// # Errors
///
/// [`ErrorKind::Gazetteer`] with the 1-based line number of the first
/// malformed line.
///
/// # Examples
///
/// ```
/// let g = analyze::input::parse_gazetteer("# mine\nMistral AI\tORG\nLe Chat\tMISC\tLe Chat\n").unwrap();
/// assert_eq!(g.len(), 2);
/// let e = analyze::input::parse_gazetteer("ok\tORG\nbad\n").unwrap_err();
/// assert_eq!(e.to_string(), "line 2: expected name<TAB>label[<TAB>canonical]");
/// ```
pub fn parse_gazetteer(src: &str) -> Result<Vec<GazetteerEntry>, Error> {
    let mut out = Vec::new();
    for (i, raw) in src.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let bad = |reason: String| {
            Error::new(ErrorKind::Gazetteer { line: i + 1, reason })
        };
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if !(2..=3).contains(&fields.len()) {
            return Err(bad("expected name<TAB>label[<TAB>canonical]".into()));
        }
        if fields[0].is_empty() {
            return Err(bad("empty name".into()));
        }
        let label = Label::parse(fields[1]).ok_or_else(|| {
            bad(format!(
                "unknown label {:?}: expected PER, ORG, LOC or MISC",
                fields[1]
            ))
        })?;
        let canonical = match fields.get(2) {
            Some(&"") => {
                return Err(bad("empty canonical".into()));
            }
            Some(c) => Some(c.to_string()),
            None => None,
        };
        out.push(GazetteerEntry {
            name: fields[0].to_string(),
            label,
            canonical,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text test as first written, character by character.
    fn looks_like_text_by_chars(text: &str) -> bool {
        let (mut odd, mut total) = (0usize, 0usize);
        for c in text.chars() {
            if c == '\0' {
                return false;
            }
            total += 1;
            if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
                || c == char::REPLACEMENT_CHARACTER
            {
                odd += 1;
            }
        }
        odd * 10 <= total
    }

    #[test]
    fn text_test_as_read_character_by_character() {
        let odd = [
            "\u{1}", "\u{1f}", "\u{7f}", "\u{80}", "\u{9f}", "\u{fffd}", "\0",
        ];
        let fine =
            ["a", "é", "\n", "\r", "\t", "\x0c", "\u{a0}", "\u{fffc}", "€"];
        let mut texts = Vec::new();
        for o in odd {
            for f in fine {
                for n in [1, 8, 9, 10, 11, 30] {
                    texts.push(format!("{}{o}", f.repeat(n)));
                    texts.push(format!("{o}{}{o}", f.repeat(n)));
                }
            }
        }
        texts.push(String::new());
        // Mixtures that put odd characters and their bytes across the
        // blocks of sixteen, near the share of one in ten.
        let pieces = [
            odd.as_slice(),
            &fine,
            &fine,
            &fine,
            &fine,
            &["abcdefghijklmnopq", "\u{a9}"],
        ]
        .concat();
        let mut seed = 11u64;
        for _ in 0..20000 {
            let mut t = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            for _ in 0..(seed >> 58) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            texts.push(t);
        }
        let text_like = texts.iter().filter(|t| looks_like_text(t)).count();
        assert!(text_like > 1000 && text_like < texts.len() - 1000);
        for t in &texts {
            assert_eq!(
                looks_like_text(t),
                looks_like_text_by_chars(t),
                "{t:?}"
            );
        }
    }

    #[test]
    fn decodes_utf16_with_bom() {
        let le = [0xFF, 0xFE, b'e', 0, 0xE9, 0];
        let d = decode(&le, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("eé", "UTF-16LE"));
        let be = [0xFE, 0xFF, 0, b'e', 0, 0xE9];
        let d = decode(&be, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("eé", "UTF-16BE"));
    }

    #[test]
    fn refuses_binary() {
        assert!(matches!(
            decode(b"%PDF\0\x01\x02", None).unwrap_err().kind(),
            ErrorKind::NotText
        ));
    }

    #[test]
    fn empty_is_text() {
        assert_eq!(decode(b"", None).unwrap().text, "");
    }

    #[test]
    fn legacy_encodings() {
        let cases: &[(&[u8], &str, &str)] = &[
            (b"l'\xE9t\xE9", "l'été", "windows-1252"),
            (b"l\x92\x9Cuvre \x80", "l’œuvre €", "windows-1252"),
            (b"c\xBDur 5 \xA4", "cœur 5 €", "ISO-8859-15"),
            (b"\xBCuvres", "Œuvres", "ISO-8859-15"),
            (b"un \xBD litre \xE0 \xBC", "un ½ litre à ¼", "windows-1252"),
            (b"l\xB4\xE9t\xE9", "l´été", "windows-1252"),
            // Mostly UTF-8 with a stray byte stays UTF-8.
            (b"l'\xC3\xA9t\xC3\xA9 \xE9tait", "l'été \u{fffd}tait", "UTF-8"),
            (
                b"\xEF\xBB\xBF\xC3\xA9t\xC3\xA9\xFF chaud",
                "été\u{fffd} chaud",
                "UTF-8",
            ),
        ];
        for &(bytes, text, enc) in cases {
            let d = decode(bytes, None).unwrap();
            assert_eq!(
                (d.text.as_str(), d.encoding),
                (text, enc),
                "{bytes:?}"
            );
        }
    }

    /// 64 bytes without NUL, mostly above 0x7F, as compressed data is.
    const PNG_LIKE: [u8; 64] = {
        let mut b = [0u8; 64];
        let mut i = 0;
        while i < 64 {
            b[i] = (0x80 + (i * 37) % 0x80) as u8
                | if i % 4 == 0 { 0 } else { 0x80 };
            if b[i] == 0 {
                b[i] = b'x';
            }
            i += 1;
        }
        b
    };

    #[test]
    fn not_text() {
        let cases: &[&[u8]] = &[
            b"%PDF\0",
            &PNG_LIKE,
            b"\x01\x02\x03\x04abc",
            // UTF-16 without a BOM: NUL bytes.
            b"B\0o\0n\0j\0o\0u\0r\0",
            // Lone surrogates in UTF-16 become U+FFFD.
            b"\xFF\xFE\x00\xD8\x00\xD8\x00\xD8a\0",
        ];
        for &bytes in cases {
            let e = decode(bytes, None).unwrap_err();
            assert!(matches!(e.kind(), ErrorKind::NotText), "{bytes:?}");
        }
    }

    #[test]
    fn sizes() {
        let cases: &[(&str, Option<u64>)] = &[
            ("0", Some(0)),
            ("1500", Some(1500)),
            ("10K", Some(10 << 10)),
            ("10 kb", Some(10 << 10)),
            ("64M", Some(64 << 20)),
            ("1GiB", Some(1 << 30)),
            ("", None),
            ("-1", None),
            ("1.5M", None),
            ("12T", None),
            ("99999999999999999999G", None),
        ];
        for &(given, want) in cases {
            assert_eq!(parse_size(given).ok(), want, "{given:?}");
        }
    }

    #[test]
    fn json_lines_limit() {
        let src = "{\"text\":\"court\"}\n{\"text\":\"beaucoup trop long\"}\r\n{\"text\":\"fin\"}";
        let lines: Vec<JsonLine> = JsonLines::new(src.as_bytes(), Some(20))
            .map(Result::unwrap)
            .collect();
        let got: Vec<(usize, Result<String, String>)> = lines
            .into_iter()
            .map(|l| {
                (
                    l.number,
                    l.doc.map(|d| d.text).map_err(|(_, e)| e.to_string()),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (1, Ok("court".to_string())),
                (
                    2,
                    Err("line longer than the --max-bytes limit of 20 bytes"
                        .to_string())
                ),
                (3, Ok("fin".to_string())),
            ]
        );
    }

    #[test]
    fn json_lines() {
        let d = parse_json_line(
            r#"{"id":"a1","text":"Bonjour","reference_date":"2024-05-30"}"#,
        )
        .unwrap();
        assert_eq!(d.id, Some(serde_json::json!("a1")));
        assert_eq!(d.reference_date.unwrap().to_string(), "2024-05-30");
        let (id, e) = parse_json_line(r#"{"id":7}"#).unwrap_err();
        assert_eq!(
            (id, e.to_string()),
            (Some(serde_json::json!(7)), "no \"text\" field".to_string())
        );
        assert!(parse_json_line("nope").is_err());
        assert!(parse_json_line("[1]").is_err());
        assert!(
            parse_json_line(r#"{"text":"x","reference_date":"hier"}"#)
                .is_err()
        );
    }
}
