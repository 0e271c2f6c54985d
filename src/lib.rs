//! `analyze` reads French news text and says what is in it: sentences,
//! named entities (people, organisations, places, products), amounts of
//! money and temporal expressions, each normalised and placed by offset.
//!
//! The pipeline, in order:
//!
//! 1. [`input`]: bytes to text (encodings, BOM), JSON Lines documents;
//! 2. [`text`]: sentences and words;
//! 3. [`extract`]: one extractor per kind, overlaps resolved in one place;
//! 4. [`model`]: the output types, the JSON contract (schema 1);
//! 5. [`render`]: JSON and the text report.
//!
//! [`eval`] scores analyses against hand-annotated gold documents.
//!
//! An [`Analyzer`] is built once (every table and pattern compiled once) and
//! analyses any number of documents, from any number of threads.
//!
//! # Examples
//!
//! ```
//! let analyzer = analyze::Analyzer::new();
//! let a = analyzer.analyze("Il pleut. Il vente.");
//! assert_eq!(a.sentences.len(), 2);
//! assert_eq!(a.sentences[1].text, "Il vente.");
//! assert_eq!(a.sentences[1].span.start, 10);
//! ```

#![deny(missing_docs)]

pub mod error;
pub mod eval;
pub mod extract;
pub mod input;
pub mod lexicon;
pub mod model;
pub mod offsets;
pub mod render;
pub mod stages;
pub mod text;

use std::borrow::Cow;

pub use error::{Error, ErrorKind};
use extract::{Candidate, Doc, Extractor, Found, Kind};
pub use model::Analysis;
use model::{
    Cue, DateMention, DateRef, DateSummary, DateType, Entity, EntityRef,
    EntitySummary, Event, EventArgs, EventSummary, EventType, Gender, Money,
    MoneyRef, MoneySummary, PercentRef, Percentage, Quote, QuoteSummary,
    Sentence, Span, Speaker, SpeakerSummary, Stats, Summary,
};
use offsets::OffsetMap;
use stages::{EventFound, Mentions, QuoteFound};

/// What an [`Analyzer`] computes and with which extra tables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The kinds to report (`--only`). What they need is computed too
    /// ([`Kind::needs`]) but not reported; sentences are always computed
    /// and reported, since every item's `sentence` points into them, and
    /// the document's metadata (reference date, stats) never depends on
    /// the kinds.
    pub kinds: Vec<Kind>,
    /// Names added or overridden at run time (`--gazetteer`).
    pub gazetteer: Vec<extract::entities::GazetteerEntry>,
}

impl Default for Options {
    fn default() -> Options {
        Options { kinds: Kind::ALL.to_vec(), gazetteer: Vec::new() }
    }
}

/// Facts about a document that are not in its text.
#[derive(Clone, Debug, Default)]
pub struct DocInfo<'a> {
    /// The path as given, or `-`.
    pub source: &'a str,
    /// The date relative expressions are resolved against.
    pub reference_date: Option<jiff::civil::Date>,
    /// Where the reference date came from.
    pub reference_date_from: Option<model::DateOrigin>,
    /// The JSON Lines `id`, copied to the output.
    pub id: Option<serde_json::Value>,
    /// The encoding the text was decoded from.
    pub encoding: Option<&'static str>,
    /// How many malformed byte sequences decoding replaced by U+FFFD.
    pub replacements: usize,
}

/// Analyses documents. Build it once; it is `Send + Sync`.
pub struct Analyzer {
    options: Options,
    /// The kinds computed: those asked for and what they need.
    computed: Vec<Kind>,
    extractors: Vec<Box<dyn Extractor>>,
    /// Reads a dateline's date when no extractor of dates is in the
    /// registry.
    reference_dates: Option<Box<dyn Extractor>>,
}

impl Default for Analyzer {
    fn default() -> Analyzer {
        Analyzer::new()
    }
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer").field("options", &self.options).finish()
    }
}

impl Analyzer {
    /// An analyzer of every kind, with the built-in tables only.
    pub fn new() -> Analyzer {
        Analyzer::with_options(Options::default())
    }

    /// An analyzer with the given options.
    pub fn with_options(options: Options) -> Analyzer {
        let mut computed: Vec<Kind> =
            options.kinds.iter().flat_map(|k| k.needs()).collect();
        computed.sort();
        computed.dedup();
        let extractors = extract::registry(&options, &computed);
        let reference_dates: Option<Box<dyn Extractor>> =
            match computed.contains(&Kind::Dates) {
                true => None,
                false => Some(Box::new(extract::dates::DateExtractor::new())),
            };
        Analyzer { options, computed, extractors, reference_dates }
    }

    /// The options this analyzer was built with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Analyses `text`, with no source name and no reference date.
    pub fn analyze<'t>(&self, text: &'t str) -> Analysis<'t> {
        self.analyze_with(text, &DocInfo { source: "-", ..DocInfo::default() })
    }

    /// Analyses `text` with what is known about the document.
    pub fn analyze_with<'t>(
        &self,
        text: &'t str,
        info: &DocInfo<'_>,
    ) -> Analysis<'t> {
        let mut one = self.analyze_batch(&[(text, info)]);
        one.pop().expect("one analysis per document")
    }

    /// Analyses several documents, each exactly as
    /// [`Analyzer::analyze_with`] would, one stage at a time over all of
    /// them: the sentences of every document, then each extractor over
    /// every document, then the quotes, the events and the output. A stage
    /// that runs over a few dozen news articles in a row keeps its code and
    /// tables in the processor's caches; run article by article, every
    /// stage starts cold, which costs a third of the time on articles of a
    /// few kilobytes. The analyses come back in the order of `docs`.
    pub fn analyze_batch<'t>(
        &self,
        docs: &[(&'t str, &DocInfo<'_>)],
    ) -> Vec<Analysis<'t>> {
        let sentences: Vec<Vec<std::ops::Range<usize>>> = docs
            .iter()
            .map(|(text, _)| text::sentences::split(text))
            .collect();
        let infos: Vec<DocInfo<'_>> = docs
            .iter()
            .zip(&sentences)
            .map(|(&(text, info), sentences)| {
                self.dated(text, sentences, info)
            })
            .collect();
        let mut cands: Vec<Vec<Candidate>> = vec![Vec::new(); docs.len()];
        for ex in &self.extractors {
            for (i, (text, _)) in docs.iter().enumerate() {
                let doc = Doc {
                    text,
                    sentences: &sentences[i],
                    reference_date: infos[i].reference_date,
                };
                ex.find(&doc, &mut cands[i]);
            }
        }
        let kept: Vec<Vec<Candidate>> = cands
            .into_iter()
            .zip(docs)
            .map(|(cands, (text, _))| extract::resolve(cands, text.len()))
            .collect();
        let (with_quotes, with_events) = (
            self.computed.contains(&Kind::Quotes),
            self.computed.contains(&Kind::Events),
        );
        // Each document's view of its kept mentions, built once for both
        // stages (a long document's look-up tables are built from all its
        // mentions and sentences).
        let views: Vec<Mentions<'_>> = match with_quotes || with_events {
            true => (0..docs.len())
                .map(|i| Mentions::new(docs[i].0, &sentences[i], &kept[i]))
                .collect(),
            false => Vec::new(),
        };
        let quotes: Vec<Vec<QuoteFound>> = (0..docs.len())
            .map(|i| match with_quotes {
                true => stages::quotes::find(&views[i]),
                false => Vec::new(),
            })
            .collect();
        let events: Vec<Vec<EventFound>> = (0..docs.len())
            .map(|i| match with_events {
                true => stages::events::find(&views[i]),
                false => Vec::new(),
            })
            .collect();
        drop(views);
        let found = kept.into_iter().zip(quotes).zip(events);
        docs.iter()
            .zip(&infos)
            .zip(&sentences)
            .zip(found)
            .map(
                |(
                    ((&(text, _), info), sentences),
                    ((kept, quotes), events),
                )| {
                    self.report(build(
                        text, info, sentences, kept, quotes, events,
                    ))
                },
            )
            .collect()
    }

    /// The document's facts, with the reference date read from its own
    /// dateline when none was given.
    fn dated<'i>(
        &self,
        text: &str,
        sentences: &[std::ops::Range<usize>],
        info: &DocInfo<'i>,
    ) -> DocInfo<'i> {
        let inferred = match info.reference_date {
            Some(_) => None,
            None => self
                .extractors
                .iter()
                .find(|ex| ex.kind() == Kind::Dates)
                .or(self.reference_dates.as_ref())
                .and_then(|dates| {
                    extract::reference::infer(text, sentences, &**dates)
                }),
        };
        match inferred {
            Some(date) => DocInfo {
                reference_date: Some(date),
                reference_date_from: Some(model::DateOrigin::Text),
                ..info.clone()
            },
            None => info.clone(),
        }
    }

    /// The analysis as reported: what was computed only for another kind
    /// is left out, and the summary is made of what is left.
    fn report<'t>(&self, mut analysis: Analysis<'t>) -> Analysis<'t> {
        if !self.wants(Kind::Entities) {
            analysis.entities.clear();
        }
        if !self.wants(Kind::Money) {
            analysis.money.clear();
        }
        if !self.wants(Kind::Dates) {
            analysis.dates.clear();
        }
        if !self.wants(Kind::Percentages) {
            analysis.percentages.clear();
        }
        analysis.summary = summarize(&analysis);
        analysis
    }

    fn wants(&self, kind: Kind) -> bool {
        self.options.kinds.contains(&kind)
    }
}

/// Turns sentence spans and resolved candidates into the output model,
/// converting byte offsets to code points in the pass that counts words.
fn build<'t>(
    text: &'t str,
    info: &DocInfo<'_>,
    sentence_spans: &[std::ops::Range<usize>],
    kept: Vec<Candidate>,
    quotes: Vec<QuoteFound>,
    events: Vec<EventFound>,
) -> Analysis<'t> {
    // Where each kept mention lands in its output list, for the events
    // that point to it.
    let places: Vec<(Kind, u32)> = match events.is_empty() {
        true => Vec::new(),
        false => {
            let mut next = [0u32; 8];
            kept.iter()
                .map(|c| {
                    let k = c.found.kind();
                    let n = &mut next[k as usize];
                    *n += 1;
                    (k, *n - 1)
                })
                .collect()
        }
    };
    let (map, counts) = OffsetMap::with_counts(text);
    let span = |s: usize, e: usize| {
        let (start, end) = map.char_span(s, e);
        Span { start, end, byte_start: s, byte_end: e }
    };
    let mut sentence = 0;
    let mut sentence_of = |byte: usize| {
        // Candidates come from the last: step back a little first.
        for _ in 0..8 {
            if sentence == 0
                || sentence_spans.get(sentence).is_none_or(|r| r.start <= byte)
            {
                break;
            }
            sentence -= 1;
        }
        if sentence_spans.get(sentence).is_some_and(|r| r.start <= byte) {
            while sentence_spans
                .get(sentence + 1)
                .is_some_and(|r| r.start <= byte)
            {
                sentence += 1;
            }
            sentence
        } else {
            sentence = sentence_spans
                .partition_point(|r| r.start <= byte)
                .saturating_sub(1);
            sentence
        }
    };
    // Each list sized once: grown by doubling, the lists of a large
    // document would hold up to twice their size.
    let count =
        |kind: Kind| kept.iter().filter(|c| c.found.kind() == kind).count();
    let mut analysis = Analysis {
        schema: model::SCHEMA_VERSION,
        id: info.id.clone(),
        source: info.source.to_string(),
        source_encoding: info.encoding.map(str::to_string),
        source_replacements: (info.replacements > 0)
            .then_some(info.replacements),
        language: "fr",
        reference_date: info.reference_date.map(|d| d.to_string()),
        reference_date_from: info.reference_date.and(info.reference_date_from),
        stats: Stats {
            characters: counts.chars,
            words: counts.words,
            sentences: sentence_spans.len(),
        },
        sentences: Vec::new(),
        entities: Vec::with_capacity(count(Kind::Entities)),
        money: Vec::with_capacity(count(Kind::Money)),
        dates: Vec::with_capacity(count(Kind::Dates)),
        percentages: Vec::with_capacity(count(Kind::Percentages)),
        quotes: Vec::with_capacity(quotes.len()),
        events: Vec::with_capacity(events.len()),
        summary: Summary::default(),
    };
    analysis.sentences = sentence_spans
        .iter()
        .map(|r| Sentence {
            span: span(r.start, r.end),
            text: Cow::Borrowed(&text[r.clone()]),
        })
        .collect();
    // The candidates are read from the last, and their vector shrinks as
    // they are: a large document does not hold them twice, as candidates
    // and as output. The lists are put back in text order after.
    let mut kept = kept;
    while let Some(c) = kept.pop() {
        if kept.capacity() >= 1024 && kept.len() < kept.capacity() / 8 * 7 {
            kept.shrink_to_fit();
        }
        let sp = span(c.start, c.end);
        let sentence = sentence_of(c.start);
        let surface = Cow::Borrowed(&text[c.start..c.end]);
        match c.found {
            Found::Entity(v) => analysis.entities.push(Entity {
                text: surface,
                label: v.label,
                span: sp,
                sentence,
                canonical: v.canonical,
            }),
            Found::Money(v) => analysis.money.push(Money {
                text: surface,
                span: sp,
                sentence,
                amount: v.amount,
                currency: v.currency.map(str::to_string),
                min: v.min,
                max: v.max,
                qualifier: v.qualifier.map(str::to_string),
            }),
            Found::Date(v) => analysis.dates.push(DateMention {
                text: surface,
                span: sp,
                sentence,
                kind: v.kind,
                value: v.value,
                modifier: v.modifier.map(str::to_string),
                end_value: v.end_value,
            }),
            Found::Percentage(v) => analysis.percentages.push(Percentage {
                text: surface,
                span: sp,
                sentence,
                value: v.value,
                min: v.min,
                max: v.max,
                qualifier: v.qualifier.map(str::to_string),
                points: v.points,
            }),
        }
    }
    analysis.entities.reverse();
    analysis.money.reverse();
    analysis.dates.reverse();
    analysis.percentages.reverse();

    for q in quotes {
        let sp = span(q.span.start, q.span.end);
        let cue = q.cue.map(|c| Cue {
            text: Cow::Borrowed(&text[c.clone()]),
            span: span(c.start, c.end),
        });
        let speaker = q.speaker.map(|s| Speaker {
            text: Cow::Borrowed(&text[s.span.clone()]),
            span: span(s.span.start, s.span.end),
            canonical: s.canonical,
            label: s.label,
            gender: s.gender,
        });
        analysis.quotes.push(Quote {
            text: Cow::Borrowed(&text[q.span.clone()]),
            span: sp,
            sentence: sentence_spans
                .partition_point(|r| r.start <= q.span.start)
                .saturating_sub(1),
            kind: q.kind,
            cue,
            speaker,
        });
    }
    for e in events {
        let args = event_args(&analysis, &places, &e.args);
        analysis.events.push(Event {
            kind: e.kind,
            text: Cow::Borrowed(&text[e.trigger.clone()]),
            span: span(e.trigger.start, e.trigger.end),
            sentence: sentence_spans
                .partition_point(|r| r.start <= e.trigger.start)
                .saturating_sub(1),
            args,
        });
    }
    analysis
}

/// The arguments of an event, each a copy of the output item its mention
/// became; an index that points to an item of another kind is dropped.
fn event_args<'t>(
    a: &Analysis<'t>,
    places: &[(Kind, u32)],
    f: &stages::ArgsFound,
) -> EventArgs<'t> {
    let at = |i: usize, kind: Kind| {
        places.get(i).filter(|p| p.0 == kind).map(|p| p.1 as usize)
    };
    let ent = |i: Option<usize>| {
        let e = &a.entities[at(i?, Kind::Entities)?];
        Some(EntityRef {
            text: e.text.clone(),
            span: e.span,
            canonical: e.canonical.clone(),
            label: e.label,
        })
    };
    let money = |i: Option<usize>| {
        let m = &a.money[at(i?, Kind::Money)?];
        Some(MoneyRef {
            text: m.text.clone(),
            span: m.span,
            amount: m.amount,
            currency: m.currency.clone(),
        })
    };
    let date = |i: Option<usize>| {
        let d = &a.dates[at(i?, Kind::Dates)?];
        Some(DateRef {
            text: d.text.clone(),
            span: d.span,
            value: d.value.clone(),
        })
    };
    let pct = |i: Option<usize>| {
        let p = &a.percentages[at(i?, Kind::Percentages)?];
        Some(PercentRef { text: p.text.clone(), span: p.span, value: p.value })
    };
    EventArgs {
        company: ent(f.company),
        target: ent(f.target),
        buyer: ent(f.buyer),
        seller: ent(f.seller),
        person: ent(f.person),
        title: f.title.clone(),
        organization: ent(f.organization),
        investors: f.investors.iter().filter_map(|&i| ent(Some(i))).collect(),
        amount: money(f.amount),
        valuation: money(f.valuation),
        round: f.round.clone(),
        stake: pct(f.stake),
        status: f.status,
        metric: f.metric,
        change: pct(f.change),
        period: date(f.period),
        date: date(f.date),
    }
}

/// The per-document aggregates of an analysis.
fn summarize<'t>(a: &Analysis<'t>) -> Summary<'t> {
    // The table and set sized once for every mention: grown by doubling,
    // they would be rehashed half a dozen times in each document.
    let n = a.entities.len();
    let mut entities: Vec<EntitySummary> = Vec::new();
    let mut index: crate::lexicon::FastMap<(&str, model::Label), usize> =
        crate::lexicon::FastMap::with_capacity_and_hasher(
            n,
            Default::default(),
        );
    // The forms seen of each row: a set, so that a name written in many
    // ways costs one look-up per mention, not a scan of its forms (#16).
    let mut seen: crate::lexicon::FastSet<(usize, &str)> =
        crate::lexicon::FastSet::with_capacity_and_hasher(
            n,
            Default::default(),
        );
    for e in &a.entities {
        let i = *index.entry((&*e.canonical, e.label)).or_insert_with(|| {
            entities.push(EntitySummary {
                canonical: e.canonical.clone(),
                label: e.label,
                mentions: 0,
                forms: Vec::new(),
            });
            entities.len() - 1
        });
        let row = &mut entities[i];
        row.mentions += 1;
        if seen.insert((i, &e.text)) {
            row.forms.push(e.text.clone());
        }
    }
    // Most mentioned first; ties in order of first mention (stable sort).
    entities.sort_by_key(|e| std::cmp::Reverse(e.mentions));

    let mut money: Vec<MoneySummary> = Vec::new();
    for m in &a.money {
        match money.iter_mut().find(|s| s.currency == m.currency) {
            Some(s) => {
                s.count += 1;
                s.total += m.amount;
            }
            None => money.push(MoneySummary {
                currency: m.currency.clone(),
                count: 1,
                total: m.amount,
            }),
        }
    }
    money.sort_by(|a, b| match (&a.currency, &b.currency) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });

    let mut dates = DateSummary::default();
    for d in &a.dates {
        match d.kind {
            DateType::Date => dates.date += 1,
            DateType::Time => dates.time += 1,
            DateType::Duration => dates.duration += 1,
            DateType::Set => dates.set += 1,
        }
    }
    Summary {
        entities,
        money,
        dates,
        percentages: a.percentages.len(),
        quotes: summarize_quotes(&a.quotes),
        events: summarize_events(&a.events),
    }
}

/// Who is quoted: one row per speaker, most quoted first (ties in order
/// of first quote), and the quotes by gender.
fn summarize_quotes(quotes: &[Quote<'_>]) -> QuoteSummary {
    let mut out = QuoteSummary::default();
    // Keyed by the names the quotes hold: a speaker's name is copied once,
    // into its row.
    let mut index: crate::lexicon::FastMap<&str, usize> =
        crate::lexicon::FastMap::default();
    for q in quotes {
        let gender = q.speaker.as_ref().and_then(|s| s.gender);
        match gender {
            Some(Gender::Female) => out.by_gender.female += 1,
            Some(Gender::Male) => out.by_gender.male += 1,
            None => out.by_gender.unknown += 1,
        }
        let Some(s) = &q.speaker else { continue };
        let name = s.canonical.as_deref().unwrap_or(&s.text);
        let i = *index.entry(name).or_insert_with(|| {
            out.speakers.push(SpeakerSummary {
                speaker: name.to_string(),
                label: s.label,
                gender: None,
                quotes: 0,
            });
            out.speakers.len() - 1
        });
        let row = &mut out.speakers[i];
        row.quotes += 1;
        row.gender = row.gender.or(gender);
    }
    out.speakers.sort_by_key(|s| std::cmp::Reverse(s.quotes));
    out
}

/// Number of events per type.
fn summarize_events(events: &[Event<'_>]) -> EventSummary {
    let mut out = EventSummary::default();
    for e in events {
        *match e.kind {
            EventType::Funding => &mut out.funding,
            EventType::Acquisition => &mut out.acquisition,
            EventType::Valuation => &mut out.valuation,
            EventType::Result => &mut out.result,
            EventType::Role => &mut out.role,
        } += 1;
    }
    out
}
