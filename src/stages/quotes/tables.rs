//! The quote tables embedded from `data/quotes/`, parsed once.

use std::sync::LazyLock;

use crate::lexicon::{FastMap, FastSet, fields, rows};
use crate::model::{Gender, Label};

/// A finite form (`explique`, `estimait`).
pub(super) const FINITE: u8 = 1;
/// A past participle, read after an auxiliary (`a déclaré`).
pub(super) const PARTICIPLE: u8 = 2;
/// A present participle (`estimant`).
pub(super) const GERUND: u8 = 4;
/// No form of its own: the first word of a two-word form (`fait` of
/// `fait valoir`), so that one look-up tells every word.
pub(super) const HEAD: u8 = 0;

/// How many lines a table has: a bound on its rows, to size a map built
/// from them once (no rehash of every entry at each doubling).
fn lines(table: &str) -> usize {
    table.bytes().filter(|&b| b == b'\n').count()
}

/// Speech verb forms and their tags; two-word forms (`fait valoir`) are
/// keyed with one space, and their first word with [`HEAD`].
///
/// Built once per run, before the first sentence is read: the map is
/// sized from the table's line count (no rehash of every form at each
/// doubling), and the fields and the space of a two-word form are found
/// by byte scans, the forms being short.
pub(super) static VERBS: LazyLock<FastMap<&'static str, u8>> =
    LazyLock::new(|| {
        let table = include_str!("../../../data/quotes/speech_verbs.tsv");
        let mut map: FastMap<&'static str, u8> =
            FastMap::with_capacity_and_hasher(
                lines(table) + 1,
                Default::default(),
            );
        let mut heads: Vec<&'static str> = Vec::new();
        for r in rows(table) {
            let mut f = fields(r);
            let (Some(form), Some(_lemma), Some(tag)) =
                (f.next(), f.next(), f.next())
            else {
                continue;
            };
            let bits = tag.bytes().fold(0, |b, t| {
                b | match t {
                    b'f' => FINITE,
                    b'p' => PARTICIPLE,
                    b'g' => GERUND,
                    _ => 0,
                }
            });
            if let Some(space) = form.bytes().position(|b| b == b' ') {
                heads.push(&form[..space]);
            }
            map.insert(form, bits);
        }
        map.reserve(heads.len());
        for h in heads {
            map.entry(h).or_insert(HEAD);
        }
        map
    });

/// Whether a key of [`VERBS`] is a two-word form: a byte test, where
/// `str::contains(' ')` sets up a search per key.
fn two_words(k: &str) -> bool {
    k.as_bytes().contains(&b' ')
}

/// The two-word forms of [`VERBS`] by their first word: the second word
/// and the tags, compared in place of a look-up of the two words joined.
pub(super) static PAIRS: LazyLock<
    FastMap<&'static str, Vec<(&'static str, u8)>>,
> = LazyLock::new(|| {
    let mut out: FastMap<&'static str, Vec<(&'static str, u8)>> =
        FastMap::default();
    for (k, &tag) in VERBS.iter().filter(|(k, _)| two_words(k)) {
        if let Some((first, second)) = k.split_once(' ') {
            out.entry(first).or_default().push((second, tag));
        }
    }
    out
});

/// A set of words with three quick first tests: a table of the lengths
/// of the words by their first byte; a bit for the first two bytes, the
/// last byte and the length of each word; then, for the few words that
/// pass, a bit for their first three and last two bytes and their
/// length. Half the words of a text fail the first test (`une`, `qui`,
/// `les`: no trigger opens with their byte at their length), most of the
/// others the second (`contre` passes the second test as `confie`
/// does), most of the rest the third, without being hashed.
pub(super) struct Words {
    set: FastSet<&'static str>,
    /// For each first byte, bit `n` set when a word of `n` bytes opens
    /// with it (bit 31 for 31 bytes or more): [`length_bit`].
    lengths_by_first: [u32; 256],
    bits: Box<[u64; 1024]>,
    /// The bits of the second test ([`second_bit`]).
    second: Box<[u64; 1024]>,
    /// The byte lengths of the shortest and the longest word.
    pub(super) lengths: (usize, usize),
}

/// The bit of a word of `n` bytes in [`Words::lengths_by_first`].
#[inline]
fn length_bit(n: usize) -> u32 {
    1 << n.min(31)
}

/// The bit of `w` in [`Words::bits`].
#[inline]
fn bit(w: &[u8]) -> (usize, u64) {
    let n = w.len();
    let h = (usize::from(w[0]) << 8 | usize::from(w[n.min(2) - 1]))
        .wrapping_mul(31)
        .wrapping_add(usize::from(w[n - 1]))
        .wrapping_mul(31)
        .wrapping_add(n)
        & 0xFFFF;
    (h >> 6, 1 << (h & 63))
}

/// The bit of `w` in [`Words::second`]: its first three and last two
/// bytes and its length packed into a number, mixed by a
/// multiplication whose top sixteen bits pick the bit.
#[inline]
fn second_bit(w: &[u8]) -> (usize, u64) {
    let n = w.len();
    let x = u64::from(w[0])
        | u64::from(w[n.min(2) - 1]) << 8
        | u64::from(w[n.min(3) - 1]) << 16
        | u64::from(w[n.saturating_sub(2)]) << 24
        | u64::from(w[n - 1]) << 32
        | (n as u64) << 40;
    let h = (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize;
    (h >> 6, 1 << (h & 63))
}

impl Words {
    fn new(words: impl IntoIterator<Item = &'static str>) -> Words {
        // Collected first, so that the set is sized once: the trigger
        // words are a thousand and more, each rehashed at every doubling
        // of a set grown from empty.
        let words: Vec<&'static str> =
            words.into_iter().filter(|w| !w.is_empty()).collect();
        let mut out = Words {
            set: FastSet::with_capacity_and_hasher(
                words.len(),
                Default::default(),
            ),
            lengths_by_first: [0; 256],
            bits: Box::new([0; 1024]),
            second: Box::new([0; 1024]),
            lengths: (usize::MAX, 0),
        };
        for w in words {
            out.lengths_by_first[usize::from(w.as_bytes()[0])] |=
                length_bit(w.len());
            let (k, b) = bit(w.as_bytes());
            out.bits[k] |= b;
            let (k, b) = second_bit(w.as_bytes());
            out.second[k] |= b;
            out.set.insert(w);
            out.lengths.0 = out.lengths.0.min(w.len());
            out.lengths.1 = out.lengths.1.max(w.len());
        }
        out
    }

    /// Whether `w` may be one of the words: `false` is sure, `true`
    /// asks [`Words::contains`] or the table the words come from.
    #[inline]
    pub(super) fn may_contain(&self, w: &str) -> bool {
        self.may_contain_bytes(w.as_bytes())
    }

    /// [`Words::may_contain`] for the bytes of a word.
    #[inline]
    pub(super) fn may_contain_bytes(&self, w: &[u8]) -> bool {
        let Some(&first) = w.first() else {
            return false;
        };
        if self.lengths_by_first[usize::from(first)] & length_bit(w.len()) == 0
        {
            return false;
        }
        let (k, b) = bit(w);
        self.bits[k] & b != 0 && {
            let (k, b) = second_bit(w);
            self.second[k] & b != 0
        }
    }

    /// Whether `w` is one of the words.
    pub(super) fn contains(&self, w: &str) -> bool {
        self.may_contain(w) && self.set.contains(w)
    }
}

/// The one-word triggers of indirect speech: every one-word key of
/// [`VERBS`] (the forms and the first words of two-word forms), `selon`,
/// and `Pour` opening a sentence. A word that is none of them is no verb
/// of speech. `d'après` and `, pour` are read where they are used.
pub(super) static TRIGGER_WORDS: LazyLock<Words> = LazyLock::new(|| {
    Words::new(
        VERBS
            .keys()
            .copied()
            .filter(|k| !two_words(k))
            .chain(["selon", "Selon", "Pour"]),
    )
});

/// The first four bytes of the words that [`super::triggered`] may take
/// for a trigger: the [`TRIGGER_WORDS`], `après` and `pour`, one bit per
/// hash of the four bytes. A word whose first four bytes have no bit set
/// is none of them, and is not read to its end.
pub(super) struct Heads {
    /// A fixed size: a slot indexes it with no bounds check.
    bits: Box<[u64; 1024]>,
}

/// The slot of four first bytes in [`Heads::bits`]: the top sixteen
/// bits of a multiplication.
#[inline]
fn head_slot(four: [u8; 4]) -> usize {
    (u32::from_le_bytes(four).wrapping_mul(0x9E37_79B1) >> 16) as usize
}

impl Heads {
    fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Heads {
        let mut heads = Heads { bits: Box::new([0; 1024]) };
        for w in words {
            let w = w.as_bytes();
            if let Some(four) = w.first_chunk::<4>() {
                heads.set(*four);
            } else if w.len() == 3 {
                // After a word of three bytes comes the first byte of a
                // character that is no letter or digit (ASCII, or the
                // first of several bytes), or the space that pads the
                // end of the text: a bit for each.
                for b in (0..=u8::MAX).filter(|b| {
                    *b >= 0xC0 || (b.is_ascii() && !b.is_ascii_alphanumeric())
                }) {
                    heads.set([w[0], w[1], w[2], b]);
                }
            } else if !w.is_empty() {
                // A shorter word: any four bytes may start it.
                heads.bits.fill(u64::MAX);
            }
        }
        heads
    }

    fn set(&mut self, four: [u8; 4]) {
        let s = head_slot(four);
        self.bits[s >> 6] |= 1 << (s & 63);
    }

    /// Whether a word of the table may start with the bytes `four` (the
    /// word's first four, or fewer and those after it): `false` is sure.
    #[inline]
    pub(super) fn may_start(&self, four: [u8; 4]) -> bool {
        let s = head_slot(four);
        self.bits[s >> 6] & (1 << (s & 63)) != 0
    }
}

/// The [`Heads`] of the [`TRIGGER_WORDS`], `après` and `pour`.
pub(super) static TRIGGER_HEADS: LazyLock<Heads> = LazyLock::new(|| {
    Heads::new(TRIGGER_WORDS.set.iter().copied().chain(["après", "pour"]))
});

/// Role nouns: the gender they show, the label of what they stand for.
pub(super) static ROLES: LazyLock<
    FastMap<&'static str, (Option<Gender>, Label)>,
> = LazyLock::new(|| {
    let table = include_str!("../../../data/quotes/roles.tsv");
    let mut map = FastMap::with_capacity_and_hasher(
        lines(table) + 1,
        Default::default(),
    );
    map.extend(rows(table).filter_map(|r| {
        let mut f = fields(r);
        let (noun, gender, label) = (f.next()?, f.next()?, f.next()?);
        let gender = match gender {
            "f" => Some(Gender::Female),
            "m" => Some(Gender::Male),
            _ => None,
        };
        Some((noun, (gender, Label::parse(label)?)))
    }));
    map
});

/// Roles that stand for another title given first (`le chef du
/// gouvernement` for `le Premier ministre`): the titles of each role.
pub(super) static ROLE_SYNONYMS: LazyLock<
    FastMap<&'static str, Vec<&'static str>>,
> = LazyLock::new(|| {
    let table = include_str!("../../../data/quotes/role_synonyms.tsv");
    let mut map: FastMap<&'static str, Vec<&'static str>> = FastMap::default();
    for r in rows(table) {
        let mut f = fields(r);
        if let (Some(role), Some(title)) = (f.next(), f.next()) {
            map.entry(role).or_default().push(title);
        }
    }
    map
});

fn set(table: &'static str) -> FastSet<&'static str> {
    rows(table).collect()
}

/// Documents that speak for their issuer.
pub(super) static DOCUMENTS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../../data/quotes/documents.txt")));

/// Trade unions by acronym and name, lower case (read by the events
/// stage too).
pub(crate) static UNIONS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../../data/quotes/unions.txt")));

/// Company nouns that introduce a party to another company's deal
/// (`auprès du fonds Eurazeo`), not the company a later `le groupe`
/// stands for.
pub(super) static COUNTERPARTY_NOUNS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| {
        set(include_str!("../../../data/quotes/counterparty_nouns.txt"))
    });

/// Verbs of demanding that introduce marks right after them.
pub(super) static DEMAND_VERBS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| {
        set(include_str!("../../../data/quotes/demand_verbs.txt"))
    });

/// Words before marks that hold a title or a term.
pub(super) static TITLE_NOUNS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| {
        set(include_str!("../../../data/quotes/title_nouns.txt"))
    });

/// Adverbs and set phrases read between a verb and its speaker or
/// inside a verb group (`a toutefois prévenu`).
pub(super) static ADVERBS: LazyLock<Keys> = LazyLock::new(|| {
    Keys::new(rows(include_str!("../../../data/quotes/adverbs.txt")))
});

/// The first words of [`ADVERBS`], as [`super::words::tokens`] cuts them
/// (`dans` of `dans un communiqué`, `d'` of `d'ailleurs`): a phrase
/// opens with one of them, lowered. Each with bit `n` set when a phrase
/// of `n` tokens opens with it, so that only those lengths are looked
/// up: most heads open phrases of one length (`dimanche`, `de` of `de
/// même`).
pub(super) static ADVERB_HEADS: LazyLock<Keys<u8>> = LazyLock::new(|| {
    let mut toks = Vec::new();
    Keys::with_values(
        rows(include_str!("../../../data/quotes/adverbs.txt")).filter_map(
            |a| {
                super::words::tokens(a, 0..a.len(), &mut toks);
                let head = toks.first().map(|t| &a[t.s..t.e])?;
                Some((head, 1u8 << toks.len().min(7)))
            },
        ),
        |a, b| a | b,
    )
});

/// A set of table keys (lower case, straight apostrophe), or a map of
/// them to values, with a quick first test on the first byte of a word,
/// before the word is lowered ([`super::with_key`]) and hashed: most
/// words start with a letter no key starts with.
pub(super) struct Keys<V = ()> {
    map: FastMap<&'static str, V>,
    /// Whether some key starts with the byte.
    first: [bool; 256],
    /// The byte length of the longest key: a longer phrase, lowered, is
    /// told out without being hashed.
    longest: usize,
}

impl Keys {
    pub(super) fn new(keys: impl IntoIterator<Item = &'static str>) -> Keys {
        Keys::with_values(keys.into_iter().map(|k| (k, ())), |(), ()| ())
    }

    /// Whether `k`, a key already lowered, is one of the keys.
    pub(super) fn contains(&self, k: &str) -> bool {
        self.map.contains_key(k)
    }

    /// Whether word `w`, lowered, is one of the keys.
    #[inline]
    pub(super) fn holds(&self, w: &str) -> bool {
        self.get(w).is_some()
    }
}

impl<V: Copy> Keys<V> {
    /// The keys with their values, `merge` joining the values of a key
    /// given more than once.
    pub(super) fn with_values(
        entries: impl IntoIterator<Item = (&'static str, V)>,
        merge: impl Fn(V, V) -> V,
    ) -> Keys<V> {
        let mut out =
            Keys { map: FastMap::default(), first: [false; 256], longest: 0 };
        for (k, v) in entries {
            if let Some(&b) = k.as_bytes().first() {
                out.first[usize::from(b)] = true;
            }
            out.longest = out.longest.max(k.len());
            out.map
                .entry(k)
                .and_modify(|old| *old = merge(*old, v))
                .or_insert(v);
        }
        out
    }

    /// The value of word `w`, lowered, if it is one of the keys. A word
    /// whose first byte is ASCII lowers it to its ASCII lower case, so
    /// that byte tells most words out; other first bytes (`É`, `’`) are
    /// lowered.
    #[inline]
    pub(super) fn get(&self, w: &str) -> Option<V> {
        if let Some(&b) = w.as_bytes().first()
            && b < 0x80
            && !self.first[usize::from(b.to_ascii_lowercase())]
        {
            return None;
        }
        super::with_key(w, |k| {
            (k.len() <= self.longest)
                .then(|| self.map.get(k).copied())
                .flatten()
        })
    }
}

/// A role noun, tried as written, then in the singular.
pub(super) fn role(word: &str) -> Option<(Option<Gender>, Label, bool)> {
    if let Some(&(g, l)) = ROLES.get(word) {
        return Some((g, l, false));
    }
    let stem = word.strip_suffix('s').or_else(|| word.strip_suffix('x'))?;
    ROLES.get(stem).map(|&(g, l)| (g, l, true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tests::check_table;

    #[test]
    fn tables_follow_the_conventions() {
        check_table(
            "speech_verbs.tsv",
            include_str!("../../../data/quotes/speech_verbs.tsv"),
        );
        check_table(
            "roles.tsv",
            include_str!("../../../data/quotes/roles.tsv"),
        );
        check_table(
            "documents.txt",
            include_str!("../../../data/quotes/documents.txt"),
        );
        check_table(
            "title_nouns.txt",
            include_str!("../../../data/quotes/title_nouns.txt"),
        );
        check_table(
            "adverbs.txt",
            include_str!("../../../data/quotes/adverbs.txt"),
        );
        check_table(
            "unions.txt",
            include_str!("../../../data/quotes/unions.txt"),
        );
        check_table(
            "counterparty_nouns.txt",
            include_str!("../../../data/quotes/counterparty_nouns.txt"),
        );
        check_table(
            "demand_verbs.txt",
            include_str!("../../../data/quotes/demand_verbs.txt"),
        );
        check_table(
            "institutions.txt",
            include_str!("../../../data/quotes/institutions.txt"),
        );
    }

    #[test]
    fn tables_parse() {
        assert_eq!(VERBS.get("déclaré"), Some(&PARTICIPLE));
        assert_eq!(VERBS.get("explique"), Some(&FINITE));
        assert_eq!(VERBS.get("estimant"), Some(&GERUND));
        assert_eq!(VERBS.get("fait"), Some(&HEAD));
        assert_eq!(VERBS.get("fait valoir"), Some(&(FINITE | PARTICIPLE)));
        assert_eq!(role("ministres").map(|r| r.1), Some(Label::Per));
        assert_eq!(role("groupe").map(|r| r.1), Some(Label::Org));
    }
}
