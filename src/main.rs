//! The `analyze` binary: parse arguments, analyse each input, print, map
//! errors to exit codes (0 success, 1 an input failed, 2 usage error).
//!
//! Inputs are expanded into a work list ([`walk`]), analysed on `--jobs`
//! threads and written in input order as each is ready ([`driver`]): one
//! result per document, or one report over all of them ([`aggregate`]).

mod aggregate;
mod cli;
mod commands;
mod config;
mod driver;
mod evaluate;
mod guard;
mod output;
mod progress;
mod signals;
mod walk;

use std::io;
use std::process::ExitCode;

use clap::Parser;

use crate::config::Config;

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
    let failed = driver::run(&config)?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
