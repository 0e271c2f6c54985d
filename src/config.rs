//! The checked configuration of one run, built once from [`Cli`].
//!
//! Every value given as text on the command line is checked here (dates,
//! kinds, encodings, the gazetteer file), so the rest of the program never
//! sees a raw string.

use std::io::IsTerminal;

use anyhow::{Context, bail};

use crate::cli::{Cli, ColorWhen, Format, InputFormat};
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
    /// Read JSON Lines documents instead of whole files.
    pub jsonl_input: bool,
    /// Default reference date.
    pub reference_date: Option<jiff::civil::Date>,
    /// Forced input encoding.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Largest input accepted, in bytes.
    pub max_bytes: Option<u64>,
    /// Analyzer options.
    pub options: analyze::Options,
    /// How the text report and the HTML page are drawn.
    pub view: analyze::render::Options,
}

impl Config {
    /// Checks the arguments.
    ///
    /// # Errors
    ///
    /// A message naming the bad option, for a usage error (exit 2).
    pub fn from_cli(cli: Cli) -> anyhow::Result<Config> {
        let reference_date = match &cli.ref_date {
            Some(s) => {
                Some(analyze::input::parse_date(s).context("--ref-date")?)
            }
            None => None,
        };
        let mut kinds = Vec::new();
        for name in &cli.only {
            let name = name.trim();
            match Kind::parse(name) {
                Some(k) if !kinds.contains(&k) => kinds.push(k),
                Some(_) => {}
                None => bail!(
                    "--only: unknown kind {name:?}: expected sentences, entities, money or dates"
                ),
            }
        }
        if kinds.is_empty() {
            kinds = Kind::ALL.to_vec();
        }
        let gazetteer = match &cli.gazetteer {
            Some(path) => {
                let src = std::fs::read_to_string(path)
                    .map_err(analyze::Error::from)
                    .with_context(|| {
                        format!("--gazetteer {}", path.display())
                    })?;
                analyze::input::parse_gazetteer(&src).with_context(|| {
                    format!("--gazetteer {}", path.display())
                })?
            }
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
            Format::Auto if std::io::stdout().is_terminal() => Output::Text,
            Format::Auto => json(cli.pretty),
        };
        let inputs = if cli.inputs.is_empty() {
            vec!["-".to_string()]
        } else {
            cli.inputs
        };
        if output == Output::Html
            && (inputs.len() > 1 || cli.input_format == InputFormat::Jsonl)
        {
            bail!("--format html: one page per run, give one text input");
        }
        let view = analyze::render::Options {
            color: use_color(cli.color),
            width: terminal_width(),
            kinds: kinds.clone(),
        };
        Ok(Config {
            inputs,
            output,
            jsonl_input: cli.input_format == InputFormat::Jsonl,
            reference_date,
            encoding,
            max_bytes: cli.max_bytes,
            options: analyze::Options { kinds, gazetteer },
            view,
        })
    }
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
