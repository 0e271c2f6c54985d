//! Integration tests: the built binary and the library's public API, in one
//! test binary (one link, one run).

mod cli;
mod contract;
mod invariants;
mod properties;
mod robustness;
mod util;
