"""The six articles of the fourth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind4`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, inside guillemets in article B)
NN = "\u202f"    # narrow no-break space (thousands, inside guillemets in article F)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    HC = "Halvorsen Chemical"
    # ------------------------------------------------------------ A: an American chemist buys a French sensor maker
    a = B.article("A-rachat-chimiste", "2026-11-23", (
        "PARIS, 23 novembre (AFP) - Le chimiste américain Halvorsen Chemical va racheter le fabricant grenoblois "
        "de capteurs industriels Lumeris pour 1,15 milliard d'euros (environ 1,33 milliard de dollars), ont "
        "annoncé lundi les deux entreprises.\n\n"
        f"Halvorsen Chemical prendra 100{NB}% du capital, dont les 62{NB}% détenus depuis 2021 par le fonds "
        "britannique Ardmore Partners, le solde appartenant aux fondateurs et aux salariés. L'opération, payée en "
        "numéraire, reste soumise au feu vert de la Commission européenne et des autorités américaines de la "
        "concurrence ; elle devrait être finalisée au deuxième trimestre 2027.\n\n"
        "Pour Halvorsen Chemical, qui veut réduire sa dépendance à la pétrochimie, il s'agit de la plus grosse "
        "acquisition depuis 2024, quand le groupe s'était offert le néerlandais Vantor Coatings pour 2,4 milliards de "
        "dollars. « Lumeris nous apporte exactement ce qui nous manquait : la mesure en temps réel au cœur des "
        "procédés », a déclaré son PDG, Randall Okafor, lors d'une conférence téléphonique.\n\n"
        "Fondée en 2012, Lumeris emploie 900 personnes, dont 600 dans son usine de Crolles (Isère). Son chiffre "
        f"d'affaires a progressé de 18{NB}% en 2025, à 310 millions d'euros. Ses capteurs équipent notamment les "
        "centrales de Kestrel Power et les aciéries de Solbrand. Sa directrice générale, Inès Kaddouri, qui "
        "restera aux commandes, a assuré que le siège et les emplois resteraient en France.\n\n"
        "Halvorsen Chemical est conseillé par la banque Marlowe Capital et le cabinet Vauclin Ferrat, Lumeris et "
        "son actionnaire par Stanbridge. Selon une source proche du dossier, Ardmore Partners, qui avait déboursé "
        "280 millions d'euros pour entrer au capital, quadruple presque sa mise.\n\n"
        "Le ministère de l'Économie a fait savoir qu'il examinerait l'opération au titre du contrôle des "
        "investissements étrangers. Lumeris compte aussi des clients dans la défense. À Wall Street, l'action "
        f"Halvorsen gagnait 2,1{NB}% à l'ouverture."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), (HC, ORG, None, False),
                       ("Lumeris", ORG, None, False), ("Ardmore Partners", ORG, None, False),
                       ("Commission européenne", ORG, None, False), ("Vantor Coatings", ORG, None, False),
                       ("Randall Okafor", PER, None, False), ("Crolles", LOC, None, False),
                       ("Isère", LOC, None, False), ("Kestrel Power", ORG, None, False),
                       ("Solbrand", ORG, None, False), ("Inès Kaddouri", PER, None, False),
                       ("France", LOC, None, False), ("Marlowe Capital", ORG, None, False),
                       ("Vauclin Ferrat", ORG, None, False), ("Stanbridge", ORG, None, False),
                       ("ministère de l'Économie", ORG, None, False), ("Wall Street", ORG, None, True),
                       ("Halvorsen", ORG, HC, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: English-named companies with no cue word in the phrase around them are ORG "
                      "('Kestrel Power', 'Solbrand', 'Stanbridge'); the law firm 'Vauclin Ferrat' (two surnames) "
                      "is ORG ('le cabinet'); 'Halvorsen' alone ('l'action Halvorsen') is the same company. 'Wall "
                      "Street' (the New York market, or the street) is optional ORG. 'américain(es)', "
                      "'grenoblois', 'britannique', 'néerlandais' are adjectives; 'PDG' is a title.")
    a["notes"].append("Money: bare 'dollars' of the American buyer are USD. Percentages: '100 %' and '62 %' are "
                      "stakes; '2,1 %' a share move.")
    a["notes"].append("Events: the purchase of Lumeris is one acquisition, 'announced' (subject to the European "
                      "Commission and the US authorities, to be completed in the second quarter of 2027); the "
                      "selling fund Ardmore Partners is named in the next sentence; '100 %' is an optional stake "
                      "(the whole company). Ardmore's 2021 entry into the capital ('avait déboursé 280 millions "
                      "d'euros pour entrer au capital', its stake and year in an earlier paragraph) is an optional "
                      "acquisition: a buy-out of shares, though 'entrer au capital' could also be read as an "
                      "investment. Advisers ('conseillé par la banque ...') are no event type.")
    a["notes"].append("Quotes: 'ont annoncé lundi les deux entreprises' has a noun-phrase speaker (two companies, "
                      "no single canonical). 'Lumeris compte aussi des clients dans la défense' is the journalist's "
                      "sentence, not part of the ministry's reported clause.")
    M(a, "1,15 milliard d'euros", 1.15e9, "EUR")
    M(a, "1,33 milliard de dollars", 1.33e9, "USD")
    M(a, "2,4 milliards de dollars", 2.4e9, "USD")
    M(a, "310 millions d'euros", 310e6, "EUR")
    M(a, "280 millions d'euros", 280e6, "EUR")
    P(a, f"100{NB}%", 100)
    P(a, f"62{NB}%", 62)
    P(a, f"18{NB}%", 18)
    P(a, f"2,1{NB}%", 2.1)
    D(a, "23 novembre", "2026-11-23", note="dateline")
    D(a, "lundi", "2026-11-23", note="the dateline day")
    D(a, "2021", "2021", note="'détenus depuis 2021'")
    D(a, "deuxième trimestre 2027", "2027-Q2")
    D(a, "2024", "2024", note="'depuis 2024, quand il s'était offert ...'")
    D(a, "2012", "2012")
    D(a, "2025", "2025")
    Q(a, "[Le chimiste américain Halvorsen Chemical va racheter le fabricant grenoblois de capteurs industriels Lumeris pour 1,15 milliard d'euros (environ 1,33 milliard de dollars)], ont annoncé",
      "indirect", "ont annoncé", ("[les deux entreprises]", None, None),
      note="inverted reporting clause; the speakers are the two companies, named only as a noun phrase")
    Q(a, "« [Lumeris nous apporte exactement ce qui nous manquait : la mesure en temps réel au cœur des procédés] »",
      "direct", "a déclaré", ("Randall Okafor", "Randall Okafor", PER), gender="male",
      note="the name is in apposition to 'son PDG'")
    Q(a, "assuré que [le siège et les emplois resteraient en France].", "indirect", "a assuré",
      ("Inès Kaddouri", "Inès Kaddouri", PER), gender="female")
    Q(a, "dossier, [Ardmore Partners, qui avait déboursé 280 millions d'euros pour entrer au capital, quadruple presque sa mise].",
      "indirect", "Selon", ("[une source proche du dossier]", None, None))
    Q(a, "savoir qu'[il examinerait l'opération au titre du contrôle des investissements étrangers].", "indirect",
      "a fait savoir", ("Le [ministère de l'Économie] a fait", "ministère de l'Économie", ORG))
    V(a, "acquisition", "racheter", {
        "target": "Lumeris", "buyer": HC, "seller": "Ardmore Partners", "amount": "1,15 milliard d'euros",
        "stake": ("opt", f"100{NB}%"), "date": "lundi", "status": "announced"},
      note="agreed and announced, subject to the competition authorities; the seller and the stake are in the "
           "next sentence")
    V(a, "acquisition", "s'était offert", {
        "target": "Vantor Coatings", "buyer": HC, "amount": "2,4 milliards de dollars", "date": "2024",
        "status": "done"}, note="'le groupe' is Halvorsen Chemical")
    V(a, "acquisition", "entrer au capital", {
        "target": "Lumeris", "buyer": "Ardmore Partners", "amount": "280 millions d'euros",
        "stake": ("opt", f"62{NB}%"), "date": ("opt", "2021"), "status": "done"}, optional=True,
      note="the fund's earlier purchase, referred back to; buy-out or investment")
    V(a, "result", "chiffre d'affaires", {
        "company": "Lumeris", "metric": "revenue", "amount": "310 millions d'euros", "change": f"18{NB}%",
        "period": "2025"}, note="'Son chiffre d'affaires': Lumeris, subject of the sentence before")
    V(a, "role", "PDG", {"person": "Randall Okafor", "title": "PDG", "organization": ("opt", HC)},
      note="'son PDG': Halvorsen Chemical, the subject of the sentence before")
    V(a, "role", "directrice générale", {"person": "Inès Kaddouri", "title": "directrice générale",
                                         "organization": ("opt", "Lumeris")},
      note="'Sa directrice générale': Lumeris, subject of the paragraph")

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    HCFP = "Haut Conseil des finances publiques"
    # ------------------------------------------------------------ B: the 2027 budget, ministers and parties
    a = B.article("B-budget-deficit", "2026-10-06", (
        "PARIS, 6 octobre (AFP) - Le gouvernement a présenté mardi un projet de budget pour 2027 qui prévoit "
        f"41 milliards d'euros d'économies et doit ramener le déficit public à 4,6{NB}% du produit intérieur brut "
        f"(PIB) d'ici à 2027, contre 5,1{NB}% attendus cette année, soit un effort de 0,5 point.\n\n"
        f"{O}C'est un budget de sérieux, pas un budget d'austérité{C}, a déclaré le ministre de l'Économie, "
        "Olivier Castagnède, lors d'une conférence de presse à Bercy. Les deux tiers de l'effort porteront sur "
        f"la dépense, a-t-il assuré. Selon lui, la dette publique, qui atteint 117,4{NB}% du PIB, commencera à "
        f"refluer en 2029. Le redressement {O}prendra du temps{C}, a-t-il estimé.\n\n"
        "Le Haut Conseil des finances publiques, rattaché à la Cour des comptes, juge "
        f"{O}un peu élevée{C} la prévision de croissance de 1,1{NB}% retenue par le ministère de l'Économie. Le "
        "Conseil d'État a de son côté estimé que la contribution exceptionnelle demandée aux grandes entreprises, "
        f"censée rapporter 6,5 milliards d'euros, était {O}juridiquement fragile{C}.\n\n"
        "Le texte arrivera le 19 octobre dans l'hémicycle de l'Assemblée nationale, où le gouvernement ne dispose "
        "pas de majorité. D'après Matignon, un recours au 49.3 n'est pas à l'ordre du jour et un premier point "
        "d'étape avec les groupes est prévu la semaine prochaine.\n\n"
        f"L'opposition est vent debout. Le RN votera contre {O}un budget de matraquage fiscal{C}, a prévenu son "
        "vice-président, Thibaut Meynadier. LFI déposera une motion de rejet dès l'ouverture des débats, a "
        "annoncé la présidente du groupe insoumis, Nadia Ouazzani. Le PS, dont les voix seront décisives, exige "
        f"le retrait de la hausse de 0,8 point de la CSG sur les petites retraites. {O}Nous ne signerons pas un "
        f"chèque en blanc{C}, a averti son premier secrétaire, Bastien Lorrain, sur France Inter.\n\n"
        "Dans le camp gouvernemental, LR réclame davantage d'économies sur les dépenses sociales, tandis "
        "qu'EELV dénonce la baisse de 1,5 milliard d'euros des crédits de la transition écologique."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False),
                       ("Olivier Castagnède", PER, None, False), ("Bercy", LOC, None, True),
                       (HCFP, ORG, None, False), ("Cour des comptes", ORG, None, False),
                       ("ministère de l'Économie", ORG, None, False), ("Conseil d'État", ORG, None, False),
                       ("Assemblée nationale", ORG, None, False), ("Matignon", ORG, None, False),
                       ("RN", ORG, None, False), ("Thibaut Meynadier", PER, None, False), ("LFI", ORG, None, False),
                       ("Nadia Ouazzani", PER, None, False), ("PS", ORG, None, False),
                       ("Bastien Lorrain", PER, None, False), ("France Inter", ORG, None, False),
                       ("LR", ORG, None, False), ("EELV", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: party acronyms (RN, LFI, PS, LR, EELV) are ORG, kept as written (canonical = the "
                      "acronym, as in the earlier sets); bodies with a lower-case head ('ministère de "
                      "l'Économie') or a lower-case tail ('Haut Conseil des finances publiques', 'Cour des "
                      "comptes') are ORG with their whole name; 'Matignon' as a source is the Prime Minister's "
                      "office (ORG), as 'Selon Bercy' in the first set; 'une conférence de presse à Bercy' (the "
                      "place, or the ministry) is optional LOC. 'PIB', 'CSG' and '49.3' are not entities; 'le "
                      "groupe insoumis' is an adjective.")
    a["notes"].append("Percentages: the deficit and debt in percent of GDP; '0,5 point' (the deficit cut) and "
                      "'0,8 point' (a tax rate rise) are percentage points (points: true). 'Les deux tiers' is "
                      "not a percentage. Money: the budget figures; no event (plans and budgets of a government "
                      "are not results).")
    a["notes"].append("Quotes: 'Le redressement « prendra du temps », a-t-il estimé' and 'Le RN votera contre "
                      "« ... », a prévenu ...' are partly quoted inverted clauses: one direct quote for the marked "
                      "words. 'exige le retrait de ...', 'réclame davantage d'économies' and 'dénonce la baisse "
                      "...' take a noun phrase, not a clause: not quotes. 'juge « un peu élevée » la prévision' "
                      "is the council's judgement, marked.")
    a["notes"].append("Events: roles only; 'la présidente du groupe insoumis' is left without title and body "
                      "(it splits several ways), as 'président du groupe LR à l'Assemblée nationale' in the first "
                      "set; 'son vice-président' and 'son premier secrétaire' belong to the party named just "
                      "before (optional organization).")
    M(a, "41 milliards d'euros", 41e9, "EUR")
    M(a, "6,5 milliards d'euros", 6.5e9, "EUR")
    M(a, "1,5 milliard d'euros", 1.5e9, "EUR")
    P(a, f"4,6{NB}%", 4.6)
    P(a, f"5,1{NB}%", 5.1)
    P(a, "0,5 point", 0.5, points=True)
    P(a, f"117,4{NB}%", 117.4)
    P(a, f"1,1{NB}%", 1.1)
    P(a, "0,8 point", 0.8, points=True)
    D(a, "6 octobre", "2026-10-06")
    D(a, "mardi", "2026-10-06", note="the dateline day")
    D(a, "2027", "2027", note="'un projet de budget pour 2027'")
    D(a, "2027", "2027", nth=1, note="'d'ici à 2027': span without 'd'ici à'")
    D(a, "cette année", "2026")
    D(a, "2029", "2029", note="'commencera à refluer en 2029'")
    D(a, "19 octobre", "2026-10-19", note="future: 'Le texte arrivera le 19 octobre'")
    D(a, "semaine prochaine", "2026-W42")
    Q(a, f"{O}[C'est un budget de sérieux, pas un budget d'austérité]{C}", "direct", "a déclaré",
      ("Olivier Castagnède", "Olivier Castagnède", PER), gender="male",
      note="the name is in apposition to 'le ministre de l'Économie'")
    Q(a, "[Les deux tiers de l'effort porteront sur la dépense], a-t-il", "indirect", "a-t-il assuré",
      ("a-t-[il] assuré", "Olivier Castagnède", PER), gender="male", note="inverted reporting clause")
    Q(a, f"Selon lui, [la dette publique, qui atteint 117,4{NB}% du PIB, commencera à refluer en 2029].",
      "indirect", "[Selon] lui", ("Selon [lui]", "Olivier Castagnède", PER), gender="male")
    Q(a, f"{O}[prendra du temps]{C}", "direct", "a-t-il estimé", ("a-t-[il] estimé", "Olivier Castagnède", PER),
      gender="male", note="partly quoted inverted clause: one direct quote for the marked words")
    Q(a, f"{O}[un peu élevée]{C}", "direct", "juge", (HCFP, HCFP, ORG),
      note="a body's judgement of the forecast, marked")
    Q(a, f"{O}[juridiquement fragile]{C}", "direct", "[estimé] que la contribution",
      ("Conseil d'État", "Conseil d'État", ORG),
      note="partly quoted clause after 'a de son côté estimé que': one direct quote for the marked words")
    Q(a, "Matignon, [un recours au 49.3 n'est pas à l'ordre du jour et un premier point d'étape avec les groupes est prévu la semaine prochaine].",
      "indirect", "D'après", ("Matignon", "Matignon", ORG))
    Q(a, f"{O}[un budget de matraquage fiscal]{C}", "direct", "a prévenu",
      ("Thibaut Meynadier", "Thibaut Meynadier", PER), gender="male",
      note="partly quoted inverted clause: one direct quote for the marked words")
    Q(a, "[LFI déposera une motion de rejet dès l'ouverture des débats], a", "indirect", "a annoncé",
      ("Nadia Ouazzani", "Nadia Ouazzani", PER), gender="female",
      note="inverted reporting clause; the name is in apposition to 'la présidente du groupe insoumis'")
    Q(a, f"{O}[Nous ne signerons pas un chèque en blanc]{C}", "direct", "a averti",
      ("Bastien Lorrain", "Bastien Lorrain", PER), gender="male")
    V(a, "role", "ministre de l'Économie", {"person": "Olivier Castagnède", "title": "ministre de l'Économie"})
    V(a, "role", "vice-président", {"person": "Thibaut Meynadier", "title": "vice-président",
                                    "organization": ("opt", "RN")},
      note="'son vice-président': the RN, subject of the sentence")
    V(a, "role", "présidente du groupe", {"person": "Nadia Ouazzani"},
      note="title and body left out: 'présidente du groupe insoumis' splits several ways (LFI's group)")
    V(a, "role", "premier secrétaire", {"person": "Bastien Lorrain", "title": "premier secrétaire",
                                        "organization": ("opt", "PS")},
      note="'son premier secrétaire': the PS, subject of the sentence before")


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    RCL, FCN, OL = "RC Lens", "FC Nantes", "Olympique lyonnais"
    # ------------------------------------------------------------ C: Ligue 1, Lens wins at Nantes
    a = B.article("C-football-lens", "2027-03-07", (
        "NANTES, 7 mars (AFP) - Le RC Lens a conforté sa place sur le podium de la Ligue 1 en s'imposant à "
        "Nantes (2-1) dimanche, lors de la 25e journée, grâce à un doublé de l'Argentin Facundo Ibarra.\n\n"
        "Mené dès la 9e minute sur une frappe du Belge Thibaut Verhaeghe, Lens a renversé la situation après la "
        "pause. Ibarra, 23 ans, a égalisé de la tête (58e) avant de transformer un penalty (81e). Arrivé en "
        "janvier de Vélez Sarsfield contre 11 millions d'euros, bonus compris, l'attaquant compte déjà six buts "
        "en huit matches. « Je me sens chez moi ici », a confié l'Argentin au micro de Canal+.\n\n"
        "« Facundo a un instinct rare. On l'a payé cher, mais il vaut chaque euro », a savouré l'entraîneur "
        "lensois, Patrice Dumoulin, en conférence de presse. Son homologue nantais, le Portugais Rui Esteves, a "
        "regretté « un manque de concentration coupable » en seconde période.\n\n"
        "Avec 52 points, Lens reste troisième, à quatre longueurs de l'Olympique lyonnais, vainqueur samedi de "
        "Strasbourg (3-0) au Groupama Stadium. Le Paris Saint-Germain, leader, a été tenu en échec à Monaco "
        "(1-1) vendredi soir.\n\n"
        "Nantes, seizième, n'a plus gagné depuis le 31 janvier. Le président du FC Nantes, Franck Le Bihan, a "
        "assuré que l'entraîneur n'était « pas menacé », mais une partie du public a copieusement sifflé les "
        "joueurs à la fin du match.\n\n"
        "Selon L'Équipe, Lens a repoussé fin janvier une offre de 30 millions d'euros d'un club anglais pour son "
        "défenseur central, le Sénégalais Cheikh Ndour, 24 ans. Les Sang et Or accueilleront Lyon samedi "
        "prochain au stade Bollaert-Delelis, avant de se déplacer à Rennes."))
    for s, l, c, o in [("NANTES", LOC, None, False), ("AFP", ORG, None, False), (RCL, ORG, None, False),
                       (FCN, ORG, None, False), ("Ligue 1", MISC, None, False),
                       ("à [Nantes] (2-1)", LOC, None, True), ("Facundo Ibarra", PER, None, False),
                       ("Ibarra", PER, "Facundo Ibarra", False), ("Facundo", PER, "Facundo Ibarra", False),
                       ("Thibaut Verhaeghe", PER, None, False), ("Lens", ORG, RCL, False),
                       ("Vélez Sarsfield", ORG, None, False), ("Canal+", ORG, None, False),
                       ("Patrice Dumoulin", PER, None, False),
                       ("Rui Esteves", PER, None, False), (OL, ORG, None, False), ("Strasbourg", ORG, None, False),
                       ("Groupama Stadium", LOC, None, False), ("Paris Saint-Germain", ORG, None, False),
                       ("à [Monaco] (1-1)", LOC, None, True), ("[Nantes], seizième", ORG, FCN, False),
                       ("Franck Le Bihan", PER, None, False), ("L'Équipe", ORG, None, False),
                       ("Cheikh Ndour", PER, None, False), ("Sang et Or", ORG, RCL, True),
                       ("Lyon", ORG, OL, False), ("Bollaert-Delelis", LOC, None, False), ("Rennes", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: clubs named by their town are ORG, as in the earlier sets ('Lens a renversé', "
                      "'Lens reste troisième', 'Nantes, seizième', 'vainqueur ... de Strasbourg', 'accueilleront "
                      "Lyon'); the dateline NANTES is LOC; 'à Rennes' (where the next match is played) is LOC. "
                      "'en s'imposant à Nantes (2-1)' and 'tenu en échec à Monaco (1-1)' name the ground and, "
                      "through the score, the opponent: optional (any label). The nickname 'Sang et Or' is optional "
                      "ORG. Demonyms before names ('l'Argentin', 'le Belge', 'le Portugais', 'le Sénégalais') are "
                      "not part of the names and not entities; 'lensois', 'nantais', 'anglais' are adjectives. "
                      "The stadium is 'Bollaert-Delelis' without 'stade', as in the second set.")
    a["notes"].append("Money: '11 millions d'euros' (a fee paid) and '30 millions d'euros' (an offer refused). "
                      "Scores ('(2-1)'), minutes ('(58e)'), 'la 25e journée' and '52 points' are not money, "
                      "dates or percentages. Percentages: none.")
    a["notes"].append("Events: a player's transfer between clubs is not an acquisition (no event), as in the "
                      "earlier sets; a player's position is an optional role; 'Son homologue nantais' (the "
                      "Nantes coach, by an anaphoric noun, no title) is an optional role.")
    M(a, "11 millions d'euros", 11e6, "EUR")
    M(a, "30 millions d'euros", 30e6, "EUR")
    D(a, "7 mars", "2027-03-07")
    D(a, "dimanche", "2027-03-07", note="the dateline day")
    D(a, "23 ans", "P23Y", typ="DURATION", opt=True, note="an age")
    D(a, "janvier", "2027-01", note="'Arrivé en janvier': the winter transfer window, this year")
    D(a, "samedi", "2027-03-06", note="past: 'vainqueur samedi'")
    D(a, "vendredi soir", "2027-03-05TEV", typ="TIME", note="TIMEX3 part of day: EV")
    D(a, "31 janvier", "2027-01-31")
    D(a, "fin janvier", "2027-01", mod="END")
    D(a, "24 ans", "P24Y", typ="DURATION", opt=True, note="an age")
    D(a, "samedi prochain", "2027-03-13")
    Q(a, "« [Je me sens chez moi ici] »", "direct", "a confié", ("l'[Argentin] au micro", "Facundo Ibarra", PER),
      gender="male", note="the demonym 'l'Argentin' stands for Facundo Ibarra, the Argentine of the first sentence")
    Q(a, "« [Facundo a un instinct rare. On l'a payé cher, mais il vaut chaque euro] »", "direct", "a savouré",
      ("Patrice Dumoulin", "Patrice Dumoulin", PER), gender="male",
      note="the name is in apposition to 'l'entraîneur lensois'")
    Q(a, "« [un manque de concentration coupable] »", "direct", "a regretté", ("Rui Esteves", "Rui Esteves", PER),
      gender="male")
    Q(a, "« [pas menacé] »", "direct", "a assuré", ("Franck Le Bihan", "Franck Le Bihan", PER), gender="male",
      note="partly quoted clause after 'a assuré que': one direct quote for the marked words")
    Q(a, "L'Équipe, [Lens a repoussé fin janvier une offre de 30 millions d'euros d'un club anglais pour son défenseur central, le Sénégalais Cheikh Ndour, 24 ans].",
      "indirect", "Selon", ("L'Équipe", "L'Équipe", ORG))
    V(a, "role", "[entraîneur] lensois", {"person": "Patrice Dumoulin", "title": "entraîneur",
                                          "organization": ("opt", RCL)})
    V(a, "role", "homologue", {"person": "Rui Esteves", "organization": ("opt", FCN)}, optional=True,
      note="'Son homologue nantais': the Nantes coach, by an anaphoric noun; no title written")
    V(a, "role", "[président] du FC", {"person": "Franck Le Bihan", "title": "président", "organization": FCN})
    V(a, "role", "défenseur central", {"person": "Cheikh Ndour", "title": "défenseur central"}, optional=True,
      note="a player's position")


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ D: agritech start-up, series B
    a = B.article("D-levee-agritech", "2027-01-26", (
        "MONTPELLIER, 26 janvier (AFP) - La jeune pousse montpelliéraine Semavia, qui conçoit des robots "
        "désherbeurs autonomes, a engrangé 45 millions d'euros lors d'une série B, a-t-elle annoncé mardi. De "
        "quoi faire le plein de carburant pour passer à l'échelle industrielle.\n\n"
        "Le tour de table est emmené par le fonds londonien Kerrigan Ventures. Bpifrance remet au pot, tout comme "
        "Alpilles Capital, déjà présent lors de la série A. L'industriel japonais Kaneda Machinery fait aussi son "
        f"entrée au capital, dont il détiendra environ 8{NB}%.\n\n"
        "Selon une source proche du dossier, l'opération valorise Semavia autour de 260 millions d'euros, près de "
        "trois fois plus qu'en 2024. Cette année-là, la société avait récolté 12 millions d'euros auprès "
        f"d'Alpilles Capital et de business angels. Ses deux fondateurs conservent ensemble 38{NB}% du capital.\n\n"
        "« Les agriculteurs n'ont plus droit à l'erreur : moins de chimie, moins de main-d'œuvre et des rendements "
        "à tenir. Nos robots répondent aux trois », explique sa cofondatrice et directrice générale, Amandine "
        "Roquefeuil, 34 ans, ingénieure agronome passée par l'Inrae. L'autre cofondateur, Tomasz Wierzbicki, "
        "dirige la technique.\n\n"
        "« Semavia a deux ans d'avance sur ses concurrents américains », assure Priya Raman, associée chez "
        "Kerrigan Ventures, qui rejoint le conseil d'administration.\n\n"
        f"L'argent servira d'abord à industrialiser le Sarcla Pro 2, vendu 89{NN}000 euros, qui traite jusqu'à "
        "12 hectares par jour sans un gramme d'herbicide. Sa production doit démarrer au printemps dans une usine "
        "de Castelnau-le-Lez, avec 150 embauches prévues d'ici fin 2028.\n\n"
        "Fondée en 2020, Semavia a réalisé l'an dernier un chiffre d'affaires de 7,4 millions d'euros, en hausse "
        f"de 160{NB}%. Elle vise l'Espagne et l'Italie dès cette année, puis les États-Unis."))
    for s, l, c, o in [("MONTPELLIER", LOC, None, False), ("AFP", ORG, None, False), ("Semavia", ORG, None, False),
                       ("Kerrigan Ventures", ORG, None, False), ("Bpifrance", ORG, None, False),
                       ("Alpilles Capital", ORG, None, False), ("Kaneda Machinery", ORG, None, False),
                       ("Amandine Roquefeuil", PER, None, False), ("Inrae", ORG, None, False),
                       ("Tomasz Wierzbicki", PER, None, False), ("Priya Raman", PER, None, False), ("Sarcla Pro 2", MISC, None, False),
                       ("Castelnau-le-Lez", LOC, None, False), ("Espagne", LOC, None, False),
                       ("Italie", LOC, None, False), ("États-Unis", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: the product 'Sarcla Pro 2' is MISC with its model number; 'Inrae' (the public "
                      "research institute) is ORG; 'montpelliéraine', 'londonien', 'japonais' are adjectives; "
                      "'business angels' are unnamed.")
    a["notes"].append("Percentages: 'environ 8 %' (Kaneda Machinery's future stake) and '38 %' (the founders') "
                      "are stakes in the new round, not event arguments (funding has no stake); Kaneda's "
                      "'entrée au capital' is its part of the same round, not an acquisition. '160 %' is the "
                      "revenue growth.")
    a["notes"].append("Events: one funding event for the series B ('a engrangé', 'Le tour de table', "
                      "'l'opération valorise'): its investors are in the next paragraph, its valuation two "
                      "sentences later (no separate valuation event). The earlier round ('Cette année-là, la "
                      "société avait récolté 12 millions d'euros', i.e. 2024) is a second funding event; the text "
                      "implies but does not say that it was the 'série A', so no round is given. 'De quoi faire "
                      "le plein de carburant' is figurative, not a fact. The founders' roles are stated as "
                      "'cofondatrice et directrice générale' and 'L'autre cofondateur'.")
    a["notes"].append("Dates: 'Cette année-là' refers back to 2024 (value 2024, not the current year); 'dès "
                      "cette année' is 2027.")
    M(a, "45 millions d'euros", 45e6, "EUR")
    M(a, "260 millions d'euros", 260e6, "EUR")
    M(a, "12 millions d'euros", 12e6, "EUR")
    M(a, f"89{NN}000 euros", 89000, "EUR")
    M(a, "7,4 millions d'euros", 7.4e6, "EUR")
    P(a, f"8{NB}%", 8)
    P(a, f"38{NB}%", 38)
    P(a, f"160{NB}%", 160)
    D(a, "26 janvier", "2027-01-26")
    D(a, "mardi", "2027-01-26", note="the dateline day")
    D(a, "2024", "2024", note="'près de trois fois plus qu'en 2024'")
    D(a, "Cette année-là", "2024", note="anaphoric: the 2024 of the sentence before")
    D(a, "34 ans", "P34Y", typ="DURATION", opt=True, note="an age")
    D(a, "deux ans", "P2Y", typ="DURATION", opt=True, note="'deux ans d'avance': a lead measured in time, inside a quote")
    D(a, "par jour", "P1D", typ="SET", opt=True)
    D(a, "printemps", "2027-SP", note="future: 'doit démarrer au printemps'")
    D(a, "fin 2028", "2028", mod="END", note="'d'ici fin 2028'")
    D(a, "2020", "2020", note="'Fondée en 2020'")
    D(a, "an dernier", "2026")
    D(a, "cette année", "2027", note="'dès cette année'")
    Q(a, "[La jeune pousse montpelliéraine Semavia, qui conçoit des robots désherbeurs autonomes, a engrangé 45 millions d'euros lors d'une série B], a-t-elle",
      "indirect", "a-t-elle annoncé", ("a-t-[elle] annoncé", "Semavia", ORG),
      note="inverted reporting clause; 'elle' is the company")
    Q(a, "dossier, [l'opération valorise Semavia autour de 260 millions d'euros, près de trois fois plus qu'en 2024].",
      "indirect", "Selon", ("[une source proche du dossier]", None, None))
    Q(a, "« [Les agriculteurs n'ont plus droit à l'erreur : moins de chimie, moins de main-d'œuvre et des rendements à tenir. Nos robots répondent aux trois] »",
      "direct", "explique", ("Amandine Roquefeuil", "Amandine Roquefeuil", PER), gender="female",
      note="the name is in apposition to 'sa cofondatrice et directrice générale'")
    Q(a, "« [Semavia a deux ans d'avance sur ses concurrents américains] »", "direct", "assure",
      ("Priya Raman", "Priya Raman", PER), gender="female", note="'associée' shows the gender")
    V(a, "funding", "engrangé", {
        "company": "Semavia", "amount": "45 millions d'euros",
        "investors": ["Kerrigan Ventures", "Bpifrance", "Alpilles Capital", "Kaneda Machinery"],
        "valuation": "260 millions d'euros", "round": "série B", "date": "mardi"},
      note="figurative verb; the investors follow in the next paragraph, the valuation in the one after")
    V(a, "funding", "récolté", {
        "company": "Semavia", "amount": "12 millions d'euros", "investors": ["Alpilles Capital"],
        "date": "Cette année-là"},
      note="the earlier round referred back to ('Cette année-là' = 2024); 'la société' is Semavia")
    V(a, "result", "chiffre d'affaires", {
        "company": "Semavia", "metric": "revenue", "amount": "7,4 millions d'euros", "change": f"160{NB}%",
        "period": "an dernier"})
    V(a, "role", "cofondatrice et directrice générale", {
        "person": "Amandine Roquefeuil", "title": "cofondatrice et directrice générale",
        "organization": ("opt", "Semavia")}, note="'sa cofondatrice': Semavia")
    V(a, "role", "cofondateur", {"person": "Tomasz Wierzbicki", "title": "cofondateur",
                                 "organization": ("opt", "Semavia")})
    V(a, "role", "associée", {"person": "Priya Raman", "title": "associée", "organization": "Kerrigan Ventures"},
      note="'associée chez Kerrigan Ventures': a partner of the fund")
    V(a, "role", "ingénieure agronome", {"person": "Amandine Roquefeuil", "title": "ingénieure agronome"},
      optional=True, note="a profession, not a post in a body")


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    CL = "Cerámicas Llobet"
    # ------------------------------------------------------------ E: annual results of a building-materials group
    a = B.article("E-resultats-annuels", "2027-02-18", (
        "PARIS, 18 février (AFP) - Le groupe de matériaux de construction Norvance a vu son bénéfice net reculer "
        f"de 8,3{NB}% en 2026, à 412 millions d'euros, plombé par des dépréciations en Espagne, mais son activité "
        "a mieux résisté que prévu, a-t-il annoncé jeudi.\n\n"
        f"Le chiffre d'affaires a progressé de 3,4{NB}%, à 6,82 milliards d'euros, et de 2,1{NB}% en données "
        "comparables, selon un communiqué. L'excédent brut d'exploitation (Ebitda) atteint 1,09 milliard d'euros "
        f"(+5,2{NB}%) et la marge opérationnelle courante gagne 0,6 point, à 9,7{NB}%.\n\n"
        f"Au quatrième trimestre, les ventes ont toutefois reculé de 1,2{NB}%, pénalisées par la chute des mises "
        "en chantier de logements neufs en France et en Allemagne.\n\n"
        "La filiale espagnole Cerámicas Llobet a creusé sa perte opérationnelle, à 64 millions d'euros, contre "
        "21 millions d'euros un an plus tôt. Le groupe, qui a passé une dépréciation de 150 millions d'euros sur "
        "cet actif, dit n'exclure « aucune option », y compris une cession.\n\n"
        "« 2026 a été une année de transition. Nous avons protégé nos marges dans un marché en repli », a "
        "déclaré le directeur général, Karim Benhaddou, lors d'une conférence téléphonique. Pour 2027, le groupe "
        f"vise une croissance organique de 1 à 3{NB}% et une marge au moins stable. Le dividende sera maintenu à "
        "2,10 euros par action, a précisé la directrice financière, Ingrid Solberg.\n\n"
        "« La prudence des objectifs est de mise, mais la rénovation tient le groupe à bout de bras », estime "
        "Mathilde Ferrandez, analyste chez Montclair Securities. À la Bourse de Paris, l'action Norvance "
        f"reculait de 4,2{NB}% vers 10 h 30, dans un marché stable."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), ("Norvance", ORG, None, False),
                       ("Espagne", LOC, None, False), ("France", LOC, None, False), ("Allemagne", LOC, None, False),
                       (CL, ORG, None, False), ("Karim Benhaddou", PER, None, False),
                       ("Ingrid Solberg", PER, None, False), ("Mathilde Ferrandez", PER, None, False),
                       ("Montclair Securities", ORG, None, False), ("Bourse de Paris", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'Ebitda' (a metric) is not an entity; 'espagnole' is an adjective; 'Bourse de "
                      "Paris' is ORG as in the earlier sets.")
    a["notes"].append("Events: results for 2026 (net profit, revenue, EBITDA, fourth-quarter sales, the "
                      "subsidiary's operating loss); the period of the figures after the first sentence is the "
                      "2026 of that sentence (optional argument). The operating margin (a rate, '+0,6 point') is an "
                      "optional result, as margins in the earlier sets. The guidance for 2027 ('vise une "
                      "croissance organique de 1 à 3 %'), the dividend and the impairment charge are not results. "
                      "'n'exclure « aucune option », y compris une cession' of 'cet actif' (Cerámicas Llobet) is "
                      "an optional planned sale (no buyer).")
    a["notes"].append("Quotes: 'a-t-il annoncé' after a sentence whose subject is Norvance, 'selon un "
                      "communiqué' (Norvance's, the issuer the context names) and 'Le groupe ... dit' have "
                      "Norvance as speaker. 'Pour 2027, le groupe vise ...' is a forecast, not reported speech.")
    a["notes"].append("Dates: 'un an plus tôt' is the year before the 2026 figures (2025), optional; '10 h 30' is "
                      "a time of the dateline day.")
    M(a, "412 millions d'euros", 412e6, "EUR")
    M(a, "6,82 milliards d'euros", 6.82e9, "EUR")
    M(a, "1,09 milliard d'euros", 1.09e9, "EUR")
    M(a, "64 millions d'euros", 64e6, "EUR")
    M(a, "21 millions d'euros", 21e6, "EUR")
    M(a, "150 millions d'euros", 150e6, "EUR")
    M(a, "2,10 euros", 2.1, "EUR")
    P(a, f"8,3{NB}%", 8.3)
    P(a, f"3,4{NB}%", 3.4)
    P(a, f"2,1{NB}%", 2.1)
    P(a, f"+5,2{NB}%", 5.2)
    P(a, "0,6 point", 0.6, points=True)
    P(a, f"9,7{NB}%", 9.7)
    P(a, f"1,2{NB}%", 1.2)
    P(a, f"1 à 3{NB}%", 1)
    P(a, f"4,2{NB}%", 4.2)
    D(a, "18 février", "2027-02-18")
    D(a, "2026", "2026", note="'en 2026': the financial year just ended")
    D(a, "jeudi", "2027-02-18", note="the dateline day")
    D(a, "quatrième trimestre", "2026-Q4", note="past: the last quarter of the 2026 year")
    D(a, "un an plus tôt", "2025", opt=True, note="relative to the 2026 figures, not to the reference date")
    D(a, "2026", "2026", nth=1, note="'« 2026 a été une année de transition', opening a quote")
    D(a, "2027", "2027", note="'Pour 2027' (guidance)")
    D(a, "10 h 30", "2027-02-18T10:30", typ="TIME")
    Q(a, f"[Le groupe de matériaux de construction Norvance a vu son bénéfice net reculer de 8,3{NB}% en 2026, à 412 millions d'euros, plombé par des dépréciations en Espagne, mais son activité a mieux résisté que prévu], a-t-il",
      "indirect", "a-t-il annoncé", ("a-t-[il] annoncé", "Norvance", ORG),
      note="inverted reporting clause; 'il' is the group")
    Q(a, f"[Le chiffre d'affaires a progressé de 3,4{NB}%, à 6,82 milliards d'euros, et de 2,1{NB}% en données comparables], selon",
      "indirect", "[selon] un communiqué", ("selon un [communiqué]", "Norvance", ORG),
      note="a statement whose issuer the context names (Norvance): the issuer speaks")
    Q(a, "« [aucune option] »", "direct", "dit", ("Le [groupe], qui", "Norvance", ORG),
      note="partly quoted clause after 'dit n'exclure': one direct quote for the marked words; 'Le groupe' is Norvance")
    Q(a, "« [2026 a été une année de transition. Nous avons protégé nos marges dans un marché en repli] »", "direct",
      "a déclaré", ("Karim Benhaddou", "Karim Benhaddou", PER), gender="male",
      note="the name is in apposition to 'le directeur général'")
    Q(a, "[Le dividende sera maintenu à 2,10 euros par action], a précisé", "indirect", "a précisé",
      ("Ingrid Solberg", "Ingrid Solberg", PER), gender="female", note="inverted reporting clause")
    Q(a, "« [La prudence des objectifs est de mise, mais la rénovation tient le groupe à bout de bras] »", "direct",
      "estime", ("Mathilde Ferrandez", "Mathilde Ferrandez", PER), gender="female")
    V(a, "result", "bénéfice net", {
        "company": "Norvance", "metric": "net_income", "amount": "412 millions d'euros", "change": f"8,3{NB}%",
        "period": "2026"}, note="'reculer de 8,3 %': change value as written (8.3)")
    V(a, "result", "chiffre d'affaires", {
        "company": "Norvance", "metric": "revenue", "amount": "6,82 milliards d'euros", "change": f"3,4{NB}%",
        "period": ("opt", "2026")}, note="the group named in the sentence before")
    V(a, "result", "excédent brut d'exploitation", {
        "company": "Norvance", "metric": "ebitda", "amount": "1,09 milliard d'euros", "change": f"+5,2{NB}%",
        "period": ("opt", "2026")})
    V(a, "result", "marge opérationnelle courante", {"company": "Norvance", "metric": "other",
                                                     "change": "0,6 point"},
      optional=True, note="a margin rate, no amount; its change is in points")
    V(a, "result", "ventes", {"company": "Norvance", "metric": "revenue", "change": f"1,2{NB}%",
                              "period": "quatrième trimestre"},
      note="fourth-quarter sales, change only; the group is named two paragraphs before")
    V(a, "result", "perte opérationnelle", {"company": CL, "metric": "loss", "amount": "64 millions d'euros",
                                            "period": ("opt", "2026")},
      note="the subsidiary's operating loss for 2026")
    V(a, "acquisition", "cession", {"target": CL, "seller": "Norvance", "status": "planned"}, optional=True,
      note="'n'exclure ... y compris une cession' of 'cet actif': a sale considered, no buyer")
    V(a, "role", "directeur général", {"person": "Karim Benhaddou", "title": "directeur général",
                                       "organization": ("opt", "Norvance")})
    V(a, "role", "directrice financière", {"person": "Ingrid Solberg", "title": "directrice financière",
                                           "organization": ("opt", "Norvance")})
    V(a, "role", "analyste", {"person": "Mathilde Ferrandez", "title": "analyste",
                              "organization": "Montclair Securities"},
      note="'analyste chez Montclair Securities': a post at the broker")


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    TC = "tribunal correctionnel de Lyon"
    DREAL = "Dreal Auvergne-Rhône-Alpes"
    # ------------------------------------------------------------ F: pollution trial in Lyon, mayor and prefect
    a = B.article("F-tribunal-pollution", "2026-12-10", (
        "LYON, 10 décembre (AFP) - Le tribunal correctionnel de Lyon a condamné jeudi la société de traitement "
        f"de déchets Sogival à 300{NN}000 euros d'amende, dont la moitié avec sursis, pour avoir rejeté des "
        "effluents toxiques dans le Rhône entre avril 2022 et septembre 2024 depuis son site de Saint-Fons.\n\n"
        f"Dans son jugement, le tribunal a estimé que l'entreprise avait {O}sciemment fait passer ses coûts avant "
        f"la santé des riverains{C}. Son ancien directeur de site, Gilles Ranchin, 58 ans, est condamné à huit "
        f"mois d'emprisonnement avec sursis. Sogival devra aussi verser 85{NN}000 euros de dommages et intérêts "
        "à la Métropole de Lyon et à trois associations, dont France Nature Environnement.\n\n"
        f"{O}Nous allons faire appel, a annoncé l'avocat de la société, Me Arnaud Pellegrin, à la sortie de "
        f"l'audience. Ma cliente a toujours respecté les seuils fixés par la préfecture.{C} Selon lui, les "
        f"analyses retenues par l'accusation sont {O}contestables{C}.\n\n"
        f"Le maire de Saint-Fons, Mourad Haddouche, s'est félicité d'une décision {O}qui rend justice aux "
        f"habitants{C}. {O}Pendant deux ans, on nous a dit que tout allait bien. On ne nous mentira plus{C}, "
        "a-t-il ajouté.\n\n"
        f"Pour l'avocate des associations, Me Claire Jourdan-Mbaye, la peine reste {O}très en deçà{C} des "
        f"500{NN}000 euros requis par le parquet lors du procès, qui s'était tenu du 3 au 5 novembre.\n\n"
        "La préfète du Rhône, Sylvie Hennequin, avait suspendu l'activité du site en octobre 2024. Elle a "
        "indiqué jeudi que les contrôles seraient doublés en 2027 dans toute la région Auvergne-Rhône-Alpes. "
        "Par ailleurs, Hugo Tessier, jusqu'ici sous-préfet de Villefranche-sur-Saône, a été nommé directeur de "
        "la Dreal Auvergne-Rhône-Alpes, chargée de l'inspection des sites industriels."))
    for s, l, c, o in [("LYON", LOC, None, False), ("AFP", ORG, None, False), (TC, ORG, None, True),
                       ("Sogival", ORG, None, False), ("Métropole de Lyon", ORG, None, False),
                       (DREAL, ORG, None, False), ("Auvergne-Rhône-Alpes", LOC, None, False),
                       ("Rhône", LOC, None, False), ("Saint-Fons", LOC, None, False),
                       ("Gilles Ranchin", PER, None, False), ("France Nature Environnement", ORG, None, False),
                       ("Arnaud Pellegrin", PER, None, False), ("Mourad Haddouche", PER, None, False),
                       ("Claire Jourdan-Mbaye", PER, None, False), ("Sylvie Hennequin", PER, None, False),
                       ("Hugo Tessier", PER, None, False), ("Villefranche-sur-Saône", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'tribunal correctionnel de Lyon' is optional ORG, as the courts of the earlier "
                      "sets (a system's 'Lyon' LOC inside it overlaps it and is ignored); 'Métropole de Lyon' "
                      "(the public body paid damages) is ORG; 'Dreal Auvergne-Rhône-Alpes' (the regional "
                      "environment directorate, its name including the region) is ORG, and the region alone "
                      "('la région Auvergne-Rhône-Alpes') is LOC; 'le Rhône' (the river) and 'préfète du Rhône' "
                      "(the département) are LOC. 'Me' is a title, left out of the lawyers' names; 'le parquet', "
                      "'la préfecture', 'l'accusation' are generic, not names.")
    a["notes"].append("Dates: 'entre avril 2022 et septembre 2024' and 'du 3 au 5 novembre' are each two TIMEX3 "
                      "points, as 'entre 2019 et 2022' in the earlier sets (the bare day '3' takes the month of "
                      "the second point); 'huit mois' is the sentence's duration. Percentages: none ('la moitié' "
                      "is not a percentage).")
    a["notes"].append("Quotes: '« Nous allons faire appel, a annoncé ... Ma cliente ... préfecture. »' is one "
                      "quote over two sentences with the reporting clause inside the marks: one direct quote from "
                      "mark to mark (the incise included), as in the quotes_news set; the cue and the speaker are "
                      "inside it. 'le tribunal a estimé' has the court's canonical (named in the first sentence), "
                      "as in the third set. The mayor's second quote, over two sentences, is one quote.")
    a["notes"].append("Events: a conviction and a fine are no event type; lawyers are optional roles; the mayor "
                      "and the prefect are roles whose title may be written several ways ('maire' / 'maire de "
                      "Saint-Fons', 'préfète' / 'préfète du Rhône'): person only. The appointment 'a été nommé "
                      "directeur de la Dreal ...' is a role (new post); the former post 'jusqu'ici sous-préfet "
                      "de ...' is optional.")
    M(a, f"300{NN}000 euros", 300000, "EUR")
    M(a, f"85{NN}000 euros", 85000, "EUR")
    M(a, f"500{NN}000 euros", 500000, "EUR")
    D(a, "10 décembre", "2026-12-10")
    D(a, "jeudi", "2026-12-10", note="the dateline day")
    D(a, "avril 2022", "2022-04", note="'entre avril 2022 et septembre 2024': two TIMEX3 points")
    D(a, "septembre 2024", "2024-09")
    D(a, "58 ans", "P58Y", typ="DURATION", opt=True, note="an age")
    D(a, "huit mois", "P8M", typ="DURATION")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'Pendant deux ans', inside a quote")
    D(a, "du [3] au 5", "2026-11-03", note="'du 3 au 5 novembre': the first point, its month elided")
    D(a, "5 novembre", "2026-11-05", note="the trial, before the December reference date")
    D(a, "octobre 2024", "2024-10")
    D(a, "jeudi", "2026-12-10", nth=1)
    D(a, "2027", "2027", note="future: 'seraient doublés en 2027'")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True)
    Q(a, f"{O}[sciemment fait passer ses coûts avant la santé des riverains]{C}", "direct", "a estimé",
      ("le [tribunal] a estimé", TC, ORG),
      note="partly quoted clause after 'a estimé que': one direct quote for the marked words")
    Q(a, f"{O}[Nous allons faire appel, a annoncé l'avocat de la société, Me Arnaud Pellegrin, à la sortie de l'audience. Ma cliente a toujours respecté les seuils fixés par la préfecture.]{C}",
      "direct", "[a annoncé] l'avocat", ("Me [Arnaud Pellegrin]", "Arnaud Pellegrin", PER), gender="male",
      note="one quote with the reporting clause inside the marks, over two sentences")
    Q(a, f"{O}[contestables]{C}", "direct", "[Selon] lui", ("Selon [lui]", "Arnaud Pellegrin", PER), gender="male",
      note="partly quoted clause after 'Selon lui,': one direct quote for the marked words")
    Q(a, f"{O}[qui rend justice aux habitants]{C}", "direct", "s'est félicité",
      ("Mourad Haddouche", "Mourad Haddouche", PER), gender="male")
    Q(a, f"{O}[Pendant deux ans, on nous a dit que tout allait bien. On ne nous mentira plus]{C}", "direct",
      "a-t-il ajouté", ("a-t-[il] ajouté", "Mourad Haddouche", PER), gender="male")
    Q(a, f"{O}[très en deçà]{C}", "direct", "[Pour] l'avocate", ("Claire Jourdan-Mbaye", "Claire Jourdan-Mbaye", PER),
      gender="female", note="'Pour X, ... « ... »': one direct quote for the marked words")
    Q(a, "indiqué jeudi que [les contrôles seraient doublés en 2027 dans toute la région Auvergne-Rhône-Alpes].",
      "indirect", "[a indiqué] jeudi", ("[Elle] a indiqué", "Sylvie Hennequin", PER), gender="female")
    V(a, "role", "directeur de site", {"person": "Gilles Ranchin", "title": "directeur de site",
                                       "organization": ("opt", "Sogival")},
      note="'Son ancien directeur de site': a former post at Sogival")
    V(a, "role", "l'[avocat] de la société", {"person": "Arnaud Pellegrin", "title": "avocat"}, optional=True,
      note="counsel of a party, not a post in a body")
    V(a, "role", "maire", {"person": "Mourad Haddouche"},
      note="'Le maire de Saint-Fons': title written several ways, person only")
    V(a, "role", "avocate", {"person": "Claire Jourdan-Mbaye", "title": "avocate"}, optional=True,
      note="counsel of parties, not a post in a body")
    V(a, "role", "préfète", {"person": "Sylvie Hennequin"},
      note="'La préfète du Rhône': title written several ways, person only")
    V(a, "role", "sous-préfet", {"person": "Hugo Tessier"}, optional=True,
      note="his post until now ('jusqu'ici sous-préfet de Villefranche-sur-Saône')")
    V(a, "role", "[directeur] de la Dreal", {"person": "Hugo Tessier", "title": "directeur",
                                             "organization": DREAL},
      note="a new post ('a été nommé directeur de ...')")
