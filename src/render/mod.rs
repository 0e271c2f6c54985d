//! Output renderers: JSON and the text report.
//!
//! Renderers take a finished [`Analysis`](crate::model::Analysis) and a
//! writer; they compute nothing. The binary renders each document into a
//! buffer and writes it in one go, so an error never leaves half a document
//! behind.

pub mod json;
pub mod text;
