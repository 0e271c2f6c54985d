"""The six articles of the sixteenth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind16`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % in J, L, N, inside the guillemets in J, L, O)
NN = "\u202f"    # narrow no-break space (before % and inside the guillemets in K, before % in O)
AP = "\u2019"    # typographic apostrophe (every apostrophe of K)


def define(B):
    define_j(B)
    define_k(B)
    define_l(B)
    define_m(B)
    define_n(B)
    define_o(B)


def define_j(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    OP, MJ, BC, UN = "Optivia", "Maison Jacquemot", "Bastien Cormerais", "L'Usine nouvelle"
    # ------------------------------------------------------------ J: a Lyon eyewear group takes over a Jura frame maker (Paris business daily, web)
    a = B.article("J-rachat-lunetier-jura", "2033-02-14", (
        f"Lunetterie : {OP} s'empare du jurassien Jacquemot\n"
        "Par Claire Montagnier\n"
        "Publié le lundi 14 février 2033 à 7h45\n\n"
        f"Le lyonnais {OP} s'offre un nom historique de la lunette française. Le groupe a annoncé dimanche avoir "
        f"racheté 100{NB}% de la {MJ}, fabricant de montures installé à Morez (Jura), pour 142 millions "
        f"d'euros. Le fonds Siparex, qui en détenait 65{NB}% depuis 2027, et la famille fondatrice se partagent le "
        "produit de la vente.\n\n"
        f"{O}Avec Jacquemot, nous doublons notre production en France et nous gagnons une marque que connaissent tous "
        f"les opticiens{C}, a déclaré {BC}, PDG d'{OP}, lors d'une conférence de presse à Lyon. Cormerais a "
        "ajouté que les 380 salariés du site jurassien seraient tous conservés. La marque gardera aussi son slogan, "
        f"{O}Le regard juste{C}, gravé sur chaque étui depuis 1958.\n\n"
        f"{OP} a réalisé en 2032 un chiffre d'affaires de 610 millions d'euros, en hausse de 7,4{NB}%, dont "
        f"38{NB}% hors de France. À Morez, les salariés attendent de voir. {O}Nous demanderons des garanties écrites "
        f"sur les emplois et sur les sous-traitants de la vallée{C}, a prévenu la CFDT.\n\n"
        f"Ce n'est pas la seule cible d'{OP}. Le groupe envisage de racheter l'italien Lentina, spécialiste des "
        f"verres solaires basé à Belluno, selon {UN}. Une offre d'environ 60 millions d'euros serait à l'étude. "
        f"Un porte-parole d'{OP} s'est refusé à tout commentaire.\n\n"
        f"{O}{OP} paie cher, mais Jacquemot était la dernière belle maison indépendante du Jura{C}, estime un "
        "analyste parisien."))
    for s, l, c, o in [(OP, ORG, None, False), (MJ, ORG, None, False), ("Jacquemot", ORG, MJ, False),
                       ("Claire Montagnier", PER, None, False), ("Morez", LOC, None, False), ("Jura", LOC, None, False),
                       ("Siparex", ORG, None, False), (BC, PER, None, False), ("Cormerais", PER, BC, False),
                       ("France", LOC, None, False), ("Lyon", LOC, None, False), ("CFDT", ORG, None, False),
                       ("Lentina", ORG, None, False), ("Belluno", LOC, None, False), (UN, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Paris business daily copied as plain text: a headline opened by a section word "
                      "('Lunetterie :'), a byline ('Par Claire Montagnier') and a publication line with the weekday, the "
                      "day and the clock time ('Publié le lundi 14 février 2033 à 7h45'), no dateline. The reference "
                      "date is that day (Monday 14 February 2033), the day after the announcement ('a annoncé "
                      "dimanche'). Straight apostrophes; no-break spaces (U+00A0) before '%' and inside the guillemets.")
    a["notes"].append("Entities: the coined Lyon eyewear group 'Optivia' (bare in every mention, once inside the "
                      "analyst's marked words) is ORG; the target 'Maison Jacquemot' (the full name once, 'la Maison "
                      "Jacquemot') and the bare 'Jacquemot' (headline, inside the CEO's and the analyst's marked "
                      "words) are one ORG, canonical the full name; the seller 'Siparex' (after 'Le fonds'), the union "
                      "'CFDT', the Italian target 'Lentina' are ORG; *new*: the trade weekly 'L'Usine nouvelle' keeps "
                      "its elided article, which belongs to the name (as 'L'Oréal', 'Le Monde'). The surname "
                      "'Cormerais' opening a later sentence has the CEO's full name as canonical. 'Morez', 'Jura' (in "
                      "brackets after the town, and inside the analyst's marked words), 'Lyon', 'France' (twice) and "
                      "'Belluno' are LOC. 'lyonnais', 'jurassien', 'italien', 'française' are adjectives; 'Le groupe', "
                      "'la famille fondatrice', 'un porte-parole', 'un analyste parisien' are not names. The brand's "
                      "slogan between marks ('« Le regard juste »') is no entity and no quote.")
    a["notes"].append("Quotes: the buyer speaks through 'Le groupe a annoncé dimanche avoir racheté ...' (indirect, "
                      "the span starts at the infinitive 'avoir', speaker the noun 'groupe', canonical Optivia); the "
                      "CEO '« ... », a déclaré X, PDG d'Optivia', then by his surname alone ('Cormerais a ajouté que "
                      "<clause>'); the union by name ('a prévenu la CFDT': speaker the ORG); a press report ('Le groupe "
                      "envisage de racheter ..., selon L'Usine nouvelle': inverted 'selon', the paper by name); *new*: "
                      "an unnamed analyst ('estime un analyste parisien': a noun-phrase speaker with its indefinite "
                      "article, canonical null, no gender, as 'un porte-parole' in the fifteenth set). Not quotes: the "
                      "slogan between marks ('La marque gardera aussi son slogan, « Le regard juste »': a name, no one "
                      "says it here), 'Un porte-parole d'Optivia s'est refusé à tout commentaire' (no words reported).")
    a["notes"].append("Events: one fact, one event: the takeover (headline 's'empare du jurassien Jacquemot', lead "
                      "'s'offre un nom historique', body 'avoir racheté 100 % de la Maison Jacquemot ... pour 142 "
                      "millions d'euros') is one done acquisition (trigger the body's verb 'racheté'), stake '100 %', "
                      "the seller the fund named in the next sentence ('Le fonds Siparex, qui en détenait 65 % ... et "
                      "la famille fondatrice se partagent le produit de la vente'), date 'dimanche' (the announcement). "
                      "'Le groupe envisage de racheter l'italien Lentina', its price in the next sentence ('Une offre "
                      "d'environ 60 millions d'euros serait à l'étude'), is a planned acquisition (trigger the verb "
                      "'racheter'). Optivia's 2032 revenue with its rise is a result. Role: 'X, PDG d'Optivia' "
                      "(organization required). Not events: the fund's earlier 65 % (a holding, no deal told), the "
                      "share of sales abroad ('38 %').")
    a["notes"].append("Dates: the publication line 'lundi 14 février 2033 à 7h45' is one TIME with its weekday; "
                      "'dimanche' the day before; 'depuis 2027', 'depuis 1958', 'en 2032' years. Money: '142 millions "
                      "d'euros', '610 millions d'euros', '60 millions d'euros' (after 'environ', not in the span). "
                      "Percentages: '100 %' (the stake bought), '65 %' (the fund's stake), '7,4 %' (a rise, no sign "
                      "written), '38 %' (a share of sales). '380 salariés' is a count.")
    M(a, "142 millions d'euros", 142e6, "EUR")
    M(a, "610 millions d'euros", 610e6, "EUR")
    M(a, "60 millions d'euros", 60e6, "EUR")
    P(a, f"100{NB}%", 100)
    P(a, f"65{NB}%", 65)
    P(a, f"7,4{NB}%", 7.4)
    P(a, f"38{NB}%", 38)
    D(a, "lundi 14 février 2033 à 7h45", "2033-02-14T07:45", typ="TIME",
      note="the publication line: weekday, day and clock time")
    D(a, "dimanche", "2033-02-13", note="past: 'a annoncé dimanche', the day before the Monday publication")
    D(a, "2027", "2027", note="'depuis 2027'")
    D(a, "1958", "1958", note="'gravé sur chaque étui depuis 1958'")
    D(a, "2032", "2032", note="'a réalisé en 2032 un chiffre d'affaires'")
    Q(a, f"annoncé dimanche [avoir racheté 100{NB}% de la {MJ}, fabricant de montures installé à Morez (Jura), pour 142 millions d'euros].",
      "indirect", "a annoncé", ("Le [groupe] a annoncé", OP, ORG),
      note="'a annoncé avoir racheté': the span starts at the infinitive; 'Le groupe' is Optivia, the subject of the "
           "sentence before")
    Q(a, f"{O}[Avec Jacquemot, nous doublons notre production en France et nous gagnons une marque que connaissent tous les opticiens]{C}",
      "direct", "a déclaré", (BC, BC, PER), gender="male", note="the given name shows the gender")
    Q(a, "ajouté que [les 380 salariés du site jurassien seraient tous conservés].", "indirect", "a ajouté",
      ("Cormerais", BC, PER), gender="male", note="the surname alone opens the sentence")
    Q(a, f"{O}[Nous demanderons des garanties écrites sur les emplois et sur les sous-traitants de la vallée]{C}",
      "direct", "a prévenu", ("CFDT", "CFDT", ORG), note="the union speaks by name")
    Q(a, "[Le groupe envisage de racheter l'italien Lentina, spécialiste des verres solaires basé à Belluno], selon",
      "indirect", "[selon] L'Usine", (UN, UN, ORG), note="inverted 'selon <paper>'")
    Q(a, f"{O}[{OP} paie cher, mais Jacquemot était la dernière belle maison indépendante du Jura]{C}", "direct",
      "estime", ("[un analyste parisien].", None, None),
      note="an unnamed analyst: noun phrase with its indefinite article, canonical null, no gender")
    V(a, "acquisition", "racheté", {"target": MJ, "buyer": OP, "seller": "Siparex", "amount": "142 millions d'euros",
                                    "stake": f"100{NB}%", "date": "dimanche", "status": "done"},
      note="headline 's'empare', lead 's'offre' and the body's 'avoir racheté' are one fact; the seller named in the "
           "next sentence")
    V(a, "role", "PDG", {"person": BC, "title": "PDG", "organization": OP}, note="'X, PDG d'Optivia'")
    V(a, "result", "chiffre d'affaires", {"company": OP, "metric": "revenue", "amount": "610 millions d'euros",
                                          "change": f"7,4{NB}%", "period": "2032"})
    V(a, "acquisition", "racheter", {"target": "Lentina", "buyer": OP, "amount": "60 millions d'euros",
                                     "status": "planned"},
      note="'Le groupe envisage de racheter l'italien Lentina', the offer's amount in the next sentence: planned")


def define_k(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    MS, MSS, PYM = "Meusatec", "Meusatec Space", "Pierre-Yves Mathot"
    # ------------------------------------------------------------ K: annual results of a Walloon aero-engine parts maker (Belgian business daily, web)
    a = B.article("K-resultats-motoriste-herstal", "2033-03-10", (
        f"Résultats annuels : {MS} vole plus haut, le spatial freine\n"
        "Par Thomas Lejeune\n"
        "Publié le 10/03/2033 à 08:10\n\n"
        f"Le motoriste {MS}, installé à Herstal près de Liège, a publié mercredi soir des comptes 2032 meilleurs que "
        f"prévu. Son chiffre d{AP}affaires a progressé de 9,2{NN}%, à 1,08 milliard d{AP}euros, porté par les moteurs "
        f"d{AP}avions d{AP}affaires. L{AP}Ebitda a atteint 176 millions d{AP}euros (+3,6{NN}%) et le bénéfice net 64 "
        f"millions d{AP}euros, contre 51 millions d{AP}euros en 2031. La marge d{AP}Ebitda recule toutefois de 0,9 point "
        f"de pourcentage, à 16,3{NN}%, sous l{AP}effet des coûts de l{AP}énergie.\n\n"
        f"{O}2032 a été l{AP}année de tous les records pour notre carnet de commandes{C}, a souligné le directeur "
        f"général, {PYM}, lors de la présentation des résultats. {O}Nous restons prudents sur le spatial, où les "
        f"lancements européens ont pris du retard{C}, a-t-il ajouté. Sa filiale {MSS} a en effet creusé sa perte "
        f"nette, à 22 millions d{AP}euros.\n\n"
        f"La directrice financière a indiqué que la dette nette avait été ramenée à 210 millions d{AP}euros. Le groupe "
        f"proposera un dividende de 1,10 euro par action, en hausse de 2,5 pour cent, et table sur une croissance de ses "
        f"ventes de 5 à 7{NN}% en 2033. L{AP}usine de Herstal produira dès l{AP}automne le nouveau compresseur "
        f"{O}Helix 9{C}, destiné aux hélicoptères. Le groupe emploie 2 300 personnes en Wallonie et compte parmi ses "
        "clients Safran et Pratt & Whitney Canada.\n\n"
        f"Selon Belfius, les objectifs de {MS} restent prudents et pourraient être relevés dès l{AP}été. À "
        f"l{AP}ouverture de la Bourse de Bruxelles, le titre gagnait 4,8{NN}% jeudi. Il avait déjà pris 41{NN}% en 2032."))
    for s, l, c, o in [(MSS, ORG, None, False), (MS, ORG, None, False), ("Thomas Lejeune", PER, None, False),
                       ("Herstal", LOC, None, False), ("Liège", LOC, None, False), (PYM, PER, None, False),
                       ("Helix 9", MISC, None, False), ("Wallonie", LOC, None, False), ("Safran", ORG, None, False),
                       ("Pratt & Whitney Canada", ORG, None, False), ("Belfius", ORG, None, False),
                       ("Bourse de Bruxelles", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Belgian business daily copied as plain text: a headline opened by a section "
                      "word ('Résultats annuels :'), a byline ('Par Thomas Lejeune') and *new*: a publication line with "
                      "a numeric date and a 24-hour clock with a colon ('Publié le 10/03/2033 à 08:10'), no dateline. "
                      "The reference date is that day (Thursday 10 March 2033), the day after the results ('a publié "
                      "mercredi soir'). Every apostrophe is the typographic one (U+2019: 'd’affaires', 'L’Ebitda', "
                      "'d’euros'); narrow no-break spaces (U+202F) before '%' and inside the guillemets; ordinary "
                      "spaces in '0,9 point de pourcentage' and '2,5 pour cent'.")
    a["notes"].append("Entities: the coined Walloon aero-engine parts maker 'Meusatec' (headline, body, inside no "
                      "marked words) and its coined space subsidiary 'Meusatec Space' are two ORG (the subsidiary holds "
                      "no separate 'Meusatec'), as 'Lacustra France' in the thirteenth set; 'Belfius' (a bank speaking "
                      "through 'Selon') and 'Bourse de Bruxelles' (a market, no separate 'Bruxelles') are ORG; 'Herstal' "
                      "(twice), 'Liège' and 'Wallonie' are LOC; the customers 'Safran' and 'Pratt & Whitney Canada' "
                      "(one ORG, no separate 'Canada') are ORG; the compressor's name between marks ('le nouveau compresseur « Helix "
                      "9 »') is a MISC product, the number part of the name, as 'Nova 2' in the twelfth set, and no "
                      "quote. 'Ebitda', 'Le groupe', 'Sa filiale', 'La directrice financière', 'le titre' are not names.")
    a["notes"].append("Quotes: the CEO '« ... », a souligné le directeur général, X' (the name in apposition after "
                      "the title), then '« ... », a-t-il ajouté' (the pronoun for him, the sentence before); *new*: the "
                      "unnamed CFO 'La directrice financière a indiqué que <clause>' (a noun-phrase speaker with no "
                      "name anywhere in the text: canonical null, gender female from 'La directrice'); a bank by name "
                      "('Selon Belfius, <clause>'). Not quotes: 'a publié mercredi soir des comptes 2032' (a noun-phrase "
                      "object), 'table sur une croissance ...' (a forecast), the product's name between marks.")
    a["notes"].append("Events: 2032 results of Meusatec: revenue with its rise and its period ('des comptes 2032. Son "
                      "chiffre d’affaires a progressé de 9,2 %, à 1,08 milliard d’euros'), the Ebitda with its signed "
                      "rise in brackets ('+3,6 %'), the net profit (the 2031 comparison '51 millions d’euros' is no "
                      "argument), the year written once (the later periods optional); the subsidiary's deeper net loss "
                      "('Sa filiale Meusatec Space a en effet creusé sa perte nette, à 22 millions d’euros', metric "
                      "loss, company the subsidiary). The margin's fall in points ('La marge d’Ebitda recule toutefois "
                      "de 0,9 point de pourcentage, à 16,3 %') is an optional result (metric other), as in the "
                      "thirteenth and fifteenth sets. Role: 'le directeur général, X' (organization optional: the "
                      "company of the article, as in the thirteenth set). The unnamed CFO gives no role (no person). "
                      "Not events: the debt cut, the dividend and its rise, the guidance, the new compressor, the share "
                      "move.")
    a["notes"].append("Dates: *new*: the numeric publication line '10/03/2033 à 08:10' is one TIME (day first, as in "
                      "French); 'mercredi soir' (a part of the day with no clock time, the day before) is optional, as "
                      "in the fifteenth set; 'comptes 2032' and '2032' opening the CEO's marked words are the year; 'en "
                      "2031' the comparison year; 'en 2033' the guidance year; 'dès l’automne' 2033-FA (span "
                      "'automne'); 'dès l’été' (inside the bank's reported clause) 2033-SU (span 'été'); 'jeudi' the "
                      "publication day. Money: the revenue '1,08 milliard d’euros', '176 millions d’euros', '64 millions "
                      "d’euros', '51 millions d’euros', '22 millions d’euros', '210 millions d’euros' and the dividend "
                      "'1,10 euro'. Percentages: '9,2 %', '+3,6 %' (sign kept in the span), '0,9 point de pourcentage' "
                      "(points, span with 'de pourcentage'), '16,3 %' (a margin), *new*: '2,5 pour cent' (the words "
                      "'pour cent' in the span, value 2.5), '5 à 7 %' a range (span '5 à 7 %', value 5, as '3 à 5 %' in "
                      "the thirteenth set), '4,8 %' and '41 %' (share moves; the latter's 'en 2032' a third "
                      "mention of the year). '2 300 personnes' is a count.")
    M(a, f"1,08 milliard d{AP}euros", 1.08e9, "EUR")
    M(a, f"176 millions d{AP}euros", 176e6, "EUR")
    M(a, f"64 millions d{AP}euros", 64e6, "EUR")
    M(a, f"51 millions d{AP}euros", 51e6, "EUR")
    M(a, f"22 millions d{AP}euros", 22e6, "EUR")
    M(a, f"210 millions d{AP}euros", 210e6, "EUR")
    M(a, "1,10 euro", 1.10, "EUR")
    P(a, f"9,2{NN}%", 9.2)
    P(a, f"+3,6{NN}%", 3.6)
    P(a, "0,9 point de pourcentage", 0.9, points=True)
    P(a, f"16,3{NN}%", 16.3)
    P(a, "2,5 pour cent", 2.5)
    P(a, f"5 à 7{NN}%", 5)
    P(a, f"4,8{NN}%", 4.8)
    P(a, f"41{NN}%", 41)
    D(a, "10/03/2033 à 08:10", "2033-03-10T08:10", typ="TIME", note="the publication line: numeric date, 24-hour clock")
    D(a, "mercredi soir", "2033-03-09TEV", typ="TIME", opt=True,
      note="a part of the day with no clock time: the results, the day before")
    D(a, "comptes [2032]", "2032", note="'des comptes 2032'")
    D(a, "2031", "2031", note="'contre 51 millions d’euros en 2031'")
    D(a, f"{O}[2032]", "2032", note="opening the CEO's marked words")
    D(a, "en [2033]", "2033", note="'en 2033': the guidance year")
    D(a, "automne", "2033-FA", note="'dès l’automne': the coming autumn")
    D(a, f"l{AP}[été]. À", "2033-SU", note="'dès l’été', inside the bank's reported clause: the coming summer")
    D(a, "jeudi", "2033-03-10", note="'le titre gagnait 4,8 % jeudi': the publication day")
    D(a, "en [2032].", "2032", note="'Il avait déjà pris 41 % en 2032'")
    Q(a, f"{O}[2032 a été l{AP}année de tous les records pour notre carnet de commandes]{C}", "direct", "a souligné",
      (PYM, PYM, PER), gender="male", note="the name in apposition to 'le directeur général', which shows the gender")
    Q(a, f"{O}[Nous restons prudents sur le spatial, où les lancements européens ont pris du retard]{C}", "direct",
      "a-t-il ajouté", ("a-t-[il] ajouté", PYM, PER), gender="male", note="'il' is the CEO of the sentence before")
    Q(a, f"indiqué que [la dette nette avait été ramenée à 210 millions d{AP}euros].", "indirect", "a indiqué",
      ("La [directrice financière] a indiqué", None, None), gender="female",
      note="an unnamed CFO: noun phrase, canonical null; 'La directrice' shows the gender")
    Q(a, f"Selon Belfius, [les objectifs de {MS} restent prudents et pourraient être relevés dès l{AP}été].",
      "indirect", "[Selon] Belfius", ("Belfius", "Belfius", ORG), note="a bank by name")
    V(a, "result", f"[chiffre d{AP}affaires] a progressé", {"company": MS, "metric": "revenue", "amount": f"1,08 milliard d{AP}euros",
                                 "change": f"9,2{NN}%", "period": "comptes [2032]"},
      note="the year from 'des comptes 2032' of the sentence before")
    V(a, "result", "Ebitda", {"company": MS, "metric": "ebitda", "amount": f"176 millions d{AP}euros",
                              "change": f"+3,6{NN}%", "period": ("opt", "comptes [2032]")})
    V(a, "result", "bénéfice net", {"company": MS, "metric": "net_income", "amount": f"64 millions d{AP}euros",
                                    "period": ("opt", "comptes [2032]")},
      note="the 2031 comparison is no argument")
    V(a, "result", f"[marge d{AP}Ebitda] recule", {"company": MS, "metric": "other", "change": "0,9 point de pourcentage",
                               "period": ("opt", "comptes [2032]")}, optional=True,
      note="'La marge d’Ebitda recule ... de 0,9 point de pourcentage': a margin's change in points, optional as in "
           "the earlier sets")
    V(a, "role", "[directeur général], Pierre", {"person": PYM, "title": "directeur général",
                                                 "organization": ("opt", MS)},
      note="'le directeur général, X': the company of the article")
    V(a, "result", "perte nette", {"company": MSS, "metric": "loss", "amount": f"22 millions d{AP}euros",
                                   "period": ("opt", "comptes [2032]")},
      note="the subsidiary's loss ('Sa filiale Meusatec Space a ... creusé sa perte nette, à ...')")


def define_l(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    JT, CBN, UK, JDF, MG = "Joratech", "Corinne Baud-Nicod", "Urs Kälin", "Jean-Daniel Favrod", "Martina Graf"
    BK = "L'Oreille et la machine"
    # ------------------------------------------------------------ L: a Vaud hearing-implant maker names a new CEO (Lausanne daily, web)
    a = B.article("L-nomination-medtech-vaud", "2033-04-07", (
        f"Medtech : {JT} confie les rênes à {CBN}\n"
        "Par Sébastien Jaquier | Lausanne, 7 avril 2033\n\n"
        f"Le fabricant vaudois d'implants auditifs {JT} a nommé mercredi {CBN} directrice générale. Elle "
        f"prendra ses fonctions le 1er juin et succédera à {UK}, qui dirigeait l'entreprise d'Ecublens depuis "
        f"2019 et rejoindra le conseil d'administration. Le choix du conseil a été unanime, a précisé son président, "
        f"{JDF}.\n\n"
        "Ingénieure de formation, la nouvelle patronne a passé quinze ans aux États-Unis dans l'audiologie. Elle est "
        f"aussi l'autrice d'un essai remarqué, {O}{BK}{C}, paru en 2029.\n\n"
        f"{O}{JT} a une technologie que le monde entier nous envie. Mon travail sera de la faire sortir des "
        "cliniques universitaires pour l'amener chez tous les audioprothésistes.\n\n"
        f"{O}Nous devons doubler nos ventes aux États-Unis d'ici 2036{C}, a-t-elle déclaré mercredi devant la "
        "presse.\n\n"
        f"{UK} laisse une entreprise transformée : sous sa direction, l'effectif est passé de 300 à 1 150 personnes et "
        "le groupe a ouvert une usine à Singapour en 2024. "
        f"Le groupe, qui détient 12{NB}% du marché mondial des implants cochléaires, vise une marge opérationnelle "
        f"comprise entre 18 et 20{NB}% en 2035. En Bourse, la société est valorisée 3,1 milliards de francs. "
        f"L'action {JT} a gagné 2,7{NB}% mercredi à la SIX Swiss Exchange.\n\n"
        f"{O}On passe d'un ingénieur à une commerçante, et c'est exactement ce qu'il fallait{C}, relève {MG}, "
        "analyste chez Pictet. Selon elle, le marché attend désormais une acquisition outre-Atlantique."))
    for s, l, c, o in [(JT, ORG, None, False), (CBN, PER, None, False), ("Sébastien Jaquier", PER, None, False),
                       ("Lausanne", LOC, None, False), (UK, PER, None, False), ("Ecublens", LOC, None, False),
                       (JDF, PER, None, False), ("États-Unis", LOC, None, False), ("Singapour", LOC, None, False), (BK, MISC, None, True),
                       ("SIX Swiss Exchange", ORG, None, False), (MG, PER, None, False), ("Pictet", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Lausanne daily copied as plain text: a headline opened by a section word "
                      "('Medtech :'), a byline with place and date after a vertical bar ('Par Sébastien Jaquier | "
                      "Lausanne, 7 avril 2033', no 'le'), no dateline. The reference date is that day (Thursday 7 "
                      "April 2033), the day after the appointment ('a nommé mercredi'). Straight apostrophes; no-break "
                      "spaces before '%' and inside the guillemets.")
    a["notes"].append("Entities: the coined hearing-implant maker 'Joratech' (headline, body, inside the CEO's marked "
                      "words, 'L'action Joratech') is ORG; 'SIX Swiss Exchange' (a market) and 'Pictet' (a Geneva bank, "
                      "after 'chez') are ORG; the byline's place 'Lausanne', 'Ecublens' ('l'entreprise d'Ecublens') and "
                      "'États-Unis' (twice, once inside the marked words) and 'Singapour' are LOC; the predecessor's full name "
                      "comes back to open a later sentence ('Urs Kälin laisse une entreprise transformée'); the essay's title between marks ('un "
                      "essai remarqué, « L'Oreille et la machine »') is an optional MISC (a work), never a quote, as the "
                      "project's name in the fifteenth set. 'vaudois' is an adjective; 'la nouvelle patronne', 'le "
                      "conseil d'administration', 'Le groupe', 'la société', 'outre-Atlantique' are not names.")
    a["notes"].append("Quotes: the board's chair '<clause>, a précisé son président, X' (inverted, indirect, the name "
                      "in apposition speaks); the new CEO's quote runs over two paragraphs, French style (the first "
                      "paragraph opened by '«' and left open, the second reopened by '«' and closed before 'a-t-elle "
                      "déclaré'): one direct quote from 'Joratech' to '2036', the paragraph break and the reopening mark "
                      "inside the span, as in the eleventh and fifteenth sets; 'elle' is the new CEO (named in the first "
                      "paragraph, 'la nouvelle patronne' and 'Elle' since); the analyst 'relève X, analyste chez "
                      "Pictet', then 'Selon elle, <clause>'. Not quotes: the essay's title between marks, 'Joratech a "
                      "nommé mercredi X directrice générale', 'vise une marge ...' (a target).")
    a["notes"].append("Events: the appointment 'Joratech a nommé mercredi X directrice générale' is a role (title as "
                      "written, the company the subject of the clause: organization required); the predecessor named "
                      "after 'succédera à X, qui dirigeait l'entreprise' is an optional role (no title of his own), as "
                      "in the thirteenth and fifteenth sets; 'son président, X' (the board's chair: title 'président', "
                      "organization optional, 'son' being the board of the company of the article); 'X, analyste chez "
                      "Pictet' (organization required). *New*: a listed company's market value ('En Bourse, la société "
                      "est valorisée 3,1 milliards de francs', no funding round) is a valuation event, as 'a été valorisé "
                      "1 milliard de dollars' in the twelfth set. Not events: the market share ('12 %'), the margin "
                      "target (a plan), the share move.")
    a["notes"].append("Dates: the byline's '7 avril 2033'; 'mercredi' three times (the appointment, the CEO's words, "
                      "the share move) the day before the Thursday publication; 'le 1er juin' (future) 2033-06-01; "
                      "'depuis 2019', 'paru en 2029' years; 'quinze ans' a duration; 'en 2024' (a plant opened) a year; 'd'ici 2036' (inside the marked "
                      "words) and 'en 2035' (the margin target) years. Money: bare 'francs' in a Lausanne paper are CHF, "
                      "as in the thirteenth set ('3,1 milliards de francs'). Percentages: '12 %' (a market share), "
                      "'entre 18 et 20 %' a range (span '18 et 20 %', value 18), '2,7 %' (a share move).")
    M(a, "3,1 milliards de francs", 3.1e9, "CHF")
    P(a, f"12{NB}%", 12)
    P(a, f"18 et 20{NB}%", 18)
    P(a, f"2,7{NB}%", 2.7)
    D(a, "7 avril 2033", "2033-04-07", note="the byline's date, after the place")
    D(a, "mercredi", "2033-04-06", nth=0, note="past: 'a nommé mercredi'")
    D(a, "1er juin", "2033-06-01", note="future: 'Elle prendra ses fonctions le 1er juin'")
    D(a, "2019", "2019", note="'depuis 2019'")
    D(a, "quinze ans", "P15Y", typ="DURATION", note="'a passé quinze ans aux États-Unis'")
    D(a, "2029", "2029", note="'paru en 2029'")
    D(a, "2036", "2036", note="'d'ici 2036', inside the CEO's marked words")
    D(a, "mercredi", "2033-04-06", nth=1, note="'a-t-elle déclaré mercredi'")
    D(a, "2024", "2024", note="'a ouvert une usine à Singapour en 2024'")
    D(a, "2035", "2035", note="'en 2035': the margin target's year")
    D(a, "mercredi", "2033-04-06", nth=2, note="'L'action Joratech a gagné 2,7 % mercredi'")
    Q(a, "[Le choix du conseil a été unanime], a précisé", "indirect", "a précisé", (JDF, JDF, PER), gender="male",
      note="inverted; the name in apposition to 'son président', which shows the gender")
    Q(a, f"{O}[{JT} a une technologie que le monde entier nous envie. Mon travail sera de la faire sortir des cliniques universitaires pour l'amener chez tous les audioprothésistes.\n\n{O}Nous devons doubler nos ventes aux États-Unis d'ici 2036]{C}",
      "direct", "a-t-elle déclaré", ("a-t-[elle] déclaré", CBN, PER), gender="female",
      note="one quote over two paragraphs (the second reopened with '«'); 'elle' is the new CEO")
    Q(a, f"{O}[On passe d'un ingénieur à une commerçante, et c'est exactement ce qu'il fallait]{C}", "direct", "relève",
      (MG, MG, PER), gender="female", note="the given name shows the gender")
    Q(a, "Selon elle, [le marché attend désormais une acquisition outre-Atlantique].", "indirect", "[Selon] elle",
      ("Selon [elle]", MG, PER), gender="female", note="'elle' is the analyst of the sentence before")
    V(a, "role", "directrice générale", {"person": CBN, "title": "directrice générale", "organization": JT},
      note="'Joratech a nommé mercredi X directrice générale': a new post, the company the subject")
    V(a, "role", "succédera", {"person": UK, "organization": ("opt", JT)}, optional=True,
      note="the predecessor named after 'succédera à X, qui dirigeait l'entreprise': no title of his own")
    V(a, "role", "président", {"person": JDF, "title": "président", "organization": ("opt", JT)},
      note="'son président, X': the board's chair")
    V(a, "valuation", "valorisée", {"company": JT, "amount": "3,1 milliards de francs"},
      note="'En Bourse, la société est valorisée ...': a market value, no funding round; 'la société' is Joratech")
    V(a, "role", "analyste", {"person": MG, "title": "analyste", "organization": "Pictet"})


def define_m(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    CB, CC, AOB, SB = "Cobalis", "Cycle Capital", "Amélie Ouellet-Bergeron", "Stéphane Bouchard"
    # ------------------------------------------------------------ M: a Montréal battery-recycling start-up's series B, an interview (Montréal business site)
    a = B.article("M-serie-b-recyclage-batteries", "2033-05-18", (
        f"{CB} récolte 45 millions $ pour recycler les batteries\n"
        "Par Geneviève Tremblay-Roy\n"
        "Publié le 18 mai 2033 à 6 h 00\n\n"
        f"La jeune pousse montréalaise {CB}, qui récupère le lithium et le nickel des batteries usagées, a bouclé une "
        f"ronde de financement de série B de 45 millions $ menée par {CC}, avec la participation de Desjardins "
        "Capital et de BDC Capital. L'opération, annoncée mardi, valorise l'entreprise à 260 millions $, selon une "
        "source proche du dossier. Les fonds serviront à tripler la capacité de l'usine d'ici la fin de 2034 et à "
        "embaucher 120 personnes, principalement en Mauricie.\n\n"
        "La start-up avait levé 8 millions $ en amorçage en 2030 auprès d'Anges Québec. Fondée en 2027 par deux "
        f"anciens chercheurs de Polytechnique Montréal, elle traite aujourd'hui 4 000 tonnes de batteries par an dans "
        f"son usine de Trois-Rivières et récupère 92 % du lithium qu'elles contiennent. {CC} détiendra 18 % du "
        "capital.\n\n"
        f"Sa cofondatrice et cheffe de la direction, {AOB}, a répondu à nos questions.\n"
        "— Pourquoi lever maintenant ?\n"
        "— Les constructeurs automobiles nous réclament des volumes dix fois plus importants. Nous construirons une "
        "deuxième usine en Ontario d'ici 2035.\n"
        "— Craignez-vous la concurrence chinoise ?\n"
        "— Oui, mais nos coûts ont baissé de 30 % en deux ans et nos clients veulent un approvisionnement "
        "nord-américain.\n\n"
        f"D'après {SB}, associé chez {CC}, le marché nord-américain du recyclage des batteries pèsera 12 "
        "milliards $ en 2040. La filière batterie québécoise a attiré plus de 7 milliards $ d'investissements "
        "depuis 2020."))
    for s, l, c, o in [(CB, ORG, None, False), ("Geneviève Tremblay-Roy", PER, None, False), (CC, ORG, None, False),
                       ("Desjardins Capital", ORG, None, False), ("BDC Capital", ORG, None, False),
                       ("Anges Québec", ORG, None, False), ("Polytechnique Montréal", ORG, None, False),
                       ("Trois-Rivières", LOC, None, False), ("Mauricie", LOC, None, False), (AOB, PER, None, False), ("Ontario", LOC, None, False),
                       (SB, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Montréal business site copied as plain text: a headline, a byline ('Par "
                      "Geneviève Tremblay-Roy') and a publication line with a Quebec clock time spaced around 'h' "
                      "('Publié le 18 mai 2033 à 6 h 00'), no dateline; an interview in dialogue dashes (U+2014). The "
                      "reference date is the publication day (Wednesday 18 May 2033), the day after the announcement "
                      "('annoncée mardi'). Straight apostrophes; ordinary spaces before '%', before '$' and in '4 000 "
                      "tonnes'; Quebec money with '$' after the number and its scale word.")
    a["notes"].append("Entities: the coined start-up 'Cobalis' (headline, body) is ORG; the funds 'Cycle Capital' "
                      "(three times: lead investor, holder of a stake, the partner's firm), 'Desjardins Capital', 'BDC "
                      "Capital', the angel network 'Anges Québec' (no separate 'Québec') and the engineering school "
                      "'Polytechnique Montréal' (no separate 'Montréal') are ORG; 'Trois-Rivières', 'Mauricie' (the region) and 'Ontario' "
                      "(inside an answer) are LOC. 'montréalaise', 'chinoise', 'nord-américain' are adjectives; 'La jeune "
                      "pousse', 'La start-up', 'L'opération', 'l'entreprise' are not names.")
    a["notes"].append("Quotes: '<clause>, selon une source proche du dossier' (inverted, a noun-phrase speaker with "
                      "its indefinite article, canonical null, as in the fifth and twelfth sets); the interview in "
                      "dialogue dashes follows the fifth set: each answer is one required direct quote from the first "
                      "word after the dash and its space to the end of the line (final punctuation kept), cue null, "
                      "speaker the interviewee named in the sentence introducing the interview ('Sa cofondatrice et "
                      "cheffe de la direction, X, a répondu à nos questions'), gender female ('cofondatrice'); the "
                      "questions are optional direct quotes with a null speaker (the site asks as 'nos questions', "
                      "unnamed), as the 'Q :' questions of the fifteenth set; *new*: 'D'après X, associé chez Y, "
                      "<clause>' (indirect, cue 'D'après' with its elided 'de', the name in first position). Not "
                      "quotes: 'X a répondu à nos questions'.")
    a["notes"].append("Events: one fact, one event: the series B (headline 'récolte 45 millions $', body 'a bouclé une "
                      "ronde de financement de série B de 45 millions $ menée par Cycle Capital, avec la participation "
                      "de Desjardins Capital et de BDC Capital', 'L'opération, annoncée mardi, valorise l'entreprise à "
                      "260 millions $') is one funding event (trigger 'ronde de financement') with its round, its lead "
                      "and its two followers, the valuation (no separate valuation event) and the date of the "
                      "announcement; the seed round referred back to with a noun phrase ('La start-up avait levé 8 "
                      "millions $ en amorçage en 2030 auprès d'Anges Québec') is a second funding event with its round, "
                      "investor and year. Roles: 'Sa cofondatrice et cheffe de la direction, X' (two titles joined by "
                      "'et', as written; 'Sa' is Cobalis: organization optional), 'X, associé chez Cycle Capital' "
                      "(organization required). The founding by two unnamed researchers is no role; Cycle Capital's "
                      "coming stake ('18 %'), the plant's output and the market forecast are no events.")
    a["notes"].append("Dates: the publication line '18 mai 2033 à 6 h 00' is one TIME; 'mardi' the day before; 'en "
                      "2030', 'Fondée en 2027' years; 'par an' (a rate) optional, as in the earlier sets; 'd'ici 2035' "
                      "(inside an answer) the year; 'en deux ans' (inside an answer) a duration; 'en 2040' the year of "
                      "the forecast; 'd'ici la fin de 2034' the year with mod END (span 'fin de 2034', as 'fin de 2025' "
                      "in the contract); 'depuis 2020' the year. The sector's 'plus de 7 milliards $' is money (span "
                      "without 'plus de'), no event. Money: bare '$' after a number and its scale word in a Quebec article is CAD, as in "
                      "the fifteenth set (the headline's '45 millions $' is a money item of its own). Percentages: '92 "
                      "%' (a recovery rate), '18 %' (a stake), '30 %' (inside an answer). '4 000 tonnes', 'dix fois' are "
                      "no money or percentages.")
    M(a, "45 millions $", 45e6, "CAD", nth=0)
    M(a, "45 millions $", 45e6, "CAD", nth=1)
    M(a, "260 millions $", 260e6, "CAD")
    M(a, "8 millions $", 8e6, "CAD")
    M(a, "12 milliards $", 12e9, "CAD")
    M(a, "7 milliards $", 7e9, "CAD")
    P(a, "92 %", 92)
    P(a, "18 %", 18)
    P(a, "30 %", 30)
    D(a, "18 mai 2033 à 6 h 00", "2033-05-18T06:00", typ="TIME", note="the publication line: day and Quebec clock time")
    D(a, "mardi", "2033-05-17", note="past: 'L'opération, annoncée mardi'")
    D(a, "fin de 2034", "2034", mod="END", note="'d'ici la fin de 2034': span without 'd'ici la'")
    D(a, "2030", "2030", note="'en amorçage en 2030'")
    D(a, "2027", "2027", note="'Fondée en 2027'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "2035", "2035", note="'d'ici 2035', inside an answer")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'en deux ans', inside an answer")
    D(a, "2040", "2040", note="'en 2040': the forecast's year")
    D(a, "2020", "2020", note="'depuis 2020'")
    Q(a, "[L'opération, annoncée mardi, valorise l'entreprise à 260 millions $], selon", "indirect",
      "[selon] une source", ("[une source proche du dossier]", None, None),
      note="inverted 'selon' with an unnamed source")
    Q(a, "— [Pourquoi lever maintenant ?]", "direct", None, None, optional=True,
      note="the site's question ('nos questions'): no one named")
    Q(a, "— [Les constructeurs automobiles nous réclament des volumes dix fois plus importants. Nous construirons une deuxième usine en Ontario d'ici 2035.]",
      "direct", None, (AOB, AOB, PER), gender="female",
      note="an answer after a dialogue dash; the speaker named in the sentence introducing the interview")
    Q(a, "— [Craignez-vous la concurrence chinoise ?]", "direct", None, None, optional=True,
      note="the site's question ('nos questions'): no one named")
    Q(a, "— [Oui, mais nos coûts ont baissé de 30 % en deux ans et nos clients veulent un approvisionnement nord-américain.]",
      "direct", None, (AOB, AOB, PER), gender="female", note="an answer after a dialogue dash")
    Q(a, f"associé chez {CC}, [le marché nord-américain du recyclage des batteries pèsera 12 milliards $ en 2040].",
      "indirect", "[D'après] Stéphane", (SB, SB, PER), gender="male",
      note="'D'après X, associé chez Y, <clause>'; 'associé' and the given name show the gender")
    V(a, "funding", "ronde de financement", {"company": CB, "amount": ("45 millions $"), "round": "série B",
                                             "investors": [CC, "Desjardins Capital", "BDC Capital"],
                                             "valuation": "260 millions $", "date": "mardi"},
      note="the headline states the same round; the valuation of the next sentence belongs to it")
    V(a, "funding", "levé", {"company": CB, "amount": "8 millions $", "round": "amorçage",
                             "investors": ["Anges Québec"], "date": "2030"},
      note="'La start-up avait levé ...': Cobalis, an earlier round referred back to")
    V(a, "role", "cofondatrice et cheffe de la direction", {"person": AOB,
                                                            "title": "cofondatrice et cheffe de la direction",
                                                            "organization": ("opt", CB)},
      note="'Sa cofondatrice et cheffe de la direction, X': two titles joined by 'et', as written")
    V(a, "role", "associé", {"person": SB, "title": "associé", "organization": CC},
      note="'X, associé chez Cycle Capital'")


def define_n(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "“", "”"     # English curly double quotes in this article
    KV, FT, SKA, AD = "Kanvo", "Faso Transfert", "Serge Kouamé Ahoua", "Adenia Partners"
    BC = "Banque centrale des États de l'Afrique de l'Ouest"
    BR = "Bourse régionale des valeurs mobilières"
    # ------------------------------------------------------------ N: an Ivorian mobile-money group to buy a Burkinabè transfer firm (Abidjan business site)
    a = B.article("N-rachat-mobile-money-abidjan", "2033-06-09", (
        f"Mobile money : l'ivoirien {KV} va racheter le burkinabè {FT}\n"
        "Par Koffi Yao N'Guessan | Abidjan, le 9 juin 2033\n\n"
        f"Le groupe ivoirien {KV}, spécialiste du paiement mobile, va racheter 75{NB}% de {FT}, numéro deux du "
        "transfert d'argent au Burkina Faso, pour 36 milliards de francs CFA (environ 55 millions d'euros). Le vendeur, "
        f"le fonds {AD}, conservera 25{NB}% du capital. {O}L'accord a été signé mercredi à Ouagadougou et doit "
        f"encore être approuvé par la {BC} (BCEAO){C}, précise un communiqué de {KV}.\n\n"
        f"{O}Avec {FT}, nous serons présents dans six pays de l'UEMOA et nous toucherons 14 millions de "
        f"clients{C}, a affirmé {SKA}, patron de {KV}, lors d'une conférence de presse à Abidjan. Sa "
        f"{O}super-application{C}, qui réunit paiement, épargne et microcrédit, sera lancée au Burkina Faso dès "
        "janvier. Fondé en 2019 par d'anciens cadres bancaires, le groupe compte 9 millions d'utilisateurs actifs en "
        "Côte d'Ivoire, au Mali et au Niger.\n\n"
        f"Coté à la {BR} (BRVM) depuis 2030, {KV} a publié en avril un bénéfice net de 18,4 milliards de "
        f"FCFA pour 2032, en hausse de 21{NB}%. La société a indiqué que l'opération serait financée par sa "
        f"trésorerie et par un prêt de NSIA Banque. Le titre {KV} a pris 6,2{NB}% à l'annonce.\n\n"
        f"Le groupe ne compte pas s'arrêter là. {KV} serait en discussions pour prendre le contrôle du sénégalais "
        f"Terangis, qui détient 38{NB}% du marché du transfert entre le Sénégal et la Mauritanie, d'après Financial "
        f"Afrik. Interrogée, la direction de {KV} n'a pas souhaité commenter."))
    for s, l, c, o in [(KV, ORG, None, False), (FT, ORG, None, False), ("Koffi Yao N'Guessan", PER, None, False),
                       ("Abidjan", LOC, None, False), ("Burkina Faso", LOC, None, False), (AD, ORG, None, False),
                       ("Ouagadougou", LOC, None, False), (BC, ORG, None, False), ("BCEAO", ORG, BC, False),
                       ("UEMOA", ORG, None, False), (SKA, PER, None, False), (BR, ORG, None, False),
                       ("BRVM", ORG, BR, False), ("NSIA Banque", ORG, None, False), ("Terangis", ORG, None, False),
                       ("Sénégal", LOC, None, False), ("Mauritanie", LOC, None, False), ("Côte d'Ivoire", LOC, None, False),
                       ("Mali", LOC, None, False), ("Niger", LOC, None, False),
                       ("Financial Afrik", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Ivorian business news site copied as plain text: a headline opened by a section phrase ('Mobile "
                      "money :'), a byline with place and date after a vertical bar ('Par Koffi Yao N'Guessan | Abidjan, "
                      "le 9 juin 2033'), no dateline. The reference date is that day (Thursday 9 June 2033), the day "
                      "after the signing ('signé mercredi'). Straight apostrophes; no-break spaces before '%'; *new*: "
                      "every direct quote is marked with English curly double quotes (U+201C, U+201D), which the "
                      "contract lists beside the guillemets; a term between the same marks is no quote.")
    a["notes"].append("Entities: the coined Ivorian group 'Kanvo' and the coined Burkinabè target 'Faso Transfert' "
                      "(headline, body, inside the CEO's marked words) are ORG, the target holding no separate "
                      "place; the PE fund 'Adenia Partners', the central bank written in full with its acronym in "
                      "brackets ('Banque centrale des États de l'Afrique de l'Ouest (BCEAO)': one ORG, no separate "
                      "place inside, the acronym with the full name as canonical), the monetary union 'UEMOA' (never "
                      "spelled out), the regional market with its acronym ('Bourse régionale des valeurs mobilières "
                      "(BRVM)'), the bank 'NSIA Banque', the coined Senegalese target 'Terangis' and the news site "
                      "'Financial Afrik' are ORG; 'Abidjan' (byline, press conference), 'Burkina Faso' (twice), "
                      "'Ouagadougou', 'Côte d'Ivoire', 'Mali', 'Niger', 'Sénégal' and 'Mauritanie' are LOC; the byline's name is PER (an Ivorian name "
                      "with an apostrophe). 'ivoirien', 'burkinabè', 'sénégalais' are adjectives; 'Le groupe', 'Le "
                      "vendeur', 'La société', 'la direction', 'super-application' are not names.")
    a["notes"].append("Quotes: *new*: a direct quote between curly double quotes attributed to a document of a named "
                      "company ('“...”, précise un communiqué de Kanvo': speaker the issuer 'Kanvo' inside 'un "
                      "communiqué de Kanvo', as 'selon un communiqué de l'Élysée' in the fourteenth set); the CEO "
                      "'“...”, a affirmé X, patron de Kanvo'; the company through 'La société a indiqué que <clause>' "
                      "(speaker the noun 'société', canonical Kanvo); a news site by name ('<clause>, d'après "
                      "Financial Afrik': inverted 'd'après'). Not quotes: the term between curly quotes ('Sa "
                      "“super-application”, qui réunit ...': a word of the company's marketing that no one says here), "
                      "'Interrogée, la direction de Kanvo n'a pas souhaité commenter' (no words reported), 'a publié en "
                      "avril un bénéfice net ...' (a noun-phrase object).")
    a["notes"].append("Events: one fact, one event: the purchase (headline 'va racheter le burkinabè Faso Transfert', "
                      "body 'va racheter 75 % de Faso Transfert ... pour 36 milliards de francs CFA', the seller in the "
                      "next sentence, the signing 'mercredi' inside the communiqué's words, the central bank's approval "
                      "still needed) is one announced acquisition (trigger the body's verb 'racheter', the second "
                      "occurrence), stake '75 %', amount the francs CFA (the euro equivalent in brackets is no "
                      "argument), seller 'Adenia Partners', date 'mercredi' (the date the text gives for the deal: the "
                      "signing). 'Kanvo serait en discussions pour prendre le contrôle du sénégalais Terangis' is a "
                      "planned acquisition (trigger 'serait en discussions', as in the fifteenth set). The 2032 net "
                      "profit with its rise is a result (period 'pour 2032'; 'en avril' the publication, no argument). "
                      "Role: 'X, patron de Kanvo' (organization required). Not events: the seller's remaining '25 %', "
                      "the bank loan, the app launch, Terangis's market share ('38 %'), the listing since 2030.")
    a["notes"].append("Dates: the byline's '9 juin 2033'; 'mercredi' (inside the communiqué's words) the day before; "
                      "'dès janvier' (future: 'sera lancée') next January, 2034-01; 'Fondé en 2019' and 'depuis 2030' years; 'en avril' "
                      "(past: 'a publié') 2033-04; 'pour 2032' the year. Money: 'francs CFA' and 'FCFA' are XOF, as in "
                      "the ninth and twelfth sets ('36 milliards de francs CFA', '18,4 milliards de FCFA'); the euro "
                      "equivalent in brackets ('55 millions d'euros', after 'environ') a second item. Percentages: '75 "
                      "%' (the stake bought), '25 %' (the stake kept), '21 %' (a rise), '38 %' (a market share), '6,2 %' (a share move). '14 "
                      "millions de clients', '9 millions d'utilisateurs' and 'six pays' are counts.")
    M(a, "36 milliards de francs CFA", 36e9, "XOF")
    M(a, "55 millions d'euros", 55e6, "EUR")
    M(a, "18,4 milliards de FCFA", 18.4e9, "XOF")
    P(a, f"75{NB}%", 75)
    P(a, f"25{NB}%", 25)
    P(a, f"21{NB}%", 21)
    P(a, f"38{NB}%", 38)
    P(a, f"6,2{NB}%", 6.2)
    D(a, "9 juin 2033", "2033-06-09", note="the byline's date, after the place and 'le'")
    D(a, "mercredi", "2033-06-08", note="'L'accord a été signé mercredi', inside the communiqué's words")
    D(a, "janvier", "2034-01", note="future: 'sera lancée au Burkina Faso dès janvier', next January")
    D(a, "2019", "2019", note="'Fondé en 2019'")
    D(a, "2030", "2030", note="'depuis 2030'")
    D(a, "avril", "2033-04", note="past: 'a publié en avril'")
    D(a, "2032", "2032", note="'pour 2032'")
    Q(a, f"{O}[L'accord a été signé mercredi à Ouagadougou et doit encore être approuvé par la {BC} (BCEAO)]{C}",
      "direct", "précise", ("communiqué de [Kanvo]", KV, ORG),
      note="a company's document: the issuer named after 'un communiqué de' speaks")
    Q(a, f"{O}[Avec {FT}, nous serons présents dans six pays de l'UEMOA et nous toucherons 14 millions de clients]{C}",
      "direct", "a affirmé", (SKA, SKA, PER), gender="male", note="the given name shows the gender")
    Q(a, "indiqué que [l'opération serait financée par sa trésorerie et par un prêt de NSIA Banque].", "indirect",
      "a indiqué", ("La [société] a indiqué", KV, ORG), note="'La société' is Kanvo, the subject of the sentence before")
    Q(a, f"[{KV} serait en discussions pour prendre le contrôle du sénégalais Terangis, qui détient 38{NB}% du marché du transfert entre le Sénégal et la Mauritanie], d'après",
      "indirect", "[d'après] Financial", ("Financial Afrik", "Financial Afrik", ORG),
      note="inverted 'd'après <news site>'")
    V(a, "acquisition", "racheter", {"target": FT, "buyer": KV, "seller": AD, "amount": "36 milliards de francs CFA",
                                     "stake": f"75{NB}%", "date": "mercredi", "status": "announced"}, nth=1,
      note="the body's 'va racheter' (the headline states the same deal); the seller in the next sentence, the "
           "signing date inside the communiqué's words")
    V(a, "role", "patron", {"person": SKA, "title": "patron", "organization": KV}, note="'X, patron de Kanvo'")
    V(a, "result", "bénéfice net", {"company": KV, "metric": "net_income", "amount": "18,4 milliards de FCFA",
                                    "change": f"21{NB}%", "period": "2032"})
    V(a, "acquisition", "serait en discussions", {"target": "Terangis", "buyer": KV, "status": "planned"},
      note="a rumoured takeover reported by a news site: planned")


def define_o(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    FV, BG, LM, CP = "Ferrovale", "Brauner Guss", "Laurent Mougenot", "Calderon Partners"
    # ------------------------------------------------------------ O: a strike at a foundry that may change hands (French regional daily, web)
    a = B.article("O-greve-fonderie-saint-dizier", "2033-09-22", (
        f"Saint-Dizier. Grève reconduite chez {FV}, la fonderie pourrait changer de mains\n"
        "Par Mathieu Herbelot\n"
        "Publié le jeudi 22 septembre 2033 à 17h20\n\n"
        f"Les fours de {FV} sont restés froids pour le troisième jour consécutif. Selon la CGT, 62{NN}% des 540 "
        "salariés de la fonderie de Saint-Dizier ont cessé le travail mercredi. Le syndicat, qui réclame une hausse "
        f"générale des salaires de 4{NN}% quand la direction propose +1,8{NN}%, estime que l'entreprise {O}joue la "
        f"montre{C}.\n\n"
        f"{O}Nous ne pouvons pas aller au-delà sans mettre le site en danger{C}, a répondu la direction dans un "
        f"communiqué. Filiale du groupe allemand {BG}, la fonderie, qui fabrique des disques de frein pour "
        "l'automobile, a perdu 14 millions d'euros en 2032. Fondée en 1936, elle livre notamment Stellantis et Renault, "
        "qui n'ont pas signalé de retards. Le directeur du site, "
        f"{LM}, arrivé en janvier, a assuré qu'aucune commande n'avait été perdue.\n\n"
        f"L'avenir de l'usine se joue pourtant ailleurs. {BG} serait en discussions avec le fonds de "
        f"retournement {CP} pour lui céder {FV}, selon plusieurs sources syndicales. Le taux d'absentéisme a "
        f"déjà bondi de 3 points depuis l'annonce, en juin, d'un plan d'économies baptisé {O}Fonderie d'avenir{C}.\n\n"
        f"{O}Perdre {FV}, ce serait perdre la dernière grande usine de la ville{C}, a lancé le maire de "
        "Saint-Dizier, venu jeudi soutenir les grévistes devant les grilles. Une réunion avec la préfecture de la "
        "Haute-Marne est prévue lundi, et la CGT appelle à un rassemblement samedi devant la sous-préfecture."))
    for s, l, c, o in [(FV, ORG, None, False), ("Saint-Dizier", LOC, None, False), ("Mathieu Herbelot", PER, None, False),
                       ("CGT", ORG, None, False), (BG, ORG, None, False), ("Stellantis", ORG, None, False), ("Renault", ORG, None, False), (LM, PER, None, False), (CP, ORG, None, False),
                       ("Fonderie d'avenir", MISC, None, True), ("Haute-Marne", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by the town's "
                      "name and a full stop ('Saint-Dizier. Grève reconduite ...'), a byline ('Par Mathieu Herbelot') "
                      "and a publication line with the weekday and the clock time ('Publié le jeudi 22 septembre 2033 à "
                      "17h20'), no dateline. The reference date is that day (Thursday 22 September 2033). Straight "
                      "apostrophes; narrow no-break spaces (U+202F) before '%'; no-break spaces (U+00A0) inside the "
                      "guillemets.")
    a["notes"].append("Entities: the coined foundry 'Ferrovale' (headline, body, inside the mayor's marked words), its "
                      "coined German parent 'Brauner Guss', the coined turnaround fund 'Calderon Partners', the carmakers 'Stellantis' and "
                      "'Renault' (customers) and the union 'CGT' (twice) are ORG; 'Saint-Dizier' (headline, 'la fonderie de Saint-Dizier', 'le maire de "
                      "Saint-Dizier') and 'Haute-Marne' ('la préfecture de la Haute-Marne': the département, the "
                      "préfecture itself no name) are LOC; the savings plan's name between marks ('un plan d'économies "
                      "baptisé « Fonderie d'avenir »') is an optional MISC, never a quote, as the project's name in the "
                      "fifteenth set. 'allemand' is an adjective; 'Le syndicat', 'la direction', 'l'entreprise', 'la "
                      "fonderie', 'le site', 'l'usine', 'le maire' are not names.")
    a["notes"].append("Quotes: the union by name ('Selon la CGT, <clause>'), then by a noun phrase with a partly "
                      "marked clause ('Le syndicat, qui réclame ..., estime que l'entreprise « joue la montre »': one "
                      "direct quote for the marked words, the contract's rule, as in the fourth and ninth sets; speaker "
                      "the noun 'syndicat', canonical CGT, as 'Le syndicat' in the tenth set); *new*: the management "
                      "through 'a répondu la direction dans un communiqué' (speaker the noun 'direction', canonical "
                      "Ferrovale, as 'la direction' in the tenth and eleventh sets); the site director 'a assuré "
                      "qu'<clause>' (indirect, the span starts after the elided 'qu''); a rumour from unnamed union "
                      "sources ('<clause>, selon plusieurs sources syndicales': a plural noun-phrase speaker, canonical "
                      "null); the mayor by his title only ('a lancé le maire de Saint-Dizier': a noun-phrase speaker, "
                      "canonical null since the text never names him, gender male from 'le maire'). Not quotes: the "
                      "plan's name between marks, 'la direction propose +1,8 %' (an offer, no words reported), 'Le "
                      "syndicat ... réclame une hausse' (a noun-phrase object).")
    a["notes"].append("Events: the foundry's 2032 loss ('la fonderie ... a perdu 14 millions d'euros en 2032', metric "
                      "loss, company Ferrovale, 'la fonderie' of the sentence); the parent's planned sale ('Brauner Guss "
                      "serait en discussions avec le fonds de retournement Calderon Partners pour lui céder Ferrovale': "
                      "one planned acquisition, target Ferrovale, buyer the fund, seller the parent; trigger 'serait en "
                      "discussions'). Role: 'Le directeur du site, X' (title as written, organization optional: the site "
                      "is Ferrovale's). The unnamed mayor gives no role (no person). Not events: the wage claim and "
                      "offer, the strike, the absenteeism, the savings plan, the meeting.")
    a["notes"].append("Dates: the publication line 'jeudi 22 septembre 2033 à 17h20' is one TIME with its weekday; "
                      "'mercredi' the day before; 'en 2032' the year; 'arrivé en janvier' (past) 2033-01; 'en juin' "
                      "(past: 'depuis l'annonce, en juin') 2033-06; 'jeudi' (the mayor's visit) the publication day; "
                      "'lundi' (future: 'est prévue lundi') the coming Monday, 2033-09-26; 'samedi' (future: 'appelle à un "
                      "rassemblement samedi') the coming Saturday, 2033-09-24; 'Fondée en 1936' the year. 'appelle à un "
                      "rassemblement' is a call with a noun-phrase object, no quote. 'le troisième jour "
                      "consécutif' is no date. Money: '14 millions d'euros'. Percentages: '62 %' (a strike rate), '4 %' "
                      "(a wage claim), '+1,8 %' (an offer, sign kept in the span), '3 points' (points: an absenteeism "
                      "rate's rise, as '1,5 point' in the twelfth set). '540 salariés' is a count.")
    M(a, "14 millions d'euros", 14e6, "EUR")
    P(a, f"62{NN}%", 62)
    P(a, f"4{NN}%", 4)
    P(a, f"+1,8{NN}%", 1.8)
    P(a, "3 points", 3, points=True)
    D(a, "jeudi 22 septembre 2033 à 17h20", "2033-09-22T17:20", typ="TIME",
      note="the publication line: weekday, day and clock time")
    D(a, "mercredi", "2033-09-21", note="past: 'ont cessé le travail mercredi'")
    D(a, "2032", "2032", note="'a perdu 14 millions d'euros en 2032'")
    D(a, "1936", "1936", note="'Fondée en 1936'")
    D(a, "janvier", "2033-01", note="past: 'arrivé en janvier'")
    D(a, "juin", "2033-06", note="past: 'depuis l'annonce, en juin'")
    D(a, "jeudi", "2033-09-22", nth=1, note="'venu jeudi soutenir les grévistes': the publication day")
    D(a, "lundi", "2033-09-26", note="future: 'Une réunion ... est prévue lundi'")
    D(a, "samedi", "2033-09-24", note="future: 'appelle à un rassemblement samedi'")
    Q(a, f"Selon la CGT, [62{NN}% des 540 salariés de la fonderie de Saint-Dizier ont cessé le travail mercredi].",
      "indirect", "[Selon] la CGT", ("CGT", "CGT", ORG), note="the union by name")
    Q(a, f"l'entreprise {O}[joue la montre]{C}", "direct", "estime", ("Le [syndicat], qui", "CGT", ORG),
      note="a partly marked clause after 'estime que': one direct quote for the marked words; 'Le syndicat' is the "
           "CGT of the sentence before")
    Q(a, f"{O}[Nous ne pouvons pas aller au-delà sans mettre le site en danger]{C}", "direct", "a répondu",
      ("a répondu la [direction]", FV, ORG), note="the foundry's management, speaking through a statement")
    Q(a, "assuré qu'[aucune commande n'avait été perdue].", "indirect", "a assuré", (LM, LM, PER), gender="male",
      note="'a assuré qu'<clause>': the span starts after the elided 'qu''; 'Le directeur' shows the gender")
    Q(a, f"[{BG} serait en discussions avec le fonds de retournement {CP} pour lui céder {FV}], selon", "indirect",
      "[selon] plusieurs", ("[plusieurs sources syndicales]", None, None),
      note="inverted 'selon' with unnamed sources (plural noun phrase)")
    Q(a, f"{O}[Perdre {FV}, ce serait perdre la dernière grande usine de la ville]{C}", "direct", "a lancé",
      ("le [maire de Saint-Dizier], venu", None, None), gender="male",
      note="a mayor never named: noun phrase, canonical null; 'le maire' and 'venu' show the gender")
    V(a, "result", "perdu", {"company": FV, "metric": "loss", "amount": "14 millions d'euros", "period": "2032"},
      note="'la fonderie, ..., a perdu 14 millions d'euros en 2032': the foundry is Ferrovale")
    V(a, "role", "directeur du site", {"person": LM, "title": "directeur du site", "organization": ("opt", FV)},
      note="'Le directeur du site, X': the site is Ferrovale's")
    V(a, "acquisition", "serait en discussions", {"target": FV, "buyer": CP, "seller": BG, "status": "planned"},
      note="a parent's sale under discussion, reported by union sources: planned")
