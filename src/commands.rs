//! The subcommands: `schema`, `completions` and `man`, which print
//! something about the tool itself rather than analyse a text.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::{Cli, Command};

/// Runs a subcommand, printing to standard output.
///
/// # Errors
///
/// An error writing to standard output.
pub fn run(command: &Command) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
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
            clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
        }
    }
    out.write_all(&buf)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
