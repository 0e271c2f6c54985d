"""The six articles of the eighth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind8`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % in A, C, E; thousands in A, D; inside guillemets in B and E)
NN = "\u202f"    # narrow no-break space (before % in B, D, F; thousands in B, E, F; inside guillemets in C and F)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    SM, MC, JF, KT, ALB, IB, PR = ("Sandrine Morvan", "Mathilde Carré", "Julien Ferrat", "Karim Touati",
                                   "Arnaud Le Bihan", "Inès Belhadj", "Paul Renaudin")
    USH = "Union sociale pour l'habitat"
    # ------------------------------------------------------------ A: a housing bill at the Assemblée nationale
    a = B.article("A-loi-logement", "2028-04-12", (
        "PARIS, 12 avril (AFP) - L'Assemblée nationale a adopté mercredi en première lecture, par 301 voix contre "
        "246, le projet de loi « Toit pour tous », qui prévoit 4,2 milliards d'euros sur cinq ans pour la "
        "rénovation des logements sociaux. Le texte sera examiné au Sénat en juin.\n\n"
        "« Ce vote est une victoire pour les familles qui attendent un logement. Nous tiendrons nos engagements », "
        f"a déclaré la ministre du Logement, de la Ville et de la Cohésion des territoires, {SM}, à l'issue du "
        "scrutin. « Le financement est garanti jusqu'en 2032 », a-t-elle ajouté.\n\n"
        f"Le texte porte de 25{NB}% à 30{NB}% la part de logements sociaux imposée aux communes de plus de "
        f"3{NB}500 habitants. Le RN et LFI ont voté contre, Les Républicains (LR) se sont abstenus. Le projet "
        f"« recycle de vieilles recettes », a dénoncé {MC}, présidente du groupe LFI, tandis que le député RN du "
        f"Var {JF} a estimé que le gouvernement « oublie les classes moyennes ». Pour le rapporteur "
        f"Renaissance {KT}, les communes récalcitrantes « n'auront plus d'excuses ».\n\n"
        f"Selon son entourage, le Premier ministre, {ALB}, souhaite une adoption définitive en juillet. La "
        f"porte-parole du gouvernement, {IB}, a indiqué que les premiers crédits, soit 800 millions d'euros, "
        f"seraient débloqués dès cette année. Un porte-parole de l'{USH} (USH) a salué un texte « attendu "
        f"depuis dix ans », tout en regrettant la baisse de 6{NB}% des aides à la pierre votée l'an dernier.\n\n"
        f"Selon un sondage Ifop pour Le Figaro publié dimanche, 58{NB}% des Français approuvent la réforme. Le "
        f"ministre de l'Économie, des Finances et de la Souveraineté industrielle, {PR}, a assuré qu'elle ne "
        "creuserait pas le déficit. « Chaque euro est financé », a-t-il insisté."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), ("Assemblée nationale", ORG, None, False),
                       ("Toit pour tous", MISC, None, True), ("Sénat", ORG, None, False), (SM, PER, None, False),
                       ("RN", ORG, None, False), ("LFI", ORG, None, False), ("Les Républicains", ORG, None, False),
                       ("LR", ORG, "Les Républicains", False), (MC, PER, None, False), (JF, PER, None, False),
                       ("Var", LOC, None, False), ("Renaissance", ORG, None, False), (KT, PER, None, False),
                       (ALB, PER, None, False), (IB, PER, None, False), (USH, ORG, None, False),
                       ("USH", ORG, USH, False), ("Ifop", ORG, None, False), ("Le Figaro", ORG, None, False),
                       (PR, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: party acronyms never spelled out keep their form ('RN', 'LFI'); 'Les Républicains "
                      "(LR)' has the full name as canonical for both mentions, 'Union sociale pour l'habitat (USH)' "
                      "likewise. 'Les Républicains' keeps its article (part of the party's name). The bill's name "
                      "between marks ('le projet de loi « Toit pour tous »') is a title, not a quote; as an entity "
                      "it is optional MISC (a law's name). 'Renaissance' after 'le rapporteur' is the party (ORG); "
                      "'le député RN du Var' gives RN (ORG) and Var (LOC, the département). 'Français' is a demonym; "
                      "'le gouvernement', 'le groupe LFI' (its 'LFI' annotated) are not names.")
    a["notes"].append("Quotes: the minister's first quote runs over two sentences (one direct quote); 'a-t-elle "
                      "ajouté' and 'a-t-il insisté' have pronoun speakers resolved to the minister named before; the "
                      "partly quoted clauses ('Le projet « ... », a dénoncé X', 'a estimé que le gouvernement « ... "
                      "»', 'Pour X, les communes récalcitrantes « ... »', 'a salué un texte « ... »') give one direct "
                      "quote for the marked words each; 'Selon son entourage, <clause>' has a noun-phrase speaker "
                      "(canonical null), as in the fifth set; 'Un porte-parole de l'Union sociale pour l'habitat' is "
                      "a noun phrase (canonical null), the spokesperson being a person; 'Selon un sondage Ifop pour "
                      "Le Figaro publié dimanche, <clause>' has Ifop (the issuer) as speaker, as in the fifth set.")
    a["notes"].append("Events: roles only (a government's budget is no result). Ministers with long portfolios keep "
                      "their titles as written, commas and all (no organization); 'présidente du groupe LFI' is a "
                      "group chair (person only, as in the earlier sets); 'le député RN du Var X' (title 'député', "
                      "organization optional); 'le rapporteur Renaissance X' (title 'rapporteur', organization "
                      "optional); 'le Premier ministre, X' and 'La porte-parole du gouvernement, X' (no "
                      "organization). Money: the bill's '4,2 milliards d'euros', the first credits '800 millions "
                      "d'euros'; '301 voix', '3 500 habitants' are counts. Percentages: 'de 25 % à 30 %' is two "
                      "items (a change, as in the seventh set), '6 %', '58 %'.")
    M(a, "4,2 milliards d'euros", 4.2e9, "EUR")
    M(a, "800 millions d'euros", 800e6, "EUR")
    P(a, f"25{NB}%", 25)
    P(a, f"30{NB}%", 30)
    P(a, f"6{NB}%", 6)
    P(a, f"58{NB}%", 58)
    D(a, "12 avril", "2028-04-12", note="dateline")
    D(a, "mercredi", "2028-04-12", note="the dateline day")
    D(a, "cinq ans", "P5Y", typ="DURATION", note="'sur cinq ans'")
    D(a, "juin", "2028-06", note="future: 'sera examiné au Sénat en juin'")
    D(a, "2032", "2032", note="'jusqu'en 2032', inside the quote")
    D(a, "juillet", "2028-07", note="future: 'une adoption définitive en juillet'")
    D(a, "cette année", "2028")
    D(a, "dix ans", "P10Y", typ="DURATION", note="'attendu depuis dix ans', inside the quote")
    D(a, "an dernier", "2027", note="'l'an dernier'")
    D(a, "dimanche", "2028-04-09", note="past: the Sunday before the Wednesday dateline")
    Q(a, "« [Ce vote est une victoire pour les familles qui attendent un logement. Nous tiendrons nos engagements] »",
      "direct", "a déclaré", (SM, SM, PER), gender="female",
      note="a quote over two sentences; the name is in apposition to 'la ministre du Logement, ...'")
    Q(a, "« [Le financement est garanti jusqu'en 2032] »", "direct", "a-t-elle ajouté",
      ("a-t-[elle] ajouté", SM, PER), gender="female")
    Q(a, "« [recycle de vieilles recettes] »", "direct", "a dénoncé", (MC, MC, PER), gender="female",
      note="partly quoted clause, inverted; 'présidente' shows the gender")
    Q(a, "« [oublie les classes moyennes] »", "direct", "a estimé", (JF, JF, PER), gender="male",
      note="partly quoted clause after 'a estimé que le gouvernement'")
    Q(a, "« [n'auront plus d'excuses] »", "direct", "[Pour] le rapporteur", (KT, KT, PER), gender="male",
      note="'Pour X, ... « ... »': one direct quote for the marked words")
    Q(a, f"Selon son entourage, [le Premier ministre, {ALB}, souhaite une adoption définitive en juillet].",
      "indirect", "[Selon] son entourage", ("Selon [son entourage]", None, None),
      note="an unnamed noun-phrase source, as in the fifth set")
    Q(a, "a indiqué que [les premiers crédits, soit 800 millions d'euros, seraient débloqués dès cette année].",
      "indirect", "a indiqué", (IB, IB, PER), gender="female", note="'La porte-parole' shows the gender")
    Q(a, "« [attendu depuis dix ans] »", "direct", "a salué", (f"[Un porte-parole de l'{USH}]", None, None),
      note="an unnamed spokesperson: noun phrase, canonical null")
    Q(a, f"publié dimanche, [58{NB}% des Français approuvent la réforme].", "indirect", "[Selon] un sondage",
      ("sondage [Ifop]", "Ifop", ORG), note="the poll's issuer named: Ifop, as in the fifth set")
    Q(a, "a assuré qu'[elle ne creuserait pas le déficit].", "indirect", "a assuré", (PR, PR, PER), gender="male",
      note="'Le ministre' shows the gender")
    Q(a, "« [Chaque euro est financé] »", "direct", "a-t-il insisté", ("a-t-[il] insisté", PR, PER), gender="male")
    V(a, "role", "ministre du Logement, de la Ville et de la Cohésion des territoires",
      {"person": SM, "title": "ministre du Logement, de la Ville et de la Cohésion des territoires"},
      note="a long portfolio, title as written with its commas")
    V(a, "role", "présidente du groupe", {"person": MC}, note="a group chair: person only, as in the earlier sets")
    V(a, "role", "député", {"person": JF, "title": "député", "organization": ("opt", "RN")},
      note="'le député RN du Var X'")
    V(a, "role", "rapporteur", {"person": KT, "title": "rapporteur", "organization": ("opt", "Renaissance")},
      note="'le rapporteur Renaissance X': the party is his, not the body he reports for")
    V(a, "role", "Premier ministre", {"person": ALB, "title": "Premier ministre"})
    V(a, "role", "porte-parole du gouvernement", {"person": IB, "title": "porte-parole du gouvernement"})
    V(a, "role", "ministre de l'Économie, des Finances et de la Souveraineté industrielle",
      {"person": PR, "title": "ministre de l'Économie, des Finances et de la Souveraineté industrielle"})

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    TL, GB, CD, OB, HS, JML = ("Thierry Lasserre", "Garonne Bâtisseurs", "Claire Dufourcq", "Olivier Bastide",
                               "Hélène Sarrazin", "Jean-Marc Lhomme")
    TC, ANAH = "tribunal correctionnel de Bordeaux", "Agence nationale de l'habitat"
    # ------------------------------------------------------------ B: a renovation-aid fraud trial in Bordeaux
    a = B.article("B-proces-renovation", "2028-05-16", (
        f"BORDEAUX, 16 mai - Dix-huit mois d'emprisonnement avec sursis et 150{NN}000 euros d'amende : c'est la "
        f"peine requise mardi par le parquet contre {TL}, 57 ans, gérant de l'entreprise de BTP {GB}, jugé "
        f"devant le {TC} pour escroquerie aux aides à la rénovation énergétique.\n\n"
        f"Selon l'enquête, la société de Mérignac a facturé entre 2023 et 2025 à l'{ANAH} (Anah) près de "
        f"1,8 million d'euros de travaux jamais réalisés. Sur 412 dossiers examinés, 37{NN}% comportaient des "
        f"photos truquées. {O}Le préjudice est considérable et il est public{C}, a souligné la procureure, "
        f"{CD}, qui a aussi requis contre la société une amende de 500{NN}000 euros et une interdiction "
        "d'exercer de cinq ans.\n\n"
        f"{O}Mon client n'a jamais donné l'ordre de tricher. Il a été dépassé par la croissance de son "
        f"entreprise{C}, a plaidé son avocat, Me {OB}. Selon lui, le chiffre d'affaires de {GB} a bondi de 9,6 "
        f"millions d'euros en 2022 à 21 millions d'euros en 2024. {O}Plus personne ne contrôlait rien{C}, "
        f"a-t-il ajouté. À la barre, le prévenu a reconnu {O}des erreurs{C} mais nié toute fraude. {O}J'ai "
        f"fait confiance aux mauvaises personnes{C}, a-t-il lancé.\n\n"
        f"L'Anah s'est constituée partie civile. Son avocate, Me {HS}, a demandé le remboursement intégral des "
        f"sommes versées. {O}Ces aides sont destinées aux ménages modestes{C}, a rappelé le président du "
        f"tribunal, {JML}, avant de lire le témoignage d'un couple de Pessac dont la facture avait été gonflée "
        f"de 60{NN}%.\n\n"
        "Placée en redressement judiciaire en mars dernier, l'entreprise emploie encore 48 salariés. Un délégué "
        f"de la CGT a fait savoir qu'ils craignaient {O}une liquidation pure et simple{C}. Le jugement a été mis "
        "en délibéré au 27 juin."))
    for s, l, c, o in [("BORDEAUX", LOC, None, False), (TL, PER, None, False), (GB, ORG, None, False),
                       (TC, ORG, None, True), ("Mérignac", LOC, None, False), (ANAH, ORG, None, False),
                       ("Anah", ORG, ANAH, False), (CD, PER, None, False), (OB, PER, None, False),
                       (HS, PER, None, False), (JML, PER, None, False), ("Pessac", LOC, None, False),
                       ("CGT", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Regional style (Sud Ouest): a dateline without an agency; the reference date is the dateline "
                      "day (Tuesday 16 May 2028).")
    a["notes"].append("Entities: 'tribunal correctionnel de Bordeaux' is optional ORG, as the courts of the earlier "
                      "sets (the town inside it not annotated); the public agency named in full with its acronym in "
                      "brackets has the full name as canonical for both mentions ('(Anah)', 'L'Anah'). 'Me' is a "
                      "title, left out of the lawyers' names. 'le parquet', 'le tribunal', 'la société de "
                      "Mérignac' (Mérignac LOC) are not names.")
    a["notes"].append("Quotes: 'Selon l'enquête, <clause>' has the noun phrase 'l'enquête' as speaker (an unnamed "
                      "document, canonical null); the lawyer's plea runs over two sentences (one direct quote, cue "
                      "'a plaidé'); 'Selon lui' and 'a-t-il ajouté' are the defence lawyer; 'le prévenu a reconnu « "
                      "des erreurs »' has the noun 'prévenu' as speaker, canonical the defendant named in the first "
                      "sentence (as 'Le joueur' in the third set), and the next 'a-t-il lancé' is also the "
                      "defendant; 'a rappelé le président du tribunal, X' inverted; 'Un délégué de la CGT a fait "
                      "savoir qu'ils craignaient « ... »' gives one direct quote for the marked words, speaker a "
                      "noun phrase (canonical null; 'Un délégué' shows the gender). Not quotes: the requisitions "
                      "('a requis ... une amende', 'la peine requise') and 'a demandé le remboursement' (verbs with "
                      "a noun-phrase object, as 'exige le retrait' in the fourth set).")
    a["notes"].append("Events: a requisition, a fine, a conviction and a receivership are no event. The company's "
                      "revenue 'a bondi de 9,6 millions d'euros en 2022 à 21 millions d'euros en 2024': the 2024 "
                      "figure is a required result, the 2022 one (the comparison inside the same clause) optional. "
                      "Roles: 'gérant de l'entreprise de BTP Garonne Bâtisseurs' (organization required), 'la "
                      "procureure, X' (title, no organization, as the earlier sets' prosecutors), 'le président du "
                      "tribunal, X' (a title written several ways: person only); the lawyers are optional roles. "
                      "Dates: 'Dix-huit mois' (the requested sentence) and 'cinq ans' (the ban) are durations; "
                      "'entre 2023 et 2025' is two points; '57 ans' (an age) is optional; 'mars dernier' is this "
                      "March; 'au 27 juin' is the coming one.")
    M(a, f"150{NN}000 euros", 150000, "EUR")
    M(a, "1,8 million d'euros", 1.8e6, "EUR")
    M(a, f"500{NN}000 euros", 500000, "EUR")
    M(a, "9,6 millions d'euros", 9.6e6, "EUR")
    M(a, "21 millions d'euros", 21e6, "EUR")
    P(a, f"37{NN}%", 37)
    P(a, f"60{NN}%", 60)
    D(a, "16 mai", "2028-05-16", note="dateline")
    D(a, "Dix-huit mois", "P18M", typ="DURATION", note="the requested prison term")
    D(a, "mardi", "2028-05-16", note="the dateline day")
    D(a, "57 ans", "P57Y", typ="DURATION", opt=True, note="an age")
    D(a, "2023", "2023", note="'entre 2023 et 2025': two points")
    D(a, "2025", "2025")
    D(a, "cinq ans", "P5Y", typ="DURATION", note="'une interdiction d'exercer de cinq ans'")
    D(a, "2022", "2022")
    D(a, "2024", "2024")
    D(a, "mars dernier", "2028-03")
    D(a, "27 juin", "2028-06-27", note="future: 'mis en délibéré au 27 juin'")
    Q(a, f"Selon l'enquête, [la société de Mérignac a facturé entre 2023 et 2025 à l'{ANAH} (Anah) près de 1,8 million d'euros de travaux jamais réalisés].",
      "indirect", "[Selon] l'enquête", ("Selon [l'enquête]", None, None),
      note="an unnamed document: noun phrase, canonical null")
    Q(a, f"{O}[Le préjudice est considérable et il est public]{C}", "direct", "a souligné", (CD, CD, PER),
      gender="female", note="'la procureure' shows the gender")
    Q(a, f"{O}[Mon client n'a jamais donné l'ordre de tricher. Il a été dépassé par la croissance de son entreprise]{C}",
      "direct", "a plaidé", (OB, OB, PER), gender="male", note="a plea over two sentences; 'son avocat' shows the gender")
    Q(a, f"Selon lui, [le chiffre d'affaires de {GB} a bondi de 9,6 millions d'euros en 2022 à 21 millions d'euros en 2024].",
      "indirect", "[Selon] lui", ("Selon [lui]", OB, PER), gender="male")
    Q(a, f"{O}[Plus personne ne contrôlait rien]{C}", "direct", "a-t-il ajouté", ("a-t-[il] ajouté", OB, PER),
      gender="male")
    Q(a, f"{O}[des erreurs]{C}", "direct", "a reconnu", ("le [prévenu] a reconnu", TL, PER), gender="male",
      note="'le prévenu' is the defendant named in the first sentence")
    Q(a, f"{O}[J'ai fait confiance aux mauvaises personnes]{C}", "direct", "a-t-il lancé", ("a-t-[il] lancé", TL, PER),
      gender="male", note="'il' is the defendant of the sentence before")
    Q(a, f"{O}[Ces aides sont destinées aux ménages modestes]{C}", "direct", "a rappelé", (JML, JML, PER),
      gender="male", note="'le président du tribunal' shows the gender")
    Q(a, f"{O}[une liquidation pure et simple]{C}", "direct", "a fait savoir", ("[Un délégué de la CGT]", None, None),
      gender="male", note="partly quoted clause after 'a fait savoir qu'ils craignaient'; an unnamed union delegate")
    V(a, "role", "gérant", {"person": TL, "title": "gérant", "organization": GB},
      note="'gérant de l'entreprise de BTP Garonne Bâtisseurs'")
    V(a, "role", "procureure", {"person": CD, "title": "procureure"})
    V(a, "role", "président du tribunal", {"person": JML},
      note="'le président du tribunal, X': a title written several ways, person only")
    V(a, "role", "son [avocat]", {"person": OB, "title": "avocat"}, optional=True, note="counsel of a party")
    V(a, "role", "Son [avocate]", {"person": HS, "title": "avocate"}, optional=True, note="counsel of a party")
    V(a, "result", "chiffre d'affaires", {"company": GB, "metric": "revenue", "amount": "21 millions d'euros",
                                          "period": "2024"},
      note="'a bondi de 9,6 millions d'euros en 2022 à 21 millions d'euros en 2024': the later figure")
    V(a, "result", "bondi", {"company": GB, "metric": "revenue", "amount": "9,6 millions d'euros", "period": "2022"},
      optional=True, note="the comparison figure inside the same clause")


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    LK, NG, HT, BR, MT = "Léa Kwan", "Nébuleuse Games", "Hollow Tides", "Bastien Roche", "Marc Tellier"
    SNJV, BOOK = "Syndicat national du jeu vidéo", "Jouer n'est pas un crime"
    # ------------------------------------------------------------ C: an interview with a video-game studio founder
    a = B.article("C-entretien-jeu-video", "2028-03-09", (
        f"PARIS, 9 mars - Elle a 34 ans, 140 salariés et un succès mondial. {LK}, fondatrice et présidente de "
        f"{NG}, le studio montpelliérain derrière {O}{HT}{C}, jeu vidéo français le plus vendu de 2027, "
        f"publie jeudi {O}{BOOK}{C} (Flammarion). {LK} a répondu aux questions de Libération.\n\n"
        "– Votre livre s'ouvre sur la crise de 2026. Pourquoi ?\n"
        "– Parce que nous avons failli disparaître. Nous avions trois mois de trésorerie et 80 salariés.\n"
        "– Comment vous en êtes-vous sortie ?\n"
        f"– Grâce à Tencent, qui a misé 18 millions d'euros pour 20{NB}% du capital. Sans eux, {O}{HT}{C} "
        "n'existerait pas.\n"
        "– L'intelligence artificielle menace-t-elle vos métiers ?\n"
        f"– Elle menace surtout la paresse. Chez nous, l'IA écrit 0{NB}% des dialogues, et ça restera ainsi.\n\n"
        "Depuis, le studio a racheté en octobre Pixel Brume, une équipe de 25 développeurs basée à Montréal. Le montant n'a pas été communiqué. "
        f"{NG} a réalisé en 2027 un chiffre d'affaires de 64 millions d'euros, en hausse de 310{NB}%, et un "
        "bénéfice net de 11,5 millions d'euros, indique le groupe dans un communiqué. Son directeur général, "
        f"{BR}, a précisé que le studio visait {O}une entrée en Bourse à l'horizon 2030{C}.\n\n"
        f"Le succès reste rare. Selon le {SNJV} (SNJV), 35{NB}% des studios français ont réduit leurs effectifs "
        f"l'an dernier. {O}{LK} est l'exception qui confirme la règle{C}, juge {MT}, analyste chez Niko Partners. "
        "Interrogée mercredi par France Inter, la ministre de la Culture, Agathe Simonin, a jugé que le livre "
        f"{O}dit tout haut ce que la profession pense tout bas{C}."))
    for s, l, c, o in [("PARIS", LOC, None, False), (LK, PER, None, False),
                       (NG, ORG, None, False), (HT, MISC, None, False), (BOOK, MISC, None, False),
                       ("Flammarion", ORG, None, False), ("Libération", ORG, None, False), ("Tencent", ORG, None, False),
                       ("Pixel Brume", ORG, None, False), ("Montréal", LOC, None, False), (BR, PER, None, False),
                       (SNJV, ORG, None, False), ("SNJV", ORG, SNJV, False), (MT, PER, None, False),
                       ("Niko Partners", ORG, None, False), ("France Inter", ORG, None, False),
                       ("Agathe Simonin", PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Interview style (Libération): a dateline without an agency; question and answer lines open "
                      "with an en dash ('–'), where the fifth and sixth sets used the em dash.")
    a["notes"].append("Entities: the game and the book between marks ('« Hollow Tides »' twice, '« Jouer n'est pas "
                      "un crime »') are MISC (works), not quotes; 'Flammarion' (the publisher in brackets), "
                      "'Libération' (the interviewing paper), 'Tencent' (inside an answer), 'Pixel Brume' (a studio "
                      "named with no cue word) and 'Niko Partners' (after 'chez') are ORG; the union named in full "
                      "with its acronym in brackets has the full name as canonical for both. 'Léa Kwan' is "
                      "annotated in the text and inside the analyst's quote. 'montpelliérain', 'français' are "
                      "adjectives; 'en Bourse' (generic) and 'l'IA' are not entities.")
    a["notes"].append("Quotes: the interview follows the fifth and sixth sets: each answer is one direct quote of "
                      "the interviewee (span after the dash and its space to the end of the line, final full stop "
                      "included, cue null, speaker the name in the sentence introducing the interview, 'Léa Kwan a "
                      "répondu aux questions de Libération'); the three questions are optional direct quotes of "
                      "Libération. '« Hollow Tides »' inside an answer is a title inside the quote. The results "
                      "sentence ends with 'indique le groupe dans un communiqué': one indirect quote (the whole "
                      "clause before the comma), speaker 'le groupe', canonical the studio. 'a précisé que le studio "
                      "visait « ... »' gives one direct quote for the marked words; 'Selon le Syndicat national du "
                      "jeu vidéo (SNJV), <clause>' spans the clause after the comma.")
    a["notes"].append("Events: Tencent's stake bought for 18 million euros, told inside an answer ('Grâce à "
                      "Tencent, qui a misé 18 millions d'euros pour 20 % du capital'), is a funding event of the "
                      "studio (its name from the introduction; the stake is not an argument, as in the earlier "
                      "sets); the purchase of Pixel Brume ('le studio a racheté en octobre') is a done acquisition; "
                      "revenue (with its change) and net income of 2027 are two results (the net income's period "
                      "optional: the year is written once, for both). Roles: 'fondatrice et présidente de Nébuleuse "
                      "Games' (title as written, organization required), 'Son directeur général, X' (organization "
                      "optional), 'analyste chez Niko Partners' (organization required). Dates: 'trois mois' (inside "
                      "an answer) is a duration; 'octobre' in a past-tense clause is last October; '34 ans' (an age) "
                      "is optional; '2030' inside the marked words is a date.")
    a["notes"].append("Also: 'Interrogée mercredi par France Inter, la ministre de la Culture, X, a jugé que le livre "
                      "« ... »' gives one direct quote for the marked words, a role (title as written, no "
                      "organization), France Inter (ORG) and 'mercredi' (the day before the dateline). 'Le montant "
                      "n'a pas été communiqué': the acquisition has no amount.")
    M(a, "18 millions d'euros", 18e6, "EUR")
    M(a, "64 millions d'euros", 64e6, "EUR")
    M(a, "11,5 millions d'euros", 11.5e6, "EUR")
    P(a, f"20{NB}%", 20)
    P(a, f"0{NB}%", 0)
    P(a, f"310{NB}%", 310)
    P(a, f"35{NB}%", 35)
    D(a, "9 mars", "2028-03-09", note="dateline")
    D(a, "34 ans", "P34Y", typ="DURATION", opt=True, note="an age")
    D(a, "2027", "2027", note="'le plus vendu de 2027'")
    D(a, "jeudi", "2028-03-09", note="the dateline day")
    D(a, "2026", "2026", note="'la crise de 2026', inside a question")
    D(a, "trois mois", "P3M", typ="DURATION", note="inside an answer")
    D(a, "octobre", "2027-10", note="past: 'a racheté en octobre'")
    D(a, "2027", "2027", nth=1, note="'a réalisé en 2027'")
    D(a, "2030", "2030", note="'à l'horizon 2030', inside the marked words")
    D(a, "an dernier", "2027", note="'l'an dernier'")
    D(a, "mercredi", "2028-03-08", note="past: the day before the Thursday dateline")
    Q(a, "– [Votre livre s'ouvre sur la crise de 2026. Pourquoi ?]", "direct", None, ("questions de [Libération]", "Libération", ORG),
      optional=True, note="the interviewer's question")
    Q(a, "– [Parce que nous avons failli disparaître. Nous avions trois mois de trésorerie et 80 salariés.]", "direct",
      None, ("[Léa Kwan] a répondu", LK, PER), gender="female",
      note="an answer after a dash; the speaker is named in the introducing sentence ('Elle', 'fondatrice')")
    Q(a, "– [Comment vous en êtes-vous sortie ?]", "direct", None, ("questions de [Libération]", "Libération", ORG),
      optional=True, note="the interviewer's question")
    Q(a, f"– [Grâce à Tencent, qui a misé 18 millions d'euros pour 20{NB}% du capital. Sans eux, {O}{HT}{C} n'existerait pas.]",
      "direct", None, ("[Léa Kwan] a répondu", LK, PER), gender="female", note="an answer; the title inside is no quote")
    Q(a, "– [L'intelligence artificielle menace-t-elle vos métiers ?]", "direct", None,
      ("questions de [Libération]", "Libération", ORG), optional=True, note="the interviewer's question")
    Q(a, f"– [Elle menace surtout la paresse. Chez nous, l'IA écrit 0{NB}% des dialogues, et ça restera ainsi.]",
      "direct", None, ("[Léa Kwan] a répondu", LK, PER), gender="female", note="an answer after a dash")
    Q(a, f"[{NG} a réalisé en 2027 un chiffre d'affaires de 64 millions d'euros, en hausse de 310{NB}%, et un bénéfice net de 11,5 millions d'euros], indique",
      "indirect", "indique", ("indique le [groupe]", NG, ORG),
      note="inverted reporting clause; 'le groupe ... dans un communiqué' is the studio")
    Q(a, f"{O}[une entrée en Bourse à l'horizon 2030]{C}", "direct", "a précisé", (BR, BR, PER), gender="male",
      note="partly quoted clause after 'a précisé que le studio visait'; 'directeur' shows the gender")
    Q(a, f"(SNJV), [35{NB}% des studios français ont réduit leurs effectifs l'an dernier].", "indirect", "[Selon] le Syndicat",
      (SNJV, SNJV, ORG), note="'Selon le ... (SNJV), <clause>'")
    Q(a, f"{O}[{LK} est l'exception qui confirme la règle]{C}", "direct", "juge", (MT, MT, PER), gender="male",
      note="the given name shows the gender")
    Q(a, f"{O}[dit tout haut ce que la profession pense tout bas]{C}", "direct", "a jugé",
      ("Agathe Simonin", "Agathe Simonin", PER), gender="female",
      note="partly quoted clause after 'a jugé que le livre'; 'Interrogée', 'la ministre' show the gender")
    V(a, "role", "ministre de la Culture", {"person": "Agathe Simonin", "title": "ministre de la Culture"})
    V(a, "funding", "misé", {"company": NG, "amount": "18 millions d'euros", "investors": ["Tencent"]},
      note="told inside an answer; the studio is named in the introduction; the 20 % stake is not an argument")
    V(a, "acquisition", "racheté", {"target": "Pixel Brume", "buyer": NG, "date": "octobre", "status": "done"},
      note="'le studio a racheté en octobre Pixel Brume'")
    V(a, "result", "chiffre d'affaires", {"company": NG, "metric": "revenue", "amount": "64 millions d'euros",
                                          "change": f"310{NB}%", "period": "[2027] un chiffre"})
    V(a, "result", "bénéfice net", {"company": NG, "metric": "net_income", "amount": "11,5 millions d'euros",
                                    "period": ("opt", "[2027] un chiffre")})
    V(a, "role", "fondatrice et présidente", {"person": LK, "title": "fondatrice et présidente", "organization": NG})
    V(a, "role", "directeur général", {"person": BR, "title": "directeur général", "organization": ("opt", NG)},
      note="'Son directeur général': the studio of the sentence before")
    V(a, "role", "analyste", {"person": MT, "title": "analyste", "organization": "Niko Partners"})


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    SR, UBB = "Stade Rochelais", "Union Bordeaux-Bègles"
    TLd, YB, ES, LB, CM, GA = ("Tomás Ledesma", "Yannick Bourdais", "Éric Salvetat", "Levan Beridze",
                               "Christophe Mauvezin", "Gilles Arnaudet")
    LNR = "Ligue nationale de rugby"
    # ------------------------------------------------------------ D: rugby, Top 14, a club president appointed
    a = B.article("D-rugby-top14", "2028-01-23", (
        f"LA ROCHELLE, 23 janvier (AFP) - Le {SR} a dominé l'{UBB} (31-17) samedi à Marcel-Deflandre, lors de "
        f"la 14e journée du Top 14, et revient à deux points du leader toulousain. Devant 16{NB}000 spectateurs, "
        f"l'Argentin {TLd} a inscrit deux essais.\n\n"
        "« On a souffert pendant quarante minutes, puis on a retrouvé notre rugby. Je suis fier de ce groupe », a "
        f"déclaré l'entraîneur rochelais, {YB}, après le match. Il a ajouté que son équipe n'était « pas encore » "
        f"au niveau des meilleurs. Côté girondin, le manager de Bordeaux-Bègles, {ES}, a regretté « trop de fautes "
        "bêtes ». « On a offert le match », a-t-il résumé.\n\n"
        f"La Rochelle a réussi 88{NN}% de ses plaquages, contre 79{NN}% pour l'UBB, selon les statistiques de la "
        f"{LNR} (LNR). Le Géorgien {LB}, recruté l'été dernier à Montpellier pour une indemnité de 450{NB}000 "
        "euros, a été élu homme du match.\n\n"
        "En coulisses, le club maritime a changé de président. Le conseil de surveillance a nommé vendredi "
        f"l'ancien talonneur {CM} président du directoire, en remplacement de {GA}, en poste depuis 2019. "
        "L'ancien international s'est dit « honoré ». Selon Sud Ouest, le club a dégagé un bénéfice net de 1,3 "
        f"million d'euros en 2027, pour un chiffre d'affaires de 48 millions d'euros, en hausse de 7{NN}%.\n\n"
        "Toulouse, vainqueur à Pau (24-20), conserve la tête. Bordeaux-Bègles recevra le Racing 92 samedi "
        "prochain. Les Rochelais se déplaceront ensuite chez les Harlequins, à Londres, le 4 février en Coupe des "
        "champions. « Ce sera un autre défi », a prévenu leur capitaine, Romain Lacombe."))
    for s, l, c, o in [("LA ROCHELLE", LOC, None, False), ("AFP", ORG, None, False), (SR, ORG, None, False),
                       (UBB, ORG, None, False), ("Marcel-Deflandre", LOC, None, False), ("Top 14", MISC, None, False),
                       (TLd, PER, None, False), (YB, PER, None, False), ("Bordeaux-Bègles", ORG, UBB, False),
                       (ES, PER, None, False), ("La Rochelle", ORG, SR, False), ("UBB", ORG, UBB, False),
                       (LNR, ORG, None, False), ("LNR", ORG, LNR, False), (LB, PER, None, False),
                       ("Montpellier", ORG, None, False), (CM, PER, None, False), (GA, PER, None, False),
                       ("Sud Ouest", ORG, None, False), ("Toulouse", ORG, None, False), ("Pau", ORG, None, True),
                       ("Racing 92", ORG, None, False), ("Harlequins", ORG, None, False),
                       ("Londres", LOC, None, False), ("Coupe des champions", MISC, None, False),
                       ("Romain Lacombe", PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Entities: clubs named in full ('Stade Rochelais', 'Union Bordeaux-Bègles', 'Racing 92'), by "
                      "their town ('La Rochelle a réussi', 'Bordeaux-Bègles', 'Toulouse, vainqueur') or by an acronym "
                      "('l'UBB', canonical the full name) are ORG; the dateline town is LOC; the ground named "
                      "without 'stade' ('à Marcel-Deflandre') is LOC, as 'Océane' in the sixth set; 'recruté ... à "
                      "Montpellier' (a transfer) is the club, ORG, as 'arrive de Dunkerque' in the seventh set; "
                      "'vainqueur à Pau' (ground and opponent at once) is optional ORG, as in the fourth set. 'Top "
                      "14' is MISC (a competition, as 'Ligue 1'). The league named in full with its acronym in "
                      "brackets has the full name as canonical for both. 'l'Argentin', 'Le Géorgien', 'toulousain', "
                      "'rochelais', 'girondin' are demonyms or adjectives; 'le club maritime', 'Le conseil de "
                      "surveillance' are not names.")
    a["notes"].append("Quotes: the coach's quote runs over two sentences; 'Il a ajouté que son équipe n'était « pas "
                      "encore » au niveau des meilleurs' gives one direct quote for the marked words, 'Il' being the "
                      "coach; the Bordeaux manager's 'a regretté « ... »' (a marked noun phrase, as 'a salué une "
                      "reprise « exemplaire »' in the sixth set) and 'a-t-il résumé'; the statistics 'selon les "
                      "statistiques de la Ligue nationale de rugby (LNR)' are an inverted indirect quote with the "
                      "issuer named as speaker; 'L'ancien international s'est dit « honoré »' has the noun "
                      "'international' as speaker, canonical the new president named in the sentence before; "
                      "'Selon Sud Ouest, <clause>' (a newspaper as source).")
    a["notes"].append("Events: the new president ('a nommé vendredi l'ancien talonneur X président du directoire') is "
                      "a required role (organization optional: 'le club maritime' of the sentence before); the "
                      "predecessor 'en remplacement de X' is optional, as 'remplace' in the seventh set; the coach "
                      "('l'entraîneur rochelais', organization optional) and 'le manager de Bordeaux-Bègles' "
                      "(organization required) are roles; the club's net income and revenue of 2027, given 'Selon "
                      "Sud Ouest', are two results of the Stade Rochelais ('le club'; the revenue's period "
                      "optional). A transfer with a fee ('pour une indemnité de 450 000 euros') is no event, as in "
                      "the earlier sets. Dates: 'samedi' (the match, the day before the Sunday dateline), 'samedi "
                      "prochain', 'vendredi', 'quarante minutes' (a duration inside the quote), 'été dernier', "
                      "'2019' ('en poste depuis 2019'), '2027'. Scores ('31-17', '24-20') are not dates.")
    a["notes"].append("Also: 'chez les Harlequins, à Londres, le 4 février en Coupe des champions' gives the club "
                      "(ORG), the town (LOC), the date and the competition (MISC); 'a prévenu leur capitaine, X' is "
                      "a direct quote of the captain, whose position is an optional role (as a player's position "
                      "in the earlier sets); 'Les Rochelais' (the players) is no entity.")
    M(a, f"450{NB}000 euros", 450000, "EUR")
    M(a, "1,3 million d'euros", 1.3e6, "EUR")
    M(a, "48 millions d'euros", 48e6, "EUR")
    P(a, f"88{NN}%", 88)
    P(a, f"79{NN}%", 79)
    P(a, f"7{NN}%", 7)
    D(a, "23 janvier", "2028-01-23", note="dateline")
    D(a, "samedi", "2028-01-22", note="the match, the day before the Sunday dateline")
    D(a, "quarante minutes", "PT40M", typ="DURATION", note="inside the quote")
    D(a, "été dernier", "2027-SU", note="'l'été dernier'")
    D(a, "vendredi", "2028-01-21")
    D(a, "2019", "2019", note="'en poste depuis 2019'")
    D(a, "2027", "2027")
    D(a, "samedi prochain", "2028-01-29")
    D(a, "4 février", "2028-02-04", note="future")
    Q(a, "« [Ce sera un autre défi] »", "direct", "a prévenu", ("Romain Lacombe", "Romain Lacombe", PER), gender="male",
      note="'leur capitaine' (of the Rochelais) in apposition")
    V(a, "role", "capitaine", {"person": "Romain Lacombe", "title": "capitaine", "organization": ("opt", SR)},
      optional=True, note="a player's position in the team, as in the earlier sets")
    Q(a, "« [On a souffert pendant quarante minutes, puis on a retrouvé notre rugby. Je suis fier de ce groupe] »",
      "direct", "a déclaré", (YB, YB, PER), gender="male",
      note="a quote over two sentences; the name is in apposition to 'l'entraîneur rochelais'")
    Q(a, "« [pas encore] »", "direct", "Il [a ajouté] que", ("[Il] a ajouté", YB, PER), gender="male",
      note="partly quoted clause after 'Il a ajouté que'")
    Q(a, "« [trop de fautes bêtes] »", "direct", "a regretté", (ES, ES, PER), gender="male",
      note="a marked noun phrase after 'a regretté'")
    Q(a, "« [On a offert le match] »", "direct", "a-t-il résumé", ("a-t-[il] résumé", ES, PER), gender="male")
    Q(a, f"[La Rochelle a réussi 88{NN}% de ses plaquages, contre 79{NN}% pour l'UBB], selon", "indirect",
      "[selon] les statistiques", (LNR, LNR, ORG), note="inverted 'selon' with the issuer named")
    Q(a, "« [honoré] »", "direct", "s'est dit", ("L'ancien [international]", CM, PER), gender="male",
      note="'L'ancien international' is the new president named in the sentence before")
    Q(a, f"Selon Sud Ouest, [le club a dégagé un bénéfice net de 1,3 million d'euros en 2027, pour un chiffre d'affaires de 48 millions d'euros, en hausse de 7{NN}%].",
      "indirect", "[Selon] Sud", ("Sud Ouest", "Sud Ouest", ORG))
    V(a, "role", "entraîneur", {"person": YB, "title": "entraîneur", "organization": ("opt", SR)},
      note="'l'entraîneur rochelais'")
    V(a, "role", "manager", {"person": ES, "title": "manager", "organization": "[Bordeaux-Bègles], Éric"},
      note="'le manager de Bordeaux-Bègles'")
    V(a, "role", "président du directoire", {"person": CM, "title": "président du directoire",
                                             "organization": ("opt", SR)},
      note="a new post ('a nommé ... X président du directoire'); 'le club maritime' of the sentence before")
    V(a, "role", "remplacement", {"person": GA, "organization": ("opt", SR)}, optional=True,
      note="a predecessor after 'en remplacement de', no title")
    V(a, "result", "bénéfice net", {"company": SR, "metric": "net_income", "amount": "1,3 million d'euros",
                                    "period": "2027"}, note="'le club' is the Stade Rochelais")
    V(a, "result", "chiffre d'affaires", {"company": SR, "metric": "revenue", "amount": "48 millions d'euros",
                                          "change": f"7{NN}%", "period": ("opt", "2027")})


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    NV, PC, MD, TM, JM = "Nadia Vercammen", "Pieter Claessens", "Mireille Dethier", "Terre de Meuse", "Julie Mahieu"
    FL = "FGTB Liège-Huy-Waremme"
    # ------------------------------------------------------------ E: a strike in Liège, a cooperative's round
    a = B.article("E-greve-liege", "2028-02-24", (
        "LIÈGE, 24 février (Belga) - Les chauffeurs de Valmeuse, l'entreprise liégeoise de collecte des déchets, "
        "étaient en grève ce jeudi à l'appel de la FGTB et de la CSC. Selon les syndicats, "
        f"82{NB}% du personnel roulant a suivi le mouvement, un chiffre que la direction ramène à 61{NB}%.\n\n"
        f"Les grévistes réclament depuis trois semaines une hausse salariale de 4{NB}%. {O}On nous parle de résultats record, mais nos "
        f"salaires stagnent depuis 2024{C}, a lancé {NV}, permanente de la {FL}. La direction a fait savoir "
        f"qu'elle {O}reste ouverte au dialogue{C}. Une nouvelle journée de grève aura lieu le 2 mars faute "
        "d'accord, a prévenu la CSC.\n\n"
        "Valmeuse a publié mardi ses résultats annuels : son chiffre d'affaires a atteint 186 millions d'euros en "
        f"2027, en hausse de 5,2{NB}%, et son bénéfice net 7,4 millions d'euros. {O}Ces bénéfices financent nos "
        f"camions électriques{C}, indique le groupe dans un communiqué. Son administrateur délégué, {PC}, a "
        "précisé que 12 millions d'euros seraient investis cette année.\n\n"
        "Le conseil communal, réuni lundi, a voté une motion de soutien aux travailleurs. "
        f"{O}La propreté de la ville ne peut pas être prise en otage, mais les revendications sont légitimes{C}, "
        f"a déclaré la bourgmestre, {MD} (PS). {O}Une médiation doit s'ouvrir d'ici la fin de la semaine{C}, "
        "a-t-elle précisé.\n\n"
        f"La coopérative {TM}, qui gère trois épiceries à Liège et à Seraing, a bouclé une levée de fonds de "
        f"850{NN}000 euros auprès de 1{NN}200 coopérateurs et de W.Alter, a fait savoir sa présidente, {JM}. "
        f"{O}Les Liégeois veulent reprendre la main sur leur alimentation{C}, selon elle."))
    for s, l, c, o in [("LIÈGE", LOC, None, False), ("Belga", ORG, None, False), ("Valmeuse", ORG, None, False),
                       (FL, ORG, None, False), ("FGTB", ORG, None, False), ("CSC", ORG, None, False),
                       (NV, PER, None, False), (PC, PER, None, False), (MD, PER, None, False), ("PS", ORG, None, False),
                       (TM, ORG, None, False), ("Liège", LOC, None, False), ("Seraing", LOC, None, False),
                       ("W.Alter", ORG, None, False), (JM, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Belgian local news (RTBF style, Belga dateline); 'bourgmestre' (mayor), 'administrateur "
                      "délégué' (CEO) and 'permanente' (a union official) are Belgian titles.")
    a["notes"].append("Entities: the unions 'FGTB' and 'CSC' (acronyms never spelled out) keep their form; the "
                      "regional branch 'FGTB Liège-Huy-Waremme' is one ORG (the towns inside not annotated), "
                      "distinct from the bare 'FGTB'; 'PS' in brackets after the mayor is the party (ORG); 'W.Alter' "
                      "(a Walloon public social-economy financier, named with no cue) is ORG; 'Belga' (the agency) "
                      "is ORG. 'liégeoise', 'Les Liégeois' are an adjective and a demonym; 'Le conseil communal', "
                      "'la direction', 'la ville' are not names.")
    a["notes"].append("Quotes: 'Selon les syndicats, <clause>' has a noun-phrase speaker (canonical null, as in the "
                      "third set); 'La direction a fait savoir qu'elle « ... »' gives one direct quote for the marked "
                      "words, speaker 'La direction', canonical Valmeuse (as in the seventh set); 'indique le groupe "
                      "dans un communiqué' has the company as speaker; 'a-t-elle précisé' and 'selon elle' (after "
                      "a direct quote) are the mayor and the cooperative's president; the cooperative's round is an "
                      "indirect quote of its president ('..., a fait savoir sa présidente, X', inverted). Not quotes: "
                      "'réclament une hausse salariale' (a noun-phrase object), 'a voté une motion'.")
    a["notes"].append("Events: Valmeuse's 2027 revenue (with its change) and net income (period optional: the year "
                      "is written once, for both) are results; the cooperative's round ('a bouclé une levée de fonds "
                      "de 850 000 euros auprès de 1 200 coopérateurs et de W.Alter') is a funding event with W.Alter "
                      "as investor (the members are a count, not a name). The 12 million euros 'seraient investis "
                      "cette année' (an investment plan) and the wage claim are no event. Roles: 'permanente de la "
                      "FGTB Liège-Huy-Waremme' (organization required), 'Son administrateur délégué, X' "
                      "(organization optional), 'la bourgmestre, X (PS)' (person only, as mayors in the earlier "
                      "sets), 'sa présidente, X' (organization optional). Dates: 'ce jeudi' (the dateline day), "
                      "'mardi', 'lundi' (earlier this week), 'depuis 2024' inside the quote, 'cette année', 'fin de "
                      "la semaine' (this ISO week, mod END). '1 200 coopérateurs' is a count.")
    a["notes"].append("Also: '..., a prévenu la CSC' (a union speaking by name, inverted) is an indirect quote with "
                      "the union as speaker; '2 mars' is this coming 2 March; 'depuis trois semaines' a duration.")
    M(a, "186 millions d'euros", 186e6, "EUR")
    M(a, "7,4 millions d'euros", 7.4e6, "EUR")
    M(a, "12 millions d'euros", 12e6, "EUR")
    M(a, f"850{NN}000 euros", 850000, "EUR")
    P(a, f"82{NB}%", 82)
    P(a, f"61{NB}%", 61)
    P(a, f"4{NB}%", 4)
    P(a, f"5,2{NB}%", 5.2)
    D(a, "24 février", "2028-02-24", note="dateline")
    D(a, "ce jeudi", "2028-02-24", note="the dateline day")
    D(a, "2024", "2024", note="'depuis 2024', inside the quote")
    D(a, "2 mars", "2028-03-02", note="future")
    D(a, "trois semaines", "P3W", typ="DURATION", note="'depuis trois semaines'")
    Q(a, "[Une nouvelle journée de grève aura lieu le 2 mars faute d'accord], a prévenu", "indirect", "a prévenu",
      ("prévenu la [CSC]", "CSC", ORG), note="inverted reporting clause; a union speaking")
    D(a, "mardi", "2028-02-22", note="past: this week's Tuesday")
    D(a, "2027", "2027")
    D(a, "cette année", "2028")
    D(a, "lundi", "2028-02-21", note="past: 'réuni lundi'")
    D(a, "fin de la semaine", "2028-W08", mod="END", note="'d'ici la fin de la semaine', inside the quote")
    Q(a, f"Selon les syndicats, [82{NB}% du personnel roulant a suivi le mouvement, un chiffre que la direction ramène à 61{NB}%].",
      "indirect", "[Selon] les syndicats", ("Selon [les syndicats]", None, None),
      note="a plural noun phrase for the two unions: canonical null")
    Q(a, f"{O}[On nous parle de résultats record, mais nos salaires stagnent depuis 2024]{C}", "direct", "a lancé",
      (NV, NV, PER), gender="female", note="'permanente' shows the gender")
    Q(a, f"{O}[reste ouverte au dialogue]{C}", "direct", "a fait savoir", ("La [direction] a fait", "Valmeuse", ORG),
      note="partly quoted clause; 'La direction' is Valmeuse's management")
    Q(a, f"{O}[Ces bénéfices financent nos camions électriques]{C}", "direct", "indique", ("indique le [groupe]", "Valmeuse", ORG),
      note="the company speaking through a press release")
    Q(a, "précisé que [12 millions d'euros seraient investis cette année].", "indirect", "a précisé", (PC, PC, PER),
      gender="male", note="'administrateur délégué' and the given name show the gender")
    Q(a, f"{O}[La propreté de la ville ne peut pas être prise en otage, mais les revendications sont légitimes]{C}",
      "direct", "a déclaré", (MD, MD, PER), gender="female", note="'la bourgmestre' shows the gender")
    Q(a, f"{O}[Une médiation doit s'ouvrir d'ici la fin de la semaine]{C}", "direct", "a-t-elle précisé",
      ("a-t-[elle] précisé", MD, PER), gender="female")
    Q(a, f"[La coopérative {TM}, qui gère trois épiceries à Liège et à Seraing, a bouclé une levée de fonds de 850{NN}000 euros auprès de 1{NN}200 coopérateurs et de W.Alter], a fait savoir",
      "indirect", "[a fait savoir] sa présidente", (JM, JM, PER), gender="female", note="inverted reporting clause")
    Q(a, f"{O}[Les Liégeois veulent reprendre la main sur leur alimentation]{C}", "direct", "[selon] elle",
      ("selon [elle]", JM, PER), gender="female", note="'selon elle' after a direct quote")
    V(a, "result", "chiffre d'affaires", {"company": "Valmeuse", "metric": "revenue", "amount": "186 millions d'euros",
                                          "change": f"5,2{NB}%", "period": "2027"})
    V(a, "result", "bénéfice net", {"company": "Valmeuse", "metric": "net_income", "amount": "7,4 millions d'euros",
                                    "period": ("opt", "2027")})
    V(a, "funding", "levée de fonds", {"company": TM, "amount": f"850{NN}000 euros", "investors": ["W.Alter"]},
      note="a cooperative's round; '1 200 coopérateurs' is a count, not an investor name")
    V(a, "role", "permanente", {"person": NV, "title": "permanente", "organization": FL})
    V(a, "role", "administrateur délégué", {"person": PC, "title": "administrateur délégué",
                                            "organization": ("opt", "Valmeuse")},
      note="'Son administrateur délégué': Valmeuse of the sentence before")
    V(a, "role", "bourgmestre", {"person": MD}, note="'la bourgmestre, X (PS)': person only, as mayors")
    V(a, "role", "présidente", {"person": JM, "title": "présidente", "organization": ("opt", TM)},
      note="'sa présidente': the cooperative, subject of the sentence")


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    HCL, ANR, HAS = "Hospices civils de Lyon", "Agence nationale de la recherche", "Haute Autorité de santé"
    SMD, RLM, AF, SPF = "Sophie Marchal-Diallo", "Raymond Le Moal", "Antoine Ferrier", "Santé publique France"
    # ------------------------------------------------------------ F: a telemonitoring study, a biotech's seed round
    a = B.article("F-etude-cardiologie", "2028-06-07", (
        f"LYON, 7 juin - Selon une étude des {HCL} (HCL) menée sur 4{NN}812 patients, une télésurveillance "
        f"réduit de 23{NN}% les réhospitalisations après une insuffisance cardiaque. Publiés mardi dans The "
        f"Lancet, ces travaux ont été financés en partie par l'{ANR} (ANR).\n\n"
        f"{O}C'est la première fois qu'on le démontre à cette échelle. Le bénéfice dépasse nos attentes{C}, "
        f"explique la cardiologue {SMD}, qui a coordonné l'essai pendant trois ans. Selon elle, l'effet est "
        f"plus net chez les plus de 75 ans, avec une baisse de 31{NN}%. Les patients portaient un patch connecté "
        "conçu par HeartSignal, qui avait levé 3 millions d'euros en 2026. La jeune pousse de Villeurbanne vise "
        "l'Allemagne dès l'an prochain, a indiqué son cofondateur, Hugo Brenner.\n\n"
        f"Le directeur général des HCL, {RLM}, a salué un {O}résultat majeur pour l'hôpital public{C}. Selon "
        f"{SPF}, l'insuffisance cardiaque touche 1,5 million de personnes en France et cause 70{NN}000 décès "
        "par an.\n\n"
        f"La {HAS} (HAS) doit rendre un avis sur le remboursement du dispositif d'ici à la fin de l'année. "
        f"{O}Nous examinerons les données avec attention{C}, a indiqué un porte-parole de la HAS. L'Assurance "
        "maladie estime que la généralisation ferait économiser 180 millions d'euros par an, soit "
        f"0,2{NN}% des dépenses de soins de ville.\n\n"
        "La biotech grenobloise Cardiomics a annoncé mercredi avoir levé 7,5 millions d'euros en amorçage auprès "
        f"de Sofinnova Partners et de Bpifrance. {O}Cet argent doit nous mener jusqu'aux essais cliniques, en "
        f"2030{C}, précise son président, {AF}."))
    for s, l, c, o in [("LYON", LOC, None, False), (HCL, ORG, None, False), ("HCL", ORG, HCL, False),
                       ("The Lancet", ORG, None, False), (ANR, ORG, None, False), ("ANR", ORG, ANR, False),
                       (SMD, PER, None, False), ("HeartSignal", ORG, None, False), (RLM, PER, None, False),
                       (SPF, ORG, None, False), ("France", LOC, None, False), (HAS, ORG, None, False),
                       ("HAS", ORG, HAS, False), ("Assurance maladie", ORG, None, False),
                       ("Cardiomics", ORG, None, False), ("Sofinnova Partners", ORG, None, False),
                       ("Bpifrance", ORG, None, False), (AF, PER, None, False),
                       ("Villeurbanne", LOC, None, False), ("Allemagne", LOC, None, False),
                       ("Hugo Brenner", PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Health news (Le Monde style): a dateline without an agency; the reference date is the "
                      "dateline day (Wednesday 7 June 2028).")
    a["notes"].append("Entities: the hospital group, the research agency and the health authority are each named "
                      "in full with their acronym in brackets: full name as canonical for every mention ('(HCL)', "
                      "'des HCL'; '(ANR)'; '(HAS)', 'de la HAS'); 'Lyon' inside 'Hospices civils de Lyon' and "
                      "'France' inside 'Santé publique France' are not annotated separately, 'en France' is LOC. "
                      "'The Lancet' (a journal, with its English article) is ORG, as media; 'HeartSignal' (an "
                      "English-named start-up with no cue word) and 'Cardiomics' are ORG; 'L'Assurance maladie' is "
                      "ORG without its elided article. 'grenobloise' is an adjective.")
    a["notes"].append("Quotes: 'Selon une étude des Hospices civils de Lyon (HCL) menée sur ..., <clause>' has the "
                      "issuer the text names as speaker (the HCL), as 'Selon un sondage Ifop' in the fifth set; the "
                      "researcher's quote runs over two sentences ('explique la cardiologue X', inverted), then "
                      "'Selon elle, <clause>'; 'a salué un « ... »' one direct quote for the marked words; 'Selon "
                      "Santé publique France, <clause>' (a public agency as source); 'a indiqué un porte-parole de "
                      "la HAS' a noun-phrase speaker (canonical null, as the spokespersons of the earlier sets); "
                      "'L'Assurance maladie estime que <clause>'; 'Cardiomics a annoncé mercredi avoir levé ...' "
                      "from the infinitive, speaker the company; 'précise son président, X' inverted.")
    a["notes"].append("Events: Cardiomics' seed round (round 'amorçage', the two investors, the dateline Wednesday) "
                      "and HeartSignal's earlier round ('qui avait levé 3 millions d'euros en 2026', no round name) "
                      "are two funding events; the health insurer's saving estimate is no result. Roles: 'Le "
                      "directeur général des HCL, X' (organization required), 'son président, X' (Cardiomics, "
                      "organization optional); 'la cardiologue X' (a profession, no post in a body) is no role. "
                      "Money: '3 millions d'euros', '180 millions d'euros' (a yearly saving), '7,5 millions "
                      "d'euros'; '1,5 million de personnes', '70 000 décès', '4 812 patients' are counts. Dates: "
                      "'plus de 75 ans' (an age) is optional, as ages in the earlier sets; 'par an' twice (a rate) "
                      "is optional; 'fin de l'année' (this year, mod END); 'trois ans' a duration.")
    a["notes"].append("Also: 'La jeune pousse de Villeurbanne vise l'Allemagne dès l'an prochain, a indiqué son "
                      "cofondateur, X' is an inverted indirect quote (the start-up named by a noun phrase, "
                      "Villeurbanne and Allemagne LOC, 'an prochain' 2029); 'son cofondateur' is a role with a "
                      "title (organization optional), unlike the seventh set's founders stated by a verb.")
    M(a, "3 millions d'euros", 3e6, "EUR")
    M(a, "180 millions d'euros", 180e6, "EUR")
    M(a, "7,5 millions d'euros", 7.5e6, "EUR")
    P(a, f"23{NN}%", 23)
    P(a, f"31{NN}%", 31)
    P(a, f"0,2{NN}%", 0.2)
    D(a, "7 juin", "2028-06-07", note="dateline")
    D(a, "mardi", "2028-06-06", note="past: the day before the Wednesday dateline")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'pendant trois ans'")
    D(a, "75 ans", "P75Y", typ="DURATION", opt=True, note="an age ('les plus de 75 ans')")
    D(a, "2026", "2026")
    D(a, "an prochain", "2029", note="'dès l'an prochain'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "fin de l'année", "2028", mod="END", note="'d'ici à la fin de l'année'")
    D(a, "par an", "P1Y", typ="SET", nth=1, opt=True, note="a rate")
    D(a, "mercredi", "2028-06-07", note="the dateline day")
    D(a, "2030", "2030", note="inside the quote")
    Q(a, f"patients, [une télésurveillance réduit de 23{NN}% les réhospitalisations après une insuffisance cardiaque].",
      "indirect", "[Selon] une étude", (f"des [{HCL}]", HCL, ORG),
      note="'Selon une étude des HCL ..., <clause>': the issuer named")
    Q(a, f"{O}[C'est la première fois qu'on le démontre à cette échelle. Le bénéfice dépasse nos attentes]{C}",
      "direct", "explique", (SMD, SMD, PER), gender="female", note="a quote over two sentences; 'la cardiologue'")
    Q(a, f"Selon elle, [l'effet est plus net chez les plus de 75 ans, avec une baisse de 31{NN}%].", "indirect",
      "[Selon] elle", ("Selon [elle]", SMD, PER), gender="female")
    Q(a, f"{O}[résultat majeur pour l'hôpital public]{C}", "direct", "a salué", (RLM, RLM, PER), gender="male",
      note="'Le directeur général' shows the gender")
    Q(a, f"Selon {SPF}, [l'insuffisance cardiaque touche 1,5 million de personnes en France et cause 70{NN}000 décès par an].",
      "indirect", f"[Selon] {SPF}", (SPF, SPF, ORG))
    Q(a, f"{O}[Nous examinerons les données avec attention]{C}", "direct", "a indiqué",
      ("[un porte-parole de la HAS]", None, None), note="an unnamed spokesperson: noun phrase, canonical null")
    Q(a, f"estime que [la généralisation ferait économiser 180 millions d'euros par an, soit 0,2{NN}% des dépenses de soins de ville].",
      "indirect", "estime", ("Assurance maladie", "Assurance maladie", ORG))
    Q(a, "annoncé mercredi [avoir levé 7,5 millions d'euros en amorçage auprès de Sofinnova Partners et de Bpifrance].",
      "indirect", "a annoncé", ("Cardiomics", "Cardiomics", ORG),
      note="'a annoncé avoir levé': the span starts at the infinitive")
    Q(a, f"{O}[Cet argent doit nous mener jusqu'aux essais cliniques, en 2030]{C}", "direct", "précise", (AF, AF, PER),
      gender="male", note="'son président' shows the gender")
    V(a, "funding", "[levé] 7,5", {"company": "Cardiomics", "amount": "7,5 millions d'euros", "round": "amorçage",
                                   "investors": ["Sofinnova Partners", "Bpifrance"], "date": "mercredi"})
    V(a, "funding", "[levé] 3", {"company": "HeartSignal", "amount": "3 millions d'euros", "date": "2026"},
      note="an earlier round referred back to ('qui avait levé ... en 2026')")
    V(a, "role", "directeur général", {"person": RLM, "title": "directeur général", "organization": "[HCL], Raymond"})
    Q(a, "[La jeune pousse de Villeurbanne vise l'Allemagne dès l'an prochain], a indiqué", "indirect", "[a indiqué] son",
      ("Hugo Brenner", "Hugo Brenner", PER), gender="male", note="inverted reporting clause; 'cofondateur' shows the gender")
    V(a, "role", "cofondateur", {"person": "Hugo Brenner", "title": "cofondateur", "organization": ("opt", "HeartSignal")},
      note="'son cofondateur': 'La jeune pousse' of the same sentence")
    V(a, "role", "président", {"person": AF, "title": "président", "organization": ("opt", "Cardiomics")},
      note="'son président': the biotech of the sentence before")
