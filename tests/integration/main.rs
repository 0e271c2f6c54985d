//! Integration tests: the built binary and the library's public API, in one
//! test binary (one link, one run).

mod cli;
mod contract;
mod entities;
mod money;
mod ner_news;
mod render;
mod scale;
mod sentence_suites;
mod util;
