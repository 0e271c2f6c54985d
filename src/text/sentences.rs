//! French sentence segmentation.
//!
//! Takes the decoded text and returns the byte ranges of its sentences, in
//! order, trimmed of surrounding white space and never overlapping. Every
//! character that is not white space lies in exactly one sentence.
//!
//! The rules are written for French news: a sentence ends after `.`, `!`,
//! `?` or `…` (with any closing quotes and brackets that follow) when the
//! next word opens a sentence; abbreviations and titles from
//! `data/abbreviations.txt`, initials (`J. K. Rowling`), dotted acronyms
//! (`U.S.A.`) and numbers (`1.5`) do not end one. Line structure counts: a
//! blank line always ends a sentence, and so does a line break after final
//! punctuation or before a line that does not continue the previous one
//! (headlines, datelines, list items).

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// How an abbreviation behaves before a capitalised word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Abbrev {
    /// A title or honorific (`M.`, `Dr.`): always followed by a name.
    Title,
    /// Any other abbreviation (`etc.`, `janv.`): a capitalised word after
    /// it may open a new sentence, a number or a lower-case word may not.
    Plain,
}

static ABBREVIATIONS: LazyLock<HashMap<&'static str, Abbrev>> =
    LazyLock::new(|| {
        crate::lexicon::rows(include_str!("../../data/abbreviations.txt"))
            .map(|row| match row.split_once('\t') {
                Some((abbr, _)) => (abbr, Abbrev::Title),
                None => (row, Abbrev::Plain),
            })
            .collect()
    });

/// Splits `text` into sentences and returns their byte ranges.
///
/// # Examples
///
/// ```
/// let text = "M. Musk a parlé. Il part demain !";
/// let spans = analyze::text::sentences::split(text);
/// let got: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
/// assert_eq!(got, ["M. Musk a parlé.", "Il part demain !"]);
/// ```
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in boundaries(text) {
        push_trimmed(text, start..end, &mut out);
        start = end;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = r.start + lead;
        out.push(s..s + trimmed.len());
    }
}

/// Byte offsets where a sentence ends (exclusive), in increasing order.
fn boundaries(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        if b == b'\n' || b == b'\r' {
            if let Some(end) = line_break(text, i) {
                out.push(end);
            }
            i += 1;
            continue;
        }
        let is_final =
            matches!(b, b'.' | b'!' | b'?') || text[i..].starts_with('…');
        if !is_final {
            i += 1;
            continue;
        }
        // The run of final punctuation, then closing quotes and brackets
        // (`».`, `?!`, `...`, `." `).
        let run_start = i;
        let mut j = i;
        while j < bytes.len() {
            let c = text[j..].chars().next().unwrap_or(' ');
            if matches!(c, '.' | '!' | '?' | '…') || is_closing(c) {
                j += c.len_utf8();
            } else if c == ' ' || c == '\u{a0}' || c == '\u{202f}' {
                // `? »` and `. »`: a closing guillemet after a space
                // belongs to the punctuation run.
                let rest =
                    text[j..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
                match rest.chars().next() {
                    Some(q) if is_closing(q) && q != '\'' => {
                        j = text.len() - rest.len() + q.len_utf8();
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        if ends_sentence(text, run_start, j) {
            out.push(j);
        }
        i = j.max(i + 1);
    }
    out.dedup();
    out
}

fn is_closing(c: char) -> bool {
    matches!(c, '»' | '"' | '”' | '’' | '\'' | ')' | ']' | '›')
}

/// Whether the punctuation run `text[run_start..run_end]` ends a sentence.
fn ends_sentence(text: &str, run_start: usize, run_end: usize) -> bool {
    let run = &text[run_start..run_end];
    let after = &text[run_end..];
    // The run must be followed by white space (or the end of the text),
    // which rules out numbers, URLs, e-mail addresses and `.fr` names.
    let Some(first) = after.chars().next() else {
        return false;
    };
    if !first.is_whitespace() {
        return false;
    }
    let next = after.trim_start();
    // A line break right after the run: the line-structure rules decide.
    if after[..after.len() - next.len()].contains(['\n', '\r']) {
        return true;
    }
    if next.is_empty() {
        return false;
    }
    let only_dot = run.starts_with('.') && !run.starts_with("..");
    let word = word_before(&text[..run_start]);
    if only_dot {
        if let Some(kind) = abbreviation(word) {
            // `av. J.-C.`: an abbreviation followed by another one goes on.
            return kind == Abbrev::Plain
                && opens_sentence(next, false)
                && !starts_with_abbreviation(next);
        }
        if is_initial(word) {
            return false;
        }
    }
    opens_sentence(next, true)
}

/// Whether `next` (the text after the spaces) looks like a sentence start.
fn opens_sentence(next: &str, digits: bool) -> bool {
    let mut chars = next.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    if c.is_uppercase() {
        return true;
    }
    if c.is_ascii_digit() {
        return digits;
    }
    if matches!(c, '«' | '"' | '“' | '(' | '[' | '—' | '–' | '-' | '¿' | '‘')
    {
        // An opening quote or bracket, or a dialogue dash, followed by a
        // capital.
        let rest = chars.as_str().trim_start();
        return rest.chars().next().is_some_and(|c| c.is_uppercase());
    }
    false
}

/// The word (letters, digits, dots, hyphens) that ends right before `head`'s
/// end.
fn word_before(head: &str) -> &str {
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

fn abbreviation(word: &str) -> Option<Abbrev> {
    if word.is_empty() {
        return None;
    }
    if let Some(&kind) = ABBREVIATIONS.get(word) {
        return Some(kind);
    }
    // A sentence-initial abbreviation (`Etc.`) and dotted acronyms such as
    // `U.S.A`, `LL.AA.II.RR`: letters separated by dots.
    let lower = word.to_lowercase();
    if ABBREVIATIONS.get(lower.as_str()) == Some(&Abbrev::Plain) {
        return Some(Abbrev::Plain);
    }
    if word.contains('.')
        && word.split('.').all(|p| {
            !p.is_empty()
                && p.chars().count() <= 2
                && p.chars().all(char::is_alphabetic)
        })
    {
        return Some(Abbrev::Plain);
    }
    None
}

/// Whether `next` starts with an abbreviation and its full stop (`J.-C.`).
fn starts_with_abbreviation(next: &str) -> bool {
    let word = next.split(char::is_whitespace).next().unwrap_or("");
    word.strip_suffix('.').is_some_and(|w| abbreviation(w).is_some())
}

/// A single capital letter: an initial (`J. K. Rowling`).
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Decides whether the line break at byte `i` ends a sentence and returns
/// the boundary (the break itself).
///
/// LF, CRLF and a lone CR (old Mac files) are all one line break: a CRLF is
/// decided at its LF. Each scan stops at the neighbouring line break, so a
/// text of many short lines stays linear.
fn line_break(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
        return None;
    }
    let brk = if bytes[i] == b'\n' && i > 0 && bytes[i - 1] == b'\r' {
        i - 1
    } else {
        i
    };
    let before = text[..brk].trim_end_matches([' ', '\t', '\u{a0}']);
    let after = &text[i + 1..];
    let next_line = after.split(['\n', '\r']).next().unwrap_or("");
    // A blank line (or the end of the text) always ends a sentence.
    if next_line.trim().is_empty() {
        return Some(i);
    }
    let last = before.chars().next_back();
    let Some(last) = last else {
        return Some(i);
    };
    // After a blank line.
    if matches!(last, '\n' | '\r') {
        return Some(i);
    }
    // A hard-wrapped line continues a sentence: it stops on a letter,
    // digit or comma and the next line goes on in lower case.
    let first = next_line.trim_start().chars().next().unwrap_or(' ');
    let continues = (last.is_alphanumeric()
        || matches!(last, ',' | ';' | ':'))
        && (first.is_lowercase() || first.is_ascii_digit());
    if continues { None } else { Some(i) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Il pleut. Il vente.", &["Il pleut.", "Il vente."]),
            ("M. Musk arrive.", &["M. Musk arrive."]),
            (
                "Mme Dupont et MM. Martin sont là.",
                &["Mme Dupont et MM. Martin sont là."],
            ),
            ("J. K. Rowling écrit.", &["J. K. Rowling écrit."]),
            (
                "Il a 1,5 ou 3.14 ou 100 000.",
                &["Il a 1,5 ou 3.14 ou 100 000."],
            ),
            ("Quoi ?! Non.", &["Quoi ?!", "Non."]),
            ("Attendez... Non.", &["Attendez...", "Non."]),
            ("Attendez… Non.", &["Attendez…", "Non."]),
            (
                "Il dit « c'est fini ». Puis part.",
                &["Il dit « c'est fini ».", "Puis part."],
            ),
            (
                "« Pourquoi ? » demande-t-il. Rien.",
                &["« Pourquoi ? » demande-t-il.", "Rien."],
            ),
            (
                "Voir www.lemonde.fr et a.b@c.fr ici.",
                &["Voir www.lemonde.fr et a.b@c.fr ici."],
            ),
            ("Titre\nLe texte suit.", &["Titre", "Le texte suit."]),
            ("Un.\n\nDeux", &["Un.", "Deux"]),
            ("une ligne\ncoupée en deux.", &["une ligne\ncoupée en deux."]),
            ("Né en 52 av. J.-C. à Rome.", &["Né en 52 av. J.-C. à Rome."]),
            ("etc. Il part.", &["etc.", "Il part."]),
            (
                "entreprises. . -partenaire, Microsoft.",
                &["entreprises. . -partenaire, Microsoft."],
            ),
            ("", &[]),
            ("   ", &[]),
            // CRLF and lone CR line endings behave like LF.
            ("Titre\r\nLe texte suit.", &["Titre", "Le texte suit."]),
            ("Titre\rLe texte suit.", &["Titre", "Le texte suit."]),
            ("Un.\r\n\r\nDeux", &["Un.", "Deux"]),
            ("Un.\r\rDeux", &["Un.", "Deux"]),
            ("Un\r\n\r\ndeux", &["Un", "deux"]),
            ("Un\r\rdeux", &["Un", "deux"]),
            (
                "une ligne\r\ncoupée en deux.",
                &["une ligne\r\ncoupée en deux."],
            ),
            ("une ligne\rcoupée en deux.", &["une ligne\rcoupée en deux."]),
        ];
        for (text, want) in cases {
            assert_eq!(&sents(text), want, "input: {text:?}");
        }
    }
}
