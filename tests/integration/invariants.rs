//! The invariants every analysis keeps, whatever its input: checked by the
//! property tests here and by the fuzz targets in `fuzz/` (which include
//! this file by path), so both hold the library to the same rules.
//!
//! Depends on nothing but the library, `serde_json` and `std`.

use analyze::Analysis;
use analyze::model::Span;

/// Checks `a`, the analysis of `input` with every kind reported, and
/// returns what is wrong.
///
/// Every span is in bounds, on character boundaries, non-empty, with
/// `text == input[start..end]` in bytes and in code points; sentences are
/// in order, do not overlap, are trimmed, and together hold every
/// character that is not white space; entities, amounts and dates are in
/// text order, do not overlap, and name the sentence holding their start.
pub fn check(a: &Analysis, input: &str) -> Result<(), String> {
    if a.stats.characters != input.chars().count() {
        return Err(format!("stats.characters {}", a.stats.characters));
    }
    if a.stats.sentences != a.sentences.len() {
        return Err("stats.sentences != sentences.len()".into());
    }
    // Code-point offset of every character boundary, computed once.
    let mut cp = vec![usize::MAX; input.len() + 1];
    for (n, (i, _)) in input.char_indices().enumerate() {
        cp[i] = n;
    }
    cp[input.len()] = input.chars().count();

    let mut prev_end = 0;
    for s in &a.sentences {
        check_span(input, &cp, &s.span, &s.text, "sentence")?;
        if s.span.byte_start < prev_end {
            return Err(format!("sentence at {} overlaps", s.span.start));
        }
        if s.text.trim() != s.text {
            return Err(format!("sentence at {} not trimmed", s.span.start));
        }
        // Only white space between two sentences.
        let gap = &input[prev_end..s.span.byte_start];
        if let Some(c) = gap.chars().find(|c| !c.is_whitespace()) {
            return Err(format!(
                "{c:?} before {} in no sentence",
                s.span.start
            ));
        }
        prev_end = s.span.byte_end;
    }
    if let Some(c) = input[prev_end..].chars().find(|c| !c.is_whitespace()) {
        return Err(format!("{c:?} after the last sentence in no sentence"));
    }

    let mut items: Vec<(&Span, &str, usize, &str)> = Vec::new();
    items.extend(
        a.entities.iter().map(|e| (&e.span, &*e.text, e.sentence, "entity")),
    );
    items.extend(
        a.money.iter().map(|m| (&m.span, &*m.text, m.sentence, "money")),
    );
    items.extend(
        a.dates.iter().map(|d| (&d.span, &*d.text, d.sentence, "date")),
    );
    for (span, text, sentence, what) in &items {
        check_span(input, &cp, span, text, what)?;
        let holder = a
            .sentences
            .partition_point(|s| s.span.byte_start <= span.byte_start);
        if holder == 0 || holder - 1 != *sentence {
            return Err(format!(
                "{what} at {}: sentence {sentence}, expected {}",
                span.start,
                holder.saturating_sub(1)
            ));
        }
    }
    items.sort_by_key(|(s, ..)| s.byte_start);
    for w in items.windows(2) {
        if w[1].0.byte_start < w[0].0.byte_end {
            return Err(format!(
                "{} at {} overlaps {} at {}",
                w[1].3, w[1].0.start, w[0].3, w[0].0.start
            ));
        }
    }
    for (list, what) in [
        (
            a.entities.iter().map(|e| e.span.byte_start).collect::<Vec<_>>(),
            "entities",
        ),
        (a.money.iter().map(|m| m.span.byte_start).collect(), "money"),
        (a.dates.iter().map(|d| d.span.byte_start).collect(), "dates"),
    ] {
        if !list.is_sorted() {
            return Err(format!("{what} not in text order"));
        }
    }
    Ok(())
}

/// Renders `a` of `input` in every format: the JSON must parse back and
/// keep every span's text, and the text report and the HTML page must
/// render.
pub fn check_render(a: &Analysis, input: &str) -> Result<(), String> {
    let mut json = Vec::new();
    analyze::render::json::write(a, false, &mut json)
        .map_err(|e| format!("JSON rendering failed: {e}"))?;
    let v: serde_json::Value = serde_json::from_slice(&json)
        .map_err(|e| format!("rendered JSON does not parse: {e}"))?;
    for (i, s) in a.sentences.iter().enumerate() {
        if v["sentences"][i]["text"] != *s.text {
            return Err(format!("sentence {i} changed in JSON"));
        }
    }
    let view = analyze::render::Options::default();
    let mut text = Vec::new();
    analyze::render::text::write(a, input, &view, &mut text)
        .map_err(|e| format!("text rendering failed: {e}"))?;
    let mut html = Vec::new();
    analyze::render::html::write(a, input, &view, &mut html)
        .map_err(|e| format!("HTML rendering failed: {e}"))?;
    let html = String::from_utf8(html)
        .map_err(|_| "HTML page is not UTF-8".to_string())?;
    check_page(&html)
}

/// Checks that the elements of an HTML page `analyze` wrote nest (every
/// closing tag closes the last element opened) and that every link
/// inside the page (`href="#id"`, but `#` alone) names an element's id.
/// The page escapes every `<` of the text, so a `<` starts a tag.
pub fn check_page(html: &str) -> Result<(), String> {
    const VOID: [&str; 2] = ["meta", "!DOCTYPE"];
    let mut stack: Vec<&str> = Vec::new();
    let mut ids: Vec<&str> = Vec::new();
    let mut links: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let tag = &rest[i + 1..];
        let end = tag.find('>').ok_or("a tag is not closed")?;
        let (tag, after) = (&tag[..end], &tag[end + 1..]);
        rest = after;
        if let Some(name) = tag.strip_prefix('/') {
            match stack.pop() {
                Some(open) if open == name => {}
                open => {
                    return Err(format!("</{name}> closes {open:?}"));
                }
            }
            continue;
        }
        let name = tag.split([' ', '\n']).next().unwrap_or("");
        for (attr, list) in [(" id=\"", &mut ids), (" href=\"#", &mut links)] {
            if let Some(k) = tag.find(attr) {
                let v = &tag[k + attr.len()..];
                list.push(&v[..v.find('"').unwrap_or(v.len())]);
            }
        }
        if !VOID.contains(&name) {
            stack.push(name);
        }
    }
    if let Some(open) = stack.last() {
        return Err(format!("<{open}> never closed"));
    }
    ids.sort_unstable();
    for link in links.into_iter().filter(|l| !l.is_empty()) {
        if ids.binary_search(&link).is_err() {
            return Err(format!("link #{link} leads nowhere"));
        }
    }
    Ok(())
}

fn check_span(
    input: &str,
    cp: &[usize],
    span: &Span,
    text: &str,
    what: &str,
) -> Result<(), String> {
    let (bs, be) = (span.byte_start, span.byte_end);
    if !(bs < be && be <= input.len()) {
        return Err(format!("{what} bytes {bs}..{be} out of bounds"));
    }
    if !input.is_char_boundary(bs) || !input.is_char_boundary(be) {
        return Err(format!("{what} bytes {bs}..{be} not on char boundaries"));
    }
    if &input[bs..be] != text {
        return Err(format!("{what} {text:?} != input[{bs}..{be}]"));
    }
    if (cp[bs], cp[be]) != (span.start, span.end) {
        return Err(format!(
            "{what} code points {}..{} != {}..{}",
            span.start, span.end, cp[bs], cp[be]
        ));
    }
    Ok(())
}
