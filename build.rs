//! Indexes the lexicon (`data/entities/lexicon.txt`, half a million
//! lines) at build time, so that a run looks its words up by binary
//! search over line starts without reading the text to find them.
//!
//! The index, `lexicon_index.bin` in `OUT_DIR`, is a run of
//! little-endian `u32`: for each key of a word's first two bytes (the
//! first byte times 256 plus the second, 0 for a one-byte word), the
//! index of the first line of that key or greater, then the number of
//! lines (65 537 numbers in all); then the start of each line in the
//! table's body (the text after its `#` header), then one past the
//! newline of the last line.

use std::{env, fs, path::PathBuf};

fn main() {
    let table = "data/entities/lexicon.txt";
    println!("cargo:rerun-if-changed={table}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = fs::read_to_string(table).expect("the lexicon is readable");
    let mut body = text.as_str();
    while body.starts_with('#') {
        body = body.split_once('\n').map_or("", |(_, rest)| rest);
    }
    let bytes = body.as_bytes();
    let mut keys = vec![0u32; 65_537];
    let mut starts: Vec<u32> = Vec::new();
    let mut next_key = 0;
    let mut at = 0;
    while at < bytes.len() {
        let end = bytes[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| at + p);
        let line = &bytes[at..end];
        let key = (usize::from(line.first().copied().unwrap_or(0)) << 8)
            | usize::from(line.get(1).copied().unwrap_or(0));
        assert!(key + 1 >= next_key, "the lexicon is sorted");
        while next_key <= key {
            keys[next_key] = starts.len() as u32;
            next_key += 1;
        }
        starts.push(at as u32);
        at = end + 1;
    }
    let lines = starts.len() as u32;
    keys[next_key..].fill(lines);
    starts.push(at as u32);
    let mut out = Vec::with_capacity((keys.len() + starts.len()) * 4);
    for n in keys.iter().chain(&starts) {
        out.extend_from_slice(&n.to_le_bytes());
    }
    let dir =
        PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(dir.join("lexicon_index.bin"), out)
        .expect("OUT_DIR is writable");
}
