"""The three articles of the twenty-ninth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind29`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, inside the guillemets, before M€ and as thousands separator in A3)
NN = "\u202f"    # narrow no-break space (before % and inside the guillemets in Z2)
AP = "\u2019"    # typographic apostrophe (every apostrophe of Z2, also the Swiss thousands separator of '850’000 francs')


def define(B):
    define_z2(B)
    define_a3(B)
    define_b3(B)


def define_z2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    SX, SXH, KH, APa = "Sarinex", "Sarinex Home", "Kessler Hydraulik", "Alpenrock Partners"
    RB, NR, CO, JC, SM = "Reto Baeriswyl", "Nadia Rossier", "Christophe Overney", "Jérôme Chassot", "Sabine Morand"
    PCA = "président du conseil d’administration"
    RDA = "responsable de la division d’automatisation"
    # ------------------------------------------------------------ Z2: a Fribourg valve maker's annual results, guidance, CEO succession, a purchase and a sale (Swiss business daily, web)
    a = B.article("Z2-resultats-succession-fribourg", "2038-03-05", (
        f"{SX} franchit CHF 1,4 milliard de ventes et change de patron\n"
        "Par Valérie Dubey\n"
        "Mis à jour le 05.03.2038 à 07h10\n\n"
        f"Le fabricant fribourgeois de vannes et de capteurs industriels {SX} a publié jeudi des résultats 2037 contrastés. "
        f"Son chiffre d’affaires a progressé de 6,8{NN}%, à 1,42 milliard de francs, et les entrées de commandes ont atteint "
        f"1,51 milliard de francs. Le résultat opérationnel (EBIT) s’est amélioré de 3,1{NN}%, à 186 millions de francs, mais le "
        "bénéfice net a reculé de 4,2 pour cent, à 131,5 millions de francs, plombé par une charge fiscale en Allemagne. La part "
        f"de l’Asie dans les ventes a gagné 2 points de pourcentage, à 19{NN}%.\n\n"
        f"Pour 2038, le groupe table sur une croissance organique comprise entre 4 et 6{NN}% et sur une marge EBIT d’au moins "
        f"13,5{NN}%, indique un communiqué. Le directeur financier, {RB}, a précisé que la charge fiscale, de 14 "
        "millions de francs, ne se répéterait pas.\n\n"
        f"Le conseil d’administration a par ailleurs nommé {NR} directrice générale, avec effet au 1er juillet. "
        f"Jusqu’ici {RDA}, elle succédera à {CO}, directeur général depuis "
        f"2026, qui sera proposé comme {PCA} à l’assemblée générale du 23 avril. "
        f"{O}{SX} n’a jamais été aussi solide, c’est le bon moment pour passer le témoin{C}, a déclaré M. Overney, qui "
        "renonce à son bonus de 850’000 francs. Il a ajouté que le groupe disposait de 420 millions de francs de liquidités "
        f"pour de nouvelles acquisitions. {O}Je veux doubler nos ventes en Asie d’ici à 2042{C}, a affirmé la future "
        "directrice générale. Selon elle, les usines de Fribourg et de Bulle ne seront pas touchées.\n\n"
        f"Le groupe a finalisé en janvier le rachat de l’allemand {KH}, acquis pour 180 millions d’euros, et va "
        f"céder sa division de pompes domestiques, {SXH}, au fonds zurichois {APa} pour 95 millions de "
        f"francs. Un porte-parole d’Alpenrock a indiqué que les 310 salariés de {SXH} seraient tous repris. Le syndicat "
        f"Unia reste méfiant : {O}Les salariés ne doivent pas servir de variable d’ajustement{C}, a prévenu son secrétaire "
        f"régional, {JC}.\n\n"
        f"À la SIX Swiss Exchange, l’action a cédé 2,7{NN}% jeudi, et {SX} est désormais valorisée 3,9 milliards de francs. "
        f"{O}Le marché attendait un bénéfice plus élevé, mais la succession est bien préparée{C}, juge {SM}, analyste "
        "chez Vontobel. Elle estime que l’objectif de marge reste atteignable si l’intégration de Kessler se passe bien."))
    for s, l, c, o in [(SXH, ORG, None, False), (SX, ORG, None, False), ("Valérie Dubey", PER, None, False),
                       ("Allemagne", LOC, None, False), ("Asie", LOC, None, False), (RB, PER, None, False),
                       (NR, PER, None, False), (CO, PER, None, False), ("Overney", PER, CO, False),
                       ("Fribourg", LOC, None, False), ("Bulle", LOC, None, False), (KH, ORG, None, False),
                       ("Kessler", ORG, KH, False), (APa, ORG, None, False), ("Alpenrock", ORG, APa, False),
                       ("Unia", ORG, None, False), (JC, PER, None, False), ("SIX Swiss Exchange", ORG, None, False),
                       (SM, PER, None, False), ("Vontobel", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French-speaking Swiss business daily copied as plain text: a headline with the "
                      "revenue in the Swiss order, ISO code first ('franchit CHF 1,4 milliard de ventes'), a byline ('Par "
                      "Valérie Dubey') and *new*: an update line alone with the Swiss numeric date and a clock time with "
                      "'h' ('Mis à jour le 05.03.2038 à 07h10'), no dateline. The reference date is that day (Friday 5 "
                      "March 2038), the day after the results ('a publié jeudi'). Every apostrophe is the typographic "
                      "one (U+2019: 'd’affaires', 's’est', 'l’Asie', 'd’au moins', 'Jusqu’ici', 'n’a', 'c’est', "
                      "'d’euros', 'd’Alpenrock'), *new*: also as the Swiss thousands separator inside an amount "
                      "('850’000 francs'; the twenty-second set had it in a count only); narrow no-break spaces "
                      "(U+202F) before '%' and inside the guillemets; ordinary spaces in 'CHF 1,4 milliard', '4,2 pour "
                      "cent' and '2 points de pourcentage'.")
    a["notes"].append("Entities: the coined Fribourg valve maker 'Sarinex' (headline, lead, inside the outgoing CEO's "
                      "marked words, 'Sarinex est désormais valorisée') and its coined domestic-pump division 'Sarinex "
                      "Home' (twice, one ORG that holds no separate 'Sarinex', as 'Meusatec Space' in the sixteenth "
                      "set) are ORG; the coined German target 'Kessler Hydraulik' (after 'l’allemand') and its short "
                      "form 'Kessler' in the analyst's reported clause (canonical the full name), the coined Zurich fund "
                      "'Alpenrock Partners' and its short form after 'Un porte-parole d’' (canonical the full name), the "
                      "union 'Unia', the market 'SIX Swiss Exchange' (after 'À la') and the bank 'Vontobel' (after "
                      "'chez') are ORG; 'Allemagne', 'Asie' (twice, once inside the successor's marked words), "
                      "'Fribourg' and 'Bulle' (two towns, inside the successor's reported clause) are LOC; the "
                      "journalist, the CFO, the successor, the outgoing CEO (also 'M. Overney': span the surname, "
                      "canonical the full name), the union secretary and the analyst are PER (all invented). Not names: "
                      "'CHF' (inside an amount), 'EBIT' (a measure), 'le groupe', 'Le conseil d’administration', "
                      "'l’assemblée générale', 'la division d’automatisation' (lower case, no name), 'la future "
                      "directrice générale', 'Le syndicat', 'l’action'; 'fribourgeois', 'l’allemand', 'zurichois' are "
                      "adjectives or a firm by its adjective.")
    a["notes"].append("Quotes (10 required: 4 direct, 6 indirect): the company through a document with no issuer named "
                      "in it, after an unmarked clause ('Pour 2038, le groupe table sur ..., indique un communiqué': the "
                      "whole sentence before the comma, with its fronted 'Pour 2038'; speaker 'communiqué', canonical "
                      "Sarinex, ORG, as 'selon un communiqué' in the tenth set and 'précise le communiqué' in the "
                      "seventeenth); the CFO ('Le directeur financier, X, a précisé que <clause>', the clause with its "
                      "own apposition); the outgoing CEO ('« ... », a déclaré M. Overney, qui renonce ...') then 'Il a "
                      "ajouté que <clause>'; *new*: the successor through a noun phrase with a future adjective ('« ... "
                      "», a affirmé la future directrice générale': speaker 'future directrice générale', canonical the "
                      "woman named in the paragraph) then 'Selon elle, <clause>'; an unnamed spokesman of the buyer "
                      "named by its short form ('Un porte-parole d’Alpenrock a indiqué que <clause>': speaker the noun "
                      "phrase without its article, canonical and label null, gender male); the union secretary after "
                      "a colon ('Le syndicat Unia reste méfiant : « ... », a prévenu son secrétaire régional, X': the "
                      "name in apposition after the title is the speaker, not the union); the analyst ('« ... », juge "
                      "X, analyste chez Vontobel') then 'Elle estime que <clause>'. Not quotes: 'a publié jeudi des "
                      "résultats 2037' (a noun-phrase object), 'a par ailleurs nommé ...', 'succédera à ...', 'sera "
                      "proposé comme ...', 'Le syndicat Unia reste méfiant' (no words reported), the headline.")
    a["notes"].append("Events: results of 2037 ('des résultats 2037' written once, in the lead): revenue ('Son chiffre "
                      "d’affaires a progressé de 6,8 %, à ...': period required, from the sentence before, as 'des "
                      "comptes 2032' in the sixteenth set), orders ('les entrées de commandes ont atteint ...', metric "
                      "orders), operating income ('Le résultat opérationnel (EBIT) s’est amélioré de 3,1 %, à ...', "
                      "metric operating_income) and net profit with its fall in words ('le bénéfice net a reculé de 4,2 "
                      "pour cent, à ...': change the unsigned '4,2 pour cent', value 4.2), their periods optional. "
                      "Roles: *new*: 'a ... nommé X directrice générale, avec effet au 1er juillet' (the new post, "
                      "organization optional: the company of the article; 'la future directrice générale' restates "
                      "it), *new*: a post held until now fronted before a pronoun ('Jusqu’ici responsable de la division "
                      "d’automatisation, elle succédera à ...': person the woman named in the sentence before, "
                      "organization optional; the division has no name), 'succédera à X, directeur général depuis "
                      "2026' (the outgoing CEO, organization optional), 'qui sera proposé comme président du conseil "
                      "d’administration' (his future post, organization optional, as 'deviendra président non exécutif "
                      "du conseil' in the twenty-fifth set), 'Le directeur financier, X' (organization optional), "
                      "'son secrétaire régional, X' ('son' is Unia: organization optional, as 'Son délégué central' in "
                      "the twenty-fifth set), 'X, analyste chez Vontobel' (organization required). Acquisitions: 'Le "
                      "groupe a finalisé en janvier le rachat de l’allemand X, acquis pour 180 millions d’euros' (done, "
                      "buyer 'Le groupe' = Sarinex, an amount in euros in a Swiss article, date 'janvier'); 'et va céder "
                      "sa division ..., Sarinex Home, au fonds zurichois X pour 95 millions de francs' (announced, "
                      "target the division, buyer the fund, seller Sarinex; its date optional: only the results' day). "
                      "Valuation: 'Sarinex est désormais valorisée 3,9 milliards de francs' (its market value, as 'En "
                      "Bourse, la société est valorisée ...' in the sixteenth set; date optional, the trading day). Not "
                      "events: the share of Asia in sales (a ratio, no amount), the guidance (a forecast), the tax charge, "
                      "the bonus waived, the cash, the jobs taken over, the share move; the headline (the revenue "
                      "rounded, 'change de patron').")
    a["notes"].append("Money: bare 'francs' in a Swiss paper are CHF, as in the eighteenth and twenty-second sets: the "
                      "headline's 'CHF 1,4 milliard' (span from the code to the scale word, as 'CHF 11,2 millions' in the "
                      "twenty-second set), the revenue '1,42 milliard de francs', the orders '1,51 milliard de francs', "
                      "the EBIT '186 millions de francs', the net profit '131,5 millions de francs', the tax charge '14 "
                      "millions de francs', *new* the bonus '850’000 francs' (typographic apostrophe as thousands "
                      "separator, 850000 CHF), the cash '420 millions de francs', the sale '95 millions de francs', the "
                      "market value '3,9 milliards de francs'; the purchase '180 millions d’euros' (EUR). '310 salariés' "
                      "is a count. Percentages: the rises '6,8 %' and '3,1 %', the fall '4,2 pour cent' (the words in "
                      "the span, as in the sixteenth set), the gain in points '2 points de pourcentage' (span with 'de "
                      "pourcentage', points), the share '19 %', the guidance range 'entre 4 et 6 %' (span '4 et 6 %', "
                      "value 4), the margin floor 'd’au moins 13,5 %' (span '13,5 %', the bound outside), the share move "
                      "'2,7 %'.")
    a["notes"].append("Dates: the update line '05.03.2038 à 07h10' is one TIME, 2038-03-05T07:10 ('Mis à jour le' "
                      "outside); 'jeudi' twice (the results, the share move) 2038-03-04, two items; 'des résultats 2037' "
                      "the year; 'Pour 2038' the guidance year (the '2038' of the update line is inside the TIME); 'avec "
                      "effet au 1er juillet' (future) 2038-07-01 (span '1er juillet'); 'depuis 2026' the year; "
                      "'l’assemblée générale du 23 avril' (future: 'sera proposé') 2038-04-23; 'd’ici à 2042' (inside "
                      "the successor's marked words) the year; 'en janvier' (past: 'a finalisé') 2038-01. 'Jusqu’ici' "
                      "is not annotated (as in the later sets).")
    M(a, "CHF 1,4 milliard", 1.4e9, "CHF")
    M(a, "1,42 milliard de francs", 1.42e9, "CHF")
    M(a, "1,51 milliard de francs", 1.51e9, "CHF")
    M(a, "186 millions de francs", 186e6, "CHF")
    M(a, "131,5 millions de francs", 131.5e6, "CHF")
    M(a, "14 millions de francs", 14e6, "CHF")
    M(a, "850’000 francs", 850000, "CHF")
    M(a, "420 millions de francs", 420e6, "CHF")
    M(a, "180 millions d’euros", 180e6, "EUR")
    M(a, "95 millions de francs", 95e6, "CHF")
    M(a, "3,9 milliards de francs", 3.9e9, "CHF")
    P(a, f"6,8{NN}%", 6.8)
    P(a, f"3,1{NN}%", 3.1)
    P(a, "4,2 pour cent", 4.2)
    P(a, "2 points de pourcentage", 2, points=True)
    P(a, f"19{NN}%", 19)
    P(a, f"4 et 6{NN}%", 4)
    P(a, f"13,5{NN}%", 13.5)
    P(a, f"2,7{NN}%", 2.7)
    D(a, "05.03.2038 à 07h10", "2038-03-05T07:10", typ="TIME", note="the update line: Swiss numeric date, clock time with 'h'")
    D(a, "jeudi", "2038-03-04", nth=0, note="past: 'a publié jeudi', the day before the Friday publication")
    D(a, "résultats [2037]", "2037", note="'des résultats 2037'")
    D(a, "Pour [2038]", "2038", note="'Pour 2038, le groupe table sur ...': the guidance year")
    D(a, "1er juillet", "2038-07-01", note="future: 'avec effet au 1er juillet'")
    D(a, "2026", "2026", note="'directeur général depuis 2026'")
    D(a, "23 avril", "2038-04-23", note="future: 'sera proposé ... à l’assemblée générale du 23 avril'")
    D(a, "2042", "2042", note="'d’ici à 2042', inside the successor's marked words")
    D(a, "janvier", "2038-01", note="past: 'Le groupe a finalisé en janvier le rachat'")
    D(a, "jeudi", "2038-03-04", nth=1, note="past: 'l’action a cédé 2,7 % jeudi'")
    Q(a, f"[Pour 2038, le groupe table sur une croissance organique comprise entre 4 et 6{NN}% et sur une marge EBIT d’au moins 13,5{NN}%], indique",
      "indirect", "indique", ("indique un [communiqué]", SX, ORG),
      note="an unmarked clause before an inverted cue; a communiqué with no issuer named in it: the company of the "
           "article speaks through the noun 'communiqué'")
    Q(a, "précisé que [la charge fiscale, de 14 millions de francs, ne se répéterait pas].", "indirect", "a précisé",
      (RB, RB, PER), gender="male",
      note="'Le directeur financier, X, a précisé que <clause>': the name in apposition to the subject")
    Q(a, f"{O}[{SX} n’a jamais été aussi solide, c’est le bon moment pour passer le témoin]{C}", "direct", "a déclaré",
      ("M. [Overney]", CO, PER), gender="male", note="the surname after 'M.' (the title outside)")
    Q(a, "ajouté que [le groupe disposait de 420 millions de francs de liquidités pour de nouvelles acquisitions].",
      "indirect", "a ajouté", ("[Il] a ajouté", CO, PER), gender="male", note="'Il' is the outgoing CEO of the sentence before")
    Q(a, f"{O}[Je veux doubler nos ventes en Asie d’ici à 2042]{C}", "direct", "a affirmé",
      ("la [future directrice générale]. Selon", NR, PER), gender="female",
      note="*new*: a noun-phrase speaker with a future adjective for the successor named in the paragraph (text "
           "without the article)")
    Q(a, "Selon elle, [les usines de Fribourg et de Bulle ne seront pas touchées].", "indirect", "[Selon] elle,",
      ("Selon [elle],", NR, PER), gender="female", note="a pronoun after 'Selon': the successor of the sentence before")
    Q(a, f"indiqué que [les 310 salariés de {SXH} seraient tous repris].", "indirect", "a indiqué",
      ("Un [porte-parole d’Alpenrock] a indiqué", None, None), gender="male",
      note="an unnamed spokesman: a noun-phrase speaker without its article, canonical and label null; 'Un' shows the gender")
    Q(a, f"{O}[Les salariés ne doivent pas servir de variable d’ajustement]{C}", "direct", "a prévenu", (JC, JC, PER),
      gender="male", note="after 'Le syndicat Unia reste méfiant :'; the name in apposition to 'son secrétaire régional' "
                          "is the speaker, not the union")
    Q(a, f"{O}[Le marché attendait un bénéfice plus élevé, mais la succession est bien préparée]{C}", "direct", "juge",
      (SM, SM, PER), gender="female", note="inverted present-tense cue, the title in apposition after the name")
    Q(a, "estime que [l’objectif de marge reste atteignable si l’intégration de Kessler se passe bien].", "indirect",
      "estime", ("[Elle] estime", SM, PER), gender="female", note="'Elle' is the analyst of the sentence before")
    V(a, "result", "chiffre d’affaires", {"company": f"industriels [{SX}] a publié", "metric": "revenue",
                                          "amount": "1,42 milliard de francs", "change": f"6,8{NN}%",
                                          "period": "résultats [2037]"},
      note="'Son chiffre d’affaires a progressé de 6,8 %, à ...': 'Son' is Sarinex; the year from 'des résultats 2037'")
    V(a, "result", "entrées de commandes", {"company": f"industriels [{SX}] a publié", "metric": "orders",
                                            "amount": "1,51 milliard de francs", "period": ("opt", "résultats [2037]")},
      note="'et les entrées de commandes ont atteint ...'")
    V(a, "result", "résultat opérationnel", {"company": f"industriels [{SX}] a publié", "metric": "operating_income",
                                             "amount": "186 millions de francs", "change": f"3,1{NN}%",
                                             "period": ("opt", "résultats [2037]")},
      note="'Le résultat opérationnel (EBIT) s’est amélioré de 3,1 %, à ...'")
    V(a, "result", "bénéfice net", {"company": f"industriels [{SX}] a publié", "metric": "net_income",
                                    "amount": "131,5 millions de francs", "change": "4,2 pour cent",
                                    "period": ("opt", "résultats [2037]")},
      note="'le bénéfice net a reculé de 4,2 pour cent, à ...': the fall written in words, no sign")
    V(a, "role", f"nommé {NR} [directrice générale]", {"person": NR, "title": "directrice générale",
                                                        "organization": ("opt", f"industriels [{SX}] a publié")},
      note="*new*: 'a ... nommé X directrice générale, avec effet au 1er juillet': the new post; 'la future directrice "
           "générale' restates it")
    V(a, "role", RDA, {"person": NR, "title": RDA, "organization": ("opt", f"industriels [{SX}] a publié")},
      note="*new*: 'Jusqu’ici responsable de la division d’automatisation, elle succédera ...': the post held until now, "
           "fronted before a pronoun for the woman named in the sentence before")
    V(a, "role", "directeur général", {"person": CO, "title": "directeur général",
                                       "organization": ("opt", f"industriels [{SX}] a publié")},
      note="'elle succédera à X, directeur général depuis 2026': the outgoing CEO")
    V(a, "role", PCA, {"person": CO, "title": PCA, "organization": ("opt", f"industriels [{SX}] a publié")}, nth=0,
      note="'qui sera proposé comme président du conseil d’administration à l’assemblée générale du 23 avril': a "
           "future post")
    V(a, "role", "directeur financier", {"person": RB, "title": "directeur financier",
                                         "organization": ("opt", f"industriels [{SX}] a publié")},
      note="'Le directeur financier, X': the company of the article")
    V(a, "acquisition", "rachat", {"target": KH, "buyer": f"industriels [{SX}] a publié", "amount": "180 millions d’euros",
                                   "date": "janvier", "status": "done"},
      note="'Le groupe a finalisé en janvier le rachat de l’allemand X, acquis pour 180 millions d’euros': done; 'Le "
           "groupe' is Sarinex")
    V(a, "acquisition", "céder", {"target": f"domestiques, [{SXH}], au", "buyer": APa,
                                  "seller": f"industriels [{SX}] a publié", "amount": "95 millions de francs",
                                  "date": ("opt", "jeudi"), "status": "announced"},
      note="'et va céder sa division de pompes domestiques, Sarinex Home, au fonds zurichois X pour ...': announced; "
           "the date only the day the results were published")
    V(a, "role", "secrétaire régional", {"person": JC, "title": "secrétaire régional", "organization": ("opt", "Unia")},
      note="'a prévenu son secrétaire régional, X': 'son' is Unia, named in the sentence")
    V(a, "valuation", "valorisée", {"company": f"jeudi, et [{SX}] est", "amount": "3,9 milliards de francs",
                                    "date": ("opt", "jeudi")},
      note="'Sarinex est désormais valorisée 3,9 milliards de francs': the market value; the trading day optional")
    V(a, "role", "analyste", {"person": SM, "title": "analyste", "organization": "Vontobel"},
      note="'X, analyste chez Vontobel'")


def define_a3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    VD, PD, BV, AC, KV = "Vendalio", "Pharmadock", "Brightwater Ventures", "Ardoise Capital", "Kima Ventures"
    CF, HM, EC, JR = "Camille Ferrand", "Hugo Marchal", "Emily Carter", "Julien Roux"
    ONP = "Ordre national des pharmaciens"
    # ------------------------------------------------------------ A3: a Lyon pharmacy-software start-up's series B, its earlier rounds and a small purchase (French tech site)
    a = B.article("A3-serie-b-logiciel-pharmacies-lyon", "2038-01-20", (
        f"{VD} lève 38{NB}M€ et s'offre le bordelais {PD}\n"
        "Par Thomas Berthelot · 20 janvier 2038 · Lecture 4 min\n\n"
        f"La start-up lyonnaise {VD}, qui édite un logiciel de gestion des stocks pour les pharmacies indépendantes, "
        "annonce ce mercredi avoir bouclé une série B de 38 millions d'euros. Le tour est mené par le fonds londonien "
        f"{BV}, avec Bpifrance et les investisseurs historiques {AC} et {KV}. L'opération "
        "valorise la jeune pousse autour de 210 millions d'euros, selon une source proche du dossier. Les trois cofondateurs "
        f"conservent 34{NB}% du capital.\n\n"
        f"Créée en 2033 par trois anciens pharmaciens, {VD} avait d'abord réuni 350{NB}000 euros en amorçage, puis "
        f"9{NB}M€ en série A en 2035 auprès d'{AC}. Elle compte 2{NB}400 officines clientes en France et en "
        "Espagne.\n\n"
        f"{O}Une pharmacie jette en moyenne 12{NB}000 euros de produits périmés par an. Nous voulons équiper 10{NB}000 "
        f"officines en Europe d'ici à 2040{C}, explique {CF}, cofondatrice et présidente de {VD}. Elle précise "
        "que l'entreprise, rentable depuis l'été dernier, a réalisé en 2037 un chiffre d'affaires de 14,2 millions d'euros, "
        f"en hausse de 85{NB}%. Le directeur technique, {HM}, a indiqué que la moitié des fonds irait à la recherche "
        "en intelligence artificielle.\n\n"
        f"{O}{VD} a imposé en trois ans son logiciel comme le standard du marché français{C}, souligne {EC}, "
        f"associée chez {BV}, qui entre au conseil d'administration. Selon elle, le marché européen des "
        f"logiciels pour officines pèse 1,2 milliard d'euros et croît de 12 à 15{NB}% par an.\n\n"
        f"Dans la foulée, {VD} a racheté fin décembre {PD}, une start-up bordelaise de douze salariés spécialisée "
        f"dans la livraison de médicaments, pour 4,5{NB}M€ en numéraire et en actions. Son fondateur, {JR}, devient "
        f"directeur des opérations de {VD}. {O}Nous cherchions un partenaire plutôt qu'un acheteur{C}, a confié M. "
        "Roux.\n\n"
        "La start-up prévoit de recruter 120 personnes cette année, dont 40 à Madrid, a-t-elle indiqué dans un communiqué. "
        f"Un porte-parole de l'{ONP} a estimé que ces outils "
        f"{O}doivent rester sous le contrôle du pharmacien{C}."))
    for s, l, c, o in [(VD, ORG, None, False), (PD, ORG, None, False), ("Thomas Berthelot", PER, None, False),
                       (BV, ORG, None, False), ("Bpifrance", ORG, None, False), (AC, ORG, None, False),
                       (KV, ORG, None, False), ("France", LOC, None, False), ("Espagne", LOC, None, False),
                       ("Europe", LOC, None, False), (CF, PER, None, False), (HM, PER, None, False),
                       (EC, PER, None, False), (JR, PER, None, False), ("Roux", PER, JR, False),
                       ("Madrid", LOC, None, False), (ONP, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Article of a French tech news site copied as plain text: a headline with the round in 'M€' and "
                      "a purchase ('Vendalio lève 38 M€ et s'offre le bordelais Pharmadock'), then *new*: one line with "
                      "the byline, the date and a reading time separated by middle dots ('Par Thomas Berthelot · 20 "
                      "janvier 2038 · Lecture 4 min'), no clock time and no dateline. The reference date is that day "
                      "(Wednesday 20 January 2038), the day of the announcement ('annonce ce mercredi'). Straight "
                      "apostrophes; no-break spaces (U+00A0) before '%', inside the guillemets, between the number and "
                      "'M€' (headline and body) and as the thousands separator of '350 000 euros', '12 000 euros' and "
                      "the counts '2 400 officines', '10 000 officines'.")
    a["notes"].append("Entities: the coined Lyon start-up 'Vendalio' (headline, lead, 'Vendalio avait d'abord réuni', "
                      "'présidente de Vendalio', inside the investor's marked words, 'Vendalio a racheté', 'opérations "
                      "de Vendalio': seven mentions) and its coined Bordeaux target 'Pharmadock' (headline after 'le "
                      "bordelais', body) are ORG; the coined London lead fund 'Brightwater Ventures' (twice), "
                      "'Bpifrance', the coined historical investor 'Ardoise Capital' (twice, once after the elided "
                      "'d'') and 'Kima Ventures' are ORG; the professional body 'Ordre national des pharmaciens' (after "
                      "'l'', one ORG) is ORG; 'France', 'Espagne', 'Europe' (inside the founder's marked words) and "
                      "'Madrid' (inside the company's reported clause) are LOC; the journalist, the cofounder, the "
                      "technical director, the fund partner and the target's founder (also 'M. Roux', span the surname, "
                      "canonical the full name) are PER (all invented). Not names: 'Lecture' (the reading-time label), "
                      "'M€', 'série B', 'série A', 'La start-up', 'la jeune pousse', 'Les trois cofondateurs', "
                      "'l'entreprise', 'Le directeur technique', 'le conseil d'administration', 'Son fondateur'; "
                      "'lyonnaise', 'londonien', 'bordelais', 'bordelaise', 'européen', 'français' are adjectives or a "
                      "firm by its adjective.")
    a["notes"].append("Quotes (10 required: 4 direct, 6 indirect): the company by name with a relative clause between "
                      "subject and cue ('La start-up lyonnaise Vendalio, qui ..., annonce ce mercredi avoir bouclé ...': "
                      "*new* a present-tense 'annonce' with the infinitive; span from the infinitive to the full stop); "
                      "an unnamed source, inverted ('L'opération valorise ..., selon une source proche du dossier': "
                      "speaker the noun phrase without its article, canonical and label null); the cofounder ('« ... », "
                      "explique X, cofondatrice et présidente de Vendalio': two sentences in one pair of marks, one "
                      "quote) then 'Elle précise que <clause>' (the clause with its own apposition); the technical "
                      "director ('Le directeur technique, X, a indiqué que <clause>'); the lead investor ('« ... », "
                      "souligne X, associée chez Brightwater Ventures, qui ...') then 'Selon elle, <clause>'; the "
                      "target's founder ('« ... », a confié M. Roux'); *new*: the company through a pronoun in an "
                      "inverted cue after an unmarked clause ('La start-up prévoit de recruter ..., a-t-elle indiqué "
                      "dans un communiqué': speaker 'elle', canonical Vendalio, ORG, as 'a-t-elle fait savoir' for a "
                      "company in the second set; the clause from 'La start-up' to the comma); an unnamed spokesman of "
                      "a professional body whose clause is partly marked ('Un porte-parole de l'Ordre national des "
                      "pharmaciens a estimé que ces outils « ... »': one direct quote for the marked words only, as "
                      "'a jugé que le livre « ... »' in the eighth set; speaker the noun phrase without its article, "
                      "canonical and label null, gender male). Not quotes: 'Le tour est mené par ...', 'Les trois "
                      "cofondateurs conservent ...', 'Elle compte ...', 'devient directeur des opérations', the headline.")
    a["notes"].append("Events: funding: the series B (headline 'lève 38 M€', lead 'annonce ce mercredi avoir bouclé une "
                      "série B de 38 millions d'euros. Le tour est mené par le fonds londonien X, avec Y et les "
                      "investisseurs historiques Z et W. L'opération valorise la jeune pousse autour de 210 millions "
                      "d'euros'): one funding event, trigger 'bouclé', round 'série B', the four investors of the next "
                      "sentence (referred back by 'Le tour'), the valuation ('autour de' outside; no separate "
                      "valuation event), date 'ce mercredi'; the earlier rounds in one sentence with one verb ('avait "
                      "d'abord réuni 350 000 euros en amorçage, puis 9 M€ en série A en 2035 auprès de X'): two funding "
                      "events, the seed (trigger 'réuni', round 'amorçage', no investor; its date optional: 'Créée en "
                      "2033' dates the company, not the seed) and *new* the series A sharing the verb (trigger 'série "
                      "A', as in the twenty-third set, round 'série A', investor and year). Result: 'l'entreprise ... "
                      "a réalisé en 2037 un chiffre d'affaires de 14,2 millions d'euros, en hausse de 85 %' (inside the "
                      "cofounder's reported clause, company Vendalio through 'l'entreprise'). Acquisition: 'Vendalio a "
                      "racheté fin décembre Pharmadock, ..., pour 4,5 M€ en numéraire et en actions': done, date 'fin "
                      "décembre' (the headline's 's'offre' is the same purchase). Roles: 'X, cofondatrice et présidente "
                      "de Vendalio' (two joined titles as written, organization required), 'Le directeur technique, X' "
                      "(organization optional: the company of the article), 'X, associée chez Brightwater Ventures' "
                      "(organization required), 'Son fondateur, X' ('Son' is Pharmadock of the sentence before: "
                      "organization optional) and 'X ... devient directeur des opérations de Vendalio' (the new post, "
                      "organization required). Not events: the founders' holding '34 %', the board seat ('qui entre au "
                      "conseil d'administration', no title), the market's size and growth, the hiring plan, the "
                      "customer count.")
    a["notes"].append("Money: the headline's '38 M€' (a no-break space before the symbol inside the span) and the body's "
                      "'38 millions d'euros', two items; the valuation '210 millions d'euros', the seed '350 000 euros' "
                      "(a no-break space as thousands separator), the series A '9 M€', the waste per pharmacy '12 000 "
                      "euros' (inside the marked words, 'par an' outside), the revenue '14,2 millions d'euros', the "
                      "market '1,2 milliard d'euros', the purchase '4,5 M€'. '2 400 officines', '10 000 officines', "
                      "'douze salariés', '120 personnes', '40' are counts. Percentages: the holding '34 %', the revenue "
                      "rise '85 %', the market's growth range 'de 12 à 15 %' (span '12 à 15 %', value 12, as '5 à 7 %' "
                      "in the sixteenth set).")
    a["notes"].append("Dates: the byline line's '20 janvier 2038' 2038-01-20; 'ce mercredi' (the demonstrative kept) the "
                      "publication day 2038-01-20; 'Créée en 2033' and 'en 2035' the years; 'd'ici à 2040' (inside the "
                      "cofounder's marked words) the year; 'depuis l'été dernier' (span 'été dernier', inside her "
                      "reported clause) 2037-SU; 'en 2037' the year; 'en trois ans' (inside the investor's marked "
                      "words) P3Y (span 'trois ans'); 'fin décembre' (past: 'a racheté', in a January article) 2037-12 "
                      "with mod END; 'cette année' 2038. Optional: *new*: the reading time 'Lecture 4 min' (span '4 "
                      "min', DURATION PT4M: a length of reading, not a date of the story) and the rates 'par an' twice "
                      "(SET P1Y).")
    M(a, f"38{NB}M€", 38e6, "EUR")
    M(a, "38 millions d'euros", 38e6, "EUR")
    M(a, "210 millions d'euros", 210e6, "EUR")
    M(a, f"350{NB}000 euros", 350000, "EUR")
    M(a, f"9{NB}M€", 9e6, "EUR")
    M(a, f"12{NB}000 euros", 12000, "EUR")
    M(a, "14,2 millions d'euros", 14.2e6, "EUR")
    M(a, "1,2 milliard d'euros", 1.2e9, "EUR")
    M(a, f"4,5{NB}M€", 4.5e6, "EUR")
    P(a, f"34{NB}%", 34)
    P(a, f"85{NB}%", 85)
    P(a, f"12 à 15{NB}%", 12)
    D(a, "20 janvier 2038", "2038-01-20", note="the byline line")
    D(a, "4 min", "PT4M", typ="DURATION", opt=True, note="*new*: the reading time of the byline line ('Lecture 4 min')")
    D(a, "ce mercredi", "2038-01-20", note="'annonce ce mercredi': the Wednesday of publication, the demonstrative inside the span")
    D(a, "2033", "2033", note="'Créée en 2033'")
    D(a, "2035", "2035", note="'9 M€ en série A en 2035'")
    D(a, "par an", "P1Y", typ="SET", nth=0, opt=True, note="a rate ('12 000 euros de produits périmés par an')")
    D(a, "2040", "2040", note="'d'ici à 2040', inside the cofounder's marked words")
    D(a, "été dernier", "2037-SU", note="'rentable depuis l'été dernier': the summer before the January article")
    D(a, "2037", "2037", note="'a réalisé en 2037 un chiffre d'affaires'")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'en trois ans', inside the investor's marked words")
    D(a, "par an", "P1Y", typ="SET", nth=1, opt=True, note="a rate ('croît de 12 à 15 % par an')")
    D(a, "fin décembre", "2037-12", mod="END", note="past: 'a racheté fin décembre', the December before the January article")
    D(a, "cette année", "2038", note="'prévoit de recruter 120 personnes cette année'")
    Q(a, "annonce ce mercredi [avoir bouclé une série B de 38 millions d'euros].", "indirect", "annonce",
      (f"lyonnaise [{VD}], qui", VD, ORG),
      note="*new*: a present-tense 'annonce ... avoir bouclé': the span starts at the infinitive; the company by name, a "
           "relative clause between subject and cue")
    Q(a, "[L'opération valorise la jeune pousse autour de 210 millions d'euros], selon", "indirect",
      "[selon] une source", ("une [source proche du dossier].", None, None),
      note="inverted 'selon' with an unnamed source: a noun-phrase speaker without its article, canonical and label null")
    Q(a, f"{O}[Une pharmacie jette en moyenne 12{NB}000 euros de produits périmés par an. Nous voulons équiper 10{NB}000 officines en Europe d'ici à 2040]{C}",
      "direct", "explique", (CF, CF, PER), gender="female",
      note="two sentences in one pair of marks; the name after the cue, 'cofondatrice et présidente' in apposition")
    Q(a, f"précise que [l'entreprise, rentable depuis l'été dernier, a réalisé en 2037 un chiffre d'affaires de 14,2 millions d'euros, en hausse de 85{NB}%].",
      "indirect", "précise", ("[Elle] précise", CF, PER), gender="female",
      note="'Elle' is the cofounder of the sentence before; a present-tense cue")
    Q(a, "indiqué que [la moitié des fonds irait à la recherche en intelligence artificielle].", "indirect", "a indiqué",
      (HM, HM, PER), gender="male", note="'Le directeur technique, X, a indiqué que <clause>'")
    Q(a, f"{O}[{VD} a imposé en trois ans son logiciel comme le standard du marché français]{C}", "direct", "souligne",
      (EC, EC, PER), gender="female", note="the name after the cue, 'associée' in apposition shows the gender")
    Q(a, f"Selon elle, [le marché européen des logiciels pour officines pèse 1,2 milliard d'euros et croît de 12 à 15{NB}% par an].",
      "indirect", "[Selon] elle,", ("Selon [elle],", EC, PER), gender="female", note="a pronoun after 'Selon': the investor")
    Q(a, f"{O}[Nous cherchions un partenaire plutôt qu'un acheteur]{C}", "direct", "a confié", ("M. [Roux]", JR, PER),
      gender="male", note="the surname after 'M.', the target's founder named in the sentence before")
    Q(a, "[La start-up prévoit de recruter 120 personnes cette année, dont 40 à Madrid], a-t-elle", "indirect",
      "a-t-elle indiqué", ("a-t-[elle] indiqué", VD, ORG),
      note="*new*: an unmarked clause before an inverted cue whose pronoun stands for the company ('La start-up'), its "
           "communiqué the medium")
    Q(a, f"{O}[doivent rester sous le contrôle du pharmacien]{C}", "direct", "a estimé",
      (f"Un [porte-parole de l'{ONP}] a estimé", None, None), gender="male",
      note="'a estimé que ces outils « ... »': a clause partly marked, one direct quote for the marked words; an unnamed "
           "spokesman (canonical and label null)")
    V(a, "funding", "bouclé", {"company": f"lyonnaise [{VD}], qui", "amount": "38 millions d'euros", "round": "série B",
                               "investors": [BV, "Bpifrance", AC, KV], "valuation": "210 millions d'euros",
                               "date": "ce mercredi"},
      note="the headline's 'lève 38 M€' states the same round; investors and valuation from the next two sentences")
    V(a, "funding", "réuni", {"company": f"pharmaciens, [{VD}] avait", "amount": f"350{NB}000 euros", "round": "amorçage",
                              "date": ("opt", "2033")},
      note="'avait d'abord réuni 350 000 euros en amorçage': the seed; 'Créée en 2033' dates the company")
    V(a, "funding", "en [série A] en", {"company": f"pharmaciens, [{VD}] avait", "amount": f"9{NB}M€", "round": "série A",
                                        "investors": [AC], "date": "2035"},
      note="*new*: a second round sharing the verb of the first ('puis 9 M€ en série A en 2035 auprès de X')")
    V(a, "result", "chiffre d'affaires", {"company": f"pharmaciens, [{VD}] avait", "metric": "revenue",
                                          "amount": "14,2 millions d'euros", "change": f"85{NB}%", "period": "2037"},
      note="'l'entreprise ... a réalisé en 2037 un chiffre d'affaires de ..., en hausse de 85 %', inside the cofounder's "
           "reported clause")
    V(a, "role", "cofondatrice et présidente", {"person": CF, "title": "cofondatrice et présidente",
                                                "organization": f"présidente de [{VD}]. Elle"},
      note="'X, cofondatrice et présidente de Vendalio': two joined titles, as written")
    V(a, "role", "directeur technique", {"person": HM, "title": "directeur technique",
                                         "organization": ("opt", f"présidente de [{VD}]. Elle")},
      note="'Le directeur technique, X': the company of the article")
    V(a, "role", "associée", {"person": EC, "title": "associée", "organization": f"chez [{BV}], qui"},
      note="'X, associée chez Brightwater Ventures'")
    V(a, "acquisition", "racheté", {"target": f"décembre [{PD}], une", "buyer": f"foulée, [{VD}] a racheté",
                                    "amount": f"4,5{NB}M€", "date": "fin décembre", "status": "done"},
      note="'Vendalio a racheté fin décembre Pharmadock, ..., pour 4,5 M€ en numéraire et en actions': done; the "
           "headline's 's'offre' is the same purchase")
    V(a, "role", "Son [fondateur]", {"person": JR, "title": "fondateur", "organization": ("opt", f"décembre [{PD}], une")},
      note="'Son fondateur, X': 'Son' is Pharmadock, the target of the sentence before")
    V(a, "role", "directeur des opérations", {"person": JR, "title": "directeur des opérations",
                                              "organization": f"opérations de [{VD}]. «"},
      note="'X, devient directeur des opérations de Vendalio': the new post")


def define_b3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (agency style)
    TEF = "tribunal de l'entreprise francophone de Bruxelles"
    HC, DN, EI, AL, FD = "Hectorine", "Distrinor", "Escaut Invest", "Anne Lejeune", "Franck Delattre"
    KB, AV, SC, SH = "Karim Benali", "Alain Vanderlinden", "Sophie Claes", "Schoenhuis"
    MIN = "ministre bruxellois de l'Économie et de l'Emploi"
    # ------------------------------------------------------------ B3: a Brussels court lets a French retailer take over a bankrupt shoe chain; the liquidator, the buyer, unions, a minister, the former CEO (Belga dispatch)
    a = B.article("B3-tribunal-reprise-chaussures-bruxelles", "2038-02-11", (
        f"BRUXELLES, 11 février 2038 (Belga) - Le {TEF} a autorisé jeudi la "
        f"reprise de la chaîne de magasins de chaussures {HC}, en réorganisation judiciaire depuis octobre, par le groupe "
        f"français {DN} pour 27 millions d'euros. Le repreneur conservera 48 des 63 magasins et 410 des 560 salariés ; "
        "le transfert sera effectif le 1er mars.\n\n"
        f"Dans son jugement, le tribunal a estimé que l'offre de {DN} était {O}la seule à garantir la continuité de "
        f"l'activité{C}. L'offre concurrente du fonds flamand {EI}, qui ne reprenait que 30 magasins, a été écartée.\n\n"
        f"Le mandataire de justice, Me {AL}, a déclaré que le prix de cession permettrait de rembourser l'ensemble "
        f"des dettes sociales et fiscales de l'enseigne. {HC}, qui détient près de 9 % du marché belge de la chaussure, "
        "avait accusé en 2036 une perte nette de 8,3 millions d'euros, pour un chiffre d'affaires de 96 millions d'euros, "
        "en baisse de 18 % en deux ans.\n\n"
        f"{O}{HC} est une marque aimée du public, nous allons la moderniser sans la dénaturer{C}, a déclaré le PDG de "
        f"{DN}, {FD}, à la sortie de l'audience. Il a promis que les magasins repris garderaient leur "
        "enseigne. Le groupe nordiste, qui a réalisé en 2037 un chiffre d'affaires de 1,9 milliard d'euros, en hausse de "
        "7,5 %, vise 100 magasins en Belgique d'ici à 2041, a précisé le distributeur dans un communiqué. Coté à Paris, il "
        "est valorisé 1,1 milliard d'euros.\n\n"
        f"{O}Cent cinquante familles restent sur le carreau{C}, a dénoncé {KB}, permanent de la CNE. Selon lui, la "
        f"direction d'{HC} a trop tardé à demander la protection du tribunal. Le SETCa a indiqué qu'il étudiait un "
        f"recours contre le jugement. {O}On nous a sauvés, mais pas tous{C}, a confié une vendeuse du magasin d'Ixelles, "
        "employée depuis vingt ans.\n\n"
        f"Le {MIN}, {AV}, a estimé que la région devait financer la "
        f"reconversion des salariés licenciés. L'ancienne administratrice déléguée d'{HC}, {SC}, qui a dirigé "
        f"l'entreprise familiale pendant quinze ans, s'est dite {O}soulagée pour la marque{C}. Selon L'Echo, {DN} "
        f"envisagerait aussi de racheter la chaîne flamande {SH}. Un éventuel appel serait examiné en avril, selon une "
        "source judiciaire."))
    for s, l, c, o in [("BRUXELLES", LOC, None, False), ("Belga", ORG, None, False), (TEF, ORG, None, False),
                       (HC, ORG, None, False), (DN, ORG, None, False), (EI, ORG, None, False), (AL, PER, None, False),
                       (FD, PER, None, False), ("Belgique", LOC, None, False), ("Paris", LOC, None, False),
                       (KB, PER, None, False), ("CNE", ORG, None, False), ("SETCa", ORG, None, False),
                       ("Ixelles", LOC, None, False), (AV, PER, None, False), (SC, PER, None, False),
                       ("L'Echo", ORG, None, False), (SH, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (Belga, in French) copied as plain text: no headline, a Belga dateline with the "
                      "full date ('BRUXELLES, 11 février 2038 (Belga) - '), as the tenth set's Belga dateline with the "
                      "year written. The reference date is the dateline day (Thursday 11 February 2038), the day of the "
                      "ruling ('a autorisé jeudi'). Straight apostrophes; ordinary spaces before '%', inside the "
                      "guillemets and before the semicolon (agency copy).")
    a["notes"].append("Entities: the court 'tribunal de l'entreprise francophone de Bruxelles' (lower case as the press "
                      "writes it: one ORG with its common nouns, no separate 'Bruxelles', as 'tribunal correctionnel de "
                      "Périgueux' in the twenty-fourth set; then 'le tribunal' twice, no name), the coined shoe chain "
                      "'Hectorine' (five mentions, once inside the buyer's marked words, twice after the elided 'd''), "
                      "the coined French retailer 'Distrinor' (four mentions), the coined Flemish fund 'Escaut Invest' "
                      "(a river's name inside, one ORG) and the coined Flemish chain 'Schoenhuis' are ORG; the agency "
                      "'Belga', the unions 'CNE' and 'SETCa' (never spelled out) and the paper 'L'Echo' (its article "
                      "part of the name, span 'L'Echo', as 'Les Echos' in the contract) are ORG; the dateline "
                      "'BRUXELLES' keeps its case and is LOC; 'Belgique' (inside the company's reported clause), "
                      "'Paris' ('Coté à Paris') and 'Ixelles' ('du magasin d'Ixelles') are LOC; the liquidator after "
                      "'Me' (span the name), the buyer's CEO, the union official, the minister and the former CEO are "
                      "PER (all invented). Not names: 'le tribunal', 'Le repreneur', 'Le mandataire de justice', "
                      "'l'enseigne', 'Le groupe nordiste', 'le distributeur', 'la direction', 'une vendeuse', 'la "
                      "région' (lower case), 'Économie' and 'Emploi' inside the minister's title, 'une source "
                      "judiciaire'; 'français', 'flamand', 'flamande', 'belge', 'nordiste', 'bruxellois' are "
                      "adjectives.")
    a["notes"].append("Quotes (13 required: 5 direct, 8 indirect): *new*: the court through a clause partly marked "
                      "('Dans son jugement, le tribunal a estimé que l'offre de Distrinor était « ... »': one direct "
                      "quote for the marked words only; speaker 'tribunal', canonical the court named in the lead, ORG, "
                      "as 'le tribunal a estimé' in the third set); the liquidator ('Le mandataire de justice, Me X, a "
                      "déclaré que <clause>': the name after 'Me' in apposition); the buyer's CEO ('« ... », a déclaré "
                      "le PDG de Distrinor, X, ...') then *new* 'Il a promis que <clause>' (a promise with a reported "
                      "clause); the company through a noun phrase after an unmarked clause ('Le groupe nordiste, qui a "
                      "réalisé ..., vise 100 magasins en Belgique d'ici à 2041, a précisé le distributeur dans un "
                      "communiqué': speaker 'distributeur', canonical Distrinor, ORG; the clause from 'Le groupe "
                      "nordiste' to the comma); the union official ('« ... », a dénoncé X, permanent de la CNE') then "
                      "'Selon lui, <clause>'; a union by name ('Le SETCa a indiqué qu'il étudiait ...': span after the "
                      "elided 'qu'', speaker the ORG); an unnamed saleswoman ('« ... », a confié une vendeuse du magasin "
                      "d'Ixelles, employée depuis vingt ans': speaker the noun phrase without its article, canonical and "
                      "label null, gender female); the minister ('Le ministre bruxellois de ..., X, a estimé que "
                      "<clause>'); the former CEO's marked words after a pronominal cue ('X, qui a dirigé ..., s'est "
                      "dite « ... »', as 's'est dit « ... »' in the twenty-eighth set); a paper ('Selon L'Echo, "
                      "<clause>'); an unnamed judicial source, inverted ('<clause>, selon une source judiciaire': "
                      "speaker the noun phrase without its article, canonical and label null). Not quotes: 'a autorisé "
                      "jeudi la reprise ...' (a ruling with a noun-phrase object), 'Le repreneur conservera ...', "
                      "'L'offre concurrente ... a été écartée', 'Coté à Paris, il est valorisé ...'.")
    a["notes"].append("Events: acquisitions: the takeover authorised by the court ('a autorisé jeudi la reprise de la "
                      "chaîne ... Hectorine, ..., par le groupe français Distrinor pour 27 millions d'euros. ... le "
                      "transfert sera effectif le 1er mars'): one acquisition, trigger 'reprise', target Hectorine, "
                      "buyer Distrinor, amount, date 'jeudi' (the ruling; the transfer date is no argument, as a closing "
                      "date in the twenty-eighth set), status announced (authorised, not yet carried out, as a signed "
                      "agreement awaiting its closing); the rejected rival offer ('L'offre concurrente du fonds flamand "
                      "Escaut Invest, qui ne reprenait que 30 magasins, a été écartée') is an optional acquisition "
                      "(target Hectorine, buyer the fund; whether a rejected offer is still an event, and with which "
                      "status, the contract leaves open); a rumoured purchase reported by a paper ('Selon L'Echo, "
                      "Distrinor envisagerait aussi de racheter la chaîne flamande Schoenhuis'): planned, no date. "
                      "Results: the chain's 2036 net loss ('avait accusé en 2036 une perte nette de 8,3 millions "
                      "d'euros': metric loss, period required) and revenue ('pour un chiffre d'affaires de 96 millions "
                      "d'euros, en baisse de 18 % en deux ans': the period written once for the sentence, optional; the "
                      "change over two years optional: not a year-on-year change); the buyer's 2037 revenue inside the "
                      "company's reported clause ('Le groupe nordiste, qui a réalisé en 2037 un chiffre d'affaires de "
                      "1,9 milliard d'euros, en hausse de 7,5 %', company Distrinor through 'Le groupe nordiste'). "
                      "Valuation: 'Coté à Paris, il est valorisé 1,1 milliard d'euros' (its market value; 'il' is "
                      "Distrinor; no date). Roles: *new*: 'Le mandataire de justice, Me X' (the court-appointed "
                      "liquidator, title as written, no organization, as 'Le procureur, X' in the twenty-fourth set), "
                      "'le PDG de Distrinor, X' and 'X, permanent de la CNE' (organization required), 'Le ministre "
                      "bruxellois de l'Économie et de l'Emploi, X' (title with its adjective, no organization), "
                      "'L'ancienne administratrice déléguée d'Hectorine, X' (the Belgian CEO title, a former post, "
                      "title without 'ancienne', organization required). Not events: the stores and jobs kept, the "
                      "market share '9 %', the store target, the appeal, 'a dirigé l'entreprise familiale pendant "
                      "quinze ans' (no title: the role above carries it).")
    a["notes"].append("Money: the price '27 millions d'euros', the chain's loss '8,3 millions d'euros' and revenue '96 "
                      "millions d'euros', the buyer's revenue '1,9 milliard d'euros' and market value '1,1 milliard "
                      "d'euros'. '48 des 63 magasins', '410 des 560 salariés', '30 magasins', '100 magasins' and 'Cent "
                      "cinquante familles' are counts. Percentages: the market share '9 %' ('près de' outside), the "
                      "revenue's fall '18 %', the buyer's rise '7,5 %'.")
    a["notes"].append("Dates: the dateline '11 février 2038' 2038-02-11; 'jeudi' (the ruling) the dateline day; 'depuis "
                      "octobre' (past) 2037-10; 'le 1er mars' (future) 2038-03-01 (span '1er mars'); 'en 2036' and 'en "
                      "2037' the years; 'en deux ans' P2Y (span 'deux ans'); 'd'ici à 2041' (inside the company's "
                      "reported clause) the year; 'depuis vingt ans' P20Y and 'pendant quinze ans' P15Y (durations, "
                      "spans without the preposition); 'en avril' (future: 'serait examiné', inside the source's "
                      "clause) 2038-04.")
    M(a, "27 millions d'euros", 27e6, "EUR")
    M(a, "8,3 millions d'euros", 8.3e6, "EUR")
    M(a, "96 millions d'euros", 96e6, "EUR")
    M(a, "1,9 milliard d'euros", 1.9e9, "EUR")
    M(a, "1,1 milliard d'euros", 1.1e9, "EUR")
    P(a, "9 %", 9)
    P(a, "18 %", 18)
    P(a, "7,5 %", 7.5)
    D(a, "11 février 2038", "2038-02-11", note="the Belga dateline")
    D(a, "jeudi", "2038-02-11", note="'a autorisé jeudi': the dateline day")
    D(a, "octobre", "2037-10", note="past: 'en réorganisation judiciaire depuis octobre'")
    D(a, "1er mars", "2038-03-01", note="future: 'le transfert sera effectif le 1er mars'")
    D(a, "2036", "2036", note="'avait accusé en 2036 une perte nette'")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'en baisse de 18 % en deux ans'")
    D(a, "2037", "2037", note="'qui a réalisé en 2037 un chiffre d'affaires', inside the company's reported clause")
    D(a, "2041", "2041", note="'d'ici à 2041', inside the company's reported clause")
    D(a, "vingt ans", "P20Y", typ="DURATION", note="'employée depuis vingt ans'")
    D(a, "quinze ans", "P15Y", typ="DURATION", note="'qui a dirigé l'entreprise familiale pendant quinze ans'")
    D(a, "avril", "2038-04", note="future: 'Un éventuel appel serait examiné en avril'")
    Q(a, f"{O}[la seule à garantir la continuité de l'activité]{C}", "direct", "[a estimé] que l'offre",
      ("le [tribunal] a estimé", TEF, ORG),
      note="*new*: 'le tribunal a estimé que l'offre de X était « ... »': a clause partly marked, one direct quote for "
           "the marked words; the court named in the lead")
    Q(a, "déclaré que [le prix de cession permettrait de rembourser l'ensemble des dettes sociales et fiscales de l'enseigne].",
      "indirect", "[a déclaré] que le prix", (AL, AL, PER), gender="female",
      note="'Le mandataire de justice, Me X, a déclaré que <clause>': the name after 'Me' in apposition to the subject; "
           "the given name shows the gender")
    Q(a, f"{O}[{HC} est une marque aimée du public, nous allons la moderniser sans la dénaturer]{C}", "direct",
      "[a déclaré] le PDG", (FD, FD, PER), gender="male",
      note="the name in apposition to 'le PDG de Distrinor'")
    Q(a, "promis que [les magasins repris garderaient leur enseigne].", "indirect", "a promis", ("[Il] a promis", FD, PER),
      gender="male", note="*new*: 'Il a promis que <clause>'; 'Il' is the CEO of the sentence before")
    Q(a, "[Le groupe nordiste, qui a réalisé en 2037 un chiffre d'affaires de 1,9 milliard d'euros, en hausse de 7,5 %, vise 100 magasins en Belgique d'ici à 2041], a précisé",
      "indirect", "a précisé", ("a précisé le [distributeur] dans", DN, ORG),
      note="an unmarked clause before an inverted cue; the company through a noun phrase, its communiqué the medium")
    Q(a, f"{O}[Cent cinquante familles restent sur le carreau]{C}", "direct", "a dénoncé", (KB, KB, PER), gender="male",
      note="the name after the cue, 'permanent de la CNE' in apposition; the given name shows the gender")
    Q(a, f"Selon lui, [la direction d'{HC} a trop tardé à demander la protection du tribunal].", "indirect",
      "[Selon] lui", ("Selon [lui]", KB, PER), gender="male", note="a pronoun after 'Selon': the union official")
    Q(a, "indiqué qu'[il étudiait un recours contre le jugement].", "indirect", "a indiqué", ("Le [SETCa] a indiqué", "SETCa", ORG),
      note="a union by name; the span after the elided 'qu''")
    Q(a, f"{O}[On nous a sauvés, mais pas tous]{C}", "direct", "a confié",
      ("une [vendeuse du magasin d'Ixelles], employée", None, None), gender="female",
      note="an unnamed saleswoman: a noun-phrase speaker without its article, canonical and label null; 'une' and "
           "'employée' show the gender")
    Q(a, "estimé que [la région devait financer la reconversion des salariés licenciés].", "indirect",
      "[a estimé] que la région", (AV, AV, PER), gender="male",
      note="'Le ministre bruxellois de ..., X, a estimé que <clause>'")
    Q(a, f"{O}[soulagée pour la marque]{C}", "direct", "s'est dite", (SC, SC, PER), gender="female",
      note="marked words after a pronominal cue ('s'est dite « ... »'); the former CEO named at the head of the sentence")
    Q(a, f"Selon L'Echo, [{DN} envisagerait aussi de racheter la chaîne flamande {SH}].", "indirect", "[Selon] L'Echo",
      ("L'Echo", "L'Echo", ORG), note="'Selon <paper>, <clause>'")
    Q(a, "[Un éventuel appel serait examiné en avril], selon", "indirect", "[selon] une source",
      ("une [source judiciaire].", None, None),
      note="inverted 'selon' with an unnamed source: a noun-phrase speaker without its article, canonical and label null")
    V(a, "acquisition", "reprise", {"target": f"chaussures [{HC}], en", "buyer": f"français [{DN}] pour",
                                    "amount": "27 millions d'euros", "date": "jeudi", "status": "announced"}, nth=0,
      note="'Le tribunal ... a autorisé jeudi la reprise de ... Hectorine ... par le groupe français Distrinor pour 27 "
           "millions d'euros': authorised, the transfer effective on 1 March: announced")
    V(a, "acquisition", "offre concurrente", {"target": f"chaussures [{HC}], en", "buyer": EI}, optional=True,
      note="the rejected rival offer: optional (the contract does not say whether, and with which status, a rejected "
           "offer is an event)")
    V(a, "role", "mandataire de justice", {"person": AL, "title": "mandataire de justice"},
      note="*new*: 'Le mandataire de justice, Me X': a court-appointed office, no organization")
    V(a, "result", "perte nette", {"company": f"l'enseigne. [{HC}], qui", "metric": "loss",
                                   "amount": "8,3 millions d'euros", "period": "2036"},
      note="'Hectorine ... avait accusé en 2036 une perte nette de 8,3 millions d'euros'")
    V(a, "result", "chiffre d'affaires", {"company": f"l'enseigne. [{HC}], qui", "metric": "revenue",
                                          "amount": "96 millions d'euros", "change": ("opt", "18 %"),
                                          "period": ("opt", "2036")}, nth=0,
      note="'pour un chiffre d'affaires de 96 millions d'euros, en baisse de 18 % en deux ans': the year written once "
           "for the sentence; the change over two years optional")
    V(a, "role", "PDG", {"person": FD, "title": "PDG", "organization": f"PDG de [{DN}], {FD}"},
      note="'le PDG de Distrinor, X'")
    V(a, "result", "chiffre d'affaires", {"company": f"PDG de [{DN}], {FD}", "metric": "revenue",
                                          "amount": "1,9 milliard d'euros", "change": "7,5 %", "period": "2037"}, nth=1,
      note="'Le groupe nordiste, qui a réalisé en 2037 un chiffre d'affaires de ..., en hausse de 7,5 %': inside the "
           "company's reported clause; 'Le groupe nordiste' is Distrinor")
    V(a, "valuation", "valorisé", {"company": f"PDG de [{DN}], {FD}", "amount": "1,1 milliard d'euros"},
      note="'Coté à Paris, il est valorisé 1,1 milliard d'euros': 'il' is Distrinor; no date given")
    V(a, "role", "permanent", {"person": KB, "title": "permanent", "organization": "CNE"},
      note="'X, permanent de la CNE': a union official")
    V(a, "role", MIN, {"person": AV, "title": MIN},
      note="'Le ministre bruxellois de l'Économie et de l'Emploi, X': title with its adjective, no organization")
    V(a, "role", "administratrice déléguée", {"person": SC, "title": "administratrice déléguée",
                                              "organization": f"déléguée d'[{HC}], {SC}"},
      note="'L'ancienne administratrice déléguée d'Hectorine, X': a former post, title without 'ancienne'")
    V(a, "acquisition", "racheter", {"target": SH, "buyer": f"L'Echo, [{DN}] envisagerait", "status": "planned"},
      note="'Selon L'Echo, Distrinor envisagerait aussi de racheter la chaîne flamande X': a rumour reported by a paper, "
           "planned, no date")
