//! The gazetteer: every listed name compiled once into one Aho-Corasick
//! automaton, searched anchored at word starts.
//!
//! Two sources, by strength: names added at run time (`--gazetteer`)
//! override everything; the hand-written well-known names and the ISO
//! place names are strong evidence (the same names without their article,
//! `au Figaro`, count inside sentences only). The dictionary's other
//! proper names, weak evidence of a place, are single words looked up by
//! the mention reader. A name matches with its own case, or
//! ignoring ASCII case when the text form is capitalised or upper case
//! (`Openai`, `RENNES`); a lower-case text form matches only a name that
//! has inner capitals (`chatgpt` for `ChatGPT`) and is not a common word.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{
    AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};

use super::GazetteerEntry;
use super::tables::{
    LEXICON, NAMES, PLACES_GEONAMES, PLACES_ISO, PLACES_WORLD,
};
use crate::lexicon::rows;
use crate::model::Label;

/// How much a gazetteer entry weighs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// A listed name without its leading article, as French contracts it
    /// (`au Figaro`, `du Monde`, `au Havre`): evidence only inside a
    /// sentence, where its capital is not the sentence's.
    Elided,
    /// A well-known name or an ISO place name.
    Strong,
    /// A name given at run time.
    Extra,
}

/// One name of the gazetteer.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    /// The name as listed.
    pub name: String,
    /// Its label.
    pub label: Label,
    /// Its canonical form, when it differs from the name.
    pub canonical: Option<String>,
    /// Where it comes from.
    pub strength: Strength,
}

/// The compiled gazetteer.
pub(crate) struct Gazetteer {
    entries: Vec<Entry>,
    /// Entry index by exact name: of two names that differ only in case
    /// (`Insee`, `INSEE`), the automaton reports one; the text's own
    /// spelling is then looked up here.
    index: HashMap<String, usize>,
    automaton: AhoCorasick,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entries", &self.entries.len())
            .finish()
    }
}

/// The built-in entries, parsed once.
static BUILTIN: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    let mut out = Vec::new();
    // Places come first, so that a hand-written entry of names.tsv
    // overrides a generated place of the same name. The dictionary's
    // other proper names are single words, looked up per word by the
    // mention reader rather than compiled here: they are most of the
    // names and would triple the automaton's build time.
    let places = rows(PLACES_ISO)
        .chain(rows(PLACES_GEONAMES))
        .chain(rows(PLACES_WORLD));
    out.extend(places.map(|name| Entry {
        name: name.to_string(),
        label: Label::Loc,
        canonical: None,
        strength: Strength::Strong,
    }));
    for row in rows(NAMES) {
        let mut f = row.split('\t');
        let (Some(name), Some(label)) = (f.next(), f.next()) else {
            continue;
        };
        let Some(label) = Label::parse(label) else { continue };
        let canonical = f.next().map(str::to_string);
        let bare = ["Le ", "La ", "Les ", "L'"]
            .iter()
            .find_map(|a| name.strip_prefix(a))
            .filter(|rest| rest.starts_with(char::is_uppercase));
        if let Some(bare) = bare {
            out.push(Entry {
                name: bare.to_string(),
                label,
                canonical: Some(
                    canonical.clone().unwrap_or_else(|| name.to_string()),
                ),
                strength: Strength::Elided,
            });
        }
        out.push(Entry {
            name: name.to_string(),
            label,
            canonical,
            strength: Strength::Strong,
        });
    }
    out
});

/// The gazetteer of the built-in tables alone, shared by every extractor
/// built without run-time names.
pub(crate) static DEFAULT: LazyLock<Gazetteer> =
    LazyLock::new(|| Gazetteer::new(&[]));

impl Gazetteer {
    /// Compiles the built-in names and `extra` into one automaton; the
    /// stronger entry wins when a name is listed twice.
    pub(crate) fn new(extra: &[GazetteerEntry]) -> Gazetteer {
        let mut entries: Vec<Entry> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let extra = extra.iter().map(|e| Entry {
            name: e.name.clone(),
            label: e.label,
            canonical: e.canonical.clone(),
            strength: Strength::Extra,
        });
        for e in BUILTIN.iter().cloned().chain(extra) {
            if e.name.is_empty() {
                continue;
            }
            match index.get(&e.name) {
                Some(&i) if entries[i].strength > e.strength => {}
                Some(&i) => entries[i] = e,
                None => {
                    index.insert(e.name.clone(), entries.len());
                    entries.push(e);
                }
            }
        }
        // The noncontiguous NFA is searched only anchored at capitalised
        // words; building the faster kinds from it would cost more at
        // start-up than it saves.
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .ascii_case_insensitive(true)
            .build(entries.iter().map(|e| e.name.as_str()))
            .expect("gazetteer names are valid patterns");
        Gazetteer { entries, index, automaton }
    }

    /// The entry of index `i`.
    pub(crate) fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    /// The longest name that starts at byte `start` of `text` and ends at
    /// a word boundary, with its end and entry index, if its case fits.
    pub(crate) fn match_at(
        &self,
        text: &str,
        start: usize,
    ) -> Option<(usize, usize)> {
        let input =
            Input::new(text).span(start..text.len()).anchored(Anchored::Yes);
        let m = self.automaton.find(input)?;
        let end = m.end();
        if !text.is_char_boundary(end) || !boundary_after(text, end) {
            return None;
        }
        let found = &text[start..end];
        let mut i = m.pattern().as_usize();
        if self.entries[i].name != found
            && let Some(&exact) = self.index.get(found)
        {
            i = exact;
        }
        let e = &self.entries[i];
        case_fits(&e.name, found, e.label == Label::Loc).then_some((end, i))
    }
}

/// Whether a name may end at `end`: no letter or digit follows, nor a
/// hyphen or apostrophe that joins one (`Paris-Saclay`).
fn boundary_after(text: &str, end: usize) -> bool {
    let mut rest = text[end..].chars();
    match rest.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('-') => !rest.next().is_some_and(char::is_alphanumeric),
        Some(_) => true,
    }
}

/// Whether the text form `found` may stand for the listed `name` (a
/// place when `place`).
fn case_fits(name: &str, found: &str, place: bool) -> bool {
    if name == found {
        return true;
    }
    let first = found.chars().next();
    if first.is_some_and(char::is_uppercase) {
        // An upper-case headline (`ALERTE ORANGE`) spells common words
        // in capitals: a listed name that is also a common word
        // (`Orange`) needs its own case there. Places keep any case:
        // datelines spell them in capitals (`PARIS, 12 mars`).
        let shouting = found.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !found.chars().any(char::is_lowercase);
        if shouting
            && !place
            && !name.contains(' ')
            && name.chars().skip(1).any(char::is_lowercase)
        {
            let mut low = String::with_capacity(found.len());
            low.extend(found.chars().flat_map(char::to_lowercase));
            return !LEXICON.contains(&low);
        }
        return true;
    }
    // Lower case: only for names with inner capitals (ChatGPT, OpenAI),
    // and never for a common word.
    let inner_caps = name.chars().skip(1).any(char::is_uppercase);
    inner_caps
        && name.chars().next().is_some_and(char::is_uppercase)
        && !found.contains(' ')
        && !LEXICON.contains(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_at_word_starts_with_case_rules() {
        let g = &*DEFAULT;
        let cases: &[(&str, Option<&str>)] = &[
            ("Goldman Sachs et", Some("Goldman Sachs")),
            ("Openai en", Some("Openai")),
            ("chatgpt est", Some("chatgpt")),
            ("apple", None),
            ("Paris-Saclay", None),
            ("RENNES", Some("RENNES")),
            ("L'Oréal a", Some("L'Oréal")),
            ("Banque de France.", Some("Banque de France")),
        ];
        for (text, expected) in cases {
            let got = g.match_at(text, 0).map(|(end, _)| &text[..end]);
            assert_eq!(got, *expected, "{text}");
        }
    }

    #[test]
    fn extra_entries_override() {
        let extra = [GazetteerEntry {
            name: "Paris".into(),
            label: Label::Per,
            canonical: Some("Paris Hilton".into()),
        }];
        let g = Gazetteer::new(&extra);
        let (_, i) = g.match_at("Paris", 0).expect("listed");
        assert_eq!(g.entry(i).label, Label::Per);
        assert_eq!(g.entry(i).canonical.as_deref(), Some("Paris Hilton"));
    }
}
