//! Stages built on the mentions: quotes (who said what) and events (what
//! happened).
//!
//! A stage runs after [`crate::extract::resolve`] and reads what the
//! extractors kept: the text, its sentences and the resolved mentions,
//! in byte offsets. It never searches the whole text again for what an
//! extractor already knows; it looks around the mentions and within the
//! sentences that hold them. Its items are in byte offsets too, and point
//! to mentions by their index in [`Mentions::kept`]; the model turns them
//! into contract items with the offsets of everything else.

pub mod events;
pub mod quotes;
mod scan;

use std::ops::Range;

use crate::extract::{Candidate, Found};
use crate::model::{EventType, Gender, Label, Metric, QuoteKind, Status};

/// The nouns of a young company, which stand for a start-up named
/// before (`la jeune pousse`, `la start-up`), read by both stages.
pub(crate) const YOUNG_NOUNS: &[&str] =
    &["start-up", "startup", "pousse", "pépite"];

/// Byte `i` of `text`, moved back to a character boundary.
pub(crate) fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte `i` of `text` (at most its length), moved on to a character
/// boundary.
pub(crate) fn ceil(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether `c` is a letter or a digit, as [`char::is_alphanumeric`]
/// tells, with the characters up to U+00FF (French accented letters) and
/// the general punctuation block (`’`, `—`, narrow spaces) read from a
/// table rather than the Unicode tables: the word loops of the stages ask
/// it of every character outside ASCII.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    let u = c as u32;
    if u < 0x100 {
        LATIN1_ALNUM[u as usize]
    } else if (0x2000..0x2070).contains(&u) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// [`char::is_alphanumeric`] for U+0000 to U+00FF: ASCII letters and
/// digits, `ª ² ³ µ ¹ º ¼ ½ ¾`, and the letters from `À` on but `×` and
/// `÷` (checked against the Unicode tables by a test).
static LATIN1_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            x @ 0..=0x7f => x.is_ascii_alphanumeric(),
            0xaa | 0xb2 | 0xb3 | 0xb5 | 0xb9 | 0xba | 0xbc..=0xbe => true,
            0xd7 | 0xf7 => false,
            0xc0..=0xff => true,
            _ => false,
        };
        b += 1;
    }
    t
};

/// The first byte of `bytes` from `i` on that is no ASCII letter or
/// digit (`bytes.len()` when there is none), as the loops of the stages
/// find the end of a word's ASCII run: eight bytes read at a time as one
/// number while eight are left ([`ascii_word_bytes`]), then byte by byte.
/// Most words of French text are fewer than eight letters: one reading.
#[inline]
pub(crate) fn ascii_word_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(eight) = bytes.get(i..i + 8) {
        let v = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]));
        let stop = !ascii_word_bytes(v) & HIGH_BITS;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| quotes::ASCII_WORD[usize::from(b)]) {
        i += 1;
    }
    i
}

/// The top bit of each of the eight bytes of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Each byte of a `u64` set to `b`.
const fn splat(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// For eight bytes read as one number, the top bit of each byte that is
/// an ASCII letter or digit set, every other bit clear. Every byte is
/// read on its low seven bits, where adding at most `0x50` carries into
/// no other byte: a letter is a byte that, with bit 5 set, lies in
/// `a..=z`; a digit one in `0..=9`; a byte outside ASCII neither.
#[inline]
fn ascii_word_bytes(v: u64) -> u64 {
    let low = v & !HIGH_BITS;
    let lower = low | splat(0x20);
    // The top bit of `x + (0x80 - n)` says `x >= n`.
    let at_least = |x: u64, n: u8| x + splat(0x80 - n);
    let letter = at_least(lower, b'a') & !at_least(lower, b'z' + 1);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    (letter | digit) & !v & HIGH_BITS
}

/// What a stage reads: the text, its sentences and the kept mentions.
#[derive(Clone, Debug)]
pub struct Mentions<'a> {
    /// The decoded text.
    pub text: &'a str,
    /// Byte ranges of the sentences, in order.
    pub sentences: &'a [Range<usize>],
    /// The resolved mentions, sorted by start and not overlapping.
    pub kept: &'a [Candidate],
    /// Where the mentions start, for look-ups by position.
    kept_at: Starts,
    /// Where the sentences start.
    sentence_at: Starts,
}

impl<'a> Mentions<'a> {
    /// What the stages read of a document: its text, the byte ranges of
    /// its sentences, its kept mentions (sorted by start).
    pub fn new(
        text: &'a str,
        sentences: &'a [Range<usize>],
        kept: &'a [Candidate],
    ) -> Mentions<'a> {
        Mentions {
            text,
            sentences,
            kept,
            kept_at: Starts::new(kept.iter().map(|c| c.start), text.len()),
            sentence_at: Starts::new(
                sentences.iter().map(|r| r.start),
                text.len(),
            ),
        }
    }

    /// The index of the first kept mention that starts at or after byte
    /// `at` (`kept.len()` when none does).
    #[inline]
    pub fn first_from(&self, at: usize) -> usize {
        self.kept_at
            .before(at)
            .unwrap_or_else(|| self.kept.partition_point(|c| c.start < at))
    }

    /// The indices of the kept mentions that lie within `range`.
    pub fn within(&self, range: Range<usize>) -> Range<usize> {
        let lo = self.first_from(range.start);
        let hi = self.first_from(range.end);
        // A mention starting inside but running past the range is left
        // out.
        let mut hi = hi.max(lo);
        while hi > lo && self.kept[hi - 1].end > range.end {
            hi -= 1;
        }
        lo..hi
    }

    /// The index of the sentence holding byte `at`.
    #[inline]
    pub fn sentence_of(&self, at: usize) -> usize {
        self.sentence_at
            .before(at.saturating_add(1))
            .unwrap_or_else(|| {
                self.sentences.partition_point(|r| r.start <= at)
            })
            .saturating_sub(1)
    }

    /// The kept mention at index `i`, with its text.
    pub fn get(&self, i: usize) -> (&'a Candidate, &'a str) {
        let c = &self.kept[i];
        (c, &self.text[c.start..c.end])
    }

    /// The entity label and canonical name of mention `i`, if it is an
    /// entity.
    pub fn entity(&self, i: usize) -> Option<(Label, &'a str)> {
        match &self.kept.get(i)?.found {
            Found::Entity(v) => Some((v.label, &*v.canonical)),
            _ => None,
        }
    }
}

/// The sorted start offsets of a long document's mentions or
/// sentences, for finding where a byte falls without a binary search
/// over the whole list: in a document of megabytes, each step of such a
/// search reads a line of memory no cache holds, and the stages ask
/// thousands of times. A table gives, for each block of [`BLOCK`] bytes,
/// how many starts lie before it; a look-up reads that count and steps
/// over the few starts of the block. Short documents, whose lists fit in
/// the caches, keep the binary search and build nothing.
#[derive(Clone, Debug, Default)]
struct Starts {
    /// The start offsets, in order.
    starts: Vec<u32>,
    /// For block `b`, how many starts lie before byte `b * BLOCK`.
    blocks: Vec<u32>,
}

/// The bytes a block of [`Starts`] covers.
const BLOCK: usize = 256;

/// Lists shorter than this are searched as they are.
const INDEXED_FROM: usize = 4096;

impl Starts {
    /// The table of `starts` (in order) over a text of `len` bytes, or an
    /// empty one for a short list or a text offsets of 32 bits cannot
    /// address.
    fn new(
        starts: impl ExactSizeIterator<Item = usize>,
        len: usize,
    ) -> Starts {
        if starts.len() < INDEXED_FROM || u32::try_from(len).is_err() {
            return Starts::default();
        }
        let starts: Vec<u32> = starts.map(|s| s as u32).collect();
        let mut blocks = Vec::with_capacity(len / BLOCK + 2);
        let mut i = 0;
        for b in 0..=len / BLOCK + 1 {
            let at = b * BLOCK;
            while i < starts.len() && (starts[i] as usize) < at {
                i += 1;
            }
            blocks.push(i as u32);
        }
        Starts { starts, blocks }
    }

    /// How many starts lie before byte `at`, or `None` when the list is
    /// not indexed.
    #[inline]
    fn before(&self, at: usize) -> Option<usize> {
        if self.blocks.is_empty() {
            return None;
        }
        let Some(&first) = self.blocks.get(at / BLOCK) else {
            return Some(self.starts.len());
        };
        let mut i = first as usize;
        while self.starts.get(i).is_some_and(|&s| (s as usize) < at) {
            i += 1;
        }
        Some(i)
    }
}

/// A quote found by [`quotes::find`], in byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteFound {
    /// The words, without the marks.
    pub span: Range<usize>,
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// The cue, if any.
    pub cue: Option<Range<usize>>,
    /// The speaker, if any.
    pub speaker: Option<SpeakerFound>,
}

/// The speaker of a quote, in byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerFound {
    /// The mention: a name, a noun phrase or a pronoun.
    pub span: Range<usize>,
    /// The canonical name of the entity it is or stands for.
    pub canonical: Option<String>,
    /// The label of that entity.
    pub label: Option<Label>,
    /// The gender the text shows.
    pub gender: Option<Gender>,
}

/// An event found by [`events::find`]: its trigger in byte offsets, its
/// arguments as indices into [`Mentions::kept`].
#[derive(Clone, Debug, PartialEq)]
pub struct EventFound {
    /// The type of the fact.
    pub kind: EventType,
    /// The trigger.
    pub trigger: Range<usize>,
    /// The roles filled.
    pub args: ArgsFound,
}

/// The arguments of an [`EventFound`]: indices into [`Mentions::kept`]
/// for mentions, values for the rest. See [`crate::model::EventArgs`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArgsFound {
    /// Entity: the company concerned.
    pub company: Option<usize>,
    /// Entity: what is bought.
    pub target: Option<usize>,
    /// Entity: who buys.
    pub buyer: Option<usize>,
    /// Entity: who sells.
    pub seller: Option<usize>,
    /// Entity: who holds the position.
    pub person: Option<usize>,
    /// The position as written.
    pub title: Option<String>,
    /// Entity: where the position is held.
    pub organization: Option<usize>,
    /// Entities: who invests.
    pub investors: Vec<usize>,
    /// Money: raised, price, value or figure.
    pub amount: Option<usize>,
    /// Money: the valuation a round sets.
    pub valuation: Option<usize>,
    /// The round as written.
    pub round: Option<String>,
    /// Percentage: the share bought.
    pub stake: Option<usize>,
    /// How far an acquisition has gone.
    pub status: Option<Status>,
    /// What a result measures.
    pub metric: Option<Metric>,
    /// Percentage: the change of a result.
    pub change: Option<usize>,
    /// Date: the period of a result.
    pub period: Option<usize>,
    /// Date: when it happened or was announced.
    pub date: Option<usize>,
}

impl ArgsFound {
    /// Every mention index the arguments point to.
    pub fn mentions(&self) -> impl Iterator<Item = usize> + '_ {
        [
            self.company,
            self.target,
            self.buyer,
            self.seller,
            self.person,
            self.organization,
            self.amount,
            self.valuation,
            self.stake,
            self.change,
            self.period,
            self.date,
        ]
        .into_iter()
        .flatten()
        .chain(self.investors.iter().copied())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn alnum_table_agrees_with_unicode() {
        for u in 0..0x2100u32 {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(super::is_alnum(c), c.is_alphanumeric(), "{u:#x}");
        }
    }

    #[test]
    fn eight_bytes_at_a_time_end_a_word_as_one_at_a_time() {
        let one_by_one = |bytes: &[u8], mut i: usize| {
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            i
        };
        // Every byte at every place of a run of letters, the run at every
        // length, with bytes before and after.
        for b in 0..=255u8 {
            for at in 0..10 {
                for len in at..12 {
                    let mut bytes = vec![b'x'; len + 3];
                    bytes[0] = b' ';
                    if at + 1 < bytes.len() {
                        bytes[at + 1] = b;
                    }
                    bytes.truncate(len + 1);
                    for i in 0..bytes.len() {
                        assert_eq!(
                            super::ascii_word_end(&bytes, i),
                            one_by_one(&bytes, i),
                            "{b:#x} {at} {len} {i}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn indexed_starts_agree_with_a_binary_search() {
        // Starts bunched, spread and repeated, over a text of 400 KB:
        // every byte's count as a binary search gives it.
        let len = 400_000;
        let mut starts = Vec::new();
        let mut at = 0;
        let mut step = 1;
        while at < len {
            starts.push(at);
            if starts.len() % 7 == 0 {
                starts.push(at);
            }
            step = (step * 37 + 11) % 61;
            at += step;
        }
        assert!(starts.len() >= super::INDEXED_FROM);
        let index = super::Starts::new(starts.iter().copied(), len);
        for at in (0..len + 2 * super::BLOCK).chain([usize::MAX]) {
            assert_eq!(
                index.before(at),
                Some(starts.partition_point(|&s| s < at)),
                "{at}"
            );
        }
        // A short list is searched as it is.
        let short = super::Starts::new(starts[..10].iter().copied(), len);
        assert_eq!(short.before(5), None);
    }
}
