"""The six blind articles and their hand annotations (see build.py)."""
# flake8: noqa: E501


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"

    # ------------------------------------------------------------ A: funding
    a = B.article("A-levee-de-fonds", "2025-03-12", (
        "PARIS, 12 mars (AFP) - La start-up lyonnaise Veltria, spécialisée dans le stockage d'énergie "
        "pour les bâtiments, a annoncé mercredi avoir levé 48 millions d'euros lors d'une série B menée "
        "par le fonds Alderan Capital, avec la participation de Bpifrance et du fonds allemand Nordkap Ventures.\n\n"
        "Cette opération valorise la jeune pousse à environ 310 millions d'euros, selon une source proche "
        "du dossier. Fondée en 2019 par Inès Marchetti et Paul Grangier, deux anciens ingénieurs du CEA, "
        "Veltria avait déjà réuni 12 millions d'euros en 2022.\n\n"
        "« Cette levée va nous permettre de doubler nos capacités de production à Vénissieux d'ici fin 2026 "
        "et d'ouvrir un bureau à Munich », a déclaré à l'AFP Inès Marchetti, présidente de l'entreprise. "
        "Elle a précisé que l'effectif, aujourd'hui de 140 salariés, devrait atteindre 250 personnes dans "
        "les deux ans.\n\n"
        "Dans le même temps, Veltria a finalisé le rachat de Solvane, une PME grenobloise de 35 salariés "
        "qui conçoit des logiciels de pilotage de batteries, pour un montant non communiqué. Selon le "
        "quotidien Les Echos, la transaction avoisinerait 9 millions d'euros.\n\n"
        "Le secteur du stockage stationnaire attire de plus en plus les investisseurs : d'après le cabinet "
        "Energaïa, les fonds levés par les start-up européennes du domaine ont progressé de 35 % l'an "
        "dernier, à 2,1 milliards d'euros.\n\n"
        "La semaine dernière, le néerlandais Strovia Storage avait de son côté été racheté par le groupe "
        "industriel Schneider Electric pour 420 millions d'euros. Le géant français envisage par ailleurs "
        "de prendre une participation de 20 % dans le britannique Coldmoor, selon plusieurs médias.\n\n"
        "Alderan Capital, qui gère 1,2 milliard d'euros d'actifs, a investi l'an dernier dans une dizaine "
        "de sociétés de la transition énergétique. « Veltria a démontré qu'une technologie industrielle "
        "peut se vendre à grande échelle », a commenté son associé gérant, Thomas Ferrand."))
    for s, l in [("PARIS", LOC), ("AFP", ORG), ("Veltria", ORG), ("Alderan Capital", ORG),
                 ("Bpifrance", ORG), ("Nordkap Ventures", ORG), ("Inès Marchetti", PER),
                 ("Paul Grangier", PER), ("CEA", ORG), ("Vénissieux", LOC), ("Munich", LOC),
                 ("Solvane", ORG), ("Les Echos", ORG), ("Energaïa", ORG), ("Strovia Storage", ORG),
                 ("Schneider Electric", ORG), ("Coldmoor", ORG), ("Thomas Ferrand", PER)]:
        E(a, s, l)
    M(a, "48 millions d'euros", 48e6, "EUR")
    M(a, "310 millions d'euros", 310e6, "EUR")
    M(a, "12 millions d'euros", 12e6, "EUR")
    M(a, "9 millions d'euros", 9e6, "EUR")
    M(a, "2,1 milliards d'euros", 2.1e9, "EUR")
    M(a, "420 millions d'euros", 420e6, "EUR")
    M(a, "1,2 milliard d'euros", 1.2e9, "EUR")
    D(a, "12 mars", "2025-03-12", note="dateline")
    D(a, "mercredi", "2025-03-12", note="the dateline day")
    D(a, "2019", "2019")
    D(a, "2022", "2022")
    D(a, "fin 2026", "2026", mod="END", note="'d'ici fin 2026'")
    D(a, "aujourd'hui", "PRESENT_REF", opt=True, note="'today' as 'nowadays'")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'dans les deux ans' = within two years")
    D(a, "an dernier", "2024", note="'l'an dernier' (x2)")
    D(a, "an dernier", "2024", nth=1)
    D(a, "semaine dernière", "2025-W10")
    P(a, "35 %", 35)
    P(a, "20 %", 20)
    Q(a, "[avoir levé 48 millions d'euros lors d'une série B menée par le fonds Alderan Capital, avec la participation de Bpifrance et du fonds allemand Nordkap Ventures].",
      "indirect", "a annoncé", ("Veltria", "Veltria", ORG))
    Q(a, "[Cette opération valorise la jeune pousse à environ 310 millions d'euros], selon",
      "indirect", "[selon] une source proche", ("[une source proche du dossier]", None, None))
    Q(a, "« [Cette levée va nous permettre de doubler nos capacités de production à Vénissieux d'ici fin 2026 et d'ouvrir un bureau à Munich] »",
      "direct", "a déclaré", ("Inès Marchetti", "Inès Marchetti", PER), gender="female")
    Q(a, "précisé que [l'effectif, aujourd'hui de 140 salariés, devrait atteindre 250 personnes dans les deux ans].",
      "indirect", "a précisé", ("Elle", "Inès Marchetti", PER), gender="female")
    Q(a, "Les Echos, [la transaction avoisinerait 9 millions d'euros].", "indirect", "Selon",
      ("Les Echos", "Les Echos", ORG))
    Q(a, "Energaïa, [les fonds levés par les start-up européennes du domaine ont progressé de 35 % l'an dernier, à 2,1 milliards d'euros].",
      "indirect", "d'après", ("Energaïa", "Energaïa", ORG))
    Q(a, "[Le géant français envisage par ailleurs de prendre une participation de 20 % dans le britannique Coldmoor], selon",
      "indirect", "[selon] plusieurs médias", ("[plusieurs médias]", None, None))
    Q(a, "« [Veltria a démontré qu'une technologie industrielle peut se vendre à grande échelle] »",
      "direct", "a commenté", ("Thomas Ferrand", "Thomas Ferrand", PER), gender="male")
    V(a, "funding", "avoir [levé] 48", {
        "company": "Veltria", "amount": "48 millions d'euros",
        "investors": ["Alderan Capital", "Bpifrance", "Nordkap Ventures"],
        "valuation": "310 millions d'euros", "round": "série B", "date": "mercredi"})
    V(a, "funding", "réuni", {"company": "Veltria", "amount": "12 millions d'euros", "date": "2022"})
    V(a, "acquisition", "rachat", {"target": "Solvane", "buyer": "Veltria",
                                    "amount": ("opt", "9 millions d'euros"), "status": "done"})
    V(a, "acquisition", "racheté", {"target": "Strovia Storage", "buyer": "Schneider Electric",
                                     "amount": "420 millions d'euros", "date": "semaine dernière",
                                     "status": "done"})
    V(a, "acquisition", "participation de 20", {"target": "Coldmoor", "buyer": "Schneider Electric",
                                                  "stake": "20 %", "status": "planned"},
      note="'envisage de prendre une participation': planned stake")
    V(a, "role", "présidente", {"person": "Inès Marchetti", "title": "présidente",
                                "organization": "Veltria"})
    V(a, "role", "associé gérant", {"person": "Thomas Ferrand", "title": "associé gérant",
                                    "organization": "Alderan Capital"})
    V(a, "role", "Fondée", {"person": "Inès Marchetti", "title": "fondatrice", "organization": "Veltria"},
      optional=True, note="founding stated as a verb")
    V(a, "role", "Fondée", {"person": "Paul Grangier", "title": "fondateur", "organization": "Veltria"},
      optional=True, note="founding stated as a verb")

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ B: results
    a = B.article("B-resultats-trimestriels", "2025-10-23", (
        "PARIS, 23 octobre (AFP) - Le groupe de cosmétiques Maison Aubrac a publié jeudi un chiffre "
        "d'affaires de 2,84 milliards d'euros pour le troisième trimestre, en hausse de 6,2\u00a0% sur un an "
        "et de 4,8\u00a0% à données comparables, porté par la vigueur de ses ventes en Asie.\n\n"
        "Sur les neuf premiers mois de l'année, les ventes atteignent 8,1 milliards d'euros (+5,1\u00a0%). "
        "La division parfums, qui pèse désormais plus de 40\u00a0% de l'activité, a progressé de 9,3\u00a0%, "
        "tandis que le maquillage a reculé de 1,2\u00a0% en Europe.\n\n"
        "Le bénéfice net du premier semestre, publié fin juillet, s'était établi à 612 millions d'euros, "
        "en baisse de 3\u00a0%. La marge opérationnelle courante a atteint 18,4\u00a0%, en repli de 0,7 point "
        "de pourcentage, pénalisée par la hausse des coûts logistiques.\n\n"
        "« Nous avons gagné des parts de marché dans toutes les régions, malgré un environnement de "
        "consommation toujours difficile en Chine », a affirmé le directeur général, Antoine Verrier, lors "
        "d'une conférence téléphonique avec les analystes. Il a confirmé viser pour l'ensemble de 2025 une "
        "croissance organique comprise entre 5 et 6\u00a0%.\n\n"
        "Selon le directeur financier, Nicolas Bréhat, l'effet de change a pesé pour environ 150 millions "
        "d'euros sur le trimestre, principalement en raison de la faiblesse du yen et du dollar.\n\n"
        "À la Bourse de Paris, le titre Maison Aubrac gagnait 3,7\u00a0% vers 11 h 30, dans un CAC 40 en "
        "hausse de 0,4\u00a0%, à 8 215 points. Depuis le 1er janvier, l'action a pris 14\u00a0%.\n\n"
        "Concurrent direct, le groupe suisse Helvane avait annoncé la semaine dernière un chiffre "
        "d'affaires trimestriel de 1,9 milliard de francs suisses, en recul de 2,5\u00a0%. Les analystes de "
        "la banque Oddo BHF estiment que Maison Aubrac « creuse l'écart » avec ses rivaux.\n\n"
        "La Banque centrale européenne, qui a abaissé ses taux de 25 points de base en juin, doit se "
        "réunir la semaine prochaine."))
    for s, l in [("PARIS", LOC), ("AFP", ORG), ("Maison Aubrac", ORG), ("Asie", LOC), ("Europe", LOC),
                 ("Chine", LOC), ("Antoine Verrier", PER), ("Nicolas Bréhat", PER),
                 ("Bourse de Paris", ORG), ("Helvane", ORG), ("Oddo BHF", ORG),
                 ("Banque centrale européenne", ORG)]:
        E(a, s, l)
    E(a, "CAC 40", MISC, opt=True)
    a["notes"].append("Entities: 'CAC 40' (a stock index) is optional MISC; 'yen', 'dollar', 'suisse' are not entities.")
    M(a, "2,84 milliards d'euros", 2.84e9, "EUR")
    M(a, "8,1 milliards d'euros", 8.1e9, "EUR")
    M(a, "612 millions d'euros", 612e6, "EUR")
    M(a, "150 millions d'euros", 150e6, "EUR")
    M(a, "1,9 milliard de francs suisses", 1.9e9, "CHF")
    for s, v in [("6,2\u00a0%", 6.2), ("4,8\u00a0%", 4.8), ("+5,1\u00a0%", 5.1), ("40\u00a0%", 40),
                 ("9,3\u00a0%", 9.3), ("1,2\u00a0%", 1.2), ("3\u00a0%", 3), ("18,4\u00a0%", 18.4),
                 ("5 et 6\u00a0%", 5), ("3,7\u00a0%", 3.7), ("0,4\u00a0%", 0.4), ("14\u00a0%", 14),
                 ("2,5\u00a0%", 2.5)]:
        P(a, s, v)
    P(a, "0,7 point de pourcentage", 0.7, points=True)
    P(a, "25 points de base", 0.25, points=True)
    D(a, "23 octobre", "2025-10-23")
    D(a, "jeudi", "2025-10-23")
    D(a, "troisième trimestre", "2025-Q3")
    D(a, "un an", "P1Y", typ="DURATION", opt=True, note="'sur un an' = year on year")
    D(a, "neuf premiers mois de l'année", "P9M", typ="DURATION", opt=True,
      note="January-September 2025; no single TIMEX3 value")
    D(a, "désormais", "PRESENT_REF", opt=True)
    D(a, "premier semestre", "2025-H1")
    D(a, "fin juillet", "2025-07", mod="END")
    D(a, "2025", "2025", note="'l'ensemble de 2025'")
    D(a, "trimestre", "2025-Q3", nth=1, opt=True, note="'sur le trimestre': anaphoric")
    D(a, "11 h 30", "2025-10-23T11:30", typ="TIME")
    D(a, "1er janvier", "2025-01-01")
    D(a, "semaine dernière", "2025-W42")
    D(a, "juin", "2025-06")
    D(a, "semaine prochaine", "2025-W44")
    Q(a, "« [Nous avons gagné des parts de marché dans toutes les régions, malgré un environnement de consommation toujours difficile en Chine] »",
      "direct", "a affirmé", ("Antoine Verrier", "Antoine Verrier", PER), gender="male")
    Q(a, "confirmé [viser pour l'ensemble de 2025 une croissance organique comprise entre 5 et 6\u00a0%].",
      "indirect", "a confirmé", ("Il", "Antoine Verrier", PER), gender="male")
    Q(a, "Bréhat, [l'effet de change a pesé pour environ 150 millions d'euros sur le trimestre, principalement en raison de la faiblesse du yen et du dollar].",
      "indirect", "Selon", ("Nicolas Bréhat", "Nicolas Bréhat", PER), gender="male")
    Q(a, "« [creuse l'écart] »", "direct", "estiment",
      ("[Les analystes de la banque Oddo BHF]", None, None),
      note="partly quoted clause after 'estiment que': one direct quote for the marked words")
    V(a, "result", "[chiffre d'affaires] de 2,84", {
        "company": "Maison Aubrac", "metric": "revenue", "amount": "2,84 milliards d'euros",
        "change": "6,2\u00a0%", "period": "troisième trimestre"})
    V(a, "result", "ventes atteignent", {
        "company": "Maison Aubrac", "metric": "revenue", "amount": "8,1 milliards d'euros",
        "change": "+5,1\u00a0%", "period": ("opt", "neuf premiers mois de l'année")})
    V(a, "result", "bénéfice net", {
        "company": "Maison Aubrac", "metric": "net_income", "amount": "612 millions d'euros",
        "change": "3\u00a0%", "period": "premier semestre"})
    V(a, "result", "marge opérationnelle", {"company": "Maison Aubrac", "metric": "other"},
      optional=True, note="a margin rate, no amount")
    V(a, "result", "[progressé] de 9,3", {"company": "Maison Aubrac", "metric": "revenue", "change": "9,3\u00a0%"},
      optional=True, note="a division's sales growth")
    V(a, "result", "[chiffre d'affaires] trimestriel", {
        "company": "Helvane", "metric": "revenue", "amount": "1,9 milliard de francs suisses",
        "change": "2,5\u00a0%"})
    V(a, "role", "directeur général", {"person": "Antoine Verrier", "title": "directeur général",
                                       "organization": ("opt", "Maison Aubrac")})
    V(a, "role", "directeur financier", {"person": "Nicolas Bréhat", "title": "directeur financier",
                                         "organization": ("opt", "Maison Aubrac")})


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ C: appointment
    a = B.article("C-nomination", "2025-06-03", (
        "PARIS, 3 juin (AFP) - Le conseil d’administration du groupe de transport et de logistique "
        "Transalpe a nommé mardi Sophie Lemarchand au poste de directrice générale, a annoncé l’entreprise "
        "dans un communiqué. Elle succédera le 1er juillet à Marc Delorme, qui dirigeait le groupe depuis "
        "2017 et part à la retraite.\n\n"
        "Âgée de 52 ans, Mme Lemarchand était jusqu’ici directrice générale adjointe chargée des opérations. "
        "Diplômée de l’École polytechnique, elle a fait l’essentiel de sa carrière chez l’opérateur "
        "ferroviaire Railnova, avant de rejoindre Transalpe en 2020.\n\n"
        "« Sophie a toute la confiance du conseil pour mener à bien notre plan de transformation », a "
        "déclaré le président du conseil d’administration, Hervé Castaing, cité dans le communiqué. Il a "
        "ajouté que la nouvelle dirigeante aurait « les moyens d’accélérer » le virage vers le fret "
        "décarboné.\n\n"
        "Le groupe, qui emploie 23 000 personnes dans 14 pays et a réalisé un chiffre d’affaires de 6,7 "
        "milliards d’euros l’an dernier, a par ailleurs annoncé l’arrivée de Karim Benali comme directeur "
        "financier à compter de septembre. Ce dernier occupait jusqu’à présent les mêmes fonctions chez "
        "l’assureur Mutalis.\n\n"
        "Ces nominations interviennent trois mois après l’échec du projet de fusion avec l’allemand Spedex, "
        "abandonné en mars face aux réserves de la Commission européenne. Selon plusieurs analystes, le "
        "départ de M. Delorme était attendu depuis cet épisode.\n\n"
        "Du côté des syndicats, la CFDT a salué « un choix de continuité », tandis que la CGT a réclamé des "
        "garanties sur l’emploi dans les dépôts de Lyon et de Marseille.\n\n"
        "Le ministre délégué aux Transports, Julien Morvan, a félicité la nouvelle directrice générale sur "
        "le réseau social X, saluant « une dirigeante reconnue du secteur »."))
    for s, l, c in [("PARIS", LOC, None), ("AFP", ORG, None), ("Transalpe", ORG, None),
                    ("Sophie Lemarchand", PER, None), ("Lemarchand", PER, "Sophie Lemarchand"),
                    ("Sophie", PER, "Sophie Lemarchand"), ("Marc Delorme", PER, None),
                    ("Delorme", PER, "Marc Delorme"), ("École polytechnique", ORG, None),
                    ("Railnova", ORG, None), ("Hervé Castaing", PER, None), ("Karim Benali", PER, None),
                    ("Mutalis", ORG, None), ("Spedex", ORG, None), ("Commission européenne", ORG, None),
                    ("CFDT", ORG, None), ("CGT", ORG, None), ("Lyon", LOC, None), ("Marseille", LOC, None),
                    ("Julien Morvan", PER, None), ("social [X]", ORG, None)]:
        E(a, s, l, c)
    M(a, "6,7 milliards d’euros", 6.7e9, "EUR")
    D(a, "3 juin", "2025-06-03")
    D(a, "mardi", "2025-06-03")
    D(a, "1er juillet", "2025-07-01")
    D(a, "2017", "2017")
    D(a, "52 ans", "P52Y", typ="DURATION", opt=True, note="an age")
    D(a, "jusqu’ici", "PRESENT_REF", opt=True)
    D(a, "2020", "2020")
    D(a, "an dernier", "2024")
    D(a, "septembre", "2025-09")
    D(a, "jusqu’à [présent]", "PRESENT_REF", opt=True)
    D(a, "trois mois", "P3M", typ="DURATION")
    D(a, "mars", "2025-03")
    Q(a, "[Le conseil d’administration du groupe de transport et de logistique Transalpe a nommé mardi Sophie Lemarchand au poste de directrice générale], a annoncé",
      "indirect", "a annoncé", ("l’[entreprise] dans", "Transalpe", ORG),
      note="a statement issued by the company: the speaker is the issuer")
    Q(a, "« [Sophie a toute la confiance du conseil pour mener à bien notre plan de transformation] »",
      "direct", "[a déclaré] le président", ("Hervé Castaing", "Hervé Castaing", PER), gender="male")
    Q(a, "« [les moyens d’accélérer] »", "direct", "a ajouté", ("Il", "Hervé Castaing", PER), gender="male")
    Q(a, "analystes, [le départ de M. Delorme était attendu depuis cet épisode].", "indirect", "Selon",
      ("[plusieurs analystes]", None, None))
    Q(a, "« [un choix de continuité] »", "direct", "a salué", ("CFDT", "CFDT", ORG))
    Q(a, "« [une dirigeante reconnue du secteur] »", "direct", "saluant",
      ("Julien Morvan", "Julien Morvan", PER), gender="male")
    V(a, "role", "[directrice générale], a annoncé", {"person": "Sophie Lemarchand",
                                                      "title": "directrice générale", "organization": "Transalpe"})
    V(a, "role", "directrice générale adjointe", {"person": "Lemarchand", "title": "directrice générale adjointe chargée des opérations",
                                                  "organization": "Transalpe"}, optional=True)
    V(a, "role", "dirigeait", {"person": "Marc Delorme", "organization": "Transalpe"},
      optional=True, note="stated as a verb, no title")
    V(a, "role", "président du conseil", {"person": "Hervé Castaing", "title": "président du conseil d’administration",
                                          "organization": ("opt", "Transalpe")})
    V(a, "role", "[directeur financier] à compter", {"person": "Karim Benali", "title": "directeur financier",
                                                     "organization": ("opt", "Transalpe")})
    V(a, "role", "mêmes fonctions", {"person": "Karim Benali", "organization": "Mutalis"},
      optional=True, note="former post, title by anaphora")
    V(a, "role", "ministre délégué", {"person": "Julien Morvan", "title": "ministre délégué aux Transports"})
    V(a, "result", "chiffre d’affaires", {"company": "Transalpe", "metric": "revenue",
                                          "amount": "6,7 milliards d’euros", "period": "an dernier"},
      note="'Le groupe' refers back to Transalpe")
    V(a, "acquisition", "fusion", {"target": "Spedex", "buyer": ("opt", "Transalpe")}, optional=True,
      note="an abandoned merger plan")


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ D: politics
    a = B.article("D-politique", "2025-11-18", (
        "PARIS, 18 novembre (AFP) - Le gouvernement a présenté mardi en Conseil des ministres un projet de "
        "loi destiné à relancer la construction de logements, qui prévoit 3,5 milliards d'euros d'aides sur "
        "trois ans et une baisse de 10 % des droits de mutation pour les primo-accédants.\n\n"
        "« Nous ne pouvons plus accepter qu'une famille sur cinq attende plus de deux ans un logement "
        "social », a déclaré la ministre du Logement, Valérie Arnoux, à la sortie de l'Élysée. Le texte doit "
        "permettre de « débloquer 80 000 chantiers dès 2026 », a-t-elle ajouté.\n\n"
        "Le ministre de l'Économie, Stéphane Quérel, a pour sa part assuré que la mesure serait "
        "« intégralement financée » par la suppression de niches fiscales jugées inefficaces. Selon Bercy, "
        "le coût net pour l'État ne dépasserait pas 1,2 milliard d'euros par an.\n\n"
        "L'opposition a dénoncé un texte « cosmétique ». « On nous promet des logements, mais on coupe dans "
        "les budgets des collectivités », a lancé le député LFI de Seine-Saint-Denis Yanis Belkadi, en marge "
        "des questions au gouvernement. Pour le président du groupe LR à l'Assemblée nationale, François "
        "Delaunay, le gouvernement « arrive bien tard » : la crise du logement dure depuis au moins trois "
        "ans, a-t-il rappelé.\n\n"
        "Le ministère de l'Intérieur a de son côté indiqué que les préfets recevraient dès la semaine "
        "prochaine une circulaire pour accélérer la délivrance des permis de construire.\n\n"
        "D'après un sondage Ifop publié dimanche, 64 % des Français jugent la politique du gouvernement en "
        "matière de logement insuffisante, contre 58 % en janvier.\n\n"
        "Le projet de loi sera examiné à partir du 2 décembre par la commission des affaires économiques, "
        "avant un vote solennel prévu début janvier."))
    for s, l, o in [("PARIS", LOC, False), ("AFP", ORG, False), ("Conseil des ministres", ORG, True),
                    ("Valérie Arnoux", PER, False), ("Élysée", LOC, False), ("Stéphane Quérel", PER, False),
                    ("Bercy", ORG, False), ("État", ORG, True), ("LFI", ORG, False),
                    ("Seine-Saint-Denis", LOC, False), ("Yanis Belkadi", PER, False), ("LR", ORG, False),
                    ("Assemblée nationale", ORG, False), ("François Delaunay", PER, False),
                    ("ministère de l'Intérieur", ORG, False), ("Ifop", ORG, False),
                    ("commission des affaires économiques", ORG, True)]:
        E(a, s, l, opt=o)
    a["notes"].append("Entities: 'Élysée' after 'à la sortie de' is the place (LOC); 'Bercy' as a source is the "
                      "ministry (ORG); 'Conseil des ministres', 'État' and the lower-case committee are optional "
                      "ORG; 'Français' (the people) is not annotated.")
    M(a, "3,5 milliards d'euros", 3.5e9, "EUR")
    M(a, "1,2 milliard d'euros", 1.2e9, "EUR")
    P(a, "10 %", 10)
    P(a, "64 %", 64)
    P(a, "58 %", 58)
    D(a, "18 novembre", "2025-11-18")
    D(a, "mardi", "2025-11-18")
    D(a, "trois ans", "P3Y", typ="DURATION")
    D(a, "deux ans", "P2Y", typ="DURATION", opt=True, note="'plus de deux ans', generic, inside a quote")
    D(a, "2026", "2026")
    D(a, "par an", "P1Y", typ="SET", opt=True)
    D(a, "trois ans", "P3Y", typ="DURATION", nth=1, note="'depuis au moins trois ans'")
    D(a, "semaine prochaine", "2025-W48")
    D(a, "dimanche", "2025-11-16")
    D(a, "janvier", "2025-01", note="'contre 58 % en janvier': past, this year")
    D(a, "2 décembre", "2025-12-02")
    D(a, "début janvier", "2026-01", mod="START")
    Q(a, "« [Nous ne pouvons plus accepter qu'une famille sur cinq attende plus de deux ans un logement social] »",
      "direct", "a déclaré", ("Valérie Arnoux", "Valérie Arnoux", PER), gender="female")
    Q(a, "« [débloquer 80 000 chantiers dès 2026] »", "direct", "a-t-elle ajouté",
      ("a-t-[elle] ajouté", "Valérie Arnoux", PER), gender="female")
    Q(a, "« [intégralement financée] »", "direct", "[assuré] que",
      ("Stéphane Quérel", "Stéphane Quérel", PER), gender="male",
      note="partly quoted clause after 'a assuré que': one direct quote for the marked words")
    Q(a, "Bercy, [le coût net pour l'État ne dépasserait pas 1,2 milliard d'euros par an].", "indirect",
      "Selon", ("Bercy", "Bercy", ORG))
    Q(a, "« [cosmétique] »", "direct", "a dénoncé", ("[L'opposition]", None, None), optional=True,
      note="one word quoted as a judgement")
    Q(a, "« [On nous promet des logements, mais on coupe dans les budgets des collectivités] »",
      "direct", "a lancé", ("Yanis Belkadi", "Yanis Belkadi", PER), gender="male")
    Q(a, "« [arrive bien tard] »", "direct", "[Pour] le président",
      ("François Delaunay", "François Delaunay", PER), gender="male")
    Q(a, ": [la crise du logement dure depuis au moins trois ans], a-t-il", "indirect", "a-t-il rappelé",
      ("a-t-[il] rappelé", "François Delaunay", PER), gender="male")
    Q(a, "indiqué que [les préfets recevraient dès la semaine prochaine une circulaire pour accélérer la délivrance des permis de construire].",
      "indirect", "indiqué", ("ministère de l'Intérieur", "ministère de l'Intérieur", ORG))
    Q(a, "dimanche, [64 % des Français jugent la politique du gouvernement en matière de logement insuffisante, contre 58 % en janvier].",
      "indirect", "D'après", ("Ifop", "Ifop", ORG), note="a poll: the issuer speaks")
    V(a, "role", "ministre du Logement", {"person": "Valérie Arnoux", "title": "ministre du Logement"})
    V(a, "role", "ministre de l'Économie", {"person": "Stéphane Quérel", "title": "ministre de l'Économie"})
    V(a, "role", "député", {"person": "Yanis Belkadi", "title": "député", "organization": ("opt", "LFI")})
    V(a, "role", "président du groupe", {"person": "François Delaunay"},
      note="title and body left out: 'président du groupe LR à l'Assemblée nationale' splits several ways")


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ E: court
    a = B.article("E-tribunal", "2025-02-06", (
        "NANTERRE, 6 février (AFP) - L'ancien PDG du promoteur immobilier Hestiam, Olivier Pradel, a été "
        "condamné jeudi par le tribunal correctionnel de Nanterre à trois ans d'emprisonnement, dont deux "
        "avec sursis, et à 150 000 euros d'amende pour abus de biens sociaux.\n\n"
        "Le tribunal a estimé que l'homme d'affaires, âgé de 61 ans, avait détourné entre 2016 et 2020 près "
        "de 2,3 millions d'euros au profit de sociétés qu'il contrôlait au Luxembourg et à Monaco. Son ancien "
        "bras droit, le directeur administratif et financier Bruno Lefaucheux, a été condamné à dix-huit mois "
        "avec sursis.\n\n"
        "Lors de l'audience, qui s'était tenue le 12 décembre, le parquet avait requis quatre ans de prison, "
        "dont deux ferme. « M. Pradel a utilisé l'entreprise comme une tirelire personnelle », avait lancé "
        "la procureure, Hélène Garrigues, dans son réquisitoire.\n\n"
        "« C'est une décision incompréhensible, que nous allons contester », a réagi son avocate, Me Laurence "
        "Viguier, à la sortie de la salle d'audience. Elle a indiqué que son client ferait appel dans les dix "
        "jours.\n\n"
        "Hestiam, qui s'est constituée partie civile, obtient 1,8 million d'euros de dommages et intérêts. La "
        "société, rachetée en 2022 par le fonds britannique Greystead Partners, avait déposé plainte en mars "
        "2021 après un audit interne, selon son actuel directeur général, Mathieu Roussel.\n\n"
        "L'affaire avait été révélée par le quotidien Le Parisien, qui avait publié des extraits du rapport "
        "d'audit. D'après l'enquête de l'Office central pour la répression de la grande délinquance financière "
        "(OCRGDF), une partie des fonds a servi à acquérir une villa sur la Côte d'Azur."))
    OC = "Office central pour la répression de la grande délinquance financière"
    for s, l, c, o in [("NANTERRE", LOC, None, False), ("AFP", ORG, None, False), ("Hestiam", ORG, None, False),
                       ("Olivier Pradel", PER, None, False), ("Pradel", PER, "Olivier Pradel", False),
                       ("tribunal correctionnel de Nanterre", ORG, None, True),
                       ("Luxembourg", LOC, None, False), ("Monaco", LOC, None, False),
                       ("Bruno Lefaucheux", PER, None, False), ("Hélène Garrigues", PER, None, False),
                       ("Laurence Viguier", PER, None, False),
                       ("Greystead Partners", ORG, None, False), ("Mathieu Roussel", PER, None, False),
                       ("Le Parisien", ORG, None, False), (OC, ORG, None, False), ("OCRGDF", ORG, OC, False),
                       ("Côte d'Azur", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    E(a, "correctionnel de [Nanterre]", LOC, opt=True)
    a["notes"].append("Entities: 'tribunal correctionnel de Nanterre' (ORG) and the 'Nanterre' inside it (LOC) "
                      "are overlapping optional items.")
    M(a, "150 000 euros", 150000, "EUR")
    M(a, "2,3 millions d'euros", 2.3e6, "EUR")
    M(a, "1,8 million d'euros", 1.8e6, "EUR")
    D(a, "6 février", "2025-02-06")
    D(a, "jeudi", "2025-02-06")
    D(a, "trois ans", "P3Y", typ="DURATION")
    D(a, "dont [deux] avec", "P2Y", typ="DURATION", opt=True, note="elliptic 'deux (ans)'")
    D(a, "61 ans", "P61Y", typ="DURATION", opt=True, note="an age")
    D(a, "2016", "2016", note="'entre 2016 et 2020': two TIMEX3 points")
    D(a, "2020", "2020")
    D(a, "dix-huit mois", "P18M", typ="DURATION")
    D(a, "12 décembre", "2024-12-12", note="past hearing, before the reference date")
    D(a, "quatre ans", "P4Y", typ="DURATION")
    D(a, "dont [deux] ferme", "P2Y", typ="DURATION", opt=True, note="elliptic 'deux (ans)'")
    D(a, "dix jours", "P10D", typ="DURATION")
    D(a, "2022", "2022")
    D(a, "mars 2021", "2021-03")
    Q(a, "estimé que [l'homme d'affaires, âgé de 61 ans, avait détourné entre 2016 et 2020 près de 2,3 millions d'euros au profit de sociétés qu'il contrôlait au Luxembourg et à Monaco].",
      "indirect", "a estimé", ("[Le tribunal] a estimé", None, None))
    Q(a, "« [M. Pradel a utilisé l'entreprise comme une tirelire personnelle] »", "direct", "avait lancé",
      ("Hélène Garrigues", "Hélène Garrigues", PER), gender="female")
    Q(a, "« [C'est une décision incompréhensible, que nous allons contester] »", "direct", "a réagi",
      ("Laurence Viguier", "Laurence Viguier", PER), gender="female")
    Q(a, "indiqué que [son client ferait appel dans les dix jours].", "indirect", "a indiqué",
      ("Elle", "Laurence Viguier", PER), gender="female")
    Q(a, "[La société, rachetée en 2022 par le fonds britannique Greystead Partners, avait déposé plainte en mars 2021 après un audit interne], selon",
      "indirect", "[selon] son actuel", ("Mathieu Roussel", "Mathieu Roussel", PER), gender="male")
    Q(a, "(OCRGDF), [une partie des fonds a servi à acquérir une villa sur la Côte d'Azur].", "indirect",
      "D'après", (OC, OC, ORG), note="an inquiry report: its issuer speaks")
    V(a, "role", "PDG", {"person": "Olivier Pradel", "title": "PDG", "organization": "Hestiam"})
    V(a, "role", "directeur administratif", {"person": "Bruno Lefaucheux",
                                             "title": "directeur administratif et financier",
                                             "organization": ("opt", "Hestiam")})
    V(a, "role", "procureure", {"person": "Hélène Garrigues", "title": "procureure"})
    V(a, "role", "avocate", {"person": "Laurence Viguier", "title": "avocate"}, optional=True,
      note="counsel of a person, not a post in a body")
    V(a, "role", "directeur général", {"person": "Mathieu Roussel", "title": "directeur général",
                                       "organization": ("opt", "Hestiam")})
    V(a, "acquisition", "rachetée", {"target": "Hestiam", "buyer": "Greystead Partners", "date": "2022",
                                     "status": "done"}, note="'La société' refers back to Hestiam")


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ F: sport
    a = B.article("F-sport", "2025-04-13", (
        "MARSEILLE, 13 avril (AFP) - L'Olympique de Marseille a dominé Lille (3-1) dimanche soir au stade "
        "Vélodrome, lors de la 29e journée de Ligue 1, et conforte sa deuxième place au classement, à trois "
        "points du leader, le Paris Saint-Germain.\n\n"
        "Menés au score dès la 12e minute après un but de l'attaquant lillois Jonas Vermeulen, les Marseillais "
        "ont renversé la situation en seconde période. Le milieu brésilien Tiago Ramalho a égalisé d'une "
        "frappe lointaine (54e), avant que l'avant-centre Samuel Ndiaye, recruté l'été dernier pour 18 "
        "millions d'euros, ne signe un doublé (71e, 88e).\n\n"
        "« On a montré du caractère. À la pause, j'ai demandé aux joueurs d'oser davantage, et ils l'ont "
        "fait », a savouré l'entraîneur marseillais, Luca Ferretti, en conférence de presse. Selon lui, "
        "l'équipe « n'a pas encore atteint son meilleur niveau ».\n\n"
        "Avec 61 % de possession de balle et 17 tirs, dont 8 cadrés, l'OM a largement dominé les débats "
        "devant 64 500 spectateurs. Lille, qui restait sur cinq victoires consécutives, recule à la "
        "quatrième place.\n\n"
        "« Nous avons manqué de fraîcheur après notre match de mercredi en Ligue des champions », a regretté "
        "le capitaine lillois, Benjamin Caron. Son entraîneur, Pierre Aubertin, a indiqué que le défenseur "
        "Malik Sow, sorti sur blessure à la demi-heure de jeu, passerait des examens lundi.\n\n"
        "L'OM se déplacera samedi prochain à Lens, tandis que Lille recevra Nantes le 20 avril. Le club "
        "phocéen n'a plus terminé dans les deux premiers du championnat depuis la saison 2021-2022."))
    OM = "Olympique de Marseille"
    for s, l, c in [("MARSEILLE", LOC, None), ("AFP", ORG, None), (OM, ORG, None), ("Lille", ORG, None),
                    ("Vélodrome", LOC, None), ("Ligue 1", MISC, None), ("Paris Saint-Germain", ORG, None),
                    ("Jonas Vermeulen", PER, None), ("Tiago Ramalho", PER, None), ("Samuel Ndiaye", PER, None),
                    ("Luca Ferretti", PER, None), ("OM", ORG, OM), ("Ligue des champions", MISC, None),
                    ("Benjamin Caron", PER, None), ("Pierre Aubertin", PER, None), ("Malik Sow", PER, None),
                    ("Lens", LOC, None), ("Nantes", ORG, None)]:
        E(a, s, l, c)
    a["notes"].append("Entities: 'Lille' and 'Nantes' as teams (a club that plays or receives) are ORG; "
                      "'à Lens' (where the match is played) is LOC; 'Marseillais' (players) and the adjectives "
                      "'lillois', 'marseillais', 'brésilien', 'phocéen' are not entities.")
    M(a, "18 millions d'euros", 18e6, "EUR")
    P(a, "61 %", 61)
    D(a, "13 avril", "2025-04-13")
    D(a, "dimanche soir", "2025-04-13TEV", typ="TIME", note="TIMEX3 part of day: EV")
    D(a, "été dernier", "2024-SU")
    D(a, "mercredi", "2025-04-09", note="'notre match de mercredi': past")
    D(a, "lundi", "2025-04-14", note="future tense")
    D(a, "samedi prochain", "2025-04-19")
    D(a, "20 avril", "2025-04-20")
    D(a, "saison 2021-2022", "2021", opt=True, note="a season over two years")
    Q(a, "« [On a montré du caractère. À la pause, j'ai demandé aux joueurs d'oser davantage, et ils l'ont fait] »",
      "direct", "a savouré", ("Luca Ferretti", "Luca Ferretti", PER), gender="male")
    Q(a, "« [n'a pas encore atteint son meilleur niveau] »", "direct", "Selon",
      ("Selon [lui]", "Luca Ferretti", PER), gender="male")
    Q(a, "« [Nous avons manqué de fraîcheur après notre match de mercredi en Ligue des champions] »",
      "direct", "a regretté", ("Benjamin Caron", "Benjamin Caron", PER), gender="male")
    Q(a, "indiqué que [le défenseur Malik Sow, sorti sur blessure à la demi-heure de jeu, passerait des examens lundi].",
      "indirect", "a indiqué", ("Pierre Aubertin", "Pierre Aubertin", PER), gender="male")
    V(a, "role", "entraîneur marseillais", {"person": "Luca Ferretti", "title": "entraîneur",
                                            "organization": ("opt", "OM")})
    V(a, "role", "capitaine", {"person": "Benjamin Caron", "title": "capitaine",
                               "organization": ("opt", "Lille")})
    V(a, "role", "Son [entraîneur]", {"person": "Pierre Aubertin", "title": "entraîneur",
                                      "organization": ("opt", "Lille")})
    for trig, who in [("attaquant", "Jonas Vermeulen"), ("milieu", "Tiago Ramalho"),
                      ("avant-centre", "Samuel Ndiaye"), ("défenseur", "Malik Sow")]:
        V(a, "role", trig, {"person": who, "title": trig}, optional=True,
          note="a player's position")
