//! Temporal expressions, normalised to TIMEX3 values.
//!
//! Not written yet: finds nothing.

use super::{Candidate, Doc, Extractor, Kind};

/// Finds temporal expressions.
#[derive(Debug, Default)]
pub struct DateExtractor {}

impl DateExtractor {
    /// Builds the extractor.
    pub fn new() -> DateExtractor {
        DateExtractor {}
    }
}

impl Extractor for DateExtractor {
    fn kind(&self) -> Kind {
        Kind::Dates
    }

    fn find(&self, _doc: &Doc<'_>, _out: &mut Vec<Candidate>) {}
}
