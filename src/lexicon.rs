//! Reading the rule tables embedded from `data/`.
//!
//! Every table is a UTF-8 text file, one entry per line, with a `#` comment
//! header saying where it comes from. This module only splits the lines;
//! each stage parses its own tables once, in a `LazyLock`.

/// The entries of an embedded table: its lines without comments (`#` in the
/// first column), blank lines or the final newline.
///
/// # Examples
///
/// ```
/// let table = "# a header\nfoo\n\nbar\tx\n";
/// let rows: Vec<&str> = analyze::lexicon::rows(table).collect();
/// assert_eq!(rows, ["foo", "bar\tx"]);
/// ```
pub fn rows(table: &str) -> impl Iterator<Item = &str> {
    // The lines are cut where a scan byte by byte finds `\n`: table lines
    // are short, and a `memchr` call per line cost more than reading it.
    // A line's `\r\n` goes, and one more `\r`, as `str::lines` then a
    // strip of `\r` took them.
    let mut rest = table;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            let (line, ended) = match rest.bytes().position(|b| b == b'\n') {
                Some(end) => {
                    let line = &rest[..end];
                    rest = &rest[end + 1..];
                    (line, true)
                }
                None => (std::mem::take(&mut rest), false),
            };
            let mut line = line;
            if ended {
                line = line.strip_suffix('\r').unwrap_or(line);
            }
            line = line.strip_suffix('\r').unwrap_or(line);
            if !line.is_empty() && !line.starts_with('#') {
                return Some(line);
            }
        }
        None
    })
}

/// The tab-separated fields of a table row, as `row.split('\t')` gives
/// them, found by a scan byte by byte (fields are short).
///
/// # Examples
///
/// ```
/// let fields: Vec<&str> = analyze::lexicon::fields("a\tb\t").collect();
/// assert_eq!(fields, ["a", "b", ""]);
/// ```
pub fn fields(row: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(row);
    std::iter::from_fn(move || {
        let row = rest?;
        Some(match row.bytes().position(|b| b == b'\t') {
            Some(end) => {
                rest = Some(&row[end + 1..]);
                &row[..end]
            }
            None => {
                rest = None;
                row
            }
        })
    })
}

/// A hasher that reads its input eight bytes at a time, each word added
/// and multiplied in: the keys of the maps are short words, names and
/// rule-table entries, hashed once per lookup, where the standard
/// library's DoS-resistant hasher once cost a third of the date
/// extractor and hashing byte by byte (FNV) about as much as the lookup.
/// The keys are not chosen by an attacker who could make them collide
/// on purpose.
#[derive(Clone, Copy, Debug, Default)]
pub struct Words(u64);

impl Words {
    /// An odd constant with well-spread bits.
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    #[inline(always)]
    fn add(&mut self, word: u64) {
        self.0 = self.0.wrapping_add(word).wrapping_mul(Words::K);
    }
}

impl std::hash::Hasher for Words {
    #[inline]
    fn finish(&self) -> u64 {
        // The table takes its bucket from the low bits, which the
        // multiplication leaves the least mixed.
        self.0.rotate_left(26)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.add(u64::from_le_bytes(w.try_into().unwrap_or_default()));
        }
        let rest = words.remainder();
        let n = rest.len();
        let last = if n >= 4 {
            // Two reads of four bytes, overlapping when fewer than eight.
            let lo =
                u32::from_le_bytes(rest[..4].try_into().unwrap_or_default());
            let hi = u32::from_le_bytes(
                rest[n - 4..].try_into().unwrap_or_default(),
            );
            u64::from(lo) | u64::from(hi) << 32
        } else if n > 0 {
            u64::from(rest[0])
                | u64::from(rest[n / 2]) << 8
                | u64::from(rest[n - 1]) << 16
        } else {
            0
        };
        self.add(last ^ (n as u64) << 56);
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

/// A hash map keyed by table entries, hashed with [`Words`].
pub type FastMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Words>>;

/// A hash set of table entries, hashed with [`Words`].
pub type FastSet<K> =
    std::collections::HashSet<K, std::hash::BuildHasherDefault<Words>>;

#[cfg(test)]
pub(crate) mod tests {
    use super::rows;

    /// Checks the conventions every table follows: sorted by byte value, no
    /// duplicates, no stray white space, accents precomposed (NFC: no
    /// combining marks).
    pub(crate) fn check_table(name: &str, table: &str) {
        let entries: Vec<&str> = rows(table).collect();
        assert!(!entries.is_empty(), "{name}: empty table");
        assert!(table.starts_with('#'), "{name}: no comment header");
        for w in entries.windows(2) {
            assert!(
                w[0] < w[1],
                "{name}: not sorted or duplicated: {:?} then {:?}",
                w[0],
                w[1]
            );
        }
        for e in &entries {
            assert_eq!(e.trim(), *e, "{name}: stray white space in {e:?}");
            for field in e.split('\t') {
                assert_eq!(
                    field.trim(),
                    field,
                    "{name}: stray white space in {e:?}"
                );
                assert!(!field.is_empty(), "{name}: empty field in {e:?}");
            }
            assert!(
                !e.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)),
                "{name}: combining mark (not NFC) in {e:?}"
            );
        }
    }

    #[test]
    fn abbreviations_table() {
        check_table(
            "abbreviations.txt",
            include_str!("../data/abbreviations.txt"),
        );
    }
}
