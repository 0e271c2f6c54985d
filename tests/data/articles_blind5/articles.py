"""The six articles of the fifth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind5`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, inside guillemets in articles B and F)
NN = "\u202f"    # narrow no-break space (thousands, inside guillemets in article D)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    BA, SO, VI = "Brenntal AG", "Sorvalis SA", "Verbrugge Invest NV"
    # ------------------------------------------------------------ A: a Zurich group buys a Geneva medtech
    a = B.article("A-rachat-suisse", "2027-03-11", (
        "GENÈVE, 11 mars (ATS) - Le groupe zurichois Brenntal AG, coté à la SIX Swiss Exchange, va racheter le "
        "fabricant genevois de pompes à perfusion Sorvalis SA pour 640 millions de francs suisses (environ 670 "
        "millions d'euros), a annoncé jeudi l'acquéreur dans un communiqué.\n\n"
        f"Brenntal reprendra d'abord les 45{NB}% détenus par la holding belge Verbrugge Invest NV, puis lancera une "
        f"offre sur le solde au prix de 182 francs par action, soit une prime de 27{NB}% sur le dernier cours. "
        "L'opération doit être bouclée au troisième trimestre, sous réserve du feu vert de la Commission de la "
        "concurrence (Comco).\n\n"
        "« Sorvalis est exactement la pièce qui nous manquait dans la perfusion à domicile », a déclaré le "
        "directeur général de Brenntal, Urs Wiederkehr, devant la presse à Zurich. Le groupe, qui a réalisé l'an "
        "dernier un chiffre d'affaires de 3,1 milliards de francs, financera l'achat par sa trésorerie et un "
        "emprunt obligataire.\n\n"
        "Fondée en 1998 à Plan-les-Ouates, Sorvalis emploie 820 personnes, dont 540 en Suisse romande. Sa "
        "présidente, Nathalie Cuénod, assure que le site genevois « restera le centre de compétences du groupe ». "
        "Selon elle, aucune suppression de poste n'est prévue d'ici 2029.\n\n"
        "Le syndicat Unia reste méfiant. « On a déjà entendu ces promesses lors du rachat de Medivolt en 2022 : "
        "deux ans plus tard, l'usine de Bienne fermait », a rappelé son secrétaire régional, Pascal Bovet. "
        "Brenntal avait alors déboursé 210 millions de francs pour le fabricant bernois.\n\n"
        "Entrée au capital en 2015 pour 95 millions d'euros, la holding anversoise, contrôlée par la famille "
        "Verbrugge, « réinvestira une partie du produit dans la santé », a indiqué un porte-parole.\n\n"
        f"Vers 11 h 15, l'action Sorvalis bondissait de 24,6{NB}% à la Bourse suisse, tandis que Brenntal cédait "
        f"1,8{NB}%. Selon Andrea Moser, analyste chez Vontobel, le prix « n'a rien d'excessif » au vu des marges "
        "de la cible."))
    # Canonicals follow issue #13 (aligned after the blind run): a company
    # the text names with and without its legal form is canonical without it.
    for s, l, c, o in [("GENÈVE", LOC, None, False), ("ATS", ORG, None, False), (BA, ORG, "Brenntal", False),
                       ("SIX Swiss Exchange", ORG, None, False), (SO, ORG, "Sorvalis", False), (VI, ORG, None, False),
                       ("Brenntal", ORG, None, False), ("Sorvalis", ORG, None, False),
                       ("Commission de la concurrence", ORG, None, False), ("Comco", ORG, "Commission de la concurrence", False),
                       ("Urs Wiederkehr", PER, None, False), ("Zurich", LOC, None, False),
                       ("Plan-les-Ouates", LOC, None, False), ("Suisse romande", LOC, None, False),
                       ("Nathalie Cuénod", PER, None, False), ("Unia", ORG, None, False), ("Medivolt", ORG, None, False),
                       ("Bienne", LOC, None, False), ("Pascal Bovet", PER, None, False),
                       ("famille [Verbrugge]", PER, None, True), ("Bourse suisse", ORG, None, True),
                       ("Andrea Moser", PER, None, False), ("Vontobel", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: company names keep their legal-form suffix where the text writes it ('Brenntal "
                      "AG', 'Sorvalis SA', 'Verbrugge Invest NV'); the bare 'Brenntal' and 'Sorvalis' of later "
                      "sentences are the same companies (canonical without the suffix, as issue #13 asks). 'Comco', in brackets after "
                      "'Commission de la concurrence', is the same body. 'SIX Swiss Exchange' (the Swiss stock "
                      "exchange operator) is ORG; 'à la Bourse suisse' (lower-case adjective) is optional ORG. "
                      "'la famille Verbrugge' is optional PER (a family, named by the surname only); 'Unia' (a "
                      "Swiss trade union) and 'Vontobel' (a Zurich bank and broker) are ORG. 'zurichois', "
                      "'genevois', 'belge', 'bernois', 'anversoise' are adjectives.")
    a["notes"].append("Money: 'francs' in this Swiss article are Swiss francs (CHF), after 'francs suisses', as "
                      "in the third set; '182 francs par action' is a price per share (money, as in the earlier "
                      "sets); '670 millions d'euros' and the holding's '95 millions d'euros' are EUR.")
    a["notes"].append("Percentages: '45 %' (the holding's block), '27 %' (a premium), '24,6 %' and '1,8 %' "
                      "(share moves).")
    a["notes"].append("Events: the purchase of Sorvalis ('va racheter', the block and the offer on the rest) is "
                      "one acquisition, 'announced' (to be completed in the third quarter, subject to the "
                      "competition authority); the selling holding is named in the next sentence; '45 %' is an "
                      "optional stake (the buyer takes the whole company, the 45 % is the block it buys first). "
                      "The 2022 purchase of Medivolt ('lors du rachat de Medivolt en 2022', inside the union "
                      "leader's quote, then 'Brenntal avait alors déboursé 210 millions de francs pour le fabricant "
                      "bernois') is one acquisition, 'done'. The holding's entry in 2015 ('Entrée au capital en "
                      "2015 pour 95 millions d'euros') is an optional acquisition (a share purchase, or an "
                      "investment). 'financera l'achat par sa trésorerie' is the same deal, no new event.")
    a["notes"].append("Quotes: 'a annoncé jeudi l'acquéreur' has Brenntal AG as speaker (a company speaking "
                      "through a noun, as 'la société', 'le groupe' in the earlier sets). 'a indiqué un "
                      "porte-parole' has an unnamed person as speaker: a noun phrase, canonical null (as 'un "
                      "conseiller de l'Élysée' in the third set), even though he speaks for the holding. "
                      "'Andrea' shows no gender: none given.")
    M(a, "640 millions de francs suisses", 640e6, "CHF")
    M(a, "670 millions d'euros", 670e6, "EUR")
    M(a, "182 francs", 182, "CHF")
    M(a, "3,1 milliards de francs", 3.1e9, "CHF")
    M(a, "210 millions de francs", 210e6, "CHF")
    M(a, "95 millions d'euros", 95e6, "EUR")
    P(a, f"45{NB}%", 45)
    P(a, f"27{NB}%", 27)
    P(a, f"24,6{NB}%", 24.6)
    P(a, f"1,8{NB}%", 1.8)
    D(a, "11 mars", "2027-03-11", note="dateline")
    D(a, "jeudi", "2027-03-11", note="the dateline day")
    D(a, "troisième trimestre", "2027-Q3", note="future: 'doit être bouclée au troisième trimestre'")
    D(a, "an dernier", "2026", note="'l'an dernier'")
    D(a, "1998", "1998")
    D(a, "2029", "2029", note="'d'ici 2029': span without 'd'ici'")
    D(a, "2022", "2022", note="inside the quote")
    D(a, "deux ans plus tard", "2024", opt=True, note="anaphoric: two years after the 2022 of the same sentence")
    D(a, "2015", "2015")
    D(a, "11 h 15", "2027-03-11T11:15", typ="TIME")
    Q(a, "[Le groupe zurichois Brenntal AG, coté à la SIX Swiss Exchange, va racheter le fabricant genevois de pompes à perfusion Sorvalis SA pour 640 millions de francs suisses (environ 670 millions d'euros)], a annoncé",
      "indirect", "a annoncé", ("l'[acquéreur] dans", "Brenntal", ORG),
      note="inverted reporting clause; 'l'acquéreur' is Brenntal AG")
    Q(a, "« [Sorvalis est exactement la pièce qui nous manquait dans la perfusion à domicile] »", "direct",
      "a déclaré", ("Urs Wiederkehr", "Urs Wiederkehr", PER), gender="male",
      note="the name is in apposition to 'le directeur général de Brenntal'")
    Q(a, "« [restera le centre de compétences du groupe] »", "direct", "assure",
      ("Nathalie Cuénod", "Nathalie Cuénod", PER), gender="female",
      note="partly quoted clause after 'assure que': one direct quote for the marked words")
    Q(a, "Selon elle, [aucune suppression de poste n'est prévue d'ici 2029].", "indirect", "[Selon] elle",
      ("Selon [elle]", "Nathalie Cuénod", PER), gender="female")
    Q(a, "« [On a déjà entendu ces promesses lors du rachat de Medivolt en 2022 : deux ans plus tard, l'usine de Bienne fermait] »",
      "direct", "a rappelé", ("Pascal Bovet", "Pascal Bovet", PER), gender="male",
      note="the name is in apposition to 'son secrétaire régional'")
    Q(a, "« [réinvestira une partie du produit dans la santé] »", "direct", "a indiqué",
      ("[un porte-parole]", None, None),
      note="partly quoted clause, inverted; an unnamed spokesperson of the holding: noun phrase, canonical null")
    Q(a, "« [n'a rien d'excessif] »", "direct", "[Selon] Andrea", ("Andrea Moser", "Andrea Moser", PER),
      note="'Selon X, ... « ... »': one direct quote for the marked words; no gender shown")
    V(a, "acquisition", "racheter", {
        "target": SO, "buyer": BA, "seller": VI, "amount": "640 millions de francs suisses",
        "stake": ("opt", f"45{NB}%"), "date": "jeudi", "status": "announced"},
      note="agreed and announced, to be completed in the third quarter; the seller of the block is in the next "
           "sentence")
    V(a, "acquisition", "[rachat] de Medivolt", {
        "target": "Medivolt", "buyer": "Brenntal", "amount": "210 millions de francs", "date": "2022",
        "status": "done"},
      note="named inside the quote, completed by the next sentence ('Brenntal avait alors déboursé ...')")
    V(a, "acquisition", "Entrée au capital", {
        "target": "Sorvalis", "buyer": VI, "amount": "95 millions d'euros", "date": "2015", "status": "done"},
      optional=True, note="the holding's earlier purchase, referred back to; share purchase or investment")
    V(a, "result", "chiffre d'affaires", {
        "company": "Brenntal", "metric": "revenue", "amount": "3,1 milliards de francs", "period": "an dernier"},
      note="'Le groupe' is Brenntal AG, named in the sentence before")
    V(a, "role", "directeur général", {"person": "Urs Wiederkehr", "title": "directeur général",
                                       "organization": "Brenntal"})
    V(a, "role", "présidente", {"person": "Nathalie Cuénod", "title": "présidente", "organization": ("opt", "Sorvalis")},
      note="'Sa présidente': Sorvalis, subject of the sentence before")
    V(a, "role", "secrétaire régional", {"person": "Pascal Bovet", "title": "secrétaire régional",
                                         "organization": ("opt", "Unia")},
      note="'son secrétaire régional': the union Unia, subject of the sentence before")
    V(a, "role", "analyste", {"person": "Andrea Moser", "title": "analyste", "organization": "Vontobel"},
      note="'analyste chez Vontobel': a post at the broker")

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    FTQ = "Fonds de solidarité FTQ"
    BDC = "Banque de développement du Canada"
    MEB = "Marie-Ève Boucher"
    JFL = "Jean-François Lavoie"
    MIN = "ministre de l'Économie, de l'Innovation et de l'Énergie"
    # ------------------------------------------------------------ B: Québec, a low-carbon anode maker financed
    a = B.article("B-quebec-aluminium", "2027-05-12", (
        "MONTRÉAL, 12 mai (AFP) - La jeune société québécoise Carbonord, qui met au point des anodes inertes pour "
        "les alumineries, a bouclé un financement de 380 millions de dollars canadiens (environ 255 millions "
        f"d'euros), a annoncé mercredi à Montréal la {MIN}, {MEB}.\n\n"
        f"Le {FTQ} mène l'opération avec 150 millions de dollars, aux côtés de Fondaction, d'Investissement "
        f"Québec et du fonds albertain Prairie Crest Capital. La {BDC} (BDC) complète le tour de table avec 40 "
        "millions de dollars. Selon un document consulté par l'AFP, Carbonord est désormais valorisée 1,2 milliard "
        "de dollars.\n\n"
        f"{O}Le Québec produit l'aluminium le plus vert du monde. Avec Carbonord, il pourra l'exporter sans émettre "
        f"de CO2{C}, a déclaré Mme Boucher. La ministre a précisé que Québec n'accorderait aucune subvention "
        "directe, mais un congé fiscal de dix ans.\n\n"
        f"L'usine de Saguenay, qui doit entrer en service au printemps 2029, créera 260 emplois, payés en moyenne "
        f"92{NN}000 dollars par an. Le président et chef de la direction de Carbonord, {JFL}, estime que la "
        f"technologie permet de réduire de 90{NB}% les émissions d'une aluminerie. {O}Nos premiers clients "
        f"attendent depuis 2024. On ne pouvait plus les faire patienter{C}, a-t-il ajouté.\n\n"
        "L'entreprise avait déjà récolté 45 millions de dollars en 2025 auprès de Fondaction et d'Hydro-Québec, "
        f"qui détient 12{NB}% de son capital. Le {FTQ} en détiendra environ 20{NB}% après l'opération, a indiqué "
        "son premier vice-président aux investissements, M. Stéphane Ouellet.\n\n"
        "À Ottawa, le ministre fédéral de l'Industrie, Raj Dhaliwal, a salué sur le réseau social X "
        f"{O}un projet exemplaire{C}. Le Parti québécois juge au contraire que l'État prend {O}trop de "
        f"risques{C} et réclame la publication des contrats."))
    for s, l, c, o in [("MONTRÉAL", LOC, None, False), ("AFP", ORG, None, False), ("Carbonord", ORG, None, False),
                       ("Montréal", LOC, None, False), (MEB, PER, None, False), ("Boucher", PER, MEB, False),
                       (FTQ, ORG, None, False), ("Fondaction", ORG, None, False),
                       ("Investissement Québec", ORG, None, False), ("Prairie Crest Capital", ORG, None, False),
                       (BDC, ORG, None, False), ("BDC", ORG, BDC, False), ("Le [Québec] produit", LOC, None, False),
                       ("que [Québec] n'accorderait", ORG, None, True), ("Saguenay", LOC, None, False),
                       (JFL, PER, None, False), ("Hydro-Québec", ORG, None, False),
                       ("Stéphane Ouellet", PER, None, False), ("Ottawa", LOC, None, False),
                       ("Raj Dhaliwal", PER, None, False), ("réseau social [X]", ORG, None, False),
                       ("Parti québécois", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'Le Québec produit' is the province (LOC); 'Québec n'accorderait aucune "
                      "subvention' is the provincial government, optional ORG (a place name standing for it), as "
                      "in the third set; 'BDC' in brackets is the same body as 'Banque de développement du "
                      "Canada'; 'À Ottawa' (where the federal minister speaks) is LOC; 'le réseau social X' is "
                      "ORG (the one-letter name). 'québécoise', 'albertain', 'fédéral' are adjectives; 'CO2' and "
                      "'l'État' are not entities; 'Mme' and 'M.' are civilities, left out of the names.")
    a["notes"].append("Money: unqualified 'dollars' in this Montréal article, after 'dollars canadiens', are "
                      "Canadian dollars (CAD), as in the third set; '92 000 dollars' is a mean salary (money).")
    a["notes"].append("Percentages: '90 %' (emissions cut), '12 %' (Hydro-Québec's stake), 'environ 20 %' (the "
                      "fund's stake after the round): stakes are not arguments of a funding event.")
    a["notes"].append("Events: one funding event for the round ('a bouclé un financement'): its five investors "
                      "are in the next paragraph (the BDC 'complète le tour de table': an investor of the same "
                      "round), its valuation in the sentence after them ('Carbonord est désormais valorisée'). The "
                      "2025 round referred back to ('L'entreprise avait déjà récolté 45 millions de dollars en "
                      "2025 auprès de ...') is a second funding event, no round name. Ministers' titles have no "
                      "organization in the text; the CEO's title is the Québec one ('président et chef de la "
                      "direction').")
    a["notes"].append("Quotes: 'La ministre a précisé' has Marie-Ève Boucher as speaker (the noun names the "
                      "person of the paragraph); 'Selon un document consulté par l'AFP' is a document whose "
                      "issuer is not named: the noun phrase is the speaker (canonical null). 'a salué « ... »' "
                      "(marked words) is a quote, as in the earlier sets; 'réclame la publication des contrats' "
                      "takes a noun phrase: not a quote.")
    M(a, "380 millions de dollars canadiens", 380e6, "CAD")
    M(a, "255 millions d'euros", 255e6, "EUR")
    M(a, "150 millions de dollars", 150e6, "CAD")
    M(a, "40 millions de dollars", 40e6, "CAD")
    M(a, "1,2 milliard de dollars", 1.2e9, "CAD")
    M(a, f"92{NN}000 dollars", 92000, "CAD")
    M(a, "45 millions de dollars", 45e6, "CAD")
    P(a, f"90{NB}%", 90)
    P(a, f"12{NB}%", 12)
    P(a, f"20{NB}%", 20)
    D(a, "12 mai", "2027-05-12", note="dateline")
    D(a, "mercredi", "2027-05-12", note="the dateline day")
    D(a, "désormais", "PRESENT_REF", opt=True)
    D(a, "dix ans", "P10Y", typ="DURATION", note="'un congé fiscal de dix ans'")
    D(a, "printemps 2029", "2029-SP")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="'92 000 dollars par an': a rate")
    D(a, "2024", "2024", note="'depuis 2024', inside the quote")
    D(a, "2025", "2025")
    Q(a, f"[La jeune société québécoise Carbonord, qui met au point des anodes inertes pour les alumineries, a bouclé un financement de 380 millions de dollars canadiens (environ 255 millions d'euros)], a annoncé",
      "indirect", "a annoncé", (MEB, MEB, PER), gender="female",
      note="inverted reporting clause; the name is in apposition to the minister's title")
    Q(a, "l'AFP, [Carbonord est désormais valorisée 1,2 milliard de dollars].", "indirect", "Selon",
      ("[un document consulté par l'AFP]", None, None),
      note="a document whose issuer is not named: the noun phrase speaks")
    Q(a, f"{O}[Le Québec produit l'aluminium le plus vert du monde. Avec Carbonord, il pourra l'exporter sans émettre de CO2]{C}",
      "direct", "a déclaré", ("Mme [Boucher]", MEB, PER), gender="female")
    Q(a, "précisé que [Québec n'accorderait aucune subvention directe, mais un congé fiscal de dix ans].", "indirect",
      "a précisé", ("La [ministre] a précisé", MEB, PER), gender="female",
      note="'La ministre' is Marie-Ève Boucher")
    Q(a, f"estime que [la technologie permet de réduire de 90{NB}% les émissions d'une aluminerie].", "indirect",
      "estime", (JFL, JFL, PER), gender="male")
    Q(a, f"{O}[Nos premiers clients attendent depuis 2024. On ne pouvait plus les faire patienter]{C}", "direct",
      "a-t-il ajouté", ("a-t-[il] ajouté", JFL, PER), gender="male")
    Q(a, f"[Le {FTQ} en détiendra environ 20{NB}% après l'opération], a indiqué", "indirect", "a indiqué",
      ("Stéphane Ouellet", "Stéphane Ouellet", PER), gender="male",
      note="inverted reporting clause; the name, after 'M.', is in apposition to the title")
    Q(a, f"{O}[un projet exemplaire]{C}", "direct", "a salué", ("Raj Dhaliwal", "Raj Dhaliwal", PER), gender="male",
      note="'le ministre' shows the gender")
    Q(a, f"{O}[trop de risques]{C}", "direct", "juge", ("Parti québécois", "Parti québécois", ORG),
      note="partly quoted clause after 'juge que': one direct quote for the marked words")
    V(a, "funding", "financement", {
        "company": "Carbonord", "amount": "380 millions de dollars canadiens",
        "investors": [FTQ, "Fondaction", "Investissement Québec", "Prairie Crest Capital", BDC],
        "valuation": "1,2 milliard de dollars", "date": "mercredi"},
      note="the investors are in the next paragraph, the valuation after them")
    V(a, "funding", "récolté", {
        "company": "Carbonord", "amount": "45 millions de dollars", "investors": ["Fondaction", "Hydro-Québec"],
        "date": "2025"}, note="the earlier round; 'L'entreprise' is Carbonord")
    V(a, "role", MIN, {"person": MEB, "title": MIN},
      note="the Québec minister's full title, with its commas")
    V(a, "role", "président et chef de la direction", {"person": JFL, "title": "président et chef de la direction",
                                                       "organization": "Carbonord"})
    V(a, "role", "premier vice-président aux investissements", {
        "person": "Stéphane Ouellet", "title": "premier vice-président aux investissements",
        "organization": ("opt", FTQ)}, note="'son premier vice-président': the fund, subject of the sentence")
    V(a, "role", "ministre fédéral de l'Industrie", {"person": "Raj Dhaliwal", "title": "ministre fédéral de l'Industrie"})


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    LM, LC = "Léa Marchetti", "Lakeshore Capital"
    # ------------------------------------------------------------ C: an AI start-up's series A, an interview
    a = B.article("C-levee-ia", "2027-06-09", (
        "PARIS, 9 juin (AFP) - La start-up parisienne Calyxa, qui entraîne des modèles d'intelligence artificielle "
        "capables de prédire les pannes des machines industrielles, a levé 32 millions d'euros lors d'une série A, "
        "a-t-elle annoncé mercredi, en marge du salon VivaTech.\n\n"
        f"Le tour de table est mené par {LC}, avec Bright Arc et Halden Partners. Bpifrance et Redpine, déjà "
        "présent lors de l'amorçage, remettent au pot. L'opération valorise la société 190 millions d'euros, selon "
        f"une source proche du dossier. Les deux fondateurs conservent 41{NB}% du capital.\n\n"
        "Calyxa avait levé 4,5 millions d'euros en amorçage en février 2025. Ce premier tour, mené par Redpine, "
        "avait permis d'embaucher ses vingt premiers ingénieurs. L'effectif, de 48 personnes, doit doubler d'ici fin 2028. La "
        "société a réalisé l'an dernier un chiffre d'affaires de 5,8 millions d'euros, trois fois plus qu'en 2025, "
        f"dont 70{NB}% hors de France.\n\n"
        f"Sa cofondatrice et présidente, {LM}, 31 ans, ancienne chercheuse à l'université d'Oxford, a répondu "
        "aux questions de l'AFP.\n\n"
        "— Pourquoi lever maintenant ?\n"
        "— Parce que nos clients veulent déployer notre modèle dans toutes leurs usines, pas dans une seule. Il "
        "faut des équipes pour ça.\n"
        "— Et face aux géants américains ?\n"
        "— Ils ont cent fois plus de moyens, mais pas nos données : dix ans de relevés de capteurs confiés par nos "
        "clients.\n\n"
        "Son logiciel, Calyxa Sentinel, surveille déjà 60 sites en Europe, notamment chez le cimentier Ordanne et "
        "le verrier Castelbrun. Son principal concurrent, le munichois Prevanta, a été valorisé 1,3 milliard d'euros en "
        "janvier. Marchetti estime que le marché européen de la maintenance prédictive pèsera 9 "
        "milliards d'euros en 2030.\n\n"
        "« Léa et son équipe ont un an d'avance sur tout ce que nous avons vu à Londres comme à San Francisco », "
        f"explique Tom Whitaker, associé chez {LC}, qui rejoint le conseil d'administration. L'autre "
        "cofondateur, Mehdi Rahal, dirige la technique."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), ("Calyxa Sentinel", MISC, None, False),
                       ("Calyxa", ORG, None, False), ("VivaTech", MISC, None, False), (LC, ORG, None, False),
                       ("Bright Arc", ORG, None, False), ("Halden Partners", ORG, None, False),
                       ("Bpifrance", ORG, None, False), ("Redpine", ORG, None, False), ("France", LOC, None, False),
                       (LM, PER, None, False), ("Marchetti", PER, LM, False), ("Léa", PER, LM, False),
                       ("université d'Oxford", ORG, None, False), ("Europe", LOC, None, False),
                       ("Ordanne", ORG, None, False), ("Castelbrun", ORG, None, False), ("Prevanta", ORG, None, False), ("Londres", LOC, None, False),
                       ("San Francisco", LOC, None, False), ("Tom Whitaker", PER, None, False),
                       ("Mehdi Rahal", PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: investors with English names and no cue word next to them ('Bright Arc', "
                      "'Halden Partners', 'Redpine') are ORG; the product 'Calyxa Sentinel' is MISC (the company "
                      "name inside it is not annotated separately); the trade fair 'VivaTech' is MISC (an event); "
                      "'l'université d'Oxford' is ORG with its lower-case head, as 'ministère de l'Économie' in "
                      "the fourth set; 'Marchetti' (opening a sentence) and 'Léa' (inside a quote) are Léa "
                      "Marchetti. 'parisienne', 'américains', 'européen' are adjectives.")
    a["notes"].append("Percentages: '41 %' (the founders' stake, not an event argument) and '70 %' (the share "
                      "of revenue made abroad). Money: the '9 milliards d'euros' market of 2030 is a forecast "
                      "(money, no event).")
    a["notes"].append("Quotes: the interview is written with dialogue dashes, not quotation marks. Each answer is "
                      "one direct quote of Léa Marchetti (the span is the answer after the dash and its space, "
                      "to the end of the line, final full stop included); the cue is null (the speaker is known "
                      "only from the sentence that introduces the interview, 'a répondu aux questions de l'AFP') "
                      "and the speaker is the name in that sentence. The two questions are the interviewer's: "
                      "optional direct quotes, speaker the AFP named in the same sentence. 'a-t-elle annoncé' "
                      "after a sentence whose subject is Calyxa has the company as speaker.")
    a["notes"].append("Events: one funding event for the series A ('a levé'): the investors and the valuation "
                      "are in the next paragraph. The seed round referred back to ('Calyxa avait levé 4,5 millions "
                      "d'euros en février 2025. Ce premier tour, mené par Redpine, ...') is a second funding "
                      "event: its lead investor is in the next sentence, its round is 'amorçage' as written. The "
                      "revenue of last year is a result; the "
                      "forecast market size is not. The competitor's 'a été valorisé 1,3 milliard d'euros en "
                      "janvier' (no round named) is a valuation event. Roles: 'Sa cofondatrice et présidente', 'associé chez "
                      "Lakeshore Capital', 'L'autre cofondateur'; the former research post is optional.")
    a["notes"].append("Dates: 'maintenant' (inside a question) is an optional PRESENT_REF; 'dix ans de relevés' "
                      "is a duration; 'un an d'avance' (a lead measured in time, inside a quote) is optional, "
                      "as 'deux ans d'avance' in the fourth set.")
    M(a, "32 millions d'euros", 32e6, "EUR")
    M(a, "190 millions d'euros", 190e6, "EUR")
    M(a, "4,5 millions d'euros", 4.5e6, "EUR")
    M(a, "5,8 millions d'euros", 5.8e6, "EUR")
    M(a, "1,3 milliard d'euros", 1.3e9, "EUR")
    M(a, "9 milliards d'euros", 9e9, "EUR")
    P(a, f"41{NB}%", 41)
    P(a, f"70{NB}%", 70)
    D(a, "9 juin", "2027-06-09", note="dateline")
    D(a, "mercredi", "2027-06-09", note="the dateline day")
    D(a, "février 2025", "2025-02")
    D(a, "fin 2028", "2028", mod="END", note="'d'ici fin 2028'")
    D(a, "an dernier", "2026", note="'l'an dernier'")
    D(a, "2025", "2025", nth=1, note="'trois fois plus qu'en 2025'")
    D(a, "31 ans", "P31Y", typ="DURATION", opt=True, note="an age")
    D(a, "maintenant", "PRESENT_REF", opt=True, note="inside the interviewer's question")
    D(a, "dix ans", "P10Y", typ="DURATION", note="'dix ans de relevés', inside an answer")
    D(a, "janvier", "2027-01", note="past: 'a été valorisé ... en janvier'")
    D(a, "2030", "2030")
    D(a, "un an", "P1Y", typ="DURATION", opt=True, note="'un an d'avance': a lead measured in time, inside a quote")
    Q(a, "[La start-up parisienne Calyxa, qui entraîne des modèles d'intelligence artificielle capables de prédire les pannes des machines industrielles, a levé 32 millions d'euros lors d'une série A], a-t-elle",
      "indirect", "a-t-elle annoncé", ("a-t-[elle] annoncé", "Calyxa", ORG),
      note="inverted reporting clause; 'elle' is the company")
    Q(a, "[L'opération valorise la société 190 millions d'euros], selon", "indirect", "[selon] une source",
      ("[une source proche du dossier]", None, None), note="inverted 'selon' clause")
    Q(a, "— [Pourquoi lever maintenant ?]", "direct", None, ("questions de l'[AFP]", "AFP", ORG), optional=True,
      note="the interviewer's question, dialogue dash")
    Q(a, "— [Parce que nos clients veulent déployer notre modèle dans toutes leurs usines, pas dans une seule. Il faut des équipes pour ça.]",
      "direct", None, (LM, LM, PER), gender="female",
      note="an answer introduced by a dialogue dash; the speaker is known from the sentence introducing the interview")
    Q(a, "— [Et face aux géants américains ?]", "direct", None, ("questions de l'[AFP]", "AFP", ORG), optional=True,
      note="the interviewer's question, dialogue dash")
    Q(a, "— [Ils ont cent fois plus de moyens, mais pas nos données : dix ans de relevés de capteurs confiés par nos clients.]",
      "direct", None, (LM, LM, PER), gender="female",
      note="an answer introduced by a dialogue dash")
    Q(a, "estime que [le marché européen de la maintenance prédictive pèsera 9 milliards d'euros en 2030].", "indirect",
      "estime", ("Marchetti", LM, PER), gender="female", note="the surname opens the sentence")
    Q(a, "« [Léa et son équipe ont un an d'avance sur tout ce que nous avons vu à Londres comme à San Francisco] »",
      "direct", "explique", ("Tom Whitaker", "Tom Whitaker", PER), gender="male", note="'associé' shows the gender")
    V(a, "funding", "levé", {
        "company": "Calyxa", "amount": "32 millions d'euros",
        "investors": [LC, "Bright Arc", "Halden Partners", "Bpifrance", "Redpine"],
        "valuation": "190 millions d'euros", "round": "série A", "date": "mercredi"},
      note="the investors and the valuation are in the next paragraph")
    V(a, "funding", "levé", {
        "company": "Calyxa", "amount": "4,5 millions d'euros", "investors": ["Redpine"],
        "round": "amorçage", "date": "février 2025"}, nth=1,
      note="the seed round referred back to; its lead investor is in the next sentence")
    V(a, "valuation", "valorisé", {"company": "Prevanta", "amount": "1,3 milliard d'euros", "date": "janvier"},
      note="a competitor's valuation, no funding round named: a valuation event")
    V(a, "result", "chiffre d'affaires", {
        "company": "Calyxa", "metric": "revenue", "amount": "5,8 millions d'euros", "period": "an dernier"},
      note="'La société' is Calyxa")
    V(a, "role", "cofondatrice et présidente", {"person": LM, "title": "cofondatrice et présidente",
                                                "organization": ("opt", "Calyxa")},
      note="'Sa cofondatrice': Calyxa")
    V(a, "role", "chercheuse", {"person": LM, "title": "chercheuse", "organization": "université d'Oxford"},
      optional=True, note="a former post ('ancienne chercheuse à ...')")
    V(a, "role", "associé", {"person": "Tom Whitaker", "title": "associé", "organization": LC},
      note="'associé chez Lakeshore Capital': a partner of the fund")
    V(a, "role", "cofondateur", {"person": "Mehdi Rahal", "title": "cofondateur", "organization": ("opt", "Calyxa")})


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    LD, CF, YLR = "Laurent Desforges", "Claire Fontanel", "Yves Le Rouzic"
    TEC = "ministre de la Transition écologique et de la Cohésion des territoires"
    AGR = "ministre de l'Agriculture et de la Souveraineté alimentaire"
    # ------------------------------------------------------------ D: a government reshuffle
    a = B.article("D-remaniement", "2026-11-18", (
        "PARIS, 18 novembre (AFP) - Trois semaines après la démission fracassante du ministre de la Transition "
        f"écologique, le Premier ministre, {LD}, a procédé mardi soir à un remaniement plus large que prévu, "
        "avec quatre entrées et deux changements de portefeuille, a annoncé l'Élysée dans un communiqué.\n\n"
        f"La députée Renaissance des Hauts-de-Seine {CF} devient {TEC}. Le sénateur LR du Morbihan {YLR} est "
        f"nommé {AGR}. Jusqu'ici ministre délégué chargé des Transports, Patrick Ancel (MoDem) prend la tête du "
        "ministère du Travail. Samia Bellouche, 38 ans, ancienne adjointe au maire de Lyon, devient porte-parole "
        "du gouvernement.\n\n"
        f"{O}Nous avons dix-huit mois pour tenir nos engagements, pas un jour de plus{C}, a-t-elle affirmé ce "
        "mercredi matin sur franceinfo. Le premier Conseil des ministres de la nouvelle équipe se tiendra jeudi à "
        "l'Élysée.\n\n"
        "Selon son entourage, Mme Fontanel a obtenu que le fonds vert, doté de 2,5 milliards d'euros l'an "
        "prochain, soit sanctuarisé. Son prédécesseur, Bertrand Vallat, avait claqué la porte le 27 octobre en "
        f"dénonçant des {O}arbitrages perdus d'avance{C}.\n\n"
        "À droite, l'entrée de M. Le Rouzic divise. Le président du groupe LR au Sénat, Gérard Mallet, a salué "
        f"{O}un choix de compétence{C}. {O}Un gouvernement de rafistolage pour gagner du temps{C}, a tweeté le "
        "coordinateur de LFI, Manuel Ortiz. Le sénateur écologiste de la Gironde, Paul Vernhes, estime que ce "
        f"remaniement {O}ne change rien au cap{C}.\n\n"
        f"Selon un sondage Ifop pour Le Figaro publié dimanche, 64{NB}% des Français ne font pas confiance au "
        f"gouvernement, et la cote de popularité de M. Desforges a perdu 5 points en un mois, à 29{NB}%."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), (LD, PER, None, False),
                       ("Desforges", PER, LD, False), ("a annoncé l'[Élysée]", ORG, None, False),
                       ("à l'[Élysée].", LOC, None, True), ("Renaissance", ORG, None, False),
                       ("Hauts-de-Seine", LOC, None, False), (CF, PER, None, False), ("Fontanel", PER, CF, False),
                       ("LR", ORG, None, False), ("Morbihan", LOC, None, False), (YLR, PER, None, False),
                       ("Le Rouzic", PER, YLR, False), ("Patrick Ancel", PER, None, False), ("MoDem", ORG, None, False),
                       ("ministère du Travail", ORG, None, False), ("Samia Bellouche", PER, None, False),
                       ("Lyon", LOC, None, False), ("franceinfo", ORG, None, False),
                       ("Conseil des ministres", ORG, None, True), ("Bertrand Vallat", PER, None, False),
                       ("Sénat", ORG, None, False), ("Gérard Mallet", PER, None, False), ("LFI", ORG, None, False),
                       ("Manuel Ortiz", PER, None, False), ("Gironde", LOC, None, False),
                       ("Paul Vernhes", PER, None, False), ("Ifop", ORG, None, False), ("Le Figaro", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: 'a annoncé l'Élysée' is the presidency speaking (ORG); 'se tiendra jeudi à "
                      "l'Élysée' (the palace where the council meets) is optional LOC; 'Conseil des ministres' is "
                      "optional ORG; party names and acronyms (Renaissance, LR, MoDem, LFI) are ORG, kept as "
                      "written; 'Sénat', 'ministère du Travail', 'franceinfo', 'Ifop' and 'Le Figaro' (article "
                      "included) are ORG; 'Hauts-de-Seine', 'Morbihan', 'Gironde' (départements) and 'Lyon' are "
                      "LOC. 'Français' (the people), 'écologiste', 'le fonds vert' (a budget line) are not "
                      "entities; 'M.' and 'Mme' are left out of the names.")
    a["notes"].append("Percentages: '64 %' and '29 %' (a poll); '5 points' is a popularity rating's fall in "
                      "percentage points (points: true). Money: the '2,5 milliards d'euros' of the fund (a "
                      "budget, no event).")
    a["notes"].append("Quotes: 'Selon son entourage, ...' has a noun phrase speaker (canonical null); 'Selon un "
                      "sondage Ifop ...' is a document whose issuer the text names: Ifop speaks; 'a tweeté' is a "
                      "verb of saying; 'en dénonçant des « ... »' is a quote of Bertrand Vallat ('Son "
                      "prédécesseur' in apposition). The first sentence, closed by 'a annoncé l'Élysée dans un "
                      "communiqué', is an inverted indirect quote of the presidency.")
    a["notes"].append("Events: roles only. New posts stated by 'devient' or 'est nommé' with a written title are "
                      "required roles; 'prend la tête du ministère du Travail' (no title) and 'Son prédécesseur' "
                      "(the title far before the name, for the former minister) are optional; 'Jusqu'ici ministre "
                      "délégué chargé des Transports' (the post held until now, written before the name) is "
                      "required, as 'jusqu'ici directeur général de la Caisse des dépôts' in the second set. 'Le "
                      "président du groupe LR au Sénat' splits several ways: person only, as the group chairs of "
                      "the earlier sets. 'ancienne adjointe au maire de Lyon' is an optional former post. "
                      "Members of parliament: 'députée' with the party before the département "
                      "(organization optional), 'sénateur' with the party or with the adjective 'écologiste'.")
    M(a, "2,5 milliards d'euros", 2.5e9, "EUR")
    P(a, f"64{NB}%", 64)
    P(a, "5 points", 5, points=True)
    P(a, f"29{NB}%", 29)
    D(a, "18 novembre", "2026-11-18", note="dateline")
    D(a, "Trois semaines", "P3W", typ="DURATION", note="'Trois semaines après la démission'")
    D(a, "mardi soir", "2026-11-17TEV", typ="TIME", note="TIMEX3 part of day: EV; the day before the dateline")
    D(a, "Jusqu'ici", "PRESENT_REF", opt=True)
    D(a, "38 ans", "P38Y", typ="DURATION", opt=True, note="an age")
    D(a, "dix-huit mois", "P18M", typ="DURATION", note="inside the quote")
    D(a, "ce mercredi matin", "2026-11-18TMO", typ="TIME", note="TIMEX3 part of day: MO; the dateline day")
    D(a, "jeudi", "2026-11-19", note="future: 'se tiendra jeudi'")
    D(a, "an prochain", "2027", note="'l'an prochain'")
    D(a, "27 octobre", "2026-10-27", note="past: three weeks before the dateline")
    D(a, "dimanche", "2026-11-15", note="past: 'publié dimanche'")
    D(a, "un mois", "P1M", typ="DURATION", note="'en un mois'")
    Q(a, f"[Trois semaines après la démission fracassante du ministre de la Transition écologique, le Premier ministre, {LD}, a procédé mardi soir à un remaniement plus large que prévu, avec quatre entrées et deux changements de portefeuille], a annoncé",
      "indirect", "a annoncé", ("a annoncé l'[Élysée]", "Élysée", ORG), note="inverted reporting clause")
    Q(a, f"{O}[Nous avons dix-huit mois pour tenir nos engagements, pas un jour de plus]{C}", "direct",
      "a-t-elle affirmé", ("a-t-[elle] affirmé", "Samia Bellouche", PER), gender="female",
      note="'elle' is Samia Bellouche, the new spokesperson named in the sentence before")
    Q(a, "Selon son entourage, [Mme Fontanel a obtenu que le fonds vert, doté de 2,5 milliards d'euros l'an prochain, soit sanctuarisé].",
      "indirect", "[Selon] son entourage", ("Selon [son entourage]", None, None),
      note="an unnamed noun-phrase source (Claire Fontanel's circle)")
    Q(a, f"{O}[arbitrages perdus d'avance]{C}", "direct", "dénonçant", ("Bertrand Vallat", "Bertrand Vallat", PER),
      gender="male", note="'Son prédécesseur' shows the gender")
    Q(a, f"{O}[un choix de compétence]{C}", "direct", "a salué", ("Gérard Mallet", "Gérard Mallet", PER),
      gender="male")
    Q(a, f"{O}[Un gouvernement de rafistolage pour gagner du temps]{C}", "direct", "a tweeté",
      ("Manuel Ortiz", "Manuel Ortiz", PER), gender="male",
      note="the name is in apposition to 'le coordinateur de LFI'")
    Q(a, f"{O}[ne change rien au cap]{C}", "direct", "estime", ("Paul Vernhes", "Paul Vernhes", PER), gender="male",
      note="partly quoted clause after 'estime que': one direct quote for the marked words")
    Q(a, f"dimanche, [64{NB}% des Français ne font pas confiance au gouvernement, et la cote de popularité de M. Desforges a perdu 5 points en un mois, à 29{NB}%].",
      "indirect", "Selon", ("Ifop", "Ifop", ORG), note="a poll whose issuer is named: the issuer speaks")
    V(a, "role", "Premier ministre", {"person": LD, "title": "Premier ministre"})
    V(a, "role", "ministre de la Transition écologique", {"person": "Bertrand Vallat",
                                                          "title": "ministre de la Transition écologique"},
      optional=True, note="'Son prédécesseur, Bertrand Vallat': the title is in the first sentence, unnamed there")
    V(a, "role", "députée", {"person": CF, "title": "députée", "organization": ("opt", "Renaissance")})
    V(a, "role", TEC, {"person": CF, "title": TEC}, note="a new post stated by 'devient', full title")
    V(a, "role", "sénateur", {"person": YLR, "title": "sénateur", "organization": ("opt", "LR")})
    V(a, "role", AGR, {"person": YLR, "title": AGR}, note="a new post stated by 'est nommé', full title")
    V(a, "role", "ministre délégué chargé des Transports", {"person": "Patrick Ancel",
                                                            "title": "ministre délégué chargé des Transports"},
      note="the post held until now ('Jusqu'ici'), the title before the name")
    V(a, "role", "prend la tête", {"person": "Patrick Ancel", "organization": "ministère du Travail"},
      optional=True, note="a new post with no title ('prend la tête du ministère du Travail')")
    V(a, "role", "adjointe", {"person": "Samia Bellouche", "title": "adjointe"}, optional=True,
      note="a former local post ('ancienne adjointe au maire de Lyon')")
    V(a, "role", "porte-parole du gouvernement", {"person": "Samia Bellouche", "title": "porte-parole du gouvernement"},
      note="a new post stated by 'devient'")
    V(a, "role", "président du groupe", {"person": "Gérard Mallet"},
      note="'Le président du groupe LR au Sénat': the title splits several ways; person only")
    V(a, "role", "coordinateur", {"person": "Manuel Ortiz", "title": "coordinateur", "organization": "LFI"})
    V(a, "role", "sénateur", {"person": "Paul Vernhes", "title": "sénateur"}, nth=1,
      note="'Le sénateur écologiste de la Gironde': no party name written")


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    # ------------------------------------------------------------ E: an auto supplier's first-quarter results
    a = B.article("E-resultats-trimestriels", "2027-04-22", (
        "PARIS, 22 avril (AFP) - L'équipementier automobile Valdrome a plongé jeudi à la Bourse de Paris après "
        "avoir publié une perte nette de 58 millions d'euros au premier trimestre, plus lourde qu'attendu, malgré "
        "des ventes en légère progression.\n\n"
        f"Le chiffre d'affaires a atteint 2,37 milliards d'euros, en hausse de 1,9{NB}% et de 3,4{NB}% en "
        "données organiques, a indiqué le groupe dans un communiqué. Le résultat opérationnel a en revanche "
        f"reculé de 22{NB}%, à 71 millions d'euros, plombé par la restructuration de ses usines allemandes et le "
        "ralentissement des commandes de véhicules électriques en Europe. Un an plus tôt, Valdrome avait dégagé "
        "un bénéfice net de 12 millions d'euros.\n\n"
        "Le directeur général, Frédéric Aumont, a assuré lors d'une conférence téléphonique : « Le premier "
        "trimestre est le point bas de l'année. Nos carnets se regarnissent depuis mars. » La société maintient son "
        f"objectif d'une croissance organique comprise entre 2 et 4{NB}% en 2027 et d'une marge opérationnelle "
        f"d'environ 5{NB}%.\n\n"
        "Valdrome a aussi confirmé être entré en négociations exclusives avec le fonds Cordell Partners pour lui "
        "céder sa filiale d'éclairage Lumidrome, pour environ 300 millions d'euros.\n\n"
        "Le groupe a par ailleurs annoncé la nomination de Sophie Kerbrat au poste de directrice financière à "
        "compter du 1er juin. Âgée de 46 ans, elle était jusqu'ici directrice financière adjointe du transporteur "
        "Transalpe. Elle succédera à Marc Lhermitte, qui quitte Valdrome après huit ans.\n\n"
        "« Le marché ne croit plus à une reprise au second semestre », juge Thomas Lindqvist, analyste chez "
        "Portzamparc. Selon lui, la direction « devra sans doute revoir ses objectifs cet été ». Vers 11 h 30, le "
        f"titre Valdrome chutait de 9,8{NB}%, à 14,12 euros, lanterne rouge du SBF 120, dans un marché en repli "
        f"de 0,4{NB}%. Il avait déjà cédé 6,5{NB}% la semaine dernière, après un avertissement sur résultats d'un "
        "concurrent allemand."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), ("Valdrome", ORG, None, False),
                       ("Bourse de Paris", ORG, None, False), ("Europe", LOC, None, False),
                       ("Frédéric Aumont", PER, None, False), ("Cordell Partners", ORG, None, False),
                       ("Lumidrome", ORG, None, False), ("Sophie Kerbrat", PER, None, False),
                       ("Transalpe", ORG, None, False), ("Marc Lhermitte", PER, None, False),
                       ("Thomas Lindqvist", PER, None, False), ("Portzamparc", ORG, None, False),
                       ("SBF 120", MISC, None, True)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: the broker 'Portzamparc' (one word, after 'chez') is ORG; 'SBF 120' is "
                      "optional MISC as in the earlier sets; 'allemandes', 'électriques' are adjectives.")
    a["notes"].append("Money: '14,12 euros' is a share price (money, as prices per share in the earlier "
                      "sets). Percentages: '2 et 4 %' is a range (value 2, span from the first number), "
                      "'environ 5 %' a target margin, '0,4 %' the market's move.")
    a["notes"].append("Events: results of the first quarter of 2027: the net loss ('perte nette', metric loss), "
                      "revenue, operating profit ('résultat opérationnel', metric operating_income) and the net "
                      "profit of the year-earlier quarter ('Un an plus tôt, Valdrome avait dégagé un bénéfice net "
                      "de 12 millions d'euros': a result for 2026-Q1). The guidance for 2027 is not a result. "
                      "The sale of Lumidrome to Cordell Partners ('entré en négociations exclusives ... pour lui "
                      "céder') is an acquisition with status 'planned' (in discussions, as 'serait en discussions' "
                      "in the contract). The new CFO's post ('nomination ... au poste de directrice financière') "
                      "is a role; her former post ('jusqu'ici directrice financière adjointe du transporteur "
                      "Transalpe') and her predecessor ('Elle succédera à Marc Lhermitte') are optional.")
    a["notes"].append("Quotes: 'a indiqué le groupe dans un communiqué' and 'Valdrome a aussi confirmé être "
                      "entré ...' (span from the infinitive) have Valdrome as speaker; 'Le groupe a par ailleurs "
                      "annoncé la nomination de ...' takes a noun phrase (optional). 'La société maintient son "
                      "objectif ...' is a forecast, not reported speech.")
    a["notes"].append("Dates: 'premier trimestre' is 2027-Q1 (twice); 'Un an plus tôt' (the quarter a year "
                      "before the 2027-Q1 figures) is optional 2026-Q1; 'l'année' inside the CEO's quote is "
                      "optional (anaphoric 2027); 'depuis mars' is this year's March.")
    M(a, "58 millions d'euros", 58e6, "EUR")
    M(a, "2,37 milliards d'euros", 2.37e9, "EUR")
    M(a, "71 millions d'euros", 71e6, "EUR")
    M(a, "12 millions d'euros", 12e6, "EUR")
    M(a, "300 millions d'euros", 300e6, "EUR")
    M(a, "14,12 euros", 14.12, "EUR")
    P(a, f"1,9{NB}%", 1.9)
    P(a, f"3,4{NB}%", 3.4)
    P(a, f"22{NB}%", 22)
    P(a, f"2 et 4{NB}%", 2)
    P(a, f"5{NB}%", 5)
    P(a, f"9,8{NB}%", 9.8)
    P(a, f"0,4{NB}%", 0.4)
    P(a, f"6,5{NB}%", 6.5)
    D(a, "22 avril", "2027-04-22", note="dateline")
    D(a, "jeudi", "2027-04-22", note="the dateline day")
    D(a, "premier trimestre", "2027-Q1")
    D(a, "Un an plus tôt", "2026-Q1", opt=True, note="relative to the 2027-Q1 figures, not to the reference date")
    D(a, "premier trimestre", "2027-Q1", nth=1, note="inside the CEO's quote")
    D(a, "année", "2027", opt=True, note="'le point bas de l'année': anaphoric, inside the quote")
    D(a, "mars", "2027-03", note="'depuis mars': this year's March, inside the quote")
    D(a, "2027", "2027", note="'en 2027' (guidance)")
    D(a, "1er juin", "2027-06-01", note="future: 'à compter du 1er juin'")
    D(a, "46 ans", "P46Y", typ="DURATION", opt=True, note="an age")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True)
    D(a, "huit ans", "P8Y", typ="DURATION", note="'après huit ans'")
    D(a, "second semestre", "2027-H2", note="future, inside the analyst's quote")
    D(a, "cet été", "2027-SU")
    D(a, "11 h 30", "2027-04-22T11:30", typ="TIME")
    D(a, "semaine dernière", "2027-W15", note="'la semaine dernière': the ISO week before the dateline's (W16)")
    Q(a, f"[Le chiffre d'affaires a atteint 2,37 milliards d'euros, en hausse de 1,9{NB}% et de 3,4{NB}% en données organiques], a indiqué",
      "indirect", "a indiqué", ("le [groupe] dans", "Valdrome", ORG),
      note="inverted reporting clause; 'le groupe' is Valdrome")
    Q(a, "« [Le premier trimestre est le point bas de l'année. Nos carnets se regarnissent depuis mars.] »", "direct",
      "a assuré", ("Frédéric Aumont", "Frédéric Aumont", PER), gender="male",
      note="the reporting clause comes before the quote, with a colon; the final full stop is inside the marks")
    Q(a, "confirmé [être entré en négociations exclusives avec le fonds Cordell Partners pour lui céder sa filiale d'éclairage Lumidrome, pour environ 300 millions d'euros].",
      "indirect", "a aussi confirmé", ("[Valdrome] a aussi", "Valdrome", ORG),
      note="'a confirmé être ...': the span starts at the infinitive")
    Q(a, "annoncé [la nomination de Sophie Kerbrat au poste de directrice financière à compter du 1er juin].",
      "indirect", "a par ailleurs annoncé", ("Le [groupe] a par", "Valdrome", ORG), optional=True,
      note="'a annoncé' + noun phrase, not a clause")
    Q(a, "« [Le marché ne croit plus à une reprise au second semestre] »", "direct", "juge",
      ("Thomas Lindqvist", "Thomas Lindqvist", PER), gender="male")
    Q(a, "« [devra sans doute revoir ses objectifs cet été] »", "direct", "[Selon] lui",
      ("Selon [lui]", "Thomas Lindqvist", PER), gender="male",
      note="partly quoted clause after 'Selon lui,': one direct quote for the marked words")
    V(a, "result", "perte nette", {
        "company": "Valdrome", "metric": "loss", "amount": "58 millions d'euros", "period": "premier trimestre"})
    V(a, "result", "chiffre d'affaires", {
        "company": "Valdrome", "metric": "revenue", "amount": "2,37 milliards d'euros", "change": f"1,9{NB}%",
        "period": ("opt", "premier trimestre")}, note="the group named in the sentence before")
    V(a, "result", "résultat opérationnel", {
        "company": "Valdrome", "metric": "operating_income", "amount": "71 millions d'euros", "change": f"22{NB}%",
        "period": ("opt", "premier trimestre")}, note="'reculé de 22 %': change value as written (22)")
    V(a, "result", "bénéfice net", {
        "company": "Valdrome", "metric": "net_income", "amount": "12 millions d'euros",
        "period": ("opt", "Un an plus tôt")}, note="the year-earlier quarter's net profit")
    V(a, "acquisition", "céder", {
        "target": "Lumidrome", "buyer": "Cordell Partners", "seller": "Valdrome",
        "amount": "300 millions d'euros", "date": ("opt", "jeudi"), "status": "planned"},
      note="exclusive negotiations: planned")
    V(a, "role", "directeur général", {"person": "Frédéric Aumont", "title": "directeur général",
                                       "organization": ("opt", "Valdrome")})
    V(a, "role", "directrice financière", {"person": "Sophie Kerbrat", "title": "directrice financière",
                                           "organization": ("opt", "Valdrome")},
      note="'la nomination de Sophie Kerbrat au poste de directrice financière': a new post")
    V(a, "role", "directrice financière adjointe", {"person": "Sophie Kerbrat",
                                                    "title": "directrice financière adjointe",
                                                    "organization": "Transalpe"}, optional=True,
      note="her post until now")
    V(a, "role", "succédera", {"person": "Marc Lhermitte", "organization": ("opt", "Valdrome")}, optional=True,
      note="the outgoing CFO, stated by 'succédera à'")
    V(a, "role", "analyste", {"person": "Thomas Lindqvist", "title": "analyste", "organization": "Portzamparc"},
      note="'analyste chez Portzamparc': a post at the broker")


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    AK, VM, TDF = "Anders Kjeldgaard", "Voltane-Meridia", "Tour de France"
    # ------------------------------------------------------------ F: cycling, a Tour de France stage
    a = B.article("F-cyclisme-tour", "2027-07-11", (
        f"LUCHON (Haute-Garonne), 11 juillet (AFP) - Le Danois {AK} ({VM}) a remporté dimanche en solitaire la "
        f"9e étape du {TDF}, entre Pau et Bagnères-de-Luchon, et s'est emparé du maillot jaune au terme d'une "
        "journée de pluie dans les Pyrénées.\n\n"
        f"Parti seul au pied du col de Peyresourde, dont la pente moyenne atteint 7,8{NB}% sur les treize "
        "derniers kilomètres, le coureur de 27 ans a devancé de 42 secondes le Slovène Luka Novak "
        "(Adriatica-Sunvolt) et de plus d'une minute le Français Théo Marsan (Kerbelle-Lorient). Il empoche au "
        f"passage 11{NN}000 euros de prime.\n\n"
        "Deuxième du Tour l'an dernier, Kjeldgaard a savouré au micro de France Télévisions : "
        f"{O}J'ai attaqué là où personne ne m'attendait. Ce maillot, je vais le défendre jusqu'à Paris.{C} {O}Je n'avais plus de jambes dans la descente{C}, a reconnu "
        "le Slovène.\n\n"
        f"Son directeur sportif, le Belge Pieter Claes, a salué {O}une course parfaite{C} et assuré que l'équipe "
        f"ne paniquerait pas dans les Alpes. {O}Anders a mûri. Il y a deux ans, il aurait attaqué trop tôt{C}, "
        "a-t-il ajouté.\n\n"
        "La veille, la formation avait officialisé la prolongation du contrat de son leader jusqu'en 2030. Selon "
        "L'Équipe, son salaire atteindrait 3,5 millions d'euros par saison. Le fournisseur d'électricité danois "
        f"Voltane, qui apporte 60{NB}% du budget, a de son côté annoncé samedi qu'il prolongeait son parrainage "
        "de trois ans, pour environ 45 millions d'euros, tandis que l'assureur Meridia reste engagé jusqu'en "
        "2028.\n\n"
        "Après la journée de repos lundi, le peloton abordera mardi la haute montagne, avec l'arrivée au Plateau "
        "de Beille le 14 juillet. Marsan, meilleur grimpeur en 2025, estime pouvoir encore y renverser la course."))
    for s, l, c, o in [("LUCHON", LOC, None, False), ("Haute-Garonne", LOC, None, False), ("AFP", ORG, None, False),
                       (AK, PER, None, False), ("Kjeldgaard", PER, AK, False), ("Anders", PER, AK, False),
                       (VM, ORG, None, False), (TDF, MISC, None, False), ("Tour", MISC, TDF, False),
                       ("Pau", LOC, None, False), ("Bagnères-de-Luchon", LOC, None, False),
                       ("Pyrénées", LOC, None, False), ("Peyresourde", LOC, None, False),
                       ("Luka Novak", PER, None, False), ("Adriatica-Sunvolt", ORG, None, False),
                       ("Théo Marsan", PER, None, False), ("Marsan", PER, "Théo Marsan", False),
                       ("Kerbelle-Lorient", ORG, None, False), ("Paris", LOC, None, False),
                       ("France Télévisions", ORG, None, False), ("Pieter Claes", PER, None, False), ("Alpes", LOC, None, False), ("L'Équipe", ORG, None, False),
                       ("Voltane", ORG, None, False), ("Meridia", ORG, None, False),
                       ("Plateau de Beille", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: cycling teams are named by their sponsors ('Voltane-Meridia', "
                      "'Adriatica-Sunvolt') or by a sponsor and a town ('Kerbelle-Lorient'): one ORG each, the "
                      "company or town inside not annotated separately; the sponsors named alone ('Le fournisseur "
                      "d'électricité danois Voltane', 'l'assureur Meridia') are ORG. The race ('Tour de France', "
                      "'deuxième du Tour') is MISC (an event). The pass is 'Peyresourde' without 'col de', as "
                      "stadiums without 'stade' in the earlier sets; 'Plateau de Beille' (a summit finish, capital "
                      "P) keeps its head noun. The dateline LUCHON and the town 'Bagnères-de-Luchon' are both LOC; "
                      "'jusqu'à Paris' (the Tour's finish) is LOC. Demonyms ('Le Danois', 'le Slovène', 'le "
                      "Français', 'le Belge') are not entities; 'danois' is an adjective; 'maillot jaune' is not "
                      "an entity.")
    a["notes"].append("Money: '11 000 euros' (a stage prize), '3,5 millions d'euros' (a salary, per season), "
                      "'45 millions d'euros' (a sponsorship). Percentages: '7,8 %' is a road gradient (a "
                      "percentage as written); '60 %' a share of the budget. '9e étape' and '(58e)'-like ranks "
                      "are not dates.")
    a["notes"].append("Events: none for the race, the yellow jersey ('s'est emparé du maillot jaune' is no "
                      "acquisition), the contract extension or the sponsorship (no event type), as player "
                      "transfers in the earlier sets; 'Son directeur sportif' is a role (organization optional: "
                      "the team of the first sentence); 'son leader' is an optional role (a rider's status, as "
                      "players' positions).")
    a["notes"].append("Quotes: 'a reconnu le Slovène' has Luka Novak as speaker (the demonym introduced him), as "
                      "'l'Argentin' in the fourth set; 'a salué « ... » et assuré que ...' gives a direct quote "
                      "and an indirect one (auxiliary elided); 'estime pouvoir ...' spans from the infinitive; "
                      "'Voltane ... a annoncé samedi qu'il prolongeait ...' has the company as speaker, the span "
                      "ending before 'tandis que' (the journalist's addition).")
    a["notes"].append("Dates: 'La veille' is the day before the Sunday stage (2027-07-10, the same day as "
                      "'samedi'); 'Il y a deux ans' (inside a quote) is 2025; 'lundi', 'mardi' and 'le 14 "
                      "juillet' are after the Sunday reference date; time gaps ('42 secondes', 'plus d'une "
                      "minute'), the age and 'par saison' are optional.")
    M(a, f"11{NN}000 euros", 11000, "EUR")
    M(a, "3,5 millions d'euros", 3.5e6, "EUR")
    M(a, "45 millions d'euros", 45e6, "EUR")
    P(a, f"7,8{NB}%", 7.8)
    P(a, f"60{NB}%", 60)
    D(a, "11 juillet", "2027-07-11", note="dateline")
    D(a, "dimanche", "2027-07-11", note="the dateline day")
    D(a, "27 ans", "P27Y", typ="DURATION", opt=True, note="an age")
    D(a, "42 secondes", "PT42S", typ="DURATION", opt=True, note="a time gap in a race")
    D(a, "une minute", "PT1M", typ="DURATION", opt=True, note="'plus d'une minute': a time gap, a bound")
    D(a, "an dernier", "2026", note="'Deuxième du Tour l'an dernier'")
    D(a, "Il y a deux ans", "2025", note="inside the quote: two years before 2027")
    D(a, "La veille", "2027-07-10", note="anaphoric: the day before the Sunday stage")
    D(a, "2030", "2030", note="'jusqu'en 2030'")
    D(a, "par saison", "P1Y", typ="SET", opt=True, note="a salary per season")
    D(a, "samedi", "2027-07-10", note="past: 'a annoncé samedi'")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'de trois ans'")
    D(a, "2028", "2028", note="'jusqu'en 2028'")
    D(a, "lundi", "2027-07-12", note="future: the rest day after the Sunday stage")
    D(a, "mardi", "2027-07-13", note="future")
    D(a, "14 juillet", "2027-07-14", note="'le 14 juillet': the national day, a Wednesday")
    D(a, "2025", "2025", note="'meilleur grimpeur en 2025'")
    Q(a, f"{O}[J'ai attaqué là où personne ne m'attendait. Ce maillot, je vais le défendre jusqu'à Paris.]{C}", "direct",
      "a savouré", ("Kjeldgaard", AK, PER), gender="male",
      note="the reporting clause comes before the quote, with a colon; the final full stop is inside the marks")
    Q(a, f"{O}[Je n'avais plus de jambes dans la descente]{C}", "direct", "a reconnu",
      ("le [Slovène].", "Luka Novak", PER), gender="male",
      note="the demonym 'le Slovène' stands for Luka Novak, the Slovenian of the paragraph before")
    Q(a, f"{O}[une course parfaite]{C}", "direct", "a salué", ("Pieter Claes", "Pieter Claes", PER), gender="male",
      note="the name is in apposition to 'Son directeur sportif, le Belge'")
    Q(a, "assuré que [l'équipe ne paniquerait pas dans les Alpes].", "indirect", "assuré",
      ("Pieter Claes", "Pieter Claes", PER), gender="male",
      note="second verb after 'et', auxiliary elided ('a salué ... et assuré que')")
    Q(a, f"{O}[Anders a mûri. Il y a deux ans, il aurait attaqué trop tôt]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", "Pieter Claes", PER), gender="male")
    Q(a, "L'Équipe, [son salaire atteindrait 3,5 millions d'euros par saison].", "indirect", "Selon",
      ("L'Équipe", "L'Équipe", ORG))
    Q(a, "samedi qu'[il prolongeait son parrainage de trois ans, pour environ 45 millions d'euros], tandis",
      "indirect", "a de son côté annoncé", ("danois [Voltane], qui", "Voltane", ORG),
      note="the span stops before 'tandis que', the journalist's addition")
    Q(a, "estime [pouvoir encore y renverser la course].", "indirect", "estime", ("Marsan", "Théo Marsan", PER),
      gender="male", note="'estime pouvoir': the span starts at the infinitive")
    V(a, "role", "directeur sportif", {"person": "Pieter Claes", "title": "directeur sportif",
                                       "organization": ("opt", VM)},
      note="'Son directeur sportif': Anders Kjeldgaard's team, Voltane-Meridia")
    V(a, "role", "leader", {"person": AK, "organization": ("opt", VM)}, optional=True,
      note="'son leader': a rider's status in the team, as players' positions")
