//! The gazetteer: every listed name indexed once by its first word, and
//! looked up at word starts.
//!
//! Two sources, by strength: names added at run time (`--gazetteer`)
//! override everything; the hand-written well-known names and the ISO
//! place names are strong evidence (the same names without their article,
//! `au Figaro`, count inside sentences only). The dictionary's other
//! proper names, weak evidence of a place, are single words looked up by
//! the mention reader. A name matches with its own case, or ignoring
//! ASCII and Latin-1 case when the text form is capitalised or upper
//! case (`Openai`, `RENNES`, `SÉNÉGAL`); a lower-case text form matches
//! only a name that has inner capitals (`chatgpt` for `ChatGPT`) and is
//! not a common word.

use std::borrow::Cow;
use std::collections::hash_map;
use std::sync::LazyLock;

use super::GazetteerEntry;
use super::tables::{
    LEXICON, Map, NAMES, PLACES_GEONAMES, PLACES_ISO, PLACES_WORLD, TEAMS,
};
use crate::lexicon::{fields, rows};
use crate::model::Label;
use crate::text::is_letter_or_digit;

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
    /// The name as listed: borrowed from the built-in tables, owned when
    /// given at run time or respelt with the typographic apostrophe.
    pub name: Cow<'static, str>,
    /// Its label.
    pub label: Label,
    /// Its canonical form, when it differs from the name.
    pub canonical: Option<Cow<'static, str>>,
    /// Where it comes from.
    pub strength: Strength,
}

/// The compiled gazetteer.
///
/// Names are only ever looked up at the start of a word, so no automaton
/// is needed: the entries are grouped by the first word of their name
/// (its run of letters and digits, ASCII letters lower-cased), and the
/// text's first word picks the group. A name whose first word is only a
/// prefix of the text's (`Paris` in `Parisien`) would end inside a word,
/// which no match may, so looking up the whole word loses nothing.
pub(crate) struct Gazetteer {
    entries: Vec<Entry>,
    /// Entry indices, grouped by first word, each group longest name
    /// first, then in entry order.
    order: Vec<u32>,
    /// Per index of `order`, what follows the first word of its name
    /// ([`Tail`]), which rules out most names of a group without reading
    /// them.
    tails: Vec<Tail>,
    /// The range of `order` holding each first word's group, for the
    /// words of at most 16 bytes (nearly all), keyed by [`pack`].
    groups: Map<u128, (u32, u32, u32)>,
    /// The same for the longer words, keyed by their bytes, ASCII letters
    /// lower-cased.
    long_groups: Map<Box<[u8]>, (u32, u32, u32)>,
    /// For each group of [`MANY`] names or more (its third number in
    /// `groups`, [`NO_PICKS`] for the others), per byte the range of
    /// `pick_list` holding the positions in the group of the names whose
    /// second word may open with that byte ([`picks`]).
    pick_tables: Vec<[(u32, u32); 256]>,
    pick_list: Vec<u32>,
    /// The length of the longest first word, in bytes.
    longest_word: usize,
    /// A searcher of each first word of the names written all in lower
    /// case (`franceinfo`), built once: the extractor skips lower-case
    /// words but these.
    lower_firsts: Vec<memchr::memmem::Finder<'static>>,
    /// Per first byte, the lengths of the words of `lower_firsts` that
    /// open with it, one bit per length (63 for any longer): the
    /// lower-case words of a text that are none of them are turned
    /// away without a comparison.
    lower_lengths: Box<[u64; 256]>,
    /// A number no other gazetteer of the process has, for answers
    /// remembered about it.
    id: u64,
}

/// The number of the next gazetteer built.
static NEXT_ID: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(0);

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
    // names and would triple the index's build time.
    let places = rows(PLACES_ISO)
        .chain(rows(PLACES_GEONAMES))
        .chain(rows(PLACES_WORLD));
    out.extend(places.map(|name| Entry {
        name: Cow::Borrowed(name),
        label: Label::Loc,
        canonical: None,
        strength: Strength::Strong,
    }));
    for row in rows(NAMES).chain(rows(TEAMS)) {
        let mut f = fields(row);
        let (Some(name), Some(label)) = (f.next(), f.next()) else {
            continue;
        };
        let Some(label) = Label::parse(label) else { continue };
        let canonical = f.next().map(Cow::Borrowed);
        let bare = ["Le ", "La ", "Les ", "L'"]
            .iter()
            .find_map(|a| name.strip_prefix(a))
            .filter(|rest| rest.starts_with(char::is_uppercase));
        if let Some(bare) = bare {
            out.push(Entry {
                name: Cow::Borrowed(bare),
                label,
                canonical: Some(
                    canonical.clone().unwrap_or(Cow::Borrowed(name)),
                ),
                strength: Strength::Elided,
            });
        }
        out.push(Entry {
            name: Cow::Borrowed(name),
            label,
            canonical,
            strength: Strength::Strong,
        });
    }
    // `Egypte`, `Etats-Unis`, `Ile-de-France`, `l'Elysée`: French
    // typography often drops the accent of a capital letter; a name that
    // opens with an accented capital is listed without it too (unless
    // listed so already), its canonical form the accented one.
    let mut plain: Vec<Entry> = out
        .iter()
        .filter_map(|e| {
            let mut chars = e.name.chars();
            let first = match chars.next()? {
                'É' | 'È' | 'Ê' => 'E',
                'À' | 'Â' => 'A',
                'Î' => 'I',
                'Ô' => 'O',
                _ => return None,
            };
            Some(Entry {
                name: Cow::Owned(format!("{first}{}", chars.as_str())),
                label: e.label,
                canonical: Some(e.canonical.clone().unwrap_or(e.name.clone())),
                strength: e.strength,
            })
        })
        .collect();
    // A few hundred such names: those listed already are found by one
    // pass over the names that open with the same plain capital.
    let wanted: std::collections::HashSet<&str> =
        plain.iter().map(|e| &*e.name).collect();
    let taken: std::collections::HashSet<&str> = out
        .iter()
        .filter(|e| {
            matches!(
                e.name.as_bytes().first(),
                Some(b'E' | b'A' | b'I' | b'O')
            )
        })
        .map(|e| &*e.name)
        .filter(|n| wanted.contains(n))
        .collect();
    drop(wanted);
    plain.retain(|e| !taken.contains(&*e.name));
    drop(taken);
    out.extend(plain);
    // `Côte d’Ivoire`, `Tour d’Italie`: the tables write the straight
    // apostrophe, the press often the typographic one; each such name is
    // listed both ways, its canonical form in the text's own style.
    let curly: Vec<Entry> = out
        .iter()
        .filter(|e| e.name.contains('\''))
        .map(|e| Entry {
            name: Cow::Owned(e.name.replace('\'', "’")),
            label: e.label,
            canonical: e
                .canonical
                .as_ref()
                .map(|c| Cow::Owned(c.replace('\'', "’"))),
            strength: e.strength,
        })
        .collect();
    out.extend(curly);
    out
});

/// The gazetteer of the built-in tables alone, shared by every extractor
/// built without run-time names.
pub(crate) static DEFAULT: LazyLock<Gazetteer> =
    LazyLock::new(|| Gazetteer::new(&[]));

impl Gazetteer {
    /// Indexes the built-in names and `extra`; the stronger entry wins
    /// when a name is listed twice.
    pub(crate) fn new(extra: &[GazetteerEntry]) -> Gazetteer {
        let extra: Vec<Entry> = extra
            .iter()
            .map(|e| Entry {
                name: Cow::Owned(e.name.clone()),
                label: e.label,
                canonical: e.canonical.clone().map(Cow::Owned),
                strength: Strength::Extra,
            })
            .collect();
        // Choose by reference, then copy the chosen entries once (the
        // built-in names are borrowed, not copied).
        let mut chosen: Vec<&Entry> = Vec::with_capacity(BUILTIN.len());
        let mut index: Map<&str, usize> = Map::default();
        index.reserve(BUILTIN.len() + extra.len());
        for e in BUILTIN.iter().chain(&extra) {
            if e.name.is_empty() {
                continue;
            }
            match index.entry(&e.name) {
                hash_map::Entry::Occupied(slot) => {
                    let i = *slot.get();
                    if chosen[i].strength <= e.strength {
                        chosen[i] = e;
                    }
                }
                hash_map::Entry::Vacant(slot) => {
                    slot.insert(chosen.len());
                    chosen.push(e);
                }
            }
        }
        let entries: Vec<Entry> = chosen.into_iter().cloned().collect();
        // Each entry's first word is found once; its key (ASCII letters
        // lower-cased) goes into one buffer shared by all the keys, where
        // `spans` finds it.
        let mut keys: Vec<u8> =
            Vec::with_capacity(entries.iter().map(|e| e.name.len()).sum());
        let spans: Vec<(u32, u32)> = entries
            .iter()
            .map(|e| {
                let word = first_word(&e.name).as_bytes();
                let from = keys.len() as u32;
                let from_byte = keys.len();
                keys.extend_from_slice(word);
                fold_case(&mut keys[from_byte..]);
                (from, word.len() as u32)
            })
            .collect();
        let key = |i: u32| {
            let (from, len) = spans[i as usize];
            &keys[from as usize..][..len as usize]
        };
        // Number the first words in order of first appearance, counting
        // each one's names; a group's map value is its number until its
        // range is known.
        let mut groups: Map<u128, (u32, u32, u32)> = Map::default();
        groups.reserve(entries.len());
        let mut long_groups: Map<Box<[u8]>, (u32, u32, u32)> = Map::default();
        let mut group_of: Vec<u32> = Vec::with_capacity(entries.len());
        let mut sizes: Vec<u32> = Vec::new();
        let mut longest_word = 0;
        for i in 0..entries.len() as u32 {
            let word = key(i);
            // A new first word takes the next number.
            let next = sizes.len() as u32;
            let g = match pack(word) {
                Some(packed) => groups.entry(packed).or_insert((next, 0, 0)).0,
                None => match long_groups.get(word) {
                    Some(&(g, ..)) => g,
                    None => {
                        long_groups.insert(word.into(), (next, 0, 0));
                        next
                    }
                },
            };
            if g == next {
                longest_word = longest_word.max(word.len());
                sizes.push(0);
            }
            sizes[g as usize] += 1;
            group_of.push(g);
        }
        // Lay the groups out one after the other, each group's names in
        // entry order, then longest first (a stable sort keeps entry order
        // among names of one length).
        let mut starts: Vec<u32> = Vec::with_capacity(sizes.len());
        let mut next = 0;
        for &n in &sizes {
            starts.push(next);
            next += n;
        }
        let mut fill = starts.clone();
        let mut order = vec![0; entries.len()];
        for (i, &g) in group_of.iter().enumerate() {
            let slot = &mut fill[g as usize];
            order[*slot as usize] = i as u32;
            *slot += 1;
        }
        for (&start, &n) in starts.iter().zip(&sizes) {
            if n > 1 {
                let group = &mut order[start as usize..][..n as usize];
                group.sort_by_key(|&i| {
                    std::cmp::Reverse(entries[i as usize].name.len())
                });
            }
        }
        for range in groups.values_mut().chain(long_groups.values_mut()) {
            let g = range.0 as usize;
            *range = (starts[g], starts[g] + sizes[g], NO_PICKS);
        }
        let tails: Vec<Tail> = order
            .iter()
            .map(|&i| {
                let name = entries[i as usize].name.as_bytes();
                let tail = &name[spans[i as usize].1 as usize..];
                Tail::of(tail)
            })
            .collect();
        let (mut pick_tables, mut pick_list) = (Vec::new(), Vec::new());
        for range in groups.values_mut().chain(long_groups.values_mut()) {
            let group = &tails[range.0 as usize..range.1 as usize];
            if group.len() >= MANY {
                range.2 = pick_tables.len() as u32;
                pick_tables.push(picks(group, &mut pick_list));
            }
        }
        let mut lower: Vec<&str> = entries
            .iter()
            .zip(&spans)
            .map(|(e, &(_, len))| &e.name[..len as usize])
            .filter(|w| !w.is_empty() && !w.chars().any(char::is_uppercase))
            .collect();
        lower.sort_unstable();
        lower.dedup();
        let lower_firsts = lower
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
            .collect();
        let mut lower_lengths = Box::new([0u64; 256]);
        for w in &lower {
            lower_lengths[usize::from(w.as_bytes()[0])] |= length_bit(w);
        }
        let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Gazetteer {
            entries,
            order,
            tails,
            groups,
            long_groups,
            pick_tables,
            pick_list,
            longest_word,
            lower_firsts,
            lower_lengths,
            id,
        }
    }

    /// The entry of index `i`.
    pub(crate) fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    /// A number that tells this gazetteer from every other of the
    /// process.
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// The names that start with the first word of `word` (which starts
    /// with a letter or digit), ignoring ASCII and Latin-1 case: found
    /// once per distinct word by the mention reader, then given to
    /// [`Gazetteer::match_opening`] wherever the word stands.
    pub(crate) fn opening(&self, word: &str) -> Option<Opening> {
        let first = first_word(word).as_bytes();
        let (from, to, picks) = self.group(first)?;
        Some(Opening { from, to, picks, len: first.len() as u32 })
    }

    /// Whether a name written all in lower case starts with `word`, a
    /// lower-case word (`franceinfo`). A handful of names: a word whose
    /// first byte and length fit none of them is not compared.
    pub(crate) fn starts_lower(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else { return false };
        self.lower_lengths[usize::from(first)] & length_bit(word) != 0
            && self.lower_firsts.iter().any(|f| f.needle() == word.as_bytes())
    }

    /// Whether `text` holds the first word of a name written in lower
    /// case anywhere (a substring search per such name: a handful).
    pub(crate) fn lower_in(&self, text: &str) -> bool {
        self.lower_firsts.iter().any(|f| f.find(text.as_bytes()).is_some())
    }

    /// The group of names whose first word is `word`, ignoring ASCII
    /// and Latin-1 case: its range in `order`, and its table of picks
    /// ([`NO_PICKS`] if none).
    fn group(&self, word: &[u8]) -> Option<(u32, u32, u32)> {
        if word.len() > self.longest_word {
            return None;
        }
        let &group = match pack(word) {
            Some(packed) => self.groups.get(&packed)?,
            None => {
                let mut key = word.to_vec();
                fold_case(&mut key);
                self.long_groups.get(&*key)?
            }
        };
        Some(group)
    }

    /// The longest name that starts at byte `start` of `text` and ends at
    /// a word boundary, with its end and entry index, if its case fits.
    pub(crate) fn match_at(
        &self,
        text: &str,
        start: usize,
    ) -> Option<(usize, usize)> {
        let opening = self.opening(text.get(start..)?)?;
        self.match_opening(text, start, opening)
    }

    /// [`Gazetteer::match_at`], for a word whose names `opening` are
    /// known: the first word of the text at `start` is the word's.
    pub(crate) fn match_opening(
        &self,
        text: &str,
        start: usize,
        opening: Opening,
    ) -> Option<(usize, usize)> {
        let rest = text.get(start..)?;
        let word = rest.as_bytes().get(..opening.len as usize)?;
        let range = opening.from as usize..opening.to as usize;
        let group = self.order.get(range.clone())?;
        let tails = self.tails.get(range)?;
        // The longest name the text spells, ignoring ASCII and Latin-1
        // case; of two names that differ only in case (`Insee`, `INSEE`),
        // the one the text spells exactly, else the first listed.
        // Every name of the group opens with the word, but for ASCII
        // case: only what follows it is compared.
        let tail = rest.as_bytes().get(word.len()..).unwrap_or_default();
        let tail_head = head(tail);
        let spelt = |k: usize| {
            let t = &tails[k];
            let len = t.len as usize;
            if tail.len() < len || (tail_head ^ t.head) & t.mask != 0 {
                return false;
            }
            let name = self.entries[group[k] as usize].name.as_bytes();
            let name = name.get(word.len()..).unwrap_or_default();
            tail.get(..name.len()).is_some_and(|t| eq_fold(t, name))
        };
        // In a large group, only the names whose second word may open
        // with the text's next byte after the first word's.
        // One loop over either (the test inlined once).
        let mut picked =
            self.pick_tables.get(opening.picks as usize).map(|t| {
                let (a, b) = t[usize::from((tail_head >> 8) as u8)];
                self.pick_list
                    .get(a as usize..b as usize)
                    .unwrap_or_default()
                    .iter()
            });
        let mut all = 0..group.len();
        let k = std::iter::from_fn(|| match &mut picked {
            Some(list) => list.next().map(|&k| k as usize),
            None => all.next(),
        })
        .find(|&k| spelt(k))?;
        let mut i = group[k] as usize;
        let len = self.entries[i].name.len();
        let found = rest.get(..len)?;
        if self.entries[i].name != found
            && let Some(&exact) = group[k + 1..]
                .iter()
                .take_while(|&&j| self.entries[j as usize].name.len() == len)
                .find(|&&j| self.entries[j as usize].name == found)
        {
            i = exact as usize;
        }
        let end = start + len;
        if !boundary_after(text, end) {
            return None;
        }
        let e = &self.entries[i];
        // Most names are found as listed: no case to weigh.
        (e.name == found || case_fits(&e.name, found, e.label == Label::Loc))
            .then_some((end, i))
    }
}

/// The names a word opens ([`Gazetteer::opening`]): a group of the
/// gazetteer, and the length of the word's first word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Opening {
    /// The group's range in `Gazetteer::order`.
    from: u32,
    to: u32,
    /// The group's table of picks, or [`NO_PICKS`].
    picks: u32,
    /// The length of the first word, in bytes.
    len: u32,
}

/// The size from which a group's names are picked by the byte that opens
/// their second word rather than all compared with the text: a few
/// groups (`le`, `la`, `banque`, `groupe`), whose first words are common.
const MANY: usize = 8;

/// No table of picks: a group of fewer than [`MANY`] names.
const NO_PICKS: u32 = u32::MAX;

/// The table of picks of a group whose tails are `tails`: per byte `b`,
/// the range of `list` (filled here) that holds, in the group's order,
/// the positions of the names that a text whose tail's second byte
/// (folded, as [`head`] folds) is `b` may spell. A name's tail is its
/// separator, then its second word: one whose tail holds two bytes or
/// more can only be spelt after its own second byte (the byte is among
/// those its [`Tail`] compares); a shorter one after any.
fn picks(tails: &[Tail], list: &mut Vec<u32>) -> [(u32, u32); 256] {
    let second = |t: &Tail| (t.len >= 2).then_some((t.head >> 8) as u8);
    let any: Vec<u32> = (0..tails.len() as u32)
        .filter(|&k| second(&tails[k as usize]).is_none())
        .collect();
    let from = list.len() as u32;
    list.extend_from_slice(&any);
    let mut table = [(from, list.len() as u32); 256];
    // The others, by their second byte, each byte's in group order.
    let mut by_byte: Vec<(u8, u32)> = (0..tails.len() as u32)
        .filter_map(|k| Some((second(&tails[k as usize])?, k)))
        .collect();
    by_byte.sort_unstable();
    for same in by_byte.chunk_by(|a, b| a.0 == b.0) {
        let from = list.len() as u32;
        // Merged with the names any text may spell, in group order.
        let (mut i, mut j) = (0, 0);
        while i < any.len() || j < same.len() {
            if j == same.len() || i < any.len() && any[i] < same[j].1 {
                list.push(any[i]);
                i += 1;
            } else {
                list.push(same[j].1);
                j += 1;
            }
        }
        table[usize::from(same[0].0)] = (from, list.len() as u32);
    }
    table
}

/// The bit of [`Gazetteer::lower_lengths`] for the length of `word`.
fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

/// What follows the first word of a name, for a quick test of the text
/// after that word against it.
struct Tail {
    /// Its length in bytes.
    len: u32,
    /// Its first eight bytes ([`head`]).
    head: u64,
    /// The bits of `head` that hold its bytes (all of them from eight
    /// bytes on).
    mask: u64,
}

impl Tail {
    /// The [`Tail`] of the bytes `tail`.
    fn of(tail: &[u8]) -> Tail {
        let mask = u64::MAX.checked_shr(8 * (8 - tail.len().min(8)) as u32);
        Tail {
            len: tail.len() as u32,
            head: head(tail),
            mask: mask.unwrap_or(0),
        }
    }
}

/// The first word of `s`: its leading run of letters and digits (empty
/// when it starts with neither). Inlined where a name is looked up:
/// most words are a few ASCII bytes.
#[inline(always)]
fn first_word(s: &str) -> &str {
    let b = s.as_bytes();
    let mut end = 0;
    while end < b.len() {
        if b[end].is_ascii_alphanumeric() {
            end += 1;
            continue;
        }
        if b[end].is_ascii() {
            break;
        }
        match s.get(end..).and_then(|r| r.chars().next()) {
            Some(c) if is_letter_or_digit(c) => end += c.len_utf8(),
            _ => break,
        }
    }
    &s[..end]
}

/// A word of at most 16 bytes as one number: its bytes, ASCII letters
/// lower-cased, zeros past its end (a word holds no zero byte, so no two
/// words share a number).
fn pack(word: &[u8]) -> Option<u128> {
    let mut buf = [0u8; 16];
    buf.get_mut(..word.len())?.copy_from_slice(word);
    buf.make_ascii_lowercase();
    let v = u128::from_le_bytes(buf);
    // Most words hold no Latin-1 capital: no 0xC3 byte, found at once.
    const ONES: u128 = u128::from_le_bytes([1; 16]);
    const HIGH: u128 = u128::from_le_bytes([0x80; 16]);
    let c3 = v ^ (ONES * 0xC3);
    if c3.wrapping_sub(ONES) & !c3 & HIGH == 0 {
        return Some(v);
    }
    fold_case(&mut buf);
    Some(u128::from_le_bytes(buf))
}

/// The first eight bytes of `b` (zeros past its end), ASCII letters
/// lower-cased, in one number.
#[inline(always)]
fn head(b: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    let n = b.len().min(8);
    buf[..n].copy_from_slice(&b[..n]);
    buf.make_ascii_lowercase();
    let v = u64::from_le_bytes(buf);
    // As in [`pack`]: most heads hold no 0xC3 byte.
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let c3 = v ^ (ONES * 0xC3);
    if c3.wrapping_sub(ONES) & !c3 & HIGH == 0 {
        return v;
    }
    fold_case(&mut buf);
    u64::from_le_bytes(buf)
}

/// Lower-cases the ASCII letters of `b` and the Latin-1 capitals
/// (`É`, `À`, `Ç`: 0xC3 then 0x80 to 0x9E but `×`), which keep their
/// length: a headline's `SÉNÉGAL` is the listed `Sénégal`.
fn fold_case(b: &mut [u8]) {
    b.make_ascii_lowercase();
    let mut i = 0;
    while let Some(k) =
        b.get(i..).and_then(|r| r.iter().position(|&c| c == 0xC3))
    {
        let j = i + k + 1;
        if let Some(c) = b.get_mut(j)
            && (0x80..=0x9E).contains(c)
            && *c != 0x97
        {
            *c += 0x20;
        }
        i = j;
    }
}

/// Whether `a` and `b` are the same bytes but for the case
/// [`fold_case`] folds.
fn eq_fold(a: &[u8], b: &[u8]) -> bool {
    // A Latin-1 capital's second byte, lower-cased.
    let low = |c: u8| {
        if (0x80..=0x9E).contains(&c) && c != 0x97 { c + 0x20 } else { c }
    };
    a.len() == b.len()
        && a.iter().zip(b).enumerate().all(|(i, (&x, &y))| {
            x.eq_ignore_ascii_case(&y)
                || i > 0
                    && a[i - 1] == 0xC3
                    && b[i - 1] == 0xC3
                    && low(x) == low(y)
        })
}

/// Whether a name may end at `end`: no letter or digit follows, nor a
/// hyphen or apostrophe that joins one (`Paris-Saclay`).
fn boundary_after(text: &str, end: usize) -> bool {
    let mut rest = text[end..].chars();
    match rest.next() {
        None => true,
        Some(c) if is_letter_or_digit(c) => false,
        Some('-') => !rest.next().is_some_and(is_letter_or_digit),
        Some(_) => true,
    }
}

/// Whether the text form `found` may stand for the listed `name` (a
/// place when `place`).
fn case_fits(name: &str, found: &str, place: bool) -> bool {
    if name == found {
        return true;
    }
    // `Mr. McMahon`, `Me Dupont`: two capitals (`MR`) are no title's
    // capitalised abbreviation.
    if name.len() <= 2
        && !name.bytes().any(|b| b.is_ascii_lowercase())
        && found.bytes().any(|b| b.is_ascii_lowercase())
    {
        return false;
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
        // `Le monde entier`, `La croix est tombée`: a name opened by its
        // article (`Le Monde`, `La Croix`) needs its noun's capital.
        if let Some((article, rest)) = name.split_once(' ')
            && matches!(article, "Le" | "La" | "Les")
            && rest.starts_with(char::is_uppercase)
            && !shouting
        {
            return found
                .split_once(' ')
                .is_some_and(|(_, r)| r.starts_with(char::is_uppercase));
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

    /// `s` with the case [`fold_case`] folds lower-cased, byte for byte.
    fn folded(s: &str) -> Vec<u8> {
        let mut b = s.as_bytes().to_vec();
        fold_case(&mut b);
        b
    }

    /// The lookup the index replaces: an Aho-Corasick automaton over every
    /// name, searched anchored, leftmost-longest, in the folded text (ASCII
    /// and Latin-1 capitals lower-cased, which keeps every offset), then
    /// the exact spelling looked up among names that differ only in case.
    fn automaton_match_at(
        g: &Gazetteer,
        automaton: &aho_corasick::AhoCorasick,
        exact: &Map<&str, usize>,
        text: &str,
        start: usize,
    ) -> Option<(usize, usize)> {
        use aho_corasick::{Anchored, Input};
        let folded_text = folded(text);
        let input = Input::new(&folded_text)
            .span(start..text.len())
            .anchored(Anchored::Yes);
        let m = automaton.find(input)?;
        let end = m.end();
        if !text.is_char_boundary(end) || !boundary_after(text, end) {
            return None;
        }
        let found = &text[start..end];
        let mut i = m.pattern().as_usize();
        if g.entries[i].name != found
            && let Some(&e) = exact.get(found)
        {
            i = e;
        }
        let e = &g.entries[i];
        case_fits(&e.name, found, e.label == Label::Loc).then_some((end, i))
    }

    #[test]
    fn index_answers_as_the_automaton() {
        use aho_corasick::{AhoCorasick, MatchKind, StartKind};
        let extra = [
            GazetteerEntry {
                name: "INSEE".into(),
                label: Label::Org,
                canonical: None,
            },
            GazetteerEntry {
                name: "Le Chat".into(),
                label: Label::Misc,
                canonical: None,
            },
            GazetteerEntry {
                name: "Banque".into(),
                label: Label::Org,
                canonical: None,
            },
        ];
        for g in [Gazetteer::new(&[]), Gazetteer::new(&extra)] {
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .ascii_case_insensitive(true)
                .build(g.entries.iter().map(|e| folded(&e.name)))
                .expect("valid patterns");
            let exact: Map<&str, usize> = g
                .entries
                .iter()
                .enumerate()
                .map(|(i, e)| (&*e.name, i))
                .collect();
            let mut texts: Vec<String> = [
                "L'Oréal a",
                "L’Oréal a",
                "Banque de France.",
                "Banque de Franc",
                "Banque",
                "Paris-Saclay",
                "Paris-",
                "Parisien",
                "RENNES",
                "Openai en",
                "chatgpt est",
                "ChatGPT",
                "Insee",
                "INSEE",
                "InSeE",
                "Le Chat",
                "LE CHAT",
                "Saint-Étienne",
                "SAINT-ÉTIENNE",
                "Saint-étienne",
                "Élysée",
                "ÉLYSÉE",
                "Côte d’Ivoire",
                "Côte d'Ivoire",
                "",
                "é",
                include_str!("../../../fixtures/xai-economist-fr.txt"),
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            // Every name as listed, in capitals, in lower case, and
            // followed by what may or may not end a name.
            for e in &g.entries {
                for form in [
                    e.name.to_string(),
                    e.name.to_uppercase(),
                    e.name.to_lowercase(),
                    e.name.to_ascii_uppercase(),
                ] {
                    for tail in ["", ".", "s", "-x", "-", "'a", " de"] {
                        texts.push(format!("{form}{tail}"));
                    }
                }
            }
            for text in &texts {
                for (start, _) in text.char_indices() {
                    // A word that opens no names starts no match.
                    if g.match_at(text, start).is_some() {
                        assert!(
                            g.opening(&text[start..]).is_some(),
                            "{text:?}"
                        );
                    }
                    assert_eq!(
                        g.match_at(text, start),
                        automaton_match_at(
                            &g, &automaton, &exact, text, start
                        ),
                        "{text:?} at {start}"
                    );
                }
            }
        }
    }

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
            ("SÉNÉGAL :", Some("SÉNÉGAL")),
            ("ÉTATS-UNIS", Some("ÉTATS-UNIS")),
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
