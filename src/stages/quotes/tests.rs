//! The quote rules, one French form per row: the words, the cue, the
//! speaker as written and the name it stands for.

use crate::Analyzer;

type Row = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

fn check(cases: &[(&str, &[Row])]) {
    let analyzer = Analyzer::new();
    for (text, want) in cases {
        let a = analyzer.analyze(text);
        let got: Vec<Row> = a
            .quotes
            .iter()
            .map(|q| {
                let leak = |s: String| -> &'static str { s.leak() };
                (
                    leak(q.text.to_string()),
                    q.cue.as_ref().map(|c| leak(c.text.to_string())),
                    q.speaker.as_ref().map(|s| leak(s.text.to_string())),
                    q.speaker
                        .as_ref()
                        .and_then(|s| s.canonical.clone())
                        .map(leak),
                )
            })
            .collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn cues_after_the_quote() {
    check(&[
        (
            "« Nous tiendrons », explique Claire Dumas.",
            &[(
                "Nous tiendrons",
                Some("explique"),
                Some("Claire Dumas"),
                Some("Claire Dumas"),
            )],
        ),
        (
            "Claire Dumas était à Lyon. « Nous tiendrons », a-t-elle ajouté.",
            &[(
                "Nous tiendrons",
                Some("a-t-elle ajouté"),
                Some("elle"),
                Some("Claire Dumas"),
            )],
        ),
        (
            "Le maire Paul Girard a parlé. « Rien n'est fait », a souligné la ministre Claire Dumas.",
            &[(
                "Rien n'est fait",
                Some("a souligné"),
                Some("Claire Dumas"),
                Some("Claire Dumas"),
            )],
        ),
        (
            "« Le marché reste porteur », selon Claire Dumas.",
            &[(
                "Le marché reste porteur",
                Some("selon"),
                Some("Claire Dumas"),
                Some("Claire Dumas"),
            )],
        ),
        (
            "« J'ai fait mon temps, ajoute-t-il. Place aux jeunes. » Paul Girard sourit.",
            &[(
                "J'ai fait mon temps, ajoute-t-il. Place aux jeunes.",
                Some("ajoute-t-il"),
                Some("il"),
                None,
            )],
        ),
    ]);
}

#[test]
fn cues_before_the_quote() {
    check(&[
        (
            "Paul Girard a déclaré : « Le niveau baisse. »",
            &[(
                "Le niveau baisse.",
                Some("a déclaré"),
                Some("Paul Girard"),
                Some("Paul Girard"),
            )],
        ),
        (
            "Le ministre de l'Économie : « Les moyens sont là. »",
            &[(
                "Les moyens sont là.",
                None,
                Some("Le ministre de l'Économie"),
                None,
            )],
        ),
        (
            "Paul Girard a estimé que l'équipe avait « manqué de caractère ».",
            &[(
                "manqué de caractère",
                Some("a estimé"),
                Some("Paul Girard"),
                Some("Paul Girard"),
            )],
        ),
        (
            "Selon Claire Dumas, le gouvernement « cherche des économies ».",
            &[(
                "cherche des économies",
                Some("Selon"),
                Some("Claire Dumas"),
                Some("Claire Dumas"),
            )],
        ),
    ]);
}

#[test]
fn indirect_speech() {
    check(&[
        // A second clause of the same verb after `mais que` goes on.
        (
            "Sandrine Lemaire estime que les synergies sont crédibles, mais que la Commission exigera des cessions.",
            &[(
                "les synergies sont crédibles, mais que la Commission exigera des cessions",
                Some("estime"),
                Some("Sandrine Lemaire"),
                Some("Sandrine Lemaire"),
            )],
        ),
        (
            "Me Isabelle Truchot, son avocate, a plaidé que son client était innocent.",
            &[(
                "son client était innocent",
                Some("a plaidé"),
                Some("Isabelle Truchot"),
                Some("Isabelle Truchot"),
            )],
        ),
        (
            "Selon Claire Dumas, analyste chez Oddo BHF, Valmont paie le prix fort mais s'offre une place.",
            &[(
                "Valmont paie le prix fort mais s'offre une place",
                Some("Selon"),
                Some("Claire Dumas"),
                Some("Claire Dumas"),
            )],
        ),
        (
            "Paul Girard a annoncé jeudi que la réforme serait présentée en mai.",
            &[(
                "la réforme serait présentée en mai",
                Some("a annoncé"),
                Some("Paul Girard"),
                Some("Paul Girard"),
            )],
        ),
        (
            "Le groupe Valmont a déclaré avoir levé 6 millions d'euros.",
            &[(
                "avoir levé 6 millions d'euros",
                Some("a déclaré"),
                Some("Valmont"),
                Some("Valmont"),
            )],
        ),
        (
            "D'après le parquet, les marchés ont coûté cher à la commune.",
            &[(
                "les marchés ont coûté cher à la commune",
                Some("D'après"),
                Some("le parquet"),
                None,
            )],
        ),
        (
            "Les deux caisses vont fusionner, ont annoncé mardi les deux établissements.",
            &[(
                "Les deux caisses vont fusionner",
                Some("ont annoncé"),
                Some("les deux établissements"),
                None,
            )],
        ),
        (
            "Pour Claire Dumas, cette révision ne change rien.",
            &[(
                "cette révision ne change rien",
                Some("Pour"),
                Some("Claire Dumas"),
                Some("Claire Dumas"),
            )],
        ),
        (
            "La croissance ne dépasserait pas 1 %, estime l'institut dans sa note.",
            &[(
                "La croissance ne dépasserait pas 1 %",
                Some("estime"),
                Some("l'institut"),
                None,
            )],
        ),
        (
            "Le groupe Valmont réduira ses coûts, selon un communiqué.",
            &[(
                "Le groupe Valmont réduira ses coûts",
                Some("selon"),
                Some("un communiqué"),
                Some("Valmont"),
            )],
        ),
    ]);
}

#[test]
fn speakers_resolved() {
    check(&[
        // A company whose board opens the reported clause speaks for it,
        // not the bidder named before.
        (
            "Le géant Summit Athletic Brands a déposé une offre sur Équipements Nordik. Le conseil \
             d'administration de Nordik juge cette offre supérieure, a annoncé la société dans un communiqué.",
            &[(
                "Le conseil d'administration de Nordik juge cette offre supérieure",
                Some("a annoncé"),
                Some("la société"),
                Some("Équipements Nordik"),
            )],
        ),
        // A passive participle's agent in apposition is not the subject.
        (
            "Kerval Trading, racheté en 2036 par le groupe Tanjong Energy, a indiqué qu'elle ne ferait pas appel.",
            &[(
                "elle ne ferait pas appel",
                Some("a indiqué"),
                Some("Kerval Trading"),
                Some("Kerval Trading"),
            )],
        ),
        // A pronoun cue goes on quoting the organisation the sentence
        // before named by its noun, of the pronoun's gender.
        (
            "La Banque de Gorée a nommé Aminata Sow à sa tête, a annoncé la banque. Sa nomination a reçu \
             l'agrément de la Commission bancaire, a-t-elle précisé.",
            &[
                (
                    "La Banque de Gorée a nommé Aminata Sow à sa tête",
                    Some("a annoncé"),
                    Some("la banque"),
                    Some("Banque de Gorée"),
                ),
                (
                    "Sa nomination a reçu l'agrément de la Commission bancaire",
                    Some("a-t-elle précisé"),
                    Some("elle"),
                    Some("Banque de Gorée"),
                ),
            ],
        ),
        // A relative clause deep in the reported clause is no subject.
        (
            "Le conseil de la Banque de Gorée a nommé Aminata Sow au poste de directrice, en remplacement de \
             Cheikh Faye, qui quittera ses fonctions le 30 avril, a annoncé la banque.",
            &[(
                "Le conseil de la Banque de Gorée a nommé Aminata Sow au poste de directrice, en remplacement de \
                 Cheikh Faye, qui quittera ses fonctions le 30 avril",
                Some("a annoncé"),
                Some("la banque"),
                Some("Banque de Gorée"),
            )],
        ),
        (
            "Le projet avance\nPar Paul Durand\n\nLe chantier reprend lundi. « Tout va bien », a-t-il dit.",
            &[("Tout va bien", Some("a-t-il dit"), Some("il"), None)],
        ),
        (
            "Kroonberg convoite Enzymia\nPar Nicolas Vandenbroeck\n\nLe chimiste Kroonberg veut avaler son \
             concurrent gantois. Le groupe de Rotterdam lance une OPA hostile sur le spécialiste des enzymes, \
             a-t-il annoncé lundi.",
            &[(
                "Le groupe de Rotterdam lance une OPA hostile sur le spécialiste des enzymes",
                Some("a-t-il annoncé"),
                Some("il"),
                Some("Kroonberg"),
            )],
        ),
        (
            "Gérard Lemonnier, 63 ans, ancien PDG d'Arbelys, a comparu. « Il a menti », a requis le procureur, Julien Marquès. \
             L'ancien patron a reconnu avoir réglé des factures personnelles.",
            &[
                (
                    "Il a menti",
                    Some("a requis"),
                    Some("Julien Marquès"),
                    Some("Julien Marquès"),
                ),
                (
                    "avoir réglé des factures personnelles",
                    Some("a reconnu"),
                    Some("L'ancien patron"),
                    Some("Gérard Lemonnier"),
                ),
            ],
        ),
        (
            "Cimivoire emploie 640 personnes. « Tous les contrats seront repris », assure la direction de Cimivoire.",
            &[(
                "Tous les contrats seront repris",
                Some("assure"),
                Some("la direction de Cimivoire"),
                Some("Cimivoire"),
            )],
        ),
        (
            "Le FC Metz change de mains. L'industriel Marc Hagenbach, patron du groupe de logistique \
             Hagenbach Transports, va racheter 70 % du club au fonds Northbay Sports, a annoncé lundi le club.",
            &[(
                "L'industriel Marc Hagenbach, patron du groupe de logistique Hagenbach Transports, va \
                 racheter 70 % du club au fonds Northbay Sports",
                Some("a annoncé"),
                Some("le club"),
                Some("FC Metz"),
            )],
        ),
        (
            "La start-up lyonnaise Thermelia lève 40 millions d'euros. Le tour est mené par Eurazeo.\n\n\
             Elle avait déjà levé 12 millions auprès de Demeter. Fondée par deux ingénieurs de l'INSA Lyon, \
             la jeune pousse a précisé que ses effectifs doubleraient.",
            &[(
                "ses effectifs doubleraient",
                Some("a précisé"),
                Some("la jeune pousse"),
                Some("Thermelia"),
            )],
        ),
        (
            "Le maire, Paul Girard, a reçu la présidente, Claire Dumas. Elle a indiqué que les travaux reprendraient.",
            &[(
                "les travaux reprendraient",
                Some("a indiqué"),
                Some("Elle"),
                Some("Claire Dumas"),
            )],
        ),
        (
            "Le groupe Valmont a présenté ses comptes. Le groupe a indiqué que ses ventes avaient progressé.",
            &[(
                "ses ventes avaient progressé",
                Some("a indiqué"),
                Some("Le groupe"),
                Some("Valmont"),
            )],
        ),
        (
            "Paul Girard a marqué deux buts. « On a su souffrir », a confié l'attaquant.",
            &[(
                "On a su souffrir",
                Some("a confié"),
                Some("l'attaquant"),
                Some("Paul Girard"),
            )],
        ),
        (
            "Paul Girard a marqué. « On a su souffrir », a déclaré le demi de mêlée.",
            &[(
                "On a su souffrir",
                Some("a déclaré"),
                Some("le demi de mêlée"),
                Some("Paul Girard"),
            )],
        ),
        (
            // The words marked right after `a salué` are the minister's
            // too.
            "Le ministre a salué « des progrès », tout en reconnaissant que « l'effort doit continuer ».",
            &[
                ("des progrès", Some("a salué"), Some("Le ministre"), None),
                (
                    "l'effort doit continuer",
                    Some("reconnaissant"),
                    Some("Le ministre"),
                    None,
                ),
            ],
        ),
        (
            // A civility before a name kept as an entity: the entity.
            "Julien Rochat dirige Nexelia. « Nous sommes prêts », a souligné M. Rochat.",
            &[(
                "Nous sommes prêts",
                Some("a souligné"),
                Some("Rochat"),
                Some("Julien Rochat"),
            )],
        ),
        (
            // A role read on past `et` or `en` to the person in
            // apposition.
            "« Il nous manquait ce joueur », a expliqué l'entraîneur en chef toulousain, Laurent Mazars.",
            &[(
                "Il nous manquait ce joueur",
                Some("a expliqué"),
                Some("Laurent Mazars"),
                Some("Laurent Mazars"),
            )],
        ),
        (
            // A passive cue's agent speaks; a two-word adverb between
            // the auxiliary and its participle.
            "Ces chiffres sont jugés « très sous-estimés » par les syndicats. \
             Le Parti québécois a au contraire dénoncé « un pari risqué ».",
            &[
                (
                    "très sous-estimés",
                    Some("sont jugés"),
                    Some("les syndicats"),
                    None,
                ),
                (
                    "un pari risqué",
                    Some("a au contraire dénoncé"),
                    Some("Parti québécois"),
                    Some("Parti québécois"),
                ),
            ],
        ),
        (
            // A participle after `et` shares the auxiliary and the
            // subject of the verb before.
            "Le PDG, Paul Girard, a jugé l'offre « juste » et indiqué que le conseil la recommanderait.",
            &[
                (
                    "juste",
                    Some("a jugé"),
                    Some("Paul Girard"),
                    Some("Paul Girard"),
                ),
                (
                    "le conseil la recommanderait",
                    Some("indiqué"),
                    Some("Paul Girard"),
                    Some("Paul Girard"),
                ),
            ],
        ),
        (
            // A verb of demand right before the marks; not before `que`.
            "La CFE-CGC exige « des engagements écrits ». La CGT exige que la direction recule.",
            &[(
                "des engagements écrits",
                Some("exige"),
                Some("CFE-CGC"),
                Some("CFE-CGC"),
            )],
        ),
        (
            "« Je veux comprendre pourquoi », a-t-elle dit.",
            &[(
                "Je veux comprendre pourquoi",
                Some("a-t-elle dit"),
                Some("elle"),
                None,
            )],
        ),
    ]);
}

#[test]
fn a_name_in_apposition_to_a_role_speaks() {
    check(&[
        (
            "« Nous irons en appel », a réagi son avocate, Me Laure Viguier, à la sortie.",
            &[(
                "Nous irons en appel",
                Some("a réagi"),
                Some("Laure Viguier"),
                Some("Laure Viguier"),
            )],
        ),
        (
            "« Le plan est solide », a déclaré le président du conseil d'administration, Hervé Castaing, cité dans le communiqué.",
            &[(
                "Le plan est solide",
                Some("a déclaré"),
                Some("Hervé Castaing"),
                Some("Hervé Castaing"),
            )],
        ),
        (
            "« Il fallait oser », a savouré l'entraîneur lyonnais, Paulo Fonseca.",
            &[(
                "Il fallait oser",
                Some("a savouré"),
                Some("Paulo Fonseca"),
                Some("Paulo Fonseca"),
            )],
        ),
        (
            "« On coupe dans les budgets », a lancé le député RN du Nord Sébastien Chenu.",
            &[(
                "On coupe dans les budgets",
                Some("a lancé"),
                Some("Sébastien Chenu"),
                Some("Sébastien Chenu"),
            )],
        ),
        (
            "Pour le président du groupe PS au Sénat, Patrick Kanner, le texte « arrive trop tard ».",
            &[(
                "arrive trop tard",
                Some("Pour"),
                Some("Patrick Kanner"),
                Some("Patrick Kanner"),
            )],
        ),
    ]);
}

#[test]
fn indefinite_speakers() {
    check(&[
        (
            "Selon plusieurs analystes, le départ du patron était attendu.",
            &[(
                "le départ du patron était attendu",
                Some("Selon"),
                Some("plusieurs analystes"),
                None,
            )],
        ),
        (
            "Le groupe envisage de vendre sa filiale, selon certains médias.",
            &[(
                "Le groupe envisage de vendre sa filiale",
                Some("selon"),
                Some("certains médias"),
                None,
            )],
        ),
    ]);
}

#[test]
fn a_role_given_by_an_appointment_names_its_holder() {
    // `la future directrice générale`, four sentences after `a nommé X
    // directrice générale`, beside a man who holds the title now.
    check(&[(
        "Le conseil a nommé Nadia Rossier directrice générale, avec effet au 1er juillet. \
         Elle succédera à Christophe Overney, directeur général depuis 2026. \
         Les comptes sont publiés. Le groupe recrute. Les usines tournent. \
         « Je veux doubler nos ventes », a affirmé la future directrice générale.",
        &[(
            "Je veux doubler nos ventes",
            Some("a affirmé"),
            Some("la future directrice générale"),
            Some("Nadia Rossier"),
        )],
    )]);
}

#[test]
fn a_company_speaks_through_its_pronoun_and_role_nouns() {
    check(&[
        (
            "NANTES, 4 mars (AFP) - Le groupe Brenval a dégagé un bénéfice record, a-t-il annoncé jeudi.",
            &[(
                "Le groupe Brenval a dégagé un bénéfice record",
                Some("a-t-il annoncé"),
                Some("il"),
                Some("Brenval"),
            )],
        ),
        // `Selon elle` opening the sentence after one about a company.
        (
            "La société Brenval a publié ses comptes jeudi. Selon elle, la demande repart.",
            &[(
                "la demande repart",
                Some("Selon"),
                Some("elle"),
                Some("Brenval"),
            )],
        ),
        // A relative piece before the inverted pronoun is reported too.
        (
            "La start-up Brenval prévoit de recruter 120 personnes cette année, dont 40 à Madrid, a-t-elle indiqué.",
            &[(
                "La start-up Brenval prévoit de recruter 120 personnes cette année, dont 40 à Madrid",
                Some("a-t-elle indiqué"),
                Some("elle"),
                Some("Brenval"),
            )],
        ),
        (
            "Marc Olier dirige Brenval. « Rien ne change », a-t-il dit.",
            &[(
                "Rien ne change",
                Some("a-t-il dit"),
                Some("il"),
                Some("Marc Olier"),
            )],
        ),
        (
            "Brenval rachète Tessor. L'offre est généreuse, a précisé l'acquéreur.",
            &[(
                "L'offre est généreuse",
                Some("a précisé"),
                Some("l'acquéreur"),
                Some("Brenval"),
            )],
        ),
    ]);
}

#[test]
fn not_quotes() {
    check(&[
        ("Le film « Anatomie d'une chute » a remporté la Palme d'or.", &[]),
        ("Cette « gigafactory informatique » rivaliserait avec OpenAI.", &[]),
        ("Le plan « France 2030 » a été présenté.", &[]),
        ("Pour la première fois, les ventes ont baissé.", &[]),
        ("Un juge du Delaware a annulé le contrat.", &[]),
        // A pronoun object before a verb, no opinion.
        (
            "Gérard Maillot part. Pour lui succéder, le fonds a nommé Claire Vautrin.",
            &[],
        ),
        // `ne ... que` around a verb restricts.
        ("L'offre concurrente ne reprenait que neuf salariés.", &[]),
    ]);
    // An object pronoun between the subject's and the verb.
    check(&[(
        "Marc Dupont a rejeté l'offre. Il la juge « en deçà de la valeur de l'entreprise ».",
        &[(
            "en deçà de la valeur de l'entreprise",
            Some("juge"),
            Some("Il"),
            Some("Marc Dupont"),
        )],
    )]);
}

#[test]
fn dialogue_lines() {
    check(&[(
        "Devant l'usine, les salariés attendent.\n— On ne partira pas sans réponse, lance Karim.\n— Et demain ?",
        &[(
            "On ne partira pas sans réponse",
            Some("lance"),
            Some("Karim"),
            Some("Karim"),
        )],
    )]);
}

#[test]
fn interview_answers_are_the_interviewees() {
    check(&[(
        "La directrice générale de Valmorel, Céline Marquet, a répondu aux \
         questions de Challenges.\nQuestion : Pourquoi un tel remaniement ?\n\
         Réponse : Parce que nos risques ont changé de nature.\n\
         Question : Le départ d'Olivier Sauvageot vous affaiblit-il ?\n\
         Réponse : C'est une fierté pour la maison.",
        &[
            (
                "Parce que nos risques ont changé de nature.",
                None,
                Some("Céline Marquet"),
                Some("Céline Marquet"),
            ),
            (
                "C'est une fierté pour la maison.",
                None,
                Some("Céline Marquet"),
                Some("Céline Marquet"),
            ),
        ],
    )]);
}

#[test]
fn circumstances_titles_and_verbs_between_cue_and_speaker() {
    check(&[
        (
            "« Ceux qui promettent de tout raser n'ont jamais eu à boucler un \
             budget », a martelé à la tribune de l'Assemblée nationale le \
             ministre de l'Économie, Antoine Verlhac.",
            &[(
                "Ceux qui promettent de tout raser n'ont jamais eu à boucler \
                 un budget",
                Some("a martelé"),
                Some("Antoine Verlhac"),
                Some("Antoine Verlhac"),
            )],
        ),
        (
            "« Vous matraquez ceux qui investissent », a tancé Bertrand \
             Issartel.",
            &[(
                "Vous matraquez ceux qui investissent",
                Some("a tancé"),
                Some("Bertrand Issartel"),
                Some("Bertrand Issartel"),
            )],
        ),
        (
            "Selon M. Bennis, la banque envisage de racheter une autre \
             banque.",
            &[(
                "la banque envisage de racheter une autre banque",
                Some("Selon"),
                Some("Bennis"),
                Some("Bennis"),
            )],
        ),
    ]);
}

#[test]
fn a_paragraph_opener_and_the_person_named_most() {
    check(&[
        (
            "Le groupe Arvenza lance une offre sur la société Quantalys, \
             qui emploie 800 personnes.\n\n\
             Côté Quantalys, le prix fait grincer des dents. Le fonds \
             Kestrel Partners avait investi. La direction estime que \
             l'offre est équitable.",
            &[(
                "l'offre est équitable",
                Some("estime"),
                Some("La direction"),
                Some("Quantalys"),
            )],
        ),
        (
            "Le parquet a requis trois ans contre Frédéric Amblard, ancien \
             PDG de Voltaris.\n\n« Il a vendu un mirage », a lancé la \
             procureure, Hélène Couturier. Kessler a racheté la start-up \
             en 2026. Son action a chuté de 31 %. Voltaris avait levé 60 \
             millions d'euros.\n\nLe prévenu a reconnu avoir signé des \
             contrats antidatés.",
            &[
                (
                    "Il a vendu un mirage",
                    Some("a lancé"),
                    Some("Hélène Couturier"),
                    Some("Hélène Couturier"),
                ),
                (
                    "avoir signé des contrats antidatés",
                    Some("a reconnu"),
                    Some("Le prévenu"),
                    Some("Frédéric Amblard"),
                ),
            ],
        ),
    ]);
}

/// The sentences holding a trigger of indirect speech as an automaton
/// over the whole text finds them (leftmost longest, whole words), the
/// definition [`super::triggered`] must meet.
fn triggered_by_automaton(ctx: &super::Ctx<'_>) -> Vec<bool> {
    let mut words: Vec<&str> = super::tables::VERBS
        .keys()
        .filter(|k| !k.contains(' '))
        .copied()
        .collect();
    words.extend([
        "selon",
        "Selon",
        "d'après",
        "d’après",
        "D'après",
        "D’après",
        "Pour",
        ", pour",
    ]);
    let automaton = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(words)
        .unwrap();
    let text = ctx.text;
    let mut out = vec![false; ctx.m.sentences.len()];
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    for m in automaton.find_iter(text) {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        if (text.as_bytes()[m.start()] != b',' && alnum(before))
            || alnum(after)
        {
            continue;
        }
        if let Some(w) = out.get_mut(ctx.m.sentence_of(m.start())) {
            *w = true;
        }
    }
    out
}

#[test]
fn triggers_are_found_as_the_automaton_finds_them() {
    let mut texts = vec![
        include_str!("../../../fixtures/xai-economist-fr.txt").to_string(),
        "Il a dit-il. D’après lui, c'est fini ; d'après elle, non, pour \
         eux. Pour Marie, selon Paul, «\u{a0}déclaré\u{a0}» a\u{2019}dit \
         prédit dites Dit. Écrit éDIT dit2 2dit déclaré."
            .to_string(),
        "x".repeat(63) + " dit " + &"é".repeat(40) + " ajouté,pour annonce",
    ];
    for line in
        include_str!("../../../tests/data/quotes_news/quotes_news.jsonl")
            .lines()
            .take(40)
    {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if let Some(t) = v["text"].as_str() {
            texts.push(t.to_string());
        }
    }
    for text in &texts {
        let split = crate::text::sentences::split(text);
        // The sentences of the text, and pieces of a few bytes that cut
        // words anywhere.
        let mut cuts = vec![split];
        for n in [1, 5, 13, 64, 200] {
            let mut pieces = Vec::new();
            let mut a = 0;
            while a < text.len() {
                let mut b = (a + n).min(text.len());
                while !text.is_char_boundary(b) {
                    b += 1;
                }
                pieces.push(a..b);
                a = b;
            }
            cuts.push(pieces);
        }
        for sentences in &cuts {
            let m = super::Mentions::new(text, sentences, &[]);
            let ctx = super::Ctx::new(&m);
            assert_eq!(
                super::triggered(&ctx),
                triggered_by_automaton(&ctx),
                "{text}"
            );
        }
    }
}

#[test]
fn sources_and_demonyms() {
    check(&[
        (
            // An indefinite source takes no name in apposition: the name
            // after it opens the words reported.
            "Selon une source proche du dossier, Ardmore Partners, qui avait \
             payé 280 millions d'euros, quadruple sa mise.",
            &[(
                "Ardmore Partners, qui avait payé 280 millions d'euros, \
                 quadruple sa mise",
                Some("Selon"),
                Some("une source proche du dossier"),
                None,
            )],
        ),
        (
            // `<clause>, selon <role>, <name>.`: the name in apposition.
            "La société avait déposé plainte après un audit interne, selon \
             son actuel directeur général, Mathieu Roussel.",
            &[(
                "La société avait déposé plainte après un audit interne",
                Some("selon"),
                Some("Mathieu Roussel"),
                Some("Mathieu Roussel"),
            )],
        ),
        (
            // A source closing the sentence after the marks is theirs.
            "La CGT, de son côté, attend « des actes » sur les salaires, \
             selon sa secrétaire générale.",
            &[(
                "des actes",
                Some("selon"),
                Some("sa secrétaire générale"),
                None,
            )],
        ),
        (
            // A verb of greeting right before the marks introduces them.
            "Du côté des syndicats, la CFDT a salué « un choix de \
             continuité », tandis que la CGT a réclamé des garanties.",
            &[(
                "un choix de continuité",
                Some("a salué"),
                Some("CFDT"),
                // The text names the union by its acronym alone.
                Some("CFDT"),
            )],
        ),
        (
            // A name after a preposition and its article is no subject.
            "Le Haut Conseil des finances publiques, rattaché à la Cour des \
             comptes, juge « un peu élevée » la prévision.",
            &[(
                "un peu élevée",
                Some("juge"),
                Some("Haut Conseil des finances publiques"),
                Some("Haut Conseil des finances publiques"),
            )],
        ),
        (
            // A demonym speaks for the person it introduced.
            "Un doublé de l'Argentin Facundo Ibarra. Le Belge Thibaut \
             Verhaeghe a marqué. « Je me sens chez moi ici », a confié \
             l'Argentin.",
            &[(
                "Je me sens chez moi ici",
                Some("a confié"),
                Some("l'Argentin"),
                Some("Facundo Ibarra"),
            )],
        ),
    ]);
}

#[test]
fn incises_and_bodies() {
    check(&[
        (
            // A named speaker in an incise inside the marks; `lui` after
            // the quote is that speaker, though named inside the marks.
            "« Nous allons faire appel, a annoncé l'avocat de la société, Me \
             Arnaud Pellegrin. Ma cliente a respecté les seuils. » Selon \
             lui, les analyses sont « contestables ».",
            &[
                (
                    "Nous allons faire appel, a annoncé l'avocat de la \
                     société, Me Arnaud Pellegrin. Ma cliente a respecté les \
                     seuils.",
                    Some("a annoncé"),
                    Some("Arnaud Pellegrin"),
                    Some("Arnaud Pellegrin"),
                ),
                (
                    "contestables",
                    Some("Selon"),
                    Some("lui"),
                    Some("Arnaud Pellegrin"),
                ),
            ],
        ),
        (
            // An inverted verb, a day and a place, then the speaker.
            "La société Carbonord a bouclé un financement, a annoncé \
             mercredi à Montréal la ministre de l'Économie, Marie-Ève \
             Boucher.",
            &[(
                "La société Carbonord a bouclé un financement",
                Some("a annoncé"),
                Some("Marie-Ève Boucher"),
                Some("Marie-Ève Boucher"),
            )],
        ),
        (
            // A modal infinitive after the verb opens the words.
            "Théo Marsan, meilleur grimpeur en 2025, estime pouvoir encore \
             renverser la course.",
            &[(
                "pouvoir encore renverser la course",
                Some("estime"),
                Some("Théo Marsan"),
                Some("Théo Marsan"),
            )],
        ),
        (
            // Any infinitive right after the verb opens the clause; `la
            // direction` speaks for its company.
            "L'industriel Soreval SA va mieux. Le groupe a confirmé viser une marge de 6 %. \
             La direction assure qu'aucun emploi ne sera touché.",
            &[
                (
                    "viser une marge de 6 %",
                    Some("a confirmé"),
                    Some("Le groupe"),
                    Some("Soreval SA"),
                ),
                (
                    "aucun emploi ne sera touché",
                    Some("assure"),
                    Some("La direction"),
                    Some("Soreval SA"),
                ),
            ],
        ),
        (
            // A person's role, the party, the place, then the person.
            "Le député RN du Var Julien Ferrat a estimé que le \
             gouvernement oublie les classes moyennes.",
            &[(
                "le gouvernement oublie les classes moyennes",
                Some("a estimé"),
                Some("Julien Ferrat"),
                Some("Julien Ferrat"),
            )],
        ),
        (
            // A company noun after the sentence stands for the
            // organisation that opens it.
            "Le conseil régional a voté l'entrée de Bretagne \
             Participations au capital de Kerlan. Bpifrance accorde un \
             prêt de 5 millions d'euros, a précisé la banque publique.",
            &[(
                "Bpifrance accorde un prêt de 5 millions d'euros",
                Some("a précisé"),
                Some("la banque publique"),
                Some("Bpifrance"),
            )],
        ),
        (
            // `le tribunal`: the body whose name its noun opens.
            "Le tribunal correctionnel de Lyon a condamné Sogival. Le \
             tribunal a estimé que l'entreprise avait « sciemment fait \
             passer ses coûts avant la santé des riverains ».",
            &[(
                "sciemment fait passer ses coûts avant la santé des riverains",
                Some("a estimé"),
                Some("Le tribunal"),
                Some("tribunal correctionnel de Lyon"),
            )],
        ),
    ]);
}

#[test]
fn a_company_noun_stands_for_the_company_its_paragraph_talks_of() {
    let text = "Le constructeur Renault supprime 300 postes. Renault \
                investit aussi à Douai.\n\n\
                Dans un communiqué, Airbus « regrette » la décision. « Nous \
                étudions toutes les options », a fait savoir le groupe.\n\n\
                « Nous n'avons reçu aucune offre », a assuré à l'AFP un \
                porte-parole de Carrefour. Le distributeur affirme qu'il \
                maintiendra ses investissements.";
    let a = Analyzer::new().analyze(text);
    let speakers: Vec<(&str, Option<&str>)> = a
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| (&*s.text, s.canonical.as_deref()))
        .collect();
    assert!(speakers.contains(&("le groupe", Some("Airbus"))), "{speakers:?}");
    assert!(
        speakers.contains(&("Le distributeur", Some("Carrefour"))),
        "{speakers:?}"
    );
}

#[test]
fn a_mayor_defends_past_his_party() {
    check(&[(
        "« Nous investissons sans toucher aux impôts », a défendu le maire PS, Youssef Benarbia.",
        &[(
            "Nous investissons sans toucher aux impôts",
            Some("a défendu"),
            Some("Youssef Benarbia"),
            Some("Youssef Benarbia"),
        )],
    )]);
    // `défend` with an object is no cue.
    check(&[(
        "Le maire, élu en 2020, défend son bilan devant les élus.",
        &[],
    )]);
}

#[test]
fn a_marked_term_does_not_cut_the_subject_from_its_verb() {
    check(&[(
        "La jeune pousse Hexaloom, qui développe des « agents » logiciels, a annoncé mercredi avoir levé 32 millions d'euros.",
        &[(
            "avoir levé 32 millions d'euros",
            Some("a annoncé"),
            Some("Hexaloom"),
            Some("Hexaloom"),
        )],
    )]);
}

#[test]
fn a_question_asked_and_a_pronoun_object_before_the_cue() {
    check(&[
        (
            "« Qui fixait les prix ? », lui a demandé la présidente du tribunal, Anne-Claire Bouvier.",
            &[(
                "Qui fixait les prix ?",
                Some("lui a demandé"),
                Some("Anne-Claire Bouvier"),
                Some("Anne-Claire Bouvier"),
            )],
        ),
        (
            "« Nous partirons », nous a confié le maire, Paul Dumas.",
            &[(
                "Nous partirons",
                Some("nous a confié"),
                Some("Paul Dumas"),
                Some("Paul Dumas"),
            )],
        ),
        // A demand with a noun phrase reports no words.
        ("Le maire a demandé la démission du préfet.", &[]),
    ]);
}

#[test]
fn a_compound_given_name_has_the_gender_of_its_first_part() {
    check(&[(
        "M. Lambrecht est jugé. « Parlez », a lancé Anne-Claire Bouvier. « Je n'ai rien vendu », a-t-il affirmé.",
        &[
            (
                "Parlez",
                Some("a lancé"),
                Some("Anne-Claire Bouvier"),
                Some("Anne-Claire Bouvier"),
            ),
            (
                "Je n'ai rien vendu",
                Some("a-t-il affirmé"),
                Some("il"),
                Some("Lambrecht"),
            ),
        ],
    )]);
}

#[test]
fn the_medium_spoken_on_before_the_speaker() {
    check(&[(
        "« Cette grève est injuste », a dénoncé sur France Inter le ministre des Transports, Grégoire Maupertuis.",
        &[(
            "Cette grève est injuste",
            Some("a dénoncé"),
            Some("Grégoire Maupertuis"),
            Some("Grégoire Maupertuis"),
        )],
    )]);
}

#[test]
fn a_noun_phrase_speaker_ends_before_a_verb_and_its_object() {
    check(&[(
        "Le syndicat réclame 150 euros de plus et affirme que la grève durera.",
        &[("la grève durera", Some("affirme"), Some("Le syndicat"), None)],
    )]);
}

#[test]
fn a_minister_with_two_portfolios_then_her_name() {
    check(&[(
        "« Le projet est solide », a déclaré la ministre des Ressources naturelles et des Forêts, Maïté Laroche-Diallo.",
        &[(
            "Le projet est solide",
            Some("a déclaré"),
            Some("Maïté Laroche-Diallo"),
            Some("Maïté Laroche-Diallo"),
        )],
    )]);
}

#[test]
fn a_company_speaking_through_a_pronoun_has_no_gender() {
    let analyzer = Analyzer::new();
    let a = analyzer.analyze(
        "Le groupe Brenval a dégagé un bénéfice record, a-t-il annoncé jeudi.",
    );
    let s = a.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(s.canonical.as_deref(), Some("Brenval"));
    assert_eq!(s.gender, None);
}

#[test]
fn a_day_after_a_noun_phrase_speaker_is_no_part_of_it() {
    let analyzer = Analyzer::new();
    let a = analyzer.analyze(
        "Le chimiste va être racheté pour 780 millions d'euros, a indiqué la société mardi dans un communiqué.",
    );
    let s = a.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(s.text, "la société");
}

#[test]
fn a_company_noun_repeated_in_its_paragraph_and_a_broker() {
    check(&[
        (
            "Le PDG de Solvéra, Étienne Morvan, est confiant. Le groupe, qui emploie 1 300 salariés, avait avalé le belge Resinex. Selon M. Morvan, aucun site ne sera fermé. Le groupe a précisé que son siège resterait à Lyon.",
            &[
                (
                    "aucun site ne sera fermé",
                    Some("Selon"),
                    Some("Morvan"),
                    Some("Étienne Morvan"),
                ),
                (
                    "son siège resterait à Lyon",
                    Some("a précisé"),
                    Some("Le groupe"),
                    Some("Solvéra"),
                ),
            ],
        ),
        (
            "« Le prix est élevé », estime Julie Kessous, analyste chez Oddo BHF. Selon le courtier, la prime atteint 41 % sur le dernier cours.",
            &[
                (
                    "Le prix est élevé",
                    Some("estime"),
                    Some("Julie Kessous"),
                    Some("Julie Kessous"),
                ),
                (
                    "la prime atteint 41 % sur le dernier cours",
                    Some("Selon"),
                    Some("le courtier"),
                    Some("Oddo BHF"),
                ),
            ],
        ),
    ]);
}

#[test]
fn a_court_report_requisitions_decisions_and_a_lawyer() {
    check(&[
        // A definite document's author: the subject of the sentence
        // before.
        (
            "L'Autorité de la concurrence a infligé une amende à Medivance. Selon la décision, Medivance a imposé des contrats d'exclusivité.",
            &[(
                "Medivance a imposé des contrats d'exclusivité",
                Some("Selon"),
                Some("la décision"),
                Some("Autorité de la concurrence"),
            )],
        ),
        // The prosecutor's requisition, inverted; a number is no
        // infinitive (`avait requis quatre ans`).
        (
            "« Il savait tout », a requis le procureur, Arnaud Delcros. Le parquet avait requis quatre ans de prison.",
            &[(
                "Il savait tout",
                Some("a requis"),
                Some("Arnaud Delcros"),
                Some("Arnaud Delcros"),
            )],
        ),
        // A body governed by a preposition past its article is no
        // subject for `elle`.
        (
            "« Nous ferons appel », a réagi Me Hélène Varenne. Le recours sera examiné par la cour d'appel de Paris, a-t-elle précisé.",
            &[
                (
                    "Nous ferons appel",
                    Some("a réagi"),
                    Some("Hélène Varenne"),
                    Some("Hélène Varenne"),
                ),
                (
                    "Le recours sera examiné par la cour d'appel de Paris",
                    Some("a-t-elle précisé"),
                    Some("elle"),
                    Some("Hélène Varenne"),
                ),
            ],
        ),
    ]);
}

#[test]
fn a_second_role_in_apposition_names_the_speaker() {
    check(&[(
        "« Les ZFE sont devenues des zones d'exclusion sociale », a lancé le rapporteur du texte, le député LR de l'Aisne Grégory Vasseur.",
        &[(
            "Les ZFE sont devenues des zones d'exclusion sociale",
            Some("a lancé"),
            Some("Grégory Vasseur"),
            Some("Grégory Vasseur"),
        )],
    )]);
}

#[test]
fn a_role_stands_for_the_person_it_was_given_with() {
    check(&[
        (
            "Le gouvernement de la Première ministre, Sophie Aubertin, compte vingt membres. Nadia Benali entre au gouvernement. La Première ministre a salué « une équipe de combat ».",
            &[(
                "une équipe de combat",
                Some("a salué"),
                Some("La Première ministre"),
                Some("Sophie Aubertin"),
            )],
        ),
        (
            "Le parquet a requis trois ans contre Bernard Lefebvre, ancien PDG de Prixel. Le procureur, Antoine Mercier, a parlé. « Je n'ai jamais menti », avait affirmé l'ancien PDG.",
            &[(
                "Je n'ai jamais menti",
                Some("avait affirmé"),
                Some("l'ancien PDG"),
                Some("Bernard Lefebvre"),
            )],
        ),
    ]);
}

#[test]
fn interview_lines_opened_by_the_speakers_name() {
    check(&[
        (
            "Jeudi, Hélène Roussillon a répondu à nos questions.\nQ : Le projet n'est-il pas trop cher ?\nHélène Roussillon : Non. Nous avons déjà réduit la dette de 8 %.\nQ : Et après ?\nHélène Roussillon : Nous chercherons un autre repreneur.",
            &[
                (
                    "Non. Nous avons déjà réduit la dette de 8 %.",
                    None,
                    Some("Hélène Roussillon"),
                    Some("Hélène Roussillon"),
                ),
                (
                    "Nous chercherons un autre repreneur.",
                    None,
                    Some("Hélène Roussillon"),
                    Some("Hélène Roussillon"),
                ),
            ],
        ),
        // A headline with a colon, no interview before: no answer.
        (
            "Surgelés : le néerlandais Hoeksma avale Frigolys\nLe groupe a lancé une offre.",
            &[],
        ),
    ]);
}

#[test]
fn a_pronoun_far_from_any_name_is_the_person_named_most() {
    check(&[(
        "La maire, Hélène Roussillon, affronte son premier dossier. Hélène Roussillon a vu le préfet. Le tribunal examinera l'offre. Pour Paul Girard, le plan sacrifie l'atelier. Le préfet, Marc Biron, promet 4 millions.\n\nMercredi, l'élue a défendu le projet. « Montluçon a perdu 12 % de ses habitants. Nous perdrons tout.\n\n« Je ne serai pas la maire du déclin », a-t-elle ajouté.",
        &[
            (
                "le plan sacrifie l'atelier",
                Some("Pour"),
                Some("Paul Girard"),
                Some("Paul Girard"),
            ),
            (
                "Montluçon a perdu 12 % de ses habitants. Nous perdrons tout.\n\n« Je ne serai pas la maire du déclin",
                Some("a-t-elle ajouté"),
                Some("elle"),
                Some("Hélène Roussillon"),
            ),
        ],
    )]);
}

#[test]
fn two_titles_and_their_organisation_before_the_person() {
    check(&[(
        "« Nos usines tournent à plein », a affirmé la présidente et chef de la direction d'Alvéo, Marie-Josée Gendron, lors d'une conférence.",
        &[(
            "Nos usines tournent à plein",
            Some("a affirmé"),
            Some("Marie-Josée Gendron"),
            Some("Marie-Josée Gendron"),
        )],
    )]);
}

#[test]
fn keys_lower_as_the_unicode_tables() {
    for c in (0..0x300).filter_map(char::from_u32) {
        assert_eq!(super::is_upper(c), c.is_uppercase(), "{c:?}");
    }
    // Every character of Latin-1 after a capital, before `’` and alone.
    let latin1: Vec<String> = (0x80..0x100)
        .filter_map(char::from_u32)
        .flat_map(|c| [format!("É{c}"), format!("{c}’"), c.to_string()])
        .collect();
    let words = ["Le", "le", "L’État", "l’", "ÉTÉ", "déjà", "Après-midi"]
        .into_iter()
        .chain(["ΣΑΣ", "Œuvre", "İstanbul", "D’ÉTÉ×Þ"])
        .chain(latin1.iter().map(String::as_str));
    for w in words {
        let want = match w.chars().any(|c| c.is_uppercase() || c == '’') {
            true => w.to_lowercase().replace('’', "'"),
            false => w.to_string(),
        };
        assert_eq!(super::key(w), want, "{w}");
    }
}

#[test]
fn words_compare_lowered_as_the_unicode_tables() {
    let words = ["tribunal", "Tribunal", "TRIBUNAL", "Région", "région"];
    for a in words.into_iter().chain(["RÉGION", "tribunaux", "ΣΑΣ", "σας"])
    {
        for b in words {
            let want = a.to_lowercase() == b.to_lowercase();
            assert_eq!(super::same_lowered(a, b), want, "{a} {b}");
        }
    }
}

/// The keys lowered on the stack are the keys [`super::key`] writes:
/// ASCII, Latin-1 capitals (not `×`), curly apostrophes, and words it
/// leaves to `key` (other scripts, too long for the buffer).
#[test]
fn keys_lowered_on_the_stack_are_the_keys() {
    let long = "Dans un très long communiqué publié à l’issue de la réunion";
    for w in [
        "",
        "dans",
        "Dans",
        "À",
        "à la barre",
        "DÉJÀ",
        "l’AFP",
        "Qu’",
        "d'après",
        "×",
        "Þ",
        "ÿ",
        "Ærø",
        "œuvre",
        "Œuvre",
        "İstanbul",
        "ΑΘΗΝΑ",
        "’",
        long,
    ] {
        super::with_key(w, |k| assert_eq!(k, super::key(w), "{w}"));
    }
}

#[test]
fn a_role_stands_for_the_title_given_first_and_a_pronoun_for_the_last_speaker()
{
    check(&[
        (
            "Le Premier ministre, Antoine Verdier, a parlé mardi. Claire Fontanel a précisé la date. « Nous irons au bout », a conclu le chef du gouvernement.",
            &[(
                "Nous irons au bout",
                Some("a conclu"),
                Some("le chef du gouvernement"),
                Some("Antoine Verdier"),
            )],
        ),
        (
            "Le procureur, Olivier Sarrazin, a requis deux ans contre Jean Peyrat et Fabrice Lalande. Le magistrat a estimé que le marché était truqué. « Les règles ont été contournées », a-t-il martelé.",
            &[
                (
                    "le marché était truqué",
                    Some("a estimé"),
                    Some("Le magistrat"),
                    Some("Olivier Sarrazin"),
                ),
                (
                    "Les règles ont été contournées",
                    Some("a-t-il martelé"),
                    Some("il"),
                    Some("Olivier Sarrazin"),
                ),
            ],
        ),
    ]);
}

#[test]
fn an_opponent_does_not_speak_for_the_club() {
    check(&[(
        "Thierry Mangin n'est plus l'entraîneur du SC Armorique. Son contrat a été rompu après la défaite contre l'AS Valrhône, a indiqué le club lundi.",
        &[(
            "Son contrat a été rompu après la défaite contre l'AS Valrhône",
            Some("a indiqué"),
            Some("le club"),
            Some("SC Armorique"),
        )],
    )]);
}

#[test]
fn a_title_of_one_word_stands_for_the_person_given_it_with_a_complement() {
    check(&[(
        "Cédric Lamarque a gagné samedi. Le président du club, Bernard Estienne, \
         a confirmé des discussions. « Rien n'est signé », a reconnu le président.",
        &[(
            "Rien n'est signé",
            Some("a reconnu"),
            Some("le président"),
            Some("Bernard Estienne"),
        )],
    )]);
}

#[test]
fn a_pronoun_with_no_person_before_stands_for_the_company_of_the_sentence_before()
 {
    check(&[(
        "La scale-up Ondira met la main sur la société allemande Kraftlinie. Elle a annoncé \
         mercredi avoir signé un accord de rachat.",
        &[(
            "avoir signé un accord de rachat",
            Some("a annoncé"),
            Some("Elle"),
            Some("Ondira"),
        )],
    )]);
}

#[test]
fn a_clause_coordinated_after_a_quote_is_reported_by_the_same_speaker() {
    check(&[
        (
            "Claire Dumas a assuré que la hausse serait « limitée » et que la ville réduirait sa dette.",
            &[
                (
                    "limitée",
                    Some("a assuré"),
                    Some("Claire Dumas"),
                    Some("Claire Dumas"),
                ),
                (
                    "la ville réduirait sa dette",
                    Some("a assuré"),
                    Some("Claire Dumas"),
                    Some("Claire Dumas"),
                ),
            ],
        ),
        // A clause with marks of its own is left to the direct pass,
        // whole.
        (
            "Claire Dumas a assuré que la hausse serait « limitée » et que le gouvernement entend « ne rien céder ».",
            &[
                (
                    "limitée",
                    Some("a assuré"),
                    Some("Claire Dumas"),
                    Some("Claire Dumas"),
                ),
                (
                    "ne rien céder",
                    Some("a assuré"),
                    Some("Claire Dumas"),
                    Some("Claire Dumas"),
                ),
            ],
        ),
        // A clause with marks of its own is left to the direct pass.
        (
            "Claire Dumas a estimé que le plan était « juste » mais qu'il « coûte cher ».",
            &[
                (
                    "juste",
                    Some("a estimé"),
                    Some("Claire Dumas"),
                    Some("Claire Dumas"),
                ),
                (
                    "coûte cher",
                    Some("a estimé"),
                    Some("Claire Dumas"),
                    Some("Claire Dumas"),
                ),
            ],
        ),
    ]);
}

#[test]
fn terms_after_a_term_noun_or_so_called_are_no_quotes() {
    check(&[
        (
            "Sur TikTok, le mot-clé « Ozempic challenge » cumule des millions de vues.",
            &[],
        ),
        (
            "Le syndicat conteste le dispositif dit du « préavis individuel ».",
            &[],
        ),
        (
            "Sophie Lambotte a ironisé sur une coalition « Arizona » encore introuvable.",
            &[],
        ),
        // `se dit` is a cue.
        (
            "La directrice, Claire Dumas, se dit « soulagée ».",
            &[(
                "soulagée",
                Some("se dit"),
                Some("Claire Dumas"),
                Some("Claire Dumas"),
            )],
        ),
    ]);
}

#[test]
fn a_source_with_a_long_name_and_its_acronym() {
    let bceao = "Banque centrale des États de l'Afrique de l'Ouest";
    check(&[
        (
            "Selon la Banque centrale des États de l'Afrique de l'Ouest (BCEAO), moins de 15 % des paiements passent par le mobile.",
            &[(
                "moins de 15 % des paiements passent par le mobile",
                Some("Selon"),
                Some(bceao),
                Some(bceao),
            )],
        ),
        (
            "Selon la Banque centrale des États de l'Afrique de l'Ouest (BCEAO), « le mobile progresse ».",
            &[(
                "le mobile progresse",
                Some("Selon"),
                Some(bceao),
                Some(bceao),
            )],
        ),
    ]);
}

#[test]
fn nouns_and_pronouns_point_back_to_the_right_speaker() {
    check(&[
        // A company deep in the sentence is no subject: the pronoun is
        // the person named before.
        (
            "Le PDG de Meyrand, Laurent Castagné, était confiant. Cette opération est la plus importante depuis le rachat du néerlandais Vaxflow en 2038, a-t-il rappelé.",
            &[(
                "Cette opération est la plus importante depuis le rachat du néerlandais Vaxflow en 2038",
                Some("a-t-il rappelé"),
                Some("il"),
                Some("Laurent Castagné"),
            )],
        ),
        // The noun that introduced a body, past its complement.
        (
            "Meyrand Industries a publié ses comptes. L'agence de notation Fitch Ratings a maintenu sa note. Selon l'agence, l'endettement reste supportable.",
            &[(
                "l'endettement reste supportable",
                Some("Selon"),
                Some("l'agence"),
                Some("Fitch Ratings"),
            )],
        ),
        // A role past an acronym in brackets, then the person.
        (
            "« Les Américains ferment ce qu'ils achètent », lance le président du Syndicat des travailleurs de Lumenor (CSN), Sylvain Bédard.",
            &[(
                "Les Américains ferment ce qu'ils achètent",
                Some("lance"),
                Some("Sylvain Bédard"),
                Some("Sylvain Bédard"),
            )],
        ),
        // A role in apposition and a relative clause after the person:
        // the person speaks, not the firm they name.
        (
            "Me Catherine Dubé, associée du cabinet Dufresne Bélanger, qui conseille Lumenor, a indiqué que la société contesterait la décision.",
            &[(
                "la société contesterait la décision",
                Some("a indiqué"),
                Some("Catherine Dubé"),
                Some("Catherine Dubé"),
            )],
        ),
        // A public body's noun: the body the sentence before was about.
        (
            "Le groupe Telmar a publié ses comptes. La Banque africaine de développement a approuvé un prêt de 120 millions de dollars à la Jirama. Ce financement sera décaissé en trois tranches, a précisé l'institution.",
            &[(
                "Ce financement sera décaissé en trois tranches",
                Some("a précisé"),
                Some("l'institution"),
                Some("Banque africaine de développement"),
            )],
        ),
        // A company's noun: the organisation named most whose name it
        // opens, not the last company named.
        (
            "La Banque Rochaix a publié ses comptes. Banque Rochaix a nommé une présidente. La Banque cantonale vaudoise accompagne Kestra. Ce tour de table valorise Kestra à 140 millions de francs, a précisé la banque.",
            &[(
                "Ce tour de table valorise Kestra à 140 millions de francs",
                Some("a précisé"),
                Some("la banque"),
                Some("Banque Rochaix"),
            )],
        ),
        // `ce dernier`: the last man named, not the first.
        (
            "Le président, Paul Martin, a présenté le maître de chai, Jérôme Fradin. « Rien ne changera », a assuré ce dernier.",
            &[(
                "Rien ne changera",
                Some("a assuré"),
                Some("ce dernier"),
                Some("Jérôme Fradin"),
            )],
        ),
        // A house speaks for the company the text is about.
        (
            "La maison de cognac Dumontel passe sous pavillon singapourien. Les deux parties ont signé lundi un protocole d'accord, a annoncé la maison charentaise.",
            &[(
                "Les deux parties ont signé lundi un protocole d'accord",
                Some("a annoncé"),
                Some("la maison charentaise"),
                Some("Dumontel"),
            )],
        ),
    ]);
}

#[test]
fn a_role_in_apposition_gives_the_gender_a_title_agrees_with() {
    // Awa is no given name of the gender lists; `cofondatrice` says she
    // is a woman, so the new chief executive is the man named before.
    check(&[(
        "Serge Kouadio, 47 ans, a été nommé directeur général. Il succède à Awa Traoré, cofondatrice et directrice générale. Selon le nouveau directeur général, l'entreprise atteindra l'équilibre dès 2043.",
        &[(
            "l'entreprise atteindra l'équilibre dès 2043",
            Some("Selon"),
            Some("le nouveau directeur général"),
            Some("Serge Kouadio"),
        )],
    )]);
}

#[test]
fn a_role_s_complement_then_the_person_it_names() {
    check(&[(
        "Pour la députée écologiste de l'Isère Chloé Vannier, cette vente est un contresens.",
        &[(
            "cette vente est un contresens",
            Some("Pour"),
            Some("Chloé Vannier"),
            Some("Chloé Vannier"),
        )],
    )]);
}

#[test]
fn an_interview_introduced_by_a_pronoun_is_the_person_it_stands_for() {
    check(&[(
        "Le ministre Arnaud Delcourt a défendu la vente. Par décret, Isabelle Morand-Lacaze a été nommée présidente d'Hydrélis. Elle a accepté de répondre à nos questions.\n— L'ouverture du capital vous inquiète-t-elle ?\n— Non. L'entreprise doit investir 30 milliards d'euros d'ici 2050.",
        &[(
            "Non. L'entreprise doit investir 30 milliards d'euros d'ici 2050.",
            None,
            Some("Isabelle Morand-Lacaze"),
            Some("Isabelle Morand-Lacaze"),
        )],
    )]);
}
