//! Command-line arguments (clap derive), converted once into a
//! [`Config`](crate::config::Config).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  analyze article.txt                      report on a terminal
  analyze article.txt | jq .money          JSON when piped
  analyze --ref-date 2024-05-30 --format json --pretty article.txt
  analyze a.txt b.txt -o out.jsonl         several inputs: JSON Lines
  cat docs.jsonl | analyze --input-format jsonl -
                                           stream of {\"id\",\"text\",\"reference_date\"}
  analyze corpus/ > out.jsonl              every *.txt under corpus/, in path order
  analyze --summary --glob '*.txt' crawl/  one report over a whole folder
  analyze --format html article.txt > article.html
                                           highlighted article, one page
  analyze schema                           JSON Schema of the output
  analyze eval gold.jsonl                  precision, recall, F1 against gold

A file named like a subcommand (`schema`, `man`, `completions`, `eval`)
is read when written as a path: `analyze ./schema`.

Exit status: 0 success, 1 an input could not be analysed (the others
still are), 2 usage error.";

/// Reads French news text and reports its sentences, named entities,
/// amounts of money and dates, normalised and placed by offset.
#[derive(Debug, Parser)]
#[command(
    name = "analyze",
    version,
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A subcommand instead of an analysis.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Input files; `-` or nothing reads standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<String>,

    /// Output format: `auto` is `text` on a terminal and `json` otherwise;
    /// JSON for several inputs is JSON Lines.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub format: Format,

    /// When to colour the text report: `auto` colours it on a terminal
    /// unless the NO_COLOR environment variable is set.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,

    /// Indent JSON output.
    #[arg(long)]
    pub pretty: bool,

    /// The document date relative dates are resolved against
    /// (YYYY-MM-DD, or `today`, `yesterday`); in JSON Lines mode, the
    /// default for lines without their own `reference_date`.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub ref_date: Option<String>,

    /// How inputs are read: `text` is one document per input; `jsonl` is
    /// one JSON object per line, `{"id", "text", "reference_date"}`, with
    /// one result line written per input line.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input_format: InputFormat,

    /// Report only these kinds (comma-separated: sentences, entities,
    /// money, dates, percentages, quotes, events); what they need is
    /// computed but not reported, and the sentences are always listed.
    #[arg(long, value_delimiter = ',', value_name = "KINDS")]
    pub only: Vec<String>,

    /// Extra names, a TSV file of `name<TAB>label[<TAB>canonical]` lines
    /// (labels PER, ORG, LOC, MISC; `#` comments).
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Option<PathBuf>,

    /// Decode inputs with this encoding (`utf-8`, `windows-1252`,
    /// `iso-8859-15`, `utf-16le`...) instead of detecting it.
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,

    /// Refuse inputs (and JSON Lines lines) larger than this many bytes;
    /// `K`, `M` and `G` suffixes count in powers of 1024.
    #[arg(
        long,
        value_name = "BYTES",
        default_value = "64M",
        value_parser = analyze::input::parse_size
    )]
    pub max_bytes: u64,

    /// Write the results to FILE instead of standard output, atomically:
    /// FILE appears, whole, only when the run ends.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[command(flatten)]
    pub scale: ScaleArgs,
}

/// Options for many inputs: directories, parallelism, the aggregate
/// report and the progress bar.
#[derive(Debug, clap::Args)]
pub struct ScaleArgs {
    /// In directories, take the files whose path (relative to the
    /// directory) matches this glob; repeatable. Default: `*.txt`, or
    /// `*.jsonl` with `--input-format jsonl`.
    #[arg(long = "glob", value_name = "PATTERN")]
    pub globs: Vec<String>,

    /// In directories, also take hidden files and enter hidden
    /// directories (names starting with `.`).
    #[arg(long)]
    pub hidden: bool,

    /// Analyse this many documents at once (default: one per core).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Instead of one result per document, print one aggregate report over
    /// all of them: entities with the number of documents they appear in,
    /// money per currency, the dates timeline, the quoted speakers and the
    /// deals (funding rounds and acquisitions).
    #[arg(long)]
    pub summary: bool,

    /// No progress bar.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text on a terminal, JSON otherwise.
    Auto,
    /// One JSON object per document (JSON Lines for several).
    Json,
    /// One compact JSON object per line.
    Jsonl,
    /// A readable report.
    Text,
    /// One self-contained HTML page with the article highlighted.
    Html,
}

/// When to colour the text report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always, even when piped or NO_COLOR is set.
    Always,
    /// Never.
    Never,
}

/// Subcommands: everything about the tool rather than about a text.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the JSON Schema of the output objects.
    Schema,
    /// Print a completion script for a shell.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff, for `man -l -`).
    Man,
    /// Score the analysis against hand-annotated texts: precision, recall
    /// and F1 per kind.
    Eval(EvalArgs),
}

/// The arguments of `analyze eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// The gold file, JSON Lines: one output object per line with its
    /// `text` (`-` reads standard input).
    #[arg(value_name = "GOLD")]
    pub gold: String,

    /// `text`: a table; `json`: one object, `{"entities": {"f1": ...}}`.
    #[arg(long, value_enum, default_value_t = EvalFormat::Text)]
    pub format: EvalFormat,

    /// Also list the misses and false alarms, each in its context.
    #[arg(long)]
    pub diff: bool,

    /// Extra names for the analysis, as for the analysis itself.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Option<PathBuf>,
}

/// Output formats of `analyze eval`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    /// A table.
    Text,
    /// One JSON object.
    Json,
}

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Each input is one document.
    Text,
    /// Each input line is a JSON document.
    Jsonl,
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn default_max_bytes_is_the_library_default() {
        use clap::Parser;
        let cli = Cli::try_parse_from(["analyze"]).unwrap();
        assert_eq!(cli.max_bytes, analyze::input::DEFAULT_MAX_BYTES);
    }
}
