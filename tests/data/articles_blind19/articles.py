"""The three articles of the nineteenth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind19`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, inside the guillemets and in '150 000 euros' in V)
NN = "\u202f"    # narrow no-break space (before % and inside the guillemets in W)
AP = "\u2019"    # typographic apostrophe (every apostrophe of W)
ND = "\u2013"    # en dash opening the interview's turns in X


def define(B):
    define_v(B)
    define_w(B)
    define_x(B)


def define_v(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    AB, GL, JM, IT, CB = "Arbelys", "Gérard Lemonnier", "Julien Marquès", "Isabelle Truchot", "Claire Besnard"
    TCA, VH = "tribunal correctionnel d'Angers", "Vert Horizon"
    # ------------------------------------------------------------ V: a nursery group's former CEO tried for misuse of company assets (regional daily, web)
    a = B.article("V-proces-pepinieriste-angers", "2035-05-16", (
        f"Angers : l'ancien PDG d'{AB} jugé pour abus de biens sociaux\n"
        "Par Yann Le Goff\n"
        "Publié le mercredi 16 mai 2035 à 19h12\n\n"
        "Il a dirigé pendant quinze ans le pépiniériste angevin qui fournit les jardineries de toute la France. "
        f"Mardi, {GL}, 63 ans, ancien PDG d'{AB}, a comparu devant le {TCA} pour abus de biens "
        "sociaux. Selon le parquet, il a détourné 1,4 million d'euros entre 2029 et 2033, en faisant payer par la "
        "société des travaux dans sa villa de La Baule et des voyages en famille. En 2030, il avait aussi fait "
        f"racheter par {AB} la société de paysagisme {VH}, propriété de son beau-frère, pour 2,2 millions "
        "d'euros.\n\n"
        f"{O}Il a traité {AB} comme sa tirelire personnelle{C}, a requis le procureur, {JM}, qui a demandé "
        f"deux ans de prison avec sursis, 150{NB}000 euros d'amende et cinq ans d'interdiction de gérer.\n\n"
        f"L'ancien patron, qui détient encore 12{NB}% du capital, a reconnu avoir réglé des factures personnelles "
        f"avec la carte de l'entreprise, mais conteste tout enrichissement. {O}J'ai toujours remboursé ce que je "
        f"devais. Ma seule faute, c'est d'avoir trop aimé cette maison{C}, a-t-il lâché à la barre. Me {IT}, "
        f"son avocate, a plaidé que son client avait sauvé {AB} de la faillite en 2021. Elle a demandé la relaxe "
        "pour l'essentiel des faits.\n\n"
        f"Partie civile, la société estime que son ancien dirigeant {O}a trahi la confiance de 420 salariés{C} et "
        f"réclame 1,9 million d'euros de dommages et intérêts. {AB} a réalisé en 2034 un chiffre d'affaires de 86 "
        f"millions d'euros, en hausse de 4,5{NB}%. La directrice générale d'{AB}, {CB}, qui lui a succédé en "
        "septembre 2033, assistait à l'audience sans faire de déclaration.\n\n"
        "Le jugement a été mis en délibéré au 27 juin."))
    for s, l, c, o in [(TCA, ORG, None, True), ("Angers", LOC, None, False), (AB, ORG, None, False),
                       ("Yann Le Goff", PER, None, False), ("France", LOC, None, False), (GL, PER, None, False),
                       ("La Baule", LOC, None, False), (VH, ORG, None, False), (JM, PER, None, False),
                       (IT, PER, None, False), (CB, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Court chronicle of a French regional daily's website copied as plain text: a headline opened by "
                      "the town's name and a colon ('Angers : l'ancien PDG ...'), a byline ('Par Yann Le Goff') and a "
                      "publication line with the weekday and the clock time ('Publié le mercredi 16 mai 2035 à "
                      "19h12'), no dateline. The reference date is that day (Wednesday 16 May 2035), the day after "
                      "the hearing ('Mardi, ... a comparu'). Straight apostrophes; no-break spaces (U+00A0) before '%', "
                      "inside the guillemets and in the amount '150 000 euros'; an ordinary space in the count '420 "
                      "salariés'.")
    a["notes"].append("Entities: the coined nursery group 'Arbelys' (headline, body, inside the prosecutor's marked "
                      "words) and the coined landscaping firm 'Vert Horizon' (after 'la société de paysagisme') are "
                      "ORG; 'tribunal correctionnel d'Angers' is an optional ORG, as the courts of the earlier sets (no "
                      "separate 'Angers' inside); the headline's 'Angers', 'France' and 'La Baule' (its article part of "
                      "the town's name, as 'La Chaux-de-Fonds' in the eighteenth set) are LOC; the defendant, the "
                      "prosecutor, the defence lawyer (after the title 'Me', left out of the name), the new chief "
                      "executive and the byline's journalist are PER. 'angevin' is an adjective; 'le parquet', 'le "
                      "procureur', 'L'ancien patron', 'son ancien dirigeant', 'la société', 'l'entreprise', 'cette "
                      "maison' (inside the marked words), 'son beau-frère', 'Partie civile' are not names.")
    a["notes"].append("Quotes: the prosecution office through 'Selon le parquet, <clause>' (the office not named: a "
                      "noun-phrase speaker, canonical null, as 'Le parquet estime que' in the fourteenth set); the "
                      "prosecutor's marked closing words 'a requis le procureur, X' (direct, the name in apposition, as "
                      "in the twelfth and fourteenth sets); the defendant through a noun phrase 'L'ancien patron, qui "
                      "détient ..., a reconnu avoir <clause>, mais conteste ...' (indirect, from the infinitive 'avoir' "
                      "to the comma, as in the eleventh set; 'conteste tout enrichissement' takes a noun phrase: no "
                      "second quote; speaker the noun phrase 'ancien patron', canonical the defendant, as 'l'ancien "
                      "PDG' in the fourteenth set), then '« ... », a-t-il lâché à la barre' (two sentences in one pair "
                      "of marks: one quote; 'il' is the defendant); the defence lawyer 'Me X, son avocate, a plaidé que "
                      "<clause>' (indirect, span after 'que'; 'a plaidé' with a clause reports words, unlike 'a plaidé "
                      "la relaxe'); the company, civil party, through 'la société estime que son ancien dirigeant « "
                      "... »' (a partly marked clause: one direct quote for the marked words; speaker the noun "
                      "'société', canonical Arbelys). Not quotes: the requisitions ('qui a demandé deux ans de prison "
                      "...', a noun-phrase object), 'Elle a demandé la relaxe ...', 'réclame 1,9 million d'euros de "
                      "dommages et intérêts' (a civil party's claim), 'assistait à l'audience sans faire de "
                      "déclaration', 'Le jugement a été mis en délibéré au 27 juin' (no speaker).")
    a["notes"].append("Events: roles: the defendant's former post 'X, 63 ans, ancien PDG d'Arbelys' (organization "
                      "required; the headline's 'l'ancien PDG d'Arbelys' and 'Il a dirigé pendant quinze ans le "
                      "pépiniériste' state the same fact: one event, trigger in the body); 'le procureur, X' (title "
                      "only, as the prosecutors of the earlier sets); the new chief executive 'La directrice générale "
                      "d'Arbelys, X, qui lui a succédé en septembre 2033' (organization required; 'lui' is the "
                      "defendant, whose post is already an event: no predecessor role); the lawyer 'Me X, son "
                      "avocate' is an optional role, as lawyers in the earlier sets. 'En 2030, il avait aussi fait "
                      "racheter par Arbelys la société de paysagisme Vert Horizon ... pour 2,2 millions d'euros' is a "
                      "done acquisition (buyer Arbelys, trigger the verb 'racheter'; the brother-in-law, never named, "
                      "is no seller). The 2034 revenue with its rise is a result. Not events: the sums diverted, the "
                      "requested sentence and fine, the damages claimed, the defendant's remaining stake ('12 %', a "
                      "holding), the verdict's date.")
    a["notes"].append("Dates: the publication line 'mercredi 16 mai 2035 à 19h12' is one TIME with its weekday; "
                      "'pendant quinze ans' a duration; 'Mardi' (the hearing) the day before; '63 ans' (an age) "
                      "optional, as in the earlier sets; 'entre 2029 et 2033' two points; 'En 2030', 'en 2021' (inside "
                      "the lawyer's reported clause) and 'en 2034' years; the requested 'deux ans de prison' a "
                      "required duration (as the prison terms of the earlier sets; 'avec sursis' not annotated) and "
                      "*new*: the requested ban 'cinq ans d'interdiction de gérer' a required duration as well; "
                      "'septembre 2033' the month; 'au 27 juin' (the verdict, future) 2035-06-27. Money: the sum "
                      "diverted '1,4 million d'euros', the price '2,2 millions d'euros', the requested fine '150 000 "
                      "euros', the damages claimed '1,9 million d'euros', the revenue '86 millions d'euros'. "
                      "Percentages: '12 %' (a stake held), '4,5 %' (a rise, no sign written). '420 salariés' (inside "
                      "the marked words) is a count.")
    M(a, "1,4 million d'euros", 1.4e6, "EUR")
    M(a, "2,2 millions d'euros", 2.2e6, "EUR")
    M(a, f"150{NB}000 euros", 150000, "EUR")
    M(a, "1,9 million d'euros", 1.9e6, "EUR")
    M(a, "86 millions d'euros", 86e6, "EUR")
    P(a, f"12{NB}%", 12)
    P(a, f"4,5{NB}%", 4.5)
    D(a, "mercredi 16 mai 2035 à 19h12", "2035-05-16T19:12", typ="TIME",
      note="the publication line: weekday, day and clock time")
    D(a, "quinze ans", "P15Y", typ="DURATION", note="'Il a dirigé pendant quinze ans ...'")
    D(a, "Mardi", "2035-05-15", note="past: the hearing, the day before the Wednesday publication")
    D(a, "63 ans", "P63Y", typ="DURATION", opt=True, note="an age")
    D(a, "2029", "2029", note="'entre 2029 et 2033': two points")
    D(a, "2033", "2033", note="'entre 2029 et 2033': two points")
    D(a, "2030", "2030", note="'En 2030, il avait aussi fait racheter ...'")
    D(a, "deux ans", "P2Y", typ="DURATION", note="the requested prison term")
    D(a, "cinq ans", "P5Y", typ="DURATION", note="the requested ban from managing a company")
    D(a, "2021", "2021", note="'en 2021', inside the lawyer's reported clause")
    D(a, "2034", "2034", note="'a réalisé en 2034 un chiffre d'affaires'")
    D(a, "septembre 2033", "2033-09", note="'qui lui a succédé en septembre 2033'")
    D(a, "27 juin", "2035-06-27", note="future: 'mis en délibéré au 27 juin'")
    Q(a, "Selon le parquet, [il a détourné 1,4 million d'euros entre 2029 et 2033, en faisant payer par la société des travaux dans sa villa de La Baule et des voyages en famille].",
      "indirect", "[Selon] le parquet", ("Selon le [parquet]", None, None),
      note="the prosecution office, not named: noun phrase, canonical null; 'il' inside the clause is the defendant")
    Q(a, f"{O}[Il a traité {AB} comme sa tirelire personnelle]{C}", "direct", "a requis", (JM, JM, PER),
      gender="male", note="marked closing words of the prosecutor; 'le procureur' shows the gender")
    Q(a, "a reconnu [avoir réglé des factures personnelles avec la carte de l'entreprise], mais", "indirect",
      "a reconnu", ("L'[ancien patron], qui", GL, PER), gender="male",
      note="'a reconnu avoir ...': from the infinitive to the comma; 'L'ancien patron' is the defendant")
    Q(a, f"{O}[J'ai toujours remboursé ce que je devais. Ma seule faute, c'est d'avoir trop aimé cette maison]{C}",
      "direct", "a-t-il lâché", ("a-t-[il] lâché", GL, PER), gender="male",
      note="two sentences inside one pair of marks: one quote; 'il' is the defendant of the sentence before")
    Q(a, f"plaidé que [son client avait sauvé {AB} de la faillite en 2021].", "indirect", "a plaidé", (IT, IT, PER),
      gender="female", note="'Me X, son avocate, a plaidé que <clause>'; 'son avocate' shows the gender")
    Q(a, f"son ancien dirigeant {O}[a trahi la confiance de 420 salariés]{C}", "direct", "estime",
      ("la [société] estime", AB, ORG),
      note="a partly marked clause after 'estime que': one direct quote for the marked words; 'la société' is "
           "Arbelys, the civil party")
    V(a, "role", "ancien [PDG] d'Arbelys, a", {"person": GL, "title": "PDG", "organization": AB},
      note="a former post ('X, 63 ans, ancien PDG d'Arbelys'); the headline states the same fact")
    V(a, "acquisition", "racheter", {"target": VH, "buyer": AB, "amount": "2,2 millions d'euros", "date": "2030",
                                     "status": "done"},
      note="'il avait aussi fait racheter par Arbelys la société de paysagisme Vert Horizon ...': the buyer is the "
           "company; the unnamed brother-in-law is no seller")
    V(a, "role", "[procureur], Julien", {"person": JM, "title": "procureur"}, note="the prosecutor: title only")
    V(a, "role", "son [avocate], a plaidé", {"person": IT, "title": "avocate"}, optional=True,
      note="defence counsel, optional as lawyers in the earlier sets")
    V(a, "result", "chiffre d'affaires", {"company": AB, "metric": "revenue", "amount": "86 millions d'euros",
                                          "change": f"4,5{NB}%", "period": "2034"})
    V(a, "role", "[directrice générale] d'Arbelys", {"person": CB, "title": "directrice générale",
                                                      "organization": AB},
      note="'La directrice générale d'Arbelys, X, qui lui a succédé ...': the defendant's successor")


def define_w(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    KB, EZ, VM, PH, TC, SP = ("Kroonberg", "Enzymia", "Valmeyre", "Pieter Hoogendijk", "Thornbury Capital",
                              "Sarah Peeters")
    DP, EB, CA = "Degroof Petercam", "Euronext Bruxelles", f"conseil d{AP}administration"
    # ------------------------------------------------------------ W: a hostile bid for a Ghent enzyme maker, a rival in the wings (Belgian business daily, web)
    a = B.article("W-opa-hostile-enzymes-gand", "2035-06-12", (
        f"{KB} convoite {EZ}, {VM} en embuscade\n"
        "Par Nicolas Vandenbroeck\n"
        "Publié le 12 juin 2035 à 06h45\n\n"
        f"Le chimiste néerlandais {KB} veut avaler son concurrent gantois {EZ}. Le groupe de Rotterdam lance "
        f"une OPA hostile sur le spécialiste des enzymes industrielles, à 62 euros par action, soit 3,1 milliards "
        f"d{AP}euros au total, a-t-il annoncé lundi. La prime atteint 34{NN}% sur le cours de clôture de vendredi. "
        f"L{AP}offre doit encore être approuvée par la FSMA, le gendarme boursier belge.\n\n"
        f"{O}Ensemble, nous créerons le champion européen des biosolutions, avec des usines à Gand, à Rotterdam et "
        f"à Tarragone{C}, a déclaré le PDG de {KB}, {PH}, lors d{AP}une conférence téléphonique.\n\n"
        f"La riposte n{AP}a pas tardé. {O}Cette offre non sollicitée sous-évalue nettement {EZ} et ses "
        f"perspectives. Le conseil recommande aux actionnaires de ne pas apporter leurs titres{C}, indique le "
        f"{CA} dans un communiqué. {EZ} a dégagé en 2034 un bénéfice net de 168 millions d{AP}euros, "
        f"en hausse de 12{NN}%, pour un chiffre d{AP}affaires de 1,34 milliard d{AP}euros (+7,2{NN}%).\n\n"
        f"Le français {VM}, numéro deux mondial du secteur, pourrait surenchérir à plus de 70 euros par action, "
        f"selon Bloomberg. Contacté, le groupe lyonnais n{AP}a pas souhaité commenter. Le fonds activiste "
        f"britannique {TC}, qui détient 7,8{NN}% d{AP}{EZ}, juge l{AP}offre de {KB} {O}opportuniste{C} et "
        "réclame au moins 75 euros.\n\n"
        f"{O}À 62 euros, {KB} tente un passage en force au plus bas du cycle{C}, estime {SP}, analyste chez "
        f"{DP}. Sur {EB}, l{AP}action {EZ} bondissait de 39,5{NN}% mardi à l{AP}ouverture, au-dessus "
        "du prix offert."))
    for s, l, c, o in [(KB, ORG, None, False), (EZ, ORG, None, False), (VM, ORG, None, False),
                       ("Nicolas Vandenbroeck", PER, None, False), ("Rotterdam", LOC, None, False),
                       ("FSMA", ORG, None, False), ("Gand", LOC, None, False), ("Tarragone", LOC, None, False),
                       (PH, PER, None, False), ("Bloomberg", ORG, None, False), (TC, ORG, None, False),
                       (SP, PER, None, False), (DP, ORG, None, False), (EB, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Belgian business daily copied as plain text: a headline with no section word "
                      "('Kroonberg convoite Enzymia, Valmeyre en embuscade'), a byline ('Par Nicolas Vandenbroeck') and "
                      "a publication line with the day and a clock time with 'h' and a leading zero ('Publié le 12 "
                      "juin 2035 à 06h45'), no dateline. The reference date is that day (Tuesday 12 June 2035), the "
                      "day after the bid ('a-t-il annoncé lundi'). Every apostrophe is the typographic one (U+2019: "
                      "'d’euros', 'L’offre', 'conseil d’administration', 'd’Enzymia'); narrow no-break spaces "
                      "(U+202F) before '%' and inside the guillemets.")
    a["notes"].append("Entities: the coined Dutch bidder 'Kroonberg' (headline, body, inside the analyst's marked "
                      "words), the coined Ghent target 'Enzymia' (headline, body, inside the board's marked words, "
                      "'d’Enzymia', 'l’action Enzymia') and the coined French rival 'Valmeyre' (headline, body) are "
                      "ORG; the activist fund 'Thornbury Capital' (coined, after 'Le fonds activiste britannique'), "
                      "the Belgian market regulator 'FSMA' (never spelled out, keeps its form), the agency "
                      "'Bloomberg', the bank 'Degroof Petercam' (after 'chez') and the market 'Euronext Bruxelles' "
                      "(no separate 'Bruxelles', as 'Euronext Growth' in the twelfth set) are ORG; 'Rotterdam' ('Le "
                      "groupe de Rotterdam', then inside the CEO's marked words), 'Gand' and 'Tarragone' (inside the "
                      "marked words) are LOC. 'néerlandais', 'gantois', 'belge', 'européen', 'français', 'lyonnais', "
                      "'britannique' are adjectives; 'OPA', 'Le groupe de Rotterdam', 'le spécialiste des enzymes "
                      "industrielles', 'le gendarme boursier belge', 'La prime', 'L’offre', 'Le conseil', 'le conseil "
                      "d’administration', 'le groupe lyonnais', 'l’action' are not names.")
    a["notes"].append("Quotes: the bid announced through an inverted pronoun ('<clause>, a-t-il annoncé lundi': the "
                      "whole sentence before the comma, 'il' being 'Le groupe de Rotterdam', Kroonberg; a company: no "
                      "gender, as in the thirteenth set); the bidder's CEO 'a déclaré le PDG de Kroonberg, X'; *new*: "
                      "the target's board through its statement, '« ... », indique le conseil d’administration dans un "
                      "communiqué' (direct, two sentences in one pair of marks: one quote; speaker the noun phrase "
                      "'conseil d’administration', canonical Enzymia, the company whose board it is, as 'la "
                      "direction' stands for its company in the sixteenth set); the rumour '<clause>, selon "
                      "Bloomberg' (inverted, the agency by name, as 'selon l’agence Bloomberg' in the twelfth set); "
                      "the shareholder fund 'juge l’offre de Kroonberg « opportuniste »' (one marked word after 'juge', "
                      "as 'juge pourtant l'offre « équitable »' in the eleventh set; the fund speaks by name); the "
                      "analyst 'estime X, analyste chez Degroof Petercam'. Not quotes: 'Contacté, le groupe lyonnais "
                      "n’a pas souhaité commenter', 'réclame au moins 75 euros' (a claim with a noun-phrase object), "
                      "'L’offre doit encore être approuvée par la FSMA'.")
    a["notes"].append("Events: one fact, one event: the hostile bid (headline 'convoite', lead 'veut avaler son "
                      "concurrent gantois Enzymia', body 'lance une OPA hostile sur le spécialiste des enzymes "
                      "industrielles, à 62 euros par action, soit 3,1 milliards d’euros au total') is one acquisition, "
                      "'announced' (a bid launched, to be approved by the regulator, rejected by the board, as in the "
                      "thirteenth and fifteenth sets), trigger the body's noun 'OPA', amount the bid's total (the price "
                      "per share and the premium are no arguments), date 'lundi'; *new*: the rumoured counter-bid "
                      "'Valmeyre ... pourrait surenchérir à plus de 70 euros par action, selon Bloomberg' is a planned "
                      "acquisition of Enzymia (trigger the verb 'surenchérir', as 'serait en discussions ... pour une "
                      "contre-offre' in the thirteenth set; the price per share is no argument). Results of Enzymia "
                      "for 2034: the net profit with its rise and the revenue with its signed change in brackets, the "
                      "year written once for both (the revenue's period optional, as La Poste's in the seventeenth "
                      "set). Roles: 'le PDG de Kroonberg, X' and 'X, analyste chez Degroof Petercam' (organization "
                      "required). Not events: the premium, the fund's stake ('7,8 %', a holding), its price claim, "
                      "the regulator's review, the board's rejection, the share move.")
    a["notes"].append("Dates: the publication line '12 juin 2035 à 06h45' is one TIME; 'lundi' (the bid) the day "
                      "before the Tuesday publication; 'vendredi' ('le cours de clôture de vendredi': the last session) "
                      "2035-06-08; 'en 2034' the year; 'mardi' ('bondissait ... mardi à l’ouverture') the publication "
                      "day. Money: the price per share '62 euros' (twice, the second inside the analyst's marked "
                      "words), the bid's total '3,1 milliards d’euros', the net profit '168 millions d’euros', the "
                      "revenue '1,34 milliard d’euros', the rumoured price '70 euros' (after 'plus de', not in the "
                      "span) and the fund's claim '75 euros' (after 'au moins', not in the span). Percentages: '34 %' "
                      "(a premium), '12 %' (a rise), '+7,2 %' (sign kept in the span), '7,8 %' (a stake held), '39,5 "
                      "%' (a share move).")
    M(a, "62 euros", 62, "EUR", nth=0)
    M(a, f"3,1 milliards d{AP}euros", 3.1e9, "EUR")
    M(a, f"168 millions d{AP}euros", 168e6, "EUR")
    M(a, f"1,34 milliard d{AP}euros", 1.34e9, "EUR")
    M(a, "70 euros", 70, "EUR")
    M(a, "75 euros", 75, "EUR")
    M(a, "62 euros", 62, "EUR", nth=1)
    P(a, f"34{NN}%", 34)
    P(a, f"12{NN}%", 12)
    P(a, f"+7,2{NN}%", 7.2)
    P(a, f"7,8{NN}%", 7.8)
    P(a, f"39,5{NN}%", 39.5)
    D(a, "12 juin 2035 à 06h45", "2035-06-12T06:45", typ="TIME", note="the publication line: day and clock time")
    D(a, "lundi", "2035-06-11", note="past: 'a-t-il annoncé lundi', the day before the Tuesday publication")
    D(a, "vendredi", "2035-06-08", note="'le cours de clôture de vendredi': the last session before the bid")
    D(a, "2034", "2034", note="'a dégagé en 2034 un bénéfice net'")
    D(a, "mardi", "2035-06-12", note="'bondissait ... mardi à l’ouverture': the publication day")
    Q(a, f"[Le groupe de Rotterdam lance une OPA hostile sur le spécialiste des enzymes industrielles, à 62 euros par action, soit 3,1 milliards d{AP}euros au total], a-t-il",
      "indirect", "a-t-il annoncé", ("a-t-[il] annoncé", KB, ORG),
      note="inverted; 'il' is 'Le groupe de Rotterdam', Kroonberg, named in the sentence before; a company: no gender")
    Q(a, f"{O}[Ensemble, nous créerons le champion européen des biosolutions, avec des usines à Gand, à Rotterdam et à Tarragone]{C}",
      "direct", "a déclaré", (PH, PH, PER), gender="male",
      note="the name in apposition to 'le PDG de Kroonberg'; 'le PDG' shows the gender")
    Q(a, f"{O}[Cette offre non sollicitée sous-évalue nettement {EZ} et ses perspectives. Le conseil recommande aux actionnaires de ne pas apporter leurs titres]{C}",
      "direct", "indique", (f"le [{CA}] dans", EZ, ORG),
      note="the target's board speaking through its statement: noun phrase, canonical the company whose board it "
           "is; two sentences in one pair of marks: one quote")
    Q(a, f"[Le français {VM}, numéro deux mondial du secteur, pourrait surenchérir à plus de 70 euros par action], selon",
      "indirect", "[selon] Bloomberg", ("Bloomberg", "Bloomberg", ORG), note="inverted 'selon <agency>'")
    Q(a, f"{O}[opportuniste]{C}", "direct", "juge", (TC, TC, ORG),
      note="one marked word after 'juge l’offre de Kroonberg'; the fund speaks by name")
    Q(a, f"{O}[À 62 euros, {KB} tente un passage en force au plus bas du cycle]{C}", "direct", "estime",
      (SP, SP, PER), gender="female", note="the given name shows the gender")
    V(a, "acquisition", "OPA", {"target": EZ, "buyer": KB, "amount": f"3,1 milliards d{AP}euros", "date": "lundi",
                                "status": "announced"},
      note="headline 'convoite', lead 'veut avaler' and the body's OPA are one fact; a bid launched: announced; "
           "'le spécialiste des enzymes industrielles' is Enzymia, named in the sentence before")
    V(a, "role", "PDG", {"person": PH, "title": "PDG", "organization": KB}, note="'le PDG de Kroonberg, X'")
    V(a, "result", "bénéfice net", {"company": EZ, "metric": "net_income", "amount": f"168 millions d{AP}euros",
                                    "change": f"12{NN}%", "period": "2034"})
    V(a, "result", f"chiffre d{AP}affaires", {"company": EZ, "metric": "revenue",
                                              "amount": f"1,34 milliard d{AP}euros", "change": f"+7,2{NN}%",
                                              "period": ("opt", "2034")},
      note="the signed change in brackets; the year written once for both figures")
    V(a, "acquisition", "surenchérir", {"target": f"[{EZ}] a dégagé", "buyer": VM, "status": "planned"},
      note="a rumoured counter-bid reported by an agency: planned; the target is the company of the paragraph before "
           "('Enzymia a dégagé ...'); the price per share is no argument")
    V(a, "role", "analyste", {"person": SP, "title": "analyste", "organization": DP})


def define_x(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article
    LDR, HX, JMa, SL = "Laure Delmas-Rivière", "Hexavolt", "Julien Masclet", "Sophie Lantier"
    CIRI = "Comité interministériel de restructuration industrielle"
    MIN = "ministre de l'Industrie"
    # ------------------------------------------------------------ X: an interview of the industry minister on a battery maker (national daily, web)
    a = B.article("X-entretien-ministre-batteries", "2035-09-15", (
        f"{LDR} : {O}L'État ne laissera pas tomber {HX}{C}\n"
        "Propos recueillis par Mathilde Royer\n"
        "Publié le samedi 15 septembre 2035 à 7h00\n\n"
        f"Le fabricant de batteries {HX}, qui emploie 1 600 salariés à Douai (Nord), a gelé le 3 septembre la "
        "construction de sa deuxième usine. L'entreprise a perdu 240 millions d'euros en 2034. La "
        f"{MIN}, {LDR}, a répondu à nos questions.\n\n"
        f"{ND} {HX} peut-il encore être sauvé ?\n"
        f"{ND} Oui. Bpifrance entrera à son capital à hauteur de 20 % pour 180 millions d'euros, aux côtés des "
        "actionnaires actuels. Renault et Stellantis se sont engagés à acheter 60 % de la production jusqu'en "
        "2040.\n"
        f"{ND} Pourquoi le chantier a-t-il été gelé ?\n"
        f"{ND} Le prix de l'électricité a doublé en deux ans et les batteries chinoises arrivent 30 % moins chères. "
        "Nous ne pouvons pas lutter à armes inégales.\n"
        f"{ND} Les salariés seront-ils tous conservés ?\n"
        f"{ND} Aucun licenciement n'aura lieu d'ici la fin de 2036. Ceux qui le souhaitent seront formés dès janvier "
        "sur le site de Douai.\n"
        f"{ND} Que répondez-vous à ceux qui parlent d'argent public gaspillé ?\n"
        f"{ND} Ils oublient que chaque emploi industriel en fait vivre trois autres. L'État ne laissera pas tomber "
        f"{HX}.\n\n"
        f"{O}Le gouvernement achète du temps avec l'argent des contribuables{C}, a réagi {JMa}, chef de file du "
        "Rassemblement national dans les Hauts-de-France. Selon la CFDT, majoritaire sur le site, 300 intérimaires "
        "ont déjà perdu leur mission depuis juin. Le syndicat réclame une table ronde avant la fin du mois.\n\n"
        f"Le gouvernement a par ailleurs nommé mercredi {SL} à la tête du {CIRI} (CIRI), qui suit le dossier "
        "depuis le printemps."))
    for s, l, c, o in [(LDR, PER, None, False), (HX, ORG, None, False), ("Mathilde Royer", PER, None, False),
                       ("Douai", LOC, None, False), ("Nord", LOC, None, False), ("Bpifrance", ORG, None, False),
                       ("Renault", ORG, None, False), ("Stellantis", ORG, None, False), (JMa, PER, None, False),
                       ("Rassemblement national", ORG, None, False), ("Hauts-de-France", LOC, None, False),
                       ("CFDT", ORG, None, False), (SL, PER, None, False), (CIRI, ORG, None, False),
                       ("CIRI", ORG, CIRI, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Interview on a national daily's website copied as plain text: *new*: a headline made of the "
                      "interviewee's name, a colon and her words between guillemets ('Laure Delmas-Rivière : « L'État "
                      "ne laissera pas tomber Hexavolt »'), *new*: an interview byline 'Propos recueillis par Mathilde "
                      "Royer' (the journalist's name is PER, as the bylines' names of the earlier sets) and a "
                      "publication line with the weekday and the clock time ('Publié le samedi 15 septembre 2035 à "
                      "7h00'), no dateline; a lead naming the minister, the interview in turns opened by *new* en "
                      "dashes (U+2013, '– '), then a context paragraph. The reference date is that day (Saturday 15 "
                      "September 2035). Straight apostrophes; ordinary spaces before '%', inside the guillemets and in "
                      "the count '1 600 salariés'.")
    a["notes"].append("Entities: the minister 'Laure Delmas-Rivière' (headline label, lead), the opposition leader "
                      "'Julien Masclet' and the new head of the restructuring committee 'Sophie Lantier' are coined "
                      "PER; the coined battery maker 'Hexavolt' (headline, lead, a question, an answer) is ORG; "
                      "'Bpifrance', 'Renault', 'Stellantis' (inside an answer), the party 'Rassemblement national' "
                      "(spelled out) and the union 'CFDT' (never spelled out, keeps its form) are ORG; the interministerial "
                      "committee named in full with its acronym in brackets has the full name as canonical for both "
                      "('CIRI'), as the AMF in the earlier sets; 'Douai' (twice, once inside an answer), 'Nord' (the "
                      "département in brackets, as 'Morez (Jura)' in the sixteenth set) and 'Hauts-de-France' are "
                      "LOC. 'L'État' (headline and answer, as in the later sets), 'le gouvernement', 'La ministre', "
                      "'L'entreprise', 'Le syndicat', 'le chantier', 'les contribuables' are not names; 'chinoises' is "
                      "an adjective.")
    a["notes"].append("Quotes: *new*: the headline's words between guillemets after the interviewee's name and a colon "
                      "are one required direct quote, cue null, speaker the name before the colon (as the name labels "
                      "of the fifteenth set), gender female (the lead's 'La ministre'); the same words come back at the "
                      "end of the last answer, which is a quote of its own. The interview's turns after en dashes "
                      "follow the dialogue-dash convention of the fifth and sixteenth sets: each answer is one required "
                      "direct quote from the first word after the dash and its space to the end of the line (final "
                      "punctuation kept, several sentences one quote), cue null, speaker the minister named in the "
                      "sentence introducing the interview ('La ministre de l'Industrie, X, a répondu à nos "
                      "questions'), gender female; the questions are optional direct quotes, cue null, *new*: "
                      "speaker the interviewer named in the byline 'Propos recueillis par X' (female from the given "
                      "name), as the eleventh set gave its questions to the weekly named in the introducing sentence. "
                      "The opposition leader '« ... », a réagi X, chef de file "
                      "du Rassemblement national dans les Hauts-de-France' (the name in apposition); the union 'Selon "
                      "la CFDT, majoritaire sur le site, <clause>' (indirect, the clause after the apposition). Not "
                      "quotes: 'X a répondu à nos questions', 'se sont engagés à acheter ...' (inside an answer, a "
                      "commitment), 'Le syndicat réclame une table ronde ...' (a claim with a noun-phrase object), "
                      "'Le gouvernement a par ailleurs nommé ...'.")
    a["notes"].append("Events: the battery maker's 2034 loss ('L'entreprise a perdu 240 millions d'euros en 2034', "
                      "metric loss, company Hexavolt of the sentence before); *new*: a State bank's coming stake stated "
                      "inside an answer ('Bpifrance entrera à son capital à hauteur de 20 % pour 180 millions d'euros', "
                      "'son' being Hexavolt of the question just before) is an announced acquisition (a future "
                      "stated by the minister, as 'va racheter'), with stake and amount, no date written. Roles: 'La "
                      "ministre de l'Industrie, X' (title as written, no organization, as ministers in the earlier "
                      "sets); 'X, chef de file du Rassemblement national dans les Hauts-de-France' (person only, as "
                      "group chairs in the fifteenth set). Optional: 'a ... nommé mercredi X à la tête du Comité "
                      "interministériel de restructuration industrielle (CIRI)' (a new post stated without a title, "
                      "person and organization, as 'nommé ... à la tête de l'AMF' in the eleventh set). Not events: "
                      "the frozen plant, the carmakers' purchase commitment ('60 %' of the output), the temporary "
                      "workers' lost missions.")
    a["notes"].append("Dates: the publication line 'samedi 15 septembre 2035 à 7h00' is one TIME with its weekday; "
                      "'le 3 septembre' (past: 'a gelé') 2035-09-03; 'en 2034' the year; inside the answers "
                      "'jusqu'en 2040' the year (span '2040'), 'en deux ans' a duration, 'd'ici la fin de 2036' 2036 "
                      "with mod END (span 'fin de 2036', as 'fin de 2034' in the sixteenth set) and 'dès janvier' "
                      "(future: 'seront formés') next January, 2036-01; 'depuis juin' (past) 2035-06; 'avant la fin du "
                      "mois' the end of the publication month (span 'fin du mois', 2035-09, mod END, as in the "
                      "fifteenth set); 'mercredi' (past: 'a ... nommé mercredi') 2035-09-12; 'depuis le printemps' "
                      "this spring, 2035-SP (span 'printemps'). Money: the loss '240 millions d'euros' and the stake's "
                      "price '180 millions d'euros'. Percentages: '20 %' (a stake), '60 %' (a share of output), '30 "
                      "%' (a price gap), all inside answers. '1 600 salariés', '300 intérimaires' and 'trois autres' "
                      "are counts.")
    M(a, "240 millions d'euros", 240e6, "EUR")
    M(a, "180 millions d'euros", 180e6, "EUR")
    P(a, "20 %", 20)
    P(a, "60 %", 60)
    P(a, "30 %", 30)
    D(a, "samedi 15 septembre 2035 à 7h00", "2035-09-15T07:00", typ="TIME",
      note="the publication line: weekday, day and clock time")
    D(a, "3 septembre", "2035-09-03", note="past: 'a gelé le 3 septembre'")
    D(a, "2034", "2034", note="'a perdu 240 millions d'euros en 2034'")
    D(a, "2040", "2040", note="'jusqu'en 2040', inside an answer")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'en deux ans', inside an answer")
    D(a, "fin de 2036", "2036", mod="END", note="'d'ici la fin de 2036', inside an answer")
    D(a, "janvier", "2036-01", note="future: 'seront formés dès janvier', inside an answer: next January")
    D(a, "juin", "2035-06", note="past: 'ont déjà perdu leur mission depuis juin'")
    D(a, "fin du mois", "2035-09", mod="END", note="'avant la fin du mois': the publication month")
    D(a, "mercredi", "2035-09-12", note="past: 'a par ailleurs nommé mercredi'")
    D(a, "printemps", "2035-SP", note="'depuis le printemps': this spring")
    Q(a, f"{O}[L'État ne laissera pas tomber {HX}]{C}", "direct", None, (f"[{LDR}] : «", LDR, PER), gender="female",
      note="the headline's words after the interviewee's name and a colon; speaker the name; 'La ministre' shows "
           "the gender")
    spk = (f"Industrie, [{LDR}], a répondu", LDR, PER)
    QS = ("Mathilde Royer", "Mathilde Royer", PER)
    Q(a, f"{ND} [{HX} peut-il encore être sauvé ?]", "direct", None, QS, optional=True, gender="female",
      note="the paper's question; the interviewer named in the byline ('Propos recueillis par X') asks")
    Q(a, f"{ND} [Oui. Bpifrance entrera à son capital à hauteur de 20 % pour 180 millions d'euros, aux côtés des actionnaires actuels. Renault et Stellantis se sont engagés à acheter 60 % de la production jusqu'en 2040.]",
      "direct", None, spk, gender="female",
      note="an answer after a dialogue dash; the speaker named in the sentence introducing the interview")
    Q(a, f"{ND} [Pourquoi le chantier a-t-il été gelé ?]", "direct", None, QS, optional=True, gender="female",
      note="the paper's question; the interviewer named in the byline ('Propos recueillis par X') asks")
    Q(a, f"{ND} [Le prix de l'électricité a doublé en deux ans et les batteries chinoises arrivent 30 % moins chères. Nous ne pouvons pas lutter à armes inégales.]",
      "direct", None, spk, gender="female", note="an answer after a dialogue dash")
    Q(a, f"{ND} [Les salariés seront-ils tous conservés ?]", "direct", None, QS, optional=True, gender="female",
      note="the paper's question; the interviewer named in the byline ('Propos recueillis par X') asks")
    Q(a, f"{ND} [Aucun licenciement n'aura lieu d'ici la fin de 2036. Ceux qui le souhaitent seront formés dès janvier sur le site de Douai.]",
      "direct", None, spk, gender="female", note="an answer after a dialogue dash")
    Q(a, f"{ND} [Que répondez-vous à ceux qui parlent d'argent public gaspillé ?]", "direct", None, QS,
      optional=True, gender="female",
      note="the paper's question; the interviewer named in the byline ('Propos recueillis par X') asks")
    Q(a, f"{ND} [Ils oublient que chaque emploi industriel en fait vivre trois autres. L'État ne laissera pas tomber {HX}.]",
      "direct", None, spk, gender="female",
      note="an answer after a dialogue dash; 'Ils oublient que ...' inside it is part of the answer, no quote of its own")
    Q(a, f"{O}[Le gouvernement achète du temps avec l'argent des contribuables]{C}", "direct", "a réagi",
      (JMa, JMa, PER), gender="male", note="the name after the cue, in apposition to 'chef de file'; the given name "
                                           "shows the gender")
    Q(a, "Selon la CFDT, majoritaire sur le site, [300 intérimaires ont déjà perdu leur mission depuis juin].",
      "indirect", "[Selon] la CFDT", ("CFDT", "CFDT", ORG),
      note="'Selon <union>, <apposition>, <clause>': the clause after the apposition; the union by name")
    V(a, "result", "a [perdu] 240", {"company": f"batteries [{HX}], qui", "metric": "loss", "amount": "240 millions d'euros",
                                      "period": "2034"},
      note="'L'entreprise a perdu ...': Hexavolt, the subject of the sentence before")
    V(a, "role", MIN, {"person": LDR, "title": MIN}, note="'La ministre de l'Industrie, X': no organization")
    V(a, "acquisition", "[entrera] à son capital", {"target": HX, "buyer": "Bpifrance", "stake": "20 %",
                                                    "amount": "180 millions d'euros", "status": "announced"},
      note="inside an answer: 'son' is Hexavolt of the question just before; a coming stake the minister states: "
           "announced")
    V(a, "role", "chef de file", {"person": JMa}, note="'X, chef de file du Rassemblement national dans les "
                                                       "Hauts-de-France': person only, as group chairs")
    V(a, "role", "[tête] du Comité", {"person": SL, "organization": CIRI}, optional=True,
      note="'nommé mercredi X à la tête du Comité ... (CIRI)': a new post stated without a title, as in the "
           "eleventh set")
