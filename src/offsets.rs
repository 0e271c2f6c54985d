//! Byte offsets to code-point offsets.
//!
//! The stages work in byte offsets (what `regex` and `aho-corasick` return
//! and what Rust slicing takes); the contract speaks code points (what
//! Python slicing uses). [`OffsetMap`] holds the code points before every
//! block of 64 bytes of a text, counted once per document, and
//! answers any byte offset from the block it falls in.

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
}

/// Bytes per block of [`OffsetMap`]: the map takes one number per block
/// (an eighth of the text), and an answer counts at most that many bytes.
const BLOCK: usize = 64;

impl<'t> OffsetMap<'t> {
    /// Builds the map of `text`.
    pub fn new(text: &'t str) -> OffsetMap<'t> {
        let bytes = text.as_bytes();
        let mut before = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut chars = 0;
        for block in bytes.chunks(BLOCK) {
            before.push(chars);
            // At most 64: counted in bytes, which the compiler vectorises.
            let leads = block
                .iter()
                .fold(0u8, |n, &b| n.wrapping_add(u8::from(!cont(b))));
            chars += usize::from(leads);
        }
        before.push(chars);
        OffsetMap { text: bytes, before }
    }

    /// [`OffsetMap::new`], with the words and code points of the whole
    /// text counted ([`crate::text::count`]).
    pub fn with_counts(text: &'t str) -> (OffsetMap<'t>, crate::text::Counts) {
        (OffsetMap::new(text), crate::text::count(text, &mut []))
    }

    /// The code-point offset of byte offset `byte`: the code points that
    /// start before it. An offset past the end of the text counts as its
    /// end.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        let start = block * BLOCK;
        let ahead = byte - start;
        // From the nearer end of the block: its start, or the start of the
        // next block when the text goes that far.
        let end = start + BLOCK;
        if ahead > BLOCK / 2 && end <= self.text.len() {
            let behind = end - byte;
            return self.before[block + 1]
                + continuations(&self.text[byte..], behind)
                - behind;
        }
        self.before[block] + ahead - continuations(&self.text[start..], ahead)
    }
}

impl OffsetMap<'_> {
    /// The code-point offsets of byte offsets `start` and `end`, as
    /// [`OffsetMap::char_offset`] gives them: the end of a short span is
    /// counted on from its start.
    pub fn char_span(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.char_offset(start);
        match end.checked_sub(start) {
            Some(len) if len <= BLOCK && end <= self.text.len() => {
                (from, from + len - continuations(&self.text[start..], len))
            }
            _ => (from, self.char_offset(end)),
        }
    }
}

/// Whether `b` continues a UTF-8 sequence.
#[inline(always)]
fn cont(b: u8) -> bool {
    b & 0xc0 == 0x80
}

/// The bytes among the first `n` of `bytes` that continue a UTF-8
/// sequence, eight at a time: one mark per such byte in the lanes of a
/// word, summed at the end; the last few bytes in a word of eight whose
/// bytes past them are masked out, when the text holds one. `n` is at
/// most [`BLOCK`].
fn continuations(bytes: &[u8], n: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // 1 in each byte of `x` that is 10xxxxxx.
    let marks = |x: u64| (x & !(x << 1) & (ONES << 7)) >> 7;
    let word = |w: &[u8]| {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        u64::from_le_bytes(b)
    };
    let (whole, rest) = bytes.split_at(n - n % 8);
    // At most eight marks per lane: a block has eight words.
    let mut lanes =
        whole.chunks_exact(8).fold(0, |sum, w| sum + marks(word(w)));
    let tail = n % 8;
    if tail > 0 {
        match rest.get(..8) {
            Some(w) => lanes += marks(word(w) & ((1 << (8 * tail)) - 1)),
            None => {
                let last = rest[..tail].iter().filter(|&&b| cont(b)).count();
                lanes += last as u64;
            }
        }
    }
    (lanes.wrapping_mul(ONES) >> 56) as usize
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
