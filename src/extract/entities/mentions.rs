//! Candidate mentions: where names are, and the evidence for each label.
//!
//! One pass over the tokens finds, at each word, the longer of a gazetteer
//! name and a capitalised sequence (with name particles, organisation and
//! place heads, company suffixes). Each candidate then reads its context:
//! titles and roles before it, describing nouns before it or in apposition
//! after it, place prepositions, reporting verbs, naming verbs. The result
//! is a score per label; the document stage decides.

use super::document::{form, title_gender};
use super::facts::{Fact, Facts, Id};
use super::gazetteer::{Gazetteer, Strength};
use super::tables::{
    ABBREVIATIONS, ACRONYMS, ACRONYMS_COMMON, AGENT_PARTICIPLES, BODY_HEADS,
    CLUB_PHRASES, CLUB_STAFF, COUNTRIES, DATIVE_VERBS, DEMONYMS, DRUG_STEMS,
    EDITION_WORDS, ENGLISH_WORDS, EVENT_SUFFIXES, FIRM_NOUNS, FIRM_VERBS,
    FUNCTION_WORDS, GIVEN_NAMES, LEXICON, LEXICON_EXTRA, LONE_HEADS,
    MATCH_WORDS, Map, NAME_HEADS, NAME_PARTICLES, NETWORKS, NOUNS,
    OBJECT_VERBS, ORG_PARTICIPLES, ORG_SUFFIXES, ORG_VERBS, PAPER_HEADS,
    PARTICLE_SURNAMES, PERSON_TITLES, PLACE_ADJECTIVES, PLACE_PREFIXES,
    PLACE_SUFFIXES, PLACE_VERBS, PLACES_TOWNS, PRIZE_NAMES, PRIZE_NOUNS,
    PROPER_NAMES, ROAD_NOUNS, ROLE_MODIFIERS, ROLE_OF, ROUTE_NOUNS,
    SITE_ADJECTIVES, SPEECH_VERBS, STREET_NOUNS, STREET_SKETCH, SURNAMES,
    Sketch, TEAM_COLOURS, TEAM_NOUNS, TOWN_DEMONYMS, WORK_NOUNS,
};
use super::tokens::{Kept, Kind, PackedWords, Shape, Token, Tokenizer};
use crate::extract::reference::is_weekday;
use crate::model::Label;

/// Scores per label, in the order of [`LABELS`].
pub(crate) type Scores = [f32; 4];

/// The labels in score order.
pub(crate) const LABELS: [Label; 4] =
    [Label::Per, Label::Org, Label::Loc, Label::Misc];

pub(crate) fn slot(label: Label) -> usize {
    match label {
        Label::Per => 0,
        Label::Org => 1,
        Label::Loc => 2,
        Label::Misc => 3,
    }
}

/// Evidence weights. A gazetteer entry or a company suffix outweighs a
/// cue in context, which outweighs what the form alone suggests.
/// Lower-case words (adjectives, complements after `de`) a name opened
/// by an organisation's head runs through (`École nationale supérieure
/// de chimie de Montpellier`).
const MAX_LOWER_HOPS: usize = 4;

pub(crate) mod weight {
    pub const EXTRA: f32 = 100.0;
    pub const LISTED: f32 = 10.0;
    pub const SUFFIX: f32 = 8.0;
    pub const HEAD: f32 = 6.0;
    pub const TITLE: f32 = 6.0;
    /// `M.`, `Mme`, `Me` before a name: above a list's place or firm
    /// (`M. de Saint-Priest`, `Mme Bettencourt`).
    pub const CIVIL_TITLE: f32 = LISTED + 1.0;
    pub const APPOSITION: f32 = 6.0;
    pub const GIVEN_NAME: f32 = 5.0;
    pub const NOUN_BEFORE: f32 = 5.0;
    /// A company's noun right before a name: above a given name and a
    /// surname together.
    pub const COMPANY_NOUN: f32 = 7.0;
    pub const NAMED: f32 = 4.0;
    pub const PLACE_PREP: f32 = 3.0;
    pub const SPEECH: f32 = 3.0;
    pub const FRAME: f32 = 3.0;
    /// What only a firm does (`emploie 3 000 personnes`, `a publié ses
    /// résultats`): above a given name.
    pub const FIRM_FRAME: f32 = 6.0;
    pub const CHEZ: f32 = 2.0;
    /// `chez` before a single word no list holds as a surname (`chez
    /// Vauthey`): a firm's, as people work for firms.
    pub const CHEZ_ONE: f32 = 3.0;
    /// `chez` before a known surname: below [`SURNAME`] (`chez
    /// Descartes`, a writer's works).
    pub const CHEZ_SURNAME: f32 = 1.4;
    pub const ROLE_OF: f32 = 3.0;
    /// A town that plays a match: more than five listed mentions of it
    /// as a place (a sports report names its clubs by their towns again
    /// and again, with no cue each time).
    pub const CLUB: f32 = 5.0 * LISTED + 1.0;
    pub const WEAK_LISTED: f32 = 2.0;
    /// A town of the short list of small towns (`places_towns.txt`).
    pub const TOWN: f32 = 1.0;
    pub const SURNAME: f32 = 1.5;
    pub const LONE_GIVEN_NAME: f32 = 1.0;
    pub const COORDINATED: f32 = 1.0;
    pub const COMPOUND: f32 = 1.0;
    pub const DEFAULT: f32 = 0.5;
}

/// Abbreviated civil titles, written before a person's name only (`M.`
/// and `MM.` with their full stop).
pub(super) const CIVIL_TITLES: [&str; 10] =
    ["M", "MM", "Mme", "Mmes", "Mlle", "Me", "Dr", "Dre", "Pr", "Mgr"];

/// One candidate mention, with what the document stage needs of its
/// tokens: the tokens themselves are read a window at a time and are gone
/// by then.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Mention {
    /// Start byte offset.
    pub start: u32,
    /// End byte offset, exclusive.
    pub end: u32,
    /// First token index in the document.
    pub first: u32,
    /// One past the last token index in the document.
    pub last: u32,
    /// How many of its tokens are words.
    pub words: u32,
    /// Its written form when it is not the text of its span
    /// ([`super::document::form`]).
    pub form: Option<Box<str>>,
    /// The gender a title before it gives (`Mme`: true, `M.`: false).
    pub title: Option<bool>,
    /// The token after it coordinates (`et`, `ou`, `,`, `ni`).
    pub joins_next: bool,
    /// A preposition repeats after the coordinating token (`de Kolda et
    /// de Ziguinchor`): the next name of the list starts one token later.
    pub repeats_prep: bool,
    /// Evidence per label.
    pub scores: Scores,
    /// Some evidence beyond the form of the words.
    pub evidence: bool,
    /// The mention opens a sentence.
    pub initial: bool,
    /// The gazetteer entry the whole span matched.
    pub entry: Option<u32>,
    /// Every word of the mention is a common French word (computed only
    /// for mentions without evidence).
    pub common: bool,
    /// The mention opens a dateline (`NANTES, 7 mars (AFP)`): a place,
    /// whatever its name stands for elsewhere in the text.
    pub dateline: bool,
    /// A place noun or an official governs it (`le maire de Pau`, `la
    /// ville de Lens`): the town here, though it names its club elsewhere.
    pub civic: bool,
    /// One word after `selon` (`selon Reuters`): a source, a person only
    /// when it is the surname of one the document names in full.
    pub source: bool,
    /// A capitalised common plural after `les` (`les Violets`): a team's
    /// nickname in a match report, nothing elsewhere.
    pub nickname: bool,
    /// A town after `contre`, `face à` or `nul à` (`un duel contre
    /// Toronto`): the rival club in a match report, the town elsewhere.
    pub rival: bool,
    /// A town opening a clause before its verb (`Lens s'est renseigné`,
    /// `une formule que Caen a écartée`, `Nice, de son côté,
    /// privilégie`): its club, when the document names that club in full
    /// (`RC Lens`); the town elsewhere.
    pub acts: bool,
    /// After `famille` (`la famille Marvelle`): the family, a person
    /// though its name may be its house's elsewhere in the text.
    pub family: bool,
    /// A prize's name after an article (`le Goncourt`): the prize
    /// wherever the name stands alone in the document, not the short
    /// form of a body named after it (`Académie Goncourt`).
    pub prize: bool,
    /// An unlisted one-word name that wins or loses a match (`Delcourt
    /// renverse Ibarra`): a club, unless the document names a person of
    /// that surname in full (a player of a sport of one against one).
    pub played: bool,
    /// The part of the person's score that its form gives (a given
    /// name, a surname, a foreign full name's shape): the same evidence
    /// at every mention, counted once per name by the document stage.
    pub person_form: f32,
}

impl Mention {
    /// A mention of no evidence yet over tokens `first..last` of the
    /// document.
    fn new(first: usize, last: usize, initial: bool) -> Mention {
        Mention {
            start: 0,
            end: 0,
            first: first as u32,
            last: last as u32,
            words: 0,
            form: None,
            title: None,
            joins_next: false,
            repeats_prep: false,
            scores: [0.0; 4],
            evidence: false,
            initial,
            entry: None,
            common: false,
            dateline: false,
            civic: false,
            source: false,
            nickname: false,
            rival: false,
            acts: false,
            family: false,
            played: false,
            prize: false,
            person_form: 0.0,
        }
    }

    fn add(&mut self, label: Label, w: f32, evidence: bool) {
        self.scores[slot(label)] += w;
        self.evidence |= evidence;
    }
}

/// Lower-cases `word` into `buf` and returns it; most words are ASCII,
/// which takes a fast path, and most others hold Latin-1 letters only
/// (`É`), which take another.
pub(crate) fn lower<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    let bytes = word.as_bytes();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else if bytes.iter().all(|&b| b < 0xc4) {
        // Latin-1 only (leads C2 and C3): a capital `À`-`Þ` but `×`
        // (C3 80 to C3 9E, but C3 97) is 0x20 below its small letter in
        // its second byte. The bytes between the capitals are copied as
        // they are, and their ASCII letters lower-cased after.
        let mut from = 0;
        for i in 1..bytes.len() {
            let b = bytes[i];
            if bytes[i - 1] == 0xc3 && (0x80..=0x9e).contains(&b) && b != 0x97
            {
                buf.push_str(word.get(from..i - 1).unwrap_or_default());
                buf.push(char::from(b + 0x60));
                from = i + 1;
            }
        }
        buf.push_str(word.get(from..).unwrap_or_default());
        buf.make_ascii_lowercase();
    } else {
        for c in word.chars() {
            match c {
                '\0'..='\u{ff}' => buf.push(latin1_lower(c)),
                _ => buf.extend(c.to_lowercase()),
            }
        }
    }
    buf
}

/// The lower case of a Latin-1 character, as [`char::to_lowercase`]
/// gives it: a capital (`A`-`Z`, `À`-`Þ` but `×`) is 32 below its small
/// letter, and every other character is its own.
fn latin1_lower(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from(c as u8 + 32),
        _ => c,
    }
}

/// Whether a lower-case word has an adjective's ending (`indien`,
/// `lyonnaise`, `américain`, `pharmaceutique`, `familial`): a verb after
/// a noun (`l'opération valorise X`) does not describe the name after it.
/// Whether a word ends as French demonyms do (`lensois`, `Marseillais`,
/// `Parisiennes`, `Lyonnaises`, `Européens`).
pub(crate) fn demonym_shaped(w: &str) -> bool {
    const ENDINGS: &Endings = &endings([
        "ois", "oise", "oises", "ais", "aise", "aises", "ien", "ienne",
        "iens", "iennes", "ain", "aine", "ains", "aines", "éen", "éenne",
        "éens", "éennes",
    ]);
    ends_with_any(w, ENDINGS)
}

/// `w.rsplit_once('-')`, read byte by byte: a word's few bytes cost less
/// than a searcher set up for each (the rules ask it of most names).
fn rsplit_hyphen(w: &str) -> Option<(&str, &str)> {
    let i = w.bytes().rposition(|b| b == b'-')?;
    Some((&w[..i], &w[i + 1..]))
}

/// Whether `w` is a capitalised word of three letters or more, a hyphen
/// and a number of one or two digits (`Halios-1`, `Sentinel-2`).
fn numbered_name(w: &str) -> bool {
    let Some((name, n)) = rsplit_hyphen(w) else { return false };
    let mut letters = name.chars();
    (1..=2).contains(&n.len())
        && n.bytes().all(|b| b.is_ascii_digit())
        && letters.next().is_some_and(char::is_uppercase)
        && name.chars().count() >= 3
        && letters.all(char::is_lowercase)
}

fn adjective_like(w: &str) -> bool {
    const ENDINGS: &Endings = &endings([
        "ien", "ienne", "ais", "aise", "ain", "aine", "ois", "oise", "and",
        "ande", "al", "ale", "el", "elle", "ique", "if", "ive", "aire", "eux",
        "euse", "in", "ard", "arde", "é", "ée", "ant", "ante", "on", "onne",
        "en", "enne", "an", "ane", "ol", "ole", "que", "iste", "ier", "ière",
    ]);
    ends_with_any(w, ENDINGS)
}

/// Word endings of one to eight bytes, none of them 0, each packed as
/// [`tail`] packs the last bytes of a word, with the mask of its length:
/// a word ends with one when its packed tail, masked, equals it (a word
/// shorter than the ending has zero bytes where the ending has none).
type Endings = [(u64, u64)];

/// `list` packed as [`Endings`], at compile time.
const fn endings<const N: usize>(list: [&str; N]) -> [(u64, u64); N] {
    let mut out = [(0u64, 0u64); N];
    let mut i = 0;
    while i < N {
        let e = list[i].as_bytes();
        assert!(!e.is_empty() && e.len() <= 8);
        let mut packed = 0u64;
        let mut j = 0;
        while j < e.len() {
            assert!(e[j] != 0);
            packed = packed << 8 | e[j] as u64;
            j += 1;
        }
        let mask =
            if e.len() == 8 { u64::MAX } else { (1u64 << (8 * e.len())) - 1 };
        out[i] = (mask, packed);
        i += 1;
    }
    out
}

/// The last eight bytes of `w` (all of a shorter word), the last one
/// lowest, for [`ends_with_any`].
#[inline]
fn tail(w: &[u8]) -> u64 {
    match w.len().checked_sub(8) {
        Some(from) => {
            let mut last = [0u8; 8];
            last.copy_from_slice(&w[from..]);
            u64::from_be_bytes(last)
        }
        None => w.iter().fold(0, |a, &b| a << 8 | u64::from(b)),
    }
}

/// Whether `w` ends with one of `endings`: its last bytes are packed
/// once, then compared with each ending in a mask and a comparison
/// (long lists of endings are asked of many words).
fn ends_with_any(w: &str, endings: &Endings) -> bool {
    let t = tail(w.as_bytes());
    // Every ending compared, without a branch per ending.
    endings.iter().fold(0u64, |found, &(mask, packed)| {
        found | u64::from(t & mask == packed)
    }) != 0
}

/// Whether `w` is a model code in parts joined by hyphens, with a digit
/// and no lower-case letter (`72-600`, `A220-300`, `930E-5`), but no
/// score (`3-1`, `12-10`: groups of one or two digits).
fn hyphenated_code(w: &[u8]) -> bool {
    (3..=10).contains(&w.len())
        && w.contains(&b'-')
        && w.iter().any(u8::is_ascii_digit)
        && w.split(|&b| b == b'-').all(|p| {
            !p.is_empty()
                && p.iter()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        })
        && !w
            .split(|&b| b == b'-')
            .all(|p| p.len() <= 2 && p.iter().all(u8::is_ascii_digit))
}

/// Whether `w` is an Arabic article joined by a hyphen to a capitalised
/// word (`al-Otaibi`, `el-Sissi`, `ad-Dawla`).
fn arabic_article(w: &str) -> bool {
    // The hyphen is the third or fourth byte: most words stop here.
    let b = w.as_bytes();
    if b.get(2) != Some(&b'-') && b.get(3) != Some(&b'-') {
        return false;
    }
    ["al-", "el-", "ad-", "ash-", "as-", "ar-", "at-", "an-", "az-"]
        .iter()
        .any(|a| {
            w.strip_prefix(a)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
}

/// `w`, an ASCII word of four bytes at most, in lower case, written in
/// `buf`.
fn short_lower<'b>(w: &str, buf: &'b mut [u8; 4]) -> &'b str {
    let b = &mut buf[..w.len()];
    b.copy_from_slice(w.as_bytes());
    b.make_ascii_lowercase();
    std::str::from_utf8(b).unwrap_or_default()
}

/// The per-token answers of the mention reader (`Reader::memo`): two
/// bits per question at the shifts below, 0 not asked yet, 1 no, 2 yes.
struct Memo;

impl Memo {
    const NAME: u8 = 0;
    const GIVEN: u8 = 2;
    const COMMON: u8 = 4;
    const PROPER: u8 = 6;

    /// The answer recorded at `shift` in `bits`, if any.
    #[inline(always)]
    fn get(bits: u8, shift: u8) -> Option<bool> {
        match (bits >> shift) & 3 {
            0 => None,
            m => Some(m == 2),
        }
    }

    /// Records answer `is` at `shift` in `bits`.
    #[inline(always)]
    fn set(bits: &mut u8, shift: u8, is: bool) {
        *bits |= (1 + u8::from(is)) << shift;
    }
}

/// `RENNES` → `Rennes`, for lookups of upper-case text in title-case
/// tables.
fn title_case<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    let mut start = true;
    for c in word.chars() {
        if start {
            buf.extend(c.to_uppercase());
        } else {
            buf.extend(c.to_lowercase());
        }
        start = c == '-';
    }
    buf
}

/// Whether `word` (lower case) is a common word once its unaccented
/// first letter gets its accent back (`etat` → `état`); `scratch` is a
/// reused buffer.
/// Whether `acronym` is made of the initials of `words`, in order: each
/// word gives its first letter (accents and case aside), except that a
/// grammatical word (`de`, `pour`, `et`) may give none (`Union sociale
/// pour l'habitat` → `USH`, `Agence de l'environnement et de la maîtrise
/// de l'énergie` → `Ademe`).
pub(super) fn initials_match<'w>(
    words: impl Iterator<Item = &'w str>,
    acronym: &str,
) -> bool {
    let want = acronym.as_bytes();
    if want.len() >= 32 {
        return false;
    }
    // Bit `n`: `n` letters of the acronym matched so far (a grammatical
    // word may or may not give its letter, so several counts at once).
    let mut reach: u32 = 1;
    for w in words {
        let first = w.chars().next().map_or(' ', base_letter);
        let optional = grammatical_in_acronym(w);
        // The counts whose next letter is this word's first.
        let mut gives = 0;
        for (n, b) in want.iter().enumerate() {
            if char::from(b.to_ascii_lowercase()) == first {
                gives |= 1 << n;
            }
        }
        let next = (reach & gives) << 1 | if optional { reach } else { 0 };
        if next == 0 {
            return false;
        }
        reach = next;
    }
    reach & 1 << want.len() != 0
}

/// Whether `w` is a grammatical word an acronym may leave out (`de`,
/// `la`, `et`, `pour`, ...: `Banque de France` is `BdF` or `BF`).
fn grammatical_in_acronym(w: &str) -> bool {
    matches!(
        w,
        "de" | "du"
            | "des"
            | "la"
            | "le"
            | "les"
            | "et"
            | "pour"
            | "à"
            | "au"
            | "aux"
            | "en"
            | "sur"
    )
}

/// `word` without an elided `l'` or `d'` before it (`l'industrie` →
/// `industrie`), for spelling acronyms.
pub(super) fn without_elision(word: &str) -> &str {
    ["l'", "d'", "l’", "d’"]
        .iter()
        .find_map(|e| word.strip_prefix(e))
        .unwrap_or(word)
}

/// Whether `w` is an article, a contracted article, a possessive or a
/// demonstrative before a noun (`le`, `au`, `ses`, `cette`).
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "le" | "la"
            | "l'"
            | "l’"
            | "les"
            | "du"
            | "au"
            | "aux"
            | "des"
            | "un"
            | "une"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "ce"
            | "cette"
            | "Le"
            | "La"
            | "L'"
            | "L’"
    )
}

/// A singular definite article, in either case, alone or joined to `de`
/// or `à` (`le`, `L'`, `du`, `au`).
fn singular_definite(w: &str) -> bool {
    matches!(
        w,
        "le" | "la" | "l'" | "l’" | "Le" | "La" | "L'" | "L’" | "du" | "au"
    )
}

/// An auxiliary or a modal in the third person singular (`a`, `va`,
/// `pourrait`): after a name, the verb of the clause it opens follows.
fn auxiliary(w: &str) -> bool {
    matches!(
        w,
        "a" | "avait"
            | "aurait"
            | "va"
            | "doit"
            | "devrait"
            | "pourrait"
            | "peut"
            | "veut"
    )
}

/// Whether `w` is a possessive determiner (`son`, `leurs`, `Notre`).
fn possessive(w: &str) -> bool {
    matches!(
        w,
        "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "notre"
            | "nos"
            | "votre"
            | "vos"
            | "Son"
            | "Sa"
            | "Ses"
            | "Leur"
            | "Leurs"
            | "Notre"
            | "Nos"
            | "Votre"
            | "Vos"
    )
}

/// An article or a demonstrative, in either case: no possessive, no
/// article joined to `de` or `à` (`du`, `des`, `au`).
fn plain_article(w: &str) -> bool {
    matches!(
        w,
        "le" | "la"
            | "l'"
            | "l’"
            | "un"
            | "une"
            | "ce"
            | "cet"
            | "cette"
            | "Le"
            | "La"
            | "L'"
            | "L’"
            | "Un"
            | "Une"
            | "Ce"
            | "Cet"
            | "Cette"
    )
}

/// Whether `w` is a firm's noun of [`FIRM_NOUNS`], singular or plural:
/// `les broyeurs Barry Callebaut`, and `le fonds Al Mada`, whose
/// singular ends in `s`.
fn firm_noun(w: &str) -> bool {
    FIRM_NOUNS.contains(w)
        || w.strip_suffix('s').is_some_and(|one| FIRM_NOUNS.contains(one))
}

/// Whether `w` is a determiner, written in lower case or capitalised at
/// the start of a sentence (`Son associé`, `Les broyeurs`).
fn any_case_determiner(w: &str) -> bool {
    is_determiner(w)
        || matches!(
            w,
            "Les" | "Un" | "Une" | "Son" | "Sa" | "Ses" | "Leur" | "Leurs"
        )
}

/// The lower-case letter `c` is written on, accents aside (`É` → `e`).
pub(super) fn base_letter(c: char) -> char {
    match c.to_lowercase().next().unwrap_or(c) {
        'à' | 'â' | 'ä' => 'a',
        'ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' => 'i',
        'ô' | 'ö' => 'o',
        'ù' | 'û' | 'ü' => 'u',
        l => l,
    }
}

/// Whether the parts of a hyphenated word after its first are a place's
/// (`Luz-Saint-Sauveur`, `Châlons-en-Champagne`): a saint or a
/// lower-case particle, which no compound given name holds.
fn place_compound(rest: &str) -> bool {
    rest.split('-').any(|p| {
        matches!(p, "Saint" | "Sainte" | "sur" | "sous" | "lès" | "lez" | "en")
    })
}

fn unaccented_common(word: &str, scratch: &mut String) -> bool {
    let accents: &[&str] = match word.as_bytes().first() {
        Some(b'e') => &["é", "è", "ê"],
        Some(b'a') => &["à", "â"],
        Some(b'i') => &["î"],
        Some(b'o') => &["ô"],
        _ => &[],
    };
    let rest = word.get(1..).unwrap_or("");
    accents.iter().any(|a| {
        scratch.clear();
        scratch.push_str(a);
        scratch.push_str(rest);
        LEXICON.contains(scratch)
    })
}

/// Whether `word` (lower case) is a common word once some of its first
/// three `e` get an acute accent, in the singular or the plural
/// (`telecom` → `télécoms`): English and brand spellings of French words.
fn acute_common(word: &str, scratch: &mut String) -> bool {
    let es: Vec<usize> =
        word.match_indices('e').map(|(k, _)| k).take(3).collect();
    (1..1u32 << es.len()).any(|mask| {
        scratch.clear();
        let mut from = 0;
        for (bit, &k) in es.iter().enumerate() {
            if mask & (1 << bit) != 0 {
                scratch.push_str(&word[from..k]);
                scratch.push('é');
                from = k + 1;
            }
        }
        scratch.push_str(&word[from..]);
        if LEXICON.contains(scratch) {
            return true;
        }
        // `télécom` is listed in the plural only.
        scratch.push('s');
        LEXICON.contains(scratch)
    })
}

/// The part of `word` from a capital inside it, after a capital and at
/// least three lower-case letters (`Systems` of `AeroSystems`); not
/// `McCarthy`, `DiCaprio`, `LeBron`.
fn camel_tail(word: &str) -> Option<&str> {
    let b = word.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let lower = b[1..].iter().take_while(|c| c.is_ascii_lowercase()).count();
    let at = 1 + lower;
    (lower >= 3 && b.get(at).is_some_and(u8::is_ascii_uppercase))
        .then(|| &word[at..])
}

/// Whether `word` is a Roman numeral (`XIV`, `II`): it may follow a name
/// (`Louis XIV`) but starts none.
fn roman(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b"IVXLCDM".contains(&b))
}

/// Words that link the parts of a French place name (`-sur-`, `-lès-`).
const PLACE_LINKS: &[&str] = &[
    "aux", "d", "de", "des", "du", "en", "la", "le", "les", "lès", "lez",
    "sous", "sur",
];

/// Month names, which a year follows as a date, not an event.
/// Whether a lower-case word has the ending of a French relational or
/// qualifying adjective (`rurale`, `nationale`, `paysanne`, `française`,
/// `ouvrière`, `européen`), the words that follow an organisation's head
/// in its name. Verb forms rarely end so, and the word must be long
/// enough not to be a grammatical word (`tel`, `mais`).
pub(super) fn adjective(word: &str) -> bool {
    const ENDINGS: &Endings = &endings([
        "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ien",
        "ienne", "iennes", "iens", "ique", "iques", "aire", "aires", "ais",
        "aise", "aises", "ois", "oise", "oises", "ain", "aine", "aines",
        "ains", "éen", "éenne", "éennes", "éens", "anne", "annes", "ière",
        "ières", "ier", "iers", "if", "ive", "ives", "ifs", "ic", "ics",
        "eur", "eure", "eurs", "eures", "in", "ins", "iste", "istes", "itime",
        "itimes", "ère", "ères", "icole", "icoles", "ophone", "ophones",
    ]);
    // `agricole`, `viticole`; not the verb and noun `bricole`.
    // `francophone`, `néerlandophone` (`le tribunal de l'entreprise
    // francophone de Bruxelles`); not an instrument.
    if word.starts_with("bricole")
        || matches!(word, "saxophone" | "xylophone" | "microphone")
    {
        return false;
    }
    // Participles and adjectives in `-ant` that bodies' names hold
    // (`Forces armées`, `Union des livreurs indépendants`, `Assemblée
    // constituante`, `Conseil permanent`), when the ending would say a
    // noun or a verb.
    if matches!(
        word,
        "armé"
            | "armée"
            | "armés"
            | "armées"
            | "constituante"
            | "indépendant"
            | "indépendante"
            | "indépendantes"
            | "indépendants"
            | "permanent"
            | "permanente"
            | "permanentes"
            | "permanents"
    ) {
        return true;
    }
    // `durable`, `équitable`; not `table`, `câble`, `étable`.
    if (word.ends_with("able") || word.ends_with("ables"))
        && word.chars().count() >= 7
    {
        return true;
    }
    // Of time and rank, which say when, not which (`le Parlement
    // actuel`, `le conseil précédent`).
    const TEMPORAL: &[&str] = &[
        "actuel",
        "actuelle",
        "actuels",
        "actuelles",
        "ancien",
        "ancienne",
        "dernier",
        "dernière",
        "premier",
        "première",
        "précédent",
        "entier",
        "entière",
        "habituel",
        "habituelle",
        "éventuel",
        "éventuelle",
        "demain",
        "lendemain",
    ];
    word.chars().count() >= 5
        && !FUNCTION_WORDS.contains(word)
        && !SPEECH_VERBS.contains(word)
        && !TEMPORAL.contains(&word)
        // `appelle`, `rappelle`, `interpelle`: verbs, not adjectives.
        && !word.ends_with("pelle")
        && ends_with_any(word, ENDINGS)
}

/// The stems of the adjectives of the points of the compass
/// (`méridionale`, `orientaux`), which may end a sea's or a region's
/// name (`mer de Chine méridionale`).
const COMPASS_ADJECTIVES: &[&str] =
    &["méridion", "septentrion", "orient", "occident"];

const MONTHS: &[&str] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Pronouns that follow a verb in an inversion (`peut-il`, `Croyez-moi`).
const INVERTED: &[&str] = &[
    "ce", "elle", "elles", "en", "il", "ils", "je", "la", "le", "les", "leur",
    "lui", "moi", "nous", "on", "toi", "tu", "vous", "y",
];

/// How many tokens the reader reads ahead at a time.
const WINDOW: usize = 4096;

/// How many tokens around a position the rules may look at: the context
/// before a name (at most a dozen words back to a describing noun), and
/// after its line (an apposition, a model number, a closing quote).
const MARGIN: usize = 64;

/// How many tokens of a document the reader keeps for the document stage
/// (which reads its words again): of a document of more, only the words
/// are kept, packed ([`PackedWords`]), so that the working memory stays
/// small.
const KEEP: usize = 1 << 16;

/// No offset: an empty place in [`particle_surnames`]' pairs.
const NOWHERE: usize = usize::MAX;

/// The words written after `Le` behind a title or a capitalised word in
/// `text` (`M. Le Drian`, `Marine Le Pen`), each with the offsets of the
/// first two such `Le`: one pass over the text.
fn particle_surnames(text: &str) -> Map<&str, [usize; 2]> {
    let mut out: Map<&str, [usize; 2]> = Map::default();
    for p in memchr::memmem::find_iter(text.as_bytes(), "Le ") {
        let before = text[..p].trim_end_matches(' ');
        if before.len() == p {
            continue;
        }
        let Some(last) = before.split([' ', '\n']).next_back() else {
            continue;
        };
        let titled = matches!(last, "M." | "Mme" | "Me" | "Dr")
            || last.starts_with(char::is_uppercase)
                && last.chars().all(char::is_alphabetic);
        if !titled {
            continue;
        }
        let rest = &text[p + 3..];
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(rest.len());
        if len == 0 {
            continue;
        }
        let seen = out.entry(&rest[..len]).or_insert([NOWHERE; 2]);
        if let Some(slot) = seen.iter_mut().find(|q| **q == NOWHERE) {
            *slot = p;
        }
    }
    out
}

/// A token whose word has no row in [`Reader::facts`] yet.
const NO_ROW: u32 = u32::MAX;

/// Reads the mentions of one document, a window of tokens at a time: a
/// window ends at a line break, which no name runs across, and keeps
/// [`MARGIN`] tokens of context on each side.
pub(crate) struct Reader<'a> {
    text: &'a str,
    /// The tokens not read yet.
    tokens: Tokenizer<'a>,
    /// Whether the tokenizer is done.
    done: bool,
    /// The window: the document's tokens from index `base` on.
    toks: Vec<Token>,
    /// The text of each token of the window, sliced once when read: the
    /// rules ask for words many times over.
    words: Vec<&'a str>,
    /// The document index of `toks[0]`.
    base: usize,
    /// The tokens before the window, while the document has at most
    /// [`KEEP`] tokens ([`Reader::kept_all`]).
    past: Vec<Token>,
    /// Whether `past` holds every token before the window.
    kept_all: bool,
    /// The words before the window, once the document has more than
    /// [`KEEP`] tokens (and `past` is given up).
    packed: PackedWords,
    /// How many tokens `past` may hold ([`KEEP`]).
    keep: usize,
    /// How many tokens to read ahead at a time ([`WINDOW`]).
    window: usize,
    gaz: &'a Gazetteer,
    buf: String,
    scratch: String,
    /// A third buffer, for a word kept while the others are used.
    word_buf: String,
    /// The candidates of the line being read, not decided yet
    /// ([`Reader::decide_pending`]).
    pending: Vec<Pending>,
    /// Per token, what [`Reader::name_word`], [`Reader::given_name`],
    /// [`Reader::common`] and [`Reader::proper_name`] answered
    /// ([`Memo`]). The lexicon is the largest table; each word is looked
    /// up once.
    memo: Vec<u8>,
    /// Per token, the row of its word in `facts` ([`NO_ROW`]: not
    /// looked up yet).
    rows: Vec<u32>,
    /// Per token, what [`Reader::listed_at`] answered (`None`: not asked
    /// yet), the end counted from the token: several rules ask it of the
    /// same token. Forgotten when the window reads on.
    listed: Vec<Option<Option<(u32, u32)>>>,
    /// The street nouns' [`Sketch`].
    streets: &'static Sketch,
    /// The document holds the first word of a name the gazetteer writes
    /// in lower case (`franceinfo`): only then are lower-case words
    /// looked up as names.
    lower_names: bool,
    /// The words written after `Le` behind a title or a capitalised word
    /// (`M. Le Drian`, `Marine Le Pen`), with the offsets of two such
    /// `Le` ([`Reader::particle_named_elsewhere`]); gathered when first
    /// asked.
    particle_surnames: Option<Map<&'a str, [usize; 2]>>,
    /// What the rules ask of a word alone, by word, from this document
    /// and the ones before: what [`Reader::common`],
    /// [`Reader::given_name`] and [`Reader::name_word_alone`] answered,
    /// and the context cues.
    facts: Facts,
}

/// A candidate mention found on the line being read, not decided yet:
/// the mention with its first evidence, and its window tokens.
struct Pending {
    m: Mention,
    first: usize,
    last: usize,
    /// After the first part of [`Reader::keep`]: `None` when dropped,
    /// else whether the name may be a town.
    town: Option<bool>,
}

impl<'a> Reader<'a> {
    /// A reader of `text`, whose sentences are `sentences`.
    pub(crate) fn new(
        text: &'a str,
        sentences: &'a [std::ops::Range<usize>],
        gaz: &'a Gazetteer,
    ) -> Reader<'a> {
        Reader {
            text,
            tokens: Tokenizer::new(text, sentences),
            done: false,
            toks: Vec::new(),
            words: Vec::new(),
            base: 0,
            past: Vec::new(),
            kept_all: true,
            packed: PackedWords::default(),
            keep: KEEP,
            window: WINDOW,
            gaz,
            buf: String::new(),
            scratch: String::new(),
            word_buf: String::new(),
            pending: Vec::new(),
            memo: Vec::new(),
            rows: Vec::new(),
            listed: Vec::new(),
            facts: Facts::take(gaz.id()),
            streets: &STREET_SKETCH,
            lower_names: gaz.lower_in(text),
            particle_surnames: None,
        }
    }

    /// Reads up to `n` more tokens into the window.
    fn fill(&mut self, n: usize) {
        self.toks.reserve(n.min(WINDOW + MARGIN));
        if !self.tokens.fill(&mut self.toks, n) {
            self.done = true;
        }
        let text = self.text;
        let read = self.words.len();
        self.words.extend(self.toks[read..].iter().map(|t| &text[t.range()]));
        self.memo.resize(self.toks.len(), 0);
        self.rows.resize(self.toks.len(), NO_ROW);
        // A name may end in the tokens just read.
        self.listed.clear();
        self.listed.resize(self.toks.len(), None);
    }

    fn word(&self, i: usize) -> &'a str {
        self.words[i]
    }

    /// The bytes of token `i`, for comparisons that need no characters.
    fn bytes(&self, i: usize) -> &'a [u8] {
        self.words[i].as_bytes()
    }

    /// The row of answers of token `k`'s word, found once per token.
    #[inline]
    fn row(&mut self, k: usize) -> Id {
        match self.rows[k] {
            NO_ROW => self.first_row(k),
            id => Id(id),
        }
    }

    /// The row of token `k`'s word, looked up the first time.
    #[inline(never)]
    fn first_row(&mut self, k: usize) -> Id {
        let id = self.facts.of(self.word(k));
        self.rows[k] = id.0;
        id
    }

    /// Whether `fact` holds of word `k` (of its text alone).
    fn fact(&mut self, k: usize, fact: Fact) -> bool {
        let id = self.row(k);
        match self.facts.recorded(id, fact) {
            Some(a) => a != 0,
            None => {
                let w = self.word(k);
                self.facts.is(id, w, fact)
            }
        }
    }

    /// The label `fact` gives word `k` (from its text alone).
    fn fact_label(&mut self, k: usize, fact: Fact) -> Option<Label> {
        let id = self.row(k);
        match self.facts.recorded(id, fact) {
            Some(a) => super::facts::decode(a),
            None => {
                let w = self.word(k);
                self.facts.label(id, w, fact)
            }
        }
    }

    fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == Kind::Word
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        i < self.toks.len()
            && self.toks[i].kind == Kind::Punct
            && self.bytes(i) == p.as_bytes()
    }

    /// Whether the lower-cased word `i` is a common word.
    #[inline]
    fn common(&mut self, i: usize) -> bool {
        match Memo::get(self.memo[i], Memo::COMMON) {
            None => self.common_first(i),
            Some(is) => is,
        }
    }

    /// Whether word `i` is a common word, asked the first time of the
    /// token.
    #[inline(never)]
    fn common_first(&mut self, i: usize) -> bool {
        let w = self.word(i);
        // Names repeat: a word already looked up.
        let id = self.row(i);
        if let Some(is) = self.facts.known(id, Fact::Common) {
            Memo::set(&mut self.memo[i], Memo::COMMON, is);
            return is;
        }
        lower(w, &mut self.buf);
        if self.buf.contains('’') {
            self.buf = self.buf.replace('’', "'");
        }
        let mut is = LEXICON.contains(&self.buf)
            || LEXICON_EXTRA.contains(&self.buf)
            // `ETAT-CIVIL`: a compound of common words; not one whose
            // every part, of two letters or more, is capitalised in a
            // mixed-case word, a name (`la Côte-Nord`, `la Rive-Sud`; not
            // the `E-Tech` of a car).
            || self.buf.contains('-')
                && !(self.toks[i].shape == Shape::Cap
                    && w.split('-').all(|p| {
                        p.starts_with(char::is_uppercase)
                            && p.chars().nth(1).is_some()
                    }))
                && self.buf.split('-').all(|p| {
                    LEXICON.contains(p)
                        || unaccented_common(p, &mut self.scratch)
                });
        // Capitals often lose their accent (`Etat`, `ETRANGER`).
        if !is && self.toks[i].shape != Shape::Lower {
            is = unaccented_common(&self.buf, &mut self.scratch);
        }
        // Upper-case text drops every accent (`DEPUTES`, `MEFAITS`);
        // a short word in capitals is an acronym (`CRE`, not `cré`).
        if !is && self.toks[i].shape == Shape::Upper && self.buf.len() > 4 {
            is = acute_common(&self.buf, &mut self.scratch);
        }
        Memo::set(&mut self.memo[i], Memo::COMMON, is);
        self.facts.set(id, Fact::Common, is);
        is
    }

    #[inline]
    fn given_name(&mut self, i: usize) -> bool {
        match Memo::get(self.memo[i], Memo::GIVEN) {
            None => self.given_name_first(i),
            Some(is) => is,
        }
    }

    /// Whether word `i` is a given name, asked the first time of the
    /// token.
    #[inline(never)]
    fn given_name_first(&mut self, i: usize) -> bool {
        let id = self.row(i);
        let is = match self.facts.known(id, Fact::Given) {
            Some(is) => is,
            None => {
                let is = self.given_name_uncached(i);
                self.facts.set(id, Fact::Given, is);
                is
            }
        };
        Memo::set(&mut self.memo[i], Memo::GIVEN, is);
        is
    }

    fn given_name_uncached(&mut self, i: usize) -> bool {
        let w = self.word(i);
        match self.toks[i].shape {
            Shape::Cap => {
                GIVEN_NAMES.contains(w)
                    || w.split_once('-').is_some_and(|(a, rest)| {
                        GIVEN_NAMES.contains(a) && !place_compound(rest)
                    })
                    // `Gwénaël`, `Gaétan`: an acute accent the lists
                    // spell without, on a word that is no French word
                    // (`Santé` is no `Sante`).
                    || w.contains('é')
                        && GIVEN_NAMES.contains(&w.replace('é', "e"))
                        && !self.common(i)
            }
            // `JEAN DUPONT` in a line of capitals; a short word in
            // capitals among lower-case words is an acronym (`l'EMA`).
            Shape::Upper if w.len() > 2 => {
                // Not a Roman numeral (`la directive RED III`).
                let upper = |r: &Self, k: usize| {
                    r.toks.get(k).is_some_and(|t| t.shape == Shape::Upper)
                        && !roman(r.word(k))
                };
                (w.len() > 4
                    || upper(self, i + 1)
                    || i > 0 && upper(self, i - 1))
                    && GIVEN_NAMES.contains(title_case(w, &mut self.buf))
            }
            _ => false,
        }
    }

    /// Whether word `i` is one of the dictionary's other proper names,
    /// as written or upper case (`RENNES`).
    #[inline]
    fn proper_name(&mut self, i: usize) -> bool {
        match Memo::get(self.memo[i], Memo::PROPER) {
            None => self.proper_name_first(i),
            Some(is) => is,
        }
    }

    /// Whether word `i` is one of the dictionary's other proper names,
    /// asked the first time of the token.
    #[inline(never)]
    fn proper_name_first(&mut self, i: usize) -> bool {
        let is = match self.toks[i].shape {
            Shape::Cap | Shape::Upper => {
                // Names repeat: a word already looked up.
                let id = self.row(i);
                match self.facts.known(id, Fact::Proper) {
                    Some(is) => is,
                    None => {
                        let is = self.proper_name_uncached(i);
                        self.facts.set(id, Fact::Proper, is);
                        is
                    }
                }
            }
            _ => false,
        };
        Memo::set(&mut self.memo[i], Memo::PROPER, is);
        is
    }

    fn proper_name_uncached(&mut self, i: usize) -> bool {
        let w = self.word(i);
        match self.toks[i].shape {
            Shape::Cap => PROPER_NAMES.contains(w) || PLACES_TOWNS.contains(w),
            Shape::Upper => {
                let w = title_case(w, &mut self.buf);
                PROPER_NAMES.contains(w) || PLACES_TOWNS.contains(w)
            }
            _ => false,
        }
    }

    /// Whether word `i` is a nickname after `les`: a capitalised plural
    /// of a common word, no demonym and no event (`les Jeux`, `les
    /// Mondiaux`, `les Municipales`).
    fn nickname_at(&mut self, i: usize) -> bool {
        const EVENTS: &[&str] = &[
            "jeux",
            "mondiaux",
            "européennes",
            "municipales",
            "législatives",
            "régionales",
            "sénatoriales",
            "présidentielles",
            "olympiades",
            "internationaux",
        ];
        let w = self.word(i);
        // `Les Dogues, qui restent sur six victoires`: at a sentence's
        // start too.
        i > 0
            && (self.word(i - 1) == "les"
                || self.word(i - 1) == "Les" && self.toks[i - 1].initial())
            && self.toks[i].shape == Shape::Cap
            && w.ends_with(['s', 'x'])
            && self.common(i)
            && {
                let l = lower(w, &mut self.buf);
                // The table holds the singular (`grec` of `les Grecs`).
                let one = l.strip_suffix('s').unwrap_or(l);
                !DEMONYMS.contains(l)
                    && !DEMONYMS.contains(one)
                    && !EVENTS.contains(&l)
            }
    }

    /// The bracket that closes the long name of a body opened at `first`
    /// and read up to `last`: past its complements (lower-case words,
    /// `de`, `et`, commas, capitalised words; a dozen tokens at most) an
    /// acronym in brackets whose letters are, in order, the initials of
    /// the name's words, the first letter the first word's, at most two
    /// words giving none (`Fédération de l'industrie horlogère suisse
    /// (FH)`, `Département fédéral de l'économie, de la formation et de
    /// la recherche (DEFR)`). Only past a body's head word.
    fn spelled_to_bracket(
        &mut self,
        first: usize,
        last: usize,
    ) -> Option<usize> {
        if self.toks[first].shape != Shape::Cap
            || NAME_HEADS.get(self.word(first)) != Some(Label::Org)
        {
            return None;
        }
        let mut j = last;
        while j < self.toks.len() && j < last + 16 {
            let t = self.toks[j];
            if t.line_before() {
                return None;
            }
            if t.kind == Kind::Punct && self.word(j) == "(" {
                break;
            }
            if t.kind == Kind::Punct && self.word(j) != "," {
                return None;
            }
            j += 1;
        }
        if j + 2 >= self.toks.len()
            || !self.is_punct(j, "(")
            || !self.is_punct(j + 2, ")")
        {
            return None;
        }
        // `Fédération de l'industrie horlogère suisse (FH)`: the name
        // read whole up to its acronym, which names the body too.
        if j == last {
            return (self.toks[j + 1].shape == Shape::Upper).then_some(j);
        }
        // `l'Autorité des services et marchés financiers (FSMA)`, `l'Office
        // des ports et rades du Gabon (Oprag)`: a body's name of lower-case
        // words, and of places after `de`, runs on to the short name in
        // brackets after it, spelled or not (another language's, a
        // syllabic one).
        let short = self.toks[j + 1].shape == Shape::Upper
            || self.toks[j + 1].shape == Shape::Cap
                && (3..=12).contains(&self.bytes(j + 1).len())
                && !self.given_name(j + 1);
        let plain = short
            && (last..j).all(|k| {
                let t = self.toks[k];
                t.kind == Kind::Elision
                    || t.kind == Kind::Word
                        && (t.shape == Shape::Lower
                            || t.shape == Shape::Cap
                                && k > 0
                                && NAME_HEADS.get(self.word(k)).is_none()
                                && (self.toks[k - 1].kind == Kind::Elision
                                    && self.word(k - 1).starts_with('d')
                                    || matches!(
                                        self.word(k - 1),
                                        "de" | "du" | "des"
                                    )))
            })
            // `l'industrie et les syndicats (CGT)`: two things joined, not
            // one name.
            && !(last..j).any(|k| {
                matches!(self.word(k), "et" | "ou")
                    && (self.toks[k + 1].kind == Kind::Elision
                        && self.word(k + 1).starts_with('l')
                        || matches!(
                            self.word(k + 1),
                            "le" | "la"
                                | "les"
                                | "un"
                                | "une"
                                | "son"
                                | "sa"
                                | "ses"
                                | "leur"
                                | "leurs"
                        ))
            });
        if plain {
            return Some(j);
        }
        if self.toks[j + 1].shape != Shape::Upper {
            return None;
        }
        let acronym = self.bytes(j + 1);
        if !(2..=8).contains(&acronym.len()) {
            return None;
        }
        // The initials of the words that may give a letter.
        let mut want =
            acronym.iter().map(|b| char::from(b.to_ascii_lowercase()));
        let mut next = want.next();
        let mut skipped = 0;
        for k in first..j {
            let t = self.toks[k];
            if t.kind == Kind::Punct {
                continue;
            }
            let w = without_elision(self.word(k));
            if (w.is_empty() || grammatical_in_acronym(w)) && k != first {
                continue;
            }
            let initial = w.chars().next().map_or(' ', base_letter);
            match next {
                Some(c) if c == initial => next = want.next(),
                _ if k == first => return None,
                _ => skipped += 1,
            }
        }
        (next.is_none() && skipped <= 2).then_some(j)
    }

    /// Whether the word at `k` is a lower-case adjective of a people
    /// (`bernois`, `normande`, a plural too) that no capitalised word
    /// follows: after a place, it names a region of it.
    fn regional_adjective(&mut self, k: usize) -> bool {
        if k >= self.toks.len()
            || self.toks[k].line_before()
            || !self.is_word(k)
            || self.toks[k].shape != Shape::Lower
        {
            return false;
        }
        let w = self.word(k);
        let one = w.strip_suffix('s').unwrap_or(w);
        // `la Méditerranée orientale`, `l'Europe centrale`: a point of
        // the compass too.
        let compass = COMPASS_ADJECTIVES
            .iter()
            .chain(&["central"])
            .any(|a| w.starts_with(a))
            && ends_with_any(
                w,
                &const { endings(["al", "ale", "ales", "aux"]) },
            );
        (DEMONYMS.contains(w) || DEMONYMS.contains(one) || compass)
            && self.toks.get(k + 1).is_none_or(|t| {
                t.line_before()
                    || t.kind != Kind::Word
                    || t.shape == Shape::Lower
            })
    }

    /// Whether word `i` alone is a place the gazetteer lists.
    fn listed_place(&mut self, i: usize) -> bool {
        self.listed_at(i).is_some_and(|(end, e)| {
            end == i + 1 && self.gaz.entry(e).label == Label::Loc
        })
    }

    /// Whether word `i` is a listed place after a firm's noun and `de`
    /// (`la start-up d'Agadir`, `le groupe de Cupertino`).
    fn origin_place(&mut self, i: usize) -> bool {
        i >= 2
            && (self.is_word(i - 1) && self.word(i - 1) == "de"
                || self.toks[i - 1].kind == Kind::Elision
                    && matches!(self.word(i - 1), "d'" | "d’"))
            && self.is_word(i - 2)
            && self.toks[i - 2].shape == Shape::Lower
            && FIRM_NOUNS.contains(self.word(i - 2))
            // `filiale de Wagram Music`, `fournisseur de`: a parent or a
            // customer after `de`, no origin.
            && !matches!(
                self.word(i - 2),
                "filiale"
                    | "action"
                    | "fournisseur"
                    | "distributeur"
                    | "concessionnaire"
                    | "marque"
                    | "label"
                    | "holding"
            )
            && (self.listed_place(i)
                // A town of the weak lists, written as a name (not `AXA`).
                || self.toks[i].shape == Shape::Cap && self.proper_name(i))
    }

    /// Whether word `i` may start or continue a name by its form.
    #[inline]
    fn name_word(&mut self, i: usize) -> bool {
        if let Some(is) = Memo::get(self.memo[i], Memo::NAME) {
            return is;
        }
        let is = self.name_word_uncached(i);
        Memo::set(&mut self.memo[i], Memo::NAME, is);
        is
    }

    /// Whether word `i` is a town in capitals opening a line before a
    /// dash (`TULLE – Le groupe`): a dateline, even a common word's.
    fn dateline_dash(&self, i: usize) -> bool {
        let t = self.toks[i];
        t.shape == Shape::Upper
            && t.end - t.start > 2
            && (i == 0 || t.line_before())
            && self.toks.get(i + 1).is_some_and(|n| {
                !n.line_before()
                    && n.kind == Kind::Punct
                    && matches!(&self.text[n.range()], "-" | "–" | "—")
            })
    }

    #[inline(never)]
    fn name_word_uncached(&mut self, i: usize) -> bool {
        let t = self.toks[i];
        if !t.namelike() {
            return false;
        }
        let w = self.word(i);
        // An abbreviation or title with its full stop (`MM.`, `Dép.`).
        if self.is_punct(i + 1, ".")
            && !self.toks[i + 1].space_before()
            && ABBREVIATIONS.contains(w)
        {
            return false;
        }
        // `la Banque de l'Union sénégalaise (BUS)`: a common word in
        // capitals, in brackets, spelled by the name before them.
        if self.bracketed_acronym(i) {
            return true;
        }
        // `l'US Colomiers`, `le CA Brive`: a sports club's initials
        // ([`NAME_HEADS`]) the dictionary also lists, before its town.
        // `TULLE – Le groupe`: a town in capitals opening a line before a
        // dash is a dateline, even a common word's.
        if t.shape == Shape::Upper {
            let next =
                self.toks.get(i + 1).copied().filter(|n| !n.line_before());
            let club = NAME_HEADS.get(w) == Some(Label::Org)
                && next.is_some_and(|n| {
                    n.kind == Kind::Word && n.shape == Shape::Cap
                });
            if club || self.dateline_dash(i) || self.initials_before_name(i) {
                return true;
            }
            // `L'opérateur luxembourgeois SES`, `la compagnie MOB`: in
            // capitals after a firm's noun in lower case (past one
            // adjective), a common word is the firm's acronym.
            if !t.initial() && i >= 1 && w.len() >= 3 {
                let k = if i >= 2
                    && self.is_word(i - 1)
                    && self.toks[i - 1].shape == Shape::Lower
                    && adjective(self.word(i - 1))
                {
                    i - 2
                } else {
                    i - 1
                };
                if self.is_word(k)
                    && self.toks[k].shape == Shape::Lower
                    && NOUNS.get(self.word(k)) == Some(Label::Org)
                {
                    return true;
                }
            }
            // `CLÉMENCE AUBRAC` in a headline: a given name in capitals,
            // though a common word too, before a surname or a name.
            let upper_next = next.is_some_and(|n| {
                n.kind == Kind::Word && n.shape == Shape::Upper
            });
            if upper_next
                && self.given_name(i)
                && (self.caps_surname(i + 1)
                    || self.word(i + 1).len() > 2 && !self.common(i + 1))
            {
                return true;
            }
        }
        // `Cardinal Peak Sports`, `Baron Capital`: a title's word
        // capitalised inside a sentence opens a firm's name when a
        // company's ending closes the capitalised words after it.
        if t.shape == Shape::Cap && !t.initial() && self.firm_after_title(i) {
            return true;
        }
        // The rest depends on the word alone.
        let id = self.row(i);
        if let Some(is) = self.facts.known(id, Fact::NameAlone) {
            return is;
        }
        let is = self.name_word_alone(i);
        self.facts.set(id, Fact::NameAlone, is);
        is
    }

    /// One past the listed place after `de` at `k`, on the line
    /// (`de Lyon`, `de l'Ouest`).
    fn club_place(&mut self, k: usize) -> Option<usize> {
        let q = self.particles_at(k);
        if q == k
            || !matches!(self.word(k), "de" | "d'" | "d’" | "du")
            || q >= self.toks.len()
            || self.toks[q].line_before()
            || self.toks[q].shape != Shape::Cap
        {
            return None;
        }
        let listed = self
            .listed_at(q)
            .filter(|&(_, e)| self.gaz.entry(e).label == Label::Loc)
            .map(|(end, _)| end);
        if listed.is_some() {
            return listed;
        }
        // `de Garoua`: a town of the short list, alone.
        (PLACES_TOWNS.contains(self.word(q))
            && self
                .toks
                .get(q + 1)
                .is_none_or(|t| t.shape != Shape::Cap || t.line_before()))
        .then_some(q + 1)
    }

    /// The end and label of a name at `i..last` (one token) made of a
    /// code: a road's (`l'A43`, `la D906`, `la RN 7`: a place), or a
    /// body's acronym and the number of the département it serves (`le
    /// SDIS 31`, `l'OPH 31`, `la FDSEA 29`: an organisation). Not a
    /// listed product or index (`l'A320`, `le CAC 40`).
    fn coded_at(
        &self,
        i: usize,
        last: usize,
        entry: Option<usize>,
    ) -> Option<(usize, Label)> {
        if last != i + 1
            || self.toks[i].kind != Kind::Word
            || entry.is_some_and(|e| self.gaz.entry(e).label == Label::Misc)
        {
            return None;
        }
        let w = self.word(i).as_bytes();
        let letters = w.iter().take_while(|b| b.is_ascii_uppercase()).count();
        let digits = w.len() - letters;
        let before = if i > 0 { self.word(i - 1) } else { "" };
        let feminine =
            matches!(before, "la" | "La" | "l'" | "l’" | "L'" | "L’");
        // `l'A43`, `la N12`, `la D906`: a motorway's number has one or
        // two digits (`l'A320` is an aircraft).
        if feminine
            && digits > 0
            && w[letters..].iter().all(u8::is_ascii_digit)
            && match &w[..letters] {
                b"A" => digits <= 2,
                b"N" | b"D" | b"RN" | b"RD" => digits <= 4,
                _ => false,
            }
        {
            return Some((i + 1, Label::Loc));
        }
        let next = i + 1;
        let number = next < self.toks.len()
            && !self.toks[next].line_before()
            && self.toks[next].shape == Shape::Digit;
        if !number || digits > 0 {
            return None;
        }
        let n = self.word(next);
        // `la RN 7`, `la RD 906`.
        if matches!(before, "la" | "La")
            && matches!(self.word(i), "RN" | "RD")
            && n.len() <= 4
        {
            return Some((i + 2, Label::Loc));
        }
        // `le SDIS 31`: two capitals at least, then a département's
        // number (01 to 95), and no unit or count after it.
        let department = n.len() == 2
            && n.bytes().all(|b| b.is_ascii_digit())
            && ("01"..="95").contains(&n);
        let after = next + 1;
        // Not a model after its maker or a possessive (`la Marussia MR
        // 02`, `sa MR 02`).
        let owned = i > 0
            && (matches!(self.toks[i - 1].shape, Shape::Cap | Shape::Brand)
                || matches!(
                    before,
                    "sa" | "son" | "ses" | "Sa" | "Son" | "Ses"
                ));
        (letters >= 2
            && !owned
            && letters == w.len()
            && letters <= 6
            && department
            && !self.unit_after(after)
            && self.toks.get(after).is_none_or(|t| {
                let a = self.word(after);
                t.line_before()
                    || t.kind != Kind::Word
                        && !matches!(a, "-" | "–" | "/" | "%")
                    || t.shape != Shape::Lower && t.shape != Shape::Digit
                    || t.shape == Shape::Lower
                        && !matches!(a, "à" | "contre")
                        && (!a.ends_with(['s', 'x'])
                            || FUNCTION_WORDS.contains(a))
            }))
        .then_some((i + 2, Label::Org))
    }

    /// One past a road's number or code at `k`, after the adjective of
    /// its network (`départementale 1006`, `A7`, `N 7`), on the line.
    fn road_number(&self, k: usize) -> Option<usize> {
        let mut k = k;
        let on_line = |r: &Self, k: usize| {
            k < r.toks.len() && !r.toks[k].line_before() && r.is_word(k)
        };
        if on_line(self, k)
            && matches!(
                self.word(k),
                "nationale" | "départementale" | "communale" | "forestière"
            )
        {
            k += 1;
        }
        if !on_line(self, k) {
            return None;
        }
        let w = self.word(k).as_bytes();
        // `389`; `A7`, `RN7`, `D1006`: capitals then digits.
        let letters = w.iter().take_while(|b| b.is_ascii_uppercase()).count();
        let digits = w[letters..].iter().all(u8::is_ascii_digit);
        (letters <= 2 && w.len() > letters && w.len() - letters <= 4 && digits)
            .then_some(k + 1)
    }

    /// The label of the noun of a phrase ending right before `comma`
    /// that relates it to a name (`le fournisseur de Lidl`,
    /// `l'actionnaire d'Air France`): a determiner opening the sentence
    /// or following a mark, a lower-case noun, `de` and up to four
    /// capitalised words.
    fn related_noun_before(&mut self, comma: usize) -> Option<Label> {
        let mut k = comma;
        let mut names = 0;
        while k > 0
            && names < 4
            && self.is_word(k - 1)
            && matches!(self.toks[k - 1].shape, Shape::Cap | Shape::Upper)
        {
            k -= 1;
            names += 1;
        }
        if names == 0 || k < 3 {
            return None;
        }
        let of = k - 1;
        let of_word = self.word(of);
        if !(matches!(of_word, "de" | "du")
            || self.toks[of].kind == Kind::Elision
                && matches!(of_word, "d'" | "d’"))
        {
            return None;
        }
        let noun = of - 1;
        if !self.is_word(noun) || self.toks[noun].shape != Shape::Lower {
            return None;
        }
        // The phrase opens the sentence or follows a mark: not a
        // complement of another noun (`Le PDG du groupe de BTP Ormelis,
        // Vincent Lachaume,`).
        let d = noun - 1;
        let det = self.word(d);
        let determiner = matches!(
            det,
            "le" | "la"
                | "Le"
                | "La"
                | "son"
                | "sa"
                | "Son"
                | "Sa"
                | "leur"
                | "Leur"
        ) || self.toks[d].kind == Kind::Elision
            && matches!(det, "l'" | "l’" | "L'" | "L’");
        let opens = self.toks[d].initial()
            || d > 0 && self.toks[d - 1].kind == Kind::Punct;
        if !determiner || !opens {
            return None;
        }
        self.noun_at(noun)
    }

    /// Whether word `k` is a surname the lists hold, written in capitals
    /// (`MOREAU`), three letters or more.
    fn caps_surname(&mut self, k: usize) -> bool {
        self.is_word(k)
            && self.toks[k].shape == Shape::Upper
            && self.word(k).len() > 2
            && {
                let w = self.word(k);
                SURNAMES.contains(title_case(w, &mut self.buf))
            }
    }

    /// Whether the name `first..last` reads as a person's: a given name
    /// opens it and no English word closes it (`Tony Estanguet`, not
    /// `Hartwell Ovens`).
    fn person_named(&mut self, first: usize, last: usize) -> bool {
        self.given_name(first)
            && !(last > first + 1 && self.english_word(last - 1))
    }

    /// Whether the capitalised word at `k` is an English word that is no
    /// French word (`Financial`, `Modern`).
    fn english_word(&mut self, k: usize) -> bool {
        self.is_word(k)
            && self.toks[k].shape == Shape::Cap
            && !self.common(k)
            && ENGLISH_WORDS.contains(lower(self.word(k), &mut self.buf))
    }

    /// Whether word `i`, two capitals no list holds, opens a company's
    /// name before a capitalised word that is no French word, given name
    /// or listed name (`DP World`, `BW Ideol`), or a company's word:
    /// initials need that cue.
    fn initials_before_name(&mut self, i: usize) -> bool {
        let w = self.word(i);
        let n = i + 1;
        w.len() == 2
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && self.toks.get(n).is_some_and(|t| {
                !t.line_before()
                    && t.kind == Kind::Word
                    && t.shape == Shape::Cap
            })
            && !ACRONYMS_COMMON.contains(w)
            && !ACRONYMS.contains(w)
            && !PERSON_TITLES.contains(w)
            // A listed firm's two capitals open a longer name before a
            // company's word or an English one (`LG Electronics`, `BP
            // Solar`), not before a person's (`le député RN Tanguy`).
            && match self.listed_at(i) {
                None => true,
                Some((end, e)) => {
                    end == n
                        && self.gaz.entry(e).label == Label::Org
                        && (self.suffix_at(n) || self.english_word(n))
                }
            }
            && match self.suffix_at(n) {
                // `RA Capital Management`: before a company's word, French
                // or not, initials that spell a word (`ra`) but no
                // grammatical one (`LE`, `EN`).
                true => !FUNCTION_WORDS.contains(short_lower(w, &mut [0; 4])),
                false => {
                    !self.common(i) && !self.common(n) && !self.given_name(n)
                }
            }
            && self.listed_at(n).is_none()
    }

    /// Whether word `i` is in capitals, alone in brackets, and the words
    /// right before the bracket spell it (`la Banque de l'Union
    /// sénégalaise (BUS)`).
    #[inline]
    fn bracketed_acronym(&self, i: usize) -> bool {
        self.toks[i].shape == Shape::Upper
            && i >= 2
            && self.is_punct(i - 1, "(")
            && self.is_punct(i + 1, ")")
            && self.spelled_before(i - 1, self.word(i))
    }

    /// Whether the words from `k`, opening the sentence, to the name at
    /// `first` are a preposition of place and its noun phrase: `Sur la`,
    /// `Dans le`, `Au pied du`, `De l'autre côté du`, `Le long du`.
    fn fronted_place(&self, k: usize, first: usize) -> bool {
        // At most eight tokens (the window of the caller): kept in an
        // array, no list made.
        let mut buf = [""; 8];
        let mut n = 0;
        for x in (k..first)
            .filter(|&x| self.is_word(x) || self.toks[x].kind == Kind::Elision)
        {
            if n == buf.len() {
                return false;
            }
            buf[n] = self.word(x);
            n += 1;
        }
        let Some((head, rest)) = buf[..n].split_first() else {
            return false;
        };
        let det = |w: &str| {
            matches!(
                w,
                "le" | "la" | "les" | "l'" | "l’" | "du" | "des" | "de"
            )
        };
        match *head {
            "Le" => matches!(rest, ["long", "du" | "de" | "des", ..]),
            "De" => matches!(rest, ["l'" | "l’", "autre", "côté", ..]),
            "Au" => matches!(
                rest,
                [] | ["pied" | "bord" | "large" | "cœur" | "nord" | "sud", ..]
            ),
            "Près" | "Autour" => {
                matches!(rest, ["de" | "du" | "des" | "d'" | "d’", ..])
            }
            _ => rest.len() <= 2 && rest.iter().all(|w| det(w)),
        }
    }

    /// The end of a slogan naming a list, a party or a group, the name
    /// opening at `n` and read up to `j`: after one of their nouns
    /// (`coalition`, `liste`, `parti`, `collectif`, `association`,
    /// `comité`, `mouvement`, `formation`), right before the name or in
    /// apposition (`Sa formation, X,`), pairs of a preposition or an
    /// article and a word (`en Avant`, `en santé`, `la mucoviscidose`,
    /// `du 13`) and adjectives joined by `et` (`insoumise et
    /// populaire`), up to punctuation or the end of the line. None when
    /// nothing follows the name so, or the clause goes on.
    fn slogan_end(&self, n: usize, j: usize) -> Option<usize> {
        let noun = |k: usize| {
            self.is_word(k)
                && matches!(
                    self.word(k),
                    "coalition"
                        | "liste"
                        | "parti"
                        | "collectif"
                        | "association"
                        | "comité"
                        | "mouvement"
                        | "formation"
                )
        };
        let after_noun = n >= 1 && noun(n - 1)
            || n >= 2 && self.is_punct(n - 1, ",") && noun(n - 2)
            || n >= 2 && self.is_punct(n - 1, "«") && noun(n - 2);
        if !after_noun {
            return None;
        }
        let len = self.toks.len();
        let word = |k: usize| {
            k < len && !self.toks[k].line_before() && self.is_word(k)
        };
        let mut k = j;
        while k < j + 8 && word(k) {
            let w = self.word(k);
            if matches!(
                w,
                "en" | "pour"
                    | "contre"
                    | "sans"
                    | "la"
                    | "le"
                    | "les"
                    | "du"
                    | "de"
                    | "des"
            ) && word(k + 1)
                && !matches!(self.toks[k + 1].shape, Shape::Upper)
            {
                k += 2;
            } else if self.toks[k].shape == Shape::Lower
                && (adjective(w) || w == "et" && word(k + 1))
            {
                k += 1;
            } else {
                break;
            }
        }
        let ends = k == len
            || self.toks[k].line_before()
            || matches!(self.word(k), "," | "." | ";" | ":" | "(" | ")" | "»");
        (k > j && ends).then_some(k)
    }

    /// Whether the words right before token `open` (a bracket), from a
    /// capitalised one on, spell `short` (four letters or more, accents
    /// aside) by the first letters of each, one or more: `Fé`, `ma`,
    /// `foot` of `Fédération malienne de football`, `C`, `é`, `d`, `É`,
    /// `A`, `O` of `Communauté économique des États de l'Afrique de
    /// l'Ouest`. A grammatical word may give its letters or none; every
    /// other word gives at least one.
    fn spelled_by_syllables(&self, open: usize, short: &str) -> bool {
        // The letters to spell, accents folded, in an array: no string
        // made for a name or its words.
        let mut want = ['\0'; 12];
        let mut len = 0;
        for c in short.chars().map(base_letter) {
            if len == want.len() || !c.is_alphabetic() {
                return false;
            }
            want[len] = c;
            len += 1;
        }
        if len < 4 {
            return false;
        }
        let lo = open.saturating_sub(12);
        let mut k = open;
        while k > lo
            && matches!(self.toks[k - 1].kind, Kind::Word | Kind::Elision)
        {
            k -= 1;
            if self.toks[k].kind != Kind::Word
                || self.toks[k].shape == Shape::Lower
            {
                continue;
            }
            // Bit `n`: `n` letters spelled so far.
            let mut reach: u32 = 1;
            for x in (k..open).filter(|&x| self.is_word(x)) {
                let word = self.word(x);
                let mut next =
                    if grammatical_in_acronym(word) { reach } else { 0 };
                for n in (0..len).filter(|&n| reach & 1 << n != 0) {
                    let letters =
                        without_elision(word).chars().map(base_letter);
                    for (l, c) in letters.enumerate() {
                        if n + l >= len || c != want[n + l] {
                            break;
                        }
                        next |= 1 << (n + l + 1);
                    }
                }
                reach = next;
                if reach == 0 {
                    break;
                }
            }
            if reach & 1 << len != 0 {
                return true;
            }
        }
        false
    }

    /// Whether the words right before token `open` (a bracket), from a
    /// capitalised one on, spell `acronym` by their initials.
    fn spelled_before(&self, open: usize, acronym: &str) -> bool {
        if !(2..=8).contains(&acronym.len()) || !acronym.is_ascii() {
            return false;
        }
        let lo = open.saturating_sub(12);
        // `Agence régionale de santé de Normandie (ARS)`: the acronym
        // may leave out the place the body serves, after its last `de`.
        let served = (lo..open)
            .rev()
            .take_while(|&x| {
                self.toks[x].kind != Kind::Word
                    || self.toks[x].shape != Shape::Lower
                    || matches!(self.word(x), "de" | "du")
            })
            .find(|&x| matches!(self.word(x), "de" | "du" | "d'" | "d’"))
            .filter(|&x| {
                (x + 1..open).all(|y| {
                    self.toks[y].kind != Kind::Word
                        || self.toks[y].shape != Shape::Lower
                })
            });
        let mut k = open;
        while k > lo
            && matches!(self.toks[k - 1].kind, Kind::Word | Kind::Elision)
        {
            k -= 1;
            let spells = |end: usize| {
                initials_match(
                    (k..end)
                        .filter(|&x| self.is_word(x))
                        .map(|x| self.word(x)),
                    acronym,
                )
            };
            if self.toks[k].kind == Kind::Word
                && self.toks[k].shape != Shape::Lower
                && (spells(open) || served.is_some_and(|x| x > k && spells(x)))
            {
                return true;
            }
        }
        false
    }

    /// Whether word `i`, a name by its shape, may be one whatever its
    /// context.
    /// Whether word `i` is a person's title (`Cardinal`, `Baron`) and the
    /// capitalised words after it, up to three, end with a company's
    /// ending ([`ORG_SUFFIXES`]).
    fn firm_after_title(&mut self, i: usize) -> bool {
        // The title table, lower-cased, asked of the word's row.
        if !self.fact(i, Fact::TitleLower) {
            return false;
        }
        let mut k = i + 1;
        while k < self.toks.len()
            && k <= i + 3
            && self.is_word(k)
            && !self.toks[k].line_before()
            && self.toks[k].shape == Shape::Cap
        {
            if self.suffix_at(k) {
                return true;
            }
            k += 1;
        }
        false
    }

    fn name_word_alone(&mut self, i: usize) -> bool {
        let t = self.toks[i];
        let w = self.word(i);
        // A verb with an inverted pronoun (`Resterons-nous`, `Croyez-moi`).
        // `Francis-Le Blé`: a capitalised particle is no pronoun.
        if let Some((_, tail)) = rsplit_hyphen(w)
            && (tail.starts_with(char::is_lowercase)
                || !tail.chars().any(char::is_lowercase))
            && INVERTED.iter().any(|p| p.eq_ignore_ascii_case(tail))
        {
            return false;
        }
        // `Outre-Rhin, l'annonce`: the adverb of a country across a
        // border, capitalised at a sentence's start, names no place (the
        // `ministère des Outre-mer` does).
        if w.len() > 6
            && w.as_bytes()[..6].eq_ignore_ascii_case(b"outre-")
            && w.as_bytes()[6].is_ascii_uppercase()
        {
            return false;
        }
        if FUNCTION_WORDS.contains(lower(w, &mut self.buf))
            || ACRONYMS_COMMON.contains(w)
            || PERSON_TITLES.contains(w)
        {
            return false;
        }
        // `Le sélectionneur Pape Thiaw`: a title's word capitalised inside
        // a sentence and listed as a given name is the given name (`le
        // pape François` writes the title in lower case).
        // At a sentence's start, only before two more capitalised words
        // (`Pape Moussa Gueye, jusqu'ici associé`; not `Pape François a`).
        let cap = |k: usize| {
            self.toks.get(k).is_some_and(|n| {
                n.kind == Kind::Word
                    && n.shape == Shape::Cap
                    && !n.line_before()
            })
        };
        if PERSON_TITLES.contains(&self.buf)
            && (t.initial() && !(cap(i + 1) && cap(i + 2))
                || t.shape != Shape::Cap
                || i > 0 && singular_definite(self.word(i - 1))
                || !self.given_name(i))
        {
            return false;
        }
        if t.shape == Shape::Upper {
            // One or two letters (`M.`, `H`, `SL`) need a cue; a listed
            // acronym (IA, PIB) or an upper-case common word (JOURNAL) is
            // no name.
            return w.chars().nth(2).is_some()
                && !ACRONYMS.contains(w)
                && !self.common(i);
        }
        true
    }

    /// Finds every mention, in text order, without overlaps; with the
    /// document's tokens when there are at most [`KEEP`] of them (most
    /// documents have far fewer), else its words packed: the document
    /// stage looks at its words again without reading the text anew.
    pub(crate) fn mentions(mut self) -> (Vec<Mention>, Kept) {
        let mut out = Vec::new();
        // The window position, and how far it was searched for a line
        // start.
        let (mut i, mut searched) = (0, 0);
        loop {
            // Read ahead, then stop at the last line start that has
            // MARGIN tokens after it (all of them at the end).
            if !self.done && self.toks.len() < i + self.window + MARGIN {
                self.fill(self.window + MARGIN);
                continue;
            }
            let stop = if self.done {
                self.toks.len()
            } else {
                let to = self.toks.len() - MARGIN;
                let from = searched.max(i + 1);
                // A line start, else, in one long line, a sentence start
                // (sentences are bounded, lines are not: #16), else read
                // on.
                let rev = || (from..=to).rev();
                match rev()
                    .find(|&k| self.toks[k].line_before())
                    .or_else(|| rev().find(|&k| self.toks[k].initial()))
                {
                    Some(k) => k,
                    None => {
                        searched = to + 1;
                        self.fill(self.window);
                        continue;
                    }
                }
            };
            self.read(&mut i, stop, &mut out);
            if self.done && i >= self.toks.len() {
                break;
            }
            // Forget the tokens no rule will look back at.
            let drop = i.saturating_sub(MARGIN);
            if self.kept_all && self.past.len() + self.toks.len() <= self.keep
            {
                self.past.extend(self.toks.drain(..drop));
            } else {
                // Past `keep`, the words alone, packed, from the first.
                if self.kept_all {
                    self.past.iter().for_each(|t| self.packed.push(t));
                    self.past = Vec::new();
                    self.kept_all = false;
                }
                self.toks[..drop].iter().for_each(|t| self.packed.push(t));
                self.toks.drain(..drop);
            }
            self.words.drain(..drop);
            self.memo.drain(..drop);
            self.rows.drain(..drop);
            self.listed.drain(..drop);
            self.base += drop;
            i -= drop;
            searched = 0;
        }
        Self::coordinate(&mut out);
        std::mem::take(&mut self.facts).keep();
        if !self.kept_all {
            self.toks.iter().for_each(|t| self.packed.push(t));
            return (out, Kept::Words(self.packed));
        }
        // Most documents fit in one window: their tokens are all there.
        if self.past.is_empty() {
            return (out, Kept::All(self.toks));
        }
        let mut toks = self.past;
        toks.append(&mut self.toks);
        (out, Kept::All(toks))
    }

    /// Finds the mentions starting from window token `i` up to `stop`, a
    /// line start (or the end), and leaves `i` past them.
    fn read(&mut self, i: &mut usize, stop: usize, out: &mut Vec<Mention>) {
        while *i < stop {
            let t = self.toks[*i];
            // Most tokens are lower-case words or numbers, which start no
            // name unless a street noun opens it (`rue des Capucins`).
            if t.kind == Kind::Word
                && (t.shape == Shape::Digit
                    || t.shape == Shape::Lower
                        && !self.streets.may_hold(self.bytes(*i))
                        && !(self.lower_names
                            && self.gaz.starts_lower(self.word(*i))))
            {
                *i += 1;
                continue;
            }
            // An elided article or pronoun opens a name only as a
            // capitalised `L'` (`selon L'Echo`) or before a capital
            // (`L'Oréal`, listed): the others (`d'une`, `qu'il`) go by.
            if t.kind == Kind::Elision
                && !matches!(self.word(*i), "L'" | "L’")
                && !self.text[(t.end as usize)..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                *i += 1;
                continue;
            }
            if t.kind == Kind::Punct {
                // The bracket's rule reads the mention kept before.
                if self.is_punct(*i, "(") {
                    self.decide_pending(out);
                }
                // A name between marks, whole: `Callum Pryce (INEOS
                // Grenadiers)`, the team or party a person is bracketed
                // with; `SHERBROOKE, 3 février (Presse Canadienne) -`, the
                // agency of a dateline; `la liste « Albi Demain »`, a name
                // in quotes after a noun for a body; `le roman « Veiller
                // sur elle »`, a title after a noun for a work.
                let marked = self
                    .bracketed_team(*i, out)
                    .or_else(|| self.dateline_agency(*i))
                    .or_else(|| self.quoted_body(*i))
                    .map(|c| (c, Label::Org))
                    .or_else(|| {
                        self.quoted_work(*i).map(|c| (c, Label::Misc))
                    });
                if let Some((close, label)) = marked {
                    self.decide_pending(out);
                    let mut m = Mention::new(*i + 1, close, false);
                    m.add(label, weight::HEAD, true);
                    self.finish(&mut m, *i + 1, close);
                    out.push(m);
                    *i = close + 1;
                    continue;
                }
                *i += 1;
                continue;
            }
            // `la société d'État Investissement Québec`, `un coup d'État`,
            // `conseiller d'État`: after a common noun, `d'État` is part of
            // it; a name starts after it.
            if *i >= 2
                && self.toks[*i - 1].kind == Kind::Elision
                && t.kind == Kind::Word
                && matches!(self.word(*i), "État" | "Etat")
                && self.word(*i - 1).starts_with('d')
                && self.is_word(*i - 2)
                && self.toks[*i - 2].shape == Shape::Lower
            {
                *i += 1;
                continue;
            }
            // `Monaco-Lille 2-2`, `Auxerre-Le Havre 1-0`: a fixture of a
            // results list, two clubs joined by a hyphen before the score.
            // A score follows the name's one or two words: most names are
            // turned away by that test.
            if t.shape == Shape::Cap
                && (*i + 1..self.toks.len().min(*i + 3))
                    .any(|k| self.toks[k].shape == Shape::Digit)
                && let Some((hyphen, last)) = self.fixture_at(*i)
            {
                self.decide_pending(out);
                let end = self.toks[last - 1].end;
                for (start, end) in [(t.start, hyphen), (hyphen + 1, end)] {
                    let mut m = Mention::new(*i, last, t.initial());
                    m.add(Label::Org, weight::CLUB, true);
                    self.finish(&mut m, *i, last);
                    m.start = start;
                    m.end = end;
                    m.form = None;
                    m.words = self.text[start as usize..end as usize]
                        .split(' ')
                        .count() as u32;
                    out.push(m);
                }
                *i = last;
                continue;
            }
            // `le roman La Nuit des sémaphores`, `Les Rivages, une série en
            // six épisodes`: an unmarked title, its article kept; `les
            // Rouge et Noir`: a team named by its colours.
            let whole = self
                .unmarked_work(*i)
                .map(|end| (end, Label::Misc))
                .or_else(|| self.colours_at(*i).map(|end| (end, Label::Org)));
            if let Some((end, label)) = whole {
                self.decide_pending(out);
                let mut m = Mention::new(*i, end, t.initial());
                m.add(label, weight::HEAD, true);
                self.finish(&mut m, *i, end);
                out.push(m);
                *i = end;
                continue;
            }
            // `l'Argentin Messi`: the demonym stays out of the name.
            if self.demonym_at(*i) {
                *i += 1;
                continue;
            }
            // `le garde des Sceaux`: the minister of justice's title, no
            // town.
            if *i >= 2
                && self.word(*i) == "Sceaux"
                && self.word(*i - 1) == "des"
                && matches!(self.word(*i - 2), "garde" | "Garde")
            {
                *i += 1;
                continue;
            }
            let listed = self.listed_at(*i);
            // `Le Port autonome de Dakar`: a listed name opened by a
            // capitalised article (the town `Le Port`) gives way to a
            // longer listed name starting after the article.
            // So does a port's authority (`Le Port autonome de
            // San-Pédro`), listed or not.
            if let Some((end, _)) = listed
                && matches!(self.word(*i), "Le" | "La" | "Les")
                && (self
                    .listed_at(*i + 1)
                    .is_some_and(|(longer, _)| longer > end)
                    || self.port_authority_at(*i + 1))
            {
                *i += 1;
                continue;
            }
            let seq = self.sequence_at(*i);
            // `Mistral Large`: a listed firm and its edition words, read
            // as the firm for the model rule below.
            let edition = |r: &Self, a: usize, b: usize, e: usize| {
                r.gaz.entry(e).label == Label::Org
                    && (a..b).all(|k| r.edition_at(k) && r.word(k) != "Sport")
            };
            let (last, entry) = match (listed, seq) {
                (Some((a, e)), Some(b))
                    if a >= b || edition(self, a, b, e) =>
                {
                    (a, Some(e))
                }
                (Some((a, e)), None) => (a, Some(e)),
                (_, Some(b)) => (b, None),
                (None, None) => {
                    *i += 1;
                    continue;
                }
            };
            // `Le Mans Sarthe Basket`, `Montpellier Hérault Rugby`: a
            // listed place, then capitalised words ending on a company's
            // or a club's word, name the club.
            let (last, entry) = match entry {
                Some(e)
                    if self.gaz.entry(e).label == Label::Loc
                        && last < self.toks.len()
                        && !self.toks[last].line_before()
                        && self.is_word(last)
                        && self.toks[last].shape == Shape::Cap =>
                {
                    match self.sequence_at(last) {
                        Some(end) if end > last && self.suffix_at(end - 1) => {
                            (end, None)
                        }
                        _ => (last, entry),
                    }
                }
                _ => (last, entry),
            };
            // `Keefe, Bruyette & Woods`: a firm named after its partners,
            // the last joined by `&`.
            // Not after a name so joined already (`Procter & Gamble,
            // Ernst & Young`: two firms), nor after a listed firm's name
            // (`Nexity, Kaufman & Broad et Altarea`: a list of firms).
            let joined =
                (*i..last).any(|k| matches!(self.word(k), "&" | "and" | "et"));
            let partners = if joined || entry.is_some() {
                None
            } else {
                self.partners_after(last)
            };
            let (last, entry) = match partners {
                Some(end) => (end, None),
                None => (last, entry),
            };
            // `l'iPhone 16`, `la Galaxy S24`: a product takes its model
            // number.
            // `l'A43`, `la RN 7`: a road's code; `le SDIS 31`: a body's
            // branch in a département.
            let code = self.coded_at(*i, last, entry);
            let (last, entry) = match code {
                Some((end, _)) => (end, None),
                None => (last, entry),
            };
            let mut model =
                code.is_none() && self.model_after(*i, last, entry);
            let (mut last, entry) =
                if model { (last + 1, None) } else { (last, entry) };
            // `iOS 26.2`, `Sirène 4.1`: a version's minor number.
            if model && self.minor_after(last) {
                last += 2;
            }
            // `iPhone 17 Pro Max`: a model's edition words.
            while model && self.edition_at(last) {
                last += 1;
            }
            // `sa montre connectée Pulse Watch Ultra`: edition words
            // after a product's noun.
            if !model && self.edition_at(last) && self.product_before(*i) {
                while self.edition_at(last) {
                    last += 1;
                }
                model = true;
            }
            // `Mistral Large`, `Microsoft Edge`: a listed firm and an
            // edition word name its model (`Renault Sport` is a division);
            // a listed product takes its edition (`Orange Money Pro`).
            if !model
                && entry.is_some_and(|e| {
                    matches!(self.gaz.entry(e).label, Label::Org | Label::Misc)
                })
                && self.edition_at(last)
                && self.word(last) != "Sport"
            {
                while self.edition_at(last) {
                    last += 1;
                }
                model = true;
            }
            // `une Toyota Yaris`, `la Renault Mégane E-Tech`, `rouler en
            // Dacia Sandero`: a listed firm after the article of a car (a
            // feminine one, or `en`), then a capitalised word no list holds
            // and no common word, name the car.
            if !model
                && *i > 0
                && self.is_word(*i - 1)
                && matches!(
                    self.word(*i - 1),
                    "la"
                        | "une"
                        | "sa"
                        | "cette"
                        | "en"
                        | "La"
                        | "Une"
                        | "Sa"
                        // `un Porsche Macan`, `le Skoda Epiq`: an SUV or a
                        // phone takes the masculine.
                        | "le"
                        | "un"
                        | "son"
                        | "ce"
                        | "Le"
                        | "Un"
                        // `des Toyota Highlander, des Lexus RX 350`: cars
                        // counted.
                        | "des"
                        | "les"
                        | "Des"
                        | "Les"
                )
                // A maker's name, not a union's acronym (`la CGT
                // Éduc'action`).
                && self.toks[*i].shape == Shape::Cap
                && self.listed_at(*i).is_some_and(|(end, e)| {
                    end == *i + 1 && self.gaz.entry(e).label == Label::Org
                })
                && (*i + 1..last.max(*i + 2)).all(|k| {
                    self.car_model_at(k) || self.car_model_word(k)
                })
            {
                last = last.max(*i + 2);
                // `la Fiat Grande Panda`: a model of two words.
                while self.edition_at(last)
                    || self.car_model_at(last)
                    || self.car_model_word(last)
                {
                    last += 1;
                }
                // `Lexus RX 350`: the code's number.
                if self.toks[last - 1].shape == Shape::Upper
                    && last < self.toks.len()
                    && !self.toks[last].line_before()
                    && self.toks[last].shape == Shape::Digit
                    && self.word(last).len() <= 4
                    && !self.unit_after(last + 1)
                {
                    last += 1;
                }
                model = true;
            }
            // `le Zorbix Pro 2`: a name, edition words and a generation
            // number are a model.
            if !model && self.edition_at(last) {
                let mut j = last;
                while self.edition_at(j) {
                    j += 1;
                }
                if j < self.toks.len()
                    && !self.toks[j].line_before()
                    && self.toks[j].shape == Shape::Digit
                    && self.word(j).len() <= 2
                    && !self.unit_after(j + 1)
                {
                    last = j + 1;
                    model = true;
                    // `Nova Mini 2.1`.
                    if self.minor_after(last) {
                        last += 2;
                    }
                }
            }
            // `le NX-7 Edge`, `le GPT-5 Pro`: a hyphenated model code and
            // its edition words.
            if !model
                && last == *i + 1
                && self.edition_at(last)
                && self.word(*i).rsplit_once('-').is_some_and(|(a, b)| {
                    !a.is_empty()
                        && b.starts_with(|c: char| c.is_ascii_digit())
                })
            {
                while self.edition_at(last) {
                    last += 1;
                }
                model = true;
            }
            // `GPT-4.5`: a model's minor version.
            if self.version_after(last) {
                last += 2;
                model = true;
            }
            // `la Direction générale de la concurrence, de la
            // consommation et de la répression des fraudes (DGCCRF)`:
            // a body's name runs on to the acronym that spells it.
            let spelled = (!model && entry.is_none())
                .then(|| self.spelled_to_bracket(*i, last))
                .flatten();
            let (last, entry) = match spelled {
                Some(open) => (open, None),
                None => (last, entry),
            };
            let entry = if model { None } else { entry };
            // `le Jura bernois`, `la Suisse normande`: a listed place and
            // the adjective of its people name a region.
            let regional = entry
                .is_some_and(|e| self.gaz.entry(e).label == Label::Loc)
                && self.regional_adjective(last);
            let (last, entry) =
                if regional { (last + 1, None) } else { (last, entry) };
            // `France 3 Normandie`, `MTN Côte d'Ivoire`: a listed firm
            // and a listed place side by side, or a name cut inside a
            // listed place, name a branch there.
            let firm =
                entry.is_some_and(|e| self.gaz.entry(e).label == Label::Org);
            let branch = if model || regional || spelled.is_some() {
                None
            } else if firm
                && last < self.toks.len()
                && !self.toks[last].line_before()
                && self.toks[last].shape == Shape::Cap
            {
                self.listed_at(last)
                    .filter(|&(_, e)| self.gaz.entry(e).label == Label::Loc)
                    .map(|(end, _)| end)
                    // `SNCF Réseau`, `Bouygues Immobilier`: a listed firm
                    // and a capitalised common noun name its division.
                    .or_else(|| self.division_at(last).then_some(last + 1))
                    .or_else(|| self.network_region(entry, last))
            } else if let Some(end) = ((entry.is_none() || firm)
                && !self.given_name(*i))
            .then(|| self.club_place(last))
            .flatten()
            .filter(|&end| self.plays(*i, end, true))
            {
                // `Coton Sport de Garoua a battu Fovu de Baham (2-0)`: a
                // name and the listed town it plays for, one club.
                Some(end)
            } else if firm {
                // `Crédit agricole des Savoie`, `l'Urssaf d'Alsace`.
                self.network_region(entry, last)
            } else if entry.is_none()
                && last > *i + 1
                && self.word(last - 1) == "Club"
            {
                // `Tennis Club de Lyon`, `Racing Club de France`: a club
                // named by its sport keeps the listed place it plays for.
                self.club_place(last)
            } else if entry.is_none()
                && last - *i >= 2
                && self.toks[last - 1].shape == Shape::Cap
            {
                // `Conseil de sécurité des Nations unies`: a body's name
                // cut inside a listed body goes on to its end.
                self.listed_at(last - 1)
                    .filter(|&(end, e)| {
                        end > last
                            && matches!(
                                self.gaz.entry(e).label,
                                Label::Loc | Label::Org
                            )
                    })
                    .map(|(end, _)| end)
            } else {
                None
            };
            let (last, entry) = match branch {
                Some(end) => (end, None),
                None => (last, entry),
            };
            // A listed span starting at an elision (`L'Oréal`) keeps it;
            // a sequence never starts at one.
            let mut m = Mention::new(*i, last, t.initial());
            if spelled.is_some() {
                m.add(Label::Org, weight::HEAD, true);
            }
            if regional {
                m.add(Label::Loc, weight::LISTED, true);
            }
            if branch.is_some() {
                m.add(
                    Label::Org,
                    if firm { weight::LISTED } else { weight::HEAD },
                    true,
                );
            }
            m.entry = entry.map(|e| e as u32);
            if model {
                m.add(Label::Misc, weight::HEAD, true);
            }
            if let Some((_, l)) = code {
                m.add(l, weight::LISTED, true);
            }
            if spelled.is_none() {
                self.pending.push(Pending { m, first: *i, last, town: None });
                *i = last;
                continue;
            }
            // Where reading goes on depends on the decision: now.
            self.decide_pending(out);
            if self.keep(&mut m, *i, last, out.last()) {
                let start = self.title_particles(*i);
                self.finish(&mut m, start, last);
                out.push(m);
                // The acronym in its brackets names the body too.
                let mut a = Mention::new(last + 1, last + 2, false);
                a.add(Label::Org, weight::HEAD, true);
                self.finish(&mut a, last + 1, last + 2);
                out.push(a);
                *i = last + 3;
                continue;
            }
            *i = last;
        }
        self.decide_pending(out);
    }

    /// Decides the candidates found since the last decision, in text
    /// order ([`Reader::keep`]), and appends the kept ones to `out`.
    ///
    /// Finding candidates and deciding them are two passes over a line
    /// rather than one: each pass's code then stays in the instruction
    /// cache (the rules of [`Reader::keep`] alone fill much of it). A
    /// decision reads the mention kept before it, and the search reads
    /// `out` only at a bracket ([`Reader::bracketed_team`]), where the
    /// candidates are decided first.
    fn decide_pending(&mut self, out: &mut Vec<Mention>) {
        if self.pending.is_empty() {
            return;
        }
        let mut pending = std::mem::take(&mut self.pending);
        // Part by part over the batch; only the last part reads the
        // mention kept before, so only it runs in step with `out`.
        for p in pending.iter_mut() {
            p.town = self.keep_a(&mut p.m, p.first, p.last);
        }
        for p in pending.iter_mut() {
            if let Some(town) = p.town
                && !self.keep_b(&mut p.m, p.first, p.last, town)
            {
                p.town = None;
            }
        }
        for Pending { mut m, first, last, town } in pending.drain(..) {
            if town.is_some() && self.keep_c(&mut m, first, last, out.last()) {
                let start = self.title_particles(first);
                self.finish(&mut m, start, last);
                out.push(m);
            }
        }
        self.pending = pending;
    }

    /// Records in `m`, over window tokens `first..last`, what the
    /// document stage needs of its tokens, and makes its token indices
    /// the document's.
    fn finish(&self, m: &mut Mention, first: usize, last: usize) {
        let toks = &self.toks;
        m.start = toks[first].start;
        m.end = toks[last - 1].end;
        m.first = (self.base + first) as u32;
        m.last = (self.base + last) as u32;
        m.words = (first..last).filter(|&k| toks[k].kind == Kind::Word).count()
            as u32;
        if let std::borrow::Cow::Owned(f) = form(self.text, toks, first, last)
        {
            m.form = Some(f.into_boxed_str());
        }
        m.title = title_gender(self.text, toks, first);
        // `À Bâle, Corvexa a obtenu`, `Selon De Standaard, Dierickx
        // pourrait`: the comma closes a complement fronted by its
        // preposition, it joins no list.
        let fronted = first > 0
            && toks[first - 1].initial()
            && matches!(
                self.word(first - 1),
                "À" | "A"
                    | "Au"
                    | "Aux"
                    | "En"
                    | "Dans"
                    | "Chez"
                    | "Depuis"
                    | "Selon"
                    | "Pour"
            );
        // `le PDG de Baobab Holdings, Ravi Doorgakant`: the comma after
        // a role's organisation opens the person in apposition, no list.
        let role_org = || {
            first >= 2
                && matches!(self.word(first - 1), "de" | "d'" | "d’" | "du")
                && toks[first - 2].kind == Kind::Word
                && {
                    // Most roles are written in lower case (`PDG` aside).
                    let w = self.word(first - 2);
                    ROLE_OF
                        .get(w)
                        .or_else(|| {
                            w.starts_with(char::is_uppercase)
                                .then(|| ROLE_OF.get(&w.to_lowercase()))
                                .flatten()
                        })
                        .is_some_and(|l| l == Label::Org)
                }
        };
        m.joins_next = last < toks.len()
            && matches!(self.word(last), "et" | "ou" | "," | "ni")
            && !(self.word(last) == "," && (fronted || role_org()));
        // `de Kolda et de Ziguinchor`, `à Doel et à Tihange`: the same
        // preposition before this name and the next.
        fn norm(w: &str) -> &str {
            if w == "d’" { "d'" } else { w }
        }
        m.repeats_prep = m.joins_next
            && first > 0
            && last + 1 < toks.len()
            && norm(self.word(first - 1)) == norm(self.word(last + 1))
            && matches!(
                norm(self.word(last + 1)),
                "de" | "d'" | "à" | "en" | "du" | "des" | "au" | "aux"
            );
    }

    /// Names listed together share a kind (`Airbnb et Booking`,
    /// `Instagram, TikTok`): a name with no evidence of its own next to
    /// one with evidence takes a weak share of its label.
    fn coordinate(found: &mut [Mention]) {
        // `Kima Ventures et Serena`: a given name alone, with no other
        // cue, is little evidence next to a company.
        let lone = |m: &Mention| {
            m.words == 1
                && m.person_form == weight::LONE_GIVEN_NAME
                && m.scores.iter().all(|&x| x <= weight::LONE_GIVEN_NAME)
        };
        for k in 1..found.len() {
            let (a, b) = (&found[k - 1], &found[k]);
            let gap = 1 + u32::from(a.repeats_prep);
            let (ea, eb) = (a.evidence && !lone(a), b.evidence && !lone(b));
            if b.first != a.last + gap || ea == eb {
                continue;
            }
            if !a.joins_next {
                continue;
            }
            let (from, to) = if ea { (k - 1, k) } else { (k, k - 1) };
            let s = found[from].scores;
            let best = (0..4).fold(0, |x, y| if s[y] > s[x] { y } else { x });
            // A company listed or with its suffix shares more, and so
            // does a place named after a preposition or a place's noun
            // (`les villes de Motru et Târgu Jiu`).
            let strong = match LABELS[best] {
                Label::Org => s[best] >= weight::SUFFIX,
                Label::Loc => s[best] >= weight::PLACE_PREP,
                _ => false,
            };
            if found[to].evidence && !strong {
                continue;
            }
            let share = if strong {
                3.0 * weight::COORDINATED
            } else {
                weight::COORDINATED
            };
            found[to].scores[best] += share;
            // `de Tambacounda, de Kolda et de Ziguinchor`: down a list,
            // the share goes on to the next name.
            if to == k && found[k].joins_next {
                found[k].evidence = true;
            }
        }
    }

    /// The gazetteer name starting at token `i`, as one past its last
    /// token and its entry; found once per token.
    fn listed_at(&mut self, i: usize) -> Option<(usize, usize)> {
        if let Some(known) = self.listed[i] {
            return known.map(|(len, e)| (i + len as usize, e as usize));
        }
        let found = self.listed_at_uncached(i);
        self.listed[i] =
            Some(found.map(|(end, e)| ((end - i) as u32, e as u32)));
        found
    }

    /// [`Reader::listed_at`], looked up.
    fn listed_at_uncached(&mut self, i: usize) -> Option<(usize, usize)> {
        let t = self.toks[i];
        // Listed names start with a capital (`L'Oréal` at its elision), or
        // are brand-cased (`iPhone`); lower-case repeats of a listed name
        // are the document stage's business.
        let starts_name = match t.kind {
            // `franceinfo`: a name the list writes in lower case.
            Kind::Word if t.shape == Shape::Lower => {
                self.gaz.starts_lower(self.word(i))
            }
            Kind::Word => t.shape != Shape::Digit,
            Kind::Elision => self.text[(t.end as usize)..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
            Kind::Punct => false,
        };
        if !starts_name {
            return None;
        }
        // Most capitalised words start no listed name; the names a word
        // opens are found once per word.
        let (end, e) = if t.kind == Kind::Word {
            let id = self.row(i);
            let opening = match self.facts.opening(id) {
                Some(o) => o,
                None => {
                    let o = self.gaz.opening(self.word(i));
                    self.facts.set_opening(id, o);
                    o
                }
            };
            self.gaz.match_opening(self.text, t.start as usize, opening?)?
        } else {
            self.gaz.match_at(self.text, t.start as usize)?
        };
        let mut j = i;
        while j < self.toks.len() && (self.toks[j].end as usize) < end {
            j += 1;
        }
        (j < self.toks.len() && (self.toks[j].end as usize) == end)
            .then_some((j + 1, e))
    }

    /// The end of the region after a network's listed name `entry`
    /// ending at `k` (`Crédit agricole des Savoie`, `Crédit agricole
    /// Centre France`, `ARS Pays de la Loire`): a capitalised name right
    /// after it, or after `de`, `du`, `des`, `d'`, `de la` or `de l'`.
    fn network_region(
        &mut self,
        entry: Option<usize>,
        k: usize,
    ) -> Option<usize> {
        let e = entry?;
        if !NETWORKS.contains(&self.gaz.entry(e).name) {
            return None;
        }
        let of = k < self.toks.len()
            && !self.toks[k].line_before()
            && (matches!(self.word(k), "de" | "du" | "des")
                || self.toks[k].kind == Kind::Elision
                    && matches!(self.word(k), "d'" | "d’"));
        // `FDSEA de la Mayenne`: past the article of the region.
        let article = of
            && self.word(k) == "de"
            && k + 1 < self.toks.len()
            && (self.word(k + 1) == "la"
                || self.toks[k + 1].kind == Kind::Elision
                    && matches!(self.word(k + 1), "l'" | "l’"));
        let r = k + usize::from(of) + usize::from(article);
        let starts = r < self.toks.len()
            && !self.toks[r].line_before()
            && self.is_word(r)
            && matches!(self.toks[r].shape, Shape::Cap | Shape::Upper)
            && self.name_word(r);
        if !starts {
            return None;
        }
        let end = self
            .listed_at(r)
            .map(|(end, _)| end)
            .or_else(|| self.sequence_at(r))
            .unwrap_or(r + 1);
        Some(end.max(r + 1))
    }

    /// Whether word `k` is an infinitive before its object (`la Région
    /// wallonne d'étudier une reprise`): a verb's ending, then a
    /// determiner. No body's name goes on with one.
    fn infinitive_with_object(&self, k: usize) -> bool {
        let w = self.word(k);
        (w.ends_with("er") || w.ends_with("ir"))
            && self.toks.get(k + 1).is_some_and(|t| {
                !t.line_before() && is_determiner(&self.text[t.range()])
            })
    }

    /// The capitalised sequence starting at token `i`, as one past its
    /// last token.
    ///
    /// An organisation's or event's head takes up to [`MAX_LOWER_HOPS`]
    /// lower-case adjectives and complements (`Institut national des
    /// sciences appliquées de Lyon`).
    fn sequence_at(&mut self, i: usize) -> Option<usize> {
        let t = self.toks[i];
        // `G2 Esports`, `K2 Partners`: a code of capitals and digits
        // opens the name of a company its suffix closes.
        if t.kind == Kind::Word
            && t.shape == Shape::Upper
            && (2..=4).contains(&self.bytes(i).len())
            && self.bytes(i).iter().any(u8::is_ascii_digit)
            && self.is_word(i + 1)
            && !self.toks[i + 1].line_before()
            && self.toks[i + 1].shape == Shape::Cap
            && self.suffix_at(i + 1)
        {
            return Some(self.suffix_end(i + 1));
        }
        // Whether the word may be a prize's, a street's or a body's noun:
        // a cheap look at its length and end letters before the tables.
        let head = t.kind == Kind::Word
            && matches!(t.shape, Shape::Lower | Shape::Upper)
            && self.streets.may_hold(self.bytes(i));
        // `prix Goncourt`, `coupe Stanley`: a prize's noun opens its
        // name.
        if head
            && t.shape == Shape::Lower
            && PRIZE_NOUNS.contains(self.word(i))
            && self.is_word(i + 1)
            && !self.toks[i + 1].line_before()
            && self.toks[i + 1].shape == Shape::Cap
            && self.name_word(i + 1)
        {
            let end = self.sequence_at(i + 1).map_or(i + 2, |e| e.max(i + 2));
            return Some(self.prize_field(end).unwrap_or(end));
        }
        // `la route 389`, `la route départementale 1006`, `l'autoroute
        // A7`: a road named by its number or code.
        // `l'autoroute du Soleil`: a road named like a street.
        if head && t.shape == Shape::Lower && ROAD_NOUNS.contains(self.word(i))
        {
            let coded = self.road_number(i + 1);
            if coded.is_some() || !STREET_NOUNS.contains(self.word(i)) {
                return coded;
            }
        }
        // `rue des Capucins`: a street noun opens the name it heads.
        // Not a plan (`la feuille de route de Matignon`).
        if head
            && t.shape == Shape::Lower
            && STREET_NOUNS.contains(self.word(i))
            && !(i >= 2
                && self.word(i) == "route"
                && self.word(i - 1) == "de"
                && self.word(i - 2) == "feuille")
        {
            // `parc national de Taï`, `centrale nucléaire du Tricastin`,
            // `zone industrielle de Folpersviller`: up to two adjectives
            // between the noun and the `de` of its name.
            // Only the adjectives that say the kind of site
            // ([`SITE_ADJECTIVES`]; `cité minière de Rubaya` names none).
            let mut a = i + 1;
            while a < i + 3
                && self.is_word(a)
                && !self.toks[a].line_before()
                && self.toks[a].shape == Shape::Lower
                && {
                    self.buf.clear();
                    self.buf.push_str(self.word(i));
                    self.buf.push(' ');
                    self.buf.push_str(self.word(a));
                    SITE_ADJECTIVES.contains(&self.buf)
                }
            {
                a += 1;
            }
            // `palais de justice de Charleroi`: the court's building.
            if a == i + 1
                && self.word(i) == "palais"
                && self.word(i + 1) == "de"
                && self.is_word(i + 2)
                && self.word(i + 2) == "justice"
            {
                a = i + 3;
            }
            let described = a > i + 1 && self.particles_at(a) > a;
            // `la zone de Gaza`, `une zone de guerre`: a zone is named
            // only after its kind.
            if self.word(i) == "zone" && !described {
                return None;
            }
            let k = self.particles_at(if described { a } else { i + 1 });
            // `mer de Chine`, not `la mer de Robin`: a sea, a lake or an
            // island is named after no person, unlike a street.
            let sea = !matches!(
                self.word(i),
                "rue"
                    | "avenue"
                    | "boulevard"
                    | "allée"
                    | "impasse"
                    | "quai"
                    | "place"
                    | "quartier"
                    | "stade"
                    | "vélodrome"
                    | "hippodrome"
                    | "basilique"
                    | "cathédrale"
                    | "chapelle"
                    | "cité"
                    | "cloître"
                    | "église"
                    | "porte"
                    | "gymnase"
                    | "promenade"
                    | "salle"
                    | "station"
                    | "tour"
            );
            // `à la place de Marie`: instead of her; `la quatrième place
            // de la Ligue 1`: a rank. No square.
            // `jusqu'à la place Saint-Lambert` is the square: no `de`.
            // `a résumé sur place Park Ji-hoon`: on the spot.
            let instead = self.word(i) == "place"
                && i >= 1
                && (self.word(i - 1) == "sur"
                    || i >= 2
                        && self.word(i - 1) == "la"
                        && matches!(self.word(i - 2), "à" | "À" | "A")
                        && k > i + 1
                    || ["ième", "première", "dernière", "seconde"]
                        .iter()
                        .any(|e| self.word(i - 1).ends_with(e))
                    // `la 11e place`, `la 1re place`.
                    || self.word(i - 1).starts_with(|c: char| c.is_ascii_digit())
                        && self.word(i - 1).ends_with(['e', 'r']));
            // `l'aéroport Roland-Garros` is one place; `l'aéroport de
            // Nantes` the town's.
            // `l'aéroport de Lyon-Saint-Exupéry`, `de Roissy-Charles-de-
            // Gaulle`: a compound no list holds as a place is the
            // airport's own name.
            // `l'aéroport de la Blécherette`, `du Findel`: after an
            // article, the site's own name.
            let town = self.word(i) == "aéroport"
                && k == i + 2
                && matches!(self.word(i + 1), "de" | "d'" | "d’")
                && !(k < self.toks.len()
                    && self.is_word(k)
                    && self.word(k).contains('-')
                    && self.listed_at(k).is_none_or(|(_, e)| {
                        self.gaz.entry(e).label != Label::Loc
                    }));
            // `sur le court Philippe-Chatrier`: a tennis court after its
            // article, named with no `de` (`il court Paris-Roubaix` is
            // the verb).
            let run = self.word(i) == "court"
                && (k > i + 1
                    || i == 0
                    || !matches!(self.word(i - 1), "le" | "du" | "au" | "un"));
            // `la porte de Versailles`, `à la porte Maillot`: the gate
            // after its article (`qui porte Renault` is the verb).
            let carries = self.word(i) == "porte"
                && (i == 0 || !matches!(self.word(i - 1), "la" | "La"));
            // `la cité de Limoges` is the town; `la cité des Lauriers`,
            // `la cité de la Castellane` an estate.
            let city = self.word(i) == "cité"
                && k == i + 2
                && matches!(self.word(i + 1), "de" | "d'" | "d’")
                && k < self.toks.len()
                && self.listed_place(k);
            // `sur le plateau de TF1`, `le campus de l'EPFL`: a noun
            // before an organisation's acronym is the organisation's
            // place, named by the organisation alone.
            let owner = k > i + 1
                && k < self.toks.len()
                && self.is_word(k)
                && self.toks[k].shape == Shape::Upper
                && self.word(k).len() >= 2;
            // `le pays d'Aix`, `du pays de Gex`: a land named after its
            // town or its people, after a singular article; `les pays
            // d'Europe` are countries, `le pays de Macron` a country.
            let land = self.word(i) == "pays"
                && !(i >= 1
                    && matches!(
                        self.word(i - 1),
                        "du" | "le" | "au" | "Du" | "Le" | "Au"
                    )
                    && k > i + 1
                    && k < self.toks.len()
                    && self.is_word(k)
                    && !COUNTRIES.contains(self.word(k))
                    && !matches!(
                        self.word(k),
                        "Afrique" | "Amérique" | "Asie" | "Europe" | "Océanie"
                    )
                    && !self.given_name(k)
                    && !SURNAMES.contains(self.word(k))
                    && self.listed_at(k).is_none_or(|(_, e)| {
                        self.gaz.entry(e).label == Label::Loc
                    }));
            // `la tour Eiffel`, `la tour Hélios`: the feminine tower, not
            // a round (`au premier tour Macron`).
            let round = self.word(i) == "tour"
                && !(i >= 1 && matches!(self.word(i - 1), "la" | "La"));
            // `la station Saint-Michel`: a metro stop named with no `de`
            // (`la station de Val Thorens` is the resort's town, `la
            // station Radio Ventoux` a broadcaster).
            let resort = self.word(i) == "station"
                && (k > i + 1 || self.word(i + 1) == "Radio");
            let ok = !instead
                && !land
                && !round
                && !resort
                && !town
                && !run
                && !carries
                && !city
                && !owner
                && k < self.toks.len()
                && !self.toks[k].line_before()
                && self.is_word(k)
                && self.name_word(k)
                // `le lac Victoria`: a name right after the noun, not a
                // person's after `de`; but `col de la Madeleine`: no
                // person takes an article.
                && !(sea
                    && k > i + 1
                    && !matches!(self.word(k - 1), "la" | "l'" | "l’")
                    && self.given_name(k));
            if !ok {
                return None;
            }
            let end = self.sequence_at(k).map_or(k + 1, |e| e.max(k + 1));
            // `mer de Chine méridionale`: a sea's name may end on a
            // point of the compass written as an adjective.
            let compass = sea
                && end < self.toks.len()
                && !self.toks[end].line_before()
                && self.is_word(end)
                && self.toks[end].shape == Shape::Lower
                && COMPASS_ADJECTIVES
                    .iter()
                    .any(|a| self.word(end).starts_with(a));
            // `les îles Vierges britanniques`: islands named after a
            // country keep its adjective.
            let national = !compass
                && matches!(self.word(i), "îles" | "île")
                && end < self.toks.len()
                && !self.toks[end].line_before()
                && self.is_word(end)
                && self.toks[end].shape == Shape::Lower
                && {
                    let w = self.word(end);
                    DEMONYMS.contains(w.strip_suffix('s').unwrap_or(w))
                };
            return Some(end + usize::from(compass || national));
        }
        // `tribunal de commerce de Lyon`, `CHU d'Angers`.
        if head && BODY_HEADS.contains(self.word(i)) {
            // `le directeur général du CHU`: after a singular definite
            // article, the hospital of the town the text is about.
            let body = self
                .body_at(i)
                .or_else(|| self.hospital_alone(i).then_some(i + 1));
            // `les pompiers du SDIS`: an acronym alone is read as any
            // other.
            if body.is_some() || t.shape != Shape::Upper {
                return body;
            }
        }
        // `selon L’Echo`, `chez L'Arche`: inside a sentence, where an
        // article is written in lower case, a capitalised elided one
        // belongs to the name after it.
        if t.kind == Kind::Elision
            && matches!(self.word(i), "L'" | "L’")
            && self.is_word(i + 1)
            && !self.toks[i + 1].line_before()
            && self.toks[i + 1].shape == Shape::Cap
        {
            let end = self.sequence_at(i + 1).unwrap_or(i + 2).max(i + 2);
            // After a word: not after a dateline's dash. `L’Usine
            // Nouvelle : Pourquoi ...`: an interviewer's turn opening a
            // line.
            let inside = !t.initial() && i >= 1 && self.is_word(i - 1);
            let turn = (i == 0 || t.line_before()) && self.is_punct(end, ":");
            if inside || turn {
                return Some(end);
            }
        }
        if t.kind != Kind::Word
            || matches!(t.shape, Shape::Lower | Shape::Digit)
        {
            return None;
        }
        // `M. Le Bars`, `Mme Le Sidaner`: after an abbreviated title a
        // capitalised article is the particle of a surname.
        // Mid-sentence, where an article is written in lower case, a
        // capitalised one before a word that is no common noun is the
        // particle of a surname too (`Yves Le Meur`, `selon Le Floch`).
        // Opening a sentence, `Le` before a word no dictionary or list
        // holds is the particle of a surname too (`Le Pen a déclaré`,
        // `Le Drian`), not `Le Havre` or `Le Monde`.
        // After a firm's or a paper's noun, a capitalised article opens
        // the name (`l'hebdomadaire Le Veilleur`, `la marque Le Petit
        // Basque`).
        // `la société lyonnaise Les Films du Rhône`: past one adjective.
        let org_noun = |r: &Self, k: usize| {
            r.is_word(k)
                && r.toks[k].shape == Shape::Lower
                && NOUNS.get(r.word(k)) == Some(Label::Org)
        };
        if matches!(self.word(i), "Le" | "La" | "Les")
            && self.is_word(i + 1)
            && !self.toks[i + 1].line_before()
            && self.toks[i + 1].shape == Shape::Cap
            && !t.initial()
            && i >= 1
            && (org_noun(self, i - 1)
                || i >= 2
                    && self.is_word(i - 1)
                    && self.toks[i - 1].shape == Shape::Lower
                    && (adjective(self.word(i - 1))
                        || DEMONYMS.contains(self.word(i - 1)))
                    && org_noun(self, i - 2))
        {
            return Some(self.sequence_at(i + 1).unwrap_or(i + 2).max(i + 2));
        }
        // `à La Chaux-de-Fonds`, `près de La Défense`: mid-sentence, a
        // capitalised article before a place's name is part of it.
        if matches!(self.word(i), "Le" | "La" | "Les")
            && self.is_word(i + 1)
            && !self.toks[i + 1].line_before()
            && self.toks[i + 1].shape == Shape::Cap
            && !t.initial()
            && i >= 1
            && self.is_word(i - 1)
            && matches!(
                self.word(i - 1),
                "à" | "de" | "près" | "vers" | "depuis"
            )
            && (self.proper_name(i + 1)
                || self.listed_at(i + 1).is_some_and(|(_, e)| {
                    self.gaz.entry(e).label == Label::Loc
                }))
        {
            return Some(self.sequence_at(i + 1).unwrap_or(i + 2).max(i + 2));
        }
        // `selon La Gazette Drouot`, `interrogé par La Voix de l'Ain`:
        // after a lower-case word (or the word opening the sentence), a
        // capitalised article before a capitalised common word opens a
        // title, which runs over capitalised words and the particles
        // between them.
        if matches!(self.word(i), "Le" | "La" | "Les")
            && !t.initial()
            && i >= 1
            && self.is_word(i + 1)
            && !self.toks[i + 1].line_before()
            && self.toks[i + 1].shape == Shape::Cap
            && self.is_word(i - 1)
            && (self.toks[i - 1].shape == Shape::Lower
                || self.toks[i - 1].initial())
            && !matches!(self.word(i - 1), "à" | "À")
            && self.common(i + 1)
            && self.listed_at(i).is_none()
            && self.listed_at(i + 1).is_none()
        {
            return Some(self.title_run(i + 1));
        }
        // `La Voix de Charlevoix a révélé`, `L'Écho du Saguenay, Le
        // Courrier de Rimouski et ...`: a capitalised article, a
        // newspaper's noun, `de` and a capitalised name open the paper's
        // title, at the start of a sentence or after a comma too.
        if (matches!(self.word(i), "Le" | "La")
                || t.kind == Kind::Elision
                    && matches!(self.word(i), "L'" | "L’"))
            && self.is_word(i + 1)
            && !self.toks[i + 1].line_before()
            && self.toks[i + 1].shape == Shape::Cap
            && PAPER_HEADS.contains(self.word(i + 1))
            && i + 3 < self.toks.len()
            && matches!(self.word(i + 2), "de" | "du" | "des" | "d'" | "d’")
            && !self.toks[i + 3].line_before()
            && self.toks[i + 3].shape == Shape::Cap
            // `L'Écho` (listed) before `du Saguenay`: the longer title.
            && self.listed_at(i).is_none_or(|(end, _)| end <= i + 2)
        {
            return Some(self.title_run(i + 1));
        }
        // `(AFP) - La Finlande a accusé`: after a dateline's dash the
        // article opens the sentence.
        let opens = t.initial()
            || i >= 1 && matches!(self.word(i - 1), "-" | "–" | "—");
        if matches!(self.word(i), "Le" | "La")
            && self.is_word(i + 1)
            && !self.toks[i + 1].line_before()
            && self.toks[i + 1].shape == Shape::Cap
            && (i >= 1 && self.title_abbreviation_before(i)
                || !opens
                    && i >= 1
                    && !self.common(i + 1)
                    && self.name_word(i + 1)
                || opens
                    && self.word(i) == "Le"
                    && !self.common(i + 1)
                    && self.name_word(i + 1)
                    && !self.proper_name(i + 1)
                    && self.listed_at(i).is_none()
                    && self.listed_at(i + 1).is_none()
                    && self.lone_surname_at(i + 1)
                    && (PARTICLE_SURNAMES.contains(self.word(i + 1))
                        || self.particle_named_elsewhere(i)))
        {
            return Some(self.sequence_at(i + 1).unwrap_or(i + 2).max(i + 2));
        }
        // `F. Motte`, `J. R. R. Tolkien`: an initial and its full stop
        // before a name.
        if t.shape == Shape::Upper
            && self.word(i).len() == 1
            && self.is_punct(i + 1, ".")
            && !self.toks[i + 1].space_before()
            && i + 2 < self.toks.len()
            && !self.toks[i + 2].line_before()
            && self.is_word(i + 2)
            && matches!(self.toks[i + 2].shape, Shape::Cap | Shape::Upper)
            // `X. The Washington Post`: an article opens another name.
            && !matches!(self.word(i + 2), "The" | "Le" | "La" | "Les")
            && self.name_word(i + 2)
            && !self.title_at(i)
        {
            return self.sequence_at(i + 2).map(|e| e.max(i + 3));
        }
        let numeral = t.shape == Shape::Upper && roman(self.word(i));
        // `AS Saint-Étienne`, `RC Lens`: a club's acronym opens the name
        // that follows it.
        let club = t.shape == Shape::Upper
            && self.fact_label(i, Fact::Head) == Some(Label::Org)
            && self.is_word(i + 1)
            && !self.toks[i + 1].line_before()
            && self.toks[i + 1].shape == Shape::Cap
            && self.name_word(i + 1);
        // `le troisième accusé, De Smet,`: a capitalised `De` inside a
        // sentence opens a Flemish surname.
        let flemish = self.word(i) == "De"
            && !t.initial()
            && self.is_word(i + 1)
            && !self.toks[i + 1].line_before()
            && self.toks[i + 1].shape == Shape::Cap
            && self.name_word(i + 1)
            // Not a listed name or town (`Partis De Brest`), nor after a
            // line's capitalised first word (`Partie De Shields`).
            && self.listed_at(i + 1).is_none()
            && !PLACES_TOWNS.contains(self.word(i + 1))
            && !(i > 0
                && self.toks[i - 1].shape == Shape::Cap
                && (i == 1 || self.toks[i - 1].line_before()));
        if !club && !flemish && (numeral || !self.name_word(i)) {
            let named = self.naming_verb_before(i);
            // `appelé X`, `appelée xAI`, `H, une startup`: a naming verb
            // or an apposition makes a name of any form.
            let short = t.shape == Shape::Upper;
            // `le modèle R1`: a code after a noun for a product.
            let code = short
                && i > 0
                && self.is_word(i - 1)
                && self.toks[i - 1].shape == Shape::Lower
                && self.word(i).bytes().any(|b| b.is_ascii_digit())
                && self.noun_at(i - 1) == Some(Label::Misc);
            let ok = (named && t.shape != Shape::Digit)
                || code
                || (short && self.apposition_after(i + 1).is_some());
            if ok {
                return Some(i + 1);
            }
            // `Commissariat à l'énergie atomique (CEA)`: a common word
            // opens the name its acronym spells.
            return (t.shape == Shape::Cap
                && !numeral
                && !self.fact(i, Fact::FunctionLower))
            .then(|| self.acronym_end(i, i + 1))
            .flatten();
        }
        // A sentence opener that is a common word (`Selon`, `Comme`,
        // `Grâce`) starts no name, unless it is a given name followed by
        // a name or opens an organisation or place name.
        // `Maison Perrin a été conseillée`: a house named after its
        // family opens the sentence.
        let house = matches!(self.word(i), "Maison" | "Maisons")
            && self.toks.get(i + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && n.shape == Shape::Cap
                    && !n.line_before()
            })
            && !self.common(i + 1);
        if t.initial()
            && self.common(i)
            && self.fact_label(i, Fact::Head).is_none()
            && !self.dateline_dash(i)
            && !house
            // `(BUS)` after the name it spells.
            && !self.bracketed_acronym(i)
        {
            // `Marine Le Pen` opens with a particle after the given name.
            let k = self.particles_at(i + 1);
            let next_name = self.is_word(k)
                && !self.toks[k].line_before()
                && self.name_word(k);
            // `Van Doorn Fluids s'est entendu`: a foreign particle (no
            // French grammatical word) opens the name after it.
            let w = self.word(i);
            let particle =
                t.shape == Shape::Cap && w.len() <= 4 && w.is_ascii() && {
                    let mut buf = [0; 4];
                    let lower = short_lower(w, &mut buf);
                    NAME_PARTICLES.contains(lower)
                        && !FUNCTION_WORDS.contains(lower)
                };
            // `Nébuleuse Games a réalisé`: a company's word after it
            // makes a name of a common word (not of `Selon`, `Pour`).
            let company = k == i + 1
                && self.suffix_at(k)
                && !FUNCTION_WORDS.contains(lower(w, &mut String::new()));
            // `Marks & Spencer ferme`, `Johnson and Johnson`: joined to
            // a capitalised word by `&` or `and`, it is a company's name.
            let joined = self.is_word(i + 2)
                && matches!(self.word(i + 1), "&" | "and")
                && !self.toks[i + 2].line_before()
                && matches!(self.toks[i + 2].shape, Shape::Cap | Shape::Upper);
            if !company
                && !joined
                && !(next_name && (particle || self.given_name(i)))
            {
                return None;
            }
        }
        // `Grand Hôpital de Charleroi`, `Haute Autorité de santé`: an
        // adjective of rank before an organisation's head.
        // `Parti de Rotterdam, le navire`: the participle opening a
        // sentence before a listed place, not a party.
        let departed = self.word(i) == "Parti"
            && self.toks[i].initial()
            && i + 2 < self.toks.len()
            && (matches!(self.word(i + 1), "de" | "du")
                || self.toks[i + 1].kind == Kind::Elision
                    && self.word(i + 1).starts_with('d'))
            && (self
                .listed_at(i + 2)
                .is_some_and(|(_, e)| self.gaz.entry(e).label == Label::Loc)
                // `Parti de Bruges`: a place of the dictionary.
                || self.is_word(i + 2)
                    && self.toks[i + 2].shape == Shape::Cap
                    && (PLACES_TOWNS.contains(self.word(i + 2))
                        || self.proper_name(i + 2) && !self.given_name(i + 2))
                // `Parti de la troisième place, le pilote`: a rank on a
                // grid.
                || {
                    let k = self.particles_at(i + 1);
                    self.is_word(k)
                        && self.toks[k].shape == Shape::Lower
                        && (self.word(k).ends_with("ième")
                            || matches!(self.word(k), "première" | "dernière"))
                });
        // `Port autonome de San-Pédro`: the port's authority, a body.
        let authority = self.port_authority_at(i);
        let head_label = if departed {
            None
        } else if authority {
            Some(Label::Org)
        } else {
            // Asked of the word's row: once per word.
            self.fact_label(i, Fact::Head)
        };
        // `Grand Prix de Belgique`, `Grand prix du roman`: a race or an
        // award, named by its complement.
        // `Grand Prix cycliste de Montréal`: the sport's adjective first.
        let sport = usize::from(
            self.is_word(i + 2)
                && matches!(
                    self.word(i + 2),
                    "cycliste"
                        | "automobile"
                        | "moto"
                        | "motocycliste"
                        | "hippique"
                        | "international"
                        | "internationale"
                ),
        );
        let grand_prix = self.grand_prix_at(i)
            && self.particles_at(i + 2 + sport) > i + 2 + sport;
        // Named by a place, the race ends with it (`Grand Prix de
        // Belgique de Formule 1`).
        if grand_prix {
            let k = self.particles_at(i + 2 + sport);
            let mut e = k;
            while e < self.toks.len()
                && !self.toks[e].line_before()
                && self.is_word(e)
                && self.toks[e].shape == Shape::Cap
            {
                e += 1;
            }
            if e > k {
                return Some(e);
            }
        }
        let head_label =
            head_label.or_else(|| grand_prix.then_some(Label::Misc));
        let head_label = head_label.or_else(|| {
            (matches!(self.word(i), "Grand" | "Grande" | "Haut" | "Haute")
                && self.is_word(i + 1)
                && self.toks[i + 1].shape == Shape::Cap)
                .then(|| NAME_HEADS.get(self.word(i + 1)))
                .flatten()
                .filter(|&l| l == Label::Org)
        });
        let head = head_label.is_some();
        // `Stade brestois`: a stadium's head before the adjective of a
        // town names its club.
        let club_adjective = self.word(i) == "Stade"
            && i + 1 < self.toks.len()
            && self.is_word(i + 1)
            && self.toks[i + 1].shape == Shape::Lower;
        let org_head = matches!(head_label, Some(Label::Org | Label::Misc))
            || club_adjective;
        let given = self.given_name(i);
        // `la mutuelle Avenir Santé`, `la société Nova Énergie`: a
        // company's noun before introduces a name whose capitalised
        // common words belong to it.
        // `la compagnie lilloise Les Oreilles Rouges`: past a
        // capitalised article and an adjective.
        let mut n = i;
        if n >= 2 && matches!(self.word(n - 1), "Le" | "La" | "Les") {
            n -= 1;
            if n >= 2
                && self.is_word(n - 1)
                && self.toks[n - 1].shape == Shape::Lower
                && (adjective(self.word(n - 1))
                    || DEMONYMS.contains(self.word(n - 1)))
            {
                n -= 1;
            }
        }
        // A name opened by its article after such a noun runs on past
        // `de` (`la société Les Films du Rhône`).
        // So does a product's noun (`le yaourt Velouté Nature Bio`).
        let introduced = n > 0
            && self.is_word(n - 1)
            && self.toks[n - 1].shape == Shape::Lower
            && match self.fact_label(n - 1, Fact::NounLower) {
                Some(l) => l == Label::Org || l == Label::Misc && n == i,
                None => {
                    !self.fact(n - 1, Fact::FunctionLower)
                        && self.company_noun_before(n - 1)
                }
            };
        let mut j = i + 1;
        let mut lower_hops = 0;
        // Whether the last words read were a complement (`de la
        // statistique`, `de la haute couture`).
        let mut complemented = false;
        loop {
            if j >= self.toks.len() || self.toks[j].line_before() {
                break;
            }
            // `Conseil du coton et de l'anacarde`: a second complement
            // joined to the first by `et`.
            if complemented
                && head
                && lower_hops < MAX_LOWER_HOPS
                && self.word(j) == "et"
                && self.word(j + 1).starts_with('d')
            {
                let p = self.particles_at(j + 1);
                if p > j + 1
                    && self.is_word(p)
                    && !self.toks[p].line_before()
                    && self.toks[p].shape == Shape::Lower
                    && self.common(p)
                    && !self.another_body(p)
                {
                    lower_hops += 1;
                    j = p + 1;
                    continue;
                }
            }
            // `George W. Bush`: a middle initial with its full stop.
            if given
                && self.toks[j].shape == Shape::Upper
                && self.word(j).len() == 1
                && self.is_punct(j + 1, ".")
                && !self.toks[j + 1].space_before()
                && j + 2 < self.toks.len()
                && !self.toks[j + 2].line_before()
                && self.is_word(j + 2)
                && self.toks[j + 2].shape == Shape::Cap
            {
                j += 2;
                continue;
            }
            // `Julien M., 34 ans`: a given name and the initial of a
            // surname withheld (court and police reports) end there.
            if given
                && j == i + 1
                && self.toks[j].shape == Shape::Upper
                && self.word(j).len() == 1
                && self.is_punct(j + 1, ".")
                && !self.toks[j + 1].space_before()
                && (j + 2 >= self.toks.len()
                    || self.toks[j + 2].line_before()
                    || !self.is_word(j + 2)
                    || self.toks[j + 2].shape == Shape::Lower)
            {
                j += 2;
                break;
            }
            // `Inc.`: a suffix with its full stop.
            if self.suffix_at(j) {
                j = self.suffix_end(j);
                continue;
            }
            // `N.V.`, `S.p.A.`: a suffix spelled with full stops.
            if let Some(end) = self.dotted_suffix_end(j) {
                j = end;
                continue;
            }
            // An upper-case word then a capitalised one is a headline
            // running into the text (`POINCARÉ Paris`).
            // A short acronym opening the name is part of it (`ASM
            // Clermont`, `RC Lens`, `SNCF Réseau`).
            // `GTA VI`, `Charles III`: a Roman numeral ends a name.
            // `université Mohammed V de Rabat`, `Charles X`: one letter
            // after a given name, with no full stop of an initial.
            let numeral_after_given = matches!(self.word(j), "V" | "X")
                && self.given_name(j - 1)
                && !self.is_punct(j + 1, ".");
            if self.toks[j].shape == Shape::Upper
                && (self.word(j).len() >= 2 || numeral_after_given)
                && roman(self.word(j))
                && self.word(j).contains(['I', 'V', 'X'])
            {
                j += 1;
                continue;
            }
            // `Royal Society for the Protection of Birds`, `Days of
            // Wonder`, `Derek and the Dominos`: English connectors inside
            // an English name (French text writes them nowhere else).
            if self.is_word(j) && matches!(self.word(j), "of" | "for" | "and")
            {
                let the = self.is_word(j + 1) && self.word(j + 1) == "the";
                let k = j + 1 + usize::from(the);
                if k < self.toks.len()
                    && !self.toks[k].line_before()
                    && self.is_word(k)
                    && self.toks[k].shape == Shape::Cap
                    && (the || self.word(j) != "and")
                {
                    j = k + 1;
                    continue;
                }
            }
            // `Ontario Teachers' Pension Plan`, `Travelers' Insurance`:
            // an English plural's possessive inside a name.
            if j + 1 < self.toks.len()
                && j > i
                && matches!(self.word(j), "'" | "’")
                && self.toks[j].start == self.toks[j - 1].end
                && self.toks[j - 1].shape == Shape::Cap
                && self.word(j - 1).ends_with('s')
                && self.english_word(j - 1)
                && !self.toks[j + 1].line_before()
                && self.toks[j + 1].start > self.toks[j].end
                && self.is_word(j + 1)
                && self.toks[j + 1].shape == Shape::Cap
            {
                j += 2;
                continue;
            }
            // `Procter & Gamble`, `Marks and Spencer`, `Morel et
            // Associés`: a conjunction inside a company's name.
            if j + 1 < self.toks.len() && !self.toks[j + 1].line_before() {
                let amp = self.is_punct(j, "&")
                    || self.is_word(j) && self.word(j) == "and";
                let et = self.is_word(j) && self.word(j) == "et";
                let next_cap = self.is_word(j + 1)
                    && matches!(
                        self.toks[j + 1].shape,
                        Shape::Cap | Shape::Upper
                    );
                // `Brest & Cherbourg`: two listed places are a list;
                // `Moët & Chandon`, two words a dictionary also holds
                // as places, is a house.
                if next_cap
                    && (amp
                        && (self.suffix_at(j + 1) || self.name_word(j + 1))
                        && !(self.listed_place(j - 1)
                            && self.listed_place(j + 1))
                        // `Morel et Associés`, not `Usinage Lapointe et
                        // Groupe Fortin`: the suffix ends the name.
                        || et
                            && self.suffix_at(j + 1)
                            && (self.suffix_at(j + 2)
                                || !self.toks.get(j + 2).is_some_and(|t| {
                                    !t.line_before()
                                        && t.kind == Kind::Word
                                        && t.shape == Shape::Cap
                                })))
                {
                    j += 2;
                    continue;
                }
            }
            // `Bir Seba Est`, `Bir Rebaa Nord`: a point of the compass
            // closes the name of a field, a district or a site.
            if j >= i + 2
                && self.toks[j - 1].shape == Shape::Cap
                && self.compass_at(j)
                && !self.toks[j].line_before()
            {
                j += 1;
                continue;
            }
            let (prev, next) = (self.toks[j - 1].shape, self.toks[j].shape);
            let acronym_head = j == i + 1
                && (2..=4).contains(&self.word(i).len())
                && self.word(i).bytes().all(|b| b.is_ascii_uppercase())
                && !(i > 0 && self.toks[i - 1].shape == Shape::Upper)
                && !self.toks[j].initial();
            // `Oddo BHF`, `Crédit Agricole CIB`: a short acronym ends a
            // company's name; a longer upper-case word or a run of them
            // is a headline.
            let acronym_tail = prev == Shape::Cap
                && next == Shape::Upper
                && (2..=4).contains(&self.word(j).len())
                && self.word(j).bytes().all(|b| b.is_ascii_uppercase())
                && !self.toks[j].initial()
                && !(self.is_word(j + 1)
                    && !self.toks[j + 1].line_before()
                    && self.toks[j + 1].shape == Shape::Upper);
            if prev == Shape::Upper && next == Shape::Cap && !acronym_head
                || prev == Shape::Cap
                    && next == Shape::Upper
                    && !given
                    && !acronym_tail
            {
                break;
            }
            // A capitalised common word after a name is a headline or a
            // sentence running on (`Rennes Eclairage`), unless a given
            // name or a head opened the name (`Jean Moulin`).
            // A common word inside a longer name stays (`Air Street
            // Capital`).
            // `Sziget Festival`, `Ryder Cup`: an English event's last
            // word stays.
            // `Kayor Mobile`, `Sérénis Formation`: after a word no list
            // or dictionary holds, a capitalised common word is the rest
            // of a company's name.
            let coined = j == i + 1
                && self.toks[i].shape == Shape::Cap
                && !self.common(i)
                && !self.proper_name(i)
                && self.listed_at(i).is_none();
            // `Alizé Mobile`: a common word capitalised inside a sentence
            // is a name's, and so is the capitalised common word after it.
            let common_pair = j == i + 1
                && self.toks[i].shape == Shape::Cap
                && !self.toks[i].initial()
                && !(i > 0 && self.toks[i - 1].shape == Shape::Cap)
                && self.common(i)
                && !self.proper_name(i)
                // `le Sarcla Pro 2`: edition words are the model's.
                && !self.edition_at(j);
            // `le liégeois Ourthe Data`, `pour Meuse Logistique`: inside a
            // sentence, after a lower-case word, a place's name and one
            // capitalised common word name a company (`Maroc Telecom`,
            // `Paris Habitat`); at a line's start they are a headline
            // running on, and before a third capitalised word a title.
            let branded = j == i + 1
                && i > 0
                && self.toks[i].shape == Shape::Cap
                && !self.toks[i].initial()
                // `du capital d'Ourthe Data`: an elided `de` too.
                && (self.is_word(i - 1) && self.toks[i - 1].shape == Shape::Lower
                    || self.toks[i - 1].kind == Kind::Elision
                        && self.bytes(i - 1)[0].is_ascii_lowercase())
                && (j + 1 >= self.toks.len()
                    || self.toks[j + 1].line_before()
                    || self.toks[j + 1].shape != Shape::Cap)
                // `à Rennes Eclairage public`: a common noun and its
                // adjective, a heading's words run on.
                && !(self.is_word(j + 1)
                    && !self.toks[j + 1].line_before()
                    && self.toks[j + 1].shape == Shape::Lower
                    && !self.fact(j + 1, Fact::FunctionLower)
                    && (adjective_like(self.word(j + 1))
                        || self.word(j + 1).ends_with("ic")))
                // Not a listed firm's name (`Orange Concessions`: its
                // division, read below).
                && match self.listed_at(i) {
                    None => self.proper_name(i),
                    Some((end, e)) => {
                        end == i + 1 && self.gaz.entry(e).label == Label::Loc
                    }
                };
            if !(given
                || head
                || introduced
                || coined
                || acronym_head
                || common_pair
                || branded)
                && self.toks[j].shape == Shape::Cap
                && self.common(j)
                // `Dubai International Financial Centre`, `Museum of
                // Modern Art`: an English name runs on to its last
                // capitalised word, though a French word too.
                && !(j >= i + 2
                    && (self.english_word(j - 1)
                        // `Brightwell Pharma Supplies`: after a
                        // company's word inside a name, too.
                        || self.suffix_at(j - 1)
                            && self.toks[j - 1].shape == Shape::Cap)
                    && !self.edition_at(j))
                && !EVENT_SUFFIXES.contains(self.word(j))
                && !PLACE_SUFFIXES.contains(self.word(j))
            {
                // `a présenté Mistral Large 2`: a model's number ends it.
                let more = j + 1 < self.toks.len()
                    && !self.toks[j + 1].line_before()
                    && (self.suffix_at(j + 1)
                        || self.name_word(j + 1)
                        || self.toks[j + 1].shape == Shape::Digit
                            && self.word(j + 1).len() <= 3
                            && self.launched_before(i));
                if !more {
                    break;
                }
            }
            // `le ministre du Logement Guillaume Kasbarian`, `le
            // sénateur de la Vendée Bruno Retailleau`: a given name
            // followed by a name starts a person after a portfolio or a
            // place, unless a given name or a head opened the sequence.
            // `The Velvet Orchards`: an English article opens a band's or
            // a paper's name, no portfolio.
            // `à la Chambre Pierre-Yves Dermagne`, `le président du
            // Conseil Charles Michel`: an assembly is named after no
            // person (a foundation or a school is: `Fondation Jean
            // Jaurès`), so its head ends before one.
            let assembly = head
                && j == i + 1
                && matches!(
                    self.word(i),
                    "Assemblée"
                        | "Chambre"
                        | "Commission"
                        | "Conseil"
                        | "Cour"
                        | "Parlement"
                        | "Sénat"
                        | "Tribunal"
                );
            // `la ministre Aïssata Diallo Cissé`, `selon Mariétou Kane
            // Sarr`: after a person's title or `selon`, a first word no
            // list holds and no common word is no portfolio nor place but
            // a given name the lists lack; the name goes on.
            let person_cue = |r: &mut Self| {
                j == i + 1
                    && i > 0
                    && r.toks[i].shape == Shape::Cap
                    && (matches!(r.word(i - 1), "selon" | "Selon")
                        || r.is_word(i - 1)
                            && r.toks[i - 1].shape == Shape::Lower
                            && (r.title_at(i - 1)
                                || r.noun_at(i - 1) == Some(Label::Per)
                                || i >= 2
                                    && !r.fact(i - 1, Fact::Function)
                                    && r.is_word(i - 2)
                                    && r.title_at(i - 2)))
            };
            if (!(given || head || self.word(i) == "The") || assembly)
                && self.toks[j].shape == Shape::Cap
                && self.given_name(j)
                && self.person_follows(j + 1)
                && !(person_cue(self)
                    && !self.common(i)
                    && self.listed_at(i).is_none())
            {
                break;
            }
            // `la start-up d'Agadir Sakiya`: a listed town after a firm's
            // noun and `de` is where the firm comes from; its name
            // follows, a name of its own.
            if j == i + 1 && self.origin_place(i) {
                break;
            }
            if self.name_word(j) {
                j += 1;
                continue;
            }
            // `LILA MOREAU` in a headline: right after a given name in
            // capitals, a surname the lists hold, though a common word
            // too, ends the name.
            if given
                && j == i + 1
                && self.toks[i].shape == Shape::Upper
                && self.caps_surname(j)
            {
                j += 1;
                break;
            }
            // `Julien Maréchal`, `Paul Chevalier`: right after a given
            // name, a capitalised title is a surname (French writes a
            // title before the name, in lower case: `le maréchal Joffre`).
            if given
                && j == i + 1
                && self.toks[j].shape == Shape::Cap
                && PERSON_TITLES.contains(lower(self.word(j), &mut self.buf))
            {
                j += 1;
                continue;
            }
            // `c'est Hendrik Vos, associé`, `selon Marc Leur`: right
            // after a given name inside a sentence, a capitalised
            // grammatical word that no capitalised word follows is the
            // surname (French capitalises no such word there).
            if given
                && j == i + 1
                && self.toks[i].shape == Shape::Cap
                && self.toks[j].shape == Shape::Cap
                && !self.toks[j].initial()
                && self.fact(j, Fact::FunctionLower)
                && !matches!(
                    self.word(j),
                    "Et" | "Ou"
                        | "Mais"
                        | "Donc"
                        | "Or"
                        | "Ni"
                        | "Car"
                        | "Le"
                        | "La"
                        | "Les"
                        | "Un"
                        | "Une"
                        | "De"
                        | "Du"
                        | "Des"
                )
                && !self.toks.get(j + 1).is_some_and(|t| {
                    !t.line_before()
                        && t.kind == Kind::Word
                        && t.shape != Shape::Lower
                })
            {
                j += 1;
                break;
            }
            // `Harbor Point Capital`: a capitalised grammatical word
            // before a company's word is part of its name.
            if self.toks[j].shape == Shape::Cap
                && j + 1 < self.toks.len()
                && !self.toks[j + 1].line_before()
                && self.suffix_at(j + 1)
            {
                j += 1;
                continue;
            }
            // `Coordination rurale`, `Ligue nationale de rugby`: an
            // organisation or event head is followed by up to two
            // lower-case adjectives, as French writes these names in
            // sentence case.
            // A nationality too (`Banque nationale suisse`, `Fédération
            // belge de football`).
            // `le Stade toulousain vienne à bout`: a club's head takes
            // its town's adjective only.
            // `Boulangerie Pelletier avale`: adjectives follow the head,
            // not the name after it, but for a nationality (`Banque
            // centrale de la République argentine`).
            // `le Conseil d'État vaudois`: after a capitalised complement,
            // the adjective of a country or a canton says whose body it
            // is, outside its name (`Union européenne`, `République
            // argentine` are names).
            let whose = org_head
                && j > i + 1
                && self.toks[j - 1].shape == Shape::Cap
                && self.is_word(j)
                && (DEMONYMS.contains(self.word(j))
                    || TOWN_DEMONYMS.contains(self.word(j)))
                && !self.word(j).starts_with("europ")
                && !matches!(
                    self.word(j - 1),
                    "République" | "Union" | "Confédération" | "Suisse"
                )
                // `l'Académie française`, listed whole.
                && self.listed_at(j - 1).is_none_or(|(end, _)| end <= j);
            if org_head
                && !whose
                && lower_hops < if club_adjective { 1 } else { MAX_LOWER_HOPS }
                && (j == i + 1
                    || self.toks[j - 1].shape == Shape::Lower
                    || DEMONYMS.contains(self.word(j)))
                && self.is_word(j)
                && self.toks[j].shape == Shape::Lower
                // `le Festival Off d'Avignon revendique cette année`: a
                // verb before its object, no adjective.
                && !self.toks.get(j + 1).is_some_and(|t| {
                    !t.line_before()
                        && matches!(
                            &self.text[t.range()],
                            "cette" | "ces" | "cet" | "un" | "une" | "les"
                        )
                })
                && (adjective(self.word(j))
                    // `Fédération des entreprises romandes`: a people's
                    // adjective in the plural after a plural complement.
                    || self.toks[j - 1].shape == Shape::Lower
                        && self.word(j).strip_suffix('s').is_some_and(|w| {
                            DEMONYMS.contains(w) && self.word(j - 1).ends_with('s')
                        })
                    || authority && j == i + 1
                    // Not before a name it describes (`la Banque suisse
                    // Vontobel`).
                    || DEMONYMS.contains(self.word(j))
                        && self.toks.get(j + 1).is_none_or(|t| {
                            t.kind != Kind::Word || t.shape == Shape::Lower
                        }))
            {
                lower_hops += 1;
                complemented = false;
                j += 1;
                continue;
            }
            // `Fonds stratégique pour l'innovation`, `Initiative pour la
            // transparence`: a head and its adjectives, then `pour` and
            // the purpose with its article.
            // `Institut de recherche pour le développement`: after a
            // lower-case complement too; `Haut Conseil pour le climat`:
            // after a second head.
            if head
                && lower_hops < MAX_LOWER_HOPS
                && self.is_word(j)
                && self.word(j) == "pour"
                && (j == i + 1
                    || self.toks[j - 1].shape == Shape::Lower
                    || j == i + 2
                        && NAME_HEADS.get(self.word(j - 1))
                            == Some(Label::Org))
                && j + 2 < self.toks.len()
                && (matches!(self.word(j + 1), "la" | "le")
                    || self.toks[j + 1].kind == Kind::Elision
                        && matches!(self.word(j + 1), "l'" | "l’"))
                && !self.toks[j + 2].line_before()
                && self.is_word(j + 2)
                && self.toks[j + 2].shape == Shape::Lower
                && self.common(j + 2)
                && self.complement(j + 1, j + 2)
                && !matches!(
                    self.word(j + 2),
                    "première"
                        | "premier"
                        | "dernière"
                        | "fin"
                        | "moment"
                        | "compte"
                        | "reste"
                        | "suite"
                        | "instant"
                        | "heure"
                        | "année"
                        | "coup"
                        | "période"
                        | "saison"
                        | "occasion"
                        | "seconde"
                        | "deuxième"
                        | "troisième"
                )
            {
                lower_hops += 1;
                complemented = true;
                j += 3;
                continue;
            }
            // `Khaled al-Otaibi`, `Abdel Fattah el-Sissi`, `Aïn
            // el-Tiné`: an Arabic article joined to the capitalised
            // word it stands before is part of the name.
            if self.is_word(j)
                && self.toks[j].shape == Shape::Lower
                && !self.toks[j].line_before()
                && arabic_article(self.word(j))
            {
                j += 1;
                continue;
            }
            // `Institut national de la statistique et des études
            // économiques`, `Agence de la transition et de la sécurité`:
            // a second complement joined by `et`, with its own `de`.
            if head
                && lower_hops > 0
                && lower_hops < MAX_LOWER_HOPS
                && self.toks[j - 1].shape == Shape::Lower
                // After a complement (`de la statistique et`), not after
                // an adjective (`Société financière internationale et du
                // fonds`).
                && j >= 2
                && (complemented
                    || matches!(
                        self.word(j - 2),
                        "de" | "des" | "du" | "d'" | "d’" | "la" | "l'" | "l’"
                    ))
                && self.is_word(j)
                && self.word(j) == "et"
                && matches!(
                    self.toks.get(j + 1).map(|_| self.word(j + 1)),
                    Some("de" | "des" | "du" | "d'" | "d’")
                )
            {
                let q = self.particles_at(j + 1);
                if q > j + 1
                    && q < self.toks.len()
                    && !self.toks[q].line_before()
                    && self.is_word(q)
                    && self.toks[q].shape == Shape::Lower
                    && self.common(q)
                    && !self.another_body(q)
                    && self.complement(j + 1, q)
                {
                    lower_hops += 1;
                    complemented = true;
                    j = q + 1;
                    continue;
                }
            }
            // Particles: `Charles de Gaulle`, `Banque de France`,
            // `Chambre des députés`.
            let particles = self.particles_at(j);
            // `Europe de l'Est`, `Gare du Nord`: a point of the compass
            // after `de l'` or `du` ends a place name.
            if particles > j
                && particles < self.toks.len()
                && !self.toks[particles].line_before()
                && self.compass_at(particles)
                && matches!(self.word(j), "du" | "de")
            {
                j = particles + 1;
                continue;
            }
            // `les Canadiens de Montréal`: a team named by its town.
            if j == i + 1 && self.team_at(i) {
                // `les Éléphants de Côte d'Ivoire`: a listed place whole.
                j = self
                    .listed_at(particles)
                    .map_or(particles + 1, |(e, _)| e);
                continue;
            }
            if particles > j {
                // `Charles de Gaulle`, `François Villeroy de Galhau`;
                // not a listed name (`Jean Dupont de Paris`).
                // `Van den Berghe`, `Von der Heyden`: a foreign particle
                // opening a surname takes the one after it.
                // So after a given name (`Didier Van der Straeten`).
                // `Duhan van der Merwe`: a lower-case `van` or `von`,
                // which French never writes, after a name's first words.
                let caps = |r: &Self| {
                    (i..j)
                        .all(|k| r.is_word(k) && r.toks[k].shape == Shape::Cap)
                };
                let foreign = self.toks[j].shape == Shape::Lower
                    && (j == i + 1 && matches!(self.word(i), "Van" | "Von")
                        || j == i + 2
                            && given
                            && matches!(self.word(i + 1), "Van" | "Von")
                        || j <= i + 2
                            && matches!(self.word(j), "van" | "von")
                            && caps(self));
                // `Vientos del Norte`, `Casa del Vino`, `Lula da Silva`,
                // `Luiz Inácio Lula da Silva`: a Spanish, Portuguese or
                // Italian particle, no French word, joins the capitalised
                // words around it.
                let romance = j <= i + 3
                    && caps(self)
                    && particles == j + 1
                    && self.toks[j].shape == Shape::Lower
                    && matches!(
                        self.word(j),
                        "da" | "das" | "del" | "della" | "di" | "dos"
                    )
                    && particles < self.toks.len()
                    && self.toks[particles].shape == Shape::Cap;
                let person = foreign
                    || romance
                    || given
                        && (j == i + 1
                            || j == i + 2
                                && self.word(j) == "de"
                                && particles == j + 1
                                && particles + 1 < self.toks.len()
                                && !self.name_word(particles + 1)
                                && particles < self.toks.len()
                                && self.listed_at(particles).is_none()
                                && !self.proper_name(particles));
                // `la coopérative Terres de Meuse`: after a company's
                // noun, a name opened by a common word runs on too.
                if (person
                    || head
                    || introduced && (n < i || self.common(i) && !given))
                    && particles < self.toks.len()
                    && !self.toks[particles].line_before()
                {
                    // `Bruno Le Maire`: after a given name and a
                    // capitalised particle, any capitalised word.
                    let cap_particle = person
                        && self.toks[j].shape == Shape::Cap
                        && self.toks[particles].shape == Shape::Cap;
                    // `le Rassemblement national de Jordan Bardella`: a
                    // body's name stops before the person it belongs to.
                    let owner = !person
                        && self.given_name(particles)
                        && self.is_word(particles + 1)
                        && !self.toks[particles + 1].line_before()
                        && self.toks[particles + 1].shape == Shape::Cap;
                    if owner {
                        break;
                    }
                    if self.name_word(particles) || cap_particle {
                        j = particles + 1;
                        continue;
                    }
                    // `Commission de régulation de l'énergie`; not an
                    // article alone (`le Crédit Agricole le reste`).
                    if head
                        && lower_hops < MAX_LOWER_HOPS
                        && self.word(j).starts_with(['d', 'D'])
                        && self.is_word(particles)
                        && self.toks[particles].shape == Shape::Lower
                        && self.common(particles)
                        && !self.infinitive_with_object(particles)
                        // `Parti d'un appartement`: an indefinite,
                        // possessive or demonstrative determiner opens
                        // no name's complement.
                        && !matches!(
                            self.word(particles),
                            "un" | "une"
                                | "son"
                                | "sa"
                                | "ses"
                                | "leur"
                                | "leurs"
                                | "ce"
                                | "cet"
                                | "cette"
                                | "ces"
                                | "rien"
                                // `l'Université du Luxembourg d'ici 2030`:
                                // a time, no complement.
                                | "ici"
                        )
                        && (lower_hops < 2 || self.complement(j, particles))
                    {
                        lower_hops += 1;
                        complemented = true;
                        j = particles + 1;
                        // `Office central de lutte contre la délinquance
                        // financière`.
                        if self.word(particles) == "lutte"
                            && let Some(end) = self.fight_against(j)
                        {
                            j = end;
                            continue;
                        }
                        // `de la haute couture`, `des petites entreprises`:
                        // an adjective written before its noun.
                        let q = j;
                        if matches!(
                            self.word(particles),
                            "haute"
                                | "haut"
                                | "hautes"
                                | "hauts"
                                | "grande"
                                | "grand"
                                | "grandes"
                                | "grands"
                                | "petite"
                                | "petit"
                                | "petites"
                                | "petits"
                                | "moyenne"
                                | "moyennes"
                                | "nouvelle"
                                | "nouvelles"
                        ) && q < self.toks.len()
                            && !self.toks[q].line_before()
                            && self.is_word(q)
                            && self.toks[q].shape == Shape::Lower
                            && self.common(q)
                            && self.complement(particles, q)
                        {
                            j = q + 1;
                        }
                        continue;
                    }
                }
            }
            break;
        }
        // `la coalition Sénégal en Avant,`, `Leur comité, Malartic en
        // santé,`, `l'association Vaincre la mucoviscidose.`: a list's, a
        // party's or a group's name after its noun is a slogan that runs
        // on in lower case to the end of its clause.
        if !given && let Some(end) = self.slogan_end(n, j) {
            j = end;
        }
        // `Direction nationale du contrôle de gestion (DNCG)`: an
        // organisation's name runs on in lower case up to the acronym it
        // introduces.
        if (head || org_head || !given)
            && let Some(k) = self.acronym_end(i, j)
        {
            return Some(k);
        }
        // `Hugot (Charles)`: lists of names write the given name after
        // the surname, in brackets; a surname of capitalised words only
        // (`l'Académie libanaise des beaux-arts (Alba)` is a body and
        // its short name).
        if j <= i + 2
            && (i..j).all(|k| self.toks[k].shape == Shape::Cap)
            && j + 2 < self.toks.len()
            && self.is_punct(j, "(")
            && self.is_punct(j + 2, ")")
            && !self.toks[j + 2].line_before()
            && self.is_word(j + 1)
            && self.toks[j + 1].shape == Shape::Cap
            && self.given_name(j + 1)
            && !self.given_name(i)
        {
            return Some(j + 3);
        }
        Some(j)
    }

    /// Whether the word at `k` stands alone as a surname could: written
    /// `Pen`, `Drian` (capitalised, lower case after), no nationality,
    /// and no name going on after it (`Le Middlesex County Cricket
    /// Club` is an article and a name).
    fn lone_surname_at(&mut self, k: usize) -> bool {
        let w = self.word(k);
        w.chars().skip(1).all(|c| !c.is_uppercase())
            && !DEMONYMS.contains(&w.to_lowercase())
            && self.sequence_at(k).is_none_or(|e| e == k + 1)
    }

    /// Whether the name at `first` follows `à l'`, `au` or `à la` in a
    /// sentence reporting a match (a word of `match_words.txt` within
    /// its sentence): the venue (`à l'Astroballe`, `au Centre Bell`).
    fn venue_at(&self, first: usize) -> bool {
        if first < 2 || self.toks[first].line_before() {
            return false;
        }
        let (p, q) = (self.word(first - 1), self.word(first - 2));
        let after_at = match p {
            "au" => true,
            "l'" | "l’" | "la" => q == "à",
            _ => false,
        };
        if !after_at {
            return false;
        }
        let in_sentence = |k: usize| {
            self.toks[k].kind == Kind::Word
                && self.toks[k].shape == Shape::Lower
                && MATCH_WORDS.contains(self.word(k))
        };
        let mut k = first;
        while k > 0 && first - k < 40 {
            k -= 1;
            if in_sentence(k) {
                return true;
            }
            if self.toks[k].initial() || self.toks[k].line_before() {
                break;
            }
        }
        let mut k = first + 1;
        while k < self.toks.len() && k - first < 20 {
            if self.toks[k].initial() || self.toks[k].line_before() {
                break;
            }
            if in_sentence(k) {
                return true;
            }
            k += 1;
        }
        false
    }

    /// Whether the lower-case word at `k`, after the particles from `j`,
    /// goes on naming a body (`de chimie`, `des maladies`): no
    /// grammatical word (`de lui`) and, after a bare `de`, no infinitive
    /// (`la Banque nationale suisse de baisser`).
    fn complement(&mut self, j: usize, k: usize) -> bool {
        let w = self.word(k);
        let infinitive = k == j + 1
            && w.len() >= 4
            && (w.ends_with("er") || w.ends_with("ir"));
        !infinitive && !FUNCTION_WORDS.contains(lower(w, &mut self.buf))
    }

    /// Whether the document writes the capitalised article at `i` and
    /// the word after it as a surname somewhere else: after a given name
    /// or a title (`Marine Le Pen`, `M. Le Drian`). Opening a sentence,
    /// `Le Fespaco` or `Le Zorblax` is an article and a name otherwise.
    ///
    /// The document's such surnames are gathered once, in one pass over
    /// its text, on the first question: asking the text again for each
    /// name would take time in the square of its length.
    fn particle_named_elsewhere(&mut self, i: usize) -> bool {
        debug_assert_eq!(self.word(i), "Le");
        let at = self.toks[i].start as usize;
        let text = self.text;
        let index = self
            .particle_surnames
            .get_or_insert_with(|| particle_surnames(text));
        index
            .get(&text[self.toks[i + 1].range()])
            .is_some_and(|seen| seen.iter().any(|&p| p != NOWHERE && p != at))
    }

    /// Whether word `k`, on the line of the word before it, may name a
    /// car's model after its maker: capitalised, no common word (unless
    /// a given name: `Mégane`), no company suffix, nothing a list holds.
    fn car_model_at(&mut self, k: usize) -> bool {
        k < self.toks.len()
            && !self.toks[k].line_before()
            && self.is_word(k)
            && (matches!(self.toks[k].shape, Shape::Cap | Shape::Brand)
                && (!self.common(k) || self.given_name(k))
                // `RX`, `CR-V`: a short code of capitals.
                || self.toks[k].shape == Shape::Upper
                    && (2..=5).contains(&self.word(k).len())
                    && !ACRONYMS.contains(self.word(k)))
            && !self.suffix_at(k)
            && self.listed_at(k).is_none()
    }

    /// Whether token `k`, after a car maker and the article of a car,
    /// is a model named by a capitalised common word (`une Volkswagen
    /// Golf`, `la Citroën Ami`, `la Fiat Panda`): no grammatical word, no
    /// company's word, no listed name.
    fn car_model_word(&mut self, k: usize) -> bool {
        k < self.toks.len()
            && !self.toks[k].line_before()
            && self.is_word(k)
            && self.toks[k].shape == Shape::Cap
            && !self.fact(k, Fact::Function)
            && !self.suffix_at(k)
            && self.listed_at(k).is_none()
    }

    /// One past the field or the jury of a prize whose name ends at `k`
    /// (`prix Nobel de la paix`, `prix Goncourt des lycéens`, `prix
    /// Nobel d'économie`): `de`, `de la`, `d'` or `des` and one
    /// lower-case noun, not a time (`prix Goncourt de l'an dernier`), nor
    /// a laureate's title before a name.
    fn prize_field(&self, k: usize) -> Option<usize> {
        let n = self.toks.len();
        if k >= n || self.toks[k].line_before() {
            return None;
        }
        let w = self.word(k);
        let elided =
            self.toks[k].kind == Kind::Elision && matches!(w, "d'" | "d’");
        let mut q = k + 1;
        if w == "de"
            && q < n
            && (self.word(q) == "la"
                || self.toks[q].kind == Kind::Elision
                    && matches!(self.word(q), "l'" | "l’"))
        {
            q += 1;
        } else if !(elided || matches!(w, "de" | "des")) {
            return None;
        }
        let field = q < n
            && !self.toks[q].line_before()
            && self.is_word(q)
            && self.toks[q].shape == Shape::Lower
            && !FUNCTION_WORDS.contains(self.word(q))
            && !matches!(
                self.word(q),
                "an" | "année"
                    | "mois"
                    | "semaine"
                    | "saison"
                    | "siècle"
                    | "édition"
                    | "session"
                    | "jury"
            );
        // `le prix Nobel de médecine Jules Hoffmann`: a laureate's title
        // before the name; the prize alone is named.
        let laureate = self.toks.get(q + 1).is_some_and(|t| {
            !t.line_before() && t.kind == Kind::Word && t.shape == Shape::Cap
        });
        (field && !laureate).then_some(q + 1)
    }

    /// Whether a verb of launching a product stands just before `first`
    /// (`a présenté Mistral Large 2`, `dévoile Galaxy 5`): a common word
    /// there opens a model's name.
    fn launched_before(&self, first: usize) -> bool {
        // `dévoile le Pulse Fold 3`: past the article.
        let first = if first > 1
            && self.is_word(first - 1)
            && matches!(
                self.word(first - 1),
                "le" | "la" | "les" | "son" | "sa"
            ) {
            first - 1
        } else {
            first
        };
        first > 0
            && self.is_word(first - 1)
            && matches!(
                self.word(first - 1),
                "présenté"
                    | "présente"
                    | "lancé"
                    | "lance"
                    | "dévoilé"
                    | "dévoile"
                    | "commercialise"
                    | "commercialisé"
                    | "déployé"
                    | "déploie"
            )
    }

    /// Whether a product's noun stands before word `first`, maybe with
    /// an adjective between (`son smartphone pliable`, `sa batterie`), or
    /// in apposition before it.
    fn product_before(&mut self, first: usize) -> bool {
        let lower = |r: &Self, k: usize| {
            r.is_word(k) && r.toks[k].shape == Shape::Lower
        };
        first > 0
            && lower(self, first - 1)
            && (self.noun_at(first - 1) == Some(Label::Misc)
                || first > 1
                    && lower(self, first - 2)
                    && self.noun_at(first - 2) == Some(Label::Misc))
            // `son logiciel, Brume Scribe 2,`: in apposition to the noun.
            || self.apposed_noun(first) == Some(Label::Misc)
    }

    /// The label of the agent after `par` at `p` when a participle of
    /// [`AGENT_PARTICIPLES`] before it in the sentence is left out: `,
    /// le fonds par Z`, `, les vendeurs par Z` after `conseillée par Y`.
    fn elided_agent(&self, p: usize) -> Option<Label> {
        if p < 3
            || !self.is_word(p - 1)
            || self.toks[p - 1].shape != Shape::Lower
            || !matches!(self.word(p - 2), "le" | "la" | "les" | "l'" | "l’")
            || !self.is_punct(p - 3, ",")
        {
            return None;
        }
        let mut k = p - 3;
        while k > 0 && p - k < 30 {
            k -= 1;
            if self.toks[k].initial() || self.is_punct(k, ".") {
                return None;
            }
            if self.is_word(k)
                && self.word(k) == "par"
                && k > 0
                && let Some(l) = AGENT_PARTICIPLES.get(self.word(k - 1))
            {
                return Some(l);
            }
        }
        None
    }

    /// Whether a word of investing (`investi`, `investissement`,
    /// `participation`, `injecté`, `misé`) stands among the eight tokens
    /// before `dans` at `p`, in the same clause.
    fn invested_before(&self, p: usize) -> bool {
        for k in (p.saturating_sub(8)..p).rev() {
            let t = self.toks[k];
            if t.kind == Kind::Punct && !self.is_punct(k, ",") {
                return false;
            }
            if t.kind == Kind::Word {
                let w = self.word(k);
                if w.starts_with("invest")
                    || w.starts_with("particip")
                    || w.starts_with("inject")
                    || matches!(w, "misé" | "placé" | "parié")
                {
                    return true;
                }
            }
        }
        false
    }

    /// Whether the name at word `first` follows `auprès de`, alone or
    /// in a list (`auprès d'Elaia et de Serena`), where money was raised:
    /// an amount or a raising verb in the fourteen tokens before.
    fn raised_from(&self, first: usize) -> bool {
        let of = |r: &Self, k: usize| {
            matches!(r.word(k), "de" | "du" | "des")
                || r.toks[k].kind == Kind::Elision
                    && r.word(k).starts_with(['d', 'D'])
        };
        let mut p = first;
        for _ in 0..4 {
            if p < 2 || !of(self, p - 1) {
                return false;
            }
            let k = p - 2;
            match self.word(k) {
                "auprès" => {
                    return (k.saturating_sub(14)..k).any(|j| {
                        let w = self.word(j);
                        self.is_word(j)
                            && (w.starts_with("lev")
                                || w.starts_with("lèv")
                                || w.starts_with("récolt")
                                || w.starts_with("collect")
                                || matches!(
                                    w,
                                    "euros" | "dollars" | "francs" | "€" | "$"
                                ))
                    });
                }
                // Back over the name before: `d'Elaia et de Serena`.
                "et" | "," => {
                    let mut j = k;
                    while j > 0
                        && self.is_word(j - 1)
                        && self.toks[j - 1].shape == Shape::Cap
                    {
                        j -= 1;
                    }
                    if j == k {
                        return false;
                    }
                    p = j;
                }
                _ => return false,
            }
        }
        false
    }

    /// The end of a name opened at `i` by an organisation's head, when
    /// its words run on from `j` in lower case (at most twelve tokens, on
    /// one line) up to an acronym in brackets made of their initials:
    /// `Union sociale pour l'habitat (USH)`, `Agence de l'environnement
    /// et de la maîtrise de l'énergie (Ademe)`. Runs only where such a
    /// name stops before a lower-case word.
    fn acronym_end(&self, i: usize, j: usize) -> Option<usize> {
        let mut k = j;
        while k < self.toks.len() && k < j + 12 {
            let t = self.toks[k];
            if t.line_before() {
                return None;
            }
            match t.kind {
                Kind::Word | Kind::Elision => k += 1,
                Kind::Punct => break,
            }
        }
        (k > j
            && matches!(
                self.toks.get(k + 1).map(|t| t.shape),
                Some(Shape::Upper | Shape::Cap)
            )
            && self.bracket_spells(i, k))
        .then_some(k)
    }

    /// Whether the bracket opened at `open` holds only an acronym of two
    /// to eight ASCII letters that the initials of the words `first..open`
    /// spell (`Voies navigables de France (VNF)`).
    fn bracket_spells(&self, first: usize, open: usize) -> bool {
        self.is_punct(open, "(")
            && self.is_punct(open + 2, ")")
            && self.is_word(open + 1)
            && {
                let acronym = self.word(open + 1);
                (2..=8).contains(&acronym.len())
                    && acronym.is_ascii()
                    && initials_match(
                        (first..open)
                            .filter(|&x| self.is_word(x))
                            .map(|x| self.word(x)),
                        acronym,
                    )
            }
    }

    /// The label of the noun a name at `first..last` stands in apposition
    /// to, between commas: a determiner (no article joined to `de` or
    /// `à`), at most one lower-case word, the noun, a comma, maybe an
    /// article (`son nouveau jeu, Ashfall Saga,`, `la plateforme, Spacebus
    /// Neo.`, `sa montre phare, la Régate 42,`).
    fn apposition_before(
        &mut self,
        first: usize,
        last: usize,
    ) -> Option<Label> {
        if !(last >= self.toks.len()
            || matches!(self.word(last), "," | "." | ";" | ")"))
        {
            return None;
        }
        self.apposed_noun(first)
    }

    /// The label of the noun before the comma that opens an apposition
    /// at `first`, whatever closes it (see [`Self::apposition_before`]).
    fn apposed_noun(&mut self, first: usize) -> Option<Label> {
        // `, la Régate 42`: an article between the comma and the name.
        let article = first >= 1
            && (self.is_word(first - 1)
                && matches!(self.word(first - 1), "le" | "la" | "les")
                || self.toks[first - 1].kind == Kind::Elision
                    && matches!(self.word(first - 1), "l'" | "l’"));
        let comma = if article { first - 1 } else { first };
        if comma < 3
            || !self.is_punct(comma - 1, ",")
            || !self.is_word(comma - 2)
            || self.toks[comma - 2].shape != Shape::Lower
        {
            return None;
        }
        // Not `du`, `des`: `le propriétaire du groupe, Gérald Sauzède`
        // is the owner's apposition, not the group's.
        // `Sa montre phare, la Régate 42`: a possessive opening the
        // sentence too.
        let det = |r: &Self, k: usize| {
            r.is_word(k)
                && any_case_determiner(r.word(k))
                && !matches!(r.word(k), "du" | "des" | "au" | "aux")
        };
        let lower = |r: &Self, k: usize| {
            r.is_word(k) && r.toks[k].shape == Shape::Lower
        };
        // `Le Premier ministre, X`: a rank capitalised in the title.
        let rank = |r: &Self, k: usize| {
            r.is_word(k) && matches!(r.word(k), "Premier" | "Première")
        };
        let determined = det(self, comma - 3)
            || comma >= 4
                && det(self, comma - 4)
                && (lower(self, comma - 3) || rank(self, comma - 3));
        // `son application mobile, Ébène Pay 3`: the noun, then one
        // word of no grammar that is no noun.
        let direct = if determined { self.noun_at(comma - 2) } else { None };
        let noun = if direct.is_some() {
            direct
        } else if comma >= 4
            && det(self, comma - 4)
            && lower(self, comma - 3)
            && !self.fact(comma - 2, Fact::Function)
            && self.fact_label(comma - 2, Fact::Noun).is_none()
        {
            self.noun_at(comma - 3)
        } else {
            None
        };
        // `un ex-cadre de la métropole, Stéphane Rinaldi`: the noun of a
        // complement before a given name and a surname is no apposition.
        noun.filter(|&l| l == Label::Per || !self.given_name(first))
    }

    /// Whether the words `first..last`, opened by a capitalised word and
    /// closed by a bracket, are spelled by the acronym in it (`Commissariat
    /// à l'énergie atomique (CEA)`).
    fn spelled_by_bracket(&self, first: usize, last: usize) -> bool {
        last - first >= 2
            && self.toks.get(last + 1).is_some_and(|t| t.shape == Shape::Upper)
            && self.bracket_spells(first, last)
    }

    /// Whether the token at `last` is the model number of the product
    /// named by `first..last`: a listed product or a brand-cased name
    /// followed by a short number (`iPhone 16`, `Ariane 6`), or one
    /// unknown capitalised word followed by a model code (`Galaxy S24`).
    fn model_after(
        &mut self,
        first: usize,
        last: usize,
        entry: Option<usize>,
    ) -> bool {
        let Some(&t) = self.toks.get(last) else { return false };
        if t.kind != Kind::Word || t.line_before() {
            return false;
        }
        let w = self.bytes(last);
        // `le Nasdaq 1,6 %`: the figure goes on after a decimal comma (`iOS
        // 26.2` is a version).
        let rest = &self.text.as_bytes()[t.range().end..];
        if matches!(rest, [b',', d, ..] if d.is_ascii_digit()) {
            return false;
        }
        let number = w.len() <= 3 && w.iter().all(u8::is_ascii_digit);
        // `l'Euro 2024`, `Paris 2024`: one capitalised word mid-sentence
        // and a year name an event.
        let year = w.len() == 4
            && w.iter().all(u8::is_ascii_digit)
            && (w.starts_with(b"19") || w.starts_with(b"20"));
        // Not a place (`s'impose à Thyon 2000`).
        if year
            && last == first + 1
            && !(first > 0 && self.word(first - 1) == "à")
            && self.toks[first].shape == Shape::Cap
            && !self.toks[first].initial()
            && !MONTHS.contains(&lower(self.word(first), &mut self.buf))
        {
            return true;
        }
        let code = (2..=5).contains(&w.len())
            && w[0].is_ascii_uppercase()
            && w.iter().any(u8::is_ascii_digit)
            && w.iter().all(u8::is_ascii_alphanumeric)
            || hyphenated_code(w);
        let product = entry.map(|e| self.gaz.entry(e).label);
        // `le chronographe Régulateur 1871`, `le système Syracuse V`: after
        // a product's noun, a generation number or a Roman numeral.
        if (number
            || w.len() == 4 && w.iter().all(u8::is_ascii_digit)
            || code
            || t.shape == Shape::Upper && roman(self.word(last)))
            && product != Some(Label::Loc)
            && !self.unit_after(last + 1)
            // Not a count (`la voiture Tesla 3 fois par semaine`): a
            // verb may follow (`la directive NIS 2 oblige`), not a plural.
            && self.toks.get(last + 1).is_none_or(|n| {
                let w = self.word(last + 1);
                n.line_before()
                    || n.kind != Kind::Word
                    || n.shape != Shape::Lower
                    || FUNCTION_WORDS.contains(w)
                    || !w.ends_with(['s', 'x'])
            })
            && self.product_before(first)
        {
            return true;
        }
        if product == Some(Label::Misc)
            || self.toks[first].shape == Shape::Brand
        {
            return number || code;
        }
        // `Airbus A350`, `Samsung S24`: a listed maker and a model code.
        if product == Some(Label::Org) && code {
            return true;
        }
        // `le Peugeot 3008`, `un Boeing 787`: a listed maker and a number
        // of up to four digits (not a year), neither a count nor an
        // amount (`Renault 3 000`, `Airbus 2 fois`, `Airbus 300 salariés`:
        // a plural after it) nor a score (`PSG 3 à 1`, `Nantes 2, Lens
        // 1`).
        let four = w.len() == 4
            && w.iter().all(u8::is_ascii_digit)
            && !(w.starts_with(b"19") || w.starts_with(b"20"));
        if product == Some(Label::Org)
            && (number || four)
            && last == first + 1
            && !self.toks[first].initial()
            && !self.unit_after(last + 1)
            && self.toks.get(last + 1).is_none_or(|n| {
                let scored = matches!(
                    self.word(last + 1),
                    "-" | "–" | "," | "/" | "à" | "contre"
                ) && self
                    .toks
                    .get(last + 2)
                    .is_some_and(|t| t.shape == Shape::Digit);
                // `Peugeot 2, Renault 1`: a list of scores.
                let listed = self.is_punct(last + 1, ",")
                    && self
                        .toks
                        .get(last + 2)
                        .is_some_and(|t| t.shape == Shape::Cap)
                    && self
                        .toks
                        .get(last + 3)
                        .is_some_and(|t| t.shape == Shape::Digit);
                n.line_before()
                    || !scored
                        && !listed
                        && (n.kind != Kind::Word
                            || n.shape == Shape::Lower
                                && (FUNCTION_WORDS
                                    .contains(self.word(last + 1))
                                    || !self
                                        .word(last + 1)
                                        .ends_with(['s', 'x']))
                            || self.edition_at(last + 1))
            })
        {
            return true;
        }
        // `le Fold 7 embarque`, `le Mix Flip 2 de Xiaomi`: after an
        // article, a name no list holds and a generation number of one or
        // two digits are a model, unless a unit, a count's plural noun or
        // a score follows.
        // Words of a model's name: capitalised (or, with `upper`, in
        // capitals), no given name.
        // One word after an article may be a given name (`un Orion 5`,
        // `la Clio 6`): no person takes an article and a number.
        let model_words = |r: &Self, upper: bool| {
            (first..last).all(|k| {
                (matches!(r.toks[k].shape, Shape::Cap | Shape::Brand)
                    || upper && r.toks[k].shape == Shape::Upper)
                    && (!upper && last == first + 1
                        || !GIVEN_NAMES.contains(r.word(k)))
            })
        };
        // `le logiciel de la banque, Sentinel AML 4, n'avait pas`: so are
        // two words or three between the commas of an apposition.
        if entry.is_none()
            && w.len() <= 2
            && number
            && (2..=3).contains(&(last - first))
            && first > 0
            && self.is_punct(first - 1, ",")
            && self.is_punct(last + 1, ",")
            && model_words(self, true)
        {
            return true;
        }
        if entry.is_none()
            && w.len() <= 2
            && number
            && last - first <= 3
            && first > 0
            && ((self.is_word(first - 1)
                || self.toks[first - 1].kind == Kind::Elision)
            && matches!(
                self.word(first - 1),
                "le" | "la"
                    | "l'"
                    | "l’"
                    | "d'"
                    | "d’"
                    | "du"
                    | "au"
                    | "son"
                    | "sa"
                    | "ce"
                    | "cet"
                    | "cette"
                    | "un"
                    | "une"
                    | "Le"
                    | "La"
                    | "L'"
                    | "L’"
            )
                // `rappelle 41 000 Orion 5`: a count of them.
                || self.toks[first - 1].shape == Shape::Digit
                    && !self.toks[first - 1].line_before())
            && model_words(self, false)
            && !self.unit_after(last + 1)
            && self.toks.get(last + 1).is_none_or(|n| {
                let w = self.word(last + 1);
                n.line_before()
                    || n.kind != Kind::Word && !matches!(w, "-" | "–" | "/")
                    || n.shape == Shape::Lower
                        && !matches!(w, "à" | "contre")
                        && (!w.ends_with(['s', 'x'])
                            || FUNCTION_WORDS.contains(w))
            })
        {
            return true;
        }
        // `Kerlann 4 Mini`: a number and an edition word make a model.
        if number
            && last - first <= 2
            && self.edition_at(last + 1)
            && product != Some(Label::Loc)
            && (first..last).all(|k| self.toks[k].shape == Shape::Cap)
        {
            return true;
        }
        // `l'Ardent R5`, `sa sonde Vigie X2`, `camions Komatsu 930E`: a
        // code of capitals and digits after one or two capitalised words
        // inside a sentence is a model's; no person or place takes one.
        let mixed = (2..=7).contains(&w.len())
            && w.iter().any(u8::is_ascii_digit)
            && w.iter().any(u8::is_ascii_uppercase)
            && w.iter().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
        if mixed
            && last - first <= 2
            && !self.toks[first].initial()
            && product != Some(Label::Loc)
            && (first..last).all(|k| self.toks[k].shape == Shape::Cap)
        {
            return true;
        }
        // `Claude 3 d'Anthropic`, `la Peugeot 208 à Trnava`, `la Switch 2
        // de Nintendo`: one or two capitalised words inside a sentence,
        // then a short number, then the maker or place (a preposition
        // before a word) name a model. A number followed by a comma or
        // another number is a list or a score (`Loison 2, Deffains 3`,
        // `Lyon 2 à 1`); people, places and firms take no number.
        // `le Trent 7000 de Rolls-Royce`, `un Dimensity 8400 de
        // MediaTek`: four digits that are no year too.
        if (number || four)
            && last - first <= 2
            && !self.toks[first].initial()
            && product != Some(Label::Loc)
            && (first..last).all(|k| self.toks[k].shape == Shape::Cap)
            && (!self.common(first)
                || self.given_name(first)
                || self.launched_before(first)
                || self.product_before(first))
        {
            let (after, then) = (last + 1, last + 2);
            let of = after < self.toks.len()
                && !self.toks[after].line_before()
                && (self.toks[after].kind == Kind::Elision
                    || self.is_word(after)
                        && matches!(
                            self.word(after),
                            "de" | "du"
                                | "des"
                                | "à"
                                | "chez"
                                | "sur"
                                | "depuis"
                        ));
            let named = then < self.toks.len()
                && !self.toks[then].line_before()
                && self.is_word(then)
                && self.toks[then].shape != Shape::Digit;
            if of && named {
                return true;
            }
            // `a présenté Claude 3, concurrent de`, `la Switch 2.`: at the
            // end of a clause, after a verb, a noun or an article, not
            // after a preposition or inside a list of names.
            let closes = after < self.toks.len()
                && matches!(self.word(after), "," | "." | ")" | ";")
                && !(self.is_punct(after, ",")
                    && self
                        .toks
                        .get(then)
                        .is_some_and(|t| t.shape == Shape::Cap)
                    && self
                        .toks
                        .get(then + 1)
                        .is_some_and(|t| t.shape == Shape::Digit));
            let before = first > 0
                && self.is_word(first - 1)
                && self.toks[first - 1].shape == Shape::Lower
                && {
                    let w = self.word(first - 1);
                    matches!(w, "le" | "la" | "les")
                        || !FUNCTION_WORDS.contains(w)
                }
                || first > 0
                    && self.toks[first - 1].kind == Kind::Elision
                    && matches!(self.word(first - 1), "l'" | "l’");
            if closes && before {
                return true;
            }
            // `du modèle Vauquelin Riviera 38 aux États-Unis`, `son
            // smartphone Pulse Fold 3 mardi`: after a product's noun,
            // the number is the model's unless a unit or a count
            // follows, or another number.
            if self.product_before(first)
                && !self.unit_after(after)
                && !self
                    .toks
                    .get(after)
                    .is_some_and(|t| t.shape == Shape::Digit)
            {
                return true;
            }
        }
        // `sa batterie Kelvio Cell S2`: a product's noun before.
        if code && entry.is_none() && self.product_before(first) {
            return true;
        }
        code && entry.is_none()
            && last == first + 1
            && self.toks[first].shape == Shape::Cap
            && !self.toks[first].initial()
            && !self.common(first)
    }

    /// Whether the capitalised common word at `i` names a portfolio: it
    /// follows `de`, `du`, `au`, `aux`, `la` or `l'` after a minister's
    /// or commissioner's title, within three words, or `au` or `à la`
    /// right after a person's full name.
    fn portfolio(&mut self, i: usize) -> bool {
        if i == 0 || self.toks[i].shape != Shape::Cap || !self.common(i) {
            return false;
        }
        let p = self.word(i - 1);
        if !matches!(
            p,
            "de" | "du" | "des" | "au" | "aux" | "la" | "l'" | "l’" | "à"
        ) {
            return false;
        }
        // `Hélène Marchetti au Travail`, `Rachida Dati à la Culture`: a
        // person's full name, then the portfolio.
        let name_end = match p {
            "au" | "aux" => i.checked_sub(2),
            "la" | "l'" | "l’" if i >= 3 && self.word(i - 2) == "à" => {
                Some(i - 3)
            }
            _ => None,
        };
        if let Some(e) = name_end
            && e >= 1
            && self.is_word(e)
            && self.toks[e].shape == Shape::Cap
            && self.is_word(e - 1)
            && self.toks[e - 1].shape == Shape::Cap
            && self.given_name(e - 1)
        {
            return true;
        }
        // `ministre de l'Économie, des Finances et du Plan`: back over the
        // portfolios listed before this one.
        let mut from = i - 1;
        while from > 0 && i - from < 16 && {
            let k = from - 1;
            matches!(
                self.word(k),
                "de" | "du"
                    | "des"
                    | "d'"
                    | "d’"
                    | "l'"
                    | "l’"
                    | "la"
                    | "et"
                    | ","
            ) || self.toks[k].shape == Shape::Cap
                && self.is_word(k)
                && self.common(k)
        } {
            from -= 1;
        }
        (from.min(i - 1).saturating_sub(5)..i - 1).rev().any(|k| {
            self.is_word(k)
                && matches!(
                    self.word(k),
                    "ministre"
                        | "ministres"
                        | "ministère"
                        | "commissaire"
                        | "commissaires"
                        | "délégué"
                        | "déléguée"
                        | "secrétaire"
                        | "chargé"
                        | "chargée"
                        | "portefeuille"
                )
        })
    }

    /// The closing bracket's token when token `i` opens a bracket right
    /// after a person's full name and holds the name of several words of
    /// their team or party (`Mads Kjærgaard (Visma-Lease a Bike)`, `Julien
    /// Arnaudet (Decathlon AG2R La Mondiale)`): capitalised, on one line,
    /// with no number, comma or sentence punctuation, and no listed place
    /// (`(Loire Atlantique)`).
    fn bracketed_team(&mut self, i: usize, out: &[Mention]) -> Option<usize> {
        if !self.is_punct(i, "(") {
            return None;
        }
        let person = out.last()?;
        // `le Slovène Matej Kranjc (Red Bull-Bora-hansgrohe)`: a given
        // name or a demonym before says it is a person.
        let p = person.first as usize;
        if person.last as usize != i
            || person.words < 2
            || !(self.given_name(p) || p > 0 && self.demonym_at(p - 1))
        {
            return None;
        }
        let first = self.toks.get(i + 1)?;
        if first.kind != Kind::Word
            || !matches!(first.shape, Shape::Cap | Shape::Upper | Shape::Brand)
        {
            return None;
        }
        let close = (i + 3..(i + 9).min(self.toks.len()))
            .find(|&k| self.is_punct(k, ")"))?;
        let plain = (i + 1..close).all(|k| {
            let t = self.toks[k];
            !t.line_before()
                && t.shape != Shape::Digit
                && (t.kind != Kind::Punct || matches!(self.word(k), "-" | "&"))
        });
        let place = self.listed_at(i + 1).is_some_and(|(end, e)| {
            end == close && self.gaz.entry(e).label == Label::Loc
        }) || self.proper_name(close - 1);
        // `Arthur Rimbaud (Leonardo DiCaprio)`: an actor, a given name
        // and a surname, no team (`(Red Bull-Bora-hansgrohe)` is one).
        let actor = close == i + 3
            && self.given_name(i + 1)
            && self
                .word(i + 2)
                .split('-')
                .all(|p| p.starts_with(char::is_uppercase));
        (plain && !place && !actor).then_some(close)
    }

    /// The closing bracket when the bracket opened at `i` holds the
    /// agency of a dateline (`SHERBROOKE, 3 février (Presse Canadienne)
    /// -`): a line opened by a word in capitals and a comma, a date's
    /// number before the bracket, a dash after it, and inside two to
    /// four capitalised words.
    fn dateline_agency(&self, i: usize) -> Option<usize> {
        if !self.is_punct(i, "(") || i < 4 {
            return None;
        }
        let start = (i.saturating_sub(8)..i)
            .rev()
            .find(|&k| k == 0 || self.toks[k].line_before())?;
        if self.toks[start].shape != Shape::Upper
            || !self.is_punct(start + 1, ",")
            || !(start + 2..i).any(|k| self.toks[k].shape == Shape::Digit)
        {
            return None;
        }
        let close = (i + 3..(i + 6).min(self.toks.len()))
            .find(|&k| self.is_punct(k, ")"))?;
        let words = (i + 1..close).all(|k| {
            self.is_word(k)
                && matches!(self.toks[k].shape, Shape::Cap | Shape::Upper)
        });
        let dash = ["-", "–", "—"].iter().any(|d| self.is_punct(close + 1, d));
        (words && dash).then_some(close)
    }

    /// The closing mark of a body's name in quotes opened at `i` (`«`)
    /// right after a lower-case noun for a body (`la liste « Albi Demain
    /// »`): capitalised, at most eight tokens, no sentence punctuation.
    fn quoted_body(&mut self, i: usize) -> Option<usize> {
        if !self.is_punct(i, "«")
            || i == 0
            || !self.is_word(i - 1)
            || self.toks[i - 1].shape != Shape::Lower
            || NOUNS.get(self.word(i - 1)) != Some(Label::Org)
        {
            return None;
        }
        let first = self.toks.get(i + 1)?;
        if first.kind != Kind::Word || first.shape != Shape::Cap {
            return None;
        }
        let close = (i + 2..(i + 10).min(self.toks.len()))
            .find(|&k| self.is_punct(k, "»"))?;
        (i + 1..close)
            .all(|k| {
                !self.toks[k].line_before()
                    && (self.toks[k].kind != Kind::Punct
                        || !matches!(
                            self.word(k),
                            "." | "!" | "?" | "«" | ":" | ";" | ","
                        ))
            })
            .then_some(close)
    }

    /// One past the capitalised words from `j` and the particles between
    /// them (`Voix de l'Ain`, `Journal de Saône-et-Loire`), on one line.
    fn title_run(&mut self, j: usize) -> usize {
        let cap = |r: &Self, k: usize| {
            k < r.toks.len()
                && !r.toks[k].line_before()
                && r.is_word(k)
                && r.toks[k].shape == Shape::Cap
        };
        let mut end = j + 1;
        let mut k = end;
        loop {
            while cap(self, k) {
                k += 1;
                end = k;
            }
            // `La Walkyrie de Richard Wagner`: not over its author.
            let p = self.particles_at(k);
            if p > k && p < k + 3 && cap(self, p) && !self.given_name(p) {
                k = p;
            } else {
                return end;
            }
        }
    }

    /// Whether `CHU`, `CHR` or `CHRU` at `i` stands alone after a
    /// singular definite article (`le directeur général du CHU`): the
    /// hospital of the town the text is about.
    fn hospital_alone(&self, i: usize) -> bool {
        i > 0
            && matches!(self.word(i), "CHU" | "CHR" | "CHRU")
            && matches!(
                self.word(i - 1),
                "le" | "du" | "au" | "Le" | "Du" | "Au"
            )
    }

    /// The end of an unmarked work's title opened at `i` by a
    /// capitalised article: after a noun for a work (`le roman La Nuit
    /// des sémaphores chez Gallimard`, to the first word that cannot go
    /// on a title), or up to a comma before an apposition naming a work
    /// (`Les Rivages, une série en six épisodes`). A title goes on over
    /// capitalised words and over a lower-case word after a linking word
    /// (`des sémaphores`, `pour Oran`), and ends on neither a linking word
    /// nor before an author (`la série Les Rivages de Sylvie Moreau`).
    fn unmarked_work(&mut self, i: usize) -> Option<usize> {
        let n = self.toks.len();
        let t = self.toks[i];
        if !matches!(self.word(i), "Le" | "La" | "Les" | "L'" | "L’")
            || i + 1 >= n
            || self.toks[i + 1].line_before()
            || !self.is_word(i + 1)
            || self.toks[i + 1].shape != Shape::Cap
        {
            return None;
        }
        let link = |w: &str| {
            matches!(
                w,
                "de" | "du"
                    | "des"
                    | "d'"
                    | "d’"
                    | "l'"
                    | "l’"
                    | "la"
                    | "le"
                    | "les"
                    | "un"
                    | "une"
                    | "et"
                    | "pour"
                    | "sans"
                    | "sur"
            )
        };
        let after_noun = i >= 1
            && !t.line_before()
            && self.is_word(i - 1)
            && self.toks[i - 1].shape == Shape::Lower
            && WORK_NOUNS.contains(self.word(i - 1));
        // The title's words: `end` is one past its last word that is no
        // link.
        let mut k = i + 2;
        let mut end = i + 2;
        while k < n && k < i + 12 {
            let tk = self.toks[k];
            if tk.line_before() || tk.kind == Kind::Punct {
                break;
            }
            let w = self.word(k);
            if link(w) {
                // `de Sylvie Moreau`: the author after the title.
                let author = matches!(w, "de" | "d'" | "d’")
                    && k + 1 < n
                    && self.toks[k + 1].shape == Shape::Cap
                    && self.given_name(k + 1);
                if author {
                    break;
                }
                k += 1;
                continue;
            }
            let linked = link(self.word(k - 1));
            if tk.shape == Shape::Lower && !linked {
                break;
            }
            if !matches!(tk.shape, Shape::Cap | Shape::Lower | Shape::Digit) {
                break;
            }
            k += 1;
            end = k;
        }
        if after_noun {
            return Some(end);
        }
        // `, le troisième roman de`, `, une série en six épisodes`, `, son
        // nouvel album`: a determiner, at most two adjectives, the noun.
        if end != k || !self.is_punct(end, ",") {
            return None;
        }
        let det = end + 1;
        if det >= n
            || !matches!(
                self.word(det),
                "le" | "la"
                    | "l'"
                    | "l’"
                    | "un"
                    | "une"
                    | "son"
                    | "sa"
                    | "leur"
            )
        {
            return None;
        }
        (det + 1..(det + 4).min(n))
            .take_while(|&q| {
                self.is_word(q) && self.toks[q].shape == Shape::Lower
            })
            .any(|q| WORK_NOUNS.contains(self.word(q)))
            .then_some(end)
    }

    /// The closing quote of a work's title opened at `i` (`«`): the
    /// title starts with a capital, holds at most eight tokens and no
    /// sentence punctuation, and a noun for a work (`film`, `roman`)
    /// stands at most five tokens before the quote.
    fn quoted_work(&mut self, i: usize) -> Option<usize> {
        let close = self.quoted_title(i, true)?;
        Some(close)
    }

    /// [`Self::quoted_work`]; `list`: whether a title joined to a work's
    /// title before it (`« Nocturne » et « Le Rhône en hiver »`) is one
    /// too, asked one title back only.
    fn quoted_title(&mut self, i: usize, list: bool) -> Option<usize> {
        let closing = if self.is_punct(i, "«") {
            "»"
        } else if self.is_punct(i, "\"") || self.is_punct(i, "“") {
            if self.is_punct(i, "“") { "”" } else { "\"" }
        } else {
            return None;
        };
        // `« L'Amour ouf »`: an elided article may open the title.
        // Not `« d'Aerosmith »`: a lower-case elision opens no title.
        let skip = usize::from(self.toks.get(i + 1).is_some_and(|t| {
            t.kind == Kind::Elision
                && self.word(i + 1).starts_with(char::is_uppercase)
        }));
        let first = self.toks.get(i + 1 + skip)?;
        if first.kind != Kind::Word
            || !matches!(first.shape, Shape::Cap | Shape::Upper | Shape::Brand)
        {
            return None;
        }
        let close = (i + 2..(i + 10).min(self.toks.len()))
            .find(|&k| self.is_punct(k, closing))?;
        if (i + 1..close).any(|k| {
            self.toks[k].line_before()
                || self.toks[k].kind == Kind::Punct
                    && matches!(
                        self.word(k),
                        "." | "!" | "?" | "«" | ":" | ";"
                    )
        }) {
            return None;
        }
        // A noun for a work in the five tokens before, in the same
        // sentence (`salon Gamescom de Cologne. « Lunar Forge veut`: a
        // quote of the next sentence).
        let from = (i.saturating_sub(5)..i)
            .rev()
            .find(|&k| self.toks[k].initial() || self.is_punct(k, "."))
            .unwrap_or(i.saturating_sub(5));
        // `sous le titre « The Tide House »`, `un essai intitulé « ... »`:
        // a title named as one.
        // A scheme names its title right before the mark only (not `le
        // dispositif d'aide contre les « ... »`).
        let work = (from..i).any(|k| {
            self.is_word(k)
                && self.toks[k].shape == Shape::Lower
                && (self.noun_at(k) == Some(Label::Misc)
                    && (k + 1 == i || self.word(k) != "dispositif")
                    || matches!(
                        self.word(k),
                        "titre"
                            | "intitulé"
                            | "intitulée"
                            | "intitulés"
                            | "intitulées"
                    ))
        });
        // `« L'Amour ouf », de Gilles Lellouche`: a title followed by
        // its author (`de` or `d'` and a given name) is a work.
        let mut k = close + 1;
        if self.is_punct(k, ",") {
            k += 1;
        }
        // `, de la Bretonne Maëlle Quéméner`: past an article and a
        // capitalised word before a given name.
        let mut g = k + 1;
        if g < self.toks.len() && matches!(self.word(g), "la" | "le" | "l'") {
            g += 1;
        }
        // `, de l'écrivaine franco-sénégalaise Awa Diop`: past a noun for
        // a person and up to two adjectives.
        if k + 1 < g
            && g < self.toks.len()
            && self.is_word(g)
            && self.toks[g].shape == Shape::Lower
            && self.noun_at(g) == Some(Label::Per)
        {
            g += 1;
            for _ in 0..2 {
                if g < self.toks.len()
                    && self.is_word(g)
                    && self.toks[g].shape == Shape::Lower
                    && adjective(self.word(g))
                {
                    g += 1;
                }
            }
        }
        if g + 1 < self.toks.len()
            && self.toks[g].shape == Shape::Cap
            && !self.toks[g + 1].line_before()
            && self.given_name(g + 1)
        {
            g += 1;
        }
        let by = g < self.toks.len()
            && self.toks[k].kind != Kind::Punct
            && matches!(self.word(k), "de" | "d'" | "d’" | "D'" | "D’")
            && !self.toks[g].line_before()
            && self.given_name(g);
        // `« Les Ponts de Constantine », son premier roman`: a work's
        // noun in apposition.
        let apposed = self.is_punct(close + 1, ",")
            && (close + 2..(close + 6).min(self.toks.len())).any(|k| {
                self.is_word(k)
                    && self.toks[k].shape == Shape::Lower
                    && self.noun_at(k) == Some(Label::Misc)
            });
        // `« Le Silence des grues » enflamme la salle`: a capitalised
        // article and a word no list holds, six tokens at most, is a
        // title (speech quoted whole opens with a pronoun or a verb).
        let titled = !(work || by || apposed)
            && skip == 0
            && close - i - 1 <= 6
            && matches!(self.word(i + 1), "Le" | "La" | "Les")
            && self.toks.get(i + 2).is_some_and(|t| {
                t.kind == Kind::Word && t.shape == Shape::Cap
            })
            && self.listed_at(i + 2).is_none()
            && !self.proper_name(i + 2)
            && !self.given_name(i + 2)
            // `« Les Dumonceau ont vidé les caisses », accuse un
            // ouvrier`: an auxiliary or a negation makes a clause.
            && !(i + 3..close).any(|k| {
                matches!(
                    self.word(k),
                    "ont" | "sont" | "est" | "a" | "ne" | "n'" | "n’"
                        | "va" | "vont" | "était" | "étaient" | "avait"
                        | "avaient" | "sera" | "seront" | "doit" | "doivent"
                        | "peut" | "peuvent"
                )
            });
        // `« La Ligne de partage » (Actes Sud)`: a title and its
        // publisher, label or studio in brackets.
        let published = self.is_punct(close + 1, "(")
            && self.toks.get(close + 2).is_some_and(|t| {
                t.kind == Kind::Word && t.shape == Shape::Cap
            })
            && (close + 3..(close + 6).min(self.toks.len()))
                .find(|&k| self.toks[k].kind == Kind::Punct)
                .is_some_and(|k| self.is_punct(k, ")"));
        // `"Fight Music"`, `« Nosferatu »`: a short title of capitalised
        // words alone between quotes (a quotation is a clause, in lower
        // case after its first word).
        let short = close - i - 1 <= 4
            && (i + 1..close).all(|k| {
                let t = self.toks[k];
                t.kind == Kind::Elision
                    || t.kind == Kind::Word
                        && (t.shape != Shape::Lower
                            || self.fact(k, Fact::Function))
            })
            && !(i + 1..close).any(|k| self.given_name(k))
            && self.listed_at(i + 1 + skip).is_none()
            // `« Non », a répondu le ministre`, `« Jamais », a-t-il
            // ajouté`: a reply quoted before its speech verb.
            && !(self.is_punct(close + 1, ",") && {
                // The verb right after the comma, or after its auxiliary.
                let v = close
                    + 2
                    + usize::from(
                        close + 2 < self.toks.len()
                            && matches!(
                                self.word(close + 2),
                                "a" | "ont" | "avait" | "avaient"
                            ),
                    );
                v < self.toks.len()
                    && self.is_word(v)
                    && (self.fact(v, Fact::SpeechLower)
                        || self.word(v).contains("-t-"))
            });
        // `« Nocturne à Fourvière » et « Le Rhône en hiver »`: the next
        // title of a list of works.
        let listed = list
            && !(work || by || apposed || published || titled || short)
            && i >= 2
            && matches!(self.word(i - 1), "et" | "ou" | ",")
            && self.is_punct(i - 2, closing)
            && (i.saturating_sub(12)..i - 2)
                .rev()
                .find(|&k| {
                    self.is_punct(k, "«")
                        || self.is_punct(k, "\"")
                        || self.is_punct(k, "“")
                })
                .and_then(|open| self.quoted_title(open, false))
                == Some(i - 2);
        (work || by || apposed || published || titled || short || listed)
            .then_some(close)
    }

    /// Whether token `k` opens a unit or a count after a number (`2 %`,
    /// `2 euros`, `2 millions`): the number is no model's generation.
    fn unit_after(&self, k: usize) -> bool {
        k < self.toks.len()
            && !self.toks[k].line_before()
            && (matches!(self.word(k), "%" | "€" | "$" | "h" | "heures")
                || self.word(k).starts_with("euro")
                || self.word(k).starts_with("dollar")
                || self.word(k).starts_with("milli"))
    }

    /// Whether token `k` is a model's edition word (`Pro` in `iPhone 17
    /// Pro`), on the line of the model.
    #[inline]
    fn edition_at(&self, k: usize) -> bool {
        self.is_word(k)
            && !self.toks[k].line_before()
            && EDITION_WORDS.contains(self.word(k))
    }

    /// Whether a version's minor number starts at `last`, a full stop
    /// joined to a number of up to three digits (`.2` of `iOS 26.2`).
    fn minor_after(&self, last: usize) -> bool {
        self.is_punct(last, ".")
            && !self.toks[last].space_before()
            && last + 1 < self.toks.len()
            && !self.toks[last + 1].space_before()
            && self.toks[last + 1].shape == Shape::Digit
            && self.word(last + 1).len() <= 3
    }

    /// Whether a minor version follows the model number ending at `last`
    /// (`GPT-4` then `.5`): a full stop and one or two digits, unspaced.
    fn version_after(&self, last: usize) -> bool {
        let (dot, minor) = (last, last + 1);
        if last == 0 || minor >= self.toks.len() {
            return false;
        }
        // The full stop first: most names are followed by none.
        if !self.is_punct(dot, ".") || self.toks[dot].space_before() {
            return false;
        }
        let w = self.word(last - 1);
        w.contains('-')
            && w.ends_with(|c: char| c.is_ascii_digit())
            && self.is_word(minor)
            && !self.toks[minor].space_before()
            && self.word(minor).len() <= 2
            && self.word(minor).bytes().all(|b| b.is_ascii_digit())
    }

    /// Whether token `k` is a point of the compass (`Est`, `Nord-Ouest`).
    fn compass_at(&self, k: usize) -> bool {
        self.is_word(k)
            && matches!(
                self.word(k),
                "Nord"
                    | "Sud"
                    | "Est"
                    | "Ouest"
                    | "Nord-Est"
                    | "Nord-Ouest"
                    | "Sud-Est"
                    | "Sud-Ouest"
            )
    }

    /// Whether token `i` opens a team named by its town (`les Canadiens
    /// de Montréal`, `des Spurs de San Antonio`, `les Hawks d'Atlanta`):
    /// a plural capitalised word after a plural article, `de` or `d'` and
    /// a capitalised name, the word being no place itself (`les Alpes de
    /// Haute-Provence`).
    fn team_at(&mut self, i: usize) -> bool {
        // `les Lions de l'Atlas`: past the article of the place.
        let n = self.particles_at(i + 1).max(i + 2);
        i > 0
            && n < self.toks.len()
            && self.toks[i].shape == Shape::Cap
            && self.word(i).ends_with('s')
            && self.is_word(i - 1)
            && matches!(self.word(i - 1), "les" | "des" | "aux" | "Les")
            && (self.is_word(i + 1) && matches!(self.word(i + 1), "de" | "du")
                // `les Hawks d'Atlanta`.
                || self.toks[i + 1].kind == Kind::Elision
                    && matches!(self.word(i + 1), "d'" | "d’"))
            && !self.toks[n].line_before()
            && self.is_word(n)
            && self.toks[n].shape == Shape::Cap
            && self.name_word(n)
            && !self.proper_name(i)
            && !self.given_name(i)
            && {
                // A nickname no dictionary holds (`Spurs`), or a demonym
                // (`Canadiens`); not a common noun (`les Bancs de`).
                let w = self.word(i);
                !self.common(i)
                    || self.demonym(&w[..w.len() - 1])
                    || TEAM_NOUNS.contains(lower(w, &mut self.buf))
            }
    }

    /// The end of a team named by two colours from token `i` (`les
    /// Rouge et Noir`, `des Sang et Or`): capitalised colours joined by
    /// `et` after a plural article, on one line.
    fn colours_at(&mut self, i: usize) -> Option<usize> {
        let end = i + 3;
        // `les Jaunes et Noirs`: a colour in the plural too.
        let colour = |r: &mut Self, k: usize| {
            r.toks[k].shape == Shape::Cap && !r.toks[k].line_before() && {
                let w = lower(r.word(k), &mut r.buf);
                TEAM_COLOURS.contains(w)
                    || w.strip_suffix('s')
                        .is_some_and(|s| TEAM_COLOURS.contains(s))
            }
        };
        let team = i > 0
            && end <= self.toks.len()
            && self.is_word(i - 1)
            && matches!(
                self.word(i - 1),
                "les"
                    | "des"
                    | "aux"
                    | "Les"
                    | "Des"
                    | "Aux"
                    // `le Rouge et Noir d'Ottawa`: the club, singular.
                    | "le"
                    | "Le"
                    | "du"
                    | "au"
            )
            && colour(self, i)
            && self.word(i + 1) == "et"
            && !self.toks[i + 1].line_before()
            && colour(self, i + 2);
        if !team {
            return None;
        }
        // `d'Ottawa`: the town the club plays for, with its name.
        let town = end + 1 < self.toks.len()
            && !self.toks[end].line_before()
            && (self.toks[end].kind == Kind::Elision
                && self.word(end).starts_with('d')
                || self.is_word(end) && self.word(end) == "de")
            && self.is_word(end + 1)
            && self.toks[end + 1].shape == Shape::Cap
            && !self.toks[end + 1].line_before();
        Some(if town { end + 2 } else { end })
    }

    /// Whether `w`, lower-cased, is a nationality (`Argentin`).
    fn demonym(&mut self, w: &str) -> bool {
        DEMONYMS.contains(lower(w, &mut self.buf))
    }

    /// Whether the capitalised word at `i`, no table's nationality, has
    /// a demonym's form: an ending of one on a word that is no French
    /// word (`l'Argovien`, `le Tessinois`), or a compound whose last part
    /// is a listed nationality (`le Britanno-Colombien`).
    fn demonym_form(&mut self, i: usize) -> bool {
        let w = self.word(i);
        if let Some((_, last)) = rsplit_hyphen(w) {
            return !last.is_empty() && self.demonym(last);
        }
        let l = lower(w, &mut self.buf);
        // `le Lorientais Malo Kerhervé`: a town's people, though the
        // dictionary holds the word.
        TOWN_DEMONYMS.contains(l) || demonym_shaped(l) && !self.common(i)
    }

    /// Whether the capitalised word at `i` is a demonym used as a noun
    /// before the name of a person (`l'Argentin Messi`, `le Norvégien
    /// Casper Ruud`): after a singular article, a nationality, then a
    /// name on the same line.
    #[inline]
    fn demonym_at(&mut self, i: usize) -> bool {
        // Most tokens are no capitalised word.
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && t.shape == Shape::Cap)
            && self.cap_demonym_at(i)
    }

    /// Whether the capitalised word at `i` is a listed nationality used
    /// as a noun: after an adjective of rank or age and its article (`le
    /// premier Wallon`, `un jeune Belge`), after an indefinite article
    /// (`un Américain`), or after a definite one before an age (`La
    /// Française, 22 ans,`). `Le Canadien a battu Boston` names a club.
    fn lone_demonym(&mut self, i: usize) -> bool {
        let definite = singular_definite;
        let indefinite = |w: &str| matches!(w, "un" | "une" | "Un" | "Une");
        let before = self.word(i - 1);
        let ranked = i >= 2
            && matches!(
                before,
                "premier"
                    | "première"
                    | "dernier"
                    | "dernière"
                    | "seul"
                    | "seule"
                    | "jeune"
                    | "vieux"
                    | "vieil"
                    | "vieille"
            )
            && {
                let w = self.word(i - 2);
                definite(w) || indefinite(w)
            };
        let aged = definite(before)
            && self.is_punct(i + 1, ",")
            && self.toks.get(i + 2).is_some_and(|t| t.shape == Shape::Digit)
            && i + 3 < self.toks.len()
            && self.word(i + 3) == "ans";
        // `Premier Breton à s'imposer`: the rank opening the sentence.
        let ranked = ranked
            || matches!(
                before,
                "Premier"
                    | "Première"
                    | "Dernier"
                    | "Dernière"
                    | "Seul"
                    | "Seule"
            ) && self.toks[i - 1].initial();
        (ranked || indefinite(before) || aged) && self.demonym(self.word(i))
    }

    /// [`Reader::demonym_at`] past its first test.
    #[inline(never)]
    fn cap_demonym_at(&mut self, i: usize) -> bool {
        let n = i + 1;
        if i == 0
            || n >= self.toks.len()
            || self.toks[i].kind != Kind::Word
            || self.toks[i].shape != Shape::Cap
            || self.toks[n].line_before()
            || !self.is_word(n)
            || self.toks[n].shape != Shape::Cap
        {
            return false;
        }
        let w = self.word(i);
        let article = self.word(i - 1);
        if !singular_definite(article) {
            return false;
        }
        // `le Suisse Fabian Cancellara`: a nationality that is also a
        // feminine country's name, after a masculine article.
        let masculine =
            matches!(article, "le" | "Le" | "du" | "au") && self.demonym(w);
        (self.demonym(w) || self.demonym_form(i))
            && !self.given_name(i)
            && (masculine || !self.proper_name(i))
            && NAME_HEADS.get(w).is_none()
            && self.name_word(n)
            && (self.given_name(n)
                || !self.common(n)
                // `le Sénégalais Cheikh Ndour`: a first name that is
                // also a French word, before a surname; `le Belge Jasper
                // Van Roosbroeck`: before a surname's particle.
                || (n + 1 < self.toks.len()
                    && !self.toks[n + 1].line_before()
                    && self.is_word(n + 1)
                    && self.toks[n + 1].shape == Shape::Cap
                    && (!self.common(n + 1)
                        || self.particles_at(n + 1) > n + 1)))
            && (masculine || self.listed_at(i).is_none())
    }

    /// A public body's name opened by a lower-case head at `i`, as one
    /// past its last token: up to two adjectives or complements
    /// (`correctionnel`, `de commerce`, `d'appel`), the particles, the
    /// place or portfolio it serves and one adjective after a common
    /// word (`ministère de la Fonction publique`). `cour` and `conseil`
    /// need an adjective or complement.
    /// One past `contre`, its article, the lower-case noun and the
    /// adjective that follow `lutte` in a body's name (`de lutte contre
    /// la corruption`, `de lutte contre la délinquance financière`), when
    /// `contre` is at `k`.
    fn fight_against(&mut self, k: usize) -> Option<usize> {
        let word = |r: &Self, k: usize| {
            (k < r.toks.len() && !r.toks[k].line_before() && r.is_word(k))
                .then(|| r.word(k))
        };
        if word(self, k) != Some("contre") {
            return None;
        }
        let mut n = k + 1;
        if matches!(word(self, n), Some("la" | "le" | "les" | "l'" | "l’")) {
            n += 1;
        }
        if !(word(self, n).is_some()
            && self.toks[n].shape == Shape::Lower
            && self.common(n)
            && !self.fact(n, Fact::FunctionLower))
        {
            return None;
        }
        n += 1;
        // Its adjectives, joined by `et` (`financières et fiscales`).
        let adjectives = |r: &mut Self, mut n: usize| {
            while word(r, n).is_some()
                && r.toks[n].shape == Shape::Lower
                && adjective(r.word(n))
            {
                n += 1;
                if word(r, n) == Some("et")
                    && word(r, n + 1).is_some()
                    && r.toks[n + 1].shape == Shape::Lower
                    && adjective(r.word(n + 1))
                {
                    n += 1;
                }
            }
            n
        };
        n = adjectives(self, n);
        // `contre la corruption et les infractions financières`: a second
        // target with its article.
        if word(self, n) == Some("et")
            && matches!(
                word(self, n + 1),
                Some("la" | "le" | "les" | "l'" | "l’")
            )
            && word(self, n + 2).is_some()
            && self.toks[n + 2].shape == Shape::Lower
            && self.common(n + 2)
            && !self.fact(n + 2, Fact::FunctionLower)
        {
            n = adjectives(self, n + 3);
        }
        Some(n)
    }

    fn body_at(&mut self, i: usize) -> Option<usize> {
        // `la préfecture de la Marne a annoncé`: after its article, the
        // body (`Vannes, préfecture du Morbihan` is a town's rank, `dans
        // la préfecture d'Okinawa` a territory).
        let article = i > 0
            && matches!(self.word(i - 1), "la" | "La")
            && (i < 2 || self.word(i - 2) != "dans")
            && matches!(self.word(i), "préfecture" | "sous-préfecture");
        let needs_modifier = !article
            && matches!(
                self.word(i),
                "brigade"
                    | "chambre"
                    | "comité"
                    | "commission"
                    | "section"
                    | "cour"
                    | "conseil"
                    | "préfecture"
                    | "sous-préfecture"
                    | "communauté"
                    | "métropole"
            );
        // `centre hospitalier de Condom`, `centre pénitentiaire de
        // Fresnes`: of the many centres, those two kinds are bodies; so
        // are the regional or national agencies (`agence régionale de
        // santé`) and the inspectorate of a school district.
        let kind = |r: &Self, words: &[&str]| {
            r.is_word(i + 1) && words.contains(&r.word(i + 1))
        };
        let body = match self.word(i) {
            "centre" => kind(
                self,
                &["hospitalier", "pénitentiaire", "hospitalo-universitaire"],
            ),
            "agence" => {
                kind(self, &["régionale", "nationale", "départementale"])
            }
            // `la direction générale des Finances publiques`, `la
            // direction départementale des territoires`: a State service
            // by its public kind; not a company's management.
            "direction" => kind(
                self,
                &[
                    "générale",
                    "régionale",
                    "départementale",
                    "interdépartementale",
                    "interministérielle",
                    "interrégionale",
                ],
            ),
            // `la section de recherches de Grenoble`: the gendarmerie's
            // investigators, not a band's rhythm section.
            "section" => {
                kind(self, &["de"])
                    && self.is_word(i + 2)
                    && self.word(i + 2) == "recherches"
            }
            // `la brigade de gendarmerie d'Andapa`, `la brigade centrale
            // de lutte contre la corruption`: a police unit by its force
            // or its kind.
            "brigade" => {
                kind(self, &["de"])
                    && self.is_word(i + 2)
                    && matches!(self.word(i + 2), "recherches" | "gendarmerie")
                    || self.is_word(i + 1)
                        && self.toks[i + 1].shape == Shape::Lower
                        && adjective(self.word(i + 1))
            }
            // `le service départemental d'incendie et de secours des
            // Landes`, `le groupement de gendarmerie départementale du
            // Var`: the fire and police services of a département.
            "service" => kind(self, &["départemental"]),
            "groupement" => {
                kind(self, &["de"])
                    && self.is_word(i + 2)
                    && self.word(i + 2) == "gendarmerie"
            }
            // `l'inspection du travail de l'Isère`.
            "inspection" => {
                kind(self, &["académique"])
                    || kind(self, &["du"])
                        && self.is_word(i + 2)
                        && self.word(i + 2) == "travail"
            }
            // `l'équipe de Suisse`: a national side, named by its
            // country; not `une équipe de l'Inserm`.
            "équipe" => {
                kind(self, &["de", "d'", "d’"]) && self.listed_place(i + 2)
            }
            _ => true,
        };
        if !body {
            return None;
        }
        let mut k = i + 1;
        let mut modifiers = 0;
        // Whether the name holds `de lutte contre ...`.
        let mut fight = false;
        // `comité régional des pêches maritimes`: three at most.
        while modifiers < 3
            && k < self.toks.len()
            && !self.toks[k].line_before()
        {
            if self.is_word(k)
                && self.toks[k].shape == Shape::Lower
                && adjective(self.word(k))
            {
                k += 1;
                modifiers += 1;
                continue;
            }
            // `chambre de commerce et d'industrie`: complements joined
            // by `et`.
            let k0 =
                if modifiers > 0 && self.is_word(k) && self.word(k) == "et" {
                    k + 1
                } else {
                    k
                };
            let p = self.particles_at(k0);
            // `tribunal de première instance`: an ordinal or a size before
            // the complement's noun.
            let p = if (k0 + 1..=k0 + 3).contains(&p)
                && self.is_word(p)
                && matches!(self.word(p), "première" | "premier" | "grande")
                && self.is_word(p + 1)
                && !self.toks[p + 1].line_before()
                && self.toks[p + 1].shape == Shape::Lower
            {
                p + 1
            } else {
                p
            };
            if (k0 + 1..=k0 + 4).contains(&p)
                && self.is_word(p)
                && self.word(p) == "lutte"
                && let Some(end) = self.fight_against(p + 1)
            {
                k = end;
                modifiers += 1;
                fight = true;
                continue;
            }
            if (k0 + 1..=k0 + 4).contains(&p)
                && self.is_word(p)
                && !self.toks[p].line_before()
                && matches!(
                    self.word(p),
                    "commerce"
                        | "industrie"
                        | "artisanat"
                        | "comptes"
                        | "agriculture"
                        | "métiers"
                        | "appel"
                        | "assises"
                        | "police"
                        | "entreprise"
                        | "travail"
                        | "communes"
                        | "agglomération"
                        | "activités"
                        | "médecine"
                        | "pharmacie"
                        | "droit"
                        | "lettres"
                        | "santé"
                        | "ordre"
                        | "médecins"
                        | "avocats"
                        | "pharmaciens"
                        | "infirmiers"
                        | "pêches"
                        | "arrondissement"
                        | "instance"
                        | "recherches"
                        | "information"
                        | "incendie"
                        | "secours"
                        | "gendarmerie"
                        | "territoires"
                        | "affaires"
                        | "mer"
                )
            {
                k = p + 1;
                modifiers += 1;
                continue;
            }
            break;
        }
        if needs_modifier && modifiers == 0 {
            return None;
        }
        let p = self.particles_at(k);
        // `la préfecture de police`: Paris's, named by its function.
        let police = self.word(i) == "préfecture"
            && k == i + 3
            && self.word(k - 1) == "police";
        if police
            && !(p > k
                && p < self.toks.len()
                && self.is_word(p)
                && self.toks[p].shape == Shape::Cap)
        {
            return Some(k);
        }
        // `agence régionale de santé Auvergne-Rhône-Alpes`: an agency's
        // region named right after its name.
        if p == k
            && self.word(i) == "agence"
            && k < self.toks.len()
            && !self.toks[k].line_before()
            && let Some((e, entry)) = self.listed_at(k)
            && self.gaz.entry(entry).label == Label::Loc
        {
            return Some(e);
        }
        // `parquet national financier`: two adjectives name a body of
        // their own, with no place or portfolio after.
        // `direction régionale des affaires culturelles`: or three.
        if modifiers >= 2 && p == k && (!needs_modifier || fight) {
            return Some(k);
        }
        // `les syndicats ont saisi l'inspection du travail`: the
        // inspectorate needs no place.
        if self.word(i) == "inspection" && modifiers == 1 && p == k {
            return Some(k);
        }
        // `la communauté d'agglomération Béziers Méditerranée`: a
        // grouping of towns named right after its kind.
        if p == k
            && self.word(i) == "communauté"
            && modifiers >= 1
            && k < self.toks.len()
            && !self.toks[k].line_before()
            && self.is_word(k)
            && self.toks[k].shape == Shape::Cap
        {
            return Some(self.sequence_at(k).unwrap_or(k + 1).max(k + 1));
        }
        // `l'hôpital Lapeyronie`, `le CHU Jean-Minjoz`, `le lycée
        // Victor-Hugo`: an establishment named after a person or a place,
        // with no particle.
        let establishment = matches!(
            self.word(i),
            "hôpital" | "lycée" | "collège" | "clinique" | "école"
        );
        // `l'hôpital européen Georges-Pompidou`: past one adjective;
        // `l'université Paris-Saclay`, `le musée Marmottan Monet`.
        if p == k
            && (k == i + 1 || establishment && k == i + 2 && modifiers == 1)
            && (establishment
                || matches!(self.word(i), "CHU" | "université" | "musée"))
            && k < self.toks.len()
            && !self.toks[k].line_before()
            && self.is_word(k)
            && self.toks[k].shape == Shape::Cap
            && self.name_word(k)
            // `l'école Jules-Ferry`, named after a person; `l'école
            // Gobelins Paris` is the school's own name.
            && (self.word(i) != "école"
                || self.word(k).contains('-')
                || self.given_name(k))
        {
            let mut end = self.sequence_at(k).unwrap_or(k + 1).max(k + 1);
            // `l'université Rennes 2`, `l'université Lyon III`: the
            // number of a town's university is part of its name.
            if self.word(i) == "université"
                && end < self.toks.len()
                && !self.toks[end].line_before()
                && self.numbered_university(end)
            {
                end += 1;
                // `l'université Paris 1 Panthéon-Sorbonne`: and its name.
                if end < self.toks.len()
                    && !self.toks[end].line_before()
                    && self.is_word(end)
                    && self.toks[end].shape == Shape::Cap
                    && self.word(end).contains('-')
                {
                    end =
                        self.sequence_at(end).unwrap_or(end + 1).max(end + 1);
                }
            }
            // `l'université Mohammed V de Rabat`: a university named
            // after a person, and its town (`l'hôpital Laennec de
            // Quimper`, `le lycée Thiers de Marseille`: the town is
            // outside).
            let q = self.particles_at(end);
            if q == end + 1
                && self.word(i) == "université"
                && matches!(self.word(end), "de" | "d'" | "d’")
                && q < self.toks.len()
                && !self.toks[q].line_before()
                && let Some((e, entry)) = self.listed_at(q)
                && self.gaz.entry(entry).label == Label::Loc
            {
                return Some(e);
            }
            return Some(end);
        }
        // `l'hôpital de Sallanches`, `l'hôpital de la Cavale Blanche`: the
        // hospital of a town or a district is an institution; `l'hôpital
        // de Malte`, in a country, `un hôpital d'Oxford`, one of a town's,
        // and a school in a place are no name.
        let of_country = || {
            let q = self.particles_at(k);
            q > k && q < self.toks.len() && COUNTRIES.contains(self.word(q))
        };
        if establishment
            && (self.word(i) != "hôpital"
                || p == k
                || i == 0
                || !matches!(self.word(i - 1), "l'" | "l’" | "L'" | "L’")
                || of_country())
        {
            return None;
        }
        // `ministère des Armées`, `préfecture des Vosges` (a listed
        // place); not `parquet des Lakers`.
        let listed = match p < self.toks.len() {
            true => self.listed_at(p),
            false => None,
        };
        let listed_place =
            listed.filter(|&(_, e)| self.gaz.entry(e).label == Label::Loc);
        // `le comité scientifique de l'Agence européenne des
        // médicaments`: a committee of a body named, not a body of its
        // own.
        if self.word(i) == "comité"
            && listed
                .is_some_and(|(_, e)| self.gaz.entry(e).label != Label::Loc)
        {
            return None;
        }
        // `musée des Beaux-Arts`, `musée des Confluences`: a museum is
        // named after its collections.
        let plural = self.word(k) == "des"
            && !matches!(self.word(i), "ministère" | "musée" | "direction")
            && listed_place.is_none();
        if p == k
            || plural
            || p >= self.toks.len()
            || self.toks[p].line_before()
            || !self.is_word(p)
            || self.toks[p].shape != Shape::Cap
            || !self.name_word(p)
            || self.given_name(p)
        {
            return None;
        }
        // `la direction générale du Trésor`, of a portfolio, or of a
        // place; `la direction générale de Renault` is the firm's.
        if self.word(i) == "direction"
            && listed_place.is_none()
            && !self.common(p)
        {
            return None;
        }
        // `conseil régional du Grand Est`: a listed place whole.
        let end = match listed_place {
            Some((e, _)) => e,
            None => self.sequence_at(p).unwrap_or(p + 1).max(p + 1),
        };
        let adjective_after = end < self.toks.len()
            && !self.toks[end].line_before()
            && self.is_word(end)
            && self.toks[end].shape == Shape::Lower
            && self.common(end - 1)
            && adjective(self.word(end))
            // `le ministère de la Défense britannique`: the country's
            // adjective says whose body it is, outside its name (`des
            // Affaires européennes` is a portfolio's).
            && (!DEMONYMS.contains(self.word(end))
                || self.word(end).starts_with("europ"));
        let mut end = end + usize::from(adjective_after);
        // `musée des Beaux-Arts de Lyon`, `musée d'Art moderne de Paris`:
        // a museum or a university named after its field keeps the town
        // it serves.
        if matches!(self.word(i), "musée" | "université" | "faculté")
            && listed_place.is_none()
        {
            let q = self.particles_at(end);
            let of = q > end && matches!(self.word(end), "de" | "d'" | "d’");
            if of
                && q < self.toks.len()
                && !self.toks[q].line_before()
                && self.is_word(q)
                && self.toks[q].shape == Shape::Cap
                && let Some((e, entry)) = self.listed_at(q)
                && self.gaz.entry(entry).label == Label::Loc
            {
                end = e;
            }
        }
        // `ministère de l'Économie et des Finances`, `ministère de
        // l'Économie, de l'Innovation et de l'Énergie`: a ministry's
        // portfolios joined by `et` or a comma (four at most), each with
        // its `de`.
        if self.word(i) == "ministère" {
            for _ in 0..4 {
                let joined = end < self.toks.len()
                    && (self.is_word(end) && self.word(end) == "et"
                        || self.is_punct(end, ","));
                if !joined {
                    break;
                }
                let q = self.particles_at(end + 1);
                // Each portfolio with its `de` (`et la Cour des comptes`
                // is another body).
                let of = end + 1 < self.toks.len()
                    && (matches!(
                        self.word(end + 1),
                        "de" | "du" | "des" | "aux" | "au" | "à"
                    ) || self.toks[end + 1].kind == Kind::Elision
                        && self.word(end + 1).starts_with('d'));
                if q == end + 1
                    || !of
                    || q >= self.toks.len()
                    || self.toks[q].line_before()
                    || !self.is_word(q)
                    || self.toks[q].shape != Shape::Cap
                    || !self.name_word(q)
                {
                    break;
                }
                end = self.sequence_at(q).unwrap_or(q + 1).max(q + 1);
                // `et des Affaires étrangères`: a portfolio's adjective.
                if end < self.toks.len()
                    && !self.toks[end].line_before()
                    && self.is_word(end)
                    && self.toks[end].shape == Shape::Lower
                    && self.common(end - 1)
                    && (adjective(self.word(end))
                        || self.word(end).ends_with("ères"))
                {
                    end += 1;
                }
            }
            // `ministère des Affaires étrangères du Qatar`: a foreign
            // ministry keeps the listed country it serves.
            let q = self.particles_at(end);
            if q > end
                && q < self.toks.len()
                && matches!(self.word(end), "du" | "de" | "d'" | "d’")
                && !self.toks[q].line_before()
                && self.is_word(q)
                && self.toks[q].shape == Shape::Cap
                && let Some((e, entry)) = self.listed_at(q)
                && self.gaz.entry(entry).label == Label::Loc
                && COUNTRIES.contains(self.word(q))
            {
                end = e;
            }
        }
        Some(end)
    }

    /// Whether an abbreviated title (`M.`, `Mme`, `Mlle`, `Mgr`, `Me`)
    /// stands just before token `i`.
    fn title_abbreviation_before(&self, i: usize) -> bool {
        if i >= 2 && self.is_punct(i - 1, ".") {
            return matches!(self.word(i - 2), "M" | "MM");
        }
        matches!(self.word(i - 1), "Mme" | "Mlle" | "Mgr" | "Me" | "Mmes")
    }

    /// Whether a surname follows at `k`, on the same line (`Kasbarian`,
    /// `Le Maire` after its particle).
    fn person_follows(&mut self, k: usize) -> bool {
        if k >= self.toks.len() || self.toks[k].line_before() {
            return false;
        }
        let after = self.particles_at(k);
        // After a particle any capitalised word (`Le Maire`).
        // `Harbor Lane Capital`: a company's word is no surname.
        after < self.toks.len()
            && !self.toks[after].line_before()
            && self.is_word(after)
            && self.toks[after].shape == Shape::Cap
            && (after > k || self.name_word(after) && !self.suffix_at(after))
    }

    /// Whether token `j` is a company suffix (`SA`, `Inc`, `S.A.`), or a
    /// word that ends on one after its own capital (`AeroSystems`,
    /// `OpenAI`).
    fn suffix_at(&self, j: usize) -> bool {
        self.is_word(j)
            && (ORG_SUFFIXES.contains(self.word(j))
                || camel_tail(self.word(j))
                    .is_some_and(|t| t.len() >= 2 && ORG_SUFFIXES.contains(t)))
    }

    /// One past a suffix at `j`, with its full stop when the table lists
    /// it so (`Inc.`) and a word follows on the same sentence.
    /// At the end of a sentence (`Lexiphon Ltd. Les investisseurs`), the
    /// full stop is the sentence's.
    fn suffix_end(&self, j: usize) -> usize {
        // Not before a second suffix (`Fishing Co. Ltd`).
        let ends_sentence = self.toks.get(j + 2).is_none_or(|t| {
            t.line_before()
                || t.kind == Kind::Word
                    && matches!(t.shape, Shape::Cap | Shape::Upper)
                    && !self.suffix_at(j + 2)
        });
        if self.is_punct(j + 1, ".")
            && !self.toks[j + 1].space_before()
            && !ends_sentence
        {
            let with_dot = &self.text[(self.toks[j].start as usize)
                ..(self.toks[j + 1].end as usize)];
            if ORG_SUFFIXES.contains(with_dot) {
                return j + 2;
            }
        }
        j + 1
    }

    /// One past a legal form spelled letter by letter with full stops
    /// from `j` (`N.V.`, `S.A.`, `S.p.A.`), when the table lists it.
    fn dotted_suffix_end(&self, j: usize) -> Option<usize> {
        let mut k = j;
        while k + 1 < self.toks.len()
            && k < j + 8
            && self.is_word(k)
            && self.word(k).len() <= 2
            && (k == j || !self.toks[k].space_before())
            && self.is_punct(k + 1, ".")
            && !self.toks[k + 1].space_before()
        {
            k += 2;
        }
        (k >= j + 4).then_some(())?;
        let spelled = &self.text
            [(self.toks[j].start as usize)..(self.toks[k - 1].end as usize)];
        ORG_SUFFIXES.contains(spelled).then_some(k)
    }

    /// Whether `Grand Prix` (or `Grand prix`) opens at `i`: a race's or
    /// an award's name.
    fn grand_prix_at(&self, i: usize) -> bool {
        self.word(i) == "Grand"
            && self.is_word(i + 1)
            && matches!(self.word(i + 1), "Prix" | "prix")
    }

    /// Whether `Port autonome` opens at `i`: a port's authority, a body.
    fn port_authority_at(&self, i: usize) -> bool {
        self.word(i) == "Port"
            && self.is_word(i + 1)
            && self.word(i + 1) == "autonome"
    }

    /// One past the particles starting at `j` (`de`, `d'`, `von der`,
    /// `de la`), or `j` if there is none.
    fn particles_at(&self, j: usize) -> usize {
        let mut k = j;
        while k < self.toks.len() && k < j + 2 {
            let t = self.toks[k];
            let w = self.word(k);
            let p = match t.kind {
                Kind::Elision => {
                    let base = w.trim_end_matches(['\'', '’']);
                    base.eq_ignore_ascii_case("d")
                        || base.eq_ignore_ascii_case("l")
                }
                // `Marine Le Pen`: a capitalised particle too.
                Kind::Word => match t.shape {
                    Shape::Lower => NAME_PARTICLES.contains(w),
                    Shape::Cap => {
                        w.len() <= 4
                            && w.is_ascii()
                            && NAME_PARTICLES
                                .contains(short_lower(w, &mut [0; 4]))
                    }
                    _ => false,
                },
                Kind::Punct => false,
            };
            if !p {
                break;
            }
            k += 1;
        }
        k
    }

    /// The first token of the name at `i` with the particles between it
    /// and an abbreviated title: `Mme de Verneuil`, `M. van der Linden`,
    /// `Me d'Ornano` (the particle is the name's, the title is not); `i`
    /// when no such title stands before.
    fn title_particles(&self, i: usize) -> usize {
        for s in [i.saturating_sub(1), i.saturating_sub(2)] {
            if s == 0 || s == i || self.particles_at(s) != i {
                continue;
            }
            // A capitalised particle is read with the name already.
            if (s..i).any(|k| {
                self.toks[k].kind == Kind::Word
                    && self.toks[k].shape != Shape::Lower
            }) {
                return i;
            }
            if self.civil_title_ends_at(s - 1) {
                return s;
            }
        }
        i
    }

    /// Whether an abbreviated civil title ends at token `e`: `Mme`, `Me`,
    /// or `M.` and `MM.` with their full stop.
    fn civil_title_ends_at(&self, e: usize) -> bool {
        if self.is_punct(e, ".") {
            e > 0
                && self.is_word(e - 1)
                && CIVIL_TITLES.contains(&self.word(e - 1))
        } else {
            self.is_word(e)
                && CIVIL_TITLES.contains(&self.word(e))
                && !matches!(self.word(e), "M" | "MM")
        }
    }

    /// Whether the word before token `i` is a naming verb (`appelé`).
    fn naming_verb_before(&mut self, i: usize) -> bool {
        i > 0 && self.is_word(i - 1) && self.fact(i - 1, Fact::Naming)
    }

    /// The label given by an apposition starting at token `j`:
    /// `, une société de…`, `, son patron`, `, patron de…`.
    /// Whether the describing noun at `k` introduces the name right
    /// after it, past lower-case words that are no complement of a noun
    /// (`À Argentan, le négociant en bestiaux Lebrun et Fils`): the noun
    /// is that name's, not the name before the comma's; not past `chez`
    /// (`Mei-Ling Tan, analyste chez Bernstein`: the employer).
    fn names_next(&self, k: usize) -> bool {
        let mut m = k + 1;
        while m < self.toks.len()
            && m <= k + 3
            && self.is_word(m)
            && self.toks[m].shape == Shape::Lower
            && !matches!(
                self.word(m),
                "de" | "du"
                    | "des"
                    | "d'"
                    | "d’"
                    | "à"
                    | "au"
                    | "aux"
                    | "chez"
            )
        {
            m += 1;
        }
        m < self.toks.len()
            && self.is_word(m)
            && self.toks[m].shape == Shape::Cap
            && !self.toks[m].line_before()
    }

    fn apposition_after(&mut self, j: usize) -> Option<Label> {
        if !self.is_punct(j, ",") {
            return None;
        }
        // `Romain Grégoire, de l'équipe Groupama-FDJ`: a member of what
        // the noun describes, not that thing; `X, dans le massif`: a
        // complement, not an apposition.
        if j + 1 < self.toks.len() {
            let w = self.word(j + 1);
            if matches!(
                w,
                "de" | "du"
                    | "des"
                    | "d'"
                    | "d’"
                    | "dans"
                    | "à"
                    | "au"
                    | "aux"
                    | "en"
                    | "sur"
                    | "pour"
                    | "avec"
                    | "par"
                    | "chez"
                    | "vers"
                    | "contre"
                    | "sous"
                    | "depuis"
                    | "après"
                    | "avant"
                    | "entre"
                    // `DeepSeek, dont le modèle`: a relative clause.
                    | "dont"
                    | "qui"
                    | "que"
                    | "où"
                    // `Le patron, Paul Arnaud, est parti`: a verb after
                    // an incise, not an apposition.
                    | "est"
                    | "sont"
                    | "était"
                    | "a"
                    | "ont"
                    | "avait"
                    // `X, patron de Sonaca, devient président`: a verb
                    // and its attribute close the incise; no apposition
                    // describes the name before the comma.
                    | "devient"
                    | "deviendra"
                    | "redevient"
                    | "sera"
                    | "reste"
                    | "restera"
                    | "demeure"
            ) {
                return None;
            }
        }
        // `Fondé en 2019 à Pittsburgh, le groupe détient`: the comma
        // closes a participle clause opening the sentence; the noun after
        // it is the subject.
        // So too any participle with its complement (`Dirigé par X, le
        // laboratoire emploie`).
        // Past the incises of the clause when a definite article follows
        // (`Fondée par A, une ancienne de Jumia, et B, la start-up`).
        let definite = j + 1 < self.toks.len()
            && matches!(self.word(j + 1), "le" | "la" | "l'" | "l’");
        if let Some(open) = (j.saturating_sub(if definite { 24 } else { 12 })
            ..j)
            .rev()
            .find(|&k| self.toks[k].initial())
            && self.is_word(open)
            && (definite || (open + 1..j).all(|k| !self.is_punct(k, ",")))
            && (ORG_PARTICIPLES
                .contains(lower(self.word(open), &mut self.buf))
                || ends_with_any(
                    &self.buf,
                    &const { endings(["é", "ée", "és", "ées"]) },
                ) && open + 1 < j
                    && matches!(
                        self.word(open + 1),
                        "par" | "en" | "à" | "au" | "dans" | "depuis"
                    ))
        {
            return None;
        }
        // `Peni Vakaloa, 26 ans,`: an age is a person's.
        if j + 2 < self.toks.len()
            && self.toks[j + 1].shape == Shape::Digit
            && self.word(j + 1).len() <= 3
            && self.word(j + 1).parse::<u32>().is_ok_and(|n| n < 120)
            && matches!(self.word(j + 2), "ans" | "an")
            && (j + 3 >= self.toks.len()
                || self.toks[j + 3].kind == Kind::Punct)
        {
            return Some(Label::Per);
        }
        // A determiner, then at most one adjective before the noun.
        for k in (j + 1..self.toks.len()).take(3) {
            let t = self.toks[k];
            // `Autour du lac Kivu, les organisations humanitaires
            // alertent`: a plural noun phrase opens the clause; it
            // describes no single name.
            if k == j + 1
                && matches!(self.word(k), "les" | "des" | "ces" | "leurs")
            {
                return None;
            }
            // `Théo Mandeville, dirige les opérations`: a word before a
            // determiner is a verb, no part of a noun phrase; so is one
            // before `que` (`Gilles Kepel, montre qu'il`).
            if t.kind == Kind::Word
                && t.shape == Shape::Lower
                && !is_determiner(self.word(k))
                && self.toks.get(k + 1).is_some_and(|n| {
                    n.kind != Kind::Punct
                        && matches!(
                            &self.text[n.range()],
                            "les"
                                | "le"
                                | "la"
                                | "l'"
                                | "l’"
                                | "un"
                                | "une"
                                | "que"
                                | "qu'"
                                | "qu’"
                        )
                })
            {
                return None;
            }
            // `Gaza, l'Organisation mondiale`: a name, not a noun.
            if t.kind == Kind::Punct
                || t.kind == Kind::Word && t.shape == Shape::Cap
            {
                return None;
            }
            // `Soubré, premier bassin du pays`: an ordinal before a noun
            // is its adjective, not the noun (`premier` of a premier).
            let ordinal = matches!(
                self.word(k),
                "premier"
                    | "première"
                    | "dernier"
                    | "dernière"
                    | "second"
                    | "seconde"
            ) || self.word(k).ends_with("ième");
            if ordinal
                && self.is_word(k + 1)
                && self.toks[k + 1].shape == Shape::Lower
            {
                continue;
            }
            // `délégué CGT d'Aérocentre, ce plan sacrifie l'atelier`: a
            // plan after a name opens a clause of its own; it names the
            // thing after it (`le plan Orsec`), never one before.
            if self.word(k) == "plan" {
                return None;
            }
            if let Some(l) = self.noun_at(k) {
                // `Selon Oddo, le prix est élevé`: a noun followed by a
                // verb opens the main clause, not an apposition.
                // `analyste chez Vontobel, le prix « n'a rien ... »`:
                // a noun before the marks opens the quote's clause.
                let opens_quote = k + 1 < self.toks.len()
                    && matches!(self.word(k + 1), "«" | "\"" | "“");
                let verb = opens_quote
                    || k + 1 < self.toks.len()
                        && self.is_word(k + 1)
                        && matches!(
                            self.word(k + 1),
                            "est"
                                | "sont"
                                | "a"
                                | "ont"
                                | "sera"
                                | "seront"
                                | "serait"
                                | "était"
                                | "avait"
                                | "reste"
                                | "restent"
                                | "devrait"
                                | "pourrait"
                                | "va"
                                | "vont"
                                // `chez X, le prix représente`: a
                                // present tense after the noun.
                                | "représente"
                                | "semble"
                                | "paraît"
                                | "demeure"
                                | "atteint"
                                | "dépasse"
                                | "doit"
                                | "peut"
                                | "vaut"
                                | "coûte"
                                | "pèse"
                                | "vise"
                                | "permet"
                                | "montre"
                                | "devient"
                        );
                // `Hervé Castaing, cité dans le communiqué`: a bare word
                // that a complement of place or agent follows is a past
                // participle, not a describing noun.
                let participle = k == j + 1
                    && k + 1 < self.toks.len()
                    && (matches!(self.word(k + 1), "dans" | "par" | "lors")
                        || self.moved(k));
                return (!verb && !participle && !self.names_next(k))
                    .then_some(l);
            }
            // `Casper Ruud, tête de série`: past `de` comes the
            // complement of a noun already read, not the head noun; so
            // past another preposition (`Ibrahima Sow, consultant au
            // cabinet X`: the firm's noun, not the person's).
            if t.kind == Kind::Word
                && t.shape != Shape::Lower
                && t.shape != Shape::Digit
                || matches!(
                    self.word(k),
                    "de" | "du"
                        | "des"
                        | "d'"
                        | "d’"
                        | "à"
                        | "au"
                        | "aux"
                        | "chez"
                        | "dans"
                        | "en"
                        | "pour"
                        | "sur"
                        | "par"
                )
            {
                return None;
            }
        }
        None
    }

    /// Whether a comma at `j` opens a larger place the name lies in:
    /// `, en Dordogne`, `, dans le Tarn`, `, dans l'Eure` (a capitalised
    /// word right after).
    fn located_after(&self, j: usize) -> bool {
        if !self.is_punct(j, ",") || j + 2 >= self.toks.len() {
            return false;
        }
        let mut k = j + 1;
        match self.word(k) {
            "en" => {}
            "dans" => {
                k += 1;
                if !matches!(self.word(k), "le" | "la" | "les" | "l'" | "l’")
                {
                    return false;
                }
            }
            _ => return false,
        }
        k += 1;
        k < self.toks.len()
            && self.toks[k].kind == Kind::Word
            && self.toks[k].shape == Shape::Cap
    }

    /// Whether the word at `k` is `parti` or `partie`, the participle of
    /// `partir`, and not the noun of a party: a place, a destination or
    /// an infinitive follows (`Didier Fauvel, parti au Qatar`, `parti
    /// diriger le club`), where the noun takes an adjective or `de`
    /// (`-ier` words are adjectives: `parti ouvrier`).
    fn moved(&self, k: usize) -> bool {
        if !matches!(self.word(k), "parti" | "partie" | "partis" | "parties")
            || k + 1 >= self.toks.len()
            || !self.is_word(k + 1)
        {
            return false;
        }
        let next = self.word(k + 1);
        matches!(
            next,
            "à" | "au" | "aux" | "en" | "pour" | "chez" | "vers" | "rejoindre"
        ) || self.toks[k + 1].shape == Shape::Lower
            && (next.ends_with("er") && !next.ends_with("ier")
                || next.ends_with("ir"))
            && next.len() > 4
    }

    /// The label the describing noun at token `k` gives, if it is one.
    /// Whether the noun at `k` is the complement of a noun before it
    /// through `de la`, `de l'`, `du` or `des` (`spécialiste de la
    /// trottinette`, `leader du drone`): the field a maker works in.
    fn field_noun(&mut self, k: usize) -> bool {
        let w = |r: &Self, j: usize| if j < k { r.word(j) } else { "" };
        let head = if k >= 2 && matches!(w(self, k - 1), "du" | "des") {
            k - 2
        } else if k >= 3
            && matches!(w(self, k - 1), "la" | "l'" | "l’")
            && matches!(w(self, k - 2), "de")
        {
            k - 3
        } else {
            return false;
        };
        // A maker's noun before (`spécialiste`, `fabricant`), not an
        // event's (`le lancement du satellite Galileo`).
        matches!(
            self.word(head),
            "spécialiste"
                | "leader"
                | "pionnier"
                | "champion"
                | "numéro"
                | "loueur"
        ) || self.is_word(head)
            && self.toks[head].shape == Shape::Lower
            && self.noun_at(head) == Some(Label::Org)
    }

    /// The last word of window tokens `first..last`, and whether it has
    /// another before it (no list is built: this runs for every
    /// candidate).
    fn last_word(&self, first: usize, last: usize) -> Option<(usize, bool)> {
        let mut back =
            (first..last).rev().filter(|&k| self.toks[k].kind == Kind::Word);
        let lastw = back.next()?;
        Some((lastw, back.next().is_some()))
    }

    /// Whether the lower-case word `k` after `et de la` names another
    /// body or place (`de l'Agence française de développement et de la
    /// banque allemande KfW`, `et de la région`), not a second field of
    /// the same one (`Conseil du coton et de l'anacarde`).
    fn another_body(&mut self, k: usize) -> bool {
        matches!(self.noun_at(k), Some(Label::Org | Label::Loc))
    }

    fn noun_at(&mut self, k: usize) -> Option<Label> {
        // `se montre prudent`, `il porte`: after a clitic pronoun, the
        // word is a verb.
        if k > 0
            && matches!(
                self.word(k - 1),
                "se" | "s'" | "s’" | "il" | "elle" | "on" | "ne" | "n'" | "n’"
            )
        {
            return None;
        }
        self.fact_label(k, Fact::NounLower)
    }

    /// Whether word `i` is a title or role (`M.`, `Mme`, `président`).
    fn title_at(&mut self, i: usize) -> bool {
        let t = self.toks[i];
        if t.kind != Kind::Word {
            return false;
        }
        let w = self.word(i);
        if self.is_punct(i + 1, ".") {
            let dotted = &self.text
                [(t.start as usize)..(self.toks[i + 1].end as usize)];
            if PERSON_TITLES.contains(dotted) {
                return true;
            }
        }
        let id = self.row(i);
        self.facts.is(id, w, Fact::Title)
            || t.shape != Shape::Lower
                && self.facts.is(id, w, Fact::TitleLower)
    }

    /// Whether word `k`, after a listed firm, names its division: a
    /// capitalised common noun (`Réseau`, `Voyageurs`, `Immobilier`), no
    /// day, grammatical word, given name or proper name, and no
    /// capitalised word after it.
    fn division_at(&mut self, k: usize) -> bool {
        self.is_word(k)
            && self.toks[k].shape == Shape::Cap
            && !self.toks[k].line_before()
            && !(k + 1 < self.toks.len()
                && self.is_word(k + 1)
                && !self.toks[k + 1].line_before()
                && matches!(self.toks[k + 1].shape, Shape::Cap | Shape::Upper))
            && !matches!(
                self.word(k),
                "Lundi"
                    | "Mardi"
                    | "Mercredi"
                    | "Jeudi"
                    | "Vendredi"
                    | "Samedi"
                    | "Dimanche"
            )
            && self.common(k)
            && !self.fact(k, Fact::FunctionLower)
            && !self.given_name(k)
            && !self.proper_name(k)
    }

    /// The end of a firm's name that goes on from `k` with partners'
    /// names after commas and a last one after `&` (`Keefe, Bruyette &
    /// Woods`), one capitalised word each.
    fn partners_after(&self, k: usize) -> Option<usize> {
        let cap = |r: &Self, j: usize| {
            r.is_word(j)
                && !r.toks[j].line_before()
                && r.toks[j].shape == Shape::Cap
        };
        let mut j = k;
        while j + 1 < self.toks.len()
            && self.is_punct(j, ",")
            && cap(self, j + 1)
        {
            j += 2;
        }
        (j > k
            && j + 1 < self.toks.len()
            && self.word(j) == "&"
            && cap(self, j + 1))
        .then_some(j + 2)
    }

    /// Whether the town at `first..last` opens a clause and its verb
    /// follows: at the start of a sentence or a line, after a colon or
    /// `que`, then an auxiliary, a modal, a pronoun or a negation (`Caen
    /// a déjà écartée`, `Lens s'est renseigné`, `Rennes pourrait`), past
    /// an incise of contrast (`Nice, de son côté, privilégie`).
    fn town_acts(&self, first: usize, last: usize) -> bool {
        let opens = first == 0
            || self.toks[first].line_before()
            || [".", ":", ";", "!", "?"]
                .iter()
                .any(|p| self.is_punct(first - 1, p))
            || self.is_word(first - 1)
                && matches!(self.word(first - 1), "que" | "qu'" | "qu’");
        if !opens {
            return false;
        }
        let word = |j: usize| {
            (j < self.toks.len() && !self.toks[j].line_before())
                .then(|| self.word(j))
        };
        let mut j = last;
        // `, de son côté,`, `, pour sa part,`, `, lui,`.
        if self.is_punct(j, ",") {
            let incise = match (word(j + 1), word(j + 2), word(j + 3)) {
                (Some("de"), Some("son"), Some("côté")) => 4,
                (Some("pour"), Some("sa"), Some("part")) => 4,
                (Some("lui" | "elle"), _, _) => 2,
                _ => return false,
            };
            j += incise;
            if !self.is_punct(j, ",") {
                return false;
            }
            // Past the incise, the verb.
            return j + 1 < self.toks.len()
                && !self.toks[j + 1].line_before()
                && self.is_word(j + 1)
                && self.toks[j + 1].shape == Shape::Lower;
        }
        word(j).is_some_and(|w| {
            auxiliary(w)
                || matches!(
                    w,
                    "aura"
                        | "souhaite"
                        | "compte"
                        | "tient"
                        | "vient"
                        | "reste"
                        | "s'"
                        | "s’"
                        | "se"
                        | "n'"
                        | "n’"
                        | "ne"
                        | "l'"
                        | "l’"
                        | "lui"
                        | "y"
                )
        })
    }

    /// Whether the words from `k` say what a team does in a match or a
    /// standing, in a match report (`a décroché sa qualification`, `a
    /// perdu`, `compte cinq points d'avance`).
    /// Whether the words before the town at `first` make it a rival in
    /// a match report: `contre Lens`, `face à Lens`, `le match nul à
    /// Lens`, `sur la pelouse de Monaco`, `à égalité avec Clermont`,
    /// `la rencontre entre Montpellier et Pau`.
    fn rival_before(&self, first: usize) -> bool {
        // `contre la Suède`, `face au Japon`: a country's team, past its
        // article.
        let first = match first.checked_sub(1).map(|k| self.word(k)) {
            Some("la" | "le" | "l'" | "l’")
                if first >= 2
                    && matches!(self.word(first - 2), "contre" | "à") =>
            {
                first - 1
            }
            _ => first,
        };
        let w = |k: usize| (k < first).then(|| self.word(k));
        first >= 1
            && (w(first - 1) == Some("contre")
                || first >= 2
                    && matches!(w(first - 1), Some("de" | "du"))
                    && w(first - 2) == Some("pelouse")
                || first >= 2
                    && matches!(w(first - 1), Some("à" | "au"))
                    && matches!(w(first - 2), Some("face" | "nul"))
                || first >= 3
                    && w(first - 1) == Some("avec")
                    && w(first - 2) == Some("égalité")
                    && w(first - 3) == Some("à")
                || first >= 2
                    && w(first - 1) == Some("entre")
                    && matches!(
                        w(first - 2),
                        Some(
                            "rencontre"
                                | "match"
                                | "duel"
                                | "derby"
                                | "choc"
                                | "affiche"
                        )
                    ))
    }

    fn played_after(&self, k: usize) -> bool {
        let word = |j: usize| {
            (j < self.toks.len() && !self.toks[j].line_before())
                .then(|| self.word(j))
        };
        // The first words of the phrases below, told by a sketch first:
        // most names are followed by none of them.
        const FIRSTS: &[&str] = &[
            "a", "avait", "menait", "mène", ",", "compte", "comptait",
            "possède", "s'", "s’", "l'", "l’", "remonte", "grimpe", "recule",
            "glisse", "chute", "occupe", "pointe",
        ];
        static FIRSTS_SKETCH: std::sync::LazyLock<Sketch> =
            std::sync::LazyLock::new(|| Sketch::new(FIRSTS.iter().copied()));
        if !word(k).is_some_and(|w| FIRSTS_SKETCH.may_hold(w.as_bytes())) {
            return false;
        }
        match (word(k), word(k + 1), word(k + 2)) {
            // `Toulon a été surpris par la Section paloise`, `Brest a été
            // tenu en échec`.
            (Some("a" | "avait"), Some("été"), Some(v)) => matches!(
                v,
                "battu"
                    | "battue"
                    | "surpris"
                    | "surprise"
                    | "dominé"
                    | "dominée"
                    | "éliminé"
                    | "éliminée"
                    | "accroché"
                    | "accrochée"
                    | "tenu"
                    | "tenue"
                    | "renversé"
                    | "renversée"
            ),
            (Some("a" | "avait"), Some(v), _) => matches!(
                v,
                "remporté"
                    | "décroché"
                    | "arraché"
                    | "gagné"
                    | "perdu"
                    | "enchaîné"
                    | "mené"
                    | "égalisé"
                    | "signé"
                    | "marqué"
                    | "inscrit"
                    | "battu"
                    | "dominé"
                    | "concédé"
                    | "renversé"
                    | "surclassé"
                    | "étrillé"
            ),
            // `La Rochelle s'est relancé en battant Bayonne`, `Castres
            // s'est incliné`.
            (Some("s'" | "s’"), Some("est"), Some(v)) => matches!(
                v,
                "imposé"
                    | "imposée"
                    | "incliné"
                    | "inclinée"
                    | "relancé"
                    | "relancée"
                    | "qualifié"
                    | "qualifiée"
                    | "rassuré"
                    | "rassurée"
            ),
            // `Clermont l'a emporté contre Castres`.
            (Some("l'" | "l’"), Some("a" | "avait"), Some("emporté")) => {
                true
            }
            // `Clermont menait 13-10 à la pause`, `Lens mène au score`.
            (Some("menait" | "mène"), Some(n), _) => {
                n.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(n, "au" | "pourtant" | "alors" | "encore")
            }
            // A standing: `10. Perpignan, 41 pts ;`.
            (Some(","), Some(n), Some("pts" | "points")) => {
                n.bytes().all(|b| b.is_ascii_digit())
            }
            // `Castres remonte à la cinquième place`, `Pau occupe le 12e
            // rang`: a place in the standings.
            (
                Some(
                    "remonte" | "grimpe" | "recule" | "glisse" | "chute"
                    | "occupe" | "pointe",
                ),
                Some(_),
                _,
            ) => (k + 1..k + 5).any(|j| {
                matches!(word(j), Some("place" | "rang" | "position"))
            }),
            (Some("compte" | "comptait" | "possède"), Some(n), Some(p)) => {
                (n.bytes().all(|b| b.is_ascii_digit())
                    || matches!(
                        n,
                        "un" | "deux" | "trois" | "quatre" | "cinq" | "six"
                    ))
                    && matches!(p, "points" | "point" | "longueurs")
            }
            _ => false,
        }
    }

    /// Whether the words from `k` report a match result whose subject is
    /// the name before (`a battu`, `s'est imposé`, `a concédé le match
    /// nul`): only a team plays a match.
    fn match_result(&self, k: usize) -> bool {
        let word = |j: usize| {
            (j < self.toks.len() && !self.toks[j].line_before())
                .then(|| self.word(j))
        };
        // The first words of the results below: most names are followed
        // by none of them, which a sketch tells before any is compared.
        const FIRSTS: &[&str] = &[
            "qui",
            "a",
            "avait",
            "battu",
            "battue",
            "éliminé",
            "éliminée",
            "dominé",
            "et",
            "se",
            "s'",
            "s’",
            "fait",
            "bat",
            "domine",
            "élimine",
            "étrille",
            "renverse",
            "humilie",
            "surclasse",
            "écrase",
            "terrasse",
            "surprend",
        ];
        static FIRSTS_SKETCH: std::sync::LazyLock<Sketch> =
            std::sync::LazyLock::new(|| Sketch::new(FIRSTS.iter().copied()));
        if !word(k).is_some_and(|w| FIRSTS_SKETCH.may_hold(w.as_bytes())) {
            return false;
        }
        // `Dakar s'impose comme une place financière`, `s'est imposé
        // comme le leader`: a place or a firm that establishes itself.
        let as_what = |j: usize| word(j) == Some("comme");
        // `c'est Castres qui a battu Toulon`: the verb of a relative
        // clause.
        if matches!(word(k), Some("qui")) {
            return self.match_result(k + 1);
        }
        match (word(k), word(k + 1), word(k + 2)) {
            // `Rennes a fait tomber Marseille`.
            (Some("a"), Some("fait"), Some("tomber" | "chuter")) => {
                word(k + 3).is_some_and(|n| n.starts_with(char::is_uppercase))
            }
            // `Le Havre a encore sombré`.
            (Some("a" | "avait"), Some("encore"), Some("sombré")) => true,
            // `Toulon battu par Pau`, `Lens, éliminé par Rennes`.
            (
                Some("battu" | "battue" | "éliminé" | "éliminée" | "dominé"),
                Some("par"),
                Some(n),
            ) => n.starts_with(char::is_uppercase),
            // `Lille et Rennes se sont neutralisés (1-1)`: the first of
            // two towns that draw.
            (Some("et"), Some(_), Some("se"))
                if word(k + 3) == Some("sont")
                    && word(k + 4) == Some("neutralisés")
                    && self.toks[k + 1].shape == Shape::Cap =>
            {
                true
            }
            (Some("se"), Some("sont"), Some("neutralisés")) => true,
            (Some("a" | "avait"), Some(v), _) => matches!(
                v,
                "battu"
                    | "sombré"
                    | "dominé"
                    | "éliminé"
                    | "concédé"
                    | "étrillé"
                    | "corrigé"
                    | "renversé"
                    | "humilié"
                    | "balayé"
                    | "écrasé"
                    | "surclassé"
                    | "terrassé"
                    | "foudroyé"
                    | "piégé"
                    | "dompté"
                    | "puni"
            ),
            (Some("s'" | "s’"), Some("est" | "était"), Some(v)) => {
                matches!(
                    v,
                    "imposé"
                        | "imposée"
                        | "incliné"
                        | "inclinée"
                        | "qualifié"
                        | "qualifiée"
                ) && !as_what(k + 3)
            }
            // The present of headlines and live reports (`Brest renverse
            // Lens`, `Lyon s'impose`).
            (Some("s'" | "s’"), Some("impose" | "incline"), _) => {
                !as_what(k + 2)
            }
            // `Rennes fait tomber Marseille`.
            (Some("fait"), Some("tomber" | "chuter"), Some(n)) => {
                n.starts_with(char::is_uppercase)
            }
            (Some(v), Some(n), _) => {
                matches!(
                    v,
                    "bat"
                        | "domine"
                        | "élimine"
                        | "étrille"
                        | "renverse"
                        | "humilie"
                        | "surclasse"
                        | "écrase"
                        | "terrasse"
                        | "surprend"
                ) && n.starts_with(char::is_uppercase)
            }
            _ => false,
        }
    }

    /// Whether the capitalised word at token `i` joins two listed places
    /// or clubs by a hyphen before a match score (`Monaco-Lille 2-2`,
    /// `Metz-Paris FC 0-2`, `le match Rennes-Nice (0-1)`): the byte of the
    /// hyphen and the token after the second name. A name listed whole (`Clermont-Ferrand`,
    /// `Saint-Étienne 1-0`) is not split.
    #[inline(never)]
    fn fixture_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks[i];
        if t.kind != Kind::Word
            || t.shape != Shape::Cap
            || !self.bytes(i).contains(&b'-')
        {
            return None;
        }
        // In a list (`24e journée : Monaco-Lille 2-2, Rennes-Nice 0-1`)
        // or after a match's noun (`le derby Lyon-Saint-Étienne`); not
        // after a verb (`en battant Genève-Servette 4-1`: one club).
        let listed = i == 0
            || t.line_before()
            || matches!(
                self.word(i - 1),
                ":" | ","
                    | ";"
                    | "match"
                    | "derby"
                    | "rencontre"
                    | "choc"
                    | "duel"
                    | "affiche"
            );
        if !listed {
            return None;
        }
        let w = self.word(i);
        let h = w.find('-')?;
        let start = t.start as usize;
        let hyphen = start + h;
        // The first name is looked up in the text cut at the hyphen (a
        // name's first word ends at a space).
        let club = |text: &str, from: usize| {
            self.gaz.match_at(text, from).filter(|&(_, e)| {
                matches!(self.gaz.entry(e).label, Label::Loc | Label::Org)
            })
        };
        if club(&self.text[..hyphen], start)?.0 != hyphen {
            return None;
        }
        let (end, _) = club(self.text, hyphen + 1)?;
        // The second name ends this token or a later one.
        let last = (i + 1..self.toks.len().min(i + 4))
            .find(|&k| self.toks[k - 1].end as usize == end)?;
        // A score, bracketed or not: `2-2`, `(0-1)`.
        let rest = self.text.as_bytes().get(end..)?;
        let rest = rest.strip_prefix(b" ")?;
        let rest = rest.strip_prefix(b"(").unwrap_or(rest);
        let n = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let rest = rest.get(n..)?.strip_prefix(b"-")?;
        let m = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        ((1..=2).contains(&n)
            && (1..=2).contains(&m)
            && !rest.get(m).is_some_and(u8::is_ascii_alphanumeric))
        .then_some((hyphen as u32, last))
    }

    /// Whether the name over tokens `first..last` is a row of a standings
    /// table: a rank of one or two digits and a full stop before it,
    /// opening the line or after `:`, `;` or `,` (`Classement : 1. Lens
    /// 54 ; 2. Marseille 51`), and its points after it.
    fn standings_row(&self, first: usize, last: usize) -> bool {
        let digits = |k: usize, most: usize| {
            self.toks[k].shape == Shape::Digit
                && self.word(k).bytes().all(|b| b.is_ascii_digit())
                && self.word(k).len() <= most
        };
        first >= 2
            && self.is_punct(first - 1, ".")
            && digits(first - 2, 2)
            && (first == 2
                || self.toks[first - 2].line_before()
                || matches!(self.word(first - 3), ":" | ";" | ",")
                // `5. Zoug 31/49. 6. Berne 30/47.`: rows ended by a full
                // stop, games and points joined by a slash.
                || self.word(first - 3) == "."
                    && first >= 4
                    && digits(first - 4, 3))
            && last < self.toks.len()
            && !self.toks[last].line_before()
            // `1. Monaco, 20 v.`: wins after a comma.
            && (self.word(last) == ","
                && last + 2 < self.toks.len()
                && digits(last + 1, 3)
                && matches!(
                    self.word(last + 2),
                    "v" | "victoires" | "pts" | "points" | "pt"
                )
                || self.standing_points(last, digits))
    }

    /// [`Reader::standings_row`]: the points right after the name.
    fn standing_points(
        &self,
        last: usize,
        digits: impl Fn(usize, usize) -> bool,
    ) -> bool {
        digits(last, 3)
            && (last + 1 == self.toks.len()
                || self.toks[last + 1].line_before()
                || matches!(
                    self.word(last + 1),
                    ";" | "," | "." | "pts" | "points" | "pt"
                )
                || self.word(last + 1) == "/"
                    && last + 2 < self.toks.len()
                    && digits(last + 2, 3))
    }

    /// Whether tokens `first..last` are the outlet or the agency of a
    /// credit: after a slash and a name of two capitalised words opened
    /// by a given name, ending the line or the brackets (`Loïc Berset/La
    /// Liberté`), or one word before a slash and such a name that ends
    /// them, opening the line, the brackets or the caption's `Photo`
    /// (`(Keystone/Jean-Christophe Bott)`).
    fn credit_outlet(&mut self, first: usize, last: usize) -> bool {
        let n = self.toks.len();
        let cap = |k: usize| {
            self.is_word(k)
                && matches!(self.toks[k].shape, Shape::Cap | Shape::Upper)
        };
        let ends = |k: usize| {
            k == n
                || self.toks[k].line_before()
                || self.is_punct(k, ")")
                || self.is_punct(k, "]")
        };
        let caption = |k: usize| {
            matches!(self.word(k), "Photo" | "Photos" | "Crédit" | "Crédits")
        };
        let opens = |k: usize| {
            k == 0
                || self.toks[k].line_before()
                || self.is_punct(k - 1, "(")
                || self.is_punct(k - 1, "[")
                || caption(k - 1)
                || self.is_punct(k - 1, ":") && k >= 2 && caption(k - 2)
        };
        let same_line = |a: usize, b: usize| {
            (a + 1..=b).all(|k| !self.toks[k].line_before())
        };
        // The author's name: two to five capitalised words or hyphens.
        let hyphen = |k: usize| self.is_punct(k, "-");
        if first >= 3 && self.is_punct(first - 1, "/") && ends(last) {
            let mut s = first - 1;
            while s > 0
                && first - s <= 5
                && (cap(s - 1) && !caption(s - 1) || hyphen(s - 1))
            {
                s -= 1;
            }
            // The author's name opens with a given name (`Le Télégramme
            // / Yann Le Gall`: the outlet is before, the author after).
            if first - 1 - s >= 2
                && cap(s)
                && opens(s)
                && same_line(s, last - 1)
            {
                return self.given_name(s);
            }
        }
        // An agency is one word (`AFP`, `Keystone`): two are the
        // author's name before the outlet's.
        if last == first + 1
            && last + 2 < n
            && self.is_punct(last, "/")
            && opens(first)
        {
            let mut e = last + 1;
            while e < n && e - last <= 5 && (cap(e) || hyphen(e)) {
                e += 1;
            }
            return e - last > 2
                && cap(e - 1)
                && ends(e)
                && same_line(first, e - 1);
        }
        false
    }

    /// Whether the name over `first..last` signs the article after `Par`
    /// at `p`, the first word of its line (`Par Marième Sow`, `Par
    /// Marième Sow - à Dakar`, `Par Awa Diop | Publié le`): two or three
    /// capitalised words that end the line or stand before a dash, a bar,
    /// a comma or the time of publication. A byline names its author, a
    /// person, whatever lists hold the words.
    fn byline_at(&self, p: usize, first: usize, last: usize) -> bool {
        let n = self.toks.len();
        p + 1 == first
            && (2..=3).contains(&(last - first))
            && self.is_word(p)
            && self.word(p) == "Par"
            && (p == 0 || self.toks[p].line_before())
            && (first..last).all(|k| {
                self.is_word(k)
                    && self.toks[k].shape == Shape::Cap
                    && (k == first || !self.toks[k].line_before())
            })
            && (last == n
                || self.toks[last].line_before()
                || matches!(
                    self.word(last),
                    "-" | "\u{2013}"
                        | "\u{2014}"
                        | "|"
                        | ","
                        | "Publié"
                        | "Mis"
                ))
    }

    /// Whether `à` at `p` follows `hommage` (`rendra hommage à Ziad
    /// Rahbani`): a tribute is paid to a person, not to the place the
    /// preposition would otherwise tell.
    fn tribute_to(&self, p: usize) -> bool {
        p >= 1
            && self.is_word(p)
            && self.word(p) == "à"
            && self.is_word(p - 1)
            && matches!(self.word(p - 1), "hommage" | "hommages")
    }

    /// Whether token `k` is a listed firm's whole name in one word
    /// (`Citroën`, `Meta`), capitalised.
    fn maker_at(&mut self, k: usize) -> bool {
        self.toks[k].shape == Shape::Cap
            && self.listed_at(k).is_some_and(|(end, e)| {
                let e = self.gaz.entry(e);
                end == k + 1
                    && e.label == Label::Org
                    && e.strength != super::gazetteer::Strength::Elided
            })
    }

    /// Whether a spaced dash, a second name of up to four capitalised
    /// words and a score follow byte `end`: the first team of a results
    /// row (`Monaco - Paris 98-71`, `Strasbourg – Le Mans 99-102`).
    fn versus_after(&self, end: usize) -> bool {
        let Some(rest) = self.text.get(end..) else { return false };
        let Some(mut rest) =
            rest.strip_prefix(" - ").or_else(|| rest.strip_prefix(" – "))
        else {
            return false;
        };
        for _ in 0..4 {
            if !rest.starts_with(char::is_uppercase) {
                return false;
            }
            let n = rest
                .find(|c: char| {
                    !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'))
                })
                .unwrap_or(rest.len());
            rest = &rest[n..];
            if self.score_after(self.text.len() - rest.len()) {
                return true;
            }
            let Some(after) = rest.strip_prefix(' ') else { return false };
            rest = after;
        }
        false
    }

    /// Whether a match score in brackets follows byte `end` (`vainqueur
    /// de Strasbourg (3-0)`): the name before it is a team's, unless `à`
    /// makes it the ground (`a sombré à Louis-II (4-0)`).
    fn score_after(&self, end: usize) -> bool {
        let digits =
            |s: &[u8]| s.iter().take_while(|c| c.is_ascii_digit()).count();
        let Some(rest) = self.text.as_bytes().get(end..) else {
            return false;
        };
        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
        // `(1-1, 5-4 t.a.b.)`, `battant Vannes 2-0 au stade`.
        let (rest, bracket) = match rest.strip_prefix(b"(") {
            Some(r) => (r, true),
            None => (rest, false),
        };
        let n = digits(rest);
        // Up to three digits a side: a basketball score (`99-102`).
        if !(1..=3).contains(&n) {
            return false;
        }
        // A tennis set (`tournoi de Doha (6-3, 6-4)`) scores six games.
        let small = |d: &[u8]| d.len() == 1 && d[0] < b'6';
        let first = &rest[..n];
        let rest = &rest[n..];
        let rest = rest
            .strip_prefix(b"-")
            .or_else(|| rest.strip_prefix("–".as_bytes()));
        rest.is_some_and(|r| {
            let m = digits(r);
            (1..=3).contains(&m)
                && match (bracket, r.get(m)) {
                    (true, Some(b')')) => true,
                    (true, Some(b',' | b';')) => {
                        small(first) && small(&r[..m])
                    }
                    (true, _) => false,
                    // `31-29 ;`, with an ordinary, a no-break or a
                    // narrow no-break space before the semicolon.
                    (false, next) => {
                        matches!(
                            next,
                            None | Some(b' ' | b',' | b'.' | b';' | b'\n')
                        ) || r[m..].starts_with("\u{a0}".as_bytes())
                            || r[m..].starts_with("\u{202f}".as_bytes())
                    }
                }
        })
    }

    /// Whether token `k` numbers a town's university: 1 to 13 in
    /// digits or Roman numerals (`Rennes 2`, `Paris 8`, `Lyon III`), no
    /// count of something (`Paris 8 ans`).
    fn numbered_university(&self, k: usize) -> bool {
        let w = self.word(k);
        let number = match self.toks[k].shape {
            Shape::Digit => {
                w.parse::<u8>().is_ok_and(|n| (1..=13).contains(&n))
            }
            Shape::Upper => {
                roman(w)
                    && w.len() <= 4
                    && w.bytes().all(|b| b"IVX".contains(&b))
            }
            _ => false,
        };
        number
            && self.toks.get(k + 1).is_none_or(|t| {
                t.line_before()
                    || t.kind != Kind::Word
                    || t.shape != Shape::Lower
                    || matches!(
                        self.word(k + 1),
                        "a" | "avait"
                            | "est"
                            | "était"
                            | "et"
                            | "ont"
                            | "va"
                            | "doit"
                            | "de"
                            | "depuis"
                            | "en"
                            | "qui"
                            | "où"
                            | "à"
                    )
            })
    }

    /// Whether a distance follows token `k` in apposition (`, à une
    /// trentaine de kilomètres`, `, à 40 km au nord de`): what it says
    /// is a place (not in metres: `Dupont, à quelques mètres de là`).
    fn distance_after(&self, k: usize) -> bool {
        let word = |j: usize| {
            (j < self.toks.len() && !self.toks[j].line_before())
                .then(|| self.word(j))
        };
        if word(k) != Some(",") || word(k + 1) != Some("à") {
            return false;
        }
        // `une trentaine de`, `quelques`, `40`, `vingt`.
        let n = match (word(k + 2), word(k + 3), word(k + 4)) {
            (Some("une"), Some(w), Some("de" | "d'" | "d’"))
                if w.ends_with("aine") =>
            {
                k + 5
            }
            (Some("quelques" | "plusieurs"), _, _) => k + 3,
            (Some(w), _, _) if count_word(w) => k + 3,
            _ => return false,
        };
        matches!(word(n), Some("kilomètres" | "km" | "kilomètre" | "milles"))
    }

    /// Whether the words from `k` give a gap in the standings counted in
    /// points (`compte déjà huit points de retard`), said of a listed
    /// town: its club (a skier or a driver counts points too).
    fn points_after(&self, k: usize) -> bool {
        let word = |j: usize| {
            (j < self.toks.len() && !self.toks[j].line_before())
                .then(|| self.word(j))
        };
        let n = k
            + 1
            + usize::from(matches!(
                word(k + 1),
                Some("déjà" | "désormais" | "encore" | "maintenant")
            ));
        matches!(word(k), Some("compte" | "accuse" | "possède" | "pointe"))
            && word(n).is_some_and(count_word)
            && matches!(word(n + 1), Some("points" | "point" | "longueurs"))
    }

    /// Whether a league standing in brackets follows token `k`
    /// (`Angers (15e, 29 points)`, `Lorient (18e avec 25 pts)`): a rank
    /// and a tally of points are a team's (`Paris (15e)` alone is an
    /// arrondissement).
    fn standing_after(&self, k: usize) -> bool {
        let word = |j: usize| {
            (j < self.toks.len() && !self.toks[j].line_before())
                .then(|| self.word(j))
        };
        let rank = |w: &str| {
            let d = w.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&d)
                && matches!(&w[d..], "e" | "er" | "re" | "ème")
        };
        if word(k) != Some("(") || !word(k + 1).is_some_and(rank) {
            return false;
        }
        let n = k + 2 + usize::from(matches!(word(k + 2), Some("," | "avec")));
        word(n).is_some_and(|w| {
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
        }) && matches!(word(n + 1), Some("points" | "point" | "pts" | "pt"))
    }

    /// Whether the name at `first..last` is said to play: a result or a
    /// defeat around it, what only a club does after it, a standing, a
    /// score or a rival (`Lens s'est imposé`, `battu par Lens`, `Lens
    /// (3e, 40 points)`, `Lens-Lille`, `Lens (2-0)`); a gap in points
    /// only of a `listed_place` (a skier or a driver counts points too).
    fn plays(&self, first: usize, last: usize, listed_place: bool) -> bool {
        let end = self.toks[last - 1].end as usize;
        self.match_result(last)
            || self.match_beaten(first)
            || self.club_after(last)
            || self.standing_after(last)
            || listed_place && self.points_after(last)
            || self.versus_after(end)
            || (self.score_after(end)
                && !(first > 0
                    && matches!(self.word(first - 1), "à" | "au" | "À")))
    }

    /// Whether the words from `k` say what only a club does
    /// ([`CLUB_PHRASES`]: `a bouclé le recrutement`, `a terminé la
    /// saison`), past a rank in apposition (`, quatrième,`), the
    /// auxiliary and a few adverbs (`également`, `de son côté`).
    fn club_after(&self, k: usize) -> bool {
        const FILLER: &[&str] = &[
            "a",
            "également",
            "aussi",
            "déjà",
            "de",
            "son",
            "côté",
            "enfin",
            "lui",
            // `Strasbourg a en revanche chuté à domicile`.
            "en",
            "revanche",
        ];
        let word = |j: usize| {
            (j < self.toks.len() && !self.toks[j].line_before())
                .then(|| self.word(j))
        };
        // Most names are followed by none of these: said in one test.
        match word(k) {
            Some("a" | "," | "n'" | "n’") => {}
            Some(w)
                if super::tables::CLUB_FIRSTS.may_hold(w.as_bytes())
                    && CLUB_PHRASES
                        .binary_search_by(|p| p[0].cmp(w))
                        .is_ok() => {}
            _ => return false,
        }
        let mut j = k;
        // `, quatrième,`: a rank in apposition.
        if word(j) == Some(",")
            && word(j + 1)
                .is_some_and(|w| w.ends_with("ième") || w == "premier")
            && word(j + 2) == Some(",")
        {
            j += 3;
        }
        // `Brest, qui recevra Auxerre samedi, a recruté`: past a relative
        // clause (a fixture in it is enough).
        if word(j) == Some(",") && word(j + 1) == Some("qui") {
            let mut e = j + 2;
            while e < j + 14
                && word(e).is_some_and(|w| !matches!(w, "," | "." | ";"))
            {
                // `qui reçoit Lyon`, not `qui reçoit des subventions`.
                let host = matches!(word(e), Some("recevra" | "reçoit"))
                    && word(e + 1)
                        .is_some_and(|w| w.starts_with(char::is_uppercase));
                if host
                    || matches!(
                        word(e),
                        Some("affronte" | "affrontera" | "défiera")
                    )
                {
                    return true;
                }
                e += 1;
            }
            if word(e) != Some(",") {
                return false;
            }
            j = e + 1;
        }
        let from = j;
        while j < from + 5 && word(j).is_some_and(|w| FILLER.contains(&w)) {
            j += 1;
        }
        // Only the phrases whose first word starts with this word's first
        // byte are spelled out.
        let Some(first) = word(j).and_then(|w| w.bytes().next()) else {
            return false;
        };
        let leads = &*super::tables::CLUB_LEADS;
        let first = usize::from(first);
        let (from, to) = (leads[first] as usize, leads[first + 1] as usize);
        CLUB_PHRASES[from..to].iter().any(|p| self.phrase_fits(j, p))
    }

    /// Whether the tokens from `j` spell the words of `phrase`, elisions
    /// (`l'arrivée`: two tokens) included.
    fn phrase_fits(&self, j: usize, phrase: &[&str]) -> bool {
        let mut t = j;
        for w in phrase {
            let mut rest: &str = w;
            while !rest.is_empty() {
                let Some(tok) = (t < self.toks.len()).then(|| self.word(t))
                else {
                    return false;
                };
                let Some(r) = rest.strip_prefix(tok) else { return false };
                rest = r;
                t += 1;
            }
        }
        true
    }

    /// Whether the one-word name at `k` and another one-word name are both
    /// towns of the dictionary on each side of a fixture verb (`Lille
    /// recevra Nantes`, `Lens affronte Brest`).
    fn fixture_with_town(&mut self, k: usize) -> bool {
        const FIXTURE: &[&str] = &[
            "affronte",
            "affrontera",
            "défie",
            "défiera",
            "recevra",
            "reçoit",
        ];
        let town = |r: &mut Self, j: usize| {
            r.is_word(j) && r.toks[j].shape == Shape::Cap && r.proper_name(j)
        };
        let fixture =
            |r: &Self, j: usize| r.is_word(j) && FIXTURE.contains(&r.word(j));
        if !town(self, k) {
            return false;
        }
        // `Le HAC recevra Lille`: a club's acronym hosts too.
        let club = |r: &mut Self, j: usize| {
            town(r, j)
                || r.is_word(j)
                    && r.toks[j].shape == Shape::Upper
                    && (2..=5).contains(&r.word(j).len())
        };
        let host = k + 2 < self.toks.len()
            && fixture(self, k + 1)
            && town(self, k + 2);
        let guest = k >= 2 && fixture(self, k - 1) && club(self, k - 2);
        host || guest
    }

    /// Whether the name at `first` is the team a match result names as
    /// beaten (`a battu Toulouse`, `battu par Lyon`).
    fn match_beaten(&self, first: usize) -> bool {
        const BEATEN: &[&str] = &[
            "battu",
            "battue",
            "dominé",
            "dominée",
            "éliminé",
            "éliminée",
            "étrillé",
            "humilié",
            "renversé",
            "balayé",
            "écrasé",
            "surclassé",
            "foudroyé",
            "piégé",
            "dompté",
            "puni",
            // The present of headlines (`Rennes fait tomber Marseille`).
            "bat",
            "domine",
            "élimine",
            "étrille",
            "renverse",
            "surclasse",
            "terrasse",
            "terrassé",
            "tomber",
            "chuter",
            "surpris",
            "surprend",
            // `affronteront Lens mercredi`: the opponent of a fixture.
            "affrontera",
            "affronteront",
            "affronter",
            "affronte",
            "affrontent",
            "défier",
            "défiera",
            "recevra",
            "recevront",
            "recevoir",
            // `avant d'accueillir Laval`: the guest of a fixture.
            "accueillir",
            "accueillera",
            "accueilleront",
            // `en battant Vannes 2-0`, `pour écarter Dunkerque`.
            "battant",
            "éliminant",
            "écarter",
            "écarté",
        ];
        // Most words before a name are none of these: a sketch turns them
        // away before the list is scanned.
        static BEATEN_SKETCH: std::sync::LazyLock<Sketch> =
            std::sync::LazyLock::new(|| Sketch::new(BEATEN.iter().copied()));
        let word =
            |j: usize| (j < first && self.is_word(j)).then(|| self.word(j));
        // `en battant l'Écosse`, `a dominé le pays de Galles`: past the
        // name's singular article (`accueillir les Jeux` is no match).
        let article = first >= 2
            && matches!(word(first - 1), Some("l'" | "l’" | "le" | "la"));
        let first = first - usize::from(article);
        let before = first.checked_sub(1).and_then(word);
        let two = first.checked_sub(2).and_then(word);
        // `fait tomber X` after a name (`Rennes fait tomber Marseille`),
        // not after a noun (`la pluie a fait tomber`).
        let fell = matches!(before, Some("tomber" | "chuter"))
            && (first.saturating_sub(5)..first.saturating_sub(1)).any(|k| {
                self.is_word(k)
                    && self.word(k) == "fait"
                    && k > 0
                    && (matches!(
                        self.toks[k - 1].shape,
                        Shape::Cap | Shape::Upper
                    ) || k > 1
                        && self.word(k - 1) == "a"
                        && matches!(
                            self.toks[k - 2].shape,
                            Shape::Cap | Shape::Upper
                        ))
            });
        let before = before.filter(|w| !matches!(*w, "tomber" | "chuter"));
        fell || before.is_some_and(|w| {
            BEATEN_SKETCH.may_hold(w.as_bytes()) && BEATEN.contains(&w)
        })
            // `dominé par` also says who leads a field, not a match.
            || before == Some("par")
                && two.is_some_and(|w| BEATEN[..2].contains(&w) || BEATEN[4..6].contains(&w))
            // `tenu en échec par Brest`, `Zoug, tombeur de Bienne`.
            || before == Some("par") && two == Some("échec")
            || matches!(before, Some("de" | "d'" | "d’"))
                && matches!(two, Some("tombeur" | "tombeuse" | "tombeurs"))
    }

    /// Whether the name at `first` is the opponent in a match the clause
    /// reports (`s'est imposé face à Lens`, `victoire contre Nantes`): after
    /// `face à` or `contre`, with a word of a match result in the eight
    /// words before.
    fn match_opponent(&self, first: usize) -> bool {
        let word =
            |j: usize| (j < first && self.is_word(j)).then(|| self.word(j));
        let (p, q) = (first.checked_sub(1), first.checked_sub(2));
        let after_face =
            p.and_then(word).is_some_and(|w| matches!(w, "à" | "au"))
                && q.and_then(word) == Some("face");
        let after_contre = p.and_then(word) == Some("contre");
        if !(after_face || after_contre) {
            return false;
        }
        let from = first.saturating_sub(10);
        for k in (from..first.saturating_sub(1)).rev() {
            if self.is_punct(k, ".")
                || self.toks[k].line_before() && k + 1 < first
            {
                return false;
            }
            if self.is_word(k)
                && matches!(
                    self.word(k),
                    "imposé"
                        | "imposée"
                        | "impose"
                        | "incliné"
                        | "inclinée"
                        | "incline"
                        | "sombre"
                        | "victoire"
                        | "défaite"
                        | "nul"
                        | "gagné"
                        | "perdu"
                        | "match"
                )
            {
                return true;
            }
        }
        false
    }

    /// Reads the context and the form of `m`, fills its scores, and says
    /// whether it is kept. The rules run in three parts, each small
    /// enough for the instruction cache when a batch of candidates is
    /// decided part by part ([`Self::decide_pending`]).
    fn keep(
        &mut self,
        m: &mut Mention,
        first: usize,
        last: usize,
        prev: Option<&Mention>,
    ) -> bool {
        match self.keep_a(m, first, last) {
            Some(town) => {
                self.keep_b(m, first, last, town)
                    && self.keep_c(m, first, last, prev)
            }
            None => false,
        }
    }

    /// The rules of [`Self::keep`] that read the words before the name;
    /// `None` when it is dropped, else whether it may be a town.
    #[inline(never)]
    fn keep_a(
        &mut self,
        m: &mut Mention,
        first: usize,
        last: usize,
    ) -> Option<bool> {
        let single = last - first == 1;
        // `TOULOUSE - Menés 0-2`: after a dateline's dash the report's
        // first sentence opens.
        if first >= 2
            && ["-", "–", "—"].iter().any(|d| self.is_punct(first - 1, d))
            && self.toks[first - 2].shape == Shape::Upper
            && (first == 2 || self.toks[first - 2].line_before())
        {
            m.initial = true;
        }
        // `soulager le CHU`: the hospital the article names (see
        // [`Self::sequence_at`]) is a body.
        if single && self.hospital_alone(first) {
            m.add(Label::Org, weight::HEAD, true);
        }
        // `Loïc Berset/La Liberté`, `Laura Schmit / Le Temps`, `(Keystone/
        // Jean-Christophe Bott)`: a picture's or an article's credit, the
        // outlet or the agency beside the author's name, is a body.
        if self.credit_outlet(first, last) {
            m.add(Label::Org, weight::LISTED, true);
        }
        // `vendues sous la marque Bloom Crunch`, `la marque collective
        // Érable du Québec`: the brand goods are sold under is a product
        // line, not the firm (`la directrice de la marque Renault`).
        if first >= 3
            && (self.word(first - 1) == "marque"
                && self.word(first - 2) == "la"
                && self.word(first - 3) == "sous"
                || matches!(self.word(first - 1), "collective" | "déposée")
                    && self.word(first - 2) == "marque")
        {
            m.add(Label::Misc, weight::LISTED + weight::HEAD, true);
        }
        // `Le Courrier de Rimouski`: a newspaper's title.
        if last >= first + 4
            && matches!(self.word(first), "Le" | "La" | "L'" | "L’")
            && PAPER_HEADS.contains(self.word(first + 1))
            && matches!(
                self.word(first + 2),
                "de" | "du" | "des" | "d'" | "d’"
            )
            && self.toks[first + 3].shape == Shape::Cap
        {
            m.add(Label::Org, weight::LISTED, true);
        }
        // `le Suisse, 41e mondial`, `un Suisse qui gagne chez lui`,
        // `meilleur Suisse du jour`: the country takes `la`, so after a
        // masculine determiner or a rank the word is the demonym, a
        // person, no name.
        if single && first >= 1 && self.word(first) == "Suisse" && {
            let w = self.word(first - 1);
            matches!(
                w,
                "le" | "Le"
                    | "un"
                    | "Un"
                    | "du"
                    | "au"
                    | "ce"
                    | "meilleur"
                    | "premier"
                    | "jeune"
                    | "seul"
                    | "dernier"
            ) || w.ends_with("ième")
        } {
            return None;
        }
        // `la maladie de Parkinson`, `le syndrome d'Asperger`, `un schéma
        // de Ponzi`: a name given to a disease or a fraud, no person.
        if single
            && first >= 2
            && m.entry.is_none()
            && matches!(self.word(first - 1), "de" | "d'" | "d’")
            && self.is_word(first - 2)
            && matches!(
                self.word(first - 2),
                "maladie"
                    | "maladies"
                    | "syndrome"
                    | "syndromes"
                    | "schéma"
                    | "pyramide"
            )
        {
            return None;
        }
        if let Some(e) = m.entry {
            let entry = self.gaz.entry(e as usize);
            match entry.strength {
                Strength::Extra => m.add(entry.label, weight::EXTRA, true),
                Strength::Strong => m.add(entry.label, weight::LISTED, true),
                Strength::Elided => {
                    m.add(entry.label, weight::LISTED, !m.initial)
                }
            }
        } else if single && self.proper_name(first) {
            // A dictionary place name that is also a common word (`Tours`)
            // counts only mid-sentence.
            let evidence = !m.initial || !self.common(first);
            // A small town's name is often a firm's too (`Valmont a
            // publié ses comptes`): the weakest place evidence.
            let w = self.word(first);
            let small = !PROPER_NAMES.contains(w) && PLACES_TOWNS.contains(w);
            let weight =
                if small { weight::TOWN } else { weight::WEAK_LISTED };
            m.add(Label::Loc, weight, evidence);
        }
        // `Bordeaux a battu Toulouse`, `Monaco s'est imposé`: a town
        // that wins, loses or draws a match is its club.
        // A match is evidence for the whole document: a town that
        // plays is the club in every mention (`Brest` in the headline,
        // then `Brest s'est imposé`).
        // `La Rochelle a concédé le nul`: a listed town of several words.
        // `Bahnhofstrasse`, `Kalverstraat`: a German or Dutch street
        // written as one word.
        if single && self.toks[first].shape == Shape::Cap && {
            let w = self.word(first);
            ["strasse", "straße", "gasse", "platz", "straat", "plein"]
                .iter()
                .any(|e| {
                    w.len() > e.len() + 2
                        && e.as_bytes().last() == w.as_bytes().last()
                        && w.ends_with(e)
                })
        } {
            m.add(Label::Loc, weight::HEAD, true);
        }
        // `dans le Paterberg`, `au pied du Koppenberg`: a Dutch or German
        // hill after its article (a surname ending so takes none).
        if single
            && first > 0
            && self.toks[first].shape == Shape::Cap
            && matches!(
                self.word(first - 1),
                "le" | "du" | "au" | "Le" | "Du" | "Au"
            )
            && {
                let w = self.word(first);
                w.len() > 6 && w.ends_with("berg")
            }
        {
            m.add(Label::Loc, weight::HEAD, true);
        }
        // `Menés 0-2 à la pause`: a common word opening the sentence
        // before a score is no town.
        // `la tempête Ysolde a balayé`: a noun before says what the name
        // is, and a storm or a ship is no club.
        // `l'Allemand Keller a égalisé`: a nationality before says a
        // player.
        let described = first > 0
            && (self.is_word(first - 1)
                && self.toks[first - 1].shape == Shape::Lower
                && self.noun_at(first - 1).is_some_and(|l| l != Label::Org)
                || self.demonym_at(first - 1));
        // `La Saint-Galloise a dominé la Russe`: players named by their
        // nationality or their town's people, no club (`le Canadien a
        // battu Boston` is Montréal's).
        let town = !described
            && (single
                && !(m.initial && self.common(first))
                && !(m.entry.is_none()
                    && first > 0
                    && matches!(self.word(first - 1), "la" | "La")
                    && (self.demonym(self.word(first))
                        || self.demonym_form(first)))
                || m.entry.is_some_and(|e| {
                    self.gaz.entry(e as usize).label == Label::Loc
                }));
        // `avec Clermont, battu dans le même temps`: a participle of
        // defeat in apposition, not after `à` (`à Wimbledon, battue
        // par`: the place of the subject's defeat).
        let beaten_apposed = |r: &Self| {
            r.is_punct(last, ",")
                && last + 1 < r.toks.len()
                && matches!(r.word(last + 1), "battu" | "éliminé")
                && !(first > 0
                    && matches!(
                        r.word(first - 1),
                        "à" | "au" | "aux" | "en" | "dans" | "À"
                    ))
        };
        let listed_place = m
            .entry
            .is_some_and(|e| self.gaz.entry(e as usize).label == Label::Loc);
        if town
            && (beaten_apposed(self) || self.plays(first, last, listed_place))
        {
            m.add(Label::Org, weight::CLUB, true);
        }
        // `À Saint-Étienne, où le souvenir est vif`: a town fronted as
        // the scene of the sentence is the town, though its club plays
        // elsewhere in the text (`À Bercy, on promet`: a seat of power
        // listed as such is the ministry).
        if first >= 1
            && m.entry
                .is_none_or(|e| self.gaz.entry(e as usize).label == Label::Loc)
            && matches!(self.word(first - 1), "À" | "A")
            && self.toks[first - 1].initial()
            && self.is_punct(last, ",")
        {
            m.civic = true;
        }
        m.acts = town && single && self.town_acts(first, last);
        m.family = first >= 1
            && matches!(self.word(first - 1), "famille" | "familles");
        // `un duel périlleux contre Toronto`, `face à Lens`, `le match
        // nul à Clermont`: the rival, when the document reports a match.
        // `Montpellier a décroché sa qualification`, `Paris compte cinq
        // points d'avance`: a town that wins, loses or leads there too.
        // `à égalité avec Clermont et Toulon`: the second of two towns
        // joined by `et` takes the context of the first.
        let lead = if first >= 3
            && self.word(first - 1) == "et"
            && self.toks[first - 2].shape == Shape::Cap
            && self.is_word(first - 2)
        {
            first - 2
        } else {
            first
        };
        m.rival = town
            && (self.rival_before(first)
                || lead < first && self.rival_before(lead)
                || self.played_after(last));
        // `face aux Suédois de Frölunda`, `les Allemands de Siemens`: a
        // one-word name after a plural nationality and `de` is the club
        // or the firm those people belong to.
        if single
            && first >= 3
            && matches!(self.word(first - 1), "de" | "d'" | "d’")
            && self.toks[first - 2].shape == Shape::Cap
            && matches!(self.word(first - 3), "les" | "aux" | "des" | "Les")
            && {
                let w = self.word(first - 2);
                w.len() > 1
                    && w.ends_with(['s', 'x'])
                    && (self.demonym(w) || self.demonym(&w[..w.len() - 1]))
            }
        {
            m.add(Label::Org, weight::CLUB, true);
        }
        // `arrivé de Brøndby l'été dernier`, `prêté par Mayence`: the
        // club a player came from; a name no list holds (a listed town
        // after `arrivé de` is where someone travelled from). Not
        // `l'arrivée de Robinho`, the newcomer himself.
        if single
            && m.entry.is_none()
            && first >= 2
            && (matches!(self.word(first - 1), "de" | "d'" | "d’")
                && matches!(
                    self.word(first - 2),
                    "arrivé" | "transféré" | "transférée" | "provenance"
                )
                || self.word(first - 1) == "par"
                    && matches!(self.word(first - 2), "prêté" | "prêtée"))
        {
            m.add(Label::Org, weight::CLUB, true);
        }
        // `Lille recevra Nantes`: two towns in a fixture are clubs (a
        // person who receives a guest is none: `Macron reçoit Lula`).
        if single && self.fixture_with_town(first) {
            m.add(Label::Org, weight::CLUB, true);
        }
        // `la Citroën Ami`, `les Ray-Ban Meta`, `l'Apple Vision`: a maker
        // no list names with the rest, then (or after) capitalised words
        // that are no place, after an article: a product (no person takes
        // the article, nor a firm's name for a surname).
        if !single
            && m.entry.is_none()
            && first >= 1
            && any_case_determiner(self.word(first - 1))
            && (first..last).all(|k| {
                self.is_word(k)
                    && matches!(
                        self.toks[k].shape,
                        Shape::Cap | Shape::Upper | Shape::Brand
                    )
                    && !self.listed_at(k).is_some_and(|(_, e)| {
                        self.gaz.entry(e).label == Label::Loc
                    })
            })
            && (self.maker_at(last - 1)
                // The maker first, the model's words common or English
                // (`Ami`, `Vision`) or a code (`des Airbus A321neo`), not a
                // town (`l'Atalanta Bergame`).
                || self.maker_at(first)
                    && (first + 1..last).all(|k| {
                        self.common(k)
                            || self.english_word(k)
                            || self.bytes(k).iter().any(u8::is_ascii_digit)
                    }))
        {
            m.add(Label::Misc, weight::HEAD, true);
        }
        // `2. Marseille 51 ;`, `18. Metz 14 pts`: a row of a standings
        // table, its rank before, its points after.
        if town && self.standings_row(first, last) {
            m.add(Label::Org, weight::CLUB, true);
        }
        // `à trois points de Lille`: a standing's gap is to a club.
        if town
            && first >= 2
            && matches!(self.word(first - 1), "de" | "d'" | "d’")
            && matches!(self.word(first - 2), "points" | "point" | "longueurs")
            && first >= 3
            && (self.toks[first - 3].shape == Shape::Digit
                || count_word(self.word(first - 3)))
        {
            m.add(Label::Org, weight::CLUB + weight::PLACE_PREP, true);
        }
        // `la victoire de Clermont sur Bayonne`: the winner of a match.
        if town
            && first >= 2
            && matches!(self.word(first - 1), "de" | "d'" | "d’")
            && matches!(
                self.word(first - 2),
                "victoire" | "défaite" | "succès"
            )
            && last < self.toks.len()
            && matches!(self.word(last), "sur" | "contre" | "face")
        {
            m.add(Label::Org, weight::CLUB + weight::PLACE_PREP, true);
        }
        // `la victoire de Clermont sur Bayonne`: the loser too.
        if town
            && first >= 2
            && matches!(self.word(first - 1), "sur" | "contre")
            && (first.saturating_sub(5)..first - 1).any(|k| {
                self.is_word(k)
                    && matches!(
                        self.word(k),
                        "victoire" | "défaite" | "succès"
                    )
            })
        {
            m.add(Label::Org, weight::CLUB + weight::PLACE_PREP, true);
        }
        // `cinq points d'avance sur Monaco`, `la réception de Lyon`:
        // the rival in a standing, the guest of a home match.
        if town
            && first >= 2
            && (self.word(first - 1) == "sur"
                && matches!(self.word(first - 2), "avance" | "retard")
                || matches!(self.word(first - 1), "de" | "d'" | "d’")
                    && matches!(self.word(first - 2), "réception" | "visite"))
        {
            m.add(Label::Org, weight::CLUB + weight::PLACE_PREP, true);
        }
        m.played =
            m.entry.is_none() && m.scores[slot(Label::Org)] >= weight::CLUB;
        // `ont battu Rouen 4-2 à l'IceParc`: an unknown name after `à
        // l'`, `au` or `à la` in a match report is the venue.
        if m.entry.is_none() && last - first <= 3 && self.venue_at(first) {
            m.add(Label::Loc, weight::HEAD + 1.0, true);
        }
        // `Au Palais, on suit la situation`, `un communiqué du Palais`: a
        // palace named by its head alone, with no complement, is the
        // seat of power (a head of state's or a court's).
        if single
            && !m.initial
            && self.word(first) == "Palais"
            && !self.toks.get(last).is_some_and(|t| {
                !t.line_before()
                    && (t.kind == Kind::Elision
                        || self.is_word(last)
                            && (t.shape != Shape::Lower
                                || matches!(
                                    self.word(last),
                                    "de" | "des" | "du"
                                )))
            })
        {
            m.add(Label::Org, 2.0 * weight::HEAD, true);
        }
        // `prix Goncourt`: a prize.
        if !single && PRIZE_NOUNS.contains(self.word(first)) {
            m.add(Label::Misc, weight::HEAD + 2.0, true);
        }
        // `a reçu le Goncourt`, `nommé aux César`, `un Goncourt se vend`:
        // a prize's name after a masculine or plural article stands for
        // the prize.
        if single
            && first > 0
            && matches!(
                self.word(first - 1),
                "le" | "Le"
                    | "du"
                    | "Du"
                    | "au"
                    | "Au"
                    | "aux"
                    | "Aux"
                    | "les"
                    | "Les"
                    | "des"
                    | "un"
                    | "Un"
            )
            && PRIZE_NAMES.contains(self.word(first))
        {
            m.add(Label::Misc, weight::HEAD + 2.0, true);
            m.prize = true;
        }
        // `selon L’Echo`: an elided article opens no person's name.
        if !single
            && m.entry.is_none()
            && self.toks[first].kind == Kind::Elision
            && matches!(self.word(first), "L'" | "L’")
        {
            m.add(Label::Org, weight::HEAD, true);
        }
        // `selon The Information`, `The Kooks`: an English article opens
        // the name of a paper, a firm or a band, no person's.
        if !single && m.entry.is_none() && self.word(first) == "The" {
            m.add(Label::Org, weight::HEAD, true);
        }
        // `les Antwerp Giants`, `des Belgian Lions`: a name of several
        // capitalised words ending on a plural, after a plural article,
        // is a team's or a band's; no person's.
        if !single
            && m.entry.is_none()
            && first > 0
            && matches!(self.word(first - 1), "les" | "des" | "aux" | "Les")
            && (first..last).all(|k| self.toks[k].shape == Shape::Cap)
            && self.word(last - 1).len() > 3
            && self.word(last - 1).ends_with('s')
            && !self.given_name(first)
            && NAME_HEADS.get(self.word(first)).is_none()
            && !PLACE_ADJECTIVES.contains(self.word(first))
        {
            m.add(Label::Org, weight::HEAD, true);
        }
        // `les Canaris éliminent les Verts`: a team's nickname alone.
        if single
            && m.entry.is_none()
            && !m.initial
            && first > 0
            && matches!(self.word(first - 1), "les" | "des" | "aux")
            && TEAM_NOUNS.contains(lower(self.word(first), &mut self.buf))
        {
            m.add(Label::Org, weight::HEAD, true);
        }
        // `face à Lens`: the preposition does not make it a place.
        if town && self.match_opponent(first) {
            m.add(Label::Org, weight::CLUB + weight::PLACE_PREP, true);
        }
        // `le ministre de l'Europe et des Affaires étrangères`: a place
        // joined to a portfolio after a minister's title is one too.
        if single && first >= 3 && last + 2 < self.toks.len() {
            let de = match self.word(first - 1) {
                "l'" | "l’" => Some(first - 2),
                "du" => Some(first - 1),
                "la" => Some(first - 2),
                _ => None,
            };
            // `le ministre français de l'Europe`: past one adjective.
            let title = |r: &Self, k: usize| {
                matches!(r.word(k), "ministre" | "ministres" | "commissaire")
            };
            let minister = de.is_some_and(|d| {
                d >= 2
                    && matches!(self.word(d), "de" | "du")
                    && (title(self, d - 1)
                        || self.toks[d - 1].shape == Shape::Lower
                            && title(self, d - 2))
            });
            if minister && self.word(last) == "et" {
                let q = self.particles_at(last + 1);
                if q > last + 1
                    && q < self.toks.len()
                    && self.toks[q].shape == Shape::Cap
                    && self.common(q)
                {
                    return None;
                }
            }
        }
        // `le ministre délégué au Logement`, `le commissaire au Marché
        // intérieur`: a capitalised common word after a minister's title
        // is a portfolio, not a name.
        if single && m.entry.is_none() && self.portfolio(first) {
            return None;
        }
        // `aux Lensois`, `les Marseillais`: the people of a place,
        // written as a plural noun, are no name.
        if single
            && m.entry.is_none()
            && first > 0
            && self.toks[first].shape == Shape::Cap
            && matches!(self.word(first - 1), "les" | "aux" | "des" | "Les")
            && demonym_shaped(self.word(first))
            && self.word(first).ends_with(['s', 'x'])
        {
            return None;
        }
        // `16 Go de mémoire`: a unit of storage after its number (`Go
        // Capital`, `Mo Farah` are names).
        if single
            && first > 0
            && self.toks[first - 1].shape == Shape::Digit
            && matches!(self.word(first), "Go" | "Mo" | "To" | "Ko")
        {
            return None;
        }
        // `succéder à Halios-1`, `Sentinel-2`: a word and a number of
        // one or two digits joined by a hyphen name a model, a satellite
        // or a mission; no person or place is so named.
        if single && m.entry.is_none() && numbered_name(self.word(first)) {
            m.add(Label::Misc, weight::HEAD, true);
        }
        // `le premier Français à atteindre`, `le Flandrien, piégé`: a
        // nationality or a region's people after an article (and an
        // adjective), with no name after it, is a noun, no name.
        if single
            && m.entry.is_none()
            && first > 0
            && self.toks[first].shape == Shape::Cap
            && !self.given_name(first)
            && self.toks.get(last).is_none_or(|t| {
                t.line_before()
                    || !(self.is_word(last) && t.shape != Shape::Lower)
            })
            && self.lone_demonym(first)
        {
            return None;
        }
        // `aucun Suisse n'a passé le tour`, `chaque Belge`: a quantifier
        // makes a nationality a noun, though a country spells the same.
        if single
            && first > 0
            && matches!(
                self.word(first - 1),
                "aucun" | "aucune" | "Aucun" | "Aucune" | "chaque" | "Chaque"
            )
            && self.demonym(self.word(first))
        {
            return None;
        }
        // `le président de l'Autorité` after `Autorité de la
        // concurrence`, `selon la Commission`: an institution's head
        // alone, capitalised inside a sentence after its article, names
        // it (the document joins it to the full name).
        if single
            && m.entry.is_none()
            && !m.initial
            && first > 0
            && self.toks[first].shape == Shape::Cap
            && (matches!(
                self.word(first - 1),
                "l'" | "l’" | "la" | "le" | "du" | "au" | "une" | "Une"
            )
                // `la nouvelle Chambre`, `la future Assemblée`.
                || first > 1
                    && matches!(
                        self.word(first - 1),
                        "nouvelle"
                            | "nouveau"
                            | "future"
                            | "futur"
                            | "prochaine"
                            | "prochain"
                            | "précédente"
                            | "précédent"
                            | "ancienne"
                            | "ancien"
                            | "actuelle"
                            | "actuel"
                    )
                    && matches!(
                        self.word(first - 2),
                        "la" | "le" | "l'" | "l’" | "La" | "Le" | "L'" | "L’"
                    ))
            && LONE_HEADS.contains(self.word(first))
        {
            m.add(Label::Org, weight::HEAD, true);
        }
        // `le contrôle de Kazgil, à une trentaine de kilomètres de la
        // ville`: a name set at a distance is a place.
        if single
            && m.entry
                .is_none_or(|e| self.gaz.entry(e as usize).label == Label::Loc)
            && !self.common(first)
            && self.distance_after(last)
        {
            m.add(Label::Loc, weight::HEAD, true);
        }
        Some(town)
    }

    /// The rules of [`Self::keep`] that read the name's form and the
    /// words around it.
    #[inline(never)]
    fn keep_b(
        &mut self,
        m: &mut Mention,
        first: usize,
        last: usize,
        town: bool,
    ) -> bool {
        let single = last - first == 1;
        // The form.
        let Some((lastw, several)) = self.last_word(first, last) else {
            return false;
        };
        // `Trenitalia France`, `Ivelec Ghana`, `Spirou Charleroi`: a name
        // and a listed place with nothing between is a subsidiary or a
        // team, no person, whose name opens with a given name.
        if several
            && m.entry.is_none()
            && (first..last).all(|k| self.toks[k].shape == Shape::Cap)
            && !self.given_name(first)
            && !matches!(self.word(first), "La" | "Le" | "Les")
            && NAME_HEADS.get(self.word(first)).is_none()
            && !PLACE_ADJECTIVES.contains(self.word(first))
            && (self.listed_at(lastw).is_some_and(|(end, e)| {
                end == lastw + 1 && self.gaz.entry(e).label == Label::Loc
            }) || self.proper_name(lastw)
                // `Nintendo Switch`: a listed firm's product; `guerre de
                // Cent Ans`: a common word.
                && !self.common(lastw)
                && self.listed_at(first).is_none())
        {
            m.add(Label::Org, weight::FRAME, true);
        }
        // `Liebherr-Aerospace`, `Thales-Systems`: a company's word after
        // a hyphen, not a region's (`Asia`, `Africa`).
        // Three rules below split the first word at its hyphens: most
        // words have none, found in one pass.
        let first_hyphen = self.bytes(first).contains(&b'-');
        if single
            && first_hyphen
            && rsplit_hyphen(self.word(first)).is_some_and(|(h, t)| {
                // One hyphen: `Nœux-les-Mines` is a town.
                h.len() >= 2
                    && !h.contains('-')
                    && t.len() >= 5
                    && t.starts_with(|c: char| c.is_uppercase())
                    && !matches!(t, "Africa" | "Americas" | "Albion")
                    && ORG_SUFFIXES.contains(t)
            })
        {
            m.add(Label::Org, weight::SUFFIX, true);
        }
        // Not past a street noun (`la prison de la Santé`).
        if several
            && self.suffix_at(lastw)
            && !(self.toks[first].shape == Shape::Lower
                && self.fact(first, Fact::Street))
        {
            m.add(Label::Org, weight::SUFFIX, true);
        }
        // `Salt Lake City`, `Rice-Eccles Stadium`; `Santa Clara`, `Sidi
        // Bernoussi`.
        // Not a listed firm or market (`à Wall Street`).
        if several
            && (PLACE_SUFFIXES.contains(self.word(lastw))
                || PLACE_PREFIXES.contains(self.word(first)))
            && m.entry
                .is_none_or(|e| self.gaz.entry(e as usize).label != Label::Org)
        {
            m.add(Label::Loc, weight::SUFFIX, true);
        }
        // `Sziget Festival`, `US Open`, `Ryder Cup`.
        if several && EVENT_SUFFIXES.contains(self.word(lastw)) {
            m.add(Label::Misc, weight::SUFFIX, true);
        }
        if !single {
            if let Some(l) = self.fact_label(first, Fact::Head) {
                m.add(l, weight::HEAD, true);
            }
            // `Grand Prix de Belgique`: a race or an award.
            if self.grand_prix_at(first) && lastw > first + 1 {
                m.add(Label::Misc, weight::HEAD + 1.0, true);
            }
            // `le Tour du Rwanda`, `au Tour de Pologne`: a race (`la Tour
            // de Londres` is a tower).
            if self.word(first) == "Tour"
                && matches!(
                    self.word(first + 1),
                    "de" | "du" | "des" | "d'" | "d’"
                )
                && !(first > 0
                    && matches!(
                        self.word(first - 1),
                        "la" | "La" | "une" | "Une"
                    ))
            {
                // Past the tower's head and a stage's place (`l'étape du
                // Tour du Rwanda`).
                m.add(Label::Misc, weight::LISTED, true);
            }
            // `Port autonome de Douala`: the port's authority, a body,
            // wherever it stands (`sur les quais du Port autonome`).
            if self.port_authority_at(first) {
                m.add(Label::Org, weight::HEAD + 1.0, true);
            }
            // `Maison Perrin`, `Maison Jacquemot`: a house named after its
            // family (not `la Maison des Choux`, `la Maison Rouge`).
            if matches!(self.word(first), "Maison" | "Maisons")
                && self.toks[first + 1].shape == Shape::Cap
                && !self.common(first + 1)
            {
                m.add(Label::Org, weight::HEAD, true);
            }
            // `s'offre Château Lagrave-Montignac`: a wine estate named
            // without `de` or article is the house that makes it (`le
            // château de Versailles`, `du Château Howard` are places).
            if self.word(first) == "Château"
                && self.toks[first + 1].shape == Shape::Cap
                && !(first > 0
                    && matches!(
                        self.word(first - 1),
                        "le" | "du" | "au" | "les" | "des" | "aux"
                    ))
            {
                m.add(Label::Org, weight::HEAD + 1.0, true);
            }
            // `Stade brestois`, `Stade lavallois`: a club.
            if self.word(first) == "Stade"
                && self.toks[lastw].shape == Shape::Lower
            {
                m.add(Label::Org, weight::HEAD + 1.0, true);
            }
            if self.fact(first, Fact::Street)
                || self.toks[first].shape == Shape::Lower
                    && ROAD_NOUNS.contains(self.word(first))
            {
                // Written in lower case, the noun is no name's first word
                // and outweighs a frame (`la banque, boulevard Royal`).
                let lower = self.toks[first].shape == Shape::Lower;
                m.add(
                    Label::Loc,
                    weight::HEAD + if lower { 1.0 } else { 0.0 },
                    true,
                );
            }
            // `ministère des Armées`, `tribunal de commerce de Lyon`.
            if matches!(self.toks[first].shape, Shape::Lower | Shape::Upper)
                && BODY_HEADS.contains(self.word(first))
            {
                m.add(Label::Org, weight::HEAD, true);
            }
            // `Procter & Gamble`, `Morel et Associés`; not after a noun
            // for an event or a work (`le salon Watches and Wonders`).
            if (first + 1..last)
                .any(|k| matches!(self.word(k), "&" | "and" | "et"))
                && !(first > 0
                    && self.is_word(first - 1)
                    && self.toks[first - 1].shape == Shape::Lower
                    && self.noun_at(first - 1) == Some(Label::Misc))
            {
                m.add(Label::Org, weight::SUFFIX, true);
            }
            // `les Canadiens de Montréal`.
            if self.team_at(first) {
                m.add(Label::Org, weight::HEAD, true);
            }
            // `Europe de l'Est`.
            if several
                && self.compass_at(lastw)
                && matches!(self.word(lastw - 1), "du" | "l'" | "l’")
            {
                m.add(Label::Loc, weight::NAMED, true);
            }
        }
        // Hyphenated compounds that are not given names are mostly places
        // in French (`Basse-Goulaine`, `Loire-Inférieure`), surely so with
        // a linking word (`Villeneuve-sur-Lot`, `Saint-Denis-de-Gastines`).
        // `L'Isle-sur-la-Sorgue`, `Le Chambon-sur-Lignon`: past the
        // town's own article.
        let town_article = last - first == 2
            && matches!(self.word(first), "L'" | "L’" | "Le" | "La" | "Les");
        let hf = first + usize::from(town_article);
        if (single || town_article)
            && self.toks[hf].shape == Shape::Cap
            && (if hf == first {
                first_hyphen
            } else {
                self.bytes(hf).contains(&b'-')
            })
        {
            let w = self.word(hf);
            let parts = 1 + w.bytes().filter(|&b| b == b'-').count();
            if parts >= 3
                && w.split('-').skip(1).any(|p| PLACE_LINKS.contains(&p))
            {
                m.add(Label::Loc, weight::HEAD, true);
            } else if parts >= 2
                && w.split('-').all(|p| p.starts_with(char::is_uppercase))
            {
                // `Groupama-FDJ`: an acronym makes it a firm's or a
                // team's name.
                let caps = |p: &str| {
                    p.len() >= 2 && p.bytes().all(|b| b.is_ascii_uppercase())
                };
                // Not `St-MALO-St-SERVAN`, a place in capitals.
                if w.split('-').any(caps)
                    && !w.split('-').any(|p| caps(p) && p.len() > 4)
                {
                    m.add(Label::Org, weight::COMPOUND, false);
                } else if !self.given_name(hf) {
                    m.add(Label::Loc, weight::COMPOUND, false);
                }
            }
        }
        // `Saint-Malo`, `New-York`: a compound whose first part is listed
        // with its hyphen.
        let fw = self.word(first);
        if first_hyphen
            && let Some(h) = fw.bytes().position(|b| b == b'-')
            && let Some(l) = NAME_HEADS.get(&fw[..=h])
        {
            m.add(l, weight::HEAD, true);
        }
        if last - first >= 4 && self.is_punct(last - 1, ")") {
            m.add(Label::Per, weight::GIVEN_NAME, true);
        }
        // `l'Atalanta Bergame`, `la Juventus`: French puts no article
        // before a person's name, so a given name after one is none.
        let after_article = first > 0
            && !m.initial
            && matches!(
                self.word(first - 1),
                "le" | "la" | "l'" | "l’" | "du" | "au"
            );
        // `Hartwell Dynamics`: a company's word ends the name, and the
        // given name before it is a founder's or a brand's.
        let firm_word = several && self.suffix_at(lastw);
        if self.given_name(first)
            && self.toks[first].kind == Kind::Word
            && !after_article
            && !firm_word
        {
            if several {
                m.add(Label::Per, weight::GIVEN_NAME, true);
                m.person_form += weight::GIVEN_NAME;
            } else {
                m.add(Label::Per, weight::LONE_GIVEN_NAME, !m.initial);
                m.person_form += weight::LONE_GIVEN_NAME;
            }
        }
        // `Duhan van der Merwe`, `Ursula von der Leyen`: a lower-case
        // `van` or `von` inside a name is a person's particle.
        let dutch = last - first >= 3
            && (first + 1..last - 1).any(|k| {
                self.toks[k].shape == Shape::Lower
                    && matches!(self.word(k), "van" | "von")
            });
        if after_article && several {
            m.add(Label::Org, weight::WEAK_LISTED, false);
        } else if dutch || self.fact(lastw, Fact::Surname) {
            m.add(Label::Per, weight::SURNAME, false);
            m.person_form += weight::SURNAME;
        }
        // The context before.
        // Whether a role noun and `de` govern the name (`le patron de
        // Tesla`, `le groupe de Cupertino`).
        let mut governed = false;
        // A name opening a line takes nothing from the line before (a
        // headline's last word before a byline: `cède sa filiale
        // allemande` / `Valérie Jaquier, Crissier`).
        if first > 0 && !self.toks[first].line_before() {
            let p = first - 1;
            // `M. de Lanessan`: the title stands before the particle.
            // Only an abbreviated or capitalised title: `le maire de Dinan`
            // names a town.
            // A general or a marshal is named by his family name, whose
            // particle follows the rank (`le général de Longuemar`); not
            // the adjective of a role (`le directeur général de Nexelia`).
            let rank = |r: &Self, k: usize| {
                matches!(
                    r.word(k),
                    "général" | "généraux" | "amiral" | "maréchal"
                ) && !(k > 0
                    && r.is_word(k - 1)
                    && r.toks[k - 1].shape == Shape::Lower
                    && !matches!(
                        r.word(k - 1),
                        "le" | "du"
                            | "au"
                            | "un"
                            | "ce"
                            | "les"
                            | "des"
                            | "aux"
                    ))
            };
            let q = if p > 0
                && self.particles_at(p) == first
                && (self.is_punct(p - 1, ".")
                    // `Maître de X`, not `PDG d'Ormelis`: a role
                    // written in capitals heads a company.
                    || self.word(p - 1).starts_with(char::is_uppercase)
                        && self.toks[p - 1].shape != Shape::Upper
                    || rank(self, p - 1))
            {
                p - 1
            } else {
                p
            };
            // `M. Musk`: the title word is two tokens back, before its
            // full stop.
            let title = if self.is_punct(q, ".") && q > 0 {
                self.title_at(q - 1)
            } else {
                self.title_at(q)
            };
            let adj_title = !title
                && p > 0
                && self.is_word(p)
                && self.toks[p].shape == Shape::Lower
                && !self.fact(p, Fact::Function)
                && self.title_at(p - 1);
            // `l'homme d'affaires Fortuné Dossou`, `le chef de projet X`,
            // `le juge d'instruction X`: a person's noun and the
            // lower-case complement that makes it a role; not a body's
            // noun, which the name after is (`chef de groupe PS`).
            let compound_title = !title
                && !adj_title
                && p >= 2
                && self.is_word(p)
                && self.toks[p].shape == Shape::Lower
                && !self.fact(p, Fact::Function)
                && self.noun_at(p) != Some(Label::Org)
                && matches!(self.word(p - 1), "de" | "d'" | "d’")
                && self.is_word(p - 2)
                && self.toks[p - 2].shape == Shape::Lower
                && (self.title_at(p - 2)
                    || self.noun_at(p - 2) == Some(Label::Per));
            if title
                || adj_title
                || compound_title
                || self.byline_at(p, first, last)
                || self.tribute_to(p)
            {
                m.add(Label::Per, weight::TITLE, true);
            }
            // `M. de Saint-Priest`, `Mme Bettencourt`: a civil title's
            // abbreviation before a name outweighs a list that holds the
            // name as a place or a firm.
            if title && self.civil_title_ends_at(q) {
                m.add(Label::Per, weight::CIVIL_TITLE, true);
            }
            // `le PDG de Baobab Holdings, Ravi Doorgakant,`: the name in
            // apposition to a role and its organisation is the person
            // holding it (not a list: no `et` after it).
            if self.is_punct(p, ",")
                && last < self.toks.len()
                && matches!(self.word(last), "," | "." | "(")
                && let Some(k) = (p.saturating_sub(5)..p).rev().find(|&k| {
                    !(self.is_word(k)
                        && matches!(
                            self.toks[k].shape,
                            Shape::Cap | Shape::Upper
                        ))
                })
                && k + 1 < p
                && k >= 1
                && (self.word(k) == "de"
                    || self.toks[k].kind == Kind::Elision
                        && self.word(k).starts_with(['d', 'D']))
                && self.is_word(k - 1)
                && self.role_before(k - 1) == Some(Label::Org)
            {
                m.add(Label::Per, weight::TITLE, true);
            } else if self.is_punct(p, ",")
                && last < self.toks.len()
                && matches!(self.word(last), "," | "." | "(")
                && self.portfolio_before(p)
            {
                m.add(Label::Per, weight::TITLE, true);
            }
            // `l'Argentin Messi`: a person; `le britannique Reckitt`,
            // `le chinois Tencent`, `la lyonnaise Kelvio`, `la
            // grenobloise Pastel`: a company, as the press writes the
            // nationality or the town of a firm (or of its feminine
            // noun, `la société`, `la start-up`) in lower case before its
            // name, as it would the firm's noun (above two capitalised
            // words: `le britannique Hartwell Ovens`).
            if self.demonym_at(p) {
                m.add(Label::Per, weight::NOUN_BEFORE, true);
            } else if p > 0
                && self.is_word(p)
                && self.toks[p].shape == Shape::Lower
                && matches!(
                    self.word(p - 1),
                    "le" | "Le"
                        | "la"
                        | "La"
                        | "l'"
                        | "l’"
                        | "L'"
                        | "L’"
                        | "du"
                        | "au"
                )
                && (DEMONYMS.contains(self.word(p))
                    || TOWN_DEMONYMS.contains(self.word(p)))
            {
                // A given name first keeps it a person's likely name (`le
                // français Tony Estanguet`, as some write it), unless an
                // English word follows it (`Hartwell Ovens`).
                let w = if self.person_named(first, last) {
                    weight::NOUN_BEFORE
                } else {
                    weight::COMPANY_NOUN
                };
                m.add(Label::Org, w, true);
            }
            // `le groupe indien Adani`: a describing noun, then one
            // adjective.
            if !title
                && !adj_title
                && p > 0
                && self.is_word(p)
                && self.toks[p].shape == Shape::Lower
                && self.is_word(p - 1)
                && !self.fact(p, Fact::Function)
                && self.fact_label(p, Fact::Noun).is_none()
                && let Some(l) = self.noun_at(p - 1)
                && adjective_like(self.word(p))
                // `spécialiste de la trottinette partagée Zipp`.
                && !(l == Label::Misc && self.field_noun(p - 1))
            {
                // `sa montre connectée Vela Sport`: a product's noun
                // after its determiner, as above.
                // `l'ONG palestinienne Kora Relief`: a firm's noun after
                // its determiner too outweighs a given name.
                let firm = l == Label::Org && {
                    let n = self.word(p - 1);
                    firm_noun(n)
                };
                let w = if (l == Label::Misc || firm)
                    && p >= 2
                    && (plain_article(self.word(p - 2))
                        || firm && any_case_determiner(self.word(p - 2)))
                {
                    weight::COMPANY_NOUN
                } else {
                    weight::NOUN_BEFORE
                };
                m.add(l, w, true);
            }
            if self.is_word(p) {
                // The cues of the word lower-cased, asked of its row.
                let wp = self.word(p);
                let id = self.row(p);
                // `dans la Rioja`, `vers le Tigré`: a region after its
                // article; no person takes one.
                // `dans le Mile End`: a district's two words too.
                let region = p > 0
                    && matches!(wp, "la" | "le" | "l'" | "l’")
                    && matches!(self.word(p - 1), "dans" | "vers" | "Dans");
                // `face à Hachette`, `grâce à Renault`, `quant à
                // Dupont`: `à` in a compound preposition says no place.
                let compound_at = |r: &Self, q: usize| {
                    q > 0
                        && matches!(
                            r.word(q - 1),
                            "face" | "grâce" | "quant" | "Grâce" | "Quant"
                        )
                };
                // `face à Givaudan et à Symrise`: the preposition
                // repeated in a list.
                let compound = wp == "à"
                    && p > 0
                    && (compound_at(self, p)
                        || matches!(self.word(p - 1), "et" | "ou")
                            && (p.saturating_sub(6)..p - 1).any(|q| {
                                self.is_word(q)
                                    && self.word(q) == "à"
                                    && compound_at(self, q)
                            }));
                // `rachète 64 magasins à Maxidis`, `inflige une amende à
                // Pinwheel`, `RACHÈTE 64 MAGASINS À MAXIDIS`: who
                // receives or gives up, no place.
                let mut dative = false;
                if matches!(wp, "à" | "À") {
                    for q in (p.saturating_sub(12)..p).rev() {
                        // A decimal comma (`1,4 milliard`) is no clause's
                        // end.
                        let decimal = q > 0
                            && self.toks[q - 1].shape == Shape::Digit
                            && self.toks[q + 1].shape == Shape::Digit;
                        // Nor past another complement or clause (`infligée
                        // par X pour son réseau à Yopougon`).
                        if self.toks[q + 1].line_before()
                            || matches!(
                                self.word(q),
                                "," | "." | ";" | ":" | "«" | "»"
                            ) && !decimal
                            || matches!(
                                self.word(q),
                                "par"
                                    | "pour"
                                    | "dans"
                                    | "sur"
                                    | "chez"
                                    | "avec"
                                    | "qui"
                                    | "que"
                                    | "dont"
                            )
                        {
                            break;
                        }
                        let w = self.word(q);
                        let w = if self.toks[q].shape == Shape::Upper {
                            lower(w, &mut self.buf)
                        } else {
                            w
                        };
                        if DATIVE_VERBS.contains(w) {
                            dative = true;
                            break;
                        }
                    }
                }
                // `A Lyon`: a capital À often loses its accent.
                if (self.facts.is(id, wp, Fact::PlacePrepLower)
                    || wp == "A"
                    || region)
                    && !compound
                    && !dative
                {
                    // `une introduction en Bourse`: after `en`, a common
                    // word no list holds is an institution's, no place.
                    // `En Bourse, le titre a cédé`: opening a sentence
                    // too (`En Gruyère`, a region, stays a place).
                    let institution = (wp == "en"
                        || wp == "En" && self.word(first) == "Bourse")
                        && single
                        && m.entry.is_none()
                        && self.common(first)
                        && !self.proper_name(first);
                    m.add(Label::Loc, weight::PLACE_PREP, !institution);
                    // `installé à Sophia Antipolis`, `basée à Zoug`: where
                    // something stands, though the name opens like a
                    // given name.
                    if wp == "à"
                        && p > 0
                        && matches!(
                            self.word(p - 1).trim_end_matches(['e', 's']),
                            "installé"
                                | "basé"
                                | "implanté"
                                | "situé"
                                | "établi"
                                | "domicilié"
                                | "localisé"
                        )
                    {
                        m.add(Label::Loc, weight::GIVEN_NAME, true);
                    }
                }
                // Most names follow a grammatical word (`de`, `le`),
                // which is none of the cues below.
                let grammatical = self.facts.is(id, wp, Fact::FunctionLower);
                if !grammatical
                    && !title
                    && let Some(l) = self.facts.label(id, wp, Fact::NounLower)
                {
                    // `le cabinet d'avocats Bredin Prat`: the head noun
                    // before `de` describes the name.
                    // `Le recycleur montréalais de batteries Cyclithium`:
                    // past an adjective; a plural product after `de` with
                    // no head found is a maker's goods, not the name's
                    // kind.
                    let of = p >= 2
                        && matches!(self.word(p - 1), "de" | "d'" | "d’");
                    // The head noun's token and label.
                    let head_at = if of {
                        self.noun_at(p - 2).map(|l| (p - 2, l)).or_else(|| {
                            (p >= 3 && self.toks[p - 2].shape == Shape::Lower)
                                .then(|| {
                                    self.noun_at(p - 3).map(|l| (p - 3, l))
                                })
                                .flatten()
                        })
                    } else {
                        None
                    };
                    let head = head_at.map(|(_, l)| l);
                    // `Le spécialiste de la trottinette Zipp`: a product
                    // after `de la` is the maker's field too.
                    let goods = of
                        && head.is_none()
                        && l == Label::Misc
                        && wp.ends_with(['s', 'x'])
                        || l == Label::Misc && self.field_noun(p);
                    // `la marque Léonie Brac`, `le cabinet Thiébaut
                    // Marchal`: a company's noun right before a full name
                    // outweighs its given name (a house named after its
                    // founder).
                    let l = head.unwrap_or(l);
                    // After its determiner only: `qui marque Heinrich
                    // Heine` is a verb.
                    // `la chaîne de boulangeries Louise Vidal`: the head's
                    // determiner and noun, before its complement.
                    let f = head_at.map_or(p, |(k, _)| k);
                    let det = f >= 1
                        && (!of || head_at.is_some())
                        && any_case_determiner(self.word(f - 1));
                    // `les broyeurs Barry Callebaut`: a plural noun too.
                    // Only a noun no person is called by (`le
                    // chocolatier Patrick Roger` is an artisan).
                    let firm = firm_noun(self.word(f));
                    // `la montre Vela Sport`, `le méthanier Ever Given`: a
                    // product's noun after its article outweighs a given
                    // name too (a model named like a person); not after
                    // a possessive before a person's noun nor `du` (`le
                    // producteur du film Albin Grau`); a possessive before a product's does
                    // (`son application Kora Wallet`), unless a person's
                    // name follows, a given name and no English word
                    // (`son assistant Tonino Valerii`: a virtual
                    // assistant's noun, a person's too).
                    let w = if l == Label::Org && det && firm
                        || l == Label::Misc
                            && !of
                            && f >= 1
                            && (plain_article(self.word(f - 1))
                                || possessive(self.word(f - 1))
                                    && !self.person_named(first, last))
                    {
                        weight::COMPANY_NOUN
                    } else {
                        weight::NOUN_BEFORE
                    };
                    if !goods {
                        m.add(l, w, true);
                    }
                } else if !grammatical
                    && !title
                    && (self.toks[p].shape == Shape::Lower
                        || self.trade_acronym(p))
                    && let Some(n) = self.company_noun_at(p)
                {
                    // `Le cabinet de conseil Roland Berger`: a firm's noun
                    // with its determiner, before its complement.
                    let fw = self.word(n);
                    let firm = firm_noun(fw)
                        && n > 0
                        && is_determiner(self.word(n - 1))
                        && matches!(
                            self.word(n + 1),
                            "de" | "d'" | "d’" | "du" | "des"
                        );
                    let w = if firm {
                        weight::COMPANY_NOUN
                    } else {
                        weight::NOUN_BEFORE - 1.0
                    };
                    m.add(Label::Org, w, true);
                } else if !grammatical
                    && !title
                    && self.toks[p].shape == Shape::Lower
                    && p >= 2
                    && let Some(h) = if self.facts.is(id, wp, Fact::Adjective)
                    {
                        if p >= 4
                            && self.noun_at(p - 1) != Some(Label::Misc)
                            && matches!(self.word(p - 2), "de" | "d'" | "d’")
                        {
                            // `l'assistant d'intelligence artificielle
                            // Aster`: past a complement and its adjective.
                            Some(p - 3)
                        } else {
                            Some(p - 1)
                        }
                    } else if p >= 3
                        && matches!(self.word(p - 1), "de" | "d'" | "d’")
                    {
                        Some(p - 2)
                    } else {
                        None
                    }
                    && self.is_word(h)
                    && self.toks[h].shape == Shape::Lower
                    && self.noun_at(h) == Some(Label::Misc)
                    && any_case_determiner(self.word(h - 1))
                {
                    // `le démonstrateur réutilisable Themis`, `son service
                    // de paiement Tiwa Money`: a product's noun past an
                    // adjective, or before a complement that is no noun
                    // of the lists.
                    m.add(Label::Misc, weight::NOUN_BEFORE - 1.0, true);
                }
                // `Corvantis commercialise déjà le Renalyx`: what a firm
                // sells is a product.
                if matches!(wp, "le" | "la" | "les" | "son" | "sa" | "ses")
                    && (p.saturating_sub(2)..p).any(|k| {
                        self.is_word(k)
                            && self.word(k).starts_with("commercialis")
                    })
                {
                    m.add(Label::Misc, weight::NOUN_BEFORE - 1.0, true);
                }
                // `analyste chez Kepler Cheuvreux`; a single word too
                // (`chez Bernstein`), below a known surname (a writer's
                // works, `chez Descartes`).
                if matches!(wp, "chez" | "Chez") {
                    // `analyste chez Bernstein`: a role held there names
                    // a company, above a known surname.
                    let role = p > 0
                        && self.is_word(p - 1)
                        && self.role_before(p - 1) == Some(Label::Org);
                    // A post held chez a name outweighs a given name too
                    // (`analyste chez Bryan Garnier`): people work for
                    // firms, not for people.
                    let w = if role {
                        weight::ROLE_OF + weight::GIVEN_NAME
                    } else if several {
                        weight::CHEZ
                    } else if self.fact(first, Fact::Surname) {
                        weight::CHEZ_SURNAME
                    } else {
                        weight::CHEZ_ONE
                    };
                    m.add(Label::Org, w, true);
                }
                // `un tour de table mené par Lakestar`: an investor;
                // `réalisé par X`: an author ([`AGENT_PARTICIPLES`]).
                if wp == "par"
                    && p > 0
                    && self.is_word(p - 1)
                    && let Some(l) = AGENT_PARTICIPLES.get(self.word(p - 1))
                {
                    // `le sondage réalisé par Leewas`: a survey's maker is
                    // a firm, not a film's director; so is the maker of a
                    // piece of industrial work (`l'assemblage est réalisé
                    // par Amkor`).
                    let survey = self.word(p - 1).starts_with("réalis")
                        && (p.saturating_sub(4)..p - 1).any(|k| {
                            matches!(
                                self.word(k),
                                "sondage"
                                    | "sondages"
                                    | "enquête"
                                    | "étude"
                                    | "baromètre"
                                    | "audit"
                                    | "assemblage"
                                    | "fabrication"
                                    | "production"
                                    | "travaux"
                                    | "chantier"
                                    | "construction"
                                    | "livraison"
                                    | "installation"
                                    | "maintenance"
                            )
                        });
                    let l = if survey { Label::Org } else { l };
                    m.add(l, weight::CHEZ, true);
                } else if wp == "par"
                    && let Some(l) = self.elided_agent(p)
                {
                    // `X a été conseillée par Y, le fonds par Z`: the
                    // participle left out after a comma.
                    m.add(l, weight::CHEZ, true);
                }
                if grammatical {
                    // `selon X` is a reporting cue and a preposition.
                    // A single word after it is a source more often than
                    // a person, named in full (`selon Reuters`, `selon
                    // Médias24`): the document stage decides.
                    if wp.eq_ignore_ascii_case("selon") {
                        if last == first + 1 {
                            m.source = true;
                            m.evidence = true;
                        } else if !self.listed_at(first).is_some_and(
                            |(end, e)| {
                                end < last
                                    && self.gaz.entry(e).label == Label::Org
                            },
                        ) {
                            // Not a listed firm's branch (`selon EDF
                            // Guadeloupe`).
                            m.add(Label::Per, weight::SPEECH, true);
                        }
                    }
                } else if self.facts.is(id, wp, Fact::SpeechLower) {
                    m.add(Label::Per, weight::SPEECH, true);
                }
                if self.facts.is(id, wp, Fact::NamingLower) {
                    let l = self.described_before(p);
                    m.add(l, weight::NAMED, true);
                }
            }
            // `Westlake a racheté Brixo`: what is bought is a company.
            if self.is_word(p)
                && self.toks[p].shape == Shape::Lower
                && OBJECT_VERBS.contains(self.word(p))
            {
                m.add(Label::Org, weight::ROLE_OF, true);
            }
            // `le téléphérique reliant Grimentz à Zinal`: what a line
            // joins or serves is a place.
            if self.is_word(p)
                && self.toks[p].shape == Shape::Lower
                && PLACE_VERBS.contains(self.word(p))
            {
                m.add(Label::Loc, weight::ROLE_OF, true);
            }
            // `la première étape, mardi, entre Huahine et Raiatea`, `la
            // liaison entre Tanger et Algésiras`: what a route or a stage
            // runs between is a place.
            if self.word(p) == "entre"
                && (p.saturating_sub(5)..p).any(|k| {
                    self.is_word(k) && ROUTE_NOUNS.contains(self.word(k))
                })
            {
                m.add(Label::Loc, weight::ROLE_OF, true);
            }
            // `s'empare de Kelvio`, `met la main sur Kelvio`: the figures
            // of speech of a takeover name its target after their
            // preposition.
            if p >= 2
                && self.is_word(p - 1)
                && (matches!(self.word(p), "de" | "d'" | "d’")
                    && matches!(
                        self.word(p - 1),
                        "empare" | "emparé" | "emparée" | "emparer"
                    )
                    && matches!(self.word(p - 2), "s'" | "s’")
                    || self.word(p) == "sur"
                        && self.word(p - 1) == "main"
                        && self.word(p - 2) == "la")
            {
                m.add(Label::Org, weight::ROLE_OF, true);
            }
            // `la filiale française de Bekaert`, `la division Europe de
            // Bekaert`: a part's parent company, past an adjective or a
            // region's name.
            if matches!(self.word(p), "de" | "d'" | "d’")
                && p >= 2
                // Not a listed place (`la filiale de Dakar`).
                && !self.listed_place(first)
                && (p.saturating_sub(3)..p).any(|k| {
                    self.is_word(k)
                        && matches!(
                            self.word(k),
                            "filiale"
                                | "filiales"
                                | "division"
                                | "divisions"
                        )
                        && (k + 1..p).all(|j| {
                            self.is_word(j)
                                && (self.toks[j].shape == Shape::Cap
                                    || self.toks[j].shape == Shape::Lower
                                        && adjective(self.word(j)))
                        })
                })
            {
                m.add(Label::Org, weight::FIRM_FRAME, true);
            }
            // `a racheté 30 % de Lumenor`, `détient déjà 9,9 % de
            // Lumenor`: the company a stake is bought, sold or held in.
            if matches!(self.word(p), "de" | "d'" | "d’")
                && p >= 3
                && self.word(p - 1) == "%"
                && (p.saturating_sub(8)..p - 1).any(|k| {
                    matches!(
                        self.word(k),
                        "racheté"
                            | "rachète"
                            | "racheter"
                            | "acquis"
                            | "acquiert"
                            | "acquérir"
                            | "cédé"
                            | "cède"
                            | "céder"
                            | "vendu"
                            | "vend"
                            | "vendre"
                            | "détient"
                            | "détenait"
                            | "détiendra"
                            | "possède"
                            | "possédait"
                            | "contrôle"
                    )
                })
            {
                m.add(Label::Org, weight::ROLE_OF, true);
            }
            // `l'OPA de Harlow Dynamics sur Tessivia`, `une offre sur
            // Kelvio`: a bid's target, past its bidder.
            if self.word(p) == "sur"
                && (p.saturating_sub(6)..p).rev().any(|k| {
                    matches!(self.word(k), "offre" | "OPA" | "OPE" | "OPAS")
                        && (k + 1..p).all(|j| self.toks[j].kind != Kind::Punct)
                })
            {
                m.add(Label::Org, weight::ROLE_OF, true);
            }
            // `le patron de Tesla`, `la ville de Rennes`.
            let of = (self.is_word(p) && matches!(self.word(p), "de" | "du"))
                || self.toks[p].kind == Kind::Elision
                    && self.word(p).starts_with(['d', 'D']);
            if of
                && p > 0
                && self.is_word(p - 1)
                && let Some(l) = self.role_before(p - 1)
            {
                governed = true;
                m.add(l, weight::ROLE_OF, true);
                m.civic = l == Label::Loc
                    && matches!(
                        self.word(p - 1),
                        "maire"
                            | "mairie"
                            | "ville"
                            | "commune"
                            | "habitants"
                            | "préfet"
                            | "préfète"
                            | "agglomération"
                            | "métropole"
                            | "banlieue"
                    );
            }
            // `l'entraîneur de Lorient`, `les supporters de Nantes`: a town
            // with players, staff or fans is its club.
            // `le défenseur central de Rennes`, `l'attaquant brésilien
            // de Lyon`: past one word of position or nationality.
            let staff = |k: usize| {
                self.is_word(k) && CLUB_STAFF.contains(self.word(k))
            };
            if of
                && town
                && p > 0
                && (staff(p - 1)
                    || p > 1
                        && staff(p - 2)
                        && self.is_word(p - 1)
                        && (matches!(
                            self.word(p - 1),
                            "adjoint"
                                | "central"
                                | "droit"
                                | "gauche"
                                | "international"
                                | "vedette"
                        ) || DEMONYMS.contains(self.word(p - 1))))
            {
                m.add(Label::Org, weight::CLUB, true);
            }
            // `a investi 12 millions d'euros dans X`, `une participation
            // dans X`: money goes into a company.
            if self.is_word(p)
                && self.word(p) == "dans"
                && self.invested_before(p)
            {
                m.add(Label::Org, weight::FRAME, true);
            }
            // `a levé 40 millions d'euros auprès d'Elaia et de Serena`:
            // who money is raised from are investors, firms.
            if self.raised_from(first) {
                m.add(Label::Org, weight::CHEZ, true);
            }
            // `le massif de la Chartreuse`, `le préfet de la Gironde`: a
            // place noun before `de la` or `de l'` (not `le président de
            // la République`, which names no organisation).
            let article = (self.is_word(p) && self.word(p) == "la")
                || self.toks[p].kind == Kind::Elision
                    && self.word(p).starts_with(['l', 'L']);
            if article
                && p > 1
                && self.word(p - 1) == "de"
                && self.is_word(p - 2)
            {
                match self.role_before(p - 2) {
                    // Not `le procureur de la République`: the State in
                    // a title, no place.
                    Some(Label::Loc) if self.word(first) != "République" => {
                        m.add(Label::Loc, weight::ROLE_OF, true)
                    }
                    // `le président de la SNES-FSU`, `le directeur de
                    // l'Insee`: an executive's organisation, unless the
                    // name is a common word (`la République`).
                    Some(Label::Org) if !self.common(first) => {
                        m.add(Label::Org, weight::ROLE_OF, true)
                    }
                    _ => {}
                }
            }
        }
        // `A350`, `A321XLR`, `COP28`: a code of capital letters and
        // digits, four characters or more, names a model or an event.
        if single && {
            let w = self.bytes(first);
            w.len() >= 4
                && w[0].is_ascii_uppercase()
                && w.iter().any(u8::is_ascii_digit)
                && w.iter().all(u8::is_ascii_alphanumeric)
        } {
            m.add(Label::Misc, weight::HEAD, true);
        }
        // `Etel, 21 juillet.`, `LYON, 4 février (AFP)`: a dateline
        // opening a sentence names the place the report comes from.
        // So does a town in capitals opening a line before a dash
        // (`TOULOUSE - Menés 0-2`, `MONTRÉAL – Les Alouettes`).
        let dash = single
            && self.toks[first].shape == Shape::Upper
            && (first == 0 || self.toks[first].line_before())
            && ["-", "–", "—"].iter().any(|d| self.is_punct(last, d));
        if single && (dash || m.initial && self.dateline_after(last)) {
            m.add(Label::Loc, weight::PLACE_PREP, true);
            m.dateline = true;
        }
        // `Guingamp DISTRIBUTION DE PRIX.`: a town before an upper-case
        // heading heads a column of local news.
        if single
            && self.toks[first].shape == Shape::Cap
            && last < self.toks.len()
            && !self.toks[last].line_before()
            && self.is_word(last)
            && self.toks[last].shape == Shape::Upper
            && self.word(last).len() >= 3
            && self.common(last)
        {
            m.add(Label::Loc, weight::PLACE_PREP, true);
        }
        // `Anders Kjeldgaard (Voltane-Meridia)`: a name alone in brackets
        // after a full name is the team or the party; a listed place
        // (`Marc Lenoir (Isère)`) outweighs it.
        if first >= 3
            && self.is_punct(first - 1, "(")
            && self.is_punct(last, ")")
            && (first - 3..first - 1)
                .all(|k| self.is_word(k) && self.toks[k].shape == Shape::Cap)
        {
            m.add(Label::Org, weight::FRAME, true);
        }
        // `quatre communes, dont Arradon et Baden`: the names a plural
        // noun counts take its label.
        let p = self.list_start(first);
        if p >= 3
            && self.word(p - 1) == "dont"
            && self.is_punct(p - 2, ",")
            && self.is_word(p - 3)
            && self.toks[p - 3].shape == Shape::Lower
            && let Some(l) = self.noun_at(p - 3)
            // `plusieurs investisseurs, dont Amundi et Sycomore`: a list
            // opened by a listed name of another kind shows what the
            // noun counts.
            && self
                .listed_at(p)
                .is_none_or(|(_, e)| self.gaz.entry(e).label == l)
        {
            m.add(l, weight::NOUN_BEFORE, true);
        }
        // `confié à DP World`: unlisted initials before a word that is
        // no French word open a company's name, not a place's.
        if last == first + 2 && self.initials_before_name(first) {
            m.add(Label::Org, weight::PLACE_PREP + weight::TOWN, true);
        }
        // `la Banque de l'Union sénégalaise (BUS)`: an acronym in
        // brackets the name before spells is that name's.
        if single && self.bracketed_acronym(first) {
            m.add(Label::Org, weight::FRAME, true);
        }
        // `la Fédération malienne de football (Femafoot)`, `la
        // Communauté économique des États de l'Afrique de l'Ouest
        // (Cédéao)`: a capitalised word alone in brackets that the name
        // before spells by the first letters of its words is that name's.
        if single
            && first >= 2
            && self.toks[first].shape == Shape::Cap
            && self.is_punct(first - 1, "(")
            && self.is_punct(last, ")")
            && self.spelled_by_syllables(first - 1, self.word(first))
        {
            m.add(Label::Org, weight::FRAME, true);
        }
        // `l'Agence européenne des médicaments (EMA)`: an acronym alone
        // in brackets is a body's, whatever it spells; no person's.
        if single
            && first >= 1
            && self.toks[first].shape == Shape::Upper
            && self.word(first).len() >= 2
            && self.is_punct(first - 1, "(")
            && self.is_punct(last, ")")
        {
            m.add(Label::Org, weight::CHEZ, true);
        }
        // `Son associé, Li Wenjie, espère`: a noun with its determiner,
        // then the name in apposition between commas.
        if first >= 3
            && self.is_punct(first - 1, ",")
            && self.is_punct(last, ",")
            && self.is_word(first - 2)
            && self.toks[first - 2].shape == Shape::Lower
            && matches!(
                self.word(first - 3),
                "son" | "sa" | "leur" | "Son" | "Sa" | "Leur"
            )
            && let Some(l) = self.noun_at(first - 2)
        {
            m.add(l, weight::NOUN_BEFORE, true);
        }
        // `Le fournisseur de Lidl, Castagnède, a augmenté`,
        // `L'actionnaire de Boiron, Sycomore,`: a company's noun with its
        // determiner and the name it relates to, then the name in
        // apposition between commas, which outweighs a person's apposed
        // to a company (`Renault, Luca de Meo,`).
        if first >= 5
            && self.is_punct(first - 1, ",")
            && self.is_punct(last, ",")
            && !self.given_name(first)
            && let Some(l) = self.related_noun_before(first - 1)
            && l == Label::Org
        {
            m.add(l, weight::COMPANY_NOUN, true);
        }
        // The context after: an apposition. Not after a name fronted by
        // `Côté` opening the sentence (`Côté Quantalys, le prix fait
        // grincer des dents`): the noun phrase after its comma is the
        // subject of the clause.
        // `Selon le courtier Kestrel Hayes, le prix ...` either; `Selon
        // Information, un organisme d'information` is an apposition.
        let indefinite = last + 1 < self.toks.len()
            && matches!(self.word(last + 1), "un" | "une");
        // `Pour Habibou Garba, chercheur à l'ISS, la situation empire`: a
        // bare noun after the comma is the name's apposition, no subject
        // (a subject takes its determiner).
        let bare = last + 1 < self.toks.len()
            && self.is_punct(last, ",")
            && self.is_word(last + 1)
            && self.toks[last + 1].shape == Shape::Lower
            && self.noun_at(last + 1).is_some();
        // Only a comma opens an apposition ([`Self::apposition_after`]):
        // the sentence's opening is read only before one.
        let fronted = self.is_punct(last, ",")
            && !indefinite
            && !bare
            && (first.saturating_sub(4)..first).any(|k| {
                self.toks[k].initial()
                    && (matches!(
                        self.word(k),
                        "Côté" | "Selon" | "Pour" | "Chez" | "Outre"
                    ) || matches!(self.word(k), "D'" | "D’")
                        && k + 1 < first
                        && self.word(k + 1) == "après")
                    && (k + 1..first).all(|j| !self.is_punct(j, ","))
            })
            // `Sur la rivière Mistassini, la scierie voisine`, `De
            // l'autre côté du canal du Mozambique, l'agence`: a place
            // fronted by a preposition of place opening the sentence; the
            // noun phrase after its comma is the clause's subject.
            || self.is_punct(last, ",")
                && !indefinite
                && !bare
                && (first.saturating_sub(8)..first).any(|k| {
                    self.toks[k].initial()
                        && matches!(
                            self.word(k),
                            "Sur"
                                | "Dans"
                                | "Sous"
                                | "Depuis"
                                | "Devant"
                                | "Derrière"
                                | "Près"
                                | "Autour"
                                | "Le"
                                | "De"
                                | "Au"
                                | "Aux"
                                | "Vers"
                        )
                        && (k + 1..first).all(|j| !self.is_punct(j, ","))
                        && self.fronted_place(k, first)
                });
        // `Le coureur de l'équipe Halvorsen-Nordbank, 24 ans,`: after an
        // organisation's noun, the age or role in apposition is that of
        // the noun phrase the name completes.
        if !fronted
            && let Some(l) = self.apposition_after(last)
            && !(l == Label::Per
                && first > 0
                && self.is_word(first - 1)
                && self.toks[first - 1].shape == Shape::Lower
                && self.noun_at(first - 1) == Some(Label::Org))
            // `le troisième roman de Hugo Vasseur, une fresque familiale`:
            // the work is described, not its author.
            && !(l == Label::Misc
                && first >= 2
                && (matches!(self.word(first - 1), "de" | "d'" | "d’"))
                && self.toks[first - 2].shape == Shape::Lower
                && WORK_NOUNS.contains(self.word(first - 2)))
        {
            m.add(l, weight::APPOSITION, true);
        }
        // `son prochain jeu, Ashfall Saga, attendu en mars`: the name in
        // apposition after a noun and its determiner.
        if let Some(l) = self.apposition_before(first, last) {
            m.add(l, weight::APPOSITION, true);
        }
        // `Sarlat, en Dordogne`, `Sivens, dans le Tarn`: a place placed
        // in a larger one.
        if self.located_after(last) {
            m.add(Label::Loc, weight::PLACE_PREP, true);
        }
        // `Westlake a racheté`, `Nobian, qui emploie`, `Reckitt a publié
        // ses résultats`: what only a company does.
        let business = self.business_after(last);
        // `Le groupe familial de Vitré exploite`: after a role noun and
        // `de`, the noun is the subject, not the name.
        if business > 0.0 && !governed {
            m.add(Label::Org, business, true);
        }
        // `Fondée en 1798, Lullin est détenue par six associés`: a clause
        // opened by a firm's participle before the name.
        if self.founded_before(first) {
            m.add(Label::Org, weight::FIRM_FRAME, true);
        }
        // A capitalised common word alone (`Sanquest Médical, fondé`,
        // split) is no company for it.
        // Founded, based, listed or bought: what no person is.
        if self.founded_after(last)
            && !(first..last)
                .all(|k| self.toks[k].kind != Kind::Word || self.common(k))
        {
            m.add(Label::Org, weight::FIRM_FRAME, true);
        }
        // `les Violets ont renversé`, `les Bleus`: a common plural
        // capitalised mid-sentence after `les` is a team's or a party's
        // nickname; no person is plural, a people's name is a demonym.
        // Kept only in a match report (the document stage decides).
        if !m.evidence && single && !m.initial && self.nickname_at(first) {
            m.add(Label::Org, weight::FRAME, true);
            m.nickname = true;
        }
        // `Voies navigables de France (VNF)`: the acronym in brackets
        // after it spells a body's name.
        if !m.evidence
            && m.entry.is_none()
            && self.spelled_by_bracket(first, last)
        {
            m.add(Label::Org, weight::HEAD, true);
        }
        // `la FDA a autorisé Velmoxa (velmoxitinib)`: a drug's brand
        // before its international name in brackets, which ends in a
        // stem of its class (`-mab`, `-tinib`, `-vir`, `-glutide`).
        if m.entry.is_none()
            && self.is_punct(last, "(")
            && self.is_punct(last + 2, ")")
            && self.is_word(last + 1)
            && self.toks[last + 1].shape == Shape::Lower
            && {
                let inn = self.word(last + 1);
                inn.len() > 6 && DRUG_STEMS.iter().any(|e| inn.ends_with(e))
            }
        {
            m.add(Label::Misc, weight::HEAD + 2.0, true);
        }
        // `sur un Mathis Delacroix impérial`, `porté par un Yanis
        // Lefebvre-Diallo des grands soirs`: a given name and a surname
        // after `un` is a person at his best, no thing.
        let shown = first > 0
            && last - first >= 2
            && matches!(self.word(first - 1), "un" | "une" | "Un" | "Une")
            && (first..last).all(|k| {
                self.toks[k].kind == Kind::Word
                    && self.toks[k].shape == Shape::Cap
            })
            && !self.toks.get(last).is_some_and(|t| {
                t.shape == Shape::Digit
                    || t.kind == Kind::Word && t.shape == Shape::Cap
            })
            && self.given_name(first);
        // `le Valois de diamant`, `une Wilson Blade 98`, `le Crédit
        // Agricole Nord Est`: no person takes an article right before
        // the name.
        if first > 0
            && !shown
            && m.entry.is_none()
            && m.title.is_none()
            && self.is_word(first - 1)
            && matches!(
                self.word(first - 1),
                "le" | "la" | "un" | "une" | "du" | "au" | "Le" | "La" | "Un" | "Une"
            )
            && self.toks[first].shape != Shape::Lower
            // `M. du Halgouet`: a particle after a title.
            && !(matches!(self.word(first - 1), "du" | "au")
                && (first < 2 || !self.is_word(first - 2)))
            && m.scores[slot(Label::Per)] > 0.0
        {
            m.scores[slot(Label::Per)] = 0.0;
            m.add(Label::Org, weight::DEFAULT, false);
        }
        // A name made only of capitalised common words (`Si`, `État`)
        // needs evidence.
        true
    }

    /// The rules of [`Self::keep`] for a name with no evidence yet, and
    /// the last checks: the only ones that read the mention kept before.
    #[inline(never)]
    fn keep_c(
        &mut self,
        m: &mut Mention,
        first: usize,
        last: usize,
        prev: Option<&Mention>,
    ) -> bool {
        let single = last - first == 1;
        let Some((lastw, several)) = self.last_word(first, last) else {
            return false;
        };
        // `Marc-Olivier Perrenoud, Bellinzone`: a byline's line, a
        // person's name and after a comma one name closing the line, the
        // town the article is sent from.
        if single
            && first >= 1
            && m.entry
                .is_none_or(|e| self.gaz.entry(e as usize).label == Label::Loc)
            && self.is_punct(first - 1, ",")
            && self.toks.get(last).is_none_or(|t| t.line_before())
            && prev.is_some_and(|p| {
                p.last as usize == self.base + first - 1
                    && p.person_form > 0.0
                    && p.first as usize >= self.base
                    && {
                        let f = p.first as usize - self.base;
                        f == 0 || self.toks[f].line_before()
                    }
            })
        {
            m.add(Label::Loc, weight::LISTED, true);
        }
        if !m.evidence {
            let words: Vec<usize> = (first..last)
                .filter(|&k| self.toks[k].kind == Kind::Word)
                .collect();
            // Looked up only here: the document stage reads it only for
            // mentions without evidence.
            m.common = words.iter().all(|&k| self.common(k));
            // Brand case (`xAI`) without a cue is more often OCR noise
            // (`iVally`); a real brand is listed or introduced.
            let brand = self.toks[first].shape == Shape::Brand;
            // `dont Amundi et Sycomore`: a capitalised common word listed
            // after a name with evidence names a thing of the same kind
            // (the coordination shares its label).
            // Not when lower-case words go on (`le PS et Place publique`):
            // the list's name is longer.
            let listed_after = m.common
                && single
                && !m.initial
                && self.toks.get(last).is_none_or(|t| {
                    t.kind == Kind::Punct
                        || matches!(self.word(last), "et" | "ou")
                })
                && prev.is_some_and(|p| {
                    p.evidence
                        && p.joins_next
                        && p.last as usize + 1 + usize::from(p.repeats_prep)
                            == self.base + first
                });
            if (m.common || brand) && m.entry.is_none() && !listed_after {
                return false;
            }
            // Without any cue, an unknown name is most often a person:
            // press names people by surname alone after a first mention
            // (`M. Motte`, `Motte a dit`), places and companies usually
            // come with a preposition, a noun or a listed name.
            // An acronym (`CNAM`, `FNSEA`) is an organisation.
            let acronym = single
                && self.toks[first].shape == Shape::Upper
                && self.word(first).len() <= 5;
            // Several words without a given name (`Telecom Italia`,
            // `Prime Video`) are more often a company than a person,
            // unless none is a French word and each is capitalised: a
            // foreign person's full name (`Novak Djokovic`, `Tedros
            // Adhanom Ghebreyesus`) from a country the given-name lists
            // do not cover.
            // `Microsoft Flight Simulator`: a listed name opens no
            // person's name.
            let opens_listed =
                self.listed_at(first).is_some_and(|(end, e)| {
                    end < last && self.gaz.entry(e).label != Label::Loc
                });
            let foreign_person = (2..=3).contains(&words.len())
                && !opens_listed
                && words.iter().all(|&k| {
                    if self.toks[k].shape != Shape::Cap
                        || self.common(k)
                        || ORG_SUFFIXES.contains(self.word(k))
                    {
                        return false;
                    }
                    let mut w = std::mem::take(&mut self.word_buf);
                    lower(self.word(k), &mut w);
                    let is = acute_common(&w, &mut self.scratch);
                    self.word_buf = w;
                    !is
                })
                // `Cremola Kids`, `Pinwheel Loop`, `Nexora Yield`: a name
                // ending in an English word that is no surname is a
                // brand's or a product's.
                && {
                    let k = words[words.len() - 1];
                    let mut w = std::mem::take(&mut self.word_buf);
                    lower(self.word(k), &mut w);
                    let english = ENGLISH_WORDS.contains(&w)
                        && !SURNAMES.contains(self.word(k));
                    self.word_buf = w;
                    !english
                }
                // `Unreal Engine`, `Global Witness`: English words only
                // name no person.
                && !words.iter().all(|&k| {
                    let mut w = std::mem::take(&mut self.word_buf);
                    lower(self.word(k), &mut w);
                    let is = ENGLISH_WORDS.contains(&w);
                    self.word_buf = w;
                    is
                });
            // A single name after a definite article (`la Cnil`, `du
            // Sdis`, `l'Arcom`) is not a person: French names people
            // without one.
            let article = single && first > 0 && {
                let p = self.word(first - 1);
                matches!(
                    p,
                    "le" | "la"
                        | "les"
                        | "du"
                        | "des"
                        | "au"
                        | "aux"
                        | "l'"
                        | "l’"
                        | "Le"
                        | "La"
                        | "Les"
                        | "L'"
                        | "L’"
                )
            };
            // The shape of a foreign full name outweighs a comma next to
            // a place (`la région Bretagne, Loïg Chesnais-Girard`).
            if foreign_person {
                m.add(Label::Per, weight::COMPOUND, false);
                m.person_form += weight::COMPOUND;
            }
            // `GPT-4`, `F-16`: a name with a hyphenated number is a
            // model.
            let model = single && {
                let w = self.word(first);
                // `GPT-4o`: a version letter may follow the number.
                rsplit_hyphen(w).is_some_and(|(a, n)| {
                    let digits =
                        n.bytes().take_while(u8::is_ascii_digit).count();
                    !a.is_empty()
                        && digits > 0
                        && n.len() - digits <= 1
                        && n.bytes()
                            .skip(digits)
                            .all(|b| b.is_ascii_lowercase())
                })
            };
            // `GTA VI`, `Vatican II`: a Roman numeral after no given name
            // ends a product or an event.
            let numbered = several
                && self.toks[lastw].shape == Shape::Upper
                && roman(self.word(lastw))
                && !self.given_name(first);
            // `François Chéhu, de Corseul`, `les carrières de Quenast`:
            // a lone unknown word after `de` with no cue is more often
            // where someone or something comes from than a person, whom
            // French names there with a given name or a title.
            // `les carrières de Quenast et Bierghes`: a list after `de`.
            let p = self.list_start(first);
            // Not after a noun with its determiner (`le succès de
            // Doctolib`, `la participation de Creandum`): there `de`
            // names whom the thing belongs to, not where it comes from
            // (a place noun is in the role table, read above).
            let owned = p >= 3
                && self.is_word(p - 2)
                && self.toks[p - 2].shape == Shape::Lower
                && (self.is_word(p - 3)
                    && matches!(
                        self.word(p - 3),
                        "le" | "la"
                            | "les"
                            | "un"
                            | "une"
                            | "du"
                            | "des"
                            | "son"
                            | "sa"
                            | "ses"
                            | "leur"
                            | "leurs"
                            | "ce"
                            | "cet"
                            | "cette"
                            | "Le"
                            | "La"
                            | "Les"
                    )
                    || self.toks[p - 3].kind == Kind::Elision
                        && self.word(p - 3).starts_with(['l', 'L']));
            let of = single
                && p > 0
                && !owned
                && (matches!(self.word(p - 1), "de" | "De")
                    || self.toks[p - 1].kind == Kind::Elision
                        && self.word(p - 1).starts_with(['d', 'D']));
            // `Le Meur`, `Le Floch`: an unknown surname with its particle;
            // `Van Roost`, `Di Stefano`, `Von Allmen` too.
            let particle_surname = words.len() == 2
                && matches!(
                    self.word(first),
                    "Le" | "La"
                        | "De"
                        | "Van"
                        | "Von"
                        | "Di"
                        | "Da"
                        | "Del"
                        | "Della"
                )
                && !self.common(lastw);
            // `A. Wattelier`, `J. M. Dauguet`: initials of given names
            // before a surname.
            let initials = several
                && words[..words.len() - 1].iter().all(|&k| {
                    self.toks[k].shape == Shape::Upper
                        && self.word(k).len() == 1
                        && self.is_punct(k + 1, ".")
                })
                && self.toks[lastw].shape == Shape::Cap;
            let label = if model || numbered {
                Label::Misc
            } else if foreign_person || particle_surname || initials {
                Label::Per
            } else if article && self.accented_place(first) {
                Label::Loc
            } else if acronym || several || article {
                Label::Org
            } else if of {
                Label::Loc
            } else {
                Label::Per
            };
            m.add(label, weight::DEFAULT, false);
        }
        // `le Sdis 13`, `le Samu 61`: a département's service named by
        // its acronym, written in capitals or not, and its number.
        if last - first == 2
            && self.toks[first + 1].shape == Shape::Digit
            && self.word(first + 1).len() <= 3
            && matches!(self.toks[first].shape, Shape::Cap | Shape::Upper)
            && matches!(
                self.word(first),
                "Sdis" | "SDIS" | "Samu" | "SAMU" | "Smur" | "SMUR"
            )
        {
            m.add(Label::Org, weight::HEAD, true);
        }
        // `Van Damme`, `Van den Berghe`, `Von Allmen`: a Dutch or German
        // particle opening two or three words names a person, whatever
        // the last one is elsewhere (`Damme` is a town too).
        if (last - first == 2
            || last - first == 3 && self.toks[first + 1].shape == Shape::Lower)
            && m.entry.is_none()
            && matches!(self.word(first), "Van" | "Von")
            && self.toks[last - 1].shape == Shape::Cap
        {
            m.add(Label::Per, weight::GIVEN_NAME, true);
        }
        // `sur la baie de Somme, accueillera`, `son premier atelier rue
        // Voltaire`: a name a lower-case street or sea noun opens is a
        // place's, never a person's, whatever its context says.
        if !single
            && self.toks[first].shape == Shape::Lower
            && self.fact(first, Fact::Street)
        {
            m.scores[slot(Label::Per)] = 0.0;
        }
        // `selon La Gazette Drouot`: a title opened by a capitalised
        // article and a common word, over three words at least, names no
        // person (`Le Maire` alone may be a surname).
        if last - first >= 3
            && matches!(self.word(first), "Le" | "La" | "Les")
            && self.common(first + 1)
        {
            m.scores[slot(Label::Per)] = 0.0;
        }
        true
    }

    /// Whether the single name at `k` after a singular article reads as
    /// a river's or a region's (`la Vézère`, `le Trégor`): an accent
    /// past its first letter, which an organisation's initials written
    /// as a word (`la Cnil`, `l'Arcom`) do not carry.
    fn accented_place(&self, k: usize) -> bool {
        let singular = k > 0
            && (self.toks[k - 1].kind == Kind::Elision
                || matches!(
                    self.word(k - 1),
                    "la" | "le" | "du" | "au" | "La" | "Le" | "Du" | "Au"
                ));
        singular
            && self.toks[k].shape == Shape::Cap
            && self.word(k).chars().skip(1).any(|c| {
                matches!(
                    c,
                    'é' | 'è'
                        | 'ê'
                        | 'ë'
                        | 'à'
                        | 'â'
                        | 'î'
                        | 'ï'
                        | 'ô'
                        | 'û'
                        | 'ù'
                        | 'ç'
                )
            })
    }

    /// The first name of the list that ends with the name at `first`
    /// (`Quenast et Bierghes`, `Arradon, Vannes et Baden`): up to four
    /// capitalised words joined by `et` or commas.
    fn list_start(&self, first: usize) -> usize {
        let mut p = first;
        for _ in 0..4 {
            if p >= 2
                && matches!(self.word(p - 1), "et" | ",")
                && self.is_word(p - 2)
                && self.toks[p - 2].shape == Shape::Cap
            {
                p -= 2;
            } else {
                break;
            }
        }
        p
    }

    /// The label a role noun ending at word `k` gives the name after its
    /// `de`: the noun itself (`le patron de`), or the one before its
    /// modifiers (`la directrice financière de`, `le conseil
    /// d'administration de`).
    fn role_before(&mut self, k: usize) -> Option<Label> {
        // `Me Karim Benhadj, conseil de Vaillier`: a counsel in
        // apposition acts for a person as often as for a company.
        if k > 0 && self.word(k) == "conseil" && self.is_punct(k - 1, ",") {
            return None;
        }
        if let Some(l) = self.fact_label(k, Fact::RoleLower) {
            return Some(l);
        }
        // `la cité minière de Rubaya`, `la ville portuaire de X`: a place
        // noun and its adjective.
        if k > 0
            && self.is_word(k)
            && self.toks[k].shape == Shape::Lower
            && self.fact(k, Fact::Adjective)
            && self.is_word(k - 1)
            && self.toks[k - 1].shape == Shape::Lower
            && self.fact_label(k - 1, Fact::RoleLower) == Some(Label::Loc)
        {
            return Some(Label::Loc);
        }
        let mut k = k;
        for _ in 0..2 {
            if !self.is_word(k)
                || self.toks[k].shape != Shape::Lower
                || !ROLE_MODIFIERS.contains(self.word(k))
                || k == 0
            {
                return None;
            }
            k -= 1;
            // `d'administration`, `de surveillance`: a board's complement.
            let of = (self.is_word(k) && self.word(k) == "de")
                || self.toks[k].kind == Kind::Elision
                    && self.word(k).starts_with('d');
            if of {
                if k == 0 {
                    return None;
                }
                k -= 1;
            }
            if self.is_word(k)
                && let Some(l) = self.fact_label(k, Fact::RoleLower)
            {
                return Some(l);
            }
        }
        None
    }

    /// Whether a person's role, alone or with its complement, ends at the
    /// comma `p` (`son directeur général,`, `le ministre des Mines et de
    /// la Géologie,`, `la ministre des Affaires municipales,`): a
    /// determiner, a lower-case noun of a person, then only the words of
    /// a complement, none of them punctuation. The name in apposition
    /// after the comma holds it.
    fn portfolio_before(&mut self, p: usize) -> bool {
        let mut k = p;
        for _ in 0..10 {
            if k < 2 {
                return false;
            }
            k -= 1;
            let t = self.toks[k];
            if t.kind == Kind::Punct {
                return false;
            }
            if t.kind != Kind::Word || t.shape != Shape::Lower {
                continue;
            }
            if self.noun_at(k) == Some(Label::Per) {
                // The complement must start right after the noun, or
                // after one adjective (`le ministre délégué aux`).
                // One person holds the role: a singular determiner.
                let d = self.word(k - 1);
                let det = is_determiner(d) && !d.ends_with(['s', 'x']);
                let mut c = k + 1;
                if c < p
                    && self.toks[c].shape == Shape::Lower
                    && !matches!(
                        self.word(c),
                        "de" | "du" | "des" | "d'" | "d’" | "aux" | "au" | "à"
                    )
                {
                    c += 1;
                }
                // `son directeur général, X`: the role alone.
                return det
                    && (c == p
                        || c < p
                            && matches!(
                                self.word(c),
                                "de" | "du"
                                    | "des"
                                    | "d'"
                                    | "d’"
                                    | "aux"
                                    | "au"
                                    | "à"
                            ));
            }
        }
        false
    }

    /// Whether a company's noun stands a few words before the word `k`,
    /// past adjectives and a complement (`la compagnie aérienne régionale
    /// Azur Liaisons`, `la start-up de l'agritech Verdi`): no punctuation
    /// and no grammatical word between but `de` and its article.
    /// Whether the word at `k` is an acronym of a common noun naming a
    /// trade (`le groupe de BTP Ormelis`).
    fn trade_acronym(&self, k: usize) -> bool {
        let w = self.word(k);
        self.toks[k].kind == Kind::Word
            && self.toks[k].shape == Shape::Upper
            && (ACRONYMS.contains(w) || ACRONYMS_COMMON.contains(w))
    }

    fn company_noun_before(&mut self, k: usize) -> bool {
        self.company_noun_at(k).is_some()
    }

    /// The company noun [`Self::company_noun_before`] finds, as its
    /// token index.
    fn company_noun_at(&mut self, k: usize) -> Option<usize> {
        let mut k = k;
        for _ in 0..7 {
            if k == 0 {
                return None;
            }
            k -= 1;
            let t = self.toks[k];
            if t.kind == Kind::Elision {
                if self.word(k).starts_with(['d', 'l']) {
                    continue;
                }
                return None;
            }
            let w = self.word(k);
            let trade = self.trade_acronym(k);
            if t.kind != Kind::Word || t.shape != Shape::Lower && !trade {
                return None;
            }
            if trade || matches!(w, "de" | "du" | "des" | "la") {
                continue;
            }
            // `la compagnie d'eau et d'électricité Jirama`: two
            // complements joined.
            if w == "et"
                && matches!(self.word(k + 1), "de" | "d'" | "d’" | "du")
            {
                continue;
            }
            let id = self.row(k);
            if self.facts.is(id, w, Fact::FunctionLower) {
                return None;
            }
            if let Some(l) = self.facts.label(id, w, Fact::NounLower) {
                // `la marque de montres de plongée Lisière`: goods after
                // `de` are the company's trade, not its kind.
                let trade = l == Label::Misc
                    && k > 0
                    && matches!(self.word(k - 1), "de" | "d'" | "d’");
                if trade {
                    continue;
                }
                return (l == Label::Org).then_some(k);
            }
        }
        None
    }

    /// Whether a dateline follows at `k`: a comma, a day number and a
    /// month (`, 21 juillet`), past the town's département in brackets
    /// (`LUCHON (Haute-Garonne), 11 juillet`).
    fn dateline_after(&mut self, k: usize) -> bool {
        let mut k = k;
        if self.is_punct(k, "(")
            && let Some(close) = (k + 1..(k + 8).min(self.toks.len()))
                .find(|&j| self.is_punct(j, ")"))
        {
            k = close + 1;
        }
        k + 2 < self.toks.len()
            && self.is_punct(k, ",")
            && self.toks[k + 1].shape == Shape::Digit
            && self.word(k + 1).len() <= 2
            && self.is_word(k + 2)
            && MONTHS.contains(&lower(self.word(k + 2), &mut self.buf))
    }

    /// Whether the words from `k` say what a company does, its subject
    /// being the name before: an optional `, qui`, an optional auxiliary,
    /// then a verb of [`FIRM_VERBS`] or [`ORG_VERBS`] or `publié ses
    /// résultats`: the weight of that evidence, 0 for none.
    fn business_after(&mut self, k: usize) -> f32 {
        const WORKS: &[&str] = &[
            "album",
            "chanson",
            "documentaire",
            "exposition",
            "festival",
            "film",
            "livre",
            "mission",
            "opéra",
            "opération",
            "pièce",
            "prix",
            "roman",
            "spectacle",
            "série",
            "tournoi",
            "émission",
        ];
        let word = |r: &Self, j: usize| {
            (j < r.toks.len() && !r.toks[j].line_before()).then(|| r.word(j))
        };
        let mut j = k;
        // `Orrin, dont le siège est à Aberdeen`: a firm's head office.
        if word(self, j) == Some(",")
            && word(self, j + 1) == Some("dont")
            && matches!(word(self, j + 2), Some("le" | "son"))
            && word(self, j + 3) == Some("siège")
        {
            return weight::FIRM_FRAME;
        }
        // `à Cluses, qui emploie 380 personnes`: a relative clause may
        // tell of the noun before the name; weaker evidence.
        let relative =
            word(self, j) == Some(",") && word(self, j + 1) == Some("qui");
        if relative {
            j += 2;
        }
        let firm = if relative { weight::FRAME } else { weight::FIRM_FRAME };
        if matches!(
            word(self, j),
            Some("a" | "ont" | "avait" | "va" | "vient" | "compte" | "doit")
        ) {
            j += 1;
            // `vient de racheter`: the infinitive is not listed.
        }
        let Some(v) = word(self, j) else { return 0.0 };
        // Most names are followed by a mark, which no cue below is.
        if self.toks[j].kind == Kind::Punct {
            return 0.0;
        }
        if FIRM_VERBS.contains(v) {
            return firm;
        }
        if ORG_VERBS.contains(v) {
            return weight::FRAME;
        }
        // `X s'empare de`, `X met la main sur`, `X a mis la main sur`: a
        // takeover told in figures of speech.
        let figure = matches!(v, "s'" | "s’")
            && matches!(
                word(self, j + 1),
                Some("empare" | "emparé" | "emparée")
            )
            || matches!(v, "met" | "mis" | "mettra" | "mettrait")
                && word(self, j + 1) == Some("la")
                && word(self, j + 2) == Some("main")
                && word(self, j + 3) == Some("sur");
        if figure {
            return weight::FRAME;
        }
        // `X a présenté mardi son smartphone`, `X a vendu 9 millions de
        // smartphones`: a maker launches or sells its products.
        let launch = matches!(
            v,
            "présenté"
                | "présente"
                | "dévoilé"
                | "dévoile"
                | "lancé"
                | "lance"
        );
        let sells = matches!(v, "vendu" | "vend" | "écoulé" | "écoule");
        if launch || sells {
            // Sold by the million, not `sa voiture`.
            let mut counted = false;
            for n in j + 1..j + 7 {
                let Some(w) = word(self, n) else { break };
                if matches!(w, "." | ";" | ":" | "«") {
                    break;
                }
                counted |= self.toks[n].shape == Shape::Digit;
                let fits = if launch {
                    matches!(word(self, n - 1), Some("son" | "sa" | "ses"))
                } else {
                    counted
                };
                // Works are an author's (`a présenté son film`).
                if fits
                    && self.toks[n].shape == Shape::Lower
                    && !WORKS.contains(&w)
                    && self.noun_at(n) == Some(Label::Misc)
                {
                    return weight::FRAME;
                }
            }
        }
        // `X a annoncé le rachat de`, `X a finalisé l'acquisition de`:
        // a deal is a company's.
        if matches!(
            v,
            "annoncé"
                | "annonce"
                | "finalisé"
                | "finalise"
                | "bouclé"
                | "boucle"
                | "officialisé"
                | "officialise"
        ) && {
            // `a annoncé lundi le rachat`: past the day.
            let n = j + usize::from(word(self, j + 1).is_some_and(|w| {
                is_weekday(w) || matches!(w, "hier" | "officiellement")
            }));
            matches!(
                (word(self, n + 1), word(self, n + 2)),
                (Some("le"), Some("rachat"))
                    | (Some("l'" | "l’"), Some("acquisition"))
                    | (Some("la"), Some("cession" | "fusion" | "vente"))
            )
        } {
            return weight::FRAME;
        }
        if matches!(v, "publié" | "publie" | "publiera")
            && matches!(word(self, j + 1), Some("ses" | "son"))
            && matches!(
                word(self, j + 2),
                Some("résultats" | "comptes" | "chiffre" | "bénéfice")
            )
        {
            return firm;
        }
        // `X a essuyé une perte nette`, `X a réalisé un chiffre
        // d'affaires`, `X a dégagé un bénéfice`: a company's accounts.
        let accounts = matches!(
            v,
            "réalisé"
                | "réalise"
                | "essuyé"
                | "essuie"
                | "enregistré"
                | "enregistre"
                | "dégagé"
                | "dégage"
                | "affiché"
                | "affiche"
                | "accusé"
                | "accuse"
                | "subi"
                // `X a vu ses ventes reculer`, `X a relevé ses
                // prévisions`.
                | "vu"
                | "voit"
                | "relevé"
                | "relève"
                | "abaissé"
                | "abaisse"
        ) && matches!(
            word(self, j + 1),
            Some("un" | "une" | "son" | "sa" | "ses" | "des")
        ) && matches!(
            word(self, j + 2),
            Some(
                "chiffre"
                    | "perte"
                    | "pertes"
                    | "bénéfice"
                    | "bénéfices"
                    | "résultat"
                    | "excédent"
                    | "déficit"
                    | "Ebitda"
                    | "marge"
                    | "ventes"
                    | "commandes"
                    | "prévisions"
                    // `Raymond James relève sa cible à 41 $`: a broker's.
                    | "cible"
                    | "recommandation"
            )
        );
        if accounts { firm } else { 0.0 }
    }

    /// Whether the sentence opens, before the name at `first`, with a
    /// clause of a firm's participle ([`ORG_PARTICIPLES`]) closed by a
    /// comma right before the name: `Fondée en 1798, Lullin`, `Basée à
    /// Lyon, Kestrel`.
    fn founded_before(&mut self, first: usize) -> bool {
        if first < 2 || !self.is_punct(first - 1, ",") {
            return false;
        }
        let lo = first.saturating_sub(10);
        let Some(open) =
            (lo..first - 1).rev().find(|&k| self.toks[k].initial())
        else {
            return false;
        };
        self.is_word(open)
            && ORG_PARTICIPLES.contains(lower(self.word(open), &mut self.buf))
            // Not after its founders (`Fondée par deux chercheurs du
            // CEA-Leti, Inès Akkari et Damien Roussillon, Lucarne`).
            && !(open + 1..first - 1).any(|k| {
                self.is_punct(k, ",")
                    || self.is_punct(k, ".")
                    || self.is_word(k) && self.word(k) == "par"
            })
    }

    /// Whether the words from `k` say that the name before was founded,
    /// based, listed or bought ([`ORG_PARTICIPLES`]), apposed or in the
    /// passive: `Valtrix, fondée en 2012,`, `Kestrel a été créée`,
    /// `Lumeris est cotée`.
    fn founded_after(&self, k: usize) -> bool {
        let word = |j: usize| {
            (j < self.toks.len() && !self.toks[j].line_before())
                .then(|| self.word(j))
        };
        let skip = match (word(k), word(k + 1)) {
            (Some(","), _) => 1,
            (Some("a" | "avait"), Some("été")) => 2,
            (Some("est" | "était"), _) => 1,
            _ => return false,
        };
        word(k + skip).is_some_and(|v| ORG_PARTICIPLES.contains(v))
    }

    /// The label of what a naming verb at `p` describes: the nearest
    /// describing noun before it in the sentence that is not a person
    /// (`la startup du milliardaire, appelée xAI` → ORG), or ORG.
    fn described_before(&mut self, p: usize) -> Label {
        for k in (p.saturating_sub(12)..p).rev() {
            let t = self.toks[k];
            if t.kind == Kind::Punct && matches!(self.word(k), "." | "!" | "?")
            {
                break;
            }
            if t.kind == Kind::Word {
                match self.noun_at(k) {
                    Some(l) if l != Label::Per => return l,
                    _ if t.initial() => break,
                    _ => {}
                }
            }
        }
        Label::Org
    }
}

/// Whether `w` is a count written in digits or in French words (`8`,
/// `huit`, `douze`): of points or lengths in the standings.
fn count_word(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
        || crate::text::numbers::words(w).is_some_and(|n| n.len == w.len())
}

#[cfg(test)]
mod tests {
    use super::super::gazetteer::DEFAULT;
    use super::*;

    /// [`lower`]'s Latin-1 path gives what [`char::to_lowercase`] does.
    #[test]
    fn latin1_lower_agrees_with_unicode() {
        for c in '\0'..='\u{ff}' {
            let want: String = c.to_lowercase().collect();
            assert_eq!(latin1_lower(c).to_string(), want, "{c:?}");
        }
        let mut buf = String::new();
        for w in ["ÉLYSÉE", "Île-de-France", "KOVAČEVIĆ", "ΣΟΦΙΑ", "Ærø µ×÷"]
        {
            let want: String =
                w.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(lower(w, &mut buf), want, "{w}");
        }
        // Every Latin-1 character between ASCII letters, and two in a
        // row, through the byte path.
        for c in '\u{80}'..='\u{ff}' {
            for w in [format!("A{c}Z"), format!("{c}{c}"), format!("{c}")] {
                let want: String =
                    w.chars().flat_map(char::to_lowercase).collect();
                assert_eq!(lower(&w, &mut buf), want, "{w}");
            }
        }
    }

    /// Model codes joined by hyphens, not scores nor words.
    #[test]
    fn hyphenated_codes_are_no_scores() {
        for w in ["72-600", "A220-300", "930E-5", "A350-1000", "14-236"] {
            assert!(hyphenated_code(w.as_bytes()), "{w}");
        }
        for w in ["3-1", "12-10", "2-0-1", "Fold-7", "e-Tech", "A-", "-300"] {
            assert!(!hyphenated_code(w.as_bytes()), "{w}");
        }
    }

    fn spans(text: &str) -> Vec<&str> {
        let sentences = crate::text::sentences::split(text);
        let r = Reader::new(text, &sentences, &DEFAULT);
        r.mentions()
            .0
            .into_iter()
            .map(|m| &text[m.start as usize..m.end as usize])
            .collect()
    }

    #[test]
    fn windows_read_as_the_whole_document() {
        let paragraph = "Le ministre du Travail Marc Dufresnel a rencontré \
            Mme Zorbaud, patronne de Zorbex, à Rennes.\nSelon Le Monde, \
            Airbnb et Booking, deux plateformes, et « Les Heures claires » \
            de Pierre Martin, puis l'iPhone 15 et GPT-4o.\n";
        let flat = paragraph.replace('\n', " ");
        for text in [paragraph.repeat(40), flat.repeat(40)] {
            let sentences = crate::text::sentences::split(&text);
            let read = |window: usize, keep: usize| {
                let mut r = Reader::new(&text, &sentences, &DEFAULT);
                r.window = window;
                r.keep = keep;
                r.mentions()
            };
            let (whole, all) = read(1 << 40, KEEP);
            assert!(matches!(all, Kept::All(_)), "every token kept");
            // What the document stage reads of the words: offsets, shape
            // and sentence opening.
            let words = |k: &Kept| {
                let mut out = Vec::new();
                k.for_each_word(|t| {
                    out.push((t.range(), t.shape, t.initial()))
                });
                out
            };
            let expected = words(&all);
            assert!(whole.len() > 200);
            for window in [1, 7, 100, 1000] {
                let (got, toks) = read(window, KEEP);
                // Windows end at a line start, or in one long line at a
                // sentence start: names never run across either.
                assert_eq!(got, whole, "window {window}");
                // The tokens before the window are kept as they were
                // read, up to `keep` of them.
                assert_eq!(toks, all, "window {window}");
                let (got, toks) = read(window, 100);
                assert!(
                    matches!(toks, Kept::Words(_)),
                    "{window}: words kept"
                );
                assert_eq!(words(&toks), expected, "window {window}");
                assert_eq!(got, whole, "window {window}");
            }
        }
    }

    #[test]
    fn finds_name_spans() {
        let cases: &[(&str, &[&str])] = &[
            ("Le 26 mai, c'était au tour d' Elon Musk .", &["Elon Musk"]),
            (
                "explique Nathan Benaich d'Air Street Capital , une société",
                &["Nathan Benaich", "Air Street Capital"],
            ),
            (
                "Selon Information , un organisme d'information",
                &["Information"],
            ),
            ("Comme toujours avec le mercuriel M. Musk, les", &["Musk"]),
            ("le général Charles de Gaulle a dit", &["Charles de Gaulle"]),
            (
                "au 9, Rue du Pré-Botté à Rennes",
                &["Rue du Pré-Botté", "Rennes"],
            ),
            ("et H , une startup française", &["H"]),
            ("un site désormais appelé X, bénéficie", &["X"]),
            ("Grâce au rachat de Twitter par Musk", &["Twitter", "Musk"]),
            (
                "l’intelligence artificielle (IA). Avec Tesla , Xai et Si cela",
                &["Tesla", "Xai"],
            ),
            ("la Chambre des députés a voté", &["Chambre des députés"]),
            ("Apple Inc. a publié", &["Apple Inc."]),
            ("Il a vu Marine Le Pen hier.", &["Marine Le Pen"]),
            ("Marine Le Pen a parlé.", &["Marine Le Pen"]),
            ("Est-ce vrai ? Croyez-moi, Mme Durand.", &["Durand"]),
            ("ETAT-CIVIL de Rennes", &["Rennes"]),
            ("à Rennes Eclairage public", &["Rennes"]),
            ("POINCARÉ Paris, 22 avril", &["POINCARÉ", "Paris"]),
            ("un iVally noir", &[]),
            (
                "au 3, rue des Capucins, et quai Fosse",
                &["rue des Capucins", "quai Fosse"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(spans(text), *expected, "{text}");
        }
    }
}
