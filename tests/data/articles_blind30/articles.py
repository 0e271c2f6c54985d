"""The three articles of the thirtieth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind30`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, inside the guillemets and before ':' in E3; before M€ in C3's headline)
NN = "\u202f"    # narrow no-break space (before %, ';', ':' and inside the guillemets in C3; thousands separator in E3)
AP = "\u2019"    # typographic apostrophe (every apostrophe of C3 and E3)


def define(B):
    define_c3(B)
    define_d3(B)
    define_e3(B)


def define_c3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    LX, OD, SI, SS = "Lexavia", "Ourthe Data", "Sambre Invest", "Scheldt Systems"
    OH, MW, VT, KL, JM = "Olivier Hennuy", "Marc Welter", "Véronique Thirion", "Karim Lahlou", "Julien Mertens"
    BIL, AM, DP, BDL = "Banque Internationale à Luxembourg", "Arendt & Medernach", "Degroof Petercam", "Bourse de Luxembourg"
    MIN = f"ministre wallon de l{AP}Économie"
    # ------------------------------------------------------------ C3: a Luxembourg IT group agrees to buy 85 % of a Liège data-centre firm; both CEOs, unions, a minister, an earlier purchase (Luxembourg business site, web)
    a = B.article("C3-accord-rachat-hebergeur-luxembourg", "2038-04-14", (
        f"{LX} s{AP}offre le liégeois {OD} pour 148{NB}M€\n"
        "Par Laurent Schmit\n"
        "Publié le 14.04.2038 à 06:40\n\n"
        f"Le groupe luxembourgeois de services informatiques {LX} a signé mardi un accord définitif en vue d{AP}acquérir "
        f"85{NN}% du capital d{AP}{OD}, un hébergeur de données installé à Liège, pour 148 millions d{AP}euros. Les "
        f"actions sont cédées par le fonds wallon {SI}, entré au capital en 2031. Le fondateur, {OH}, "
        f"conserve les 15{NN}% restants. L{AP}opération valorise {OD} 174 millions d{AP}euros. Fondée en 2024, la "
        f"société a dégagé en 2037 un chiffre d{AP}affaires de 38,5 millions d{AP}euros, en hausse de 21{NN}%.\n\n"
        f"La transaction doit encore obtenir le feu vert de la Commission européenne{NN}; sa finalisation est attendue "
        f"fin juin. {LX} est conseillé par la {BIL} et le cabinet {AM}, "
        f"le vendeur par {DP}.\n\n"
        f"{O}Avec {OD}, nous doublons nos capacités d{AP}hébergement et nous devenons le premier acteur du Benelux "
        f"pour les données publiques{C}, a déclaré le directeur général de {LX}, {MW}, lors d{AP}une conférence "
        f"téléphonique. Il a précisé que l{AP}achat serait financé par la trésorerie et un prêt bancaire de 60 millions "
        f"d{AP}euros.\n\n"
        f"L{AP}administratrice déléguée d{AP}{OD}, {VT}, restera aux commandes. {O}Nous cherchions un "
        f"actionnaire industriel pour financer notre centre de données de Seraing, pas un financier pressé{C}, "
        f"a-t-elle affirmé. Selon elle, aucun des 230 emplois ne sera supprimé.\n\n"
        f"Les syndicats restent sur leurs gardes. {O}Une promesse orale ne suffit pas, nous voulons un engagement écrit "
        f"sur l{AP}emploi jusqu{AP}en 2040{C}, a prévenu {KL}, délégué principal de la CNE. La FGTB a indiqué "
        f"qu{AP}elle demanderait un conseil d{AP}entreprise extraordinaire dès la semaine prochaine. Le {MIN}, "
        f"{JM}, s{AP}est dit {O}attentif{C} au maintien des activités à Liège.\n\n"
        f"Il s{AP}agit de la deuxième opération de {LX} en Belgique{NN}: en mars 2036, le groupe avait mis la main sur "
        f"l{AP}anversois {SS} pour 41 millions d{AP}euros. Coté à la {BDL}, {LX} a réalisé "
        f"l{AP}an dernier un chiffre d{AP}affaires de 612 millions d{AP}euros, en hausse de 9{NN}%. Son action a gagné "
        f"3,8{NN}% mardi."))
    for s, l, c, o in [(LX, ORG, None, False), (OD, ORG, None, False), ("Laurent Schmit", PER, None, False),
                       ("Liège", LOC, None, False), (SI, ORG, None, False), (OH, PER, None, False),
                       ("Commission européenne", ORG, None, False), (BIL, ORG, None, False), (AM, ORG, None, False),
                       (DP, ORG, None, False), ("Benelux", LOC, None, False), (MW, PER, None, False),
                       (VT, PER, None, False), ("Seraing", LOC, None, False), (KL, PER, None, False),
                       ("CNE", ORG, None, False), ("FGTB", ORG, None, False), (JM, PER, None, False),
                       ("Belgique", LOC, None, False), (SS, ORG, None, False), (BDL, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Luxembourg business site copied as plain text: a headline with the price in "
                      "'M€' ('Lexavia s’offre le liégeois Ourthe Data pour 148 M€', a no-break space before the symbol), "
                      "a byline ('Par Laurent Schmit') and a publication line with the numeric date with dots and a "
                      "24-hour clock time with a colon ('Publié le 14.04.2038 à 06:40'), no dateline. The reference "
                      "date is that day (Wednesday 14 April 2038), the day after the agreement ('a signé mardi'). Every "
                      "apostrophe is the typographic one (U+2019: 's’offre', 'd’acquérir', 'd’Ourthe', 'L’opération', "
                      "'d’affaires', 'jusqu’en', 'qu’elle', 'l’Économie', 's’est', 'l’anversois', 'l’an dernier'); "
                      "narrow no-break spaces (U+202F) before '%', ';' and ':' and inside the guillemets.")
    a["notes"].append("Entities: the coined Luxembourg IT group 'Lexavia' (headline, lead, 'Lexavia est conseillé', "
                      "'directeur général de Lexavia', 'opération de Lexavia', 'Lexavia a réalisé': six mentions) and "
                      "its coined Liège target 'Ourthe Data' (headline after 'le liégeois', after the elided 'd’' "
                      "twice, 'valorise Ourthe Data', inside the buyer CEO's marked words) are ORG in every mention; "
                      "the coined Walloon seller fund 'Sambre Invest', the 'Commission européenne', the advisers "
                      "'Banque Internationale à Luxembourg' (one ORG, no separate 'Luxembourg'), 'Arendt & Medernach' "
                      "(one ORG with its ampersand, after 'le cabinet') and 'Degroof Petercam', the unions 'CNE' and "
                      "'FGTB', the coined earlier target 'Scheldt Systems' (after 'l’anversois') and the market "
                      "'Bourse de Luxembourg' (one ORG) are ORG; 'Liège' (twice), 'Benelux' (inside marked words), "
                      "'Seraing' (inside marked words) and 'Belgique' are LOC; the journalist, the founder, both chief "
                      "executives, the union delegate and the Walloon minister are PER (all invented). Not names: "
                      "'M€', 'le fondateur', 'la société', 'le vendeur', 'Les syndicats', 'le groupe', 'Économie' inside "
                      "the minister's title; 'luxembourgeois', 'liégeois', 'wallon', 'anversois' are adjectives or firms "
                      "by their adjectives.")
    a["notes"].append("Quotes (7 required: 4 direct, 3 indirect): the buyer's CEO ('« ... », a déclaré le directeur "
                      "général de Lexavia, X, lors d’une conférence téléphonique') then 'Il a précisé que <clause>'; "
                      "the target's CEO named in the sentence before, through a pronoun in an inverted cue ('« ... », "
                      "a-t-elle affirmé') then 'Selon elle, <clause>'; the union delegate ('« ... », a prévenu X, "
                      "délégué principal de la CNE', the name after the cue, not the union); a union by name ('La FGTB "
                      "a indiqué qu’<clause>': span after the elided 'qu’'); the minister's one marked word after a "
                      "pronominal cue ('Le ministre wallon de l’Économie, X, s’est dit « attentif » au maintien ...': "
                      "one direct quote for the marked word only, as 's'est dit « prudemment optimiste »' in the "
                      "twenty-eighth set). Not quotes: 'a signé mardi un accord définitif' (an act with a noun-phrase "
                      "object), 'Les actions sont cédées ...', 'La transaction doit encore obtenir ...', 'X est "
                      "conseillé par ...', 'restera aux commandes', 'Les syndicats restent sur leurs gardes', the "
                      "headline.")
    a["notes"].append("Events: acquisitions: the agreement of the day (headline 's’offre ... pour 148 M€', lead 'a signé "
                      "mardi un accord définitif en vue d’acquérir 85 % du capital d’Ourthe Data, ..., pour 148 millions "
                      "d’euros. Les actions sont cédées par le fonds wallon Sambre Invest'): one announced acquisition "
                      "(a definitive agreement awaiting the Commission's approval, closing expected at the end of June), "
                      "trigger 'acquérir', target Ourthe Data, buyer Lexavia, seller the fund of the next sentence, "
                      "stake '85 %', amount, date 'mardi'; the closing date is no argument; an earlier purchase recalled "
                      "('en mars 2036, le groupe avait mis la main sur l’anversois Scheldt Systems pour 41 millions "
                      "d’euros'): done, trigger 'mis la main', buyer 'le groupe' = Lexavia, date 'mars 2036'. "
                      "Valuation: 'L’opération valorise Ourthe Data 174 millions d’euros' (the value the purchase "
                      "implies; no funding event carries it, an acquisition has no valuation role, as in the "
                      "twenty-seventh and twenty-eighth sets), its date optional. Results: the target's 2037 revenue "
                      "('la société a dégagé en 2037 un chiffre d’affaires de 38,5 millions d’euros, en hausse de 21 "
                      "%': 'la société' is Ourthe Data, period required) and the buyer's ('Lexavia a réalisé l’an "
                      "dernier un chiffre d’affaires de 612 millions d’euros, en hausse de 9 %'). Roles: 'Le fondateur, "
                      "X' (organization optional: the target of the sentence before), 'le directeur général de "
                      "Lexavia, X', 'L’administratrice déléguée d’Ourthe Data, X' (the Belgian CEO title; the post she "
                      "keeps), 'X, délégué principal de la CNE' (organization required); 'Le ministre wallon de "
                      "l’Économie, X' (title with its adjective, no organization). Not events: the founder's remaining "
                      "'15 %' (a holding), the fund's entry in 2031, the bank loan, the advisers' mandates, the jobs, the "
                      "share move.")
    a["notes"].append("Money: the headline's '148 M€' and the lead's '148 millions d’euros' (two items), the implied "
                      "value '174 millions d’euros', the target's revenue '38,5 millions d’euros', the loan '60 millions "
                      "d’euros', the earlier purchase '41 millions d’euros', the buyer's revenue '612 millions "
                      "d’euros'. '230 emplois' is a count. Percentages: the stake '85 %', the founder's '15 %', the "
                      "revenue rises '21 %' and '9 %', the share move '3,8 %'.")
    a["notes"].append("Dates: the publication line '14.04.2038 à 06:40' is one TIME, 2038-04-14T06:40 ('Publié le' "
                      "outside); 'mardi' twice (the agreement, the share move) 2038-04-13, two items; 'en 2031', "
                      "'Fondée en 2024', 'en 2037' the years; 'fin juin' (future: 'est attendue') 2038-06 with mod END; "
                      "'jusqu’en 2040' (inside marked words) the year; 'dès la semaine prochaine' (span 'semaine "
                      "prochaine') 2038-W16, the ISO week after the publication's (W15); 'en mars 2036' 2036-03; "
                      "'l’an dernier' 2037 (span 'an dernier').")
    M(a, f"148{NB}M€", 148e6, "EUR")
    M(a, f"148 millions d{AP}euros", 148e6, "EUR")
    M(a, f"174 millions d{AP}euros", 174e6, "EUR")
    M(a, f"38,5 millions d{AP}euros", 38.5e6, "EUR")
    M(a, f"60 millions d{AP}euros", 60e6, "EUR")
    M(a, f"41 millions d{AP}euros", 41e6, "EUR")
    M(a, f"612 millions d{AP}euros", 612e6, "EUR")
    P(a, f"85{NN}%", 85)
    P(a, f"15{NN}%", 15)
    P(a, f"21{NN}%", 21)
    P(a, f"9{NN}%", 9)
    P(a, f"3,8{NN}%", 3.8)
    D(a, "14.04.2038 à 06:40", "2038-04-14T06:40", typ="TIME", note="the publication line: numeric date with dots, clock time with a colon")
    D(a, "mardi", "2038-04-13", nth=0, note="past: 'a signé mardi', the day before the Wednesday publication")
    D(a, "2031", "2031", note="'entré au capital en 2031'")
    D(a, "2024", "2024", note="'Fondée en 2024'")
    D(a, "2037", "2037", note="'a dégagé en 2037 un chiffre d’affaires'")
    D(a, "fin juin", "2038-06", mod="END", note="future: 'sa finalisation est attendue fin juin'")
    D(a, "2040", "2040", note="'jusqu’en 2040', inside the union delegate's marked words")
    D(a, "semaine prochaine", "2038-W16", note="'dès la semaine prochaine': the ISO week after the publication's (W15)")
    D(a, "mars 2036", "2036-03", note="'en mars 2036, le groupe avait mis la main sur ...'")
    D(a, "an dernier", "2037", note="'Lexavia a réalisé l’an dernier un chiffre d’affaires'")
    D(a, "mardi", "2038-04-13", nth=1, note="past: 'Son action a gagné 3,8 % mardi'")
    Q(a, f"{O}[Avec {OD}, nous doublons nos capacités d{AP}hébergement et nous devenons le premier acteur du Benelux pour les données publiques]{C}",
      "direct", "a déclaré", (MW, MW, PER), gender="male",
      note="the name in apposition to 'le directeur général de Lexavia'; the title shows the gender")
    Q(a, f"précisé que [l{AP}achat serait financé par la trésorerie et un prêt bancaire de 60 millions d{AP}euros].",
      "indirect", "a précisé", ("[Il] a précisé", MW, PER), gender="male", note="'Il' is the buyer's CEO of the sentence before")
    Q(a, f"{O}[Nous cherchions un actionnaire industriel pour financer notre centre de données de Seraing, pas un financier pressé]{C}",
      "direct", "a-t-elle affirmé", ("a-t-[elle] affirmé", VT, PER), gender="female",
      note="a pronoun in an inverted cue: the target's CEO named in the sentence before")
    Q(a, "Selon elle, [aucun des 230 emplois ne sera supprimé].", "indirect", "[Selon] elle,", ("Selon [elle],", VT, PER),
      gender="female", note="a pronoun after 'Selon': the target's CEO")
    Q(a, f"{O}[Une promesse orale ne suffit pas, nous voulons un engagement écrit sur l{AP}emploi jusqu{AP}en 2040]{C}",
      "direct", "a prévenu", (KL, KL, PER), gender="male",
      note="the name after the cue, 'délégué principal de la CNE' in apposition (the union is not the speaker)")
    Q(a, f"indiqué qu{AP}[elle demanderait un conseil d{AP}entreprise extraordinaire dès la semaine prochaine].", "indirect",
      "a indiqué", ("La [FGTB] a indiqué", "FGTB", ORG), note="a union by name; the span after the elided 'qu’'")
    Q(a, f"{O}[attentif]{C}", "direct", f"s{AP}est dit", (JM, JM, PER), gender="male",
      note="one marked word after a pronominal cue; the name in apposition to 'Le ministre wallon de l’Économie'")
    V(a, "acquisition", "acquérir", {"target": f"capital d{AP}[{OD}], un", "buyer": f"informatiques [{LX}] a signé",
                                     "seller": SI, "stake": f"85{NN}%", "amount": f"148 millions d{AP}euros",
                                     "date": "mardi", "status": "announced"},
      note="a definitive agreement signed, awaiting approval, closing expected at the end of June: announced; the "
           "headline's 's’offre' and the next sentence's 'Les actions sont cédées par ...' state the same deal")
    V(a, "role", "Le [fondateur], Olivier", {"person": OH, "title": "fondateur",
                                             "organization": ("opt", f"capital d{AP}[{OD}], un")},
      note="'Le fondateur, X': the target of the sentence before")
    V(a, "valuation", "valorise", {"company": f"valorise [{OD}] 174", "amount": f"174 millions d{AP}euros",
                                   "date": ("opt", "mardi")},
      note="'L’opération valorise Ourthe Data 174 millions d’euros': the value the purchase implies")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"valorise [{OD}] 174", "metric": "revenue",
                                              "amount": f"38,5 millions d{AP}euros", "change": f"21{NN}%",
                                              "period": "2037"}, nth=0,
      note="'Fondée en 2024, la société a dégagé en 2037 un chiffre d’affaires de ..., en hausse de 21 %': 'la société' "
           "is Ourthe Data, the subject of the sentence before")
    V(a, "role", "directeur général", {"person": MW, "title": "directeur général",
                                       "organization": f"général de [{LX}], {MW}"},
      note="'le directeur général de Lexavia, X'")
    V(a, "role", "administratrice déléguée", {"person": VT, "title": "administratrice déléguée",
                                              "organization": f"déléguée d{AP}[{OD}], {VT}"},
      note="'L’administratrice déléguée d’Ourthe Data, X, restera aux commandes': the Belgian CEO title, a post she keeps")
    V(a, "role", "délégué principal", {"person": KL, "title": "délégué principal", "organization": "CNE"},
      note="'X, délégué principal de la CNE': a union official")
    V(a, "role", MIN, {"person": JM, "title": MIN},
      note="'Le ministre wallon de l’Économie, X': title with its adjective, no organization")
    V(a, "acquisition", "mis la main", {"target": SS, "buyer": f"opération de [{LX}] en", "amount": f"41 millions d{AP}euros",
                                        "date": "mars 2036", "status": "done"},
      note="an earlier purchase recalled ('en mars 2036, le groupe avait mis la main sur l’anversois X pour ...'): done; "
           "'le groupe' is Lexavia")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"Luxembourg, [{LX}] a réalisé", "metric": "revenue",
                                              "amount": f"612 millions d{AP}euros", "change": f"9{NN}%",
                                              "period": "an dernier"}, nth=1,
      note="'Coté à la Bourse de Luxembourg, Lexavia a réalisé l’an dernier un chiffre d’affaires de ..., en hausse de 9 %'")


def define_d3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (agency copy)
    VT, AF, JK, CM, IGR, TL, BD = "Valtessa", "Antoine Ferrat", "Julien Karsenty", "Claire Mounier", "Isabelle Garnier-Roche", "Thomas Lemaire", "Bernard Duvivier"
    OB, KC = "Oddo BHF", "Kepler Cheuvreux"
    PCA = "président du conseil d'administration"
    # ------------------------------------------------------------ D3: a listed French car-parts maker's half-year loss, guidance cut, share fall, analysts, new CFO and departing chairman (AFP dispatch)
    a = B.article("D3-resultats-semestriels-equipementier-paris", "2038-07-29", (
        f"PARIS, 29 juillet 2038 (AFP) - L'équipementier automobile {VT} a basculé dans le rouge au premier semestre "
        "et abaissé pour la deuxième fois ses objectifs annuels, faisant plonger son titre jeudi à la Bourse de Paris.\n\n"
        "Le groupe a essuyé une perte nette de 86 millions d'euros, alors qu'il était bénéficiaire un an plus tôt. Son "
        "chiffre d'affaires a reculé de 4,6 %, à 3,12 milliards d'euros, et son résultat opérationnel a fondu de 41 %, à "
        "97 millions d'euros. La marge opérationnelle tombe ainsi à 3,1 %, contre 5,4 % au premier semestre 2037. La "
        "dette nette a grimpé à 1,4 milliard d'euros fin juin.\n\n"
        f"{VT} ne vise plus qu'une croissance de ses ventes comprise entre 0 et 1 % en 2038, contre 3 à 4 % auparavant, "
        "et une marge opérationnelle d'environ 4 %, a indiqué le groupe dans un communiqué publié mercredi après la "
        "clôture.\n\n"
        f"{O}Le marché européen de la voiture électrique recule plus vite que prévu, et nos clients ont réduit leurs "
        f"commandes dès le printemps{C}, a déclaré le directeur général de {VT}, {AF}, lors d'une conférence "
        "téléphonique. Il a assuré que le plan d'économies de 150 millions d'euros serait accéléré d'ici à la fin de "
        f"l'année. La CGT, premier syndicat du groupe, a dénoncé {O}un plan d'économies payé par les salariés{C}.\n\n"
        f"Vers 11 h 20, le titre {VT} chutait de 11,8 %, à 18,35 euros, plus forte baisse du SBF 120. Depuis le début de "
        f"l'année, l'action a perdu 38 %. {O}Le marché s'attendait à un semestre difficile, pas à une perte{C}, a "
        f"commenté {JK}, analyste chez {OB}. Selon {CM}, analyste chez {KC}, les nouveaux objectifs restent "
        f"ambitieux et le groupe devra encore réduire ses coûts en 2039. {O}La direction a trop tardé à adapter ses "
        f"usines{C}, juge-t-elle.\n\n"
        f"{VT} a par ailleurs nommé {IGR} directrice financière à compter du 1er septembre. Âgée de 47 "
        "ans, elle était jusqu'ici directrice financière adjointe du groupe chimique Orvane. Elle succède à Thomas "
        f"Lemaire, directeur financier depuis 2032, parti en mai chez un concurrent. Le {PCA}, {BD}, quittera pour sa "
        "part ses fonctions à l'issue de l'assemblée générale de 2039, a précisé l'entreprise."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), (VT, ORG, None, False),
                       ("Bourse de Paris", ORG, None, False), (AF, PER, None, False), ("CGT", ORG, None, False),
                       ("SBF 120", MISC, None, True), (JK, PER, None, False), (OB, ORG, None, False),
                       (CM, PER, None, False), (KC, ORG, None, False), (IGR, PER, None, False),
                       ("Orvane", ORG, None, False), (TL, PER, None, False), (BD, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (AFP) copied as plain text: no headline, an AFP dateline with the full date "
                      "('PARIS, 29 juillet 2038 (AFP) - '). The reference date is the dateline day (Thursday 29 July "
                      "2038), the trading day of the share's fall ('faisant plonger son titre jeudi'); the accounts were "
                      "released the day before ('publié mercredi après la clôture'). Straight apostrophes; ordinary "
                      "spaces before '%' and inside the guillemets (agency copy).")
    a["notes"].append("Entities: the coined car-parts maker 'Valtessa' (lead, guidance sentence, 'directeur général de "
                      "Valtessa', 'le titre Valtessa', 'Valtessa a par ailleurs nommé': five mentions) is ORG in every "
                      "mention; 'Bourse de Paris' (one ORG, no separate place), the union 'CGT', the brokers 'Oddo BHF' "
                      "and 'Kepler Cheuvreux' (after 'chez') and the coined chemical group 'Orvane' (after 'du groupe "
                      "chimique') are ORG; 'AFP' (the dateline) ORG; the dateline 'PARIS' keeps its case and is LOC; "
                      "the CEO, the two analysts, the new CFO (a hyphenated surname), the former CFO and the chairman "
                      "are PER (all invented). Optional: 'SBF 120' (a stock index, MISC as in the first, third and fifth sets). Not "
                      "names: 'Le groupe', 'le titre', 'l'action', 'La direction', 'premier syndicat du groupe', 'un "
                      "concurrent', 'l'entreprise', 'l'assemblée générale'; 'européen', 'chimique' are adjectives.")
    a["notes"].append("Quotes (8 required: 4 direct, 4 indirect): the company through a noun phrase after an unmarked "
                      "clause ('Valtessa ne vise plus ..., et une marge opérationnelle d'environ 4 %, a indiqué le "
                      "groupe dans un communiqué publié mercredi après la clôture': the guidance clause from 'Valtessa' "
                      "to the comma, speaker 'groupe', canonical Valtessa, ORG); the CEO ('« ... », a déclaré le "
                      "directeur général de Valtessa, X, lors d'une conférence téléphonique') then 'Il a assuré que "
                      "<clause>'; a union's marked noun phrase ('La CGT, premier syndicat du groupe, a dénoncé « ... "
                      "»': one direct quote, speaker the union); the first analyst ('« ... », a commenté X, analyste "
                      "chez Oddo BHF'); the second analyst ('Selon X, analyste chez Kepler Cheuvreux, <clause>', the "
                      "clause after the apposition to the full stop) then '« ... », juge-t-elle'; the company again "
                      "after an unmarked clause ('Le président du conseil d'administration, X, quittera pour sa part "
                      "ses fonctions ..., a précisé l'entreprise': the clause from 'Le président' to the comma, speaker "
                      "'entreprise', canonical Valtessa, ORG). Not quotes: the lead ('a basculé dans le rouge ... et "
                      "abaissé ... ses objectifs': facts, no speech verb), 'a par ailleurs nommé ...', 'Elle succède "
                      "à ...'.")
    a["notes"].append("Events: results of the first half (the half written once, in the lead): the net loss ('Le groupe "
                      "a essuyé une perte nette de 86 millions d'euros, alors qu'il était bénéficiaire un an plus "
                      "tôt': metric loss, 'Le groupe' is Valtessa, period the lead's 'premier semestre', required, as "
                      "the sentence right after it; the lead's 'a basculé dans le rouge' is the same fact), the revenue "
                      "('Son chiffre d'affaires a reculé de 4,6 %, à ...': change the unsigned '4,6 %', period optional) "
                      "and the operating income ('son résultat opérationnel a fondu de 41 %, à ...': operating_income, "
                      "period optional); the margin's level ('La marge opérationnelle tombe ainsi à 3,1 %, contre 5,4 "
                      "%') an optional result (metric other, no amount), as the margins of the earlier sets. Roles: "
                      "'le directeur général de Valtessa, X' and 'X, analyste chez Y' twice (organization required); "
                      "'Valtessa a par ailleurs nommé X directrice financière à compter du 1er septembre' (the new "
                      "post, organization optional: the company named as subject is the article's), 'elle était "
                      "jusqu'ici directrice financière adjointe du groupe chimique Orvane' (the post held until now, "
                      "through a pronoun, organization required), 'Elle succède à X, directeur financier depuis 2032' "
                      "(the outgoing CFO, organization optional) and 'Le président du conseil d'administration, X, "
                      "quittera ... ses fonctions' (the departing chairman, organization optional). Not events: the "
                      "guidance (growth and margin targets), the net debt, the savings plan, the share moves, the "
                      "analyst's expectations, 'premier syndicat du groupe' (no person), 'parti en mai chez un "
                      "concurrent' (no company named).")
    a["notes"].append("Money: the loss '86 millions d'euros', the revenue '3,12 milliards d'euros', the operating income "
                      "'97 millions d'euros', the net debt '1,4 milliard d'euros', the savings plan '150 millions "
                      "d'euros', the share price '18,35 euros'. Percentages: the revenue's fall '4,6 %' and the operating "
                      "income's '41 %' (no sign), the margins '3,1 %' and '5,4 %', the guidance ranges 'entre 0 et 1 %' "
                      "(span '0 et 1 %', value 0) and '3 à 4 %' (value 3), the margin target 'd'environ 4 %' (span "
                      "'4 %'), the share's falls '11,8 %' and '38 %'.")
    a["notes"].append("Dates: the dateline '29 juillet 2038' 2038-07-29; 'au premier semestre' (the lead) 2038-H1; "
                      "'jeudi' the dateline day; 'au premier semestre 2037' 2037-H1; 'fin juin' (past: 'a grimpé', in a "
                      "July dispatch) 2038-06 with mod END; 'en 2038' (the guidance year); 'mercredi' (past: the "
                      "release) 2038-07-28; 'dès le printemps' (inside marked words, past) 2038-SP; 'd'ici à la fin de "
                      "l'année' span 'fin de l'année', 2038 with mod END; 'Vers 11 h 20' TIME 2038-07-29T11:20; "
                      "'Depuis le début de l'année' span 'début de l'année', 2038 with mod START; 'en 2039' (the "
                      "analyst's clause) and 'l'assemblée générale de 2039' the year, two items; 'à compter du 1er "
                      "septembre' (future) 2038-09-01; 'depuis 2032' the year; 'en mai' (past: 'parti') 2038-05. "
                      "Optional: 'un an plus tôt' (2037-H1, relative to the half, not to the reference date), 'un "
                      "semestre' inside the analyst's marked words (anaphoric, 2038-H1), the age '47 ans' (P47Y).")
    M(a, "86 millions d'euros", 86e6, "EUR")
    M(a, "3,12 milliards d'euros", 3.12e9, "EUR")
    M(a, "97 millions d'euros", 97e6, "EUR")
    M(a, "1,4 milliard d'euros", 1.4e9, "EUR")
    M(a, "150 millions d'euros", 150e6, "EUR")
    M(a, "18,35 euros", 18.35, "EUR")
    P(a, "4,6 %", 4.6)
    P(a, "41 %", 41)
    P(a, "3,1 %", 3.1)
    P(a, "5,4 %", 5.4)
    P(a, "0 et 1 %", 0)
    P(a, "3 à 4 %", 3)
    P(a, "d'environ [4 %]", 4)
    P(a, "11,8 %", 11.8)
    P(a, "38 %", 38)
    D(a, "29 juillet 2038", "2038-07-29", note="the AFP dateline")
    D(a, "premier semestre", "2038-H1", nth=0, note="'a basculé dans le rouge au premier semestre'")
    D(a, "jeudi", "2038-07-29", note="'faisant plonger son titre jeudi': the dateline day")
    D(a, "un an plus tôt", "2037-H1", opt=True, note="relative to the half-year figures, not to the reference date")
    D(a, "premier semestre 2037", "2037-H1", note="'contre 5,4 % au premier semestre 2037'")
    D(a, "fin juin", "2038-06", mod="END", note="past: 'La dette nette a grimpé à ... fin juin', in a July dispatch")
    D(a, "2038", "2038", nth=1, note="'comprise entre 0 et 1 % en 2038': the guidance year (the first '2038' is the dateline's)")
    D(a, "mercredi", "2038-07-28", note="past: 'un communiqué publié mercredi après la clôture'")
    D(a, "printemps", "2038-SP", note="'dès le printemps', inside the CEO's marked words: this spring, past")
    D(a, "fin de l'année", "2038", mod="END", note="'d'ici à la fin de l'année', inside the CEO's reported clause")
    D(a, "11 h 20", "2038-07-29T11:20", typ="TIME", note="'Vers 11 h 20' on the dateline day")
    D(a, "début de l'année", "2038", mod="START", note="'Depuis le début de l'année'")
    D(a, "un [semestre] difficile", "2038-H1", opt=True, note="anaphoric, inside the analyst's marked words")
    D(a, "2039", "2039", nth=0, note="'devra encore réduire ses coûts en 2039', inside the analyst's clause")
    D(a, "1er septembre", "2038-09-01", note="future: 'à compter du 1er septembre'")
    D(a, "47 ans", "P47Y", typ="DURATION", opt=True, note="an age")
    D(a, "2032", "2032", note="'directeur financier depuis 2032'")
    D(a, "mai", "2038-05", note="past: 'parti en mai chez un concurrent'")
    D(a, "2039", "2039", nth=1, note="'à l'issue de l'assemblée générale de 2039'")
    Q(a, f"[{VT} ne vise plus qu'une croissance de ses ventes comprise entre 0 et 1 % en 2038, contre 3 à 4 % auparavant, et une marge opérationnelle d'environ 4 %], a indiqué",
      "indirect", "a indiqué", ("a indiqué le [groupe] dans", VT, ORG),
      note="an unmarked clause before an inverted cue; the company through a noun phrase, its communiqué the medium")
    Q(a, f"{O}[Le marché européen de la voiture électrique recule plus vite que prévu, et nos clients ont réduit leurs commandes dès le printemps]{C}",
      "direct", "a déclaré", (AF, AF, PER), gender="male",
      note="the name in apposition to 'le directeur général de Valtessa'")
    Q(a, "assuré que [le plan d'économies de 150 millions d'euros serait accéléré d'ici à la fin de l'année].", "indirect",
      "a assuré", ("[Il] a assuré", AF, PER), gender="male", note="'Il' is the CEO of the sentence before")
    Q(a, f"{O}[un plan d'économies payé par les salariés]{C}", "direct", "a dénoncé", ("La [CGT], premier", "CGT", ORG),
      note="a union's marked noun phrase after 'a dénoncé': one direct quote; 'premier syndicat du groupe' in apposition")
    Q(a, f"{O}[Le marché s'attendait à un semestre difficile, pas à une perte]{C}", "direct", "a commenté", (JK, JK, PER),
      gender="male", note="the name after the cue, 'analyste chez Oddo BHF' in apposition; the given name shows the gender")
    Q(a, f"Selon {CM}, analyste chez {KC}, [les nouveaux objectifs restent ambitieux et le groupe devra encore réduire ses coûts en 2039].",
      "indirect", f"[Selon] {CM}", (CM, CM, PER), gender="female",
      note="'Selon X, analyste chez Y, <clause>'; 'juge-t-elle' in the next sentence shows the gender")
    Q(a, f"{O}[La direction a trop tardé à adapter ses usines]{C}", "direct", "juge-t-elle", ("juge-t-[elle]", CM, PER),
      gender="female", note="a pronoun in an inverted present-tense cue: the second analyst")
    Q(a, f"[Le {PCA}, {BD}, quittera pour sa part ses fonctions à l'issue de l'assemblée générale de 2039], a précisé",
      "indirect", "a précisé", ("a précisé l'[entreprise].", VT, ORG),
      note="an unmarked clause before an inverted cue; the company through a noun phrase")
    V(a, "result", "perte nette", {"company": f"automobile [{VT}] a basculé", "metric": "loss",
                                   "amount": "86 millions d'euros", "period": "premier semestre"},
      note="'Le groupe a essuyé une perte nette de 86 millions d'euros': 'Le groupe' is Valtessa; the half of the lead "
           "('a basculé dans le rouge au premier semestre', the same fact)")
    V(a, "result", "chiffre d'affaires", {"company": f"automobile [{VT}] a basculé", "metric": "revenue",
                                          "amount": "3,12 milliards d'euros", "change": "4,6 %",
                                          "period": ("opt", "premier semestre")},
      note="'Son chiffre d'affaires a reculé de 4,6 %, à ...': an unsigned fall")
    V(a, "result", "résultat opérationnel", {"company": f"automobile [{VT}] a basculé", "metric": "operating_income",
                                             "amount": "97 millions d'euros", "change": "41 %",
                                             "period": ("opt", "premier semestre")},
      note="'son résultat opérationnel a fondu de 41 %, à ...'")
    V(a, "result", "marge opérationnelle", {"company": f"automobile [{VT}] a basculé", "metric": "other"}, nth=0,
      optional=True, note="'La marge opérationnelle tombe ainsi à 3,1 %': a margin's level, no amount, optional as in the "
                          "earlier sets")
    V(a, "role", "directeur général", {"person": AF, "title": "directeur général", "organization": f"général de [{VT}], {AF}"},
      note="'le directeur général de Valtessa, X'")
    V(a, "role", "analyste", {"person": JK, "title": "analyste", "organization": OB}, nth=0,
      note="'X, analyste chez Oddo BHF'")
    V(a, "role", "analyste", {"person": CM, "title": "analyste", "organization": KC}, nth=1,
      note="'X, analyste chez Kepler Cheuvreux'")
    V(a, "role", f"{IGR} [directrice financière] à", {"person": IGR, "title": "directrice financière",
                                                        "organization": ("opt", f"[{VT}] a par ailleurs")},
      note="'Valtessa a par ailleurs nommé X directrice financière à compter du 1er septembre': the new post")
    V(a, "role", "directrice financière adjointe", {"person": IGR, "title": "directrice financière adjointe",
                                                    "organization": "Orvane"},
      note="'elle était jusqu'ici directrice financière adjointe du groupe chimique Orvane': the post held until now, "
           "'elle' the new CFO of the sentence before")
    V(a, "role", "directeur financier", {"person": TL, "title": "directeur financier",
                                         "organization": ("opt", f"[{VT}] a par ailleurs")},
      note="'Elle succède à X, directeur financier depuis 2032': the outgoing CFO")
    V(a, "role", PCA, {"person": BD, "title": PCA, "organization": ("opt", f"[{VT}] a par ailleurs")},
      note="'Le président du conseil d'administration, X, quittera ... ses fonctions': the departing chairman")


def define_e3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    SH, BIP, ASC, TBA = "Sahelia", "Baobab Impact Partners", "Atlas Seed Capital", "Teranga Business Angels"
    MF, AN, AK = "Moussa Faye", "Abdoulaye Ndour", "Aïssatou Kane"
    AFD, ISRA = "Agence française de développement", "Institut sénégalais de recherches agricoles"
    MIN = f"ministre de l{AP}Agriculture, de la Souveraineté alimentaire et de l{AP}Élevage"
    # ------------------------------------------------------------ E3: a Senegalese agritech start-up's round led by named funds, its earlier round, the founder, the minister, the lead investor (Senegalese news site)
    a = B.article("E3-levee-agritech-dakar", "2038-05-20", (
        f"Agritech{NB}: la start-up {SH} lève 7 millions de dollars pour ses capteurs d{AP}irrigation\n"
        "Publié le 20/05/2038 | Par Awa Diop\n\n"
        f"La start-up dakaroise {SH}, qui vend aux maraîchers des capteurs d{AP}humidité reliés à leur téléphone, a "
        f"bouclé mardi une levée de fonds de 7 millions de dollars (environ 4,2 milliards de FCFA). Le tour de table est "
        f"mené par le fonds {BIP}, aux côtés de Proparco, filiale de l{AP}{AFD}, et du "
        f"fonds marocain {ASC}. Il valorise la jeune pousse 28 millions de dollars, d{AP}après une source proche de "
        f"l{AP}opération.\n\n"
        f"Fondée en 2034 à Thiès par un ancien chercheur de l{AP}{ISRA} (ISRA), "
        f"{SH} n{AP}en est pas à son premier tour{NB}: en 2036, la jeune pousse avait "
        f"réuni 45 millions de FCFA auprès du réseau {TBA}. Depuis, elle a équipé 6{NN}200 exploitations dans les "
        f"régions de Saint-Louis et de Thiès, et son chiffre d{AP}affaires a triplé l{AP}an dernier, à 610 millions de "
        "FCFA. Elle emploie 85 personnes et compte en recruter 40 cette année.\n\n"
        f"{O}Au Sénégal, un maraîcher perd jusqu{AP}à 30{NB}% de sa récolte faute d{AP}arroser au bon moment. Nos "
        "capteurs lui disent quand arroser, et combien.\n\n"
        f"{O}Avec cet argent, nous allons ouvrir le Mali et la Côte d{AP}Ivoire dès l{AP}an prochain{C}, explique son "
        f"fondateur, {MF}, un ingénieur agronome de 34 ans. Selon lui, la moitié des fonds servira à construire une "
        f"usine d{AP}assemblage à Diamniadio d{AP}ici fin 2039. {O}Au début, aucune banque ne voulait prêter à des "
        f"paysans pour de l{AP}électronique{C}, a-t-il confié.\n\n"
        f"Présent à la signature, le {MIN}, {AN}, a salué {O}la preuve que notre agriculture peut attirer des capitaux "
        f"privés{C}. Il a annoncé que l{AP}État subventionnerait la moitié du prix des capteurs pour 10{NN}000 petits "
        f"producteurs d{AP}ici fin juin.\n\n"
        f"{O}{SH} est rentable sur ses premiers marchés, ce qui est rare dans l{AP}agritech africaine{C}, souligne "
        f"{AK}, associée chez {BIP}, qui rejoint le conseil d{AP}administration. Selon elle, le marché ouest-africain de "
        f"l{AP}irrigation connectée pèsera 300 millions de dollars d{AP}ici 2045."))
    for s, l, c, o in [(SH, ORG, None, False), ("Awa Diop", PER, None, False), (BIP, ORG, None, False),
                       ("Proparco", ORG, None, False), (AFD, ORG, None, False), (ASC, ORG, None, False),
                       (ISRA, ORG, None, False), ("ISRA", ORG, ISRA, False), ("Thiès", LOC, None, False),
                       (TBA, ORG, None, False), ("Saint-Louis", LOC, None, False), ("Sénégal", LOC, None, False),
                       ("Mali", LOC, None, False), (f"Côte d{AP}Ivoire", LOC, None, False), (MF, PER, None, False),
                       ("Diamniadio", LOC, None, False), (AN, PER, None, False), (AK, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Senegalese news site copied as plain text: a headline opened by a section word "
                      "and a colon ('Agritech : la start-up Sahelia lève 7 millions de dollars ...', a no-break space "
                      "before the colon), then one line with the numeric date with slashes and the byline after a bar "
                      "('Publié le 20/05/2038 | Par Awa Diop'), no dateline. The reference date is that day (Thursday "
                      "20 May 2038), two days after the round ('a bouclé mardi'). Every apostrophe is the typographic "
                      "one (U+2019: 'd’irrigation', 'd’humidité', 'l’Agence', 'd’après', 'l’opération', 'n’en', "
                      "'l’an dernier', 'jusqu’à', 'Côte d’Ivoire', 'l’an prochain', 'l’État', 'd’ici'); no-break spaces "
                      "(U+00A0) before '%', before the colons and inside the guillemets; narrow no-break spaces (U+202F) "
                      "as the thousands separator of the counts '6 200 exploitations' and '10 000 petits producteurs'.")
    a["notes"].append("Entities: the coined Dakar agritech 'Sahelia' (headline, lead, 'Sahelia n’en est pas', inside the "
                      "investor's marked words: four mentions) is ORG; the coined lead fund 'Baobab Impact Partners' "
                      "(twice), 'Proparco', the 'Agence française de développement' (after the elided 'l’'), the coined "
                      "Moroccan fund 'Atlas Seed Capital', the research institute 'Institut sénégalais de recherches "
                      "agricoles' and its acronym in brackets 'ISRA' (canonical the full name), the coined angel network "
                      "'Teranga Business Angels' are ORG; 'Thiès' (twice), 'Saint-Louis', 'Sénégal', 'Mali', 'Côte "
                      "d’Ivoire' (the last three inside the founder's marked words) and 'Diamniadio' are LOC; the "
                      "journalist, the founder, the minister and the fund partner are PER (all invented). Not names: "
                      "'Agritech' (a section word), 'FCFA', 'La start-up', 'la jeune pousse', 'Le tour de table', "
                      "'filiale', 'l’État', 'Agriculture', 'Souveraineté alimentaire' and 'Élevage' inside the "
                      "minister's title; 'dakaroise', 'marocain', 'ouest-africain', 'africaine' are adjectives.")
    a["notes"].append("Quotes (8 required: 4 direct, 4 indirect): an unnamed source with inverted 'd’après' ('Il valorise "
                      "la jeune pousse 28 millions de dollars, d’après une source proche de l’opération': speaker the "
                      "noun phrase without its article, canonical and label null); the founder's words over two "
                      "paragraphs in French style (no closing mark after the first, a reopening guillemet before the "
                      "second, '», explique son fondateur, X, ...' after the last words): one direct quote from the "
                      "first word to the last, the paragraph break and the reopening mark inside the span, as in the "
                      "twenty-seventh set; then 'Selon lui, <clause>' and '« ... », a-t-il confié'; the minister's marked "
                      "noun phrase after 'a salué' (the name in apposition to his long title with commas inside) then "
                      "'Il a annoncé que <clause>'; the lead investor ('« ... », souligne X, associée chez ...') then "
                      "'Selon elle, <clause>'. Not quotes: 'a bouclé mardi une levée de fonds ...' (an act with a "
                      "noun-phrase object), 'Le tour de table est mené par ...', 'compte en recruter 40' (an intention, "
                      "no speech), the headline.")
    a["notes"].append("Events: funding: the round (headline 'lève 7 millions de dollars', lead 'a bouclé mardi une levée "
                      "de fonds de 7 millions de dollars (environ 4,2 milliards de FCFA). Le tour de table est mené par "
                      "le fonds X, aux côtés de Y, filiale de Z, et du fonds marocain W. Il valorise la jeune pousse 28 "
                      "millions de dollars'): one funding event, trigger 'levée de fonds', amount the body's dollars "
                      "(the FCFA equivalent in brackets no argument), the three investors of the next sentence (the "
                      "parent agency in apposition to Proparco is no investor), the valuation of the sentence after "
                      "(no separate valuation event), date 'mardi', no round name written; the earlier round recalled "
                      "through anaphora ('Sahelia n’en est pas à son premier tour : en 2036, la jeune pousse avait "
                      "réuni 45 millions de FCFA auprès du réseau X'): a second funding event, trigger 'réuni', company "
                      "Sahelia through 'la jeune pousse', its investor and year. Result: 'son chiffre d’affaires a "
                      "triplé l’an dernier, à 610 millions de FCFA' (company Sahelia through 'elle' and 'son', period "
                      "'an dernier', no percentage change written). Roles: 'explique son fondateur, X' (organization "
                      "optional: 'son' is the start-up), 'le ministre de l’Agriculture, de la Souveraineté alimentaire "
                      "et de l’Élevage, X' (title as written with its commas, no organization), 'X, associée chez "
                      "Baobab Impact Partners' (organization required). Optional: 'Fondée en 2034 à Thiès par un ancien "
                      "chercheur de l’Institut ...' (the founder's former post before he is named: person Moussa Faye, "
                      "title 'chercheur', organization the institute). Not events: 'un ingénieur agronome' (a "
                      "profession), the jobs, the farms equipped, the State's subsidy (a plan), the market forecast, "
                      "the board seat ('qui rejoint le conseil d’administration', no title).")
    a["notes"].append("Money: the dollars of a Senegalese site on an international round are USD: the headline's and the "
                      "body's '7 millions de dollars' (two items), the valuation '28 millions de dollars', the market "
                      "'300 millions de dollars'; the francs CFA are XOF: the equivalent '4,2 milliards de FCFA' "
                      "('environ' outside), the earlier round '45 millions de FCFA', the revenue '610 millions de FCFA'. "
                      "'6 200 exploitations', '85 personnes', '40', '10 000 petits producteurs' are counts; 'la moitié' "
                      "is no percentage. Percentage: '30 %' inside the founder's marked words ('jusqu’à' outside).")
    a["notes"].append("Dates: the line's '20/05/2038' 2038-05-20; 'mardi' (past: the round) 2038-05-18; 'Fondée en 2034' "
                      "and 'en 2036' the years; 'l’an dernier' 2037 (span 'an dernier'); 'cette année' 2038; 'dès l’an "
                      "prochain' (inside the founder's marked words) 2039 (span 'an prochain'); 'd’ici fin 2039' span "
                      "'fin 2039', 2039 with mod END; 'd’ici fin juin' (future, inside the minister's clause) 2038-06 "
                      "with mod END; 'd’ici 2045' the year. Optional: the age '34 ans' (P34Y).")
    M(a, "7 millions de dollars", 7e6, "USD", nth=0)
    M(a, "7 millions de dollars", 7e6, "USD", nth=1)
    M(a, "4,2 milliards de FCFA", 4.2e9, "XOF")
    M(a, "28 millions de dollars", 28e6, "USD")
    M(a, "45 millions de FCFA", 45e6, "XOF")
    M(a, "610 millions de FCFA", 610e6, "XOF")
    M(a, "300 millions de dollars", 300e6, "USD")
    P(a, f"30{NB}%", 30)
    D(a, "20/05/2038", "2038-05-20", note="the publication line: numeric date with slashes")
    D(a, "mardi", "2038-05-18", note="past: 'a bouclé mardi', two days before the Thursday publication")
    D(a, "2034", "2034", note="'Fondée en 2034'")
    D(a, "2036", "2036", note="'en 2036, la jeune pousse avait réuni ...'")
    D(a, "an dernier", "2037", note="'son chiffre d’affaires a triplé l’an dernier'")
    D(a, "cette année", "2038", note="'compte en recruter 40 cette année'")
    D(a, "an prochain", "2039", note="'dès l’an prochain', inside the founder's marked words")
    D(a, "34 ans", "P34Y", typ="DURATION", opt=True, note="an age")
    D(a, "fin 2039", "2039", mod="END", note="'d’ici fin 2039', inside the founder's reported clause")
    D(a, "fin juin", "2038-06", mod="END", note="future: 'd’ici fin juin', inside the minister's reported clause")
    D(a, "2045", "2045", note="'d’ici 2045', inside the investor's reported clause")
    Q(a, "[Il valorise la jeune pousse 28 millions de dollars], d’après", "indirect", "[d’après] une source",
      ("une [source proche de l’opération].", None, None),
      note="inverted 'd’après' with an unnamed source: a noun-phrase speaker without its article, canonical and label null")
    Q(a, f"{O}[Au Sénégal, un maraîcher perd jusqu{AP}à 30{NB}% de sa récolte faute d{AP}arroser au bon moment. Nos capteurs lui disent quand arroser, et combien.\n\n{O}Avec cet argent, nous allons ouvrir le Mali et la Côte d{AP}Ivoire dès l{AP}an prochain]{C}",
      "direct", "explique", (MF, MF, PER), gender="male",
      note="one quote over two paragraphs (no closing mark after the first, a reopening guillemet before the second): "
           "the span runs from the first word to the last one, the paragraph break and the reopening mark inside; the "
           "name in apposition to 'son fondateur', which shows the gender")
    Q(a, f"Selon lui, [la moitié des fonds servira à construire une usine d{AP}assemblage à Diamniadio d{AP}ici fin 2039].",
      "indirect", "[Selon] lui", ("Selon [lui]", MF, PER), gender="male", note="a pronoun after 'Selon': the founder")
    Q(a, f"{O}[Au début, aucune banque ne voulait prêter à des paysans pour de l{AP}électronique]{C}", "direct",
      "a-t-il confié", ("a-t-[il] confié", MF, PER), gender="male", note="a pronoun in an inverted cue: the founder")
    Q(a, f"{O}[la preuve que notre agriculture peut attirer des capitaux privés]{C}", "direct", "a salué", (AN, AN, PER),
      gender="male", note="marked noun phrase after 'a salué'; the name in apposition to the minister's long title")
    Q(a, f"annoncé que [l{AP}État subventionnerait la moitié du prix des capteurs pour 10{NN}000 petits producteurs d{AP}ici fin juin].",
      "indirect", "a annoncé", ("[Il] a annoncé", AN, PER), gender="male", note="'Il' is the minister of the sentence before")
    Q(a, f"{O}[{SH} est rentable sur ses premiers marchés, ce qui est rare dans l{AP}agritech africaine]{C}", "direct",
      "souligne", (AK, AK, PER), gender="female", note="the name after the cue, 'associée' in apposition shows the gender")
    Q(a, f"Selon elle, [le marché ouest-africain de l{AP}irrigation connectée pèsera 300 millions de dollars d{AP}ici 2045].",
      "indirect", "[Selon] elle", ("Selon [elle]", AK, PER), gender="female", note="a pronoun after 'Selon': the investor")
    V(a, "funding", "levée de fonds", {"company": f"dakaroise [{SH}], qui", "amount": "de [7 millions de dollars] (environ",
                                       "investors": [BIP, "Proparco", ASC], "valuation": "28 millions de dollars",
                                       "date": "mardi"},
      note="the headline's 'lève 7 millions de dollars' states the same round; investors and valuation from the next two "
           "sentences ('Le tour de table est mené par ...', 'Il valorise ...')")
    V(a, "funding", "réuni", {"company": f"(ISRA), [{SH}] n{AP}en", "amount": "45 millions de FCFA", "investors": [TBA],
                              "date": "2036"},
      note="the earlier round recalled through anaphora ('n’en est pas à son premier tour : en 2036, la jeune pousse "
           "avait réuni ...')")
    V(a, "role", "chercheur", {"person": MF, "title": "chercheur", "organization": ISRA}, optional=True,
      note="'Fondée ... par un ancien chercheur de l’Institut ...': the founder's former post, before he is named")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"(ISRA), [{SH}] n{AP}en", "metric": "revenue",
                                              "amount": "610 millions de FCFA", "period": "an dernier"},
      note="'son chiffre d’affaires a triplé l’an dernier, à 610 millions de FCFA': 'son' is Sahelia; no percentage")
    V(a, "role", "son [fondateur], Moussa", {"person": MF, "title": "fondateur",
                                             "organization": ("opt", f"(ISRA), [{SH}] n{AP}en")},
      note="'explique son fondateur, X': 'son' is the start-up")
    V(a, "role", MIN, {"person": AN, "title": MIN},
      note="'le ministre de l’Agriculture, de la Souveraineté alimentaire et de l’Élevage, X': title as written, no "
           "organization")
    V(a, "role", "associée", {"person": AK, "title": "associée", "organization": f"chez [{BIP}], qui"},
      note="'X, associée chez Baobab Impact Partners'")
