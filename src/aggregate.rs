//! The aggregate report of `--summary`: one report over many documents.
//!
//! Each document is reduced to a [`Digest`] by the thread that analysed it
//! (its canonical entities, money per currency, date values, the number of
//! its percentages, its quoted speakers, its deals), and the
//! digests are folded into an [`Aggregate`] in input order, so the report
//! (float sums included) is the same whatever the number of threads. The
//! aggregate grows with the number of distinct names and dates and with
//! the deals found, not with the number of documents.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use analyze::Analysis;
use analyze::model::{
    DateSummary, DateType, Event, EventType, Gender, GenderCounts, Label,
    Status,
};
use serde::Serialize;

/// What one document adds to the report.
#[derive(Debug)]
pub struct Digest {
    characters: usize,
    words: usize,
    sentences: usize,
    /// `(canonical, label, mentions)`, one row per canonical entity.
    entities: Vec<(String, Label, usize)>,
    /// `(currency, count, total)`, one row per currency.
    money: Vec<(Option<String>, usize, f64)>,
    dates: DateSummary,
    /// Day (or coarser) values of `DATE` and `TIME` expressions, one per
    /// mention.
    timeline: Vec<String>,
    /// Number of percentages (percentage points included).
    percentages: usize,
    /// `(speaker, label, gender, quotes)`, one row per speaker.
    speakers: Vec<(String, Option<Label>, Option<Gender>, usize)>,
    /// The document's quotes by gender.
    quote_genders: GenderCounts,
    /// The document's funding rounds and acquisitions.
    deals: Vec<Deal>,
}

/// One funding round or acquisition, a row of the deal table. Every row
/// has every field (`null` or `[]` when the text does not say), so that
/// it reads as a table.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct Deal {
    /// `funding` or `acquisition`.
    #[serde(rename = "type")]
    kind: EventType,
    /// The company funded, or the one bought (canonical name).
    company: Option<String>,
    /// acquisition: who buys.
    buyer: Option<String>,
    /// acquisition: who sells.
    seller: Option<String>,
    /// funding: who invests.
    investors: Vec<String>,
    /// The amount raised or paid, in full.
    amount: Option<Number>,
    /// Its ISO 4217 code.
    currency: Option<String>,
    /// The TIMEX3 value of the date the text gives.
    date: Option<String>,
    /// acquisition: how far it has gone.
    status: Option<Status>,
    /// The document: its path as given.
    source: String,
    /// Its `id` in JSON Lines mode, else `null`.
    id: Option<serde_json::Value>,
}

impl Deal {
    /// The deal an event states, if it is a funding round or an
    /// acquisition.
    fn of(
        e: &Event,
        source: &str,
        id: Option<&serde_json::Value>,
    ) -> Option<Deal> {
        let x = &e.args;
        let name = |r: Option<&analyze::model::EntityRef>| {
            r.map(|r| r.canonical.to_string())
        };
        let company = match e.kind {
            EventType::Funding => name(x.company.as_ref()),
            EventType::Acquisition => name(x.target.as_ref()),
            _ => return None,
        };
        Some(Deal {
            kind: e.kind,
            company,
            buyer: name(x.buyer.as_ref()),
            seller: name(x.seller.as_ref()),
            investors: x
                .investors
                .iter()
                .map(|i| i.canonical.to_string())
                .collect(),
            amount: x.amount.as_ref().map(|m| Number(m.amount)),
            currency: x.amount.as_ref().and_then(|m| m.currency.clone()),
            date: x.date.as_ref().map(|d| d.value.clone()),
            status: x.status,
            source: source.to_string(),
            id: id.cloned(),
        })
    }
}

impl Digest {
    /// Reduces an analysis to what the report needs.
    pub fn of(a: Analysis) -> Digest {
        let deals = a
            .events
            .iter()
            .filter_map(|e| Deal::of(e, &a.source, a.id.as_ref()))
            .collect();
        let timeline = a
            .dates
            .into_iter()
            .filter(|d| matches!(d.kind, DateType::Date | DateType::Time))
            .map(|d| timeline_value(&d.value).to_string())
            .collect();
        Digest {
            characters: a.stats.characters,
            words: a.stats.words,
            sentences: a.stats.sentences,
            entities: a
                .summary
                .entities
                .into_iter()
                .map(|e| (e.canonical.to_string(), e.label, e.mentions))
                .collect(),
            money: a
                .summary
                .money
                .into_iter()
                .map(|m| (m.currency, m.count, m.total))
                .collect(),
            dates: a.summary.dates,
            timeline,
            percentages: a.percentages.len(),
            speakers: a
                .summary
                .quotes
                .speakers
                .into_iter()
                .map(|s| (s.speaker, s.label, s.gender, s.quotes))
                .collect(),
            quote_genders: a.summary.quotes.by_gender,
            deals,
        }
    }
}

/// The report over all documents so far.
#[derive(Debug, Default)]
pub struct Aggregate {
    documents: usize,
    failed: usize,
    stats: Totals,
    entities: HashMap<(String, Label), EntityRow>,
    money: BTreeMap<Currency, MoneyRow>,
    dates: DateSummary,
    timeline: BTreeMap<String, Counts>,
    percentages: Counts,
    speakers: HashMap<(String, Option<Label>), SpeakerRow>,
    quote_genders: GenderCounts,
    deals: Vec<Deal>,
}

/// One quoted speaker across the documents.
#[derive(Debug)]
struct SpeakerRow {
    documents: usize,
    quotes: usize,
    gender: Option<Gender>,
    first: usize,
}

/// Currencies in code order, amounts without a currency last.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Currency {
    Code(String),
    Unknown,
}

#[derive(Debug, Default, Serialize)]
struct Totals {
    characters: usize,
    words: usize,
    sentences: usize,
}

#[derive(Debug, Default, Clone, Copy, Serialize)]
struct Counts {
    documents: usize,
    mentions: usize,
}

#[derive(Debug)]
struct EntityRow {
    counts: Counts,
    /// Order of first appearance, the last tie-breaker.
    first: usize,
}

#[derive(Debug, Default)]
struct MoneyRow {
    documents: usize,
    count: usize,
    total: f64,
}

impl Aggregate {
    /// Adds one analysed document.
    pub fn add(&mut self, mut d: Digest) {
        self.documents += 1;
        self.add_speakers(&mut d);
        self.stats.characters += d.characters;
        self.stats.words += d.words;
        self.stats.sentences += d.sentences;
        for (canonical, label, mentions) in d.entities {
            let first = self.entities.len();
            let row = self
                .entities
                .entry((canonical, label))
                .or_insert(EntityRow { counts: Counts::default(), first });
            row.counts.documents += 1;
            row.counts.mentions += mentions;
        }
        for (currency, count, total) in d.money {
            let key = currency.map_or(Currency::Unknown, Currency::Code);
            let row = self.money.entry(key).or_default();
            row.documents += 1;
            row.count += count;
            row.total += total;
        }
        self.dates.date += d.dates.date;
        self.dates.time += d.dates.time;
        self.dates.duration += d.dates.duration;
        self.dates.set += d.dates.set;
        self.add_percentages(d.percentages);
        self.deals.append(&mut d.deals);
        // A set, not a list: a document may hold many dates (#16).
        let mut seen: analyze::lexicon::FastSet<&str> =
            analyze::lexicon::FastSet::default();
        for value in &d.timeline {
            let row = self.timeline.entry(value.clone()).or_default();
            row.mentions += 1;
            if seen.insert(value.as_str()) {
                row.documents += 1;
            }
        }
    }

    /// Counts the percentages of one document.
    fn add_percentages(&mut self, n: usize) {
        if n > 0 {
            self.percentages.documents += 1;
            self.percentages.mentions += n;
        }
    }

    /// Adds the speakers of one document.
    fn add_speakers(&mut self, d: &mut Digest) {
        for (speaker, label, gender, quotes) in d.speakers.drain(..) {
            let first = self.speakers.len();
            let row =
                self.speakers.entry((speaker, label)).or_insert(SpeakerRow {
                    documents: 0,
                    quotes: 0,
                    gender: None,
                    first,
                });
            row.documents += 1;
            row.quotes += quotes;
            row.gender = row.gender.or(gender);
        }
        let g = &d.quote_genders;
        self.quote_genders.female += g.female;
        self.quote_genders.male += g.male;
        self.quote_genders.unknown += g.unknown;
    }

    /// Counts a document that could not be analysed.
    pub fn add_failed(&mut self) {
        self.failed += 1;
    }

    /// The report in its output shape.
    fn report(&self) -> Report<'_> {
        let mut entities: Vec<_> = self.entities.iter().collect();
        // In most documents first, then most mentioned, then first seen.
        entities.sort_by(|(_, a), (_, b)| {
            b.counts
                .documents
                .cmp(&a.counts.documents)
                .then(b.counts.mentions.cmp(&a.counts.mentions))
                .then(a.first.cmp(&b.first))
        });
        Report {
            schema: analyze::model::SCHEMA_VERSION,
            documents: self.documents,
            failed: self.failed,
            stats: &self.stats,
            entities: entities
                .into_iter()
                .map(|((canonical, label), row)| EntityReport {
                    canonical,
                    label: *label,
                    documents: row.counts.documents,
                    mentions: row.counts.mentions,
                })
                .collect(),
            money: self
                .money
                .iter()
                .map(|(currency, row)| MoneyReport {
                    currency: match currency {
                        Currency::Code(c) => Some(c),
                        Currency::Unknown => None,
                    },
                    documents: row.documents,
                    count: row.count,
                    total: Number(row.total),
                })
                .collect(),
            dates: &self.dates,
            timeline: {
                let mut rows: Vec<TimelineReport> = self
                    .timeline
                    .iter()
                    .map(|(value, counts)| TimelineReport {
                        value,
                        counts: *counts,
                    })
                    .collect();
                // The order of the report's timeline: a season at its
                // start, a year before its months.
                rows.sort_by(|a, b| {
                    analyze::render::text::value_order(a.value, b.value)
                });
                rows
            },
            percentages: self.percentages,
            quotes: self.quotes_report(),
            deals: &self.deals,
        }
    }

    /// Who is quoted across the documents: most quoted first, then in
    /// most documents, then first seen; and the share of women among the
    /// quoted people whose gender the texts show.
    fn quotes_report(&self) -> QuotesReport<'_> {
        let mut rows: Vec<_> = self.speakers.iter().collect();
        rows.sort_by(|(_, a), (_, b)| {
            b.quotes
                .cmp(&a.quotes)
                .then(b.documents.cmp(&a.documents))
                .then(a.first.cmp(&b.first))
        });
        let people = |g: Gender| {
            self.speakers
                .iter()
                .filter(|((_, l), r)| {
                    *l != Some(Label::Org) && r.gender == Some(g)
                })
                .count()
        };
        let (women, men) = (people(Gender::Female), people(Gender::Male));
        QuotesReport {
            speakers: rows
                .into_iter()
                .map(|((speaker, label), row)| SpeakerReport {
                    speaker,
                    label: *label,
                    gender: row.gender,
                    documents: row.documents,
                    quotes: row.quotes,
                })
                .collect(),
            by_gender: &self.quote_genders,
            women,
            men,
            women_share: (women + men > 0)
                .then(|| women as f64 / (women + men) as f64),
        }
    }

    /// Writes the report as one JSON object and a newline.
    ///
    /// # Errors
    ///
    /// Any error of the writer.
    pub fn write_json<W: Write>(
        &self,
        pretty: bool,
        mut w: W,
    ) -> io::Result<()> {
        let report = self.report();
        if pretty {
            serde_json::to_writer_pretty(&mut w, &report)?;
        } else {
            serde_json::to_writer(&mut w, &report)?;
        }
        w.write_all(b"\n")
    }

    /// Writes the report for people: totals, then the most widespread
    /// entities, money per currency, the timeline and the number of
    /// percentages.
    ///
    /// # Errors
    ///
    /// Any error of the writer.
    pub fn write_text<W: Write>(&self, mut w: W) -> io::Result<()> {
        /// Rows shown per list; the JSON report has them all.
        const TOP: usize = 40;
        let r = self.report();
        let plural = if r.documents == 1 { "" } else { "s" };
        write!(w, "{} document{plural}", r.documents)?;
        if r.failed > 0 {
            write!(w, " ({} could not be read)", r.failed)?;
        }
        let n = |n: usize, word: &str| {
            format!("{n} {word}{}", if n == 1 { "" } else { "s" })
        };
        writeln!(
            w,
            ", {}, {}",
            n(r.stats.sentences, "sentence"),
            n(r.stats.words, "word")
        )?;
        if !r.entities.is_empty() {
            writeln!(w, "\nEntities (documents, mentions)")?;
            for e in r.entities.iter().take(TOP) {
                writeln!(
                    w,
                    "  {:<5}{:>6} {:>7}  {}",
                    e.label.as_str(),
                    e.documents,
                    e.mentions,
                    e.canonical
                )?;
            }
            more(&mut w, r.entities.len(), TOP)?;
        }
        if !r.money.is_empty() {
            writeln!(w, "\nMoney (documents, amounts, total)")?;
            for m in &r.money {
                writeln!(
                    w,
                    "  {:<5}{:>6} {:>7}  {}",
                    m.currency.map_or("?", String::as_str),
                    m.documents,
                    m.count,
                    grouped(m.total.0)
                )?;
            }
        }
        let d = r.dates;
        if d.date + d.time + d.duration + d.set > 0 {
            writeln!(
                w,
                "\nDates: {} DATE, {} TIME, {} DURATION, {} SET",
                d.date, d.time, d.duration, d.set
            )?;
        }
        if !r.quotes.speakers.is_empty() {
            let q = &r.quotes;
            writeln!(w, "\nQuoted speakers (quotes, documents)")?;
            for s in q.speakers.iter().take(TOP) {
                let gender = match s.gender {
                    Some(Gender::Female) => "F",
                    Some(Gender::Male) => "M",
                    None => "",
                };
                writeln!(
                    w,
                    "  {:<5}{:>6} {:>7}  {} {gender}",
                    s.label.map_or("", Label::as_str),
                    s.quotes,
                    s.documents,
                    s.speaker
                )?;
            }
            more(&mut w, q.speakers.len(), TOP)?;
            write!(
                w,
                "  quotes by gender: {}",
                analyze::render::text::by_gender(q.by_gender)
            )?;
            match q.women_share {
                Some(share) => writeln!(
                    w,
                    "; women are {:.0} % of the {} whose gender is shown",
                    share * 100.0,
                    analyze::render::count(
                        q.women + q.men,
                        "quoted person",
                        "quoted people"
                    )
                )?,
                None => writeln!(w)?,
            }
        }
        if !r.timeline.is_empty() {
            writeln!(w, "\nTimeline (documents, mentions)")?;
            for t in r.timeline.iter().take(TOP) {
                writeln!(
                    w,
                    "  {:<12}{:>6} {:>7}",
                    t.value, t.counts.documents, t.counts.mentions
                )?;
            }
            more(&mut w, r.timeline.len(), TOP)?;
        }
        deal_table(&mut w, r.deals, TOP)?;
        let p = r.percentages;
        if p.mentions > 0 {
            writeln!(
                w,
                "\nPercentages: {} in {} document{}",
                p.mentions,
                p.documents,
                if p.documents == 1 { "" } else { "s" }
            )?;
        }
        Ok(())
    }
}

/// The deal table: funding rounds and acquisitions across the corpus,
/// in input order, one line each: type, company, amount, date, status,
/// who buys or invests, source.
fn deal_table<W: Write>(
    w: &mut W,
    deals: &[Deal],
    top: usize,
) -> io::Result<()> {
    if deals.is_empty() {
        return Ok(());
    }
    writeln!(
        w,
        "\nDeals (type, company, amount, date, status, parties, source)"
    )?;
    let shown = &deals[..deals.len().min(top)];
    let cell = |s: Option<&String>| s.map_or("-".to_string(), String::clone);
    let amounts: Vec<String> = shown
        .iter()
        .map(|d| match d.amount {
            Some(a) => format!(
                "{} {}",
                analyze::render::abbreviate(a.0),
                d.currency.as_deref().unwrap_or("?")
            ),
            None => "-".to_string(),
        })
        .collect();
    let width = |cells: &mut dyn Iterator<Item = usize>, max: usize| {
        cells.max().unwrap_or(1).min(max)
    };
    let company_w = width(
        &mut shown.iter().map(|d| cell(d.company.as_ref()).chars().count()),
        28,
    );
    let amount_w = width(&mut amounts.iter().map(|a| a.chars().count()), 16);
    let date_w = width(
        &mut shown.iter().map(|d| cell(d.date.as_ref()).chars().count()),
        16,
    );
    for (d, amount) in shown.iter().zip(&amounts) {
        let parties = match (&d.buyer, &d.seller, d.investors.is_empty()) {
            (Some(b), Some(s), _) => format!("by {b} from {s}"),
            (Some(b), None, _) => format!("by {b}"),
            (None, Some(s), _) => format!("from {s}"),
            (None, None, false) => format!("from {}", d.investors.join(", ")),
            (None, None, true) => "-".to_string(),
        };
        let status = match d.status {
            Some(Status::Done) => "done",
            Some(Status::Announced) => "announced",
            Some(Status::Planned) => "planned",
            None => "-",
        };
        let source = match &d.id {
            Some(serde_json::Value::String(id)) => {
                format!("{} [{id}]", d.source)
            }
            Some(id) => format!("{} [{id}]", d.source),
            None => d.source.clone(),
        };
        let line = format!(
            "  {:<12}{}  {amount:>amount_w$}  {}  {status:<9}  {parties}  {source}",
            d.kind.as_str(),
            pad(&cell(d.company.as_ref()), company_w),
            pad(&cell(d.date.as_ref()), date_w),
        );
        writeln!(w, "{}", line.trim_end())?;
    }
    more(w, deals.len(), top)
}

/// `s` padded with spaces to `n` characters, or cut to them with `…`.
fn pad(s: &str, n: usize) -> String {
    let len = s.chars().count();
    if len > n {
        let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
        out.push('…');
        return out;
    }
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', n - len));
    out
}

fn more<W: Write>(w: &mut W, len: usize, shown: usize) -> io::Result<()> {
    if len > shown {
        writeln!(w, "  ... {} more (all in --format json)", len - shown)?;
    }
    Ok(())
}

/// A number with groups of three digits, French style, rounded to two
/// decimals.
fn grouped(v: f64) -> String {
    analyze::render::group_thousands((v * 100.0).round() / 100.0)
}

#[derive(Serialize)]
struct Report<'a> {
    schema: u32,
    documents: usize,
    failed: usize,
    stats: &'a Totals,
    entities: Vec<EntityReport<'a>>,
    money: Vec<MoneyReport<'a>>,
    dates: &'a DateSummary,
    timeline: Vec<TimelineReport<'a>>,
    /// Documents with percentages, and how many percentages in all.
    percentages: Counts,
    quotes: QuotesReport<'a>,
    /// The funding rounds and acquisitions, in input order.
    deals: &'a [Deal],
}

#[derive(Serialize)]
struct QuotesReport<'a> {
    speakers: Vec<SpeakerReport<'a>>,
    by_gender: &'a GenderCounts,
    /// Quoted people (not organisations) the texts show as women, as men.
    women: usize,
    men: usize,
    /// `women / (women + men)`, `null` when no gender is shown.
    women_share: Option<f64>,
}

#[derive(Serialize)]
struct SpeakerReport<'a> {
    speaker: &'a str,
    label: Option<Label>,
    gender: Option<Gender>,
    documents: usize,
    quotes: usize,
}

#[derive(Serialize)]
struct EntityReport<'a> {
    canonical: &'a str,
    label: Label,
    documents: usize,
    mentions: usize,
}

#[derive(Serialize)]
struct MoneyReport<'a> {
    currency: Option<&'a String>,
    documents: usize,
    count: usize,
    total: Number,
}

#[derive(Serialize)]
struct TimelineReport<'a> {
    value: &'a str,
    #[serde(flatten)]
    counts: Counts,
}

/// A sum written as a JSON integer when it is whole, as the per-document
/// amounts are.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Number(f64);

impl Serialize for Number {
    fn serialize<S: serde::Serializer>(
        &self,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        analyze::model::number(&self.0, s)
    }
}

/// The timeline place of a `DATE` or `TIME` value: a time of day counts
/// for its day (`2024-05-26T14:30` → `2024-05-26`); `PAST_REF` and the
/// other references are kept whole.
fn timeline_value(value: &str) -> &str {
    match value.split_once('T') {
        Some((day, _))
            if day.starts_with(|c: char| c.is_ascii_digit() || c == 'X') =>
        {
            day
        }
        _ => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeline_values() {
        for (value, want) in [
            ("2024-05-26T14:30", "2024-05-26"),
            ("XXXX-05-26TEV", "XXXX-05-26"),
            ("2024-SP", "2024-SP"),
            ("PAST_REF", "PAST_REF"),
            ("PRESENT_REF", "PRESENT_REF"),
            ("FUTURE_REF", "FUTURE_REF"),
        ] {
            assert_eq!(timeline_value(value), want);
        }
    }

    fn digest(
        entities: &[(&str, Label, usize)],
        money: &[(Option<&str>, usize, f64)],
        timeline: &[&str],
    ) -> Digest {
        Digest {
            characters: 10,
            words: 2,
            sentences: 1,
            entities: entities
                .iter()
                .map(|(c, l, m)| (c.to_string(), *l, *m))
                .collect(),
            money: money
                .iter()
                .map(|(c, n, t)| (c.map(str::to_string), *n, *t))
                .collect(),
            dates: DateSummary { date: timeline.len(), ..Default::default() },
            timeline: timeline.iter().map(|s| s.to_string()).collect(),
            percentages: entities.len(),
            speakers: Vec::new(),
            quote_genders: GenderCounts::default(),
            deals: Vec::new(),
        }
    }

    #[test]
    fn counts_speakers_and_women() {
        let mut agg = Aggregate::default();
        for speakers in [
            vec![
                ("Claire Dumas", Some(Label::Per), Some(Gender::Female), 2),
                ("Valmont", Some(Label::Org), None, 1),
            ],
            vec![
                ("Claire Dumas", Some(Label::Per), Some(Gender::Female), 1),
                ("Paul Girard", Some(Label::Per), Some(Gender::Male), 2),
                ("le parquet", None, None, 1),
            ],
        ] {
            let mut d = digest(&[], &[], &[]);
            d.speakers = speakers
                .into_iter()
                .map(|(s, l, g, n)| (s.to_string(), l, g, n))
                .collect();
            d.quote_genders = GenderCounts {
                female: d
                    .speakers
                    .iter()
                    .filter(|s| s.2 == Some(Gender::Female))
                    .map(|s| s.3)
                    .sum(),
                male: d
                    .speakers
                    .iter()
                    .filter(|s| s.2 == Some(Gender::Male))
                    .map(|s| s.3)
                    .sum(),
                unknown: d
                    .speakers
                    .iter()
                    .filter(|s| s.2.is_none())
                    .map(|s| s.3)
                    .sum(),
            };
            agg.add(d);
        }
        let mut text = Vec::new();
        agg.write_text(&mut text).unwrap();
        let text = String::from_utf8(text).unwrap();
        // Each count agrees with its noun.
        assert!(
            text.contains(
                "  quotes by gender: 3 women, 2 men, 2 unknown; women are \
                 50 % of the 2 quoted people whose gender is shown\n"
            ),
            "{text}"
        );
        let mut buf = Vec::new();
        agg.write_json(false, &mut buf).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        let q = &v["quotes"];
        assert_eq!(q["speakers"][0]["speaker"], "Claire Dumas");
        assert_eq!(q["speakers"][0]["quotes"], 3);
        assert_eq!(q["speakers"][0]["documents"], 2);
        assert_eq!(q["speakers"][1]["speaker"], "Paul Girard");
        assert_eq!(
            (q["women"].clone(), q["men"].clone()),
            (1.into(), 1.into())
        );
        assert_eq!(q["women_share"], 0.5);
    }

    /// The deal table holds the funding rounds and acquisitions of every
    /// document, in input order, and nothing else; each row names its
    /// document (its path, and its id in JSON Lines mode).
    #[test]
    fn deal_table_lists_rounds_and_acquisitions() {
        let analyzer = analyze::Analyzer::new();
        let mut agg = Aggregate::default();
        for (source, id, text) in [
            ("a.txt", None, "La start-up Lumio a levé 12 millions d'euros."),
            (
                "b.jsonl",
                Some(serde_json::json!("b-1")),
                "Le groupe Valmont a racheté Brixo pour 300 millions \
                 d'euros. Claire Dumas est la présidente de Valmont.",
            ),
            ("c.txt", None, "Il pleut."),
        ] {
            let info = analyze::DocInfo { source, id, ..Default::default() };
            agg.add(Digest::of(analyzer.analyze_with(text, &info)));
        }
        let mut out = Vec::new();
        agg.write_text(&mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let table = out.split("\nDeals").nth(1).expect("a deal table");
        let rows: Vec<&str> = table.lines().skip(1).collect();
        assert_eq!(rows.len(), 2, "{out}");
        assert!(rows[0].starts_with("  funding     Lumio"), "{out}");
        assert!(rows[0].contains("12 M EUR") && rows[0].ends_with("a.txt"));
        assert!(rows[1].starts_with("  acquisition Brixo"), "{out}");
        assert!(rows[1].contains("300 M EUR") && rows[1].contains("done"));
        assert!(rows[1].ends_with("by Valmont  b.jsonl [b-1]"), "{out}");
        let mut json = Vec::new();
        agg.write_json(false, &mut json).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(
            v["deals"],
            serde_json::json!([
                {"type": "funding", "company": "Lumio", "buyer": null,
                 "seller": null, "investors": [], "amount": 12000000,
                 "currency": "EUR", "date": null, "status": null,
                 "source": "a.txt", "id": null},
                {"type": "acquisition", "company": "Brixo",
                 "buyer": "Valmont", "seller": null, "investors": [],
                 "amount": 300000000, "currency": "EUR", "date": null,
                 "status": "done", "source": "b.jsonl", "id": "b-1"},
            ])
        );
    }

    #[test]
    fn counts_documents_and_mentions() {
        let mut agg = Aggregate::default();
        agg.add(digest(
            &[("xAI", Label::Org, 3), ("Elon Musk", Label::Per, 1)],
            &[(Some("USD"), 2, 6e9), (None, 1, 5.0)],
            &["2024-05-26", "2024-05-26", "2024", "2024-SP", "2024-04"],
        ));
        agg.add(digest(
            &[("Elon Musk", Label::Per, 2)],
            &[(Some("EUR"), 1, 1.5), (Some("USD"), 1, 1e9)],
            &["2024-05-26"],
        ));
        agg.add_failed();
        let mut buf = Vec::new();
        agg.write_json(false, &mut buf).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(v["documents"], 2);
        assert_eq!(v["failed"], 1);
        assert_eq!(v["stats"]["words"], 4);
        assert_eq!(
            v["entities"],
            serde_json::json!([
                {"canonical": "Elon Musk", "label": "PER", "documents": 2, "mentions": 3},
                {"canonical": "xAI", "label": "ORG", "documents": 1, "mentions": 3},
            ])
        );
        assert_eq!(
            v["money"],
            serde_json::json!([
                {"currency": "EUR", "documents": 1, "count": 1, "total": 1.5},
                {"currency": "USD", "documents": 2, "count": 3, "total": 7000000000i64},
                {"currency": null, "documents": 1, "count": 1, "total": 5},
            ])
        );
        assert_eq!(
            v["timeline"],
            serde_json::json!([
                {"value": "2024", "documents": 1, "mentions": 1},
                {"value": "2024-SP", "documents": 1, "mentions": 1},
                {"value": "2024-04", "documents": 1, "mentions": 1},
                {"value": "2024-05-26", "documents": 2, "mentions": 3},
            ])
        );
        assert_eq!(v["dates"]["date"], 6);
        assert_eq!(
            v["percentages"],
            serde_json::json!({"documents": 2, "mentions": 3})
        );
    }

    #[test]
    fn groups_digits() {
        for (v, want) in [
            (0.0, "0"),
            (999.0, "999"),
            (6e9, "6 000 000 000"),
            (1234.5, "1 234,5"),
            (0.125, "0,13"),
            (-1500.0, "-1 500"),
        ] {
            assert_eq!(grouped(v), want, "{v}");
        }
    }
}
