//! JSON output: one object per document, compact (one line, for JSON
//! Lines) or indented.

use std::io::{self, Write};

use crate::model::Analysis;

/// Writes `analysis` as one JSON object followed by a newline.
///
/// # Errors
///
/// Any error of the writer.
pub fn write<W: Write>(
    analysis: &Analysis,
    pretty: bool,
    mut w: W,
) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut w, analysis)?;
    } else {
        serde_json::to_writer(&mut w, analysis)?;
    }
    w.write_all(b"\n")
}

/// Writes the error line of a JSON Lines input line that could not be
/// analysed: `{"id": ..., "line": N, "error": "..."}` and a newline.
///
/// # Errors
///
/// Any error of the writer.
pub fn write_error_line<W: Write>(
    id: Option<&serde_json::Value>,
    line: usize,
    error: &str,
    mut w: W,
) -> io::Result<()> {
    let obj = serde_json::json!({
        "id": id,
        "line": line,
        "error": error,
    });
    serde_json::to_writer(&mut w, &obj)?;
    w.write_all(b"\n")
}

/// The JSON Schema (draft 2020-12) of the objects [`write()`] writes,
/// derived from the model types, so it cannot drift from them.
///
/// # Examples
///
/// ```
/// let schema = analyze::render::json::schema();
/// assert_eq!(schema["title"], "Analysis");
/// assert!(schema["required"].as_array().unwrap().contains(&"money".into()));
/// ```
pub fn schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Analysis);
    schema.to_value()
}
