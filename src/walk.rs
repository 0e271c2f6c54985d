//! Expands the inputs named on the command line into the documents to read.
//!
//! A file (or `-`) stands for itself, whatever its name. A directory stands
//! for every file under it whose path matches `--glob` (`*.txt` by
//! default), walked recursively, in sorted path order so that the output
//! never depends on the file system or on thread scheduling. Hidden files
//! and directories are skipped unless `--hidden`; symbolic links are
//! followed, and a link back to one of its own ancestors is reported and
//! skipped rather than walked forever. Nothing is read here: only names and
//! sizes, so a folder of any size costs one small entry per file.

use std::path::{Path, PathBuf};

use crate::config::Scale;

/// One entry of the work list, in output order.
#[derive(Debug)]
pub enum Item {
    /// A document to read: a file, or `-` for standard input.
    File {
        /// The path to open.
        path: PathBuf,
        /// The path as written in messages and in `source`.
        name: String,
        /// Its size in bytes when known (0 for standard input), for the
        /// progress bar.
        size: u64,
    },
    /// Something under a directory that could not be walked: reported as
    /// an input error (exit 1).
    Failed {
        /// Where.
        name: String,
        /// Why.
        reason: String,
    },
    /// A symbolic link loop: reported and skipped, not an error.
    Loop {
        /// The link.
        name: String,
    },
}

impl Item {
    /// The bytes of the file to read (0 for anything else, and for
    /// standard input).
    pub fn size(&self) -> u64 {
        match self {
            Item::File { size, .. } => *size,
            _ => 0,
        }
    }
}

/// The work list for `inputs`: files as given, directories expanded.
pub fn expand(inputs: &[String], scale: &Scale) -> Vec<Item> {
    let mut items = Vec::new();
    for input in inputs {
        let path = Path::new(input);
        if input != "-" && path.is_dir() {
            walk(path, scale, &mut items);
        } else if input != "-"
            && path.metadata().as_ref().is_err_and(is_link_loop)
        {
            // `a -> b -> a`: skipped as a directory loop is (#16).
            items.push(Item::Loop { name: input.clone() });
        } else {
            let size = if input == "-" {
                0
            } else {
                path.metadata().map_or(0, |m| m.len())
            };
            items.push(Item::File {
                path: path.to_path_buf(),
                name: input.clone(),
                size,
            });
        }
    }
    items
}

/// Appends the matching files under `root`, sorted by path.
fn walk(root: &Path, scale: &Scale, items: &mut Vec<Item>) {
    let mut found: Vec<(PathBuf, Item)> = Vec::new();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .into_iter()
        .filter_entry(|e| scale.hidden || e.depth() == 0 || !is_hidden(e));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let path = err.path().unwrap_or(root).to_path_buf();
                let name = path.display().to_string();
                let item = if err.loop_ancestor().is_some()
                    || err.io_error().is_some_and(is_link_loop)
                {
                    Item::Loop { name }
                } else {
                    Item::Failed { name, reason: reason(&err) }
                };
                found.push((path, item));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
        let matches = scale.globs.is_match(rel)
            || scale.globs.is_match(Path::new(entry.file_name()));
        if !matches {
            continue;
        }
        let size = entry.metadata().map_or(0, |m| m.len());
        let path = entry.into_path();
        let name = path.display().to_string();
        found.push((path.clone(), Item::File { path, name, size }));
    }
    if found.is_empty() {
        // Most likely a wrong directory or a wrong --glob: say so.
        items.push(Item::Failed {
            name: root.display().to_string(),
            reason: "no file matches the --glob patterns".to_string(),
        });
        return;
    }
    // `Path` orders by components: `a/b` before `a/b/c` before `a-c`,
    // the order of a depth-first walk with sorted names.
    found.sort_by(|a, b| a.0.cmp(&b.0));
    items.extend(found.into_iter().map(|(_, item)| item));
}

/// Whether `e` says symbolic links lead round in a circle (`a -> b -> a`)
/// or too far to follow: the system's `ELOOP`.
#[cfg(unix)]
fn is_link_loop(e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(libc::ELOOP)
}

/// Whether `e` says symbolic links lead round in a circle.
#[cfg(not(unix))]
fn is_link_loop(e: &std::io::Error) -> bool {
    e.kind().to_string().contains("loop")
}

/// A name starting with `.` (but not `.` or `..` themselves).
fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    let name = entry.file_name().as_encoded_bytes();
    name.first() == Some(&b'.') && name != b"." && name != b".."
}

/// The walk error's cause, in lowercase as every other message.
fn reason(err: &walkdir::Error) -> String {
    match err.io_error() {
        Some(io) => analyze::Error::from(std::io::Error::new(
            io.kind(),
            io.to_string(),
        ))
        .to_string(),
        None => err.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale(globs: &[&str], hidden: bool) -> Scale {
        let mut b = globset::GlobSetBuilder::new();
        for g in globs {
            b.add(globset::Glob::new(g).unwrap());
        }
        Scale {
            globs: b.build().unwrap(),
            hidden,
            jobs: 1,
            summary: false,
            progress: false,
        }
    }

    fn names(items: &[Item]) -> Vec<String> {
        items
            .iter()
            .map(|i| match i {
                Item::File { name, .. } => name.clone(),
                Item::Failed { name, .. } => format!("failed {name}"),
                Item::Loop { name } => format!("loop {name}"),
            })
            .collect()
    }

    #[test]
    fn walks_in_sorted_path_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in
            ["b.txt", "a/z.txt", "a/b/c.txt", "a-c.txt", ".h/x.txt", "n.md"]
        {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let rel = |items: Vec<Item>| -> Vec<String> {
            let prefix = format!("{}/", root.display());
            names(&items).into_iter().map(|n| n.replace(&prefix, "")).collect()
        };
        let got = rel(expand(
            &[root.display().to_string()],
            &scale(&["*.txt"], false),
        ));
        assert_eq!(got, ["a/b/c.txt", "a/z.txt", "a-c.txt", "b.txt"]);
        let got = rel(expand(
            &[root.display().to_string()],
            &scale(&["*.txt"], true),
        ));
        assert_eq!(
            got,
            [".h/x.txt", "a/b/c.txt", "a/z.txt", "a-c.txt", "b.txt"]
        );
        let got = rel(expand(
            &[root.display().to_string()],
            &scale(&["*.md", "a/*/*.txt"], false),
        ));
        assert_eq!(got, ["a/b/c.txt", "n.md"]);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("d")).unwrap();
        std::fs::write(root.join("d/a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(root, root.join("d/up")).unwrap();
        let items =
            expand(&[root.display().to_string()], &scale(&["*.txt"], false));
        let got = names(&items);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].ends_with("d/a.txt"), "{got:?}");
        assert!(got[1].starts_with("loop ") && got[1].ends_with("d/up"));
    }
}
