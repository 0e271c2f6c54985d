//! The command line: inputs, formats, exit codes and error lines.

use predicates::prelude::*;

use crate::util::{
    analyze, check_contract, fixture, json_lines, reference_text,
};

#[test]
fn analyses_the_reference_article_as_json() {
    let out = analyze()
        .args([
            "--format",
            "json",
            "--ref-date",
            "2024-05-30",
            "fixtures/xai-economist-fr.txt",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["source"], "fixtures/xai-economist-fr.txt");
    assert_eq!(doc["reference_date"], "2024-05-30");
    assert_eq!(doc["source_encoding"], "UTF-8");
    check_contract(doc, &reference_text());
}

#[test]
fn piped_output_defaults_to_json() {
    let out = analyze().arg("fixtures/xai-economist-fr.txt").output().unwrap();
    assert!(out.status.success());
    let docs = json_lines(&out.stdout);
    assert_eq!(docs.len(), 1);
}

#[test]
fn output_is_deterministic() {
    let run = || {
        analyze()
            .args(["--format", "json", "fixtures/xai-economist-fr.txt"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn reads_standard_input() {
    for args in [&["--format", "json"][..], &["--format", "json", "-"][..]] {
        let out = analyze()
            .args(args)
            .write_stdin("M. Dupont arrive. Il repart.")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let doc = &json_lines(&out)[0];
        assert_eq!(doc["source"], "-");
        assert_eq!(doc["stats"]["sentences"], 2);
        check_contract(doc, "M. Dupont arrive. Il repart.");
    }
}

#[test]
fn pretty_json_is_one_indented_object() {
    let out = analyze()
        .args(["--format", "json", "--pretty"])
        .write_stdin("Bonjour.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("{\n  \"schema\": 1,"));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["sentences"][0]["text"], "Bonjour.");
}

#[test]
fn several_inputs_give_json_lines_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "Un. Deux.").unwrap();
    std::fs::write(&b, "Trois.").unwrap();
    let out = analyze()
        .args(["--format", "json"])
        .arg(&a)
        .arg(&b)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["stats"]["sentences"], 2);
    assert_eq!(docs[1]["stats"]["sentences"], 1);
    assert!(docs[1]["source"].as_str().unwrap().ends_with("b.txt"));
}

#[test]
fn missing_input_is_reported_and_the_rest_analysed() {
    let out = analyze()
        .args([
            "--format",
            "json",
            "no/such/file.txt",
            "fixtures/xai-economist-fr.txt",
        ])
        .assert()
        .code(1)
        .stderr("analyze: no/such/file.txt: no such file or directory\n")
        .get_output()
        .stdout
        .clone();
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["source"], "fixtures/xai-economist-fr.txt");
}

#[test]
fn directory_as_input_is_walked() {
    // More on directories in `scale.rs`.
    let out = analyze()
        .args(["--format", "json", "fixtures"])
        .assert()
        .success()
        .stderr("")
        .get_output()
        .stdout
        .clone();
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["source"], "fixtures/xai-economist-fr.txt");
}

#[test]
fn binary_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("x.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\0\x01\x02\x03binary").unwrap();
    analyze()
        .args(["--format", "json"])
        .arg(&pdf)
        .assert()
        .code(1)
        .stderr(predicate::str::ends_with("x.pdf: not a text file\n"));
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    for (args, msg) in [
        (
            &["--ref-date", "2024-13-01", "x"][..],
            "analyze: --ref-date: invalid date \"2024-13-01\": expected a calendar date as YYYY-MM-DD\n",
        ),
        (
            &["--ref-date", "30/05/2024", "x"][..],
            "analyze: --ref-date: invalid date \"30/05/2024\": expected a calendar date as YYYY-MM-DD\n",
        ),
        (
            &["--only", "people", "x"][..],
            "analyze: --only: unknown kind \"people\": expected one of sentences, entities, money, dates, percentages, quotes, events\n",
        ),
        (
            &["--encoding", "klingon", "x"][..],
            "analyze: --encoding: unknown encoding \"klingon\"\n",
        ),
    ] {
        analyze().args(args).assert().code(2).stdout("").stderr(msg);
    }
    let out = analyze().args(["--format", "xml", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("analyze: invalid value 'xml' for '--format"),
        "{err}"
    );
}

#[test]
fn malformed_gazetteer_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.tsv");
    std::fs::write(&g, "# mine\nMistral AI\tORG\nLe Chat\tPRODUCT\n").unwrap();
    let out = analyze().arg("--gazetteer").arg(&g).arg("x").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.ends_with("g.tsv: line 3: unknown label \"PRODUCT\": expected PER, ORG, LOC or MISC\n"),
        "{err}"
    );
}

#[test]
fn help_and_version() {
    analyze().arg("--help").assert().success().stdout(
        predicate::str::contains("Examples:")
            .and(predicate::str::contains("--ref-date")),
    );
    analyze()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("analyze {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn text_report_lists_every_kind() {
    let out = analyze()
        .args(["--format", "text", "fixtures/xai-economist-fr.txt"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("fixtures/xai-economist-fr.txt\n"));
    for section in ["Entities", "Money", "Dates"] {
        assert!(
            text.contains(&format!("\n{section}")),
            "no {section} section:\n{text}"
        );
    }
}

#[test]
fn jsonl_mode_reports_bad_lines_in_stream() {
    let input = concat!(
        r#"{"id":"a1","text":"Il pleut. Il vente.","reference_date":"2024-05-30"}"#,
        "\n",
        "not json\n",
        r#"{"id":"a3"}"#,
        "\n",
        r#"{"id":"a4","text":"Fin.","reference_date":"hier"}"#,
        "\n",
        "\n",
        r#"{"text":"Sans id."}"#,
        "\n",
    );
    let out = analyze()
        .args(["--input-format", "jsonl", "--ref-date", "2020-01-01", "-"])
        .write_stdin(input)
        .assert()
        .code(1)
        .get_output()
        .clone();
    // Each bad line is also said on standard error, with its reason (#12).
    let stderr = String::from_utf8(out.stderr).unwrap();
    let said: Vec<&str> = stderr.lines().collect();
    assert_eq!(said.len(), 3, "{stderr}");
    assert!(said[0].starts_with("analyze: -:2: not JSON"), "{stderr}");
    assert_eq!(said[1], "analyze: -:3: no \"text\" field");
    assert!(
        said[2].starts_with("analyze: -:4: \"reference_date\""),
        "{stderr}"
    );
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 5, "one output line per non-blank input line");
    assert_eq!(lines[0]["id"], "a1");
    assert_eq!(lines[0]["reference_date"], "2024-05-30");
    assert_eq!(lines[0]["source"], "-");
    assert_eq!(lines[0]["stats"]["sentences"], 2);
    check_contract(&lines[0], "Il pleut. Il vente.");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["id"].is_null());
    assert!(lines[1]["error"].as_str().unwrap().starts_with("not JSON"));
    assert_eq!(lines[2]["id"], "a3");
    assert_eq!(lines[2]["error"], "no \"text\" field");
    assert_eq!(lines[3]["id"], "a4");
    assert_eq!(lines[3]["line"], 4);
    assert!(lines[4].get("id").is_none());
    assert_eq!(
        lines[4]["reference_date"], "2020-01-01",
        "--ref-date is the default"
    );
}

#[test]
fn jsonl_mode_reads_files_and_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("docs.jsonl");
    std::fs::write(
        &f,
        "{\"id\":1,\"text\":\"Un.\"}\n{\"id\":2,\"text\":\"Deux.\"}",
    )
    .unwrap();
    let out = analyze()
        .args(["--input-format", "jsonl"])
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["id"], 2);
    assert!(lines[1]["source"].as_str().unwrap().ends_with("docs.jsonl"));
    assert!(fixture("xai-economist-fr.txt").exists());
}

/// `--only` chooses what is reported, never what the reported kinds are:
/// the metadata, the sentences every `sentence` index points into, and
/// the items of a kind are those of a full run (#12).
#[test]
fn only_reports_a_subset_of_the_full_run() {
    let text = "PARIS, 12 mars 2024 (AFP) - Mai Renault a levé 2 Md€ \
                en mai, soit 12 % de plus.\nLe groupe a dit hier que tout \
                allait bien.";
    let run = |only: Option<&str>| -> serde_json::Value {
        let mut cmd = analyze();
        cmd.args(["--format", "json"]);
        if let Some(k) = only {
            cmd.args(["--only", k]);
        }
        let out = cmd.arg("-").write_stdin(text).output().unwrap();
        assert!(out.status.success());
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let full = run(None);
    for kinds in [
        "sentences",
        "entities",
        "money",
        "dates",
        "percentages",
        "quotes",
        "events",
        "money,dates",
    ] {
        let part = run(Some(kinds));
        for field in
            ["reference_date", "reference_date_from", "stats", "sentences"]
        {
            assert_eq!(part[field], full[field], "--only {kinds}: {field}");
        }
        for list in
            ["entities", "money", "dates", "percentages", "quotes", "events"]
        {
            let asked = kinds.split(',').any(|k| k == list);
            let want =
                if asked { full[list].clone() } else { serde_json::json!([]) };
            assert_eq!(part[list], want, "--only {kinds}: {list}");
        }
    }
}

/// `--pretty` with several documents writes one JSON array of them, with
/// one input one object (#12).
#[test]
fn pretty_json_of_several_documents_is_one_array() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "Un. Deux.").unwrap();
    std::fs::write(&b, "Trois.").unwrap();
    for jobs in ["1", "2"] {
        let out = analyze()
            .args(["--format", "json", "--pretty", "--jobs", jobs])
            .arg(&a)
            .arg(&b)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let docs = v.as_array().unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1]["stats"]["sentences"], 1);
        assert!(String::from_utf8(out).unwrap().contains("\n  \"schema\": 1"));
    }
    let out = analyze()
        .args(["--format", "json", "--pretty"])
        .arg(&a)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["stats"]["sentences"], 2);
    // A directory, or JSON Lines input, may hold several documents: an
    // array too, error lines included.
    let out = analyze()
        .args(["--pretty", "--input-format", "jsonl", "-"])
        .write_stdin("{\"text\":\"Un.\"}\nnot json\n")
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v[1]["line"], 2);
    let out = analyze().args(["--pretty"]).arg(dir.path()).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
}

/// `--ref-date today` and `yesterday` read the local clock (#12).
#[test]
fn reference_date_today_and_yesterday() {
    let run = |word: &str| {
        let out = analyze()
            .args(["--format", "json", "--ref-date", word, "-"])
            .write_stdin("Il est arrivé hier.")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        json_lines(&out).remove(0)
    };
    // Read before and after: a run across midnight sees either day.
    let before = jiff::ZonedDateTime::now().date();
    let today = run("today");
    let yesterday = run("yesterday");
    let after = jiff::ZonedDateTime::now().date();
    let days = [before, after];
    let is = |v: &serde_json::Value,
              f: &dyn Fn(jiff::civil::Date) -> String| {
        days.iter().any(|d| v.as_str() == Some(f(*d).as_str()))
    };
    assert!(is(&today["reference_date"], &|d| d.to_string()), "{today}");
    assert_eq!(today["reference_date_from"], "option");
    assert!(
        is(&yesterday["reference_date"], &|d| d
            .yesterday()
            .unwrap()
            .to_string()),
        "{yesterday}"
    );
    // `hier` the day before yesterday's date.
    assert!(
        is(&yesterday["dates"][0]["value"], &|d| d
            .yesterday()
            .unwrap()
            .yesterday()
            .unwrap()
            .to_string()),
        "{yesterday}"
    );
}

/// Standard input typed on a terminal gets a hint on standard error;
/// piped, it gets none (#12).
#[test]
fn a_terminal_on_standard_input_is_told_how_to_end_it() {
    analyze()
        .args(["--format", "json"])
        .write_stdin("Un.")
        .assert()
        .success()
        .stderr("");
    // `script` (util-linux) runs the binary on a pseudo-terminal, its
    // input ending at once.
    if std::process::Command::new("script").arg("--version").output().is_err()
    {
        eprintln!("no `script` command: the terminal case is not run");
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("analyze");
    let out = assert_cmd::Command::new("script")
        .args([
            "-qec",
            &format!("{} --format json", bin.display()),
            "/dev/null",
        ])
        .write_stdin("")
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    let all = String::from_utf8_lossy(&out.stdout);
    assert!(
        all.contains("analyze: reading standard input (Ctrl-D ends it; analyze --help for the options)"),
        "{all}"
    );
}
