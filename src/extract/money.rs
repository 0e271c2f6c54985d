//! Amounts of money, normalised to a value and an ISO 4217 code.
//!
//! Not written yet: finds nothing.

use super::{Candidate, Doc, Extractor, Kind};

/// Finds amounts of money.
#[derive(Debug, Default)]
pub struct MoneyExtractor {}

impl MoneyExtractor {
    /// Builds the extractor.
    pub fn new() -> MoneyExtractor {
        MoneyExtractor {}
    }
}

impl Extractor for MoneyExtractor {
    fn kind(&self) -> Kind {
        Kind::Money
    }

    fn find(&self, _doc: &Doc<'_>, _out: &mut Vec<Candidate>) {}
}
