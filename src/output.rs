//! Where results go: standard output, or a file written atomically.
//!
//! With `-o FILE` the results are written to a temporary file in the same
//! directory, which replaces `FILE` by a rename only once every result has
//! been written and synced. A run that fails or is stopped half-way
//! leaves `FILE` as it was (or absent): never half-written. The rename is
//! atomic because both names are on the same file system.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, StdoutLock, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use anyhow::Context;

/// The error of a failed write to the output, in the documented form
/// `<output>: <reason>`: the file given with `-o`, or `standard output`.
/// A closed pipe keeps its `io::Error`, which ends the run quietly.
pub fn write_error(e: anyhow::Error, file: Option<&Path>) -> anyhow::Error {
    let io = match e.downcast::<io::Error>() {
        Ok(io) if io.kind() == io::ErrorKind::BrokenPipe => return io.into(),
        Ok(io) => io,
        Err(e) => {
            return match file {
                Some(p) => e.context(p.display().to_string()),
                None => e,
            };
        }
    };
    let name =
        file.map_or("standard output".into(), |p| p.display().to_string());
    anyhow::Error::from(analyze::Error::from(io)).context(name)
}

/// The temporary files of the run not yet renamed into place: removed by
/// [`discard_temporary_files`] when a signal stops the run.
static TEMPORARY: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Locks [`TEMPORARY`], whatever a thread that panicked left in it.
fn temporary() -> MutexGuard<'static, Vec<PathBuf>> {
    TEMPORARY.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Removes the temporary files of the run and returns the lock on their
/// list, so that none is created or renamed into place after: the caller
/// (the signal handler) holds it until the process ends.
pub fn discard_temporary_files() -> MutexGuard<'static, Vec<PathBuf>> {
    let mut files = temporary();
    for tmp in files.drain(..) {
        let _ = std::fs::remove_file(tmp);
    }
    files
}

/// The destination of the results.
#[derive(Debug)]
pub enum Sink {
    /// Standard output, locked once for the run.
    Stdout(StdoutLock<'static>),
    /// Standard output through a duplicate of its descriptor. The driver
    /// already gathers the output in a large buffer: the line buffer of
    /// [`io::Stdout`] would only search each of its writes for the last
    /// line break (a scan of the whole output) and copy the tail.
    #[cfg_attr(not(unix), allow(dead_code))]
    Descriptor(File),
    /// A file being written under a temporary name.
    File(AtomicFile),
}

impl Sink {
    /// Standard output, or an atomic writer to `path`.
    ///
    /// # Errors
    ///
    /// When the temporary file cannot be created; the message names `path`.
    pub fn open(path: Option<&Path>) -> anyhow::Result<Sink> {
        Ok(match path {
            None => stdout(),
            Some(p) => Sink::File(
                AtomicFile::create(p)
                    .map_err(analyze::Error::from)
                    .with_context(|| p.display().to_string())?,
            ),
        })
    }

    /// Ends the run's output: flushes standard output, or puts the file in
    /// place.
    ///
    /// # Errors
    ///
    /// When the last writes, the sync or the rename fail; the message
    /// names the file.
    pub fn finish(self) -> anyhow::Result<()> {
        match self {
            Sink::Stdout(mut out) => out.flush().map_err(Into::into),
            Sink::Descriptor(mut out) => out.flush().map_err(Into::into),
            Sink::File(f) => {
                let path = f.path.clone();
                f.commit()
                    .map_err(analyze::Error::from)
                    .with_context(|| path.display().to_string())
            }
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(out) => out.write(buf),
            Sink::Descriptor(out) => out.write(buf),
            Sink::File(f) => f.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => out.write_all(buf),
            Sink::Descriptor(out) => out.write_all(buf),
            Sink::File(f) => f.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::Descriptor(out) => out.flush(),
            Sink::File(f) => f.flush(),
        }
    }
}

/// Standard output, unbuffered on Unix (see [`Sink::Descriptor`]); locked
/// when its descriptor cannot be duplicated (it is closed, say, which the
/// lock takes as a sink that swallows everything).
fn stdout() -> Sink {
    let out = io::stdout();
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = out.as_fd().try_clone_to_owned() {
            return Sink::Descriptor(File::from(fd));
        }
    }
    Sink::Stdout(out.lock())
}

/// A file written under a temporary name and renamed into place by
/// [`AtomicFile::commit`]; dropped without a commit, it removes the
/// temporary file.
#[derive(Debug)]
pub struct AtomicFile {
    /// The final name.
    path: PathBuf,
    /// The temporary name, in the same directory.
    tmp: PathBuf,
    /// `None` once committed.
    file: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Creates `.<name>.<pid>.<n>.tmp` next to `path`.
    ///
    /// # Errors
    ///
    /// When `path` is a directory or has no file name, or the temporary
    /// file cannot be created.
    pub fn create(path: &Path) -> io::Result<AtomicFile> {
        if path.is_dir() {
            return Err(io::Error::from(io::ErrorKind::IsADirectory));
        }
        let name = path.file_name().ok_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, "not a file name")
        })?;
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut attempt = 0u32;
        loop {
            let mut tmp_name = std::ffi::OsString::from(".");
            tmp_name.push(name);
            tmp_name.push(format!(".{}.{attempt}.tmp", std::process::id()));
            let tmp = dir.join(tmp_name);
            // `create_new` never follows or truncates a file already there.
            // Registered under the lock, so that a signal either sees it
            // or comes before it exists.
            let mut pending = temporary();
            match OpenOptions::new().write(true).create_new(true).open(&tmp) {
                Ok(file) => {
                    pending.push(tmp.clone());
                    return Ok(AtomicFile {
                        path: path.to_path_buf(),
                        tmp,
                        file: Some(BufWriter::new(file)),
                    });
                }
                Err(e)
                    if e.kind() == io::ErrorKind::AlreadyExists
                        && attempt < 100 =>
                {
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }

    fn file(&mut self) -> io::Result<&mut BufWriter<File>> {
        self.file
            .as_mut()
            .ok_or_else(|| io::Error::other("output already committed"))
    }

    /// Flushes and syncs the data, then renames the temporary file over
    /// the final name.
    ///
    /// # Errors
    ///
    /// Any error of the flush, the sync or the rename; the temporary file
    /// is then removed.
    pub fn commit(mut self) -> io::Result<()> {
        let Some(writer) = self.file.take() else {
            return Ok(());
        };
        let result = writer
            .into_inner()
            .map_err(io::IntoInnerError::into_error)
            .and_then(|f| f.sync_all());
        // Renamed or removed under the lock: a signal that comes now
        // waits, and finds the file in place or gone.
        let mut pending = temporary();
        let result =
            result.and_then(|()| std::fs::rename(&self.tmp, &self.path));
        if result.is_err() {
            let _ = std::fs::remove_file(&self.tmp);
        }
        pending.retain(|p| *p != self.tmp);
        result
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file()?.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file()?.flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let mut pending = temporary();
            let _ = std::fs::remove_file(&self.tmp);
            pending.retain(|p| *p != self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_and_drop_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        std::fs::write(&path, "old\n").unwrap();

        let mut f = AtomicFile::create(&path).unwrap();
        f.write_all(b"half").unwrap();
        f.flush().unwrap();
        drop(f);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");

        let mut f = AtomicFile::create(&path).unwrap();
        f.write_all(b"new\n").unwrap();
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");

        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["out.jsonl"], "no temporary file left");
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = AtomicFile::create(dir.path()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::IsADirectory);
    }
}
