//! Events in French news prose (`tests/data/events_news/`, two sets
//! written for this project; see its README).
//!
//! Scored as `score.py` scores events: a system event may match a
//! required gold event of the same type whose key argument it gets right
//! (funding, valuation, result: `company`; acquisition: `target`; role:
//! `person`), one to one, pairs with more right arguments first. An
//! entity argument is right when the canonical names are equal (case and
//! spaces aside), an amount when amount and currency are, a date when its
//! value is, a percentage when its value is, a string when it is equal
//! case aside, investors when the sets of names are equal. A system event
//! left unmatched that an optional gold event would accept is ignored.
//! `events`: type + key; `full`: every argument the gold gives right.

use analyze::{Analyzer, DocInfo};
use serde_json::Value;

use crate::util::{prf, root};

/// Floors for the whole set. The first run, before any rule was written
/// for these texts, gave events F1 0.911 and full F1 0.756; when the
/// floors were set, 0.945 and 0.923 (the misses are names the entity
/// reader cuts short or misses). They leave room for a doubtful reading,
/// not for a regression.
const MIN_EVENTS_F1: f64 = 0.90;
const MIN_FULL_F1: f64 = 0.85;

/// Floors for set B (`events_news_b.jsonl`), written and annotated
/// blind like the first: its first run gave events F1 0.837 and full F1
/// 0.512; 0.935 and 0.783 when the floors were set (the misses are
/// mostly names the entity reader misses).
const MIN_EVENTS_F1_B: f64 = 0.88;
const MIN_FULL_F1_B: f64 = 0.72;

/// Floors for set C (`events_news_c.jsonl`, full-length articles),
/// written and annotated blind: its first run gave events F1 0.861 and
/// full F1 0.583 by `score.py`.
const MIN_EVENTS_F1_C: f64 = 0.84;
const MIN_FULL_F1_C: f64 = 0.55;

const KEYS: [(&str, &str); 5] = [
    ("funding", "company"),
    ("acquisition", "target"),
    ("valuation", "company"),
    ("result", "company"),
    ("role", "person"),
];

fn key_of(kind: &str) -> &'static str {
    KEYS.iter().find(|k| k.0 == kind).map_or("company", |k| k.1)
}

fn name(v: &Value) -> Option<String> {
    let s = v.as_str()?;
    let k = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    (!k.is_empty()).then_some(k)
}

fn entity_ok(g: &Value, s: &Value) -> bool {
    match (name(&g["canonical"]), name(&s["canonical"])) {
        (Some(a), Some(b)) => a == b,
        _ => {
            let (gs, ge) = (g["start"].as_u64(), g["end"].as_u64());
            let (ss, se) = (s["start"].as_u64(), s["end"].as_u64());
            matches!((gs, ge, ss, se), (Some(a), Some(b), Some(c), Some(d))
                if a < d && c < b)
        }
    }
}

fn number_ok(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => {
            (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
        }
        _ => false,
    }
}

fn members(v: &Value) -> Vec<&Value> {
    let mut out: Vec<&Value> = Vec::new();
    for m in v.as_array().into_iter().flatten() {
        let k = name(&m["canonical"]);
        if k.is_none() || !out.iter().any(|o| name(&o["canonical"]) == k) {
            out.push(m);
        }
    }
    out
}

fn arg_ok(role: &str, g: &Value, s: &Value) -> bool {
    match role {
        "investors" => {
            let (gm, sm) = (members(g), members(s));
            gm.len() == sm.len()
                && gm.iter().all(|m| sm.iter().any(|x| entity_ok(m, x)))
        }
        "round" | "title" | "metric" | "status" => {
            name(g).is_some() && name(g) == name(s)
        }
        "amount" | "valuation" => {
            number_ok(&g["amount"], &s["amount"])
                && g["currency"] == s["currency"]
        }
        "date" | "period" => {
            g["value"].is_string() && g["value"] == s["value"]
        }
        "stake" | "change" => number_ok(&g["value"], &s["value"]),
        _ => s.is_object() && entity_ok(g, s),
    }
}

/// Role -> right? for every argument the gold gives.
fn arg_results(g: &Value, s: &Value) -> Vec<(String, bool)> {
    let Some(args) = g["args"].as_object() else { return Vec::new() };
    args.iter()
        .filter(|(_, v)| match v {
            Value::Null => false,
            Value::String(x) => !x.trim().is_empty(),
            Value::Array(a) => !a.is_empty(),
            _ => true,
        })
        .map(|(role, v)| (role.clone(), arg_ok(role, v, &s["args"][role])))
        .collect()
}

fn key_ok(g: &Value, s: &Value) -> bool {
    if g["type"] != s["type"] {
        return false;
    }
    let key = key_of(g["type"].as_str().unwrap_or(""));
    match (&g["args"][key], &s["args"][key]) {
        (Value::Null, x) => x.is_null(),
        (a, b) => b.is_object() && entity_ok(a, b),
    }
}

fn brief(e: &Value) -> String {
    let mut out =
        format!("{} {:?}", e["type"], e["text"].as_str().unwrap_or(""));
    if let Some(args) = e["args"].as_object() {
        for (role, v) in args {
            let shown = match v {
                Value::Array(a) => format!(
                    "[{}]",
                    a.iter()
                        .map(|m| m["canonical"].as_str().unwrap_or("?"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Value::Object(o) if o.contains_key("canonical") => {
                    o["canonical"].as_str().unwrap_or("?").to_string()
                }
                Value::Object(o) if o.contains_key("amount") => {
                    format!("{} {}", o["amount"], o["currency"])
                }
                Value::Object(o) => o["value"].to_string(),
                v => v.to_string(),
            };
            out.push_str(&format!(" {role}={shown}"));
        }
    }
    out
}

/// Scores one set: events F1, full F1 and the report to print.
fn score_set(file: &str) -> (f64, f64, String) {
    let data = std::fs::read_to_string(
        root().join("tests/data/events_news").join(file),
    )
    .unwrap();
    let analyzer = Analyzer::new();
    let (mut tp, mut fp, mut fn_, mut full) = (0, 0, 0, 0);
    let mut errors = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let id = case["id"].as_str().unwrap_or("?");
        let info = DocInfo {
            source: id,
            reference_date: Some(
                case["reference_date"].as_str().unwrap().parse().unwrap(),
            ),
            ..DocInfo::default()
        };
        let text = case["text"].as_str().unwrap();
        let out =
            serde_json::to_value(analyzer.analyze_with(text, &info)).unwrap();
        let gold = case["events"].as_array().unwrap();
        let found = out["events"].as_array().cloned().unwrap_or_default();
        let (req, opt): (Vec<&Value>, Vec<&Value>) =
            gold.iter().partition(|g| g["optional"] != true);
        let mut cands = Vec::new();
        for (gi, g) in req.iter().enumerate() {
            for (si, s) in found.iter().enumerate() {
                if key_ok(g, s) {
                    let right =
                        arg_results(g, s).iter().filter(|r| r.1).count();
                    cands.push((usize::MAX - right, gi, si));
                }
            }
        }
        cands.sort();
        let mut used_g = vec![false; req.len()];
        let mut used_s = vec![false; found.len()];
        for (_, gi, si) in cands {
            if used_g[gi] || used_s[si] {
                continue;
            }
            used_g[gi] = true;
            used_s[si] = true;
            tp += 1;
            let wrong: Vec<String> = arg_results(req[gi], &found[si])
                .into_iter()
                .filter(|r| !r.1)
                .map(|r| r.0)
                .collect();
            if wrong.is_empty() {
                full += 1;
            } else {
                errors.push(format!(
                    "{id}: wrong {wrong:?}\n  gold   {}\n  system {}",
                    brief(req[gi]),
                    brief(&found[si])
                ));
            }
        }
        for (gi, g) in req.iter().enumerate() {
            if !used_g[gi] {
                fn_ += 1;
                errors.push(format!("{id}: missed {}", brief(g)));
            }
        }
        for (si, s) in found.iter().enumerate() {
            if !used_s[si] && !opt.iter().any(|o| key_ok(o, s)) {
                fp += 1;
                errors.push(format!("{id}: spurious {}", brief(s)));
            }
        }
    }
    let (p, r, f) = prf(tp, fp, fn_);
    let (fp_full, fn_full) = (fp + tp - full, fn_ + tp - full);
    let (fp2, fr2, ff2) = prf(full, fp_full, fn_full);
    let report = format!(
        "{file}\n\
         events P {p:.3} R {r:.3} F1 {f:.3} (tp {tp} fp {fp} fn {fn_})\n\
         full   P {fp2:.3} R {fr2:.3} F1 {ff2:.3} (tp {full})\n{}",
        errors.join("\n")
    );
    (f, ff2, report)
}

#[test]
fn news_events_meet_the_floors() {
    let (f, ff, report) = score_set("events_news.jsonl");
    eprintln!("{report}");
    assert!(f >= MIN_EVENTS_F1 && ff >= MIN_FULL_F1, "{report}");
}

#[test]
fn news_events_set_b_meet_the_floors() {
    let (f, ff, report) = score_set("events_news_b.jsonl");
    eprintln!("{report}");
    assert!(f >= MIN_EVENTS_F1_B && ff >= MIN_FULL_F1_B, "{report}");
}

#[test]
fn news_events_set_c_meet_the_floors() {
    let (f, ff, report) = score_set("events_news_c.jsonl");
    eprintln!("{report}");
    assert!(f >= MIN_EVENTS_F1_C && ff >= MIN_FULL_F1_C, "{report}");
}
