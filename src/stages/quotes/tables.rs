//! The quote tables embedded from `data/quotes/`, parsed once.

use std::sync::LazyLock;

use crate::lexicon::{FastMap, FastSet, rows};
use crate::model::{Gender, Label};

/// A finite form (`explique`, `estimait`).
pub(super) const FINITE: u8 = 1;
/// A past participle, read after an auxiliary (`a déclaré`).
pub(super) const PARTICIPLE: u8 = 2;
/// A present participle (`estimant`).
pub(super) const GERUND: u8 = 4;
/// No form of its own: the first word of a two-word form (`fait` of
/// `fait valoir`), so that one look-up tells every word.
pub(super) const HEAD: u8 = 0;

/// Speech verb forms and their tags; two-word forms (`fait valoir`) are
/// keyed with one space, and their first word with [`HEAD`].
pub(super) static VERBS: LazyLock<FastMap<&'static str, u8>> =
    LazyLock::new(|| {
        let mut map: FastMap<&'static str, u8> =
            rows(include_str!("../../../data/quotes/speech_verbs.tsv"))
                .filter_map(|r| {
                    let mut f = r.split('\t');
                    let (form, _lemma, tag) =
                        (f.next()?, f.next()?, f.next()?);
                    let bits = tag.bytes().fold(0, |b, t| {
                        b | match t {
                            b'f' => FINITE,
                            b'p' => PARTICIPLE,
                            b'g' => GERUND,
                            _ => 0,
                        }
                    });
                    Some((form, bits))
                })
                .collect();
        let heads: Vec<&'static str> = map
            .keys()
            .filter_map(|k| k.split_once(' '))
            .map(|(a, _)| a)
            .collect();
        for h in heads {
            map.entry(h).or_insert(HEAD);
        }
        map
    });

/// The words without which a sentence holds no indirect speech: every
/// speech verb form and `selon`, `d'après`, `Pour`, `, pour`. Sentences
/// with none of them are not read word by word (most sentences of an
/// article), which keeps the stage a small part of a run.
pub(super) static TRIGGERS: LazyLock<aho_corasick::AhoCorasick> =
    LazyLock::new(|| {
        let mut words: Vec<&str> =
            VERBS.keys().filter(|k| !k.contains(' ')).copied().collect();
        words.extend([
            "selon",
            "Selon",
            "d'après",
            "d’après",
            "D'après",
            "D’après",
            "Pour",
            ", pour",
        ]);
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(words)
            .expect("the trigger words build an automaton")
    });

/// Role nouns: the gender they show, the label of what they stand for.
pub(super) static ROLES: LazyLock<
    FastMap<&'static str, (Option<Gender>, Label)>,
> = LazyLock::new(|| {
    rows(include_str!("../../../data/quotes/roles.tsv"))
        .filter_map(|r| {
            let mut f = r.split('\t');
            let (noun, gender, label) = (f.next()?, f.next()?, f.next()?);
            let gender = match gender {
                "f" => Some(Gender::Female),
                "m" => Some(Gender::Male),
                _ => None,
            };
            Some((noun, (gender, Label::parse(label)?)))
        })
        .collect()
});

fn set(table: &'static str) -> FastSet<&'static str> {
    rows(table).collect()
}

/// Documents that speak for their issuer.
pub(super) static DOCUMENTS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../../data/quotes/documents.txt")));

/// Words before marks that hold a title or a term.
pub(super) static TITLE_NOUNS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| {
        set(include_str!("../../../data/quotes/title_nouns.txt"))
    });

/// Adverbs and set phrases read between a verb and its speaker or
/// inside a verb group (`a toutefois prévenu`).
pub(super) static ADVERBS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../../data/quotes/adverbs.txt")));

/// A role noun, tried as written, then in the singular.
pub(super) fn role(word: &str) -> Option<(Option<Gender>, Label, bool)> {
    if let Some(&(g, l)) = ROLES.get(word) {
        return Some((g, l, false));
    }
    let stem = word.strip_suffix('s').or_else(|| word.strip_suffix('x'))?;
    ROLES.get(stem).map(|&(g, l)| (g, l, true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::check_table;

    #[test]
    fn tables_follow_the_conventions() {
        check_table(
            "speech_verbs.tsv",
            include_str!("../../../data/quotes/speech_verbs.tsv"),
        );
        check_table(
            "roles.tsv",
            include_str!("../../../data/quotes/roles.tsv"),
        );
        check_table(
            "documents.txt",
            include_str!("../../../data/quotes/documents.txt"),
        );
        check_table(
            "title_nouns.txt",
            include_str!("../../../data/quotes/title_nouns.txt"),
        );
        check_table(
            "adverbs.txt",
            include_str!("../../../data/quotes/adverbs.txt"),
        );
    }

    #[test]
    fn tables_parse() {
        assert_eq!(VERBS.get("déclaré"), Some(&PARTICIPLE));
        assert_eq!(VERBS.get("explique"), Some(&FINITE));
        assert_eq!(VERBS.get("estimant"), Some(&GERUND));
        assert_eq!(VERBS.get("fait"), Some(&HEAD));
        assert_eq!(VERBS.get("fait valoir"), Some(&(FINITE | PARTICIPLE)));
        assert_eq!(role("ministres").map(|r| r.1), Some(Label::Per));
        assert_eq!(role("groupe").map(|r| r.1), Some(Label::Org));
    }
}
