"""The three articles of the eighteenth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind18`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and inside the guillemets in S)
NN = "\u202f"    # narrow no-break space (before % and 'point' and inside the guillemets in T)
AP = "\u2019"    # typographic apostrophe (every apostrophe of S)


def define(B):
    define_s(B)
    define_t(B)
    define_u(B)


def define_s(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    TH, CB, NA, SM, RIV = "Thermelia", "Claire Berthon", "Nicolas Aubry", "Sophie Marchal", "Rubio Impact Ventures"
    # ------------------------------------------------------------ S: a Lyon heat-pump start-up's series B, an interview in Q/R turns (French business site, web)
    a = B.article("S-serie-b-pompes-chaleur-lyon", "2034-01-19", (
        f"Climat : la lyonnaise {TH} lève 40 millions d{AP}euros pour décarboner la chaleur industrielle\n"
        "Par Hugo Lambert\n"
        "Publié le 19 janv. 2034 à 06:30\n\n"
        f"La start-up lyonnaise {TH}, qui conçoit des pompes à chaleur haute température pour l{AP}industrie, a "
        f"annoncé mercredi avoir bouclé une série B de 40 millions d{AP}euros. Le tour de table est mené par Eurazeo "
        f"avec Bpifrance et le fonds néerlandais {RIV}. L{AP}entreprise serait désormais valorisée 300 "
        "millions, selon Les Echos.\n\n"
        f"Elle avait déjà levé 12 millions en 2032 auprès de Demeter et de Kima Ventures. Ce nouveau tour doit "
        f"financer une deuxième usine à Vénissieux et l{AP}ouverture de bureaux en Allemagne et en Italie. Fondée en "
        f"2029 par deux ingénieurs de l{AP}INSA Lyon, la jeune pousse a précisé que ses effectifs passeraient de 85 à "
        f"200 salariés d{AP}ici fin 2035. Sa pompe Calora 2, qui produit de la vapeur à 200 degrés, équipe déjà des "
        f"laiteries et des brasseries. Son chiffre d{AP}affaires a triplé en 2033, à 9 millions d{AP}euros.\n\n"
        f"{O}Les fondateurs restent les premiers actionnaires, avec 38{NB}% du capital{C}, souligne {NA}, "
        f"cofondateur et directeur technique de {TH}. {O}{TH} a la technologie la plus aboutie d{AP}Europe pour la "
        f"vapeur industrielle{C}, estime {SM}, associée chez Eurazeo.\n\n"
        f"Sa cofondatrice et présidente, {CB}, a répondu à nos questions.\n"
        "Q : Pourquoi lever maintenant ?\n"
        f"R : Les industriels doivent sortir du gaz d{AP}ici 2040, et nos carnets sont pleins jusqu{AP}à l{AP}été. "
        "Nous devons produire cinq fois plus.\n"
        "Q : Craignez-vous la concurrence ?\n"
        f"R : Les Allemands et les Chinois arrivent, mais nous avons trois ans d{AP}avance. L{AP}Allemagne pèse déjà "
        f"30{NB}% de nos commandes."))
    for s, l, c, o in [(TH, ORG, None, False), ("Hugo Lambert", PER, None, False), ("Eurazeo", ORG, None, False),
                       ("Bpifrance", ORG, None, False), (RIV, ORG, None, False), ("Les Echos", ORG, None, False),
                       ("Demeter", ORG, None, False), ("Kima Ventures", ORG, None, False),
                       ("Vénissieux", LOC, None, False), ("Allemagne", LOC, None, False), ("Italie", LOC, None, False),
                       ("INSA Lyon", ORG, None, False), ("Calora 2", MISC, None, False), (NA, PER, None, False),
                       ("Europe", LOC, None, False), (SM, PER, None, False), (CB, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French business site copied as plain text: a headline opened by a section "
                      "word ('Climat :'), a byline ('Par Hugo Lambert') and *new*: a publication line with an "
                      "abbreviated month and a 24-hour clock with a colon ('Publié le 19 janv. 2034 à 06:30'), no "
                      "dateline; the article ends with an interview in turns labelled 'Q :' (the site's questions) and "
                      "*new* 'R :' (the answers, no name in the label). The reference date is the publication day "
                      "(Thursday 19 January 2034), the day after the announcement ('a annoncé mercredi'). Every "
                      "apostrophe is the typographic one (U+2019: 'd’euros', 'L’entreprise', 'd’ici', 'jusqu’à'); "
                      "no-break spaces (U+00A0) before '%' and inside the guillemets; ordinary spaces around the "
                      "labels' colons and in '200 degrés'.")
    a["notes"].append("Entities: the coined Lyon start-up 'Thermelia' (headline, body, inside the investor's marked "
                      "words, bare in every mention) is ORG; the investors 'Eurazeo' (twice: the lead, the partner's "
                      "firm), 'Bpifrance', 'Rubio Impact Ventures' (after 'le fonds néerlandais'), 'Demeter' and 'Kima "
                      "Ventures' are ORG; the business daily 'Les Echos' keeps its article (part of the name); the "
                      "engineering school 'INSA Lyon' is one ORG (no separate 'Lyon'), as 'Polytechnique Montréal' in "
                      "the sixteenth set; the heat pump with its number ('Sa pompe Calora 2') is a MISC product, the "
                      "number part of the name, as 'Nova 2' and 'Portalis 3' in the earlier sets; 'Vénissieux', "
                      "'Allemagne' (twice, once inside an answer), 'Italie' and 'Europe' (inside the marked words) are "
                      "LOC. 'lyonnaise', 'néerlandais' are adjectives; 'Les Allemands', 'les Chinois' (inside an "
                      "answer) are demonyms; 'Climat', 'série B', 'La start-up', 'L’entreprise', 'la jeune pousse', "
                      "'Ce nouveau tour', 'Les fondateurs', 'Q', 'R' are not names.")
    a["notes"].append("Quotes: 'a annoncé mercredi avoir bouclé ...' spans from the infinitive, speaker the company by "
                      "name (a relative clause between subject and verb), as in the fourteenth set; '<clause>, selon "
                      "Les Echos' (inverted, the paper by name); 'la jeune pousse a précisé que <clause>' (speaker the "
                      "noun phrase 'jeune pousse', canonical Thermelia, the subject of the sentences before; the "
                      "participle clause 'Fondée en 2029 ...' opens the same sentence); the cofounder 'souligne X, "
                      "cofondateur et directeur technique de Thermelia'; the investor 'estime X, associée chez "
                      "Eurazeo'. *New*: the interview's turns labelled 'Q :' and 'R :' follow the 'Question :' / "
                      "'Réponse :' convention of the eleventh set and the 'Q :' turns of the fifteenth: each answer "
                      "after 'R : ' is one required direct quote from its first word to the end of the line (final "
                      "punctuation kept, two sentences in one answer one quote), cue null, speaker the interviewee "
                      "named in the sentence introducing the interview ('Sa cofondatrice et présidente, X, a répondu à "
                      "nos questions'), gender female ('cofondatrice', 'présidente'); the questions after 'Q : ' are "
                      "optional direct quotes with a null speaker (the site asks as 'nos questions', unnamed); the "
                      "labels are neither cues nor part of the spans. Not quotes: 'X a répondu à nos questions', 'Le "
                      "tour de table est mené par ...', 'Ce nouveau tour doit financer ...'.")
    a["notes"].append("Events: one fact, one event: the series B (headline 'lève 40 millions d’euros', body 'a "
                      "annoncé mercredi avoir bouclé une série B de 40 millions d’euros', 'Le tour de table est mené par "
                      "Eurazeo avec Bpifrance et le fonds néerlandais Rubio Impact Ventures', 'L’entreprise serait "
                      "désormais valorisée 300 millions, selon Les Echos') is one funding event (trigger the body's "
                      "'bouclé') with its round, the lead and the two followers of the next sentence, the valuation of "
                      "the third sentence (no separate valuation event) and the announcement's date; the earlier round "
                      "referred back to by a pronoun ('Elle avait déjà levé 12 millions en 2032 auprès de Demeter et "
                      "de Kima Ventures', 'Elle' being 'L’entreprise' of the sentence before) is a second funding event "
                      "with its investors and year (no round name written); 'Ce nouveau tour' refers back to the series "
                      "B and states no new fact. The 2033 revenue ('Son chiffre d’affaires a triplé en 2033, à 9 "
                      "millions d’euros') is a result with no change (a tripling is no percentage). Roles: 'X, "
                      "cofondateur et directeur technique de Thermelia' (two titles joined by 'et', as written, "
                      "organization required), 'X, associée chez Eurazeo' (organization required), 'Sa cofondatrice et "
                      "présidente, X' ('Sa' is Thermelia: organization optional, as in the sixteenth set). The founding "
                      "by two unnamed engineers is no role; the founders' stake ('38 %', inside marked words), the "
                      "hiring plan, the new plant and the share of orders are no events.")
    a["notes"].append("Money: *new*: amounts written with a scale word and no currency after the round's amount in "
                      "euros ('valorisée 300 millions', 'avait déjà levé 12 millions') are money in euros (EUR): the "
                      "ellipsis of 'd’euros' is plain French news style and the article names no other currency; span "
                      "number and scale word. The headline's '40 millions d’euros' is a money item of its own; '9 "
                      "millions d’euros' the revenue. '85 à 200 salariés', '200 degrés', 'cinq fois' are no money. "
                      "Percentages: '38 %' (a stake, inside the cofounder's marked words), '30 %' (a share of orders, "
                      "inside an answer).")
    a["notes"].append("Dates: *new*: the publication line '19 janv. 2034 à 06:30' (abbreviated month with its full "
                      "stop, 24-hour clock with a colon) is one TIME; 'mercredi' the day before the Thursday "
                      "publication; 'en 2032', 'Fondée en 2029', 'en 2033' years; 'd’ici fin 2035' 2035 with mod END "
                      "(span 'fin 2035', as 'fin 2032' in the fourteenth set); inside the answers 'd’ici 2040' the year, "
                      "'jusqu’à l’été' the coming summer (span 'été', 2034-SU) and 'trois ans d’avance' a duration "
                      "(P3Y, as 'deux ans d’avance' in the fourteenth set).")
    M(a, f"40 millions d{AP}euros", 40e6, "EUR", nth=0)
    M(a, f"40 millions d{AP}euros", 40e6, "EUR", nth=1)
    M(a, "300 millions", 300e6, "EUR")
    M(a, "12 millions", 12e6, "EUR")
    M(a, f"9 millions d{AP}euros", 9e6, "EUR")
    P(a, f"38{NB}%", 38)
    P(a, f"30{NB}%", 30)
    D(a, "19 janv. 2034 à 06:30", "2034-01-19T06:30", typ="TIME",
      note="the publication line: abbreviated month, 24-hour clock with a colon")
    D(a, "mercredi", "2034-01-18", note="past: 'a annoncé mercredi', the day before the Thursday publication")
    D(a, "2032", "2032", note="'avait déjà levé 12 millions en 2032'")
    D(a, "2029", "2029", note="'Fondée en 2029'")
    D(a, "fin 2035", "2035", mod="END", note="'d’ici fin 2035', inside the reported clause")
    D(a, "2033", "2033", note="'a triplé en 2033'")
    D(a, "2040", "2040", note="'d’ici 2040', inside an answer")
    D(a, f"l{AP}[été]", "2034-SU", note="'jusqu’à l’été', inside an answer: the coming summer")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'trois ans d’avance', inside an answer: a lead in time")
    Q(a, f"annoncé mercredi [avoir bouclé une série B de 40 millions d{AP}euros].", "indirect", "a annoncé",
      (f"lyonnaise [{TH}], qui", TH, ORG),
      note="'a annoncé avoir bouclé': the span starts at the infinitive; the company by name, a relative clause "
           "between subject and verb")
    Q(a, f"[L{AP}entreprise serait désormais valorisée 300 millions], selon", "indirect", "[selon] Les Echos",
      ("Les Echos", "Les Echos", ORG), note="inverted 'selon <paper>'")
    Q(a, f"précisé que [ses effectifs passeraient de 85 à 200 salariés d{AP}ici fin 2035].", "indirect", "a précisé",
      ("la [jeune pousse] a précisé", TH, ORG),
      note="'la jeune pousse' is Thermelia, the subject of the sentences before")
    Q(a, f"{O}[Les fondateurs restent les premiers actionnaires, avec 38{NB}% du capital]{C}", "direct", "souligne",
      (NA, NA, PER), gender="male", note="'cofondateur' and the given name show the gender")
    Q(a, f"{O}[{TH} a la technologie la plus aboutie d{AP}Europe pour la vapeur industrielle]{C}", "direct", "estime",
      (SM, SM, PER), gender="female", note="'associée' and the given name show the gender")
    Q(a, "Q : [Pourquoi lever maintenant ?]", "direct", None, None, optional=True,
      note="the site's question ('nos questions'): no one named")
    Q(a, f"R : [Les industriels doivent sortir du gaz d{AP}ici 2040, et nos carnets sont pleins jusqu{AP}à l{AP}été. Nous devons produire cinq fois plus.]",
      "direct", None, (CB, CB, PER), gender="female",
      note="an answer after 'R :'; the speaker named in the sentence introducing the interview")
    Q(a, "Q : [Craignez-vous la concurrence ?]", "direct", None, None, optional=True,
      note="the site's question ('nos questions'): no one named")
    Q(a, f"R : [Les Allemands et les Chinois arrivent, mais nous avons trois ans d{AP}avance. L{AP}Allemagne pèse déjà 30{NB}% de nos commandes.]",
      "direct", None, (CB, CB, PER), gender="female", note="an answer after 'R :'")
    V(a, "funding", "bouclé", {"company": TH, "amount": f"40 millions d{AP}euros", "round": "série B",
                               "investors": ["Eurazeo", "Bpifrance", RIV], "valuation": "300 millions",
                               "date": "mercredi"},
      note="the headline states the same round; the investors of the next sentence ('mené par X avec Y et Z') and "
           "the valuation of the third ('selon Les Echos') belong to it")
    V(a, "funding", "levé", {"company": TH, "amount": "12 millions", "investors": ["Demeter", "Kima Ventures"],
                             "date": "2032"},
      note="'Elle avait déjà levé ...': Thermelia's earlier round, referred back to by a pronoun; no round name")
    V(a, "result", f"chiffre d{AP}affaires", {"company": TH, "metric": "revenue", "amount": f"9 millions d{AP}euros",
                                             "period": "2033"},
      note="'Son chiffre d’affaires a triplé en 2033, à ...': Thermelia's; a tripling gives no percentage")
    V(a, "role", "cofondateur et directeur technique", {"person": NA, "title": "cofondateur et directeur technique",
                                                        "organization": TH},
      note="'X, cofondateur et directeur technique de Thermelia': two titles joined by 'et', as written")
    V(a, "role", "associée", {"person": SM, "title": "associée", "organization": "Eurazeo"},
      note="'X, associée chez Eurazeo'")
    V(a, "role", "cofondatrice et présidente", {"person": CB, "title": "cofondatrice et présidente",
                                                "organization": ("opt", TH)},
      note="'Sa cofondatrice et présidente, X': 'Sa' is Thermelia; two titles joined by 'et', as written")


def define_t(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    NV, TV, SJ, MK, AL = "Neuvatis", "Thomas Vuilleumier", "Sandrine Jeanneret", "Martin Kessler", "Actulink"
    # ------------------------------------------------------------ T: annual results of a Neuchâtel micromotor maker, a small purchase (Swiss daily, web)
    a = B.article("T-resultats-micromoteurs-neuchatel", "2034-03-02", (
        f"Micromoteurs : {NV} accélère et s'offre une pépite zurichoise\n"
        "Par Julien Perrenoud\n"
        "Publié: 02.03.2034, 07h32\n\n"
        f"Le fabricant de micromoteurs {NV}, basé à La Chaux-de-Fonds, dans le canton de Neuchâtel, a publié jeudi "
        f"des résultats annuels supérieurs aux attentes. En 2033, son chiffre d'affaires a progressé de 8,4{NN}%, à "
        f"1,26 milliard de francs. Le résultat opérationnel (EBIT) a bondi de 14{NN}%, à 171 millions de francs, et la "
        f"marge opérationnelle a gagné 0,7{NN}point, à 13,6{NN}%. Le bénéfice net atteint 118 millions de francs "
        f"(+11,2{NN}%). Le carnet de commandes s'établit à 1,9 milliard de francs, en hausse de 17{NN}%.\n\n"
        f"{O}Les fabricants de robots chirurgicaux et de pompes à insuline nous ont passé des commandes record{C}, a "
        f"déclaré le directeur général, {TV}, lors d'une conférence de presse à Zurich. {O}Nos usines de Suisse et "
        f"de Malaisie tourneront à pleine capacité jusqu'à la fin de l'année{C}, a-t-il ajouté. Pour 2034, le groupe "
        f"vise une croissance de ses ventes de 5 à 7{NN}% et une marge opérationnelle de 14{NN}%.\n\n"
        f"{O}Nous avons réduit notre dette nette de moitié tout en finançant deux nouvelles lignes de production{C}, a "
        f"souligné la directrice financière, {SJ}. Le conseil d'administration proposera un dividende de 2,60 francs "
        "par action, contre 2,20 francs pour 2032.\n\n"
        f"{NV} a également annoncé le rachat de la start-up zurichoise {AL}, spécialisée dans les capteurs pour "
        "exosquelettes, pour 46 millions de francs. Le groupe a précisé que l'opération serait financée par sa "
        f"trésorerie et finalisée d'ici la fin du deuxième trimestre. Fondée en 2028, {AL} emploie 40 personnes.\n\n"
        f"Pour {MK}, de la banque Vontobel, le carnet de commandes offre deux années de visibilité et l'objectif de "
        f"marge paraît prudent. À la SIX Swiss Exchange, l'action {NV} gagnait 6,3{NN}% vers 10 h 15."))
    for s, l, c, o in [(NV, ORG, None, False), ("Julien Perrenoud", PER, None, False),
                       ("La Chaux-de-Fonds", LOC, None, False), ("Neuchâtel", LOC, None, False), (TV, PER, None, False),
                       ("Zurich", LOC, None, False), ("Suisse", LOC, None, False), ("Malaisie", LOC, None, False),
                       (SJ, PER, None, False), (AL, ORG, None, False), (MK, PER, None, False),
                       ("Vontobel", ORG, None, False), ("SIX Swiss Exchange", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French-speaking Swiss daily copied as plain text: a headline opened by a "
                      "section word ('Micromoteurs :'), a byline ('Par Julien Perrenoud') and *new*: a publication line "
                      "in the Swiss numeric style, day and month with full stops, a comma and the clock time ('Publié: "
                      "02.03.2034, 07h32', no space before the colon), no dateline. The reference date is that day "
                      "(Thursday 2 March 2034), the day the results were published ('a publié jeudi', a release before "
                      "the market opens). Straight apostrophes; narrow no-break spaces (U+202F) before '%', before "
                      "'point' and inside the guillemets; ordinary spaces in '10 h 15' and the money.")
    a["notes"].append("Entities: the coined micromotor maker 'Neuvatis' (headline, body, 'l'action Neuvatis') and the "
                      "coined Zurich start-up 'Actulink' (twice) are ORG; the bank 'Vontobel' (after 'de la banque') "
                      "and the market 'SIX Swiss Exchange' are ORG; 'La Chaux-de-Fonds' (its article part of the "
                      "town's name), 'Neuchâtel' ('le canton de Neuchâtel': the canton, the word 'canton' outside), "
                      "'Zurich' (a press conference held there) and, inside the CEO's marked words, 'Suisse' and "
                      "'Malaisie' are LOC. 'zurichoise' is an adjective; 'EBIT', 'Le groupe', 'la directrice "
                      "financière', 'Le conseil d'administration', 'l'action' are not names.")
    a["notes"].append("Quotes: the CEO '« ... », a déclaré le directeur général, X, lors d'une conférence de presse à "
                      "Zurich' (the name in apposition after the title), then '« ... », a-t-il ajouté' ('il' is the "
                      "CEO); the CFO '« ... », a souligné la directrice financière, X' (inverted cue, the name in "
                      "apposition); the company through 'Le groupe a précisé que <clause>' (speaker the noun 'groupe', "
                      "canonical Neuvatis, the subject of the sentence before); the analyst 'Pour X, de la banque "
                      "Vontobel, <clause>' with no marks (indirect, cue 'Pour', as in the eleventh, fourteenth and "
                      "fifteenth sets; the bank in apposition is not the speaker). Not quotes: 'a publié jeudi des "
                      "résultats annuels ...' (a noun-phrase object), 'Pour 2034, le groupe vise une croissance ...' (a target; 'Pour' before a year opens no quote), "
                      "'Le conseil d'administration proposera un dividende ...'. Optional: 'Neuvatis a également "
                      "annoncé le rachat de ...' (a noun-phrase object, the deal itself, no reported clause), as 'a "
                      "dévoilé' + noun phrase in the eleventh set.")
    a["notes"].append("Events: 2033 results of Neuvatis: revenue with its rise and its period ('En 2033, son chiffre "
                      "d'affaires a progressé de 8,4 %, à 1,26 milliard de francs'), the operating result with its "
                      "acronym in brackets ('Le résultat opérationnel (EBIT) a bondi de 14 %, à 171 millions de "
                      "francs', metric operating_income), the net profit with its signed rise in brackets ('(+11,2 "
                      "%)'), the order book ('Le carnet de commandes s'établit à 1,9 milliard de francs, en hausse de "
                      "17 %', metric orders); the year is written once for the paragraph (the later periods optional). "
                      "The margin's gain in points ('la marge opérationnelle a gagné 0,7 point, à 13,6 %') is an "
                      "optional result (metric other), as in the earlier sets. 'Neuvatis a également annoncé le rachat "
                      "de la start-up zurichoise Actulink ... pour 46 millions de francs' is an announced acquisition "
                      "(the contract's 'annonce le rachat'; closing 'd'ici la fin du deuxième trimestre'), its date "
                      "optional (the results day 'jeudi' of the first paragraph: the release announcing it, not written "
                      "in its sentence). Roles: 'le directeur général, X' and 'la directrice financière, X' "
                      "(organization optional: the company of the article, as in the thirteenth and sixteenth sets). "
                      "*New*: the analyst introduced by his bank with no title ('X, de la banque Vontobel') is an "
                      "optional role (person and organization, no title), as 'Cet ancien de McKinsey' in the eleventh "
                      "set. Not events: the guidance for 2034 ('5 à 7 %', a margin of '14 %'), the debt cut, the "
                      "dividend, the share move.")
    a["notes"].append("Dates: *new*: the publication line '02.03.2034, 07h32' (Swiss numeric date with full stops, "
                      "day first, a comma before the clock time) is one TIME; 'jeudi' the publication day; 'En 2033' "
                      "the financial year; 'jusqu'à la fin de l'année' (inside the CEO's marked words) 2034 with mod "
                      "END (span 'fin de l'année', as 'fin de 2034' in the sixteenth set); 'Pour 2034' the guidance "
                      "year; 'pour 2032' the dividend's comparison year; 'd'ici la fin du deuxième trimestre' the "
                      "second quarter of 2034 with mod END (span 'fin du deuxième trimestre', as 'fin du mois' in the "
                      "fifteenth set); 'Fondée en 2028' the year; 'deux années de visibilité' (inside the analyst's "
                      "reported clause) a duration, P2Y; 'vers 10 h 15' a TIME of the publication day (span without "
                      "'vers'). Money: bare 'francs' in a Swiss paper are CHF, as in the thirteenth and sixteenth sets; "
                      "the dividend '2,60 francs' and its comparison '2,20 francs' are money. Percentages: '8,4 %', '14 "
                      "%' (the EBIT's rise), '13,6 %' (a margin), '+11,2 %' (sign kept in the span), '17 %', '0,7 "
                      "point' (points, as '0,7 point' in the thirteenth set), '5 à 7 %' a range (value 5), '14 %' (the "
                      "margin target), '6,3 %' (a share move). '40 personnes' is a count; 'de moitié' is no "
                      "percentage.")
    M(a, "1,26 milliard de francs", 1.26e9, "CHF")
    M(a, "171 millions de francs", 171e6, "CHF")
    M(a, "118 millions de francs", 118e6, "CHF")
    M(a, "1,9 milliard de francs", 1.9e9, "CHF")
    M(a, "2,60 francs", 2.60, "CHF")
    M(a, "2,20 francs", 2.20, "CHF")
    M(a, "46 millions de francs", 46e6, "CHF")
    P(a, f"8,4{NN}%", 8.4)
    P(a, f"14{NN}%", 14, nth=0)
    P(a, f"0,7{NN}point", 0.7, points=True)
    P(a, f"13,6{NN}%", 13.6)
    P(a, f"+11,2{NN}%", 11.2)
    P(a, f"17{NN}%", 17)
    P(a, f"5 à 7{NN}%", 5)
    P(a, f"14{NN}%", 14, nth=1)
    P(a, f"6,3{NN}%", 6.3)
    D(a, "02.03.2034, 07h32", "2034-03-02T07:32", typ="TIME",
      note="the publication line: Swiss numeric date, comma, clock time")
    D(a, "jeudi", "2034-03-02", note="'a publié jeudi': the publication day")
    D(a, "En [2033]", "2033", note="'En 2033, son chiffre d'affaires ...'")
    D(a, "fin de l'année", "2034", mod="END", note="'jusqu'à la fin de l'année', inside the CEO's marked words")
    D(a, "Pour [2034]", "2034", note="'Pour 2034, le groupe vise ...': the guidance year")
    D(a, "2032", "2032", note="'contre 2,20 francs pour 2032'")
    D(a, "fin du deuxième trimestre", "2034-Q2", mod="END",
      note="'d'ici la fin du deuxième trimestre', inside the reported clause")
    D(a, "2028", "2028", note="'Fondée en 2028'")
    D(a, "deux années", "P2Y", typ="DURATION", note="'deux années de visibilité', inside the analyst's reported clause")
    D(a, "10 h 15", "2034-03-02T10:15", typ="TIME", note="'vers 10 h 15' on the publication day")
    Q(a, f"{O}[Les fabricants de robots chirurgicaux et de pompes à insuline nous ont passé des commandes record]{C}",
      "direct", "a déclaré", (TV, TV, PER), gender="male",
      note="the name in apposition to 'le directeur général', which shows the gender")
    Q(a, f"{O}[Nos usines de Suisse et de Malaisie tourneront à pleine capacité jusqu'à la fin de l'année]{C}",
      "direct", "a-t-il ajouté", ("a-t-[il] ajouté", TV, PER), gender="male",
      note="'il' is the CEO of the sentence before")
    Q(a, f"{O}[Nous avons réduit notre dette nette de moitié tout en finançant deux nouvelles lignes de production]{C}",
      "direct", "a souligné", (SJ, SJ, PER), gender="female",
      note="the name in apposition to 'la directrice financière', which shows the gender")
    Q(a, f"annoncé [le rachat de la start-up zurichoise {AL}, spécialisée dans les capteurs pour exosquelettes, pour 46 millions de francs].",
      "indirect", "a également annoncé", (f"[{NV}] a également", NV, ORG), optional=True,
      note="'a annoncé' + noun phrase, not a clause: optional, as 'a dévoilé' + noun phrase in the eleventh set")
    Q(a, "précisé que [l'opération serait financée par sa trésorerie et finalisée d'ici la fin du deuxième trimestre].",
      "indirect", "a précisé", ("Le [groupe] a précisé", NV, ORG),
      note="'Le groupe' is Neuvatis, the subject of the sentence before")
    Q(a, f"Pour {MK}, de la banque Vontobel, [le carnet de commandes offre deux années de visibilité et l'objectif de marge paraît prudent].",
      "indirect", f"[Pour] {MK}", (MK, MK, PER), gender="male",
      note="'Pour X, de la banque Y, <clause>' with no marks: indirect, cue 'Pour'; the given name shows the gender")
    V(a, "result", "chiffre d'affaires", {"company": NV, "metric": "revenue", "amount": "1,26 milliard de francs",
                                          "change": f"8,4{NN}%", "period": "En [2033]"},
      note="'En 2033, son chiffre d'affaires ...': Neuvatis, the subject of the sentence before")
    V(a, "result", "résultat opérationnel", {"company": NV, "metric": "operating_income",
                                             "amount": "171 millions de francs", "change": f"14{NN}%",
                                             "period": ("opt", "En [2033]")},
      note="'Le résultat opérationnel (EBIT)': the year written once for the paragraph")
    V(a, "result", "[marge opérationnelle] a gagné", {"company": NV, "metric": "other", "change": f"0,7{NN}point",
                                                      "period": ("opt", "En [2033]")}, optional=True,
      note="a margin's gain in points, optional as in the earlier sets")
    V(a, "result", "bénéfice net", {"company": NV, "metric": "net_income", "amount": "118 millions de francs",
                                    "change": f"+11,2{NN}%", "period": ("opt", "En [2033]")})
    V(a, "result", "carnet de commandes", {"company": NV, "metric": "orders", "amount": "1,9 milliard de francs",
                                           "change": f"17{NN}%", "period": ("opt", "En [2033]")},
      note="the first 'carnet de commandes' (the analyst's is the same figure referred back to)")
    V(a, "role", "[directeur général], Thomas", {"person": TV, "title": "directeur général",
                                                 "organization": ("opt", NV)},
      note="'le directeur général, X': the company of the article")
    V(a, "role", "[directrice financière], Sandrine", {"person": SJ, "title": "directrice financière",
                                                       "organization": ("opt", NV)},
      note="'la directrice financière, X': the company of the article")
    V(a, "acquisition", "rachat", {"target": AL, "buyer": NV, "amount": "46 millions de francs",
                                   "date": ("opt", "jeudi"), "status": "announced"},
      note="'a également annoncé le rachat de ...': announced; the date only from the results release of the first "
           "paragraph")
    V(a, "role", "banque", {"person": MK, "organization": "Vontobel"}, optional=True,
      note="'X, de la banque Vontobel': a bank named with no title")


def define_u(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    SC, CI, AL, MKB, SD, KY, CK = ("Sahelcim", "Cimivoire", "Atlas Liants", "Mariam Koné-Bamba", "Siaka Touré Ehouman",
                                   "Konan Yao", "Ciments de Kayes")
    MIN = "ministre ivoirien du Commerce et de l'Industrie"
    # ------------------------------------------------------------ U: a Senegalese cement maker sells its Ivorian subsidiary to a Moroccan group (AFP, Dakar)
    a = B.article("U-cession-cimentier-dakar", "2034-06-07", (
        f"DAKAR, 7 juin (AFP) - Le cimentier sénégalais {SC} cède sa filiale ivoirienne {CI} au groupe marocain "
        f"{AL} pour 120 milliards de francs CFA (environ 183 millions d'euros), a annoncé mardi le groupe sénégalais "
        "dans un communiqué. L'opération doit encore être autorisée par les autorités de la concurrence de l'UEMOA "
        "et devrait être finalisée d'ici la fin de l'année.\n\n"
        f"{CI}, qui exploite deux cimenteries à Abidjan et à San-Pédro, emploie 640 personnes. Elle a réalisé en 2033 "
        "un chiffre d'affaires de 89 milliards de FCFA (environ 136 millions d'euros), en hausse de 9 %. Endetté "
        f"après la construction d'une usine à Thiès, {SC} veut se recentrer sur le Sénégal, selon un porte-parole. "
        f"{AL}, coté à la Bourse de Casablanca, détient 22 % du marché marocain du ciment et possède déjà des usines "
        "au Cameroun et en Guinée.\n\n"
        f"Le groupe marocain a nommé mardi l'Ivoirienne {MKB} directrice générale de {CI}. Elle dirigeait "
        "jusqu'ici l'usine du groupe à Settat, au Maroc.\n\n"
        "« L'arrivée d'un grand industriel africain est une bonne nouvelle pour nos chantiers et pour nos emplois », "
        f"a déclaré à l'AFP le {MIN}, {SD}. Il a ajouté que l'État veillerait au maintien des "
        "investissements promis à San-Pédro.\n\n"
        "Les salariés restent inquiets. « Nous ne signerons rien sans garantie écrite sur les 640 emplois », a prévenu "
        f"{KY}, délégué du personnel de {CI}. La direction de {CI} a assuré que tous les contrats seraient "
        "repris par le nouveau propriétaire.\n\n"
        f"Selon Jeune Afrique, {SC} envisagerait aussi de céder sa filiale malienne, {CK}, au fonds Amethis "
        f"pour environ 40 milliards de FCFA (61 millions d'euros). Interrogé par l'AFP, {AL} n'a pas souhaité "
        "commenter."))
    for s, l, c, o in [("DAKAR", LOC, None, False), ("AFP", ORG, None, False), (SC, ORG, None, False),
                       (CI, ORG, None, False), (AL, ORG, None, False), ("UEMOA", ORG, None, False),
                       ("Abidjan", LOC, None, False), ("San-Pédro", LOC, None, False), ("Thiès", LOC, None, False),
                       ("Sénégal", LOC, None, False), ("Bourse de Casablanca", ORG, None, False),
                       ("Cameroun", LOC, None, False), ("Guinée", LOC, None, False), (MKB, PER, None, False),
                       ("Settat", LOC, None, False), ("Maroc", LOC, None, False), (SD, PER, None, False),
                       (KY, PER, None, False), ("Jeune Afrique", ORG, None, False), (CK, ORG, None, False),
                       ("Amethis", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (DAKAR, AFP): the reference date is the dateline day (Wednesday 7 June 2034), "
                      "the day after the announcement ('a annoncé mardi'). Straight apostrophes; ordinary spaces before "
                      "'%' and inside the guillemets, as in the agency sets.")
    a["notes"].append("Entities: the coined Senegalese cement maker 'Sahelcim', its coined Ivorian subsidiary "
                      "'Cimivoire' (five times), the coined Moroccan buyer 'Atlas Liants' and the coined Malian "
                      "subsidiary 'Ciments de Kayes' (one ORG, no separate 'Kayes') are ORG; the monetary union "
                      "'UEMOA' (never spelled out; 'les autorités de la concurrence de' no name), the market 'Bourse "
                      "de Casablanca' (no separate 'Casablanca'), the PE fund 'Amethis' (after 'au fonds'), the "
                      "weekly 'Jeune Afrique' and the agency 'AFP' (dateline, 'a déclaré à l'AFP', 'Interrogé par "
                      "l'AFP') are ORG; the dateline 'DAKAR' keeps its case; 'Abidjan', 'San-Pédro' (twice), 'Thiès', "
                      "'Sénégal', 'Cameroun', 'Guinée', 'Settat' and 'Maroc' are LOC. 'sénégalais', 'ivoirienne', "
                      "'marocain', 'africain', 'malienne' are adjectives; 'l'Ivoirienne' (before the new CEO's name) "
                      "is a demonym; 'l'État', 'Le groupe marocain', 'le groupe sénégalais', 'La direction', 'un "
                      "porte-parole', 'Les salariés', 'le nouveau propriétaire' are not names.")
    a["notes"].append("Quotes: the sale told as '<clause>, a annoncé mardi le groupe sénégalais dans un communiqué' "
                      "(inverted, indirect, the clause from the first word after the dateline's dash; speaker the noun "
                      "phrase 'groupe sénégalais', canonical Sahelcim: the adjective tells the seller from the Moroccan "
                      "buyer, also 'groupe'); '<clause>, selon un porte-parole' (inverted 'selon', an unnamed "
                      "spokesperson: noun phrase with its indefinite article, canonical null, as in the fifteenth and "
                      "sixteenth sets); the minister '« ... », a déclaré à l'AFP le ministre ivoirien du Commerce et de "
                      "l'Industrie, X' (the agency between cue and speaker, as the media of the earlier sets) then 'Il "
                      "a ajouté que <clause>'; the employees' representative '« ... », a prévenu X, délégué du personnel "
                      "de Cimivoire'; the subsidiary's management 'La direction de Cimivoire a assuré que <clause>' "
                      "(speaker the noun 'direction', canonical Cimivoire, as in the sixteenth set); the rumour 'Selon "
                      "Jeune Afrique, <clause>' (the weekly by name). Not quotes: 'Atlas Liants n'a pas souhaité "
                      "commenter', 'Le groupe marocain a nommé ...'.")
    a["notes"].append("Events: the sale ('Le cimentier sénégalais Sahelcim cède sa filiale ivoirienne Cimivoire au "
                      "groupe marocain Atlas Liants pour 120 milliards de francs CFA', still to be cleared by the "
                      "competition authorities) is one announced acquisition (trigger 'cède'), with its seller, buyer, "
                      "target, the francs CFA as amount (the euro equivalent in brackets is no argument) and the "
                      "announcement's date 'mardi'; 'Sahelcim envisagerait aussi de céder sa filiale malienne, Ciments "
                      "de Kayes, au fonds Amethis pour environ 40 milliards de FCFA' is a planned acquisition (trigger "
                      "the verb 'céder', as 'racheter' for 'envisage de racheter' in the sixteenth set), with seller, "
                      "buyer, target and amount. Cimivoire's 2033 revenue with its rise is a result (company "
                      "'Cimivoire' through 'Elle'). Roles: 'Le groupe marocain a nommé mardi l'Ivoirienne X directrice "
                      "générale de Cimivoire' (a new post at the sold subsidiary, organization required: the "
                      "subsidiary named after the title; the buyer appoints); the minister 'le ministre ivoirien du "
                      "Commerce et de l'Industrie, X' (*new*: the nationality adjective kept inside the title as "
                      "written; no organization, as ministers in the earlier sets); 'X, délégué du personnel de "
                      "Cimivoire' (organization required). 'Elle dirigeait jusqu'ici l'usine du groupe à Settat' is an "
                      "optional role (a post stated without a title, organization Atlas Liants, 'le groupe' being the "
                      "Moroccan group of the sentence before). Not events: the buyer's market share ('22 %'), the "
                      "seller's refocusing, the plant built at Thiès, the investments promised, the jobs.")
    a["notes"].append("Dates: '7 juin' (dateline); 'mardi' twice (the announcement, the appointment) the day before "
                      "the Wednesday dateline; 'd'ici la fin de l'année' 2034 with mod END (span 'fin de l'année'); "
                      "'en 2033' the year; 'jusqu'ici' optional (PRESENT_REF), as in the earlier sets. Money: 'francs "
                      "CFA' and 'FCFA' are XOF (Senegal, Côte d'Ivoire and Mali are in the UEMOA), as in the ninth, "
                      "twelfth and sixteenth sets; each euro equivalent in brackets is a second item (the first "
                      "two after 'environ', left out of the span, the last in brackets with no 'environ'); '40 "
                      "milliards de FCFA' after 'pour environ' is spanned without 'environ'. Percentages: '9 %' (a "
                      "rise), '22 %' (a market share). '640 personnes', '640 emplois', 'deux cimenteries' are counts.")
    M(a, "120 milliards de francs CFA", 120e9, "XOF")
    M(a, "183 millions d'euros", 183e6, "EUR")
    M(a, "89 milliards de FCFA", 89e9, "XOF")
    M(a, "136 millions d'euros", 136e6, "EUR")
    M(a, "40 milliards de FCFA", 40e9, "XOF")
    M(a, "61 millions d'euros", 61e6, "EUR")
    P(a, "9 %", 9)
    P(a, "22 %", 22)
    D(a, "7 juin", "2034-06-07", note="dateline")
    D(a, "mardi", "2034-06-06", nth=0, note="past: 'a annoncé mardi', the day before the Wednesday dateline")
    D(a, "fin de l'année", "2034", mod="END", note="'devrait être finalisée d'ici la fin de l'année'")
    D(a, "2033", "2033", note="'a réalisé en 2033 un chiffre d'affaires'")
    D(a, "mardi", "2034-06-06", nth=1, note="past: 'a nommé mardi'")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True, note="as in the earlier sets")
    Q(a, f"- [Le cimentier sénégalais {SC} cède sa filiale ivoirienne {CI} au groupe marocain {AL} pour 120 milliards de francs CFA (environ 183 millions d'euros)], a annoncé",
      "indirect", "a annoncé", ("le [groupe sénégalais] dans", SC, ORG),
      note="inverted reporting clause after the whole sentence; 'le groupe sénégalais' is Sahelcim (the buyer is "
           "Moroccan)")
    Q(a, f"[Endetté après la construction d'une usine à Thiès, {SC} veut se recentrer sur le Sénégal], selon", "indirect",
      "[selon] un porte-parole", ("selon [un porte-parole]", None, None),
      note="inverted 'selon' with an unnamed spokesperson: noun phrase, canonical null, no gender")
    Q(a, "« [L'arrivée d'un grand industriel africain est une bonne nouvelle pour nos chantiers et pour nos emplois] »",
      "direct", "a déclaré", (SD, SD, PER), gender="male",
      note="the name in apposition to 'le ministre', which shows the gender; 'à l'AFP' is the medium")
    Q(a, "ajouté que [l'État veillerait au maintien des investissements promis à San-Pédro].", "indirect", "a ajouté",
      ("[Il] a ajouté", SD, PER), gender="male", note="'Il' is the minister of the sentence before")
    Q(a, "« [Nous ne signerons rien sans garantie écrite sur les 640 emplois] »", "direct", "a prévenu", (KY, KY, PER),
      gender="male", note="'délégué' shows the gender")
    Q(a, "assuré que [tous les contrats seraient repris par le nouveau propriétaire].", "indirect", "a assuré",
      ("La [direction] de", CI, ORG), note="the subsidiary's management: 'La direction de Cimivoire'")
    Q(a, f"Selon Jeune Afrique, [{SC} envisagerait aussi de céder sa filiale malienne, {CK}, au fonds Amethis pour environ 40 milliards de FCFA (61 millions d'euros)].",
      "indirect", "[Selon] Jeune", ("Jeune Afrique", "Jeune Afrique", ORG), note="'Selon <weekly>, <clause>'")
    V(a, "acquisition", "cède", {"target": CI, "buyer": AL, "seller": SC, "amount": "120 milliards de francs CFA",
                                 "date": "mardi", "status": "announced"},
      note="'cède sa filiale ... à ... pour ...', announced on Tuesday, still to be cleared: announced")
    V(a, "result", "chiffre d'affaires", {"company": CI, "metric": "revenue", "amount": "89 milliards de FCFA",
                                          "change": "9 %", "period": "2033"},
      note="'Elle a réalisé en 2033 un chiffre d'affaires ...': 'Elle' is Cimivoire")
    V(a, "role", "directrice générale", {"person": MKB, "title": "directrice générale", "organization": CI},
      note="'a nommé mardi l'Ivoirienne X directrice générale de Cimivoire'")
    V(a, "role", "dirigeait", {"person": MKB, "organization": ("opt", AL)}, optional=True,
      note="'Elle dirigeait jusqu'ici l'usine du groupe à Settat': a post stated without a title")
    V(a, "role", MIN, {"person": SD, "title": MIN},
      note="a minister: title as written, the nationality adjective included; no organization")
    V(a, "role", "délégué du personnel", {"person": KY, "title": "délégué du personnel", "organization": CI},
      note="'X, délégué du personnel de Cimivoire'")
    V(a, "acquisition", "céder", {"target": CK, "buyer": "Amethis", "seller": SC, "amount": "40 milliards de FCFA",
                                  "status": "planned"},
      note="'envisagerait aussi de céder ... au fonds Amethis', a rumour reported by a weekly: planned")
