"""The six articles of the tenth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind10`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % in A, C, E; thousands in A, C; inside guillemets in C and E)
NN = "\u202f"    # narrow no-break space (before % in B, D, F; inside guillemets in B and F)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    OM, SG, KZ, BLH, HL = ("Olivier Mabillon", "Sabine Gaudinet", "Karima Zerrouki", "Bertrand Le Hir",
                           "Hugo Lemonnier")
    ADLC = "Autorité de la concurrence"
    # ------------------------------------------------------------ A: a retailer sells its supermarket chain (web, Avec AFP)
    a = B.article("A-cession-supermarches", "2029-03-14", (
        "Dorvane vend ses supermarchés Primavelle à Gaudinet pour 460 millions d'euros\n"
        "Par Manon Lécuyer\n"
        "Publié le 14/03/2029 à 10h42\n\n"
        "Le distributeur Dorvane tourne la page des supermarchés. Le groupe a annoncé mardi la cession de son enseigne "
        "Primavelle et de ses 112 magasins à son concurrent Gaudinet, pour 460 millions d'euros. L'opération doit être "
        f"bouclée d'ici fin septembre, sous réserve du feu vert de l'{ADLC}.\n\n"
        "« Nous avons cherché pendant deux ans un repreneur qui garde tous les magasins », a déclaré le PDG de "
        f"Dorvane, {OM}. Selon lui, Primavelle a perdu 78 millions d'euros l'an dernier, pour un chiffre "
        f"d'affaires de 2,1 milliards d'euros, en recul de 6,5{NB}%.\n\n"
        "Gaudinet, qui exploite déjà 240 magasins dans les Hauts-de-France et en Belgique, avait racheté en 2026 les "
        f"supérettes Comptoir Duhamel. Sa part de marché passera à 9,8{NB}%. « C'est une chance historique pour une "
        f"entreprise familiale », s'est félicitée sa présidente, {SG}, 58 ans.\n\n"
        f"Les syndicats, eux, s'inquiètent. « On nous vend comme des rayonnages », a lancé {KZ}, déléguée "
        f"de la CGT chez Primavelle. Force ouvrière estime que 1{NB}200 postes sont menacés dans les entrepôts. Selon "
        "la CFDT, la direction n'a donné « aucune garantie écrite » sur les salaires.\n\n"
        f"L'{ADLC} examinera les 19 villes où les deux enseignes se font face. Des cessions de "
        f"magasins « ne sont pas exclues », a prévenu son président, {BLH}.\n\n"
        f"À la Bourse de Paris, l'action Dorvane s'envolait de 12,3{NB}% vers 10 heures, tandis que Gaudinet gagnait "
        f"2,4{NB}%. « Le prix est bas, mais Dorvane se débarrasse d'un boulet », juge {HL}, analyste chez "
        "Bryan Garnier.\n\n"
        "(Avec AFP)"))
    for s, l, c, o in [("Manon Lécuyer", PER, None, False), (SG, PER, None, False), ("Dorvane", ORG, None, False),
                       ("Primavelle", ORG, None, False), ("Gaudinet", ORG, None, False), (ADLC, ORG, None, False),
                       (OM, PER, None, False), ("Hauts-de-France", LOC, None, False), ("Belgique", LOC, None, False),
                       ("Comptoir Duhamel", ORG, None, False), (KZ, PER, None, False), ("CGT", ORG, None, False),
                       ("Force ouvrière", ORG, None, False), ("CFDT", ORG, None, False), (BLH, PER, None, False),
                       ("Bourse de Paris", ORG, None, False), (HL, PER, None, False),
                       ("Bryan Garnier", ORG, None, False), ("AFP", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article copied as plain text: a headline line (no final full stop), a byline ('Par "
                      "Manon Lécuyer') and a publication line ('Publié le 14/03/2029 à 10h42'), no dateline; the "
                      "text ends with the agency credit '(Avec AFP)'. The reference date is the publication day "
                      "(Wednesday 14 March 2029). The headline and the byline are annotated as any text: the "
                      "byline's name is PER, the headline's companies ORG and its amount money.")
    a["notes"].append("Entities: 'Dorvane' (the seller, a coined retailer's name with no legal form and no cue word in "
                      "the headline, 'l'action Dorvane', 'Dorvane se débarrasse'), its banner 'Primavelle' (l'enseigne, "
                      "also bare: 'Primavelle a perdu', 'chez Primavelle') and the buyer 'Gaudinet' (a family "
                      "company named after its family: ORG in every bare mention, 'Sabine Gaudinet' PER) are ORG; "
                      "'les supérettes Comptoir Duhamel' is ORG (a chain named after a person). 'Force ouvrière' "
                      "(the union written in full, lower-case 'ouvrière'), 'CGT', 'CFDT' are ORG; 'Bryan Garnier' "
                      "(a broker, two words that look like a person's name, after 'chez') is ORG; 'Bourse de "
                      "Paris' is ORG as in the earlier sets; 'AFP' in the closing credit is ORG. 'Les syndicats', "
                      "'la direction', 'le groupe', 'l'enseigne' are not names.")
    a["notes"].append("Quotes: the seller's CEO ('a déclaré le PDG de Dorvane, X', then 'Selon lui, <clause>' with "
                      "the loss and the revenue inside it); the buyer's chair 's'est félicitée sa présidente, X'; "
                      "the CGT delegate ('a lancé X, déléguée de la CGT chez Primavelle'); 'Force ouvrière estime "
                      "que <clause>' (a union speaking by name, indirect); 'Selon la CFDT, la direction n'a donné « "
                      "aucune garantie écrite » sur les salaires' gives one direct quote for the marked words, the "
                      "CFDT speaking ('la direction' inside the clause is not the speaker); 'Des cessions de "
                      "magasins « ne sont pas exclues », a prévenu son président, X' one direct quote for the "
                      "marked words; the analyst 'juge X'. 'Le groupe a annoncé mardi la cession de ...' takes a "
                      "noun phrase: an optional quote, as in the earlier sets. 'Les syndicats, eux, s'inquiètent' "
                      "is no quote.")
    a["notes"].append("Events: the sale of the banner ('a annoncé mardi la cession de son enseigne Primavelle et de "
                      "ses 112 magasins à son concurrent Gaudinet, pour 460 millions d'euros', to be completed 'd'ici "
                      "fin septembre' subject to the competition authority) is one acquisition, 'announced', target "
                      "Primavelle, buyer Gaudinet, seller Dorvane; the headline states the same fact (one event, "
                      "the body's mention). The buyer's earlier purchase ('avait racheté en 2026 les supérettes "
                      "Comptoir Duhamel', no price) is a done acquisition. Results of the banner given by the "
                      "seller's CEO inside 'Selon lui': the loss ('Primavelle a perdu 78 millions d'euros l'an "
                      "dernier', metric loss) and the revenue with its fall (period optional: written once for "
                      "both). Roles: 'le PDG de Dorvane, X' (organization required), 'sa présidente, X' "
                      "(organization optional: Gaudinet, subject of the paragraph), 'X, déléguée de la CGT chez "
                      "Primavelle' (title 'déléguée', organization the CGT), 'son président, X' (the Autorité de "
                      "la concurrence, organization optional), 'analyste chez Bryan Garnier' (organization "
                      "required). The competition review, the market share and the share moves are no events.")
    a["notes"].append("Dates: the publication line '14/03/2029 à 10h42' is one TIME (day and clock time, span "
                      "without 'Publié le'), as 'lundi à 9 heures' in the earlier sets; 'mardi' is the day before "
                      "the Wednesday publication; 'd'ici fin septembre' the coming September with mod END; "
                      "'pendant deux ans' a duration; 'l'an dernier' 2028; 'vers 10 heures' a time of the "
                      "publication day (span without 'vers', as 'Vers 11 h 15' in the fifth set); '58 ans' (an "
                      "age) optional. '112 magasins', '240 magasins', '1 200 postes', '19 villes' are counts.")
    M(a, "460 millions d'euros", 460e6, "EUR", nth=0)
    M(a, "460 millions d'euros", 460e6, "EUR", nth=1)
    M(a, "78 millions d'euros", 78e6, "EUR")
    M(a, "2,1 milliards d'euros", 2.1e9, "EUR")
    P(a, f"6,5{NB}%", 6.5)
    P(a, f"9,8{NB}%", 9.8)
    P(a, f"12,3{NB}%", 12.3)
    P(a, f"2,4{NB}%", 2.4)
    D(a, "14/03/2029 à 10h42", "2029-03-14T10:42", typ="TIME", note="the publication line: day and clock time")
    D(a, "mardi", "2029-03-13", note="past: the day before the Wednesday publication")
    D(a, "fin septembre", "2029-09", mod="END", note="future: 'd'ici fin septembre'")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'pendant deux ans', inside the quote")
    D(a, "an dernier", "2028", note="'l'an dernier'")
    D(a, "2026", "2026")
    D(a, "58 ans", "P58Y", typ="DURATION", opt=True, note="an age")
    D(a, "10 heures", "2029-03-14T10:00", typ="TIME", note="'vers 10 heures' on the publication day")
    Q(a, "annoncé mardi [la cession de son enseigne Primavelle et de ses 112 magasins à son concurrent Gaudinet, pour 460 millions d'euros].",
      "indirect", "a annoncé", ("Le [groupe] a annoncé", "Dorvane", ORG), optional=True,
      note="'a annoncé' + noun phrase, not a clause; 'Le groupe' is Dorvane")
    Q(a, "« [Nous avons cherché pendant deux ans un repreneur qui garde tous les magasins] »", "direct",
      "a déclaré", (OM, OM, PER), gender="male", note="'le PDG' and the given name show the gender")
    Q(a, f"Selon lui, [Primavelle a perdu 78 millions d'euros l'an dernier, pour un chiffre d'affaires de 2,1 milliards d'euros, en recul de 6,5{NB}%].",
      "indirect", "[Selon] lui", ("Selon [lui]", OM, PER), gender="male")
    Q(a, "« [C'est une chance historique pour une entreprise familiale] »", "direct", "s'est félicitée",
      (SG, SG, PER), gender="female", note="'sa présidente' and the agreement show the gender")
    Q(a, "« [On nous vend comme des rayonnages] »", "direct", "a lancé", (KZ, KZ, PER), gender="female",
      note="'déléguée' shows the gender")
    Q(a, f"estime que [1{NB}200 postes sont menacés dans les entrepôts].", "indirect", "estime",
      ("Force ouvrière", "Force ouvrière", ORG), note="a union speaking by name")
    Q(a, "« [aucune garantie écrite] »", "direct", "[Selon] la CFDT", ("CFDT", "CFDT", ORG),
      note="partly marked clause after 'Selon la CFDT,': one direct quote for the marked words")
    Q(a, "« [ne sont pas exclues] »", "direct", "a prévenu", (BLH, BLH, PER), gender="male",
      note="marked words inside the reported clause, inverted; 'son président' shows the gender")
    Q(a, "« [Le prix est bas, mais Dorvane se débarrasse d'un boulet] »", "direct", "juge", (HL, HL, PER),
      gender="male", note="the given name shows the gender")
    V(a, "acquisition", "cession", {"target": "Primavelle", "buyer": "Gaudinet", "seller": "Dorvane",
                                    "amount": "460 millions d'euros", "date": "mardi", "status": "announced"},
      note="to be completed 'd'ici fin septembre', subject to the competition authority; the headline states the "
           "same fact")
    V(a, "result", "perdu", {"company": "Primavelle", "metric": "loss", "amount": "78 millions d'euros",
                             "period": "an dernier"}, note="inside 'Selon lui': the banner's loss")
    V(a, "result", "chiffre d'affaires", {"company": "Primavelle", "metric": "revenue",
                                          "amount": "2,1 milliards d'euros", "change": f"6,5{NB}%",
                                          "period": ("opt", "an dernier")},
      note="'en recul de 6,5 %': change as written; the year is written once for both figures")
    V(a, "acquisition", "racheté", {"target": "Comptoir Duhamel", "buyer": "Gaudinet", "date": "2026",
                                    "status": "done"}, note="an earlier purchase, no price")
    V(a, "role", "PDG", {"person": OM, "title": "PDG", "organization": "Dorvane"})
    V(a, "role", "présidente", {"person": SG, "title": "présidente", "organization": ("opt", "Gaudinet")},
      note="'sa présidente': Gaudinet, subject of the paragraph")
    V(a, "role", "déléguée", {"person": KZ, "title": "déléguée", "organization": "CGT"},
      note="'X, déléguée de la CGT chez Primavelle'")
    V(a, "role", "son [président], Bertrand", {"person": BLH, "title": "président", "organization": ("opt", ADLC)},
      note="'son président': the Autorité de la concurrence, subject of the sentence before")
    V(a, "role", "analyste", {"person": HL, "title": "analyste", "organization": "Bryan Garnier"})

    define_b(B)
    define_c(B)
    define_d(B)
    define_e(B)
    define_f(B)


def define_b(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    SVA, JMD, NC, WDS = "Sofie Van Acker", "Jean-Marc Delvaux", "Nathalie Collignon", "Wouter De Smedt"
    SFPI = "Société fédérale de participations et d'investissement"
    MIN = "ministre fédérale de l'Énergie"
    # ------------------------------------------------------------ B: a Belgian utility's annual results and new CEO
    a = B.article("B-resultats-energie-belge", "2029-03-01", (
        "BRUXELLES, 1er mars (Belga) - Le groupe énergétique carolorégien Hainova a dégagé en 2028 un bénéfice net "
        f"de 612 millions d'euros, en hausse de 9,6{NN}%, malgré un chiffre d'affaires en repli de 11{NN}%, à 8,4 "
        "milliards d'euros, selon un communiqué publié jeudi. Son excédent brut d'exploitation (Ebitda) atteint 1,37 "
        f"milliard d'euros (+4,1{NN}%) et sa dette nette a été ramenée à 3,2 milliards d'euros, contre 3,9 "
        "milliards d'euros fin 2027.\n\n"
        f"Le conseil d'administration a par ailleurs nommé administratrice déléguée {SVA}, 47 ans, jusqu'ici "
        "directrice des opérations du gestionnaire de réseau néerlandais Noordnet. Elle succédera le 1er mai au CEO "
        f"{JMD}, qui part à la retraite après neuf ans à la tête du groupe. "
        f"{O}Hainova doit devenir le champion belge de l'éolien en mer{C}, a-t-elle déclaré. Selon elle, le groupe "
        "investira 2 milliards d'euros d'ici 2032.\n\n"
        f"{O}Je laisse une entreprise désendettée et rentable{C}, a affirmé M. Delvaux lors d'une conférence de presse "
        "à Charleroi. Il a précisé que la centrale au gaz de Farciennes resterait ouverte jusqu'en 2035.\n\n"
        f"La {MIN}, {NC}, a salué {O}un choix de continuité{C} et rappelé que "
        f"l'État détient 25{NN}% du capital via la {SFPI} (SFPI). La "
        "SFPI touchera 38 millions d'euros de dividendes.\n\n"
        f"{O}Les résultats sont solides, mais le dividende déçoit{C}, juge {WDS}, analyste chez Degroof "
        "Petercam. Le groupe versera 1,85 euro par action, contre 2,10 euros l'an dernier. À la Bourse de Bruxelles, "
        f"l'action Hainova cédait 3,2{NN}% vers 11 heures."))
    for s, l, c, o in [("BRUXELLES", LOC, None, False), ("Belga", ORG, None, False), ("Hainova", ORG, None, False),
                       (SVA, PER, None, False), ("Noordnet", ORG, None, False), (JMD, PER, None, False),
                       ("Delvaux", PER, JMD, False), ("Charleroi", LOC, None, False), ("Farciennes", LOC, None, False),
                       (NC, PER, None, False), (SFPI, ORG, None, False), ("SFPI", ORG, SFPI, False),
                       (WDS, PER, None, False), ("Degroof Petercam", ORG, None, False),
                       ("Bourse de Bruxelles", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Belgian agency dispatch (BRUXELLES, Belga): the reference date is the dateline day (Thursday "
                      "1 March 2029). Belgian corporate titles: 'administratrice déléguée' (the Belgian CEO title, "
                      "feminine) and 'CEO'.")
    a["notes"].append("Entities: 'Hainova' (a coined utility's name) is ORG; 'carolorégien' (of Charleroi) is an "
                      "adjective; 'Noordnet' (a Dutch grid operator, the new CEO's employer until now) is ORG; the "
                      "federal holding named in full with its acronym in brackets has the full name as canonical "
                      "for both mentions ('(SFPI)', 'La SFPI'); 'Degroof Petercam' (a bank, after 'chez') and "
                      "'Bourse de Bruxelles' are ORG; 'Charleroi' and 'Farciennes' (the town of a gas plant) are "
                      "LOC; 'M. Delvaux' is Jean-Marc Delvaux (span without the title). 'Ebitda' (a metric), "
                      "'l'État', 'Le conseil d'administration', 'le groupe' are not entities; 'belge', "
                      "'néerlandais' are adjectives.")
    a["notes"].append("Quotes: the results 'selon un communiqué publié jeudi' (inverted, the company's statement: "
                      "the issuer the context names, Hainova, speaks through the noun 'communiqué', as 'selon un "
                      "communiqué' in the fourth set); the new CEO '« ... », a-t-elle déclaré' and 'Selon elle, "
                      "<clause>' ('elle' is Sofie Van Acker, subject of the sentence before); the outgoing CEO 'a "
                      "affirmé M. Delvaux' then 'Il a précisé que <clause>'; the minister 'a salué « ... » et "
                      "rappelé que <clause>' (one direct and one indirect quote, the auxiliary of the second verb "
                      "elided); the analyst 'juge X'.")
    a["notes"].append("Events: results for 2028: net profit with its rise (period 2028), revenue with its fall and "
                      "EBITDA with its rise ('excédent brut d'exploitation (Ebitda)', change '+4,1 %'), both with "
                      "the period optional (written once, in the first sentence); net debt ('sa dette nette a été "
                      "ramenée à 3,2 milliards d'euros') is an optional result (metric other: a balance-sheet "
                      "figure, not a flow). The investment plan ('investira 2 milliards d'euros d'ici 2032'), the "
                      "dividend and the State holding's stake and dividends are no events. Roles: the new post "
                      "'a ... nommé administratrice déléguée X' (required, organization optional: the company of "
                      "the paragraph before), her post until now 'jusqu'ici directrice des opérations du "
                      "gestionnaire de réseau néerlandais Noordnet' (required, organization required, as in the "
                      "seventh and ninth sets), 'au CEO Jean-Marc Delvaux' (the outgoing CEO, title before the "
                      "name, organization optional), 'Elle succédera ... à X' (optional, no title), 'La ministre "
                      "fédérale de l'Énergie, X' (title with its adjective, no organization, as 'ministre fédéral "
                      "de l'Industrie' in the fifth set), 'analyste chez Degroof Petercam'.")
    a["notes"].append("Dates: 'en 2028' the financial year; 'jeudi' the dateline day; 'fin 2027' (the comparison "
                      "date of the debt) 2027 with mod END; '1er mai' the coming one; 'après neuf ans' a duration; "
                      "'d'ici 2032', 'jusqu'en 2035'; 'l'an dernier' 2028; 'vers 11 heures' a time of the dateline "
                      "day; '47 ans' (an age) and 'jusqu'ici' optional. Money: '1,85 euro' and '2,10 euros' are "
                      "dividends per share (money, as prices per share in the earlier sets).")
    M(a, "612 millions d'euros", 612e6, "EUR")
    M(a, "8,4 milliards d'euros", 8.4e9, "EUR")
    M(a, "1,37 milliard d'euros", 1.37e9, "EUR")
    M(a, "3,2 milliards d'euros", 3.2e9, "EUR")
    M(a, "3,9 milliards d'euros", 3.9e9, "EUR")
    M(a, "2 milliards d'euros", 2e9, "EUR")
    M(a, "38 millions d'euros", 38e6, "EUR")
    M(a, "1,85 euro", 1.85, "EUR")
    M(a, "2,10 euros", 2.1, "EUR")
    P(a, f"9,6{NN}%", 9.6)
    P(a, f"11{NN}%", 11)
    P(a, f"+4,1{NN}%", 4.1)
    P(a, f"25{NN}%", 25)
    P(a, f"3,2{NN}%", 3.2)
    D(a, "1er mars", "2029-03-01", note="dateline")
    D(a, "2028", "2028", note="'en 2028': the financial year just ended")
    D(a, "jeudi", "2029-03-01", note="the dateline day ('un communiqué publié jeudi')")
    D(a, "fin 2027", "2027", mod="END", note="the comparison date of the net debt")
    D(a, "47 ans", "P47Y", typ="DURATION", opt=True, note="an age")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True)
    D(a, "1er mai", "2029-05-01", note="future: 'Elle succédera le 1er mai'")
    D(a, "neuf ans", "P9Y", typ="DURATION", note="'après neuf ans à la tête du groupe'")
    D(a, "2032", "2032", note="'d'ici 2032'")
    D(a, "2035", "2035", note="'jusqu'en 2035'")
    D(a, "an dernier", "2028", note="'l'an dernier'")
    D(a, "11 heures", "2029-03-01T11:00", typ="TIME", note="'vers 11 heures' on the dateline day")
    Q(a, f"[Le groupe énergétique carolorégien Hainova a dégagé en 2028 un bénéfice net de 612 millions d'euros, en hausse de 9,6{NN}%, malgré un chiffre d'affaires en repli de 11{NN}%, à 8,4 milliards d'euros], selon",
      "indirect", "[selon] un communiqué", ("selon un [communiqué]", "Hainova", ORG),
      note="inverted 'selon un communiqué': the company's statement, issuer Hainova")
    Q(a, f"{O}[Hainova doit devenir le champion belge de l'éolien en mer]{C}", "direct", "a-t-elle déclaré",
      ("a-t-[elle] déclaré", SVA, PER), gender="female", note="'elle' is the new CEO, subject of the sentence before")
    Q(a, "Selon elle, [le groupe investira 2 milliards d'euros d'ici 2032].", "indirect", "[Selon] elle",
      ("Selon [elle]", SVA, PER), gender="female")
    Q(a, f"{O}[Je laisse une entreprise désendettée et rentable]{C}", "direct", "a affirmé", ("M. [Delvaux]", JMD, PER),
      gender="male", note="'M.' shows the gender")
    Q(a, "précisé que [la centrale au gaz de Farciennes resterait ouverte jusqu'en 2035].", "indirect", "a précisé",
      ("[Il] a précisé", JMD, PER), gender="male", note="'Il' is the outgoing CEO of the sentence before")
    Q(a, f"{O}[un choix de continuité]{C}", "direct", "a salué", (NC, NC, PER), gender="female",
      note="'La ministre' shows the gender")
    Q(a, f"rappelé que [l'État détient 25{NN}% du capital via la {SFPI} (SFPI)].", "indirect", "rappelé",
      (NC, NC, PER), gender="female", note="second verb after 'et', auxiliary elided ('a salué ... et rappelé que')")
    Q(a, f"{O}[Les résultats sont solides, mais le dividende déçoit]{C}", "direct", "juge", (WDS, WDS, PER),
      gender="male", note="the given name (Dutch, male) shows the gender")
    V(a, "result", "bénéfice net", {"company": "Hainova", "metric": "net_income", "amount": "612 millions d'euros",
                                    "change": f"9,6{NN}%", "period": "2028"})
    V(a, "result", "chiffre d'affaires", {"company": "Hainova", "metric": "revenue",
                                          "amount": "8,4 milliards d'euros", "change": f"11{NN}%",
                                          "period": ("opt", "2028")},
      note="'en repli de 11 %': change as written")
    V(a, "result", "excédent brut d'exploitation", {"company": "Hainova", "metric": "ebitda",
                                                    "amount": "1,37 milliard d'euros", "change": f"+4,1{NN}%",
                                                    "period": ("opt", "2028")},
      note="'Son excédent brut d'exploitation (Ebitda)': the company of the sentence before")
    V(a, "result", "dette nette", {"company": "Hainova", "metric": "other", "amount": "3,2 milliards d'euros"},
      optional=True, note="a balance-sheet figure (net debt), not a flow")
    V(a, "role", "administratrice déléguée", {"person": SVA, "title": "administratrice déléguée",
                                              "organization": ("opt", "Hainova")},
      note="a new post ('a ... nommé administratrice déléguée X')")
    V(a, "role", "directrice des opérations", {"person": SVA, "title": "directrice des opérations",
                                               "organization": "Noordnet"},
      note="her post until now, after the name ('jusqu'ici directrice des opérations du gestionnaire ... Noordnet')")
    V(a, "role", "CEO", {"person": JMD, "title": "CEO", "organization": ("opt", "Hainova")},
      note="'au CEO Jean-Marc Delvaux': the outgoing CEO, title before the name")
    V(a, "role", "succédera", {"person": JMD, "organization": ("opt", "Hainova")}, optional=True,
      note="the predecessor named after 'succédera à': no title of its own")
    V(a, "role", MIN, {"person": NC, "title": MIN})
    V(a, "role", "analyste", {"person": WDS, "title": "analyste", "organization": "Degroof Petercam"})


def define_c(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    MLC, YG, ASR, MCa = "Mathis Le Coadic", "Yannick Guéguen", "Anne-Sophie Rouxel", "Michel Caradec"
    NSM, FB, FFC, UCI = ("Novamer-Saint-Malo", "Ferralba-Bergamo", "Fédération française de cyclisme",
                         "Union cycliste internationale")
    # ------------------------------------------------------------ C: cycling, Paris-Nice and a new team sponsor (web)
    a = B.article("C-cyclisme-sponsor", "2029-03-11", (
        "Paris-Nice : Le Coadic s'impose à Nice, son équipe change de sponsor\n"
        "Par Romain Taillefer\n"
        "Publié le 11/03/2029 à 18h05\n\n"
        f"{MLC} ({NSM}) a remporté dimanche la dernière étape de Paris-Nice, autour de Nice, "
        f"en battant au sprint l'Italien Davide Ferracin ({FB}). Le Danois Rasmus Vinther (Kvist-Aarhus) "
        "s'adjuge le classement général avec 14 secondes d'avance.\n\n"
        f"{O}Mathis a attendu le dernier virage, c'est exactement ce qu'on avait prévu{C}, a savouré son directeur "
        f"sportif, {YG}. {O}On a couru pour lui toute la semaine{C}, a-t-il ajouté. Le Coadic, 24 ans, "
        f"s'est dit {O}libéré{C} après deux deuxièmes places.\n\n"
        "La veille, l'équipe bretonne avait officialisé son nouveau sponsor principal : le groupe laitier Brélivet, "
        f"basé à Fougères, apportera 24 millions d'euros sur quatre ans, soit 40{NB}% du budget, et la formation "
        "deviendra Brélivet-Saint-Malo en janvier 2030. L'assureur Novamer se retire fin décembre. "
        f"{O}Le vélo parle à nos clients, dans chaque bourg{C}, a expliqué la PDG de Brélivet, {ASR}. "
        "Son groupe, qui avait racheté en 2027 la fromagerie normande Vauquelin, réalise 1,2 milliard d'euros de "
        "chiffre d'affaires.\n\n"
        "Selon Ouest-France, l'équipe a aussi recruté pour 2030 le grimpeur colombien Andrés Quintero, 22 ans, "
        f"libéré par {FB} contre 600{NB}000 euros.\n\n"
        f"Le président de la {FFC} (FFC), {MCa}, a salué "
        f"{O}un signal fort pour le cyclisme breton{C}. La FFC estime que le nombre de licenciés a progressé de "
        f"6{NB}% en 2028. L'{UCI} (UCI) examinera en décembre la licence de l'équipe."))
    for s, l, c, o in [("Paris-Nice", MISC, None, False), (MLC, PER, None, False), ("Le Coadic", PER, MLC, False),
                       ("Mathis", PER, MLC, False), ("Nice", LOC, None, False), ("Romain Taillefer", PER, None, False),
                       (NSM, ORG, None, False), ("Davide Ferracin", PER, None, False), (FB, ORG, None, False),
                       ("Rasmus Vinther", PER, None, False), ("Kvist-Aarhus", ORG, None, False), (YG, PER, None, False),
                       ("Brélivet-Saint-Malo", ORG, None, False), ("Brélivet", ORG, None, False),
                       ("Fougères", LOC, None, False), ("Novamer", ORG, None, False), (ASR, PER, None, False),
                       ("Vauquelin", ORG, None, False), ("Ouest-France", ORG, None, False),
                       ("Andrés Quintero", PER, None, False), (FFC, ORG, None, False), ("FFC", ORG, FFC, False),
                       (MCa, PER, None, False), (UCI, ORG, None, False), ("UCI", ORG, UCI, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web sports article copied as plain text: a headline line, a byline ('Par Romain Taillefer') "
                      "and a publication line ('Publié le 11/03/2029 à 18h05'); the reference date is the "
                      "publication day (Sunday 11 March 2029), the day of the race's last stage.")
    a["notes"].append("Entities: cycling teams named by a sponsor and a town ('Novamer-Saint-Malo', "
                      "'Ferralba-Bergamo', 'Kvist-Aarhus', the future 'Brélivet-Saint-Malo') are one ORG each, the "
                      "company and the town inside not annotated separately, as in the fifth set; the sponsors named "
                      "alone ('le groupe laitier Brélivet', 'la PDG de Brélivet', 'L'assureur Novamer') are ORG. The "
                      "race 'Paris-Nice' (headline and body) is MISC, the two towns inside it not annotated; 'à "
                      "Nice' (headline) and 'autour de Nice' are LOC. 'Le Coadic' (a Breton surname whose 'Le' is "
                      "part of the name, kept in the span) and 'Mathis' alone inside the quote are the stage "
                      "winner. 'la fromagerie normande Vauquelin' (a surname) is ORG; 'Ouest-France' (the paper) is "
                      "ORG; the federations named in full with their acronyms in brackets have the full name as "
                      "canonical for every mention ('FFC' twice, 'UCI'). Demonyms ('l'Italien', 'Le Danois') and "
                      "adjectives ('bretonne', 'normande', 'colombien', 'breton') are not entities; 'l'équipe', "
                      "'la formation', 'Son groupe' are not names.")
    a["notes"].append("Quotes: the sports director after the stage ('a savouré son directeur sportif, X', then "
                      "'a-t-il ajouté'); the winner 's'est dit « libéré »' (one marked word, speaker 'Le Coadic'); "
                      "the sponsor's CEO ('a expliqué la PDG de Brélivet, X'); 'Selon Ouest-France, <clause>' (the "
                      "signing); the federation's president 'a salué « ... »'; 'La FFC estime que <clause>' (a body "
                      "speaking by its acronym). 'l'équipe bretonne avait officialisé son nouveau sponsor principal : "
                      "<clause>' is an optional quote (the verb takes a noun phrase, the colon gives the details), "
                      "as 'a officialisé le départ de ...' in the seventh set.")
    a["notes"].append("Events: a sponsorship ('apportera 24 millions d'euros sur quatre ans'), the team's change "
                      "of name and a rider's signing with a release fee ('recruté ... contre 600 000 euros') are no "
                      "events, as sponsorships and transfers in the earlier sets (the amounts are money). The "
                      "sponsor's earlier purchase ('Son groupe, qui avait racheté en 2027 la fromagerie normande "
                      "Vauquelin') is a done acquisition, and its yearly revenue ('réalise 1,2 milliard d'euros de "
                      "chiffre d'affaires', present tense, no period written) a result without period. Roles: 'son "
                      "directeur sportif, X' (the winner's team, organization optional), 'la PDG de Brélivet, X' "
                      "(organization required), 'Le président de la Fédération française de cyclisme (FFC), X' "
                      "(title 'président', organization required, as the supporters' association in the seventh "
                      "set); 'le grimpeur colombien X' (a rider's speciality) is an optional role.")
    a["notes"].append("Dates: the publication line is one TIME; 'dimanche' the publication day; 'La veille' the day "
                      "before (Saturday 10 March); 'sur quatre ans' a duration; 'janvier 2030' and 'pour 2030' "
                      "(the signing's season); 'fin décembre' (the outgoing sponsor's exit) this December with mod "
                      "END; 'en décembre' (the UCI's review) this December; '2027', '2028'. Optional: the time gap "
                      "'14 secondes', the ages and 'toute la semaine' (inside a quote: the race week).")
    M(a, "24 millions d'euros", 24e6, "EUR")
    M(a, "1,2 milliard d'euros", 1.2e9, "EUR")
    M(a, f"600{NB}000 euros", 600000, "EUR")
    P(a, f"40{NB}%", 40)
    P(a, f"6{NB}%", 6)
    D(a, "11/03/2029 à 18h05", "2029-03-11T18:05", typ="TIME", note="the publication line: day and clock time")
    D(a, "dimanche", "2029-03-11", note="the publication day")
    D(a, "14 secondes", "PT14S", typ="DURATION", opt=True, note="a time gap in a race")
    D(a, "toute la semaine", "2029-W10", opt=True, note="inside the quote: the race week")
    D(a, "24 ans", "P24Y", typ="DURATION", opt=True, note="an age")
    D(a, "La veille", "2029-03-10", note="anaphoric: the day before the Sunday stage")
    D(a, "quatre ans", "P4Y", typ="DURATION", note="'sur quatre ans'")
    D(a, "janvier 2030", "2030-01")
    D(a, "fin décembre", "2029-12", mod="END", note="future: 'se retire fin décembre'")
    D(a, "2027", "2027")
    D(a, "2030", "2030", nth=1, note="'recruté pour 2030': the season")
    D(a, "22 ans", "P22Y", typ="DURATION", opt=True, note="an age")
    D(a, "2028", "2028")
    D(a, "décembre", "2029-12", nth=1, note="future: 'examinera en décembre'")
    Q(a, f"principal : [le groupe laitier Brélivet, basé à Fougères, apportera 24 millions d'euros sur quatre ans, soit 40{NB}% du budget, et la formation deviendra Brélivet-Saint-Malo en janvier 2030].",
      "indirect", "avait officialisé", ("l'[équipe] bretonne", NSM, ORG), optional=True,
      note="'avait officialisé son nouveau sponsor principal : <clause>': the verb takes a noun phrase, the colon "
           "the details (as 'a officialisé le départ de ...' in the seventh set); 'l'équipe bretonne' is the "
           "winner's team")
    Q(a, f"{O}[Mathis a attendu le dernier virage, c'est exactement ce qu'on avait prévu]{C}", "direct", "a savouré",
      (YG, YG, PER), gender="male", note="the name is in apposition to 'son directeur sportif'")
    Q(a, f"{O}[On a couru pour lui toute la semaine]{C}", "direct", "a-t-il ajouté", ("a-t-[il] ajouté", YG, PER),
      gender="male")
    Q(a, f"{O}[libéré]{C}", "direct", "s'est dit", ("[Le Coadic], 24 ans", MLC, PER), gender="male",
      note="one marked word; the agreement shows the gender")
    Q(a, f"{O}[Le vélo parle à nos clients, dans chaque bourg]{C}", "direct", "a expliqué", (ASR, ASR, PER),
      gender="female", note="'la PDG' shows the gender")
    Q(a, f"Selon Ouest-France, [l'équipe a aussi recruté pour 2030 le grimpeur colombien Andrés Quintero, 22 ans, libéré par {FB} contre 600{NB}000 euros].",
      "indirect", "[Selon] Ouest-France", ("Ouest-France", "Ouest-France", ORG))
    Q(a, f"{O}[un signal fort pour le cyclisme breton]{C}", "direct", "a salué", (MCa, MCa, PER), gender="male",
      note="'Le président' shows the gender")
    Q(a, f"estime que [le nombre de licenciés a progressé de 6{NB}% en 2028].", "indirect", "estime",
      ("La [FFC] estime", FFC, ORG), note="the federation speaking by its acronym")
    V(a, "role", "directeur sportif", {"person": YG, "title": "directeur sportif", "organization": ("opt", NSM)},
      note="'son directeur sportif': the stage winner's team")
    V(a, "role", "PDG", {"person": ASR, "title": "PDG", "organization": "Brélivet"})
    V(a, "acquisition", "racheté", {"target": "Vauquelin", "buyer": "Brélivet", "date": "2027", "status": "done"},
      note="'Son groupe' is Brélivet, named in the sentence before")
    V(a, "result", "chiffre d'affaires", {"company": "Brélivet", "metric": "revenue",
                                          "amount": "1,2 milliard d'euros"},
      note="'réalise 1,2 milliard d'euros de chiffre d'affaires': no period written")
    V(a, "role", "grimpeur", {"person": "Andrés Quintero", "title": "grimpeur"}, optional=True,
      note="a rider's speciality, as players' positions in the earlier sets")
    V(a, "role", "[président] de la Fédération", {"person": MCa, "title": "président", "organization": FFC})


def define_d(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    NR, IB, LW, RK, SV, AP, HP = ("Néréide", "Inès Belkacem", "Lucas Wendling", "Rachel Kim", "Skylark Ventures",
                                  "Alder Peak Capital", "Harbor Lane Partners")
    # ------------------------------------------------------------ D: an AI start-up's series B (web, Lire aussi)
    a = B.article("D-levee-ia-serie-b", "2029-04-17", (
        f"IA : la start-up {NR} lève 180 millions d'euros et vise les États-Unis\n"
        "Par Thomas Guillon\n"
        "Publié le 17/04/2029 à 07h30\n\n"
        f"La start-up parisienne {NR}, qui conçoit des modèles d'« IA de confiance » pour les banques et les "
        f"assureurs, a annoncé mardi avoir levé 180 millions d'euros lors d'une série B menée par {SV}. "
        f"{AP}, {HP} et le fonds Ouessant complètent le tour de table, aux côtés de "
        "Bpifrance. L'opération valorise la jeune pousse 1,4 milliard d'euros, selon une source proche du dossier.\n\n"
        "Lire aussi : IA générative : les start-up françaises ont levé 2,3 milliards d'euros en 2028\n\n"
        f"Sa précédente levée, 15 millions d'euros en amorçage il y a deux ans, avait été menée par {AP}. "
        f"Depuis, {NR} a racheté en janvier la société lyonnaise Parlio et a réalisé l'an dernier un chiffre "
        "d'affaires de 9 millions d'euros. Son modèle Sirène 4.1, lancé en février, sera distribué par Microsoft sur "
        "sa plateforme Azure, grâce à un partenariat signé la semaine dernière. Un porte-parole de Microsoft a indiqué "
        "que le modèle serait proposé « dès juin » aux clients européens.\n\n"
        f"« Nous voulons prouver qu'une IA européenne peut être souveraine et rentable », explique {IB}, 36 "
        "ans, cofondatrice et directrice générale. Elle a ajouté que l'effectif passerait de 140 à 300 personnes "
        f"d'ici fin 2030. Selon son associé {LW}, directeur scientifique, « la moitié des fonds ira au "
        "calcul ».\n\n"
        f"« {NR} a la meilleure équipe de recherche d'Europe », estime {RK}, associée chez {SV}. "
        f"Les fondateurs conservent 34{NN}% du capital, {SV} en prend 12{NN}%. Le britannique Corvid, lui, a été "
        "valorisé 3 milliards de livres en mars."))
    for s, l, c, o in [(NR, ORG, None, False), ("États-Unis", LOC, None, False), ("Thomas Guillon", PER, None, False),
                       (SV, ORG, None, False), (AP, ORG, None, False), (HP, ORG, None, False),
                       ("Ouessant", ORG, None, False), ("Bpifrance", ORG, None, False), ("Parlio", ORG, None, False),
                       ("Sirène 4.1", MISC, None, False), ("Microsoft", ORG, None, False), ("Azure", MISC, None, False),
                       (IB, PER, None, False), (LW, PER, None, False), ("Europe", LOC, None, False),
                       (RK, PER, None, False), ("Corvid", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article copied as plain text: a headline line, a byline ('Par Thomas Guillon'), a "
                      "publication line ('Publié le 17/04/2029 à 07h30') and, between two paragraphs, a link line "
                      "'Lire aussi : <headline of another article>' (annotated as text: its amount is money and "
                      "its year a date; it states no event and no quote). The reference date is the publication "
                      "day (Tuesday 17 April 2029).")
    a["notes"].append("Entities: funds with English corporate words ('Skylark Ventures', 'Alder Peak Capital', "
                      "'Harbor Lane Partners') and with no suffix ('le fonds Ouessant', a fund named after an "
                      "island: ORG, not LOC; 'Bpifrance') are ORG; 'Néréide' (a coined start-up name, also bare "
                      "inside the investor's quote) and 'la société lyonnaise Parlio' are ORG; 'Microsoft' (the US "
                      "partner) is ORG, its cloud platform 'Azure' MISC (a product); the model with its version "
                      "number ('Sirène 4.1') is MISC, the number part of the name, as 'Tessera 3.1' in the ninth "
                      "set; 'Le britannique Corvid' is ORG. The marked words 'des modèles d'« IA de confiance »' "
                      "are a term, no quote and no entity; 'IA' is not an entity. 'parisienne', 'lyonnaise', "
                      "'européenne', 'britannique' are adjectives; 'La start-up', 'la jeune pousse', 'Les "
                      "fondateurs' are not names.")
    a["notes"].append("Quotes: 'a annoncé mardi avoir levé ...' spans from the infinitive, speaker the company; "
                      "'L'opération valorise la jeune pousse ..., selon une source proche du dossier' (inverted, a "
                      "noun-phrase speaker, canonical null); 'Un porte-parole de Microsoft a indiqué que le modèle "
                      "serait proposé « dès juin » ...' gives one direct quote for the marked words (a noun-phrase "
                      "speaker, canonical null, as the spokespersons of the earlier sets); the CEO 'explique X, 36 "
                      "ans, cofondatrice et directrice générale' then 'Elle a ajouté que <clause>'; 'Selon son "
                      "associé X, directeur scientifique, « ... »' (the whole clause marked: one direct quote); the "
                      "investor 'estime X, associée chez Skylark Ventures'.")
    a["notes"].append("Events: one fact, one event: the series B carries its lead investor, the four followers of "
                      "the next sentence and the valuation of the third ('L'opération valorise la jeune pousse 1,4 "
                      "milliard d'euros'), so there is no separate valuation event for Néréide; the headline states "
                      "the same round. The seed round referred to by a noun phrase ('Sa précédente levée, 15 "
                      "millions d'euros en amorçage il y a deux ans, avait été menée par Alder Peak Capital') is a "
                      "second funding event (trigger 'levée', round 'amorçage'); 'a racheté en janvier la société "
                      "lyonnaise Parlio' a done acquisition (no price); last year's revenue a result; the British "
                      "rival's 'a été valorisé 3 milliards de livres en mars' (no round) a valuation event. The "
                      "distribution partnership with Microsoft, the sector total of the 'Lire aussi' line and the "
                      "stakes ('34 %', '12 %') are no events. Roles: 'cofondatrice et directrice générale' (title "
                      "as written, with its 'et'; organization optional: the company of the article), 'directeur "
                      "scientifique' (organization optional), 'associée chez Skylark Ventures' (organization "
                      "required); 'son associé' (the CEO's partner, not a post in a body) is an optional role.")
    a["notes"].append("Dates: the publication line is one TIME; 'mardi' the publication day; 'il y a deux ans' "
                      "2027 (the seed round's year); 'en janvier', 'en février', 'en mars' in past-tense clauses "
                      "are this year's months; 'la semaine dernière' the ISO week before the publication's "
                      "(2029-W15); 'dès juin' (inside the marked words) the coming June; 'd'ici fin 2030' 2030 with "
                      "mod END; '2028' in the 'Lire aussi' line; '36 ans' (an age) optional; 'Depuis,' (since "
                      "then) is not annotated. Money: '3 milliards de livres' is GBP. '140 à 300 personnes' are "
                      "counts.")
    M(a, "180 millions d'euros", 180e6, "EUR", nth=0)
    M(a, "180 millions d'euros", 180e6, "EUR", nth=1)
    M(a, "1,4 milliard d'euros", 1.4e9, "EUR")
    M(a, "2,3 milliards d'euros", 2.3e9, "EUR")
    M(a, "15 millions d'euros", 15e6, "EUR")
    M(a, "9 millions d'euros", 9e6, "EUR")
    M(a, "3 milliards de livres", 3e9, "GBP")
    P(a, f"34{NN}%", 34)
    P(a, f"12{NN}%", 12)
    D(a, "17/04/2029 à 07h30", "2029-04-17T07:30", typ="TIME", note="the publication line: day and clock time")
    D(a, "mardi", "2029-04-17", note="the publication day")
    D(a, "2028", "2028", note="in the 'Lire aussi' line")
    D(a, "il y a deux ans", "2027", note="the seed round, two years before 2029")
    D(a, "janvier", "2029-01", note="past: 'a racheté en janvier'")
    D(a, "an dernier", "2028", note="'l'an dernier'")
    D(a, "février", "2029-02", note="past: 'lancé en février'")
    D(a, "semaine dernière", "2029-W15", note="'la semaine dernière': the ISO week before the publication's (W16)")
    D(a, "juin", "2029-06", note="future: 'dès juin', inside the marked words")
    D(a, "36 ans", "P36Y", typ="DURATION", opt=True, note="an age")
    D(a, "fin 2030", "2030", mod="END", note="'d'ici fin 2030'")
    D(a, "mars", "2029-03", note="past: 'a été valorisé ... en mars'")
    Q(a, f"annoncé mardi [avoir levé 180 millions d'euros lors d'une série B menée par {SV}].", "indirect",
      "a annoncé", (NR, NR, ORG), note="'a annoncé avoir levé': the span starts at the infinitive")
    Q(a, "[L'opération valorise la jeune pousse 1,4 milliard d'euros], selon", "indirect", "[selon] une source",
      ("selon [une source proche du dossier]", None, None), note="inverted 'selon' with an unnamed source")
    Q(a, "« [dès juin] »", "direct", "a indiqué", ("[Un porte-parole de Microsoft]", None, None),
      note="partly marked clause after 'a indiqué que le modèle serait proposé'; an unnamed spokesperson")
    Q(a, "« [Nous voulons prouver qu'une IA européenne peut être souveraine et rentable] »", "direct", "explique",
      (IB, IB, PER), gender="female", note="'cofondatrice et directrice générale' shows the gender")
    Q(a, "ajouté que [l'effectif passerait de 140 à 300 personnes d'ici fin 2030].", "indirect", "a ajouté",
      ("[Elle] a ajouté", IB, PER), gender="female", note="'Elle' is the CEO of the sentence before")
    Q(a, "« [la moitié des fonds ira au calcul] »", "direct", "[Selon] son associé", (LW, LW, PER), gender="male",
      note="'Selon X, « ... »': the whole clause marked, one direct quote; 'son associé' shows the gender")
    Q(a, f"« [{NR} a la meilleure équipe de recherche d'Europe] »", "direct", "estime", (RK, RK, PER),
      gender="female", note="'associée' shows the gender")
    V(a, "funding", "[levé] 180", {"company": NR, "amount": "180 millions d'euros", "round": "série B",
                                   "investors": [SV, AP, HP, "Ouessant", "Bpifrance"],
                                   "valuation": "1,4 milliard d'euros", "date": "mardi"},
      note="the followers of the next sentence and the valuation of the third belong to the round; the headline "
           "states the same round")
    V(a, "funding", "précédente [levée]", {"company": NR, "amount": "15 millions d'euros", "round": "amorçage",
                                           "investors": [AP], "date": "il y a deux ans"},
      note="an earlier round referred to by a noun phrase ('Sa précédente levée')")
    V(a, "acquisition", "racheté", {"target": "Parlio", "buyer": NR, "date": "janvier", "status": "done"})
    V(a, "result", "chiffre d'affaires", {"company": NR, "metric": "revenue", "amount": "9 millions d'euros",
                                          "period": "an dernier"})
    V(a, "role", "cofondatrice et directrice générale", {"person": IB, "title": "cofondatrice et directrice générale",
                                                         "organization": ("opt", NR)})
    V(a, "role", "directeur scientifique", {"person": LW, "title": "directeur scientifique",
                                            "organization": ("opt", NR)})
    V(a, "role", "associé", {"person": LW, "title": "associé"}, optional=True,
      note="'son associé': the CEO's partner, not a post in a body")
    V(a, "role", "associée", {"person": RK, "title": "associée", "organization": SV},
      note="'associée chez Skylark Ventures'")
    V(a, "valuation", "valorisé", {"company": "Corvid", "amount": "3 milliards de livres", "date": "mars"},
      note="a rival's valuation with no round")


def define_e(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    SB, GM, CD, HQ = "Samir Benhamou", "Grégoire Maupertuis", "Claire Despériers", "Hervé Quiniou"
    ART = "autorité de régulation des transports"
    # ------------------------------------------------------------ E: a rail strike (Reuters)
    a = B.article("E-greve-controleurs", "2029-04-05", (
        "PARIS, 5 avril (Reuters) - Quatre TGV sur dix ont été supprimés jeudi, au premier jour de la grève des "
        "contrôleurs de la SNCF, qui doit durer jusqu'à lundi 8 heures. Sur les lignes Intercités, "
        f"55{NB}% des trains étaient annulés, et 30{NB}% des TER en moyenne, selon la direction. En Île-de-France, "
        "le trafic du RER restait normal, mais à Lyon et à Marseille, les files d'attente s'allongeaient aux "
        "guichets.\n\n"
        "Le mouvement, lancé par SUD-Rail et la CGT-Cheminots, tombe au pire moment : les congés scolaires débutent "
        f"samedi dans la zone C. {O}Nous ne lâcherons rien tant que la prime de travail ne sera pas revalorisée{C}, a "
        f"prévenu le secrétaire général de SUD-Rail, {SB}. Le syndicat réclame 150 euros brut de plus par "
        f"mois et affirme que 78{NB}% des contrôleurs sont en grève.\n\n"
        f"{O}Cette grève prend en otage des millions de familles{C}, a dénoncé sur franceinfo le ministre des "
        f"Transports, {GM}, qui recevra les syndicats vendredi à 15 heures à l'hôtel de Roquelaure. "
        f"Il a ajouté que le service minimum serait {O}strictement appliqué{C}.\n\n"
        f"Chaque jour de grève coûte environ 25 millions d'euros à l'entreprise, selon sa PDG, {CD}. "
        "La SNCF, qui a dégagé en 2028 un bénéfice net de 1,6 milliard d'euros, ne propose qu'une hausse de "
        f"2,5{NB}%. Le dernier conflit des contrôleurs, il y a deux ans, avait coûté 110 millions d'euros, a rappelé "
        "un porte-parole.\n\n"
        f"Le président de l'{ART}, {HQ}, a jugé "
        f"{O}inacceptable{C} que les voyageurs n'aient été prévenus que mercredi soir. Les billets seront remboursés "
        f"à 100{NB}%, a assuré la direction, qui a activé son dispositif {O}Garantie voyage{C}."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("Reuters", ORG, None, False), ("TGV", MISC, None, True),
                       ("SNCF", ORG, None, False), ("Intercités", MISC, None, True), ("TER", MISC, None, True),
                       ("Île-de-France", LOC, None, False), ("RER", MISC, None, True), ("Lyon", LOC, None, False),
                       ("Marseille", LOC, None, False), ("SUD-Rail", ORG, None, False),
                       ("CGT-Cheminots", ORG, None, False), (SB, PER, None, False), ("franceinfo", ORG, None, False),
                       (GM, PER, None, False), ("hôtel de Roquelaure", LOC, None, True), (CD, PER, None, False),
                       (ART, ORG, None, False), (HQ, PER, None, False), ("Garantie voyage", MISC, None, True)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (PARIS, Reuters): the reference date is the dateline day (Thursday 5 April "
                      "2029), the strike's first day.")
    a["notes"].append("Entities: 'SNCF' (never spelled out) keeps its form; the unions 'SUD-Rail' and "
                      "'CGT-Cheminots' (one name with its hyphen) are ORG; the regulator written with a lower-case "
                      "head, 'l'autorité de régulation des transports', is a required ORG (a national body named by "
                      "its function, as 'parquet national financier' in the sixth set); 'franceinfo' is ORG. The "
                      "rail services 'TGV', 'Intercités', 'TER', 'RER' (brands of trains) are optional MISC; "
                      "'l'hôtel de Roquelaure' (the ministry's seat, where a meeting is held) optional LOC; the "
                      "passenger scheme between marks ('son dispositif « Garantie voyage »') is a name, no quote: "
                      "optional MISC, as the plans' names of the earlier sets. 'Île-de-France', 'Lyon', 'Marseille' "
                      "are LOC; 'la zone C' (a school-holiday zone), 'la direction', 'Le syndicat', 'l'entreprise' "
                      "are not names.")
    a["notes"].append("Quotes: 'selon la direction' (inverted, after the cancellation figures) and 'a assuré la "
                      "direction' (inverted) have the management as speaker, canonical SNCF (as 'La direction' in "
                      "the seventh set); the union leader ('a prévenu le secrétaire général de SUD-Rail, X'); 'Le "
                      "syndicat réclame ... et affirme que <clause>' (the noun 'Le syndicat', canonical SUD-Rail, "
                      "the union of the sentence before; 'réclame 150 euros ...' takes a noun phrase, no quote); "
                      "the minister 'a dénoncé sur franceinfo le ministre des Transports, X' then 'Il a ajouté que "
                      "le service minimum serait « ... »' (one direct quote for the marked words); '<clause>, selon "
                      "sa PDG, X' (inverted); '<clause>, a rappelé un porte-parole' (a noun phrase, canonical "
                      "null); the regulator's president 'a jugé « inacceptable » que ...' (one marked word).")
    a["notes"].append("Events: the SNCF's net profit for 2028 (told in a relative clause) is a result; roles: 'le "
                      "secrétaire général de SUD-Rail, X' (organization required), 'le ministre des Transports, X' "
                      "(no organization), 'sa PDG, X' (the company of the clause, organization optional), 'Le "
                      "président de l'autorité de régulation des transports, X' (organization required). A strike, "
                      "its cost, a wage claim, a pay offer and refunds are no events.")
    a["notes"].append("Dates: 'jeudi' the dateline day; 'jusqu'à lundi 8 heures' and 'vendredi à 15 heures' are each "
                      "one TIME (day and hour, as 'lundi à 9 heures' in the ninth set), the coming Monday and "
                      "Friday; 'samedi' the coming Saturday; 'en 2028'; 'il y a deux ans' 2027. Optional: 'par "
                      "mois' (a rate), 'Chaque jour' (a rate), 'mercredi soir' (a part of the day). Percentages: "
                      "the cancellation rates, a strike rate, a pay offer and '100 %' (refunds). 'Quatre TGV sur "
                      "dix' is a ratio in words, no percentage.")
    M(a, "150 euros", 150, "EUR")
    M(a, "25 millions d'euros", 25e6, "EUR")
    M(a, "1,6 milliard d'euros", 1.6e9, "EUR")
    M(a, "110 millions d'euros", 110e6, "EUR")
    P(a, f"55{NB}%", 55)
    P(a, f"30{NB}%", 30)
    P(a, f"78{NB}%", 78)
    P(a, f"2,5{NB}%", 2.5)
    P(a, f"100{NB}%", 100)
    D(a, "5 avril", "2029-04-05", note="dateline")
    D(a, "jeudi", "2029-04-05", note="the dateline day")
    D(a, "lundi 8 heures", "2029-04-09T08:00", typ="TIME", note="'jusqu'à lundi 8 heures': day and hour, future")
    D(a, "samedi", "2029-04-07", note="future: 'les congés scolaires débutent samedi'")
    D(a, "par mois", "P1M", typ="SET", opt=True, note="a rate")
    D(a, "vendredi à 15 heures", "2029-04-06T15:00", typ="TIME", note="future: day and hour")
    D(a, "Chaque jour", "P1D", typ="SET", opt=True, note="'Chaque jour de grève': a rate")
    D(a, "2028", "2028")
    D(a, "il y a deux ans", "2027", note="the last conflict")
    D(a, "mercredi soir", "2029-04-04TEV", typ="TIME", opt=True, note="a part of the day with no clock time")
    Q(a, f"[Sur les lignes Intercités, 55{NB}% des trains étaient annulés, et 30{NB}% des TER en moyenne], selon",
      "indirect", "[selon] la direction", ("selon la [direction]", "SNCF", ORG),
      note="inverted 'selon la direction': the SNCF's management")
    Q(a, f"{O}[Nous ne lâcherons rien tant que la prime de travail ne sera pas revalorisée]{C}", "direct",
      "a prévenu", (SB, SB, PER), gender="male", note="'le secrétaire général' shows the gender")
    Q(a, f"affirme que [78{NB}% des contrôleurs sont en grève].", "indirect", "affirme",
      ("Le [syndicat] réclame", "SUD-Rail", ORG), note="'Le syndicat' is SUD-Rail, the union of the sentence before")
    Q(a, f"{O}[Cette grève prend en otage des millions de familles]{C}", "direct", "a dénoncé", (GM, GM, PER),
      gender="male", note="'le ministre' shows the gender")
    Q(a, f"{O}[strictement appliqué]{C}", "direct", "a ajouté", ("[Il] a ajouté", GM, PER), gender="male",
      note="partly marked clause after 'Il a ajouté que le service minimum serait'")
    Q(a, "[Chaque jour de grève coûte environ 25 millions d'euros à l'entreprise], selon", "indirect",
      "[selon] sa PDG", (CD, CD, PER), gender="female", note="inverted 'selon sa PDG, X'; 'sa PDG' gives no "
      "gender by itself, the given name does")
    Q(a, "[Le dernier conflit des contrôleurs, il y a deux ans, avait coûté 110 millions d'euros], a rappelé",
      "indirect", "a rappelé", ("[un porte-parole]", None, None), note="inverted; an unnamed spokesperson")
    Q(a, f"{O}[inacceptable]{C}", "direct", "a jugé", (HQ, HQ, PER), gender="male",
      note="one marked word; 'Le président' shows the gender")
    Q(a, f"[Les billets seront remboursés à 100{NB}%], a assuré", "indirect", "a assuré",
      ("la [direction], qui", "SNCF", ORG), note="inverted; the management is the SNCF's")
    V(a, "role", "secrétaire général", {"person": SB, "title": "secrétaire général", "organization": "SUD-Rail"})
    V(a, "role", "ministre des Transports", {"person": GM, "title": "ministre des Transports"})
    V(a, "role", "PDG", {"person": CD, "title": "PDG", "organization": ("opt", "SNCF")},
      note="'sa PDG': the company ('l'entreprise') of the clause, the SNCF")
    V(a, "result", "bénéfice net", {"company": "SNCF", "metric": "net_income", "amount": "1,6 milliard d'euros",
                                    "period": "2028"})
    V(a, "role", "[président] de l'autorité", {"person": HQ, "title": "président", "organization": ART})


def define_f(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    FBe, MLD, DGR, GMa = "François Bellerive", "Maïté Laroche-Diallo", "Dominic Gagnon-Roy", "Geneviève Marcil"
    IQ, PLQ, BAPE = ("Investissement Québec", "Parti libéral du Québec",
                     "Bureau d'audiences publiques sur l'environnement")
    MIN = "ministre des Ressources naturelles et des Forêts"
    # ------------------------------------------------------------ F: Québec takes a stake in a graphite miner
    a = B.article("F-quebec-miniere", "2029-05-22", (
        f"QUÉBEC, 22 mai (La Presse Canadienne) - Le gouvernement du Québec va prendre 30{NN}% du capital de la "
        "minière Graphinord, qui exploite un gisement de graphite près de Baie-Comeau, pour 240 millions de dollars "
        f"canadiens (environ 162 millions d'euros), a annoncé mardi le premier ministre, {FBe}. La "
        f"participation sera détenue par {IQ} (IQ). Ottawa prêtera en outre 60 millions de dollars à "
        "l'entreprise.\n\n"
        f"{O}Le graphite de la Côte-Nord doit être transformé ici, pas en Asie{C}, a déclaré M. Bellerive lors d'un "
        "point de presse à Québec. L'opération valorise Graphinord à 800 millions de dollars, a précisé la "
        f"{MIN}, {MLD}. Selon Mme Laroche-Diallo, l'usine d'anodes prévue à "
        "Sept-Îles créera 450 emplois d'ici 2031.\n\n"
        "La minière avait levé 85 millions de dollars l'an dernier auprès de Desjardins et du fonds ontarien "
        f"Northlake Capital. Desjardins, qui détient 11{NN}% du capital, restera actionnaire, a fait savoir la "
        f"coopérative. Le président et chef de la direction de Graphinord, {DGR}, a assuré que "
        f"{O}l'entreprise restera québécoise{C}. L'action Graphinord a bondi de 18{NN}% mardi à la Bourse de "
        "Toronto.\n\n"
        f"Le {PLQ} (PLQ) dénonce {O}un chèque en blanc{C}. Le gouvernement {O}joue au casino avec "
        f"l'argent des contribuables{C}, a lancé la cheffe libérale, {GMa}. D'après Québec solidaire, la "
        f"société a enregistré une perte nette de 41 millions de dollars en 2028. Le {BAPE} "
        "(BAPE) rendra son rapport sur le projet fin juin."))
    for s, l, c, o in [("QUÉBEC", LOC, None, False), ("La Presse Canadienne", ORG, None, False),
                       (IQ, ORG, None, False), (PLQ, ORG, None, False), ("Québec solidaire", ORG, None, False),
                       ("Québec", LOC, None, False), ("Graphinord", ORG, None, False), ("Baie-Comeau", LOC, None, False),
                       (FBe, PER, None, False), ("Bellerive", PER, FBe, False), ("IQ", ORG, IQ, False),
                       ("Ottawa", ORG, None, True), ("Côte-Nord", LOC, None, False), ("Asie", LOC, None, False),
                       (MLD, PER, None, False), ("Laroche-Diallo", PER, MLD, False), ("Sept-Îles", LOC, None, False),
                       ("Desjardins", ORG, None, False), ("Northlake Capital", ORG, None, False),
                       (DGR, PER, None, False), ("Bourse de Toronto", ORG, None, False), ("PLQ", ORG, PLQ, False),
                       (GMa, PER, None, False), (BAPE, ORG, None, False), ("BAPE", ORG, BAPE, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Canadian agency dispatch (QUÉBEC, La Presse Canadienne): the reference date is the dateline "
                      "day (Tuesday 22 May 2029). Money: unqualified 'dollars' after '240 millions de dollars "
                      "canadiens' are Canadian dollars (CAD), as in the third and fifth sets; the euro equivalent "
                      "in brackets is a second money item, the event's amount being the first.")
    a["notes"].append("Entities: 'Le gouvernement du Québec' gives the province (LOC) and 'à Québec' (a press "
                      "conference held there) the city (LOC), both with the canonical 'Québec'; the dateline "
                      "'QUÉBEC' keeps its case; 'Investissement Québec', 'Parti libéral du Québec' and 'Québec "
                      "solidaire' (a party) are ORG and hold no separate 'Québec'; bodies named in full with their "
                      "acronym in brackets ('IQ', 'PLQ', 'BAPE') have the full name as canonical; 'Ottawa "
                      "prêtera' (the federal government by its capital) is optional ORG, as 'Québec n'accorderait' "
                      "in the third and fifth sets; 'Desjardins' (a cooperative bank, named like a family; later "
                      "'la coopérative') and 'Northlake Capital' are ORG; 'Bourse de Toronto' is ORG, holding no "
                      "separate 'Toronto'; 'Côte-Nord', 'Baie-Comeau', 'Sept-Îles', 'Asie' are LOC. 'M. "
                      "Bellerive' and 'Mme Laroche-Diallo' are spans without the title. 'ontarien', 'québécoise', "
                      "'libérale' are adjectives; 'Le gouvernement', 'La minière', 'la société' are not names.")
    a["notes"].append("Quotes: the announcement '<clause>, a annoncé mardi le premier ministre, X' (inverted, the "
                      "name in apposition); 'a déclaré M. Bellerive'; the minister '<clause>, a précisé la ministre "
                      "..., X' (inverted) then 'Selon Mme Laroche-Diallo, <clause>'; '<clause>, a fait savoir la "
                      "coopérative' (the noun 'la coopérative', canonical Desjardins, the subject of the clause); "
                      "the miner's CEO 'a assuré que « ... »' (the whole clause marked); 'Le Parti libéral du "
                      "Québec (PLQ) dénonce « un chèque en blanc »' (a marked noun phrase, the party speaking); 'Le "
                      "gouvernement « joue au casino ... », a lancé la cheffe libérale, X' (one direct quote for the "
                      "marked words); 'D'après Québec solidaire, <clause>'.")
    a["notes"].append("Events: the State's purchase of 30 % of the miner ('va prendre 30 % du capital de la minière "
                      "Graphinord ... pour 240 millions de dollars canadiens') is an announced acquisition with its "
                      "stake; the buyer is the government, which the text names by no organization, its holder "
                      "'Investissement Québec (IQ)' being given in the next sentence (buyer optional). "
                      "'L'opération valorise Graphinord à 800 millions de dollars' is a valuation event (an "
                      "acquisition carries no valuation role, and no funding round does here). 'La minière avait "
                      "levé 85 millions de dollars l'an dernier auprès de Desjardins et du fonds ontarien Northlake "
                      "Capital' is a funding event; the federal loan ('Ottawa prêtera en outre 60 millions de "
                      "dollars à l'entreprise') an optional funding event, as the public loans of the seventh set; "
                      "the 2028 net loss told by the opposition party a result (metric loss). Roles: 'le premier "
                      "ministre, X' and 'la ministre des Ressources naturelles et des Forêts, X' (no organization), "
                      "'Le président et chef de la direction de Graphinord, X' (the Québec CEO title, organization "
                      "required), 'la cheffe libérale, X' (a party leader: person only, as group chairs in the "
                      "earlier sets). Desjardins' stake and the BAPE's report are no events.")
    a["notes"].append("Dates: 'mardi' (twice) the dateline day; 'd'ici 2031'; 'l'an dernier' 2028; 'en 2028'; 'fin "
                      "juin' the coming June with mod END. '450 emplois' is a count.")
    M(a, "240 millions de dollars canadiens", 240e6, "CAD")
    M(a, "162 millions d'euros", 162e6, "EUR")
    M(a, "60 millions de dollars", 60e6, "CAD")
    M(a, "800 millions de dollars", 800e6, "CAD")
    M(a, "85 millions de dollars", 85e6, "CAD")
    M(a, "41 millions de dollars", 41e6, "CAD")
    P(a, f"30{NN}%", 30)
    P(a, f"11{NN}%", 11)
    P(a, f"18{NN}%", 18)
    D(a, "22 mai", "2029-05-22", note="dateline")
    D(a, "mardi", "2029-05-22", note="the dateline day ('a annoncé mardi')")
    D(a, "2031", "2031", note="'d'ici 2031'")
    D(a, "an dernier", "2028", note="'l'an dernier'")
    D(a, "mardi", "2029-05-22", nth=1, note="the dateline day (the share move)")
    D(a, "2028", "2028")
    D(a, "fin juin", "2029-06", mod="END", note="future: 'rendra son rapport ... fin juin'")
    Q(a, f"[Le gouvernement du Québec va prendre 30{NN}% du capital de la minière Graphinord, qui exploite un gisement de graphite près de Baie-Comeau, pour 240 millions de dollars canadiens (environ 162 millions d'euros)], a annoncé",
      "indirect", "a annoncé", (FBe, FBe, PER), gender="male",
      note="inverted reporting clause; the name is in apposition to 'le premier ministre'")
    Q(a, f"{O}[Le graphite de la Côte-Nord doit être transformé ici, pas en Asie]{C}", "direct", "a déclaré",
      ("M. [Bellerive]", FBe, PER), gender="male", note="'M.' shows the gender")
    Q(a, "[L'opération valorise Graphinord à 800 millions de dollars], a précisé", "indirect", "a précisé",
      (MLD, MLD, PER), gender="female", note="inverted; 'la ministre' shows the gender")
    Q(a, "Selon Mme Laroche-Diallo, [l'usine d'anodes prévue à Sept-Îles créera 450 emplois d'ici 2031].", "indirect",
      "[Selon] Mme", ("Mme [Laroche-Diallo]", MLD, PER), gender="female", note="'Mme' shows the gender")
    Q(a, f"[Desjardins, qui détient 11{NN}% du capital, restera actionnaire], a fait savoir", "indirect",
      "a fait savoir", ("la [coopérative].", "Desjardins", ORG),
      note="inverted; 'la coopérative' is Desjardins, subject of the clause")
    Q(a, f"{O}[l'entreprise restera québécoise]{C}", "direct", "a assuré", (DGR, DGR, PER), gender="male",
      note="'a assuré que « ... »': the whole clause marked; 'Le président' shows the gender")
    Q(a, f"{O}[un chèque en blanc]{C}", "direct", "dénonce", (PLQ, PLQ, ORG), note="a marked noun phrase after 'dénonce'")
    Q(a, f"{O}[joue au casino avec l'argent des contribuables]{C}", "direct", "a lancé", (GMa, GMa, PER),
      gender="female", note="partly marked clause, inverted; 'la cheffe' shows the gender")
    Q(a, "Québec solidaire, [la société a enregistré une perte nette de 41 millions de dollars en 2028].", "indirect",
      "[D'après] Québec", ("Québec solidaire", "Québec solidaire", ORG), note="'D'après <party>, <clause>'")
    V(a, "acquisition", "prendre", {"target": "Graphinord", "buyer": ("opt", IQ), "stake": f"30{NN}%",
                                    "amount": "240 millions de dollars canadiens", "date": "mardi",
                                    "status": "announced"},
      note="'va prendre 30 % du capital': the government buys, its agency Investissement Québec will hold the stake")
    V(a, "funding", "prêtera", {"company": "Graphinord", "amount": "60 millions de dollars"}, optional=True,
      note="a federal loan ('Ottawa prêtera ... à l'entreprise')")
    V(a, "valuation", "valorise", {"company": "Graphinord", "amount": "800 millions de dollars",
                                   "date": ("opt", "mardi")},
      note="'L'opération valorise Graphinord à ...': no funding event carries it")
    V(a, "funding", "levé", {"company": "Graphinord", "amount": "85 millions de dollars",
                             "investors": ["Desjardins", "Northlake Capital"], "date": "an dernier"},
      note="'La minière' is Graphinord")
    V(a, "result", "perte nette", {"company": "Graphinord", "metric": "loss", "amount": "41 millions de dollars",
                                   "period": "2028"}, note="'la société' is Graphinord; told by an opposition party")
    V(a, "role", "premier ministre", {"person": FBe, "title": "premier ministre"})
    V(a, "role", MIN, {"person": MLD, "title": MIN})
    V(a, "role", "président et chef de la direction", {"person": DGR, "title": "président et chef de la direction",
                                                       "organization": "Graphinord"})
    V(a, "role", "cheffe", {"person": GMa}, note="'la cheffe libérale, X': a party leader, person only")
