//! The `analyze` binary: parse arguments, analyse each input, print, map
//! errors to exit codes (0 success, 1 an input failed, 2 usage error).

mod cli;
mod config;
mod guard;
mod output;

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use analyze::{Analyzer, DocInfo, render};
use clap::Parser;

use crate::config::{Config, Output};

fn main() -> ExitCode {
    guard::install_panic_hook();
    // A panic outside a document (the hook has printed its one line) is
    // still an error exit, not Rust's 101.
    let Ok(result) = std::panic::catch_unwind(run) else {
        return ExitCode::from(1);
    };
    match result {
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
            // clap's message spans several lines; keep the first, which
            // says what is wrong, without its `error: ` prefix.
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("usage error");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            return Ok(usage_error(format_args!(
                "{first} (see analyze --help)"
            )));
        }
    };
    let config = match Config::from_cli(cli) {
        Ok(c) => c,
        Err(e) => return Ok(usage_error(format_args!("{e:#}"))),
    };
    let analyzer = Analyzer::with_options(config.options.clone());
    let mut out = output::Sink::open(config.output_file.as_deref())?;
    let failed = if config.jsonl_input {
        run_jsonl(&config, &analyzer, &mut out)
    } else {
        run_files(&config, &analyzer, &mut out)
    };
    // A failed write leaves no output file behind (the sink is dropped),
    // and the message names the file.
    let failed = match (failed, &config.output_file) {
        (Err(e), Some(p)) => {
            let e = match e.downcast::<io::Error>() {
                Ok(io) => analyze::Error::from(io).into(),
                Err(e) => e,
            };
            return Err(e.context(p.display().to_string()));
        }
        (failed, _) => failed?,
    };
    out.finish()?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Renders one analysis into a buffer.
fn render(config: &Config, a: &analyze::Analysis, first: bool) -> Vec<u8> {
    let mut buf = Vec::new();
    match config.output {
        Output::Json { pretty } => render::json::write(a, pretty, &mut buf),
        Output::Text => {
            if !first {
                buf.push(b'\n');
            }
            render::text::write(a, &mut buf)
        }
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
            id: None,
            encoding: Some(decoded.encoding),
        };
        // A bug on one document costs that document only.
        let rendered = guard::isolate(|| {
            guard::fault_injection(&decoded.text);
            render(config, &analyzer.analyze_with(&decoded.text, &info), first)
        });
        match rendered {
            Ok(buf) => {
                out.write_all(&buf)?;
                out.flush()?;
                first = false;
            }
            Err(msg) => {
                eprintln!("analyze: {path}: {msg}");
                failed = true;
            }
        }
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
    reader: impl BufRead,
    out: &mut impl Write,
    first: &mut bool,
) -> anyhow::Result<bool> {
    let mut failed = false;
    for line in analyze::input::JsonLines::new(reader, config.max_bytes) {
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                eprintln!("analyze: {path}: {e}");
                return Ok(true);
            }
        };
        let number = line.number;
        let rendered = match line.doc {
            Ok(doc) => {
                let info = DocInfo {
                    source: path,
                    reference_date: doc
                        .reference_date
                        .or(config.reference_date),
                    id: doc.id.clone(),
                    encoding: None,
                };
                // A bug on one line costs that line only.
                guard::isolate(|| {
                    guard::fault_injection(&doc.text);
                    render(
                        config,
                        &analyzer.analyze_with(&doc.text, &info),
                        *first,
                    )
                })
                .map_err(|msg| {
                    eprintln!("analyze: {path}: line {number}: {msg}");
                    (doc.id, msg)
                })
            }
            Err((id, e)) => Err((id, e.to_string())),
        };
        let buf = match rendered {
            Ok(buf) => {
                *first = false;
                buf
            }
            Err((id, msg)) => {
                failed = true;
                let mut buf = Vec::new();
                render::json::write_error_line(
                    id.as_ref(),
                    number,
                    &msg,
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
