//! The bytes of a text 64 at a time, for the scans of the stages
//! that look at every word of a text: which bytes are ASCII letters or
//! digits, which open a character outside ASCII, which are spaces or
//! line breaks.
//!
//! On x86-64 sixteen bytes are compared at once (SSE2, which every
//! x86-64 processor has); elsewhere byte by byte, with the same result.

/// `f` of each sixteen bytes of `w`: their masks, those of bytes
/// `16 * i` on shifted by `16 * i` bits.
#[inline(always)]
fn by_sixteen<const N: usize>(
    w: &[u8; 64],
    f: impl Fn(&[u8; 16]) -> [u32; N],
) -> [u64; N] {
    let mut out = [0; N];
    for (i, h) in w.chunks_exact(16).enumerate() {
        let masks = f(h.try_into().unwrap_or(&[0; 16]));
        for (o, m) in out.iter_mut().zip(masks) {
            *o |= u64::from(m) << (16 * i);
        }
    }
    out
}

/// For each of the 64 bytes of `w`, bit `k` for byte `k`: whether it is
/// an ASCII letter or digit, and whether it is the first byte of a
/// character outside ASCII (`0b11xx_xxxx`).
#[inline]
pub(crate) fn word_bytes(w: &[u8; 64]) -> (u64, u64) {
    let [word, lead] = by_sixteen(w, |h| {
        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        {
            // SAFETY: the build enables SSE2, the one feature the
            // function needs.
            unsafe { word_bytes_sse2(h) }
        }
        #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
        {
            word_bytes_bytewise(h)
        }
    });
    (word, lead)
}

/// For each of the 64 bytes of `w`, bit `k` for byte `k`: whether it is
/// a space or a line break (`\n`).
#[inline]
pub(crate) fn space_bytes(w: &[u8; 64]) -> u64 {
    let [space] = by_sixteen(w, |h| {
        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        {
            // SAFETY: as in `word_bytes`.
            unsafe { space_bytes_sse2(h) }
        }
        #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
        {
            space_bytes_bytewise(h)
        }
    });
    space
}

/// The sixteen bytes of `w` as one SSE2 value.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn load(w: &[u8; 16]) -> std::arch::x86_64::__m128i {
    let half = |h: &[u8]| i64::from_le_bytes(h.try_into().unwrap_or_default());
    std::arch::x86_64::_mm_set_epi64x(half(&w[8..]), half(&w[..8]))
}

/// [`word_bytes`] of sixteen bytes, by sixteen comparisons at once:
/// signed, so that every byte outside ASCII (negative) is below the
/// ranges of digits and letters; letters in lower case by bit 5 set; a
/// first byte outside ASCII has its two high bits set, the sign of the
/// byte and of the byte doubled.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn word_bytes_sse2(w: &[u8; 16]) -> [u32; 2] {
    use std::arch::x86_64::{
        _mm_add_epi8, _mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    let v = load(w);
    let lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    let digit = _mm_and_si128(
        _mm_cmpgt_epi8(v, _mm_set1_epi8(b'0' as i8 - 1)),
        _mm_cmplt_epi8(v, _mm_set1_epi8(b'9' as i8 + 1)),
    );
    let letter = _mm_and_si128(
        _mm_cmpgt_epi8(lower, _mm_set1_epi8(b'a' as i8 - 1)),
        _mm_cmplt_epi8(lower, _mm_set1_epi8(b'z' as i8 + 1)),
    );
    let word = _mm_movemask_epi8(_mm_or_si128(digit, letter));
    let lead = _mm_movemask_epi8(_mm_and_si128(v, _mm_add_epi8(v, v)));
    [word as u32, lead as u32]
}

/// [`space_bytes`] of sixteen bytes, by two comparisons of the sixteen.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn space_bytes_sse2(w: &[u8; 16]) -> [u32; 1] {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    let v = load(w);
    let space = _mm_or_si128(
        _mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8)),
        _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\n' as i8)),
    );
    [_mm_movemask_epi8(space) as u32]
}

/// [`word_bytes`] of sixteen bytes, byte by byte.
#[cfg_attr(
    all(all(target_arch = "x86_64", target_feature = "sse2"), not(test)),
    allow(dead_code)
)]
fn word_bytes_bytewise(w: &[u8; 16]) -> [u32; 2] {
    let (mut word, mut lead) = (0, 0);
    for (k, &b) in w.iter().enumerate() {
        word |= u32::from(b.is_ascii_alphanumeric()) << k;
        lead |= u32::from(b >= 0xC0) << k;
    }
    [word, lead]
}

/// [`space_bytes`] of sixteen bytes, byte by byte.
#[cfg_attr(
    all(all(target_arch = "x86_64", target_feature = "sse2"), not(test)),
    allow(dead_code)
)]
fn space_bytes_bytewise(w: &[u8; 16]) -> [u32; 1] {
    let mut space = 0;
    for (k, &b) in w.iter().enumerate() {
        space |= u32::from(matches!(b, b' ' | b'\n')) << k;
    }
    [space]
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_byte_is_told_as_byte_by_byte() {
        for b in 0..=u8::MAX {
            for other in [0, b' ', b'a', b'Z', b'5', 0x80, 0xA9, 0xC3, 0xFF] {
                let mut w = [other; 64];
                for k in [0, 3, 7, 8, 15, 16, 24, 31, 32, 47, 48, 63] {
                    w[k] = b;
                }
                let (mut word, mut lead, mut space) = (0, 0, 0);
                for (i, h) in w.chunks_exact(16).enumerate() {
                    let h = h.try_into().unwrap();
                    let [wh, lh] = super::word_bytes_bytewise(h);
                    let [sh] = super::space_bytes_bytewise(h);
                    word |= u64::from(wh) << (16 * i);
                    lead |= u64::from(lh) << (16 * i);
                    space |= u64::from(sh) << (16 * i);
                }
                assert_eq!(
                    super::word_bytes(&w),
                    (word, lead),
                    "{b:#x} among {other:#x}"
                );
                assert_eq!(
                    super::space_bytes(&w),
                    space,
                    "{b:#x} among {other:#x}"
                );
            }
        }
    }
}
