"""The six articles of the eleventh blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind11`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % in A and D; thousands in D; inside guillemets in A and E)
NN = "\u202f"    # narrow no-break space (before % in B and E; thousands in F; inside guillemets in B and F)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    MC, LB, SR = "Mathias Crettenand", "Laurent Béguelin", "Sophie Rieder"
    KAP, BCV, COMCO, NZZ = ("Kestrel Asia Partners", "Banque cantonale vaudoise", "Commission de la concurrence",
                            "Neue Zürcher Zeitung")
    # ------------------------------------------------------------ A: a Geneva software group bids for its Lausanne rival (AWP)
    a = B.article("A-opa-suisse", "2029-06-11", (
        "GENÈVE, 11 juin (AWP) - Arvenza s'offre son grand rival. Le groupe genevois de logiciels bancaires, coté à la "
        "SIX Swiss Exchange, a lancé lundi une offre publique d'achat (OPA) amicale sur le lausannois Quantalys, à 64 "
        f"francs par action, soit une prime de 38,5{NB}% sur le cours de clôture de vendredi. L'offre porte sur un "
        "montant total de 1,12 mrd CHF, a précisé le groupe dans un communiqué.\n\n"
        f"Le fondateur de Quantalys, {MC}, qui détient 22{NB}% du capital, s'est engagé à apporter ses titres. "
        f"{O}C'était le bon moment pour passer la main{C}, a-t-il confié à la RTS. L'offre sera ouverte du 2 au 30 "
        f"juillet, sous réserve du feu vert de la {COMCO} (Comco).\n\n"
        f"{O}Avec Quantalys, nous devenons le numéro un européen du secteur{C}, a déclaré le directeur général "
        f"d'Arvenza, {LB}. En mettant la main sur son voisin vaudois, le groupe, qui a réalisé l'an dernier un "
        f"chiffre d'affaires de 940 mio CHF (+6,2{NB}%), doublera sa clientèle en Asie. Il avait déjà avalé en 2026 le "
        "zurichois Finalto pour 210 millions de francs.\n\n"
        "Côté Quantalys, le prix fait grincer des dents. Sa dernière levée de fonds, 85 millions de francs réunis en "
        f"mars 2028 auprès du fonds singapourien {KAP}, remonte à quinze mois. Ce tour de table, auquel "
        f"avait participé la {BCV} (BCV), valorisait alors la société à 1,4 milliard de francs. La "
        f"direction juge pourtant l'offre {O}équitable{C} et estime que l'adossement à un groupe coté sécurisera les "
        "emplois.\n\n"
        f"{O}Arvenza paie surtout la technologie{C}, relève {SR}, analyste chez Vontobel. "
        "Selon elle, les synergies atteindront 45 millions de francs par an d'ici 2031. Selon la "
        f"{NZZ}, l'américain Broadmere Systems avait lui aussi jeté son dévolu sur Quantalys l'automne "
        f"dernier, avant de renoncer. Vers 11 h 30, l'action Quantalys s'envolait de 34,7{NB}%, tandis qu'Arvenza "
        f"cédait 2,1{NB}%."))
    for s, l, c, o in [("GENÈVE", LOC, None, False), ("AWP", ORG, None, False), ("Arvenza", ORG, None, False),
                       ("SIX Swiss Exchange", ORG, None, False), ("Quantalys", ORG, None, False),
                       (MC, PER, None, False), ("RTS", ORG, None, False), (COMCO, ORG, None, False),
                       ("Comco", ORG, COMCO, False), (LB, PER, None, False), ("Asie", LOC, None, False),
                       ("Finalto", ORG, None, False), (KAP, ORG, None, False), (BCV, ORG, None, False),
                       ("BCV", ORG, BCV, False), (SR, PER, None, False), ("Vontobel", ORG, None, False),
                       (NZZ, ORG, None, False), ("Broadmere Systems", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Swiss financial agency dispatch (GENÈVE, AWP): the reference date is the dateline day (Monday "
                      "11 June 2029). Money: AWP's abbreviations 'mrd CHF' (milliards) and 'mio CHF' (millions) are "
                      "scale words: '1,12 mrd CHF' is 1.12e9 CHF, '940 mio CHF' 9.4e8 CHF; bare 'francs' in this Swiss "
                      "dispatch are CHF, as in the third and fifth sets; the price per share '64 francs' is money.")
    a["notes"].append("Entities: 'Arvenza' (the bidder, a coined name, bare in every mention) and 'Quantalys' (the "
                      "target) are ORG; 'SIX Swiss Exchange' is ORG (as in the fifth set); 'RTS' (the Swiss public "
                      "broadcaster, never spelled out) keeps its form; the competition authority and the cantonal "
                      "bank named in full with their acronyms in brackets have the full name as canonical for both "
                      "mentions ('Comco', 'BCV'); 'Kestrel Asia Partners' is one ORG (no separate 'Asia'); 'Neue "
                      "Zürcher Zeitung' (a Zurich daily) and 'Vontobel' (a bank, after 'chez') are ORG; 'Asie' is "
                      "LOC. 'genevois', 'lausannois', 'vaudois', 'zurichois', 'singapourien', 'américain' are "
                      "adjectives; 'OPA', 'le groupe', 'La direction', 'la société' are not names.")
    a["notes"].append("Quotes: '<clause>, a précisé le groupe dans un communiqué' (inverted, 'le groupe' is Arvenza, "
                      "the subject of the sentence before); the target's founder '« ... », a-t-il confié à la RTS' "
                      "('il' is Mathias Crettenand, named in the sentence before; the medium is no speaker); the "
                      "bidder's CEO 'a déclaré le directeur général d'Arvenza, X'; 'La direction juge pourtant "
                      "l'offre « équitable » et estime que <clause>' gives two quotes (one marked word, then an "
                      "indirect clause), the speaker of both being 'La direction', canonical Quantalys (the company "
                      "of 'Côté Quantalys' opening the paragraph), as the ninth set's body that 'juge ... « ... » et "
                      "estime que'; the analyst 'relève X, analyste chez Vontobel', then 'Selon elle, <clause>'; "
                      "'Selon la Neue Zürcher Zeitung, <clause>'. 's'est engagé à apporter ses titres' (a "
                      "commitment) is no quote.")
    a["notes"].append("Events: one fact, one event: the bid ('s'offre son grand rival', 'a lancé lundi une offre "
                      "publique d'achat (OPA) amicale sur le lausannois Quantalys', 'L'offre porte sur un montant "
                      "total de 1,12 mrd CHF', 'En mettant la main sur son voisin vaudois') is one acquisition, "
                      "'announced' (a bid launched, open in July, subject to the Comco), its trigger the noun of the "
                      "sentence that states it; the founder who tenders his 22 % is an optional seller, as the "
                      "holders tendering their shares in the sixth set; the premium '38,5 %' is no argument. The "
                      "target's last round, referred to by two noun phrases ('Sa dernière levée de fonds, 85 "
                      "millions de francs réunis en mars 2028 auprès du fonds ... Kestrel Asia Partners', then 'Ce "
                      "tour de table, auquel avait participé la Banque cantonale vaudoise (BCV), valorisait alors la "
                      "société à 1,4 milliard de francs') is one funding event carrying the investor of each sentence "
                      "and the valuation. 'Il avait déjà avalé en 2026 le zurichois Finalto' is a done acquisition; "
                      "'Broadmere Systems avait lui aussi jeté son dévolu sur Quantalys ..., avant de renoncer' a "
                      "planned one (as in the third set). The bidder's revenue 'l'an dernier' is a result. Roles: "
                      "'Le fondateur de Quantalys, X' (organization required), 'le directeur général d'Arvenza, X', "
                      "'analyste chez Vontobel'. The synergies, the share moves and the stake held are no events.")
    a["notes"].append("Dates: 'lundi' the dateline day; 'vendredi' (the last close) the Friday before; 'du 2 au 30 "
                      "juillet' two TIMEX3 points (the bare '2' with the month of the second), as 'du 3 au 5 "
                      "novembre' in the fourth set; 'l'an dernier' 2028; 'mars 2028'; 'quinze mois' a duration "
                      "('remonte à quinze mois'); 'l'automne dernier' 2028-FA; 'd'ici 2031'; 'Vers 11 h 30' a time "
                      "of the dateline day (span without 'Vers'); 'par an' (a rate) optional.")
    M(a, "64 francs", 64, "CHF")
    M(a, "1,12 mrd CHF", 1.12e9, "CHF")
    M(a, "940 mio CHF", 940e6, "CHF")
    M(a, "210 millions de francs", 210e6, "CHF")
    M(a, "85 millions de francs", 85e6, "CHF")
    M(a, "1,4 milliard de francs", 1.4e9, "CHF")
    M(a, "45 millions de francs", 45e6, "CHF")
    P(a, f"38,5{NB}%", 38.5)
    P(a, f"22{NB}%", 22)
    P(a, f"+6,2{NB}%", 6.2)
    P(a, f"34,7{NB}%", 34.7)
    P(a, f"2,1{NB}%", 2.1)
    D(a, "11 juin", "2029-06-11", note="dateline")
    D(a, "lundi", "2029-06-11", note="the dateline day")
    D(a, "vendredi", "2029-06-08", note="'le cours de clôture de vendredi': the last session")
    D(a, "du [2] au 30 juillet", "2029-07-02", note="'du 2 au 30 juillet': two points, the bare day with the month of the second")
    D(a, "30 juillet", "2029-07-30")
    D(a, "an dernier", "2028", note="'l'an dernier'")
    D(a, "2026", "2026")
    D(a, "mars 2028", "2028-03")
    D(a, "quinze mois", "P15M", typ="DURATION", note="'remonte à quinze mois'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "2031", "2031", note="'d'ici 2031'")
    D(a, "automne dernier", "2028-FA", note="'l'automne dernier'")
    D(a, "11 h 30", "2029-06-11T11:30", typ="TIME", note="'Vers 11 h 30' on the dateline day")
    Q(a, "[L'offre porte sur un montant total de 1,12 mrd CHF], a précisé", "indirect", "a précisé",
      ("le [groupe] dans", "Arvenza", ORG), note="inverted; 'le groupe' is Arvenza, subject of the sentence before")
    Q(a, f"{O}[C'était le bon moment pour passer la main]{C}", "direct", "a-t-il confié",
      ("a-t-[il] confié", MC, PER), gender="male", note="'il' is the founder named in the sentence before")
    Q(a, f"{O}[Avec Quantalys, nous devenons le numéro un européen du secteur]{C}", "direct", "a déclaré",
      (LB, LB, PER), gender="male", note="'le directeur général' shows the gender")
    Q(a, f"{O}[équitable]{C}", "direct", "juge", ("La [direction] juge", "Quantalys", ORG),
      note="one marked word after 'juge ... l'offre'; 'La direction' is Quantalys's ('Côté Quantalys')")
    Q(a, "estime que [l'adossement à un groupe coté sécurisera les emplois].", "indirect", "estime",
      ("La [direction] juge", "Quantalys", ORG), note="second verb of the same subject ('juge ... et estime que')")
    Q(a, f"{O}[Arvenza paie surtout la technologie]{C}", "direct", "relève", (SR, SR, PER),
      gender="female", note="the given name shows the gender")
    Q(a, "Selon elle, [les synergies atteindront 45 millions de francs par an d'ici 2031].", "indirect",
      "[Selon] elle", ("Selon [elle]", SR, PER), gender="female", note="'elle' is the analyst of the sentence before")
    Q(a, f"{NZZ}, [l'américain Broadmere Systems avait lui aussi jeté son dévolu sur Quantalys l'automne dernier, avant de renoncer].",
      "indirect", "[Selon] la Neue", (NZZ, NZZ, ORG), note="'Selon <newspaper>, <clause>'")
    V(a, "acquisition", "offre publique d'achat", {"target": "Quantalys", "buyer": "Arvenza",
                                                   "seller": ("opt", MC), "amount": "1,12 mrd CHF", "date": "lundi",
                                                   "status": "announced"},
      note="a bid launched: announced; the amount is in the next sentence ('L'offre porte sur ...'); the founder "
           "tendering his 22 % is an optional seller")
    V(a, "result", "chiffre d'affaires", {"company": "Arvenza", "metric": "revenue", "amount": "940 mio CHF",
                                          "change": f"+6,2{NB}%", "period": "an dernier"},
      note="'le groupe, qui a réalisé l'an dernier un chiffre d'affaires de ...': Arvenza")
    V(a, "acquisition", "avalé", {"target": "Finalto", "buyer": "Arvenza", "amount": "210 millions de francs",
                                  "date": "2026", "status": "done"}, note="'Il' is the group, Arvenza")
    V(a, "funding", "levée de fonds", {"company": "Quantalys", "amount": "85 millions de francs",
                                       "investors": [KAP, BCV], "valuation": "1,4 milliard de francs",
                                       "date": "mars 2028"},
      note="'Sa dernière levée de fonds' then 'Ce tour de table': one round, the investor of each sentence and the "
           "valuation of the second")
    V(a, "acquisition", "jeté son dévolu", {"target": "Quantalys", "buyer": "Broadmere Systems",
                                            "date": ("opt", "automne dernier"), "status": "planned"},
      note="an interest then dropped ('avant de renoncer'): planned, as in the third set")
    V(a, "role", "fondateur", {"person": MC, "title": "fondateur", "organization": "Quantalys"},
      note="'Le fondateur de Quantalys, X'")
    V(a, "role", "directeur général", {"person": LB, "title": "directeur général", "organization": "Arvenza"})
    V(a, "role", "analyste", {"person": SR, "title": "analyste", "organization": "Vontobel"})

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    AV, BI, SD, RC, NF, MLR, MS, AM = ("Antoine Verlhac", "Bertrand Issartel", "Sandrine Delhaye", "Rémi Castagnet",
                                       "Nadia Ferrouk", "Matthieu Le Roux", "Manon Salvetat", "Agnès Morvillier")
    MEF, MCP = "ministre de l'Économie et des Finances", "ministre chargée des Comptes publics"
    # ------------------------------------------------------------ B: the budget's first part at the Assemblée (web article)
    a = B.article("B-budget-assemblee", "2029-10-23", (
        "Budget 2030 : l'Assemblée adopte de justesse la partie recettes\n"
        "Par Claire Aubertin\n"
        "Publié le 23 octobre 2029 à 19h47\n\n"
        "Les députés ont adopté mardi, par 289 voix contre 262, la première partie du projet de loi de finances pour "
        f"2030, consacrée aux recettes. Le gouvernement veut ramener le déficit public à 4,1{NN}% du PIB l'an "
        f"prochain, contre 4,8{NN}% attendus cette année.\n\n"
        f"{O}Ce budget ne fait de cadeau à personne, mais il protège les classes moyennes. Nous tenons notre "
        "trajectoire.\n\n"
        f"{O}Ceux qui promettent de tout raser n'ont jamais eu à boucler un budget{C}, a martelé à la tribune de "
        f"l'Assemblée nationale le {MEF}, {AV}.\n\n"
        "La mesure phare, une hausse de 2 points de la surtaxe sur les bénéfices des grands groupes, a cristallisé les "
        f"débats. {O}Vous matraquez ceux qui investissent{C}, a tancé le député LR du Cantal {BI}. La députée RN du "
        f"Pas-de-Calais {SD} a fustigé un budget {O}écrit à Bruxelles{C}. {O}Le gouvernement a trouvé "
        f"l'argent magique, mais seulement pour les actionnaires{C}, a ironisé le député LFI de la Haute-Garonne "
        f"{RC}.\n\n"
        f"La {MCP}, {NF}, a rétorqué que la surtaxe serait {O}temporaire et ciblée{C}. "
        "Selon Bercy, elle rapportera 6,5 milliards d'euros en 2030 et ne touchera que 400 entreprises. Pour le député "
        f"MoDem du Finistère {MLR}, le texte {O}va dans le bon sens{C}. Pour {MS}, députée EELV de la "
        "Gironde, le budget sacrifie la transition énergétique.\n\n"
        f"Selon la présidente du groupe PS, {AM}, les socialistes pourraient s'abstenir sur la seconde partie si "
        "le gouvernement renonce au gel des APL. D'après un sondage Elabe pour BFMTV publié dimanche, "
        f"61{NN}% des Français jugent le budget injuste. Le vote solennel sur l'ensemble du texte est prévu le 5 "
        f"novembre. Le recours au 49.3 n'est {O}pas exclu{C}, a fait savoir Matignon."))
    for s, l, c, o in [("Assemblée nationale", ORG, None, False), ("Assemblée", ORG, "Assemblée nationale", False),
                       ("Claire Aubertin", PER, None, False), (AV, PER, None, False), ("LR", ORG, None, False),
                       ("Cantal", LOC, None, False), (BI, PER, None, False), ("RN", ORG, None, False),
                       ("Pas-de-Calais", LOC, None, False), (SD, PER, None, False), ("Bruxelles", ORG, None, True),
                       ("LFI", ORG, None, False), ("Haute-Garonne", LOC, None, False), (RC, PER, None, False),
                       (NF, PER, None, False), ("Bercy", ORG, None, False), ("MoDem", ORG, None, False),
                       ("Finistère", LOC, None, False), (MLR, PER, None, False), (MS, PER, None, False),
                       ("EELV", ORG, None, False), ("Gironde", LOC, None, False), ("PS", ORG, None, False),
                       (AM, PER, None, False), ("Elabe", ORG, None, False), ("BFMTV", ORG, None, False),
                       ("Matignon", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Paris daily copied as plain text: a headline line, a byline ('Par Claire "
                      "Aubertin') and a publication line written in words ('Publié le 23 octobre 2029 à 19h47'), no "
                      "dateline. The reference date is the publication day (Tuesday 23 October 2029), the day of the "
                      "vote. The headline and the byline are annotated as any text.")
    a["notes"].append("Entities: 'l'Assemblée' (headline) and 'l'Assemblée nationale' are one ORG, canonical "
                      "'Assemblée nationale'; party acronyms never spelled out keep their form ('LR', 'RN', 'LFI', "
                      "'PS', 'EELV', 'MoDem'); the départements after 'du', 'de la', 'de' are LOC ('Cantal', "
                      "'Pas-de-Calais', 'Haute-Garonne', 'Finistère', 'Gironde'); 'Bercy' and 'Matignon' speaking "
                      "for the ministry and the Prime Minister's office are ORG, as in the fourth and seventh sets; "
                      "'Elabe' (the pollster) and 'BFMTV' are ORG; 'écrit à Bruxelles' inside the marked words (the "
                      "European institutions by their seat) is optional ORG, as 'une décision de Bruxelles' in the "
                      "sixth set. 'PIB', 'APL', '49.3' and 'Français' (a demonym) are not entities; 'Le "
                      "gouvernement', 'les socialistes', 'le groupe PS' (its 'PS' annotated) are not names.")
    a["notes"].append("Quotes: *new*: the minister's quote runs over two paragraphs, French style: the first "
                      "paragraph opens with '«' and has no closing mark, the second reopens with '«' and closes with "
                      "'»' before the reporting clause ('a martelé ... le ministre de l'Économie et des Finances, X'). "
                      "It is one direct quote from the first word after the first mark to the last word before the "
                      "closing mark (the paragraph break and the reopening mark inside the span), as quotes over two "
                      "sentences are one quote from mark to mark in the seventh set. Marked words after a noun "
                      "phrase or inside a reported clause give one direct quote each ('a fustigé un budget « ... »', "
                      "'a rétorqué que la surtaxe serait « ... »', 'Pour X, le texte « ... »', 'n'est « pas exclu », "
                      "a fait savoir Matignon'). *New*: 'Pour X, <clause>' with no marks, where X is a deputy "
                      "giving her opinion in a debate, is an indirect quote (cue 'Pour', span the clause), as "
                      "'Selon X, <clause>'; the earlier sets had 'Pour X, ... « ... »' only. 'Selon Bercy, <clause>', "
                      "'Selon la présidente du groupe PS, X, <clause>' (the name in apposition speaks) and 'D'après "
                      "un sondage Elabe pour BFMTV publié dimanche, <clause>' (the pollster named: Elabe, as 'Selon "
                      "un sondage Ifop' in the fifth set) are indirect.")
    a["notes"].append("Events: roles only (the budget, its deficit target and the surtax's yield are a "
                      "government's plans, no results). Ministers keep their titles as written, no organization "
                      "('ministre de l'Économie et des Finances', 'ministre chargée des Comptes publics'); deputies "
                      "named with party and département ('le député LR du Cantal X', 'La députée RN du Pas-de-Calais "
                      "X', 'X, députée EELV de la Gironde') have the title 'député' / 'députée' and the party as an "
                      "optional organization, as in the first, fifth and eighth sets; 'la présidente du groupe PS, X' "
                      "is a group chair (person only).")
    a["notes"].append("Dates: the publication line '23 octobre 2029 à 19h47' is one TIME (span without 'Publié "
                      "le'); 'Budget 2030' (headline), 'pour 2030' and 'en 2030' are the year 2030; 'mardi' the "
                      "publication day; 'l'an prochain' 2030 (span 'an prochain', as 'an dernier'); 'cette année' "
                      "2029; 'dimanche' the Sunday before; 'le 5 novembre' the coming one. Percentages: '4,1 %' and "
                      "'4,8 %' (deficit ratios), '2 points' (a surtax's rise: points), '61 %' (a poll). '289 voix', "
                      "'262', '400 entreprises' are counts.")
    M(a, "6,5 milliards d'euros", 6.5e9, "EUR")
    P(a, f"4,1{NN}%", 4.1)
    P(a, f"4,8{NN}%", 4.8)
    P(a, "2 points", 2, points=True)
    P(a, f"61{NN}%", 61)
    D(a, "2030", "2030", note="headline: 'Budget 2030'")
    D(a, "23 octobre 2029 à 19h47", "2029-10-23T19:47", typ="TIME", note="the publication line: day and clock time")
    D(a, "mardi", "2029-10-23", note="the publication day")
    D(a, "2030", "2030", nth=1, note="'projet de loi de finances pour 2030'")
    D(a, "an prochain", "2030", note="'l'an prochain'")
    D(a, "cette année", "2029")
    D(a, "2030", "2030", nth=2, note="'rapportera ... en 2030'")
    D(a, "dimanche", "2029-10-21", note="past: 'un sondage ... publié dimanche'")
    D(a, "5 novembre", "2029-11-05", note="future: 'est prévu le 5 novembre'")
    Q(a, f"{O}[Ce budget ne fait de cadeau à personne, mais il protège les classes moyennes. Nous tenons notre trajectoire.\n\n{O}Ceux qui promettent de tout raser n'ont jamais eu à boucler un budget]{C}",
      "direct", "a martelé", (AV, AV, PER), gender="male",
      note="one quote over two paragraphs (the second reopened with '«'); 'le ministre' shows the gender")
    Q(a, f"{O}[Vous matraquez ceux qui investissent]{C}", "direct", "a tancé", (BI, BI, PER), gender="male",
      note="'le député' shows the gender; the party and the département before the name are not the speaker")
    Q(a, f"{O}[écrit à Bruxelles]{C}", "direct", "a fustigé", (SD, SD, PER), gender="female",
      note="marked words after 'a fustigé un budget'; 'La députée' shows the gender")
    Q(a, f"{O}[Le gouvernement a trouvé l'argent magique, mais seulement pour les actionnaires]{C}", "direct",
      "a ironisé", (RC, RC, PER), gender="male", note="'le député' shows the gender")
    Q(a, f"{O}[temporaire et ciblée]{C}", "direct", "a rétorqué", (NF, NF, PER), gender="female",
      note="partly marked clause after 'a rétorqué que la surtaxe serait'; 'La ministre' shows the gender")
    Q(a, "Selon Bercy, [elle rapportera 6,5 milliards d'euros en 2030 et ne touchera que 400 entreprises].",
      "indirect", "[Selon] Bercy", ("Bercy", "Bercy", ORG), note="the ministry by its seat")
    Q(a, f"{O}[va dans le bon sens]{C}", "direct", "[Pour] le député", (MLR, MLR, PER), gender="male",
      note="'Pour X, le texte « ... »': one direct quote for the marked words")
    Q(a, f"Pour {MS}, députée EELV de la Gironde, [le budget sacrifie la transition énergétique].", "indirect",
      "[Pour] Manon", (MS, MS, PER), gender="female",
      note="new: 'Pour X, <clause>' (a deputy's opinion, no marks) is indirect, as 'Selon X, <clause>'")
    Q(a, f"Selon la présidente du groupe PS, {AM}, [les socialistes pourraient s'abstenir sur la seconde partie si le gouvernement renonce au gel des APL].",
      "indirect", "[Selon] la présidente", (AM, AM, PER), gender="female",
      note="the name in apposition to the title speaks; the clause after the apposition")
    Q(a, f"publié dimanche, [61{NN}% des Français jugent le budget injuste].", "indirect", "[D'après] un sondage",
      ("sondage [Elabe]", "Elabe", ORG), note="the poll's issuer named: Elabe")
    Q(a, f"{O}[pas exclu]{C}", "direct", "a fait savoir", ("Matignon", "Matignon", ORG),
      note="marked words inside the reported clause, inverted; the reporting clause's subject speaks")
    V(a, "role", MEF, {"person": AV, "title": MEF}, note="a minister: no organization")
    V(a, "role", "[député] LR", {"person": BI, "title": "député", "organization": ("opt", "LR")},
      note="'le député LR du Cantal X'")
    V(a, "role", "[députée] RN", {"person": SD, "title": "députée", "organization": ("opt", "RN")},
      note="'La députée RN du Pas-de-Calais X'")
    V(a, "role", "[député] LFI", {"person": RC, "title": "député", "organization": ("opt", "LFI")},
      note="'le député LFI de la Haute-Garonne X'")
    V(a, "role", MCP, {"person": NF, "title": MCP}, note="a minister: no organization")
    V(a, "role", "[député] MoDem", {"person": MLR, "title": "député", "organization": ("opt", "MoDem")},
      note="'le député MoDem du Finistère X'")
    V(a, "role", "[députée] EELV", {"person": MS, "title": "députée", "organization": ("opt", "EELV")},
      note="'X, députée EELV de la Gironde': title after the name")
    V(a, "role", "présidente du groupe", {"person": AM}, note="a group chair: person only, as in the earlier sets")


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    SAK, FD, JH, TA, MB = ("Serge-Alain Kouakou", "Franck Delmotte", "Joseph Hanotte", "Thiago Amaral",
                           "Mehdi Benslimane")
    RCL, OM = "RC Lens", "Olympique de Marseille"
    # ------------------------------------------------------------ C: Lens sells its Ivorian midfielder to Benfica (regional daily)
    a = B.article("C-transfert-lens", "2029-08-20", (
        "RC Lens : Kouakou file à Benfica, record battu\n"
        "Par Julien Delattre\n"
        "Mis à jour le 20 août 2029 à 07:15\n\n"
        f"Le feuilleton de l'été a trouvé son épilogue. L'Ivoirien {SAK} quitte le RC Lens et rejoint Benfica "
        "pour 28 millions d'euros, plus 5 millions d'euros de bonus, a annoncé dimanche le club artésien. Le milieu de "
        "24 ans, arrivé de l'ASEC Mimosas en 2026 pour 1,5 million d'euros, s'est engagé jusqu'en juin 2034 avec le "
        "club lisboète et passera sa visite médicale mardi à Lisbonne. « Un talent rare », a salué Benfica dans un "
        "communiqué. Lens conservera 15 % de la plus-value sur une "
        "future revente.\n\n"
        "Samedi soir, pour son dernier match à Bollaert-Delelis, Kouakou avait offert la victoire aux Lensois face à "
        "Nantes (2-1). « Je pars le cœur lourd. Ici, c'est ma maison », a confié l'Ivoirien. Auteur de 11 buts la "
        "saison dernière, il était aussi suivi par Liverpool.\n\n"
        "« Serge-Alain nous a tout donné, on ne pouvait pas lui fermer la porte », a reconnu l'entraîneur lensois, "
        f"{FD}. Il a assuré que deux recrues arriveraient « avant la fin du mercato ». « Nous avons vendu au "
        f"prix du marché, pas au rabais », a glissé le président lensois, {JH}. Selon lui, la vente efface "
        "la perte de 18 millions d'euros accusée par le club sur le dernier exercice.\n\n"
        "Marseille a lui aussi vendu un titulaire. Selon L'Équipe, le défenseur brésilien Thiago Amaral s'engage "
        "avec le FC Porto jusqu'en juin 2031 contre 12 millions d'euros. L'OM, battu à Strasbourg (0-1) vendredi, "
        "touchera 10 % d'une future revente. « Thiago voulait jouer la Ligue des champions », a expliqué le "
        f"directeur sportif de l'{OM}, {MB}."))
    for s, l, c, o in [(RCL, ORG, None, False), (SAK, PER, None, False), ("Kouakou", PER, SAK, False),
                       ("Benfica", ORG, None, False), ("Julien Delattre", PER, None, False),
                       ("ASEC Mimosas", ORG, None, False), ("Lisbonne", LOC, None, False), ("Lens", ORG, RCL, False),
                       ("Bollaert-Delelis", LOC, None, False), ("Nantes", ORG, None, False),
                       ("Liverpool", ORG, None, False), ("Serge-Alain", PER, SAK, False), (FD, PER, None, False),
                       (JH, PER, None, False), (OM, ORG, None, False), ("Marseille", ORG, OM, False),
                       ("L'Équipe", ORG, None, False), (TA, PER, None, False), ("FC Porto", ORG, None, False),
                       ("OM", ORG, OM, False), ("à [Strasbourg] (0-1)", ORG, None, True), ("Thiago", PER, TA, False),
                       ("Ligue des champions", MISC, None, False), (MB, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Regional daily's web sports article copied as plain text: a headline line, a byline ('Par "
                      "Julien Delattre') and an update line with a colon in the clock time ('Mis à jour le 20 août "
                      "2029 à 07:15'), no dateline. The reference date is that day (Monday 20 August 2029). "
                      "Ordinary spaces before '%' and inside the guillemets.")
    a["notes"].append("Entities: clubs named in full ('RC Lens', 'Olympique de Marseille', 'FC Porto', 'ASEC "
                      "Mimosas'), by one name ('Benfica', 'Liverpool'), by their town ('Lens conservera', 'Marseille "
                      "a lui aussi vendu', 'face à Nantes (2-1)') or by an acronym ('L'OM') are ORG with the full name "
                      "as canonical where the article gives it; 'arrivé de l'ASEC Mimosas' (a transfer's selling "
                      "club) is ORG; 'battu à Strasbourg (0-1)' (ground and opponent at once) is optional ORG, as in "
                      "the fourth and ninth sets; 'Bollaert-Delelis' (the ground, without 'stade') and 'Lisbonne' are "
                      "LOC; 'Ligue des champions' is MISC; 'L'Équipe' keeps its article (a paper's name); "
                      "'Kouakou' alone and 'Serge-Alain', 'Thiago' inside the quotes are the players. Demonyms "
                      "('L'Ivoirien', 'l'Ivoirien', 'les Lensois') and adjectives ('artésien', 'lisboète', "
                      "'lensois', 'brésilien') are not entities; 'le club', 'Ici' are not names.")
    a["notes"].append("Quotes: '<clause>, a annoncé dimanche le club artésien' (inverted, 'le club' is the RC Lens); "
                      "'a confié l'Ivoirien' has the demonym as speaker, canonical the player named in the paragraph "
                      "before (as 'a confié l'Argentin' in the fourth set); the coach 'a reconnu l'entraîneur "
                      "lensois, X', then 'Il a assuré que deux recrues arriveraient « ... »' (one direct quote for the "
                      "marked words); the president 'a glissé le président lensois, X', then 'Selon lui, <clause>'; "
                      "'Selon L'Équipe, <clause>'; the OM's sporting director 'a expliqué le directeur sportif de "
                      "l'Olympique de Marseille, X'.")
    a["notes"].append("Events: transfers and their fees, bonuses and sell-on percentages are money and percentages "
                      "but no events, as in the earlier sets. The club's loss told by its president inside 'Selon "
                      "lui' ('la perte de 18 millions d'euros accusée par le club sur le dernier exercice') is a "
                      "result (metric loss; the financial year is vague, its date optional). Roles: 'l'entraîneur "
                      "lensois, X' and 'le président lensois, X' (organization optional: the club by an adjective, "
                      "as 'l'entraîneur auxerrois' in the ninth set), 'le directeur sportif de l'Olympique de "
                      "Marseille, X' (organization required); 'Le milieu de 24 ans' and 'le défenseur brésilien X' "
                      "(players' positions) are optional roles.")
    a["notes"].append("Dates: the update line '20 août 2029 à 07:15' is one TIME (span without 'Mis à jour le'); "
                      "'dimanche' the day before the Monday reference; 'mardi' the coming one; 'vendredi' (a match "
                      "already played) the Friday before; 'jusqu'en juin 2034', 'jusqu'en juin 2031' (contract "
                      "ends); 'en 2026'. Optional: 'l'été' ('Le feuilleton de l'été': this summer), the age, "
                      "'Samedi soir' (a part of the day with no clock time, as in the sixth, seventh and tenth sets), "
                      "'la saison dernière' (the 2028-2029 season: no single TIMEX3 value, as in the second set) and "
                      "'le dernier exercice'. Scores ('(2-1)', '(0-1)') and '11 buts' are not annotated.")
    M(a, "28 millions d'euros", 28e6, "EUR")
    M(a, "5 millions d'euros", 5e6, "EUR")
    M(a, "1,5 million d'euros", 1.5e6, "EUR")
    M(a, "18 millions d'euros", 18e6, "EUR")
    M(a, "12 millions d'euros", 12e6, "EUR")
    P(a, "15 %", 15)
    P(a, "10 %", 10)
    D(a, "20 août 2029 à 07:15", "2029-08-20T07:15", typ="TIME", note="the update line: day and clock time")
    D(a, "été", "2029-SU", opt=True, note="'Le feuilleton de l'été': this summer's saga")
    D(a, "dimanche", "2029-08-19", note="past: the day before the Monday reference")
    D(a, "24 ans", "P24Y", typ="DURATION", opt=True, note="an age")
    D(a, "2026", "2026")
    D(a, "juin 2034", "2034-06", note="'jusqu'en juin 2034': the contract's end")
    D(a, "mardi", "2029-08-21", note="future: 'passera sa visite médicale mardi'")
    D(a, "Samedi soir", "2029-08-18TEV", typ="TIME", opt=True, note="a part of the day with no clock time")
    D(a, "saison dernière", "2028", opt=True, note="the 2028-2029 season; no single TIMEX3 value")
    D(a, "dernier exercice", "2029", opt=True, note="the last financial year (closed 30 June 2029 for French clubs); vague")
    D(a, "juin 2031", "2031-06", note="'jusqu'en juin 2031'")
    D(a, "vendredi", "2029-08-17", note="past: a match already played")
    Q(a, f"[L'Ivoirien {SAK} quitte le RC Lens et rejoint Benfica pour 28 millions d'euros, plus 5 millions d'euros de bonus], a annoncé",
      "indirect", "a annoncé", ("le [club] artésien", RCL, ORG), note="inverted; 'le club artésien' is the RC Lens")
    Q(a, "« [Un talent rare] »", "direct", "a salué", ("salué [Benfica]", "Benfica", ORG),
      note="a club speaking by name through its statement")
    Q(a, "« [Je pars le cœur lourd. Ici, c'est ma maison] »", "direct", "a confié", ("confié l'[Ivoirien]", SAK, PER),
      gender="male", note="the demonym stands for the player named before")
    Q(a, "« [Serge-Alain nous a tout donné, on ne pouvait pas lui fermer la porte] »", "direct", "a reconnu",
      (FD, FD, PER), gender="male", note="the name in apposition to 'l'entraîneur lensois'")
    Q(a, "« [avant la fin du mercato] »", "direct", "a assuré", ("[Il] a assuré", FD, PER), gender="male",
      note="partly marked clause after 'Il a assuré que deux recrues arriveraient'")
    Q(a, "« [Nous avons vendu au prix du marché, pas au rabais] »", "direct", "a glissé", (JH, JH, PER),
      gender="male", note="'le président' shows the gender")
    Q(a, "Selon lui, [la vente efface la perte de 18 millions d'euros accusée par le club sur le dernier exercice].",
      "indirect", "[Selon] lui", ("Selon [lui]", JH, PER), gender="male")
    Q(a, "Selon L'Équipe, [le défenseur brésilien Thiago Amaral s'engage avec le FC Porto jusqu'en juin 2031 contre 12 millions d'euros].",
      "indirect", "[Selon] L'Équipe", ("L'Équipe", "L'Équipe", ORG))
    Q(a, "« [Thiago voulait jouer la Ligue des champions] »", "direct", "a expliqué", (MB, MB, PER), gender="male",
      note="'le directeur sportif' shows the gender")
    V(a, "role", "milieu", {"person": SAK, "title": "milieu"}, optional=True, note="a player's position")
    V(a, "result", "perte", {"company": RCL, "metric": "loss", "amount": "18 millions d'euros",
                             "period": ("opt", "dernier exercice")},
      note="inside 'Selon lui': the club's loss on its last financial year")
    V(a, "role", "entraîneur", {"person": FD, "title": "entraîneur", "organization": ("opt", RCL)},
      note="'l'entraîneur lensois, X'")
    V(a, "role", "[président] lensois", {"person": JH, "title": "président", "organization": ("opt", RCL)},
      note="'le président lensois, X'")
    V(a, "role", "défenseur", {"person": TA, "title": "défenseur"}, optional=True, note="a player's position")
    V(a, "role", "directeur sportif", {"person": MB, "title": "directeur sportif", "organization": OM})


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    NK, NL, KB, HA, SI = "Nakhla Bank", "Nakhla Leasing", "Karim Bennis", "Hicham Alaoui", "Salma Idrissi"
    BUS, BLA, AMMC = ("Banque de l'Union sénégalaise", "Banque lagunaire d'Abidjan",
                      "Autorité marocaine du marché des capitaux")
    # ------------------------------------------------------------ D: a Moroccan bank's annual results (Casablanca business site)
    a = B.article("D-resultats-banque-maroc", "2029-03-22", (
        f"{NK} : un RNPG en hausse de 11,2{NB}% et un pied de plus en Afrique de l'Ouest\n"
        "Par Nadia Lahlou - 22 mars 2029\n\n"
        f"{NK} a clôturé l'année 2028 sur des résultats en nette progression. Le produit net bancaire (PNB) "
        f"consolidé de la banque casablancaise atteint 14,2 MMDH, en hausse de 7,4{NB}%, et le résultat net part du "
        "groupe (RNPG) s'établit à 3,1 milliards de dirhams (environ 285 millions d'euros), soit "
        f"+11,2{NB}%, selon les comptes publiés mercredi. Le conseil proposera un dividende de 16 dirhams par action, "
        "contre 14 dirhams un an plus tôt.\n\n"
        f"« L'international porte désormais 38{NB}% de notre PNB », a indiqué son PDG, {KB}, lors d'une "
        "conférence à Casablanca. « Nous voulons être présents dans dix pays d'ici 2032 », a-t-il ajouté. Le groupe a "
        f"finalisé en janvier l'acquisition de 51{NB}% de la {BUS} (BUS) pour 620 MDH. Selon M. "
        f"Bennis, {NK} envisage aussi de racheter la {BLA}, dont la valorisation est estimée à 900 MDH.\n\n"
        f"Le ratio de solvabilité ressort à 13,6{NB}%, au-dessus du minimum de 12{NB}% exigé par Bank Al-Maghrib. La "
        f"banque a obtenu mardi le visa de l'{AMMC} (AMMC) pour une émission obligataire "
        "subordonnée de 1,5 milliard de dirhams. Elle servira à financer l'expansion subsaharienne, a précisé la "
        "direction financière.\n\n"
        f"Sa filiale de crédit-bail, {NL}, a réalisé un chiffre d'affaires consolidé de 1,2 MMDH, en recul de "
        f"3,5{NB}%. Selon le président du directoire de {NL}, {HA}, la demande des PME reste « atone ». Il a toutefois "
        "assuré que la filiale renouerait avec la croissance dès 2030.\n\n"
        f"« Le titre reste sous-évalué au regard de la dynamique africaine », estime {SI}, analyste chez CDG "
        f"Capital Bourse. À la Bourse de Casablanca, l'action {NK} a gagné 4,2{NB}% jeudi, à 1{NB}045 dirhams."))
    for s, l, c, o in [(NK, ORG, None, False), ("Afrique de l'Ouest", LOC, None, False),
                       ("Nadia Lahlou", PER, None, False), ("Bourse de Casablanca", ORG, None, False),
                       ("Casablanca", LOC, None, False), (KB, PER, None, False), ("Bennis", PER, KB, False),
                       (BUS, ORG, None, False), ("BUS", ORG, BUS, False), (BLA, ORG, None, False),
                       ("Bank Al-Maghrib", ORG, None, False), (AMMC, ORG, None, False), ("AMMC", ORG, AMMC, False),
                       (NL, ORG, None, False), (HA, PER, None, False), (SI, PER, None, False),
                       ("CDG Capital Bourse", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Moroccan business news site copied as plain text: a headline line, a byline with the "
                      "publication date ('Par Nadia Lahlou - 22 mars 2029'), no dateline; the reference date is that "
                      "day (Thursday 22 March 2029). Money: *new*: Moroccan dirhams are MAD, written 'MMDH' "
                      "(milliards de dirhams: '14,2 MMDH' is 1.42e10), 'MDH' (millions de dirhams: '620 MDH' is "
                      "6.2e8), 'milliards de dirhams' and bare 'dirhams' (a dividend and a share price); the euro "
                      "equivalent in brackets is a second money item, as in the seventh and ninth sets.")
    a["notes"].append("Entities: 'Nakhla Bank' and its subsidiary 'Nakhla Leasing' are two ORG (no bare 'Nakhla'); "
                      "bodies named in full with their acronym in brackets have the full name as canonical for both "
                      "mentions ('BUS', 'AMMC'); 'Banque lagunaire d'Abidjan' is one ORG holding no separate "
                      "'Abidjan'; 'Bank Al-Maghrib' (the central bank), 'CDG Capital Bourse' (a broker, after "
                      "'chez') and 'Bourse de Casablanca' (holding no separate 'Casablanca') are ORG; 'à "
                      "Casablanca' (where the conference is held) and 'Afrique de l'Ouest' (headline) are LOC. "
                      "'PNB', 'RNPG', 'PME' (metrics, a class of firms) are not entities; 'casablancaise', "
                      "'subsaharienne', 'africaine' are adjectives; 'Le groupe', 'La banque', 'Le conseil', 'la "
                      "direction financière' are not names.")
    a["notes"].append("Quotes: the results sentence '<clause>, selon les comptes publiés mercredi' (inverted; the "
                      "accounts are a document whose issuer the context names: speaker the noun 'comptes', "
                      "canonical Nakhla Bank, as 'selon un communiqué' in the earlier sets); the CEO 'a indiqué son "
                      "PDG, X', then 'a-t-il ajouté' and 'Selon M. Bennis, <clause>'; '<clause>, a précisé la "
                      "direction financière' (the bank's management, canonical Nakhla Bank, as 'la direction' in "
                      "the seventh and tenth sets); 'Selon le président du directoire de Nakhla Leasing, X, la "
                      "demande des PME reste « atone »' gives one direct quote for the marked word; the analyst "
                      "'estime X, analyste chez ...'.")
    a["notes"].append("Events: 2028 results of the bank: the 'produit net bancaire' (a bank's revenue: metric "
                      "revenue, as in the second set) with its rise and the 'résultat net part du groupe' (metric "
                      "net_income, change '+11,2 %', period optional: the year is written once); the leasing "
                      "subsidiary's 'chiffre d'affaires consolidé' with its fall (metric revenue, period optional). "
                      "'a finalisé en janvier l'acquisition de 51 % de la Banque de l'Union sénégalaise (BUS) pour "
                      "620 MDH' is a done acquisition with its stake; 'envisage aussi de racheter la Banque lagunaire "
                      "d'Abidjan' (inside 'Selon M. Bennis') a planned one; the target's estimated value ('dont la "
                      "valorisation est estimée à 900 MDH') a valuation event (no round, and an acquisition has no "
                      "valuation role). Roles: 'son PDG, X' (organization optional: the bank), 'le président du "
                      "directoire de Nakhla Leasing, X' (organization required), 'analyste chez CDG Capital Bourse'. "
                      "The dividend, the solvency ratio, the subordinated bond issue and the share move are no "
                      "events.")
    a["notes"].append("Dates: 'l'année 2028' (span 'année 2028', as 'année 2022' in the contract); 'mercredi' the "
                      "day before the Thursday publication; 'mardi' two days before; 'jeudi' the publication day; "
                      "'en janvier' (past tense) this January; 'd'ici 2032' inside the quote; 'un an plus tôt' (the "
                      "comparison year of the dividend) optional, as in the fifth and seventh sets. Percentages: "
                      "the headline's '11,2 %' and the body's '+11,2 %' are two items; the ratio '13,6 %' and the "
                      "minimum '12 %' are percentages. 'dix pays' is a count; the share price '1 045 dirhams' has a no-break space in thousands.")
    M(a, "14,2 MMDH", 14.2e9, "MAD")
    M(a, "3,1 milliards de dirhams", 3.1e9, "MAD")
    M(a, "285 millions d'euros", 285e6, "EUR")
    M(a, "16 dirhams", 16, "MAD")
    M(a, "14 dirhams", 14, "MAD")
    M(a, "620 MDH", 620e6, "MAD")
    M(a, "900 MDH", 900e6, "MAD")
    M(a, "1,5 milliard de dirhams", 1.5e9, "MAD")
    M(a, "1,2 MMDH", 1.2e9, "MAD")
    M(a, f"1{NB}045 dirhams", 1045, "MAD")
    P(a, f"11,2{NB}%", 11.2)
    P(a, f"7,4{NB}%", 7.4)
    P(a, f"+11,2{NB}%", 11.2)
    P(a, f"38{NB}%", 38)
    P(a, f"51{NB}%", 51)
    P(a, f"13,6{NB}%", 13.6)
    P(a, f"12{NB}%", 12)
    P(a, f"3,5{NB}%", 3.5)
    P(a, f"4,2{NB}%", 4.2)
    D(a, "22 mars 2029", "2029-03-22", note="the byline's publication date")
    D(a, "année 2028", "2028", note="'l'année 2028': the financial year")
    D(a, "mercredi", "2029-03-21", note="past: 'les comptes publiés mercredi'")
    D(a, "un an plus tôt", "2027", opt=True, note="the comparison year of the dividend")
    D(a, "2032", "2032", note="'d'ici 2032', inside the quote")
    D(a, "janvier", "2029-01", note="past: 'a finalisé en janvier'")
    D(a, "2030", "2030", note="'dès 2030', future")
    D(a, "mardi", "2029-03-20", note="past: 'a obtenu mardi le visa'")
    D(a, "jeudi", "2029-03-22", note="the publication day")
    Q(a, f"[Le produit net bancaire (PNB) consolidé de la banque casablancaise atteint 14,2 MMDH, en hausse de 7,4{NB}%, et le résultat net part du groupe (RNPG) s'établit à 3,1 milliards de dirhams (environ 285 millions d'euros), soit +11,2{NB}%], selon",
      "indirect", "[selon] les comptes", ("les [comptes] publiés", NK, ORG),
      note="inverted 'selon les comptes publiés mercredi': a document, the issuer the context names")
    Q(a, f"« [L'international porte désormais 38{NB}% de notre PNB] »", "direct", "a indiqué", (KB, KB, PER),
      gender="male", note="the name in apposition to 'son PDG'; the given name shows the gender")
    Q(a, "« [Nous voulons être présents dans dix pays d'ici 2032] »", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", KB, PER), gender="male")
    Q(a, f"Bennis, [{NK} envisage aussi de racheter la {BLA}, dont la valorisation est estimée à 900 MDH].",
      "indirect", "[Selon] M.", ("M. [Bennis]", KB, PER), gender="male", note="'M.' shows the gender")
    Q(a, "[Elle servira à financer l'expansion subsaharienne], a précisé", "indirect", "a précisé",
      ("la [direction] financière", NK, ORG), note="inverted; the bank's financial management")
    Q(a, "« [atone] »", "direct", "[Selon] le président", (HA, HA, PER), gender="male",
      note="partly marked clause after 'Selon X, la demande des PME reste': one direct quote for the marked word")
    Q(a, "assuré que [la filiale renouerait avec la croissance dès 2030].", "indirect", "a toutefois assuré",
      ("[Il] a toutefois", HA, PER), gender="male", note="'Il' is the subsidiary's chief of the sentence before")
    Q(a, "« [Le titre reste sous-évalué au regard de la dynamique africaine] »", "direct", "estime", (SI, SI, PER),
      gender="female", note="the given name shows the gender")
    V(a, "result", "produit net bancaire", {"company": NK, "metric": "revenue", "amount": "14,2 MMDH",
                                            "change": f"7,4{NB}%", "period": "année 2028"},
      note="a bank's net banking income is its revenue, as in the second set")
    V(a, "result", "résultat net part du groupe", {"company": NK, "metric": "net_income",
                                                   "amount": "3,1 milliards de dirhams", "change": f"+11,2{NB}%",
                                                   "period": ("opt", "année 2028")},
      note="the year is written once for both figures")
    V(a, "acquisition", "acquisition", {"target": BUS, "buyer": NK, "stake": f"51{NB}%", "amount": "620 MDH",
                                        "date": "janvier", "status": "done"},
      note="'Le groupe a finalisé ... l'acquisition de 51 % de ...': 'Le groupe' is Nakhla Bank")
    V(a, "acquisition", "racheter", {"target": BLA, "buyer": NK, "status": "planned"},
      note="'envisage aussi de racheter', inside 'Selon M. Bennis'")
    V(a, "valuation", "valorisation", {"company": BLA, "amount": "900 MDH"},
      note="'dont la valorisation est estimée à 900 MDH': the target's value, no round")
    V(a, "result", "chiffre d'affaires consolidé", {"company": NL, "metric": "revenue", "amount": "1,2 MMDH",
                                                    "change": f"3,5{NB}%", "period": ("opt", "année 2028")},
      note="'en recul de 3,5 %': change as written; the year is implied by the paragraph before")
    V(a, "role", "PDG", {"person": KB, "title": "PDG", "organization": ("opt", NK)}, note="'son PDG, X'")
    V(a, "role", "président du directoire", {"person": HA, "title": "président du directoire", "organization": NL})
    V(a, "role", "analyste", {"person": SI, "title": "analyste", "organization": "CDG Capital Bourse"})


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    VA, AMF, HAT = "Valmorel Assurances", "Autorité des marchés financiers", "Harmonie Atlantique"
    TG, PB, MLE, NK, OS, CM, KH = ("Thomas Guérineau", "Pascal Bérard", "Marie-Laure Espinasse", "Nadia Kherbouche",
                                   "Olivier Sauvageot", "Céline Marquet", "Karim Haddad")
    # ------------------------------------------------------------ E: an insurer reshuffles its leadership (business weekly)
    a = B.article("E-nominations-assureur", "2029-11-08", (
        "Nominations\n"
        f"{VA} rebat les cartes à sa tête\n"
        "Par Aurélie Maspero, le 8 novembre 2029\n\n"
        f"Grand chambardement chez {VA}. L'assureur nantais, qui a dégagé l'an dernier un résultat net de "
        f"412 millions d'euros (+8{NN}%), a dévoilé lundi une série de nominations. {TG}, 46 ans, jusqu'ici "
        "directeur financier adjoint de Covéa, est nommé directeur financier à compter du 1er janvier. Cet ancien de "
        f"McKinsey succède à {PB}, parti à la retraite. {O}Thomas connaît nos métiers comme nos régulateurs{C}, "
        f"s'est félicitée {MLE}, ancienne directrice générale de la mutuelle {HAT}, qui prend la "
        "présidence du conseil de surveillance.\n\n"
        f"{NK}, cofondatrice et directrice générale de la fintech Scorival, que l'assureur a rachetée en mars "
        f"pour 38 millions d'euros, rejoint Valmorel en tant que directrice des risques. La jeune pousse avait levé 9 millions "
        "d'euros en 2027 auprès de Partech. Le directeur général délégué, "
        f"{OS}, a lui été nommé mercredi en Conseil des ministres à la tête de l'{AMF} (AMF). "
        "Il a indiqué qu'il quitterait le groupe le 30 novembre. Selon un administrateur, la succession de la "
        f"directrice générale n'est {O}pas à l'ordre du jour{C}.\n\n"
        f"La directrice générale de Valmorel, {CM}, a répondu aux questions de Challenges.\n"
        "Question : Pourquoi un tel remaniement ?\n"
        f"Réponse : Parce que nos risques ont changé de nature. Le climat et les cyberattaques absorbent déjà 9{NN}% de "
        "nos primes.\n"
        f"Question : Le départ d'{OS} vous affaiblit-il ?\n"
        f"Réponse : C'est une fierté pour la maison. Nous avons aussi recruté {KH}, ancien responsable de la "
        "cybersécurité d'Orange, pour bâtir notre offre aux PME.\n"
        "Question : Visez-vous d'autres acquisitions ?\n"
        "Réponse : Oui, en Espagne, d'ici fin 2030. Nous disposons de 600 millions d'euros pour cela."))
    for s, l, c, o in [(VA, ORG, None, False), ("Valmorel", ORG, VA, False), ("Aurélie Maspero", PER, None, False),
                       (TG, PER, None, False), ("Covéa", ORG, None, False), ("McKinsey", ORG, None, False),
                       (PB, PER, None, False), ("Thomas", PER, TG, False), (MLE, PER, None, False),
                       (HAT, ORG, None, False), (NK, PER, None, False), ("Scorival", ORG, None, False),
                       ("Partech", ORG, None, False), (OS, PER, None, False), ("Conseil des ministres", ORG, None, True), (AMF, ORG, None, False),
                       ("AMF", ORG, AMF, False), (CM, PER, None, False), ("Challenges", ORG, None, False),
                       (KH, PER, None, False), ("Orange", ORG, None, False), ("Espagne", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Business weekly's article copied as plain text: a section line ('Nominations'), a headline, a "
                      "byline with the date ('Par Aurélie Maspero, le 8 novembre 2029'), no dateline; the reference "
                      "date is that day (Thursday 8 November 2029). The article ends with an interview written as "
                      "'Question :' / 'Réponse :' lines.")
    a["notes"].append("Entities: 'Valmorel Assurances' (headline and first sentence) and the bare 'Valmorel' are one "
                      "ORG, canonical the full name, as 'Oakmere Holdings' in the seventh set; 'Covéa', 'McKinsey', "
                      "'la mutuelle Harmonie Atlantique', 'la fintech Scorival', 'Partech' (a fund), 'Orange' (a company, inside an "
                      "answer) and 'Challenges' (the weekly) are ORG; the regulator named in full with its acronym "
                      "in brackets has the full name as canonical for both; 'Conseil des ministres' is optional ORG, "
                      "as in the first and fifth sets; 'Thomas' alone inside the quote is Thomas Guérineau; "
                      "'Espagne' is LOC. The section line 'Nominations', 'PME', 'L'assureur', 'le groupe', 'la "
                      "maison' are not names.")
    a["notes"].append("Quotes: *new*: an interview written as 'Question : ...' / 'Réponse : ...' lines follows the "
                      "dialogue-dash convention of the fifth, sixth, eighth and ninth sets: each answer is one direct "
                      "quote of the interviewee (span from the first word after 'Réponse : ' to the end of the line, "
                      "final punctuation included; cue null; speaker the name of the introducing sentence 'X, a "
                      "répondu aux questions de Challenges'); the questions are optional direct quotes (span after "
                      "'Question : ', question mark kept) with the weekly as speaker; the labels 'Question :' and "
                      "'Réponse :' are neither cues nor part of the spans. Other quotes: 's'est félicitée X, "
                      "ancienne directrice générale de ..., qui ...'; 'Il a indiqué qu'<clause>' ('Il' is Olivier "
                      "Sauvageot, named in the sentence before); 'Selon un administrateur, la succession ... n'est « "
                      "... »' (one direct quote for the marked words, a noun-phrase speaker with canonical null, "
                      "male from 'un administrateur'). 'a dévoilé lundi une série de nominations' takes a noun "
                      "phrase: an optional quote, as 'a annoncé' + noun phrase in the earlier sets.")
    a["notes"].append("Events: roles, one acquisition, one funding round and one result. Required roles: the new CFO ('X, ... est nommé "
                      "directeur financier', organization optional: the insurer of the sentence before), his post "
                      "until now after the name ('jusqu'ici directeur financier adjoint de Covéa', organization "
                      "required), 'ancienne directrice générale de la mutuelle Harmonie Atlantique' (a former post "
                      "with its title, organization required), 'X, cofondatrice et directrice générale de la fintech "
                      "Scorival' (two titles joined by 'et', as written), 'rejoint Valmorel en tant que directrice "
                      "des risques' (a new post with its title and the body named, organization required), 'Le "
                      "directeur général délégué, X' (organization optional), 'La directrice générale de Valmorel, "
                      "X' (organization required) and, *new*, a former post stated inside an interview answer ('Nous "
                      "avons aussi recruté X, ancien responsable de la cybersécurité d'Orange', organization "
                      "required). Optional roles, posts stated without a title as in the fifth and seventh sets: "
                      "'Cet ancien de McKinsey' (organization McKinsey), 'succède à X, parti à la retraite', 'qui "
                      "prend la présidence du conseil de surveillance' and 'nommé ... en Conseil des ministres à la "
                      "tête de l'Autorité des marchés financiers (AMF)' (organization the AMF). 'que l'assureur a "
                      "rachetée en mars pour 38 millions d'euros' is a done acquisition of Scorival by Valmorel "
                      "Assurances; the target's earlier round told with a noun-phrase subject ('La jeune pousse "
                      "avait levé 9 millions d'euros en 2027 auprès de Partech') a funding event; last year's net "
                      "profit with its rise a result. The '600 millions d'euros' for "
                      "acquisitions (a budget) is no event.")
    a["notes"].append("Dates: the byline's date '8 novembre 2029'; 'l'an dernier' 2028; 'lundi' the Monday before "
                      "the Thursday publication; 'à compter du 1er janvier' next January (2030-01-01); 'en mars' "
                      "(past tense) this March; 'en 2027'; 'mercredi' the day before; 'le 30 novembre' the coming one; 'd'ici "
                      "fin 2030' (inside an answer) 2030 with mod END; '46 ans' (an age) and 'jusqu'ici' optional.")
    M(a, "412 millions d'euros", 412e6, "EUR")
    M(a, "38 millions d'euros", 38e6, "EUR")
    M(a, "9 millions d'euros", 9e6, "EUR")
    M(a, "600 millions d'euros", 600e6, "EUR")
    P(a, f"+8{NN}%", 8)
    P(a, f"9{NN}%", 9)
    D(a, "8 novembre 2029", "2029-11-08", note="the byline's date")
    D(a, "an dernier", "2028", note="'l'an dernier'")
    D(a, "lundi", "2029-11-05", note="past: the Monday before the Thursday publication")
    D(a, "46 ans", "P46Y", typ="DURATION", opt=True, note="an age")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True)
    D(a, "1er janvier", "2030-01-01", note="future: 'à compter du 1er janvier'")
    D(a, "mars", "2029-03", note="past: 'a rachetée en mars'")
    D(a, "2027", "2027")
    D(a, "mercredi", "2029-11-07", note="past: the day before the publication")
    D(a, "30 novembre", "2029-11-30", note="future: 'quitterait le groupe le 30 novembre'")
    D(a, "fin 2030", "2030", mod="END", note="'d'ici fin 2030', inside an answer")
    Q(a, "dévoilé lundi [une série de nominations].", "indirect", "a dévoilé", ("L'[assureur] nantais", VA, ORG),
      optional=True, note="'a dévoilé' + noun phrase, not a clause")
    Q(a, f"{O}[Thomas connaît nos métiers comme nos régulateurs]{C}", "direct", "s'est félicitée", (MLE, MLE, PER),
      gender="female", note="the agreement of 's'est félicitée' shows the gender")
    Q(a, "indiqué qu'[il quitterait le groupe le 30 novembre].", "indirect", "a indiqué", ("[Il] a indiqué", OS, PER),
      gender="male", note="'Il' is Olivier Sauvageot, named in the sentence before")
    Q(a, f"{O}[pas à l'ordre du jour]{C}", "direct", "[Selon] un administrateur",
      ("Selon [un administrateur]", None, None), gender="male",
      note="partly marked clause after 'Selon un administrateur, la succession ... n'est': an unnamed board member")
    Q(a, "Question : [Pourquoi un tel remaniement ?]", "direct", None, ("questions de [Challenges]", "Challenges", ORG),
      optional=True, note="the weekly's question")
    Q(a, f"Réponse : [Parce que nos risques ont changé de nature. Le climat et les cyberattaques absorbent déjà 9{NN}% de nos primes.]",
      "direct", None, (CM, CM, PER), gender="female",
      note="an answer after 'Réponse :'; the speaker is named in the introducing sentence ('La directrice générale')")
    Q(a, f"Question : [Le départ d'{OS} vous affaiblit-il ?]", "direct", None,
      ("questions de [Challenges]", "Challenges", ORG), optional=True, note="the weekly's question")
    Q(a, f"Réponse : [C'est une fierté pour la maison. Nous avons aussi recruté {KH}, ancien responsable de la cybersécurité d'Orange, pour bâtir notre offre aux PME.]",
      "direct", None, (CM, CM, PER), gender="female", note="an answer after 'Réponse :'")
    Q(a, "Question : [Visez-vous d'autres acquisitions ?]", "direct", None,
      ("questions de [Challenges]", "Challenges", ORG), optional=True, note="the weekly's question")
    Q(a, "Réponse : [Oui, en Espagne, d'ici fin 2030. Nous disposons de 600 millions d'euros pour cela.]", "direct",
      None, (CM, CM, PER), gender="female", note="an answer after 'Réponse :'")
    V(a, "result", "résultat net", {"company": VA, "metric": "net_income", "amount": "412 millions d'euros",
                                    "change": f"+8{NN}%", "period": "an dernier"},
      note="'L'assureur nantais, qui a dégagé l'an dernier un résultat net de ...': Valmorel Assurances")
    V(a, "role", "directeur financier adjoint", {"person": TG, "title": "directeur financier adjoint",
                                                 "organization": "Covéa"},
      note="his post until now, after the name ('jusqu'ici directeur financier adjoint de Covéa')")
    V(a, "role", "nommé [directeur financier]", {"person": TG, "title": "directeur financier",
                                                 "organization": ("opt", VA)},
      note="a new post ('est nommé directeur financier'); the insurer of the sentence before")
    V(a, "role", "ancien de McKinsey", {"person": TG, "organization": "McKinsey"}, optional=True,
      note="'Cet ancien de McKinsey': a former employer without a title")
    V(a, "role", "succède", {"person": PB, "organization": ("opt", VA)}, optional=True,
      note="the predecessor named after 'succède à': no title")
    V(a, "role", "directrice générale", {"person": MLE, "title": "directrice générale", "organization": HAT},
      note="a former post with its title ('ancienne directrice générale de la mutuelle Harmonie Atlantique')")
    V(a, "role", "présidence", {"person": MLE, "organization": ("opt", VA)}, optional=True,
      note="'qui prend la présidence du conseil de surveillance': a new post stated without a title")
    V(a, "role", "cofondatrice et directrice générale", {"person": NK,
                                                         "title": "cofondatrice et directrice générale",
                                                         "organization": "Scorival"},
      note="two titles joined by 'et', as written")
    V(a, "acquisition", "rachetée", {"target": "Scorival", "buyer": "Valmorel", "amount": "38 millions d'euros",
                                     "date": "mars", "status": "done"},
      note="'que l'assureur a rachetée en mars': the insurer is Valmorel Assurances")
    V(a, "role", "directrice des risques", {"person": NK, "title": "directrice des risques",
                                            "organization": "Valmorel"},
      note="'rejoint Valmorel en tant que directrice des risques': a new post, the body named")
    V(a, "funding", "levé", {"company": "Scorival", "amount": "9 millions d'euros", "investors": ["Partech"],
                             "date": "2027"}, note="'La jeune pousse avait levé ...': Scorival, named in the sentence before")
    V(a, "role", "directeur général délégué", {"person": OS, "title": "directeur général délégué",
                                               "organization": ("opt", VA)},
      note="'Le directeur général délégué, X': the insurer of the paragraph")
    V(a, "role", "à la [tête] de l'Autorité", {"person": OS, "organization": AMF}, optional=True,
      note="'nommé ... en Conseil des ministres à la tête de l'AMF': a new post stated without a title, as "
           "'prend la tête du ministère du Travail' in the fifth set")
    V(a, "role", "La [directrice générale] de Valmorel", {"person": CM, "title": "directrice générale",
                                                          "organization": "Valmorel"})
    V(a, "role", "responsable de la cybersécurité", {"person": KH, "title": "responsable de la cybersécurité",
                                                     "organization": "Orange"},
      note="a former post with its title, stated inside an interview answer")


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    FA, HC, LV, TR, LBr, CDN = ("Frédéric Amblard", "Hélène Couturier", "Laure Vidalenc", "Thibault Rosenfeld",
                                "Lionel Brossard", "Catherine Dubreuil-Ngo")
    PNF, KE, AC, TC = ("parquet national financier", "Kessler Energie", "Alpenrose Capital",
                       "tribunal correctionnel de Paris")
    # ------------------------------------------------------------ F: a battery start-up's former CEO on trial (AFP)
    a = B.article("F-proces-fraude-comptable", "2029-10-04", (
        f"PARIS, 4 octobre (AFP) - Le {PNF} (PNF) a requis jeudi trois ans de prison, dont un avec "
        f"sursis, et 200{NN}000 euros d'amende contre {FA}, 54 ans, ancien PDG de la start-up de batteries "
        f"Voltaris, jugé depuis lundi par le {TC} pour escroquerie et présentation de comptes "
        "inexacts.\n\n"
        f"{O}Monsieur Amblard a vendu un mirage à ses investisseurs, puis à son acquéreur{C}, a lancé la procureure, "
        f"{HC}. Selon l'accusation, Voltaris avait gonflé de 57 % son chiffre d'affaires de 2025, affiché à 96 "
        "millions d'euros, grâce à des contrats antidatés.\n\n"
        f"Ces chiffres avaient convaincu le groupe allemand {KE} de racheter la start-up pour 410 millions "
        f"d'euros en mars 2026. Fin 2025, Voltaris avait levé 60 millions d'euros auprès du fonds luxembourgeois {AC} "
        "et de Bpifrance, pour une valorisation de 350 millions d'euros. Kessler a depuis déprécié 80 % de son "
        "investissement et son action a chuté de 31 % à la Bourse de Francfort.\n\n"
        "Le prévenu a reconnu avoir signé des contrats antidatés, mais conteste toute intention frauduleuse. "
        f"{O}J'ai péché par optimisme, pas par malhonnêteté{C}, a-t-il déclaré à la barre. Partie civile, {KE} "
        f"réclame 45 millions d'euros de dommages et intérêts. {O}Mon client a payé une entreprise qui n'existait que "
        f"sur le papier{C}, a plaidé son avocate, Me {LV}.\n\n"
        f"L'avocat du prévenu, Me {TR}, a dénoncé {O}un procès en sorcellerie{C}. Selon lui, {KE} "
        "avait audité les comptes pendant six semaines avant l'achat. Il plaidera la relaxe vendredi. L'ancien "
        f"directeur financier de Voltaris, {LBr}, jugé séparément, comparaîtra le 15 octobre. La présidente du "
        f"tribunal, {CDN}, a indiqué que le jugement serait rendu d'ici la fin de l'année."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), (PNF, ORG, None, False),
                       ("PNF", ORG, PNF, False), (FA, PER, None, False), ("Voltaris", ORG, None, False),
                       (TC, ORG, None, True), ("Amblard", PER, FA, False), (HC, PER, None, False),
                       (KE, ORG, None, False), ("Kessler", ORG, KE, False), (AC, ORG, None, False),
                       ("Bpifrance", ORG, None, False), ("Bourse de Francfort", ORG, None, False),
                       (LV, PER, None, False), (TR, PER, None, False), (LBr, PER, None, False),
                       (CDN, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Court report (PARIS, AFP): the reference date is the dateline day (Thursday 4 October 2029), "
                      "the day of the prosecution's requisitions; a narrow no-break space in '200 000 euros' and "
                      "inside the guillemets, ordinary spaces before '%'.")
    a["notes"].append("Entities: 'parquet national financier (PNF)' is a required ORG with its lower-case head (as "
                      "in the sixth set), canonical the full name for the acronym; 'tribunal correctionnel de Paris' "
                      "is optional ORG, as the courts of the earlier sets (no separate 'Paris' inside); 'Monsieur "
                      "Amblard' inside the quote is the defendant (span without the title, as 'M.'); 'Me' is a "
                      "title, left out of the lawyers' names; 'Kessler Energie' and the bare 'Kessler' are one ORG; "
                      "'Alpenrose Capital', 'Bpifrance' (investors) and 'Bourse de Francfort' (no separate "
                      "'Francfort') are ORG. 'le prévenu', 'l'accusation', 'la start-up', 'Partie civile' are not "
                      "names; 'allemand', 'luxembourgeois' are adjectives.")
    a["notes"].append("Quotes: the prosecutor ('a lancé la procureure, X'); 'Selon l'accusation, <clause>' (noun "
                      "phrase, canonical null, as in the ninth set); 'Le prévenu a reconnu avoir signé des contrats "
                      "antidatés, mais conteste toute intention frauduleuse' gives one indirect quote from the "
                      "infinitive to the comma (speaker the noun 'prévenu', canonical the defendant, as in the "
                      "eighth set; 'conteste toute intention' takes a noun phrase: no second quote); 'a-t-il "
                      "déclaré à la barre' (the defendant of the sentence before); the civil party's lawyer ('a "
                      "plaidé son avocate, Me X'); the defence lawyer 'a dénoncé « un procès en sorcellerie »' (a "
                      "marked noun phrase), then 'Selon lui, <clause>'; the presiding judge 'a indiqué que "
                      "<clause>'. Not quotes: the requisitions ('a requis ... trois ans de prison ...'), the civil "
                      "party's claim ('réclame 45 millions d'euros ...') and 'Il plaidera la relaxe vendredi'.")
    a["notes"].append("Events: background facts: the 2025 revenue the company published, told by the prosecution "
                      "('Voltaris avait gonflé de 57 % son chiffre d'affaires de 2025, affiché à 96 millions "
                      "d'euros'), is a result (metric revenue, period 2025; the '57 %' is the inflation, not a "
                      "change: no argument); 'avaient convaincu le groupe allemand Kessler Energie de racheter la "
                      "start-up pour 410 millions d'euros en mars 2026' is a done acquisition (target Voltaris); "
                      "'Fin 2025, Voltaris avait levé 60 millions d'euros auprès du fonds ... Alpenrose Capital et de "
                      "Bpifrance, pour une valorisation de 350 millions d'euros' a funding event carrying its "
                      "valuation. Not events: requisitions, a fine, damages claimed, an impairment, the share's "
                      "fall. Roles: 'la procureure, X' (title only), the defendant's former post 'ancien PDG de la "
                      "start-up de batteries Voltaris' (organization required), 'L'ancien directeur financier de "
                      "Voltaris, X' (a former post, organization required), 'La présidente du tribunal, X' (person "
                      "only, as in the eighth and ninth sets); the lawyers are optional roles.")
    a["notes"].append("Dates: 'jeudi' the dateline day; 'trois ans' (the requested prison term) a required duration, "
                      "as in the eighth and ninth sets ('dont un avec sursis' is not annotated); 'depuis lundi' the "
                      "Monday of that week; '2025' ('son chiffre d'affaires de 2025'); 'mars 2026'; 'Fin 2025' 2025 "
                      "with mod END; 'pendant six semaines' a duration; 'vendredi' the coming one; 'le 15 octobre' "
                      "the coming one; 'd'ici la fin de l'année' 2029 with mod END (span 'fin de l'année', as in "
                      "the ninth set); '54 ans' (an age) optional.")
    M(a, f"200{NN}000 euros", 200000, "EUR")
    M(a, "96 millions d'euros", 96e6, "EUR")
    M(a, "410 millions d'euros", 410e6, "EUR")
    M(a, "60 millions d'euros", 60e6, "EUR")
    M(a, "350 millions d'euros", 350e6, "EUR")
    M(a, "45 millions d'euros", 45e6, "EUR")
    P(a, "57 %", 57)
    P(a, "80 %", 80)
    P(a, "31 %", 31)
    D(a, "4 octobre", "2029-10-04", note="dateline")
    D(a, "jeudi", "2029-10-04", note="the dateline day")
    D(a, "trois ans", "P3Y", typ="DURATION", note="the requested prison term")
    D(a, "54 ans", "P54Y", typ="DURATION", opt=True, note="an age")
    D(a, "lundi", "2029-10-01", note="'jugé depuis lundi'")
    D(a, "2025", "2025", note="'son chiffre d'affaires de 2025'")
    D(a, "mars 2026", "2026-03")
    D(a, "Fin 2025", "2025", mod="END")
    D(a, "six semaines", "P6W", typ="DURATION", note="'pendant six semaines'")
    D(a, "vendredi", "2029-10-05", note="future: 'Il plaidera la relaxe vendredi'")
    D(a, "15 octobre", "2029-10-15", note="future: 'comparaîtra le 15 octobre'")
    D(a, "fin de l'année", "2029", mod="END", note="'d'ici la fin de l'année'")
    Q(a, f"{O}[Monsieur Amblard a vendu un mirage à ses investisseurs, puis à son acquéreur]{C}", "direct", "a lancé",
      (HC, HC, PER), gender="female", note="'la procureure' shows the gender")
    Q(a, "Selon l'accusation, [Voltaris avait gonflé de 57 % son chiffre d'affaires de 2025, affiché à 96 millions d'euros, grâce à des contrats antidatés].",
      "indirect", "[Selon] l'accusation", ("Selon [l'accusation]", None, None),
      note="an unnamed party: noun phrase, canonical null")
    Q(a, "reconnu [avoir signé des contrats antidatés], mais", "indirect", "a reconnu",
      ("Le [prévenu] a reconnu", FA, PER), gender="male",
      note="'a reconnu avoir ...': from the infinitive to the comma; 'Le prévenu' is the defendant")
    Q(a, f"{O}[J'ai péché par optimisme, pas par malhonnêteté]{C}", "direct", "a-t-il déclaré",
      ("a-t-[il] déclaré", FA, PER), gender="male", note="'il' is the defendant of the sentence before")
    Q(a, f"{O}[Mon client a payé une entreprise qui n'existait que sur le papier]{C}", "direct", "a plaidé",
      (LV, LV, PER), gender="female", note="'son avocate' shows the gender")
    Q(a, f"{O}[un procès en sorcellerie]{C}", "direct", "a dénoncé", (TR, TR, PER), gender="male",
      note="a marked noun phrase after 'a dénoncé'; 'L'avocat' shows the gender")
    Q(a, f"Selon lui, [{KE} avait audité les comptes pendant six semaines avant l'achat].", "indirect",
      "[Selon] lui", ("Selon [lui]", TR, PER), gender="male", note="'lui' is the defence lawyer of the sentence before")
    Q(a, "indiqué que [le jugement serait rendu d'ici la fin de l'année].", "indirect", "a indiqué", (CDN, CDN, PER),
      gender="female", note="'La présidente' shows the gender")
    V(a, "role", "[PDG] de la start-up", {"person": FA, "title": "PDG", "organization": "Voltaris"},
      note="a former post ('ancien PDG de la start-up de batteries Voltaris')")
    V(a, "role", "procureure", {"person": HC, "title": "procureure"}, note="the prosecutor: title only")
    V(a, "result", "chiffre d'affaires", {"company": "Voltaris", "metric": "revenue", "amount": "96 millions d'euros",
                                          "period": "2025"},
      note="the published figure, inflated according to the prosecution; '57 %' is no change")
    V(a, "acquisition", "racheter", {"target": "Voltaris", "buyer": KE, "amount": "410 millions d'euros",
                                     "date": "mars 2026", "status": "done"},
      note="'avaient convaincu ... Kessler Energie de racheter la start-up': 'la start-up' is Voltaris")
    V(a, "funding", "levé", {"company": "Voltaris", "amount": "60 millions d'euros", "investors": [AC, "Bpifrance"],
                             "valuation": "350 millions d'euros", "date": "Fin 2025"})
    V(a, "role", "avocate", {"person": LV, "title": "avocate"}, optional=True, note="counsel of the civil party")
    V(a, "role", "L'[avocat] du prévenu", {"person": TR, "title": "avocat"}, optional=True, note="defence counsel")
    V(a, "role", "directeur financier", {"person": LBr, "title": "directeur financier", "organization": "Voltaris"},
      note="a former post ('L'ancien directeur financier de Voltaris, X')")
    V(a, "role", "présidente du tribunal", {"person": CDN},
      note="'La présidente du tribunal, X': person only, as in the eighth and ninth sets")
