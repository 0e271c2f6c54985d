//! Byte offsets to code-point offsets, done once per document.
//!
//! The stages work in byte offsets (what `regex` and `aho-corasick` return
//! and what Rust slicing takes); the contract speaks code points (what
//! Python slicing uses). [`OffsetMap`] converts a sorted batch of byte
//! offsets in one pass over the text, the pass that counts its words.

/// Converts byte offsets of one text to code-point offsets.
///
/// # Examples
///
/// ```
/// let map = analyze::offsets::OffsetMap::new("l’IA", &[0, 1, 4, 6]);
/// assert_eq!(map.char_offset(4), 2);
/// assert_eq!(map.char_offset(6), 4);
/// ```
#[derive(Debug)]
pub struct OffsetMap {
    /// Sorted, distinct byte offsets and their code-point offsets.
    pairs: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// Builds the map for the given byte offsets, each on a character
    /// boundary of `text` (or its end).
    pub fn new(text: &str, byte_offsets: &[usize]) -> OffsetMap {
        OffsetMap::from_vec(text, byte_offsets.to_vec())
    }

    /// [`OffsetMap::new`], sorting the given offsets in place rather than
    /// a copy of them.
    pub fn from_vec(text: &str, wanted: Vec<usize>) -> OffsetMap {
        OffsetMap::with_counts(text, wanted).0
    }

    /// [`OffsetMap::from_vec`], with the words and code points of the
    /// whole text counted in the same pass ([`crate::text::count`]).
    pub fn with_counts(
        text: &str,
        mut wanted: Vec<usize>,
    ) -> (OffsetMap, crate::text::Counts) {
        // The offsets come as a few sorted runs (the sentences, the
        // mentions, then the few spans of quotes and events): the stable
        // sort finds the runs and merges them, in a fraction of the
        // comparisons an unstable sort makes.
        wanted.sort();
        wanted.dedup();
        let mut pairs: Vec<(usize, usize)> =
            wanted.into_iter().map(|b| (b.min(text.len()), 0)).collect();
        let counts = crate::text::count(text, &mut pairs);
        (OffsetMap { pairs }, counts)
    }

    /// The code-point offset of byte offset `byte`, which must be one of the
    /// offsets the map was built with.
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.pairs.binary_search_by_key(&byte, |p| p.0) {
            Ok(i) => self.pairs[i].1,
            // Not requested: only a bug can get here; fall back to the
            // nearest offset below rather than panic.
            Err(0) => 0,
            Err(i) => self.pairs[i - 1].1,
        }
    }
}

/// Reads an [`OffsetMap`] for byte offsets that mostly come in order (the
/// spans of a document, in text order or in reverse), stepping from the
/// last answer rather than searching the whole map.
///
/// # Examples
///
/// ```
/// let map = analyze::offsets::OffsetMap::new("l’IA", &[0, 1, 4, 6]);
/// let mut at = map.cursor();
/// assert_eq!((at.char_offset(1), at.char_offset(6)), (1, 4));
/// assert_eq!(at.char_offset(4), 2);
/// ```
#[derive(Debug)]
pub struct Cursor<'m> {
    map: &'m OffsetMap,
    /// The index of the last pair found.
    at: usize,
}

impl OffsetMap {
    /// A cursor at the start of the map.
    pub fn cursor(&self) -> Cursor<'_> {
        Cursor { map: self, at: 0 }
    }
}

/// How far a [`Cursor`] steps back before it searches.
const BACK_STEPS: usize = 8;

impl Cursor<'_> {
    /// [`OffsetMap::char_offset`], in a few steps when `byte` is after the
    /// offset asked before or a little before it.
    pub fn char_offset(&mut self, byte: usize) -> usize {
        let pairs = &self.map.pairs;
        // A little behind the cursor (offsets asked in reverse order):
        // step back; further: search.
        for _ in 0..BACK_STEPS {
            if self.at == 0 || pairs.get(self.at).is_none_or(|p| p.0 <= byte) {
                break;
            }
            self.at -= 1;
        }
        if pairs.get(self.at).is_none_or(|p| p.0 > byte) {
            self.at = pairs.partition_point(|p| p.0 <= byte).saturating_sub(1);
            return self.map.char_offset(byte);
        }
        while pairs.get(self.at + 1).is_some_and(|p| p.0 <= byte) {
            self.at += 1;
        }
        pairs.get(self.at).map_or(0, |p| p.1)
    }
}

#[cfg(test)]
mod tests {
    use super::OffsetMap;

    #[test]
    fn the_cursor_answers_as_the_map() {
        let text = "l’État a dit « oui » à 1 000 € près.";
        let wanted: Vec<usize> = (0..text.len())
            .filter(|&b| text.is_char_boundary(b) && b % 3 != 1)
            .collect();
        let map = OffsetMap::new(text, &wanted);
        let mut cursor = map.cursor();
        // In order, out of order, repeated, and offsets never asked for.
        let asked = (0..=text.len() + 2)
            .chain([5, 5, 0, 40, 3, 41, 2])
            .chain((0..=text.len()).rev());
        for b in asked {
            assert_eq!(cursor.char_offset(b), map.char_offset(b), "{b}");
        }
    }
}
