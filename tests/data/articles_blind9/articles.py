"""The six articles of the ninth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind9`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % in A, C, E; thousands in D; inside guillemets in B and E)
NN = "\u202f"    # narrow no-break space (before % in B, D, F; thousands in B, E, F; inside guillemets in D and F)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    HH, VH, SM, RB, JT, AB = ("Hélène Hennebelle", "Vincent Hennebelle", "Sambre Moulage", "Rachid Benkhelifa",
                              "Jacques Ternynck", "Arnaud Boulanger")
    # ------------------------------------------------------------ A: a family foundry buys its neighbour
    a = B.article("A-rachat-fonderie", "2028-09-19", (
        "LILLE, 19 septembre (AFP) - Hennebelle avale son voisin. Le fondeur familial de Hautmont (Nord) a finalisé "
        f"mardi le rachat de son concurrent {SM} pour 38 millions d'euros, après le feu vert du tribunal de "
        "commerce de Valenciennes, qui avait placé la cible en redressement judiciaire en mars.\n\n"
        f"Hennebelle reprend les 214 salariés de {SM} et ses usines de Maubeuge et de Jeumont. « Nous restons "
        f"une entreprise de famille, mais il fallait changer de taille », a déclaré {HH}, 52 ans, présidente "
        "du directoire. Selon elle, le nouvel ensemble visera « 150 millions d'euros » de ventes en 2030. Pour financer "
        f"l'opération, le fonds régional Finorval a investi 12 millions d'euros dans Hennebelle. Son frère, {VH}, "
        f"directeur général, a précisé que la famille garderait 85{NB}% du capital.\n\n"
        "Chez Hennebelle, ce n'est pas une première : le groupe avait déjà racheté en 2025 l'atelier belge Gilson pour "
        f"4,5 millions d'euros. Il a réalisé en 2027 un chiffre d'affaires de 82 millions d'euros, en hausse de 6{NB}%, "
        f"quand {SM} voyait ses ventes chuter de 17{NB}%, à 61 millions d'euros.\n\n"
        "Hennebelle était conseillé par Lazard et le cabinet Vandamme Lefort, la cible par Société Générale et le "
        "cabinet Cazals Mercier. Selon La "
        f"Voix du Nord, l'allemand Krenzler Guss envisageait aussi de reprendre {SM}, avant de renoncer en juin.\n\n"
        f"Les salariés de {SM} restent prudents. La CFDT, majoritaire à Jeumont, estime que quarante postes "
        "administratifs pourraient disparaître d'ici la fin de l'année. « On nous promet tout, on jugera sur pièces », a "
        f"lancé son délégué, {RB}. L'ancien PDG de {SM}, {JT}, s'est dit « apaisé ». "
        f"Le maire de Maubeuge, {AB}, a salué « un ancrage local préservé »."))
    for s, l, c, o in [("LILLE", LOC, None, False), ("AFP", ORG, None, False), (HH, PER, None, False),
                       (VH, PER, None, False), ("Hennebelle", ORG, None, False), ("Hautmont", LOC, None, False),
                       ("La Voix du Nord", ORG, None, False), ("Nord", LOC, None, False), (SM, ORG, None, False),
                       ("tribunal de commerce de Valenciennes", ORG, None, True), ("Maubeuge", LOC, None, False),
                       ("Jeumont", LOC, None, False), ("Finorval", ORG, None, False), ("Gilson", ORG, None, False),
                       ("Lazard", ORG, None, False), ("Vandamme Lefort", ORG, None, False),
                       ("Société Générale", ORG, None, False), ("Cazals Mercier", ORG, None, False),
                       ("Krenzler Guss", ORG, None, False),
                       ("CFDT", ORG, None, False), (RB, PER, None, False), (JT, PER, None, False),
                       (AB, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: the buyer is a family company named after its family with no legal form and, in "
                      "most sentences, no cue word ('Hennebelle avale son voisin', 'Hennebelle reprend', 'Chez "
                      "Hennebelle', 'dans Hennebelle', 'Hennebelle était conseillé'): ORG every time, while 'Hélène "
                      "Hennebelle' and 'Vincent Hennebelle' are PER (as 'Castanet' in the sixth set). The target "
                      "'Sambre Moulage' (a river and a trade word) is ORG in every mention, 'les salariés de Sambre "
                      "Moulage' included. 'La Voix du Nord' keeps its article (part of the paper's name) and holds "
                      "no separate 'Nord'; 'Hautmont (Nord)' gives the town and the département (LOC). The law firms "
                      "'le cabinet Vandamme Lefort' and 'le cabinet Cazals Mercier' (two surnames each) and the banks 'Lazard' and 'Société Générale' are "
                      "ORG; 'le fonds régional Finorval' is ORG; 'l'atelier belge Gilson' (a surname) is ORG. "
                      "'tribunal de commerce de Valenciennes' is optional ORG, as the courts of the earlier sets (a "
                      "system's 'Valenciennes' LOC inside it overlaps it and is ignored). 'l'allemand', 'belge' are "
                      "adjectives; 'le fondeur familial', 'la cible', 'le groupe' are not names.")
    a["notes"].append("Quotes: the president's quote ('a déclaré X, 52 ans, présidente du directoire'); 'Selon elle, "
                      "le nouvel ensemble visera « 150 millions d'euros » de ventes en 2030' gives one direct quote "
                      "for the marked words (the contract's rule for a partly marked indirect clause), the amount "
                      "inside it being money; 'Son frère, X, directeur général, a précisé que ...' indirect; 'Selon "
                      "La Voix du Nord, <clause>' (a newspaper as source); the union speaks by name ('La CFDT, "
                      "majoritaire à Jeumont, estime que ...'); its delegate 'a lancé son délégué, X'; 's'est dit « "
                      "apaisé »' and 'a salué « ... »' quote marked words (required, as in the earlier sets).")
    a["notes"].append("Events: the purchase of Sambre Moulage ('a finalisé mardi le rachat de son concurrent ... "
                      "pour 38 millions d'euros') is a done acquisition; the buyer's earlier purchase ('le groupe "
                      "avait déjà racheté en 2025 l'atelier belge Gilson pour 4,5 millions d'euros') a second, done "
                      "acquisition; the German rival that 'envisageait aussi de reprendre Sambre Moulage, avant de "
                      "renoncer' a planned one (a project given up, still an event with its status). The regional "
                      "fund's 12 million euros invested 'dans Hennebelle' to finance the deal is a funding event "
                      "(the contract's 'Ardent Capital investit ... dans Orvia'). Results: the buyer's 2027 revenue "
                      "('Il' is the group) with its change, and the target's sales with their fall (period optional: "
                      "the year is written once, for both). Advisers ('était conseillé par') and the court's approval "
                      "are no event; the sales target for 2030 is a forecast, no result. Roles: 'présidente du "
                      "directoire' and 'directeur général' (organization optional: the family company of the "
                      "paragraph), 'son délégué' (the CFDT of the sentence before, organization optional), a former "
                      "post 'L'ancien PDG de Sambre Moulage' (required, organization required, title 'PDG' as in the "
                      "seventh set), 'Le maire de Maubeuge' (person only, as mayors in the earlier sets).")
    a["notes"].append("Dates: 'en mars' in a past-perfect clause is this year's March (2028-03); 'en juin' "
                      "('avant de renoncer en juin') this year's June; 'fin de l'année' ('d'ici la fin de l'année') "
                      "is 2028 with mod END; '52 ans' (an age) is optional. '214 salariés' is a count.")
    M(a, "38 millions d'euros", 38e6, "EUR")
    M(a, "150 millions d'euros", 150e6, "EUR")
    M(a, "12 millions d'euros", 12e6, "EUR")
    M(a, "4,5 millions d'euros", 4.5e6, "EUR")
    M(a, "82 millions d'euros", 82e6, "EUR")
    M(a, "61 millions d'euros", 61e6, "EUR")
    P(a, f"85{NB}%", 85)
    P(a, f"6{NB}%", 6)
    P(a, f"17{NB}%", 17)
    D(a, "19 septembre", "2028-09-19", note="dateline")
    D(a, "mardi", "2028-09-19", note="the dateline day")
    D(a, "mars", "2028-03", note="past: 'qui avait placé la cible en redressement judiciaire en mars'")
    D(a, "52 ans", "P52Y", typ="DURATION", opt=True, note="an age")
    D(a, "2030", "2030", note="'en 2030', a target inside the indirect clause")
    D(a, "2025", "2025")
    D(a, "2027", "2027")
    D(a, "juin", "2028-06", note="past: 'avant de renoncer en juin'")
    D(a, "fin de l'année", "2028", mod="END", note="'d'ici la fin de l'année'")
    Q(a, "« [Nous restons une entreprise de famille, mais il fallait changer de taille] »", "direct", "a déclaré",
      (HH, HH, PER), gender="female", note="'présidente' and the given name show the gender")
    Q(a, "« [150 millions d'euros] »", "direct", "[Selon] elle", ("Selon [elle]", HH, PER), gender="female",
      note="partly marked clause after 'Selon elle,': one direct quote for the marked words")
    Q(a, f"précisé que [la famille garderait 85{NB}% du capital].", "indirect", "a précisé", (VH, VH, PER),
      gender="male", note="'Son frère' shows the gender")
    Q(a, f"Selon La Voix du Nord, [l'allemand Krenzler Guss envisageait aussi de reprendre {SM}, avant de renoncer en juin].",
      "indirect", "[Selon] La Voix", ("La Voix du Nord", "La Voix du Nord", ORG))
    Q(a, "estime que [quarante postes administratifs pourraient disparaître d'ici la fin de l'année].", "indirect",
      "estime", ("CFDT", "CFDT", ORG), note="a union speaking by name")
    Q(a, "« [On nous promet tout, on jugera sur pièces] »", "direct", "a lancé", (RB, RB, PER), gender="male",
      note="'son délégué' shows the gender")
    Q(a, "« [apaisé] »", "direct", "s'est dit", (JT, JT, PER), gender="male",
      note="one marked word; 'L'ancien PDG' and the agreement show the gender")
    Q(a, "« [un ancrage local préservé] »", "direct", "a salué", (AB, AB, PER), gender="male",
      note="a marked noun phrase after 'a salué'; 'Le maire' shows the gender")
    V(a, "acquisition", "rachat", {"target": SM, "buyer": "Hennebelle", "amount": "38 millions d'euros",
                                   "date": "mardi", "status": "done"},
      note="'Le fondeur familial de Hautmont' is Hennebelle, named in the sentence before")
    V(a, "funding", "investi", {"company": "Hennebelle", "amount": "12 millions d'euros", "investors": ["Finorval"]},
      note="'le fonds régional Finorval a investi 12 millions d'euros dans Hennebelle'")
    V(a, "acquisition", "racheté", {"target": "Gilson", "buyer": "Hennebelle", "amount": "4,5 millions d'euros",
                                    "date": "2025", "status": "done"},
      note="an earlier purchase; 'le groupe' is Hennebelle ('Chez Hennebelle' opens the sentence)")
    V(a, "result", "chiffre d'affaires", {"company": "Hennebelle", "metric": "revenue", "amount": "82 millions d'euros",
                                          "change": f"6{NB}%", "period": "2027"}, note="'Il' is the group")
    V(a, "result", "ses [ventes] chuter", {"company": SM, "metric": "revenue", "amount": "61 millions d'euros",
                              "change": f"17{NB}%", "period": ("opt", "2027")},
      note="'voyait ses ventes chuter de 17 %, à 61 millions d'euros'; the year is written once, for both results")
    V(a, "acquisition", "reprendre", {"target": SM, "buyer": "Krenzler Guss", "status": "planned"},
      note="'envisageait aussi de reprendre ..., avant de renoncer en juin': a project given up")
    V(a, "role", "présidente du directoire", {"person": HH, "title": "présidente du directoire",
                                              "organization": ("opt", "Hennebelle")})
    V(a, "role", "directeur général", {"person": VH, "title": "directeur général",
                                       "organization": ("opt", "Hennebelle")})
    V(a, "role", "délégué", {"person": RB, "title": "délégué", "organization": ("opt", "CFDT")},
      note="'son délégué': the CFDT, subject of the sentence before")
    V(a, "role", "PDG", {"person": JT, "title": "PDG", "organization": f"[{SM}], {JT}"},
      note="a former post with its title ('L'ancien PDG de Sambre Moulage, X')")
    V(a, "role", "maire", {"person": AB}, note="'Le maire de Maubeuge, X': person only, as mayors")

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    YB, CV, LM, HLG, OP, BG, AR = ("Youssef Benarbia", "Claire Vautrin", "Ludovic Marchand", "Hervé Le Garrec",
                                   "Odile Perrichon", "Bertrand Gueudet", "Agnès Roumier")
    CRC, MRN, AESN, CD76 = ("chambre régionale des comptes", "Métropole Rouen Normandie",
                            "Agence de l'eau Seine-Normandie", "conseil départemental de la Seine-Maritime")
    # ------------------------------------------------------------ B: Rouen's budget, the opposition, the public bodies
    a = B.article("B-budget-rouen", "2028-10-05", (
        "ROUEN, 5 octobre - Le conseil municipal de Rouen a adopté mardi, par 41 voix contre 14, un budget de 312 "
        f"millions d'euros pour 2029, en hausse de 4,8{NN}%, malgré un rapport sévère de la {CRC} "
        "publié la semaine dernière.\n\n"
        f"{O}Nous investissons sans toucher aux impôts, c'est un choix assumé{C}, a défendu le maire PS, {YB}. "
        f"Selon lui, la dette de la ville, de 189 millions d'euros, commencera à baisser en 2030. La {CRC} "
        f"juge au contraire la situation {O}préoccupante{C} et estime que la commune devra réduire ses effectifs de "
        f"3{NN}% d'ici 2031.\n\n"
        f"L'opposition a voté contre le plan {O}Ville fraîche{C} et ses 5{NN}000 arbres. {O}C'est un budget de "
        f"campagne{C}, a dénoncé {CV}, présidente du groupe Les Républicains. La majorité maquille la facture du "
        f"tramway, a-t-elle ajouté. Selon le conseiller municipal RN {LM}, la ville a perdu 2{NN}000 habitants en "
        "cinq ans.\n\n"
        f"La {MRN} financera 40{NN}% du nouveau tramway de la rive gauche, a confirmé son président, {HLG}. "
        f"L'{AESN} versera 6,5 millions d'euros pour remplacer les canalisations en plomb, a indiqué sa directrice "
        f"territoriale, {OP}. Le {CD76} a en revanche refusé de cofinancer la future piscine olympique, évaluée à "
        f"27 millions d'euros. {O}Ce n'est pas notre compétence{C}, a tranché mercredi son président, {BG}.\n\n"
        f"La préfète de la Seine-Maritime, {AR}, a rappelé que la ville toucherait 2,1 millions d'euros de "
        "dotations de soutien à l'investissement. Selon un sondage Ipsos pour Paris-Normandie publié samedi, "
        f"54{NN}% des Rouennais jugent la gestion municipale satisfaisante."))
    for s, l, c, o in [("ROUEN", LOC, None, False), (MRN, ORG, None, False), ("Rouen", LOC, None, False),
                       (CRC, ORG, None, True), ("PS", ORG, None, False), (YB, PER, None, False),
                       ("Ville fraîche", MISC, None, True), (CV, PER, None, False),
                       ("Les Républicains", ORG, None, False), ("RN", ORG, None, False), (LM, PER, None, False),
                       (HLG, PER, None, False), (AESN, ORG, None, False), (OP, PER, None, False),
                       (CD76, ORG, None, False), ("Seine-Maritime", LOC, None, False), (BG, PER, None, False),
                       (AR, PER, None, False), ("Ipsos", ORG, None, False), ("Paris-Normandie", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Regional-daily style (Paris-Normandie): a dateline without an agency; the reference date is "
                      "the dateline day (Thursday 5 October 2028).")
    a["notes"].append("Entities: public bodies with a lower-case head: 'conseil départemental de la Seine-Maritime' "
                      "is a required ORG (a body named by its function and its territory, as 'ministère de "
                      "l'Économie' in the earlier sets; the département inside it not annotated separately), while "
                      "'chambre régionale des comptes' (no proper-name part) stays optional ORG, as in the third "
                      "set; 'Agence de l'eau Seine-Normandie' and 'Métropole Rouen Normandie' are ORG (the towns and "
                      "regions inside them not annotated); 'La préfète de la Seine-Maritime' gives the département "
                      "(LOC), as 'préfète du Rhône' in the fourth set. 'Le conseil municipal de Rouen' gives Rouen "
                      "(LOC, the town); 'le conseil municipal', 'la ville', 'la commune', 'la majorité', "
                      "'L'opposition' are not names. Party acronyms keep their form ('PS' after 'le maire', 'RN' "
                      "after 'le conseiller municipal'); 'groupe Les Républicains' gives the party with its article. "
                      "The plan's name between marks ('le plan « Ville fraîche »') is a title, not a quote: optional "
                      "MISC, as the bill's name in the eighth set. 'Ipsos' (the pollster) and 'Paris-Normandie' (the "
                      "paper) are ORG; 'Rouennais' is a demonym.")
    a["notes"].append("Quotes: the mayor ('a défendu le maire PS, X', then 'Selon lui'); the regional audit court "
                      "'juge au contraire la situation « préoccupante » et estime que <clause>': one direct quote for "
                      "the marked word and one indirect quote for the clause after 'estime que', both with the court "
                      "as speaker (the noun phrase, canonical its written name); the opposition leader ('a dénoncé "
                      "X', then the inverted '<clause>, a-t-elle ajouté', indirect); 'Selon le conseiller "
                      "municipal RN X, <clause>'; three inverted reporting clauses with the speaker in apposition "
                      "('a confirmé son président, X', 'a indiqué sa directrice territoriale, X', 'a tranché "
                      "mercredi son président, X'); 'a rappelé que' (the prefect); 'Selon un sondage Ipsos pour "
                      "Paris-Normandie publié samedi, <clause>' (the pollster as speaker, as in the fifth set). Not "
                      "quotes: 'a voté contre le plan « ... »' (a title), 'a refusé de cofinancer'.")
    a["notes"].append("Events: roles only (a city's budget, debt, subsidies and a poll are no result or funding). "
                      "'le maire PS, X' and 'La préfète de la Seine-Maritime, X' give the person only, as in the "
                      "earlier sets; 'présidente du groupe Les Républicains' is a group chair (person only); 'le "
                      "conseiller municipal RN X' (title 'conseiller municipal', organization optional: his party, "
                      "as 'le député RN du Var' in the eighth set); 'son président' twice and 'sa directrice "
                      "territoriale' (organization optional: the body of the clause before). Dates: 'la semaine "
                      "dernière' is the ISO week before the dateline's (2028-W39); 'mardi', 'mercredi' this week's; "
                      "'samedi' the Saturday before; 'en cinq ans' a duration; '2029' ('un budget ... pour 2029'), "
                      "'2030', '2031' ('d'ici 2031'). '41 voix', '5 000 arbres', '2 000 habitants' are counts.")
    M(a, "312 millions d'euros", 312e6, "EUR")
    M(a, "189 millions d'euros", 189e6, "EUR")
    M(a, "6,5 millions d'euros", 6.5e6, "EUR")
    M(a, "27 millions d'euros", 27e6, "EUR")
    M(a, "2,1 millions d'euros", 2.1e6, "EUR")
    P(a, f"4,8{NN}%", 4.8)
    P(a, f"3{NN}%", 3)
    P(a, f"40{NN}%", 40)
    P(a, f"54{NN}%", 54)
    D(a, "5 octobre", "2028-10-05", note="dateline")
    D(a, "mardi", "2028-10-03", note="past: this week's Tuesday")
    D(a, "2029", "2029", note="'un budget ... pour 2029'")
    D(a, "semaine dernière", "2028-W39", note="'la semaine dernière': the ISO week before the dateline's (W40)")
    D(a, "2030", "2030")
    D(a, "2031", "2031", note="'d'ici 2031'")
    D(a, "cinq ans", "P5Y", typ="DURATION", note="'en cinq ans'")
    D(a, "mercredi", "2028-10-04", note="past: the day before the Thursday dateline")
    D(a, "samedi", "2028-09-30", note="past: 'publié samedi'")
    Q(a, f"{O}[Nous investissons sans toucher aux impôts, c'est un choix assumé]{C}", "direct", "a défendu",
      (YB, YB, PER), gender="male", note="'le maire' shows the gender")
    Q(a, "Selon lui, [la dette de la ville, de 189 millions d'euros, commencera à baisser en 2030].", "indirect",
      "[Selon] lui", ("Selon [lui]", YB, PER), gender="male")
    Q(a, f"{O}[préoccupante]{C}", "direct", "juge", (f"La [{CRC}] juge", CRC, ORG),
      note="a body's judgement, one marked word; the body is an optional entity but the speaker of two quotes")
    Q(a, f"estime que [la commune devra réduire ses effectifs de 3{NN}% d'ici 2031].", "indirect", "estime",
      (f"La [{CRC}] juge", CRC, ORG), note="second verb after 'et': same subject")
    Q(a, f"{O}[C'est un budget de campagne]{C}", "direct", "a dénoncé", (CV, CV, PER), gender="female",
      note="'présidente' shows the gender")
    Q(a, "[La majorité maquille la facture du tramway], a-t-elle ajouté", "indirect", "a-t-elle ajouté",
      ("a-t-[elle] ajouté", CV, PER), gender="female", note="inverted reporting clause; 'elle' is the opposition leader")
    Q(a, f"{LM}, [la ville a perdu 2{NN}000 habitants en cinq ans].", "indirect", "[Selon] le conseiller", (LM, LM, PER),
      gender="male", note="'Selon le conseiller municipal RN X, <clause>'")
    Q(a, f"[La {MRN} financera 40{NN}% du nouveau tramway de la rive gauche], a confirmé", "indirect", "a confirmé",
      (HLG, HLG, PER), gender="male", note="inverted reporting clause; 'son président' shows the gender")
    Q(a, f"[L'{AESN} versera 6,5 millions d'euros pour remplacer les canalisations en plomb], a indiqué", "indirect",
      "a indiqué", (OP, OP, PER), gender="female", note="inverted reporting clause; 'sa directrice'")
    Q(a, f"{O}[Ce n'est pas notre compétence]{C}", "direct", "a tranché", (BG, BG, PER), gender="male",
      note="'son président' is the head of the département's council of the sentence before")
    Q(a, "a rappelé que [la ville toucherait 2,1 millions d'euros de dotations de soutien à l'investissement].",
      "indirect", "a rappelé", (AR, AR, PER), gender="female", note="'La préfète' shows the gender")
    Q(a, f"publié samedi, [54{NN}% des Rouennais jugent la gestion municipale satisfaisante].", "indirect",
      "[Selon] un sondage", ("sondage [Ipsos]", "Ipsos", ORG), note="the poll's issuer named: Ipsos")
    V(a, "role", "maire", {"person": YB}, note="'le maire PS, X': person only, as mayors")
    V(a, "role", "présidente du groupe", {"person": CV}, note="a group chair: person only, as in the earlier sets")
    V(a, "role", "conseiller municipal", {"person": LM, "title": "conseiller municipal",
                                          "organization": ("opt", "RN")},
      note="'le conseiller municipal RN X': the party is his")
    V(a, "role", "son [président], Hervé", {"person": HLG, "title": "président", "organization": ("opt", MRN)},
      note="'son président': the Métropole, subject of the clause")
    V(a, "role", "directrice territoriale", {"person": OP, "title": "directrice territoriale",
                                             "organization": ("opt", AESN)},
      note="'sa directrice territoriale': the Agence de l'eau, subject of the clause")
    V(a, "role", "son [président], Bertrand", {"person": BG, "title": "président", "organization": ("opt", CD76)},
      note="'son président': the département's council of the sentence before")
    V(a, "role", "préfète", {"person": AR}, note="'La préfète de la Seine-Maritime': person only, as prefects")


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    AJA, SCO, KAB, FQ, LL, TSP, GS = ("AJ Auxerre", "Angers SCO", "Kwame Asante-Boateng", "Fabien Quintard",
                                      "Laurent Lavigne", "Tallgrass Sports Partners", "Grégoire Santoni")
    DNCG, LFP = "Direction nationale du contrôle de gestion", "Ligue de football professionnel"
    # ------------------------------------------------------------ C: Ligue 1, Auxerre wins at Angers
    a = B.article("C-football-auxerre", "2028-08-28", (
        f"ANGERS, 28 août (AFP) - L'{AJA} a signé dimanche sa première victoire de la saison en Ligue 1 en "
        f"s'imposant à Angers (2-0), grâce à un doublé du Ghanéen {KAB}, recruté début août au Stade de "
        "Reims pour 6,5 millions d'euros.\n\n"
        f"Avec 61{NB}% de possession, Auxerre a dominé un {SCO} qui reste lanterne rouge. « Je voulais marquer pour "
        f"nos supporters », a savouré le Ghanéen. Après le match, l'entraîneur auxerrois, {FQ}, a répondu aux "
        "questions de la presse.\n"
        "— Ce succès vous soulage-t-il ?\n"
        "— Évidemment. Après deux défaites, on avait besoin de ces trois points. Kwame a fait la différence.\n"
        "— Le mercato est-il terminé ?\n"
        "— Non, il nous manque un défenseur. Le président y travaille.\n\n"
        f"L'entraîneur d'Angers, {LL}, a reconnu que son équipe avait « manqué de tout ». « On a été punis sur "
        "chaque erreur », a-t-il ajouté.\n\n"
        f"Le fonds américain {TSP}, qui avait racheté l'AJA en 2026, a souscrit la semaine dernière une "
        f"augmentation de capital de 20 millions d'euros et porte sa part à 92{NB}%, a indiqué le club. La {DNCG} "
        "(DNCG) l'exigeait : selon elle, Auxerre a perdu 14,3 millions d'euros sur l'exercice clos le 30 juin. Selon "
        f"le magazine Forbes, le club est désormais valorisé 95 millions d'euros. Son président, {GS}, a promis un "
        "défenseur « avant vendredi ».\n\n"
        "Ailleurs, Lorient a battu Metz (3-1) samedi. Brest, qui recevra Auxerre samedi prochain, a recruté le milieu "
        f"uruguayen Matías Olmedo à Peñarol pour 4 millions d'euros. La {LFP} (LFP) a ouvert une procédure contre "
        "Angers après des jets de fumigènes."))
    for s, l, c, o in [("ANGERS", LOC, None, False), ("AFP", ORG, None, False), (AJA, ORG, None, False),
                       ("Ligue 1", MISC, None, False), ("à [Angers] (2-0)", ORG, SCO, True), (KAB, PER, None, False),
                       ("Stade de Reims", ORG, None, False), ("Auxerre", ORG, AJA, False), (SCO, ORG, None, False),
                       (FQ, PER, None, False), ("Kwame", PER, KAB, False), ("Angers", ORG, SCO, False),
                       (LL, PER, None, False), (TSP, ORG, None, False), ("AJA", ORG, AJA, False),
                       (DNCG, ORG, None, False), ("DNCG", ORG, DNCG, False), ("Forbes", ORG, None, False),
                       (GS, PER, None, False), ("Lorient", ORG, None, False), ("Metz", ORG, None, False),
                       ("Brest", ORG, None, False), ("Matías Olmedo", PER, None, False), ("Peñarol", ORG, None, False),
                       (LFP, ORG, None, False), ("LFP", ORG, LFP, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: clubs named in full ('AJ Auxerre', 'Angers SCO', 'Stade de Reims'), by their town "
                      "('Auxerre a dominé', 'Auxerre a perdu', 'recevra Auxerre', 'L'entraîneur d'Angers', 'contre "
                      "Angers', 'Lorient a battu Metz', 'Brest, qui recevra') or by an acronym ('l'AJA', canonical "
                      "the full name) are ORG, as in the earlier sets; 'en s'imposant à Angers (2-0)' (ground and "
                      "opponent at once) is optional, as in the fourth set; the dateline ANGERS is LOC; 'Peñarol' "
                      "(a transfer's selling club) is ORG. The league body named in full with its acronym in "
                      "brackets has the full name as canonical for both mentions ('DNCG', 'LFP'). 'Kwame' alone, "
                      "inside an answer, is the player. 'Ligue 1' is MISC; 'Forbes' (the magazine) is ORG. "
                      "Demonyms and adjectives ('le Ghanéen', 'auxerrois', 'uruguayen', 'américain') are not "
                      "entities; 'la presse', 'le club', 'Le président' are not names.")
    a["notes"].append("Quotes: 'a savouré le Ghanéen' has the demonym as speaker, canonical the player named in the "
                      "first sentence (as 'a confié l'Argentin' in the fourth set). The coach's press-conference "
                      "excerpt follows the interview convention of the earlier sets (em dashes, as in the fifth and "
                      "sixth sets): each answer is one direct quote of the coach (span after the dash and its space "
                      "to the end of the line, final full stop included, cue null, speaker the name of the "
                      "introducing sentence 'X, a répondu aux questions de la presse'); the two questions are "
                      "optional direct quotes with the noun phrase 'la presse' as speaker (canonical null). 'a "
                      "reconnu que son équipe avait « ... »' gives one direct quote for the marked words, then "
                      "'a-t-il ajouté'; the capital increase is an inverted indirect quote of 'le club' (canonical "
                      "AJ Auxerre); 'selon elle' after the DNCG has the league body as speaker; 'Selon le magazine "
                      "Forbes, <clause>'; 'a promis un défenseur « avant vendredi »' quotes the marked words.")
    a["notes"].append("Events: the fund's purchase of the club ('qui avait racheté l'AJA en 2026') is a done "
                      "acquisition; its capital increase ('a souscrit ... une augmentation de capital de 20 millions "
                      "d'euros') a funding event of the club with the fund as investor (the stake '92 %' is not an "
                      "argument); the club's loss for the year to 30 June, given by the DNCG ('Auxerre a perdu 14,3 "
                      "millions d'euros sur l'exercice clos le 30 juin'), a result (metric loss, period the closing "
                      "date, as 'l'exercice clos le 30 juin' in the sixth set); 'le club est désormais valorisé 95 "
                      "millions d'euros' (no round) a valuation event. Transfers with a fee ('recruté début août au "
                      "Stade de Reims pour 6,5 millions d'euros', 'a recruté ... à Peñarol pour 4 millions d'euros') "
                      "are money but no event; the LFP's procedure is no event. Roles: 'l'entraîneur auxerrois, X' "
                      "(organization optional), 'L'entraîneur d'Angers, X' (organization required), 'Son président, "
                      "X' (the club of the sentence before, organization optional); 'le milieu uruguayen X' (a "
                      "player's position) is optional.")
    a["notes"].append("Dates: 'dimanche' is the day before the Monday dateline; 'début août' is this August with mod "
                      "START; 'la semaine dernière' the ISO week before the dateline's (2028-W34); 'le 30 juin' "
                      "(the closing date of the financial year just ended) 2028-06-30; 'avant vendredi' (inside the "
                      "marked words) the coming Friday; 'samedi' (a match already played) the Saturday before, "
                      "'samedi prochain' the next one. Scores ('(2-0)', '(3-1)'), 'trois points' are not dates or "
                      "numbers to annotate.")
    M(a, "6,5 millions d'euros", 6.5e6, "EUR")
    M(a, "20 millions d'euros", 20e6, "EUR")
    M(a, "14,3 millions d'euros", 14.3e6, "EUR")
    M(a, "95 millions d'euros", 95e6, "EUR")
    M(a, "4 millions d'euros", 4e6, "EUR")
    P(a, f"61{NB}%", 61)
    P(a, f"92{NB}%", 92)
    D(a, "28 août", "2028-08-28", note="dateline")
    D(a, "dimanche", "2028-08-27", note="the match, the day before the Monday dateline")
    D(a, "début août", "2028-08", mod="START")
    D(a, "2026", "2026")
    D(a, "semaine dernière", "2028-W34", note="'la semaine dernière': the ISO week before the dateline's (W35)")
    D(a, "30 juin", "2028-06-30", note="'l'exercice clos le 30 juin'")
    D(a, "vendredi", "2028-09-01", note="future: 'avant vendredi', inside the marked words")
    D(a, "samedi", "2028-08-26", note="past: a match already played")
    D(a, "samedi prochain", "2028-09-02")
    Q(a, "« [Je voulais marquer pour nos supporters] »", "direct", "a savouré", ("le [Ghanéen]. Après", KAB, PER),
      gender="male", note="the demonym 'le Ghanéen' stands for the player named in the first sentence")
    Q(a, "— [Ce succès vous soulage-t-il ?]", "direct", None, ("questions de [la presse]", None, None), optional=True,
      note="a journalist's question; the noun phrase 'la presse' (canonical null)")
    Q(a, "— [Évidemment. Après deux défaites, on avait besoin de ces trois points. Kwame a fait la différence.]",
      "direct", None, (FQ, FQ, PER), gender="male",
      note="an answer after a dash; the speaker is named in the introducing sentence ('l'entraîneur auxerrois')")
    Q(a, "— [Le mercato est-il terminé ?]", "direct", None, ("questions de [la presse]", None, None), optional=True,
      note="a journalist's question")
    Q(a, "— [Non, il nous manque un défenseur. Le président y travaille.]", "direct", None, (FQ, FQ, PER),
      gender="male", note="an answer after a dash")
    Q(a, "« [manqué de tout] »", "direct", "a reconnu", (LL, LL, PER), gender="male",
      note="partly quoted clause after 'a reconnu que son équipe avait'")
    Q(a, "« [On a été punis sur chaque erreur] »", "direct", "a-t-il ajouté", ("a-t-[il] ajouté", LL, PER),
      gender="male")
    Q(a, f"[Le fonds américain {TSP}, qui avait racheté l'AJA en 2026, a souscrit la semaine dernière une augmentation de capital de 20 millions d'euros et porte sa part à 92{NB}%], a indiqué",
      "indirect", "a indiqué", ("le [club]. La", AJA, ORG), note="inverted reporting clause; 'le club' is AJ Auxerre")
    Q(a, "selon elle, [Auxerre a perdu 14,3 millions d'euros sur l'exercice clos le 30 juin].", "indirect",
      "[selon] elle", ("selon [elle]", DNCG, ORG), note="'elle' is the DNCG, subject of the clause before")
    Q(a, "Forbes, [le club est désormais valorisé 95 millions d'euros].", "indirect", "[Selon] le magazine",
      ("Forbes", "Forbes", ORG), note="'Selon le magazine Forbes, <clause>'")
    Q(a, "« [avant vendredi] »", "direct", "a promis", (GS, GS, PER), gender="male",
      note="marked words after 'a promis un défenseur'; 'Son président' shows the gender")
    V(a, "acquisition", "racheté", {"target": "AJA", "buyer": TSP, "date": "2026", "status": "done"},
      note="'qui avait racheté l'AJA en 2026': an earlier purchase referred back to")
    V(a, "funding", "augmentation de capital", {"company": "AJA", "amount": "20 millions d'euros", "investors": [TSP],
                                                "date": "semaine dernière"},
      note="a capital increase subscribed by the owner; the stake is not an argument")
    V(a, "result", "perdu", {"company": "Auxerre", "metric": "loss", "amount": "14,3 millions d'euros",
                             "period": "30 juin"}, note="the year to 30 June, as told by the DNCG")
    V(a, "valuation", "valorisé", {"company": "Auxerre", "amount": "95 millions d'euros"},
      note="'le club est désormais valorisé ...' (no round): the club named in the sentence before")
    V(a, "role", "entraîneur", {"person": FQ, "title": "entraîneur", "organization": ("opt", AJA)},
      note="'l'entraîneur auxerrois'")
    V(a, "role", "entraîneur", {"person": LL, "title": "entraîneur", "organization": "[Angers], Laurent"}, nth=1,
      note="'L'entraîneur d'Angers, X'")
    V(a, "role", "Son [président]", {"person": GS, "title": "président", "organization": ("opt", "Auxerre")},
      note="'Son président': the club of the sentence before")
    V(a, "role", "milieu", {"person": "Matías Olmedo", "title": "milieu"}, optional=True,
      note="a player's position")


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    HX, AD, TK, DO, RC = "Hexaloom", "Aïcha Diabaté", "Tom Keller", "Daniel Okonkwo", "Ridgeway Capital"
    # ------------------------------------------------------------ D: a Nantes software start-up's series B
    a = B.article("D-serie-b-logiciel", "2028-11-08", (
        f"NANTES, 8 novembre (AFP) - La jeune pousse nantaise {HX}, qui développe des {O}agents{C} logiciels pour les "
        "cabinets comptables, a annoncé mercredi avoir levé 32 millions d'euros en série B auprès du fonds américain "
        f"{RC}, de Partech et de Bpifrance. Atlantique Ventures, déjà présent au capital, a remis au pot. "
        "L'opération valorise l'entreprise 210 millions d'euros, selon une source proche du dossier.\n\n"
        f"Fondée en 2024 par {AD}, sa présidente, et {TK}, son directeur technique, {HX} compte 1{NB}200 cabinets "
        "clients et a réalisé l'an dernier un chiffre d'affaires de 3,4 millions d'euros. Les deux fondateurs "
        f"conservent 38{NN}% du capital. Sa nouvelle version, Tessera 3.1, lancée en septembre, automatise 70{NN}% "
        f"des rapprochements bancaires. {O}Nous voulons devenir le copilote de chaque expert-comptable en Europe{C}, "
        f"explique Mme Diabaté, 34 ans. {O}Nous recruterons 80 ingénieurs d'ici l'été{C}, a-t-elle ajouté.\n\n"
        f"{O}{HX} a la traction d'une entreprise américaine avec des coûts européens{C}, explique {DO}, "
        f"associé chez {RC}, qui rejoint le conseil d'administration. Selon M. Keller, une partie des fonds "
        "servira à ouvrir des bureaux à Berlin et à Madrid.\n\n"
        "La start-up avait levé 4 millions d'euros en amorçage en 2026 auprès de Pollen Capital. Elle a aussi racheté en "
        "juillet la société lilloise Datamoss, pour un montant non communiqué.\n\n"
        "Le marché reste disputé : le berlinois Quantlet a été valorisé 1,1 milliard d'euros en mars, et le britannique "
        "Ledgerly a levé 60 millions de livres le mois dernier. D'après le baromètre EY publié mardi, les start-up "
        f"françaises ont levé 1,9 milliard d'euros au troisième trimestre, en baisse de 12{NN}%."))
    for s, l, c, o in [("NANTES", LOC, None, False), ("AFP", ORG, None, False), (HX, ORG, None, False),
                       (RC, ORG, None, False), ("Partech", ORG, None, False), ("Bpifrance", ORG, None, False),
                       ("Atlantique Ventures", ORG, None, False), (AD, PER, None, False), (TK, PER, None, False),
                       ("Tessera 3.1", MISC, None, False), ("Europe", LOC, None, False), ("Diabaté", PER, AD, False),
                       (DO, PER, None, False), ("Keller", PER, TK, False), ("Berlin", LOC, None, False),
                       ("Madrid", LOC, None, False),
                       ("Pollen Capital", ORG, None, False), ("Datamoss", ORG, None, False),
                       ("Quantlet", ORG, None, False), ("Ledgerly", ORG, None, False), ("EY", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: English-like start-up names with no legal form ('Hexaloom', 'Datamoss', "
                      "'Quantlet', 'Ledgerly') are ORG, also where no cue word stands before them ('Hexaloom compte "
                      "...', inside the investor's quote); funds with English corporate words ('Ridgeway Capital', "
                      "'Atlantique Ventures', 'Pollen Capital') and 'Partech', 'Bpifrance', 'EY' are ORG. The "
                      "product with its version number ('Tessera 3.1') is MISC, the number part of the name. 'Mme "
                      "Diabaté' and 'M. Keller' are the founders (span without the title, canonical the full "
                      "name). The word between marks in the first sentence ('des « agents » logiciels') is a term, "
                      "not a quote. 'nantaise', 'lilloise', 'berlinois', 'britannique', 'américain(e)', 'européens' "
                      "are adjectives; 'La start-up', 'la société' are not names.")
    a["notes"].append("Quotes: 'a annoncé mercredi avoir levé ...' spans from the infinitive, speaker the company; "
                      "'L'opération valorise l'entreprise ..., selon une source proche du dossier' (inverted, a "
                      "noun-phrase speaker, canonical null); the president 'explique Mme Diabaté, 34 ans' then "
                      "'a-t-elle ajouté'; the investor 'explique X, associé chez Ridgeway Capital' (the company's "
                      "name inside the quote); 'Selon M. Keller, <clause>'; 'D'après le baromètre EY publié mardi, "
                      "<clause>' (the issuer named: EY).")
    a["notes"].append("Events: one fact, one event: the series B carries the lead fund and the two co-investors of "
                      "the first sentence, the existing shareholder who 'a remis au pot' in the next one and the "
                      "valuation of the third ('L'opération valorise l'entreprise 210 millions d'euros'), so there "
                      "is no separate valuation event for Hexaloom. The seed round referred back to ('La start-up "
                      "avait levé 4 millions d'euros en amorçage en 2026 auprès de Pollen Capital') is a second "
                      "funding event; 'Elle a aussi racheté en juillet la société lilloise Datamoss, pour un montant "
                      "non communiqué' a done acquisition (no amount); the rival's valuation with no round ('Quantlet "
                      "a été valorisé 1,1 milliard d'euros en mars') a valuation event; the British rival's round "
                      "('Ledgerly a levé 60 millions de livres le mois dernier', GBP) a funding event; last year's "
                      "revenue a result. EY's sector total ('les start-up françaises ont levé 1,9 milliard d'euros') "
                      "is no event (no company). Roles: 'sa présidente' and 'son directeur technique' in apposition "
                      "(organization optional: the company named at the end of the clause); 'associé chez Ridgeway "
                      "Capital' (organization required); the founders stated by the verb ('Fondée en 2024 par X ... "
                      "et Y') are optional roles, as in the seventh set; 'qui rejoint le conseil d'administration' "
                      "(no title) is no event. The founders' '38 %' is a stake held, no argument.")
    a["notes"].append("Dates: 'd'ici l'été' (inside the quote; span 'été') is next summer (2029-SU), the reference "
                      "date being in November; 'en septembre', 'en juillet', 'en mars' in past-tense clauses are "
                      "this year's months; 'le mois dernier' is October 2028; 'mardi' the day before the Wednesday "
                      "dateline; 'troisième trimestre' 2028-Q3; '34 ans' (an age) optional. '1 200 cabinets', '80 "
                      "ingénieurs' are counts.")
    M(a, "32 millions d'euros", 32e6, "EUR")
    M(a, "210 millions d'euros", 210e6, "EUR")
    M(a, "3,4 millions d'euros", 3.4e6, "EUR")
    M(a, "4 millions d'euros", 4e6, "EUR")
    M(a, "1,1 milliard d'euros", 1.1e9, "EUR")
    M(a, "60 millions de livres", 60e6, "GBP")
    M(a, "1,9 milliard d'euros", 1.9e9, "EUR")
    P(a, f"38{NN}%", 38)
    P(a, f"70{NN}%", 70)
    P(a, f"12{NN}%", 12)
    D(a, "8 novembre", "2028-11-08", note="dateline")
    D(a, "mercredi", "2028-11-08", note="the dateline day")
    D(a, "2024", "2024")
    D(a, "an dernier", "2027", note="'l'an dernier'")
    D(a, "septembre", "2028-09", note="past: 'lancée en septembre'")
    D(a, "34 ans", "P34Y", typ="DURATION", opt=True, note="an age")
    D(a, "été", "2029-SU", note="'d'ici l'été', inside the quote: next summer")
    D(a, "2026", "2026")
    D(a, "juillet", "2028-07", note="past: 'a aussi racheté en juillet'")
    D(a, "mars", "2028-03", note="past: 'a été valorisé ... en mars'")
    D(a, "mois dernier", "2028-10", note="'le mois dernier'")
    D(a, "mardi", "2028-11-07", note="past: the day before the Wednesday dateline")
    D(a, "troisième trimestre", "2028-Q3")
    Q(a, f"annoncé mercredi [avoir levé 32 millions d'euros en série B auprès du fonds américain {RC}, de Partech et de Bpifrance].",
      "indirect", "a annoncé", (HX, HX, ORG), note="'a annoncé avoir levé': the span starts at the infinitive")
    Q(a, "[L'opération valorise l'entreprise 210 millions d'euros], selon", "indirect", "[selon] une source",
      ("selon [une source proche du dossier]", None, None), note="inverted 'selon' with an unnamed source")
    Q(a, f"{O}[Nous voulons devenir le copilote de chaque expert-comptable en Europe]{C}", "direct", "explique",
      ("Mme [Diabaté]", AD, PER), gender="female", note="'Mme' shows the gender")
    Q(a, f"{O}[Nous recruterons 80 ingénieurs d'ici l'été]{C}", "direct", "a-t-elle ajouté",
      ("a-t-[elle] ajouté", AD, PER), gender="female")
    Q(a, f"{O}[{HX} a la traction d'une entreprise américaine avec des coûts européens]{C}", "direct", "explique",
      (DO, DO, PER), gender="male", note="the given name shows the gender; 'associé'")
    Q(a, "Selon M. Keller, [une partie des fonds servira à ouvrir des bureaux à Berlin et à Madrid].", "indirect", "[Selon] M. Keller",
      ("M. [Keller]", TK, PER), gender="male", note="'M.' shows the gender")
    Q(a, f"publié mardi, [les start-up françaises ont levé 1,9 milliard d'euros au troisième trimestre, en baisse de 12{NN}%].",
      "indirect", "[D'après] le baromètre", ("baromètre [EY]", "EY", ORG), note="the barometer's issuer named: EY")
    V(a, "funding", "[levé] 32", {"company": HX, "amount": "32 millions d'euros", "round": "série B",
                                  "investors": [RC, "Partech", "Bpifrance", "Atlantique Ventures"],
                                  "valuation": "210 millions d'euros", "date": "mercredi"},
      note="the follower of the next sentence and the valuation of the third belong to the round")
    V(a, "role", "présidente", {"person": AD, "title": "présidente", "organization": ("opt", HX)},
      note="'Fondée en 2024 par X, sa présidente, ...': the company named at the end of the clause")
    V(a, "role", "directeur technique", {"person": TK, "title": "directeur technique",
                                         "organization": ("opt", HX)})
    V(a, "role", "Fondée", {"person": AD, "organization": ("opt", HX)}, optional=True,
      note="a founder stated by the verb")
    V(a, "role", "Fondée", {"person": TK, "organization": ("opt", HX)}, optional=True,
      note="a founder stated by the verb")
    V(a, "result", "chiffre d'affaires", {"company": HX, "metric": "revenue", "amount": "3,4 millions d'euros",
                                          "period": "an dernier"})
    V(a, "role", "associé", {"person": DO, "title": "associé", "organization": f"chez [{RC}], qui"},
      note="'associé chez Ridgeway Capital'")
    V(a, "funding", "[levé] 4", {"company": HX, "amount": "4 millions d'euros", "round": "amorçage",
                                 "investors": ["Pollen Capital"], "date": "2026"},
      note="an earlier round referred back to ('La start-up avait levé ...')")
    V(a, "acquisition", "racheté", {"target": "Datamoss", "buyer": HX, "date": "juillet", "status": "done"},
      note="'Elle' is the start-up; 'pour un montant non communiqué': no amount")
    V(a, "valuation", "valorisé", {"company": "Quantlet", "amount": "1,1 milliard d'euros", "date": "mars"},
      note="a rival's valuation with no round")
    V(a, "funding", "[levé] 60", {"company": "Ledgerly", "amount": "60 millions de livres", "date": "mois dernier"},
      note="a British rival's round, no investor named")


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    IG, MB, JCN, AS, FC = ("Ivelec Ghana", "Mariam Bakayoko", "Jean-Claude N'Guessan", "Abdoulaye Sarr",
                           "Fatoumata Cissé")
    BCEAO, MEF = "Banque centrale des États de l'Afrique de l'Ouest", "ministère de l'Économie et des Finances"
    MINISTRE = "ministre des Mines et de l'Énergie"
    # ------------------------------------------------------------ E: Abidjan, a state utility's quarter and new CEO
    a = B.article("E-resultats-abidjan", "2028-10-26", (
        "ABIDJAN, 26 octobre (AFP) - La compagnie publique d'électricité ivoirienne Ivelec a publié jeudi un bénéfice "
        f"net de 38,5 milliards de francs CFA (58,7 millions d'euros) au troisième trimestre, en recul de 4{NB}%, malgré un "
        f"chiffre d'affaires en hausse de 9,3{NB}%, à 412 milliards de francs CFA.\n\n"
        f"La flambée du gaz a pesé : la marge d'exploitation a perdu 1,2 point, à 14,8{NB}%. Sa filiale {IG}, qui "
        "exploite deux centrales près d'Accra, a creusé sa perte nette à 6,2 milliards de francs CFA, a précisé le "
        "groupe dans un communiqué.\n\n"
        f"Le conseil d'administration a par ailleurs nommé {MB} directrice générale à compter du 1er novembre. "
        f"Mme Bakayoko, 49 ans, jusqu'ici directrice financière d'Ivelec, remplace {JCN}, nommé le mois "
        f"dernier {MINISTRE}. {O}Notre priorité est de réduire les délestages{C}, a-t-elle déclaré. "
        "Selon elle, les investissements atteindront 600 milliards de francs CFA d'ici 2030.\n\n"
        f"Ivelec a aussi annoncé le rachat de 51{NB}% du producteur solaire Solkara, basé à Dakar, pour 24 milliards "
        f"de francs CFA. Selon Jeune Afrique, le groupe serait en discussions pour céder {IG} au fonds britannique "
        "Harcourt Infrastructure.\n\n"
        f"La {BCEAO} (BCEAO) a laissé mercredi son taux directeur inchangé à 3,5{NB}%. {O}L'inflation est "
        f"maîtrisée{C}, a assuré son gouverneur, {AS}. Le {MEF} a indiqué que le dividende serait maintenu à "
        f"2{NN}000 francs CFA par action. {O}Le titre reste bon marché{C}, juge {FC}, analyste chez Sikafin Bourse. "
        f"À la BRVM, l'action Ivelec a gagné 3,1{NB}%."))
    for s, l, c, o in [("ABIDJAN", LOC, None, False), ("AFP", ORG, None, False), (IG, ORG, None, False),
                       ("Ivelec", ORG, None, False), (MB, PER, None, False), ("Bakayoko", PER, MB, False),
                       (JCN, PER, None, False), ("Accra", LOC, None, False), ("Solkara", ORG, None, False),
                       ("Dakar", LOC, None, False),
                       ("Jeune Afrique", ORG, None, False), ("Harcourt Infrastructure", ORG, None, False),
                       (BCEAO, ORG, None, False), ("BCEAO", ORG, BCEAO, False), (AS, PER, None, False),
                       (MEF, ORG, None, False), (FC, PER, None, False), ("Sikafin Bourse", ORG, None, False),
                       ("BRVM", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("West African economy news (AFP, Abidjan): amounts in CFA francs ('francs CFA', the West "
                      "African franc of Côte d'Ivoire and Senegal) are XOF; the euro equivalent in brackets is a "
                      "second money item, as the dollar and euro pairs of the earlier sets, the event's amount being "
                      "the first.")
    a["notes"].append("Entities: 'Ivelec Ghana' (the subsidiary, a company name holding a country) is one ORG, "
                      "distinct from 'Ivelec', the country inside not annotated separately; the central bank named "
                      "in full with its acronym in brackets has the full name as canonical for both (the region "
                      "inside the name not annotated); 'ministère de l'Économie et des Finances' is ORG with its "
                      "lower-case head, as 'ministère de l'Économie' in the earlier sets; 'BRVM' (the regional stock "
                      "exchange, never spelled out) keeps its form; 'Jeune Afrique' (a magazine), 'Sikafin Bourse' "
                      "(a broker, after 'chez'), 'Harcourt Infrastructure' (a fund) and 'Solkara' are ORG; 'Dakar' "
                      "and 'Accra' are LOC. 'Mme Bakayoko' is the new CEO (span without the title). 'ivoirienne', 'britannique' "
                      "are adjectives; 'Le conseil d'administration', 'le groupe' are not names.")
    a["notes"].append("Quotes: the subsidiary's loss '..., a précisé le groupe dans un communiqué' (inverted, the "
                      "company speaking, canonical Ivelec); the new CEO '« ... », a-t-elle déclaré' and 'Selon elle, "
                      "<clause>' ('elle' is Mariam Bakayoko, subject of the sentence before); 'Selon Jeune Afrique, "
                      "<clause>'; the governor ('a assuré son gouverneur, X'); the ministry ('a indiqué que'); the "
                      "analyst ('juge X, analyste chez ...'). 'Ivelec a aussi annoncé le rachat de ...' takes a noun "
                      "phrase: an optional quote, as 'a annoncé' + noun phrase in the fifth set.")
    a["notes"].append("Events: third-quarter results: the net profit with its fall (metric net_income), revenue with "
                      "its rise (period optional: written once in the sentence), the subsidiary's net loss (metric "
                      "loss, period optional: implied); the operating margin's fall '1,2 point' is an optional "
                      "result (a rate, no amount), as margins in the earlier sets. Acquisitions: 'a aussi annoncé le "
                      "rachat de 51 % du producteur solaire Solkara ... pour 24 milliards de francs CFA' is "
                      "announced (stake 51 %, date optional: the day of the release); 'le groupe serait en "
                      "discussions pour céder Ivelec Ghana au fonds britannique Harcourt Infrastructure' is planned, "
                      "Ivelec the seller. Roles: the new post 'a ... nommé X directrice générale' (organization "
                      "optional: the company of the paragraph), her post until now after the name 'jusqu'ici "
                      "directrice financière d'Ivelec' (required, organization required, as in the seventh set), "
                      "her predecessor's new post 'nommé le mois dernier ministre des Mines et de l'Énergie' "
                      "(required, no organization, as ministers), 'remplace X' (optional, no title), 'son "
                      "gouverneur' (the BCEAO, organization optional), 'analyste chez Sikafin Bourse' "
                      "(organization required). The central bank's rate decision, the dividend and the investment "
                      "target are no events.")
    a["notes"].append("Money: '2 000 francs CFA par action' (a dividend per share) is money, as prices per share in "
                      "the earlier sets; '600 milliards de francs CFA' (an investment target) is money. Percentages: "
                      "'1,2 point' is in points; '51 %' a stake; '3,5 %' a rate; '3,1 %' a share move. Dates: 'le "
                      "mois dernier' is September 2028; 'mercredi' the day before the Thursday dateline; '1er "
                      "novembre' the coming one; '49 ans' (an age) and 'jusqu'ici' are optional.")
    M(a, "38,5 milliards de francs CFA", 38.5e9, "XOF")
    M(a, "58,7 millions d'euros", 58.7e6, "EUR")
    M(a, "412 milliards de francs CFA", 412e9, "XOF")
    M(a, "6,2 milliards de francs CFA", 6.2e9, "XOF")
    M(a, "600 milliards de francs CFA", 600e9, "XOF")
    M(a, "24 milliards de francs CFA", 24e9, "XOF")
    M(a, f"2{NN}000 francs CFA", 2000, "XOF")
    P(a, f"4{NB}%", 4)
    P(a, f"9,3{NB}%", 9.3)
    P(a, "1,2 point", 1.2, points=True)
    P(a, f"14,8{NB}%", 14.8)
    P(a, f"51{NB}%", 51)
    P(a, f"3,5{NB}%", 3.5)
    P(a, f"3,1{NB}%", 3.1)
    D(a, "26 octobre", "2028-10-26", note="dateline")
    D(a, "jeudi", "2028-10-26", note="the dateline day")
    D(a, "troisième trimestre", "2028-Q3")
    D(a, "1er novembre", "2028-11-01", note="future: 'à compter du 1er novembre'")
    D(a, "49 ans", "P49Y", typ="DURATION", opt=True, note="an age")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True)
    D(a, "mois dernier", "2028-09", note="'nommé le mois dernier'")
    D(a, "2030", "2030", note="'d'ici 2030'")
    D(a, "mercredi", "2028-10-25", note="past: the day before the Thursday dateline")
    Q(a, f"[Sa filiale {IG}, qui exploite deux centrales près d'Accra, a creusé sa perte nette à 6,2 milliards de francs CFA], a précisé", "indirect",
      "a précisé", ("le [groupe] dans", "Ivelec", ORG), note="inverted reporting clause; 'le groupe' is Ivelec")
    Q(a, f"{O}[Notre priorité est de réduire les délestages]{C}", "direct", "a-t-elle déclaré",
      ("a-t-[elle] déclaré", MB, PER), gender="female", note="'elle' is the new CEO, subject of the sentence before")
    Q(a, "Selon elle, [les investissements atteindront 600 milliards de francs CFA d'ici 2030].", "indirect",
      "[Selon] elle", ("Selon [elle]", MB, PER), gender="female")
    Q(a, f"annoncé [le rachat de 51{NB}% du producteur solaire Solkara, basé à Dakar, pour 24 milliards de francs CFA].",
      "indirect", "a aussi annoncé", ("[Ivelec] a aussi", "Ivelec", ORG), optional=True,
      note="'a annoncé' + noun phrase, not a clause")
    Q(a, f"Selon Jeune Afrique, [le groupe serait en discussions pour céder {IG} au fonds britannique Harcourt Infrastructure].",
      "indirect", "[Selon] Jeune", ("Jeune Afrique", "Jeune Afrique", ORG))
    Q(a, f"{O}[L'inflation est maîtrisée]{C}", "direct", "a assuré", (AS, AS, PER), gender="male",
      note="the name is in apposition to 'son gouverneur'; the given name shows the gender")
    Q(a, f"indiqué que [le dividende serait maintenu à 2{NN}000 francs CFA par action].", "indirect", "a indiqué",
      (MEF, MEF, ORG))
    Q(a, f"{O}[Le titre reste bon marché]{C}", "direct", "juge", (FC, FC, PER), gender="female",
      note="the given name shows the gender")
    V(a, "result", "bénéfice net", {"company": "Ivelec", "metric": "net_income",
                                    "amount": "38,5 milliards de francs CFA", "change": f"4{NB}%",
                                    "period": "troisième trimestre"}, note="'en recul de 4 %': change as written")
    V(a, "result", "chiffre d'affaires", {"company": "Ivelec", "metric": "revenue",
                                          "amount": "412 milliards de francs CFA", "change": f"9,3{NB}%",
                                          "period": ("opt", "troisième trimestre")})
    V(a, "result", "marge d'exploitation", {"company": "Ivelec", "metric": "other", "change": "1,2 point"},
      optional=True, note="a margin rate, no amount; its change in points")
    V(a, "result", "perte nette", {"company": IG, "metric": "loss", "amount": "6,2 milliards de francs CFA",
                                   "period": ("opt", "troisième trimestre")},
      note="the subsidiary's net loss; the quarter is implied")
    V(a, "role", "directrice générale", {"person": MB, "title": "directrice générale",
                                         "organization": ("opt", "Ivelec")},
      note="a new post ('a ... nommé X directrice générale')")
    V(a, "role", "directrice financière", {"person": "Bakayoko", "title": "directrice financière",
                                           "organization": "d'[Ivelec], remplace"},
      note="her post until now ('jusqu'ici directrice financière d'Ivelec'), after the name")
    V(a, "role", "remplace", {"person": JCN, "organization": ("opt", "Ivelec")}, optional=True,
      note="the predecessor, stated by 'remplace' (no title)")
    V(a, "role", MINISTRE, {"person": JCN, "title": MINISTRE}, note="a new post ('nommé ... ministre ...')")
    V(a, "acquisition", "rachat", {"target": "Solkara", "buyer": "Ivelec", "stake": f"51{NB}%",
                                   "amount": "24 milliards de francs CFA", "date": ("opt", "jeudi"),
                                   "status": "announced"})
    V(a, "acquisition", "céder", {"target": f"[{IG}] au fonds", "buyer": "Harcourt Infrastructure",
                                  "seller": "Ivelec", "status": "planned"},
      note="'serait en discussions pour céder': planned; 'le groupe' is Ivelec")
    V(a, "role", "gouverneur", {"person": AS, "title": "gouverneur", "organization": ("opt", BCEAO)},
      note="'son gouverneur': the BCEAO, subject of the sentence before")
    V(a, "role", "analyste", {"person": FC, "title": "analyste", "organization": "Sikafin Bourse"})


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    NVK, OL, ACB, KS, PYA = ("Nathalie Verdier-Kaci", "Olivier Lambrecht", "Anne-Claire Bouvier", "Karim Saïdi",
                             "Pierre-Yves Aubrée")
    CNIL, TC, FAS = ("Commission nationale de l'informatique et des libertés", "tribunal correctionnel de Nanterre",
                     "France Assos Santé")
    # ------------------------------------------------------------ F: a health-data trial in Nanterre
    a = B.article("F-proces-donnees-sante", "2028-12-12", (
        f"NANTERRE, 12 décembre - {O}Vous avez traité les données de santé comme une marchandise{C}, a lancé mardi la "
        f"procureure, {NVK}, avant de requérir trois ans d'emprisonnement, dont un ferme, et "
        f"200{NN}000 euros d'amende contre {OL}, 58 ans, ancien PDG de la plateforme de téléconsultation "
        f"Clinexa, jugé depuis lundi par le {TC}.\n\n"
        "Selon l'accusation, M. Lambrecht a fait verser entre 2024 et 2026 près de 1,9 million d'euros à une société "
        "écran domiciliée à Malte et revendu à des assureurs les données de 2,3 millions de patients. "
        f"{O}Qui fixait les prix ?{C}, lui a demandé la présidente du tribunal, {ACB}. "
        f"{O}Je n'ai jamais vendu une seule ordonnance{C}, a-t-il affirmé à la barre. Son avocat, Me {KS}, a plaidé "
        f"la relaxe : {O}Mon client a bâti une entreprise, pas une escroquerie. Ce dossier est vide.{C}\n\n"
        f"La {CNIL} (CNIL) avait déjà infligé en mars une amende de 4,2 millions d'euros à Clinexa, soit 2{NN}% de "
        "son chiffre d'affaires. La CNIL avait "
        f"alors estimé que 38{NN}% des dossiers étaient conservés {O}sans base légale{C}.\n\n"
        "Fondée en 2019, Clinexa avait levé 45 millions d'euros en 2025 auprès d'Eurazeo et de Bpifrance, pour une "
        "valorisation de 300 millions d'euros, avant d'être rachetée l'an dernier par le groupe mutualiste Orvanne. "
        f"Son directeur général, {PYA}, a indiqué que l'entreprise s'était constituée partie civile. Un porte-parole "
        f"d'Orvanne a assuré que le groupe {O}coopère pleinement avec la justice{C}. {FAS}, partie civile aux "
        f"côtés de l'UFC-Que Choisir, dénonce un "
        f"{O}scandale sanitaire{C}.\n\n"
        "L'audience, ouverte lundi à 9 heures, s'est achevée ce mardi à 21 h 30. Le jugement sera rendu le 23 janvier à "
        "13 h 30."))
    for s, l, c, o in [("NANTERRE", LOC, None, False), (NVK, PER, None, False), (OL, PER, None, False),
                       ("Clinexa", ORG, None, False), (TC, ORG, None, True), ("Lambrecht", PER, OL, False),
                       ("Malte", LOC, None, False), (ACB, PER, None, False), (KS, PER, None, False),
                       (CNIL, ORG, None, False), ("CNIL", ORG, CNIL, False), ("Eurazeo", ORG, None, False),
                       ("Bpifrance", ORG, None, False), ("Orvanne", ORG, None, False), (PYA, PER, None, False),
                       (FAS, ORG, None, False), ("UFC-Que Choisir", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Court report (Le Parisien style): a dateline without an agency; the reference date is the "
                      "dateline day (Tuesday 12 December 2028); the article opens on the prosecutor's quote.")
    a["notes"].append("Entities: 'tribunal correctionnel de Nanterre' is optional ORG, as the courts of the earlier "
                      "sets; the regulator named in full with its acronym in brackets has the full name as "
                      "canonical for both ('(CNIL)', 'La CNIL'); 'M. Lambrecht' is the defendant (span without the "
                      "title); 'Me' is a title, left out of the lawyer's name; 'France Assos Santé' (a patients' "
                      "federation) is ORG and holds no separate 'France'; 'l'UFC-Que Choisir' is ORG; 'le groupe mutualiste Orvanne' and "
                      "'d'Orvanne' are ORG; 'Malte' is LOC; 'Eurazeo', 'Bpifrance' (investors) are ORG. 'le "
                      "prévenu', 'l'accusation', 'le tribunal', 'la plateforme' are not names.")
    a["notes"].append("Quotes: the prosecutor ('a lancé mardi la procureure, X'); 'Selon l'accusation, <clause>' "
                      "(an unnamed party: noun phrase, canonical null, as 'Selon l'enquête' in the eighth set); the "
                      "presiding judge's quoted question ('« ... ? », lui a demandé la présidente du tribunal, X', "
                      "question mark kept); 'a-t-il affirmé à la barre' is the defendant ('il' after a question put "
                      "to him; the only man named before in this paragraph); the defence plea after a colon ('a "
                      "plaidé la relaxe : « ... »', over two sentences, final full stop inside the marks); 'La CNIL "
                      "avait alors estimé que 38 % des dossiers étaient conservés « ... »' gives one direct quote "
                      "for the marked words; 'a indiqué que' (the CEO); 'Un porte-parole d'Orvanne a assuré que le "
                      "groupe « ... »' (a noun-phrase speaker, canonical null, as the spokespersons of the earlier "
                      "sets; one direct quote for the marked words); 'France Assos Santé dénonce un « ... »' (a "
                      "marked noun phrase). Not quotes: the requisition ('avant de requérir trois ans ...') and 'a "
                      "plaidé la relaxe' before the colon (the plea is the marked words).")
    a["notes"].append("Events: the company's earlier round ('Clinexa avait levé 45 millions d'euros en 2025 auprès "
                      "d'Eurazeo et de Bpifrance, pour une valorisation de 300 millions d'euros') is one funding "
                      "event carrying its valuation; its takeover ('avant d'être rachetée l'an dernier par le groupe "
                      "mutualiste Orvanne') a done acquisition. A requisition, a fine (the CNIL's 4,2 million euros) "
                      "and a civil-party claim are no event. Roles: 'la procureure, X' (title, no organization, as "
                      "the prosecutors of the earlier sets), the defendant's former post 'ancien PDG de la plateforme "
                      "de téléconsultation Clinexa' (required, organization required), 'la présidente du tribunal, "
                      "X' (person only, as the eighth set's 'président du tribunal'), 'Son directeur général, X' "
                      "(Clinexa, the subject of the paragraph: organization optional); the lawyer is an optional "
                      "role.")
    a["notes"].append("Dates: 'trois ans' (the requested prison term) is a required duration, as in the eighth set "
                      "('dont un ferme' is not annotated); 'lundi' ('jugé depuis lundi') the day before the dateline; "
                      "'entre 2024 et 2026' two points; 'en mars' this March; 'lundi à 9 heures' and 'le 23 janvier "
                      "à 13 h 30' are each one TIME (day and hour, as 'jeudi à 11 heures' in the second set), the "
                      "latter next January (2029), and so is 'ce mardi à 21 h 30' (the demonstrative kept); "
                      "'58 ans' (an age) optional. '2,3 millions de patients' is a count, not money.")
    M(a, f"200{NN}000 euros", 200000, "EUR")
    M(a, "1,9 million d'euros", 1.9e6, "EUR")
    M(a, "4,2 millions d'euros", 4.2e6, "EUR")
    M(a, "45 millions d'euros", 45e6, "EUR")
    M(a, "300 millions d'euros", 300e6, "EUR")
    P(a, f"2{NN}%", 2)
    P(a, f"38{NN}%", 38)
    D(a, "12 décembre", "2028-12-12", note="dateline")
    D(a, "mardi", "2028-12-12", note="the dateline day")
    D(a, "trois ans", "P3Y", typ="DURATION", note="the requested prison term")
    D(a, "58 ans", "P58Y", typ="DURATION", opt=True, note="an age")
    D(a, "lundi", "2028-12-11", note="'jugé depuis lundi'")
    D(a, "2024", "2024", note="'entre 2024 et 2026': two points")
    D(a, "2026", "2026")
    D(a, "mars", "2028-03", note="past: 'avait déjà infligé en mars'")
    D(a, "2019", "2019")
    D(a, "2025", "2025")
    D(a, "an dernier", "2027", note="'l'an dernier'")
    D(a, "lundi à 9 heures", "2028-12-11T09:00", typ="TIME", note="one TIMEX3: day and hour")
    D(a, "ce mardi à 21 h 30", "2028-12-12T21:30", typ="TIME", note="one TIMEX3: day and hour, the demonstrative kept")
    D(a, "23 janvier à 13 h 30", "2029-01-23T13:30", typ="TIME", note="future: the judgment, next January")
    Q(a, f"{O}[Vous avez traité les données de santé comme une marchandise]{C}", "direct", "a lancé", (NVK, NVK, PER),
      gender="female", note="'la procureure' shows the gender")
    Q(a, "Selon l'accusation, [M. Lambrecht a fait verser entre 2024 et 2026 près de 1,9 million d'euros à une société écran domiciliée à Malte et revendu à des assureurs les données de 2,3 millions de patients].",
      "indirect", "[Selon] l'accusation", ("Selon [l'accusation]", None, None),
      note="an unnamed party: noun phrase, canonical null")
    Q(a, f"{O}[Qui fixait les prix ?]{C}", "direct", "a demandé", (ACB, ACB, PER), gender="female",
      note="a quoted question, question mark kept; 'la présidente' shows the gender")
    Q(a, f"{O}[Je n'ai jamais vendu une seule ordonnance]{C}", "direct", "a-t-il affirmé", ("a-t-[il] affirmé", OL, PER),
      gender="male", note="'il' is the defendant, to whom the question was put")
    Q(a, f"{O}[Mon client a bâti une entreprise, pas une escroquerie. Ce dossier est vide.]{C}", "direct", "a plaidé",
      (KS, KS, PER), gender="male", note="after a colon, over two sentences; 'Son avocat' shows the gender")
    Q(a, f"{O}[sans base légale]{C}", "direct", "avait alors estimé", ("La [CNIL] avait alors", CNIL, ORG),
      note="partly quoted clause after 'avait alors estimé que 38 % des dossiers étaient conservés'")
    Q(a, "a indiqué que [l'entreprise s'était constituée partie civile].", "indirect", "a indiqué", (PYA, PYA, PER),
      gender="male", note="'Son directeur général' shows the gender")
    Q(a, f"{O}[coopère pleinement avec la justice]{C}", "direct", "a assuré",
      ("[Un porte-parole d'Orvanne]", None, None), note="an unnamed spokesperson: noun phrase, canonical null")
    Q(a, f"{O}[scandale sanitaire]{C}", "direct", "dénonce", (FAS, FAS, ORG), note="a marked noun phrase after 'dénonce un'")
    V(a, "role", "procureure", {"person": NVK, "title": "procureure"})
    V(a, "role", "PDG", {"person": OL, "title": "PDG", "organization": "Clinexa"},
      note="a former post ('ancien PDG de la plateforme de téléconsultation Clinexa')")
    V(a, "role", "présidente du tribunal", {"person": ACB},
      note="'la présidente du tribunal, X': a title written several ways, person only")
    V(a, "role", "avocat", {"person": KS, "title": "avocat"}, optional=True, note="counsel of a party")
    V(a, "role", "directeur général", {"person": PYA, "title": "directeur général", "organization": ("opt", "Clinexa")},
      note="'Son directeur général': Clinexa, subject of the sentence before")
    V(a, "funding", "levé", {"company": "Clinexa", "amount": "45 millions d'euros", "investors": ["Eurazeo", "Bpifrance"],
                             "valuation": "300 millions d'euros", "date": "2025"},
      note="an earlier round with its valuation")
    V(a, "acquisition", "rachetée", {"target": "Clinexa", "buyer": "Orvanne", "date": "an dernier", "status": "done"},
      note="'avant d'être rachetée l'an dernier par le groupe mutualiste Orvanne'")
