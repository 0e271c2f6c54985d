//! Named entities: people, organisations, places and products.
//!
//! Not written yet: finds nothing. The `--gazetteer` entries are accepted
//! and kept for when it does.

use super::{Candidate, Doc, Extractor, Kind};
use crate::model::Label;

/// One name added at run time with `--gazetteer`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerEntry {
    /// The name as it appears in text.
    pub name: String,
    /// Its label.
    pub label: Label,
    /// Its canonical form, when it differs from `name`.
    pub canonical: Option<String>,
}

/// Finds named entities.
#[derive(Debug, Default)]
pub struct EntityExtractor {
    extra: Vec<GazetteerEntry>,
}

impl EntityExtractor {
    /// Builds the extractor, with names added at run time.
    pub fn new(extra: &[GazetteerEntry]) -> EntityExtractor {
        EntityExtractor { extra: extra.to_vec() }
    }
}

impl Extractor for EntityExtractor {
    fn kind(&self) -> Kind {
        Kind::Entities
    }

    fn find(&self, _doc: &Doc<'_>, _out: &mut Vec<Candidate>) {
        let _ = &self.extra;
    }
}
