//! Input: files, standard input, byte decoding, JSON Lines documents and
//! the run-time tables and dates given on the command line.
//!
//! Turns bytes into text (BOM removal, UTF-8, UTF-16, and Windows-1252 for
//! legacy French files that are not valid UTF-8) and refuses what is not
//! text. Offsets in the output always refer to the decoded text.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, ErrorKind};
use crate::extract::entities::GazetteerEntry;
use crate::model::Label;

/// Text decoded from bytes, with the name of the encoding it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without byte order mark.
    pub text: String,
    /// The encoding's name (`UTF-8`, `UTF-16LE`, `windows-1252`, ...).
    pub encoding: &'static str,
}

/// Looks up an encoding by one of its WHATWG labels (`latin1`, `utf-16le`,
/// `windows-1252`, `iso-8859-15`, ...).
///
/// # Errors
///
/// [`ErrorKind::UnknownEncoding`] when the label names no encoding.
pub fn encoding_for_label(
    name: &str,
) -> Result<&'static encoding_rs::Encoding, Error> {
    encoding_rs::Encoding::for_label(name.trim().as_bytes()).ok_or_else(|| {
        Error::new(ErrorKind::UnknownEncoding { name: name.to_string() })
    })
}

/// Decodes the bytes of one document.
///
/// A byte order mark decides (UTF-8, UTF-16LE, UTF-16BE) and is removed;
/// else valid UTF-8 is taken as is, and anything else as Windows-1252, the
/// superset of ISO-8859-1 that French legacy files use. `forced` overrides
/// the detection (a BOM is still removed).
///
/// # Errors
///
/// [`ErrorKind::NotText`] when the decoded text holds a NUL character or is
/// mostly control characters.
///
/// # Examples
///
/// ```
/// let d = analyze::input::decode(b"\xEF\xBB\xBFl'\xC3\xA9t\xC3\xA9", None).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("l'été", "UTF-8"));
/// let d = analyze::input::decode(b"l'\xE9t\xE9", None).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("l'été", "windows-1252"));
/// ```
pub fn decode(
    bytes: &[u8],
    forced: Option<&'static encoding_rs::Encoding>,
) -> Result<Decoded, Error> {
    let (text, encoding) = match forced {
        Some(enc) => {
            let (text, used, _) = enc.decode(bytes);
            (text.into_owned(), used.name())
        }
        None => match encoding_rs::Encoding::for_bom(bytes) {
            Some((enc, bom)) => {
                let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
                (text.into_owned(), enc.name())
            }
            None => match std::str::from_utf8(bytes) {
                Ok(s) => (s.to_string(), encoding_rs::UTF_8.name()),
                Err(_) => {
                    let (text, _) = encoding_rs::WINDOWS_1252
                        .decode_without_bom_handling(bytes);
                    (text.into_owned(), encoding_rs::WINDOWS_1252.name())
                }
            },
        },
    };
    if !looks_like_text(&text) {
        return Err(Error::new(ErrorKind::NotText));
    }
    Ok(Decoded { text, encoding })
}

/// Text holds no NUL and few control characters (at most one in ten).
fn looks_like_text(text: &str) -> bool {
    let mut control = 0usize;
    let mut total = 0usize;
    for c in text.chars() {
        if c == '\0' {
            return false;
        }
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c') {
            control += 1;
        }
    }
    control * 10 <= total
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
    forced: Option<&'static encoding_rs::Encoding>,
    max_bytes: Option<u64>,
) -> Result<Decoded, Error> {
    let bytes = read_bytes(path, max_bytes)?;
    decode(&bytes, forced)
}

/// Reads the raw bytes of one input, refusing directories and inputs over
/// `max_bytes`.
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
            if meta.len() > limit {
                return Err(Error::new(ErrorKind::TooLarge { limit }));
            }
            bytes.reserve(meta.len() as usize);
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
