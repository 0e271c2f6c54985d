//! Extractors: one trait, one file per kind, one registry.
//!
//! An [`Extractor`] reads a [`Doc`] (the text, its sentences and the
//! reference date) and pushes [`Candidate`]s in byte offsets. Extractors
//! never resolve overlaps themselves: [`resolve`] does it once for all of
//! them, so that the rule is the same everywhere. Nothing here formats
//! output; the model turns the kept candidates into contract items.

pub mod dates;
pub mod entities;
pub mod money;
pub mod percentages;
pub mod reference;

use std::ops::Range;

use crate::model::{DateType, Label};

/// What an extractor sees of a document.
#[derive(Clone, Copy, Debug)]
pub struct Doc<'a> {
    /// The decoded text.
    pub text: &'a str,
    /// Byte ranges of the sentences, in order.
    pub sentences: &'a [Range<usize>],
    /// The date relative expressions are resolved against, if known.
    pub reference_date: Option<jiff::civil::Date>,
}

/// A span found by an extractor, in byte offsets into [`Doc::text`].
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset, exclusive.
    pub end: usize,
    /// What was found there.
    pub found: Found,
}

/// What a candidate is, with its normalised value.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// A named entity.
    Entity(EntityValue),
    /// An amount of money (boxed, as dates: entities are most candidates,
    /// and a candidate is as large as its largest kind).
    Money(Box<MoneyValue>),
    /// A temporal expression.
    Date(Box<DateValue>),
    /// A percentage or a number of percentage points.
    Percentage(Box<PercentValue>),
}

impl Found {
    /// Which output list the candidate goes to.
    pub fn kind(&self) -> Kind {
        match self {
            Found::Entity(_) => Kind::Entities,
            Found::Money(_) => Kind::Money,
            Found::Date(_) => Kind::Dates,
            Found::Percentage(_) => Kind::Percentages,
        }
    }
}

/// The normalised value of a named entity mention.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityValue {
    /// PER, ORG, LOC or MISC.
    pub label: Label,
    /// The name shared by all mentions of the same thing (one string for
    /// all of them).
    pub canonical: std::sync::Arc<str>,
}

/// The normalised value of an amount of money.
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyValue {
    /// The full value.
    pub amount: f64,
    /// ISO 4217 code, if the text says.
    pub currency: Option<&'static str>,
    /// Lower bound of a range or of `plus de`.
    pub min: Option<f64>,
    /// Upper bound of a range or of `moins de`.
    pub max: Option<f64>,
    /// Qualifier read before the span (`près de`, `plus de`, ...).
    pub qualifier: Option<&'static str>,
}

/// The normalised value of a temporal expression.
#[derive(Clone, Debug, PartialEq)]
pub struct DateValue {
    /// TIMEX3 type.
    pub kind: DateType,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 modifier.
    pub modifier: Option<&'static str>,
    /// Value of the inclusive end of an interval.
    pub end_value: Option<String>,
}

/// The normalised value of a percentage.
#[derive(Clone, Debug, PartialEq)]
pub struct PercentValue {
    /// The number in percent; the lower bound of a range.
    pub value: f64,
    /// Lower bound of a range or of `plus de`.
    pub min: Option<f64>,
    /// Upper bound of a range or of `moins de`.
    pub max: Option<f64>,
    /// Qualifier read before the span (`plus de`, `près de`, ...).
    pub qualifier: Option<&'static str>,
    /// Percentage points rather than percent.
    pub points: bool,
}

/// The kinds of output an analysis can compute (`--only`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Sentence spans.
    Sentences,
    /// Named entities.
    Entities,
    /// Amounts of money.
    Money,
    /// Temporal expressions.
    Dates,
    /// Percentages and percentage points.
    Percentages,
    /// Reported speech and its speakers (a stage over the mentions).
    Quotes,
    /// Deals, results and roles (a stage over the mentions).
    Events,
}

impl Kind {
    /// Every kind, in output order.
    pub const ALL: [Kind; 7] = [
        Kind::Sentences,
        Kind::Entities,
        Kind::Money,
        Kind::Dates,
        Kind::Percentages,
        Kind::Quotes,
        Kind::Events,
    ];

    /// The kinds found by extractors, whose candidates compete in
    /// [`resolve`], in priority order.
    pub const MENTIONS: [Kind; 4] =
        [Kind::Money, Kind::Percentages, Kind::Dates, Kind::Entities];

    /// The kinds that must be computed for this one to come out as it does
    /// in a full analysis. The stages read the mentions; and mentions of
    /// every kind compete in [`resolve`], where the leftmost and longest
    /// wins whatever its kind, so one kind of mention comes out as in a
    /// full run only when all are found (`--only dates` must not report
    /// the `Mai` of `Mai Renault`, which an entity takes in a full run).
    ///
    /// # Examples
    ///
    /// ```
    /// use analyze::extract::Kind;
    /// assert_eq!(Kind::Sentences.needs(), [Kind::Sentences]);
    /// assert!(Kind::Money.needs().contains(&Kind::Entities));
    /// assert!(Kind::Quotes.needs().contains(&Kind::Quotes));
    /// ```
    pub fn needs(self) -> Vec<Kind> {
        match self {
            Kind::Sentences => vec![Kind::Sentences],
            k => {
                let mut all = Kind::MENTIONS.to_vec();
                if !all.contains(&k) {
                    all.push(k);
                }
                all
            }
        }
    }

    /// The name used on the command line and in the JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Sentences => "sentences",
            Kind::Entities => "entities",
            Kind::Money => "money",
            Kind::Dates => "dates",
            Kind::Percentages => "percentages",
            Kind::Quotes => "quotes",
            Kind::Events => "events",
        }
    }

    /// Parses a name from [`Kind::name`].
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }

    /// Priority when two candidates of different kinds cover the same span:
    /// lower wins. An amount holds numbers that could read as a year, and a
    /// date holds month names that could read as a name.
    fn priority(self) -> u8 {
        match self {
            Kind::Money => 0,
            Kind::Percentages => 1,
            Kind::Dates => 2,
            Kind::Entities => 3,
            Kind::Sentences | Kind::Quotes | Kind::Events => 4,
        }
    }
}

/// Finds candidates of one kind.
pub trait Extractor: Send + Sync {
    /// The kind of candidates this extractor finds.
    fn kind(&self) -> Kind;

    /// Pushes every candidate found in `doc` to `out`, in any order.
    /// Candidates may overlap each other; [`resolve`] decides.
    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>);
}

/// Keeps a set of non-overlapping candidates, sorted by start.
///
/// The leftmost candidate wins; among those that start at the same offset,
/// the longest; among those of the same span, the kind with the higher
/// priority (money, percentages, dates, entities). Empty or out-of-range
/// candidates are dropped.
///
/// # Examples
///
/// ```
/// use analyze::extract::{resolve, Candidate, Found, EntityValue};
/// use analyze::model::Label;
/// let e = |start, end| Candidate {
///     start,
///     end,
///     found: Found::Entity(EntityValue { label: Label::Org, canonical: "".into() }),
/// };
/// let kept = resolve(vec![e(5, 9), e(0, 16), e(20, 25)], 30);
/// assert_eq!(kept.iter().map(|c| (c.start, c.end)).collect::<Vec<_>>(), [(0, 16), (20, 25)]);
/// ```
pub fn resolve(mut cands: Vec<Candidate>, text_len: usize) -> Vec<Candidate> {
    cands.retain(|c| c.start < c.end && c.end <= text_len);
    cands.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(a.found.kind().priority().cmp(&b.found.kind().priority()))
    });
    // Kept in place: the candidates of a large document take megabytes,
    // and a second vector would hold them twice.
    let mut end = 0;
    cands.retain(|c| {
        let keep = c.start >= end;
        if keep {
            end = c.end;
        }
        keep
    });
    cands.shrink_to_fit();
    cands
}

/// The extractors of the kinds in `computed`, in registry order:
/// entities, money, dates, percentages.
///
/// A new kind of extractor is added here and nowhere else.
pub fn registry(
    options: &crate::Options,
    computed: &[Kind],
) -> Vec<Box<dyn Extractor>> {
    let mut all: Vec<Box<dyn Extractor>> = Vec::new();
    if computed.contains(&Kind::Entities) {
        all.push(Box::new(entities::EntityExtractor::new(&options.gazetteer)));
    }
    if computed.contains(&Kind::Money) {
        all.push(Box::new(money::MoneyExtractor::new()));
    }
    if computed.contains(&Kind::Dates) {
        all.push(Box::new(dates::DateExtractor::new()));
    }
    if computed.contains(&Kind::Percentages) {
        all.push(Box::new(percentages::PercentageExtractor::new()));
    }
    all
}
