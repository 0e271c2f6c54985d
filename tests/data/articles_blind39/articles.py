"""The three articles of the thirty-ninth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind39`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, ':' and '!', inside the guillemets and in thousands in F4)
NN = "\u202f"    # narrow no-break space (before %, before 'M€' and inside the guillemets in D4)
AP = "\u2019"    # typographic apostrophe (every apostrophe of D4)


def define(B):
    define_d4(B)
    define_e4(B)
    define_f4(B)


def define_d4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    CA, KC, AT, KV, FT, HW, BE, HV, CI, EC, LE = ("Calorys", "Kaltberg Climate", "Alpes Transition", "Kima Ventures",
                                                  "Frigotec", "Heatwise", "Breakline Energy", "Helvetic Ventures",
                                                  "Cleantech Insider", "Enerlys Conseil", "Les Echos")
    CR, JF, IB, TN, AV = "Camille Roux", "Julien Ferrand", "Inès Belkacem", "Thomas Nguyen", "Anke Vogel"
    DIC = f"directeur de l{AP}ingénierie cloud"
    CDO = "cofondatrice et directrice des opérations"
    # ------------------------------------------------------------ D4: a Grenoble climate-tech start-up (industrial heat pumps) closes a series B led by a Munich fund beside two others, valuation from a paper, its seed round referred back ('Ce premier tour'), revenue growth, both cofounders, a CTO hired from a big-tech company, a small purchase, the lead investor, a Zurich rival's round in CHF, a consultancy (French tech news site)
    a = B.article("D4-serie-b-climate-tech-grenoble", "2040-03-13", (
        f"{CA} lève 38{NN}M€ pour décarboner la chaleur des usines\n"
        f"Par {CR} — Publié le 13 mars 2040 à 07h45\n\n"
        f"La start-up grenobloise {CA}, qui conçoit des pompes à chaleur capables de produire de la vapeur industrielle "
        f"sans brûler de gaz, a bouclé une série B de 38 millions d{AP}euros, a-t-elle annoncé mardi. Le tour est mené "
        f"par le fonds munichois {KC}, aux côtés de Bpifrance et du fonds régional {AT}. Selon {LE}, l{AP}opération "
        f"valorise la jeune pousse environ 160 millions d{AP}euros.\n\n"
        f"Fondée en 2035 par {JF} et {IB}, deux anciens ingénieurs du CEA, {CA} avait levé 6 millions d{AP}euros en "
        f"amorçage en 2037 auprès de {KV} et de business angels. Ce premier tour avait financé un démonstrateur installé "
        f"dans une sucrerie de l{AP}Aisne. Son chiffre d{AP}affaires a bondi de 180{NN}% l{AP}an dernier, à 4,2 millions "
        f"d{AP}euros.\n\n"
        f"{O}L{AP}industrie brûle encore du gaz pour produire de la vapeur. Nous savons le faire avec de l{AP}électricité "
        f"et réduire de 80{NN}% les émissions{C}, explique {JF}, président et cofondateur de {CA}. Il précise que la "
        f"moitié des fonds servira à construire une usine à Pont-de-Claix, qui doit sortir 200 machines par an dès 2042. "
        f"{O}On nous a proposé de vendre la technologie à un grand groupe. Nous voulons rester un industriel français{C}, "
        f"ajoute sa {CDO}, {IB}. Selon elle, les premières livraisons en série sont prévues au printemps 2041.\n\n"
        f"Pour industrialiser, la jeune pousse a débauché {TN}, jusqu{AP}ici {DIC} de Microsoft en Europe, qui devient "
        f"son chief technology officer. {O}J{AP}ai passé dix ans à optimiser des centres de données. Ici, chaque ligne de "
        f"code fait économiser du gaz{C}, confie-t-il. {CA} a par ailleurs racheté en janvier la PME savoyarde {FT}, "
        f"spécialiste de la maintenance frigorifique, pour un montant non communiqué.\n\n"
        f"{O}{CA} a de l{AP}avance technologique et, surtout, des clients qui paient{C}, souligne {AV}, associée chez "
        f"{KC}, qui rejoint le conseil d{AP}administration. Elle estime que le marché européen de la chaleur industrielle "
        f"électrique pourrait peser 15 milliards d{AP}euros par an d{AP}ici à 2045.\n\n"
        f"La concurrence s{AP}organise. Le zurichois {HW}, son principal rival, a levé CHF 80 millions en janvier auprès "
        f"du fonds américain {BE} et d{AP}{HV}, rappelle le site spécialisé {CI}. D{AP}après le cabinet {EC}, moins de "
        f"3{NN}% de la chaleur industrielle européenne est produite par des pompes à chaleur."))
    for s, l, c, o in [(CA, ORG, None, False), (CR, PER, None, False), (KC, ORG, None, False),
                       ("Bpifrance", ORG, None, False), (AT, ORG, None, False), (LE, ORG, None, False),
                       (JF, PER, None, False), (IB, PER, None, False), ("CEA", ORG, None, False), (KV, ORG, None, False),
                       ("Aisne", LOC, None, False), ("Pont-de-Claix", LOC, None, False), (TN, PER, None, False),
                       ("Microsoft", ORG, None, False), ("Europe", LOC, None, False), (FT, ORG, None, False),
                       (AV, PER, None, False), (HW, ORG, None, False), (BE, ORG, None, False), (HV, ORG, None, False),
                       (CI, ORG, None, False), (EC, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French tech news site copied as plain text: a headline with the amount in 'M€' "
                      "('Calorys lève 38 M€ pour ...', a narrow no-break space before the symbol), then *new*: one line "
                      "with the byline and the publication after an em dash ('Par Camille Roux — Publié le 13 mars 2040 "
                      "à 07h45'), no dateline. The reference date is that day (Tuesday 13 March 2040), the day of the "
                      "announcement ('a-t-elle annoncé mardi'). Every apostrophe is the typographic one (U+2019: "
                      "'d’euros', 'l’opération', 'l’Aisne', 'd’affaires', 'l’an dernier', 'L’industrie', 'l’électricité', "
                      "'jusqu’ici', 'l’ingénierie', 'J’ai', 'l’avance', 'd’administration', 'd’ici', 's’organise', "
                      "'d’Helvetic', 'D’après'); narrow no-break spaces (U+202F) before '%', before 'M€' and inside the "
                      "guillemets; *new* in a French article: Swiss francs with the ISO code in front ('CHF 80 millions').")
    a["notes"].append("Entities: the coined Grenoble start-up 'Calorys' (headline, lead, 'Calorys avait levé', 'cofondateur "
                      "de Calorys', 'Calorys a par ailleurs', inside the investor's marked words) is ORG; the coined lead "
                      "fund 'Kaltberg Climate' (twice), 'Bpifrance', the coined regional fund 'Alpes Transition', the paper "
                      "'Les Echos' (its article inside the name), 'CEA' (never spelled out), 'Kima Ventures', "
                      "'Microsoft', the coined Savoie firm 'Frigotec', the coined Zurich rival 'Heatwise', the coined US "
                      "fund 'Breakline Energy', the coined 'Helvetic Ventures' (after the elided 'd’'), the coined site "
                      "'Cleantech Insider' and the coined consultancy 'Enerlys Conseil' are ORG; 'Aisne' (after 'l’'), "
                      "'Pont-de-Claix' and 'Europe' ('de Microsoft en Europe') are LOC; the journalist, both cofounders, "
                      "the new CTO and the fund partner are PER (all invented). Not names: 'M€', 'série B', 'La start-up', "
                      "'la jeune pousse', 'Le tour', 'Ce premier tour', 'business angels', 'le conseil d’administration', "
                      "'chief technology officer'; 'grenobloise', 'munichois', 'savoyarde', 'zurichois', 'américain', "
                      "'européen(ne)', 'français' are adjectives.")
    a["notes"].append("Quotes (11 required: 4 direct, 7 indirect): the company through a pronoun in an inverted cue after an "
                      "unmarked clause ('<clause>, a-t-elle annoncé mardi': speaker 'elle', canonical Calorys, ORG); a "
                      "paper ('Selon Les Echos, <clause>'); the CEO named after the cue ('« ... », explique X, président et "
                      "cofondateur de Calorys': two sentences) then 'Il précise que <clause>'; *new*: the cofounder named "
                      "after a cue and a possessive noun phrase with joined titles ('« ... », ajoute sa cofondatrice et "
                      "directrice des opérations, X': the name speaks) then 'Selon elle, <clause>'; the new CTO through a "
                      "pronoun in an inverted cue ('« ... », confie-t-il', the man hired in the sentence before); the lead "
                      "investor ('« ... », souligne X, associée chez ...') then 'Elle estime que <clause>'; *new*: a "
                      "rival's round told before an inverted cue whose speaker is a site named after a noun phrase ('<clause>, "
                      "rappelle le site spécialisé Cleantech Insider'); a consultancy with 'D’après' ('D’après le cabinet "
                      "X, <clause>'). Not quotes: 'Le tour est mené par ...', 'Ce premier tour avait financé ...', 'Son "
                      "chiffre d’affaires a bondi ...', 'la jeune pousse a débauché X', 'qui rejoint le conseil', 'La "
                      "concurrence s’organise', the headline.")
    a["notes"].append("Events: funding: the series B (headline 'lève 38 M€', lead 'a bouclé une série B de 38 millions "
                      "d’euros ... Le tour est mené par le fonds munichois X, aux côtés de Bpifrance et du fonds régional "
                      "Y. Selon Les Echos, l’opération valorise la jeune pousse environ 160 millions d’euros'): one funding "
                      "event, trigger 'bouclé', round 'série B', the three investors ('mené par' and 'aux côtés de' alike), "
                      "the valuation from the paper's clause (no separate valuation event), date 'mardi'; the seed round "
                      "('Calorys avait levé 6 millions d’euros en amorçage en 2037 auprès de Kima Ventures et de business "
                      "angels. Ce premier tour ...': round 'amorçage', one named investor, the angels no entity, year "
                      "2037); *new*: the rival's round in Swiss francs told by a site ('Le zurichois Heatwise ... a levé "
                      "CHF 80 millions en janvier auprès du fonds américain X et d’Y': company Heatwise, two investors, date "
                      "2040-01). Result: 'Son chiffre d’affaires a bondi de 180 % l’an dernier, à 4,2 millions d’euros' "
                      "('Son' is Calorys, change 180, period 2039). Acquisition: 'Calorys a par ailleurs racheté en "
                      "janvier la PME savoyarde Frigotec ..., pour un montant non communiqué' (done, no amount). Roles: 'X, "
                      "président et cofondateur de Calorys' (two joined titles as written, organization required), *new*: "
                      "'sa cofondatrice et directrice des opérations, X' (joined titles, organization optional: 'sa' is "
                      "the company or its CEO), 'X, jusqu’ici directeur de l’ingénierie cloud de Microsoft en Europe' (the "
                      "post held until now, organization required) and 'qui devient son chief technology officer' (*new*: "
                      "an English title as written; 'son' is Calorys: organization optional), 'X, associée chez Kaltberg "
                      "Climate'. Not events: 'Fondée en 2035 par X et Y' (founders told by a verb, no title), 'deux "
                      "anciens ingénieurs du CEA' (a former post with no one named alone), the plant to build, the board "
                      "seat, the market forecast, the consultancy's share, the headline (the same round).")
    a["notes"].append("Money: euros EUR: the headline's '38 M€' (a narrow no-break space inside the span) and the lead's "
                      "'38 millions d’euros', two items; the valuation '160 millions d’euros'; the seed '6 millions "
                      "d’euros'; the revenue '4,2 millions d’euros'; the market forecast '15 milliards d’euros' (inside "
                      "the investor's reported clause); francs CHF: 'CHF 80 millions'. '200 machines', 'dix ans' are not "
                      "money. Percentages: the revenue rise '180 %', the emissions cut '80 %' (inside the CEO's marked "
                      "words), the consultancy's 'moins de 3 %' (span '3 %').")
    a["notes"].append("Dates: the byline line's '13 mars 2040 à 07h45' one TIME, 2040-03-13T07:45; 'a-t-elle annoncé "
                      "mardi' the publication day; 'Fondée en 2035', 'en 2037' the years; 'l’an dernier' 2039 (span 'an "
                      "dernier'); 'dès 2042' (inside the CEO's reported clause) the year; 'au printemps 2041' (inside the "
                      "cofounder's reported clause) span 'printemps 2041', 2041-SP; 'dix ans' (inside marked words) P10Y; "
                      "'en janvier' twice (the purchase and the rival's round, both past in March) 2040-01, two items; "
                      "'d’ici à 2045' the year. Optional: 'par an' twice (rates, SET P1Y).")
    M(a, f"38{NN}M€", 38e6, "EUR")
    M(a, f"38 millions d{AP}euros", 38e6, "EUR")
    M(a, f"160 millions d{AP}euros", 160e6, "EUR")
    M(a, f"6 millions d{AP}euros", 6e6, "EUR")
    M(a, f"4,2 millions d{AP}euros", 4.2e6, "EUR")
    M(a, f"15 milliards d{AP}euros", 15e9, "EUR")
    M(a, "CHF 80 millions", 80e6, "CHF")
    P(a, f"180{NN}%", 180)
    P(a, f"80{NN}%", 80)
    P(a, f"3{NN}%", 3)
    D(a, "13 mars 2040 à 07h45", "2040-03-13T07:45", typ="TIME",
      note="*new*: the byline and the publication line on one line after an em dash")
    D(a, "mardi", "2040-03-13", note="'a-t-elle annoncé mardi': the publication day")
    D(a, "2035", "2035", note="'Fondée en 2035'")
    D(a, "2037", "2037", note="'en amorçage en 2037'")
    D(a, "an dernier", "2039", note="'Son chiffre d’affaires a bondi de 180 % l’an dernier'")
    D(a, "par an", "P1Y", typ="SET", nth=0, opt=True, note="a rate ('200 machines par an')")
    D(a, "2042", "2042", note="'dès 2042', inside the CEO's reported clause")
    D(a, "printemps 2041", "2041-SP", note="'prévues au printemps 2041', inside the cofounder's reported clause")
    D(a, "dix ans", "P10Y", typ="DURATION", note="'J’ai passé dix ans', inside the CTO's marked words")
    D(a, "janvier", "2040-01", nth=0, note="past: 'a par ailleurs racheté en janvier'")
    D(a, "par an", "P1Y", typ="SET", nth=1, opt=True, note="a rate ('15 milliards d’euros par an')")
    D(a, "2045", "2045", note="'d’ici à 2045', inside the investor's reported clause")
    D(a, "janvier", "2040-01", nth=1, note="past: 'a levé CHF 80 millions en janvier'")
    Q(a, f"[La start-up grenobloise {CA}, qui conçoit des pompes à chaleur capables de produire de la vapeur industrielle sans brûler de gaz, a bouclé une série B de 38 millions d{AP}euros], a-t-elle",
      "indirect", "a-t-elle annoncé", ("a-t-[elle] annoncé", CA, ORG),
      note="an unmarked clause before an inverted cue whose pronoun stands for the company (no gender for an organization)")
    Q(a, f"Selon {LE}, [l{AP}opération valorise la jeune pousse environ 160 millions d{AP}euros].", "indirect",
      f"[Selon] {LE}", (LE, LE, ORG), note="'Selon <paper>, <clause>'")
    Q(a, f"{O}[L{AP}industrie brûle encore du gaz pour produire de la vapeur. Nous savons le faire avec de l{AP}électricité et réduire de 80{NN}% les émissions]{C}",
      "direct", "explique", (JF, JF, PER), gender="male",
      note="two sentences in one pair of marks; the name after the cue, 'président et cofondateur de Calorys' in apposition")
    Q(a, "précise que [la moitié des fonds servira à construire une usine à Pont-de-Claix, qui doit sortir 200 machines par an dès 2042].",
      "indirect", "précise", ("[Il] précise", JF, PER), gender="male", note="'Il' is the CEO of the sentence before")
    Q(a, f"{O}[On nous a proposé de vendre la technologie à un grand groupe. Nous voulons rester un industriel français]{C}",
      "direct", "ajoute", (IB, IB, PER), gender="female",
      note="*new*: 'ajoute sa cofondatrice et directrice des opérations, X': the name after a possessive noun phrase "
           "with joined titles")
    Q(a, "Selon elle, [les premières livraisons en série sont prévues au printemps 2041].", "indirect", "[Selon] elle",
      ("Selon [elle], les", IB, PER), gender="female", note="a pronoun after 'Selon': the cofounder")
    Q(a, f"{O}[J{AP}ai passé dix ans à optimiser des centres de données. Ici, chaque ligne de code fait économiser du gaz]{C}",
      "direct", "confie-t-il", ("confie-t-[il]", TN, PER), gender="male",
      note="a pronoun in an inverted cue: the CTO hired in the sentence before")
    Q(a, f"{O}[{CA} a de l{AP}avance technologique et, surtout, des clients qui paient]{C}", "direct", "souligne",
      (AV, AV, PER), gender="female", note="the name after the cue, 'associée chez Kaltberg Climate' in apposition")
    Q(a, f"estime que [le marché européen de la chaleur industrielle électrique pourrait peser 15 milliards d{AP}euros par an d{AP}ici à 2045].",
      "indirect", "estime", ("[Elle] estime", AV, PER), gender="female", note="'Elle' is the fund partner")
    Q(a, f"[Le zurichois {HW}, son principal rival, a levé CHF 80 millions en janvier auprès du fonds américain {BE} et d{AP}{HV}], rappelle",
      "indirect", "rappelle", (CI, CI, ORG),
      note="*new*: a sentence before an inverted cue whose subject is a site named after the noun 'le site spécialisé'")
    Q(a, f"D{AP}après le cabinet {EC}, [moins de 3{NN}% de la chaleur industrielle européenne est produite par des pompes à chaleur].",
      "indirect", f"[D{AP}après] le cabinet", (EC, EC, ORG), note="'D’après <consultancy>, <clause>'")
    V(a, "funding", "bouclé", {"company": f"grenobloise [{CA}], qui", "amount": f"38 millions d{AP}euros",
                               "round": "série B", "investors": [KC, "Bpifrance", AT],
                               "valuation": f"160 millions d{AP}euros", "date": "mardi"},
      note="the headline's 'lève 38 M€' states the same round; investors ('mené par', 'aux côtés de') and the valuation "
           "(from the paper) in the next two sentences")
    V(a, "funding", "levé", {"company": f"[{CA}] avait levé", "amount": f"6 millions d{AP}euros", "round": "amorçage",
                             "investors": [KV], "date": "2037"}, nth=0,
      note="the seed round, referred back to as 'Ce premier tour'; the business angels are no entity")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"[{CA}] avait levé", "metric": "revenue",
                                              "amount": f"4,2 millions d{AP}euros", "change": f"180{NN}%",
                                              "period": "an dernier"},
      note="'Son chiffre d’affaires a bondi de 180 % l’an dernier, à 4,2 millions d’euros': 'Son' is Calorys")
    V(a, "role", "président et cofondateur", {"person": JF, "title": "président et cofondateur",
                                              "organization": f"cofondateur de [{CA}]. Il"},
      note="'X, président et cofondateur de Calorys': two joined titles, as written")
    V(a, "role", CDO, {"person": IB, "title": CDO, "organization": ("opt", f"cofondateur de [{CA}]. Il")},
      note="'sa cofondatrice et directrice des opérations, X': joined titles; 'sa' is the company (or its CEO)")
    V(a, "role", DIC, {"person": TN, "title": DIC, "organization": "Microsoft"},
      note="'X, jusqu’ici directeur de l’ingénierie cloud de Microsoft en Europe': the post held until now")
    V(a, "role", "chief technology officer", {"person": TN, "title": "chief technology officer",
                                              "organization": ("opt", f"cofondateur de [{CA}]. Il")},
      note="*new*: 'qui devient son chief technology officer': an English title as written, the new post; 'son' is Calorys")
    V(a, "acquisition", "racheté", {"target": FT, "buyer": f"[{CA}] a par ailleurs", "date": "janvier", "status": "done"},
      note="'Calorys a par ailleurs racheté en janvier la PME savoyarde Frigotec ..., pour un montant non communiqué'")
    V(a, "role", "associée", {"person": AV, "title": "associée", "organization": f"chez [{KC}], qui"},
      note="'X, associée chez Kaltberg Climate'")
    V(a, "funding", "levé", {"company": HW, "amount": "CHF 80 millions", "investors": [BE, HV],
                             "date": "[janvier] auprès du fonds"}, nth=1,
      note="*new*: a rival's round in Swiss francs told by a site: 'Le zurichois Heatwise ... a levé CHF 80 millions en "
           "janvier auprès du fonds américain X et d’Y'")


def define_e4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (Quebec style)
    CB, LU, BT, AMF, CDPQ, LP, BC, DB, TAMF, STL, VMD, EP = (
        "Corbridge Industries", "Lumenor", "Bourse de Toronto", "Autorité des marchés financiers",
        "Caisse de dépôt et placement du Québec", "La Presse", "Bellerive Capital", "Dufresne Bélanger",
        "Tribunal administratif des marchés financiers", "Syndicat des travailleurs de Lumenor",
        "Valeurs mobilières Desjardins", "Éclairages Poulin")
    MEG, ITR, DW, CDu, PEF, SB, JFG, NCl = ("Marie-Ève Gagnon", "Isabelle Tremblay-Roy", "Daniel Whitmore",
                                           "Catherine Dubé", "Paul-Émile Fortin", "Sylvain Bédard",
                                           "Jean-François Gauthier", "Nadia Cloutier")
    PCD = "présidente et chef de la direction"
    # ------------------------------------------------------------ E4: a US group's hostile takeover bid for a Trois-Rivières listed lighting maker (price per share, premium, total), the board's rejection, a stake already bought on the market, the CEO, the bidder's CEO and revenue, the target's results and an earlier purchase, a pension fund holding 14,2 %, a white knight envisaged, the regulator, two lawyers, the union, the economy minister, an analyst (Quebec business site)
    a = B.article("E4-opa-hostile-eclairage-trois-rivieres", "2040-04-17", (
        f"OPA hostile : l'américain Corbridge veut s'offrir {LU} pour 450 M$\n"
        f"Par {MEG}, collaboration spéciale\n"
        "17 avril 2040 à 16 h 15\n\n"
        f"L'industriel américain {CB} a déposé lundi une offre publique d'achat (OPA) "
        f"hostile sur la totalité des actions de {LU}, le spécialiste trifluvien de l'éclairage DEL inscrit à la {BT}. "
        "Corbridge offre 18,75 $ comptant par action, soit une prime de 41 % sur le cours de clôture de vendredi, ce qui "
        "représente environ 450 M$. L'offre, qui restera ouverte 105 jours, est conditionnelle au dépôt de plus de 50 % "
        f"des actions. L'{AMF} (AMF) a confirmé avoir reçu la note d'information de Corbridge.\n\n"
        f"Le conseil d'administration de {LU} a rejeté l'offre à l'unanimité dès lundi. Il la juge {O}en deçà de la "
        f"valeur de l'entreprise{C}. {O}Corbridge veut acheter {LU} au creux du cycle, au moment où nos "
        f"investissements commencent à rapporter. Nos actionnaires ne seront pas dupes{C}, a déclaré la {PCD} de {LU}, "
        f"{ITR}. Elle a ajouté que la société avait adopté un régime de droits des actionnaires pour se donner le temps "
        f"d'{O}étudier toutes les solutions{C}.\n\n"
        f"{LU} a réalisé en 2039 des revenus de 612,4 M$, en hausse de 8 %, et un bénéfice net de 41,3 M$. L'entreprise, "
        f"qui emploie 1 150 personnes, avait acquis en 2038 la PME beauceronne {EP} pour 12 millions de dollars "
        "canadiens.\n\n"
        f"{O}Notre offre est en espèces et elle est juste. Les actionnaires de {LU} doivent pouvoir se "
        f"prononcer{C}, a répliqué le chef de la direction de Corbridge, {DW}. Le "
        "groupe de Pittsburgh, dont les revenus ont atteint 3,8 milliards de dollars américains l'an dernier, détient "
        f"déjà 9,9 % de {LU}, acquis en Bourse depuis janvier.\n\n"
        f"La {CDPQ} (CDPQ), actionnaire de {LU} à hauteur de 14,2 %, détient la clé. Un porte-parole "
        f"de la Caisse a indiqué qu'elle {O}analysera l'offre avec rigueur{C}. Selon {LP}, le fonds montréalais {BC} "
        "envisage une contre-offre autour de 21 $ par action. Aucune offre "
        "concurrente n'a toutefois été déposée.\n\n"
        f"Me {CDu}, associée du cabinet {DB}, qui conseille {LU}, a indiqué que la société contesterait devant le {TAMF} "
        f"toute demande de levée du régime de droits. L'avocat de Corbridge, Me {PEF}, juge au contraire "
        f"que ce régime {O}ne tiendra pas plus de quelques semaines{C}.\n\n"
        f"{O}Les Américains ferment ce qu'ils achètent. On l'a déjà vu "
        f"ailleurs{C}, lance le président du {STL} (CSN), {SB}. Le ministre de l'Économie, {JFG}, a fait savoir que le "
        "gouvernement tenait à ce que le siège social reste en Mauricie.\n\n"
        f"{O}À 18,75 $, Corbridge paie le bas du cycle. Une contre-offre au-dessus de 20 $ me semble probable{C}, estime "
        f"{NCl}, analyste chez {VMD}. Mardi, l'action de {LU} bondissait de 47 %, à 19,62 $."))
    for s, l, c, o in [(STL, ORG, None, False), (CDPQ, ORG, None, False), (AMF, ORG, None, False), (TAMF, ORG, None, False),
                       (CB, ORG, None, False), ("Corbridge", ORG, CB, False), (LU, ORG, None, False), (MEG, PER, None, False),
                       (BT, ORG, None, False), ("AMF", ORG, AMF, False), ("CDPQ", ORG, CDPQ, False),
                       ("Caisse", ORG, CDPQ, False), (LP, ORG, None, False), (BC, ORG, None, False), (DB, ORG, None, False),
                       (EP, ORG, None, False), (VMD, ORG, None, False), ("CSN", ORG, None, False), (ITR, PER, None, False),
                       (DW, PER, None, False), (CDu, PER, None, False), (PEF, PER, None, False), (SB, PER, None, False),
                       (JFG, PER, None, False), (NCl, PER, None, False), ("Pittsburgh", LOC, None, False),
                       ("Mauricie", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Quebec business news site copied as plain text: a headline opened by a section "
                      "phrase and a colon ('OPA hostile : l'américain Corbridge veut s'offrir Lumenor pour 450 M$'), then "
                      "*new*: a byline line with the Quebec press's 'collaboration spéciale' after a comma ('Par Marie-Ève "
                      "Gagnon, collaboration spéciale') and a bare line holding the date and a Quebec clock time ('17 avril "
                      "2040 à 16 h 15'), no dateline. The reference date is that day (Tuesday 17 April 2040); the bid was "
                      "filed the day before ('a déposé lundi'). Straight apostrophes; ordinary spaces (Quebec style) "
                      "before '%', before '$' and 'M$', before the headline's colon, inside the guillemets and in the "
                      "count '1 150 personnes'; amounts in 'M$' and '$' (Canadian dollars), in words ('12 millions de "
                      "dollars canadiens') and *new* US dollars written out in a Quebec article ('3,8 milliards de dollars "
                      "américains').")
    a["notes"].append("Entities: the coined US bidder 'Corbridge Industries' (lead) and its short form 'Corbridge' (headline, "
                      "'Corbridge offre', 'la note d'information de Corbridge', inside the CEO's and the analyst's marked "
                      "words, 'de la direction de Corbridge', 'L'avocat de Corbridge': canonical the full name); the coined "
                      "Trois-Rivières target 'Lumenor' (headline, lead and nine more; inside the coined union's name no "
                      "separate mention); the exchange 'Bourse de Toronto' (one ORG, no separate 'Toronto'), the regulator "
                      "'Autorité des marchés financiers' and 'AMF' (in brackets), the pension fund 'Caisse de dépôt et "
                      "placement du Québec' (one ORG, no separate 'Québec'), 'CDPQ' (in brackets) and *new* its short "
                      "form 'la Caisse' (canonical the full name), the paper 'La Presse', the coined Montréal fund "
                      "'Bellerive Capital', the coined law firm 'Dufresne Bélanger' (after 'du cabinet'), the tribunal "
                      "'Tribunal administratif des marchés financiers', the coined 'Syndicat des travailleurs de Lumenor' "
                      "(a named union: one ORG), the confederation 'CSN' (in brackets after the union: its affiliation, "
                      "not its acronym), the coined Beauce firm 'Éclairages Poulin', the broker 'Valeurs mobilières "
                      "Desjardins' (after 'chez', one ORG) are ORG; 'Pittsburgh' ('Le groupe de Pittsburgh') "
                      "and 'Mauricie' are LOC; the journalist, the target's CEO, the bidder's CEO, the two "
                      "lawyers ('Me X': span without 'Me'), the union president, the minister and the analyst are PER (all "
                      "invented). Not names: 'OPA', 'DEL', '$', 'M$', 'Bourse' alone ('acquis en Bourse'), 'Le conseil "
                      "d'administration', 'la société', 'L'entreprise', 'Le groupe de Pittsburgh', 'le gouvernement', "
                      "'Les Américains' (inside marked words, a demonym), 'Économie' inside the title; 'américain', "
                      "'trifluvien' (of Trois-Rivières), 'beauceronne', 'montréalais' are adjectives.")
    a["notes"].append("Quotes (12 required: 8 direct, 4 indirect): the regulator after an infinitive ('L'Autorité des "
                      "marchés financiers (AMF) a confirmé avoir reçu <object>': the span from the infinitive); the board "
                      "through a pronoun with marked words after a verb of judgment ('Il la juge « ... »': speaker 'Il', "
                      "canonical Lumenor, ORG, as 'La direction la juge' in the thirty-third set: the board speaks for the "
                      "company); the target's CEO with a Quebec title ('« ... », a déclaré la présidente et chef de la "
                      "direction de Lumenor, X': two sentences) then her clause partly marked after an elided 'd'' ('Elle "
                      "a ajouté que ... le temps d'« étudier toutes les solutions »': one direct quote for the marked "
                      "words); the bidder's CEO ('« ... », a répliqué le chef de la direction de Corbridge, X'); an unnamed "
                      "spokesman of the pension fund with a clause partly marked ('Un porte-parole de la Caisse a indiqué "
                      "qu'elle « ... »': noun phrase without its article, canonical null); the white knight reported by a "
                      "paper ('Selon La Presse, <clause>'); the target's lawyer named before the cue ('Me X, associée du "
                      "cabinet Y, qui conseille Lumenor, a indiqué que <clause>') and the bidder's lawyer with a clause "
                      "partly marked ('juge au contraire que ce régime « ... »'); the union president ('« ... », lance le "
                      "président du Syndicat ... (CSN), X'); the minister quoted indirectly ('a fait savoir que "
                      "<clause>'); the analyst ('« ... », estime X, analyste chez Y'). Not quotes: the headline, 'a "
                      "déposé lundi une offre', 'Corbridge offre 18,75 $' (an offer), 'a rejeté l'offre' (an act), 'est "
                      "conditionnelle', 'détient la clé', 'Aucune offre concurrente n'a toutefois été "
                      "déposée'.")
    a["notes"].append("Events: acquisitions, with their status: the hostile bid (headline 'veut s'offrir Lumenor pour 450 "
                      "M$', lead 'a déposé lundi une offre publique d'achat (OPA) hostile sur la totalité des actions de "
                      "Lumenor ... ce qui représente environ 450 M$'): announced (a bid filed, open 105 days, rejected by "
                      "the board, as in the thirty-third set), trigger 'offre publique d'achat', buyer Corbridge, amount "
                      "the total (the price per share, the premium and the tender condition no arguments), date 'lundi'; "
                      "*new*: the stake already bought on the market ('détient déjà 9,9 % de Lumenor, acquis en Bourse "
                      "depuis janvier'): a separate done acquisition, trigger 'acquis', stake 9,9, buyer Corbridge through "
                      "'Le groupe de Pittsburgh', date optional (since January); the white knight ('Selon La Presse, le "
                      "fonds montréalais Bellerive Capital envisage une contre-offre autour de 21 $ par action ... Aucune "
                      "offre concurrente n'a toutefois été déposée'): planned, trigger 'contre-offre', no amount (a price "
                      "per share); the target's earlier purchase ('L'entreprise ... avait acquis en 2038 la PME beauceronne "
                      "Éclairages Poulin pour 12 millions de dollars canadiens'): done, buyer Lumenor through "
                      "'L'entreprise'. Results: the target's 2039 revenue ('Lumenor a réalisé en 2039 des revenus de 612,4 "
                      "M$, en hausse de 8 %') and net profit in the same sentence (period optional, the year written "
                      "once); the bidder's revenue in a relative clause ('Le groupe de Pittsburgh, dont les revenus ont "
                      "atteint 3,8 milliards de dollars américains l'an dernier'). Roles: 'la présidente et chef de la "
                      "direction de Lumenor, X' (the Quebec CEO title, two joined titles as written), 'le chef de la "
                      "direction de Corbridge, X', 'Me X, associée du cabinet Dufresne Bélanger' (a post in a law firm, "
                      "organization required), 'le président du Syndicat des travailleurs de Lumenor (CSN), X' (title "
                      "'président', organization the union), 'Le ministre de l'Économie, X' (no organization), 'X, "
                      "analyste chez Valeurs mobilières Desjardins'; optional: 'L'avocat de Corbridge, Me X' (counsel of "
                      "a party, as the lawyers of the earlier sets). Not events: the pension fund's holding ('actionnaire "
                      "de Lumenor à hauteur de 14,2 %': a holding, no purchase told), the rights plan, the tribunal "
                      "challenge, the share move, the headline (the same bid).")
    a["notes"].append("Money: Canadian dollars CAD: the headline's and the lead's '450 M$' (two items), the offer price "
                      "'18,75 $' (twice, the second inside the analyst's marked words; 'par action' outside the spans), "
                      "the revenue '612,4 M$', the profit '41,3 M$', the earlier purchase '12 millions de dollars "
                      "canadiens', the counter-bid's '21 $', the analyst's '20 $', the share price '19,62 $'; US dollars "
                      "USD: the bidder's revenue '3,8 milliards de dollars américains'. '1 150 personnes' is a count. "
                      "Percentages: the premium '41 %', the tender condition 'plus de 50 %' (span '50 %'), the revenue "
                      "rise '8 %', the bidder's stake '9,9 %', the pension fund's holding '14,2 %', the share jump '47 %'.")
    a["notes"].append("Dates: the line '17 avril 2040 à 16 h 15' one TIME, 2040-04-17T16:15 (a Quebec clock time); 'lundi' "
                      "twice (the bid, 'dès lundi' the rejection) the day before the Tuesday publication, 2040-04-16, two "
                      "items; 'le cours de clôture de vendredi' 2040-04-13; 'ouverte 105 jours' span '105 jours', P105D; "
                      "'en 2039', 'en 2038' the years; 'l'an dernier' 2039 (span 'an dernier'); 'depuis janvier' 2040-01; "
                      "'Mardi' (the share move) the publication day. Optional: 'quelques semaines' (inside marked words, a "
                      "vague duration PXW).")
    M(a, "450 M$", 450e6, "CAD", nth=0)
    M(a, "18,75 $", 18.75, "CAD", nth=0)
    M(a, "450 M$", 450e6, "CAD", nth=1)
    M(a, "612,4 M$", 612.4e6, "CAD")
    M(a, "41,3 M$", 41.3e6, "CAD")
    M(a, "12 millions de dollars canadiens", 12e6, "CAD")
    M(a, "3,8 milliards de dollars américains", 3.8e9, "USD")
    M(a, "21 $", 21, "CAD")
    M(a, "18,75 $", 18.75, "CAD", nth=1)
    M(a, "20 $", 20, "CAD")
    M(a, "19,62 $", 19.62, "CAD")
    P(a, "41 %", 41)
    P(a, "50 %", 50)
    P(a, "8 %", 8)
    P(a, "9,9 %", 9.9)
    P(a, "14,2 %", 14.2)
    P(a, "47 %", 47)
    D(a, "17 avril 2040 à 16 h 15", "2040-04-17T16:15", typ="TIME",
      note="*new*: a bare line holding the date and a Quebec clock time, under the byline")
    D(a, "lundi", "2040-04-16", nth=0, note="past: 'a déposé lundi une offre publique d'achat'")
    D(a, "vendredi", "2040-04-13", note="'le cours de clôture de vendredi': the last session before the bid")
    D(a, "105 jours", "P105D", typ="DURATION", note="'qui restera ouverte 105 jours'")
    D(a, "lundi", "2040-04-16", nth=1, note="'a rejeté l'offre à l'unanimité dès lundi'")
    D(a, "2039", "2039", note="'Lumenor a réalisé en 2039 des revenus'")
    D(a, "2038", "2038", note="'avait acquis en 2038'")
    D(a, "an dernier", "2039", note="'dont les revenus ont atteint ... l'an dernier'")
    D(a, "janvier", "2040-01", note="'acquis en Bourse depuis janvier'")
    D(a, "quelques semaines", "PXW", typ="DURATION", opt=True, note="a vague duration, inside marked words")
    D(a, "Mardi", "2040-04-17", note="'Mardi, l'action de Lumenor bondissait': the publication day")
    Q(a, "confirmé [avoir reçu la note d'information de Corbridge].", "indirect", "a confirmé",
      (f"L'[{AMF}] (AMF)", AMF, ORG), note="after 'a confirmé avoir', the span starts at the infinitive; the regulator by name")
    Q(a, f"{O}[en deçà de la valeur de l'entreprise]{C}", "direct", "juge", ("[Il] la juge", LU, ORG),
      note="'Il la juge « ... »': 'Il' is the board of the sentence before, which speaks for the company (canonical "
           "Lumenor, as 'La direction' in the thirty-third set)")
    Q(a, f"{O}[Corbridge veut acheter {LU} au creux du cycle, au moment où nos investissements commencent à rapporter. Nos actionnaires ne seront pas dupes]{C}",
      "direct", "a déclaré", (ITR, ITR, PER), gender="female",
      note="two sentences in one pair of marks; the name in apposition to 'la présidente et chef de la direction de "
           "Lumenor', after the cue")
    Q(a, f"d'{O}[étudier toutes les solutions]{C}", "direct", "a ajouté", ("[Elle] a ajouté", ITR, PER), gender="female",
      note="'Elle a ajouté que la société avait adopté ... pour se donner le temps d'« étudier toutes les solutions »': a "
           "clause partly marked, one direct quote for the marked words (after an elided 'd'')")
    Q(a, f"{O}[Notre offre est en espèces et elle est juste. Les actionnaires de {LU} doivent pouvoir se prononcer]{C}",
      "direct", "a répliqué", (DW, DW, PER), gender="male",
      note="two sentences in one pair of marks; the name in apposition to 'le chef de la direction de Corbridge'")
    Q(a, f"{O}[analysera l'offre avec rigueur]{C}", "direct", "Caisse [a indiqué] qu'elle",
      ("Un [porte-parole de la Caisse] a", None, None),
      note="'Un porte-parole de la Caisse a indiqué qu'elle « ... »': a clause partly marked, one direct quote; an unnamed "
           "spokesman: the noun phrase without its article, canonical and label null")
    Q(a, f"Selon {LP}, [le fonds montréalais {BC} envisage une contre-offre autour de 21 $ par action].",
      "indirect", f"[Selon] {LP}", (LP, LP, ORG), note="'Selon <paper>, <clause>'")
    Q(a, f"indiqué que [la société contesterait devant le {TAMF} toute demande de levée du régime de droits].",
      "indirect", "[a indiqué] que la société contesterait", (CDu, CDu, PER), gender="female",
      note="'Me X, associée du cabinet Y, qui conseille Lumenor, a indiqué que <clause>': the name before the cue")
    Q(a, f"{O}[ne tiendra pas plus de quelques semaines]{C}", "direct", "[juge] au contraire", (PEF, PEF, PER),
      gender="male", note="'L'avocat de Corbridge, Me X, juge au contraire que ce régime « ... »': a clause partly marked")
    Q(a, f"{O}[Les Américains ferment ce qu'ils achètent. On l'a déjà vu ailleurs]{C}", "direct", "lance", (SB, SB, PER),
      gender="male", note="two sentences in one pair of marks; the name after the union's name and its affiliation")
    Q(a, "savoir que [le gouvernement tenait à ce que le siège social reste en Mauricie].", "indirect", "a fait savoir",
      (JFG, JFG, PER), gender="male",
      note="the minister quoted indirectly, 'a fait savoir que <clause>'; the name in apposition to 'Le ministre de "
           "l'Économie'")
    Q(a, f"{O}[À 18,75 $, Corbridge paie le bas du cycle. Une contre-offre au-dessus de 20 $ me semble probable]{C}",
      "direct", "estime", (NCl, NCl, PER), gender="female", note="two sentences in one pair of marks; the name after the cue")
    V(a, "acquisition", "offre publique d'achat", {"target": f"actions de [{LU}], le", "buyer": CB, "amount": "environ [450 M$]",
                                                   "date": "lundi", "status": "announced"},
      note="a hostile bid filed, rejected by the board: announced; the headline's 'veut s'offrir' the same fact; the "
           "price per share, the premium and the tender condition no arguments")
    V(a, "acquisition", f"{LU}, [acquis] en Bourse", {"target": f"9,9 % de [{LU}], acquis", "buyer": "Corbridge",
                                                      "stake": "9,9 %", "date": ("opt", "janvier"), "status": "done"},
      note="*new*: 'Le groupe de Pittsburgh ... détient déjà 9,9 % de Lumenor, acquis en Bourse depuis janvier': a stake "
           "already bought on the market, done, beside the announced bid for the rest; date optional (since January)")
    V(a, "acquisition", "contre-offre", {"target": f"actionnaire de [{LU}] à hauteur", "buyer": BC, "status": "planned"},
      nth=0, note="'le fonds montréalais X envisage une contre-offre ...', reported by a paper, no offer filed: planned")
    V(a, "acquisition", "acquis", {"target": EP, "buyer": f"[{LU}] a réalisé",
                                   "amount": "12 millions de dollars canadiens", "date": "2038", "status": "done"}, nth=0,
      note="'L'entreprise, qui emploie 1 150 personnes, avait acquis en 2038 la PME beauceronne X': 'L'entreprise' is "
           "Lumenor")
    V(a, "result", "revenus", {"company": f"[{LU}] a réalisé", "metric": "revenue", "amount": "612,4 M$",
                               "change": "8 %", "period": "2039"}, nth=0,
      note="'Lumenor a réalisé en 2039 des revenus de 612,4 M$, en hausse de 8 %'")
    V(a, "result", "bénéfice net", {"company": f"[{LU}] a réalisé", "metric": "net_income", "amount": "41,3 M$",
                                    "period": ("opt", "2039")},
      note="'et un bénéfice net de 41,3 M$': the same sentence, the year written once")
    V(a, "result", "revenus", {"company": "Corbridge", "metric": "revenue",
                               "amount": "3,8 milliards de dollars américains", "period": "an dernier"}, nth=1,
      note="'Le groupe de Pittsburgh, dont les revenus ont atteint ... l'an dernier': the group is Corbridge")
    V(a, "role", PCD, {"person": ITR, "title": PCD, "organization": f"direction de [{LU}], {ITR}"},
      note="'la présidente et chef de la direction de Lumenor, X': the Quebec CEO title, as written")
    V(a, "role", "chef de la direction", {"person": DW, "title": "chef de la direction",
                                          "organization": f"direction de [Corbridge], {DW}"}, nth=1,
      note="'le chef de la direction de Corbridge, X'")
    V(a, "role", "associée", {"person": CDu, "title": "associée", "organization": DB},
      note="'Me X, associée du cabinet Dufresne Bélanger': a post in a law firm")
    V(a, "role", "L'[avocat] de Corbridge", {"person": PEF, "title": "avocat",
                                             "organization": ("opt", f"avocat de [Corbridge], Me")}, optional=True,
      note="counsel of a party, as the lawyers of the earlier sets")
    V(a, "role", f"le [président] du {STL}", {"person": SB, "title": "président", "organization": STL},
      note="'le président du Syndicat des travailleurs de Lumenor (CSN), X': organization the named union")
    V(a, "role", "ministre de l'Économie", {"person": JFG, "title": "ministre de l'Économie"},
      note="'Le ministre de l'Économie, X': no organization")
    V(a, "role", "analyste", {"person": NCl, "title": "analyste", "organization": VMD},
      note="'X, analyste chez Valeurs mobilières Desjardins'")


def define_f4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    MG, MSM, TM, CO, LM, TCB, RGE = ("Maison Gérardin", "Moulins Saint-Martin", "Terres de Meuse", "Colnot",
                                     "Lefèvre-Marchal", "tribunal de commerce de Bar-le-Duc", "Région Grand Est")
    SM, BG, EG, PC, HB, JLH, ML = ("Sandrine Mougel", "Bernard Gérardin", "Élodie Gérardin", "Patrick Coinchelin",
                                   "Hélène Barthélémy", "Jean-Luc Humbert", "Monique Lallemand")
    E420 = f"420{NB}000 euros"
    # ------------------------------------------------------------ F4: a family madeleine maker of Commercy: the founder retires and hands over to his daughter, the flour mill passes to a farm cooperative, six shops of a competitor in receivership fall to it through the commercial court, an earlier purchase, its turnover and staff, a regional loan, the cooperative's CEO and revenue, the administrator, the mayor, a customer, 'Selon nos informations' (French regional daily, web)
    a = B.article("F4-transmission-biscuiterie-commercy", "2040-05-24", (
        f"Commercy{NB}: chez Gérardin, la fille du fondateur prend les commandes\n"
        f"La biscuiterie familiale cède sa minoterie à une coopérative et reprend six boutiques du pâtissier {CO}.\n"
        f"Par {SM} | Publié le 24/05/2040 à 05h30\n\n"
        f"Après 41 ans à la tête de la biscuiterie qu'il a fondée à Commercy (Meuse), le président et fondateur de {MG}, "
        f"{BG}, 72 ans, prendra sa retraite le 1er juillet. Sa fille, {EG}, 44 ans, jusqu'ici directrice commerciale, "
        f"lui succédera comme présidente, a annoncé mercredi l'entreprise familiale. {O}Je pars tranquille. La maison "
        f"reste dans la famille et elle est entre de bonnes mains{C}, confie le fondateur, la voix un peu nouée.\n\n"
        f"Dans la foulée, la minoterie du groupe, les {MSM}, à Void-Vacon, passe dans le giron de la coopérative "
        f"agricole {TM}. L'accord a été signé mardi et la cession sera effective le 1er juillet. Selon nos "
        f"informations, la transaction avoisine 3,8 millions d'euros. {O}La coopérative connaît nos blés depuis trente "
        f"ans, c'était le repreneur naturel{C}, glisse {EG}. Le directeur général de {TM}, {PC}, assure que les 26 "
        "meuniers conserveront leur emploi. La coopérative, qui a réalisé en 2039 un chiffre d'affaires de 1,2 milliard "
        "d'euros, compte investir 2 millions d'euros dans le moulin d'ici à 2042.\n\n"
        f"L'entreprise familiale, qui avait déjà racheté en 2033 la confiserie nancéienne {LM}, grandit aussi en aval. "
        f"Six des onze boutiques du pâtissier verdunois {CO}, placé en redressement judiciaire en février, tombent dans "
        f"l'escarcelle de Gérardin pour {E420}. Le {TCB} a retenu mardi son offre, qui préserve 23 des 38 emplois, selon "
        f"l'administratrice judiciaire, Me {HB}. Selon elle, l'offre concurrente d'un franchiseur lyonnais ne reprenait "
        "que neuf salariés. Les boutiques rouvriront sous l'enseigne Gérardin le 15 juin.\n\n"
        f"{MG}, qui emploie 214 salariés, dont 58 dans ses quinze boutiques, a réalisé l'an dernier un chiffre "
        f"d'affaires de 31,6 millions d'euros, en hausse de 6,5{NB}%. Les madeleines pèsent 70{NB}% des ventes. Pour "
        f"moderniser sa ligne de cuisson, l'entreprise a obtenu un prêt de 1,5 million d'euros de la {RGE}. Ce prêt à "
        f"taux zéro doit {O}sécuriser 200 emplois industriels{C}, a précisé la Région dans un communiqué.\n\n"
        f"{O}Mon père m'a appris à ne jamais fermer une boutique. Moi, j'en rouvre six{C}, sourit {EG}. Le maire de "
        f"Commercy, {JLH}, salue {O}une transmission exemplaire{C}. Au comptoir de la boutique historique, {ML}, 81 ans, "
        f"cliente depuis 1979, lâche{NB}: {O}Tant que les madeleines ont le même goût, le reste, on s'en fiche{NB}!{C}"))
    for s, l, c, o in [(SM, PER, None, False), (MG, ORG, None, False), (BG, PER, None, False), (EG, PER, None, False),
                       (TM, ORG, None, False), (MSM, ORG, None, False), (TCB, ORG, None, True), (RGE, ORG, None, False),
                       ("Région", ORG, RGE, False), ("Gérardin", ORG, MG, False), ("Commercy", LOC, None, False),
                       ("Meuse", LOC, None, False), ("Void-Vacon", LOC, None, False), (PC, PER, None, False),
                       (CO, ORG, None, False), (LM, ORG, None, False), (HB, PER, None, False), (JLH, PER, None, False),
                       (ML, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by the town's name "
                      "and a colon ('Commercy : chez Gérardin, la fille du fondateur prend les commandes'), a one-sentence "
                      "standfirst line, a byline line with the numeric date with slashes and a clock time after a bar "
                      "('Par Sandrine Mougel | Publié le 24/05/2040 à 05h30'), no dateline. The reference date is that day "
                      "(Thursday 24 May 2040); the company announced the succession the day before ('a annoncé "
                      "mercredi'), the mill sale was signed and the court decided on Tuesday 22 May. Straight apostrophes; "
                      "no-break spaces (U+00A0) before '%', before the colons (headline, the customer's cue) and the "
                      "final '!', inside the guillemets and as the thousands separator in '420 000 euros'.")
    a["notes"].append("Entities: the coined family company 'Maison Gérardin' (twice) and its short form 'Gérardin' "
                      "(headline 'chez Gérardin', 'l'escarcelle de Gérardin', 'sous l'enseigne Gérardin': a banner named "
                      "after the company; canonical the full name), the coined flour mill 'Moulins Saint-Martin' (after "
                      "'les'), the coined cooperative 'Terres de Meuse' (twice, one ORG, no separate 'Meuse'), the coined "
                      "Verdun pastry chain 'Colnot' (standfirst, body), the coined Nancy confectioner 'Lefèvre-Marchal', "
                      "the 'Région Grand Est' (one ORG, no separate 'Grand Est') and its short form 'la Région' "
                      "(capitalised, canonical the full name) are ORG; 'Commercy' (headline, lead, 'Le maire de "
                      "Commercy'), 'Meuse' (in brackets) and 'Void-Vacon' are LOC; the journalist, the founder and his "
                      "daughter ('Gérardin' inside their names is no ORG), the cooperative's CEO, the administrator ('Me "
                      "X': span without 'Me'), the mayor and the customer are PER (all invented). Optional: the court "
                      "'tribunal de commerce de Bar-le-Duc' (ORG, as in the earlier sets; a system's 'Bar-le-Duc' LOC "
                      "inside it is ignored). Not names: 'la biscuiterie', 'L'entreprise familiale', 'la maison', 'le "
                      "groupe', 'La coopérative', 'le moulin', 'les madeleines'; 'nancéienne', 'verdunois', 'lyonnais' "
                      "are adjectives.")
    a["notes"].append("Quotes (11 required: 6 direct, 5 indirect): the succession told before an inverted cue with the "
                      "company as a noun phrase ('<clause>, a annoncé mercredi l'entreprise familiale': speaker 'entreprise "
                      "familiale', canonical Maison Gérardin, ORG, as 'a annoncé mardi l'équipe' in the thirty-third set); "
                      "the founder through a noun phrase after the cue 'confie', a participial phrase after it "
                      "('« ... », confie le fondateur, la voix un peu nouée': speaker 'fondateur', canonical the man named "
                      "in the paragraph); *new*: 'Selon nos informations, <clause>' (the paper's own information: no "
                      "speaker named, speaker null; 'nos informations' is no mention of a speaker); the daughter with "
                      "*new* cues 'glisse' and 'sourit' ('« ... », glisse X', '« ... », sourit X'); the cooperative's CEO "
                      "named before 'assure que <clause>'; the court's decision told before an inverted 'selon' with the "
                      "administrator ('<clause>, selon l'administratrice judiciaire, Me X') then 'Selon elle, <clause>'; "
                      "the region with a clause partly marked after 'doit' and an inverted cue ('Ce prêt à taux zéro doit « "
                      "... », a précisé la Région dans un communiqué': one direct quote for the marked words, speaker the "
                      "region by its short name); the mayor's marked words right after 'salue'; *new*: the customer named "
                      "before 'lâche' and a colon with a no-break space, the marked words ending with a no-break space and "
                      "'!' kept inside the span. Not quotes: the headline and the standfirst, 'prendra sa retraite', "
                      "'L'accord a été signé mardi ...', 'Les boutiques rouvriront ...', 'Les madeleines pèsent 70 %'.")
    a["notes"].append("Events: roles: 'le président et fondateur de Maison Gérardin, X' (two joined titles as written, "
                      "organization required), 'Sa fille, X, ..., jusqu'ici directrice commerciale' (the post held until "
                      "now) and 'lui succédera comme présidente' (the new post; organization optional for both: the "
                      "company of the paragraph), 'Le directeur général de Terres de Meuse, X', 'l'administratrice "
                      "judiciaire, Me X' (a court-appointed office, no organization), 'Le maire de Commercy, X' (no "
                      "organization). Acquisitions: *new*: the mill 'passe dans le giron de la coopérative agricole Terres "
                      "de Meuse. L'accord a été signé mardi et la cession sera effective le 1er juillet. Selon nos "
                      "informations, la transaction avoisine 3,8 millions d'euros': announced (signed, effective later), "
                      "target the mill, buyer the cooperative, seller Maison Gérardin ('la minoterie du groupe'), amount "
                      "from the paper's clause, date the signature 'mardi'; the earlier purchase ('qui avait déjà racheté "
                      "en 2033 la confiserie nancéienne Lefèvre-Marchal': done, buyer through 'L'entreprise familiale'); "
                      "*new*: the competitor's shops that 'tombent dans l'escarcelle de Gérardin pour 420 000 euros' after "
                      "the court 'a retenu mardi son offre': done, target Colnot (its shops), date the court's 'mardi'; "
                      "optional: the rival offer of an unnamed franchiser ('l'offre concurrente d'un franchiseur lyonnais': "
                      "planned, no buyer named). Results: the cooperative's 2039 revenue in a relative clause, Maison "
                      "Gérardin's revenue 'l'an dernier' with its rise. Optional funding: the regional loan ('a obtenu un "
                      "prêt de 1,5 million d'euros de la Région Grand Est': debt, not equity, as the public loans of the "
                      "earlier sets). Not events: the retirement ('prendra sa retraite': no title), 'fondée' and 'fondateur' "
                      "elsewhere ('la biscuiterie qu'il a fondée': a verb; 'confie le fondateur': a speaker, the "
                      "same role as the lead's), the cooperative's investment plan, the jobs, the "
                      "receivership, the reopening, the share of madeleines, the standfirst ('cède', 'reprend': the same "
                      "facts), the customer ('cliente': no title).")
    a["notes"].append("Money: euros EUR: the mill's price '3,8 millions d'euros', the cooperative's revenue '1,2 milliard "
                      "d'euros' and investment '2 millions d'euros', the shops' price '420 000 euros' (a no-break space as "
                      "the thousands separator inside the amount), the revenue '31,6 millions d'euros', the loan '1,5 "
                      "million d'euros'. '26 meuniers', '23 des 38 emplois', '214 salariés', '58', '200 emplois' are "
                      "counts. Percentages: the revenue rise '6,5 %', the madeleines' share '70 %'.")
    a["notes"].append("Dates: the byline's '24/05/2040 à 05h30' one TIME, 2040-05-24T05:30; 'Après 41 ans' span '41 ans', "
                      "P41Y; 'le 1er juillet' twice (the retirement, the sale's effect) 2040-07-01, two items; 'mercredi' "
                      "(past) 2040-05-23; 'mardi' twice (the signature, the court) 2040-05-22, two items; 'depuis trente "
                      "ans' (inside marked words) span 'trente ans', P30Y; 'en 2039', 'en 2033' the years; 'd'ici à 2042' "
                      "the year; 'en février' (past) 2040-02; 'le 15 juin' (future) 2040-06-15; 'l'an dernier' 2039 (span "
                      "'an dernier'); 'depuis 1979' the year. Optional: the ages '72 ans', '44 ans', '81 ans'.")
    M(a, "3,8 millions d'euros", 3.8e6, "EUR")
    M(a, "1,2 milliard d'euros", 1.2e9, "EUR")
    M(a, "2 millions d'euros", 2e6, "EUR")
    M(a, E420, 420000, "EUR")
    M(a, "31,6 millions d'euros", 31.6e6, "EUR")
    M(a, "1,5 million d'euros", 1.5e6, "EUR")
    P(a, f"6,5{NB}%", 6.5)
    P(a, f"70{NB}%", 70)
    D(a, "24/05/2040 à 05h30", "2040-05-24T05:30", typ="TIME", note="the byline line: numeric date with slashes, clock time")
    D(a, "41 ans", "P41Y", typ="DURATION", note="'Après 41 ans à la tête de la biscuiterie'")
    D(a, "72 ans", "P72Y", typ="DURATION", opt=True, note="an age")
    D(a, "1er juillet", "2040-07-01", nth=0, note="future: 'prendra sa retraite le 1er juillet'")
    D(a, "44 ans", "P44Y", typ="DURATION", opt=True, note="an age")
    D(a, "mercredi", "2040-05-23", note="past: 'a annoncé mercredi l'entreprise familiale', the day before publication")
    D(a, "mardi", "2040-05-22", nth=0, note="past: 'L'accord a été signé mardi'")
    D(a, "1er juillet", "2040-07-01", nth=1, note="future: 'la cession sera effective le 1er juillet'")
    D(a, "trente ans", "P30Y", typ="DURATION", note="'depuis trente ans', inside marked words")
    D(a, "2039", "2039", note="'qui a réalisé en 2039 un chiffre d'affaires'")
    D(a, "2042", "2042", note="'d'ici à 2042'")
    D(a, "2033", "2033", note="'avait déjà racheté en 2033'")
    D(a, "février", "2040-02", note="past: 'placé en redressement judiciaire en février'")
    D(a, "mardi", "2040-05-22", nth=1, note="past: 'a retenu mardi son offre'")
    D(a, "15 juin", "2040-06-15", note="future: 'Les boutiques rouvriront ... le 15 juin'")
    D(a, "an dernier", "2039", note="'a réalisé l'an dernier un chiffre d'affaires'")
    D(a, "81 ans", "P81Y", typ="DURATION", opt=True, note="an age")
    D(a, "1979", "1979", note="'cliente depuis 1979'")
    Q(a, f"[Sa fille, {EG}, 44 ans, jusqu'ici directrice commerciale, lui succédera comme présidente], a annoncé",
      "indirect", "a annoncé", ("mercredi l'[entreprise familiale]", MG, ORG),
      note="an unmarked sentence before an inverted cue; the company as a noun phrase ('l'entreprise familiale'), "
           "canonical Maison Gérardin")
    Q(a, f"{O}[Je pars tranquille. La maison reste dans la famille et elle est entre de bonnes mains]{C}", "direct",
      "confie", ("confie le [fondateur]", BG, PER), gender="male",
      note="*new* cue 'confie' followed by the noun 'le fondateur' and a participial phrase; canonical the founder named "
           "in the paragraph")
    Q(a, "Selon nos informations, [la transaction avoisine 3,8 millions d'euros].", "indirect",
      "[Selon] nos informations", None,
      note="*new*: the paper's own information: 'Selon' with no source named; speaker null ('nos informations' is no "
           "mention of a speaker)")
    Q(a, f"{O}[La coopérative connaît nos blés depuis trente ans, c'était le repreneur naturel]{C}", "direct", "glisse",
      (EG, EG, PER), gender="female", note="*new* cue 'glisse'; the name after the cue")
    Q(a, "assure que [les 26 meuniers conserveront leur emploi].", "indirect", "assure", (PC, PC, PER), gender="male",
      note="the name in apposition to 'Le directeur général de Terres de Meuse', before the cue")
    Q(a, f"[Le {TCB} a retenu mardi son offre, qui préserve 23 des 38 emplois], selon", "indirect",
      "[selon] l'administratrice", (HB, HB, PER), gender="female",
      note="a sentence before an inverted 'selon'; the name after 'Me' in apposition to 'l'administratrice judiciaire'")
    Q(a, "Selon elle, [l'offre concurrente d'un franchiseur lyonnais ne reprenait que neuf salariés].", "indirect",
      "[Selon] elle", ("Selon [elle], l'offre", HB, PER), gender="female", note="'elle' is the administrator")
    Q(a, f"{O}[sécuriser 200 emplois industriels]{C}", "direct", "a précisé", ("la [Région] dans", RGE, ORG),
      note="'Ce prêt à taux zéro doit « ... », a précisé la Région dans un communiqué': a sentence partly marked before "
           "an inverted cue, one direct quote for the marked words; the region by its short name")
    Q(a, f"{O}[Mon père m'a appris à ne jamais fermer une boutique. Moi, j'en rouvre six]{C}", "direct", "sourit",
      (EG, EG, PER), gender="female", note="*new* cue 'sourit'; two sentences in one pair of marks")
    Q(a, f"{O}[une transmission exemplaire]{C}", "direct", "salue", (JLH, JLH, PER), gender="male",
      note="marked words right after a present-tense 'salue'; the name in apposition to 'Le maire de Commercy'")
    Q(a, f"{O}[Tant que les madeleines ont le même goût, le reste, on s'en fiche{NB}!]{C}", "direct", "lâche",
      (ML, ML, PER), gender="female",
      note="*new*: 'X, 81 ans, cliente depuis 1979, lâche : « ... »': cue 'lâche' and a colon before the marks; the "
           "final '!' (after a no-break space) inside the span")
    V(a, "role", "président et fondateur", {"person": BG, "title": "président et fondateur",
                                            "organization": f"fondateur de [{MG}], {BG}"},
      note="'le président et fondateur de Maison Gérardin, X': two joined titles, as written")
    V(a, "role", "directrice commerciale", {"person": EG, "title": "directrice commerciale",
                                            "organization": ("opt", f"fondateur de [{MG}], {BG}")},
      note="'X, 44 ans, jusqu'ici directrice commerciale': the post held until now, the company of the paragraph")
    V(a, "role", "présidente", {"person": EG, "title": "présidente",
                                "organization": ("opt", f"fondateur de [{MG}], {BG}")},
      note="'lui succédera comme présidente': the new post")
    V(a, "acquisition", "passe dans le giron", {"target": MSM, "buyer": f"agricole [{TM}]. L'accord",
                                                "seller": f"fondateur de [{MG}], {BG}",
                                                "amount": "3,8 millions d'euros", "date": "mardi", "status": "announced"},
      note="*new*: the figurative 'passe dans le giron de': signed 'mardi', effective on 1 July: announced; 'la minoterie "
           "du groupe' is Maison Gérardin's (seller); the amount from 'Selon nos informations'")
    V(a, "role", "directeur général", {"person": PC, "title": "directeur général",
                                       "organization": f"général de [{TM}], {PC}"},
      note="'Le directeur général de Terres de Meuse, X'")
    V(a, "result", "chiffre d'affaires", {"company": f"général de [{TM}], {PC}", "metric": "revenue",
                                          "amount": "1,2 milliard d'euros", "period": "2039"}, nth=0,
      note="'La coopérative, qui a réalisé en 2039 un chiffre d'affaires de 1,2 milliard d'euros': the cooperative is "
           "Terres de Meuse")
    V(a, "acquisition", "racheté", {"target": LM, "buyer": f"fondateur de [{MG}], {BG}", "date": "2033", "status": "done"},
      note="'L'entreprise familiale, qui avait déjà racheté en 2033 la confiserie nancéienne X': done")
    V(a, "acquisition", "tombent dans l'escarcelle", {"target": f"verdunois [{CO}], placé", "buyer": f"escarcelle de [Gérardin] pour",
                                                      "amount": E420, "date": "[mardi] son offre", "status": "done"},
      note="*new*: the figurative 'tombent dans l'escarcelle de': six shops of a competitor in receivership, the court's "
           "decision taken 'mardi': done; target the chain (its shops)")
    V(a, "role", "administratrice judiciaire", {"person": HB, "title": "administratrice judiciaire"},
      note="'l'administratrice judiciaire, Me X': a court-appointed office, no organization")
    V(a, "acquisition", "offre concurrente", {"target": f"verdunois [{CO}], placé", "status": "planned"}, optional=True,
      note="a rejected rival offer of an unnamed franchiser: optional, as the rejected offers of the earlier sets")
    V(a, "result", "chiffre d'affaires", {"company": f"[{MG}], qui emploie", "metric": "revenue",
                                          "amount": "31,6 millions d'euros", "change": f"6,5{NB}%",
                                          "period": "an dernier"}, nth=1,
      note="'Maison Gérardin, qui emploie 214 salariés, ..., a réalisé l'an dernier un chiffre d'affaires de ..., en "
           "hausse de 6,5 %'")
    V(a, "funding", "prêt", {"company": f"[{MG}], qui emploie", "investors": [f"la [{RGE}]. Ce"],
                             "amount": "1,5 million d'euros"}, nth=0, optional=True,
      note="a regional loan: debt, not equity, optional as the public loans of the earlier sets")
    V(a, "role", "maire", {"person": JLH, "title": "maire"},
      note="'Le maire de Commercy, X': no organization (the town is a place)")
