"""The six articles of the sixth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind6`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, inside guillemets in articles B and F)
NN = "\u202f"    # narrow no-break space (thousands, inside guillemets in article D)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    SKA, AKS, CRE = "Skovgaard A/S", "Anne-Sophie Kervella", "Commission de régulation de l'énergie"
    # ------------------------------------------------------------ A: energy, an offshore wind contract and a joint venture
    a = B.article("A-eolien-en-mer", "2027-09-14", (
        "CHERBOURG-EN-COTENTIN, 14 septembre (AFP) - Le groupe public Voltéris a signé mardi avec le fabricant "
        f"danois d'éoliennes {SKA} un contrat de 4,2 milliards d'euros pour équiper le futur parc en mer de "
        "Barfleur, au large du Cotentin, a annoncé l'énergéticien dans un communiqué.\n\n"
        f"Les deux industriels créent à cette occasion une coentreprise, Cotentin Nacelles, détenue à 51{NB}% par "
        f"Voltéris et à 49{NB}% par Skovgaard, qui assemblera les nacelles dans une nouvelle usine du port de "
        "Cherbourg. Le site doit ouvrir fin 2028 et employer 650 personnes. Les premières turbines tourneront en "
        "2031.\n\n"
        "« C'est la plus grosse commande industrielle de notre histoire, et elle reste en France », a déclaré la "
        f"PDG de Voltéris, {AKS}, lors d'une conférence de presse sur le port. Détenu à 84{NB}% par l'État, le "
        f"groupe a dégagé l'an dernier un bénéfice net de 2,9 milliards d'euros, en hausse de 12{NB}%. Mme "
        "Kervella assure que le contrat sera financé « sans appel au contribuable ».\n\n"
        "Selon Mikkel Holst, directeur général de Skovgaard, le groupe danois réalisera environ "
        f"30{NB}% de la valeur du contrat en France. Il avait racheté en 2024 le fabricant de pales nantais "
        "Ventelis pour 380 millions d'euros.\n\n"
        "Le président de la région Normandie, Thierry Lemarchand, a salué « une victoire pour tout le "
        "territoire ». La région apportera 120 millions d'euros pour l'aménagement du quai. Plus réservée, la CGT "
        "de Voltéris réclame des embauches en CDI. « On nous promet 650 emplois, mais combien seront "
        "sous-traités ? », s'interroge son délégué syndical central, Yannick Le Bihan.\n\n"
        f"Selon la {CRE} (CRE), le parc vendra son courant 44,90 euros le mégawattheure, un tarif garanti "
        "pendant vingt ans. Le régulateur estime que le soutien public pourrait atteindre 1,5 milliard d'euros si "
        "les prix de marché restent bas. La mise en service complète est prévue d'ici à 2033."))
    for s, l, c, o in [("CHERBOURG-EN-COTENTIN", LOC, None, False), ("AFP", ORG, None, False),
                       ("Cotentin Nacelles", ORG, None, False), ("Voltéris", ORG, None, False),
                       (SKA, ORG, "Skovgaard", False), ("Skovgaard", ORG, None, False),
                       ("Barfleur", LOC, None, False), ("Cotentin", LOC, None, False), ("Cherbourg", LOC, None, False),
                       ("France", LOC, None, False), (AKS, PER, None, False), ("Kervella", PER, AKS, False),
                       ("Mikkel Holst", PER, None, False), ("Ventelis", ORG, None, False),
                       ("Normandie", LOC, None, False), ("Thierry Lemarchand", PER, None, False),
                       ("CGT", ORG, None, False), ("Yannick Le Bihan", PER, None, False),
                       (CRE, ORG, None, False), ("CRE", ORG, CRE, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'Skovgaard A/S' keeps its legal form where the text writes it; the bare "
                      "'Skovgaard' of later sentences is the same company, canonical without the form. The "
                      "joint venture 'Cotentin Nacelles' is ORG (the place name inside it is not annotated "
                      "separately); 'au large du Cotentin' (the peninsula) and 'parc en mer de Barfleur' (the "
                      "town the park is named after) are LOC; 'la région Normandie' is LOC, as 'la région "
                      "Auvergne-Rhône-Alpes' in the fourth set. 'CRE' in brackets is the same body as 'Commission "
                      "de régulation de l'énergie' (canonical: the full name, as 'Comco' in the fifth set). 'la "
                      "CGT de Voltéris' gives two ORG (the union, the company). 'l'État', 'CDI', 'danois', "
                      "'nantais' are not entities.")
    a["notes"].append("Money: '44,90 euros' (a price per megawatt-hour) is money, as prices per share in the "
                      "earlier sets; the region's '120 millions d'euros' and the regulator's estimate of public "
                      "support ('1,5 milliard d'euros') are money with no event.")
    a["notes"].append("Percentages: '51 %' and '49 %' (the joint venture's shares), '84 %' (the State's stake), "
                      "'12 %' (profit growth), 'environ 30 %' (span without 'environ', as 'environ 20 %' in the "
                      "fifth set).")
    a["notes"].append("Events: the contract signed (a supply contract) and the joint venture created with its "
                      "51/49 split are no event type of the contract (no acquisition: nobody buys an existing "
                      "company). The net profit is a result ('le groupe' is Voltéris); the 2024 purchase of "
                      "Ventelis is a done acquisition whose buyer is 'Il' (the Danish group of the sentence before). "
                      "'Le président de la région Normandie' is a role whose title splits several ways (person "
                      "only, as mayors and prefects in the earlier sets).")
    a["notes"].append("Quotes: 'a annoncé l'énergéticien dans un communiqué' has Voltéris as speaker (a company "
                      "speaking through a noun); 'Le régulateur estime que' has the CRE's canonical; 's'interroge' "
                      "introduces a quoted question (a verb of saying); 'la CGT ... réclame des embauches' takes a "
                      "noun phrase: not a quote.")
    M(a, "4,2 milliards d'euros", 4.2e9, "EUR")
    M(a, "2,9 milliards d'euros", 2.9e9, "EUR")
    M(a, "380 millions d'euros", 380e6, "EUR")
    M(a, "120 millions d'euros", 120e6, "EUR")
    M(a, "44,90 euros", 44.9, "EUR")
    M(a, "1,5 milliard d'euros", 1.5e9, "EUR")
    P(a, f"51{NB}%", 51)
    P(a, f"49{NB}%", 49)
    P(a, f"84{NB}%", 84)
    P(a, f"12{NB}%", 12)
    P(a, f"30{NB}%", 30)
    D(a, "14 septembre", "2027-09-14", note="dateline")
    D(a, "mardi", "2027-09-14", note="the dateline day")
    D(a, "fin 2028", "2028", mod="END")
    D(a, "2031", "2031")
    D(a, "an dernier", "2026", note="'l'an dernier'")
    D(a, "2024", "2024")
    D(a, "vingt ans", "P20Y", typ="DURATION", note="'un tarif garanti pendant vingt ans'")
    D(a, "2033", "2033", note="'d'ici à 2033': span without 'd'ici à'")
    Q(a, f"[Le groupe public Voltéris a signé mardi avec le fabricant danois d'éoliennes {SKA} un contrat de 4,2 milliards d'euros pour équiper le futur parc en mer de Barfleur, au large du Cotentin], a annoncé",
      "indirect", "a annoncé", ("l'[énergéticien] dans", "Voltéris", ORG),
      note="inverted reporting clause; 'l'énergéticien' is Voltéris")
    Q(a, "« [C'est la plus grosse commande industrielle de notre histoire, et elle reste en France] »", "direct",
      "a déclaré", (AKS, AKS, PER), gender="female",
      note="the name is in apposition to 'la PDG de Voltéris'")
    Q(a, "« [sans appel au contribuable] »", "direct", "assure", ("Mme [Kervella]", AKS, PER), gender="female",
      note="partly quoted clause after 'assure que': one direct quote for the marked words")
    Q(a, f"Skovgaard, [le groupe danois réalisera environ 30{NB}% de la valeur du contrat en France].", "indirect",
      "[Selon] Mikkel", ("Mikkel Holst", "Mikkel Holst", PER), gender="male",
      note="'Selon X, directeur général de Y, <clause>': the span is the clause after the apposition")
    Q(a, "« [une victoire pour tout le territoire] »", "direct", "a salué",
      ("Thierry Lemarchand", "Thierry Lemarchand", PER), gender="male")
    Q(a, "« [On nous promet 650 emplois, mais combien seront sous-traités ?] »", "direct", "s'interroge",
      ("Yannick Le Bihan", "Yannick Le Bihan", PER), gender="male",
      note="a quoted question; the name is in apposition to 'son délégué syndical central'")
    Q(a, "(CRE), [le parc vendra son courant 44,90 euros le mégawattheure, un tarif garanti pendant vingt ans].",
      "indirect", "[Selon] la Commission", (f"la [{CRE}] (CRE)", CRE, ORG))
    Q(a, "estime que [le soutien public pourrait atteindre 1,5 milliard d'euros si les prix de marché restent bas].",
      "indirect", "estime", ("Le [régulateur] estime", CRE, ORG), note="'Le régulateur' is the CRE")
    V(a, "result", "bénéfice net", {
        "company": "Voltéris", "metric": "net_income", "amount": "2,9 milliards d'euros", "change": f"12{NB}%",
        "period": "an dernier"}, note="'le groupe' is Voltéris, named in the sentence before")
    V(a, "acquisition", "racheté", {
        "target": "Ventelis", "buyer": "Skovgaard", "amount": "380 millions d'euros", "date": "2024",
        "status": "done"}, note="'Il avait racheté': the Danish group of the sentence before")
    V(a, "role", "PDG", {"person": AKS, "title": "PDG", "organization": "Voltéris"})
    V(a, "role", "directeur général", {"person": "Mikkel Holst", "title": "directeur général",
                                       "organization": "Skovgaard"})
    V(a, "role", "Le [président] de la région", {"person": "Thierry Lemarchand"},
      note="'Le président de la région Normandie': title written several ways, person only")
    V(a, "role", "délégué syndical central", {"person": "Yannick Le Bihan", "title": "délégué syndical central",
                                              "organization": ("opt", "CGT")},
      note="'son délégué syndical central': the CGT of the sentence before")

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    # ------------------------------------------------------------ B: Brussels, state aid and a German carmaker's results
    a = B.article("B-bruxelles-automobile", "2027-10-27", (
        "BRUXELLES, 27 octobre (AFP) - La Commission européenne a autorisé mercredi l'Allemagne à verser 1,3 "
        "milliard d'euros d'aides publiques au constructeur automobile Aldermann SE pour sa future usine de "
        f"batteries de Magdebourg, le jour même où le groupe de Stuttgart annonçait 7{NN}500 suppressions de "
        "postes outre-Rhin.\n\n"
        f"{O}Cette aide est proportionnée et ne fausse pas la concurrence dans le marché intérieur{C}, a assuré la "
        "commissaire européenne chargée de la Concurrence, Margit Vandersteen. Selon elle, "
        f"l'usine {O}n'aurait pas vu le jour{C} sans soutien public. L'autorisation est toutefois conditionnée à "
        f"l'ouverture de 20{NB}% de sa capacité à d'autres constructeurs.\n\n"
        f"Au troisième trimestre, Aldermann a vu son résultat opérationnel fondre de 38{NB}%, à 1,6 milliard "
        "d'euros, pour un chiffre d'affaires de 38,4 milliards d'euros, stable sur un an. Sa marge opérationnelle "
        f"est tombée à 4,2{NB}%, en recul de 2,7 points. Aux États-Unis, les "
        f"ventes ont reculé de 14{NB}%, à 6,9 milliards de dollars. Portée par la berline Ionis, la part de "
        f"l'électrique dans ses ventes en Europe a gagné 4 points, à 19{NB}%.\n\n"
        f"{O}Nous devons réduire nos coûts d'un milliard d'euros par an d'ici 2029{C}, a justifié le président du "
        "directoire, Florian Achterberg, lors d'une conférence téléphonique. Les suppressions toucheront surtout "
        "les sites de Heilbronn et de Chemnitz et s'étaleront jusqu'en 2030, a précisé le groupe.\n\n"
        f"Le syndicat IG Metall a dénoncé un {O}chantage à l'emploi{C}. Sa secrétaire régionale, Sabine Krämer, "
        f"estime que la direction {O}a dormi pendant dix ans{C}. À Berlin, le ministre fédéral de l'Économie, "
        f"Jonas Feldhaus, s'est félicité d'une décision de Bruxelles qui {O}protège la souveraineté industrielle "
        f"de l'Europe{C}.\n\n"
        "Le groupe serait par ailleurs en discussions avec le fonds américain Crestline Partners pour lui céder "
        "sa filiale de logiciels Aldermann Softworks GmbH, pour environ 2 milliards de dollars, selon "
        f"le quotidien Handelsblatt. L'action Aldermann a cédé 5,6{NB}% à la Bourse de Francfort."))
    MV, FA, SK, JF = "Margit Vandersteen", "Florian Achterberg", "Sabine Krämer", "Jonas Feldhaus"
    ASW, CE = "Aldermann Softworks GmbH", "Commission européenne"
    COM = "commissaire européenne chargée de la Concurrence"
    for s, l, c, o in [("BRUXELLES", LOC, None, False), ("AFP", ORG, None, False), (CE, ORG, None, False),
                       ("Allemagne", LOC, None, False), ("Aldermann SE", ORG, "Aldermann", False),
                       (ASW, ORG, None, False), ("Aldermann", ORG, None, False), ("Magdebourg", LOC, None, False),
                       ("Stuttgart", LOC, None, False), (MV, PER, None, False), ("États-Unis", LOC, None, False),
                       (FA, PER, None, False), ("Heilbronn", LOC, None, False), ("Chemnitz", LOC, None, False),
                       ("IG Metall", ORG, None, False), (SK, PER, None, False), ("Berlin", LOC, None, False),
                       (JF, PER, None, False), ("Bruxelles", ORG, None, True), ("Europe", LOC, None, False),
                       ("Ionis", MISC, None, False),
                       ("Crestline Partners", ORG, None, False), ("Handelsblatt", ORG, None, False),
                       ("Bourse de Francfort", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'Aldermann SE' and the bare 'Aldermann' are one company, canonical without the "
                      "legal form (issue #13); 'le groupe de Stuttgart' names its seat (Stuttgart LOC). The "
                      "subsidiary 'Aldermann Softworks GmbH' is named once, with its form: canonical as written, "
                      "as 'Verbrugge Invest NV' in the fifth set (a system that drops the form there costs only "
                      "canonical accuracy); the parent's name inside it is not annotated separately. 'une "
                      "décision de Bruxelles' (the city standing for the Commission) is optional ORG; the "
                      "dateline BRUXELLES is LOC. 'À Berlin, le ministre' is LOC (where he speaks), as 'À Ottawa' "
                      "in the fifth set. 'IG Metall' (the German metalworkers' union), 'Handelsblatt' (a daily) "
                      "and 'Bourse de Francfort' are ORG; the car model 'Ionis' is MISC (a product). 'Europe' "
                      "('dans ses ventes en Europe', 'de l'Europe') is LOC. 'outre-Rhin', 'américain' are not "
                      "entities.")
    a["notes"].append("Money: '6,9 milliards de dollars' and '2 milliards de dollars' are USD; 'un milliard "
                      "d'euros' (a yearly cost cut, inside a quote) is money (1e9). '7 500 suppressions de postes' "
                      "is a count, not money.")
    a["notes"].append("Percentages: '2,7 points' (the margin's fall) and '4 points' (the electric share's rise) "
                      "are percentage points (points: true); '20 %', '38 %', '4,2 %', '14 %', '19 %', '5,6 %' are "
                      "plain.")
    a["notes"].append("Events: three results for the third quarter (operating profit with its fall, revenue, "
                      "and the US sales with their fall, a segment's revenue, required as the fourth set's "
                      "fourth-quarter sales); the margin (a rate, change in points) is an optional result, as in "
                      "the earlier sets. The planned sale of the software subsidiary ('serait ... en discussions "
                      "... pour lui céder') is an acquisition with status 'planned', the fund as buyer and "
                      "Aldermann as seller. The State aid authorised by the Commission ('à verser 1,3 milliard "
                      "d'euros d'aides publiques au constructeur') is an optional funding event: a public "
                      "subsidy, not an investment in the capital. Job cuts are no event. Roles: the commissioner "
                      "(organization optional: the Commission of the first sentence), the chairman of the "
                      "management board, the union's regional secretary ('Sa secrétaire régionale': IG Metall), "
                      "the German federal minister (no organization).")
    a["notes"].append("Quotes: 'a précisé le groupe' has Aldermann as speaker; 'a dénoncé un « ... »', 'estime "
                      "que la direction « ... »' and 's'est félicité d'une décision ... qui « ... »' give one "
                      "direct quote for the marked words each; the closing 'selon le quotidien Handelsblatt' makes "
                      "the whole sentence before it an indirect quote of the newspaper. Dates: 'le jour même' "
                      "(the same Wednesday) is optional; 'stable sur un an' (a comparison span) and 'par an' "
                      "(a rate) are optional.")
    M(a, "1,3 milliard d'euros", 1.3e9, "EUR")
    M(a, "1,6 milliard d'euros", 1.6e9, "EUR")
    M(a, "38,4 milliards d'euros", 38.4e9, "EUR")
    M(a, "6,9 milliards de dollars", 6.9e9, "USD")
    M(a, "un milliard d'euros", 1e9, "EUR")
    M(a, "2 milliards de dollars", 2e9, "USD")
    P(a, f"20{NB}%", 20)
    P(a, f"38{NB}%", 38)
    P(a, f"4,2{NB}%", 4.2)
    P(a, "2,7 points", 2.7, points=True)
    P(a, f"14{NB}%", 14)
    P(a, "4 points", 4, points=True)
    P(a, f"19{NB}%", 19)
    P(a, f"5,6{NB}%", 5.6)
    D(a, "27 octobre", "2027-10-27", note="dateline")
    D(a, "mercredi", "2027-10-27", note="the dateline day")
    D(a, "jour même", "2027-10-27", opt=True, note="'le jour même': anaphoric, the same Wednesday")
    D(a, "troisième trimestre", "2027-Q3", note="the quarter just ended")
    D(a, "un an", "P1Y", typ="DURATION", opt=True, note="'stable sur un an': a comparison span")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate, inside the quote")
    D(a, "2029", "2029", note="'d'ici 2029', inside the quote")
    D(a, "2030", "2030", note="'jusqu'en 2030'")
    D(a, "dix ans", "P10Y", typ="DURATION", note="'pendant dix ans', inside the quote")
    Q(a, f"{O}[Cette aide est proportionnée et ne fausse pas la concurrence dans le marché intérieur]{C}", "direct",
      "a assuré", (MV, MV, PER), gender="female",
      note="the name is in apposition to 'la commissaire européenne chargée de la Concurrence'")
    Q(a, f"{O}[n'aurait pas vu le jour]{C}", "direct", "[Selon] elle", ("Selon [elle]", MV, PER), gender="female",
      note="partly quoted clause after 'Selon elle,': one direct quote for the marked words")
    Q(a, f"{O}[Nous devons réduire nos coûts d'un milliard d'euros par an d'ici 2029]{C}", "direct", "a justifié",
      (FA, FA, PER), gender="male", note="the name is in apposition to 'le président du directoire'")
    Q(a, "[Les suppressions toucheront surtout les sites de Heilbronn et de Chemnitz et s'étaleront jusqu'en 2030], a précisé",
      "indirect", "a précisé", ("précisé le [groupe]", "Aldermann", ORG),
      note="inverted reporting clause; 'le groupe' is Aldermann")
    Q(a, f"{O}[chantage à l'emploi]{C}", "direct", "a dénoncé", ("IG Metall", "IG Metall", ORG))
    Q(a, f"{O}[a dormi pendant dix ans]{C}", "direct", "estime", (SK, SK, PER), gender="female",
      note="partly quoted clause after 'estime que'")
    Q(a, f"{O}[protège la souveraineté industrielle de l'Europe]{C}", "direct", "s'est félicité", (JF, JF, PER),
      gender="male", note="marked words in a relative clause after 's'est félicité d'une décision ... qui'")
    Q(a, f"[Le groupe serait par ailleurs en discussions avec le fonds américain Crestline Partners pour lui céder sa filiale de logiciels {ASW}, pour environ 2 milliards de dollars], selon",
      "indirect", "[selon] le quotidien", ("Handelsblatt", "Handelsblatt", ORG), note="inverted 'selon' clause")
    V(a, "funding", "verser", {"company": "Aldermann SE", "amount": "1,3 milliard d'euros", "date": "mercredi"},
      optional=True, note="State aid authorised by the Commission: a public subsidy, not an investment")
    V(a, "result", "résultat opérationnel", {
        "company": "Aldermann", "metric": "operating_income", "amount": "1,6 milliard d'euros",
        "change": f"38{NB}%", "period": "troisième trimestre"}, note="'fondre de 38 %': change value as written (38)")
    V(a, "result", "chiffre d'affaires", {
        "company": "Aldermann", "metric": "revenue", "amount": "38,4 milliards d'euros",
        "period": ("opt", "troisième trimestre")}, note="'stable sur un an': no change")
    V(a, "result", "marge opérationnelle", {"company": "Aldermann", "metric": "other", "change": "2,7 points"},
      optional=True, note="a margin rate, no amount; its change is in points")
    V(a, "result", "ventes", {
        "company": "Aldermann", "metric": "revenue", "amount": "6,9 milliards de dollars", "change": f"14{NB}%",
        "period": ("opt", "troisième trimestre")}, note="the group's US sales (a segment), in dollars")
    V(a, "acquisition", "céder", {
        "target": ASW, "buyer": "Crestline Partners", "seller": "Aldermann", "amount": "2 milliards de dollars",
        "status": "planned"}, note="'serait en discussions ... pour lui céder': planned")
    V(a, "role", COM, {"person": MV, "title": COM, "organization": ("opt", CE)})
    V(a, "role", "président du directoire", {"person": FA, "title": "président du directoire",
                                             "organization": ("opt", "Aldermann")})
    V(a, "role", "secrétaire régionale", {"person": SK, "title": "secrétaire régionale",
                                          "organization": ("opt", "IG Metall")},
      note="'Sa secrétaire régionale': IG Metall, subject of the sentence before")
    V(a, "role", "ministre fédéral de l'Économie", {"person": JF, "title": "ministre fédéral de l'Économie"})


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ C: regional, a furniture maker taken over by a family group
    a = B.article("C-reprise-aveyron", "2027-02-03", (
        "VILLEFRANCHE-DE-ROUERGUE (Aveyron), 3 février - C'est un soulagement pour les 146 salariés des Meubles "
        "Bessière. Le tribunal de commerce de Rodez a validé mardi la reprise du fabricant de meubles en chêne, "
        "placé en redressement judiciaire en octobre dernier, par le groupe familial Castanet, basé à Albi "
        "(Tarn), associé au fonds toulousain Garonne Capital.\n\n"
        "Le repreneur garde 128 emplois et injectera 6,5 millions d'euros sur trois ans, dont 2 millions d'euros "
        f"pour moderniser la ligne de vernissage. Castanet détiendra 70{NB}% de la nouvelle société, le fonds "
        f"30{NB}%. Le prix de cession n'a pas été dévoilé.\n\n"
        "« Bessière, c'est quatre générations de savoir-faire. Nous ne venons pas pour démonter, mais pour "
        "relancer », a assuré Pierre Castanet, 52 ans, qui dirige avec sa sœur Claire Castanet l'entreprise "
        "fondée par leur grand-père à Gaillac. Le groupe, qui emploie 410 personnes, a réalisé en 2026 un chiffre "
        f"d'affaires de 58 millions d'euros, en hausse de 9{NB}%.\n\n"
        "Dans l'atelier, l'ambiance était pourtant mitigée ce mercredi matin. « On garde notre travail, mais "
        "dix-huit collègues partent, certains avec trente ans de maison », confie Sandrine Vidal, élue CFDT au "
        "comité social et économique. Selon elle, les départs seront d'abord volontaires.\n\n"
        "Le maire de Villefranche-de-Rouergue, Jean-Luc Raynal, parle d'« un dossier sauvé de justesse ». La "
        "communauté de communes Ouest Aveyron Communauté, qui a racheté les murs l'été dernier pour "
        f"900{NN}000 euros, les louera au repreneur. Son président, Bernard Fau, assure avoir toujours voulu "
        "les revendre à terme.\n\n"
        "La députée de l'Aveyron Émilie Cassan (Renaissance) a salué une reprise « exemplaire » et estime que "
        "l'État devra « accompagner les PME du meuble face à la concurrence asiatique ». Créée en 1931, "
        f"l'entreprise avait vu ses ventes chuter de 22{NB}% en 2025, plombées par la flambée du prix du chêne."))
    MB, PC, OAC = "Meubles Bessière", "Pierre Castanet", "Ouest Aveyron Communauté"
    for s, l, c, o in [("VILLEFRANCHE-DE-ROUERGUE", LOC, None, False), (OAC, ORG, None, False),
                       ("Aveyron", LOC, None, False), (MB, ORG, None, False), ("Bessière", ORG, MB, False),
                       ("tribunal de commerce de Rodez", ORG, None, True), (PC, PER, None, False),
                       ("Claire Castanet", PER, None, False), ("Castanet", ORG, None, False),
                       ("Albi", LOC, None, False), ("Tarn", LOC, None, False), ("Garonne Capital", ORG, None, False),
                       ("Gaillac", LOC, None, False), ("Sandrine Vidal", PER, None, False), ("CFDT", ORG, None, False),
                       ("Jean-Luc Raynal", PER, None, False), ("Villefranche-de-Rouergue", LOC, None, False),
                       ("Bernard Fau", PER, None, False), ("Émilie Cassan", PER, None, False),
                       ("Renaissance", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Regional-daily style: the dateline names the town and its département in brackets and no "
                      "agency; the reference date is the dateline day (Wednesday 3 February 2027).")
    a["notes"].append("Entities: 'des Meubles Bessière' is the company (span without 'des'); the bare 'Bessière' "
                      "opening the quote is the same company. The buyer, a family group named after its family "
                      "('le groupe familial Castanet', 'Castanet détiendra'), is ORG, while 'Pierre Castanet' and "
                      "'Claire Castanet' are PER. 'tribunal de commerce de Rodez' is optional ORG, as the courts of "
                      "the earlier sets (a system's 'Rodez' LOC inside it overlaps it and is ignored). 'La "
                      "communauté de communes Ouest Aveyron Communauté' is ORG (span: its proper name; the "
                      "département inside it is not annotated separately); 'Aveyron' in the dateline and in "
                      "'La députée de l'Aveyron' is LOC. 'CFDT' and 'Renaissance' are ORG. 'comité social et "
                      "économique', 'l'État', 'PME', 'toulousain' are not entities.")
    a["notes"].append("Money: '2 millions d'euros' (part of the 6,5 million investment) and the walls bought for "
                      "'900 000 euros' are money. Percentages: '70 %' and '30 %' (the new company's shares), "
                      "'9 %' (the buyer's growth), '22 %' (the target's fall in sales).")
    a["notes"].append("Events: the takeover validated by the commercial court ('a validé mardi la reprise du "
                      "fabricant ... par le groupe familial Castanet') is one acquisition, 'done', buyer Castanet "
                      "(the fund Garonne Capital, 'associé', takes 30 %: the contract has one buyer; a system "
                      "giving the fund as buyer misses this argument); '70 %' is an optional stake; no price ('Le "
                      "prix de cession n'a pas été dévoilé'). 'Le repreneur ... injectera 6,5 millions d'euros' is "
                      "an optional funding event (an investment pledge of the new owner). The community's "
                      "purchase of the buildings ('a racheté les murs') has no company as target: no event. "
                      "Results: the buyer's 2026 revenue ('Le groupe' is Castanet) and the target's 2025 sales "
                      "fall (change only; 'l'entreprise' is Meubles Bessière). Roles: the mayor (title split "
                      "several ways: person only), 'Son président' (of the community of communes), 'La députée "
                      "de l'Aveyron ... (Renaissance)' (organization optional); 'qui dirige avec sa sœur ... "
                      "l'entreprise' (a post with no title) and 'élue CFDT au comité social et économique' (a "
                      "staff mandate) are optional.")
    a["notes"].append("Quotes: 'parle d'« ... »' introduces marked words (a verb of saying); 'assure avoir "
                      "...' spans from the infinitive; 'a salué une reprise « exemplaire »' quotes one word of the "
                      "MP's (required, as 'sont « contestables »' in the fourth set); 'et estime que l'État devra « "
                      "... »' gives a second direct quote for its marked words. Dates: 'ce mercredi matin' is a "
                      "part of the day with no clock time (optional, TIMEX3 'TMO'); the age is optional; 'trente "
                      "ans de maison' (seniority) is a duration, as 'dix ans de relevés' in the fifth set.")
    M(a, "6,5 millions d'euros", 6.5e6, "EUR")
    M(a, "2 millions d'euros", 2e6, "EUR")
    M(a, "58 millions d'euros", 58e6, "EUR")
    M(a, f"900{NN}000 euros", 900000, "EUR")
    P(a, f"70{NB}%", 70)
    P(a, f"30{NB}%", 30)
    P(a, f"9{NB}%", 9)
    P(a, f"22{NB}%", 22)
    D(a, "3 février", "2027-02-03", note="dateline")
    D(a, "mardi", "2027-02-02", note="past: the day before the Wednesday dateline")
    D(a, "octobre dernier", "2026-10")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'sur trois ans'")
    D(a, "52 ans", "P52Y", typ="DURATION", opt=True, note="an age")
    D(a, "2026", "2026")
    D(a, "ce mercredi matin", "2027-02-03TMO", typ="TIME", opt=True,
      note="a part of the day with no clock time: optional (the tool writes parts of the day as hour spans)")
    D(a, "trente ans", "P30Y", typ="DURATION", note="'trente ans de maison', inside the quote")
    D(a, "été dernier", "2026-SU", note="'l'été dernier'")
    D(a, "1931", "1931")
    D(a, "2025", "2025")
    Q(a, "« [Bessière, c'est quatre générations de savoir-faire. Nous ne venons pas pour démonter, mais pour relancer] »",
      "direct", "a assuré", (PC, PC, PER), gender="male")
    Q(a, "« [On garde notre travail, mais dix-huit collègues partent, certains avec trente ans de maison] »", "direct",
      "confie", ("Sandrine Vidal", "Sandrine Vidal", PER), gender="female")
    Q(a, "Selon elle, [les départs seront d'abord volontaires].", "indirect", "[Selon] elle",
      ("Selon [elle]", "Sandrine Vidal", PER), gender="female")
    Q(a, "« [un dossier sauvé de justesse] »", "direct", "parle", ("Jean-Luc Raynal", "Jean-Luc Raynal", PER),
      gender="male", note="'parle d'« ... »': marked words after a verb of saying")
    Q(a, "assure [avoir toujours voulu les revendre à terme].", "indirect", "assure",
      ("Bernard Fau", "Bernard Fau", PER), gender="male", note="'assure avoir': the span starts at the infinitive")
    Q(a, "« [exemplaire] »", "direct", "a salué", ("Émilie Cassan", "Émilie Cassan", PER), gender="female",
      note="one marked word after 'a salué une reprise'")
    Q(a, "« [accompagner les PME du meuble face à la concurrence asiatique] »", "direct", "estime",
      ("Émilie Cassan", "Émilie Cassan", PER), gender="female",
      note="second verb after 'et'; partly quoted clause after 'estime que'")
    V(a, "acquisition", "reprise", {
        "target": MB, "buyer": "Castanet", "stake": ("opt", f"70{NB}%"), "date": "mardi", "status": "done"},
      note="validated by the commercial court; the fund Garonne Capital is the buyer's minority partner")
    V(a, "funding", "injectera", {"company": MB, "investors": ["Castanet"], "amount": "6,5 millions d'euros"},
      optional=True, note="the new owner's investment pledge ('Le repreneur ... injectera')")
    V(a, "result", "chiffre d'affaires", {
        "company": "Castanet", "metric": "revenue", "amount": "58 millions d'euros", "change": f"9{NB}%",
        "period": "2026"}, note="'Le groupe' is Castanet")
    V(a, "result", "ventes", {"company": MB, "metric": "revenue", "change": f"22{NB}%", "period": "2025"},
      note="sales stated by their fall only; 'l'entreprise' is Meubles Bessière")
    V(a, "role", "maire", {"person": "Jean-Luc Raynal"},
      note="'Le maire de Villefranche-de-Rouergue': title written several ways, person only")
    V(a, "role", "Son [président]", {"person": "Bernard Fau", "title": "président",
                                     "organization": ("opt", OAC)},
      note="'Son président': the community of communes, subject of the sentence before")
    V(a, "role", "députée", {"person": "Émilie Cassan", "title": "députée", "organization": ("opt", "Renaissance")})
    V(a, "role", "dirige", {"person": PC, "organization": ("opt", "Castanet")}, optional=True,
      note="a post stated by a verb, no title ('qui dirige avec sa sœur ... l'entreprise')")
    V(a, "role", "élue", {"person": "Sandrine Vidal", "title": "élue", "organization": ("opt", "CFDT")},
      optional=True, note="a staff representative's mandate ('élue CFDT au comité social et économique')")


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    AM, NC = "Alizé Mobile", "Northgate Communications Inc."
    # ------------------------------------------------------------ D: telecom, two operators merge; the CEO interviewed
    a = B.article("D-fusion-telecoms", "2027-11-16", (
        f"PARIS, 16 novembre (AFP) - L'opérateur Telvia va racheter son concurrent {AM} pour 3,8 milliards "
        "d'euros, ramenant de quatre à trois le nombre de réseaux mobiles en France, ont annoncé mardi les deux "
        "sociétés.\n\n"
        f"L'offre valorise chaque action {AM} à 14,20 euros, soit une prime de 31{NB}% sur le cours de vendredi. "
        f"L'américain {NC}, qui détient 62{NB}% du capital, s'est engagé à apporter ses titres. Northgate a "
        "indiqué vouloir se recentrer sur le marché nord-américain.\n\n"
        "Ensemble, les deux opérateurs compteront 21,4 millions d'abonnés mobiles et 5,3 millions de clients à la "
        f"fibre. Telvia a réalisé l'an dernier un chiffre d'affaires de 5,1 milliards d'euros, quand {AM} a "
        "essuyé une perte nette de 96 millions d'euros en 2026. Son patron, Marc-Antoine Ribière, deviendra "
        "directeur général délégué du nouvel ensemble.\n\n"
        "L'opération, qui devrait être bouclée au premier semestre 2028, doit obtenir le feu vert de l'Autorité "
        f"de la concurrence. Son président, Étienne Marchal, a prévenu que l'institution {O}regardera de très "
        f"près{C} l'évolution des prix. Un porte-parole de l'Arcep a précisé que les fréquences d'{AM} seraient "
        f"réexaminées. UFC-Que Choisir estime que les factures pourraient grimper de 10 à 15{NB}%.\n\n"
        "La PDG de Telvia, Nadia Berrada, a répondu aux questions de l'AFP.\n\n"
        "— Les prix vont-ils augmenter ?\n"
        "— Non. Nous gèlerons nos forfaits pendant deux ans, et l'Autorité pourra le vérifier.\n"
        "— Combien d'emplois sont menacés ?\n"
        "— Aucun départ contraint. Les deux réseaux seront fusionnés d'ici fin 2029, mais les équipes restent.\n\n"
        f"{O}Le prix est élevé, mais Telvia achète surtout des fréquences{C}, juge Julien Ferrand, analyste chez "
        f"Kepler Cheuvreux. À la Bourse de Paris, l'action {AM} s'envolait de 27,5{NB}% vers 11 h 30."))
    NBE, MAR, EM, JFE = "Nadia Berrada", "Marc-Antoine Ribière", "Étienne Marchal", "Julien Ferrand"
    ADC = "Autorité de la concurrence"
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), ("Telvia", ORG, None, False),
                       (AM, ORG, None, False), ("France", LOC, None, False), (NC, ORG, "Northgate Communications", False),
                       ("Northgate", ORG, "Northgate Communications", False), (MAR, PER, None, False),
                       (ADC, ORG, None, False), ("Autorité", ORG, ADC, False), (EM, PER, None, False),
                       ("Arcep", ORG, None, False), ("UFC-Que Choisir", ORG, None, False), (NBE, PER, None, False),
                       (JFE, PER, None, False), ("Kepler Cheuvreux", ORG, None, False),
                       ("Bourse de Paris", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'Northgate Communications Inc.' keeps its legal form (with its full stop) where "
                      "the text writes it; the bare 'Northgate' of the next sentence is the same company, "
                      "canonical without the form (issue #13). 'l'Autorité' alone (inside an answer) is the "
                      "Autorité de la concurrence. 'Arcep' (the telecom regulator), 'UFC-Que Choisir' (a consumer "
                      "association), 'Kepler Cheuvreux' (a broker) and 'Bourse de Paris' are ORG. 'L'américain', "
                      "'nord-américain' are adjectives; 'l'institution' is a noun phrase, not an entity.")
    a["notes"].append("Money: '14,20 euros' (a price per share) is money; subscriber counts ('21,4 millions "
                      "d'abonnés mobiles', '5,3 millions de clients') are not money. Percentages: '31 %' (a "
                      "premium), '62 %' (a stake), '10 à 15 %' (a range: value 10, span from the first number), "
                      "'27,5 %' (a share move).")
    a["notes"].append("Events: the purchase of Alizé Mobile ('va racheter') is one acquisition, 'announced' "
                      "(subject to the competition authority, closing in the first half of 2028); Northgate, "
                      "which commits to tender its 62 %, is an optional seller. 'L'offre valorise chaque action "
                      "... à 14,20 euros' is a price per share, not a valuation event. Results: Telvia's revenue "
                      "of last year, Alizé Mobile's net loss of 2026 (metric loss). Roles: 'Son patron' (Alizé "
                      "Mobile, subject of the clause before) and his new post ('deviendra directeur général "
                      "délégué du nouvel ensemble', no named organization), 'Son président' (the Autorité de la "
                      "concurrence), 'La PDG de Telvia', 'analyste chez Kepler Cheuvreux'.")
    a["notes"].append("Quotes: 'ont annoncé mardi les deux sociétés' has a noun-phrase speaker (canonical null), "
                      "as 'les deux entreprises' in the fourth set. 'Northgate a indiqué vouloir ...' spans from "
                      "the infinitive. 'Un porte-parole de l'Arcep a précisé que ...' has the unnamed "
                      "spokesperson as a noun-phrase speaker, canonical null, as 'un porte-parole' in the fifth "
                      "set. The interview is written with dialogue dashes, as in the fifth set: each answer is "
                      "one direct quote of Nadia Berrada (span after the dash and its space to the end of the "
                      "line, final full stop included, cue null, speaker the name of the introducing sentence); "
                      "the two questions are optional direct quotes of the AFP. 'a prévenu que l'institution « "
                      "... » l'évolution des prix' gives one direct quote for the marked words.")
    M(a, "3,8 milliards d'euros", 3.8e9, "EUR")
    M(a, "14,20 euros", 14.2, "EUR")
    M(a, "5,1 milliards d'euros", 5.1e9, "EUR")
    M(a, "96 millions d'euros", 96e6, "EUR")
    P(a, f"31{NB}%", 31)
    P(a, f"62{NB}%", 62)
    P(a, f"10 à 15{NB}%", 10)
    P(a, f"27,5{NB}%", 27.5)
    D(a, "16 novembre", "2027-11-16", note="dateline")
    D(a, "mardi", "2027-11-16", note="the dateline day")
    D(a, "vendredi", "2027-11-12", note="past: 'le cours de vendredi'")
    D(a, "an dernier", "2026", note="'l'an dernier'")
    D(a, "2026", "2026")
    D(a, "premier semestre 2028", "2028-H1")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'pendant deux ans', inside an answer")
    D(a, "fin 2029", "2029", mod="END", note="'d'ici fin 2029', inside an answer")
    D(a, "11 h 30", "2027-11-16T11:30", typ="TIME")
    Q(a, f"[L'opérateur Telvia va racheter son concurrent {AM} pour 3,8 milliards d'euros, ramenant de quatre à trois le nombre de réseaux mobiles en France], ont annoncé",
      "indirect", "ont annoncé", ("[les deux sociétés]", None, None),
      note="inverted reporting clause; 'les deux sociétés' is a noun phrase for two companies")
    Q(a, "indiqué [vouloir se recentrer sur le marché nord-américain].", "indirect", "a indiqué",
      ("[Northgate] a indiqué", "Northgate Communications", ORG),
      note="'a indiqué vouloir': the span starts at the infinitive")
    Q(a, f"{O}[regardera de très près]{C}", "direct", "a prévenu", (EM, EM, PER), gender="male",
      note="partly quoted clause after 'a prévenu que'; 'Son président' shows the gender")
    Q(a, f"précisé que [les fréquences d'{AM} seraient réexaminées].", "indirect", "a précisé",
      ("[Un porte-parole de l'Arcep]", None, None),
      note="an unnamed spokesperson: noun phrase, canonical null")
    Q(a, f"estime que [les factures pourraient grimper de 10 à 15{NB}%].", "indirect", "estime",
      ("UFC-Que Choisir", "UFC-Que Choisir", ORG))
    Q(a, "— [Les prix vont-ils augmenter ?]", "direct", None, ("questions de l'[AFP]", "AFP", ORG), optional=True,
      note="the interviewer's question, dialogue dash")
    Q(a, "— [Non. Nous gèlerons nos forfaits pendant deux ans, et l'Autorité pourra le vérifier.]", "direct", None,
      (NBE, NBE, PER), gender="female",
      note="an answer introduced by a dialogue dash; the speaker is known from the sentence introducing the interview")
    Q(a, "— [Combien d'emplois sont menacés ?]", "direct", None, ("questions de l'[AFP]", "AFP", ORG), optional=True,
      note="the interviewer's question, dialogue dash")
    Q(a, "— [Aucun départ contraint. Les deux réseaux seront fusionnés d'ici fin 2029, mais les équipes restent.]",
      "direct", None, (NBE, NBE, PER), gender="female", note="an answer introduced by a dialogue dash")
    Q(a, f"{O}[Le prix est élevé, mais Telvia achète surtout des fréquences]{C}", "direct", "juge",
      (JFE, JFE, PER), gender="male", note="'analyste' shows no gender; the given name does")
    V(a, "acquisition", "racheter", {
        "target": AM, "buyer": "Telvia", "seller": ("opt", NC), "amount": "3,8 milliards d'euros",
        "date": "mardi", "status": "announced"},
      note="agreed and announced, subject to the competition authority; the majority holder tenders its shares")
    V(a, "result", "chiffre d'affaires", {
        "company": "Telvia", "metric": "revenue", "amount": "5,1 milliards d'euros", "period": "an dernier"})
    V(a, "result", "perte nette", {
        "company": AM, "metric": "loss", "amount": "96 millions d'euros", "period": "2026"})
    V(a, "role", "patron", {"person": MAR, "title": "patron", "organization": ("opt", AM)},
      note="'Son patron': Alizé Mobile, subject of the clause before")
    V(a, "role", "directeur général délégué", {"person": MAR, "title": "directeur général délégué"},
      note="a new post stated by 'deviendra'; 'du nouvel ensemble' names no organization")
    V(a, "role", "Son [président], Étienne", {"person": EM, "title": "président", "organization": ("opt", ADC)},
      note="'Son président': the Autorité de la concurrence of the sentence before")
    V(a, "role", "PDG", {"person": NBE, "title": "PDG", "organization": "Telvia"})
    V(a, "role", "analyste", {"person": JFE, "title": "analyste", "organization": "Kepler Cheuvreux"},
      note="'analyste chez Kepler Cheuvreux': a post at the broker")


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    PNF = "parquet national financier"
    # ------------------------------------------------------------ E: justice, a CEO indicted for foreign bribery
    a = B.article("E-mise-en-examen", "2027-06-29", (
        "PARIS, 29 juin (AFP) - Le PDG du groupe de BTP Ormelis, Vincent Lachaume, a été mis en examen lundi "
        f"pour corruption d'agent public étranger et blanchiment, a annoncé mardi le {PNF} (PNF).\n\n"
        "Les juges d'instruction le soupçonnent d'avoir validé le versement de 14 millions d'euros de commissions "
        "occultes pour décrocher des contrats portuaires au Gabon et au Cameroun entre 2019 et 2023. Laissé "
        "libre sous contrôle judiciaire, il a dû verser une caution de 1,5 million d'euros et ne peut plus se "
        "rendre en Afrique centrale, a précisé le PNF. Le procureur de la République financier, Jean-Marc "
        "Solignac, a rappelé que la présomption d'innocence s'appliquait.\n\n"
        "« Mon client conteste fermement avoir autorisé le moindre paiement illicite », a déclaré son avocate, "
        "Me Caroline Sorel, à la sortie du pôle financier. Selon elle, le dossier repose sur « les accusations "
        "d'un ancien cadre licencié ». L'autre conseil de M. Lachaume, Me Antoine Guérande, a annoncé avoir "
        "déposé une requête en nullité.\n\n"
        f"Ormelis, qui réalise 35{NB}% de ses 4,6 milliards d'euros de chiffre d'affaires en Afrique, « coopère "
        "pleinement avec la justice », selon un communiqué. Le conseil d'administration a nommé Hélène "
        "Moreau-Vidal, jusqu'ici directrice financière, directrice générale par intérim.\n\n"
        "Ce n'est pas une première. En 2023, Ormelis avait conclu avec le PNF une convention judiciaire d'intérêt "
        "public de 18,5 millions d'euros pour des faits similaires au Togo. Son ancien directeur export, Hervé "
        "Dantec, sera jugé à partir du 12 janvier prochain par le tribunal correctionnel de Paris. Il encourt dix "
        "ans d'emprisonnement et 1 million d'euros d'amende.\n\n"
        "Partie civile, l'association Anticor juge que l'affaire « montre les limites des accords négociés ». À "
        f"la Bourse de Paris, l'action Ormelis a chuté de 9,4{NB}% mardi, sa plus forte baisse depuis mars 2020."))
    VL, CS, AG, HMV = "Vincent Lachaume", "Caroline Sorel", "Antoine Guérande", "Hélène Moreau-Vidal"
    JMS, HD = "Jean-Marc Solignac", "Hervé Dantec"
    PRF = "procureur de la République financier"
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), ("Ormelis", ORG, None, False),
                       (VL, PER, None, False), ("Lachaume", PER, VL, False), (PNF, ORG, None, False),
                       ("PNF", ORG, PNF, False), ("Gabon", LOC, None, False), ("Cameroun", LOC, None, False),
                       ("Afrique centrale", LOC, None, False), ("Afrique", LOC, None, False), (JMS, PER, None, False),
                       (CS, PER, None, False), (AG, PER, None, False), (HMV, PER, None, False),
                       ("Togo", LOC, None, False), (HD, PER, None, False),
                       ("tribunal correctionnel de Paris", ORG, None, True), ("Anticor", ORG, None, False),
                       ("Bourse de Paris", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'parquet national financier' is ORG (a national public body with a lower-case "
                      "name; the second set's 'parquet de Rennes' was optional because a town's prosecution "
                      "office is a generic noun plus a place); 'PNF' in brackets is the same body, canonical the "
                      "full name (as 'Comco' and 'BDC' in the fifth set; a system that keeps the acronym as "
                      "canonical costs only canonical accuracy). 'tribunal correctionnel de Paris' is optional "
                      "ORG, as the courts of the earlier sets; 'pôle financier', 'juges d'instruction', 'conseil "
                      "d'administration', 'convention judiciaire d'intérêt public' are not entities. 'Anticor' "
                      "(an anti-corruption association) is ORG. 'Me' and 'M.' are titles, left out of names.")
    a["notes"].append("Money: the bribes ('14 millions d'euros'), the bail ('1,5 million d'euros'), the 2023 "
                      "settlement ('18,5 millions d'euros') and the maximum fine ('1 million d'euros') are money "
                      "with no event (a fine, a bail or a settlement is no event type). Percentages: '35 %' (the "
                      "share of revenue made in Africa), '9,4 %' (a share move).")
    a["notes"].append("Dates: 'entre 2019 et 2023' is two TIMEX3 points, as in the earlier sets; '12 janvier "
                      "prochain' is the next 12 January (2028-01-12, the trial date; 'prochain' kept in the "
                      "span); 'dix ans d'emprisonnement' is a duration (the sentence incurred), as 'huit mois "
                      "d'emprisonnement' in the fourth set; 'jusqu'ici' is optional.")
    a["notes"].append("Quotes: 'a annoncé mardi le parquet national financier (PNF)' and 'a précisé le PNF' make "
                      "the sentences before them indirect quotes of the prosecution office; 'a rappelé que ...' is "
                      "the prosecutor's. '« ... », selon un communiqué' has Ormelis (the sentence's subject, the "
                      "issuer) as speaker, the span of the mention being 'communiqué' as in the fourth set; 'a "
                      "annoncé avoir déposé' spans from the infinitive. 'Les juges d'instruction le soupçonnent "
                      "d'avoir ...' reports a suspicion, not speech: no quote.")
    a["notes"].append("Events: roles only, and the revenue (a result with no period). 'Le PDG du groupe de BTP "
                      "Ormelis, Vincent Lachaume' is a role; 'Le procureur de la République financier' a role "
                      "with no organization (as 'procureur de la République' in the earlier sets); 'jusqu'ici "
                      "directrice financière' (the post held until now, after the name) is required, as "
                      "'jusqu'ici directeur général de ...' in the second set, and the new post ('a nommé ... "
                      "directrice générale par intérim') is required; 'Son ancien directeur export' is required "
                      "(a former post with its title, as 'Son ancien directeur général' in the third set). The "
                      "lawyers ('son avocate', 'L'autre conseil') are optional roles. The indictment, the bail, "
                      "the 2023 settlement and the trial are no event.")
    M(a, "14 millions d'euros", 14e6, "EUR")
    M(a, "1,5 million d'euros", 1.5e6, "EUR")
    M(a, "4,6 milliards d'euros", 4.6e9, "EUR")
    M(a, "18,5 millions d'euros", 18.5e6, "EUR")
    M(a, "1 million d'euros", 1e6, "EUR")
    P(a, f"35{NB}%", 35)
    P(a, f"9,4{NB}%", 9.4)
    D(a, "29 juin", "2027-06-29", note="dateline")
    D(a, "lundi", "2027-06-28", note="past: the day before the Tuesday dateline")
    D(a, "mardi", "2027-06-29", note="the dateline day")
    D(a, "2019", "2019", note="'entre 2019 et 2023': two TIMEX3 points")
    D(a, "2023", "2023")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True)
    D(a, "2023", "2023", nth=1, note="'En 2023'")
    D(a, "12 janvier prochain", "2028-01-12", note="future: the trial")
    D(a, "dix ans", "P10Y", typ="DURATION", note="'dix ans d'emprisonnement'")
    D(a, "mardi", "2027-06-29", nth=1)
    D(a, "mars 2020", "2020-03", note="'depuis mars 2020'")
    Q(a, "[Le PDG du groupe de BTP Ormelis, Vincent Lachaume, a été mis en examen lundi pour corruption d'agent public étranger et blanchiment], a annoncé",
      "indirect", "a annoncé", (PNF, PNF, ORG), note="inverted reporting clause")
    Q(a, "[Laissé libre sous contrôle judiciaire, il a dû verser une caution de 1,5 million d'euros et ne peut plus se rendre en Afrique centrale], a précisé",
      "indirect", "a précisé", ("précisé le [PNF]", PNF, ORG), note="inverted reporting clause; the acronym speaks")
    Q(a, "rappelé que [la présomption d'innocence s'appliquait].", "indirect", "a rappelé", (JMS, JMS, PER),
      gender="male", note="'Le procureur' shows the gender")
    Q(a, "« [Mon client conteste fermement avoir autorisé le moindre paiement illicite] »", "direct", "a déclaré",
      (CS, CS, PER), gender="female", note="the name, after 'Me', is in apposition to 'son avocate'")
    Q(a, "« [les accusations d'un ancien cadre licencié] »", "direct", "[Selon] elle", ("Selon [elle]", CS, PER),
      gender="female", note="partly quoted clause after 'Selon elle,': one direct quote for the marked words")
    Q(a, "annoncé [avoir déposé une requête en nullité].", "indirect", "[a annoncé] avoir", (AG, AG, PER),
      gender="male", note="'a annoncé avoir': the span starts at the infinitive; 'L'autre conseil' is not gendered, the given name is")
    Q(a, "« [coopère pleinement avec la justice] »", "direct", "[selon] un communiqué",
      ("selon un [communiqué]", "Ormelis", ORG),
      note="a statement whose issuer the sentence names (Ormelis, its subject)")
    Q(a, "« [montre les limites des accords négociés] »", "direct", "juge", ("Anticor", "Anticor", ORG),
      note="partly quoted clause after 'juge que'")
    V(a, "role", "PDG", {"person": VL, "title": "PDG", "organization": "Ormelis"})
    V(a, "role", PRF, {"person": JMS, "title": PRF})
    V(a, "role", "son [avocate], Me", {"person": CS, "title": "avocate"}, optional=True,
      note="counsel of a person, not a post in a body")
    V(a, "role", "L'autre [conseil]", {"person": AG, "title": "conseil"}, optional=True,
      note="counsel of a person, not a post in a body")
    V(a, "result", "chiffre d'affaires", {"company": "Ormelis", "metric": "revenue", "amount": "4,6 milliards d'euros"},
      note="'ses 4,6 milliards d'euros de chiffre d'affaires': no period written")
    V(a, "role", "directrice financière", {"person": HMV, "title": "directrice financière",
                                           "organization": ("opt", "Ormelis")},
      note="the post held until now ('jusqu'ici directrice financière')")
    V(a, "role", "directrice générale par intérim", {"person": HMV, "title": "directrice générale par intérim",
                                                     "organization": ("opt", "Ormelis")},
      note="a new post ('Le conseil d'administration a nommé X ... directrice générale par intérim')")
    V(a, "role", "directeur export", {"person": HD, "title": "directeur export", "organization": ("opt", "Ormelis")},
      note="'Son ancien directeur export': a former post at Ormelis, named in the sentence before")


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    HAC, RSP, LFP = "Le Havre AC", "Ridgeline Sports Partners", "Ligue de football professionnel"
    # ------------------------------------------------------------ F: football, a club sold to an American fund
    a = B.article("F-football-rachat", "2027-08-24", (
        f"LE HAVRE, 24 août (AFP) - {HAC} va passer sous pavillon américain. Le fonds {RSP} a signé mardi "
        f"un accord pour racheter 85{NB}% du club normand pour environ 60 millions d'euros, a annoncé le HAC dans "
        f"un communiqué. L'opération doit encore être validée par la DNCG, le gendarme financier de la {LFP} "
        "(LFP).\n\n"
        f"Propriétaire depuis 2019, Bertrand Lemesle conserve 15{NB}% du capital et devient président du conseil "
        f"de surveillance. {O}Je cherchais un partenaire capable d'investir dans la durée. Ridgeline a prouvé à "
        f"Denver qu'il savait construire{C}, a expliqué l'homme d'affaires normand.\n\n"
        "Le nouveau propriétaire promet d'injecter 40 millions d'euros sur trois ans, dont une partie dans la "
        f"rénovation du stade Océane. {O}Nous ne sommes pas là pour revendre le club dans deux ans{C}, a assuré "
        "son associé gérant, Ryan McAllister, arrivé lundi soir en Normandie. Selon lui, l'objectif est "
        f"{O}de viser le haut de tableau d'ici 2030{C}.\n\n"
        "Le club a perdu 11,2 millions d'euros sur l'exercice clos le 30 juin, malgré la vente de l'attaquant "
        "ivoirien Ibrahim Koné à Brentford pour 22 millions d'euros. Ses droits télévisés ont fondu de "
        f"35{NB}% en deux ans, rappelle le club.\n\n"
        "Dimanche, pour la 2e journée de Ligue 1, les Havrais ont arraché le nul (1-1) face à l'OGC Nice grâce "
        "au Sénégalais Moussa Diatta, "
        f"recruté cet été pour 4,5 millions d'euros. {O}On entend les rumeurs, mais on reste concentrés. Moussa a "
        f"été énorme{C}, a confié l'entraîneur Didier Hamon. Le HAC recevra Lille samedi.\n\n"
        "Dans les tribunes, l'accueil est prudent. Le président du principal groupe de supporters, Kévin "
        f"Lebourg, juge que la vente est {O}une chance, à condition de ne pas devenir une filiale{C}. Selon "
        "L'Équipe, Ridgeline serait aussi en discussions pour entrer au capital du club belge de La Gantoise."))
    BL, RM, DH, KL = "Bertrand Lemesle", "Ryan McAllister", "Didier Hamon", "Kévin Lebourg"
    for s, l, c, o in [("LE HAVRE", LOC, None, False), ("AFP", ORG, None, False), (HAC, ORG, None, False),
                       ("HAC", ORG, HAC, False), (RSP, ORG, None, False), ("Ridgeline", ORG, RSP, False),
                       ("DNCG", ORG, None, False), (LFP, ORG, None, False), ("LFP", ORG, LFP, False),
                       (BL, PER, None, False), ("Denver", LOC, None, False), ("Océane", LOC, None, False),
                       (RM, PER, None, False), ("Normandie", LOC, None, False), ("Ibrahim Koné", PER, None, False),
                       ("Brentford", ORG, None, False), ("OGC Nice", ORG, None, False), ("Ligue 1", MISC, None, False),
                       ("Moussa Diatta", PER, None, False), ("Moussa", PER, "Moussa Diatta", False),
                       (DH, PER, None, False), ("Lille", ORG, None, False), (KL, PER, None, False),
                       ("L'Équipe", ORG, None, False), ("La Gantoise", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'HAC' is Le Havre AC (its usual acronym; canonical the full name); the dateline "
                      "LE HAVRE is LOC. 'DNCG' (the league's financial watchdog) is ORG, kept as written; 'LFP' "
                      "in brackets is the same body as 'Ligue de football professionnel'. 'Ridgeline' is Ridgeline "
                      "Sports Partners. The stadium is 'Océane' without 'stade', as 'Vélodrome' and "
                      "'Bollaert-Delelis' in the earlier sets; the league 'Ligue 1' is MISC (a competition, as "
                      "'Top 14' in the third set). Clubs named by their town are ORG ('Le HAC recevra "
                      "Lille'), as in the earlier sets; 'Brentford', 'OGC Nice' and 'La Gantoise' (article "
                      "included: the club's French name) are ORG. 'à Denver' (where the fund has shown what it "
                      "can do, inside a quote) and 'en Normandie' are LOC. Demonyms ('ivoirien', 'le "
                      "Sénégalais', 'les Havrais', 'belge', 'normand') are not entities. The lone given name "
                      "'Moussa' inside the coach's quote is Moussa Diatta.")
    a["notes"].append("Money: the price ('environ 60 millions d'euros'), the pledge ('40 millions d'euros'), the "
                      "loss ('11,2 millions d'euros') and two transfer fees ('22 millions d'euros', '4,5 millions "
                      "d'euros'). '(1-1)' is a score. Percentages: '85 %' (the stake bought), '15 %' (the stake "
                      "kept), '35 %' (the fall of TV rights).")
    a["notes"].append("Events: the purchase of 85 % of the club ('a signé ... un accord pour racheter') is one "
                      "acquisition, 'announced' (subject to the DNCG), stake 85 %; the owner who keeps 15 % is "
                      "an optional seller (the text implies, does not say, that he sells). 'Ridgeline serait "
                      "aussi en discussions pour entrer au capital du club belge de La Gantoise' is an "
                      "acquisition with status 'planned' (no stake given). 'promet d'injecter 40 millions "
                      "d'euros' is an optional funding event (an owner's pledge). The club's loss on the year to "
                      "30 June is a result (metric loss; 'Le club' is Le Havre AC); the fall of its TV rights is "
                      "an optional result (a revenue line, change only). Player transfers and signings are no "
                      "event, as in the earlier sets. Roles: 'devient président du conseil de surveillance' (a "
                      "new post, required), 'son associé gérant' (of the fund), 'l'entraîneur Didier Hamon', 'Le "
                      "président du principal groupe de supporters' (the group is not named: person only); "
                      "'Propriétaire' (ownership, not a post) and a player's position ('l'attaquant') are "
                      "optional.")
    a["notes"].append("Quotes: 'a annoncé le HAC dans un communiqué' and 'rappelle le club' have the club as "
                      "speaker; 'a expliqué l'homme d'affaires normand' has Bertrand Lemesle (the noun phrase "
                      "names the person of the sentence before, as 'La ministre' in the fifth set). Dates: 'lundi "
                      "soir' is a part of the day with no clock time (optional, TIMEX3 'TEV'); 'dans deux ans' "
                      "(a hypothetical point, inside a quote) is optional; 'en deux ans' is a duration; 'Dimanche' "
                      "(the last match) is past, 'samedi' (the next one) future; '30 juin' is the end of the "
                      "club's financial year, this year.")
    M(a, "60 millions d'euros", 60e6, "EUR")
    M(a, "40 millions d'euros", 40e6, "EUR")
    M(a, "11,2 millions d'euros", 11.2e6, "EUR")
    M(a, "22 millions d'euros", 22e6, "EUR")
    M(a, "4,5 millions d'euros", 4.5e6, "EUR")
    P(a, f"85{NB}%", 85)
    P(a, f"15{NB}%", 15)
    P(a, f"35{NB}%", 35)
    D(a, "24 août", "2027-08-24", note="dateline")
    D(a, "mardi", "2027-08-24", note="the dateline day")
    D(a, "2019", "2019", note="'depuis 2019'")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'sur trois ans'")
    D(a, "dans deux ans", "2029", opt=True, note="a hypothetical point inside the quote ('revendre le club dans deux ans')")
    D(a, "lundi soir", "2027-08-23TEV", typ="TIME", opt=True,
      note="a part of the day with no clock time: optional (the tool writes parts of the day as hour spans)")
    D(a, "2030", "2030", note="'d'ici 2030', inside the quote")
    D(a, "30 juin", "2027-06-30", note="'l'exercice clos le 30 juin': this year's, before the August reference date")
    D(a, "deux ans", "P2Y", typ="DURATION", nth=1, note="'en deux ans'")
    D(a, "Dimanche", "2027-08-22", note="past: the last match")
    D(a, "cet été", "2027-SU")
    D(a, "samedi", "2027-08-28", note="future: 'Le HAC recevra Lille samedi'")
    Q(a, f"[Le fonds {RSP} a signé mardi un accord pour racheter 85{NB}% du club normand pour environ 60 millions d'euros], a annoncé",
      "indirect", "a annoncé", ("annoncé le [HAC]", HAC, ORG), note="inverted reporting clause")
    Q(a, f"{O}[Je cherchais un partenaire capable d'investir dans la durée. Ridgeline a prouvé à Denver qu'il savait construire]{C}",
      "direct", "a expliqué", ("l'[homme d'affaires] normand", BL, PER), gender="male",
      note="'l'homme d'affaires normand' is Bertrand Lemesle, named in the sentence before")
    Q(a, f"{O}[Nous ne sommes pas là pour revendre le club dans deux ans]{C}", "direct", "a assuré", (RM, RM, PER),
      gender="male", note="the name is in apposition to 'son associé gérant'")
    Q(a, f"{O}[de viser le haut de tableau d'ici 2030]{C}", "direct", "[Selon] lui", ("Selon [lui]", RM, PER),
      gender="male", note="partly quoted clause after 'Selon lui,'")
    Q(a, f"[Ses droits télévisés ont fondu de 35{NB}% en deux ans], rappelle", "indirect", "rappelle",
      ("rappelle le [club]", HAC, ORG), note="inverted reporting clause; 'le club' is Le Havre AC")
    Q(a, f"{O}[On entend les rumeurs, mais on reste concentrés. Moussa a été énorme]{C}", "direct", "a confié",
      (DH, DH, PER), gender="male")
    Q(a, f"{O}[une chance, à condition de ne pas devenir une filiale]{C}", "direct", "juge", (KL, KL, PER),
      gender="male", note="partly quoted clause after 'juge que la vente est'")
    Q(a, "L'Équipe, [Ridgeline serait aussi en discussions pour entrer au capital du club belge de La Gantoise].",
      "indirect", "[Selon] L'Équipe", ("L'Équipe", "L'Équipe", ORG))
    V(a, "acquisition", "racheter", {
        "target": HAC, "buyer": RSP, "seller": ("opt", BL), "amount": "60 millions d'euros",
        "stake": f"85{NB}%", "date": "mardi", "status": "announced"},
      note="signed, subject to the DNCG; the owner keeping 15 % is the implied seller")
    V(a, "acquisition", "entrer au capital", {"target": "La Gantoise", "buyer": "Ridgeline", "status": "planned"},
      note="'serait aussi en discussions pour entrer au capital': planned")
    V(a, "funding", "injecter", {"company": HAC, "investors": [RSP], "amount": "40 millions d'euros"},
      optional=True, note="the new owner's pledge ('Le nouveau propriétaire promet d'injecter')")
    V(a, "result", "perdu", {"company": HAC, "metric": "loss", "amount": "11,2 millions d'euros",
                             "period": ("opt", "30 juin")},
      note="'Le club a perdu ... sur l'exercice clos le 30 juin'")
    V(a, "result", "fondu", {"company": HAC, "metric": "other", "change": f"35{NB}%"}, optional=True,
      note="TV rights, a revenue line stated by its fall only")
    V(a, "role", "président du conseil de surveillance", {"person": BL, "title": "président du conseil de surveillance",
                                                          "organization": ("opt", HAC)},
      note="a new post stated by 'devient'")
    V(a, "role", "Propriétaire", {"person": BL, "organization": ("opt", HAC)}, optional=True,
      note="ownership, not a post")
    V(a, "role", "associé gérant", {"person": RM, "title": "associé gérant", "organization": ("opt", RSP)},
      note="'son associé gérant': the fund, subject of the sentence before ('Le nouveau propriétaire')")
    V(a, "role", "entraîneur", {"person": DH, "title": "entraîneur", "organization": ("opt", HAC)})
    V(a, "role", "Le [président] du principal", {"person": KL},
      note="'Le président du principal groupe de supporters': the group is not named; person only")
    V(a, "role", "attaquant", {"person": "Ibrahim Koné", "title": "attaquant"}, optional=True,
      note="a player's position")
