"""The three articles of the thirteenth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind13`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and 'point', inside guillemets in B)
NN = "\u202f"    # narrow no-break space (before % and inside guillemets in C)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    OD, CVA, JM, NBe = "Olivier Desmarchais", "Claire Vasseur-Amiel", "Julien Maréchal", "Nadia Benali"
    AMF, KC = "Autorité des marchés financiers", "Kepler Cheuvreux"
    # ------------------------------------------------------------ A: a hostile takeover bid in French industry (AFP)
    a = B.article("A-opa-hostile-industrie", "2031-04-09", (
        "PARIS, 9 avril (AFP) - Le groupe Mécanor jette son dévolu sur son rival Valtéris. Le fabricant "
        "lyonnais de pompes (2,4 milliards d'euros de chiffre d'affaires en 2030) lance une offre publique d'achat "
        "(OPA) hostile sur le stéphanois, à 34 euros par action, soit 1,62 milliard d'euros au total, a-t-il annoncé "
        "mercredi. La prime atteint 31 % sur le cours de clôture de mardi. L'offre doit être validée par "
        f"l'{AMF} (AMF).\n\n"
        "« En mettant la main sur Valtéris, nous créons le champion européen des fluides », a déclaré "
        f"le PDG de Mécanor, {OD}. Selon lui, les synergies atteindront 85 millions d'euros par an d'ici 2034. "
        "Le rachat de l'américain Hydrelis en 2029, pour 310 millions d'euros, avait déjà ouvert au groupe le "
        "marché nord-américain. Pour financer l'offre, Mécanor a annoncé la cession de sa division "
        "Aquastel au fonds Eurazeo pour environ 420 millions d'euros.\n\n"
        "Chez Valtéris, la riposte a été immédiate. Le groupe a indiqué dans un communiqué que son conseil "
        "d'administration avait rejeté une offre jugée inamicale. « Mécanor veut s'offrir Valtéris au "
        "plus bas du cycle », a dénoncé sur BFM Business la directrice générale de Valtéris, "
        f"{CVA}. Selon elle, le groupe, qui a réalisé en 2030 un chiffre d'affaires de 1,18 milliard "
        "d'euros, en hausse de 6,4 %, peut rester indépendant.\n\n"
        "L'allemand Krantzberg serait en discussions avec Valtéris pour une contre-offre, selon Les Echos. Le "
        "groupe de Stuttgart, qui avait mis la main sur le suédois Nordventil en 2027, n'a pas souhaité commenter. "
        "Bercy a fait savoir qu'il examinerait toute offre étrangère.\n\n"
        f"« À 34 euros, l'offre a peu de chances d'aboutir sans surenchère », estime {JM}, analyste chez "
        f"{KC}. Vers 11 h 30, l'action Valtéris bondissait de 36,2 % à la Bourse de Paris, tandis que Mécanor "
        "reculait de 3,8 %. Les salariés de Valtéris s'inquiètent. « Une fusion, c'est toujours des fermetures "
        f"de sites », a prévenu {NBe}, déléguée centrale CFDT."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), ("Mécanor", ORG, None, False),
                       ("Valtéris", ORG, None, False), (AMF, ORG, None, False), ("AMF", ORG, AMF, False),
                       (OD, PER, None, False), ("Hydrelis", ORG, None, False), ("Aquastel", ORG, None, False),
                       ("Eurazeo", ORG, None, False), ("BFM Business", ORG, None, False), (CVA, PER, None, False),
                       ("Krantzberg", ORG, None, False), ("Les Echos", ORG, None, False), ("Stuttgart", LOC, None, False),
                       ("Nordventil", ORG, None, False), ("Bercy", ORG, None, False), (JM, PER, None, False),
                       (KC, ORG, None, False), ("Bourse de Paris", ORG, None, False), (NBe, PER, None, False), ("CFDT", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (PARIS, AFP): the reference date is the dateline day (Wednesday 9 April "
                      "2031), the day the bid is launched. Ordinary spaces before '%' and inside the guillemets.")
    a["notes"].append("Entities: the bidder 'Mécanor' and the target 'Valtéris' (coined French names, bare in every "
                      "mention, some inside marked words) are ORG; 'Hydrelis' (an earlier US target), 'Aquastel' (a "
                      "division named after its noun, sold as a company), 'Eurazeo' (a fund, after 'au fonds'), "
                      "'Krantzberg' (the rumoured white knight), 'Nordventil' (its earlier Swedish target) are ORG; "
                      "the market regulator named in full with its acronym in brackets has the full name as "
                      "canonical for both; 'BFM Business' (a channel, between cue and speaker), 'Les Echos' (a "
                      "paper, article kept), 'Bercy' (the ministry by its seat, speaking), 'Kepler Cheuvreux' (a "
                      "broker, after 'chez'), 'Bourse de Paris' (no separate 'Paris') and 'CFDT' (never spelled "
                      "out, keeps its form) are ORG. 'Stuttgart' ('Le groupe de Stuttgart') is LOC. "
                      "'lyonnais', 'stéphanois', 'américain', 'nord-américain', 'allemand', 'suédois', 'européen' "
                      "are adjectives; 'OPA', 'Le groupe', 'La prime', 'Les salariés' are not names.")
    a["notes"].append("Quotes: the bidder announces its bid through an inverted pronoun ('<clause>, a-t-il annoncé "
                      "mercredi': 'il' is 'Le fabricant lyonnais', Mécanor, no gender for a company); its CEO 'a "
                      "déclaré le PDG de Mécanor, X' then 'Selon lui, <clause>'; 'Mécanor a annoncé la "
                      "cession de ...' (a noun-phrase object) is optional, as in the tenth set; the target speaks "
                      "through 'Le groupe a indiqué dans un communiqué que <clause>' (canonical Valtéris, the company "
                      "of 'Chez Valtéris' opening the paragraph); its CEO '« ... », a dénoncé sur BFM Business la "
                      "directrice générale de Valtéris, X' (the medium between cue and speaker) then 'Selon elle, "
                      "<clause>'; '<clause>, selon Les Echos' (inverted, the paper by name); 'Bercy a fait savoir "
                      "qu'<clause>'; the analyst 'estime X, analyste chez Kepler Cheuvreux'; the union delegate 'a "
                      "prévenu X, déléguée centrale CFDT'. Not quotes: 'n'a pas souhaité commenter' (no content), "
                      "'Les salariés de Valtéris s'inquiètent' (no speech reported).")
    a["notes"].append("Events: one fact, one event: the bid ('jette son dévolu sur son rival Valtéris', 'lance une "
                      "offre publique d'achat (OPA) hostile sur le stéphanois ... soit 1,62 milliard d'euros au total', "
                      "'En mettant la main sur Valtéris' inside the CEO's quote, 'l'offre') is one acquisition, "
                      "'announced' (a bid launched, not yet cleared nor accepted; its rejection by the target's board "
                      "does not change what was announced), its trigger the noun as in the eleventh set, its amount "
                      "the total (the price per share and the premium are no arguments). 'Le rachat de l'américain "
                      "Hydrelis en 2029, pour 310 millions d'euros' is done (buyer Mécanor: 'avait déjà ouvert au "
                      "groupe'); "
                      "'Mécanor a annoncé la cession de sa division Aquastel au fonds Eurazeo pour "
                      "environ 420 millions d'euros' is announced (seller Mécanor, buyer Eurazeo, target the "
                      "division), no date written; 'Krantzberg serait en discussions avec Valtéris pour une "
                      "contre-offre' is planned (target Valtéris); 'qui avait mis la main sur le "
                      "suédois Nordventil en 2027' is done (buyer Krantzberg, the subject 'Le groupe de Stuttgart'). "
                      "Results: the bidder's 2030 revenue in brackets ('2,4 milliards d'euros de chiffre d'affaires "
                      "en 2030') and the target's, with its rise, in a relative clause inside 'Selon elle'. Roles: "
                      "'le PDG de Mécanor, X', 'la directrice générale de Valtéris, X', 'analyste chez Kepler "
                      "Cheuvreux' (organization required), 'X, déléguée centrale CFDT' (the union an optional "
                      "organization, as in the twelfth set). The synergies, the premium, the board's rejection, a "
                      "ministry's review and the share moves are no events.")
    a["notes"].append("Dates: '9 avril' (dateline) and 'mercredi' the dateline day; 'mardi' (the last close) the day "
                      "before; 'en 2030' twice, 'en 2029', 'en 2027'; 'd'ici 2034' inside 'Selon lui' (the year); "
                      "'par an' (a rate) optional; 'Vers 11 h 30' a time of the dateline day (span without 'Vers'). "
                      "Money: the price per share '34 euros' (twice, the second inside the analyst's quote) is "
                      "money; 'environ 420 millions d'euros' has the span without "
                      "'environ'. Percentages: '31 %' ('La prime atteint 31 %'), '6,4 %' (a rise), '36,2 %' and '3,8 %' (share "
                      "moves).")
    M(a, "2,4 milliards d'euros", 2.4e9, "EUR")
    M(a, "34 euros", 34, "EUR")
    M(a, "1,62 milliard d'euros", 1.62e9, "EUR")
    M(a, "85 millions d'euros", 85e6, "EUR")
    M(a, "310 millions d'euros", 310e6, "EUR")
    M(a, "420 millions d'euros", 420e6, "EUR")
    M(a, "1,18 milliard d'euros", 1.18e9, "EUR")
    M(a, "34 euros", 34, "EUR", nth=1)
    P(a, "31 %", 31)
    P(a, "6,4 %", 6.4)
    P(a, "36,2 %", 36.2)
    P(a, "3,8 %", 3.8)
    D(a, "9 avril", "2031-04-09", note="dateline")
    D(a, "2030", "2030", note="the bidder's revenue year, in brackets")
    D(a, "mercredi", "2031-04-09", note="the dateline day")
    D(a, "mardi", "2031-04-08", note="'le cours de clôture de mardi': the last session, the day before")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "2034", "2034", note="'d'ici 2034', inside 'Selon lui'")
    D(a, "2029", "2029")
    D(a, "2030", "2030", nth=1, note="'qui a réalisé en 2030 un chiffre d'affaires'")
    D(a, "2027", "2027")
    D(a, "11 h 30", "2031-04-09T11:30", typ="TIME", note="'Vers 11 h 30' on the dateline day")
    Q(a, "[Le fabricant lyonnais de pompes (2,4 milliards d'euros de chiffre d'affaires en 2030) lance une offre publique d'achat (OPA) hostile sur le stéphanois, à 34 euros par action, soit 1,62 milliard d'euros au total], a-t-il",
      "indirect", "a-t-il annoncé", ("a-t-[il] annoncé", "Mécanor", ORG),
      note="inverted; 'il' is 'Le fabricant lyonnais', Mécanor, named in the sentence before; a company: no gender")
    Q(a, "« [En mettant la main sur Valtéris, nous créons le champion européen des fluides] »", "direct",
      "a déclaré", (OD, OD, PER), gender="male", note="the name in apposition to 'le PDG de Mécanor'; 'le PDG' shows the gender")
    Q(a, "Selon lui, [les synergies atteindront 85 millions d'euros par an d'ici 2034].", "indirect", "[Selon] lui",
      ("Selon [lui]", OD, PER), gender="male", note="'lui' is the CEO of the sentence before")
    Q(a, "annoncé [la cession de sa division Aquastel au fonds Eurazeo pour environ 420 millions d'euros].",
      "indirect", "a annoncé", ("[Mécanor] a annoncé", "Mécanor", ORG), optional=True,
      note="'a annoncé' + noun phrase, not a clause: optional, as in the tenth set")
    Q(a, "dans un communiqué que [son conseil d'administration avait rejeté une offre jugée inamicale].",
      "indirect", "a indiqué", ("Le [groupe] a indiqué", "Valtéris", ORG),
      note="'Le groupe' is Valtéris, the company of 'Chez Valtéris' opening the paragraph")
    Q(a, "« [Mécanor veut s'offrir Valtéris au plus bas du cycle] »", "direct", "a dénoncé", (CVA, CVA, PER),
      gender="female", note="the medium between cue and speaker; 'la directrice générale' shows the gender")
    Q(a, "Selon elle, [le groupe, qui a réalisé en 2030 un chiffre d'affaires de 1,18 milliard d'euros, en hausse de 6,4 %, peut rester indépendant].",
      "indirect", "[Selon] elle", ("Selon [elle]", CVA, PER), gender="female",
      note="'elle' is the target's CEO of the sentence before")
    Q(a, "[L'allemand Krantzberg serait en discussions avec Valtéris pour une contre-offre], selon",
      "indirect", "[selon] Les Echos", ("Les Echos", "Les Echos", ORG), note="inverted 'selon <paper>'")
    Q(a, "savoir qu'[il examinerait toute offre étrangère].", "indirect", "a fait savoir",
      ("Bercy", "Bercy", ORG), note="the ministry by its seat, speaking by name")
    Q(a, "« [À 34 euros, l'offre a peu de chances d'aboutir sans surenchère] »", "direct", "estime", (JM, JM, PER),
      gender="male", note="the given name shows the gender")
    Q(a, "« [Une fusion, c'est toujours des fermetures de sites] »", "direct", "a prévenu",
      (NBe, NBe, PER), gender="female", note="'déléguée' and the given name show the gender")
    V(a, "result", "chiffre d'affaires", {"company": "Mécanor", "metric": "revenue", "amount": "2,4 milliards d'euros",
                                          "period": "2030"},
      note="the bidder's revenue in brackets after 'Le fabricant lyonnais' (Mécanor of the sentence before)")
    V(a, "acquisition", "offre publique d'achat", {"target": "Valtéris", "buyer": "Mécanor",
                                                   "amount": "1,62 milliard d'euros", "date": "mercredi",
                                                   "status": "announced"},
      note="'jette son dévolu sur', the OPA, 'En mettant la main sur' (inside the quote) and 'l'offre' are one fact; "
           "a hostile bid launched: announced")
    V(a, "role", "PDG", {"person": OD, "title": "PDG", "organization": "Mécanor"}, note="'le PDG de Mécanor, X'")
    V(a, "acquisition", "rachat", {"target": "Hydrelis", "buyer": "Mécanor", "amount": "310 millions d'euros",
                                   "date": "2029", "status": "done"},
      note="'Le rachat de l'américain Hydrelis en 2029, pour ..., avait déjà ouvert au groupe ...': the "
           "bidder's earlier purchase")
    V(a, "acquisition", "cession", {"target": "Aquastel", "buyer": "Eurazeo", "seller": "Mécanor",
                                    "amount": "420 millions d'euros", "status": "announced"},
      note="'a annoncé la cession de sa division Aquastel au fonds Eurazeo': announced, no date "
           "written")
    V(a, "role", "directrice générale", {"person": CVA, "title": "directrice générale", "organization": "Valtéris"},
      note="'la directrice générale de Valtéris, X'")
    V(a, "result", "chiffre d'affaires", {"company": "Valtéris", "metric": "revenue",
                                          "amount": "1,18 milliard d'euros", "change": "6,4 %", "period": "2030"},
      nth=1, note="inside 'Selon elle': 'le groupe, qui a réalisé en 2030 ...' is Valtéris")
    V(a, "acquisition", "serait en discussions", {"target": "Valtéris", "buyer": "Krantzberg", "status": "planned"},
      note="a rumoured counter-bid (white knight): planned")
    V(a, "acquisition", "mis la main", {"target": "Nordventil", "buyer": "Krantzberg", "date": "2027",
                                        "status": "done"}, note="'Le groupe de Stuttgart' is Krantzberg")
    V(a, "role", "analyste", {"person": JM, "title": "analyste", "organization": KC})
    V(a, "role", "déléguée centrale", {"person": NBe, "title": "déléguée centrale", "organization": ("opt", "CFDT")},
      note="'X, déléguée centrale CFDT': the union an optional organization, as in the twelfth set")

    define_b(B)
    define_c(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    MR, SN, YB, JD, AMP, VR = ("Matthias Reymond", "Sophie Nicollier", "Yannick Berset", "Julien Dutoit",
                               "Anne-Marie Python", "Valérie Rochat")
    LF, SV = "Lacustra France", "Swisscom Ventures"
    # ------------------------------------------------------------ B: a Geneva sensor maker's half-year results (web article)
    a = B.article("B-resultats-semestriels-geneve", "2031-07-24", (
        "Lacustra résiste au franc fort et relève sa prévision\n"
        "Par Léa Favre | Genève, 24 juillet 2031\n\n"
        "Le fabricant genevois de capteurs industriels Lacustra, coté à la SIX Swiss Exchange et à Euronext Paris, a "
        "publié jeudi des résultats semestriels meilleurs que prévu. Au premier semestre, son chiffre d'affaires a "
        f"progressé de 5,8{NB}%, à 684 millions de francs (environ 730 millions d'euros). Le résultat opérationnel "
        f"atteint 92,3 millions de francs, la marge gagnant 0,7{NB}point, à 13,5{NB}%. Le bénéfice net recule de "
        f"3,1{NB}%, à 61,2 millions de francs, et le carnet de commandes s'établit à 1,1 milliard de "
        "francs.\n\n"
        f"{O}La demande des fabricants de semi-conducteurs reste très soutenue{C}, a déclaré le directeur général, "
        f"{MR}. Il a ajouté que le groupe visait une croissance organique comprise entre 4 et "
        f"6{NB}% pour 2031, contre 3 à 5{NB}% auparavant.\n\n"
        f"La France, où Lacustra réalise 38{NB}% de ses ventes, a freiné la rentabilité. La filiale {LF}, basée "
        "à Annemasse (Haute-Savoie), a essuyé une perte nette de 4,6 millions d'euros, a reconnu la directrice "
        f"financière, {SN}. {O}Nous y avons lancé un plan d'économies sur deux ans{C}, a-t-elle précisé. "
        "Selon la directrice financière, les effets de change ont amputé la croissance de 2,4 points de "
        "pourcentage.\n\n"
        "Lacustra a racheté en mars la start-up lausannoise Fluxio, pour 38 "
        f"millions de francs, a précisé le groupe. Fondée en 2027, la jeune pousse avait levé 9 millions de francs en "
        f"2029 auprès de {SV}. {O}Nous gagnons trois ans de développement{C}, a commenté son fondateur, "
        f"{YB}. Par ailleurs, {JD}, jusqu'ici directeur des opérations, a été nommé directeur général "
        f"adjoint. Il succède le 1er septembre à {AMP}, qui prend sa retraite.\n\n"
        f"{O}Le semestre rassure, mais la France reste un point faible{C}, juge {VR}, analyste chez "
        f"Mirabaud. Selon elle, la nouvelle fourchette paraît prudente. Vers 10 h 45, l'action Lacustra gagnait "
        f"4,1{NB}%, à 118,40 francs."))
    for s, l, c, o in [(LF, ORG, None, False), ("Lacustra", ORG, None, False), ("Léa Favre", PER, None, False),
                       ("Genève", LOC, None, False), ("SIX Swiss Exchange", ORG, None, False),
                       ("Euronext Paris", ORG, None, False), (MR, PER, None, False), ("France", LOC, None, False),
                       ("Annemasse", LOC, None, False), ("Haute-Savoie", LOC, None, False), (SN, PER, None, False),
                       ("Fluxio", ORG, None, False), (SV, ORG, None, False), (YB, PER, None, False),
                       (JD, PER, None, False), (AMP, PER, None, False), (VR, PER, None, False),
                       ("Mirabaud", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Geneva business paper's web article copied as plain text: a headline line and a byline with "
                      "place and date after a vertical bar ('Par Léa Favre | Genève, 24 juillet 2031', no 'le'), no "
                      "dateline. The reference date is that day (Thursday 24 July 2031), the day the results were "
                      "published ('a publié jeudi'). No-break spaces before '%', before 'point' and inside the "
                      "guillemets; 'points de pourcentage' after an ordinary space.")
    a["notes"].append("Entities: 'Lacustra' (a coined Geneva company listed in Zurich and Paris, bare in every "
                      "mention, the headline included) and its French subsidiary 'Lacustra France' are two ORG (the "
                      "subsidiary holds no separate 'Lacustra' nor 'France'), as 'Vantreel Rail Systems' in the "
                      "twelfth set; 'SIX Swiss Exchange' and 'Euronext Paris' (markets, no separate 'Paris'), "
                      "'Fluxio' (a coined Lausanne start-up), 'Swisscom Ventures' (a corporate fund, no separate "
                      "'Swisscom') and 'Mirabaud' (a Geneva bank, after 'chez') are ORG. The byline's name is PER, "
                      "its place 'Genève' LOC; 'France' (twice: 'La France, où Lacustra réalise ...' and inside the "
                      "analyst's marked words, a market), 'Annemasse' and 'Haute-Savoie' (the département in "
                      "brackets) are LOC. 'genevois', 'lausannoise' are adjectives; 'franc fort', 'la jeune pousse', "
                      "'le groupe', 'la filiale' are not names.")
    a["notes"].append("Quotes: the CEO 'a déclaré le directeur général, X' then 'Il a ajouté que <clause>' (the "
                      "guidance, reported); the CFO '<clause>, a reconnu la directrice financière, X' (inverted, "
                      "indirect; the name in apposition speaks), then '« ... », a-t-elle précisé' and 'Selon la "
                      "directrice financière, <clause>' (a noun phrase for the CFO named two sentences before: speaker "
                      "the noun phrase, canonical Sophie Nicollier, as in the twelfth set); the purchase told as "
                      "'<clause>, a précisé le groupe' (inverted; 'le groupe' is Lacustra, subject of the clause); "
                      "the start-up's founder 'a commenté son fondateur, X'; the analyst 'juge X, analyste chez "
                      "Mirabaud' then 'Selon elle, <clause>'. Not a quote: 'a publié jeudi des résultats semestriels "
                      "...' (a noun-phrase object, as in the twelfth set).")
    a["notes"].append("Events: first-half results of Lacustra: revenue with its rise and its period ('Au premier "
                      "semestre, son chiffre d'affaires a progressé de 5,8 %, à 684 millions de francs'), the "
                      "operating result, the net profit with its fall ('recule ... de 3,1 %': change as written) and "
                      "the order book (metric orders), the half-year written once (periods after the first "
                      "optional); the margin's gain ('la marge gagnant 0,7 point, à 13,5 %') is an optional result "
                      "(metric other), as in the sixth and twelfth sets; the French subsidiary's net loss, told by the "
                      "CFO, is a result of the subsidiary (metric loss, period optional). 'Lacustra a racheté en mars "
                      "la start-up lausannoise Fluxio ... pour 38 millions de francs' is done; the start-up's earlier "
                      "round ('la jeune pousse avait levé 9 millions de francs en 2029 auprès de Swisscom Ventures') "
                      "is a funding event of Fluxio. Roles: 'le directeur général, X' and 'la directrice financière, "
                      "X' (organization optional: the company of the article), 'son fondateur, X' (organization "
                      "optional: Fluxio of the sentences before), 'X, jusqu'ici directeur des opérations, a été nommé "
                      "directeur général adjoint' (two roles of the same person, the past post and the new one, "
                      "organization optional), 'analyste chez Mirabaud' (organization required); the predecessor "
                      "named after 'Il succède le 1er septembre à X' is optional (no title of its own). Not events: "
                      "the guidance (a forecast), the savings plan, the currency effect, the share move, the "
                      "subsidiary's share of sales.")
    a["notes"].append("Dates: the byline's '24 juillet 2031' is one DATE (span without the place); 'jeudi' the "
                      "publication day; 'premier semestre' the first half of 2031 (2031-H1); 'pour 2031' the "
                      "guidance year; 'deux ans' (a plan's length, inside marked words) and 'trois ans' (inside "
                      "marked words) durations; 'en mars' (past tense) 2031-03; 'en 2027', 'en 2029'; 'le 1er "
                      "septembre' (future) 2031-09-01; 'Vers 10 h 45' a time of the publication day. Optional: "
                      "'auparavant' (PAST_REF), 'jusqu'ici' (PRESENT_REF, as in the tenth and eleventh sets) and "
                      "the anaphoric 'Le semestre' inside the analyst's marked words (2031-H1). Money: bare "
                      "'francs' in a Geneva paper are CHF; the euro equivalent in brackets is a second item; the "
                      "share price '118,40 francs' is money. Percentages: no sign is written; '5,8 %', '13,5 %', "
                      "'3,1 %', '38 %' (a share of sales), '4,1 %' (a share move); '0,7 point' and '2,4 points de "
                      "pourcentage' (span with 'de pourcentage', as in the first set) are points; 'entre 4 et 6 %' "
                      "a range (span '4 et 6 %', value 4) and '3 à 5 %' a range (value 3).")
    M(a, "684 millions de francs", 684e6, "CHF")
    M(a, "730 millions d'euros", 730e6, "EUR")
    M(a, "92,3 millions de francs", 92.3e6, "CHF")
    M(a, "61,2 millions de francs", 61.2e6, "CHF")
    M(a, "1,1 milliard de francs", 1.1e9, "CHF")
    M(a, "4,6 millions d'euros", 4.6e6, "EUR")
    M(a, "38 millions de francs", 38e6, "CHF")
    M(a, "9 millions de francs", 9e6, "CHF")
    M(a, "118,40 francs", 118.4, "CHF")
    P(a, f"5,8{NB}%", 5.8)
    P(a, f"0,7{NB}point", 0.7, points=True)
    P(a, f"13,5{NB}%", 13.5)
    P(a, f"3,1{NB}%", 3.1)
    P(a, f"4 et 6{NB}%", 4)
    P(a, f"3 à 5{NB}%", 3)
    P(a, f"38{NB}%", 38)
    P(a, "2,4 points de pourcentage", 2.4, points=True)
    P(a, f"4,1{NB}%", 4.1)
    D(a, "24 juillet 2031", "2031-07-24", note="the byline's date, after the place")
    D(a, "jeudi", "2031-07-24", note="the publication day")
    D(a, "premier semestre", "2031-H1")
    D(a, "2031", "2031", nth=1, note="'pour 2031': the guidance year")
    D(a, "deux ans", "P2Y", typ="DURATION", note="inside the CFO's marked words")
    D(a, "mars", "2031-03", note="past: 'a racheté en mars'")
    D(a, "2027", "2027", note="'Fondée en 2027'")
    D(a, "2029", "2029")
    D(a, "trois ans", "P3Y", typ="DURATION", note="inside the founder's marked words")
    D(a, "1er septembre", "2031-09-01", note="future: 'Il succède le 1er septembre'")
    D(a, "auparavant", "PAST_REF", opt=True, note="'contre 3 à 5 % auparavant': the earlier guidance, vague")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True, note="as in the earlier sets")
    D(a, "Le [semestre] rassure", "2031-H1", opt=True, note="anaphoric, inside the analyst's marked words, as 'sur le trimestre' in the first set")
    D(a, "10 h 45", "2031-07-24T10:45", typ="TIME", note="'Vers 10 h 45' on the publication day")
    Q(a, f"{O}[La demande des fabricants de semi-conducteurs reste très soutenue]{C}", "direct", "a déclaré",
      (MR, MR, PER), gender="male", note="the name in apposition to 'le directeur général', which shows the gender")
    Q(a, f"ajouté que [le groupe visait une croissance organique comprise entre 4 et 6{NB}% pour 2031, contre 3 à 5{NB}% auparavant].",
      "indirect", "a ajouté", ("[Il] a ajouté", MR, PER), gender="male",
      note="'Il' is the CEO of the sentence before")
    Q(a, f"[La filiale {LF}, basée à Annemasse (Haute-Savoie), a essuyé une perte nette de 4,6 millions d'euros], a reconnu",
      "indirect", "a reconnu", (SN, SN, PER), gender="female",
      note="inverted; the name in apposition to 'la directrice financière' speaks")
    Q(a, f"{O}[Nous y avons lancé un plan d'économies sur deux ans]{C}", "direct", "a-t-elle précisé",
      ("a-t-[elle] précisé", SN, PER), gender="female", note="'elle' is the CFO of the sentence before")
    Q(a, "financière, [les effets de change ont amputé la croissance de 2,4 points de pourcentage].", "indirect",
      "[Selon] la directrice", ("Selon la [directrice financière]", SN, PER), gender="female",
      note="a noun phrase for the CFO named two sentences before")
    Q(a, "[Lacustra a racheté en mars la start-up lausannoise Fluxio, pour 38 millions de francs], a précisé",
      "indirect", "[a précisé] le groupe", ("le [groupe]. Fondée", "Lacustra", ORG),
      note="inverted; 'le groupe' is Lacustra, the subject of the clause")
    Q(a, f"{O}[Nous gagnons trois ans de développement]{C}", "direct", "a commenté", (YB, YB, PER), gender="male",
      note="the name in apposition to 'son fondateur', which shows the gender")
    Q(a, f"{O}[Le semestre rassure, mais la France reste un point faible]{C}", "direct", "juge", (VR, VR, PER),
      gender="female", note="the given name shows the gender")
    Q(a, "Selon elle, [la nouvelle fourchette paraît prudente].", "indirect", "[Selon] elle", ("Selon [elle]", VR, PER),
      gender="female", note="'elle' is the analyst of the sentence before")
    V(a, "result", "chiffre d'affaires", {"company": "Lacustra", "metric": "revenue",
                                          "amount": "684 millions de francs", "change": f"5,8{NB}%",
                                          "period": "premier semestre"},
      note="'Au premier semestre, son chiffre d'affaires a progressé de 5,8 %, à ...'")
    V(a, "result", "résultat opérationnel", {"company": "Lacustra", "metric": "operating_income",
                                             "amount": "92,3 millions de francs", "period": ("opt", "premier semestre")},
      note="the half-year is written once for the figures of the paragraph")
    V(a, "result", "marge", {"company": "Lacustra", "metric": "other", "change": f"0,7{NB}point",
                             "period": ("opt", "premier semestre")}, optional=True,
      note="a margin (a rate, no amount): optional, as in the sixth and twelfth sets")
    V(a, "result", "bénéfice net", {"company": "Lacustra", "metric": "net_income",
                                    "amount": "61,2 millions de francs", "change": f"3,1{NB}%",
                                    "period": ("opt", "premier semestre")},
      note="'recule de 3,1 %': the change as written")
    V(a, "result", "carnet de commandes", {"company": "Lacustra", "metric": "orders",
                                           "amount": "1,1 milliard de francs", "period": ("opt", "premier semestre")})
    V(a, "role", "directeur général", {"person": MR, "title": "directeur général",
                                       "organization": ("opt", "Lacustra")},
      note="'le directeur général, X': the company of the article")
    V(a, "result", "perte nette", {"company": LF, "metric": "loss", "amount": "4,6 millions d'euros",
                                   "period": ("opt", "premier semestre")},
      note="the French subsidiary's loss, told by the CFO; the half-year is implied")
    V(a, "role", "directrice financière", {"person": SN, "title": "directrice financière",
                                           "organization": ("opt", "Lacustra")},
      note="'la directrice financière, X' (the first mention)")
    V(a, "acquisition", "racheté", {"target": "Fluxio", "buyer": "Lacustra", "amount": "38 millions de francs",
                                    "date": "mars", "status": "done"})
    V(a, "funding", "levé", {"company": "Fluxio", "amount": "9 millions de francs", "investors": [SV], "date": "2029"},
      note="'la jeune pousse avait levé ...': Fluxio, an earlier round, no round name")
    V(a, "role", "fondateur", {"person": YB, "title": "fondateur", "organization": ("opt", "Fluxio")},
      note="'son fondateur, X': Fluxio of the sentences before")
    V(a, "role", "directeur des opérations", {"person": JD, "title": "directeur des opérations",
                                              "organization": ("opt", "Lacustra")},
      note="'jusqu'ici directeur des opérations': the post held until now")
    V(a, "role", "directeur général adjoint", {"person": JD, "title": "directeur général adjoint",
                                               "organization": ("opt", "Lacustra")},
      note="'a été nommé directeur général adjoint': the new post")
    V(a, "role", "succède", {"person": AMP, "organization": ("opt", "Lacustra")}, optional=True,
      note="the predecessor named after 'succède à': no title of her own")
    V(a, "role", "analyste", {"person": VR, "title": "analyste", "organization": "Mirabaud"})


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    SP, MC, ASM = "Section paloise", "Montbrun Capital", "ASM Clermont Auvergne"
    HD, FL, XE, PL, RL, JMH = ("Hugo Delval", "Frédéric Lanusse", "Xabi Etcheverry", "Pierre Larrieu",
                               "Romain Lacoste", "Jean-Michel Haurat")
    # ------------------------------------------------------------ C: a Top 14 club bought by a fund, a new coach (regional daily)
    a = B.article("C-rugby-pau-fonds-entraineur", "2031-06-02", (
        "Rugby : un fonds parisien rachète la Section paloise et change d'entraîneur\n"
        "Par Maïté Lasserre\n"
        "Publié le 2 juin 2031 à 18h40\n\n"
        f"Le fonds d'investissement parisien {MC} a racheté 85{NN}% de la {SP} à la famille Larrieu, "
        "propriétaire du club depuis 2006, pour environ 45 millions d'euros, a annoncé lundi le club de Top 14. La "
        f"famille conserve 15{NN}% du capital. L'opération valorise le club à quelque 53 millions d'euros. Montbrun, "
        f"qui gère 1,8 milliard d'euros d'actifs, avait déjà acquis 40{NN}% du Stade lavallois en 2029.\n\n"
        f"{O}La Section a une identité forte et l'un des meilleurs centres de formation de France{C}, a expliqué "
        f"{HD}, associé fondateur de {MC}. Il a assuré que le fonds ne revendrait pas le club avant "
        "2038.\n\n"
        f"Premier acte des nouveaux propriétaires : l'entraîneur {FL}, en poste depuis 2027, est remercié. "
        f"{XE}, jusqu'ici entraîneur de l'attaque de l'{ASM}, a été nommé manager jusqu'en 2034. "
        "Samedi, Toulon s'est imposé face à Pau (38-12) lors de la dernière journée, et la victoire de Clermont sur "
        "Bayonne a privé les Béarnais de phase finale.\n\n"
        f"{O}Le club avait besoin de moyens que notre famille ne pouvait plus apporter{C}, a déclaré le président de la "
        f"Section, {PL}, qui restera président du conseil de surveillance. Selon lui, le club a perdu 3,8 "
        "millions d'euros lors du dernier exercice.\n\n"
        f"{O}Je pars sans rancune, c'est la loi du sport{C}, a confié {FL}. {O}Je veux une équipe qui joue "
        f"debout{C}, a lancé son successeur. Le capitaine, {RL}, a salué {O}un choix ambitieux{C}. {O}On a perdu "
        f"trop de matchs serrés{C}, a-t-il ajouté.\n\n"
        "Dans un communiqué, le collectif de supporters Ultras Béarn a dénoncé une vente "
        f"{O}dans le dos des supporters{C}. Le maire de Pau, {JMH}, s'est dit {O}rassuré par l'engagement "
        f"du fonds à rester à Pau{C}."))
    for s, l, c, o in [(SP, ORG, None, False), (MC, ORG, None, False), ("Maïté Lasserre", PER, None, False),
                       (PL, PER, None, False), ("famille [Larrieu]", PER, None, True), ("Top 14", MISC, None, False),
                       ("Montbrun", ORG, MC, False), ("Stade lavallois", ORG, None, False),
                       ("Section", ORG, SP, False), ("France", LOC, None, False), (HD, PER, None, False),
                       (FL, PER, None, False), (XE, PER, None, False), (ASM, ORG, None, False),
                       ("Toulon", ORG, None, False), ("face à [Pau] (", ORG, SP, False), ("Clermont", ORG, ASM, False),
                       ("Bayonne", ORG, None, False), (RL, PER, None, False), ("Ultras Béarn", ORG, None, False),
                       ("maire de [Pau]", LOC, None, False), ("rester à [Pau]", LOC, None, False),
                       (JMH, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Regional daily's web sports article copied as plain text: a headline line opened by a "
                      "section word ('Rugby :'), a byline ('Par Maïté Lasserre') and a publication line ('Publié le 2 "
                      "juin 2031 à 18h40'), no dateline. The reference date is the publication day (Monday 2 June "
                      "2031), the day of the announcement. Narrow no-break spaces before '%' and inside the "
                      "guillemets.")
    a["notes"].append("Entities: 'Section paloise' (a real club in an invented story), the bare 'la Section' (twice, "
                      "one inside marked words) and the town for the club in a match ('face à Pau (38-12)') are one "
                      "ORG, canonical 'Section paloise'; 'Pau' of the mayor ('Le maire de Pau') and inside his marked "
                      "words ('rester à Pau') is the town, LOC. 'Montbrun Capital' and the bare 'Montbrun' are one "
                      "ORG (canonical the full name). The club of the new coach's past post, named in full ('l'ASM "
                      "Clermont Auvergne'), and its town name in a match ('la victoire de Clermont sur Bayonne') are "
                      "one ORG, canonical the full name; 'Toulon' and 'Bayonne' (opponents never named in full) are "
                      "ORG with their written form as canonical, as 'Toronto' in the twelfth set; 'Stade lavallois' "
                      "(a football club, no separate place) and 'Ultras Béarn' (a supporters' group, no separate "
                      "'Béarn') are ORG; 'Top 14' (a championship) is MISC, as 'Ligue 1' in the seventh set. 'la "
                      "famille Larrieu' is optional PER (span 'Larrieu', a family named by its surname, as 'la "
                      "famille Verbrugge' in the fifth set), distinct from its member Pierre Larrieu. 'France' inside "
                      "marked words is LOC. 'parisien', 'les Béarnais' (a demonym) are no entities; 'Rugby' opening "
                      "the headline, 'le club', 'le fonds', 'le collectif de supporters', 'son successeur' are not "
                      "names.")
    a["notes"].append("Quotes: the club announces the sale through an inverted clause ('<clause>, a annoncé lundi le "
                      "club de Top 14': speaker the noun 'club', canonical Section paloise, as 'a annoncé mardi le SM "
                      "Caen' in the seventh set); the fund's partner 'a expliqué X, associé fondateur de Montbrun "
                      "Capital' then 'Il a assuré que <clause>'; the president 'a déclaré le président de la "
                      "Section, X' then 'Selon lui, <clause>'; the outgoing coach by name ('a confié X'); the new "
                      "coach through 'a lancé son successeur' (speaker the noun 'successeur', canonical Xabi "
                      "Etcheverry, as 'le nouvel entraîneur' in the twelfth set); the captain 'a salué « ... »' (a "
                      "marked noun phrase: one direct quote) then 'a-t-il ajouté'; the supporters' group by name "
                      "('a dénoncé une vente « ... »': the marked words only); the mayor 's'est dit « ... »'.")
    a["notes"].append("Events: the sale ('un fonds parisien rachète la Section paloise' in the headline, 'a racheté 85 "
                      "% de la Section paloise à la famille Larrieu ... pour environ 45 millions d'euros') is one "
                      "done acquisition (the body's mention), stake '85 %', the family an optional seller (an "
                      "optional entity); the family's '15 %' kept is no argument; 'L'opération valorise le club à "
                      "quelque 53 millions d'euros' is a valuation event of the club (no funding event carries it), "
                      "as in the tenth set; the family's own ownership since 2006 ('propriétaire du club depuis "
                      "2006') is an optional done acquisition; 'Montbrun ... avait déjà acquis 40 % du Stade lavallois "
                      "en 2029' is done with its stake. The club's loss inside 'Selon lui' ('le club a perdu 3,8 "
                      "millions d'euros lors du dernier exercice') is a result (metric loss, period optional). Roles: "
                      "'X, associé fondateur de Montbrun Capital' (organization required), 'l'entraîneur X' (the "
                      "outgoing coach: organization optional, the club of the sentence before), 'jusqu'ici entraîneur "
                      "de l'attaque de l'ASM Clermont Auvergne' (a past post, organization required, as the twelfth "
                      "set's 'jusqu'ici entraîneur adjoint du Rocket de Laval'), 'a été nommé manager' (organization "
                      "optional), 'le président de la Section, X' (organization required: the bare 'Section'), 'qui "
                      "restera président du conseil de surveillance' (organization optional), 'Le maire de Pau, X' "
                      "(person only, as mayors in the earlier sets); 'Le capitaine, X' (a player's position) is "
                      "optional. Not events: the assets under management, the promise not to sell before 2038, the "
                      "match result.")
    a["notes"].append("Dates: the publication line '2 juin 2031 à 18h40' is one TIME; 'depuis 2006', 'en 2029', "
                      "'depuis 2027' the years; 'lundi' the publication day; 'avant 2038' (span '2038', the year) "
                      "and 'jusqu'en 2034' (span '2034') the years; 'Samedi' (a match played) the Saturday before "
                      "(2031-05-31); 'le dernier exercice' (the club's last financial year, closed 30 June 2030) "
                      "optional, as in the eleventh set, and so is 'jusqu'ici' (PRESENT_REF). The score '(38-12)' is not annotated. Money: 'environ 45 "
                      "millions d'euros' (span without 'environ'), 'quelque 53 millions d'euros' (span without "
                      "'quelque'), '1,8 milliard d'euros' of assets, the loss '3,8 millions d'euros'. Percentages: "
                      "'85 %' (the stake bought), '15 %' (the stake kept), '40 %' (an earlier stake).")
    M(a, "45 millions d'euros", 45e6, "EUR")
    M(a, "53 millions d'euros", 53e6, "EUR")
    M(a, "1,8 milliard d'euros", 1.8e9, "EUR")
    M(a, "3,8 millions d'euros", 3.8e6, "EUR")
    P(a, f"85{NN}%", 85)
    P(a, f"15{NN}%", 15)
    P(a, f"40{NN}%", 40)
    D(a, "2 juin 2031 à 18h40", "2031-06-02T18:40", typ="TIME", note="the publication line: day and clock time")
    D(a, "2006", "2006", note="'propriétaire du club depuis 2006'")
    D(a, "lundi", "2031-06-02", note="the publication day")
    D(a, "2029", "2029")
    D(a, "2038", "2038", note="'avant 2038', inside 'Il a assuré que'")
    D(a, "2027", "2027", note="'en poste depuis 2027'")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True, note="as in the earlier sets")
    D(a, "2034", "2034", note="'jusqu'en 2034'")
    D(a, "Samedi", "2031-05-31", note="past: the last round, the Saturday before the Monday publication")
    D(a, "dernier exercice", "2030", opt=True, note="the last financial year (closed 30 June 2030 for French clubs); vague")
    Q(a, f"[Le fonds d'investissement parisien {MC} a racheté 85{NN}% de la {SP} à la famille Larrieu, propriétaire du club depuis 2006, pour environ 45 millions d'euros], a annoncé",
      "indirect", "a annoncé", ("le [club] de Top 14", SP, ORG), note="inverted; the club speaks")
    Q(a, f"{O}[La Section a une identité forte et l'un des meilleurs centres de formation de France]{C}", "direct",
      "a expliqué", (HD, HD, PER), gender="male", note="the given name and 'associé' show the gender")
    Q(a, "assuré que [le fonds ne revendrait pas le club avant 2038].", "indirect", "a assuré",
      ("[Il] a assuré", HD, PER), gender="male", note="'Il' is the fund's partner of the sentence before")
    Q(a, f"{O}[Le club avait besoin de moyens que notre famille ne pouvait plus apporter]{C}", "direct", "a déclaré",
      (PL, PL, PER), gender="male", note="the name in apposition to 'le président de la Section'")
    Q(a, "Selon lui, [le club a perdu 3,8 millions d'euros lors du dernier exercice].", "indirect", "[Selon] lui",
      ("Selon [lui]", PL, PER), gender="male", note="'lui' is the president of the sentence before")
    Q(a, f"{O}[Je pars sans rancune, c'est la loi du sport]{C}", "direct", "a confié", (FL, FL, PER), gender="male",
      note="the outgoing coach by name; the given name shows the gender")
    Q(a, f"{O}[Je veux une équipe qui joue debout]{C}", "direct", "a lancé", ("son [successeur]", XE, PER),
      gender="male", note="'son successeur' is the new coach, Lanusse's successor named in the paragraph before")
    Q(a, f"{O}[un choix ambitieux]{C}", "direct", "a salué", (RL, RL, PER), gender="male",
      note="a marked noun phrase after 'a salué'; 'Le capitaine' shows the gender")
    Q(a, f"{O}[On a perdu trop de matchs serrés]{C}", "direct", "a-t-il ajouté", ("a-t-[il] ajouté", RL, PER),
      gender="male", note="'il' is the captain of the sentence before")
    Q(a, f"{O}[dans le dos des supporters]{C}", "direct", "a dénoncé", ("Ultras Béarn", "Ultras Béarn", ORG),
      note="marked words after 'a dénoncé une vente'; the group speaks by name 'Dans un communiqué'")
    Q(a, f"{O}[rassuré par l'engagement du fonds à rester à Pau]{C}", "direct", "s'est dit", (JMH, JMH, PER),
      gender="male", note="'Le maire' and the agreement 'rassuré' show the gender")
    V(a, "acquisition", "racheté", {"target": SP, "buyer": MC, "seller": ("opt", "famille [Larrieu]"),
                                    "amount": "45 millions d'euros", "stake": f"85{NN}%", "date": "lundi",
                                    "status": "done"},
      note="the headline's 'rachète' is the same fact; the family (an optional entity) is an optional seller; the "
           "date is the announcement's ('a annoncé lundi')")
    V(a, "acquisition", "propriétaire", {"target": SP, "buyer": ("opt", "famille [Larrieu]"), "date": "2006",
                                         "status": "done"}, optional=True,
      note="the seller's ownership since 2006, no deal told")
    V(a, "valuation", "valorise", {"company": SP, "amount": "53 millions d'euros"},
      note="the value the sale implies ('L'opération valorise le club'): a valuation event, no round")
    V(a, "acquisition", "acquis", {"target": "Stade lavallois", "buyer": "Montbrun", "stake": f"40{NN}%",
                                   "date": "2029", "status": "done"}, note="the fund's earlier stake in a football club")
    V(a, "role", "associé fondateur", {"person": HD, "title": "associé fondateur", "organization": MC},
      note="'X, associé fondateur de Montbrun Capital'")
    V(a, "role", "l'[entraîneur] Frédéric", {"person": FL, "title": "entraîneur", "organization": ("opt", SP)},
      note="'l'entraîneur X, en poste depuis 2027, est remercié': the outgoing coach, the club of the paragraph before")
    V(a, "role", "entraîneur de l'attaque", {"person": XE, "title": "entraîneur de l'attaque", "organization": ASM},
      note="'jusqu'ici entraîneur de l'attaque de l'ASM Clermont Auvergne': a past post")
    V(a, "role", "manager", {"person": XE, "title": "manager", "organization": ("opt", SP)},
      note="'a été nommé manager jusqu'en 2034': the new post")
    V(a, "role", "le [président] de la Section", {"person": PL, "title": "président", "organization": "la [Section], Pierre"},
      note="'le président de la Section, X'")
    V(a, "role", "président du conseil de surveillance", {"person": PL, "title": "président du conseil de surveillance",
                                                          "organization": ("opt", "la [Section], Pierre")},
      note="'qui restera président du conseil de surveillance': his next post")
    V(a, "result", "perdu", {"company": "la [Section], Pierre", "metric": "loss", "amount": "3,8 millions d'euros",
                             "period": ("opt", "dernier exercice")},
      note="inside 'Selon lui': 'le club' is the Section paloise")
    V(a, "role", "capitaine", {"person": RL, "title": "capitaine", "organization": ("opt", SP)}, optional=True,
      note="a player's position")
    V(a, "role", "maire", {"person": JMH}, note="'Le maire de Pau, X': person only, as mayors")
