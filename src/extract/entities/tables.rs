//! The entity tables embedded from `data/entities/`, parsed once.
//!
//! Word lists are the embedded text itself, each with the hash table
//! `build.rs` makes of its lines (see [`WordList`]), so loading them reads
//! no line and hashes nothing; a list built at run time (the
//! abbreviations) is searched by binary search, its lines sorted by byte
//! value (the tests below check every table's order). The gazetteer index
//! itself is built in [`super::gazetteer`].

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use super::word_hash::{EMPTY, OFFSET_BITS, word_hash, word_tag};
use crate::lexicon::rows;
use crate::model::Label;

/// A word list of `data/entities/` with the hash table `build.rs` made
/// of it.
macro_rules! word_list {
    ($file:literal) => {
        WordList::prebuilt(
            include_str!(concat!("../../../data/entities/", $file)),
            include_bytes!(concat!(env!("OUT_DIR"), "/", $file, ".idx")),
        )
    };
}

/// A sorted word list, searched in place. A table of `data/entities/`
/// is looked up in the hash table built with the program (`build.rs`):
/// one or two places in memory per word. A list built at run time is
/// binary-searched line by line within the bucket of the word's first
/// two bytes, the lines of a first byte indexed the first time a word of
/// it is looked up.
pub(crate) struct WordList {
    /// The entries, one per line, sorted by byte value, each line ending
    /// in a newline.
    body: Cow<'static, str>,
    /// For each first byte, its lines, indexed the first time a word of
    /// that first byte is looked up: most first bytes of most tables are
    /// never seen.
    leads: Box<[OnceLock<Lead>]>,
    /// The hash table built with the program (see `build.rs`), for the
    /// tables of `data/entities/`: indexing the lexicon's half million
    /// lines at run time, even one first byte at a time, cost more than
    /// all the lookups made in them.
    prebuilt: Option<&'static [u8]>,
    /// For a small table, a test most words that are not entries fail
    /// before any search: the small tables are asked about most words of
    /// a text (`de`, `SA`, `annonce`), which few of them hold.
    sketch: Option<Box<Sketch>>,
}

/// The most entries a table has for a [`Sketch`] to turn most other words
/// away (it has 4 096 bits).
const SKETCHED: usize = 1024;

/// The lines of one first byte of a [`WordList`].
enum Lead {
    /// Every line indexed: the start of each line, then one past the
    /// newline of the last, and for each second byte (a one-byte word has
    /// a second byte of 0) the index of its first line, then the number
    /// of lines. One pass over the lines of the first byte builds it,
    /// which costs less than finding the bounds of the few buckets looked
    /// up by binary search.
    Dense { starts: Box<[u32]>, seconds: Box<[u32; 257]> },
}

/// The line around the middle of `body[lo..hi]` (which starts and ends at
/// line boundaries): its start and its end, newline excluded.
fn line_at(body: &[u8], lo: usize, hi: usize) -> (usize, usize) {
    let mid = lo + (hi - lo) / 2;
    let start = body[lo..mid]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(lo, |p| lo + p + 1);
    let end = body[start..hi]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(hi, |p| start + p);
    (start, end)
}

/// The entries of a table: its text after the comment header. The
/// tables are sorted by byte value (the tests check it).
fn body_of(table: &'static str) -> &'static str {
    let mut body = table;
    while body.starts_with('#') {
        body = body.split_once('\n').map_or("", |(_, rest)| rest);
    }
    body
}

fn bucket(word: &[u8]) -> usize {
    (usize::from(word.first().copied().unwrap_or(0)) << 8)
        | usize::from(word.get(1).copied().unwrap_or(0))
}

impl WordList {
    fn from_body(body: Cow<'static, str>) -> WordList {
        let leads = (0..256).map(|_| OnceLock::new()).collect();
        let lines = memchr::memchr_iter(b'\n', body.as_bytes()).count();
        let sketch = (lines <= SKETCHED)
            .then(|| Box::new(Sketch::new(body.split('\n'))));
        WordList { body, leads, prebuilt: None, sketch }
    }

    /// The lines of first byte `first`, found once.
    fn lead(&self, first: usize) -> &Lead {
        self.leads[first].get_or_init(|| {
            let len = self.body.len();
            let lo = self.lower_bound(first << 8, 0, len);
            let hi = self.lower_bound((first + 1) << 8, lo, len);
            let body = &self.body.as_bytes()[..hi];
            let mut starts = Vec::new();
            let mut seconds = Box::new([0u32; 257]);
            let mut next_second = 0;
            let mut at = lo;
            while at < hi {
                let end =
                    memchr::memchr(b'\n', &body[at..]).map_or(hi, |p| at + p);
                let second = if end > at + 1 { body[at + 1] } else { 0 };
                let second = usize::from(second);
                while next_second <= second {
                    seconds[next_second] = starts.len() as u32;
                    next_second += 1;
                }
                starts.push(at as u32);
                at = end + 1;
            }
            let lines = starts.len() as u32;
            seconds[next_second..].fill(lines);
            // One past the newline of the last line (or past its end, in
            // a body without a final newline).
            starts.push(at as u32);
            Lead::Dense { starts: starts.into_boxed_slice(), seconds }
        })
    }

    /// The start of the first line of `body[lo..hi]` (which starts and
    /// ends at line boundaries) whose key is `key` or more (`hi` when
    /// there is none).
    fn lower_bound(&self, key: usize, lo: usize, hi: usize) -> usize {
        let body = self.body.as_bytes();
        let (mut lo, mut hi) = (lo, hi);
        while lo < hi {
            let (start, end) = line_at(body, lo, hi);
            if bucket(&body[start..end]) < key {
                lo = end + 1;
            } else {
                hi = start;
            }
        }
        lo.min(body.len())
    }

    /// A table with the hash table built with the program; a small one
    /// also with its sketch.
    fn prebuilt(table: &'static str, index: &'static [u8]) -> WordList {
        let body = body_of(table);
        // A table of at most [`SKETCHED`] lines has at most this many
        // slots; the sketch is built from its lines, a few hundred.
        let small = index.len() / 4 <= (2 * SKETCHED).next_power_of_two();
        let sketch = (small
            && memchr::memchr_iter(b'\n', body.as_bytes()).count()
                <= SKETCHED)
            .then(|| Box::new(Sketch::new(body.split('\n'))));
        WordList {
            body: Cow::Borrowed(body),
            leads: Box::default(),
            prebuilt: Some(index),
            sketch,
        }
    }

    /// Whether `word` is in the list, exactly. The sketch's test, which
    /// most words fail, is made where the list is asked, without a call:
    /// only a word that passes it (or a word of a list too large for a
    /// sketch) is searched, out of line.
    #[inline(always)]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let word = word.as_bytes();
        if let Some(sketch) = &self.sketch
            && !word.is_empty()
            && !sketch.may_hold(word)
        {
            return false;
        }
        self.search(word)
    }

    /// Whether `word` is in the list, searched in its entries.
    #[inline(never)]
    fn search(&self, word: &[u8]) -> bool {
        let body = self.body.as_bytes();
        if let Some(index) = self.prebuilt {
            return prebuilt_contains(body, index, word);
        }
        let k = bucket(word);
        let (first, second) = (k >> 8, k & 0xff);
        match self.lead(first) {
            Lead::Dense { starts, seconds } => {
                let (mut lo, mut hi) =
                    (seconds[second] as usize, seconds[second + 1] as usize);
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    let (start, next) =
                        (starts[mid] as usize, starts[mid + 1] as usize);
                    let line = body.get(start..next - 1).unwrap_or_default();
                    match line.cmp(word) {
                        std::cmp::Ordering::Equal => return true,
                        std::cmp::Ordering::Less => lo = mid + 1,
                        std::cmp::Ordering::Greater => hi = mid,
                    }
                }
                false
            }
        }
    }
}

/// Whether `word` is a line of `body`, found in its prebuilt hash table
/// (see `build.rs`): probed from the word's hash until an empty slot, a
/// line's bytes compared only when its slot keeps the word's tag.
fn prebuilt_contains(body: &[u8], index: &[u8], word: &[u8]) -> bool {
    let slots = index.len() / 4;
    if slots == 0 {
        return false;
    }
    let mask = slots - 1;
    let h = word_hash(word);
    let tag = word_tag(h);
    let mut i = (h as usize) & mask;
    for _ in 0..slots {
        let Some(&[a, b, c, d]) = index.get(i * 4..i * 4 + 4) else {
            return false;
        };
        let slot = u32::from_le_bytes([a, b, c, d]);
        if slot == EMPTY {
            return false;
        }
        if slot >> OFFSET_BITS == tag {
            let start = (slot & ((1 << OFFSET_BITS) - 1)) as usize;
            let end = start + word.len();
            if body.get(start..end) == Some(word)
                && body.get(end).is_none_or(|&b| b == b'\n')
            {
                return true;
            }
        }
        i = (i + 1) & mask;
    }
    false
}

/// A test a word passes before a small table is searched for it: the
/// length, first two bytes and last byte of some entry, together. Most
/// words of a text fail it in a few instructions.
pub(crate) struct Sketch {
    /// One bit per key of an entry ([`Sketch::key`]).
    bits: [u64; SKETCH_BITS / 64],
    /// For each first byte, one bit per length of the entries that start
    /// with it (63: 63 bytes or more): a first test, cheaper than the
    /// key, which most short words (`de`, `la`, `et`) fail.
    lengths: [u64; 256],
}

/// How many bits a [`Sketch`] has.
const SKETCH_BITS: usize = 4096;

impl Sketch {
    pub(crate) fn new<'a>(words: impl Iterator<Item = &'a str>) -> Sketch {
        let mut s = Sketch { bits: [0; SKETCH_BITS / 64], lengths: [0; 256] };
        for w in words {
            if let Some(k) = Sketch::key(w.as_bytes()) {
                s.bits[k / 64] |= 1 << (k % 64);
                let first = usize::from(w.as_bytes()[0]);
                s.lengths[first] |= 1 << w.len().min(63);
            }
        }
        s
    }

    /// The bit of a word: its length (63: 63 bytes or more), first two
    /// bytes and last byte, hashed.
    #[inline(always)]
    fn key(word: &[u8]) -> Option<usize> {
        let (&f, &l) = (word.first()?, word.last()?);
        let second = *word.get(1).unwrap_or(&f);
        let k = (word.len().min(63) as u32) << 24
            | u32::from(f) << 16
            | u32::from(second) << 8
            | u32::from(l);
        Some((k.wrapping_mul(0x9E37_79B1) >> 20) as usize % SKETCH_BITS)
    }

    /// Whether `word` may be an entry (false: it surely is not).
    #[inline(always)]
    pub(crate) fn may_hold(&self, word: &[u8]) -> bool {
        let Some(&first) = word.first() else { return false };
        self.lengths[usize::from(first)] >> word.len().min(63) & 1 != 0
            && Sketch::key(word)
                .is_some_and(|k| self.bits[k / 64] & (1 << (k % 64)) != 0)
    }
}

/// The [`Sketch`] of [`STREET_NOUNS`] and [`BODY_HEADS`]: most
/// lower-case words are tested for being one.
pub(crate) static STREET_SKETCH: LazyLock<Sketch> = LazyLock::new(|| {
    Sketch::new(
        rows(include_str!("../../../data/entities/street_nouns.txt"))
            .chain(rows(include_str!("../../../data/entities/body_heads.txt")))
            .chain(rows(include_str!("../../../data/entities/road_nouns.txt")))
            .chain(rows(include_str!(
                "../../../data/entities/prize_nouns.txt"
            ))),
    )
});

/// A hash map of names and table entries ([`crate::lexicon::Words`]).
pub(crate) type Map<K, V> = crate::lexicon::FastMap<K, V>;

/// A `key<TAB>label` table.
pub(crate) struct LabelTable(Map<&'static str, Label>);

impl LabelTable {
    fn new(table: &'static str) -> LabelTable {
        LabelTable(
            rows(table)
                .filter_map(|r| {
                    let (k, l) = r.split_once('\t')?;
                    Some((k, Label::parse(l)?))
                })
                .collect(),
        )
    }

    /// The label of `key`, if listed.
    pub(crate) fn get(&self, key: &str) -> Option<Label> {
        self.0.get(key).copied()
    }
}

/// Well-known names: `name<TAB>label[<TAB>canonical]`.
pub(crate) const NAMES: &str =
    include_str!("../../../data/entities/names.tsv");
/// North American sports teams (`Canadiens de Montréal`), in the format
/// of [`NAMES`].
pub(crate) const TEAMS: &str =
    include_str!("../../../data/entities/teams.tsv");
/// Countries and subdivisions in French (generated, LOC).
pub(crate) const PLACES_ISO: &str =
    include_str!("../../../data/entities/places_iso.txt");
pub(crate) const PLACES_GEONAMES: &str =
    include_str!("../../../data/entities/places_geonames.txt");
pub(crate) const PLACES_WORLD: &str =
    include_str!("../../../data/entities/places_world.txt");
/// Other proper names from the French dictionary, mostly places
/// (generated, weak LOC).
pub(crate) static PROPER_NAMES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("proper_names.txt"));

/// Words that open a place's name before another place's (`Haute
/// Savoie`).
pub(crate) static PLACE_ADJECTIVES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("place_adjectives.txt"));

/// Lower-case nouns that open a prize's name (`prix Goncourt`).
pub(crate) static PRIZE_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("prize_nouns.txt"));

/// Nouns of a creative work that name an unmarked title beside them
/// (`le roman La Nuit des sémaphores`).
pub(crate) static WORK_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("work_nouns.txt"));

/// Endings of international drug names (`-mab`, `-tinib`, `-vir`).
pub(crate) static DRUG_STEMS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| {
        rows(include_str!("../../../data/entities/drug_stems.txt")).collect()
    });

/// Names of prizes that stand alone after an article (`le Goncourt`).
pub(crate) static PRIZE_NAMES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("prize_names.txt"));

/// Words of a product's edition after its model (`Pro`, `Ultra`).
pub(crate) static EDITION_WORDS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("edition_words.txt"));

/// Towns below the sizes of [`PLACES_GEONAMES`], one word each
/// (generated, weak LOC like [`PROPER_NAMES`]).
pub(crate) static PLACES_TOWNS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("places_towns.txt"));

/// Common French words and their inflected forms, lower case.
pub(crate) static LEXICON: LazyLock<WordList> =
    LazyLock::new(|| word_list!("lexicon.txt"));
/// Institutions' heads that stand alone for them (`l'Autorité`).
pub(crate) static LONE_HEADS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("lone_heads.txt"));
/// Common words of business news the dictionary lacks (`fintech`).
pub(crate) static LEXICON_EXTRA: LazyLock<WordList> =
    LazyLock::new(|| word_list!("lexicon_extra.txt"));
/// Given names, French and international: three sorted tables, looked
/// up one after the other (merging them cost more at start-up than the
/// extra lookups of a run).
pub(crate) static GIVEN_NAMES: GivenNames = GivenNames;

/// The given-name tables as one list.
pub(crate) struct GivenNames;

impl GivenNames {
    /// Whether `word` is in one of the tables, exactly.
    pub(crate) fn contains(&self, word: &str) -> bool {
        GIVEN_NAMES_FR.contains(word)
            || GIVEN_NAMES_INTL.contains(word)
            || GIVEN_NAMES_EXTRA.contains(word)
    }
}

static GIVEN_NAMES_FR: LazyLock<WordList> =
    LazyLock::new(|| word_list!("given_names.txt"));
static GIVEN_NAMES_EXTRA: LazyLock<WordList> =
    LazyLock::new(|| word_list!("given_names_extra.txt"));
static GIVEN_NAMES_INTL: LazyLock<WordList> =
    LazyLock::new(|| word_list!("given_names_intl.txt"));
/// Surnames.
pub(crate) static GIVEN_FEMALE: LazyLock<WordList> =
    LazyLock::new(|| word_list!("given_names_female.txt"));
pub(crate) static GIVEN_MALE: LazyLock<WordList> =
    LazyLock::new(|| word_list!("given_names_male.txt"));
pub(crate) static SURNAMES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("surnames.txt"));
/// Common English words, no French word nor name (`Engine`, `Witness`).
pub(crate) static ENGLISH_WORDS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("english_words.txt"));
/// Acronyms that are common nouns (IA, PIB).
pub(crate) static ACRONYMS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("acronyms.txt"));
/// Acronyms of common nouns the dictionary lacks (CSG, Ebitda).
pub(crate) static ACRONYMS_COMMON: LazyLock<WordList> =
    LazyLock::new(|| word_list!("acronyms_common.txt"));
/// Titles and roles before a person's name.
pub(crate) static PERSON_TITLES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("person_titles.txt"));
/// Reporting verbs before a speaker.
pub(crate) static SPEECH_VERBS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("speech_verbs.txt"));
/// Words after which the next word is a name (`appelé X`).
pub(crate) static NAMING_VERBS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("naming_verbs.txt"));
/// Prepositions before a place.
pub(crate) static PLACE_PREPS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("place_preps.txt"));
/// Particles inside a person's name.
pub(crate) static NAME_PARTICLES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("name_particles.txt"));
/// Lower-case nouns that open a street name (`rue des Capucins`).
pub(crate) static STREET_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("street_nouns.txt"));
/// Lower-case nouns of a road named by its number (`route 389`).
pub(crate) static ROAD_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("road_nouns.txt"));
/// A site's noun and the adjective of its kind (`parc national`).
pub(crate) static SITE_ADJECTIVES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("site_adjectives.txt"));
/// Corporate words after a common word that names the company alone
/// (`Sillage AI` ... `Sillage`).
pub(crate) static SHORT_NAME_WORDS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("short_name_words.txt"));
/// Words that make two hyphenated places a route (`l'axe`, `la ligne`).
pub(crate) static ROUTE_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("route_nouns.txt"));
/// Verb forms after which a bare name is a place (`reliant Grimentz`).
pub(crate) static PLACE_VERBS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("place_verbs.txt"));
/// Lower-case nouns and acronyms that open a public body's name
/// (`ministère des Armées`, `CHU d'Angers`).
pub(crate) static BODY_HEADS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("body_heads.txt"));
/// The heads of [`BODY_HEADS`] whose bodies are named after the place
/// they serve (`centre hospitalier de Carhaix`), one or two words.
pub(crate) static SEAT_HEADS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("seat_heads.txt"));
/// Countries and their subdivisions in French, as one list.
pub(crate) static COUNTRIES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("places_iso.txt"));
/// Nouns of a team's players, staff and fans (`l'entraîneur de Lorient`).
pub(crate) static CLUB_STAFF: LazyLock<WordList> =
    LazyLock::new(|| word_list!("club_staff.txt"));
/// Nationality adjectives, lower case (`argentin`, `britannique`).
pub(crate) static DEMONYMS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("demonyms.txt"));
/// Town and region demonyms, lower case (`grenoblois`, `genevoise`).
pub(crate) static TOWN_DEMONYMS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("town_demonyms.txt"));
/// Verbs whose subject is often a company (`a racheté`, `investit`).
pub(crate) static ORG_VERBS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("org_verbs.txt"));
/// Banks and bodies whose regional branches take their region's name
/// (`Crédit agricole des Savoie`).
pub(crate) static NETWORKS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("networks.txt"));
/// Nouns that name a firm before its name (`la marque`, `le cabinet`).
pub(crate) static FIRM_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("firm_nouns.txt"));
/// Nouns that open a newspaper's name before its town (`Le Courrier de
/// Rimouski`).
pub(crate) static PAPER_HEADS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("paper_heads.txt"));
/// Verbs only a firm does (`emploie`, `a licencié`).
pub(crate) static FIRM_VERBS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("firm_verbs.txt"));

/// Past participles that say a name before them is a company when they
/// are apposed or passive (`Valtrix, fondée en 2012`, `a été créée`).
pub(crate) static ORG_PARTICIPLES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("org_participles.txt"));
/// Words that end a company name.
pub(crate) static ORG_SUFFIXES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("org_suffixes.txt"));
/// English words that end a place name (`City`, `Beach`).
pub(crate) static PLACE_SUFFIXES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("place_suffixes.txt"));
/// Words that open a place name (`San`, `Sidi`).
pub(crate) static PLACE_PREFIXES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("place_prefixes.txt"));
/// Words of a match report (`battu`, `victoire`).
pub(crate) static MATCH_WORDS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("match_words.txt"));
/// Surnames after the particle `Le` (`Le Drian`, `Le Goff`).
pub(crate) static PARTICLE_SURNAMES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("particle_surnames.txt"));
/// Plural nouns naming a team before its town (`les Ducs d'Angers`).
pub(crate) static TEAM_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("team_nouns.txt"));
/// Colours that name a team in pairs (`les Rouge et Noir`).
pub(crate) static TEAM_COLOURS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("team_colours.txt"));
/// English words that end the name of an event (`Festival`, `Open`).
pub(crate) static EVENT_SUFFIXES: LazyLock<WordList> =
    LazyLock::new(|| word_list!("event_suffixes.txt"));
/// Words between a role noun and `de` (`directrice financière de`).
pub(crate) static ROLE_MODIFIERS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("role_modifiers.txt"));
/// Verbs whose complement after `à` receives or gives up something (`a
/// infligé une amende à X`), lower case.
pub(crate) static DATIVE_VERBS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("dative_verbs.txt"));
/// Verbs whose direct object is a company (`a racheté X`), lower case.
pub(crate) static OBJECT_VERBS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("object_verbs.txt"));
/// What a club does after its town's name (`a bouclé le recrutement`),
/// each phrase as its words.
pub(crate) static CLUB_PHRASES: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| {
        let mut phrases = crate::lexicon::rows(include_str!(
            "../../../data/entities/club_phrases.txt"
        ))
        .map(|r| r.split(' ').collect::<Vec<_>>())
        // Ordered by their first word, for a binary search on it.
        .filter(|p| !p[0].is_empty())
        .collect::<Vec<_>>();
        phrases.sort_by(|a, b| a[0].cmp(b[0]));
        phrases
    });
/// The [`Sketch`] of the first words of [`CLUB_PHRASES`]: most words after
/// a town open none, and fail it before the search.
pub(crate) static CLUB_FIRSTS: LazyLock<Sketch> =
    LazyLock::new(|| Sketch::new(CLUB_PHRASES.iter().map(|p| p[0])));
/// For each byte `b`, the index of the first of [`CLUB_PHRASES`] whose
/// first word starts with `b` or a later byte (and 257 entries, the last
/// one past them all): the phrases of one first byte, found without a
/// search.
pub(crate) static CLUB_LEADS: LazyLock<[u32; 257]> = LazyLock::new(|| {
    let mut leads = [0u32; 257];
    for (b, lead) in leads.iter_mut().enumerate() {
        *lead = CLUB_PHRASES
            .partition_point(|p| usize::from(p[0].as_bytes()[0]) < b)
            as u32;
    }
    leads
});
/// Grammatical words (determiners, pronouns, prepositions), lower case.
pub(crate) static FUNCTION_WORDS: LazyLock<WordList> =
    LazyLock::new(|| word_list!("function_words.txt"));
/// Abbreviations that end in a full stop (`Dép.`, `MM.`), without it: the
/// sentence splitter's table, read here too.
pub(crate) static ABBREVIATIONS: LazyLock<WordList> = LazyLock::new(|| {
    let mut v: Vec<&'static str> =
        rows(include_str!("../../../data/abbreviations.txt"))
            .filter_map(|r| r.split('\t').next())
            .collect();
    v.sort_unstable();
    v.dedup();
    let mut body = String::new();
    for w in v {
        body.push_str(w);
        body.push('\n');
    }
    WordList::from_body(Cow::Owned(body))
});
/// Past participles before `par` and a name, with the label of the name.
pub(crate) static AGENT_PARTICIPLES: LazyLock<LabelTable> =
    LazyLock::new(|| {
        LabelTable::new(include_str!(
            "../../../data/entities/agent_participles.tsv"
        ))
    });
/// Role nouns before `de` and a name, with the label of the name.
pub(crate) static ROLE_OF: LazyLock<LabelTable> = LazyLock::new(|| {
    LabelTable::new(include_str!("../../../data/entities/role_of.tsv"))
});
/// Nouns that describe a name, with the label they give.
pub(crate) static NOUNS: LazyLock<LabelTable> = LazyLock::new(|| {
    LabelTable::new(include_str!("../../../data/entities/nouns.tsv"))
});
/// Words that open an organisation or place name.
pub(crate) static NAME_HEADS: LazyLock<LabelTable> = LazyLock::new(|| {
    LabelTable::new(include_str!("../../../data/entities/name_heads.tsv"))
});

/// The label a describing noun gives, trying the singular of a plural
/// (`géants` → `géant`, `réseaux` → `réseau`).
pub(crate) fn noun_label(word: &str) -> Option<Label> {
    NOUNS.get(word).or_else(|| {
        let stem =
            word.strip_suffix('s').or_else(|| word.strip_suffix('x'))?;
        NOUNS.get(stem)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::check_table;

    #[test]
    fn tables_follow_the_conventions() {
        let tables: &[(&str, &str)] = &[
            ("names.tsv", NAMES),
            ("teams.tsv", TEAMS),
            ("places_iso.txt", PLACES_ISO),
            ("places_geonames.txt", PLACES_GEONAMES),
            ("places_world.txt", PLACES_WORLD),
            (
                "given_names_female.txt",
                include_str!("../../../data/entities/given_names_female.txt"),
            ),
            (
                "given_names_male.txt",
                include_str!("../../../data/entities/given_names_male.txt"),
            ),
            (
                "given_names_intl.txt",
                include_str!("../../../data/entities/given_names_intl.txt"),
            ),
            (
                "proper_names.txt",
                include_str!("../../../data/entities/proper_names.txt"),
            ),
            (
                "lexicon.txt",
                include_str!("../../../data/entities/lexicon.txt"),
            ),
            (
                "given_names.txt",
                include_str!("../../../data/entities/given_names.txt"),
            ),
            (
                "given_names_extra.txt",
                include_str!("../../../data/entities/given_names_extra.txt"),
            ),
            (
                "surnames.txt",
                include_str!("../../../data/entities/surnames.txt"),
            ),
            (
                "acronyms.txt",
                include_str!("../../../data/entities/acronyms.txt"),
            ),
            (
                "acronyms_common.txt",
                include_str!("../../../data/entities/acronyms_common.txt"),
            ),
            (
                "lexicon_extra.txt",
                include_str!("../../../data/entities/lexicon_extra.txt"),
            ),
            (
                "lone_heads.txt",
                include_str!("../../../data/entities/lone_heads.txt"),
            ),
            (
                "person_titles.txt",
                include_str!("../../../data/entities/person_titles.txt"),
            ),
            (
                "speech_verbs.txt",
                include_str!("../../../data/entities/speech_verbs.txt"),
            ),
            (
                "naming_verbs.txt",
                include_str!("../../../data/entities/naming_verbs.txt"),
            ),
            (
                "place_preps.txt",
                include_str!("../../../data/entities/place_preps.txt"),
            ),
            (
                "name_particles.txt",
                include_str!("../../../data/entities/name_particles.txt"),
            ),
            (
                "street_nouns.txt",
                include_str!("../../../data/entities/street_nouns.txt"),
            ),
            (
                "site_adjectives.txt",
                include_str!("../../../data/entities/site_adjectives.txt"),
            ),
            (
                "route_nouns.txt",
                include_str!("../../../data/entities/route_nouns.txt"),
            ),
            (
                "place_verbs.txt",
                include_str!("../../../data/entities/place_verbs.txt"),
            ),
            (
                "demonyms.txt",
                include_str!("../../../data/entities/demonyms.txt"),
            ),
            (
                "org_verbs.txt",
                include_str!("../../../data/entities/org_verbs.txt"),
            ),
            (
                "firm_verbs.txt",
                include_str!("../../../data/entities/firm_verbs.txt"),
            ),
            (
                "firm_nouns.txt",
                include_str!("../../../data/entities/firm_nouns.txt"),
            ),
            (
                "paper_heads.txt",
                include_str!("../../../data/entities/paper_heads.txt"),
            ),
            (
                "org_participles.txt",
                include_str!("../../../data/entities/org_participles.txt"),
            ),
            (
                "body_heads.txt",
                include_str!("../../../data/entities/body_heads.txt"),
            ),
            (
                "seat_heads.txt",
                include_str!("../../../data/entities/seat_heads.txt"),
            ),
            (
                "org_suffixes.txt",
                include_str!("../../../data/entities/org_suffixes.txt"),
            ),
            (
                "place_suffixes.txt",
                include_str!("../../../data/entities/place_suffixes.txt"),
            ),
            (
                "match_words.txt",
                include_str!("../../../data/entities/match_words.txt"),
            ),
            (
                "particle_surnames.txt",
                include_str!("../../../data/entities/particle_surnames.txt"),
            ),
            (
                "team_nouns.txt",
                include_str!("../../../data/entities/team_nouns.txt"),
            ),
            (
                "team_colours.txt",
                include_str!("../../../data/entities/team_colours.txt"),
            ),
            (
                "event_suffixes.txt",
                include_str!("../../../data/entities/event_suffixes.txt"),
            ),
            ("nouns.tsv", include_str!("../../../data/entities/nouns.tsv")),
            (
                "role_of.tsv",
                include_str!("../../../data/entities/role_of.tsv"),
            ),
            (
                "role_modifiers.txt",
                include_str!("../../../data/entities/role_modifiers.txt"),
            ),
            (
                "object_verbs.txt",
                include_str!("../../../data/entities/object_verbs.txt"),
            ),
            (
                "dative_verbs.txt",
                include_str!("../../../data/entities/dative_verbs.txt"),
            ),
            (
                "place_prefixes.txt",
                include_str!("../../../data/entities/place_prefixes.txt"),
            ),
            (
                "function_words.txt",
                include_str!("../../../data/entities/function_words.txt"),
            ),
            (
                "agent_participles.tsv",
                include_str!("../../../data/entities/agent_participles.tsv"),
            ),
            (
                "club_phrases.txt",
                include_str!("../../../data/entities/club_phrases.txt"),
            ),
            (
                "name_heads.tsv",
                include_str!("../../../data/entities/name_heads.tsv"),
            ),
        ];
        for (name, table) in tables {
            check_table(name, table);
        }
    }

    #[test]
    fn label_tables_parse_every_row() {
        for (name, table) in [
            ("names.tsv", NAMES),
            ("teams.tsv", TEAMS),
            ("nouns.tsv", include_str!("../../../data/entities/nouns.tsv")),
            (
                "name_heads.tsv",
                include_str!("../../../data/entities/name_heads.tsv"),
            ),
        ] {
            for row in rows(table) {
                let label = row.split('\t').nth(1);
                assert!(
                    label.and_then(Label::parse).is_some(),
                    "{name}: bad label in {row:?}"
                );
            }
        }
    }

    /// A list finds each of its entries and nothing else, with one-byte
    /// entries, several second bytes per first byte and a last line
    /// without a newline.
    #[test]
    fn word_lists_find_their_entries() {
        let entries =
            ["a", "ab", "abc", "b", "ba", "bb", "bbb", "c", "é", "éa"];
        let others = ["", "aa", "abd", "bc", "bbbb", "d", "ca", "è", "é\n"];
        for body in [entries.join("\n"), entries.join("\n") + "\n"] {
            let list = WordList::from_body(Cow::Owned(body.clone()));
            for w in entries {
                assert!(list.contains(w), "{w:?} in {body:?}");
            }
            for w in others {
                assert!(!list.contains(w), "{w:?} in {body:?}");
            }
        }
    }

    /// The hash table built with the program finds every line of each
    /// word list, and no word around them that is not a line.
    #[test]
    fn the_prebuilt_indexes_find_every_entry() {
        let lists: [(&WordList, &str); 8] = [
            (
                &PLACES_TOWNS,
                include_str!("../../../data/entities/places_towns.txt"),
            ),
            (&LEXICON, include_str!("../../../data/entities/lexicon.txt")),
            (
                &GIVEN_NAMES_INTL,
                include_str!("../../../data/entities/given_names_intl.txt"),
            ),
            (&SURNAMES, include_str!("../../../data/entities/surnames.txt")),
            (
                &ENGLISH_WORDS,
                include_str!("../../../data/entities/english_words.txt"),
            ),
            (
                &PROPER_NAMES,
                include_str!("../../../data/entities/proper_names.txt"),
            ),
            (
                &ORG_SUFFIXES,
                include_str!("../../../data/entities/org_suffixes.txt"),
            ),
            (
                &FUNCTION_WORDS,
                include_str!("../../../data/entities/function_words.txt"),
            ),
        ];
        for (list, table) in lists {
            for w in rows(table) {
                assert!(list.contains(w), "{w}");
                let longer = format!("{w}\u{1}");
                assert!(!list.contains(&longer), "{longer:?}");
            }
            for w in ["", "\u{1}", "zzzzzz", "\u{10ffff}"] {
                assert!(!list.contains(w), "{w:?}");
            }
        }
    }

    /// A sketch holds every entry of its table, and turns away the
    /// words that differ from all entries in length, first two bytes or
    /// last byte.
    #[test]
    fn sketches_hold_their_tables() {
        let table = include_str!("../../../data/entities/street_nouns.txt");
        for w in rows(table) {
            assert!(STREET_SKETCH.may_hold(w.as_bytes()), "{w}");
            assert!(STREET_NOUNS.contains(w), "{w}");
        }
        let bodies = include_str!("../../../data/entities/body_heads.txt");
        for w in rows(bodies) {
            assert!(STREET_SKETCH.may_hold(w.as_bytes()), "{w}");
            assert!(BODY_HEADS.contains(w), "{w}");
        }
        for w in ["", "a", "de", "le", "et", "x", "zzzzzz"] {
            assert!(!STREET_SKETCH.may_hold(w.as_bytes()), "{w}");
        }
        let s = Sketch::new(["ab", "cde", &"l".repeat(70)].into_iter());
        for (w, want) in [
            ("ab", true),
            ("cde", true),
            ("ae", false),
            ("ce", false),
            ("cb", false),
            ("cre", false),
            ("abc", false),
            ("xb", false),
            ("ax", false),
            (&*"l".repeat(64), true),
            ("l", false),
            ("", false),
        ] {
            assert_eq!(s.may_hold(w.as_bytes()), want, "{w}");
        }
    }

    #[test]
    fn lookups() {
        let cases: &[(&str, bool)] = &[
            ("selon", true),
            ("grâce", true),
            ("affrontent", true),
            ("xai", false),
            ("musk", false),
        ];
        for (word, expected) in cases {
            assert_eq!(LEXICON.contains(word), *expected, "lexicon {word}");
        }
        for word in ["a", "zygomatique", "à", "être", "de", "aujourd'hui"] {
            assert!(LEXICON.contains(word), "lexicon {word}");
        }
        for word in ["", "xqzw", "\u{10ffff}", "Musk"] {
            assert!(!LEXICON.contains(word), "lexicon {word:?}");
        }
        assert!(GIVEN_NAMES.contains("Elon"));
        assert!(GIVEN_NAMES.contains("Nathan"));
        assert_eq!(noun_label("géants"), Some(Label::Org));
        assert_eq!(noun_label("patron"), Some(Label::Per));
        assert_eq!(noun_label("réseaux"), Some(Label::Org));
        assert_eq!(noun_label("pomme"), None);
    }
}
