"""The three articles of the thirty-third blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind33`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and as the thousands separator in M3; before 'M$' in N3)
NN = "\u202f"    # narrow no-break space (before %, inside the guillemets and as the thousands separator in L3)
AP = "\u2019"    # typographic apostrophe (every apostrophe of M3)


def define(B):
    define_l3(B)
    define_m3(B)
    define_n3(B)


def define_l3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    CV, BL, AF, CMD, KBe, FLD, MG = ("Corvane", "Bastien Laforêt", "Arnaud Ferrière", "Claire Morvan-Duhamel",
                                     "Karim Benslimane", "Franck Le Du", "Matthieu Grasset")
    APE, FII, PS, RN = ("Agence des participations de l'État", "Fonds pour l'innovation et l'industrie",
                        "Parti socialiste", "Rassemblement national")
    MEF = "ministre de l'Économie et des Finances"
    # ------------------------------------------------------------ L3: the State sells part of its stake in a listed aerospace supplier; the minister, the ministry, the company's management, the Socialist leader, an LFI MP, two unions, an analyst (French national daily, web)
    a = B.article("L3-cession-participation-etat-aeronautique", "2038-09-09", (
        f"L'État va céder 4{NN}% de Corvane, la gauche dénonce un bradage\n"
        "Le gouvernement espère en tirer près de 2 milliards d'euros.\n"
        "Par Hélène Marchal et Vincent Roux\n"
        "Publié le 9 septembre 2038 à 18h03, modifié le 10 septembre 2038 à 07h15\n\n"
        f"L'État va réduire sa participation dans {CV}. Le {MEF}, {BL}, a annoncé jeudi que l'{APE} (APE) céderait "
        f"environ 4{NN}% du capital de l'équipementier aéronautique d'ici à la fin de l'année, par un placement accéléré "
        "auprès d'investisseurs institutionnels. Au cours de clôture de mercredi, 212,40 euros, l'opération rapporterait "
        f"1,9 milliard d'euros, avant la décote habituelle de 3 à 5{NN}%. Premier actionnaire avec 14,2{NN}% du capital, "
        f"l'État en garderait 10,2{NN}% et ses deux sièges au conseil d'administration. Il avait déjà cédé 3{NN}% du "
        "groupe en 2034 pour 780 millions d'euros.\n\n"
        f"{O}Nous ne vendons pas {CV}, nous recyclons du capital. Chaque euro ira au désendettement et à l'industrie de "
        f"demain{C}, a déclaré M. Laforêt lors d'une conférence de presse. La moitié du produit abondera le {FII}, "
        "a-t-il ajouté. Le ministère a précisé que l'État conserverait, grâce à une action spécifique, un droit de veto "
        "sur les activités militaires du groupe. Le placement pourrait être lancé dès le 15 septembre.\n\n"
        f"{CV}, qui a dégagé au premier semestre un bénéfice net de 1,12 milliard d'euros (+17{NN}%), a vu son action "
        f"gagner 38{NN}% depuis janvier. La direction du groupe a indiqué qu'elle {O}prenait acte{C} de la décision de son "
        f"premier actionnaire. Son PDG, {AF}, n'a pas souhaité commenter.\n\n"
        f"À gauche, la riposte a été immédiate. {O}C'est la vente des bijoux de famille pour boucher les trous d'un budget "
        f"mal ficelé{C}, a dénoncé la première secrétaire du {PS}, {CMD}. La recette ne réduira la dette publique que "
        f"de 0,06 point de PIB, a-t-elle ajouté. Le député LFI de la Loire {KBe} juge que l'opération est {O}une faute "
        f"stratégique{C}, quand le {RN} réclame un vote des députés.\n\n"
        f"Côté syndical, l'inquiétude domine. {O}Chaque fois que l'État recule, ce sont des sites qui ferment{C}, a prévenu "
        f"{FLD}, délégué central de la CGT chez {CV}. La CFE-CGC s'est dite {O}pas opposée par principe{C}, mais réclame "
        f"des garanties pour les 21{NN}000 salariés du groupe en France.\n\n"
        f"Selon {MG}, analyste chez Oddo BHF, l'État vend au bon moment, porté par la reprise du trafic aérien. Il estime "
        f"que la décote pourrait se limiter à 2{NN}% si les fonds souverains du Golfe se montrent intéressés."))
    for s, l, c, o in [(CV, ORG, None, False), ("Hélène Marchal", PER, None, False), ("Vincent Roux", PER, None, False),
                       (BL, PER, None, False), (APE, ORG, None, False), ("APE", ORG, APE, False),
                       ("Laforêt", PER, BL, False), (FII, ORG, None, False), (AF, PER, None, False),
                       (PS, ORG, None, False), (CMD, PER, None, False), ("LFI", ORG, None, False),
                       ("Loire", LOC, None, False), (KBe, PER, None, False), (RN, ORG, None, False),
                       (FLD, PER, None, False), ("CGT", ORG, None, False), ("CFE-CGC", ORG, None, False),
                       ("France", LOC, None, False), (MG, PER, None, False), ("Oddo BHF", ORG, None, False),
                       ("Golfe", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French national daily's politics and economy pages copied as plain text: a "
                      "headline ('L'État va céder 4 % de Corvane, la gauche dénonce un bradage'), *new*: a one-sentence "
                      "standfirst line under it, a byline naming two journalists ('Par Hélène Marchal et Vincent Roux') "
                      "and *new*: a publication line with an update on the next day, both with the full date and a clock "
                      "time in 'h' ('Publié le 9 septembre 2038 à 18h03, modifié le 10 septembre 2038 à 07h15'), no "
                      "dateline. The reference date is the first publication day (Thursday 9 September 2038), the day of "
                      "the announcement ('a annoncé jeudi'). Straight apostrophes; narrow no-break spaces (U+202F) before "
                      "'%', inside the guillemets and as the thousands separator of the count '21 000 salariés'.")
    a["notes"].append("Entities: the coined listed aerospace supplier 'Corvane' (headline, lead, inside the minister's "
                      "marked words, 'Corvane, qui a dégagé', 'de la CGT chez Corvane': five mentions) is ORG; the State "
                      "shareholding agency 'Agence des participations de l'État' (after the elided 'l'', one ORG with no "
                      "separate 'État') and its acronym in brackets 'APE' (canonical the full name), the public fund "
                      "'Fonds pour l'innovation et l'industrie', the parties 'Parti socialiste', 'LFI' and 'Rassemblement "
                      "national', the unions 'CGT' and 'CFE-CGC' and the broker 'Oddo BHF' (after 'chez') are ORG; "
                      "'Loire' (the département of an MP), 'France' and 'Golfe' ('les fonds souverains du Golfe', the "
                      "Gulf region) are LOC; the two journalists, the minister (also 'M. Laforêt', span the surname, "
                      "canonical the full name), the company's CEO, the Socialist leader, the LFI MP, the CGT delegate "
                      "and the analyst are PER (all invented). Not names: 'L'État' / 'l'État' (six times outside the "
                      "agency's name, as in the sixth, seventh and thirtieth sets), 'Le gouvernement', 'Économie' and "
                      "'Finances' inside the minister's title, 'Le ministère', 'La direction du groupe', 'PIB', 'les "
                      "députés', 'le conseil d'administration'.")
    a["notes"].append("Quotes (12 required: 6 direct, 6 indirect): the minister named in apposition to his title before "
                      "'a annoncé jeudi que <clause>' (the clause after 'que' to the full stop); his words ('« ... », a "
                      "déclaré M. Laforêt lors d'une conférence de presse': two sentences in one pair of marks); an "
                      "unmarked clause before an inverted pronoun cue ('La moitié du produit abondera le Fonds ..., "
                      "a-t-il ajouté'); *new*: 'Le ministère a précisé que <clause>' (a ministry the text never names: "
                      "speaker the noun phrase 'ministère', canonical and label null); the company's management with a "
                      "clause partly marked ('La direction du groupe a indiqué qu'elle « prenait acte » de ...': one "
                      "direct quote for the marked words, speaker 'direction', canonical Corvane, ORG, as in the "
                      "eleventh, sixteenth and eighteenth sets); the Socialist leader named in apposition to her title "
                      "('« ... », a dénoncé la première secrétaire du Parti socialiste, X') then an unmarked clause before "
                      "'a-t-elle ajouté' (a percentage in points inside it); the LFI MP's clause partly marked ('X juge "
                      "que l'opération est « une faute stratégique »': one direct quote for the marked words); the CGT "
                      "delegate by name in apposition; the CFE-CGC's marked words after a pronominal cue ('s'est dite « "
                      "... »': the union speaks, ORG, no gender); the analyst ('Selon X, analyste chez Oddo BHF, "
                      "<clause>') then 'Il estime que <clause>'. Not quotes: 'L'État va réduire sa participation', 'Le "
                      "placement pourrait être lancé', 'n'a pas souhaité commenter', 'le Rassemblement national réclame "
                      "un vote des députés' (a claim with a noun-phrase object), 'mais réclame des garanties' (the same), "
                      "the headline and the standfirst.")
    a["notes"].append("Events: acquisitions: *new*: the State's sale of part of its stake by an accelerated placement "
                      "with institutional investors (headline 'L'État va céder 4 % de Corvane', lead '... a annoncé jeudi "
                      "que l'Agence des participations de l'État (APE) céderait environ 4 % du capital de l'équipementier "
                      "aéronautique d'ici à la fin de l'année ... l'opération rapporterait 1,9 milliard d'euros'): one "
                      "announced acquisition, trigger 'céderait', target Corvane, seller the agency (the State itself is "
                      "no name), no buyer (investors unnamed), stake the lead's '4 %', amount the proceeds at the last "
                      "close (the standfirst's rounded 'près de 2 milliards d'euros' and the price per share no "
                      "arguments), date 'jeudi' (the announcement; the end-of-year deadline and the possible launch date "
                      "no argument); the earlier sale referred back ('Il avait déjà cédé 3 % du groupe en 2034 pour 780 "
                      "millions d'euros': 'Il' is the State, no seller) a second acquisition, done, stake, amount, date "
                      "2034. Result: 'Corvane, qui a dégagé au premier semestre un bénéfice net de 1,12 milliard d'euros "
                      "(+17 %)' (period the half, change the signed rise in brackets). Roles: 'Le ministre de l'Économie "
                      "et des Finances, X' (title as written, no organization), 'Son PDG, X' ('Son' is Corvane: "
                      "organization optional), 'la première secrétaire du Parti socialiste, X' (organization required), "
                      "'Le député LFI de la Loire X' (title 'député', the party optional, as in the eleventh and twelfth "
                      "sets), 'X, délégué central de la CGT chez Corvane' (organization the union, required, as 'délégué "
                      "principal de la CNE' in the thirtieth set), 'X, analyste chez Oddo BHF'. Not events: the State's "
                      "holdings before and after ('14,2 %', '10,2 %'), the discount, the use of the proceeds, the "
                      "veto right, the share move, the board seats, the jobs, the debt reduction.")
    a["notes"].append("Money: the standfirst's '2 milliards d'euros' ('près de' outside), the closing price '212,40 "
                      "euros' (a price per share written without 'par action'), the proceeds '1,9 milliard d'euros', the "
                      "earlier sale's '780 millions d'euros', the half-year net profit '1,12 milliard d'euros'. '21 000 "
                      "salariés' (a narrow no-break space as thousands separator) and 'deux sièges' are counts. "
                      "Percentages: the stake sold in the headline and in the lead ('4 %' twice, two items; 'environ' "
                      "outside), the usual discount range '3 à 5 %' (span from the first number, value 3), the holdings "
                      "'14,2 %' and '10,2 %', the earlier stake '3 %', the signed rise '+17 %' in brackets, the share "
                      "move '38 %', *new*: a debt reduction in points of GDP inside a reported clause ('0,06 point de "
                      "PIB': span '0,06 point', value 0.06, points), the analyst's '2 %' ('à' outside).")
    a["notes"].append("Dates: *new*: the publication line gives two TIMEs on two days ('9 septembre 2038 à 18h03' "
                      "2038-09-09T18:03 and '10 septembre 2038 à 07h15' 2038-09-10T07:15; 'Publié le' and 'modifié le' "
                      "outside); 'jeudi' (the announcement) the publication day; 'd'ici à la fin de l'année' span 'fin de "
                      "l'année', 2038 with mod END (inside the minister's reported clause, as in the thirty-second set); "
                      "'Au cours de clôture de mercredi' the day before, 2038-09-08; 'en 2034' the year; 'dès le 15 "
                      "septembre' (future) span '15 septembre', 2038-09-15; 'au premier semestre' span 'premier "
                      "semestre', 2038-H1; 'depuis janvier' span 'janvier', 2038-01 (past).")
    M(a, "2 milliards d'euros", 2e9, "EUR")
    M(a, "212,40 euros", 212.4, "EUR")
    M(a, "1,9 milliard d'euros", 1.9e9, "EUR")
    M(a, "780 millions d'euros", 780e6, "EUR")
    M(a, "1,12 milliard d'euros", 1.12e9, "EUR")
    P(a, f"4{NN}%", 4, nth=0)
    P(a, f"4{NN}%", 4, nth=1)
    P(a, f"3 à 5{NN}%", 3)
    P(a, f"14,2{NN}%", 14.2)
    P(a, f"10,2{NN}%", 10.2)
    P(a, f"3{NN}%", 3)
    P(a, f"+17{NN}%", 17)
    P(a, f"38{NN}%", 38)
    P(a, "0,06 point", 0.06, points=True)
    P(a, f"2{NN}%", 2)
    D(a, "9 septembre 2038 à 18h03", "2038-09-09T18:03", typ="TIME", note="the publication line: first publication")
    D(a, "10 septembre 2038 à 07h15", "2038-09-10T07:15", typ="TIME", note="the publication line: the update, the next day")
    D(a, "jeudi", "2038-09-09", note="'a annoncé jeudi': the publication day")
    D(a, "fin de l'année", "2038", mod="END", note="'d'ici à la fin de l'année', inside the minister's reported clause")
    D(a, "mercredi", "2038-09-08", note="'Au cours de clôture de mercredi': the day before the Thursday announcement")
    D(a, "2034", "2034", note="'Il avait déjà cédé 3 % du groupe en 2034'")
    D(a, "15 septembre", "2038-09-15", note="future: 'Le placement pourrait être lancé dès le 15 septembre'")
    D(a, "premier semestre", "2038-H1", note="'qui a dégagé au premier semestre un bénéfice net'")
    D(a, "janvier", "2038-01", note="past: 'a vu son action gagner 38 % depuis janvier'")
    Q(a, f"annoncé jeudi que [l'{APE} (APE) céderait environ 4{NN}% du capital de l'équipementier aéronautique d'ici à la fin de l'année, par un placement accéléré auprès d'investisseurs institutionnels].",
      "indirect", "a annoncé", (BL, BL, PER), gender="male",
      note="the name in apposition to 'Le ministre de l'Économie et des Finances' before the cue; the clause after 'que'")
    Q(a, f"{O}[Nous ne vendons pas {CV}, nous recyclons du capital. Chaque euro ira au désendettement et à l'industrie de demain]{C}",
      "direct", "a déclaré", ("M. [Laforêt]", BL, PER), gender="male",
      note="two sentences in one pair of marks; the surname after 'M.'")
    Q(a, f"[La moitié du produit abondera le {FII}], a-t-il", "indirect", "a-t-il ajouté", ("a-t-[il] ajouté", BL, PER),
      gender="male", note="an unmarked clause before an inverted pronoun cue: the minister of the sentence before")
    Q(a, "précisé que [l'État conserverait, grâce à une action spécifique, un droit de veto sur les activités militaires du groupe].",
      "indirect", "a précisé", ("Le [ministère] a précisé", None, None),
      note="*new*: a ministry the text never names (only the minister's title): the noun phrase, canonical and label null")
    Q(a, f"{O}[prenait acte]{C}", "direct", "a indiqué", ("La [direction] du groupe", CV, ORG),
      note="'La direction du groupe a indiqué qu'elle « prenait acte » de ...': a clause partly marked, one direct quote "
           "for the marked words; the company's management speaks for Corvane")
    Q(a, f"{O}[C'est la vente des bijoux de famille pour boucher les trous d'un budget mal ficelé]{C}", "direct",
      "a dénoncé", (CMD, CMD, PER), gender="female",
      note="the name in apposition to 'la première secrétaire du Parti socialiste'")
    Q(a, "[La recette ne réduira la dette publique que de 0,06 point de PIB], a-t-elle", "indirect", "a-t-elle ajouté",
      ("a-t-[elle] ajouté", CMD, PER), gender="female",
      note="an unmarked clause before an inverted pronoun cue: the Socialist leader of the sentence before")
    Q(a, f"{O}[une faute stratégique]{C}", "direct", "juge", (KBe, KBe, PER), gender="male",
      note="'X juge que l'opération est « une faute stratégique »': a clause partly marked, one direct quote for the "
           "marked words; 'Le député' shows the gender")
    Q(a, f"{O}[Chaque fois que l'État recule, ce sont des sites qui ferment]{C}", "direct", "a prévenu", (FLD, FLD, PER),
      gender="male", note="the name after the cue, 'délégué central de la CGT chez Corvane' in apposition")
    Q(a, f"{O}[pas opposée par principe]{C}", "direct", "s'est dite", ("CFE-CGC", "CFE-CGC", ORG),
      note="marked words after a pronominal cue; the union speaks by name (no gender for an organization)")
    Q(a, f"Selon {MG}, analyste chez Oddo BHF, [l'État vend au bon moment, porté par la reprise du trafic aérien].",
      "indirect", f"[Selon] {MG}", (MG, MG, PER), gender="male",
      note="'Selon X, analyste chez Y, <clause>': the clause after the apposition")
    Q(a, f"estime que [la décote pourrait se limiter à 2{NN}% si les fonds souverains du Golfe se montrent intéressés].",
      "indirect", "estime", ("[Il] estime", MG, PER), gender="male", note="'Il' is the analyst of the sentence before")
    V(a, "acquisition", "céderait", {"target": f"participation dans [{CV}]. Le", "seller": f"l'[{APE}] (APE)",
                                     "stake": f"environ [4{NN}%] du", "amount": "1,9 milliard d'euros", "date": "jeudi",
                                     "status": "announced"},
      note="the State's sale of about 4 % through its agency by an accelerated placement with unnamed institutional "
           "investors: announced, no buyer; the headline's 'va céder' the same fact")
    V(a, "acquisition", "cédé", {"target": f"participation dans [{CV}]. Le", "stake": f"3{NN}%",
                                 "amount": "780 millions d'euros", "date": "2034", "status": "done"},
      note="'Il avait déjà cédé 3 % du groupe en 2034 pour 780 millions d'euros': the earlier sale, 'Il' the State (no "
           "name, no seller)")
    V(a, "result", "bénéfice net", {"company": f"[{CV}], qui a dégagé", "metric": "net_income",
                                    "amount": "1,12 milliard d'euros", "change": f"+17{NN}%", "period": "premier semestre"},
      note="'Corvane, qui a dégagé au premier semestre un bénéfice net de ... (+17 %)'")
    V(a, "role", MEF, {"person": BL, "title": MEF}, note="'Le ministre de l'Économie et des Finances, X': no organization")
    V(a, "role", "PDG", {"person": AF, "title": "PDG", "organization": ("opt", f"[{CV}], qui a dégagé")},
      note="'Son PDG, X': 'Son' is Corvane")
    V(a, "role", "première secrétaire", {"person": CMD, "title": "première secrétaire", "organization": PS},
      note="'la première secrétaire du Parti socialiste, X'")
    V(a, "role", "député", {"person": KBe, "title": "député", "organization": ("opt", "LFI")},
      note="'Le député LFI de la Loire X': the party optional, as in the eleventh and twelfth sets")
    V(a, "role", "délégué central", {"person": FLD, "title": "délégué central", "organization": "CGT"},
      note="'X, délégué central de la CGT chez Corvane': the union the organization")
    V(a, "role", "analyste", {"person": MG, "title": "analyste", "organization": "Oddo BHF"},
      note="'X, analyste chez Oddo BHF'")


def define_m3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article
    ST, LM, EP, EB = "Stalder", "Lumetra", "Escaut Participations", "Euronext Bruxelles"
    SV, UM, MD, PC, AL = "Sophie Vandermeersch", "Urs Meierhofer", "Marc Dewandre", "Pieter Claes", "Amélie Lambotte"
    DP, KBC, ECHO = "Degroof Petercam", "KBC Securities", f"L{AP}Echo"
    CA = f"conseil d{AP}administration"
    # ------------------------------------------------------------ M3: a Swiss group's hostile takeover bid for a Charleroi listed mid-cap; the board's rejection, the CEO over two paragraphs, the bidder's CEO and spokesman, a white knight reported by a paper, two analysts (Belgian business site)
    a = B.article("M3-opa-hostile-verre-charleroi", "2038-10-05", (
        f"Le suisse {ST} lance une OPA hostile sur {LM}\n"
        "Nathalie Wauters\n"
        "Mis en ligne le 05/10/2038 à 09:47\n\n"
        f"Le groupe suisse {ST} a déposé lundi une offre publique d{AP}achat (OPA) hostile sur {LM}, le spécialiste "
        f"carolorégien du verre technique coté sur {EB}. Il propose 38,50 euros par action en numéraire, soit "
        f"1,24 milliard d{AP}euros pour l{AP}ensemble du capital. La prime atteint 31{NB}% sur le cours de clôture de "
        f"vendredi et 42{NB}% sur la moyenne des trois derniers mois. L{AP}offre doit encore être approuvée par la FSMA.\n\n"
        f"Le {CA} de {LM} l{AP}a rejetée à l{AP}unanimité dès lundi. La direction la juge {O}opportuniste{C} et {O}très "
        f"en deçà de la valeur du groupe{C}.\n\n"
        f"{O}{ST} veut s{AP}offrir {LM} au plus bas du cycle, au moment où nos investissements à Charleroi et à "
        f"Gosselies commencent à payer. Nos actionnaires ne s{AP}y tromperont pas.\n\n"
        f"{O}Nous n{AP}avons besoin de personne pour réussir notre plan{C}, a affirmé l{AP}administratrice déléguée de "
        f"{LM}, {SV}. Elle a ajouté que le groupe visait une marge opérationnelle de 14 à 16{NB}% en 2041, contre "
        f"11,3{NB}% l{AP}an dernier. {LM} a dégagé en 2037 un bénéfice net de 68 millions d{AP}euros, en hausse de "
        f"9{NB}%, pour un chiffre d{AP}affaires de 742 millions d{AP}euros.\n\n"
        f"{ST}, qui a réalisé en 2037 un chiffre d{AP}affaires de 3,4 milliards de francs suisses, dit vouloir créer un "
        f"leader européen du verre pour l{AP}optique et le spatial. {O}Notre offre est ferme, entièrement en numéraire, et "
        f"nous ne la relèverons pas{C}, a répliqué son directeur général, {UM}, lors d{AP}une conférence téléphonique. Un "
        f"porte-parole du groupe de Winterthour a indiqué que le prospectus serait soumis à la FSMA d{AP}ici à la fin du "
        "mois.\n\n"
        f"{LM} pourrait toutefois trouver un chevalier blanc. Le fonds anversois {EP} prépare une contre-offre autour de "
        f"41 euros par action, avec le soutien de la famille fondatrice Dumortier, qui détient 18,6{NB}% du capital, selon "
        f"{ECHO}. Le président du {CA} de {LM}, {MD}, a confirmé avoir reçu {O}des marques d{AP}intérêt{C}, sans citer de "
        "nom.\n\n"
        f"{O}À 38,50 euros, {ST} ne paie pas la reprise du spatial. Il faudra monter d{AP}au moins 10{NB}%{C}, juge {PC}, "
        f"analyste chez {DP}. Selon {AL}, analyste chez {KBC}, le conseil joue la montre pour obtenir un meilleur prix. "
        f"Mardi, l{AP}action {LM} bondissait de 36,8{NB}%, à 40,20 euros, au-dessus du prix offert."))
    for s, l, c, o in [(ST, ORG, None, False), (LM, ORG, None, False), ("Nathalie Wauters", PER, None, False),
                       (EB, ORG, None, False), ("FSMA", ORG, None, False), ("Charleroi", LOC, None, False),
                       ("Gosselies", LOC, None, False), (SV, PER, None, False), (UM, PER, None, False),
                       ("Winterthour", LOC, None, False), (EP, ORG, None, False), ("Dumortier", PER, None, True),
                       (ECHO, ORG, None, False), (MD, PER, None, False), (PC, PER, None, False), (DP, ORG, None, False),
                       (AL, PER, None, False), (KBC, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Belgian business news site copied as plain text: a headline ('Le suisse Stalder "
                      "lance une OPA hostile sur Lumetra'), *new*: the byline alone on a line with no 'Par' ('Nathalie "
                      "Wauters') and a line with the numeric date with slashes and a 24-hour clock time with a colon ('Mis "
                      "en ligne le 05/10/2038 à 09:47'), no dateline. The reference date is that day (Tuesday 5 October "
                      "2038), the day after the bid ('a déposé lundi'). Every apostrophe is the typographic one (U+2019: "
                      "'d’achat', 'l’ensemble', 'L’offre', 'd’administration', 'l’a', 'l’unanimité', 's’offrir', 's’y', "
                      "'n’avons', 'l’administratrice', 'l’an dernier', 'd’euros', 'd’affaires', 'l’optique', 'd’une', "
                      "'d’ici', 'L’Echo', 'd’intérêt', 'd’au moins', 'l’action'); no-break spaces (U+00A0) before '%'; "
                      "ordinary spaces inside the guillemets.")
    a["notes"].append("Entities: the coined Swiss bidder 'Stalder' (headline, lead, inside the CEO's and the analyst's "
                      "marked words, 'Stalder, qui a réalisé') and the coined Charleroi target 'Lumetra' (headline, lead, "
                      "'de Lumetra' three times, inside the CEO's marked words, 'Lumetra a dégagé', 'Lumetra pourrait', "
                      "'l’action Lumetra') are ORG; the coined Antwerp fund 'Escaut Participations', the market 'Euronext "
                      "Bruxelles' (one ORG, no separate 'Bruxelles'), the regulator 'FSMA' (twice, never spelled out: "
                      "keeps its form), the paper 'L’Echo' (the article part of the name, with the typographic "
                      "apostrophe) and the brokers 'Degroof Petercam' and 'KBC Securities' (after 'chez') are ORG; "
                      "'Charleroi' and 'Gosselies' (inside the CEO's marked words) and 'Winterthour' ('du groupe de "
                      "Winterthour') are LOC; 'la famille fondatrice Dumortier' is optional PER (span 'Dumortier', a family "
                      "named by its surname, as 'la famille Chabrol' in the thirty-first set); the journalist, the target's "
                      "CEO and chairman, the bidder's CEO and the two analysts are PER (all invented). Not names: 'OPA', "
                      "'suisse', 'carolorégien' (of Charleroi), 'anversois', 'européen' (adjectives or demonyms), 'Le "
                      "conseil d’administration', 'La direction', 'le groupe de Winterthour', 'un chevalier blanc', 'le "
                      "conseil'.")
    a["notes"].append("Quotes (11 required: 6 direct, 5 indirect): *new*: the target's management with two marked parts "
                      "after one cue ('La direction la juge « opportuniste » et « très en deçà de la valeur du groupe »': "
                      "two direct quotes, one for each marked part, both cue 'juge', speaker 'direction', canonical "
                      "Lumetra, ORG, as the two marked parts of the thirty-first set); the target's CEO over two "
                      "paragraphs in French style (no closing mark after the first, a reopening guillemet before the "
                      "second, '», a affirmé l’administratrice déléguée de Lumetra, X' after the last words: one direct "
                      "quote from the first word to the last, the paragraph break and the reopening mark inside, as in "
                      "the thirty-second set) then 'Elle a ajouté que <clause>'; the bidder by name after a relative "
                      "clause with 'dit' and an infinitive ('Stalder, qui a réalisé ..., dit vouloir créer ...': the span "
                      "from the infinitive, as 'dit viser' in the second set and 'a indiqué vouloir' in the sixth); the "
                      "bidder's CEO ('« ... », a répliqué son directeur général, X'); an unnamed spokesman ('Un "
                      "porte-parole du groupe de Winterthour a indiqué que <clause>': speaker the noun phrase without its "
                      "article, canonical and label null, gender male); the white knight reported by a paper ('<clause>, "
                      "selon L’Echo': the clause from 'Le fonds' to the comma before 'selon', the relative clause on the "
                      "family inside); the target's chairman with a clause partly marked after an infinitive ('a confirmé "
                      "avoir reçu « des marques d’intérêt »': one direct quote for the marked words); the analysts ('« ... "
                      "», juge X, analyste chez ...', two sentences in one pair of marks; 'Selon X, analyste chez Y, "
                      "<clause>'). Not quotes: 'a déposé lundi une offre publique d’achat' (an act), 'Il propose 38,50 "
                      "euros par action' (an offer, no words reported), 'L’offre doit encore être approuvée', 'Le conseil "
                      "d’administration de Lumetra l’a rejetée' (an act), 'prépare une contre-offre' (inside the paper's "
                      "clause), 'sans citer de nom', the headline.")
    a["notes"].append("Events: acquisitions: the hostile bid (headline 'lance une OPA hostile', lead 'a déposé lundi une "
                      "offre publique d’achat (OPA) hostile sur Lumetra ... soit 1,24 milliard d’euros pour l’ensemble du "
                      "capital'): one announced acquisition (a bid filed, to be approved by the regulator, rejected by the "
                      "board, as in the thirteenth and nineteenth sets), trigger the lead's 'offre publique d’achat', "
                      "buyer Stalder, amount the bid's total (the price per share and the premiums no arguments), date "
                      "'lundi'; the white knight's counter-bid reported by a paper ('Le fonds anversois X prépare une "
                      "contre-offre autour de 41 euros par action ..., selon L’Echo'): a planned acquisition of Lumetra "
                      "(as the rumoured counter-bids of the thirteenth and nineteenth sets), trigger 'contre-offre', buyer "
                      "the fund, no amount (a price per share), the family's support and holding no arguments. Results "
                      "of 2037: Lumetra's net profit ('Lumetra a dégagé en 2037 un bénéfice net de ..., en hausse de 9 %') "
                      "and revenue in the same sentence ('pour un chiffre d’affaires de ...': period optional, the year "
                      "written once), Stalder's revenue in francs suisses in a relative clause ('Stalder, qui a réalisé en "
                      "2037 un chiffre d’affaires de ...', period required). Optional: the operating margin's level last "
                      "year inside the CEO's reported guidance ('contre 11,3 % l’an dernier': metric other, no amount, as "
                      "margins' levels in the earlier sets). Roles: 'l’administratrice déléguée de Lumetra, X' (the "
                      "Belgian CEO title, organization required, as in the thirtieth set), 'son directeur général, X' "
                      "('son' is Stalder: organization optional), 'Le président du conseil d’administration de Lumetra, X' "
                      "(organization required), 'X, analyste chez Y' twice (organization required). Not events: the "
                      "premiums, the guidance (a forecast), the family's holding, the board's rejection, the regulator's "
                      "review, the prospectus, the share move, the headline.")
    a["notes"].append("Money: prices per share ('38,50 euros' twice, the second inside the analyst's marked words; the "
                      "counter-bid's '41 euros'; the share price '40,20 euros'; 'par action' outside the spans), the bid's "
                      "total '1,24 milliard d’euros', the target's net profit '68 millions d’euros' and revenue '742 "
                      "millions d’euros', *new* in a Belgian article: the Swiss bidder's revenue '3,4 milliards de francs "
                      "suisses' (CHF). Percentages: the premiums '31 %' and '42 %', the margin target range '14 à 16 %' "
                      "(value 14), the margin level '11,3 %', the profit rise '9 %', the family's holding '18,6 %', the "
                      "analyst's 'd’au moins 10 %' inside marked words (span '10 %'), the share move '36,8 %'.")
    a["notes"].append("Dates: the line 'Mis en ligne le 05/10/2038 à 09:47' one TIME 2038-10-05T09:47 (the numeric date "
                      "with slashes and a leading zero with a 24-hour clock time with a colon); 'lundi' twice (the bid, "
                      "the board's rejection 'dès lundi') the day before the Tuesday publication, 2038-10-04, two items; "
                      "'le cours de clôture de vendredi' the last session, 2038-10-01; 'la moyenne des trois derniers "
                      "mois' span 'trois derniers mois', DURATION P3M; 'en 2041' (inside the CEO's reported clause) the "
                      "year; 'l’an dernier' 2037 (span 'an dernier'); 'en 2037' twice (the target's and the bidder's "
                      "figures), two items; 'd’ici à la fin du mois' (future, inside the spokesman's clause) span 'fin du "
                      "mois', 2038-10 with mod END; 'Mardi' (the share move) the publication day.")
    M(a, "38,50 euros", 38.5, "EUR", nth=0)
    M(a, f"1,24 milliard d{AP}euros", 1.24e9, "EUR")
    M(a, f"68 millions d{AP}euros", 68e6, "EUR")
    M(a, f"742 millions d{AP}euros", 742e6, "EUR")
    M(a, "3,4 milliards de francs suisses", 3.4e9, "CHF")
    M(a, "41 euros", 41, "EUR")
    M(a, "38,50 euros", 38.5, "EUR", nth=1)
    M(a, "40,20 euros", 40.2, "EUR")
    P(a, f"31{NB}%", 31)
    P(a, f"42{NB}%", 42)
    P(a, f"14 à 16{NB}%", 14)
    P(a, f"11,3{NB}%", 11.3)
    P(a, f"9{NB}%", 9)
    P(a, f"18,6{NB}%", 18.6)
    P(a, f"10{NB}%", 10)
    P(a, f"36,8{NB}%", 36.8)
    D(a, "05/10/2038 à 09:47", "2038-10-05T09:47", typ="TIME", note="the publication line: numeric date with slashes, clock time with a colon")
    D(a, "lundi", "2038-10-04", nth=0, note="past: 'a déposé lundi une offre publique d’achat'")
    D(a, "vendredi", "2038-10-01", note="'le cours de clôture de vendredi': the last session before the bid")
    D(a, "trois derniers mois", "P3M", typ="DURATION", note="'la moyenne des trois derniers mois'")
    D(a, "lundi", "2038-10-04", nth=1, note="past: 'l’a rejetée à l’unanimité dès lundi'")
    D(a, "2041", "2041", note="'en 2041', inside the CEO's reported clause")
    D(a, "an dernier", "2037", note="'contre 11,3 % l’an dernier', inside the CEO's reported clause")
    D(a, "2037", "2037", nth=0, note="'Lumetra a dégagé en 2037 un bénéfice net'")
    D(a, "2037", "2037", nth=1, note="'Stalder, qui a réalisé en 2037 un chiffre d’affaires'")
    D(a, "fin du mois", "2038-10", mod="END", note="future: 'd’ici à la fin du mois', inside the spokesman's clause")
    D(a, "Mardi", "2038-10-05", note="'Mardi, l’action Lumetra bondissait': the publication day")
    Q(a, f"{O}[opportuniste]{C}", "direct", "juge", ("La [direction] la juge", LM, ORG),
      note="*new*: the first of two marked parts after one cue; the target's management speaks for Lumetra")
    Q(a, f"{O}[très en deçà de la valeur du groupe]{C}", "direct", "la [juge] «", ("La [direction] la juge", LM, ORG),
      note="the second marked part after the same cue, joined by 'et': a second direct quote")
    Q(a, f"{O}[{ST} veut s{AP}offrir {LM} au plus bas du cycle, au moment où nos investissements à Charleroi et à Gosselies commencent à payer. Nos actionnaires ne s{AP}y tromperont pas.\n\n{O}Nous n{AP}avons besoin de personne pour réussir notre plan]{C}",
      "direct", "a affirmé", (SV, SV, PER), gender="female",
      note="one quote over two paragraphs (no closing mark after the first, a reopening guillemet before the second); "
           "the name in apposition to 'l’administratrice déléguée de Lumetra'")
    Q(a, f"ajouté que [le groupe visait une marge opérationnelle de 14 à 16{NB}% en 2041, contre 11,3{NB}% l{AP}an dernier].",
      "indirect", "a ajouté", ("[Elle] a ajouté", SV, PER), gender="female", note="'Elle' is the CEO of the sentence before")
    Q(a, f"dit [vouloir créer un leader européen du verre pour l{AP}optique et le spatial].", "indirect", "dit",
      (f"[{ST}], qui a réalisé", ST, ORG),
      note="the bidder by name, a relative clause between it and the cue; 'dit vouloir': the span from the infinitive")
    Q(a, f"{O}[Notre offre est ferme, entièrement en numéraire, et nous ne la relèverons pas]{C}", "direct", "a répliqué",
      (UM, UM, PER), gender="male", note="the name in apposition to 'son directeur général'")
    Q(a, f"indiqué que [le prospectus serait soumis à la FSMA d{AP}ici à la fin du mois].", "indirect", "a indiqué",
      ("Un [porte-parole du groupe de Winterthour] a", None, None), gender="male",
      note="an unnamed spokesman: the noun phrase without its article, canonical and label null")
    Q(a, f"[Le fonds anversois {EP} prépare une contre-offre autour de 41 euros par action, avec le soutien de la famille fondatrice Dumortier, qui détient 18,6{NB}% du capital], selon",
      "indirect", f"[selon] {ECHO}", (ECHO, ECHO, ORG), note="inverted 'selon <paper>'")
    Q(a, f"{O}[des marques d{AP}intérêt]{C}", "direct", "a confirmé", (MD, MD, PER), gender="male",
      note="'a confirmé avoir reçu « des marques d’intérêt »': a clause partly marked after an infinitive, one direct "
           "quote for the marked words; the name in apposition to 'Le président du conseil d’administration de Lumetra'")
    Q(a, f"{O}[À 38,50 euros, {ST} ne paie pas la reprise du spatial. Il faudra monter d{AP}au moins 10{NB}%]{C}", "direct",
      "juge", (PC, PC, PER), gender="male", note="two sentences in one pair of marks; the name after the cue")
    Q(a, f"Selon {AL}, analyste chez {KBC}, [le conseil joue la montre pour obtenir un meilleur prix].", "indirect",
      f"[Selon] {AL}", (AL, AL, PER), gender="female",
      note="'Selon X, analyste chez Y, <clause>': the clause after the apposition")
    V(a, "acquisition", f"offre publique d{AP}achat", {"target": f"hostile sur [{LM}], le", "buyer": f"groupe suisse [{ST}] a",
                                                       "amount": f"1,24 milliard d{AP}euros", "date": "lundi",
                                                       "status": "announced"},
      note="a hostile bid filed, to be approved by the FSMA, rejected by the board: announced; the headline's 'lance une "
           "OPA hostile' the same fact; the price per share and the premiums no arguments")
    V(a, "acquisition", "contre-offre", {"target": f"[{LM}] pourrait toutefois", "buyer": EP, "status": "planned"},
      note="a white knight's counter-bid in preparation reported by a paper: planned; the price per share no argument")
    V(a, "result", "bénéfice net", {"company": f"[{LM}] a dégagé", "metric": "net_income",
                                    "amount": f"68 millions d{AP}euros", "change": f"9{NB}%", "period": "2037"},
      note="'Lumetra a dégagé en 2037 un bénéfice net de ..., en hausse de 9 %'")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"[{LM}] a dégagé", "metric": "revenue",
                                              "amount": f"742 millions d{AP}euros", "period": ("opt", "2037")}, nth=0,
      note="'pour un chiffre d’affaires de 742 millions d’euros': the year written once for both figures")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"[{ST}], qui a réalisé", "metric": "revenue",
                                              "amount": "3,4 milliards de francs suisses", "period": "[2037] un chiffre d’affaires de 3,4"},
      nth=1, note="'Stalder, qui a réalisé en 2037 un chiffre d’affaires de 3,4 milliards de francs suisses'")
    V(a, "result", "marge opérationnelle", {"company": f"[{LM}] a dégagé", "metric": "other"}, optional=True,
      note="the margin's level last year inside the CEO's reported guidance: no amount, optional as in the earlier sets")
    V(a, "role", "administratrice déléguée", {"person": SV, "title": "administratrice déléguée",
                                              "organization": f"déléguée de [{LM}], {SV}"},
      note="'l’administratrice déléguée de Lumetra, X': the Belgian CEO title")
    V(a, "role", "directeur général", {"person": UM, "title": "directeur général",
                                       "organization": ("opt", f"[{ST}], qui a réalisé")},
      note="'son directeur général, X': 'son' is Stalder, the subject of the sentence before")
    V(a, "role", f"président du {CA}", {"person": MD, "title": f"président du {CA}",
                                         "organization": f"d{AP}administration de [{LM}], {MD}"},
      note="'Le président du conseil d’administration de Lumetra, X'")
    V(a, "role", "analyste", {"person": PC, "title": "analyste", "organization": DP}, nth=0,
      note="'X, analyste chez Degroof Petercam'")
    V(a, "role", "analyste", {"person": AL, "title": "analyste", "organization": KBC}, nth=1,
      note="'X, analyste chez KBC Securities'")


def define_n3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (Quebec style)
    ES, LH, GFS, BM, CS, CM = ("Estacade de Trois-Rivières", "Ligue de hockey junior majeur du Québec", "Groupe Fleuve Sports",
                               "Boréal Matériaux", "Cataractes de Shawinigan", "Canadiens de Montréal")
    RL, MGR, SD, MAR, OBL, SLH, DB = ("Réjean Lavigne", "Martin Gauthier-Roy", "Sylvain Després", "Marc-Antoine Rioux",
                                      "Olivier Bérard-Lachance", "Serge Lapointe-Hamel", "Denis Bellemare")
    # ------------------------------------------------------------ N3: a Quebec junior hockey club sold by its founder to an investor group; the new chairman and coach, the season's revenue and loss, the seller, the captain, the league's commissioner, the mayor (Quebec sports site)
    a = B.article("N3-vente-club-hockey-trois-rivieres", "2038-06-15", (
        f"Hockey junior : l'{ES} vendue 24{NB}M$\n"
        "Jean-Philippe Tremblay | Le 15 juin 2038 | Mis à jour à 16 h 05\n\n"
        f"Le fondateur de l'{ES}, {RL}, a vendu le club de la {LH} (LHJMQ) au {GFS}, un regroupement d'investisseurs "
        f"mené par l'homme d'affaires {MGR}, a annoncé mardi l'équipe. La transaction, d'une valeur de 24 millions de "
        "dollars canadiens (environ 17,5 millions de dollars américains), doit encore être approuvée par les gouverneurs "
        "de la ligue le 29 juin.\n\n"
        f"{O}J'ai acheté cette équipe pour 2 millions en 2009. Il était temps de passer le flambeau à des gens d'ici{C}, a "
        f"confié M. Lavigne, 71 ans. Il a assuré que le club resterait à Trois-Rivières {O}tant que la ville voudra de "
        f"lui{C}.\n\n"
        f"{MGR}, ancien président de la chaîne de quincailleries {BM}, devient président du conseil de l'Estacade. "
        f"{O}Notre objectif est simple : ramener la Coupe du Président en Mauricie d'ici trois ans{C}, a lancé le nouveau "
        f"président. Le groupe a nommé au poste d'entraîneur-chef {SD}, jusqu'ici entraîneur adjoint des {CS}. Il "
        f"succède à {MAR}, congédié en avril.\n\n"
        "Le club traverse une passe difficile. Lors de la saison 2037-2038, l'Estacade a enregistré des revenus de "
        f"8,6{NB}M$, en baisse de 4 %, et une perte nette de 1,3{NB}M$, sa troisième d'affilée. L'assistance moyenne est "
        "tombée à 2 950 spectateurs, 11 % de moins qu'il y a cinq ans. Selon la direction, 600 abonnements ont été vendus "
        f"depuis l'annonce. Le nouveau propriétaire compte investir 6{NB}M$ dans l'amphithéâtre d'ici 2040.\n\n"
        f"{O}On sentait que M. Lavigne était fatigué. Avec de nouveaux propriétaires, les gars vont avoir le goût de "
        f"rester{C}, a confié le capitaine, {OBL}, repêché l'an dernier par les {CM}. Le commissaire de la LHJMQ, {SLH}, "
        f"a indiqué que l'approbation des gouverneurs serait {O}une formalité{C}. Le maire de Trois-Rivières, {DB}, s'est "
        f"dit {O}rassuré{C}."))
    for s, l, c, o in [(ES, ORG, None, False), ("Estacade", ORG, ES, False), ("Trois-Rivières", LOC, None, False),
                       ("Jean-Philippe Tremblay", PER, None, False), (RL, PER, None, False), ("Lavigne", PER, RL, False),
                       (LH, ORG, None, False), ("LHJMQ", ORG, LH, False), (GFS, ORG, None, False), (MGR, PER, None, False),
                       (BM, ORG, None, False), ("Coupe du Président", MISC, None, False), ("Mauricie", LOC, None, False),
                       (SD, PER, None, False), (CS, ORG, None, False), (MAR, PER, None, False), (OBL, PER, None, False),
                       (CM, ORG, None, False), (SLH, PER, None, False), (DB, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Quebec sports news site copied as plain text: a headline opened by a section "
                      "phrase and a colon ('Hockey junior : l'Estacade de Trois-Rivières vendue 24 M$'), then *new*: one "
                      "line with the byline, the date and the update's clock time between vertical bars ('Jean-Philippe "
                      "Tremblay | Le 15 juin 2038 | Mis à jour à 16 h 05'), no dateline. The reference date is that day "
                      "(Tuesday 15 June 2038), the day of the announcement ('a annoncé mardi'). Straight apostrophes; "
                      "ordinary spaces before '%', before the colons and inside the guillemets, and in the count '2 950 "
                      "spectateurs'; no-break spaces (U+00A0) between the number and 'M$' ('24 M$', '8,6 M$', '1,3 M$', "
                      "'6 M$'); the Quebec clock time spaced around 'h' ('16 h 05').")
    a["notes"].append("Entities: the coined junior hockey club 'Estacade de Trois-Rivières' (headline, lead: one ORG with no "
                      "separate 'Trois-Rivières', as 'Rocket de Laval' in the twelfth set) and its short form 'l'Estacade' "
                      "('du conseil de l'Estacade', 'l'Estacade a enregistré': canonical the full name); the league 'Ligue "
                      "de hockey junior majeur du Québec' (one ORG, no separate 'Québec') and its acronym in brackets "
                      "'LHJMQ' (twice, canonical the full name); the coined buyer 'Groupe Fleuve Sports' (the capitalised "
                      "'Groupe' part of the name), the coined hardware chain 'Boréal Matériaux', the clubs 'Cataractes de "
                      "Shawinigan' and 'Canadiens de Montréal' (one ORG each, no separate town) are ORG; the trophy "
                      "'Coupe du Président' (inside marked words) is MISC, as 'Coupe Calder' in the twelfth set; "
                      "'Trois-Rivières' alone ('resterait à Trois-Rivières', 'Le maire de Trois-Rivières') and 'Mauricie' "
                      "(inside marked words) are LOC; the journalist, the seller (also 'M. Lavigne' twice, once inside the "
                      "captain's marked words: span the surname, canonical the full name), the buyer's leader, the new "
                      "coach, the fired coach, the captain, the league's commissioner and the mayor are PER (all "
                      "invented). Not names: 'Hockey junior' (a section phrase), 'M$', 'le club', 'l'équipe', 'la ligue', "
                      "'Le groupe', 'la direction', 'la ville', 'Le nouveau propriétaire', 'le nouveau président', "
                      "'l'amphithéâtre', 'les gouverneurs'.")
    a["notes"].append("Quotes (8 required: 6 direct, 2 indirect): the lead told as '<clause>, a annoncé mardi l'équipe' "
                      "(inverted, indirect; the club through a noun phrase, speaker 'équipe', canonical the club, ORG, as "
                      "'a précisé l'entreprise' in the thirty-first set; the clause from 'Le fondateur' to the comma "
                      "before the cue, the buyer's apposition inside); the seller ('« ... », a confié M. Lavigne, 71 ans': "
                      "two sentences in one pair of marks) then his clause partly marked ('Il a assuré que le club "
                      "resterait à Trois-Rivières « tant que la ville voudra de lui »': one direct quote for the marked "
                      "words, speaker 'Il'); the new chairman through a noun phrase ('a lancé le nouveau président': "
                      "speaker 'nouveau président' without its article, canonical the man named in the sentence before, "
                      "as 'la nouvelle présidente' in the thirty-first set; a colon inside the marked words); *new*: "
                      "'Selon la direction, <clause>' (the club's management, canonical the club, ORG); the captain by "
                      "name in apposition to 'le capitaine' ('« ... », a confié le capitaine, X, repêché ...'); the "
                      "league's commissioner's clause partly marked ('a indiqué que l'approbation des gouverneurs serait « "
                      "une formalité »'); the mayor's one marked word after a pronominal cue ('s'est dit « rassuré »'). "
                      "Not quotes: 'doit encore être approuvée', 'devient président', 'Le groupe a nommé ...', 'Il succède "
                      "à X', 'Le nouveau propriétaire compte investir ...' (a plan, no speech verb), the headline.")
    a["notes"].append("Events: the sale (headline 'vendue 24 M$', lead 'Le fondateur de l'Estacade de Trois-Rivières, X, a "
                      "vendu le club ... au Groupe Fleuve Sports ..., a annoncé mardi l'équipe. La transaction, d'une "
                      "valeur de 24 millions de dollars canadiens (...), doit encore être approuvée par les gouverneurs de "
                      "la ligue le 29 juin'): one acquisition, trigger 'vendu', target the club, buyer the investor group, "
                      "seller the founder (a person, as in the twenty-second and thirty-first sets), amount the Canadian "
                      "dollars (the US equivalent in brackets no argument), date 'mardi' (the announcement; the approval "
                      "date no argument), status announced: a sale agreed but still awaiting the league's approval, as "
                      "the signed agreements awaiting approval of the thirtieth and thirty-second sets. Results of the "
                      "season (period the season, optional: a season over two years has no single value, as in the "
                      "thirty-first set): the revenue ('l'Estacade a enregistré des revenus de 8,6 M$, en baisse de 4 %': "
                      "metric revenue, change the unsigned fall) and the net loss in the same sentence ('et une perte "
                      "nette de 1,3 M$': metric loss). Roles: 'Le fondateur de l'Estacade de Trois-Rivières, X' "
                      "(organization required), 'X, ancien président de la chaîne de quincailleries Boréal Matériaux' (a "
                      "former post, title without 'ancien', organization required), 'devient président du conseil de "
                      "l'Estacade' (the new post, organization required: the short form), *new*: 'Le groupe a nommé au "
                      "poste d'entraîneur-chef X' (the title before the name, organization optional: the club of the "
                      "paragraph), 'jusqu'ici entraîneur adjoint des Cataractes de Shawinigan' (the post held until now, "
                      "organization required), 'Le commissaire de la LHJMQ, X' (organization required), 'Le maire de "
                      "Trois-Rivières, X' (title 'maire', no organization: the town is a place). Optional: the fired "
                      "predecessor named after 'Il succède à' (a post told without a title, as in the seventh set) and "
                      "'le capitaine, X' (a player's position). Not events: the seller's purchase in 2009 inside his "
                      "marked words (a fact told by the seller, no buyer named: not annotated), the attendance, the "
                      "season tickets, the arena investment (a plan), the draft ('repêché ... par les Canadiens de "
                      "Montréal': no title), the league's approval, the headline.")
    a["notes"].append("Money: *new*: 'M$' in a Quebec headline ('24 M$', a no-break space inside the span) beside the "
                      "lead's '24 millions de dollars canadiens' (CAD spelled out, two items) and its US equivalent in "
                      "brackets '17,5 millions de dollars américains' (USD; 'environ' outside); the bare '2 millions' "
                      "inside the seller's marked words (CAD, after amounts in Canadian dollars, span number and scale "
                      "word); the revenue '8,6 M$', the loss '1,3 M$' and the planned investment '6 M$' (CAD). '2 950 "
                      "spectateurs' and '600 abonnements' are counts. Percentages: the revenue's unsigned fall '4 %', the "
                      "attendance's fall '11 %' ('de moins' outside).")
    a["notes"].append("Dates: the line's 'Le 15 juin 2038' a DATE (span without 'Le') and 'Mis à jour à 16 h 05' a TIME "
                      "of the same day (span '16 h 05', 2038-06-15T16:05, as the update time of the thirty-first set); "
                      "'mardi' the publication day; 'le 29 juin' (future) 2038-06-29; 'en 2009' (inside the seller's "
                      "marked words) the year; 'd'ici trois ans' (inside marked words) span 'trois ans', DURATION P3Y, as "
                      "'d'ici deux ans' in the third set; 'congédié en avril' (past) 2038-04; 'qu'il y a cinq ans' span "
                      "'il y a cinq ans', 2033, as in the second, tenth and twelfth sets; 'd'ici 2040' span '2040'; "
                      "'repêché l'an dernier' 2037 (span 'an dernier'). Optional: the age '71 ans' (P71Y) and the season "
                      "'saison 2037-2038' (2037: a season over two years). 'depuis l'annonce' and 'd'affilée' are not "
                      "annotated.")
    M(a, f"24{NB}M$", 24e6, "CAD")
    M(a, "24 millions de dollars canadiens", 24e6, "CAD")
    M(a, "17,5 millions de dollars américains", 17.5e6, "USD")
    M(a, "2 millions", 2e6, "CAD")
    M(a, f"8,6{NB}M$", 8.6e6, "CAD")
    M(a, f"1,3{NB}M$", 1.3e6, "CAD")
    M(a, f"6{NB}M$", 6e6, "CAD")
    P(a, "4 %", 4)
    P(a, "11 %", 11)
    D(a, "15 juin 2038", "2038-06-15", note="the byline line: 'Le 15 juin 2038' between vertical bars")
    D(a, "16 h 05", "2038-06-15T16:05", typ="TIME", note="'Mis à jour à 16 h 05': the update, the same day")
    D(a, "mardi", "2038-06-15", note="'a annoncé mardi l'équipe': the publication day")
    D(a, "29 juin", "2038-06-29", note="future: the league's governors 'le 29 juin'")
    D(a, "2009", "2009", note="'en 2009', inside the seller's marked words")
    D(a, "71 ans", "P71Y", typ="DURATION", opt=True, note="an age")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'d'ici trois ans', inside the new chairman's marked words")
    D(a, "avril", "2038-04", note="past: 'congédié en avril'")
    D(a, "saison 2037-2038", "2037", opt=True, note="a season over two years")
    D(a, "il y a cinq ans", "2033", note="'11 % de moins qu'il y a cinq ans'")
    D(a, "2040", "2040", note="'d'ici 2040'")
    D(a, "an dernier", "2037", note="'repêché l'an dernier'")
    Q(a, f"[Le fondateur de l'{ES}, {RL}, a vendu le club de la {LH} (LHJMQ) au {GFS}, un regroupement d'investisseurs mené par l'homme d'affaires {MGR}], a annoncé",
      "indirect", "a annoncé", ("mardi l'[équipe].", ES, ORG),
      note="an unmarked clause before an inverted cue; the club through a noun phrase (without its article)")
    Q(a, f"{O}[J'ai acheté cette équipe pour 2 millions en 2009. Il était temps de passer le flambeau à des gens d'ici]{C}",
      "direct", "a confié", ("M. [Lavigne], 71", RL, PER), gender="male",
      note="two sentences in one pair of marks; the surname after 'M.': the seller")
    Q(a, f"{O}[tant que la ville voudra de lui]{C}", "direct", "a assuré", ("[Il] a assuré", RL, PER), gender="male",
      note="'Il a assuré que le club resterait à Trois-Rivières « ... »': a clause partly marked, one direct quote for "
           "the marked words; 'Il' is the seller of the sentence before")
    Q(a, f"{O}[Notre objectif est simple : ramener la Coupe du Président en Mauricie d'ici trois ans]{C}", "direct",
      "a lancé", ("le [nouveau président]. Le", MGR, PER), gender="male",
      note="a noun-phrase speaker (without its article) for the new chairman named in the sentence before")
    Q(a, "Selon la direction, [600 abonnements ont été vendus depuis l'annonce].", "indirect", "[Selon] la direction",
      ("Selon la [direction]", ES, ORG), note="*new* here: 'Selon la direction, <clause>': the club's management")
    Q(a, f"{O}[On sentait que M. Lavigne était fatigué. Avec de nouveaux propriétaires, les gars vont avoir le goût de rester]{C}",
      "direct", "a confié", (OBL, OBL, PER), gender="male",
      note="two sentences in one pair of marks; the name in apposition to 'le capitaine'")
    Q(a, f"{O}[une formalité]{C}", "direct", "a indiqué", (SLH, SLH, PER), gender="male",
      note="'a indiqué que l'approbation des gouverneurs serait « une formalité »': a clause partly marked; the name "
           "in apposition to 'Le commissaire de la LHJMQ'")
    Q(a, f"{O}[rassuré]{C}", "direct", "s'est dit", (DB, DB, PER), gender="male",
      note="one marked word after a pronominal cue; the name in apposition to 'Le maire de Trois-Rivières'")
    V(a, "acquisition", "vendu", {"target": f"fondateur de l'[{ES}], {RL}", "buyer": GFS, "seller": RL,
                                  "amount": "24 millions de dollars canadiens", "date": "mardi", "status": "announced"},
      nth=0, note="a sale agreed, still to be approved by the league's governors on 29 June: announced; the headline's "
                  "'vendue 24 M$' the same fact; the US equivalent no argument")
    V(a, "result", "revenus", {"company": f"saison 2037-2038, l'[Estacade] a", "metric": "revenue",
                               "amount": f"8,6{NB}M$", "change": "4 %", "period": ("opt", "saison 2037-2038")},
      note="'Lors de la saison 2037-2038, l'Estacade a enregistré des revenus de 8,6 M$, en baisse de 4 %'")
    V(a, "result", "perte nette", {"company": f"saison 2037-2038, l'[Estacade] a", "metric": "loss",
                                   "amount": f"1,3{NB}M$", "period": ("opt", "saison 2037-2038")},
      note="'et une perte nette de 1,3 M$, sa troisième d'affilée': the same sentence, the same season")
    V(a, "role", "fondateur", {"person": RL, "title": "fondateur", "organization": f"fondateur de l'[{ES}], {RL}"},
      note="'Le fondateur de l'Estacade de Trois-Rivières, X'")
    V(a, "role", "ancien [président]", {"person": MGR, "title": "président", "organization": BM},
      note="'X, ancien président de la chaîne de quincailleries Boréal Matériaux': a former post, title without 'ancien'")
    V(a, "role", "président du conseil", {"person": MGR, "title": "président du conseil",
                                          "organization": f"conseil de l'[Estacade]."},
      note="'X ... devient président du conseil de l'Estacade': the new post")
    V(a, "role", "entraîneur-chef", {"person": SD, "title": "entraîneur-chef",
                                     "organization": ("opt", f"conseil de l'[Estacade].")},
      note="*new*: 'Le groupe a nommé au poste d'entraîneur-chef X': the title before the name; the club of the paragraph")
    V(a, "role", "entraîneur adjoint", {"person": SD, "title": "entraîneur adjoint", "organization": CS},
      note="'jusqu'ici entraîneur adjoint des Cataractes de Shawinigan': the post held until now")
    V(a, "role", "succède", {"person": MAR, "organization": ("opt", f"conseil de l'[Estacade].")}, optional=True,
      note="'Il succède à X, congédié en avril': the predecessor's post told without a title")
    V(a, "role", "capitaine", {"person": OBL, "title": "capitaine", "organization": ("opt", f"conseil de l'[Estacade].")},
      optional=True, note="'le capitaine, X': a player's position, optional as in the earlier sets")
    V(a, "role", "commissaire", {"person": SLH, "title": "commissaire", "organization": "[LHJMQ], Serge"},
      note="'Le commissaire de la LHJMQ, X'")
    V(a, "role", "maire", {"person": DB, "title": "maire"},
      note="'Le maire de Trois-Rivières, X': title 'maire', no organization (the town is a place)")
