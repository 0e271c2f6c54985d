//! Many inputs: directories, `--glob`, `--jobs`, `--summary`, and the JSON
//! Lines stream as a filter.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::util::{analyze, json_lines, reference_text};

/// A folder of articles: the reference article cut into paragraphs, one
/// file each, in nested directories, with a hidden file and a non-`.txt`
/// file beside them.
fn corpus(root: &Path) -> Vec<&'static str> {
    let text = reference_text();
    let paragraphs: Vec<&str> =
        text.split("\n\n").filter(|p| !p.trim().is_empty()).collect();
    let names = [
        "b.txt",
        "a/z.txt",
        "a/b/c.txt",
        "a-c.txt",
        "d/e.txt",
        "d/f.txt",
        "d/g/h.txt",
        "i.txt",
    ];
    for (i, name) in names.iter().enumerate() {
        write(root, name, paragraphs[i % paragraphs.len()]);
    }
    write(root, ".hidden/x.txt", "Caché.");
    write(root, ".y.txt", "Caché.");
    write(root, "notes.md", "Pas du texte à prendre.");
    vec![
        "a/b/c.txt",
        "a/z.txt",
        "a-c.txt",
        "b.txt",
        "d/e.txt",
        "d/f.txt",
        "d/g/h.txt",
        "i.txt",
    ]
}

fn write(root: &Path, name: &str, text: &str) {
    let path = root.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn sources(docs: &[Value]) -> Vec<String> {
    docs.iter().map(|d| d["source"].as_str().unwrap().to_string()).collect()
}

fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    analyze().current_dir(dir).args(args).output().unwrap()
}

#[test]
fn directory_is_walked_in_sorted_path_order() {
    let dir = tempfile::tempdir().unwrap();
    let want = corpus(dir.path());
    let out = run_in(dir.path(), &["--format", "json", "."]);
    assert!(out.status.success(), "{out:?}");
    let got = sources(&json_lines(&out.stdout));
    let want: Vec<String> = want.iter().map(|n| format!("./{n}")).collect();
    assert_eq!(got, want);
}

#[test]
fn files_and_directories_mix_in_command_line_order() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let out = run_in(dir.path(), &["--format", "json", "notes.md", "d/"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        sources(&json_lines(&out.stdout)),
        ["notes.md", "d/e.txt", "d/f.txt", "d/g/h.txt"]
    );
}

#[test]
fn glob_chooses_files_and_hidden_opts_in() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let got = |args: &[&str]| {
        let out = run_in(dir.path(), args);
        assert!(out.status.success(), "{out:?}");
        sources(&json_lines(&out.stdout))
    };
    assert_eq!(got(&["--glob", "*.md", "."]), ["./notes.md"]);
    assert_eq!(
        got(&["--glob", "*.md", "--glob", "d/*/*.txt", "."]),
        ["./d/g/h.txt", "./notes.md"]
    );
    assert_eq!(got(&["--glob", "[ab]*.txt", "."]).len(), 4);
    let all = got(&["--hidden", "."]);
    assert_eq!(all.len(), 10);
    assert_eq!(all[..2], ["./.hidden/x.txt", "./.y.txt"]);
}

#[test]
fn a_directory_with_nothing_to_take_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    analyze()
        .current_dir(dir.path())
        .args(["--glob", "*.pdf", "."])
        .assert()
        .code(1)
        .stdout("")
        .stderr("analyze: .: no file matches the --glob patterns\n");
}

#[test]
fn bad_files_are_reported_and_the_walk_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    std::fs::write(dir.path().join("d/bin.txt"), b"\0\x01\x02").unwrap();
    let out = run_in(dir.path(), &["--jobs", "2", "d"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "analyze: d/bin.txt: not a text file\n"
    );
    assert_eq!(
        sources(&json_lines(&out.stdout)),
        ["d/e.txt", "d/f.txt", "d/g/h.txt"]
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_end() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    std::os::unix::fs::symlink("..", dir.path().join("d/up")).unwrap();
    let out = run_in(dir.path(), &["d"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "analyze: d/up: symbolic link loop, skipped\n"
    );
    assert_eq!(json_lines(&out.stdout).len(), 3);
}

/// Issue #16: a loop of links between files (`a.txt -> b.txt -> a.txt`)
/// is reported and skipped as a loop of directories is, in a walked
/// directory and as an input of its own.
#[cfg(unix)]
#[test]
fn regression_16_file_link_loops_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    std::os::unix::fs::symlink("b.txt", dir.path().join("d/a.txt")).unwrap();
    std::os::unix::fs::symlink("a.txt", dir.path().join("d/b.txt")).unwrap();
    let out = run_in(dir.path(), &["d"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "analyze: d/a.txt: symbolic link loop, skipped\n\
         analyze: d/b.txt: symbolic link loop, skipped\n"
    );
    assert_eq!(json_lines(&out.stdout).len(), 3);
    let out = run_in(dir.path(), &["d/a.txt", "d/e.txt"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "analyze: d/a.txt: symbolic link loop, skipped\n"
    );
    assert_eq!(json_lines(&out.stdout).len(), 1);
}

#[test]
fn output_does_not_depend_on_jobs() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    for format in ["json", "text"] {
        let run = |jobs: &str| {
            let out =
                run_in(dir.path(), &["--format", format, "--jobs", jobs, "."]);
            assert!(out.status.success(), "{out:?}");
            out.stdout
        };
        let one = run("1");
        assert!(!one.is_empty());
        assert_eq!(one, run("2"), "--format {format}");
        assert_eq!(one, run("4"), "--format {format}");
    }
}

#[test]
fn json_lines_output_does_not_depend_on_jobs() {
    let text = reference_text();
    let mut input = String::new();
    for (i, p) in text.split("\n\n").enumerate() {
        let line = serde_json::json!({"id": i, "text": p});
        input.push_str(&line.to_string());
        input.push('\n');
        if i % 5 == 0 {
            input.push_str("not json\n\n");
        }
    }
    let run = |jobs: &str| {
        analyze()
            .args(["--input-format", "jsonl", "--jobs", jobs, "-"])
            .write_stdin(input.clone())
            .output()
            .unwrap()
    };
    let one = run("1");
    assert_eq!(one.status.code(), Some(1));
    let two = run("2");
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(two.status.code(), Some(1));
    let docs = json_lines(&two.stdout);
    assert_eq!(docs[0]["id"], 0);
    assert_eq!(docs[1]["line"], 2);
    assert!(docs[1]["error"].as_str().unwrap().starts_with("not JSON"));
}

/// The stream mode is a filter: a line is answered while the input is
/// still open, with several jobs too.
#[test]
fn json_lines_are_answered_before_the_input_ends() {
    for jobs in ["1", "2"] {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("analyze"))
            .args(["--input-format", "jsonl", "--jobs", jobs, "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                if tx.send(line.unwrap()).is_err() {
                    break;
                }
            }
        });
        let line = |id: &str| format!(r#"{{"id":"{id}","text":"Il pleut."}}"#);
        let answer = |id: &str| {
            let got = rx.recv_timeout(Duration::from_secs(20)).unwrap_or_else(
                |_| panic!("no answer to line {id} with --jobs {jobs}"),
            );
            let doc: Value = serde_json::from_str(&got).unwrap();
            assert_eq!(doc["id"], id);
        };
        // A whole line, then half of the next: the first is answered
        // without waiting for the second.
        let b = line("b");
        let (b1, b2) = b.split_at(10);
        write!(stdin, "{}\n{b1}", line("a")).unwrap();
        stdin.flush().unwrap();
        answer("a");
        writeln!(stdin, "{b2}").unwrap();
        stdin.flush().unwrap();
        answer("b");
        drop(stdin);
        assert!(child.wait().unwrap().success());
        reader.join().unwrap();
    }
}

#[test]
fn summary_aggregates_documents() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let out = run_in(dir.path(), &["--summary", "--format", "json", "."]);
    assert!(out.status.success(), "{out:?}");
    let docs = json_lines(&out.stdout);
    assert_eq!(docs.len(), 1, "one report");
    let r = &docs[0];
    assert_eq!(r["schema"], 1);
    assert_eq!(r["documents"], 8);
    assert_eq!(r["failed"], 0);
    assert!(r["stats"]["sentences"].as_u64().unwrap() >= 8);
    for e in r["entities"].as_array().unwrap() {
        assert!(e["canonical"].is_string() && e["label"].is_string());
        let docs = e["documents"].as_u64().unwrap();
        assert!((1..=8).contains(&docs));
        assert!(e["mentions"].as_u64().unwrap() >= docs);
    }
    for m in r["money"].as_array().unwrap() {
        assert!(m["currency"].is_string() || m["currency"].is_null());
        assert!(m["total"].is_number() && m["count"].is_u64());
    }
    for key in ["date", "time", "duration", "set"] {
        assert!(r["dates"][key].is_u64(), "dates.{key}");
    }
    let values: Vec<&str> = r["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["value"].as_str().unwrap())
        .collect();
    assert!(values.is_sorted());
    // The same report with more jobs, and as text.
    let two =
        run_in(dir.path(), &["--summary", "--format", "json", "-j2", "."]);
    assert_eq!(out.stdout, two.stdout);
    let text = run_in(dir.path(), &["--summary", "--format", "text", "."]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("8 documents, "), "{text}");
}

#[test]
fn summary_of_json_lines_counts_bad_lines() {
    let out = analyze()
        .args(["--summary", "--input-format", "jsonl", "-"])
        .write_stdin("{\"text\":\"Il pleut.\"}\n{\"id\":3}\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "analyze: -:2: no \"text\" field\n"
    );
    let r = &json_lines(&out.stdout)[0];
    assert_eq!(
        (r["documents"].as_u64(), r["failed"].as_u64()),
        (Some(1), Some(1))
    );
}

#[test]
fn jobs_must_be_positive() {
    analyze()
        .args(["--jobs", "0", "fixtures"])
        .assert()
        .code(2)
        .stderr("analyze: --jobs: must be at least 1\n");
    analyze().args(["--glob", "[", "fixtures"]).assert().code(2).stderr(
        "analyze: --glob \"[\": error parsing glob '[': unclosed character \
         class; missing ']'\n",
    );
}

#[test]
fn progress_bar_never_on_a_pipe() {
    // Standard error is a pipe here: nothing but errors may appear on it.
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let out = run_in(dir.path(), &["."]);
    assert!(out.status.success());
    assert!(out.stderr.is_empty());
}

/// The GNU parallel recipe of `docs/scale.md`: blocks of lines through
/// several processes, output in input order, equal to one process's.
/// Skipped, saying so, when GNU parallel is not installed.
#[test]
fn gnu_parallel_recipe_keeps_order() {
    let gnu =
        Command::new("parallel").arg("--version").output().is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout).contains("GNU parallel")
        });
    if !gnu {
        eprintln!("skipped: GNU parallel is not installed");
        return;
    }
    let text = reference_text();
    let mut input = String::new();
    for i in 0..120 {
        let p = text.split("\n\n").nth(i % 8).unwrap_or("Il pleut.");
        input.push_str(&serde_json::json!({"id": i, "text": p}).to_string());
        input.push('\n');
    }
    let bin = assert_cmd::cargo::cargo_bin("analyze");
    let direct = analyze()
        .args(["--input-format", "jsonl", "-"])
        .write_stdin(input.clone())
        .output()
        .unwrap();
    let mut child = Command::new("parallel")
        .args([
            "--will-cite",
            "--pipe",
            "--keep-order",
            "--block",
            "4k",
            "-j",
            "3",
        ])
        .arg(&bin)
        .args(["--input-format", "jsonl", "--jobs", "1", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(out.status.success());
    assert_eq!(json_lines(&out.stdout).len(), 120);
    assert_eq!(out.stdout, direct.stdout);
}

/// The `--summary` timeline is in time order, a season from its first day
/// (`2024-SP` from March 20, before April), as in the report (#12).
#[test]
fn summary_timeline_places_seasons_at_their_start() {
    let text = "En avril 2024, le groupe a vendu. Au printemps 2024, il a \
                acheté. En 2024, il a grandi.";
    let out = analyze()
        .args(["--summary", "--format", "json", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let r = &json_lines(&out)[0];
    let values: Vec<&str> = r["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["value"].as_str().unwrap())
        .collect();
    assert_eq!(values, ["2024", "2024-SP", "2024-04"]);
}

/// The deal table of `--summary`: the funding rounds and acquisitions of
/// every document in input order whatever the number of jobs, each with
/// the `id` of its JSON Lines line (#15).
#[test]
fn summary_deal_table_names_each_deal_source() {
    let lines = [
        (
            1,
            "La start-up Lumio a levé 12 millions d'euros auprès de Kima Ventures.",
        ),
        (2, "Il pleut sur Nantes."),
        (
            3,
            "Le groupe Valmont a racheté Brixo pour 300 millions d'euros en 2023.",
        ),
        (4, "Claire Dumas est la présidente de Valmont."),
        (5, "Le 3 mars 2025, la société Orvia a levé 5 millions d'euros."),
    ];
    let input: String = lines
        .iter()
        .map(|(id, text)| {
            format!("{}\n", serde_json::json!({"id": id, "text": text}))
        })
        .collect();
    let run = |jobs: &str| {
        let out = analyze()
            .args(["--summary", "--format", "json", "--input-format"])
            .args(["jsonl", "-j", jobs, "-"])
            .write_stdin(input.clone())
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        out.stdout
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    let r = &json_lines(&one)[0];
    let deals = r["deals"].as_array().unwrap();
    let rows: Vec<(&str, &str, u64)> = deals
        .iter()
        .map(|d| {
            (
                d["type"].as_str().unwrap(),
                d["company"].as_str().unwrap(),
                d["id"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("funding", "Lumio", 1),
            ("acquisition", "Brixo", 3),
            ("funding", "Orvia", 5)
        ]
    );
    assert_eq!(deals[0]["investors"], serde_json::json!(["Kima Ventures"]));
    assert_eq!(deals[1]["buyer"], "Valmont");
    assert_eq!(deals[1]["amount"], 300_000_000);
    assert_eq!(deals[1]["date"], "2023");
    assert_eq!(deals[2]["date"], "2025-03-03");
    assert!(deals.iter().all(|d| d["source"] == "-"));
}
