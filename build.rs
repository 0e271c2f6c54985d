//! Indexes the entity word lists (`data/entities/*.txt`, the lexicon's
//! half a million lines among them) at build time, so that a run looks
//! their words up in a hash table without reading the text to find them
//! or building anything.
//!
//! The index of `X.txt`, `X.txt.idx` in `OUT_DIR`, is an open-addressing
//! table of little-endian `u32` slots (a power of two of them, at most
//! half full), probed linearly from the word's hash: each slot is empty
//! or holds the start of a line in the table's body (the text after its
//! `#` header) under the top bits of the line's hash
//! (`src/extract/entities/word_hash.rs`, shared with the lookups).

use std::{env, fs, path::PathBuf};

include!("src/extract/entities/word_hash.rs");

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/extract/entities/word_hash.rs");
    println!("cargo:rerun-if-changed=data/entities");
    let dir =
        PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut tables: Vec<PathBuf> = fs::read_dir("data/entities")
        .expect("data/entities is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    tables.sort();
    for table in tables {
        println!("cargo:rerun-if-changed={}", table.display());
        let text = fs::read_to_string(&table).expect("a table is readable");
        let name = table.file_name().expect("a table has a name");
        let mut idx = name.to_os_string();
        idx.push(".idx");
        fs::write(dir.join(idx), index(&text)).expect("OUT_DIR is writable");
    }
}

/// The hash table of a word list's lines.
fn index(text: &str) -> Vec<u8> {
    let mut body = text;
    while body.starts_with('#') {
        body = body.split_once('\n').map_or("", |(_, rest)| rest);
    }
    assert!(body.len() < 1 << OFFSET_BITS, "a table fits its offsets");
    let lines: Vec<(usize, &str)> = body
        .split('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len() + 1;
            Some((start, line))
        })
        .filter(|(_, line)| !line.is_empty())
        .collect();
    let slots = (lines.len() * 2).next_power_of_two();
    let mask = slots - 1;
    let mut table = vec![EMPTY; slots];
    for &(start, line) in &lines {
        let h = word_hash(line.as_bytes());
        let mut i = (h as usize) & mask;
        while table[i] != EMPTY {
            i = (i + 1) & mask;
        }
        table[i] = (word_tag(h) << OFFSET_BITS) | start as u32;
    }
    table.iter().flat_map(|n| n.to_le_bytes()).collect()
}
