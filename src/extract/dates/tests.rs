//! Table-driven tests of the date extractor: each row is a text, the
//! reference date (or none), the expected span and its value written as
//! `TYPE value[..end_value] [MOD]` (`""` when the text must give no
//! date). The reference date of most rows, 2024-05-30, is a Thursday.

use super::DateExtractor;
use crate::extract::{Doc, Extractor, Found, resolve};

const R: &str = "2024-05-30";
const NONE: &str = "";

/// Runs the extractor on `text` and returns the kept dates as
/// `(span, "TYPE value..end MOD")`.
fn run(text: &str, reference: &str) -> Vec<(String, String)> {
    let sentences = crate::text::sentences::split(text);
    let doc = Doc {
        text,
        sentences: &sentences,
        reference_date: reference.parse().ok(),
    };
    let mut out = Vec::new();
    DateExtractor::new().find(&doc, &mut out);
    resolve(out, text.len())
        .into_iter()
        .filter_map(|c| {
            let Found::Date(v) = c.found else { return None };
            let mut desc = format!("{} {}", v.kind.as_str(), v.value);
            if let Some(e) = v.end_value {
                desc.push_str("..");
                desc.push_str(&e);
            }
            if let Some(m) = v.modifier {
                desc.push(' ');
                desc.push_str(m);
            }
            Some((text[c.start..c.end].to_owned(), desc))
        })
        .collect()
}

/// Checks every row, reporting all failures at once.
fn check(rows: &[(&str, &str, &str, &str)]) {
    let mut failures = Vec::new();
    for &(text, reference, span, want) in rows {
        let got = run(text, reference);
        let ok = if span.is_empty() {
            got.is_empty()
        } else {
            got.iter().any(|(s, d)| s == span && d == want)
        };
        if !ok {
            failures.push(format!(
                "{text:?} (ref {reference:?}): want {span:?} {want:?}, got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn absolute() {
    check(&[
        ("Le 3 mars 2023, il a signé.", R, "3 mars 2023", "DATE 2023-03-03"),
        ("le 1er janvier 2020", R, "1er janvier 2020", "DATE 2020-01-01"),
        (
            "mardi 12 novembre 2019",
            R,
            "mardi 12 novembre 2019",
            "DATE 2019-11-12",
        ),
        ("Publié le 03/03/2023.", R, "03/03/2023", "DATE 2023-03-03"),
        ("Publié le 3.3.2023.", R, "3.3.2023", "DATE 2023-03-03"),
        ("Publié le 2023-03-03.", R, "2023-03-03", "DATE 2023-03-03"),
        ("en mars 2023", R, "mars 2023", "DATE 2023-03"),
        ("Il est arrivé en 2019.", R, "2019", "DATE 2019"),
        ("le bug de l'an 2000", R, "an 2000", "DATE 2000"),
        ("le 5 janv. 2021", R, "5 janv. 2021", "DATE 2021-01-05"),
        ("le 14 févr. 2022", R, "14 févr. 2022", "DATE 2022-02-14"),
        ("le 2 sept. 2021", R, "2 sept. 2021", "DATE 2021-09-02"),
        ("dans les années 1990", R, "années 1990", "DATE 199"),
        ("au XXe siècle", R, "XXe siècle", "DATE 19"),
        ("au XXIe siècle", R, "XXIe siècle", "DATE 20"),
        ("au 19e siècle", R, "19e siècle", "DATE 18"),
        ("les années 80", R, "années 80", "DATE 198"),
        ("le 29 février 2024", R, "29 février 2024", "DATE 2024-02-29"),
        ("le 31/12/99", R, "31/12/99", "DATE 1999-12-31"),
        ("l'année 2022 a été difficile", R, "année 2022", "DATE 2022"),
        ("depuis 2015", R, "2015", "DATE 2015 AFTER"),
        ("jusqu'en 2030", R, "2030", "DATE 2030 BEFORE"),
        ("avant 2020", R, "2020", "DATE 2020 BEFORE"),
        ("à partir de 2025", R, "2025", "DATE 2025 AFTER"),
        (
            "Il est né le 17 novembre 1977 à Meulan.",
            R,
            "17 novembre 1977",
            "DATE 1977-11-17",
        ),
        ("le 10 juin 1940", NONE, "10 juin 1940", "DATE 1940-06-10"),
        (
            "une lettre datée de décembre 1993",
            R,
            "décembre 1993",
            "DATE 1993-12",
        ),
        ("courant 2024", R, "2024", "DATE 2024"),
        ("d'ici 2030", R, "2030", "DATE 2030 BEFORE"),
        ("En 2022, Musk a racheté Twitter.", R, "2022", "DATE 2022"),
        ("en janvier 2024", R, "janvier 2024", "DATE 2024-01"),
        ("en 2022 grâce au rachat", R, "2022", "DATE 2022"),
        ("en 2020 pendant la pandémie", R, "2020", "DATE 2020"),
        ("le 31 octobre 74", R, "31 octobre 74", "DATE 1974-10-31"),
        ("le 20/02/14", R, "20/02/14", "DATE 2014-02-20"),
        ("15 fév 2013", R, "15 fév 2013", "DATE 2013-02-15"),
        ("le 1er septembre 1975", R, "1er septembre 1975", "DATE 1975-09-01"),
    ]);
}

#[test]
fn tense_decides_the_year() {
    check(&[
        // A month alone with no verb read: the nearest one.
        (
            "Placé en redressement judiciaire en février, l'équipementier emploie 420 salariés.",
            "2032-06-17",
            "février",
            "DATE 2032-02",
        ),
        (
            "Le 26 mai, c'était au tour d'Elon Musk.",
            R,
            "26 mai",
            "DATE 2024-05-26",
        ),
        (
            "En avril, il a déclaré aux investisseurs.",
            R,
            "avril",
            "DATE 2024-04",
        ),
        ("En novembre, xai a lancé Grok.", R, "novembre", "DATE 2023-11"),
        // A period closed is past, whatever verb comes later.
        (
            "Lorvel a doublé son bénéfice sur son exercice clos fin mars, et son PDG quittera ses fonctions en septembre.",
            "2036-06-12",
            "fin mars",
            "DATE 2036-03 END",
        ),
        ("La réunion aura lieu en novembre.", R, "novembre", "DATE 2024-11"),
        ("La réunion se tiendra le 3 mars.", R, "3 mars", "DATE 2025-03-03"),
        ("Il a signé le 3 mars.", R, "3 mars", "DATE 2024-03-03"),
        ("Il avait signé le 15 juin.", R, "15 juin", "DATE 2023-06-15"),
        // A participle of motion in apposition; `ne` is no `né`.
        (
            "Elle remplace Paul Roux, parti en février chez Altrane.",
            R,
            "février",
            "DATE 2024-02",
        ),
        (
            "Vakaloa, retenu pour la tournée de novembre, ne rejoindra le \
             groupe qu'en août, a précisé le manager.",
            R,
            "novembre",
            "DATE 2024-11",
        ),
        ("Elle va annoncer en juin ses résultats.", R, "juin", "DATE 2024-06"),
        ("Le 3 mars.", R, "3 mars", "DATE 2025-03-03"),
        (
            "qu'il a lancée en juillet dernier",
            R,
            "juillet dernier",
            "DATE 2023-07",
        ),
        ("en septembre prochain", R, "septembre prochain", "DATE 2024-09"),
        (
            "depuis le 14 janvier dernier",
            R,
            "14 janvier dernier",
            "DATE 2024-01-14 AFTER",
        ),
        ("le 13 avril prochain", R, "13 avril prochain", "DATE 2025-04-13"),
        ("en mai", R, "mai", "DATE 2024-05"),
        ("Il a démissionné en mai.", R, "mai", "DATE 2024-05"),
        ("Le vote est prévu en octobre.", R, "octobre", "DATE 2024-10"),
        ("Il était arrivé en décembre.", R, "décembre", "DATE 2023-12"),
        ("Le rapport sera publié le 2 juin.", R, "2 juin", "DATE 2024-06-02"),
        ("Le rapport a été publié le 2 juin.", R, "2 juin", "DATE 2023-06-02"),
        ("Il lancera le produit en janvier.", R, "janvier", "DATE 2025-01"),
        ("Le 1er mai", R, "1er mai", "DATE 2025-05-01"),
        ("le 30 mai", R, "30 mai", "DATE 2024-05-30"),
        ("Ils furent reçus le 8 août.", R, "8 août", "DATE 2023-08-08"),
        (
            "Les prix augmenteraient en septembre.",
            R,
            "septembre",
            "DATE 2024-09",
        ),
        (
            "Les ventes avaient reculé au printemps.",
            R,
            "printemps",
            "DATE 2024-SP",
        ),
        ("Il est arrivé le 16.", R, "16", "DATE 2024-05-16"),
        ("le 16", R, "16", "DATE 2024-06-16"),
        ("Lundi, il a annoncé sa démission.", R, "Lundi", "DATE 2024-05-27"),
        ("Il partira lundi.", R, "lundi", "DATE 2024-06-03"),
        ("Les salariés ont fait grève mardi.", R, "mardi", "DATE 2024-05-28"),
        // A deadline is ahead, whatever the tense.
        (
            "Le fonds a jusqu'à lundi pour répondre.",
            R,
            "lundi",
            "DATE 2024-06-03 BEFORE",
        ),
        (
            "Il a promis une réponse d'ici mardi.",
            R,
            "mardi",
            "DATE 2024-06-04 BEFORE",
        ),
        (
            "Mardi, le gouvernement présente son budget.",
            R,
            "Mardi",
            "DATE 2024-05-28",
        ),
        (
            "Le 26 mai, la startup annonce une levée.",
            R,
            "26 mai",
            "DATE 2024-05-26",
        ),
        (
            "En décembre, la société présente ses résultats.",
            R,
            "décembre",
            "DATE 2023-12",
        ),
        ("Il est à Paris le 2 juin.", R, "2 juin", "DATE 2024-06-02"),
        ("Samedi, il se rendra à Berlin.", R, "Samedi", "DATE 2024-06-01"),
        ("Le salon ouvre ses portes le 16.", R, "16", "DATE 2024-06-16"),
        // A reporting incise after the date leaves it to the verb before;
        // a date after the incise is the incise's.
        (
            "Il ne rejoindra le groupe qu'en août, a précisé le manager.",
            R,
            "août",
            "DATE 2024-08",
        ),
        (
            "Le titre a bondi, a indiqué mardi le groupe.",
            R,
            "mardi",
            "DATE 2024-05-28",
        ),
        // `que prévu` compares with a forecast: no future.
        (
            "Il a relevé ses objectifs après un mois d'avril meilleur que prévu.",
            R,
            "avril",
            "DATE 2024-04",
        ),
    ]);
}

#[test]
fn without_reference_date() {
    check(&[
        ("en novembre", NONE, "novembre", "DATE XXXX-11"),
        ("le 3 mars", NONE, "3 mars", "DATE XXXX-03-03"),
        ("demain", NONE, "demain", "DATE XXXX-XX-XX"),
        ("le 3 mars 2023", NONE, "3 mars 2023", "DATE 2023-03-03"),
        ("l'an dernier", NONE, "an dernier", "DATE XXXX"),
        ("la semaine prochaine", NONE, "semaine prochaine", "DATE XXXX-WXX"),
        ("actuellement", NONE, "actuellement", "DATE PRESENT_REF"),
        ("pendant trois ans", NONE, "trois ans", "DURATION P3Y"),
        ("d'ici la fin de 2025", NONE, "fin de 2025", "DATE 2025 END"),
        ("au printemps", NONE, "printemps", "DATE XXXX-SP"),
        ("lundi", NONE, "lundi", "DATE XXXX-XX-XX"),
        ("à 14h30", NONE, "14h30", "TIME XXXX-XX-XXT14:30"),
        ("il y a deux ans", NONE, "il y a deux ans", "DATE XXXX"),
        ("chaque lundi", NONE, "chaque lundi", "SET XXXX-WXX-1"),
        ("le 16", NONE, "16", "DATE XXXX-XX-16"),
        ("fin mars", NONE, "fin mars", "DATE XXXX-03 END"),
        ("juillet dernier", NONE, "juillet dernier", "DATE XXXX-07"),
        ("cette année", NONE, "cette année", "DATE XXXX"),
        (
            "du 3 au 5 mars",
            NONE,
            "du 3 au 5 mars",
            "DATE XXXX-03-03..XXXX-03-05",
        ),
        ("au second semestre", NONE, "second semestre", "DATE XXXX-H2"),
    ]);
}

#[test]
fn relative() {
    check(&[
        ("aujourd'hui", R, "aujourd'hui", "DATE 2024-05-30"),
        ("aujourd’hui", R, "aujourd’hui", "DATE 2024-05-30"),
        ("hier", R, "hier", "DATE 2024-05-29"),
        ("avant-hier", R, "avant-hier", "DATE 2024-05-28"),
        ("demain", R, "demain", "DATE 2024-05-31"),
        ("après-demain", R, "après-demain", "DATE 2024-06-01"),
        ("lundi", R, "lundi", "DATE 2024-06-03"),
        ("lundi dernier", R, "lundi dernier", "DATE 2024-05-27"),
        ("mardi prochain", R, "mardi prochain", "DATE 2024-06-04"),
        ("jeudi prochain", R, "jeudi prochain", "DATE 2024-06-06"),
        ("ce jeudi", R, "ce jeudi", "DATE 2024-05-30"),
        ("la semaine dernière", R, "semaine dernière", "DATE 2024-W21"),
        ("la semaine prochaine", R, "semaine prochaine", "DATE 2024-W23"),
        ("cette semaine", R, "cette semaine", "DATE 2024-W22"),
        ("le mois dernier", R, "mois dernier", "DATE 2024-04"),
        ("le mois prochain", R, "mois prochain", "DATE 2024-06"),
        ("l'an dernier", R, "an dernier", "DATE 2023"),
        ("l'année prochaine", R, "année prochaine", "DATE 2025"),
        ("cette année", R, "cette année", "DATE 2024"),
        ("il y a deux ans", R, "il y a deux ans", "DATE 2022"),
        ("il y a quatre mois", R, "il y a quatre mois", "DATE 2024-01"),
        ("dans trois mois", R, "dans trois mois", "DATE 2024-08-30"),
        ("il y a trois semaines", R, "il y a trois semaines", "DATE 2024-W19"),
        ("dans deux jours", R, "dans deux jours", "DATE 2024-06-01"),
        (
            "Ces dernières semaines, elles ont levé des fonds.",
            R,
            "Ces dernières semaines",
            "DATE PAST_REF",
        ),
        ("actuellement", R, "actuellement", "DATE PRESENT_REF"),
        ("à l'avenir", R, "à l'avenir", "DATE FUTURE_REF"),
        ("Xai a récemment embauché", R, "récemment", "DATE PAST_REF"),
        ("le lendemain", R, "lendemain", "DATE 2024-05-31"),
        ("la veille", R, "veille", "DATE 2024-05-29"),
        ("ce trimestre", R, "ce trimestre", "DATE 2024-Q2"),
        ("le trimestre dernier", R, "trimestre dernier", "DATE 2024-Q1"),
        ("l'année dernière", R, "année dernière", "DATE 2023"),
        ("l'été dernier", R, "été dernier", "DATE 2023-SU"),
        ("deux jours plus tard", R, "deux jours plus tard", "DATE 2024-06-01"),
        (
            "lundi de la semaine prochaine",
            R,
            "lundi de la semaine prochaine",
            "DATE 2024-06-03",
        ),
        (
            "mercredi de la semaine dernière",
            R,
            "mercredi de la semaine dernière",
            "DATE 2024-05-22",
        ),
        ("vendredi en huit", R, "vendredi en huit", "DATE 2024-06-07"),
        ("dans la semaine", R, "dans la semaine", "DATE 2024-W22"),
        ("mercredi 13", R, "mercredi 13", "DATE 2024-11-13"),
        (
            "le lendemain du 13 février 2024",
            R,
            "lendemain du 13 février 2024",
            "DATE 2024-02-14",
        ),
        ("ce mois-ci", R, "ce mois-ci", "DATE 2024-05"),
        ("l'an prochain", R, "an prochain", "DATE 2025"),
        ("la semaine suivante", R, "semaine suivante", "DATE 2024-W23"),
        ("l'année en cours", R, "année en cours", "DATE 2024"),
        ("vers 2030", R, "2030", "DATE 2030 APPROX"),
        (
            "des 2 derniers jours",
            R,
            "2 derniers jours",
            "DATE 2024-05-28..2024-05-29",
        ),
        ("dès 2019", R, "2019", "DATE 2019 AFTER"),
        ("hier soir", R, "hier soir", "TIME 2024-05-29T18..2024-05-29T23"),
        (
            "demain matin",
            R,
            "demain matin",
            "TIME 2024-05-31T04..2024-05-31T11",
        ),
        ("ce soir", R, "ce soir", "TIME 2024-05-30T18..2024-05-30T23"),
        (
            "cet après-midi",
            R,
            "cet après-midi",
            "TIME 2024-05-30T12..2024-05-30T18",
        ),
        (
            "mercredi dans la soirée",
            R,
            "mercredi dans la soirée",
            "TIME 2024-06-05T18..2024-06-05T23",
        ),
        ("ce week-end", R, "ce week-end", "DATE 2024-W22-WE"),
        ("le week-end dernier", R, "week-end dernier", "DATE 2024-W21-WE"),
        (
            "il y a quelques semaines",
            R,
            "il y a quelques semaines",
            "DATE PAST_REF",
        ),
        ("dans quelques mois", R, "dans quelques mois", "DATE FUTURE_REF"),
        ("à la fin des années 1990", R, "fin des années 1990", "DATE 199 END"),
        ("au début du XXe siècle", R, "début du XXe siècle", "DATE 19 START"),
        ("en 2023 et 2024", R, "2024", "DATE 2024"),
    ]);
}

#[test]
fn parts_and_periods() {
    check(&[
        ("début mars", R, "début mars", "DATE 2025-03 START"),
        ("mi-juin", R, "mi-juin", "DATE 2024-06 MID"),
        ("d'ici la fin de 2025", R, "fin de 2025", "DATE 2025 END"),
        ("fin 2025", R, "fin 2025", "DATE 2025 END"),
        ("début 2024", R, "début 2024", "DATE 2024 START"),
        ("mi-2024", R, "mi-2024", "DATE 2024 MID"),
        (
            "au premier trimestre 2024",
            R,
            "premier trimestre 2024",
            "DATE 2024-Q1",
        ),
        ("au second semestre", R, "second semestre", "DATE 2024-H2"),
        (
            "Au premier semestre, les ventes ont progressé.",
            R,
            "premier semestre",
            "DATE 2024-H1",
        ),
        ("au printemps", R, "printemps", "DATE 2024-SP"),
        ("cet été", R, "cet été", "DATE 2024-SU"),
        ("en hiver", R, "hiver", "DATE 2024-WI"),
        ("L'hiver dernier a été rude.", R, "hiver dernier", "DATE 2023-WI"),
        ("à l'automne 2023", R, "automne 2023", "DATE 2023-FA"),
        ("la semaine du 3 mars", R, "semaine du 3 mars", "DATE 2025-W10"),
        ("fin mars", R, "fin mars", "DATE 2025-03 END"),
        ("Il est parti fin mars.", R, "fin mars", "DATE 2024-03 END"),
        ("au début du mois", R, "début du mois", "DATE 2024-06 START"),
        ("à la fin du mois", R, "fin du mois", "DATE 2024-05 END"),
        ("en début d'année", R, "début d'année", "DATE 2024 START"),
        ("à la fin de l'année", R, "fin de l'année", "DATE 2024 END"),
        ("d'ici la fin de l'été", R, "fin de l'été", "DATE 2024-SU END"),
        (
            "Le conseil a déclaré un dividende payable le 15 juin.",
            R,
            "15 juin",
            "DATE 2024-06-15",
        ),
        (
            "au début de l'hiver 2023",
            R,
            "début de l'hiver 2023",
            "DATE 2023-WI START",
        ),
        (
            "à la fin du deuxième trimestre",
            R,
            "fin du deuxième trimestre",
            "DATE 2024-Q2 END",
        ),
        (
            "fin du premier semestre 2027",
            R,
            "fin du premier semestre 2027",
            "DATE 2027-H1 END",
        ),
        ("au troisième trimestre", R, "troisième trimestre", "DATE 2024-Q3"),
        ("au T3 2023", R, "T3 2023", "DATE 2023-Q3"),
        (
            "la première quinzaine d'avril",
            R,
            "première quinzaine d'avril",
            "DATE 2025-04-01..2025-04-15",
        ),
        (
            "le dernier jour d'octobre 2015",
            R,
            "dernier jour d'octobre 2015",
            "DATE 2015-10-31",
        ),
        (
            "la première semaine d'octobre 2014",
            R,
            "première semaine d'octobre 2014",
            "DATE 2014-W41",
        ),
        (
            "le premier mercredi du mois prochain",
            R,
            "premier mercredi du mois prochain",
            "DATE 2024-06-05",
        ),
        ("début avril 2023", R, "début avril 2023", "DATE 2023-04 START"),
        ("fin février 2024", R, "fin février 2024", "DATE 2024-02 END"),
        (
            "en début de semaine",
            R,
            "début de semaine",
            "DATE 2024-05-27..2024-05-28 START",
        ),
        (
            "au quatrième trimestre de l'année dernière",
            R,
            "quatrième trimestre de l'année dernière",
            "DATE 2023-Q4",
        ),
        ("printemps 2023", R, "printemps 2023", "DATE 2023-SP"),
    ]);
}

#[test]
fn intervals() {
    check(&[
        ("du 3 au 5 mars", R, "du 3 au 5 mars", "DATE 2025-03-03..2025-03-05"),
        (
            "Il a séjourné du 3 au 5 mars.",
            R,
            "du 3 au 5 mars",
            "DATE 2024-03-03..2024-03-05",
        ),
        ("entre 2019 et 2021", R, "entre 2019 et 2021", "DATE 2019..2021"),
        ("de 2019 à 2021", R, "de 2019 à 2021", "DATE 2019..2021"),
        (
            "Il vise pour l'ensemble de 2025 une croissance de 5 %.",
            R,
            "2025",
            "DATE 2025",
        ),
        ("Une hausse de 2025 des effectifs.", R, "", ""),
        // The figure a comparison sets against today's is the earlier
        // one; an infinitive auxiliary leaves the tense to its verb.
        ("« 2025 a été l'année de la reprise »", R, "2025", "DATE 2025"),
        ("2000 sont venus.", R, "", ""),
        (
            "Le ratio atteint 17 %, contre 16,8 % à fin décembre.",
            "2026-03-05",
            "fin décembre",
            "DATE 2025-12 END",
        ),
        (
            "L'opération devrait être bouclée au troisième trimestre.",
            "2026-02-09",
            "troisième trimestre",
            "DATE 2026-Q3",
        ),
        ("de janvier à mars", R, "de janvier à mars", "DATE 2025-01..2025-03"),
        (
            "Les ventes ont chuté de janvier à mars.",
            R,
            "de janvier à mars",
            "DATE 2024-01..2024-03",
        ),
        (
            "du 13 au 15 juillet 2022",
            R,
            "du 13 au 15 juillet 2022",
            "DATE 2022-07-13..2022-07-15",
        ),
        (
            "13-15 juillet 2022",
            R,
            "13-15 juillet 2022",
            "DATE 2022-07-13..2022-07-15",
        ),
        (
            "du 10 juin au 1er juillet 2023",
            R,
            "du 10 juin au 1er juillet 2023",
            "DATE 2023-06-10..2023-07-01",
        ),
        (
            "entre le 13 et le 15 juillet 2022",
            R,
            "entre le 13 et le 15 juillet 2022",
            "DATE 2022-07-13..2022-07-15",
        ),
        ("la guerre (2019-2021)", R, "2019-2021", "DATE 2019..2021"),
        (
            "du 28 décembre au 3 janvier 2024",
            R,
            "du 28 décembre au 3 janvier 2024",
            "DATE 2023-12-28..2024-01-03",
        ),
        ("du 13 au 18", R, "du 13 au 18", "DATE 2024-06-13..2024-06-18"),
        (
            "les 3 et 4 juin 2024",
            R,
            "3 et 4 juin 2024",
            "DATE 2024-06-03..2024-06-04",
        ),
        (
            "les 2 derniers jours",
            R,
            "2 derniers jours",
            "DATE 2024-05-28..2024-05-29",
        ),
        (
            "les 3 prochaines semaines",
            R,
            "3 prochaines semaines",
            "DATE 2024-W23..2024-W25",
        ),
        (
            "les deux dernières années",
            R,
            "deux dernières années",
            "DATE 2022..2023",
        ),
        ("à partir du 8 mars", R, "8 mars", "DATE 2025-03-08 AFTER"),
        ("après le 1er novembre", R, "1er novembre", "DATE 2024-11-01 AFTER"),
        (
            "entre janvier et mars 2023",
            R,
            "entre janvier et mars 2023",
            "DATE 2023-01..2023-03",
        ),
        (
            "du lundi 1er au mercredi 10 juillet 2024",
            R,
            "du lundi 1er au mercredi 10 juillet 2024",
            "DATE 2024-07-01..2024-07-10",
        ),
    ]);
}

#[test]
fn durations_and_sets() {
    check(&[
        ("pendant trois ans", R, "trois ans", "DURATION P3Y"),
        ("depuis six mois", R, "six mois", "DURATION P6M"),
        ("48 heures", R, "48 heures", "DURATION PT48H"),
        ("en 48h", R, "48h", "DURATION PT48H"),
        ("vingt et un jours", R, "vingt et un jours", "DURATION P21D"),
        ("deux ans et demi", R, "deux ans et demi", "DURATION P30M"),
        ("3 trimestres", R, "3 trimestres", "DURATION P9M"),
        ("pendant une semaine", R, "une semaine", "DURATION P1W"),
        ("30 minutes", R, "30 minutes", "DURATION PT30M"),
        ("deux décennies", R, "deux décennies", "DURATION P20Y"),
        ("1,5 an", R, "1,5 an", "DURATION P18M"),
        ("dix secondes", R, "dix secondes", "DURATION PT10S"),
        ("sept semaines", R, "sept semaines", "DURATION P7W"),
        ("2 mins", R, "2 mins", "DURATION PT2M"),
        ("depuis plusieurs années", R, "plusieurs années", "DURATION PXY"),
        (
            "depuis une dizaine d'années",
            R,
            "dizaine d'années",
            "DURATION P10Y APPROX",
        ),
        ("pendant environ trois ans", R, "trois ans", "DURATION P3Y APPROX"),
        ("pendant quelques jours", R, "quelques jours", "DURATION PXD"),
        ("depuis 2019", R, "2019", "DATE 2019 AFTER"),
        (
            "les 10 jours suivant l'administration",
            R,
            "10 jours",
            "DURATION P10D",
        ),
        ("chaque lundi", R, "chaque lundi", "SET XXXX-WXX-1"),
        ("tous les ans", R, "tous les ans", "SET P1Y"),
        ("Chaque jour semble apporter", R, "Chaque jour", "SET P1D"),
        ("toutes les semaines", R, "toutes les semaines", "SET P1W"),
        ("tous les deux ans", R, "tous les deux ans", "SET P2Y"),
        ("chaque mois", R, "chaque mois", "SET P1M"),
        ("tous les lundis", R, "tous les lundis", "SET XXXX-WXX-1"),
        ("chaque année", R, "chaque année", "SET P1Y"),
        ("tous les jours", R, "tous les jours", "SET P1D"),
    ]);
}

#[test]
fn times() {
    check(&[
        ("à 14h30", R, "14h30", "TIME 2024-05-30T14:30"),
        ("à 14 h", R, "14 h", "TIME 2024-05-30T14:00"),
        ("à midi", R, "midi", "TIME 2024-05-30T12:00"),
        ("à 9 heures", R, "9 heures", "TIME 2024-05-30T09:00"),
        ("demain à 9 heures", R, "demain à 9 heures", "TIME 2024-05-31T09:00"),
        ("le 2 mars à 15h", R, "2 mars à 15h", "TIME 2025-03-02T15:00"),
        ("15:30", R, "15:30", "TIME 2024-05-30T15:30"),
        ("à 8h du soir", R, "8h du soir", "TIME 2024-05-30T20:00"),
        (
            "à 3 heures et quart",
            R,
            "3 heures et quart",
            "TIME 2024-05-30T03:15",
        ),
        ("mardi à 11h", R, "mardi à 11h", "TIME 2024-06-04T11:00"),
        (
            "à 15 heures cet après-midi",
            R,
            "15 heures cet après-midi",
            "TIME 2024-05-30T15:00",
        ),
        (
            "à 13h30 samedi 21 septembre 2024",
            R,
            "13h30 samedi 21 septembre 2024",
            "TIME 2024-09-21T13:30",
        ),
        (
            "midi moins le quart",
            R,
            "midi moins le quart",
            "TIME 2024-05-30T11:45",
        ),
        ("à partir de 9h30", R, "9h30", "TIME 2024-05-30T09:30 AFTER"),
        ("3 heures du matin", R, "3 heures du matin", "TIME 2024-05-30T03:00"),
        (
            "jeudi de 9h à 11h",
            R,
            "jeudi de 9h à 11h",
            "TIME 2024-06-06T09:00..2024-06-06T11:00",
        ),
        (
            "ouvert de 9h à 18h",
            R,
            "de 9h à 18h",
            "TIME 2024-05-30T09:00..2024-05-30T18:00",
        ),
        (
            "entre 9h30 et 11h jeudi",
            R,
            "entre 9h30 et 11h jeudi",
            "TIME 2024-06-06T09:30..2024-06-06T11:00",
        ),
        (
            "de 11h30 à 1h30",
            R,
            "de 11h30 à 1h30",
            "TIME 2024-05-30T11:30..2024-05-30T13:30",
        ),
        (
            "à quinze heures et quinze minutes",
            R,
            "quinze heures et quinze minutes",
            "TIME 2024-05-30T15:15",
        ),
        (
            "onze heures trois quarts",
            R,
            "onze heures trois quarts",
            "TIME 2024-05-30T11:45",
        ),
        (
            "vendredi à partir de midi",
            R,
            "vendredi à partir de midi",
            "TIME 2024-05-31T12:00 AFTER",
        ),
    ]);
}

#[test]
fn not_dates() {
    check(&[
        ("100 000 personnes", R, "", ""),
        // Adverbs of a change or a state that lasts (`désormais`,
        // `jusqu'ici`): news annotation marks no date there.
        ("un site désormais appelé X", R, "", ""),
        ("Elle était jusqu'ici directrice adjointe.", R, "", ""),
        ("Elle était jusqu’ici directrice adjointe.", R, "", ""),
        ("Jusqu'à présent, la banque a tenu.", R, "", ""),
        ("une hausse de 2,5 %", R, "", ""),
        ("2022 salariés", R, "", ""),
        ("il en compte 2022 salariés", R, "", ""),
        ("l'iPhone 15", R, "", ""),
        ("Appelez le 01 45 67 89 10", R, "", ""),
        ("selon l'article 12", R, "", ""),
        ("6 milliards de dollars", R, "", ""),
        ("ils étaient 2019 manifestants", R, "", ""),
        ("la planète Mars", R, "", ""),
        ("Ana a un court de tennis", R, "", ""),
        ("deux trois", R, "", ""),
        ("74", R, "", ""),
        ("Il a été élu.", R, "", ""),
        ("la version 3.5", R, "", ""),
        ("un score de 3-1", R, "", ""),
        ("Très fréquent (1/10)", R, "", ""),
        ("Le Printemps a ouvert", R, "", ""),
        ("sept personnes", R, "", ""),
        ("Louis Girard, 28 ans, horloger", R, "", ""),
        ("mourir ce jour-là", R, "", ""),
        ("Il travaille le soir.", R, "", ""),
        ("la fin de la soirée", R, "", ""),
        ("Il ira à la Nuit des musées.", R, "", ""),
        ("une seconde fois", R, "", ""),
        ("75 années-lumière", R, "", ""),
        ("il est âgé de 44 ans", R, "", ""),
        ("pendant des mois", R, "", ""),
        ("Un jour, il reviendra.", R, "", ""),
        ("les jours", R, "", ""),
        ("minutes", R, "", ""),
        ("en secondaire", R, "", ""),
        ("Il a 50 ans.", R, "", ""),
        ("une série de billes (entre 3 et 6 généralement)", R, "", ""),
        ("Elle a existé en 2 et 5 places.", R, "", ""),
        ("sa résidence d'été", R, "", ""),
        ("L'examen de minuit", R, "", ""),
    ]);
}

#[test]
fn tables() {
    use crate::lexicon::tests::check_table;
    for (name, table) in [
        ("months.tsv", include_str!("../../../data/dates/months.tsv")),
        ("weekdays.tsv", include_str!("../../../data/dates/weekdays.tsv")),
        ("seasons.tsv", include_str!("../../../data/dates/seasons.tsv")),
        ("units.tsv", include_str!("../../../data/dates/units.tsv")),
        ("relative.tsv", include_str!("../../../data/dates/relative.tsv")),
        ("holidays.tsv", include_str!("../../../data/dates/holidays.tsv")),
        ("tense.tsv", include_str!("../../../data/dates/tense.tsv")),
        ("endings.tsv", include_str!("../../../data/dates/endings.tsv")),
        ("forward.tsv", include_str!("../../../data/dates/forward.tsv")),
        ("parts.tsv", include_str!("../../../data/dates/parts.tsv")),
        ("dayparts.tsv", include_str!("../../../data/dates/dayparts.tsv")),
        ("months_en.tsv", include_str!("../../../data/dates/months_en.tsv")),
        ("ordinals.tsv", include_str!("../../../data/dates/ordinals.tsv")),
        ("persons.tsv", include_str!("../../../data/dates/persons.tsv")),
    ] {
        check_table(name, table);
    }
}

#[test]
fn holidays() {
    check(&[
        ("à Noël", R, "Noël", "DATE 2024-12-25"),
        ("la Toussaint", R, "Toussaint", "DATE 2024-11-01"),
        ("le jour de l'an", R, "jour de l'an", "DATE 2025-01-01"),
        ("le 1er janvier", R, "1er janvier", "DATE 2025-01-01"),
        ("au mois de mars", R, "mois de mars", "DATE 2025-03"),
    ]);
}

/// Spans hold whole characters and never panic on odd input.
#[test]
fn odd_input() {
    for text in [
        "",
        "é",
        "le 3 ",
        "1er",
        "du 3 au",
        "fin de",
        "il y a",
        "à 25h",
        "32/13/2020",
        "le 31 février",
    ] {
        for (span, _) in run(text, R) {
            assert!(text.contains(&span));
        }
    }
    assert!(run("le 31 février", R).iter().all(|(_, v)| !v.contains("-31")));
    assert!(run("32/13/2020", R).is_empty());
}

/// Word salads of date words, digits and punctuation never panic and
/// always give spans on character boundaries.
#[test]
fn word_salad() {
    const WORDS: &[&str] = &[
        "le",
        "du",
        "au",
        "entre",
        "et",
        "à",
        "de",
        "d'",
        "l'",
        "3",
        "1er",
        "31",
        "2024",
        "99",
        "12",
        "mars",
        "sept.",
        "févr",
        "lundi",
        "ce",
        "cet",
        "été",
        "fin",
        "début",
        "mi-",
        "semaine",
        "dernière",
        "prochain",
        "il",
        "y",
        "a",
        "dans",
        "deux",
        "ans",
        "h",
        "15h30",
        ":",
        "/",
        ".",
        "-",
        ",",
        "’",
        "heures",
        "midi",
        "moins",
        "le",
        "quart",
        "trimestre",
        "premier",
        "XXe",
        "siècle",
        "années",
        "chaque",
        "tous",
        "les",
        "é",
        "Œ",
        "\u{a0}",
        "«",
        "»",
        "jusqu'au",
        "demain",
        "des",
        "quelques",
        "week",
        "end",
        "soir",
        "la",
        "T",
        "S",
        "Noël",
        "veille",
        "prochains",
        "derniers",
        "minuit",
        "quart",
        "passé",
        "15",
        "vers",
        "partir",
        "1",
        "2",
        "'",
        "\"",
        "dernier",
        "jour",
        "quinzaine",
        "mois",
        "an",
        "plus",
        "tard",
        "semestre",
        "en",
        "huit",
        "apres",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for round in 0..10000 {
        let mut text = String::new();
        for _ in 0..1 + round % 9 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(WORDS[(seed % WORDS.len() as u64) as usize]);
            if seed & 0x100 != 0 {
                text.push(' ');
            }
        }
        for reference in [R, NONE] {
            let sentences = crate::text::sentences::split(&text);
            let doc = Doc {
                text: &text,
                sentences: &sentences,
                reference_date: reference.parse().ok(),
            };
            let mut out = Vec::new();
            DateExtractor::new().find(&doc, &mut out);
            for c in out {
                assert!(text.get(c.start..c.end).is_some(), "{text:?}");
                assert!(c.start < c.end, "{text:?}");
            }
        }
    }
}

#[test]
fn ages_are_not_durations() {
    check(&[
        ("une femme de 52 ans a été blessée", R, "", ""),
        ("une Lyonnaise de 31 ans", R, "", ""),
        ("un nourrisson âgé d'un mois", R, "", ""),
        ("un cycliste de 67 ans", R, "", ""),
        ("un bébé de six mois", R, "", ""),
        ("quand j'avais 18 ans", R, "", ""),
        ("un contrat de trois ans", R, "trois ans", "DURATION P3Y"),
        ("un mandat de cinq ans", R, "cinq ans", "DURATION P5Y"),
        ("condamné à quatre ans de prison", R, "quatre ans", "DURATION P4Y"),
        ("plus de deux ans", R, "deux ans", "DURATION P2Y"),
    ]);
}

#[test]
fn words_before_the_date_set_its_tense() {
    check(&[
        // `depuis` looks back, whatever the verb.
        (
            "Il est absent depuis septembre.",
            R,
            "septembre",
            "DATE 2023-09 AFTER",
        ),
        ("Elle se bat depuis l'hiver.", R, "hiver", "DATE 2023-WI AFTER"),
        // A participle used as an adjective.
        (
            "Une enquête publiée mardi montre le recul.",
            R,
            "mardi",
            "DATE 2024-05-28",
        ),
        (
            "La réunion prévue mardi est reportée.",
            R,
            "mardi",
            "DATE 2024-06-04",
        ),
        // `être` + participle in the present is a passive, not a past.
        ("Des orages sont annoncés samedi.", R, "samedi", "DATE 2024-06-01"),
        ("Il est parti samedi.", R, "samedi", "DATE 2024-05-25"),
        ("Le sommet s'est tenu samedi.", R, "samedi", "DATE 2024-05-25"),
        // A weekday told in the past on that weekday is the day itself.
        (
            "Le ministre a annoncé jeudi sa démission.",
            R,
            "jeudi",
            "DATE 2024-05-30",
        ),
        (
            "Le ministre annoncera jeudi sa démission.",
            R,
            "jeudi",
            "DATE 2024-06-06",
        ),
        // A closing price is set before the day of the text.
        (
            "L'offre fait une prime de 12 % sur le cours de clôture de jeudi.",
            R,
            "jeudi",
            "DATE 2024-05-23",
        ),
        // `d'ici à` looks ahead, whatever the verb.
        (
            "Il a accepté de rembourser la somme d'ici à fin juin.",
            R,
            "fin juin",
            "DATE 2024-06 END",
        ),
        // A participle set off by a comma tells what happened, unless
        // the words before the date set it ahead.
        (
            "L'attaquant, acheté 3,2 millions d'euros fin septembre, jouera samedi.",
            R,
            "fin septembre",
            "DATE 2023-09 END",
        ),
        (
            "Claire Dumas, nommée directrice à compter du 5 janvier, arrivera lundi.",
            R,
            "5 janvier",
            "DATE 2025-01-05",
        ),
    ]);
}

#[test]
fn veille_and_lendemain_follow_the_text() {
    check(&[
        (
            "Le vote a eu lieu le 12 mars. Le lendemain, la presse a réagi.",
            R,
            "lendemain",
            "DATE 2024-03-13",
        ),
        ("La veille, il avait plu.", R, "veille", "DATE 2024-05-29"),
        ("la veille de son départ", R, "", ""),
    ]);
}

#[test]
fn years_after_de_and_names_of_periods() {
    check(&[
        ("La crise de 2008 a laissé des traces.", R, "2008", "DATE 2008"),
        ("Son record date de 1992.", R, "1992", "DATE 1992"),
        ("le rapport annuel 2023", R, "2023", "DATE 2023"),
        ("plus de 2000 personnes", R, "", ""),
        ("Ils étaient plus de 1500.", R, "", ""),
        ("une course de 1500 mètres", R, "", ""),
        ("les vacances de la Toussaint", R, "", ""),
        (
            "de mars 2021 à juin 2022",
            R,
            "de mars 2021 à juin 2022",
            "DATE 2021-03..2022-06",
        ),
    ]);
}

#[test]
fn news_prose_second_round() {
    check(&[
        ("les plus de 65 ans", R, "", ""),
        ("des salariés de plus de 50 ans", R, "", ""),
        ("un vétéran de 98 ans", R, "", ""),
        ("un retard de plus de deux ans", R, "deux ans", "DURATION P2Y"),
        ("après six heures de négociations", R, "six heures", "DURATION PT6H"),
        ("les Jeux d'hiver de 2034", R, "2034", "DATE 2034"),
        ("les sports d'hiver", R, "", ""),
        (
            "Il sera fixé en délibéré au 3 juin.",
            R,
            "3 juin",
            "DATE 2024-06-03",
        ),
        (
            "La loi, entrée en vigueur le 2 mai, change tout.",
            R,
            "2 mai",
            "DATE 2024-05-02",
        ),
        ("L'armistice fut signé à Rethondes.", R, "", ""),
    ]);
}

#[test]
fn anaphora_and_names() {
    check(&[
        (
            "L'usine a ouvert en 1987. Quatre ans plus tard, elle fermait.",
            R,
            "Quatre ans plus tard",
            "DATE 1991",
        ),
        (
            "Le traité est signé le 3 mars 2001. Deux jours plus tard, il est ratifié.",
            R,
            "Deux jours plus tard",
            "DATE 2001-03-05",
        ),
        (
            "Le club est fondé en 1902. L'année suivante, il gagne.",
            R,
            "année suivante",
            "DATE 1903",
        ),
        ("deux jours plus tard", R, "deux jours plus tard", "DATE 2024-06-01"),
        ("selon les articles 1645 et 1646 du Code civil", R, "", ""),
        ("en 2019 et 2020", R, "2020", "DATE 2020"),
        ("une exposition au Salon de Mai", R, "", ""),
    ]);
}

#[test]
fn more_lengths_that_are_not() {
    check(&[
        ("les jeunes de 18 à 25 ans", R, "", ""),
        ("les 18-25 ans", R, "", ""),
        ("des volontaires âgés de 60 à 75 ans", R, "", ""),
        ("ouvert 24 heures sur 24", R, "", ""),
        ("invité du 20 heures de France 2", R, "", ""),
        ("pendant 5 à 7 ans", R, "7 ans", "DURATION P7Y"),
        ("un délai de 2 à 3 ans", R, "3 ans", "DURATION P3Y"),
        (
            "suivis pendant dix ans sur 20 000 adultes",
            R,
            "dix ans",
            "DURATION P10Y",
        ),
        // `caméra` is no future: the past of `a filmé` holds.
        (
            "Lundi, une caméra a filmé le suspect.",
            R,
            "Lundi",
            "DATE 2024-05-27",
        ),
    ]);
}

#[test]
fn more_news_phrasing() {
    check(&[
        (
            "Le festival a lieu chaque année en juillet.",
            R,
            "juillet",
            "DATE 2024-07",
        ),
        ("Les faits remontent à 2019.", R, "2019", "DATE 2019"),
        ("Le budget 2025 sera voté.", R, "2025", "DATE 2025"),
        ("Il a publié ses comptes 2035.", R, "2035", "DATE 2035"),
        ("Les résultats 2023 déçoivent.", R, "2023", "DATE 2023"),
        ("la neutralité à l'horizon 2050", R, "2050", "DATE 2050"),
        ("Le chiffre est passé à 2000.", R, "", ""),
    ]);
    // A race time is no time of day.
    let got = run("un record de 2 h 01 min 09 s", R);
    assert!(got.iter().all(|(_, d)| !d.starts_with("TIME")), "{got:?}");
}

#[test]
fn counts_are_not_years() {
    check(&[
        ("Le loyer varie entre 1500 et 2000 euros.", R, "", ""),
        ("De 1200 à 1800 emplois pourraient disparaître.", R, "", ""),
        ("entre 2019 et 2021", R, "entre 2019 et 2021", "DATE 2019..2021"),
    ]);
    let got = run("Il est arrivé en 2 h 05.", R);
    assert!(got.iter().all(|(_, d)| !d.starts_with("TIME")), "{got:?}");
}

#[test]
fn holidays_that_qualify_a_noun() {
    check(&[
        (
            "Le marché de Noël ouvrira le 28 novembre.",
            R,
            "28 novembre",
            "DATE 2024-11-28",
        ),
        ("le sapin de Noël", R, "", ""),
        ("la veille de Noël", R, "veille de Noël", "DATE 2024-12-24"),
        ("à partir de Noël", R, "Noël", "DATE 2024-12-25 AFTER"),
    ]);
    let got = run("Le marché de Noël ouvrira le 28 novembre.", R);
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn pointing_back() {
    check(&[
        ("Cette semaine-là, il pleuvait.", R, "", ""),
        (
            "La loi est votée en 1905. Cette année-là, l'Église est séparée de l'État.",
            R,
            "Cette année-là",
            "DATE 1905",
        ),
        ("La loi entrera en vigueur d'ici à 2027.", R, "2027", "DATE 2027"),
    ]);
}

/// The dates of `text` found both ways: trying only the rules that may
/// start at each token in the sentences with a strong token, and every
/// rule at every anchor of every sentence.
fn both_ways(text: &str, reference: &str) -> (Vec<String>, Vec<String>) {
    let sentences = crate::text::sentences::split(text);
    let doc = Doc {
        text,
        sentences: &sentences,
        reference_date: reference.parse().ok(),
    };
    let show = |every: bool| {
        let mut out = Vec::new();
        super::find_dates(&doc, &mut out, every);
        out.into_iter()
            .map(|c| format!("{}..{} {:?}", c.start, c.end, c.found))
            .collect()
    };
    (show(false), show(true))
}

/// Every string of these tests (the rows of the tables), the reference
/// article, and the texts of the test suites.
fn corpus() -> Vec<String> {
    let mut texts: Vec<String> = include_str!("tests.rs")
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    texts.push(
        include_str!("../../../fixtures/xai-economist-fr.txt").to_owned(),
    );
    for suite in [
        include_str!("../../../tests/data/ud_fr_gsd_dev.jsonl"),
        include_str!("../../../tests/data/ud_fr_sequoia_dev.jsonl"),
        include_str!("../../../tests/data/dates_news/dates_news.jsonl"),
        include_str!("../../../tests/data/money_news/money_news.jsonl"),
        include_str!("../../../tests/data/ner_news/ner_fr_news.jsonl"),
        include_str!("../../../tests/data/ner_news/ner_fr_news_fresh.jsonl"),
    ] {
        for line in suite.lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line)
                && let Some(t) = v.get("text").and_then(|t| t.as_str())
            {
                texts.push(t.to_owned());
            }
        }
    }
    assert!(texts.len() > 1000);
    texts
}

#[test]
fn rule_sets_and_strong_words_change_nothing() {
    let mut found = 0;
    for text in &corpus() {
        for reference in [R, NONE, "2021-01-01"] {
            let (narrow, every) = both_ways(text, reference);
            assert_eq!(narrow, every, "text: {text:?}");
            found += narrow.len();
        }
    }
    assert!(found > 1000, "{found}");
}

/// The sentence filter lets through every sentence with a strong word
/// (but a large number, and `été` out of the season's cues), and every sentence in which some rule, tried at
/// every anchor, finds a date; it passes over most of the sentences whose
/// only strong tokens are numbers.
#[test]
fn the_sentence_filter_lets_every_sentence_with_a_date_through() {
    let (mut dated, mut weak, mut numbers) = (0, 0, 0);
    let mut buf = String::new();
    for text in &corpus() {
        let sentences = crate::text::sentences::split(text);
        for reference in [R, NONE] {
            let doc = Doc {
                text,
                sentences: &sentences,
                reference_date: reference.parse().ok(),
            };
            let mut out = Vec::new();
            super::find_dates(&doc, &mut out, true);
            for c in out {
                let range = sentences
                    .iter()
                    .find(|r| r.contains(&c.start))
                    .expect("a date lies in a sentence");
                dated += 1;
                assert!(
                    super::may_hold_date(&text[range.clone()], &mut buf),
                    "{:?} in {:?}",
                    &text[c.start..c.end],
                    &text[range.clone()]
                );
            }
        }
        for range in sentences {
            let sentence = &text[range];
            let mut toks = Vec::new();
            let mut folded = Vec::new();
            super::tokenize(sentence, 0, &mut toks, &mut folded, true);
            let strong_word = toks.iter().any(|t| {
                t.strong
                    && t.kind == super::TokKind::Word
                    && std::str::from_utf8(&folded[t.norm.0..t.norm.1])
                        .is_ok_and(|w| {
                            super::grammar::is_strong(w)
                                && w != "ete"
                                && super::WEEKDAYS
                                    .get(w)
                                    .is_none_or(|v| v.get(1) != Some(&"a"))
                        })
            });
            let through = super::may_hold_date(sentence, &mut buf);
            assert!(through || !strong_word, "{sentence:?}");
            if !through {
                weak += 1;
                numbers += usize::from(toks.iter().any(|t| t.strong));
            }
        }
    }
    // All kinds are met.
    assert!(
        dated > 1000 && weak > 1000 && numbers > 300,
        "{dated} {weak} {numbers}"
    );
}

/// Numbers in every shape a date may take in a sentence with no strong
/// word let it through; others do not.
#[test]
fn the_sentence_filter_reads_the_numbers_of_dates() {
    let mut buf = String::new();
    for text in [
        "Rendez-vous le 16.",
        "Rendez-vous LÉ 16 à 20:30.",
        "À partir du 3, tout change.",
        "Ouvert du 3 au 5.",
        "Fermé entre le 13 et le 18.",
        "Publié le 17/02.",
        "Publié le 3.3.2023.",
        "Publié le 12–03–24.",
        "Publié le 20 02 14.",
        "Publié le 20\u{a0}02 14.",
        "Le 2024-05-26.",
        "Il est 15:30.",
        "But à la 2'.",
        "Vu en 1995.",
        "T1 2024 décevant.",
        "Prévu pour fin 2024.",
        "Entre 2019-2021.",
    ] {
        assert!(super::may_hold_date(text, &mut buf), "{text}");
        assert!(!run(text, R).is_empty(), "{text}");
    }
    for text in [
        "Il a 3 enfants et 150 vaches.",
        "Le prix va de 12 à 15 euros.",
        "Ils ont levé 6 milliards de dollars.",
        "Les 3 sont partis, dont 2 par 12 000 voix.",
        "Elle compte 32 sièges sur 577, 1,5 % des voix.",
        "Score final : 3-0.",
    ] {
        assert!(!super::may_hold_date(text, &mut buf), "{text}");
        assert!(run(text, R).is_empty(), "{text}");
    }
}

/// `été` lets a sentence through only where the season rule may read
/// it; the participle of `être` does not. A weekday abbreviation needs
/// its full stop.
#[test]
fn the_sentence_filter_reads_the_season_ete_in_its_cues() {
    let mut buf = String::new();
    for text in [
        "Il viendra cet été.",
        "Ce qu'il fera cet été-là.",
        "À la fin de l'été, il part.",
        "À la fin de l’été, il part.",
        "Il part en été.",
        "Il est parti au été.",
        "L'été dernier fut chaud.",
        "Un été prochain peut-être.",
        "Été dernier, rien.",
        "Un été qui vient chaud.",
        "Un été en cours, chaud.",
        "Un été à venir, chaud.",
        "Un ete dernier, chaud.",
        "Il a été en été.",
        "C'était l'été 2023.",
    ] {
        assert!(super::may_hold_date(text, &mut buf), "{text}");
        assert!(!run(text, R).is_empty(), "{text}");
        let whole =
            super::stretch_may_hold_date(text, 0..text.len(), &mut buf);
        assert!(whole, "{text}");
    }
    for text in [
        "Il a été élu.",
        "Ils ont été reçus par le maire.",
        "Les soldes d'été commencent.",
        "Il a été en partie détruit.",
        "Un été qui plaît.",
        "Il a été à Paris.",
        "Ce qui a été dit.",
        "Ils ont ete vus.",
        "Le bel Été.",
        "A ÉTÉ ÉLU.",
        "À la fin de l’ÉTÉ, il part.",
        "Il a pris la mer, ce jeu-là.",
        "Un jeu de Sam, mer calme, dim lumière.",
    ] {
        assert!(!super::may_hold_date(text, &mut buf), "{text}");
        let whole =
            super::stretch_may_hold_date(text, 0..text.len(), &mut buf);
        assert!(!whole, "{text}");
        assert!(run(text, R).is_empty(), "{text}");
    }
    // A weekday abbreviation with its full stop: read as a weekday.
    assert!(super::may_hold_date("Ouvert sam. et dim.", &mut buf));
}

#[test]
fn the_filter_by_stretches_answers_as_the_one_by_words() {
    let mut texts = corpus();
    texts.extend(
        [
            "",
            "x",
            "hier",
            "HIER",
            "l’été",
            "l’an",
            "« Noël »",
            "Noël",
            "aujourd’hui",
            "deux\u{a0}ans",
            "février",
            "FÉVRIER",
            "ÆON × ÷ Ωmega",
            "quinzaine",
            "quinzaines",
            "abcdefgh",
            "abcdefghijklmnop lendemain",
            "ﬁn mars",
            "e\u{301}te\u{301}",
            "déjà vu, déjà",
            "a’b’c’mars",
            "ΑΘΗΝΑ lundi",
        ]
        .map(String::from),
    );
    let (mut buf, mut buf2) = (String::new(), String::new());
    let mut strong = 0;
    for text in &texts {
        for range in crate::text::sentences::split(text)
            .into_iter()
            .chain(std::iter::once(0..text.len()))
        {
            let sentence = &text[range];
            let fast = super::may_hold_date(sentence, &mut buf);
            let slow = super::stretch_may_hold_date(
                sentence,
                0..sentence.len(),
                &mut buf2,
            );
            assert_eq!(fast, slow, "{sentence:?}");
            strong += usize::from(fast);
        }
    }
    assert!(strong > 1000, "{strong}");
}

#[test]
fn letters_outside_ascii_are_cut_alike() {
    // Also read by `corpus`: capitals, ligatures, decomposed accents,
    // signs that lower-case to ASCII letters.
    for text in [
        "AOÛT 2023, ÉTÉ DERNIER, FÉVRIER, Noël, l'ÉTÉ prochain.",
        "Le \u{212a}elvin, İstanbul en févr. 2020, ﬁn mars, œuvre.",
        "L'e\u{301}te\u{301} dernier, le 3 aou\u{302}t, de\u{301}but juin.",
        "Il y a deux\u{a0}ans ; dans\u{202f}trois semaines ; ΑΘΗΝΑ lundi.",
        "MARDI 12 MARS 2024 — PARIS (AFP) – Publié le lundi 11 mars.",
    ] {
        let (narrow, every) = both_ways(text, R);
        assert_eq!(narrow, every, "{text}");
        assert!(!narrow.is_empty(), "{text}");
    }
}

#[test]
fn the_run_tokenizer_cuts_as_the_character_one() {
    let mut texts = corpus();
    texts.extend(
        [
            "",
            " ",
            "é",
            "Été",
            "1er",
            "T1 2024",
            "a\u{a0}b",
            "x\u{301}y",
            "œuvre",
            "ŒUVRE",
            "İz",
            "\u{212a}m",
            "l’été",
            "3–5",
            "«\u{a0}A\u{a0}»",
            "\t\x0b\x0cx\r\n",
            "ab😀cd",
            "ΑΒΓ δ",
            "ǅemal",
            "ﬁn",
            "9h30",
            "J'ÉTAIS",
            "AOÛT",
            "a-b",
            "\u{1d400}",
        ]
        .map(String::from),
    );
    for text in &texts {
        for range in crate::text::sentences::split(text)
            .into_iter()
            .chain(std::iter::once(0..text.len()))
        {
            let sentence = &text[range.clone()];
            let (mut a, mut fa) = (Vec::new(), Vec::new());
            let (mut b, mut fb) = (Vec::new(), String::new());
            let sa =
                super::tokenize(sentence, range.start, &mut a, &mut fa, true);
            let sb = super::tokenize_by_char(
                sentence,
                range.start,
                &mut b,
                &mut fb,
                true,
            );
            assert_eq!(sa, sb, "{sentence:?}");
            assert_eq!(a.len(), b.len(), "{sentence:?}");
            for (x, y) in a.iter().zip(&b) {
                let wx = &fa[x.norm.0..x.norm.1];
                let wy = &fb.as_bytes()[y.norm.0..y.norm.1];
                assert_eq!(
                    (
                        x.start,
                        x.end,
                        x.kind,
                        x.space_before,
                        x.upper,
                        x.rules,
                        x.strong,
                        wx
                    ),
                    (
                        y.start,
                        y.end,
                        y.kind,
                        y.space_before,
                        y.upper,
                        y.rules,
                        y.strong,
                        wy
                    ),
                    "{sentence:?}"
                );
            }
        }
    }
}

#[test]
fn the_letter_test_the_tokenizer_uses_answers_as_unicode() {
    for c in ('\u{80}'..='\u{3000}').chain(['\u{1d400}', '😀']) {
        assert_eq!(crate::text::is_letter(c), c.is_alphabetic(), "{c:?}");
    }
}

#[test]
fn the_governing_verb_gives_the_year() {
    check(&[
        (
            "Le ministre a promis de présenter le texte en décembre.",
            R,
            "décembre",
            "DATE 2024-12",
        ),
        (
            "Elle a déclaré vouloir se présenter en janvier.",
            R,
            "janvier",
            "DATE 2025-01",
        ),
        (
            "Le groupe prévoit d'ouvrir l'usine en mars.",
            R,
            "mars",
            "DATE 2025-03",
        ),
        (
            "L'entreprise s'est engagée à rembourser d'ici le 30 avril.",
            R,
            "30 avril",
            "DATE 2025-04-30 BEFORE",
        ),
        // `tenter` points nowhere: the past of the clause holds.
        ("Il a tenté de joindre le maire en mars.", R, "mars", "DATE 2024-03"),
        (
            "Le texte a été présenté en décembre.",
            R,
            "décembre",
            "DATE 2023-12",
        ),
    ]);
}

#[test]
fn times_and_parts_of_the_day() {
    check(&[
        // A part of the day after a preposition: of the day the text last
        // named, else of the reference day; the night just gone in a
        // clause in the past.
        (
            "dans l'après-midi",
            R,
            "après-midi",
            "TIME 2024-05-30T12..2024-05-30T18",
        ),
        (
            "Le trafic, interrompu mardi, a été rétabli en fin de journée.",
            R,
            "fin de journée",
            "TIME 2024-05-28T17..2024-05-28T20 END",
        ),
        (
            "Un orage a frappé la ville cette nuit.",
            R,
            "cette nuit",
            "TIME 2024-05-29T22..2024-05-30T05",
        ),
        (
            "Il a été interpellé dans la nuit de lundi à mardi.",
            R,
            "nuit de lundi à mardi",
            "TIME 2024-05-27T22..2024-05-28T05",
        ),
        (
            "tôt le matin",
            R,
            "tôt le matin",
            "TIME 2024-05-30T07..2024-05-30T08 START",
        ),
        (
            "Il est arrivé mardi soir vers 21 heures.",
            R,
            "mardi soir vers 21 heures",
            "TIME 2024-05-28T21:00",
        ),
        (
            "Il s'exprimera dans la matinée de demain.",
            R,
            "matinée de demain",
            "TIME 2024-05-31T04..2024-05-31T11",
        ),
        ("à 21h10'15", R, "21h10'15", "TIME 2024-05-30T21:10:15"),
        ("à 8:15:45 am", R, "8:15:45 am", "TIME 2024-05-30T08:15:45"),
        ("à 3:05 pm", R, "3:05 pm", "TIME 2024-05-30T15:05"),
        ("le 14/Jul/2023", R, "14/Jul/2023", "DATE 2023-07-14"),
        (
            "Ils sont partis dans la soirée de mercredi.",
            R,
            "soirée de mercredi",
            "TIME 2024-05-29T18..2024-05-29T23",
        ),
        (
            "Le feu a pris mardi en fin d'après-midi.",
            R,
            "mardi en fin d'après-midi",
            "TIME 2024-05-28T17..2024-05-28T18 END",
        ),
        (
            "Le trafic reprendra à quatre heures et demie demain matin.",
            R,
            "quatre heures et demie demain matin",
            "TIME 2024-05-31T04:30",
        ),
        (
            "Le préfet s'exprimera à la mi-journée.",
            R,
            "mi-journée",
            "TIME 2024-05-30T11..2024-05-30T15",
        ),
    ]);
}

#[test]
fn lengths_in_whole_units_and_ago() {
    check(&[
        ("trois ans et demi", R, "trois ans et demi", "DURATION P42M"),
        ("deux heures et demie", R, "deux heures et demie", "DURATION PT150M"),
        (
            "Ils ont patienté trois quarts d'heure.",
            R,
            "trois quarts d'heure",
            "DURATION PT45M",
        ),
        ("Le conseil a siégé pendant 2h15.", R, "2h15", "DURATION PT2H15M"),
        ("il y a dix ans", R, "il y a dix ans", "DATE 2014"),
        ("il y a trois jours", R, "il y a trois jours", "DATE 2024-05-27"),
        // `dans` keeps the day.
        ("dans trois mois", R, "dans trois mois", "DATE 2024-08-30"),
    ]);
}

#[test]
fn the_day_after_the_day_after_counts_from_the_named_day() {
    let text = "Le procès s'est ouvert le 12 mai. La veille, ses avocats \
                avaient demandé un renvoi. Le jugement a été rendu le \
                surlendemain.";
    let got = run(text, R);
    assert!(
        got.iter().any(|(s, d)| s == "surlendemain" && d == "DATE 2024-05-14"),
        "{got:?}"
    );
    assert!(
        got.iter().any(|(s, d)| s == "veille" && d == "DATE 2024-05-11"),
        "{got:?}"
    );
}

#[test]
fn clock_times_and_loose_dates() {
    check(&[
        (
            "Rendez-vous ce soir, dix-neuf heures, place de la République.",
            R,
            "dix-neuf heures",
            "TIME 2024-05-30T19:00",
        ),
        // A length of hours comes with a noun or a preposition.
        (
            "Il a passé 19 heures de garde à vue.",
            R,
            "19 heures",
            "DURATION PT19H",
        ),
        (
            "Le vote a eu lieu à minuit dix.",
            R,
            "minuit dix",
            "TIME 2024-05-30T00:10",
        ),
        (
            "Le vote aura lieu à minuit dix.",
            R,
            "minuit dix",
            "TIME 2024-05-31T00:10",
        ),
        (
            "Le 16, vers 6h dans la soirée, il est sorti.",
            R,
            "16, vers 6h dans la soirée",
            "TIME 2024-05-16T18:00",
        ),
        (
            "La veille au soir, il est parti.",
            R,
            "veille au soir",
            "TIME 2024-05-29T18..2024-05-29T23",
        ),
        (
            "Il viendra demain après-midi.",
            R,
            "demain après-midi",
            "TIME 2024-05-31T12..2024-05-31T18",
        ),
        (
            "Le décret du 8 juillet de 1962 fixait les règles.",
            R,
            "8 juillet de 1962",
            "DATE 1962-07-08",
        ),
        ("le 14 juillet de 1500 soldats", R, "14 juillet", "DATE 2024-07-14"),
        (
            "Un registre daté du lundi 03/06/24 a été numérisé.",
            R,
            "lundi 03/06/24",
            "DATE 2024-06-03",
        ),
    ]);
}

#[test]
fn digits_separated_by_spaces() {
    check(&[
        (
            "Le bordereau, daté du 12 03 2025, mentionne 1500 cartons.",
            R,
            "12 03 2025",
            "DATE 2025-03-12",
        ),
        ("du 12 03 au 15 03", R, "", ""),
    ]);
}

/// #16: from an extreme reference date every value keeps a four-digit
/// year or `X`, and an absurd duration is no date.
#[test]
fn regression_16_values_stay_iso_from_extreme_reference_dates() {
    let text = "Le 3 mars, hier, demain, il partira dans \
                99999999999999999999 ans, en novembre, dans 3 ans.";
    for reference in ["9999-12-31", "0000-01-01"] {
        let got = run(text, reference);
        assert!(!got.is_empty());
        for (span, desc) in &got {
            assert!(!span.contains("99999"), "{reference}: {span} {desc}");
            let value = desc.split(' ').nth(1).unwrap_or("");
            for v in value.split("..") {
                let year: String =
                    v.chars().take_while(|c| *c != '-').collect();
                assert!(
                    !v.starts_with('-') && year.len() <= 4
                        || v.starts_with('P') && v.len() < 10,
                    "{reference}: {span} {desc}"
                );
            }
        }
    }
}

#[test]
fn compound_past_after_y_and_years_before_aupres() {
    check(&[
        // `y a` + participle is a compound past.
        (
            "Yaatal y a racheté en janvier la start-up Kalo Pay.",
            "2031-05-13",
            "janvier",
            "DATE 2031-01",
        ),
        // `auprès` after a year is no plural noun counted.
        (
            "Il avait levé des fonds en 2028 auprès d'Elaia.",
            "2031-05-13",
            "2028",
            "DATE 2028",
        ),
    ]);
}
