"""The three articles of the thirty-seventh blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind37`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, before 'point', before ':', inside the guillemets and in thousands in Z3)
NN = "\u202f"    # narrow no-break space (before %, before ':' and inside the guillemets in X3)
AP = "\u2019"    # typographic apostrophe (every apostrophe of Z3)


def define(B):
    define_x3(B)
    define_y3(B)
    define_z3(B)


def define_x3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    ST, HP, SIX, NP = "Sylvane Therapeutics", "Harrowgate Pharma", "SIX Swiss Exchange", "Nordvig Pharma"
    VC, LM, PH, TW, NBe, PJ, AB = ("Valérie Chappuis", "Léa Morand", "Pascal Hürlimann", "Thomas Whitfield",
                                   "Nadia Benmoussa", "Philippe Jaquier", "Anton Brechbühl")
    CE = "conseiller d'État vaudois chargé de l'Économie"
    # ------------------------------------------------------------ X3: a Lausanne biotech licenses its antibody worldwide to a US drug maker (upfront payment, milestones, royalties), which also subscribes a reserved capital increase; the biotech's half-year loss, its market value after the share's jump, the CEO, the CFO, the partner's research head, the partner's revenue and an earlier purchase, a Danish group's dropped approach, an analyst, the Vaud minister, the chairman and the IPO recalled (French-speaking Swiss business site)
    a = B.article("X3-licence-anticorps-biotech-lausanne", "2039-10-20", (
        f"{ST} signe avec l'américain Harrowgate un accord de licence à 1,2 milliard de dollars\n"
        f"La biotech lausannoise touchera 90 millions de dollars d'emblée. Son action a bondi de 38,4{NN}% à la SIX.\n"
        f"{VC} | Publié jeudi 20 octobre 2039 à 18:40\n\n"
        f"La biotech lausannoise {ST} a signé un accord de licence mondial avec le laboratoire américain {HP} pour "
        "SYL-204, son anticorps contre la fibrose pulmonaire, a-t-elle annoncé jeudi. Harrowgate versera 90 millions de "
        "dollars à la signature, puis jusqu'à 1,1 milliard de dollars de paiements d'étapes, précise un communiqué de "
        f"Sylvane. S'y ajouteront des redevances comprises entre 10 et 15{NN}% des ventes du médicament pendant douze ans.\n\n"
        "Le groupe du New Jersey souscrira en outre à une augmentation de capital réservée de CHF 45 millions, au prix de "
        f"62 francs par action, qui lui donnera 2,6{NN}% de la biotech. Cette opération doit être bouclée d'ici au 15 "
        "novembre.\n\n"
        f"{O}Nous n'avions pas les moyens de mener seuls une phase III mondiale. Avec Harrowgate, SYL-204 peut arriver chez "
        f"les patients dès 2043{C}, a expliqué la directrice générale de Sylvane, {LM}. Elle a précisé que la société "
        f"conserverait les droits de commercialisation en Suisse. {O}Cet argent nous donne de l'air jusqu'en 2042 au "
        f"moins{C}, a-t-elle ajouté.\n\n"
        "Sylvane a creusé sa perte nette au premier semestre, à 27,4 millions de francs, contre 21,9 millions un an plus "
        f"tôt, et ne disposait plus que de 58 millions de francs de liquidités fin juin. Le directeur financier, {PH}, a "
        "indiqué que la société renonçait à l'emprunt convertible de 30 millions de francs envisagé en mai.\n\n"
        f"À la {SIX}, l'action Sylvane a clôturé sur un bond de 38,4{NN}%, à 71,20 francs, ce qui porte la "
        f"capitalisation boursière de l'entreprise à CHF 1,9 milliard. Le titre avait cédé 46{NN}% depuis janvier.\n\n"
        f"Selon le directeur de la recherche de Harrowgate, {TW}, l'accord comble un trou dans le portefeuille "
        "respiratoire du groupe. Le laboratoire, qui a réalisé l'an dernier un chiffre d'affaires de 14,6 milliards de "
        f"dollars (+5{NN}%), avait déjà avalé en 2037 la biotech bâloise Rhenalys, pour 2,3 milliards de dollars. {O}Nous "
        f"regardons la Suisse romande de très près{C}, a glissé M. Whitfield.\n\n"
        f"Selon l'agence Bloomberg, le danois {NP} avait approché Sylvane au printemps en vue d'un rachat, avant de "
        f"jeter l'éponge. {NBe}, analyste chez Mirabaud, tempère{NN}: {O}Le paiement initial est modeste, mais le "
        f"partenaire est de premier plan. Le vrai test sera la phase III.{C} Elle juge que l'action reste sous-évaluée de "
        f"20 à 25{NN}%.\n\n"
        f"Le {CE}, {PJ}, a salué {O}une reconnaissance pour l'écosystème de l'EPFL{C}, dont Sylvane est issue. Fondée en "
        f"2031 par le professeur {AB}, aujourd'hui président du conseil d'administration, la société avait levé 52 "
        "millions de francs lors de son introduction en Bourse, en juin 2036. Elle emploie 74 personnes à Epalinges."))
    for s, l, c, o in [(ST, ORG, None, False), ("Sylvane", ORG, ST, False), (HP, ORG, None, False),
                       ("Harrowgate", ORG, HP, False), (SIX, ORG, None, False), ("SIX", ORG, SIX, False),
                       (VC, PER, None, False), ("SYL-204", MISC, None, False), ("New Jersey", LOC, None, False),
                       (LM, PER, None, False), ("Suisse romande", LOC, None, False), ("Suisse", LOC, None, False),
                       (PH, PER, None, False), (TW, PER, None, False), ("Whitfield", PER, TW, False),
                       ("Rhenalys", ORG, None, False), ("Bloomberg", ORG, None, False), (NP, ORG, None, False),
                       (NBe, PER, None, False), ("Mirabaud", ORG, None, False), (PJ, PER, None, False),
                       ("EPFL", ORG, None, False), (AB, PER, None, False), ("Epalinges", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French-speaking Swiss business site copied as plain text: a headline with no "
                      "section word, a two-sentence standfirst line, then *new*: a bare byline name and a publication "
                      "line on one line, the publication written with its weekday and no 'le', and a clock time with a "
                      "colon ('Valérie Chappuis | Publié jeudi 20 octobre 2039 à 18:40'), no dateline. The reference date "
                      "is that day (Thursday 20 October 2039), the day of the announcement ('a-t-elle annoncé jeudi'). "
                      "Straight apostrophes; narrow no-break spaces (U+202F) before '%', before the analyst's colon and "
                      "inside the guillemets; *new*: Swiss francs written both with the ISO code in front ('CHF 45 "
                      "millions', 'CHF 1,9 milliard') and in words ('27,4 millions de francs', '62 francs', '71,20 "
                      "francs').")
    a["notes"].append("Entities: the coined Lausanne biotech 'Sylvane Therapeutics' (headline, lead) and its short form "
                      "'Sylvane' ('un communiqué de Sylvane', 'directrice générale de Sylvane', 'Sylvane a creusé', "
                      "'l'action Sylvane', 'approché Sylvane', 'dont Sylvane est issue': canonical the full name), the "
                      "coined US drug maker 'Harrowgate Pharma' (lead) and its short form 'Harrowgate' (headline, "
                      "'Harrowgate versera', inside the CEO's marked words, 'la recherche de Harrowgate': canonical the "
                      "full name), the exchange 'SIX Swiss Exchange' and its short form 'SIX' (standfirst, canonical the "
                      "full name), the coined Basel biotech 'Rhenalys', the agency 'Bloomberg' (after 'l'agence'), the "
                      "coined Danish group 'Nordvig Pharma', the bank 'Mirabaud' (after 'chez') and the school 'EPFL' are "
                      "ORG; the antibody 'SYL-204' (twice, once inside marked words) is MISC (a product); 'New Jersey', "
                      "'Suisse', 'Suisse romande' (one LOC, inside marked words) and 'Epalinges' are LOC; the journalist, "
                      "the CEO, the CFO, the partner's research head ('M. Whitfield': span 'Whitfield', canonical the full "
                      "name), the analyst, the Vaud minister and the founder-chairman are PER (all invented). Not names: "
                      "'Bourse' alone ('introduction en Bourse'), 'La biotech', 'Le groupe du New Jersey', "
                      "'Le laboratoire', 'la société', 'l'entreprise', 'Le titre', 'phase II(I)', 'Économie' inside the "
                      "minister's title; 'lausannoise', 'américain', 'bâloise', 'danois', 'vaudois' are adjectives.")
    a["notes"].append("Quotes (12 required: 5 direct, 7 indirect): *new*: the lead told by the company itself with a "
                      "pronoun in the inverted cue ('<clause>, a-t-elle annoncé jeudi': speaker 'elle', canonical Sylvane "
                      "Therapeutics, label ORG, no gender for an organization); the payments told by a document whose "
                      "issuer is named ('<clause>, précise un communiqué de Sylvane': speaker the company); the CEO named "
                      "in apposition after the cue ('« ... », a expliqué la directrice générale de Sylvane, X': two "
                      "sentences in one pair of marks) then 'Elle a précisé que <clause>' and '« ... », a-t-elle ajouté'; "
                      "the CFO named in apposition before 'a indiqué que <clause>'; the partner's research head ('Selon le "
                      "directeur de la recherche de Harrowgate, X, <clause>') then '« ... », a glissé M. Whitfield' "
                      "(*new* cue 'a glissé'); the agency ('Selon l'agence Bloomberg, <clause>': the agency by name); the "
                      "analyst named before a cue and a colon ('X, analyste chez Mirabaud, tempère : « ... »': two "
                      "sentences, the final full stop inside the marks) then 'Elle juge que <clause>' (a range inside); "
                      "the minister's marked words right after 'a salué'. Not quotes: the headline and the standfirst, "
                      "'S'y ajouteront des redevances ...' (no speaker), 'Cette opération doit être bouclée ...', 'Le "
                      "titre avait cédé 46 %'.")
    a["notes"].append("Events: the licence itself (rights to a product, with an upfront payment, milestones and "
                      "royalties) is no event: the contract has no licensing type and its object is a product, not a "
                      "company. Funding: the reserved capital increase ('Le groupe du New Jersey souscrira en outre à une "
                      "augmentation de capital réservée de CHF 45 millions': company Sylvane, investor Harrowgate through "
                      "'Le groupe du New Jersey', no round; date optional: the closing 'd'ici au 15 novembre', announced "
                      "'jeudi'); the IPO recalled ('la société avait levé 52 millions de francs lors de son introduction "
                      "en Bourse, en juin 2036': company Sylvane, date 2036-06, no round string, as the IPO of the "
                      "thirty-fourth set). Optional acquisition: the stake the reserved increase gives ('qui lui donnera "
                      "2,6 % de la biotech': the same fact as the funding, read as an acquisition neither a hit nor an "
                      "error). Valuation: the market value after the jump ('ce qui porte la capitalisation boursière de "
                      "l'entreprise à CHF 1,9 milliard': no funding event carries it, no date). Results: the half-year "
                      "net loss ('Sylvane a creusé sa perte nette au premier semestre, à 27,4 millions de francs': metric "
                      "loss, period 2039-H1; the year-earlier '21,9 millions' no event of its own); the partner's revenue "
                      "('Le laboratoire, qui a réalisé l'an dernier un chiffre d'affaires de 14,6 milliards de dollars "
                      "(+5 %)': company Harrowgate through 'Le laboratoire', change 5, period 2038). Acquisitions: "
                      "*new* the figurative 'avait déjà avalé en 2037 la biotech bâloise Rhenalys, pour 2,3 milliards de "
                      "dollars' (done, buyer Harrowgate through 'Le laboratoire'); the Danish group's approach dropped "
                      "('Nordvig Pharma avait approché Sylvane au printemps en vue d'un rachat, avant de jeter l'éponge': "
                      "planned, as 'avant de renoncer' in the earlier sets, date 'printemps'). Roles: 'la directrice "
                      "générale de Sylvane, X' (organization required), 'Le directeur financier, X' (organization "
                      "optional: the company of the paragraph), 'le directeur de la recherche de Harrowgate, X', 'X, "
                      "analyste chez Mirabaud', *new*: a Swiss cantonal minister 'Le conseiller d'État vaudois chargé de "
                      "l'Économie, X' (title as written with its adjective, as 'ministre wallonne de l'Économie' in the "
                      "thirty-fifth set, no organization), 'le professeur X, aujourd'hui président du conseil "
                      "d'administration' (organization optional: 'la société'); optional: 'le professeur' (an academic "
                      "title, a profession). Not events: 'Fondée en 2031 par' (a founder told by a verb, no title), the "
                      "convertible loan dropped, the cash, the share price, the royalties, the staff count, the headline "
                      "and the standfirst.")
    a["notes"].append("Money: dollars USD: the headline's '1,2 milliard de dollars', the standfirst's and the lead's '90 "
                      "millions de dollars' (two items), the milestones '1,1 milliard de dollars', the partner's revenue "
                      "'14,6 milliards de dollars' and the purchase '2,3 milliards de dollars'; francs CHF: 'CHF 45 "
                      "millions', the price per share '62 francs', the loss '27,4 millions de francs', the bare "
                      "year-earlier '21,9 millions' (CHF, after amounts in francs), the cash '58 millions de francs', the "
                      "loan '30 millions de francs', the closing price '71,20 francs', the market value 'CHF 1,9 "
                      "milliard', the IPO '52 millions de francs'. '74 personnes' is a count. Percentages: the jump "
                      "'38,4 %' (standfirst and body, two items), the royalty range 'entre 10 et 15 %' (one item, span "
                      "'10 et 15 %', value 10), the stake '2,6 %', the fall '46 %', the signed rise in brackets '+5 %', "
                      "*new*: a range with 'à' inside a reported clause ('sous-évaluée de 20 à 25 %': span '20 à 25 %', "
                      "value 20).")
    a["notes"].append("Dates: *new*: the publication line's 'jeudi 20 octobre 2039 à 18:40' one TIME, 2039-10-20T18:40; "
                      "'a-t-elle annoncé jeudi' the publication day; 'pendant douze ans' span 'douze ans', P12Y; 'd'ici "
                      "au 15 novembre' span '15 novembre' (future); 'dès 2043' inside marked words; 'jusqu'en 2042' "
                      "inside marked words; 'au premier semestre' 2039-H1; 'fin juin' 2039-06 with mod END; 'envisagé en "
                      "mai' (past) 2039-05; 'depuis janvier' 2039-01; 'l'an dernier' 2038 (span 'an dernier'); 'en 2037', "
                      "'en 2031' the years; 'au printemps' (past: 'avait approché', in October) 2039-SP; 'en juin 2036' "
                      "2036-06. Optional: 'un an plus tôt' (2038-H1, relative to the half-year figures) and 'aujourd'hui' in "
                      "'aujourd'hui président du conseil d'administration' ('today' as 'nowadays', PRESENT_REF, as in the "
                      "first set; added after the blind run, see the README).")
    M(a, "1,2 milliard de dollars", 1.2e9, "USD")
    M(a, "90 millions de dollars", 90e6, "USD", nth=0)
    M(a, "90 millions de dollars", 90e6, "USD", nth=1)
    M(a, "1,1 milliard de dollars", 1.1e9, "USD")
    M(a, "CHF 45 millions", 45e6, "CHF")
    M(a, "62 francs", 62, "CHF")
    M(a, "27,4 millions de francs", 27.4e6, "CHF")
    M(a, "21,9 millions", 21.9e6, "CHF")
    M(a, "58 millions de francs", 58e6, "CHF")
    M(a, "30 millions de francs", 30e6, "CHF")
    M(a, "71,20 francs", 71.2, "CHF")
    M(a, "CHF 1,9 milliard", 1.9e9, "CHF")
    M(a, "14,6 milliards de dollars", 14.6e9, "USD")
    M(a, "2,3 milliards de dollars", 2.3e9, "USD")
    M(a, "52 millions de francs", 52e6, "CHF")
    P(a, f"38,4{NN}%", 38.4, nth=0)
    P(a, f"10 et 15{NN}%", 10)
    P(a, f"2,6{NN}%", 2.6)
    P(a, f"38,4{NN}%", 38.4, nth=1)
    P(a, f"46{NN}%", 46)
    P(a, f"+5{NN}%", 5)
    P(a, f"20 à 25{NN}%", 20)
    D(a, "jeudi 20 octobre 2039 à 18:40", "2039-10-20T18:40", typ="TIME",
      note="*new*: the publication line with the weekday and no 'le', a clock time with a colon")
    D(a, "jeudi", "2039-10-20", nth=1, note="'a-t-elle annoncé jeudi': the publication day")
    D(a, "douze ans", "P12Y", typ="DURATION", note="'des redevances ... pendant douze ans'")
    D(a, "15 novembre", "2039-11-15", note="future: 'doit être bouclée d'ici au 15 novembre'")
    D(a, "2043", "2043", note="'dès 2043', inside the CEO's marked words")
    D(a, "2042", "2042", note="'jusqu'en 2042 au moins', inside the CEO's marked words")
    D(a, "premier semestre", "2039-H1", note="'Sylvane a creusé sa perte nette au premier semestre'")
    D(a, "un an plus tôt", "2038-H1", opt=True, note="relative to the half-year figures, not to the reference date")
    D(a, "fin juin", "2039-06", mod="END", note="'de liquidités fin juin'")
    D(a, "mai", "2039-05", note="past: 'l'emprunt convertible ... envisagé en mai', inside the CFO's reported clause")
    D(a, "janvier", "2039-01", note="'Le titre avait cédé 46 % depuis janvier'")
    D(a, "an dernier", "2038", note="'qui a réalisé l'an dernier un chiffre d'affaires'")
    D(a, "2037", "2037", note="'avait déjà avalé en 2037'")
    D(a, "printemps", "2039-SP", note="past: 'avait approché Sylvane au printemps', in an October article")
    D(a, "2031", "2031", note="'Fondée en 2031'")
    D(a, "aujourd'hui", "PRESENT_REF", opt=True,
      note="'aujourd'hui président du conseil d'administration': 'today' as 'nowadays', as in the first set (added "
           "after the blind run: a vague reference the contract counts as a date, left out by mistake)")
    D(a, "juin 2036", "2036-06", note="'lors de son introduction en Bourse, en juin 2036'")
    Q(a, f"[La biotech lausannoise {ST} a signé un accord de licence mondial avec le laboratoire américain {HP} pour SYL-204, son anticorps contre la fibrose pulmonaire], a-t-elle",
      "indirect", "a-t-elle annoncé", ("a-t-[elle] annoncé", ST, ORG),
      note="*new*: the company tells its own news: a pronoun in the inverted cue stands for the company (no gender for "
           "an organization)")
    Q(a, "[Harrowgate versera 90 millions de dollars à la signature, puis jusqu'à 1,1 milliard de dollars de paiements d'étapes], précise",
      "indirect", "précise", ("communiqué de [Sylvane]. S'y", ST, ORG),
      note="a clause before an inverted cue with a document whose issuer is named: the company speaks")
    Q(a, f"{O}[Nous n'avions pas les moyens de mener seuls une phase III mondiale. Avec Harrowgate, SYL-204 peut arriver chez les patients dès 2043]{C}",
      "direct", "a expliqué", (LM, LM, PER), gender="female",
      note="two sentences in one pair of marks; the name in apposition to 'la directrice générale de Sylvane'")
    Q(a, "précisé que [la société conserverait les droits de commercialisation en Suisse].", "indirect", "a précisé",
      ("[Elle] a précisé", LM, PER), gender="female", note="'Elle' is the CEO of the sentence before")
    Q(a, f"{O}[Cet argent nous donne de l'air jusqu'en 2042 au moins]{C}", "direct", "a-t-elle ajouté",
      ("a-t-[elle] ajouté", LM, PER), gender="female", note="a pronoun in an inverted cue: the CEO")
    Q(a, "indiqué que [la société renonçait à l'emprunt convertible de 30 millions de francs envisagé en mai].",
      "indirect", "a indiqué", (PH, PH, PER), gender="male",
      note="the name in apposition to 'Le directeur financier', before the cue")
    Q(a, f"Selon le directeur de la recherche de Harrowgate, {TW}, [l'accord comble un trou dans le portefeuille respiratoire du groupe].",
      "indirect", "[Selon] le directeur", (TW, TW, PER), gender="male",
      note="'Selon <title>, X, <clause>': the name in apposition speaks")
    Q(a, f"{O}[Nous regardons la Suisse romande de très près]{C}", "direct", "a glissé", ("M. [Whitfield]", TW, PER),
      gender="male", note="*new* cue 'a glissé'; 'M. Whitfield' (span without the title)")
    Q(a, f"Selon l'agence Bloomberg, [le danois {NP} avait approché Sylvane au printemps en vue d'un rachat, avant de jeter l'éponge].",
      "indirect", "[Selon] l'agence", ("Bloomberg", "Bloomberg", ORG), note="'Selon l'agence <name>, <clause>'")
    Q(a, f"{O}[Le paiement initial est modeste, mais le partenaire est de premier plan. Le vrai test sera la phase III.]{C}",
      "direct", "tempère", (NBe, NBe, PER), gender="female",
      note="'X, analyste chez Mirabaud, tempère : « ... »': a cue and a colon before the marks; the final full stop "
           "inside the marks")
    Q(a, f"juge que [l'action reste sous-évaluée de 20 à 25{NN}%].", "indirect", "juge", ("[Elle] juge", NBe, PER),
      gender="female", note="'Elle' is the analyst of the sentence before")
    Q(a, f"{O}[une reconnaissance pour l'écosystème de l'EPFL]{C}", "direct", "a salué", (PJ, PJ, PER), gender="male",
      note="marked words right after 'a salué'; the name in apposition to 'Le conseiller d'État vaudois ...'")
    V(a, "funding", "augmentation de capital", {"company": "Sylvane", "amount": "CHF 45 millions",
                                                "investors": ["Harrowgate"], "date": ("opt", "15 novembre")},
      note="'Le groupe du New Jersey souscrira en outre à une augmentation de capital réservée de CHF 45 millions': the "
           "investor is Harrowgate through 'Le groupe du New Jersey'; 'Cette opération' refers back to it; date optional "
           "(the closing to come, announced 'jeudi')")
    V(a, "acquisition", "donnera", {"target": "Sylvane", "buyer": "Harrowgate", "stake": f"2,6{NN}%",
                                    "status": "announced"}, optional=True,
      note="'qui lui donnera 2,6 % de la biotech': the stake the reserved capital increase gives, the same fact as the "
           "funding event")
    V(a, "role", "directrice générale", {"person": LM, "title": "directrice générale",
                                         "organization": f"générale de [Sylvane], {LM}"},
      note="'la directrice générale de Sylvane, X'")
    V(a, "result", "perte nette", {"company": "[Sylvane] a creusé", "metric": "loss", "amount": "27,4 millions de francs",
                                   "period": "premier semestre"},
      note="'Sylvane a creusé sa perte nette au premier semestre, à 27,4 millions de francs'")
    V(a, "role", "directeur financier", {"person": PH, "title": "directeur financier",
                                         "organization": ("opt", "[Sylvane] a creusé")},
      note="'Le directeur financier, X': the company of the paragraph")
    V(a, "valuation", "capitalisation boursière", {"company": "l'action [Sylvane] a", "amount": "CHF 1,9 milliard"},
      note="'l'action Sylvane a clôturé ... ce qui porte la capitalisation boursière de l'entreprise à CHF 1,9 milliard': "
           "a market value, no funding event carries it, no date")
    V(a, "role", "directeur de la recherche", {"person": TW, "title": "directeur de la recherche",
                                               "organization": f"recherche de [Harrowgate], {TW}"},
      note="'le directeur de la recherche de Harrowgate, X'")
    V(a, "result", "chiffre d'affaires", {"company": f"recherche de [Harrowgate], {TW}", "metric": "revenue",
                                          "amount": "14,6 milliards de dollars", "change": f"+5{NN}%",
                                          "period": "an dernier"},
      note="'Le laboratoire, qui a réalisé l'an dernier un chiffre d'affaires de 14,6 milliards de dollars (+5 %)': "
           "'Le laboratoire' is Harrowgate")
    V(a, "acquisition", "avalé", {"target": "Rhenalys", "buyer": f"recherche de [Harrowgate], {TW}",
                                  "amount": "2,3 milliards de dollars", "date": "2037", "status": "done"},
      note="*new*: the figurative 'avait déjà avalé en 2037 la biotech bâloise Rhenalys': done")
    V(a, "acquisition", "rachat", {"target": "approché [Sylvane] au", "buyer": NP, "date": "printemps",
                                   "status": "planned"},
      note="'Nordvig Pharma avait approché Sylvane au printemps en vue d'un rachat, avant de jeter l'éponge': an "
           "approach then dropped, planned")
    V(a, "role", "analyste", {"person": NBe, "title": "analyste", "organization": "Mirabaud"},
      note="'X, analyste chez Mirabaud'")
    V(a, "role", CE, {"person": PJ, "title": CE},
      note="*new*: a Swiss cantonal minister, 'Le conseiller d'État vaudois chargé de l'Économie, X': title as written, "
           "no organization")
    V(a, "role", "président du conseil d'administration", {"person": AB, "title": "président du conseil d'administration",
                                                           "organization": ("opt", "dont [Sylvane] est")},
      note="'le professeur X, aujourd'hui président du conseil d'administration, la société ...'")
    V(a, "role", "professeur", {"person": AB, "title": "professeur"}, optional=True,
      note="'le professeur X': an academic title, a profession")
    V(a, "funding", "levé", {"company": "dont [Sylvane] est", "amount": "52 millions de francs", "date": "juin 2036"},
      note="'la société avait levé 52 millions de francs lors de son introduction en Bourse, en juin 2036': an IPO's new "
           "money, no round string")


def define_y3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = '"', '"'     # straight double quotation marks with no space inside in this article
    AM, CM, ML, AP_, DV, MCE = ("Ardenne Médias", "Le Courrier mosan", "Mosa Lecteurs", "Ardenne Print",
                                "Drukkerij Vandamme", "Médiacom Est")
    SDJ, AJP, WE = ("Société des journalistes du Courrier mosan", "Association des journalistes professionnels",
                    "Wallonie Entreprendre")
    MDe, ASL, TG, OW, CD, JPM = ("Marc Delvaux", "Anne-Sophie Lemaire", "Thomas Gérard", "Olivier Wauters",
                                 "Caroline Dethier", "Jean-Pierre Mathy")
    # ------------------------------------------------------------ Y3: a Belgian press group sells a Liège daily to a cooperative of its readers and journalists (price from sources), the cooperative's fund-raising, the paper's and the group's results, an earlier sale and a rumoured one, the seller's CEO, the group, the cooperative's president, the editor-in-chief, the journalists' society, the journalists' union, the media minister and a reader (Belga agency dispatch)
    a = B.article("Y3-vente-quotidien-cooperative-liege", "2039-11-29", (
        f"Presse: {AM} vend {CM} à ses lecteurs\n\n"
        f"LIÈGE, mardi 29 novembre (Belga) - Le groupe de presse {AM} a finalisé lundi la vente de 100 % du quotidien "
        f"liégeois {CM} à {ML}, une société coopérative fondée en juin par des abonnés et des journalistes du titre. Le "
        "prix n'a pas été communiqué, mais il avoisinerait 7,5 millions d'euros, selon plusieurs sources proches du "
        "dossier.\n\n"
        "Pour financer l'achat, la coopérative a levé 4,1 millions d'euros: 2,4 millions apportés par quelque 6.200 "
        f"lecteurs lors d'un appel public lancé en septembre et 1,7 million investi par le fonds public {WE}. Cette "
        "levée est complétée par un crédit de Belfius. Le groupe a précisé que le produit de la vente servirait à réduire "
        "son endettement.\n\n"
        f"{CM}, fondé en 1894, perd de l'argent depuis trois ans. Il a enregistré l'an dernier une perte d'exploitation "
        "de 1,3 million d'euros, pour un chiffre d'affaires de 22,8 millions d'euros (-6 %), et sa diffusion payante a "
        f"reculé de 4,5 %, à 31.400 exemplaires. {AM}, qui édite aussi l'hebdomadaire Vivre en Ardenne et la station "
        "Radio Sambre, a vu ses propres revenus baisser de 3,2 % en 2038, à 118 millions d'euros.\n\n"
        f"{O}Nous n'étions plus le bon actionnaire pour un titre régional. Mieux valait le confier à ceux qui le "
        f"lisent{C}, a reconnu l'administrateur délégué d'{AM}, {MDe}. Le groupe avait déjà cédé en 2037 son "
        f"imprimerie, {AP_}, au flamand {DV} pour 11 millions d'euros. Selon Le Soir, il serait aussi en discussions "
        f"avec le français {MCE} pour la reprise de Radio Sambre.\n\n"
        f"La présidente de {ML}, {ASL}, a assuré que la rédaction conserverait ses 64 journalistes et son siège "
        f"liégeois. {O}Il n'y aura ni plan social ni rédaction commune avec un autre titre{C}, a-t-elle insisté. Le "
        f"rédacteur en chef, {TG}, restera en fonction. {O}On passe d'actionnaires qui comptent les lignes à des "
        f"actionnaires qui les lisent{C}, a-t-il résumé.\n\n"
        f"La {SDJ} (SDJ) a salué {O}un sauvetage par ceux qui lisent le journal{C}. Plus réservé, le secrétaire général "
        f"de l'{AJP} (AJP), {OW}, a averti qu'une coopérative {O}ne protège pas de la crise publicitaire{C}.\n\n"
        f"La ministre des Médias, {CD} (MR), a indiqué que l'aide à la presse dont bénéficie le titre serait maintenue "
        f"en 2040. Un abonné de Huy, {JPM}, 71 ans, s'est dit {O}fier d'être un peu patron de son journal{C}."))
    for s, l, c, o in [(SDJ, ORG, None, False), (AJP, ORG, None, False), (AM, ORG, None, False), (CM, ORG, None, False),
                       (ML, ORG, None, False), ("LIÈGE", LOC, "Liège", False), ("Belga", ORG, None, False),
                       (WE, ORG, None, False), ("Belfius", ORG, None, False), ("Vivre en Ardenne", ORG, None, False),
                       ("Radio Sambre", ORG, None, False), (MDe, PER, None, False), (AP_, ORG, None, False),
                       (DV, ORG, None, False), ("Le Soir", ORG, None, False), (MCE, ORG, None, False),
                       (ASL, PER, None, False), (TG, PER, None, False), ("SDJ", ORG, SDJ, False),
                       ("AJP", ORG, AJP, False), (OW, PER, None, False), (CD, PER, None, False), ("MR", ORG, None, False),
                       ("Huy", LOC, None, False), (JPM, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Dispatch of the Belgian agency Belga copied as plain text: a headline opened by a section word and "
                      "a colon with no space before it ('Presse: Ardenne Médias vend Le Courrier mosan à ses lecteurs'), "
                      "a blank line, then *new*: a dateline with the town in capitals followed by the weekday and the day "
                      "without a year ('LIÈGE, mardi 29 novembre (Belga) - '), no byline. The reference date is the "
                      "dateline day (Tuesday 29 November 2039); the sale was closed the day before ('a finalisé lundi'). "
                      "Straight apostrophes; straight double quotation marks with no space inside for every direct quote; "
                      "ordinary spaces before '%'; *new*: colons with no space before them (the headline's and "
                      "'4,1 millions d'euros: 2,4 millions ...'); *new*: the Belgian thousands separator with a full stop "
                      "in counts ('6.200 lecteurs', '31.400 exemplaires').")
    a["notes"].append("Entities: the coined press group 'Ardenne Médias' (headline, lead, 'Ardenne Médias, qui édite', "
                      "'l'administrateur délégué d'Ardenne Médias'), the coined daily 'Le Courrier mosan' (headline, lead, "
                      "'Le Courrier mosan, fondé en 1894': a newspaper is ORG, its article inside the name as 'Le Monde'), "
                      "the coined cooperative 'Mosa Lecteurs' (twice), the agency 'Belga', the regional fund 'Wallonie "
                      "Entreprendre', the bank 'Belfius', the coined weekly 'Vivre en Ardenne' (one ORG, no separate "
                      "'Ardenne'), the coined station 'Radio Sambre' (twice), the coined printing works 'Ardenne Print', "
                      "the coined Flemish printer 'Drukkerij Vandamme', the paper 'Le Soir', the coined French group "
                      "'Médiacom Est', the coined 'Société des journalistes du Courrier mosan' (one ORG, the paper's name "
                      "inside it no mention of its own) and its acronym 'SDJ', the 'Association des journalistes "
                      "professionnels' and 'AJP', the party 'MR' (in brackets) are ORG; the dateline's 'LIÈGE' (canonical "
                      "'Liège') and 'Huy' are LOC; the seller's CEO, the cooperative's president, the editor-in-chief, the "
                      "union's secretary general, the minister and the reader are PER (all invented). Not names: "
                      "'Presse' (the headline's section word), 'la coopérative', 'Le groupe', 'le titre', 'la rédaction', "
                      "'le journal', 'Médias' inside the minister's title; 'liégeois', 'flamand', 'français' are "
                      "adjectives or a firm by its adjective.")
    a["notes"].append("Quotes (11 required: 6 direct, 5 indirect): the price from sources ('<clause>, selon plusieurs sources "
                      "proches du dossier': noun phrase with its quantifier, canonical null); *new*: the seller as 'Le "
                      "groupe a précisé que <clause>' (the noun 'groupe', canonical Ardenne Médias, ORG, the press group "
                      "of the paragraph before; the cooperative of the sentences between is no group); the seller's CEO "
                      "named in apposition after the cue ('\"...\", a reconnu l'administrateur délégué d'Ardenne Médias, "
                      "X': two sentences in one pair of marks); a rumour told by a paper ('Selon Le Soir, <clause>', 'il' "
                      "being the group); the cooperative's president named in apposition before 'a assuré que <clause>' "
                      "then '\"...\", a-t-elle insisté'; the editor-in-chief named in a sentence with no speech ('Le "
                      "rédacteur en chef, X, restera en fonction') then '\"...\", a-t-il résumé'; the journalists' "
                      "society by name with marked words after 'a salué' (an organization: no gender); the union's "
                      "secretary general with a clause partly marked ('a averti qu'une coopérative \"ne protège pas de la "
                      "crise publicitaire\"': one direct quote for the marked words); the minister named in apposition "
                      "before 'a indiqué que <clause>'; the reader's marked words after a pronominal cue ('s'est dit "
                      "\"...\"'). Not quotes: the headline, 'Le prix n'a pas été communiqué' is inside the sources' "
                      "clause, 'Cette levée est complétée par ...', 'restera en fonction'.")
    a["notes"].append("Events: acquisitions: the sale of the paper ('Le groupe de presse Ardenne Médias a finalisé lundi la "
                      "vente de 100 % du quotidien liégeois Le Courrier mosan à Mosa Lecteurs': done, trigger 'vente', "
                      "target the paper, buyer the cooperative, seller the group, stake '100 %', amount the sources' '7,5 "
                      "millions d'euros' of the next sentence, date 'lundi'; the headline's 'vend' the same fact); the "
                      "earlier sale ('Le groupe avait déjà cédé en 2037 son imprimerie, Ardenne Print, au flamand "
                      "Drukkerij Vandamme pour 11 millions d'euros': done, seller Ardenne Médias through 'Le groupe'); the "
                      "rumoured one ('il serait aussi en discussions avec le français Médiacom Est pour la reprise de Radio "
                      "Sambre': planned, trigger 'en discussions', seller the group through 'il'). Funding: the "
                      "cooperative's round ('Pour financer l'achat, la coopérative a levé 4,1 millions d'euros: 2,4 "
                      "millions apportés par quelque 6.200 lecteurs ... et 1,7 million investi par le fonds public "
                      "Wallonie Entreprendre. Cette levée ...': one funding event, company Mosa Lecteurs, amount the total, "
                      "investors the one named fund (the readers are no entity), date optional: 'septembre' is the launch "
                      "of the public appeal; the parts '2,4 millions' and '1,7 million' no events of their own, the bank "
                      "credit no funding). Results of 2038: the paper's operating loss ('Il a enregistré l'an dernier une "
                      "perte d'exploitation de 1,3 million d'euros': metric loss, 'Il' is the paper, period 'an dernier') "
                      "and its revenue in the same sentence (change the signed fall in brackets '-6 %', value -6, period "
                      "optional, the year written once); the group's revenue ('a vu ses propres revenus baisser de 3,2 % "
                      "en 2038, à 118 millions d'euros': change 3,2, the fall told by the verb). Optional: the paid "
                      "circulation fall ('sa diffusion payante a reculé de 4,5 %, à 31.400 exemplaires': a count, metric "
                      "other). Roles: 'l'administrateur délégué d'Ardenne Médias, X', 'La présidente de Mosa Lecteurs, X' "
                      "(organization required), 'Le rédacteur en chef, X' (organization optional: the paper of the "
                      "article), 'le secrétaire général de l'Association des journalistes professionnels (AJP), X' "
                      "(organization required), 'La ministre des Médias, X (MR)' (title 'ministre des Médias', no "
                      "organization; the party in brackets is no employer). Not events: the bank credit, the debt "
                      "reduction, the jobs kept, the press aid, the reader ('Un abonné de Huy': no title), the headline.")
    a["notes"].append("Money: euros EUR: the price '7,5 millions d'euros', the round '4,1 millions d'euros' and its parts, "
                      "the bare '2,4 millions' and '1,7 million' (EUR, span number and scale word, after an amount in "
                      "euros), the loss '1,3 million d'euros', the revenue '22,8 millions d'euros', the group's revenue "
                      "'118 millions d'euros', the printing works '11 millions d'euros'. '6.200 lecteurs', '31.400 "
                      "exemplaires', '64 journalistes' are counts. Percentages: the stake '100 %', the signed fall in "
                      "brackets '-6 %' (value -6, as '-6,3 %' in the earlier sets), the circulation fall '4,5 %', the "
                      "group's revenue fall '3,2 %'.")
    a["notes"].append("Dates: *new*: the dateline's 'mardi 29 novembre' (weekday and day, no year) 2039-11-29; 'lundi' "
                      "(past) 2039-11-28; 'fondée en juin' (past) 2039-06; 'lancé en septembre' (past) 2039-09; 'fondé en "
                      "1894' the year; 'depuis trois ans' span 'trois ans', P3Y; 'l'an dernier' 2038 (span 'an dernier'); "
                      "'en 2038', 'en 2037' the years; 'en 2040' (inside the minister's reported clause). Optional: the "
                      "reader's age '71 ans'.")
    M(a, "7,5 millions d'euros", 7.5e6, "EUR")
    M(a, "4,1 millions d'euros", 4.1e6, "EUR")
    M(a, "2,4 millions", 2.4e6, "EUR")
    M(a, "1,7 million", 1.7e6, "EUR")
    M(a, "1,3 million d'euros", 1.3e6, "EUR")
    M(a, "22,8 millions d'euros", 22.8e6, "EUR")
    M(a, "118 millions d'euros", 118e6, "EUR")
    M(a, "11 millions d'euros", 11e6, "EUR")
    P(a, "100 %", 100)
    P(a, "-6 %", -6)
    P(a, "4,5 %", 4.5)
    P(a, "3,2 %", 3.2)
    D(a, "mardi 29 novembre", "2039-11-29", note="*new*: the dateline with the weekday and the day, no year")
    D(a, "lundi", "2039-11-28", note="past: 'a finalisé lundi la vente', the day before the Tuesday dateline")
    D(a, "juin", "2039-06", note="past: 'une société coopérative fondée en juin'")
    D(a, "septembre", "2039-09", note="past: 'lors d'un appel public lancé en septembre'")
    D(a, "1894", "1894", note="'fondé en 1894'")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'perd de l'argent depuis trois ans'")
    D(a, "an dernier", "2038", note="'Il a enregistré l'an dernier une perte d'exploitation'")
    D(a, "2038", "2038", note="'a vu ses propres revenus baisser de 3,2 % en 2038'")
    D(a, "2037", "2037", note="'Le groupe avait déjà cédé en 2037'")
    D(a, "2040", "2040", note="'serait maintenue en 2040', inside the minister's reported clause")
    D(a, "71 ans", "P71Y", typ="DURATION", opt=True, note="an age")
    Q(a, "[Le prix n'a pas été communiqué, mais il avoisinerait 7,5 millions d'euros], selon", "indirect",
      "[selon] plusieurs", ("selon [plusieurs sources proches du dossier]", None, None),
      note="a sentence told before an inverted 'selon' with unnamed sources: noun phrase, canonical null")
    Q(a, "précisé que [le produit de la vente servirait à réduire son endettement].", "indirect", "a précisé",
      ("Le [groupe] a précisé", AM, ORG),
      note="*new*: 'Le groupe a précisé que <clause>': the noun 'groupe' for the press group (canonical Ardenne Médias)")
    Q(a, f"{O}[Nous n'étions plus le bon actionnaire pour un titre régional. Mieux valait le confier à ceux qui le lisent]{C}",
      "direct", "a reconnu", (MDe, MDe, PER), gender="male",
      note="two sentences in one pair of straight marks; the name in apposition to 'l'administrateur délégué "
           "d'Ardenne Médias', after the cue")
    Q(a, f"Selon Le Soir, [il serait aussi en discussions avec le français {MCE} pour la reprise de Radio Sambre].",
      "indirect", "[Selon] Le Soir", ("Le Soir", "Le Soir", ORG), note="'Selon <paper>, <clause>'")
    Q(a, "assuré que [la rédaction conserverait ses 64 journalistes et son siège liégeois].", "indirect", "a assuré",
      (ASL, ASL, PER), gender="female", note="the name in apposition to 'La présidente de Mosa Lecteurs', before the cue")
    Q(a, f"{O}[Il n'y aura ni plan social ni rédaction commune avec un autre titre]{C}", "direct", "a-t-elle insisté",
      ("a-t-[elle] insisté", ASL, PER), gender="female", note="a pronoun in an inverted cue: the cooperative's president")
    Q(a, f"{O}[On passe d'actionnaires qui comptent les lignes à des actionnaires qui les lisent]{C}", "direct",
      "a-t-il résumé", ("a-t-[il] résumé", TG, PER), gender="male",
      note="a pronoun in an inverted cue: the editor-in-chief named in the sentence before, which reports no speech")
    Q(a, f"{O}[un sauvetage par ceux qui lisent le journal]{C}", "direct", "a salué", (f"La [{SDJ}] (SDJ)", SDJ, ORG),
      note="marked words right after 'a salué'; the journalists' society by name (an organization: no gender)")
    Q(a, f"{O}[ne protège pas de la crise publicitaire]{C}", "direct", "a averti", (OW, OW, PER), gender="male",
      note="'a averti qu'une coopérative \"...\"': a clause partly marked, one direct quote for the marked words; the "
           "name in apposition to 'le secrétaire général de l'AJP', before the cue")
    Q(a, "indiqué que [l'aide à la presse dont bénéficie le titre serait maintenue en 2040].", "indirect", "a indiqué",
      (CD, CD, PER), gender="female", note="the name in apposition to 'La ministre des Médias', before the cue")
    Q(a, f"{O}[fier d'être un peu patron de son journal]{C}", "direct", "s'est dit", (JPM, JPM, PER), gender="male",
      note="marked words after a pronominal cue; the name in apposition to 'Un abonné de Huy'")
    V(a, "acquisition", "vente", {"target": CM, "buyer": ML, "seller": AM, "stake": "100 %",
                                  "amount": "7,5 millions d'euros", "date": "lundi", "status": "done"},
      note="'a finalisé lundi la vente de 100 % du quotidien liégeois Le Courrier mosan à Mosa Lecteurs': done; the "
           "amount from the sources' clause of the next sentence; the headline's 'vend' the same fact")
    V(a, "funding", "levé", {"company": ML, "amount": "4,1 millions d'euros", "investors": [WE],
                             "date": ("opt", "septembre")},
      note="'la coopérative a levé 4,1 millions d'euros: ... 1,7 million investi par le fonds public Wallonie "
           "Entreprendre. Cette levée ...': one round, the readers no entity; 'septembre' the appeal's launch")
    V(a, "result", "perte d'exploitation", {"company": f"[{CM}], fondé", "metric": "loss",
                                            "amount": "1,3 million d'euros", "period": "an dernier"},
      note="'Il a enregistré l'an dernier une perte d'exploitation de 1,3 million d'euros': 'Il' is the paper")
    V(a, "result", "chiffre d'affaires", {"company": f"[{CM}], fondé", "metric": "revenue",
                                          "amount": "22,8 millions d'euros", "change": "-6 %",
                                          "period": ("opt", "an dernier")},
      note="'pour un chiffre d'affaires de 22,8 millions d'euros (-6 %)': the same sentence, the year written once")
    V(a, "result", "diffusion payante", {"company": f"[{CM}], fondé", "metric": "other", "change": "4,5 %"},
      optional=True, note="'sa diffusion payante a reculé de 4,5 %, à 31.400 exemplaires': a count, not money")
    V(a, "result", "revenus", {"company": f"[{AM}], qui édite", "metric": "revenue", "amount": "118 millions d'euros",
                               "change": "3,2 %", "period": "2038"},
      note="'Ardenne Médias ... a vu ses propres revenus baisser de 3,2 % en 2038, à 118 millions d'euros'")
    V(a, "role", "administrateur délégué", {"person": MDe, "title": "administrateur délégué",
                                            "organization": f"délégué d'[{AM}], {MDe}"},
      note="'l'administrateur délégué d'Ardenne Médias, X' (the Belgian CEO title)")
    V(a, "acquisition", "cédé", {"target": AP_, "buyer": DV, "seller": f"délégué d'[{AM}], {MDe}",
                                 "amount": "11 millions d'euros", "date": "2037", "status": "done"},
      note="'Le groupe avait déjà cédé en 2037 son imprimerie, Ardenne Print, au flamand Drukkerij Vandamme pour 11 "
           "millions d'euros': done; 'Le groupe' is the seller")
    V(a, "acquisition", "en discussions", {"target": "reprise de [Radio Sambre]", "buyer": MCE,
                                           "seller": f"délégué d'[{AM}], {MDe}", "status": "planned"},
      note="'il serait aussi en discussions avec le français Médiacom Est pour la reprise de Radio Sambre', reported by a "
           "paper: planned; 'il' is the group")
    V(a, "role", "présidente", {"person": ASL, "title": "présidente", "organization": f"présidente de [{ML}], {ASL}"},
      note="'La présidente de Mosa Lecteurs, X'")
    V(a, "role", "rédacteur en chef", {"person": TG, "title": "rédacteur en chef",
                                       "organization": ("opt", f"[{CM}], fondé")},
      note="'Le rédacteur en chef, X, restera en fonction': the paper of the article")
    V(a, "role", "secrétaire général", {"person": OW, "title": "secrétaire général", "organization": AJP},
      note="'le secrétaire général de l'Association des journalistes professionnels (AJP), X'")
    V(a, "role", "ministre des Médias", {"person": CD, "title": "ministre des Médias"},
      note="'La ministre des Médias, X (MR)': no organization")


def define_z3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    KJ, FV, BZ, HR, OP, OC, JM = ("Kerjardin", "Florivert", "Bricozen", "Hallstatt Retail", "Orvelle Partners",
                                  "Ouest Croissance", "Jardimax")
    TA, TCR, LT = f"Terres d{AP}Armor", "tribunal de commerce de Rennes", "Le Télégramme"
    GLG, YK, SGu, ELM, NC, JYH, HL = ("Gwenaëlle Le Goff", "Yann Kerhervé", "Stéphane Guérin", "Erwan Le Meur",
                                      "Nadia Corre", "Jean-Yves Hamon", "Hervé Lebreton")
    E68, E21, E850 = f"6,8 millions d{AP}euros", f"2,1 millions d{AP}euros", f"850{NB}000 euros"
    # ------------------------------------------------------------ Z3: a Breton chain of garden centres in receivership split by the commercial court between three buyers (a family group, a distributor, a farm cooperative), a fund's global offer rejected, the earlier buyout by a fund, the chain's results, the administrator, the main buyer's CEO, round and EBITDA, a spokesperson, a rumoured purchase, the cooperative's CEO and revenue, the union, the mayor and the founder's son (French regional daily, web)
    a = B.article("Z3-reprise-jardineries-redressement-rennes", "2040-02-07", (
        f"Jardineries{NB}: trois repreneurs se partagent l{AP}enseigne bretonne {KJ}\n"
        f"Trente-quatre des 48 magasins et 70{NB}% des emplois sont sauvés.\n"
        f"Par {GLG} | Rennes, le 7 février 2040 à 18:52\n\n"
        f"Le {TCR} a validé mardi le démantèlement de {KJ}, l{AP}enseigne de jardineries placée en redressement "
        f"judiciaire le 12 septembre dernier. Le groupe vendéen {FV} reprend 21 magasins et le siège de Vitré pour "
        f"{E68}, le distributeur nantais {BZ} s{AP}offre neuf points de vente pour {E21} et la coopérative agricole "
        f"{TA} rachète les quatre jardineries des Côtes-d{AP}Armor pour {E850}. Au total, 730 des 1{NB}040 salariés "
        f"conservent leur emploi, selon l{AP}administrateur judiciaire, Me {YK}.\n\n"
        f"Le tribunal a jugé l{AP}offre de {FV} {O}la plus solide sur le plan social{C}. Il a en revanche écarté "
        f"l{AP}offre globale du fonds belge {HR}, qui proposait 11 millions d{AP}euros pour 40 magasins mais ne "
        "reprenait que 520 salariés.\n\n"
        f"Fondée en 1987 à Vitré par la famille Lebreton, l{AP}enseigne avait été rachetée en 2034 par le fonds parisien "
        f"{OP}, qui l{AP}avait lourdement endettée. Son chiffre d{AP}affaires a fondu de 19{NB}% en deux ans, à 162 "
        f"millions d{AP}euros l{AP}an dernier, pour une perte nette de 23 millions d{AP}euros.\n\n"
        f"{O}Nous reprenons des magasins bien placés, qui souffraient d{AP}un problème de dette, pas d{AP}un problème de "
        f"clients{C}, a expliqué le PDG de {FV}, {SGu}. Il a indiqué que les magasins repris passeraient sous "
        f"l{AP}enseigne {FV} d{AP}ici à la fin du mois d{AP}avril. Le groupe familial, qui exploite 112 jardineries dans "
        f"l{AP}Ouest, avait levé 30 millions d{AP}euros en mars 2039 auprès de Bpifrance et du fonds {OC}. Cette levée "
        f"de fonds lui permet de payer comptant, a souligné son PDG. {FV} a dégagé l{AP}an dernier un excédent brut "
        f"d{AP}exploitation de 41,5 millions d{AP}euros, soit une marge de 9,2{NB}%, en hausse de 0,8{NB}point.\n\n"
        f"Un porte-parole de {BZ} a précisé que les neuf magasins rouvriraient {O}dès la mi-mars{C}. Selon {LT}, le "
        f"distributeur nantais lorgne aussi les quatorze magasins normands de {JM}, en procédure de sauvegarde depuis "
        f"décembre. La coopérative {TA}, qui a réalisé en 2039 un chiffre d{AP}affaires de 1,4 milliard d{AP}euros "
        f"(+2,3{NB}%), compte y installer ses propres magasins, selon son directeur général, {ELM}.\n\n"
        f"{O}Trois cent dix licenciements, ce n{AP}est pas un sauvetage, c{AP}est un plan social déguisé{C}, a réagi "
        f"{NC}, déléguée CFDT de {KJ}. Selon elle, les salariés du siège seront les premiers touchés. Le maire de Vitré, "
        f"{JYH}, résume{NB}: {O}Le siège reste à Vitré. C{AP}était notre ligne rouge.{C} {HL}, fils du fondateur, qui "
        f"avait dirigé l{AP}enseigne jusqu{AP}en 2034, s{AP}est dit {O}triste mais pas surpris{C}."))
    for s, l, c, o in [(GLG, PER, None, False), (TCR, ORG, None, True), ("Rennes", LOC, None, False),
                       (KJ, ORG, None, False), (FV, ORG, None, False), ("Vitré", LOC, None, False), (BZ, ORG, None, False),
                       (TA, ORG, None, False), (f"Côtes-d{AP}Armor", LOC, None, False), (YK, PER, None, False),
                       (HR, ORG, None, False), (HL, PER, None, False), (f"famille [Lebreton], l{AP}enseigne", PER, None, True),
                       (OP, ORG, None, False), (SGu, PER, None, False), (OC, ORG, None, False),
                       (f"l{AP}[Ouest], avait", LOC, None, False), ("Bpifrance", ORG, None, False), (LT, ORG, None, False),
                       (JM, ORG, None, False), (ELM, PER, None, False), (NC, PER, None, False), ("CFDT", ORG, None, False),
                       (JYH, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by a section word "
                      "and a colon ('Jardineries : trois repreneurs se partagent l’enseigne bretonne Kerjardin'), a "
                      "one-sentence standfirst line, then *new*: a byline line holding the town the journalist writes "
                      "from and the date with 'le' after it, and a clock time with a colon ('Par Gwenaëlle Le Goff | "
                      "Rennes, le 7 février 2040 à 18:52'), no dateline. The reference date is that day (Tuesday 7 February "
                      "2040), the day of the court's decision ('a validé mardi'). Every apostrophe is the typographic one "
                      "(U+2019: 'l’enseigne', 's’offre', 'Terres d’Armor', 'Côtes-d’Armor', 'd’euros', 'l’administrateur', "
                      "'l’offre', 'l’avait', 'd’affaires', 'l’an dernier', 'd’un', 'd’ici', 'd’avril', 'l’Ouest', "
                      "'d’exploitation', 'n’est', 'c’est', 'C’était', 'jusqu’en', 's’est'); no-break spaces (U+00A0) before "
                      "'%', before 'point', before the headline's and the mayor's colons, inside the guillemets and as "
                      "the thousands separator ('1 040 salariés', *new* inside an amount: '850 000 euros').")
    a["notes"].append("Entities: the coined Breton chain 'Kerjardin' (headline, lead, 'déléguée CFDT de Kerjardin'), the "
                      "coined Vendée group 'Florivert' (lead, 'l’offre de Florivert', 'le PDG de Florivert', *new*: "
                      "'sous l’enseigne Florivert', a banner named after the company, 'Florivert a dégagé'), the coined "
                      "Nantes distributor 'Bricozen' (twice), the coined cooperative 'Terres d’Armor' (twice; one ORG), "
                      "the coined Belgian fund 'Hallstatt Retail', the coined Paris fund 'Orvelle Partners', 'Bpifrance', "
                      "the coined fund 'Ouest Croissance' (one ORG, no separate 'Ouest'), the paper 'Le Télégramme' (its "
                      "article inside the name), the coined Normandy chain 'Jardimax' and the union 'CFDT' are ORG; "
                      "'Rennes' (byline), 'Vitré' (four times, once inside the mayor's marked words), 'Côtes-d’Armor' (one LOC, the département) and 'Ouest' "
                      "('dans l’Ouest', the French region, as 'Golfe' in the thirty-sixth set) are LOC; the journalist, "
                      "the administrator ('Me Yann Kerhervé': span without 'Me'), the buyer's CEO, the cooperative's CEO, "
                      "the union delegate, the mayor and the founder's son are PER (all invented). Optional: the court "
                      "'tribunal de commerce de Rennes' (ORG, as the courts of the earlier sets; a system's 'Rennes' LOC "
                      "inside it is ignored) and 'la famille Lebreton' (PER, span 'Lebreton', a family by its surname). "
                      "Not names: 'Jardineries' (the headline's section word), 'Le tribunal', 'l’enseigne', 'Le groupe "
                      "familial', 'le distributeur nantais', 'La coopérative', 'le siège'; 'bretonne', 'vendéen', "
                      "'nantais', 'belge', 'parisien', 'normands' are adjectives.")
    a["notes"].append("Quotes (12 required: 6 direct, 6 indirect): the jobs told before an inverted 'selon' with the "
                      "court-appointed administrator ('Au total, <clause>, selon l’administrateur judiciaire, Me X': the "
                      "span from 'Au total'); the court's judgment partly marked ('Le tribunal a jugé l’offre de Florivert "
                      "« ... »': one direct quote for the marked words, speaker the noun 'tribunal', canonical the court "
                      "named in the lead, ORG); the buyer's CEO named in apposition after the cue ('« ... », a expliqué le "
                      "PDG de Florivert, X') then 'Il a indiqué que <clause>' and, *new*, '<clause>, a souligné son PDG' "
                      "(an unmarked sentence referring back to a round with 'Cette levée de fonds', the speaker the noun "
                      "'PDG' after 'son', canonical his name); an unnamed spokesperson of a named company with a clause "
                      "partly marked ('Un porte-parole de Bricozen a précisé que les neuf magasins rouvriraient « dès la "
                      "mi-mars »': one direct quote, noun-phrase speaker, canonical null); a rumour told by a paper "
                      "('Selon Le Télégramme, <clause>'); the cooperative's figures and plan told before an inverted "
                      "'selon' with its CEO ('La coopérative X, qui a réalisé ..., compte y installer ..., selon son "
                      "directeur général, X': the whole clause, the relative clause inside); the union delegate ('« ... », "
                      "a réagi X, déléguée CFDT de Kerjardin') then 'Selon elle, <clause>'; the mayor named before a cue "
                      "and a colon ('Le maire de Vitré, X, résume : « ... »': two sentences, the final full stop inside "
                      "the marks); the founder's son's marked words after a pronominal cue ('s’est dit « ... »'). Not "
                      "quotes: the headline and the standfirst, 'Il a en revanche écarté l’offre ...' (a decision, no "
                      "words reported), 'qui proposait 11 millions d’euros' (an offer).")
    a["notes"].append("Events: acquisitions: *new*: one chain split by the court between three buyers, one acquisition each "
                      "with the same target ('Le tribunal de commerce de Rennes a validé mardi le démantèlement de "
                      "Kerjardin ... Le groupe vendéen Florivert reprend 21 magasins et le siège de Vitré pour 6,8 "
                      "millions d’euros, le distributeur nantais Bricozen s’offre neuf points de vente pour 2,1 millions "
                      "d’euros et la coopérative agricole Terres d’Armor rachète les quatre jardineries des Côtes-d’Armor "
                      "pour 850 000 euros'): triggers 'reprend', 's’offre', 'rachète', target Kerjardin (its stores), "
                      "the buyer and the price of each, date the court's 'mardi', done (the court has approved, the "
                      "present tense tells the outcome); optional: the fund's rejected global offer ('Il a en revanche "
                      "écarté l’offre globale du fonds belge Hallstatt Retail, qui proposait 11 millions d’euros', status "
                      "planned, as the rejected rival offer of the twenty-ninth set); the earlier buyout ('l’enseigne "
                      "avait été rachetée en 2034 par le fonds parisien Orvelle Partners': done, target Kerjardin through "
                      "'l’enseigne', the founding family an optional seller); the rumoured purchase ('le distributeur "
                      "nantais lorgne aussi les quatorze magasins normands de Jardimax': planned, a figurative verb of "
                      "desire, buyer Bricozen through 'le distributeur nantais'). Funding: the main buyer's earlier round "
                      "('Le groupe familial ... avait levé 30 millions d’euros en mars 2039 auprès de Bpifrance et du "
                      "fonds Ouest Croissance. Cette levée de fonds ...': company Florivert through 'Le groupe familial', "
                      "two investors, date 2039-03, no round string). Results: the chain's revenue with its fall ('Son "
                      "chiffre d’affaires a fondu de 19 % en deux ans, à 162 millions d’euros l’an dernier': change 19, "
                      "period 2039) and net loss in the same sentence (period optional); Florivert's EBITDA ('Florivert a "
                      "dégagé l’an dernier un excédent brut d’exploitation de 41,5 millions d’euros, soit une marge de "
                      "9,2 %, en hausse de 0,8 point': metric ebitda, period 2039; the rise in points is the margin's, no "
                      "change of the amount); the cooperative's revenue ('qui a réalisé en 2039 un chiffre d’affaires de "
                      "1,4 milliard d’euros (+2,3 %)'). Roles: 'l’administrateur judiciaire, Me X' (a court-appointed "
                      "office, no organization, as 'Le mandataire de justice, Me X' in the twenty-ninth set), 'le PDG de "
                      "Florivert, X', 'son directeur général, X' ('son' is the cooperative: organization optional), 'X, "
                      "déléguée CFDT de Kerjardin' (title 'déléguée', organization the union, as 'déléguée CGT' in the "
                      "earlier sets), 'Le maire de Vitré, X' (no organization). Not events: the receivership, the jobs, "
                      "the rebranding, the reopening, the founder's son's former post ('qui avait dirigé l’enseigne': a "
                      "post told by a verb, no title), 'fils du fondateur' (kinship), the headline and the standfirst.")
    a["notes"].append("Money: euros EUR: the three prices '6,8 millions d’euros', '2,1 millions d’euros', *new* '850 000 "
                      "euros' (a no-break space as the thousands separator inside the amount), the rejected offer '11 "
                      "millions d’euros', the revenue '162 millions d’euros', the loss '23 millions d’euros', the round "
                      "'30 millions d’euros', the EBITDA '41,5 millions d’euros', the cooperative's revenue '1,4 milliard "
                      "d’euros'. 'Trente-quatre des 48 magasins', '730 des 1 040 salariés', '40 magasins', '520 "
                      "salariés', '112 jardineries', 'Trois cent dix licenciements' are counts. Percentages: the "
                      "standfirst's '70 %', the revenue fall '19 %', the margin '9,2 %', *new*: '0,8 point' with a "
                      "no-break space before 'point' (value 0.8, points), the signed rise in brackets '+2,3 %'.")
    a["notes"].append("Dates: the byline's '7 février 2040 à 18:52' one TIME, 2040-02-07T18:52 (span after 'le'); 'mardi' "
                      "the publication day; '12 septembre dernier' (span with 'dernier') 2039-09-12; 'Fondée en 1987', "
                      "'rachetée en 2034' and 'jusqu’en 2034' the years (two items for 2034); 'en deux ans' span 'deux "
                      "ans', P2Y; 'l’an dernier' twice, 2039 (span 'an dernier', two items); 'd’ici à la fin du mois "
                      "d’avril' (inside the CEO's reported clause, future) span 'fin du mois d’avril', 2040-04 with mod END; "
                      "'en mars 2039' 2039-03; 'dès la mi-mars' (inside marked words, future) span 'mi-mars', 2040-03 with "
                      "mod MID; 'depuis décembre' (past) 2039-12; 'en 2039' (the cooperative's revenue) the year.")
    M(a, E68, 6.8e6, "EUR")
    M(a, E21, 2.1e6, "EUR")
    M(a, E850, 850000, "EUR")
    M(a, f"11 millions d{AP}euros", 11e6, "EUR")
    M(a, f"162 millions d{AP}euros", 162e6, "EUR")
    M(a, f"23 millions d{AP}euros", 23e6, "EUR")
    M(a, f"30 millions d{AP}euros", 30e6, "EUR")
    M(a, f"41,5 millions d{AP}euros", 41.5e6, "EUR")
    M(a, f"1,4 milliard d{AP}euros", 1.4e9, "EUR")
    P(a, f"70{NB}%", 70)
    P(a, f"19{NB}%", 19)
    P(a, f"9,2{NB}%", 9.2)
    P(a, f"0,8{NB}point", 0.8, points=True)
    P(a, f"+2,3{NB}%", 2.3)
    D(a, "7 février 2040 à 18:52", "2040-02-07T18:52", typ="TIME",
      note="*new*: the byline with the town and 'le' before the date, a clock time with a colon")
    D(a, "mardi", "2040-02-07", note="'a validé mardi': the publication day")
    D(a, "12 septembre dernier", "2039-09-12", note="'placée en redressement judiciaire le 12 septembre dernier'")
    D(a, "1987", "1987", note="'Fondée en 1987'")
    D(a, "2034", "2034", nth=0, note="'avait été rachetée en 2034'")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'a fondu de 19 % en deux ans'")
    D(a, "an dernier", "2039", nth=0, note="'à 162 millions d’euros l’an dernier'")
    D(a, f"fin du mois d{AP}avril", "2040-04", mod="END",
      note="future: 'd’ici à la fin du mois d’avril', inside the CEO's reported clause")
    D(a, "mars 2039", "2039-03", note="'avait levé 30 millions d’euros en mars 2039'")
    D(a, "an dernier", "2039", nth=1, note="'Florivert a dégagé l’an dernier un excédent brut d’exploitation'")
    D(a, "mi-mars", "2040-03", mod="MID", note="future: 'rouvriraient « dès la mi-mars »', inside marked words")
    D(a, "décembre", "2039-12", note="past: 'en procédure de sauvegarde depuis décembre'")
    D(a, "2039", "2039", nth=1, note="'qui a réalisé en 2039 un chiffre d’affaires'")
    D(a, "2034", "2034", nth=1, note="'qui avait dirigé l’enseigne jusqu’en 2034'")
    Q(a, f"[Au total, 730 des 1{NB}040 salariés conservent leur emploi], selon", "indirect",
      f"[selon] l{AP}administrateur", (YK, YK, PER), gender="male",
      note="a sentence before an inverted 'selon'; the name after 'Me' in apposition to 'l’administrateur judiciaire'")
    Q(a, f"{O}[la plus solide sur le plan social]{C}", "direct", "a jugé", ("Le [tribunal] a jugé", TCR, ORG),
      note="'Le tribunal a jugé l’offre de Florivert « ... »': marked words after a noun-phrase object; the court "
           "named in the lead")
    Q(a, f"{O}[Nous reprenons des magasins bien placés, qui souffraient d{AP}un problème de dette, pas d{AP}un problème de clients]{C}",
      "direct", "a expliqué", (SGu, SGu, PER), gender="male",
      note="the name in apposition to 'le PDG de Florivert', after the cue")
    Q(a, f"indiqué que [les magasins repris passeraient sous l{AP}enseigne {FV} d{AP}ici à la fin du mois d{AP}avril].",
      "indirect", "a indiqué", ("[Il] a indiqué", SGu, PER), gender="male",
      note="'Il' is the CEO of the sentence before")
    Q(a, "[Cette levée de fonds lui permet de payer comptant], a souligné", "indirect", "a souligné",
      ("son [PDG]. Florivert", SGu, PER), gender="male",
      note="*new*: an unmarked sentence before an inverted cue whose speaker is 'son PDG' (the noun, canonical the "
           "CEO named in the paragraph)")
    Q(a, f"{O}[dès la mi-mars]{C}", "direct", "a précisé", (f"Un [porte-parole de {BZ}] a", None, None),
      note="'Un porte-parole de Bricozen a précisé que les neuf magasins rouvriraient « dès la mi-mars »': a clause "
           "partly marked, one direct quote; an unnamed spokesperson: noun phrase without its article, canonical null")
    Q(a, f"Selon {LT}, [le distributeur nantais lorgne aussi les quatorze magasins normands de {JM}, en procédure de sauvegarde depuis décembre].",
      "indirect", f"[Selon] {LT}", (LT, LT, ORG), note="'Selon <paper>, <clause>'")
    Q(a, f"[La coopérative {TA}, qui a réalisé en 2039 un chiffre d{AP}affaires de 1,4 milliard d{AP}euros (+2,3{NB}%), compte y installer ses propres magasins], selon",
      "indirect", "[selon] son directeur", (ELM, ELM, PER), gender="male",
      note="a sentence before an inverted 'selon'; the name in apposition to 'son directeur général'")
    Q(a, f"{O}[Trois cent dix licenciements, ce n{AP}est pas un sauvetage, c{AP}est un plan social déguisé]{C}",
      "direct", "a réagi", (NC, NC, PER), gender="female",
      note="the name after the cue, 'déléguée CFDT de Kerjardin' in apposition")
    Q(a, "Selon elle, [les salariés du siège seront les premiers touchés].", "indirect", "[Selon] elle",
      ("Selon [elle]", NC, PER), gender="female", note="a pronoun after 'Selon': the union delegate")
    Q(a, f"{O}[Le siège reste à Vitré. C{AP}était notre ligne rouge.]{C}", "direct", "résume", (JYH, JYH, PER),
      gender="male",
      note="'Le maire de Vitré, X, résume : « ... »': a present-tense cue and a colon before the marks; two sentences, "
           "the final full stop inside the marks")
    Q(a, f"{O}[triste mais pas surpris]{C}", "direct", f"s{AP}est dit", (HL, HL, PER), gender="male",
      note="marked words after a pronominal cue; the name at the head of the sentence")
    V(a, "acquisition", "reprend", {"target": KJ, "buyer": FV, "amount": E68, "date": "mardi", "status": "done"},
      note="'Le groupe vendéen Florivert reprend 21 magasins et le siège de Vitré pour 6,8 millions d’euros', after the "
           "court's approval 'mardi': done")
    V(a, "acquisition", f"s{AP}offre", {"target": KJ, "buyer": BZ, "amount": E21, "date": "mardi", "status": "done"},
      note="'le distributeur nantais Bricozen s’offre neuf points de vente pour 2,1 millions d’euros': done")
    V(a, "acquisition", "rachète", {"target": KJ, "buyer": TA, "amount": E850, "date": "mardi", "status": "done"},
      note="'la coopérative agricole Terres d’Armor rachète les quatre jardineries des Côtes-d’Armor pour 850 000 "
           "euros': done")
    V(a, "acquisition", "offre globale", {"target": KJ, "buyer": HR, "amount": f"11 millions d{AP}euros",
                                          "status": "planned"}, optional=True,
      note="the rejected global offer: optional, as the rejected rival offer of the twenty-ninth set")
    V(a, "acquisition", "rachetée", {"target": KJ, "buyer": OP, "seller": ("opt", f"famille [Lebreton], l{AP}enseigne"),
                                     "date": "2034", "status": "done"},
      note="'l’enseigne avait été rachetée en 2034 par le fonds parisien Orvelle Partners': done; the founding family an "
           "optional seller")
    V(a, "result", f"chiffre d{AP}affaires", {"company": KJ, "metric": "revenue", "amount": f"162 millions d{AP}euros",
                                              "change": f"19{NB}%", "period": "an dernier"},
      note="'Son chiffre d’affaires a fondu de 19 % en deux ans, à 162 millions d’euros l’an dernier': 'Son' is the chain")
    V(a, "result", "perte nette", {"company": KJ, "metric": "loss", "amount": f"23 millions d{AP}euros",
                                   "period": ("opt", "an dernier")},
      note="'pour une perte nette de 23 millions d’euros': the same sentence, the year written once")
    V(a, "role", "administrateur judiciaire", {"person": YK, "title": "administrateur judiciaire"},
      note="'l’administrateur judiciaire, Me X': a court-appointed office, no organization")
    V(a, "role", "PDG", {"person": SGu, "title": "PDG", "organization": f"PDG de [{FV}], {SGu}"},
      note="'le PDG de Florivert, X'")
    V(a, "funding", "levé", {"company": FV, "amount": f"30 millions d{AP}euros", "investors": ["Bpifrance", OC],
                             "date": "mars 2039"},
      note="'Le groupe familial ... avait levé 30 millions d’euros en mars 2039 auprès de Bpifrance et du fonds Ouest "
           "Croissance': 'Le groupe familial' is Florivert; 'Cette levée de fonds' refers back to it")
    V(a, "result", f"excédent brut d{AP}exploitation", {"company": f"[{FV}] a dégagé", "metric": "ebitda",
                                     "amount": f"41,5 millions d{AP}euros", "period": "an dernier"},
      note="'Florivert a dégagé l’an dernier un excédent brut d’exploitation de 41,5 millions d’euros': the margin's rise "
           "in points is no change of the amount")
    V(a, "acquisition", "lorgne", {"target": JM, "buyer": f"Un porte-parole de [{BZ}] a", "status": "planned"},
      note="'le distributeur nantais lorgne aussi les quatorze magasins normands de Jardimax', reported by a paper: "
           "planned; 'le distributeur nantais' is Bricozen")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"coopérative [{TA}], qui", "metric": "revenue",
                                              "amount": f"1,4 milliard d{AP}euros", "change": f"+2,3{NB}%",
                                              "period": "2039"}, nth=1,
      note="'La coopérative Terres d’Armor, qui a réalisé en 2039 un chiffre d’affaires de 1,4 milliard d’euros (+2,3 %)'")
    V(a, "role", "directeur général", {"person": ELM, "title": "directeur général",
                                       "organization": ("opt", f"coopérative [{TA}], qui")},
      note="'selon son directeur général, X': 'son' is the cooperative")
    V(a, "role", "déléguée", {"person": NC, "title": "déléguée", "organization": "CFDT"},
      note="'X, déléguée CFDT de Kerjardin': title 'déléguée', organization the union")
    V(a, "role", "maire", {"person": JYH, "title": "maire"},
      note="'Le maire de Vitré, X': no organization (the town is a place)")
