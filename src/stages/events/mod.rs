//! Events: funding rounds, acquisitions, valuations, results and roles,
//! with the mentions that fill their roles.
//!
//! Reads the sentences and the resolved mentions ([`Mentions`]); returns
//! [`EventFound`]s in order of their trigger. Does not find amounts or
//! names: every argument is a mention the extractors kept.
//!
//! One pass over the sentences that hold a name or an amount finds the
//! triggers (`data/events/triggers.tsv`) and the titles of roles
//! (`data/events/titles.tsv`), word by word (`tables::Triggers`); a
//! trigger whose frame lacks its argument nearby (a title with no
//! person, a figure with no amount) is dropped before its sentence is
//! cut into words. Each trigger's frame then reads its arguments around
//! it, within its sentence: the subject (the nearest entity before it
//! that no preposition governs, or the antecedent of `qui`), the object,
//! the agent after `par`, the investors after `auprès de`, the buyer
//! after `à`, the price, the stake after `à hauteur de`, the change after
//! `en hausse de`. A back-reference (`La start-up`, `Le groupe`, `son`,
//! `sa`) or a subject pronoun (`Elle avait levé`) takes the company of
//! the last event of the two sentences before, else the first
//! organisation named there. A sentence about the deal just stated
//! (`L'opération`, `le montant`, `a versé 18 M€ à`) completes it. The
//! status of an acquisition comes from the words between its subject
//! and its trigger (`envisage`, `serait`: planned; `va`, `annonce`:
//! announced; else done, until a later sentence says `doit être
//! finalisée`). A fact stated twice (same type, same key, no conflicting
//! amount) is one event, the most complete.
//!
//! Not handled: a merger that names one party only, a subject several
//! clauses away, roles stated by a verb other than `fonder`, `prendre la
//! tête de` and `rejoindre X comme` (`dirige`, `succède à`, departures),
//! the share of a round each investor brings.

mod tables;
mod words;

use std::cell::Cell;
use std::ops::Range;
use std::sync::LazyLock;

use super::{ArgsFound, EventFound, Mentions, YOUNG_NOUNS, ceil, floor};
use crate::extract::Found;
use crate::lexicon::FastMap;
use crate::model::{DateType, EventType, Label, Metric, Status};
use tables::{
    BODIES, CUES, Frame, NOUNS, OUTSIDE_TITLES, REFERENT_NOUNS,
    TITLE_ADJECTIVES, TRIGGERS, TitleClass, cue,
};
use words::{Tok, Wordlist, is, is_any, lower, lowercase, tokens};

/// Prepositions that govern the noun phrase after them.
const PREPS: &[&str] = &[
    "de", "d'", "du", "des", "à", "au", "aux", "par", "pour", "chez", "dans",
    "sur", "avec", "auprès", "contre", "entre", "selon", "comme", "vers",
    "sans", "après", "avant", "envers", "via", "en", "parmi", "face",
];

/// [`PREPS`], grouped by first byte.
static PREP_WORDS: LazyLock<Wordlist> = LazyLock::new(|| Wordlist::new(PREPS));

/// Determiners that open a noun phrase.
const DETS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs",
    "ce", "cet", "cette", "ces", "notre",
];

/// [`DETS`], grouped by first byte.
static DET_WORDS: LazyLock<Wordlist> = LazyLock::new(|| Wordlist::new(DETS));

/// The company nouns of [`NOUNS`], grouped by first byte.
static NOUN_WORDS: LazyLock<Wordlist> =
    LazyLock::new(|| Wordlist::new(&NOUNS));

/// Words that make an adverb of `par` before them (`par ailleurs`, `par
/// exemple`), where it opens no agent.
const PAR_ADVERBS: &[&str] = &[
    "ailleurs",
    "avance",
    "conséquent",
    "contre",
    "endroits",
    "exemple",
    "hasard",
    "moments",
    "principe",
    "ricochet",
];

/// How many words after `par` make an adverb of it (`par ailleurs`,
/// `par la suite`), where it opens no agent: 0 when they do not. `word(n)`
/// is the `n`-th word after `par`.
fn par_adverb<'w>(word: impl Fn(usize) -> Option<&'w str>) -> usize {
    if word(0).is_some_and(|w| is_any(w, PAR_ADVERBS)) {
        1
    } else if word(0).is_some_and(|w| is_any(w, &["la", "le"]))
        && word(1).is_some_and(|w| is_any(w, &["suite", "passé"]))
    {
        2
    } else {
        0
    }
}

/// Words that end the object of a verb.
const OBJECT_STOPS: &[&str] = &[
    "à", "au", "aux", "pour", "par", "auprès", "avec", "chez", "contre",
    "selon", "dont", "qui", "que", "et", ";", ":", "(",
];

/// Whether token `j` of `toks` touches the tokens on both sides, as the
/// comma of a decimal number does (`12,5`).
fn glued(toks: &[words::Tok], j: usize) -> bool {
    j > 0
        && toks[j - 1].end == toks[j].start
        && toks.get(j + 1).is_some_and(|n| n.start == toks[j].end)
}

/// Whether a word has an adjective's ending (`nationale`, `scolaire`,
/// `numérique`): the adjective of a title's complement.
fn adjective(w: &str) -> bool {
    // `naturelles`, `sociaux`: the plural of the same endings.
    let w = w.strip_suffix('s').unwrap_or(w);
    w.ends_with("aux")
        || w.ends_with("ic")
        || [
            "ale", "al", "ique", "elle", "el", "ienne", "ien", "éenne", "éen",
            "aire", "ive", "if", "ère", "er",
        ]
        .iter()
        .any(|e| w.ends_with(e))
}

/// A search for `aux côtés ` (investors named beside others), built
/// once: [`Reader::investors_next_sentences`] asks for it in the head of
/// the sentences after every round.
static BESIDE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("aux côtés "));

/// How far, in words or mentions, a frame looks from its trigger: a
/// sentence of a thousand names costs each trigger no more than this.
const REACH: usize = 48;

/// A trigger found in the text.
#[derive(Clone, Copy, Debug)]
struct Hit {
    start: usize,
    end: usize,
    frame: Frame,
    sentence: usize,
}

/// Nouns of published accounts before their year (`ses comptes 2035`).
const ACCOUNTS: [&str; 5] =
    ["comptes", "résultats", "exercice", "bilan", "chiffres"];

/// Whether `w` is an ordinal adjective (`troisième`, `première`,
/// `seconde`), any case.
fn ordinal_word(w: &str) -> bool {
    w.ends_with("ième")
        || w.ends_with("IÈME")
        || is_any(w, &["premier", "première", "second", "seconde"])
}

/// Whether `verb` (lower case) is a form of the present indicative of a
/// deal's verb (`rachète`, `cèdent`, `reprend`, `acquiert`, `met`), not a
/// participle (`racheté`, `acquis`), an infinitive or a future.
fn present_tense(verb: &str) -> bool {
    let verb = verb.rsplit(['\'', '’']).next().unwrap_or(verb);
    // `reprendre`, `vendre`, `mettre`: infinitives; `rachetée`,
    // `acquise`, `vendue`: participles.
    if ["dre", "ttre", "ée", "ées", "ise", "ises", "ue", "ues"]
        .iter()
        .any(|e| verb.ends_with(e))
    {
        return false;
    }
    verb.ends_with('e')
        || verb.ends_with("es")
        || verb.ends_with("ent")
        || matches!(
            verb,
            "prend"
                | "reprend"
                | "acquiert"
                | "met"
                | "vend"
                | "revend"
                | "absorbe"
        )
}

/// Whether a subject pronoun stands in the 40 bytes before a title at
/// `s` in the sentence starting at `start` (`elle était jusqu'ici
/// directrice de X`), or the sentence opens on a post held before
/// (`Jusqu'ici responsable de X, elle`): a cheap look before the
/// sentence is read ([`Reader::pronoun_person`]).
fn pronoun_before(text: &str, start: usize, s: usize) -> bool {
    let lo = super::floor(text, s.saturating_sub(40).max(start));
    let b = &text[lo..s];
    b.contains(" elle ")
        || b.contains(" il ")
        || ["Elle ", "Il ", "Jusqu", "Auparavant"]
            .iter()
            .any(|p| b.starts_with(p))
}

/// The events of a document, in order of their trigger.
///
/// Kept out of line, so that a profile shows the stage as one function.
#[inline(never)]
pub fn find(m: &Mentions<'_>) -> Vec<EventFound> {
    let text = m.text;
    let mut hits: Vec<Hit> = Vec::new();
    // The kept mentions are read once, sentence by sentence, with a
    // cursor.
    let mut cursor = 0;
    for (idx, range) in m.sentences.iter().enumerate() {
        // A sentence with no amount and no name states no fact: it is
        // not searched (every frame needs one or the other).
        let (mut per, mut entity, mut money) = (false, false, false);
        while m.kept.get(cursor).is_some_and(|c| c.start < range.start) {
            cursor += 1;
        }
        let first = cursor;
        while m.kept.get(cursor).is_some_and(|c| c.start < range.end) {
            cursor += 1;
        }
        for c in &m.kept[first..cursor] {
            match &c.found {
                Found::Entity(v) => {
                    per |= v.label == Label::Per;
                    entity |= v.label != Label::Loc;
                }
                Found::Money(_) => money = true,
                _ => {}
            }
        }
        // `Ce tour de table de série A ...` adds to the round just named;
        // `L'opération doit être finalisée` to the deal.
        // Most sentences open with a visible ASCII character: nothing to
        // trim, no character decoded.
        let this = match text.as_bytes().get(range.start) {
            Some(&b) if (0x21..0x80).contains(&b) => &text[range.clone()],
            _ => text[range.clone()].trim_start(),
        };
        let refers =
            ["Ce ", "Cette ", "Cet ", "L'op", "L\u{2019}op", "La trans"]
                .iter()
                .any(|d| this.starts_with(d));
        // `Ce dernier devient porte-parole`: a person named before.
        let latter = ["Ce dernier ", "Cette dernière "]
            .iter()
            .any(|d| this.starts_with(d));
        if !entity && !money && !refers {
            continue;
        }
        let ments = &m.kept[first..cursor];
        // Whether a mention `want` accepts lies within `lo..hi` bytes
        // (looked for among the sentence's mentions by binary search).
        let near = |lo: usize, hi: usize, want: fn(&Found) -> bool| {
            let from = ments.partition_point(|c| c.end < lo);
            ments[from..]
                .iter()
                .take(REACH)
                .take_while(|c| c.start <= hi)
                .any(|c| want(&c.found))
        };
        let is_per =
            |f: &Found| matches!(f, Found::Entity(v) if v.label == Label::Per);
        let is_money = |f: &Found| matches!(f, Found::Money(_));
        TRIGGERS.scan(&text[range.clone()], |h| {
            let (s, e) = (range.start + h.start, range.start + h.end);
            // `le jeu le plus vendu`: a superlative, no sale.
            let before = text[range.start..s].trim_end_matches(' ');
            if before.ends_with(" plus")
                || before.ends_with(" moins")
                || before.ends_with(" mieux")
            {
                return;
            }
            // What each frame needs near its trigger, before the sentence
            // is read: a person by a title, an amount after a figure.
            let fits = match h.frame {
                Frame::Title(_) => {
                    latter
                        || per && near(s.saturating_sub(120), e + 160, is_per)
                        || pronoun_before(text, range.start, s)
                }
                Frame::Found | Frame::Lead => per,
                Frame::Metric(_) => {
                    money && near(s.saturating_sub(40), e + 200, is_money)
                }
                Frame::LossVerb | Frame::Pay | Frame::Round => {
                    money && near(e, e + 60, is_money)
                }
                Frame::Value => money && near(e, e + 120, is_money),
                Frame::Anaphor => true,
                Frame::Seller => entity,
                // A deal names a company or an amount near its trigger,
                // or refers back to one.
                _ => {
                    refers
                        || near(s.saturating_sub(250), e + 250, |f| {
                            matches!(f, Found::Money(_))
                                || matches!(f, Found::Entity(v) if v.label != Label::Loc)
                        })
                }
            };
            // `cofondateur et directeur technique de Thermelia`, `Sa
            // cofondatrice et présidente, X`: two titles joined by `et`
            // are one person's one title.
            // Not past a title that is a complement (`fille du fondateur
            // et directrice générale`: the father founded it).
            if let Frame::Title(_) = h.frame
                && let Some(last) = hits.last_mut()
                && last.sentence == idx
                && matches!(last.frame, Frame::Title(_))
                && text.get(last.end..s) == Some(" et ")
                && ![" du", " de", " des"]
                    .iter()
                    .any(|p| text[range.start..last.start].trim_end().ends_with(p))
            {
                last.end = e;
                return;
            }
            if fits {
                hits.push(Hit { start: s, end: e, frame: h.frame, sentence: idx });
            }
        });
    }
    // About one event per trigger: the lists sized once.
    let mut st = State {
        out: Vec::with_capacity(hits.len()),
        event_sentences: Vec::with_capacity(hits.len()),
        defaulted: Vec::with_capacity(hits.len()),
        leaders: leaders(m),
    };
    // One buffer of tokens for every sentence read.
    let mut sent =
        Sent { idx: usize::MAX, range: 0..0, toks: Vec::new(), ments: 0..0 };
    let mut first_of_sentence = 0;
    for (i, hit) in hits.iter().enumerate() {
        // More about a deal needs a deal before it: no sentence read
        // for an `opération` that follows none.
        if matches!(hit.frame, Frame::Anaphor | Frame::Pay | Frame::Seller)
            && st.last_deal(hit.sentence, true).is_none()
        {
            continue;
        }
        if sent.idx != hit.sentence {
            sent.load(m, hit.sentence);
            first_of_sentence = i;
        }
        let s = &sent;
        let next = hits
            .get(i + 1)
            .filter(|n| n.sentence == hit.sentence)
            .map_or(s.range.end, |n| n.start);
        let prev_has_trigger = hits[..i]
            .iter()
            .rev()
            .take_while(|h| h.sentence + 1 >= hit.sentence)
            .any(|h| h.sentence + 1 == hit.sentence);
        let alone = hits
            .iter()
            .skip(first_of_sentence)
            .take_while(|h| h.sentence == hit.sentence)
            .all(|h| {
                matches!(h.frame, Frame::Anaphor | Frame::Pay | Frame::Seller)
            });
        let r = Reader {
            m,
            s,
            hit: *hit,
            next,
            prev_has_trigger,
            alone,
            defaulted: Cell::new(false),
        };
        r.read(&mut st);
    }
    affiliations(m, &mut st);
    merge(m, st.out, &st.defaulted)
}

/// Events found so far, with the sentence of each.
struct State {
    out: Vec<EventFound>,
    event_sentences: Vec<usize>,
    /// Whether each event's status is the default (no word said it).
    defaulted: Vec<bool>,
    /// The organisation named most so far, from where it leads: see
    /// [`leaders`].
    leaders: Vec<(usize, usize)>,
}

/// Where the organisation named most so far changes, and its last
/// mention then: `(byte, mention index)`, in text order; an organisation
/// named once leads nobody. Built once per document, read by binary
/// search.
fn leaders(m: &Mentions<'_>) -> Vec<(usize, usize)> {
    // Sized once for every organisation mention: no rehash of the names
    // counted at each doubling.
    let orgs = m
        .kept
        .iter()
        .filter(
            |c| matches!(&c.found, Found::Entity(v) if v.label == Label::Org),
        )
        .count();
    let mut counts: FastMap<&str, u32> =
        FastMap::with_capacity_and_hasher(orgs, Default::default());
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut best: (Option<&str>, u32) = (None, 1);
    for (mi, c) in m.kept.iter().enumerate() {
        let Found::Entity(v) = &c.found else { continue };
        if v.label != Label::Org {
            continue;
        }
        // Most mentions name an organisation met before: a look-up,
        // with no entry set up for an insertion.
        let n = match counts.get_mut(&*v.canonical) {
            Some(n) => {
                *n += 1;
                *n
            }
            None => {
                counts.insert(&*v.canonical, 1);
                1
            }
        };
        let lead = best.0 == Some(&*v.canonical);
        if lead || n > best.1 {
            best = (Some(&*v.canonical), n);
            out.push((c.start, mi));
        }
    }
    out
}

impl State {
    fn push(&mut self, e: EventFound, sentence: usize) {
        self.push_with(e, sentence, false);
    }

    fn push_with(&mut self, e: EventFound, sentence: usize, default: bool) {
        self.out.push(e);
        self.event_sentences.push(sentence);
        self.defaulted.push(default);
    }

    /// The last event that `pred` accepts among those of sentence `idx`
    /// and the `back` sentences before (the last few only).
    fn recent(
        &self,
        idx: usize,
        back: usize,
        pred: impl Fn(&EventFound) -> bool,
    ) -> Option<&EventFound> {
        self.out
            .iter()
            .zip(&self.event_sentences)
            .rev()
            .take_while(|(_, si)| **si + back >= idx)
            .take(REACH)
            .find(|(e, _)| pred(e))
            .map(|(e, _)| e)
    }

    /// [`State::recent`], to change the event found.
    fn recent_mut(
        &mut self,
        idx: usize,
        back: usize,
        pred: impl Fn(&EventFound) -> bool,
    ) -> Option<&mut EventFound> {
        self.out
            .iter_mut()
            .zip(&self.event_sentences)
            .rev()
            .take_while(|(_, si)| **si + back >= idx)
            .take(REACH)
            .find(|(e, _)| pred(e))
            .map(|(e, _)| e)
    }

    /// The index of the last deal (acquisition, or funding with
    /// `funding`) of sentence `idx` or the two before.
    fn last_deal(&self, idx: usize, funding: bool) -> Option<usize> {
        (0..self.out.len())
            .rev()
            .take_while(|&i| self.event_sentences[i] + 2 >= idx)
            .take(REACH)
            .find(|&i| {
                self.out[i].kind == EventType::Acquisition
                    || (funding && self.out[i].kind == EventType::Funding)
            })
    }
}

/// The sentence of a trigger: its tokens and its mentions.
struct Sent {
    idx: usize,
    range: Range<usize>,
    toks: Vec<Tok>,
    ments: Range<usize>,
}

impl Sent {
    /// Reads sentence `idx`, its tokens in the buffer of the one before.
    fn load(&mut self, m: &Mentions<'_>, idx: usize) {
        let range = m.sentences[idx].clone();
        tokens(m.text, range.clone(), &mut self.toks);
        self.idx = idx;
        self.ments = m.within(range.clone());
        self.range = range;
    }
}

/// Reads the arguments of one trigger.
struct Reader<'r, 'a> {
    m: &'r Mentions<'a>,
    s: &'r Sent,
    hit: Hit,
    /// Where the next trigger of the sentence starts, else its end.
    next: usize,
    /// Whether the sentence before holds a trigger.
    prev_has_trigger: bool,
    /// Whether the sentence holds no trigger but back-references.
    alone: bool,
    /// Whether the status of the acquisition just read is the default.
    defaulted: Cell<bool>,
}

impl<'a> Reader<'_, 'a> {
    fn word(&self, i: usize) -> &'a str {
        let t = self.s.toks[i];
        &self.m.text[t.start..t.end]
    }

    /// Whether the words after a `par` ending at byte `p` make an
    /// adverb of it ([`par_adverb`]).
    fn adverb_after_par(&self, p: usize) -> bool {
        let k = self.tok_at(p);
        par_adverb(|n| (k + n < self.s.toks.len()).then(|| self.word(k + n)))
            > 0
    }

    /// The index of the first token starting at or after `byte`.
    fn tok_at(&self, byte: usize) -> usize {
        self.s.toks.partition_point(|t| t.start < byte)
    }

    fn label(&self, mi: usize) -> Option<Label> {
        self.m.entity(mi).map(|e| e.0)
    }

    fn is_entity(&self, mi: usize) -> bool {
        self.label(mi).is_some_and(|l| l != Label::Loc)
    }

    /// Whether a preposition governs the noun phrase that ends with
    /// mention `mi`: right before it, or before the determiner that opens
    /// its phrase (`dans le fabricant de batteries Verkor`).
    fn prepositional(&self, mi: usize) -> bool {
        let at = self.tok_at(self.m.kept[mi].start);
        if at == 0 {
            return false;
        }
        if PREP_WORDS.holds(self.word(at - 1)) {
            return !self.company_head(at - 1);
        }
        let mut i = at;
        for _ in 0..6 {
            if i == 0 {
                return false;
            }
            i -= 1;
            let t = self.s.toks[i];
            let w = self.word(i);
            if !t.word {
                return false;
            }
            if DET_WORDS.holds(w) {
                return i > 0
                    && PREP_WORDS.holds(self.word(i - 1))
                    && !self.company_head(i - 1);
            }
            if is_any(w, &["du", "des", "au", "aux"]) && i + 1 < at {
                // `du fabricant ... X`: a contracted article opens the
                // phrase, unless a noun before it heads the phrase.
                if i == 0 || !self.s.toks[i - 1].word {
                    return true;
                }
                continue;
            }
            if w.chars().next().is_some_and(char::is_uppercase) && i > 0 {
                // `à la SIX Swiss Exchange`: capitals right before the
                // name belong to it.
                if i + 1 == at && w.chars().all(char::is_uppercase) {
                    continue;
                }
                return false;
            }
        }
        false
    }

    /// Whether token `de` (a `de` that joins a noun to its complement)
    /// follows a kind of company that no preposition governs: the name
    /// after the complement is that company's (`Le spécialiste de la
    /// trottinette Zipp`, `La start-up de l'agritech Verdi`).
    /// Whether `gap` is a company noun and the trade it names (`groupe
    /// de BTP`, `fabricant de pales nantais`, `société de gestion`):
    /// before a name, the phrase describes it.
    fn trade_phrase(&self, gap: &[Tok]) -> bool {
        let word = |t: &Tok| &self.m.text[t.start..t.end];
        let [head, de, rest @ ..] = gap else { return false };
        head.word
            && NOUN_WORDS.holds(word(head))
            && is_any(word(de), &["de", "d'", "d’"])
            && !rest.is_empty()
            && rest.len() <= 3
            && rest.iter().all(|t| {
                let w = word(t);
                t.word
                    && (w.chars().all(char::is_lowercase)
                        || w.len() <= 4 && w.chars().all(char::is_uppercase))
            })
    }

    fn company_head(&self, de: usize) -> bool {
        if !is_any(self.word(de), &["de", "d'", "du", "des"]) {
            return false;
        }
        for j in (de.saturating_sub(3)..de).rev() {
            if !self.s.toks[j].word {
                return false;
            }
            if !NOUN_WORDS.holds(self.word(j)) {
                continue;
            }
            let det = j > 0
                && is_any(
                    self.word(j - 1),
                    &["le", "la", "l'", "un", "une", "ce", "cet", "cette"],
                );
            return det && (j < 2 || !PREP_WORDS.holds(self.word(j - 2)));
        }
        false
    }

    /// Whether a subject pronoun (`il`, `elle`) stands before the verb at
    /// `pos`, past its auxiliaries and adverbs (`Elle avait déjà levé`).
    fn pronoun_subject(&self, pos: usize) -> bool {
        const AUX: &[&str] = &[
            "a",
            "ai",
            "aussi",
            "aurait",
            "avait",
            "ainsi",
            "d'",
            "de",
            "déjà",
            "désormais",
            "devrait",
            "doit",
            "en",
            "encore",
            "enfin",
            "est",
            "l'",
            "lui",
            "n'",
            "ne",
            "par",
            "ailleurs",
            "pas",
            "pourrait",
            "s'",
            "se",
            "sera",
            "serait",
            "va",
            "vient",
            "y",
            "également",
            "finalement",
            // `Il avait lui-même avalé`.
            "lui-même",
            "elle-même",
        ];
        let at = self.tok_at(pos);
        for k in (at.saturating_sub(6)..at).rev() {
            let w = self.word(k);
            if is_any(w, &["il", "elle"]) {
                return true;
            }
            if !is_any(w, AUX) {
                return false;
            }
        }
        false
    }

    /// `en discussions avec X pour lui racheter Y`, `avec le fonds X pour
    /// lui céder Y`: the party `lui` before the trigger at `pos` stands
    /// for, named right before `pour` after `avec`; not one of the deal's
    /// other parties.
    fn dative_party(&self, pos: usize, a: &ArgsFound) -> Option<usize> {
        let at = self.tok_at(pos);
        if at < 2
            || !is(self.word(at - 1), "lui")
            || !is(self.word(at - 2), "pour")
        {
            return None;
        }
        let pour = self.s.toks[at - 2].start;
        self.before(pour).next().filter(|&b| {
            let gap = self.between(self.m.kept[b].end, pour);
            gap.is_empty() && Some(b) != a.buyer && Some(b) != a.target && {
                // `avec l'homme d'affaires charentais X`.
                let lead = self.tok_at(self.m.kept[b].start);
                (lead.saturating_sub(7)..lead)
                    .any(|k| is(self.word(k), "avec"))
            }
        })
    }

    /// `les 62 % détenus depuis 2021 par le fonds Ardmore Partners`: the
    /// holder of the shares bought, after the trigger, sells them.
    fn holder_selling(
        &self,
        pos: usize,
        end: usize,
        a: &ArgsFound,
    ) -> Option<usize> {
        let i = self.tok_at(pos);
        let j = self.tok_at(end).min(i + REACH);
        let held = (i..j).find(|&k| {
            is_any(self.word(k), &["détenus", "détenues", "détenu", "détenue"])
        })?;
        let par = (held + 1..(held + 5).min(j))
            .find(|&k| is(self.word(k), "par"))?;
        self.entity_after(self.s.toks[par].end, 3, OBJECT_STOPS).filter(|&s| {
            self.org_like(s) && Some(s) != a.target && Some(s) != a.buyer
        })
    }

    /// Whether the sentence opens with `Nous` and states the deal at
    /// `pos` in its first clause (`Nous sommes en négociations pour
    /// racheter X`): a company speaking of itself, in an interview's
    /// answer or a quote.
    fn we_subject(&self, pos: usize) -> bool {
        let at = self.tok_at(pos);
        at > 0
            && at <= 12
            && self.word(0) == "Nous"
            && (1..at).all(|k| !matches!(self.word(k), "," | ";" | ":"))
    }

    /// The entity mentions of the sentence ending at or before `pos`,
    /// nearest first.
    fn before(&self, pos: usize) -> impl Iterator<Item = usize> + '_ {
        let kept = self.m.kept;
        let r = self.s.ments.clone();
        let hi = r.start + kept[r.clone()].partition_point(|c| c.start < pos);
        (r.start..hi).rev().filter(move |&i| kept[i].end <= pos).take(REACH)
    }

    /// The entity mentions of the sentence starting at or after `pos`, in
    /// order.
    fn after(&self, pos: usize) -> impl Iterator<Item = usize> + '_ {
        let kept = self.m.kept;
        let r = self.s.ments.clone();
        let lo = r.start + kept[r.clone()].partition_point(|c| c.start < pos);
        (lo..r.end).take(REACH)
    }

    /// The mentions of the sentence within [`REACH`] words of the
    /// trigger, on either side.
    fn near(&self) -> Range<usize> {
        let toks = &self.s.toks;
        let at = self.tok_at(self.hit.start);
        let lo = toks.get(at.saturating_sub(REACH)).map_or(0, |t| t.start);
        let hi = toks.get(at + REACH).map_or(usize::MAX, |t| t.end);
        // Searched among the sentence's mentions only.
        let r = self.s.ments.clone();
        let kept = &self.m.kept[r.clone()];
        let a = kept.partition_point(|c| c.start < lo);
        let b = kept.partition_point(|c| c.start < hi).max(a);
        r.start + a..r.start + b
    }

    /// The words between two byte offsets of the sentence.
    fn between(&self, a: usize, b: usize) -> &[Tok] {
        let (i, j) = (self.tok_at(a), self.tok_at(b));
        &self.s.toks[i..j.max(i)]
    }

    /// The subject of the verb or noun at `pos`: the antecedent of `qui`
    /// right before it, else the nearest entity before it that no
    /// preposition governs; none past a subject pronoun or `;`.
    fn subject(&self, pos: usize) -> Option<usize> {
        // The words between each mention and `pos` are read once: from
        // the nearest mention back, each gap adds the words up to the
        // mention before.
        let mut seen = pos;
        for mi in self.before(pos) {
            let c = &self.m.kept[mi];
            if self.between(c.end, seen).iter().any(|t| {
                is_any(
                    &self.m.text[t.start..t.end],
                    &["il", "elle", "ils", "elles", ";", "lorsqu'"],
                )
            }) {
                return None;
            }
            seen = seen.min(c.start);
            // `PARIS, 3 mars (AFP) - Le chiffre d'affaires ...`: the
            // dateline ends the sentence's words; its agency reports.
            if self.is_source(mi) {
                return None;
            }
            if !self.is_entity(mi) || self.label(mi) == Some(Label::Misc) {
                continue;
            }
            let gap = self.between(c.end, pos);
            let word =
                |i: usize| gap.get(i).map(|t| &self.m.text[t.start..t.end]);
            let rel = match word(0) {
                Some(",") => word(1).is_some_and(|w| is(w, "qui")),
                Some(w) => is(w, "qui"),
                None => false,
            };
            // `Néréide a racheté la société Parlio et a réalisé ...`: the
            // object of the verb before is not the subject of the next.
            let coordinated = word(0).is_some_and(|w| is(w, "et"))
                && word(1).is_some_and(|w| {
                    is_any(w, &["a", "ont", "avait", "avaient", "va", "vont"])
                });
            // `Son groupe, qui avait racheté la fromagerie Vauquelin,
            // réalise ...`, `Le club, qui a battu G2 Esports 3-1 en
            // finale, a annoncé ...`: a name inside a relative clause a
            // comma closes before the verb.
            let closed = || (0..gap.len()).any(|i| word(i) == Some(","));
            if coordinated || closed() && self.in_relative(mi) {
                continue;
            }
            if rel || !self.prepositional(mi) {
                return Some(mi);
            }
        }
        None
    }

    /// Whether mention `mi` stands in a relative clause: the last comma
    /// before it, within a few words, opens `qui`.
    fn in_relative(&self, mi: usize) -> bool {
        let k = self.tok_at(self.m.kept[mi].start);
        (k.saturating_sub(16)..k)
            .rev()
            .find(|&j| self.word(j) == ",")
            .is_some_and(|j| {
                j + 1 < k && is_any(self.word(j + 1), &["qui", "dont"])
            })
    }

    /// Whether the mention `mi` is the date of a dateline: followed by
    /// the agency in brackets, or straight away, by the dash that opens
    /// the dispatch (`PARIS, 12 février (AFP) -`, `GENÈVE, 3 mars -`).
    fn is_dateline(&self, mi: usize) -> bool {
        let c = &self.m.kept[mi];
        let rest = self.m.text[c.end..].trim_start_matches(' ');
        let rest = match rest.strip_prefix('(') {
            Some(r) => match r.find(')') {
                Some(k) if k <= 24 => r[k + 1..].trim_start_matches(' '),
                _ => return false,
            },
            None => rest,
        };
        rest.starts_with(['-', '\u{2013}', '\u{2014}'])
    }

    /// Whether mention `mi` is a source in parentheses (`PARIS, 12 juin
    /// (Reuters) -`, `(AFP)`), which reports and acts in no event.
    fn is_source(&self, mi: usize) -> bool {
        let c = &self.m.kept[mi];
        self.m.text[..c.start].trim_end().ends_with('(')
            && self.m.text[c.end..].trim_start().starts_with(')')
    }

    /// The subject and the entities coordinated with it (`CoreWeave, une
    /// société ..., et H, ... ont levé`).
    fn subjects(&self, pos: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let Some(mut mi) = self.subject(pos) else { return out };
        out.push(mi);
        while out.len() < 6 {
            let at = self.tok_at(self.m.kept[mi].start);
            let et = (at >= 1 && is(self.word(at - 1), "et"))
                || (at >= 2
                    && is(self.word(at - 2), "et")
                    && self.word(at - 1) == ",");
            if !et {
                break;
            }
            let start = self.m.kept[mi].start;
            let Some(prev) = self
                .before(start)
                .find(|&p| self.is_entity(p) && !self.prepositional(p))
            else {
                break;
            };
            out.insert(0, prev);
            mi = prev;
        }
        out
    }

    /// Whether a percentage right after `pos` is a stake of a company
    /// named by a noun (`16 % de l'entreprise`, `environ 10 % du
    /// capital`), no name after it.
    fn stake_of_firm(&self, pos: usize) -> bool {
        let pct = self.after(pos).next().filter(|&i| {
            matches!(self.m.kept[i].found, Found::Percentage(_))
                && self.between(pos, self.m.kept[i].start).len() <= 1
        });
        let Some(p) = pct else { return false };
        let at = self.tok_at(self.m.kept[p].end);
        let word = |k: usize| self.s.toks.get(k).map(|_| self.word(k));
        let capital =
            word(at) == Some("du") && word(at + 1) == Some("capital");
        (capital || self.names_company_after(self.m.kept[p].end))
            && self
                .after(self.m.kept[p].end)
                .find(|&i| self.is_entity(i))
                .is_none_or(|i| self.tok_at(self.m.kept[i].start) > at + 4)
    }

    /// Whether the words after `pos` name a company by a noun, past a
    /// stake (`85 % du club normand`, `la société`): a few words, a
    /// company noun after an article or `du`, no name between.
    fn names_company_after(&self, pos: usize) -> bool {
        let at = self.tok_at(pos);
        let toks = &self.s.toks;
        (at..(at + 6).min(toks.len())).any(|k| {
            k > at
                && (NOUN_WORDS.holds(self.word(k))
                    && is_any(self.word(k - 1), &["du", "le", "la", "l'"])
                    // `acquérir 70 % de son capital`: the capital of the
                    // company the text is about.
                    || is(self.word(k), "capital")
                        && is(self.word(k - 1), "son"))
                && self.after(pos).next().is_none_or(|i| {
                    self.m.kept[i].start >= toks[k].end
                        // `a jeté son dévolu mardi sur le fabricant`: a
                        // date or a stake before the noun.
                        || matches!(
                            self.m.kept[i].found,
                            Found::Percentage(_) | Found::Date(_)
                        )
                })
        })
    }

    /// The first entity after `pos` within `limit` words, before any of
    /// `stops`.
    fn entity_after(
        &self,
        pos: usize,
        limit: usize,
        stops: &[&str],
    ) -> Option<usize> {
        let mi = self
            .after(pos)
            .take_while(|&i| self.m.kept[i].start < self.s.range.end)
            .find(|&i| self.is_entity(i))?;
        let gap = self.between(pos, self.m.kept[mi].start);
        let word = |t: &words::Tok| &self.m.text[t.start..t.end];
        // `le fabricant de pompes à perfusion Sorvalis`: `à` inside a
        // describing phrase, before a bare noun, stops nothing.
        let inside = |j: usize| {
            is(word(&gap[j]), "à")
                && gap.get(j + 1).is_some_and(|n| {
                    j + 1 < gap.len()
                        && n.word
                        && word(n).chars().all(char::is_lowercase)
                        && !is_any(
                            word(n),
                            &[
                                "la", "le", "les", "l'", "un", "une", "son",
                                "sa", "ses", "leur", "leurs",
                            ],
                        )
                })
        };
        // `a racheté en novembre, pour un montant non communiqué, son
        // concurrent X`: an incise between commas is passed over.
        // The words passed over, as bits (a gap of more than 64 words is
        // too long anyway).
        let mut skip = 0u64;
        let mut j = 0;
        while j < gap.len().min(64) {
            if word(&gap[j]) == "," && !glued(gap, j) {
                let close = (j + 1..gap.len().min(j + 10))
                    .find(|&c| word(&gap[c]) == "," && !glued(gap, c));
                // A circumstance only (`, pour un montant non
                // communiqué,`), not an apposition (`, président de X,`).
                if let Some(c) = close
                    && !gap[j + 1..c].iter().any(|t| word(t) == ".")
                    && is_any(
                        word(&gap[j + 1]),
                        &[
                            "pour", "après", "avant", "depuis", "en", "dans",
                            "lors", "malgré", "sans", "via", "grâce",
                        ],
                    )
                {
                    for x in j..=c.min(63) {
                        skip |= 1 << x;
                    }
                    j = c + 1;
                    continue;
                }
            }
            // `rachète par ailleurs X`: an adverb opened by `par` is
            // passed over too.
            if is(word(&gap[j]), "par") {
                let words = par_adverb(|n| gap.get(j + 1 + n).map(word));
                if words > 0 {
                    let len = 1 + words;
                    for x in j..(j + len).min(64) {
                        skip |= 1 << x;
                    }
                    j += len;
                    continue;
                }
            }
            j += 1;
        }
        let skipped = |j: usize| j < 64 && skip & (1 << j) != 0;
        let kept = gap.len() - skip.count_ones() as usize;
        if kept > limit
            || gap.iter().enumerate().any(|(j, t)| {
                !skipped(j) && is_any(word(t), stops) && !inside(j)
                    || word(t) == "."
            })
        {
            return None;
        }
        Some(mi)
    }

    /// The first entity after one of the `cues` (word sequences) found
    /// between `pos` and `end`, within `limit` words of the cue.
    fn entity_after_cue(
        &self,
        pos: usize,
        end: usize,
        cues: &[&[&str]],
        limit: usize,
    ) -> Option<usize> {
        let at = self.cue_after(pos, end, cues)?;
        self.entity_after(at, limit, OBJECT_STOPS)
    }

    /// The byte offset right after the first of `cues` between `pos` and
    /// `end`.
    fn cue_after(
        &self,
        pos: usize,
        end: usize,
        cues: &[&[&str]],
    ) -> Option<usize> {
        let i = self.tok_at(pos);
        let j = self.tok_at(end).min(i + REACH);
        // The ASCII first letters the cues start with, lowered, by their
        // low six bits: a word whose first byte has other low bits is
        // passed in one test (most words); bytes sharing their low bits
        // with a cue's are read on.
        let mut firsts = 0u64;
        for c in cues {
            match c.first().and_then(|w| w.bytes().next()) {
                Some(b) if b < 0x80 => {
                    firsts |= 1 << (b.to_ascii_lowercase() & 63);
                }
                _ => firsts = u64::MAX,
            }
        }
        let text = self.m.text.as_bytes();
        for k in i..j {
            // Every token has a byte: its first, read in place.
            let b = text[self.s.toks[k].start];
            if b < 0x80 && firsts & (1 << (b.to_ascii_lowercase() & 63)) == 0 {
                continue;
            }
            // The token's word, cut once for every cue it may open.
            let first = self.word(k);
            for c in cues {
                if k + c.len() <= j
                    && c.iter().enumerate().all(|(n, w)| match n {
                        0 => is(first, w),
                        _ => is(self.word(k + n), w),
                    })
                {
                    return Some(self.s.toks[k + c.len() - 1].end);
                }
            }
        }
        None
    }

    /// Entities in a list from `first`: `X, Y et Z`, `X et de Y`.
    fn list_from(&self, first: usize) -> Vec<usize> {
        let mut out = vec![first];
        let mut last = first;
        for mi in self.after(self.m.kept[first].end) {
            if !self.is_entity(mi) {
                break;
            }
            let mut gap =
                self.between(self.m.kept[last].end, self.m.kept[mi].start);
            // `auprès d'Elaia, qui mène le tour, et de Bpifrance`: past a
            // relative clause on the name before.
            if gap.len() > 3
                && &self.m.text[gap[0].start..gap[0].end] == ","
                && is(&self.m.text[gap[1].start..gap[1].end], "qui")
                && let Some(c) = (2..gap.len().min(10))
                    .find(|&k| &self.m.text[gap[k].start..gap[k].end] == ",")
            {
                gap = &gap[c..];
            }
            // `Desjardins et du fonds ontarien Northlake Capital`: a
            // company noun and one adjective describe the next name.
            let word = |k: usize| &self.m.text[gap[k].start..gap[k].end];
            let joined = !gap.is_empty()
                && gap.len() <= 6
                && (0..gap.len()).all(|k| {
                    is_any(
                        word(k),
                        &[
                            ",", "et", "de", "d'", "du", "des", "la", "l'",
                            "le", "ainsi", "que", "avec",
                        ],
                    ) || (k > 0
                        && NOUN_WORDS.holds(word(k))
                        && is_any(word(k - 1), &["du", "la", "le", "l'"]))
                        || (k > 1
                            && gap[k].word
                            && word(k).starts_with(char::is_lowercase)
                            && NOUN_WORDS.holds(word(k - 1)))
                });
            // `Proparco, filiale de l'AFD, et du fonds X`: the parent
            // of the name before describes it, no member of the list.
            let parent = gap.len() <= 5 && self.parent_named(mi);
            if !joined && !parent {
                break;
            }
            if !parent {
                out.push(mi);
            }
            last = mi;
        }
        out
    }

    /// Whether mention `mi` follows `filiale de` (`Proparco, filiale de
    /// l'Agence française de développement`): the parent named to say
    /// what the name before it is.
    fn parent_named(&self, mi: usize) -> bool {
        let start = self.m.kept[mi].start;
        let mut from = start.saturating_sub(24);
        while !self.m.text.is_char_boundary(from) {
            from -= 1;
        }
        let before = &self.m.text[from..start];
        before.rfind("filiale").is_some_and(|at| {
            before[at..]
                .trim_start_matches("filiales")
                .trim_start_matches("filiale")
                .split([' ', '\'', '\u{2019}', '\u{a0}'])
                .all(|w| {
                    matches!(
                        w,
                        "" | "de" | "du" | "des" | "d" | "l" | "la" | "le"
                    )
                })
        })
    }

    /// The first amount after `pos` in the sentence, before `end`; with
    /// `plain`, not one a valuation word introduces; none past a relative
    /// clause's `, qui`.
    fn money_after(
        &self,
        pos: usize,
        end: usize,
        plain: bool,
    ) -> Option<usize> {
        self.money_in(pos, end, plain, true)
    }

    /// [`Reader::money_after`]; with `relative` false, also in a relative
    /// clause (`le chiffre d'affaires, qui a atteint 4 milliards`: a
    /// result's figure).
    fn money_in(
        &self,
        pos: usize,
        end: usize,
        plain: bool,
        relative: bool,
    ) -> Option<usize> {
        for mi in self.after(pos) {
            let c = &self.m.kept[mi];
            if c.start >= end {
                return None;
            }
            if !matches!(c.found, Found::Money(_)) {
                continue;
            }
            if (plain && self.valued(mi))
                || self.per_share(mi)
                || self.penalty(mi)
            {
                continue;
            }
            // `a déjà beaucoup dépensé cet été : le milieu X a été acheté
            // pour 18 millions`: past a semicolon or a colon and a
            // clause of its own, the amount is another fact's.
            // Nor past a relative clause's `, qui` (`reprend la
            // participation du fonds X, qui avait mené la levée de 40
            // millions`): the amount is the clause's.
            let between = &self.m.text[pos.min(c.start)..c.start];
            // `rachète Ledgerly, qui compte 40 salariés, pour 18
            // millions`: a relative clause closed before the price.
            let closed = || {
                between.rfind(", qui ").is_some_and(|q| {
                    between[q + 6..].rfind(", ").is_some_and(|k| {
                        let tail = &between[q + 6 + k + 2..];
                        tail.starts_with("pour ") && tail.len() <= 8
                    })
                })
            };
            if between.contains(';')
                || between.contains(" : ")
                || relative && between.contains(", qui ") && !closed()
            {
                return None;
            }
            return Some(mi);
        }
        None
    }

    /// Whether amount `mi` is a fine or damages (`une amende de 14
    /// millions d'euros`, `sanctionné de 14 millions d'euros`, `38,7
    /// millions d'euros d'amendes`), never a deal's amount.
    fn penalty(&self, mi: usize) -> bool {
        let c = &self.m.kept[mi];
        let after = self.m.text[c.end..].trim_start();
        if [
            "d'amende",
            "d’amende",
            "de pénalité",
            "d'astreinte",
            "d’astreinte",
        ]
        .iter()
        .any(|p| after.starts_with(p))
        {
            return true;
        }
        let before = self.m.text[..c.start].trim_end();
        let Some(rest) = ["de", "d'", "d’", "à"].iter().find_map(|p| {
            before
                .strip_suffix(p)
                .filter(|r| r.ends_with([' ', '\u{a0}']) || p.len() > 2)
        }) else {
            return false;
        };
        let word = rest
            .trim_end()
            .rsplit(|ch: char| !ch.is_alphabetic())
            .next()
            .unwrap_or_default();
        matches!(
            word,
            "amende"
                | "amendes"
                | "sanction"
                | "sanctions"
                | "sanctionné"
                | "sanctionnée"
                | "sanctionnés"
                | "condamné"
                | "condamnée"
                | "condamnés"
                | "pénalité"
                | "pénalités"
                | "astreinte"
                | "indemnité"
                | "indemnités"
        )
    }

    /// Whether amount `mi` is a price per share (`54,20 euros par
    /// action`), never a deal's amount.
    fn per_share(&self, mi: usize) -> bool {
        let after = self.m.text[self.m.kept[mi].end..].trim_start();
        ["par action", "l'action", "l’action", "par titre", "le titre"]
            .iter()
            .any(|p| after.starts_with(p))
    }

    /// The first percentage after `pos` and before `end` with a word of
    /// class `class` among the four words before it.
    fn pct_after(&self, pos: usize, end: usize, class: u8) -> Option<usize> {
        let mut buf = String::new();
        for mi in self.after(pos) {
            let c = &self.m.kept[mi];
            if c.start >= end {
                return None;
            }
            if !matches!(c.found, Found::Percentage(_)) {
                continue;
            }
            let at = self.tok_at(c.start);
            let signed = self.m.text[c.start..].starts_with(['+', '-']);
            let cued = (at.saturating_sub(4)..at).any(|k| {
                CUES.get(lower(self.word(k), &mut buf))
                    .is_some_and(|b| b & class != 0)
            });
            if signed || cued {
                return Some(mi);
            }
        }
        None
    }

    /// The date of the fact: the date nearest the trigger in its
    /// sentence, else the last of the sentence before when that one
    /// states no fact of its own (`Le 26 mai, c'était au tour de X. X a
    /// levé ...`).
    fn date(&self) -> Option<usize> {
        let kept = self.m.kept;
        let is_date = |i: &usize| match &kept[*i].found {
            Found::Date(d) => {
                matches!(d.kind, DateType::Date | DateType::Time)
            }
            _ => false,
        };
        let dist = |i: &usize| {
            let c = &kept[*i];
            if c.end <= self.hit.start {
                self.hit.start - c.end
            } else {
                c.start.saturating_sub(self.hit.end)
            }
        };
        // Not a date of a relative clause after the trigger (`reprend la
        // participation du fonds X, qui avait mené la levée bouclée en
        // 2034`).
        let own = |i: &usize| {
            let c = &kept[*i];
            c.start < self.hit.end
                || !self.m.text[self.hit.end..c.start].contains(", qui ")
        };
        let mut near = self.near().filter(is_date).peekable();
        if near.peek().is_some() {
            // The sentence dates something: its own fact, or none. The
            // date of a dateline (`PARIS, 12 février (AFP) - X a levé
            // ..., a-t-elle annoncé mardi`) dates the dispatch: another
            // day of the sentence dates the fact (a year does not: `la
            // marque fondée en 2008`).
            let own: Vec<usize> = near.filter(own).collect();
            let dated = |i: &&usize| {
                !self.is_dateline(**i)
                    && matches!(&kept[**i].found, Found::Date(d)
                        if d.value.len() == 10 && d.value.as_bytes()[7] == b'-')
            };
            let nearest = own.iter().min_by_key(|i| dist(i)).copied();
            return match nearest {
                Some(d) if self.is_dateline(d) => own
                    .iter()
                    .filter(dated)
                    .min_by_key(|i| dist(i))
                    .copied()
                    .or(nearest),
                _ => nearest,
            };
        }
        // `... a bouclé une ronde de 45 millions $. L'opération, annoncée
        // mardi, ...`: the next sentence dates the deal it refers back to.
        if let Some(next) = self.m.sentences.get(self.s.idx + 1) {
            let cut = floor(self.m.text, next.end.min(next.start + 48));
            let head = &self.m.text[next.start..cut.max(next.start)];
            let head = head.trim_start_matches([
                '«', '“', '"', ' ', '\u{a0}', '\u{202f}',
            ]);
            let refers = [
                "L'opération",
                "L’opération",
                "La transaction",
                "L'accord",
                "L’accord",
                "L'acquisition",
                "L’acquisition",
                "Le rachat",
                "La cession",
                "La levée",
                "Ce tour de table",
                "Cette levée",
                "Cette opération",
                "Le tour de table",
            ]
            .iter()
            .any(|p| head.starts_with(p));
            if refers {
                let r = self.m.within(next.clone());
                if let Some(i) = (r.start..r.end).take(4).find(is_date) {
                    return Some(i);
                }
            }
        }
        if self.prev_has_trigger || self.s.idx == 0 {
            return None;
        }
        // `Par Loïc Dumont – Publié le 09/07/2043 à 11:25`: a byline
        // dates the article, not the fact of the lead after it.
        let before = self.m.sentences[self.s.idx - 1].clone();
        let line = self.m.text[before.clone()].trim_start();
        if line.starts_with("Par ")
            || line.starts_with("Publié")
            || line.contains("Publié le")
            || line.contains("Mis à jour")
        {
            return None;
        }
        let prev = self.m.within(before);
        prev.rev().take(REACH).find(is_date)
    }

    /// The period of a result: a year, quarter, half or month in the
    /// sentence, nearest the trigger.
    fn period(&self) -> Option<usize> {
        let kept = self.m.kept;
        // `a publié en avril un bénéfice de 18 milliards pour 2032`: the
        // period the figure is for, over the month it was published.
        let marked = |i: usize| {
            let at = self.tok_at(kept[i].start);
            at > 0 && is_any(self.word(at - 1), &["pour", "sur"])
        };
        let periods = || {
            self.near().filter(|&i| match &kept[i].found {
                Found::Date(d) => is_period(&d.value),
                _ => false,
            })
        };
        let near = |i: &usize| kept[*i].start.abs_diff(self.hit.start);
        // `Son chiffre d'affaires a progressé ..., contre une perte de 11
        // M€ en 2034`: the year after `contre` is the comparison's; so is
        // the date of a clause opened by `alors que` (`une perte, alors
        // qu'il était bénéficiaire un an plus tôt`).
        let compared = |i: &usize| {
            kept[*i].start > self.hit.end
                && self.between(self.hit.end, kept[*i].start).iter().any(|t| {
                    matches!(&self.m.text[t.start..t.end], "contre" | "alors")
                })
        };
        periods()
            .filter(|&i| marked(i) && !compared(&i))
            .min_by_key(near)
            .or_else(|| periods().filter(|i| !compared(i)).min_by_key(near))
    }

    /// [`Reader::period`], else the period of a result of this sentence
    /// or the one before (`a publié ses comptes 2035. Son chiffre
    /// d'affaires ...`: the accounts' year), else a period the sentence
    /// before gives the accounts.
    fn period_or_carried(&self, st: &State) -> Option<usize> {
        self.period()
            .or_else(|| {
                // Not the figure compared with (`contre une perte de 11 M€
                // en 2034`).
                let compared = |e: &EventFound| {
                    let lo = super::floor(
                        self.m.text,
                        e.trigger.start.saturating_sub(16),
                    );
                    self.m.text[lo..e.trigger.start].contains("contre ")
                };
                st.recent(self.s.idx, 1, |e| {
                    e.kind == EventType::Result
                        && e.args.period.is_some()
                        && !compared(e)
                })
                .and_then(|e| e.args.period)
            })
            .or_else(|| {
                let prev = self.s.idx.checked_sub(1)?;
                let r = self.m.within(self.m.sentences[prev].clone());
                r.rev().find(|&i| {
                    let Found::Date(d) = &self.m.kept[i].found else {
                        return false;
                    };
                    is_period(&d.value) && {
                        let text = &self.m.text[..self.m.kept[i].start];
                        let word =
                            text.trim_end().rsplit(' ').next().unwrap_or("");
                        // `a basculé dans le rouge au premier semestre`:
                        // a half or a quarter is the accounts' period.
                        is_any(word, &ACCOUNTS)
                            || d.value.contains("-H")
                            || d.value.contains("-Q")
                    }
                })
            })
    }

    /// The company a back-reference points to: the last event's of this
    /// sentence or the two before, else the first organisation named in
    /// the two sentences before, one no preposition governs first.
    fn topic(&self, st: &State) -> Option<usize> {
        // A fund reports no sales: a figure whose company would be a fund
        // the text names most is the company that fund bought.
        let leader = || {
            let l = self.leader(st)?;
            if matches!(self.hit.frame, Frame::Metric(_)) && self.fund(l) {
                let name = canonical(self.m, Some(l));
                let bought = st.out.iter().rev().take(REACH).find_map(|e| {
                    (e.kind == EventType::Acquisition
                        && canonical(self.m, e.args.buyer) == name)
                        .then_some(e.args.target)
                        .flatten()
                });
                if bought.is_some() {
                    return bought;
                }
            }
            Some(l)
        };
        // `La jeune pousse` naming none of the last paragraph's start-ups
        // is the one the article is about, not a fund just named.
        let young = self.young_noun_before();
        self.noun_referent()
            .or_else(|| {
                young
                    .then(|| self.startup_referent().or_else(leader))
                    .flatten()
            })
            .or_else(|| self.topic_here(None))
            .or_else(|| self.event_topic(st))
            // `Le groupe a aussi dévoilé ses comptes. Son chiffre
            // d'affaires ...`, `Au premier semestre, la société a creusé
            // sa perte`: a company's plain noun as the subject is the
            // company the text is about, not the last one named.
            .or_else(|| self.plain_firm_subject().then(leader).flatten())
            .or_else(|| self.named_topic(false, None))
            // `Le groupe, qui emploie ...` with no organisation near: the
            // one the text has named most.
            .or_else(leader)
            .or_else(|| self.named_topic(true, None))
    }

    /// Whether a company's plain noun (`le groupe`, `la société`,
    /// `l'entreprise`) is the subject before the trigger, no name between
    /// them, or opens the sentence before in the same paragraph.
    fn plain_firm_subject(&self) -> bool {
        const NOUNS: &[&str] =
            &["groupe", "société", "entreprise", "compagnie", "firme"];
        const ARTICLES: &[&str] = &["le", "la", "l'", "l\u{2019}"];
        let at = self.tok_at(self.hit.start);
        let here = (1..at).rev().take(12).find(|&k| {
            is_any(self.word(k), NOUNS) && is_any(self.word(k - 1), ARTICLES)
        });
        if let Some(k) = here {
            let from = self.s.toks[k].end;
            let named = self.m.within(from..self.hit.start);
            return !(named.start..named.end).any(|i| self.is_entity(i));
        }
        // The sentence before, in the same paragraph.
        let Some(prev) = self.s.idx.checked_sub(1) else { return false };
        let r = self.m.sentences[prev].clone();
        let text = self.m.text;
        if text
            .get(r.end..self.s.range.start)
            .is_none_or(|gap| gap.contains('\n'))
        {
            return false;
        }
        let head = &text[r.start..floor(text, r.end.min(r.start + 24))];
        ["Le groupe ", "La société ", "L'entreprise ", "L\u{2019}entreprise "]
            .iter()
            .any(|p| head.starts_with(p))
    }

    /// The company a round refers back to ([`Reader::topic`]), but for
    /// an investor of a round just stated (`Le tour de table est mené par
    /// Eurazeo avec le fonds Rubio. ... Elle avait déjà levé`): then the
    /// organisation the text names most.
    fn funded_topic(&self, st: &State) -> Option<usize> {
        let invested = |i: usize| {
            let name = canonical(self.m, Some(i));
            st.out.iter().rev().take(REACH).any(|e| {
                e.kind == EventType::Funding
                    && e.args
                        .investors
                        .iter()
                        .any(|&v| canonical(self.m, Some(v)) == name)
            })
        };
        let t = self.topic(st)?;
        if !invested(t) {
            return Some(t);
        }
        self.leader(st).filter(|&l| !invested(l))
    }

    /// The organisation the text has named most before the trigger
    /// ([`leaders`]).
    fn leader(&self, st: &State) -> Option<usize> {
        let i = st.leaders.partition_point(|&(at, _)| at < self.hit.start);
        i.checked_sub(1).map(|i| st.leaders[i].1)
    }

    /// The organisation the text is about other than `not` (the buyer
    /// of `racheter 85 % du club normand`): one named before the trigger
    /// ([`Reader::named_topic`]), else the one named most.
    fn topic_other_than(
        &self,
        st: &State,
        not: Option<usize>,
    ) -> Option<usize> {
        let name = canonical(self.m, not);
        self.named_topic(false, name).or_else(|| {
            self.leader(st).filter(|&l| canonical(self.m, Some(l)) != name)
        })
    }

    /// `La jeune pousse avait levé ...` after `la start-up nantaise X,
    /// depuis rachetée par Y`: a young company's noun before the trigger
    /// stands for the last name so introduced in this sentence or the two
    /// before, not for its buyer.
    fn startup_referent(&self) -> Option<usize> {
        let lo = self.s.idx.saturating_sub(2);
        let from = self.m.sentences.get(lo)?.start;
        let text = self.m.text;
        let r = self.m.within(from..self.hit.start);
        // Within the paragraph: a new one's `La jeune pousse` is the
        // article's company, not the start-up it bought.
        (r.start..r.end).rev().take(REACH).find(|&i| {
            let c = &self.m.kept[i];
            self.label(i) == Some(Label::Org)
                && !text[c.end..self.hit.start].contains("\n\n")
                && {
                    let before = self.lead_in(i);
                    YOUNG_NOUNS.iter().any(|n| before.contains(n))
                }
        })
    }

    /// `l'enseigne avait été rachetée en 2034` after `l'enseigne
    /// bretonne Kerjardin`, `la coopérative a levé` after `Mosa Lecteurs,
    /// une société coopérative`: a firm's noun ([`REFERENT_NOUNS`]) after
    /// a definite article among the six words before the trigger stands
    /// for the last organisation the text introduced by that noun, before
    /// its name or in apposition after it; not when a name follows the
    /// noun (`la coopérative Terres d'Armor rachète`).
    fn noun_referent(&self) -> Option<usize> {
        let at = self.tok_at(self.hit.start);
        let (k, noun) = (at.saturating_sub(6)..at).find_map(|k| {
            let w = self.word(k);
            (k > 0
                && is_any(self.word(k - 1), &["l'", "la", "le", "cette"])
                && is_any(w, &REFERENT_NOUNS))
            .then_some((k, w))
        })?;
        let from = self.s.toks[k].start;
        let named = self.m.within(from..self.hit.start);
        if (named.start..named.end).any(|i| self.is_entity(i)) {
            return None;
        }
        self.introduced_by(noun, from)
    }

    /// The last organisation before byte `from` the text introduced by
    /// `noun`, before its name or in apposition after it (`le fonds
    /// new-yorkais Ridgeline`, `Vaxo, une coopérative`); for `club`, a
    /// club's name too (`le FC Val de Loire`).
    fn introduced_by(&self, noun: &str, from: usize) -> Option<usize> {
        let text = self.m.text;
        let r = self.m.within(0..from);
        let found = (r.start..r.end).rev().take(4 * REACH).find(|&i| {
            let c = &self.m.kept[i];
            self.label(i) == Some(Label::Org) && {
                let hi = floor(text, (c.end + 32).min(from));
                let after = text.get(c.end..hi).unwrap_or("");
                // The noun's phrase may hold a complement and two
                // adjectives (`le fonds d'investissement new-yorkais`),
                // in lower case: no name, clause or sentence between.
                let lo = floor(text, c.start.saturating_sub(48));
                let heads = text[lo..c.start].rfind(noun).is_some_and(|k| {
                    let rest = &text[lo + k + noun.len()..c.start];
                    rest.split_whitespace().count() <= 4
                        && !rest.contains([',', '.', ';', ':', '«', '»', '('])
                        && rest.split_whitespace().all(|w| {
                            w.starts_with(|ch: char| !ch.is_uppercase())
                        })
                });
                // `Vaxo, une coopérative`: in apposition, its head.
                let apposed = after.strip_prefix(", ").is_some_and(|a| {
                    a.split_whitespace().take(3).any(|w| {
                        let w = w.strip_prefix("l'").unwrap_or(w);
                        w.strip_prefix("l’").unwrap_or(w) == noun
                    })
                });
                heads || apposed
            }
        });
        if found.is_some() || noun != "club" {
            return found;
        }
        // `Le FC Val de Loire change de mains. ... le club a réalisé`:
        // the club the text names most, by a club's acronym.
        let club = |i: usize| {
            let c = &self.m.kept[i];
            self.label(i) == Some(Label::Org)
                && text[c.start..c.end]
                    .split(' ')
                    .any(crate::extract::entities::club_acronym)
        };
        let window = || (r.start..r.end).rev().take(4 * REACH);
        // The last few clubs named, each with its latest mention, then
        // the mentions of each counted: a text of a thousand clubs stays
        // linear.
        let mut clubs: Vec<(Option<&str>, usize, usize)> = Vec::new();
        for i in window().filter(|&i| club(i)) {
            let name = canonical(self.m, Some(i));
            if !clubs.iter().any(|c| c.0 == name) {
                clubs.push((name, i, 0));
                if clubs.len() == 8 {
                    break;
                }
            }
        }
        for j in window().filter(|&j| self.is_entity(j)) {
            let name = canonical(self.m, Some(j));
            if let Some(c) = clubs.iter_mut().find(|c| c.0 == name) {
                c.2 += 1;
            }
        }
        // The most named; of two named as often, the one named first
        // (the clubs were met from the last back).
        clubs.iter().max_by_key(|c| c.2).map(|c| c.1)
    }

    /// `Le fonds, qui gère 4 milliards d'actifs, a déjà avalé X`: a
    /// sentence opened by a definite article and a firm's noun
    /// ([`REFERENT_NOUNS`]) names no one before the trigger, but past a
    /// relative clause; the subject is the organisation that noun
    /// introduced.
    fn noun_subject(&self) -> Option<usize> {
        let at = self.tok_at(self.hit.start);
        if at < 2
            || !is_any(self.word(0), &["le", "la", "l'", "l’"])
            || !is_any(self.word(1), &REFERENT_NOUNS)
        {
            return None;
        }
        let named = self.m.within(self.s.toks[1].end..self.hit.start);
        let relative = at > 3
            && self.word(2) == ","
            && is_any(self.word(3), &["qui", "dont"]);
        if !relative && (named.start..named.end).any(|i| self.is_entity(i)) {
            return None;
        }
        let from = self.s.range.start;
        self.introduced_by(self.word(1), from)
    }

    /// Whether a young company's noun (`la start-up`, `la jeune
    /// pousse`) stands in the six words before the trigger.
    fn young_noun_before(&self) -> bool {
        let at = self.tok_at(self.hit.start);
        (at.saturating_sub(6)..at).any(|k| is_any(self.word(k), YOUNG_NOUNS))
    }

    /// Whether mention `i` names a party, a union or a public body: no
    /// company a later `la société` or `le groupe` stands for.
    fn body(&self, i: usize) -> bool {
        canonical(self.m, Some(i)).is_some_and(|c| {
            let first = c.split(' ').next().unwrap_or(c);
            BODIES.iter().any(|b| b.eq_ignore_ascii_case(first))
                // `la CFDT`, named by its acronym alone.
                || crate::stages::quotes::UNIONS.contains(c.to_lowercase().as_str())
        })
    }

    /// Whether mention `i` names an investment fund: its name ends in a
    /// fund's word (`Mérande Capital`, `Cap Spartel Partners`) or `fonds`
    /// stands just before it (`le fonds lyonnais Mérande`).
    fn fund(&self, i: usize) -> bool {
        const WORDS: &[&str] = &[
            "Capital",
            "Equity",
            "Investissement",
            "Investissements",
            "Investment",
            "Investments",
            "Partners",
            "Ventures",
        ];
        let named = canonical(self.m, Some(i)).is_some_and(|c| {
            c.rsplit(' ').next().is_some_and(|w| WORDS.contains(&w))
        });
        named || self.lead_in(i).contains("fonds ")
    }

    /// The 32 bytes before mention `i` (to a character boundary): where
    /// the noun that introduces a name stands (`le fonds lyonnais X`,
    /// `l'enseigne bretonne X`, `la start-up nantaise X`).
    fn lead_in(&self, i: usize) -> &'a str {
        let start = self.m.kept[i].start;
        &self.m.text[floor(self.m.text, start.saturating_sub(32))..start]
    }

    /// The company of the last event of this sentence or the two before.
    fn event_topic(&self, st: &State) -> Option<usize> {
        let mut guessed = None;
        // The last few only: a sentence of a thousand deals stays linear.
        for (e, &si) in
            st.out.iter().zip(&st.event_sentences).rev().take(REACH)
        {
            if si + 2 < self.s.idx {
                break;
            }
            let a = &e.args;
            // A valuation describes the company valued, which is seldom
            // the one the next sentence's `le groupe` acts as.
            let pick = match e.kind {
                // `L'entreprise, qui emploie 420 salariés, a réalisé`
                // after a purchase: a company's plain noun stands for
                // the company bought, as `le groupe` for its buyer.
                // A deal between others than the company the text names
                // most is a background fact: the noun stands for that
                // company.
                EventType::Acquisition if self.firm_noun_before() => {
                    let name = |i: Option<usize>| canonical(self.m, i);
                    let leader = self.leader(st);
                    let party = [a.target, a.seller, a.buyer]
                        .iter()
                        .any(|&p| p.is_some() && name(p) == name(leader));
                    match leader {
                        Some(l) if !party => Some(l),
                        _ => a.target.or(a.seller).or(a.buyer),
                    }
                }
                // `Kerval Trading, racheté en 2036 par Tanjong Energy, a
                // indiqué ...`: a purchase told in apposition to the
                // company bought, which the sentence is about.
                EventType::Acquisition
                    if a.target.is_some_and(|t| {
                        let c = &self.m.kept[t];
                        c.end <= e.trigger.start
                            && self.m.text[c.end..e.trigger.start].trim_end()
                                == ","
                    }) =>
                {
                    a.target
                }
                // `Le fonds Mérande Capital rachète 70 % de Perrollaz.
                // ... Elle a réalisé un chiffre d'affaires de`: a fund
                // buying reports no sales; the company bought does.
                EventType::Acquisition
                    if a.target.is_some()
                        && a.seller.is_none()
                        && a.buyer.is_some_and(|b| self.fund(b)) =>
                {
                    a.target
                }
                // The one the sentence was about: a seller's, a buyer's.
                EventType::Acquisition => a.seller.or(a.buyer).or(a.target),
                // An outsider's firm (`associé chez Ridgeway Capital`,
                // `analyste chez Oddo`) is not what the text is about.
                EventType::Role
                    if a.title.as_deref().is_some_and(|t| {
                        let head = t.split(' ').next().unwrap_or(t);
                        OUTSIDE_TITLES.contains(&head)
                    }) =>
                {
                    continue;
                }
                // A regulator's or a court's officer (`le président de
                // l'Autorité`) speaks of the company, no company of its
                // own; nor is a title's organisation what `le groupe` or
                // `la société` as the subject stands for.
                EventType::Role
                    if a.organization.is_some_and(|o| self.body(o)) =>
                {
                    continue;
                }
                // `Le fondateur, X, conserve 15 %`: an organisation
                // guessed from the sentences before is no new topic, only
                // the last resort.
                EventType::Role
                    if a.organization.is_some_and(|o| {
                        !self.m.sentences[si].contains(&self.m.kept[o].start)
                    }) =>
                {
                    guessed = guessed.or(a.organization);
                    continue;
                }
                // `X, jusqu'ici directrice de la division Europe de
                // Bekaert, deviendra ...`: a post held before names the
                // person's last employer, not what the text is about.
                EventType::Role if self.former_post(e.trigger.start) => {
                    continue;
                }
                EventType::Role => a.organization,
                EventType::Valuation => continue,
                _ => a.company,
            };
            if let Some(p) = pick.filter(|&p| self.is_entity(p)) {
                return Some(p);
            }
        }
        guessed.filter(|&p| self.is_entity(p))
    }

    /// Whether the title at byte `at` is a post held before: `jusqu'ici`,
    /// `ancien`, `ex-`, `précédemment` or `auparavant` in the 24 bytes
    /// before it.
    fn former_post(&self, at: usize) -> bool {
        let text = self.m.text;
        let lo = floor(text, at.saturating_sub(24));
        let before = &text[lo..at];
        const FORMER: [&str; 6] = [
            "jusqu'ici",
            "jusqu\u{2019}ici",
            "ancien",
            "ex-",
            "précédemment",
            "auparavant",
        ];
        FORMER.iter().any(|w| before.contains(w))
    }

    /// The first organisation named before the trigger in its sentence
    /// (one no preposition governs), else in the two sentences before;
    /// with `governed`, one a preposition governs there too; never one
    /// whose canonical name is `not`.
    fn named_topic(&self, governed: bool, not: Option<&str>) -> Option<usize> {
        let orgs = move |range: Range<usize>| {
            range.filter(move |&i| {
                self.label(i) == Some(Label::Org)
                    && (not.is_none() || canonical(self.m, Some(i)) != not)
            })
        };
        let quoted = |i: usize| self.is_source(i);
        if let Some(i) = self.topic_here(not) {
            return Some(i);
        }
        // One no preposition governs in either sentence (`Calyxa avait
        // levé ... Ce premier tour, mené par Redpine, ...`: Calyxa),
        // else any.
        let back = |si: usize| {
            let r = self.m.within(self.m.sentences[si].clone());
            r.start..r.end.min(r.start + REACH)
        };
        let earlier =
            || (1..=2).filter_map(|b| self.s.idx.checked_sub(b)).map(back);
        // `Chez Cassiopée Partners, on mise ...`: a sentence opened by
        // `Chez` or `Pour` and a name is about that name.
        let opener = |i: usize| {
            let head = self.m.text[..self.m.kept[i].start].trim_end();
            head.ends_with("Chez") || head.ends_with("Pour")
        };
        let body = |i: usize| self.body(i);
        for r in earlier() {
            if let Some(i) = orgs(r).find(|&i| {
                let at = self.m.kept[i].start;
                (!prev_word_is_prep(self.m.text, at) || opener(i))
                    && !agent_of(self.m.text, at)
                    && !quoted(i)
                    && !body(i)
            }) {
                return Some(i);
            }
        }
        if !governed {
            return None;
        }
        for r in earlier() {
            if let Some(i) = orgs(r).find(|&i| !quoted(i) && !body(i)) {
                return Some(i);
            }
        }
        None
    }

    /// The first organisation of this sentence before the trigger that no
    /// preposition governs (other than `not`): `Fondée en 2016, Nuvélia
    /// exploite ...; ses ventes ont bondi`.
    fn topic_here(&self, not: Option<&str>) -> Option<usize> {
        let here = self.near().start
            ..self
                .before(self.hit.start)
                .next()
                .map_or(self.near().start, |i| i + 1);
        // `Pour Halvorsen Chemical, il s'agit de ...`: a sentence opened
        // by `Pour` and a name is about that name.
        let topical = |i: usize| {
            let at = self.tok_at(self.m.kept[i].start);
            at == 1 && self.word(0) == "Pour"
        };
        here.filter(|&i| {
            self.label(i) == Some(Label::Org)
                && (not.is_none() || canonical(self.m, Some(i)) != not)
        })
        .find(|&i| {
            (!self.prepositional(i) || topical(i))
                && !self.is_source(i)
                && !self.in_relative(i)
        })
    }

    /// The organisation of a title, when the context holds no other: one
    /// a `de` governs before the title (`Le conseil de Valmeris a nommé X
    /// directrice générale du groupe`), else a name read as a person or
    /// a thing of the two sentences before (`Fluxia, valorisée ... Son
    /// cofondateur`).
    fn role_topic(&self) -> Option<usize> {
        let here = self.near().start
            ..self
                .before(self.hit.start)
                .next()
                .map_or(self.near().start, |i| i + 1);
        if let Some(i) =
            here.filter(|&i| self.label(i) == Some(Label::Org)).find(|&i| {
                let at = self.tok_at(self.m.kept[i].start);
                at > 0 && is_any(self.word(at - 1), &["de", "d'"])
            })
        {
            return Some(i);
        }
        for back in 0..=2 {
            let Some(si) = self.s.idx.checked_sub(back) else { break };
            let r = self.m.within(self.m.sentences[si].clone());
            let mut r = r.start..r.end.min(r.start + REACH);
            if let Some(i) = r.find(|&i| {
                self.m.kept[i].end <= self.hit.start && self.org_like(i)
            }) {
                return Some(i);
            }
        }
        None
    }

    /// Whether a back-reference noun phrase (`La start-up`, `le groupe`)
    /// or a possessive stands before `pos` in the sentence.
    fn refers_back(&self, pos: usize) -> bool {
        const SINGULAR: &[&str] = &["le", "la", "l'", "ce", "cet", "cette"];
        let at = self.tok_at(pos);
        (at.saturating_sub(8)..at).any(|k| {
            let det = |j: usize| j < k && is_any(self.word(j), SINGULAR);
            (NOUN_WORDS.holds(self.word(k))
                && (det(k.wrapping_sub(1)) || det(k.wrapping_sub(2))))
                || is_any(self.word(k), &["son", "sa", "ses", "leur", "leurs"])
        })
    }

    /// Whether a company's plain noun after a singular determiner
    /// (`l'entreprise`, `la société`, `la PME`) opens the sentence or
    /// stands among the eight words before the trigger.
    fn firm_noun_before(&self) -> bool {
        const SINGULAR: &[&str] = &["la", "l'", "cette"];
        let at = self.tok_at(self.hit.start);
        (1..3.min(at)).chain(at.saturating_sub(8)..at).any(|k| {
            k > 0
                && is_any(self.word(k), &["entreprise", "société", "PME"])
                && is_any(self.word(k - 1), SINGULAR)
        })
    }

    /// The organisation after `chez` earlier in the sentence.
    fn chez(&self) -> Option<usize> {
        let at =
            self.cue_after(self.s.range.start, self.hit.start, &[&["chez"]])?;
        self.entity_after(at, 1, &[]).filter(|&i| self.org_like(i))
    }

    /// Whether the word after a noun trigger is `de` or `sur`: the noun
    /// names what it is about (`le rachat de X`, `une OPA sur X`).
    fn introduced_by_de(&self, pos: usize) -> bool {
        self.de_at(pos).is_some()
    }

    /// [`Reader::introduced_by_de`]: where that `de` or `sur` starts.
    fn de_at(&self, pos: usize) -> Option<usize> {
        let mut at = self.tok_at(pos);
        // `Le rachat en 2027 de X`: past a date right after the noun.
        if let Some(d) = self.after(pos).next()
            && matches!(self.m.kept[d].found, Found::Date(_))
            && self.tok_at(self.m.kept[d].start) <= at + 1
        {
            at = self.tok_at(self.m.kept[d].end);
        }
        let n = self.s.toks.len();
        // `une offre publique d'achat (OPA) non sollicitée sur X`: past
        // the acronym in brackets and up to two words in lower case
        // before an offer's `sur` (not `une reprise se fera sur`).
        if self.offer() {
            if at + 2 < n && self.word(at) == "(" && self.word(at + 2) == ")" {
                at += 3;
            }
            let mut k = at;
            while k < n.min(at + 2)
                && self.s.toks[k].word
                && self.word(k).starts_with(char::is_lowercase)
                && !is(self.word(k), "sur")
            {
                k += 1;
            }
            if k < n && is(self.word(k), "sur") {
                at = k;
            }
        }
        (at < n && is_any(self.word(at), &["de", "d'", "du", "des", "sur"]))
            .then(|| self.s.toks[at].start)
    }

    /// Whether the trigger is a tender offer (`OPA`, `offre publique
    /// d'achat`, `contre-offre`).
    fn offer(&self) -> bool {
        let trigger = &self.m.text[self.hit.start..];
        ["OPA", "off", "contre-"].iter().any(|p| trigger.starts_with(p))
    }

    /// Whether the object after `pos` is a noun phrase that refers back
    /// (`la jeune pousse`, `la start-up`): a determiner, then such a
    /// noun within three words.
    fn back_noun_after(&self, pos: usize) -> bool {
        let at = self.tok_at(pos);
        let n = self.s.toks.len();
        at < n
            && is_any(self.word(at), &["la", "le", "l'", "cette", "ce", "cet"])
            && (at + 1..(at + 4).min(n))
                .any(|k| NOUN_WORDS.holds(self.word(k)))
    }

    /// An entity that can stand for an organisation: one labelled so, or
    /// a one-word name the entity reader took for a person (an unknown
    /// company name alone looks like a surname).
    /// The market a business title covers, from token `k` right after
    /// the title: a place (`Europe`, `France`, `Asie-Pacifique`), alone
    /// or after `de la division`, `de la zone`, `de la région`, followed
    /// by the complement that names the organisation (`de`, `du`,
    /// `chez`). Its end byte and the token after it.
    fn market_after(&self, k: usize) -> Option<(usize, usize)> {
        let toks = &self.s.toks;
        let mut j = k;
        if j + 2 < toks.len()
            && is(self.word(j), "de")
            && is(self.word(j + 1), "la")
            && is_any(
                self.word(j + 2),
                &["division", "zone", "région", "branche", "filiale"],
            )
        {
            j += 3;
        }
        let t = toks.get(j)?;
        let i = self.after(t.start).next()?;
        let c = &self.m.kept[i];
        if c.start != t.start || self.label(i) != Some(Label::Loc) {
            return None;
        }
        let next = self.tok_at(c.end);
        let link = toks.get(next)?;
        (link.word
            && is_any(self.word(next), &["de", "d'", "du", "chez"])
            && self.after(link.end).next().is_some_and(|o| self.org_like(o)))
        .then_some((c.end, next))
    }

    fn org_like(&self, mi: usize) -> bool {
        match self.m.entity(mi) {
            Some((Label::Org | Label::Misc, _)) => true,
            Some((Label::Per, canonical)) => !canonical.contains(' '),
            _ => false,
        }
    }

    /// The status of an acquisition from the words before its trigger
    /// (after its subject, when it has one before: `Après des mois de
    /// rumeurs, X jette son dévolu sur Y` is no plan), and whether no
    /// word said it.
    fn status(&self, subject: Option<usize>) -> (Status, bool) {
        let at = self.tok_at(self.hit.start);
        let lo = subject
            .map(|i| self.m.kept[i].end)
            .filter(|&e| e <= self.hit.start)
            .map_or(0, |e| self.tok_at(e));
        let mut buf = String::new();
        let mut bits = 0u8;
        // `X serait en discussions avec l'homme d'affaires charentais Y
        // pour lui racheter`: from its subject, the verb may stand
        // further back.
        let reach = if subject.is_some() { 16 } else { 10 };
        for k in at.saturating_sub(reach).max(lo)..at {
            if let Some(b) = CUES.get(lower(self.word(k), &mut buf)) {
                bits |= b;
            }
        }
        let trig = lower(&self.m.text[self.hit.start..self.hit.end], &mut buf);
        // The verb of a phrase (`entrera au capital`).
        let trig = trig.split(' ').next().unwrap_or(trig);
        // `X lorgne Y`: a verb of coveting states a plan by itself.
        if let Some(b) = CUES.get(trig) {
            bits |= b & cue::PLANNED;
        }
        let future = trig.ends_with("era")
            || trig.ends_with("erra")
            || trig.ends_with("dra")
            || trig.ends_with("ront");
        let offer = trig == "opa" || trig.starts_with("offre");
        // `a annoncé avoir racheté`: a past infinitive reports a deal done.
        // `a conclu l'acquisition de`: a deal concluded is done (`a conclu
        // un accord de rachat`, the agreement alone, is announced).
        let past = (at.saturating_sub(2).max(lo)..at)
            .any(|k| is(self.word(k), "avoir"))
            || at >= lo + 2
                && matches!(
                    self.word(at - 1),
                    "l'" | "l\u{2019}" | "le" | "la" | "sa" | "son"
                )
                && matches!(self.word(at - 2), "conclu" | "conclue");
        // `X rachète Y`, `Ardelis et Vantorre fusionnent`, `Sahelcim cède
        // sa filiale`: a deal told in the present of the news is one
        // announced (a guess a stated status overrides).
        let verb = matches!(
            self.hit.frame,
            Frame::Buy
                | Frame::Sell
                | Frame::Fall
                | Frame::Stake
                | Frame::Merge
        );
        if bits & cue::PLANNED != 0 {
            (Status::Planned, false)
        } else if bits & cue::DONE != 0 || past {
            (Status::Done, false)
        } else if bits & cue::ANNOUNCED != 0 || future || offer {
            (Status::Announced, false)
        } else if verb && present_tense(trig) {
            (Status::Announced, true)
        } else {
            (Status::Done, true)
        }
    }

    /// Whether a word of class `class` stands among the `n` words before
    /// the trigger.
    fn cue_before(&self, n: usize, class: u8) -> bool {
        self.cue_before_at(self.hit.start, n, class)
    }

    /// Whether a word of class `class` stands among the `n` words before
    /// byte `pos`.
    fn cue_before_at(&self, pos: usize, n: usize, class: u8) -> bool {
        let at = self.tok_at(pos);
        let mut buf = String::new();
        (at.saturating_sub(n)..at).any(|k| {
            CUES.get(lower(self.word(k), &mut buf))
                .is_some_and(|b| b & class != 0)
        })
    }

    /// The round of a funding, as written: `série B`, `amorçage`.
    fn round(&self) -> Option<String> {
        let mut buf = String::new();
        let at = self.tok_at(self.hit.start);
        let lo = at.saturating_sub(REACH);
        let hi = (at + REACH).min(self.s.toks.len());
        // Most sentences name no round: a byte search says so first.
        let (a, b) = (
            self.s.toks.get(lo).map_or(self.s.range.start, |t| t.start),
            self.s.toks.get(hi).map_or(self.s.range.end, |t| t.start),
        );
        let window = &self.m.text[a..b.max(a)];
        if !["érie", "amorçage", "seed"].iter().any(|w| window.contains(w)) {
            return None;
        }
        for (k, t) in self.s.toks.iter().enumerate().take(hi).skip(lo) {
            let w = self.word(k);
            let Some(b) = CUES.get(lower(w, &mut buf)) else { continue };
            if b & cue::ROUND == 0 {
                continue;
            }
            if is(w, "série") {
                let next = self.s.toks.get(k + 1);
                if let Some(n) = next.filter(|n| {
                    let x = &self.m.text[n.start..n.end];
                    x.len() == 1 && x.bytes().all(|c| c.is_ascii_uppercase())
                }) {
                    return Some(self.m.text[t.start..n.end].to_string());
                }
                continue;
            }
            return Some(w.to_string());
        }
        None
    }

    /// The round named at the start of the next sentence when it refers
    /// back (`Cette série B porte ...`, `Ce tour d'amorçage ...`).
    fn round_next(&self) -> Option<String> {
        let next = self.m.sentences.get(self.s.idx + 1)?;
        let head = &self.m.text[next.clone()];
        let cut = (0..=head.len().min(60))
            .rev()
            .find(|&i| head.is_char_boundary(i))
            .unwrap_or(0);
        let head = &head[..cut];
        let first = head.split_whitespace().next()?;
        if !is_any(first, &["ce", "cette", "cet"]) {
            return None;
        }
        if let Some(i) = head.find("série ") {
            let rest = &head[i + "série ".len()..];
            let mut cs = rest.chars();
            let letter = cs.next().filter(char::is_ascii_uppercase)?;
            if cs.next().is_none_or(|c| !c.is_alphanumeric()) {
                return Some(format!("série {letter}"));
            }
        }
        head.contains("amorçage").then(|| "amorçage".to_string())
    }

    fn event(&self, kind: EventType, args: ArgsFound) -> EventFound {
        EventFound { kind, trigger: self.hit.start..self.hit.end, args }
    }

    fn read(&self, st: &mut State) {
        let h = self.hit;
        let ev = match h.frame {
            Frame::Raise => self.raise(st),
            Frame::Invest => self.enter_capital(st),
            Frame::Stake => self.stake(st),
            Frame::Sell if self.shares_sold(st) => Vec::new(),
            Frame::Buy
            | Frame::BuyNoun
            | Frame::Sell
            | Frame::SellNoun
            | Frame::Fall
            | Frame::Merge => self.acquisition(st),
            Frame::Anaphor => self.anaphor(st),
            Frame::Pay => self.pay(st),
            Frame::Seller => self.seller(st),
            Frame::Lead => self.lead(st),
            Frame::Round => self.round_frame(st),
            Frame::Value => self.value(st),
            Frame::Metric(metric) => self.result(st, metric),
            Frame::LossVerb => self.loss_verb(st),
            Frame::Found => self.found(st),
            Frame::Title(class) => self.role(st, class),
        };
        for e in ev {
            let default =
                e.kind == EventType::Acquisition && self.defaulted.get();
            st.push_with(e, self.s.idx, default);
        }
    }

    /// `X lève 12 M€ auprès de Y`, `le tour de table de X`.
    fn raise(&self, st: &mut State) -> Vec<EventFound> {
        let h = self.hit;
        // The trigger lowered once, for both tests below.
        let lowered = lowercase(&self.m.text[h.start..h.end]);
        let noun = self.m.text[h.start..h.end].contains(' ')
            || lowered.starts_with("levée");
        let at = self.tok_at(h.start);
        if noun && at > 0 && is_any(self.word(at - 1), &["ce", "cette", "cet"])
        {
            // `Ce tour de table, mené par X, ...`: more about the round
            // just stated, not another one.
            if self.more_of_last_round(st) {
                return Vec::new();
            }
        }
        // `prend une participation de 30 % dans X par une augmentation de
        // capital de 540 M€`: the means of a deal this sentence states,
        // no round of its own.
        if noun
            && st.event_sentences.last() == Some(&self.s.idx)
            && at >= 2
            && is(self.word(at - 1), "une")
            && is_any(self.word(at - 2), &["par", "via"])
        {
            return Vec::new();
        }
        let amount = self.money_after(h.end, self.next, true);
        // `trois levées de fonds et un rachat`: rounds counted, with no
        // amount, state no one round.
        let plural = lowered
            .split(' ')
            .next()
            .is_some_and(|w| w.ends_with('s') || w.ends_with('x'));
        if noun && plural && amount.is_none() {
            return Vec::new();
        }
        // A verb of raising needs money: `lever le voile` is none.
        if !noun {
            let close = amount.is_some_and(|a| {
                self.between(h.end, self.m.kept[a].start).len() <= 4
            });
            let funds =
                self.between(h.end, self.s.range.end).iter().take(4).any(
                    |t| {
                        is_any(
                            &self.m.text[t.start..t.end],
                            &[
                                "fonds",
                                "sommes",
                                "capitaux",
                                "financement",
                                "financements",
                                "argent",
                                "millions",
                                "milliards",
                            ],
                        )
                    },
                );
            if !close && !funds {
                return Vec::new();
            }
        }
        // `Jaouen, Marzhin et Le Goff complètent le tour de table`, `X et
        // Y ont également participé au tour de table`: the subjects join
        // the round just stated as its investors.
        const JOIN: &[&str] = &[
            "complète",
            "complètent",
            "complété",
            "rejoint",
            "rejoignent",
            "intègre",
            "intègrent",
            "bouclent",
        ];
        const TAKE_PART: &[&str] =
            &["participe", "participent", "participé", "participeront"];
        let join = |k: usize| {
            k >= 2
                && (is_any(
                    self.word(k - 1),
                    &["le", "la", "l'", "ce", "cette"],
                ) && is_any(self.word(k - 2), JOIN)
                    || is(self.word(k - 1), "au")
                        && is_any(self.word(k - 2), TAKE_PART)
                    || k >= 3
                        && is_any(self.word(k - 1), &["la", "l'", "cette"])
                        && is(self.word(k - 2), "à")
                        && is_any(self.word(k - 3), TAKE_PART))
        };
        if noun && join(at) {
            let joining = self.subjects(h.start);
            if let Some(e) =
                st.recent_mut(self.s.idx, 2, |e| e.kind == EventType::Funding)
            {
                for j in joining {
                    if !e.args.investors.contains(&j)
                        && e.args.company != Some(j)
                    {
                        e.args.investors.push(j);
                    }
                }
            }
            return Vec::new();
        }
        // `Le tour de table a été mené par X, aux côtés de Y`: a `de`
        // that opens the investors names no company.
        let mut companies = match noun {
            true => self
                .cue_after(h.end, self.next, &[&["de"], &["d'"]])
                .filter(|&a| {
                    let k = self.tok_at(a);
                    k < 2
                        || !is_any(
                            self.word(k - 2),
                            &["côtés", "auprès", "participation"],
                        )
                })
                // `Le tour de table est mené par Proparco et par IFC, la
                // filiale de la Banque mondiale`: past the agent, a `de`
                // is the investors' own.
                .filter(|&a| {
                    !self
                        .between(h.end, a)
                        .iter()
                        .any(|t| is(&self.m.text[t.start..t.end], "par"))
                })
                .and_then(|a| self.entity_after(a, 1, OBJECT_STOPS))
                .into_iter()
                .collect(),
            false => Vec::new(),
        };
        if companies.is_empty() {
            companies = self.subjects(h.start);
        }
        // `la levée de 40 millions bouclée en septembre dernier`, `sa
        // levée de fonds`: a round named with a definite or possessive
        // article is one of the company the text is about.
        let definite = noun
            && at > 0
            && is_any(self.word(at - 1), &["la", "le", "l'", "sa", "son"]);
        // Once a round is stated, `le tour de table de l'an dernier
        // valorisait la société à ...` speaks of it again.
        if companies.is_empty()
            && definite
            && st.out.iter().any(|e| e.kind == EventType::Funding)
        {
            // `Le tour de table est emmené par X`: its investors.
            self.more_of_last_round(st);
            return Vec::new();
        }
        if companies.is_empty()
            && (definite
                || self.refers_back(h.start)
                || self.pronoun_subject(h.start))
            && let Some(t) = self.funded_topic(st)
        {
            companies.push(t);
        }
        if companies.is_empty() {
            return Vec::new();
        }
        let investors = self.investors();
        let date = self.date();
        let round = self.round().or_else(|| self.round_next());
        companies
            .into_iter()
            .map(|c| {
                let investors = self.investors_of(&investors, c);
                self.event(
                    EventType::Funding,
                    ArgsFound {
                        company: Some(c),
                        amount,
                        investors,
                        round: round.clone(),
                        date,
                        ..ArgsFound::default()
                    },
                )
            })
            .collect()
    }

    /// The `investors` of the round of `company`, but the company: named
    /// again near its investors, it is none of them.
    fn investors_of(&self, investors: &[usize], company: usize) -> Vec<usize> {
        let name = canonical(self.m, Some(company));
        investors
            .iter()
            .copied()
            .filter(|&i| canonical(self.m, Some(i)) != name)
            .collect()
    }

    /// The investors of a round: after `auprès de`, `mené par`, `avec la
    /// participation de`, or the organisations of the next sentence when
    /// it names the investors (`Parmi les investisseurs figurent ...`).
    fn investors(&self) -> Vec<usize> {
        const CUES_INV: &[&[&str]] = &[
            &["auprès", "de"],
            &["auprès", "d'"],
            &["auprès", "du"],
            &["auprès", "des"],
            &["mené", "par"],
            &["menée", "par"],
            &["emmené", "par"],
            &["emmenée", "par"],
            &["piloté", "par"],
            &["participation", "de"],
            &["participation", "d'"],
            &["participation", "du"],
            &["aux", "côtés", "de"],
            &["aux", "côtés", "d'"],
        ];
        let mut out = Vec::new();
        let mut pos = self.hit.end;
        // Within reach of the trigger: a sentence of a thousand rounds
        // reads each one's investors near it.
        let reach = self
            .s
            .toks
            .get(self.tok_at(self.hit.end) + REACH)
            .map_or(self.s.range.end, |t| t.start);
        while let Some(at) = self.cue_after(pos, reach, CUES_INV) {
            if let Some(first) = self.entity_after(at, 4, &[";", ":"]) {
                for mi in self.list_from(first) {
                    if !out.contains(&mi) {
                        out.push(mi);
                    }
                }
            }
            pos = at;
        }
        for mi in self.investors_next_sentences() {
            if !out.contains(&mi) {
                out.push(mi);
            }
        }
        out
    }

    /// Gives the funding round stated in this sentence or the two before
    /// the investors and the round named here, when it has none; says
    /// whether there was such a round.
    fn more_of_last_round(&self, st: &mut State) -> bool {
        let investors = self.investors();
        let round = self.round();
        let Some(e) =
            st.recent_mut(self.s.idx, 2, |e| e.kind == EventType::Funding)
        else {
            return false;
        };
        if e.args.investors.is_empty() {
            e.args.investors = investors;
        }
        if e.args.round.is_none() {
            e.args.round = round;
        }
        true
    }

    /// The organisations of the next sentences that name more investors
    /// of the round (`Parmi les investisseurs figurent ...`, `Bpifrance
    /// remet au pot, tout comme Alpilles Capital`, `X fait aussi son
    /// entrée au capital`), up to two sentences in a row.
    fn investors_next_sentences(&self) -> Vec<usize> {
        const CUES: &[&str] = &[
            "investisseurs",
            "particip",
            "apport",
            "souscri",
            "tout comme",
            "au pot",
            "au capital",
            "se joint",
            "se joignent",
            "tour de table",
        ];
        // A search for each cue, built once.
        static FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> =
            LazyLock::new(|| {
                CUES.iter().map(memchr::memmem::Finder::new).collect()
            });
        let mut out = Vec::new();
        for next in self.m.sentences.iter().skip(self.s.idx + 1).take(2) {
            let end = ceil(self.m.text, (next.start + 200).min(next.end));
            let head = lowercase(&self.m.text[next.start..end]);
            // `aux côtés d'Investissement Québec`: a name right after, not
            // `aux côtés de constructeurs de modèles`.
            let beside = BESIDE.find(head.as_bytes()).is_some_and(|at| {
                let rest =
                    &self.m.text[next.start + at + "aux côtés ".len()..];
                ["d'", "d’", "de ", "du ", "des "].iter().any(|p| {
                    rest.strip_prefix(p)
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
                })
            });
            // `Ce tour de table valorise la société ...; sa fondatrice, X,
            // ancienne ingénieure de l'Ifremer`: the round as the
            // subject of another statement names no investor.
            let subject = ["ce tour de table", "le tour de table"]
                .iter()
                .any(|p| head.trim_start_matches(['«', ' ']).starts_with(p));
            let cued = CUES.iter().zip(FINDERS.iter()).any(|(w, f)| {
                f.find(head.as_bytes()).is_some()
                    && !(subject && *w == "tour de table")
            });
            if !beside && !cued {
                break;
            }
            out.extend(
                self.m
                    .within(next.clone())
                    .filter(|&i| {
                        self.label(i) == Some(Label::Org)
                            && !self.parent_named(i)
                    })
                    .take(8),
            );
        }
        out
    }

    /// `Y investit 12 M€ dans X`, `Y entre au capital de X`.
    fn invest(&self, st: &State, stake: Option<usize>) -> Vec<EventFound> {
        let h = self.hit;
        let company = self.invested_company();
        let investors = self.subjects(h.start);
        if let Some(stake) = stake {
            return self.acquire_stake(st, company, &investors, Some(stake));
        }
        let Some(company) = company else { return Vec::new() };
        let amount = self.money_after(h.end, self.s.range.end, true);
        vec![self.event(
            EventType::Funding,
            ArgsFound {
                company: Some(company),
                investors,
                amount,
                date: self.date(),
                round: self.round(),
                ..ArgsFound::default()
            },
        )]
    }

    /// The company invested in: after `dans` or `capital de`.
    fn invested_company(&self) -> Option<usize> {
        let h = self.hit;
        self.entity_after_cue(
            h.end,
            self.s.range.end,
            &[
                &["dans"],
                &["capital", "de"],
                &["capital", "d'"],
                &["capital", "du"],
            ],
            6,
        )
        .or_else(|| {
            // `entrer au capital du club belge de La Gantoise`: the
            // trigger holds `capital`.
            let t = &self.m.text[h.start..h.end];
            if !t.contains("capital") {
                return None;
            }
            self.entity_after(h.end, 2, OBJECT_STOPS).or_else(|| {
                self.entity_after_cue(
                    h.end,
                    self.s.range.end,
                    &[&["de"], &["d'"], &["du"], &["des"]],
                    6,
                )
                .filter(|&at| self.m.kept[at].start < h.end + 40)
            })
        })
    }

    /// [`Ctx::invest`] read as the purchase of a stake, its share known
    /// or not.
    fn invest_stake(
        &self,
        st: &State,
        stake: Option<usize>,
    ) -> Vec<EventFound> {
        // `fait aussi son entrée au capital` in a round: no company
        // named, an investor of the round ([`Ctx::investors`]).
        let Some(company) = self.invested_company() else {
            return Vec::new();
        };
        let investors = self.subjects(self.hit.start);
        if investors.first().is_some_and(|&b| {
            canonical(self.m, Some(b)) == canonical(self.m, Some(company))
        }) {
            return Vec::new();
        }
        self.acquire_stake(st, Some(company), &investors, stake)
    }

    /// The acquisition of a stake in `company` (or the topic company)
    /// by the first of `investors`.
    fn acquire_stake(
        &self,
        st: &State,
        company: Option<usize>,
        investors: &[usize],
        stake: Option<usize>,
    ) -> Vec<EventFound> {
        let h = self.hit;
        let Some(target) = company.or_else(|| self.topic(st)) else {
            return Vec::new();
        };
        vec![self.event(
            EventType::Acquisition,
            ArgsFound {
                target: Some(target),
                buyer: investors.first().copied(),
                stake,
                amount: self.money_after(h.end, self.s.range.end, true),
                status: Some(self.status(investors.first().copied()).0),
                date: self.date(),
                ..ArgsFound::default()
            },
        )]
    }

    /// `Y investit 12 M€ dans X` is funding; `Y entre au capital de X`
    /// with no amount, or with a share (`à hauteur de 30 %`), is Y's
    /// purchase of a stake in X.
    fn enter_capital(&self, st: &State) -> Vec<EventFound> {
        let h = self.hit;
        if !self.m.text[h.start..h.end].contains("capital") {
            return self.invest(st, None);
        }
        let stake = self.stake_pct();
        if stake.is_none()
            && self.money_after(h.end, self.s.range.end, true).is_some()
        {
            return self.invest(st, None);
        }
        self.invest_stake(st, stake)
    }

    /// `prend une participation de 25 % dans X`: an acquisition of a
    /// stake, else funding.
    fn stake(&self, st: &State) -> Vec<EventFound> {
        let stake = self.stake_pct();
        self.invest(st, stake)
    }

    /// A percentage right after the trigger or after `à hauteur de`.
    fn stake_pct(&self) -> Option<usize> {
        let h = self.hit;
        for mi in self.after(h.end) {
            if !matches!(self.m.kept[mi].found, Found::Percentage(_)) {
                continue;
            }
            let gap = self.between(h.end, self.m.kept[mi].start);
            let near = gap.len() <= 2;
            let hauteur = gap.len() >= 2
                && is(
                    &self.m.text
                        [gap[gap.len() - 2].start..gap[gap.len() - 2].end],
                    "hauteur",
                );
            // `met la main sur X, dont elle acquiert 80 % du capital`: a
            // share of the capital within the clause.
            let after = self.between(
                self.m.kept[mi].end,
                self.s.range.end.min(self.m.kept[mi].end + 40),
            );
            let words: Vec<&str> = after
                .iter()
                .take(2)
                .map(|t| &self.m.text[t.start..t.end])
                .collect();
            let capital = gap.len() <= 12
                && matches!(words.as_slice(), [d, c]
                    if is_any(d, &["du", "de"]) && is_any(c, &["capital", "son"]));
            return (near || hauteur || capital).then_some(mi);
        }
        None
    }

    /// Buying and selling, by verb or noun.
    fn acquisition(&self, st: &State) -> Vec<EventFound> {
        let h = self.hit;
        let f = h.frame;
        let end = self.s.range.end;
        let mut a = ArgsFound::default();
        // `On nous vend comme des rayonnages`, `il vous a vendu du
        // rêve`: the speaker or the reader as the object is no deal (a
        // third person is the buyer: `pour lui céder sa filiale`).
        if f == Frame::Sell {
            let mut k = self.tok_at(h.start);
            if k > 0 && is_any(self.word(k - 1), &["a", "ont", "avait"]) {
                k -= 1;
            }
            if k > 0
                && is_any(
                    self.word(k - 1),
                    &["nous", "vous", "me", "m'", "te", "t'"],
                )
            {
                return Vec::new();
            }
        }
        // `rachetée par X`; `rachetée en 2022 par X`: a date between.
        // Not `rachète par ailleurs X`: an adverb opened by `par`.
        let passive =
            self.cue_after(h.end, end, &[&["par"]]).is_some_and(|p| {
                let gap = self.between(h.end, p);
                if self.adverb_after_par(p) {
                    return false;
                }
                gap.len() == 1
                    || gap.len() <= 6
                        && self.after(h.end).next().is_some_and(|d| {
                            let c = &self.m.kept[d];
                            matches!(c.found, Found::Date(_))
                                && c.end <= gap[gap.len() - 1].start
                                && self.between(h.end, c.start).len() <= 1
                                && self.between(c.end, p).len() == 1
                        })
            });
        match f {
            Frame::Buy if passive => {
                // `la start-up nantaise Insulys, depuis rachetée par X`:
                // the participle in apposition to the name before its
                // comma.
                a.target =
                    self.apposed_to(h.start).or_else(|| self.subject(h.start));
                a.buyer = self.entity_after_cue(h.end, end, &[&["par"]], 4);
                if a.target.is_none() && self.refers_back(h.start) {
                    // `La société, rachetée en 2022 par X`: the company
                    // the text is about.
                    a.target = self.topic(st).filter(|&t| Some(t) != a.buyer);
                }
            }
            Frame::Buy => {
                a.buyer = self.subject(h.start);
                a.target = self.entity_after(h.end, 10, OBJECT_STOPS);
                // `racheter 85 % du club normand`: the company the text
                // is about; a name past a comma after that noun
                // (`du club normand, pensionnaire de Ligue 2`) is another
                // phrase's.
                let past_comma = a.target.is_some_and(|t| {
                    self.between(h.end, self.m.kept[t].start)
                        .iter()
                        .any(|x| &self.m.text[x.start..x.end] == ",")
                });
                // `reprend la participation du fonds X`, `rachète les
                // parts de X`: the holder of the stake sells it; the
                // company is the one after `dans`, else the one the text
                // is about.
                let holder = a.target.filter(|&t| {
                    let gap = self.between(h.end, self.m.kept[t].start);
                    let stake = gap.iter().position(|x| {
                        is_any(
                            &self.m.text[x.start..x.end],
                            &["participation", "parts", "titres", "bloc"],
                        )
                    });
                    stake.is_some_and(|k| {
                        gap.get(k + 1..).is_some_and(|rest| {
                            rest.iter().any(|x| {
                                is_any(
                                    &self.m.text[x.start..x.end],
                                    &["de", "du", "d'", "d’", "des"],
                                )
                            }) && !rest.iter().any(|x| {
                                is_any(
                                    &self.m.text[x.start..x.end],
                                    &["dans", "au", "à"],
                                )
                            })
                        })
                    })
                });
                if let Some(t) = holder {
                    a.target = self
                        .entity_after_cue(
                            self.m.kept[t].end,
                            end,
                            &[&["dans"]],
                            3,
                        )
                        .or_else(|| self.topic_other_than(st, a.buyer))
                        .filter(|&x| {
                            canonical(self.m, Some(x))
                                != canonical(self.m, Some(t))
                        });
                }
                if (a.target.is_none() || past_comma)
                    && holder.is_none()
                    && self.names_company_after(h.end)
                {
                    // `Le vendeur est X, qui avait acquis la société en
                    // 2021`: the company the seller sells.
                    let sold = a.buyer.and_then(|b| {
                        let name = canonical(self.m, Some(b));
                        st.out
                            .iter()
                            .rev()
                            .take(REACH)
                            .find(|e| {
                                e.kind == EventType::Acquisition
                                    && e.args.seller.is_some()
                                    && canonical(self.m, e.args.seller) == name
                            })
                            .and_then(|e| e.args.target)
                    });
                    a.target = sold
                        .or_else(|| self.topic_other_than(st, a.buyer))
                        .or(a.target);
                }
                // A player signed `en provenance du RC Lens`; a stake
                // bought `auprès du fonds Eurazeo`.
                a.seller = self
                    .entity_after_cue(
                        h.end,
                        end,
                        &[
                            &["provenance", "de"],
                            &["provenance", "du"],
                            &["provenance", "d'"],
                        ],
                        3,
                    )
                    .or_else(|| {
                        self.entity_after_cue(
                            h.end,
                            end,
                            &[
                                &["auprès", "de"],
                                &["auprès", "du"],
                                &["auprès", "d'"],
                                &["auprès", "des"],
                            ],
                            3,
                        )
                        .filter(|&s| {
                            self.org_like(s)
                                && Some(s) != a.target
                                && Some(s) != a.buyer
                        })
                    })
                    // `a racheté X au fonds Maple Ridge Capital`: bought
                    // from an organisation named after the target.
                    .or_else(|| {
                        let t = a.target?;
                        self.entity_after_cue(
                            self.m.kept[t].end,
                            end,
                            &[&["à"], &["au"], &["aux"]],
                            3,
                        )
                        .filter(|&s| {
                            self.label(s) == Some(Label::Org)
                                && self
                                    .between(
                                        self.m.kept[t].end,
                                        self.m.kept[s].start,
                                    )
                                    .first()
                                    .is_some_and(|x| {
                                        is_any(
                                            &self.m.text[x.start..x.end],
                                            &["à", "au", "aux"],
                                        )
                                    })
                                && Some(s) != a.buyer
                        })
                    })
                    .or_else(|| self.holder_selling(h.end, end, &a))
                    .or_else(|| self.dative_party(h.start, &a));
                if a.seller.is_none() {
                    a.seller = holder;
                }
            }
            Frame::BuyNoun => {
                a.target = self.de_at(h.end).and_then(|de| {
                    // Past words before `sur` (`une OPA hostile sur`), the
                    // target is in the clause: `sur Aérodyne, Paris
                    // menace` names no Paris.
                    let past = self.tok_at(de) > self.tok_at(h.end);
                    let stops: &[&str] = &[
                        "à", "au", "aux", "pour", "par", "auprès", "avec",
                        "contre", ";", ",",
                    ];
                    // The comma stops only there.
                    let stops = &stops[..stops.len() - usize::from(!past)];
                    self.entity_after(de, 8, stops)
                });
                // `la troisième acquisition de Laurentis depuis 2035,
                // après celle de Pureflow`: a count of the buyer's deals;
                // the deal stated is the one `celle de` names, if any.
                let at = self.tok_at(h.start);
                if at > 0
                    && a.target.is_some()
                    && (ordinal_word(self.word(at - 1))
                        || is_any(self.word(at - 1), &["énième", "nouvelle"]))
                {
                    let buyer = a.target.take();
                    let from = buyer.map_or(h.end, |b| self.m.kept[b].end);
                    a.target = self
                        .entity_after_cue(
                            from,
                            end,
                            &[
                                &["celle", "de"],
                                &["celle", "d'"],
                                &["celle", "d’"],
                                &["celle", "du"],
                            ],
                            3,
                        )
                        .filter(|&t| Some(t) != buyer && self.org_like(t));
                    if a.target.is_none() {
                        return Vec::new();
                    }
                    a.buyer = buyer;
                }
                let from = a.target.map_or(h.end, |t| self.m.kept[t].end);
                a.buyer = a.buyer.or_else(|| {
                    self.entity_after_cue(from, end, &[&["par"]], 4)
                        .or_else(|| self.subject(h.start))
                });
                // `le rachat de la Laiterie de Saint-Méen au fonds X`: the
                // one it is bought from, right after the target.
                // Past the target's place in brackets (`de la Laiterie de
                // Saint-Méen (Ille-et-Vilaine) au fonds rennais X`).
                let past = match self.m.text[from..].strip_prefix(" (") {
                    Some(r) => r
                        .get(..r.len().min(48))
                        .and_then(|w| w.find(')'))
                        .map_or(from, |k| from + 2 + k + 1),
                    None => from,
                };
                if a.target.is_some() {
                    a.seller = self
                        .entity_after_cue(past, end, &[&["au"], &["aux"]], 3)
                        .filter(|&s| {
                            self.org_like(s)
                                && Some(s) != a.buyer
                                && self
                                    .between(past, self.m.kept[s].start)
                                    .len()
                                    <= 4
                        });
                }
                let counter = self.m.text[h.start..].starts_with("contre-");
                let offer = self.offer();
                if counter && a.target.is_none() && a.buyer.is_some() {
                    // `X serait en discussions avec Valtéris pour une
                    // contre-offre`: the company it talks with.
                    a.target = self.before(h.start).find(|&t| {
                        Some(t) != a.buyer
                            && self.label(t) == Some(Label::Org)
                            && {
                                let at = self.tok_at(self.m.kept[t].start);
                                at > 0 && is(self.word(at - 1), "avec")
                            }
                    });
                }
                if offer && a.target.is_none() && a.buyer.is_some() {
                    // `X dépose une OPA concurrente sur Mosanor ... celle
                    // de l'OPA lancée en février par Y`: a rival's offer
                    // stated just before is for the same company.
                    let buyer = canonical(self.m, a.buyer);
                    // A counter-offer answers the bid the article is
                    // about, however far back it was stated.
                    let back = if counter { 40 } else { 2 };
                    a.target = st
                        .recent(self.s.idx, back, |e| {
                            e.kind == EventType::Acquisition
                                && e.args.target.is_some()
                                && !(counter
                                    && e.args.status == Some(Status::Done))
                                && canonical(self.m, e.args.buyer) != buyer
                                && canonical(self.m, e.args.target) != buyer
                        })
                        .and_then(|e| e.args.target);
                }
                if offer && a.target.is_none() && a.buyer.is_some() {
                    // `Coréval va passer sous pavillon néerlandais : son
                    // concurrent X lance une OPA amicale`: a tender offer
                    // always has a target, the company the sentence is
                    // about when no `sur` names it.
                    a.target = self
                        .named_topic(true, None)
                        .filter(|&t| Some(t) != a.buyer);
                }
                if a.buyer.is_none()
                    && a.target.is_some_and(|t| self.recent_buyer(st, t))
                {
                    // `la plus grosse acquisition de X`, X the buyer
                    // just named: the deal stated again.
                    return Vec::new();
                }
            }
            Frame::Sell if passive => {
                a.target = self.subject(h.start);
                a.seller = self.entity_after_cue(h.end, end, &[&["par"]], 4);
                a.buyer = self.entity_after_cue(
                    h.end,
                    end,
                    &[&["à"], &["au"], &["aux"]],
                    4,
                );
            }
            Frame::Sell | Frame::SellNoun => {
                a.target =
                    self.entity_after(h.end, 10, OBJECT_STOPS).filter(|_| {
                        f == Frame::Sell || self.introduced_by_de(h.end)
                    });
                // `l'État avait déjà cédé 16 % de l'entreprise`, `céder 10 %
                // du capital`: a stake of the company the text is about.
                // `la cession de 75 % de son capital au fonds X`, too.
                if a.target.is_none() && self.stake_of_firm(h.end) {
                    a.target = self.leader(st);
                }
                let from = a.target.map_or(h.end, |t| self.m.kept[t].end);
                a.buyer = self.entity_after_cue(
                    from,
                    end,
                    &[&["à"], &["au"], &["aux"]],
                    4,
                );
                // `en négociations avec le fonds X pour lui céder Y`: the
                // one `lui` stands for.
                if a.buyer.is_none() && f == Frame::Sell {
                    a.buyer = self
                        .dative_party(h.start, &a)
                        .filter(|&b| self.org_like(b));
                }
                a.seller = self.subject(h.start);
                if a.seller.is_none()
                    && f == Frame::Sell
                    && self.pronoun_subject(h.start)
                {
                    // `Il a cédé X`: the company in the news.
                    a.seller = self.topic(st);
                }
            }
            Frame::Merge => {
                // `X fusionne avec Y`; `la fusion entre X et Y`; `X et Y
                // vont fusionner`.
                a.target = self.entity_after_cue(h.end, end, &[&["avec"]], 4);
                if a.target.is_some() {
                    a.buyer = self.subject(h.start);
                } else {
                    // `la fusion entre X et Y`, `le rapprochement de X et
                    // Y`: the complement right after the noun; not `Le
                    // rapprochement doit obtenir le feu vert de X`.
                    let at = self.tok_at(h.end);
                    let complement = at < self.s.toks.len()
                        && is_any(self.word(at), &["entre", "de", "d'", "du"]);
                    let pair = complement
                        .then(|| {
                            self.entity_after_cue(
                                h.end,
                                end,
                                &[&["entre"], &["de"], &["d'"], &["du"]],
                                4,
                            )
                        })
                        .flatten()
                        .map(|first| self.list_from(first))
                        .filter(|l| l.len() >= 2)
                        .unwrap_or_else(|| self.subjects(h.start));
                    if let [x, y, ..] = pair[..] {
                        a.buyer = Some(x);
                        a.target = Some(y);
                    }
                }
            }
            _ => {
                // Fall: `X tombe dans l'escarcelle de Y`.
                a.target = self.subject(h.start);
                a.buyer = self.entity_after(h.end, 4, &[";"]);
            }
        }
        if a.target.is_none() && self.back_noun_after(h.end) {
            // `a mis la main sur la jeune pousse`.
            a.target = self.event_topic(st).filter(|&t| Some(t) != a.buyer);
        }
        // `Le rachat de l'américain Hydrelis en 2029 ... avait déjà
        // ouvert au groupe`: a takeover named with a definite article and
        // no `par` is one of the company the text is about.
        let definite_deal = f == Frame::BuyNoun
            && a.target.is_some()
            && self.tok_at(h.start) > 0
            && is_any(
                self.word(self.tok_at(h.start) - 1),
                &["le", "du", "au", "l'"],
            );
        if a.buyer.is_none()
            && matches!(f, Frame::Buy | Frame::BuyNoun)
            && !passive
            && (self.refers_back(h.start)
                || self.pronoun_subject(h.start)
                || self.we_subject(h.start)
                || definite_deal)
        {
            // `Le groupe français avait déjà acquis X`; `Il a racheté X`.
            a.buyer = self.topic(st).filter(|&b| Some(b) != a.target);
            // A deal on this target stated before says who bought it
            // better than a guess from a pronoun.
            let name = canonical(self.m, a.target);
            if name.is_some()
                && st.out.iter().any(|e| {
                    e.kind == EventType::Acquisition
                        && canonical(self.m, e.args.target) == name
                })
            {
                a.buyer = None;
            }
        }
        if a.buyer.is_none() && f == Frame::Buy && !passive {
            // `Le fonds, qui gère 4 milliards d'actifs, a déjà avalé X`.
            a.buyer = self.noun_subject().filter(|&b| Some(b) != a.target);
        }
        // `Le groupe néerlandais a lancé une offre publique d'achat sur
        // les 70 % qu'il ne détient pas`: an offer naming no company is
        // on the target of the buyer's deal just stated.
        if a.target.is_none()
            && f == Frame::BuyNoun
            && let Some(b) = a.buyer
        {
            let text = &self.m.text[h.start..];
            let offer =
                ["OPA", "off", "contre-"].iter().any(|p| text.starts_with(p));
            let buyer = canonical(self.m, Some(b));
            a.target = offer
                .then(|| {
                    st.recent(self.s.idx, 2, |e| {
                        e.kind == EventType::Acquisition
                            && canonical(self.m, e.args.buyer) == buyer
                    })
                })
                .flatten()
                .and_then(|e| e.args.target);
        }
        let Some(target) = a.target else { return Vec::new() };
        if a.buyer == Some(target) {
            a.buyer = None;
        }
        if a.seller == Some(target) || a.seller == a.buyer {
            a.seller = None;
        }
        // A company, a club or a brand is bought, not a place nor a
        // person (`n'exclut pas d'avaler d'autres proies, a précisé son
        // directeur financier, X`: no target named).
        if matches!(self.label(target), Some(Label::Loc) | None) {
            return Vec::new();
        }
        // `a recruté X comme directeur des opérations`: a hire, which the
        // title's role tells, not a transfer.
        if self.label(target) == Some(Label::Per) {
            let after = self.m.kept[target].end;
            let hire = self.between(after, end).iter().take(3).any(|t| {
                is_any(&self.m.text[t.start..t.end], &["comme", "poste"])
            });
            // `Nous avons aussi recruté Karim Haddad`: a person named in
            // full, by a known given name, is hired, never bought (a lone
            // word or an unknown pair may be a company read as a person).
            let full_name = canonical(self.m, Some(target))
                .and_then(|c| c.split_once(' '))
                .is_some_and(|(given, _)| {
                    crate::extract::entities::given_name_gender(given)
                        .is_some()
                });
            if hire || full_name {
                return Vec::new();
            }
        }
        a.amount = self.money_after(h.end, end, true);
        a.stake = self.stake_pct();
        let (status, default) = self.status(match f {
            Frame::Sell | Frame::SellNoun => a.seller,
            Frame::Fall => a.target,
            _ if passive => a.target,
            _ => a.buyer,
        });
        a.status = Some(status);
        self.defaulted.set(default);
        a.date = self.date();
        vec![self.event(EventType::Acquisition, a)]
    }

    /// Whether mention `t` names the buyer of an acquisition of this
    /// sentence or the two before.
    fn recent_buyer(&self, st: &State, t: usize) -> bool {
        let name = canonical(self.m, Some(t));
        st.recent(self.s.idx, 2, |e| {
            e.kind == EventType::Acquisition
                && name.is_some()
                && canonical(self.m, e.args.buyer) == name
        })
        .is_some()
    }

    /// `L'opération`, `la transaction`, `le montant` after a deal: the
    /// amount the sentence gives it, and its status when no word set it
    /// (`doit être finalisée`, `devrait être bouclée`: announced).
    fn anaphor(&self, st: &mut State) -> Vec<EventFound> {
        let Some(i) = st.last_deal(self.s.idx, true) else {
            return Vec::new();
        };
        if self.alone && st.out[i].args.amount.is_none() {
            // The amount of the deal: the first of the sentence that is
            // one (a price per share is not).
            let ments = self.s.ments.clone();
            st.out[i].args.amount = ments.take(REACH).find(|&mi| {
                self.m.kept[mi].start > st.out[i].trigger.end
                    && amount_of(self.m, Some(mi)).is_some_and(|a| a.0 >= 1e6)
                    && !self.valued(mi)
            });
        }
        // `L'opération, qui porte sur 100 % du capital, ...`: the stake
        // of the deal just stated.
        if st.out[i].kind == EventType::Acquisition
            && st.out[i].args.stake.is_none()
        {
            let ments = self.s.ments.clone();
            st.out[i].args.stake = ments.take(REACH).find(|&mi| {
                matches!(self.m.kept[mi].found, Found::Percentage(_)) && {
                    let k = self.tok_at(self.m.kept[mi].start);
                    k >= 2
                        && is(self.word(k - 1), "sur")
                        && is_any(
                            self.word(k - 2),
                            &["porte", "portera", "portant"],
                        )
                }
            });
        }
        if st.out[i].kind == EventType::Acquisition && st.defaulted[i] {
            let mut buf = String::new();
            let announced = (0..self.s.toks.len().min(REACH)).any(|k| {
                CUES.get(lower(self.word(k), &mut buf))
                    .is_some_and(|b| b & cue::ANNOUNCED != 0)
            });
            if announced {
                st.out[i].args.status = Some(Status::Announced);
                st.defaulted[i] = false;
            }
        }
        Vec::new()
    }

    /// `Les actions sont cédées par le fonds X`: shares sold in the
    /// passive, their seller the seller of the acquisition just stated
    /// when it has none. Whether the trigger is so read.
    fn shares_sold(&self, st: &mut State) -> bool {
        let mut k = self.tok_at(self.hit.start);
        if k > 0 && is(self.word(k - 1), "été") {
            k -= 1;
        }
        if k < 2
            || !is_any(
                self.word(k - 1),
                &["sont", "seront", "ont", "étaient", "seraient"],
            )
            || !is_any(
                self.word(k - 2),
                &["actions", "titres", "parts", "participations"],
            )
        {
            return false;
        }
        let Some(i) = st.last_deal(self.s.idx, false) else {
            return false;
        };
        let seller = self
            .entity_after_cue(self.hit.end, self.s.range.end, &[&["par"]], 4)
            .filter(|&s| self.org_like(s));
        let e = &mut st.out[i];
        let name = |i: Option<usize>| canonical(self.m, i);
        if let Some(s) = seller
            && e.kind == EventType::Acquisition
            && e.args.seller.is_none()
            && name(Some(s)) != name(e.args.buyer)
            && name(Some(s)) != name(e.args.target)
        {
            e.args.seller = Some(s);
        }
        true
    }

    /// `Âgée de 47 ans, elle était jusqu'ici directrice financière
    /// adjointe de X`: the person a subject pronoun before a title and
    /// its verb stands for, the last person named in the sentence or the
    /// two before.
    fn pronoun_person(&self) -> Option<usize> {
        const VERB: &[&str] = &[
            "était",
            "est",
            "sera",
            "serait",
            "avait",
            "a",
            "été",
            "jusqu'",
            "jusqu’",
            "ici",
            "alors",
            "auparavant",
            "déjà",
            "aussi",
            "désormais",
            "reste",
            "restera",
            "demeure",
            "devient",
            "deviendra",
        ];
        let at = self.tok_at(self.hit.start);
        let mut k = at;
        while k > 0 && k + 6 > at && is_any(self.word(k - 1), VERB) {
            k -= 1;
        }
        let pronoun =
            if k > 0 && k < at && is_any(self.word(k - 1), &["il", "elle"]) {
                self.s.toks[k - 1].start
            } else if k == 0 && at > 0 {
                // `Jusqu'ici responsable de la division, elle succédera à X`:
                // the post held until now opening the sentence, the pronoun
                // after its complement.
                let n = self.s.toks.len();
                let j =
                    (at + 1..n.min(at + 14)).find(|&j| self.word(j) == ",")?;
                if j + 1 >= n || !is_any(self.word(j + 1), &["il", "elle"]) {
                    return None;
                }
                self.s.toks[j + 1].start
            } else {
                return None;
            };
        let first = self.m.sentences[self.s.idx.saturating_sub(2)].start;
        let kept = self.m.kept;
        let hi = self.s.ments.start
            + kept[self.s.ments.clone()].partition_point(|c| c.end <= pronoun);
        (0..hi)
            .rev()
            .take_while(|&i| kept[i].start >= first)
            .take(REACH)
            .find(|&i| self.label(i) == Some(Label::Per))
    }

    /// `Le vendeur est le fonds X`, `Le vendeur, X, conserve 20 %`: the
    /// seller of the acquisition just stated, when it has none.
    fn seller(&self, st: &mut State) -> Vec<EventFound> {
        let h = self.hit;
        let Some(i) = st.last_deal(self.s.idx, false) else {
            return Vec::new();
        };
        let at = self.tok_at(h.start);
        if at == 0 || !is_any(self.word(at - 1), &["le", "la"]) {
            return Vec::new();
        }
        let found = self.after(h.end).next().filter(|&mi| {
            let gap = self.between(h.end, self.m.kept[mi].start);
            let words: Vec<&str> =
                gap.iter().map(|t| &self.m.text[t.start..t.end]).collect();
            // `Le vendeur, l'industriel doubien X`: a person sells too.
            (self.org_like(mi) || self.label(mi) == Some(Label::Per))
                && gap.len() <= 4
                && words.iter().all(|w| {
                    is_any(w, &[",", "est", "était", "sera", "le", "la", "l'"])
                        || NOUN_WORDS.holds(w)
                        || qualifies_title(w)
                })
        });
        let e = &mut st.out[i];
        if let Some(s) = found
            && e.kind == EventType::Acquisition
            && e.args.seller.is_none()
            && e.args.buyer != Some(s)
            && e.args.target != Some(s)
        {
            e.args.seller = Some(s);
        }
        Vec::new()
    }

    /// `Le club a versé 18 M€ à l'Ajax`: the price of the deal just
    /// stated, and its seller.
    fn pay(&self, st: &mut State) -> Vec<EventFound> {
        let h = self.hit;
        let Some(i) = st.last_deal(self.s.idx, false) else {
            return Vec::new();
        };
        let Some(amount) = self
            .money_after(h.end, self.next, true)
            .filter(|&a| self.between(h.end, self.m.kept[a].start).len() <= 3)
        else {
            return Vec::new();
        };
        let e = &mut st.out[i];
        if e.args.amount.is_none() {
            e.args.amount = Some(amount);
        }
        if e.args.seller.is_none() {
            let at = self.m.kept[amount].end;
            let seller = self
                .entity_after_cue(at, self.s.range.end, &[&["à"], &["au"]], 3)
                .filter(|&s| {
                    self.is_entity(s)
                        && canonical(self.m, Some(s))
                            != canonical(self.m, e.args.buyer)
                        && canonical(self.m, Some(s))
                            != canonical(self.m, e.args.target)
                });
            e.args.seller = seller;
        }
        Vec::new()
    }

    /// `X prend la tête de Y`, `X, à la tête de Y`: a role with no
    /// title.
    fn lead(&self, st: &State) -> Vec<EventFound> {
        let h = self.hit;
        let Some(person) = self
            .subject(h.start)
            .filter(|&p| self.label(p) == Some(Label::Per))
        else {
            return Vec::new();
        };
        let cues: &[&[&str]] = &[&["de"], &["d'"], &["du"], &["des"]];
        let Some(at) = self.cue_after(h.end, self.next, cues) else {
            return Vec::new();
        };
        if self.between(h.end, at).len() > 1 {
            return Vec::new();
        }
        let org = self
            .entity_after(at, 5, OBJECT_STOPS)
            .filter(|&o| self.org_like(o))
            .or_else(|| {
                let k = self.tok_at(at);
                let back = (k..(k + 3).min(self.s.toks.len()))
                    .any(|j| NOUN_WORDS.holds(self.word(j)));
                back.then(|| self.topic(st)).flatten()
            });
        let Some(org) = org.filter(|&o| o != person) else {
            return Vec::new();
        };
        vec![self.event(
            EventType::Role,
            ArgsFound {
                person: Some(person),
                organization: Some(org),
                ..ArgsFound::default()
            },
        )]
    }

    /// `une série A de 25 M€`: a round, the company's in the news.
    fn round_frame(&self, st: &State) -> Vec<EventFound> {
        let h = self.hit;
        let Some(amount) = self
            .money_after(h.end, self.next, true)
            .filter(|&a| self.between(h.end, self.m.kept[a].start).len() <= 1)
        else {
            return Vec::new();
        };
        let company = self.subject(h.start).or_else(|| {
            let last = st.last_deal(self.s.idx, true).map(|i| &st.out[i]);
            last.filter(|e| e.kind == EventType::Funding)
                .and_then(|e| e.args.company)
        });
        let Some(company) = company else { return Vec::new() };
        // `a bouclé une série A de X auprès de Y et de Z`: the investors
        // and the date, as for a round a verb states.
        let investors = self.investors_of(&self.investors(), company);
        vec![self.event(
            EventType::Funding,
            ArgsFound {
                company: Some(company),
                amount: Some(amount),
                investors,
                round: Some(self.m.text[h.start..h.end].to_string()),
                date: self.date(),
                ..ArgsFound::default()
            },
        )]
    }

    /// Whether a valuation word stands among the three words before
    /// mention `mi`.
    fn valued(&self, mi: usize) -> bool {
        let at = self.tok_at(self.m.kept[mi].start);
        (at.saturating_sub(3)..at).any(|k| {
            let w = self.word(k);
            w.get(..7).is_some_and(|p| is(p, "valoris"))
        })
    }

    /// `valorisée 2 Md€`: the valuation of the round just stated, else a
    /// valuation of its own.
    fn value(&self, st: &mut State) -> Vec<EventFound> {
        let h = self.hit;
        let Some(amount) = self.money_after(h.end, self.s.range.end, false)
        else {
            return Vec::new();
        };
        // `valorise l'entreprise de Roulers, cotée sur Euronext
        // Bruxelles, à 936 millions`: past an apposition, the amount
        // after `à`.
        let gap = self.between(h.end, self.m.kept[amount].start);
        let far = gap.len() > 6
            && !(gap.len() <= 14
                && gap.last().is_some_and(|t| {
                    matches!(&self.m.text[t.start..t.end], "à" | "quelque")
                }));
        if far || amount_of(self.m, Some(amount)).is_none_or(|a| a.0 < 1e6) {
            // A price per share (`valorise chaque action à 24 euros`) is no
            // company's value.
            return Vec::new();
        }
        // `l'opération valorise X à ...` a few sentences after a round:
        // the round's valuation.
        let at = self.tok_at(h.start);
        // The deal noun right before the verb, or opening the sentence
        // (`L'offre, entièrement en numéraire, valorise`).
        let deal = (at.saturating_sub(3)..at).chain(0..2.min(at)).any(|k| {
            is_any(
                self.word(k),
                &[
                    "opération",
                    "transaction",
                    "levée",
                    "table",
                    "financement",
                    "offre",
                ],
            )
        });
        // `Il valorise la jeune pousse ...` opening the sentence after a
        // round: `il` stands for the round.
        let deal =
            deal || at == 1 && is_any(self.word(0), &["Il", "Celui-ci"]);
        let back = if deal { 4 } else { 1 };
        // `X est désormais valorisée ...` a few sentences after X's round.
        let subject = canonical(self.m, self.subject(h.start));
        // `l'opération valorise Semavia à ...`: the round of the company
        // the verb names, within a few sentences more.
        let named = if deal {
            canonical(self.m, self.entity_after(h.end, 3, OBJECT_STOPS))
        } else {
            subject
        };
        let funding = match named {
            Some(name) => {
                st.recent_mut(self.s.idx, if deal { 6 } else { 4 }, |e| {
                    e.kind == EventType::Funding
                        && canonical(self.m, e.args.company) == Some(name)
                })
            }
            _ => None,
        };
        // `L'entreprise serait désormais valorisée ...` two sentences
        // after a round: the company's plain noun stands for the one the
        // round raised for.
        let back = match named.is_none() && self.firm_noun_before() {
            true => back.max(3),
            false => back,
        };
        let funding = match funding {
            Some(e) => Some(e),
            None => st.recent_mut(self.s.idx, back, |e| {
                e.kind == EventType::Funding
            }),
        };
        if let Some(e) = funding {
            if e.args.valuation.is_none() {
                e.args.valuation = Some(amount);
            }
            return Vec::new();
        }
        if deal {
            // `L'offre valorise X à 1,37 milliard`: the price of the
            // takeover of X just stated, when it has none (the valuation
            // is kept too).
            let valued = self.entity_after(h.end, 3, OBJECT_STOPS);
            let name = canonical(self.m, valued);
            if let Some(e) = st.recent_mut(self.s.idx, back, |e| {
                e.kind == EventType::Acquisition
                    && e.args.amount.is_none()
                    && e.args.stake.is_none()
                    && name.is_some()
                    && canonical(self.m, e.args.target) == name
            }) {
                e.args.amount = Some(amount);
            }
        }
        // `une OPA sur X, valorisant ce dernier à ...`: the target.
        let acquisition = |e: &EventFound| e.kind == EventType::Acquisition;
        let target =
            st.recent(self.s.idx, 0, acquisition).and_then(|e| e.args.target);
        let at = self.tok_at(h.end);
        let dernier = at + 1 < self.s.toks.len()
            && is_any(self.word(at + 1), &["dernier", "dernière"]);
        // `L'opération valorise le club à 53 millions` after the club's
        // sale: the target of the deal just stated.
        let target = target.or_else(|| {
            (deal && self.back_noun_after(h.end))
                .then(|| st.recent(self.s.idx, back, acquisition))
                .flatten()
                .and_then(|e| e.args.target)
        });
        // `qui valorisait Mosanor 1,1 milliard`: the name right after the
        // verb is the company valued.
        let object = self.entity_after(h.end, 0, OBJECT_STOPS).filter(|&o| {
            self.m.kept[o].end <= self.m.kept[amount].start && self.org_like(o)
        });
        let company = object
            .or(target)
            .or_else(|| {
                dernier
                    .then(|| self.before(h.start).find(|&i| self.is_entity(i)))
                    .flatten()
            })
            .or_else(|| self.apposed_valued(h.start))
            .or_else(|| self.subject(h.start))
            .or_else(|| self.entity_after(h.end, 3, OBJECT_STOPS))
            .or_else(|| self.topic(st));
        let Some(company) = company else { return Vec::new() };
        vec![self.event(
            EventType::Valuation,
            ArgsFound {
                company: Some(company),
                amount: Some(amount),
                date: self.date(),
                ..ArgsFound::default()
            },
        )]
    }

    /// The name that ends right before the comma opening the participle
    /// at `start`, past an adverb of time (`X, depuis rachetée par Y`,
    /// `X, rachetée en 2022 par Y`).
    fn apposed_to(&self, start: usize) -> Option<usize> {
        let mut k = self.tok_at(start);
        if k > 0
            && is_any(
                self.word(k - 1),
                &[
                    "depuis",
                    "récemment",
                    "ensuite",
                    "alors",
                    "désormais",
                    "finalement",
                ],
            )
        {
            k -= 1;
        }
        if k == 0 || self.word(k - 1) != "," {
            return None;
        }
        self.name_before_comma(k - 1)
    }

    /// The name that ends right before the comma at token `k`.
    fn name_before_comma(&self, k: usize) -> Option<usize> {
        let comma = self.s.toks[k].start;
        self.before(comma).next().filter(|&i| {
            self.is_entity(i)
                && self.m.text[self.m.kept[i].end..comma].trim().is_empty()
        })
    }

    /// `au capital de Northgate Power, un producteur texan valorisé 2,3
    /// milliards`: a participle with no auxiliary in an apposition values
    /// the name before the apposition's comma.
    fn apposed_valued(&self, start: usize) -> Option<usize> {
        let at = self.tok_at(start);
        let w = self.word(at);
        if !["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e)) {
            return None;
        }
        let mut k = at;
        while k > 0 && at - k < 8 {
            k -= 1;
            let w = self.word(k);
            if is_any(
                w,
                &["a", "est", "été", "sera", "serait", "était", "être"],
            ) || matches!(w, "." | ";" | ":")
            {
                return None;
            }
            if w == "," {
                return self.name_before_comma(k);
            }
        }
        None
    }

    /// `un chiffre d'affaires de 3 M€`, `son bénéfice net 4,6 Md€`.
    fn result(&self, st: &State, metric: Metric) -> Vec<EventFound> {
        let h = self.hit;
        if self.cue_before(4, cue::FORECAST) {
            return Vec::new();
        }
        // `380 M€ de ventes`: the amount before the noun.
        let before = self.before(h.start).next().filter(|&b| {
            matches!(self.m.kept[b].found, Found::Money(_))
                && self.between(self.m.kept[b].end, h.start).iter().all(|t| {
                    is_any(&self.m.text[t.start..t.end], &["de", "d'"])
                })
        });
        // `Le chiffre d'affaires du groupe, qui emploie 12 400 salariés,
        // a progressé de 9,7 %, à 4,86 milliards`: the words of a relative
        // clause between are not counted.
        let amount = before.or_else(|| {
            self.money_in(h.end, self.next, true, false).filter(|&a| {
                let gap = self.between(h.end, self.m.kept[a].start);
                gap.len()
                    - self.relative_len(gap)
                    - self.bracket_len(gap)
                    - self.genitive_len(gap)
                    <= 12
            })
        });
        let Some(mut amount) = amount else { return Vec::new() };
        let mut reached = false;
        // `a bondi de 9,6 millions d'euros en 2022 à 21 millions d'euros
        // en 2024`: the figure reached, not the one it started from.
        if before.is_none()
            && let Some(next) = self
                .after(self.m.kept[amount].end)
                .find(|&i| matches!(self.m.kept[i].found, Found::Money(_)))
        {
            let from = self.between(h.end, self.m.kept[amount].start);
            let gap =
                self.between(self.m.kept[amount].end, self.m.kept[next].start);
            let word = |t: &Tok| &self.m.text[t.start..t.end];
            if from.last().is_some_and(|t| is(word(t), "de"))
                && gap.len() <= 3
                && gap.last().is_some_and(|t| is(word(t), "à"))
            {
                amount = next;
                reached = true;
            }
        }
        // `... à 21 millions d'euros en 2024`: the period told with the
        // figure reached.
        let period_after = || {
            let end = self.m.kept[amount].end;
            self.after(end).next().filter(|&i| {
                matches!(&self.m.kept[i].found, Found::Date(d) if is_period(&d.value))
                    && self.between(end, self.m.kept[i].start).len() <= 1
            })
        };
        let period = match reached {
            true => period_after().or_else(|| self.period_or_carried(st)),
            false => self.period_or_carried(st),
        };
        let from = before.map_or(h.start, |b| self.m.kept[b].start);
        if before.is_some() && self.cue_before_at(from, 4, cue::FORECAST) {
            return Vec::new();
        }
        // `l'excédent brut d'exploitation de Telvora a progressé`: the
        // company named right after the metric's `de`.
        let genitive = self.after(h.end).next().filter(|&c| {
            let gap = self.between(h.end, self.m.kept[c].start);
            self.org_like(c)
                && matches!(gap, [d] if is_any(
                    &self.m.text[d.start..d.end],
                    &["de", "d'", "d\u{2019}", "du"],
                ))
        });
        let company = genitive.or_else(|| self.reporting_company(st, from));
        let Some(company) = company else { return Vec::new() };
        vec![self.event(
            EventType::Result,
            ArgsFound {
                company: Some(company),
                metric: Some(metric),
                amount: Some(amount),
                change: self.pct_after(h.end, self.next, cue::CHANGE),
                period,
                ..ArgsFound::default()
            },
        )]
    }

    /// How many words past its noun a company's noun phrase opening `gap`
    /// takes (`du spécialiste [des systèmes de freinage ferroviaire] a
    /// progressé`): its lower-case complement, up to the verb; 0 for none.
    fn genitive_len(&self, gap: &[Tok]) -> usize {
        let text = self.m.text;
        let word = |t: &Tok| &text[t.start..t.end];
        let Some(noun) =
            gap.iter().take(3).position(|t| NOUN_WORDS.holds(word(t)))
        else {
            return 0;
        };
        if !is_any(word(&gap[0]), &["du", "de", "des"]) {
            return 0;
        }
        gap[noun + 1..]
            .iter()
            .take(8)
            .take_while(|t| {
                let w = word(t);
                w.starts_with(|c: char| c.is_lowercase())
                    && !is_any(
                        w,
                        &[
                            "a", "ont", "est", "sont", "s'", "s’", "atteint",
                            "qui", "dont",
                        ],
                    )
            })
            .count()
    }

    /// How many words a short aside in brackets opening `gap` takes, its
    /// brackets included (`Le résultat opérationnel (EBIT) s'est
    /// amélioré`); 0 for none.
    fn bracket_len(&self, gap: &[Tok]) -> usize {
        let text = self.m.text;
        let word = |t: &Tok| &text[t.start..t.end];
        if gap.first().is_none_or(|t| word(t) != "(") {
            return 0;
        }
        gap.iter().take(6).position(|t| word(t) == ")").map_or(0, |c| c + 1)
    }

    /// How many of the words `gap` holds a relative clause between commas
    /// takes (`, qui emploie 12 400 salariés,`), its commas included; 0
    /// for none.
    fn relative_len(&self, gap: &[Tok]) -> usize {
        let text = self.m.text;
        let word = |t: &Tok| &text[t.start..t.end];
        let Some(q) = (1..gap.len())
            .find(|&k| word(&gap[k - 1]) == "," && is(word(&gap[k]), "qui"))
        else {
            return 0;
        };
        // The comma that closes it, not a decimal one (`12,5`).
        let close = (q + 1..gap.len())
            .find(|&k| word(&gap[k]) == "," && !glued(gap, k));
        close.map_or(0, |c| c - q + 2)
    }

    /// The company whose figure a trigger at `pos` states: its subject,
    /// else the company talked of; a person reports no company's figures
    /// (`son directeur général, X, ... après une perte nette de`), so the
    /// company talked of comes first then.
    fn reporting_company(&self, st: &State, pos: usize) -> Option<usize> {
        match self.subject(pos) {
            Some(c) if self.label(c) == Some(Label::Per) => {
                self.topic(st).or(Some(c))
            }
            found => found.or_else(|| self.topic(st)),
        }
    }

    /// `a perdu 30 M€`: a loss when an amount follows the verb.
    fn loss_verb(&self, st: &State) -> Vec<EventFound> {
        let h = self.hit;
        let amount = self
            .money_in(h.end, self.next, true, false)
            .filter(|&a| self.between(h.end, self.m.kept[a].start).len() <= 2);
        let Some(amount) = amount else { return Vec::new() };
        let company = self.reporting_company(st, h.start);
        let Some(company) = company else { return Vec::new() };
        vec![self.event(
            EventType::Result,
            ArgsFound {
                company: Some(company),
                metric: Some(Metric::Loss),
                amount: Some(amount),
                period: self.period(),
                ..ArgsFound::default()
            },
        )]
    }

    /// `X a cofondé Y`, `Fondée par X et Z, Y ...`.
    fn found(&self, st: &State) -> Vec<EventFound> {
        let h = self.hit;
        let t = lowercase(&self.m.text[h.start..h.end]);
        let title =
            if t.starts_with("co") { "cofondateur" } else { "fondateur" };
        let per = |i: &usize| self.label(*i) == Some(Label::Per);
        let par = self
            .cue_after(h.end, self.next, &[&["par"]])
            .filter(|&p| self.between(h.end, p).len() <= 4);
        let (people, org) = match par {
            Some(p) => {
                let Some(first) = self.entity_after(p, 2, OBJECT_STOPS) else {
                    return Vec::new();
                };
                let people: Vec<usize> =
                    self.list_from(first).into_iter().filter(per).collect();
                let last = people.last().map_or(p, |&l| self.m.kept[l].end);
                let org = self
                    .after(last)
                    .find(|i| self.label(*i) == Some(Label::Org))
                    .filter(|&i| {
                        self.between(last, self.m.kept[i].start).len() <= 3
                    })
                    .or_else(|| self.topic(st));
                (people, org)
            }
            None => {
                let people: Vec<usize> =
                    self.subject(h.start).into_iter().filter(per).collect();
                (people, self.entity_after(h.end, 3, OBJECT_STOPS))
            }
        };
        let Some(org) = org.filter(|&o| !per(&o)) else { return Vec::new() };
        people
            .into_iter()
            .map(|p| {
                self.event(
                    EventType::Role,
                    ArgsFound {
                        person: Some(p),
                        title: Some(title.to_string()),
                        organization: Some(org),
                        ..ArgsFound::default()
                    },
                )
            })
            .collect()
    }

    /// A title next to a person's name.
    fn role(&self, st: &State, class: TitleClass) -> Vec<EventFound> {
        let h = self.hit;
        let at = self.tok_at(h.start);
        let end_tok = self.tok_at(h.end);
        // The title's complement: `de ORG`, `chez ORG`, `du groupe`;
        // for a public title, the words up to a comma or a name.
        let mut title_end = h.end;
        let mut org = None;
        let mut org_back = false;
        let mut k = end_tok;
        // A public title's complement also takes `à` (`ministre délégué
        // aux Transports`, `secrétaire d'État chargée du Numérique`).
        let link = |w: &str| {
            is_any(w, &["de", "d'", "du", "des", "chez", "la", "l'", "le"])
                || class == TitleClass::Public
                    && is_any(w, &["à", "au", "aux", "chargé", "chargée"])
        };
        // A business title's too, right before an organisation's name
        // (`analyste à la Banque cantonale vaudoise`, `économiste au
        // Crédit suisse`; not `directeur à Paris`, a place, nor
        // `directeur général au moment des faits`).
        let n = self.s.toks.len();
        let to_org = |k: usize| {
            class == TitleClass::Business
                && k < n
                && is_any(self.word(k), &["à", "au", "aux"])
                && {
                    let mut j = k + 1;
                    while j < n && is_any(self.word(j), &["la", "l'", "le"]) {
                        j += 1;
                    }
                    j < n
                        && self.after(self.s.toks[j].start).next().is_some_and(
                            |i| {
                                self.m.kept[i].start == self.s.toks[j].start
                                    && self.label(i) == Some(Label::Org)
                            },
                        )
                }
        };
        // `ministre fédéral de l'Industrie`, `sénateur écologiste de la
        // Gironde`, `son secrétaire régional`, `le ministre bruxellois de
        // l'Économie`: adjectives after the title are part of it.
        for _ in 0..2 {
            let Some(t) = self.s.toks.get(k) else { break };
            let w = self.word(k);
            if t.word
                && w.chars().next().is_some_and(char::is_lowercase)
                && (adjective(w)
                    // A public title's demonym before its complement (not
                    // `l'entraîneur marseillais`, whose title is bare).
                    || class == TitleClass::Public
                        && crate::extract::entities::demonym_adjective(w)
                        && k + 1 < self.s.toks.len()
                        && is_any(self.word(k + 1), &["de", "d'", "du", "des"])
                    || w.ends_with("iste")
                    || is_any(
                        w,
                        &["adjoint", "adjointe", "délégué", "déléguée"],
                    ))
                && !link(w)
            {
                title_end = t.end;
                k += 1;
            } else {
                break;
            }
        }
        // The title with its adjectives, before any complement.
        let adjectives_end = title_end;
        // `directrice générale par intérim`.
        if k + 1 < self.s.toks.len()
            && is(self.word(k), "par")
            && is(self.word(k + 1), "intérim")
        {
            title_end = self.s.toks[k + 1].end;
            k += 2;
        }
        // `directeur Europe de Tan Hock`, `directrice de la division
        // Europe de Bekaert`, `président France chez X`: the market a
        // business title covers is part of it, its organisation after.
        if class == TitleClass::Business
            && let Some((end, next)) = self.market_after(k)
        {
            title_end = end;
            k = next;
        }
        let org_after = to_org(k);
        if k < self.s.toks.len() && (link(self.word(k)) || org_after) {
            let first_link = k;
            if org_after {
                k += 1;
            }
            while k < self.s.toks.len() && link(self.word(k)) {
                k += 1;
            }
            match class {
                TitleClass::Public => {
                    let mut j = first_link;
                    while j < self.s.toks.len() {
                        let t = self.s.toks[j];
                        let w = self.word(j);
                        let starts_per =
                            self.after(t.start).next().is_some_and(|i| {
                                self.m.kept[i].start == t.start
                                    && self.label(i) == Some(Label::Per)
                            });
                        // `ministre de l'Économie, de l'Innovation et de
                        // l'Énergie`: a list of portfolios.
                        let listed = !t.word
                            && w == ","
                            && self.s.toks.get(j + 1).is_some_and(|n| {
                                n.word
                                    && is_any(
                                        self.word(j + 1),
                                        &["de", "d'", "du", "des"],
                                    )
                            })
                            && (j + 2..(j + 4).min(self.s.toks.len())).any(
                                |q| {
                                    let x = self.word(q);
                                    self.s.toks[q].word
                                        && x.chars()
                                            .next()
                                            .is_some_and(char::is_uppercase)
                                },
                            )
                            && (j + 2..(j + 12).min(self.s.toks.len()))
                                .any(|q| is(self.word(q), "et"));
                        if listed {
                            j += 1;
                            continue;
                        }
                        if !t.word || starts_per {
                            break;
                        }
                        let cap =
                            w.chars().next().is_some_and(char::is_uppercase);
                        // `de l'Éducation nationale`, `de la Transition
                        // écologique`: the adjective of a capitalised word.
                        let adjective = j > first_link
                            && self
                                .word(j - 1)
                                .chars()
                                .next()
                                .is_some_and(char::is_uppercase)
                            && adjective(w);
                        // `de la Cohésion des territoires`: a plural
                        // complement of a capitalised word.
                        let plural = j > first_link + 1
                            && is(self.word(j - 1), "des")
                            && self
                                .word(j - 2)
                                .chars()
                                .next()
                                .is_some_and(char::is_uppercase)
                            && w.ends_with(['s', 'x']);
                        // `porte-parole du gouvernement`.
                        let body = j == first_link + 1
                            && is_any(self.word(j - 1), &["du"])
                            && is_any(w, &["gouvernement"]);
                        if !(cap
                            || adjective
                            || plural
                            || body
                            || link(w)
                            || is_any(w, &["et"]))
                        {
                            break;
                        }
                        // `rectrice de l'académie`: a title ends on a word
                        // of its own, never on `de l'`.
                        if !link(w) && !is(w, "et") {
                            title_end = t.end;
                        }
                        j += 1;
                    }
                }
                TitleClass::Business => {
                    let from = self.s.toks[k.min(self.s.toks.len() - 1)].start;
                    let found = self
                        .after(from)
                        .find(|&i| self.is_entity(i))
                        .filter(|&i| {
                            let gap = self.between(from, self.m.kept[i].start);
                            (gap.len() <= 2 || self.trade_phrase(gap))
                                && self.org_like(i)
                        });
                    match found {
                        Some(i) => {
                            org = Some(i);
                            // `directrice de participations chez X`,
                            // `responsable de l'innovation au X`: a
                            // function completes the title, the
                            // organisation follows `chez` or `au`.
                            let gap = self.between(from, self.m.kept[i].start);
                            if let [f, .., last] = gap
                                && f.word
                                && {
                                    let w = &self.m.text[f.start..f.end];
                                    w.chars().all(char::is_lowercase)
                                        && w.chars().count() > 3
                                        && !NOUN_WORDS.holds(w)
                                }
                                && is_any(
                                    &self.m.text[last.start..last.end],
                                    &["chez", "au", "à"],
                                )
                            {
                                title_end = f.end;
                            }
                        }
                        None => {
                            let w = self.word(k.min(self.s.toks.len() - 1));
                            org_back = NOUN_WORDS.holds(w);
                            // `directeur des opérations`: a function, not
                            // an organisation, completes the title.
                            let function = !org_back
                                && k < self.s.toks.len()
                                && self.s.toks[k].word
                                && w.chars().all(char::is_lowercase)
                                && w.chars().count() > 3
                                // `du nouvel ensemble`: an adjective
                                // before its noun.
                                && !is_any(
                                    w,
                                    &["nouvel", "nouveau", "nouvelle", "futur", "future", "même"],
                                )
                                && self.after(from).next().is_none_or(|i| {
                                    self.m.kept[i].start >= self.s.toks[k].end
                                });
                            if function {
                                title_end = self.s.toks[k].end;
                                // `directeur général de l'enseignement
                                // scolaire`: and its adjective.
                                if let Some(t) = self.s.toks.get(k + 1)
                                    && t.word
                                    && adjective(self.word(k + 1))
                                {
                                    title_end = t.end;
                                }
                                // `directrice des opérations du groupe X`,
                                // `de l'équipementier X`: the organisation
                                // after the function, past `de`, its
                                // article and one describing noun.
                                org = self
                                    .after(title_end)
                                    .find(|&i| self.is_entity(i))
                                    .filter(|&i| {
                                        let gap = self.between(
                                            title_end,
                                            self.m.kept[i].start,
                                        );
                                        let w = |t: &Tok| {
                                            &self.m.text[t.start..t.end]
                                        };
                                        self.org_like(i)
                                            && matches!(gap.len(), 1..=3)
                                            && is_any(
                                                w(&gap[0]),
                                                &["de", "du", "des", "d'", "d’"],
                                            )
                                            && gap[1..].iter().enumerate().all(
                                                |(n, t)| {
                                                    t.word
                                                        && (n == 0
                                                            && is_any(
                                                                w(t),
                                                                &["l'", "l’", "la", "le"],
                                                            )
                                                            || w(t)
                                                                .chars()
                                                                .all(char::is_lowercase))
                                                },
                                            )
                                    });
                            }
                            // `de la maison mère, le groupe Dubreuil`.
                            let apposed = self
                                .after(from)
                                .take_while(|&i| {
                                    self.between(from, self.m.kept[i].start)
                                        .len()
                                        <= 6
                                })
                                .find(|&i| self.is_entity(i))
                                .filter(|&i| {
                                    org_back
                                        && self.org_like(i)
                                        && self
                                            .between(
                                                from,
                                                self.m.kept[i].start,
                                            )
                                            .iter()
                                            .any(|t| {
                                                &self.m.text[t.start..t.end]
                                                    == ","
                                            })
                                });
                            if apposed.is_some() {
                                org = apposed;
                                org_back = false;
                            }
                        }
                    }
                }
            }
        }
        // The person: before the title (`X, son patron`, `X a été nommée
        // directrice générale`), else right after it and its complement
        // (`la PDG de Valmont, Claire Dumas`, `le ministre X`).
        const BRIDGE: &[&str] = &[
            ",",
            "qui",
            "devient",
            "deviendra",
            "devenant",
            "est",
            // `X n'est plus l'entraîneur de Y`: a post just lost.
            "n'",
            "n’",
            "plus",
            "sera",
            "a",
            "été",
            "nommé",
            "nommée",
            "désigné",
            "désignée",
            "reste",
            "actuel",
            "actuelle",
            "ancien",
            "ancienne",
            "ex-",
            "son",
            "sa",
            "leur",
            "le",
            "la",
            "l'",
            "nouveau",
            "nouvelle",
            "élu",
            "élue",
            "promu",
            "promue",
            "comme",
            "en",
            "tant",
            "que",
            "était",
            "un",
            "une",
            // `X, jusqu'ici directeur général de Y`.
            "jusqu'",
            "jusqu",
            "'",
            "ici",
            "alors",
            "désormais",
            // `X rejoint la société comme CFO`.
            "rejoint",
            "rejoindra",
            "société",
            "groupe",
            "entreprise",
        ];
        let mut person = None;
        let mut possessive = false;
        let mut definite = false;
        // Past a date between them (`X, jusqu'ici directeur général`).
        if let Some(mi) = self
            .before(h.start)
            .find(|&i| !matches!(self.m.kept[i].found, Found::Date(_)))
        {
            // The words of the dates passed stay out of the gap (`X a été
            // nommée mercredi ministre de ...`).
            let dates = &self.m.kept[mi + 1..];
            let gap: Vec<Tok> = self
                .between(self.m.kept[mi].end, h.start)
                .iter()
                .filter(|t| {
                    !dates
                        .iter()
                        .take_while(|c| c.start < h.start)
                        .any(|c| c.start <= t.start && t.end <= c.end)
                })
                .copied()
                .collect();
            // Every test below reads a gap of seven tokens at most.
            let words: Vec<&str> = match gap.len() {
                0..=7 => {
                    gap.iter().map(|t| &self.m.text[t.start..t.end]).collect()
                }
                _ => Vec::new(),
            };
            // `a nommé X au poste de directrice générale`.
            let post = matches!(
                words.as_slice(),
                [a, p, d] if is(a, "au")
                    && is_any(p, &["poste", "rang"])
                    && is_any(d, &["de", "d'"])
            ) || matches!(
                words.as_slice(),
                [a, f, d] if is(a, "aux")
                    && is(f, "fonctions")
                    && is_any(d, &["de", "d'"])
            );
            // `Thierry Lasserre, 57 ans, gérant de`: an age between.
            let bridge = |w: &&str| {
                is_any(w, BRIDGE)
                    || is(w, "ans")
                    || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
            };
            // `Anne Kieffer, fille du fondateur et directrice générale`:
            // a kinship told before the title, joined by `et`.
            let kin = matches!(
                words.as_slice(),
                [c, k, d, n, e] if *c == ","
                    && is_any(
                        k,
                        &["fils", "fille", "petit-fils", "petite-fille", "neveu", "nièce", "gendre"],
                    )
                    && is_any(d, &["du", "de"])
                    && n.chars().all(char::is_lowercase)
                    && is(e, "et")
            );
            if self.label(mi) == Some(Label::Per)
                && (post || kin || gap.len() <= 7 && words.iter().all(bridge))
            {
                person = Some(mi);
            } else if words.first() == Some(&",")
                && gap.len() <= 5
                && words.iter().all(|w| is_any(w, BRIDGE))
            {
                // `X, jusqu'ici sous-préfet de Villefranche, a été nommé
                // directeur de Y`: the person before the apposition the
                // last name closes.
                // `X, 47 ans, directrice financière du groupe depuis 2029
                // après douze ans chez Y, a été nommée`: dates passed.
                let from = self.m.kept[mi].start;
                person = self
                    .before(from)
                    .filter(|&p| {
                        !matches!(self.m.kept[p].found, Found::Date(_))
                    })
                    .take(2)
                    .find(|&p| {
                        let between = self.between(self.m.kept[p].end, from);
                        self.label(p) == Some(Label::Per)
                            && between.len() <= 24
                            && between.first().is_some_and(|t| {
                                &self.m.text[t.start..t.end] == ","
                            })
                    });
            }
        }
        // `le député LFI de Seine-Saint-Denis Yanis Belkadi`: a public
        // title, its party, a place it serves, the person.
        if person.is_none()
            && class == TitleClass::Public
            && title_end == h.end
            && let Some(party) = self.after(h.end).next().filter(|&i| {
                self.label(i) == Some(Label::Org)
                    && self.between(h.end, self.m.kept[i].start).is_empty()
            })
        {
            let from = self.m.kept[party].end;
            let named = self.after(from).find(|&i| {
                self.label(i) == Some(Label::Per)
                    && self.between(from, self.m.kept[i].start).len() <= 5
            });
            let place_only = named.is_some_and(|p| {
                let gap = self.between(from, self.m.kept[p].start);
                // `de la circonscription, X`: a place in a common noun,
                // then the name in apposition.
                let apposed = gap
                    .last()
                    .is_some_and(|t| &self.m.text[t.start..t.end] == ",");
                gap.iter().enumerate().all(|(j, t)| {
                    let w = &self.m.text[t.start..t.end];
                    is_any(w, &["de", "d'", "du", "des", "la", "l'", "-"])
                        || w.chars().next().is_some_and(char::is_uppercase)
                        || apposed
                            && (j + 1 == gap.len()
                                || t.word && w.chars().all(char::is_lowercase))
                })
            });
            if place_only {
                person = named;
                org = Some(party);
            }
        }
        // `Son ancien directeur export`: the determiner before the
        // title's adjective.
        let mut det = at;
        if det > 0
            && is_any(
                self.word(det - 1),
                &[
                    "ancien", "ancienne", "nouveau", "nouvelle", "actuel",
                    "actuelle", "futur", "future", "ex-",
                ],
            )
        {
            det -= 1;
        }
        if det > 0 {
            let w = self.word(det - 1);
            possessive = is_any(w, &["son", "sa", "leur"]);
            definite = is_any(w, &["le", "la", "l'"]);
        }
        // `X conserve 15 % du capital et devient président du conseil de
        // surveillance`: the subject of a verb of change right before the
        // title, however far.
        let mut changed_to = false;
        if person.is_none() {
            let mut j = at;
            while j > 0 && is_any(self.word(j - 1), &["le", "la", "l'"]) {
                j -= 1;
            }
            if j > 0 && is_any(self.word(j - 1), CHANGE_VERBS) {
                person = self
                    .subject(self.s.toks[j - 1].start)
                    .filter(|&p| self.label(p) == Some(Label::Per));
                // `Ce dernier devient porte-parole`: the person named
                // last before the sentence.
                if person.is_none()
                    && j >= 3
                    && is_any(self.word(j - 3), &["ce", "cette"])
                    && is_any(self.word(j - 2), &["dernier", "dernière"])
                {
                    let from = self.s.range.start;
                    let i = self.m.first_from(from);
                    person = (i.saturating_sub(REACH)..i)
                        .rev()
                        .find(|&k| self.label(k) == Some(Label::Per));
                }
                changed_to = person.is_some();
            }
        }
        if person.is_none() && class == TitleClass::Business {
            // `X rejoint Y comme directeur financier`.
            let mut j = at;
            while j > 0 && is_any(self.word(j - 1), &["le", "la", "l'"]) {
                j -= 1;
            }
            if j > 0 && is(self.word(j - 1), "comme") {
                let comme = self.s.toks[j - 1].start;
                if let Some(o) = self.before(comme).next().filter(|&o| {
                    self.org_like(o)
                        && self.between(self.m.kept[o].end, comme).is_empty()
                }) {
                    person = self
                        .subject(self.m.kept[o].start)
                        .filter(|&p| self.label(p) == Some(Label::Per));
                    if person.is_some() {
                        org = org.or(Some(o));
                    }
                }
            }
            // `X lui succédera comme présidente`, `X sera proposé comme
            // président du conseil`: a post to come, its holder the
            // verb's subject.
            if person.is_none()
                && j > 1
                && is(self.word(j - 1), "comme")
                && is_any(
                    self.word(j - 2),
                    &[
                        "succédera",
                        "succède",
                        "succéder",
                        "proposé",
                        "proposée",
                        "pressenti",
                        "pressentie",
                    ],
                )
            {
                let mut v = j - 2;
                while v > 0
                    && is_any(
                        self.word(v - 1),
                        &["lui", "leur", "sera", "serait", "est", "a", "été"],
                    )
                {
                    v -= 1;
                }
                person = self
                    .subject(self.s.toks[v].start)
                    .filter(|&p| self.label(p) == Some(Label::Per));
            }
        }
        if person.is_none() {
            let after_title = match org {
                Some(o) => self.m.kept[o].end,
                None => title_end,
            };
            let after_title_is_title_end = after_title == title_end;
            let mut after_title = if org_back && org.is_none() {
                // `du club nordiste, X`: the noun and its adjectives.
                let mut j = k;
                while j + 1 < self.s.toks.len()
                    && j < k + 2
                    && self.s.toks[j + 1].word
                    && self.word(j + 1).chars().all(char::is_lowercase)
                    && (qualifies_title(self.word(j + 1))
                        // `du groupe insoumis, X`: one word before the
                        // comma.
                        || j == k
                            && self.s.toks.get(k + 2).is_some_and(|t| {
                                &self.m.text[t.start..t.end] == ","
                            }))
                {
                    j += 1;
                }
                self.s.toks.get(j).map_or(title_end, |t| t.end)
            } else {
                after_title
            };
            // `Le président de la région Normandie, X`: the place the
            // function serves ends the title.
            if org.is_none()
                && title_end > h.end
                && let Some(l) = self.after(after_title).next().filter(|&i| {
                    self.label(i) == Some(Label::Loc)
                        && self
                            .between(after_title, self.m.kept[i].start)
                            .is_empty()
                })
            {
                after_title = self.m.kept[l].end;
                if after_title_is_title_end {
                    title_end = after_title;
                }
            }
            // `Le président de la Fédération française de cyclisme (FFC),
            // X`: past the acronym in brackets after the organisation.
            {
                let k = self.tok_at(after_title);
                let toks = &self.s.toks;
                if k < toks.len()
                    && self.word(k) == "("
                    && let Some(j) = (k + 2..(k + 5).min(toks.len()))
                        .find(|&j| self.word(j) == ")")
                {
                    after_title = toks[j].end;
                }
            }
            // After a complement, only an apposition (`la PDG de X, Y`):
            // `un gérant de X Y` is no one's name.
            // `la sénatrice de la Marne Nadia Benali`, `le député du Nord
            // X`: a public title closed by the place it serves needs none.
            let served = class == TitleClass::Public
                && org.is_none()
                && self.before(title_end + 1).next().is_some_and(|i| {
                    self.m.kept[i].end == title_end
                        && self.label(i) == Some(Label::Loc)
                });
            let comma_needed = !served
                && (org.is_some() || title_end > adjectives_end || org_back);
            // `Président depuis 2029, Philippe Béraud`: past the date the
            // post is held since.
            let mut next = self.after(after_title);
            let mut first = next.next();
            if let Some(d) = first
                && matches!(self.m.kept[d].found, Found::Date(_))
                && matches!(
                    self.between(after_title, self.m.kept[d].start),
                    [t] if is(&self.m.text[t.start..t.end], "depuis")
                )
            {
                after_title = self.m.kept[d].end;
                first = next.next();
            }
            if let Some(mi) = first {
                let gap = self.between(after_title, self.m.kept[mi].start);
                let words: Vec<&str> =
                    gap.iter().map(|t| &self.m.text[t.start..t.end]).collect();
                // `l'entraîneur marseillais, Luca Ferretti`: a title its
                // adjectives follow, then the name in apposition.
                let adjectives = !comma_needed
                    && matches!(words.split_last(), Some((&",", a))
                        if (1..=2).contains(&a.len())
                            && a.iter().all(|w| is_title_adjective(w)));
                // `Son directeur sportif, le Belge Pieter Claes`: a
                // demonym (a capitalised word no mention holds).
                let demonym = matches!(words.as_slice(),
                    [",", d, x] if is_any(d, &["le", "la"])
                        && x.chars().next().is_some_and(char::is_uppercase));
                // `Son directeur export, X`: a business title's field in
                // one noun.
                let field = !comma_needed
                    && !adjectives
                    && class == TitleClass::Business
                    && matches!(words.as_slice(),
                        [w, ","] if w.chars().count() > 3
                            && w.chars().all(char::is_lowercase)
                            && !qualifies_title(w)
                            && !link(w));
                if field && self.label(mi) == Some(Label::Per) {
                    title_end = gap[0].end;
                }
                // `Le procureur, M. Paul Dumont`, `Le liquidateur, Me Anne
                // Lejeune`: a civil title before the name in apposition.
                let civil = matches!(words.as_slice(),
                    [",", t] | [",", t, "."]
                        if crate::extract::entities::civil_title(t));
                // `La procureure fédérale chargée du dossier, X`, `le juge
                // chargé de l'enquête, X`: the charge the title holds,
                // then the name in apposition.
                let charged = !comma_needed
                    && matches!(words.split_last(), Some((&",", [p, l, rest @ ..]))
                    if is_any(p, &["chargé", "chargée", "chargés", "chargées"])
                        && is_any(l, &["de", "du", "des", "d'"])
                        && (1..=3).contains(&rest.len())
                        && rest.iter().all(|w| {
                            w.chars().next().is_some_and(char::is_lowercase)
                        }));
                if self.label(mi) == Some(Label::Per)
                    && (adjectives
                        || demonym
                        || civil
                        || charged
                        || field
                        || gap.len() <= 1
                            && gap.len() >= usize::from(comma_needed)
                            && words.iter().all(|w| *w == ","))
                {
                    person = Some(mi);
                }
            }
        }
        let Some(person) = person.or_else(|| self.pronoun_person()) else {
            return Vec::new();
        };
        // `X, jusqu'ici députée de la Gironde`, `le député LR du Cantal`,
        // `le maire de Rodez, X`, `l'adjoint aux sports de Lyon, X`: an
        // elected member's title is written bare, the party, the seat or
        // the town no part of it (a European one aside).
        if class == TitleClass::Public
            && !self.m.text[h.end..title_end].contains("europ")
        {
            let head = &self.m.text[h.start..h.end];
            let served = self.m.text[h.end..title_end]
                .trim_start()
                .split(' ')
                .next()
                .is_some_and(|w| {
                    is_any(w, &["de", "du", "des"]) || w.starts_with("d'")
                });
            if is_any(
                head,
                &[
                    "député",
                    "députée",
                    "sénateur",
                    "sénatrice",
                    "eurodéputé",
                    "eurodéputée",
                ],
            ) || (is_any(head, &["maire", "mairesse"])
                || head.starts_with("adjoint"))
                && served
            {
                title_end = h.end;
            }
        }
        if class == TitleClass::Business && org.is_none() {
            org = self.dont_antecedent(h.start);
        }
        if class == TitleClass::Business && org.is_none() {
            let pstart = self.m.kept[person].start.min(h.start);
            if possessive {
                org = self
                    .before(pstart)
                    .find(|&i| self.label(i) == Some(Label::Org))
                    .or_else(|| {
                        self.before(pstart).find(|&i| self.org_like(i))
                    })
                    .or_else(|| self.topic(st))
                    .or_else(|| self.role_topic());
            } else if org_back {
                org = self.topic(st).or_else(|| self.role_topic());
            } else if definite || changed_to {
                // `Chez Renault, le directeur général X`; `Le directeur
                // financier, X` in a story about a company.
                // `Le fondateur, X, conserve 15 %` after a purchase: the
                // founder of the company bought.
                let founder = is_any(
                    &self.m.text[h.start..h.end],
                    &[
                        "fondateur",
                        "fondatrice",
                        "cofondateur",
                        "cofondatrice",
                    ],
                );
                let bought = || {
                    st.recent(self.s.idx, 2, |e| {
                        e.kind == EventType::Acquisition
                            && e.args.target.is_some()
                    })
                    .and_then(|e| e.args.target)
                };
                org = self
                    .chez()
                    .or_else(|| founder.then(bought).flatten())
                    .or_else(|| self.event_topic(st));
            }
        }
        // `X, délégué syndical central CFDT`: a union named right after
        // its delegate's title.
        if class == TitleClass::Business
            && org.is_none()
            && let Some(u) = self.after(title_end).next().filter(|&u| {
                self.between(title_end, self.m.kept[u].start).is_empty()
                    && self.label(u) == Some(Label::Org)
                    && crate::stages::quotes::UNIONS.contains(
                        lowercase(
                            &self.m.text
                                [self.m.kept[u].start..self.m.kept[u].end],
                        )
                        .as_str(),
                    )
            })
        {
            org = Some(u);
        }
        // `Joratech a nommé mercredi Corinne Baud-Nicod directrice
        // générale`: the organisation that appoints.
        if class == TitleClass::Business && org.is_none() {
            org = self.appointer(person, h.start..title_end);
        }
        let title = self.m.text[h.start..title_end].to_string();
        // `Les fondateurs de Datawacht, Lukas Brunner et Mirjam Keller`: a
        // plural title names each person of the pair.
        let mut persons = vec![person];
        if title.ends_with('s')
            && let Some(second) = self.after(self.m.kept[person].end).next()
            && self.label(second) == Some(Label::Per)
            && matches!(
                self.between(self.m.kept[person].end, self.m.kept[second].start)
                    .iter()
                    .map(|t| &self.m.text[t.start..t.end])
                    .collect::<Vec<_>>()
                    .as_slice(),
                [w] if is(w, "et")
            )
        {
            persons.push(second);
        }
        persons
            .into_iter()
            .map(|person| {
                self.event(
                    EventType::Role,
                    ArgsFound {
                        person: Some(person),
                        title: Some(title.clone()),
                        organization: org.filter(|&o| o != person),
                        ..ArgsFound::default()
                    },
                )
            })
            .collect()
    }

    /// The organisation a title at byte `pos` belongs to through `dont`
    /// (`Mosanor, dont l'administrateur délégué, X, a démissionné`): the
    /// name right before the comma that opens the relative clause.
    fn dont_antecedent(&self, pos: usize) -> Option<usize> {
        let k = self.tok_at(pos);
        if k < 3
            || !is_any(self.word(k - 1), &["le", "la", "l'", "les"])
            || !is(self.word(k - 2), "dont")
            || self.word(k - 3) != ","
        {
            return None;
        }
        let comma = self.s.toks[k - 3].start;
        self.before(comma).next().filter(|&i| {
            self.between(self.m.kept[i].end, comma).is_empty()
                && self.org_like(i)
        })
    }

    /// The organisation that appoints the person of mention `person`:
    /// its subject right before, past an auxiliary, a verb of appointing
    /// and a day (`Joratech a nommé mercredi X`, `Le groupe Valmont
    /// désigne X`), or past the title `title` announced before the name
    /// (`Ondira a enfin nommé un nouveau directeur financier, X`).
    fn appointer(&self, person: usize, title: Range<usize>) -> Option<usize> {
        const APPOINT: &[&str] = &[
            "nommé",
            "nomme",
            "nommer",
            "désigné",
            "désigne",
            "désigner",
            "choisi",
            "choisit",
            "recruté",
            "recrute",
            "promu",
            "promeut",
        ];
        let pstart = self.m.kept[person].start;
        let mi = self
            .before(pstart)
            .find(|&i| !matches!(self.m.kept[i].found, Found::Date(_)))?;
        if self.label(mi) != Some(Label::Org) {
            return None;
        }
        let gap = self.between(self.m.kept[mi].end, pstart);
        // The title's own words and the comma before the name.
        let words: Vec<&str> = gap
            .iter()
            .filter(|t| t.end <= title.start || t.start >= title.end)
            .map(|t| &self.m.text[t.start..t.end])
            .collect();
        let announced =
            gap.iter().any(|t| t.start >= title.start && t.end <= title.end);
        // Past the verb's auxiliary and a day; past an article, `nouveau`
        // and an adverb too when the title comes before the name.
        let filler = |w: &str| {
            is_any(w, &["a", "vient", "de", "d'", "hier"])
                || announced
                    && is_any(
                        w,
                        &[
                            "enfin",
                            "aussi",
                            "également",
                            "finalement",
                            "officiellement",
                            "un",
                            "une",
                            "son",
                            "sa",
                            "nouveau",
                            "nouvelle",
                            ",",
                        ],
                    )
        };
        (!words.is_empty()
            && words.len() <= 8
            && words.iter().any(|w| is_any(w, APPOINT))
            && words.iter().all(|w| {
                filler(w)
                    || is_any(w, APPOINT)
                    || crate::extract::reference::is_weekday(&w.to_lowercase())
            }))
        .then_some(mi)
    }
}

/// Whether a lower-case word after a title qualifies it (`sortant`,
/// `adjoint`: `title_adjectives.txt`) or names where its holder comes
/// from (`marseillais`, `lilloise`, `parisien`, `lyonnaise`).
/// Whether `w` may qualify a title or the noun of its organisation: an
/// adjective's ending, `-iste`, a demonym or a listed title adjective
/// (`nordiste`, `new-yorkais`, `adjoint`).
fn qualifies_title(w: &str) -> bool {
    adjective(w) || w.ends_with("iste") || is_title_adjective(w)
}

fn is_title_adjective(w: &str) -> bool {
    const DEMONYM_ENDINGS: &[&str] =
        &["ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine"];
    w.chars().next().is_some_and(char::is_lowercase)
        && w.chars().count() > 4
        && (DEMONYM_ENDINGS.iter().any(|e| w.ends_with(e))
            // `l'entraîneur bisontin, X`: a listed town's adjective.
            || crate::extract::entities::demonym_adjective(w)
            || is_any(w, &TITLE_ADJECTIVES))
}

/// Whether a TIMEX3 value is a period a figure covers: a year, a
/// quarter, a half or a month.
fn is_period(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    match &v[4..] {
        "" => true,
        rest => {
            let r = rest.as_bytes();
            r.len() == 3
                && r[0] == b'-'
                && (matches!(r[1], b'Q' | b'H') && r[2].is_ascii_digit()
                    || r[1].is_ascii_digit() && r[2].is_ascii_digit())
        }
    }
}

/// Whether the word before byte `at` is a preposition.
fn prev_word_is_prep(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end();
    let start = last_word_start(head);
    let w = &head[start..];
    // `de l'INSA Lyon`, `à la Banque de France`: the word before the
    // article.
    if matches!(w, "l'" | "l’" | "la" | "le" | "les") {
        let head = head[..start].trim_end();
        return PREP_WORDS.holds(&head[last_word_start(head)..]);
    }
    PREP_WORDS.holds(w)
}

/// Where the last word of `head` starts: letters, digits, apostrophes
/// and inner hyphens (`d'`, `a-t-il`).
fn last_word_start(head: &str) -> usize {
    head.char_indices()
        .rev()
        .find(|&(_, c)| {
            !(c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-'))
        })
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Whether a `par` governs the noun phrase of the name at `at`, a few
/// lower-case words back (`mené par le fonds américain Northwind`): an
/// agent, an investor, seldom what the next sentences are about.
fn agent_of(text: &str, at: usize) -> bool {
    let mut head = text[..at].trim_end();
    for _ in 0..4 {
        let start = last_word_start(head);
        let w = &head[start..];
        if !w.starts_with(char::is_lowercase) {
            return false;
        }
        if w == "par" {
            return true;
        }
        head = head[..start].trim_end();
    }
    false
}

/// `Nathan Benaich d'Air Street Capital`: a person right followed by
/// `de` and an organisation, a role without a title. One pass over the
/// kept mentions.
fn affiliations(m: &Mentions<'_>, st: &mut State) {
    let kept = m.kept;
    for i in 0..kept.len().saturating_sub(1) {
        if m.entity(i).map(|e| e.0) != Some(Label::Per) {
            continue;
        }
        if m.entity(i + 1).map(|e| e.0) != Some(Label::Org) {
            continue;
        }
        let gap = &m.text[kept[i].end..kept[i + 1].start];
        let g = gap.trim_start();
        let ok = matches!(g, "d'" | "d\u{2019}" | "de ");
        if !ok || g.len() + 1 < gap.len() {
            continue;
        }
        let trig = kept[i + 1].start - g.len();
        let trig_end = trig + g.trim_end().len();
        st.push(
            EventFound {
                kind: EventType::Role,
                trigger: trig..trig_end,
                args: ArgsFound {
                    person: Some(i),
                    title: None,
                    organization: Some(i + 1),
                    ..ArgsFound::default()
                },
            },
            m.sentence_of(kept[i].start),
        );
    }
}

/// The key of an event: its first role's entity, by canonical name.
fn key<'a>(m: &Mentions<'a>, e: &EventFound) -> Option<&'a str> {
    let a = &e.args;
    let i = match e.kind {
        EventType::Acquisition => a.target,
        EventType::Role => a.person,
        _ => a.company,
    }?;
    m.entity(i).map(|x| x.1)
}

fn canonical<'a>(m: &Mentions<'a>, i: Option<usize>) -> Option<&'a str> {
    m.entity(i?).map(|x| x.1)
}

fn amount_of(
    m: &Mentions<'_>,
    i: Option<usize>,
) -> Option<(f64, Option<&'static str>)> {
    match &m.kept.get(i?)?.found {
        Found::Money(v) => Some((v.amount, v.currency)),
        _ => None,
    }
}

/// Whether one of two amounts, within 5 % of each other, is the other
/// rounded to two significant digits (`1,4 milliard` for `1,42`).
fn rounding(u: f64, v: f64) -> bool {
    let two = |x: f64| {
        let scale = 10f64.powi(x.abs().log10().floor() as i32 - 1);
        (x / scale).round() * scale
    };
    let (lo, hi) = if u < v { (u, v) } else { (v, u) };
    let exact = |x: f64| (two(x) - x).abs() <= x * 1e-9;
    lo > 0.0 && (hi - lo) / hi <= 0.05 && (exact(u) || exact(v))
}

/// How many roles an event fills.
fn filled(a: &ArgsFound) -> usize {
    a.mentions().count()
        + usize::from(a.title.is_some())
        + usize::from(a.round.is_some())
}

/// Whether two events of one type and key can be one fact: no role
/// filled differently by both that tells facts apart.
fn compatible(m: &Mentions<'_>, a: &EventFound, b: &EventFound) -> bool {
    let (x, y) = (&a.args, &b.args);
    let differ = |p: Option<usize>, q: Option<usize>| matches!((amount_of(m, p), amount_of(m, q)), (Some(u), Some(v)) if u != v);
    // `franchit CHF 1,4 milliard de ventes` in the headline, `1,42
    // milliard` in the body: a figure and its rounding, of one period.
    let rounded = a.kind == EventType::Result
        && x.period.is_none_or(|p| {
            y.period.is_none_or(|q| m.kept[p].found == m.kept[q].found)
        })
        && matches!(
            (amount_of(m, x.amount), amount_of(m, y.amount)),
            (Some((u, c)), Some((v, d))) if c == d && rounding(u, v)
        );
    if differ(x.amount, y.amount) && !rounded {
        return false;
    }
    // `il était entré au capital ... en 2029` beside this year's bid: two
    // facts of two years.
    let year = |i: Option<usize>| match &m.kept.get(i?)?.found {
        Found::Date(d) => {
            d.value.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        }
        _ => None,
    };
    if matches!((year(x.date), year(y.date)), (Some(u), Some(v)) if u != v) {
        return false;
    }
    match a.kind {
        EventType::Role => {
            let (o, p) =
                (canonical(m, x.organization), canonical(m, y.organization));
            let other_org = matches!((o, p), (Some(a), Some(b)) if a != b);
            // `Son patron, X, deviendra directeur général délégué`: a
            // title after a verb of change is a new post.
            let new_post = x.title != y.title
                && (changed(m, &a.trigger) || changed(m, &b.trigger));
            !other_org
                && !new_post
                && !offices_differ(x.title.as_deref(), y.title.as_deref())
        }
        EventType::Result => x.metric == y.metric,
        EventType::Acquisition => {
            let (o, p) = (canonical(m, x.buyer), canonical(m, y.buyer));
            // A deal done and one only planned (`était entré au capital`,
            // `serait en discussions pour une contre-offre`) are two.
            let done_and_planned = matches!(
                (x.status, y.status),
                (Some(Status::Done), Some(Status::Planned))
                    | (Some(Status::Planned), Some(Status::Done))
            );
            let other_buyer = o.is_some() && p.is_some() && o != p;
            !(other_buyer || done_and_planned)
        }
        _ => true,
    }
}

/// Verbs of change before a title: the post becomes the subject's
/// (`devient`, `devenant`), or is taken by its function (`X prendra la
/// direction générale`).
const CHANGE_VERBS: &[&str] = &[
    "devient",
    "deviendra",
    "deviendrait",
    "redevient",
    "devenant",
    "prend",
    "prendra",
    "prendrait",
    "reprend",
    "reprendra",
];

/// Whether a verb of change stands right before a title's trigger
/// (`devient`, `deviendra`, `est nommé`, `a été promue`), or `ancien`
/// (`X, ancien PDG de Y`): either way a post of its own.
fn changed(m: &Mentions<'_>, trigger: &Range<usize>) -> bool {
    let from = floor(m.text, trigger.start.saturating_sub(24));
    m.text[from..trigger.start].split_whitespace().rev().take(2).any(|w| {
        words::is_any(w, CHANGE_VERBS)
            || words::is_any(
                w,
                &[
                    "nommé",
                    "nommée",
                    "promu",
                    "promue",
                    "élu",
                    "élue",
                    "désigné",
                    "désignée",
                    "ancien",
                    "ancienne",
                    // `X, ex-directrice financière de Y, rejoint la société
                    // comme CFO`.
                    "ex-",
                    "comme",
                    // `X, jusqu'ici directeur adjoint de Y, est nommé ...`.
                    "jusqu'ici",
                    "jusqu’ici",
                    "jusque-là",
                    "auparavant",
                    "précédemment",
                ],
            )
    })
}

/// Whether two titles of one person are two posts (`La députée X
/// devient ministre de ...`): their head words differ, and neither is a
/// word for the head of a company, which the press varies for one post
/// (`PDG`, `patron`, `président`, `directeur général`).
fn offices_differ(a: Option<&str>, b: Option<&str>) -> bool {
    const HEADS: &[&str] = &[
        "chef",
        "dg",
        "directeur",
        "directrice",
        "dirigeant",
        "dirigeante",
        "patron",
        "patronne",
        "pdg",
        "président",
        "présidente",
    ];
    let head = |t: &str| {
        let w = t.split([' ', '-']).next().unwrap_or(t).to_lowercase();
        (!HEADS.contains(&w.as_str())).then_some(w)
    };
    match (a.and_then(head), b.and_then(head)) {
        (Some(x), Some(y)) => x != y,
        _ => false,
    }
}

/// Fills the roles `into` lacks from `from`.
fn fill(into: &mut ArgsFound, from: ArgsFound) {
    macro_rules! take {
        ($($f:ident),*) => { $( if into.$f.is_none() { into.$f = from.$f; } )* };
    }
    take!(
        company,
        target,
        buyer,
        seller,
        person,
        title,
        organization,
        amount,
        valuation,
        round,
        stake,
        status,
        metric,
        change,
        period,
        date
    );
    if into.investors.is_empty() {
        into.investors = from.investors;
    }
}

/// The last [`Slots::KEPT`] indices pushed, in a ring: what [`merge`]
/// compares a new event of one key with.
#[derive(Default)]
struct Slots {
    ring: [usize; Slots::KEPT],
    /// How many indices were pushed.
    len: usize,
}

impl Slots {
    const KEPT: usize = 8;

    fn push(&mut self, i: usize) {
        self.ring[self.len % Slots::KEPT] = i;
        self.len += 1;
    }

    /// The indices kept, the last pushed first.
    fn last_first(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len.min(Slots::KEPT))
            .map(|back| self.ring[(self.len - 1 - back) % Slots::KEPT])
    }
}

/// One event per fact: events of one type and key that are compatible
/// become the most complete of them, the others' roles filling its gaps.
/// In order of trigger.
fn merge(
    m: &Mentions<'_>,
    events: Vec<EventFound>,
    defaulted: &[bool],
) -> Vec<EventFound> {
    let mut out: Vec<EventFound> = Vec::with_capacity(events.len());
    // Whether each kept event's status is the default (no word said it).
    let mut guessed: Vec<bool> = Vec::with_capacity(events.len());
    // For each type and key, the last few events kept of it, in place:
    // no list allocated per key.
    let mut index: crate::lexicon::FastMap<(EventType, &str), Slots> =
        crate::lexicon::FastMap::with_capacity_and_hasher(
            events.len(),
            Default::default(),
        );
    for (j, e) in events.into_iter().enumerate() {
        let guess = defaulted.get(j).copied().unwrap_or(false);
        let Some(k) = key(m, &e) else { continue };
        let slots = index.entry((e.kind, k)).or_default();
        // The last few of one key only: a long document naming one
        // person's title a thousand times stays linear.
        let found = slots.last_first().find(|&i| compatible(m, &out[i], &e));
        match found {
            Some(i) => {
                let old = &mut out[i];
                // A role: the title written as a noun wins over a verb's.
                let noun = |x: &EventFound| {
                    x.args.title.as_deref().is_some_and(|t| {
                        words::is(
                            &m.text[x.trigger.clone()],
                            &t.to_lowercase(),
                        )
                    })
                };
                let keep_new = match (noun(old), noun(&e)) {
                    (false, true) => true,
                    (true, false) => false,
                    _ => filled(&e.args) > filled(&old.args),
                };
                // `Dorvane vend ses supermarchés` in the headline, `a
                // annoncé la cession` in the body: a status a word states
                // wins over one guessed.
                let (kept_guessed, other_guessed, other_status) = if keep_new {
                    (guess, guessed[i], old.args.status)
                } else {
                    (guessed[i], guess, e.args.status)
                };
                if keep_new {
                    let prev = std::mem::replace(old, e);
                    fill(&mut old.args, prev.args);
                } else {
                    fill(&mut old.args, e.args);
                }
                if kept_guessed && !other_guessed {
                    old.args.status = other_status;
                }
                guessed[i] = kept_guessed && other_guessed;
            }
            None => {
                slots.push(out.len());
                out.push(e);
                guessed.push(guess);
            }
        }
    }
    // `La Caisse de dépôt et de gestion (CDG)`: a name and the acronym it
    // introduces are one investor, named once (the first mention).
    for e in &mut out {
        let mut seen: Vec<Option<&str>> = Vec::new();
        e.args.investors.retain(|&i| {
            let name = canonical(m, Some(i));
            let new = name.is_none() || !seen.contains(&name);
            seen.push(name);
            new
        });
    }
    out.sort_by_key(|e| (e.trigger.start, e.trigger.end));
    out
}

#[cfg(test)]
mod tests {
    use super::is_period;

    #[test]
    fn periods() {
        for v in ["2024", "2024-Q3", "2024-H1", "2024-05"] {
            assert!(is_period(v), "{v}");
        }
        for v in ["2024-05-26", "PAST_REF", "XXXX-05", "P1Y"] {
            assert!(!is_period(v), "{v}");
        }
    }
}

#[cfg(test)]
mod frames {
    use crate::Analyzer;

    #[test]
    fn a_union_delegate_holds_a_title_in_the_union_named_after_it() {
        let text = "« C'est inacceptable », a réagi Rachid Benkhelifa, délégué syndical central CFDT.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let role = &a["events"][0]["args"];
        assert_eq!(role["title"], "délégué syndical central");
        assert_eq!(role["organization"]["text"], "CFDT");
    }

    #[test]
    fn a_business_title_keeps_the_market_it_covers() {
        for (text, title, org) in [
            (
                "Kevin Lim, jusqu'ici directeur Europe de Tan Hock, rejoint Dumontel. Tan Hock emploie 300 salariés.",
                "directeur Europe",
                "Tan Hock",
            ),
            (
                "Griet Van Acker, directrice de la division Europe de Bekaert, part à la retraite.",
                "directrice de la division Europe",
                "Bekaert",
            ),
        ] {
            let a =
                serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
            let role = &a["events"][0]["args"];
            assert_eq!(role["title"], title, "{text}");
            assert_eq!(role["organization"]["text"], org, "{text}");
        }
    }

    #[test]
    fn a_metric_of_a_named_company_and_the_figure_it_reached() {
        let text = "Nexalis a réalisé un chiffre d'affaires de 11 milliards d'euros. Au troisième trimestre, \
                    l'excédent brut d'exploitation de Telvora a progressé de 4,5 %, à 412 M€. Telvora emploie \
                    9 000 personnes.";
        assert_eq!(args_of(text, "result", "company"), ["Nexalis", "Telvora"]);
        let text = "Selon lui, le chiffre d'affaires de Garonne Bâtisseurs a bondi de 9,6 millions d'euros en \
                    2022 à 21 millions d'euros en 2024.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let r = &a["events"][0]["args"];
        assert_eq!(r["amount"]["text"], "21 millions d'euros");
        assert_eq!(r["period"]["text"], "2024");
    }

    #[test]
    fn the_sale_of_a_stake_in_its_own_capital() {
        let text = "Ardenna emploie 900 personnes. Le fabricant Ardenna a annoncé jeudi la cession de 75 % \
                    de son capital au fonds Helvane Partners.";
        assert_eq!(args_of(text, "acquisition", "target"), ["Ardenna"]);
        assert_eq!(
            args_of(text, "acquisition", "buyer"),
            ["Helvane Partners"]
        );
    }

    #[test]
    fn a_round_led_by_a_subsidiary_of_a_bank_is_one_round() {
        let text = "La start-up Sakiya a bouclé une levée de fonds de série A de 180 millions de dirhams. \
                    Le tour de table est mené par Proparco et par IFC, la filiale de la Banque mondiale \
                    dédiée au secteur privé.";
        assert_eq!(args_of(text, "funding", "company"), ["Sakiya"]);
    }

    #[test]
    fn a_kinship_before_the_title_and_a_union_officer() {
        let text = "Le groupe Ardenna emploie 900 personnes. Anne Kieffer, fille du fondateur et directrice \
                    générale depuis 2037, restera aux commandes.";
        assert_eq!(role_titles(text), ["directrice générale"]);
        let text = "Le secrétaire central de l'OGBL, Carlo Weis, a dit attendre des garanties.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let role = &a["events"][0]["args"];
        assert_eq!(role["title"], "secrétaire central");
        assert_eq!(role["person"]["text"], "Carlo Weis");
        assert_eq!(role["organization"]["text"], "OGBL");
    }

    #[test]
    fn a_former_employer_is_not_what_the_results_are_about() {
        let text = "Le groupe liégeois Lysamat a publié mardi ses résultats. Griet Van Acker, jusqu'ici \
                    directrice de la division Europe de Bekaert, deviendra administratrice déléguée le 1er mai.\n\n\
                    En 2040, le chiffre d'affaires du spécialiste du freinage a progressé de 4,2 % à 1,36 milliard \
                    d'euros.";
        assert_eq!(args_of(text, "result", "company"), ["Lysamat"]);
    }

    #[test]
    fn a_figurative_takeover_of_the_firm_just_named() {
        // A date between the trigger and `le fabricant`; the headline's
        // `veut` announces the deal.
        let text = "Summit veut mettre la main sur Nordik\n\nLa bataille pour le contrôle d'Équipements Nordik \
                    prend un nouveau tour. Le géant américain Summit Athletic Brands a jeté son dévolu mardi \
                    sur le fabricant de patins de Saint-Jérôme.";
        assert_eq!(
            args_of(text, "acquisition", "target"),
            ["Équipements Nordik"]
        );
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        assert_eq!(a["events"][0]["args"]["status"], "announced");
    }

    #[test]
    fn a_fund_buying_leaves_the_figures_to_the_company_bought() {
        let text = "Le fonds Mérande Capital rachète 70 % de Perrollaz Décolletage, ont annoncé mercredi les deux \
                    entreprises. Mérande Capital gère 900 millions d'euros. La transaction valorise \
                    l'entreprise autour de 83 millions d'euros.\n\nFondée en 1952, l'entreprise emploie 310 \
                    salariés à Cluses. Selon Mérande Capital, la vallée est un atout. Le marché est porteur. \
                    Elle a réalisé en 2037 un chiffre d'affaires de 64,5 millions d'euros.";
        assert_eq!(
            args_of(text, "valuation", "company"),
            ["Perrollaz Décolletage"]
        );
        assert_eq!(
            args_of(text, "result", "company"),
            ["Perrollaz Décolletage"]
        );
    }

    #[test]
    fn an_investor_and_its_acronym_are_named_once() {
        let text = "Le groupe Tanjalog lève 1,1 milliard de dirhams. La Caisse de dépôt et de gestion (CDG) \
                    et la Caisse interprofessionnelle marocaine de retraite (CIMR) se sont engagées à en souscrire 400 MDH.";
        assert_eq!(
            investors_of_the_round(text),
            [
                "Caisse de dépôt et de gestion",
                "Caisse interprofessionnelle marocaine de retraite"
            ]
        );
    }

    #[test]
    fn a_title_its_charge_follows_holds_the_name_in_apposition() {
        let text = "La procureure fédérale chargée du dossier, Carla Bernasconi, a requis trois ans.";
        assert_eq!(role_titles(text), ["procureure fédérale"]);
        assert_eq!(args_of(text, "role", "person"), ["Carla Bernasconi"]);
    }

    #[test]
    fn a_professor_holds_a_title_at_the_university_named() {
        let text = "Selon Jean Dupont, professeur à Sciences Po, la réforme échouera.";
        assert_eq!(role_titles(text), ["professeur"]);
        assert_eq!(args_of(text, "role", "organization"), ["Sciences Po"]);
    }

    #[test]
    fn a_purchase_in_apposition_leaves_the_sentence_about_the_company_bought()
    {
        let text = "Kerval Trading, racheté en 2036 par le groupe Tanjong Energy, a fait appel. \
                    Le négociant a dégagé en 2037 un bénéfice net de 212 millions de dollars.";
        assert_eq!(args_of(text, "result", "company"), ["Kerval Trading"]);
    }

    /// The events of `text` as JSON, analysed on `day`.
    fn events_on(
        text: &str,
        day: jiff::civil::Date,
    ) -> Vec<serde_json::Value> {
        let info = crate::DocInfo {
            source: "-",
            reference_date: Some(day),
            ..crate::DocInfo::default()
        };
        let a =
            serde_json::to_value(Analyzer::new().analyze_with(text, &info))
                .unwrap();
        a["events"].as_array().cloned().unwrap_or_default()
    }

    #[test]
    fn a_dateline_dates_the_dispatch_not_the_fact_the_sentence_dates() {
        let date = |text: &str| {
            let events = events_on(text, jiff::civil::date(2025, 2, 12));
            let first = events.first().cloned().unwrap_or_default();
            first["args"]["date"]["value"].as_str().unwrap_or("").to_string()
        };
        assert_eq!(
            date(
                "PARIS, 12 février (AFP) - La fintech Payvia a levé 45 \
                 millions d'euros auprès de Kima Ventures, a-t-elle \
                 annoncé mardi."
            ),
            "2025-02-11"
        );
        // The only date of the sentence still dates the fact.
        assert_eq!(
            date(
                "PARIS, 12 février (AFP) - La fintech Payvia a levé 45 \
                 millions d'euros auprès de Kima Ventures."
            ),
            "2025-02-12"
        );
    }

    #[test]
    fn par_ailleurs_a_rival_offer_a_plan_given_up_and_a_round_by_series() {
        let events =
            |text: &str| events_on(text, jiff::civil::date(2037, 3, 5));
        // `par ailleurs` opens no agent: the subject buys.
        let e = events(
            "Le verrier Cerbelle publie ses comptes. Cerbelle rachète par \
             ailleurs l'italien Vetraria Brenta pour 92 millions d'euros.",
        );
        assert_eq!(e[0]["args"]["buyer"]["text"], "Cerbelle");
        assert_eq!(e[0]["args"]["target"]["text"], "Vetraria Brenta");
        // A plan given up is a plan.
        let e = events(
            "Cerbelle avait envisagé l'an dernier de racheter le portugais \
             Vidrogal, avant d'y renoncer.",
        );
        assert_eq!(e[0]["args"]["status"], "planned");
        // A rival's offer is on the same company; the name right after
        // `valorisait` is the company valued.
        let e = events(
            "Le groupe Carvenne a déposé lundi une OPA sur le câblier \
             Mosanor, à 46,50 euros par action. Elle dépasse l'OPA lancée \
             en février par le néerlandais Tessvold, qui valorisait \
             Mosanor 1,1 milliard d'euros.",
        );
        assert_eq!(e[1]["args"]["buyer"]["text"], "Tessvold");
        assert_eq!(e[1]["args"]["target"]["text"], "Mosanor");
        assert_eq!(e[2]["type"], "valuation");
        assert_eq!(e[2]["args"]["company"]["text"], "Mosanor");
        // A round named by its series has its investors and its date.
        let e = events(
            "La fintech Sikafin a annoncé mercredi avoir bouclé une série A \
             de 9,9 millions d'euros auprès du fonds Partech Africa et de \
             Janngo Capital.",
        );
        let investors: Vec<&str> = e[0]["args"]["investors"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|i| i["text"].as_str())
            .collect();
        assert_eq!(investors, ["Partech Africa", "Janngo Capital"]);
        assert_eq!(e[0]["args"]["date"]["value"], "2037-03-04");
        // `X, dont le directeur général, Y`: X's officer.
        let e = events(
            "Le holding Delvaux Participations détient 12 % du capital. La \
             bataille s'annonce rude pour Mosanor, dont l'administrateur \
             délégué, Luc Verbeke, a démissionné dimanche.",
        );
        assert_eq!(e[0]["args"]["organization"]["text"], "Mosanor");
    }

    #[test]
    fn a_tender_offer_finds_its_target_past_its_acronym_and_adjectives() {
        let a = serde_json::to_value(Analyzer::new().analyze(
            "Le groupe américain Corland Defense a lancé lundi une offre \
             publique d'achat (OPA) non sollicitée sur le fabricant \
             français de drones militaires Aérodyne Systèmes.",
        ))
        .unwrap();
        let args = &a["events"][0]["args"];
        assert_eq!(args["target"]["text"], "Aérodyne Systèmes");
        assert_eq!(args["buyer"]["text"], "Corland Defense");
    }

    #[test]
    fn a_seller_is_named_after_au_or_as_the_holder_of_the_shares() {
        let seller = |text: &str| {
            let a =
                serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
            a["events"][0]["args"]["seller"]["text"]
                .as_str()
                .unwrap_or("")
                .to_string()
        };
        assert_eq!(
            seller(
                "Valmont a racheté en mars l'ontarien ReCell Systems au fonds Maple Ridge Capital."
            ),
            "Maple Ridge Capital"
        );
        assert_eq!(
            seller(
                "Valmont a racheté Orvia, dont les 62 % détenus depuis 2021 par le fonds Ardmore Partners."
            ),
            "Ardmore Partners"
        );
    }

    #[test]
    fn shares_sold_in_the_passive_name_the_seller() {
        let events = events_json(
            "Le groupe Lexavia a signé un accord pour acquérir 85 % du \
             capital d'Orbeo Data pour 148 millions d'euros. Les actions \
             sont cédées par le fonds wallon Sambre Invest.",
        );
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(
            events[0]["args"]["seller"]["canonical"], "Sambre Invest",
            "{events:?}"
        );
    }

    #[test]
    fn a_parent_named_in_apposition_is_no_investor() {
        assert_eq!(
            investors_of_the_round(
                "La start-up Sahelia a levé 7 millions de dollars auprès \
                 de Proparco, filiale de l'Agence française de \
                 développement, et du fonds Atlas Seed Capital."
            ),
            ["Proparco", "Atlas Seed Capital"]
        );
    }

    #[test]
    fn a_round_valued_by_its_pronoun_in_the_next_sentence() {
        let events = events_json(
            "La start-up Sahelia a levé 7 millions de dollars auprès du \
             fonds Atlas Seed Capital. Il valorise la jeune pousse 28 \
             millions de dollars.",
        );
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(
            events[0]["args"]["valuation"]["text"], "28 millions de dollars",
            "{events:?}"
        );
    }

    #[test]
    fn a_title_s_organisation_after_a() {
        let org = |text: &str| {
            let events = events_json(text);
            assert_eq!(events.len(), 1, "{events:?}");
            events[0]["args"]["organization"]["text"].clone()
        };
        assert_eq!(
            org("Selon Luc Morand, analyste à la Banque Cantonale \
                 Vaudoise, la fusion est logique."),
            "Banque Cantonale Vaudoise"
        );
        // A place, no organisation.
        assert!(org("Luc Morand, directeur à Paris, a parlé.").is_null());
        // A Québec head coach's title.
        assert_eq!(
            org("Luc Morand, entraîneur-chef de l'Océanic de Rimouski, \
                 a parlé."),
            "Océanic de Rimouski"
        );
    }

    #[test]
    fn a_round_valued_by_the_company_s_noun_two_sentences_on() {
        let events = events_json(
            "La start-up Thermelia a bouclé une série B de 40 millions \
             d'euros. Le tour de table est mené par Eurazeo. \
             L'entreprise serait désormais valorisée 300 millions, selon \
             la presse.",
        );
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(
            events[0]["args"]["valuation"]["text"], "300 millions",
            "{events:?}"
        );
    }

    #[test]
    fn a_post_held_before_told_through_a_pronoun() {
        let roles = |text: &str| {
            events_json(text)
                .iter()
                .map(|e| {
                    format!(
                        "{} / {}",
                        e["args"]["person"]["canonical"]
                            .as_str()
                            .unwrap_or(""),
                        e["args"]["title"].as_str().unwrap_or("")
                    )
                })
                .collect::<Vec<_>>()
        };
        for text in [
            "Valtessa a nommé Isabelle Garnier directrice financière. Âgée \
             de 47 ans, elle était jusqu'ici directrice financière \
             adjointe du groupe Orvane.",
            "Valtessa a nommé Isabelle Garnier directrice financière. \
             Jusqu'ici directrice financière adjointe du groupe Orvane, \
             elle succédera à Marc Dubois.",
        ] {
            assert!(
                roles(text).contains(
                    &"Isabelle Garnier / directrice financière adjointe"
                        .to_string()
                ),
                "{text}: {:?}",
                roles(text)
            );
        }
    }

    #[test]
    fn a_result_compared_in_an_alors_que_clause_keeps_the_lead_period() {
        let events = events_json(
            "L'équipementier Valtessa a basculé dans le rouge au premier \
             semestre 2038. Le groupe a essuyé une perte nette de 86 \
             millions d'euros, alors qu'il était bénéficiaire un an plus \
             tôt.",
        );
        let periods: Vec<_> = events
            .iter()
            .filter(|e| e["type"] == "result")
            .map(|e| e["args"]["period"]["value"].clone())
            .collect();
        assert_eq!(periods, [serde_json::json!("2038-H1")], "{events:?}");
    }

    #[test]
    fn a_person_sells_and_a_coach_keeps_no_town_in_the_title() {
        let events = events_json(
            "Le fonds Nordhavn a racheté le Racing Besançon pour 12 \
             millions d'euros. Le vendeur, l'industriel doubien Gérard \
             Maillot, quitte la présidence.",
        );
        assert_eq!(
            events[0]["args"]["seller"]["canonical"], "Gérard Maillot",
            "{events:?}"
        );
        let events = events_json(
            "Besançon a battu Nancy. « On a souffert », a reconnu \
             l'entraîneur bisontin, Karim Belhadj.",
        );
        let titles: Vec<_> =
            events.iter().map(|e| e["args"]["title"].clone()).collect();
        assert_eq!(titles, [serde_json::json!("entraîneur")], "{events:?}");
    }

    #[test]
    fn a_post_to_come_after_comme() {
        for (text, person, title) in [
            (
                "Marc Dubois prendra sa retraite. Claire Roy lui succédera \
                 comme présidente le 1er avril.",
                "Claire Roy",
                "présidente",
            ),
            (
                "Christophe Overney, directeur général depuis 2026, sera \
                 proposé comme président du conseil d'administration.",
                "Christophe Overney",
                "président du conseil d'administration",
            ),
        ] {
            let events = events_json(text);
            assert!(
                events
                    .iter()
                    .any(|e| e["args"]["person"]["canonical"] == person
                        && e["args"]["title"] == title),
                "{text}: {events:?}"
            );
        }
    }

    /// The events of `text`, as JSON.
    fn events_json(text: &str) -> Vec<serde_json::Value> {
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        a["events"].as_array().cloned().unwrap_or_default()
    }

    #[test]
    fn a_result_past_a_relative_clause_and_no_consensus() {
        let results = |text: &str| {
            events_json(text)
                .iter()
                .map(|e| {
                    e["args"]["amount"]["text"]
                        .as_str()
                        .unwrap_or("")
                        .to_string()
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            results(
                "Le groupe Castelnor a publié ses comptes. Le chiffre \
                 d'affaires du groupe, qui emploie 12 400 salariés, a \
                 progressé de 9,7 %, à 4,86 milliards d'euros."
            ),
            ["4,86 milliards d'euros"]
        );
        assert!(
            results(
                "Le groupe Castelnor a publié ses comptes. Les analystes \
                 attendaient en moyenne un résultat net de 305 millions \
                 d'euros."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_function_completes_a_title_before_chez_or_au() {
        let text = "Selon Maëlle Tanguy, directrice de participations chez \
            Breizh Up, la société est solide.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let e = &a["events"][0]["args"];
        assert_eq!(e["title"], "directrice de participations", "{e}");
        assert_eq!(e["organization"]["text"], "Breizh Up", "{e}");
    }

    #[test]
    fn an_incise_of_circumstance_does_not_hide_the_target() {
        let text = "Ormelia a racheté en novembre, pour un montant non \
            communiqué, son petit concurrent finistérien Bezhin Bro.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let e = &a["events"][0]["args"];
        assert_eq!(e["target"]["text"], "Bezhin Bro", "{e}");
        assert_eq!(e["status"], "done", "{e}");
        // A source's apposition is no object.
        let text = "Cette nouvelle levée doit financer une usine près de \
            Bordeaux, selon son président, Thomas Garnier.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        assert!(
            a["events"]
                .as_array()
                .unwrap()
                .iter()
                .all(|e| { e["args"]["company"]["text"] != "Thomas Garnier" }),
            "{a}"
        );
    }

    #[test]
    fn the_round_as_a_subject_names_no_investor() {
        let text = "Ormelia a bouclé une levée de fonds de 9,5 millions \
            d'euros auprès de Breizh Up. Ce tour de table valorise la \
            société 38 millions d'euros ; sa fondatrice, ancienne \
            ingénieure de l'Ifremer, reste majoritaire.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let investors: Vec<_> = a["events"][0]["args"]["investors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["text"].as_str().unwrap_or("").to_string())
            .collect();
        assert_eq!(investors, ["Breizh Up"]);
    }

    #[test]
    fn the_holder_of_a_stake_bought_sells_it() {
        let text = "Le groupe Axandre rachète la société Kelvio. Axandre \
            reprend la participation du fonds Saône Croissance dans Kelvio.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let e = &a["events"][0]["args"];
        assert_eq!(e["target"]["text"], "Kelvio", "{e}");
        assert_eq!(e["seller"]["text"], "Saône Croissance", "{e}");
    }

    #[test]
    fn a_relative_clause_keeps_its_amount_and_date_but_a_results_figure() {
        let args = |text: &str| {
            let a =
                serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
            a["events"][0]["args"].clone()
        };
        // The amount and year of `qui` are the relative clause's.
        let e = args(
            "Le fonds Altamira a racheté la société Vallier, qui avait \
             levé 40 millions d'euros en 2019.",
        );
        assert_eq!(e["target"]["text"], "Vallier", "{e}");
        assert!(e["amount"].is_null() && e["date"].is_null(), "{e}");
        // A result's figure often stands in one.
        let e = args(
            "La société Medivance a été condamnée mardi. L'amende représente \
             4,6 % du chiffre d'affaires du groupe, qui a atteint 4,05 \
             milliards d'euros en 2029.",
        );
        assert_eq!(e["amount"]["text"], "4,05 milliards d'euros", "{e}");
    }

    #[test]
    fn a_former_post_after_ex_is_a_role_of_its_own() {
        let text = "Sandrine Keller, ex-directrice financière de la Banque \
            Cantonale Vaudoise, rejoint la société comme CFO.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let titles: Vec<_> = a["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["args"]["title"].as_str().unwrap_or("").to_string())
            .collect();
        assert_eq!(titles, ["directrice financière", "CFO"]);
    }

    #[test]
    fn a_count_of_deals_names_the_buyer() {
        let text = "Il s'agit de la troisième acquisition de Laurentis, après \
                    celle de l'ontarien Pureflow, acheté 240 millions de dollars.";
        assert_eq!(args_of(text, "acquisition", "buyer"), ["Laurentis"]);
        assert_eq!(args_of(text, "acquisition", "target"), ["Pureflow"]);
        // With no `celle de`, no deal is stated.
        let text = "C'est la troisième acquisition de Laurentis en deux ans.";
        assert!(args_of(text, "acquisition", "target").is_empty());
        assert!(args_of(text, "acquisition", "buyer").is_empty());
    }

    #[test]
    fn a_function_s_organisation_follows_its_describing_noun() {
        assert_eq!(
            args_of(
                "Julie Marchand est directrice des opérations du groupe Alcyon Médical.",
                "role",
                "organization"
            ),
            ["Alcyon Médical"]
        );
        // The former post's organisation, not the one that hires.
        assert_eq!(
            args_of(
                "Quartzéo a recruté Julie Marchand, jusqu'ici directrice des \
                 opérations de l'équipementier Alcyon Médical, comme directrice générale.",
                "role",
                "organization"
            ),
            ["Alcyon Médical", "Quartzéo"]
        );
    }

    #[test]
    fn results_read_orders_ebit_and_their_rounding_once() {
        let results = |text: &str| {
            events_json(text)
                .iter()
                .filter(|e| e["type"] == "result")
                .map(|e| {
                    (
                        e["args"]["metric"].as_str().unwrap_or("").to_string(),
                        e["args"]["amount"]["amount"].as_f64().unwrap_or(0.0),
                        e["args"]["change"]["value"].as_f64(),
                    )
                })
                .collect::<Vec<_>>()
        };
        // A short name in brackets after the metric, `s'est amélioré de`
        // for its change; orders as the Swiss press writes them.
        assert_eq!(
            results(
                "Le groupe Sarinex a publié ses comptes. Le résultat opérationnel (EBIT) s'est amélioré de 3,1 %, à 186 millions de francs. Les entrées de commandes ont atteint 1,51 milliard de francs."
            ),
            [
                ("operating_income".to_string(), 186e6, Some(3.1)),
                ("orders".to_string(), 1.51e9, None),
            ]
        );
        // A recurring EBITDA; a company's noun phrase with its
        // complement between the metric and its verb.
        assert_eq!(
            results(
                "Lysamat a publié ses comptes. Le chiffre d'affaires du spécialiste des systèmes de freinage ferroviaire a progressé de 4,2 % à 1,36 milliard d'euros. Le REBITDA s'est établi à 198,4 millions d'euros."
            ),
            [
                ("revenue".to_string(), 1.36e9, Some(4.2)),
                ("ebitda".to_string(), 198.4e6, None),
            ]
        );
        // The headline's rounded figure is the body's.
        assert_eq!(
            results(
                "Sarinex franchit 1,4 milliard de francs de ventes\n\nLe groupe Sarinex a publié ses comptes. Son chiffre d'affaires a progressé de 6,8 %, à 1,42 milliard de francs."
            ),
            [("revenue".to_string(), 1.42e9, Some(6.8))]
        );
    }

    #[test]
    fn a_price_after_a_closed_relative_and_a_private_placement() {
        let events = events_json(
            "La fintech Quintalis rachète Ledgerly, qui compte 40 salariés, pour 18 millions de livres sterling. \
             La minière Harricana a réalisé un placement privé de 45 millions de dollars auprès d'Investissement Québec.",
        );
        let deal = events.iter().find(|e| e["type"] == "acquisition").unwrap();
        assert_eq!(deal["args"]["amount"]["amount"].as_f64(), Some(18e6));
        let round = events.iter().find(|e| e["type"] == "funding").unwrap();
        assert_eq!(round["args"]["amount"]["amount"].as_f64(), Some(45e6));
        // An amount inside a relative clause still belongs to it.
        let events = events_json(
            "Le groupe Valmont reprend la participation du fonds Orvia, qui avait mené la levée de 40 millions d'euros.",
        );
        assert!(
            events.iter().all(|e| e["type"] != "acquisition"
                || e["args"]["amount"].is_null()),
            "{events:?}"
        );
    }

    #[test]
    fn a_deal_in_the_present_is_announced_a_past_one_done() {
        let status = |text: &str| {
            let a =
                serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
            a["events"][0]["args"]["status"].as_str().unwrap_or("").to_string()
        };
        assert_eq!(
            status(
                "Le groupe Valmont rachète la société Orvia pour 20 millions d'euros."
            ),
            "announced"
        );
        assert_eq!(
            status(
                "Le groupe Valmont a racheté la société Orvia pour 20 millions d'euros."
            ),
            "done"
        );
        assert_eq!(
            status(
                "La société Orvia, rachetée en 2022 par le groupe Valmont, recrute."
            ),
            "done"
        );
        // A deal concluded is done; an agreement concluded, announced.
        assert_eq!(
            status(
                "Le groupe Valmont a conclu l'acquisition de la société Orvia."
            ),
            "done"
        );
        assert_eq!(
            status(
                "Le groupe Valmont a conclu un accord pour racheter la société Orvia."
            ),
            "announced"
        );
    }

    #[test]
    fn a_capital_increase_as_the_means_of_a_stake_is_no_round() {
        let text = "Lithiane recrute. Nordmalm prend une participation de \
            30 % dans Lithiane par une augmentation de capital de 540 \
            millions d'euros.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let kinds: Vec<_> = a["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["type"].as_str().unwrap_or(""))
            .collect();
        assert_eq!(kinds, ["acquisition"]);
    }

    #[test]
    fn investors_who_took_part_join_the_round_just_stated() {
        let analyzer = Analyzer::new();
        let text = "La fintech Kori Pay a bouclé une levée de 45 millions de \
                    dollars, menée par le fonds Baobab Growth Partners. \
                    Proparco et Norfund ont également participé au tour de \
                    table.";
        let a = serde_json::to_value(analyzer.analyze(text)).unwrap();
        let rounds: Vec<_> = a["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["type"] == "funding")
            .collect();
        assert_eq!(rounds.len(), 1, "{rounds:?}");
        assert_eq!(rounds[0]["args"]["company"]["canonical"], "Kori Pay");
        let investors: Vec<_> = rounds[0]["args"]["investors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["canonical"].as_str().unwrap_or(""))
            .collect();
        assert!(investors.contains(&"Norfund"), "{investors:?}");
    }

    #[test]
    fn rounds_counted_with_no_amount_are_no_round() {
        let text = "French Tech : trois levées de fonds et un rachat\n\n\
            La French Tech recrute.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        assert_eq!(a["events"].as_array().unwrap().len(), 0, "{a}");
    }

    #[test]
    fn investors_past_a_relative_clause() {
        let text = "La start-up Opalyne lève 24 millions d'euros auprès \
            d'Elaia, qui mène le tour, et de Bpifrance.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let investors: Vec<_> = a["events"][0]["args"]["investors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["canonical"].as_str().unwrap_or(""))
            .collect();
        assert_eq!(investors, ["Elaia", "Bpifrance"]);
    }

    #[test]
    fn a_round_s_investors_are_not_the_company_a_pronoun_stands_for() {
        let text = "Thermelia recrute. La start-up Thermelia a bouclé une \
            série B de 40 millions d'euros. Le tour de table est mené par \
            Eurazeo avec Bpifrance et le fonds néerlandais Rubio Impact \
            Ventures. L'entreprise serait valorisée 300 millions, selon Les \
            Echos.\n\nElle avait déjà levé 12 millions d'euros en 2032 \
            auprès de Demeter.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let rounds: Vec<_> = a["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["type"] == "funding")
            .collect();
        assert_eq!(rounds.len(), 2, "{rounds:?}");
        // `avec` goes on with the investors after `mené par`.
        assert_eq!(
            rounds[0]["args"]["investors"].as_array().unwrap().len(),
            3
        );
        for r in rounds {
            assert_eq!(r["args"]["company"]["canonical"], "Thermelia");
        }
    }

    /// `(text, type, key canonical, another role and its value)`.
    const CASES: &[(&str, &str, &str, &str, &str)] = &[
        (
            "Hydrélis produit de l'électricité. Hydrélis emploie 5 000 \
             personnes. L'État avait déjà cédé 16 % de l'entreprise pour \
             3,1 milliards d'euros.",
            "acquisition",
            "Hydrélis",
            "stake",
            "16",
        ),
        (
            "Halden s'était déjà offert en 2038 le fabricant Kessler \
             Medtech.",
            "acquisition",
            "Kessler Medtech",
            "buyer",
            "Halden",
        ),
        (
            "Kervalan rachète la Laiterie de Saint-Méen pour 126 millions \
             d'euros. L'opération, qui porte sur 100 % du capital, doit \
             encore être autorisée.",
            "acquisition",
            "Laiterie de Saint-Méen",
            "stake",
            "100",
        ),
        (
            "Le groupe Kervalan a annoncé mercredi le rachat de la Laiterie \
             de Saint-Méen (Ille-et-Vilaine) au fonds rennais Armor Capital \
             Partenaires, pour 126 millions d'euros.",
            "acquisition",
            "Laiterie de Saint-Méen",
            "seller",
            "Armor Capital Partenaires",
        ),
        (
            "Kervalan rachète la Laiterie de Saint-Méen. Kervalan avait \
             déjà raflé la biscuiterie Maison Brochard. Cette opération \
             lui avait apporté la marque Ty Gwenn.\n\nLe groupe a aussi \
             dévoilé ses comptes 2040. Son chiffre d'affaires a progressé \
             de 6,8 % à 1,42 milliard d'euros.",
            "result",
            "Kervalan",
            "amount",
            "1420000000",
        ),
        (
            "Hydrélis emploie 5 000 personnes. L'État détient 84 % \
             d'Hydrélis. Selon le député LFI Karim Bensaïd, la vente \
             serait une erreur. Le groupe a publié des \
             comptes solides : son bénéfice net a atteint 1,86 milliard \
             d'euros.",
            "result",
            "Hydrélis",
            "amount",
            "1860000000",
        ),
        (
            "Le fonds Redwater serait en discussions avec l'homme \
             d'affaires charentais Bernard Lafitte pour lui racheter 70 % \
             du Rugby Club Angoumois.",
            "acquisition",
            "Rugby Club Angoumois",
            "seller",
            "Bernard Lafitte",
        ),
        (
            "Le fonds Redwater serait en discussions avec l'homme \
             d'affaires charentais Bernard Lafitte pour lui racheter 70 % \
             du Rugby Club Angoumois.",
            "acquisition",
            "Rugby Club Angoumois",
            "status",
            "planned",
        ),
        (
            "Le fonds Redwater serait en discussions pour racheter le \
             Rugby Club Angoumois. Le prix évoqué avoisinerait 18 millions \
             d'euros.",
            "acquisition",
            "Rugby Club Angoumois",
            "amount",
            "18000000",
        ),
        (
            "Le groupe Holmgaard lance une OPA sur Vaxalis, la biotech de \
             Gosselies. La SFPI, qui détient 12 % du capital, apportera ses \
             titres. Au premier semestre, la biotech a enregistré un \
             chiffre d'affaires de 14,2 millions d'euros.",
            "result",
            "Vaxalis",
            "amount",
            "14200000",
        ),
        (
            "La start-up Hexaloom recrute 80 ingénieurs. « Une belle \
             équipe », explique Daniel Okonkwo, associé chez Ridgeway \
             Capital. La start-up avait levé 4 millions d'euros en 2026 \
             auprès de Pollen Capital.",
            "funding",
            "Hexaloom",
            "investors",
            "Pollen Capital",
        ),
        (
            "La start-up Lumio a bouclé un financement de 12 millions \
             d'euros auprès de Kima Ventures.",
            "funding",
            "Lumio",
            "investors",
            "Kima Ventures",
        ),
        (
            "La start-up Lumio a racheté Brixo. L'achat sera financé par la \
             levée de 12 millions d'euros bouclée en mars auprès de Kima \
             Ventures.",
            "funding",
            "Lumio",
            "investors",
            "Kima Ventures",
        ),
        (
            "La start-up Lumio a levé 12 millions d'euros. Elle recrute. \
             Selon une source, l'opération valorise Lumio à 90 millions \
             d'euros.",
            "funding",
            "Lumio",
            "valuation",
            "90000000",
        ),
        (
            "La start-up Lumio met la main sur Brixo, dont elle acquiert \
             80 % du capital.",
            "acquisition",
            "Brixo",
            "stake",
            "80",
        ),
        (
            "Valmont a publié ses comptes mercredi. Le résultat net part du \
             groupe de Valmont bondit de 18 %, à 214 millions d'euros.",
            "result",
            "Valmont",
            "change",
            "18",
        ),
        (
            "La ministre de l'Éducation nationale, Claire Dumas, a parlé.",
            "role",
            "Claire Dumas",
            "title",
            "ministre de l'Éducation nationale",
        ),
        (
            // Adjectives after the title are part of it.
            "À Ottawa, le ministre fédéral de l'Industrie, Raj Dhaliwal, a \
             salué le projet.",
            "role",
            "Raj Dhaliwal",
            "title",
            "ministre fédéral de l'Industrie",
        ),
        (
            // A demonym between the comma and the name.
            "Son directeur sportif, le Belge Pieter Claes, a salué une \
             course parfaite.",
            "role",
            "Pieter Claes",
            "title",
            "directeur sportif",
        ),
        (
            // A plural complement of a capitalised word; the person
            // before a long apposition.
            "Samia Bellouche, 38 ans, figure montante de la majorité à \
             Lyon, devient ministre de la Cohésion des territoires.",
            "role",
            "Samia Bellouche",
            "title",
            "ministre de la Cohésion des territoires",
        ),
        (
            // `à` inside a describing phrase; capitals before a governed
            // name are part of it.
            "Le groupe Brenntal, coté à la SIX Swiss Exchange, va racheter \
             le fabricant de pompes à perfusion Sorvalis.",
            "acquisition",
            "Sorvalis",
            "buyer",
            "Brenntal",
        ),
        (
            // `avec X pour lui céder`: the buyer; `négociations
            // exclusives` ten words before: a plan.
            "Valdrome a confirmé être entré en négociations exclusives avec \
             le fonds Cordell Partners pour lui céder sa filiale Lumidrome.",
            "acquisition",
            "Lumidrome",
            "buyer",
            "Cordell Partners",
        ),
        (
            // A company noun and its trade before the name.
            "Le PDG du groupe de BTP Ormelis, Vincent Lachaume, a été mis \
             en examen lundi.",
            "role",
            "Vincent Lachaume",
            "organization",
            "Ormelis",
        ),
        (
            // The place a function serves ends the title.
            "Le président de la région Normandie, Thierry Lemarchand, a \
             salué le projet.",
            "role",
            "Thierry Lemarchand",
            "title",
            "président de la région Normandie",
        ),
        (
            // The subject of `devient` past its own clause.
            "Bertrand Lemesle conserve 15 % du capital et devient \
             président du conseil de surveillance.",
            "role",
            "Bertrand Lemesle",
            "title",
            "président du conseil de surveillance",
        ),
        (
            // An amount past a colon and a clause of its own is another
            // fact's.
            "Le fonds Harbor Lane Partners, qui avait racheté 87 % du SC \
             Armorique en 2033, a dépensé cet été : le milieu Lucas Ferreira \
             a été acheté pour 18 millions d'euros.",
            "acquisition",
            "SC Armorique",
            "amount",
            "",
        ),
        (
            // A post just lost is a role; `n'est pas` is none.
            "Thierry Mangin n'est plus l'entraîneur du SC Armorique.",
            "role",
            "Thierry Mangin",
            "organization",
            "SC Armorique",
        ),
        (
            // An elected member's title is written bare.
            "Soulagement chez le maire de Rodez, Christian Teulier.",
            "role",
            "Christian Teulier",
            "title",
            "maire",
        ),
        (
            // A participle of change: the name right before it.
            "Julien Mazars dirigera la société, Pierre Fabrègue devenant \
             président du conseil.",
            "role",
            "Pierre Fabrègue",
            "title",
            "président du conseil",
        ),
        (
            // A post named by its function, taken: written as the text
            // has it.
            "Chez Lorvel, Julien Mazars prendra la direction générale en \
             janvier.",
            "role",
            "Julien Mazars",
            "title",
            "direction générale",
        ),
        (
            // `son capital`: the company the text is about.
            "La Maison Fabrègue change de mains. Le groupe Corsani va \
             acquérir 70 % de son capital pour 84 millions d'euros auprès \
             de la holding Fabrègue Participations.",
            "acquisition",
            "Maison Fabrègue",
            "seller",
            "Fabrègue Participations",
        ),
        (
            // `L'entreprise` after the deal: the company bought.
            "La Maison Fabrègue change de mains. Le groupe Corsani va \
             acquérir 70 % de son capital. L'entreprise, qui emploie 420 \
             salariés, a réalisé un chiffre d'affaires de 112 millions \
             d'euros.",
            "result",
            "Maison Fabrègue",
            "metric",
            "revenue",
        ),
        (
            // A field in one noun; `son ancien` points to the company.
            "Ormelis a payé. Son ancien directeur export, Hervé Dantec, \
             sera jugé en janvier.",
            "role",
            "Hervé Dantec",
            "organization",
            "Ormelis",
        ),
        (
            // `du groupe` after a title: the company talked of.
            "Valmont recrute. Le président du groupe, Paul Girard, a parlé.",
            "role",
            "Paul Girard",
            "organization",
            "Valmont",
        ),
        (
            // The subject of the sentence before a possessive, over the
            // company of the sentence before.
            "Telvia a réalisé un chiffre d'affaires de 6,2 milliards d'euros. \
             Fondée en 2016, Nuvélia exploite onze centres ; ses ventes ont \
             bondi de 24 %, à 180 millions d'euros.",
            "result",
            "Nuvélia",
            "metric",
            "revenue",
        ),
        (
            // Two titles joined by `et` are one title.
            "Nicolas Aubry, cofondateur et directeur technique de \
             Thermelia, a parlé.",
            "role",
            "Nicolas Aubry",
            "title",
            "cofondateur et directeur technique",
        ),
        (
            // A takeover named with a definite article and no `par`.
            "Mécanor recrute. Mécanor investit. Le rachat de l'américain \
             Hydrelis en 2029, pour 310 millions d'euros, avait ouvert au \
             groupe le marché nord-américain.",
            "acquisition",
            "Hydrelis",
            "buyer",
            "Mécanor",
        ),
        (
            // The future of a phrase's verb announces the deal.
            "Hexavolt recrute. Bpifrance entrera au capital de Hexavolt à \
             hauteur de 20 % pour 180 millions d'euros.",
            "acquisition",
            "Hexavolt",
            "status",
            "announced",
        ),
        (
            // The status a word states wins over one guessed when the
            // headline and the body state one deal.
            "Dorvane vend Primavelle à Gaudinet pour 460 millions d'euros\n\n\
             Le distributeur Dorvane tourne la page. Le groupe a annoncé \
             mardi la cession de Primavelle à Gaudinet, pour 460 millions \
             d'euros.",
            "acquisition",
            "Primavelle",
            "status",
            "announced",
        ),
        (
            // The seller after `auprès de`.
            "Telvia rachète 82 % du capital de Nuvélia auprès du fonds \
             Eurazeo pour 1,15 milliard d'euros.",
            "acquisition",
            "Nuvélia",
            "seller",
            "Eurazeo",
        ),
        (
            // A figurative verb of takeover.
            "Le groupe lyonnais Valmont s'est payé la société nantaise Brixo.",
            "acquisition",
            "Brixo",
            "buyer",
            "Valmont",
        ),
        (
            // A day between the participle and the title.
            "Paul Girard a été nommé mardi directeur général de Valmont.",
            "role",
            "Paul Girard",
            "organization",
            "Valmont",
        ),
        (
            // `adjointe` and the trade of the company.
            "Sophie Lambert, jusqu'ici directrice générale adjointe du \
             groupe de services Ventoria, a été nommée directrice générale.",
            "role",
            "Sophie Lambert",
            "organization",
            "Ventoria",
        ),
        (
            // A person reports no company's figures.
            "Le groupe d'ingénierie Helvane a annoncé que son directeur \
             général, Philippe Garnier, partirait après une perte nette de \
             212 millions d'euros en 2026.",
            "result",
            "Helvane",
            "metric",
            "loss",
        ),
        (
            // A deputy's party, the place in a common noun, the name in
            // apposition.
            "Le député LFI de la circonscription, Mathieu Corlay, a \
             demandé que l'État paie.",
            "role",
            "Mathieu Corlay",
            "organization",
            // The acronym alone names the party as the text does.
            "LFI",
        ),
        (
            // Companies that complete the round are its investors.
            "La start-up Kerlan a bouclé une augmentation de capital de 6,5 \
             millions d'euros auprès de Bretagne Participations. Jaouen \
             Industries et Marzhin Capital complètent le tour de table.",
            "funding",
            "Kerlan",
            "investors",
            "Bretagne Participations",
        ),
        (
            // `Le vendeur est X`: the seller of the deal just stated.
            "Soreval va racheter Brightwater Instruments pour 1,35 milliard \
             de dollars. Le vendeur est le fonds new-yorkais Cobalt Ridge \
             Capital.",
            "acquisition",
            "Brightwater Instruments",
            "seller",
            "Cobalt Ridge Capital",
        ),
        (
            // An age between the person and the title.
            "La peine a été requise contre Thierry Lasserre, 57 ans, \
             gérant de l'entreprise de BTP Garonne Bâtisseurs.",
            "role",
            "Thierry Lasserre",
            "organization",
            "Garonne Bâtisseurs",
        ),
        (
            // A Belgian mayor.
            "« Oui », a déclaré la bourgmestre, Mireille Dethier (PS).",
            "role",
            "Mireille Dethier",
            "title",
            "bourgmestre",
        ),
        (
            // A European commissioner, her adjective and her portfolio.
            "« Cette aide est proportionnée », a assuré la commissaire \
             européenne chargée de la Concurrence, Margit Vandersteen.",
            "role",
            "Margit Vandersteen",
            "title",
            "commissaire européenne chargée de la Concurrence",
        ),
        (
            // The next sentence dates the deal it refers back to.
            "La jeune pousse Cobalis a bouclé une ronde de financement de 45 \
             millions de dollars. L'opération, annoncée le 17 mai 2033, \
             valorise l'entreprise à 260 millions.",
            "funding",
            "Cobalis",
            "date",
            "2033-05-17",
        ),
        (
            // The period a figure is for, not the month it came out.
            "Kanvo a publié en avril 2033 un bénéfice net de 18,4 milliards \
             de francs CFA pour 2032, en hausse de 21 %.",
            "result",
            "Kanvo",
            "period",
            "2032",
        ),
        (
            // The organisation that appoints, past the day.
            "Le fabricant vaudois Joratech a nommé mercredi Corinne \
             Baud-Nicod directrice générale.",
            "role",
            "Corinne Baud-Nicod",
            "organization",
            "Joratech",
        ),
        (
            // The title announced before the name, after the verb.
            "Le groupe Valmeria a enfin nommé un nouveau directeur \
             financier, Paul Henry.",
            "role",
            "Paul Henry",
            "organization",
            "Valmeria",
        ),
        (
            // A union post; `son` is the union named before.
            "La CGT de Voltéris réclame des embauches. « On nous promet \
             650 emplois », s'interroge son délégué syndical central, \
             Yannick Le Bihan.",
            "role",
            "Yannick Le Bihan",
            "organization",
            "CGT",
        ),
        (
            // `racheter 85 % du club normand`: the company the text is
            // about, not the buyer.
            "Le Havre AC change de mains. Le fonds Ridgeline Sports \
             Partners va racheter 85 % du club normand.",
            "acquisition",
            "Le Havre AC",
            "buyer",
            "Ridgeline Sports Partners",
        ),
        (
            // A name past a comma after `du club normand` belongs to
            // another phrase.
            "Le Stade Malherbe Caen change de mains. Le fonds Keystone \
             Sports Group a racheté 80 % du club normand, pensionnaire de \
             Ligue 2.",
            "acquisition",
            "Stade Malherbe Caen",
            "buyer",
            "Keystone Sports Group",
        ),
        (
            // `X est désormais valorisée` after X's round.
            "Carbonord a bouclé un financement de 380 millions de dollars. \
             Le fonds Alder mène l'opération. Carbonord est désormais \
             valorisée 1,2 milliard de dollars.",
            "funding",
            "Carbonord",
            "valuation",
            "1200000000",
        ),
        (
            "Ses revenus ont bondi, a précisé son président et chef de la \
             direction, Paul Girard.",
            "role",
            "Paul Girard",
            "title",
            "président et chef de la direction",
        ),
        (
            "Les fondateurs de Valmont, Paul Girard et Claire Dumas, \
             restent.",
            "role",
            "Claire Dumas",
            "organization",
            "Valmont",
        ),
        (
            "La start-up Lumio a levé 12 millions d'euros auprès de Kima \
             Ventures.",
            "funding",
            "Lumio",
            "investors",
            "Kima Ventures",
        ),
        (
            "Le groupe Valmont a finalisé le rachat de Brixo pour 300 \
             millions d'euros.",
            "acquisition",
            "Brixo",
            "buyer",
            "Valmont",
        ),
        (
            "Capgemini serait en discussions pour racheter la société \
             Northbridge.",
            "acquisition",
            "Northbridge",
            "status",
            "planned",
        ),
        (
            "Le fabricant Coréval va passer sous pavillon néerlandais : son \
             concurrent Van Doorn Fluids lance une offre publique d'achat \
             à 54,20 euros par action. L'offre, en numéraire, valorise \
             Coréval à 1,37 milliard d'euros.",
            "acquisition",
            "Coréval",
            "amount",
            "1370000000",
        ),
        (
            "Le transporteur Transalpe nomme une directrice. La société \
             Transalpe la choisit. « Elle a \
             notre confiance », a déclaré Hervé Castaing. Il a ajouté qu'elle \
             aurait « les moyens ». Le groupe, qui emploie 23 000 personnes, \
             a réalisé un chiffre d'affaires de 6,7 milliards d'euros.",
            "result",
            "Transalpe",
            "amount",
            "6700000000",
        ),
        (
            "Hestiam, rachetée en 2022 par Greystead Partners, avait déposé \
             plainte.",
            "acquisition",
            "Hestiam",
            "buyer",
            "Greystead Partners",
        ),
        (
            "La start-up Veltria avait déjà réuni 12 millions d'euros en \
             2022.",
            "funding",
            "Veltria",
            "amount",
            "12000000",
        ),
        (
            "Il succède à Anne-Laure Vidal, nommée rectrice de l'académie de \
             Bordeaux.",
            "role",
            "Anne-Laure Vidal",
            "title",
            "rectrice",
        ),
        (
            "Le ministère a annoncé que Marc Olivennes était nommé directeur \
             général de l'enseignement scolaire.",
            "role",
            "Marc Olivennes",
            "title",
            "directeur général de l'enseignement scolaire",
        ),
        (
            "La start-up Lumio a levé 12 millions d'euros. Bpifrance remet au \
             pot, tout comme Elaia Partners.",
            "funding",
            "Lumio",
            "investors",
            "Bpifrance",
        ),
        (
            "Halvorsen Chemical rachète Lumeris. Pour Halvorsen Chemical, il \
             s'agit de la plus grosse acquisition depuis 2024, quand le \
             groupe s'était offert Vantor Coatings pour 2,4 milliards de \
             dollars.",
            "acquisition",
            "Vantor Coatings",
            "buyer",
            "Halvorsen Chemical",
        ),
        (
            "Hugo Tessier, jusqu'ici sous-préfet de Villefranche-sur-Saône, \
             a été nommé directeur de la Dreal Auvergne-Rhône-Alpes.",
            "role",
            "Hugo Tessier",
            "organization",
            "Dreal Auvergne-Rhône-Alpes",
        ),
        (
            "Norvance a vu son bénéfice net reculer de 8,3 % en 2026, à 412 \
             millions d'euros.",
            "result",
            "Norvance",
            "change",
            "8.3",
        ),
        (
            "Le fonds Harwick Capital aurait étudié un rachat de Coréval \
             avant d'y renoncer.",
            "acquisition",
            "Coréval",
            "status",
            "planned",
        ),
        (
            "Renault va racheter Ventos pour 2 milliards de dollars.",
            "acquisition",
            "Ventos",
            "status",
            "announced",
        ),
        (
            "BNP Paribas a dégagé un résultat net de 2,9 milliards d'euros.",
            "result",
            "BNP Paribas",
            "metric",
            "net_income",
        ),
        (
            "Mistral AI est désormais valorisée 11,7 milliards d'euros.",
            "valuation",
            "Mistral AI",
            "amount",
            "11700000000",
        ),
        (
            "Le géant allemand Siemens s'est emparé de Brixo pour 2 \
             milliards d'euros.",
            "acquisition",
            "Brixo",
            "buyer",
            "Siemens",
        ),
        // A deal told in the present of the news is announced.
        (
            "La start-up Kelvio passe sous pavillon japonais.",
            "acquisition",
            "Kelvio",
            "status",
            "announced",
        ),
        (
            "La PDG de Valmont, Claire Dumas, a présenté le plan.",
            "role",
            "Claire Dumas",
            "organization",
            "Valmont",
        ),
        (
            "Renault va fusionner avec Ventos.",
            "acquisition",
            "Ventos",
            "buyer",
            "Renault",
        ),
        (
            "Le groupe Valmont a mis la main sur Brixo. Le montant de la \
             transaction atteint 300 millions d'euros.",
            "acquisition",
            "Brixo",
            "amount",
            "300000000",
        ),
        (
            "Le groupe Valmont a finalisé le rachat de Brixo. Il a par \
             ailleurs cédé Ventos à Renault.",
            "acquisition",
            "Ventos",
            "seller",
            "Valmont",
        ),
        (
            "La secrétaire d'État chargée du Numérique, Clara Chappaz, \
             a présenté le plan.",
            "role",
            "Clara Chappaz",
            "title",
            "secrétaire d'État chargée du Numérique",
        ),
        (
            "« Le texte est mauvais », a dit la sénatrice LR de Paris \
             Agnès Evren.",
            "role",
            "Agnès Evren",
            "organization",
            "LR",
        ),
        (
            "« Il fallait oser », a savouré l'entraîneur nantais, Antoine \
             Kombouaré.",
            "role",
            "Antoine Kombouaré",
            "title",
            "entraîneur",
        ),
        (
            "Le conseil a nommé jeudi Claire Dumas au poste de directrice \
             générale de Valmont.",
            "role",
            "Claire Dumas",
            "organization",
            "Valmont",
        ),
        (
            "Gilles Montaner, jusqu'ici directeur général de Vinci, est \
             nommé.",
            "role",
            "Gilles Montaner",
            "organization",
            "Vinci",
        ),
        (
            "La première secrétaire du Parti socialiste, Sandrine Lefol, \
             a réagi.",
            "role",
            "Sandrine Lefol",
            "organization",
            "Parti socialiste",
        ),
        (
            "La société a recruté Stéphane Oberlin comme directeur des \
             opérations.",
            "role",
            "Stéphane Oberlin",
            "title",
            "directeur des opérations",
        ),
        (
            "Claire Dumas prendra la tête de Valmont en juin.",
            "role",
            "Claire Dumas",
            "organization",
            "Valmont",
        ),
    ];

    #[test]
    fn frames_fill_their_roles() {
        let analyzer = Analyzer::new();
        for &(text, kind, key, role, value) in CASES {
            let a = serde_json::to_value(analyzer.analyze(text)).unwrap();
            let events = a["events"].as_array().unwrap();
            let key_role = match kind {
                "acquisition" => "target",
                "role" => "person",
                _ => "company",
            };
            let e = events
                .iter()
                .find(|e| {
                    e["type"] == kind
                        && e["args"][key_role]["canonical"] == key
                })
                .unwrap_or_else(|| panic!("{text}: no {kind} of {key}"));
            let got = &e["args"][role];
            let shown = match got {
                serde_json::Value::Array(v) => {
                    v[0]["canonical"].as_str().unwrap_or("").to_string()
                }
                serde_json::Value::Object(o) => o
                    .get("canonical")
                    .or(o.get("amount"))
                    .or(o.get("value"))
                    .map(|v| v.as_str().map_or(v.to_string(), str::to_string))
                    .unwrap_or_default(),
                v => v.as_str().unwrap_or("").to_string(),
            };
            assert_eq!(shown, value, "{text}: {role}");
        }
    }

    /// The investors of the one event of `text`.
    fn investors_of_the_round(text: &str) -> Vec<String> {
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let events = a["events"].as_array().unwrap();
        assert_eq!(events.len(), 1, "{events:?}");
        events[0]["args"]["investors"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|i| i["canonical"].as_str().map(str::to_string))
            .collect()
    }

    /// The canonical names of argument `arg` of the events of type
    /// `kind` in `text`.
    fn args_of(text: &str, kind: &str, arg: &str) -> Vec<String> {
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        a["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["type"] == kind)
            .filter_map(|e| e["args"][arg]["canonical"].as_str())
            .map(str::to_string)
            .collect()
    }

    /// The titles of the role events of `text`, in order.
    fn role_titles(text: &str) -> Vec<String> {
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        a["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["type"] == "role")
            .filter_map(|e| e["args"]["title"].as_str().map(str::to_string))
            .collect()
    }

    #[test]
    fn a_civil_title_or_a_demonym_in_a_title_keeps_its_holder() {
        // A civil title before the name in apposition; a public title's
        // demonym before its complement is part of it, a coach's is not.
        assert_eq!(
            role_titles(
                "Le liquidateur, Me Anne Lejeune, a confirmé. Le procureur, \
                 M. Paul Dumont, a requis. Le ministre bruxellois de \
                 l'Économie et de l'Emploi, Alain Vanderlinden, a salué la \
                 décision. L'entraîneur marseillais, Luca Ferretti, a parlé."
            ),
            [
                "liquidateur",
                "procureur",
                "ministre bruxellois de l'Économie et de l'Emploi",
                "entraîneur"
            ]
        );
    }

    #[test]
    fn a_member_of_a_chamber_is_named_after_party_and_seat() {
        let text = "La sénatrice centriste de la Marne Nadia Benali remplace \
                    Paul Girard. Le député RN du Nord Kévin Lebas a voté \
                    contre.";
        assert_eq!(role_titles(text), ["sénatrice", "député"]);
        assert_eq!(
            args_of(text, "role", "person"),
            ["Nadia Benali", "Kévin Lebas"]
        );
        // `Ce dernier devient`: the person named last before.
        let latter = "Nadia Benali remplace Gérald Pujol aux Armées. Ce \
                      dernier devient porte-parole du gouvernement.";
        assert_eq!(args_of(latter, "role", "person"), ["Gérald Pujol"]);
    }

    #[test]
    fn a_young_company_after_its_investors_paragraph_is_the_articles() {
        let text = "La start-up Aurélia a bouclé une série C de 150 millions \
                    d'euros. Aurélia recrute. Le tour de table est mené par \
                    le fonds américain Northwind Partners.\n\nLors de sa \
                    précédente levée, en 2029, la jeune pousse avait récolté \
                    40 millions d'euros auprès d'Elaia et de Serena.";
        assert_eq!(
            args_of(text, "funding", "company"),
            ["Aurélia", "Aurélia"]
        );
    }

    #[test]
    fn a_stake_taken_years_before_a_bid_is_a_fact_of_its_own() {
        let text = "Le 8 mars 2032, Hoeksma Foods met la main sur Frigolys. \
                    Hoeksma n'est pas \
                    un inconnu : il était entré au capital de Frigolys à \
                    hauteur de 30 % en 2029.";
        assert_eq!(
            args_of(text, "acquisition", "target"),
            ["Frigolys", "Frigolys"]
        );
    }

    #[test]
    fn a_counter_offer_is_a_planned_deal_of_its_own() {
        let text = "Le 8 mars 2032, Hoeksma Foods met la main sur Frigolys. \
                    Hoeksma était entré au capital de Frigolys en 2029. \
                    L'irlandais Glenmore Foods serait en discussions avec \
                    des fonds pour déposer une contre-offre sur Frigolys.";
        assert_eq!(
            args_of(text, "acquisition", "buyer"),
            ["Hoeksma Foods", "Hoeksma Foods", "Glenmore Foods"]
        );
    }

    #[test]
    fn an_offer_naming_no_company_is_on_the_deal_just_stated() {
        let text = "Hoeksma Foods met la main sur Frigolys. Le groupe \
                    néerlandais a lancé lundi une offre publique d'achat sur \
                    les 70 % du capital qu'il ne détient pas encore, à 38 \
                    euros par action, soit 655 millions d'euros.";
        assert_eq!(args_of(text, "acquisition", "target"), ["Frigolys"]);
        assert_eq!(args_of(text, "acquisition", "buyer"), ["Hoeksma Foods"]);
    }

    #[test]
    fn a_deal_values_the_company_it_bought() {
        let text = "Le fonds Montbrun Capital a racheté 85 % de la Section \
                    paloise pour 45 millions d'euros, a annoncé lundi le \
                    club. La famille conserve 15 % du capital. L'opération \
                    valorise le club à quelque 53 millions d'euros.";
        assert_eq!(args_of(text, "valuation", "company"), ["Section paloise"]);
    }

    #[test]
    fn a_new_paragraphs_young_company_is_the_articles() {
        let text = "La fintech Yaatal a levé 40 millions de dollars. Yaatal a \
                    racheté en janvier la start-up ivoirienne Kalo Pay.\n\n\
                    La jeune pousse avait levé 6,5 millions de dollars en \
                    2028.";
        assert_eq!(args_of(text, "funding", "company"), ["Yaatal", "Yaatal"]);
    }

    #[test]
    fn a_round_led_beside_other_funds_is_one_round() {
        let text = "La fintech Yaatal a bouclé une levée de fonds de 40 \
                    millions de dollars. Le tour de table a été mené par \
                    Brightwater Ventures, aux côtés de Partech Africa.";
        assert_eq!(args_of(text, "funding", "company"), ["Yaatal"]);
        assert_eq!(
            investors_of_the_round(text),
            ["Brightwater Ventures", "Partech Africa"]
        );
    }

    #[test]
    fn a_title_after_a_verb_of_change_is_a_new_post() {
        // Two posts; `du nouvel ensemble` completes no title.
        let text = "Alizé Mobile a perdu de l'argent. Son patron, \
                    Marc-Antoine Ribière, deviendra directeur général \
                    délégué du nouvel ensemble.";
        assert_eq!(role_titles(text), ["patron", "directeur général délégué"]);
        // A former post (`ancien`) is a post of its own.
        let text = "Helvane recrute. Le conseil a désigné un nouveau \
                    président, Bernard Vasseur, ancien PDG du cimentier \
                    Castelor.";
        assert_eq!(role_titles(text), ["président", "PDG"]);
    }

    #[test]
    fn titles_with_plural_portfolios_brackets_and_adjectives() {
        // A portfolio's plural adjective, then a second portfolio.
        let text = "L'opération a été saluée par la ministre des \
                    Ressources naturelles et des Forêts, Maïté Laroche.";
        assert_eq!(
            role_titles(text),
            ["ministre des Ressources naturelles et des Forêts"]
        );
        // The organisation's acronym in brackets before the name.
        let text = "Le président de la Fédération française de cyclisme \
                    (FFC), Michel Caradec, a salué la décision.";
        assert_eq!(role_titles(text), ["président"]);
        // A title and its adjective right before the name it is given.
        let text = "Le conseil a nommé administratrice déléguée Sofie Van \
                    Acker.";
        assert_eq!(role_titles(text), ["administratrice déléguée"]);
    }

    #[test]
    fn a_sellers_earlier_purchase_is_of_the_company_it_sells() {
        let text = "Soreval va racheter Brightwater Instruments. Le vendeur \
                    est le fonds Cobalt Ridge Capital, qui avait acquis la \
                    société en 2021 pour 610 millions de dollars.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let targets: Vec<(&str, &str)> = a["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let arg =
                    |k: &str| e["args"][k]["canonical"].as_str().unwrap_or("");
                (arg("buyer"), arg("target"))
            })
            .collect();
        assert_eq!(
            targets,
            [
                ("Soreval", "Brightwater Instruments"),
                ("Cobalt Ridge Capital", "Brightwater Instruments")
            ]
        );
    }

    #[test]
    fn companies_completing_a_round_are_its_investors() {
        let text = "La start-up Kerlan a bouclé une augmentation de capital \
                    de 6,5 millions d'euros auprès de Bretagne \
                    Participations. Jaouen Industries et Marzhin Capital \
                    complètent le tour de table.";
        let investors = investors_of_the_round(text);
        assert_eq!(
            investors,
            [
                "Bretagne Participations",
                "Jaouen Industries",
                "Marzhin Capital"
            ]
        );
    }

    #[test]
    fn an_investor_described_by_a_company_noun_joins_the_list() {
        let text = "La minière Ardoval avait levé 85 millions de dollars \
                    l'an dernier auprès de Desjardins et du fonds ontarien \
                    Northlake Capital.";
        let investors = investors_of_the_round(text);
        assert_eq!(investors, ["Desjardins", "Northlake Capital"]);
    }

    #[test]
    fn a_result_belongs_to_the_subject_not_an_object_before() {
        let companies = |text: &str| args_of(text, "result", "company");
        // The object of a first verb, then a second verb.
        let text = "Néréide a racheté en janvier la société lyonnaise \
                    Parlio et a réalisé l'an dernier un chiffre d'affaires \
                    de 9 millions d'euros.";
        assert_eq!(companies(text), ["Néréide"]);
        // A name inside a relative clause the comma closes.
        let text = "Le groupe laitier Brélivet soutient l'équipe. Son \
                    groupe, qui avait racheté en 2027 la fromagerie \
                    normande Vauquelin, réalise 1,2 milliard d'euros de \
                    chiffre d'affaires.";
        assert_eq!(companies(text), ["Brélivet"]);
    }

    #[test]
    fn entering_the_capital_buys_a_stake_and_an_apposition_is_valued() {
        // No amount: a stake bought, its status by modality.
        let text = "Le fonds Ridgeline serait en discussions pour entrer \
                    au capital du club belge de La Gantoise.";
        assert_eq!(args_of(text, "acquisition", "target"), ["La Gantoise"]);
        assert_eq!(args_of(text, "acquisition", "buyer"), ["Ridgeline"]);
        // An amount and no share: funding.
        let text = "Le fonds Ridgeline a investi 5 millions d'euros dans \
                    la société Vantiel.";
        assert_eq!(args_of(text, "funding", "company"), ["Vantiel"]);
        // A participle in apposition values the name before its comma.
        let text = "Harwell Capital veut racheter Northgate Power, un \
                    producteur texan valorisé 2,3 milliards de dollars.";
        assert_eq!(args_of(text, "valuation", "company"), ["Northgate Power"]);
    }

    #[test]
    fn a_dated_deal_noun_an_apposed_participle_and_a_young_company() {
        // A date between the deal's noun and `de`.
        let text = "Le rachat en 2027 de son rival néerlandais Glucotech, \
                    pour 640 millions d'euros, lui a assuré 70 % du marché.";
        assert_eq!(args_of(text, "acquisition", "target"), ["Glucotech"]);
        // A participle in apposition to a governed name; the young
        // company referred back is that name, not its buyer.
        let text = "L'affaire a été révélée par une plainte de la start-up \
                    nantaise Insulys, depuis rachetée par l'américain \
                    Corvanta Medical. La jeune pousse avait levé 12 \
                    millions d'euros auprès de Bpifrance en 2025.";
        assert_eq!(args_of(text, "acquisition", "target"), ["Insulys"]);
        assert_eq!(
            args_of(text, "acquisition", "buyer"),
            ["Corvanta Medical"]
        );
        assert_eq!(args_of(text, "funding", "company"), ["Insulys"]);
    }

    #[test]
    fn a_company_noun_does_not_stand_for_a_party() {
        let text = "La minière Ardoval a obtenu un prêt. Le Parti libéral \
                    du Québec dénonce un chèque en blanc. La société a \
                    enregistré une perte nette de 41 millions de dollars \
                    en 2028.";
        assert_eq!(args_of(text, "result", "company"), ["Ardoval"]);
    }

    #[test]
    fn a_person_named_in_full_is_hired_not_bought() {
        let text = "Valmorel Assurances a racheté la fintech Scorival en \
                    mars. Nous avons aussi recruté Karim Haddad, ancien \
                    responsable de la cybersécurité d'Orange.";
        assert_eq!(args_of(text, "acquisition", "target"), ["Scorival"]);
        // A former post before a new one is a post of its own.
        assert_eq!(
            role_titles(
                "Thomas Guérineau, 46 ans, jusqu'ici directeur financier \
                 adjoint de Covéa, est nommé directeur financier."
            ),
            ["directeur financier adjoint", "directeur financier"]
        );
    }

    #[test]
    fn not_events() {
        let analyzer = Analyzer::new();
        for text in [
            "Le groupe relève son objectif de chiffre d'affaires à 9 \
             milliards d'euros.",
            "Le CAC 40 a cédé 87 points vendredi.",
            "Les manifestants ont levé le camp.",
            "L'offre valorise chaque action à 24,50 euros.",
            // A combined group's size to come is no result.
            "Le nouvel ensemble Valmont pèsera 3,2 milliards d'euros de \
             chiffre d'affaires.",
            // The agency of a dateline publishes no results of its own.
            "PARIS, 3 mars (AFP) - Le chiffre d'affaires du trimestre a \
             atteint 1,2 milliard d'euros.",
            // The speaker as the object sold.
            "« On nous vend comme des rayonnages », a lancé Karima \
             Zerrouki.",
            // A superlative, no sale.
            "Nébuleuse Games, le studio derrière le jeu le plus vendu de \
             2027, publie « Jouer n'est pas un crime » (Flammarion).",
        ] {
            let a = analyzer.analyze(text);
            assert!(a.events.is_empty(), "{text}: {:?}", a.events);
        }
    }

    #[test]
    fn a_deputy_mayor_s_title_leaves_the_town_out() {
        assert_eq!(
            role_titles(
                "L'adjoint aux sports de Lyon, Karim Benali, a salué une vitrine \
                 mondiale pour la ville."
            ),
            ["adjoint aux sports"]
        );
        assert_eq!(
            role_titles(
                "L'adjoint au maire de Lyon, Karim Benali, a salué l'accord."
            ),
            ["adjoint au maire"]
        );
    }

    #[test]
    fn a_name_in_a_relative_clause_is_not_the_subject_after_it() {
        assert_eq!(
            args_of(
                "Le club Nébula Esports, qui a battu G2 Esports 3-1 dimanche à \
                 Madrid, a annoncé lundi une levée de fonds de 18 millions d'euros.",
                "funding",
                "company"
            ),
            ["Nébula Esports"]
        );
    }

    #[test]
    fn a_firm_s_noun_stands_for_the_company_introduced_by_it() {
        let text = "Le tribunal a validé le démantèlement de Kerjardin, l'enseigne \
                    de jardineries placée en redressement judiciaire. Le fonds \
                    belge Hallstatt Retail proposait 11 millions d'euros. \
                    L'enseigne avait été rachetée en 2034 par le fonds parisien \
                    Orvelle Partners.";
        assert_eq!(args_of(text, "acquisition", "target"), ["Kerjardin"]);
        // A name right after the noun is the subject itself.
        let text = "Le groupe Florivert reprend le siège. La coopérative agricole \
                    Terres Vives rachète quatre jardineries pour 850 000 euros.";
        assert!(
            !args_of(text, "acquisition", "buyer")
                .contains(&"Florivert".to_string()),
            "{:?}",
            args_of(text, "acquisition", "buyer")
        );
    }

    #[test]
    fn a_fund_s_laboratory_s_or_club_s_noun_points_back_to_its_name() {
        // The subject past a relative clause: the firm its noun
        // introduced.
        let text = "Le fonds d'investissement new-yorkais Ridgeline Sports \
                    Partners rachète 80 % du FC Val de Loire.\n\nLe fonds, qui \
                    gère 4,2 milliards de dollars d'actifs, a déjà avalé en 2037 \
                    le club néerlandais FC Zeewolde.";
        assert_eq!(
            args_of(text, "acquisition", "buyer"),
            ["Ridgeline Sports Partners", "Ridgeline Sports Partners"]
        );
        // `le club`: the club the text names most, not the fund just
        // named.
        let text = "Le FC Val de Loire change de mains. Le fonds Ridgeline \
                    rachète 80 % du FC Val de Loire. Ridgeline reprendra aussi \
                    une dette. La saison dernière, le club a réalisé un chiffre \
                    d'affaires de 78 millions d'euros.";
        assert_eq!(args_of(text, "result", "company"), ["FC Val de Loire"]);
    }

    #[test]
    fn a_counter_offer_answers_the_bid_stated_paragraphs_before() {
        let text = "L'industriel Corbridge Industries a déposé lundi une \
                    offre publique d'achat hostile sur Lumenor.\n\nLe conseil \
                    l'a rejetée. Les syndicats s'inquiètent. La Caisse \
                    analysera l'offre. Le ministre veut que le siège reste au \
                    Québec. Les analystes attendent mieux.\n\nSelon La Presse, \
                    le fonds montréalais Bellerive Capital prépare une \
                    contre-offre autour de 21 $ par action.";
        let a = serde_json::to_value(Analyzer::new().analyze(text)).unwrap();
        let counter: Vec<_> = a["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["text"] == "contre-offre")
            .collect();
        assert_eq!(counter.len(), 1, "{a:#?}");
        assert_eq!(counter[0]["args"]["target"]["canonical"], "Lumenor");
        assert_eq!(
            counter[0]["args"]["buyer"]["canonical"],
            "Bellerive Capital"
        );
        assert_eq!(counter[0]["args"]["status"], "planned");
    }

    #[test]
    fn english_c_suite_titles_and_a_deputy_of_the_opposition_are_roles() {
        assert_eq!(
            role_titles(
                "Calorys recrute Thomas Nguyen, qui devient son chief \
                 technology officer."
            ),
            ["chief technology officer"]
        );
        assert_eq!(
            role_titles(
                "Le texte a été rejeté, a dénoncé le député d'opposition \
                 Naina Rakotobe."
            ),
            ["député d'opposition"]
        );
    }

    #[test]
    fn a_title_held_since_a_date_opens_its_holder_s_sentence() {
        assert_eq!(
            role_titles(
                "Le club a été vendu. Président depuis 2029, Philippe \
                 Béraud conserve 20 % du capital."
            ),
            ["Président"]
        );
    }
}
