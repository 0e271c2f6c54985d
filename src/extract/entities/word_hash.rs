// The hash of a word in the lexicon's table built with the program:
// `build.rs` includes this file, so the table and the lookups agree.

/// The lexicon's table: slots of little-endian `u32`, a power of two of
/// them, each empty or a line's start in the table's body (low
/// [`OFFSET_BITS`] bits) under the top bits of its word's hash.
pub(crate) const OFFSET_BITS: u32 = 23;

/// An empty slot of the lexicon's table.
pub(crate) const EMPTY: u32 = u32::MAX;

/// FNV-1a over the bytes, then a mix so that the low bits (the slot) and
/// the top bits (the tag) both depend on every byte.
pub(crate) fn word_hash(word: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

/// The tag a slot keeps of a word's hash: the bits above the offset.
pub(crate) fn word_tag(h: u64) -> u32 {
    (h >> (64 - (32 - OFFSET_BITS))) as u32
}
