"""The three articles of the forty-seventh blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind47`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (B5: thousands; D5: before '%', '$', 'M$', 'G$', '?' and inside the guillemets)
NN = "\u202f"    # narrow no-break space (C5: before '%' and inside the guillemets)
AP = "\u2019"    # typographic apostrophe (every apostrophe of D5)
ND = "\u2013"    # en dash (B5: after the dateline; D5: the interview labels 'Q –' and 'R –')
PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"


def define(B):
    define_b5(B)
    define_c5(B)
    define_d5(B)


def _typo(x):
    if isinstance(x, str):
        return x.replace("'", AP)
    if isinstance(x, tuple):
        return tuple(_typo(v) for v in x)
    if isinstance(x, list):
        return [_typo(v) for v in x]
    if isinstance(x, dict):
        return {k: (v if k == "note" else _typo(v)) for k, v in x.items()}
    return x


# ---------------------------------------------------------------- B5: a Moroccan banking group completes the purchase of a Senegalese bank from the sovereign fund after the regional banking regulator's approval; results, a new managing director, the minister, the fund, an analyst (Senegalese agency dispatch, web)
def define_b5(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "« ", " »"
    OB, TB, FS, CBU, BL, BC, CGF = ("Oumnia Bank", "Teranga Banque", "Fonds souverain d'investissements stratégiques",
                                    "Commission bancaire de l'UMOA", "Banque Lagunaire", "Bourse de Casablanca", "CGF Bourse")
    YB, NS, MLF, CTN, AM, FBS = ("Youssef Benkirane", "Nadia Squalli", "Mamadou Lamine Faye", "Cheikh Tidiane Ndour",
                                 "Abdoulaye Mbengue", "Fatou Bintou Sy")
    MFB = "ministre des Finances et du Budget"
    text = (
        f"Banque : {OB} finalise le rachat de {TB}\n\n"
        f"Dakar, 19 nov. (APS) {ND} Le groupe bancaire marocain {OB} a finalisé mercredi l'acquisition de 67 % du capital "
        f"de {TB}, quatrième banque du Sénégal par le total de bilan. La participation a été cédée par le {FS} (FONSIS) "
        "pour 78 milliards de francs CFA (environ 119 millions d'euros). L'opération, annoncée en mars, avait reçu le 6 "
        f"novembre le feu vert de la {CBU}, puis celui du gouvernement sénégalais, a précisé la banque marocaine dans un "
        "communiqué. L'État conserve 15 % du capital.\n\n"
        f"{O}{TB} nous ouvre la deuxième économie de la zone franc en Afrique de l'Ouest. Le Sénégal devient notre "
        f"troisième marché, après le Maroc et la Côte d'Ivoire{C}, a déclaré le PDG d'{OB}, {YB}, lors d'une cérémonie "
        f"à Dakar. Il a assuré que les 1{NB}240 salariés de la banque seraient conservés et que l'enseigne ne changerait "
        "pas.\n\n"
        f"{TB} a dégagé l'an dernier un produit net bancaire de 61,3 milliards de FCFA, en hausse de 8,4 %, et un "
        "résultat net de 9,7 milliards de FCFA. Au premier semestre 2043, son bénéfice net a progressé de 12 %, à 5,6 "
        "milliards de FCFA, et son coefficient d'exploitation a reculé de 2,1 points, à 54 %. Coté à la "
        f"{BC}, {OB} a réalisé en 2042 un bénéfice net de 2,4 milliards de dirhams et versé un dividende de 14 dirhams "
        "par action.\n\n"
        f"La banque change aussi de tête. {NS}, jusqu'ici directrice des risques d'{OB}, a été nommée directrice "
        f"générale et succédera le 1er janvier à {MLF}, directeur général depuis 2036. Selon M. Faye, l'arrivée du "
        "groupe marocain permettra de doubler les crédits aux PME d'ici fin 2045.\n\n"
        f"Le {MFB}, {CTN}, s'est félicité d'{O}un investissement de confiance dans l'économie sénégalaise{C}. La "
        "plus-value de 31 milliards de FCFA sera réinvestie dans l'agro-industrie, d'après le directeur général du "
        f"FONSIS, {AM}. {FBS}, analyste chez {CGF}, juge le prix {O}raisonnable{C}, à 1,3 fois les fonds propres. "
        f"{O}Nous jugerons aux actes{C}, a réagi un représentant du personnel.\n\n"
        f"{OB} avait pris pied en Afrique de l'Ouest en 2039 en rachetant l'ivoirienne {BL} pour 1,1 milliard de "
        "dirhams. Le groupe vise une croissance de ses revenus africains de 10 à 12 % par an jusqu'en 2047.")
    a = B.article("B5-rachat-banque-senegalaise-groupe-marocain", "2043-11-19", text)
    for s, l, c, o in [(OB, ORG, None, False), (TB, ORG, None, False), ("Dakar", LOC, None, False), ("APS", ORG, None, False),
                       ("Sénégal", LOC, None, False), (FS, ORG, None, False), ("FONSIS", ORG, FS, False),
                       (CBU, ORG, None, False), ("Afrique de l'Ouest", LOC, None, False), ("Maroc", LOC, None, False),
                       ("Côte d'Ivoire", LOC, None, False), (YB, PER, None, False), (BC, ORG, None, False),
                       (NS, PER, None, False), (MLF, PER, None, False), ("Faye", PER, MLF, False), (CTN, PER, None, False),
                       (AM, PER, None, False), (FBS, PER, None, False), (CGF, ORG, None, False), (BL, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("A Senegalese agency dispatch as published on the web: a headline opened by the section word 'Banque' "
                      "and a colon, then, *new*: a dateline in mixed case with an abbreviated month and no year, the agency "
                      "in brackets and an en dash (U+2013) ('Dakar, 19 nov. (APS) – '). The reference date is that day "
                      "(Thursday 19 November 2043): the purchase was completed on Wednesday, announced in March, cleared by "
                      "the regulator on 6 November. Straight apostrophes; ordinary spaces before '%', the headline's colon "
                      "and inside the guillemets; a no-break space (U+00A0) as thousands separator in '1 240 salariés'. "
                      "Francs CFA in two forms ('milliards de francs CFA', 'milliards de FCFA'), XOF; dirhams (MAD); euros "
                      "once, in brackets.")
    a["notes"].append("Entities: the coined Moroccan bank 'Oumnia Bank' (headline and five more) and the coined Senegalese bank "
                      "'Teranga Banque' (headline and three more, once inside marked words) and the coined Ivorian bank "
                      "'Banque Lagunaire' ORG; the sovereign fund 'Fonds souverain d'investissements stratégiques' (one ORG) "
                      "and its acronym 'FONSIS' (twice, canonical the full name); the regional regulator 'Commission "
                      "bancaire de l'UMOA' (one ORG, no separate 'UMOA'), 'Bourse de Casablanca', the agency 'APS' and the "
                      "broker 'CGF Bourse' (real names, invented facts) ORG; 'Dakar' (dateline and 'à Dakar'), 'Sénégal' "
                      "(lead and marked words), 'Afrique de l'Ouest' (marked words and the last paragraph), 'Maroc', 'Côte "
                      "d'Ivoire' LOC; the CEO, the new and the outgoing managing directors (also 'M. Faye': span the "
                      "surname, canonical the full name), the minister, the fund's head and the analyst PER (all invented). "
                      "Not names: 'Banque' (section word), 'L'État', 'zone franc', 'PME', 'FCFA', 'La banque', 'le groupe "
                      "marocain'; 'marocain', 'sénégalais', 'ivoirienne' are adjectives.")
    a["notes"].append("Quotes (8 required: 4 direct, 4 indirect). The buyer's statement after an unmarked sentence ('L'opération, "
                      "annoncée en mars, avait reçu ... le feu vert ..., a précisé la banque marocaine dans un communiqué': "
                      "speaker the noun 'banque', canonical Oumnia Bank, the lead's subject; the adjective 'marocaine' "
                      "tells it from Teranga Banque); the CEO ('« ... », a déclaré le PDG d'Oumnia Bank, X': two sentences; "
                      "then 'Il a assuré que A et que B': one span from the first 'que' to the full stop); the outgoing "
                      "managing director ('Selon M. Faye, <clause>'); *new*: the minister through 's'est félicité d'« ... »' "
                      "(the marks right after an elided 'd''); *new*: a clause before an inverted 'd'après <title>, X' ('La "
                      "plus-value ... sera réinvestie ..., d'après le directeur général du FONSIS, X'); the analyst with one "
                      "marked word after the object ('X, analyste chez CGF Bourse, juge le prix « raisonnable »'); an "
                      "unnamed staff representative ('a réagi un représentant du personnel': noun phrase, canonical null). "
                      "Not quotes: the headline, 'Le groupe vise une croissance ...' (the journalist's summary of a target), "
                      "'La banque change aussi de tête'.")
    a["notes"].append("Events (13 required, 1 optional). The purchase ('a finalisé mercredi l'acquisition de 67 % du capital de "
                      "Teranga Banque ... La participation a été cédée par le Fonds souverain ... (FONSIS) pour 78 milliards de "
                      "francs CFA': done, target, buyer, seller the fund, stake, amount the francs CFA as written first (the "
                      "euro equivalent in brackets is money only), date 'mercredi'; the headline's 'finalise le rachat' the "
                      "same fact; the State's remaining 15 % is no stake bought). Results of Teranga Banque: 'l'an dernier' "
                      "the 'produit net bancaire' (a bank's revenue, metric revenue, as in the earlier sets) with its rise "
                      "and the net result (period optional, written once); the first half's net profit with its rise "
                      "('Au premier semestre 2043, son bénéfice net a progressé de 12 %, à 5,6 milliards de FCFA'); "
                      "optional: the cost-income ratio's fall in points (a rate). Oumnia Bank's 2042 net profit in dirhams "
                      "(the dividend is no event). The earlier purchase told with a gerund ('avait pris pied en Afrique de "
                      "l'Ouest en 2039 en rachetant l'ivoirienne X pour 1,1 milliard de dirhams': done). Roles: 'le PDG "
                      "d'Oumnia Bank, X'; 'X, jusqu'ici directrice des risques d'Oumnia Bank' (her former post) and 'a été "
                      "nommée directrice générale' (of the bank of the paragraph: organization optional); 'Y, directeur "
                      "général depuis 2036' (the outgoing managing director, organization optional); the minister (no "
                      "organization); 'le directeur général du FONSIS, X'; 'X, analyste chez CGF Bourse'. Not events: the "
                      "approvals, the capital gain, the dividend, the growth target, the loans to doubling.")
    a["notes"].append("Money: XOF '78 milliards de francs CFA', '61,3 milliards de FCFA', '9,7 milliards de FCFA', '5,6 "
                      "milliards de FCFA' (the scale word and 'de FCFA' on one line), '31 milliards de FCFA'; EUR '119 "
                      "millions d'euros' ('environ' outside); MAD '2,4 milliards de dirhams', '14 dirhams' ('par action' "
                      "outside), '1,1 milliard de dirhams'. '1 240 salariés', '1,3 fois' are no money. Percentages: '67 %' "
                      "(stake bought), '15 %' (stake kept), '8,4 %', '12 %', '2,1 points' (points), '54 %' (a ratio), the "
                      "range '10 à 12 %' (value the first number).")
    M(a, "78 milliards de francs CFA", 78e9, "XOF")
    M(a, "119 millions d'euros", 119e6, "EUR")
    M(a, "61,3 milliards de FCFA", 61.3e9, "XOF")
    M(a, "9,7 milliards de FCFA", 9.7e9, "XOF")
    M(a, "5,6 milliards de FCFA", 5.6e9, "XOF")
    M(a, "2,4 milliards de dirhams", 2.4e9, "MAD")
    M(a, "14 dirhams", 14, "MAD")
    M(a, "31 milliards de FCFA", 31e9, "XOF")
    M(a, "1,1 milliard de dirhams", 1.1e9, "MAD")
    P(a, "67 %", 67)
    P(a, "15 %", 15)
    P(a, "8,4 %", 8.4)
    P(a, "12 %", 12)
    P(a, "2,1 points", 2.1, points=True)
    P(a, "54 %", 54)
    P(a, "10 à 12 %", 10)
    D(a, "19 nov.", "2043-11-19", note="*new*: the dateline's abbreviated month without a year")
    D(a, "mercredi", "2043-11-18", note="past: 'a finalisé mercredi'")
    D(a, "mars", "2043-03", note="past: 'L'opération, annoncée en mars' in a November article")
    D(a, "6 novembre", "2043-11-06", note="past: 'avait reçu le 6 novembre le feu vert'")
    D(a, "an dernier", "2042", note="'a dégagé l'an dernier'")
    D(a, "premier semestre 2043", "2043-H1", note="'Au premier semestre 2043'")
    D(a, "en [2042]", "2042", note="'a réalisé en 2042'")
    D(a, "1er janvier", "2044-01-01", note="future: 'succédera le 1er janvier'")
    D(a, "2036", "2036", note="'directeur général depuis 2036'")
    D(a, "fin 2045", "2045", mod="END", note="'d'ici fin 2045', inside a reported clause")
    D(a, "2039", "2039", note="'en 2039 en rachetant'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "2047", "2047", note="'jusqu'en 2047'")
    Q(a, f"[L'opération, annoncée en mars, avait reçu le 6 novembre le feu vert de la {CBU}, puis celui du gouvernement sénégalais], a précisé",
      "indirect", "a précisé", ("la [banque] marocaine dans", OB, ORG),
      note="an unmarked sentence before an inverted cue; 'la banque marocaine' is Oumnia Bank, the lead's subject")
    Q(a, f"{O}[{TB} nous ouvre la deuxième économie de la zone franc en Afrique de l'Ouest. Le Sénégal devient notre troisième marché, après le Maroc et la Côte d'Ivoire]{C}",
      "direct", "a déclaré", (YB, YB, PER), gender="male",
      note="two sentences; the name in apposition to 'le PDG d'Oumnia Bank', after the cue")
    Q(a, "assuré que [les 1\u00a0240 salariés de la banque seraient conservés et que l'enseigne ne changerait pas].", "indirect",
      "a assuré", ("Dakar. [Il] a assuré", YB, PER), gender="male",
      note="'Il' is the CEO of the sentence before; one span from the first 'que' to the full stop")
    Q(a, "Selon M. Faye, [l'arrivée du groupe marocain permettra de doubler les crédits aux PME d'ici fin 2045].", "indirect",
      "[Selon] M. Faye", ("M. [Faye]", MLF, PER), gender="male", note="'Selon M. X, <clause>': span the surname")
    Q(a, f"{O}[un investissement de confiance dans l'économie sénégalaise]{C}", "direct", "s'est félicité", (CTN, CTN, PER),
      gender="male", note="*new*: 's'est félicité d'« ... »': the marks right after an elided 'd''; the name in apposition "
                          "to 'Le ministre des Finances et du Budget'")
    Q(a, "[La plus-value de 31 milliards de FCFA sera réinvestie dans l'agro-industrie], d'après", "indirect",
      "[d'après] le directeur", (AM, AM, PER), gender="male",
      note="*new*: a sentence before an inverted 'd'après <title>, X'")
    Q(a, f"{O}[raisonnable]{C}", "direct", "juge", (FBS, FBS, PER), gender="female",
      note="'X, analyste chez CGF Bourse, juge le prix « raisonnable »': one marked word after the object; 'Fatou' a "
           "female given name")
    Q(a, f"{O}[Nous jugerons aux actes]{C}", "direct", "a réagi", ("un [représentant du personnel]", None, None), gender="male",
      note="an unnamed staff representative: noun phrase, canonical null")
    V(a, "acquisition", "acquisition", {"target": TB, "buyer": OB, "seller": FS, "stake": "67 %",
                                        "amount": "78 milliards de francs CFA", "date": "mercredi", "status": "done"},
      note="'a finalisé mercredi l'acquisition de 67 % du capital de X ... La participation a été cédée par le Y (FONSIS) "
           "pour 78 milliards de francs CFA': done; the headline's 'finalise le rachat' the same fact")
    V(a, "result", "produit net bancaire", {"company": f"[{TB}] a dégagé", "metric": "revenue",
                                            "amount": "61,3 milliards de FCFA", "change": "8,4 %", "period": "an dernier"})
    V(a, "result", "résultat net", {"company": f"[{TB}] a dégagé", "metric": "net_income", "amount": "9,7 milliards de FCFA",
                                    "period": ("opt", "an dernier")}, note="the same sentence, the year written once")
    V(a, "result", "son [bénéfice net] a progressé", {"company": f"[{TB}] a dégagé", "metric": "net_income",
                                                      "amount": "5,6 milliards de FCFA", "change": "12 %",
                                                      "period": "premier semestre 2043"},
      note="'son' is Teranga Banque, the subject of the sentence before")
    V(a, "result", "coefficient d'exploitation", {"company": f"[{TB}] a dégagé", "metric": "other", "change": "2,1 points",
                                                  "period": ("opt", "premier semestre 2043")}, optional=True,
      note="a ratio's fall in points (a rate, no amount): optional, as margins in the earlier sets")
    V(a, "result", "un [bénéfice net] de 2,4", {"company": f"{BC}, [{OB}] a réalisé", "metric": "net_income",
                                                "amount": "2,4 milliards de dirhams", "period": "en [2042]"})
    V(a, "role", "PDG", {"person": YB, "title": "PDG", "organization": f"PDG d'[{OB}]"})
    V(a, "role", "directrice des risques", {"person": NS, "title": "directrice des risques",
                                            "organization": f"risques d'[{OB}]"}, note="her former post ('jusqu'ici')")
    V(a, "role", "nommée [directrice générale]", {"person": NS, "title": "directrice générale",
                                                  "organization": ("opt", f"[{TB}] a dégagé")},
      note="'La banque change aussi de tête. X ... a été nommée directrice générale': the bank of the paragraph, Teranga "
           "Banque")
    V(a, "role", "[directeur général] depuis", {"person": MLF, "title": "directeur général",
                                              "organization": ("opt", f"[{TB}] a dégagé")},
      note="'Y, directeur général depuis 2036': the outgoing managing director of Teranga Banque")
    V(a, "role", MFB, {"person": CTN, "title": MFB}, note="no organization")
    V(a, "role", "le [directeur général] du FONSIS", {"person": AM, "title": "directeur général",
                                                      "organization": "général du [FONSIS]"})
    V(a, "role", "analyste", {"person": FBS, "title": "analyste", "organization": CGF})
    V(a, "acquisition", "rachetant", {"target": BL, "buyer": f"[{OB}] avait pris", "amount": "1,1 milliard de dirhams",
                                      "date": "2039", "status": "done"},
      note="'X avait pris pied en Afrique de l'Ouest en 2039 en rachetant l'ivoirienne Y pour ...': a gerund, done")


# ---------------------------------------------------------------- C5: a French group's hostile tender offer for a listed Swiss watch-components maker; the target's board rejects it; financing, a white knight told by a paper, results, the main shareholder, an analyst, a union and the cantonal minister (French-speaking Swiss business site, web)
def define_c5(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "«" + NN, NN + "»"
    HT, LV, SIX, COPA, CD, FV, BF, BCN = ("Horlotec", "Lorval", "SIX Swiss Exchange", "Commission des OPA", "Cadrania",
                                          "Fondation Vuilleumier", "Brandt & Fils", "Banque cantonale neuchâteloise")
    LR, BJ, PAM, JM, JDS = "Léa Rochat", "Bertrand Jacquemet", "Pierre-Alain Matthey", "Julien Monnier", "Jean-Daniel Schaer"
    CE = "conseiller d'État chargé de l'Économie"
    text = (
        f"OPA hostile : le conseil d'{HT} dit non au français {LV}\n"
        f"Par {LR}\n"
        "03 décembre 2043, 07:12\n\n"
        f"Le conseil d'administration d'{HT} a rejeté à l'unanimité, mercredi soir, l'offre publique d'achat (OPA) "
        f"hostile lancée lundi par le groupe français {LV} sur le fabricant chaux-de-fonnier de composants horlogers, coté "
        f"à la {SIX}. {O}L'offre sous-évalue gravement {HT} et ignore notre carnet de commandes record. Nous "
        f"recommandons aux actionnaires de ne pas l'accepter{C}, indique le conseil dans son rapport, publié sur le site "
        f"de la {COPA} (COPA).\n\n"
        f"{LV} propose 86 francs par action en espèces, soit une prime de 24{NN}% sur la moyenne des cours des trois "
        f"derniers mois et 1,32 milliard de francs pour l'ensemble du capital. Le groupe de Besançon, qui détient déjà "
        f"19,8{NN}% d'{HT}, a fixé un seuil de réussite à 50{NN}% des droits de vote. L'offre doit courir du 14 décembre au "
        "25 janvier.\n\n"
        f"{O}Seule, {HT} n'a pas la taille pour résister à la concurrence asiatique. Notre offre est juste et entièrement "
        f"financée{C}, a déclaré lundi le PDG de {LV}, {BJ}, en présentant l'opération à Besançon. Il a précisé qu'un "
        "crédit syndiqué de 1,2 milliard d'euros avait été signé avec quatre banques. Selon l'agence AWP, il n'exclut pas "
        f"de relever son prix. En 2040, {LV} avait pris le contrôle du fabricant jurassien de cadrans {CD} pour 140 "
        "millions de francs.\n\n"
        f"{HT}, qui emploie 2 300 personnes à La Chaux-de-Fonds et à Delémont, a réalisé l'an dernier un chiffre "
        f"d'affaires de 486 millions de francs, en hausse de 6,5{NN}%, et un bénéfice net de 71 millions. Son président, "
        f"{PAM}, a rappelé que la marge opérationnelle avait progressé de 1,8 point au troisième trimestre. Premier "
        f"actionnaire avec 27{NN}% des droits de vote, la {FV} a fait savoir qu'elle n'apporterait pas ses titres. {LV} a "
        "réalisé en 2042 un chiffre d'affaires de 1,9 milliard d'euros.\n\n"
        f"Selon la NZZ, le conseil aurait approché le groupe biennois {BF} en vue d'une contre-offre amicale. {O}Le marché "
        f"parie déjà sur une surenchère. {LV} devra sans doute monter vers 95 francs pour convaincre{C}, estime {JM}, "
        f"analyste à la {BCN}. Pour le syndicat Syna, une vente à {LV} {O}menacerait des centaines d'emplois dans l'Arc "
        f"jurassien{C}. Le {CE}, {JDS}, a appelé les deux camps à {O}préserver les emplois dans le canton{C}. À la SIX, "
        f"l'action {HT} a terminé mercredi à 91,40 francs (+2,3{NN}%), au-dessus du prix offert.")
    a = B.article("C5-opa-hostile-composants-horlogers-rejet-conseil", "2043-12-03", text)
    for s, l, c, o in [(HT, ORG, None, False), (LV, ORG, None, False), (LR, PER, None, False), (SIX, ORG, None, False),
                       ("SIX", ORG, SIX, False), (COPA, ORG, None, False), ("COPA", ORG, COPA, False),
                       ("Besançon", LOC, None, False), (BJ, PER, None, False), ("AWP", ORG, None, False), (CD, ORG, None, False),
                       ("La Chaux-de-Fonds", LOC, None, False), ("Delémont", LOC, None, False), (PAM, PER, None, False),
                       (FV, ORG, None, False), ("NZZ", ORG, None, False), (BF, ORG, None, False), (JM, PER, None, False),
                       (BCN, ORG, None, False), ("Syna", ORG, None, False), ("Arc jurassien", LOC, None, False),
                       (JDS, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("A French-speaking Swiss business site's web article: a headline opened by the words 'OPA hostile' and a "
                      "colon, a byline line ('Par Léa Rochat') and, *new*: a publication line with a zero-padded day, the "
                      "month in words and the clock time after a comma ('03 décembre 2043, 07:12'), no dateline. The "
                      "reference date is that day (Thursday 3 December 2043): the bid was launched on Monday, the board "
                      "rejected it on Wednesday evening, the share closed on Wednesday. Straight apostrophes; narrow no-break "
                      "spaces (U+202F) before '%' and inside the guillemets; ordinary spaces before the headline's colon and "
                      "in '2 300 personnes'. Swiss amounts: 'francs', 'millions de francs', 'milliard de francs' CHF; the "
                      "bare '71 millions' after amounts in francs CHF; euros twice.")
    a["notes"].append("Entities: the coined target 'Horlotec' (headline and six more, twice inside marked words), the coined "
                      "bidder 'Lorval' (headline and seven more, once inside marked words), the coined dial maker "
                      "'Cadrania', the coined 'Fondation Vuilleumier' (a shareholder foundation, one ORG) and the coined "
                      "Biel group 'Brandt & Fils' (one ORG, the ampersand inside) ORG; 'SIX Swiss Exchange' and 'la SIX' "
                      "(canonical the full name), 'Commission des OPA' and its acronym 'COPA' in brackets (canonical the "
                      "full name), the agency 'AWP', the paper 'NZZ', the 'Banque cantonale neuchâteloise' and the union "
                      "'Syna' (real names, invented facts) ORG; 'Besançon' (twice), 'La Chaux-de-Fonds' (its article part "
                      "of the name), 'Delémont' and 'Arc jurassien' (inside marked words) LOC; the author, the bidder's CEO, "
                      "the target's chairman, the analyst and the cantonal minister PER (all invented). Not names: 'OPA' "
                      "(the kind of offer, in the headline and in brackets), 'le conseil', 'Le groupe de Besançon', "
                      "'l'agence', 'le canton', 'Économie' inside the minister's title; 'chaux-de-fonnier', 'jurassien', "
                      "'biennois', 'français', 'asiatique' are adjectives.")
    a["notes"].append("Quotes (10 required: 5 direct, 5 indirect). The target's board through its report ('« ... », indique le "
                      "conseil dans son rapport': two sentences, speaker the noun 'conseil', canonical the company whose "
                      "board it is, as in the nineteenth set); the bidder's CEO ('« ... », a déclaré lundi le PDG de Lorval, "
                      "X, en présentant ...': two sentences; then 'Il a précisé qu'<clause>'); *new*: an agency with a "
                      "pronoun subject in the clause ('Selon l'agence AWP, il n'exclut pas de relever son prix': speaker "
                      "the agency, 'il' the CEO only inside the clause); the chairman ('Son président, X, a rappelé que "
                      "<clause>'); the shareholder foundation ('..., la Fondation Vuilleumier a fait savoir qu'<clause>', a "
                      "fronted apposition before the subject); the paper ('Selon la NZZ, <clause>'); the analyst ('« ... », "
                      "estime X, analyste à la Banque cantonale neuchâteloise': two sentences); the union with a clause "
                      "partly marked ('Pour le syndicat Syna, une vente à Lorval « ... ».': one direct quote for the marked "
                      "words); *new*: the cantonal minister with marked words after 'a appelé les deux camps à' ('Le "
                      "conseiller d'État chargé de l'Économie, X, a appelé les deux camps à « ... »'). Not quotes: the "
                      "headline ('dit non', no words reported), 'a rejeté à l'unanimité ... l'offre' (a decision with a "
                      "noun-phrase object), 'a fixé un seuil de réussite'.")
    a["notes"].append("Events (10 required, 1 optional). The hostile bid ('l'offre publique d'achat (OPA) hostile lancée lundi "
                      "par le groupe français Lorval sur le fabricant ... Lorval propose 86 francs par action ..., soit ... "
                      "1,32 milliard de francs pour l'ensemble du capital': trigger the lead's 'offre publique d'achat', "
                      "target Horlotec (the board's company, the sentence's subject), buyer Lorval, amount the total (the "
                      "price per share no argument), date 'lundi' (the launch), status announced: rejected by the board but "
                      "standing, acceptance period still to come; the headline's 'dit non' the same fact; the 19,8 % "
                      "already held and the 50 % threshold no stakes bought). The white knight told by a paper ('Selon la "
                      "NZZ, le conseil aurait approché le groupe biennois X en vue d'une contre-offre amicale': planned, "
                      "target Horlotec, buyer X). The bidder's earlier purchase (*new* verb for this kind: 'avait pris le "
                      "contrôle du fabricant ... X pour 140 millions de francs': done). Results: Horlotec 'l'an dernier' "
                      "(revenue with its rise; net profit with a bare amount, period optional), the bidder's 2042 revenue in "
                      "euros; optional: the operating margin's gain in points inside the chairman's reported clause. Roles: "
                      "'le PDG de Lorval, X'; 'Son président, X' ('Son' is Horlotec: organization optional); 'X, analyste à "
                      "la Banque cantonale neuchâteloise'; the cantonal minister (no organization). Not events: the bank "
                      "loan, the foundation's refusal, the share move, the price the analyst expects.")
    a["notes"].append("Money: CHF '86 francs' ('par action' outside), '1,32 milliard de francs', '140 millions de francs', '486 "
                      "millions de francs', '71 millions' (bare), '95 francs' (inside marked words), the share price '91,40 "
                      "francs'; EUR '1,2 milliard d'euros', '1,9 milliard d'euros'. '2 300 personnes', 'quatre banques' are "
                      "counts. Percentages: '24 %' (premium), '19,8 %', '50 %', '27 %' (holdings and a threshold), '6,5 "
                      "%', '1,8 point' (points), '+2,3 %' (signed, in brackets, a share move).")
    M(a, "86 francs", 86, "CHF")
    M(a, "1,32 milliard de francs", 1.32e9, "CHF")
    M(a, "1,2 milliard d'euros", 1.2e9, "EUR")
    M(a, "140 millions de francs", 140e6, "CHF")
    M(a, "486 millions de francs", 486e6, "CHF")
    M(a, "71 millions", 71e6, "CHF")
    M(a, "1,9 milliard d'euros", 1.9e9, "EUR")
    M(a, "95 francs", 95, "CHF")
    M(a, "91,40 francs", 91.4, "CHF")
    P(a, f"24{NN}%", 24)
    P(a, f"19,8{NN}%", 19.8)
    P(a, f"50{NN}%", 50)
    P(a, f"6,5{NN}%", 6.5)
    P(a, "1,8 point", 1.8, points=True)
    P(a, f"27{NN}%", 27)
    P(a, f"+2,3{NN}%", 2.3)
    D(a, "03 décembre 2043, 07:12", "2043-12-03T07:12", typ="TIME",
      note="*new*: the publication line: a zero-padded day, the month in words, the clock time after a comma")
    D(a, "mercredi soir", "2043-12-02TEV", typ="TIME", opt=True, note="a part of the day with no clock time")
    D(a, "lancée [lundi]", "2043-11-30", note="past: 'lancée lundi'")
    D(a, "trois derniers mois", "P3M", typ="DURATION", note="'la moyenne des cours des trois derniers mois'")
    D(a, "14 décembre", "2043-12-14", note="future: 'doit courir du 14 décembre au 25 janvier': two points")
    D(a, "25 janvier", "2044-01-25", note="future, across the year end")
    D(a, "déclaré [lundi]", "2043-11-30", note="'a déclaré lundi'")
    D(a, "2040", "2040", note="'En 2040, Lorval avait pris le contrôle'")
    D(a, "an dernier", "2042", note="'a réalisé l'an dernier'")
    D(a, "troisième trimestre", "2043-Q3", note="past: 'au troisième trimestre' in a December article")
    D(a, "2042", "2042", note="'a réalisé en 2042'")
    D(a, "terminé [mercredi]", "2043-12-02", note="'a terminé mercredi'")
    Q(a, f"{O}[L'offre sous-évalue gravement {HT} et ignore notre carnet de commandes record. Nous recommandons aux actionnaires de ne pas l'accepter]{C}",
      "direct", "indique", ("le [conseil] dans", HT, ORG),
      note="the target's board through its report: noun phrase, canonical the company whose board it is; two sentences")
    Q(a, f"{O}[Seule, {HT} n'a pas la taille pour résister à la concurrence asiatique. Notre offre est juste et entièrement financée]{C}",
      "direct", "a déclaré", (BJ, BJ, PER), gender="male",
      note="two sentences; the name in apposition to 'le PDG de Lorval', after the cue and a date")
    Q(a, "précisé qu'[un crédit syndiqué de 1,2 milliard d'euros avait été signé avec quatre banques].", "indirect",
      "a précisé", ("Besançon. [Il] a précisé", BJ, PER), gender="male",
      note="the span starts after the elided 'qu''; 'Il' is the CEO of the sentence before")
    Q(a, "Selon l'agence AWP, [il n'exclut pas de relever son prix].", "indirect", "[Selon] l'agence",
      ("AWP", "AWP", ORG), note="*new*: 'Selon l'agence X, il ...': the agency speaks; the clause's 'il' is the CEO")
    Q(a, "rappelé que [la marge opérationnelle avait progressé de 1,8 point au troisième trimestre].", "indirect",
      "a rappelé", (PAM, PAM, PER), gender="male", note="'Son président, X, a rappelé que <clause>'")
    Q(a, "savoir qu'[elle n'apporterait pas ses titres].", "indirect", "a fait savoir", (FV, FV, ORG),
      note="'Premier actionnaire avec 27 % des droits de vote, la Fondation X a fait savoir qu'<clause>'")
    Q(a, f"Selon la NZZ, [le conseil aurait approché le groupe biennois {BF} en vue d'une contre-offre amicale].",
      "indirect", "[Selon] la NZZ", ("NZZ", "NZZ", ORG), note="'Selon <paper>, <clause>'")
    Q(a, f"{O}[Le marché parie déjà sur une surenchère. {LV} devra sans doute monter vers 95 francs pour convaincre]{C}",
      "direct", "estime", (JM, JM, PER), gender="male", note="two sentences; the name after the cue, then his title")
    Q(a, f"{O}[menacerait des centaines d'emplois dans l'Arc jurassien]{C}", "direct", "[Pour] le syndicat",
      ("Syna", "Syna", ORG), note="'Pour le syndicat X, une vente à Lorval « ... ».': a clause partly marked, one direct quote")
    Q(a, f"{O}[préserver les emplois dans le canton]{C}", "direct", "a appelé", (JDS, JDS, PER), gender="male",
      note="*new*: 'a appelé les deux camps à « ... »': marked words after the object and 'à'")
    V(a, "acquisition", "offre publique d'achat", {"target": HT, "buyer": LV, "amount": "1,32 milliard de francs",
                                                   "date": "lancée [lundi]", "status": "announced"},
      note="hostile, rejected by the board, standing: announced; the price per share no argument; the headline's 'dit non' "
           "the same fact")
    V(a, "acquisition", "pris le contrôle", {"target": CD, "buyer": LV, "amount": "140 millions de francs", "date": "2040",
                                             "status": "done"})
    V(a, "role", "PDG", {"person": BJ, "title": "PDG", "organization": f"PDG de [{LV}]"})
    V(a, "result", "chiffre d'affaires", {"company": f"[{HT}], qui emploie", "metric": "revenue",
                                          "amount": "486 millions de francs", "change": f"6,5{NN}%", "period": "an dernier"})
    V(a, "result", "bénéfice net", {"company": f"[{HT}], qui emploie", "metric": "net_income", "amount": "71 millions",
                                    "period": ("opt", "an dernier")}, note="the same sentence, the year written once")
    V(a, "role", "président", {"person": PAM, "title": "président", "organization": ("opt", f"[{HT}], qui emploie")},
      note="'Son président, X': 'Son' is Horlotec")
    V(a, "result", "marge opérationnelle", {"company": f"[{HT}], qui emploie", "metric": "other", "change": "1,8 point",
                                            "period": ("opt", "troisième trimestre")}, optional=True,
      note="a margin's gain in points inside the chairman's reported clause: optional, as in the earlier sets")
    V(a, "result", "un [chiffre d'affaires] de 1,9", {"company": f"titres. [{LV}] a réalisé", "metric": "revenue",
                                                      "amount": "1,9 milliard d'euros", "period": "2042"})
    V(a, "acquisition", "contre-offre", {"target": HT, "buyer": BF, "status": "planned"},
      note="'Selon la NZZ, le conseil aurait approché le groupe biennois X en vue d'une contre-offre amicale': a rumoured "
           "white knight, planned; 'le conseil' is Horlotec's board")
    V(a, "role", "analyste", {"person": JM, "title": "analyste", "organization": BCN})
    V(a, "role", CE, {"person": JDS, "title": CE}, note="a cantonal minister: no organization")


# ---------------------------------------------------------------- D5: a Quebec transformer maker in exclusive talks to buy an Ontario rival; the Caisse and the FTQ fund invest; results; the CEO's interview in 'Q –' / 'R –' turns; an analyst and the minister's office (Quebec business daily, web)
def define_d5(B):
    def E(a, s, *r, **kw): B.E(a, _typo(s), *r, **kw)
    def M(a, s, *r, **kw): B.M(a, _typo(s), *r, **kw)
    def D(a, s, *r, **kw): B.D(a, _typo(s), *r, **kw)
    def P(a, s, *r, **kw): B.P(a, _typo(s), *r, **kw)
    def Q(a, text, kind, cue, speaker, **kw): B.Q(a, _typo(text), kind, _typo(cue), _typo(speaker), **kw)
    def V(a, typ, trigger, args, **kw): B.V(a, typ, _typo(trigger), _typo(args), **kw)
    O, C = "«" + NB, NB + "»"
    QL, RL = f"Q {ND} ", f"R {ND} "
    NO, HPS, CDPQ, FTQ, BT, H1, LT, TF, FBN = ("Nordelec", "Harwood Power Systems", "Caisse de dépôt et placement du Québec",
                                              "Fonds de solidarité FTQ", "Bourse de Toronto", "Hydro One",
                                              "Lonestar Transformers", "Transfolec", "Financière Banque Nationale")
    MB, GP, OG = "Mathieu Bergeron", "Geneviève Paradis", "Olivier Gauthier"
    PCD = "présidente et chef de la direction"
    text = (
        f"{NO} en discussions exclusives pour racheter l'ontarienne Harwood\n"
        f"Publié à 5 h 00 le 5 février 2044 | Par {MB}\n\n"
        f"Le fabricant québécois de transformateurs {NO} est en discussions exclusives pour acquérir {HPS}, un concurrent "
        f"établi à Hamilton, en Ontario, pour environ 640{NB}M$, a confirmé jeudi sa {PCD}, {GP}. Une entente pourrait être "
        f"signée d'ici la fin du premier trimestre, a-t-elle précisé. Pour financer l'opération, la {CDPQ} et le {FTQ} "
        f"ont souscrit mardi à un placement privé de 200 millions de dollars dans {NO}, que la Caisse soutient depuis "
        "2039.\n\n"
        f"Basée à Lévis, l'entreprise a vu ses revenus atteindre 1,3{NB}G$ en 2043, en hausse de 14{NB}%, pour un bénéfice "
        f"net de 96{NB}M$. Son carnet de commandes atteignait 2,1{NB}G$ à la fin de décembre. À la {BT}, son action a "
        f"gagné 4,2{NB}% jeudi. Mme Paradis a répondu à nos questions.\n\n"
        f"{QL}Pourquoi Harwood{NB}?\n"
        f"{RL}L'Ontario représente 40{NB}% du marché canadien des réseaux électriques, et nous y sommes presque absents. "
        f"Harwood y compte 900 employés et des contrats avec {H1} jusqu'en 2050.\n"
        f"{QL}Le prix n'est-il pas élevé{NB}?\n"
        f"{RL}C'est environ onze fois le bénéfice d'exploitation, dans la moyenne du secteur. L'an dernier, un fonds "
        f"américain a payé 1,2 milliard de dollars américains pour le texan {LT}.\n"
        f"{QL}Comment financerez-vous le reste{NB}?\n"
        f"{RL}Par notre trésorerie et une nouvelle facilité de crédit de 350{NB}M$ auprès de Desjardins. Notre "
        "endettement restera sous 2,5 fois le bénéfice d'exploitation.\n"
        f"{QL}Craignez-vous une offre concurrente{NB}?\n"
        f"{RL}Notre exclusivité court jusqu'au 31 mars. Et nous savons intégrer{NB}: en 2041, nous avions acquis la "
        f"française {TF} pour 85 millions d'euros, et elle est rentable depuis deux ans.\n"
        f"{QL}Les tarifs américains vous inquiètent-ils{NB}?\n"
        f"{RL}Les États-Unis pèsent 22{NB}% de nos ventes. Nous avons relevé nos prix de 3 à 5{NB}% au quatrième "
        "trimestre, sans perdre de clients.\n"
        f"{QL}Et l'emploi au Québec{NB}?\n"
        f"{RL}Nous embaucherons 250 personnes à Lévis cette année. Aucun poste ne sera déplacé en Ontario.\n\n"
        f"{O}Le prix est plein, mais la logique industrielle est imparable{C}, estime {OG}, analyste chez {FBN}. À "
        f"Québec, le cabinet de la ministre de l'Économie a fait savoir que le gouvernement {O}suivra de près{C} le "
        f"maintien du siège social à Lévis.")
    a = B.article("D5-entrevue-pdg-rachat-concurrent-ontarien", "2044-02-05", _typo(text))
    for s, l, c, o in [(NO, ORG, None, False), (HPS, ORG, None, False), ("Harwood", ORG, HPS, False), (MB, PER, None, False),
                       ("Hamilton", LOC, None, False), ("Ontario", LOC, None, False), (GP, PER, None, False),
                       ("Paradis", PER, GP, False), (CDPQ, ORG, None, False), ("Caisse", ORG, CDPQ, False),
                       (FTQ, ORG, None, False), ("Lévis", LOC, None, False), (BT, ORG, None, False), (H1, ORG, None, False),
                       (LT, ORG, None, False), ("Desjardins", ORG, None, False), (TF, ORG, None, False),
                       ("États-Unis", LOC, None, False), ("Québec", LOC, None, False), (OG, PER, None, False),
                       (FBN, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("A Quebec business daily's web article: a plain headline, *new*: a publication line with the clock time "
                      "before the date and the author after a bar ('Publié à 5 h 00 le 5 février 2044 | Par Mathieu "
                      "Bergeron': one TIME from the clock time to the year, as the date-then-time lines of the earlier "
                      "sets), no dateline; the article holds the CEO's interview in turns labelled, *new*, 'Q –' and 'R –' "
                      "(an en dash U+2013 instead of a colon). The reference date is that day (Friday 5 February 2044): the "
                      "talks were confirmed and the share moved on Thursday, the private placement was subscribed on "
                      "Tuesday. Every apostrophe is the typographic one (U+2019); no-break spaces (U+00A0) before '%', "
                      "'M$', 'G$', '?', the colon inside an answer and inside the guillemets. Quebec amounts: 'M$', 'G$' and "
                      "'millions de dollars' are CAD, 'dollars américains' USD; euros once.")
    a["notes"].append("Entities: the coined Lévis maker 'Nordelec' (headline and two more) ORG; the coined Ontario target "
                      "'Harwood Power Systems' and 'Harwood' alone (headline, a question and an answer: canonical the full "
                      "name) ORG; the coined 'Lonestar Transformers' and 'Transfolec' ORG; the 'Caisse de dépôt et placement "
                      "du Québec' (one ORG, no separate 'Québec') and 'la Caisse' (canonical the full name), the 'Fonds de "
                      "solidarité FTQ' (one ORG), 'Bourse de Toronto', 'Hydro One', 'Desjardins' (inside an answer) and 'Financière "
                      "Banque Nationale' (real names, invented facts) ORG; 'Hamilton', 'Ontario' (three times: 'en Ontario', 'L'Ontario' in an "
                      "answer, 'en Ontario'), 'Lévis' (three times), 'États-Unis' (inside an answer) and 'Québec' ('au Québec' in a question; 'À Québec', "
                      "the capital standing for the government) LOC; the author, the CEO (also 'Mme Paradis': span the "
                      "surname, canonical the full name) and the analyst PER (all invented). Not names: 'Q', 'R', "
                      "'l'entreprise', 'le gouvernement', 'le cabinet', 'Économie' inside the title; 'québécois', "
                      "'ontarienne', 'canadien', 'américain', 'texan', 'française' are adjectives.")
    a["notes"].append("Quotes (10 required: 8 direct, 2 indirect; 6 optional). The talks confirmed by the CEO after the lead "
                      "sentence ('Le fabricant ... Nordelec est en discussions exclusives pour acquérir X ..., a confirmé "
                      "jeudi sa présidente et chef de la direction, Y': the whole sentence before the inverted cue, speaker "
                      "the name in apposition to the title); 'Une entente pourrait être signée ..., a-t-elle précisé' ('elle' "
                      "the CEO); the interview: each answer after 'R – ' one required direct quote from its first word to "
                      "the end of the line (final full stop kept, several sentences one quote), cue null, speaker the CEO "
                      "named in the sentence introducing the interview ('Mme Paradis a répondu à nos questions'), female; "
                      "the questions after 'Q – ' optional direct quotes with a null speaker (the paper asks as 'nos "
                      "questions'), as in the eighteenth set; the labels are neither cues nor part of the spans. The analyst "
                      "('« ... », estime X, analyste chez Y'); *new*: the minister's office with marked words inside a 'que' "
                      "clause ('le cabinet de la ministre de l'Économie a fait savoir que le gouvernement « suivra de près » "
                      "le maintien ...': one direct quote for the marked words, speaker the noun phrase 'cabinet de la "
                      "ministre de l'Économie', canonical null; no minister named). Not quotes: the headline, 'Mme Paradis a "
                      "répondu à nos questions'.")
    a["notes"].append("Events (9 required). The planned purchase ('est en discussions exclusives pour acquérir X ... pour environ "
                      "640 M$, a confirmé jeudi ...': planned, as 'serait en discussions' in the contract, though confirmed "
                      "by the buyer; amount the reported price; date 'jeudi', the day it was made public; the headline's "
                      "'en discussions exclusives pour racheter l'ontarienne Harwood' the same fact). The private placement "
                      "('la Caisse ... et le Fonds de solidarité FTQ ont souscrit mardi à un placement privé de 200 millions "
                      "de dollars dans Nordelec': funding, trigger 'souscrit', two investors, date 'mardi'; no round name "
                      "given). 2043 results: revenue with its rise ('l'entreprise a vu ses revenus atteindre 1,3 G$ en 2043': "
                      "trigger 'revenus'), net profit (period optional), *new*: the order book ('Son carnet de commandes "
                      "atteignait 2,1 G$ à la fin de décembre': metric orders, period optional). Inside the answers: a rival's "
                      "purchase by an unnamed fund ('un fonds américain a payé 1,2 milliard de dollars américains pour le "
                      "texan X': done, no buyer named, date 'L'an dernier'), *new* for this kind: the company's own earlier "
                      "purchase in the first person ('en 2041, nous avions acquis la française X pour 85 millions d'euros': "
                      "done, buyer Nordelec). Roles: 'sa présidente et chef de la direction, X' ('sa' is Nordelec: "
                      "organization optional); 'X, analyste chez Financière Banque Nationale'. Not events: the exclusivity, "
                      "the Caisse's support since 2039, the credit line in an answer (debt, '350 M$'), the price rises, the contracts with Hydro One, the hires, the share move.")
    a["notes"].append("Money: CAD '640 M$' ('environ' outside), '200 millions de dollars', '1,3 G$', '96 M$', '2,1 G$', '350 M$' "
                      "(inside an answer); USD '1,2 "
                      "milliard de dollars américains'; EUR '85 millions d'euros'. 'onze fois', '2,5 fois', '900 employés', "
                      "'250 personnes' are no money. Percentages: '14 %', '4,2 %' (share move), inside answers '40 %' (a "
                      "market share), '22 %' (a share of sales) and the range '3 à 5 %' (value the first number).")
    M(a, f"640{NB}M$", 640e6, "CAD")
    M(a, "200 millions de dollars", 200e6, "CAD")
    M(a, f"1,3{NB}G$", 1.3e9, "CAD")
    M(a, f"96{NB}M$", 96e6, "CAD")
    M(a, f"2,1{NB}G$", 2.1e9, "CAD")
    M(a, "1,2 milliard de dollars américains", 1.2e9, "USD")
    M(a, f"350{NB}M$", 350e6, "CAD")
    M(a, "85 millions d'euros", 85e6, "EUR")
    P(a, f"14{NB}%", 14)
    P(a, f"4,2{NB}%", 4.2)
    P(a, f"40{NB}%", 40)
    P(a, f"22{NB}%", 22)
    P(a, f"3 à 5{NB}%", 3)
    D(a, "5 h 00 le 5 février 2044", "2044-02-05T05:00", typ="TIME",
      note="*new*: the clock time before the date in the publication line: one TIME")
    D(a, "confirmé [jeudi]", "2044-02-04", note="past: 'a confirmé jeudi'")
    D(a, "fin du premier trimestre", "2044-Q1", mod="END", note="future: 'd'ici la fin du premier trimestre'")
    D(a, "mardi", "2044-02-02", note="past: 'ont souscrit mardi'")
    D(a, "2039", "2039", note="'que la Caisse soutient depuis 2039'")
    D(a, "2043", "2043", note="'atteindre 1,3 G$ en 2043'")
    D(a, "fin de décembre", "2043-12", mod="END", note="'à la fin de décembre': the last December")
    D(a, "gagné 4,2\u00a0% [jeudi]", "2044-02-04", note="'son action a gagné 4,2 % jeudi'")
    D(a, "2050", "2050", note="'jusqu'en 2050', inside an answer")
    D(a, "an dernier", "2043", note="'L'an dernier', inside an answer")
    D(a, "31 mars", "2044-03-31", note="future: 'Notre exclusivité court jusqu'au 31 mars', inside an answer")
    D(a, "2041", "2041", note="'en 2041, nous avions acquis', inside an answer")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'rentable depuis deux ans', inside an answer")
    D(a, "quatrième trimestre", "2043-Q4", note="past: 'Nous avons relevé nos prix ... au quatrième trimestre', inside an answer")
    D(a, "cette année", "2044", note="'cette année', inside an answer")
    spk = ("Mme [Paradis] a répondu", GP, PER)
    Q(a, f"[Le fabricant québécois de transformateurs {NO} est en discussions exclusives pour acquérir {HPS}, un concurrent établi à Hamilton, en Ontario, pour environ 640{NB}M$], a confirmé",
      "indirect", "a confirmé", (GP, GP, PER), gender="female",
      note="the lead sentence before an inverted cue; the name in apposition to 'sa présidente et chef de la direction'")
    Q(a, "[Une entente pourrait être signée d'ici la fin du premier trimestre], a-t-elle", "indirect", "a-t-elle précisé",
      ("a-t-[elle] précisé", GP, PER), gender="female", note="'elle' is the CEO of the sentence before")
    Q(a, f"{QL}[Pourquoi Harwood{NB}?]", "direct", None, None, optional=True, note="the paper's question")
    Q(a, f"{RL}[L'Ontario représente 40{NB}% du marché canadien des réseaux électriques, et nous y sommes presque absents. Harwood y compte 900 employés et des contrats avec {H1} jusqu'en 2050.]",
      "direct", None, spk, gender="female", note="an answer after 'R – '")
    Q(a, f"{QL}[Le prix n'est-il pas élevé{NB}?]", "direct", None, None, optional=True, note="the paper's question")
    Q(a, f"{RL}[C'est environ onze fois le bénéfice d'exploitation, dans la moyenne du secteur. L'an dernier, un fonds américain a payé 1,2 milliard de dollars américains pour le texan {LT}.]",
      "direct", None, spk, gender="female", note="an answer after 'R – '")
    Q(a, f"{QL}[Comment financerez-vous le reste{NB}?]", "direct", None, None, optional=True, note="the paper's question")
    Q(a, f"{RL}[Par notre trésorerie et une nouvelle facilité de crédit de 350{NB}M$ auprès de Desjardins. Notre endettement restera sous 2,5 fois le bénéfice d'exploitation.]",
      "direct", None, spk, gender="female", note="an answer after 'R – '")
    Q(a, f"{QL}[Craignez-vous une offre concurrente{NB}?]", "direct", None, None, optional=True, note="the paper's question")
    Q(a, f"{RL}[Notre exclusivité court jusqu'au 31 mars. Et nous savons intégrer{NB}: en 2041, nous avions acquis la française {TF} pour 85 millions d'euros, et elle est rentable depuis deux ans.]",
      "direct", None, spk, gender="female", note="an answer after 'R – ', a colon inside")
    Q(a, f"{QL}[Les tarifs américains vous inquiètent-ils{NB}?]", "direct", None, None, optional=True,
      note="the paper's question")
    Q(a, f"{RL}[Les États-Unis pèsent 22{NB}% de nos ventes. Nous avons relevé nos prix de 3 à 5{NB}% au quatrième trimestre, sans perdre de clients.]",
      "direct", None, spk, gender="female", note="an answer after 'R – '")
    Q(a, f"{QL}[Et l'emploi au Québec{NB}?]", "direct", None, None, optional=True, note="the paper's question")
    Q(a, f"{RL}[Nous embaucherons 250 personnes à Lévis cette année. Aucun poste ne sera déplacé en Ontario.]",
      "direct", None, spk, gender="female", note="an answer after 'R – ', the last turn")
    Q(a, f"{O}[Le prix est plein, mais la logique industrielle est imparable]{C}", "direct", "estime", (OG, OG, PER),
      gender="male", note="the name after the cue, then his title")
    Q(a, f"{O}[suivra de près]{C}", "direct", "a fait savoir", ("le [cabinet de la ministre de l'Économie] a fait", None, None),
      note="*new*: 'le cabinet de la ministre de l'Économie a fait savoir que le gouvernement « ... » le maintien ...': a "
           "clause partly marked, one direct quote; the minister's office, noun phrase, canonical null")
    V(a, "acquisition", "acquérir", {"target": HPS, "buyer": f"transformateurs [{NO}] est", "amount": f"640{NB}M$",
                                     "date": "confirmé [jeudi]", "status": "planned"},
      note="'est en discussions exclusives pour acquérir X ..., a confirmé jeudi ...': planned; the headline's 'racheter' "
           "the same fact")
    V(a, "role", PCD, {"person": GP, "title": PCD, "organization": ("opt", f"transformateurs [{NO}] est")},
      note="'sa présidente et chef de la direction, X': 'sa' is Nordelec")
    V(a, "funding", "souscrit", {"company": f"dollars dans [{NO}]", "investors": [CDPQ, FTQ],
                                 "amount": "200 millions de dollars", "date": "mardi"},
      note="'la Caisse ... et le Fonds de solidarité FTQ ont souscrit mardi à un placement privé de 200 millions de dollars "
           "dans Nordelec'")
    V(a, "result", "revenus", {"company": f"dollars dans [{NO}]", "metric": "revenue", "amount": f"1,3{NB}G$",
                               "change": f"14{NB}%", "period": "2043"},
      note="'Basée à Lévis, l'entreprise a vu ses revenus atteindre 1,3 G$ en 2043': 'l'entreprise' is Nordelec")
    V(a, "result", "bénéfice net", {"company": f"dollars dans [{NO}]", "metric": "net_income", "amount": f"96{NB}M$",
                                    "period": ("opt", "2043")}, note="the same sentence, the year written once")
    V(a, "result", "carnet de commandes", {"company": f"dollars dans [{NO}]", "metric": "orders", "amount": f"2,1{NB}G$",
                                           "period": ("opt", "fin de décembre")},
      note="'Son carnet de commandes atteignait 2,1 G$ à la fin de décembre': an order book, metric orders")
    V(a, "acquisition", "payé", {"target": LT, "amount": "1,2 milliard de dollars américains", "date": "an dernier",
                                 "status": "done"},
      note="'un fonds américain a payé ... pour le texan X', inside an answer: a rival's purchase, buyer unnamed")
    V(a, "acquisition", "acquis", {"target": TF, "buyer": f"transformateurs [{NO}] est", "amount": "85 millions d'euros",
                                   "date": "2041", "status": "done"},
      note="'en 2041, nous avions acquis la française X pour 85 millions d'euros', inside an answer: 'nous' is Nordelec")
    V(a, "role", "analyste", {"person": OG, "title": "analyste", "organization": FBN})
