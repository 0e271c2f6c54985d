//! The tense of the clause around a temporal expression.
//!
//! A date without its year (`en novembre`, `le 3 mars`, `lundi`) is read as
//! the last occurrence before the reference date when the nearest verb is
//! in a past tense, as the next one when it is in a future tense or when
//! the phrase has no verb (Duckling's reading of a bare phrase), and as the
//! nearest one when the verb is in the present tense, which news uses both
//! for recent events and for near plans: the document-creation-time
//! reading of HeidelTime. The verbs are found with a compact rule set: the
//! forms of `tense.tsv` (auxiliaries, `aller` of the near future, a few
//! irregular forms) and, failing those, the endings of `endings.tsv`
//! (imparfait, passé simple, futur, conditionnel). A compound tense is an
//! auxiliary followed, within two words, by a past participle (`a lancé`,
//! `est parti`, `aura lieu` is not one).
//!
//! The verb that governs a date may be an infinitive: after a verb or a
//! noun of promise, intention, plan, obligation or threat (`forward.tsv`),
//! the infinitive points forward whatever the tense of the clause (`le
//! ministre a promis de présenter le texte en décembre`: the next
//! December), and marks a future nearer to the date than the finite verb.

use super::{ENDINGS, FORWARD, Sentence, TENSE_FORMS, TokKind};
use std::sync::LazyLock;

/// The time a clause speaks of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    /// Before the reference date.
    Past,
    /// After the reference date.
    Future,
    /// A verb in the present tense: news tells recent events and near
    /// plans in it, so the nearest occurrence is meant.
    Present,
    /// No verb with a tense mark: the phrase carries no tense.
    None,
}

/// A verb's tense mark: its token, the tense, and whether it is a
/// reporting incise after a comma (`, a précisé le manager`), whose tense
/// is not that of the words before it.
pub(super) type Mark = (usize, Tense, bool);

/// Words that may stand between an auxiliary and its participle.
const BETWEEN: &[&str] = &[
    "deja",
    "egalement",
    "aussi",
    "recemment",
    "pas",
    "jamais",
    "bien",
    "encore",
    "meme",
    "finalement",
    "notamment",
    "toujours",
    "enfin",
    "ete",
    "su",
    "pu",
    "du",
    "plus",
    "effectivement",
    "officiellement",
];

/// Whether `w` (folded) looks like a past participle.
fn participle(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "e", "es", "ee", "ees", "i", "is", "ie", "ies", "u", "us", "ue",
        "ues", "it", "ite", "its", "ert", "erte", "ort", "orte", "aint",
        "eint", "oint", "ait", "aite", "ete",
    ];
    // `a lieu`, `a envie`, `a accès`: avoir + noun, a present.
    const NOUNS: &[&str] = &[
        "lieu",
        "envie",
        "hate",
        "affaire",
        "honte",
        "confiance",
        "conscience",
        "acces",
        "trait",
        "tendance",
        "cesse",
        "beau",
        "vocation",
    ];
    w.len() >= 2 && ENDS.iter().any(|e| w.ends_with(e)) && !NOUNS.contains(&w)
}

/// The tense marks of a sentence: token index and tense, in order.
pub(super) fn markers(s: &Sentence<'_>) -> Vec<Mark> {
    // A sentence has a few verbs.
    let mut out = Vec::with_capacity(8);
    let n = s.toks.len();
    let mut i = 0;
    while i < n {
        if s.toks[i].kind != TokKind::Word {
            i += 1;
            continue;
        }
        let w = s.w(i);
        let class = form_class(w);
        match class {
            // `à` folds to `a`, the auxiliary: the original decides.
            "aux"
                if s.text
                    .get(s.toks[i].start..s.toks[i].end)
                    .is_some_and(|o| o.starts_with(['à', 'À'])) => {}
            "aux" | "aux-fut" => {
                // `il y a deux ans` is not a compound past.
                let after_y = i > 0 && s.w(i - 1) == "y";
                let mut j = i + 1;
                while j < n && j <= i + 3 && BETWEEN.contains(&s.w(j)) {
                    j += 1;
                }
                let pp = s.w(j);
                // `Yaatal y a racheté`, `il y a eu`: a compound past
                // all the same.
                if s.toks.get(j).is_some_and(|t| t.kind == TokKind::Word)
                    && participle(pp)
                {
                    let pp_class = form_class(pp);
                    // `être` in the present with a participle is a
                    // passive in the present (`des rafales sont
                    // attendues`), save for the verbs that take `être`
                    // in the compound past (`il est parti`) and the
                    // pronominal ones (`il s'est tenu`).
                    let etre_now = matches!(
                        w,
                        "suis" | "es" | "est" | "sommes" | "etes" | "sont"
                    );
                    let reflexive = i > 0
                        && (s.w(i - 1) == "se"
                            || (s.w(i - 1) == "'"
                                && i > 1
                                && matches!(s.w(i - 2), "s" | "m" | "t")));
                    let t = if pp_class == "pp-fut" || class == "aux-fut" {
                        Tense::Future
                    } else if etre_now && !reflexive && pp_class != "pp-etre" {
                        Tense::Present
                    } else {
                        Tense::Past
                    };
                    // `ne rejoindra le groupe qu'à la mi-août, a précisé le
                    // manager`: a compound past right after a comma, past
                    // a verb of the sentence, is the reporting incise; the
                    // words before it take that verb's tense ([`at`]).
                    let incise = t == Tense::Past
                        && i > 0
                        && s.w(i - 1) == ","
                        && !out.is_empty();
                    out.push((i, t, incise));
                    i = j + 1;
                    continue;
                }
                if let Some(t) = by_ending(w) {
                    out.push((i, t, false));
                } else if class == "aux-fut" {
                    out.push((i, Tense::Future, false));
                } else if !after_y {
                    out.push((i, Tense::Present, false));
                }
            }
            "near" => {
                let next = s.w(i + 1);
                if next.ends_with("er")
                    || next.ends_with("ir")
                    || next.ends_with("re")
                {
                    let t = if w.ends_with("ait") {
                        Tense::Past
                    } else {
                        Tense::Future
                    };
                    out.push((i, t, false));
                }
            }
            "past" => out.push((i, Tense::Past, false)),
            // `Thomas Ricard, parti en juin chez Altrane`: the participle
            // of a verb of motion in apposition tells a past event; as
            // written, not folded (`ne`, `entre` are no `né`, `entré`).
            "pp-etre"
                if i > 0
                    && s.w(i - 1) == ","
                    && s.text
                        .get(s.toks[i].start..s.toks[i].end)
                        .is_some_and(|o| {
                            [
                                "é", "ée", "és", "ées", "u", "ue", "us",
                                "ues", "i", "is",
                            ]
                            .iter()
                            .any(|e| o.ends_with(e))
                        }) =>
            {
                out.push((i, Tense::Past, false));
            }
            "pres" => out.push((i, Tense::Present, false)),
            // `meilleur que prévu`: a comparison with what was expected,
            // no plan.
            "pp-fut"
                if i > 0
                    && (matches!(s.w(i - 1), "que" | "qu")
                        || i > 1
                            && s.w(i - 1) == "'"
                            && s.w(i - 2) == "qu") => {}
            "fut" | "pp-fut" => out.push((i, Tense::Future, false)),
            _ => {
                // `caméra`, `opéra`, `choléra`: an accented é before `-ra`
                // marks a noun; a future keeps its e mute (`cédera`).
                let orig = s.text.get(s.toks[i].start..s.toks[i].end);
                let noun = || {
                    orig.is_some_and(|o| {
                        o.ends_with("éra") || o.ends_with("éras")
                    })
                };
                if !s.toks[i].upper
                    && let Some(t) = by_ending(w)
                    && !noun()
                {
                    out.push((i, t, false));
                }
            }
        }
        i += 1;
    }
    forward_infinitives(s, &mut out);
    out
}

/// Words between a forward-pointing word and its infinitive: the
/// prepositions that introduce it and the pronouns before it.
const BEFORE_INFINITIVE: &[&str] = &[
    "de", "d", "'", "a", "se", "s", "l", "le", "la", "les", "en", "y", "ne",
    "pas", "lui", "leur", "me", "m", "te", "t", "nous", "vous",
];

/// Adds a future mark at each infinitive governed by a word of
/// `forward.tsv` (`promis de présenter`, `vouloir se présenter`), keeping
/// the marks in token order.
fn forward_infinitives(s: &Sentence<'_>, out: &mut Vec<Mark>) {
    let n = s.toks.len();
    let before = out.len();
    for i in 0..n {
        if s.toks[i].kind != TokKind::Word || !FORWARD.contains_key(s.w(i)) {
            continue;
        }
        let mut j = i + 1;
        while j < n && j <= i + 4 && BEFORE_INFINITIVE.contains(&s.w(j)) {
            j += 1;
        }
        let w = s.w(j);
        let infinitive = j < n
            && s.toks[j].kind == TokKind::Word
            && w.len() >= 4
            && ["er", "ir", "re", "oir"].iter().any(|e| w.ends_with(e));
        if infinitive {
            out.push((j, Tense::Future, false));
        }
    }
    if out.len() > before {
        // One mark per token: the infinitive's own (`faire` read as a
        // present) gives way to the forward one.
        out.sort_by_key(|&(j, t, _)| (j, t != Tense::Future));
        out.dedup_by_key(|m| m.0);
    }
}

/// The class of `w` in `tense.tsv` (empty when it has none).
fn form_class(w: &str) -> &'static str {
    TENSE_FORMS.get(w).and_then(|v| v.first().copied()).unwrap_or("")
}

/// For each last byte of the endings of `endings.tsv`, the lengths in
/// bytes of the endings with it (bit 31 for 31 bytes and more); 0 for
/// the other bytes.
static ENDING_LAST_BYTES: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut set = [0; 256];
    for e in ENDINGS.keys() {
        if let Some(&b) = e.as_bytes().last() {
            set[usize::from(b)] |= 1 << e.len().min(31);
        }
    }
    set
});

/// The tense marked by the ending of a word of five letters or more.
fn by_ending(w: &str) -> Option<Tense> {
    // Most words end in none of the endings: their last byte says so.
    let last = w.as_bytes().last().copied().unwrap_or(0);
    let lengths = ENDING_LAST_BYTES[usize::from(last)];
    // Five characters: counted only in a word with bytes outside ASCII.
    if lengths == 0 || w.len() < 5 || (!w.is_ascii() && w.chars().count() < 5)
    {
        return None;
    }
    let mut best: Option<(usize, Tense)> = None;
    for k in 2..=6 {
        let Some(end) = w.get(w.len().saturating_sub(k)..) else { continue };
        // No ending of that length ends on that byte.
        if lengths & (1 << end.len().min(31)) == 0 {
            continue;
        }
        if let Some(v) = ENDINGS.get(end) {
            let t = if v.first() == Some(&"fut") {
                Tense::Future
            } else {
                Tense::Past
            };
            best = Some((k, t));
        }
    }
    best.map(|(_, t)| t)
}

/// The tense of the verb nearest to token `i` (after it on a tie).
///
/// `markers` is in token order, as [`markers`] returns it: the nearest
/// verb is the last one before `i` or the first one at or after it, found
/// by binary search, so that a sentence with many dates and many verbs
/// costs a logarithm per date, not a scan of its verbs (#16).
pub(super) fn at(markers: &[Mark], i: usize) -> Tense {
    let k = markers.partition_point(|&(j, _, _)| j < i);
    let after = markers.get(k);
    let before = k.checked_sub(1).and_then(|k| markers.get(k));
    match (before, after) {
        // A reporting incise after the date (`qu'à la mi-août, a précisé
        // le manager`) leaves it to the verb before.
        (Some(&(_, tb, _)), Some(&(_, _, true))) => tb,
        (Some(&(b, tb, _)), Some(&(a, ta, _))) => {
            if i - b < a - i {
                tb
            } else {
                ta
            }
        }
        (Some(&(_, t, _)), None) | (None, Some(&(_, t, _))) => t,
        (None, None) => Tense::None,
    }
}

#[cfg(test)]
mod tests {
    use super::{Tense, at};

    /// The binary search gives the verb the scan of every verb gave: the
    /// nearest one, the one after on a tie.
    #[test]
    fn nearest_verb_as_by_scan() {
        let scan = |m: &[super::Mark], i: usize| {
            m.iter()
                .min_by_key(|(j, _, _)| (j.abs_diff(i), *j < i))
                .map_or(Tense::None, |&(_, t, _)| t)
        };
        let kinds = [Tense::Past, Tense::Future, Tense::Present];
        for n in 0..6 {
            for gap in 1..4 {
                let m: Vec<super::Mark> = (0..n)
                    .map(|k| (1 + k * gap, kinds[k % kinds.len()], false))
                    .collect();
                for i in 0..n * gap + 3 {
                    assert_eq!(at(&m, i), scan(&m, i), "{m:?} at {i}");
                }
            }
        }
    }
}
