//! Calendar arithmetic and TIMEX3 formatting, on top of `jiff`.
//!
//! Month lengths, leap years and ISO weeks all come from `jiff`; this
//! module only picks which occurrence of an underspecified date is meant
//! (the last one or the next one from the reference date) and writes
//! values as TIMEX3 strings.

use jiff::Span;
use jiff::civil::{Date, Weekday};

/// Which occurrence of an underspecified date is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dir {
    /// The last one, up to the reference date included.
    Past,
    /// The next one, from the reference date included.
    Next,
    /// The one nearest the reference date, before or after: a clause in
    /// the present tense (`Mardi, le gouvernement présente son budget`).
    Nearest,
}

/// Days from `a` to `b` (negative when `b` is before `a`).
pub(super) fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map_or(i64::MAX, |s| i64::from(s.get_days()))
}

/// A valid date, or `None`.
pub(super) fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

/// `2024-05-30`.
pub(super) fn day(d: Date) -> String {
    let (y, m) = (i32::from(d.year()), d.month() as u8);
    let mut s = month(y, m);
    s.push('-');
    push_digits(&mut s, u32::from(d.day() as u8), 2);
    s
}

/// `2024-05`.
pub(super) fn month(y: i32, m: u8) -> String {
    // Years of four digits, as every date of a text has, written digit
    // by digit: the formatting machinery costs ten times as much.
    match u32::try_from(y) {
        Ok(y) if y <= 9999 && m <= 99 => {
            let mut s = String::with_capacity(10);
            push_digits(&mut s, y, 4);
            s.push('-');
            push_digits(&mut s, u32::from(m), 2);
            s
        }
        _ => format!("{y:04}-{m:02}"),
    }
}

/// Appends the last `width` decimal digits of `n`, zeros in front.
fn push_digits(s: &mut String, n: u32, width: u32) {
    for k in (0..width).rev() {
        s.push(char::from(b'0' + (n / 10u32.pow(k) % 10) as u8));
    }
}

/// `2024-W22`, the ISO week holding `d`.
pub(super) fn week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// `d` moved by a number of days, months or years.
pub(super) fn add(d: Date, unit: char, n: i64) -> Option<Date> {
    let span = match unit {
        'D' => Span::new().try_days(n).ok()?,
        'W' => Span::new().try_weeks(n).ok()?,
        'M' => Span::new().try_months(n).ok()?,
        'Y' => Span::new().try_years(n).ok()?,
        _ => return None,
    };
    d.checked_add(span).ok()
}

/// The Monday of the ISO week holding `d`.
pub(super) fn monday(d: Date) -> Option<Date> {
    add(d, 'D', -i64::from(d.weekday().to_monday_zero_offset()))
}

/// ISO weekday number (Monday 1) to `jiff`'s weekday.
pub(super) fn weekday(n: u8) -> Option<Weekday> {
    Weekday::from_monday_one_offset(n as i8).ok()
}

/// The weekday `wd` nearest `r` in direction `dir`; `strict` leaves out
/// `r` itself.
pub(super) fn weekday_from(
    r: Date,
    wd: u8,
    dir: Dir,
    strict: bool,
) -> Option<Date> {
    let target = weekday(wd)?;
    if dir == Dir::Nearest {
        let past = weekday_from(r, wd, Dir::Past, strict)?;
        let next = weekday_from(r, wd, Dir::Next, strict)?;
        let near = days_between(past, r) <= days_between(r, next);
        return Some(if near { past } else { next });
    }
    let mut d = r;
    let step = if dir == Dir::Past { -1 } else { 1 };
    if strict {
        d = add(d, 'D', step)?;
    }
    for _ in 0..7 {
        if d.weekday() == target {
            return Some(d);
        }
        d = add(d, 'D', step)?;
    }
    None
}

/// The year of the occurrence of month `m` (and day `d`) meant from `r`.
pub(super) fn year_for(r: Date, m: u8, d: Option<u8>, dir: Dir) -> i32 {
    let y = i32::from(r.year());
    let here = (r.month() as u8, d.map(|_| r.day() as u8).unwrap_or(0));
    let there = (m, d.unwrap_or(0));
    match dir {
        Dir::Past if there > here => y - 1,
        Dir::Next if there < here => y + 1,
        Dir::Nearest => {
            // The candidate year whose date is nearest, in rough days.
            let at = |y: i32, (m, d): (u8, u8)| {
                i64::from(y) * 372 + i64::from(m) * 31 + i64::from(d.max(15))
            };
            let now = at(y, (here.0, r.day() as u8));
            let day = if d.is_some() { there } else { (m, 15) };
            [y - 1, y, y + 1]
                .into_iter()
                .min_by_key(|&c| (at(c, day) - now).abs())
                .unwrap_or(y)
        }
        _ => y,
    }
}

/// `12` as a two-digit year: the century that puts it nearest `r` (or
/// 1950-2049 with no reference date).
pub(super) fn full_year(yy: i32, r: Option<Date>) -> i32 {
    let pivot = r.map_or(2000, |r| i32::from(r.year()));
    let base = pivot - pivot.rem_euclid(100);
    [base - 100 + yy, base + yy, base + 100 + yy]
        .into_iter()
        .min_by_key(|y| (y - pivot).abs())
        .unwrap_or(base + yy)
}

/// The number of the quarter (or half, with `size` 6) holding month `m`.
pub(super) fn period_of(m: u8, size: u8) -> u8 {
    (m - 1) / size + 1
}

/// Formats a number of units as an ISO 8601 duration in whole units
/// (`P3Y`, `PT48H`, `P42M` for three years and a half), or with a decimal
/// fraction when no smaller unit holds it (`P1.5M`).
pub(super) fn duration(n: f64, unit: &str) -> Option<String> {
    // A fraction in the next smaller unit, when it makes a whole one:
    // `trois ans et demi` is `P42M`, `deux heures et demie` `PT150M`,
    // `trois quarts d'heure` `PT45M`, `deux jours et demi` `PT60H`.
    if n.fract() != 0.0 {
        let smaller = match unit {
            "Y" => Some((12.0, "M")),
            "W" => Some((7.0, "D")),
            "D" => Some((24.0, "h")),
            "h" => Some((60.0, "m")),
            "m" => Some((60.0, "s")),
            _ => None,
        };
        if let Some((k, u)) = smaller
            && (n * k).fract() == 0.0
        {
            return duration(n * k, u);
        }
    }
    let (n, code, time) = match unit {
        "Y" => (n, 'Y', false),
        "Q" => (n * 3.0, 'M', false),
        "H" => (n * 6.0, 'M', false),
        "M" => (n, 'M', false),
        "W" => (n, 'W', false),
        "D" => (n, 'D', false),
        "DE" => (n * 10.0, 'Y', false),
        "CE" => (n * 100.0, 'Y', false),
        "h" => (n, 'H', true),
        "m" => (n, 'M', true),
        "s" => (n, 'S', true),
        _ => return None,
    };
    let mut out = String::with_capacity(8);
    out.push('P');
    if time {
        out.push('T');
    }
    match n.fract() == 0.0 {
        // A whole number of units, as most are: digit by digit.
        true if (0.0..1e9).contains(&n) => {
            let n = n as u32;
            let width = n.checked_ilog10().unwrap_or(0) + 1;
            push_digits(&mut out, n, width);
        }
        true => out.push_str(&(n as i64).to_string()),
        false => out.push_str(&n.to_string()),
    }
    out.push(code);
    Some(out)
}

/// The largest number of units a duration may count (`P1000000Y` is
/// refused): past it, the text names no span of time.
const MAX_DURATION: f64 = 100_000.0;

/// Keeps a TIMEX3 value within ISO 8601's four-digit years: a year past
/// 9999 or before 0000 (counted from an extreme reference date:
/// `le 3 mars` read from 9999-12-31, `hier` from 0000-01-01) becomes
/// `XXXX`, unknown as it is. Returns `false` for a duration of absurd
/// length (`dans 99999999999999999999 ans`), which is then no date (#16).
pub(super) fn within_iso(value: &mut String) -> bool {
    if let Some(rest) = value.strip_prefix('P') {
        // `PAST_REF` and the like are no durations.
        if rest.starts_with(|c: char| c.is_ascii_uppercase() && c != 'T')
            && rest.contains('_')
        {
            return true;
        }
        let num = rest.trim_start_matches('T');
        let end = num
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(num.len());
        return num[..end].parse::<f64>().map_or(true, |n| n <= MAX_DURATION);
    }
    let digits = value.bytes().take_while(u8::is_ascii_digit).count();
    if value.starts_with('-') || digits > 4 {
        let sign = usize::from(value.starts_with('-'));
        let year = sign
            + value[sign..].bytes().take_while(u8::is_ascii_digit).count();
        value.replace_range(..year, "XXXX");
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years() {
        let r = ymd(2024, 5, 30);
        assert_eq!(full_year(74, r), 1974);
        assert_eq!(full_year(14, r), 2014);
        assert_eq!(full_year(30, r), 2030);
        let r = ymd(2024, 5, 30).unwrap();
        assert_eq!(year_for(r, 11, None, Dir::Past), 2023);
        assert_eq!(year_for(r, 11, None, Dir::Next), 2024);
        assert_eq!(year_for(r, 5, None, Dir::Past), 2024);
        assert_eq!(year_for(r, 5, Some(31), Dir::Past), 2023);
        assert_eq!(year_for(r, 5, Some(30), Dir::Next), 2024);
        assert_eq!(year_for(r, 5, Some(26), Dir::Nearest), 2024);
        assert_eq!(year_for(r, 1, Some(10), Dir::Nearest), 2024);
        assert_eq!(year_for(r, 12, None, Dir::Nearest), 2023);
        assert_eq!(year_for(r, 9, None, Dir::Nearest), 2024);
    }

    #[test]
    fn values_stay_within_iso_years() {
        let cases = [
            ("10000-03", Some("XXXX-03")),
            ("-001-12-31", Some("XXXX-12-31")),
            ("10000", Some("XXXX")),
            ("2024-05-30T14:30", Some("2024-05-30T14:30")),
            ("0000-01-01", Some("0000-01-01")),
            ("199", Some("199")),
            ("P3Y", Some("P3Y")),
            ("PT48H", Some("PT48H")),
            ("P1.5Y", Some("P1.5Y")),
            ("PXY", Some("PXY")),
            ("PAST_REF", Some("PAST_REF")),
            ("P100000Y", Some("P100000Y")),
            ("P9223372036854775807Y", None),
            ("PT1000001S", None),
        ];
        for (value, want) in cases {
            let mut v = value.to_string();
            let kept = within_iso(&mut v);
            assert_eq!(kept.then_some(v.as_str()), want, "{value}");
        }
    }

    /// Dates and months written digit by digit read as the formatting
    /// machinery writes them, years of any sign and length included.
    #[test]
    fn written_as_formatted() {
        for y in [-9999, -100, -1, 0, 7, 99, 999, 1974, 2024, 9999] {
            for (m, d) in [(1, 1), (2, 29), (5, 30), (12, 31)] {
                let Some(date) = ymd(y, m, d) else { continue };
                let want = format!("{y:04}-{m:02}-{d:02}");
                assert_eq!(day(date), want);
                assert_eq!(month(y, m), format!("{y:04}-{m:02}"));
            }
        }
        assert_eq!(month(10000, 3), "10000-03");
        assert_eq!(month(2024, 123), "2024-123");
        // A month has no smaller unit: every number as it is.
        for n in [0.0, -0.0, 1.0, 9.0, 10.0, 99.0, 1e8, 1e9 - 1.0, 1e9, 1e12]
            .into_iter()
            .chain([-3.0, 2.5, f64::NAN])
        {
            let want = if n.fract() == 0.0 {
                format!("P{}M", n as i64)
            } else {
                format!("P{n}M")
            };
            assert_eq!(duration(n, "M").as_deref(), Some(want.as_str()));
        }
    }

    #[test]
    fn durations() {
        assert_eq!(duration(3.0, "Y").as_deref(), Some("P3Y"));
        assert_eq!(duration(3.0, "Q").as_deref(), Some("P9M"));
        assert_eq!(duration(48.0, "h").as_deref(), Some("PT48H"));
        // Whole units: the fraction in the next smaller one.
        assert_eq!(duration(1.5, "Y").as_deref(), Some("P18M"));
        assert_eq!(duration(2.5, "h").as_deref(), Some("PT150M"));
        assert_eq!(duration(0.75, "h").as_deref(), Some("PT45M"));
        assert_eq!(duration(1.5, "D").as_deref(), Some("PT36H"));
        // No smaller unit holds it: a decimal fraction.
        assert_eq!(duration(1.5, "M").as_deref(), Some("P1.5M"));
    }
}
