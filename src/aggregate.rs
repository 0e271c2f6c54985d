//! The aggregate report of `--summary`: one report over many documents.
//!
//! Each document is reduced to a [`Digest`] by the thread that analysed it
//! (its canonical entities, money per currency, date values), and the
//! digests are folded into an [`Aggregate`] in input order, so the report
//! (float sums included) is the same whatever the number of threads. The
//! aggregate grows with the number of distinct names and dates, not with
//! the number of documents.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use analyze::Analysis;
use analyze::model::{DateSummary, DateType, EventType, Label};
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
    /// The funding rounds and acquisitions of the document.
    deals: Vec<Deal>,
}

/// One funding round or acquisition, a row of the deal table.
#[derive(Debug, Clone, Serialize)]
pub struct Deal {
    /// `funding` or `acquisition`.
    #[serde(rename = "type")]
    kind: &'static str,
    /// The company funded or bought (canonical name).
    company: String,
    /// Who invests or buys (canonical names).
    parties: Vec<String>,
    /// The amount raised or paid.
    amount: Option<Number>,
    /// Its currency.
    currency: Option<String>,
    /// The TIMEX3 value of the date the text gives.
    date: Option<String>,
    /// The document it comes from.
    source: String,
}

impl Deal {
    /// The deals of a document: its funding and acquisition events.
    fn of(a: &Analysis) -> Vec<Deal> {
        a.events
            .iter()
            .filter_map(|e| {
                let x = &e.args;
                let (company, parties) = match e.kind {
                    EventType::Funding => (
                        x.company.as_ref()?,
                        x.investors
                            .iter()
                            .map(|i| i.canonical.clone())
                            .collect(),
                    ),
                    EventType::Acquisition => (
                        x.target.as_ref()?,
                        x.buyer.iter().map(|b| b.canonical.clone()).collect(),
                    ),
                    _ => return None,
                };
                Some(Deal {
                    kind: e.kind.as_str(),
                    company: company.canonical.clone(),
                    parties,
                    amount: x.amount.as_ref().map(|m| Number(m.amount)),
                    currency: x
                        .amount
                        .as_ref()
                        .and_then(|m| m.currency.clone()),
                    date: x.date.as_ref().map(|d| d.value.clone()),
                    source: a.source.clone(),
                })
            })
            .collect()
    }
}

impl Digest {
    /// Reduces an analysis to what the report needs.
    pub fn of(a: Analysis) -> Digest {
        let deals = Deal::of(&a);
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
                .map(|e| (e.canonical, e.label, e.mentions))
                .collect(),
            money: a
                .summary
                .money
                .into_iter()
                .map(|m| (m.currency, m.count, m.total))
                .collect(),
            dates: a.summary.dates,
            timeline,
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
    deals: Vec<Deal>,
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
    pub fn add(&mut self, d: Digest) {
        self.documents += 1;
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
        let mut seen: Vec<&str> = Vec::new();
        for value in &d.timeline {
            let row = self.timeline.entry(value.clone()).or_default();
            row.mentions += 1;
            if !seen.contains(&value.as_str()) {
                seen.push(value);
                row.documents += 1;
            }
        }
        self.deals.extend(d.deals);
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
            timeline: self
                .timeline
                .iter()
                .map(|(value, counts)| TimelineReport {
                    value,
                    counts: *counts,
                })
                .collect(),
            deals: &self.deals,
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
    /// entities, money per currency and the timeline.
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
        writeln!(
            w,
            ", {} sentences, {} words",
            r.stats.sentences, r.stats.words
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
        Ok(())
    }
}

/// The deal table: funding rounds and acquisitions across the corpus,
/// in input order (company, amount, date, who invests or buys, source).
fn deal_table<W: Write>(
    w: &mut W,
    deals: &[Deal],
    top: usize,
) -> io::Result<()> {
    if deals.is_empty() {
        return Ok(());
    }
    writeln!(w, "\nDeals (type, company, amount, date, parties, source)")?;
    for d in deals.iter().take(top) {
        let amount = match (&d.amount, &d.currency) {
            (Some(a), c) => format!(
                "{} {}",
                analyze::render::abbreviate(a.0),
                c.as_deref().unwrap_or("?")
            ),
            (None, _) => "-".to_string(),
        };
        let parties = match d.parties.is_empty() {
            true => "-".to_string(),
            false => d.parties.join(", "),
        };
        writeln!(
            w,
            "  {:<12} {:<24} {:>14}  {:<10}  {}  {}",
            d.kind,
            d.company,
            amount,
            d.date.as_deref().unwrap_or("-"),
            parties,
            d.source
        )?;
    }
    more(w, deals.len(), top)
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
    deals: &'a [Deal],
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
#[derive(Debug, Clone, Copy)]
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
            deals: Vec::new(),
        }
    }

    #[test]
    fn deal_table_lists_rounds_and_acquisitions() {
        let analyzer = analyze::Analyzer::new();
        let mut agg = Aggregate::default();
        for (source, text) in [
            ("a.txt", "La start-up Lumio a levé 12 millions d'euros."),
            ("b.txt", "Le groupe Valmont a racheté Brixo pour 300 M€."),
            ("c.txt", "Il pleut."),
        ] {
            let info = analyze::DocInfo { source, ..Default::default() };
            agg.add(Digest::of(analyzer.analyze_with(text, &info)));
        }
        let mut out = Vec::new();
        agg.write_text(&mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let table = out.split("Deals").nth(1).expect("a deal table");
        let rows: Vec<&str> = table.lines().skip(1).collect();
        assert_eq!(rows.len(), 2, "{out}");
        assert!(rows[0].contains("funding") && rows[0].contains("Lumio"));
        assert!(rows[0].contains("12 M EUR") && rows[0].ends_with("a.txt"));
        assert!(rows[1].contains("acquisition") && rows[1].contains("Brixo"));
        assert!(rows[1].contains("Valmont"));
        let mut json = Vec::new();
        agg.write_json(false, &mut json).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(v["deals"][1]["company"], "Brixo");
        assert_eq!(v["deals"][1]["amount"], 300_000_000);
    }

    #[test]
    fn counts_documents_and_mentions() {
        let mut agg = Aggregate::default();
        agg.add(digest(
            &[("xAI", Label::Org, 3), ("Elon Musk", Label::Per, 1)],
            &[(Some("USD"), 2, 6e9), (None, 1, 5.0)],
            &["2024-05-26", "2024-05-26", "2024"],
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
                {"value": "2024-05-26", "documents": 2, "mentions": 3},
            ])
        );
        assert_eq!(v["dates"]["date"], 4);
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
