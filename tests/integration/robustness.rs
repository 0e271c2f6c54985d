//! Robustness of the command line: encodings, line endings, inputs that
//! are not text or too large, unreadable paths, closed pipes, atomic
//! output and the isolation of a bug to one document. Each error case
//! checks the exact message and exit code.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::util::{analyze, check_contract, json_lines};

/// Runs `analyze --format json` on one file holding `bytes` and returns
/// the one document printed.
fn analyse_bytes(bytes: &[u8], extra: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("in.txt");
    std::fs::write(&f, bytes).unwrap();
    let out = analyze()
        .args(["--format", "json"])
        .args(extra)
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let mut docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

fn sentence_texts(doc: &Value) -> Vec<String> {
    doc["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap().to_string())
        .collect()
}

const TEXT: &str = "L’État a versé 5 € à l’œuvre. Élodie dit « oui ».";

#[test]
fn utf8_with_and_without_bom() {
    let plain = analyse_bytes(TEXT.as_bytes(), &[]);
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(TEXT.as_bytes());
    let with_bom = analyse_bytes(&bom, &[]);
    for doc in [&plain, &with_bom] {
        assert_eq!(doc["source_encoding"], "UTF-8");
        // Offsets refer to the decoded text, without the BOM.
        check_contract(doc, TEXT);
        assert_eq!(doc["sentences"][0]["start"], 0);
    }
}

#[test]
fn utf16_with_bom() {
    for (bom, name, be) in
        [(&[0xFF, 0xFE], "UTF-16LE", false), (&[0xFE, 0xFF], "UTF-16BE", true)]
    {
        let mut bytes = bom.to_vec();
        for u in TEXT.encode_utf16() {
            let b = if be { u.to_be_bytes() } else { u.to_le_bytes() };
            bytes.extend_from_slice(&b);
        }
        let doc = analyse_bytes(&bytes, &[]);
        assert_eq!(doc["source_encoding"], name);
        check_contract(&doc, TEXT);
    }
}

#[test]
fn legacy_french_encodings_are_detected() {
    // Windows-1252: ’ is 0x92, € 0x80, œ 0x9C.
    let cp1252 = b"L\x92\xC9tat a vers\xE9 5 \x80 \xE0 l\x92\x9Cuvre.";
    let doc = analyse_bytes(cp1252, &[]);
    assert_eq!(doc["source_encoding"], "windows-1252");
    assert_eq!(doc["sentences"][0]["text"], "L’État a versé 5 € à l’œuvre.");
    // ISO-8859-1 is read as its superset Windows-1252.
    let latin1 = b"L'\xC9tat a vers\xE9 cinq euros.";
    let doc = analyse_bytes(latin1, &[]);
    assert_eq!(doc["source_encoding"], "windows-1252");
    assert_eq!(doc["sentences"][0]["text"], "L'État a versé cinq euros.");
    // ISO-8859-15: € is 0xA4, œ 0xBD.
    let latin9 = b"L'\xC9tat a vers\xE9 5 \xA4 \xE0 l'\xBDuvre.";
    let doc = analyse_bytes(latin9, &[]);
    assert_eq!(doc["source_encoding"], "ISO-8859-15");
    assert_eq!(doc["sentences"][0]["text"], "L'État a versé 5 € à l'œuvre.");
    check_contract(&doc, "L'État a versé 5 € à l'œuvre.");
}

#[test]
fn encoding_can_be_forced() {
    // Valid UTF-8 read as Windows-1252 on request: mojibake, as asked.
    let doc = analyse_bytes("été".as_bytes(), &["--encoding", "latin1"]);
    assert_eq!(doc["source_encoding"], "windows-1252");
    assert_eq!(doc["sentences"][0]["text"], "Ã©tÃ©");
    let doc = analyse_bytes(b"5 \xA4.", &["--encoding", "iso-8859-15"]);
    assert_eq!(doc["source_encoding"], "ISO-8859-15");
    assert_eq!(doc["sentences"][0]["text"], "5 €.");
}

#[test]
fn crlf_and_lone_cr_segment_like_lf() {
    let lf = "Titre de l'article\nPar Jean Dupont\n\nUne phrase coupée\nen deux. Une autre.\nFin";
    let want = sentence_texts(&analyse_bytes(lf.as_bytes(), &[]));
    assert_eq!(want.len(), 5, "{want:?}");
    for eol in ["\r\n", "\r"] {
        let text = lf.replace('\n', eol);
        let doc = analyse_bytes(text.as_bytes(), &[]);
        check_contract(&doc, &text);
        let got: Vec<String> = sentence_texts(&doc)
            .into_iter()
            .map(|s| s.replace(eol, "\n"))
            .collect();
        assert_eq!(got, want, "line ending {eol:?}");
    }
}

#[test]
fn binary_input_is_refused_and_the_rest_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("x.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\0\x01")
        .unwrap();
    let png = dir.path().join("y.png");
    // No NUL, but mostly bytes above 0x7F: not text either.
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..200u32).map(|i| 0x80 | (i * 37 % 0x7F) as u8));
    std::fs::write(&png, bytes).unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Bonjour.").unwrap();
    let out = analyze()
        .current_dir(dir.path())
        .args(["--format", "json", "x.pdf", "good.txt", "y.png"])
        .assert()
        .code(1)
        .stderr(
            "analyze: x.pdf: not a text file\n\
             analyze: y.png: not a text file\n",
        )
        .get_output()
        .stdout
        .clone();
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["source"], "good.txt");
}

#[test]
fn empty_input_is_a_valid_empty_analysis() {
    for doc in [
        analyse_bytes(b"", &[]),
        analyse_bytes(b"\xEF\xBB\xBF", &[]),
        analyse_bytes(b"  \r\n\t\n", &[]),
    ] {
        assert_eq!(doc["stats"]["sentences"], 0);
        assert_eq!(doc["sentences"], serde_json::json!([]));
        assert_eq!(doc["entities"], serde_json::json!([]));
    }
    let out = analyze()
        .args(["--format", "json", "-"])
        .write_stdin("")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    check_contract(&json_lines(&out)[0], "");
}

#[test]
fn inputs_over_max_bytes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "Une phrase assez longue.").unwrap();
    let small = dir.path().join("small.txt");
    std::fs::write(&small, "Courte.").unwrap();
    let out = analyze()
        .current_dir(dir.path())
        .args(["--format", "json", "--max-bytes", "10", "big.txt", "small.txt"])
        .assert()
        .code(1)
        .stderr(
            "analyze: big.txt: larger than the --max-bytes limit of 10 bytes\n",
        )
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_lines(&out).len(), 1);
    // Standard input is read no further than the limit.
    analyze()
        .args(["--format", "json", "--max-bytes", "1K", "-"])
        .write_stdin("x".repeat(5000))
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "analyze: -: larger than the --max-bytes limit of 1024 bytes\n",
        );
    analyze()
        .args(["--max-bytes", "lots", "x"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "analyze: invalid value 'lots' for '--max-bytes <BYTES>': \
             invalid size \"lots\": expected a number of bytes, optionally \
             followed by K, M or G (see analyze --help)\n",
        );
}

#[test]
fn jsonl_lines_over_max_bytes_are_error_lines() {
    let input = format!(
        "{{\"id\":1,\"text\":\"Un.\"}}\n{{\"id\":2,\"text\":\"{}\"}}\n{{\"id\":3,\"text\":\"Trois.\"}}\n",
        "x".repeat(200)
    );
    let out = analyze()
        .args(["--input-format", "jsonl", "--max-bytes", "100", "-"])
        .write_stdin(input)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(
        lines[1],
        serde_json::json!({
            "id": null,
            "line": 2,
            "error": "line longer than the --max-bytes limit of 100 bytes"
        })
    );
    assert_eq!(lines[2]["id"], 3);
    assert_eq!(lines[2]["sentences"][0]["text"], "Trois.");
}

#[test]
fn jsonl_bad_bytes_and_crlf() {
    let input = b"\xEF\xBB\xBF{\"id\":1,\"text\":\"Un.\"}\r\n{\"text\":\"\xE9\"}\r\n{\"id\":3,\"text\":\"Trois.\"}";
    let out = analyze()
        .args(["--input-format", "jsonl", "-"])
        .write_stdin(&input[..])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], 1, "a leading BOM is ignored");
    assert_eq!(
        lines[1],
        serde_json::json!({"id": null, "line": 2, "error": "not UTF-8"})
    );
    assert_eq!(lines[2]["id"], 3);
}

#[test]
/// A directory stands for its files (`--glob`); an empty one, like a
/// missing file, is one line naming the path.
fn unreadable_paths_name_the_path() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("ok.txt"), "Bonjour.").unwrap();
    let out = analyze()
        .current_dir(dir.path())
        .args(["--format", "json", "sub", "missing.txt", "ok.txt"])
        .assert()
        .code(1)
        .stderr(
            "analyze: sub: no file matches the --glob patterns\n\
             analyze: missing.txt: no such file or directory\n",
        )
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_lines(&out).len(), 1);
    for mode in [&["--input-format", "jsonl"][..], &[][..]] {
        analyze()
            .current_dir(dir.path())
            .args(mode)
            .args(["sub", "missing.txt"])
            .assert()
            .code(1)
            .stdout("")
            .stderr(
                "analyze: sub: no file matches the --glob patterns\n\
                 analyze: missing.txt: no such file or directory\n",
            );
    }
}

#[cfg(unix)]
#[test]
fn unreadable_file_names_the_path() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("secret.txt");
    std::fs::write(&f, "Bonjour.").unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o000))
        .unwrap();
    if std::fs::File::open(&f).is_ok() {
        // Running as root: permissions are not enforced.
        return;
    }
    analyze()
        .current_dir(dir.path())
        .args(["--format", "json", "secret.txt"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("analyze: secret.txt: permission denied\n");
}

#[test]
fn closed_pipe_ends_quietly() {
    // Many documents, so that the tool is still writing when the reader
    // has gone.
    let line =
        "{\"text\":\"Le 26 mai, M. Musk a levé 6 milliards de dollars.\"}\n";
    let input = line.repeat(20_000);
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("analyze"))
        .args(["--input-format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        // The tool may stop reading once its output is closed.
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 1];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    std::fs::write(&out, "old\n").unwrap();
    analyze()
        .arg("-o")
        .arg(&out)
        .args(["fixtures/xai-economist-fr.txt", "-"])
        .write_stdin("Bonjour.")
        .assert()
        .success()
        .stdout("");
    // JSON (not the terminal report), one object per input.
    let docs = json_lines(&std::fs::read(&out).unwrap());
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["source"], "-");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file left");
}

#[test]
fn output_file_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    analyze()
        .current_dir(dir.path())
        .args(["-o", "no/such/dir/out.jsonl", "-"])
        .write_stdin("Bonjour.")
        .assert()
        .code(1)
        .stdout("")
        .stderr("analyze: no/such/dir/out.jsonl: no such file or directory\n");
    analyze()
        .current_dir(dir.path())
        .args(["-o", ".", "-"])
        .write_stdin("Bonjour.")
        .assert()
        .code(1)
        .stderr("analyze: .: is a directory\n");
}

#[cfg(unix)]
#[test]
fn a_killed_run_leaves_the_output_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    std::fs::write(&out, "old\n").unwrap();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("analyze"))
        .args(["--input-format", "jsonl", "-o"])
        .arg(&out)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"{\"text\":\"Un.\"}\n".repeat(100).as_slice()).unwrap();
    stdin.flush().unwrap();
    // Wait until the run has written into its temporary file, then stop it
    // half-way.
    let tmp_written = || {
        std::fs::read_dir(dir.path()).unwrap().any(|e| {
            let e = e.unwrap();
            e.file_name().to_string_lossy().ends_with(".tmp")
                && e.metadata().unwrap().len() > 0
        })
    };
    let deadline =
        std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !tmp_written() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "old\n");
}

/// Issue #16: SIGINT and SIGTERM stop a run writing to `-o` without
/// leaving its temporary file; the process ends by that signal (status
/// 130 or 143 in a shell) and the output file is as it was.
#[cfg(unix)]
#[test]
fn regression_16_a_stopped_run_leaves_no_temporary_file() {
    use std::os::unix::process::ExitStatusExt;
    for (name, number) in [("INT", 2), ("TERM", 15)] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.jsonl");
        std::fs::write(&out, "old\n").unwrap();
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("analyze"))
            .args(["--input-format", "jsonl", "-o"])
            .arg(&out)
            .arg("-")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // The input stays open: the run waits for more lines.
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(&b"{\"text\":\"Un.\"}\n".repeat(100)).unwrap();
        stdin.flush().unwrap();
        let tmp = || {
            std::fs::read_dir(dir.path()).unwrap().any(|e| {
                e.unwrap().file_name().to_string_lossy().ends_with(".tmp")
            })
        };
        let deadline =
            std::time::Instant::now() + std::time::Duration::from_secs(20);
        while !tmp() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(tmp(), "SIG{name}: the run has started its file");
        let killed = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(child.id().to_string())
            .status()
            .unwrap();
        assert!(killed.success());
        let status = child.wait().unwrap();
        drop(stdin);
        assert_eq!(status.signal(), Some(number), "SIG{name}: {status:?}");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["out.jsonl"], "SIG{name}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "old\n");
    }
}

/// Issue #16: a full disk is reported as `analyze: <output>: <reason>`.
#[cfg(target_os = "linux")]
#[test]
fn regression_16_a_full_disk_names_the_output() {
    let full = std::fs::File::options().write(true).open("/dev/full");
    let Ok(full) = full else { return };
    let out = Command::new(assert_cmd::cargo::cargo_bin("analyze"))
        .current_dir(crate::util::root())
        .arg("fixtures/xai-economist-fr.txt")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "analyze: standard output: no space left on device\n"
    );
}

#[test]
fn a_bug_on_one_document_costs_that_document_only() {
    // The fault is injected by debug builds only (`guard.rs`).
    if !cfg!(debug_assertions) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Un texte normal.").unwrap();
    std::fs::write(dir.path().join("b.txt"), "Un texte PANIQUE ici.").unwrap();
    std::fs::write(dir.path().join("c.txt"), "Encore un texte.").unwrap();
    // With one job the three files are analysed together, as a batch
    // that fails and is analysed again one document at a time.
    for jobs in ["1", "3"] {
        let out = analyze()
            .current_dir(dir.path())
            .env("ANALYZE_DEBUG_PANIC_ON", "PANIQUE")
            .args(["--format", "json", "-j", jobs, "a.txt", "b.txt", "c.txt"])
            .assert()
            .code(1)
            .get_output()
            .clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.starts_with(
                "analyze: b.txt: internal error: fault injected for testing at src/"
            ),
            "{stderr}"
        );
        let docs = json_lines(&out.stdout);
        let sources: Vec<_> =
            docs.iter().map(|d| d["source"].clone()).collect();
        assert_eq!(sources, ["a.txt", "c.txt"], "-j {jobs}");
    }

    // In JSON Lines mode the line gets an error line, in order.
    let out = analyze()
        .env("ANALYZE_DEBUG_PANIC_ON", "PANIQUE")
        .args(["--input-format", "jsonl", "-j", "1", "-"])
        .write_stdin(
            "{\"id\":1,\"text\":\"Un.\"}\n{\"id\":2,\"text\":\"PANIQUE.\"}\n{\"id\":3,\"text\":\"Trois.\"}\n",
        )
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("analyze: -:2: internal error: "), "{stderr}");
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[1]["line"], 2);
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("internal error: fault injected for testing")
    );
    assert_eq!(lines[2]["id"], 3);
}

#[test]
fn usage_errors_are_one_line() {
    for (args, msg) in [
        (
            &["--ref-date", "2024-02-30", "x"][..],
            "analyze: --ref-date: invalid date \"2024-02-30\": expected a calendar date as YYYY-MM-DD\n",
        ),
        (
            &["--ref-date", "", "x"][..],
            "analyze: --ref-date: invalid date \"\": expected a calendar date as YYYY-MM-DD\n",
        ),
    ] {
        analyze().args(args).assert().code(2).stdout("").stderr(msg);
    }
    analyze()
        .args(["--format", "xml", "x"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "analyze: invalid value 'xml' for '--format <FORMAT>' [possible values: auto, json, jsonl, text, html] (see analyze --help)\n",
        );
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.tsv");
    std::fs::write(&g, "Mistral AI\tORG\nsans label\n").unwrap();
    analyze()
        .current_dir(dir.path())
        .args(["--gazetteer", "g.tsv", "x"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "analyze: --gazetteer g.tsv: line 2: expected name<TAB>label[<TAB>canonical]\n",
        );
    analyze()
        .current_dir(dir.path())
        .args(["--gazetteer", "none.tsv", "x"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("analyze: --gazetteer none.tsv: no such file or directory\n");
}

#[test]
fn the_reference_article_survives_every_encoding() {
    let text = crate::util::reference_text();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let crlf = text.replace('\n', "\r\n");
    for (bytes, decoded) in
        [(utf16, text.as_str()), (crlf.clone().into_bytes(), crlf.as_str())]
    {
        let doc = analyse_bytes(&bytes, &[]);
        check_contract(&doc, decoded);
    }
}

/// Issue #16: a byte order mark before Latin-1 text turned `é` into
/// U+FFFD silently; the replacements are now said once on standard error
/// and counted in the output, and absent when there are none.
#[test]
fn regression_16_replaced_bytes_are_said_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bom.txt");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(b"Le gouvernement a pr\xE9sent\xE9 son budget hier soir.");
    std::fs::write(&f, &bytes).unwrap();
    let out = analyze().args(["--format", "json"]).arg(&f).assert().success();
    let out = out.get_output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.ends_with(
            "bom.txt: 2 malformed byte sequences in UTF-8 replaced by \
             U+FFFD\n"
        ),
        "{stderr}"
    );
    let doc = &json_lines(&out.stdout)[0];
    assert_eq!(doc["source_replacements"], 2);
    // A U+FFFD written in the input is no replacement.
    let doc = analyse_bytes("Un texte \u{FFFD} normal.".as_bytes(), &[]);
    assert!(doc.get("source_replacements").is_none(), "{doc}");
}
