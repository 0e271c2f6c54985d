//! Document-level decisions: which candidates are names, one label and
//! one canonical form per name, and the mentions the first pass could not
//! see alone.
//!
//! A name's label is decided once, from the evidence of all its mentions.
//! Mentions are grouped by their lower-cased form, so `xAI`, `Xai` and
//! `xai` are one name; a surname joins the full name it ends (`Musk` after
//! `Elon Musk`). A sentence opener with no evidence of its own is kept
//! only when the document has the same name elsewhere. Words the first
//! pass left out are taken when they repeat a known one-word name, in any
//! case, except a lower-case form that is a common word. The canonical
//! form is the listed name, else the fullest, best-cased form.

use std::borrow::Cow;
use std::sync::Arc;

use super::gazetteer::{Gazetteer, Strength};
use super::mentions::{
    LABELS, Mention, demonym_shaped, initials_match, lower, slot, weight,
};
use super::tables::{
    BODY_HEADS, COUNTRIES, DEMONYMS, LEXICON, Map, NAME_HEADS, NOUNS,
    PLACES_TOWNS, PROPER_NAMES, ROUTE_NOUNS, SEAT_HEADS, SHORT_NAME_WORDS,
    TOWN_DEMONYMS,
};
use super::tokens::{Kept, Kind, Shape, Token};
use crate::extract::{Candidate, EntityValue, Found};
use crate::model::Label;

/// The gender a title before token `first` gives (`Mme`: true, `M.`:
/// false), if there is one.
pub(super) fn title_gender(
    text: &str,
    toks: &[Token],
    first: usize,
) -> Option<bool> {
    let word = |k: usize| toks.get(k).map(|t| &text[t.range()]);
    let p = first.checked_sub(1)?;
    match word(p)? {
        "Mme" | "Madame" | "Mlle" | "Mademoiselle" => Some(true),
        "Monsieur" => Some(false),
        "." => match word(p.checked_sub(1)?)? {
            "M" => Some(false),
            "Mme" => Some(true),
            _ => None,
        },
        _ => None,
    }
}

/// The gender of the given name opening the lower-cased full name `full`
/// (female: true), when the lists know it only as one; `name` is a
/// buffer for the name capitalised.
fn given_gender(full: &str, name: &mut String) -> Option<bool> {
    let first = full.split(' ').next()?;
    let mut chars = first.chars();
    name.clear();
    name.extend(chars.next()?.to_uppercase());
    name.push_str(chars.as_str());
    super::given_name_gender(name).map(|g| g == crate::model::Gender::Female)
}

/// The written form of a mention: its tokens with single spaces (none
/// after an elision), so that `d' Elon  Musk` reads `Elon Musk`. Most
/// mentions are written so already and borrow the text.
pub(super) fn form<'t>(
    text: &'t str,
    toks: &[Token],
    first: usize,
    last: usize,
) -> Cow<'t, str> {
    let as_written = (first + 1..last).all(|k| {
        let (p, t) = (&toks[k - 1], &toks[k]);
        let gap = &text.as_bytes()[p.end as usize..t.start as usize];
        if t.space_before() && p.kind != Kind::Elision {
            gap == b" "
        } else {
            gap.is_empty()
        }
    });
    if as_written {
        return Cow::Borrowed(
            &text[toks[first].start as usize..toks[last - 1].end as usize],
        );
    }
    let mut s = String::new();
    for k in first..last {
        let t = &toks[k];
        if k > first && t.space_before() && toks[k - 1].kind != Kind::Elision {
            s.push(' ');
        }
        s.push_str(&text[t.range()]);
    }
    Cow::Owned(s)
}

/// How well a form is cased, higher is better: inner capitals were
/// written on purpose (`xAI`, `OpenAI`), machine translation and titles
/// flatten them (`Xai`, `XAI`, `xai`).
fn case_rank(form: &str) -> u8 {
    // Most forms are ASCII, read byte by byte, where a letter's case is
    // the same as its character's: one pass tells an ASCII form (no byte
    // with its high bit) and finds a capital after the first byte.
    let b = form.as_bytes();
    let (mut bits, mut inner) = (b.first().copied().unwrap_or(0), false);
    for &c in b.iter().skip(1) {
        bits |= c;
        inner |= c.is_ascii_uppercase();
    }
    let (first_upper, inner_upper, lower) = if bits.is_ascii() {
        (
            b.first().is_some_and(u8::is_ascii_uppercase),
            inner,
            b.iter().any(u8::is_ascii_lowercase),
        )
    } else {
        (
            form.chars().next().is_some_and(char::is_uppercase),
            form.chars().skip(1).any(char::is_uppercase),
            form.chars().any(char::is_lowercase),
        )
    };
    match (inner_upper, lower, first_upper) {
        (true, true, _) => 3,
        (false, true, true) => 2,
        (_, false, true) => 1,
        _ => 0,
    }
}

/// Legal forms that end a company's name, lower case: the document's
/// `Vallourec SA` and `Vallourec` are one company, named without it.
const LEGAL_FORMS: &[&str] = &[
    "ag", "bv", "co.", "corp", "corp.", "gmbh", "inc", "inc.", "llc", "ltd",
    "ltd.", "nv", "plc", "sa", "sarl", "sas", "se", "spa",
];

/// The length of the longest of [`LEGAL_FORMS`], in bytes.
const LONGEST_FORM: usize = {
    let (mut n, mut i) = (0, 0);
    while i < LEGAL_FORMS.len() {
        if LEGAL_FORMS[i].len() > n {
            n = LEGAL_FORMS[i].len();
        }
        i += 1;
    }
    n
};

/// Whether `acronym` (lower case) is made of the initials of the words
/// of `full` (lower case), grammatical words given or not (`organisation
/// mondiale de la santé` → `oms`, `olympique de marseille` → `om`).
fn initials_of(full: &str, acronym: &str) -> bool {
    let words = full.split([' ', '-']).filter_map(|w| {
        let w = super::mentions::without_elision(w);
        (!w.is_empty()).then_some(w)
    });
    if super::mentions::initials_match(words, acronym) {
        return true;
    }
    // `Agence régionale de santé de Normandie (ARS)`: without the place
    // served after the last `de` (a word or two; keys are lower case).
    full.rsplit_once(" de ")
        .or_else(|| full.rsplit_once(" du "))
        .filter(|(_, place)| place.split(' ').count() <= 2)
        .is_some_and(|(body, _)| initials_of(body, acronym))
}

/// Size of the fingerprint bit set.
const FINGERPRINTS: usize = 1 << 14;

/// Each byte, ASCII letters lower-cased, times `W`: the weight of a
/// word's first (31) or last (7) byte in its [`fingerprint`], one load
/// per byte where the fingerprint is taken of every word of a text.
const fn weighted<const W: u16>() -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).to_ascii_lowercase() as u16 * W;
        b += 1;
    }
    t
}

/// A word's first byte, ASCII letters lower-cased, times 31.
static FIRST_WEIGHT: [u16; 256] = weighted::<31>();

/// A word's last byte, ASCII letters lower-cased, times 7.
static LAST_WEIGHT: [u16; 256] = weighted::<7>();

/// A fingerprint of a word for [`FINGERPRINTS`] bits: its length and its
/// first and last bytes, ASCII letters lower-cased (`len * 131 + first *
/// 31 + last * 7`).
fn fingerprint(w: &[u8]) -> usize {
    let first = w.first().map_or(0, |&b| FIRST_WEIGHT[usize::from(b)]);
    let last = w.last().map_or(0, |&b| LAST_WEIGHT[usize::from(b)]);
    (w.len() * 131 + usize::from(first) + usize::from(last)) % FINGERPRINTS
}

/// The [`fingerprint`] of word token `t` of `text`, read from its two
/// end bytes without slicing the word: every word of a text is asked.
#[inline(always)]
fn token_fingerprint(text: &[u8], t: &Token) -> usize {
    let (start, end) = (t.start as usize, t.end as usize);
    // A word token holds a byte at least.
    let first = usize::from(FIRST_WEIGHT[usize::from(text[start])]);
    let last = usize::from(LAST_WEIGHT[usize::from(text[end - 1])]);
    ((end - start) * 131 + first + last) % FINGERPRINTS
}

/// The bit of `k` in a 64-bit mask of a few keys: a key not in the
/// mask is in no map of those keys, told without hashing it (most keys
/// looked up in a map of a few are not there).
fn key_bit(k: &str) -> u64 {
    1 << (fingerprint(k.as_bytes()) % 64)
}

/// Words of names (first words, heads, tails) → the one full name that
/// has them, `None` once two share them, with the [`key_bit`]s of the
/// words: most words asked are in no name.
#[derive(Default)]
struct Noted<'k> {
    map: Map<&'k str, Option<&'k str>>,
    bits: u64,
}

impl<'k> Noted<'k> {
    /// `first` → `full`, or `None` once another full name shares `first`.
    fn note(&mut self, first: &'k str, full: &'k str) {
        self.bits |= key_bit(first);
        let e = self.map.entry(first).or_insert(Some(full));
        if *e != Some(full) {
            *e = None;
        }
    }

    /// The full name of `k`, `Some(None)` when two share it.
    fn get(&self, k: &str) -> Option<&Option<&'k str>> {
        if self.bits & key_bit(k) == 0 {
            return None;
        }
        self.map.get(k)
    }

    fn contains_key(&self, k: &str) -> bool {
        self.get(k).is_some()
    }

    fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Forgets the words noted for a full name of `gone`.
    fn forget(&mut self, gone: &Map<&str, ()>) {
        self.map.retain(|_, full| full.is_none_or(|f| !gone.contains_key(f)));
    }
}

/// Names of several words kept by their first word, each with its
/// cluster, in the order they were added: one vector for every word
/// rather than one each (most words open one name).
#[derive(Default)]
struct Lists<'a> {
    /// First word → indices in `names` of its first and last names.
    heads: Map<&'a str, (u32, u32)>,
    /// A name, its cluster, and the index of the next name of its first
    /// word ([`Lists::END`] after the last).
    names: Vec<(&'a str, usize, u32)>,
}

impl<'a> Lists<'a> {
    /// No next name.
    const END: u32 = u32::MAX;

    fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// Adds `name` (with its cluster) under `first`, unless it is there:
    /// one look-up of `first` whether it is new or not.
    fn add(&mut self, first: &'a str, name: &'a str, cluster: usize) {
        use std::collections::hash_map::Entry;
        let i = self.names.len() as u32;
        match self.heads.entry(first) {
            Entry::Occupied(mut e) => {
                let (mut next, last) = *e.get();
                while let Some(&(f, _, n)) = self.names.get(next as usize) {
                    if f == name {
                        return;
                    }
                    next = n;
                }
                e.get_mut().1 = i;
                self.names[last as usize].2 = i;
            }
            Entry::Vacant(e) => {
                e.insert((i, i));
            }
        }
        self.names.push((name, cluster, Lists::END));
    }

    /// The names under `first` and their clusters, in the order added.
    fn get(&self, first: &str) -> impl Iterator<Item = (&'a str, usize)> {
        let mut next = self.heads.get(first).map_or(Lists::END, |&(h, _)| h);
        let names = &self.names;
        std::iter::from_fn(move || {
            let &(name, cluster, n) = names.get(next as usize)?;
            next = n;
            Some((name, cluster))
        })
    }
}

struct Cluster<'g> {
    scores: [f32; 4],
    /// The listed canonical form, borrowed from the gazetteer.
    canonical: Option<&'g str>,
    /// The best form so far: its rank (word count, case rank, not
    /// initial, earlier first) and its index in the forms.
    best: Option<((usize, u8, bool, isize), usize)>,
    capitalised: bool,
    /// Every mention is one word with nothing but the default guess.
    bare: bool,
    /// Some mention names it without a legal form (`Oakmere` beside
    /// `Oakmere Holdings Ltd`).
    plain: bool,
    /// The canonical form is a listed expansion (`Confédération générale
    /// du travail` for `CGT`), kept only when the text names it so.
    expanded: bool,
    /// The largest score a mention's form gave a person: counted once.
    person_form: f32,
    /// The scores of its mentions after `famille`, counted only for a
    /// name that has no other.
    family: [f32; 4],
}

/// The index of a gender (`Some(true)` female, `Some(false)` male,
/// `None` unknown) in the per-surname slots of [`decide`].
fn gender_slot(female: Option<bool>) -> usize {
    match female {
        Some(true) => 0,
        Some(false) => 1,
        None => 2,
    }
}

/// The evidence from which a name that is also a common word is read
/// again where it opens a sentence: more than one cue of context.
const STRONG: f32 = 8.0;

/// The length from which a text is read as a whole article (a few
/// sentences), in bytes.
const ARTICLE_BYTES: usize = 600;

/// The words of `k` before and after its last space, if it has one: a
/// name is a few short words, read byte by byte faster than searched.
fn last_word(k: &str) -> Option<(&str, &str)> {
    let i = k.bytes().rposition(|b| b == b' ')?;
    Some((&k[..i], &k[i + 1..]))
}

/// The words of `k` before and after its first space, if it has one, as
/// `split_once(' ')` gives them: read byte by byte, a name's few bytes
/// cost less than a searcher set up for each.
fn first_word(k: &str) -> Option<(&str, &str)> {
    let i = k.bytes().position(|b| b == b' ')?;
    Some((&k[..i], &k[i + 1..]))
}

/// Whether `k` holds a space: several words.
fn has_space(k: &str) -> bool {
    k.bytes().any(|b| b == b' ')
}

/// The label whose listed weight a person's surname does not take when
/// mention `m` matched the gazetteer: a place's always (`Pessac`), a
/// house's unless named at run time (`Delvaux`).
fn surname_listing(m: &Mention, gaz: &Gazetteer) -> Option<Label> {
    let e = gaz.entry(m.entry? as usize);
    match e.label {
        Label::Loc => Some(Label::Loc),
        Label::Org if e.strength != Strength::Extra => Some(Label::Org),
        _ => None,
    }
}

/// Whether one of the five words before byte `at` (commas aside) is a
/// subsidiary's noun (`Sa filiale américaine, X`, `la division X`, `sa
/// division de pompes domestiques, X`), not right before `de` (`la
/// filiale malienne de X`: X is the parent).
fn subsidiary_before(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..at).is_some_and(|before| {
        let words = before
            .rsplit(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty());
        // `la filiale malienne de X`: X is the parent.
        let of = words
            .clone()
            .next()
            .is_some_and(|w| matches!(w, "de" | "du" | "des" | "d'" | "d’"));
        !of && words.take(5).any(|w| {
            matches!(
                w,
                "filiale" | "filiales" | "division" | "branche" | "unité"
            )
        })
    })
}

/// Decides the names of a document and turns them into candidates.
pub(crate) fn decide(
    text: &str,
    toks: Kept,
    mentions: Vec<Mention>,
    gaz: &Gazetteer,
    out: &mut Vec<Candidate>,
) {
    if mentions.is_empty() {
        return;
    }
    let forms: Vec<&str> = mentions
        .iter()
        .map(|m| {
            m.form
                .as_deref()
                .unwrap_or(&text[m.start as usize..m.end as usize])
        })
        .collect();
    // The lower-cased forms, written one after the other in one string
    // rather than one string each, sized once for all of them (a name
    // lower-cased is mostly as long as written).
    let mut folded =
        String::with_capacity(forms.iter().map(|f| f.len()).sum());
    let spans: Vec<Option<std::ops::Range<usize>>> = forms
        .iter()
        .map(|f| {
            if f.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                return None;
            }
            let start = folded.len();
            if f.is_ascii() {
                folded.push_str(f);
                folded[start..].make_ascii_lowercase();
            } else {
                folded.push_str(&f.to_lowercase());
            }
            Some(start..folded.len())
        })
        .collect();
    let keys: Vec<&str> = forms
        .iter()
        .zip(&spans)
        .map(|(f, span)| match span {
            None => *f,
            Some(r) => folded.get(r.clone()).unwrap_or(f),
        })
        .collect();
    let words = |m: &Mention| m.words as usize;

    // Names seen with evidence, or in the middle of a sentence. Only the
    // names of sentence openers with no evidence of their own are asked
    // about (a mention with evidence, or mid-sentence, confirms itself),
    // so only those are kept: a handful in most documents.
    let asked: Map<&str, ()> = mentions
        .iter()
        .zip(&keys)
        .filter(|(m, _)| m.initial && !m.evidence)
        .map(|(_, &k)| (k, ()))
        .collect();
    let mut confirmed: Map<&str, ()> = Map::default();
    if !asked.is_empty() {
        let asked_bits = asked.keys().fold(0, |b, k| b | key_bit(k));
        for (m, k) in mentions.iter().zip(&keys) {
            if (m.evidence || !m.initial)
                && asked_bits & key_bit(k) != 0
                && asked.contains_key(k)
            {
                confirmed.insert(k, ());
            }
        }
    }
    // Whether `k`, the name of a mention asked about, is confirmed.
    let is_confirmed = |k: &str| confirmed.contains_key(k);
    // The first person named in full of each surname and gender (given
    // name female, male, unknown), for a titled surname to find the one
    // of its gender: one look-up per mention, not a scan of every name
    // (#16).
    let mut full_names: Map<&str, [Option<&str>; 3]> = Map::default();
    // Surnames of people named in full: `musk` → `elon musk`.
    let mut surnames: Map<&str, &str> = Map::default();
    // The [`key_bit`]s of the surnames.
    let mut surname_bits = 0u64;
    // Given names of people named in full, when one person only has it:
    // `anders` → `anders kjeldgaard` (`« Anders a mûri »`); `None` when
    // two people share it.
    let mut given = Noted::default();
    // The first words of people named in full whose first word is no
    // known given name: `chen` → `chen weiming`, a family name written
    // first (`selon Chen`, `Chen promet`); `None` when two share it.
    let mut heads_first = Noted::default();
    // First words of organisations named in several words, when one only
    // has it: `ridgeline` → `ridgeline sports partners`; `None` when two
    // share it.
    let mut org_heads = Noted::default();
    // The first words (two or more) of organisations named in three or
    // more, when one only has them.
    let mut org_prefixes = Noted::default();
    // Names after a firm's head word, when one organisation only has it:
    // `belcourt` → `laboratoires belcourt`; `None` when two share it.
    let mut org_tails = Noted::default();
    // Whether label `l` (an index of [`LABELS`]) scores best.
    let top = |s: &[f32; 4], l: usize| {
        s[l] > 0.0 && s[l] >= s.iter().copied().fold(0.0, f32::max)
    };
    let best = |m: &Mention, l: usize| top(&m.scores, l);
    let is_per = |m: &Mention| best(m, 0);
    // The scores of each lone unlisted word that opens an organisation's
    // name, summed over its mentions: filled only once such names exist.
    let mut lone_org: Map<&str, [f32; 4]> = Map::default();
    // Surnames two people named in full share (`Hélène Hennebelle`,
    // `Vincent Hennebelle`).
    let mut shared: Map<&str, ()> = Map::default();
    // Where the first person of each surname is named in full.
    let mut introduced: Map<&str, u32> = Map::default();
    // A given name capitalised, for the lists (see [`given_gender`]).
    let mut name_buf = String::new();
    // `Carhaix` beside `Carhaix-Plouguer`, `Charleville` beside
    // `Charleville-Mézières`: the first part of a hyphenated place's name
    // is the short name of that place (its first part a name, no common
    // word).
    // Filled in the pass below.
    let mut town_heads: Map<&str, ()> = Map::default();
    // Names introduced as a subsidiary (`sa division de pompes, Sarinex
    // Home,`): filled in the pass below.
    let mut subsidiaries: Map<&str, ()> = Map::default();
    for (i, (m, k)) in mentions.iter().zip(&keys).enumerate() {
        if !has_space(k)
            && best(m, 2)
            && let Some(h) = k.find('-')
            && h >= 3
            && k[h + 1..].chars().next().is_some_and(char::is_alphabetic)
            // `Hauts-de-France`, `États-Unis`: a common word opens them.
            && !LEXICON.contains(&k[..h])
        {
            town_heads.insert(&k[..h], ());
        }
        // `Carhaix` beside `centre hospitalier de Carhaix`, `Évreux`
        // beside `tribunal judiciaire d'Évreux`: the one capitalised word
        // that completes a body's lower-case head after `de` is the place
        // the body serves.
        if best(m, 1)
            && let Some(place) = served_place(k, forms[i])
        {
            town_heads.insert(place, ());
        }
        // `Ivelec Ghana`: a subsidiary named after its country does not
        // name its parent (`Ivelec`).
        // `Sa filiale américaine, Vantreel Rail Systems,`: a subsidiary
        // introduced as one does not name its parent either.
        let subsidiary = best(m, 1)
            && words(m) >= 2
            && subsidiary_before(text, m.start as usize);
        if subsidiary {
            // Wherever else the text names it.
            subsidiaries.insert(k, ());
        }
        if best(m, 1)
            && m.evidence
            && words(m) >= 2
            && !subsidiary
            && let Some((first, _)) = first_word(k)
            && !first_word(forms[i])
                .is_some_and(|(_, rest)| COUNTRIES.contains(rest))
        {
            org_heads.note(first, k);
            // `Cobalt Creek` after `Cobalt Creek Capital`: the first words
            // of a longer name, two at least.
            for (i, _) in k.match_indices(' ').skip(1) {
                org_prefixes.note(&k[..i], k);
            }
        }
        // `Laboratoires Belcourt`, `Banque Delubac`: a head word that is
        // a capitalised common noun (no club's `AS`), then the name; the
        // head is the evidence.
        if best(m, 1)
            && words(m) == 2
            && let (Some((_, tail)), Some((head, _))) =
                (first_word(k), first_word(forms[i]))
            && head.chars().nth(1).is_some_and(char::is_lowercase)
            && NAME_HEADS.get(head) == Some(Label::Org)
        {
            org_tails.note(tail, k);
        }
        if is_per(m)
            && words(m) >= 2
            && (m.evidence || !m.initial || is_confirmed(k))
            && let Some((head, last)) = last_word(k)
        {
            let full = *surnames.entry(last).or_insert(k);
            surname_bits |= key_bit(last);
            introduced.entry(last).or_insert(m.start);
            if full != *k {
                shared.insert(last, ());
            }
            // `Le Pen` after `Marine Le Pen`: the surname with its
            // particle.
            if let Some((_, particle)) = last_word(head)
                && matches!(particle, "le" | "la")
            {
                let surname = &k[head.len() - particle.len()..];
                surnames.entry(surname).or_insert(k);
                surname_bits |= key_bit(surname);
            }
            let gender = given_gender(k, &mut name_buf);
            full_names.entry(last).or_default()[gender_slot(gender)]
                .get_or_insert(k);
            if let Some((first, _)) = first_word(k) {
                if gender.is_some() {
                    given.note(first, k);
                } else if words(m) == 2 {
                    heads_first.note(first, k);
                }
            }
        }
    }

    // A subsidiary, wherever the text names it, does not name its parent.
    if !subsidiaries.is_empty() {
        org_heads.forget(&subsidiaries);
        org_prefixes.forget(&subsidiaries);
    }

    // Other names of a name in the document: `vallourec sa` →
    // `vallourec`; `om` → `olympique de marseille` when introduced in
    // brackets after it.
    let mut alias: Map<&str, &str> = Map::default();
    // Most documents name no company with its legal form: the names are
    // indexed only when one does.
    fn legal(k: &str) -> Option<(&str, &str)> {
        // A form is short: its space is among the last bytes of the name.
        let from = k.len().saturating_sub(LONGEST_FORM + 1);
        let i =
            from + k.as_bytes()[from..].iter().rposition(|&b| b == b' ')?;
        let (name, form) = (&k[..i], &k[i + 1..]);
        LEGAL_FORMS.contains(&form).then_some((name, form))
    }
    // Whether each key ends with a legal form, asked once.
    let formal: Vec<bool> = keys.iter().map(|k| legal(k).is_some()).collect();
    let present: Map<&str, ()> = if formal.contains(&true) {
        keys.iter().map(|k| (*k, ())).collect()
    } else {
        Map::default()
    };
    // Every key, gathered the first time a short name asks.
    let mut key_set: Option<Map<&str, ()>> = None;
    for (j, k) in keys.iter().enumerate() {
        if !present.is_empty()
            && let Some((base, _)) = legal(k)
            && present.contains_key(base)
        {
            alias.insert(k, base);
        }
        // `Sillage a présenté` after `Sillage AI`: a company named by a
        // common word and a corporate word goes by the common word
        // alone, found again below where it is capitalised mid-sentence.
        if mentions[j].words == 2
            && mentions[j].entry.is_none()
            && best(&mentions[j], 1)
            && let Some((head, _)) = first_word(k)
            && let Some((_, word)) = first_word(forms[j])
            && SHORT_NAME_WORDS.contains(word)
            && head.len() >= 4
            && LEXICON.contains(head)
            // A word the document names on its own (`Paris` beside `Paris
            // AI`) keeps its own reading.
            && !key_set
                .get_or_insert_with(|| keys.iter().map(|k| (*k, ())).collect())
                .contains_key(head)
        {
            alias.entry(head).or_insert(k);
        }
        let (Some(a), Some(b)) =
            (j.checked_sub(1).map(|i| &mentions[i]), mentions.get(j))
        else {
            continue;
        };
        // `(DNCG)`, and `(Ademe)`, `(Insee)` written as a word.
        let acronym = forms[j].len() >= 2
            && forms[j].len() <= 6
            && forms[j].bytes().next().is_some_and(|c| c.is_ascii_uppercase())
            && forms[j].bytes().all(|c| c.is_ascii_alphabetic());
        if acronym
            && a.words >= 2
            && text[a.end as usize..b.start as usize].trim() == "("
            && text[b.end as usize..].starts_with(')')
            && initials_of(keys[j - 1], k)
        {
            alias.insert(k, keys[j - 1]);
        }
    }

    // `SM Caen` → `Stade Malherbe Caen`: a club's acronym before its
    // town stands for the words before the town in the full name. Each
    // key is split once at each of its spaces: linear in the words.
    let prefixed: Map<&str, (&str, &str)> = keys
        .iter()
        .zip(&forms)
        .filter_map(|(k, f)| {
            // A first word of two to four capitals: the bytes up to the
            // first that is no capital, which must be the first space
            // (most forms fail at their second byte).
            let b = f.as_bytes();
            let n = b.iter().position(|c| !c.is_ascii_uppercase())?;
            let acronym = (2..=4).contains(&n) && b[n] == b' ';
            if !acronym {
                return None;
            }
            let (kh, kt) = first_word(k)?;
            Some((kt, (kh, *k)))
        })
        .collect();
    if !prefixed.is_empty() {
        for k in &keys {
            for (i, _) in k.match_indices(' ') {
                if let Some(&(acronym, short)) = prefixed.get(&k[i + 1..])
                    && short != *k
                    && initials_of(&k[..i], acronym)
                {
                    alias.insert(short, k);
                }
            }
        }
    }

    // The scores of each surname standing alone, summed over its
    // mentions: a family's company (`Hennebelle reprend ...`, `investi
    // dans Hennebelle`) is no person.
    let mut lone_surname: Map<&str, [f32; 4]> = Map::default();
    // Surnames standing alone in the body before any person of that
    // name is introduced in full (`Les titres de Marvelle ont chuté`,
    // then `Auguste Marvelle, le fondateur`): an article names a person
    // in full first, so the name is the family's house, not the person,
    // wherever its mentions give it an organisation's cue. A headline
    // may name a person by surname first.
    let mut early: Map<&str, ()> = Map::default();
    if !surnames.is_empty() {
        let headline = text.find('\n').unwrap_or(0);
        for (m, k) in mentions.iter().zip(&keys) {
            if words(m) == 1
                && m.title.is_none()
                && surname_bits & key_bit(k) != 0
                && surnames.contains_key(k)
            {
                if m.start as usize > headline
                    && introduced.get(k).is_some_and(|&s| m.start < s)
                {
                    early.insert(k, ());
                }
                let s = lone_surname.entry(k).or_default();
                for (a, b) in s.iter_mut().zip(m.scores) {
                    *a += b;
                }
                // A house a list holds under a person's surname
                // (`Delvaux`) is read from the mention's own cues.
                if surname_listing(m, gaz) == Some(Label::Org) {
                    let o = &mut s[slot(Label::Org)];
                    *o = (*o - weight::LISTED).max(0.0);
                }
                // `Delcourt renverse Ibarra` after `Hugo Delcourt`: the
                // player who wins, not a club.
                let o = &mut s[slot(Label::Org)];
                *o = (*o - match_weight(m)).max(0.0);
            }
        }
    }
    if !org_heads.is_empty() {
        for (m, k) in mentions.iter().zip(&keys) {
            if words(m) == 1 && m.entry.is_none() && org_heads.contains_key(k)
            {
                let s = lone_org.entry(k).or_default();
                for (a, b) in s.iter_mut().zip(m.scores) {
                    *a += b;
                }
            }
        }
    }
    // Sized for a name per mention, the most there can be: no growing
    // while the mentions are read (what reads the index back does not
    // depend on its order).
    let mut clusters: Vec<Cluster<'_>> = Vec::with_capacity(mentions.len());
    let mut index: Map<&str, usize> =
        Map::with_capacity_and_hasher(mentions.len(), Default::default());
    // (start, end, cluster) of every kept mention: most mentions are.
    let mut kept: Vec<(usize, usize, usize)> =
        Vec::with_capacity(mentions.len());
    // Where a dateline opens with a town that is a club elsewhere; where
    // a place noun or an official governs a one-word name (`le maire de
    // Pau`).
    let mut datelines: Vec<usize> = Vec::new();
    let mut civic: Vec<usize> = Vec::new();
    // Where a town opens a clause before its verb (`Lens s'est
    // renseigné`).
    let mut acting: Vec<usize> = Vec::new();
    // Where a mention's own context names a firm.
    let mut firms: Vec<usize> = Vec::new();
    // Where a name follows `famille`.
    let mut families: Vec<usize> = Vec::new();
    // How many different match words the text holds (up to three),
    // counted once, only when a rule asks.
    let match_words = std::cell::OnceCell::new();
    // A team's nickname (`les Violets`) only in a match report, a town
    // after `contre` the club only there: two of its words at least,
    // counted only when such a mention was found.
    let report = mentions.iter().any(|m| m.nickname || m.rival)
        && *match_words.get_or_init(|| match_words_in(text)) >= 2;
    // `le Goncourt`: a name the document gives a prize is the prize
    // wherever it stands alone (`Goncourt, Renaudot, Femina :`).
    let prizes: Map<&str, ()> = mentions
        .iter()
        .zip(&keys)
        .filter(|(m, _)| m.prize)
        .map(|(_, &k)| (k, ()))
        .collect();
    for (i, m) in mentions.iter().enumerate() {
        let k: &str = keys[i];
        if m.nickname && !report {
            continue;
        }
        // A sentence opener that is no French word is a name too; one that
        // is needs the document to confirm it.
        if m.initial && !m.evidence && m.common {
            let known = is_confirmed(k) || surnames.contains_key(k);
            if !known {
                continue;
            }
        }
        // `Belcourt` after `Laboratoires Belcourt`: a name no list holds.
        let tail_of = (words(m) == 1 && m.entry.is_none())
            .then(|| org_tails.get(k).copied().flatten())
            .flatten();
        // `Mme Dupont` joins `Anne Dupont`, not `Jean Dupont`.
        let surname = (surname_bits & key_bit(k) != 0)
            .then(|| surnames.get(k))
            .flatten();
        let ck = match (surname, m.title) {
            _ if words(m) == 1 && prizes.contains_key(k) => k,
            // `selon Chen`, `Chen promet` after `Chen Weiming`: the family
            // name written first.
            (None, None)
                if words(m) == 1
                    && m.entry.is_none()
                    && (is_per(m) || m.source)
                    && let Some(full) =
                        heads_first.get(k).copied().flatten() =>
            {
                full
            }
            (None, None) if let Some(full) = tail_of => full,
            (None, _) if words(m) == 1 && is_per(m) => given
                .get(k)
                .copied()
                .flatten()
                // `Ridgeline` after `Ridgeline Sports Partners`, `Hartwell`
                // after `Hartwell Energy`: a name no list holds, the given
                // name of no person the document names in full.
                .or_else(|| {
                    org_heads.get(k).copied().flatten().filter(|_| {
                        m.entry.is_none() && !given.contains_key(k)
                    })
                })
                .unwrap_or(k),
            // `Keystone` after `Keystone Sports Group`: a lone word the
            // document reads as an organisation, no listed name.
            (None, _)
                if words(m) == 1
                    && m.entry.is_none()
                    && lone_org.get(k).is_some_and(|s| top(s, 1)) =>
            {
                org_heads.get(k).copied().flatten().unwrap_or(k)
            }
            (None, _) => k,
            // `Castanier` beside `Castanier Travaux` and `Serge
            // Castanier`, `Delbarre` beside `Laboratoires Delbarre`: a
            // surname standing alone is the family's firm the document
            // names, unless a cue of its own (beyond the form of a
            // surname) says a person.
            (Some(_), None)
                if words(m) == 1
                    && m.entry.is_none()
                    && let Some(firm) = org_tails
                        .get(k)
                        .copied()
                        .flatten()
                        .or_else(|| org_heads.get(k).copied().flatten())
                    && !(is_per(m)
                        && m.scores[slot(Label::Per)]
                            > weight::SURNAME + weight::DEFAULT)
                    // Read as an organisation on its own when it stands
                    // alone: the arm below keeps its mentions together.
                    && !lone_surname.get(k).is_some_and(|s| top(s, 1)) =>
            {
                firm
            }
            // A surname two people share, or one the document reads as
            // an organisation when it stands alone, is a name of its own.
            (Some(_), None)
                if shared.contains_key(k)
                    || lone_surname.get(k).is_some_and(|s| {
                        top(s, 1)
                            || early.contains_key(k)
                                && s[slot(Label::Org)] > 0.0
                    }) =>
            {
                k
            }
            (Some(&full), None) => full,
            (Some(_), Some(female)) => {
                // A name of that gender, else one of unknown gender.
                let same = |want: Option<bool>| {
                    full_names.get(k).and_then(|g| g[gender_slot(want)])
                };
                same(Some(female)).or_else(|| same(None)).unwrap_or(k)
            }
        };
        let aliased =
            if alias.is_empty() { None } else { alias.get(ck).copied() };
        // A short form no list holds (`Cobalt Creek`), not a listed group
        // before its subsidiary's word (`Crédit Agricole CIB`).
        // Not a family (`la famille Van Leeuwen` beside `Van Leeuwen
        // Pumps`).
        let aliased = aliased.or_else(|| {
            (!org_prefixes.is_empty()
                && m.entry.is_none()
                && words(m) >= 2
                && !m.family)
                .then(|| org_prefixes.get(ck).copied().flatten())
                .flatten()
        });
        let ck = aliased.unwrap_or(ck);
        // Whether the mention is its own name (not joined to another's),
        // asked once: mostly the very key, told without comparing bytes.
        let own_name = std::ptr::eq(ck, k) || ck == k;
        // A person's surname standing for the person named in full.
        let surname_of = !own_name && surname.is_some();
        let c = *index.entry(ck).or_insert_with(|| {
            clusters.push(Cluster {
                scores: [0.0; 4],
                canonical: None,
                best: None,
                capitalised: false,
                bare: true,
                plain: false,
                expanded: false,
                person_form: 0.0,
                family: [0.0; 4],
            });
            clusters.len() - 1
        });
        let cl = &mut clusters[c];
        // A lone word guessed with no cue (a person, or a place after
        // `de`), which repeats no full name of the document.
        cl.bare &= own_name
            && words(m) == 1
            && !m.evidence
            && m.scores.iter().all(|&s| s <= weight::DEFAULT);
        // `dont Pessac` after `Gérard Pessac`: a person's surname that
        // a list holds as a place brings no place to the person.
        // `Delvaux` after `Jean-Marc Delvaux`: the person's surname, not
        // the house a list holds; the list's weight goes, the mention's
        // own cues stay.
        // `Saint-Amour` after `Julie Saint-Amour`: a surname shaped like
        // a place's name (`Saint-` opens many) brings no place either.
        let listed_as = surname_of
            .then(|| {
                surname_listing(m, gaz).or_else(|| {
                    (m.entry.is_none() && best(m, 2)).then_some(Label::Loc)
                })
            })
            .flatten();
        // `la famille Marvelle`: the family, whatever the name stands
        // for elsewhere (`les titres de Marvelle`).
        // `Les Schiltz et les Mersch restent unis` after `Romain
        // Schiltz`: a person's surname after a plural article is the
        // family.
        let plural_family = words(m) == 1
            && surname_bits & key_bit(k) != 0
            && surnames.contains_key(k)
            && {
                let head = &text[..m.start as usize];
                ["Les ", "les "].iter().any(|a| {
                    head.strip_suffix(a).is_some_and(|h| {
                        h.chars().next_back().is_none_or(char::is_whitespace)
                    })
                })
            };
        if m.family || plural_family {
            families.push(m.start as usize);
        }
        let scores = if m.family { &mut cl.family } else { &mut cl.scores };
        for (l, (a, b)) in scores.iter_mut().zip(m.scores).enumerate() {
            match listed_as {
                Some(Label::Loc) if LABELS[l] == Label::Loc => {}
                Some(Label::Org) if LABELS[l] == Label::Org => {
                    *a += (b - weight::LISTED).max(0.0);
                }
                _ => *a += b,
            }
        }
        // `Delcourt bat Ibarra` after `Hugo Delcourt`: the player.
        let club = if surname_of { match_weight(m) } else { 0.0 };
        cl.scores[slot(Label::Org)] -= club;
        // A given name repeated is no new evidence.
        cl.scores[0] -= m.person_form;
        cl.person_form = cl.person_form.max(m.person_form);
        // `contre Toronto` in a match report: the club; not the surname
        // of a person named in full (`Lindqvist a remporté la Coupe`).
        if m.rival && report && own_name {
            cl.scores[slot(Label::Org)] += weight::CLUB;
        }
        // `Veridian` beside `Veridian Technologies` and `Veridian Cloud
        // Services`: the word two organisations' names open is the
        // group's own name, no person's.
        if own_name
            && words(m) == 1
            && m.entry.is_none()
            && org_heads.get(k) == Some(&None)
            && !given.contains_key(k)
        {
            cl.scores[slot(Label::Org)] += weight::HEAD;
        }
        if own_name
            && words(m) == 1
            && m.entry.is_none()
            && town_heads.contains_key(k)
        {
            cl.scores[slot(Label::Loc)] += weight::HEAD;
            // The document names the place: no guess from a lone word.
            cl.bare = false;
        }
        // `selon Hennebelle` after `Hélène Hennebelle`: the person;
        // `selon Reuters`: a source.
        if m.source {
            let l = if own_name { Label::Org } else { Label::Per };
            cl.scores[slot(l)] += weight::SPEECH;
        }
        cl.plain |= !formal[i];
        if let Some(e) = m.entry
            && cl.canonical.is_none()
            && listed_as.is_none()
        {
            // The listed spelling (`OpenAI` for `Openai`), or the listed
            // canonical form.
            let e = gaz.entry(e as usize);
            // An acronym's listed full name (`CFDT`); not a listed
            // spelling (`Figaro` → `Le Figaro`).
            cl.expanded = e.canonical.is_some()
                && e.name.len() <= 8
                && e.name.bytes().all(|b| {
                    b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'
                });
            cl.canonical = Some(e.canonical.as_deref().unwrap_or(&e.name));
        }
        let f: &str = forms[i];
        // A form with its legal form or an acronym is not the canonical
        // one.
        // A form of fewer words than the best so far ranks below it
        // whatever its case (the surname of a person named in full): its
        // case is not read.
        let fewer = aliased.is_none()
            && cl.best.is_some_and(|((w, ..), _)| words(m) < w);
        if !fewer {
            let rank = if aliased.is_some() {
                (0, 0, false, -(m.start as isize))
            } else {
                (words(m), case_rank(f), !m.initial, -(m.start as isize))
            };
            if cl.best.is_none_or(|(b, _)| rank > b) {
                cl.best = Some((rank, i));
            }
        }
        // Read only until a mention is found so.
        if !cl.capitalised {
            cl.capitalised = !f.starts_with(char::is_lowercase)
                || f.chars().any(char::is_uppercase);
        }
        kept.push((m.start as usize, m.end as usize, c));
        if m.dateline {
            datelines.push(m.start as usize);
        }
        if m.acts {
            acting.push(m.start as usize);
        }
        // `la maison Solène Maret` beside `a assuré Solène Maret, 47 ans`:
        // a house named after its founder, where the mention's own
        // context says firm.
        let own = m.scores[slot(Label::Org)]
            - if listed_as == Some(Label::Org) { weight::LISTED } else { 0.0 }
            - club;
        if own >= weight::FIRM_FRAME && own > m.scores[0] {
            // Room for the rest of the mentions at the first: a
            // document that names a firm names several.
            if firms.is_empty() {
                firms.reserve(mentions.len() - i);
            }
            firms.push(m.start as usize);
        }
        if m.civic && m.words == 1 {
            civic.push(m.start as usize);
        }
    }

    for cl in &mut clusters {
        if cl.scores.iter().all(|&s| s <= 0.0) {
            cl.scores = cl.family;
        }
        cl.scores[0] += cl.person_form;
    }

    // Repeats of one-word names the first pass did not take: `xai` after
    // `xAI`, `Musk` opening a sentence after `Elon Musk`.
    // In text order from here on (the mentions mostly are already, which
    // the sort finds in one pass).
    kept.sort_unstable();
    // The cluster of a one-word name: its own, that of the person named
    // in full a surname stands for, or that of the full name an alias
    // stands for (`l'ARS` after `Agence régionale de santé (ARS)`: the
    // acronym stands for its full name); the alias first, the name's own
    // last. Asked of the maps themselves rather than of one map of them
    // all, built for the few words found again.
    let one_word = |w: &str| -> Option<usize> {
        let single = !has_space(w);
        let via = |full: &&str| index.get(full).copied();
        single
            .then(|| alias.get(w).and_then(via))
            .flatten()
            .or_else(|| surnames.get(w).and_then(via))
            .or_else(|| single.then(|| index.get(w).copied()).flatten())
    };
    // `Boréal` after `Ameublement Boréal`: the name after a firm's head
    // word, which one organisation only has, capitalised; not a demonym
    // (`Québécois` after `Parti québécois`).
    let tail = |w: &str| -> Option<usize> {
        if DEMONYMS.contains(w) || TOWN_DEMONYMS.contains(w) {
            return None;
        }
        index.get(org_tails.get(w).copied().flatten()?).copied()
    };
    // The one-word names [`one_word`] answers for.
    let one_words = index
        .keys()
        .filter(|k| !has_space(k))
        .chain(
            surnames
                .iter()
                .filter(|&(_, f)| index.contains_key(f))
                .map(|(s, _)| s),
        )
        .chain(
            alias
                .iter()
                .filter(|&(s, f)| !has_space(s) && index.contains_key(f))
                .map(|(s, _)| s),
        )
        .chain(
            org_tails
                .map
                .iter()
                .filter(|&(_, f)| f.is_some_and(|f| index.contains_key(f)))
                .map(|(s, _)| s),
        );
    let no_one_word = one_words.clone().next().is_none();
    // `Atlas Liants, coté à Casablanca, ...` opening a sentence after `au
    // groupe marocain Atlas Liants`: names of several words kept
    // elsewhere, by their first word as written, found again where the
    // first pass took their common words for a sentence's.
    // Sized for every kept mention, not grown name by name (the names
    // are only looked up, in no order).
    let mut several = Lists {
        heads: Map::with_capacity_and_hasher(kept.len(), Default::default()),
        names: Vec::with_capacity(kept.len()),
    };
    for &(s, e, c) in &kept {
        let form = &text[s..e];
        let Some((first, _)) = first_word(form) else { continue };
        if !first.starts_with(char::is_uppercase) {
            continue;
        }
        several.add(first, form, c);
    }
    // `Orange Cyberdefense a annoncé` opening a sentence, read as two
    // names (the common word apart), beside `à Orange Cyberdefense`: two
    // names a space apart that spell a name of several words kept
    // elsewhere are that name.
    if !several.is_empty() {
        let spelled = |s: usize, e: usize| {
            let form = &text[s..e];
            let (first, _) = first_word(form)?;
            several.get(first).find(|&(f, _)| f == form).map(|(_, c)| c)
        };
        let mut merged: Vec<(usize, usize, usize)> =
            Vec::with_capacity(kept.len());
        for &(s, e, c) in &kept {
            if let Some(last) = merged.last_mut()
                && s == last.1 + 1
                && text.as_bytes()[last.1] == b' '
                && let Some(c) = spelled(last.0, e)
            {
                *last = (last.0, e, c);
                continue;
            }
            merged.push((s, e, c));
        }
        kept = merged;
    }
    if !no_one_word || !several.is_empty() {
        // A cheap filter before lower-casing a word and hashing it: a
        // bit set of (length, first byte, last byte) fingerprints of the
        // known names, ASCII letters folded. A name whose end letters or
        // length change with case (`ÉLYSÉE`) is only missed here.
        let mut seen = [0u64; FINGERPRINTS / 64];
        for k in one_words.chain(several.heads.keys()) {
            let f = fingerprint(k.as_bytes());
            seen[f / 64] |= 1 << (f % 64);
        }
        // The end of the last name of several words found again: the
        // words inside it are not looked at.
        let mut inside = 0;
        let mut covered = kept.iter().map(|&(s, e, _)| (s, e)).peekable();
        let mut buf = String::new();
        let mut extra = Vec::new();
        // The starts of kept mentions a name found again spans whole
        // (`Hill Partners` in `Cobalt Hill Partners`, its sentence's
        // first word taken for a common one): dropped for it.
        let mut replaced: Vec<usize> = Vec::new();
        // Most tokens fail the cheap tests, in the loop itself; whether
        // a kept mention covers the token is asked only of the others.
        let candidate = |t: &Token| {
            if t.kind != Kind::Word || t.shape == Shape::Digit {
                return false;
            }
            let f = token_fingerprint(text.as_bytes(), t);
            seen[f / 64] & (1 << (f % 64)) != 0
        };
        let mut visit = |t: Token| {
            while covered.peek().is_some_and(|&(_, e)| e <= (t.start as usize))
            {
                covered.next();
            }
            // `Avec Ourthe Data,` opening a quotation, the place `Ourthe`
            // kept alone: a mention kept from this word gives way to a
            // longer name kept elsewhere and spelled here whole.
            let here = covered
                .peek()
                .filter(|&&(s, _)| s == t.start as usize)
                .map(|&(_, e)| e);
            if here.is_none()
                && covered
                    .peek()
                    .is_some_and(|&(s, _)| s <= (t.start as usize))
                || (t.start as usize) < inside
                || here.is_some() && several.is_empty()
            {
                return;
            }
            let w = &text[t.range()];
            if !several.is_empty() {
                let rest = &text[t.start as usize..];
                let found = several.get(w).find(|&(f, _)| {
                    rest.starts_with(f)
                        && here.is_none_or(|e| t.start as usize + f.len() > e)
                        && !rest[f.len()..].starts_with(char::is_alphanumeric)
                });
                if let Some((f, c)) = found {
                    let end = t.start as usize + f.len();
                    // Not over a mention kept across its end; the ones
                    // inside it are parts of it.
                    let mut within =
                        covered.clone().take_while(|&(s, _)| s < end);
                    if within.clone().all(|(_, e)| e <= end) {
                        replaced.extend(within.by_ref().map(|(s, _)| s));
                        extra.push((t.start as usize, end, c));
                        inside = end;
                        return;
                    }
                }
            }
            if no_one_word || here.is_some() {
                return;
            }
            lower(w, &mut buf);
            let Some(c) = one_word(buf.as_str()).or_else(|| {
                (t.shape == Shape::Cap).then(|| tail(buf.as_str())).flatten()
            }) else {
                return;
            };
            // `Sillage 3` after `Sillage AI`: the company's name and a
            // number name its model, not the company.
            let numbered = || {
                let after =
                    text.as_bytes()[t.end as usize..].strip_prefix(b" ");
                after.is_some_and(|a| {
                    let n =
                        a.iter().take_while(|b| b.is_ascii_digit()).count();
                    (1..=2).contains(&n)
                        && a.get(n).is_none_or(|b| !b.is_ascii_alphanumeric())
                })
            };
            if alias.get(buf.as_str()).is_some_and(|full| has_space(full))
                && numbered()
            {
                return;
            }
            let single_letter = w.chars().nth(1).is_none();
            let ok = if single_letter {
                clusters[c].best.is_some_and(|(_, i)| forms[i] == w)
            } else if t.shape == Shape::Lower {
                // `l'entraîneur lensois` after `les Lensois`: an
                // adjective of place, not the name again.
                // `le mobile money` after `Money` read as a person: a
                // person's name is never written in lower case.
                let s = &clusters[c].scores;
                clusters[c].capitalised
                    && !LEXICON.contains(&buf)
                    && !demonym_shaped(&buf)
                    && s[1..].iter().any(|&x| x >= s[0])
            } else {
                // A capitalised common word (`Information` after
                // `The Information`) at a sentence start is too weak,
                // unless the document gives the name much evidence
                // (`Sarment change de braquet` after `L'agritech
                // bordelaise Sarment lève` and `Sarment a levé`).
                // So is an auxiliary or a clitic right after it
                // (`Prairial a versé`, `Boréal l'a emporté`): no common
                // noun opens a sentence without its article before a verb.
                let strong = clusters[c].scores.iter().any(|&x| x >= STRONG);
                !t.initial()
                    || !LEXICON.contains(&buf)
                    || strong
                    || auxiliary_after(text, t.end as usize)
            };
            if ok {
                extra.push(((t.start as usize), (t.end as usize), c));
            }
        };
        // The document's words again, as the reader kept them: the
        // tokens in a loop of its own, the cheap test inlined.
        match &toks {
            Kept::All(toks) => {
                for t in toks {
                    if candidate(t) {
                        visit(*t);
                    }
                }
            }
            Kept::Words(words) => words.for_each(|t| {
                if candidate(&t) {
                    visit(t);
                }
            }),
        }
        // The repeats are found in text order too: merged in, not sorted
        // again with the rest.
        if !replaced.is_empty() {
            kept.retain(|&(s, _, _)| replaced.binary_search(&s).is_err());
        }
        kept = merge_sorted(kept, extra);
    }

    // `résultat net part du groupe (RNPG)`: an acronym a lower-case
    // phrase spells is a term wherever it stands, unless a list holds it.
    let terms = term_acronyms(text);
    if !terms.is_empty() {
        let term: Vec<bool> = {
            let mut t = vec![false; clusters.len()];
            for (k, &c) in &index {
                t[c] |= clusters[c].canonical.is_none()
                    && terms.iter().any(|a| a == k);
            }
            t
        };
        kept.retain(|&(_, _, c)| !term[c]);
    }
    // Whether each name was also read as a place (a town, though it may
    // name its club in the end).
    let placed: Vec<bool> =
        clusters.iter().map(|c| c.scores[2] > 0.0).collect();
    // `CGT` alone is named `CGT`: a listed expansion is the canonical
    // form only of a text that writes it (as a name of its own, which the
    // acronym joined).
    for cl in clusters.iter_mut().filter(|c| c.expanded) {
        let written = cl
            .canonical
            .is_some_and(|c| index.contains_key(c.to_lowercase().as_str()));
        if !written {
            cl.canonical = None;
        }
    }
    // One label and one canonical form per name.
    let mut decided: Vec<(crate::model::Label, Arc<str>)> = clusters
        .into_iter()
        .map(|cl| {
            let (mut best, mut label) = (0.0, LABELS[1]);
            for (s, l) in cl.scores.iter().zip(LABELS) {
                if *s > best {
                    best = *s;
                    label = l;
                }
            }
            // An article introduces a person by full name or title
            // before the surname alone; a lone unknown word never so
            // introduced is more often a company or a brand (`Ynsect`,
            // `Cooperl`). Only in a text long enough to hold the
            // introduction: a fragment of a few lines may have lost it.
            // The same holds of a lone word after `de` (`le rachat de
            // Temasek`), which in a fragment is more often a place.
            // Not in a match report, which names its players by their
            // surnames alone (`un but de Thorvaldsen`, `a trompé Lemaire`).
            if cl.bare
                && (label == LABELS[0] || label == LABELS[2])
                && text.len() >= ARTICLE_BYTES
            {
                label = if *match_words.get_or_init(|| match_words_in(text))
                    >= 3
                {
                    LABELS[0]
                } else {
                    LABELS[1]
                };
            }
            // `son premier A321XLR`: no person is named with a digit; a
            // name holding one is a product's or a model's.
            if label == LABELS[0]
                && cl.best.is_some_and(|(_, i)| {
                    forms[i].split([' ', '-']).any(|w| {
                        w.starts_with(|c: char| c.is_ascii_digit())
                            || w.bytes().any(|b| b.is_ascii_digit())
                                && !w.chars().any(char::is_lowercase)
                    })
                })
            {
                label = LABELS[3];
            }
            let canonical = match (cl.canonical, cl.best) {
                (Some(c), _) => Arc::from(c),
                (None, None) => Arc::from(""),
                // A company named with and without its legal form is
                // named without it.
                (None, Some((_, i))) => match legal(keys[i]) {
                    Some((base, _)) if cl.plain => Arc::from(
                        forms[i]
                            .get(..base.len())
                            .unwrap_or(forms[i])
                            .trim_end_matches(','),
                    ),
                    _ => Arc::from(forms[i]),
                },
            };
            (label, canonical)
        })
        .collect();
    // `Auxerre` after `AJ Auxerre`, `Angers` after `Angers SCO`: a town
    // read as its club is named as the club, when one club's name opens
    // or ends with it (a capitalised name).
    let org = crate::model::Label::Org;
    // A town's club named in full (`RC Lens`, `Stade Malherbe Caen`), for
    // the clauses the town opens: the town's cluster → the club's name.
    let mut town_club: Map<usize, Arc<str>> = Map::default();
    if decided.iter().any(|d| d.0 == org) {
        let mut clubs: Map<&str, Option<usize>> = Map::default();
        for (k, &c) in &index {
            // A public body named after its town (`tribunal de commerce
            // de Lyon`, `université de Lyon`) is no club.
            if decided[c].0 != org
                || decided[c].1.starts_with(char::is_lowercase)
            {
                continue;
            }
            if let (Some((first, _)), Some((head, last))) =
                (first_word(k), last_word(k))
            {
                // `Syndicat des travailleurs de Lumenor` names the
                // union of the firm, not a club of the town; `Olympique
                // de Marseille` is a club's.
                let of = last_word(head)
                    .is_some_and(|(_, w)| matches!(w, "de" | "du" | "des"))
                    && !club_name(&decided[c].1);
                let last = if of { first } else { last };
                for w in [first, last] {
                    let e = clubs.entry(w).or_insert(Some(c));
                    if *e != Some(c) {
                        *e = None;
                    }
                }
            }
        }
        if !clubs.is_empty() {
            for (k, &c) in &index {
                if !has_space(k)
                    && decided[c].0 == org
                    && placed[c]
                    && let Some(&Some(club)) = clubs.get(k)
                    && club != c
                {
                    decided[c].1 = decided[club].1.clone();
                }
            }
            if !acting.is_empty() {
                for (k, &c) in &index {
                    if !has_space(k)
                        && decided[c].0 == crate::model::Label::Loc
                        && let Some(&Some(club)) = clubs.get(k)
                        && club_name(&decided[club].1)
                    {
                        town_club.insert(c, decided[club].1.clone());
                    }
                }
            }
        }
    }
    // Sorted (they are filled in text order already, at no cost), then
    // searched by halves for each kept mention.
    for list in
        [&mut datelines, &mut civic, &mut acting, &mut firms, &mut families]
    {
        list.sort_unstable();
    }
    // Every mention of a name shares its one canonical form.
    out.reserve(kept.len());
    for (start, end, c) in kept {
        // `Lens s'est renseigné` after `le RC Lens`: the club.
        if let Some(club) = town_club.get(&c)
            && acting.binary_search(&start).is_ok()
        {
            out.push(Candidate {
                start,
                end,
                found: Found::Entity(EntityValue {
                    label: org,
                    canonical: club.clone(),
                }),
            });
            continue;
        }
        let (label, canonical) = &decided[c];
        let canonical = Arc::clone(canonical);
        // `NANTES, 7 mars (AFP)` is the town a report comes from, though
        // `Nantes` is the club in the rest of a sports report; so is
        // `Pau` in `le maire de Pau`.
        let label = match *label {
            crate::model::Label::Org
                if datelines.binary_search(&start).is_ok()
                    || placed[c] && civic.binary_search(&start).is_ok() =>
            {
                crate::model::Label::Loc
            }
            crate::model::Label::Per
                if firms.binary_search(&start).is_ok() =>
            {
                crate::model::Label::Org
            }
            crate::model::Label::Org
                if families.binary_search(&start).is_ok() =>
            {
                crate::model::Label::Per
            }
            l => l,
        };
        // `la Coupe du monde 2030`, `le Salon du livre 2025`: an event
        // keeps the year written after it.
        let end = match label {
            crate::model::Label::Misc => end + year_after(text, end),
            _ => end,
        };
        // `Canal+`, `Erasmus+`, `Horizon 55+`: a plus sign closing a
        // name is part of it; every mention so written is named with it.
        let (end, canonical) = match plus_after(text, end) {
            true if label != crate::model::Label::Per => {
                let canonical = match canonical.ends_with('+') {
                    true => canonical,
                    false => Arc::from(format!("{canonical}+")),
                };
                (end + 1, canonical)
            }
            _ => (end, canonical),
        };
        // `la ligne Metz-Luxembourg`, `l'axe Paris-Marseille`: two
        // listed places joined by a hyphen after a route's noun, the pair
        // itself unlisted, are two places.
        if label == crate::model::Label::Loc
            && route_before(text, start)
            && let Some(h) = place_pair(&text[start..end], gaz)
        {
            for (s, e) in [(start, start + h), (start + h + 1, end)] {
                out.push(Candidate {
                    start: s,
                    end: e,
                    found: Found::Entity(EntityValue {
                        label,
                        canonical: Arc::from(&text[s..e]),
                    }),
                });
            }
            continue;
        }
        out.push(Candidate {
            start,
            end,
            found: Found::Entity(EntityValue { label, canonical }),
        });
    }
}

/// Whether a plus sign closes the name ending at byte `end`: right after
/// it, before no letter, digit or second sign (`Canal+ et`, not `A+B`
/// nor `C++`).
fn plus_after(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    b.get(end) == Some(&b'+')
        && b.get(end + 1).is_none_or(|&c| {
            !c.is_ascii_alphanumeric() && c != b'+' && c < 0x80
        })
}

/// Whether the word before byte `at` names a route between two places
/// ([`ROUTE_NOUNS`]: `la ligne`, `l'axe`, `la frontière`).
fn route_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let word =
        before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
    // `Ligne Neussargues-Béziers :` opening a headline.
    ROUTE_NOUNS.contains(word)
        || word.starts_with(char::is_uppercase)
            && ROUTE_NOUNS.contains(&word.to_lowercase())
}

/// The offset of the hyphen in `name`, the name after a route's noun,
/// when it joins two places of one part each: each a listed name
/// (`Metz-Luxembourg`, `Nice-Tende`), a town of the town lists
/// (`Flon-Renens`), or a name that is no common word (`Tanger-Kénitra`,
/// `Rodez-Millau`), and the whole is no listed name
/// (`Rhône-Alpes`, `Bade-Wurtemberg`). Not a part that is a common word
/// (`Port-Louis`, `Saint-Denis`) or a point of the compass (`Sud-Soudan`,
/// `Jérusalem-Est`), which are part of one place.
fn place_pair(name: &str, gaz: &Gazetteer) -> Option<usize> {
    let h = name.find('-')?;
    let (a, b) = (&name[..h], &name[h + 1..]);
    let part = |s: &str| {
        s.starts_with(char::is_uppercase)
            && s.chars().nth(1).is_some()
            && !s.contains(['-', ' ', '\'', '\u{2019}'])
            && !matches!(s, "Nord" | "Sud" | "Est" | "Ouest" | "Centre")
            && (gaz.match_at(s, 0).is_some_and(|(e, _)| e == s.len())
                || PLACES_TOWNS.contains(s)
                || PROPER_NAMES.contains(s)
                || !LEXICON.contains(&s.to_lowercase()))
    };
    (gaz.match_at(name, 0).is_none_or(|(e, _)| e < name.len())
        && part(a)
        && part(b))
    .then_some(h)
}

/// Whether `name` is a sports club's: opened or closed by a club's
/// acronym (`RC Lens`, `Angers SCO`) or opened by a club's word (`Stade
/// Malherbe Caen`, `Olympique de Marseille`).
fn club_name(name: &str) -> bool {
    let (Some((first, _)), Some((_, last))) =
        (first_word(name), last_word(name))
    else {
        return false;
    };
    super::club_acronym(first)
        || super::club_acronym(last)
        || matches!(first, "Stade" | "Olympique" | "Racing" | "Sporting")
}

/// The items of two sorted lists in one sorted list, as sorting them
/// together would give: one pass over both.
fn merge_sorted<T: Ord + Copy>(a: Vec<T>, b: Vec<T>) -> Vec<T> {
    debug_assert!(a.is_sorted() && b.is_sorted());
    if b.is_empty() {
        return a;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        if y < x {
            out.push(y);
            j += 1;
        } else {
            out.push(x);
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// The words of `match_words.txt`, found in one pass over a text.
static MATCH_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        let words = include_str!("../../../data/entities/match_words.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(words)
            .expect("the match words compile")
    });

/// How many different words of `match_words.txt` `text` holds, each a
/// whole word (no letter or digit on either side), counted up to three:
/// two make a match report for a team's nickname, three for a player
/// named by surname alone.
fn match_words_in(text: &str) -> usize {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut seen: Vec<aho_corasick::PatternID> = Vec::new();
    for m in MATCH_FINDER.find_iter(text) {
        if !alnum(text[..m.start()].chars().next_back())
            && !alnum(text[m.end()..].chars().next())
            && !seen.contains(&m.pattern())
        {
            seen.push(m.pattern());
            if seen.len() == 3 {
                break;
            }
        }
    }
    seen.len()
}

/// The length of ` 2030` (a space and a year from 1900 to 2099 that no
/// letter or digit continues) right after byte `end`, or 0.
fn year_after(text: &str, end: usize) -> usize {
    let b = &text.as_bytes()[end..];
    let year = b.len() >= 5
        && b[0] == b' '
        && matches!(&b[1..3], b"19" | b"20")
        && b[3].is_ascii_digit()
        && b[4].is_ascii_digit()
        && b.get(5).is_none_or(|c| !c.is_ascii_alphanumeric() && *c < 0x80);
    if year { 5 } else { 0 }
}

/// The acronyms, lower-cased, that a phrase of lower-case words spells
/// in brackets right after it (`résultat net part du groupe (RNPG)`,
/// `produit intérieur brut (PIB)`): terms, not names. A phrase opened by
/// a body's noun (`autorité de régulation des transports (ART)`,
/// `ministère`) names an organisation, and its acronym is none of them.
fn term_acronyms(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let rest = &text[open + 1..];
        let len = rest.bytes().take_while(u8::is_ascii_uppercase).count();
        if !(2..=8).contains(&len) || !rest[len..].starts_with(')') {
            continue;
        }
        let acronym = &rest[..len];
        // The lower-case words before, nearest first, without elided
        // articles (`d'exploitation` gives `exploitation`).
        let words: Vec<&str> = text[..open]
            .trim_end()
            .rsplit(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .filter(|w| !matches!(*w, "d" | "l" | ""))
            .take_while(|w| w.chars().all(char::is_lowercase))
            .take(2 * len + 2)
            .collect();
        let spelled = (1..=words.len()).any(|n| {
            let first = words[n - 1];
            first.chars().next().map(super::mentions::base_letter)
                == acronym.chars().next().map(|c| c.to_ascii_lowercase())
                && !BODY_HEADS.contains(first)
                && NOUNS.get(first) != Some(crate::model::Label::Org)
                && initials_match(words[..n].iter().rev().copied(), acronym)
        });
        let lower = acronym.to_ascii_lowercase();
        if spelled && !out.contains(&lower) {
            out.push(lower);
        }
    }
    out
}

/// Whether the word after byte `end` (past spaces) is an auxiliary, a
/// modal or an object or negation clitic that opens a verb group (`a`,
/// `est`, `va`, `l'a`, `n'a`, `s'est`), or a firm's verb in the present
/// (`emploie`, `recrute`), a verb in the conditional or a relative
/// clause after a comma: no common noun opens a sentence before one
/// without its article.
fn auxiliary_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let word_end =
        rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let (word, after) = rest.split_at(word_end);
    if matches!(word, "l" | "n" | "s") {
        return after.starts_with(['\'', '’']);
    }
    // `Boréal, qui a réalisé des ventes`: a relative clause on the name;
    // `Boréal lorgnerait X`: a verb in the conditional.
    if word.is_empty() && after.starts_with(", qui ")
        || word.chars().count() > 6
            && (word.ends_with("erait") || word.ends_with("irait"))
    {
        return true;
    }
    matches!(
        word,
        "a" | "avait"
            | "aura"
            | "aurait"
            | "est"
            | "était"
            | "sera"
            | "serait"
            | "va"
            | "vient"
            | "doit"
            | "devrait"
            | "peut"
            | "pourrait"
            | "compte"
            | "prévoit"
            | "ne"
            | "se"
            | "y"
            // `Névé emploie 38 personnes`: a firm's verbs in the present.
            | "emploie"
            | "réalise"
            | "produit"
            | "fabrique"
            | "recrute"
            | "lève"
            | "vend"
            | "annonce"
            | "affiche"
            | "exploite"
            | "développe"
            | "commercialise"
            | "transforme"
            | "rachète"
            | "investit"
    )
}

/// The part of a mention's organisation score that a match gives it (a
/// name that wins or loses: [`Mention::played`]), which the surname of a
/// person named in full takes back.
fn match_weight(m: &Mention) -> f32 {
    if m.played {
        m.scores[slot(Label::Org)].min(weight::CLUB + weight::PLACE_PREP)
    } else {
        0.0
    }
}

/// The key of the place a body's name ends on (`carhaix` in `centre
/// hospitalier de carhaix`, written `centre hospitalier de Carhaix`): one
/// capitalised word after `de`, `du` or an elided `d'`, no common word,
/// the body one that serves a place ([`SEAT_HEADS`]). `préfecture de
/// police` and `comité exécutif d'Ondira` end on none.
fn served_place<'k>(key: &'k str, form: &str) -> Option<&'k str> {
    let (head, last) = key.rsplit_once(' ')?;
    // Most names end on no `de` (the cheap test first).
    let elided = last.strip_prefix("d'").or_else(|| last.strip_prefix("d’"));
    if elided.is_none() && !head.ends_with(" de") && !head.ends_with(" du") {
        return None;
    }
    // The body's head: its first word, or its first two (`conseil
    // départemental`), lower case as keyed, or an acronym as written
    // (`CHU de Nantes`).
    let mut words = head.split(' ');
    let first = words.next()?;
    let two = words.next().map(|w| &head[..first.len() + 1 + w.len()]);
    let acronym = form.split(' ').next()?;
    if !SEAT_HEADS.contains(first)
        && !two.is_some_and(|t| SEAT_HEADS.contains(t))
        && !SEAT_HEADS.contains(acronym)
    {
        return None;
    }
    let (_, written) = form.rsplit_once(' ')?;
    let (last, written) = match elided {
        Some(rest) => {
            let cut = written.len().checked_sub(rest.len())?;
            (rest, written.get(cut..)?)
        }
        None => (last, written),
    };
    (last.chars().count() >= 3
        && written.starts_with(char::is_uppercase)
        && !last.contains(['\'', '’'])
        && !LEXICON.contains(last))
    .then_some(last)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::Tokenizer;
    use super::{FINGERPRINTS, Token, fingerprint, token_fingerprint};

    /// The weighted tables give the fingerprint its formula: the length
    /// times 131, the first and last bytes (ASCII letters lower-cased)
    /// times 31 and 7.
    #[test]
    fn fingerprint_formula() {
        for w in ["", "a", "Musk", "xAI", "ÉLYSÉE", "élysée", "Jean-Luc"] {
            let b = w.as_bytes();
            let low = |x: Option<&u8>| {
                usize::from(x.map_or(0, u8::to_ascii_lowercase))
            };
            let want =
                (b.len() * 131 + low(b.first()) * 31 + low(b.last()) * 7)
                    % FINGERPRINTS;
            assert_eq!(fingerprint(b), want, "{w}");
        }
        assert_eq!(fingerprint(b"Musk"), fingerprint(b"musk"));
    }

    /// Inner capitals rank first, then a capital opening lower case,
    /// then capitals only, in ASCII and not.
    #[test]
    fn case_ranks() {
        use super::case_rank;
        for (form, rank) in [
            ("xAI", 3),
            ("OpenAI", 3),
            ("Xai", 2),
            ("XAI", 1),
            ("xai", 0),
            ("", 0),
            ("Élysée", 2),
            ("ÉLYSÉE", 1),
            ("élysée", 0),
            ("ÉlYsée", 3),
        ] {
            assert_eq!(case_rank(form), rank, "{form}");
        }
    }

    /// A word token's fingerprint is its word's.
    #[test]
    fn token_fingerprint_is_the_word_s() {
        let text = "Selon Elon Musk, xAI lève 6 milliards à l'Élysée.";
        let sentences = std::iter::once(0..text.len()).collect::<Vec<_>>();
        let toks: Vec<Token> = Tokenizer::new(text, &sentences).collect();
        assert!(!toks.is_empty());
        for t in &toks {
            assert_eq!(
                token_fingerprint(text.as_bytes(), t),
                fingerprint(&text.as_bytes()[t.range()])
            );
        }
    }
}
