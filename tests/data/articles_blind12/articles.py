"""The six articles of the twelfth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind12`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and inside guillemets in B; before % and in thousands in E)
NN = "\u202f"    # narrow no-break space (before % , in thousands and inside guillemets in C; inside guillemets in F)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    HC, EM, JK, KBe = "Harwell Capital", "Étienne Morvan", "Julie Kessous", "Karim Benhaddou"
    NP, CC, PA = "Northgate Power", "Calder Chemicals", "Polimeri Adriatici"
    # ------------------------------------------------------------ A: a US fund takes over a Lyon chemicals maker (AFP)
    a = B.article("A-rachat-chimiste-lyon", "2031-03-04", (
        f"LYON, 4 mars (AFP) - Le fonds américain {HC} met la main sur Solvéra. Le chimiste lyonnais, "
        "spécialiste des résines pour l'aéronautique, va être racheté pour 780 millions d'euros, soit 52 euros par "
        "action, a indiqué la société mardi dans un communiqué. Harwell reprend les 62 % de la famille fondatrice et "
        "les titres du fonds Ardian, entré au capital en 2026. L'opération devrait être bouclée d'ici fin juin, sous "
        "réserve du feu vert de la Commission européenne.\n\n"
        "« Harwell nous donne les moyens de doubler de taille aux États-Unis », a déclaré le PDG de Solvéra, "
        f"{EM}, lors d'une conférence téléphonique. Le groupe, qui a réalisé en 2030 un chiffre d'affaires "
        "de 412 millions d'euros, en hausse de 7,5 %, emploie 1 300 salariés à Saint-Fons (Rhône). Il avait lui-même "
        "avalé en 2028 le belge Resinex pour 95 millions d'euros. Selon M. Morvan, aucun site ne sera fermé. Le groupe "
        "a précisé que son siège resterait à Lyon.\n\n"
        "Le fonds de Boston, qui gère 24 milliards de dollars, ne compte pas s'arrêter là. Il serait en discussions "
        f"pour entrer à hauteur de 30 % au capital de {NP}, un producteur texan d'électricité valorisé 2,3 "
        "milliards de dollars, selon l'agence Bloomberg. Un porte-parole de Harwell a seulement confirmé que le fonds "
        "« regarde d'autres cibles en Europe ».\n\n"
        f"Le secteur se consolide. En janvier, le britannique {CC} a croqué le normand Ferrisol, et "
        f"l'allemand Kestner s'est emparé de 51 % de l'italien {PA} pour 1,1 milliard d'euros.\n\n"
        f"« Le prix est élevé, environ 13 fois l'Ebitda, mais Solvéra est un actif rare », estime {JK}, "
        "analyste chez Oddo BHF. Selon le courtier, la prime atteint 41 % sur le dernier cours. Vers 10 h 15, "
        "l'action Solvéra s'envolait de 38,2 % sur Euronext Growth. « Nous attendons des garanties écrites sur "
        f"l'emploi », a réagi {KBe}, délégué central CGT."))
    for s, l, c, o in [("LYON", LOC, None, False), ("AFP", ORG, None, False), (HC, ORG, None, False),
                       ("Harwell", ORG, HC, False), ("Solvéra", ORG, None, False), ("Ardian", ORG, None, False),
                       ("Commission européenne", ORG, None, False), ("États-Unis", LOC, None, False),
                       (EM, PER, None, False), ("Morvan", PER, EM, False), ("Saint-Fons", LOC, None, False),
                       ("Rhône", LOC, None, False), ("Resinex", ORG, None, False), ("Lyon", LOC, None, False),
                       ("Boston", LOC, None, False), (NP, ORG, None, False), ("Bloomberg", ORG, None, False),
                       ("Europe", LOC, None, False), (CC, ORG, None, False), ("Ferrisol", ORG, None, False),
                       ("Kestner", ORG, None, False), (PA, ORG, None, False), (JK, PER, None, False),
                       ("Oddo BHF", ORG, None, False), ("Euronext Growth", ORG, None, False),
                       (KBe, PER, None, False), ("CGT", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (LYON, AFP): the reference date is the dateline day (Tuesday 4 March 2031). "
                      "Ordinary spaces before '%', inside the guillemets and in '1 300 salariés' (a count, not "
                      "money).")
    a["notes"].append("Entities: English-named unknown companies are ORG in every mention: the buyer 'Harwell "
                      "Capital' and its bare 'Harwell' (three times, one inside the CEO's quote, one in 'Un "
                      "porte-parole de Harwell') with the full name as canonical; 'Northgate Power' (no separate "
                      "place or common word inside), 'Calder Chemicals'; coined European names 'Solvéra', 'Resinex', "
                      "'Ferrisol', 'Kestner', 'Polimeri Adriatici' are ORG; 'Ardian' (a fund), 'Commission "
                      "européenne', 'Bloomberg' (after 'l'agence'), 'Oddo BHF' (a broker, after 'chez'), 'Euronext "
                      "Growth' (a market) and 'CGT' (never spelled out, keeps its form) are ORG. 'Saint-Fons', "
                      "'Rhône' (the département in brackets), 'Lyon' (where the head office stays), 'Boston' ('Le "
                      "fonds de Boston'), 'États-Unis' and 'Europe' (both inside marked words) are LOC. 'M. Morvan' "
                      "is the CEO without the title. 'américain', 'lyonnais', 'belge', 'texan', 'britannique', "
                      "'normand', 'allemand', 'italien' are adjectives; 'Ebitda', 'la famille fondatrice', 'Le "
                      "groupe', 'la société', 'le courtier' are not names.")
    a["notes"].append("Quotes: the company speaks through an inverted clause '<clause>, a indiqué la société mardi "
                      "dans un communiqué' (speaker the noun 'société', canonical Solvéra) and through 'Le groupe a "
                      "précisé que <clause>' (canonical Solvéra, the group of the paragraph); 'Selon M. Morvan, "
                      "<clause>'; '<clause>, selon l'agence Bloomberg' (inverted, the agency by name); 'Un "
                      "porte-parole de Harwell a seulement confirmé que le fonds « ... »' gives one direct quote for "
                      "the marked words, the unnamed spokesperson a noun-phrase speaker (canonical null, as in the "
                      "fifth and sixth sets); the analyst 'estime X, analyste chez Oddo BHF', then 'Selon le "
                      "courtier, <clause>' (speaker the noun 'courtier', canonical Oddo BHF, the broker just named, "
                      "as 'la banque publique' for Bpifrance in the seventh set); the union delegate 'a réagi X, "
                      "délégué central CGT'.")
    a["notes"].append("Events: one fact, one event: the takeover ('met la main sur Solvéra', 'va être racheté pour "
                      "780 millions d'euros', 'Harwell reprend les 62 % ... et les titres du fonds Ardian', "
                      "'L'opération') is one acquisition, 'announced' (signed, to be closed by the end of June, "
                      "subject to Brussels), its trigger the verb of the sentence with the price; the fund Ardian, "
                      "which sells its shares, is an optional seller (the founding family, not named, is no "
                      "argument); the '62 %' bought from the family is part of a 100 % purchase, no stake; the "
                      "price per share is no argument. Ardian's entry in 2026 ('entré au capital en 2026') is an "
                      "optional done acquisition, as the fund's entry of the fourth set. 'Il avait lui-même avalé en "
                      "2028 le belge Resinex' is done (buyer Solvéra, 'Il' being 'Le groupe'); 'Il serait en "
                      "discussions pour entrer à hauteur de 30 % au capital de Northgate Power' is planned, with its "
                      "stake, the buyer Harwell Capital ('Le fonds de Boston'); the value of that target "
                      "('valorisé 2,3 milliards de dollars', no round) is a valuation event, as the ninth and "
                      "eleventh sets' targets; 'a croqué le normand Ferrisol' and 's'est emparé de 51 % de l'italien "
                      "Polimeri Adriatici pour 1,1 milliard d'euros' are done ('En janvier' written once for both: "
                      "the second date optional). The 2030 revenue with its rise is a result. Roles: 'le PDG de "
                      "Solvéra, X' and 'analyste chez Oddo BHF' (organization required), 'X, délégué central CGT' "
                      "(title 'délégué central', the union an optional organization, as the acronym arguments of the "
                      "sixth set). The assets under management ('qui gère 24 milliards de dollars'), the premium and "
                      "the share move are no events.")
    a["notes"].append("Dates: '4 mars' (dateline) and 'mardi' the dateline day; 'en 2026', 'en 2030', 'en 2028'; "
                      "'d'ici fin juin' the coming June with mod END (span 'fin juin'); 'En janvier' (past tense) "
                      "this January; 'Vers 10 h 15' a time of the dateline day (span without 'Vers'). Money: "
                      "'dollars' of the Boston fund and of the Texan company are USD; '52 euros par action' (a price "
                      "per share) is money. Percentages: '62 %' (shares bought), '7,5 %' (a rise), '30 %' and '51 %' "
                      "(stakes), '41 %' (a premium), '38,2 %' (a share move); '13 fois l'Ebitda' is a multiple, no "
                      "percentage.")
    M(a, "780 millions d'euros", 780e6, "EUR")
    M(a, "52 euros", 52, "EUR")
    M(a, "412 millions d'euros", 412e6, "EUR")
    M(a, "95 millions d'euros", 95e6, "EUR")
    M(a, "24 milliards de dollars", 24e9, "USD")
    M(a, "2,3 milliards de dollars", 2.3e9, "USD")
    M(a, "1,1 milliard d'euros", 1.1e9, "EUR")
    P(a, "62 %", 62)
    P(a, "7,5 %", 7.5)
    P(a, "30 %", 30)
    P(a, "51 %", 51)
    P(a, "41 %", 41)
    P(a, "38,2 %", 38.2)
    D(a, "4 mars", "2031-03-04", note="dateline")
    D(a, "mardi", "2031-03-04", note="the dateline day")
    D(a, "2026", "2026", note="'entré au capital en 2026'")
    D(a, "fin juin", "2031-06", mod="END", note="'d'ici fin juin': the coming June")
    D(a, "2030", "2030")
    D(a, "2028", "2028")
    D(a, "janvier", "2031-01", note="past: 'En janvier, ... a croqué'")
    D(a, "10 h 15", "2031-03-04T10:15", typ="TIME", note="'Vers 10 h 15' on the dateline day")
    Q(a, "[Le chimiste lyonnais, spécialiste des résines pour l'aéronautique, va être racheté pour 780 millions d'euros, soit 52 euros par action], a indiqué",
      "indirect", "a indiqué", ("la [société] mardi", "Solvéra", ORG),
      note="inverted; 'la société' is Solvéra, named in the sentence before")
    Q(a, "« [Harwell nous donne les moyens de doubler de taille aux États-Unis] »", "direct", "a déclaré",
      (EM, EM, PER), gender="male", note="the name in apposition to 'le PDG de Solvéra'; the title shows the gender")
    Q(a, "Selon M. Morvan, [aucun site ne sera fermé].", "indirect", "[Selon] M. Morvan", ("M. [Morvan]", EM, PER),
      gender="male", note="'M.' shows the gender")
    Q(a, "Le groupe a précisé que [son siège resterait à Lyon].", "indirect", "a précisé",
      ("Le [groupe] a précisé", "Solvéra", ORG), note="'Le groupe' is Solvéra, the group of the paragraph")
    Q(a, f"[Il serait en discussions pour entrer à hauteur de 30 % au capital de {NP}, un producteur texan d'électricité valorisé 2,3 milliards de dollars], selon",
      "indirect", "[selon] l'agence", ("l'agence [Bloomberg]", "Bloomberg", ORG), note="inverted 'selon <agency>'")
    Q(a, "« [regarde d'autres cibles en Europe] »", "direct", "a seulement confirmé",
      ("[Un porte-parole de Harwell]", None, None),
      note="partly marked clause after 'a seulement confirmé que le fonds'; an unnamed spokesperson: noun phrase, "
           "canonical null; no gender given ('porte-parole' is epicene)")
    Q(a, "« [Le prix est élevé, environ 13 fois l'Ebitda, mais Solvéra est un actif rare] »", "direct", "estime",
      (JK, JK, PER), gender="female", note="the given name shows the gender")
    Q(a, "Selon le courtier, [la prime atteint 41 % sur le dernier cours].", "indirect", "[Selon] le courtier",
      ("le [courtier], la", "Oddo BHF", ORG), note="'le courtier' is the broker just named (Oddo BHF)")
    Q(a, "« [Nous attendons des garanties écrites sur l'emploi] »", "direct", "a réagi", (KBe, KBe, PER),
      gender="male", note="'délégué' and the given name show the gender")
    V(a, "acquisition", "racheté", {"target": "Solvéra", "buyer": HC, "seller": ("opt", "Ardian"),
                                    "amount": "780 millions d'euros", "date": "mardi", "status": "announced"},
      note="'met la main sur', 'va être racheté', 'Harwell reprend ...' and 'L'opération' are one fact; to be "
           "closed by the end of June: announced; Ardian sells its shares (optional seller)")
    V(a, "acquisition", "entré au capital", {"target": "Solvéra", "buyer": "Ardian", "date": "2026", "status": "done"},
      optional=True, note="the selling fund's own entry, as in the fourth set")
    V(a, "result", "chiffre d'affaires", {"company": "Solvéra", "metric": "revenue", "amount": "412 millions d'euros",
                                          "change": "7,5 %", "period": "2030"},
      note="'Le groupe, qui a réalisé en 2030 un chiffre d'affaires de ..., en hausse de 7,5 %'")
    V(a, "acquisition", "avalé", {"target": "Resinex", "buyer": "Solvéra", "amount": "95 millions d'euros",
                                  "date": "2028", "status": "done"}, note="'Il' is the group, Solvéra")
    V(a, "acquisition", "serait en discussions", {"target": NP, "buyer": "Harwell", "stake": "30 %",
                                                  "status": "planned"},
      note="'Il serait en discussions pour entrer à hauteur de 30 % au capital de ...': planned, with its stake; "
           "'Il' is 'Le fonds de Boston', Harwell Capital")
    V(a, "valuation", "valorisé", {"company": NP, "amount": "2,3 milliards de dollars"},
      note="the value of a planned target, no round: a valuation event")
    V(a, "acquisition", "croqué", {"target": "Ferrisol", "buyer": CC, "date": "janvier", "status": "done"})
    V(a, "acquisition", "s'est emparé", {"target": PA, "buyer": "Kestner", "stake": "51 %",
                                         "amount": "1,1 milliard d'euros", "date": ("opt", "janvier"),
                                         "status": "done"},
      note="'En janvier' is written once for both purchases")
    V(a, "role", "PDG", {"person": EM, "title": "PDG", "organization": "Solvéra"}, note="'le PDG de Solvéra, X'")
    V(a, "role", "analyste", {"person": JK, "title": "analyste", "organization": "Oddo BHF"})
    V(a, "role", "délégué central", {"person": KBe, "title": "délégué central", "organization": ("opt", "CGT")},
      note="'X, délégué central CGT': the union an optional organization")

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    VRS, PC, ND, LP = "Vantreel Rail Systems", "Pieter Claeys", "Nathalie Demoulin", "Lotte Peeters"
    SFPI = "Société fédérale de participations et d'investissement"
    # ------------------------------------------------------------ B: a Belgian rail-signalling group's annual results (web article)
    a = B.article("B-resultats-signalisation-belge", "2031-02-27", (
        "Vantreel signe une année record mais déçoit pour 2031\n"
        "Par Sophie Vandermeersch – 27 février 2031 à 07h12\n\n"
        "Le spécialiste de la signalisation ferroviaire Vantreel, basé à Charleroi, a publié mercredi des résultats "
        f"annuels solides. Son chiffre d'affaires atteint 2,14 milliards d'euros en 2030 (+4,2{NB}%), porté par les "
        "contrats d'Infrabel et de la Deutsche Bahn. L'Ebitda s'établit à 318 millions d'euros, et la marge gagne "
        f"1,5{NB}point, à 14,9{NB}%. Le bénéfice net bondit de plus de 10{NB}%, à 131 millions d'euros, et le carnet "
        "de commandes culmine à 5,6 milliards d'euros.\n\n"
        f"{O}Nous n'avons jamais eu autant de visibilité{C}, s'est félicité l'administrateur délégué, Pieter "
        "Claeys, lors d'une conférence téléphonique. Selon lui, la demande européenne restera forte jusqu'en 2034.\n\n"
        f"Tout n'est pas rose. Sa filiale américaine, {VRS}, a essuyé une perte de 23 millions de "
        f"dollars, a reconnu la directrice financière, {ND}. "
        f"{O}Nous avons sous-estimé le coût des chantiers au Texas{C}, a-t-elle précisé. Selon la directrice "
        "financière, le rachat de l'allemand Signalwerk, bouclé en juillet pour 260 millions d'euros, contribuera au "
        f"résultat dès cette année. Pour financer cette acquisition, la {SFPI} "
        f"(SFPI) avait investi 80 millions d'euros dans Vantreel, dont elle détient 9{NB}%.\n\n"
        f"Pour 2031, le groupe table sur une hausse de ses ventes de 3 à 5{NB}%, quand le marché attendait 7{NB}%. Il "
        "proposera un dividende de 1,45 euro par action.\n\n"
        f"{O}Les chiffres sont bons, mais la prévision déçoit{C}, résume {LP}, analyste chez KBC "
        "Securities. Selon elle, Vantreel reste moins rentable qu'Alstom ou Siemens Mobility. Vers 10 heures, l'action "
        f"reculait de 6,8{NB}% à la Bourse de Bruxelles, à 48,20 euros."))
    for s, l, c, o in [(VRS, ORG, None, False), ("Vantreel", ORG, None, False),
                       ("Sophie Vandermeersch", PER, None, False), ("Charleroi", LOC, None, False),
                       ("Infrabel", ORG, None, False), ("Deutsche Bahn", ORG, None, False), (PC, PER, None, False),
                       (ND, PER, None, False), ("Texas", LOC, None, False), ("Signalwerk", ORG, None, False),
                       (SFPI, ORG, None, False), ("SFPI", ORG, SFPI, False), (LP, PER, None, False),
                       ("KBC Securities", ORG, None, False), ("Alstom", ORG, None, False),
                       ("Siemens Mobility", ORG, None, False), ("Bourse de Bruxelles", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Belgian financial daily's web article copied as plain text: a headline line and a byline "
                      "with the publication day and clock time after an en dash ('Par Sophie Vandermeersch – 27 "
                      "février 2031 à 07h12'), no dateline. The reference date is that day (Thursday 27 February "
                      "2031); the results were published the day before. No-break spaces before '%', before "
                      "'point' and inside the guillemets.")
    a["notes"].append("Entities: 'Vantreel' (a coined listed company, bare in every mention, the headline "
                      "included) and its US subsidiary 'Vantreel Rail Systems' are two ORG (the subsidiary holds no "
                      "separate 'Vantreel'); the byline's name is PER; 'Infrabel' and 'Deutsche Bahn' (clients), "
                      "'Signalwerk' (a coined German target), 'KBC Securities' (a broker, after 'chez'), 'Alstom', "
                      "'Siemens Mobility' (rivals, 'qu'Alstom' without the elided conjunction) and 'Bourse de "
                      "Bruxelles' (no separate 'Bruxelles') are ORG; the Belgian federal holding named in full with "
                      "its acronym in brackets has the full name as canonical for both. 'Charleroi' and 'Texas' "
                      "(inside the marked words) are LOC. 'Ebitda' is no entity; 'américaine', 'européenne', "
                      "'allemand' are adjectives; 'le groupe', 'le marché', 'l'action' are not names.")
    a["notes"].append("Quotes: the CEO 's'est félicité l'administrateur délégué, X' then 'Selon lui, <clause>'; the "
                      "CFO '<clause>, a reconnu la directrice financière, X' (inverted, indirect; the name in "
                      "apposition speaks), then 'a-t-elle précisé' (direct) and 'Selon la directrice financière, "
                      "<clause>' (the noun phrase of a person named two sentences before: speaker the noun phrase "
                      "'directrice financière', canonical Nathalie Demoulin, as 'Le prévenu' in the eleventh set); "
                      "the analyst 'résume X, analyste chez KBC Securities' then 'Selon elle, <clause>'. 'le groupe "
                      "table sur une hausse ...' (a forecast, no verb of saying) is no quote.")
    a["notes"].append("Events: 2030 results of Vantreel: revenue with its rise ('+4,2 %'), Ebitda, net profit with "
                      "its bound rise ('plus de 10 %': span '10 %', qualifier 'plus de', as in the third set) and the "
                      "order book (metric orders), the year written once (periods after the first optional); the "
                      "margin's gain ('la marge gagne 1,5 point, à 14,9 %') is an optional result (metric other), as "
                      "margins in the sixth set; the US subsidiary's loss ('Sa filiale américaine, Vantreel Rail "
                      "Systems, a essuyé une perte de 23 millions de dollars', told by the CFO) is a result of the "
                      "subsidiary (metric loss, period optional). The earlier acquisition referred back to by a noun "
                      "phrase ('le rachat de l'allemand Signalwerk, bouclé en juillet pour 260 millions d'euros', "
                      "then 'Pour financer cette acquisition, la SFPI avait investi 80 millions d'euros dans "
                      "Vantreel') is a done acquisition, inside 'Selon la directrice financière'; the public "
                      "holding's investment to finance it is a funding event of Vantreel with the SFPI as investor, "
                      "as the regional fund of the ninth set (the '9 %' it holds is no argument). Roles: "
                      "'l'administrateur délégué, X' and 'la directrice financière, X' (organization optional: the "
                      "company of the article), 'analyste chez KBC Securities' (organization required). Not events: "
                      "the guidance for 2031, the market's expectation, the dividend, the share move.")
    a["notes"].append("Dates: the byline's '27 février 2031 à 07h12' is one TIME (as the publication lines of the "
                      "tenth and eleventh sets); 'pour 2031' (headline) and 'Pour 2031' the coming year; 'mercredi' "
                      "the day before; 'en 2030'; 'jusqu'en 2034' inside 'Selon lui'; 'en juillet' (past tense, a "
                      "February reference) last July, 2030-07; 'dès cette année' 2031 (span 'cette année'); 'Vers "
                      "10 heures' a time of the publication day. Money: bare 'dollars' of the US subsidiary are USD; "
                      "the dividend '1,45 euro' and the share price '48,20 euros' are money. Percentages: '+4,2 %' "
                      "keeps its sign; '1,5 point' is in points (a margin's gain); '3 à 5 %' a range (value 3, span "
                      "from the first number); '14,9 %', '10 %', '9 %', '7 %', '6,8 %'.")
    M(a, "2,14 milliards d'euros", 2.14e9, "EUR")
    M(a, "318 millions d'euros", 318e6, "EUR")
    M(a, "131 millions d'euros", 131e6, "EUR")
    M(a, "5,6 milliards d'euros", 5.6e9, "EUR")
    M(a, "23 millions de dollars", 23e6, "USD")
    M(a, "260 millions d'euros", 260e6, "EUR")
    M(a, "80 millions d'euros", 80e6, "EUR")
    M(a, "1,45 euro", 1.45, "EUR")
    M(a, "48,20 euros", 48.2, "EUR")
    P(a, f"+4,2{NB}%", 4.2)
    P(a, f"1,5{NB}point", 1.5, points=True)
    P(a, f"14,9{NB}%", 14.9)
    P(a, f"10{NB}%", 10)
    P(a, f"9{NB}%", 9)
    P(a, f"3 à 5{NB}%", 3)
    P(a, f"7{NB}%", 7)
    P(a, f"6,8{NB}%", 6.8)
    D(a, "2031", "2031", note="headline: 'déçoit pour 2031'")
    D(a, "27 février 2031 à 07h12", "2031-02-27T07:12", typ="TIME", note="the byline's day and clock time")
    D(a, "mercredi", "2031-02-26", note="past: the day before the Thursday publication")
    D(a, "2030", "2030")
    D(a, "2034", "2034", note="'jusqu'en 2034', inside 'Selon lui'")
    D(a, "juillet", "2030-07", note="past: 'bouclé en juillet', a February reference")
    D(a, "cette année", "2031", note="'dès cette année'")
    D(a, "2031", "2031", nth=2, note="'Pour 2031': the guidance year")
    D(a, "10 heures", "2031-02-27T10:00", typ="TIME", note="'Vers 10 heures' on the publication day")
    Q(a, f"{O}[Nous n'avons jamais eu autant de visibilité]{C}", "direct", "s'est félicité", (PC, PC, PER),
      gender="male", note="the agreement of 's'est félicité' and 'l'administrateur' show the gender")
    Q(a, "Selon lui, [la demande européenne restera forte jusqu'en 2034].", "indirect", "[Selon] lui",
      ("Selon [lui]", PC, PER), gender="male", note="'lui' is the CEO of the sentence before")
    Q(a, f"[Sa filiale américaine, {VRS}, a essuyé une perte de 23 millions de dollars], a reconnu", "indirect",
      "a reconnu", (ND, ND, PER), gender="female",
      note="inverted; the name in apposition to 'la directrice financière' speaks")
    Q(a, f"{O}[Nous avons sous-estimé le coût des chantiers au Texas]{C}", "direct", "a-t-elle précisé",
      ("a-t-[elle] précisé", ND, PER), gender="female", note="'elle' is the CFO of the sentence before")
    Q(a, "financière, [le rachat de l'allemand Signalwerk, bouclé en juillet pour 260 millions d'euros, contribuera au résultat dès cette année].",
      "indirect", "[Selon] la directrice", ("Selon la [directrice financière]", ND, PER), gender="female",
      note="a noun phrase for the CFO named two sentences before")
    Q(a, f"{O}[Les chiffres sont bons, mais la prévision déçoit]{C}", "direct", "résume", (LP, LP, PER),
      gender="female", note="a Flemish given name with a clear gender (Lotte)")
    Q(a, "Selon elle, [Vantreel reste moins rentable qu'Alstom ou Siemens Mobility].", "indirect", "[Selon] elle",
      ("Selon [elle]", LP, PER), gender="female", note="'elle' is the analyst of the sentence before")
    V(a, "result", "chiffre d'affaires", {"company": "Vantreel", "metric": "revenue",
                                          "amount": "2,14 milliards d'euros", "change": f"+4,2{NB}%",
                                          "period": "2030"})
    V(a, "result", "Ebitda", {"company": "Vantreel", "metric": "ebitda", "amount": "318 millions d'euros",
                              "period": ("opt", "2030")}, note="the year is written once for the four figures")
    V(a, "result", "marge", {"company": "Vantreel", "metric": "other", "change": f"1,5{NB}point",
                             "period": ("opt", "2030")}, optional=True,
      note="a margin (a rate, no amount): optional, as in the sixth set")
    V(a, "result", "bénéfice net", {"company": "Vantreel", "metric": "net_income", "amount": "131 millions d'euros",
                                    "change": f"10{NB}%", "period": ("opt", "2030")},
      note="'bondit de plus de 10 %': a bound rise")
    V(a, "result", "carnet de commandes", {"company": "Vantreel", "metric": "orders",
                                           "amount": "5,6 milliards d'euros", "period": ("opt", "2030")})
    V(a, "result", "perte", {"company": VRS, "metric": "loss", "amount": "23 millions de dollars",
                             "period": ("opt", "2030")},
      note="the US subsidiary's loss, named in apposition; the year is implied")
    V(a, "acquisition", "rachat", {"target": "Signalwerk", "buyer": "Vantreel", "amount": "260 millions d'euros",
                                   "date": "juillet", "status": "done"},
      note="inside 'Selon la directrice financière'; the buyer is the company of the article; referred back to "
           "by 'cette acquisition' in the next sentence")
    V(a, "funding", "investi", {"company": "Vantreel", "amount": "80 millions d'euros", "investors": [SFPI]},
      note="a public holding's investment to finance the purchase, as the regional fund of the ninth set")
    V(a, "role", "administrateur délégué", {"person": PC, "title": "administrateur délégué",
                                            "organization": ("opt", "Vantreel")},
      note="the Belgian CEO's title, as in the eighth set; 'l'administrateur délégué, X': the company of the article")
    V(a, "role", "directrice financière", {"person": ND, "title": "directrice financière",
                                           "organization": ("opt", "Vantreel")})
    V(a, "role", "analyste", {"person": LP, "title": "analyste", "organization": "KBC Securities"})


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    GV, IT, BR, ASL, LB, RDS = ("Grégory Vasseur", "Inès Taleb", "Bastien Roche", "Agathe Sorel-Lamy",
                                "Loïc Berthaud", "Raphaël Dumont-Saulnier")
    MTE = "ministre de la Transition écologique"
    TAL, JDD = "tribunal administratif de Lyon", "Le Journal du dimanche"
    # ------------------------------------------------------------ C: a moratorium on low-emission zones at the Assemblée (web article)
    a = B.article("C-moratoire-zfe-assemblee", "2030-11-20", (
        "ZFE : l'Assemblée vote un moratoire, le gouvernement promet de le défaire au Sénat\n"
        "Par Mathilde Kervella\n"
        "Publié le 20 novembre 2030 à 13h05\n\n"
        "Les députés ont adopté mardi, par 302 voix contre 241, une proposition de loi LR instaurant un moratoire de "
        "trois ans sur les zones à faibles émissions (ZFE). Le texte arrive trois semaines après la décision du "
        f"{TAL}, qui a annulé le 29 octobre les restrictions de circulation de la métropole.\n\n"
        f"{O}Les ZFE sont devenues des zones d'exclusion sociale{C}, a lancé à la tribune de l'Assemblée nationale le "
        f"rapporteur du texte, le député LR de l'Aisne {GV}. Le RN a voté pour, comme une partie du groupe "
        f"MoDem. La députée EELV de Paris {IT} a dénoncé {O}une faute sanitaire{C}. Pour le député LFI de "
        f"Seine-Saint-Denis {BR}, le moratoire {O}protège les SUV, pas les ouvriers{C}.\n\n"
        f"La {MTE}, {ASL}, a rappelé que la pollution de l'air causait "
        f"40{NN}000 décès par an. {O}Nous rétablirons le calendrier au Sénat{C}, a-t-elle prévenu. Selon un rapport de "
        f"la Cour des comptes publié en septembre, les ZFE ont réduit de 12{NN}% les émissions de dioxyde d'azote des "
        "grandes villes, pour un coût de 1,3 milliard d'euros d'aides depuis 2025. Le Conseil d'État, saisi pour avis, "
        f"avait jugé le moratoire {O}fragile juridiquement{C}.\n\n"
        f"Le PS s'est abstenu. Selon son premier secrétaire, {LB}, "
        f"{O}il fallait des aides, pas un moratoire{C}. Le ministère des Armées a de son côté indiqué que ses véhicules "
        "resteraient exemptés.\n\n"
        f"{O}Le gouvernement ne laissera pas détricoter une loi de santé publique{C}, a déclaré mercredi le porte-parole "
        f"du gouvernement, {RDS}, à l'issue du Conseil des ministres. D'après un sondage Ifop pour {JDD} "
        f"publié samedi, 58{NN}% des Français soutiennent pourtant une pause, un chiffre en hausse "
        "de 9 points en un an."))
    for s, l, c, o in [("Assemblée nationale", ORG, None, False), ("Assemblée", ORG, "Assemblée nationale", False),
                       ("Sénat", ORG, None, False), ("Mathilde Kervella", PER, None, False), ("LR", ORG, None, False),
                       (TAL, ORG, None, True), ("Aisne", LOC, None, False), (GV, PER, None, False),
                       ("RN", ORG, None, False), ("MoDem", ORG, None, False), ("EELV", ORG, None, False),
                       ("Paris", LOC, None, False), (IT, PER, None, False), ("LFI", ORG, None, False),
                       ("Seine-Saint-Denis", LOC, None, False), (BR, PER, None, False), (ASL, PER, None, False),
                       ("Cour des comptes", ORG, None, False), ("Conseil d'État", ORG, None, False),
                       ("PS", ORG, None, False), (LB, PER, None, False), ("ministère des Armées", ORG, None, False),
                       (RDS, PER, None, False), ("Conseil des ministres", ORG, None, True), ("Ifop", ORG, None, False),
                       (JDD, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Paris daily copied as plain text: a headline line, a byline ('Par Mathilde "
                      "Kervella') and a publication line ('Publié le 20 novembre 2030 à 13h05'), no dateline. The "
                      "reference date is the publication day (Wednesday 20 November 2030), the day after the vote. "
                      "Narrow no-break spaces before '%', in '40 000 décès' (a count) and inside the guillemets.")
    a["notes"].append("Entities: 'l'Assemblée' (headline) and 'l'Assemblée nationale' are one ORG, canonical "
                      "'Assemblée nationale'; 'Sénat' (twice, one inside marked words) is ORG; party acronyms never "
                      "spelled out keep their form ('LR' twice, 'RN', 'MoDem', 'EELV', 'LFI', 'PS'); the "
                      "deputies' départements and town ('Aisne', 'Paris', 'Seine-Saint-Denis') are LOC; 'Cour des "
                      "comptes', 'Conseil d'État' and, with its lower-case head, 'ministère des Armées' are required "
                      "ORG (as 'ministère de l'Économie' in the earlier sets); 'tribunal administratif de Lyon' is "
                      "an optional ORG, as the courts of the earlier sets (no separate 'Lyon' inside), and so is "
                      "'Conseil des ministres'; 'Ifop' (the pollster) and 'Le Journal du dimanche' (its article "
                      "kept, a paper's name) are ORG. 'ZFE', 'SUV' and 'Français' (a demonym) are not entities; 'Le "
                      "gouvernement', 'la métropole', 'le groupe MoDem' (its 'MoDem' annotated) are not names.")
    a["notes"].append("Quotes: inverted cues with the speaker after a circumstance ('a lancé à la tribune de "
                      "l'Assemblée nationale le rapporteur du texte, le député LR de l'Aisne X': the name at the end "
                      "speaks), 'a déclaré mercredi le porte-parole du gouvernement, X'; marked words after a verb "
                      "and a noun phrase ('a dénoncé « une faute sanitaire »', 'avait jugé le moratoire « ... »' "
                      "with the Conseil d'État as speaker) and after 'Pour X, le moratoire « ... »' give one direct "
                      "quote each, as in the earlier sets; 'Selon son premier secrétaire, X, « ... »' (the whole "
                      "clause marked) is one direct quote, as in the tenth set; 'a rappelé que <clause>' and 'Le "
                      "ministère des Armées a de son côté indiqué que <clause>' (a ministry by name) are indirect; "
                      "'Selon un rapport de la Cour des comptes publié en septembre, <clause>' has the issuer named "
                      "as speaker (as 'Selon une étude des HCL' in the eighth set); 'D'après un sondage Ifop pour Le "
                      "Journal du dimanche publié samedi, <clause>' has the pollster (as in the eleventh set). 'Le "
                      "RN a voté pour', 'Le PS s'est abstenu' are votes, no quotes.")
    a["notes"].append("Events: roles only (a bill, a moratorium, subsidies and a poll are no deals and no results). "
                      "'le rapporteur du texte, le député LR de l'Aisne X' gives two roles (title 'rapporteur', no "
                      "organization, as in the eighth set; title 'député' with the party as optional organization); "
                      "'La députée EELV de Paris X' and 'le député LFI de Seine-Saint-Denis X' likewise; the "
                      "minister with her portfolio ('ministre de la Transition écologique') and 'le porte-parole du "
                      "gouvernement' have no organization, as in the eighth set; 'son premier secrétaire, X' (a "
                      "party leader: 'son' is the PS of the sentence before) has the party as optional "
                      "organization.")
    a["notes"].append("Dates: the publication line '20 novembre 2030 à 13h05' is one TIME; 'mardi' the day before; "
                      "'trois ans' (the moratorium's length) and 'trois semaines' ('trois semaines après la "
                      "décision', as 'Trois semaines après la démission' in the fifth set) are durations; 'le 29 "
                      "octobre' (past) 2030-10-29; 'en septembre' (past tense) 2030-09; 'depuis 2025' 2025; "
                      "'mercredi' the publication day; 'samedi' (a poll published) the Saturday before; 'en un an' a "
                      "duration (span 'un an', as 'en deux ans' in the sixth set); 'par an' (a rate) optional. "
                      "Percentages: '12 %' (an emissions cut), '58 %' (a poll), '9 points' (a poll's rise: points). "
                      "Money: '1,3 milliard d'euros' of subsidies. '302 voix', '241', '40 000 décès' are counts.")
    M(a, "1,3 milliard d'euros", 1.3e9, "EUR")
    P(a, f"12{NN}%", 12)
    P(a, f"58{NN}%", 58)
    P(a, "9 points", 9, points=True)
    D(a, "20 novembre 2030 à 13h05", "2030-11-20T13:05", typ="TIME", note="the publication line: day and clock time")
    D(a, "mardi", "2030-11-19", note="past: the day of the vote, before the Wednesday publication")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'un moratoire de trois ans'")
    D(a, "trois semaines", "P3W", typ="DURATION", note="'trois semaines après la décision'")
    D(a, "29 octobre", "2030-10-29", note="past: 'qui a annulé le 29 octobre'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate ('40 000 décès par an')")
    D(a, "septembre", "2030-09", note="past: 'un rapport ... publié en septembre'")
    D(a, "2025", "2025", note="'depuis 2025'")
    D(a, "mercredi", "2030-11-20", note="the publication day")
    D(a, "samedi", "2030-11-16", note="past: 'un sondage ... publié samedi'")
    D(a, "un an", "P1Y", typ="DURATION", note="'en hausse de 9 points en un an'")
    Q(a, f"{O}[Les ZFE sont devenues des zones d'exclusion sociale]{C}", "direct", "a lancé", (GV, GV, PER),
      gender="male", note="the name at the end of the inverted clause, after a circumstance and two titles")
    Q(a, f"{O}[une faute sanitaire]{C}", "direct", "a dénoncé", (IT, IT, PER), gender="female",
      note="marked noun phrase after 'a dénoncé'; 'La députée' shows the gender")
    Q(a, f"{O}[protège les SUV, pas les ouvriers]{C}", "direct", "[Pour] le député", (BR, BR, PER), gender="male",
      note="'Pour X, le moratoire « ... »': one direct quote for the marked words")
    Q(a, "rappelé que [la pollution de l'air causait 40\u202f000 décès par an].", "indirect", "a rappelé",
      (ASL, ASL, PER), gender="female", note="'La ministre' shows the gender")
    Q(a, f"{O}[Nous rétablirons le calendrier au Sénat]{C}", "direct", "a-t-elle prévenu",
      ("a-t-[elle] prévenu", ASL, PER), gender="female", note="'elle' is the minister of the sentence before")
    Q(a, f"en septembre, [les ZFE ont réduit de 12{NN}% les émissions de dioxyde d'azote des grandes villes, pour un coût de 1,3 milliard d'euros d'aides depuis 2025].",
      "indirect", "[Selon] un rapport", ("la [Cour des comptes] publié", "Cour des comptes", ORG),
      note="a report whose issuer the text names: the Cour des comptes")
    Q(a, f"{O}[fragile juridiquement]{C}", "direct", "avait jugé", ("Le [Conseil d'État], saisi", "Conseil d'État", ORG),
      note="marked words after 'avait jugé le moratoire'")
    Q(a, f"{O}[il fallait des aides, pas un moratoire]{C}", "direct", "[Selon] son premier", (LB, LB, PER),
      gender="male", note="'Selon X, « ... »': the whole clause marked; 'premier secrétaire' shows the gender")
    Q(a, "indiqué que [ses véhicules resteraient exemptés].", "indirect", "a de son côté indiqué",
      ("ministère des Armées", "ministère des Armées", ORG), note="a ministry speaking by name")
    Q(a, f"{O}[Le gouvernement ne laissera pas détricoter une loi de santé publique]{C}", "direct", "a déclaré",
      (RDS, RDS, PER), gender="male", note="'le porte-parole' shows the gender")
    Q(a, f"publié samedi, [58{NN}% des Français soutiennent pourtant une pause, un chiffre en hausse de 9 points en un an].",
      "indirect", "[D'après] un sondage", ("sondage [Ifop]", "Ifop", ORG), note="the poll's issuer named: Ifop")
    V(a, "role", "rapporteur", {"person": GV, "title": "rapporteur"}, note="'le rapporteur du texte, le député ... X'")
    V(a, "role", "[député] LR de l'Aisne", {"person": GV, "title": "député", "organization": ("opt", "[LR] de l'Aisne")},
      note="'le député LR de l'Aisne X'")
    V(a, "role", "[députée] EELV", {"person": IT, "title": "députée", "organization": ("opt", "EELV")})
    V(a, "role", "[député] LFI", {"person": BR, "title": "député", "organization": ("opt", "LFI")})
    V(a, "role", MTE, {"person": ASL, "title": MTE}, note="a minister: no organization")
    V(a, "role", "premier secrétaire", {"person": LB, "title": "premier secrétaire", "organization": ("opt", "PS")},
      note="'Le PS s'est abstenu. Selon son premier secrétaire, X'")
    V(a, "role", "porte-parole du gouvernement", {"person": RDS, "title": "porte-parole du gouvernement"},
      note="the government spokesperson: no organization, as in the eighth set")


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    MAS, AL, SO, GLP, MBL, TH = ("Marc-André Sirois", "Anders Lindqvist", "Stéphane Ouellet", "Geneviève Laurin-Price",
                                 "Mathieu Bérubé-Landry", "Tomáš Hrubý")
    CDM, RDL, LNH = "Canadiens de Montréal", "Rocket de Laval", "Ligue nationale de hockey"
    # ------------------------------------------------------------ D: the Montréal Canadiens fire their coach (La Presse Canadienne)
    a = B.article("D-hockey-canadien-entraineur", "2030-12-15", (
        "Le Canadien congédie Sirois, le Suédois Lindqvist prend la relève\n"
        "La Presse Canadienne – 15 décembre 2030 à 14 h 20\n\n"
        f"MONTRÉAL — Au lendemain d'une sixième défaite de suite, les {CDM} ont congédié dimanche leur "
        f"entraîneur-chef, {MAS}. Le Suédois {AL}, jusqu'ici entraîneur adjoint du Rocket de "
        "Laval, a été nommé entraîneur-chef par intérim jusqu'à la fin de la saison.\n\n"
        "La veille, Montréal s'était incliné 5-2 face à Toronto au Centre Bell, sous les huées. Le Canadien n'a plus "
        "gagné depuis le 22 novembre et son avantage numérique tourne à 14,8 %, le pire taux de la Ligue nationale "
        "de hockey (LNH).\n\n"
        "« Nous avions perdu le vestiaire. Il fallait un électrochoc », a expliqué le directeur général du Canadien, "
        f"{SO}, en conférence de presse. Il a précisé que Sirois, embauché il y a deux ans, toucherait les "
        "2,8 M$ restants de son contrat.\n\n"
        "Âgé de 41 ans, Lindqvist a remporté la Coupe Calder avec le Rocket en 2029. « Je veux une équipe qui patine "
        "et qui n'a pas peur », a lancé le nouvel entraîneur, qui dirigera son premier match mardi contre les Bruins "
        "de Boston. Selon TVA Sports, il recevra 1,2 million de dollars pour le reste de la saison. Il mènera un "
        "premier entraînement lundi à Brossard.\n\n"
        f"La présidente du club, {GLP}, a assuré que la direction préparait « un plan à long terme ». "
        f"Le gardien {MBL}, dont le taux d'arrêts plafonne à 88,6 %, a reconnu que les joueurs "
        "portaient « une grande part de responsabilité ». « On avait besoin d'une nouvelle voix », a confié "
        f"l'attaquant tchèque {TH}, meilleur marqueur de l'équipe depuis deux saisons."))
    for s, l, c, o in [(CDM, ORG, None, False), ("Canadien", ORG, CDM, False), (MAS, PER, None, False),
                       ("Sirois", PER, MAS, False), (AL, PER, None, False), ("Lindqvist", PER, AL, False),
                       ("La Presse Canadienne", ORG, None, False), ("MONTRÉAL", LOC, None, False),
                       ("Rocket de Laval", ORG, None, False), ("Rocket", ORG, RDL, False),
                       ("Montréal", ORG, CDM, False), ("Toronto", ORG, None, False), ("Centre Bell", LOC, None, False),
                       (LNH, ORG, None, False), ("LNH", ORG, LNH, False), (SO, PER, None, False),
                       ("Coupe Calder", MISC, None, False), ("Bruins de Boston", ORG, None, False),
                       ("TVA Sports", ORG, None, False), ("Brossard", LOC, None, False), (GLP, PER, None, False), (MBL, PER, None, False),
                       (TH, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Canadian agency article copied as plain text: a headline line, a credit line with the "
                      "publication day and clock time ('La Presse Canadienne – 15 décembre 2030 à 14 h 20') and a "
                      "Canadian dateline with an em dash and no date ('MONTRÉAL —'). The reference date is the "
                      "publication day (Sunday 15 December 2030). Québec typography: ordinary spaces before '%' and "
                      "inside the guillemets, the dollar sign after a scale abbreviation ('2,8 M$').")
    a["notes"].append("Entities: *new*: the Québec press's singular 'le Canadien' (headline, 'Le Canadien n'a "
                      "plus gagné', 'du Canadien') is the team, ORG with the full name 'Canadiens de Montréal' as "
                      "canonical (no 'Canadien' inside 'La Presse Canadienne' or 'Canadiens'); 'Montréal s'était "
                      "incliné' (the town for the club) is the same ORG, the dateline 'MONTRÉAL' LOC; 'face à "
                      "Toronto' (the opponent, never named in full) is ORG with its written form as canonical; "
                      "'Rocket de Laval' and the bare 'Rocket' are one ORG (no separate 'Laval'); 'Bruins de Boston' "
                      "is one ORG (no separate 'Boston'); 'Ligue nationale de hockey (LNH)' has the full name as "
                      "canonical for the acronym; 'La Presse Canadienne' keeps its article (as in the tenth set); "
                      "'TVA Sports' (a broadcaster) is ORG; 'Brossard' (the town of the practice rink) is LOC; 'Centre Bell' (the arena, its head kept as part of the "
                      "name) is LOC; 'Coupe Calder' (a trophy) is MISC. 'Sirois' and 'Lindqvist' alone (headline, "
                      "body) are the coaches. Demonyms and adjectives ('Le Suédois', 'tchèque') are not entities.")
    a["notes"].append("Quotes: the general manager 'a expliqué le directeur général du Canadien, X' (one quote over "
                      "two sentences, mark to mark), then 'Il a précisé que <clause>'; the new coach 'a lancé le "
                      "nouvel entraîneur' (speaker the noun 'entraîneur', canonical Anders Lindqvist, as 'le "
                      "technicien' in the second set); 'Selon TVA Sports, <clause>'; partly marked clauses give one "
                      "direct quote each ('a assuré que la direction préparait « ... »', 'a reconnu que les joueurs "
                      "portaient « ... »'); the forward 'a confié l'attaquant tchèque X' (the name after the "
                      "position and the adjective speaks).")
    a["notes"].append("Events: roles only (salaries and a contract's remainder are money, no events). The fired coach "
                      "'leur entraîneur-chef, X' (organization optional: 'leur' is the Canadiens of the same clause, "
                      "as 'son PDG'); his successor's post until now after the name ('jusqu'ici entraîneur adjoint du "
                      "Rocket de Laval', organization required) and his new post ('a été nommé entraîneur-chef par "
                      "intérim', title as written, organization optional: the team of the sentence before; 'le "
                      "nouvel entraîneur' is the same fact); 'le directeur général du Canadien, X' (organization "
                      "required); 'La présidente du club, X' (organization optional, as 'Le président du club' in "
                      "the second set). Players' positions ('Le gardien X', 'l'attaquant tchèque X') are optional "
                      "roles.")
    a["notes"].append("Dates: the credit line's '15 décembre 2030 à 14 h 20' is one TIME; 'dimanche' the "
                      "publication day; 'La veille' the Saturday (2030-12-14, as in the fifth and tenth sets); 'le "
                      "22 novembre' (past); 'il y a deux ans' (inside the reported clause) 2028, as in the tenth "
                      "set; 'en 2029'; 'mardi' (the first match) and 'lundi' (the first practice) the coming ones "
                      "(2030-12-17, 2030-12-16). Optional: 'Au lendemain d'une ... "
                      "défaite' (the day after the defeat, the reference day itself), 'la fin de la saison' (the "
                      "end of the 2030-2031 season: no single TIMEX3 value, as the seasons of the earlier sets), "
                      "the age '41 ans' and 'depuis deux saisons'. 'le reste de la saison' and the score '5-2' are "
                      "not annotated. Money: *new*: 'M$' in a Montréal article is millions of Canadian dollars "
                      "('2,8 M$' = 2.8e6 CAD), and bare 'dollars' there are CAD, as in the third, fifth and tenth "
                      "sets. Percentages: a power-play rate '14,8 %' and a save percentage '88,6 %'.")
    M(a, "2,8 M$", 2.8e6, "CAD")
    M(a, "1,2 million de dollars", 1.2e6, "CAD")
    P(a, "14,8 %", 14.8)
    P(a, "88,6 %", 88.6)
    D(a, "15 décembre 2030 à 14 h 20", "2030-12-15T14:20", typ="TIME", note="the credit line: day and clock time")
    D(a, "lendemain", "2030-12-15", opt=True, note="'Au lendemain d'une sixième défaite': the reference day, anaphoric")
    D(a, "dimanche", "2030-12-15", note="the publication day")
    D(a, "fin de la saison", "FUTURE_REF", opt=True, note="the end of the 2030-2031 season: no single TIMEX3 value")
    D(a, "La veille", "2030-12-14", note="anaphoric: the day before the Sunday")
    D(a, "22 novembre", "2030-11-22", note="past: 'n'a plus gagné depuis le 22 novembre'")
    D(a, "il y a deux ans", "2028", note="'embauché il y a deux ans'")
    D(a, "41 ans", "P41Y", typ="DURATION", opt=True, note="an age")
    D(a, "2029", "2029")
    D(a, "mardi", "2030-12-17", note="future: 'qui dirigera son premier match mardi'")
    D(a, "lundi", "2030-12-16", note="future: 'Il mènera un premier entraînement lundi'")
    D(a, "deux saisons", "P2Y", typ="DURATION", opt=True, note="'depuis deux saisons': seasons, vague")
    Q(a, "« [Nous avions perdu le vestiaire. Il fallait un électrochoc] »", "direct", "a expliqué", (SO, SO, PER),
      gender="male", note="two sentences, mark to mark; 'le directeur général' shows the gender")
    Q(a, "précisé que [Sirois, embauché il y a deux ans, toucherait les 2,8 M$ restants de son contrat].", "indirect",
      "a précisé", ("[Il] a précisé", SO, PER), gender="male", note="'Il' is the general manager of the sentence before")
    Q(a, "« [Je veux une équipe qui patine et qui n'a pas peur] »", "direct", "a lancé",
      ("nouvel [entraîneur], qui", AL, PER), gender="male", note="'le nouvel entraîneur' is Anders Lindqvist")
    Q(a, "Selon TVA Sports, [il recevra 1,2 million de dollars pour le reste de la saison].", "indirect",
      "[Selon] TVA", ("TVA Sports", "TVA Sports", ORG))
    Q(a, "« [un plan à long terme] »", "direct", "a assuré", (GLP, GLP, PER), gender="female",
      note="partly marked clause after 'a assuré que la direction préparait'; 'La présidente' shows the gender")
    Q(a, "« [une grande part de responsabilité] »", "direct", "a reconnu", (MBL, MBL, PER), gender="male",
      note="partly marked clause after 'a reconnu que les joueurs portaient'")
    Q(a, "« [On avait besoin d'une nouvelle voix] »", "direct", "a confié", (TH, TH, PER), gender="male",
      note="the name after 'l'attaquant tchèque'; 'l'attaquant' shows the gender")
    V(a, "role", "entraîneur-chef", {"person": MAS, "title": "entraîneur-chef", "organization": ("opt", CDM)},
      note="'les Canadiens de Montréal ont congédié ... leur entraîneur-chef, X'")
    V(a, "role", "entraîneur adjoint", {"person": AL, "title": "entraîneur adjoint", "organization": RDL},
      note="his post until now, after the name ('jusqu'ici entraîneur adjoint du Rocket de Laval')")
    V(a, "role", "entraîneur-chef par intérim", {"person": AL, "title": "entraîneur-chef par intérim",
                                                 "organization": ("opt", "Montréal")},
      note="a new post stated by 'a été nommé', title as written; the team of the paragraph")
    V(a, "role", "directeur général", {"person": SO, "title": "directeur général", "organization": "Canadien"},
      note="'le directeur général du Canadien, X'")
    V(a, "role", "présidente du club", {"person": GLP, "title": "présidente", "organization": ("opt", CDM)},
      note="'La présidente du club, X'")
    V(a, "role", "gardien", {"person": MBL, "title": "gardien"}, optional=True, note="a player's position")
    V(a, "role", "attaquant", {"person": TH, "title": "attaquant"}, optional=True, note="a player's position")


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    ASM, CTF, JOH, ABT = "Awa Sarr-Mbaye", "Cheikh Tidiane Fall", "Jessica Ortiz-Hale", "Alioune Badara Thiam"
    BV, AFD = "Brightwater Ventures", "Agence française de développement"
    MCTN = "ministre de la Communication, des Télécommunications et du Numérique"
    # ------------------------------------------------------------ E: a Dakar fintech's series B (Senegalese business site)
    a = B.article("E-serie-b-fintech-dakar", "2031-05-13", (
        "Fintech : la sénégalaise Yaatal lève 40 millions de dollars en série B\n"
        "Par Aminata Ndiaye | Dakar, le 13 mai 2031\n\n"
        "La fintech Yaatal a annoncé mardi avoir bouclé une levée de fonds de 40 millions de dollars (environ 24 "
        f"milliards de francs CFA) en série B. Le tour de table a été mené par le fonds américain {BV}, "
        "aux côtés de Partech Africa et de Proparco, la filiale de l'Agence française de développement (AFD) dédiée au "
        "secteur privé. L'opération valorise la start-up 210 millions de dollars, selon une source proche du dossier.\n\n"
        f"Fondée en 2026 à Dakar par {ASM}, sa cofondatrice et présidente, et {CTF}, son "
        "directeur technique, Yaatal revendique 3,2 millions d'utilisateurs au Sénégal, en Côte d'Ivoire et au Mali. "
        f"Sa carte prépayée Nova 2 et son terminal Lumen Pro équipent 45{NB}000 commerçants, avec des frais limités à "
        f"0,8{NB}% par transaction. Son chiffre d'affaires a atteint 5,4 milliards de FCFA en 2030 (+62{NB}%).\n\n"
        f"« Cet argent va nous permettre d'ouvrir le Cameroun et le Bénin d'ici fin 2032 », explique {ASM}. "
        "Elle a précisé que l'effectif passerait de 180 à 400 salariés, dont une centaine d'ingénieurs à Abidjan. "
        "Yaatal y a racheté en janvier la start-up ivoirienne Kalo Pay.\n\n"
        "La jeune pousse avait levé 6,5 millions de dollars en amorçage en 2028 auprès d'Elaia et d'Orange Ventures. "
        f"Les fondateurs conservent 41{NB}% du capital, Brightwater en prend 18{NB}%. Le kényan Tanaka Pay, lui, a été "
        "valorisé 1 milliard de dollars en mars.\n\n"
        f"« Yaatal a le meilleur produit du marché francophone », estime {JOH}, associée chez {BV}. "
        "Selon elle, la fintech sera rentable dès 2033. « Dakar s'impose comme une place fintech », s'est "
        f"réjoui le {MCTN}, {ABT}."))
    for s, l, c, o in [("Yaatal", ORG, None, False), ("Aminata Ndiaye", PER, None, False), ("Dakar", LOC, None, False),
                       (BV, ORG, None, False), ("Brightwater", ORG, BV, False), ("Partech Africa", ORG, None, False),
                       ("Proparco", ORG, None, False), (AFD, ORG, None, False), ("AFD", ORG, AFD, False),
                       (ASM, PER, None, False), (CTF, PER, None, False), ("Sénégal", LOC, None, False),
                       ("Côte d'Ivoire", LOC, None, False), ("Mali", LOC, None, False), ("Nova 2", MISC, None, False),
                       ("Lumen Pro", MISC, None, False), ("Cameroun", LOC, None, False), ("Bénin", LOC, None, False),
                       ("Abidjan", LOC, None, False), ("Kalo Pay", ORG, None, False), ("Elaia", ORG, None, False),
                       ("Orange Ventures", ORG, None, False), ("Tanaka Pay", ORG, None, False),
                       (JOH, PER, None, False), (ABT, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Senegalese business news site copied as plain text: a headline line and a byline with place "
                      "and date after a vertical bar ('Par Aminata Ndiaye | Dakar, le 13 mai 2031'), no dateline. "
                      "The reference date is that day (Tuesday 13 May 2031), the day of the announcement. No-break "
                      "spaces before '%' and in '45 000 commerçants' (a count); ordinary spaces inside the "
                      "guillemets.")
    a["notes"].append("Entities: 'Yaatal' (a coined Wolof-sounding name, bare in every mention, the headline and a "
                      "quote included) and 'Kalo Pay', 'Tanaka Pay' (coined fintechs with an English word) are ORG; "
                      "the coined US fund 'Brightwater Ventures' and its bare 'Brightwater' are one ORG; 'Partech "
                      "Africa' (one ORG, no separate 'Africa'), 'Proparco', 'Elaia', 'Orange Ventures' (no separate "
                      "'Orange') are ORG; 'Agence française de développement (AFD)' has the full name as canonical "
                      "for the acronym; the byline's place 'Dakar', 'à Dakar' and 'Dakar' inside the minister's "
                      "quote (the city as a financial centre) are LOC, as are the countries and 'Abidjan'; the "
                      "products with a second word or a number ('Nova 2', 'Lumen Pro') are MISC, the number part of "
                      "the name, as 'Sirène 4.1' in the tenth set. 'sénégalaise', 'américain', 'ivoirienne', "
                      "'kényan', 'francophone' are adjectives; 'La fintech', 'la start-up', 'La jeune pousse', 'Les "
                      "fondateurs' are not names.")
    a["notes"].append("Quotes: 'Yaatal a annoncé mardi avoir bouclé ...' (from the infinitive, the company by "
                      "name); '<clause>, selon une source proche du dossier' (inverted, a noun-phrase speaker, "
                      "canonical null); the founder 'explique X' then 'Elle a précisé que <clause>' (the sentence "
                      "ends at 'Abidjan'; 'Yaatal y a racheté ...' is the narrator's); the investor 'estime X, "
                      "associée chez Brightwater Ventures' then 'Selon elle, <clause>'; the minister 's'est réjoui "
                      "le ministre de ..., X'. 'Yaatal revendique 3,2 millions d'utilisateurs ...' (a claim with a "
                      "noun-phrase object) is an optional quote, as 'revendique plus de 50 % de grévistes' in the "
                      "third set.")
    a["notes"].append("Events: one fact, one event: the series B (headline 'lève', body 'une levée de fonds', 'Le "
                      "tour de table a été mené par ...', 'L'opération valorise la start-up ...') carries its lead "
                      "investor, the two followers of the same sentence and the valuation of the third sentence (no "
                      "separate valuation event for Yaatal); its date is the announcement day. The seed round told "
                      "with a noun-phrase subject ('La jeune pousse avait levé 6,5 millions de dollars en amorçage "
                      "en 2028 auprès d'Elaia et d'Orange Ventures') is a second funding event with its round. "
                      "'Yaatal y a racheté en janvier la start-up ivoirienne Kalo Pay' is a done acquisition (no "
                      "price); the 2030 revenue with its rise a result; the Kenyan rival's 'a été valorisé 1 "
                      "milliard de dollars en mars' (no round) a valuation event. Roles: the founders with their "
                      "titles in apposition ('Fondée en 2026 à Dakar par X, sa cofondatrice et présidente, et Y, son "
                      "directeur technique': two required roles, organization optional, the company named at the "
                      "end of the clause; title as written with its 'et'), the founding itself two optional roles, "
                      "as in the ninth set; 'associée chez Brightwater Ventures' (organization required); the "
                      "minister with his portfolio, commas included, no organization. The stakes ('41 %', '18 %'), "
                      "the fees ('0,8 %') and the hiring plan are no events.")
    a["notes"].append("Dates: the byline's '13 mai 2031'; 'mardi' the publication day; 'en 2026', 'en 2030', 'en "
                      "2028'; 'd'ici fin 2032' (inside the quote) 2032 with mod END; 'en janvier' and 'en mars' "
                      "(past tense) this year's months; 'dès 2033'. Money: bare 'dollars' in this article are USD "
                      "(a US-led round; West African business press quotes rounds in US dollars), 'francs CFA' and "
                      "'FCFA' are XOF (as in the ninth set); the franc CFA equivalent in brackets is a second money "
                      "item, the round's amount the first; the headline's '40 millions de dollars' is a money item "
                      "of its own. '3,2 millions d'utilisateurs', '45 000 commerçants', '180 à 400 salariés' are "
                      "counts.")
    M(a, "40 millions de dollars", 40e6, "USD", nth=0)
    M(a, "40 millions de dollars", 40e6, "USD", nth=1)
    M(a, "24 milliards de francs CFA", 24e9, "XOF")
    M(a, "210 millions de dollars", 210e6, "USD")
    M(a, "5,4 milliards de FCFA", 5.4e9, "XOF")
    M(a, "6,5 millions de dollars", 6.5e6, "USD")
    M(a, "1 milliard de dollars", 1e9, "USD")
    P(a, f"0,8{NB}%", 0.8)
    P(a, f"+62{NB}%", 62)
    P(a, f"41{NB}%", 41)
    P(a, f"18{NB}%", 18)
    D(a, "13 mai 2031", "2031-05-13", note="the byline's date")
    D(a, "mardi", "2031-05-13", note="the publication day")
    D(a, "2026", "2026", note="'Fondée en 2026'")
    D(a, "2030", "2030")
    D(a, "fin 2032", "2032", mod="END", note="'d'ici fin 2032', inside the quote")
    D(a, "janvier", "2031-01", note="past: 'a racheté en janvier'")
    D(a, "2028", "2028")
    D(a, "mars", "2031-03", note="past: 'a été valorisé ... en mars'")
    D(a, "2033", "2033", note="'dès 2033', inside 'Selon elle'")
    Q(a, "annoncé mardi [avoir bouclé une levée de fonds de 40 millions de dollars (environ 24 milliards de francs CFA) en série B].",
      "indirect", "a annoncé", ("La fintech [Yaatal] a", "Yaatal", ORG),
      note="'a annoncé avoir bouclé': the span starts at the infinitive")
    Q(a, "[L'opération valorise la start-up 210 millions de dollars], selon", "indirect", "[selon] une source",
      ("selon [une source proche du dossier]", None, None), note="inverted 'selon' with an unnamed source")
    Q(a, "revendique [3,2 millions d'utilisateurs au Sénégal, en Côte d'Ivoire et au Mali].", "indirect", "revendique",
      ("[Yaatal] revendique", "Yaatal", ORG), optional=True, note="'revendique' + noun phrase, not a clause")
    Q(a, "« [Cet argent va nous permettre d'ouvrir le Cameroun et le Bénin d'ici fin 2032] »", "direct", "explique",
      (ASM, ASM, PER), gender="female", note="'cofondatrice et présidente' and the given name show the gender")
    Q(a, "précisé que [l'effectif passerait de 180 à 400 salariés, dont une centaine d'ingénieurs à Abidjan].",
      "indirect", "a précisé", ("[Elle] a précisé", ASM, PER), gender="female",
      note="'Elle' is the founder of the sentence before")
    Q(a, "« [Yaatal a le meilleur produit du marché francophone] »", "direct", "estime", (JOH, JOH, PER),
      gender="female", note="'associée' shows the gender")
    Q(a, "Selon elle, [la fintech sera rentable dès 2033].", "indirect", "[Selon] elle", ("Selon [elle]", JOH, PER),
      gender="female", note="'elle' is the investor of the sentence before")
    Q(a, "« [Dakar s'impose comme une place fintech] »", "direct", "s'est réjoui", (ABT, ABT, PER), gender="male",
      note="the name in apposition to the minister's title; 'le ministre' and 's'est réjoui' show the gender")
    V(a, "funding", "levée de fonds", {"company": "Yaatal", "amount": "[40 millions de dollars] (environ",
                                       "round": "série B", "investors": [BV, "Partech Africa", "Proparco"],
                                       "valuation": "210 millions de dollars", "date": "mardi"},
      note="the headline states the same round; the investors of the next sentence and the valuation of the third "
           "belong to it")
    V(a, "role", "cofondatrice et présidente", {"person": ASM, "title": "cofondatrice et présidente",
                                                "organization": ("opt", "Yaatal")},
      note="'Fondée en 2026 à Dakar par X, sa cofondatrice et présidente, ...': the company named at the end of "
           "the clause; two titles joined by 'et', as written")
    V(a, "role", "directeur technique", {"person": CTF, "title": "directeur technique",
                                         "organization": ("opt", "Yaatal")})
    V(a, "role", "Fondée", {"person": ASM, "organization": ("opt", "Yaatal")}, optional=True,
      note="a founder stated by the verb")
    V(a, "role", "Fondée", {"person": CTF, "organization": ("opt", "Yaatal")}, optional=True,
      note="a founder stated by the verb")
    V(a, "result", "chiffre d'affaires", {"company": "Yaatal", "metric": "revenue", "amount": "5,4 milliards de FCFA",
                                          "change": f"+62{NB}%", "period": "2030"},
      note="'Son chiffre d'affaires': Yaatal, subject of the sentences before")
    V(a, "acquisition", "racheté", {"target": "Kalo Pay", "buyer": "Yaatal", "date": "janvier", "status": "done"},
      note="no price")
    V(a, "funding", "levé", {"company": "Yaatal", "amount": "6,5 millions de dollars", "round": "amorçage",
                             "investors": ["Elaia", "Orange Ventures"], "date": "2028"},
      note="'La jeune pousse avait levé ...': Yaatal, an earlier round")
    V(a, "valuation", "valorisé", {"company": "Tanaka Pay", "amount": "1 milliard de dollars", "date": "mars"},
      note="a rival's valuation with no round")
    V(a, "role", "associée", {"person": JOH, "title": "associée", "organization": BV},
      note="'associée chez Brightwater Ventures'")
    V(a, "role", MCTN, {"person": ABT, "title": MCTN}, note="a minister: title as written, commas included; no organization")


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    LPr, YC, ADe, HV, CF = ("Laurent Pradeilles", "Yves Castaing", "Arnaud Delcros", "Hélène Varenne",
                            "Camille Ferrandon")
    ADLC, PDP, TCP, CAP = ("Autorité de la concurrence", "parquet de Paris", "tribunal correctionnel de Paris",
                           "cour d'appel de Paris")
    # ------------------------------------------------------------ F: the competition authority fines a medical-device maker (AFP)
    a = B.article("F-amende-autorite-concurrence", "2030-10-03", (
        f"PARIS, 3 octobre (AFP) - L'{ADLC} a infligé jeudi une amende de 186 millions d'euros au "
        "fabricant lyonnais de matériel médical Medivance, accusé d'avoir abusé de sa position dominante sur le marché "
        "des pompes à insuline entre 2026 et 2029.\n\n"
        "Selon la décision, Medivance a imposé aux hôpitaux des contrats d'exclusivité de cinq ans et dénigré les "
        "produits de ses concurrents. Le rachat en 2027 de son rival néerlandais Glucotech, pour 640 millions d'euros, "
        "lui avait assuré 70 % du marché français. "
        f"{O}Medivance a verrouillé le marché au détriment des patients et de l'Assurance maladie{C}, a déclaré le "
        f"président de l'Autorité, {LPr}. L'amende représente 4,6 % du chiffre d'affaires du groupe, qui a "
        "atteint 4,05 milliards d'euros en 2029.\n\n"
        f"Le volet pénal n'est pas clos. Le {PDP}, saisi par l'Autorité, estime que deux anciens dirigeants "
        "ont personnellement organisé le dénigrement. Lors d'une audience mardi devant le tribunal correctionnel de "
        "Paris, le procureur a demandé dix-huit mois de prison avec sursis contre l'ancien directeur commercial de "
        f"Medivance, {YC}. {O}Il savait tout et il a tout validé{C}, a requis le procureur, {ADe}.\n\n"
        f"{O}Cette décision est infondée et nous ferons appel{C}, a réagi Me {HV}, avocate de Medivance. Le "
        f"recours sera examiné par la {CAP} à partir du 12 mars 2031, a-t-elle précisé. Le groupe a "
        "indiqué dans un communiqué qu'il avait déjà provisionné 150 millions d'euros.\n\n"
        "L'affaire avait été révélée en 2028 par une plainte de la start-up nantaise Insulys, depuis rachetée par "
        "l'américain Corvanta Medical. La jeune pousse avait levé 12 millions d'euros auprès de Bpifrance en 2025. "
        f"{O}Nous avons perdu trois ans{C}, a réagi sa fondatrice, {CF}. La CNIL enquête par ailleurs sur les "
        "données collectées par les pompes. Vers 15 heures, l'action Medivance cédait 3,1 % à la Bourse de Paris."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), (ADLC, ORG, None, False),
                       ("Medivance", ORG, None, False), ("Glucotech", ORG, None, False),
                       ("Assurance maladie", ORG, None, False), ("Autorité", ORG, ADLC, False), (LPr, PER, None, False),
                       (PDP, ORG, None, True), (TCP, ORG, None, True), (YC, PER, None, False), (ADe, PER, None, False),
                       (HV, PER, None, False), (CAP, ORG, None, True), ("Insulys", ORG, None, False),
                       ("Corvanta Medical", ORG, None, False), ("Bpifrance", ORG, None, False), (CF, PER, None, False),
                       ("CNIL", ORG, None, False), ("Bourse de Paris", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (PARIS, AFP): the reference date is the dateline day (Thursday 3 October "
                      "2030), the day of the decision. Ordinary spaces before '%', narrow no-break spaces inside "
                      "the guillemets.")
    a["notes"].append("Entities: 'Autorité de la concurrence' and the bare 'l'Autorité' (twice) are one ORG, "
                      "canonical the full name (as in the sixth set); 'Medivance' (a coined company, bare in every "
                      "mention), 'Glucotech', 'Insulys', 'Corvanta Medical' (an English-named coined buyer), "
                      "'Bpifrance', 'Bourse de Paris' (no separate 'Paris') are ORG; 'l'Assurance maladie' (inside "
                      "the quote) is ORG without the elided article, as in the eighth set; 'CNIL' (never spelled out "
                      "here) keeps its form. Courts and the town's prosecution office are optional ORG, as in the "
                      "earlier sets: 'parquet de Paris' (a town's office, as the second set's 'parquet de Rennes', "
                      "unlike the national 'parquet national financier'), 'tribunal correctionnel de Paris', 'cour "
                      "d'appel de Paris' (no separate 'Paris' inside any of them). 'Me' is a title, left out of the "
                      "lawyer's name. 'lyonnais', 'néerlandais', 'français', 'nantaise', 'américain' are "
                      "adjectives; 'la décision', 'le groupe', 'le procureur', 'La jeune pousse' are not names.")
    a["notes"].append("Quotes: 'Selon la décision, <clause>' (a document whose issuer the first sentence names: "
                      "speaker the noun 'décision', canonical Autorité de la concurrence, as 'selon un communiqué'); "
                      "the authority's president 'a déclaré le président de l'Autorité, X'; 'Le parquet de Paris, "
                      "saisi par l'Autorité, estime que <clause>' (the office by name, the participle clause "
                      "between subject and verb); the prosecutor's closing words 'a requis le procureur, X' "
                      "(inverted after marked words: a verb of saying here, the words are quoted); the defence 'a "
                      "réagi Me X, avocate de Medivance' then '<clause>, a-t-elle précisé' (inverted, indirect); "
                      "'Le groupe a indiqué dans un communiqué qu'<clause>' (canonical Medivance); the founder 'a "
                      "réagi sa fondatrice, X'. Not quotes: 'le procureur a demandé dix-huit mois de prison ...' (a "
                      "requisition with a noun-phrase object), 'La CNIL enquête ...'.")
    a["notes"].append("Events: a fine, a requisition, a provision and the share move are no events. Background "
                      "facts are events: 'Le rachat en 2027 de son rival néerlandais Glucotech, pour 640 millions "
                      "d'euros' (done, buyer Medivance); the 2029 revenue in a relative clause ('du groupe, qui a "
                      "atteint 4,05 milliards d'euros en 2029') a result (metric revenue); 'Insulys, depuis rachetée "
                      "par l'américain Corvanta Medical' (done, no price, no date); 'La jeune pousse avait levé 12 "
                      "millions d'euros auprès de Bpifrance en 2025' a funding event of Insulys. Roles: 'le président "
                      "de l'Autorité, X' (organization required), 'l'ancien directeur commercial de Medivance, X' (a "
                      "former post, organization required), 'le procureur, X' (title only, as the prosecutors of the "
                      "earlier sets), 'sa fondatrice, X' (organization optional: Insulys of the sentences before); "
                      "'Me X, avocate de Medivance' is optional, as lawyers in the earlier sets.")
    a["notes"].append("Dates: '3 octobre' (dateline) and 'jeudi' the dateline day; 'entre 2026 et 2029' two "
                      "points, as in the earlier sets; 'cinq ans' (contracts' length) a duration; 'en 2027', 'en "
                      "2029', 'en 2028', 'en 2025'; 'mardi' (a hearing held) the Tuesday before; 'dix-huit mois' (a "
                      "requested prison term) a required duration, as in the eighth set; 'à partir du 12 mars 2031' "
                      "the appeal's date (span '12 mars 2031'); 'trois ans' inside the founder's quote a duration; "
                      "'Vers 15 heures' a time of the dateline day. Percentages: '70 %' (a market share), '4,6 %' "
                      "(a fine as a share of revenue), '3,1 %' (a share move).")
    M(a, "186 millions d'euros", 186e6, "EUR")
    M(a, "640 millions d'euros", 640e6, "EUR")
    M(a, "4,05 milliards d'euros", 4.05e9, "EUR")
    M(a, "150 millions d'euros", 150e6, "EUR")
    M(a, "12 millions d'euros", 12e6, "EUR")
    P(a, "70 %", 70)
    P(a, "4,6 %", 4.6)
    P(a, "3,1 %", 3.1)
    D(a, "3 octobre", "2030-10-03", note="dateline")
    D(a, "jeudi", "2030-10-03", note="the dateline day")
    D(a, "2026", "2026", note="'entre 2026 et 2029': two points")
    D(a, "2029", "2029", note="'entre 2026 et 2029': two points")
    D(a, "cinq ans", "P5Y", typ="DURATION", note="'des contrats d'exclusivité de cinq ans'")
    D(a, "2027", "2027")
    D(a, "2029", "2029", nth=1, note="'qui a atteint 4,05 milliards d'euros en 2029'")
    D(a, "mardi", "2030-10-01", note="past: 'Lors d'une audience mardi'")
    D(a, "dix-huit mois", "P18M", typ="DURATION", note="the requested prison term")
    D(a, "12 mars 2031", "2031-03-12", note="future: the appeal hearing")
    D(a, "2028", "2028")
    D(a, "2025", "2025")
    D(a, "trois ans", "P3Y", typ="DURATION", note="inside the founder's quote")
    D(a, "15 heures", "2030-10-03T15:00", typ="TIME", note="'Vers 15 heures' on the dateline day")
    Q(a, "Selon la décision, [Medivance a imposé aux hôpitaux des contrats d'exclusivité de cinq ans et dénigré les produits de ses concurrents].",
      "indirect", "[Selon] la décision", ("la [décision], Medivance", ADLC, ORG),
      note="a document of the authority named in the first sentence")
    Q(a, f"{O}[Medivance a verrouillé le marché au détriment des patients et de l'Assurance maladie]{C}", "direct",
      "a déclaré", (LPr, LPr, PER), gender="male", note="'le président' shows the gender")
    Q(a, "estime que [deux anciens dirigeants ont personnellement organisé le dénigrement].", "indirect", "estime",
      (PDP, PDP, ORG), note="the prosecution office by name, a participle clause between subject and verb")
    Q(a, f"{O}[Il savait tout et il a tout validé]{C}", "direct", "a requis", (ADe, ADe, PER), gender="male",
      note="marked closing words of the prosecutor; 'le procureur' shows the gender")
    Q(a, f"{O}[Cette décision est infondée et nous ferons appel]{C}", "direct", "a réagi", (HV, HV, PER),
      gender="female", note="'avocate' shows the gender")
    Q(a, f"[Le recours sera examiné par la {CAP} à partir du 12 mars 2031], a-t-elle précisé", "indirect",
      "a-t-elle précisé", ("a-t-[elle] précisé", HV, PER), gender="female",
      note="inverted; 'elle' is the lawyer of the sentence before")
    Q(a, "dans un communiqué qu'[il avait déjà provisionné 150 millions d'euros].", "indirect", "a indiqué",
      ("Le [groupe] a indiqué", "Medivance", ORG), note="'Le groupe' is Medivance, the defendant company")
    Q(a, f"{O}[Nous avons perdu trois ans]{C}", "direct", "[a réagi] sa fondatrice", (CF, CF, PER), gender="female",
      note="the name in apposition to 'sa fondatrice', which shows the gender")
    V(a, "acquisition", "rachat", {"target": "Glucotech", "buyer": "Medivance", "amount": "640 millions d'euros",
                                   "date": "2027", "status": "done"},
      note="'Le rachat en 2027 de son rival néerlandais Glucotech': 'son' is Medivance")
    V(a, "role", "président de l'Autorité", {"person": LPr, "title": "président", "organization": "Autorité"},
      note="'le président de l'Autorité, X'")
    V(a, "result", "chiffre d'affaires", {"company": "Medivance", "metric": "revenue",
                                          "amount": "4,05 milliards d'euros", "period": "euros en [2029]"},
      note="'du chiffre d'affaires du groupe, qui a atteint ... en 2029'")
    V(a, "role", "directeur commercial", {"person": YC, "title": "directeur commercial", "organization": "Medivance"},
      note="a former post ('l'ancien directeur commercial de Medivance, X')")
    V(a, "role", "[procureur], Arnaud", {"person": ADe, "title": "procureur"}, note="the prosecutor: title only")
    V(a, "role", "avocate", {"person": HV, "title": "avocate", "organization": ("opt", "Medivance")}, optional=True,
      note="a lawyer")
    V(a, "acquisition", "rachetée", {"target": "Insulys", "buyer": "Corvanta Medical", "status": "done"},
      note="'depuis rachetée par l'américain Corvanta Medical': no price, no date")
    V(a, "funding", "levé", {"company": "Insulys", "amount": "12 millions d'euros", "investors": ["Bpifrance"],
                             "date": "2025"}, note="'La jeune pousse' is Insulys, named in the sentence before")
    V(a, "role", "fondatrice", {"person": CF, "title": "fondatrice", "organization": ("opt", "Insulys")},
      note="'sa fondatrice, X': Insulys of the sentences before")
