"""The three articles of the fourteenth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind14`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (not used in this set)
NN = "\u202f"    # narrow no-break space (before % in D; before % and 'points' and inside guillemets in E)
AP = "\u2019"    # typographic apostrophe (every apostrophe of D)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    AU, NWP, MF, HC, MD = "Aurélia", "Northwind Partners", "Malik Ferhat", "Hugo Castel", "Marion Delattre"
    # ------------------------------------------------------------ D: a Paris legal-AI start-up's series C (tech site)
    a = B.article("D-serie-c-ia-juridique", "2031-09-17", (
        f"IA juridique : {AU} lève 150 millions d’euros et double sa valorisation\n"
        "Par Julien Marchetti – 17 septembre 2031 à 08h05\n\n"
        f"La start-up parisienne {AU}, qui conçoit des assistants d’intelligence artificielle pour les avocats et les "
        "notaires, a annoncé mercredi avoir bouclé une série C de 150 millions d’euros (environ 176 millions de "
        f"dollars). Le tour de table est mené par le fonds américain {NWP}, aux côtés de Bpifrance et "
        "d’Eurazeo. L’entreprise est désormais valorisée 1,8 milliard d’euros, deux fois plus que lors de son "
        "précédent tour, selon une source proche du dossier.\n\n"
        "Lors de sa précédente levée, en 2029, la jeune pousse avait récolté 40 millions d’euros auprès d’Elaia et de "
        "Serena. Fondée en 2027, la société emploie 180 salariés et a réalisé en 2030 un chiffre d’affaires de 21 "
        f"millions d’euros (+140{NN}%). Selon {MF}, son directeur technique, le nouveau modèle Portalis 3, "
        f"lancé en mars, réduit de 60{NN}% les erreurs de citation. En juillet, {AU} s’est offert la start-up "
        "bordelaise Lexidata, spécialisée dans l’analyse de contrats, pour 12 millions d’euros.\n\n"
        f"« Nous voulons devenir le copilote de chaque juriste en Europe », explique {HC}, cofondateur et "
        f"directeur général d’{AU}. « La moitié des fonds servira à recruter des chercheurs à Paris et à Munich », "
        "a-t-il ajouté. Il a précisé que l’effectif atteindrait 400 personnes d’ici fin 2032.\n\n"
        f"« {AU} a deux ans d’avance sur ses concurrents américains », estime {MD}, associée chez "
        f"{NWP}, qui devient administratrice d’{AU}. Les fondateurs conservent 41{NN}% du capital."))
    for s, l, c, o in [(AU, ORG, None, False), ("Julien Marchetti", PER, None, False), (NWP, ORG, None, False),
                       ("Bpifrance", ORG, None, False), ("Eurazeo", ORG, None, False), ("Elaia", ORG, None, False),
                       ("Serena", ORG, None, False), (MF, PER, None, False), ("Portalis 3", MISC, None, False),
                       ("Lexidata", ORG, None, False), ("Europe", LOC, None, False), (HC, PER, None, False),
                       ("Paris", LOC, None, False), ("Munich", LOC, None, False), (MD, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("French tech news site's web article copied as plain text: a headline line and a byline with "
                      "the publication day and clock time after an en dash ('Par Julien Marchetti – 17 septembre "
                      "2031 à 08h05'), no dateline. The reference date is that day (Wednesday 17 September 2031), "
                      "the day of the announcement. Every apostrophe is the typographic one (U+2019: 'd’euros', "
                      "'L’entreprise', 's’est offert'); narrow no-break spaces before '%'; ordinary spaces inside "
                      "the guillemets.")
    a["notes"].append("Entities: 'Aurélia' (a coined company with a woman's given name, bare in every mention: the "
                      "headline, 'd’Aurélia' twice, inside the investor's quote) is ORG; the coined US fund "
                      "'Northwind Partners' (twice) is ORG; 'Bpifrance', 'Eurazeo' ('d’Eurazeo'), 'Elaia' "
                      "('d’Elaia') and 'Serena' (real venture funds, the last with a given-name form) are ORG; the "
                      "coined target 'Lexidata' is ORG; the model with its version number ('Portalis 3', a "
                      "jurist's surname made a product) is MISC, the number part of the name, as 'Sirène 4.1' in "
                      "the tenth set and 'Nova 2' in the twelfth; 'Europe' (inside the marked words), 'Paris' and "
                      "'Munich' (inside the marked words) are LOC. 'IA' and 'série C' are no entities; "
                      "'parisienne', 'américain', 'bordelaise', 'américains' are adjectives; 'La start-up', "
                      "'L’entreprise', 'la jeune pousse', 'la société', 'Les fondateurs' are not names.")
    a["notes"].append("Quotes: 'a annoncé mercredi avoir bouclé ...' spans from the infinitive, speaker the company by "
                      "name (the relative clause between subject and verb); '<clause>, selon une source proche du "
                      "dossier' (inverted, a noun-phrase speaker, canonical null); 'Selon X, son directeur "
                      "technique, <clause>'; the CEO 'explique X, cofondateur et directeur général d’Aurélia', then "
                      "'a-t-il ajouté' (direct) and 'Il a précisé que <clause>'; the investor 'estime X, associée "
                      "chez Northwind Partners, qui devient administratrice d’Aurélia'.")
    a["notes"].append("Events: one fact, one event: the series C (headline 'lève', body 'a annoncé ... avoir bouclé "
                      "une série C de ...', 'Le tour de table est mené par ...', 'L’entreprise est désormais "
                      "valorisée ...') carries its lead investor, the two followers of the same sentence ('aux côtés "
                      "de') and the valuation of the third sentence (no separate valuation event; 'deux fois plus "
                      "que lors de son précédent tour' gives no amount); its date is the announcement day. The "
                      "earlier round referred back to by a noun phrase and an anaphoric subject ('Lors de sa "
                      "précédente levée, en 2029, la jeune pousse avait récolté 40 millions d’euros auprès d’Elaia "
                      "et de Serena') is a second funding event of Aurélia (no round name written). 'En juillet, "
                      "Aurélia s’est offert la start-up bordelaise Lexidata ... pour 12 millions d’euros' is a done "
                      "acquisition; the 2030 revenue with its rise in brackets a result. Roles: 'X, son directeur "
                      "technique' (organization optional: the company of the paragraph), 'cofondateur et directeur "
                      "général d’Aurélia' (title as written with its 'et', organization required), 'associée chez "
                      "Northwind Partners' and the new board seat 'qui devient administratrice d’Aurélia' "
                      "(organization required, two roles of one person). Not events: the stake the founders keep "
                      "('41 %'), the hiring plan, the model's launch.")
    a["notes"].append("Dates: the byline's '17 septembre 2031 à 08h05' is one TIME (as in the twelfth set); "
                      "'mercredi' the publication day; 'en 2029', 'en 2027', 'en 2030'; 'en mars' and 'En juillet' "
                      "(past tense, a September reference) this year's months; 'd’ici fin 2032' 2032 with mod END "
                      "(span 'fin 2032'); 'deux ans d’avance' inside the investor's quote a duration (P2Y), as 'trois ans' in a "
                      "quote of the twelfth set. Money: the round's amount in euros is the first item, its dollar "
                      "equivalent in brackets ('environ 176 millions de dollars', USD) a second; the headline's "
                      "'150 millions d’euros' a money item of its own. '180 salariés' and '400 personnes' are "
                      "counts. Percentages: '+140 %' keeps its sign (a revenue rise in brackets), '60 %' (a cut in "
                      "errors), '41 %' (a stake).")
    M(a, "150 millions d’euros", 150e6, "EUR", nth=0)
    M(a, "150 millions d’euros", 150e6, "EUR", nth=1)
    M(a, "176 millions de dollars", 176e6, "USD")
    M(a, "1,8 milliard d’euros", 1.8e9, "EUR")
    M(a, "40 millions d’euros", 40e6, "EUR")
    M(a, "21 millions d’euros", 21e6, "EUR")
    M(a, "12 millions d’euros", 12e6, "EUR")
    P(a, f"+140{NN}%", 140)
    P(a, f"60{NN}%", 60)
    P(a, f"41{NN}%", 41)
    D(a, "17 septembre 2031 à 08h05", "2031-09-17T08:05", typ="TIME", note="the byline's day and clock time")
    D(a, "mercredi", "2031-09-17", note="the publication day")
    D(a, "2029", "2029", note="'Lors de sa précédente levée, en 2029'")
    D(a, "2027", "2027", note="'Fondée en 2027'")
    D(a, "2030", "2030")
    D(a, "mars", "2031-03", note="past: 'lancé en mars'")
    D(a, "juillet", "2031-07", note="past: 'En juillet, Aurélia s’est offert ...'")
    D(a, "fin 2032", "2032", mod="END", note="'d’ici fin 2032', inside the reported clause")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'a deux ans d’avance', inside the investor's quote: a lead in time")
    Q(a, "annoncé mercredi [avoir bouclé une série C de 150 millions d’euros (environ 176 millions de dollars)].",
      "indirect", "a annoncé", ("parisienne [Aurélia], qui", AU, ORG),
      note="'a annoncé avoir bouclé': the span starts at the infinitive; the company by name, a relative clause "
           "between subject and verb")
    Q(a, "[L’entreprise est désormais valorisée 1,8 milliard d’euros, deux fois plus que lors de son précédent tour], selon",
      "indirect", "[selon] une source", ("selon [une source proche du dossier]", None, None),
      note="inverted 'selon' with an unnamed source: noun phrase, canonical null")
    Q(a, f"Selon {MF}, son directeur technique, [le nouveau modèle Portalis 3, lancé en mars, réduit de 60{NN}% les erreurs de citation].",
      "indirect", f"[Selon] {MF}", (MF, MF, PER), gender="male",
      note="'Selon X, son directeur technique, <clause>'; 'directeur' and the given name show the gender")
    Q(a, "« [Nous voulons devenir le copilote de chaque juriste en Europe] »", "direct", "explique", (HC, HC, PER),
      gender="male", note="'cofondateur et directeur général' shows the gender")
    Q(a, "« [La moitié des fonds servira à recruter des chercheurs à Paris et à Munich] »", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", HC, PER), gender="male", note="'il' is the CEO of the sentence before")
    Q(a, "précisé que [l’effectif atteindrait 400 personnes d’ici fin 2032].", "indirect", "a précisé",
      ("[Il] a précisé", HC, PER), gender="male", note="'Il' is the CEO, as in the sentence before")
    Q(a, f"« [{AU} a deux ans d’avance sur ses concurrents américains] »", "direct", "estime", (MD, MD, PER),
      gender="female", note="'associée' and 'administratrice' show the gender")
    V(a, "funding", "bouclé", {"company": AU, "amount": "[150 millions d’euros] (environ", "round": "série C",
                               "investors": [NWP, "Bpifrance", "Eurazeo"], "valuation": "1,8 milliard d’euros",
                               "date": "mercredi"},
      note="the headline states the same round; the investors of the next sentence ('mené par', 'aux côtés de') "
           "and the valuation of the third belong to it")
    V(a, "funding", "récolté", {"company": AU, "amount": "40 millions d’euros", "investors": ["Elaia", "Serena"],
                                "date": "2029"},
      note="'Lors de sa précédente levée, en 2029, la jeune pousse avait récolté ...': Aurélia's earlier round, "
           "referred back to by a noun phrase; no round name written")
    V(a, "result", "chiffre d’affaires", {"company": AU, "metric": "revenue", "amount": "21 millions d’euros",
                                          "change": f"+140{NN}%", "period": "2030"},
      note="'la société ... a réalisé en 2030 un chiffre d’affaires de ... (+140 %)': Aurélia")
    V(a, "acquisition", "s’est offert", {"target": "Lexidata", "buyer": AU, "amount": "12 millions d’euros",
                                         "date": "juillet", "status": "done"}, note="a figurative verb of buying")
    V(a, "role", "directeur technique", {"person": MF, "title": "directeur technique", "organization": ("opt", AU)},
      note="'X, son directeur technique': the company of the paragraph")
    V(a, "role", "cofondateur et directeur général", {"person": HC, "title": "cofondateur et directeur général",
                                                      "organization": AU},
      note="'cofondateur et directeur général d’Aurélia': two titles joined by 'et', as written")
    V(a, "role", "associée", {"person": MD, "title": "associée", "organization": NWP},
      note="'associée chez Northwind Partners'")
    V(a, "role", "administratrice", {"person": MD, "title": "administratrice", "organization": AU},
      note="a new board seat ('qui devient administratrice d’Aurélia')")

    define_e(B)
    define_f(B)


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    TV, NBe, SA, LG, GP = "Thomas Valadier", "Nadia Benali", "Sophie Aubertin", "Laure Garnier", "Gérald Pujol"
    VM, OC, KL = "Valérie Montclar", "Olivier Charpentier", "Kévin Lebas"
    MDA = "ministère des Armées"
    # ------------------------------------------------------------ E: a government reshuffle (Paris daily, web)
    a = B.article("E-remaniement-bercy-armees", "2031-05-05", (
        f"Remaniement : {TV} à Bercy, {NBe} aux Armées\n"
        "Par Camille Roussel\n"
        "Publié le 5 mai 2031 à 11h20\n\n"
        "Le chef de l'État a procédé dimanche soir à un remaniement plus large que prévu, à un an de l'élection "
        f"présidentielle. Quatre ministres entrent au gouvernement de la Première ministre, {SA}, et trois "
        "changent de portefeuille, selon un communiqué de l'Élysée.\n\n"
        f"Jusqu'ici directeur général de Bpifrance, {TV} est nommé ministre de l'Économie. Il succède à {LG}, "
        f"qui quitte le gouvernement après trois ans à Bercy. La sénatrice centriste de la Marne {NBe} remplace "
        f"{GP} au {MDA}. Ce dernier devient porte-parole du gouvernement.\n\n"
        f"{O}Ma priorité sera de redresser nos comptes sans augmenter les impôts{C}, a déclaré M. Valadier lundi matin lors "
        "de la passation de pouvoirs. Il a ajouté qu'un plan d'économies de 20 milliards d'euros serait présenté d'ici "
        "l'été. Mme Benali défendra le 12 juin devant les députés la future loi de programmation militaire, dotée de 450 "
        f"milliards d'euros sur sept ans. {O}Je ne vis pas ce changement comme une sanction{C}, a assuré M. Pujol sur "
        "France Inter.\n\n"
        f"La Première ministre a salué {O}une équipe de combat{C} et réunira ses ministres mardi soir à Matignon. "
        f"L'opposition, elle, n'a pas désarmé. La cheffe de file des députés LR, {VM}, a dénoncé {O}un jeu de "
        f"chaises musicales{C}. Pour le premier secrétaire du PS, {OC}, le gouvernement n'a plus de majorité "
        f"pour voter le budget. {O}On change les visages, pas la politique{C}, a ironisé sur franceinfo le député RN "
        f"du Nord {KL}.\n\n"
        f"Selon un sondage Elabe pour BFMTV publié samedi, 61{NN}% des Français jugent ce remaniement inutile, et la "
        f"cote de confiance de la Première ministre recule de 4{NN}points, à 27{NN}%."))
    for s, l, c, o in [(TV, PER, None, False), ("Bercy", ORG, None, True), (NBe, PER, None, False),
                       ("Camille Roussel", PER, None, False), (SA, PER, None, False), ("Élysée", ORG, None, False),
                       ("Bpifrance", ORG, None, False), (LG, PER, None, False), ("Marne", LOC, None, False),
                       (GP, PER, None, False), (MDA, ORG, None, False), ("Valadier", PER, TV, False),
                       ("Benali", PER, NBe, False), ("Pujol", PER, GP, False), ("France Inter", ORG, None, False),
                       ("Matignon", LOC, None, True), ("LR", ORG, None, False), (VM, PER, None, False),
                       ("PS", ORG, None, False), (OC, PER, None, False), ("franceinfo", ORG, None, False),
                       ("RN", ORG, None, False), ("Nord", LOC, None, False), (KL, PER, None, False),
                       ("Elabe", ORG, None, False), ("BFMTV", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Paris daily copied as plain text: a headline line, a byline ('Par Camille "
                      "Roussel') and a publication line ('Publié le 5 mai 2031 à 11h20'), no dateline. The "
                      "reference date is the publication day (Monday 5 May 2031), the day after the reshuffle. "
                      "Narrow no-break spaces before '%', before 'points' and inside the guillemets.")
    a["notes"].append("Entities: 'Bercy' (headline 'à Bercy', 'après trois ans à Bercy': the ministry or its seat) is "
                      "optional ORG, as 'quitte Bercy' in the second set; 'aux Armées' (a ministry by its portfolio) "
                      "is not annotated, as 'au Travail' in the second set; 'ministère des Armées' (lower-case head) "
                      "is a required ORG; 'l'Élysée' (the issuer of a communiqué) is ORG; 'à Matignon' (where the "
                      "ministers meet) is optional LOC, as 'à l'Élysée' in the fifth set; 'Bpifrance', 'France "
                      "Inter', 'franceinfo', 'Elabe' (the pollster) and 'BFMTV' are ORG; party acronyms never "
                      "spelled out keep their form ('LR', 'PS', 'RN'); 'Marne' and 'Nord' (the départements of "
                      "members of parliament) are LOC. 'M. Valadier', 'Mme Benali', 'M. Pujol' are the ministers "
                      "without the titles. 'Le chef de l'État', 'la Première ministre', 'Ce dernier', "
                      "'L'opposition', 'les députés' are not names; 'centriste' is an adjective; 'Français' a "
                      "demonym.")
    a["notes"].append("Quotes: '<clause>, selon un communiqué de l'Élysée' (inverted; a document whose issuer the "
                      "text names: the Élysée speaks, as 'Selon un rapport de la Cour des comptes' in the twelfth "
                      "set); the new economy minister 'a déclaré M. Valadier lundi matin ...' then 'Il a ajouté "
                      "qu'<clause>' (the span starts after the elided 'qu''); 'a assuré M. Pujol sur France Inter' "
                      "(the medium is no speaker); 'La Première ministre a salué « une équipe de combat »' (a marked "
                      "noun phrase; speaker the noun phrase 'Première ministre', canonical the Prime Minister named "
                      "in the first paragraph); 'La cheffe de file des députés LR, X, a dénoncé « ... »'; 'Pour le "
                      "premier secrétaire du PS, X, <clause>' with no marks (an indirect quote with the cue 'Pour', "
                      "as in the eleventh set); 'a ironisé sur franceinfo le député RN du Nord X' (inverted, the "
                      "medium and two titles before the name); 'Selon un sondage Elabe pour BFMTV publié samedi, "
                      "<clause>' has the pollster. Not quotes: 'Mme Benali défendra ... la future loi' (no verb of "
                      "saying).")
    a["notes"].append("Events: roles only (a savings plan, a military budget and a poll are no deals and no "
                      "results). Required: 'la Première ministre, X' (no organization); 'Jusqu'ici directeur "
                      "général de Bpifrance, X' (the post held until now, title before the name, organization "
                      "required, as in the fifth set); 'X est nommé ministre de l'Économie' (a new post, no "
                      "organization, as ministers in the earlier sets); 'La sénatrice centriste de la Marne X' "
                      "(title 'sénatrice', no party name written); 'Ce dernier devient porte-parole du "
                      "gouvernement' ('Ce dernier' is Gérald Pujol, named just before; no organization); 'La "
                      "cheffe de file des députés LR, X' (person only, as the group chairs of the earlier sets); "
                      "'le premier secrétaire du PS, X' (organization required); 'le député RN du Nord X' (party "
                      "optional). Optional: 'Il succède à X, qui quitte le gouvernement' (a predecessor, no title), "
                      "'X remplace Y au ministère des Armées' (the new minister's post stated without a title, "
                      "organization the ministry, as 'prend la tête du ministère du Travail' in the fifth set) and "
                      "the predecessor named after 'remplace' (as in the seventh set).")
    a["notes"].append("Dates: the publication line '5 mai 2031 à 11h20' is one TIME; 'à un an de l'élection "
                      "présidentielle' a duration (span 'un an', as 'trois semaines après' in the twelfth set); "
                      "'après trois ans à Bercy' and 'sur sept ans' durations; 'd'ici l'été' the coming summer "
                      "(span 'été', 2031-SU) inside the reported clause; 'le 12 juin' the coming one; 'samedi' (a "
                      "poll published) the Saturday before. Optional: the parts of the day with no clock time "
                      "('dimanche soir', the reshuffle, the day before; 'lundi matin', the publication day; 'mardi "
                      "soir', the coming Tuesday), as in the sixth, seventh, tenth and eleventh sets, and 'Jusqu'ici' "
                      "(PRESENT_REF), as in the earlier sets. Money: the "
                      "savings plan '20 milliards d'euros' and the military budget '450 milliards d'euros' (no "
                      "events). Percentages: '61 %' and '27 %' (a poll), '4 points' (a rating's fall: points).")
    M(a, "20 milliards d'euros", 20e9, "EUR")
    M(a, "450 milliards d'euros", 450e9, "EUR")
    P(a, f"61{NN}%", 61)
    P(a, f"4{NN}points", 4, points=True)
    P(a, f"27{NN}%", 27)
    D(a, "5 mai 2031 à 11h20", "2031-05-05T11:20", typ="TIME", note="the publication line: day and clock time")
    D(a, "dimanche soir", "2031-05-04TEV", typ="TIME", opt=True, note="a part of the day with no clock time")
    D(a, "un an", "P1Y", typ="DURATION", note="'à un an de l'élection présidentielle'")
    D(a, "Jusqu'ici", "PRESENT_REF", opt=True, note="as in the earlier sets")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'après trois ans à Bercy'")
    D(a, "lundi matin", "2031-05-05TMO", typ="TIME", opt=True, note="a part of the day with no clock time")
    D(a, "d'ici l'[été]", "2031-SU", note="future: 'serait présenté d'ici l'été', inside the reported clause")
    D(a, "12 juin", "2031-06-12", note="future: 'défendra le 12 juin'")
    D(a, "sept ans", "P7Y", typ="DURATION", note="'dotée de 450 milliards d'euros sur sept ans'")
    D(a, "mardi soir", "2031-05-06TEV", typ="TIME", opt=True,
      note="future: 'réunira ses ministres mardi soir'; a part of the day with no clock time")
    D(a, "samedi", "2031-05-03", note="past: 'un sondage ... publié samedi'")
    Q(a, f"[Quatre ministres entrent au gouvernement de la Première ministre, {SA}, et trois changent de portefeuille], selon",
      "indirect", "[selon] un communiqué", ("communiqué de l'[Élysée]", "Élysée", ORG),
      note="inverted 'selon un communiqué de <issuer>': the issuer named speaks")
    Q(a, f"{O}[Ma priorité sera de redresser nos comptes sans augmenter les impôts]{C}", "direct", "a déclaré",
      ("M. [Valadier]", TV, PER), gender="male", note="'M.' shows the gender")
    Q(a, "ajouté qu'[un plan d'économies de 20 milliards d'euros serait présenté d'ici l'été].", "indirect",
      "a ajouté", ("[Il] a ajouté", TV, PER), gender="male",
      note="'Il' is the minister of the sentence before; the span starts after the elided 'qu''")
    Q(a, f"{O}[Je ne vis pas ce changement comme une sanction]{C}", "direct", "a assuré", ("M. [Pujol]", GP, PER),
      gender="male", note="'M.' shows the gender; 'sur France Inter' is the medium")
    Q(a, f"{O}[une équipe de combat]{C}", "direct", "a salué", ("La [Première ministre] a salué", SA, PER),
      gender="female", note="a marked noun phrase after 'a salué'; 'La Première ministre' is Sophie Aubertin")
    Q(a, f"{O}[un jeu de chaises musicales]{C}", "direct", "a dénoncé", (VM, VM, PER), gender="female",
      note="'La cheffe de file' shows the gender")
    Q(a, f"Pour le premier secrétaire du PS, {OC}, [le gouvernement n'a plus de majorité pour voter le budget].",
      "indirect", "[Pour] le premier", (OC, OC, PER), gender="male",
      note="'Pour X, <clause>' with no marks: an indirect quote with the cue 'Pour', as in the eleventh set")
    Q(a, f"{O}[On change les visages, pas la politique]{C}", "direct", "a ironisé", (KL, KL, PER), gender="male",
      note="the name after the medium and 'le député RN du Nord'")
    Q(a, f"publié samedi, [61{NN}% des Français jugent ce remaniement inutile, et la cote de confiance de la Première ministre recule de 4{NN}points, à 27{NN}%].",
      "indirect", "[Selon] un sondage", ("sondage [Elabe]", "Elabe", ORG), note="the poll's issuer named: Elabe")
    V(a, "role", "[Première ministre], Sophie", {"person": SA, "title": "Première ministre"},
      note="'la Première ministre, X': no organization")
    V(a, "role", "directeur général", {"person": TV, "title": "directeur général", "organization": "Bpifrance"},
      note="the post held until now ('Jusqu'ici directeur général de Bpifrance, X')")
    V(a, "role", "ministre de l'Économie", {"person": TV, "title": "ministre de l'Économie"},
      note="a new post stated by 'est nommé'; no organization")
    V(a, "role", "succède", {"person": LG}, optional=True,
      note="the predecessor named after 'succède à', no title written")
    V(a, "role", "sénatrice", {"person": NBe, "title": "sénatrice"},
      note="'La sénatrice centriste de la Marne X': no party name written")
    V(a, "role", "remplace", {"person": NBe, "organization": MDA}, optional=True,
      note="the new post stated without a title ('X remplace Y au ministère des Armées')")
    V(a, "role", "[remplace] Gérald", {"person": GP, "organization": ("opt", MDA)}, optional=True,
      note="the predecessor named after 'remplace', no title written")
    V(a, "role", "porte-parole du gouvernement", {"person": GP, "title": "porte-parole du gouvernement"},
      note="'Ce dernier devient porte-parole du gouvernement': 'Ce dernier' is Gérald Pujol; no organization")
    V(a, "role", "cheffe de file", {"person": VM},
      note="'La cheffe de file des députés LR, X': a group chair, person only, as in the earlier sets")
    V(a, "role", "premier secrétaire", {"person": OC, "title": "premier secrétaire", "organization": "PS"},
      note="'le premier secrétaire du PS, X'")
    V(a, "role", "[député] RN", {"person": KL, "title": "député", "organization": ("opt", "RN")},
      note="'le député RN du Nord X'")


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    BL, SC, AM, LD, AR, KB, MDe = ("Bernard Lefebvre", "Sylvie Caron", "Antoine Mercier", "Laurent Dufresne",
                                   "Anne Roussel", "Karim Belkacem", "Martine Delcourt")
    BC, TCL = "Brackley Capital", "tribunal correctionnel de Lille"
    # ------------------------------------------------------------ F: a discount chain's former executives on trial (AFP)
    a = B.article("F-proces-enseigne-lille", "2031-11-14", (
        "LILLE, 14 novembre (AFP) - Le parquet a requis jeudi trois ans de prison, dont un ferme, et 300 000 euros "
        f"d'amende contre {BL}, ancien PDG de l'enseigne de discount Prixel, jugé depuis lundi avec son "
        f"ancienne directrice financière, {SC}, par le {TCL} pour escroquerie et présentation de "
        "comptes inexacts.\n\n"
        f"« Ils ont maquillé les comptes pour vendre l'entreprise au prix fort », a requis le procureur, {AM}. "
        "Le parquet estime que les stocks des 320 magasins ont été surévalués de 85 millions d'euros entre 2027 et "
        f"2029. Ces comptes flatteurs ont permis au fonds britannique {BC} de céder l'an dernier Prixel à son "
        "concurrent nordiste Kiloprix pour 410 millions d'euros.\n\n"
        f"« Je n'ai jamais menti à personne », avait affirmé mercredi l'ancien PDG. Me {LD}, avocat de M. "
        "Lefebvre, a plaidé la relaxe, estimant que son client avait « appliqué les méthodes validées par les "
        f"commissaires aux comptes ». « Ma cliente n'a fait qu'exécuter des ordres », a lancé Me {AR}, qui défend "
        f"{SC}.\n\n"
        "Partie civile, Prixel réclame 60 millions d'euros de dommages et intérêts. Le groupe a indiqué dans un "
        "communiqué qu'il avait « tourné la page ». L'enseigne a essuyé en 2030 une perte nette de 48 millions d'euros, "
        "pour un chiffre d'affaires de 1,1 milliard d'euros, en recul de 6 %. Le nouveau directeur général de Prixel, "
        f"{KB}, nommé en janvier par Kiloprix, a assuré que le plan de redressement serait « tenu ». "
        "Kiloprix, qui n'est pas poursuivi, a fait savoir qu'il ne commenterait pas une procédure en cours.\n\n"
        "Une centaine de franchisés, réunis dans l'association Cap Franchise, sont aussi parties civiles. « On nous a "
        f"vendu des magasins rentables sur le papier », a témoigné sa présidente, {MDe}. Le jugement sera rendu "
        "le 9 janvier."))
    for s, l, c, o in [("LILLE", LOC, None, False), ("AFP", ORG, None, False), (BL, PER, None, False),
                       ("Prixel", ORG, None, False), (SC, PER, None, False), (TCL, ORG, None, True),
                       (AM, PER, None, False), (BC, ORG, None, False), ("Kiloprix", ORG, None, False),
                       (LD, PER, None, False), ("Lefebvre", PER, BL, False), (AR, PER, None, False),
                       (KB, PER, None, False), ("Cap Franchise", ORG, None, False), (MDe, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (LILLE, AFP): the reference date is the dateline day (Friday 14 November "
                      "2031), the day after the prosecution's requisitions. Ordinary spaces everywhere: before '%', "
                      "inside the guillemets and in '300 000 euros' (money) and '320 magasins' (a count).")
    a["notes"].append("Entities: 'Prixel' (a coined discount chain, bare in every mention) and 'Kiloprix' (its "
                      "coined rival and buyer) are ORG; the coined English-named fund 'Brackley Capital' is ORG; "
                      "the franchisees' association 'Cap Franchise' (after 'l'association'; two common words) is "
                      "ORG; 'tribunal correctionnel de Lille' is an optional ORG, as the courts of the earlier sets "
                      "(no separate 'Lille' inside); the dateline 'LILLE' is LOC. 'M. Lefebvre' is the defendant "
                      "without the title; 'Me' is a title, left out of the lawyers' names. 'Le parquet', 'le "
                      "procureur', 'l'ancien PDG', 'Le groupe', 'L'enseigne', 'sa présidente' are not names; "
                      "'britannique', 'nordiste' are adjectives.")
    a["notes"].append("Quotes: the prosecutor's marked closing words 'a requis le procureur, X' (a direct quote with "
                      "the cue 'a requis', as in the twelfth set), while 'Le parquet a requis jeudi trois ans de "
                      "prison ...' (a noun-phrase object) is none; 'Le parquet estime que <clause>' (the office not "
                      "named: a noun-phrase speaker, canonical null, as 'l'accusation' in the ninth and eleventh "
                      "sets); 'avait affirmé mercredi l'ancien PDG' (the noun phrase of the defendant named in the "
                      "first sentence: canonical Bernard Lefebvre, as 'Le prévenu' in the eighth set); the defence "
                      "lawyer 'a plaidé la relaxe, estimant que son client avait « ... »' (one direct quote for the "
                      "marked words, cue the participle 'estimant'; 'a plaidé la relaxe' is no quote); 'a lancé Me "
                      "X, qui défend Y'; the chain speaking through 'Le groupe a indiqué dans un communiqué qu'il "
                      "avait « ... »' (canonical Prixel, the subject of the sentence before; one direct quote for "
                      "the marked words); the new CEO 'a assuré que le plan de redressement serait « tenu »' (one "
                      "marked word); the buyer by name 'Kiloprix, qui n'est pas poursuivi, a fait savoir qu'<clause>' "
                      "(indirect); the association's chair 'a témoigné sa présidente, X'. Not quotes: the "
                      "requisitions, 'a plaidé la relaxe', 'Prixel réclame 60 millions d'euros ...' (a civil "
                      "party's claim), 'Le jugement sera rendu le 9 janvier' (no speaker).")
    a["notes"].append("Events: the chain's sale the year before ('Ces comptes flatteurs ont permis au fonds "
                      "britannique Brackley Capital de céder l'an dernier Prixel à son concurrent nordiste Kiloprix "
                      "pour 410 millions d'euros') is a done acquisition with target, buyer, seller, price and date; "
                      "the chain's 2030 figures ('L'enseigne a essuyé en 2030 une perte nette de ..., pour un "
                      "chiffre d'affaires de ..., en recul de 6 %') are two results, the loss (metric loss) and the "
                      "revenue (change as written, 6; the year written once: the revenue's period optional). Roles: "
                      "the defendant's former post 'ancien PDG de l'enseigne de discount Prixel' (organization "
                      "required), 'son ancienne directrice financière, X' (a former post, organization optional: "
                      "'son' is the former CEO, the chain implied), 'le procureur, X' (title only), 'Le nouveau "
                      "directeur général de Prixel, X, nommé en janvier par Kiloprix' (organization required; "
                      "Kiloprix appoints, Prixel is the body), 'sa présidente, X' (the association of the sentence "
                      "before, organization optional). The lawyers ('Me X, avocat de M. Lefebvre', 'Me X, qui "
                      "défend Y') are optional roles. Not events: requisitions, a fine, damages claimed, the "
                      "overvaluation of stocks, the verdict's date.")
    a["notes"].append("Dates: '14 novembre' (dateline); 'jeudi' the day before the Friday dateline; 'trois ans' (the "
                      "requested prison term) a required duration, as in the earlier sets ('dont un ferme' is not "
                      "annotated); 'depuis lundi' the Monday of that week; 'entre 2027 et 2029' two points; 'l'an "
                      "dernier' 2030 (span 'an dernier'); 'mercredi' (pluperfect 'avait affirmé') the Wednesday "
                      "before; 'en 2030'; 'en janvier' (past: 'nommé en janvier') this January; 'le 9 janvier' (the "
                      "verdict, future) next January, 2032-01-09. Money: the requested fine '300 000 euros', the "
                      "overvaluation, the price, the damages claimed, the loss and the revenue. Percentages: '6 %' "
                      "(a revenue fall). '320 magasins' and 'Une centaine de franchisés' are counts.")
    M(a, "300 000 euros", 300000, "EUR")
    M(a, "85 millions d'euros", 85e6, "EUR")
    M(a, "410 millions d'euros", 410e6, "EUR")
    M(a, "60 millions d'euros", 60e6, "EUR")
    M(a, "48 millions d'euros", 48e6, "EUR")
    M(a, "1,1 milliard d'euros", 1.1e9, "EUR")
    P(a, "6 %", 6)
    D(a, "14 novembre", "2031-11-14", note="dateline")
    D(a, "jeudi", "2031-11-13", note="past: the requisitions, the day before the Friday dateline")
    D(a, "trois ans", "P3Y", typ="DURATION", note="the requested prison term")
    D(a, "lundi", "2031-11-10", note="'jugé depuis lundi'")
    D(a, "2027", "2027", note="'entre 2027 et 2029': two points")
    D(a, "2029", "2029", note="'entre 2027 et 2029': two points")
    D(a, "an dernier", "2030", note="'l'an dernier'")
    D(a, "mercredi", "2031-11-12", note="past: 'avait affirmé mercredi'")
    D(a, "2030", "2030", note="'a essuyé en 2030 une perte nette'")
    D(a, "janvier", "2031-01", note="past: 'nommé en janvier'")
    D(a, "9 janvier", "2032-01-09", note="future: 'Le jugement sera rendu le 9 janvier', next January")
    Q(a, "« [Ils ont maquillé les comptes pour vendre l'entreprise au prix fort] »", "direct", "a requis",
      (AM, AM, PER), gender="male", note="marked closing words of the prosecutor; 'le procureur' shows the gender")
    Q(a, "Le parquet estime que [les stocks des 320 magasins ont été surévalués de 85 millions d'euros entre 2027 et 2029].",
      "indirect", "estime", ("Le [parquet] estime", None, None),
      note="the prosecution office, not named: noun phrase, canonical null")
    Q(a, "« [Je n'ai jamais menti à personne] »", "direct", "avait affirmé", ("l'[ancien PDG]. Me", BL, PER),
      gender="male", note="'l'ancien PDG' is the defendant named in the first sentence")
    Q(a, "« [appliqué les méthodes validées par les commissaires aux comptes] »", "direct", "estimant", (LD, LD, PER),
      gender="male", note="partly marked clause after 'estimant que son client avait'; 'avocat' shows the gender")
    Q(a, "« [Ma cliente n'a fait qu'exécuter des ordres] »", "direct", "a lancé", (AR, AR, PER), gender="female",
      note="the given name shows the gender")
    Q(a, "« [tourné la page] »", "direct", "a indiqué", ("Le [groupe] a indiqué", "Prixel", ORG),
      note="partly marked clause after 'a indiqué dans un communiqué qu'il avait'; 'Le groupe' is Prixel, the "
           "subject of the sentence before")
    Q(a, "« [tenu] »", "direct", "a assuré", (KB, KB, PER), gender="male",
      note="partly marked clause after 'a assuré que le plan de redressement serait'; 'directeur' shows the gender")
    Q(a, "fait savoir qu'[il ne commenterait pas une procédure en cours].", "indirect", "a fait savoir",
      ("[Kiloprix], qui n'est", "Kiloprix", ORG), note="the buyer by name, a relative clause between subject and verb")
    Q(a, "« [On nous a vendu des magasins rentables sur le papier] »", "direct", "a témoigné", (MDe, MDe, PER),
      gender="female", note="'sa présidente' shows the gender")
    V(a, "acquisition", "céder", {"target": "Prixel", "buyer": "Kiloprix", "seller": BC,
                                  "amount": "410 millions d'euros", "date": "an dernier", "status": "done"},
      note="'permis au fonds ... de céder l'an dernier Prixel à son concurrent ... Kiloprix pour ...'")
    V(a, "result", "perte nette", {"company": "Prixel", "metric": "loss", "amount": "48 millions d'euros",
                                   "period": "2030"}, note="'L'enseigne' is Prixel")
    V(a, "result", "chiffre d'affaires", {"company": "Prixel", "metric": "revenue", "amount": "1,1 milliard d'euros",
                                          "change": "6 %", "period": ("opt", "2030")},
      note="'en recul de 6 %': change as written; the year is written once for both figures")
    V(a, "role", "PDG", {"person": BL, "title": "PDG", "organization": "Prixel"},
      note="a former post ('ancien PDG de l'enseigne de discount Prixel')")
    V(a, "role", "directrice financière", {"person": SC, "title": "directrice financière",
                                           "organization": ("opt", "Prixel")},
      note="a former post ('son ancienne directrice financière, X'); the chain implied")
    V(a, "role", "[procureur], Antoine", {"person": AM, "title": "procureur"}, note="the prosecutor: title only")
    V(a, "role", "avocat", {"person": LD, "title": "avocat"}, optional=True, note="a lawyer ('avocat de M. Lefebvre')")
    V(a, "role", "défend", {"person": AR}, optional=True, note="a lawyer ('Me X, qui défend Y')")
    V(a, "role", "directeur général", {"person": KB, "title": "directeur général", "organization": "Prixel"},
      note="'Le nouveau directeur général de Prixel, X, nommé en janvier par Kiloprix'")
    V(a, "role", "présidente", {"person": MDe, "title": "présidente", "organization": ("opt", "Cap Franchise")},
      note="'sa présidente, X': the association of the sentence before")
