//! What the entity rules ask of a word's text alone (is it a place
//! preposition, a title, a describing noun, a surname…), answered once
//! per distinct word of a document.
//!
//! A mention reads the words around it in a handful of tables, and most
//! of these words recur (`de`, `le`, `M.`, `président`, the same names)
//! from one article to the next: one hash lookup finds the word's row of
//! answers, and each table is searched at most once per word. The rows
//! are kept from one document to the next on the same thread (a news
//! folder holds many short articles), up to [`LIMIT`] words.

use super::gazetteer::Opening;
use super::mentions::{adjective, lower};
use super::tables::{
    FUNCTION_WORDS, Map, NAME_HEADS, NAMING_VERBS, PERSON_TITLES, PLACE_PREPS,
    ROLE_OF, SPEECH_VERBS, STREET_NOUNS, SURNAMES, noun_label,
};
use crate::model::Label;

/// A question about a word. `…Lower` questions are asked of the word
/// lower-cased; the others of the word as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fact {
    /// A preposition before a place ([`PLACE_PREPS`]), lower-cased.
    PlacePrepLower,
    /// A grammatical word ([`FUNCTION_WORDS`]), lower-cased.
    FunctionLower,
    /// A grammatical word, as written.
    Function,
    /// A reporting verb ([`SPEECH_VERBS`]), lower-cased.
    SpeechLower,
    /// A naming verb ([`NAMING_VERBS`]), lower-cased.
    NamingLower,
    /// A naming verb, as written.
    Naming,
    /// A title or role ([`PERSON_TITLES`]), as written.
    Title,
    /// A title or role, lower-cased.
    TitleLower,
    /// A surname ([`SURNAMES`]), as written.
    Surname,
    /// A street noun ([`STREET_NOUNS`]), as written.
    Street,
    /// The label of a describing noun ([`noun_label`]), lower-cased.
    NounLower,
    /// The label of a describing noun, as written.
    Noun,
    /// The label of a role noun before `de` ([`ROLE_OF`]), lower-cased.
    RoleLower,
    /// The label of a name head ([`NAME_HEADS`]), as written.
    Head,
    /// An adjective by its form ([`adjective`]), as written.
    Adjective,
    /// A common word, as the mention reader decides
    /// (`Reader::common`); answered by [`Facts::set`].
    Common,
    /// A given name, as the mention reader decides
    /// (`Reader::given_name`); answered by [`Facts::set`].
    Given,
    /// A name by its form whatever its context, as the mention reader
    /// decides (`Reader::name_word_alone`); answered by [`Facts::set`].
    NameAlone,
    /// One of the dictionary's other proper names, as the mention reader
    /// decides (`Reader::proper_name`); answered by [`Facts::set`].
    Proper,
}

/// How many questions there are.
const FACTS: usize = Fact::Proper as usize + 1;

/// The answers known of one word: per question, 0 when not asked yet,
/// else one more than the answer (a boolean, or 0 for no label and one
/// more than a label's index in [`LABELS`]).
type Row = [u8; FACTS];

/// The labels, in the order answers encode them.
const LABELS: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

/// The label of an answer [`encode`] wrote.
pub(crate) fn decode(answer: u8) -> Option<Label> {
    match answer {
        0 => None,
        k => LABELS.get(usize::from(k) - 1).copied(),
    }
}

fn encode(label: Option<Label>) -> u8 {
    label.map_or(0, |l| {
        LABELS.iter().position(|&x| x == l).map_or(0, |k| k as u8 + 1)
    })
}

/// The answers known, by word.
#[derive(Default)]
pub(crate) struct Facts {
    /// The row of each word of at most 15 bytes met so far (nearly
    /// all), keyed by [`short_key`]: hashed and compared as one number.
    short_ids: Map<u128, u32>,
    /// The row of each longer word met so far.
    ids: Map<Box<str>, u32>,
    rows: Vec<Row>,
    /// Per row, the gazetteer names the word opens
    /// (`Gazetteer::opening`): `None` while not asked, `Some(None)` when
    /// no name starts with the word's first word.
    openings: Vec<Option<Option<Opening>>>,
    /// The lower-cased form of the word being answered.
    buf: String,
    /// The gazetteer the openings were found in (`Gazetteer::id`).
    gazetteer: u64,
}

/// How many distinct words the answers are kept for: past it, they are
/// forgotten at the next document (a few megabytes at most).
const LIMIT: usize = 1 << 17;

thread_local! {
    /// The answers of the documents read so far on this thread.
    static KEPT: std::cell::Cell<Facts> = std::cell::Cell::new(Facts::default());
}

impl Facts {
    /// The answers of the documents read before on this thread with
    /// gazetteer `gazetteer` (`Gazetteer::id`), for a new document to use
    /// and [`Facts::keep`] after.
    pub(crate) fn take(gazetteer: u64) -> Facts {
        let mut facts = KEPT.take();
        if facts.rows.len() > LIMIT || facts.gazetteer != gazetteer {
            facts = Facts { gazetteer, ..Facts::default() };
        }
        facts
    }

    /// Keeps the answers for the next document on this thread.
    pub(crate) fn keep(self) {
        KEPT.set(self);
    }
}

/// A word of at most 15 bytes as one number: its bytes in order from the
/// lowest, zeros after them, its length in the top byte (so that no two
/// words share a number, whatever bytes they hold). Read in at most two
/// overlapping loads of eight bytes, or four, or byte by byte: the words
/// of a text are a few bytes each.
fn short_key(w: &[u8]) -> Option<u128> {
    let n = w.len();
    let bytes = if n >= 8 {
        if n > 15 {
            return None;
        }
        let lo = u64::from_le_bytes(w[..8].try_into().ok()?);
        let hi = u64::from_le_bytes(w[n - 8..].try_into().ok()?);
        // The bytes they share are the same in both: or-ed in place.
        u128::from(lo) | u128::from(hi) << (8 * (n - 8))
    } else if n >= 4 {
        let lo = u32::from_le_bytes(w[..4].try_into().ok()?);
        let hi = u32::from_le_bytes(w[n - 4..].try_into().ok()?);
        u128::from(u64::from(lo) | u64::from(hi) << (8 * (n - 4)))
    } else if n > 0 {
        u128::from(w[0])
            | u128::from(w[n / 2]) << (8 * (n / 2))
            | u128::from(w[n - 1]) << (8 * (n - 1))
    } else {
        0
    };
    Some(bytes | (n as u128) << 120)
}

/// The row of one word, from [`Facts::of`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Id(pub(crate) u32);

impl Facts {
    /// The row of `word`, made when the word is new.
    pub(crate) fn of(&mut self, word: &str) -> Id {
        let id = self.rows.len() as u32;
        match short_key(word.as_bytes()) {
            Some(key) => match self.short_ids.entry(key) {
                std::collections::hash_map::Entry::Occupied(e) => {
                    return Id(*e.get());
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(id);
                }
            },
            None => {
                if let Some(&id) = self.ids.get(word) {
                    return Id(id);
                }
                self.ids.insert(word.into(), id);
            }
        }
        self.rows.push([0; FACTS]);
        self.openings.push(None);
        Id(id)
    }

    /// The gazetteer names the word of row `id` opens, if asked before.
    #[inline]
    pub(crate) fn opening(&self, id: Id) -> Option<Option<Opening>> {
        self.openings[id.0 as usize]
    }

    /// Records the gazetteer names the word of row `id` opens.
    pub(crate) fn set_opening(&mut self, id: Id, opening: Option<Opening>) {
        self.openings[id.0 as usize] = Some(opening);
    }

    /// The answer to `fact` of row `id`, if known.
    pub(crate) fn known(&self, id: Id, fact: Fact) -> Option<bool> {
        match self.rows[id.0 as usize][fact as usize] {
            0 => None,
            k => Some(k > 1),
        }
    }

    /// Records the answer to `fact` of row `id`, for the questions the
    /// mention reader answers itself.
    pub(crate) fn set(&mut self, id: Id, fact: Fact, is: bool) {
        self.rows[id.0 as usize][fact as usize] = 1 + u8::from(is);
    }

    /// The answer to `fact` about `word`, whose row is `id`.
    #[inline]
    fn answer(&mut self, id: Id, word: &str, fact: Fact) -> u8 {
        match self.rows[id.0 as usize][fact as usize] {
            0 => self.look_up(id, word, fact),
            known => known - 1,
        }
    }

    /// The answer to `fact` about `word`, asked of row `id` the first
    /// time: searched in its table and recorded.
    #[cold]
    #[inline(never)]
    fn look_up(&mut self, id: Id, word: &str, fact: Fact) -> u8 {
        let a = match fact {
            Fact::PlacePrepLower => {
                u8::from(PLACE_PREPS.contains(lower(word, &mut self.buf)))
            }
            Fact::FunctionLower => {
                u8::from(FUNCTION_WORDS.contains(lower(word, &mut self.buf)))
            }
            Fact::Function => u8::from(FUNCTION_WORDS.contains(word)),
            Fact::SpeechLower => {
                u8::from(SPEECH_VERBS.contains(lower(word, &mut self.buf)))
            }
            Fact::NamingLower => {
                u8::from(NAMING_VERBS.contains(lower(word, &mut self.buf)))
            }
            Fact::Naming => u8::from(NAMING_VERBS.contains(word)),
            Fact::Title => u8::from(PERSON_TITLES.contains(word)),
            Fact::TitleLower => u8::from(
                PERSON_TITLES.contains(past_ex(lower(word, &mut self.buf))),
            ),
            Fact::Surname => u8::from(SURNAMES.contains(word)),
            Fact::Street => u8::from(STREET_NOUNS.contains(word)),
            // `l'ONG Mighty Earth`: an acronym noun as written.
            Fact::NounLower => encode(
                noun_label(past_ex(lower(word, &mut self.buf)))
                    .or_else(|| noun_label(word)),
            ),
            Fact::Noun => encode(noun_label(word)),
            Fact::RoleLower => {
                encode(ROLE_OF.get(past_ex(lower(word, &mut self.buf))))
            }
            Fact::Head => encode(NAME_HEADS.get(word)),
            Fact::Adjective => u8::from(adjective(word)),
            // Answered by the mention reader before it is asked.
            Fact::Common | Fact::Given | Fact::NameAlone | Fact::Proper => 0,
        };
        self.rows[id.0 as usize][fact as usize] = a + 1;
        a
    }

    /// Whether `fact` holds of `word`, whose row is `id`.
    pub(crate) fn is(&mut self, id: Id, word: &str, fact: Fact) -> bool {
        self.answer(id, word, fact) != 0
    }

    /// The label `fact` gives `word`, whose row is `id`.
    pub(crate) fn label(
        &mut self,
        id: Id,
        word: &str,
        fact: Fact,
    ) -> Option<Label> {
        decode(self.answer(id, word, fact))
    }

    /// The answer to `fact` of row `id` if it was asked before: of
    /// [`Facts::is`] its truth, of [`Facts::label`] the label code that
    /// [`decode`] reads.
    #[inline]
    pub(crate) fn recorded(&self, id: Id, fact: Fact) -> Option<u8> {
        self.rows[id.0 as usize][fact as usize].checked_sub(1)
    }
}

/// A role or title word past its `ex-` (`ex-patron`, `ex-ministre`): a
/// former holder is named as the holder is (`l'ex-patron de Sonaca`).
fn past_ex(w: &str) -> &str {
    w.strip_prefix("ex-").filter(|r| !r.is_empty()).unwrap_or(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`short_key`] is the word's bytes in order with its length on top.
    #[test]
    fn short_keys_are_the_bytes() {
        let words: [&[u8]; 10] = [
            b"",
            b"a",
            b"de",
            b"les",
            b"rue\0",
            b"Musk",
            b"L\xc3\xa9on",
            b"Elysee",
            b"pr\xc3\xa9sident",
            b"quinze octets!!",
        ];
        for w in words {
            let mut want = [0u8; 16];
            want[..w.len()].copy_from_slice(w);
            want[15] = w.len() as u8;
            assert_eq!(short_key(w), Some(u128::from_le_bytes(want)), "{w:?}");
        }
        assert_eq!(short_key(b"seize octets pile"), None);
        assert_ne!(short_key(b"a"), short_key(b"a\0"));
    }

    /// Every answer, asked twice (the second time from the row), is the
    /// table's own.
    #[test]
    fn answers_are_the_tables() {
        let words = [
            "de",
            "De",
            "le",
            "à",
            "A",
            "selon",
            "Selon",
            "dit",
            "appelé",
            "appelée",
            "Appelée",
            "M",
            "Mme",
            "président",
            "Président",
            "PRÉSIDENT",
            "Martin",
            "Dupont",
            "rue",
            "Rue",
            "groupe",
            "Groupe",
            "géants",
            "réseaux",
            "société",
            "ville",
            "portuaire",
            "Ottawa",
            "Pékin",
            "minière",
            "indépendants",
            "durable",
            "actuel",
            "maire",
            "Banque",
            "Saint-",
            "Université",
            "Musk",
            "xAI",
            ",",
            "l'",
            "l’",
            "",
        ];
        let mut facts = Facts::default();
        let mut buf = String::new();
        for _ in 0..2 {
            for w in words {
                let id = facts.of(w);
                let lw = lower(w, &mut buf).to_string();
                let lw = lw.as_str();
                let bools = [
                    (Fact::PlacePrepLower, PLACE_PREPS.contains(lw)),
                    (Fact::FunctionLower, FUNCTION_WORDS.contains(lw)),
                    (Fact::Function, FUNCTION_WORDS.contains(w)),
                    (Fact::SpeechLower, SPEECH_VERBS.contains(lw)),
                    (Fact::NamingLower, NAMING_VERBS.contains(lw)),
                    (Fact::Naming, NAMING_VERBS.contains(w)),
                    (Fact::Title, PERSON_TITLES.contains(w)),
                    (Fact::TitleLower, PERSON_TITLES.contains(past_ex(lw))),
                    (Fact::Surname, SURNAMES.contains(w)),
                    (Fact::Street, STREET_NOUNS.contains(w)),
                    (Fact::Adjective, adjective(w)),
                ];
                for (f, want) in bools {
                    assert_eq!(facts.is(id, w, f), want, "{w} {f:?}");
                }
                let labels = [
                    (
                        Fact::NounLower,
                        noun_label(past_ex(lw)).or_else(|| noun_label(w)),
                    ),
                    (Fact::Noun, noun_label(w)),
                    (Fact::RoleLower, ROLE_OF.get(past_ex(lw))),
                    (Fact::Head, NAME_HEADS.get(w)),
                ];
                for (f, want) in labels {
                    assert_eq!(facts.label(id, w, f), want, "{w} {f:?}");
                }
            }
        }
    }
}
