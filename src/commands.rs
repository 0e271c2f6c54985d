//! The subcommands: `schema`, `completions` and `man`, which print
//! something about the tool itself rather than analyse a text, and `eval`,
//! which scores the analysis against gold texts ([`evaluate`]).

use std::io::{self, Write};
use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::{Cli, Command};
use crate::evaluate;

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
            clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
        }
        Command::Eval(args) => return evaluate::run(args),
    }
    let mut out = io::stdout().lock();
    out.write_all(&buf)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
