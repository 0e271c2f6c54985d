//! The reference date read from the document itself, when none is given.
//!
//! News articles often carry their date in a dateline or a byline:
//! `PARIS, 12 mars 2024 (AFP) -`, `Publié le 12/03/2024 à 14h30`, a
//! header line `Mardi 12 mars 2024`. When the caller gives no reference
//! date, relative expressions (`hier`, `en novembre`) are resolved against
//! that date, and the output says so (`reference_date_from: "text"`).
//!
//! Only a complete calendar date (day, month and year) counts, and only
//! where a dateline stands: on one of the first lines of the text when that
//! line is short and not a sentence of the body, or right after `publié
//! le`, `mis à jour le` or `daté du` near the top. A full date in the first
//! sentence of the body (`Le 6 juin 1944, les Alliés...`) is a fact of the
//! story, not the date of the article, and is not taken.

use super::{Candidate, Doc, Extractor, Found};

/// How many lines from the top may hold a dateline.
const HEADER_LINES: usize = 4;
/// The longest line read as a dateline or header line, in bytes.
const HEADER_LINE_LEN: usize = 160;
/// How far from the top a `publié le` byline may stand, in bytes.
const BYLINE_SPAN: usize = 2000;
/// Words that introduce the publication date of a byline (lower case).
const BYLINE_CUES: [&str; 6] = [
    "publié le",
    "mis à jour le",
    "actualisé le",
    "modifié le",
    "daté du",
    "édition du",
];

/// Reads the reference date of `text` from its dateline or byline, using
/// the date extractor `dates` (which must find absolute dates without a
/// reference date).
pub fn infer(
    text: &str,
    sentences: &[std::ops::Range<usize>],
    dates: &dyn Extractor,
) -> Option<jiff::civil::Date> {
    let top = floor_char_boundary(text, BYLINE_SPAN);
    let header = header_end(text);
    let limit = top.max(header);
    let head_end = sentences
        .iter()
        .take_while(|r| r.start < limit)
        .last()
        .map_or(0, |r| r.end);
    // A date is taken only in the header or right after a byline cue:
    // the sentences that start past both hold none, and dropping them
    // changes nothing before (the extractor reads sentences in order).
    // Most articles open on their body and name no cue near the top,
    // and then nothing is read at all.
    let bound = last_cue(text.get(..head_end).unwrap_or(text))
        .map_or(header, |p| header.max(p + CUE_REACH));
    let head: Vec<std::ops::Range<usize>> = sentences
        .iter()
        .filter(|r| r.start < limit && r.start < bound)
        .cloned()
        .collect();
    if head.is_empty() {
        return None;
    }
    let doc = Doc { text, sentences: &head, reference_date: None };
    let mut found = Vec::new();
    dates.find(&doc, &mut found);
    found.sort_by_key(|c| c.start);
    found.into_iter().find_map(|c| {
        let date = full_date(&c)?;
        (c.start < header || after_byline_cue(text, c.start)).then_some(date)
    })
}

/// How far past the start of a byline cue a date it introduces may
/// start: [`after_byline_cue`] reads the 24 bytes before the date, moved
/// back by at most 3 bytes to a character boundary, and the cue lies in
/// them.
const CUE_REACH: usize = 28;

/// The start of the last byline cue in `text`, compared as
/// [`after_byline_cue`] does (each character lower-cased on its own).
fn last_cue(text: &str) -> Option<usize> {
    // Every cue holds one accented letter (`é`, `à`), whose raw form (`é`
    // or `É`, the only letters that lower-case to it) opens with the byte
    // 0xC3; the ASCII letters before it are one byte each. The rare
    // bytes are found first, then the cues around them are compared.
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    while let Some(q) = rfind_byte(bytes.get(..end)?, 0xC3) {
        end = q;
        // é, É, à, À.
        if !bytes
            .get(q + 1)
            .is_some_and(|b| matches!(b, 0xA9 | 0x89 | 0xA0 | 0x80))
        {
            continue;
        }
        let found =
            BYLINE_CUES.iter().zip(CUE_ACCENTS).find_map(|(cue, at)| {
                let p = q.checked_sub(at)?;
                // The ASCII byte next to the accent first (`publi|é`,
                // `|éd`), in either case: most accents are in no cue.
                let (k, want) = match at.checked_sub(1) {
                    Some(k) => (p + k, cue.as_bytes().get(k)),
                    None => (q + 2, cue.as_bytes().get(2)),
                };
                if bytes.get(k).map(|b| b | 0x20) != want.map(|b| b | 0x20) {
                    return None;
                }
                (text.is_char_boundary(p) && cue_at(&text[p..], cue))
                    .then_some(p)
            });
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The byte offset of the accented letter of each of [`BYLINE_CUES`].
const CUE_ACCENTS: [usize; 6] = [5, 4, 8, 6, 3, 0];

/// The position of the last byte `byte` of `bytes` (vectorised by
/// `memchr`): the head of a long article holds few accents.
fn rfind_byte(bytes: &[u8], byte: u8) -> Option<usize> {
    memchr::memrchr(byte, bytes)
}

/// Whether `s` starts with `cue`, each character of `s` lower-cased.
fn cue_at(s: &str, cue: &str) -> bool {
    let mut chars = s.chars();
    cue.chars().all(|want| {
        chars.next().is_some_and(|c| {
            if c.is_ascii() {
                return c.to_ascii_lowercase() == want;
            }
            let mut lower = c.to_lowercase();
            lower.next() == Some(want) && lower.next().is_none()
        })
    })
}

/// The end of the header: the first lines of the text that are short and
/// do not end like a sentence of the body.
fn header_end(text: &str) -> usize {
    let mut end = 0;
    let mut pos = 0;
    let mut lines = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let content = line.trim();
        if content.is_empty() {
            if lines > 0 {
                // A blank line after the header ends it.
                break;
            }
            continue;
        }
        lines += 1;
        if lines > HEADER_LINES {
            break;
        }
        let is_body = content.len() > HEADER_LINE_LEN
            || content.ends_with(['.', '!', '?', '…', '»']);
        if is_body {
            // A dispatch opens its first paragraph with the dateline:
            // `PARIS, 12 mars 2024 (AFP) - Le gouvernement ...`. Keep the
            // part up to the dash of the dispatch.
            return dispatch_end(text, start, start + line.len())
                .unwrap_or(end);
        }
        end = pos;
    }
    end
}

/// In a dispatch paragraph, the end of the dateline: the dash (`-`, `–`,
/// `—`) that follows the agency's name in brackets, within the first
/// characters of the line.
fn dispatch_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let line = &text[start..end];
    let window = &line[..floor_char_boundary(line, 120)];
    let close = window.find(')')?;
    let after = window[close + 1..].trim_start();
    after
        .starts_with(['-', '–', '—'])
        .then(|| start + window.len() - after.len())
}

/// The day of a `YYYY-MM-DD` value (with or without a time) with every
/// part known.
fn full_date(c: &Candidate) -> Option<jiff::civil::Date> {
    let Found::Date(v) = &c.found else { return None };
    let value = v.value.as_str();
    // `2024-03-12`, or `2024-03-12T14:30` for a byline with its time.
    let day = value.get(..10)?;
    let rest = &value[10..];
    if !(rest.is_empty() || rest.starts_with('T'))
        || v.modifier.is_some()
        || v.end_value.is_some()
    {
        return None;
    }
    crate::input::parse_date(day).ok()
}

/// Whether a byline cue (`publié le`) stands right before byte `at`.
fn after_byline_cue(text: &str, at: usize) -> bool {
    let from = floor_char_boundary(text, at.saturating_sub(24));
    let before = text[from..at].to_lowercase();
    let before = before.trim_end();
    // `Publié le mardi 12 mars 2024`: a weekday may stand between.
    let before = before
        .rsplit_once(' ')
        .filter(|(_, w)| is_weekday(w))
        .map_or(before, |(head, _)| head.trim_end());
    BYLINE_CUES.iter().any(|cue| before.ends_with(cue))
}

/// Whether `word` is a French weekday, lower case.
pub(crate) fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
    )
}

/// The largest character boundary of `s` at or before `i`.
fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::DateExtractor;

    fn infer_str(text: &str) -> Option<String> {
        let sentences = crate::text::sentences::split(text);
        infer(text, &sentences, &DateExtractor::new()).map(|d| d.to_string())
    }

    #[test]
    fn the_last_byte_is_found_as_rposition_finds_it() {
        let text = "Publié le 3 mars — mis à jour, daté du 4, édition « été »";
        let bytes = text.as_bytes();
        for end in 0..=bytes.len() {
            for byte in [0xC3, 0xA9, b' ', b'P', 0x80, 0x01] {
                let part = &bytes[..end];
                assert_eq!(
                    rfind_byte(part, byte),
                    part.iter().rposition(|&b| b == byte),
                    "{end} {byte}"
                );
            }
        }
    }

    #[test]
    fn cue_accents() {
        for (cue, at) in BYLINE_CUES.iter().zip(CUE_ACCENTS) {
            let first = cue.find(|c: char| !c.is_ascii());
            assert_eq!(first, Some(at), "{cue}");
            assert_eq!(cue.chars().filter(|c| !c.is_ascii()).count(), 1);
        }
        let text = "x PUBLIÉ LE 3 mars, Mis à jour le 4 mars, daté du";
        assert_eq!(last_cue(text), Some(text.find("daté").unwrap_or(0)));
        assert_eq!(last_cue("publie le 3 mars"), None);
    }

    #[test]
    fn datelines() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "PARIS, 12 mars 2024 (AFP) - Le gouvernement a annoncé hier un plan.",
                Some("2024-03-12"),
            ),
            (
                "Mardi 12 mars 2024\n\nLe gouvernement a annoncé hier un plan.",
                Some("2024-03-12"),
            ),
            (
                "Réforme des retraites : le texte adopté\nPublié le 12/03/2024 à 14h30\n\nLe texte a été adopté hier.",
                Some("2024-03-12"),
            ),
            (
                "Le texte a été adopté hier. Publié le mardi 12 mars 2024.",
                Some("2024-03-12"),
            ),
            // A date of the story, not of the article.
            ("Le 6 juin 1944, les Alliés débarquent en Normandie.", None),
            ("Le gouvernement a annoncé un plan le 12 mars 2024.", None),
            // Incomplete dates do not fix a reference.
            ("Mardi 12 mars\n\nLe plan a été annoncé hier.", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(infer_str(text).as_deref(), *want, "input: {text:?}");
        }
    }
}
