"""The six articles of the seventh blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind7`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % in A, C, E; thousands in D, F; inside guillemets in B and E)
NN = "\u202f"    # narrow no-break space (before % in B, D, F; thousands in C; inside guillemets in C and F)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    CA, JW, HC = "Camille Arnoux", "Jennifer Walsh", "Harbor Capital"
    # ------------------------------------------------------------ A: a Lyon start-up's series B
    a = B.article("A-serie-b-robotique", "2028-03-21", (
        "LYON, 21 mars (AFP) - La start-up lyonnaise Trivalis, qui conçoit des robots de tri pour les centres de "
        "recyclage, a annoncé mardi avoir levé 42 millions d'euros lors d'une série B menée par le fonds américain "
        f"{HC}. Bpifrance, Tallis Partners et le fonds régional Saône Invest ont suivi, tout comme Kima "
        "Ventures, déjà présent au capital. Selon une source proche du dossier, l'opération valorise la jeune "
        "pousse autour de 230 millions d'euros.\n\n"
        f"Fondée en 2022 par {CA} et Mehdi Benali, deux anciens de l'Insa Lyon, Trivalis avait récolté 9 "
        f"millions d'euros en série A en juin 2025. {HC} détiendra environ 14{NB}% du capital, les fondateurs "
        f"gardant 41{NB}%.\n\n"
        "« Nous avons passé deux ans à prouver que nos robots trient mieux et moins cher. Maintenant, il faut "
        f"industrialiser », a déclaré {CA}, présidente et cofondatrice de la société, lors d'une conférence de "
        "presse. Elle a indiqué que l'entreprise comptait doubler ses effectifs, à 240 salariés, d'ici fin 2029 "
        "et ouvrir une usine d'assemblage à Vénissieux.\n\n"
        "Trivalis revendique 31 centres équipés en France, en Belgique et en Espagne, et un chiffre d'affaires de "
        f"11,4 millions d'euros l'an dernier, en hausse de 160{NB}%. La société reste déficitaire, a précisé son "
        "directeur financier, Olivier Charmet, sans donner de chiffre.\n\n"
        "« Le tri des déchets est un marché de 8 milliards de dollars qui n'a presque pas été automatisé », "
        f"explique {JW}, associée chez {HC}, qui rejoindra le conseil d'administration. Le fonds de "
        "Boston avait déjà misé sur le néerlandais Sortera, racheté en 2026 par le britannique Greystone Waste. "
        "Le rival allemand de Trivalis, Sortbot, a été valorisé 400 millions d'euros en janvier.\n\n"
        "Le secteur attire : selon le cabinet Dealroom, les start-up françaises de la « greentech » ont levé 2,1 "
        f"milliards d'euros en 2027, 18{NB}% de plus qu'un an plus tôt."))
    for s, l, c, o in [("LYON", LOC, None, False), ("AFP", ORG, None, False), ("Trivalis", ORG, None, False),
                       (HC, ORG, None, False), ("Bpifrance", ORG, None, False), ("Tallis Partners", ORG, None, False),
                       ("Saône Invest", ORG, None, False), ("Kima Ventures", ORG, None, False), (CA, PER, None, False),
                       ("Mehdi Benali", PER, None, False), ("Insa Lyon", ORG, None, False),
                       ("Vénissieux", LOC, None, False), ("France", LOC, None, False), ("Belgique", LOC, None, False),
                       ("Espagne", LOC, None, False), ("Olivier Charmet", PER, None, False), (JW, PER, None, False),
                       ("Boston", LOC, None, False), ("Sortera", ORG, None, False), ("Greystone Waste", ORG, None, False),
                       ("Sortbot", ORG, None, False), ("Dealroom", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: the investors are named with no cue word in the second sentence ('Bpifrance, "
                      "Tallis Partners et le fonds régional Saône Invest ont suivi, tout comme Kima Ventures'): all "
                      "ORG. 'Insa Lyon' (an engineering school) is ORG, the town inside it not annotated "
                      "separately; 'Le fonds de Boston' names the fund's seat (Boston LOC) and stands for Harbor "
                      "Capital; 'Dealroom' (a data firm) is ORG. 'lyonnaise', 'néerlandais', 'britannique', "
                      "'allemand', 'françaises' are adjectives, not entities; 'la « greentech »' is a term between "
                      "marks, neither an entity nor a quote.")
    a["notes"].append("Money: the round ('42 millions d'euros'), the valuation ('autour de 230 millions d'euros', "
                      "span without 'autour de'), the series A ('9 millions d'euros'), last year's revenue, the "
                      "market size inside the quote ('8 milliards de dollars', USD), the rival's valuation and the "
                      "sector's total ('2,1 milliards d'euros'). '240 salariés', '31 centres' are counts. "
                      "Percentages: '14 %' (the lead investor's stake) and '41 %' (the founders'), '160 %' (revenue "
                      "growth), '18 %' (the sector's growth).")
    a["notes"].append("Events: one series B ('a annoncé mardi avoir levé'), with the lead investor of the same "
                      "sentence and the four followers of the next one (Kima Ventures, 'déjà présent au capital', "
                      "takes part: 'ont suivi, tout comme'), its valuation from the third sentence ('l'opération "
                      "valorise la jeune pousse autour de 230 millions d'euros', carried by the round, no separate "
                      "valuation event); the series A of June 2025 referred back to ('Trivalis avait récolté ... en "
                      "série A') is a second funding event. Stakes are not funding arguments, as in the fifth set. "
                      "The rival's valuation with no round ('Sortbot, a été valorisé 400 millions d'euros en "
                      "janvier') is a valuation event. 'Sortera, racheté en 2026 par le britannique Greystone "
                      "Waste' is a done acquisition; 'Le fonds de Boston avait déjà misé sur ... Sortera' (an "
                      "earlier investment, no amount, the investor named by a noun phrase) is an optional funding "
                      "event. The sector's total ('les start-up françaises ... ont levé 2,1 milliards d'euros') names "
                      "no company: no event. 'La société reste déficitaire' gives no figure: no result. Roles: "
                      "'présidente et cofondatrice de la société' (title as written, with its 'et'; the company is "
                      "'la société', so the organization is optional), 'son directeur financier' (optional "
                      "organization), 'associée chez Harbor Capital' (required organization, as 'analyste chez' in "
                      "the earlier sets); the founders stated by a verb ('Fondée en 2022 par X et Y') are optional "
                      "roles, and 'qui rejoindra le conseil d'administration' (no title) is no event.")
    a["notes"].append("Quotes: 'a annoncé mardi avoir levé ...' spans from the infinitive, speaker the start-up "
                      "(the sentence's subject); 'Selon une source proche du dossier' is a noun phrase (canonical "
                      "null), as in the fourth set; the founder's quote runs over two sentences; 'Elle a indiqué "
                      "que ...' is indirect, 'Elle' being Camille Arnoux ('Camille' alone shows no gender, as in "
                      "the third set, but 'présidente et cofondatrice' and 'Elle' do); 'a précisé son directeur "
                      "financier, X' inverted; 'Le secteur attire : selon le cabinet Dealroom, <clause>' spans the "
                      "clause after the comma. Dates: 'juin 2025' (the series A), 'an dernier' (2027), 'janvier' "
                      "(this year's, before the March reference date), 'fin 2029' (mod END), 'deux ans' inside "
                      "the quote (a duration); 'un an plus tôt' (the comparison year) is optional.")
    M(a, "42 millions d'euros", 42e6, "EUR")
    M(a, "230 millions d'euros", 230e6, "EUR")
    M(a, "9 millions d'euros", 9e6, "EUR")
    M(a, "11,4 millions d'euros", 11.4e6, "EUR")
    M(a, "8 milliards de dollars", 8e9, "USD")
    M(a, "400 millions d'euros", 400e6, "EUR")
    M(a, "2,1 milliards d'euros", 2.1e9, "EUR")
    P(a, f"14{NB}%", 14)
    P(a, f"41{NB}%", 41)
    P(a, f"160{NB}%", 160)
    P(a, f"18{NB}%", 18)
    D(a, "21 mars", "2028-03-21", note="dateline")
    D(a, "mardi", "2028-03-21", note="the dateline day")
    D(a, "2022", "2022", note="'Fondée en 2022'")
    D(a, "juin 2025", "2025-06")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'Nous avons passé deux ans', inside the quote")
    D(a, "fin 2029", "2029", mod="END", note="'d'ici fin 2029'")
    D(a, "an dernier", "2027", note="'l'an dernier'")
    D(a, "2026", "2026")
    D(a, "janvier", "2028-01", note="past: this year's January, before the March reference date")
    D(a, "2027", "2027")
    D(a, "un an plus tôt", "2026", opt=True, note="the comparison year of the sector's total")
    Q(a, f"a annoncé mardi [avoir levé 42 millions d'euros lors d'une série B menée par le fonds américain {HC}].",
      "indirect", "a annoncé", ("Trivalis", "Trivalis", ORG),
      note="'a annoncé avoir levé': the span starts at the infinitive; the speaker is the sentence's subject")
    Q(a, "Selon une source proche du dossier, [l'opération valorise la jeune pousse autour de 230 millions d'euros].",
      "indirect", "[Selon] une source", ("Selon [une source proche du dossier]", None, None),
      note="an unnamed source: noun phrase, canonical null")
    Q(a, "« [Nous avons passé deux ans à prouver que nos robots trient mieux et moins cher. Maintenant, il faut industrialiser] »",
      "direct", "a déclaré", (CA, CA, PER), gender="female",
      note="a quote over two sentences; 'présidente et cofondatrice' shows the gender")
    Q(a, "Elle a indiqué que [l'entreprise comptait doubler ses effectifs, à 240 salariés, d'ici fin 2029 et ouvrir une usine d'assemblage à Vénissieux].",
      "indirect", "a indiqué", ("[Elle] a indiqué", CA, PER), gender="female",
      note="'a indiqué que': the span starts after 'que'")
    Q(a, "[La société reste déficitaire], a précisé", "indirect", "a précisé", ("Olivier Charmet", "Olivier Charmet", PER),
      gender="male", note="inverted reporting clause; the name is in apposition to 'son directeur financier'")
    Q(a, "« [Le tri des déchets est un marché de 8 milliards de dollars qui n'a presque pas été automatisé] »", "direct",
      "explique", (JW, JW, PER), gender="female", note="'associée' and the given name show the gender")
    Q(a, f"Dealroom, [les start-up françaises de la « greentech » ont levé 2,1 milliards d'euros en 2027, 18{NB}% de plus qu'un an plus tôt].",
      "indirect", "[selon] le cabinet", ("Dealroom", "Dealroom", ORG),
      note="'selon le cabinet Dealroom, <clause>'; the marked term inside is no quote")
    V(a, "funding", "levé", {
        "company": "Trivalis", "amount": "42 millions d'euros",
        "investors": [HC, "Bpifrance", "Tallis Partners", "Saône Invest", "Kima Ventures"],
        "valuation": "230 millions d'euros", "round": "série B", "date": "mardi"},
      note="the lead investor in the same sentence, the followers in the next, the valuation in the third")
    V(a, "funding", "récolté", {
        "company": "Trivalis", "amount": "9 millions d'euros", "round": "série A", "date": "juin 2025"},
      note="an earlier round referred back to ('avait récolté ... en série A en juin 2025')")
    V(a, "result", "chiffre d'affaires", {
        "company": "Trivalis", "metric": "revenue", "amount": "11,4 millions d'euros", "change": f"160{NB}%",
        "period": "an dernier"})
    V(a, "role", "présidente et cofondatrice", {"person": CA, "title": "présidente et cofondatrice",
                                                "organization": ("opt", "Trivalis")},
      note="'présidente et cofondatrice de la société': one title as written")
    V(a, "role", "directeur financier", {"person": "Olivier Charmet", "title": "directeur financier",
                                         "organization": ("opt", "Trivalis")},
      note="'son directeur financier': 'La société' of the same sentence")
    V(a, "role", "associée", {"person": JW, "title": "associée", "organization": HC},
      note="'associée chez Harbor Capital'")
    V(a, "acquisition", "racheté", {"target": "Sortera", "buyer": "Greystone Waste", "date": "2026", "status": "done"})
    V(a, "valuation", "valorisé", {"company": "Sortbot", "amount": "400 millions d'euros", "date": "janvier"},
      note="a market value with no round, as in the third and fifth sets")
    V(a, "funding", "misé", {"company": "Sortera", "investors": [HC]}, optional=True,
      note="'Le fonds de Boston avait déjà misé sur ... Sortera': an earlier investment, no amount")
    V(a, "role", "Fondée", {"person": CA, "organization": ("opt", "Trivalis")}, optional=True,
      note="a founder stated by a verb, no title")
    V(a, "role", "Fondée", {"person": "Mehdi Benali", "organization": ("opt", "Trivalis")}, optional=True,
      note="a founder stated by a verb, no title")

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    LD, AV, FO = "Laure Deschamps", "Antoine Villeneuve", "Frédéric Olland"
    # ------------------------------------------------------------ B: a rail equipment maker's half-year results
    a = B.article("B-resultats-semestriels", "2027-07-28", (
        "PARIS, 28 juillet (AFP) - Le fabricant d'équipements ferroviaires Arvelis a creusé sa perte nette au "
        "premier semestre, à 86 millions d'euros contre 31 millions d'euros un an plus tôt, plombé par des "
        "retards sur un contrat de tramways en Australie, a annoncé mercredi le groupe.\n\n"
        f"Son chiffre d'affaires a progressé de 6,2{NN}% sur la période, à 2,14 milliards d'euros, mais son "
        f"résultat opérationnel courant a reculé de 18{NN}%, à 97 millions d'euros. Le carnet de commandes "
        "atteint un niveau record de 14,8 milliards d'euros, porté par une commande de 1,1 milliard d'euros de "
        "la SNCF pour des trains régionaux.\n\n"
        f"{O}Le semestre a été difficile, nous ne le cachons pas. Mais le problème australien est circonscrit et "
        f"provisionné{C}, a assuré la directrice financière, {LD}, lors d'une conférence téléphonique. "
        "Selon elle, le contrat de Melbourne, signé en 2023 avec l'exploitant Southline Transit pour le compte "
        "de l'État de Victoria, a coûté 64 millions d'euros de provisions supplémentaires.\n\n"
        f"Le groupe a confirmé viser en 2027 une marge opérationnelle comprise entre 5,5 et 6{NN}% et un chiffre "
        "d'affaires supérieur à 4,4 milliards d'euros. Il a précisé que la cession de sa filiale de "
        "signalisation Signavia au fonds britannique Ashgrove Partners, annoncée en mars, serait bouclée d'ici "
        "fin septembre.\n\n"
        f"{O}Les commandes sont là, l'exécution ne suit pas{C}, résume {AV}, analyste chez Jefferies, qui "
        f"juge l'objectif {O}ambitieux{C}. Le directeur général, {FO}, en poste depuis janvier, a annoncé un "
        "plan d'économies de 150 millions d'euros sur trois ans.\n\n"
        f"À la Bourse de Paris, l'action Arvelis a chuté de 7,4{NN}% à la mi-journée, dans un marché en hausse "
        f"de 0,3{NN}%. Le titre a perdu près d'un quart de sa valeur depuis le 1er janvier, quand celui de son "
        f"concurrent Alstom a gagné 9{NN}%. {O}Le marché sanctionne surtout l'Australie{C}, a commenté un gérant "
        "parisien."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), ("Arvelis", ORG, None, False),
                       ("Australie", LOC, None, False), ("SNCF", ORG, None, False), (LD, PER, None, False),
                       ("Melbourne", LOC, None, False), ("Southline Transit", ORG, None, False),
                       ("Victoria", LOC, None, False), ("Signavia", ORG, None, False),
                       ("Ashgrove Partners", ORG, None, False), (AV, PER, None, False), ("Jefferies", ORG, None, False),
                       (FO, PER, None, False), ("Bourse de Paris", ORG, None, False), ("Alstom", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'Jefferies' (one word after 'chez', a broker), 'SNCF', 'Southline Transit' (an "
                      "operator), 'Signavia' (a subsidiary), 'Ashgrove Partners' (a fund), 'Alstom' and 'Bourse de "
                      "Paris' are ORG. 'l'État de Victoria' (the Australian state) gives 'Victoria' LOC; 'l'État' "
                      "alone is not an entity. 'australien', 'britannique' are adjectives.")
    a["notes"].append("Money: the half-year net loss and the year-earlier one ('31 millions d'euros', written in "
                      "full), revenue, operating profit, order book, an order ('1,1 milliard d'euros'), provisions "
                      "('64 millions d'euros'), the revenue guidance ('supérieur à 4,4 milliards d'euros', span "
                      "without 'supérieur à') and the savings plan. Percentages: '6,2 %' (revenue growth), '18 %' "
                      "(operating profit fall), '5,5 et 6 %' (a range: value 5,5, span from the first number, as "
                      "'2 et 4 %' in the fifth set), '7,4 %' and '0,3 %' (share and market moves), '9 %' (a "
                      "competitor's share). 'près d'un quart' is not a percentage.")
    a["notes"].append("Events: four results of the first half ('Le fabricant ... Arvelis a creusé sa perte nette au "
                      "premier semestre', metric loss; 'Son chiffre d'affaires', revenue with its change; 'son "
                      "résultat opérationnel courant', operating_income; 'Le carnet de commandes', orders, no "
                      "change). The year-earlier loss inside the same clause ('contre 31 millions d'euros un an "
                      "plus tôt') is an optional result: the fifth set's year-earlier profit had a sentence of its "
                      "own. The guidance for 2027 (margin range, revenue floor) is a forecast: no result. The "
                      "planned disposal of the signalling subsidiary ('la cession de sa filiale ... Signavia au "
                      "fonds britannique Ashgrove Partners, annoncée en mars') is an acquisition, status "
                      "'announced', seller Arvelis ('Il' = 'Le groupe'), date 'mars' (when it was announced). "
                      "The SNCF order, the savings plan and the provisions are no event. Roles: 'la directrice "
                      "financière, X' and 'Le directeur général, X' (organization optional: the group is not "
                      "named in their sentences), 'analyste chez Jefferies' (required organization).")
    a["notes"].append("Quotes: 'a annoncé mercredi le groupe', 'Le groupe a confirmé viser ...' (from the "
                      "infinitive) and 'Il a précisé que ...' (a pronoun for the company) have Arvelis as "
                      "speaker; the CFO's quote runs over two sentences, then 'Selon elle, <clause>'; 'résume X' "
                      "and 'qui juge l'objectif « ambitieux »' (one marked word) are the analyst's; 'a commenté un gérant parisien' has a noun-phrase speaker (canonical null), as 'un porte-parole' in the fifth and sixth sets. 'a annoncé un "
                      "plan d'économies ...' (a noun phrase object) is an optional quote, as in the fifth set. "
                      "Dates: 'un an plus tôt' (the year-earlier half) and 'à la mi-journée' (a part of the day, "
                      "TIMEX3 'MI') are optional; 'depuis janvier' is this January, 'depuis le 1er janvier' "
                      "this 1 January; 'sur la période' refers back, not annotated.")
    M(a, "86 millions d'euros", 86e6, "EUR")
    M(a, "31 millions d'euros", 31e6, "EUR")
    M(a, "2,14 milliards d'euros", 2.14e9, "EUR")
    M(a, "97 millions d'euros", 97e6, "EUR")
    M(a, "14,8 milliards d'euros", 14.8e9, "EUR")
    M(a, "1,1 milliard d'euros", 1.1e9, "EUR")
    M(a, "64 millions d'euros", 64e6, "EUR")
    M(a, "4,4 milliards d'euros", 4.4e9, "EUR")
    M(a, "150 millions d'euros", 150e6, "EUR")
    P(a, f"6,2{NN}%", 6.2)
    P(a, f"18{NN}%", 18)
    P(a, f"5,5 et 6{NN}%", 5.5)
    P(a, f"7,4{NN}%", 7.4)
    P(a, f"0,3{NN}%", 0.3)
    P(a, f"9{NN}%", 9)
    D(a, "28 juillet", "2027-07-28", note="dateline")
    D(a, "premier semestre", "2027-H1")
    D(a, "un an plus tôt", "2026-H1", opt=True, note="the year-earlier half: anaphoric")
    D(a, "mercredi", "2027-07-28", note="the dateline day")
    D(a, "2023", "2023")
    D(a, "2027", "2027", note="'viser en 2027'")
    D(a, "mars", "2027-03", note="'annoncée en mars': past")
    D(a, "fin septembre", "2027-09", mod="END", note="'d'ici fin septembre'")
    D(a, "janvier", "2027-01", note="'en poste depuis janvier'")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'sur trois ans'")
    D(a, "mi-journée", "2027-07-28TMI", typ="TIME", opt=True, note="a part of the day with no clock time")
    D(a, "1er janvier", "2027-01-01", note="'depuis le 1er janvier'")
    Q(a, "[Le fabricant d'équipements ferroviaires Arvelis a creusé sa perte nette au premier semestre, à 86 millions d'euros contre 31 millions d'euros un an plus tôt, plombé par des retards sur un contrat de tramways en Australie], a annoncé",
      "indirect", "a annoncé", ("annoncé mercredi le [groupe]", "Arvelis", ORG),
      note="inverted reporting clause; 'le groupe' is Arvelis")
    Q(a, f"{O}[Le semestre a été difficile, nous ne le cachons pas. Mais le problème australien est circonscrit et provisionné]{C}",
      "direct", "a assuré", (LD, LD, PER), gender="female",
      note="a quote over two sentences; the name is in apposition to 'la directrice financière'")
    Q(a, "Selon elle, [le contrat de Melbourne, signé en 2023 avec l'exploitant Southline Transit pour le compte de l'État de Victoria, a coûté 64 millions d'euros de provisions supplémentaires].",
      "indirect", "[Selon] elle", ("Selon [elle]", LD, PER), gender="female")
    Q(a, f"confirmé [viser en 2027 une marge opérationnelle comprise entre 5,5 et 6{NN}% et un chiffre d'affaires supérieur à 4,4 milliards d'euros].",
      "indirect", "a confirmé", ("Le [groupe] a confirmé", "Arvelis", ORG),
      note="'a confirmé viser': the span starts at the infinitive")
    Q(a, "Il a précisé que [la cession de sa filiale de signalisation Signavia au fonds britannique Ashgrove Partners, annoncée en mars, serait bouclée d'ici fin septembre].",
      "indirect", "a précisé", ("[Il] a précisé", "Arvelis", ORG), note="'Il' is the group of the sentence before")
    Q(a, f"{O}[Les commandes sont là, l'exécution ne suit pas]{C}", "direct", "résume", (AV, AV, PER), gender="male")
    Q(a, f"{O}[ambitieux]{C}", "direct", "juge", (AV, AV, PER), gender="male",
      note="one marked word after 'qui juge l'objectif'")
    Q(a, f"{O}[Le marché sanctionne surtout l'Australie]{C}", "direct", "a commenté", ("[un gérant parisien]", None, None),
      gender="male", note="an unnamed fund manager: noun phrase, canonical null; 'un gérant' shows the gender")
    Q(a, "annoncé [un plan d'économies de 150 millions d'euros sur trois ans].", "indirect", "[a annoncé] un plan",
      (FO, FO, PER), gender="male", optional=True, note="'a annoncé' + noun phrase, as in the fifth set")
    V(a, "result", "perte nette", {
        "company": "Arvelis", "metric": "loss", "amount": "86 millions d'euros", "period": "premier semestre"})
    V(a, "result", "contre", {
        "company": "Arvelis", "metric": "loss", "amount": "31 millions d'euros", "period": ("opt", "un an plus tôt")},
      optional=True, note="the year-earlier loss, the comparison inside the same clause")
    V(a, "result", "chiffre d'affaires", {
        "company": "Arvelis", "metric": "revenue", "amount": "2,14 milliards d'euros", "change": f"6,2{NN}%",
        "period": ("opt", "premier semestre")}, note="'Son chiffre d'affaires ... sur la période'")
    V(a, "result", "résultat opérationnel courant", {
        "company": "Arvelis", "metric": "operating_income", "amount": "97 millions d'euros", "change": f"18{NN}%",
        "period": ("opt", "premier semestre")}, note="'a reculé de 18 %': change value as written (18)")
    V(a, "result", "carnet de commandes", {"company": "Arvelis", "metric": "orders", "amount": "14,8 milliards d'euros"})
    V(a, "acquisition", "cession", {
        "target": "Signavia", "buyer": "Ashgrove Partners", "seller": "[Arvelis] a creusé", "date": "mars", "status": "announced"},
      note="'la cession de sa filiale ..., annoncée en mars, serait bouclée d'ici fin septembre'")
    V(a, "role", "directrice financière", {"person": LD, "title": "directrice financière",
                                           "organization": ("opt", "Arvelis")})
    V(a, "role", "analyste", {"person": AV, "title": "analyste", "organization": "Jefferies"})
    V(a, "role", "directeur général", {"person": FO, "title": "directeur général", "organization": ("opt", "Arvelis")})


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    BI, CRC, JBM, DK = "Brightwater Instruments", "Cobalt Ridge Capital", "Jean-Baptiste Marquès", "Daniel Kowalski"
    CFI = "Comité pour l'investissement étranger aux États-Unis"
    # ------------------------------------------------------------ C: a Toulouse group to buy an American sensor maker
    a = B.article("C-rachat-americain", "2027-12-07", (
        "TOULOUSE, 7 décembre - L'équipementier aéronautique Soreval SA a annoncé mardi son intention de "
        f"racheter l'américain {BI}, spécialiste des capteurs pour moteurs d'avion, pour 1,35 milliard "
        "de dollars (environ 1,24 milliard d'euros), dette comprise. Le vendeur est le fonds new-yorkais "
        f"{CRC}, qui avait acquis la société de Dayton (Ohio) en 2021 pour 610 millions de dollars.\n\n"
        "L'opération se fera sous réserve du feu vert des autorités de la concurrence et de celui du "
        f"{CFI} (CFIUS). Soreval espère la boucler au deuxième trimestre 2028. Selon le groupe, la part de "
        f"l'Amérique du Nord dans ses ventes passera de 21{NB}% à 34{NB}%.\n\n"
        f"{O}Avec Brightwater, nous devenons numéro deux mondial des capteurs moteurs. C'est l'acquisition la "
        f"plus importante de notre histoire{C}, a déclaré le PDG de Soreval, {JBM}, lors d'une conférence "
        f"téléphonique. La cible, qui emploie 1{NN}900 personnes, a réalisé l'an dernier un chiffre d'affaires "
        f"de 412 millions de dollars, avec une marge d'Ebitda de 24{NB}%.\n\n"
        f"Son patron, l'Américain {DK}, restera à la tête de l'entreprise, qui deviendra une filiale "
        f"autonome. Il a déclaré que ce mariage {O}ouvre les portes d'Airbus{C} à ses équipes.\n\n"
        "Pour financer l'achat, Soreval lancera une augmentation de capital de 400 millions d'euros, garantie "
        "par BNP Paribas et Crédit Agricole CIB, a précisé le groupe. Son premier actionnaire, la holding "
        f"familiale Marquès Participations, qui détient 38{NB}% du capital, y souscrira.\n\n"
        f"Chez les salariés, l'inquiétude domine. {O}On nous demande des efforts depuis deux ans et on sort 1,2 "
        f"milliard d'euros pour l'Amérique{C}, dénonce Patrick Roux, délégué syndical central FO. La direction "
        f"assure qu'aucun des 3{NN}200 emplois en France ne sera touché. Selon Karim Haddad, analyste chez "
        f"Bernstein, le prix représente {O}seize fois l'Ebitda, un multiple élevé mais défendable{C}. À la "
        f"Bourse de Paris, le titre Soreval gagnait 4,1{NB}% en fin de matinée."))
    for s, l, c, o in [("TOULOUSE", LOC, None, False), ("Soreval SA", ORG, "Soreval", False),
                       ("Soreval", ORG, None, False), (BI, ORG, None, False), ("Brightwater", ORG, BI, False),
                       (CRC, ORG, None, False), ("Dayton", LOC, None, False), ("Ohio", LOC, None, False),
                       (CFI, ORG, None, False), ("CFIUS", ORG, CFI, False), ("Amérique du Nord", LOC, None, False),
                       ("Amérique", LOC, None, False), (JBM, PER, None, False), (DK, PER, None, False),
                       ("Airbus", ORG, None, False), ("BNP Paribas", ORG, None, False),
                       ("Crédit Agricole CIB", ORG, None, False), ("Marquès Participations", ORG, None, False),
                       ("Patrick Roux", PER, None, False), ("FO", ORG, None, False), ("France", LOC, None, False),
                       ("Karim Haddad", PER, None, False), ("Bernstein", ORG, None, False),
                       ("Bourse de Paris", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Regional-economy style (La Tribune): a dateline without an agency, as in the sixth set; "
                      "the reference date is the dateline day (Tuesday 7 December 2027).")
    a["notes"].append("Entities: 'Soreval SA' keeps its legal form where the text writes it; the bare 'Soreval' "
                      "of later sentences is the same company, canonical without the form, as 'Skovgaard A/S' in "
                      "the sixth set. 'Brightwater' (inside the CEO's quote) is Brightwater Instruments. The "
                      "American committee named in French with its English acronym in brackets is one body, "
                      "canonical the full name for both mentions ('États-Unis' inside it not annotated "
                      "separately). 'Marquès Participations' (a family holding) is ORG beside the PER 'Jean-"
                      "Baptiste Marquès'. 'Amérique du Nord' and 'Amérique' (inside the union quote) are LOC; "
                      "'Dayton (Ohio)' two LOC. 'FO' (a union acronym never spelled out) keeps its form. "
                      "'Bernstein' (one word after 'chez') is ORG. 'new-yorkais', 'l'Américain' are not entities.")
    a["notes"].append("Money: the price in dollars and its euro equivalent in brackets ('1,35 milliard de "
                      "dollars', '1,24 milliard d'euros', two items), the seller's price of 2021, the target's "
                      "revenue in dollars, the capital increase and the union's rounded figure ('1,2 milliard "
                      "d'euros'). '1 900 personnes', '3 200 emplois' are counts. Percentages: 'de 21 % à 34 %' "
                      "is two items (a change from one share to another, not a range), '24 %' (a margin), '38 %' "
                      "(a holding's stake), '4,1 %' (the share move).")
    a["notes"].append("Events: the purchase ('a annoncé mardi son intention de racheter', 'sous réserve du feu "
                      "vert') is one acquisition, 'announced', amount the dollar price (the euro equivalent is "
                      "the same amount restated), seller the fund of the next sentence ('Le vendeur est le fonds "
                      "...'). The fund's own purchase in 2021 ('qui avait acquis la société de Dayton') is a done "
                      "acquisition of the same target. The target's revenue ('La cible ... a réalisé l'an "
                      "dernier un chiffre d'affaires') is a result of Brightwater Instruments; its Ebitda margin "
                      "(a rate, no change) is an optional result. The capital increase to finance the purchase "
                      "('lancera une augmentation de capital de 400 millions d'euros', which the family holding "
                      "will subscribe) is an optional funding event (*new*: a listed company's rights issue is "
                      "not a venture round). The holding's 38 % is ownership: no event. Roles: 'le PDG de "
                      "Soreval', 'Son patron, l'Américain X' (the target's: organization optional), 'délégué "
                      "syndical central FO' (organization optional, as the sixth set's CGT shop steward), "
                      "'analyste chez Bernstein'; 'restera à la tête de l'entreprise' (a post stated by a verb) is "
                      "optional.")
    a["notes"].append("Quotes: 'a annoncé mardi son intention de racheter ...' (a noun phrase object) is an "
                      "optional quote, as 'a annoncé' + noun phrase in the fifth set; 'Selon le groupe, "
                      "<clause>', 'a précisé le groupe' and 'La direction assure qu'...' have Soreval as speaker "
                      "(*new*: 'La direction', the management of the company of the sentence before, is the "
                      "company speaking, as 'le groupe'); 'Il a déclaré que ce mariage « ... » à ses équipes' "
                      "gives one direct quote for the marked words, 'Il' being Daniel Kowalski; 'Selon X, "
                      "analyste chez Y, le prix représente « ... »' one direct quote for the marked words. Dates: "
                      "'depuis deux ans' (inside the union quote) is a duration; 'en fin de matinée' is optional "
                      "(a part of the day).")
    M(a, "1,35 milliard de dollars", 1.35e9, "USD")
    M(a, "1,24 milliard d'euros", 1.24e9, "EUR")
    M(a, "610 millions de dollars", 610e6, "USD")
    M(a, "412 millions de dollars", 412e6, "USD")
    M(a, "400 millions d'euros", 400e6, "EUR")
    M(a, "1,2 milliard d'euros", 1.2e9, "EUR")
    P(a, f"21{NB}%", 21)
    P(a, f"34{NB}%", 34)
    P(a, f"24{NB}%", 24)
    P(a, f"38{NB}%", 38)
    P(a, f"4,1{NB}%", 4.1)
    D(a, "7 décembre", "2027-12-07", note="dateline")
    D(a, "mardi", "2027-12-07", note="the dateline day")
    D(a, "2021", "2021")
    D(a, "deuxième trimestre 2028", "2028-Q2")
    D(a, "an dernier", "2026", note="'l'an dernier'")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'depuis deux ans', inside the quote")
    D(a, "fin de matinée", "2027-12-07TMO", typ="TIME", opt=True, note="a part of the day with no clock time")
    Q(a, f"annoncé mardi [son intention de racheter l'américain {BI}, spécialiste des capteurs pour moteurs d'avion, pour 1,35 milliard de dollars (environ 1,24 milliard d'euros), dette comprise].",
      "indirect", "a annoncé", ("Soreval SA", "Soreval", ORG), optional=True,
      note="'a annoncé' + noun phrase ('son intention de racheter ...')")
    Q(a, f"Selon le groupe, [la part de l'Amérique du Nord dans ses ventes passera de 21{NB}% à 34{NB}%].", "indirect",
      "[Selon] le groupe", ("Selon le [groupe]", "Soreval", ORG), note="'le groupe' is Soreval, subject of the sentence before")
    Q(a, f"{O}[Avec Brightwater, nous devenons numéro deux mondial des capteurs moteurs. C'est l'acquisition la plus importante de notre histoire]{C}",
      "direct", "a déclaré", (JBM, JBM, PER), gender="male",
      note="a quote over two sentences; the name is in apposition to 'le PDG de Soreval'")
    Q(a, f"{O}[ouvre les portes d'Airbus]{C}", "direct", "Il [a déclaré] que", ("[Il] a déclaré", DK, PER), gender="male",
      note="partly quoted clause after 'a déclaré que'; 'Il' is Daniel Kowalski, subject of the sentence before")
    Q(a, "[Pour financer l'achat, Soreval lancera une augmentation de capital de 400 millions d'euros, garantie par BNP Paribas et Crédit Agricole CIB], a précisé",
      "indirect", "a précisé", ("précisé le [groupe]", "Soreval", ORG), note="inverted reporting clause")
    Q(a, f"{O}[On nous demande des efforts depuis deux ans et on sort 1,2 milliard d'euros pour l'Amérique]{C}", "direct",
      "dénonce", ("Patrick Roux", "Patrick Roux", PER), gender="male")
    Q(a, f"assure qu'[aucun des 3{NN}200 emplois en France ne sera touché].", "indirect", "assure",
      ("La [direction] assure", "Soreval", ORG), note="'La direction': the company's management speaking")
    Q(a, f"{O}[seize fois l'Ebitda, un multiple élevé mais défendable]{C}", "direct", "[Selon] Karim",
      ("Karim Haddad", "Karim Haddad", PER), gender="male",
      note="partly quoted clause after 'Selon X, analyste chez Y,'")
    V(a, "acquisition", "racheter", {
        "target": BI, "buyer": "Soreval SA", "seller": CRC, "amount": "1,35 milliard de dollars", "date": "mardi",
        "status": "announced"},
      note="'a annoncé son intention de racheter', subject to the regulators; the seller is named in the next sentence")
    V(a, "acquisition", "acquis", {
        "target": BI, "buyer": CRC, "amount": "610 millions de dollars", "date": "2021", "status": "done"},
      note="'qui avait acquis la société de Dayton (Ohio) en 2021': the fund's purchase of the same target")
    V(a, "result", "chiffre d'affaires", {
        "company": "Brightwater", "metric": "revenue", "amount": "412 millions de dollars", "period": "an dernier"},
      note="'La cible' is Brightwater Instruments")
    V(a, "result", "marge d'Ebitda", {"company": "Brightwater", "metric": "other"}, optional=True,
      note="a margin rate, no amount, no change")
    V(a, "role", "PDG", {"person": JBM, "title": "PDG", "organization": "Soreval"})
    V(a, "role", "patron", {"person": DK, "title": "patron", "organization": ("opt", "Brightwater")},
      note="'Son patron': the target ('La cible') of the sentence before")
    V(a, "role", "restera à la tête", {"person": DK, "organization": ("opt", "Brightwater")}, optional=True,
      note="a post stated by a verb, no title")
    V(a, "role", "délégué syndical central", {"person": "Patrick Roux", "title": "délégué syndical central",
                                              "organization": ("opt", "FO")})
    V(a, "role", "analyste", {"person": "Karim Haddad", "title": "analyste", "organization": "Bernstein"})
    V(a, "funding", "augmentation de capital", {
        "company": "Soreval", "amount": "400 millions d'euros", "investors": ["Marquès Participations"]}, optional=True,
      note="a listed company's capital increase to finance a purchase, the family holding subscribing")


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    PG, SLC, BV, HDL = "Philippe Garnier", "Sophie Lambert-Cazals", "Bernard Vasseur", "Henri Delaroche"
    CN, TR, AD, MK = "Claire Nguyen", "Thomas Ricard", "Arnaud Delcourt", "Marion Keller"
    APE, FC = "Agence des participations de l'État", "Ferrand & Collet"
    # ------------------------------------------------------------ D: a wave of appointments at an engineering group
    a = B.article("D-nominations", "2027-10-14", (
        "PARIS, 14 octobre (AFP) - Grand ménage à la tête d'Helvane. Le groupe d'ingénierie a annoncé jeudi que "
        f"son directeur général, {PG}, quitterait ses fonctions le 31 décembre, après sept ans à ce poste "
        "et une perte nette de 212 millions d'euros en 2026.\n\n"
        f"{SLC}, 49 ans, jusqu'ici directrice générale adjointe du groupe de services Ventoria, a été "
        "nommée directrice générale par le conseil d'administration réuni mercredi soir. Elle prendra ses "
        f"fonctions le 1er janvier, avec une rémunération fixe de 950{NB}000 euros par an. Le conseil a aussi "
        f"désigné un nouveau président, {BV}, ancien PDG du cimentier Castelor, qui succède à {HDL}, "
        "atteint par la limite d'âge. M. Vasseur, 61 ans, siégeait déjà au conseil depuis 2023.\n\n"
        f"Côté finances, {CN}, directrice financière de {FC} depuis 2021, devient directrice "
        f"financière d'Helvane. Elle remplace {TR}, parti en juin chez Altrane.\n\n"
        "« Helvane a des atouts formidables. Mon premier chantier sera de restaurer la rentabilité », a déclaré "
        f"Mme Lambert-Cazals dans un communiqué. {PG} a indiqué qu'il resterait à la disposition du groupe "
        "jusqu'à fin mars. Il touchera une indemnité de départ de 1,8 million d'euros.\n\n"
        f"Selon Les Échos, son départ a été précipité par l'{APE} (APE), qui détient 15,6{NN}% du "
        f"capital. Le ministre de l'Économie, {AD}, a salué sur franceinfo « un choix de compétence et "
        "d'expérience ». L'APE « a pleinement soutenu » ces nominations, a précisé Bercy.\n\n"
        f"« Le marché attendait un profil opérationnel, il l'a », estime {MK}, analyste chez Oddo BHF. Selon "
        f"elle, la nouvelle patronne devra d'abord redresser l'activité nucléaire, qui pèse 27{NN}% des ventes. À la "
        f"Bourse de Paris, l'action Helvane a bondi de 5,3{NN}%, réduisant à 38{NN}% sa chute depuis deux ans."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), ("Helvane", ORG, None, False),
                       (PG, PER, None, False), (SLC, PER, None, False), ("Lambert-Cazals", PER, SLC, False),
                       ("Ventoria", ORG, None, False), (BV, PER, None, False), ("Vasseur", PER, BV, False), ("Castelor", ORG, None, False),
                       (HDL, PER, None, False), (CN, PER, None, False), (FC, ORG, None, False), (TR, PER, None, False),
                       ("Altrane", ORG, None, False), ("Les Échos", ORG, None, False), (APE, ORG, None, False),
                       ("APE", ORG, APE, False), (AD, PER, None, False), ("franceinfo", ORG, None, False),
                       ("Bercy", ORG, None, False), (MK, PER, None, False), ("Oddo BHF", ORG, None, False),
                       ("Bourse de Paris", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'Ferrand & Collet' (a conjoined name) is one ORG; 'Altrane' (one word after "
                      "'chez', no other cue) is ORG; 'Agence des participations de l'État (APE)' is one body, "
                      "canonical the full name for the acronym in brackets and for the later 'L'APE' ('État' inside "
                      "it not annotated separately); 'Bercy' speaking for the economy ministry is ORG, as "
                      "'Matignon' as a source in the fourth set; 'franceinfo' and 'Les Échos' (article part of "
                      "the name) are media ORG. 'Mme Lambert-Cazals' is Sophie Lambert-Cazals (span without "
                      "'Mme'), 'M. Vasseur' Bernard Vasseur. 'conseil d'administration', 'le conseil' are not entities.")
    a["notes"].append("Money: the 2026 net loss ('212 millions d'euros'), a fixed salary ('950 000 euros par "
                      "an', span without 'par an') and a severance payment ('1,8 million d'euros'), the last two "
                      "with no event. Percentages: '15,6 %' (the State agency's stake), '5,3 %' (the share "
                      "move), '38 %' (its fall over two years), '27 %' (a business line's share of sales).")
    a["notes"].append("Events: mostly roles. Required: 'son directeur général, Philippe Garnier' (the outgoing "
                      "CEO, organization optional: 'Le groupe d'ingénierie' stands for Helvane), 'jusqu'ici "
                      "directrice générale adjointe du groupe de services Ventoria' (the post held until now, "
                      "after the name, as in the sixth set), 'a été nommée directrice générale' (the new post), "
                      "'un nouveau président, Bernard Vasseur' and his former post 'ancien PDG du cimentier "
                      "Castelor' (required, as 'Son ancien directeur export' in the sixth set), 'directrice "
                      "financière de Ferrand & Collet' (the incoming CFO's current post) and 'devient directrice "
                      "financière d'Helvane' (her new post), 'Le ministre de l'Économie, X' (no organization), "
                      "'analyste chez Oddo BHF'. Optional: the predecessor named after 'succède à' and the CFO "
                      "who leaves ('Elle remplace X, parti en juin chez Altrane'), posts stated without a "
                      "title, as in the fifth set. The 2026 net loss is a result of Helvane. The APE's stake, the "
                      "salary and the severance are no event.")
    a["notes"].append("Quotes: 'Le groupe d'ingénierie a annoncé jeudi que ...' has Helvane as speaker (span "
                      "'groupe', the head noun, as 'le groupe' elsewhere); 'a déclaré Mme X dans un communiqué' is "
                      "the named person's (the statement is only the medium); 'X a indiqué qu'...' is indirect; "
                      "'Selon Les Échos, <clause>' and the analyst's 'Selon elle, <clause>' ('la nouvelle patronne' inside it is no role: a title with no name); 'a salué sur franceinfo « ... »' one direct quote; 'L'APE « a "
                      "pleinement soutenu » ces nominations, a précisé Bercy' one direct quote for the marked "
                      "words, with Bercy (the reporting clause's subject) as speaker. Dates: '1er janvier' is the "
                      "next one (2028-01-01), 'fin mars' the next March (mod END), 'juin' this June (past); the "
                      "age, 'jusqu'ici', 'mercredi soir' (a part of the day) and 'par an' (a rate) are optional.")
    M(a, "212 millions d'euros", 212e6, "EUR")
    M(a, f"950{NB}000 euros", 950000, "EUR")
    M(a, "1,8 million d'euros", 1.8e6, "EUR")
    P(a, f"15,6{NN}%", 15.6)
    P(a, f"27{NN}%", 27)
    P(a, f"5,3{NN}%", 5.3)
    P(a, f"38{NN}%", 38)
    D(a, "14 octobre", "2027-10-14", note="dateline")
    D(a, "jeudi", "2027-10-14", note="the dateline day")
    D(a, "31 décembre", "2027-12-31")
    D(a, "sept ans", "P7Y", typ="DURATION", note="'après sept ans à ce poste'")
    D(a, "2026", "2026")
    D(a, "49 ans", "P49Y", typ="DURATION", opt=True, note="an age")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True)
    D(a, "mercredi soir", "2027-10-13TEV", typ="TIME", opt=True,
      note="a part of the day with no clock time: optional (the tool writes parts of the day as hour spans)")
    D(a, "1er janvier", "2028-01-01", note="future: 'Elle prendra ses fonctions le 1er janvier'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "61 ans", "P61Y", typ="DURATION", opt=True, note="an age")
    D(a, "2023", "2023", note="'depuis 2023'")
    D(a, "2021", "2021", note="'depuis 2021'")
    D(a, "juin", "2027-06", note="past: 'parti en juin'")
    D(a, "fin mars", "2028-03", mod="END", note="future: 'jusqu'à fin mars'")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'depuis deux ans'")
    Q(a, f"annoncé jeudi que [son directeur général, {PG}, quitterait ses fonctions le 31 décembre, après sept ans à ce poste et une perte nette de 212 millions d'euros en 2026].",
      "indirect", "a annoncé", ("Le [groupe] d'ingénierie", "Helvane", ORG),
      note="'Le groupe d'ingénierie' is Helvane, named in the sentence before")
    Q(a, "« [Helvane a des atouts formidables. Mon premier chantier sera de restaurer la rentabilité] »", "direct",
      "a déclaré", ("Mme [Lambert-Cazals]", SLC, PER), gender="female", note="a quote over two sentences")
    Q(a, "indiqué qu'[il resterait à la disposition du groupe jusqu'à fin mars].", "indirect", "a indiqué", (PG, PG, PER),
      gender="male", note="'a indiqué qu'': the span starts after 'qu''")
    Q(a, f"Selon Les Échos, [son départ a été précipité par l'{APE} (APE), qui détient 15,6{NN}% du capital].",
      "indirect", "[Selon] Les Échos", ("Les Échos", "Les Échos", ORG))
    Q(a, "« [un choix de compétence et d'expérience] »", "direct", "a salué", (AD, AD, PER), gender="male",
      note="'Le ministre' shows the gender")
    Q(a, "« [a pleinement soutenu] »", "direct", "a précisé", ("Bercy", "Bercy", ORG),
      note="marked words inside the reported clause; the reporting clause's subject speaks")
    Q(a, "« [Le marché attendait un profil opérationnel, il l'a] »", "direct", "estime", (MK, MK, PER), gender="female")
    Q(a, f"Selon elle, [la nouvelle patronne devra d'abord redresser l'activité nucléaire, qui pèse 27{NN}% des ventes].",
      "indirect", "[Selon] elle", ("Selon [elle]", MK, PER), gender="female")
    V(a, "role", "directeur général", {"person": PG, "title": "directeur général", "organization": ("opt", "Helvane")},
      note="'son directeur général': the group of the sentence's subject, Helvane")
    V(a, "result", "perte nette", {"company": "Helvane", "metric": "loss", "amount": "212 millions d'euros",
                                   "period": "2026"})
    V(a, "role", "directrice générale adjointe", {"person": SLC, "title": "directrice générale adjointe",
                                                  "organization": "Ventoria"},
      note="the post held until now, 'jusqu'ici ...' after the name")
    V(a, "role", "nommée [directrice générale]", {"person": SLC, "title": "directrice générale",
                                                  "organization": ("opt", "Helvane")},
      note="the new post ('a été nommée directrice générale')")
    V(a, "role", "nouveau [président], Bernard", {"person": BV, "title": "président", "organization": ("opt", "Helvane")},
      note="'Le conseil a aussi désigné un nouveau président, X'")
    V(a, "role", "PDG", {"person": BV, "title": "PDG", "organization": "Castelor"},
      note="a former post with its title ('ancien PDG du cimentier Castelor')")
    V(a, "role", "succède", {"person": HDL, "organization": ("opt", "Helvane")}, optional=True,
      note="the predecessor named after 'succède à': a post without a title")
    V(a, "role", "directrice financière", {"person": CN, "title": "directrice financière", "organization": FC},
      note="her current post, before the move")
    V(a, "role", "devient [directrice financière]", {"person": CN, "title": "directrice financière",
                                                     "organization": "Helvane"},
      note="a new post stated by 'devient'")
    V(a, "role", "remplace", {"person": TR, "organization": ("opt", "Helvane")}, optional=True,
      note="the CFO who left ('Elle remplace X, parti en juin chez Altrane'): no title")
    V(a, "role", "ministre de l'Économie", {"person": AD, "title": "ministre de l'Économie"})
    V(a, "role", "analyste", {"person": MK, "title": "analyste", "organization": "Oddo BHF"})


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    ELB, GT, YLM, MC, JYP = "Erwan Le Bras", "Gaëlle Tanguy", "Yves Le Meur", "Mathieu Corlay", "Jean-Yves Pennec"
    BP, MA = "Bretagne Participations", "ministère de l'Agriculture"
    # ------------------------------------------------------------ E: a region takes a stake in a poultry abattoir
    a = B.article("E-region-abattoir", "2028-02-10", (
        "SAINT-BRIEUC (Côtes-d'Armor), 10 février - La région Bretagne vole au secours de Kerlan. Le conseil "
        f"régional a voté jeudi l'entrée de son fonds {BP} au capital de l'abattoir de volailles de "
        "Plérin, en difficulté depuis la perte de son principal client l'été dernier. L'augmentation de capital "
        "atteint 6,5 millions d'euros, dont 4 millions d'euros apportés par la région, qui détiendra "
        f"19{NB}% des parts.\n\n"
        "Trois entreprises du secteur, Jaouen, Marzhin et Le Goff Emballages, complètent le tour de table. "
        f"Bpifrance accorde de son côté un prêt de 5 millions d'euros sur sept ans, au taux de 2,5{NB}%, a "
        "précisé la banque publique.\n\n"
        f"{O}Sans cet argent public, Kerlan fermait au printemps. Nous avons préféré investir plutôt que payer "
        f"des plans sociaux{C}, a justifié le président socialiste de la région, {ELB}. L'opposition RN a "
        f"voté contre. Sa cheffe de file, {GT}, estime que la région {O}n'a pas vocation à jouer les "
        f"banquiers{C}.\n\n"
        "Le principal client de Kerlan, le volailler Duvallon, avait été racheté en juillet par le néerlandais "
        "Vandermolen, qui a rapatrié ses commandes aux Pays-Bas. Les volumes de l'abattoir ont chuté de "
        f"35{NB}%. Kerlan a perdu 3,2 millions d'euros en 2027, pour un chiffre d'affaires de 88 millions "
        "d'euros.\n\n"
        f"Le maire de Plérin, {YLM} (divers gauche), s'est dit {O}soulagé{C} pour les 430 salariés. Le "
        f"député LFI de la circonscription, {MC}, a demandé que l'État {O}prenne sa part{C}. Selon lui, le "
        f"{MA} a refusé de participer. Contacté, le ministère a indiqué que le dossier était "
        f"{O}suivi avec attention{C}.\n\n"
        f"{O}Nous serons à l'équilibre en 2030{C}, promet {JYP}, directeur général de Kerlan, qui veut "
        "conquérir la restauration collective."))
    for s, l, c, o in [("SAINT-BRIEUC", LOC, None, False), ("Côtes-d'Armor", LOC, None, False), (BP, ORG, None, False),
                       ("Bretagne", LOC, None, False), ("Kerlan", ORG, None, False), ("Plérin", LOC, None, False),
                       ("Jaouen", ORG, None, False), ("Marzhin", ORG, None, False),
                       ("Le Goff Emballages", ORG, None, False), ("Bpifrance", ORG, None, False),
                       (ELB, PER, None, False), ("RN", ORG, None, False), (GT, PER, None, False),
                       ("Duvallon", ORG, None, False), ("Vandermolen", ORG, None, False), ("Pays-Bas", LOC, None, False),
                       (YLM, PER, None, False), ("LFI", ORG, None, False), (MC, PER, None, False), (MA, ORG, None, False),
                       (JYP, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Regional-daily style (Ouest-France): the dateline names the town and its département in "
                      "brackets and no agency, as in the sixth set; the reference date is the dateline day "
                      "(Thursday 10 February 2028).")
    a["notes"].append("Entities: 'la région Bretagne' is LOC, as 'la région Normandie' in the sixth set; the "
                      "region's fund 'Bretagne Participations' is ORG (the region's name inside it not annotated "
                      "separately). The local companies are named bare, with no legal form and few cues: "
                      "'Jaouen', 'Marzhin' (after 'Trois entreprises du secteur'), 'Kerlan' (an abattoir), "
                      "'Duvallon' (after 'le volailler'), 'Vandermolen' (after 'le néerlandais'): all ORG; 'Le "
                      "Goff Emballages' keeps 'Le', part of a family name. Party acronyms keep their written "
                      "form ('RN', 'LFI'); 'divers gauche' (a political label) and 'socialiste' are not entities. "
                      "'ministère de l'Agriculture' is ORG (lower-case head, as 'ministère de l'Économie' in the "
                      "fourth set); the later 'le ministère' is a noun phrase, not an entity. 'Le conseil "
                      "régional', 'l'État', 'la région' (alone) are not entities.")
    a["notes"].append("Money: the capital increase ('6,5 millions d'euros'), the region's share ('4 millions "
                      "d'euros'), Bpifrance's loan ('5 millions d'euros'), the 2027 loss and revenue. "
                      "Percentages: '19 %' (the region's stake), '2,5 %' (an interest rate), '35 %' (a fall in "
                      "volumes).")
    a["notes"].append("Events: the region's entry through its fund is a funding event of Kerlan (new money in "
                      "a capital increase, as 'entrée au capital' within a round in the fourth set), trigger "
                      "'augmentation de capital' (the most complete mention: its amount), investors the fund and "
                      "the three local companies that 'complètent le tour de table', date 'jeudi' (the vote); "
                      "the region's 19 % is a stake, not an argument. *New*: Bpifrance's loan ('accorde ... un "
                      "prêt de 5 millions d'euros') is an optional funding event (debt, not equity). The purchase "
                      "of the client ('Duvallon, avait été racheté en juillet par le néerlandais Vandermolen') is "
                      "a done acquisition. Results: Kerlan's 2027 loss and revenue; the fall in volumes (a "
                      "volume, not money) is an optional result. Roles: 'le président socialiste de la région, X' "
                      "and 'Le maire de Plérin, X' (person only, titles split several ways), 'Sa cheffe de file' "
                      "(the RN of the sentence before: organization optional), 'Le député LFI de la "
                      "circonscription' (title 'député', organization optional, as 'La députée ... (Renaissance)' "
                      "in the sixth set), 'directeur général de Kerlan'.")
    a["notes"].append("Quotes: 'a précisé la banque publique' has Bpifrance as speaker (the company speaking "
                      "through a noun); the regional president's quote runs over two sentences; 'estime que la "
                      "région « ... »', 's'est dit « soulagé »' (one marked word, as 'a salué une reprise « "
                      "exemplaire »' in the sixth set), 'a demandé que l'État « ... »' and 'a indiqué que le "
                      "dossier était « ... »' each give one direct quote for the marked words; 'le ministère' "
                      "there has the canonical of the ministry named in the sentence before; 'Selon lui, <clause>' "
                      "is the MP's. Dates: 'au printemps' inside the quote (a counterfactual, this spring: "
                      "2028-SP) and 'juillet' (past, 'avait été racheté en juillet': 2027-07, before the February "
                      "reference date) are required; 'sept ans' (the loan's term) is a duration.")
    M(a, "6,5 millions d'euros", 6.5e6, "EUR")
    M(a, "4 millions d'euros", 4e6, "EUR")
    M(a, "5 millions d'euros", 5e6, "EUR")
    M(a, "3,2 millions d'euros", 3.2e6, "EUR")
    M(a, "88 millions d'euros", 88e6, "EUR")
    P(a, f"19{NB}%", 19)
    P(a, f"2,5{NB}%", 2.5)
    P(a, f"35{NB}%", 35)
    D(a, "10 février", "2028-02-10", note="dateline")
    D(a, "jeudi", "2028-02-10", note="the dateline day")
    D(a, "été dernier", "2027-SU", note="'l'été dernier'")
    D(a, "sept ans", "P7Y", typ="DURATION", note="'sur sept ans'")
    D(a, "printemps", "2028-SP", note="'fermait au printemps', inside the quote: this spring")
    D(a, "juillet", "2027-07", note="past: 'avait été racheté en juillet'")
    D(a, "2027", "2027")
    D(a, "2030", "2030", note="'en 2030', inside the quote")
    Q(a, f"[Bpifrance accorde de son côté un prêt de 5 millions d'euros sur sept ans, au taux de 2,5{NB}%], a précisé",
      "indirect", "a précisé", ("la [banque publique]", "Bpifrance", ORG),
      note="inverted reporting clause; 'la banque publique' is Bpifrance")
    Q(a, f"{O}[Sans cet argent public, Kerlan fermait au printemps. Nous avons préféré investir plutôt que payer des plans sociaux]{C}",
      "direct", "a justifié", (ELB, ELB, PER), gender="male", note="a quote over two sentences")
    Q(a, f"{O}[n'a pas vocation à jouer les banquiers]{C}", "direct", "estime", (GT, GT, PER), gender="female",
      note="partly quoted clause after 'estime que la région'; 'Sa cheffe de file' shows the gender")
    Q(a, f"{O}[soulagé]{C}", "direct", "s'est dit", (YLM, YLM, PER), gender="male",
      note="one marked word after 's'est dit'")
    Q(a, f"{O}[prenne sa part]{C}", "direct", "a demandé", (MC, MC, PER), gender="male",
      note="partly quoted clause after 'a demandé que l'État'")
    Q(a, f"Selon lui, [le {MA} a refusé de participer].", "indirect", "[Selon] lui", ("Selon [lui]", MC, PER),
      gender="male")
    Q(a, f"{O}[suivi avec attention]{C}", "direct", "a indiqué", ("le [ministère] a indiqué", MA, ORG),
      note="partly quoted clause after 'a indiqué que le dossier était'; 'le ministère' is the ministry of the sentence before")
    Q(a, f"{O}[Nous serons à l'équilibre en 2030]{C}", "direct", "promet", (JYP, JYP, PER), gender="male")
    V(a, "funding", "augmentation de capital", {
        "company": "Kerlan", "amount": "6,5 millions d'euros", "investors": [BP, "Jaouen", "Marzhin", "Le Goff Emballages"],
        "date": "jeudi"},
      note="the region's fund enters the capital ('a voté jeudi l'entrée de son fonds ... au capital'), three local companies complete the round")
    V(a, "funding", "prêt", {"company": "Kerlan", "investors": ["Bpifrance"], "amount": "5 millions d'euros"},
      optional=True, note="a public bank's loan: debt, not equity")
    V(a, "acquisition", "racheté", {"target": "Duvallon", "buyer": "Vandermolen", "date": "juillet", "status": "done"})
    V(a, "result", "perdu", {"company": "Kerlan", "metric": "loss", "amount": "3,2 millions d'euros", "period": "2027"})
    V(a, "result", "chiffre d'affaires", {"company": "Kerlan", "metric": "revenue", "amount": "88 millions d'euros",
                                          "period": ("opt", "2027")})
    V(a, "result", "chuté", {"company": "Kerlan", "metric": "other", "change": f"35{NB}%"}, optional=True,
      note="volumes, not money: 'Les volumes de l'abattoir ont chuté de 35 %'")
    V(a, "role", "président", {"person": ELB},
      note="'le président socialiste de la région, X': title written several ways, person only")
    V(a, "role", "cheffe de file", {"person": GT, "title": "cheffe de file", "organization": ("opt", "RN")},
      note="'Sa cheffe de file': the RN of the sentence before")
    V(a, "role", "maire", {"person": YLM}, note="'Le maire de Plérin, X': person only")
    V(a, "role", "député", {"person": MC, "title": "député", "organization": ("opt", "LFI")})
    V(a, "role", "directeur général", {"person": JYP, "title": "directeur général", "organization": "Kerlan"})


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    SMC, KSG, OHL = "Stade Malherbe Caen", "Keystone Sports Group", "Oakmere Holdings Ltd"
    MB, XL, LG, JL, ND = "Michael Brennan", "Xavier Leclerc", "Laurent Gosselin", "Julien Lemoine", "Nathalie Duchemin"
    DN = "Direction nationale du contrôle de gestion"
    # ------------------------------------------------------------ F: football, a Ligue 2 club sold to an American group
    a = B.article("F-football-caen", "2027-07-06", (
        f"CAEN, 6 juillet (AFP) - Le {SMC} tombe dans l'escarcelle de {KSG}. Le fonds américain a "
        f"racheté 80{NN}% du club normand, pensionnaire de Ligue 2, pour environ 35 millions d'euros, a annoncé "
        f"mardi le SM Caen. Le vendeur, {OHL}, conserve 20{NN}% des parts et un siège au conseil d'administration. Oakmere avait acquis le club en "
        "2020 pour 18 millions d'euros.\n\n"
        f"{O}Caen a une histoire, un stade de 21{NB}000 places et un centre de formation reconnu. Nous voulons "
        f"remonter en Ligue 1 d'ici 2030{C}, a déclaré le PDG de Keystone, {MB}, dans un entretien à "
        "Ouest-France. L'Américain promet d'investir 15 millions d'euros dans le centre de formation.\n\n"
        "Déjà propriétaire du club anglais d'Ashford Town et du FC Midtlund au Danemark, Keystone met ainsi la "
        "main sur un troisième club européen en deux ans. Fondé en 2019 à Pittsburgh, le groupe détient également une "
        "franchise de basket. Selon L'Équipe, il lorgnait aussi le Red Star, avant de "
        "renoncer au printemps.\n\n"
        f"Le président délégué du club, {XL}, reste en poste. Il a indiqué que l'entraîneur {LG} serait "
        f"prolongé jusqu'en 2029. Selon la {DN} (DNCG), Caen a perdu 8,4 millions d'euros l'an "
        f"dernier, ses droits télévisés ayant fondu de 42{NN}%.\n\n"
        "Lundi, le club a officialisé le départ de son meilleur buteur, le Guinéen Alhassane Camara, au VfL "
        "Bochum pour 9 millions d'euros, bonus compris. Le milieu ivoirien Serge Kouassi arrive de Dunkerque pour "
        "1,2 million d'euros.\n\n"
        f"{O}C'est une bonne nouvelle pour Caen et pour la Normandie{C}, a réagi la maire, {ND}. Le "
        f"président de l'association de supporters Allez Caen, {JL}, juge que la vente est {O}un pari, pas "
        f"une trahison{C}."))
    for s, l, c, o in [("CAEN", LOC, None, False), ("AFP", ORG, None, False), (SMC, ORG, None, False),
                       (KSG, ORG, None, False), ("SM Caen", ORG, SMC, False), ("Ligue 2", MISC, None, False),
                       (OHL, ORG, "Oakmere Holdings", False), ("Oakmere", ORG, "Oakmere Holdings", False),
                       (f"{O}[Caen] a une", ORG, SMC, False), ("Ligue 1", MISC, None, False),
                       ("Keystone", ORG, KSG, False), (MB, PER, None, False), ("Ouest-France", ORG, None, False),
                       ("Ashford Town", ORG, None, False), ("FC Midtlund", ORG, None, False),
                       ("Danemark", LOC, None, False), ("Pittsburgh", LOC, None, False), ("L'Équipe", ORG, None, False), ("Red Star", ORG, None, False),
                       (XL, PER, None, False), (LG, PER, None, False), (DN, ORG, None, False), ("DNCG", ORG, DN, False),
                       ("[Caen] a perdu", ORG, SMC, False), ("Alhassane Camara", PER, None, False),
                       ("VfL Bochum", ORG, None, False), ("Serge Kouassi", PER, None, False),
                       ("Dunkerque", ORG, None, False), ("pour [Caen] et pour", LOC, None, False),
                       ("Normandie", LOC, None, False), (ND, PER, None, False), ("Allez Caen", ORG, None, False),
                       (JL, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'Stade Malherbe Caen' is the club (its name, not a stadium: 'Stade' is kept); "
                      "'SM Caen' (its usual short form) has its canonical, as 'HAC' in the sixth set. The town "
                      "standing for the club is ORG ('Caen a une histoire' in the buyer's quote, 'Caen a perdu "
                      "8,4 millions d'euros'), while 'pour Caen et pour la Normandie' in the mayor's quote is the "
                      "town (LOC); the dateline CAEN is LOC. 'Oakmere Holdings Ltd' keeps its legal form where "
                      "written, the bare 'Oakmere' has the canonical without it; 'Keystone' is Keystone Sports "
                      "Group (English corporate words, no cue in 'Keystone met ainsi la main'). 'Direction "
                      "nationale du contrôle de gestion (DNCG)': canonical the full name for the acronym (the "
                      "sixth set's bare 'DNCG' kept its form, never spelled out there). 'Ligue 1', 'Ligue 2' are "
                      "MISC; 'Dunkerque' (a player 'arrive de Dunkerque') is the club, ORG, as clubs named by "
                      "their town in the earlier sets; 'Allez Caen' (a supporters' association) is ORG, the town "
                      "inside it not annotated separately. Demonyms ('le Guinéen', 'ivoirien', 'L'Américain', "
                      "'normand', 'anglais') are not entities.")
    a["notes"].append("Money: the price ('environ 35 millions d'euros'), the seller's 2020 price, the pledge "
                      "('15 millions d'euros'), the loss ('8,4 millions d'euros') and two transfer fees. '21 000 "
                      "places' is a count. Percentages: '80 %' (the stake bought), '20 %' (the stake kept), '42 %' "
                      "(the fall of TV rights).")
    a["notes"].append("Events: the sale, told with figurative verbs ('tombe dans l'escarcelle de', 'met ainsi la "
                      "main sur'), is one acquisition, the most complete mention 'a racheté 80 % du club "
                      "normand' ('done', stake 80 %, seller the holding of the next sentence, 'Le vendeur, "
                      "Oakmere Holdings Ltd'). The seller's own purchase in 2020 ('Oakmere avait acquis le club') "
                      "is a second, done acquisition. 'il lorgnait aussi le Red Star, avant de renoncer' (a bid "
                      "considered then dropped) is 'planned', as 'jeté son dévolu sur ... avant de renoncer' in "
                      "the third set. 'Déjà propriétaire du club anglais d'Ashford Town et du FC Midtlund' "
                      "(ownership, no deal stated) gives two optional acquisitions; the pledge ('promet "
                      "d'investir 15 millions d'euros') is an optional funding event, as in the sixth set. The "
                      "club's loss is a result ('Caen a perdu'); the TV rights' fall an optional result. Player "
                      "transfers are no event. Roles: 'le PDG de Keystone', 'Le président délégué du club' and "
                      "'l'entraîneur X' (the club: organization optional), 'Le président de l'association de "
                      "supporters Allez Caen' (title 'président', the association named: required "
                      "organization), 'la maire' (person only); a player's position ('meilleur buteur', "
                      "'milieu') is optional.")
    a["notes"].append("Quotes: 'a annoncé mardi le SM Caen' (the club speaking by its short name); the buyer's "
                      "quote runs over two sentences, 'dans un entretien à Ouest-France' is the medium; 'Selon "
                      "L'Équipe, <clause>' and 'Selon la Direction nationale ... (DNCG), <clause>' have the named "
                      "issuers; 'Il a indiqué que ...' is Xavier Leclerc's (subject of the sentence before); 'a "
                      "réagi la maire, X' and 'juge que la vente est « ... »' are direct. 'le club a officialisé "
                      "le départ de ...' (a noun phrase object) is an optional quote, as 'a annoncé' + noun phrase "
                      "in the fifth set; the coach's extension ('serait prolongé jusqu'en 2029') is no event. Dates: 'Lundi' is the day before the "
                      "Tuesday dateline; 'printemps' is this spring (past, 'avant de renoncer au printemps'); 'en "
                      "deux ans' a duration; 'd'ici 2030' and 'jusqu'en 2029' keep the year only.")
    M(a, "35 millions d'euros", 35e6, "EUR")
    M(a, "18 millions d'euros", 18e6, "EUR")
    M(a, "15 millions d'euros", 15e6, "EUR")
    M(a, "8,4 millions d'euros", 8.4e6, "EUR")
    M(a, "9 millions d'euros", 9e6, "EUR")
    M(a, "1,2 million d'euros", 1.2e6, "EUR")
    P(a, f"80{NN}%", 80)
    P(a, f"20{NN}%", 20)
    P(a, f"42{NN}%", 42)
    D(a, "6 juillet", "2027-07-06", note="dateline")
    D(a, "mardi", "2027-07-06", note="the dateline day")
    D(a, "2020", "2020")
    D(a, "2030", "2030", note="'d'ici 2030', inside the quote")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'en deux ans'")
    D(a, "2019", "2019", note="'Fondé en 2019 à Pittsburgh'")
    D(a, "printemps", "2027-SP", note="past: 'avant de renoncer au printemps'")
    D(a, "2029", "2029", note="'jusqu'en 2029'")
    D(a, "an dernier", "2026", note="'l'an dernier'")
    D(a, "Lundi", "2027-07-05", note="past: the day before the Tuesday dateline")
    Q(a, f"[Le fonds américain a racheté 80{NN}% du club normand, pensionnaire de Ligue 2, pour environ 35 millions d'euros], a annoncé",
      "indirect", "a annoncé", ("SM Caen", SMC, ORG), note="inverted reporting clause; the club speaks")
    Q(a, f"{O}[Caen a une histoire, un stade de 21{NB}000 places et un centre de formation reconnu. Nous voulons remonter en Ligue 1 d'ici 2030]{C}",
      "direct", "a déclaré", (MB, MB, PER), gender="male",
      note="a quote over two sentences; the name is in apposition to 'le PDG de Keystone'")
    Q(a, "Selon L'Équipe, [il lorgnait aussi le Red Star, avant de renoncer au printemps].", "indirect",
      "[Selon] L'Équipe", ("L'Équipe", "L'Équipe", ORG))
    Q(a, f"Il a indiqué que [l'entraîneur {LG} serait prolongé jusqu'en 2029].", "indirect", "a indiqué",
      ("[Il] a indiqué", XL, PER), gender="male", note="'Il' is Xavier Leclerc, named in the sentence before")
    Q(a, f"(DNCG), [Caen a perdu 8,4 millions d'euros l'an dernier, ses droits télévisés ayant fondu de 42{NN}%].",
      "indirect", "[Selon] la Direction", (f"la [{DN}]", DN, ORG))
    Q(a, "officialisé [le départ de son meilleur buteur, le Guinéen Alhassane Camara, au VfL Bochum pour 9 millions d'euros, bonus compris].",
      "indirect", "a officialisé", ("le [club] a officialisé", SMC, ORG), optional=True,
      note="a verb of announcing with a noun phrase object")
    Q(a, f"{O}[C'est une bonne nouvelle pour Caen et pour la Normandie]{C}", "direct", "a réagi", (ND, ND, PER),
      gender="female", note="'la maire' shows the gender")
    Q(a, f"{O}[un pari, pas une trahison]{C}", "direct", "juge", (JL, JL, PER), gender="male",
      note="partly quoted clause after 'juge que la vente est'")
    V(a, "acquisition", "racheté", {
        "target": SMC, "buyer": KSG, "seller": OHL, "amount": "35 millions d'euros", "stake": f"80{NN}%",
        "date": "mardi", "status": "done"},
      note="'tombe dans l'escarcelle de', 'a racheté 80 % du club normand', 'met ainsi la main sur': one fact")
    V(a, "acquisition", "acquis", {
        "target": "SM Caen", "buyer": "Oakmere", "amount": "18 millions d'euros", "date": "2020", "status": "done"},
      note="the seller's own purchase of the club, referred back to")
    V(a, "acquisition", "lorgnait", {"target": "Red Star", "buyer": "Keystone", "status": "planned"},
      note="a bid considered then dropped")
    V(a, "acquisition", "propriétaire", {"target": "Ashford Town", "buyer": "Keystone", "status": "done"}, optional=True,
      note="ownership stated, no deal")
    V(a, "acquisition", "propriétaire", {"target": "FC Midtlund", "buyer": "Keystone", "status": "done"}, optional=True,
      note="ownership stated, no deal")
    V(a, "funding", "investir", {"company": "SM Caen", "investors": ["Keystone"], "amount": "15 millions d'euros"},
      optional=True, note="the new owner's pledge ('L'Américain promet d'investir')")
    V(a, "result", "perdu", {"company": "[Caen] a perdu", "metric": "loss", "amount": "8,4 millions d'euros",
                             "period": "an dernier"}, note="'Caen' is the club")
    V(a, "result", "fondu", {"company": "[Caen] a perdu", "metric": "other", "change": f"42{NN}%"}, optional=True,
      note="TV rights, a revenue line stated by its fall only")
    V(a, "role", "PDG", {"person": MB, "title": "PDG", "organization": "Keystone"})
    V(a, "role", "président délégué", {"person": XL, "title": "président délégué", "organization": ("opt", "SM Caen")},
      note="'Le président délégué du club'")
    V(a, "role", "entraîneur", {"person": LG, "title": "entraîneur", "organization": ("opt", "SM Caen")})
    V(a, "role", "maire", {"person": ND}, note="'la maire, X' (of Caen, not written): person only")
    V(a, "role", "Le [président] de l'association", {"person": JL, "title": "président", "organization": "Allez Caen"},
      note="'Le président de l'association de supporters Allez Caen, X'")
    V(a, "role", "meilleur buteur", {"person": "Alhassane Camara", "title": "meilleur buteur"}, optional=True,
      note="a player's position")
    V(a, "role", "milieu", {"person": "Serge Kouassi", "title": "milieu"}, optional=True, note="a player's position")
