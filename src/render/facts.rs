//! Events written as one line of plain French each, for the text report,
//! the HTML view and the summary over many documents: `xAI — levée de 6
//! Md USD (valorisation 24 Md USD), 26 mai 2024, auprès de Sequoia
//! Capital, Andreessen Horowitz`.

use super::abbreviate;
use crate::model::{DateRef, Event, EventType, Metric, MoneyRef, Status};

/// French month names, for day and month values.
const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// An amount with the French scale abbreviations (`6 Md USD`).
pub fn amount(m: &MoneyRef) -> String {
    let mut s = abbreviate(m.amount);
    s.push(' ');
    s.push_str(m.currency.as_deref().unwrap_or("(devise inconnue)"));
    s
}

/// A date written in French when its value is a day, a month, a quarter
/// or a half of a known year (`26 mai 2024`, `T3 2024`), else its value
/// or, for a vague one, its text.
///
/// # Examples
///
/// ```
/// use analyze::render::facts::date_fr;
/// assert_eq!(date_fr("2024-05-26", "26 mai"), "26 mai 2024");
/// assert_eq!(date_fr("2024-Q3", "troisième trimestre"), "T3 2024");
/// assert_eq!(date_fr("PAST_REF", "ces dernières semaines"), "ces dernières semaines");
/// ```
pub fn date_fr(value: &str, text: &str) -> String {
    let parts: Vec<&str> = value.split('-').collect();
    let year = parts
        .first()
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    let Some(year) = year else { return text.to_string() };
    let month = |m: &str| {
        m.parse::<usize>()
            .ok()
            .filter(|n| (1..=12).contains(n))
            .map(|n| MONTHS[n - 1])
    };
    match parts.as_slice() {
        [_] => year.to_string(),
        [_, q] if q.starts_with('Q') => format!("T{} {year}", &q[1..]),
        [_, h] if h.starts_with('H') => format!("S{} {year}", &h[1..]),
        [_, m] => match month(m) {
            Some(name) => format!("{name} {year}"),
            None => value.to_string(),
        },
        [_, m, d] => match (month(m), d.parse::<u32>()) {
            (Some(name), Ok(1)) => format!("1er {name} {year}"),
            (Some(name), Ok(day)) => format!("{day} {name} {year}"),
            _ => value.to_string(),
        },
        _ => value.to_string(),
    }
}

fn date(d: &DateRef) -> String {
    date_fr(&d.value, &d.text)
}

/// The French name of a metric.
pub fn metric_fr(m: Metric) -> &'static str {
    match m {
        Metric::Revenue => "chiffre d'affaires",
        Metric::NetIncome => "bénéfice net",
        Metric::OperatingIncome => "résultat opérationnel",
        Metric::Ebitda => "Ebitda",
        Metric::Loss => "perte",
        Metric::Orders => "carnet de commandes",
        Metric::Other => "résultat",
    }
}

/// The French word of a status.
pub fn status_fr(s: Status) -> &'static str {
    match s {
        Status::Done => "conclu",
        Status::Announced => "annoncé",
        Status::Planned => "envisagé",
    }
}

/// The subject of the line: the name an event is about.
pub fn subject(e: &Event) -> String {
    let a = &e.args;
    let who = match e.kind {
        EventType::Acquisition => a.target.as_ref(),
        EventType::Role => a.person.as_ref(),
        _ => a.company.as_ref(),
    };
    who.map_or_else(|| "?".to_string(), |x| x.canonical.to_string())
}

/// One event in plain French.
///
/// # Examples
///
/// ```
/// let text = "Le 3 mars, la start-up Lumio a levé 12 millions d'euros.";
/// let a = analyze::Analyzer::new().analyze(text);
/// let line = analyze::render::facts::line(&a.events[0]);
/// assert_eq!(line, "Lumio — levée de 12 M EUR, 3 mars");
/// ```
pub fn line(e: &Event) -> String {
    let a = &e.args;
    let mut parts: Vec<String> = Vec::new();
    let mut head = format!("{} — ", subject(e));
    match e.kind {
        EventType::Funding => {
            head.push_str("levée");
            if let Some(m) = &a.amount {
                head.push_str(" de ");
                head.push_str(&amount(m));
            }
            if let Some(v) = &a.valuation {
                head.push_str(&format!(" (valorisation {})", amount(v)));
            }
            parts.push(head);
            parts.extend(a.round.clone());
        }
        EventType::Acquisition => {
            head.push_str("rachat");
            if let Some(p) = &a.stake {
                head.push_str(&format!(" de {}", p.text));
            }
            if let Some(b) = &a.buyer {
                head.push_str(" par ");
                head.push_str(&b.canonical);
            }
            if let Some(s) = &a.seller {
                head.push_str(" à ");
                head.push_str(&s.canonical);
            }
            if let Some(m) = &a.amount {
                head.push_str(" pour ");
                head.push_str(&amount(m));
            }
            parts.push(head);
        }
        EventType::Valuation => {
            head.push_str("valorisation");
            if let Some(m) = &a.amount {
                head.push_str(" de ");
                head.push_str(&amount(m));
            }
            parts.push(head);
        }
        EventType::Result => {
            head.push_str(metric_fr(a.metric.unwrap_or(Metric::Other)));
            if let Some(m) = &a.amount {
                head.push_str(" de ");
                head.push_str(&amount(m));
            }
            if let Some(c) = &a.change {
                head.push_str(&format!(" (variation {})", c.text));
            }
            parts.push(head);
            parts.extend(a.period.as_ref().map(date));
        }
        EventType::Role => {
            let mut role = a.title.clone().unwrap_or_default();
            if let Some(o) = &a.organization {
                if !role.is_empty() {
                    role.push_str(", ");
                }
                role.push_str(&o.canonical);
            }
            head.push_str(&role);
            parts.push(head);
        }
    }
    parts.extend(a.date.as_ref().map(date));
    if !a.investors.is_empty() {
        let names: Vec<&str> =
            a.investors.iter().map(|i| &*i.canonical).collect();
        parts.push(format!("auprès de {}", names.join(", ")));
    }
    let mut out = parts.join(", ");
    if let Some(s) = a.status {
        out.push_str(&format!(" ({})", status_fr(s)));
    }
    out
}
