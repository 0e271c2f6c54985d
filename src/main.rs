//! The `analyze` binary: parse arguments, analyse each input, print, map
//! errors to exit codes (0 success, 1 an input failed, 2 usage error).

mod cli;
mod commands;
mod config;

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use analyze::{Analyzer, DocInfo, render};
use clap::Parser;

use crate::config::{Config, Output};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe means the reader has gone (`analyze | head`):
            // not an error.
            for cause in err.chain() {
                if let Some(e) = cause.downcast_ref::<io::Error>()
                    && e.kind() == io::ErrorKind::BrokenPipe
                {
                    return ExitCode::SUCCESS;
                }
            }
            eprintln!("analyze: {err:#}");
            ExitCode::from(1)
        }
    }
}

/// Exit code 2 and one line on standard error for a usage error.
fn usage_error(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("analyze: {msg}");
    ExitCode::from(2)
}

fn run() -> anyhow::Result<ExitCode> {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version.
            e.print()?;
            return Ok(ExitCode::SUCCESS);
        }
        Err(e) => {
            // clap's message spans several lines; keep its first
            // paragraph (what is wrong, and the missing arguments when it
            // lists them) on one line, without its `error: ` prefix.
            let text = e.render().to_string();
            let para: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            let first = para.join(" ");
            let first = first.strip_prefix("error: ").unwrap_or(&first);
            let first = if first.is_empty() { "usage error" } else { first };
            return Ok(usage_error(format_args!(
                "{first} (see analyze --help)"
            )));
        }
    };
    if let Some(command) = &cli.command {
        return commands::run(command);
    }
    let config = match Config::from_cli(cli) {
        Ok(c) => c,
        Err(e) => return Ok(usage_error(format_args!("{e:#}"))),
    };
    let analyzer = Analyzer::with_options(config.options.clone());
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let failed = if config.jsonl_input {
        run_jsonl(&config, &analyzer, &mut out)?
    } else {
        run_files(&config, &analyzer, &mut out)?
    };
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Renders one analysis into a buffer.
fn render(
    config: &Config,
    a: &analyze::Analysis,
    text: &str,
    first: bool,
) -> Vec<u8> {
    let mut buf = Vec::new();
    match config.output {
        Output::Json { pretty } => render::json::write(a, pretty, &mut buf),
        Output::Text => {
            if !first {
                buf.push(b'\n');
            }
            render::text::write(a, text, &config.view, &mut buf)
        }
        Output::Html => render::html::write(a, text, &config.view, &mut buf),
    }
    .expect("writing to a Vec cannot fail");
    buf
}

/// One document per input. Returns whether an input failed.
fn run_files(
    config: &Config,
    analyzer: &Analyzer,
    out: &mut impl Write,
) -> anyhow::Result<bool> {
    let mut failed = false;
    let mut first = true;
    for path in &config.inputs {
        let decoded = match analyze::input::read_input(
            path,
            config.encoding,
            config.max_bytes,
        ) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("analyze: {path}: {e}");
                failed = true;
                continue;
            }
        };
        let info = DocInfo {
            source: path,
            reference_date: config.reference_date,
            reference_date_from: Some(analyze::model::DateOrigin::Option),
            id: None,
            encoding: Some(decoded.encoding),
        };
        let analysis = analyzer.analyze_with(&decoded.text, &info);
        out.write_all(&render(config, &analysis, &decoded.text, first))?;
        out.flush()?;
        first = false;
    }
    Ok(failed)
}

/// JSON Lines documents: one result line per input line, in order; a bad
/// line gets an error line and the stream goes on. Returns whether a line
/// or an input failed.
fn run_jsonl(
    config: &Config,
    analyzer: &Analyzer,
    out: &mut impl Write,
) -> anyhow::Result<bool> {
    let mut failed = false;
    let mut first = true;
    for path in &config.inputs {
        let reader: Box<dyn BufRead> = if path == "-" {
            Box::new(io::stdin().lock())
        } else {
            match std::fs::File::open(path) {
                Ok(f) if !f.metadata().is_ok_and(|m| m.is_dir()) => {
                    Box::new(io::BufReader::new(f))
                }
                Ok(_) => {
                    eprintln!("analyze: {path}: is a directory");
                    failed = true;
                    continue;
                }
                Err(e) => {
                    eprintln!("analyze: {path}: {}", analyze::Error::from(e));
                    failed = true;
                    continue;
                }
            }
        };
        failed |=
            jsonl_stream(config, analyzer, path, reader, out, &mut first)?;
    }
    Ok(failed)
}

fn jsonl_stream(
    config: &Config,
    analyzer: &Analyzer,
    path: &str,
    mut reader: impl BufRead,
    out: &mut impl Write,
    first: &mut bool,
) -> anyhow::Result<bool> {
    let mut failed = false;
    let mut raw = Vec::new();
    let mut number = 0;
    loop {
        raw.clear();
        let n = match reader.read_until(b'\n', &mut raw) {
            Ok(n) => n,
            Err(e) => {
                eprintln!("analyze: {path}: {}", analyze::Error::from(e));
                return Ok(true);
            }
        };
        if n == 0 {
            break;
        }
        number += 1;
        let line = match std::str::from_utf8(&raw) {
            Ok(s) => s.trim_end_matches(['\n', '\r']),
            Err(_) => {
                failed = true;
                let mut buf = Vec::new();
                render::json::write_error_line(
                    None,
                    number,
                    "not UTF-8",
                    &mut buf,
                )?;
                out.write_all(&buf)?;
                out.flush()?;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let buf = match analyze::input::parse_json_line(line) {
            Ok(doc) => {
                let info = DocInfo {
                    source: path,
                    reference_date_from: Some(match doc.reference_date {
                        Some(_) => analyze::model::DateOrigin::Input,
                        None => analyze::model::DateOrigin::Option,
                    }),
                    reference_date: doc
                        .reference_date
                        .or(config.reference_date),
                    id: doc.id,
                    encoding: None,
                };
                let analysis = analyzer.analyze_with(&doc.text, &info);
                let buf = render(config, &analysis, &doc.text, *first);
                *first = false;
                buf
            }
            Err((id, e)) => {
                failed = true;
                let mut buf = Vec::new();
                render::json::write_error_line(
                    id.as_ref(),
                    number,
                    &e.to_string(),
                    &mut buf,
                )?;
                buf
            }
        };
        out.write_all(&buf)?;
        out.flush()?;
    }
    Ok(failed)
}
