"""The six articles of the second blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind2`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, inside guillemets in article D)
NN = "\u202f"    # narrow no-break space (thousands)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"

    # ------------------------------------------------------------ A: takeover bid
    a = B.article("A-opa", "2026-02-09", (
        "LYON, 9 février (AFP) - Le fabricant lyonnais de pompes industrielles Coréval va passer sous "
        "pavillon néerlandais : son concurrent Van Doorn Fluids lance une offre publique d'achat (OPA) "
        "amicale à 54,20 euros par action, ont annoncé lundi les deux groupes dans un communiqué commun.\n\n"
        "L'offre, entièrement en numéraire, valorise Coréval à quelque 1,37 milliard d'euros et fait "
        f"ressortir une prime de 31{NB}% sur le cours de clôture de vendredi, a précisé l'acquéreur. Van Doorn "
        "Fluids s'est déjà entendu avec la famille Berthelot, actionnaire historique, pour lui reprendre "
        f"son bloc de 27,5{NB}% du capital.\n\n"
        "« Ce rapprochement donne naissance à un champion européen capable de tenir tête aux géants "
        "américains », a déclaré le président du directoire de Van Doorn Fluids, Pieter Hoekstra, devant la "
        "presse à Lyon. Le nouvel ensemble pèsera environ 3,2 milliards d'euros de chiffre d'affaires et "
        f"emploiera 11{NN}400 personnes.\n\n"
        "Le PDG de Coréval, Étienne Malaval, a jugé l'offre « juste et créatrice de valeur » et indiqué que "
        "le conseil d'administration recommanderait à l'unanimité aux actionnaires de l'apporter. Il "
        "restera à la tête de la branche française pendant au moins trois ans.\n\n"
        "L'opération, qui doit encore recevoir le feu vert de l'Autorité des marchés financiers (AMF) et de "
        "la Commission européenne, devrait être bouclée au troisième trimestre. Prudente, la CFE-CGC exige "
        "« des engagements écrits » sur l'avenir du site de Villeurbanne et de ses 650 salariés.\n\n"
        f"À la Bourse de Paris, l'action Coréval a bondi de 28,4{NB}% lundi, à 53,10 euros.\n\n"
        "Selon Le Progrès, un autre prétendant, le fonds américain Harwick Capital, aurait étudié un rachat "
        "de Coréval à l'automne avant d'y renoncer. Van Doorn Fluids avait déjà mis la main en 2023 sur "
        "l'italien Idrotecna, pour 210 millions d'euros."))
    for s, l, c in [("LYON", LOC, None), ("AFP", ORG, None), ("Coréval", ORG, None),
                    ("Van Doorn Fluids", ORG, None),
                    ("Berthelot", PER, None), ("Pieter Hoekstra", PER, None), ("Lyon", LOC, None),
                    ("Étienne Malaval", PER, None), ("Autorité des marchés financiers", ORG, None),
                    ("AMF", ORG, "Autorité des marchés financiers"), ("Commission européenne", ORG, None),
                    ("CFE-CGC", ORG, None), ("Villeurbanne", LOC, None), ("Bourse de Paris", ORG, None),
                    ("Le Progrès", ORG, None), ("Harwick Capital", ORG, None), ("Idrotecna", ORG, None)]:
        E(a, s, l, c)
    a["notes"].append("Events: the combined group's '3,2 milliards d'euros de chiffre d'affaires' (pèsera) is a "
                      "pro forma forecast, not a result; the price per share (54,20 euros) is not the deal's amount.")
    a["notes"].append("Entities: 'la famille Berthelot' gives the person name 'Berthelot' (PER); 'OPA' is a "
                      "kind of deal, not an entity; 'néerlandais', 'américain(s)', 'italien' are adjectives.")
    M(a, "54,20 euros", 54.2, "EUR")
    M(a, "1,37 milliard d'euros", 1.37e9, "EUR")
    M(a, "3,2 milliards d'euros", 3.2e9, "EUR")
    M(a, "53,10 euros", 53.1, "EUR")
    M(a, "210 millions d'euros", 210e6, "EUR")
    P(a, f"31{NB}%", 31)
    P(a, f"27,5{NB}%", 27.5)
    P(a, f"28,4{NB}%", 28.4)
    D(a, "9 février", "2026-02-09", note="dateline")
    D(a, "lundi", "2026-02-09", note="the dateline day (x2)")
    D(a, "vendredi", "2026-02-06", note="'le cours de clôture de vendredi': the last session")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'pendant au moins trois ans'")
    D(a, "troisième trimestre", "2026-Q3")
    D(a, "lundi", "2026-02-09", nth=1)
    D(a, "automne", "2025-FA", note="past tense, before the February reference date")
    D(a, "2023", "2023")
    Q(a, "[Le fabricant lyonnais de pompes industrielles Coréval va passer sous pavillon néerlandais : son concurrent Van Doorn Fluids lance une offre publique d'achat (OPA) amicale à 54,20 euros par action], ont annoncé",
      "indirect", "ont annoncé", ("[les deux groupes]", None, None),
      note="inverted reporting clause; the speakers are the two companies, named only as a noun phrase")
    Q(a, f"[L'offre, entièrement en numéraire, valorise Coréval à quelque 1,37 milliard d'euros et fait ressortir une prime de 31{NB}% sur le cours de clôture de vendredi], a précisé",
      "indirect", "a précisé", ("l'[acquéreur].", "Van Doorn Fluids", ORG),
      note="'l'acquéreur' is Van Doorn Fluids, named in the previous sentence")
    Q(a, "« [Ce rapprochement donne naissance à un champion européen capable de tenir tête aux géants américains] »",
      "direct", "a déclaré", ("Pieter Hoekstra", "Pieter Hoekstra", PER), gender="male")
    Q(a, "« [juste et créatrice de valeur] »", "direct", "a jugé",
      ("Étienne Malaval", "Étienne Malaval", PER), gender="male")
    Q(a, "indiqué que [le conseil d'administration recommanderait à l'unanimité aux actionnaires de l'apporter].",
      "indirect", "indiqué", ("Étienne Malaval", "Étienne Malaval", PER), gender="male")
    Q(a, "« [des engagements écrits] »", "direct", "exige", ("CFE-CGC", "CFE-CGC", ORG))
    Q(a, "Le Progrès, [un autre prétendant, le fonds américain Harwick Capital, aurait étudié un rachat de Coréval à l'automne avant d'y renoncer].",
      "indirect", "Selon", ("Le Progrès", "Le Progrès", ORG))
    V(a, "acquisition", "offre publique d'achat", {
        "target": "Coréval", "buyer": "Van Doorn Fluids", "amount": ("opt", "1,37 milliard d'euros"),
        "date": "[lundi] les deux", "status": "announced"},
      note="a bid launched: announced; the offer's total value is an optional amount (the text gives it as "
           "what the offer values the company at)")
    V(a, "acquisition", "reprendre", {
        "target": "Coréval", "buyer": "Van Doorn Fluids", "seller": "Berthelot", "stake": f"27,5{NB}%",
        "status": "announced"}, note="an agreed purchase of the family's block, not yet closed")
    V(a, "acquisition", "[rachat] de Coréval", {
        "target": "Coréval", "buyer": "Harwick Capital", "date": ("opt", "automne"),
        "status": "planned"},
      note="a bid studied ('aurait étudié') then dropped: still an event, planned")
    V(a, "acquisition", "mis la main", {
        "target": "Idrotecna", "buyer": "Van Doorn Fluids", "amount": "210 millions d'euros",
        "date": "2023", "status": "done"})
    V(a, "valuation", "valorise", {"company": "Coréval", "amount": "1,37 milliard d'euros"}, optional=True,
      note="the bid's value for the whole company, also the acquisition's amount")
    V(a, "role", "président du directoire", {"person": "Pieter Hoekstra", "title": "président du directoire",
                                             "organization": "Van Doorn Fluids"})
    V(a, "role", "PDG", {"person": "Étienne Malaval", "title": "PDG", "organization": "Coréval"})

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ B: annual results of a bank
    a = B.article("B-resultats-annuels", "2026-03-05", (
        "CLERMONT-FERRAND, 5 mars (AFP) - Le groupe bancaire mutualiste Crédit Sévenol a dégagé en 2025 un "
        f"résultat net part du groupe record de 1,64 milliard d'euros, en progression de 12,3{NB}% sur un an, "
        "grâce au rebond du crédit immobilier et à un coût du risque contenu, a-t-il annoncé jeudi.\n\n"
        f"Le produit net bancaire (PNB) a atteint 7,92 milliards d'euros, soit une hausse de 4,6{NB}%, "
        f"tandis que le résultat brut d'exploitation s'est inscrit à 2,8 milliards d'euros (+7{NB}%). Le "
        "coefficient d'exploitation, qui rapporte les charges aux revenus, s'est amélioré de 1,4 point, à "
        f"64,6{NB}%.\n\n"
        f"Au seul quatrième trimestre, le bénéfice a toutefois reculé de 5,8{NB}%, à 352 millions d'euros, "
        "plombé par une charge exceptionnelle de 90 millions d'euros liée à la fermeture de 48 agences.\n\n"
        "« 2025 a été l'année de la reconquête : nous avons accordé plus de 19 milliards d'euros de "
        "nouveaux prêts à l'habitat, du jamais-vu depuis 2021 », s'est félicitée la directrice générale, "
        "Clarisse Fontanel, devant la presse. Pour 2026, la banque table sur une croissance de son PNB "
        f"« d'au moins 3{NB}% » et vise un ratio de solvabilité CET1 supérieur à 17{NB}%, contre 16,8{NB}% à "
        "fin décembre.\n\n"
        f"Les sociétaires percevront une rémunération de 4,25{NB}% sur leurs parts sociales au titre de "
        "l'exercice écoulé, a précisé l'établissement.\n\n"
        "Le directeur financier, Raphaël Guédon, a prévenu que la baisse des taux directeurs décidée par la "
        "Banque centrale européenne pèserait sur la marge d'intérêt « dès le premier semestre ». Selon lui, "
        "le manque à gagner pourrait atteindre 200 millions d'euros sur l'année.\n\n"
        "Sa concurrente Banque Ligérienne, qui publiait ses comptes le même jour, a vu son bénéfice net "
        f"fondre de 9{NB}%, à 610 millions d'euros. Les analystes de Kepler Cheuvreux jugent ces "
        "performances « très contrastées » au sein du secteur mutualiste."))
    for s, l in [("CLERMONT-FERRAND", LOC), ("AFP", ORG), ("Crédit Sévenol", ORG), ("Clarisse Fontanel", PER),
                 ("Raphaël Guédon", PER), ("Banque centrale européenne", ORG), ("Banque Ligérienne", ORG),
                 ("Kepler Cheuvreux", ORG)]:
        E(a, s, l)
    a["notes"].append("Entities: 'PNB' (a metric) and 'CET1' (a ratio) are not entities.")
    M(a, "1,64 milliard d'euros", 1.64e9, "EUR")
    M(a, "7,92 milliards d'euros", 7.92e9, "EUR")
    M(a, "2,8 milliards d'euros", 2.8e9, "EUR")
    M(a, "352 millions d'euros", 352e6, "EUR")
    M(a, "90 millions d'euros", 90e6, "EUR")
    M(a, "19 milliards d'euros", 19e9, "EUR")
    M(a, "200 millions d'euros", 200e6, "EUR")
    M(a, "610 millions d'euros", 610e6, "EUR")
    for s, v in [(f"12,3{NB}%", 12.3), (f"4,6{NB}%", 4.6), (f"+7{NB}%", 7), (f"64,6{NB}%", 64.6),
                 (f"5,8{NB}%", 5.8), (f"3{NB}%", 3), (f"17{NB}%", 17), (f"16,8{NB}%", 16.8),
                 (f"4,25{NB}%", 4.25), (f"9{NB}%", 9)]:
        P(a, s, v)
    P(a, "1,4 point", 1.4, points=True)
    D(a, "5 mars", "2026-03-05")
    D(a, "2025", "2025", note="'en 2025': the financial year")
    D(a, "un an", "P1Y", typ="DURATION", opt=True, note="'sur un an' = year on year")
    D(a, "jeudi", "2026-03-05")
    D(a, "quatrième trimestre", "2025-Q4")
    D(a, "2025", "2025", nth=1, note="'2025 a été l'année ...' inside the quote")
    D(a, "2021", "2021")
    D(a, "2026", "2026")
    D(a, "fin décembre", "2025-12", mod="END", note="'à fin décembre': end of the past year")
    D(a, "exercice écoulé", "2025", opt=True, note="the past financial year")
    D(a, "premier semestre", "2026-H1", note="future: 'pèserait dès le premier semestre'")
    D(a, "année", "2026", nth=1, opt=True, note="'sur l'année': anaphoric, 2026")
    D(a, "même jour", "2026-03-05", opt=True, note="'le même jour': anaphoric")
    Q(a, "[Le groupe bancaire mutualiste Crédit Sévenol a dégagé en 2025 un résultat net part du groupe record de 1,64 milliard d'euros, en progression de 12,3\u00a0% sur un an, grâce au rebond du crédit immobilier et à un coût du risque contenu], a-t-il",
      "indirect", "a-t-il annoncé", ("a-t-[il] annoncé", "Crédit Sévenol", ORG),
      note="inverted reporting clause: the sentence before it is the quote; 'il' is the group")
    Q(a, "« [2025 a été l'année de la reconquête : nous avons accordé plus de 19 milliards d'euros de nouveaux prêts à l'habitat, du jamais-vu depuis 2021] »",
      "direct", "s'est félicitée", ("Clarisse Fontanel", "Clarisse Fontanel", PER), gender="female")
    Q(a, f"« [d'au moins 3{NB}%] »", "direct", "table", ("la [banque] table", "Crédit Sévenol", ORG), optional=True,
      note="marked words after 'table sur', not a speech verb")
    Q(a, f"[Les sociétaires percevront une rémunération de 4,25{NB}% sur leurs parts sociales au titre de l'exercice écoulé], a précisé",
      "indirect", "a précisé", ("l'[établissement].", "Crédit Sévenol", ORG))
    Q(a, "« [dès le premier semestre] »", "direct", "a prévenu", ("Raphaël Guédon", "Raphaël Guédon", PER),
      gender="male", note="partly quoted clause after 'a prévenu que': one direct quote for the marked words")
    Q(a, "Selon lui, [le manque à gagner pourrait atteindre 200 millions d'euros sur l'année].", "indirect",
      "Selon", ("Selon [lui]", "Raphaël Guédon", PER), gender="male")
    Q(a, "« [très contrastées] »", "direct", "jugent", ("[Les analystes de Kepler Cheuvreux]", None, None))
    V(a, "result", "résultat net part du groupe", {
        "company": "Crédit Sévenol", "metric": "net_income", "amount": "1,64 milliard d'euros",
        "change": f"12,3{NB}%", "period": "[2025] un"})
    V(a, "result", "produit net bancaire", {
        "company": "Crédit Sévenol", "metric": "revenue", "amount": "7,92 milliards d'euros",
        "change": f"4,6{NB}%", "period": ("opt", "[2025] un")},
      note="a bank's net banking income is its revenue")
    V(a, "result", "résultat brut d'exploitation", {
        "company": "Crédit Sévenol", "metric": "operating_income", "amount": "2,8 milliards d'euros",
        "change": f"+7{NB}%", "period": ("opt", "[2025] un")},
      note="gross operating income (RBE) of a bank: operating_income")
    V(a, "result", "coefficient d'exploitation", {"company": "Crédit Sévenol", "metric": "other"},
      optional=True, note="a ratio, no amount")
    V(a, "result", "bénéfice a", {
        "company": "Crédit Sévenol", "metric": "net_income", "amount": "352 millions d'euros",
        "change": f"5,8{NB}%", "period": "quatrième trimestre"})
    V(a, "result", "bénéfice net", {
        "company": "Banque Ligérienne", "metric": "net_income", "amount": "610 millions d'euros",
        "change": f"9{NB}%"})
    V(a, "role", "directrice générale", {"person": "Clarisse Fontanel", "title": "directrice générale",
                                         "organization": ("opt", "Crédit Sévenol")})
    V(a, "role", "directeur financier", {"person": "Raphaël Guédon", "title": "directeur financier",
                                         "organization": ("opt", "Crédit Sévenol")})


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ C: funding round and a hire
    a = B.article("C-levee-recrutement", "2026-05-20", (
        "BORDEAUX, 20 mai (AFP) - Kelpio, jeune pousse bordelaise qui transforme des algues en emballages "
        "compostables, a bouclé un tour de table de 32 millions d'euros, a-t-elle fait savoir mercredi. "
        "Cette série A est emmenée par le fonds parisien Cassiopée Partners, aux côtés du danois Havblik "
        "Capital, du Fonds européen d'investissement et de Bpifrance, déjà présente au capital.\n\n"
        "Selon une personne au fait des négociations, l'opération valorise l'entreprise à près de 140 millions "
        "d'euros, soit le double de l'évaluation retenue lors de son amorçage, en 2024.\n\n"
        "Créée il y a trois ans par Margaux Léonetti, docteure en biologie marine, et son associé Hugo "
        "Ferrat, Kelpio emploie 45 personnes à Mérignac et revendique une vingtaine de clients, parmi "
        "lesquels la chaîne de boulangeries Maison Clément.\n\n"
        "« Nous voulons passer d'une ligne pilote à une véritable usine, capable de sortir 200 millions de "
        "barquettes par an d'ici 2028 », explique Margaux Léonetti, qui dit viser l'Allemagne et les pays "
        "nordiques dès l'an prochain.\n\n"
        "Pour accompagner ce changement d'échelle, la société a recruté Stéphane Oberlin comme directeur "
        "des opérations. Âgé de 47 ans, cet ingénieur a passé quinze ans chez le verrier Cristalor, dont il "
        "dirigeait jusqu'ici l'usine de Cognac. Il prendra ses fonctions le 1er juin.\n\n"
        "Chez Cassiopée Partners, on mise sur le durcissement de la réglementation européenne. "
        "« L'interdiction progressive des plastiques à usage unique ouvre un marché immense », souligne "
        "Aurélie Vasseur, associée du fonds, qui fera son entrée au conseil d'administration de Kelpio.\n\n"
        "D'après le cabinet Altaïr Conseil, les start-up françaises des emballages biosourcés ont capté "
        f"410 millions d'euros de capital-risque l'an dernier, un montant en hausse de 22{NB}% sur un an."))
    for s, l, c in [("BORDEAUX", LOC, None), ("AFP", ORG, None), ("Kelpio", ORG, None),
                    ("Cassiopée Partners", ORG, None), ("Havblik Capital", ORG, None),
                    ("Fonds européen d'investissement", ORG, None), ("Bpifrance", ORG, None),
                    ("Margaux Léonetti", PER, None), ("Hugo Ferrat", PER, None),
                    ("Mérignac", LOC, None), ("Maison Clément", ORG, None), ("Allemagne", LOC, None),
                    ("Stéphane Oberlin", PER, None), ("Cristalor", ORG, None), ("Cognac", LOC, None),
                    ("Aurélie Vasseur", PER, None), ("Altaïr Conseil", ORG, None)]:
        E(a, s, l, c)
    a["notes"].append("Entities: 'bordelaise', 'danois', 'nordiques', 'françaises' are adjectives, not entities.")
    M(a, "32 millions d'euros", 32e6, "EUR")
    M(a, "140 millions d'euros", 140e6, "EUR")
    M(a, "410 millions d'euros", 410e6, "EUR")
    P(a, f"22{NB}%", 22)
    D(a, "20 mai", "2026-05-20")
    D(a, "mercredi", "2026-05-20")
    D(a, "2024", "2024")
    D(a, "il y a trois ans", "2023")
    D(a, "par an", "P1Y", typ="SET", opt=True)
    D(a, "2028", "2028", note="'d'ici 2028'")
    D(a, "an prochain", "2027", note="'dès l'an prochain'")
    D(a, "47 ans", "P47Y", typ="DURATION", opt=True, note="an age")
    D(a, "quinze ans", "P15Y", typ="DURATION")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True)
    D(a, "1er juin", "2026-06-01")
    D(a, "an dernier", "2025")
    D(a, "un an", "P1Y", typ="DURATION", opt=True, note="'sur un an' = year on year")
    Q(a, "[Kelpio, jeune pousse bordelaise qui transforme des algues en emballages compostables, a bouclé un tour de table de 32 millions d'euros], a-t-elle",
      "indirect", "a-t-elle fait savoir", ("a-t-[elle] fait", "Kelpio", ORG),
      note="inverted reporting clause; 'elle' is the company")
    Q(a, "négociations, [l'opération valorise l'entreprise à près de 140 millions d'euros, soit le double de l'évaluation retenue lors de son amorçage, en 2024].",
      "indirect", "Selon", ("[une personne au fait des négociations]", None, None))
    Q(a, "« [Nous voulons passer d'une ligne pilote à une véritable usine, capable de sortir 200 millions de barquettes par an d'ici 2028] »",
      "direct", "explique", ("Margaux Léonetti", "Margaux Léonetti", PER), gender="female")
    Q(a, "dit [viser l'Allemagne et les pays nordiques dès l'an prochain].", "indirect", "dit",
      ("Margaux Léonetti", "Margaux Léonetti", PER), gender="female",
      note="'qui dit viser': the relative pronoun stands for the name just before")
    Q(a, "« [L'interdiction progressive des plastiques à usage unique ouvre un marché immense] »",
      "direct", "souligne", ("Aurélie Vasseur", "Aurélie Vasseur", PER), gender="female")
    Q(a, f"Conseil, [les start-up françaises des emballages biosourcés ont capté 410 millions d'euros de capital-risque l'an dernier, un montant en hausse de 22{NB}% sur un an].",
      "indirect", "D'après", ("Altaïr Conseil", "Altaïr Conseil", ORG))
    V(a, "funding", "tour de table", {
        "company": "Kelpio", "amount": "32 millions d'euros",
        "investors": ["Cassiopée Partners", "Havblik Capital", "Fonds européen d'investissement", "Bpifrance"],
        "valuation": "140 millions d'euros", "round": "série A", "date": "mercredi"})
    V(a, "funding", "amorçage", {"company": "Kelpio", "round": "amorçage", "date": "2024"}, optional=True,
      note="an earlier round named without an amount")
    V(a, "role", "[directeur des opérations]. Âgé", {"person": "Stéphane Oberlin",
                                                      "title": "directeur des opérations",
                                                      "organization": ("opt", "Kelpio")},
      note="'la société a recruté X comme ...': the company is named earlier")
    V(a, "role", "associée du fonds", {"person": "Aurélie Vasseur", "title": "associée",
                                       "organization": "Cassiopée Partners"})
    V(a, "role", "Créée", {"person": "Margaux Léonetti", "title": "fondatrice", "organization": "Kelpio"},
      optional=True, note="founding stated as a verb")
    V(a, "role", "Créée", {"person": "Hugo Ferrat", "title": "fondateur", "organization": "Kelpio"},
      optional=True, note="founding stated as a verb")
    V(a, "role", "dirigeait", {"person": "Stéphane Oberlin", "organization": "Cristalor"},
      optional=True, note="former post stated as a verb, about a plant")


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    # ------------------------------------------------------------ D: government reshuffle
    a = B.article("D-remaniement", "2026-09-23", (
        "PARIS, 23 septembre (AFP) - Le nouveau gouvernement d'Arnaud Vasselin a été dévoilé mardi soir par "
        "le secrétaire général de l'Élysée, au terme de dix jours de tractations. Principal changement, la "
        "ministre de l'Économie, Florence Daumier, quitte Bercy au profit de Gilles Montaner, jusqu'ici "
        "directeur général de la Caisse des dépôts.\n\n"
        "Le ministre de l'Intérieur, Lucien Ravel (Renaissance), conserve son portefeuille, tandis que la "
        "députée LR de la Drôme Nadège Barrault fait son entrée au Travail. "
        f"{O}J'ai accepté à une condition : rouvrir sans tabou le dossier des retraites{C}, a expliqué ce "
        f"mercredi matin Mme Barrault sur France Inter, assurant avoir obtenu {O}des garanties claires{C} du "
        "chef du gouvernement.\n\n"
        "Le retour de Philippe Carlier, ancien maire de Tourcoing, au ministère des Armées a surpris jusque "
        f"dans la majorité. Selon un conseiller de l'exécutif, M. Carlier a été choisi pour {O}rassurer les "
        f"militaires{C} à l'approche de la loi de programmation.\n\n"
        f"Arnaud Vasselin a défendu une équipe {O}resserrée et combative{C}, qui compte 28 membres contre 35 "
        "auparavant. La passation de pouvoirs entre Mme Daumier et M. Montaner aura lieu jeudi à 11 heures.\n\n"
        "À gauche, les critiques ont fusé. La première secrétaire du Parti socialiste, Sandrine Lefol, a "
        f"dénoncé {O}un gouvernement de recyclage{C}. {O}Rien ne change, sinon les noms sur les portes{C}, a "
        "raillé le coordinateur de La France insoumise, Mehdi Arfaoui, qui a annoncé le dépôt d'une motion "
        "de censure dès la semaine prochaine.\n\n"
        f"Le Rassemblement national ne la votera pas {O}à ce stade{C}, a indiqué son vice-président, Thibault "
        f"Rennequin. La CGT, de son côté, attend {O}des actes{C} sur les salaires, selon sa secrétaire "
        "générale.\n\n"
        f"Ce remaniement {O}vise d'abord à sécuriser le vote du budget 2027 avant le 31 décembre{C}, a estimé "
        "le politologue Jérôme Sainclair dans un entretien au Monde. Le Premier ministre "
        f"{O}achète du temps{C}, juge-t-il, sans pouvoir écarter une dissolution."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False),
                       ("Arnaud Vasselin", PER, None, False), ("Élysée", ORG, None, False),
                       ("Florence Daumier", PER, None, False), ("Daumier", PER, "Florence Daumier", False),
                       ("Bercy", ORG, None, True), ("Gilles Montaner", PER, None, False),
                       ("Montaner", PER, "Gilles Montaner", False), ("Caisse des dépôts", ORG, None, False),
                       ("Lucien Ravel", PER, None, False), ("Renaissance", ORG, None, False),
                       ("LR", ORG, None, False), ("Drôme", LOC, None, False),
                       ("Nadège Barrault", PER, None, False), ("Barrault", PER, "Nadège Barrault", False),
                       ("France Inter", ORG, None, False), ("Philippe Carlier", PER, None, False),
                       ("Carlier", PER, "Philippe Carlier", False), ("Tourcoing", LOC, None, False),
                       ("ministère des Armées", ORG, None, False), ("Parti socialiste", ORG, None, False),
                       ("Sandrine Lefol", PER, None, False), ("La France insoumise", ORG, None, False),
                       ("Mehdi Arfaoui", PER, None, False), ("Rassemblement national", ORG, None, False),
                       ("Thibault Rennequin", PER, None, False), ("CGT", ORG, None, False),
                       ("Jérôme Sainclair", PER, None, False), ("Monde", ORG, "Le Monde", False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'secrétaire général de l'Élysée': the presidency (ORG); 'quitte Bercy' can be "
                      "read as the ministry or the place, optional ORG; 'au Monde' is the newspaper Le Monde, the "
                      "article contracted into 'au' (span 'Monde'); 'La France insoumise' keeps the article of its "
                      "name; 'Travail' (the ministry by its portfolio) is not annotated.")
    D(a, "23 septembre", "2026-09-23")
    D(a, "mardi soir", "2026-09-22TEV", typ="TIME", note="TIMEX3 part of day: EV")
    D(a, "dix jours", "P10D", typ="DURATION")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True)
    D(a, "ce mercredi matin", "2026-09-23TMO", typ="TIME", note="TIMEX3 part of day: MO")
    D(a, "auparavant", "PAST_REF", opt=True)
    D(a, "jeudi à 11 heures", "2026-09-24T11:00", typ="TIME", note="one TIMEX3: day and hour")
    D(a, "semaine prochaine", "2026-W40")
    D(a, "2027", "2027", note="'le budget 2027'")
    D(a, "31 décembre", "2026-12-31")
    a["notes"].append("Money and percentages: none in this article ('28 membres contre 35' are counts).")
    Q(a, f"{O}[J'ai accepté à une condition : rouvrir sans tabou le dossier des retraites]{C}", "direct",
      "a expliqué", ("Barrault", "Nadège Barrault", PER), gender="female")
    Q(a, f"{O}[des garanties claires]{C}", "direct", "assurant", ("Barrault", "Nadège Barrault", PER),
      gender="female", note="partly quoted clause after 'assurant avoir obtenu': one direct quote")
    Q(a, f"{O}[rassurer les militaires]{C}", "direct", "Selon", ("[un conseiller de l'exécutif]", None, None),
      note="partly quoted clause after 'Selon X,': one direct quote for the marked words")
    Q(a, f"{O}[resserrée et combative]{C}", "direct", "a défendu", ("Arnaud Vasselin", "Arnaud Vasselin", PER),
      gender="male")
    Q(a, f"{O}[un gouvernement de recyclage]{C}", "direct", "dénoncé", ("Sandrine Lefol", "Sandrine Lefol", PER),
      gender="female")
    Q(a, f"{O}[Rien ne change, sinon les noms sur les portes]{C}", "direct", "a raillé",
      ("Mehdi Arfaoui", "Mehdi Arfaoui", PER), gender="male")
    Q(a, "annoncé [le dépôt d'une motion de censure dès la semaine prochaine].", "indirect", "annoncé",
      ("Mehdi Arfaoui", "Mehdi Arfaoui", PER), gender="male", optional=True,
      note="'a annoncé' + noun phrase, not a clause")
    Q(a, f"{O}[à ce stade]{C}", "direct", "a indiqué", ("Thibault Rennequin", "Thibault Rennequin", PER),
      gender="male", note="partly quoted inverted clause: one direct quote for the marked words")
    Q(a, f"{O}[des actes]{C}", "direct", "selon", ("[sa secrétaire générale]", None, None), gender="female",
      note="the CGT's leader, not named; 'attend « ... », selon X'")
    Q(a, f"{O}[vise d'abord à sécuriser le vote du budget 2027 avant le 31 décembre]{C}", "direct", "a estimé",
      ("Jérôme Sainclair", "Jérôme Sainclair", PER), gender="male")
    Q(a, f"{O}[achète du temps]{C}", "direct", "juge-t-il", ("juge-t-[il]", "Jérôme Sainclair", PER),
      gender="male")
    V(a, "role", "ministre de l'Économie", {"person": "Florence Daumier", "title": "ministre de l'Économie"})
    V(a, "role", "directeur général", {"person": "Gilles Montaner", "title": "directeur général",
                                       "organization": "Caisse des dépôts"},
      note="his post until now ('jusqu'ici')")
    V(a, "role", "au profit", {"person": "Gilles Montaner"}, optional=True,
      note="the new economy minister, stated by 'quitte Bercy au profit de', no title")
    V(a, "role", "ministre de l'Intérieur", {"person": "Lucien Ravel", "title": "ministre de l'Intérieur"})
    V(a, "role", "députée", {"person": "Nadège Barrault", "title": "députée", "organization": ("opt", "LR")})
    V(a, "role", "entrée au Travail", {"person": "Nadège Barrault"}, optional=True,
      note="the labour ministry by its portfolio, no title")
    V(a, "role", "maire", {"person": "Philippe Carlier"}, optional=True,
      note="a former mayor ('ancien maire de Tourcoing'); the title may be written several ways")
    V(a, "role", "première secrétaire", {"person": "Sandrine Lefol", "title": "première secrétaire",
                                         "organization": "Parti socialiste"})
    V(a, "role", "coordinateur", {"person": "Mehdi Arfaoui", "title": "coordinateur",
                                  "organization": "La France insoumise"})
    V(a, "role", "vice-président", {"person": "Thibault Rennequin", "title": "vice-président",
                                    "organization": ("opt", "Rassemblement national")},
      note="'son vice-président': the RN, subject of the sentence")
    V(a, "role", "politologue", {"person": "Jérôme Sainclair", "title": "politologue"}, optional=True,
      note="a profession, not a post in a body")
    V(a, "role", "[Premier ministre] «", {"person": "Arnaud Vasselin", "title": "Premier ministre"},
      optional=True, note="named in the first sentence only; the title comes at the end, unnamed")


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ E: court and police
    a = B.article("E-justice", "2026-06-17", (
        "RENNES, 17 juin (AFP) - Le gérant de l'entreprise de maçonnerie Bâtir Armor, Yannick Le Goff, a été "
        "mis en examen mardi pour homicides involontaires, deux mois après l'effondrement d'un échafaudage "
        "qui avait coûté la vie à deux ouvriers à Saint-Malo, a annoncé le parquet de Rennes.\n\n"
        "Placé sous contrôle judiciaire, l'homme de 58 ans a interdiction de diriger une entreprise du "
        f"bâtiment et devra verser une caution de 80{NN}000 euros, a précisé le procureur de la République, "
        "Franck Delmas, lors d'une conférence de presse mercredi.\n\n"
        "Selon les premières conclusions des experts, la structure, montée en une seule journée, ne "
        "comportait pas la moitié des ancrages requis. « Les règles les plus élémentaires de sécurité ont "
        "été ignorées, par souci d'économie », a affirmé le magistrat, évoquant un chantier mené « dans "
        "l'urgence ».\n\n"
        "L'avocat de M. Le Goff, Me Thomas Quéméner, a contesté toute « négligence délibérée » et annoncé "
        "son intention de demander une contre-expertise. « Mon client est dévasté. Il connaissait ces deux "
        "hommes depuis quinze ans », a-t-il déclaré à Ouest-France.\n\n"
        "Les familles des victimes, deux frères âgés de 31 et 34 ans, se sont constituées parties civiles. "
        "Leur avocate, Me Soazig Carnec, a salué « une première étape », tout en réclamant que le maître "
        "d'ouvrage, la société immobilière Kerlan Habitat, soit lui aussi poursuivi.\n\n"
        "L'Inspection du travail avait relevé, lors d'un contrôle en 2024, plusieurs manquements sur un "
        "autre chantier de l'entreprise, d'après des documents consultés par l'AFP. Bâtir Armor, qui emploie "
        f"une trentaine de salariés, avait alors écopé d'une amende de 12{NN}500 euros.\n\n"
        "Une marche blanche doit être organisée samedi à Saint-Malo à l'appel de l'union locale de la CGT."))
    for s, l, c, o in [("RENNES", LOC, None, False), ("AFP", ORG, None, False), ("Bâtir Armor", ORG, None, False),
                       ("Yannick Le Goff", PER, None, False), ("Le Goff", PER, "Yannick Le Goff", False),
                       ("Saint-Malo", LOC, None, False), ("parquet de Rennes", ORG, None, True),
                       ("Franck Delmas", PER, None, False), ("Thomas Quéméner", PER, None, False),
                       ("Ouest-France", ORG, None, False), ("Soazig Carnec", PER, None, False),
                       ("Kerlan Habitat", ORG, None, False), ("Inspection du travail", ORG, None, False),
                       ("CGT", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    E(a, "parquet de [Rennes]", LOC, opt=True)
    a["notes"].append("Entities: 'parquet de Rennes' (ORG) and the 'Rennes' inside it (LOC) are overlapping "
                      "optional items; 'Me' is a title, left out of the lawyers' names.")
    M(a, f"80{NN}000 euros", 80000, "EUR")
    M(a, f"12{NN}500 euros", 12500, "EUR")
    D(a, "17 juin", "2026-06-17")
    D(a, "mardi", "2026-06-16")
    D(a, "deux mois", "P2M", typ="DURATION", note="'deux mois après ...'")
    D(a, "58 ans", "P58Y", typ="DURATION", opt=True, note="an age")
    D(a, "mercredi", "2026-06-17")
    D(a, "une seule journée", "P1D", typ="DURATION", opt=True, note="'montée en une seule journée'")
    D(a, "quinze ans", "P15Y", typ="DURATION", note="'depuis quinze ans'")
    D(a, "34 ans", "P34Y", typ="DURATION", opt=True, note="an age ('31 et 34 ans')")
    D(a, "2024", "2024")
    D(a, "samedi", "2026-06-20")
    a["notes"].append("Percentages: none ('la moitié' is not a percentage).")
    Q(a, "[Le gérant de l'entreprise de maçonnerie Bâtir Armor, Yannick Le Goff, a été mis en examen mardi pour homicides involontaires, deux mois après l'effondrement d'un échafaudage qui avait coûté la vie à deux ouvriers à Saint-Malo], a annoncé",
      "indirect", "a annoncé", ("parquet de Rennes", "parquet de Rennes", ORG))
    Q(a, f"[Placé sous contrôle judiciaire, l'homme de 58 ans a interdiction de diriger une entreprise du bâtiment et devra verser une caution de 80{NN}000 euros], a précisé",
      "indirect", "a précisé", ("Franck Delmas", "Franck Delmas", PER), gender="male")
    Q(a, "experts, [la structure, montée en une seule journée, ne comportait pas la moitié des ancrages requis].",
      "indirect", "Selon", ("[les premières conclusions des experts]", None, None),
      note="a document whose issuer is only a noun phrase")
    Q(a, "« [Les règles les plus élémentaires de sécurité ont été ignorées, par souci d'économie] »",
      "direct", "a affirmé", ("le [magistrat],", "Franck Delmas", PER), gender="male")
    Q(a, "« [dans l'urgence] »", "direct", "évoquant", ("le [magistrat],", "Franck Delmas", PER), gender="male",
      optional=True, note="marked words after 'évoquant un chantier mené'")
    Q(a, "« [négligence délibérée] »", "direct", "a contesté", ("Thomas Quéméner", "Thomas Quéméner", PER),
      gender="male", optional=True, note="the words the lawyer rejects, perhaps not his own")
    Q(a, "« [Mon client est dévasté. Il connaissait ces deux hommes depuis quinze ans] »", "direct",
      "a-t-il déclaré", ("a-t-[il] déclaré", "Thomas Quéméner", PER), gender="male")
    Q(a, "« [une première étape] »", "direct", "a salué", ("Soazig Carnec", "Soazig Carnec", PER),
      gender="female")
    Q(a, "réclamant que [le maître d'ouvrage, la société immobilière Kerlan Habitat, soit lui aussi poursuivi].",
      "indirect", "réclamant", ("Soazig Carnec", "Soazig Carnec", PER), gender="female")
    Q(a, "[L'Inspection du travail avait relevé, lors d'un contrôle en 2024, plusieurs manquements sur un autre chantier de l'entreprise], d'après",
      "indirect", "[d'après] des documents", ("[des documents consultés par l'AFP]", None, None))
    V(a, "role", "gérant", {"person": "Yannick Le Goff", "title": "gérant", "organization": "Bâtir Armor"})
    V(a, "role", "procureur de la République", {"person": "Franck Delmas", "title": "procureur de la République"})
    V(a, "role", "avocat", {"person": "Thomas Quéméner", "title": "avocat"}, optional=True,
      note="counsel of a person, not a post in a body")
    V(a, "role", "avocate", {"person": "Soazig Carnec", "title": "avocate"}, optional=True,
      note="counsel of a person, not a post in a body")


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ F: football, new coach and a transfer
    a = B.article("F-sport-entraineur", "2026-07-08", (
        "LENS, 8 juillet (AFP) - Le RC Lens a présenté mercredi son nouvel entraîneur, l'Espagnol Álvaro "
        "Quintana, une semaine après le départ surprise de Didier Fauvel, parti diriger le club saoudien "
        "d'Al-Ahli.\n\n"
        "Âgé de 44 ans, l'ancien milieu de terrain du Séville FC s'est engagé jusqu'en juin 2029. « Lens est "
        "un club à part, avec le public le plus passionné de France. Je veux une équipe qui joue vers "
        "l'avant, sans calcul », a lancé le technicien au stade Bollaert-Delelis, devant un millier de "
        "supporters.\n\n"
        "Le président du club nordiste, Joseph Oudart, a reconnu que le choix s'était fait « en quelques "
        "jours » après une première piste avortée. Selon L'Équipe, l'indemnité versée au CD Leganés, que "
        "Quintana entraînait depuis 2023, s'élèverait à 2,5 millions d'euros.\n\n"
        "Dans la foulée, les Sang et Or ont bouclé leur premier gros transfert de l'été : le défenseur "
        "ivoirien Ibrahim Koné, 23 ans, rejoint l'Artois en provenance de Strasbourg contre 14 millions "
        "d'euros, bonus compris. Le joueur a signé un contrat de cinq ans.\n\n"
        "Lens, sixième de Ligue 1 la saison dernière, doit en revanche composer avec le possible départ de "
        "son capitaine, Florian Dumesnil, courtisé par l'Atalanta Bergame. D'après le directeur sportif, "
        "Kévin Lasserre, « aucune offre n'est arrivée à la hauteur » des 20 millions d'euros réclamés par "
        "le club. « On ne bradera personne », a-t-il martelé, ajoutant que le joueur avait « encore deux ans "
        "de contrat ».\n\n"
        "Les Lensois reprendront l'entraînement lundi et disputeront leur premier match amical le 18 juillet "
        "face au Club Bruges. Le championnat reprendra le 15 août."))
    RCL = "RC Lens"
    for s, l, c, o in [("LENS", LOC, None, False), ("AFP", ORG, None, False), (RCL, ORG, None, False),
                       ("Álvaro Quintana", PER, None, False), ("Quintana", PER, "Álvaro Quintana", False),
                       ("Didier Fauvel", PER, None, False), ("Al-Ahli", ORG, None, False),
                       ("Séville FC", ORG, None, False), ("Lens", ORG, RCL, False), ("France", LOC, None, False),
                       ("Bollaert-Delelis", LOC, None, False), ("Joseph Oudart", PER, None, False),
                       ("L'Équipe", ORG, None, False), ("CD Leganés", ORG, None, False),
                       ("Sang et Or", ORG, RCL, True), ("Ibrahim Koné", PER, None, False),
                       ("Artois", LOC, None, False), ("Strasbourg", ORG, None, False),
                       ("Ligue 1", MISC, None, False), ("Florian Dumesnil", PER, None, False),
                       ("Atalanta Bergame", ORG, None, False), ("Kévin Lasserre", PER, None, False),
                       ("Club Bruges", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'Lens' as the club (it is a club, it ranks sixth) is ORG, the dateline LENS is "
                      "LOC; 'Strasbourg' as the selling club is ORG (as the teams of the first set); the "
                      "nickname 'Sang et Or' is optional ORG; 'Lensois', 'Espagnol', 'ivoirien', 'saoudien', "
                      "'nordiste' are not entities.")
    M(a, "2,5 millions d'euros", 2.5e6, "EUR")
    M(a, "14 millions d'euros", 14e6, "EUR")
    M(a, "20 millions d'euros", 20e6, "EUR")
    D(a, "8 juillet", "2026-07-08")
    D(a, "mercredi", "2026-07-08")
    D(a, "une semaine", "P1W", typ="DURATION", note="'une semaine après ...'")
    D(a, "44 ans", "P44Y", typ="DURATION", opt=True, note="an age")
    D(a, "juin 2029", "2029-06")
    D(a, "quelques jours", "PXD", typ="DURATION", opt=True, note="vague duration, inside a quote")
    D(a, "2023", "2023")
    D(a, "été", "2026-SU", note="'le premier gros transfert de l'été': this summer")
    D(a, "23 ans", "P23Y", typ="DURATION", opt=True, note="an age")
    D(a, "cinq ans", "P5Y", typ="DURATION")
    D(a, "saison dernière", "2025", opt=True, note="the 2025-2026 season; no single TIMEX3 value")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'encore deux ans de contrat'")
    D(a, "lundi", "2026-07-13", note="future tense")
    D(a, "18 juillet", "2026-07-18")
    D(a, "15 août", "2026-08-15")
    a["notes"].append("Percentages: none. Events: a player's transfer between clubs is not an acquisition "
                      "(no event); the coach's fee to Leganés neither.")
    Q(a, "« [Lens est un club à part, avec le public le plus passionné de France. Je veux une équipe qui joue vers l'avant, sans calcul] »",
      "direct", "a lancé", ("le [technicien] au", "Álvaro Quintana", PER), gender="male")
    Q(a, "« [en quelques jours] »", "direct", "a reconnu", ("Joseph Oudart", "Joseph Oudart", PER), gender="male",
      note="partly quoted clause after 'a reconnu que': one direct quote for the marked words")
    Q(a, "L'Équipe, [l'indemnité versée au CD Leganés, que Quintana entraînait depuis 2023, s'élèverait à 2,5 millions d'euros].",
      "indirect", "Selon", ("L'Équipe", "L'Équipe", ORG))
    Q(a, "« [aucune offre n'est arrivée à la hauteur] »", "direct", "D'après",
      ("Kévin Lasserre", "Kévin Lasserre", PER), gender="male",
      note="partly quoted clause after 'D'après X,': one direct quote for the marked words")
    Q(a, "« [On ne bradera personne] »", "direct", "a-t-il martelé", ("a-t-[il] martelé", "Kévin Lasserre", PER),
      gender="male")
    Q(a, "« [encore deux ans de contrat] »", "direct", "ajoutant", ("a-t-[il] martelé", "Kévin Lasserre", PER),
      gender="male", note="partly quoted clause after 'ajoutant que': one direct quote for the marked words")
    V(a, "role", "nouvel entraîneur", {"person": "Álvaro Quintana", "title": "entraîneur",
                                       "organization": RCL})
    V(a, "role", "président du club", {"person": "Joseph Oudart", "title": "président",
                                       "organization": ("opt", RCL)})
    V(a, "role", "capitaine", {"person": "Florian Dumesnil", "title": "capitaine",
                               "organization": ("opt", "[Lens], sixième")})
    V(a, "role", "directeur sportif", {"person": "Kévin Lasserre", "title": "directeur sportif",
                                       "organization": ("opt", RCL)})
    V(a, "role", "parti diriger", {"person": "Didier Fauvel", "organization": "Al-Ahli"}, optional=True,
      note="new post stated as a verb")
    V(a, "role", "entraînait", {"person": "Quintana", "organization": "CD Leganés"}, optional=True,
      note="former post stated as a verb")
    V(a, "role", "milieu de terrain", {"person": "Álvaro Quintana", "title": "milieu de terrain",
                                       "organization": "Séville FC"}, optional=True,
      note="a former player's position")
    V(a, "role", "défenseur", {"person": "Ibrahim Koné", "title": "défenseur"}, optional=True,
      note="a player's position")
