//! The quote rules, one French form per row.

use crate::Analyzer;

/// `(text, [(words, cue, speaker text, canonical)])`.
type Case = (&'static str, &'static [(&'static str, Option<&'static str>, Option<&'static str>, Option<&'static str>)]);

fn check(cases: &[Case]) {
    let analyzer = Analyzer::new();
    for (text, want) in cases {
        let a = analyzer.analyze(text);
        let got: Vec<_> = a
            .quotes
            .iter()
            .map(|q| {
                (
                    q.text.to_string(),
                    q.cue.as_ref().map(|c| c.text.to_string()),
                    q.speaker.as_ref().map(|s| s.text.to_string()),
                    q.speaker.as_ref().and_then(|s| s.canonical.clone()),
                )
            })
            .collect();
        let want: Vec<_> = want
            .iter()
            .map(|(w, c, s, k)| {
                (
                    w.to_string(),
                    c.map(str::to_string),
                    s.map(str::to_string),
                    k.map(str::to_string),
                )
            })
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn direct_quotes() {
    check(&[
        (
            "« Nous tiendrons », explique Claire Dumas.",
            &[("Nous tiendrons", Some("explique"), Some("Claire Dumas"), Some("Claire Dumas"))],
        ),
    ]);
}
