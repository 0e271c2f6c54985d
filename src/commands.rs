//! The subcommands: `schema`, `completions` and `man`, which print
//! something about the tool itself rather than analyse a text, and `eval`,
//! which scores the analysis against gold texts ([`evaluate`]).

use std::io::{self, Write};
use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::{Cli, Command};
use crate::evaluate;

/// The sections of the manual page that clap cannot derive from the
/// options, in roff, written after the generated ones.
const MAN_SECTIONS: &str = r#".SH ENVIRONMENT
.TP
\fBNO_COLOR\fR
When set and not empty, the text report is not coloured with
\fB\-\-color auto\fR (the default); \fB\-\-color always\fR colours it anyway
(https://no\-color.org).
.TP
\fBCOLUMNS\fR
The width of the text report, when it holds a number; otherwise the width
of the terminal, otherwise 80 columns.
.SH EXIT STATUS
.TP
\fB0\fR
Every input analysed; for \fBeval\fR, the gold file was scored, whatever
the scores.
.TP
\fB1\fR
An input could not be analysed (missing, unreadable, a directory with no
matching file, not text, too large, an internal error on that input), a
JSON Lines line was bad, or the \fB\-o\fR file could not be written; the
other inputs are still analysed and reported. For \fBeval\fR, the gold
file could not be read or has a bad line.
.TP
\fB2\fR
Usage error: unknown option or format, invalid \fB\-\-ref\-date\fR,
malformed \fB\-\-gazetteer\fR file.
.PP
Each error is one line on standard error, \fBanalyze: \fR\fIinput\fR\fB: \fR\fIreason\fR
(a JSON Lines line: \fIsource\fR\fB:\fR\fIline\fR\fB: \fR\fIreason\fR).
.SH OUTPUT
One JSON object per document (schema 1; JSON Lines for several documents,
one JSON array with \fB\-\-pretty\fR), whose JSON Schema
\fBanalyze schema\fR prints:
.TP
\fBschema\fR, \fBid\fR, \fBsource\fR, \fBsource_encoding\fR, \fBlanguage\fR
The schema version (1), the JSON Lines line's id, the path as given
(\fB\-\fR for standard input), the encoding decoded from, \fBfr\fR.
.TP
\fBreference_date\fR, \fBreference_date_from\fR
The date relative dates were resolved against, and where it came from:
\fBoption\fR, \fBinput\fR or \fBtext\fR (the article's dateline).
.TP
\fBstats\fR
\fBcharacters\fR, \fBwords\fR, \fBsentences\fR.
.TP
\fBsentences\fR[]
\fBstart\fR, \fBend\fR (code points, end exclusive), \fBbyte_start\fR,
\fBbyte_end\fR, \fBtext\fR.
.TP
\fBentities\fR[]
\fBtext\fR, \fBlabel\fR (PER, ORG, LOC, MISC), offsets, \fBsentence\fR (its
index), \fBcanonical\fR.
.TP
\fBmoney\fR[]
\fBtext\fR, offsets, \fBsentence\fR, \fBamount\fR, \fBcurrency\fR (ISO 4217
or null), optional \fBmin\fR, \fBmax\fR, \fBqualifier\fR.
.TP
\fBdates\fR[]
\fBtext\fR, offsets, \fBsentence\fR, \fBtype\fR (DATE, TIME, DURATION, SET),
\fBvalue\fR (TIMEX3), optional \fBmod\fR, \fBend_value\fR.
.TP
\fBsummary\fR
Per-document aggregates: entities by canonical name, money per currency,
dates per type.
.PP
A JSON Lines line that cannot be analysed gives
\fB{"id": ..., "line": \fR\fIN\fR\fB, "error": "..."}\fR on its output line.
The text report (\fB\-\-format text\fR) and the page (\fB\-\-format html\fR)
are for people and may change.
.SH EXAMPLES
.nf
.RS
analyze article.txt                     # the report, on a terminal
analyze article.txt | jq .money         # JSON, when piped
analyze \-\-ref\-date today \-\-format json \-\-pretty article.txt
analyze a.txt b.txt \-o out.jsonl        # several inputs: JSON Lines
cat docs.jsonl | analyze \-\-input\-format jsonl \-
analyze corpus/ > out.jsonl             # every *.txt under corpus/
analyze \-\-summary \-\-format text crawl/  # one report over a folder
analyze \-\-format html article.txt > article.html
analyze eval gold.jsonl                 # precision, recall, F1 per kind
analyze eval \-\-format json gold.jsonl | jq \-e '.entities.f1 >= 0.85'
analyze man | man \-l \-
.RE
.fi
.PP
A file named like a subcommand is read when written as a path:
\fBanalyze ./schema\fR.
"#;

/// Runs a subcommand, printing to standard output.
///
/// # Errors
///
/// An error writing to standard output.
pub fn run(command: &Command) -> anyhow::Result<ExitCode> {
    let mut buf = Vec::new();
    match command {
        Command::Schema => {
            serde_json::to_writer_pretty(
                &mut buf,
                &analyze::render::json::schema(),
            )?;
            buf.push(b'\n');
        }
        Command::Completions { shell } => {
            let mut cmd = Cli::command();
            clap_complete::generate(*shell, &mut cmd, "analyze", &mut buf);
        }
        Command::Man => {
            // The examples of --help become a section of their own below,
            // set as code.
            let cmd = Cli::command().after_help(None::<&str>);
            clap_mangen::Man::new(cmd).render(&mut buf)?;
            buf.extend_from_slice(MAN_SECTIONS.as_bytes());
        }
        Command::Eval(args) => return evaluate::run(args),
    }
    let mut out = io::stdout().lock();
    out.write_all(&buf)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
