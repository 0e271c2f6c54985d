"""The three articles of the twenty-eighth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind28`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, inside the guillemets, before M$ / G$ / $ and ';' in W2)
NN = "\u202f"    # narrow no-break space (before % and M€, in '850 000 euros' in X2)
AP = "\u2019"    # typographic apostrophe (every apostrophe of X2)
EM = "\u2014"    # em dash (the interview turns of Y2)


def define(B):
    define_w2(B)
    define_x2(B)
    define_y2(B)


def define_w2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    LA, AQ, CSL, PM, NBe, JC = "Laurentis", "Aqualys", "Capital Saint-Laurent", "Philippe Morissette", "Nadia Bergeron", "Julie Castonguay"
    JTR, CIBC, FBN, VMD, BC = "Julien Tremblay-Roy", "Marchés mondiaux CIBC", "Financière Banque Nationale", "Valeurs mobilières Desjardins", "Bureau de la concurrence"
    # ------------------------------------------------------------ W2: a Montréal engineering group buys a Sherbrooke water-treatment maker, an earlier and a rumoured purchase, quarterly figures (Québec business site, web)
    a = B.article("W2-acquisition-traitement-eaux-quebec", "2037-09-22", (
        f"{LA} met la main sur {AQ} pour 1,15{NB}G$\n"
        "Par Marie-Ève Gagnon\n"
        "Mis en ligne le 22 septembre 2037 à 7 h 30\n\n"
        f"La firme d'ingénierie montréalaise {LA} a annoncé lundi avoir signé une entente définitive en vue "
        f"d'acquérir {AQ}, un fabricant sherbrookois de systèmes de traitement des eaux, pour 1,15 milliard de dollars, "
        f"dette comprise. {LA} rachète la totalité des actions auprès du fonds {CSL}, qui en détenait "
        f"70{NB}%, et des fondateurs. La clôture de la transaction est prévue le 15 janvier 2038, sous réserve de "
        f"l'approbation du {BC}. {LA} est conseillée par {FBN} et le cabinet Fasken{NB}; {AQ}, par {VMD}.\n\n"
        f"{O}Avec {AQ}, nous devenons un acteur incontournable de l'eau potable en Amérique du Nord{C}, a déclaré le "
        f"président et chef de la direction de {LA}, {PM}, lors d'une conférence téléphonique avec les analystes. "
        f"Il a ajouté que le groupe comptait doubler les ventes d'{AQ} aux États-Unis d'ici 2040.\n\n"
        f"La présidente et cheffe de la direction d'{AQ}, {NBe}, restera en poste et dirigera les activités liées à "
        f"l'eau du groupe. {O}Nos 420 employés de Sherbrooke gardent leur emploi, et notre usine va grandir{C}, a "
        f"affirmé Mme Bergeron. Un porte-parole de {CSL} a indiqué que le fonds réinvestirait une partie du produit "
        f"de la vente dans des PME québécoises. Le syndicat des employés d'{AQ}, affilié à la CSN, s'est dit "
        f"{O}prudemment optimiste{C}.\n\n"
        f"La cheffe de la direction financière de {LA}, {JC}, a précisé que l'achat serait financé par la trésorerie "
        f"et une nouvelle facilité de crédit de 700{NB}M$. Au deuxième trimestre, les revenus du groupe ont progressé "
        f"de 7,4{NB}%, à 612,3{NB}M$, et son bénéfice net a atteint 41,8{NB}M$. Les prévisions annuelles sont "
        "maintenues, a indiqué le groupe dans un communiqué.\n\n"
        f"Il s'agit de la troisième acquisition de {LA} depuis 2035, après celle de l'ontarien Pureflow, acheté "
        f"240{NB}M$ l'an dernier. D'après le Globe and Mail, le groupe serait aussi en discussions pour racheter le "
        "californien Clearbay.\n\n"
        f"Selon {JTR}, analyste chez {CIBC}, le prix, environ 15 fois le BAIIA d'{AQ}, reste raisonnable. "
        f"{O}{LA} achète une croissance qu'elle ne pourrait pas bâtir seule{C}, estime-t-il. À la Bourse de "
        f"Toronto, l'action a gagné 4,6{NB}% lundi, à 57,20{NB}$."))
    for s, l, c, o in [(CSL, ORG, None, False), (LA, ORG, None, False), (AQ, ORG, None, False),
                       ("Marie-Ève Gagnon", PER, None, False), (BC, ORG, None, False), (FBN, ORG, None, False),
                       ("Fasken", ORG, None, False), (VMD, ORG, None, False), ("Amérique du Nord", LOC, None, False),
                       (PM, PER, None, False), ("États-Unis", LOC, None, False), (NBe, PER, None, False),
                       ("Bergeron", PER, NBe, False), ("Sherbrooke", LOC, None, False), ("CSN", ORG, None, False),
                       (JC, PER, None, False), ("Pureflow", ORG, None, False), ("Globe and Mail", ORG, None, False),
                       ("Clearbay", ORG, None, False), (JTR, PER, None, False), (CIBC, ORG, None, False),
                       ("Bourse de Toronto", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Montréal business site copied as plain text: a headline line with the price in "
                      "Quebec billions ('pour 1,15 G$'), a byline ('Par Marie-Ève Gagnon') and *new* an online line "
                      "with the Quebec clock time spaced around 'h' ('Mis en ligne le 22 septembre 2037 à 7 h 30'), no "
                      "dateline. The reference date is that day (Tuesday 22 September 2037), the day after the "
                      "announcement ('a annoncé lundi'). Straight apostrophes; no-break spaces (U+00A0) before '%', "
                      "inside the guillemets, between the number and 'G$', 'M$' or '$' (Quebec typography) and before "
                      "the semicolon of the advisers' sentence.")
    a["notes"].append("Entities: the coined Montréal engineering group 'Laurentis' (headline, lead, 'Laurentis rachète', "
                      "'Laurentis est conseillée', three times after 'de', inside the analyst's marked words: eight mentions) "
                      "and its coined Sherbrooke target 'Aqualys' (also after the elided 'd'' and inside the CEO's "
                      "marked words) are ORG in every mention; the coined seller 'Capital Saint-Laurent' (after 'du "
                      "fonds', one ORG: no separate place inside), the regulator 'Bureau de la concurrence', the "
                      "advisers 'Financière Banque Nationale', 'Fasken' (after 'le cabinet') and 'Valeurs mobilières "
                      "Desjardins', the union 'CSN', the coined earlier target 'Pureflow' and rumoured target "
                      "'Clearbay' (after 'l'ontarien', 'le californien'), the paper 'Globe and Mail' (after 'le': the "
                      "paper's own English article 'The' is not written), the broker 'Marchés mondiaux CIBC' and the "
                      "market 'Bourse de Toronto' (no separate 'Toronto') are ORG; 'Amérique du Nord' (one LOC, inside "
                      "the CEO's marked words), 'États-Unis' and 'Sherbrooke' (inside the target CEO's marked words) "
                      "are LOC; the journalist, the buyer's CEO and CFO, the target's CEO (also 'Mme Bergeron', span "
                      "the surname, canonical the full name) and the analyst are PER (all invented). Not names: "
                      "'BAIIA' (a measure), 'PME', 'le groupe', 'le fonds', 'Le syndicat des employés d'Aqualys' (an "
                      "unnamed local union), 'l'action'; 'montréalaise', 'sherbrookois', 'québécoises', 'l'ontarien', "
                      "'le californien' are adjectives or firms by their adjectives.")
    a["notes"].append("Quotes (11 required: 4 direct, 7 indirect): the company by name ('La firme d'ingénierie "
                      "montréalaise Laurentis a annoncé lundi avoir signé ...': span from the infinitive to the full "
                      "stop); the buyer's CEO ('« ... », a déclaré le président et chef de la direction de Laurentis, "
                      "X, lors d'une conférence téléphonique ...': the name in apposition after two joined titles) then "
                      "'Il a ajouté que <clause>'; the target's CEO named in the sentence before, then by title and "
                      "surname ('« ... », a affirmé Mme Bergeron'); an unnamed spokesman of the seller ('Un "
                      "porte-parole de Capital Saint-Laurent a indiqué que <clause>': speaker the noun phrase without "
                      "its article, canonical and label null, as in the twenty-seventh set); *new*: an unnamed local "
                      "union through a marked adjective phrase after a pronominal cue ('Le syndicat des employés "
                      "d'Aqualys, affilié à la CSN, s'est dit « prudemment optimiste »': one direct quote, speaker the "
                      "noun phrase, canonical and label null: the union is not named, the CSN it is affiliated with is "
                      "not the speaker); the CFO ('La cheffe de la direction financière de Laurentis, X, a précisé que "
                      "<clause>'); the company through a noun phrase after an unmarked clause ('Les prévisions "
                      "annuelles sont maintenues, a indiqué le groupe dans un communiqué': speaker 'groupe', canonical "
                      "Laurentis, ORG); a paper ('D'après le Globe and Mail, <clause>', the conditional of a rumour "
                      "inside); the analyst ('Selon X, analyste chez Y, <clause>', the clause with its own apposition "
                      "'environ 15 fois le BAIIA d'Aqualys') then '« ... », estime-t-il'. Not quotes: 'Laurentis "
                      "rachète ...', 'La clôture de la transaction est prévue ...', 'Laurentis est conseillée par "
                      "...', 'restera en poste et dirigera ...', 'Il s'agit de la troisième acquisition ...', the "
                      "headline.")
    a["notes"].append("Events: acquisitions: the deal of the day (headline 'met la main sur Aqualys pour 1,15 G$', lead "
                      "'a annoncé lundi avoir signé une entente définitive en vue d'acquérir Aqualys, ..., pour 1,15 "
                      "milliard de dollars, dette comprise', then 'Laurentis rachète la totalité des actions auprès du "
                      "fonds Capital Saint-Laurent, qui en détenait 70 %, et des fondateurs'): one announced "
                      "acquisition (a definitive agreement signed, closing planned for 15 January 2038), trigger "
                      "'acquérir', target Aqualys, buyer Laurentis, seller the fund named in the next sentence (the "
                      "founders are not named), amount the body's CAD amount, date 'lundi'; no stake ('la totalité' "
                      "is no percentage; the fund's former '70 %' is a holding); the closing date is no argument. "
                      "*New*: an earlier purchase recalled in an apposition after 'celle de' ('après celle de "
                      "l'ontarien Pureflow, acheté 240 M$ l'an dernier'): done, target Pureflow, buyer Laurentis, "
                      "amount, date 'an dernier'; a rumoured purchase reported by a paper ('D'après le Globe and Mail, "
                      "le groupe serait aussi en discussions pour racheter le californien Clearbay'): planned, as the "
                      "contract's 'serait en discussions', buyer 'le groupe' = Laurentis, no date. Results of the "
                      "second quarter (written once for the sentence): revenue ('les revenus du groupe ont progressé "
                      "de 7,4 %, à 612,3 M$': period required) and net profit ('et son bénéfice net a atteint 41,8 "
                      "M$': period optional), company Laurentis through 'du groupe'. Roles: 'le président et chef de la "
                      "direction de Laurentis, X', 'La présidente et cheffe de la direction d'Aqualys, X' (the post she "
                      "keeps: 'restera en poste'), 'La cheffe de la direction financière de Laurentis, X', 'X, "
                      "analyste chez Marchés mondiaux CIBC' (titles as written, Quebec style; organization required). "
                      "Not events: the fund's former holding, the closing date, the advisers' mandates, the credit "
                      "line, the guidance maintained, the price multiple, the share move, the jobs kept, 'dirigera les "
                      "activités liées à l'eau du groupe' (a remit, no title).")
    a["notes"].append("Money: Quebec billions in the headline ('1,15 G$', CAD) and the same price in words in the lead "
                      "('1,15 milliard de dollars', CAD: a Quebec site's dollars), two items; the credit line '700 "
                      "M$', the revenue '612,3 M$', the net profit '41,8 M$', the earlier purchase '240 M$' and the "
                      "share price '57,20 $', the no-break space before the symbol inside each span. '420 employés' is "
                      "a count; '15 fois le BAIIA' is a multiple, no money. Percentages: the fund's former holding "
                      "'70 %', the revenue rise '7,4 %' (no sign), the share move '4,6 %'.")
    a["notes"].append("Dates: the online line '22 septembre 2037 à 7 h 30' is one TIME, 2037-09-22T07:30 ('Mis en ligne "
                      "le' outside); 'lundi' twice (the announcement, the share's gain) 2037-09-21, two items; 'le 15 "
                      "janvier 2038' (the planned closing) 2038-01-15; 'd'ici 2040' (inside the CEO's reported clause) "
                      "the year; 'Au deuxième trimestre' (past: the quarter's figures, in a September article) "
                      "2037-Q2; 'depuis 2035' the year; 'l'an dernier' 2036 (span 'an dernier').")
    M(a, f"1,15{NB}G$", 1.15e9, "CAD")
    M(a, "1,15 milliard de dollars", 1.15e9, "CAD")
    M(a, f"700{NB}M$", 700e6, "CAD")
    M(a, f"612,3{NB}M$", 612.3e6, "CAD")
    M(a, f"41,8{NB}M$", 41.8e6, "CAD")
    M(a, f"240{NB}M$", 240e6, "CAD")
    M(a, f"57,20{NB}$", 57.2, "CAD")
    P(a, f"70{NB}%", 70)
    P(a, f"7,4{NB}%", 7.4)
    P(a, f"4,6{NB}%", 4.6)
    D(a, "22 septembre 2037 à 7 h 30", "2037-09-22T07:30", typ="TIME", note="the online line, a Quebec clock time spaced around 'h'")
    D(a, "lundi", "2037-09-21", nth=0, note="past: 'a annoncé lundi', the day before the Tuesday publication")
    D(a, "15 janvier 2038", "2038-01-15", note="future: 'La clôture de la transaction est prévue le 15 janvier 2038'")
    D(a, "2040", "2040", note="'d'ici 2040', inside the CEO's reported clause")
    D(a, "deuxième trimestre", "2037-Q2", note="past: 'Au deuxième trimestre, les revenus du groupe ont progressé ...'")
    D(a, "2035", "2035", note="'la troisième acquisition de Laurentis depuis 2035'")
    D(a, "an dernier", "2036", note="'acheté 240 M$ l'an dernier'")
    D(a, "lundi", "2037-09-21", nth=1, note="past: 'l'action a gagné 4,6 % lundi'")
    Q(a, f"annoncé lundi [avoir signé une entente définitive en vue d'acquérir {AQ}, un fabricant sherbrookois de systèmes de traitement des eaux, pour 1,15 milliard de dollars, dette comprise].",
      "indirect", "a annoncé", (f"montréalaise [{LA}] a annoncé", LA, ORG),
      note="'a annoncé lundi avoir signé': the span starts at the infinitive; the company by name")
    Q(a, f"{O}[Avec {AQ}, nous devenons un acteur incontournable de l'eau potable en Amérique du Nord]{C}", "direct",
      "a déclaré", (PM, PM, PER), gender="male",
      note="the name in apposition to 'le président et chef de la direction de Laurentis'; the title shows the gender")
    Q(a, f"ajouté que [le groupe comptait doubler les ventes d'{AQ} aux États-Unis d'ici 2040].", "indirect", "a ajouté",
      ("[Il] a ajouté", PM, PER), gender="male", note="'Il' is the CEO of the sentence before")
    Q(a, f"{O}[Nos 420 employés de Sherbrooke gardent leur emploi, et notre usine va grandir]{C}", "direct", "a affirmé",
      ("Mme [Bergeron]", NBe, PER), gender="female",
      note="the surname after 'Mme' (the title outside), the target's CEO named in the sentence before")
    Q(a, "indiqué que [le fonds réinvestirait une partie du produit de la vente dans des PME québécoises].", "indirect",
      "a indiqué", (f"Un [porte-parole de {CSL}] a indiqué", None, None), gender="male",
      note="an unnamed spokesman: a noun-phrase speaker without its article, canonical and label null; 'Un' shows the gender")
    Q(a, f"{O}[prudemment optimiste]{C}", "direct", "s'est dit", (f"Le [syndicat des employés d'{AQ}], affilié", None, None),
      note="marked words after a pronominal cue ('s'est dit « ... »'): one direct quote; the local union is not named "
           "(canonical and label null), the CSN it is affiliated with is not the speaker")
    Q(a, "précisé que [l'achat serait financé par la trésorerie et une nouvelle facilité de crédit de 700\u00a0M$].",
      "indirect", "a précisé", (JC, JC, PER), gender="female",
      note="'La cheffe de la direction financière de Laurentis, X, a précisé que <clause>': the name in apposition to the "
           "subject, which shows the gender")
    Q(a, "[Les prévisions annuelles sont maintenues], a indiqué le groupe", "indirect", "[a indiqué] le groupe dans",
      ("a indiqué le [groupe] dans", LA, ORG),
      note="an unmarked clause before an inverted cue; the company through a noun phrase, its communiqué the medium")
    Q(a, "D'après le Globe and Mail, [le groupe serait aussi en discussions pour racheter le californien Clearbay].",
      "indirect", "[D'après] le Globe", ("Globe and Mail", "Globe and Mail", ORG), note="'D'après <paper>, <clause>'")
    Q(a, f"Selon {JTR}, analyste chez {CIBC}, [le prix, environ 15 fois le BAIIA d'{AQ}, reste raisonnable].", "indirect",
      f"[Selon] {JTR}", (JTR, JTR, PER), gender="male",
      note="'Selon X, analyste chez Y, <clause>': the clause after the apposition, with its own apposition inside; "
           "'estime-t-il' in the next sentence shows the gender")
    Q(a, f"{O}[{LA} achète une croissance qu'elle ne pourrait pas bâtir seule]{C}", "direct", "estime-t-il",
      ("estime-t-[il]", JTR, PER), gender="male", note="a pronoun in an inverted present-tense cue: the analyst")
    V(a, "acquisition", "acquérir", {"target": f"acquérir [{AQ}]", "buyer": f"montréalaise [{LA}] a annoncé",
                                     "seller": CSL, "amount": "1,15 milliard de dollars", "date": "lundi",
                                     "status": "announced"},
      note="a definitive agreement signed, closing planned: announced; the headline's 'met la main sur' and the next "
           "sentence's 'rachète la totalité des actions auprès du fonds X' state the same deal (the seller from there)")
    V(a, "role", "président et chef de la direction", {"person": PM, "title": "président et chef de la direction",
                                                       "organization": f"direction de [{LA}], {PM}"},
      note="'le président et chef de la direction de Laurentis, X': two joined titles, as written")
    V(a, "role", "présidente et cheffe de la direction", {"person": NBe, "title": "présidente et cheffe de la direction",
                                                          "organization": f"direction d'[{AQ}], {NBe}"},
      note="'La présidente et cheffe de la direction d'Aqualys, X, restera en poste': the post she keeps")
    V(a, "role", "cheffe de la direction financière", {"person": JC, "title": "cheffe de la direction financière",
                                                       "organization": f"financière de [{LA}], {JC}"},
      note="'La cheffe de la direction financière de Laurentis, X'")
    V(a, "result", "revenus", {"company": f"financière de [{LA}], {JC}", "metric": "revenue", "amount": f"612,3{NB}M$",
                               "change": f"7,4{NB}%", "period": "deuxième trimestre"},
      note="'Au deuxième trimestre, les revenus du groupe ont progressé de 7,4 %, à 612,3 M$': 'du groupe' is Laurentis")
    V(a, "result", "bénéfice net", {"company": f"financière de [{LA}], {JC}", "metric": "net_income",
                                    "amount": f"41,8{NB}M$", "period": ("opt", "deuxième trimestre")},
      note="'et son bénéfice net a atteint 41,8 M$': the quarter written once for the sentence")
    V(a, "acquisition", "acheté", {"target": "Pureflow", "buyer": f"acquisition de [{LA}] depuis",
                                   "amount": f"240{NB}M$", "date": "an dernier", "status": "done"},
      note="'la troisième acquisition de Laurentis depuis 2035, après celle de l'ontarien Pureflow, acheté 240 M$ l'an "
           "dernier': an earlier purchase recalled, done")
    V(a, "acquisition", "racheter", {"target": "Clearbay", "buyer": f"acquisition de [{LA}] depuis", "status": "planned"},
      note="'D'après le Globe and Mail, le groupe serait aussi en discussions pour racheter le californien Clearbay': "
           "talks reported by a paper, planned; 'le groupe' is Laurentis; no date given")
    V(a, "role", "analyste", {"person": JTR, "title": "analyste", "organization": CIBC},
      note="'X, analyste chez Marchés mondiaux CIBC'")


def define_x2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article
    QZ, SC, CAFC, JI, LP, ASG = "Quartzéo", "Saône Capital", "Crédit Agricole Franche-Comté", "Jura Innovation", "Lucas Perrenoud", "Anne-Sophie Girardot"
    OM, AM, GBM, HJ = "Olivier Mercier", "Alcyon Médical", "Grand Besançon Métropole", "Hervé Jeanningros"
    # ------------------------------------------------------------ X2: a Besançon medtech start-up's round, its earlier round, a new managing director and a purchase (French regional daily, web)
    a = B.article("X2-levee-capteurs-besancon", "2037-10-15", (
        f"Besançon. La start-up {QZ} lève 12{NN}M€ et recrute un directeur général\n"
        "Par Claire Vuillemin\n"
        "Publié le 15 octobre 2037 à 18h20, mis à jour à 19h05\n\n"
        f"La jeune pousse bisontine {QZ}, qui conçoit des capteurs de pression miniatures pour les implants "
        f"cardiaques, a annoncé ce jeudi avoir bouclé une levée de fonds de 12 millions d{AP}euros. Ce tour de table est "
        f"mené par le fonds lyonnais {SC}, aux côtés de Bpifrance et du {CAFC}. L{AP}opération valorise "
        f"l{AP}entreprise autour de 45 millions d{AP}euros, selon un investisseur du tour. Les fondateurs conservent "
        f"58{NN}% du capital.\n\n"
        f"Née en 2033 à Temis, la technopole de Besançon, {QZ} avait réalisé sa levée précédente en 2035 : "
        f"850{NN}000 euros auprès du fonds régional {JI}. Elle emploie 38 salariés et a réalisé l{AP}an dernier un "
        f"chiffre d{AP}affaires de 3,4 millions d{AP}euros, en hausse de 62{NN}%.\n\n"
        f"{O}Ce tour de table nous permet de passer du laboratoire à l{AP}usine{C}, explique {LP}, fondateur et "
        f"président de {QZ}. Il assure que la future ligne de production, installée à Besançon, créera 45 emplois "
        f"d{AP}ici à 2039. Dans un communiqué, la société précise que les fonds serviront aussi à obtenir le marquage "
        "CE de son capteur.\n\n"
        f"{O}{QZ} a une génération d{AP}avance sur ses concurrents américains{C}, souligne {ASG}, associée chez "
        f"{SC}, qui rejoint le conseil d{AP}administration. Selon elle, le marché des implants connectés devrait "
        f"croître de 18{NN}% par an.\n\n"
        f"Pour piloter l{AP}industrialisation, la start-up a recruté un directeur général, {OM}, jusqu{AP}ici "
        f"directeur des opérations de l{AP}équipementier {AM}. {O}Mon rôle est de livrer nos premiers hôpitaux dès "
        f"2038{C}, a confié le nouveau dirigeant, qui prendra ses fonctions le 2 novembre. {LP} reste "
        "président.\n\n"
        f"{QZ} va également racheter l{AP}atelier de micro-usinage Précimor, à Morteau, pour un montant non "
        f"communiqué. Le vice-président de {GBM}, {HJ}, a salué {O}une excellente nouvelle pour la filière "
        f"microtechnique{C}."))
    for s, l, c, o in [(GBM, ORG, None, False), ("Besançon", LOC, None, False), (QZ, ORG, None, False),
                       ("Claire Vuillemin", PER, None, False), (SC, ORG, None, False), ("Bpifrance", ORG, None, False),
                       (CAFC, ORG, None, False), ("Temis", LOC, None, True), (JI, ORG, None, False),
                       (LP, PER, None, False), (ASG, PER, None, False), (OM, PER, None, False), (AM, ORG, None, False),
                       ("Précimor", ORG, None, False), ("Morteau", LOC, None, False), (HJ, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by the town's name "
                      "and a full stop ('Besançon. La start-up ...', as the sixteenth set's 'Saint-Dizier.'), a byline "
                      "('Par Claire Vuillemin') and a publication line with its update time alone after a comma "
                      "('Publié le 15 octobre 2037 à 18h20, mis à jour à 19h05', as the twenty-fourth set's "
                      "'modifié à'), no dateline. The reference date is that day (Thursday 15 October 2037), the day of "
                      "the announcement ('a annoncé ce jeudi'). Every apostrophe is the typographic one (U+2019: "
                      "'d’euros', 'L’opération', 'l’an dernier', 'd’ici à', 'jusqu’ici', 'l’équipementier'); narrow "
                      "no-break spaces (U+202F) before '%', in the headline's '12 M€' and as the thousands separator "
                      "of '850 000 euros'; ordinary spaces inside the guillemets and before the colon.")
    a["notes"].append("Entities: the coined start-up 'Quartzéo' (headline, lead, 'Besançon, Quartzéo avait', 'président "
                      "de Quartzéo', inside the investor's marked words, 'Quartzéo va également': six mentions) is ORG "
                      "in every mention; the coined lead fund 'Saône Capital' (twice), 'Bpifrance', the regional bank "
                      "'Crédit Agricole Franche-Comté' (one ORG, no separate region inside), the coined regional fund "
                      "'Jura Innovation' (one ORG, no separate 'Jura'), the coined former employer 'Alcyon Médical' "
                      "(after 'l’équipementier'), the coined target 'Précimor' and the metropolitan authority 'Grand "
                      "Besançon Métropole' (one ORG, no separate town inside) are ORG; 'Besançon' (headline, 'la "
                      "technopole de Besançon', 'installée à Besançon') and 'Morteau' are LOC; the journalist, the "
                      "founder (twice), the investor, the new managing director and the local official are PER (all "
                      "invented). Optional: 'Temis' (a science park, 'Née en 2033 à Temis, la technopole de "
                      "Besançon': a place or an organization, LOC in the gold). Not names: 'CE' ('le marquage CE', a "
                      "conformity mark), 'La jeune pousse', 'la start-up', 'la société', 'l’entreprise', 'le "
                      "nouveau dirigeant', 'le conseil d’administration', 'le fonds lyonnais', 'l’atelier de "
                      "micro-usinage'; 'bisontine', 'lyonnais', 'régional', 'américains' are adjectives.")
    a["notes"].append("Quotes (9 required: 4 direct, 5 indirect): the company by name ('La jeune pousse bisontine "
                      "Quartzéo, qui ..., a annoncé ce jeudi avoir bouclé ...': span from the infinitive to the full "
                      "stop); an unnamed investor, inverted ('L’opération valorise ..., selon un investisseur du "
                      "tour': speaker the noun phrase without its article, canonical and label null); the founder "
                      "('« ... », explique X, fondateur et président de Quartzéo') then 'Il assure que <clause>' (a "
                      "present-tense cue); the company through a noun phrase and its communiqué fronted ('Dans un "
                      "communiqué, la société précise que <clause>': speaker 'société', canonical Quartzéo, ORG); the "
                      "lead investor ('« ... », souligne X, associée chez Saône Capital, qui rejoint ...') then 'Selon "
                      "elle, <clause>'; the new managing director through a noun phrase ('« ... », a confié le nouveau "
                      "dirigeant, qui prendra ses fonctions le 2 novembre': speaker 'nouveau dirigeant', canonical the "
                      "man named in the sentence before); the local official's marked noun phrase after 'a salué' "
                      "('Le vice-président de Grand Besançon Métropole, X, a salué « ... »': one direct quote, as in "
                      "the twenty-seventh set). Not quotes: 'Ce tour de table est mené par ...', 'Les fondateurs "
                      "conservent ...', 'a recruté un directeur général', 'X reste président', 'va également "
                      "racheter ...', the headline.")
    a["notes"].append("Events: funding: the round (headline 'lève 12 M€', lead 'a annoncé ce jeudi avoir bouclé une levée "
                      "de fonds de 12 millions d’euros. Ce tour de table est mené par le fonds lyonnais X, aux côtés de "
                      "Y et du Z'): one funding event, trigger 'levée de fonds', amount the body's, the three investors "
                      "of the next sentence (referred back by 'Ce tour de table'), the valuation of the sentence after "
                      "('L’opération valorise l’entreprise autour de 45 millions d’euros': 'autour de' outside the "
                      "amount; no separate valuation event), date 'ce jeudi', no round name written; *new*: the earlier "
                      "round referred back as 'sa levée précédente' ('Quartzéo avait réalisé sa levée précédente en "
                      "2035 : 850 000 euros auprès du fonds régional X'): a second funding event, trigger 'levée', "
                      "amount after a colon, its investor and year. Result: 'Elle ... a réalisé l’an dernier un "
                      "chiffre d’affaires de 3,4 millions d’euros, en hausse de 62 %' (company Quartzéo through 'Elle', "
                      "period 'an dernier'). Acquisition: 'Quartzéo va également racheter l’atelier de micro-usinage "
                      "Précimor, à Morteau, pour un montant non communiqué': announced ('va racheter'), no amount, its "
                      "date optional (only the day of the article's announcement). Roles: 'X, fondateur et président "
                      "de Quartzéo' (two joined titles, as written; 'X reste président' restates it), 'X, associée chez "
                      "Saône Capital', 'X, jusqu’ici directeur des opérations de l’équipementier Alcyon Médical' (the "
                      "post held until now) and 'Le vice-président de Grand Besançon Métropole, X' (organization "
                      "required); 'la start-up a recruté un directeur général, X' (the company through a noun phrase: "
                      "organization optional). Not events: the founders' holding '58 %', the jobs promised, the "
                      "market's growth, the seat on the board ('qui rejoint le conseil d’administration', no title), "
                      "the start date, the headline's 'recrute un directeur général' (the hire again).")
    a["notes"].append("Money: the headline's '12 M€' (a narrow no-break space before the symbol inside the span) and the "
                      "body's '12 millions d’euros', two items; the valuation '45 millions d’euros' ('autour de' "
                      "outside), the earlier round '850 000 euros' (a narrow no-break space as thousands separator), "
                      "the revenue '3,4 millions d’euros'. '38 salariés', '45 emplois' are counts; 'un montant non "
                      "communiqué' is no money. Percentages: the founders' holding '58 %', the revenue rise '62 %', the "
                      "market's yearly growth '18 %' (inside the investor's reported clause).")
    a["notes"].append("Dates: the publication line 'Publié le 15 octobre 2037 à 18h20, mis à jour à 19h05' gives two TIMEs, "
                      "'15 octobre 2037 à 18h20' (2037-10-15T18:20) and the update time alone '19h05' on the same day "
                      "(2037-10-15T19:05), as in the twenty-fourth set; 'ce jeudi' (the demonstrative kept: the "
                      "publication day) 2037-10-15; 'Née en 2033', 'en 2035' the years; 'l’an dernier' 2036 (span 'an "
                      "dernier'); 'd’ici à 2039' (inside the founder's reported clause) and 'dès 2038' (inside the new "
                      "director's marked words) the years; 'le 2 novembre' (future: 'prendra ses fonctions') "
                      "2037-11-02. Optional: 'par an' (a rate, SET P1Y).")
    M(a, f"12{NN}M€", 12e6, "EUR")
    M(a, f"12 millions d{AP}euros", 12e6, "EUR")
    M(a, f"45 millions d{AP}euros", 45e6, "EUR")
    M(a, f"850{NN}000 euros", 850000, "EUR")
    M(a, f"3,4 millions d{AP}euros", 3.4e6, "EUR")
    P(a, f"58{NN}%", 58)
    P(a, f"62{NN}%", 62)
    P(a, f"18{NN}%", 18)
    D(a, "15 octobre 2037 à 18h20", "2037-10-15T18:20", typ="TIME", note="the publication line")
    D(a, "19h05", "2037-10-15T19:05", typ="TIME", note="the update time alone, on the publication day")
    D(a, "ce jeudi", "2037-10-15", note="'a annoncé ce jeudi': the Thursday of publication, the demonstrative inside the span")
    D(a, "2033", "2033", note="'Née en 2033'")
    D(a, "2035", "2035", note="'avait réalisé sa levée précédente en 2035'")
    D(a, "an dernier", "2036", note="'a réalisé l’an dernier un chiffre d’affaires'")
    D(a, "2039", "2039", note="'d’ici à 2039', inside the founder's reported clause")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate ('croître de 18 % par an')")
    D(a, "2038", "2038", note="'dès 2038', inside the new director's marked words")
    D(a, "2 novembre", "2037-11-02", note="future: 'qui prendra ses fonctions le 2 novembre'")
    Q(a, f"annoncé ce jeudi [avoir bouclé une levée de fonds de 12 millions d{AP}euros].", "indirect", "a annoncé",
      (f"bisontine [{QZ}], qui", QZ, ORG),
      note="'a annoncé ce jeudi avoir bouclé': the span starts at the infinitive; the company by name, a relative clause "
           "between subject and verb")
    Q(a, f"[L{AP}opération valorise l{AP}entreprise autour de 45 millions d{AP}euros], selon", "indirect",
      "[selon] un investisseur", ("un [investisseur du tour].", None, None),
      note="inverted 'selon' with an unnamed investor: a noun-phrase speaker without its article, canonical and label null")
    Q(a, f"{O}[Ce tour de table nous permet de passer du laboratoire à l{AP}usine]{C}", "direct", "explique",
      (LP, LP, PER), gender="male", note="the name after the cue, an apposition after it; the title shows the gender")
    Q(a, f"assure que [la future ligne de production, installée à Besançon, créera 45 emplois d{AP}ici à 2039].",
      "indirect", "assure", ("[Il] assure", LP, PER), gender="male",
      note="'Il' is the founder of the sentence before; a present-tense cue")
    Q(a, "précise que [les fonds serviront aussi à obtenir le marquage CE de son capteur].", "indirect", "précise",
      ("la [société] précise", QZ, ORG),
      note="'Dans un communiqué, la société précise que <clause>': the company through a noun phrase, its communiqué fronted")
    Q(a, f"{O}[{QZ} a une génération d{AP}avance sur ses concurrents américains]{C}", "direct", "souligne",
      (ASG, ASG, PER), gender="female", note="the name after the cue, 'associée' in apposition shows the gender")
    Q(a, "Selon elle, [le marché des implants connectés devrait croître de 18\u202f% par an].", "indirect",
      "[Selon] elle,", ("Selon [elle],", ASG, PER), gender="female", note="a pronoun after 'selon': the investor")
    Q(a, f"{O}[Mon rôle est de livrer nos premiers hôpitaux dès 2038]{C}", "direct", "a confié",
      ("le [nouveau dirigeant], qui", OM, PER), gender="male",
      note="a noun-phrase speaker for the managing director named in the sentence before (text without the article, "
           "the adjective kept)")
    Q(a, f"{O}[une excellente nouvelle pour la filière microtechnique]{C}", "direct", "a salué", (HJ, HJ, PER),
      gender="male", note="marked noun phrase after 'a salué'; the name in apposition to 'Le vice-président de ...'")
    V(a, "funding", "levée de fonds", {"company": f"bisontine [{QZ}], qui", "amount": f"12 millions d{AP}euros",
                                       "investors": [SC, "Bpifrance", CAFC], "valuation": f"45 millions d{AP}euros",
                                       "date": "ce jeudi"},
      note="the headline's 'lève 12 M€' states the same round; investors and valuation from the next two sentences "
           "('Ce tour de table est mené par ...', 'L’opération valorise ...')")
    V(a, "funding", "sa [levée] précédente", {"company": f"Besançon, [{QZ}] avait", "amount": f"850{NN}000 euros",
                                               "investors": [JI], "date": "2035"},
      note="the earlier round referred back as 'sa levée précédente', the amount after a colon")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"Besançon, [{QZ}] avait", "metric": "revenue",
                                              "amount": f"3,4 millions d{AP}euros", "change": f"62{NN}%",
                                              "period": "an dernier"},
      note="'Elle ... a réalisé l’an dernier un chiffre d’affaires de ..., en hausse de 62 %': 'Elle' is Quartzéo, the "
           "subject of the sentence before")
    V(a, "role", "fondateur et président", {"person": LP, "title": "fondateur et président",
                                            "organization": f"président de [{QZ}]. Il"},
      note="'X, fondateur et président de Quartzéo'; 'X reste président' restates it")
    V(a, "role", "associée", {"person": ASG, "title": "associée", "organization": f"chez [{SC}], qui"},
      note="'X, associée chez Saône Capital'")
    V(a, "role", "directeur général", {"person": OM, "title": "directeur général",
                                       "organization": ("opt", f"président de [{QZ}]. Il")}, nth=1,
      note="'la start-up a recruté un directeur général, X': the company through a noun phrase (the headline's "
           "'recrute un directeur général' is the same hire)")
    V(a, "role", "directeur des opérations", {"person": OM, "title": "directeur des opérations", "organization": AM},
      note="'jusqu’ici directeur des opérations de l’équipementier Alcyon Médical': the post held until now")
    V(a, "acquisition", "racheter", {"target": "Précimor", "buyer": f"\n\n[{QZ}] va également",
                                     "date": ("opt", "ce jeudi"), "status": "announced"},
      note="'Quartzéo va également racheter l’atelier X, à Morteau, pour un montant non communiqué': announced, no "
           "amount; the date only the article's announcement day")
    V(a, "role", "vice-président", {"person": HJ, "title": "vice-président", "organization": GBM},
      note="'Le vice-président de Grand Besançon Métropole, X'")


def define_y2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = '"', '"'     # straight double quotation marks in this article (agency copy)
    PK, CR, JMT, OB, QC, YM, TH = "Paul Kieffer", "Carole Reuter", "Jean-Marc Thill", "Orbalux", "Qasr Capital", "Yves Majerus", "Tom Hoffmann"
    CDD = "Chambre des députés"
    # ------------------------------------------------------------ Y2: a new finance minister after a stake sale row, the opposition, a union, a poll, a two-question interview (AFP dispatch, Luxembourg)
    a = B.article("Y2-nouveau-ministre-finances-luxembourg", "2037-11-17", (
        f"LUXEMBOURG, 17 novembre 2037 (AFP) - {PK} a été nommé mardi ministre des Finances, une nomination censée "
        f"clore la polémique sur la vente d'une participation publique dans l'opérateur de satellites {OB}.\n\n"
        f"Jusqu'ici secrétaire général du CSV, le parti chrétien-social au pouvoir, M. Kieffer, 51 ans, succède à "
        f"{CR}, ministre des Finances depuis 2034, qui avait démissionné le 10 novembre. Il a prêté serment devant le "
        "grand-duc, a indiqué le gouvernement dans un communiqué.\n\n"
        f"{O}Paul connaît chaque ligne du budget. Il rétablira la confiance{C}, a déclaré le Premier ministre, {JMT}, "
        f"lors d'un point de presse. {O}Je ne laisserai personne dire que l'Etat a quelque chose à cacher{C}, a-t-il "
        "ajouté. Le chef du gouvernement a assuré que l'enquête interne sur la vente serait publiée d'ici au 15 "
        "décembre.\n\n"
        f"En juillet, l'Etat avait cédé 25 % du capital d'{OB} au fonds émirati {QC} pour 640 millions d'euros, une "
        f"opération qui valorisait l'opérateur 2,56 milliards d'euros. Selon l'opposition, ce prix était trop bas. {OB} "
        f"a dégagé en 2036 un bénéfice net de 212 millions d'euros, en hausse de 9 %. Le directeur général d'{OB}, {YM}, "
        "a rappelé mardi que l'entreprise resterait contrôlée à 51 % par l'Etat.\n\n"
        f"{O}Le gouvernement a bradé un bijou de famille{C}, a dénoncé le porte-parole du LSAP, {TH}. Il estime que la "
        f"{CDD} doit créer une commission d'enquête. {O}Ces 640 millions doivent aller au logement, pas aux baisses "
        f"d'impôts{C}, a prévenu une porte-parole de l'OGBL, premier syndicat du Luxembourg. Selon elle, les loyers ont "
        "encore grimpé de 5,1 % sur un an.\n\n"
        "Selon un sondage Ilres publié dimanche, le CSV a perdu 2,5 points de pourcentage depuis juin, à 24,5 %, tandis "
        "que le Parti pirate obtiendrait entre 10 et 12 % des voix. Le projet de budget pour 2038, qui prévoit 28,4 "
        "milliards d'euros de dépenses (+3,2 %), sera le premier test du nouveau ministre.\n\n"
        "Interrogé par l'AFP à la sortie du palais grand-ducal, M. Kieffer a répondu à deux questions.\n"
        f"{EM} Allez-vous annuler la vente d'{OB} ?\n"
        f"{EM} Non, le contrat est signé. Mais je publierai tous les documents d'ici à la fin de l'année.\n"
        f"{EM} Augmenterez-vous les impôts ?\n"
        f"{EM} Aucune hausse d'impôts ne figurera dans le budget, que je présenterai à la Chambre le 2 décembre."))
    for s, l, c, o in [("LUXEMBOURG", LOC, None, False), ("AFP", ORG, None, False), (PK, PER, None, False),
                       ("Kieffer", PER, PK, False), ("Paul", PER, PK, False), (OB, ORG, None, False),
                       ("CSV", ORG, None, False), (CR, PER, None, False), (JMT, PER, None, False), (QC, ORG, None, False),
                       (YM, PER, None, False), ("LSAP", ORG, None, False), (TH, PER, None, False),
                       (CDD, ORG, None, False), ("Chambre", ORG, CDD, False), ("OGBL", ORG, None, False),
                       ("Luxembourg", LOC, None, False), ("Ilres", ORG, None, False), ("Parti pirate", ORG, None, False),
                       ("palais grand-ducal", LOC, None, True)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (AFP in French) copied as plain text: no headline, an AFP dateline with the full "
                      "date ('LUXEMBOURG, 17 novembre 2037 (AFP) - '), as in the twenty-sixth set; the dispatch ends "
                      "with a two-question interview in *new* em-dash turns (U+2014) after 'M. Kieffer a répondu à "
                      "deux questions.' The reference date is the dateline day (Tuesday 17 November 2037), the day of "
                      "the appointment ('a été nommé mardi'). Straight apostrophes; *new*: straight double quotation "
                      "marks '\"' around every quote of an AFP dispatch (as the twenty-third set's Belgian site), no "
                      "space inside; ordinary spaces before '%' and '?' (agency copy); 'l'Etat' without its accent.")
    a["notes"].append("Entities: the new minister 'Paul Kieffer' (lead), then 'M. Kieffer' twice (span the surname, "
                      "canonical the full name) and *new* his given name alone inside the Prime Minister's marked words "
                      "('Paul connaît ...', canonical the full name); the outgoing minister, the Prime Minister, the "
                      "operator's chief executive and the party spokesman are PER (all invented); the coined satellite "
                      "operator 'Orbalux' (five mentions, once inside a question) and the coined Emirati fund 'Qasr "
                      "Capital' are ORG; the parties 'CSV' (twice) and 'LSAP', the union 'OGBL', the pollster 'Ilres', "
                      "*new* the party 'Parti pirate' (two words, lower-case second) and the parliament 'Chambre des "
                      "députés' (then 'la Chambre' alone inside the last answer, canonical the full name) are ORG; "
                      "'AFP' (the dateline, 'Interrogé par l'AFP') ORG; the dateline 'LUXEMBOURG' keeps its case and "
                      "is LOC, 'Luxembourg' ('premier syndicat du Luxembourg') LOC. Optional: 'palais grand-ducal' "
                      "(lower case, the sovereign's palace as a place). Not names: 'ministre des Finances' (twice), "
                      "'le grand-duc', 'le gouvernement' (twice), 'Premier ministre', 'Le chef du gouvernement', "
                      "'l'Etat' (three times), 'l'opposition', 'une porte-parole', 'premier syndicat du Luxembourg', "
                      "'le nouveau ministre'; 'chrétien-social', 'émirati' are adjectives.")
    a["notes"].append("Quotes (13 required: 6 direct, 7 indirect; 2 optional): the government through a noun phrase after "
                      "an unmarked clause ('Il a prêté serment devant le grand-duc, a indiqué le gouvernement dans un "
                      "communiqué': speaker 'gouvernement', canonical and label null, no government named); the Prime "
                      "Minister ('\"...\", a déclaré le Premier ministre, X, lors d'un point de presse': two sentences "
                      "in one pair of marks one quote) then '\"...\", a-t-il ajouté' and 'Le chef du gouvernement a "
                      "assuré que <clause>' (a noun-phrase speaker with his canonical); the opposition ('Selon "
                      "l'opposition, <clause>': speaker 'opposition', canonical and label null); the operator's chief "
                      "executive ('Le directeur général d'Orbalux, X, a rappelé mardi que <clause>'); the party "
                      "spokesman ('\"...\", a dénoncé le porte-parole du LSAP, X') then 'Il estime que <clause>'; an "
                      "unnamed union spokeswoman ('\"...\", a prévenu une porte-parole de l'OGBL, premier syndicat du "
                      "Luxembourg': speaker the noun phrase without its article, canonical and label null, gender "
                      "female) then *new* 'Selon elle, <clause>' where 'elle' stands for that unnamed woman (canonical "
                      "null); a poll as a document ('Selon un sondage Ilres publié dimanche, <clause>': speaker the "
                      "issuer 'Ilres', as 'Ifop' in the twenty-fourth set, the clause to the full stop with its 'tandis "
                      "que' part); the interview after 'M. Kieffer a répondu à deux questions.': each answer after an em "
                      "dash a required direct quote to the end of its line (final punctuation kept, several sentences "
                      "one quote), cue null, speaker the minister named in the introducing sentence, as the sixteenth "
                      "set's dialogue dashes and the nineteenth, twenty-first and twenty-seventh sets' turns (the "
                      "twenty-fourth set had its dash answers optional); the questions optional direct quotes, cue and "
                      "speaker null (the agency's). Not quotes: 'a été nommé ...', 'succède à ...', 'Il a prêté "
                      "serment' as such (the government's clause), 'Le projet de budget ... prévoit ...' (a plan, no "
                      "speaker), 'M. Kieffer a répondu à deux questions'.")
    a["notes"].append("Events: roles: 'X a été nommé mardi ministre des Finances' and 'succède à Y, ministre des Finances "
                      "depuis 2034' (two people, two events, titles as written, no organization, as in the "
                      "twenty-fourth set); 'Jusqu'ici secrétaire général du CSV, ..., M. Kieffer' (the post held until "
                      "now, fronted before the name; organization the party); 'le Premier ministre, X' (no "
                      "organization); 'Le directeur général d'Orbalux, X' and 'le porte-parole du LSAP, X' "
                      "(organization required). Acquisition: 'En juillet, l'Etat avait cédé 25 % du capital d'Orbalux "
                      "au fonds émirati Qasr Capital pour 640 millions d'euros': done, trigger 'cédé', target Orbalux, "
                      "buyer the fund, stake '25 %', amount, date 'juillet'; no seller ('l'Etat' is no name). "
                      "Valuation: 'une opération qui valorisait l'opérateur 2,56 milliards d'euros' (company Orbalux "
                      "through 'l'opérateur'; no funding event carries it, an acquisition has no valuation role), its "
                      "date 'juillet' optional, as in the twenty-seventh set. Result: 'Orbalux a dégagé en 2036 un "
                      "bénéfice net de 212 millions d'euros, en hausse de 9 %' (period required). Not events: 'le "
                      "chef du gouvernement' (the Prime Minister again), 'le nouveau ministre', the resignation as "
                      "such (the outgoing minister's role carries the post), the swearing-in, 'contrôlée à 51 % par "
                      "l'Etat' (a holding), the poll, the budget plan ('prévoit ... de dépenses': a government's plan "
                      "is no result), the rents, 'une porte-parole de l'OGBL' (no person named).")
    a["notes"].append("Money: the stake's price '640 millions d'euros', the implied value '2,56 milliards d'euros', the "
                      "net profit '212 millions d'euros', the budget's spending '28,4 milliards d'euros', and the bare "
                      "'640 millions' inside the union spokeswoman's marked words (no currency word, after amounts in "
                      "euros: EUR, span number and scale word, as in the eighteenth and twenty-seventh sets). "
                      "Percentages: the stake '25 %', the profit rise '9 %', the State's remaining control '51 %' "
                      "('à' outside), the rents' rise '5,1 %', *new* the poll's fall in points '2,5 points de "
                      "pourcentage' (span with 'de pourcentage', points), the party's level '24,5 %', the range 'entre "
                      "10 et 12 %' (span '10 et 12 %', value 10, as in the thirteenth and fifteenth sets) and the "
                      "budget's signed rise in brackets '+3,2 %' (span with its sign, value 3.2).")
    a["notes"].append("Dates: the dateline '17 novembre 2037' 2037-11-17; 'mardi' twice (the appointment, the chief "
                      "executive's reminder) the dateline day, two items; 'depuis 2034' the year; 'le 10 novembre' "
                      "(past: 'avait démissionné') 2037-11-10; 'd'ici au 15 décembre' (future, span '15 décembre') "
                      "2037-12-15; 'En juillet' (past: 'avait cédé') 2037-07; 'en 2036' the year; 'dimanche' (past: "
                      "the poll published) 2037-11-15; 'depuis juin' (past) 2037-06; 'budget pour 2038' the year; "
                      "'d'ici à la fin de l'année' (inside an answer) span 'fin de l'année', 2037 with mod END; 'le 2 "
                      "décembre' (future, inside the last answer) 2037-12-02. Optional: the age '51 ans' (P51Y) and "
                      "'sur un an' (span 'un an', P1Y, a year-on-year comparison).")
    M(a, "640 millions d'euros", 640e6, "EUR")
    M(a, "2,56 milliards d'euros", 2.56e9, "EUR")
    M(a, "212 millions d'euros", 212e6, "EUR")
    M(a, "640 millions", 640e6, "EUR", nth=1)
    M(a, "28,4 milliards d'euros", 28.4e9, "EUR")
    P(a, "25 %", 25)
    P(a, "9 %", 9)
    P(a, "51 %", 51)
    P(a, "5,1 %", 5.1)
    P(a, "2,5 points de pourcentage", 2.5, points=True)
    P(a, "24,5 %", 24.5)
    P(a, "10 et 12 %", 10)
    P(a, "+3,2 %", 3.2)
    D(a, "17 novembre 2037", "2037-11-17", note="the AFP dateline")
    D(a, "mardi", "2037-11-17", nth=0, note="'a été nommé mardi': the dateline day")
    D(a, "51 ans", "P51Y", typ="DURATION", opt=True, note="an age")
    D(a, "2034", "2034", note="'ministre des Finances depuis 2034'")
    D(a, "10 novembre", "2037-11-10", note="past: 'qui avait démissionné le 10 novembre'")
    D(a, "15 décembre", "2037-12-15", note="future: 'serait publiée d'ici au 15 décembre'")
    D(a, "juillet", "2037-07", note="past: 'En juillet, l'Etat avait cédé ...'")
    D(a, "2036", "2036", note="'Orbalux a dégagé en 2036 un bénéfice net ...'")
    D(a, "mardi", "2037-11-17", nth=1, note="'a rappelé mardi': the dateline day")
    D(a, "un an", "P1Y", typ="DURATION", opt=True, note="'sur un an' = year on year")
    D(a, "dimanche", "2037-11-15", note="past: 'un sondage Ilres publié dimanche'")
    D(a, "juin", "2037-06", note="past: 'a perdu 2,5 points de pourcentage depuis juin'")
    D(a, "2038", "2038", note="'Le projet de budget pour 2038'")
    D(a, "fin de l'année", "2037", mod="END", note="'d'ici à la fin de l'année', inside an answer")
    D(a, "2 décembre", "2037-12-02", note="future: 'que je présenterai à la Chambre le 2 décembre', inside the last answer")
    Q(a, "[Il a prêté serment devant le grand-duc], a indiqué", "indirect", "[a indiqué] le gouvernement",
      ("a indiqué le [gouvernement] dans", None, None),
      note="an unmarked clause before an inverted cue; the government through a noun phrase (no government named: "
           "canonical and label null), its communiqué the medium")
    Q(a, f"{O}[Paul connaît chaque ligne du budget. Il rétablira la confiance]{C}", "direct", "a déclaré", (JMT, JMT, PER),
      gender="male", note="two sentences in one pair of straight marks; the name in apposition to 'le Premier ministre'")
    Q(a, f"{O}[Je ne laisserai personne dire que l'Etat a quelque chose à cacher]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", JMT, PER), gender="male", note="'il' is the Prime Minister of the sentence before")
    Q(a, "assuré que [l'enquête interne sur la vente serait publiée d'ici au 15 décembre].", "indirect", "a assuré",
      ("Le [chef du gouvernement] a assuré", JMT, PER), gender="male",
      note="a noun-phrase speaker for the Prime Minister named just before (text without the article)")
    Q(a, "Selon l'opposition, [ce prix était trop bas].", "indirect", "[Selon] l'opposition",
      ("Selon l'[opposition]", None, None), note="'Selon <noun phrase>, <clause>': no party named, canonical and label null")
    Q(a, "rappelé mardi que [l'entreprise resterait contrôlée à 51 % par l'Etat].", "indirect", "a rappelé",
      (YM, YM, PER), gender="male",
      note="'Le directeur général d'Orbalux, X, a rappelé mardi que <clause>': the name in apposition to the subject")
    Q(a, f"{O}[Le gouvernement a bradé un bijou de famille]{C}", "direct", "a dénoncé", (TH, TH, PER), gender="male",
      note="the name in apposition to 'le porte-parole du LSAP'")
    Q(a, f"estime que [la {CDD} doit créer une commission d'enquête].", "indirect", "estime", ("[Il] estime", TH, PER),
      gender="male", note="'Il' is the party spokesman of the sentence before; 'X estime que' with a pronoun")
    Q(a, f"{O}[Ces 640 millions doivent aller au logement, pas aux baisses d'impôts]{C}", "direct", "a prévenu",
      ("une [porte-parole de l'OGBL], premier", None, None), gender="female",
      note="an unnamed spokeswoman: a noun-phrase speaker without its article, canonical and label null; 'une' shows "
           "the gender")
    Q(a, "Selon elle, [les loyers ont encore grimpé de 5,1 % sur un an].", "indirect", "[Selon] elle,",
      ("Selon [elle],", None, None), gender="female",
      note="a pronoun after 'selon' for the unnamed spokeswoman of the sentence before: canonical and label null")
    Q(a, "publié dimanche, [le CSV a perdu 2,5 points de pourcentage depuis juin, à 24,5 %, tandis que le Parti pirate obtiendrait entre 10 et 12 % des voix].",
      "indirect", "[Selon] un sondage", ("sondage [Ilres] publié", "Ilres", ORG),
      note="a poll as a document: 'Selon un sondage <issuer> publié dimanche, <clause>', speaker the issuer")
    Q(a, f"{EM} [Allez-vous annuler la vente d'{OB} ?]", "direct", None, None, optional=True,
      note="the agency's question: no one named")
    Q(a, f"{EM} [Non, le contrat est signé. Mais je publierai tous les documents d'ici à la fin de l'année.]", "direct", None,
      ("M. [Kieffer] a répondu", PK, PER), gender="male",
      note="an answer after an em dash, two sentences one quote; the speaker named in the sentence introducing the interview")
    Q(a, f"{EM} [Augmenterez-vous les impôts ?]", "direct", None, None, optional=True,
      note="the agency's question: no one named")
    Q(a, f"{EM} [Aucune hausse d'impôts ne figurera dans le budget, que je présenterai à la Chambre le 2 décembre.]", "direct",
      None, ("M. [Kieffer] a répondu", PK, PER), gender="male", note="an answer after an em dash, to the end of the text")
    V(a, "role", "ministre des Finances", {"person": PK, "title": "ministre des Finances"}, nth=0,
      note="'X a été nommé mardi ministre des Finances': title as written, no organization")
    V(a, "role", "secrétaire général", {"person": "M. [Kieffer], 51", "title": "secrétaire général", "organization": "CSV"},
      note="'Jusqu'ici secrétaire général du CSV, ..., M. Kieffer': the post held until now, fronted before the name")
    V(a, "role", "ministre des Finances", {"person": CR, "title": "ministre des Finances"}, nth=1,
      note="'succède à X, ministre des Finances depuis 2034': the outgoing minister")
    V(a, "role", "Premier ministre", {"person": JMT, "title": "Premier ministre"},
      note="'le Premier ministre, X': no organization")
    V(a, "acquisition", "cédé", {"target": f"capital d'[{OB}] au", "buyer": QC, "stake": "25 %",
                                 "amount": "640 millions d'euros", "date": "juillet", "status": "done"},
      note="'En juillet, l'Etat avait cédé 25 % du capital d'Orbalux au fonds émirati X pour 640 millions d'euros': done; "
           "no seller ('l'Etat' is no name)")
    V(a, "valuation", "valorisait", {"company": f"capital d'[{OB}] au", "amount": "2,56 milliards d'euros",
                                     "date": ("opt", "juillet")},
      note="'une opération qui valorisait l'opérateur 2,56 milliards d'euros': the value the stake sale implied")
    V(a, "result", "bénéfice net", {"company": f"bas. [{OB}]", "metric": "net_income", "amount": "212 millions d'euros",
                                    "change": "9 %", "period": "2036"},
      note="'Orbalux a dégagé en 2036 un bénéfice net de 212 millions d'euros, en hausse de 9 %'")
    V(a, "role", "directeur général", {"person": YM, "title": "directeur général", "organization": f"général d'[{OB}], {YM}"},
      note="'Le directeur général d'Orbalux, X'")
    V(a, "role", "porte-parole", {"person": TH, "title": "porte-parole", "organization": "LSAP"},
      note="'le porte-parole du LSAP, X'")
