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
    table
        .lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// FNV-1a, the hasher of the rule tables' maps: their keys are short words
/// hashed once per lookup, where the standard library's DoS-resistant
/// hasher costs more than the lookup itself (profiles of the date
/// extractor put it at a third of the run). The tables are fixed, so there
/// is nothing for an attacker to collide with.
#[derive(Clone, Copy, Debug, Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map keyed by table entries, hashed with [`Fnv`].
pub type FastMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// A hash set of table entries, hashed with [`Fnv`].
pub type FastSet<K> =
    std::collections::HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

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
