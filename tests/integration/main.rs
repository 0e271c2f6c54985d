//! Integration tests: the built binary and the library's public API, in one
//! test binary (one link, one run).

mod cli;
mod contract;
mod dates_news;
mod entities;
mod eval;
mod events_news;
mod invariants;
mod money;
mod money_news;
mod ner_news;
mod percentages_news;
mod properties;
mod quotes_news;
mod recipes;
mod render;
mod robustness;
mod scale;
mod sentence_suites;
mod util;
