//! Quotation marks and dialogue dashes: where the quoted words are.
//!
//! One pass over the characters pairs the marks: `«` with `»` (counting
//! nested pairs), `“` with `”`, and straight `"` with the next one, the
//! last two only outside guillemets (`" "` inside `« »` is a quote within
//! the quote, not one of its own). French typography reopens `«` at the
//! start of each paragraph of a quote that runs over several: a line
//! break inside guillemets keeps the quote open only when the next line
//! starts with `«`; otherwise the quote is dropped, never searched for
//! further. A line that starts with a dash (`—`, `–`) is a line of
//! dialogue, and so is an answer of an interview laid out as paragraphs
//! after questions of their own (see [`bare_answers`]). Each character is
//! read once and nothing is searched ahead,
//! so unbalanced marks (a million `«`, a quote never closed) cost one
//! pass.

use std::ops::Range;

/// Marked words: between quotation marks, or a line of dialogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Marked {
    /// Byte of the opening mark (or the dash).
    pub open: usize,
    /// Byte after the closing mark (or the end of the line).
    pub close: usize,
    /// The words, white space trimmed.
    pub inner: Range<usize>,
    /// A line of dialogue rather than words between marks.
    pub dash: bool,
}

/// The length of an interview's label opening `line` up to its colon
/// (`Réponse :`, `R. :`, `Question:`), and whether it opens an answer.
pub(super) fn interview_label(line: &[u8]) -> Option<(usize, bool)> {
    let (word, answer): (&[u8], bool) = [
        ("Réponse".as_bytes(), true),
        (b"R".as_slice(), true),
        (b"Question".as_slice(), false),
        (b"Q".as_slice(), false),
    ]
    .into_iter()
    .find(|(w, _)| line.starts_with(w))?;
    let mut k = word.len();
    // A full stop after the initial, spaces (no-break ones too) before
    // the colon.
    if word.len() == 1 && line.get(k) == Some(&b'.') {
        k += 1;
    }
    loop {
        match line.get(k..) {
            Some([b' ' | b'\t', ..]) => k += 1,
            Some([0xC2, 0xA0, ..]) => k += 2,
            Some([0xE2, 0x80, 0xAF, ..]) => k += 3,
            Some([b':', ..]) => return Some((k + 1, answer)),
            _ => return None,
        }
    }
}

/// The length of a speaker's name opening an interview's line up to its
/// colon (`Hélène Roussillon : Non.`): one to four capitalised words,
/// then a colon and a space.
pub(super) fn name_label(line: &str) -> Option<usize> {
    let colon = line.bytes().take(64).position(|b| b == b':')?;
    let name = line[..colon].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
    let word_ok = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| {
                c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}' | '.')
            })
    };
    let after = line[colon + 1..].chars().next();
    (name.split(' ').count() <= 4
        && name.split(' ').all(word_ok)
        && after.is_some_and(char::is_whitespace))
    .then_some(colon + 1)
}

/// Whether `line` (trimmed) is a question of an interview: after a label
/// (`Question : ...`), or a paragraph of its own that ends with a
/// question mark and opens with no mark, dash or label.
pub(super) fn question_line(line: &str) -> bool {
    match interview_label(line.as_bytes()) {
        Some((_, answer)) => !answer,
        None => {
            line.ends_with('?')
                && line.len() <= MAX_QUESTION
                && !line.starts_with(['«', '"', '“', '—', '–', '-'])
        }
    }
}

/// The longest question read as one of an interview, in bytes.
const MAX_QUESTION: usize = 400;

/// Whether `words` holds one of `persons` as a whole word (`Êtes-vous`,
/// `j'ai`: hyphens and apostrophes separate words).
fn has_person(words: &str, persons: &[&str]) -> bool {
    words
        .split(|c: char| !c.is_alphabetic())
        .any(|w| persons.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// Answers of an interview written as paragraphs after questions of
/// their own, with no dash or label (`Êtes-vous rentables ?` then `Nous le
/// serons dès cette année. ...`): each answer is a line of dialogue. The
/// layout is read as an interview only when two questions at least speak
/// to someone (`vous`) and the paragraphs after them speak in the first
/// person (`nous`, `je`); an explainer's questions (`Que contient la
/// réforme ?`) answered by the writer are not. One pass over the lines,
/// none kept unless a question is found.
fn bare_answers(text: &str, out: &mut Vec<Marked>) {
    const YOU: [&str; 10] =
        ["vous", "votre", "vos", "tu", "ton", "ta", "tes", "toi", "te", "t"];
    const ME: [&str; 10] =
        ["je", "j", "nous", "notre", "nos", "mon", "ma", "mes", "moi", "m"];
    let bytes = text.as_bytes();
    let lines = || {
        let mut start = 0;
        memchr::memchr_iter(b'\n', bytes)
            .chain(std::iter::once(bytes.len()))
            .map(move |end| {
                let r = trimmed(text, start..end);
                start = end + 1;
                r
            })
            .filter(|r| !r.is_empty())
    };
    // The first line is a headline, never a question of the interview.
    let question =
        |r: &Range<usize>| r.start > 0 && question_line(&text[r.clone()]);
    if !lines().any(|r| question(&r)) {
        return;
    }
    let lines: Vec<Range<usize>> = lines().collect();
    let spoken = lines
        .windows(2)
        .filter(|w| {
            question(&w[0])
                && !question(&w[1])
                && has_person(&text[w[0].clone()], &YOU)
                && has_person(&text[w[1].clone()], &ME)
        })
        .count();
    if spoken < 2 {
        return;
    }
    // The answer's paragraphs read after the last question, none after
    // a break of two empty lines (another piece of the page).
    let mut answer_lines = MAX_ANSWER_LINES;
    let mut last_end = 0;
    for r in lines {
        let gap = &bytes[last_end..r.start];
        last_end = r.end;
        if memchr::memchr_iter(b'\n', gap).nth(2).is_some() {
            answer_lines = MAX_ANSWER_LINES;
        }
        if question(&r) {
            answer_lines = 0;
            continue;
        }
        if answer_lines == MAX_ANSWER_LINES {
            continue;
        }
        answer_lines += 1;
        // Lines opened by a mark or a label are read by the scan.
        let first = text[r.clone()].chars().next();
        if matches!(first, Some('«' | '"' | '“' | '—' | '–'))
            || interview_label(&bytes[r.start..]).is_some()
        {
            continue;
        }
        // `Vous êtes aussi présente au Brésil.`: the interviewer again,
        // a question with no question mark.
        let line = &text[r.clone()];
        if has_person(line, &YOU) && !has_person(line, &ME) {
            continue;
        }
        // `Catherine MacGregor : Nous l'espérons`: past the name.
        let from =
            name_label(&text[r.clone()]).map_or(r.start, |n| r.start + n);
        let inner = trimmed(text, from..r.end);
        out.push(Marked { open: r.start, close: r.end, inner, dash: true });
    }
}

/// The paragraphs of one answer read at most.
const MAX_ANSWER_LINES: usize = 4;

fn trimmed(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

/// The marked spans of `text`, in order of their opening, those nested
/// in another left out.
pub(super) fn scan(text: &str) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut push = |open: usize, inner: Range<usize>, close: usize, dash| {
        let inner = trimmed(text, inner);
        if !inner.is_empty() {
            out.push(Marked { open, close, inner, dash });
        }
    };
    // The open guillemet and the depth of nested ones.
    let mut guil: Option<(usize, usize)> = None;
    let mut straight: Option<usize> = None;
    let mut curly: Option<usize> = None;
    let mut dash: Option<(usize, usize)> = None;
    let mut line_start = true;
    let mut reopen = false;
    // Whether an interview's question (`Q : ...`) was read.
    let mut interview = false;
    // Bytes, not characters: every mark is ASCII or starts with 0xC2
    // (`«` `»`) or 0xE2 (`“` `”` `—` `–`), and decoding each character
    // of the text cost more than the rest of the stage.
    let bytes = text.as_bytes();
    let mut i = 0;
    // The next line break, straight quote or 0xC2 byte, and the next
    // 0xE2 byte, each found by `memchr` and kept until passed: searched
    // anew at every mark, a text of dashes alone would be read to its end
    // once per dash.
    let mut next_near: Option<usize> = Some(0);
    let mut next_e2: Option<usize> = Some(0);
    while i < bytes.len() {
        if !line_start && !reopen {
            // Nothing to read before the next line break or mark.
            if next_near.is_some_and(|e| e < i) {
                next_near = memchr::memchr3(b'\n', b'"', 0xC2, &bytes[i..])
                    .map(|k| i + k);
            }
            if next_e2.is_some_and(|e| e < i) {
                next_e2 = memchr::memchr(0xE2, &bytes[i..]).map(|k| i + k);
            }
            match next_near.into_iter().chain(next_e2).min() {
                Some(j) => i = j,
                None => break,
            }
        }
        let b = bytes[i];
        let at = i;
        i += 1;
        if b == b'\n' {
            if let Some((d, from)) = dash.take() {
                push(d, from..at, at, true);
            }
            reopen = guil.is_some();
            straight = None;
            curly = None;
            line_start = true;
            continue;
        }
        if matches!(b, b' ' | b'\t' | b'\r') {
            continue;
        }
        if (0x80..0xC0).contains(&b) {
            // A continuation byte: its character was read at its lead.
            continue;
        }
        let mark = match (b, bytes.get(at + 1), bytes.get(at + 2)) {
            (0xC2, Some(0xAB), _) => '«',
            (0xC2, Some(0xBB), _) => '»',
            (0xC2, Some(0xA0), _) => continue, // no-break space
            (0xE2, Some(0x80), Some(0x9C)) => '“',
            (0xE2, Some(0x80), Some(0x9D)) => '”',
            (0xE2, Some(0x80), Some(0x94)) => '—',
            (0xE2, Some(0x80), Some(0x93)) => '–',
            (0xE2, Some(0x80), Some(0xAF)) => continue, // narrow no-break
            (b'"', _, _) => '"',
            _ => ' ',
        };
        let first = std::mem::replace(&mut line_start, false);
        if std::mem::replace(&mut reopen, false) {
            if mark == '«' {
                continue;
            }
            guil = None;
        }
        if first && (mark == '—' || mark == '–') && guil.is_none() {
            dash = Some((at, at + mark.len_utf8()));
            continue;
        }
        // `Réponse : ...`, `R : ...`: an interview's answer is a line of
        // dialogue; its question (`Question : ...`) is none.
        if first
            && guil.is_none()
            && matches!(b, b'R' | b'Q')
            && let Some((len, answer)) = interview_label(&bytes[at..])
        {
            if answer {
                dash = Some((at, at + len));
            } else {
                interview = true;
            }
            continue;
        }
        // `Hélène Roussillon : Non. ...`: after a question, a line opened
        // by a name and a colon is that person's answer.
        if first
            && interview
            && guil.is_none()
            && (b.is_ascii_uppercase() || b >= 0xC3)
            && let Some(len) = name_label(&text[at..])
        {
            dash = Some((at, at + len));
            continue;
        }
        match mark {
            '«' => {
                guil = Some(match guil {
                    None => (at, 1),
                    Some((o, d)) => (o, d + 1),
                });
            }
            '»' => match guil {
                Some((o, 1)) => {
                    push(
                        o,
                        o + '«'.len_utf8()..at,
                        at + mark.len_utf8(),
                        false,
                    );
                    guil = None;
                }
                Some((o, d)) => guil = Some((o, d - 1)),
                None => {}
            },
            '"' if guil.is_none() && curly.is_none() => {
                match straight.take() {
                    Some(o) => push(o, o + 1..at, at + 1, false),
                    None => straight = Some(at),
                }
            }
            '“' if guil.is_none() && straight.is_none() => curly = Some(at),
            '”' if guil.is_none() => {
                if let Some(o) = curly.take() {
                    push(
                        o,
                        o + '“'.len_utf8()..at,
                        at + mark.len_utf8(),
                        false,
                    );
                }
            }
            _ => {}
        }
    }
    if let Some((d, from)) = dash {
        push(d, from..text.len(), text.len(), true);
    }
    bare_answers(text, &mut out);
    out.sort_by_key(|m| (m.open, std::cmp::Reverse(m.close)));
    let mut kept: Vec<Marked> = Vec::with_capacity(out.len());
    for m in out {
        if kept.last().is_some_and(|k| m.open < k.close) {
            continue;
        }
        kept.push(m);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        scan(text).into_iter().map(|m| &text[m.inner]).collect()
    }

    #[test]
    fn pairs_the_marks() {
        let cases: &[(&str, &[&str])] = &[
            ("« Oui », dit-il.", &["Oui"]),
            (
                "« Il a dit \"non\" hier », a-t-il dit.",
                &["Il a dit \"non\" hier"],
            ),
            ("\"Yes\" et “non”.", &["Yes", "non"]),
            ("« Un.\n\n« Deux. »", &["Un.\n\n« Deux."]),
            ("« Un.\n\nDeux. »", &[]),
            ("« « « a", &[]),
            ("»» a « b » c", &["b"]),
            (
                "Il dit :\n— Non, je pars.\n— Bien.",
                &["Non, je pars.", "Bien."],
            ),
            ("a « b « c » d » e", &["b « c » d"]),
        ];
        for (text, want) in cases {
            assert_eq!(&inner(text), want, "{text:?}");
        }
    }

    #[test]
    fn reads_the_answers_of_an_interview_in_paragraphs() {
        let text = "Titre\n\nX a répondu à nos questions.\n\n\
                    Êtes-vous rentables ?\n\nNous le serons cette année.\n\n\
                    Allez-vous lever de nouveau ?\n\nPas avant 2037, nous \
                    avons de quoi tenir.\n\n\n\nUn autre article commence.";
        assert_eq!(
            inner(text),
            [
                "Nous le serons cette année.",
                "Pas avant 2037, nous avons de quoi tenir."
            ]
        );
        // An explainer's questions, answered by the writer.
        let text = "Titre\n\nQue contient la réforme ?\n\nElle relève l'âge.\n\n\
                    Qui est concerné ?\n\nLes salariés nés après 1968.";
        assert!(inner(text).is_empty());
    }
}
