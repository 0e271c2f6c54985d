//! The rule tables of the events stage (`data/events/`), parsed once:
//! the triggers with their frames, the titles of roles and the cue words
//! read around a trigger.

use std::sync::LazyLock;

use crate::lexicon::{FastMap, rows};
use crate::model::Metric;
use crate::stages::scan;

/// How the arguments of a trigger are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// `X lève 12 M€ auprès de Y`: funding, company the subject.
    Raise,
    /// `Y investit 12 M€ dans X`: funding, investors the subject.
    Invest,
    /// `Y prend une participation de 25 % dans X`: an acquisition with
    /// a stake, else funding as [`Frame::Invest`].
    Stake,
    /// `Y rachète X`, `X racheté par Y`.
    Buy,
    /// `le rachat de X par Y`.
    BuyNoun,
    /// `Z cède X à Y`, `Z a vendu X`.
    Sell,
    /// `la cession de X à Y`.
    SellNoun,
    /// `X tombe dans l'escarcelle de Y`: the target is the subject.
    Fall,
    /// `valorisée 2 Md€`, `une valorisation de`.
    Value,
    /// A figure: `chiffre d'affaires`, `bénéfice net`.
    Metric(Metric),
    /// `a perdu 30 M€`: a loss stated by a verb.
    LossVerb,
    /// `a cofondé X`: a founder's role stated by a verb.
    Found,
    /// A position held: `PDG`, `ministre`.
    Title(TitleClass),
    /// `L'opération`, `le montant`, `la transaction`: more about the
    /// deal just stated (its amount, its status).
    Anaphor,
    /// `a versé 18 M€ à Y`: the price of the deal just stated, and its
    /// seller.
    Pay,
    /// `X va fusionner avec Y`, `la fusion entre X et Y`.
    Merge,
    /// `X prend la tête de Y`: a role without a title.
    Lead,
    /// `Le vendeur est X`, `le cédant, X,`: the seller of the deal just
    /// stated.
    Seller,
    /// `une série A de 25 M€`: a round of the company in the news.
    Round,
}

/// Whether a position belongs to an organisation or a government.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleClass {
    /// An organisation's: named after `de` / `chez`, or from the context.
    Business,
    /// A government's: the title keeps its complement
    /// (`ministre de l'Économie`), no organisation.
    Public,
}

/// The cue classes of `cues.tsv`, as bits.
pub mod cue {
    /// An acquisition considered.
    pub const PLANNED: u8 = 1;
    /// An acquisition announced.
    pub const ANNOUNCED: u8 = 2;
    /// An acquisition done.
    pub const DONE: u8 = 4;
    /// A target, not a result.
    pub const FORECAST: u8 = 8;
    /// A word before the change of a figure.
    pub const CHANGE: u8 = 16;
    /// A word of a funding round.
    pub const ROUND: u8 = 32;
}

/// The triggers and titles, found word by word: at each place a word
/// can start, its first four bytes (ASCII case aside) say whether any
/// form starts so, by a bit in a table; only then are the forms that
/// start so compared, longest first. No automaton to build, and a word
/// costs a look-up.
pub struct Triggers {
    /// One bit per hash of four first bytes that some form starts with
    /// (a fixed size: a slot indexes it with no bounds check).
    bits: Box<[u64; 1024]>,
    /// The forms, lower-cased (ASCII), with their frames and whether
    /// they are the head of a form ending in `sur` that other words may
    /// split (`a mis la main en 2023 sur`), grouped by their first four
    /// bytes, longest first within a group.
    forms: Vec<(Box<[u8]>, Frame, bool)>,
    /// For each form, its first sixteen bytes with bit 5 set, as two
    /// words of eight, and the masks of the bytes it has: a form whose
    /// head differs from the text is passed in two comparisons (the
    /// forms of a title share their first eight bytes: `président`,
    /// `président du directoire`).
    heads: Vec<[(u64, u64); 2]>,
    /// Each first four bytes that start a form (bit 5 set, a key), with
    /// the range of `forms` holding them, in the order of the top twelve
    /// bits of their [`slot`]: found by [`Triggers::group`] among the
    /// few of their slot's, with no hash of their own.
    groups: Vec<(u32, u32, u32)>,
    /// For each top twelve bits of a slot, where their keys start in
    /// `groups` (and the next entry, where they end).
    group_starts: Box<[u32; 4097]>,
    /// One bit for each first two bytes of a word (the first in the low
    /// byte) that [`Triggers::passes_past`] may pass although its first
    /// four bytes start no form: a mark first, an apostrophe (or the
    /// first byte of `’`) second, `qu` or `ex` (ASCII case aside). Any
    /// other word passes only by its own four bytes.
    opens: Box<[u64; 1024]>,
}

/// A trigger found: byte range within the text searched, and frame.
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub frame: Frame,
}

/// Bytes that may end a form shorter than four bytes (`PDG,`, `OPA `).
const ENDS: &[u8] = b" \t\n\r,.;:)'\"/\xc2\xe2";

/// The four bytes at `b[c..]` (a space past the end), with bit 5 set:
/// ASCII letters in lower case, in one operation. Other bytes may
/// collide; a key only selects the forms to compare.
fn key_at(b: &[u8], c: usize) -> u32 {
    let raw = match b.get(c..c + 4) {
        Some(w) => u32::from_le_bytes([w[0], w[1], w[2], w[3]]),
        None => {
            let at = |j: usize| b.get(c + j).copied().unwrap_or(b' ');
            u32::from_le_bytes([at(0), at(1), at(2), at(3)])
        }
    };
    raw | 0x2020_2020
}

/// The first eight bytes of a form (fewer when it is shorter) with bit
/// 5 set, and the mask of the bytes it has: a text whose eight bytes,
/// bit 5 set, differ under the mask does not start with the form, ASCII
/// case aside.
fn head8(f: &[u8]) -> (u64, u64) {
    let mut eight = [0u8; 8];
    let n = f.len().min(8);
    eight[..n].copy_from_slice(&f[..n]);
    let mask = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
    ((u64::from_le_bytes(eight) | 0x2020_2020_2020_2020) & mask, mask)
}

/// In [`LEADS`]: a byte that opens a word with a mark (`(`, `"`, `[`,
/// `'`, `-`, the first byte of `«`, a non-breaking space or a curly
/// quote).
const MARK: u8 = 1;
/// In [`LEADS`]: a second byte that makes the first an elided word (`'`,
/// the first byte of `’`).
const ELISION: u8 = 2;

/// The classes of the bytes that lead to a word looked at despite its
/// first four bytes: one load each instead of a chain of comparisons.
static LEADS: [u8; 256] = {
    let mut t = [0u8; 256];
    let marks = *b"(\"['-\xc2\xe2";
    let mut i = 0;
    while i < marks.len() {
        t[marks[i] as usize] |= MARK;
        i += 1;
    }
    t[b'\'' as usize] |= ELISION;
    t[0xe2] |= ELISION;
    t
};

/// The bits of the places a word may start at, at or past byte `done`,
/// among those after the 64 bytes from `at` (bit `j` for the byte after
/// byte `at + j`, as [`scan::space_bytes`] sets them).
fn from_done(done: usize, at: usize) -> u64 {
    match done.saturating_sub(at + 1) {
        d if d >= 64 => 0,
        d => u64::MAX << d,
    }
}

/// The bit of a key in the table.
fn slot(k: u32) -> usize {
    (k.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// The length of the opening marks at `b[c..]`: brackets, quotes,
/// non-breaking spaces (`(«\u{a0}rachat`).
fn opening(b: &[u8], c: usize) -> usize {
    let mut i = c;
    loop {
        match b.get(i..) {
            Some([b'(' | b'"' | b'[' | b'\'' | b'-', ..]) => i += 1,
            Some([0xc2, 0xa0 | 0xab, ..]) => i += 2,
            Some([0xe2, 0x80, 0x9c | 0xaf | 0x98, ..]) => i += 3,
            _ => return i - c,
        }
    }
}

/// The length of an elided word at `b[c..]` (`l'`, `d’`, `qu'`), else
/// 0: the word after it may be a trigger (`l'acquisition`). Always
/// inlined: [`Triggers::word`] asks it of every word it reads whose
/// first two bytes may open one ([`Triggers::opens`]), the scan of
/// every elided word it meets.
#[inline(always)]
fn elision(b: &[u8], c: usize) -> usize {
    // `l'ex-PDG`, `ex-directrice financière`: a former holder's prefix.
    if b.get(c..c + 3).is_some_and(|w| w.eq_ignore_ascii_case(b"ex-"))
        && b.get(c + 3).is_some_and(u8::is_ascii_alphabetic)
    {
        return 3;
    }
    let q = usize::from(
        b.get(c..c + 2).is_some_and(|w| w.eq_ignore_ascii_case(b"qu")),
    );
    let at = c + 1 + q;
    match b.get(at..) {
        Some([b'\'', ..]) => 2 + q,
        Some([0xe2, 0x80, 0x99, ..]) => 4 + q,
        _ => 0,
    }
}

impl Triggers {
    fn new(mut forms: Vec<(Box<[u8]>, Frame)>) -> Triggers {
        forms.retain(|f| f.0.len() >= 2);
        // A form of three words or more ending in `sur` (`met la main
        // sur`) also stands without it, `sur` then following within a few
        // words (`a mis la main en 2023 sur`).
        let mut split: Vec<(Box<[u8]>, Frame, bool)> = Vec::new();
        for (f, frame) in forms {
            if let Some(head) = f.strip_suffix(b" sur")
                && head.iter().filter(|&&b| b == b' ').count() >= 2
            {
                split.push((head.into(), frame, true));
            }
            split.push((f, frame, false));
        }
        // Forms shorter than four bytes, once for each byte that may end
        // them.
        let mut keyed: Vec<(u32, Box<[u8]>, Frame, bool)> = Vec::new();
        for (f, frame, gap) in split {
            let mut pads: Vec<Vec<u8>> = vec![f.to_vec()];
            while pads[0].len() < 4 {
                pads = pads
                    .iter()
                    .flat_map(|p| {
                        ENDS.iter().map(move |&e| {
                            let mut q = p.clone();
                            q.push(e);
                            q
                        })
                    })
                    .collect();
            }
            for p in pads {
                keyed.push((key_at(&p, 0), f.clone(), frame, gap));
            }
        }
        keyed.sort_by(|a, b| {
            (a.0, std::cmp::Reverse(a.1.len()))
                .cmp(&(b.0, std::cmp::Reverse(b.1.len())))
        });
        let mut bits = Box::new([0u64; 1024]);
        let mut groups: Vec<(u32, u32, u32)> = Vec::new();
        let mut out = Vec::with_capacity(keyed.len());
        let mut heads = Vec::with_capacity(keyed.len());
        for (i, (k, f, frame, gap)) in keyed.into_iter().enumerate() {
            bits[slot(k) >> 6] |= 1 << (slot(k) & 63);
            match groups.last_mut() {
                Some(g) if g.0 == k => g.2 = i as u32 + 1,
                _ => groups.push((k, i as u32, i as u32 + 1)),
            }
            heads.push([head8(&f), head8(&f[f.len().min(8)..])]);
            out.push((f, frame, gap));
        }
        groups.sort_by_key(|g| slot(g.0) >> 4);
        let mut group_starts = Box::new([0u32; 4097]);
        for g in &groups {
            group_starts[(slot(g.0) >> 4) + 1] += 1;
        }
        for i in 1..group_starts.len() {
            group_starts[i] += group_starts[i - 1];
        }
        let mut opens = Box::new([0u64; 1024]);
        let mut open = |first: u8, second: u8| {
            let pair = usize::from(u16::from_le_bytes([first, second]));
            opens[pair >> 6] |= 1 << (pair & 63);
        };
        let marks: Vec<u8> = (0..=u8::MAX)
            .filter(|&m| LEADS[usize::from(m)] & MARK != 0)
            .collect();
        let elisions: Vec<u8> = (0..=u8::MAX)
            .filter(|&e| LEADS[usize::from(e)] & ELISION != 0)
            .collect();
        for other in 0..=u8::MAX {
            for &m in &marks {
                open(m, other);
            }
            for &e in &elisions {
                open(other, e);
            }
        }
        for (x, y) in [(b'q', b'u'), (b'e', b'x')] {
            for x in [x, x.to_ascii_uppercase()] {
                for y in [y, y.to_ascii_uppercase()] {
                    open(x, y);
                }
            }
        }
        Triggers { bits, forms: out, heads, groups, group_starts, opens }
    }

    /// The length of form `f` at the start of `text`, ASCII case aside.
    fn match_at(f: &[u8], text: &[u8]) -> Option<usize> {
        let head = text.get(..f.len())?;
        head.iter()
            .zip(f)
            .all(|(t, c)| t.to_ascii_lowercase() == *c)
            .then_some(f.len())
    }

    /// The triggers of `text`, whole words only, in order, each the
    /// longest form found where it starts. Words start at the start,
    /// after a space or a line break, past opening marks, and after an
    /// elided word; a word joined by other punctuation (`rachat,vente`)
    /// is not looked at.
    pub fn scan(&self, text: &str, mut out: impl FnMut(Found)) {
        let b = text.as_bytes();
        let mut done = 0;
        // The first word, then the word after each space or line break,
        // found 64 bytes at a time ([`scan::space_bytes`]); the common
        // case (a word whose four first bytes start no form, neither
        // elided nor after a mark) costs a load, a multiplication and
        // two bit tests. A word too close to the end for four bytes is
        // looked at whatever they are.
        match b.first_chunk::<4>() {
            Some(&w) if !self.passes(b, 0, w) => {}
            _ => self.word(text, 0, &mut done, &mut out),
        }
        let mut at = 0;
        while at < b.len() {
            // The 64 bytes, and the four after them: the first four bytes
            // of a word after a space among the 64. At the end of the
            // text, padded with zeros (no space), with the bits of the
            // words too close to the end for four bytes (bit `j` for the
            // word at `at + j + 1`, as [`scan::space_bytes`] has it).
            let window: [u8; 68] = match b.get(at..at + 68) {
                Some(w) => w.try_into().unwrap_or([0; 68]),
                None => {
                    let mut w = [0; 68];
                    w[..b.len() - at].copy_from_slice(&b[at..]);
                    w
                }
            };
            let late = match (b.len() - at).checked_sub(4) {
                Some(n) if n >= 64 => 0,
                Some(n) => u64::MAX << n,
                None => u64::MAX,
            };
            let spaces =
                scan::space_bytes(window.first_chunk().unwrap_or(&[0; 64]));
            let mut m = spaces & !late;
            if done > at + 1 {
                m &= from_done(done, at);
            }
            while m != 0 {
                let j = m.trailing_zeros() as usize & 63;
                m &= m - 1;
                let w = window[j + 1..j + 5].try_into().unwrap_or([0; 4]);
                if self.passes(b, at + j + 1, w) {
                    self.word(text, at + j + 1, &mut done, &mut out);
                    // The words within the trigger found are passed.
                    m &= from_done(done, at);
                }
            }
            // The words too close to the end, which come last.
            let mut m = spaces & late;
            while m != 0 {
                let c = at + m.trailing_zeros() as usize + 1;
                m &= m - 1;
                if c >= done {
                    self.word(text, c, &mut done, &mut out);
                }
            }
            at += 64;
        }
    }

    /// Whether the word at byte `c`, of first four bytes `w` (the bytes
    /// of `b` there), may be or hold a trigger: an opening mark before
    /// it, its four first bytes (bit 5 set) starting a form, or an elided
    /// word (`l'`, `d’`, `qu'`) before a word that does. Most words cost
    /// a multiplication and two bit tests, in the loop of
    /// [`Triggers::scan`]: only a word whose first two bytes
    /// ([`Triggers::opens`]) are or hold a mark, an apostrophe after the
    /// first letter, `qu` or `ex` is read further, by
    /// [`Triggers::passes_past`].
    #[inline(always)]
    fn passes(&self, b: &[u8], c: usize, w: [u8; 4]) -> bool {
        let k = u32::from_le_bytes(w) | 0x2020_2020;
        if self.bit(k) {
            return true;
        }
        self.opens(w[0], w[1]) && self.passes_past(b, c, w)
    }

    /// Whether a word whose first two bytes are `first` and `second` may
    /// be elided or opened by a mark ([`Triggers::opens`]).
    #[inline(always)]
    fn opens(&self, first: u8, second: u8) -> bool {
        let pair = usize::from(u16::from_le_bytes([first, second]));
        self.opens[pair >> 6] & (1 << (pair & 63)) != 0
    }

    /// [`Triggers::passes`] for a word whose four first bytes `w` start
    /// no form, but that a mark may open or that may be elided: whether
    /// it has the mark, or an elided word before a word that starts a
    /// form.
    #[inline(never)]
    fn passes_past(&self, b: &[u8], c: usize, w: [u8; 4]) -> bool {
        if LEADS[usize::from(w[0])] & MARK != 0 {
            return true;
        }
        // [`elision`] finds no elided word but with an apostrophe (or the
        // first byte of `’`) after the first letter or after `qu`, nor
        // the prefix without `ex-`: `que`, `quand`, `exemple` go no
        // further.
        let k = u32::from_le_bytes(w) | 0x2020_2020;
        if LEADS[usize::from(w[1])] & ELISION == 0
            && ((k & 0xffff) != 0x7571
                || LEADS[usize::from(w[2])] & ELISION == 0)
            // `ex-`, `Ex-`.
            && (k & 0x00ff_ffff) != 0x002d_7865
        {
            return false;
        }
        let e = elision(b, c);
        if e == 0 {
            return false;
        }
        // `l'ex-PDG`: an elision, then the prefix.
        self.bit(key_at(b, c + e)) || {
            let x = elision(b, c + e);
            x > 0 && self.bit(key_at(b, c + e + x))
        }
    }

    /// The range of `forms` that start with the four bytes of key `k`.
    #[inline]
    fn group(&self, k: u32) -> Option<(u32, u32)> {
        let top = slot(k) >> 4;
        let (from, to) = (self.group_starts[top], self.group_starts[top + 1]);
        let &(_, lo, hi) = self
            .groups
            .get(from as usize..to as usize)?
            .iter()
            .find(|g| g.0 == k)?;
        Some((lo, hi))
    }

    /// Whether some form starts with the four bytes of key `k`.
    #[inline]
    fn bit(&self, k: u32) -> bool {
        let s = slot(k);
        self.bits[s >> 6] & (1 << (s & 63)) != 0
    }

    /// Looks for a trigger at the word starting at byte `start`: past
    /// its opening marks, and after its elision.
    fn word(
        &self,
        text: &str,
        start: usize,
        done: &mut usize,
        out: &mut impl FnMut(Found),
    ) {
        let b = text.as_bytes();
        let Some(&x) = b.get(start) else { return };
        let mut c = start;
        if !x.is_ascii_alphabetic() {
            c += opening(b, start);
        }
        for _ in 0..3 {
            let k = key_at(b, c);
            let s = slot(k);
            if self.bits[s >> 6] & (1 << (s & 63)) != 0
                && let Some(f) = self.at(text, c, k)
            {
                *done = f.end;
                out(f);
                return;
            }
            // No elision but with a first two bytes that open one.
            if !b.get(c..c + 2).is_some_and(|w| self.opens(w[0], w[1])) {
                return;
            }
            let e = elision(b, c);
            if e == 0 {
                return;
            }
            c += e;
        }
    }

    /// The longest form, a whole word, at byte `c` of `text`.
    ///
    /// Kept out of line: [`Triggers::word`], which most words leave
    /// before it, then saves and loads fewer registers.
    #[inline(never)]
    fn at(&self, text: &str, c: usize, k: u32) -> Option<Found> {
        let (lo, hi) = self.group(k)?;
        let (lo, hi) = (lo as usize, hi as usize);
        let rest = &text.as_bytes()[c..];
        // Sixteen bytes as two loads, but at the end of the text (padded
        // with zeros there): no copy of a length known only at run time.
        let eight = |h: &[u8]| {
            let h: [u8; 8] = h.try_into().unwrap_or([0; 8]);
            u64::from_le_bytes(h) | 0x2020_2020_2020_2020
        };
        let [a, b] = match rest.get(..16) {
            Some(head) => [eight(&head[..8]), eight(&head[8..])],
            None => {
                let mut sixteen = [0u8; 16];
                sixteen[..rest.len()].copy_from_slice(rest);
                [eight(&sixteen[..8]), eight(&sixteen[8..])]
            }
        };
        // Whether the word stands alone, asked at the first form whose
        // head the text has (most words have none).
        let mut alone = false;
        for ((f, frame, gap), &[(ha, ma), (hb, mb)]) in
            self.forms[lo..hi].iter().zip(&self.heads[lo..hi])
        {
            if a & ma != ha || b & mb != hb {
                continue;
            }
            if !alone {
                if !stands_alone(text, c) {
                    return None;
                }
                alone = true;
            }
            let Some(len) = Self::match_at(f, &text.as_bytes()[c..]) else {
                continue;
            };
            let after = text.get(c + len..)?.chars().next();
            if after.is_some_and(|ch| ch.is_alphanumeric() || ch == '-') {
                continue;
            }
            if *gap && !sur_within(&text[c + len..]) {
                continue;
            }
            return Some(Found { start: c, end: c + len, frame: *frame });
        }
        None
    }
}

/// Whether a form may start at byte `c` of `text`: a character boundary
/// that opens a word of its own, not inside one nor after a hyphen, but
/// after the prefix `ex-` opening a word.
fn stands_alone(text: &str, c: usize) -> bool {
    if !text.is_char_boundary(c) {
        return false;
    }
    let space = c > 0 && text.as_bytes()[c - 1] == b' ';
    let former = c >= 3
        && text.as_bytes()[c - 3..c].eq_ignore_ascii_case(b"ex-")
        && (c == 3
            || !text[..c - 3]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric));
    space
        || former
        || !text[..c]
            .chars()
            .next_back()
            .is_some_and(|ch| ch.is_alphanumeric() || ch == '-')
}

/// Whether `sur` follows within five words of the start of `rest`, with
/// only words, digits, commas and apostrophes between (`en 2023 sur`,
/// `, l'an dernier, sur`): the end of a split form.
fn sur_within(rest: &str) -> bool {
    let mut words = 0;
    for w in rest.split([' ', '\u{a0}']).filter(|w| !w.is_empty()) {
        let w = w.trim_matches(',');
        if w == "sur" {
            return words > 0;
        }
        words += 1;
        if words > 5
            || !w
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
        {
            return false;
        }
    }
    false
}

fn metric(name: &str) -> Metric {
    match name {
        "revenue" => Metric::Revenue,
        "net_income" => Metric::NetIncome,
        "operating_income" => Metric::OperatingIncome,
        "ebitda" => Metric::Ebitda,
        "loss" => Metric::Loss,
        "orders" => Metric::Orders,
        _ => Metric::Other,
    }
}

fn frame(name: &str) -> Frame {
    match name {
        "raise" => Frame::Raise,
        "invest" => Frame::Invest,
        "stake" => Frame::Stake,
        "buy" => Frame::Buy,
        "buy_noun" => Frame::BuyNoun,
        "sell" => Frame::Sell,
        "sell_noun" => Frame::SellNoun,
        "fall" => Frame::Fall,
        "value" => Frame::Value,
        "loss_verb" => Frame::LossVerb,
        "found" => Frame::Found,
        "anaphor" => Frame::Anaphor,
        "pay" => Frame::Pay,
        "merge" => Frame::Merge,
        "lead" => Frame::Lead,
        "seller" => Frame::Seller,
        "round" => Frame::Round,
        m => Frame::Metric(metric(m.strip_prefix("metric:").unwrap_or(m))),
    }
}

/// The triggers of `triggers.tsv` and the titles of `titles.tsv`.
pub static TRIGGERS: LazyLock<Triggers> = LazyLock::new(|| {
    let mut forms: Vec<(Box<[u8]>, Frame)> = Vec::new();
    // Each form with both apostrophes.
    let mut add = |form: &str, f: Frame| {
        let lower = form.to_ascii_lowercase();
        if lower.contains('\'') {
            let curly = lower.replace('\'', "\u{2019}");
            forms.push((curly.into_bytes().into(), f));
        }
        forms.push((lower.into_bytes().into(), f));
    };
    for row in rows(include_str!("../../../data/events/triggers.tsv")) {
        let (form, name) = row.split_once('\t').unwrap_or((row, ""));
        add(form, frame(name));
    }
    for row in rows(include_str!("../../../data/events/titles.tsv")) {
        let (form, class) = row.split_once('\t').unwrap_or((row, ""));
        let class = match class {
            "public" => TitleClass::Public,
            _ => TitleClass::Business,
        };
        add(form, Frame::Title(class));
    }
    Triggers::new(forms)
});

/// The adjectives of `title_adjectives.txt` (`sortant`, `adjoint`).
pub static TITLE_ADJECTIVES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| {
        rows(include_str!("../../../data/events/title_adjectives.txt"))
            .collect()
    });

/// The nouns of `nouns.tsv`: kinds of company (`groupe`, `start-up`).
pub static NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    rows(include_str!("../../../data/events/nouns.tsv")).collect()
});

/// The first words of `bodies.txt`: organisations that are no company
/// (`Parti`, `Conseil`).
pub static BODIES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    rows(include_str!("../../../data/events/bodies.txt")).collect()
});

/// The nouns of `referent_nouns.txt`: a firm's nouns that refer back to
/// the company introduced by them (`la biotech`, `le fonds`).
pub static REFERENT_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    rows(include_str!("../../../data/events/referent_nouns.txt")).collect()
});

/// The titles of `outside_titles.txt`, whose organisation is no topic
/// (`analyste`, `député`).
pub static OUTSIDE_TITLES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    rows(include_str!("../../../data/events/outside_titles.txt")).collect()
});

/// The cue words of `cues.tsv`, lower-cased, with their classes.
pub static CUES: LazyLock<FastMap<&'static str, u8>> = LazyLock::new(|| {
    let mut out: FastMap<&'static str, u8> = FastMap::default();
    for row in rows(include_str!("../../../data/events/cues.tsv")) {
        let (word, class) = row.split_once('\t').unwrap_or((row, ""));
        let bit = match class {
            "planned" => cue::PLANNED,
            "announced" => cue::ANNOUNCED,
            "done" => cue::DONE,
            "forecast" => cue::FORECAST,
            "change" => cue::CHANGE,
            _ => cue::ROUND,
        };
        *out.entry(word).or_default() |= bit;
    }
    out
});

#[cfg(test)]
mod tests {
    use crate::lexicon::tests::check_table;

    #[test]
    fn event_tables() {
        check_table(
            "triggers.tsv",
            include_str!("../../../data/events/triggers.tsv"),
        );
        check_table(
            "titles.tsv",
            include_str!("../../../data/events/titles.tsv"),
        );
        check_table("cues.tsv", include_str!("../../../data/events/cues.tsv"));
        check_table(
            "nouns.tsv",
            include_str!("../../../data/events/nouns.tsv"),
        );
        check_table(
            "bodies.txt",
            include_str!("../../../data/events/bodies.txt"),
        );
        check_table(
            "title_adjectives.txt",
            include_str!("../../../data/events/title_adjectives.txt"),
        );
    }

    /// The trigger forms found in `text`, as written.
    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        super::TRIGGERS.scan(text, |f| out.push(&text[f.start..f.end]));
        out
    }

    #[test]
    fn a_form_ending_in_sur_may_be_split() {
        assert_eq!(found("X a mis la main sur Y."), ["mis la main sur"]);
        assert_eq!(found("X a mis la main en 2023 sur Y."), ["mis la main"]);
        assert_eq!(
            found("X a fait main basse, l'an dernier, sur Y."),
            ["fait main basse"]
        );
        // Not past the end of a clause, nor far from the head.
        assert!(found("X a mis la main. Sur Y, rien.").is_empty());
        assert!(found("Il a mis la main à la pâte dès le début de ce long dossier sur Y.").is_empty());
    }

    #[test]
    fn words_are_looked_at_after_a_space_or_a_line_break() {
        // Long enough for a whole window of 64 bytes; the word at every
        // place in it.
        let pad = "Le texte est long et ne vaut rien ici, mais il le faut \
                   ainsi pour que le mot soit partout, ";
        for k in 0..65 {
            let pad = &pad[k..];
            for (sep, want) in
                [(" ", true), ("\n", true), ("\t", false), ("\r", false)]
            {
                let text =
                    format!("{pad}X{sep}a racheté Y, puis X{sep}racheté");
                let got = found(&text);
                let n = if want { 2 } else { 1 };
                assert_eq!(got, vec!["racheté"; n], "{text:?}");
            }
        }
    }

    #[test]
    fn every_frame_name_is_known() {
        for row in crate::lexicon::rows(include_str!(
            "../../../data/events/triggers.tsv"
        )) {
            let name = row.split('\t').nth(1).unwrap();
            let known = [
                "raise",
                "invest",
                "stake",
                "buy",
                "buy_noun",
                "sell",
                "sell_noun",
                "fall",
                "value",
                "loss_verb",
                "found",
                "anaphor",
                "pay",
                "merge",
                "lead",
                "round",
                "seller",
            ];
            assert!(
                known.contains(&name) || name.starts_with("metric:"),
                "unknown frame {name:?}"
            );
        }
    }
}
