//! Percentages: `12,5 %`, `+3,6 %`, `2,5 pour cent`, percentage points and
//! basis points, ranges and bounds, normalised to a number in percent.
//!
//! Takes a [`Doc`] and pushes [`Found::Percentage`] candidates in byte
//! offsets; what is not a percentage (`un tiers`, index points) is left
//! out.

use super::{Candidate, Doc, Extractor, Found, Kind, PercentValue};

/// Finds percentages.
#[derive(Debug, Default)]
pub struct PercentageExtractor {}

impl PercentageExtractor {
    /// The extractor, its tables built on first use.
    pub fn new() -> PercentageExtractor {
        PercentageExtractor {}
    }
}

impl Extractor for PercentageExtractor {
    fn kind(&self) -> Kind {
        Kind::Percentages
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>) {
        // Placeholder reader: a number directly followed by `%`.
        let bytes = doc.text.as_bytes();
        for (i, _) in doc.text.match_indices('%') {
            let mut end_num = i;
            while end_num > 0 && bytes[end_num - 1] == b' ' {
                end_num -= 1;
            }
            let mut start = end_num;
            while start > 0
                && (bytes[start - 1].is_ascii_digit()
                    || bytes[start - 1] == b',')
            {
                start -= 1;
            }
            if start == end_num || !bytes[start].is_ascii_digit() {
                continue;
            }
            let Ok(value) = doc.text[start..end_num].replace(',', ".").parse()
            else {
                continue;
            };
            out.push(Candidate {
                start,
                end: i + 1,
                found: Found::Percentage(Box::new(PercentValue {
                    value,
                    min: None,
                    max: None,
                    qualifier: None,
                    points: false,
                })),
            });
        }
    }
}
