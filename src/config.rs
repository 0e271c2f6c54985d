//! The checked configuration of one run, built once from [`Cli`].
//!
//! Every value given as text on the command line is checked here (dates,
//! kinds, encodings, the gazetteer file), so the rest of the program never
//! sees a raw string.

use std::io::IsTerminal;

use anyhow::{Context, bail};

use crate::cli::{Cli, ColorWhen, Format, InputFormat, ScaleArgs};
use analyze::extract::Kind;

/// What to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// JSON objects (JSON Lines when more than one).
    Json {
        /// Indented.
        pretty: bool,
    },
    /// The text report.
    Text,
    /// The HTML page.
    Html,
}

/// A checked run configuration.
#[derive(Debug)]
pub struct Config {
    /// Inputs, `-` for standard input.
    pub inputs: Vec<String>,
    /// What to write.
    pub output: Output,
    /// Write the documents as the elements of one JSON array: `--pretty`
    /// JSON for a run that may hold several documents (several inputs, a
    /// directory, JSON Lines input), whose indented objects one after the
    /// other would be neither JSON Lines nor one JSON document.
    pub array: bool,
    /// Read JSON Lines documents instead of whole files.
    pub jsonl_input: bool,
    /// Default reference date.
    pub reference_date: Option<jiff::civil::Date>,
    /// Forced input encoding.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Largest input accepted, in bytes.
    pub max_bytes: Option<u64>,
    /// Write results to this file (atomically) instead of standard output.
    pub output_file: Option<std::path::PathBuf>,
    /// Analyzer options.
    pub options: analyze::Options,
    /// How the text report and the HTML page are drawn.
    pub view: analyze::render::Options,
    /// Directories, parallelism, aggregate report, progress.
    pub scale: Scale,
}

/// The checked options for many inputs.
#[derive(Debug)]
pub struct Scale {
    /// Which files of a directory to take.
    pub globs: globset::GlobSet,
    /// Enter hidden directories and take hidden files.
    pub hidden: bool,
    /// Documents analysed at once, at least 1.
    pub jobs: usize,
    /// Print one aggregate report instead of one result per document.
    pub summary: bool,
    /// Show a progress bar: standard error is a terminal, standard output
    /// is not (or only the summary is written), and `--quiet` was not
    /// given; it still appears only on long runs.
    pub progress: bool,
}

impl Scale {
    /// Checks the options.
    ///
    /// # Errors
    ///
    /// A message naming the bad option: a bad glob, `--jobs 0`.
    fn from_cli(args: &ScaleArgs, jsonl: bool) -> anyhow::Result<Scale> {
        let default_glob = if jsonl { "*.jsonl" } else { "*.txt" };
        let mut builder = globset::GlobSetBuilder::new();
        if args.globs.is_empty() {
            builder.add(glob(default_glob)?);
        }
        for pattern in &args.globs {
            builder.add(glob(pattern)?);
        }
        let globs = builder.build().context("--glob")?;
        let jobs = match args.jobs {
            Some(0) => bail!("--jobs: must be at least 1"),
            Some(n) => n,
            None => {
                std::thread::available_parallelism().map_or(1, |n| n.get())
            }
        };
        Ok(Scale {
            globs,
            hidden: args.hidden,
            jobs,
            summary: args.summary,
            // Results written to the same terminal would break the bar,
            // except with --summary, which writes only at the end.
            progress: !args.quiet
                && std::io::stderr().is_terminal()
                && (args.summary || !std::io::stdout().is_terminal()),
        })
    }
}

/// Compiles one `--glob` pattern. `*` also matches `/`, so `*.txt` takes
/// the files of every subdirectory.
fn glob(pattern: &str) -> anyhow::Result<globset::Glob> {
    globset::GlobBuilder::new(pattern)
        .build()
        .with_context(|| format!("--glob {pattern:?}"))
}

impl Config {
    /// Checks the arguments.
    ///
    /// # Errors
    ///
    /// A message naming the bad option, for a usage error (exit 2).
    pub fn from_cli(cli: Cli) -> anyhow::Result<Config> {
        let reference_date = match &cli.ref_date {
            Some(s) => Some(reference_date(s).context("--ref-date")?),
            None => None,
        };
        let mut kinds = Vec::new();
        for name in &cli.only {
            let name = name.trim();
            match Kind::parse(name) {
                Some(k) if !kinds.contains(&k) => kinds.push(k),
                Some(_) => {}
                None => {
                    let names: Vec<&str> =
                        Kind::ALL.iter().map(|k| k.name()).collect();
                    bail!(
                        "--only: unknown kind {name:?}: expected one of {}",
                        names.join(", ")
                    )
                }
            }
        }
        if kinds.is_empty() {
            kinds = Kind::ALL.to_vec();
        }
        let gazetteer = match &cli.gazetteer {
            Some(path) => read_gazetteer(path)?,
            None => Vec::new(),
        };
        let encoding = match &cli.encoding {
            Some(name) => Some(
                analyze::input::encoding_for_label(name)
                    .context("--encoding")?,
            ),
            None => None,
        };
        let json = |pretty| Output::Json { pretty };
        let output = match cli.format {
            Format::Text => Output::Text,
            Format::Html => Output::Html,
            Format::Json => json(cli.pretty),
            Format::Jsonl => json(false),
            Format::Auto
                if cli.output.is_none() && std::io::stdout().is_terminal() =>
            {
                Output::Text
            }
            Format::Auto => json(cli.pretty),
        };
        let inputs = if cli.inputs.is_empty() {
            vec!["-".to_string()]
        } else {
            cli.inputs
        };
        if output == Output::Html
            && (inputs.len() > 1
                || cli.input_format == InputFormat::Jsonl
                || cli.scale.summary
                || std::path::Path::new(&inputs[0]).is_dir())
        {
            bail!("--format html: one page per run, give one text input");
        }
        let view = analyze::render::Options {
            color: use_color(cli.color),
            width: terminal_width(),
            kinds: kinds.clone(),
        };
        let jsonl_input = cli.input_format == InputFormat::Jsonl;
        let scale = Scale::from_cli(&cli.scale, jsonl_input)?;
        let array = output == json(true)
            && !scale.summary
            && (inputs.len() > 1
                || jsonl_input
                || std::path::Path::new(&inputs[0]).is_dir());
        Ok(Config {
            inputs,
            output,
            array,
            jsonl_input,
            reference_date,
            encoding,
            max_bytes: Some(cli.max_bytes),
            output_file: cli.output,
            options: analyze::Options { kinds, gazetteer },
            view,
            scale,
        })
    }
}

/// A `--ref-date` value: `YYYY-MM-DD`, or `today` or `yesterday` on the
/// local clock (what a daily job run after midnight wants).
///
/// # Errors
///
/// Neither a calendar date nor one of the two words.
fn reference_date(s: &str) -> anyhow::Result<jiff::civil::Date> {
    let today = || jiff::ZonedDateTime::now().date();
    Ok(match s.trim() {
        "today" => today(),
        "yesterday" => today().yesterday()?,
        s => analyze::input::parse_date(s)?,
    })
}

/// Reads a `--gazetteer` file.
///
/// # Errors
///
/// The file cannot be read or has a malformed line; the message names it.
pub fn read_gazetteer(
    path: &std::path::Path,
) -> anyhow::Result<Vec<analyze::extract::entities::GazetteerEntry>> {
    let src = std::fs::read_to_string(path)
        .map_err(analyze::Error::from)
        .with_context(|| format!("--gazetteer {}", path.display()))?;
    analyze::input::parse_gazetteer(&src)
        .with_context(|| format!("--gazetteer {}", path.display()))
}

/// Whether to colour: `auto` means standard output is a terminal and
/// NO_COLOR is unset or empty (no-color.org); an explicit `--color`
/// overrides NO_COLOR.
fn use_color(when: ColorWhen) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// The width of the report: `COLUMNS` when it holds a number, else the
/// size of the terminal on standard output, else 80.
fn terminal_width() -> usize {
    let columns = std::env::var("COLUMNS").ok();
    if let Some(n) = columns.and_then(|c| c.trim().parse::<usize>().ok())
        && n > 0
    {
        return n;
    }
    match terminal_size::terminal_size() {
        Some((terminal_size::Width(w), _)) if w > 0 => usize::from(w),
        _ => 80,
    }
}
