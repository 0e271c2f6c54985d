//! The output model: what one analysed document looks like.
//!
//! These types are the JSON contract (schema 1, `CONTRACT.md`): field names
//! and meanings here change only together with that document. Every span
//! carries code-point offsets (`start`/`end`, what Python slicing uses) and
//! byte offsets (`byte_start`/`byte_end`, what Rust slicing uses), both into
//! the decoded input text.

use std::borrow::Cow;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::Serialize;

/// The schema version written in every output object.
pub const SCHEMA_VERSION: u32 = 1;

/// The analysis of one document.
//
// (Not a doc comment: the JSON Schema takes its description from the
// first.) The texts of its sentences and mentions are borrowed from the
// analysed text (`'a`), so that an analysis costs no copy of its input;
// `Analysis::into_owned` keeps one beyond the text.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Analysis<'a> {
    /// Schema version of this object, [`SCHEMA_VERSION`].
    pub schema: u32,
    /// The `id` of the input line in JSON Lines mode, copied through.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    /// The path as given, or `-` for standard input.
    pub source: String,
    /// The name of the encoding the input was decoded from, when it was
    /// read from bytes (`UTF-8`, `UTF-16LE`, `windows-1252`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_encoding: Option<String>,
    /// How many malformed byte sequences of the input were replaced by
    /// U+FFFD when it was decoded; absent when none was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_replacements: Option<usize>,
    /// Language of the analysis: always `fr`.
    pub language: &'static str,
    /// The date relative expressions were resolved against, `YYYY-MM-DD`.
    pub reference_date: Option<String>,
    /// Where `reference_date` came from; absent when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_date_from: Option<DateOrigin>,
    /// Size counts.
    pub stats: Stats,
    /// Sentences in text order, trimmed of surrounding white space.
    pub sentences: Vec<Sentence<'a>>,
    /// Named entities in text order.
    pub entities: Vec<Entity<'a>>,
    /// Amounts of money in text order.
    pub money: Vec<Money<'a>>,
    /// Temporal expressions in text order.
    pub dates: Vec<DateMention<'a>>,
    /// Percentages and percentage points in text order.
    pub percentages: Vec<Percentage<'a>>,
    /// Reported speech, direct and indirect, in text order.
    pub quotes: Vec<Quote<'a>>,
    /// Facts (deals, results, roles) in order of their trigger.
    pub events: Vec<Event<'a>>,
    /// Per-document aggregates.
    pub summary: Summary<'a>,
}

impl Analysis<'_> {
    /// The same analysis with its texts copied, free of the analysed text.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = String::from("Il pleut. Il vente.");
    /// let a = analyze::Analyzer::new().analyze(&text).into_owned();
    /// drop(text);
    /// assert_eq!(a.sentences[1].text, "Il vente.");
    /// ```
    pub fn into_owned(self) -> Analysis<'static> {
        let own = |t: Cow<'_, str>| Cow::Owned(t.into_owned());
        Analysis {
            schema: self.schema,
            id: self.id,
            source: self.source,
            source_encoding: self.source_encoding,
            source_replacements: self.source_replacements,
            language: self.language,
            reference_date: self.reference_date,
            reference_date_from: self.reference_date_from,
            stats: self.stats,
            sentences: self
                .sentences
                .into_iter()
                .map(|s| Sentence { span: s.span, text: own(s.text) })
                .collect(),
            entities: self
                .entities
                .into_iter()
                .map(|e| Entity {
                    text: own(e.text),
                    label: e.label,
                    span: e.span,
                    sentence: e.sentence,
                    canonical: e.canonical,
                })
                .collect(),
            money: self
                .money
                .into_iter()
                .map(|m| Money {
                    text: own(m.text),
                    span: m.span,
                    sentence: m.sentence,
                    amount: m.amount,
                    currency: m.currency,
                    min: m.min,
                    max: m.max,
                    qualifier: m.qualifier,
                })
                .collect(),
            dates: self
                .dates
                .into_iter()
                .map(|d| DateMention {
                    text: own(d.text),
                    span: d.span,
                    sentence: d.sentence,
                    kind: d.kind,
                    value: d.value,
                    modifier: d.modifier,
                    end_value: d.end_value,
                })
                .collect(),
            percentages: self
                .percentages
                .into_iter()
                .map(|p| Percentage { text: own(p.text), ..p })
                .collect(),
            quotes: self.quotes.into_iter().map(Quote::into_owned).collect(),
            events: self.events.into_iter().map(Event::into_owned).collect(),
            summary: Summary {
                entities: self
                    .summary
                    .entities
                    .into_iter()
                    .map(|e| EntitySummary {
                        forms: e.forms.into_iter().map(own).collect(),
                        ..e
                    })
                    .collect(),
                ..self.summary
            },
        }
    }
}

/// Where a document's reference date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DateOrigin {
    /// The `--ref-date` option.
    Option,
    /// The document's own `reference_date` field (JSON Lines input).
    Input,
    /// Read from the document text.
    Text,
}

impl DateOrigin {
    /// Says where the date came from, for people.
    pub fn describe(self) -> &'static str {
        match self {
            DateOrigin::Option => "from --ref-date",
            DateOrigin::Input => "from the input line",
            DateOrigin::Text => "read from the text",
        }
    }
}

/// Size counts of a document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Stats {
    /// Number of Unicode code points.
    pub characters: usize,
    /// Number of words: runs of letters and digits, split at apostrophes
    /// and hyphens (see `text::word_count`).
    pub words: usize,
    /// Number of sentences.
    pub sentences: usize,
}

/// Where a span sits in the input text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema,
)]
pub struct Span {
    /// Start offset in code points.
    pub start: usize,
    /// End offset in code points, exclusive.
    pub end: usize,
    /// Start offset in bytes of the UTF-8 text.
    pub byte_start: usize,
    /// End offset in bytes, exclusive.
    pub byte_end: usize,
}

/// One sentence.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Sentence<'a> {
    /// Position of the sentence.
    #[serde(flatten)]
    pub span: Span,
    /// The sentence text, `input[start..end]`.
    pub text: Cow<'a, str>,
}

/// The label set of named entities (WikiNER / CoNLL / spaCy French).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    JsonSchema,
)]
pub enum Label {
    /// People.
    #[serde(rename = "PER")]
    Per,
    /// Companies, institutions, media, funds.
    #[serde(rename = "ORG")]
    Org,
    /// Places: countries, states, cities, regions.
    #[serde(rename = "LOC")]
    Loc,
    /// Products, models, works, events.
    #[serde(rename = "MISC")]
    Misc,
}

impl Label {
    /// The label as written in the output (`PER`, `ORG`, `LOC`, `MISC`).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
        }
    }

    /// Parses a label as written in the output.
    ///
    /// # Examples
    ///
    /// ```
    /// use analyze::model::Label;
    /// assert_eq!(Label::parse("ORG"), Some(Label::Org));
    /// assert_eq!(Label::parse("org"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Label> {
        match s {
            "PER" => Some(Label::Per),
            "ORG" => Some(Label::Org),
            "LOC" => Some(Label::Loc),
            "MISC" => Some(Label::Misc),
            _ => None,
        }
    }
}

/// One mention of a named entity.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Entity<'a> {
    /// The mention text, `input[start..end]`.
    pub text: Cow<'a, str>,
    /// PER, ORG, LOC or MISC.
    pub label: Label,
    /// Position of the mention.
    #[serde(flatten)]
    pub span: Span,
    /// Index of the sentence holding the mention start.
    pub sentence: usize,
    /// One name shared by every mention of the same thing in the document.
    pub canonical: Arc<str>,
}

/// One amount of money.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Money<'a> {
    /// The amount text, `input[start..end]`: number, scale and currency.
    pub text: Cow<'a, str>,
    /// Position of the amount.
    #[serde(flatten)]
    pub span: Span,
    /// Index of the sentence holding the amount start.
    pub sentence: usize,
    /// The full value (`6 milliards` is 6000000000), written as a JSON
    /// integer when it is whole.
    #[serde(serialize_with = "number")]
    pub amount: f64,
    /// ISO 4217 code, or `None` when the text does not say.
    pub currency: Option<String>,
    /// Lower bound, for a range (`entre 5 et 10 millions`) or `plus de`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_number"
    )]
    pub min: Option<f64>,
    /// Upper bound, for a range or `moins de`/`jusqu'à`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_number"
    )]
    pub max: Option<f64>,
    /// A qualifier read before the amount (`près de`, `plus de`, ...), not
    /// part of the span.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
}

/// One temporal expression, normalised to TIMEX3.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct DateMention<'a> {
    /// The expression text, `input[start..end]`.
    pub text: Cow<'a, str>,
    /// Position of the expression.
    #[serde(flatten)]
    pub span: Span,
    /// Index of the sentence holding the expression start.
    pub sentence: usize,
    /// TIMEX3 type: `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: DateType,
    /// TIMEX3 value (`2024-05-26`, `2024-SP`, `P3Y`, `PAST_REF`, ...).
    pub value: String,
    /// TIMEX3 modifier (`START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`).
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// For an interval (`du 3 au 5 mars`): the value of its end, inclusive;
    /// `value` then holds the start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_value: Option<String>,
}

/// The TIMEX3 types.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    JsonSchema,
)]
#[serde(rename_all = "UPPERCASE")]
pub enum DateType {
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// A length of time.
    Duration,
    /// A recurrence.
    Set,
}

impl DateType {
    /// The type as written in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            DateType::Date => "DATE",
            DateType::Time => "TIME",
            DateType::Duration => "DURATION",
            DateType::Set => "SET",
        }
    }
}

/// Per-document aggregates.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
pub struct Summary<'a> {
    /// One row per canonical entity, most mentioned first.
    pub entities: Vec<EntitySummary<'a>>,
    /// Number of amounts and their total, per currency (`null` last).
    pub money: Vec<MoneySummary>,
    /// Number of temporal expressions per TIMEX3 type.
    pub dates: DateSummary,
    /// Number of percentages (percentage points included).
    pub percentages: usize,
    /// Who is quoted, and how often.
    pub quotes: QuoteSummary,
    /// Number of events per type.
    pub events: EventSummary,
}

/// One canonical entity of a document.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct EntitySummary<'a> {
    /// The canonical name.
    pub canonical: Arc<str>,
    /// Its label.
    pub label: Label,
    /// How many mentions it has.
    pub mentions: usize,
    /// The distinct surface forms, in order of first appearance.
    pub forms: Vec<Cow<'a, str>>,
}

/// The amounts of one currency in a document.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct MoneySummary {
    /// ISO 4217 code, or `null` for amounts without a currency.
    pub currency: Option<String>,
    /// Number of amounts.
    pub count: usize,
    /// Sum of the amounts.
    #[serde(serialize_with = "number")]
    pub total: f64,
}

/// Counts of temporal expressions per type.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct DateSummary {
    /// `DATE` expressions.
    pub date: usize,
    /// `TIME` expressions.
    pub time: usize,
    /// `DURATION` expressions.
    pub duration: usize,
    /// `SET` expressions.
    pub set: usize,
}

/// One percentage, or a number of percentage points.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Percentage<'a> {
    /// The number and its sign and unit, `input[start..end]` (`12,5 %`,
    /// `+3,6 %`, `2,5 pour cent`, `3 et 5 %` for a range).
    pub text: Cow<'a, str>,
    /// Position of the percentage.
    #[serde(flatten)]
    pub span: Span,
    /// Index of the sentence holding the percentage start.
    pub sentence: usize,
    /// The number, in percent (`12,5 %` is 12.5; 25 basis points are
    /// 0.25); the lower bound of a range.
    #[serde(serialize_with = "number")]
    pub value: f64,
    /// Lower bound, for a range (`entre 3 et 5 %`) or `plus de`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_number"
    )]
    pub min: Option<f64>,
    /// Upper bound, for a range or `moins de`/`jusqu'à`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "opt_number"
    )]
    pub max: Option<f64>,
    /// A qualifier read before the number (`plus de`, `près de`, ...), not
    /// part of the span.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// `true` for percentage points (`3 points de pourcentage`, `+0,5
    /// point`, basis points); absent for percentages.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub points: bool,
}

/// Whether a quote gives the words themselves or reports them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// The words between quotation marks, the marks left out.
    Direct,
    /// The clause a speech verb or `selon` introduces.
    Indirect,
}

/// The gender of a speaker, when the text shows it.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// A woman: `Mme`, `la ministre`, `a-t-elle déclaré`, a female given
    /// name.
    Female,
    /// A man: `M.`, `le ministre`, `a-t-il déclaré`, a male given name.
    Male,
}

/// A span of text with no value of its own: the cue of a quote.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Cue<'a> {
    /// The words, `input[start..end]` (`explique`, `a déclaré`, `selon`).
    pub text: Cow<'a, str>,
    /// Position of the words.
    #[serde(flatten)]
    pub span: Span,
}

/// The one who speaks: a name, a noun phrase or a pronoun.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Speaker<'a> {
    /// The mention, `input[start..end]` (`Nathan Benaich`, `le ministre`,
    /// `il`).
    pub text: Cow<'a, str>,
    /// Position of the mention.
    #[serde(flatten)]
    pub span: Span,
    /// The canonical name of the entity it is or stands for, `null` for a
    /// noun phrase or a pronoun that names no one for sure.
    pub canonical: Option<String>,
    /// The label of that entity, `null` without one.
    pub label: Option<Label>,
    /// The gender the text shows, absent when it shows none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
}

/// One quote: reported speech or writing, with its cue and speaker.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Quote<'a> {
    /// The words quoted or reported, `input[start..end]`, without the
    /// quotation marks.
    pub text: Cow<'a, str>,
    /// Position of the words.
    #[serde(flatten)]
    pub span: Span,
    /// Index of the sentence holding the quote start.
    pub sentence: usize,
    /// `direct` or `indirect`.
    pub kind: QuoteKind,
    /// The words that attribute the quote, `null` when only the context
    /// does.
    pub cue: Option<Cue<'a>>,
    /// Who speaks, `null` when nobody is named.
    pub speaker: Option<Speaker<'a>>,
}

impl Quote<'_> {
    /// The same quote with its texts copied.
    pub fn into_owned(self) -> Quote<'static> {
        Quote {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            sentence: self.sentence,
            kind: self.kind,
            cue: self.cue.map(|c| Cue {
                text: Cow::Owned(c.text.into_owned()),
                span: c.span,
            }),
            speaker: self.speaker.map(|s| Speaker {
                text: Cow::Owned(s.text.into_owned()),
                ..s
            }),
        }
    }
}

/// The types of events.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// Money raised by a company: `lever`, `levée de fonds`, `tour de
    /// table`, `investir dans`.
    Funding,
    /// A company or a stake bought or sold: `racheter`, `rachat`,
    /// `acquérir`, `céder`.
    Acquisition,
    /// What a company is worth, when no funding round states it.
    Valuation,
    /// A reported figure: revenue, profit, loss, orders.
    Result,
    /// Who holds which position, where.
    Role,
}

impl EventType {
    /// The type as written in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Funding => "funding",
            EventType::Acquisition => "acquisition",
            EventType::Valuation => "valuation",
            EventType::Result => "result",
            EventType::Role => "role",
        }
    }
}

/// How far an acquisition has gone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// It happened: `a racheté`, `a finalisé le rachat`.
    Done,
    /// It was announced: `annonce le rachat`, `va racheter`, `en passe
    /// de`.
    Announced,
    /// It is considered: `envisage`, `serait en discussions`.
    Planned,
}

/// What a `result` event measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// `chiffre d'affaires`, `ventes`, `revenus`.
    Revenue,
    /// `bénéfice net`, `résultat net`.
    NetIncome,
    /// `résultat opérationnel`, `résultat d'exploitation`.
    OperatingIncome,
    /// `Ebitda`, `excédent brut d'exploitation`.
    Ebitda,
    /// `perte`, `perte nette`.
    Loss,
    /// `carnet de commandes`, `prises de commandes`.
    Orders,
    /// Any other figure.
    Other,
}

/// An entity an event argument points to, copied.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct EntityRef<'a> {
    /// The mention text.
    pub text: Cow<'a, str>,
    /// Position of the mention.
    #[serde(flatten)]
    pub span: Span,
    /// The entity's canonical name.
    pub canonical: Arc<str>,
    /// The entity's label.
    pub label: Label,
}

/// An amount an event argument points to, copied.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct MoneyRef<'a> {
    /// The amount text.
    pub text: Cow<'a, str>,
    /// Position of the amount.
    #[serde(flatten)]
    pub span: Span,
    /// The full value.
    #[serde(serialize_with = "number")]
    pub amount: f64,
    /// ISO 4217 code, or `null`.
    pub currency: Option<String>,
}

/// A date an event argument points to, copied.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct DateRef<'a> {
    /// The expression text.
    pub text: Cow<'a, str>,
    /// Position of the expression.
    #[serde(flatten)]
    pub span: Span,
    /// TIMEX3 value.
    pub value: String,
}

/// A percentage an event argument points to, copied.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct PercentRef<'a> {
    /// The percentage text.
    pub text: Cow<'a, str>,
    /// Position of the percentage.
    #[serde(flatten)]
    pub span: Span,
    /// The number, in percent.
    #[serde(serialize_with = "number")]
    pub value: f64,
}

/// The arguments of an event; each type fills its own roles (see
/// [`EventType`] and `CONTRACT.md`), the others are absent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
pub struct EventArgs<'a> {
    /// funding, valuation, result: the company concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<EntityRef<'a>>,
    /// acquisition: what is bought.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<EntityRef<'a>>,
    /// acquisition: who buys.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buyer: Option<EntityRef<'a>>,
    /// acquisition: who sells.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seller: Option<EntityRef<'a>>,
    /// role: who holds the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<EntityRef<'a>>,
    /// role: the position as written (`PDG`, `ministre de l'Économie`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// role: where the position is held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<EntityRef<'a>>,
    /// funding: who invests; absent when the text names no one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub investors: Vec<EntityRef<'a>>,
    /// funding: money raised; acquisition: price; valuation: the value;
    /// result: the figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<MoneyRef<'a>>,
    /// funding: the valuation the round sets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valuation: Option<MoneyRef<'a>>,
    /// funding: the round as written (`série B`, `amorçage`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round: Option<String>,
    /// acquisition: the share bought, a percentage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stake: Option<PercentRef<'a>>,
    /// acquisition: how far it has gone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// result: what is measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metric: Option<Metric>,
    /// result: the change, a percentage (`en hausse de 8 %`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<PercentRef<'a>>,
    /// result: the period the figure covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<DateRef<'a>>,
    /// funding, acquisition, valuation: when it happened or was
    /// announced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<DateRef<'a>>,
}

/// One fact the article states: a deal, a figure or a role.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Event<'a> {
    /// The type of the fact.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// The trigger, the verb or noun that states the fact,
    /// `input[start..end]`.
    pub text: Cow<'a, str>,
    /// Position of the trigger.
    #[serde(flatten)]
    pub span: Span,
    /// Index of the sentence holding the trigger.
    pub sentence: usize,
    /// The mentions that fill the roles of the fact.
    pub args: EventArgs<'a>,
}

impl Event<'_> {
    /// The same event with its texts copied.
    pub fn into_owned(self) -> Event<'static> {
        fn own(t: Cow<'_, str>) -> Cow<'static, str> {
            Cow::Owned(t.into_owned())
        }
        let ent = |e: EntityRef<'_>| EntityRef {
            text: own(e.text),
            span: e.span,
            canonical: e.canonical,
            label: e.label,
        };
        let money = |m: MoneyRef<'_>| MoneyRef {
            text: own(m.text),
            span: m.span,
            amount: m.amount,
            currency: m.currency,
        };
        let pct = |p: PercentRef<'_>| PercentRef {
            text: own(p.text),
            span: p.span,
            value: p.value,
        };
        let date = |d: DateRef<'_>| DateRef {
            text: own(d.text),
            span: d.span,
            value: d.value,
        };
        let a = self.args;
        Event {
            kind: self.kind,
            text: own(self.text),
            span: self.span,
            sentence: self.sentence,
            args: EventArgs {
                company: a.company.map(ent),
                target: a.target.map(ent),
                buyer: a.buyer.map(ent),
                seller: a.seller.map(ent),
                person: a.person.map(ent),
                title: a.title,
                organization: a.organization.map(ent),
                investors: a.investors.into_iter().map(ent).collect(),
                amount: a.amount.map(money),
                valuation: a.valuation.map(money),
                round: a.round,
                stake: a.stake.map(pct),
                status: a.status,
                metric: a.metric,
                change: a.change.map(pct),
                period: a.period.map(date),
                date: a.date.map(date),
            },
        }
    }
}

/// Who is quoted in a document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
pub struct QuoteSummary {
    /// One row per speaker (canonical name, or the noun phrase when it
    /// names no one), most quoted first.
    pub speakers: Vec<SpeakerSummary>,
    /// Number of quotes by the gender of their speaker.
    pub by_gender: GenderCounts,
}

/// One quoted speaker.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct SpeakerSummary {
    /// The canonical name, or the noun phrase as written.
    pub speaker: String,
    /// The entity label, `null` for a noun phrase.
    pub label: Option<Label>,
    /// The gender the text shows, `null` when it shows none.
    pub gender: Option<Gender>,
    /// How many quotes the speaker has.
    pub quotes: usize,
}

/// Counts of quotes by the gender of their speaker.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct GenderCounts {
    /// Quotes of women.
    pub female: usize,
    /// Quotes of men.
    pub male: usize,
    /// Quotes whose speaker's gender is not shown, or with no speaker.
    pub unknown: usize,
}

/// Number of events per type.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct EventSummary {
    /// `funding` events.
    pub funding: usize,
    /// `acquisition` events.
    pub acquisition: usize,
    /// `valuation` events.
    pub valuation: usize,
    /// `result` events.
    pub result: usize,
    /// `role` events.
    pub role: usize,
}

/// Writes a whole number that fits an `i64` exactly as a JSON integer
/// (`6000000000`, not `6000000000.0`), anything else as a float; for
/// `#[serde(serialize_with = ...)]` on amounts and totals.
///
/// # Errors
///
/// Any error of the serializer.
pub fn number<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    // 2^53: above it an f64 no longer holds every integer.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if v.fract() == 0.0 && v.abs() <= EXACT {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn opt_number<S: serde::Serializer>(
    v: &Option<f64>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}
