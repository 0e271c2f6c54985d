//! The views for people (text report, HTML page) and the machine-facing
//! subcommands (`schema`, `completions`, `man`).
//!
//! The report's snapshots are of a hand-built analysis, so they change
//! only when the renderers do, not when an extractor improves; the
//! reference article gets structural checks instead.

use analyze::extract::Kind;
use analyze::model::{
    Analysis, Cue, DateMention, DateOrigin, DateSummary, DateType, Entity,
    EntityRef, EntitySummary, Event, EventArgs, EventType, Gender,
    GenderCounts, Label, Money, MoneySummary, Quote, QuoteKind, QuoteSummary,
    Sentence, Span, Speaker, SpeakerSummary, Stats, Summary,
};
use analyze::render::{self, Options};
use serde_json::Value;

use crate::util::{analyze, json_lines};

/// A short article of our own with every kind, a vague date, a range and
/// a `<script>` that must stay text.
const ARTICLE: &str = "\
Le 3 mars 2024, Renault a annoncé un investissement de 1,5 milliard \
d'euros à Douai.
Luca de Meo, directeur général de Renault, vise 300 000 véhicules d'ici \
fin 2025 et entre 5 et 10 millions de dollars de ventes de la Zoé.

« C'est un pari <script>alert('x')</script> », a dit M. de Meo \
récemment : le plan durera trois ans, avec un bilan chaque lundi.";

/// The span of the `nth` occurrence of `needle` in [`ARTICLE`].
fn span(needle: &str, nth: usize) -> Span {
    let (byte_start, _) = ARTICLE
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the article"));
    let byte_end = byte_start + needle.len();
    Span {
        start: ARTICLE[..byte_start].chars().count(),
        end: ARTICLE[..byte_end].chars().count(),
        byte_start,
        byte_end,
    }
}

fn sentence_of(sentences: &[Sentence], sp: Span) -> usize {
    sentences
        .iter()
        .rposition(|s| s.span.byte_start <= sp.byte_start)
        .unwrap_or(0)
}

/// The hand-built analysis of [`ARTICLE`]: what a complete set of
/// extractors would say of it.
fn sample() -> Analysis<'static> {
    let sentences: Vec<Sentence> = [
        "Le 3 mars 2024, Renault a annoncé un investissement de 1,5 milliard d'euros à Douai.",
        "Luca de Meo, directeur général de Renault, vise 300 000 véhicules d'ici fin 2025 et entre 5 et 10 millions de dollars de ventes de la Zoé.",
        "« C'est un pari <script>alert('x')</script> », a dit M. de Meo récemment : le plan durera trois ans, avec un bilan chaque lundi.",
    ]
    .iter()
    .map(|s| {
        let s = s.replace('\n', "");
        let sp = span(&s, 0);
        Sentence { span: sp, text: s.into() }
    })
    .collect();
    let entity = |text: &str, nth, label, canonical: &str| {
        let sp = span(text, nth);
        Entity {
            text: text.to_string().into(),
            label,
            span: sp,
            sentence: sentence_of(&sentences, sp),
            canonical: canonical.into(),
        }
    };
    let entities = vec![
        entity("Renault", 0, Label::Org, "Renault"),
        entity("Douai", 0, Label::Loc, "Douai"),
        entity("Luca de Meo", 0, Label::Per, "Luca de Meo"),
        entity("Renault", 1, Label::Org, "Renault"),
        entity("Zoé", 0, Label::Misc, "Zoé"),
        entity("de Meo", 1, Label::Per, "Luca de Meo"),
    ];
    let money = |text: &str, amount, currency: &str, range| {
        let sp = span(text, 0);
        let (min, max) = match range {
            Some((lo, hi)) => (Some(lo), Some(hi)),
            None => (None, None),
        };
        Money {
            text: text.to_string().into(),
            span: sp,
            sentence: sentence_of(&sentences, sp),
            amount,
            currency: Some(currency.into()),
            min,
            max,
            qualifier: None,
        }
    };
    let money = vec![
        money("1,5 milliard d'euros", 1.5e9, "EUR", None),
        money("5 et 10 millions de dollars", 5e6, "USD", Some((5e6, 1e7))),
    ];
    let date = |text: &str, kind, value: &str, modifier: Option<&str>| {
        let sp = span(text, 0);
        DateMention {
            text: text.to_string().into(),
            span: sp,
            sentence: sentence_of(&sentences, sp),
            kind,
            value: value.into(),
            modifier: modifier.map(str::to_string),
            end_value: None,
        }
    };
    let dates = vec![
        date("3 mars 2024", DateType::Date, "2024-03-03", None),
        date("fin 2025", DateType::Date, "2025", Some("END")),
        date("récemment", DateType::Date, "PAST_REF", None),
        date("trois ans", DateType::Duration, "P3Y", None),
        date("chaque lundi", DateType::Set, "XXXX-WXX-1", None),
    ];
    let eref = |text: &str, nth, label, canonical: &str| EntityRef {
        text: text.to_string().into(),
        span: span(text, nth),
        canonical: canonical.into(),
        label,
    };
    let trigger = span("directeur général", 0);
    let events = vec![Event {
        kind: EventType::Role,
        text: "directeur général".into(),
        span: trigger,
        sentence: sentence_of(&sentences, trigger),
        args: EventArgs {
            person: Some(eref("Luca de Meo", 0, Label::Per, "Luca de Meo")),
            title: Some("directeur général".into()),
            organization: Some(eref("Renault", 1, Label::Org, "Renault")),
            ..EventArgs::default()
        },
    }];
    let row =
        |canonical: &str, label, mentions, forms: &[&str]| EntitySummary {
            canonical: canonical.into(),
            label,
            mentions,
            forms: forms.iter().map(|f| f.to_string().into()).collect(),
        };
    let summary = Summary {
        entities: vec![
            row("Renault", Label::Org, 2, &["Renault"]),
            row("Luca de Meo", Label::Per, 2, &["Luca de Meo", "de Meo"]),
            row("Douai", Label::Loc, 1, &["Douai"]),
            row("Zoé", Label::Misc, 1, &["Zoé"]),
        ],
        money: vec![
            MoneySummary {
                currency: Some("EUR".into()),
                count: 1,
                total: 1.5e9,
            },
            MoneySummary {
                currency: Some("USD".into()),
                count: 1,
                total: 5e6,
            },
        ],
        dates: DateSummary { date: 3, time: 0, duration: 1, set: 1 },
        quotes: QuoteSummary {
            speakers: vec![SpeakerSummary {
                speaker: "Luca de Meo".into(),
                label: Some(Label::Per),
                gender: Some(Gender::Male),
                quotes: 1,
            }],
            by_gender: GenderCounts { female: 0, male: 1, unknown: 0 },
        },
        ..Summary::default()
    };
    let words = "C'est un pari <script>alert('x')</script>";
    let quotes = vec![Quote {
        text: words.into(),
        span: span(words, 0),
        sentence: 2,
        kind: QuoteKind::Direct,
        cue: Some(Cue { text: "a dit".into(), span: span("a dit", 0) }),
        speaker: Some(Speaker {
            text: "de Meo".into(),
            span: span("de Meo", 1),
            canonical: Some("Luca de Meo".into()),
            label: Some(Label::Per),
            gender: Some(Gender::Male),
        }),
    }];
    Analysis {
        schema: 1,
        id: None,
        source: "exemple.txt".into(),
        source_encoding: Some("UTF-8".into()),
        source_replacements: None,
        language: "fr",
        reference_date: Some("2024-05-30".into()),
        reference_date_from: Some(DateOrigin::Option),
        stats: Stats {
            characters: ARTICLE.chars().count(),
            words: 70,
            sentences: sentences.len(),
        },
        sentences,
        entities,
        money,
        dates,
        percentages: Vec::new(),
        quotes,
        events,
        summary,
    }
}

fn report(a: &Analysis, opts: &Options) -> String {
    let mut out = Vec::new();
    render::text::write(a, ARTICLE, opts, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn page(a: &Analysis, opts: &Options) -> String {
    let mut out = Vec::new();
    render::html::write(a, ARTICLE, opts, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn report_snapshot_80_columns() {
    insta::assert_snapshot!(report(&sample(), &Options::default()));
}

#[test]
fn report_snapshot_narrow() {
    let opts = Options { width: 50, ..Options::default() };
    let text = report(&sample(), &opts);
    for line in text.lines() {
        assert!(line.chars().count() <= 50, "too wide: {line:?}");
    }
    insta::assert_snapshot!(text);
}

#[test]
fn report_snapshot_only_money_and_dates() {
    let opts = Options {
        kinds: vec![Kind::Money, Kind::Dates],
        ..Options::default()
    };
    let text = report(&sample(), &opts);
    assert!(!text.contains("Entities"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn report_lines_fit_every_width() {
    let a = sample();
    for width in [20, 33, 64, 80, 81, 120, 200] {
        let text = report(&a, &Options { width, ..Options::default() });
        for line in text.lines() {
            assert!(
                line.chars().count() <= width,
                "wider than {width}: {line:?}"
            );
        }
    }
}

#[test]
fn report_without_sentences_takes_context_from_the_text() {
    let mut a = sample();
    a.sentences.clear();
    let text = report(&a, &Options { width: 200, ..Options::default() });
    assert!(
        text.contains("Renault a annoncé un investissement de 1,5 milliard"),
        "{text}"
    );
}

#[test]
fn colour_only_when_asked() {
    let a = sample();
    let plain = report(&a, &Options::default());
    assert!(!plain.contains('\x1b'));
    let coloured = report(&a, &Options { color: true, ..Options::default() });
    // Magenta for people, green for money, as in the HTML legend.
    assert!(coloured.contains("\x1b[35mPER"), "{coloured}");
    assert!(coloured.contains("\x1b[32m1,5 milliard d'euros"), "{coloured}");
    let stripped = strip_ansi(&coloured);
    assert_eq!(stripped, plain);
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The article text of a page: the `<article>` element without the tags,
/// the label badges removed and the entities unescaped.
fn article_text(page: &str) -> String {
    let start = page.find("<article lang=\"fr\">").unwrap() + 19;
    let end = page.find("</article>").unwrap();
    let mut html = page[start..end].to_string();
    while let Some(i) = html.find("<span class=\"tag\">") {
        let j = i + html[i..].find("</span>").unwrap() + 7;
        html.replace_range(i..j, "");
    }
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn page_highlights_every_span_and_keeps_the_text() {
    let a = sample();
    let html = page(&a, &Options::default());
    let marks = html.matches("<mark class=\"hl ").count();
    assert_eq!(marks, a.entities.len() + a.money.len() + a.dates.len());
    for class in ["PER", "ORG", "LOC", "MISC", "MONEY", "DATE"] {
        assert!(html.contains(&format!("<mark class=\"hl {class}\"")));
    }
    assert_eq!(article_text(&html), ARTICLE);
    // Hovering shows the label and the normalised value.
    assert!(html.contains("data-tip=\"PER · Luca de Meo\""), "{html}");
    assert!(html.contains("data-tip=\"MONEY · 1 500 000 000 EUR\""), "{html}");
    assert!(html.contains("data-tip=\"DATE · 2025 (END)\""), "{html}");
}

#[test]
fn page_escapes_text_and_fetches_nothing() {
    let html = page(&sample(), &Options::default());
    assert!(!html.contains("<script"), "raw script tag in the page");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    for fetch in ["src=", "http:", "https:", "@import", "url("] {
        assert!(!html.contains(fetch), "page may fetch: {fetch}");
    }
    assert!(html.contains("Content-Security-Policy"));
}

#[test]
fn page_panel_lists_entities_money_and_timeline() {
    let html = page(&sample(), &Options::default());
    for section in ["id=\"entities\"", "id=\"money\"", "id=\"timeline\""] {
        assert!(html.contains(section), "no {section}");
    }
    assert!(html.contains("5 000 000 – 10 000 000 USD"));
    assert!(html.contains("5 M – 10 M USD"));
    // The timeline: resolved values in order, vague ones after them.
    let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("no {s}"));
    assert!(at(">2024-03-03<") < at(">2025 (END)<"));
    assert!(at(">2025 (END)<") < at(">PAST_REF<"));
    let only = Options { kinds: vec![Kind::Money], ..Options::default() };
    let html = page(&sample(), &only);
    assert!(html.contains("id=\"money\""));
    assert!(!html.contains("id=\"entities\""));
    assert!(!html.contains("id=\"timeline\""));
}

#[test]
fn page_facts_panel_links_each_fact_to_its_trigger() {
    let a = sample();
    let html = page(&a, &Options::default());
    crate::invariants::check_page(&html).unwrap();
    assert!(html.contains("<section id=\"facts\">"), "{html}");
    // The facts come first in the panel.
    assert!(html.find("id=\"facts\"") < html.find("id=\"entities\""));
    assert!(
        html.contains(
            "<a href=\"#f0\">Luca de Meo — directeur général, Renault</a>"
        ),
        "{html}"
    );
    assert!(html.contains("<span class=\"trigger\" id=\"f0\""), "{html}");
    let at = html.find("id=\"f0\"").unwrap();
    assert!(
        html[at..]
            .split_once('>')
            .unwrap()
            .1
            .starts_with("directeur général</span>")
    );
    assert_eq!(article_text(&html), ARTICLE);
    // --only: no facts without events, only facts with them alone.
    let only = Options { kinds: vec![Kind::Money], ..Options::default() };
    let html = page(&a, &only);
    assert!(!html.contains("id=\"facts\""));
    assert!(!html.contains("class=\"trigger\""));
    let only = Options { kinds: vec![Kind::Events], ..Options::default() };
    let html = page(&a, &only);
    assert!(html.contains("id=\"facts\""));
    assert!(!html.contains("id=\"entities\""));
}

/// A trigger inside a quote nests in it; one that would cut a quote or a
/// highlight in two is not drawn, and its fact links to what is in the
/// way; two facts stated by one word share its anchor.
#[test]
fn page_triggers_nest_in_quotes_and_yield_to_highlights() {
    let mut a = sample();
    let role = a.events[0].clone();
    let event = |text: &str, nth| {
        let sp = span(text, nth);
        Event {
            text: text.to_string().into(),
            span: sp,
            sentence: 0,
            ..role.clone()
        }
    };
    a.events = vec![
        event("pari", 0),
        event("Renault", 0),
        event("« C'est", 0),
        role.clone(),
        role,
    ];
    let html = page(&a, &Options::default());
    crate::invariants::check_page(&html).unwrap();
    assert_eq!(article_text(&html), ARTICLE);
    assert!(html.contains(
        "<span class=\"quote\" id=\"q0\" data-who=\"Luca de Meo\" \
         title=\"Luca de Meo · a dit\">C&#39;est un <span class=\"trigger\" \
         id=\"f0\""
    ));
    let links: Vec<&str> = html
        .split("<ul class=\"facts\">")
        .nth(1)
        .and_then(|l| l.split("</ul>").next())
        .unwrap()
        .split("<a href=\"")
        .skip(1)
        .map(|l| &l[..l.find('"').unwrap()])
        .collect();
    // `Renault` is the second highlight, after the date.
    assert_eq!(links, ["#f0", "#m1", "#q0", "#f3", "#f3"]);
    assert_eq!(html.matches("class=\"trigger\"").count(), 2);
}

#[test]
fn page_survives_spans_that_do_not_fit_the_text() {
    let mut a = sample();
    a.entities[0].span.byte_end = ARTICLE.len() + 10;
    a.entities[1].span.byte_start = 1;
    // "é" of "récemment" is two bytes: cut it in the middle.
    let r = ARTICLE.find("récemment").unwrap();
    a.dates[2].span.byte_start = r + 2;
    let html = page(&a, &Options::default());
    assert!(html.contains("</html>"));
    assert!(html.matches("<mark class=\"hl ").count() < 13);
}

#[test]
fn reference_article_report_and_page_are_whole() {
    let text = analyze()
        .args([
            "--format",
            "text",
            "--color",
            "never",
            "--ref-date",
            "2024-05-30",
            "fixtures/xai-economist-fr.txt",
        ])
        .env("COLUMNS", "72")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert!(text.starts_with("fixtures/xai-economist-fr.txt\n"), "{text}");
    assert!(
        text.contains("reference date 2024-05-30 (from --ref-date)"),
        "{text}"
    );
    for line in text.lines() {
        assert!(line.chars().count() <= 72, "too wide: {line:?}");
    }
    let json = analyze()
        .args([
            "--format",
            "json",
            "--ref-date",
            "2024-05-30",
            "fixtures/xai-economist-fr.txt",
        ])
        .output()
        .unwrap()
        .stdout;
    let doc = &json_lines(&json)[0];
    let html = analyze()
        .args([
            "--format",
            "html",
            "--ref-date",
            "2024-05-30",
            "fixtures/xai-economist-fr.txt",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let html = String::from_utf8(html).unwrap();
    let count = |k: &str| doc[k].as_array().unwrap().len();
    assert_eq!(
        html.matches("<mark class=\"hl ").count(),
        count("entities") + count("money") + count("dates")
    );
    // The article whole, but for the white space around it.
    let input = crate::util::reference_text();
    assert_eq!(article_text(&html), input.trim());
}

#[test]
fn colour_flag_and_no_color() {
    let run = |args: &[&str], no_color: bool| {
        let mut cmd = analyze();
        cmd.args(["--format", "text"]).args(args);
        cmd.arg("fixtures/xai-economist-fr.txt");
        if no_color {
            cmd.env("NO_COLOR", "1");
        } else {
            cmd.env_remove("NO_COLOR");
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(run(&["--color", "always"], false).contains('\x1b'));
    // An explicit flag wins over NO_COLOR (no-color.org).
    assert!(run(&["--color", "always"], true).contains('\x1b'));
    assert!(!run(&["--color", "never"], false).contains('\x1b'));
    // Piped: auto means no colour.
    assert!(!run(&[], false).contains('\x1b'));
    let out = analyze()
        .args(["--color", "sometimes", "x"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert_eq!(String::from_utf8(out).unwrap().lines().count(), 1);
}

#[test]
fn html_takes_one_input() {
    analyze()
        .args(["--format", "html", "a.txt", "b.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "analyze: --format html: one page per run, give one text input\n",
        );
}

fn schema_validator() -> jsonschema::Validator {
    let out = analyze().arg("schema").assert().success().get_output().clone();
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema, analyze::render::json::schema());
    jsonschema::validator_for(&schema).unwrap()
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn schema_validates_real_output() {
    let v = schema_validator();
    let out = analyze()
        .args([
            "--format",
            "json",
            "--ref-date",
            "2024-05-30",
            "fixtures/xai-economist-fr.txt",
        ])
        .output()
        .unwrap();
    assert_valid(&v, &json_lines(&out.stdout)[0]);
    let out = analyze()
        .args(["--input-format", "jsonl", "-"])
        .write_stdin(
            "{\"id\": 7, \"text\": \"Le 3 mars, Renault a levé 2 Md€.\"}\n",
        )
        .output()
        .unwrap();
    assert_valid(&v, &json_lines(&out.stdout)[0]);
    // Every field a complete analysis can hold.
    assert_valid(&v, &serde_json::to_value(sample()).unwrap());
}

#[test]
fn schema_rejects_what_the_contract_forbids() {
    let v = schema_validator();
    let mut doc = serde_json::to_value(sample()).unwrap();
    doc["entities"][0]["label"] = "PERSON".into();
    assert!(!v.is_valid(&doc));
    let mut doc = serde_json::to_value(sample()).unwrap();
    doc.as_object_mut().unwrap().remove("money");
    assert!(!v.is_valid(&doc));
    let mut doc = serde_json::to_value(sample()).unwrap();
    doc["dates"][0]["type"] = "EVENT".into();
    assert!(!v.is_valid(&doc));
}

#[test]
fn completions_and_man_page() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef analyze"),
        ("fish", "complete -c analyze"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = analyze()
            .args(["completions", shell])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let script = String::from_utf8(out).unwrap();
        assert!(script.contains(marker), "{shell}: {script}");
        assert!(script.contains("ref-date"), "{shell}");
    }
    let out = analyze().arg("man").assert().success().get_output().clone();
    let man = String::from_utf8(out.stdout).unwrap();
    assert!(man.contains(".TH analyze 1"), "{man}");
    assert!(man.contains("ref\\-date"), "{man}");
    // The sections clap cannot derive, after the generated ones (#12).
    let at = |s: &str| man.find(s).unwrap_or_else(|| panic!("no {s}: {man}"));
    let sections = [
        ".SH OPTIONS",
        ".SH ENVIRONMENT",
        ".SH EXIT STATUS",
        ".SH OUTPUT",
        ".SH EXAMPLES",
    ];
    for pair in sections.windows(2) {
        assert!(at(pair[0]) < at(pair[1]), "{pair:?}");
    }
    for word in ["NO_COLOR", "COLUMNS", "reference_date_from", "analyze eval"]
    {
        assert!(man.contains(word), "no {word}: {man}");
    }
    assert!(!man.contains(".SH EXTRA"), "{man}");
    analyze().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn a_file_named_like_a_subcommand_is_read_as_a_path() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("schema"), "Il pleut.").unwrap();
    let out = analyze()
        .current_dir(dir.path())
        .args(["--format", "json", "./schema"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_lines(&out)[0]["source"], "./schema");
}

#[test]
fn only_limits_the_report_sections() {
    let out = analyze()
        .args(["--format", "text", "--only", "money,dates"])
        .arg("fixtures/xai-economist-fr.txt")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("\nMoney") && text.contains("\nDates"), "{text}");
    assert!(!text.contains("Entities") && !text.contains("entity"), "{text}");
    let out = analyze()
        .args(["--format", "text", "--only", "sentences"])
        .arg("fixtures/xai-economist-fr.txt")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("\nSentences (41)\n"), "{text}");
    assert!(
        text.contains("\n   2  Le 26 mai, c'était au tour d' Elon Musk .\n")
    );
}

#[test]
fn subcommand_usage_errors_are_one_line() {
    analyze().arg("completions").assert().code(2).stderr(
        "analyze: the following required arguments were not provided: \
         <SHELL> (see analyze --help)\n",
    );
}

/// The report's counts say `1 sentence`, not `1 sentences` (#12).
#[test]
fn report_counts_agree_with_their_number() {
    let out = analyze()
        .args(["--format", "text", "--color", "never", "-"])
        .write_stdin("Renault a levé 2 milliards d'euros.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains(" 1 sentence\n"), "{text}");
    assert!(text.contains("1 entity mention of 1 name, 1 amount"), "{text}");
    assert!(text.contains("Entities (1 name, 1 mention)"), "{text}");
}

/// The amounts of the report are right-aligned: their digits line up
/// (#12).
#[test]
fn report_amounts_are_right_aligned() {
    let text =
        report(&sample(), &Options { width: 120, ..Options::default() });
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(" EUR") || l.contains(" USD"))
        .filter(|l| !l.trim_start().starts_with('…'))
        .collect();
    assert_eq!(rows.len(), 2, "{text}");
    let end = |row: &str, code: &str| {
        row.find(&format!(" {code}")).map(|i| row[..i].chars().count())
    };
    assert_eq!(end(rows[0], "EUR"), end(rows[1], "USD"), "{text}");
}

/// White space around the article takes no line in the page (#12).
#[test]
fn page_leaves_out_white_space_around_the_article() {
    let out = analyze()
        .args(["--format", "html", "-"])
        .write_stdin("\n\n  Renault a levé 2 milliards d'euros.\n\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let html = String::from_utf8(out).unwrap();
    let start = html.find("<article lang=\"fr\">").unwrap() + 19;
    assert!(html[start..].starts_with("<mark"), "{}", &html[start..]);
    assert!(
        html.contains("d&#39;euros</span></mark>.</article>")
            || html.contains(".</article>"),
        "{html}"
    );
    assert!(!html.contains(".\n\n</article>"), "{html}");
}

#[test]
fn percentages_in_the_report_and_the_page() {
    let text = "Le taux de chômage recule de 0,2 point, à 7,3 %. \
                Les salaires progressent de 3 à 4 %.";
    let a = analyze::Analyzer::new().analyze(text);
    let mut out = Vec::new();
    render::text::write(&a, text, &Options::default(), &mut out).unwrap();
    let report = String::from_utf8(out).unwrap();
    assert!(report.contains("3 percentages"), "{report}");
    assert!(report.contains("Percentages (3 percentages)"), "{report}");
    for row in ["0,2 point  0,2 pt", "7,3 %      7,3 %", "3 à 4 %    3 – 4 %"]
    {
        assert!(report.contains(row), "{row:?} not in\n{report}");
    }
    let only = Options { kinds: vec![Kind::Money], ..Options::default() };
    let mut out = Vec::new();
    render::text::write(&a, text, &only, &mut out).unwrap();
    assert!(!String::from_utf8(out).unwrap().contains("Percentages"));
    let mut out = Vec::new();
    render::html::write(&a, text, &Options::default(), &mut out).unwrap();
    let page = String::from_utf8(out).unwrap();
    assert!(page.contains("<b>PERCENT</b> percentage · 3"));
    assert!(page.contains("<section id=\"percentages\">"));
    assert_eq!(page.matches("<mark class=\"hl PERCENT\"").count(), 3);
}
