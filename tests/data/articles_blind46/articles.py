"""The three articles of the forty-sixth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind46`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (Y4: before '%' and inside the guillemets)
NN = "\u202f"    # narrow no-break space (A5: before '%', the colon of the CEO's cue and inside the guillemets)
AP = "\u2019"    # typographic apostrophe (every apostrophe of Z4)
PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"


def define(B):
    define_y4(B)
    define_z4(B)
    define_a5(B)


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


# ---------------------------------------------------------------- Y4: a listed Vaud furniture retailer's half-year results, guidance told by the group, the sale of its German subsidiary, an earlier figurative purchase, analysts, a union and the chairman (Swiss French-language daily, web)
def define_y4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "«" + NB, NB + "»"
    LM, WW, KA, CA, SIX, VT, BCV = ("Lémanis", "Wohnwerk", "Kaltner", "Casaline", "SIX Swiss Exchange", "Vontobel",
                                    "Banque cantonale vaudoise")
    VJ, NP, RB, SM, PC = "Valérie Jaquier", "Nadia Perrottet", "Reto Baumgartner", "Sébastien Maillard", "Philippe Chappuis"
    PCA = "président du conseil d'administration"
    text = (
        f"Distribution : {LM} séduit la Bourse et cède sa filiale allemande\n"
        f"{VJ}, Crissier | Publié: 19.08.2043, 06h55\n\n"
        f"Le distributeur vaudois d'ameublement {LM} a publié mardi des résultats semestriels supérieurs aux attentes. Son "
        f"chiffre d'affaires a progressé de 4,6{NB}% au premier semestre, à 1,38 milliard de francs, porté par la vente en "
        f"ligne (+17,3{NB}%). Le bénéfice d'exploitation (EBIT) a bondi de 11{NB}%, à 96,2 millions de francs, et la marge "
        f"EBIT a gagné 0,4 point, à 7{NB}%. Le bénéfice net atteint 71,5 millions, contre 63,8 millions un an plus tôt. "
        f"Au deuxième trimestre seul, les ventes ont accéléré (+5,9{NB}%), à 712 millions de francs.\n\n"
        f"{O}Dans un marché qui recule, nous avons gagné des clients. Les Suisses achètent moins de canapés, mais ils les "
        f"achètent chez nous{C}, a déclaré la directrice générale, {NP}, devant la presse à Crissier. Selon elle, la "
        "rentrée scolaire et la fin des travaux dans dix magasins soutiendront les ventes au second semestre. Pour "
        f"l'ensemble de l'exercice, le groupe vise toujours une croissance organique de 3 à 5{NB}% et une marge EBIT d'au "
        f"moins 7,5{NB}%, a-t-il indiqué dans un communiqué.\n\n"
        f"{LM} a en outre annoncé la cession de sa filiale allemande {WW}, qui exploite 19 magasins dans le "
        f"Bade-Wurtemberg, au groupe autrichien {KA} pour 42 millions d'euros. La transaction devrait être bouclée d'ici "
        f"la fin de l'année. Selon le directeur financier, {RB}, cette sortie effacera une perte annuelle d'environ 8 "
        "millions de francs. Il a précisé que le recul du dollar avait allégé les coûts d'achat de 12 millions de dollars "
        f"au semestre. En 2040, le groupe avait avalé le site genevois de vente en ligne {CA} pour 115 millions de francs "
        "suisses.\n\n"
        f"À la {SIX}, l'action {LM} s'est envolée de 6,8{NB}% mardi, à 142,40 francs. {O}Le groupe récolte les fruits "
        f"de sa restructuration. La sortie d'Allemagne était attendue depuis deux ans{C}, juge {SM}, analyste chez {VT}. "
        f"Un analyste de la {BCV} estime toutefois que l'objectif de marge sera {O}difficile à tenir{C} si le franc reste "
        "aussi fort.\n\n"
        f"Le syndicat Unia a dénoncé {O}des bénéfices bâtis sur le dos des vendeuses{C}, alors que six magasins doivent "
        f"fermer en Suisse alémanique d'ici mars. Le {PCA}, {PC}, a rappelé que les 140 employés concernés se verraient "
        "proposer un poste ailleurs dans le groupe.")
    a = B.article("Y4-resultats-semestriels-distributeur-ameublement-crissier", "2043-08-19", text)
    for s, l, c, o in [(LM, ORG, None, False), (VJ, PER, None, False), ("Crissier", LOC, None, False), (NP, PER, None, False),
                       (WW, ORG, None, False), ("Bade-Wurtemberg", LOC, None, False), (KA, ORG, None, False),
                       (RB, PER, None, False), (CA, ORG, None, False), (SIX, ORG, None, False), ("Allemagne", LOC, None, False),
                       (SM, PER, None, False), (VT, ORG, None, False), (BCV, ORG, None, False), ("Unia", ORG, None, False),
                       ("Suisse alémanique", LOC, None, False), (PC, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("A French-speaking Swiss daily's web article: a headline opened by the section word 'Distribution' and a "
                      "colon, *new*: a line with the author, the town she writes from and, after a bar, 'Publié:' (colon "
                      "glued to the word) with the date in dots and the clock time after a comma ('Valérie Jaquier, Crissier "
                      "| Publié: 19.08.2043, 06h55'), no dateline. The reference date is that day (Wednesday 19 August "
                      "2043): the half-year results were published and the share moved on Tuesday. Straight apostrophes; "
                      "no-break spaces (U+00A0) before '%' and inside the guillemets; ordinary spaces before the headline's "
                      "colon. Swiss amounts: 'francs' alone, 'millions de francs' and 'francs suisses' are CHF; bare "
                      "'71,5 millions' and '63,8 millions' after amounts in francs are CHF.")
    a["notes"].append("Entities: the coined retailer 'Lémanis' (headline, lead, 'Lémanis a en outre annoncé', 'l'action "
                      "Lémanis') ORG; the coined German subsidiary 'Wohnwerk', Austrian buyer 'Kaltner' ('au groupe "
                      "autrichien Kaltner') and Geneva online shop 'Casaline' ORG; the exchange 'SIX Swiss Exchange', the "
                      "bank 'Vontobel', the 'Banque cantonale vaudoise' (one ORG, no place inside) and the union 'Unia' "
                      "(real, invented facts) ORG; 'Crissier' (the byline town and 'devant la presse à Crissier'), "
                      "'Bade-Wurtemberg', 'Allemagne' (inside the analyst's marked words) and 'Suisse alémanique' (one LOC) "
                      "LOC; the author, the CEO, the CFO, the analyst and the chairman PER (all invented). Not names: "
                      "'Distribution' (section word), 'la Bourse' in the headline (the market in general), 'EBIT' (a "
                      "measure), 'Les Suisses' (a demonym, inside marked words), 'le groupe', 'La transaction', 'le "
                      "franc', 'le dollar' (currencies), 'Le syndicat'; 'vaudois', 'allemande', 'autrichien', 'genevois' "
                      "are adjectives.")
    a["notes"].append("Quotes (9 required: 4 direct, 5 indirect). The CEO ('« ... », a déclaré la directrice générale, X': "
                      "two sentences; then 'Selon elle, <clause>'); the guidance told by the company through a pronoun in an "
                      "inverted cue ('Pour l'ensemble de l'exercice, le groupe vise toujours ..., a-t-il indiqué dans un "
                      "communiqué': *new*: the masculine 'il' for 'le groupe', the sentence's subject; speaker label ORG, "
                      "canonical Lémanis, no gender, as the 'a-t-elle annoncé' of a start-up in the forty-fifth set); the CFO "
                      "through 'Selon <title>, X, <clause>' (the name in apposition after the title) then 'Il a précisé "
                      "que'; the analyst ('« ... », juge X, analyste chez Vontobel': two sentences); an unnamed analyst with "
                      "a clause partly marked ('Un analyste de la Banque cantonale vaudoise estime toutefois que l'objectif "
                      "de marge sera « difficile à tenir » si ...': one direct quote for the marked words, speaker the noun "
                      "phrase, canonical null); the union by name ('a dénoncé « ... »'); the chairman ('a rappelé que "
                      "<clause>'). Not quotes: the headline, 'Lémanis a en outre annoncé la cession de ...' (a noun-phrase "
                      "object), 'a publié mardi des résultats'.")
    a["notes"].append("Events (10 required, 3 optional). Half-year results of Lémanis: revenue with its rise and the half-year "
                      "('Son chiffre d'affaires a progressé de 4,6 % au premier semestre, à 1,38 milliard de francs'), EBIT "
                      "('Le bénéfice d'exploitation (EBIT) a bondi de 11 %, à 96,2 millions de francs': operating_income, "
                      "period optional, written once), net profit with a bare amount ('Le bénéfice net atteint 71,5 "
                      "millions, contre 63,8 millions un an plus tôt': the comparison no argument, period optional), the "
                      "second quarter's sales with a signed rise in brackets ('Au deuxième trimestre seul, les ventes ont "
                      "accéléré (+5,9 %), à 712 millions de francs'). Optional results: the EBIT margin's gain in points (as "
                      "in the earlier sets), the online sales' rise without an amount ('porté par la vente en ligne (+17,3 "
                      "%)'), the subsidiary's yearly loss inside the CFO's reported clause ('cette sortie effacera une perte "
                      "annuelle d'environ 8 millions de francs'). The sale of the German subsidiary ('a en outre annoncé la "
                      "cession de sa filiale allemande X ... au groupe autrichien Y pour 42 millions d'euros. La transaction "
                      "devrait être bouclée d'ici la fin de l'année': announced, seller Lémanis, date 'mardi' optional; the "
                      "headline's 'cède sa filiale allemande' the same fact); the earlier figurative purchase ('En 2040, le "
                      "groupe avait avalé le site genevois ... X pour 115 millions de francs suisses': done). Roles: 'la "
                      "directrice générale, X', 'le directeur financier, X', 'Le président du conseil d'administration, X' "
                      "(organization optional: the company of the article), 'X, analyste chez Vontobel'. The unnamed BCV "
                      "analyst gives no role. Not events: the guidance (a target), the purchase-cost saving, the store "
                      "closures, the share move.")
    a["notes"].append("Money: CHF '1,38 milliard de francs', '96,2 millions de francs', '71,5 millions', '63,8 millions', "
                      "'712 millions de francs', '8 millions de francs' ('d'environ' outside), '115 millions de francs "
                      "suisses', the share price '142,40 francs'; EUR '42 millions d'euros'; USD '12 millions de dollars'. "
                      "'19 magasins', 'dix magasins', 'six magasins', '140 employés' are counts. Percentages: '4,6 %', "
                      "'+17,3 %' and '+5,9 %' (signed, in brackets), '11 %', '0,4 point' (points), '7 %' (the margin), the "
                      "guidance range '3 à 5 %' (value the first number) and '7,5 %' ('d'au moins' outside), '6,8 %' (the "
                      "share move).")
    M(a, "1,38 milliard de francs", 1.38e9, "CHF")
    M(a, "96,2 millions de francs", 96.2e6, "CHF")
    M(a, "71,5 millions", 71.5e6, "CHF")
    M(a, "63,8 millions", 63.8e6, "CHF")
    M(a, "712 millions de francs", 712e6, "CHF")
    M(a, "42 millions d'euros", 42e6, "EUR")
    M(a, "8 millions de francs", 8e6, "CHF")
    M(a, "12 millions de dollars", 12e6, "USD")
    M(a, "115 millions de francs suisses", 115e6, "CHF")
    M(a, "142,40 francs", 142.4, "CHF")
    P(a, f"4,6{NB}%", 4.6)
    P(a, f"+17,3{NB}%", 17.3)
    P(a, f"11{NB}%", 11)
    P(a, "0,4 point", 0.4, points=True)
    P(a, f"7{NB}%", 7)
    P(a, f"+5,9{NB}%", 5.9)
    P(a, f"3 à 5{NB}%", 3)
    P(a, f"7,5{NB}%", 7.5)
    P(a, f"6,8{NB}%", 6.8)
    D(a, "19.08.2043, 06h55", "2043-08-19T06:55", typ="TIME",
      note="*new*: 'Publié:' with the date in dots and the clock time after a comma")
    D(a, "mardi", "2043-08-18", nth=0, note="past: 'a publié mardi'")
    D(a, "premier semestre", "2043-H1", note="'au premier semestre': the half-year reported")
    D(a, "un an plus tôt", "2042-H1", opt=True, note="a comparison's period")
    D(a, "deuxième trimestre", "2043-Q2", note="'Au deuxième trimestre seul': the last quarter of the half-year")
    D(a, "second semestre", "2043-H2", note="future: 'soutiendront les ventes au second semestre'")
    D(a, "exercice", "2043", opt=True, note="'Pour l'ensemble de l'exercice': the current financial year")
    D(a, "fin de l'année", "2043", mod="END", note="'d'ici la fin de l'année'")
    D(a, "dollars au [semestre]", "2043-H1", opt=True, note="'au semestre': the half-year reported, written again")
    D(a, "2040", "2040", note="'En 2040, le groupe avait avalé'")
    D(a, "mardi", "2043-08-18", nth=1, note="'s'est envolée de 6,8 % mardi'")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'attendue depuis deux ans', inside marked words")
    D(a, "mars", "2044-03", note="future: 'doivent fermer ... d'ici mars' in an August article: next March")
    Q(a, f"{O}[Dans un marché qui recule, nous avons gagné des clients. Les Suisses achètent moins de canapés, mais ils les achètent chez nous]{C}",
      "direct", "a déclaré", (NP, NP, PER), gender="female",
      note="two sentences; the name in apposition to 'la directrice générale', after the cue")
    Q(a, "Selon elle, [la rentrée scolaire et la fin des travaux dans dix magasins soutiendront les ventes au second semestre].",
      "indirect", "[Selon] elle", ("Selon [elle]", NP, PER), gender="female", note="'Selon elle': the CEO of the sentence before")
    Q(a, f"[Pour l'ensemble de l'exercice, le groupe vise toujours une croissance organique de 3 à 5{NB}% et une marge EBIT d'au moins 7,5{NB}%], a-t-il",
      "indirect", "a-t-il indiqué", ("a-t-[il] indiqué", LM, ORG),
      note="*new*: an unmarked sentence before an inverted pronoun cue whose 'il' is 'le groupe', the sentence's subject: "
           "label ORG, canonical Lémanis, no gender (a company)")
    Q(a, f"Selon le directeur financier, {RB}, [cette sortie effacera une perte annuelle d'environ 8 millions de francs].",
      "indirect", "[Selon] le directeur", (RB, RB, PER), gender="male",
      note="'Selon <title>, X, <clause>': the name in apposition after the title")
    Q(a, "précisé que [le recul du dollar avait allégé les coûts d'achat de 12 millions de dollars au semestre].", "indirect",
      "a précisé", ("francs. [Il] a précisé", RB, PER), gender="male", note="'Il' is the CFO of the sentence before")
    Q(a, f"{O}[Le groupe récolte les fruits de sa restructuration. La sortie d'Allemagne était attendue depuis deux ans]{C}",
      "direct", "juge", (SM, SM, PER), gender="male", note="two sentences; a present-tense inverted cue before the name")
    Q(a, f"{O}[difficile à tenir]{C}", "direct", "estime", (f"[Un analyste de la {BCV}] estime", None, None), gender="male",
      note="'Un analyste de la Banque cantonale vaudoise estime toutefois que l'objectif de marge sera « ... » si ...': a "
           "clause partly marked, one direct quote for the marked words; an unnamed analyst, noun phrase, canonical null")
    Q(a, f"{O}[des bénéfices bâtis sur le dos des vendeuses]{C}", "direct", "a dénoncé", ("Unia", "Unia", ORG),
      note="marked words right after 'a dénoncé'; the union by name")
    Q(a, "rappelé que [les 140 employés concernés se verraient proposer un poste ailleurs dans le groupe].", "indirect",
      "a rappelé", (PC, PC, PER), gender="male", note="the name in apposition to 'Le président du conseil d'administration'")
    V(a, "result", "chiffre d'affaires", {"company": LM, "metric": "revenue", "amount": "1,38 milliard de francs",
                                          "change": f"4,6{NB}%", "period": "premier semestre"},
      note="'Son chiffre d'affaires a progressé de 4,6 % au premier semestre, à 1,38 milliard de francs': 'Son' is Lémanis")
    V(a, "result", "vente en ligne", {"company": LM, "metric": "revenue", "change": f"+17,3{NB}%"}, optional=True,
      note="'porté par la vente en ligne (+17,3 %)': a channel's rise without an amount, optional")
    V(a, "result", "bénéfice d'exploitation", {"company": LM, "metric": "operating_income",
                                               "amount": "96,2 millions de francs", "change": f"11{NB}%",
                                               "period": ("opt", "premier semestre")})
    V(a, "result", "marge EBIT", {"company": LM, "metric": "other", "change": "0,4 point",
                                  "period": ("opt", "premier semestre")}, optional=True,
      note="a margin's gain in points (a rate, no amount): optional, as in the earlier sets")
    V(a, "result", "bénéfice net", {"company": LM, "metric": "net_income", "amount": "71,5 millions",
                                    "period": ("opt", "premier semestre")},
      note="'Le bénéfice net atteint 71,5 millions, contre 63,8 millions un an plus tôt': the comparison is no argument")
    V(a, "result", "les [ventes] ont accéléré", {"company": LM, "metric": "revenue", "amount": "712 millions de francs",
                                                 "change": f"+5,9{NB}%", "period": "deuxième trimestre"},
      note="'Au deuxième trimestre seul, les ventes ont accéléré (+5,9 %), à 712 millions de francs'")
    V(a, "role", "directrice générale", {"person": NP, "title": "directrice générale", "organization": ("opt", LM)},
      note="'la directrice générale, X': the company of the article")
    V(a, "acquisition", "cession", {"target": WW, "buyer": KA, "seller": LM, "amount": "42 millions d'euros",
                                    "date": ("opt", "mardi"), "status": "announced"},
      note="'Lémanis a en outre annoncé la cession de sa filiale allemande X ... au groupe autrichien Y pour 42 millions "
           "d'euros. La transaction devrait être bouclée d'ici la fin de l'année': announced; the headline's 'cède' the "
           "same fact; the announcement day written in the lead only (optional)")
    V(a, "role", "directeur financier", {"person": RB, "title": "directeur financier", "organization": ("opt", LM)},
      note="'Selon le directeur financier, X': the company of the article")
    V(a, "result", "perte", {"company": WW, "metric": "loss", "amount": "8 millions de francs"}, optional=True,
      note="'cette sortie effacera une perte annuelle d'environ 8 millions de francs': the subsidiary's yearly loss inside a "
           "reported forecast, no period: optional")
    V(a, "acquisition", "avalé", {"target": CA, "buyer": LM, "amount": "115 millions de francs suisses", "date": "2040",
                                  "status": "done"},
      note="'En 2040, le groupe avait avalé le site genevois de vente en ligne X pour ...': figurative, done; 'le groupe' is "
           "Lémanis")
    V(a, "role", "analyste", {"person": SM, "title": "analyste", "organization": VT})
    V(a, "role", PCA, {"person": PC, "title": PCA, "organization": ("opt", LM)},
      note="'Le président du conseil d'administration, X': the company of the article")


# ---------------------------------------------------------------- Z4: a relegated Charleroi football club bought by an Abu Dhabi fund, told with figurative verbs; the seller, the fund's CEO, the coach, the supporters and the mayor (Belgian sports site, web)
def define_z4(B):
    def E(a, s, *r, **kw): B.E(a, _typo(s), *r, **kw)
    def M(a, s, *r, **kw): B.M(a, _typo(s), *r, **kw)
    def D(a, s, *r, **kw): B.D(a, _typo(s), *r, **kw)
    def P(a, s, *r, **kw): B.P(a, _typo(s), *r, **kw)
    def Q(a, text, kind, cue, speaker, **kw): B.Q(a, _typo(text), kind, _typo(cue), _typo(speaker), **kw)
    def V(a, typ, trigger, args, **kw): B.V(a, typ, _typo(trigger), _typo(args), **kw)
    O, C = "« ", " »"
    RS, SC, CSE, OM, STC, SPC = ("Royal Sambre FC", "Sarab Capital", "CD Serra da Estrela", "Olympique de Marseille",
                                 "Storm Carolo", "Stade du Pays de Charleroi")
    LD, MD, OAM, KB, TL, ND = ("Loïc Dumont", "Marc Delhaye", "Omar Al-Mansouri", "Karim Benhaddou", "Thierry Lambot",
                               "Nathalie Demeuse")
    text = (
        f"Football : un fonds d'Abou Dhabi met la main sur le {RS}\n"
        f"Par {LD} (avec Belga) – Publié le 09/07/2043 à 11:25\n\n"
        f"C'est officiel : le {RS} tombe dans l'escarcelle d'un fonds du Golfe. Le club carolo, relégué en Challenger "
        f"Pro League au printemps, a annoncé mercredi que le fonds émirati {SC} allait racheter 90 % de ses parts à son "
        f"propriétaire, l'homme d'affaires {MD}. Le prix n'a pas été dévoilé, mais il avoisinerait 25 millions d'euros, "
        "selon Belga. L'opération valoriserait ainsi le club autour de 28 millions. L'accord doit encore être validé par "
        f"la commission des licences de l'Union belge, qui se réunira le lundi 20 juillet. {SC} reprendra aussi une dette "
        "de 4 millions d'euros.\n\n"
        f"{MD}, qui s'était offert le club il y a dix ans pour un euro symbolique, garde 10 % du capital et devient "
        f"président d'honneur. {O}J'ai porté ce club à bout de bras pendant dix ans. Je n'avais plus les moyens de le "
        f"ramener en première division{C}, a confié l'homme d'affaires, la voix nouée. Le club a perdu 7,4 millions "
        "d'euros lors de la saison 2042-2043, pour un chiffre d'affaires de 16,2 millions.\n\n"
        f"{SC}, qui gère 6,5 milliards de dollars, avait déjà avalé en 2041 le club portugais {CSE}. Son directeur "
        f"général, {OAM}, promet un budget de 30 millions d'euros par saison. {O}Charleroi a une ville, un stade et un "
        f"centre de formation. Nous voulons être en Jupiler Pro League dans deux ans{C}, a-t-il déclaré jeudi lors d'une "
        f"conférence de presse au {SPC}. Le fonds a nommé {KB}, ancien directeur sportif de l'{OM}, administrateur "
        "délégué du club.\n\n"
        f"L'entraîneur {TL} a appris la nouvelle en même temps que ses joueurs. {O}Ce qu'on attend, c'est un mercato "
        f"rapide. Il nous manque au moins quatre joueurs pour viser la remontée{C}, a-t-il réagi jeudi matin, avant "
        f"l'entraînement. Selon lui, le club doit d'abord {O}garder ses meilleurs jeunes{C}.\n\n"
        f"Les supporters restent méfiants. {O}Nous ne voulons pas devenir la filiale belge d'un club portugais{C}, a "
        f"prévenu un porte-parole du groupe {STC}. Les supporters réclament un siège au conseil d'administration et le "
        f"gel du prix des abonnements pendant trois saisons. La bourgmestre de Charleroi, {ND}, s'est dite "
        f"{O}attentive{C} au maintien du club dans son stade, propriété de la Ville.")
    a = B.article("Z4-rachat-club-football-charleroi-fonds-abou-dhabi", "2043-07-09", _typo(text))
    for s, l, c, o in [(RS, ORG, None, False), (SC, ORG, None, False), (SPC, LOC, None, True), ("Abou Dhabi", LOC, None, False),
                       (LD, PER, None, False), ("Belga", ORG, None, False), ("Golfe", LOC, None, False),
                       ("Challenger Pro League", MISC, None, False), (MD, PER, None, False), ("Union belge", ORG, None, False),
                       (CSE, ORG, None, False), (OAM, PER, None, False), ("Charleroi", LOC, None, False),
                       ("Jupiler Pro League", MISC, None, False), (KB, PER, None, False), (OM, ORG, None, False),
                       (TL, PER, None, False), (STC, ORG, None, False), (ND, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("A Belgian sports site's web article: a headline opened by the section word 'Football' and a colon, "
                      "*new*: one line holding the byline with the agency in brackets, an en dash and the publication with a "
                      "numeric date in slashes and a clock time with a colon ('Par Loïc Dumont (avec Belga) – Publié le "
                      "09/07/2043 à 11:25'), no dateline. The reference date is that day (Thursday 9 July 2043): the club "
                      "announced the sale on Wednesday, the fund's press conference and the coach's words were on Thursday, "
                      "the licensing committee meets on Monday 20 July. Every apostrophe is the typographic one (U+2019); "
                      "ordinary spaces before '%', the colons and inside the guillemets; an en dash (U+2013) in the byline "
                      "line.")
    a["notes"].append("Entities: the coined club 'Royal Sambre FC' (headline and lead) and the coined fund 'Sarab Capital' "
                      "(three times) ORG; the coined Portuguese club 'CD Serra da Estrela', the coined supporters' group "
                      "'Storm Carolo', the agency 'Belga' (twice: the byline's brackets and 'selon Belga'), the federation "
                      "'Union belge' and the real club 'Olympique de Marseille' (one ORG, no separate 'Marseille') ORG; "
                      "the leagues 'Challenger Pro League' and 'Jupiler Pro League' (inside marked words) MISC (competitions); "
                      "'Abou Dhabi' (headline), 'Golfe' ('un fonds du Golfe', the region) and 'Charleroi' (inside marked "
                      "words and 'La bourgmestre de Charleroi') LOC; the stadium 'Stade du Pays de Charleroi' an optional LOC "
                      "(a facility; no separate 'Charleroi' inside); the author, the seller, the fund's CEO, the new club "
                      "CEO, the coach and the mayor PER (all invented). Not names: 'Football' (section word), 'Le club "
                      "carolo', 'le club', 'Le fonds', 'la commission des licences', 'la Ville' (the town's administration, "
                      "capitalised), 'Les supporters'; 'carolo', 'émirati', 'portugais', 'belge' are adjectives.")
    a["notes"].append("Quotes (8 required: 6 direct, 2 indirect). The club's announcement ('Le club carolo, relégué ..., a "
                      "annoncé mercredi que <clause>': speaker the noun 'club', canonical the club named in the sentence "
                      "before); the price told by the agency ('<sentence>, selon Belga'); the seller through a noun after "
                      "the cue ('« ... », a confié l'homme d'affaires, la voix nouée': two sentences, speaker 'homme "
                      "d'affaires', canonical the seller named before); the fund's CEO ('« ... », a-t-il déclaré jeudi': two "
                      "sentences, 'il' the CEO named in the sentence before); the coach ('« ... », a-t-il réagi jeudi "
                      "matin': two sentences) then *new* for this kind: 'Selon lui, le club doit d'abord « ... ».' (a "
                      "clause partly marked after 'Selon lui': one direct quote for the marked words, the final full stop "
                      "outside the marks); the supporters' spokesman ('a prévenu un porte-parole du groupe X': noun phrase, "
                      "canonical null); the mayor ('s'est dite « attentive » au maintien ...': one marked word, female "
                      "agreement). Not quotes: the headline, 'C'est officiel', 'promet un budget de ...' (a promise with a "
                      "noun-phrase object), 'Les supporters réclament un siège ...' (a demand with noun-phrase objects), "
                      "'a appris la nouvelle'.")
    a["notes"].append("Events (12 required, 1 optional). The takeover ('a annoncé mercredi que le fonds émirati X allait "
                      "racheter 90 % de ses parts à son propriétaire, l'homme d'affaires Y. ... il avoisinerait 25 millions "
                      "d'euros, selon Belga. ... L'accord doit encore être validé par la commission des licences': one "
                      "announced acquisition, trigger 'racheter', target the club named in the sentence before ('ses parts' "
                      "are the club's), seller the businessman (a person), stake '90 %', amount the reported price, date "
                      "'mercredi'; *new*: the figurative 'met la main sur' (headline) and 'tombe dans l'escarcelle d'un "
                      "fonds du Golfe' (lead, the buyer unnamed) are the same fact); the implied value in the journalist's "
                      "words ('L'opération valoriserait ainsi le club autour de 28 millions': a valuation event, bare amount "
                      "EUR); *new*: the seller's own purchase ten years before for a symbolic euro ('qui s'était offert le "
                      "club il y a dix ans pour un euro symbolique': done, buyer the person, amount 1 EUR, date 'il y a dix "
                      "ans'); the fund's earlier figurative purchase ('avait déjà avalé en 2041 le club portugais X': done); "
                      "the last season's results ('Le club a perdu 7,4 millions d'euros lors de la saison 2042-2043, pour un "
                      "chiffre d'affaires de 16,2 millions': loss (trigger 'perdu') and revenue, period optional: a season "
                      "over two years). Roles: 'devient président d'honneur' (organization optional: the club), 'Son "
                      "directeur général, X' ('Son' is the fund), 'X, ancien directeur sportif de l'Olympique de Marseille' "
                      "(a former post), 'administrateur délégué du club' (organization optional), 'L'entraîneur X' "
                      "(organization optional), 'La bourgmestre de Charleroi, X' (no organization, a town). Optional: 'son "
                      "propriétaire, l'homme d'affaires X' (ownership rather than a post). Not events: the 10 % kept, the "
                      "debt taken over, the budget promised, the supporters' demands.")
    a["notes"].append("Money: EUR '25 millions d'euros', '28 millions' (bare, after an amount in euros), '4 millions d'euros', "
                      "*new*: 'un euro' ('pour un euro symbolique': amount 1, the adjective outside), '7,4 millions "
                      "d'euros', '16,2 millions' (bare), '30 millions d'euros' ('par saison' outside); USD '6,5 milliards "
                      "de dollars'. 'quatre joueurs' is a count. Percentages: '90 %' (the stake bought), '10 %' (the stake "
                      "kept).")
    M(a, "25 millions d'euros", 25e6, "EUR")
    M(a, "28 millions", 28e6, "EUR")
    M(a, "4 millions d'euros", 4e6, "EUR")
    M(a, "un euro", 1, "EUR")
    M(a, "7,4 millions d'euros", 7.4e6, "EUR")
    M(a, "16,2 millions", 16.2e6, "EUR")
    M(a, "6,5 milliards de dollars", 6.5e9, "USD")
    M(a, "30 millions d'euros", 30e6, "EUR")
    P(a, "90 %", 90)
    P(a, "10 %", 10)
    D(a, "09/07/2043 à 11:25", "2043-07-09T11:25", typ="TIME", note="the publication in the byline line")
    D(a, "printemps", "2043-SP", note="past: 'relégué en Challenger Pro League au printemps' in a July article")
    D(a, "mercredi", "2043-07-08", note="past: 'a annoncé mercredi'")
    D(a, "lundi 20 juillet", "2043-07-20", note="future: 'qui se réunira le lundi 20 juillet'")
    D(a, "il y a dix ans", "2033", note="'qui s'était offert le club il y a dix ans', as 'il y a cinq ans' in the earlier sets")
    D(a, "pendant [dix ans]", "P10Y", typ="DURATION", note="'pendant dix ans', inside marked words")
    D(a, "saison 2042-2043", "2042", opt=True, note="a season over two years, as in the earlier sets")
    D(a, "2041", "2041", note="'avait déjà avalé en 2041'")
    D(a, "par saison", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "dans deux ans", "2045", opt=True, note="inside marked words, as 'dans deux ans' in the earlier sets")
    D(a, "jeudi", "2043-07-09", nth=0, note="'a-t-il déclaré jeudi': the publication day")
    D(a, "jeudi matin", "2043-07-09TMO", typ="TIME", opt=True, note="a part of the day with no clock time")
    D(a, "trois saisons", "P3Y", typ="DURATION", opt=True, note="seasons as a length")
    Q(a, f"a annoncé mercredi que [le fonds émirati {SC} allait racheter 90 % de ses parts à son propriétaire, l'homme d'affaires {MD}].",
      "indirect", "a annoncé", ("Le [club] carolo", RS, ORG),
      note="'Le club carolo, relégué ..., a annoncé mercredi que <clause>': the club named in the sentence before")
    Q(a, "[Le prix n'a pas été dévoilé, mais il avoisinerait 25 millions d'euros], selon", "indirect", "[selon] Belga",
      ("selon [Belga]", "Belga", ORG), note="a sentence before an inverted 'selon' with the agency by name")
    Q(a, f"{O}[J'ai porté ce club à bout de bras pendant dix ans. Je n'avais plus les moyens de le ramener en première division]{C}",
      "direct", "a confié", ("a confié l'[homme d'affaires]", MD, PER), gender="male",
      note="two sentences; a noun after the cue, canonical the seller named in the sentence before")
    Q(a, f"{O}[Charleroi a une ville, un stade et un centre de formation. Nous voulons être en Jupiler Pro League dans deux ans]{C}",
      "direct", "a-t-il déclaré", ("a-t-[il] déclaré", OAM, PER), gender="male",
      note="two sentences; 'il' is the fund's CEO named in the sentence before")
    Q(a, f"{O}[Ce qu'on attend, c'est un mercato rapide. Il nous manque au moins quatre joueurs pour viser la remontée]{C}",
      "direct", "a-t-il réagi", ("a-t-[il] réagi", TL, PER), gender="male", note="two sentences; 'il' is the coach")
    Q(a, f"{O}[garder ses meilleurs jeunes]{C}", "direct", "[Selon] lui", ("Selon [lui]", TL, PER), gender="male",
      note="'Selon lui, le club doit d'abord « ... ».': a clause partly marked, one direct quote for the marked words")
    Q(a, f"{O}[Nous ne voulons pas devenir la filiale belge d'un club portugais]{C}", "direct", "a prévenu",
      ("un [porte-parole] du groupe", None, None),
      note="an unnamed spokesman of the supporters' group: noun phrase, canonical null")
    Q(a, f"{O}[attentive]{C}", "direct", "s'est dite", (ND, ND, PER), gender="female",
      note="'La bourgmestre de Charleroi, X, s'est dite « attentive » au maintien ...': one marked word")
    V(a, "acquisition", "racheter", {"target": RS, "buyer": SC, "seller": MD, "stake": "90 %",
                                     "amount": "25 millions d'euros", "date": "mercredi", "status": "announced"},
      note="'a annoncé mercredi que le fonds émirati X allait racheter 90 % de ses parts à son propriétaire, ... Y': the "
           "federation's licensing committee still to approve: announced; the headline's 'met la main sur' and the lead's "
           "'tombe dans l'escarcelle d'un fonds du Golfe' the same fact")
    V(a, "role", "propriétaire", {"person": MD, "title": "propriétaire", "organization": ("opt", RS)}, optional=True,
      note="'son propriétaire, l'homme d'affaires X': ownership rather than a post, optional")
    V(a, "valuation", "valoriserait", {"company": RS, "amount": "28 millions"},
      note="'L'opération valoriserait ainsi le club autour de 28 millions': no funding event carries it")
    V(a, "acquisition", "offert", {"target": RS, "buyer": MD, "amount": "un euro", "date": "il y a dix ans",
                                   "status": "done"},
      note="'X, qui s'était offert le club il y a dix ans pour un euro symbolique': done, buyer a person")
    V(a, "role", "président d'honneur", {"person": MD, "title": "président d'honneur", "organization": ("opt", RS)},
      note="'devient président d'honneur': of the club")
    V(a, "result", "perdu", {"company": RS, "metric": "loss", "amount": "7,4 millions d'euros",
                             "period": ("opt", "saison 2042-2043")},
      note="'Le club a perdu 7,4 millions d'euros lors de la saison 2042-2043'")
    V(a, "result", "chiffre d'affaires", {"company": RS, "metric": "revenue", "amount": "16,2 millions",
                                          "period": ("opt", "saison 2042-2043")}, note="the same sentence")
    V(a, "acquisition", "avalé", {"target": CSE, "buyer": SC, "date": "2041", "status": "done"},
      note="'X, qui gère 6,5 milliards de dollars, avait déjà avalé en 2041 le club portugais Y': figurative, done")
    V(a, "role", "directeur général", {"person": OAM, "title": "directeur général", "organization": ("opt", SC)},
      note="'Son directeur général, X': 'Son' is the fund")
    V(a, "role", "directeur sportif", {"person": KB, "title": "directeur sportif", "organization": OM},
      note="'ancien directeur sportif de l'Olympique de Marseille': a former post")
    V(a, "role", "administrateur délégué", {"person": KB, "title": "administrateur délégué", "organization": ("opt", RS)},
      note="'Le fonds a nommé X, ..., administrateur délégué du club': the Belgian title for the chief executive")
    V(a, "role", "entraîneur", {"person": TL, "title": "entraîneur", "organization": ("opt", RS)})
    V(a, "role", "bourgmestre", {"person": ND, "title": "bourgmestre"}, note="a town's mayor: no organization")


# ---------------------------------------------------------------- A5: the French competition authority clears a supermarket takeover with a divestment and fines the buyer for gun jumping; a second cartel decision; reactions (French business site, web)
def define_a5(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "«" + NN, NN + "»"
    ADC, HY, NE, GP, PX, LMS, PD = ("Autorité de la concurrence", "Hyperval", "Néodis", "Guérin Participations", "Proxival",
                                    "Les Mousquetaires", "Primeurs Delorme")
    GLB, XL, HLG, CV = "Gaëlle Le Bihan", "Xavier Lemonnier", "Hervé Le Goff", "Claire Vautrin"
    text = (
        f"Concurrence : feu vert sous conditions au rachat d'{HY} par {NE}, sanctionné de 14 millions d'euros\n"
        f"Par {GLB} | 16 oct. 2043 à 06h30\n\n"
        f"L'{ADC} a autorisé jeudi le rachat de la chaîne de supermarchés bretonne {HY} par le distributeur rennais {NE}, "
        "à condition que ce dernier cède onze magasins. Mais elle a infligé dans le même temps une amende de 14 millions "
        f"d'euros à {NE} pour avoir pris le contrôle de sa cible avant d'en avoir reçu l'autorisation, une pratique dite "
        f"de {O}gun jumping{C}.\n\n"
        f"L'opération, annoncée en mars 2042, porte sur 100{NN}% du capital d'{HY}, cédé par la holding familiale {GP} "
        f"pour 610 millions d'euros. {HY}, qui exploite 64 supermarchés en Bretagne et en Pays de la Loire, a réalisé l'an "
        f"dernier un chiffre d'affaires de 1,9 milliard d'euros, en hausse de 3,2{NN}%. {NE} a réalisé 7,4 milliards "
        "d'euros de ventes en 2042.\n\n"
        f"Sans ces cessions, l'opération aurait entraîné des hausses de prix de 3 à 6{NN}% dans onze zones de chalandise, "
        f"selon l'Autorité. Les onze magasins, regroupés dans une filiale baptisée {PX}, seront repris par le groupement "
        f"{LMS}, qui exploite l'enseigne Intermarché. {O}Nous autorisons une opération utile aux consommateurs bretons. "
        f"Mais le contrôle des concentrations n'est pas une formalité{C}, a déclaré le président de l'Autorité, {XL}, lors "
        "d'une conférence de presse.\n\n"
        f"Selon la décision, {NE} a nommé ses propres directeurs dans les magasins d'{HY} et aligné leurs prix sur les "
        f"siens dès septembre 2042, treize mois avant le feu vert. Le PDG de {NE}, {HLG}, conteste{NN}: {O}Nous n'avons "
        f"jamais piloté {HY} avant l'autorisation. Cette amende est injuste et nous la contesterons devant le Conseil "
        f"d'État.{C} Le groupe a par ailleurs indiqué dans un communiqué que la finalisation du rachat interviendrait "
        "d'ici la fin du mois.\n\n"
        "Dans une décision distincte rendue mardi, l'Autorité a infligé 38,7 millions d'euros d'amendes à trois "
        "grossistes en fruits et légumes du marché de Rungis pour s'être entendus sur les prix entre 2037 et 2040. Le "
        f"principal, {PD}, qui devra payer 21 millions d'euros, a fait savoir qu'il ne ferait pas appel.\n\n"
        f"Pour l'UFC-Que Choisir, ces remèdes sont {O}très insuffisants{C} dans le Finistère, où le nouvel ensemble "
        f"contrôlera encore près de 40{NN}% du marché. La CFDT a demandé que les 820 salariés des magasins cédés gardent "
        f"leur ancienneté. Selon Me {CV}, avocate en droit de la concurrence, l'amende infligée à {NE} est la plus élevée "
        f"jamais prononcée en France pour ce motif. À la Bourse de Paris, l'action {NE} gagnait 2,1{NN}% vendredi matin.")
    a = B.article("A5-autorite-concurrence-rachat-supermarches-amende", "2043-10-16", text)
    for s, l, c, o in [(ADC, ORG, None, False), ("Autorité", ORG, ADC, False), (HY, ORG, None, False), (NE, ORG, None, False),
                       (GLB, PER, None, False), (GP, ORG, None, False), ("Bretagne", LOC, None, False),
                       ("Pays de la Loire", LOC, None, False), (PX, ORG, None, False), (LMS, ORG, None, False),
                       ("Intermarché", ORG, None, False), (XL, PER, None, False), (HLG, PER, None, False),
                       ("Conseil d'État", ORG, None, False), ("Rungis", LOC, None, False), (PD, ORG, None, False),
                       ("UFC-Que Choisir", ORG, None, False), ("Finistère", LOC, None, False), ("CFDT", ORG, None, False),
                       (CV, PER, None, False), ("France", LOC, None, False), ("Bourse de Paris", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("A French business site's web article: a headline opened by the section word 'Concurrence' and a colon, "
                      "a byline line with the author and, after a bar, the day with an abbreviated month and a clock time "
                      "('Par Gaëlle Le Bihan | 16 oct. 2043 à 06h30'), no dateline. The reference date is that day (Friday "
                      "16 October 2043): the authority's decision was published on Thursday, the cartel decision on "
                      "Tuesday, the share moved on Friday morning. Straight apostrophes; narrow no-break spaces (U+202F) "
                      "before '%', before the colon of 'conteste :' and inside the guillemets; ordinary spaces before the "
                      "headline's colon.")
    a["notes"].append("Entities: 'Autorité de la concurrence' (once) and 'l'Autorité' (three times, canonical the full name) "
                      "ORG; the coined chain 'Hyperval' (headline, and five more, once inside marked words), the coined "
                      "buyer 'Néodis' (headline and six more), the coined family holding 'Guérin Participations', the "
                      "coined subsidiary 'Proxival' and the coined wholesaler 'Primeurs Delorme' ORG; the retail group 'Les "
                      "Mousquetaires' (its article inside the name) and its banner 'Intermarché', the 'Conseil d'État' "
                      "(inside marked words), 'UFC-Que Choisir', 'CFDT' and 'Bourse de Paris' (real, invented facts) ORG; "
                      "'Bretagne', 'Pays de la Loire' (one LOC), 'Rungis' ('du marché de Rungis'), 'Finistère' and 'France' "
                      "LOC; the author, the authority's president, the CEO and the lawyer PER (all invented; 'Me' a title "
                      "left out). Not names: 'Concurrence' (section word), 'gun jumping' (a term), 'la décision', 'Le "
                      "groupe', 'le nouvel ensemble', 'Le principal'; 'bretonne', 'rennais', 'bretons' are adjectives.")
    a["notes"].append("Quotes (9 required: 3 direct, 6 indirect). The authority through 'selon l'Autorité' after an unmarked "
                      "sentence; its president ('« ... », a déclaré le président de l'Autorité, X': two sentences); its "
                      "decision ('Selon la décision, <clause>': speaker the noun 'décision', canonical the authority, as in "
                      "the twelfth set); *new*: the CEO through a present-tense verb and a colon before the marks ('Le PDG "
                      "de Néodis, X, conteste : « ... »': two sentences, the final full stop inside the marks, cue "
                      "'conteste'); the buyer ('Le groupe a par ailleurs indiqué dans un communiqué que <clause>': canonical "
                      "Néodis); the fined wholesaler ('Le principal, X, qui devra payer ..., a fait savoir qu'<clause>'); "
                      "the consumers' association with a clause partly marked ('Pour l'UFC-Que Choisir, ces remèdes sont « "
                      "... » dans ...': one direct quote for the marked words); the union ('a demandé que <clause>'); the "
                      "lawyer ('Selon Me X, avocate en droit de la concurrence, <clause>'). Not quotes: the headline, '« gun "
                      "jumping »' (a term between marks after 'une pratique dite de'), 'a autorisé jeudi le rachat' (a "
                      "decision with a noun-phrase object).")
    a["notes"].append("Events (6 required, 1 optional). The takeover cleared under conditions ('a autorisé jeudi le rachat de "
                      "la chaîne ... Hyperval par le distributeur rennais Néodis ... L'opération, annoncée en mars 2042, "
                      "porte sur 100 % du capital d'Hyperval, cédé par la holding familiale X pour 610 millions d'euros': "
                      "one acquisition, trigger the lead's 'rachat' (the headline's 'rachat' the same fact), target, buyer, "
                      "seller, stake '100 %', amount; status announced: cleared, the completion still to come 'd'ici la "
                      "fin du mois'; date optional: 'mars 2042' is the announcement, 'jeudi' the clearance); the remedy ('Les "
                      "onze magasins, regroupés dans une filiale baptisée Proxival, seront repris par le groupement Les "
                      "Mousquetaires': announced, target the subsidiary, buyer the group, seller Néodis optional). Results: "
                      "Hyperval's revenue 'l'an dernier' with its rise, Néodis's sales in 2042 ('Néodis a réalisé 7,4 "
                      "milliards d'euros de ventes en 2042': trigger 'ventes'). Roles: 'le président de l'Autorité, X' "
                      "(organization the authority), 'Le PDG de Néodis, X'; optional: 'Me X, avocate en droit de la "
                      "concurrence' (a lawyer, no organization, as in the earlier sets). Not events: the fines (14 and 38,7 "
                      "millions, Primeurs Delorme's 21 millions), the price rises the authority foresaw, the market share, "
                      "the appeal, the share move.")
    a["notes"].append("Money (all EUR): '14 millions d'euros' twice (headline, lead), '610 millions d'euros', '1,9 milliard "
                      "d'euros', '7,4 milliards d'euros', '38,7 millions d'euros', '21 millions d'euros'. 'onze magasins', "
                      "'64 supermarchés', '820 salariés' are counts. Percentages: '100 %' (the stake), '3,2 %' (a rise), "
                      "'3 à 6 %' (a range, value the first number), '40 %' ('près de' outside), '2,1 %' (the share move).")
    M(a, "14 millions d'euros", 14e6, "EUR", nth=0)
    M(a, "14 millions d'euros", 14e6, "EUR", nth=1)
    M(a, "610 millions d'euros", 610e6, "EUR")
    M(a, "1,9 milliard d'euros", 1.9e9, "EUR")
    M(a, "7,4 milliards d'euros", 7.4e9, "EUR")
    M(a, "38,7 millions d'euros", 38.7e6, "EUR")
    M(a, "21 millions d'euros", 21e6, "EUR")
    P(a, f"100{NN}%", 100)
    P(a, f"3,2{NN}%", 3.2)
    P(a, f"3 à 6{NN}%", 3)
    P(a, f"40{NN}%", 40)
    P(a, f"2,1{NN}%", 2.1)
    D(a, "16 oct. 2043 à 06h30", "2043-10-16T06:30", typ="TIME", note="the byline line: an abbreviated month and a clock time")
    D(a, "jeudi", "2043-10-15", note="past: 'a autorisé jeudi'")
    D(a, "mars 2042", "2042-03", note="'L'opération, annoncée en mars 2042'")
    D(a, "an dernier", "2042", note="'a réalisé l'an dernier'")
    D(a, "ventes en [2042]", "2042", note="'Néodis a réalisé 7,4 milliards d'euros de ventes en 2042'")
    D(a, "septembre 2042", "2042-09", note="'dès septembre 2042'")
    D(a, "treize mois", "P13M", typ="DURATION", note="'treize mois avant le feu vert'")
    D(a, "fin du mois", "2043-10", mod="END", note="'d'ici la fin du mois'")
    D(a, "mardi", "2043-10-13", note="past: 'Dans une décision distincte rendue mardi'")
    D(a, "2037", "2037", note="'entre 2037 et 2040': two points, as in the earlier sets")
    D(a, "2040", "2040", note="'entre 2037 et 2040'")
    D(a, "vendredi matin", "2043-10-16TMO", typ="TIME", opt=True, note="a part of the day with no clock time")
    Q(a, f"[Sans ces cessions, l'opération aurait entraîné des hausses de prix de 3 à 6{NN}% dans onze zones de chalandise], selon",
      "indirect", "[selon] l'Autorité", ("selon l'[Autorité]", ADC, ORG),
      note="a sentence before an inverted 'selon' with the authority by its short name")
    Q(a, f"{O}[Nous autorisons une opération utile aux consommateurs bretons. Mais le contrôle des concentrations n'est pas une formalité]{C}",
      "direct", "a déclaré", (XL, XL, PER), gender="male",
      note="two sentences; the name in apposition to 'le président de l'Autorité', after the cue")
    Q(a, f"Selon la décision, [{NE} a nommé ses propres directeurs dans les magasins d'{HY} et aligné leurs prix sur les siens dès septembre 2042, treize mois avant le feu vert].",
      "indirect", "[Selon] la décision", ("Selon la [décision]", ADC, ORG),
      note="'Selon la décision, <clause>': a document whose issuer the text names: canonical the authority")
    Q(a, f"{O}[Nous n'avons jamais piloté {HY} avant l'autorisation. Cette amende est injuste et nous la contesterons devant le Conseil d'État.]{C}",
      "direct", "conteste", (HLG, HLG, PER), gender="male",
      note="*new*: 'Le PDG de Néodis, X, conteste : « ... »': a present-tense verb and a colon before the marks; two "
           "sentences, the final full stop inside the marks")
    Q(a, "communiqué que [la finalisation du rachat interviendrait d'ici la fin du mois].", "indirect", "a par ailleurs [indiqué]",
      ("Le [groupe] a par ailleurs", NE, ORG), note="'Le groupe a ... indiqué dans un communiqué que <clause>': Néodis")
    Q(a, "savoir qu'[il ne ferait pas appel].", "indirect", "a fait savoir", (PD, PD, ORG),
      note="'Le principal, X, qui devra payer ..., a fait savoir qu'<clause>': the span starts after the elided 'qu''")
    Q(a, f"{O}[très insuffisants]{C}", "direct", "[Pour] l'UFC", ("UFC-Que Choisir", "UFC-Que Choisir", ORG),
      note="'Pour l'UFC-Que Choisir, ces remèdes sont « ... » dans ...': a clause partly marked, one direct quote")
    Q(a, "demandé que [les 820 salariés des magasins cédés gardent leur ancienneté].", "indirect", "a demandé",
      ("CFDT", "CFDT", ORG), note="'La CFDT a demandé que <clause>'")
    Q(a, f"Selon Me {CV}, avocate en droit de la concurrence, [l'amende infligée à {NE} est la plus élevée jamais prononcée en France pour ce motif].",
      "indirect", "[Selon] Me", (CV, CV, PER), gender="female", note="'Selon Me X, <apposition>, <clause>'")
    V(a, "acquisition", "autorisé jeudi le [rachat]", {"target": HY, "buyer": NE, "seller": GP, "stake": f"100{NN}%",
                                                       "amount": "610 millions d'euros", "date": ("opt", "mars 2042"),
                                                       "status": "announced"},
      note="'a autorisé jeudi le rachat de la chaîne ... X par le distributeur rennais Y ... L'opération, annoncée en mars "
           "2042, porte sur 100 % du capital d'X, cédé par la holding familiale Z pour 610 millions d'euros': cleared, "
           "completion 'd'ici la fin du mois': announced; the headline's 'rachat' the same fact")
    V(a, "result", "chiffre d'affaires", {"company": f"[{HY}], qui exploite", "metric": "revenue",
                                          "amount": "1,9 milliard d'euros", "change": f"3,2{NN}%", "period": "an dernier"})
    V(a, "result", "ventes", {"company": f"[{NE}] a réalisé", "metric": "revenue", "amount": "7,4 milliards d'euros",
                              "period": "ventes en [2042]"},
      note="'Néodis a réalisé 7,4 milliards d'euros de ventes en 2042'")
    V(a, "acquisition", "repris", {"target": PX, "buyer": LMS, "seller": ("opt", NE), "status": "announced"},
      note="'Les onze magasins, regroupés dans une filiale baptisée X, seront repris par le groupement Y': the remedy, "
           "announced, no price")
    V(a, "role", "le [président] de l'Autorité", {"person": XL, "title": "président", "organization": "président de l'[Autorité]"})
    V(a, "role", "PDG", {"person": HLG, "title": "PDG", "organization": f"Le PDG de [{NE}]"})
    V(a, "role", "avocate", {"person": CV, "title": "avocate"}, optional=True, note="a lawyer, optional as in the earlier sets")
