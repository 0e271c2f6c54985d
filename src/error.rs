//! The one error type of the fallible parts: reading, decoding, parsing
//! options and JSON Lines input.
//!
//! The analysis itself cannot fail; uncertainty is recorded in the data
//! (`currency: null`, `XXXX-05-26`). Messages are lower case, without a
//! final period, and name what failed; the binary adds the input's path.

use std::fmt;

/// An error from reading or parsing input.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The operating system refused a read.
    Io(std::io::Error),
    /// The input is a directory, not a file.
    IsDirectory,
    /// The input holds NUL bytes or is mostly not text.
    NotText,
    /// The input is larger than the `--max-bytes` limit.
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// A JSON Lines input line is longer than the `--max-bytes` limit.
    LineTooLong {
        /// The limit in bytes.
        limit: u64,
    },
    /// A size was not a number of bytes (`--max-bytes`).
    InvalidSize {
        /// The text given.
        given: String,
    },
    /// A date was not a valid `YYYY-MM-DD` calendar date.
    InvalidDate {
        /// The text given.
        given: String,
    },
    /// A JSON Lines input line could not be used.
    JsonLine {
        /// Why.
        reason: String,
    },
    /// A `--gazetteer` line is malformed.
    Gazetteer {
        /// 1-based line number.
        line: usize,
        /// Why.
        reason: String,
    },
    /// An `--encoding` name is unknown.
    UnknownEncoding {
        /// The name given.
        name: String,
    },
}

impl Error {
    /// Wraps a kind.
    pub fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The I/O error behind this one, if any.
    pub fn io_error(&self) -> Option<&std::io::Error> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::new(ErrorKind::Io(e))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Io(e) => write!(f, "{}", io_reason(e)),
            ErrorKind::IsDirectory => write!(f, "is a directory"),
            ErrorKind::NotText => write!(f, "not a text file"),
            ErrorKind::TooLarge { limit } => {
                write!(f, "larger than the --max-bytes limit of {limit} bytes")
            }
            ErrorKind::LineTooLong { limit } => write!(
                f,
                "line longer than the --max-bytes limit of {limit} bytes"
            ),
            ErrorKind::InvalidSize { given } => write!(
                f,
                "invalid size {given:?}: expected a number of bytes, \
                 optionally followed by K, M or G"
            ),
            ErrorKind::InvalidDate { given } => write!(
                f,
                "invalid date {given:?}: expected a calendar date as YYYY-MM-DD"
            ),
            ErrorKind::JsonLine { reason } => write!(f, "{reason}"),
            ErrorKind::Gazetteer { line, reason } => {
                write!(f, "line {line}: {reason}")
            }
            ErrorKind::UnknownEncoding { name } => {
                write!(f, "unknown encoding {name:?}")
            }
        }
    }
}

/// The message already holds the I/O reason, so it is not also given as
/// a `source`: a chain printed with `{:#}` would say it twice.
impl std::error::Error for Error {}

/// The operating system's reason in the project's style: lower case, no
/// `(os error 2)` suffix.
fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "no such file or directory".to_string(),
        K::PermissionDenied => "permission denied".to_string(),
        K::IsADirectory => "is a directory".to_string(),
        K::InvalidData => "invalid data".to_string(),
        _ => {
            let s = e.to_string();
            let s = match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            };
            let mut c = s.chars();
            match c.next() {
                Some(first) => first.to_lowercase().chain(c).collect(),
                None => s,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::ErrorKind as K;

    #[test]
    fn messages() {
        let io = |k: K| Error::from(std::io::Error::from(k));
        let cases: &[(Error, &str)] = &[
            (io(K::NotFound), "no such file or directory"),
            (io(K::PermissionDenied), "permission denied"),
            (io(K::IsADirectory), "is a directory"),
            (
                Error::from(std::io::Error::from_raw_os_error(28)),
                "no space left on device",
            ),
            (Error::new(ErrorKind::NotText), "not a text file"),
            (
                Error::new(ErrorKind::TooLarge { limit: 10 }),
                "larger than the --max-bytes limit of 10 bytes",
            ),
            (
                Error::new(ErrorKind::LineTooLong { limit: 10 }),
                "line longer than the --max-bytes limit of 10 bytes",
            ),
        ];
        for (e, want) in cases {
            assert_eq!(&e.to_string(), want);
        }
        // Said once, even in an anyhow chain printed with `{:#}`.
        let chained = anyhow::Error::from(io(K::NotFound)).context("x.txt");
        assert_eq!(format!("{chained:#}"), "x.txt: no such file or directory");
    }
}
