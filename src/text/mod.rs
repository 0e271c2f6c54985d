//! Text structure: sentences and words.
//!
//! Works on the decoded text in byte offsets; the model converts to code
//! points once at the end.

pub mod numbers;
pub mod sentences;

use unicode_segmentation::UnicodeSegmentation;

/// Counts the words of `text`: UAX #29 word segments holding a letter or a
/// digit (`l'IA` is two words, `100 000` two, `6,5` one).
///
/// # Examples
///
/// ```
/// assert_eq!(analyze::text::word_count("Le 26 mai, c'était au tour d'Elon."), 7);
/// ```
pub fn word_count(text: &str) -> usize {
    text.unicode_words().count()
}
