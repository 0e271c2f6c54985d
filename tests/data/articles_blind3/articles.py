"""The six articles of the third blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind3`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %)
NN = "\u202f"    # narrow no-break space (thousands)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"

    # ------------------------------------------------------------ A: Swiss start-up swallows a rival
    a = B.article("A-rachat-startup", "2026-04-14", (
        "LAUSANNE, 14 avril (ATS) - La jeune pousse vaudoise Nexelia, spécialisée dans la cybersécurité des "
        f"hôpitaux, met la main sur son concurrent zurichois Datawacht, dont elle acquiert 80{NB}% du capital "
        "pour 85 millions de francs suisses, a-t-elle annoncé mardi. La transaction doit être finalisée fin juin.\n\n"
        "En s'emparant de ce rival deux fois plus petit, qui emploie 60 personnes à Zurich et compte une centaine "
        "de clients en Allemagne et en Autriche, Nexelia double de taille du jour au lendemain. Les fondateurs de "
        f"Datawacht, Lukas Brunner et Mirjam Keller, conservent les 20{NB}% restants et rejoindront la direction.\n\n"
        "« Nous cherchions depuis deux ans une cible en Suisse alémanique. Datawacht était la seule qui partageait "
        "notre culture », a déclaré le directeur général de Nexelia, Julien Rochat, lors d'une conférence de presse "
        "à l'EPFL, où l'entreprise a vu le jour en 2019.\n\n"
        "L'achat sera financé en grande partie par la levée de 40 millions de francs bouclée en septembre dernier "
        "auprès du fonds genevois Lémanic Partners et du britannique Northgate Ventures. Selon le quotidien Le Temps, "
        "le tour de table de l'an dernier valorisait la société à 310 millions de francs. « Cette levée nous a donné "
        "les moyens d'être un acheteur plutôt qu'une proie », a souligné M. Rochat.\n\n"
        "Le secteur se consolide à grande vitesse. L'américain Corvant, qui avait croqué en 2024 le genevois "
        "Keyproof pour 120 millions de dollars, aurait lui aussi jeté son dévolu sur Datawacht avant de renoncer, "
        "selon plusieurs sources. En février, le groupe bernois Sécuris, valorisé 1,4 milliard de francs en Bourse, "
        "s'était emparé du lausannois Vigilo pour un montant non dévoilé.\n\n"
        "L'entreprise, qui vise un chiffre d'affaires de 50 millions de francs en 2027, n'exclut pas d'avaler "
        "d'autres proies, a précisé son directeur financier, Sandro Pittet. D'après Mirjam Keller, les clients "
        "allemands de Datawacht ont été informés lundi."))
    for s, l, c in [("LAUSANNE", LOC, None), ("ATS", ORG, None), ("Nexelia", ORG, None), ("Datawacht", ORG, None),
                    ("Zurich", LOC, None), ("Allemagne", LOC, None), ("Autriche", LOC, None),
                    ("Lukas Brunner", PER, None), ("Mirjam Keller", PER, None), ("Suisse alémanique", LOC, None),
                    ("Julien Rochat", PER, None), ("Rochat", PER, "Julien Rochat"), ("EPFL", ORG, None),
                    ("Lémanic Partners", ORG, None), ("Northgate Ventures", ORG, None), ("Le Temps", ORG, None),
                    ("Corvant", ORG, None), ("Keyproof", ORG, None), ("Sécuris", ORG, None), ("Vigilo", ORG, None),
                    ("Sandro Pittet", PER, None)]:
        E(a, s, l, c)
    a["notes"].append("Entities: 'à l'EPFL' is the school (ORG), as 'École polytechnique' in the first set; 'en "
                      "Bourse' is generic, not an entity; 'vaudoise', 'zurichois', 'genevois', 'britannique', "
                      "'américain', 'bernois', 'lausannois', 'allemands' are adjectives.")
    a["notes"].append("Money: 'francs' in this Swiss article are Swiss francs (CHF), as the first amount says "
                      "('francs suisses'). The 50 millions de francs of 2027 is a target, not a result.")
    a["notes"].append("Events: 'met la main sur', 'En s'emparant de' and 'L'achat' are one acquisition (the "
                      "most complete mention carries it); it is 'announced' (to be completed 'fin juin'). The "
                      "funding round 'la levée ... bouclée en septembre dernier' is referred back to as 'le tour "
                      "de table de l'an dernier' (which gives its valuation) and 'Cette levée': one funding "
                      "event. 'n'exclut pas d'avaler d'autres proies' names no target: no event. 'du jour au "
                      "lendemain' is an idiom, not a date.")
    M(a, "85 millions de francs suisses", 85e6, "CHF")
    M(a, "40 millions de francs", 40e6, "CHF")
    M(a, "310 millions de francs", 310e6, "CHF")
    M(a, "120 millions de dollars", 120e6, "USD")
    M(a, "1,4 milliard de francs", 1.4e9, "CHF")
    M(a, "50 millions de francs", 50e6, "CHF")
    P(a, f"80{NB}%", 80)
    P(a, f"20{NB}%", 20)
    D(a, "14 avril", "2026-04-14", note="dateline")
    D(a, "mardi", "2026-04-14", note="the dateline day")
    D(a, "fin juin", "2026-06", mod="END", note="future: 'doit être finalisée fin juin'")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'depuis deux ans'")
    D(a, "2019", "2019")
    D(a, "septembre dernier", "2025-09")
    D(a, "an dernier", "2025", note="'le tour de table de l'an dernier'")
    D(a, "2024", "2024")
    D(a, "février", "2026-02", note="past tense ('s'était emparé'), before the April reference date")
    D(a, "2027", "2027")
    D(a, "lundi", "2026-04-13", note="past tense: the day before the dateline")
    Q(a, f"[La jeune pousse vaudoise Nexelia, spécialisée dans la cybersécurité des hôpitaux, met la main sur son concurrent zurichois Datawacht, dont elle acquiert 80{NB}% du capital pour 85 millions de francs suisses], a-t-elle",
      "indirect", "a-t-elle annoncé", ("a-t-[elle] annoncé", "Nexelia", ORG),
      note="inverted reporting clause: the sentence before it is the quote; 'elle' is the company")
    Q(a, "« [Nous cherchions depuis deux ans une cible en Suisse alémanique. Datawacht était la seule qui partageait notre culture] »",
      "direct", "a déclaré", ("Julien Rochat", "Julien Rochat", PER), gender="male")
    Q(a, "Le Temps, [le tour de table de l'an dernier valorisait la société à 310 millions de francs].",
      "indirect", "Selon", ("Le Temps", "Le Temps", ORG))
    Q(a, "« [Cette levée nous a donné les moyens d'être un acheteur plutôt qu'une proie] »", "direct",
      "a souligné", ("Rochat", "Julien Rochat", PER), gender="male")
    Q(a, "[L'américain Corvant, qui avait croqué en 2024 le genevois Keyproof pour 120 millions de dollars, aurait lui aussi jeté son dévolu sur Datawacht avant de renoncer], selon",
      "indirect", "[selon] plusieurs sources", ("[plusieurs sources]", None, None))
    Q(a, "[L'entreprise, qui vise un chiffre d'affaires de 50 millions de francs en 2027, n'exclut pas d'avaler d'autres proies], a précisé",
      "indirect", "a précisé", ("Sandro Pittet", "Sandro Pittet", PER), gender="male",
      note="inverted reporting clause; the speaker is the name in apposition to 'son directeur financier'")
    Q(a, "Keller, [les clients allemands de Datawacht ont été informés lundi].", "indirect", "D'après",
      ("Mirjam Keller", "Mirjam Keller", PER), gender="female")
    V(a, "acquisition", "met la main sur", {
        "target": "Datawacht", "buyer": "Nexelia", "amount": "85 millions de francs suisses",
        "stake": f"80{NB}%", "date": "mardi", "status": "announced"},
      note="a purchase agreed and announced, to be completed 'fin juin'")
    V(a, "funding", "levée", {
        "company": "Nexelia", "amount": "40 millions de francs",
        "investors": ["Lémanic Partners", "Northgate Ventures"], "valuation": "310 millions de francs",
        "date": "septembre dernier"},
      note="the company is the subject of the paragraphs before ('L'achat sera financé ... par la levée'); "
           "the valuation comes from the next sentence, which refers back to the round")
    V(a, "acquisition", "croqué", {
        "target": "Keyproof", "buyer": "Corvant", "amount": "120 millions de dollars", "date": "2024",
        "status": "done"})
    V(a, "acquisition", "jeté son dévolu", {"target": "Datawacht", "buyer": "Corvant", "status": "planned"},
      note="a reported interest then dropped ('aurait ... jeté son dévolu ... avant de renoncer'): planned")
    V(a, "acquisition", "s'était emparé", {"target": "Vigilo", "buyer": "Sécuris", "date": "février",
                                            "status": "done"})
    V(a, "valuation", "valorisé", {"company": "Sécuris", "amount": "1,4 milliard de francs"},
      note="a market value, no funding round carries it")
    V(a, "role", "directeur général", {"person": "Julien Rochat", "title": "directeur général",
                                       "organization": "Nexelia"})
    V(a, "role", "directeur financier", {"person": "Sandro Pittet", "title": "directeur financier",
                                         "organization": ("opt", "Nexelia")},
      note="'son directeur financier': 'L'entreprise' (Nexelia)")
    V(a, "role", "fondateurs", {"person": "Lukas Brunner", "title": "fondateurs", "organization": "Datawacht"},
      note="plural apposition: one role per person; title as written")
    V(a, "role", "fondateurs", {"person": "Mirjam Keller", "title": "fondateurs", "organization": "Datawacht"},
      note="plural apposition: one role per person; title as written")

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ B: half-year results, guidance raised
    a = B.article("B-resultats-semestriels", "2026-07-29", (
        "PARIS, 29 juillet (AFP) - Le groupe d'équipements ferroviaires Ferlane a relevé mercredi ses objectifs "
        "pour l'année après un premier semestre meilleur que prévu, porté par les commandes de trains régionaux "
        "en Allemagne et en Italie.\n\n"
        f"Le chiffre d'affaires semestriel a atteint 3,42 milliards d'euros, en hausse de 7,8{NB}% sur un an et "
        f"de 6,1{NB}% à périmètre et changes constants, a indiqué la société dans un communiqué. Le résultat net "
        f"part du groupe bondit de 18{NB}%, à 214 millions d'euros, et la marge opérationnelle courante gagne "
        f"1,1 point, à 9,6{NB}%.\n\n"
        "Les prises de commandes ont atteint le niveau record de 5,2 milliards d'euros, en progression de "
        f"23{NB}%. Le carnet de commandes représente désormais près de quatre années d'activité.\n\n"
        "« Nous récoltons les fruits du plan d'efficacité lancé il y a dix-huit mois. Chaque site a réduit ses "
        "coûts fixes », a expliqué le directeur financier, Bertrand Lesage, lors d'une conférence téléphonique. "
        "Il a ajouté que la trésorerie disponible resterait « nettement positive » sur l'ensemble de l'exercice.\n\n"
        f"Le groupe vise désormais une croissance organique comprise entre 6 et 7{NB}% en 2026, contre 4 à 5{NB}% "
        f"auparavant, et une marge opérationnelle d'au moins 9,8{NB}%. Selon le communiqué, le conseil "
        "d'administration proposera un programme de rachat d'actions de 300 millions d'euros d'ici fin 2027.\n\n"
        "« Le relèvement était attendu, mais pas dans cette ampleur », estime Camille Aubry, analyste chez Oddo "
        "BHF, qui juge la valorisation « encore raisonnable ». À la Bourse de Paris, l'action Ferlane bondissait "
        f"de 6,4{NB}% vers 10 h 15, en tête du SBF 120.\n\n"
        "La présidente-directrice générale, Hélène Marsac, a toutefois prévenu que le second semestre serait "
        "pénalisé par la hausse des prix de l'acier. Le groupe dit n'avoir « aucune intention » de céder sa "
        "division signalisation, contrairement à ce qu'affirmait la semaine dernière le quotidien Les Echos."))
    for s, l in [("PARIS", LOC), ("AFP", ORG), ("Ferlane", ORG), ("Allemagne", LOC), ("Italie", LOC),
                 ("Bertrand Lesage", PER), ("Camille Aubry", PER), ("Oddo BHF", ORG), ("Bourse de Paris", ORG),
                 ("Hélène Marsac", PER), ("Les Echos", ORG)]:
        E(a, s, l)
    E(a, "SBF 120", MISC, opt=True)
    a["notes"].append("Entities: 'SBF 120' (a stock index) is optional MISC, as 'CAC 40' in the first set.")
    a["notes"].append("Events: the guidance ('vise ... entre 6 et 7 % en 2026', 'au moins 9,8 %') is a forecast, "
                      "not a result; the share buyback ('programme de rachat d'actions') is not an acquisition; "
                      "the denied sale of the signalling division names no entity: no event. The operating "
                      "margin (a rate, '+1,1 point') is an optional result, as margins in the first set. "
                      "'contrairement à ce qu'affirmait ... Les Echos' has no reported clause: not a quote.")
    a["notes"].append("Quotes: 'la société' and 'le groupe' are Ferlane; 'Selon le communiqué' is Ferlane's "
                      "statement ('a indiqué la société dans un communiqué'), so its issuer speaks. 'Camille' "
                      "does not show a gender: none given.")
    M(a, "3,42 milliards d'euros", 3.42e9, "EUR")
    M(a, "214 millions d'euros", 214e6, "EUR")
    M(a, "5,2 milliards d'euros", 5.2e9, "EUR")
    M(a, "300 millions d'euros", 300e6, "EUR")
    for s, v in [(f"7,8{NB}%", 7.8), (f"6,1{NB}%", 6.1), (f"18{NB}%", 18), (f"9,6{NB}%", 9.6), (f"23{NB}%", 23),
                 (f"6 et 7{NB}%", 6), (f"4 à 5{NB}%", 4), (f"9,8{NB}%", 9.8), (f"6,4{NB}%", 6.4)]:
        P(a, s, v)
    P(a, "1,1 point", 1.1, points=True)
    D(a, "29 juillet", "2026-07-29")
    D(a, "mercredi", "2026-07-29")
    D(a, "année", "2026", opt=True, note="'ses objectifs pour l'année': anaphoric, 2026")
    D(a, "premier semestre", "2026-H1")
    D(a, "un an", "P1Y", typ="DURATION", opt=True, note="'sur un an' = year on year")
    D(a, "désormais", "PRESENT_REF", opt=True)
    D(a, "quatre années", "P4Y", typ="DURATION", opt=True, note="'près de quatre années d'activité': a measure")
    D(a, "il y a dix-huit mois", "2025-01", note="18 months before 2026-07-29")
    D(a, "exercice", "2026", opt=True, note="'sur l'ensemble de l'exercice': anaphoric, 2026")
    D(a, "désormais", "PRESENT_REF", opt=True, nth=1)
    D(a, "2026", "2026", note="'en 2026' (guidance)")
    D(a, "auparavant", "PAST_REF", opt=True)
    D(a, "fin 2027", "2027", mod="END", note="'d'ici fin 2027'")
    D(a, "10 h 15", "2026-07-29T10:15", typ="TIME")
    D(a, "second semestre", "2026-H2", note="future: 'serait pénalisé'")
    D(a, "semaine dernière", "2026-W30")
    Q(a, f"[Le chiffre d'affaires semestriel a atteint 3,42 milliards d'euros, en hausse de 7,8{NB}% sur un an et de 6,1{NB}% à périmètre et changes constants], a indiqué",
      "indirect", "a indiqué", ("la [société] dans", "Ferlane", ORG),
      note="inverted reporting clause; 'la société' is Ferlane")
    Q(a, "« [Nous récoltons les fruits du plan d'efficacité lancé il y a dix-huit mois. Chaque site a réduit ses coûts fixes] »",
      "direct", "a expliqué", ("Bertrand Lesage", "Bertrand Lesage", PER), gender="male")
    Q(a, "« [nettement positive] »", "direct", "a ajouté", ("[Il] a ajouté", "Bertrand Lesage", PER), gender="male",
      note="partly quoted clause after 'a ajouté que': one direct quote for the marked words")
    Q(a, "Selon le communiqué, [le conseil d'administration proposera un programme de rachat d'actions de 300 millions d'euros d'ici fin 2027].",
      "indirect", "Selon", ("Selon le [communiqué]", "Ferlane", ORG),
      note="a document whose issuer the text names (Ferlane's statement): the issuer speaks")
    Q(a, "« [Le relèvement était attendu, mais pas dans cette ampleur] »", "direct", "estime",
      ("Camille Aubry", "Camille Aubry", PER))
    Q(a, "« [encore raisonnable] »", "direct", "juge", ("Camille Aubry", "Camille Aubry", PER),
      note="'qui juge la valorisation « ... »': the relative pronoun stands for the analyst")
    Q(a, "prévenu que [le second semestre serait pénalisé par la hausse des prix de l'acier].", "indirect",
      "prévenu", ("Hélène Marsac", "Hélène Marsac", PER), gender="female")
    Q(a, "« [aucune intention] »", "direct", "dit", ("Le [groupe] dit", "Ferlane", ORG),
      note="partly quoted clause after 'dit n'avoir': one direct quote for the marked words")
    V(a, "result", "chiffre d'affaires semestriel", {
        "company": "Ferlane", "metric": "revenue", "amount": "3,42 milliards d'euros", "change": f"7,8{NB}%",
        "period": ("opt", "premier semestre")},
      note="'semestriel': the first half named in the first paragraph")
    V(a, "result", "résultat net part du groupe", {
        "company": "Ferlane", "metric": "net_income", "amount": "214 millions d'euros", "change": f"18{NB}%",
        "period": ("opt", "premier semestre")})
    V(a, "result", "marge opérationnelle courante", {"company": "Ferlane", "metric": "other",
                                                     "change": "1,1 point"},
      optional=True, note="a margin rate, no amount; its change is in points")
    V(a, "result", "prises de commandes", {
        "company": "Ferlane", "metric": "orders", "amount": "5,2 milliards d'euros", "change": f"23{NB}%",
        "period": ("opt", "premier semestre")})
    V(a, "role", "directeur financier", {"person": "Bertrand Lesage", "title": "directeur financier",
                                         "organization": ("opt", "Ferlane")})
    V(a, "role", "analyste", {"person": "Camille Aubry", "title": "analyste", "organization": "Oddo BHF"},
      note="'analyste chez Oddo BHF': a post at the broker")
    V(a, "role", "présidente-directrice générale", {"person": "Hélène Marsac",
                                                    "title": "présidente-directrice générale",
                                                    "organization": ("opt", "Ferlane")})


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    CDPQ = "Caisse de dépôt et placement du Québec"
    # ------------------------------------------------------------ C: Québec, public fund invests
    a = B.article("C-quebec-financement", "2026-06-10", (
        "MONTRÉAL, 10 juin (AFP) - Le recycleur montréalais de batteries Cyclithium a bouclé un financement de "
        "210 millions de dollars canadiens (environ 140 millions d'euros) mené par la Caisse de dépôt et "
        "placement du Québec (CDPQ), a annoncé mercredi l'entreprise, qui veut tripler la capacité de son usine "
        "de Bécancour d'ici 2028.\n\n"
        "La CDPQ apporte à elle seule 120 millions de dollars, aux côtés d'Investissement Québec et du Fonds de "
        f"solidarité FTQ, et détiendra environ 18{NB}% du capital. Selon une source proche du dossier, "
        "l'opération valorise Cyclithium à plus de 1,1 milliard de dollars canadiens.\n\n"
        "« Le Québec a tout pour devenir le pôle nord-américain du recyclage : l'hydroélectricité, les mines et "
        "la main-d'œuvre », a déclaré la ministre de l'Économie, Geneviève Caron-Lévesque, présente à "
        "l'annonce. Elle a ajouté que Québec ne verserait aucune subvention supplémentaire.\n\n"
        "Cyclithium, qui emploie 240 personnes, prévoit d'en embaucher 180 de plus d'ici deux ans. Ses revenus "
        f"ont bondi de plus de 40{NB}% l'an dernier, à 96 millions de dollars, a précisé son président et chef "
        "de la direction, Mathieu Pelletier. L'entreprise a par ailleurs racheté en mars l'ontarien ReCell "
        "Systems au fonds torontois Maple Ridge Capital, pour 35 millions de dollars américains.\n\n"
        f"Le prix du lithium, qui a reculé de plus de 10{NB}% depuis janvier, pèse toutefois sur les marges. "
        f"D'après M. Pelletier, une hausse des tarifs d'Hydro-Québec comprise entre 3 et 5{NB}% resterait "
        "« tout à fait absorbable ».\n\n"
        "« On ne joue pas à la loterie avec l'épargne des Québécois », a assuré le vice-président principal de "
        f"la CDPQ, Olivier Lussier, qui vise un rendement annuel de 8 à 12{NB}% sur ce placement. Le Parti "
        "québécois a au contraire dénoncé « un pari risqué » avec l'argent public."))
    for s, l, c, o in [(CDPQ, ORG, None, False), ("CDPQ", ORG, CDPQ, False),
                       ("Investissement Québec", ORG, None, False), ("Fonds de solidarité FTQ", ORG, None, False),
                       ("Hydro-Québec", ORG, None, False), ("Parti québécois", ORG, None, False),
                       ("MONTRÉAL", LOC, None, False), ("AFP", ORG, None, False), ("Cyclithium", ORG, None, False),
                       ("Bécancour", LOC, None, False), ("Le [Québec] a tout", LOC, None, False),
                       ("que [Québec] ne", ORG, None, True),
                       ("Geneviève Caron-Lévesque", PER, None, False), ("Mathieu Pelletier", PER, None, False),
                       ("Pelletier", PER, "Mathieu Pelletier", False), ("ReCell Systems", ORG, None, False),
                       ("Maple Ridge Capital", ORG, None, False), ("Olivier Lussier", PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'Le Québec a tout' is the province (LOC); 'Québec ne verserait aucune "
                      "subvention' is the provincial government, optional ORG (a place name standing for it); "
                      "'Québécois' (the people), 'montréalais', 'ontarien', 'torontois', 'nord-américain' are "
                      "not entities.")
    a["notes"].append("Money: unqualified 'dollars' in this Montréal article, after 'dollars canadiens', are "
                      "Canadian dollars (CAD); '35 millions de dollars américains' is USD.")
    a["notes"].append("Percentages: 'plus de 40 %' and 'plus de 10 %' are bounds (qualifier 'plus de'); "
                      "'entre 3 et 5 %' and 'de 8 à 12 %' are ranges (span from the first number). 'environ "
                      "18 %' is the stake the CDPQ will hold, not an event argument (funding has no stake).")
    a["notes"].append("Events: the CDPQ's '120 millions de dollars' is its share of the same round, not a "
                      "second funding event; the minister's title has no organization in the text.")
    M(a, "210 millions de dollars canadiens", 210e6, "CAD")
    M(a, "140 millions d'euros", 140e6, "EUR")
    M(a, "120 millions de dollars", 120e6, "CAD")
    M(a, "1,1 milliard de dollars canadiens", 1.1e9, "CAD")
    M(a, "96 millions de dollars", 96e6, "CAD")
    M(a, "35 millions de dollars américains", 35e6, "USD")
    for s, v in [(f"18{NB}%", 18), (f"40{NB}%", 40), (f"10{NB}%", 10), (f"3 et 5{NB}%", 3), (f"8 à 12{NB}%", 8)]:
        P(a, s, v)
    D(a, "10 juin", "2026-06-10")
    D(a, "mercredi", "2026-06-10")
    D(a, "2028", "2028", note="'d'ici 2028'")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'d'ici deux ans'")
    D(a, "an dernier", "2025")
    D(a, "mars", "2026-03", note="past tense ('a racheté en mars')")
    D(a, "janvier", "2026-01", note="'depuis janvier': this year")
    Q(a, "[Le recycleur montréalais de batteries Cyclithium a bouclé un financement de 210 millions de dollars canadiens (environ 140 millions d'euros) mené par la Caisse de dépôt et placement du Québec (CDPQ)], a annoncé",
      "indirect", "a annoncé", ("l'[entreprise], qui", "Cyclithium", ORG),
      note="inverted reporting clause; 'l'entreprise' is Cyclithium")
    Q(a, "dossier, [l'opération valorise Cyclithium à plus de 1,1 milliard de dollars canadiens].", "indirect",
      "Selon", ("[une source proche du dossier]", None, None))
    Q(a, "« [Le Québec a tout pour devenir le pôle nord-américain du recyclage : l'hydroélectricité, les mines et la main-d'œuvre] »",
      "direct", "a déclaré", ("Geneviève Caron-Lévesque", "Geneviève Caron-Lévesque", PER), gender="female")
    Q(a, "ajouté que [Québec ne verserait aucune subvention supplémentaire].", "indirect", "a ajouté",
      ("Elle", "Geneviève Caron-Lévesque", PER), gender="female")
    Q(a, f"[Ses revenus ont bondi de plus de 40{NB}% l'an dernier, à 96 millions de dollars], a précisé",
      "indirect", "a précisé", ("Mathieu Pelletier", "Mathieu Pelletier", PER), gender="male",
      note="inverted reporting clause; the speaker is the name in apposition to 'son président ...'")
    Q(a, "« [tout à fait absorbable] »", "direct", "D'après", ("Pelletier", "Mathieu Pelletier", PER),
      gender="male", note="partly quoted clause after 'D'après X,': one direct quote for the marked words")
    Q(a, "« [On ne joue pas à la loterie avec l'épargne des Québécois] »", "direct", "a assuré",
      ("Olivier Lussier", "Olivier Lussier", PER), gender="male")
    Q(a, "« [un pari risqué] »", "direct", "dénoncé", ("Parti québécois", "Parti québécois", ORG))
    V(a, "funding", "financement", {
        "company": "Cyclithium", "amount": "210 millions de dollars canadiens",
        "investors": [CDPQ, "Investissement Québec", "Fonds de solidarité FTQ"],
        "valuation": "1,1 milliard de dollars canadiens", "date": "mercredi"},
      note="the co-investors and the valuation are in the next paragraph")
    V(a, "acquisition", "racheté", {
        "target": "ReCell Systems", "buyer": "Cyclithium", "seller": "Maple Ridge Capital",
        "amount": "35 millions de dollars américains", "date": "mars", "status": "done"},
      note="'L'entreprise' refers back to Cyclithium")
    V(a, "result", "revenus", {
        "company": "Cyclithium", "metric": "revenue", "amount": "96 millions de dollars", "change": f"40{NB}%",
        "period": "an dernier"}, note="'Ses revenus': Cyclithium, subject of the sentence before")
    V(a, "role", "ministre de l'Économie", {"person": "Geneviève Caron-Lévesque", "title": "ministre de l'Économie"})
    V(a, "role", "président et chef de la direction", {"person": "Mathieu Pelletier",
                                                       "title": "président et chef de la direction",
                                                       "organization": ("opt", "Cyclithium")},
      note="'son président': Cyclithium; the Québec title for a CEO")
    V(a, "role", "vice-président principal", {"person": "Olivier Lussier", "title": "vice-président principal",
                                              "organization": "CDPQ"})


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    MEN = "ministère de l'Éducation nationale"
    # ------------------------------------------------------------ D: teachers' strike, ministers and unions
    a = B.article("D-greve-enseignants", "2026-10-01", (
        "PARIS, 1er octobre (AFP) - Les enseignants ont massivement fait grève jeudi contre la réforme de leur "
        f"formation et la suppression de 4{NN}000 postes prévue dans le budget 2027. Le ministère de l'Éducation "
        f"nationale a recensé 28,4{NB}% de grévistes dans le primaire et 21{NB}% dans le secondaire à la "
        "mi-journée, des chiffres jugés « très sous-estimés » par les syndicats.\n\n"
        f"Le SNUipp-FSU, premier syndicat du primaire, revendique plus de 50{NB}% de grévistes. « C'est la plus "
        "forte mobilisation depuis 2019. Les collègues n'en peuvent plus », a lancé sa secrétaire générale, "
        "Nadia Berthier, en tête du cortège parisien. Elle estime que le gouvernement a « choisi "
        "l'affrontement » et réclame le retrait du texte.\n\n"
        "La ministre de l'Éducation nationale, Sophie Delarue, a défendu une réforme « juste et nécessaire ». "
        "« Je ne laisserai pas dire que nous supprimons des postes devant les élèves », a-t-elle déclaré sur "
        "BFMTV. La porte du ministère reste ouverte et une réunion est prévue la semaine prochaine, a-t-elle "
        "ajouté. Selon elle, la baisse démographique justifie à elle seule la moitié des suppressions.\n\n"
        "Dans la majorité, l'inquiétude monte. Un conseiller de l'Élysée reconnaît que le calendrier est « mal "
        "choisi » à quelques semaines du vote du budget. D'après des syndicalistes reçus mardi rue de Grenelle, "
        "le cabinet de la ministre a évoqué un report de la réforme à la rentrée 2027.\n\n"
        "Le ministère a par ailleurs annoncé jeudi que Marc Olivennes était nommé directeur général de "
        "l'enseignement scolaire. Il succède à Anne-Laure Vidal, nommée rectrice de l'académie de Bordeaux.\n\n"
        "La CGT Éduc'action et FO appellent à une nouvelle journée d'action le 13 octobre. « Si rien ne bouge, "
        "nous irons jusqu'à la grève reconductible », a prévenu le secrétaire général de la FNEC-FP-FO, Thierry "
        "Lemaire. Le politologue Luc Ferrandi estime que l'exécutif joue avec le feu en ouvrant ce front avant "
        "le budget."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), (MEN, ORG, None, False),
                       ("SNUipp-FSU", ORG, None, False), ("Nadia Berthier", PER, None, False),
                       ("Sophie Delarue", PER, None, False), ("BFMTV", ORG, None, False),
                       ("Élysée", ORG, None, False), ("rue de Grenelle", LOC, None, True),
                       ("Marc Olivennes", PER, None, False), ("Anne-Laure Vidal", PER, None, False),
                       ("académie de Bordeaux", ORG, None, True), ("CGT Éduc'action", ORG, None, False),
                       ("FNEC-FP-FO", ORG, None, False), ("FO", ORG, None, False),
                       ("Thierry Lemaire", PER, None, False), ("Luc Ferrandi", PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'un conseiller de l'Élysée': the presidency (ORG), as in the second set; 'rue "
                      "de Grenelle' (the street standing for the ministry) is optional LOC; 'académie de "
                      "Bordeaux' is optional ORG (a system's 'Bordeaux' LOC inside it overlaps it and is "
                      "ignored); 'le ministère' alone is not a name.")
    a["notes"].append("Money: none ('4 000 postes' is a count). Percentages: the strike rates; 'plus de 50 %' "
                      "is a bound (qualifier 'plus de'); 'la moitié' is not a percentage.")
    a["notes"].append("Quotes: 'revendique plus de 50 % de grévistes' and 'réclame le retrait du texte' take a "
                      "noun phrase, not a clause (the first is optional, the second not annotated).")
    P(a, f"28,4{NB}%", 28.4)
    P(a, f"21{NB}%", 21)
    P(a, f"50{NB}%", 50)
    D(a, "1er octobre", "2026-10-01")
    D(a, "jeudi", "2026-10-01", note="the strike day (dateline day)")
    D(a, "2027", "2027", note="'le budget 2027'")
    D(a, "mi-journée", "2026-10-01TMI", typ="TIME", opt=True, note="'à la mi-journée': TIMEX3 part of day MI")
    D(a, "2019", "2019", note="'depuis 2019', inside the quote")
    D(a, "semaine prochaine", "2026-W41")
    D(a, "quelques semaines", "PXW", typ="DURATION", opt=True, note="vague duration")
    D(a, "mardi", "2026-09-29", note="past: 'des syndicalistes reçus mardi'")
    D(a, "rentrée 2027", "2027-09", opt=True, note="the school year start of 2027; no exact TIMEX3 value")
    D(a, "jeudi", "2026-10-01", nth=1)
    D(a, "13 octobre", "2026-10-13")
    Q(a, "« [très sous-estimés] »", "direct", "jugés", ("par [les syndicats].", None, None),
      note="marked words after a passive 'jugés ... par': the unions' judgement")
    Q(a, f"revendique [plus de 50{NB}% de grévistes].", "indirect", "revendique", ("SNUipp-FSU", "SNUipp-FSU", ORG),
      optional=True, note="'revendique' + noun phrase, not a clause")
    Q(a, "« [C'est la plus forte mobilisation depuis 2019. Les collègues n'en peuvent plus] »", "direct",
      "a lancé", ("Nadia Berthier", "Nadia Berthier", PER), gender="female",
      note="the name is in apposition to 'sa secrétaire générale'")
    Q(a, "« [choisi l'affrontement] »", "direct", "estime", ("[Elle] estime", "Nadia Berthier", PER),
      gender="female", note="partly quoted clause after 'estime que': one direct quote for the marked words")
    Q(a, "« [juste et nécessaire] »", "direct", "a défendu", ("Sophie Delarue", "Sophie Delarue", PER),
      gender="female")
    Q(a, "« [Je ne laisserai pas dire que nous supprimons des postes devant les élèves] »", "direct",
      "a-t-elle déclaré", ("a-t-[elle] déclaré", "Sophie Delarue", PER), gender="female")
    Q(a, "[La porte du ministère reste ouverte et une réunion est prévue la semaine prochaine], a-t-elle",
      "indirect", "a-t-elle ajouté", ("a-t-[elle] ajouté", "Sophie Delarue", PER), gender="female",
      note="inverted reporting clause, no quotation marks")
    Q(a, "Selon elle, [la baisse démographique justifie à elle seule la moitié des suppressions].", "indirect",
      "Selon", ("Selon [elle]", "Sophie Delarue", PER), gender="female")
    Q(a, "« [mal choisi] »", "direct", "reconnaît", ("[Un conseiller de l'Élysée]", None, None),
      note="a noun-phrase speaker, not named; partly quoted clause after 'reconnaît que'")
    Q(a, "Grenelle, [le cabinet de la ministre a évoqué un report de la réforme à la rentrée 2027].", "indirect",
      "D'après", ("[des syndicalistes reçus mardi rue de Grenelle]", None, None))
    Q(a, "annoncé jeudi que [Marc Olivennes était nommé directeur général de l'enseignement scolaire].",
      "indirect", "annoncé", ("Le [ministère] a par", MEN, ORG),
      note="'Le ministère' is the ministry of education named in the first paragraph")
    Q(a, "« [Si rien ne bouge, nous irons jusqu'à la grève reconductible] »", "direct", "a prévenu",
      ("Thierry Lemaire", "Thierry Lemaire", PER), gender="male")
    Q(a, "estime que [l'exécutif joue avec le feu en ouvrant ce front avant le budget].", "indirect",
      "[estime] que l'exécutif", ("Luc Ferrandi", "Luc Ferrandi", PER), gender="male")
    V(a, "role", "secrétaire générale", {"person": "Nadia Berthier", "title": "secrétaire générale",
                                         "organization": ("opt", "SNUipp-FSU")},
      note="'sa secrétaire générale': the SNUipp-FSU, subject of the sentence before")
    V(a, "role", "ministre de l'Éducation nationale", {"person": "Sophie Delarue",
                                                       "title": "ministre de l'Éducation nationale"})
    V(a, "role", "directeur général de l'enseignement scolaire", {
        "person": "Marc Olivennes", "title": "directeur général de l'enseignement scolaire"},
      note="a new post ('était nommé'); the body is inside the title")
    V(a, "role", "succède", {"person": "Anne-Laure Vidal"}, optional=True,
      note="the former holder of the same post, stated by 'succède à'")
    V(a, "role", "rectrice", {"person": "Anne-Laure Vidal", "title": "rectrice",
                              "organization": ("opt", "académie de Bordeaux")},
      note="'nommée rectrice de l'académie de Bordeaux': her new post")
    V(a, "role", "[secrétaire général] de la FNEC", {"person": "Thierry Lemaire", "title": "secrétaire général",
                                                     "organization": "FNEC-FP-FO"})
    V(a, "role", "politologue", {"person": "Luc Ferrandi", "title": "politologue"}, optional=True,
      note="a profession, not a post in a body")


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    TC = "tribunal correctionnel de Marseille"
    # ------------------------------------------------------------ E: public procurement trial
    a = B.article("E-favoritisme", "2027-01-19", (
        "MARSEILLE, 19 janvier (AFP) - Le tribunal correctionnel de Marseille a condamné mardi la société de "
        f"travaux publics Sudvia TP à 450{NN}000 euros d'amende pour favoritisme et entente illicite dans "
        "l'attribution de marchés de la métropole Aix-Marseille-Provence entre 2019 et 2022.\n\n"
        "Dans son jugement, le tribunal a estimé que l'entreprise avait faussé durablement la concurrence sur une "
        "quinzaine de chantiers. Son ancien directeur général, Gérard Falcone, 63 ans, écope de deux ans "
        f"d'emprisonnement avec sursis et de 80{NN}000 euros d'amende. Un ex-cadre de la métropole, Stéphane "
        "Rinaldi, est condamné à dix-huit mois avec sursis. Sudvia TP devra en outre verser 1,2 million d'euros "
        "de dommages et intérêts à la collectivité.\n\n"
        "« Ce jugement dit une chose simple : la commande publique n'est pas un club privé », a déclaré le "
        "procureur de la République, Nicolas Berthon, à la sortie de l'audience. Lors du procès, le 24 novembre, "
        f"il avait requis 600{NN}000 euros contre l'entreprise, dénonçant « un système installé et assumé ». "
        f"Selon les enquêteurs, les prix avaient été gonflés de 15 à 20{NB}%.\n\n"
        "L'avocat de Sudvia TP, Me Jean-Baptiste Orsoni, a aussitôt annoncé que sa cliente ferait appel. « On a "
        "condamné une entreprise pour des pratiques qui étaient celles de tout le secteur », a-t-il plaidé "
        "devant la presse. Selon lui, aucun euro d'argent public n'a été détourné.\n\n"
        "Me Valérie Santucci, qui défend M. Falcone, a dénoncé une peine « d'une sévérité inouïe » et indiqué "
        "que son client, qui a toujours contesté les faits, étudiait lui aussi un recours.\n\n"
        "La présidente de la métropole, Martine Aubanel, s'est félicitée d'un jugement qui « lave l'honneur des "
        "agents intègres ». D'après l'avocat de la collectivité, Me Karim Haddad, le préjudice réel dépasse "
        "pourtant 3 millions d'euros.\n\n"
        "L'enquête avait été ouverte en 2022 après un signalement de la chambre régionale des comptes. Le procès "
        "en appel pourrait se tenir dès l'automne, selon une source judiciaire."))
    for s, l, c, o in [("MARSEILLE", LOC, None, False), ("AFP", ORG, None, False), (TC, ORG, None, True),
                       ("Sudvia TP", ORG, None, False), ("Aix-Marseille-Provence", ORG, None, False),
                       ("Gérard Falcone", PER, None, False), ("Falcone", PER, "Gérard Falcone", False),
                       ("Stéphane Rinaldi", PER, None, False), ("Nicolas Berthon", PER, None, False),
                       ("Jean-Baptiste Orsoni", PER, None, False), ("Valérie Santucci", PER, None, False),
                       ("Martine Aubanel", PER, None, False), ("Karim Haddad", PER, None, False),
                       ("chambre régionale des comptes", ORG, None, True)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'tribunal correctionnel de Marseille' is optional ORG, as the courts of the "
                      "earlier sets (a system's 'Marseille' LOC inside it overlaps it and is ignored); 'la métropole "
                      "Aix-Marseille-Provence' is the public body awarding the contracts (ORG, span without the "
                      "common noun 'métropole'); the lower-case 'chambre régionale des comptes' is optional ORG; "
                      "'Me' is a title, left out of the lawyers' names.")
    a["notes"].append("Quotes: 'le tribunal a estimé' has the court as speaker; the text names it, so its "
                      "canonical is the court's name (the first set left such a noun phrase unresolved). "
                      "Events: a conviction and a fine are no event type; lawyers are optional roles.")
    M(a, f"450{NN}000 euros", 450000, "EUR")
    M(a, f"80{NN}000 euros", 80000, "EUR")
    M(a, "1,2 million d'euros", 1.2e6, "EUR")
    M(a, f"600{NN}000 euros", 600000, "EUR")
    M(a, "3 millions d'euros", 3e6, "EUR")
    P(a, f"15 à 20{NB}%", 15)
    D(a, "19 janvier", "2027-01-19")
    D(a, "mardi", "2027-01-19")
    D(a, "2019", "2019", note="'entre 2019 et 2022': two TIMEX3 points")
    D(a, "2022", "2022")
    D(a, "63 ans", "P63Y", typ="DURATION", opt=True, note="an age")
    D(a, "deux ans", "P2Y", typ="DURATION")
    D(a, "dix-huit mois", "P18M", typ="DURATION")
    D(a, "24 novembre", "2026-11-24", note="the trial, before the January reference date: previous year")
    D(a, "2022", "2022", nth=1, note="'ouverte en 2022'")
    D(a, "automne", "2027-FA", note="future: 'pourrait se tenir dès l'automne'")
    Q(a, "estimé que [l'entreprise avait faussé durablement la concurrence sur une quinzaine de chantiers].",
      "indirect", "a estimé", ("le [tribunal] a estimé", TC, ORG))
    Q(a, "« [Ce jugement dit une chose simple : la commande publique n'est pas un club privé] »", "direct",
      "a déclaré", ("Nicolas Berthon", "Nicolas Berthon", PER), gender="male")
    Q(a, "« [un système installé et assumé] »", "direct", "dénonçant", ("[il] avait requis", "Nicolas Berthon", PER),
      gender="male")
    Q(a, f"Selon les enquêteurs, [les prix avaient été gonflés de 15 à 20{NB}%].", "indirect",
      "[Selon] les enquêteurs", ("Selon [les enquêteurs]", None, None))
    Q(a, "annoncé que [sa cliente ferait appel].", "indirect", "annoncé",
      ("Jean-Baptiste Orsoni", "Jean-Baptiste Orsoni", PER), gender="male")
    Q(a, "« [On a condamné une entreprise pour des pratiques qui étaient celles de tout le secteur] »", "direct",
      "a-t-il plaidé", ("a-t-[il] plaidé", "Jean-Baptiste Orsoni", PER), gender="male")
    Q(a, "Selon lui, [aucun euro d'argent public n'a été détourné].", "indirect", "[Selon] lui",
      ("Selon [lui]", "Jean-Baptiste Orsoni", PER), gender="male")
    Q(a, "« [d'une sévérité inouïe] »", "direct", "a dénoncé", ("Valérie Santucci", "Valérie Santucci", PER),
      gender="female")
    Q(a, "indiqué que [son client, qui a toujours contesté les faits, étudiait lui aussi un recours].", "indirect",
      "indiqué", ("Valérie Santucci", "Valérie Santucci", PER), gender="female",
      note="second verb after 'et', auxiliary elided ('a dénoncé ... et indiqué que')")
    Q(a, "« [lave l'honneur des agents intègres] »", "direct", "s'est félicitée",
      ("Martine Aubanel", "Martine Aubanel", PER), gender="female")
    Q(a, "Haddad, [le préjudice réel dépasse pourtant 3 millions d'euros].", "indirect", "D'après",
      ("Karim Haddad", "Karim Haddad", PER), gender="male")
    Q(a, "[Le procès en appel pourrait se tenir dès l'automne], selon", "indirect", "[selon] une source",
      ("[une source judiciaire]", None, None))
    V(a, "role", "directeur général", {"person": "Gérard Falcone", "title": "directeur général",
                                       "organization": ("opt", "Sudvia TP")},
      note="'Son ancien directeur général': a former post at Sudvia TP")
    V(a, "role", "ex-cadre", {"person": "Stéphane Rinaldi", "organization": ("opt", "Aix-Marseille-Provence")},
      optional=True, note="a former, vague post ('un ex-cadre de la métropole')")
    V(a, "role", "procureur de la République", {"person": "Nicolas Berthon", "title": "procureur de la République"})
    V(a, "role", "L'[avocat] de Sudvia", {"person": "Jean-Baptiste Orsoni", "title": "avocat"}, optional=True,
      note="counsel of a party, not a post in a body")
    V(a, "role", "présidente", {"person": "Martine Aubanel", "title": "présidente",
                                "organization": ("opt", "Aix-Marseille-Provence")},
      note="'La présidente de la métropole': Aix-Marseille-Provence, named in the first paragraph")
    V(a, "role", "l'[avocat] de la collectivité", {"person": "Karim Haddad", "title": "avocat"}, optional=True,
      note="counsel of a party, not a post in a body")


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    ST, ASM = "Stade toulousain", "ASM Clermont Auvergne"
    # ------------------------------------------------------------ F: rugby, a recruit and a fee
    a = B.article("F-rugby-transfert", "2026-07-02", (
        "TOULOUSE, 2 juillet (AFP) - Le Stade toulousain a officialisé jeudi l'arrivée du troisième ligne "
        "fidjien Peni Vakaloa, 26 ans, en provenance de Clermont, pour une indemnité estimée à 600" + NN + "000 euros, "
        "un montant rarissime dans le rugby français.\n\n"
        "Le joueur, qui s'est dit « fier de porter le maillot rouge et noir », s'est engagé pour trois saisons, "
        "soit jusqu'en juin 2029. « Peni a un profil qui n'existe pas chez nous : il casse les lignes et il "
        "gratte des ballons. Il nous manquait ce type de joueur en phase finale », a expliqué l'entraîneur en "
        "chef toulousain, Laurent Mazars.\n\n"
        "Battu en demi-finale du Top 14 par Bordeaux-Bègles (24-19) le 19 juin, le club haut-garonnais veut "
        "rebondir vite. Selon Midi Olympique, Toulouse a également bouclé le recrutement du jeune demi "
        f"d'ouverture Hugo Sarrat, 20 ans, formé à Pau, pour 150{NN}000 euros.\n\n"
        "À Clermont, le départ de Vakaloa passe mal. « On ne retient pas un joueur qui veut partir, mais on "
        "aurait aimé être prévenus plus tôt », a regretté le président de l'ASM Clermont Auvergne, Didier Fabre, "
        "qui dit vouloir réinvestir l'indemnité dans la formation. Clermont a terminé la saison régulière à la "
        f"neuvième place, avec 46{NB}% de victoires, son plus mauvais bilan depuis 2012.\n\n"
        "La Rochelle, quatrième, a de son côté prolongé son capitaine, Yoann Gaillac, 31 ans, jusqu'en 2028. "
        "Vakaloa, retenu avec les Fidji pour la tournée de novembre, ne rejoindra le groupe qu'à la mi-août, a "
        "précisé le manager toulousain. La reprise du championnat est fixée au 5 septembre, avec un déplacement "
        "à Toulon."))
    for s, l, c, o in [("TOULOUSE", LOC, None, False), ("AFP", ORG, None, False), (ST, ORG, None, False),
                       ("Peni Vakaloa", PER, None, False), ("Vakaloa", PER, "Peni Vakaloa", False),
                       ("Peni", PER, "Peni Vakaloa", False), (ASM, ORG, None, False),
                       ("de [Clermont], pour", ORG, ASM, False), ("À [Clermont], le", ORG, ASM, True),
                       ("[Clermont] a terminé", ORG, ASM, False),
                       ("Laurent Mazars", PER, None, False), ("Top 14", MISC, None, False),
                       ("Bordeaux-Bègles", ORG, None, False), ("Midi Olympique", ORG, None, False),
                       ("Toulouse", ORG, ST, False), ("Hugo Sarrat", PER, None, False), ("Pau", LOC, None, True),
                       ("Didier Fabre", PER, None, False), ("La Rochelle", ORG, None, False),
                       ("Yoann Gaillac", PER, None, False), ("Fidji", ORG, None, True), ("Toulon", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: clubs named by their town are ORG, as in the earlier sets ('en provenance de "
                      "Clermont', 'Clermont a terminé', 'Toulouse a bouclé', 'par Bordeaux-Bègles', 'La Rochelle, "
                      "quatrième'); 'À Clermont, le départ ... passe mal' (club or town) is optional ORG; "
                      "'formé à Pau' (the town or its club) is optional LOC; 'les Fidji' (the national team) is "
                      "optional ORG; 'à Toulon' (where the match is played) is LOC; the dateline TOULOUSE is LOC. "
                      "'fidjien', 'toulousain', 'haut-garonnais', 'français' are adjectives.")
    a["notes"].append("Events: a player's transfer between clubs is not an acquisition (no event), as in the "
                      "second set; players' positions are optional roles; '(24-19)' is a score, not money.")
    M(a, f"600{NN}000 euros", 600000, "EUR")
    M(a, f"150{NN}000 euros", 150000, "EUR")
    P(a, f"46{NB}%", 46)
    D(a, "2 juillet", "2026-07-02")
    D(a, "jeudi", "2026-07-02")
    D(a, "26 ans", "P26Y", typ="DURATION", opt=True, note="an age")
    D(a, "trois saisons", "P3Y", typ="DURATION", opt=True, note="three seasons, about three years")
    D(a, "juin 2029", "2029-06")
    D(a, "19 juin", "2026-06-19")
    D(a, "20 ans", "P20Y", typ="DURATION", opt=True, note="an age")
    D(a, "2012", "2012")
    D(a, "31 ans", "P31Y", typ="DURATION", opt=True, note="an age")
    D(a, "2028", "2028", note="'jusqu'en 2028'")
    D(a, "novembre", "2026-11", note="'la tournée de novembre': future")
    D(a, "mi-août", "2026-08", mod="MID")
    D(a, "5 septembre", "2026-09-05")
    Q(a, "« [fier de porter le maillot rouge et noir] »", "direct", "s'est dit", ("Le [joueur], qui", "Peni Vakaloa", PER),
      gender="male", note="'Le joueur' is Peni Vakaloa, named in the sentence before")
    Q(a, "« [Peni a un profil qui n'existe pas chez nous : il casse les lignes et il gratte des ballons. Il nous manquait ce type de joueur en phase finale] »",
      "direct", "a expliqué", ("Laurent Mazars", "Laurent Mazars", PER), gender="male")
    Q(a, f"Olympique, [Toulouse a également bouclé le recrutement du jeune demi d'ouverture Hugo Sarrat, 20 ans, formé à Pau, pour 150{NN}000 euros].",
      "indirect", "Selon", ("Midi Olympique", "Midi Olympique", ORG))
    Q(a, "« [On ne retient pas un joueur qui veut partir, mais on aurait aimé être prévenus plus tôt] »", "direct",
      "a regretté", ("Didier Fabre", "Didier Fabre", PER), gender="male")
    Q(a, "dit [vouloir réinvestir l'indemnité dans la formation].", "indirect", "dit",
      ("Didier Fabre", "Didier Fabre", PER), gender="male",
      note="'qui dit vouloir': the relative pronoun stands for the name just before")
    Q(a, "[Vakaloa, retenu avec les Fidji pour la tournée de novembre, ne rejoindra le groupe qu'à la mi-août], a précisé",
      "indirect", "a précisé", ("le [manager] toulousain", "Laurent Mazars", PER), gender="male",
      note="inverted reporting clause; 'le manager toulousain' is Laurent Mazars")
    V(a, "role", "entraîneur en chef", {"person": "Laurent Mazars", "title": "entraîneur en chef",
                                        "organization": ("opt", ST)})
    V(a, "role", "[président] de l'ASM", {"person": "Didier Fabre", "title": "président", "organization": ASM})
    V(a, "role", "capitaine", {"person": "Yoann Gaillac", "title": "capitaine",
                               "organization": ("opt", "La Rochelle")},
      note="'son capitaine': La Rochelle, subject of the sentence")
    V(a, "role", "manager", {"person": "Laurent Mazars", "title": "manager"}, optional=True,
      note="the same coach, named by an anaphoric title")
    V(a, "role", "troisième ligne", {"person": "Peni Vakaloa", "title": "troisième ligne"}, optional=True,
      note="a player's position")
    V(a, "role", "demi d'ouverture", {"person": "Hugo Sarrat", "title": "demi d'ouverture"}, optional=True,
      note="a player's position")
