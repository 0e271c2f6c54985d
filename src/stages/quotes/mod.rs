//! Quotes: direct speech between quotation marks and indirect speech after
//! a speech verb or `selon`, each with its cue and its speaker.
//!
//! Reads the sentences and the resolved entities ([`Mentions`]); returns
//! [`QuoteFound`]s in text order. Does not find names: a speaker is an
//! entity the extractors kept, a noun phrase or a pronoun.
//!
//! Two passes. `marks` pairs the quotation marks and dialogue dashes of
//! the whole text; each marked span then looks for its cue in a bounded
//! window: after the closing mark (`», explique X`, `», a-t-il ajouté`),
//! inside it (`« ..., ajoute-t-il. ... »`), then before the opening one
//! (`X a déclaré : «`, `X estime que ... «`, `Selon X, ... «`). Marks with
//! no cue hold a title or a term and are dropped, unless they open a
//! sentence with several words (the same speaker going on, or a line of an
//! interview). The second pass reads each sentence once for indirect
//! speech: a speech verb and `que` or `avoir` (`a déclaré que ...`, `a
//! reconnu avoir ...`), `Selon X, <clause>` and `<clause>, selon X`, and
//! an inverted cue closing a sentence (`La croissance ralentira, estime
//! l'Insee.`).
//!
//! Speakers are read next to the cue: an entity, a noun phrase, a pronoun.
//! Pronouns and role nouns (`il`, `la ministre`, `l'attaquant`) stand for
//! the first compatible person of the nearest sentence before them that
//! names one (three sentences back at most, a bounded walk over the
//! mentions); company nouns and documents (`le groupe`, `un communiqué`)
//! for the organisation the document names most up to there.

mod marks;
mod tables;
pub(crate) use tables::UNIONS;
mod words;

use std::ops::{Range, RangeInclusive};
use std::sync::LazyLock;

use super::{Mentions, QuoteFound, SpeakerFound, YOUNG_NOUNS, ceil, floor};
use crate::extract::{Candidate, Found};
use crate::lexicon::{FastMap, FastSet, rows};
use crate::model::{Gender, Label, QuoteKind};
use marks::Marked;
use tables::{
    ADVERBS, DOCUMENTS, FINITE, GERUND, HEAD, Keys, PARTICIPLE, TITLE_NOUNS,
    VERBS,
};
pub(super) use words::{ASCII_CLASS, ASCII_WORD, PUNCT, SPACE, wide_char};
use words::{Tok, tail_tokens, tokens};

/// How far before an opening mark its cue is looked for, in bytes.
const BEFORE: usize = 400;
/// How far after a closing mark its cue is looked for, in bytes.
const AFTER: usize = 300;
/// How many sentences back a pronoun looks for the person it stands for.
const BACK_SENTENCES: usize = 3;
/// How many mentions back it looks at most.
const BACK_MENTIONS: usize = 64;

/// Words that date a role (`la future directrice générale`, `le nouveau
/// PDG`).
const TIME_MODIFIERS: [&str; 9] = [
    "actuel",
    "actuelle",
    "futur",
    "future",
    "nouveau",
    "nouvel",
    "nouvelle",
    "prochain",
    "prochaine",
];

/// Participles of appointment, before a person and the role given
/// (`a nommé Nadia Rossier directrice générale`).
const APPOINTING: [&str; 12] = [
    "choisi",
    "choisie",
    "désigné",
    "désignée",
    "élu",
    "élue",
    "nommé",
    "nommée",
    "promu",
    "promue",
    "reconduit",
    "reconduite",
];

/// How far back, in bytes, a noun is looked for as the one that
/// introduced a person (`l'Argentin Facundo Ibarra`), and a paragraph's
/// start.
const BACK_BYTES: usize = 8_000;
/// How many tokens back a verb looks for its subject.
const SUBJECT_REACH: usize = 40;
/// How many tokens after a cue are read for what follows it.
const REACH: usize = 40;
/// Fewest words of a marked span with no cue kept as a quote.
const MIN_WORDS: usize = 4;

fn word_set(table: &'static str) -> FastSet<&'static str> {
    rows(table).collect()
}

static DETERMINERS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    word_set(include_str!("../../../data/quotes/determiners.txt"))
});
static AUXILIARIES: LazyLock<Keys> = LazyLock::new(|| {
    Keys::new(rows(include_str!("../../../data/quotes/auxiliaries.txt")))
});
static INSTITUTIONS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    word_set(include_str!("../../../data/quotes/institutions.txt"))
});
/// Whether `k` (a table key) is an institution's noun of
/// [`INSTITUTIONS`], singular or plural (`les deux établissements`).
fn institution(k: &str) -> bool {
    INSTITUTIONS.contains(k)
        || k.strip_suffix('s').is_some_and(|one| INSTITUTIONS.contains(one))
}

/// Nouns of a body that stand for the one the sentence before was about
/// (`a précisé l'institution`).
static REFERENT_NOUNS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    word_set(include_str!("../../../data/quotes/referent_nouns.txt"))
});

static NP_STOPS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    word_set(include_str!("../../../data/quotes/np_stops.txt"))
});

/// A word lower-cased, straight apostrophe: table keys.
fn key(w: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    // Most words: ASCII in lower case, read byte by byte.
    if w.is_ascii() {
        return match w.bytes().any(|b| b.is_ascii_uppercase()) {
            true => Cow::Owned(w.to_ascii_lowercase()),
            false => Cow::Borrowed(w),
        };
    }
    if w.chars().any(|c| is_upper(c) || c == '’') {
        // Most such words are French: Latin-1 letters and curly
        // apostrophes, lowered character by character with no case
        // tables (no letter of Latin-1 lowers to more than one).
        if w.chars().all(|c| u32::from(c) <= 0xFF || c == '’') {
            return Cow::Owned(w.chars().map(latin1_key_char).collect());
        }
        let lower = w.to_lowercase();
        match lower.contains('’') {
            true => Cow::Owned(lower.replace('’', "'")),
            false => Cow::Owned(lower),
        }
    } else {
        Cow::Borrowed(w)
    }
}

/// The most bytes of a word or phrase [`with_key`] lowers on the stack:
/// more than any table key.
const KEY_BYTES: usize = 64;

/// Calls `f` with `w` as [`key`] writes it, with no allocation for most
/// words: the table look-ups of a word or a phrase (`Dans un communiqué`,
/// `à l’AFP`) lower it into a buffer on the stack ([`latin1_key`]).
#[inline]
fn with_key<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0; KEY_BYTES];
    match latin1_key(w, &mut buf) {
        Some(k) => f(k),
        None => f(&key(w)),
    }
}

/// `w` as [`key`] writes it, when no Unicode table is needed: `w` itself
/// when lowering changes none of its characters (`déjà`, `à la barre`);
/// else, when every character is in Latin-1 or is `’` and `w` fits,
/// lowered into `buf` byte by byte from the first character it changes
/// (a Latin-1 capital's second byte plus 0x20, `’` as `'`, the rest
/// kept). `None` for other words, which [`key`] lowers.
fn latin1_key<'a>(
    w: &'a str,
    buf: &'a mut [u8; KEY_BYTES],
) -> Option<&'a str> {
    // `À` (C3 80) to `Þ` (C3 9E) but `×` (C3 97), by its second byte.
    let capital = |c: u8| c <= 0x9E && c != 0x97;
    let bytes = w.as_bytes();
    let curly = |i: usize| bytes[i + 1..].starts_with(&[0x80, 0x99]);
    // Most words: read through, nothing to lower, nothing copied (the
    // copy is checked as UTF-8 again, at a cost of its own).
    let mut from = 0;
    while let Some(&b) = bytes.get(from) {
        match b {
            b'A'..=b'Z' => break,
            0..=0x7F => from += 1,
            0xC3 if capital(bytes[from + 1]) => break,
            0xC2 | 0xC3 => from += 2,
            0xE2 if curly(from) => break,
            _ => return None,
        }
    }
    if from == bytes.len() {
        return Some(w);
    }
    if bytes.len() > KEY_BYTES {
        return None;
    }
    buf[..from].copy_from_slice(&bytes[..from]);
    let (mut i, mut n) = (from, from);
    while let Some(&b) = bytes.get(i) {
        match b {
            0..=0x7F => {
                buf[n] = b.to_ascii_lowercase();
                i += 1;
                n += 1;
            }
            0xC2 | 0xC3 => {
                let c = bytes[i + 1];
                buf[n] = b;
                buf[n + 1] =
                    if b == 0xC3 && capital(c) { c + 0x20 } else { c };
                i += 2;
                n += 2;
            }
            0xE2 if curly(i) => {
                buf[n] = b'\'';
                i += 3;
                n += 1;
            }
            _ => return None,
        }
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// A character of Latin-1 or `’` as [`key`] writes it: lowered, `’` as
/// a straight apostrophe.
fn latin1_key_char(c: char) -> char {
    match c {
        '’' => '\'',
        'À'..='Þ' if c != '×' => {
            char::from_u32(u32::from(c) + 0x20).unwrap_or(c)
        }
        _ => c.to_ascii_lowercase(),
    }
}

/// [`char::is_uppercase`], with the letters up to U+00FF (`À` to `Þ`
/// but `×`) told without the Unicode tables.
#[inline]
fn is_upper(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_uppercase(),
        0x80..=0xFF => matches!(c, 'À'..='Þ') && c != '×',
        _ => c.is_uppercase(),
    }
}

/// Whether `w` reads as `target` (lower case, straight apostrophe). Called
/// for most tokens, so the common cases compare bytes: same length and
/// ASCII case folded, or a curly apostrophe for the final straight one.
///
/// Inlined at every call, where `target` is a literal: most words are
/// told apart by their length and their first byte alone, with no call
/// (both readings below need the lengths so related, and a first byte in
/// ASCII equal to the target's, case aside).
#[inline(always)]
fn is(w: &str, target: &str) -> bool {
    let (a, b) = (w.as_bytes(), target.as_bytes());
    if a.len() != b.len() && a.len() != b.len() + 2 {
        return false;
    }
    if let (Some(&x), Some(&y)) = (a.first(), b.first())
        && x < 0x80
        && !x.eq_ignore_ascii_case(&y)
    {
        return false;
    }
    is_read(w, target)
}

/// [`is`] past its first tests: the whole of both words compared.
#[inline(never)]
fn is_read(w: &str, target: &str) -> bool {
    if w.len() == target.len() {
        return w.eq_ignore_ascii_case(target)
            || (!w.is_ascii() && folds_to(w, target));
    }
    w.len() == target.len() + 2
        && match (w.strip_suffix('’'), target.strip_suffix('\'')) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            _ => false,
        }
}

/// `Après`, `À`: a capital outside ASCII.
#[cold]
fn folds_to(w: &str, target: &str) -> bool {
    w.chars()
        .zip(target.chars())
        .all(|(x, y)| x == y || x.to_lowercase().eq([y]))
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A subject pronoun: its gender and whether it is plural.
fn pronoun(w: &str) -> Option<(Option<Gender>, bool)> {
    match () {
        _ if is(w, "il") => Some((Some(Gender::Male), false)),
        _ if is(w, "elle") => Some((Some(Gender::Female), false)),
        _ if is(w, "ils") => Some((Some(Gender::Male), true)),
        _ if is(w, "elles") => Some((Some(Gender::Female), true)),
        _ => None,
    }
}

/// The gender a determiner shows.
fn det_gender(w: &str) -> Option<Gender> {
    match () {
        _ if is(w, "la") || is(w, "une") || is(w, "cette") => {
            Some(Gender::Female)
        }
        _ if is(w, "le") || is(w, "un") || is(w, "ce") || is(w, "cet") => {
            Some(Gender::Male)
        }
        _ => None,
    }
}

fn is_possessive(w: &str) -> bool {
    ["son", "sa", "ses", "leur", "leurs"].iter().any(|p| is(w, p))
}

fn is_indefinite(w: &str) -> bool {
    ["un", "une", "des", "plusieurs", "certains", "certaines", "quelques"]
        .iter()
        .any(|p| is(w, p))
}

/// `ajoute-t-il`, `a-t-elle`, `dit-il`: the verb before the pronoun, and
/// the pronoun's byte offset in the word.
fn inverted(w: &str) -> Option<(&str, usize, &str)> {
    // Most words have no hyphen: their few bytes are read in place, with
    // no search set up.
    let dash = w.bytes().rposition(|b| b == b'-')?;
    let pron = &w[dash + 1..];
    pronoun(pron)?;
    let verb = w[..dash].strip_suffix("-t").unwrap_or(&w[..dash]);
    (!verb.is_empty()).then_some((verb, dash + 1, pron))
}

/// One distinct person or organisation of the document.
#[derive(Debug)]
struct Ent<'a> {
    canonical: &'a str,
    label: Label,
    gender: Option<Gender>,
    count: usize,
    first: usize,
}

/// A verb group: token indices of its first word and of its verb, and
/// one past its last word; the pronoun written into it (`a-t-il`).
#[derive(Clone, Debug)]
struct Group {
    start: usize,
    end: usize,
    pron: Option<Range<usize>>,
    /// A present participle (`estimant`): its subject is the sentence's.
    gerund: bool,
}

/// What a stage run knows of the document.
struct Ctx<'a> {
    m: &'a Mentions<'a>,
    text: &'a str,
    ents: Vec<Ent<'a>>,
    /// For each kept mention, its entry in `ents` (`u32::MAX`: none).
    of_mention: Vec<u32>,
    /// The organisations counted so far ([`Ctx::org_before`]).
    orgs: std::cell::RefCell<OrgCount>,
    /// The same for people.
    per_best: Vec<(usize, usize)>,
    /// The marked spans, in order.
    marked: Vec<Marked>,
}

const NONE: u32 = u32::MAX;

/// The organisation mentions counted up to a byte, in order.
#[derive(Debug, Default)]
struct OrgCount {
    /// The next kept mention to count.
    next: usize,
    /// For each entry of [`Ctx::ents`]: introduced by a company noun, and
    /// how many mentions so far.
    running: Vec<(bool, usize)>,
    /// The most mentioned organisation so far.
    top: Option<usize>,
    /// First byte of each organisation mention counted and the most
    /// mentioned organisation up to it.
    best: Vec<(usize, usize)>,
    /// Tokens of the words before a mention.
    buf: Vec<Tok>,
}

impl<'a> Ctx<'a> {
    fn new(m: &'a Mentions<'a>) -> Ctx<'a> {
        let text = m.text;
        let mut ents: Vec<Ent<'a>> = Vec::new();
        // Sized once for every mention: no rehash of the names met at
        // each doubling.
        let mut index: FastMap<&'a str, u32> =
            FastMap::with_capacity_and_hasher(
                m.kept.len(),
                Default::default(),
            );
        let mut of_mention = Vec::with_capacity(m.kept.len());
        let mut buf = Vec::new();
        for c in m.kept {
            let Found::Entity(v) = &c.found else {
                of_mention.push(NONE);
                continue;
            };
            if !matches!(v.label, Label::Per | Label::Org) {
                of_mention.push(NONE);
                continue;
            }
            // Most mentions name an entity met before: a look-up, with
            // no entry set up for an insertion.
            let e = match index.get(&*v.canonical) {
                Some(&e) => e,
                None => {
                    ents.push(Ent {
                        canonical: &v.canonical,
                        label: v.label,
                        gender: None,
                        count: 0,
                        first: c.start,
                    });
                    let e = ents.len() as u32 - 1;
                    index.insert(&*v.canonical, e);
                    e
                }
            };
            let ent = &mut ents[e as usize];
            ent.count += 1;
            // The first mentions carry the title or the role, if any.
            if ent.label == Label::Per
                && ent.gender.is_none()
                && ent.count <= 3
            {
                ent.gender = mention_gender(text, c.start, &mut buf)
                    .or_else(|| {
                        let first = ent.canonical.split(' ').next()?;
                        crate::extract::entities::given_name_gender(first)
                    })
                    .or_else(|| apposition_gender(text, c.end));
            }
            of_mention.push(e);
        }
        let best = |label: Label| {
            let mut out: Vec<(usize, usize)> = Vec::new();
            let mut order: Vec<usize> = (0..ents.len())
                .filter(|&i| {
                    ents[i].label == label && !byline(text, ents[i].first)
                })
                .collect();
            order.sort_by_key(|&i| ents[i].first);
            let mut top: Option<usize> = None;
            for i in order {
                if top.is_none_or(|t| ents[i].count > ents[t].count) {
                    top = Some(i);
                }
                out.push((ents[i].first, top.unwrap_or(i)));
            }
            out
        };
        let per_best = best(Label::Per);
        Ctx {
            m,
            text,
            ents,
            of_mention,
            orgs: Default::default(),
            per_best,
            marked: marks::scan(text),
        }
    }

    /// The organisation that opens the sentence of byte `at`, before it
    /// (`Bpifrance accorde un prêt ..., a précisé la banque publique`):
    /// the subject a company noun after it stands for.
    fn org_opening(&self, at: usize) -> Option<usize> {
        let sent = self.m.sentences.get(self.m.sentence_of(at))?;
        let i = self.m.first_from(sent.start);
        let c = self.m.kept.get(i).filter(|c| c.start < at)?;
        let lead = self.text.get(sent.start..c.start)?.trim();
        let e = self.of_mention[i];
        // `Le conseil d'administration de Nordik juge l'offre supérieure,
        // a annoncé la société`: the company whose board opens the
        // sentence.
        let board = || {
            let Some(head) = lead
                .strip_suffix(" de")
                .or_else(|| lead.strip_suffix(" d'"))
                .or_else(|| lead.strip_suffix(" d\u{2019}"))
            else {
                return false;
            };
            // Compared with no string made: a curly apostrophe reads as
            // a straight one.
            let straight = || {
                head.chars().map(|c| if c == '\u{2019}' { '\'' } else { c })
            };
            [
                "Le conseil d'administration",
                "Le conseil de surveillance",
                "Le directoire",
                "La direction",
            ]
            .iter()
            .any(|p| straight().eq(p.chars()))
        };
        ((lead.len() <= 4 || board()) && e != NONE && !self.in_marks(c.start))
            .then_some(e as usize)
            .filter(|&e| self.ents[e].label == Label::Org)
    }

    /// The organisation a company noun at byte `at` stands for: the one
    /// named most ([`Ctx::org_before`]), unless the paragraph of `at`
    /// does not name it and talks of another ([`Ctx::org_in_paragraph`]):
    /// an article that goes from one company to the next, a paragraph
    /// each.
    fn org_of_paragraph(&self, at: usize) -> Option<usize> {
        let best = self.org_before(at);
        let para = self.paragraph_start(at);
        if para == 0 {
            return best;
        }
        if let Some(e) = self.org_opening_paragraph(para, at) {
            return Some(e);
        }
        if let Some(b) = best {
            let mut i = self.m.first_from(para);
            while let Some(c) = self.m.kept.get(i).filter(|c| c.start < at) {
                if self.of_mention[i] as usize == b && !self.in_marks(c.start)
                {
                    return best;
                }
                i += 1;
            }
        }
        self.org_in_paragraph(para, at).or(best)
    }

    /// The start of the paragraph holding byte `at`, at most
    /// [`BACK_BYTES`] before it: a text of one paragraph is not read back
    /// to its start for each quote.
    fn paragraph_start(&self, at: usize) -> usize {
        let lo = floor(self.text, at.saturating_sub(BACK_BYTES));
        memchr::memrchr(b'\n', &self.text.as_bytes()[lo..at])
            .map_or(lo, |p| lo + p + 1)
    }

    /// The organisation a paragraph opens with as its topic, before byte
    /// `at`: `Côté Quantalys, le prix fait grincer des dents`, `Chez
    /// Valmorel, ...`, `Du côté de X, ...`.
    fn org_opening_paragraph(&self, para: usize, at: usize) -> Option<usize> {
        let head = &self.text[para..at];
        let rest = ["Côté ", "Chez ", "Du côté de ", "Du côté d'"]
            .iter()
            .find_map(|p| head.strip_prefix(p))?;
        let start = at - rest.len();
        let i = self.m.first_from(start);
        let c = self.m.kept.get(i).filter(|c| c.start == start)?;
        let e = self.of_mention[i];
        (e != NONE
            && self.ents[e as usize].label == Label::Org
            && self.text[c.end..].starts_with(','))
        .then_some(e as usize)
    }

    /// `Selon le courtier` after `X, analyste chez Oddo BHF`: a broker's
    /// or an adviser's noun stands for the firm an analyst was just said
    /// to work at (`chez X`), in this sentence or the one before.
    fn employer_before(&self, noun: &str, at: usize) -> Option<usize> {
        if !["courtier", "banque"].iter().any(|n| is(noun, n)) {
            return None;
        }
        self.org_back(at, 1, |r, c, _| r.text[..c.start].ends_with("chez "))
    }

    /// `a précisé la banque` after `Banque Rochaix`: a company's noun
    /// stands for the last organisation whose name it opens, in its
    /// sentence or the eight before, rather than for the last one named
    /// (`Kestra`, its fintech).
    fn named_by_noun(&self, noun: &str, at: usize) -> Option<usize> {
        // The name's first word and the noun, compared case-blind with no
        // string made for either.
        let opens = |e: usize| {
            self.ents[e].canonical.split_once(' ').is_some_and(|(first, _)| {
                first.len() == noun.len()
                    && first
                        .chars()
                        .flat_map(char::to_lowercase)
                        .eq(noun.chars().flat_map(char::to_lowercase))
            })
        };
        // Of several (`la Banque cantonale vaudoise` beside `Banque
        // Rochaix`), the one named most there; of two named as often, the
        // last.
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for (_, e) in self.orgs_back(at, 8) {
            if !opens(e) {
                continue;
            }
            match counts.iter().position(|(k, _)| *k == e) {
                Some(p) => counts[p].1 += 1,
                None if counts.len() < 8 => counts.push((e, 1)),
                None => {}
            }
        }
        // `max_by_key` keeps the last of equals: walk them first to last.
        counts.iter().rev().max_by_key(|(_, n)| *n).map(|(e, _)| *e)
    }

    /// `Selon la CGT, ... Le syndicat estime`: a union's noun stands
    /// for the last union ([`tables::UNIONS`]) named in this sentence or
    /// the two before, not for the company the text is about.
    fn union_before(&self, noun: &str, at: usize) -> Option<usize> {
        if !["syndicat", "centrale", "intersyndicale"]
            .iter()
            .any(|n| is(noun, n))
        {
            return None;
        }
        self.org_back(at, 2, |r, c, ent| {
            !r.in_marks(c.start)
                && (tables::UNIONS.contains(key(ent.canonical).as_ref())
                    || tables::UNIONS
                        .contains(key(&r.text[c.start..c.end]).as_ref()))
        })
    }

    /// `la jeune pousse a précisé` after `La start-up lyonnaise
    /// Thermelia`: a young company's noun stands for the last company the
    /// text introduced with one, in its sentence or the six before, not
    /// for the funds and schools named since.
    fn young_before(&self, noun: &str, at: usize) -> Option<usize> {
        if !YOUNG_NOUNS.iter().any(|n| is(noun, n)) {
            return None;
        }
        self.org_back(at, 6, |r, c, _| {
            let lo = floor(r.text, c.start.saturating_sub(32));
            let before = &r.text[lo..c.start];
            !r.in_marks(c.start)
                && YOUNG_NOUNS.iter().any(|n| before.contains(n))
        })
    }

    /// `a annoncé lundi le club` after `Le FC Metz change de mains`: the
    /// club's noun stands for the last club named in its sentence or the
    /// six before (a name with a club's acronym, `FC`, `AS`, `OGC`, or
    /// right after `club`), not for its buyer's company.
    fn club_before(&self, noun: &str, at: usize) -> Option<usize> {
        if !is(noun, "club") {
            return None;
        }
        self.org_back(at, 6, |r, c, _| {
            let lo = floor(r.text, c.start.saturating_sub(32));
            let before = r.text[lo..c.start].trim_end();
            // `après la défaite contre l'AS Valrhône, a indiqué le club`:
            // an opponent does not speak for the club.
            let opponent = [
                "contre",
                "contre l'",
                "contre l’",
                "contre le",
                "contre la",
                "face à",
                "face au",
            ]
            .iter()
            .any(|p| before.ends_with(p));
            !r.in_marks(c.start)
                && !opponent
                && (before.ends_with("club")
                    || r.text[c.start..c.end]
                        .split(' ')
                        .any(crate::extract::entities::club_acronym))
        })
    }

    /// The last organisation named before byte `at`, in its sentence or
    /// the `back` sentences before, whose mention `ok` accepts.
    fn org_back(
        &self,
        at: usize,
        back: usize,
        ok: impl Fn(&Self, &Candidate, &Ent<'_>) -> bool,
    ) -> Option<usize> {
        self.orgs_back(at, back).find_map(|(i, e)| {
            ok(self, &self.m.kept[i], &self.ents[e]).then_some(e)
        })
    }

    /// The mentions of organisations before byte `at`, in its sentence
    /// and the `back` sentences before, nearest first: `(mention, entity)`.
    fn orgs_back(
        &self,
        at: usize,
        back: usize,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        let s = self.m.sentence_of(at);
        let lo = self
            .m
            .sentences
            .get(s.saturating_sub(back))
            .map_or(usize::MAX, |r| r.start);
        (0..self.m.first_from(at))
            .rev()
            .take_while(move |&i| self.m.kept[i].start >= lo)
            .filter_map(move |i| {
                let e = self.of_mention[i];
                (e != NONE && self.ents[e as usize].label == Label::Org)
                    .then_some((i, e as usize))
            })
    }

    /// The organisation whose mention starts at byte `at`.
    fn org_named_at(&self, at: usize) -> Option<usize> {
        let k = self.entity_at(at)?;
        let e = self.of_mention[k] as usize;
        (self.ents[e].label == Label::Org).then_some(e)
    }

    /// The organisation named right after byte `end`, where a noun ends,
    /// past at most three lower-case words (`le groupe Valmont`,
    /// `l'agence de notation S&P Global Ratings`, `la banque publique
    /// Bpifrance`).
    fn org_named_after(&self, end: usize) -> Option<usize> {
        let i = self.m.first_from(end);
        let c = self.m.kept.get(i)?;
        let between = self.text.get(end..c.start)?;
        let words = between.split_whitespace();
        let lower = between.len() <= 40
            && words.clone().count() <= 3
            && words.clone().all(|w| {
                w.chars()
                    .all(|ch| ch.is_lowercase() || ch == '\'' || ch == '’')
            });
        (lower && !between.is_empty()).then(|| self.org_named_at(c.start))?
    }

    /// Where the words of `span` (`le groupe`) first stand earlier in its
    /// paragraph, as whole words, whatever the case of their first
    /// letter.
    fn same_noun_before(&self, span: Range<usize>) -> Option<usize> {
        let text = self.text;
        let phrase = &text[span.clone()];
        let para = self.paragraph_start(span.start);
        let (first, rest) = phrase.split_at(phrase.chars().next()?.len_utf8());
        let bytes = text.as_bytes();
        let mut i = para;
        // A byte search: the phrase is looked for from the paragraph's
        // start on, for each noun the quotes name.
        while let Some(k) =
            memchr::memmem::find(&bytes[i..span.start], rest.as_bytes())
        {
            let at = i + k;
            i = at + rest.len();
            let Some(start) = at.checked_sub(first.len()) else { continue };
            let whole = text
                .get(start..at)
                .is_some_and(|f| f.eq_ignore_ascii_case(first))
                && (start == 0 || !bytes[start - 1].is_ascii_alphanumeric())
                && bytes.get(i).is_none_or(|b| !b.is_ascii_alphanumeric());
            if whole {
                return Some(start);
            }
        }
        None
    }

    /// The organisation the paragraph starting at byte `para` talks of
    /// last before byte `at`: going back sentence by sentence from `at`
    /// to the paragraph's start, the
    /// first organisation of the sentence outside quotation marks that
    /// is neither the agency of a dateline nor a medium the speaker talks
    /// to (`contactée par l'AFP`, `a assuré à l'AFP`). `Le groupe` after
    /// `Dans un communiqué, Airbus « regrette » ...` stands for Airbus
    /// even where another company is named more in the document.
    fn org_in_paragraph(&self, para: usize, at: usize) -> Option<usize> {
        let text = self.text;
        let mut s = self.m.sentence_of(at);
        loop {
            let sent = self.m.sentences.get(s)?;
            let lo = sent.start.max(para);
            let hi = sent.end.min(at);
            let mut i = self.m.first_from(lo);
            while let Some(c) = self.m.kept.get(i).filter(|c| c.start < hi) {
                let e = self.of_mention[i];
                i += 1;
                if e == NONE || self.in_marks(c.start) {
                    continue;
                }
                // A sentence a person opens talks of that person (`...,
                // dénonce X, délégué syndical FO`).
                if self.ents[e as usize].label == Label::Per {
                    break;
                }
                if self.ents[e as usize].label != Label::Org {
                    continue;
                }
                let before = text[lo..c.start].trim_end();
                let before = before
                    .strip_suffix("l'")
                    .or_else(|| before.strip_suffix("l’"))
                    .unwrap_or(before)
                    .trim_end();
                let word = before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                // A subsidiary is not the group (`La filiale espagnole X
                // a creusé sa perte. Le groupe ...`).
                let subsidiary = text[lo..c.start].contains("filiale");
                if before.ends_with('(')
                    || subsidiary
                    || matches!(word, "par" | "à" | "au" | "aux")
                {
                    continue;
                }
                return Some(e as usize);
            }
            if sent.start <= para || s == 0 {
                return None;
            }
            s -= 1;
        }
    }

    /// The organisation named most up to byte `at`: organisations
    /// counted up to each mention, the agency of a dateline (`PARIS, 14
    /// mars (AFP) -`) left out, and those a company noun introduces (`le
    /// groupe laitier Lactalis`) first. The mentions are counted only up
    /// to the furthest byte asked, as most documents ask about none.
    fn org_before(&self, at: usize) -> Option<usize> {
        let (m, text, ents) = (self.m, self.text, &self.ents);
        let mut r = self.orgs.borrow_mut();
        let r = &mut *r;
        if r.running.is_empty() {
            r.running = vec![(false, 0); ents.len()];
        }
        let first_end = m.sentences.first().map_or(0, |s| s.end);
        while let Some(c) = m.kept.get(r.next).filter(|c| c.start < at) {
            let k = r.next;
            r.next += 1;
            let e = self.of_mention[k];
            if e == NONE || ents[e as usize].label != Label::Org {
                continue;
            }
            let e = e as usize;
            let dateline = c.start < first_end
                && text[..c.start].ends_with('(')
                && text[c.end..].starts_with(')');
            if dateline {
                continue;
            }
            // Once introduced, always: the words before are read only
            // until then.
            let lo = floor(text, c.start.saturating_sub(60));
            if !r.running[e].0 && ends_with_word(&text[lo..c.start]) {
                tail_tokens(text, lo..c.start, 5, &mut r.buf);
                let n = r.buf.len();
                r.running[e].0 = r.buf[n.saturating_sub(5)..]
                    .iter()
                    .rev()
                    .take_while(|t| t.word)
                    .any(|t| {
                        let w = key(&text[t.s..t.e]);
                        // Not a party to the deal the company makes (`auprès
                        // du fonds Eurazeo`, `la banque conseil`): a company
                        // noun does not stand for it.
                        !tables::COUNTERPARTY_NOUNS.contains(w.as_ref())
                            && tables::role(&w)
                                .is_some_and(|r| r.1 == Label::Org)
                    });
            }
            r.running[e].1 += 1;
            if r.top.is_none_or(|t| r.running[e] > r.running[t]) {
                r.top = Some(e);
            }
            r.best.push((c.start, r.top.unwrap_or(e)));
        }
        let i = r.best.partition_point(|&(f, _)| f < at);
        i.checked_sub(1).map(|i| r.best[i].1)
    }

    fn word(&self, t: Tok) -> &'a str {
        &self.text[t.s..t.e]
    }

    /// The kept person or organisation mention starting at byte `at`.
    fn entity_at(&self, at: usize) -> Option<usize> {
        let i = self.m.first_from(at);
        (self.m.kept.get(i)?.start == at && self.of_mention[i] != NONE)
            .then_some(i)
    }

    /// The token after the name that token `a` opens, or that a
    /// determiner at `a` introduces, and after the acronym bracketed
    /// after it (`la Banque centrale des États de l'Afrique de l'Ouest
    /// (BCEAO)`): a source's long name counts as one word. `a` when no
    /// name opens there.
    fn past_name(&self, toks: &[Tok], a: usize) -> usize {
        let n = toks.len();
        let at =
            |k: usize| (k < n).then(|| self.entity_at(toks[k].s)).flatten();
        let Some(k) = at(a).or_else(|| {
            toks.get(a)
                .is_some_and(|t| {
                    DETERMINERS.contains(key(self.word(*t)).as_ref())
                })
                .then(|| at(a + 1))
                .flatten()
        }) else {
            return a;
        };
        let end = self.m.kept[k].end;
        let mut j = toks.partition_point(|t| t.s < end);
        if j + 2 < n
            && self.word(toks[j]) == "("
            && self.word(toks[j + 2]) == ")"
        {
            j += 3;
        }
        j
    }

    /// The end of the place mention starting at byte `at`.
    fn place_at(&self, at: usize) -> Option<usize> {
        let i = self.m.first_from(at);
        let c = self.m.kept.get(i)?;
        match &c.found {
            Found::Entity(v) if c.start == at && v.label == Label::Loc => {
                Some(c.end)
            }
            _ => None,
        }
    }

    /// Whether a date mention starts at byte `at`.
    fn date_at(&self, at: usize) -> bool {
        let i = self.m.first_from(at);
        self.m.kept.get(i).is_some_and(|c| {
            c.start == at && matches!(c.found, Found::Date(_))
        })
    }

    /// Whether the mark `t` opens or closes a marked term of three words
    /// at most.
    fn term_mark(&self, t: Tok) -> bool {
        let i = self.marked.partition_point(|q| q.open <= t.s);
        let Some(q) = i.checked_sub(1).map(|i| &self.marked[i]) else {
            return false;
        };
        (q.open == t.s || q.close == t.e)
            && !q.dash
            && q.inner.len() <= 40
            && self.text.as_bytes()[q.inner.clone()]
                .iter()
                .filter(|&&b| b == b' ')
                .count()
                <= 2
    }

    /// Whether byte `at` lies inside a marked span.
    fn in_marks(&self, at: usize) -> bool {
        let i = self.marked.partition_point(|q| q.open <= at);
        i > 0 && at < self.marked[i - 1].close
    }

    /// The first marked span opening in `r`.
    fn marks_in(&self, r: Range<usize>) -> bool {
        let i = self.marked.partition_point(|q| q.open < r.start);
        self.marked.get(i).is_some_and(|q| q.open < r.end)
    }

    fn ent_speaker(&self, k: usize, gender: Option<Gender>) -> SpeakerFound {
        let c = &self.m.kept[k];
        let e = &self.ents[self.of_mention[k] as usize];
        SpeakerFound {
            span: c.start..c.end,
            canonical: Some(e.canonical.to_string()),
            label: Some(e.label),
            gender: e.gender.or(gender).filter(|_| e.label == Label::Per),
        }
    }

    fn resolved(
        &self,
        span: Range<usize>,
        e: Option<usize>,
        gender: Option<Gender>,
    ) -> SpeakerFound {
        let e = e.map(|e| &self.ents[e]);
        SpeakerFound {
            span,
            canonical: e.map(|e| e.canonical.to_string()),
            label: e.map(|e| e.label),
            // `a-t-il annoncé` for a company: a pronoun's gender is a
            // person's only.
            gender: gender
                .or(e.and_then(|e| e.gender))
                .filter(|_| e.is_none_or(|e| e.label == Label::Per)),
        }
    }

    /// The person a pronoun or a role noun at byte `at` stands for: the
    /// first compatible person of the nearest sentence naming one, within
    /// a few sentences; none when another compatible person opens that
    /// sentence before it.
    fn person_before(
        &self,
        at: usize,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let sent = self.m.sentence_of(at);
        let mut i = self.m.first_from(at);
        let mut found: Option<(usize, usize)> = None;
        let mut others = 0;
        let mut steps = 0;
        // The sentence of each mention, walked back with the mentions
        // ([`Mentions::sentence_of`] without a search per mention).
        let mut s = sent;
        while i > 0 && steps < BACK_MENTIONS {
            i -= 1;
            steps += 1;
            let c = &self.m.kept[i];
            while s > 0
                && self.m.sentences.get(s).is_some_and(|r| r.start > c.start)
            {
                s -= 1;
            }
            if s + BACK_SENTENCES < sent || found.is_some_and(|(fs, _)| s < fs)
            {
                break;
            }
            let e = self.of_mention[i];
            if e == NONE || self.in_marks(c.start) {
                continue;
            }
            let ent = &self.ents[e as usize];
            if ent.label != Label::Per || byline(self.text, c.start) {
                continue;
            }
            let fits = gender_fits(gender, ent.gender);
            if fits {
                if found.is_some_and(|(_, f)| f != e as usize) {
                    others += 1;
                }
                found = Some((s, e as usize));
            }
        }
        // Several people of the same gender in one sentence: the one named
        // first (the subject, most often) unless it is not the only one
        // and the gender did not tell them apart.
        let (_, e) = found?;
        (others == 0 || gender.is_some() || self.ents[e].gender.is_some())
            .then_some(e)
    }

    /// `ce dernier`, `cette dernière` at token `i`: the last person of
    /// its gender named before, within a few sentences.
    fn latter_at(&self, toks: &[Tok], i: usize) -> Option<SpeakerFound> {
        let (t, n) = (toks[i], *toks.get(i + 1)?);
        let gender = match () {
            _ if is(self.word(t), "ce") && is(self.word(n), "dernier") => {
                Gender::Male
            }
            _ if is(self.word(t), "cette") && is(self.word(n), "dernière") => {
                Gender::Female
            }
            _ => return None,
        };
        // Where the sentences looked at start, found once.
        let sent = self.m.sentence_of(t.s);
        let lo = self
            .m
            .sentences
            .get(sent.saturating_sub(BACK_SENTENCES))
            .map_or(0, |r| r.start);
        let mut i = self.m.first_from(t.s);
        let mut steps = 0;
        let mut e = None;
        while i > 0 && steps < BACK_MENTIONS {
            i -= 1;
            steps += 1;
            let c = &self.m.kept[i];
            if c.start < lo {
                break;
            }
            let k = self.of_mention[i];
            if k == NONE
                || self.in_marks(c.start)
                || byline(self.text, c.start)
            {
                continue;
            }
            let ent = &self.ents[k as usize];
            if ent.label == Label::Per && gender_fits(Some(gender), ent.gender)
            {
                e = Some(k as usize);
                break;
            }
        }
        Some(self.resolved(t.s..n.e, e, Some(gender)))
    }

    /// The person named most up to byte `at`.
    /// The person of the last mention in the sentence right before byte
    /// `at` (where an interview's lines start), outside marks.
    /// `X a été nommée présidente. ... Elle a accepté de répondre à nos
    /// questions.`: a sentence opened by a subject pronoun stands for the
    /// last person of its gender in the two sentences before.
    fn person_introducing(&self, at: usize) -> Option<usize> {
        let s = self.m.sentence_of(at.saturating_sub(1));
        let sentence = self.m.sentences.get(s)?;
        let head = &self.text[sentence.start..sentence.end];
        let pronoun = match () {
            _ if head.starts_with("Elle ") => Some(Gender::Female),
            _ if head.starts_with("Il ") => Some(Gender::Male),
            _ => None,
        };
        let from = match pronoun {
            Some(_) => self.m.sentences[s.saturating_sub(2)]
                .start
                .max(at.saturating_sub(800)),
            None => sentence.start.max(at.saturating_sub(400)),
        };
        let mut i = self.m.first_from(at);
        while i > 0 {
            i -= 1;
            let c = &self.m.kept[i];
            if c.start < from {
                break;
            }
            let e = self.of_mention[i];
            if e != NONE
                && !self.in_marks(c.start)
                && self.ents[e as usize].label == Label::Per
                && gender_fits(pronoun, self.ents[e as usize].gender)
            {
                return Some(e as usize);
            }
        }
        None
    }

    fn person_most(&self, at: usize) -> Option<usize> {
        let i = self.per_best.partition_point(|&(f, _)| f < at);
        i.checked_sub(1).map(|i| self.per_best[i].1)
    }

    fn pronoun_speaker(&self, span: Range<usize>) -> Option<SpeakerFound> {
        let (gender, plural) = pronoun(&self.text[span.clone()])?;
        let e = match plural {
            true => None,
            false => self
                .org_subject(span.start)
                .or_else(|| self.org_noun_subject(span.start, gender))
                .or_else(|| self.org_source_before(span.start, gender))
                .or_else(|| self.person_before(span.start, gender))
                // None near (a quote of two paragraphs before `a-t-elle
                // ajouté`): the person the text names most, when the
                // pronoun's gender is theirs.
                .or_else(|| {
                    self.person_most(span.start).filter(|&e| {
                        gender.is_some() && self.ents[e].gender == gender
                    })
                })
                // `X met la main sur Y. Elle a annoncé avoir signé`: no
                // person before, a pronoun opening its sentence stands
                // for the organisation the sentence before was about.
                .or_else(|| self.org_subject_before(span.start)),
        };
        Some(self.resolved(span, e, gender))
    }

    /// `..., a annoncé la banque dans un communiqué. <clause>, a-t-elle
    /// précisé.`: the sentence before closes on a cue naming an
    /// organisation by its noun, of the pronoun's gender; the pronoun
    /// goes on quoting that organisation.
    fn org_source_before(
        &self,
        at: usize,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let g = gender?;
        let si = self.m.sentence_of(at);
        let prev = self.m.sentences.get(si.checked_sub(1)?)?.clone();
        let text = self.text.get(prev.clone())?;
        let comma = text.rfind(", ")?;
        let mut words =
            text[comma + 2..].split([' ', '\u{a0}']).filter(|w| !w.is_empty());
        let (aux, verb, det, noun) =
            (words.next()?, words.next()?, words.next()?, words.next()?);
        if !is(aux, "a") || !verb.ends_with('é') || det_gender(det) != Some(g)
        {
            return None;
        }
        let noun = noun.trim_end_matches(['.', ',', ';']);
        let role = tables::role(&key(noun))?;
        if role.1 != Label::Org || role.2 {
            return None;
        }
        let at_noun = prev.start + comma + 2;
        self.org_of_paragraph(at_noun)
    }

    /// The organisation subject of the sentence before the one a pronoun
    /// at byte `at` opens ([`Ctx::org_subject`]), alone or after `Selon`
    /// (`La société X a publié ses comptes. Selon elle, ...`).
    fn org_subject_before(&self, at: usize) -> Option<usize> {
        let si = self.m.sentence_of(at);
        let sent = self.m.sentences.get(si)?;
        let head = self.text.get(sent.start..at)?.trim();
        if !(head.is_empty()
            || ["Selon", "D'après", "D\u{2019}après"].contains(&head))
        {
            return None;
        }
        let prev = self.m.sentences.get(si.checked_sub(1)?)?;
        self.org_subject(prev.end.saturating_sub(1))
    }

    /// `Le groupe de Rotterdam lance une OPA ..., a-t-il annoncé`: a
    /// sentence opened by a company's noun after a definite article, the
    /// organisation that noun stands for ([`Ctx::org_of_paragraph`]).
    fn org_noun_subject(
        &self,
        at: usize,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let sent = self.m.sentences.get(self.m.sentence_of(at))?;
        let head = self.text.get(sent.start..at)?.trim_start();
        // `Pour l'ensemble de l'exercice, le groupe vise ..., a-t-il
        // indiqué`: past a phrase fronted before the subject, up to the
        // first comma, an article of the pronoun's gender (`Pour le
        // ministre, la société doit payer, a-t-il estimé` is the
        // minister's).
        let rest = ["Le ", "La ", "L'", "L\u{2019}"]
            .iter()
            .find_map(|d| head.strip_prefix(d))
            .or_else(|| {
                let (fronted, after) = head.split_once(", ")?;
                // Not past a person (`Pour Jean Dupont, le groupe doit
                // ..., a-t-il estimé`: the person's view).
                // `head` ends at the pronoun.
                let from = at - head.len();
                let r = self.m.within(from..from + fronted.len());
                if (r.start..r.end)
                    .any(|i| matches!(self.m.entity(i), Some((Label::Per, _))))
                {
                    return None;
                }
                ["le ", "la ", "l'", "l\u{2019}"]
                    .iter()
                    .filter(|d| gender_fits(gender, det_gender(d.trim_end())))
                    .find_map(|d| after.strip_prefix(d))
            })?;
        let noun = rest.split([' ', ',']).next()?;
        let role = tables::role(&key(noun))?;
        if role.1 != Label::Org || role.2 {
            return None;
        }
        self.org_of_paragraph(sent.start)
    }

    /// The organisation that is the subject of the sentence a pronoun at
    /// byte `at` closes (`Le groupe Crédit Sévenol a dégagé ..., a-t-il
    /// annoncé`): the sentence's first name outside quotation marks, an
    /// organisation no preposition governs, with no person named between
    /// it and the pronoun.
    fn org_subject(&self, at: usize) -> Option<usize> {
        let sent = self.m.sentences.get(self.m.sentence_of(at))?;
        let mut i = self.m.first_from(sent.start);
        let mut first: Option<usize> = None;
        while let Some(c) = self.m.kept.get(i).filter(|c| c.start < at) {
            i += 1;
            let e = self.of_mention[i - 1];
            if e == NONE || self.in_marks(c.start) {
                continue;
            }
            let label = self.ents[e as usize].label;
            // The agency of a dateline (`PARIS, 5 mars (AFP) -`).
            let source = self.text[..c.start].trim_end().ends_with('(');
            match first {
                None if label == Label::Org && !source => first = Some(i - 1),
                None if label == Label::Per => return None,
                None => {}
                Some(_) if label == Label::Per => return None,
                Some(_) => {}
            }
        }
        let k = first?;
        let before = &self.text[sent.start..self.m.kept[k].start];
        // The words after the dateline, if the sentence opens with one.
        let before = [") -", ") –", ") —"]
            .iter()
            .filter_map(|d| before.rfind(d).map(|p| &before[p + d.len()..]))
            .min_by_key(|b| b.len())
            .unwrap_or(before)
            .trim_end();
        // `examiné par la cour d'appel de Paris`: past the article.
        let mut words = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty());
        let last = words.next();
        let last = match last {
            Some(w)
                if ["le", "la", "les", "l'", "un", "une"]
                    .iter()
                    .any(|d| is(w, d)) =>
            {
                words.next()
            }
            w => w,
        };
        // `Cette opération est la plus importante depuis le rachat du
        // néerlandais Vaxflow, ..., a-t-il rappelé`: a name deep in the
        // sentence is no subject; a subject's noun phrase before it is
        // short (`Le groupe`, `Le géant pharmaceutique suisse`, `Le
        // groupe de matériaux de construction`: four words past `de`).
        let deep = before
            .split_whitespace()
            .filter(|w| {
                !["de", "du", "des", "d'", "d’"].iter().any(|p| is(w, p))
            })
            .count()
            > 4;
        let governed = deep
            || before.contains([',', '«', '"', '“'])
            || last.is_some_and(|w| {
                [
                    "de", "du", "des", "d'", "à", "au", "aux", "selon",
                    "pour", "chez", "par", "avec", "sur", "contre", "après",
                ]
                .iter()
                .any(|p| is(w, p))
            });
        (!governed).then(|| self.of_mention[k] as usize)
    }

    /// The speech verb form at token `i`, with its tags, and how many
    /// tokens it takes.
    fn verb(&self, toks: &[Tok], i: usize) -> Option<(u8, usize)> {
        let t = *toks.get(i)?;
        // Most words fail the bit filter, read on the bytes.
        if !t.word
            || !tables::TRIGGER_WORDS
                .may_contain_bytes(&self.text.as_bytes()[t.s..t.e])
        {
            return None;
        }
        let w = self.word(t);
        if is_capitalised(w) {
            return None;
        }
        let &tag = VERBS.get(w)?;
        // `l'offre ne reprenait que neuf salariés`: `ne ... que` right
        // around the verb restricts; it reports nothing.
        if i > 0
            && ["ne", "n'", "n’"].iter().any(|n| is(self.word(toks[i - 1]), n))
            && toks.get(i + 1).is_some_and(|n| {
                ["que", "qu'", "qu’"].iter().any(|q| is(self.word(*n), q))
            })
        {
            return None;
        }
        if tag != HEAD {
            return Some((tag, 1));
        }
        // The first word of a two-word form (`fait valoir`).
        let n = toks.get(i + 1).filter(|n| n.word)?;
        let second = self.word(*n);
        tables::PAIRS
            .get(w)?
            .iter()
            .find(|(s, _)| *s == second)
            .map(|&(_, tag)| (tag, 2))
    }

    /// How many tokens an adverb or set phrase at `i` takes.
    fn adverb(&self, toks: &[Tok], i: usize) -> usize {
        // Most words open no phrase: one look-up of the word tells them,
        // and the lengths of the phrases it may open.
        let Some(lengths) = toks
            .get(i)
            .filter(|t| t.word)
            .and_then(|t| tables::ADVERB_HEADS.get(self.word(*t)))
        else {
            return 0;
        };
        for n in [3, 2, 1] {
            if lengths & (1 << n) == 0 {
                continue;
            }
            let Some(ts) = toks.get(i..i + n) else { continue };
            if !ts.iter().all(|t| t.word) {
                continue;
            }
            let phrase = &self.text[ts[0].s..ts[n - 1].e];
            if ADVERBS.holds(phrase) {
                return n;
            }
        }
        0
    }

    fn is_aux(&self, t: Tok) -> bool {
        t.word && AUXILIARIES.holds(self.word(t))
    }

    /// The verb group whose lexical verb is at token `i`: its auxiliary
    /// (adverbs between allowed) for a participle, `se` for a reflexive.
    /// Asked at most tokens, which fail the bit filter of [`Ctx::verb`]
    /// here, without a call.
    #[inline]
    fn group_at(&self, toks: &[Tok], i: usize) -> Option<Group> {
        let t = *toks.get(i)?;
        if !t.word
            || !tables::TRIGGER_WORDS
                .may_contain_bytes(&self.text.as_bytes()[t.s..t.e])
        {
            return None;
        }
        self.group_of(toks, i)
    }

    /// [`Ctx::group_at`] for a token that may be a verb.
    #[inline(never)]
    fn group_of(&self, toks: &[Tok], i: usize) -> Option<Group> {
        let (tag, n) = self.verb(toks, i)?;
        let end = i + n;
        let prev = |j: usize| j.checked_sub(1).map(|j| (j, toks[j]));
        // `Il la juge « en deçà »`: an object pronoun after a subject
        // pronoun or `ne`, no article.
        let clitic = prev(i).is_some_and(|(k, p)| {
            ["la", "le", "les", "l'", "l’"].iter().any(|w| is(self.word(p), w))
                && prev(k).is_some_and(|(_, s)| {
                    ["il", "elle", "on", "ils", "elles", "ne", "n'", "n’"]
                        .iter()
                        .any(|w| is(self.word(s), w))
                })
        });
        // An article or a preposition before: a noun (`le juge`, `une
        // note`).
        if let Some((_, p)) = prev(i)
            && p.word
            && !clitic
            && (DETERMINERS.contains(key(self.word(p)).as_ref())
                || ["de", "d'", "à"].iter().any(|w| is(self.word(p), w)))
        {
            return None;
        }
        let mut start = i;
        // The subject pronoun before the object's: the speaker.
        let mut pron = clitic
            .then(|| toks[i - 2])
            .filter(|s| {
                !["ne", "n'", "n’"].iter().any(|w| is(self.word(*s), w))
            })
            .map(|s| s.s..s.e);
        if tag & PARTICIPLE != 0 {
            // Back over adverbs to the auxiliary.
            let mut j = i;
            let mut aux = None;
            for _ in 0..4 {
                let Some((k, t)) = prev(j) else { break };
                if self.is_aux(t) {
                    aux = Some(k);
                    break;
                }
                if let Some((v, off, _)) =
                    t.word.then(|| inverted(self.word(t))).flatten()
                    && AUXILIARIES.holds(v)
                {
                    aux = Some(k);
                    pron = Some(t.s + off..t.e);
                    break;
                }
                // `a pour sa part assuré`: the phrase ends at k; the
                // longest first (`a par ailleurs indiqué`, not `ailleurs`
                // alone).
                let mut found = false;
                for n in [3, 2, 1] {
                    if k + 1 >= n && self.adverb(toks, k + 1 - n) == n {
                        j = k + 1 - n;
                        found = true;
                        break;
                    }
                }
                if !found {
                    break;
                }
            }
            // `a jugé l'offre « ... » et indiqué que`: a participle after
            // `et` shares the auxiliary of the verb before.
            let coordinated = i > 0 && is(self.word(toks[i - 1]), "et");
            match aux {
                Some(a) => start = a,
                None if tag & FINITE != 0 || coordinated => {}
                None => return None,
            }
        } else if tag & (FINITE | GERUND) == 0 {
            return None;
        }
        if let Some((k, t)) = prev(start)
            && (is(self.word(t), "s'") || is(self.word(t), "se"))
        {
            start = k;
        }
        let gerund = tag & (FINITE | PARTICIPLE) == 0;
        Some(Group { start, end, pron, gerund })
    }

    /// A verb group opening at `i` in inverted position (after a comma
    /// or a closing mark): `explique`, `a souligné`, `a-t-il ajouté`,
    /// `ajoute-t-elle`, `s'est félicité`.
    fn group_from(&self, toks: &[Tok], i: usize) -> Option<Group> {
        let t = *toks.get(i)?;
        if !t.word {
            return None;
        }
        let w = self.word(t);
        if let Some((v, off, _)) = inverted(w) {
            let pron = Some(t.s + off..t.e);
            if AUXILIARIES.holds(v) {
                let mut j = i + 1;
                loop {
                    let n = self.adverb(toks, j);
                    if n == 0 {
                        break;
                    }
                    j += n;
                }
                let (tag, n) = self.verb(toks, j)?;
                return (tag & PARTICIPLE != 0).then_some(Group {
                    start: i,
                    end: j + n,
                    pron,
                    gerund: false,
                });
            }
            let &tag = VERBS.get(v)?;
            return (tag & FINITE != 0).then_some(Group {
                start: i,
                end: i + 1,
                pron,
                gerund: false,
            });
        }
        let mut j = i;
        if is(w, "s'") || is(w, "se") {
            j += 1;
        }
        // `lui a demandé`, `nous a confié`, `leur répond`: a pronoun
        // object before the verb.
        if j == i
            && ["lui", "leur", "nous", "vous", "m'", "me"]
                .iter()
                .any(|p| is(w, p))
        {
            j += 1;
        }
        if toks.get(j).is_some_and(|&t| self.is_aux(t)) {
            j += 1;
            loop {
                let n = self.adverb(toks, j);
                if n == 0 {
                    break;
                }
                j += n;
            }
            let (tag, n) = self.verb(toks, j)?;
            return (tag & PARTICIPLE != 0).then_some(Group {
                start: i,
                end: j + n,
                pron: None,
                gerund: false,
            });
        }
        let (tag, n) = self.verb(toks, j)?;
        (tag & FINITE != 0).then_some(Group {
            start: i,
            end: j + n,
            pron: None,
            gerund: false,
        })
    }

    /// A noun phrase opening with the determiner at `a`, read up to
    /// `limit`: the speaker it names (an entity in apposition, a role
    /// resolved, or the phrase itself).
    fn noun_phrase(
        &self,
        toks: &[Tok],
        a: usize,
        limit: usize,
    ) -> Option<SpeakerFound> {
        let det = self.word(toks[a]);
        let mut gender = det_gender(det);
        let mut head: Option<(Option<Gender>, Label, bool)> = None;
        let mut document = false;
        let mut complement: Option<Option<usize>> = None;
        let mut head_word = "";
        let mut last = a;
        let mut j = a + 1;
        let mut words = 0;
        while j < limit && words < 7 {
            let t = toks[j];
            if !t.word {
                // `sa cofondatrice, Laure Mercier`, `son avocate, Me
                // Laurence Viguier`: the name in apposition.
                if let Some(k) = self.apposed_at(toks, j, limit) {
                    return Some(
                        self.ent_speaker(k, head_gender(head, gender)),
                    );
                }
                break;
            }
            let w = self.word(t);
            let after_de = ["de", "du", "des", "d'"]
                .iter()
                .any(|p| is(self.word(toks[j - 1]), p));
            if let Some(k) = self.entity_at(t.s) {
                if !after_de && complement.is_none() {
                    // `l'écologiste Mélanie Vogel`; `le député LFI de
                    // Seine-Saint-Denis Yanis Belkadi`: past a party, the
                    // person a person's role names.
                    // `le maire PS, Youssef Benarbia`: past the party, the
                    // person in apposition.
                    let k = match head {
                        Some((_, Label::Per, _)) => self
                            .person_within(toks, j, limit)
                            .or_else(|| {
                                let end = self.m.kept[k].end;
                                let e = j + toks[j..]
                                    .partition_point(|t| t.s < end);
                                let p = self.apposed_at(toks, e, limit)?;
                                (self.ents[self.of_mention[p] as usize].label
                                    == Label::Per)
                                    .then_some(p)
                            })
                            .unwrap_or(k),
                        _ => k,
                    };
                    return Some(
                        self.ent_speaker(k, head_gender(head, gender)),
                    );
                }
                // `la députée écologiste de l'Isère Chloé Vannier`: past
                // the role's complement, the person it names.
                if let Some((_, Label::Per, _)) = head
                    && complement.is_some()
                    && self.of_mention[k] != NONE
                    && self.ents[self.of_mention[k] as usize].label
                        == Label::Per
                {
                    return Some(
                        self.ent_speaker(k, head_gender(head, gender)),
                    );
                }
                complement = Some(Some(k));
                let end = self.m.kept[k].end;
                while j < limit && toks[j].s < end {
                    last = j;
                    j += 1;
                }
                words += 1;
                continue;
            }
            // `Le syndicat réclame 150 euros ... et affirme`: after the
            // head, a word followed by a number or an article is a verb
            // and its object.
            let verb_object = head.is_some()
                && complement.is_none()
                && !is_capitalised(w)
                && ![
                    "de", "du", "des", "d'", "à", "au", "aux", "en", "pour",
                    "chez", "sur", "et",
                ]
                .iter()
                .any(|p| is(w, p))
                && toks.get(j + 1).is_some_and(|n| {
                    n.word && {
                        let nw = self.word(*n);
                        nw.starts_with(|c: char| c.is_ascii_digit())
                            || [
                                "le", "la", "les", "l'", "un", "une", "son",
                                "sa", "ses", "leur",
                            ]
                            .iter()
                            .any(|p| is(nw, p))
                    }
                });
            // `la ministre des Ressources naturelles et des Forêts`: a
            // second portfolio.
            let portfolio = is(w, "et")
                && complement.is_some()
                && toks.get(j + 1).is_some_and(|n| {
                    ["de", "du", "des", "d'"]
                        .iter()
                        .any(|p| is(self.word(*n), p))
                });
            if portfolio {
                last = j;
                j += 1;
                continue;
            }
            // `a indiqué la société mardi`: the day is no part of it.
            let stop = with_key(w, |k| {
                NP_STOPS.contains(k)
                    || AUXILIARIES.contains(k)
                    || (VERBS.contains_key(k) && words > 0)
            });
            if stop || self.date_at(t.s) || verb_object {
                break;
            }
            // `du tribunal`, `de la métropole`: a complement of its own;
            // `de mêlée`, `de campagne` (no article): part of the role.
            let bare = (is(w, "de") || is(w, "d'"))
                && toks.get(j + 1).is_some_and(|n| {
                    n.word
                        && !DETERMINERS.contains(key(self.word(*n)).as_ref())
                        && self.entity_at(n.s).is_none()
                        && !is_capitalised(self.word(*n))
                });
            if bare {
            } else if ["de", "du", "des", "d'"].iter().any(|p| is(w, p)) {
                complement.get_or_insert(None);
            } else if complement.is_none() && head.is_none() {
                head = tables::role(w);
                head_word = w;
                document |= with_key(w, |k| DOCUMENTS.contains(k));
            }
            last = j;
            words += 1;
            j += 1;
        }
        if last == a {
            return None;
        }
        // `son président et chef de la direction, Mathieu Pelletier`,
        // `l'entraîneur en chef toulousain, Laurent Mazars`: a role read
        // on past the words that stopped it, to a person in apposition.
        if let Some((_, Label::Per, _)) = head
            && let Some(k) = self.apposed_person(toks, j, limit)
        {
            return Some(self.ent_speaker(k, head_gender(head, gender)));
        }
        let span = toks[a].s..toks[last].e;
        gender = head_gender(head, gender);
        let definite = !is_indefinite(det) && !is_possessive(det);
        // `le chef du gouvernement` after `Le Premier ministre, X`; `le
        // magistrat` after `Le procureur, X`: the person given first a
        // title the role stands for.
        let synonym = || {
            let role = &self.text[toks[a + 1].s..span.end];
            let titles = tables::ROLE_SYNONYMS.get(role)?;
            titles.iter().find_map(|t| {
                self.introduced_with_title(t, span.start)
                    .filter(|&e| gender_fits(gender, self.ents[e].gender))
            })
        };
        if definite && let Some(e) = synonym() {
            return Some(self.resolved(span, Some(e), gender));
        }
        let e = match (head, complement) {
            _ if document => match complement {
                Some(Some(k)) => Some(self.of_mention[k] as usize),
                // `L'Autorité de la concurrence a infligé une amende à X.
                // Selon la décision, ...`: the author is the subject of
                // the sentence before.
                _ if definite => self
                    .m
                    .sentence_of(span.start)
                    .checked_sub(1)
                    .and_then(|s| self.m.sentences.get(s))
                    .and_then(|s| self.org_subject(s.end.saturating_sub(1)))
                    .or_else(|| self.org_before(span.start)),
                _ => self.org_before(span.start),
            },
            // `la direction de Cimivoire`: the organisation the
            // complement names.
            (Some((_, Label::Org, false)), Some(Some(k)))
                if self.of_mention[k] != NONE
                    && self.ents[self.of_mention[k] as usize].label
                        == Label::Org =>
            {
                Some(self.of_mention[k] as usize)
            }
            // `le conseil d'administration`: a complement that names no
            // one is part of the body's noun.
            (Some((_, Label::Org, false)), None | Some(None))
                if !is_indefinite(det) =>
            {
                // `Le groupe, qui a réalisé ... Le groupe a précisé`: the
                // same noun earlier in the paragraph already named it.
                let earlier = self.same_noun_before(span.clone());
                self.union_before(head_word, span.start)
                    .or_else(|| self.young_before(head_word, span.start))
                    .or_else(|| self.club_before(head_word, span.start))
                    .or_else(|| self.employer_before(head_word, span.start))
                    .or_else(|| self.named_by_noun(head_word, span.start))
                    .or_else(|| self.org_opening(span.start))
                    .or_else(|| {
                        earlier.and_then(|at| {
                            // `Le groupe Valmont ...`, `l'agence de
                            // notation S&P Global Ratings`: the name after
                            // it.
                            let end = at + (span.end - span.start);
                            self.org_named_after(end)
                                .or_else(|| self.org_of_paragraph(at))
                        })
                    })
                    // `La Banque africaine de développement a approuvé
                    // un prêt. Ce financement sera décaissé en trois
                    // tranches, a précisé l'institution.`: the subject of
                    // the sentence before.
                    .or_else(|| {
                        if !with_key(head_word, |k| REFERENT_NOUNS.contains(k))
                        {
                            return None;
                        }
                        let s = self.m.sentence_of(span.start);
                        let prev = self.m.sentences.get(s.checked_sub(1)?)?;
                        self.org_subject(prev.end.saturating_sub(1))
                    })
                    .or_else(|| self.org_of_paragraph(span.start))
            }
            (Some((g, Label::Per, false)), None | Some(Some(_)))
                if definite =>
            {
                // `Le prévenu a reconnu ...` paragraphs after the
                // defendant was named: the person named most, when the
                // gender fits.
                let most = || {
                    self.person_most(span.start).filter(|&e| {
                        gender_fits(g.or(gender), self.ents[e].gender)
                    })
                };
                // The words of the role after its determiner.
                let role = &self.text[toks[a + 1].s..span.end];
                // `le maire` for Bernadette Sabatier, introduced as `maire
                // de Villeneuve`: a role noun of one form for both
                // genders takes the masculine article for a woman too in
                // much of the press; the person introduced with that very
                // role is the one meant, whatever the gender.
                let epicene = g.is_none() && gender == Some(Gender::Male);
                let titled = |e: usize| {
                    epicene || gender_fits(g.or(gender), self.ents[e].gender)
                };
                self.introduced_as(head_word, span.start)
                    .or_else(|| {
                        self.introduced_with(role, span.start)
                            .filter(|&e| titled(e))
                    })
                    // `la future directrice générale` after `a nommé X
                    // directrice générale`: the role without the word
                    // that dates it.
                    .or_else(|| {
                        let (first, rest) = role.split_once(' ')?;
                        TIME_MODIFIERS
                            .contains(&first)
                            .then(|| self.introduced_with(rest, span.start))
                            .flatten()
                            .filter(|&e| titled(e))
                    })
                    // `a reconnu le président` after `Le président du
                    // club, Bernard Estienne`: a title of one word, given
                    // with the name in apposition.
                    .or_else(|| {
                        (!role.contains(' ')
                            && tables::role(&key(role))
                                .is_some_and(|r| r.1 == Label::Per))
                        .then(|| self.introduced_with_title(role, span.start))
                        .flatten()
                        .filter(|&e| titled(e))
                    })
                    // `L'ancien patron` after `X, 63 ans, ancien PDG
                    // d'Arbelys`: the person introduced as a former
                    // holder of any title.
                    .or_else(|| {
                        let former = match role.split(' ').next() {
                            Some("ancien") => "ancien ",
                            Some("ancienne") => "ancienne ",
                            _ => return None,
                        };
                        self.introduced_with(former, span.start).filter(|&e| {
                            gender_fits(g.or(gender), self.ents[e].gender)
                        })
                    })
                    .or_else(|| self.person_before(span.start, g.or(gender)))
                    .or_else(most)
            }
            _ => None,
        };
        // `le tribunal` after `Le tribunal correctionnel de Lyon`: the
        // body whose name its noun opens.
        let e = e.or_else(|| {
            definite
                .then(|| self.named_by_head(head_word, span.start))
                .flatten()
        });
        Some(self.resolved(span, e, gender))
    }

    /// The last organisation named before byte `before` whose name opens
    /// with `noun` and goes on (`tribunal correctionnel de Lyon` for
    /// `le tribunal`), among the few mentions before.
    fn named_by_head(&self, noun: &str, before: usize) -> Option<usize> {
        if noun.len() < 3 || is_capitalised(noun) {
            return None;
        }
        let mut i = self.m.first_from(before);
        let mut steps = 0;
        while i > 0 && steps < BACK_MENTIONS {
            i -= 1;
            steps += 1;
            let c = &self.m.kept[i];
            let e = self.of_mention[i];
            if e == NONE || self.ents[e as usize].label != Label::Org {
                continue;
            }
            let name = &self.text[c.start..c.end];
            // The first word of a name of several: found by a byte scan,
            // for each of the mentions walked back.
            let Some(space) = name.bytes().position(|b| b == b' ') else {
                continue;
            };
            if same_lowered(&name[..space], noun) {
                return Some(e as usize);
            }
        }
        None
    }

    /// `», <a few words>, selon X.` after a closing mark: the index of
    /// `selon` and the source, when X ends the sentence and no other
    /// mark stands between.
    fn trailing_source(&self, toks: &[Tok]) -> Option<(usize, SpeakerFound)> {
        let n = toks.len();
        let mut i = 1;
        while i < n.min(12) {
            let w = self.word(toks[i]);
            if matches!(w, "«" | "»" | "\"" | "." | "?" | "!" | ":" | ";") {
                return None;
            }
            if w == ","
                && let Some((c, true)) = self.according(toks, i + 1)
            {
                let mut b = c + 1;
                while b < n
                    && !matches!(self.word(toks[b]), "," | "." | "?" | "!")
                {
                    b += 1;
                }
                return self.closing_source(toks, c, b).map(|(_, s)| (c, s));
            }
            i += 1;
        }
        None
    }

    /// The source of `<clause>, selon X.` after the cue at token `c`, its
    /// words up to `b`: X ends the sentence, or X is a role and the name
    /// in apposition after it does (`selon son directeur général,
    /// Mathieu Roussel.`). The token after the source, and the source.
    fn closing_source(
        &self,
        toks: &[Tok],
        c: usize,
        b: usize,
    ) -> Option<(usize, SpeakerFound)> {
        let n = toks.len();
        let ends =
            |j: usize| j >= n || matches!(self.word(toks[j]), "." | "?" | "!");
        let s = self.according_speaker(toks, c + 1, b, false)?;
        if ends(b) {
            return Some((b, s));
        }
        let named = self
            .entity_at(s.span.start)
            .is_some_and(|k| self.m.kept[k].end == s.span.end);
        if named {
            return None;
        }
        let k = self.apposed_at(toks, b, n)?;
        let after = toks.partition_point(|t| t.s < self.m.kept[k].end);
        let person =
            self.ents[self.of_mention[k] as usize].label == Label::Per;
        (person && ends(after)).then(|| (after, self.ent_speaker(k, s.gender)))
    }

    /// The person a capitalised noun introduced before byte `before`
    /// (`l'Argentin Facundo Ibarra` ... `a confié l'Argentin`): the
    /// last one it stands right before.
    fn introduced_as(&self, noun: &str, before: usize) -> Option<usize> {
        if !is_capitalised(noun) {
            return None;
        }
        // The last few uses within a window only: a text of a million
        // demonyms stays linear.
        let from = floor(self.text, before.saturating_sub(BACK_BYTES));
        let text = &self.text[from..before];
        let mut end = text.len();
        for _ in 0..4 {
            let at = memchr::memmem::rfind(
                &text.as_bytes()[..end],
                noun.as_bytes(),
            )?;
            end = at;
            let after = at + noun.len();
            if !text[after..].starts_with(' ') {
                continue;
            }
            if let Some(k) = self.entity_at(from + after + 1)
                && self.ents[self.of_mention[k] as usize].label == Label::Per
            {
                return Some(self.of_mention[k] as usize);
            }
        }
        None
    }

    /// The person a role was given with earlier in the text, before
    /// byte `before`: the name in apposition after it (`la Première
    /// ministre, Sophie Aubertin`) or before it (`Bernard Lefebvre,
    /// ancien PDG de`); the last of the few uses of the role found.
    fn introduced_with(&self, role: &str, before: usize) -> Option<usize> {
        if role.len() < 3 || !role.contains(' ') && !is_capitalised(role) {
            return None;
        }
        self.introduced_with_title(role, before)
    }

    /// [`Ctx::introduced_with`] for a title of a table, a single
    /// lower-case word too (`procureur`).
    fn introduced_with_title(
        &self,
        role: &str,
        before: usize,
    ) -> Option<usize> {
        let from = floor(self.text, before.saturating_sub(BACK_BYTES));
        let text = &self.text[from..before];
        let person = |k: usize| {
            let e = self.of_mention[k];
            (e != NONE && self.ents[e as usize].label == Label::Per)
                .then_some(e as usize)
        };
        let mut end = text.len();
        for _ in 0..4 {
            let at = memchr::memmem::rfind(
                &text.as_bytes()[..end],
                role.as_bytes(),
            )?;
            end = at;
            // After: `la Première ministre, Sophie Aubertin`; past a
            // short complement, `Le président du club, Bernard Estienne`.
            let mut past = at + role.len();
            let rest = &text[past..];
            if [" du ", " de ", " d'", " d’", " des "]
                .iter()
                .any(|p| rest.starts_with(p))
            {
                let window = &rest[..floor(rest, rest.len().min(48))];
                if let Some(c) = window.find(',')
                    && !window[..c]
                        .contains(['.', ';', ':', '«', '»', '(', ')'])
                {
                    past += c;
                }
            }
            let rest = &text[past..];
            let gap = rest.len() - rest.trim_start_matches([',', ' ']).len();
            if (1..=2).contains(&gap)
                && let Some(k) = self.entity_at(from + past + gap)
                && let Some(e) = person(k)
            {
                return Some(e);
            }
            // Before: `Bernard Lefebvre, ancien PDG`, `Sophie Aubertin, la
            // Première ministre`.
            let head = text[..at]
                .trim_end_matches(['l', 'L', '\'', '\u{2019}'])
                .trim_end();
            let head = ["le", "la", "sa", "son"]
                .iter()
                .find_map(|d| head.strip_suffix(d))
                .map_or(head, str::trim_end);
            if let Some(head) = head.strip_suffix(',') {
                // `Gérard Lemonnier, 63 ans, ancien PDG`: past an age.
                let head = head.trim_end();
                let head = head
                    .strip_suffix(" ans")
                    .map(|h| h.trim_end_matches(|c: char| c.is_ascii_digit()))
                    .and_then(|h| h.trim_end().strip_suffix(','))
                    .unwrap_or(head);
                let ends = from + head.trim_end().len();
                let i = self.m.kept.partition_point(|c| c.end < ends);
                if let Some(c) = self.m.kept.get(i)
                    && c.end == ends
                    && let Some(e) = person(i)
                {
                    return Some(e);
                }
            } else if let Some(e) = self.named_to(from, head, &person) {
                return Some(e);
            }
        }
        None
    }

    /// The person a verb of appointment names to the role that follows
    /// `head` (`a nommé Nadia Rossier directrice générale`, `a désigné X
    /// au poste de`, `élue X comme`): the person's mention ends `head`
    /// (past `au poste de`, `comme`, `en tant que`) and the verb comes
    /// right before it.
    fn named_to(
        &self,
        from: usize,
        head: &str,
        person: &impl Fn(usize) -> Option<usize>,
    ) -> Option<usize> {
        let head = [" au poste de", " au poste d'", " au poste d’", " comme"]
            .iter()
            .chain(&[" en tant que", " en qualité de"])
            .find_map(|p| head.strip_suffix(p))
            .unwrap_or(head)
            .trim_end();
        let ends = from + head.len();
        let i = self.m.kept.partition_point(|c| c.end < ends);
        let c = self.m.kept.get(i).filter(|c| c.end == ends)?;
        let e = person(i)?;
        let before = self.text[..c.start].trim_end();
        let verb = before.rsplit(' ').next().unwrap_or_default();
        APPOINTING.contains(&verb).then_some(e)
    }

    /// The person named after a comma within nine words from token `i`
    /// (lower-case words only between: the rest of a role), a civility
    /// aside.
    fn apposed_person(
        &self,
        toks: &[Tok],
        i: usize,
        limit: usize,
    ) -> Option<usize> {
        let limit = limit.min(toks.len());
        let mut j = i;
        while j < limit && j < i + 9 {
            let t = toks[j];
            let w = self.word(t);
            // `le président du Syndicat des travailleurs de Lumenor
            // (CSN), Sylvain Bédard`: past an acronym in brackets.
            if w == "("
                && let Some(c) = (j + 1..limit.min(j + 4))
                    .find(|&c| self.word(toks[c]) == ")")
            {
                j = c + 1;
                continue;
            }
            if !t.word {
                if let Some(k) = self.apposed_at(toks, j, limit) {
                    let person = self.ents[self.of_mention[k] as usize].label
                        == Label::Per;
                    return person.then_some(k);
                }
                return self.role_then_person(toks, j, limit);
            }
            if is_capitalised(w) {
                // `la présidente et chef de la direction d'Alvéo, X`: the
                // organisation of the role, then the person.
                let of = j > i
                    && ["de", "d'", "du"]
                        .iter()
                        .any(|p| is(self.word(toks[j - 1]), p));
                match self.entity_at(t.s) {
                    Some(k) if of => {
                        let end = self.m.kept[k].end;
                        j += toks[j..].partition_point(|t| t.s < end);
                        continue;
                    }
                    _ => return None,
                }
            }
            j += 1;
        }
        None
    }

    /// `le rapporteur du texte, le député LR de l'Aisne Grégory Vasseur`:
    /// after the comma at token `j`, a second role with its article, its
    /// party and place, then the person, with no punctuation between.
    fn role_then_person(
        &self,
        toks: &[Tok],
        j: usize,
        limit: usize,
    ) -> Option<usize> {
        if self.word(*toks.get(j)?) != ","
            || !toks.get(j + 1).is_some_and(|t| {
                ["le", "la", "l'"].iter().any(|d| is(self.word(*t), d))
            })
        {
            return None;
        }
        let role = toks.get(j + 2).map(|t| key(self.word(*t)))?;
        if tables::role(&role).is_none_or(|r| r.1 != Label::Per) {
            return None;
        }
        for t in toks.iter().take(limit.min(j + 12)).skip(j + 3) {
            if !t.word {
                return None;
            }
            if let Some(k) = self.entity_at(t.s)
                && self.ents[self.of_mention[k] as usize].label == Label::Per
            {
                return Some(k);
            }
        }
        None
    }

    /// The entity named after the comma at token `j`, a civility aside
    /// (`, Me Laurence Viguier`), before `limit`.
    fn apposed_at(
        &self,
        toks: &[Tok],
        j: usize,
        limit: usize,
    ) -> Option<usize> {
        if self.word(*toks.get(j)?) != "," {
            return None;
        }
        let name = j + 1 + self.civility(toks, j + 1);
        toks.get(name)
            .filter(|_| name < limit)
            .and_then(|n| self.entity_at(n.s))
    }

    /// The agent right after byte `at` (`» par les syndicats`): an entity
    /// or a noun phrase after `par`.
    fn agent_after(&self, at: usize) -> Option<SpeakerFound> {
        let end = ceil(self.text, (at + 120).min(self.text.len()));
        let mut toks = Vec::new();
        tokens(self.text, at..end, &mut toks);
        if !toks.first().is_some_and(|t| is(self.word(*t), "par")) {
            return None;
        }
        let t = *toks.get(1)?;
        if let Some(k) = self.entity_at(t.s) {
            return Some(self.ent_speaker(k, None));
        }
        if DETERMINERS.contains(key(self.word(t)).as_ref()) {
            return self.noun_phrase(&toks, 1, toks.len());
        }
        None
    }

    /// The first person named from token `i`, within six words and
    /// before any punctuation or `limit`.
    fn person_within(
        &self,
        toks: &[Tok],
        i: usize,
        limit: usize,
    ) -> Option<usize> {
        toks[i..limit.min(toks.len())]
            .iter()
            .take(6)
            .take_while(|t| t.word || self.word(**t) == "-")
            .filter_map(|t| self.entity_at(t.s))
            .find(|&k| {
                self.ents[self.of_mention[k] as usize].label == Label::Per
            })
    }

    /// How many tokens from `i` a civility title takes (`M.`, `Mme`,
    /// `Me`, `Dr`): 0 when there is none.
    fn civility(&self, toks: &[Tok], i: usize) -> usize {
        let Some(t) = toks.get(i).filter(|t| t.word) else { return 0 };
        if !matches!(
            self.word(*t),
            "M" | "MM" | "Mme" | "Mmes" | "Mlle" | "Me" | "Dr" | "Pr"
        ) {
            return 0;
        }
        let dot = toks
            .get(i + 1)
            .is_some_and(|n| n.s == t.e && self.word(*n) == ".");
        1 + usize::from(dot)
    }

    /// A capitalised name the extractors did not keep (`Julien M.`).
    fn bare_name(
        &self,
        toks: &[Tok],
        a: usize,
        limit: usize,
    ) -> Option<SpeakerFound> {
        // `M. Rochat`, `Mme Delarue`: a civility before a name kept as an
        // entity; the speaker is the entity.
        let c = self.civility(toks, a);
        if c > 0
            && let Some(t) = toks.get(a + c).filter(|_| a + c < limit)
            && let Some(k) = self.entity_at(t.s)
        {
            return Some(self.ent_speaker(k, None));
        }
        let mut last = a;
        let mut j = a;
        while j < limit && j < a + 4 {
            let t = toks[j];
            let w = self.word(t);
            // Capitalised words, and the full stop of an initial
            // (`Julien M.`).
            let initial = w == "." && j == last + 1 && t.s == toks[last].e;
            if !(t.word && is_capitalised(w) || initial) {
                break;
            }
            last = j;
            j += 1;
        }
        Some(SpeakerFound {
            span: toks[a].s..toks[last].e,
            canonical: None,
            label: None,
            gender: None,
        })
    }

    /// The speaker named after an inverted cue, from token `i`.
    /// The first token from `i` past adverbs and a place after `à`
    /// (`a annoncé mercredi à Montréal la ministre`).
    fn past_circumstances(&self, toks: &[Tok], mut i: usize) -> usize {
        loop {
            let n = self.adverb(toks, i);
            if n > 0 {
                i += n;
                // `à la tribune de l'Assemblée nationale le ministre`,
                // `au micro de RTL X`: the place's or the medium's name.
                if let Some(&t) = toks.get(i)
                    && t.word
                    && ["de", "du", "d'"].iter().any(|p| is(self.word(t), p))
                    && let Some(end) = self.medium_at(toks, i + 1)
                {
                    i = toks.partition_point(|t| t.s < end);
                }
                continue;
            }
            if let Some(&t) = toks.get(i)
                && t.word
                && is(self.word(t), "à")
                && let Some(end) =
                    toks.get(i + 1).and_then(|n| self.place_at(n.s))
            {
                i = toks.partition_point(|t| t.s < end);
                continue;
            }
            // `a dénoncé sur France Inter le ministre`, `a confié au
            // Parisien X`: the medium spoken on or to, before the speaker.
            if let Some(&t) = toks.get(i)
                && t.word
                && ["sur", "à", "au", "dans"]
                    .iter()
                    .any(|p| is(self.word(t), p))
                && let Some(end) = self.medium_at(toks, i + 1)
            {
                i = toks.partition_point(|t| t.s < end);
                continue;
            }
            return i;
        }
    }

    /// The end of an organisation named from token `i` (past `l'`, `le`,
    /// `la`) with more words after it before the end of the clause: the
    /// medium of `sur France Inter le ministre`, not the speaker itself
    /// (`à l'Insee.`).
    fn medium_at(&self, toks: &[Tok], i: usize) -> Option<usize> {
        let mut j = i;
        if toks.get(j).is_some_and(|t| {
            ["l'", "le", "la"].iter().any(|p| is(self.word(*t), p))
        }) {
            j += 1;
        }
        let t = toks.get(j)?;
        let k = self.entity_at(t.s)?;
        if self.ents[self.of_mention[k] as usize].label != Label::Org {
            return None;
        }
        let end = self.m.kept[k].end;
        let next = toks.get(toks.partition_point(|t| t.s < end))?;
        // A determiner or a name must follow: the speaker.
        let w = self.word(*next);
        (next.word
            && (DETERMINERS.contains(key(w).as_ref())
                || self.entity_at(next.s).is_some()))
        .then_some(end)
    }

    fn speaker_after(
        &self,
        toks: &[Tok],
        mut i: usize,
    ) -> Option<SpeakerFound> {
        i = self.past_circumstances(toks, i);
        let t = *toks.get(i)?;
        if !t.word {
            return None;
        }
        let w = self.word(t);
        if let Some(k) = self.entity_at(t.s) {
            return Some(self.ent_speaker(k, None));
        }
        if let Some(s) = self.latter_at(toks, i) {
            return Some(s);
        }
        if DETERMINERS.contains(key(w).as_ref()) {
            return self.noun_phrase(toks, i, toks.len());
        }
        if is_capitalised(w) && !NP_STOPS.contains(key(w).as_ref()) {
            return self.bare_name(toks, i, toks.len());
        }
        None
    }

    /// Whether the words from token `i` (after an inverted verb) name
    /// someone: a name, a pronoun, a noun phrase whose head is a role, a
    /// document or an institution; not an object (`la suppression de
    /// 2 000 postes`, `son bilan`).
    fn speaker_like(&self, toks: &[Tok], i: usize) -> bool {
        let i = self.past_circumstances(toks, i);
        let Some(&t) = toks.get(i) else { return false };
        if !t.word {
            return false;
        }
        let w = self.word(t);
        if self.entity_at(t.s).is_some() || pronoun(w).is_some() {
            return true;
        }
        if DETERMINERS.contains(key(w).as_ref()) {
            for n in toks[i + 1..].iter().take(3) {
                if !n.word {
                    break;
                }
                let k = key(self.word(*n));
                if ["de", "du", "des", "d'"].contains(&k.as_ref()) {
                    break;
                }
                if tables::role(&k).is_some()
                    || DOCUMENTS.contains(k.as_ref())
                    || institution(&k)
                    || self.entity_at(n.s).is_some()
                {
                    return true;
                }
            }
            return false;
        }
        is_capitalised(w)
    }

    /// The subject of a clause running from `lo` to the verb group at
    /// `g`: a pronoun right before it, else, walking back over the
    /// comma-separated pieces and skipping relative clauses, the first
    /// piece that opens with a name, a pronoun or a determiner.
    fn subject_before(
        &self,
        toks: &[Tok],
        lo: usize,
        g: usize,
    ) -> Option<SpeakerFound> {
        if g > lo
            && let Some(s) = self.pronoun_at(toks, g - 1)
        {
            return Some(s);
        }
        // A bounded walk: a sentence of a million words costs no more
        // per verb than a short one.
        let lo = lo.max(g.saturating_sub(SUBJECT_REACH));
        let mut b = g;
        let mut pieces = 0;
        while b > lo && pieces < 5 {
            let mut a = b;
            while a > lo && self.word(toks[a - 1]) != "," {
                a -= 1;
            }
            pieces += 1;
            // `Kerval Trading, racheté en 2036 par Tanjong Energy, a
            // indiqué`, `Le ministre, interrogé par l'AFP, a déclaré`: a
            // passive participle's agent in apposition is not the
            // subject; the name before the apposition is.
            if a > lo + 1 && a < b && self.passive_apposition(toks, a, b) {
                b = a - 1;
                continue;
            }
            // `Me Catherine Dubé, associée du cabinet Dufresne Bélanger,
            // qui conseille Lumenor, a indiqué`: a relative clause between
            // commas says who the name before it is; a role noun in
            // apposition after a person's name too, whatever it names.
            if a > lo + 1 && a < b {
                let first = self.word(toks[a]);
                if is(first, "qui") || is(first, "dont") {
                    b = a - 1;
                    continue;
                }
                let role = first.starts_with(|c: char| c.is_lowercase())
                    && tables::role(&key(first))
                        .is_some_and(|r| r.1 == Label::Per);
                if role
                    && let Some(name) = self.person_before_comma(toks, lo, a)
                {
                    return Some(name);
                }
            }
            if a < b
                && let Some(s) = self.subject_in(toks, a, b)
            {
                // `Me Isabelle Truchot, son avocate, a plaidé que`: a role
                // between commas after a person's name is in apposition to
                // it; the name is the subject.
                let role_np = self.entity_at(s.span.start).is_none()
                    && DETERMINERS.contains(key(self.word(toks[a])).as_ref());
                if role_np
                    && a > lo + 1
                    && self.word(toks[a - 1]) == ","
                    && let Some(name) = self.person_before_comma(toks, lo, a)
                {
                    return Some(name);
                }
                return Some(s);
            }
            b = a.saturating_sub(1).max(lo);
            if a == lo {
                break;
            }
        }
        None
    }

    /// The person whose name ends the piece before the comma at token
    /// `a - 1` (`Me Isabelle Truchot, son avocate,`): the subject a role
    /// in apposition after it describes.
    fn person_before_comma(
        &self,
        toks: &[Tok],
        lo: usize,
        a: usize,
    ) -> Option<SpeakerFound> {
        let mut a2 = a - 1;
        while a2 > lo && self.word(toks[a2 - 1]) != "," {
            a2 -= 1;
        }
        self.subject_in(toks, a2, a - 1).filter(|n| {
            n.label == Some(Label::Per)
                && n.span.end == toks[a - 2].e
                && self.entity_at(n.span.start).is_some()
        })
    }

    /// Whether the piece `a..b`, after a comma, is a passive participle
    /// with its agent (`racheté en 2036 par Y`, `interrogée par l'AFP`).
    fn passive_apposition(&self, toks: &[Tok], a: usize, b: usize) -> bool {
        let w = self.word(toks[a]);
        toks[a].word
            && w.len() >= 4
            && w.starts_with(|c: char| c.is_lowercase())
            && ["é", "ée", "és", "ées", "is", "ise", "u", "ue"]
                .iter()
                .any(|e| w.ends_with(e))
            && toks[a + 1..b].iter().take(6).any(|t| self.word(*t) == "par")
    }

    fn pronoun_at(&self, toks: &[Tok], i: usize) -> Option<SpeakerFound> {
        let t = toks[i];
        if !t.word || pronoun(self.word(t)).is_none() {
            return None;
        }
        // `qu'il`: the subject of another clause.
        if i > 0 && is(self.word(toks[i - 1]), "qu'") {
            return None;
        }
        self.pronoun_speaker(t.s..t.e)
    }

    fn subject_in(
        &self,
        toks: &[Tok],
        a: usize,
        b: usize,
    ) -> Option<SpeakerFound> {
        let first = self.word(toks[a]);
        if !toks[a].word
            || ["qui", "que", "qu'", "dont", "où", "lequel", "laquelle"]
                .iter()
                .any(|w| is(first, w))
        {
            return None;
        }
        if pronoun(first).is_some() {
            return self.pronoun_speaker(toks[a].s..toks[a].e);
        }
        if let Some(s) = self.latter_at(toks, a) {
            return Some(s);
        }
        for k in a..b {
            let t = toks[k];
            if let Some(m) = t.word.then(|| self.entity_at(t.s)).flatten() {
                let prep = |i: usize| {
                    let p = key(self.word(toks[i]));
                    NP_STOPS.contains(p.as_ref())
                        || ["de", "du", "des", "d'"].contains(&p.as_ref())
                };
                // `rattaché à la Cour des comptes`: past its article.
                let after_prep = k > a
                    && (prep(k - 1)
                        || k > a + 1
                            && ["la", "le", "l'", "les"].contains(
                                &key(self.word(toks[k - 1])).as_ref(),
                            )
                            && prep(k - 2));
                if !after_prep {
                    let role = (k > a)
                        .then(|| tables::role(&key(self.word(toks[k - 1]))))
                        .flatten();
                    let g = role.and_then(|r| r.0);
                    // `Le député RN du Var Julien Ferrat`: a person's
                    // role, the party, then the person.
                    let label = |i: usize| {
                        self.ents[self.of_mention[i] as usize].label
                    };
                    if label(m) == Label::Org
                        && role.is_some_and(|r| r.1 == Label::Per)
                        && let Some(p) = (k + 1..b.min(k + 8))
                            .filter_map(|j| {
                                toks[j]
                                    .word
                                    .then(|| self.entity_at(toks[j].s))
                                    .flatten()
                            })
                            .find(|&i| label(i) == Label::Per)
                    {
                        return Some(self.ent_speaker(p, g));
                    }
                    return Some(self.ent_speaker(m, g));
                }
            }
        }
        if DETERMINERS.contains(key(first).as_ref()) {
            return self.noun_phrase(toks, a, b);
        }
        let sentence_start = a == 0
            || self.m.sentence_of(toks[a].s)
                != self.m.sentence_of(toks[a - 1].s);
        if is_capitalised(first)
            && !sentence_start
            && !NP_STOPS.contains(key(first).as_ref())
        {
            return self.bare_name(toks, a, b);
        }
        None
    }

    /// `Selon X`, `D'après X`, `Pour X` at token `i`: the cue's last
    /// token index and the speaker, when X is someone.
    fn according(&self, toks: &[Tok], i: usize) -> Option<(usize, bool)> {
        let w = self.word(*toks.get(i)?);
        if is(w, "selon") {
            return Some((i, true));
        }
        if is(w, "d'")
            && toks.get(i + 1).is_some_and(|t| is(self.word(*t), "après"))
        {
            return Some((i + 1, true));
        }
        if is(w, "pour") {
            // `Pour lui succéder, le fonds a nommé ...`: a pronoun before
            // a verb is its object, no one's opinion (`Pour lui, ...`).
            let pronoun = toks.get(i + 1).is_some_and(|t| {
                is_any_word(
                    self.word(*t),
                    &["lui", "elle", "eux", "elles", "leur"],
                )
            });
            if pronoun && toks.get(i + 2).is_some_and(|t| self.word(*t) != ",")
            {
                return None;
            }
            return Some((i, false));
        }
        None
    }

    /// `Selon l'entraîneur de la Polonaise, Tomasz Wiktorowski, ...`: the
    /// name in apposition after the comma at `b` names the speaker; the
    /// comma after it then closes the cue.
    fn apposition(
        &self,
        toks: &[Tok],
        b: usize,
        s: SpeakerFound,
    ) -> (usize, SpeakerFound) {
        // A role read as someone named earlier (`Pour le président du
        // groupe LR, François Delaunay, ...`) gives way to the person
        // named in apposition; a name does not.
        let named = self
            .entity_at(s.span.start)
            .is_some_and(|k| self.m.kept[k].end == s.span.end);
        // `Selon Claire Dufossé, analyste chez Oddo BHF, ...`: a person's
        // role in apposition after the name belongs to the cue; the comma
        // after it opens the clause reported.
        if named
            && s.label == Some(Label::Per)
            && toks.get(b + 1).is_some_and(|t| {
                tables::role(&key(self.word(*t)))
                    .is_some_and(|r| r.1 == Label::Per && !r.2)
            })
        {
            let end = toks.len().min(b + 14);
            if let Some(c) = (b + 2..end)
                .take_while(|&c| {
                    !matches!(self.word(toks[c]), "." | ";" | ":" | "?" | "!")
                })
                .find(|&c| self.word(toks[c]) == ",")
                && c + 1 < toks.len()
            {
                return (c, s);
            }
        }
        let role = !named && s.label == Some(Label::Per);
        let name = b + 1 + self.civility(toks, b + 1);
        // `Selon une source proche du dossier, Ardmore Partners, qui ...`:
        // an indefinite source names nobody, and the name after it opens
        // the clause reported.
        let first = self.m.text[s.span.clone()]
            .split([' ', '\u{a0}'])
            .next()
            .unwrap_or("");
        let indefinite = ["un", "une", "des", "plusieurs", "certains"]
            .iter()
            .any(|d| first.eq_ignore_ascii_case(d));
        if (s.label.is_none() || role)
            && !indefinite
            && let Some(k) = toks.get(name).and_then(|t| self.entity_at(t.s))
            && (!role
                || self.ents[self.of_mention[k] as usize].label == Label::Per)
        {
            let end = self.m.kept[k].end;
            let c = toks.partition_point(|t| t.s < end);
            if toks.get(c).is_some_and(|t| self.word(*t) == ",") {
                return (c, self.ent_speaker(k, s.gender));
            }
        }
        (b, s)
    }

    /// The speaker after `selon` (from `a` to `b`); for `pour`, only a
    /// person, an organisation or a resolved role.
    fn according_speaker(
        &self,
        toks: &[Tok],
        a: usize,
        b: usize,
        strict: bool,
    ) -> Option<SpeakerFound> {
        if a >= b {
            return None;
        }
        let t = toks[a];
        let w = self.word(t);
        let s = if let Some(k) = self.entity_at(t.s) {
            self.ent_speaker(k, None)
        } else if is(w, "lui") {
            self.resolved(
                t.s..t.e,
                self.person_before(t.s, Some(Gender::Male)),
                Some(Gender::Male),
            )
        } else if is(w, "elle") {
            self.pronoun_speaker(t.s..t.e)?
        } else if is(w, "eux") || is(w, "elles") {
            self.resolved(t.s..t.e, None, None)
        } else if DETERMINERS.contains(key(w).as_ref()) {
            self.noun_phrase(toks, a, b)?
        } else if is_capitalised(w) {
            self.bare_name(toks, a, b)?
        } else {
            return None;
        };
        if strict && s.canonical.is_none() {
            // `Pour la première fois,`: no one speaks; a role noun
            // (`Pour l'économiste,`) does.
            let head = toks[a..b]
                .iter()
                .filter(|t| t.word)
                .any(|t| tables::role(&key(self.word(*t))).is_some());
            if !head {
                return None;
            }
        }
        Some(s)
    }
}

/// Whether the mention at byte `at` of `text` is the author's on a byline
/// (`Par Nicolas Vandenbroeck`): a journalist speaks in no pronoun of the
/// article.
fn byline(text: &str, at: usize) -> bool {
    let line = floor(text, at.saturating_sub(8));
    let head = &text[line..at];
    let head = head.rsplit('\n').next().unwrap_or(head);
    head == "Par " && (line == 0 || head.len() < at - line)
}

/// Whether a wanted gender and a person's agree: either unknown, or the
/// same.
fn gender_fits(want: Option<Gender>, have: Option<Gender>) -> bool {
    match (want, have) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

fn head_gender(
    head: Option<(Option<Gender>, Label, bool)>,
    det: Option<Gender>,
) -> Option<Gender> {
    match head {
        Some((Some(g), Label::Per, _)) => Some(g),
        Some((None, Label::Per, _)) => det,
        _ => None,
    }
}

/// The gender a title or a role written right before a person's name
/// shows (`Mme`, `M.`, `la ministre`, `l'écrivaine`).
fn mention_gender(
    text: &str,
    at: usize,
    buf: &mut Vec<Tok>,
) -> Option<Gender> {
    let lo = floor(text, at.saturating_sub(40));
    tail_tokens(text, lo..at, 2, buf);
    let n = buf.len();
    let w = |i: usize| &text[buf[i].s..buf[i].e];
    let last = w(n.checked_sub(1)?);
    match last {
        "Mme" | "Madame" | "Mlle" | "Mademoiselle" => {
            return Some(Gender::Female);
        }
        "Monsieur" => return Some(Gender::Male),
        "." if n >= 2 => match w(n - 2) {
            "M" => return Some(Gender::Male),
            "Mme" => return Some(Gender::Female),
            _ => {}
        },
        _ => {}
    }
    let (g, label, plural) = tables::role(&key(last))?;
    if label != Label::Per || plural {
        return None;
    }
    g.or_else(|| det_gender(w(n.checked_sub(2)?)))
}

/// The gender a role in apposition after a person's name at byte `end`
/// gives (`Awa Traoré, cofondatrice et directrice générale`, `X, 47 ans,
/// ancienne ministre`): the first word after the comma (past an age and
/// a possessive or an article) that is a role of one gender, or an
/// adjective of time that agrees with it (`ancienne`, `nouveau`).
fn apposition_gender(text: &str, end: usize) -> Option<Gender> {
    let rest = text.get(end..)?.strip_prefix(", ")?;
    let hi = rest.len().min(80);
    let rest = &rest[..super::floor(rest, hi)];
    let mut words =
        rest.split([' ', ',', '\u{a0}']).filter(|w| !w.is_empty()).peekable();
    // `X, 47 ans, ...`: past the age.
    if words.peek().is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit())) {
        words.next();
        if words.next() != Some("ans") {
            return None;
        }
    }
    for w in words.take(3) {
        match w {
            "ancienne" | "nouvelle" | "future" => return Some(Gender::Female),
            "ancien" | "nouveau" | "futur" => return Some(Gender::Male),
            "la" | "le" | "sa" | "son" | "notre" | "leur" => continue,
            _ => {}
        }
        let (g, label, plural) = tables::role(&key(w))?;
        return (label == Label::Per && !plural).then_some(g).flatten();
    }
    None
}

/// The quotes of a document, in text order.
///
/// Kept out of line, so that a profile shows the stage as one function.
#[inline(never)]
pub fn find(m: &Mentions<'_>) -> Vec<QuoteFound> {
    let ctx = Ctx::new(m);
    let mut out = direct(&ctx);
    let indirect = indirect(&ctx, &out);
    out.extend(indirect);
    let second = coordinated(&ctx, &out);
    out.extend(second);
    out.sort_by_key(|q| q.span.start);
    let mut kept: Vec<QuoteFound> = Vec::with_capacity(out.len());
    for mut q in out {
        if kept.last().is_some_and(|k| q.span.start < k.span.end) {
            continue;
        }
        if let Some(prev) = kept.last() {
            follow_speaker(&ctx, prev, &mut q);
        }
        kept.push(q);
    }
    kept
}

/// `X a assuré que la hausse serait « limitée » et que la ville
/// réduirait sa dette`: a second clause coordinated after a quote its
/// cue introduced (`et que`, `mais que`) is reported speech of the same
/// speaker, with the same cue. Only a clause with no marks of its own,
/// up to a semicolon or the end of the sentence.
fn coordinated(ctx: &Ctx<'_>, quotes: &[QuoteFound]) -> Vec<QuoteFound> {
    let text = ctx.text;
    let mut out = Vec::new();
    for q in quotes {
        let Some(cue) = &q.cue else { continue };
        if q.kind != QuoteKind::Direct || cue.end > q.span.start {
            continue;
        }
        let sentence = &ctx.m.sentences[ctx.m.sentence_of(q.span.start)];
        if cue.start < sentence.start || q.span.end >= sentence.end {
            continue;
        }
        // Past the closing mark and the spaces around it.
        let rest = &text[q.span.end..sentence.end];
        let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        let Some(rest) = rest
            .strip_prefix('»')
            .or_else(|| rest.strip_prefix('”'))
            .or_else(|| rest.strip_prefix('"'))
        else {
            continue;
        };
        let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
        let Some(rest) =
            ["et ", "mais "].iter().find_map(|c| rest.strip_prefix(c))
        else {
            continue;
        };
        let Some(clause) = ["que ", "qu'", "qu\u{2019}"]
            .iter()
            .find_map(|c| rest.strip_prefix(c))
        else {
            continue;
        };
        let start = sentence.end - clause.len();
        let end = clause.find([';', ':']).map_or(sentence.end, |k| start + k);
        // A clause with marks of its own is the direct pass's.
        if clause[..end - start].contains(['«', '»', '“', '”', '"']) {
            continue;
        }
        let span = trim_end(text, start..end, true);
        if text[span.clone()].split(' ').count() < 3 {
            continue;
        }
        out.push(QuoteFound {
            span,
            kind: QuoteKind::Indirect,
            cue: q.cue.clone(),
            speaker: q.speaker.clone(),
        });
    }
    out
}

/// `« ... », a annoncé son avocat, Me X. Selon lui, ...`: a pronoun left
/// unresolved (the name it stands for was inside the marks, where no
/// antecedent is looked for) speaks for the person of the quote just
/// before, in this sentence or the one before, when the genders agree.
///
/// So too a pronoun resolved to a person not named since that quote
/// began (`Le magistrat a estimé que ... « ... », a-t-il martelé`: the
/// magistrate, not the last name before him).
fn follow_speaker(ctx: &Ctx<'_>, prev: &QuoteFound, q: &mut QuoteFound) {
    let Some(s) = q.speaker.as_mut() else { return };
    if let Some(c) = s.canonical.as_deref() {
        let person = s.label == Some(Label::Per);
        let from = ctx.m.first_from(prev.span.start);
        let to = ctx.m.first_from(s.span.start);
        // The last few mentions only: a text of a million names stays
        // linear.
        let named_since = (from.max(to.saturating_sub(BACK_MENTIONS))..to)
            .any(|i| {
                let e = ctx.of_mention[i];
                e != NONE && ctx.ents[e as usize].canonical == c
            });
        // A pronoun before that quote began is no continuation.
        if !person || named_since || to < from || to - from > BACK_MENTIONS {
            return;
        }
    }
    let w = &ctx.text[s.span.clone()];
    let gender = match () {
        _ if is(w, "lui") => Some(Gender::Male),
        _ => match pronoun(w) {
            Some((g, false)) => g,
            _ => return,
        },
    };
    let Some(p) = prev.speaker.as_ref() else { return };
    let near = ctx.m.sentence_of(q.span.start)
        <= ctx.m.sentence_of(prev.span.end.saturating_sub(1)) + 1;
    if near
        && p.label == Some(Label::Per)
        && p.canonical.is_some()
        && (p.gender.is_none() || p.gender == gender)
    {
        s.canonical.clone_from(&p.canonical);
        s.label = p.label;
        s.gender = s.gender.or(p.gender);
    }
}

/// The bounds of the clause holding token `i`: after the last colon,
/// semicolon or quotation mark before it.
fn clause_start(ctx: &Ctx<'_>, toks: &[Tok], i: usize) -> usize {
    let mut lo = i;
    while lo > 0 && !is_clause_break(toks[lo - 1], ctx) {
        lo -= 1;
    }
    lo
}

/// The first token of the sentence holding token `i`.
fn sentence_start(ctx: &Ctx<'_>, toks: &[Tok], i: usize) -> usize {
    let s = ctx.m.sentence_of(toks[i].s);
    let from = ctx.m.sentences.get(s).map_or(0, |r| r.start);
    toks.partition_point(|t| t.s < from)
}

/// Whether token `t` ends a clause: punctuation, never a word; not the
/// marks around a term of three words at most (`qui développe des
/// « agents » logiciels`).
#[inline]
fn is_clause_break(t: Tok, ctx: &Ctx<'_>) -> bool {
    if t.word {
        return false;
    }
    match ctx.word(t) {
        ":" | ";" | "—" | "–" | "-" => true,
        "«" | "»" | "\"" | "“" | "”" => !ctx.term_mark(t),
        _ => false,
    }
}

fn words_in(ctx: &Ctx<'_>, r: Range<usize>, buf: &mut Vec<Tok>) -> usize {
    tokens(ctx.text, r, buf);
    buf.iter().filter(|t| t.word).count()
}

/// Quotes between marks and lines of dialogue.
#[inline(never)]
fn direct(ctx: &Ctx<'_>) -> Vec<QuoteFound> {
    let text = ctx.text;
    let mut out: Vec<QuoteFound> = Vec::new();
    let mut toks = Vec::new();
    // Where the current run of dialogue lines opens.
    let mut dialogue_open = 0;
    for (qi, q) in ctx.marked.iter().enumerate() {
        // An interview's questions between its answers keep the run
        // going.
        let between_answers = |gap: &str| {
            gap.lines()
                .map(str::trim)
                .all(|l| l.is_empty() || marks::question_line(l))
        };
        if q.dash
            && !(qi > 0
                && ctx.marked[qi - 1].dash
                && between_answers(&text[ctx.marked[qi - 1].close..q.open]))
        {
            dialogue_open = questions_before(text, q.open);
        }
        let mut span = q.inner.clone();
        let mut cue: Option<Range<usize>> = None;
        let mut speaker: Option<SpeakerFound> = None;
        let mut found = false;
        // After the closing mark: `», explique X`, `», a-t-il ajouté`.
        if !q.dash {
            let hi = ceil(text, q.close + AFTER);
            let sent_end = ctx
                .m
                .sentences
                .get(ctx.m.sentence_of(q.close.saturating_sub(1)))
                .map_or(hi, |r| r.end);
            tokens(text, q.close..hi.min(sent_end.max(q.close)), &mut toks);
            let at =
                usize::from(toks.first().is_some_and(|t| ctx.word(*t) == ","));
            if let Some(g) = ctx.group_from(&toks, at) {
                let who = match &g.pron {
                    Some(p) => ctx.pronoun_speaker(p.clone()),
                    None => ctx.speaker_after(&toks, g.end),
                };
                if who.is_some() {
                    cue = Some(toks[g.start].s..toks[g.end - 1].e);
                    speaker = who;
                    found = true;
                }
            } else if at == 1
                && let Some((c, true)) = ctx.according(&toks, 1)
                && let Some(who) = ctx.speaker_after(&toks, c + 1)
            {
                cue = Some(toks[1].s..toks[c].e);
                speaker = Some(who);
                found = true;
            } else if let Some((c, who)) = ctx.trailing_source(&toks) {
                // `attend « des actes » sur les salaires, selon sa
                // secrétaire générale.`
                cue = Some(toks[c].s..toks[c].e);
                speaker = Some(who);
                found = true;
            }
        }
        // Inside: `« ..., ajoute-t-il. ... »`, or a line of dialogue
        // `— ..., lance Karim.`.
        // A comma is a token of its own: with no comma byte inside, no
        // cue is there.
        if !found && text.as_bytes()[q.inner.clone()].contains(&b',') {
            tokens(text, q.inner.clone(), &mut toks);
            for i in 0..toks.len() {
                if ctx.word(toks[i]) != "," {
                    continue;
                }
                let Some(g) = ctx.group_from(&toks, i + 1) else { continue };
                // `« Nous ferons appel, a annoncé l'avocat, Me X. ... »`:
                // a named speaker inside the marks too.
                let who = match &g.pron {
                    Some(p) => ctx.pronoun_speaker(p.clone()),
                    None => ctx.speaker_after(&toks, g.end),
                };
                if let Some(who) = who {
                    cue = Some(toks[g.start].s..toks[g.end - 1].e);
                    speaker = Some(who);
                    found = true;
                    if q.dash {
                        span = q.inner.start..toks[i].s;
                    }
                    break;
                }
            }
        }
        // Before the opening mark.
        let sent_i = ctx.m.sentence_of(q.open);
        let sent = ctx.m.sentences.get(sent_i).cloned().unwrap_or(0..0);
        let opens_sentence = text
            .get(sent.start.min(q.open)..q.open)
            .is_some_and(|s| s.trim().is_empty());
        if !found && !q.dash {
            let mut window = floor(text, q.open.saturating_sub(BEFORE))
                .max(sent.start)..q.open;
            if opens_sentence && sent_i > 0 {
                let prev = &ctx.m.sentences[sent_i - 1];
                window = floor(text, prev.end.saturating_sub(BEFORE))
                    .max(prev.start)..q.open;
            }
            tokens(text, window, &mut toks);
            let n = toks.len();
            // `le film « Anatomie d'une chute »`, `le plan « France
            // 2030 »`: a title after its noun; words after `ce plan`
            // (`ce plan « vise à ... »`) are still someone's.
            // `le dispositif dit du « préavis individuel »`: past the
            // article or preposition of the term.
            let mut last = n.checked_sub(1);
            for _ in 0..2 {
                if let Some(j) = last.filter(|&j| j > 0)
                    && is_any_word(
                        ctx.word(toks[j]),
                        &["de", "du", "des", "la", "le", "les", "d'", "l'"],
                    )
                {
                    last = Some(j - 1);
                }
            }
            // `un modèle dit « de raisonnement »`: `dit` after a noun and
            // its determiner is `so-called` (not `se dit`, `a dit`).
            let so_called = |j: usize| {
                j >= 2
                    && is_any_word(
                        ctx.word(toks[j]),
                        &["dit", "dite", "dits", "dites"],
                    )
                    && toks[j - 1].word
                    && !is_capitalised(ctx.word(toks[j - 1]))
                    && DETERMINERS
                        .contains(key(ctx.word(toks[j - 2])).as_ref())
            };
            if let Some(j) = last.filter(|&j| j < n)
                && let t = toks[j]
                && t.word
                && (TITLE_NOUNS.contains(key(ctx.word(t)).as_ref())
                    || so_called(j))
                && (is_capitalised(&text[q.inner.clone()])
                    || words_in(ctx, q.inner.clone(), &mut Vec::new())
                        < MIN_WORDS)
            {
                continue;
            }
            if let Some((c, s)) = cue_before(ctx, &toks, n) {
                // `des chiffres jugés « très sous-estimés » par les
                // syndicats`: a passive cue's speaker is its agent.
                let agent = c
                    .as_ref()
                    .filter(|c| passive(&text[(*c).clone()]))
                    .and_then(|_| ctx.agent_after(q.close));
                speaker = agent.or(s);
                cue = c;
                found = true;
            }
        }
        if !found {
            if q.dash {
                // A line of an interview: an answer, the person
                // interviewed speaking; a question is the interviewer's.
                let line = &text[q.inner.clone()];
                if line.ends_with('?')
                    || words_in(ctx, q.inner.clone(), &mut toks) < MIN_WORDS
                {
                    continue;
                }
                // The person the line's label names (`Hélène Roussillon :
                // ...`), else the one the lines before the interview name
                // last (`La PDG de Telvia, Nadia Berrada, a répondu aux
                // questions de l'AFP.`), else the one named most.
                let labelled = ctx.entity_at(q.open).and_then(|k| {
                    let e = ctx.of_mention[k] as usize;
                    (ctx.m.kept[k].end <= q.inner.start
                        && ctx.ents[e].label == Label::Per)
                        .then_some(e)
                });
                speaker = labelled
                    .or_else(|| ctx.person_introducing(dialogue_open))
                    .or_else(|| ctx.person_most(q.open))
                    .map(|e| {
                        let ent = &ctx.ents[e];
                        let k = first_mention(ctx, e);
                        SpeakerFound {
                            span: k,
                            canonical: Some(ent.canonical.to_string()),
                            label: Some(ent.label),
                            gender: ent.gender,
                        }
                    });
            } else {
                if !opens_sentence
                    || words_in(ctx, q.inner.clone(), &mut toks) < MIN_WORDS
                {
                    continue;
                }
                // The same speaker going on.
                speaker = out
                    .last()
                    .filter(|p| {
                        p.kind == QuoteKind::Direct
                            && ctx.m.sentence_of(p.span.end) + 2 >= sent_i
                    })
                    .and_then(|p| p.speaker.clone());
            }
        }
        // A name between marks is a name.
        let inner_is_name = ctx
            .entity_at(span.start)
            .is_some_and(|k| ctx.m.kept[k].end == span.end);
        if inner_is_name && cue.is_none() {
            continue;
        }
        let span = trim_end(text, span, false);
        if span.is_empty() {
            continue;
        }
        out.push(QuoteFound { span, kind: QuoteKind::Direct, cue, speaker });
    }
    out
}

/// The start of the interview's question lines right before byte `at`
/// (`Question : ... ?` before `Réponse : ...`), or `at`.
fn questions_before(text: &str, mut at: usize) -> usize {
    loop {
        let head = text[..at].trim_end();
        let start = head.rfind('\n').map_or(0, |p| p + 1);
        let line = &head[start..];
        if line.is_empty() || !marks::question_line(line) {
            return at;
        }
        at = start;
    }
}

/// The byte range of the first mention of entity `e`.
fn first_mention(ctx: &Ctx<'_>, e: usize) -> Range<usize> {
    let first = ctx.ents[e].first;
    let i = ctx.m.first_from(first);
    ctx.m.kept.get(i).map_or(first..first, |c| c.start..c.end)
}

/// The cue and speaker of marks opening after `toks` (the window before
/// the opening mark): a speech verb before a colon, `que`, or a few words
/// before the mark; `Selon X,` opening the clause; a name or a role
/// before a colon (no cue).
type Attribution = (Option<Range<usize>>, Option<SpeakerFound>);

fn cue_before(ctx: &Ctx<'_>, toks: &[Tok], n: usize) -> Option<Attribution> {
    let colon = toks.last().is_some_and(|t| ctx.word(*t) == ":");
    let end = if colon { n - 1 } else { n };
    let lo = clause_start(ctx, toks, end);
    // The rightmost trigger of the clause.
    let mut best: Option<Attribution> = None;
    let mut i = lo;
    while i < end {
        let t = toks[i];
        let at_clause = i == lo || ctx.word(toks[i - 1]) == ",";
        if at_clause && let Some((c, selon)) = ctx.according(toks, i) {
            // A long name is one word of the source.
            let from = ctx.past_name(toks, c + 1).min(end);
            let skipped = from - (c + 1);
            let mut b = from;
            while b < end && ctx.word(toks[b]) != "," {
                b += 1;
            }
            if b < end
                && b - c - skipped <= 12
                && let Some(s) = ctx.according_speaker(toks, c + 1, b, !selon)
            {
                let (b, s) = ctx.apposition(toks, b, s);
                best = Some((Some(t.s..toks[c].e), Some(s)));
                i = b + 1;
                continue;
            }
        }
        // `la CFE-CGC exige « des engagements écrits »`: a verb of
        // demand right before the marks, or before where it was said
        // (`a salué sur le réseau social X « ... »`).
        let said_where = i + 1 < end
            && end - i <= 7
            && is_any_word(ctx.word(toks[i + 1]), &["sur", "dans"])
            && toks[i + 1..end].iter().all(|t| t.word)
            // `parle d'« un dossier sauvé de justesse »`.
            || i + 2 == end
                && is_any_word(ctx.word(toks[i + 1]), &["d'", "de", "du"]);
        if (i + 1 == end || said_where) && !colon && t.word {
            let w = ctx.word(t);
            // The table's participles end in `é`, its finite forms not.
            let finite = !w.ends_with('é');
            let aux = i > lo && matches!(ctx.word(toks[i - 1]), "a" | "ont");
            if tables::DEMAND_VERBS.contains(w) && (finite || aux) {
                let start = if finite { i } else { i - 1 };
                let who = ctx.subject_before(toks, lo, start);
                if who.is_some() {
                    return Some((Some(toks[start].s..t.e), who));
                }
            }
        }
        if let Some(g) = ctx.group_at(toks, i) {
            let after = &toks[g.end..end];
            let que = after.iter().take(8).any(|t| {
                let w = ctx.word(*t);
                is(w, "que") || is(w, "qu'")
            });
            let near = after.len() <= 4 && after.iter().all(|t| t.word);
            // `Le syndicat dit attendre de la nouvelle directrice « des
            // actes »`: an infinitive of demand, its complement, the marks.
            let wants = after.len() <= 9
                && after.iter().all(|t| t.word)
                && after.first().is_some_and(|t| {
                    is_any_word(
                        ctx.word(*t),
                        &[
                            "attendre",
                            "réclamer",
                            "exiger",
                            "demander",
                            "vouloir",
                        ],
                    )
                });
            if colon || que || near || wants {
                let who = match &g.pron {
                    Some(p) => ctx.pronoun_speaker(p.clone()),
                    None => ctx.subject_before(toks, lo, g.start),
                };
                // `Le gouvernement a salué « ... », tout en reconnaissant
                // que « ... »`: a present participle's subject is the
                // sentence's, across the marks before it.
                // `X a salué une reprise « exemplaire » et estime que
                // « ... »`: a verb coordinated with `et` has the subject
                // of the one before, across the marks.
                let who = match who {
                    None if g.gerund
                        || g.start > 0
                            && is(ctx.word(toks[g.start - 1]), "et") =>
                    {
                        let first = sentence_start(ctx, toks, g.start);
                        ctx.subject_before(toks, first, g.start)
                    }
                    who => who,
                };
                best = Some((Some(toks[g.start].s..toks[g.end - 1].e), who));
                i = g.end;
                continue;
            }
        }
        i += 1;
    }
    if best.is_some() {
        return best;
    }
    if colon && end > lo {
        // `Le ministre : «`, `..., Marine Le Pen : «`.
        let who = ctx.subject_before(toks, lo, end)?;
        return Some((None, Some(who)));
    }
    None
}

/// Whether `a` and `b` read the same lowered (`str::to_lowercase`):
/// compared in place when both are ASCII (most names and nouns).
fn same_lowered(a: &str, b: &str) -> bool {
    match a.is_ascii() && b.is_ascii() {
        true => a.eq_ignore_ascii_case(b),
        false => a.to_lowercase() == b.to_lowercase(),
    }
}

/// Whether `w` is one of `words` ([`is`]).
fn is_any_word(w: &str, words: &[&str]) -> bool {
    words.iter().any(|x| is(w, x))
}

/// Whether a cue is a past participle without `avoir` (`jugés`, `sont
/// jugés`, `qualifiée`): a passive, whose agent, if named, speaks.
fn passive(cue: &str) -> bool {
    let mut words = cue.split_whitespace();
    let (Some(first), last) = (words.next(), words.next_back()) else {
        return false;
    };
    let participle = last.unwrap_or(first);
    let aux_ok = last.is_none()
        || ["est", "sont", "était", "étaient", "a été", "ont été"]
            .iter()
            .any(|a| cue.starts_with(a));
    aux_ok
        && [
            "é", "ée", "és", "ées", "u", "ue", "us", "ues", "it", "ite",
            "its", "ites",
        ]
        .iter()
        .any(|e| participle.ends_with(e))
}

/// `span` without trailing white space and, for indirect speech, final
/// punctuation.
fn trim_end(text: &str, span: Range<usize>, punct: bool) -> Range<usize> {
    let s = &text[span.clone()];
    let t = match punct {
        true => s.trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, '.' | '!' | '?' | '…' | ',' | ';' | ':')
        }),
        false => s.trim_end(),
    };
    let lead = t.len() - t.trim_start().len();
    span.start + lead..span.start + t.len()
}

/// Indirect speech, sentence by sentence.
///
/// Most tokens open no rule: the loop reads each token's byte of
/// [`token_kinds`], computed once per sentence, and goes on at once from
/// a token that is neither a comma nor a word that may be `selon`, `d'`,
/// `pour` or a speech verb.
#[inline(never)]
fn indirect(ctx: &Ctx<'_>, direct: &[QuoteFound]) -> Vec<QuoteFound> {
    let text = ctx.text;
    let mut out = Vec::new();
    let mut toks = Vec::new();
    let taken = |r: &Range<usize>| {
        let i = direct.partition_point(|q| q.span.end <= r.start);
        direct.get(i).is_some_and(|q| q.span.start < r.end)
            || ctx.marks_in(r.clone())
    };
    let mut kinds = Vec::new();
    let mut mark = 0;
    let wanted = triggered(ctx);
    for (sent, _) in ctx.m.sentences.iter().zip(&wanted).filter(|(_, w)| **w) {
        tokens(text, sent.clone(), &mut toks);
        token_kinds(ctx, &toks, &mut kinds);
        let mut stops = Stops::NONE;
        let n = toks.len();
        let mut i = 0;
        // The first token of the clause: after the last colon, semicolon
        // or mark, kept as the tokens go by.
        let mut lo = 0;
        while i < n {
            if i > lo && kinds[i - 1] & BREAK != 0 {
                lo = i;
            }
            // Most tokens ask for nothing: passed over on their byte, a
            // break among them opening the clause after it.
            while let Some(&k) = kinds.get(i)
                && k & (COMMA | CUE | VERB) == 0
            {
                if k & BREAK != 0 {
                    lo = i + 1;
                }
                i += 1;
            }
            let Some(&t) = toks.get(i) else { break };
            // Whether the token lies inside a marked span, with a cursor:
            // the tokens go forward through the text.
            while ctx.marked.get(mark).is_some_and(|q| q.open <= t.s) {
                mark += 1;
            }
            if mark > 0 && t.s < ctx.marked[mark - 1].close {
                i += 1;
                continue;
            }
            let at_clause = i == lo || kinds[i - 1] & COMMA != 0;
            // `Selon X, <clause>` and `<clause>, selon X.`
            if at_clause
                && kinds[i] & CUE != 0
                && let Some((c, selon)) = ctx.according(&toks, i)
            {
                // A long name is one word of the source.
                let from = ctx.past_name(&toks, c + 1);
                let skipped = from - (c + 1);
                let mut b = from;
                while b < n.min(c + 14 + skipped)
                    && (!matches!(
                        ctx.word(toks[b]),
                        "," | "." | ";" | ":" | "?" | "!"
                    ) || abbreviated_title(ctx, &toks, b))
                {
                    b += 1;
                }
                let comma = b < n && ctx.word(toks[b]) == ",";
                if comma
                    && b - c - skipped <= 12
                    && i == lo
                    && let Some(s) =
                        ctx.according_speaker(&toks, c + 1, b, !selon)
                {
                    let (b, s) = ctx.apposition(&toks, b, s);
                    let mut end = clause_end(ctx, &toks, &mut stops, b + 1);
                    // `Selon X, Telvia paie le prix fort mais s'achète une
                    // place`: the whole sentence is X's view; a `mais`
                    // with no comma before joins a second verb.
                    loop {
                        let j = toks.partition_point(|t| t.s < end);
                        if j < n
                            && toks[j].word
                            && j > b + 1
                            && ctx.word(toks[j - 1]) != ","
                        {
                            end = clause_end(ctx, &toks, &mut stops, j);
                        } else {
                            break;
                        }
                    }
                    let span =
                        trim_end(text, toks[(b + 1).min(n - 1)].s..end, true);
                    let reported = has_report(ctx, &toks, b + 1);
                    if !span.is_empty() && !reported && !taken(&span) {
                        out.push(QuoteFound {
                            span: span.clone(),
                            kind: QuoteKind::Indirect,
                            cue: Some(t.s..toks[c].e),
                            speaker: Some(s),
                        });
                        i = toks.partition_point(|t| t.s < span.end);
                        continue;
                    }
                } else if selon
                    && i > lo
                    && i - lo >= 3
                    // `« des actes » sur les salaires, selon X`: the
                    // source is the marked words', not the rest's.
                    && !(lo > 0
                        && matches!(ctx.word(toks[lo - 1]), "»" | "”" | "\""))
                    && let Some((b, s)) = ctx.closing_source(&toks, c, b)
                {
                    let span = trim_end(text, toks[lo].s..toks[i - 1].s, true);
                    if !taken(&span) {
                        out.push(QuoteFound {
                            span,
                            kind: QuoteKind::Indirect,
                            cue: Some(t.s..toks[c].e),
                            speaker: Some(s),
                        });
                        i = b;
                        continue;
                    }
                }
            }
            // `<clause>, estime l'Insee.`
            if kinds[i] & COMMA != 0
                && i > lo
                && !matches!(ctx.word(toks[i - 1]), "»" | "\"" | "”")
                && let Some(g) = ctx.group_from(&toks, i + 1)
            {
                let who = match &g.pron {
                    Some(p) => ctx.pronoun_speaker(p.clone()),
                    None => ctx.speaker_after(&toks, g.end),
                };
                let from = lo
                    + usize::from(matches!(
                        ctx.word(toks[lo]),
                        "—" | "–" | "-"
                    ));
                let span = trim_end(text, toks[from.min(i)].s..t.s, true);
                let words =
                    toks[from.min(i)..i].iter().filter(|t| t.word).count();
                if let Some(who) = who
                    && words >= 3
                    && (g.pron.is_some() || ctx.speaker_like(&toks, g.end))
                    && !taken(&span)
                    // `..., dont 40 à Madrid, a-t-elle indiqué`: a verb
                    // with its subject pronoun after it has no subject
                    // before.
                    && (g.pron.is_some() || !subject_piece(ctx, &toks, lo, i))
                    && !introduces(ctx, &toks, who.span.end)
                {
                    out.push(QuoteFound {
                        span,
                        kind: QuoteKind::Indirect,
                        cue: Some(toks[g.start].s..toks[g.end - 1].e),
                        speaker: Some(who),
                    });
                    i = g.end;
                    continue;
                }
            }
            // `X a déclaré que ...`, `X a reconnu avoir ...`.
            if kinds[i] & VERB != 0
                && let Some(g) = ctx.group_of(&toks, i)
            {
                if let Some(from) = report_start(ctx, &toks, g.end) {
                    let end = clause_end(ctx, &toks, &mut stops, from);
                    let span = trim_end(text, toks[from].s..end, true);
                    if !span.is_empty() && !taken(&span) {
                        let who = match &g.pron {
                            Some(p) => ctx.pronoun_speaker(p.clone()),
                            None => ctx.subject_before(&toks, lo, g.start),
                        };
                        // `a jugé « ... » et indiqué que`: the subject of
                        // the verb the participle is coordinated with.
                        let who = match who {
                            None if g.start > 0
                                && is(ctx.word(toks[g.start - 1]), "et") =>
                            {
                                let first =
                                    sentence_start(ctx, &toks, g.start);
                                ctx.subject_before(&toks, first, g.start)
                            }
                            who => who,
                        };
                        out.push(QuoteFound {
                            span: span.clone(),
                            kind: QuoteKind::Indirect,
                            cue: Some(toks[g.start].s..toks[g.end - 1].e),
                            speaker: who,
                        });
                        i = toks.partition_point(|t| t.s < span.end);
                        continue;
                    }
                }
                i = g.end;
                continue;
            }
            i += 1;
        }
    }
    out
}

/// Whether the piece before the comma at `i` is the subject of the verb
/// after it rather than reported words: a name in apposition (`Son
/// adversaire, Jasmine Paolini, a reconnu`) or a relative clause (`Un
/// investisseur, qui a requis l'anonymat, juge`).
fn subject_piece(ctx: &Ctx<'_>, toks: &[Tok], lo: usize, i: usize) -> bool {
    let lo = lo.max(i.saturating_sub(SUBJECT_REACH));
    let mut a = i;
    while a > lo && ctx.word(toks[a - 1]) != "," {
        a -= 1;
    }
    if a == i || a == lo {
        return false;
    }
    let first = ctx.word(toks[a]);
    if ["qui", "que", "qu'", "dont", "où"].iter().any(|w| is(first, w)) {
        // The relative clause of a subject that opens the clause, a noun
        // phrase of a few words; not that of a name deep in a reported
        // clause (`X a nommé Y, en remplacement de Z, qui quittera ses
        // fonctions, a annoncé la banque`).
        let head = &toks[lo..a - 1];
        return head.len() <= 8 && head.iter().all(|t| ctx.word(*t) != ",");
    }
    ctx.entity_at(toks[a].s).is_some_and(|k| {
        toks.partition_point(|t| t.s < ctx.m.kept[k].end) == i
    })
}

/// Whether the piece after byte `at` goes on to words of its own (a
/// colon or marks before any comma): the verb before then introduces
/// them, and what follows it is its object, not its subject (`a reconnu
/// la supériorité de X : « ... »`; but `juge l'instance, qui appelle à
/// « ... »`).
fn introduces(ctx: &Ctx<'_>, toks: &[Tok], at: usize) -> bool {
    let k = toks.partition_point(|t| t.s < at);
    toks[k..]
        .iter()
        .take(REACH)
        .map(|t| ctx.word(*t))
        .take_while(|w| *w != ",")
        .any(|w| matches!(w, ":" | "«" | "\"" | "“"))
}

/// Whether token `b` is the full stop of an abbreviated title (`Selon
/// M. Bennis,`, `Dr.`), glued to it, which ends no clause.
fn abbreviated_title(ctx: &Ctx<'_>, toks: &[Tok], b: usize) -> bool {
    b > 0
        && ctx.word(toks[b]) == "."
        && toks[b - 1].e == toks[b].s
        && matches!(ctx.word(toks[b - 1]), "M" | "MM" | "Dr" | "Pr" | "Mgr")
}

/// For each sentence, whether a trigger word of indirect speech (a
/// speech verb form, `selon`, `d'après`, `Pour`, `, pour`) stands in it
/// as a whole word: one pass over the words of the text, which leaves a
/// sentence at its first trigger. A trigger belongs to the sentence its
/// first byte is in ([`Mentions::sentence_of`]).
///
/// The places a word may start are found 64 bytes at a time
/// ([`super::scan::word_bytes`]): an ASCII letter or digit, or the first
/// byte of a character outside ASCII, after a byte that is no ASCII
/// letter or digit. Most are passed by a bit test on their first four
/// bytes ([`tables::Heads`]); only the others are read as words, by
/// [`trigger_at`].
#[inline(never)]
fn triggered(ctx: &Ctx<'_>) -> Vec<bool> {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let sentences = ctx.m.sentences;
    let triggers = &*tables::TRIGGER_WORDS;
    let heads = &*tables::TRIGGER_HEADS;
    // Words of other lengths are no trigger, nor `après` or `pour`.
    let (shortest, longest) = triggers.lengths;
    let lengths = shortest.min(4)..=longest.max("après".len());
    let mut out = vec![false; sentences.len()];
    // The 64 bytes read from `at`.
    let mut at = 0;
    // Whether the byte before `at` is no ASCII letter or digit, as bit
    // 0: the start of the text is a place a word may start.
    let mut before = 1;
    'windows: while at < bytes.len() {
        // The 64 bytes, and the four after them: the first four bytes of
        // a word starting in the 64. At the end of the text, padded with
        // spaces (no word starts in them; a word ends before them).
        let window: [u8; 68] = match bytes.get(at..at + 68) {
            Some(w) => w.try_into().unwrap_or([b' '; 68]),
            None => {
                let mut w = [b' '; 68];
                w[..bytes.len() - at].copy_from_slice(&bytes[at..]);
                w
            }
        };
        let (word, lead) = super::scan::word_bytes(
            window.first_chunk().unwrap_or(&[b' '; 64]),
        );
        let other = !word;
        let mut starts = (other << 1 | before) & (word | lead);
        before = other >> 63;
        let base = at;
        at += 64;
        while starts != 0 {
            let j = starts.trailing_zeros() as usize & 63;
            starts &= starts - 1;
            if !heads.may_start([
                window[j],
                window[j + 1],
                window[j + 2],
                window[j + 3],
            ]) {
                continue;
            }
            let Some((hit, i)) =
                trigger_at(text, base + j, triggers, &lengths)
            else {
                continue;
            };
            let k = ctx.m.sentence_of(hit);
            if let Some(w) = out.get_mut(k) {
                *w = true;
            }
            // On to the next sentence, past a word it would open in the
            // middle of (a trigger starting there belongs to this one):
            // the first byte a word is looked at from.
            let from = match sentences.get(k + 1) {
                None => break 'windows,
                Some(next) if next.start > i => {
                    if alnum_before(text, next.start) {
                        word_end(text, next.start)
                    } else {
                        next.start
                    }
                }
                Some(_) => i,
            };
            if from >= at {
                // Past these 64 bytes: read on from `from`.
                at = from;
                before = u64::from(
                    from == 0 || !ASCII_WORD[usize::from(bytes[from - 1])],
                );
                continue 'windows;
            }
            // Within them: the places before `from` are passed.
            starts &= u64::MAX << (from - base);
        }
    }
    out
}

/// The trigger of [`triggered`] whose word starts at byte `s`, if one
/// does (the byte opening a letter or digit, after a byte that is no
/// ASCII letter or digit), a word of one of the `lengths` of the
/// triggers: the byte the trigger belongs to and the end of the word.
/// Kept out of line: few places reach it.
#[inline(never)]
fn trigger_at(
    text: &str,
    s: usize,
    triggers: &tables::Words,
    lengths: &RangeInclusive<usize>,
) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    // A whole word: from a letter or digit after no letter or digit (the
    // byte before `s` being outside ASCII, the character it ends is
    // read) to the next byte that is no letter.
    let first = if bytes[s] < 0x80 {
        1
    } else {
        let (n, word) = char_class(text, s);
        if !word {
            return None;
        }
        n
    };
    if s > 0 && bytes[s - 1] >= 0x80 && alnum_before(text, s) {
        return None;
    }
    let i = word_end(text, s + first);
    let w = &bytes[s..i];
    if !lengths.contains(&w.len()) {
        return None;
    }
    let hit =
        if triggers.may_contain_bytes(w) && triggers.contains(&text[s..i]) {
            Some(s)
        } else if w[0] == b'a' && w == "après".as_bytes() {
            // `d'après`, `D’après`: a `d` standing alone before the
            // apostrophe.
            [1, 3]
                .into_iter()
                .find(|&k| {
                    matches!(text.get(s.saturating_sub(k)..s), Some("'" | "’"))
                })
                .and_then(|k| {
                    let d = s.checked_sub(k + 1)?;
                    (matches!(bytes[d], b'd' | b'D') && !alnum_before(text, d))
                        .then_some(d)
                })
        } else if w[0] == b'p'
            && w == b"pour"
            && s >= 2
            && &bytes[s - 2..s] == b", "
        {
            Some(s - 2)
        } else {
            None
        };
    Some((hit?, i))
}

/// The length of the character at byte `i` and whether it is a letter or
/// a digit.
#[inline]
fn char_class(text: &str, i: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    match bytes[i] {
        b if b < 0x80 => (1, words::ASCII_WORD[usize::from(b)]),
        // U+00C0 to U+00FF (`é`, `à`, `ç`, and `×`, `÷`): most characters
        // outside ASCII in French, their code the low bits of the second
        // byte, with no decoding.
        0xC3 => (2, super::is_alnum(char::from(0xC0 | (bytes[i + 1] & 0x3F)))),
        // Decoded from its bytes: `i` is a character boundary.
        _ => {
            let (c, n) = wide_char(bytes, i);
            (n, super::is_alnum(c))
        }
    }
}

/// The first byte from `i` on that is no letter or digit.
#[inline]
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while let Some(b) = bytes.get(i)
            && words::ASCII_WORD[usize::from(*b)]
        {
            i += 1;
        }
        if bytes.get(i).is_none_or(|&b| b < 0x80) {
            return i;
        }
        let (n, word) = char_class(text, i);
        if !word {
            return i;
        }
        i += n;
    }
}

/// Whether the last token of `piece` may be a word: its last character
/// that is not white space is a letter, a digit, a hyphen or an
/// apostrophe. Any other character is a token of its own, and no word
/// then ends the piece.
fn ends_with_word(piece: &str) -> bool {
    piece
        .chars()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| super::is_alnum(c) || matches!(c, '-' | '\'' | '’'))
}

fn alnum_before(text: &str, i: usize) -> bool {
    text[..i].chars().next_back().is_some_and(super::is_alnum)
}

/// Where the reported clause after a verb group ending at `j` starts:
/// after `que` (a few complements between), or at `avoir` / `être`.
fn report_start(ctx: &Ctx<'_>, toks: &[Tok], j: usize) -> Option<usize> {
    for (k, t) in toks.iter().enumerate().skip(j).take(8) {
        if !t.word {
            return None;
        }
        let w = ctx.word(*t);
        if is(w, "que") || is(w, "qu'") {
            return (k + 1 < toks.len()).then_some(k + 1);
        }
        // `a déclaré avoir`, `estime pouvoir`, `assure vouloir`.
        if k < j + 3
            && ["avoir", "être", "pouvoir", "devoir", "vouloir"]
                .iter()
                .any(|v| is(w, v))
        {
            return Some(k);
        }
        if k < j + 2 && (is(w, "ne") || is(w, "n'")) {
            return Some(k);
        }
        // `a confirmé viser`, `dit espérer`: an infinitive right after
        // the verb.
        if k == j && infinitive_like(w) {
            return Some(k);
        }
    }
    None
}

/// Whether `w` has the form of an infinitive (`viser`, `agir`,
/// `atteindre`) and is none of the common words so ending that follow a
/// verb (`hier`, `entre`, `encore`).
fn infinitive_like(w: &str) -> bool {
    const NOT: &[&str] = &[
        "autre", "cadre", "centre", "chiffre", "contre", "dernier", "encore",
        "entre", "hier", "libre", "membre", "nombre", "notre", "ordre",
        "outre", "premier", "propre", "quatre", "titre", "votre",
    ];
    // The endings first: they tell most words out with no pass over
    // their characters.
    (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
        && w.chars().count() >= 4
        && w.chars().all(char::is_lowercase)
        && !NOT.contains(&w)
}

/// Whether the clause from `from` reports speech of its own (`il a
/// déclaré que`), which then carries the quote.
fn has_report(ctx: &Ctx<'_>, toks: &[Tok], from: usize) -> bool {
    (from..toks.len().min(from + REACH)).any(|i| {
        ctx.group_at(toks, i)
            .is_some_and(|g| report_start(ctx, toks, g.end).is_some())
    })
}

/// Whether token `t` ends a reported clause: a semicolon or `mais`.
fn clause_stop(ctx: &Ctx<'_>, t: Tok) -> bool {
    match t.word {
        // Four bytes, as `is` reads `mais` only so.
        true => t.e - t.s == 4 && is(ctx.word(t), "mais"),
        false => ctx.word(t) == ";",
    }
}

/// The first clause stop of a sentence at or after a token, found by a
/// forward scan that keeps its last answer: no stop stands in
/// `from..at`, and `at` is a stop or the token count. The clauses of a
/// sentence are asked for in order, so each token is read about once,
/// and only in the sentences that report a clause.
#[derive(Clone, Copy)]
struct Stops {
    from: usize,
    at: usize,
}

impl Stops {
    /// Nothing known yet (a new sentence).
    const NONE: Stops = Stops { from: usize::MAX, at: 0 };

    fn first(&mut self, ctx: &Ctx<'_>, toks: &[Tok], k: usize) -> usize {
        if !(self.from <= k && k <= self.at) {
            // `estime que A, mais que B`: a second clause of the same
            // verb goes on.
            let at = (k..toks.len())
                .find(|&j| {
                    clause_stop(ctx, toks[j])
                        && !(toks[j].word
                            && toks.get(j + 1).is_some_and(|n| {
                                n.word
                                    && ["que", "qu'", "qu\u{2019}"]
                                        .iter()
                                        .any(|q| is(ctx.word(*n), q))
                            }))
                })
                .unwrap_or(toks.len());
            *self = Stops { from: k, at };
        }
        self.at
    }
}

/// The byte where a reported clause from token `from` ends: the end of
/// the sentence, a semicolon, or `mais`.
fn clause_end(
    ctx: &Ctx<'_>,
    toks: &[Tok],
    stops: &mut Stops,
    from: usize,
) -> usize {
    let Some(first) = toks.get(from) else {
        return toks.last().map_or(0, |t| t.e);
    };
    match toks.get(stops.first(ctx, toks, from + 1)) {
        Some(t) => t.s,
        None => toks.last().map_or(first.s, |t| t.e),
    }
}

// The bits of a token's byte in [`token_kinds`].
/// A token that ends a clause ([`is_clause_break`]).
const BREAK: u8 = 1;
/// A comma.
const COMMA: u8 = 2;
/// A word that may be `selon`, `d'` (of `d'après`) or `pour`
/// ([`Ctx::according`]): its first letter and length.
const CUE: u8 = 4;
/// A word that may be a speech verb: it passes the bit filter of
/// [`Ctx::group_at`].
const VERB: u8 = 8;

/// For each token of a sentence, what the indirect pass asks of it, read
/// once: the loop of [`indirect`] passes over most tokens on this byte
/// alone.
fn token_kinds(ctx: &Ctx<'_>, toks: &[Tok], out: &mut Vec<u8>) {
    let bytes = ctx.text.as_bytes();
    let triggers = &*tables::TRIGGER_WORDS;
    // A word of another length is no form of a speech verb.
    let (shortest, longest) = triggers.lengths;
    out.clear();
    out.extend(toks.iter().map(|&t| {
        let w = &bytes[t.s..t.e];
        if !t.word {
            // Most marks are one ASCII byte, told without the text.
            return match w {
                b"," => COMMA,
                b":" | b";" | b"-" => BREAK,
                [b] if *b != b'"' => 0,
                _ if is_clause_break(t, ctx) => BREAK,
                _ => 0,
            };
        }
        let cue = matches!(w.len(), 2 | 4 | 5)
            && matches!(w[0], b's' | b'S' | b'p' | b'P' | b'd' | b'D');
        let verb = (shortest..=longest).contains(&w.len())
            && triggers.may_contain_bytes(w);
        (u8::from(cue) * CUE) | (u8::from(verb) * VERB)
    }));
}

#[cfg(test)]
mod tests;
