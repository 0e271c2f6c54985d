//! The checked configuration of one run, built once from [`Cli`].
//!
//! Every value given as text on the command line is checked here (dates,
//! kinds, encodings, the gazetteer file), so the rest of the program never
//! sees a raw string.

use std::io::IsTerminal;

use anyhow::{Context, bail};

use crate::cli::{Cli, Format, InputFormat};
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
    /// Write results to this file (atomically) instead of standard output.
    pub output_file: Option<std::path::PathBuf>,
    /// Analyzer options.
    pub options: analyze::Options,
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
        Ok(Config {
            inputs,
            output,
            jsonl_input: cli.input_format == InputFormat::Jsonl,
            reference_date,
            encoding,
            max_bytes: Some(cli.max_bytes),
            output_file: cli.output,
            options: analyze::Options { kinds, gazetteer },
        })
    }
}
