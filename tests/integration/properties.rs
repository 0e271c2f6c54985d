//! Property tests: arbitrary text never panics the analyzer or the decoder,
//! and every analysis keeps the invariants of [`crate::invariants`].
//!
//! The generators mix what breaks text rules: combining marks, emoji with
//! joiners, right-to-left text and marks, lone surrogates (decoded from
//! UTF-16 as U+FFFD), every kind of line break, abbreviations and final
//! punctuation, and long runs of one token. Sizes are bounded so that the
//! 256 cases of each property run in a few seconds.

use analyze::{Analyzer, DocInfo};
use proptest::prelude::*;
use proptest::test_runner::Config;

use crate::invariants;

/// Pieces of French news text and of what breaks segmenters.
const TOKENS: &[&str] = &[
    "Le ",
    "la ",
    "Musk ",
    "xAI ",
    "M. ",
    "Mme ",
    "Dr. ",
    "etc. ",
    "J. ",
    "U.S.A. ",
    "av. J.-C. ",
    "1,5 ",
    "6 milliards de dollars ",
    "26 mai ",
    "2024 ",
    "3.14",
    ".",
    ". ",
    "! ",
    "? ",
    "?! ",
    "… ",
    "...",
    "« ",
    " »",
    "\"",
    "’",
    "(",
    ")",
    " ",
    "  ",
    "\u{a0}",
    "\u{202f}",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\r\r",
    "e\u{301}",
    "\u{301}",
    "👩\u{200d}👩\u{200d}👧",
    "🇫🇷",
    "مرحبا بالعالم",
    "\u{200f}",
    "\u{202e}",
    "שלום. ",
    "\u{fffd}",
    "\u{feff}",
    "\0",
    "\u{1}",
    "ǅ",
    "ß",
    "İ",
    "ﬁ",
    "Ⅻ",
    "٣",
    "—",
    "- ",
    "l'",
    "d’",
    "Élysée ",
    "ÉTATS-UNIS ",
];

/// Text built from [`TOKENS`], with runs of one token (long lines, long
/// words, many abbreviations in a row).
fn tokens() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(TOKENS).prop_map(str::to_string),
        1 => (prop::sample::select(TOKENS), 1..200usize)
            .prop_map(|(t, n)| t.repeat(n)),
        1 => "[A-Za-zÀ-ÿ]{1,30}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Any Unicode text, from any code points.
fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..300)
        .prop_map(|v| v.into_iter().collect())
}

/// Text decoded from arbitrary UTF-16 code units: lone surrogates become
/// U+FFFD, as when the tool reads a damaged UTF-16 file.
fn utf16_text() -> impl Strategy<Value = String> {
    let unit = prop_oneof![
        any::<u16>(),
        0xD800u16..0xE000,
        prop::sample::select(&[0x20u16, 0x2E, 0x4D, 0x0A, 0x0D][..]),
    ];
    prop::collection::vec(unit, 0..300)
        .prop_map(|v| String::from_utf16_lossy(&v))
}

fn check(analyzer: &Analyzer, text: &str) -> Result<(), TestCaseError> {
    let info = DocInfo {
        source: "-",
        reference_date: jiff::civil::Date::new(2024, 5, 30).ok(),
        ..DocInfo::default()
    };
    let a = analyzer.analyze_with(text, &info);
    if let Err(e) = invariants::check(&a, text)
        .and_then(|()| invariants::check_render(&a, text))
    {
        return Err(TestCaseError::fail(format!("{e}\ninput: {text:?}")));
    }
    let again = analyzer.analyze_with(text, &info);
    prop_assert_eq!(a, again, "not deterministic");
    Ok(())
}

proptest! {
    #![proptest_config(Config::with_cases(256))]

    #[test]
    fn french_like_text_keeps_the_invariants(text in tokens()) {
        check(&Analyzer::new(), &text)?;
    }

    #[test]
    fn any_text_keeps_the_invariants(text in any_text()) {
        check(&Analyzer::new(), &text)?;
    }

    #[test]
    fn utf16_text_keeps_the_invariants(text in utf16_text()) {
        check(&Analyzer::new(), &text)?;
    }

    #[test]
    fn a_batch_gives_each_document_its_own_analysis(
        texts in prop::collection::vec(tokens(), 1..6),
    ) {
        // The stages run over every document of a batch in turn: no
        // document may see another's state.
        let analyzer = Analyzer::new();
        let info = DocInfo { source: "-", ..DocInfo::default() };
        let docs: Vec<(&str, &DocInfo)> =
            texts.iter().map(|t| (t.as_str(), &info)).collect();
        let together = analyzer.analyze_batch(&docs);
        prop_assert_eq!(together.len(), texts.len());
        for (text, a) in texts.iter().zip(together) {
            prop_assert_eq!(a, analyzer.analyze_with(text, &info));
        }
    }

    #[test]
    fn line_endings_do_not_change_sentences(text in tokens()) {
        // The same text with CRLF or lone CR line endings gives the same
        // sentences, modulo the line ending inside them.
        let text = text.replace(['\r'], "");
        let analyzer = Analyzer::new();
        let sentences = |t: &str| -> Vec<String> {
            analyzer
                .analyze(t)
                .sentences
                .into_iter()
                .map(|s| s.text.replace("\r\n", "\n").replace('\r', "\n"))
                .collect()
        };
        let lf = sentences(&text);
        // A run-on piece is cut by its length in bytes, which a CR
        // changes: only texts shorter than the cut with CRLF compare.
        prop_assume!(
            text.len() + text.matches('\n').count()
                <= analyze::text::sentences::MAX_SENTENCE
        );
        prop_assert_eq!(&lf, &sentences(&text.replace('\n', "\r\n")));
        prop_assert_eq!(&lf, &sentences(&text.replace('\n', "\r")));
    }

    #[test]
    fn decoding_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(d) = analyze::input::decode(&bytes, None) {
            prop_assert!(!d.text.contains('\0'));
        }
        for label in ["utf-16le", "windows-1252", "iso-8859-15"] {
            let enc = analyze::input::encoding_for_label(label).unwrap();
            let _ = analyze::input::decode(&bytes, Some(enc));
        }
    }

    #[test]
    fn utf8_and_utf16_round_trip(text in tokens()) {
        prop_assume!(!text.contains(['\0', '\u{1}', '\u{feff}', '\u{fffd}']));
        let d = analyze::input::decode(text.as_bytes(), None).unwrap();
        prop_assert_eq!((d.text.as_str(), d.encoding), (text.as_str(), "UTF-8"));
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let d = analyze::input::decode(&le, None).unwrap();
        prop_assert_eq!((d.text.as_str(), d.encoding), (text.as_str(), "UTF-16LE"));
    }

    #[test]
    fn json_lines_reader_never_panics(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
        limit in 0u64..64,
    ) {
        let mut last = 0;
        for line in analyze::input::JsonLines::new(&bytes[..], Some(limit)) {
            let line = line.unwrap();
            prop_assert!(line.number > last);
            last = line.number;
        }
    }
}
