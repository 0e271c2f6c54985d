"""The three articles of the twenty-seventh blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind27`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and inside the guillemets in T2)
NN = "\u202f"    # narrow no-break space (before % and 'point', inside the guillemets and as thousands separator in U2)
AP = "\u2019"    # typographic apostrophe (every apostrophe of U2)
ND = "\u2013"    # en dash (V2's dateline)
LQ, RQ = "\u201c", "\u201d"    # curly double quotes (the minister's words in V2)


def define(B):
    define_t2(B)
    define_u2(B)
    define_v2(B)


def define_t2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    MO, CV, TV, TA, DP, OD = "Mosanor", "Carvenne", "Tessvold", "Thomas Aubriot", "Delvaux Participations", "Olivier Delvaux"
    LV, IR, MD, NJ, KBC, EB = "Luc Verbeke", "Isabelle Ronchart", "Marc Dethier", "Nele Jacobs", "KBC Securities", "Euronext Bruxelles"
    # ------------------------------------------------------------ T2: a takeover battle for a Liège cable maker, a rival bid and a CEO's resignation (Belgian business daily, web)
    a = B.article("T2-opa-concurrente-cablier-liege", "2037-04-14", (
        f"{MO} : le français {CV} surenchérit face à {TV}\n"
        "Par Elke Maes\n"
        "Publié le mardi 14 avril 2037 à 06h45\n\n"
        f"La bataille pour {MO} est lancée. Le groupe français {CV} a déposé lundi auprès de la FSMA une offre "
        "publique d'achat concurrente sur le câblier liégeois, à 46,50 euros par action, soit 1,26 milliard d'euros pour "
        f"l'ensemble du capital. Son prix dépasse de 13{NB}% celui de l'OPA lancée en février par le néerlandais {TV}, "
        f"à 41 euros par action, qui valorisait {MO} 1,1 milliard d'euros.\n\n"
        f"{O}{MO} a tout pour devenir avec nous le champion européen des câbles sous-marins{C}, a déclaré le CEO de "
        f"{CV}, {TA}, lors d'une conférence de presse à Bruxelles. Il a assuré que le siège resterait à Liège "
        "et qu'aucun des 2.300 emplois belges ne serait supprimé.\n\n"
        f"{TV}, qui détient déjà 19{NB}% du capital, ne compte pas lâcher prise. {O}Nous examinons toutes les "
        f"options{C}, a réagi un porte-parole du groupe de Rotterdam. Dans un communiqué, {TV} a jugé l'offre rivale "
        f"{O}opportuniste et mal financée{C}. D'après De Tijd, son conseil de surveillance se réunira jeudi.\n\n"
        f"L'arbitre sera la holding familiale {DP}, premier actionnaire avec 27{NB}% des parts. Son "
        f"président, {OD}, a fait savoir qu'il trancherait {O}dans l'intérêt de l'entreprise et de ses "
        f"salariés{C} d'ici la fin du mois.\n\n"
        f"La contre-offre tombe au plus mal pour {MO}, dont l'administrateur délégué, {LV}, a démissionné "
        f"dimanche. Il avait recommandé l'offre de {TV}. Le conseil d'administration a nommé {IR}, "
        f"jusqu'ici directrice financière, administratrice déléguée ad interim. {O}Notre devoir est d'examiner les deux "
        f"offres avec la même rigueur{C}, a indiqué le président du conseil, {MD}. Le conseil rendra son avis "
        f"sur l'offre de {CV} le 28 avril, a-t-il précisé.\n\n"
        f"En 2036, {MO} a vu son chiffre d'affaires progresser de 9,4{NB}%, à 1,08 milliard d'euros, et son bénéfice "
        "net atteindre 71,5 millions d'euros, contre 58 millions en 2035.\n\n"
        f"Pour {NJ}, analyste chez {KBC}, {CV} paie cher mais s'offre un accès unique à l'éolien en "
        f"mer. {O}{TV} devra sortir le chéquier s'il veut encore l'emporter{C}, juge-t-elle. Sur {EB}, "
        f"l'action {MO} a bondi lundi de 14,2{NB}%, à 47,80 euros. Côté syndical, la CSC "
        "reste prudente : selon elle, les travailleurs attendent des engagements écrits sur l'emploi."))
    for s, l, c, o in [(MO, ORG, None, False), (CV, ORG, None, False), (TV, ORG, None, False),
                       ("Elke Maes", PER, None, False), ("FSMA", ORG, None, False), (TA, PER, None, False),
                       (EB, ORG, None, False), ("Bruxelles", LOC, None, False), ("Liège", LOC, None, False),
                       ("Rotterdam", LOC, None, False), ("De Tijd", ORG, None, False), (DP, ORG, None, False),
                       (OD, PER, None, False), (LV, PER, None, False), (IR, PER, None, False), (MD, PER, None, False),
                       (NJ, PER, None, False), (KBC, ORG, None, False), ("CSC", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Belgian French-language business daily copied as plain text: a headline opened by "
                      "the target's name and a colon ('Mosanor : ...', ORG), a byline ('Par Elke Maes') and a "
                      "publication line that holds the weekday and the clock time ('Publié le mardi 14 avril 2037 à "
                      "06h45'), no dateline. The reference date is that day (Tuesday 14 April 2037), the day after the "
                      "rival bid ('a déposé lundi'). Straight apostrophes; no-break spaces (U+00A0) before '%' and "
                      "inside the guillemets; the count '2.300 emplois' with the Belgian full stop as thousands "
                      "separator.")
    a["notes"].append("Entities: the coined Liège cable maker 'Mosanor' (headline, lead, the Tessvold bid's valuation, "
                      "inside the CEO's marked words, 'pour Mosanor, dont', the results, the share), the French bidder "
                      "'Carvenne' and the Dutch bidder 'Tessvold' (also inside the analyst's marked words) are ORG in "
                      "every mention; the regulator 'FSMA', the Flemish business daily 'De Tijd' (its article part of "
                      "the name, as 'Les Echos'), the family holding 'Delvaux Participations' (after 'la holding "
                      "familiale'; no separate PER inside), the broker 'KBC Securities', the market 'Euronext "
                      "Bruxelles' (one ORG, no separate place) and the union 'CSC' are ORG; 'Bruxelles' (the press "
                      "conference), 'Liège' (the head office, inside the CEO's reported clause) and 'Rotterdam' ('un "
                      "porte-parole du groupe de Rotterdam', the bidder's home town) are LOC; the byline's journalist, "
                      "the bidder's CEO, the holding's chairman, the resigning and the interim chief executives, the "
                      "board's chairman and the analyst are PER (all invented). Not names: 'le français', 'le "
                      "néerlandais' (firms by their adjectives), 'le câblier liégeois', 'CEO', 'OPA', 'La "
                      "contre-offre', 'Le conseil d'administration', 'Le conseil', 'L'arbitre', 'l'éolien en mer'; "
                      "'liégeois', 'belges' are adjectives.")
    a["notes"].append("Quotes (11 required: 6 direct, 5 indirect; 1 optional): the rival bidder's CEO ('« ... », a déclaré le CEO de "
                      "Carvenne, X, lors d'une conférence de presse à Bruxelles': the name in apposition to the title) "
                      "then 'Il a assuré que A et qu'B' (one indirect quote from the first 'que' to the full stop, the "
                      "second 'qu'' inside); the first bidder through an unnamed spokesman ('« ... », a réagi un "
                      "porte-parole du groupe de Rotterdam': speaker the noun phrase without its article, canonical "
                      "and label null, as 'Un porte-parole de Microsoft' in the tenth set) and through its communiqué "
                      "with marked words after a verb and its object ('Dans un communiqué, Tessvold a jugé l'offre "
                      "rivale « ... »': one direct quote, speaker the issuer by name); a paper ('D'après De Tijd, "
                      "<clause>'); the holding's chairman, marked words inside a reported clause ('a fait savoir qu'il "
                      "trancherait « ... » d'ici la fin du mois': one direct quote for the marked words only, as the "
                      "contract says); the board's chairman ('« ... », a indiqué le président du conseil, X') then an "
                      "inverted cue after an unmarked clause ('Le conseil rendra son avis ... le 28 avril, a-t-il "
                      "précisé': indirect, the clause before the cue); the analyst ('Pour X, analyste chez Y, "
                      "<clause>', cue 'Pour', as in the eighteenth set) then '« ... », juge-t-elle'; the union through "
                      "a pronoun after 'selon' ('la CSC reste prudente : selon elle, <clause>': speaker 'elle', "
                      "canonical CSC, ORG). Optional: 'Il avait recommandé l'offre de Tessvold' (a speech act with a "
                      "noun-phrase object, as the plea and the requisitions of the twenty-fourth set; 'Il' is the "
                      "resigning chief executive). Not quotes: 'a déposé lundi auprès de la FSMA une offre ...', 'ne "
                      "compte pas lâcher prise', 'a nommé ...', 'la CSC reste prudente', the headline.")
    a["notes"].append("Events: acquisitions: the rival bid (headline 'surenchérit', body 'a déposé lundi auprès de la "
                      "FSMA une offre publique d'achat concurrente sur le câblier liégeois, à 46,50 euros par action, "
                      "soit 1,26 milliard d'euros pour l'ensemble du capital'): one announced acquisition (a bid "
                      "lodged), trigger the noun, target Mosanor (the 'câblier liégeois' named in the sentence before), "
                      "buyer Carvenne, amount the bid's total (the price per share no argument), date 'lundi'; the "
                      "first bid ('l'OPA lancée en février par le néerlandais Tessvold, à 41 euros par action'): "
                      "announced (still open), trigger 'OPA', target Mosanor, buyer Tessvold, date 'février', no "
                      "amount (only a price per share); the value the first bid implied ('qui valorisait Mosanor 1,1 "
                      "milliard d'euros') is a valuation event (no funding event carries it, an acquisition has no "
                      "valuation role), its date 'février' optional. Results: 'En 2036, Mosanor a vu son chiffre "
                      "d'affaires progresser de 9,4 %, à ...' (period required) 'et son bénéfice net atteindre ...' "
                      "(period optional: the year written once for the sentence; 'contre 58 millions en 2035' a "
                      "comparison, no event). Roles: 'le CEO de Carvenne, X' and 'X, analyste chez KBC Securities' "
                      "(organization required); 'Mosanor, dont l'administrateur délégué, X, a démissionné dimanche' "
                      "(the post just given up, organization required: 'dont' is the company named just before, as "
                      "'la société X, dont le PDG, Y' in the twenty-fourth set); 'Son président, X' ('Son' is the "
                      "holding: organization optional); 'Le conseil d'administration a nommé X, jusqu'ici directrice "
                      "financière, administratrice déléguée ad interim' (two roles, the post held until now and the "
                      "new one, titles as written with 'ad interim', as 'directrice générale par intérim' in the sixth "
                      "set; organization optional: the unnamed board of the article's company); 'le président du "
                      "conseil, X' (organization optional). Not events: 'Tessvold, qui détient déjà 19 % du capital' "
                      "and 'premier actionnaire avec 27 % des parts' (holdings), the premium '13 %', the board's "
                      "coming opinion, the share move, the headline's 'surenchérit' (the rival bid again).")
    a["notes"].append("Money: the prices per share '46,50 euros', '41 euros' and the share price '47,80 euros' ('par "
                      "action' outside), the rival bid's total '1,26 milliard d'euros', the first bid's implied value "
                      "'1,1 milliard d'euros', the revenue '1,08 milliard d'euros', the net profit '71,5 millions "
                      "d'euros' and the year-earlier profit '58 millions' (no currency word after the amount in euros "
                      "of the same sentence: EUR, span number and scale word, as in the eighteenth set). '2.300 "
                      "emplois' is a count. Percentages: the premium '13 %', the holdings '19 %' and '27 %', the "
                      "revenue rise '9,4 %' (no sign), the share move '14,2 %'.")
    a["notes"].append("Dates: the publication line 'mardi 14 avril 2037 à 06h45' is one TIME (the weekday inside the "
                      "span, as 'vendredi 5 décembre 2036' in the twenty-fifth set), 2037-04-14T06:45; 'lundi' twice "
                      "(the bid lodged, the share's jump) 2037-04-13, two items; 'en février' (past: 'l'OPA lancée en "
                      "février') 2037-02; 'jeudi' (future: 'se réunira jeudi', inside the paper's clause) 2037-04-16; "
                      "'d'ici la fin du mois' span 'fin du mois', 2037-04 with mod END (inside the chairman's "
                      "reported clause, outside the marked words); 'dimanche' (past: 'a démissionné dimanche') "
                      "2037-04-12; 'le 28 avril' (future: the board's opinion) 2037-04-28; 'En 2036' and 'en 2035' the "
                      "years.")
    M(a, "46,50 euros", 46.5, "EUR")
    M(a, "1,26 milliard d'euros", 1.26e9, "EUR")
    M(a, "41 euros", 41, "EUR")
    M(a, "1,1 milliard d'euros", 1.1e9, "EUR")
    M(a, "1,08 milliard d'euros", 1.08e9, "EUR")
    M(a, "71,5 millions d'euros", 71.5e6, "EUR")
    M(a, "58 millions", 58e6, "EUR")
    M(a, "47,80 euros", 47.8, "EUR")
    P(a, f"13{NB}%", 13)
    P(a, f"19{NB}%", 19)
    P(a, f"27{NB}%", 27)
    P(a, f"9,4{NB}%", 9.4)
    P(a, f"14,2{NB}%", 14.2)
    D(a, "mardi 14 avril 2037 à 06h45", "2037-04-14T06:45", typ="TIME", note="the publication line, the weekday inside the span")
    D(a, "lundi", "2037-04-13", nth=0, note="past: 'a déposé lundi', the day before the Tuesday publication")
    D(a, "février", "2037-02", note="past: 'l'OPA lancée en février'")
    D(a, "jeudi", "2037-04-16", note="future: 'son conseil de surveillance se réunira jeudi'")
    D(a, "fin du mois", "2037-04", mod="END", note="'d'ici la fin du mois', the chairman's reported clause")
    D(a, "dimanche", "2037-04-12", note="past: 'a démissionné dimanche'")
    D(a, "28 avril", "2037-04-28", note="future: 'Le conseil rendra son avis ... le 28 avril'")
    D(a, "2036", "2036", note="'En 2036, Mosanor a vu son chiffre d'affaires ...'")
    D(a, "2035", "2035", note="'contre 58 millions en 2035'")
    D(a, "lundi", "2037-04-13", nth=1, note="past: 'l'action Mosanor a bondi lundi'")
    Q(a, f"{O}[{MO} a tout pour devenir avec nous le champion européen des câbles sous-marins]{C}", "direct", "a déclaré",
      (TA, TA, PER), gender="male", note="the name in apposition to 'le CEO de Carvenne'; the given name shows the gender")
    Q(a, "assuré que [le siège resterait à Liège et qu'aucun des 2.300 emplois belges ne serait supprimé].", "indirect",
      "a assuré", ("[Il] a assuré", TA, PER), gender="male",
      note="'Il' is the CEO of the sentence before; two clauses joined by 'et qu'': one quote")
    Q(a, f"{O}[Nous examinons toutes les options]{C}", "direct", "a réagi",
      ("un [porte-parole du groupe de Rotterdam].", None, None), gender="male",
      note="an unnamed spokesman: a noun-phrase speaker without its article, canonical and label null; 'un' shows the gender")
    Q(a, f"{O}[opportuniste et mal financée]{C}", "direct", "a jugé", (TV, TV, ORG),
      note="'Dans un communiqué, Tessvold a jugé l'offre rivale « ... »': marked words after a verb and its object, "
           "the issuer by name")
    Q(a, "D'après De Tijd, [son conseil de surveillance se réunira jeudi].", "indirect", "[D'après] De Tijd",
      ("De Tijd", "De Tijd", ORG), note="'D'après <paper>, <clause>'")
    Q(a, f"{O}[dans l'intérêt de l'entreprise et de ses salariés]{C}", "direct", "a fait savoir", (OD, OD, PER),
      gender="male",
      note="marked words inside a reported clause ('a fait savoir qu'il trancherait « ... » d'ici la fin du mois'): one "
           "direct quote for the marked words only; 'Son président' shows the gender")
    Q(a, f"recommandé [l'offre de {TV}].", "indirect", "avait recommandé", ("[Il] avait recommandé", LV, PER),
      gender="male", optional=True,
      note="'Il avait recommandé l'offre de Tessvold': a speech act with a noun-phrase object, optional as the plea and "
           "the requisitions of the twenty-fourth set; 'Il' is the resigning chief executive")
    Q(a, f"{O}[Notre devoir est d'examiner les deux offres avec la même rigueur]{C}", "direct", "a indiqué", (MD, MD, PER),
      gender="male", note="the name in apposition to 'le président du conseil'")
    Q(a, f"[Le conseil rendra son avis sur l'offre de {CV} le 28 avril], a-t-il", "indirect", "a-t-il précisé",
      ("a-t-[il] précisé", MD, PER), gender="male",
      note="an unmarked clause before an inverted cue; 'il' is the board's chairman of the sentence before")
    Q(a, f"Pour {NJ}, analyste chez {KBC}, [{CV} paie cher mais s'offre un accès unique à l'éolien en mer].", "indirect",
      f"[Pour] {NJ}", (NJ, NJ, PER), gender="female",
      note="'Pour X, analyste chez Y, <clause>' (cue 'Pour', as in the eighteenth set); 'juge-t-elle' in the next "
           "sentence shows the gender")
    Q(a, f"{O}[{TV} devra sortir le chéquier s'il veut encore l'emporter]{C}", "direct", "juge-t-elle",
      ("juge-t-[elle]", NJ, PER), gender="female", note="a pronoun in an inverted present-tense cue: the analyst")
    Q(a, "selon elle, [les travailleurs attendent des engagements écrits sur l'emploi].", "indirect", "[selon] elle,",
      ("selon [elle],", "CSC", ORG), note="a pronoun after 'selon' standing for the union named just before (an ORG)")
    V(a, "acquisition", "offre publique d'achat", {"target": MO, "buyer": CV, "amount": "1,26 milliard d'euros",
                                                   "date": "lundi", "status": "announced"},
      note="the rival bid lodged with the regulator; the headline's 'surenchérit' states it again; the target is the "
           "'câblier liégeois' named in the sentence before; the price per share is no argument")
    V(a, "acquisition", "OPA", {"target": MO, "buyer": TV, "date": "février", "status": "announced"},
      note="'l'OPA lancée en février par le néerlandais Tessvold, à 41 euros par action': a bid launched and still "
           "open; no total amount written (the implied value is the valuation event)")
    V(a, "valuation", "valorisait", {"company": f"valorisait [{MO}]", "amount": "1,1 milliard d'euros",
                                     "date": ("opt", "février")},
      note="'qui valorisait Mosanor 1,1 milliard d'euros': the value the first bid implied; no funding event carries "
           "it")
    V(a, "role", "CEO", {"person": TA, "title": "CEO", "organization": CV}, note="'le CEO de Carvenne, X'")
    V(a, "role", "Son [président], Olivier", {"person": OD, "title": "président", "organization": ("opt", DP)},
      note="'Son président, X': 'Son' is the holding of the sentence before")
    V(a, "role", "administrateur délégué", {"person": LV, "title": "administrateur délégué", "organization": MO},
      note="'Mosanor, dont l'administrateur délégué, X, a démissionné dimanche': the post given up; the Belgian title "
           "of a chief executive")
    V(a, "role", "directrice financière", {"person": IR, "title": "directrice financière", "organization": ("opt", MO)},
      note="'jusqu'ici directrice financière': the post held until now")
    V(a, "role", "administratrice déléguée ad interim", {"person": IR, "title": "administratrice déléguée ad interim",
                                                         "organization": ("opt", MO)},
      note="'Le conseil d'administration a nommé X ... administratrice déléguée ad interim': the new post, title as "
           "written")
    V(a, "role", "président du conseil", {"person": MD, "title": "président du conseil", "organization": ("opt", MO)},
      note="'le président du conseil, X': the board of the article's company")
    V(a, "result", "chiffre d'affaires", {"company": f"2036, [{MO}] a vu", "metric": "revenue",
                                          "amount": "1,08 milliard d'euros", "change": f"9,4{NB}%", "period": "2036"},
      note="'En 2036, Mosanor a vu son chiffre d'affaires progresser de 9,4 %, à ...'")
    V(a, "result", "bénéfice net", {"company": f"2036, [{MO}] a vu", "metric": "net_income",
                                "amount": "71,5 millions d'euros", "period": ("opt", "2036")},
      note="'et son bénéfice net atteindre ...': the year written once for the sentence; 'contre 58 millions en 2035' "
           "a comparison")
    V(a, "role", "analyste", {"person": NJ, "title": "analyste", "organization": KBC}, note="'X, analyste chez KBC Securities'")


def define_u2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    CB, HC, VB, ML, RM, OB = "Cerbelle", "Hélène Castagnède", "Vetraria Brenta", "Marc-Antoine Lefébure", "Raphaël Moulinier", "Oddo BHF"
    FO = "Force ouvrière"
    # ------------------------------------------------------------ U2: a listed French glass-packaging group's annual results, a purchase, guidance (French business site, web)
    a = B.article("U2-resultats-annuels-flaconnier", "2037-03-05", (
        f"{CB} : la marge opérationnelle s{AP}envole, le bénéfice net recule\n"
        "Sophie Ardant | 5 mars 2037, 07:58\n\n"
        f"Le fabricant de flacons de luxe {CB}, qui emploie 12{NN}400 salariés dans neuf pays, a publié mercredi, "
        "après la clôture de la Bourse de Paris, des comptes "
        f"contrastés. En 2036, son chiffre d{AP}affaires a progressé de 5,2{NN}%, à 2,84 milliards d{AP}euros, dont "
        f"3,9{NN}% de croissance organique. Le résultat opérationnel courant a bondi de 11{NN}%, à 398 millions "
        f"d{AP}euros, et la marge opérationnelle gagne 0,8{NN}point, à 14{NN}%. Mais le bénéfice net ressort à 201 "
        f"millions d{AP}euros (-6,3{NN}%), plombé par une dépréciation de 64 millions d{AP}euros sur l{AP}usine de "
        f"Toledo, dans l{AP}Ohio.\n\n"
        f"{O}Nous avons gagné en rentabilité dans un marché du luxe qui ralentit. Nos clients parfumeurs réduisent "
        f"leurs stocks, mais ils montent en gamme.\n\n"
        f"{O}Le verre recyclé sera notre premier relais de croissance{C}, a commenté {HC}, "
        f"directrice générale de {CB} depuis 2033, lors d{AP}une conférence téléphonique. Elle a précisé que le site "
        f"américain réduirait sa production de moitié d{AP}ici à la fin de l{AP}année. Dans son communiqué, le groupe "
        f"indique que ses volumes ont reculé de 2{NN}% en Amérique du Nord. Selon {FO}, premier syndicat du "
        f"groupe, 180 postes de verriers ont été supprimés en France depuis 2034.\n\n"
        f"Pour 2037, {CB} vise une croissance organique de 3 à 5{NN}% et une marge opérationnelle d{AP}au moins "
        f"14,5{NN}%. Le conseil proposera un dividende de 1,95 euro par action, stable.\n\n"
        f"Le groupe s{AP}offre par ailleurs l{AP}italien {VB}, spécialiste des flacons en verre recyclé, pour "
        f"92 millions d{AP}euros ; la finalisation est attendue au deuxième trimestre. Le directeur financier, "
        f"{ML}, a indiqué que la dette nette avait été ramenée à 610 millions d{AP}euros. {O}Nous "
        f"gardons de la marge pour d{AP}autres acquisitions{C}, a-t-il ajouté. D{AP}après Les Echos, {CB} avait "
        f"aussi envisagé l{AP}an dernier de racheter le portugais Vidrogal, avant d{AP}y renoncer.\n\n"
        f"Selon {RM}, analyste chez {OB}, le consensus attendait une marge de 13,6{NN}%. {O}La hausse "
        f"des prix a plus que compensé le recul des volumes{C}, souligne-t-il. À l{AP}ouverture, le titre {CB} "
        f"gagnait 4,7{NN}%."))
    for s, l, c, o in [(CB, ORG, None, False), ("Sophie Ardant", PER, None, False), ("Bourse de Paris", ORG, None, False),
                       ("Toledo", LOC, None, False), ("Ohio", LOC, None, False), (HC, PER, None, False),
                       ("Amérique du Nord", LOC, None, False), (FO, ORG, None, False), ("France", LOC, None, False),
                       (VB, ORG, None, False), (ML, PER, None, False), ("Les Echos", ORG, None, False),
                       ("Vidrogal", ORG, None, False), (RM, PER, None, False), (OB, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French business site copied as plain text: a headline opened by the company's "
                      "name and a colon ('Cerbelle : ...', ORG), then *new* one line holding the byline's name with no "
                      "'Par' and the publication day and clock time after a bar and a comma ('Sophie Ardant | 5 mars "
                      "2037, 07:58'), no dateline. The reference date is that day (Thursday 5 March 2037), the morning "
                      "after the release ('a publié mercredi, après la clôture'). Every apostrophe is the typographic "
                      "one (U+2019: 's’envole', 'd’affaires', 'd’euros', 'l’usine', 'l’Ohio', 'l’an dernier', "
                      "'D’après'); narrow no-break spaces (U+202F) before '%' and 'point', inside the guillemets (also "
                      "after the guillemet that reopens the CEO's second paragraph) and as the thousands separator of "
                      "the count '12 400 salariés'.")
    a["notes"].append("Entities: the coined glass-packaging group 'Cerbelle' (headline, lead, 'directrice générale de "
                      "Cerbelle', 'Pour 2037, Cerbelle vise', inside the paper's clause, 'le titre Cerbelle': six "
                      "mentions) is ORG; 'Bourse de Paris' (one ORG, no separate place), the union 'Force ouvrière' "
                      "(two words, lower-case second), the coined Italian target 'Vetraria Brenta' (after 'l’italien'), "
                      "the business daily 'Les Echos' (its article part of the name), the coined Portuguese firm "
                      "'Vidrogal' (after 'le portugais') and the broker 'Oddo BHF' are ORG; 'Toledo', 'Ohio' (after "
                      "the elided 'l’'), 'Amérique du Nord' (one LOC) and 'France' are LOC; the byline's journalist, "
                      "the CEO, the CFO (a hyphenated given name) and the analyst are PER (all invented). Not names: "
                      "'le groupe', 'Le groupe', 'le site américain', 'Le conseil', 'le consensus', 'le titre', "
                      "'l’italien', 'le portugais' (firms by their adjectives), 'premier syndicat du groupe'.")
    a["notes"].append("Quotes (9 required: 3 direct, 6 indirect): the CEO's words over two paragraphs in French style (no "
                      "closing mark after the first, a reopening guillemet before the second, '», a commenté X, "
                      "directrice générale de Cerbelle depuis 2033, ...' after the last words): one direct quote from "
                      "the first word to the last, the paragraph break and the reopening mark inside the span, as in "
                      "the twenty-fourth to twenty-sixth sets; then 'Elle a précisé que <clause>'; the company through "
                      "a noun phrase and its communiqué in the present ('Dans son communiqué, le groupe indique que "
                      "<clause>': speaker 'groupe', canonical Cerbelle, ORG); the union with an apposition ('Selon "
                      "Force ouvrière, premier syndicat du groupe, <clause>'); the CFO ('Le directeur financier, X, a "
                      "indiqué que <clause>') then '« ... », a-t-il ajouté'; a paper with the typographic apostrophe "
                      "('D’après Les Echos, <clause>', the clause with its 'avant d’y renoncer' to the full stop); the "
                      "analyst ('Selon X, analyste chez Oddo BHF, <clause>') then '« ... », souligne-t-il'. Not "
                      "quotes: 'a publié mercredi ... des comptes contrastés' (a publication, no words reported), 'Pour "
                      "2037, Cerbelle vise ...' (guidance with no speech verb, as in the eighteenth set), 'Le conseil "
                      "proposera un dividende', 'Le groupe s’offre ...', 'la finalisation est attendue ...', the "
                      "headline.")
    a["notes"].append("Events: results of 2036 (the year written once, in the revenue's sentence): revenue ('En 2036, son "
                      "chiffre d’affaires a progressé de 5,2 %, à ...': period required), operating income ('Le "
                      "résultat opérationnel courant a bondi de 11 %, à ...': metric operating_income, period optional) "
                      "and *new* a net profit with a signed fall in brackets ('le bénéfice net ressort à 201 millions "
                      "d’euros (-6,3 %)': change the percentage '-6,3 %', value -6.3, period optional); the margin's "
                      "gain in points ('la marge opérationnelle gagne 0,8 point, à 14 %') an optional result (metric "
                      "other, change '0,8 point'), as in the earlier sets. Acquisitions: 'Le groupe s’offre par "
                      "ailleurs l’italien Vetraria Brenta, ..., pour 92 millions d’euros ; la finalisation est attendue "
                      "au deuxième trimestre': announced (closing expected), trigger 's’offre', buyer 'Le groupe' = "
                      "Cerbelle, amount; its date optional (only the release's 'mercredi' of the first paragraph, as "
                      "in the eighteenth set); an abandoned project reported by a paper ('Cerbelle avait aussi "
                      "envisagé l’an dernier de racheter le portugais Vidrogal, avant d’y renoncer'): planned, trigger "
                      "'racheter', date 'an dernier', as the abandoned projects of the earlier sets. Roles: 'X, "
                      "directrice générale de Cerbelle depuis 2033' and 'X, analyste chez Oddo BHF' (organization "
                      "required); 'Le directeur financier, X' (organization optional: the article's company). Not "
                      "events: the organic growth, the write-down on the US plant, the guidance (growth and margin "
                      "targets), the dividend, the net debt, the job cuts, the volumes, the consensus, the share move; "
                      "'premier syndicat du groupe' (no person).")
    a["notes"].append("Money: the revenue '2,84 milliards d’euros', the operating income '398 millions d’euros', the net "
                      "profit '201 millions d’euros', the write-down '64 millions d’euros', the dividend '1,95 euro' "
                      "('par action' outside), the purchase price '92 millions d’euros', the net debt '610 millions "
                      "d’euros'. '12 400 salariés', 'neuf pays', '180 postes' are counts; 'de moitié' is no "
                      "percentage. Percentages: rises without a sign ('5,2 %', '11 %'), the organic growth '3,9 %', the "
                      "margin's gain '0,8 point' (points) and level '14 %', *new* a signed fall in brackets '-6,3 %' "
                      "(span with its minus sign, value -6.3), the volume fall '2 %', the guidance range '3 à 5 %' "
                      "(value 3) and floor '14,5 %' ('d’au moins' outside), the consensus margin '13,6 %', the share "
                      "move '4,7 %'.")
    a["notes"].append("Dates: *new*: the line 'Sophie Ardant | 5 mars 2037, 07:58' gives one TIME '5 mars 2037, 07:58' "
                      "(a comma between the day and the clock time, as the Swiss '02.03.2034, 07h32' in the eighteenth "
                      "set), 2037-03-05T07:58; 'mercredi' (past: the release) 2037-03-04; 'En 2036' the year of the "
                      "results; 'depuis 2033' and 'depuis 2034' the years; 'd’ici à la fin de l’année' (future) span "
                      "'fin de l’année', 2037 with mod END; 'Pour 2037' the guidance year; 'au deuxième trimestre' "
                      "(future: the closing) 2037-Q2; 'l’an dernier' 2036 (span 'an dernier').")
    M(a, f"2,84 milliards d{AP}euros", 2.84e9, "EUR")
    M(a, f"398 millions d{AP}euros", 398e6, "EUR")
    M(a, f"201 millions d{AP}euros", 201e6, "EUR")
    M(a, f"64 millions d{AP}euros", 64e6, "EUR")
    M(a, "1,95 euro", 1.95, "EUR")
    M(a, f"92 millions d{AP}euros", 92e6, "EUR")
    M(a, f"610 millions d{AP}euros", 610e6, "EUR")
    P(a, f"5,2{NN}%", 5.2)
    P(a, f"3,9{NN}%", 3.9)
    P(a, f"11{NN}%", 11)
    P(a, f"0,8{NN}point", 0.8, points=True)
    P(a, f"14{NN}%", 14)
    P(a, f"-6,3{NN}%", -6.3)
    P(a, f"2{NN}%", 2)
    P(a, f"3 à 5{NN}%", 3)
    P(a, f"14,5{NN}%", 14.5)
    P(a, f"13,6{NN}%", 13.6)
    P(a, f"4,7{NN}%", 4.7)
    D(a, "5 mars 2037, 07:58", "2037-03-05T07:58", typ="TIME", note="the byline's line: day, comma, 24-hour clock with a colon")
    D(a, "mercredi", "2037-03-04", note="past: 'a publié mercredi, après la clôture', the day before the Thursday publication")
    D(a, "2036", "2036", note="'En 2036, son chiffre d’affaires ...'")
    D(a, "2033", "2033", note="'directrice générale de Cerbelle depuis 2033'")
    D(a, f"fin de l{AP}année", "2037", mod="END", note="future: 'd’ici à la fin de l’année', inside the CEO's reported clause")
    D(a, "2034", "2034", note="'supprimés en France depuis 2034', inside the union's clause")
    D(a, "Pour [2037],", "2037", note="'Pour 2037, Cerbelle vise ...': the guidance year")
    D(a, "deuxième trimestre", "2037-Q2", note="future: 'la finalisation est attendue au deuxième trimestre'")
    D(a, "an dernier", "2036", note="'avait aussi envisagé l’an dernier de racheter ...'")
    Q(a, f"{O}[Nous avons gagné en rentabilité dans un marché du luxe qui ralentit. Nos clients parfumeurs réduisent leurs stocks, mais ils montent en gamme.\n\n{O}Le verre recyclé sera notre premier relais de croissance]{C}",
      "direct", "a commenté", (HC, HC, PER), gender="female",
      note="one quote over two paragraphs (no closing mark after the first, a reopening guillemet before the second): "
           "the span runs from the first word to the last one, the paragraph break and the reopening mark inside; the "
           "name with its apposition 'directrice générale de Cerbelle', which shows the gender")
    Q(a, f"précisé que [le site américain réduirait sa production de moitié d{AP}ici à la fin de l{AP}année].", "indirect",
      "a précisé", ("[Elle] a précisé", HC, PER), gender="female", note="'Elle' is the CEO of the sentence before")
    Q(a, f"indique que [ses volumes ont reculé de 2{NN}% en Amérique du Nord].", "indirect", "indique",
      ("le [groupe] indique", CB, ORG),
      note="'Dans son communiqué, le groupe indique que <clause>': the company through a noun phrase, its communiqué "
           "the medium")
    Q(a, f"Selon {FO}, premier syndicat du groupe, [180 postes de verriers ont été supprimés en France depuis 2034].",
      "indirect", f"[Selon] {FO}", (FO, FO, ORG), note="'Selon X, <apposition>, <clause>': the clause after the apposition")
    Q(a, f"indiqué que [la dette nette avait été ramenée à 610 millions d{AP}euros].", "indirect", "a indiqué",
      (ML, ML, PER), gender="male",
      note="'Le directeur financier, X, a indiqué que <clause>': the name in apposition to the subject")
    Q(a, f"{O}[Nous gardons de la marge pour d{AP}autres acquisitions]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", ML, PER), gender="male", note="'il' is the CFO of the sentence before")
    Q(a, f"D{AP}après Les Echos, [{CB} avait aussi envisagé l{AP}an dernier de racheter le portugais Vidrogal, avant d{AP}y renoncer].",
      "indirect", f"[D{AP}après] Les Echos", ("Les Echos", "Les Echos", ORG),
      note="'D’après <paper>, <clause>' with the typographic apostrophe")
    Q(a, f"Selon {RM}, analyste chez {OB}, [le consensus attendait une marge de 13,6{NN}%].", "indirect", f"[Selon] {RM}",
      (RM, RM, PER), gender="male", note="'Selon X, analyste chez Y, <clause>'")
    Q(a, f"{O}[La hausse des prix a plus que compensé le recul des volumes]{C}", "direct", "souligne-t-il",
      ("souligne-t-[il]", RM, PER), gender="male", note="a pronoun in an inverted present-tense cue: the analyst")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"luxe [{CB}],", "metric": "revenue",
                                              "amount": f"2,84 milliards d{AP}euros", "change": f"5,2{NN}%", "period": "2036"},
      note="'En 2036, son chiffre d’affaires a progressé de 5,2 %, à ...' ('son' is Cerbelle, the subject of the "
           "sentence before)")
    V(a, "result", "résultat opérationnel courant", {"company": f"luxe [{CB}],", "metric": "operating_income",
                                                     "amount": f"398 millions d{AP}euros", "change": f"11{NN}%",
                                                     "period": ("opt", "2036")},
      note="the year written once, in the revenue's sentence")
    V(a, "result", "marge opérationnelle", nth=1, args={"company": f"luxe [{CB}],", "metric": "other",
                                            "change": f"0,8{NN}point"}, optional=True,
      note="'la marge opérationnelle gagne 0,8 point, à 14 %': a margin's gain in points, optional as in the earlier sets")
    V(a, "result", "bénéfice net", {"company": f"luxe [{CB}],", "metric": "net_income",
                                    "amount": f"201 millions d{AP}euros", "change": f"-6,3{NN}%",
                                    "period": ("opt", "2036")}, nth=1,
      note="'le bénéfice net ressort à 201 millions d’euros (-6,3 %)': a signed fall in brackets; the headline's 'le "
           "bénéfice net recule' states it again")
    V(a, "role", "directrice générale", {"person": HC, "title": "directrice générale", "organization": f"directrice générale de [{CB}]"},
      note="'X, directrice générale de Cerbelle depuis 2033'")
    V(a, "acquisition", f"s{AP}offre", {"target": VB, "buyer": f"Pour 2037, [{CB}]", "amount": f"92 millions d{AP}euros",
                                        "date": ("opt", "mercredi"), "status": "announced"},
      note="'Le groupe s’offre par ailleurs l’italien X, ..., pour 92 millions d’euros ; la finalisation est attendue "
           "au deuxième trimestre': announced; 'Le groupe' is Cerbelle; the date only the release's")
    V(a, "role", "directeur financier", {"person": ML, "title": "directeur financier", "organization": ("opt", f"Pour 2037, [{CB}]")},
      note="'Le directeur financier, X': the article's company")
    V(a, "acquisition", "racheter", {"target": "Vidrogal", "buyer": f"après Les Echos, [{CB}]", "date": "an dernier",
                                     "status": "planned"},
      note="an abandoned project reported by a paper ('avait aussi envisagé l’an dernier de racheter ..., avant d’y "
           "renoncer'): planned, as in the earlier sets")
    V(a, "role", "analyste", {"person": RM, "title": "analyste", "organization": OB}, note="'X, analyste chez Oddo BHF'")


def define_v2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article
    SK, PA, JC, SFI, AN, LM = "Sikafin", "Partech Africa", "Janngo Capital", "Société financière internationale", "Aya N'Guessan", "Léopold Mensah"
    BCEAO, KE, CA = "Banque centrale des États de l'Afrique de l'Ouest", "Koffi Ehouman", "Comoé Angels"
    # ------------------------------------------------------------ V2: an Abidjan fintech's series A, its earlier round and purchase, a minister's praise, a short interview (Ivorian news site)
    a = B.article("V2-fintech-abidjan-serie-a", "2037-06-18", (
        f"Fintech : l'ivoirienne {SK} lève 6,5 milliards de FCFA pour conquérir l'Afrique de l'Ouest\n\n"
        f"Abidjan, le 18 juin 2037 {ND} La fintech ivoirienne {SK}, qui permet aux commerçants des marchés d'accepter "
        "les paiements par mobile, a annoncé mercredi avoir bouclé une série A de 6,5 milliards de francs CFA (environ "
        f"9,9 millions d'euros) auprès du fonds {PA}, de {JC} et de la Société financière "
        "internationale (SFI). L'opération valorise la jeune pousse 26 milliards de FCFA, selon une source proche du "
        "dossier.\n\n"
        f"Créée en 2033, {SK} revendique 85 000 commerçants clients en Côte d'Ivoire. Son chiffre d'affaires a atteint "
        "2,1 milliards de FCFA en 2036, en hausse de 80 %. En janvier, elle avait racheté la start-up sénégalaise Kalpé "
        "pour un montant non dévoilé. La jeune pousse avait déjà levé 800 millions de FCFA en 2035 auprès du réseau de "
        f"business angels {CA}.\n\n"
        f"{O}Cet argent va nous permettre d'ouvrir Dakar, Bamako et Ouagadougou d'ici à la fin de 2038{C}, explique sa "
        f"fondatrice et directrice générale, {AN}. {O}{PA} mise sur une équipe qui connaît le terrain "
        f"mieux que personne{C}, estime {LM}, associé chez {PA}, qui mène le tour. D'après la SFI, la "
        "fintech pourrait atteindre l'équilibre dès 2039. Selon la Banque centrale des États de l'Afrique de l'Ouest "
        "(BCEAO), moins de 15 % des paiements des commerçants de la zone passent par le mobile.\n\n"
        f"Présent à l'annonce, le ministre de la Transition numérique, {KE}, a salué {LQ}une fierté pour tout "
        f"l'écosystème ivoirien{RQ}. Le ministre a assuré que l'État réserverait 20 % de son futur fonds d'amorçage aux "
        "start-up du paiement.\n\n"
        f"{AN} a répondu à nos questions.\n"
        "Q : Pourquoi commencer par Dakar ?\n"
        "R : Le Sénégal compte deux millions de petits commerçants, et Kalpé nous y a déjà ouvert 4 000 points de vente.\n"
        "Q : Les géants du mobile money ne vous font-ils pas peur ?\n"
        "R : Ils visent les particuliers. Nous, nous équipons les vendeuses du marché d'Adjamé, et elles parlent de nous "
        "à leurs voisines."))
    for s, l, c, o in [(SK, ORG, None, False), (BCEAO, ORG, None, False), ("Afrique de l'Ouest", LOC, None, False),
                       ("Abidjan", LOC, None, False), (PA, ORG, None, False), (JC, ORG, None, False),
                       (SFI, ORG, None, False), ("SFI", ORG, SFI, False), ("Côte d'Ivoire", LOC, None, False),
                       ("Kalpé", ORG, None, False), (CA, ORG, None, False), ("Dakar", LOC, None, False),
                       ("Bamako", LOC, None, False), ("Ouagadougou", LOC, None, False), (AN, PER, None, False),
                       (LM, PER, None, False), ("BCEAO", ORG, BCEAO, False), (KE, PER, None, False),
                       ("Sénégal", LOC, None, False), ("Adjamé", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of an Ivorian news site copied as plain text: a headline opened by a section word and a "
                      "colon ('Fintech : ...', no name), no byline and *new* a dateline in the local style, the town "
                      "in ordinary case, 'le' before the full date and an en dash (U+2013) after it ('Abidjan, le 18 "
                      "juin 2037 – '); the article ends with a short interview in 'Q :' / 'R :' turns. The reference "
                      "date is the dateline day (Thursday 18 June 2037), the day after the announcement ('a annoncé "
                      "mercredi'). Straight apostrophes (also inside the founder's surname, 'N'Guessan'); ordinary "
                      "spaces before '%', inside the guillemets and as thousands separators ('85 000', '4 000'); "
                      "*new*: the minister's marked words between curly double quotes (U+201C, U+201D) with no space "
                      "inside, in an article that uses guillemets elsewhere.")
    a["notes"].append("Entities: the coined Abidjan fintech 'Sikafin' (headline, lead, 'Créée en 2033, Sikafin') is ORG; "
                      "the investors 'Partech Africa' (three times: the lead, inside the partner's marked words, after "
                      "'associé chez'), 'Janngo Capital', the 'Société financière internationale' and its acronym in "
                      "brackets 'SFI' (twice, canonical the full name), the coined business-angel network 'Comoé "
                      "Angels' (after 'du réseau de business angels') and the coined Senegalese target 'Kalpé' (twice, "
                      "once inside an answer) are ORG; *new*: the central bank spelled out with a place inside its name "
                      "('Banque centrale des États de l'Afrique de l'Ouest': one ORG, no separate 'Afrique de l'Ouest') "
                      "then its acronym in brackets ('BCEAO', canonical the full name); 'Afrique de l'Ouest' in the "
                      "headline (a region), 'Abidjan' (the dateline), 'Côte d'Ivoire', 'Dakar' (inside the founder's "
                      "marked words and in a question), 'Bamako', 'Ouagadougou', 'Sénégal' (inside an answer) and "
                      "'Adjamé' (a district of Abidjan, 'du marché d'Adjamé', inside an answer) are LOC; *new*: the "
                      "founder's surname with a straight apostrophe inside ('Aya N'Guessan', one PER, twice), the "
                      "partner and the minister are PER (all invented). Not names: 'FCFA', 'francs CFA' (a currency), "
                      "'série A', 'La jeune pousse', 'la fintech', 'business angels', 'mobile money', 'l'État', 'Le "
                      "ministre', 'Transition numérique' (inside the minister's title), 'Q', 'R'; 'ivoirienne', "
                      "'ivoirien', 'sénégalaise' are adjectives.")
    a["notes"].append("Quotes (10 required: 5 direct, 5 indirect; 3 optional): the company by name ('La fintech "
                      "ivoirienne Sikafin, qui ..., a annoncé mercredi avoir bouclé ...': span from the infinitive to "
                      "the full stop, the relative clause between subject and verb); an unnamed source, inverted "
                      "('<clause>, selon une source proche du dossier': speaker the noun phrase without its article, "
                      "canonical and label null, as 'sources proches du dossier' in the twenty-fifth set); the founder "
                      "('« ... », explique sa fondatrice et directrice générale, X': the name in apposition); the "
                      "investor ('« ... », estime X, associé chez Partech Africa, qui mène le tour'); the public "
                      "investor by its acronym ('D'après la SFI, <clause>': speaker 'SFI', canonical the full name); the "
                      "central bank ('Selon la Banque centrale ... (BCEAO), <clause>': speaker the full name, the "
                      "acronym in brackets outside the clause); the minister's marked noun phrase between curly quotes "
                      "('le ministre de la Transition numérique, X, a salué “...”': one direct quote, the marks left "
                      "out) then a noun-phrase speaker for him ('Le ministre a assuré que <clause>': speaker "
                      "'ministre', canonical the minister); the interview after 'X a répondu à nos questions.': each "
                      "answer after 'R : ' a required direct quote to the end of its line (final punctuation kept, "
                      "several sentences one quote), cue null, speaker the founder named in the introducing sentence, "
                      "as in the eighteenth set; the questions after 'Q : ' optional direct quotes, cue and speaker "
                      "null (the site's 'nos questions'); 'Sikafin revendique 85 000 commerçants clients en Côte "
                      "d'Ivoire' (a claim with a noun-phrase object) optional, as in the third and twelfth sets. Not "
                      "quotes: 'X a répondu à nos questions', 'qui mène le tour', the headline.")
    a["notes"].append("Events: funding: the series A (headline 'lève 6,5 milliards de FCFA', body 'a annoncé mercredi "
                      "avoir bouclé une série A de 6,5 milliards de francs CFA (environ 9,9 millions d'euros) auprès du "
                      "fonds X, de Y et de la Z (SFI)'): one funding event, trigger 'bouclé', amount the francs CFA (the "
                      "euro equivalent in brackets no argument, as in the eighteenth set), round 'série A', the three "
                      "investors after 'auprès de', the valuation of the next sentence ('L'opération valorise la jeune "
                      "pousse 26 milliards de FCFA, selon ...': no separate valuation event) and the announcement's "
                      "date; the earlier round ('La jeune pousse avait déjà levé 800 millions de FCFA en 2035 auprès du "
                      "réseau de business angels X'): a second funding event, company the start-up by a noun phrase, "
                      "its investor and year. Result: 'Son chiffre d'affaires a atteint 2,1 milliards de FCFA en 2036, "
                      "en hausse de 80 %' (company Sikafin, period 2036). Acquisition: 'En janvier, elle avait racheté "
                      "la start-up sénégalaise Kalpé pour un montant non dévoilé': done, buyer 'elle' = Sikafin, date "
                      "'janvier', no amount. Roles: 'sa fondatrice et directrice générale, X' (two titles joined by "
                      "'et', as written; 'sa' is the start-up: organization optional); 'X, associé chez Partech "
                      "Africa' (organization required); 'le ministre de la Transition numérique, X' (title as "
                      "written, no organization). Not events: the founding year ('Créée en 2033'), the customers "
                      "claimed, the expansion plan, the breakeven forecast, the State's fund reserve (a plan), the "
                      "market share of mobile payments, 'qui mène le tour' (the lead investor of the same round).")
    a["notes"].append("Money: the francs CFA are XOF (an Ivorian site on the West African CFA franc): the headline's '6,5 "
                      "milliards de FCFA' and the body's '6,5 milliards de francs CFA' are two items, the euro "
                      "equivalent '9,9 millions d'euros' (after 'environ', outside the span) a third; the valuation "
                      "'26 milliards de FCFA', the revenue '2,1 milliards de FCFA', the earlier round '800 millions de "
                      "FCFA'. Counts are no money: '85 000 commerçants', *new* 'deux millions de petits commerçants' (a "
                      "scale word with no currency, a count of people, inside an answer), '4 000 points de vente'; 'un "
                      "montant non dévoilé' is no money. Percentages: the revenue rise '80 %', the share of mobile "
                      "payments '15 %' ('moins de' outside the span), the State fund's share '20 %'.")
    a["notes"].append("Dates: the dateline '18 juin 2037' (the article 'le' outside) 2037-06-18; 'mercredi' (past: the "
                      "announcement) 2037-06-17; 'Créée en 2033', 'en 2036', 'en 2035' the years; 'En janvier' (past: "
                      "'elle avait racheté') 2037-01; 'd'ici à la fin de 2038' (inside the founder's marked words) span "
                      "'fin de 2038', 2038 with mod END; 'dès 2039' the year.")
    M(a, "6,5 milliards de FCFA", 6.5e9, "XOF")
    M(a, "6,5 milliards de francs CFA", 6.5e9, "XOF")
    M(a, "9,9 millions d'euros", 9.9e6, "EUR")
    M(a, "26 milliards de FCFA", 26e9, "XOF")
    M(a, "2,1 milliards de FCFA", 2.1e9, "XOF")
    M(a, "800 millions de FCFA", 800e6, "XOF")
    P(a, "80 %", 80)
    P(a, "15 %", 15)
    P(a, "20 %", 20)
    D(a, "18 juin 2037", "2037-06-18", note="the dateline, 'le' outside the span")
    D(a, "mercredi", "2037-06-17", note="past: 'a annoncé mercredi', the day before the Thursday dateline")
    D(a, "2033", "2033", note="'Créée en 2033'")
    D(a, "2036", "2036", note="'Son chiffre d'affaires a atteint ... en 2036'")
    D(a, "janvier", "2037-01", note="past: 'En janvier, elle avait racheté ...'")
    D(a, "2035", "2035", note="'avait déjà levé 800 millions de FCFA en 2035'")
    D(a, "fin de 2038", "2038", mod="END", note="'d'ici à la fin de 2038', inside the founder's marked words")
    D(a, "2039", "2039", note="'dès 2039', inside the SFI's clause")
    Q(a, "annoncé mercredi [avoir bouclé une série A de 6,5 milliards de francs CFA (environ 9,9 millions d'euros) auprès du fonds Partech Africa, de Janngo Capital et de la Société financière internationale (SFI)].",
      "indirect", "a annoncé", (f"ivoirienne [{SK}], qui", SK, ORG),
      note="'a annoncé mercredi avoir bouclé': the span starts at the infinitive; the company by name, a relative "
           "clause between subject and verb")
    Q(a, "[L'opération valorise la jeune pousse 26 milliards de FCFA], selon", "indirect", "[selon] une source",
      ("une [source proche du dossier].", None, None),
      note="inverted 'selon' with an unnamed source: a noun-phrase speaker without its article, canonical and label null")
    Q(a, f"revendique [85 000 commerçants clients en Côte d'Ivoire].", "indirect", "revendique", (f"2033, [{SK}]", SK, ORG),
      optional=True, note="'revendique' + a noun phrase, not a clause: optional, as in the third and twelfth sets")
    Q(a, f"{O}[Cet argent va nous permettre d'ouvrir Dakar, Bamako et Ouagadougou d'ici à la fin de 2038]{C}", "direct",
      "explique", (AN, AN, PER), gender="female",
      note="the name in apposition to 'sa fondatrice et directrice générale', which shows the gender")
    Q(a, f"{O}[{PA} mise sur une équipe qui connaît le terrain mieux que personne]{C}", "direct", "estime",
      (LM, LM, PER), gender="male", note="the name after the cue, an apposition after it; the given name shows the gender")
    Q(a, "D'après la SFI, [la fintech pourrait atteindre l'équilibre dès 2039].", "indirect", "[D'après] la SFI",
      ("D'après la [SFI]", SFI, ORG), note="'D'après <acronym>, <clause>': the public investor named in the lead")
    Q(a, f"(BCEAO), [moins de 15 % des paiements des commerçants de la zone passent par le mobile].", "indirect",
      "[Selon] la Banque", (BCEAO, BCEAO, ORG),
      note="'Selon <full name> (<acronym>), <clause>': speaker the full name, the acronym outside the clause")
    Q(a, f"{LQ}[une fierté pour tout l'écosystème ivoirien]{RQ}", "direct", "a salué", (KE, KE, PER), gender="male",
      note="marked words between curly double quotes after the cue: one direct quote, the marks left out; the name in "
           "apposition to 'le ministre ...'")
    Q(a, "assuré que [l'État réserverait 20 % de son futur fonds d'amorçage aux start-up du paiement].", "indirect",
      "a assuré", ("Le [ministre] a assuré", KE, PER), gender="male",
      note="a noun-phrase speaker for the minister named in the sentence before")
    Q(a, "Q : [Pourquoi commencer par Dakar ?]", "direct", None, None, optional=True,
      note="the site's question ('nos questions'): no one named")
    Q(a, "R : [Le Sénégal compte deux millions de petits commerçants, et Kalpé nous y a déjà ouvert 4 000 points de vente.]",
      "direct", None, (AN, AN, PER), gender="female",
      note="an answer after 'R :'; the speaker named in the sentence introducing the interview")
    Q(a, "Q : [Les géants du mobile money ne vous font-ils pas peur ?]", "direct", None, None, optional=True,
      note="the site's question ('nos questions'): no one named")
    Q(a, "R : [Ils visent les particuliers. Nous, nous équipons les vendeuses du marché d'Adjamé, et elles parlent de nous à leurs voisines.]",
      "direct", None, (AN, AN, PER), gender="female", note="an answer after 'R :', two sentences one quote")
    V(a, "funding", "bouclé", {"company": SK, "amount": "6,5 milliards de francs CFA", "round": "série A",
                               "investors": [PA, JC, SFI], "valuation": "26 milliards de FCFA", "date": "mercredi"},
      note="the headline states the same round; the valuation of the next sentence belongs to it")
    V(a, "result", "chiffre d'affaires", {"company": f"2033, [{SK}]", "metric": "revenue",
                                          "amount": "2,1 milliards de FCFA", "change": "80 %", "period": "2036"},
      note="'Son chiffre d'affaires a atteint ... en 2036, en hausse de 80 %' ('Son' is Sikafin, the subject of the "
           "sentence before)")
    V(a, "acquisition", "racheté", {"target": "Kalpé", "buyer": f"2033, [{SK}]", "date": "janvier", "status": "done"},
      note="'En janvier, elle avait racheté la start-up sénégalaise Kalpé pour un montant non dévoilé': done, no amount; "
           "'elle' is Sikafin")
    V(a, "funding", "levé", {"company": f"2033, [{SK}]", "amount": "800 millions de FCFA", "investors": [CA], "date": "2035"},
      note="the earlier round referred back ('La jeune pousse avait déjà levé ... en 2035 auprès du réseau de business "
           "angels X')")
    V(a, "role", "fondatrice et directrice générale", {"person": AN, "title": "fondatrice et directrice générale",
                                                       "organization": ("opt", SK)},
      note="'sa fondatrice et directrice générale, X': two titles joined by 'et', as written; 'sa' is the start-up")
    V(a, "role", "associé", {"person": LM, "title": "associé", "organization": f"chez [{PA}]"},
      note="'X, associé chez Partech Africa'")
    V(a, "role", "ministre de la Transition numérique", {"person": KE, "title": "ministre de la Transition numérique"},
      note="'le ministre de la Transition numérique, X': title as written, no organization")
