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
        wanted.sort_unstable();
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
