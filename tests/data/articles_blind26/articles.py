"""The three articles of the twenty-sixth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind26`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and inside the guillemets in Q2, thousands separator in Q2)
NN = "\u202f"    # narrow no-break space (before % and inside the guillemets in S2)
AP = "\u2019"    # typographic apostrophe (every apostrophe of S2)


def define(B):
    define_q2(B)
    define_r2(B)
    define_s2(B)


def define_q2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    SV, EL, SVC, CA, JF = "Saint-Véran-sur-Rhône", "Électrolia", "Saint-Véran en commun", "Corinne Astruc", "Julien Ferracci"
    RV, NK, SC, AL = "Rhône Vivant", "Nathalie Kergoat", "Sandrine Colomb", "Air Liquide"
    # ------------------------------------------------------------ Q2: a town council sells land for a hydrogen plant; opposition, residents, prefect (French regional daily, web)
    a = B.article("Q2-usine-hydrogene-conseil-municipal", "2036-10-15", (
        f"{SV} : l'usine d'{EL} divise le conseil municipal\n"
        "Par Mathilde Serrières\n"
        "Publié le 15 octobre 2036 à 18h30\n\n"
        "Le bras de fer est loin d'être terminé. Par 21 voix contre 8, le conseil municipal de "
        f"{SV} a approuvé mardi la vente de 14 hectares de terrains communaux à {EL}, qui veut y "
        "construire une usine d'électrolyseurs de 240 millions d'euros. Les élus du groupe d'opposition "
        f"{SVC} ont quitté la salle avant le vote.\n\n"
        f"{O}Cette usine, c'est 350 emplois et des recettes qui nous permettront de baisser la taxe foncière de "
        f"6{NB}% dès 2038. Nous ne laisserons pas passer cette chance.\n\n"
        f"{O}Ceux qui crient au danger n'ont pas lu le dossier{C}, a lancé la maire, {CA}, à l'issue de la "
        "séance. Elle a ajouté que la commune percevrait 1,8 million d'euros de recettes fiscales par an.\n\n"
        f"{O}La majorité brade notre foncier à un industriel sans la moindre garantie{C}, a dénoncé le groupe dans "
        f"un communiqué. Son président, {JF}, a estimé que l'usine consommerait l'équivalent de 15{NB}% de l'eau "
        f"potable de la commune. {O}On nous demande de signer un chèque en blanc{C}, a-t-il regretté. Selon lui, "
        "seul un référendum local permettrait de trancher.\n\n"
        f"Dans les rues voisines du futur site, l'inquiétude domine. {O}Personne ne nous a demandé notre avis sur "
        f"les camions{C}, peste un riverain. Selon le collectif {RV}, qui a lancé une pétition en septembre, "
        f"1{NB}400 habitants s'opposent déjà au projet.\n\n"
        "Le dernier mot reviendra à l'État. Selon la préfecture, l'enquête publique s'est achevée avec "
        f"58{NB}% d'avis favorables. La préfète de la Drôme, {NK}, a fait savoir qu'elle attendrait une étude "
        "complémentaire sur la nappe phréatique avant de signer l'autorisation environnementale. "
        f"{O}Le dossier sera tranché sur le fond, pas sous la pression{C}, a-t-elle ajouté.\n\n"
        "De son côté, l'industriel grenoblois a indiqué dans un communiqué que les travaux pourraient commencer au "
        f"printemps 2037. {EL} a nommé lundi {SC} directrice de l'usine. {O}Nous recruterons 70{NB}% des "
        f"salariés dans la vallée{C}, a promis la nouvelle directrice, ancienne ingénieure chez {AL}."))
    for s, l, c, o in [(SV, LOC, None, False), (EL, ORG, None, False), ("Mathilde Serrières", PER, None, False),
                       (SVC, ORG, None, False), (CA, PER, None, False), (JF, PER, None, False),
                       (RV, ORG, None, False), ("Drôme", LOC, None, False), (NK, PER, None, False),
                       (SC, PER, None, False), (AL, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by the town's name "
                      "and a colon ('Saint-Véran-sur-Rhône : ...', the town LOC), a byline ('Par Mathilde Serrières') "
                      "and a publication line with the clock time ('Publié le 15 octobre 2036 à 18h30'), no dateline. "
                      "The reference date is that day (Wednesday 15 October 2036), the day after the council's vote "
                      "('a approuvé mardi'). Straight apostrophes; no-break spaces (U+00A0) before '%', inside the "
                      "guillemets (also after the guillemet that reopens the mayor's second paragraph) and as the "
                      "thousands separator of the count '1 400 habitants'.")
    a["notes"].append("Entities: the invented commune 'Saint-Véran-sur-Rhône' (headline and 'le conseil municipal de ...') "
                      "is LOC, one span with its hyphens; the coined hydrogen company 'Électrolia' ('d'Électrolia' after "
                      "the elision in the headline, 'à Électrolia', 'Électrolia a nommé') is ORG; the municipal "
                      "opposition group 'Saint-Véran en commun' (after 'du groupe d'opposition', the common noun "
                      "outside) is one ORG (no separate place inside, as 'Gauche citoyenne' in the twenty-fourth set); "
                      "the residents' collective 'Rhône Vivant' (after 'le collectif', the river's name inside it no "
                      "separate item) and the industrial gas group 'Air Liquide' (after 'chez') are ORG; 'Drôme' ('La "
                      "préfète de la Drôme': the département) is LOC; the mayor, the opposition leader, the prefect, "
                      "the plant's new director and the byline's journalist are PER (all invented). Not names: 'le "
                      "conseil municipal', 'le groupe', 'la majorité', 'la commune', 'l'État', 'la préfecture', "
                      "'l'enquête publique', 'l'industriel grenoblois', 'la nouvelle directrice', 'la vallée', 'un "
                      "riverain'; 'grenoblois' is an adjective.")
    a["notes"].append("Quotes (13 required: 6 direct, 7 indirect): the mayor's words over two paragraphs, French style "
                      "(no closing mark after the first paragraph, a guillemet reopening the second, '», a lancé la "
                      "maire, X, ...' after the last words): one direct quote from the first word to the last, the "
                      "paragraph break and the reopening mark inside the span, as in the twenty-fourth and "
                      "twenty-fifth sets; then 'Elle a ajouté que <clause>' ('Elle' is the mayor); the opposition "
                      "group through a noun phrase and its communiqué ('« ... », a dénoncé le groupe dans un "
                      "communiqué': speaker the noun 'groupe', canonical the group named in the first paragraph, ORG; "
                      "the communiqué the medium); the group's president 'Son président, X, a estimé que <clause>', "
                      "'« ... », a-t-il regretté' and 'Selon lui, <clause>' (pronouns for him); an unnamed resident "
                      "('« ... », peste un riverain': speaker the noun 'riverain' without the article, canonical and "
                      "label null, as 'sources proches du dossier' in the twenty-fifth set); the collective by name "
                      "('Selon le collectif Rhône Vivant, qui a lancé une pétition en septembre, <clause>': speaker the "
                      "name, the relative clause outside the span); the prefecture ('Selon la préfecture, <clause>': a "
                      "noun-phrase speaker naming no entity, canonical and label null, as 'l'entourage du ministre' in "
                      "the twenty-fourth set: the administration is not the prefect); the prefect 'La préfète de la "
                      "Drôme, X, a fait savoir qu'<clause>' (span after the elided 'qu''), then '« ... », a-t-elle "
                      "ajouté'; the company through a noun phrase and its communiqué ('De son côté, l'industriel "
                      "grenoblois a indiqué dans un communiqué que <clause>': speaker 'industriel grenoblois', canonical "
                      "Électrolia, ORG); the new plant director '« ... », a promis la nouvelle directrice, ancienne "
                      "ingénieure chez Air Liquide' (speaker the noun phrase with its adjective, canonical the woman "
                      "named in the sentence before). Not quotes: 'le conseil municipal ... a approuvé mardi la vente', "
                      "'ont quitté la salle', 'l'inquiétude domine', 'a lancé une pétition', 'Le dernier mot reviendra "
                      "à l'État', 'a nommé lundi X directrice de l'usine', the headline.")
    a["notes"].append("Events (roles only): 'la maire, X' (title 'maire', no organization: the town is a place, as in "
                      "the twenty-fourth and twenty-fifth sets); 'Son président, X' ('Son' is the opposition group "
                      "named in the sentence before: organization optional, as 'Son délégué central' in the "
                      "twenty-fifth set); 'La préfète de la Drôme, X' (title 'préfète', the département a place, no "
                      "organization); the appointment 'Électrolia a nommé lundi X directrice de l'usine' (title as "
                      "written, organization required: the company is the subject, as 'Joratech a nommé mercredi X "
                      "directrice générale' in the sixteenth set; 'la nouvelle directrice' restates it); 'ancienne "
                      "ingénieure chez Air Liquide' (a former post, title without 'ancienne', organization required, as "
                      "'ancienne ingénieure de l’Ifremer' in the twenty-fifth set). Not events: the land sale to the "
                      "company (14 hectares of municipal land: no company changes hands), the plant's investment, the "
                      "tax revenue, the vote, the petition, the public inquiry, the environmental permit, the hiring "
                      "pledge.")
    a["notes"].append("Money: the plant's cost '240 millions d'euros', the town's tax revenue '1,8 million d'euros' ('de "
                      "recettes fiscales par an' outside). Percentages: the tax cut '6 %' (inside the mayor's marked "
                      "words), the water share '15 %', the inquiry's favourable opinions '58 %', the local hiring share "
                      "'70 %' (inside the director's marked words). '21 voix contre 8', '14 hectares', '350 emplois' and "
                      "'1 400 habitants' are counts.")
    a["notes"].append("Dates: the publication line '15 octobre 2036 à 18h30' is one TIME; 'mardi' (past: the council's "
                      "vote) 2036-10-14; 'dès 2038' (inside the mayor's marked words) the year; 'en septembre' (past: "
                      "'a lancé une pétition') 2036-09; 'au printemps 2037' 2037-SP (span 'printemps 2037'); 'lundi' "
                      "(past: 'a nommé lundi') 2036-10-13. Optional: 'par an' (a SET, P1Y, after an amount, as in the "
                      "twenty-fourth set).")
    M(a, "240 millions d'euros", 240e6, "EUR")
    M(a, "1,8 million d'euros", 1.8e6, "EUR")
    P(a, f"6{NB}%", 6)
    P(a, f"15{NB}%", 15)
    P(a, f"58{NB}%", 58)
    P(a, f"70{NB}%", 70)
    D(a, "15 octobre 2036 à 18h30", "2036-10-15T18:30", typ="TIME", note="the publication line")
    D(a, "mardi", "2036-10-14", note="past: 'a approuvé mardi', the day before the Wednesday publication")
    D(a, "2038", "2038", note="'dès 2038', inside the mayor's marked words")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="'de recettes fiscales par an': a frequency after an amount")
    D(a, "septembre", "2036-09", note="past: 'qui a lancé une pétition en septembre'")
    D(a, "printemps 2037", "2037-SP", note="'pourraient commencer au printemps 2037', inside the reported clause")
    D(a, "lundi", "2036-10-13", note="past: 'a nommé lundi', two days before the Wednesday publication")
    Q(a, f"{O}[Cette usine, c'est 350 emplois et des recettes qui nous permettront de baisser la taxe foncière de 6{NB}% dès 2038. Nous ne laisserons pas passer cette chance.\n\n{O}Ceux qui crient au danger n'ont pas lu le dossier]{C}",
      "direct", "a lancé", (CA, CA, PER), gender="female",
      note="one quote over two paragraphs (no closing mark after the first, a reopening guillemet before the second): "
           "the span runs from the first word to the last one, the paragraph break and the reopening mark inside; the "
           "name in apposition to 'la maire', which shows the gender")
    Q(a, "ajouté que [la commune percevrait 1,8 million d'euros de recettes fiscales par an].", "indirect", "a ajouté",
      ("[Elle] a ajouté", CA, PER), gender="female", note="'Elle' is the mayor of the sentence before")
    Q(a, f"{O}[La majorité brade notre foncier à un industriel sans la moindre garantie]{C}", "direct", "a dénoncé",
      ("le [groupe] dans un communiqué", SVC, ORG),
      note="an organisation speaking through a noun phrase: 'le groupe' is the opposition group named in the first "
           "paragraph; 'dans un communiqué' is the medium")
    Q(a, f"estimé que [l'usine consommerait l'équivalent de 15{NB}% de l'eau potable de la commune].", "indirect",
      "a estimé", (JF, JF, PER), gender="male",
      note="'Son président, X, a estimé que <clause>': 'président' shows the gender")
    Q(a, f"{O}[On nous demande de signer un chèque en blanc]{C}", "direct", "a-t-il regretté",
      ("a-t-[il] regretté", JF, PER), gender="male", note="'il' is the group's president of the sentence before")
    Q(a, "Selon lui, [seul un référendum local permettrait de trancher].", "indirect", "[Selon] lui,",
      ("Selon [lui],", JF, PER), gender="male", note="a pronoun after 'Selon': the group's president")
    Q(a, f"{O}[Personne ne nous a demandé notre avis sur les camions]{C}", "direct", "peste",
      ("un [riverain].", None, None), gender="male",
      note="an unnamed resident: a noun-phrase speaker without its article, canonical and label null; 'un riverain' "
           "shows the gender; present-tense inverted cue")
    Q(a, f"Selon le collectif {RV}, qui a lancé une pétition en septembre, [1{NB}400 habitants s'opposent déjà au projet].",
      "indirect", "[Selon] le collectif", (RV, RV, ORG),
      note="'Selon le collectif X, <relative clause>, <clause>': the clause after the relative one")
    Q(a, f"Selon la préfecture, [l'enquête publique s'est achevée avec 58{NB}% d'avis favorables].", "indirect",
      "[Selon] la préfecture", ("la [préfecture],", None, None),
      note="the prefecture is an administration the text does not name: a noun-phrase speaker, canonical and label "
           "null (not the prefect)")
    Q(a, "savoir qu'[elle attendrait une étude complémentaire sur la nappe phréatique avant de signer l'autorisation environnementale].",
      "indirect", "a fait savoir", (NK, NK, PER), gender="female",
      note="'La préfète de la Drôme, X, a fait savoir qu'<clause>': the span after the elided 'qu''; 'La préfète' "
           "shows the gender")
    Q(a, f"{O}[Le dossier sera tranché sur le fond, pas sous la pression]{C}", "direct", "a-t-elle ajouté",
      ("a-t-[elle] ajouté", NK, PER), gender="female", note="'elle' is the prefect of the sentence before")
    Q(a, "communiqué que [les travaux pourraient commencer au printemps 2037].", "indirect", "a indiqué",
      ("l'[industriel grenoblois] a indiqué", EL, ORG),
      note="'De son côté, l'industriel grenoblois a indiqué dans un communiqué que <clause>': the company through a "
           "noun phrase with its adjective (canonical Électrolia, named before); the communiqué the medium")
    Q(a, f"{O}[Nous recruterons 70{NB}% des salariés dans la vallée]{C}", "direct", "a promis",
      ("la [nouvelle directrice],", SC, PER), gender="female",
      note="a noun-phrase speaker with its adjective, canonical the woman named in the sentence before")
    V(a, "role", "maire", {"person": CA, "title": "maire"},
      note="'la maire, X': no organization (the town is a place)")
    V(a, "role", "président", {"person": JF, "title": "président", "organization": ("opt", SVC)},
      note="'Son président, X': 'Son' is the opposition group, named in the first paragraph and referred to by 'le "
           "groupe' in the sentence before")
    V(a, "role", "préfète", {"person": NK, "title": "préfète"},
      note="'La préfète de la Drôme, X': the département is a place, no organization")
    V(a, "role", "directrice de l'usine", {"person": SC, "title": "directrice de l'usine", "organization": f"[{EL}] a nommé"},
      note="the appointment: 'Électrolia a nommé lundi X directrice de l'usine', the company the subject; 'la "
           "nouvelle directrice' restates it")
    V(a, "role", "ingénieure", {"person": SC, "title": "ingénieure", "organization": AL},
      note="'ancienne ingénieure chez Air Liquide': a former post, title without 'ancienne'")


def define_r2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (agency style)
    OD, KL, SIP, FJ, LH, SW = "Ondira", "Kraftlinie", "Skagen Infra Partners", "Femke Jansen", "Lukas Hoffmeister", "Sander de Wit"
    BEI, JA = "Banque européenne d'investissement", "Jonas Albrecht"
    # ------------------------------------------------------------ R2: a Dutch grid-software scale-up buys a German rival, its results, a fund's stake, a new CFO (AFP dispatch in French)
    a = B.article("R2-rachat-logiciels-reseaux-amsterdam", "2037-03-11", (
        f"{OD} jette son dévolu sur l'allemand {KL}\n\n"
        f"AMSTERDAM, 11 mars 2037 (AFP) - La scale-up néerlandaise {OD}, spécialiste des logiciels de pilotage des "
        f"réseaux électriques, met la main sur son concurrent allemand {KL}. Elle a annoncé mercredi avoir signé un "
        "accord pour racheter la totalité du capital de la société hambourgeoise pour 390 millions d'euros, payés pour "
        "moitié en actions. La finalisation est attendue au troisième trimestre, après le feu vert de la Commission "
        f"européenne. Fondée en 2028, {KL} a réalisé l'an dernier un chiffre d'affaires de 44 millions d'euros, en "
        f"hausse de 60 %. Son fondateur, {JA}, rejoindra le comité exécutif d'{OD}.\n\n"
        "La partie en numéraire sera financée grâce à la levée de 80 millions d'euros bouclée en 2034 auprès du fonds "
        f"britannique Atomico et de la {BEI} (BEI).\n\n"
        "Le groupe a publié dans la foulée ses résultats annuels. En 2036, son chiffre d'affaires a bondi de 38 %, à "
        "214 millions d'euros, tandis que son Ebitda progressait de 52 %, à 41 millions d'euros. Son bénéfice net "
        f"atteint 16,8 millions d'euros, en hausse de 71 %. {OD} réalise 45 % de ses ventes hors des Pays-Bas.\n\n"
        f"Le fonds d'infrastructure danois {SIP} est par ailleurs entré au capital d'{OD} à hauteur de 30 %, en "
        "rachetant pour 360 millions d'euros les parts de plusieurs investisseurs historiques. Cette transaction "
        "valorise l'entreprise 1,2 milliard d'euros.\n\n"
        f"{O}Avec {KL}, nous devenons le numéro un européen de la gestion des réseaux{C}, a déclaré la directrice "
        f"générale d'{OD}, {FJ}, lors d'une conférence téléphonique. Elle a précisé que les 240 salariés de la cible "
        "resteraient basés à Hambourg.\n\n"
        f"Selon {LH}, analyste chez Berenberg, le prix payé reste raisonnable au regard de la croissance de {KL}. "
        f"{O}{OD} achète du temps : seule, il lui aurait fallu cinq ans pour percer en Allemagne{C}, estime-t-il.\n\n"
        f"{OD} a enfin nommé un nouveau directeur financier, {SW}, ancien trésorier du groupe de télécoms KPN. Il "
        "prendra ses fonctions le 1er avril."))
    for s, l, c, o in [(OD, ORG, None, False), (KL, ORG, None, False), ("AMSTERDAM", LOC, None, False),
                       ("AFP", ORG, None, False), ("Commission européenne", ORG, None, False),
                       ("Atomico", ORG, None, False), (BEI, ORG, None, False), ("BEI", ORG, BEI, False),
                       (SIP, ORG, None, False), (FJ, PER, None, False), ("Hambourg", LOC, None, False),
                       (LH, PER, None, False), ("Berenberg", ORG, None, False), ("Allemagne", LOC, None, False),
                       (SW, PER, None, False), ("KPN", ORG, None, False), (JA, PER, None, False),
                       ("Pays-Bas", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (AFP in French) copied as plain text: a headline line told with a figurative verb "
                      "('X jette son dévolu sur l'allemand Y'), then an AFP dateline with the full date ('AMSTERDAM, 11 "
                      "mars 2037 (AFP) -'), as in the twenty-third set. The reference date is the dateline day "
                      "(Wednesday 11 March 2037), the day of the announcement ('a annoncé mercredi'). Straight "
                      "apostrophes; ordinary spaces before '%' and inside the guillemets (agency style).")
    a["notes"].append("Entities: the coined Dutch scale-up 'Ondira' (headline, lead, 'd'Ondira' three times after the elision, "
                      "'Ondira réalise', inside the analyst's marked words, 'Ondira a enfin nommé': eight mentions) and "
                      "its coined German target 'Kraftlinie' (headline, lead, 'Fondée en 2028, Kraftlinie', inside the "
                      "CEO's marked words, the analyst's clause: five mentions) are ORG; the dateline 'AMSTERDAM' keeps its case and is LOC; 'AFP', 'Commission européenne', the "
                      "venture fund 'Atomico' (after 'du fonds britannique'), the public bank 'Banque européenne "
                      "d'investissement' and its acronym in brackets 'BEI' (canonical the full name), the coined Danish "
                      "infrastructure fund 'Skagen Infra Partners', the bank 'Berenberg' (after 'chez') and the "
                      "telecoms group 'KPN' (after 'du groupe de télécoms') are ORG; 'Hambourg' (inside the CEO's "
                      "reported clause), 'Allemagne' (inside the analyst's marked words) and 'Pays-Bas' ('hors des "
                      "Pays-Bas', one name with its hyphen) are LOC; the target's founder, the CEO, the analyst and "
                      "the new CFO (the particle 'de' inside the surname, 'Sander de Wit') are PER. Not "
                      "names: 'Ebitda' (a metric), 'l'allemand' (a firm by its adjective), 'néerlandaise', 'danois', "
                      "'britannique', 'hambourgeoise' (adjectives), 'La scale-up', 'son concurrent', 'la société "
                      "hambourgeoise', 'le comité exécutif', 'Le groupe', 'l'entreprise', 'la cible', 'plusieurs investisseurs historiques'.")
    a["notes"].append("Quotes (5 required: 2 direct, 3 indirect): the company through a pronoun ('La scale-up "
                      "néerlandaise Ondira, ..., met la main sur ... Elle a annoncé mercredi avoir signé ...': span "
                      "from the infinitive to the full stop; speaker 'Elle', canonical Ondira, ORG: the company named "
                      "as the subject of the sentence before); the CEO '« ... », a déclaré la directrice générale "
                      "d'Ondira, X, lors d'une conférence téléphonique' (the name in apposition to the title speaks) "
                      "then 'Elle a précisé que <clause>' ('Elle' is now the CEO, the subject of the sentence before); "
                      "the analyst 'Selon X, analyste chez Berenberg, <clause>' then '« ... », estime-t-il' (a pronoun "
                      "in an inverted present-tense cue). Not quotes: 'met la main sur', 'La finalisation est attendue "
                      "...', 'Le groupe a publié dans la foulée ses résultats annuels' (a publication, no words "
                      "reported), 'Cette transaction valorise ...', 'a enfin nommé ...', the headline.")
    a["notes"].append("Events: one fact, one event. Acquisition: the takeover told with figurative verbs (headline 'jette "
                      "son dévolu sur', lead 'met la main sur') and in full ('avoir signé un accord pour racheter la "
                      "totalité du capital de la société hambourgeoise pour 390 millions d'euros'): one announced "
                      "acquisition (an agreement signed, closing expected after the Commission's approval), trigger "
                      "'racheter', target Kraftlinie, buyer Ondira, amount, date 'mercredi'; no stake ('la totalité du "
                      "capital' is no percentage). Funding: the buyer's earlier round referred back ('la levée de 80 "
                      "millions d'euros bouclée en 2034 auprès du fonds britannique Atomico et de la Banque européenne "
                      "d'investissement (BEI)'): company Ondira (named at the end of the paragraph before), both "
                      "investors, year. Results: the target's revenue ('Fondée en 2028, Kraftlinie a réalisé l'an "
                      "dernier un chiffre d'affaires de 44 millions d'euros, en hausse de 60 %': company Kraftlinie, "
                      "period 'an dernier'); the buyer's results of 2036 (the year written once for the sentence): revenue ('son chiffre "
                      "d'affaires a bondi de 38 %, à ...', period required), Ebitda ('son Ebitda progressait de 52 %, à "
                      "...', metric ebitda, period optional) and net profit in the next sentence ('Son bénéfice net "
                      "atteint ..., en hausse de 71 %', period optional). Acquisition: a fund buying a stake from "
                      "earlier investors ('Skagen Infra Partners est par ailleurs entré au capital d'Ondira à hauteur "
                      "de 30 %, en rachetant pour 360 millions d'euros les parts de plusieurs investisseurs "
                      "historiques'): done, trigger 'entré au capital' (the verb phrase that states it), target Ondira, buyer the fund, stake '30 %', "
                      "amount; no seller (the sellers are not named); no new money reaches the company, so no funding "
                      "event. Valuation: 'Cette transaction valorise l'entreprise 1,2 milliard d'euros' (no funding "
                      "event carries it; an acquisition has no valuation role), company Ondira. Roles: 'Son fondateur, X' "
                      "('Son' is Kraftlinie, the subject of the sentence before: organization optional, as 'Son "
                      "fondateur, X' in the twenty-fifth set), 'la directrice "
                      "générale d'Ondira, X', 'X, analyste chez Berenberg', 'Ondira a enfin nommé un nouveau directeur "
                      "financier, X' (the company the subject: organization required, as the sixteenth set's "
                      "appointment) and 'ancien trésorier du groupe de télécoms KPN' (a former post, title without "
                      "'ancien', organization required). Not events: 'Fondée en 2028' (a founding date, no title), "
                      "'rejoindra le comité exécutif d'Ondira' (a seat with no title), the Commission's approval, the "
                      "payment in shares, the share of sales abroad, the staff kept, the CFO's start date (no role "
                      "argument).")
    a["notes"].append("Money: the price '390 millions d'euros', the target's revenue '44 millions d'euros', the round '80 "
                      "millions d'euros', the revenue '214 millions "
                      "d'euros', the Ebitda '41 millions d'euros', the net profit '16,8 millions d'euros', the stake's "
                      "price '360 millions d'euros', the valuation '1,2 milliard d'euros'. 'pour moitié' and 'la "
                      "totalité' are no percentages; '240 salariés' is a count; 'le numéro un' no number to annotate. "
                      "Percentages: the rises '60 %', '38 %', '52 %', '71 %' (no sign), the share of sales abroad '45 %' "
                      "and the stake '30 %' (after 'à hauteur de', outside the span).")
    a["notes"].append("Dates: the dateline '11 mars 2037' 2037-03-11; 'mercredi' (the announcement) the dateline day; "
                      "'au troisième trimestre' (the closing expected) 2037-Q3 (span 'troisième trimestre'); 'Fondée en "
                      "2028', 'bouclée en 2034' and 'En 2036' the years; 'l'an dernier' 2036 (span 'an dernier'); 'cinq ans' (inside the analyst's marked words, 'il lui aurait "
                      "fallu cinq ans') a duration, P5Y; 'le 1er avril' (future: 'prendra ses fonctions') 2037-04-01.")
    M(a, "390 millions d'euros", 390e6, "EUR")
    M(a, "44 millions d'euros", 44e6, "EUR")
    M(a, "80 millions d'euros", 80e6, "EUR")
    M(a, "214 millions d'euros", 214e6, "EUR")
    M(a, "41 millions d'euros", 41e6, "EUR")
    M(a, "16,8 millions d'euros", 16.8e6, "EUR")
    M(a, "360 millions d'euros", 360e6, "EUR")
    M(a, "1,2 milliard d'euros", 1.2e9, "EUR")
    P(a, "60 %", 60)
    P(a, "38 %", 38)
    P(a, "52 %", 52)
    P(a, "71 %", 71)
    P(a, "45 %", 45)
    P(a, "30 %", 30)
    D(a, "11 mars 2037", "2037-03-11", note="the AFP dateline")
    D(a, "mercredi", "2037-03-11", note="'Elle a annoncé mercredi': the dateline day")
    D(a, "troisième trimestre", "2037-Q3", note="'La finalisation est attendue au troisième trimestre'")
    D(a, "2028", "2028", note="'Fondée en 2028'")
    D(a, "an dernier", "2036", note="'Kraftlinie a réalisé l'an dernier un chiffre d'affaires': 2036 from a March 2037 dispatch")
    D(a, "2034", "2034", note="'la levée de 80 millions d'euros bouclée en 2034'")
    D(a, "2036", "2036", note="'En 2036, son chiffre d'affaires ...'")
    D(a, "cinq ans", "P5Y", typ="DURATION", note="'il lui aurait fallu cinq ans', inside the analyst's marked words")
    D(a, "1er avril", "2037-04-01", note="future: 'Il prendra ses fonctions le 1er avril'")
    Q(a, "annoncé mercredi [avoir signé un accord pour racheter la totalité du capital de la société hambourgeoise pour 390 millions d'euros, payés pour moitié en actions].",
      "indirect", "a annoncé", ("[Elle] a annoncé", OD, ORG),
      note="'Elle' is the company, subject of the sentence before; the span starts at the infinitive")
    Q(a, f"{O}[Avec {KL}, nous devenons le numéro un européen de la gestion des réseaux]{C}", "direct", "a déclaré",
      (FJ, FJ, PER), gender="female",
      note="the name in apposition to 'la directrice générale d'Ondira', which shows the gender")
    Q(a, "précisé que [les 240 salariés de la cible resteraient basés à Hambourg].", "indirect", "a précisé",
      ("[Elle] a précisé", FJ, PER), gender="female", note="'Elle' is the CEO of the sentence before")
    Q(a, f"Selon {LH}, analyste chez Berenberg, [le prix payé reste raisonnable au regard de la croissance de {KL}].",
      "indirect", f"[Selon] {LH}", (LH, LH, PER), gender="male",
      note="'Selon X, analyste chez Y, <clause>': the clause after the apposition; the given name shows the gender")
    Q(a, f"{O}[{OD} achète du temps : seule, il lui aurait fallu cinq ans pour percer en Allemagne]{C}", "direct",
      "estime-t-il", ("estime-t-[il]", LH, PER), gender="male",
      note="a pronoun in an inverted present-tense cue: the analyst of the sentence before")
    V(a, "acquisition", "racheter", {"target": KL, "buyer": OD, "amount": "390 millions d'euros", "date": "mercredi",
                                     "status": "announced"},
      note="the headline's 'jette son dévolu sur' and the lead's 'met la main sur' state the same deal; an agreement "
           "signed, closing expected after the Commission's approval: announced")
    V(a, "funding", "levée", {"company": OD, "amount": "80 millions d'euros", "investors": ["Atomico", BEI],
                              "date": "2034"},
      note="the buyer's earlier round referred back ('la levée de 80 millions d'euros bouclée en 2034 auprès de X et "
           "de Y'); the company is the subject of the paragraph before")
    V(a, "result", "chiffre d'affaires", {"company": KL, "metric": "revenue", "amount": "44 millions d'euros",
                                          "change": "60 %", "period": "an dernier"}, nth=0,
      note="'Fondée en 2028, Kraftlinie a réalisé l'an dernier un chiffre d'affaires de ..., en hausse de 60 %': the target's revenue")
    V(a, "role", "fondateur", {"person": JA, "title": "fondateur", "organization": ("opt", KL)},
      note="'Son fondateur, X': 'Son' is Kraftlinie, the subject of the sentence before")
    V(a, "result", "chiffre d'affaires", {"company": OD, "metric": "revenue", "amount": "214 millions d'euros",
                                          "change": "38 %", "period": "2036"}, nth=1,
      note="'En 2036, son chiffre d'affaires a bondi de 38 %, à ...'")
    V(a, "result", "Ebitda", {"company": OD, "metric": "ebitda", "amount": "41 millions d'euros", "change": "52 %",
                              "period": ("opt", "2036")},
      note="'tandis que son Ebitda progressait de 52 %, à ...': the year written once for the sentence")
    V(a, "result", "bénéfice net", {"company": OD, "metric": "net_income", "amount": "16,8 millions d'euros",
                                    "change": "71 %", "period": ("opt", "2036")},
      note="'Son bénéfice net atteint ..., en hausse de 71 %': the year of the sentence before")
    V(a, "acquisition", "entré au capital", {"target": OD, "buyer": SIP, "amount": "360 millions d'euros",
                                             "stake": "30 %", "status": "done"},
      note="a fund buying 30 % from earlier investors ('à hauteur de 30 %, en rachetant pour ... les parts de plusieurs "
           "investisseurs historiques'): no new money, so no funding event; the sellers are not named")
    V(a, "valuation", "valorise", {"company": OD, "amount": "1,2 milliard d'euros"},
      note="'Cette transaction valorise l'entreprise ...': the value the stake's price implies; no funding event "
           "carries it")
    V(a, "role", "directrice générale", {"person": FJ, "title": "directrice générale", "organization": OD},
      note="'la directrice générale d'Ondira, X'")
    V(a, "role", "analyste", {"person": LH, "title": "analyste", "organization": "Berenberg"},
      note="'X, analyste chez Berenberg'")
    V(a, "role", "directeur financier", {"person": SW, "title": "directeur financier", "organization": f"[{OD}] a enfin"},
      note="'Ondira a enfin nommé un nouveau directeur financier, X': the new CFO, the company the subject")
    V(a, "role", "trésorier", {"person": SW, "title": "trésorier", "organization": "KPN"},
      note="'X, ancien trésorier du groupe de télécoms KPN': a former post, title without 'ancien'")


def define_s2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    MTB, CL, GP, JB, BE = "Mistral Toulon Basket", "Cédric Lamarque", "Goran Petrović", "Jalen Brooks", "Bernard Estienne"
    BSC, EC = "Bayline Sports Capital", "Élan Chalon"
    # ------------------------------------------------------------ S2: a basketball club's new coach wins his first match; a US fund in talks to buy it (French sports desk, web)
    a = B.article("S2-basket-toulon-entraineur-fonds", "2037-05-11", (
        f"Basket : Lamarque réussit ses débuts, le {MTB} se cherche un repreneur\n"
        "Par Romain Gastaldi\n"
        "Publié le 11 mai 2037 à 8h15\n\n"
        f"Le pari a payé d{AP}entrée. Pour son premier match sur le banc du {MTB}, {CL} a offert samedi une "
        "victoire précieuse face à Cholet (84-79), au palais des sports de Toulon. Menée de onze points à la pause, "
        f"l{AP}équipe a renversé la rencontre dans le dernier quart-temps, portée par son meneur américain {JB}, "
        "auteur de 26 points.\n\n"
        f"Ancien entraîneur de l{AP}{EC}, qu{AP}il avait conduit en demi-finale des play-offs en 2035, Lamarque, 44 ans, a été nommé mardi entraîneur principal jusqu{AP}en juin "
        f"2039. Il remplace {GP}, entraîneur du club depuis 2034, limogé après six défaites consécutives qui avaient "
        f"fait glisser l{AP}équipe à la treizième place de Betclic Élite.\n\n"
        f"{O}Les joueurs avaient besoin qu{AP}on leur rende de la liberté. Ils se sont fait plaisir{C}, a savouré "
        "Lamarque en conférence de presse. Selon lui, le maintien se jouera lors des trois dernières journées. "
        f"{O}Le coach nous a demandé de courir et de partager le ballon, on l{AP}a fait{C}, a résumé {JB}. L{AP}équipe se rendra samedi prochain à Monaco.\n\n"
        f"En coulisses, l{AP}avenir du club se joue aussi. Selon Var-Matin, le fonds d{AP}investissement américain "
        f"{BSC} serait en discussions avancées pour racheter 75{NN}% du {MTB}. Le président du club, {BE}, "
        "actionnaire majoritaire depuis 2029, a confirmé que des discussions étaient en cours. "
        f"{O}Rien n{AP}est signé, mais nous espérons conclure fin juin{C}, a-t-il ajouté. Contacté, {BSC} "
        f"n{AP}a pas souhaité commenter. Basé à Boston, le fonds possède déjà un club de hockey au Canada.\n\n"
        f"Le club, dont le budget de 6,8 millions d{AP}euros est l{AP}un des plus modestes du championnat, traîne une "
        f"dette de 2,1 millions d{AP}euros et a vu son affluence reculer de 12{NN}% en un an. Son projet : porter le budget à 11 millions d{AP}euros dès la saison "
        f"prochaine. {O}Sans argent frais, nous serions condamnés à lutter pour le maintien{C}, a reconnu le "
        "président."))
    for s, l, c, o in [(MTB, ORG, None, False), (CL, PER, None, False), ("Lamarque", PER, CL, False),
                       ("Romain Gastaldi", PER, None, False), ("Cholet", ORG, None, False), ("Toulon", LOC, None, False),
                       (JB, PER, None, False), (EC, ORG, None, False), (GP, PER, None, False),
                       ("Betclic Élite", MISC, None, False), ("Var-Matin", ORG, None, False), (BSC, ORG, None, False),
                       (BE, PER, None, False), ("Monaco", LOC, None, False), ("Boston", LOC, None, False),
                       ("Canada", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French sports desk copied as plain text: a headline opened by the sport's name "
                      "and a colon ('Basket : ...', no name), a byline ('Par Romain Gastaldi') and a publication line "
                      "whose clock time has no leading zero ('Publié le 11 mai 2037 à 8h15'), no dateline. The "
                      "reference date is that day (Monday 11 May 2037), two days after the match ('samedi'). Every "
                      "apostrophe is the typographic one (U+2019: 'd’entrée', 'l’équipe', 'l’Élan Chalon', "
                      "'jusqu’en', 'qu’on', 'd’investissement', 'n’est', 'd’euros'); narrow no-break spaces (U+202F) "
                      "before '%' and inside the guillemets.")
    a["notes"].append("Entities: the invented club 'Mistral Toulon Basket' (headline, lead, the fund's target: one ORG "
                      "each time, no separate 'Toulon' inside) is ORG; the new coach (full name once, the surname alone "
                      "in the headline, in apposition and after the cue 'a savouré': canonical Cédric Lamarque), the "
                      "sacked coach, the player (twice), the president and the byline's journalist are PER (all "
                      "invented); the opponent by its town 'Cholet' ('face à Cholet': the club, as 'Lens' and "
                      "'Clermont' in the seventeenth set) and the former club 'Élan Chalon' (after the elided 'l’') "
                      "are ORG; 'Toulon' in 'au palais des sports de Toulon' (the town where the hall stands; the hall "
                      "has no name of its own) is LOC; the league 'Betclic Élite' is MISC (a competition, as 'Ligue 1'); "
                      "the regional paper 'Var-Matin' (one token with its hyphen) and the invented US fund 'Bayline "
                      "Sports Capital' (twice) are ORG; 'Monaco' ('L’équipe se rendra samedi prochain à Monaco': the "
                      "town where the next match is played, as 'le déplacement à Lens' in the twenty-fourth set), "
                      "'Boston' and 'Canada' are LOC. Not names: 'Basket', 'le club', 'l’équipe', 'le coach', 'le "
                      "championnat', 'le président', 'Le club', 'le fonds', 'play-offs'; 'américain' is an adjective.")
    a["notes"].append("Quotes (7 required: 4 direct, 3 indirect): the new coach by his surname ('« ... », a savouré "
                      "Lamarque en conférence de presse': two sentences in one pair of marks, one quote) then 'Selon "
                      "lui, <clause>'; the player by name ('« ... », a résumé X'); the paper ('Selon Var-Matin, "
                      "<clause>': the rumour with its conditional 'serait'); the president 'Le président du club, X, "
                      "actionnaire majoritaire depuis 2029, a confirmé que <clause>', then '« ... », a-t-il ajouté' "
                      "('il' is the president of the sentence before) and '« ... », a reconnu le président' (a "
                      "noun-phrase speaker, canonical the president named in the paragraph before). Not quotes: "
                      "'Contacté, X n’a pas souhaité commenter' (no words reported), 'Son projet : porter le budget "
                      "...' (the paper's own words, no speaker, no marks), 'Le pari a payé d’entrée', the headline.")
    a["notes"].append("Events: acquisition: the fund's talks reported by a paper ('Selon Var-Matin, le fonds "
                      "d’investissement américain X serait en discussions avancées pour racheter 75 % du Mistral Toulon "
                      "Basket'): planned, trigger 'racheter', target the club, buyer the fund, stake '75 %'; the "
                      "president's hoped-for closing 'fin juin' (inside his marked words) is an optional date; the "
                      "headline's 'se cherche un repreneur' restates it. Roles: 'Ancien entraîneur de l’Élan Chalon, "
                      "Lamarque' (a former post fronted before the name, title without 'Ancien', organization "
                      "required); 'a été nommé mardi entraîneur principal' (the new post, organization optional: the "
                      "club of the article, 'sur le banc du Mistral Toulon Basket' in the lead); 'X, entraîneur du "
                      "club depuis 2034' (the sacked coach's post, organization optional: 'du club' is the club of the "
                      "article, named by no name in the phrase); 'Le président du club, X' (organization optional, as "
                      "'le président, X' in the twenty-fourth set; 'le président' at the end restates it). Optional: "
                      "'son meneur américain X' (a player's position, as 'le milieu brésilien X' in the twenty-fourth "
                      "set); the club's debt ('traîne une dette de 2,1 millions d’euros': a balance-sheet figure, "
                      "metric other, as a net debt in the tenth set). Not events: the sacking itself (the role carries "
                      "the post), the match and its score, the ranking, the 2035 play-off run, the attendance fall, 'actionnaire majoritaire depuis 2029' (a "
                      "holding, no title), the budget and the fund's plan for it (a plan, no result), the fund's "
                      "refusal to comment.")
    a["notes"].append("Money: the budget '6,8 millions d’euros', the debt '2,1 millions d’euros', the planned budget "
                      "'11 millions d’euros'. Percentages: the stake '75 %', the attendance fall '12 %' (no sign). The score '(84-79)', 'onze points', "
                      "'26 points', 'six défaites', 'la treizième place', 'trois dernières journées' are not annotated.")
    a["notes"].append("Dates: the publication line '11 mai 2037 à 8h15' is one TIME (an hour with no leading zero), "
                      "2037-05-11T08:15; 'samedi' (past: the match) 2037-05-09; 'mardi' (past: 'a été nommé mardi') "
                      "2037-05-05; 'jusqu’en juin 2039' 2039-06 (span 'juin 2039'); 'en 2035', 'depuis 2034' and "
                      "'depuis 2029' the years; 'samedi prochain' (the next match) 2037-05-16; 'en un an' a duration, "
                      "P1Y (span 'un an'); 'fin juin' (future, inside the president's marked words) 2037-06 with mod END. "
                      "Optional: the age '44 ans'; 'dès la saison prochaine' (span 'saison prochaine'), the 2037-2038 "
                      "season, no single TIMEX3 value: 2037 as the eleventh set's 'saison dernière'.")
    M(a, f"6,8 millions d{AP}euros", 6.8e6, "EUR")
    M(a, f"2,1 millions d{AP}euros", 2.1e6, "EUR")
    M(a, f"11 millions d{AP}euros", 11e6, "EUR")
    P(a, f"75{NN}%", 75)
    P(a, f"12{NN}%", 12)
    D(a, "11 mai 2037 à 8h15", "2037-05-11T08:15", typ="TIME", note="the publication line, an hour with no leading zero")
    D(a, "samedi", "2037-05-09", note="past: the match, two days before the Monday publication")
    D(a, "2035", "2035", note="'qu’il avait conduit en demi-finale des play-offs en 2035'")
    D(a, "44 ans", "P44Y", typ="DURATION", opt=True, note="an age")
    D(a, "mardi", "2037-05-05", note="past: 'a été nommé mardi', the Tuesday before the match")
    D(a, "juin 2039", "2039-06", note="'nommé ... jusqu’en juin 2039'")
    D(a, "2034", "2034", note="'entraîneur du club depuis 2034'")
    D(a, "samedi prochain", "2037-05-16", note="future: 'L’équipe se rendra samedi prochain à Monaco'")
    D(a, "2029", "2029", note="'actionnaire majoritaire depuis 2029'")
    D(a, "un an", "P1Y", typ="DURATION", note="'a vu son affluence reculer de 12 % en un an'")
    D(a, "fin juin", "2037-06", mod="END", note="future: 'nous espérons conclure fin juin', inside the president's marked words")
    D(a, "saison prochaine", "2037", opt=True, note="'dès la saison prochaine': the 2037-2038 season, no single TIMEX3 value")
    Q(a, f"{O}[Les joueurs avaient besoin qu{AP}on leur rende de la liberté. Ils se sont fait plaisir]{C}", "direct",
      "a savouré", ("savouré [Lamarque]", CL, PER), gender="male",
      note="the surname alone after the cue; two sentences in one pair of marks: one quote; 'Le pari', 'son premier "
           "match' and 'entraîneur' show the gender")
    Q(a, "Selon lui, [le maintien se jouera lors des trois dernières journées].", "indirect", "[Selon] lui,",
      ("Selon [lui],", CL, PER), gender="male", note="a pronoun after 'Selon': the coach of the sentence before")
    Q(a, f"{O}[Le coach nous a demandé de courir et de partager le ballon, on l{AP}a fait]{C}", "direct", "a résumé",
      (JB, JB, PER), gender="male", note="the player named in the lead; 'son meneur américain' shows the gender")
    Q(a, f"Selon Var-Matin, [le fonds d{AP}investissement américain {BSC} serait en discussions avancées pour racheter 75{NN}% du {MTB}].",
      "indirect", "[Selon] Var-Matin", ("Var-Matin", "Var-Matin", ORG), note="'Selon <paper>, <clause>'")
    Q(a, "confirmé que [des discussions étaient en cours].", "indirect", "a confirmé", (BE, BE, PER), gender="male",
      note="'Le président du club, X, actionnaire majoritaire depuis 2029, a confirmé que <clause>': the name in "
           "apposition to the subject; 'Le président' shows the gender")
    Q(a, f"{O}[Rien n{AP}est signé, mais nous espérons conclure fin juin]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", BE, PER), gender="male", note="'il' is the president of the sentence before")
    Q(a, f"{O}[Sans argent frais, nous serions condamnés à lutter pour le maintien]{C}", "direct", "a reconnu",
      ("le [président].", BE, PER), gender="male",
      note="a noun-phrase speaker for the president named in the paragraph before ('le président' restates his post: "
           "no second role event)")
    V(a, "acquisition", "pour [racheter] 75", {"target": f"du [{MTB}]. Le président", "buyer": BSC, "stake": f"75{NN}%",
                                              "date": ("opt", "fin juin"), "status": "planned"},
      note="talks reported by a paper, in the conditional ('serait en discussions avancées pour racheter'): planned; "
           "the president's hoped-for closing 'fin juin' is an optional date; the headline's 'se cherche un "
           "repreneur' restates it")
    V(a, "role", "meneur", {"person": JB, "title": "meneur", "organization": ("opt", MTB)}, optional=True,
      note="'son meneur américain X': a player's position, optional as 'le milieu brésilien X' in the twenty-fourth set")
    V(a, "role", f"Ancien [entraîneur] de l{AP}", {"person": f"[Lamarque], 44 ans", "title": "entraîneur", "organization": EC},
      note="'Ancien entraîneur de l’Élan Chalon, Lamarque': a former post fronted before the name, title without "
           "'Ancien'")
    V(a, "role", "entraîneur principal", {"person": f"[Lamarque], 44 ans", "title": "entraîneur principal",
                                          "organization": ("opt", MTB)},
      note="'a été nommé mardi entraîneur principal': the new post, the club of the article")
    V(a, "role", "[entraîneur] du club depuis", {"person": GP, "title": "entraîneur", "organization": ("opt", MTB)},
      note="'X, entraîneur du club depuis 2034, limogé ...': the post he has just lost; 'du club' is the club of the "
           "article")
    V(a, "role", "Le [président] du club", {"person": BE, "title": "président", "organization": ("opt", MTB)},
      note="'Le président du club, X': the club of the article")
    V(a, "result", "dette", {"company": f"du [{MTB}]. Le président", "metric": "other", "amount": f"2,1 millions d{AP}euros"},
      optional=True, note="'Le club ... traîne une dette de ...': a balance-sheet figure, not a flow, optional as a net "
                          "debt in the tenth set")
