//! The README's `jq` recipes, run as written on articles of our own: the
//! programs are read from README.md, so the documentation cannot drift
//! from what is tested. Skipped (with a note) when `jq` is not installed.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::util::{analyze, root};

/// The program of the README's `jq -rn <args> '...' > rounds.csv`
/// recipe whose arguments are `args`.
fn readme_program(args: &str) -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let head = format!("jq -rn {args} '");
    let start = readme
        .find(&head)
        .unwrap_or_else(|| panic!("README.md has no `{head}`"))
        + head.len();
    let len = readme[start..].find("' > rounds.csv").unwrap();
    readme[start..start + len].to_string()
}

fn jq_present() -> bool {
    Command::new("jq")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs `jq -rn <args> <program>` over `input`.
fn jq(args: &[&str], program: &str, input: &[u8]) -> String {
    let mut child = Command::new("jq")
        .arg("-rn")
        .args(args)
        .arg(program)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The week's funding rounds as CSV (#15): rounds dated by a day, a time
/// of day or the week itself are in; a round of the next week, one with
/// no date and an acquisition of the same week are out.
#[test]
fn weekly_funding_rounds_as_csv() {
    if !jq_present() {
        eprintln!("recipes: jq not found, skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        (
            "a-lumio.txt",
            "La start-up nantaise Lumio a levé 12 millions d'euros auprès \
             de Kima Ventures et de Bpifrance, a-t-elle annoncé le mardi \
             21 mai 2024.",
        ),
        (
            "b-orvia.txt",
            "Le 23 mai 2024, la société lyonnaise Orvia a levé 5,5 \
             millions d'euros lors d'un tour de table mené par Partech.",
        ),
        (
            "c-kassa.txt",
            "La fintech Kassa a levé 30 millions d'euros le 3 juin 2024 \
             auprès d'Eurazeo.",
        ),
        (
            "d-valmont.txt",
            "Le groupe Valmont a racheté Brixo pour 300 millions d'euros \
             le 22 mai 2024.",
        ),
        (
            "e-swan.txt",
            "La start-up Swan a levé 37 millions d'euros auprès de \
             Lakestar.",
        ),
        (
            "f-vigil.txt",
            "Le 24 mai 2024 à 9 h 30, la biotech Vigil a levé 8 millions \
             d'euros auprès de Sofinnova Partners.",
        ),
        (
            "g-nerio.txt",
            "La start-up Nerio a levé 2 millions d'euros la semaine \
             dernière auprès d'Elaia.",
        ),
    ] {
        std::fs::write(dir.path().join(name), format!("{text}\n")).unwrap();
    }
    let out = analyze()
        .current_dir(dir.path())
        .args(["--format", "json", "--ref-date", "2024-05-30", "."])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let header = "\"company\",\"amount\",\"currency\",\"date\",\"investors\",\
                  \"source\"\n";
    let days = "\
\"Lumio\",12000000,\"EUR\",\"2024-05-21\",\"Kima Ventures; Bpifrance\",\"./a-lumio.txt\"
\"Orvia\",5500000,\"EUR\",\"2024-05-23\",\"Partech\",\"./b-orvia.txt\"
\"Vigil\",8000000,\"EUR\",\"2024-05-24T09:30\",\"Sofinnova Partners\",\"./f-vigil.txt\"
";
    let week = "\
\"Nerio\",2000000,\"EUR\",\"2024-W21\",\"Elaia\",\"./g-nerio.txt\"
";
    let args = ["--arg", "week", "2024-W21"];
    let got = jq(&args, &readme_program(&args.join(" ")), &out.stdout);
    assert_eq!(got, format!("{header}{days}{week}"));
    let args = ["--arg", "from", "2024-05-20", "--arg", "to", "2024-05-26"];
    let got = jq(&args, &readme_program(&args.join(" ")), &out.stdout);
    assert_eq!(got, format!("{header}{days}"));
    // The week after: only the round of June 3.
    let got = jq(
        &["--arg", "week", "2024-W23"],
        &readme_program("--arg week 2024-W21"),
        &out.stdout,
    );
    assert_eq!(
        got,
        format!(
            "{header}\"Kassa\",30000000,\"EUR\",\"2024-06-03\",\"Eurazeo\",\
             \"./c-kassa.txt\"\n"
        )
    );
}
