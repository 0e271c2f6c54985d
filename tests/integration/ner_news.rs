//! Named entities on modern French news articles written and annotated
//! by hand (`tests/data/ner_news/`, see its README: the first set's errors
//! were studied to improve the rules, the third set's never were): strict
//! (same span and label) and lenient (overlap, same label, one-to-one)
//! F1, overall and per label, as `../shared/eval/score.py` computes them. The thresholds sit a little
//! below the measured figures so that a regression fails; on failure the
//! errors are printed.

use std::collections::BTreeMap;

use analyze::Analyzer;
use serde_json::Value;

use crate::util::root;

/// `(start, end, label, text)`, offsets in code points.
type Item = (usize, usize, String, String);

struct Case {
    id: String,
    gold: Vec<Item>,
    system: Vec<Item>,
}

fn cases(file: &str) -> Vec<Case> {
    let path = root().join("tests/data/ner_news").join(file);
    let raw = std::fs::read_to_string(path).unwrap();
    let analyzer = Analyzer::new();
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            let text = v["text"].as_str().unwrap();
            let gold = v["entities"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e["start"].as_u64().unwrap() as usize,
                        e["end"].as_u64().unwrap() as usize,
                        e["label"].as_str().unwrap().to_string(),
                        e["text"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            let system = analyzer
                .analyze(text)
                .entities
                .iter()
                .map(|e| {
                    (
                        e.span.start,
                        e.span.end,
                        e.label.as_str().to_string(),
                        e.text.to_string(),
                    )
                })
                .collect();
            Case { id: v["id"].as_str().unwrap().to_string(), gold, system }
        })
        .collect()
}

/// True positives under `same`, one-to-one, gold items in order.
fn matches(
    gold: &[Item],
    system: &[Item],
    same: &dyn Fn(&Item, &Item) -> bool,
) -> Vec<bool> {
    let mut used = vec![false; system.len()];
    gold.iter()
        .map(|g| {
            let hit =
                (0..system.len()).find(|&k| !used[k] && same(g, &system[k]));
            if let Some(k) = hit {
                used[k] = true;
            }
            hit.is_some()
        })
        .collect()
}

fn f1(tp: usize, n_gold: usize, n_system: usize) -> f64 {
    if n_gold + n_system == 0 {
        return 1.0;
    }
    2.0 * tp as f64 / (n_gold + n_system) as f64
}

/// Minimum strict and lenient F1, overall (`ALL`) and per label.
type Targets<'a> = &'a [(&'a str, f64, f64)];

/// Scores `file` and asserts `targets`, printing the errors on failure.
fn check(file: &str, targets: Targets<'_>) {
    let strict = |g: &Item, s: &Item| g.0 == s.0 && g.1 == s.1 && g.2 == s.2;
    let lenient = |g: &Item, s: &Item| g.0 < s.1 && s.0 < g.1 && g.2 == s.2;
    // label -> (strict tp, lenient tp, gold, system)
    let mut by_label: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let mut errors = Vec::new();
    for c in cases(file) {
        let hit_s = matches(&c.gold, &c.system, &strict);
        let hit_l = matches(&c.gold, &c.system, &lenient);
        for (k, g) in c.gold.iter().enumerate() {
            let e = by_label.entry(g.2.clone()).or_default();
            e[0] += usize::from(hit_s[k]);
            e[1] += usize::from(hit_l[k]);
            e[2] += 1;
            if !hit_s[k] {
                errors.push(format!(
                    "{}: missed {} {:?} {}-{}",
                    c.id, g.2, g.3, g.0, g.1
                ));
            }
        }
        for s in &c.system {
            by_label.entry(s.2.clone()).or_default()[3] += 1;
            if !c.gold.iter().any(|g| strict(g, s)) {
                errors.push(format!(
                    "{}: spurious {} {:?} {}-{}",
                    c.id, s.2, s.3, s.0, s.1
                ));
            }
        }
    }
    let total = by_label.values().fold([0; 4], |mut a, v| {
        for k in 0..4 {
            a[k] += v[k];
        }
        a
    });
    let mut report = format!(
        "strict F1 {:.3}, lenient F1 {:.3}",
        f1(total[0], total[2], total[3]),
        f1(total[1], total[2], total[3])
    );
    for (l, v) in &by_label {
        report += &format!(
            "; {l} strict {:.3} lenient {:.3}",
            f1(v[0], v[2], v[3]),
            f1(v[1], v[2], v[3])
        );
    }
    for &(label, min_strict, min_lenient) in targets {
        let v = if label == "ALL" { total } else { by_label[label] };
        let (s, l) = (f1(v[0], v[2], v[3]), f1(v[1], v[2], v[3]));
        assert!(
            s >= min_strict && l >= min_lenient,
            "{file} {label}: strict {s:.3} (min {min_strict}), lenient {l:.3} (min {min_lenient})\n{report}\n{}",
            errors.join("\n")
        );
    }
}

/// The first set, whose errors were studied to improve the rules.
#[test]
fn held_out_news_entities_reach_the_targets() {
    check(
        "ner_fr_news.jsonl",
        &[
            ("ALL", 0.95, 0.95),
            ("PER", 0.95, 0.95),
            ("ORG", 0.95, 0.95),
            ("LOC", 0.95, 0.95),
            ("MISC", 0.90, 0.90),
        ],
    );
}

/// The second set, written after the first round of rules; a few of
/// its errors then suggested general rules, so it is no longer blind.
#[test]
fn fresh_news_entities_reach_the_targets() {
    check(
        "ner_fr_news_fresh.jsonl",
        &[
            ("ALL", FRESH_STRICT, FRESH_LENIENT),
            ("PER", 0.90, 0.90),
            ("ORG", 0.75, 0.85),
            ("LOC", 0.88, 0.88),
        ],
    );
}

/// The third set, written after every rule of this round: the figure
/// to quote for generalisation.
#[test]
fn final_news_entities_reach_the_targets() {
    check(
        "ner_fr_news_final.jsonl",
        &[("ALL", 0.84, 0.88), ("PER", 0.93, 0.93), ("LOC", 0.90, 0.90)],
    );
}

/// The fourth set (economy, sport, culture, tech), written and scored
/// before the rules of its round (strict F1 0.743 then); a few of its
/// errors then suggested general rules, so it is no longer blind.
#[test]
fn fourth_news_set_entities_reach_the_targets() {
    check(
        "ner_fr_news_blind.jsonl",
        &[("ALL", 0.85, 0.87), ("ORG", 0.89, 0.89), ("MISC", 0.75, 0.75)],
    );
}

const FRESH_STRICT: f64 = 0.84;
const FRESH_LENIENT: f64 = 0.87;

/// The fifth set (takeovers, politics, sport, courts, tech, world,
/// regions; organisations no list holds, public bodies, clubs, acronyms,
/// products), written and annotated before the extractor was run on it
/// (strict F1 0.744 then); its errors then suggested the rules of #13
/// (evidence of frames, public bodies, sea names, clubs, demonyms), so
/// it is no longer blind.
#[test]
fn fifth_news_set_entities_reach_the_targets() {
    check(
        "ner_fr_news_unseen.jsonl",
        &[
            ("ALL", 0.91, 0.93),
            ("PER", 0.92, 0.92),
            ("ORG", 0.90, 0.93),
            ("LOC", 0.93, 0.95),
            ("MISC", 0.80, 0.80),
        ],
    );
}

/// The sixth set (takeovers, politics, sport, regions, world, industry;
/// companies known only by their frame, public bodies, clubs, places
/// with a trigger noun), written and annotated before the extractor was
/// run on it (strict F1 0.797 then); its errors then suggested the rules
/// of its round (place nouns before `de`, landforms and districts with
/// their noun, matches in the present), so it is no longer blind.
#[test]
fn sixth_news_set_entities_reach_the_targets() {
    check(
        "ner_fr_news_sixth.jsonl",
        &[
            ("ALL", 0.89, 0.89),
            ("PER", 0.95, 0.95),
            ("ORG", 0.88, 0.88),
            ("LOC", 0.86, 0.86),
        ],
    );
}

/// The seventh set (Belgian, Swiss, Québec, West African, regional,
/// tech, world and culture desks), written and annotated before the
/// extractor was run on it (strict F1 0.760 then); its errors then
/// suggested the rules of its round, so it is no longer blind.
#[test]
fn seventh_news_set_entities_reach_the_targets() {
    check("ner_fr_news_seventh.jsonl", &[("ALL", 0.82, 0.82)]);
}

/// The eighth set (business, regional, politics, sport, tech, world,
/// Belgian and culture desks), written and annotated before the
/// extractor was run on it (strict F1 0.844 then); its errors then
/// suggested the rules of its round (bodies named after their town,
/// models after a product's noun, makers of products), so it is no
/// longer blind.
#[test]
fn eighth_news_set_entities_reach_the_targets() {
    check(
        "ner_fr_news_eighth.jsonl",
        &[
            ("ALL", 0.91, 0.91),
            ("PER", 0.94, 0.94),
            ("ORG", 0.91, 0.91),
            ("LOC", 0.88, 0.88),
            ("MISC", 0.85, 0.85),
        ],
    );
}

/// The ninth set (part 1: takeovers, results, start-ups, Swiss, Québec,
/// African, regional and transport desks; part 2: politics, a trial,
/// football, hockey and tennis, a summit, culture, health, local news),
/// written and annotated before the extractor was run on it (strict F1
/// 0.824 then: 0.859 and 0.785 for its parts); its errors then suggested
/// the rules of its round, so it is no longer blind.
#[test]
fn ninth_news_set_entities_reach_the_targets() {
    check(
        "ner_fr_news_ninth.jsonl",
        &[
            ("ALL", 0.86, 0.86),
            ("PER", 0.95, 0.95),
            ("ORG", 0.83, 0.83),
            ("LOC", 0.87, 0.87),
            ("MISC", 0.73, 0.73),
        ],
    );
}

/// The tenth set (results, a takeover, a receivership, a municipal
/// campaign, rugby, a Belgian strike, AI and chips, culture, South Sudan,
/// a drought), written and annotated before the extractor was run on it
/// (strict F1 0.845 then, after the ninth set's round; 0.837 before it);
/// its errors then suggested a few rules, so it is no longer blind.
#[test]
fn tenth_news_set_entities_reach_the_targets() {
    check(
        "ner_fr_news_tenth.jsonl",
        &[
            ("ALL", 0.85, 0.85),
            ("PER", 0.95, 0.95),
            ("ORG", 0.85, 0.85),
            ("LOC", 0.85, 0.85),
        ],
    );
}

/// The eleventh and twelfth sets, each scored blind before a round of
/// rules (0.815 and 0.826); floors a little under today's figures.
#[test]
fn eleventh_and_twelfth_news_sets_entities_reach_the_targets() {
    check("ner_fr_news_eleventh.jsonl", &[("ALL", 0.86, 0.86)]);
    check("ner_fr_news_twelfth.jsonl", &[("ALL", 0.88, 0.88)]);
}

/// The thirteenth set, scored blind (0.846) before the round written
/// from its errors.
#[test]
fn thirteenth_news_set_entities_reach_the_targets() {
    check(
        "ner_fr_news_thirteenth.jsonl",
        &[("ALL", 0.89, 0.89), ("PER", 0.95, 0.95), ("ORG", 0.86, 0.86)],
    );
}

/// The fourteenth set, held out: no rule was written from it (0.847
/// blind); the floor guards against regressions only.
#[test]
fn fourteenth_news_set_entities_reach_the_targets() {
    check("ner_fr_news_fourteenth.jsonl", &[("ALL", 0.85, 0.85)]);
}

/// The fifteenth set, scored blind (0.802) before the round written
/// from its errors.
#[test]
fn fifteenth_news_set_entities_reach_the_targets() {
    check(
        "ner_fr_news_fifteenth.jsonl",
        &[("ALL", 0.84, 0.84), ("PER", 0.90, 0.90), ("ORG", 0.85, 0.85)],
    );
}

/// The sixteenth set, held out: no rule was written from it (0.811
/// blind); the floor guards against regressions only.
#[test]
fn sixteenth_news_set_entities_reach_the_targets() {
    check("ner_fr_news_sixteenth.jsonl", &[("ALL", 0.80, 0.80)]);
}

/// The seventeenth set, scored blind (0.824) before the few rules
/// written from its errors, and the eighteenth, held out (0.820 blind).
#[test]
fn seventeenth_and_eighteenth_news_sets_entities_reach_the_targets() {
    check("ner_fr_news_seventeenth.jsonl", &[("ALL", 0.82, 0.82)]);
    check("ner_fr_news_eighteenth.jsonl", &[("ALL", 0.80, 0.80)]);
}

/// The nineteenth set, held out: 0.784 blind at 21568d7, before the
/// session's rules; no rule was written from it.
#[test]
fn nineteenth_news_set_entities_reach_the_target() {
    check("ner_fr_news_nineteenth.jsonl", &[("ALL", 0.76, 0.76)]);
}

/// The twentieth set: 0.834 blind at bd40e01, before any rule of its
/// round; its errors were studied afterwards.
#[test]
fn twentieth_news_set_entities_reach_the_target() {
    check("ner_fr_news_twentieth.jsonl", &[("ALL", 0.81, 0.81)]);
}

/// The twenty-first set, on the line between people and organisations
/// in business news: 0.777 blind at bd40e01, 0.795 with the rules of the
/// round before any was written from it; its errors were studied
/// afterwards.
#[test]
fn twenty_first_news_set_entities_reach_the_target() {
    check("ner_fr_news_twenty_first.jsonl", &[("ALL", 0.77, 0.77)]);
}

/// The twenty-second set, written blind: 0.866 at e1d79df; its errors
/// were studied afterwards.
#[test]
fn twenty_second_news_set_entities_reach_the_target() {
    check("ner_fr_news_twenty_second.jsonl", &[("ALL", 0.85, 0.85)]);
}

/// The twenty-third set, written blind and held out (its errors are not
/// read): 0.906 at e1d79df, 0.917 with the rules of the round that
/// followed, none written from it.
#[test]
fn twenty_third_news_set_entities_reach_the_target() {
    check("ner_fr_news_twenty_third.jsonl", &[("ALL", 0.87, 0.87)]);
}

/// The twenty-fourth set, written blind: 0.901 at f728531; its errors
/// were studied afterwards.
#[test]
fn twenty_fourth_news_set_entities_reach_the_target() {
    check("ner_fr_news_twenty_fourth.jsonl", &[("ALL", 0.88, 0.88)]);
}

/// The twenty-fifth set, written blind: 0.863 at 1cc3d0a; its errors
/// were studied afterwards.
#[test]
fn twenty_fifth_news_set_entities_reach_the_target() {
    check("ner_fr_news_twenty_fifth.jsonl", &[("ALL", 0.88, 0.88)]);
}

/// The twenty-sixth set, written blind: 0.865 at 2862889; its errors
/// were studied afterwards.
#[test]
fn twenty_sixth_news_set_entities_reach_the_target() {
    check("ner_fr_news_twenty_sixth.jsonl", &[("ALL", 0.88, 0.88)]);
}

/// The twenty-seventh set, written blind: 0.857 at 9510085; its errors
/// were studied afterwards.
#[test]
fn twenty_seventh_news_set_entities_reach_the_target() {
    check("ner_fr_news_twenty_seventh.jsonl", &[("ALL", 0.89, 0.89)]);
}

/// The twenty-eighth set, written blind: 0.895 at c0cc84e.
#[test]
fn twenty_eighth_news_set_entities_reach_the_target() {
    check("ner_fr_news_twenty_eighth.jsonl", &[("ALL", 0.88, 0.88)]);
}

/// The twenty-ninth set, written blind: 0.873 at c285e9a; its errors
/// were studied afterwards.
#[test]
fn twenty_ninth_news_set_entities_reach_the_target() {
    check("ner_fr_news_twenty_ninth.jsonl", &[("ALL", 0.89, 0.88)]);
}

/// The thirtieth set, written blind: 0.903 at c285e9a; its errors were
/// studied afterwards.
#[test]
fn thirtieth_news_set_entities_reach_the_target() {
    check("ner_fr_news_thirtieth.jsonl", &[("ALL", 0.91, 0.89)]);
}

/// The thirty-first set, written blind: 0.944 at 71d6932.
#[test]
fn thirty_first_news_set_entities_reach_the_target() {
    check("ner_fr_news_thirty_first.jsonl", &[("ALL", 0.94, 0.93)]);
}

/// The thirty-second set, written blind: 0.874 at 536f82f; its errors
/// were studied afterwards.
#[test]
fn thirty_second_news_set_entities_reach_the_target() {
    check("ner_fr_news_thirty_second.jsonl", &[("ALL", 0.88, 0.87)]);
}

/// The thirty-third set, written blind: 0.836 at 536f82f; its errors
/// were studied afterwards.
#[test]
fn thirty_third_news_set_entities_reach_the_target() {
    check("ner_fr_news_thirty_third.jsonl", &[("ALL", 0.86, 0.85)]);
}

/// The thirty-fourth set, written blind: 0.891 at 88c5414; its errors
/// were studied afterwards.
#[test]
fn thirty_fourth_news_set_entities_reach_the_target() {
    check("ner_fr_news_thirty_fourth.jsonl", &[("ALL", 0.91, 0.90)]);
}

/// The thirty-fifth set, written blind: 0.846 at 88c5414; its errors
/// were studied afterwards.
#[test]
fn thirty_fifth_news_set_entities_reach_the_target() {
    check("ner_fr_news_thirty_fifth.jsonl", &[("ALL", 0.89, 0.89)]);
}

/// The thirty-sixth set, written blind: 0.869 at 7c14e1c; its errors
/// were studied afterwards.
#[test]
fn thirty_sixth_news_set_entities_reach_the_target() {
    check("ner_fr_news_thirty_sixth.jsonl", &[("ALL", 0.89, 0.92)]);
}

/// The thirty-seventh set, written blind: 0.846 at 7c14e1c; its errors
/// were studied afterwards.
#[test]
fn thirty_seventh_news_set_entities_reach_the_target() {
    check("ner_fr_news_thirty_seventh.jsonl", &[("ALL", 0.88, 0.91)]);
}

/// The thirty-eighth set, written blind: 0.885 at 58fe63e; its errors
/// were studied afterwards.
#[test]
fn thirty_eighth_news_set_entities_reach_the_target() {
    check("ner_fr_news_thirty_eighth.jsonl", &[("ALL", 0.90, 0.91)]);
}

/// The thirty-ninth set, written blind: 0.847 at 58fe63e; its errors
/// were studied afterwards.
#[test]
fn thirty_ninth_news_set_entities_reach_the_target() {
    check("ner_fr_news_thirty_ninth.jsonl", &[("ALL", 0.86, 0.89)]);
}

/// The fortieth set, written blind: 0.864 at 55c6eeb; its errors were
/// studied afterwards.
#[test]
fn fortieth_news_set_entities_reach_the_target() {
    check("ner_fr_news_fortieth.jsonl", &[("ALL", 0.88, 0.90)]);
}

/// The forty-first set, written blind: 0.861 at 55c6eeb; its errors
/// were studied afterwards.
#[test]
fn forty_first_news_set_entities_reach_the_target() {
    check("ner_fr_news_forty_first.jsonl", &[("ALL", 0.87, 0.90)]);
}

/// The forty-second set, written blind: 0.832 at 21d9e45; its errors
/// were studied afterwards.
#[test]
fn forty_second_news_set_entities_reach_the_target() {
    check("ner_fr_news_forty_second.jsonl", &[("ALL", 0.85, 0.88)]);
}

/// The forty-third set, written blind: 0.854 at 21d9e45; its errors
/// were studied afterwards.
#[test]
fn forty_third_news_set_entities_reach_the_target() {
    check("ner_fr_news_forty_third.jsonl", &[("ALL", 0.87, 0.90)]);
}

/// The forty-fourth set, written blind: 0.812 at fc8becd; its errors
/// were studied afterwards.
#[test]
fn forty_fourth_news_set_entities_reach_the_target() {
    check("ner_fr_news_forty_fourth.jsonl", &[("ALL", 0.87, 0.90)]);
}

/// The forty-fifth set, written blind: 0.887 at fc8becd; its errors
/// were studied afterwards.
#[test]
fn forty_fifth_news_set_entities_reach_the_target() {
    check("ner_fr_news_forty_fifth.jsonl", &[("ALL", 0.89, 0.92)]);
}

/// The forty-sixth set, written blind: 0.875 at 62a73cf (0.854 at
/// fc8becd, before the rules of the round that wrote AR and AS); 0.903
/// after a first look at its errors.
#[test]
fn forty_sixth_news_set_entities_reach_the_target() {
    check("ner_fr_news_forty_sixth.jsonl", &[("ALL", 0.89, 0.91)]);
}

/// The forty-seventh set, written blind: 0.841 at e08a4ae (0.835 at
/// fc8becd); 0.868 after a first look at its errors.
#[test]
fn forty_seventh_news_set_entities_reach_the_target() {
    check("ner_fr_news_forty_seventh.jsonl", &[("ALL", 0.85, 0.88)]);
}

/// The forty-eighth set, written blind after the round that studied AT
/// and AU: 0.875 at ab8d2bb (0.870 at e08a4ae, before that round); 0.910
/// once its errors were studied.
#[test]
fn forty_eighth_news_set_entities_reach_the_target() {
    check("ner_fr_news_forty_eighth.jsonl", &[("ALL", 0.89, 0.90)]);
}

/// The forty-ninth set, written blind during the round that studied AV:
/// 0.863 at 4d6249e (0.858 with the rules of 27dd003, 0.855 with those of
/// e08a4ae); 0.885 once its errors were studied.
#[test]
fn forty_ninth_news_set_entities_reach_the_target() {
    check("ner_fr_news_forty_ninth.jsonl", &[("ALL", 0.87, 0.88)]);
}

/// The fiftieth set, written blind during the round that studied AV and
/// AW: 0.872 at 93c9ee2 (0.875 with the rules of 27dd003, 0.871 with those
/// of e08a4ae); 0.889 once its errors were studied.
#[test]
fn fiftieth_news_set_entities_reach_the_target() {
    check("ner_fr_news_fiftieth.jsonl", &[("ALL", 0.87, 0.88)]);
}

/// The fifty-first set, written blind after the rules of the round that
/// studied AV, AW and AX were in: 0.875 at 074cddb, as with the rules of
/// 27dd003 (0.872 with those of e08a4ae); its errors have not been
/// studied.
#[test]
fn fifty_first_news_set_entities_reach_the_target() {
    check("ner_fr_news_fifty_first.jsonl", &[("ALL", 0.86, 0.87)]);
}

/// The fifty-second set, written blind after the rules of 32d80d1 were
/// in: 0.875 then (P 0.895, R 0.856).
#[test]
fn fifty_second_news_set_entities_reach_the_target() {
    check("ner_fr_news_fifty_second.jsonl", &[("ALL", 0.86, 0.87)]);
}

/// The fifty-third set, written blind with the fifty-second: 0.873 at
/// 32d80d1 (P 0.884, R 0.862).
#[test]
fn fifty_third_news_set_entities_reach_the_target() {
    check("ner_fr_news_fifty_third.jsonl", &[("ALL", 0.86, 0.87)]);
}

/// The fifty-fourth set, written blind at 4c78684: 0.891 then (P 0.888,
/// R 0.893).
#[test]
fn fifty_fourth_news_set_entities_reach_the_target() {
    check("ner_fr_news_fifty_fourth.jsonl", &[("ALL", 0.86, 0.87)]);
}

/// The fifty-fifth set, written blind at 137d639: 0.893 then (P 0.906,
/// R 0.880); 0.940 after one round of rules on its errors.
#[test]
fn fifty_fifth_news_set_entities_reach_the_target() {
    check("ner_fr_news_fifty_fifth.jsonl", &[("ALL", 0.86, 0.87)]);
}

/// The fifty-sixth set, written blind at d1cab8b: 0.930 then (P 0.938,
/// R 0.922).
#[test]
fn fifty_sixth_news_set_entities_reach_the_target() {
    check("ner_fr_news_fifty_sixth.jsonl", &[("ALL", 0.86, 0.87)]);
}

/// The fifty-seventh set, written blind at 481a2d4: 0.856 then (P 0.864,
/// R 0.848).
#[test]
fn fifty_seventh_news_set_entities_reach_the_target() {
    check("ner_fr_news_fifty_seventh.jsonl", &[("ALL", 0.85, 0.87)]);
}

/// The fifty-eighth set, written blind at c64f4a7: 0.860 then (P 0.864,
/// R 0.856).
#[test]
fn fifty_eighth_news_set_entities_reach_the_target() {
    check("ner_fr_news_fifty_eighth.jsonl", &[("ALL", 0.85, 0.87)]);
}

/// The fifty-ninth set, written blind at 8f98c9c: 0.898 then (P 0.914,
/// R 0.882), 0.900 with one gold span brought to the conventions.
#[test]
fn fifty_ninth_news_set_entities_reach_the_target() {
    check("ner_fr_news_fifty_ninth.jsonl", &[("ALL", 0.88, 0.90)]);
}

/// The sixtieth set, written blind at 8e6ea4b: 0.819 then (P 0.820,
/// R 0.819), 0.821 with one gold span brought to the conventions.
#[test]
fn sixtieth_news_set_entities_reach_the_target() {
    check("ner_fr_news_sixtieth.jsonl", &[("ALL", 0.81, 0.86)]);
}

/// The sixty-first set, written blind at b4b9774: 0.896 then (P 0.896,
/// R 0.896), 0.898 with one gold span brought to the conventions; 0.910
/// after the rules written from its errors.
#[test]
fn sixty_first_news_set_entities_reach_the_target() {
    check("ner_fr_news_sixty_first.jsonl", &[("ALL", 0.90, 0.93)]);
}

/// The sixty-second set, written blind at 9001e3f: 0.848 then (P 0.852,
/// R 0.844); 0.866 after the rules written from its errors.
#[test]
fn sixty_second_news_set_entities_reach_the_target() {
    check("ner_fr_news_sixty_second.jsonl", &[("ALL", 0.86, 0.89)]);
}

/// The sixty-third set, written blind at 07bc738: 0.864 then (P 0.878,
/// R 0.850); 0.886 after the rules written from its errors.
#[test]
fn sixty_third_news_set_entities_reach_the_target() {
    check("ner_fr_news_sixty_third.jsonl", &[("ALL", 0.88, 0.91)]);
}

/// The sixty-fourth set, written blind at f3768d9: 0.807 then (P 0.819,
/// R 0.796); 0.828 after the rules written from its errors.
#[test]
fn sixty_fourth_news_set_entities_reach_the_target() {
    check("ner_fr_news_sixty_fourth.jsonl", &[("ALL", 0.82, 0.86)]);
}

/// The sixty-fifth set, written blind at 9006985: 0.896 then (P 0.900,
/// R 0.892); 0.918 after the rules written from its errors.
#[test]
fn sixty_fifth_news_set_entities_reach_the_target() {
    check("ner_fr_news_sixty_fifth.jsonl", &[("ALL", 0.90, 0.92)]);
}

/// The sixty-sixth set (BN), written blind at d01a02f: 0.870 then (P
/// 0.877, R 0.862); 0.908 after the rules written from its errors.
#[test]
fn sixty_sixth_news_set_entities_reach_the_target() {
    check("ner_fr_news_sixty_sixth.jsonl", &[("ALL", 0.90, 0.92)]);
}

/// The sixty-seventh set (BO), written blind at 9e7b9ae: 0.885 then (P
/// 0.884, R 0.887); 0.895 after a first look at its errors.
#[test]
fn sixty_seventh_news_set_entities_reach_the_target() {
    check("ner_fr_news_sixty_seventh.jsonl", &[("ALL", 0.88, 0.91)]);
}

/// The sixty-eighth set (BP), written blind at a0401a6: 0.847 then (P
/// 0.851, R 0.843).
#[test]
fn sixty_eighth_news_set_entities_reach_the_target() {
    check("ner_fr_news_sixty_eighth.jsonl", &[("ALL", 0.84, 0.88)]);
}

/// The sixty-ninth set (BQ), written blind at a0401a6: 0.930 then (P
/// 0.938, R 0.922).
#[test]
fn sixty_ninth_news_set_entities_reach_the_target() {
    check("ner_fr_news_sixty_ninth.jsonl", &[("ALL", 0.92, 0.94)]);
}

/// The seventieth set (BR), written blind at 23aae2c: 0.916 then (P
/// 0.918, R 0.914).
#[test]
fn seventieth_news_set_entities_reach_the_target() {
    check("ner_fr_news_seventieth.jsonl", &[("ALL", 0.91, 0.93)]);
}

/// The seventy-first set (BS), written blind at addb244: 0.897 then (P
/// 0.901, R 0.894).
#[test]
fn seventy_first_news_set_entities_reach_the_target() {
    check("ner_fr_news_seventy_first.jsonl", &[("ALL", 0.90, 0.92)]);
}

/// The seventy-second set (BT), written blind at 25fca5b: 0.882 then (P
/// 0.886, R 0.878).
#[test]
fn seventy_second_news_set_entities_reach_the_target() {
    check("ner_fr_news_seventy_second.jsonl", &[("ALL", 0.88, 0.90)]);
}

/// The seventy-third set (BU), written blind at a7d7eca: 0.864 then (P
/// 0.874, R 0.854).
#[test]
fn seventy_third_news_set_entities_reach_the_target() {
    check("ner_fr_news_seventy_third.jsonl", &[("ALL", 0.88, 0.90)]);
}

/// The seventy-fourth set (BV), written blind at 83c07e8: 0.866 then (P
/// 0.861, R 0.871).
#[test]
fn seventy_fourth_news_set_entities_reach_the_target() {
    check("ner_fr_news_seventy_fourth.jsonl", &[("ALL", 0.86, 0.90)]);
}
