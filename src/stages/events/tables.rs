//! The rule tables of the events stage (`data/events/`), parsed once:
//! the triggers with their frames, the titles of roles and the cue words
//! read around a trigger.

use std::sync::LazyLock;

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind,
};

use crate::lexicon::{FastMap, rows};
use crate::model::Metric;

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

/// The triggers and titles, matched in one pass over the text.
pub struct Triggers {
    /// Leftmost-longest, ASCII case-insensitive, both apostrophes; a DFA.
    pub automaton: AhoCorasick,
    /// The frame of each pattern.
    pub frames: Vec<Frame>,
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
        m => Frame::Metric(metric(m.strip_prefix("metric:").unwrap_or(m))),
    }
}

/// The triggers of `triggers.tsv` and the titles of `titles.tsv`.
pub static TRIGGERS: LazyLock<Triggers> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut frames = Vec::new();
    // Each form with both apostrophes; the search is ASCII
    // case-insensitive (`Rachat`, `OPA`) on a DFA, the fastest to search.
    let mut add = |form: &str, f: Frame| {
        patterns.push(form.to_string());
        frames.push(f);
        if form.contains('\'') {
            patterns.push(form.replace('\'', "\u{2019}"));
            frames.push(f);
        }
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
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("the event triggers form a valid automaton");
    Triggers { automaton, frames }
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
            ];
            assert!(
                known.contains(&name) || name.starts_with("metric:"),
                "unknown frame {name:?}"
            );
        }
    }
}
