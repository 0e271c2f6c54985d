//! The rules that recognise temporal expressions in a tokenized sentence.
//!
//! [`scan`] walks the tokens once; at each anchor token (a digit run, a
//! month, weekday, season or unit word, a relative or ordinal word, a
//! demonstrative) it tries the rules that may start there ([`classify`])
//! and keeps the longest match, then goes on after it. A rule reads forward from its first token and returns
//! where it stopped and the resolved value; it may look back one or two
//! tokens for a cue (`en 2019`, `à partir du 8 mars`) that stays out of the
//! span.

use jiff::civil::Date;

use super::calendar::{self, Dir};
use super::tense::{self, Tense};
use super::{
    DAY_PARTS, HOLIDAYS, Hit, MONTHS, MONTHS_EN, ORDINALS, PARTS, PERSONS,
    RELATIVE, SEASONS, Sentence, TENSE_FORMS, TokKind, UNITS, WEEKDAYS,
};
use crate::extract::DateValue;
use crate::lexicon::{FastMap, FastSet};
use crate::model::DateType;
use crate::text::numbers;
use std::cell::OnceCell;
use std::sync::LazyLock;

/// What a rule found: its end token (exclusive) and value.
struct Out {
    /// Tokens at the start that stay out of the span (an article).
    lead: usize,
    end: usize,
    kind: DateType,
    value: String,
    modifier: Option<&'static str>,
    end_value: Option<String>,
    /// Whether the value counts from the last date the text named (`la
    /// veille`, `le lendemain`): such a date is no new anchor, so that `le
    /// surlendemain` after `la veille` still counts from the day before.
    linked: bool,
}

impl Out {
    fn date(end: usize, value: String) -> Out {
        Out {
            lead: 0,
            end,
            kind: DateType::Date,
            value,
            modifier: None,
            end_value: None,
            linked: false,
        }
    }
}

/// A calendar point as written: any of its parts may be missing.
#[derive(Clone, Copy, Debug, Default)]
struct Pt {
    weekday: Option<u8>,
    day: Option<u8>,
    month: Option<u8>,
    year: Option<i32>,
}

/// The rule context: the sentence, the reference date and the direction
/// an underspecified date is read in.
struct Cx<'a, 's> {
    s: &'a Sentence<'s>,
    r: Option<Date>,
    /// The token the rules start at.
    at: usize,
    /// The tense marks of the sentence, read on first need.
    marks: &'a OnceCell<Vec<tense::Mark>>,
    /// The tense at `at`, read on first need: most rules fail before
    /// they resolve a value.
    tense: OnceCell<Tense>,
    /// The last date named before this point of the document and its
    /// grain (0 day, 1 month, 2 year), which `la veille`, `le lendemain`,
    /// `l'année suivante` and `deux jours plus tard` count from.
    last: Option<(Date, u8)>,
}

/// Finds the temporal expressions of one sentence, trying at each token
/// the rules that may start there ([`classify`]).
pub(super) fn scan(
    s: &Sentence<'_>,
    r: Option<Date>,
    last: &mut Option<(Date, u8)>,
    emit: &mut dyn FnMut(Hit),
) {
    let n = s.toks.len();
    // The verbs of the sentence, read once a rule resolves a value.
    let marks = OnceCell::new();
    // The first strong token at or after `i` (`n` when none).
    let mut strong = 0;
    let mut i = 0;
    while i < n {
        let mut set = s.toks[i].rules;
        if set == 0 {
            i += 1;
            continue;
        }
        if strong < i {
            strong = i;
        }
        while strong < n && !s.toks[strong].strong {
            strong += 1;
        }
        set &= within(strong - i);
        if set == 0 {
            i += 1;
            continue;
        }
        let cx = Cx {
            s,
            r,
            at: i,
            marks: &marks,
            tense: OnceCell::new(),
            last: *last,
        };
        let mut best: Option<Out> = None;
        // The rules of the set, in their order.
        let mut left = set;
        while left != 0 {
            let k = left.trailing_zeros() as usize;
            left &= left - 1;
            let Some(rule) = RULES.get(k) else { break };
            if let Some(o) = rule(&cx, i)
                && o.end > i
                && o.end <= n
                && best.as_ref().is_none_or(|b| o.end > b.end)
            {
                best = Some(o);
            }
        }
        match best {
            Some(mut o) => {
                if o.modifier.is_none() {
                    o.modifier = prefix_mod(s, i).filter(|&m| {
                        o.kind != DateType::Duration || m == "APPROX"
                    });
                }
                let first = (i + o.lead).min(o.end - 1);
                let (start, end) =
                    (s.toks[first].start, s.toks[o.end - 1].end);
                if matches!(o.kind, DateType::Date | DateType::Time)
                    && !o.linked
                    && let Some(p) = named_point(&o.value)
                {
                    *last = Some(p);
                }
                emit(Hit {
                    start,
                    end,
                    value: DateValue {
                        kind: o.kind,
                        value: o.value,
                        modifier: o.modifier,
                        end_value: o.end_value,
                    },
                });
                i = o.end;
            }
            None => i += 1,
        }
    }
}

/// The date and grain (0 day, 1 month, 2 year) of a value that names one:
/// `2024-05-26`, `2024-05-26T14:30`, `2024-05`, `2024`.
fn named_point(v: &str) -> Option<(Date, u8)> {
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    if !digits(0..4) {
        return None;
    }
    let y: i32 = v.get(..4)?.parse().ok()?;
    if b.get(4) != Some(&b'-') {
        return (b.len() == 4)
            .then(|| calendar::ymd(y, 1, 1).map(|d| (d, 2)))?;
    }
    if !digits(5..7) {
        return None;
    }
    let m: u8 = v.get(5..7)?.parse().ok()?;
    if b.get(7) != Some(&b'-') {
        return (b.len() == 7)
            .then(|| calendar::ymd(y, m, 1).map(|d| (d, 1)))?;
    }
    let d = v.get(..10)?.parse::<Date>().ok()?;
    Some((d, 0))
}

/// The tense the words right before token `i` give, overriding the
/// clause's verb: `depuis` looks back (`depuis novembre`, `depuis
/// l'automne`), and so does a past participle used as an adjective (`un
/// sondage réalisé lundi`, `le blocage, entamé le 1er octobre`), unless it
/// announces an event (`la réunion prévue mardi`); `d'ici` looks ahead
/// (`d'ici le 30 juin`).
/// Whether token `i` lies in a clause that a past participle opens the
/// sentence with, before its first comma (`Placé en redressement
/// judiciaire en février, le groupe emploie`, `Fondée en mars, ...`):
/// what the participle tells happened.
fn fronted_participle(s: &Sentence<'_>, i: usize) -> bool {
    let Some(first) = s.toks.first() else { return false };
    let w = s.text.get(first.start..first.end).unwrap_or("");
    first.kind == TokKind::Word
        && w.chars().count() >= 4
        && w.starts_with(char::is_uppercase)
        && ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e))
        && (1..i).all(|k| s.w(k) != ",")
}

/// Whether token `i` lies in a participle's clause set off by a comma,
/// the participle first (`l'attaquant X, acheté 3 millions d'euros fin
/// janvier, a marqué`): what the participle tells happened, unless it
/// announces an event (`la réunion, prévue mardi`).
fn apposed_participle(s: &Sentence<'_>, i: usize) -> bool {
    // Not the comma of a decimal number (`3,2 millions`).
    let glued = |k: usize| {
        k > 0
            && s.toks.get(k + 1).is_some_and(|n| n.start == s.toks[k].end)
            && s.toks[k - 1].end == s.toks[k].start
    };
    let Some(c) =
        (i.saturating_sub(12)..i).rev().find(|&k| s.w(k) == "," && !glued(k))
    else {
        return false;
    };
    let Some(t) = s.toks.get(c + 1) else { return false };
    let w = s.text.get(t.start..t.end).unwrap_or("");
    // `nommée directrice générale à compter du 5 janvier`: a date the
    // words before set ahead.
    let ahead = (i.saturating_sub(3)..i)
        .any(|k| matches!(s.w(k), "compter" | "partir" | "des" | "ici"));
    !ahead
        && c + 1 < i
        && t.kind == TokKind::Word
        && !t.upper
        && w.chars().count() >= 4
        && w.starts_with(char::is_lowercase)
        && ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e))
        && TENSE_FORMS.get(s.w(c + 1)).and_then(|v| v.first().copied())
            != Some("pp-fut")
}

fn local_tense(s: &Sentence<'_>, i: usize) -> Option<Tense> {
    if compared(s, i) || fronted_participle(s, i) || apposed_participle(s, i) {
        return Some(Tense::Past);
    }
    let mut k = i;
    // `d'ici à fin juin`, `depuis début mars`: the words before the
    // part of the month.
    if k >= 1 && matches!(s.w(k - 1), "fin" | "debut" | "mi") {
        k -= 1;
    }
    if k >= 2 && s.w(k - 1) == "'" && matches!(s.w(k - 2), "l" | "d") {
        k -= 2;
    } else if k >= 1 && matches!(s.w(k - 1), "le" | "la" | "les" | "en" | "au")
    {
        k -= 1;
    }
    let w = if k > 0 { s.w(k - 1) } else { "" };
    // `l'exercice clos fin mars`: a period closed is past.
    if matches!(w, "depuis" | "clos" | "close" | "closes") {
        return Some(Tense::Past);
    }
    // `d'ici le 30 juin`, `d'ici juin`: a deadline ahead of the writer.
    if w == "ici" && k >= 3 && s.w(k - 2) == "'" && s.w(k - 3) == "d" {
        return Some(Tense::Future);
    }
    // `d'ici à fin juin`.
    if w == "a"
        && k >= 5
        && s.w(k - 2) == "ici"
        && s.w(k - 3) == "'"
        && s.w(k - 4) == "d"
    {
        return Some(Tense::Future);
    }
    if k < 2 {
        return None;
    }
    let own = TENSE_FORMS.get(w).and_then(|v| v.first().copied());
    if own == Some("pp-fut") {
        return Some(Tense::Future);
    }
    // `entrée en vigueur le 1er avril`.
    let (k, w) = if w == "vigueur" && k >= 4 && s.w(k - 2) == "en" {
        (k - 2, s.w(k - 3))
    } else {
        (k, w)
    };
    let tok = s.toks[k - 1];
    let orig = s.text.get(tok.start..tok.end).unwrap_or("");
    let accented = ["é", "ée", "és", "ées"].iter().any(|e| orig.ends_with(e));
    if tok.kind != TokKind::Word || tok.upper || !accented || w.len() < 4 {
        return None;
    }
    // Nouns of time (`année`, `journée`) are no participles.
    if matches!(
        w,
        "annee"
            | "annees"
            | "journee"
            | "journees"
            | "soiree"
            | "matinee"
            | "ete"
    ) {
        return None;
    }
    // After a determiner it is a noun (`la rentrée le 1er septembre`);
    // after an auxiliary the clause's tense already holds it.
    let before = s.w(k - 2);
    let class =
        TENSE_FORMS.get(before).and_then(|v| v.first().copied()).unwrap_or("");
    if matches!(
        before,
        "le" | "la"
            | "l"
            | "'"
            | "les"
            | "un"
            | "une"
            | "des"
            | "du"
            | "ce"
            | "cette"
            | "ces"
            | "sa"
            | "son"
            | "ses"
            | "leur"
            | "leurs"
            | "notre"
            | "votre"
            | "mon"
            | "ma"
            | "ete"
            | "chaque"
            | "toute"
            | "toutes"
            | "tout"
            | "tous"
            | "quelque"
            | "plusieurs"
            | "aucune"
            | "aucun"
            | "meme"
            // `mis en délibéré au 15 janvier`: a noun after a preposition.
            | "en"
            | "de"
            | "d"
            | "a"
            | "au"
            | "aux"
            | "par"
            | "pour"
            | "sur"
            | "sans"
            | "avec"
            | "dans"
            // `devrait être bouclée au troisième trimestre`: an
            // infinitive auxiliary leaves the tense to its verb.
            | "etre"
            | "avoir"
    ) || matches!(class, "aux" | "aux-fut" | "near")
    {
        return None;
    }
    Some(Tense::Past)
}

/// Whether the date at token `i` dates the figure a comparison sets
/// against today's (`17 %, contre 16,8 % à fin décembre`, `contre 58 %
/// en janvier`): a figure after `contre` right before it, which is the
/// earlier one.
fn compared(s: &Sentence<'_>, i: usize) -> bool {
    let lo = i.saturating_sub(12);
    let mut number = false;
    for k in (lo..i).rev() {
        let t = &s.toks[k];
        match t.kind {
            TokKind::Num => number = true,
            TokKind::Punct => {
                // The comma or point of a decimal (`16,8`) is no break.
                let decimal = matches!(s.w(k), "," | ".")
                    && k > 0
                    && s.toks[k - 1].kind == TokKind::Num
                    && s.toks
                        .get(k + 1)
                        .is_some_and(|n| n.kind == TokKind::Num);
                if !decimal
                    && matches!(s.w(k), "," | ";" | "." | ":" | "(" | ")")
                {
                    return false;
                }
            }
            TokKind::Word if s.w(k) == "contre" => return number,
            TokKind::Word => {}
        }
    }
    false
}

type Rule = fn(&Cx<'_, '_>, usize) -> Option<Out>;

/// Every rule, tried at each anchor where it may start (in this order);
/// the longest match wins.
const RULES: &[Rule] = &[
    date_points,
    numeric_date,
    bare_day,
    weekday_rel,
    month_rule,
    year_rule,
    decade,
    century,
    relative,
    holiday,
    unit_rel,
    offset,
    last_next_n,
    time_alone,
    this_day_part,
    weekend,
    duration,
    set,
    season,
    part,
    ordinal_rule,
];

/// The rules whose match may start `d` tokens before the first strong
/// token it holds ([`classify`]): every match holds one, and a rule's
/// reach is read off the rule, as the most tokens its first test and the
/// words it then reads may take before a strong one (`entre le 13`: 2,
/// `il y a une heure`: 4, `cet après-midi`: `midi` at 3, `ce dans la
/// matinée`: 4, `fin - d'l'XXe siècle`: 7), or off its phrase table.
fn within(d: usize) -> RuleSet {
    WITHIN[d.min(WITHIN.len() - 1)]
}

/// [`within`] for each distance up to 16, and for 16 and more.
static WITHIN: LazyLock<[RuleSet; 17]> = LazyLock::new(|| {
    std::array::from_fn(|d| {
        REACH
            .iter()
            .enumerate()
            .filter(|&(_, &k)| k >= d)
            .fold(0, |set, (b, _)| set | 1 << b)
    })
});

/// The reach of each rule of [`RULES`], in its order: see [`within`].
static REACH: LazyLock<[usize; 21]> = LazyLock::new(|| {
    // The first strong word of a phrase, at worst.
    let phrase_reach = |table: &[(Vec<String>, &'static str)]| {
        table
            .iter()
            .map(|(words, _)| {
                words
                    .iter()
                    .position(|w| STRONG.contains(w))
                    .unwrap_or(usize::MAX)
            })
            .max()
            .unwrap_or(0)
    };
    [
        3,                       // date_points: `entre l'` + day
        0,                       // numeric_date: a digit run
        0,                       // bare_day: a digit run
        1,                       // weekday_rel: `ce` + weekday
        1,                       // month_rule: `de` + month
        1,                       // year_rule: `de` + year
        0,                       // decade: `années`
        1,                       // century: roman + `siècle`
        phrase_reach(&RELATIVE), // relative
        phrase_reach(&HOLIDAYS), // holiday
        1,                       // unit_rel: `cette` + unit
        4,                       // offset: `il y a une` + unit
        3,                       // last_next_n: `un qui suit` + unit
        2,                       // time_alone: `de une` + `heure`
        6,                       // this_day_part: `ce dans l'après-midi`
        1,                       // weekend: `ce` + `week`
        4,                       // duration: `trois quarts d'` + unit
        3,                       // set: `tous les un` + unit
        1,                       // season: `cet` + season
        7,                       // part: `fin - d'l'` + roman + `siècle`
        1,                       // ordinal_rule: ordinal + unit, `T` + digits
    ]
});

/// A set of [`RULES`], one bit per rule by its position.
pub(super) type RuleSet = u32;

/// The bit of each rule in a [`RuleSet`].
mod bit {
    use super::RuleSet;
    pub const DATE_POINTS: RuleSet = 1 << 0;
    pub const NUMERIC_DATE: RuleSet = 1 << 1;
    pub const BARE_DAY: RuleSet = 1 << 2;
    pub const WEEKDAY_REL: RuleSet = 1 << 3;
    pub const MONTH_RULE: RuleSet = 1 << 4;
    pub const YEAR_RULE: RuleSet = 1 << 5;
    pub const DECADE: RuleSet = 1 << 6;
    pub const CENTURY: RuleSet = 1 << 7;
    pub const RELATIVE: RuleSet = 1 << 8;
    pub const HOLIDAY: RuleSet = 1 << 9;
    pub const UNIT_REL: RuleSet = 1 << 10;
    pub const OFFSET: RuleSet = 1 << 11;
    pub const LAST_NEXT_N: RuleSet = 1 << 12;
    pub const TIME_ALONE: RuleSet = 1 << 13;
    pub const THIS_DAY_PART: RuleSet = 1 << 14;
    pub const WEEKEND: RuleSet = 1 << 15;
    pub const DURATION: RuleSet = 1 << 16;
    pub const SET: RuleSet = 1 << 17;
    pub const SEASON: RuleSet = 1 << 18;
    pub const PART: RuleSet = 1 << 19;
    pub const ORDINAL_RULE: RuleSet = 1 << 20;
    /// Every rule.
    pub const ALL: RuleSet = (1 << 21) - 1;
    /// The rules that may start at a digit run.
    pub const NUM: RuleSet = DATE_POINTS
        | NUMERIC_DATE
        | BARE_DAY
        | YEAR_RULE
        | CENTURY
        | OFFSET
        | LAST_NEXT_N
        | TIME_ALONE
        | DURATION
        | ORDINAL_RULE;
    /// The rules that may start at a cardinal word (`trois`): those that
    /// read a number where they start.
    pub const NUMBER: RuleSet =
        DATE_POINTS | OFFSET | LAST_NEXT_N | TIME_ALONE | DURATION;
}

/// What the scan needs to know of a word, found with one lookup.
#[derive(Clone, Copy, Debug, Default)]
struct WordClass {
    /// Whether the word is an anchor ([`ANCHORS`] or [`NUMBER_HEADS`]).
    anchor: bool,
    /// The rules whose first test the word passes, when they start at it.
    rules: RuleSet,
    /// Whether the word is one of [`STRONG`].
    strong: bool,
    /// Whether the word is one of [`LARGE`]: strong, yet no sentence is
    /// let through for it alone ([`is_strong_packed`] reads it here rather
    /// than comparing the word with each of them).
    large: bool,
}

/// The rules that may start at a word, and whether it is strong (one of
/// [`STRONG`]). `w` is the folded word, `upper` whether it was written
/// with a capital, and `plain` whether `w` is all lower-case ASCII.
///
/// A rule's set holds every word its first test lets through (it is read
/// off the rule: `unit_rel` starts at `ce`, `cet`, `cette` or a unit);
/// other tokens cannot start it, so it is not tried there. A rule tried
/// where it cannot start would return nothing: the sets only spare work.
/// Digit runs start [`bit::NUM`] and are strong; other signs start none.
pub(super) fn classify(w: &str, upper: bool, plain: bool) -> (RuleSet, bool) {
    if plain {
        return classify_ascii(w.as_bytes(), pack(w.as_bytes()), upper);
    }
    let class = WORD_CLASSES.get(w).copied().unwrap_or_default();
    // Rare words (with letters outside ASCII): every rule, as an anchor.
    (if anchor(w, upper) { bit::ALL } else { 0 }, class.strong)
}

/// [`classify`] for a plain word (all lower-case ASCII) as bytes, given
/// packed ([`pack`]) when it has eight bytes or fewer.
#[inline(always)]
pub(super) fn classify_ascii(
    w: &[u8],
    key: Option<u64>,
    upper: bool,
) -> (RuleSet, bool) {
    let class = if let Some(key) = key {
        SHORT_CLASSES.class(key)
    } else if may_be_classed(w) {
        std::str::from_utf8(w)
            .ok()
            .and_then(|w| WORD_CLASSES.get(w).copied())
            .unwrap_or_default()
    } else {
        WordClass::default()
    };
    // `T1 2024`, `S2 2023`.
    let quarter = upper && matches!(w, b"t" | b"s");
    // A plain word is its own head: one lookup answers for both sets.
    // A Roman numeral opens on `i`, `v` or `x` and holds only those and
    // the letters of its suffix (`e`, `er`, `eme`, `ieme`).
    let roman = matches!(w.first(), Some(b'i' | b'v' | b'x'))
        && w.iter()
            .all(|b| matches!(b, b'i' | b'v' | b'x' | b'e' | b'm' | b'r'))
        && std::str::from_utf8(w).ok().and_then(roman).is_some();
    if !(class.anchor || roman || quarter) {
        return (0, class.strong);
    }
    let mut rules = class.rules;
    if roman {
        rules |= bit::CENTURY;
    }
    if quarter {
        rules |= bit::ORDINAL_RULE;
    }
    (rules, class.strong)
}

/// The rules of a digit run: see [`classify`].
pub(super) const NUM_RULES: RuleSet = bit::NUM;

/// Every rule at an anchor (a digit run, or a word [`anchor`] takes), no
/// rule elsewhere: what [`classify`] narrows down.
pub(super) fn every_rule(s: &Sentence<'_>, i: usize) -> RuleSet {
    let t = &s.toks[i];
    match t.kind {
        TokKind::Num => bit::ALL,
        TokKind::Word if anchor(s.w(i), t.upper) => bit::ALL,
        _ => 0,
    }
}

/// Whether a rule may start at word `w` (any word; [`classify`] asks
/// only for those that are not plain lower-case ASCII).
fn anchor(w: &str, upper: bool) -> bool {
    // The letters before a hyphen or an apostrophe: `quatre` of
    // `quatre-vingt`, as the number reader reads them.
    let head = w
        .char_indices()
        .find(|&(_, c)| !crate::text::is_letter(c))
        .map_or(w, |(k, _)| &w[..k]);
    ANCHORS.contains(w)
        || NUMBER_HEADS.contains(head)
        || roman(w).is_some()
        || (upper && matches!(w, "t" | "s"))
}

/// Words a rule may start at, besides digits: every key of the tables the
/// rules read first, and the first word of every relative phrase and
/// holiday. One lookup per word instead of one per table.
static ANCHORS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    let fixed = [
        "ce",
        "cet",
        "cette",
        "ces",
        "du",
        "de",
        "entre",
        "il",
        "dans",
        "chaque",
        "tous",
        "toutes",
        "midi",
        "minuit",
        "annees",
        "an",
        "annee",
        "mois",
        "semaine",
        "quinzaine",
        "week",
        "quelques",
        "plusieurs",
        "matin",
        "matinee",
        "soir",
        "soiree",
        "nuit",
        "tot",
        "apres",
    ];
    let tables =
        [&*MONTHS, &*WEEKDAYS, &*SEASONS, &*UNITS, &*PARTS, &*ORDINALS];
    let phrases = RELATIVE.iter().chain(HOLIDAYS.iter());
    fixed
        .into_iter()
        .chain(tables.into_iter().flat_map(|t| t.keys().map(String::as_str)))
        .chain(phrases.filter_map(|(p, _)| p.first().map(String::as_str)))
        .collect()
});

/// The words that start rules or are strong, each with its
/// [`WordClass`].
static WORD_CLASSES: LazyLock<FastMap<String, WordClass>> =
    LazyLock::new(|| {
        let mut map: FastMap<String, WordClass> = FastMap::default();
        for w in ANCHORS.iter().chain(NUMBER_HEADS.iter()) {
            map.entry((*w).to_owned()).or_default().anchor = true;
        }
        for (w, rules) in rule_starts() {
            map.entry(w).or_default().rules |= rules;
        }
        for w in STRONG.iter() {
            map.entry(w.clone()).or_default().strong = true;
        }
        for w in LARGE.iter() {
            map.entry(w.clone()).or_default().large = true;
        }
        map
    });

/// A word of one to eight bytes packed into a `u64`: its bytes,
/// little-endian, padded with zeros (no letter is a zero byte).
pub(super) fn pack(b: &[u8]) -> Option<u64> {
    if b.is_empty() || b.len() > 8 {
        return None;
    }
    Some(b.iter().rev().fold(0, |key, &c| key << 8 | u64::from(c)))
}

/// [`WORD_CLASSES`] for its words of eight bytes or fewer, packed
/// ([`pack`]) into an open-addressing table: a lookup is a multiplication
/// and a comparison or two, where a string key takes a hash of its bytes
/// and a comparison of strings. Most words of a sentence are short.
struct ShortClasses {
    /// Packed key (0 for an empty slot) and class.
    slots: Vec<(u64, WordClass)>,
    /// The number of slots minus one (a power of two).
    mask: usize,
}

impl ShortClasses {
    fn new<'a>(words: impl Iterator<Item = (&'a str, WordClass)>) -> Self {
        let words: Vec<(u64, WordClass)> = words
            .filter_map(|(w, c)| Some((pack(w.as_bytes())?, c)))
            .collect();
        // At most a quarter full: probes stay short and end on an empty
        // slot.
        let size = (4 * words.len()).next_power_of_two().max(16);
        let mut table = ShortClasses {
            slots: vec![(0, WordClass::default()); size],
            mask: size - 1,
        };
        for (key, class) in words {
            let mut k = table.slot(key);
            while table.slots[k].0 != 0 {
                k = (k + 1) & table.mask;
            }
            table.slots[k] = (key, class);
        }
        table
    }

    /// The first slot a key is looked for in.
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & self.mask
    }

    /// The class of a packed word, the default one (no rule, not strong)
    /// when it is no key: the empty slot that ends the probe holds it,
    /// and no key is zero.
    fn class(&self, key: u64) -> WordClass {
        let mut k = self.slot(key);
        loop {
            let Some(&(slot_key, class)) = self.slots.get(k) else {
                return WordClass::default();
            };
            if slot_key == key || slot_key == 0 {
                return class;
            }
            k = (k + 1) & self.mask;
        }
    }

    /// The class of a packed word, if it is a key.
    #[cfg(test)]
    fn get(&self, key: u64) -> Option<WordClass> {
        let mut k = self.slot(key);
        loop {
            let &(slot_key, class) = self.slots.get(k)?;
            if slot_key == key {
                return Some(class);
            }
            if slot_key == 0 {
                return None;
            }
            k = (k + 1) & self.mask;
        }
    }
}

/// The short words of [`WORD_CLASSES`].
static SHORT_CLASSES: LazyLock<ShortClasses> = LazyLock::new(|| {
    ShortClasses::new(WORD_CLASSES.iter().map(|(w, c)| (w.as_str(), *c)))
});

/// Whether a plain lower-case word may be a key of [`WORD_CLASSES`]:
/// one whose first letter, last letter and length some key has. Most
/// words of a text are none, and are told so without hashing.
fn may_be_classed(b: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    let shape = usize::from(first & 31) << 5 | usize::from(last & 31);
    WORD_SHAPES[shape] & (1 << b.len().min(31)) != 0
}

/// For each pair of first and last letters of the plain keys of
/// [`WORD_CLASSES`] (five bits each), the lengths of those keys (bit 31
/// for 31 letters and more).
static WORD_SHAPES: LazyLock<[u32; 1024]> = LazyLock::new(|| {
    let mut shapes = [0u32; 1024];
    for w in WORD_CLASSES.keys() {
        let b = w.as_bytes();
        if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
            let shape = usize::from(first & 31) << 5 | usize::from(last & 31);
            shapes[shape] |= 1 << w.len().min(31);
        }
    }
    shapes
});

/// Whether the folded word `w` is one of [`STRONG`] that lets a sentence
/// through the filter (`may_hold_date`): all but the [`LARGE`] numbers.
pub(super) fn is_strong(w: &str) -> bool {
    STRONG.contains(w) && !LARGE.iter().any(|l| l == w)
}

/// [`is_strong`] for a word packed by [`pack`].
pub(super) fn is_strong_packed(key: u64) -> bool {
    let class = SHORT_CLASSES.class(key);
    class.strong && !class.large
}

/// The cardinal words of 100 and more (`cent`, `mille`, `millions`,
/// `milliards`): strong, as every cardinal word but `un` and `une` is,
/// yet no sentence is let through for them alone (see [`is_strong`]).
///
/// A number in words that holds one is 100 or more, wherever it starts
/// (on it, on `un` or `une`, which are not strong, or on another
/// cardinal word, which is), and no rule reads such a number without
/// another strong word: a day is 1 to 31 (`day_num`), an hour at most 24
/// (`clock`), and a count of time needs its unit after it (`duration`,
/// `offset`, `last_next_n`, `set`; a prime, as in `2'`, follows digits
/// only). News text is full of them (`6 milliards de dollars`).
static LARGE: LazyLock<Vec<String>> = LazyLock::new(|| {
    numbers::cardinal_words()
        .filter(|w| numbers::words(w).is_some_and(|n| n.value >= 100.0))
        .map(super::fold)
        .filter(|w| STRONG.contains(w))
        .collect()
});

/// Whether a lower-case ASCII word of `len` bytes, opening on `first` and
/// ending on `last`, may be one of [`STRONG`] that [`is_strong`] takes:
/// the same filter as [`may_be_classed`], for those words alone (most
/// words of a text are told they are not with a table look-up).
pub(super) fn may_be_strong(first: u8, last: u8, len: usize) -> bool {
    shaped_strong(&STRONG_SHAPES, first, last, len)
}

/// [`may_be_strong`] with the table at hand ([`strong_shapes`]), for a
/// loop over many words.
#[inline]
pub(super) fn shaped_strong(
    shapes: &[u32; 1024],
    first: u8,
    last: u8,
    len: usize,
) -> bool {
    let shape = usize::from(first & 31) << 5 | usize::from(last & 31);
    shapes[shape] & (1 << len.min(31)) != 0
}

/// The table of [`may_be_strong`].
pub(super) fn strong_shapes() -> &'static [u32; 1024] {
    &STRONG_SHAPES
}

/// [`WORD_SHAPES`] for the words [`is_strong`] takes.
static STRONG_SHAPES: LazyLock<[u32; 1024]> = LazyLock::new(|| {
    let mut shapes = [0u32; 1024];
    for w in STRONG.iter().filter(|w| is_strong(w)) {
        let b = w.as_bytes();
        if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
            let shape = usize::from(first & 31) << 5 | usize::from(last & 31);
            shapes[shape] |= 1 << w.len().min(31);
        }
    }
    shapes
});

/// The words each rule may start at (digits aside), read off the first
/// test of each rule; the rules reading a number start at the cardinal
/// words.
fn rule_starts() -> Vec<(String, RuleSet)> {
    use bit::*;
    let fixed: &[(&str, RuleSet)] = &[
        // `du 3 au 5 mars`, `entre le 13 et le 15 juillet`.
        ("du", DATE_POINTS),
        ("entre", DATE_POINTS | MONTH_RULE | YEAR_RULE | TIME_ALONE),
        // `de janvier à mars`, `de 2019 à 2021`, `de 9h à 11h`.
        ("de", MONTH_RULE | YEAR_RULE | TIME_ALONE),
        ("premier", DATE_POINTS),
        ("1er", DATE_POINTS),
        ("ce", WEEKDAY_REL | UNIT_REL | THIS_DAY_PART | WEEKEND | SEASON),
        ("cet", UNIT_REL | THIS_DAY_PART | SEASON),
        ("cette", UNIT_REL | THIS_DAY_PART | SEASON),
        // `la soirée de mercredi`, `à la mi-journée`.
        ("matin", THIS_DAY_PART),
        ("matinee", THIS_DAY_PART),
        ("soir", THIS_DAY_PART),
        ("soiree", THIS_DAY_PART),
        ("nuit", THIS_DAY_PART),
        ("mi", THIS_DAY_PART),
        // `en fin d'après-midi`, `tôt le matin`, `dans l'après-midi`.
        ("fin", THIS_DAY_PART),
        ("debut", THIS_DAY_PART),
        ("milieu", THIS_DAY_PART),
        ("tot", THIS_DAY_PART),
        ("apres", THIS_DAY_PART),
        ("mois", MONTH_RULE),
        ("annee", YEAR_RULE),
        ("an", YEAR_RULE),
        ("annees", DECADE),
        ("il", OFFSET),
        ("dans", OFFSET),
        ("un", OFFSET | DURATION),
        ("une", OFFSET | DURATION),
        ("midi", TIME_ALONE),
        ("minuit", TIME_ALONE),
        ("week", WEEKEND),
        ("quelques", DURATION),
        ("plusieurs", DURATION),
        ("chaque", SET),
        ("tous", SET),
        ("toutes", SET),
    ];
    let keys =
        |t: &'static super::Table, r| t.keys().map(move |k| (k.clone(), r));
    let firsts = |t: &'static FastMap<&'static str, Vec<usize>>, r| {
        t.keys().map(move |k| ((*k).to_owned(), r))
    };
    fixed
        .iter()
        .map(|&(w, r)| (w.to_owned(), r))
        .chain(keys(&WEEKDAYS, DATE_POINTS | WEEKDAY_REL))
        .chain(keys(&MONTHS, MONTH_RULE))
        .chain(keys(&UNITS, UNIT_REL))
        .chain(keys(&SEASONS, SEASON))
        .chain(keys(&PARTS, PART))
        .chain(keys(&ORDINALS, ORDINAL_RULE))
        .chain(firsts(&RELATIVE_BY_FIRST, RELATIVE))
        .chain(firsts(&HOLIDAYS_BY_FIRST, HOLIDAY))
        // `un` and `une` are no day of the month (`day_num`).
        .chain(NUMBER_WORDS.iter().map(|w| {
            let day = if matches!(w.as_str(), "un" | "une") {
                0
            } else {
                DATE_POINTS
            };
            (w.clone(), (NUMBER & !DATE_POINTS) | day)
        }))
        // `dizaine d'années`.
        .chain(
            numbers::approximate_nouns().map(|w| (super::fold(w), DURATION)),
        )
        .collect()
}

/// Strong words: a rule matches only in a sentence that holds a digit run
/// or one of these words, so a sentence with neither is not scanned.
///
/// Read off the rules: a date or a time needs a day number (a digit, a
/// cardinal word other than `un` / `une`, `premier`), a month, a weekday,
/// a unit (`h`, `heures`, `jours`, `siècle`), a season, a part of the day
/// (`matin`, `soir`, `midi`, `minuit`, `nuit`), `week` of `week-end`,
/// `quinzaine`, or one word of a fixed phrase (its last word, unless one
/// of its words is already strong: `hier`, `veille`, `lendemain`); a
/// number in words (`une heure`, `trois jours`) needs its unit after it.
static STRONG: LazyLock<FastSet<String>> = LazyLock::new(|| {
    let fixed = [
        "premier",
        "1er",
        "midi",
        "minuit",
        "matin",
        "matinee",
        "soir",
        "soiree",
        "nuit",
        "journee",
        "week",
        "quinzaine",
    ];
    let tables = [&*MONTHS, &*WEEKDAYS, &*SEASONS, &*UNITS];
    let mut set: FastSet<String> = fixed
        .into_iter()
        .map(str::to_owned)
        .chain(tables.into_iter().flat_map(|t| t.keys().cloned()))
        .chain(
            NUMBER_WORDS
                .iter()
                .filter(|w| !matches!(w.as_str(), "un" | "une"))
                .cloned(),
        )
        .collect();
    for (words, _) in RELATIVE.iter().chain(HOLIDAYS.iter()) {
        if words.iter().any(|w| set.contains(w)) {
            continue;
        }
        let last = words
            .iter()
            .rev()
            .find(|w| w.chars().next().is_some_and(crate::text::is_letter));
        if let Some(w) = last {
            set.insert(w.clone());
        }
    }
    set
});

/// The relative phrases by their first word, in table order (longest
/// first), so that a word is compared only with the phrases it can open.
static RELATIVE_BY_FIRST: LazyLock<FastMap<&'static str, Vec<usize>>> =
    LazyLock::new(|| by_first_word(&RELATIVE));

/// Cardinal words and approximate nouns (`trois`, `dizaine`): a word
/// whose head is one of them starts a number.
static NUMBER_HEADS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    numbers::cardinal_words().chain(numbers::approximate_nouns()).collect()
});

/// The folded cardinal words, the only words a number in words can start
/// with.
static NUMBER_WORDS: LazyLock<FastSet<String>> =
    LazyLock::new(|| numbers::cardinal_words().map(super::fold).collect());

/// The holidays by their first word, in table order (longest first).
static HOLIDAYS_BY_FIRST: LazyLock<FastMap<&'static str, Vec<usize>>> =
    LazyLock::new(|| by_first_word(&HOLIDAYS));

/// Indexes a phrase table by the first word of each phrase: the positions
/// of the phrases that word opens, in table order.
fn by_first_word(
    phrases: &'static [(Vec<String>, &'static str)],
) -> FastMap<&'static str, Vec<usize>> {
    let mut map: FastMap<&'static str, Vec<usize>> = FastMap::default();
    for (k, (words, _)) in phrases.iter().enumerate() {
        if let Some(first) = words.first() {
            map.entry(first.as_str()).or_default().push(k);
        }
    }
    map
}

/// A modifier read from the words before the span.
fn prefix_mod(s: &Sentence<'_>, i: usize) -> Option<&'static str> {
    let w = |k: usize| if k <= i && k > 0 { s.w(i - k) } else { "" };
    let mut k = 1;
    if matches!(w(k), "le" | "la" | "l" | "'" | "les") {
        k += 1;
        if w(k) == "l" {
            k += 1;
        }
    }
    // `dès` folds to `des`, the article (`fin des années 1990`).
    let accented = k <= i
        && s.toks.get(i - k).and_then(|t| s.text.get(t.start..t.end))
            == Some("dès");
    match w(k) {
        "environ" | "vers" => Some("APPROX"),
        "de" if matches!(w(k + 1), "pres" | "autour" | "alentours") => {
            Some("APPROX")
        }
        "des" if !accented => None,
        "apres" | "des" | "depuis" => Some("AFTER"),
        "avant" => Some("BEFORE"),
        "du" | "de" | "d" | "'" if w(k + 1) == "partir" => Some("AFTER"),
        "de" | "d" | "'" if w(k + 1) == "partir" || w(k + 2) == "partir" => {
            Some("AFTER")
        }
        "a" | "en" | "au" if w(k + 1) == "jusqu" || w(k + 2) == "jusqu" => {
            Some("BEFORE")
        }
        "ici" if w(k + 1) == "'" => Some("BEFORE"),
        _ => None,
    }
}

// ------------------------------------------------------------- readers

/// Whether token `i` is the folded word `w`.
fn is(s: &Sentence<'_>, i: usize, w: &str) -> bool {
    s.w(i) == w
}

/// Whether token `i` is glued to the previous one.
fn glued(s: &Sentence<'_>, i: usize) -> bool {
    s.toks.get(i).is_some_and(|t| !t.space_before)
}

/// Whether nothing word-like follows token `i - 1`: the end of the
/// sentence or a punctuation mark other than a hyphen or slash.
fn stops(s: &Sentence<'_>, i: usize) -> bool {
    match s.toks.get(i) {
        None => true,
        Some(t) => {
            t.kind == TokKind::Punct && !matches!(s.w(i), "-" | "/" | "'")
        }
    }
}

/// A number in digits or words at token `i`: value and end token.
///
/// Rules ask for the same token many times: the answer is kept in the
/// sentence's memo.
fn number(s: &Sentence<'_>, i: usize) -> Option<(f64, usize)> {
    let memo = s.numbers.get(i)?;
    if let Some(known) = memo.get() {
        return known;
    }
    let found = read_number(s, i);
    memo.set(Some(found));
    found
}

/// [`number`], read from the text.
fn read_number(s: &Sentence<'_>, i: usize) -> Option<(f64, usize)> {
    let t = s.toks.get(i)?;
    match t.kind {
        TokKind::Num => {
            let n = numbers::digits(s.rest(i))?;
            Some((n.value, token_end(s, i, t.start + n.len)?))
        }
        TokKind::Word => {
            // The number reader fails on a first word it does not know:
            // one set lookup spares reading the rest of the sentence.
            // A capital opens the sentence, a dateline's dash or a quote
            // (`PARIS (AFP) - Trois semaines après`); elsewhere it is a
            // name's (`Trois-Rivières`).
            let opened = i == 0
                || matches!(s.w(i - 1), "-" | "–" | "—" | "«" | "\"" | ":");
            if (t.upper && !opened) || !NUMBER_WORDS.contains(s.w(i)) {
                return None;
            }
            let n = numbers::words(s.rest(i))?;
            Some((n.value, token_end(s, i, t.start + n.len)?))
        }
        TokKind::Punct => None,
    }
}

/// The token index just after byte offset `end`, when a token ends there.
fn token_end(s: &Sentence<'_>, i: usize, end: usize) -> Option<usize> {
    (i..s.toks.len()).find(|&j| s.toks[j].end == end).map(|j| j + 1)
}

/// A day of the month at `i`: `3`, `1er`, `15e`, `premier`, `quinze`.
fn day_num(s: &Sentence<'_>, i: usize) -> Option<(u8, usize)> {
    let t = s.toks.get(i)?;
    let w = s.w(i);
    let (v, mut j) = match t.kind {
        TokKind::Num if w.len() <= 2 => (w.parse::<u8>().ok()?, i + 1),
        TokKind::Word if matches!(w, "premier" | "1er") => (1, i + 1),
        TokKind::Word if !matches!(w, "un" | "une") => {
            let (v, j) = number(s, i)?;
            (v as u8, j)
        }
        _ => return None,
    };
    if t.kind == TokKind::Num
        && glued(s, j)
        && matches!(s.w(j), "er" | "e" | "eme" | "ieme" | "re" | "ere")
    {
        j += 1;
    }
    // `jeudi trois ans après`, `mardi 5 fois`: a count of a unit, no day.
    if matches!(
        s.w(j),
        "ans"
            | "an"
            | "années"
            | "mois"
            | "semaines"
            | "jours"
            | "heures"
            | "minutes"
            | "fois"
            | "points"
            | "millions"
            | "milliards"
    ) {
        return None;
    }
    (1..=31).contains(&v).then_some((v, j))
}

/// A month name at `i`: month, end token, and whether it is an
/// abbreviation without its full stop.
fn month_name(s: &Sentence<'_>, i: usize) -> Option<(u8, usize, bool)> {
    let t = s.toks.get(i)?;
    if t.kind != TokKind::Word {
        return None;
    }
    let v = MONTHS.get(s.w(i))?;
    let m: u8 = v.first()?.parse().ok()?;
    if v.get(1) == Some(&"a") {
        if is(s, i + 1, ".") && glued(s, i + 1) {
            return Some((m, i + 2, false));
        }
        return Some((m, i + 1, true));
    }
    Some((m, i + 1, false))
}

/// A four-digit year at `i` (1000-2199), not part of a larger number.
fn year4(s: &Sentence<'_>, i: usize) -> Option<(i32, usize)> {
    let t = s.toks.get(i)?;
    let w = s.w(i);
    if t.kind != TokKind::Num || w.len() != 4 {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    if !(1000..=2199).contains(&y) {
        return None;
    }
    // `2019,5`, `2019.5`, `1500 000`: a larger number.
    if glued(s, i + 1)
        && matches!(s.w(i + 1), "," | ".")
        && s.toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Num)
        && glued(s, i + 2)
    {
        return None;
    }
    if s.toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Num) {
        return None;
    }
    Some((y, i + 1))
}

/// A year after a month or a day: four digits, or two digits that end the
/// phrase (`31 octobre 74`).
fn year_after(cx: &Cx<'_, '_>, i: usize) -> Option<(i32, usize)> {
    if let Some(y) = year4(cx.s, i) {
        return Some(y);
    }
    let t = cx.s.toks.get(i)?;
    let w = cx.s.w(i);
    if t.kind == TokKind::Num && w.len() == 2 && stops(cx.s, i + 1) {
        let yy: i32 = w.parse().ok()?;
        return Some((calendar::full_year(yy, cx.r), i + 1));
    }
    None
}

/// A weekday name at `i` (an abbreviation only with its full stop).
fn weekday_name(s: &Sentence<'_>, i: usize) -> Option<(u8, usize)> {
    let t = s.toks.get(i)?;
    if t.kind != TokKind::Word {
        return None;
    }
    let w = s.w(i);
    let v = WEEKDAYS.get(w)?;
    let d: u8 = v.first()?.parse().ok()?;
    if w.ends_with('s') {
        return None;
    }
    if v.get(1) == Some(&"a") {
        return (is(s, i + 1, ".") && glued(s, i + 1)).then_some((d, i + 2));
    }
    Some((d, i + 1))
}

/// `de`, `du`, `d'` at `i`: the token after it.
fn de(s: &Sentence<'_>, i: usize) -> Option<usize> {
    match s.w(i) {
        "de" | "du" | "des" => Some(i + 1),
        "d" if is(s, i + 1, "'") => Some(i + 2),
        _ => None,
    }
}

/// Skips an article (`le`, `la`, `l'`) at `i`.
fn article(s: &Sentence<'_>, i: usize) -> usize {
    match s.w(i) {
        "le" | "la" | "les" => i + 1,
        "l" if is(s, i + 1, "'") => i + 2,
        _ => i,
    }
}

/// `dernier`, `prochain`...: -1 or +1.
fn rel_word(s: &Sentence<'_>, i: usize) -> Option<(i64, usize)> {
    match s.w(i) {
        "dernier" | "derniere" | "derniers" | "dernieres" | "passe"
        | "passee" | "passes" | "passees" | "precedent" | "precedente"
        | "precedents" | "precedentes" | "ecoule" | "ecoulee" | "ecoules"
        | "ecoulees" => Some((-1, i + 1)),
        "prochain" | "prochaine" | "prochains" | "prochaines" | "suivant"
        | "suivante" | "suivants" | "suivantes" => Some((1, i + 1)),
        "qui" if matches!(s.w(i + 1), "suit" | "vient") => Some((1, i + 2)),
        "en" if is(s, i + 1, "cours") => Some((0, i + 2)),
        "a" if is(s, i + 1, "venir") => Some((1, i + 2)),
        _ => None,
    }
}

/// The number of a Roman numeral century mark (`XXe`, `XIXème`).
fn roman(w: &str) -> Option<u32> {
    let core = ["ieme", "eme", "er", "e"]
        .iter()
        .find_map(|suf| w.strip_suffix(suf))?;
    if core.is_empty() || !core.chars().all(|c| matches!(c, 'i' | 'v' | 'x')) {
        return None;
    }
    let val = |c| match c {
        'i' => 1,
        'v' => 5,
        _ => 10,
    };
    let cs: Vec<u32> = core.chars().map(val).collect();
    let mut n = 0;
    for (k, &v) in cs.iter().enumerate() {
        if cs.get(k + 1).is_some_and(|&next| next > v) {
            n -= v as i32;
        } else {
            n += v as i32;
        }
    }
    u32::try_from(n).ok().filter(|&n| (1..=30).contains(&n))
}

// ------------------------------------------------------------- resolving

impl Cx<'_, '_> {
    /// The tense at the start token: the words right before it, or the
    /// verb nearest to it.
    fn tense(&self) -> Tense {
        *self.tense.get_or_init(|| {
            local_tense(self.s, self.at).unwrap_or_else(|| {
                tense::at(
                    self.marks.get_or_init(|| tense::markers(self.s)),
                    self.at,
                )
            })
        })
    }

    /// The direction an underspecified date is read in, from the tense.
    fn dir(&self) -> Dir {
        match self.tense() {
            Tense::Past => Dir::Past,
            Tense::Present => Dir::Nearest,
            _ => Dir::Next,
        }
    }

    /// A point with a month (and maybe a year) resolved to a value.
    fn point_value(&self, p: Pt, dir: Dir) -> Option<String> {
        match (p.year, p.month, p.day) {
            (Some(y), Some(m), Some(d)) => {
                calendar::ymd(y, m, d).map(calendar::day)
            }
            (Some(y), Some(m), None) => Some(calendar::month(y, m)),
            (None, Some(m), d) => match self.r {
                Some(r) => {
                    let y = calendar::year_for(r, m, d, dir);
                    match d {
                        Some(d) => calendar::ymd(y, m, d)
                            .or_else(|| {
                                // 29 February: the nearest leap year.
                                (0..8).find_map(|k| {
                                    let k =
                                        if dir == Dir::Past { -k } else { k };
                                    calendar::ymd(y + k, m, d)
                                })
                            })
                            .map(calendar::day),
                        None => Some(calendar::month(y, m)),
                    }
                }
                None => Some(match d {
                    Some(d) => format!("XXXX-{m:02}-{d:02}"),
                    None => format!("XXXX-{m:02}"),
                }),
            },
            (None, None, Some(d)) => self.day_only(d, p.weekday, dir),
            _ => None,
        }
    }

    /// A day of the month without its month (`le 16`, `mercredi 13`).
    fn day_only(&self, d: u8, wd: Option<u8>, dir: Dir) -> Option<String> {
        let Some(r) = self.r else {
            return Some(format!("XXXX-XX-{d:02}"));
        };
        if dir == Dir::Nearest {
            let past = self.day_only(d, wd, Dir::Past)?;
            let next = self.day_only(d, wd, Dir::Next)?;
            let (p, n) =
                (past.parse::<Date>().ok()?, next.parse::<Date>().ok()?);
            let near =
                calendar::days_between(p, r) <= calendar::days_between(r, n);
            return Some(if near { past } else { next });
        }
        let step = if dir == Dir::Past { -1 } else { 1 };
        let first = r.first_of_month();
        for k in 0..36 {
            let m = calendar::add(first, 'M', k * step)?;
            let Some(date) =
                calendar::ymd(i32::from(m.year()), m.month() as u8, d)
            else {
                continue;
            };
            let ok_side = match dir {
                Dir::Past => date <= r,
                _ => date >= r,
            };
            let ok_wd = wd.is_none_or(|w| {
                calendar::weekday(w).is_some_and(|w| date.weekday() == w)
            });
            if ok_side && ok_wd {
                return Some(calendar::day(date));
            }
        }
        None
    }

    /// The reference date moved by `n` units, or the unknown value.
    fn shifted(&self, unit: char, n: i64) -> Option<Date> {
        calendar::add(self.r?, unit, n)
    }

    /// A day value relative to the reference date.
    fn rel_day(&self, n: i64) -> String {
        self.shifted('D', n)
            .map_or_else(|| "XXXX-XX-XX".to_owned(), calendar::day)
    }

    fn ref_year(&self) -> Option<i32> {
        self.r.map(|r| i32::from(r.year()))
    }
}

/// Resolves a day-valued `out` followed by a time of day (`demain à 9
/// heures`, `2 mars vers 5h`) into one TIME value.
fn with_time(cx: &Cx<'_, '_>, mut o: Out) -> Out {
    if o.kind != DateType::Date || o.end_value.is_some() || o.value.len() != 10
    {
        return o;
    }
    let s = cx.s;
    let (k, modifier) = clock_cue(s, o.end);
    if let Some((a, b, e)) = clock_range(s, o.end) {
        return day_range(&o.value, a, b, e);
    }
    if modifier.is_none()
        && let Some((code, j, part_mod)) = day_part_mod(s, o.end)
    {
        o.kind = DateType::Time;
        // `jeudi matin à 9h30`, `mardi soir vers 21 heures`: the time
        // of that day, on the half of the clock the part says.
        let (c, at_mod) = clock_cue(s, j);
        if part_mod.is_none()
            && c > j
            && let Some((h, m, e)) = clock(s, c, true)
            && !(h == 0 && code == "EV")
        {
            let h =
                if matches!(code, "AF" | "EV") && h < 12 { h + 12 } else { h };
            let (hm, e) = clock_text(s, h, m, e);
            o.value = format!("{}T{hm}", o.value);
            o.end = e;
            o.modifier = o.modifier.or(at_mod);
            return o;
        }
        o.value = format!("{}T{code}", o.value);
        o.end = j;
        o.modifier = o.modifier.or(part_mod);
        return o;
    }
    if let Some((h, m, j)) = clock(s, k, true) {
        let (hm, j) = clock_text(s, h, m, j);
        o.value = format!("{}T{hm}", o.value);
        o.kind = DateType::Time;
        o.end = j;
        o.modifier = o.modifier.or(modifier);
    }
    o
}

/// The preposition before a time of day at `k` (`à`, `vers`, `à partir
/// de`, `avant`...): where the time starts and the modifier it gives.
fn clock_cue(s: &Sentence<'_>, k: usize) -> (usize, Option<&'static str>) {
    let mut k = k;
    if is(s, k, ",") {
        k += 1;
    }
    let mut modifier = None;
    match s.w(k) {
        "a" if is(s, k + 1, "partir") && de(s, k + 2).is_some() => {
            k = de(s, k + 2).unwrap_or(k);
            modifier = Some("AFTER");
        }
        // `demain après-midi` is a part of the day.
        "apres" if !(is(s, k + 1, "-") && is(s, k + 2, "midi")) => {
            k += 1;
            modifier = Some("AFTER");
        }
        "plus" if is(s, k + 1, "tard") && is(s, k + 2, "que") => {
            k += 3;
            modifier = Some("AFTER");
        }
        "avant" => {
            k += 1;
            modifier = Some("BEFORE");
        }
        "a" | "vers" | "des" => k += 1,
        "aux" if is(s, k + 1, "alentours") && is(s, k + 2, "de") => k += 3,
        "autour" if is(s, k + 1, "de") => k += 2,
        _ => {}
    }
    if is(s, k, "environ") {
        k += 1;
    }
    (k, modifier)
}

/// Two times of day joined into a range at `i`: `de 9h30 à 11h`, `entre
/// 9h30 et 11h`, `9h30 - 11h00`. Returns both `(hour, minute)` and the end.
#[allow(clippy::type_complexity)]
fn clock_range(
    s: &Sentence<'_>,
    i: usize,
) -> Option<((u8, u8), (u8, u8), usize)> {
    let (open, k) = match s.w(i) {
        "de" | "entre" => (s.w(i), i + 1),
        _ => ("", i),
    };
    let (h1, m1, j) = clock(s, k, true)?;
    let c = match s.w(j) {
        "a" if open == "de" => j + 1,
        "jusqu" if open == "de" && is(s, j + 1, "'") && is(s, j + 2, "a") => {
            j + 3
        }
        "et" if open == "entre" => j + 1,
        "-" => j + 1,
        _ => return None,
    };
    let (mut h2, m2, e) = clock(s, c, true)?;
    // `11h30-1h30`: the afternoon.
    if h2 < h1 && h2 + 12 > h1 {
        h2 += 12;
    }
    Some(((h1, m1), (h2, m2), e))
}

/// A day value and a range of times on it.
fn day_range(day: &str, a: (u8, u8), b: (u8, u8), end: usize) -> Out {
    Out {
        kind: DateType::Time,
        end_value: Some(format!("{day}T{:02}:{:02}", b.0, b.1)),
        ..Out::date(end, format!("{day}T{:02}:{:02}", a.0, a.1))
    }
}

/// A part of the day at `i` (`soir`, `dans la matinée`, `après-midi`,
/// `à la mi-journée`) and its TIMEX3 code. With `fin`, `début` or
/// `milieu` before it (`en fin d'après-midi`), [`day_part_mod`] gives the
/// modifier.
fn day_part(s: &Sentence<'_>, i: usize) -> Option<(&'static str, usize)> {
    day_part_mod(s, i).map(|(code, e, _)| (code, e))
}

/// [`day_part`] with the modifier of a part of it (`fin` END, `début`
/// START, `milieu` MID).
fn day_part_mod(
    s: &Sentence<'_>,
    i: usize,
) -> Option<(&'static str, usize, Option<&'static str>)> {
    let mut k = i;
    if is(s, k, "dans") || is(s, k, "en") || is(s, k, "a") || is(s, k, "des") {
        k = article(s, k + 1);
    } else if is(s, k, "au") {
        // `la veille au soir`, `le 3 mars au matin`.
        k += 1;
    } else if matches!(s.w(k), "le" | "la")
        && matches!(
            s.w(k + 1),
            "matin" | "soir" | "nuit" | "matinee" | "soiree"
        )
    {
        // `le 15 février le matin`.
        k += 1;
    }
    // `tôt le matin`, `très tôt le matin`: its start.
    if is(s, k, "tres") && is(s, k + 1, "tot") {
        k += 1;
    }
    if is(s, k, "tot") {
        let j = article(s, k + 1);
        return matches!(s.w(j), "matin" | "matinee").then_some((
            "MO",
            j + 1,
            Some("START"),
        ));
    }
    let mut modifier = None;
    if let Some(m) = match s.w(k) {
        "fin" => Some("END"),
        "debut" => Some("START"),
        "milieu" => Some("MID"),
        _ => None,
    } && let Some(j) = de(s, k + 1)
    {
        modifier = Some(m);
        k = article(s, j);
    }
    let code = match s.w(k) {
        // `le matin tôt`, `le matin très tôt`.
        "matin" | "matinee" if is(s, k + 1, "tot") => {
            return Some(("MO", k + 2, Some("START")));
        }
        "matin" | "matinee" if is(s, k + 1, "tres") && is(s, k + 2, "tot") => {
            return Some(("MO", k + 3, Some("START")));
        }
        "matin" | "matinee" => "MO",
        "soir" | "soiree" => "EV",
        "nuit" => "NI",
        // `en fin de journée`: the daytime, only with a part of it.
        "journee" if modifier.is_some() => "DT",
        "apres" if is(s, k + 1, "-") && is(s, k + 2, "midi") => {
            return Some(("AF", k + 3, modifier));
        }
        "mi" if is(s, k + 1, "-") && is(s, k + 2, "journee") => {
            return Some(("MI", k + 3, modifier));
        }
        _ => return None,
    };
    Some((code, k + 1, modifier))
}

/// `ce matin`, `ce soir`, `cet après-midi`, `cette nuit`: a part of the
/// reference day.
fn this_day_part(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    if !matches!(s.w(i), "ce" | "cet" | "cette") {
        return part_of_day(cx, i);
    }
    let (code, j) = day_part(s, i + 1)?;
    // `cette nuit` in a clause in the past: the night just gone.
    let shift = -i64::from(code == "NI" && cx.dir() == Dir::Past);
    let day = cx.r.and_then(|r| calendar::add(r, 'D', shift));
    let day = day.map_or_else(|| "XXXX-XX-XX".to_owned(), calendar::day);
    Some(Out { kind: DateType::Time, ..Out::date(j, format!("{day}T{code}")) })
}

/// `la soirée de mercredi`, `dans la nuit du 3 mars`, `à la mi-journée`,
/// `en fin d'après-midi`, `tôt le matin`: a part of a named day, or, after
/// a preposition (`en`, `dans la`, `dès le`, `au`, `à la`), of the day the
/// text last named, else of the reference day (the article and the
/// preposition stay out of the span). A bare `le soir` or `l'après-midi`
/// is left out: it is as often a habit (`il travaille le soir`).
fn part_of_day(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    if !matches!(
        s.w(i),
        "matin"
            | "matinee"
            | "soir"
            | "soiree"
            | "nuit"
            | "mi"
            | "fin"
            | "debut"
            | "milieu"
            | "tot"
            | "apres"
    ) {
        return None;
    }
    let (code, j, modifier) = day_part_mod(s, i)?;
    // `la matinée de demain`.
    if let Some(k) = de(s, j)
        && let Some(o) = day_at(cx, k, &[weekday_rel, date_points, relative])
        && o.kind == DateType::Date
    {
        // `la nuit de lundi à mardi`: the night that starts on the first.
        let mut end = o.end;
        if code == "NI"
            && is(s, end, "a")
            && let Some(b) = day_at(cx, end + 1, &[weekday_rel, date_points])
        {
            end = b.end;
        }
        return Some(Out {
            kind: DateType::Time,
            modifier,
            ..Out::date(end, format!("{}T{code}", o.value))
        });
    }
    let back = |d: usize| if i >= d { s.w(i - d) } else { "" };
    let cued = match back(1) {
        "en" | "au" => true,
        "la" | "le" => matches!(back(2), "dans" | "a" | "des"),
        "'" => back(2) == "l" && matches!(back(3), "dans" | "a" | "des"),
        _ => false,
    } || modifier == Some("START") && code == "MO";
    // `à la Nuit des musées`: a name, not a night.
    if !cued || s.toks[j - 1].upper {
        return None;
    }
    // The day the text last named (`mardi ... en fin de journée`), else
    // the reference day; the night in a clause in the past is the one
    // just gone.
    let day = match cx.last {
        Some((d, 0)) => Some(d),
        _ => {
            let shift = -i64::from(code == "NI" && cx.dir() == Dir::Past);
            cx.r.and_then(|r| calendar::add(r, 'D', shift))
        }
    };
    let day = day.map_or_else(|| "XXXX-XX-XX".to_owned(), calendar::day);
    Some(Out {
        kind: DateType::Time,
        modifier,
        linked: true,
        ..Out::date(j, format!("{day}T{code}"))
    })
}

/// A part of a day (`2024-05-29TEV`, `mod` END for `en fin de soirée`)
/// resolved to the span of hours [`DAY_PARTS`] gives it
/// (`2024-05-29T21` .. `2024-05-29T23`), so that a timeline can place it,
/// as a part of a month is a span of days. The modifier stays. A night
/// of an unknown day keeps its TIMEX3 form.
pub(super) fn part_hours(v: &mut DateValue) {
    let b = v.value.as_bytes();
    if v.kind != DateType::Time
        || v.end_value.is_some()
        || b.len() != 13
        || b[10] != b'T'
        || !b[11..].iter().all(u8::is_ascii_uppercase)
    {
        return;
    }
    let code = v.value[11..].to_ascii_lowercase();
    let key = match v.modifier {
        Some(m @ ("START" | "MID" | "END")) => {
            format!("{code}-{}", m.to_ascii_lowercase())
        }
        _ => code,
    };
    let Some(row) = DAY_PARTS.get(&key) else {
        return;
    };
    let hour = |k: usize| row.get(k).and_then(|h| h.parse::<i64>().ok());
    let (Some(first), Some(stop)) = (hour(0), hour(1)) else {
        return;
    };
    let day = &v.value[..10];
    let at = |h: i64| -> Option<String> {
        if h < 24 {
            return Some(format!("{day}T{h:02}"));
        }
        let d = calendar::add(day.parse().ok()?, 'D', 1)?;
        Some(format!("{}T{:02}", calendar::day(d), h - 24))
    };
    if let (Some(a), Some(z)) = (at(first), at(stop - 1)) {
        v.value = a;
        v.end_value = Some(z);
    }
}

/// `ce week-end`, `le week-end dernier`: TIMEX3 `2024-W22-WE`.
fn weekend(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let (this, k) = match s.w(i) {
        "ce" => (true, i + 1),
        _ => (false, i),
    };
    if !(is(s, k, "week") && is(s, k + 1, "-") && is(s, k + 2, "end")) {
        return None;
    }
    let (n, j) = match rel_word(s, k + 3) {
        Some((n, e)) => (n, e),
        None if this => (0, k + 3),
        None => return None,
    };
    let v = cx
        .shifted('W', n)
        .map_or_else(|| "XXXX-WXX".to_owned(), calendar::week);
    Some(Out::date(j, format!("{v}-WE")))
}

/// A time of day at `i`: hour, minute and end token. `cued` says a
/// preposition (`à`, `vers`) or a date comes before, which lets `9 heures`
/// be a time rather than a duration.
fn clock(s: &Sentence<'_>, i: usize, cued: bool) -> Option<(u8, u8, usize)> {
    let w = s.w(i);
    let (mut h, mut j) = match w {
        // `après-midi` is a part of the day, not noon.
        "midi" if i > 0 && is(s, i - 1, "-") && glued(s, i) => return None,
        "midi" => (12u8, i + 1),
        "minuit" => (0, i + 1),
        _ => {
            let t = s.toks.get(i)?;
            let (v, j) = if t.kind == TokKind::Num && w.len() <= 2 {
                (w.parse::<u8>().ok()?, i + 1)
            } else {
                let (v, j) = number(s, i)?;
                (v as u8, j)
            };
            if v > 24 {
                return None;
            }
            // `15:30`.
            if t.kind == TokKind::Num
                && is(s, j, ":")
                && glued(s, j)
                && glued(s, j + 1)
                && s.w(j + 1).len() == 2
            {
                let m: u8 = s.w(j + 1).parse().ok()?;
                return (m < 60).then_some((v, m, j + 2));
            }
            match s.w(j) {
                "h" => {}
                "heure" | "heures" if cued => {}
                // `3 heures du matin`, `8 heures ce soir`: a time even
                // without a preposition.
                "heure" | "heures"
                    if matches!(
                        (s.w(j + 1), s.w(j + 2)),
                        ("du", "matin" | "soir")
                            | ("ce", "soir")
                            | ("trois", "quarts")
                            | ("moins", "le")
                    ) => {}
                // `dix-neuf heures`, `20 heures 30`: hours of the
                // afternoon and evening are read on the clock, a length
                // of them comes with a noun or a preposition (`19 heures
                // de garde à vue`, `pendant 20 heures`, `le 20 heures`).
                "heure" | "heures"
                    if (13..=23).contains(&v)
                        && !(i > 0
                            && matches!(
                                s.w(i - 1),
                                "le" | "les"
                                    | "du"
                                    | "des"
                                    | "au"
                                    | "aux"
                                    | "de"
                                    | "d"
                                    | "'"
                                    | "pendant"
                                    | "durant"
                                    | "en"
                                    | "pour"
                                    | "sur"
                                    | "plus"
                                    | "moins"
                            )) => {}
                _ => return None,
            }
            // `48h` is a length, not a time.
            (v, j + 1)
        }
    };
    let mut m = 0u8;
    // `15h passé de 15 minutes`, `quinze heures et quinze minutes`.
    let mut k = j;
    if is(s, k, "passe") && is(s, k + 1, "de") {
        k += 2;
    } else if is(s, k, "et") {
        k += 1;
    }
    if k > j
        && let Some((v, e)) = number(s, k)
        && matches!(s.w(e), "minute" | "minutes" | "min")
        && v < 60.0
    {
        m = v as u8;
        j = e + 1;
    } else if matches!(s.w(j), "trois") && is(s, j + 1, "quarts") {
        m = 45;
        j += 2;
    } else if s.toks.get(j).is_some_and(|t| t.kind == TokKind::Num)
        && s.w(j).len() == 2
    {
        m = s.w(j).parse().ok()?;
        j += 1;
        if matches!(s.w(j), "min" | "minutes") {
            j += 1;
        }
    } else if is(s, j, "et") && is(s, j + 1, "quart") {
        m = 15;
        j += 2;
    } else if is(s, j, "et") && matches!(s.w(j + 1), "demi" | "demie") {
        m = 30;
        j += 2;
    } else if is(s, j, "moins") {
        let k = if is(s, j + 1, "le") { j + 2 } else { j + 1 };
        let sub = if is(s, k, "quart") {
            Some((15, k + 1))
        } else {
            number(s, k).map(|(v, e)| (v as u8, e))
        };
        if let Some((sub, e)) = sub.filter(|(v, _)| *v < 60) {
            h = if h == 0 { 23 } else { h - 1 };
            m = 60 - sub;
            j = e;
        }
    } else if s.toks.get(j).is_some_and(|t| t.kind == TokKind::Word)
        && let Some((v, e)) = number(s, j)
        && v < 60.0
        && !UNITS.contains_key(s.w(e))
    {
        m = v as u8;
        j = e;
        if matches!(s.w(j), "min" | "minutes") {
            j += 1;
        }
    }
    // `du soir`, `cet après-midi`, `de l'après-midi`.
    let evening = match (s.w(j), s.w(j + 1)) {
        ("du" | "ce", "soir") => Some(j + 2),
        // `vers 6h dans la soirée`.
        ("dans", "la") if is(s, j + 2, "soiree") => Some(j + 3),
        ("cet" | "dans" | "de", _) => {
            let k = if is(s, j + 1, "l") { j + 3 } else { j + 1 };
            (is(s, k, "apres") && is(s, k + 1, "-") && is(s, k + 2, "midi"))
                .then_some(k + 3)
        }
        _ => None,
    };
    if let Some(e) = evening {
        if h < 12 {
            h += 12;
        }
        j = e;
    } else if is(s, j, "du") && matches!(s.w(j + 1), "matin" | "mat") {
        j += 2;
    }
    (h <= 24 && m < 60).then_some((h, m, j))
}

// ------------------------------------------------------------- rules

/// Reads a written point at `i`: `[weekday] day [month [year]]`.
fn point(cx: &Cx<'_, '_>, i: usize) -> Option<(Pt, usize)> {
    let s = cx.s;
    let mut p = Pt::default();
    let mut k = i;
    if let Some((wd, j)) = weekday_name(s, k) {
        p.weekday = Some(wd);
        k = j;
    }
    // `lundi 03/06/24`: a date in digits after the weekday, read whole
    // by `numeric_date` (see `weekday_rel`).
    if p.weekday.is_some()
        && matches!(s.w(k + 1), "/" | ".")
        && glued(s, k + 1)
        && glued(s, k + 2)
    {
        return None;
    }
    let (d, j) = day_num(s, k)?;
    p.day = Some(d);
    k = j;
    if let Some((m, j, bare_abbr)) = month_name(s, k) {
        // `8 juillet de 1962`, as older texts write it; not `le 14
        // juillet de 1500 soldats`.
        let year = year_after(cx, j).or_else(|| {
            (s.w(j) == "de")
                .then(|| year4(s, j + 1))
                .flatten()
                .filter(|&(_, e)| !counts(s, e))
        });
        // `sept` without its stop is seven, unless a year follows.
        if !(bare_abbr && s.w(k) == "sept" && year.is_none()) {
            p.month = Some(m);
            k = j;
            if let Some((y, j)) = year {
                p.year = Some(y);
                k = j;
            }
        }
    }
    if p.month.is_none() && p.weekday.is_none() {
        return None;
    }
    Some((p, k))
}

/// `3 mars 2023`, `mardi 12 novembre`, `du 3 au 5 mars`, `entre le 13 et
/// le 15 juillet`, with a time of day after a single day.
fn date_points(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    // An opening word for an interval.
    let (open, k) = match s.w(i) {
        "du" => (true, i + 1),
        "entre" => (true, article(s, i + 1)),
        _ => (false, i),
    };
    let (a, j) = point(cx, k).or_else(|| {
        day_num(s, k).map(|(d, j)| (Pt { day: Some(d), ..Pt::default() }, j))
    })?;
    // The connector to a second point.
    let mut c = j;
    let conn = match s.w(c) {
        "au" => {
            c += 1;
            true
        }
        "-" => {
            c += 1;
            true
        }
        "jusqu" if is(s, c + 1, "'") && is(s, c + 2, "au") => {
            c += 3;
            true
        }
        "et" if s.w(i) == "entre" => {
            c = article(s, c + 1);
            true
        }
        // `les 3 et 4 juin`.
        "et" if a.month.is_none() && a.weekday.is_none() => {
            c += 1;
            true
        }
        _ => false,
    };
    // Two bare days (`du 13 au 18`, `entre le 13 et le 18`) only with
    // the words of a date around them: `entre 3 et 6` is a count.
    let bare_ok = (s.w(i) == "du" && s.w(j) == "au")
        || (s.w(i) == "entre" && is(s, i + 1, "le"));
    if conn
        && let Some((b, e)) = point(cx, c).or_else(|| {
            day_num(s, c)
                .map(|(d, j)| (Pt { day: Some(d), ..Pt::default() }, j))
        })
        && (b.month.is_some() || a.month.is_some() || bare_ok)
        && let Some(o) = interval(cx, a, b, e)
    {
        return Some(o);
    }
    if open || a.day.is_none() || (a.month.is_none() && a.weekday.is_none()) {
        return None;
    }
    // `le 14 janvier dernier`, `le 13 avril prochain`.
    let (dir, j) = match rel_word(s, j) {
        Some((n, e)) if a.year.is_none() && a.month.is_some() => {
            (if n < 0 { Dir::Past } else { Dir::Next }, e)
        }
        _ => (cx.dir(), j),
    };
    let v = cx.point_value(a, dir)?;
    Some(with_time(cx, Out::date(j, v)))
}

/// Two points joined into an interval, the first taking the month and
/// year of the second when it lacks them.
fn interval(cx: &Cx<'_, '_>, mut a: Pt, mut b: Pt, end: usize) -> Option<Out> {
    if a.month.is_none() && b.month.is_none() {
        // `du 13 au 18`: both days of one month.
        let r = cx.r;
        let bv = cx.day_only(b.day?, b.weekday, cx.dir())?;
        let av = match r {
            Some(_) => {
                let (ym, _) = bv.split_at(8);
                let d = a.day?;
                if d > b.day? {
                    return None;
                }
                format!("{ym}{d:02}")
            }
            None => format!("XXXX-XX-{:02}", a.day?),
        };
        return Some(Out { end_value: Some(bv), ..Out::date(end, av) });
    }
    if a.month.is_none() {
        a.month = b.month;
    }
    if a.year.is_none() && b.year.is_some() {
        a.year = b.year;
        if (a.month, a.day) > (b.month, b.day) {
            a.year = b.year.map(|y| y - 1);
        }
    }
    if b.year.is_none() && a.year.is_some() {
        b.year = a.year;
    }
    b.month?;
    let (av, bv) = match (a.year, cx.r) {
        (None, Some(r)) => {
            let yb = calendar::year_for(r, b.month?, b.day, cx.dir());
            let ya =
                if (a.month, a.day) > (b.month, b.day) { yb - 1 } else { yb };
            a.year = Some(ya);
            b.year = Some(yb);
            (cx.point_value(a, cx.dir())?, cx.point_value(b, cx.dir())?)
        }
        _ => (cx.point_value(a, cx.dir())?, cx.point_value(b, cx.dir())?),
    };
    Some(Out { end_value: Some(bv), ..Out::date(end, av) })
}

/// `03/03/2023`, `3.3.2023`, `2023-03-03`, `17/02`, `le 20 02 14`.
fn numeric_date(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let t = s.toks.get(i)?;
    if t.kind != TokKind::Num {
        return None;
    }
    let num = |k: usize| -> Option<(u32, usize)> {
        let t = s.toks.get(k)?;
        (t.kind == TokKind::Num)
            .then(|| (s.w(k).parse().ok(), s.w(k).len()))?
            .0
            .map(|v| (v, s.w(k).len()))
    };
    let (a, alen) = num(i)?;
    // ISO: `2023-03-03`.
    if alen == 4 && is(s, i + 1, "-") && glued(s, i + 1) && glued(s, i + 2) {
        let (m, _) = num(i + 2)?;
        if is(s, i + 3, "-") && glued(s, i + 3) && glued(s, i + 4) {
            let (d, dlen) = num(i + 4)?;
            if dlen > 2 || num(i + 2)?.1 > 2 {
                return None;
            }
            let date = calendar::ymd(a as i32, m as u8, d as u8)?;
            return Some(with_time(cx, Out::date(i + 5, calendar::day(date))));
        }
        return None;
    }
    if alen > 2 {
        return None;
    }
    // Separator: `/`, `.`, `-` glued, or a single space.
    let sep = s.w(i + 1);
    // `14/Jul/2023`: an English month abbreviation, with a year.
    if sep == "/"
        && glued(s, i + 1)
        && glued(s, i + 2)
        && let Some(m) = MONTHS_EN.get(s.w(i + 2)).and_then(|r| r.first())
        && is(s, i + 3, "/")
        && glued(s, i + 3)
        && glued(s, i + 4)
        && let Some((y, 4)) = num(i + 4)
    {
        let date = calendar::ymd(y as i32, m.parse().ok()?, a as u8)?;
        return Some(with_time(cx, Out::date(i + 5, calendar::day(date))));
    }
    let (m, mlen, mut k, spaced) = if matches!(sep, "/" | "." | "-")
        && glued(s, i + 1)
        && glued(s, i + 2)
    {
        let (m, ml) = num(i + 2)?;
        (m, ml, i + 3, false)
    } else if s.toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Num) {
        let (m, ml) = num(i + 1)?;
        (m, ml, i + 2, true)
    } else {
        return None;
    };
    if mlen > 2 || !(1..=12).contains(&m) || !(1..=31).contains(&a) {
        return None;
    }
    let mut year = None;
    let sep2_ok = if spaced {
        s.toks.get(k).is_some_and(|t| t.kind == TokKind::Num && t.space_before)
    } else {
        s.w(k) == sep && glued(s, k) && glued(s, k + 1)
    };
    if sep2_ok {
        let yk = if spaced { k } else { k + 1 };
        if let Some((y, ylen)) = num(yk) {
            year = match ylen {
                4 => Some(y as i32),
                2 => Some(calendar::full_year(y as i32, cx.r)),
                _ => None,
            };
            if year.is_some() {
                k = yk + 1;
            }
        }
    }
    // Without a year: `17/02` reads as a date, `3.3` is a decimal and
    // `17 02` a date only when it stands alone after `le` or by itself.
    if year.is_none() {
        if sep == "." || sep == "-" {
            return None;
        }
        // `(1/10)` is a fraction: a day and month alone need a cue.
        let cue = i == 0
            || matches!(s.w(i - 1), "le" | "du" | "au" | "des" | "depuis")
            || WEEKDAYS.contains_key(s.w(i - 1));
        if !cue {
            return None;
        }
        if spaced {
            let alone_before = i == 0 || is(s, i - 1, "le");
            if !alone_before || !stops(s, k) {
                return None;
            }
        }
    } else if spaced {
        // `le 12 03 2025`, and with a four-digit year `daté du 12 03 2025`.
        let alone_before = i == 0
            || is(s, i - 1, "le")
            || s.toks[i - 1].kind == TokKind::Punct
            || s.w(k - 1).len() == 4 && matches!(s.w(i - 1), "du" | "au");
        if !alone_before || !stops(s, k) {
            return None;
        }
    }
    // `1.5.2` or `12/3/45/6`: something else.
    if s.toks
        .get(k)
        .is_some_and(|t| !t.space_before && t.kind != TokKind::Punct)
        || (matches!(s.w(k), "/" | "." | "-")
            && s.toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Num)
            && glued(s, k + 1))
    {
        return None;
    }
    let p =
        Pt { day: Some(a as u8), month: Some(m as u8), year, weekday: None };
    let v = cx.point_value(p, cx.dir())?;
    Some(with_time(cx, Out::date(k, v)))
}

/// `le 16`, `le 2 à 5h`: a day of the month alone after `le`.
fn bare_day(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let after_de = i > 1 && is(s, i - 1, "du") && is(s, i - 2, "partir");
    if i == 0
        || !(is(s, i - 1, "le") || after_de)
        || s.toks[i].kind != TokKind::Num
    {
        return None;
    }
    let (d, j) = day_num(s, i)?;
    let next = s.w(j);
    let ok = stops(s, j)
        || matches!(next, "a" | "vers" | "au" | "jusqu" | "plutot")
            && (next != "au" || day_num(s, j + 1).is_some());
    if !ok {
        return None;
    }
    if next == "au" || next == "jusqu" {
        return None;
    }
    let v = cx.day_only(d, None, cx.dir())?;
    let mut k = j;
    if is(s, k, "plutot") {
        k += 1;
    }
    let o = with_time(cx, Out::date(k, v));
    if o.kind != DateType::Time && k != j {
        return None;
    }
    if o.kind != DateType::Time {
        return Some(Out::date(j, o.value));
    }
    Some(o)
}

/// `lundi`, `ce lundi`, `lundi dernier`, `mardi prochain`, `mercredi de la
/// semaine prochaine`, `lundi en huit`.
fn weekday_rel(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let (this, k) = match s.w(i) {
        "ce" => (true, i + 1),
        _ => (false, i),
    };
    let (wd, mut j) = weekday_name(s, k)?;
    if k > 0 && matches!(s.w(k - 1), "chaque" | "les" | "tous") {
        return None;
    }
    // An abbreviation (`ven.`) alone reads as a weekday only as a heading.
    if j == k + 2 && k > 0 {
        return None;
    }
    // `lundi 03/06/24`: the weekday names the date in digits after it.
    if !this
        && let Some(o) = numeric_date(cx, j)
        && o.value.len() >= 10
    {
        return Some(o);
    }
    let r = cx.r;
    let week_of = |n: i64| -> Option<String> {
        let m = calendar::monday(r?)?;
        let d = calendar::add(m, 'D', 7 * n + i64::from(wd) - 1)?;
        Some(calendar::day(d))
    };
    let unknown = || "XXXX-XX-XX".to_owned();
    // `de la semaine prochaine`, `la semaine dernière`, `cette semaine`.
    let mut e = j;
    if is(s, e, "de") {
        e += 1;
    }
    let value;
    if matches!(s.w(e), "la") && is(s, e + 1, "semaine") {
        let (n, f) = match rel_word(s, e + 2) {
            Some(x) => x,
            None if is(s, e + 2, "d")
                && is(s, e + 3, "'")
                && is(s, e + 4, "apres") =>
            {
                (1, e + 5)
            }
            None => return None,
        };
        value = week_of(n).unwrap_or_else(unknown);
        j = f;
    } else if matches!(s.w(j), "cette") && is(s, j + 1, "semaine") {
        value = week_of(0).unwrap_or_else(unknown);
        j += 2;
    } else if let Some((n, f)) = rel_word(s, j) {
        let w = s.w(j);
        value = if w.starts_with("suivant") {
            week_of(n)
        } else {
            r.and_then(|r| {
                let dir = if n < 0 { Dir::Past } else { Dir::Next };
                calendar::weekday_from(r, wd, dir, true).map(calendar::day)
            })
        }
        .unwrap_or_else(unknown);
        j = f;
    } else if is(s, j, "d") && is(s, j + 1, "'") && is(s, j + 2, "apres") {
        value = week_of(1).unwrap_or_else(unknown);
        j += 3;
    } else if is(s, j, "en")
        && matches!(s.w(j + 1), "huit" | "8" | "quinze" | "15")
    {
        let n = if matches!(s.w(j + 1), "huit" | "8") { 7 } else { 14 };
        value = r
            .and_then(|r| calendar::weekday_from(r, wd, Dir::Next, false))
            .and_then(|d| calendar::add(d, 'D', n))
            .map_or_else(unknown, calendar::day);
        j += 2;
    } else {
        // Bare: the tense decides; `ce lundi` may be today, and so may
        // a weekday told in the past or present (`a annoncé mardi` in a
        // Tuesday's paper).
        // `le cours de clôture de mercredi`: a closing price is one
        // already set, before the day of the text, whatever the tense.
        let closed = k >= 2
            && is(s, k - 1, "de")
            && matches!(s.w(k - 2), "cloture" | "clôture");
        // `a jusqu'à lundi pour l'égaler`, `d'ici vendredi`: a deadline
        // ahead of the writer, whatever the tense.
        let deadline = k >= 3
            && is(s, k - 2, "'")
            && (s.w(k - 1) == "a" && s.w(k - 3) == "jusqu"
                || s.w(k - 1) == "ici" && s.w(k - 3) == "d");
        let dir = match () {
            _ if closed => Dir::Past,
            _ if deadline => Dir::Next,
            _ => cx.dir(),
        };
        let strict = closed || !this && dir == Dir::Next;
        value = r
            .and_then(|r| calendar::weekday_from(r, wd, dir, strict))
            .map_or_else(unknown, calendar::day);
    }
    Some(with_time(cx, Out::date(j, value)))
}

/// A month: `mars`, `mars 2023`, `mois de mars`, `juillet dernier`, `de
/// janvier à mars`, `janv. 2024`.
fn month_rule(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    if matches!(s.w(i), "de" | "entre") {
        let (m1, j, bare) = month_name(s, i + 1)?;
        if bare {
            return None;
        }
        // `de décembre 2022 à avril 2023`.
        let (y1, j) = match year4(s, j) {
            Some((y, e)) => (Some(y), e),
            None => (None, j),
        };
        let c = match s.w(j) {
            "a" if s.w(i) == "de" => j + 1,
            "et" if s.w(i) == "entre" => j + 1,
            _ => return None,
        };
        let (m2, e, bare) = month_name(s, c)?;
        if bare {
            return None;
        }
        let (y2, e) = match year_after(cx, e) {
            Some((y, e)) => (Some(y), e),
            None => (None, e),
        };
        let yb = y2.or_else(|| {
            cx.r.map(|r| calendar::year_for(r, m2, None, cx.dir()))
        });
        let ya = y1.or_else(|| yb.map(|y| if m1 > m2 { y - 1 } else { y }));
        let f = |y: Option<i32>, m| match y {
            Some(y) => calendar::month(y, m),
            None => format!("XXXX-{m:02}"),
        };
        return Some(Out {
            end_value: Some(f(yb, m2)),
            ..Out::date(e, f(ya, m1))
        });
    }
    let mut k = i;
    let lead = is(s, k, "mois");
    if lead {
        k = de(s, k + 1)?;
    }
    let (m, j, bare) = month_name(s, k)?;
    let t = &s.toks[k];
    let year = year_after(cx, j);
    if bare && year.is_none() {
        return None;
    }
    // `Mars` inside a sentence with no cue is the planet or a brand.
    let cue = lead
        || (k > 0
            && matches!(
                s.w(k - 1),
                "en" | "de"
                    | "d"
                    | "'"
                    | "depuis"
                    | "fin"
                    | "debut"
                    | "mi"
                    | "-"
                    | "courant"
                    | "au"
                    | "mois"
                    | "a"
                    | "et"
                    | "ou"
                    | ","
            ));
    if t.upper && k > 0 && year.is_none() && !cue && s.w(k) == "mars" {
        return None;
    }
    // `Salon de Mai`, `Place du Marché de Juin`: a capitalised month after
    // `de` and a capitalised word is part of a name.
    if t.upper
        && k > 1
        && year.is_none()
        && matches!(s.w(k - 1), "de" | "du")
        && s.toks[k - 2].upper
    {
        return None;
    }
    if let Some((y, e)) = year {
        return Some(Out::date(e, calendar::month(y, m)));
    }
    if let Some((n, e)) = rel_word(s, j) {
        let v =
            cx.r.map(|r| {
                let here = r.month() as u8;
                let y = i32::from(r.year());
                let y = if n == 0 {
                    y
                } else if n < 0 {
                    if m < here { y } else { y - 1 }
                } else if m > here {
                    y
                } else {
                    y + 1
                };
                calendar::month(y, m)
            })
            .unwrap_or_else(|| format!("XXXX-{m:02}"));
        return Some(Out::date(e, v));
    }
    let v =
        cx.point_value(Pt { month: Some(m), ..Pt::default() }, cx.dir())?;
    Some(Out::date(j, v))
}

/// A year with a cue: `en 2019`, `année 2022`, `l'an 2000`, `depuis 2015`,
/// `2019-2021`, `entre 2019 et 2021`, `de 2019 à 2021`.
fn year_rule(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    // Intervals.
    if matches!(s.w(i), "de" | "entre") {
        let (a, j) = year4(s, i + 1)?;
        let c = match s.w(j) {
            "a" if s.w(i) == "de" => j + 1,
            "et" if s.w(i) == "entre" => j + 1,
            _ => return None,
        };
        let (b, e) = year4(s, c)?;
        // `entre 1500 et 2000 euros`, `de 1200 à 1800 emplois`: counts.
        if counts(s, e) {
            return None;
        }
        return (a < b).then(|| Out {
            end_value: Some(b.to_string()),
            ..Out::date(e, a.to_string())
        });
    }
    let (lead, k) = match s.w(i) {
        "annee" | "an" => (true, i + 1),
        _ => (false, i),
    };
    let (y, j) = year4(s, k)?;
    // `2019-2021`.
    if is(s, j, "-")
        && glued(s, j)
        && glued(s, j + 1)
        && let Some((b, e)) = year4(s, j + 1)
        && b > y
    {
        return Some(Out {
            end_value: Some(b.to_string()),
            ..Out::date(e, y.to_string())
        });
    }
    if lead {
        return Some(Out::date(j, y.to_string()));
    }
    let prev = if k > 0 { s.w(k - 1) } else { "" };
    let prev2 = if k > 1 { s.w(k - 2) } else { "" };
    let cue = matches!(
        prev,
        "en" | "depuis"
            | "des"
            | "avant"
            | "apres"
            | "vers"
            | "courant"
            | "pour"
            | "budget"
            | "horizon"
            | "exercice"
            // `ses comptes 2035`, `les résultats 2024`, `la saison 2025`.
            | "comptes"
            | "resultats"
            | "bilan"
            | "objectifs"
            | "previsions"
            | "saison"
            | "millesime"
            | "fin"
            | "debut"
            | "mi"
            | "ici"
    ) || (prev == "'" && matches!(prev2, "l" | "d"))
        || (prev == "de"
            && matches!(prev2, "partir" | "fin" | "debut" | "cours"))
        || (prev == "-" && prev2 == "mi")
        || matches!(
            prev,
            "annuel" | "annuelle" | "annuels" | "annuelles" | "edition" | "rentree"
        )
        || (prev == "de" && year_of(s, k, j, prev2))
        // `« 2025 a été l'année de la reprise »`: a year that opens its
        // sentence or quote as the subject of a verb.
        || ((k == 0 || matches!(prev, "«" | "\"" | "“"))
            && s.toks.get(j).is_some_and(|t| t.kind == TokKind::Word)
            && TENSE_FORMS.contains_key(s.w(j))
            // `2000 sont venus`: a plural verb's subject is a count.
            && !s.w(j).ends_with("nt"))
        // `les faits remontent à 2019`, `un usage qui date d'avant 1900`.
        || (prev == "a"
            && (prev2.starts_with("remont")
                || prev2.starts_with("dat")
                || prev2 == "ici"))
        // `en 2023 et 2024`, `en 2019, 2020`.
        // (not `articles 1645 et 1646`: the first one must be a year).
        || (matches!(prev, "et" | "ou" | ",")
            && k >= 2
            && year4(s, k - 2).is_some()
            && year_rule(cx, k - 2).is_some());
    if !cue {
        return None;
    }
    if counts(s, j) {
        return None;
    }
    Some(Out::date(j, y.to_string()))
}

/// Whether the token at `j`, right after a number, makes it a count: a
/// plural noun (`en 2022 salariés`; the function words ending in -s that
/// may follow a year are let through) or a currency or per cent sign
/// (`2000 €`).
fn counts(s: &Sentence<'_>, j: usize) -> bool {
    if matches!(s.w(j), "€" | "$" | "£" | "%") {
        return true;
    }
    if let Some(t) = s.toks.get(j)
        && t.kind == TokKind::Word
        && !t.upper
    {
        let w = s.w(j);
        let plural = (w.ends_with('s') || w.ends_with('x')) && w.len() >= 4;
        if plural
            && !matches!(
                w,
                "dans"
                    | "sous"
                    | "sans"
                    | "vers"
                    | "apres"
                    | "puis"
                    | "alors"
                    | "lors"
                    | "plus"
                    | "tous"
                    | "toutes"
                    | "leurs"
                    | "elles"
                    | "nous"
                    | "vous"
                    | "depuis"
                    | "jamais"
                    | "toujours"
                    | "moins"
                    | "mais"
                    | "parmi"
                    | "pres"
                    | "dont"
                    | "ceux"
                    | "aupres"
                    | "hors"
                    | "desormais"
                    | "parfois"
                    | "tandis"
                    | "ailleurs"
                    | "certes"
            )
        {
            return true;
        }
    }
    false
}

/// Whether the number at `k` after `de` names a year: `le scrutin de
/// 2027`, `un record qui date de 1986`. Not after a word of quantity
/// (`plus de 2000`), nor before a unit, a sign or a noun (`de 1500
/// salariés`, `de 2000 km`, `de 2000 €`).
fn year_of(s: &Sentence<'_>, k: usize, j: usize, noun: &str) -> bool {
    if k < 2 || s.toks[k - 2].kind != TokKind::Word {
        return false;
    }
    if matches!(
        noun,
        "plus"
            | "moins"
            | "pres"
            | "environ"
            | "total"
            | "nombre"
            | "hausse"
            | "baisse"
            | "montant"
            | "somme"
            | "cap"
            | "seuil"
            | "barre"
            | "chiffre"
            | "rythme"
            | "effectif"
            | "amende"
            | "cout"
            | "prix"
            | "budget"
            | "salaire"
            | "ordre"
            | "score"
            | "altitude"
            | "distance"
            | "longueur"
            | "hauteur"
            | "profondeur"
            | "capacite"
            | "population"
            | "foule"
            | "centaine"
            | "cohorte"
            | "groupe"
            | "equipe"
    ) {
        return false;
    }
    match s.toks.get(j) {
        None => true,
        Some(t) if t.kind == TokKind::Punct => {
            matches!(
                s.w(j),
                "." | "," | ";" | ":" | ")" | "»" | "!" | "?" | "-"
            )
        }
        Some(t) if t.kind == TokKind::Word => {
            // A verb or a function word, not a noun or a unit.
            let w = s.w(j);
            t.upper
                || TENSE_FORMS.contains_key(w)
                || matches!(
                    w,
                    "et" | "ou"
                        | "a"
                        | "au"
                        | "aux"
                        | "en"
                        | "qui"
                        | "que"
                        | "dont"
                        | "par"
                        | "pour"
                        | "avec"
                        | "sur"
                        | "dans"
                        | "reste"
                        | "restent"
                        | "avait"
                        | "avaient"
                        | "fut"
                        | "etait"
                        | "ne"
                        | "n"
                        | "se"
                        | "s"
                        | "le"
                        | "la"
                        | "les"
                        // `viser pour l'ensemble de 2025 une croissance`:
                        // a count is followed by its noun, not an article.
                        | "un"
                        | "une"
                        | "l"
                        | "des"
                        | "du"
                        | "son"
                        | "sa"
                        | "ses"
                        | "leur"
                        | "leurs"
                )
        }
        _ => false,
    }
}

/// `années 1990`, `années 90`.
fn decade(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    if !is(s, i, "annees") {
        return None;
    }
    let w = s.w(i + 1);
    if s.toks.get(i + 1)?.kind != TokKind::Num {
        return None;
    }
    let v: i32 = w.parse().ok()?;
    let d = match w.len() {
        4 if v % 10 == 0 => v / 10,
        2 if v % 10 == 0 => 190 + v / 10,
        _ => return None,
    };
    Some(Out::date(i + 2, format!("{d:03}")))
}

/// `XXe siècle`, `21e siècle`, `siècle dernier`.
fn century(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let (n, j) = if let Some(n) = roman(s.w(i)) {
        (n, i + 1)
    } else if s.toks.get(i)?.kind == TokKind::Num
        && glued(s, i + 1)
        && matches!(s.w(i + 1), "e" | "eme" | "ieme" | "er")
    {
        (s.w(i).parse().ok()?, i + 2)
    } else {
        return None;
    };
    if !is(s, j, "siecle") || n == 0 {
        return None;
    }
    Some(Out::date(j + 1, format!("{:02}", n - 1)))
}

/// Fixed words and phrases: `aujourd'hui`, `hier`, `actuellement`, `ces
/// dernières semaines`, `dans la semaine`; `le lendemain du 13 février`.
fn relative(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let (words, code) =
        RELATIVE_BY_FIRST.get(s.w(i))?.iter().map(|&k| &RELATIVE[k]).find(
            // The first word is the key.
            |(p, _)| {
                p.iter().enumerate().skip(1).all(|(k, w)| s.w(i + k) == w)
            },
        )?;
    let j = i + words.len();
    // `ce jour-là` points back into the text, not to the reference date.
    if is(s, j, "-") && is(s, j + 1, "la") {
        return None;
    }
    // `la veille`: the article stays out of the span.
    let lead =
        if words.len() > 1 && matches!(s.w(i), "la" | "le") { 1 } else { 0 };
    if code.ends_with("_REF") {
        return Some(Out { lead, ..Out::date(j, (*code).to_owned()) });
    }
    let unit = code.chars().next()?;
    let n: i64 = code.get(1..)?.parse().ok()?;
    let v = match unit {
        'D' => {
            // `lendemain du 13 février`.
            if let Some(k) = de(s, j)
                && let Some((p, e)) = point(cx, k)
                && p.month.is_some()
                && let Some(v) = cx.point_value(p, cx.dir())
                && let Some(d) = v.parse::<Date>().ok()
                && let Some(d) = calendar::add(d, 'D', n)
            {
                return Some(Out { lead, ..Out::date(e, calendar::day(d)) });
            }
            // `la veille`, `le lendemain` count from the last day the text
            // named; `la veille de son arrestation` from a day it did not.
            let linked = words.iter().any(|w| {
                w.contains("veille")
                    || w.contains("lendemain")
                    || w.starts_with("suivant")
                    || w.starts_with("precedent")
            }) || (words.iter().any(|w| w == "jour")
                && words.iter().any(|w| w == "avant" || w == "apres"));
            if linked {
                if matches!(s.w(j), "de" | "du" | "d" | "des") {
                    // `la veille de Noël`.
                    if let Some(k) = de(s, j)
                        && let Some(h) = holiday(cx, k)
                        && let Ok(d) = h.value.parse::<Date>()
                        && let Some(d) = calendar::add(d, 'D', n)
                    {
                        return Some(Out {
                            lead,
                            ..Out::date(h.end, calendar::day(d))
                        });
                    }
                    return None;
                }
                let last = cx.last.filter(|l| l.1 == 0).map(|l| l.0);
                let v = match last.or(cx.r) {
                    Some(d) => calendar::add(d, 'D', n).map_or_else(
                        || "XXXX-XX-XX".to_owned(),
                        calendar::day,
                    ),
                    None => "XXXX-XX-XX".to_owned(),
                };
                return Some(with_time(
                    cx,
                    Out { lead, linked: last.is_some(), ..Out::date(j, v) },
                ));
            } else {
                cx.rel_day(n)
            }
        }
        'W' => cx
            .shifted('W', n)
            .map_or_else(|| "XXXX-WXX".into(), calendar::week),
        'M' => cx.shifted('M', n).map_or_else(
            || "XXXX-XX".into(),
            |d| calendar::month(d.year().into(), d.month() as u8),
        ),
        _ => cx
            .shifted('Y', n)
            .map_or_else(|| "XXXX".into(), |d| d.year().to_string()),
    };
    Some(with_time(cx, Out { lead, ..Out::date(j, v) }))
}

/// Fixed-date holidays: `Noël`, `la Toussaint`, `jour de l'an`.
fn holiday(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let (words, md) =
        HOLIDAYS_BY_FIRST.get(s.w(i))?.iter().map(|&k| &HOLIDAYS[k]).find(
            // The first word is the key.
            |(p, _)| {
                p.iter().enumerate().skip(1).all(|(k, w)| s.w(i + k) == w)
            },
        )?;
    let j = i + words.len();
    // `les vacances de la Toussaint`, `le marché de Noël`: the holiday
    // names a season or a kind of thing, not the day; but `la veille de
    // Noël`, `la semaine de Pâques` name a time.
    let back = |k: usize, n: usize| k.checked_sub(n).map_or("", |k| s.w(k));
    let mut k = i;
    if matches!(back(k, 1), "la" | "l") {
        k -= 1;
    } else if back(k, 1) == "'" && back(k, 2) == "l" {
        k -= 2;
    }
    let noun = match (back(k, 1), back(k, 2)) {
        ("de", n) => Some(n),
        ("'", "d") => Some(back(k, 3)),
        _ => None,
    };
    if let Some(n) = noun
        && !matches!(
            n,
            "veille"
                | "lendemain"
                | "jour"
                | "jours"
                | "semaine"
                | "semaines"
                | "periode"
                | "nuit"
                | "matin"
                | "soir"
                | "soiree"
                | "matinee"
                | "journee"
                | "fete"
                | "midi"
                | "end"
                | "date"
                | "approche"
                | "moment"
                | "fin"
                | "debut"
                | "mi"
                | "lors"
                | "autour"
                | "pres"
                | "partir"
                | "ici"
        )
    {
        return None;
    }
    let (m, d) = md.split_once('-')?;
    let p = Pt {
        month: m.parse().ok(),
        day: d.parse().ok(),
        year: year4(s, j).map(|(y, _)| y),
        weekday: None,
    };
    let e = if p.year.is_some() { j + 1 } else { j };
    let lead = usize::from(words.len() > 1 && matches!(s.w(i), "la" | "le"));
    // The next one is meant when nothing says otherwise, even on the day.
    let v = cx.point_value(p, cx.dir())?;
    Some(Out { lead, ..Out::date(e, v) })
}

/// The unit word at `i` (singular only for relative units).
fn unit_at(s: &Sentence<'_>, i: usize) -> Option<&'static str> {
    UNITS.get(s.w(i)).and_then(|v| v.first().copied())
}

/// The value of the period of `unit` holding `d`.
fn period_value(d: Date, unit: &str) -> Option<String> {
    let y = i32::from(d.year());
    let m = d.month() as u8;
    Some(match unit {
        "D" => calendar::day(d),
        "W" => calendar::week(d),
        "M" => calendar::month(y, m),
        "Q" => format!("{y:04}-Q{}", calendar::period_of(m, 3)),
        "H" => format!("{y:04}-H{}", calendar::period_of(m, 6)),
        "Y" => format!("{y:04}"),
        "DE" => format!("{:03}", y / 10),
        "CE" => format!("{:02}", y / 100),
        _ => return None,
    })
}

/// `d` moved by `n` periods of `unit`.
fn shift(d: Date, unit: &str, n: i64) -> Option<Date> {
    match unit {
        "D" => calendar::add(d, 'D', n),
        "W" => calendar::add(d, 'W', n),
        "M" => calendar::add(d, 'M', n),
        "Q" => calendar::add(d, 'M', 3 * n),
        "H" => calendar::add(d, 'M', 6 * n),
        "Y" => calendar::add(d, 'Y', n),
        "DE" => calendar::add(d, 'Y', 10 * n),
        "CE" => calendar::add(d, 'Y', 100 * n),
        _ => None,
    }
}

/// The unknown value of a period of `unit`.
fn unknown(unit: &str) -> String {
    match unit {
        "W" => "XXXX-WXX",
        "M" => "XXXX-XX",
        "Q" => "XXXX-QX",
        "H" => "XXXX-HX",
        "D" => "XXXX-XX-XX",
        "DE" => "XXX",
        "CE" => "XX",
        _ => "XXXX",
    }
    .to_owned()
}

/// `cette année`, `la semaine dernière`, `le mois prochain`, `l'an
/// dernier`, `ce trimestre`, `la semaine du 3 mars`.
fn unit_rel(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let (this, k) = match s.w(i) {
        "ce" | "cet" | "cette" => (true, i + 1),
        _ => (false, i),
    };
    let unit = unit_at(s, k)?;
    if matches!(unit, "h" | "m" | "s")
        || s.w(k).ends_with('s') && s.w(k) != "mois"
    {
        return None;
    }
    let mut j = k + 1;
    let mut there = false;
    let n = if this {
        if is(s, j, "-") && is(s, j + 1, "ci") {
            j += 2;
        } else if is(s, j, "-") && is(s, j + 1, "la") {
            // `cette année-là` points back into the text.
            j += 2;
            there = true;
        }
        0
    } else if let Some((n, e)) = rel_word(s, j) {
        j = e;
        n
    } else if unit == "W" && is(s, j, "du") {
        // `la semaine du 3 mars`.
        let (p, e) = point(cx, j + 1)?;
        let v = cx.point_value(p, cx.dir())?;
        let d: Date = v.parse().ok()?;
        return Some(Out::date(e, calendar::week(d)));
    } else {
        return None;
    };
    if unit == "D" && this {
        return None;
    }
    // `l'année suivante`, `le mois précédent` count from the last date
    // the text named, when it is at least as fine as the unit.
    let grain = match unit {
        "Y" => 2,
        "M" | "Q" | "H" => 1,
        _ => 0,
    };
    let w = s.w(j.saturating_sub(1));
    let anaphoric =
        there || w.starts_with("suivant") || w.starts_with("precedent");
    let base = match cx.last {
        Some((d, g)) if anaphoric && g <= grain => Some(d),
        // `cette semaine-là` with nothing to point back to.
        _ if there => return None,
        _ => cx.r,
    };
    let v = base
        .and_then(|r| shift(r, unit, n))
        .and_then(|d| period_value(d, unit))
        .unwrap_or_else(|| unknown(unit));
    Some(Out::date(j, v))
}

/// `il y a deux ans` (`2022`), `dans trois mois`, `deux jours plus tard`.
fn offset(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let (sign, k) = if is(s, i, "il") && is(s, i + 1, "y") && is(s, i + 2, "a")
    {
        (-1, i + 3)
    } else if is(s, i, "dans") {
        (1, i + 1)
    } else {
        (0, i)
    };
    let (n, j) = match number(s, k) {
        Some(x) => x,
        None if matches!(s.w(k), "un" | "une") => (1.0, k + 1),
        None => return None,
    };
    if n.fract() != 0.0 || n > 10000.0 {
        return None;
    }
    let unit = unit_at(s, j)?;
    let mut e = j + 1;
    let sign = if sign != 0 {
        sign
    } else if is(s, e, "plus") && is(s, e + 1, "tard") {
        e += 2;
        1
    } else if is(s, e, "plus") && is(s, e + 1, "tot") {
        e += 2;
        -1
    } else if matches!(s.w(e), "apres")
        && s.toks.get(e + 1).is_none_or(|t| t.space_before)
        && stops(s, e + 1)
    {
        e += 1;
        1
    } else {
        return None;
    };
    let n = n as i64 * sign;
    // `deux jours plus tard`, `quatre ans après` count from the last date
    // the text named, at its grain when it is coarser.
    let unit_grain = match unit {
        "Y" | "DE" | "CE" => Some(2),
        "M" | "Q" | "H" => Some(1),
        "D" | "W" => Some(0),
        _ => None,
    };
    if !matches!(s.w(i), "il" | "dans")
        && let Some((d, g)) = cx.last
        && let Some(unit_grain) = unit_grain
    {
        let d = shift(d, unit, n)?;
        let v = match g.max(unit_grain) {
            0 => calendar::day(d),
            1 => calendar::month(d.year().into(), d.month() as u8),
            _ => d.year().to_string(),
        };
        return Some(Out::date(e, v));
    }
    let v = match (unit, cx.r) {
        // `il y a quatre mois`, `il y a deux semaines`, `il y a dix ans`:
        // the month, the week, the year, as TimeML annotates them; the
        // text says no more. `dans trois mois` keeps Duckling's reading
        // (the day), a count a deadline gives to the day.
        ("W" | "M" | "Q" | "H" | "Y", Some(r)) if s.w(i) == "il" => {
            period_value(shift(r, unit, n)?, unit)?
        }
        ("D" | "W" | "M" | "Q" | "H", Some(r)) => {
            calendar::day(shift(r, unit, n)?)
        }
        ("Y", Some(r)) => {
            let d = calendar::add(r, 'Y', n)?;
            calendar::month(d.year().into(), d.month() as u8)
        }
        ("DE" | "CE", Some(r)) => shift(r, unit, n)?.year().to_string(),
        ("h", Some(r)) => calendar::day(calendar::add(r, 'D', n / 24)?),
        ("m" | "s", Some(r)) => calendar::day(r),
        (u @ ("W" | "M" | "Q" | "H" | "Y"), None) if s.w(i) == "il" => {
            unknown(u)
        }
        (u, None) => unknown(if u == "Y" { "M" } else { "D" }),
        _ => return None,
    };
    Some(Out::date(e, v))
}

/// `2 derniers jours`, `3 prochaines semaines`, `2 années passées`: the
/// whole periods just before or after the current one.
fn last_next_n(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let (n, j) = number(s, i)?;
    if n.fract() != 0.0 || !(1.0..=1000.0).contains(&n) {
        return None;
    }
    let n = n as i64;
    let (sign, unit, e) = if let Some((sg, k)) = rel_word(s, j) {
        (sg, unit_at(s, k)?, k + 1)
    } else {
        let unit = unit_at(s, j)?;
        let (sg, k) = rel_word(s, j + 1)?;
        (sg, unit, k)
    };
    if matches!(unit, "h" | "m" | "s") {
        return None;
    }
    // `les 10 jours suivant l'administration`: a preposition.
    if matches!(
        s.w(e),
        "l" | "le"
            | "la"
            | "les"
            | "un"
            | "une"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "ce"
            | "cette"
            | "cet"
            | "ces"
            | "d"
            | "de"
    ) {
        return None;
    }
    let r = cx.r;
    let (a, b) = if sign < 0 { (-n, -1) } else { (1, n) };
    let f = |k| {
        r.and_then(|r| shift(r, unit, k))
            .and_then(|d| period_value(d, unit))
            .unwrap_or_else(|| unknown(unit))
    };
    Some(Out { end_value: Some(f(b)), ..Out::date(e, f(a)) })
}

/// `pendant trois ans` (`P3Y`), `depuis six mois`, `48 heures`, `2'`.
fn duration(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let t = s.toks.get(i)?;
    let (n, j) = match number(s, i) {
        Some(x) => x,
        None if matches!(s.w(i), "un" | "une") => (1.0, i + 1),
        // `quelques années`: a length not given, TIMEX3 `PXY`.
        // `dizaine d'années`: about ten years.
        None if numbers::approximate(s.rest(i)).is_some() => {
            let n = numbers::approximate(s.rest(i))?;
            let k = token_end(s, i, s.toks[i].start + n.len)?;
            let unit = unit_at(s, de(s, k)?)?;
            let v = calendar::duration(n.value, unit)?;
            return Some(Out {
                kind: DateType::Duration,
                modifier: Some("APPROX"),
                ..Out::date(de(s, k)? + 1, v)
            });
        }
        None if matches!(s.w(i), "quelques" | "plusieurs") => {
            let unit = unit_at(s, i + 1)?;
            let v = calendar::duration(1.0, unit)?.replace('1', "X");
            return Some(Out {
                kind: DateType::Duration,
                ..Out::date(i + 2, v)
            });
        }
        None => return None,
    };
    // `trois quarts d'heure`, `un quart d'heure`: quarters of the unit.
    let (n, j) = match de(s, j + 1) {
        Some(k)
            if matches!(s.w(j), "quart" | "quarts")
                && unit_at(s, k).is_some() =>
        {
            (n * 0.25, k)
        }
        _ => (n, j),
    };
    let (unit, mut e) = match s.w(j) {
        // `2'` and `1"` only standing alone: `1'Ouest` is OCR, `22" dragons`
        // an ordinal.
        "'" if t.kind == TokKind::Num && glued(s, j) && stops(s, j + 1) => {
            ("m", j + 1)
        }
        "\"" if t.kind == TokKind::Num && glued(s, j) && stops(s, j + 1) => {
            ("s", j + 1)
        }
        _ => (unit_at(s, j)?, j + 1),
    };
    let prev = if i > 0 { s.w(i - 1) } else { "" };
    let cued = matches!(
        prev,
        "pendant" | "durant" | "depuis" | "en" | "pour" | "sur"
    );
    // `années-lumière`.
    if is(s, e, "-") && glued(s, e) {
        return None;
    }
    // An age (`Louis Girard, 28 ans`, `il a 44 ans`, `un homme de 34
    // ans`, `âgée d'un an`) is not a length of time a timeline needs.
    if age(s, i, unit, e) {
        return None;
    }
    // `24 heures sur 24, 7 jours sur 7`: all the time, not a length.
    if is(s, e, "sur")
        && matches!(s.w(e + 1), "24" | "7" | "12" | "52" | "365" | "60")
        && s.toks.get(e + 2).is_none_or(|t| t.kind != TokKind::Num)
    {
        return None;
    }
    // `le 20 heures de TF1`, `au 13 heures`: a news bulletin.
    if unit == "h" && matches!(prev, "le" | "du" | "au") && n <= 24.0 {
        return None;
    }
    // `une seconde fois`: the ordinal.
    if matches!(s.w(j), "seconde" | "second")
        && s.toks.get(e).is_some_and(|t| t.kind == TokKind::Word)
        && !matches!(
            s.w(e),
            "de" | "d" | "plus" | "apres" | "avant" | "et" | "ou" | "pour"
        )
    {
        return None;
    }
    // `un jour` is also "some day"; `14h` a time of day.
    if s.w(i) == "un" && unit == "D" && !cued {
        return None;
    }
    if unit == "h" && s.w(j) == "h" && n <= 24.0 && !cued {
        return None;
    }
    // `pendant 2h15`, `durant 1 h 30`: hours and minutes of a length.
    if unit == "h"
        && s.w(j) == "h"
        && matches!(prev, "pendant" | "durant" | "en")
        && let Some(m) = s.toks.get(e).filter(|t| t.kind == TokKind::Num)
        && m.end - m.start == 2
        && let Ok(min) = s.w(e).parse::<u8>()
        && min < 60
        && n.fract() == 0.0
    {
        let v = format!("PT{}H{min}M", n as i64);
        return Some(Out { kind: DateType::Duration, ..Out::date(e + 1, v) });
    }
    // `deux jours plus tard` is a date.
    let mut n = n;
    if is(s, e, "et") && matches!(s.w(e + 1), "demi" | "demie") {
        n += 0.5;
        e += 2;
    }
    if s.w(e) == "-" && matches!(s.w(e + 1), "et") {
        return None;
    }
    let v = calendar::duration(n, unit)?;
    Some(Out { kind: DateType::Duration, ..Out::date(e, v) })
}

/// Whether the length of `unit` at tokens `i..e` is an age: after `âgé
/// de`, after a noun of a person (`un homme de 34 ans`, `une Bordelaise de
/// 26 ans`, `un bébé de trois mois`), or after a comma or a form of
/// `avoir` (`Paul, 28 ans`, `il a 44 ans`, `quand j'avais 20 ans`) unless
/// a noun follows (`deux ans de prison`, `30 ans de carrière`).
fn age(s: &Sentence<'_>, i: usize, unit: &str, e: usize) -> bool {
    if !matches!(unit, "Y" | "M" | "W") {
        return false;
    }
    let w = |k: usize| if k <= i && k > 0 { s.w(i - k) } else { "" };
    // A range (`de 18 à 25 ans`, `les 18-25 ans`) is a length of time
    // only after a word that asks for one (`pendant 3 à 5 ans`, `un délai
    // de 2 à 3 ans`); otherwise it is a bracket of ages.
    if unit == "Y"
        && matches!(w(1), "a" | "et" | "-")
        && i >= 2
        && s.toks[i - 2].kind == TokKind::Num
    {
        let length = match w(3) {
            "pendant" | "durant" | "depuis" | "en" | "pour" | "sur"
            | "dans" | "entre" => true,
            "de" => DURATION_NOUNS.contains(&w(4)),
            _ => false,
        };
        return !length;
    }
    // `les plus de 65 ans`, `des personnes de plus de 65 ans`, `les moins
    // de 25 ans`; not `un retard de plus de deux ans`.
    if w(1) == "de" && matches!(w(2), "plus" | "moins") {
        return match w(3) {
            "les" => true,
            "de" => !DURATION_NOUNS.contains(&w(4)),
            _ => false,
        };
    }
    // The noun before `de` / `d'`.
    let noun = match (w(1), w(2)) {
        ("de", _) => Some(i.saturating_sub(2)),
        ("'", "d") => i.checked_sub(3),
        _ => None,
    };
    if let Some(k) = noun.filter(|&k| k + 1 < i) {
        let n = s.w(k);
        if matches!(n, "age" | "agee" | "ages" | "agees") {
            return true;
        }
        let tok = s.toks[k];
        if tok.kind == TokKind::Word
            && (PERSONS.contains_key(n)
                || (tok.upper && k > 0)
                || person_suffix(n))
        {
            return true;
        }
        return false;
    }
    if unit != "Y" {
        return false;
    }
    let cue = matches!(
        w(1),
        "," | "("
            | "age"
            | "agee"
            | "ages"
            | "agees"
            | "a"
            | "as"
            | "ai"
            | "avait"
            | "avais"
            | "avions"
            | "aviez"
            | "aura"
            | "aurait"
            | "ont"
            | "avaient"
            | "ayant"
            | "avoir"
    );
    // `condamné à deux ans de prison`, `il a 30 ans de carrière`.
    let followed = matches!(s.w(e), "de" | "d")
        && s.toks
            .get(if s.w(e) == "d" { e + 2 } else { e + 1 })
            .is_some_and(|t| t.kind == TokKind::Word && !t.upper);
    cue && (!followed || w(1).starts_with("age"))
}

/// Nouns that take a length of time as `NOUN de plus de N ans`.
const DURATION_NOUNS: &[&str] = &[
    "absence",
    "attente",
    "contrat",
    "delai",
    "duree",
    "emprisonnement",
    "engagement",
    "mandat",
    "peine",
    "periode",
    "prison",
    "retard",
    "sursis",
];

/// Whether `w` (folded) ends like a noun of a person: `-eur`, `-euse`,
/// `-rice`, `-iste`, `-ien(ne)`, `-ais(e)`, `-ois(e)`, `-ant(e)`, plural
/// included (`automobiliste`, `Bordelaise`, `attaquant`).
fn person_suffix(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "eur", "euse", "rice", "iste", "ien", "ienne", "ais", "aise", "ois",
        "oise", "ant", "ante",
    ];
    let w = w.strip_suffix('s').unwrap_or(w);
    w.chars().count() >= 5 && ENDS.iter().any(|e| w.ends_with(e))
}

/// `chaque lundi`, `tous les ans`, `toutes les deux semaines`.
fn set(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let (mut k, plural) = match s.w(i) {
        "chaque" => (i + 1, false),
        "tous" | "toutes" if is(s, i + 1, "les") => (i + 2, true),
        _ => return None,
    };
    let mut n = 1.0;
    if plural && let Some((v, e)) = number(s, k) {
        n = v;
        k = e;
    }
    let w = s.w(k);
    if let Some(v) = WEEKDAYS.get(w) {
        if v.get(1) == Some(&"a") {
            return None;
        }
        let d = v.first()?;
        return Some(Out {
            kind: DateType::Set,
            ..Out::date(k + 1, format!("XXXX-WXX-{d}"))
        });
    }
    let unit = unit_at(s, k)?;
    if w != "mois" && plural != w.ends_with('s') && !(plural && n > 1.0) {
        return None;
    }
    let v = calendar::duration(n, unit)?;
    Some(Out { kind: DateType::Set, ..Out::date(k + 1, v) })
}

/// `printemps`, `cet été`, `l'hiver dernier`, `été 2023`.
fn season(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let (this, k) = match s.w(i) {
        "ce" | "cet" | "cette" => (true, i + 1),
        _ => (false, i),
    };
    let v = SEASONS.get(s.w(k))?;
    let (code, start) = (*v.first()?, v.get(1)?.parse::<u8>().ok()?);
    let mut j = k + 1;
    let mut k2 = j;
    if is(s, k2, "de") {
        k2 += 1;
    }
    let year = year4(s, k2);
    let rel = rel_word(s, j);
    let prev = if k > 0 { s.w(k - 1) } else { "" };
    let prev2 = if k > 1 { s.w(k - 2) } else { "" };
    let cue = this
        || year.is_some()
        || rel.is_some()
        || matches!(prev, "en" | "au")
        || (prev == "'" && prev2 == "l")
        || (code != "SU" && matches!(prev, "le" | "du" | "ce"));
    if !cue || (s.toks[k].upper && k > 0 && year.is_none()) {
        return None;
    }
    // `avait été 2002`: the participle of `être`.
    let aux = TENSE_FORMS.get(prev).and_then(|v| v.first().copied());
    if code == "SU" && !this && matches!(aux, Some("aux" | "aux-fut")) {
        return None;
    }
    // `Jeux d'hiver de 2030`, `les soirs d'hiver`, `soldes d'été`: the
    // season qualifies a noun; a year after it is the noun's.
    if prev == "'" && prev2 == "d" {
        return None;
    }
    let y = if let Some((y, e)) = year {
        j = e;
        Some(y)
    } else if let Some(r) = cx.r {
        let ry = i32::from(r.year());
        let m = r.month() as u8;
        // The season holding the reference date and its year.
        let inside = if code == "WI" {
            m == 12 || m < 3
        } else {
            (start..start + 3).contains(&m)
        };
        let started = if code == "WI" { m == 12 } else { m >= start };
        let last = if started { ry } else { ry - 1 };
        let next = if started { ry + 1 } else { ry };
        Some(match rel {
            Some((n, e)) => {
                j = e;
                if n < 0 {
                    if inside { last - 1 } else { last }
                } else if inside {
                    next
                } else {
                    next.min(if started { ry + 1 } else { ry })
                }
            }
            None if this || inside => {
                if code == "WI" && m < 3 {
                    ry - 1
                } else if inside {
                    last
                } else {
                    ry
                }
            }
            None if cx.dir() == Dir::Past => last,
            None if cx.dir() == Dir::Nearest => ry,
            None => next,
        })
    } else {
        if let Some((_, e)) = rel {
            j = e;
        }
        None
    };
    let v = match y {
        Some(y) => format!("{y:04}-{code}"),
        None => format!("XXXX-{code}"),
    };
    Some(Out::date(j, v))
}

/// What a part of a period applies to.
enum Period {
    /// A decade or a century: its value as written.
    Fixed(String),
    Month(Option<i32>, u8),
    Year(i32),
    RelMonth(i64),
    RelYear(i64),
    RelWeek(i64),
}

/// `mars`, `2025`, `mois d'avril`, `l'année`, `de semaine`, `du mois`...
/// after a part word.
fn period(cx: &Cx<'_, '_>, i: usize) -> Option<(Period, usize)> {
    let s = cx.s;
    let k = de(s, i).unwrap_or(i);
    let k = article(s, k);
    if let Some((y, e)) = year4(s, k) {
        return Some((Period::Year(y), e));
    }
    // `fin des années 1990`, `début du XXe siècle`.
    if let Some(o) = decade(cx, k).or_else(|| century(cx, k)) {
        return Some((Period::Fixed(o.value), o.end));
    }
    if let Some((m, e, bare)) = month_name(s, k) {
        if bare && year4(s, e).is_none() {
            return None;
        }
        return Some(match year4(s, e) {
            Some((y, e)) => (Period::Month(Some(y), m), e),
            None => (Period::Month(None, m), e),
        });
    }
    let (unit, e) = (unit_at(s, k)?, k + 1);
    let (n, e) = match rel_word(s, e) {
        Some((n, e)) => (n, e),
        None => (0, e),
    };
    match unit {
        "M" => {
            if let Some(f) = de(s, e)
                && let Some((m, g, false)) = month_name(s, f)
            {
                return Some(match year4(s, g) {
                    Some((y, g)) => (Period::Month(Some(y), m), g),
                    None => (Period::Month(None, m), g),
                });
            }
            Some((Period::RelMonth(n), e))
        }
        "Y" => {
            if let Some((y, g)) = year4(s, e) {
                return Some((Period::Year(y), g));
            }
            Some((Period::RelYear(n), e))
        }
        "W" => Some((Period::RelWeek(n), e)),
        _ => None,
    }
}

/// `début mars`, `mi-juin`, `fin de 2025`, `fin du mois`, `en début de
/// semaine`: a month or a year part keeps its month or year with the
/// modifier, a week part is a span of days.
fn part(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let md = *PARTS.get(s.w(i))?.first()?;
    let mut k = i + 1;
    if is(s, k, "-") && glued(s, k) {
        k += 1;
    }
    // `fin de l'été`, `fin du deuxième trimestre`: a season or a
    // numbered part of the year keeps its value with the modifier.
    let at = article(s, de(s, k).unwrap_or(k));
    if at < s.toks.len()
        && let Some(o) =
            season(cx, at).or_else(|| ordinal_rule(cx, at)).filter(|o| {
                o.kind == DateType::Date
                    && o.lead == 0
                    && o.modifier.is_none()
                    && o.end_value.is_none()
            })
    {
        return Some(Out { modifier: Some(md), ..o });
    }
    let (p, e) = period(cx, k)?;
    let year_of =
        |m: u8| cx.r.map(|r| calendar::year_for(r, m, None, cx.dir()));
    let days = |y: i32, m: u8| -> Option<(String, String)> {
        let first = calendar::ymd(y, m, 1)?;
        let last = first.last_of_month().day() as u8;
        let (a, b) = match md {
            "START" => (1, 10),
            "MID" => (11, 20),
            _ => (21, last),
        };
        Some((
            calendar::day(calendar::ymd(y, m, a)?),
            calendar::day(calendar::ymd(y, m, b)?),
        ))
    };
    // TIMEX3 writes the part of a month as the month with its modifier
    // (`fin juillet` → `2025-07` `END`), as it does a year's; the days
    // it stands for decide which month (`début du mois` read on the
    // 12th is the next one).
    let out = |(a, _): (String, String)| Out {
        modifier: Some(md),
        ..Out::date(e, a.get(..7).unwrap_or(&a).to_string())
    };
    let week = |(a, b): (String, String)| Out {
        modifier: Some(md),
        end_value: Some(b),
        ..Out::date(e, a)
    };
    match p {
        Period::Month(y, m) => match y.or_else(|| year_of(m)) {
            Some(y) => days(y, m).map(out),
            None => Some(Out {
                modifier: Some(md),
                ..Out::date(e, format!("XXXX-{m:02}"))
            }),
        },
        Period::RelMonth(n) => {
            let d = cx.shifted('M', n)?;
            let (a, b) = days(d.year().into(), d.month() as u8)?;
            // `début du mois` read on the 12th: the next one, or the last
            // one in a past clause.
            let r = cx.r?;
            let shift = match cx.dir() {
                Dir::Next if n == 0 && b < calendar::day(r) => 1,
                Dir::Past if n == 0 && a > calendar::day(r) => -1,
                _ => return Some(out((a, b))),
            };
            let d = cx.shifted('M', shift)?;
            days(d.year().into(), d.month() as u8).map(out)
        }
        Period::Year(y) => {
            Some(Out { modifier: Some(md), ..Out::date(e, y.to_string()) })
        }
        Period::Fixed(v) => {
            Some(Out { modifier: Some(md), ..Out::date(e, v) })
        }
        Period::RelYear(n) => {
            let v = cx
                .ref_year()
                .map_or_else(|| "XXXX".into(), |y| (y + n as i32).to_string());
            Some(Out { modifier: Some(md), ..Out::date(e, v) })
        }
        Period::RelWeek(n) => {
            let m = calendar::monday(cx.shifted('W', n)?)?;
            let (a, b) = match md {
                "START" => (0, 1),
                "MID" => (2, 3),
                _ => (3, 6),
            };
            Some(week((
                calendar::day(calendar::add(m, 'D', a)?),
                calendar::day(calendar::add(m, 'D', b)?),
            )))
        }
    }
}

/// `premier trimestre 2024`, `second semestre`, `première semaine
/// d'octobre 2014`, `dernier jour d'octobre`, `3e jour d'octobre`,
/// `première quinzaine d'avril`, `premier mercredi du mois prochain`.
fn ordinal_rule(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let (n, mut k): (i64, usize) = if let Some(v) = ORDINALS.get(s.w(i)) {
        (v.first()?.parse().ok()?, i + 1)
    } else if s.toks[i].kind == TokKind::Num
        && glued(s, i + 1)
        && matches!(s.w(i + 1), "e" | "eme" | "ieme" | "er" | "re")
    {
        (s.w(i).parse().ok()?, i + 2)
    } else if s.w(i).len() == 1
        && matches!(s.w(i), "t" | "s")
        && s.toks[i].upper
        && glued(s, i + 1)
    {
        // `T1 2024`, `S2 2023`.
        let q: i64 = s.w(i + 1).parse().ok()?;
        let unit = if s.w(i) == "t" { "Q" } else { "H" };
        let (y, e) = year4(s, i + 2)?;
        let max = if unit == "Q" { 4 } else { 2 };
        if !(1..=max).contains(&q) {
            return None;
        }
        return Some(Out::date(e, format!("{y:04}-{unit}{q}")));
    } else {
        return None;
    };
    let w = s.w(k);
    let r = cx.r;
    if matches!(w, "trimestre" | "semestre") {
        let (unit, max, size) =
            if w == "trimestre" { ("Q", 4, 3) } else { ("H", 2, 6) };
        let q = if n < 0 { max } else { n };
        if !(1..=max).contains(&q) {
            return None;
        }
        k += 1;
        let k2 = de(s, k).map(|f| article(s, f)).unwrap_or(k);
        let y = if let Some((y, e)) = year4(s, k2) {
            k = e;
            Some(y)
        } else if is(s, k2, "annee") || is(s, k2, "exercice") {
            // `de l'année`, `de l'année prochaine`.
            k = k2 + 1;
            let shift = match rel_word(s, k) {
                Some((m, e)) => {
                    k = e;
                    m as i32
                }
                None => 0,
            };
            cx.ref_year().map(|y| y + shift)
        } else {
            r.map(|r| {
                let cur =
                    i64::from(calendar::period_of(r.month() as u8, size));
                let y = i32::from(r.year());
                match cx.dir() {
                    Dir::Past if q > cur => y - 1,
                    Dir::Next if q < cur && cx.tense() == Tense::Future => {
                        y + 1
                    }
                    _ => y,
                }
            })
        };
        let v = match y {
            Some(y) => format!("{y:04}-{unit}{q}"),
            None => format!("XXXX-{unit}{q}"),
        };
        return Some(Out::date(k, v));
    }
    // Units inside a month.
    let what = if let Some((wd, e)) = weekday_name(s, k) {
        k = e;
        Some(wd)
    } else if matches!(w, "jour" | "semaine" | "quinzaine") {
        k += 1;
        None
    } else {
        return None;
    };
    let f = de(s, k)?;
    let (p, e) = period(cx, f)?;
    let (y, m) = match p {
        Period::Month(y, m) => (
            y.or_else(|| r.map(|r| calendar::year_for(r, m, None, cx.dir())))?,
            m,
        ),
        Period::RelMonth(n) => {
            let d = cx.shifted('M', n)?;
            (d.year().into(), d.month() as u8)
        }
        _ => return None,
    };
    let first = calendar::ymd(y, m, 1)?;
    let last = first.last_of_month();
    if let Some(wd) = what {
        let nth = i32::try_from(n).ok()?;
        let d = first
            .nth_weekday_of_month(nth as i8, calendar::weekday(wd)?)
            .ok()?;
        return Some(Out::date(e, calendar::day(d)));
    }
    let v = match w {
        "jour" if n < 0 => calendar::day(last),
        "jour" => calendar::day(calendar::ymd(y, m, u8::try_from(n).ok()?)?),
        "quinzaine" => {
            let (a, b) = if n == 1 { (1, 15) } else { (16, last.day() as u8) };
            return Some(Out {
                end_value: Some(calendar::day(calendar::ymd(y, m, b)?)),
                ..Out::date(e, calendar::day(calendar::ymd(y, m, a)?))
            });
        }
        _ => {
            // Weeks of a month: the first starts on its first Monday, the
            // last ends on its last Sunday.
            let d = if n < 0 {
                let sunday =
                    calendar::weekday_from(last, 7, Dir::Past, false)?;
                calendar::add(sunday, 'D', -6)?
            } else {
                let monday =
                    calendar::weekday_from(first, 1, Dir::Next, false)?;
                calendar::add(monday, 'W', n - 1)?
            };
            calendar::week(d)
        }
    };
    Some(Out::date(e, v))
}

/// A time of day on its own: `14h30`, `15:00`, `à 9 heures`, `midi`.
fn time_alone(cx: &Cx<'_, '_>, i: usize) -> Option<Out> {
    let s = cx.s;
    let prev = if i > 0 { s.w(i - 1) } else { "" };
    let cued = matches!(
        prev,
        "a" | "vers" | "des" | "avant" | "apres" | "environ" | "jusqu" | "'"
    );
    if let Some((a, b, e)) = clock_range(s, i) {
        let mut k = e;
        if is(s, k, ",") {
            k += 1;
        }
        let after = day_at(cx, k, &[weekday_rel, date_points, relative]);
        return Some(match after {
            Some(o) => day_range(&o.value, a, b, o.end),
            None => {
                let day = cx
                    .r
                    .map_or_else(|| "XXXX-XX-XX".to_owned(), calendar::day);
                day_range(&day, a, b, e)
            }
        });
    }
    // `l'examen de minuit`, `le journal de midi`: names, not times.
    if matches!(s.w(i), "midi" | "minuit") && matches!(prev, "de" | "du") {
        return None;
    }
    // `arrivé en 2 h 05`: a race time; `pendant 2h15`: a length.
    if matches!(prev, "en" | "pendant" | "durant") {
        return None;
    }
    let (h, m, j) = clock(s, i, cued)?;
    // `2 h 01 min 09 s`: a time on the clock of a race, not of the day.
    if matches!(s.w(j), "min" | "mn" | "s" | "sec")
        || matches!(s.w(j - 1), "min" | "mn")
    {
        return None;
    }
    // `sept heures de débats`, `deux heures d'attente`: a length of time.
    if matches!(s.w(j - 1), "heure" | "heures")
        && matches!(s.w(j), "de" | "d")
        && s.toks
            .get(if s.w(j) == "d" { j + 2 } else { j + 1 })
            .is_some_and(|t| t.kind == TokKind::Word && !t.upper)
        && !matches!(s.w(j + 1), "l" | "la" | "le" | "les")
    {
        return None;
    }
    // A day after the time: `13h30 samedi 21 septembre`, `à 9h30 jeudi`
    // (after its seconds: `21h10'15 mercredi`).
    let mut k = clock_text(s, h, m, j).1;
    if is(s, k, ",") {
        k += 1;
    }
    k = article(s, k);
    let after =
        day_at(cx, k, &[weekday_rel, date_points, relative, numeric_date]);
    if let Some(o) = after {
        // `quatre heures et demie demain matin`: the part of the day
        // says the half of the clock (`huit heures demain soir` is 20:00).
        let (day, part) = o.value.split_at(10.min(o.value.len()));
        let h =
            if matches!(part, "TAF" | "TEV") && h < 12 { h + 12 } else { h };
        let (hm, _) = clock_text(s, h, m, j);
        return Some(Out {
            kind: DateType::Time,
            ..Out::date(o.end, format!("{day}T{hm}"))
        });
    }
    // `minuit`, `minuit dix`: the coming one, save in a clause in the
    // past (`le vote a eu lieu à minuit dix`: the night just gone).
    let shift = i64::from(is(s, i, "minuit") && cx.dir() != Dir::Past);
    let day = cx.r.and_then(|r| calendar::add(r, 'D', shift));
    let day = day.map_or_else(|| "XXXX-XX-XX".to_owned(), calendar::day);
    let (hm, j) = clock_text(s, h, m, j);
    Some(Out { kind: DateType::Time, ..Out::date(j, format!("{day}T{hm}")) })
}

/// The seconds and the English `am` / `pm` after a time [`clock`] read
/// (`8:15:45 am`, `21h10'15`, `23:59:30`): the time as `HH:MM` or
/// `HH:MM:SS`, and the end token.
fn clock_text(s: &Sentence<'_>, h: u8, m: u8, j: usize) -> (String, usize) {
    let (mut h, mut j) = (h, j);
    let mut sec = None;
    if matches!(s.w(j), ":" | "'")
        && glued(s, j)
        && glued(s, j + 1)
        && s.toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Num)
        && s.w(j + 1).len() == 2
        && let Ok(v) = s.w(j + 1).parse::<u8>()
        && v < 60
    {
        sec = Some(v);
        j += 2;
    }
    if h <= 12 {
        match s.w(j) {
            "pm" => {
                h = if h == 12 { 12 } else { h + 12 };
                j += 1;
            }
            "am" => {
                h = if h == 12 { 0 } else { h };
                j += 1;
            }
            _ => {}
        }
    }
    let text = match sec {
        Some(sec) => format!("{h:02}:{m:02}:{sec:02}"),
        None => format!("{h:02}:{m:02}"),
    };
    (text, j)
}

/// The longest single day (`2024-05-26`, no interval) one of `rules` reads
/// at token `k`: the day a time of day belongs to. A day with a part of
/// the day (`demain matin`, `2024-05-31TMO`) is one too.
fn day_at(cx: &Cx<'_, '_>, k: usize, rules: &[Rule]) -> Option<Out> {
    rules
        .iter()
        .filter_map(|rule| {
            rule(cx, k).filter(|o| {
                o.end_value.is_none()
                    && (o.kind == DateType::Date && o.value.len() == 10
                        || o.kind == DateType::Time
                            && o.value.len() == 13
                            && o.value.as_bytes()[10] == b'T'
                            && o.value[11..]
                                .bytes()
                                .all(|b| b.is_ascii_uppercase()))
            })
        })
        .max_by_key(|o| o.end)
}

#[cfg(test)]
mod index_tests {
    use super::*;

    #[test]
    fn short_classes_answer_as_the_map() {
        let text = include_str!("../../../fixtures/xai-economist-fr.txt");
        let mut words: Vec<String> = WORD_CLASSES.keys().cloned().collect();
        words.extend(
            text.split(|c: char| !c.is_ascii_alphabetic())
                .map(str::to_ascii_lowercase),
        );
        words.extend(
            ["", "a", "zzzzzzzz", "deuxieme", "lendemai"].map(String::from),
        );
        let mut short = 0;
        for w in &words {
            let from_map = WORD_CLASSES.get(w.as_str());
            match pack(w.as_bytes()) {
                Some(key) => {
                    short += 1;
                    let got = SHORT_CLASSES.get(key);
                    assert_eq!(got.is_some(), from_map.is_some(), "{w}");
                    if let (Some(a), Some(b)) = (got, from_map) {
                        assert_eq!(
                            (a.anchor, a.rules, a.strong),
                            (b.anchor, b.rules, b.strong),
                            "{w}"
                        );
                    }
                }
                None => assert!(w.is_empty() || w.len() > 8),
            }
            // The shape filter lets every key through.
            if from_map.is_some() && w.bytes().all(|b| b.is_ascii_lowercase())
            {
                assert!(may_be_classed(w.as_bytes()), "{w}");
            }
        }
        assert!(short > 300, "{short}");
    }

    #[test]
    fn large_numbers_are_strong_but_let_no_sentence_through() {
        let mut large: Vec<&str> = LARGE.iter().map(String::as_str).collect();
        large.sort_unstable();
        assert_eq!(
            large,
            [
                "billion",
                "billions",
                "cent",
                "cents",
                "mil",
                "mille",
                "milliard",
                "milliards",
                "million",
                "millions"
            ]
        );
        for w in STRONG.iter() {
            let through = !LARGE.contains(w);
            assert_eq!(is_strong(w), through, "{w}");
            if let Some(key) = pack(w.as_bytes()) {
                assert_eq!(is_strong_packed(key), through, "{w}");
            }
            if through && w.bytes().all(|b| b.is_ascii_lowercase()) {
                let b = w.as_bytes();
                assert!(may_be_strong(b[0], b[b.len() - 1], b.len()), "{w}");
            }
        }
    }
}
