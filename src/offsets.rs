//! Byte offsets to code-point offsets.
//!
//! The stages work in byte offsets (what `regex` and `aho-corasick` return
//! and what Rust slicing takes); the contract speaks code points (what
//! Python slicing uses). [`OffsetMap`] holds the code points before every
//! block of 64 bytes of a text and, within its block, before every word
//! of eight bytes, counted once per document, and answers any byte offset
//! from the word it falls in.

/// Converts byte offsets of one text to code-point offsets.
///
/// # Examples
///
/// ```
/// let map = analyze::offsets::OffsetMap::new("l’IA");
/// assert_eq!(map.char_offset(4), 2);
/// assert_eq!(map.char_offset(6), 4);
/// ```
#[derive(Debug)]
pub struct OffsetMap<'t> {
    text: &'t [u8],
    /// The code points before each block of [`BLOCK`] bytes, and before
    /// the end of the text.
    before: Vec<usize>,
    /// The code points between the start of its block and each word of
    /// [`WORD`] bytes (at most 56: one byte per word of the text).
    within: Vec<u8>,
}

/// Bytes per block of [`OffsetMap`]: the map takes one number per block.
const BLOCK: usize = 64;
/// Bytes per word of [`OffsetMap`]: an answer counts at most that many
/// bytes, in one word.
const WORD: usize = 8;
/// One in every byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;

impl<'t> OffsetMap<'t> {
    /// Builds the map of `text`.
    pub fn new(text: &'t str) -> OffsetMap<'t> {
        let bytes = text.as_bytes();
        let mut before = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut within = Vec::with_capacity(bytes.len() / WORD + 1);
        let mut chars = 0;
        let mut blocks = bytes.chunks_exact(BLOCK);
        for block in &mut blocks {
            before.push(chars);
            // The continuation bytes of each word, one count per byte of
            // `conts`; multiplied by `ONES`, each byte of the product sums
            // the counts up to its own (a count is at most 8, a sum at
            // most 64: no byte carries into the next).
            let mut conts = 0u64;
            for (j, word) in block.chunks_exact(WORD).enumerate() {
                let mut w = [0u8; WORD];
                w.copy_from_slice(word);
                conts |=
                    (continuations(u64::from_le_bytes(w)) as u64) << (8 * j);
            }
            let upto = conts.wrapping_mul(ONES);
            // Code points before each word: its bytes before it, less
            // the continuation bytes of the words before it.
            const STARTS: u64 = 0x3830_2820_1810_0800;
            within.extend_from_slice(&(STARTS - (upto << 8)).to_le_bytes());
            chars += BLOCK - (upto >> 56) as usize;
        }
        let rest = blocks.remainder();
        if !rest.is_empty() {
            before.push(chars);
            let mut n = 0;
            for word in rest.chunks(WORD) {
                within.push(n);
                n += word.iter().filter(|&&b| !cont(b)).count() as u8;
            }
            chars += usize::from(n);
        }
        before.push(chars);
        OffsetMap { text: bytes, before, within }
    }

    /// [`OffsetMap::new`], with the words and code points of the whole
    /// text counted ([`crate::text::count`]).
    pub fn with_counts(text: &'t str) -> (OffsetMap<'t>, crate::text::Counts) {
        (OffsetMap::new(text), crate::text::count(text, &mut []))
    }

    /// The code-point offset of byte offset `byte`: the code points that
    /// start before it. An offset past the end of the text counts as its
    /// end.
    #[inline]
    pub fn char_offset(&self, byte: usize) -> usize {
        let total = self.before.last().copied().unwrap_or(0);
        if byte >= self.text.len() {
            return total;
        }
        let base =
            self.before[byte / BLOCK] + usize::from(self.within[byte / WORD]);
        let ahead = byte % WORD;
        if ahead == 0 {
            return base;
        }
        // The bytes of the word before `byte`, the others masked out.
        let start = byte - ahead;
        let mut w = [0u8; WORD];
        match self.text.get(start..start + WORD) {
            Some(whole) => w.copy_from_slice(whole),
            None => w[..ahead].copy_from_slice(&self.text[start..byte]),
        }
        let head = u64::from_le_bytes(w) & (u64::MAX >> (8 * (WORD - ahead)));
        base + ahead - continuations(head)
    }

    /// The code-point offsets of byte offsets `start` and `end`, as
    /// [`OffsetMap::char_offset`] gives them.
    #[inline]
    pub fn char_span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.char_offset(start), self.char_offset(end))
    }
}

/// Whether `b` continues a UTF-8 sequence.
#[inline(always)]
fn cont(b: u8) -> bool {
    b & 0xc0 == 0x80
}

/// The bytes of the word `x` (eight bytes, little-endian) that continue a
/// UTF-8 sequence (10xxxxxx): one mark per such byte in its lane, summed
/// by one multiplication.
#[inline(always)]
fn continuations(x: u64) -> usize {
    let marks = (x & !(x << 1) & (ONES << 7)) >> 7;
    (marks.wrapping_mul(ONES) >> 56) as usize
}

#[cfg(test)]
mod tests {
    use super::OffsetMap;

    #[test]
    fn code_points_before_every_offset() {
        let mut texts = vec![
            String::new(),
            "l’État a dit « oui » à 1 000 € près.".to_string(),
        ];
        let pieces = ["a", "é", "’", "🚀", " ", "\u{a0}", "東"];
        for k in 0..300 {
            let mut t = String::new();
            for j in 0..k {
                t.push_str(pieces[(j * 7 + k) % pieces.len()]);
            }
            texts.push(t);
        }
        for t in &texts {
            let map = OffsetMap::new(t);
            // Every byte, on a character boundary or not, and past the end.
            for b in 0..=t.len() + 2 {
                let head = &t.as_bytes()[..b.min(t.len())];
                let want =
                    head.iter().filter(|&&x| (x as i8) >= -0x40).count();
                assert_eq!(map.char_offset(b), want, "{t:?} at {b}");
            }
            // Spans of every length up to past a block, from every byte.
            for a in 0..=t.len() + 1 {
                for b in a.saturating_sub(2)..=(a + 70).min(t.len() + 2) {
                    let want = (map.char_offset(a), map.char_offset(b));
                    assert_eq!(map.char_span(a, b), want, "{t:?} {a}..{b}");
                }
            }
        }
    }
}
