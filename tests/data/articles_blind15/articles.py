"""The three articles of the fifteenth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind15`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and inside the guillemets in G)
NN = "\u202f"    # narrow no-break space (thousands in G; before % and inside the guillemets in H)
AP = "\u2019"    # typographic apostrophe (every apostrophe of H)


def define(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    HF, FR, MDk, SW, GF, VI = "Hoeksma Foods", "Frigolys", "Maarten Dekker", "Sarah Wouters", "Glenmore Foods", "Vandaele Invest"
    # ------------------------------------------------------------ G: a Dutch group takes over a Belgian listed company (Brussels business daily, web)
    a = B.article("G-opa-surgeles-roulers", "2032-03-09", (
        f"Surgelés : le néerlandais Hoeksma avale {FR}\n"
        f"Le groupe de Rotterdam offre 38 euros par action, soit une prime de 27{NB}%, pour le champion ouest-flamand "
        "des légumes surgelés.\n"
        "Par Nele Desmet\n"
        "Mis en ligne le mardi 9 mars 2032 à 6h30\n\n"
        f"{HF} met la main sur {FR}. Le groupe néerlandais a lancé lundi une offre publique d'achat sur les "
        f"70{NB}% du capital qu'il ne détient pas encore, à 38 euros par action, soit 655 millions d'euros. L'offre "
        "valorise l'entreprise de Roulers, cotée sur Euronext Bruxelles, à 936 millions d'euros. Fondée en 1962, "
        f"{FR} transforme 600{NN}000 tonnes de petits pois, de haricots et d'épinards par an dans trois usines, en "
        "Belgique et dans le nord de la France.\n\n"
        f"Hoeksma n'est pas un inconnu en Flandre-Occidentale : il était entré au capital de {FR} à hauteur de "
        f"30{NB}% en 2029, en rachetant la participation de la holding familiale {VI}. En 2027, le groupe s'était "
        "déjà emparé du français Gelvert, installé dans la Somme, pour 210 millions d'euros.\n\n"
        f"Son patron, {MDk}, promet de conserver le siège et les 1{NN}400 salariés de {FR}. {O}{FR} gardera "
        f"son nom, ses usines et sa direction. Ensemble, nous serons le numéro un européen du légume surgelé{C}, a-t-il "
        f"assuré lors d'une conférence téléphonique. Chez {FR}, un porte-parole a indiqué que le conseil "
        "d'administration rendrait un avis motivé d'ici la fin du mois.\n\n"
        f"La partie n'est pas jouée pour autant. L'irlandais {GF} serait en discussions avec des fonds pour "
        f"déposer une contre-offre sur {FR}, selon le quotidien De Tijd. {O}À 38 euros, le prix est correct sans "
        f"être généreux. Un second enchérisseur n'est pas exclu{C}, estime {SW}, analyste chez ING."))
    for s, l, c, o in [(HF, ORG, None, False), ("Hoeksma", ORG, HF, False), (FR, ORG, None, False),
                       ("Rotterdam", LOC, None, False), ("Nele Desmet", PER, None, False), ("Roulers", LOC, None, False),
                       ("Euronext Bruxelles", ORG, None, False), ("Flandre-Occidentale", LOC, None, False),
                       ("Belgique", LOC, None, False), ("France", LOC, None, False),
                       (VI, ORG, None, False), ("Gelvert", ORG, None, False), ("Somme", LOC, None, False),
                       (MDk, PER, None, False), (GF, ORG, None, False), ("De Tijd", ORG, None, False),
                       (SW, PER, None, False), ("ING", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Brussels business daily copied as plain text: a headline line opened by a "
                      "section word ('Surgelés :'), a standfirst line (one sentence with a full stop), a byline ('Par "
                      "Nele Desmet') and an online line with the weekday, the day and the clock time ('Mis en ligne le "
                      "mardi 9 mars 2032 à 6h30'), no dateline. The reference date is that day (Tuesday 9 March "
                      "2032), the day after the bid. Straight apostrophes; no-break spaces (U+00A0) before '%' and "
                      "inside the guillemets; narrow no-break spaces in the thousands of two counts ('600 000 tonnes', '1 400 salariés').")
    a["notes"].append("Entities: the bidder 'Hoeksma Foods' and the bare 'Hoeksma' (headline, 'Hoeksma n'est pas un "
                      "inconnu') are one ORG, canonical the full name; the target 'Frigolys' (a coined Belgian "
                      "company, bare in every mention, once inside the CEO's marked words) is ORG; the family holding "
                      "'Vandaele Invest', the earlier French target 'Gelvert', the rumoured counter-bidder 'Glenmore "
                      "Foods', the market 'Euronext Bruxelles' (no separate 'Bruxelles'), the Flemish daily 'De Tijd' "
                      "(its article 'De' part of the name, as 'Le Monde') and the bank 'ING' (after 'chez') are ORG; "
                      "'Rotterdam' ('Le groupe de Rotterdam'), 'Roulers' ('l'entreprise de Roulers'), "
                      "'Belgique', 'France' ('dans le nord de la France': no separate region), "
                      "'Flandre-Occidentale' (a province) and 'Somme' (a French département) are LOC. 'Surgelés' "
                      "opening the headline, 'néerlandais', 'ouest-flamand', 'français', 'irlandais', 'européen' "
                      "(adjectives), 'Le groupe', 'L'offre', 'l'entreprise', 'un porte-parole', 'le conseil "
                      "d'administration' are not names.")
    a["notes"].append("Quotes: the bidder's CEO is named in a sentence with no speech ('Son patron, X, promet de "
                      "conserver ...': 'promet de' + infinitive is no quote, as 'promet d'investir' in the seventh "
                      "set), then quoted with an inverted pronoun cue ('« ... », a-t-il assuré lors d'une conférence "
                      "téléphonique': 'il' is Maarten Dekker); the target speaks through 'un porte-parole a indiqué "
                      "que <clause>' (a noun-phrase speaker, canonical null, no gender, as 'Un porte-parole de "
                      "Microsoft' in the tenth set); the white knight is a rumour reported by a paper ('<clause>, "
                      "selon le quotidien De Tijd': inverted 'selon', the paper by name, as 'selon Les Echos' in the "
                      "thirteenth set); the analyst 'estime X, analyste chez ING' (two sentences inside one pair of "
                      "marks: one quote). Not quotes: 'a lancé lundi une offre publique d'achat' (a deed, no speech), "
                      "'promet de conserver'.")
    a["notes"].append("Events: one fact, one event: the bid (headline 'avale', lead 'met la main sur', body 'a "
                      "lancé lundi une offre publique d'achat sur les 70 % du capital qu'il ne détient pas encore, à "
                      "38 euros par action, soit 655 millions d'euros') is one acquisition, 'announced' (a bid "
                      "launched), its trigger the noun as in the thirteenth set, its stake the 70 % sought and its "
                      "amount the bid's total (the price per share and the premium are no arguments). 'L'offre "
                      "valorise l'entreprise de Roulers ... à 936 millions d'euros' is a valuation event of Frigolys "
                      "(no funding event carries it), as 'L'opération valorise le club' in the thirteenth set. *New*: "
                      "an earlier minority stake told with 'à hauteur de' ('il était entré au capital de Frigolys à "
                      "hauteur de 30 % en 2029, en rachetant la participation de la holding familiale Vandaele "
                      "Invest') is a done acquisition with stake, seller and date (buyer 'il' = Hoeksma, the subject "
                      "named just before); 'le groupe s'était déjà emparé du français Gelvert ... pour 210 millions "
                      "d'euros' (2027) is done; the white knight 'serait en discussions avec des fonds pour déposer "
                      "une contre-offre sur Frigolys' is planned, as in the thirteenth set. Roles: 'Son patron, X' "
                      "(title 'patron'; 'Son' is Hoeksma, the subject of the paragraph before: organization "
                      "optional, as 'X, son directeur technique' in the fourteenth set) and 'X, analyste chez ING' "
                      "(organization required). Not events: the premium, the family holding's earlier control, the "
                      "promise to keep the head office and the jobs, the board's coming opinion.")
    a["notes"].append("Dates: *new*: the online line's 'mardi 9 mars 2032 à 6h30' is one TIME with its weekday inside "
                      "the span (as 'mardi 20 janvier à 20h45' in dates_news); 'lundi' (the bid launched) the day "
                      "before; 'Fondée en 1962', 'en 2029', 'En 2027'; 'par an' (a rate) optional, as in the "
                      "thirteenth set; *new*: 'd'ici la fin du mois' (inside the reported clause) the "
                      "end of the publication month: span 'fin du mois', value 2032-03, mod END, as 'fin 2032' with "
                      "END in the fourteenth set. Money: the price per share '38 euros' three times (standfirst, "
                      "body, inside the analyst's marked words), the bid's total, the value of the whole company "
                      "and the earlier price. Percentages: '27 %' (a premium), '70 %' (the stake sought), '30 %' ('à "
                      "hauteur de 30 %', the earlier stake). '600 000 tonnes' and '1 400 salariés' are counts.")
    M(a, "38 euros", 38, "EUR", nth=0)
    M(a, "38 euros", 38, "EUR", nth=1)
    M(a, "655 millions d'euros", 655e6, "EUR")
    M(a, "936 millions d'euros", 936e6, "EUR")
    M(a, "210 millions d'euros", 210e6, "EUR")
    M(a, "38 euros", 38, "EUR", nth=2)
    P(a, f"27{NB}%", 27)
    P(a, f"70{NB}%", 70)
    P(a, f"30{NB}%", 30)
    D(a, "mardi 9 mars 2032 à 6h30", "2032-03-09T06:30", typ="TIME",
      note="the online line: weekday, day and clock time")
    D(a, "lundi", "2032-03-08", note="past: 'a lancé lundi une offre', the day before the Tuesday publication")
    D(a, "1962", "1962", note="'Fondée en 1962'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "2029", "2029", note="'à hauteur de 30 % en 2029'")
    D(a, "2027", "2027", note="'En 2027, le groupe s'était déjà emparé ...'")
    D(a, "fin du mois", "2032-03", mod="END",
      note="'d'ici la fin du mois' inside the reported clause: the end of the publication month")
    Q(a, f"{O}[{FR} gardera son nom, ses usines et sa direction. Ensemble, nous serons le numéro un européen du légume surgelé]{C}",
      "direct", "a-t-il assuré", ("a-t-[il] assuré", MDk, PER), gender="male",
      note="inverted pronoun cue: 'il' is the CEO named in the sentence before ('Son patron, X')")
    Q(a, "indiqué que [le conseil d'administration rendrait un avis motivé d'ici la fin du mois].", "indirect",
      "a indiqué", ("Chez Frigolys, [un porte-parole]", None, None),
      note="an unnamed spokesperson of the target: noun phrase, canonical null, no gender")
    Q(a, f"[L'irlandais {GF} serait en discussions avec des fonds pour déposer une contre-offre sur {FR}], selon",
      "indirect", "[selon] le quotidien", ("De Tijd", "De Tijd", ORG),
      note="inverted 'selon <paper>': the rumour's source named")
    Q(a, f"{O}[À 38 euros, le prix est correct sans être généreux. Un second enchérisseur n'est pas exclu]{C}",
      "direct", "estime", (SW, SW, PER), gender="female", note="the given name shows the gender")
    V(a, "acquisition", "offre publique d'achat", {"target": FR, "buyer": HF, "amount": "655 millions d'euros",
                                                   "stake": f"70{NB}%", "date": "lundi", "status": "announced"},
      note="headline 'avale', lead 'met la main sur' and the bid are one fact; a bid launched: announced")
    V(a, "valuation", "valorise", {"company": FR, "amount": "936 millions d'euros"},
      note="'L'offre valorise l'entreprise de Roulers ... à 936 millions d'euros': the value the bid implies")
    V(a, "acquisition", "entré au capital", {"target": FR, "buyer": "Hoeksma", "seller": VI, "stake": f"30{NB}%",
                                             "date": "2029", "status": "done"},
      note="'il était entré au capital de Frigolys à hauteur de 30 % en 2029, en rachetant la participation de la "
           "holding familiale Vandaele Invest': 'il' is Hoeksma")
    V(a, "acquisition", "emparé", {"target": "Gelvert", "buyer": "Hoeksma", "amount": "210 millions d'euros",
                                   "date": "2027", "status": "done"},
      note="'le groupe s'était déjà emparé du français Gelvert': Hoeksma's earlier purchase, referred back to")
    V(a, "role", "patron", {"person": MDk, "title": "patron", "organization": ("opt", "Hoeksma")},
      note="'Son patron, X': 'Son' is Hoeksma, the subject of the paragraph before")
    V(a, "acquisition", "serait en discussions", {"target": FR, "buyer": GF, "status": "planned"},
      note="a rumoured counter-bid (white knight): planned")
    V(a, "role", "analyste", {"person": SW, "title": "analyste", "organization": "ING"})

    define_h(B)
    define_i(B)


def define_h(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    HR, DC, BM, OB = "Hélène Roussillon", "Damien Carrière", "Bertrand Malleret", "Olivier Brunetière"
    AE, NV, TC = "Aérocentre", "Novastral", "tribunal de commerce de Montluçon"
    # ------------------------------------------------------------ H: a new mayor, a factory's takeover and the town centre (regional daily, web; interview)
    a = B.article("H-entretien-maire-montlucon", "2032-06-17", (
        f"Montluçon. La maire veut sauver {AE} et réveiller le centre-ville\n"
        "Par Julie Fayolle\n"
        "Publié le jeudi 17 juin 2032 à 18h05, mis à jour à 19h10\n\n"
        f"Élue en mars, la nouvelle maire de Montluçon, {HR} (divers gauche), affronte son premier dossier "
        f"brûlant. Le {TC} examinera le 29 juin l{AP}offre de reprise d{AP}{AE} déposée en mai par le "
        f"groupe toulousain {NV}. Placé en redressement judiciaire en février, l{AP}équipementier aéronautique "
        f"emploie 420 salariés. {NV} propose 9 millions d{AP}euros et garderait 310 postes.\n\n"
        f"Pour {DC}, délégué syndical CGT d{AP}{AE}, ce plan sacrifie l{AP}atelier de peinture. Le chef de "
        f"file de l{AP}opposition municipale, {BM} (LR), estime que la ville n{AP}a plus les moyens de ses "
        f"ambitions. Selon le sous-préfet de Montluçon, {OB}, l{AP}État pourrait apporter 4 millions "
        f"d{AP}euros au centre-ville.\n\n"
        f"Mercredi soir, devant le conseil municipal, l{AP}élue a défendu le projet {O}Cœur de ville{C}, doté de 23 "
        f"millions d{AP}euros sur six ans, qui prévoit de racheter 40 commerces vides de l{AP}hypercentre, où le taux "
        f"de vacance atteint 17,5{NN}%. {O}Montluçon a perdu 12{NN}% de ses habitants en vingt ans. Si nous laissons "
        f"partir {AE} et mourir nos rues, nous perdrons tout.\n\n"
        f"{O}Je ne serai pas la maire du déclin{C}, a-t-elle ajouté.\n\n"
        f"Jeudi, {HR} a répondu à nos questions.\n"
        f"Q : Le projet n{AP}est-il pas trop cher pour une ville endettée ?\n"
        f"{HR} : Non. Nous avons déjà réduit la dette de 8{NN}% depuis mars, sans toucher aux impôts.\n"
        f"Q : Et si le tribunal écarte l{AP}offre de {NV} ?\n"
        f"{HR} : Nous chercherons un autre repreneur. {AE} a un carnet de commandes plein jusqu{AP}en 2035."))
    for s, l, c, o in [(TC, ORG, None, True), ("Montluçon", LOC, None, False), (AE, ORG, None, False),
                       ("Julie Fayolle", PER, None, False), (HR, PER, None, False), (NV, ORG, None, False),
                       (DC, PER, None, False), ("CGT", ORG, None, False), (BM, PER, None, False), ("LR", ORG, None, False),
                       (OB, PER, None, False), ("Cœur de ville", MISC, None, True)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a regional daily copied as plain text: a headline opened by the town's name "
                      "and a full stop ('Montluçon. La maire veut ...'), a byline ('Par Julie Fayolle') and a "
                      "publication line with the weekday and an update clock time ('Publié le jeudi 17 juin 2032 à "
                      "18h05, mis à jour à 19h10'), no dateline; the article ends with a short interview whose turns "
                      "are written 'Q : ...' for the paper's questions and '<name> : ...' for the answers. The "
                      "reference date is the publication day (Thursday 17 June 2032). Every apostrophe is the "
                      "typographic one (U+2019: 'l’offre', 'd’Aérocentre', 'd’euros', 'jusqu’en'); narrow no-break "
                      "spaces before '%' and inside the guillemets.")
    a["notes"].append("Entities: 'Montluçon' (headline, 'maire de Montluçon', 'sous-préfet de Montluçon', inside the "
                      "mayor's marked words) is LOC; 'tribunal de commerce de Montluçon' is an optional ORG, as the "
                      "courts of the earlier sets (no separate 'Montluçon' inside); the coined aeronautics supplier "
                      "'Aérocentre' ('d’Aérocentre' twice, inside the marked words and an answer) and its coined "
                      "bidder 'Novastral' are ORG; 'CGT' and 'LR' (never spelled out) keep their form. *New*: the "
                      "interviewee's name written as a turn label at the start of each answer line ('Hélène "
                      "Roussillon : ...') is a PER mention each time. The project's name between marks ('le projet "
                      "« Cœur de ville »') is an optional MISC, never a quote, as 'le plan « Ville fraîche »' in the "
                      "ninth set. 'divers gauche', 'l’État' (as in the later sets), 'le conseil municipal', "
                      "'l’opposition municipale', 'l’élue', 'le tribunal', 'Q' are not entities; 'toulousain' is "
                      "an adjective.")
    a["notes"].append("Quotes: 'Pour X, délégué syndical CGT d’Aérocentre, <clause>' with no marks (indirect, cue "
                      "'Pour', as in the eleventh and fourteenth sets); 'Le chef de file de l’opposition municipale, X "
                      "(LR), estime que <clause>' (indirect); 'Selon le sous-préfet de Montluçon, X, <clause>' "
                      "(indirect, the name in apposition speaks). The mayor's quote runs over two paragraphs, French "
                      "style (the first paragraph opened by '«' and left open, the second reopened by '«' and closed "
                      "before 'a-t-elle ajouté'): one direct quote from 'Montluçon' to 'déclin', the paragraph break "
                      "and the reopening mark inside the span, as in the eleventh set; 'elle' is the mayor ('l’élue' "
                      "of the sentence before). *New*: interview turns labelled by the interviewee's name ('Hélène "
                      "Roussillon : <answer>') follow the dialogue-dash and 'Réponse :' convention of the fifth, "
                      "sixth, eighth, ninth and eleventh sets: each answer is one required direct quote from the "
                      "first word after the label's colon and space to the end of the line (final punctuation "
                      "kept), cue null, speaker the label itself (the nearest mention of the interviewee); the "
                      "questions after 'Q : ' are optional direct quotes with a null speaker (the paper asks as "
                      "'nos questions', unnamed); the labels are neither cues nor part of the spans. Not quotes: "
                      "'l’élue a défendu le projet « Cœur de ville »' (a noun-phrase object, the marks around a "
                      "name), 'X a répondu à nos questions', 'Novastral propose 9 millions d’euros'.")
    a["notes"].append("Events: the takeover bid for the supplier in receivership ('l’offre de reprise d’Aérocentre "
                      "déposée en mai par le groupe toulousain Novastral', its amount in the next sentence "
                      "'Novastral propose 9 millions d’euros') is one acquisition, 'announced' (an offer filed, the "
                      "court to rule on 29 June), date 'mai' (the date the text gives for the offer). Roles: 'la "
                      "nouvelle maire de Montluçon, X' (person only, as mayors in the earlier sets); 'X, délégué "
                      "syndical CGT d’Aérocentre' (title 'délégué syndical', the union an optional organization as "
                      "in the sixth, seventh and twelfth sets; the company would be as defensible); 'Le chef de file "
                      "de l’opposition municipale, X (LR)' (person only, as group chairs); 'le sous-préfet de "
                      "Montluçon, X' (person only, as 'La préfète du Rhône' in the fourth set). Not events: the "
                      "State's possible 4 million (a subsidy), the town-centre project's budget, the debt cut, the "
                      "order book.")
    a["notes"].append("Dates: *new*: the publication line 'jeudi 17 juin 2032 à 18h05' is one TIME with its weekday "
                      "inside the span, and the update 'mis à jour à 19h10' a TIME of the same day (span '19h10'); "
                      "'Élue en mars' and 'depuis mars' (inside an answer) this March; 'le 29 juin' the coming one; "
                      "'en mai', 'en février' this year's; 'sur six ans' and 'en vingt ans' (inside the marked "
                      "words) durations; 'Jeudi' (the interview) the publication day; 'jusqu’en 2035' (inside an "
                      "answer) the year. Optional: 'Mercredi soir' (a part of the day with no clock time, the "
                      "council meeting the day before), as in the earlier sets. Money: the bid '9 millions d’euros', "
                      "the State's '4 millions d’euros', the project's '23 millions d’euros'. Percentages: '17,5 %' "
                      "(a vacancy rate), '12 %' (inside the marked words), '8 %' (inside an answer). '420 salariés', "
                      "'310 postes', '40 commerces' are counts.")
    M(a, f"9 millions d{AP}euros", 9e6, "EUR")
    M(a, f"4 millions d{AP}euros", 4e6, "EUR")
    M(a, f"23 millions d{AP}euros", 23e6, "EUR")
    P(a, f"17,5{NN}%", 17.5)
    P(a, f"12{NN}%", 12)
    P(a, f"8{NN}%", 8)
    D(a, "jeudi 17 juin 2032 à 18h05", "2032-06-17T18:05", typ="TIME",
      note="the publication line: weekday, day and clock time")
    D(a, "19h10", "2032-06-17T19:10", typ="TIME", note="'mis à jour à 19h10': the update, the same day")
    D(a, "mars", "2032-03", nth=0, note="past: 'Élue en mars'")
    D(a, "29 juin", "2032-06-29", note="future: 'examinera le 29 juin'")
    D(a, "mai", "2032-05", note="past: 'déposée en mai'")
    D(a, "février", "2032-02", note="past: 'Placé en redressement judiciaire en février'")
    D(a, "Mercredi soir", "2032-06-16TEV", typ="TIME", opt=True,
      note="a part of the day with no clock time: the council meeting, the day before")
    D(a, "six ans", "P6Y", typ="DURATION", note="'doté de 23 millions d’euros sur six ans'")
    D(a, "vingt ans", "P20Y", typ="DURATION", note="'en vingt ans', inside the mayor's marked words")
    D(a, "Jeudi", "2032-06-17", note="'Jeudi, X a répondu à nos questions': the publication day")
    D(a, "mars", "2032-03", nth=1, note="'depuis mars', inside an answer")
    D(a, "2035", "2035", note="'jusqu’en 2035', inside an answer")
    Q(a, f"Pour {DC}, délégué syndical CGT d{AP}{AE}, [ce plan sacrifie l{AP}atelier de peinture].", "indirect",
      f"[Pour] {DC}", (DC, DC, PER), gender="male",
      note="'Pour X, <clause>' with no marks: indirect, cue 'Pour'; 'délégué' and the given name show the gender")
    Q(a, f"estime que [la ville n{AP}a plus les moyens de ses ambitions].", "indirect", "estime", (BM, BM, PER),
      gender="male", note="'Le chef de file' shows the gender; the party in brackets is not the speaker")
    Q(a, f"Selon le sous-préfet de Montluçon, {OB}, [l{AP}État pourrait apporter 4 millions d{AP}euros au centre-ville].",
      "indirect", "[Selon] le sous-préfet", (OB, OB, PER), gender="male",
      note="'Selon <title>, X, <clause>': the name in apposition speaks; 'le sous-préfet' shows the gender")
    Q(a, f"{O}[Montluçon a perdu 12{NN}% de ses habitants en vingt ans. Si nous laissons partir {AE} et mourir nos rues, nous perdrons tout.\n\n{O}Je ne serai pas la maire du déclin]{C}",
      "direct", "a-t-elle ajouté", ("a-t-[elle] ajouté", HR, PER), gender="female",
      note="one quote over two paragraphs (the second reopened with '«'); 'elle' is the mayor, 'l’élue' of the "
           "sentence before")
    Q(a, f"Q : [Le projet n{AP}est-il pas trop cher pour une ville endettée ?]", "direct", None, None, optional=True,
      note="the paper's question ('nos questions'): no one named")
    Q(a, f"{HR} : [Non. Nous avons déjà réduit la dette de 8{NN}% depuis mars, sans toucher aux impôts.]", "direct",
      None, (HR, HR, PER), gender="female",
      note="an answer after the name label; speaker the label; 'la maire' shows the gender")
    Q(a, f"Q : [Et si le tribunal écarte l{AP}offre de {NV} ?]", "direct", None, None, optional=True,
      note="the paper's question ('nos questions'): no one named")
    Q(a, f"{HR} : [Nous chercherons un autre repreneur. {AE} a un carnet de commandes plein jusqu{AP}en 2035.]",
      "direct", None, (HR, HR, PER), gender="female", note="an answer after the name label; speaker the label")
    V(a, "acquisition", "offre de reprise", {"target": AE, "buyer": NV, "amount": f"9 millions d{AP}euros",
                                             "date": "mai", "status": "announced"},
      note="'l’offre de reprise d’Aérocentre déposée en mai par ... Novastral', the amount in the next sentence; an "
           "offer filed, the court to rule: announced")
    V(a, "role", "nouvelle [maire] de Montluçon", {"person": HR},
      note="'la nouvelle maire de Montluçon, X': person only, as mayors")
    V(a, "role", "délégué syndical", {"person": DC, "title": "délégué syndical", "organization": ("opt", "CGT")},
      note="'X, délégué syndical CGT d’Aérocentre': the union optional, as in the earlier sets")
    V(a, "role", "chef de file", {"person": BM},
      note="'Le chef de file de l’opposition municipale, X (LR)': person only, as group chairs")
    V(a, "role", "sous-préfet", {"person": OB},
      note="'le sous-préfet de Montluçon, X': person only, as prefects")


def define_i(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    AL, MJG, IFL, RB = "Alvéo", "Marie-Josée Gendron", "Isabelle Fortier-Lacasse", "Richard Beaulac"
    # ------------------------------------------------------------ I: a Quebec modular-home maker's third-quarter results (Montréal business site)
    a = B.article("I-resultats-maisons-usinees-quebec", "2032-11-10", (
        f"{AL} profite de la reprise immobilière et change de grand argentier\n"
        "Par Émilie Desrosiers\n"
        "Publié le 10 novembre 2032 à 7 h 15\n\n"
        f"Le fabricant de maisons usinées {AL}, de Drummondville, a dévoilé mardi des résultats supérieurs aux "
        "attentes. Au troisième trimestre, clos le 30 septembre, son chiffre d'affaires a progressé de 11 %, à 486,3 "
        "millions $. Le bénéfice net a bondi de 41 %, à 31,8 millions $, soit 0,74 $ par action. Le bénéfice avant "
        "intérêts, impôts et amortissement (BAIIA) ajusté s'est établi à 64,2 millions $, et la marge de BAIIA a "
        "gagné 2,3 points de pourcentage, à 13,2 %.\n\n"
        "Le groupe a précisé dans un communiqué que la croissance venait surtout de l'Ontario, où ses ventes ont "
        "bondi de 19 %. « Les taux baissent et les mises en chantier repartent. Nos usines tournent à plein jusqu'à "
        f"l'été 2033 », a affirmé la présidente et chef de la direction d'{AL}, {MJG}, lors d'une conférence "
        "téléphonique avec les analystes. L'entreprise prévoit une croissance de ses revenus comprise entre 4 et 6 % "
        "en 2033. À la Bourse de Toronto, l'action a grimpé de 8,6 % mardi, à 24,15 $.\n\n"
        f"Par ailleurs, {AL} a nommé {IFL} au poste de chef de la direction financière. Elle entrera en "
        f"fonction le 14 février et succédera à {RB}, qui prend sa retraite après douze ans dans "
        "l'entreprise.\n\n"
        "Enfin, sa filiale Plania, qui conçoit des logiciels de planification de chantiers, a bouclé une ronde de "
        "financement de série A de 30 millions $ auprès de Fondaction et d'iNovia Capital. L'opération valorise la "
        f"jeune pousse à 180 millions $. {AL} en conserve 62 %. Fondée en 2029, Plania compte 85 employés à Montréal "
        "et à Québec."))
    for s, l, c, o in [(AL, ORG, None, False), ("Émilie Desrosiers", PER, None, False), ("Drummondville", LOC, None, False),
                       ("Ontario", LOC, None, False), (MJG, PER, None, False), ("Bourse de Toronto", ORG, None, False),
                       (IFL, PER, None, False), (RB, PER, None, False), ("Plania", ORG, None, False),
                       ("Fondaction", ORG, None, False), ("iNovia Capital", ORG, None, False),
                       ("Montréal", LOC, None, False), ("Québec", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Montréal business site copied as plain text: a headline line, a byline "
                      "('Par Émilie Desrosiers') and a publication line with a Quebec clock time spaced around 'h' "
                      "('Publié le 10 novembre 2032 à 7 h 15'), no dateline. The reference date is the publication "
                      "day (Wednesday 10 November 2032), the day after the results ('a dévoilé mardi'). Straight "
                      "apostrophes; ordinary spaces before '%', before '$' and inside the guillemets; *new*: Quebec "
                      "money with the dollar sign after the number and its scale word ('486,3 millions $', '0,74 $').")
    a["notes"].append("Entities: the coined Quebec company 'Alvéo' (headline, 'd'Alvéo', bare in every mention) and "
                      "its coined software subsidiary 'Plania' are ORG; 'Fondaction' and 'iNovia Capital' (real "
                      "Quebec funds, after 'auprès de') and 'Bourse de Toronto' (no separate 'Toronto') are ORG; "
                      "'Drummondville' ('Alvéo, de Drummondville'), 'Ontario', 'Montréal' and 'Québec' (the city: 'à "
                      "Québec', beside 'à Montréal') are LOC. 'BAIIA' (the Quebec "
                      "acronym for Ebitda), 'série A', 'Le groupe', 'L'entreprise', 'la jeune pousse', 'sa filiale' "
                      "are not names.")
    a["notes"].append("Quotes: the company speaks through 'Le groupe a précisé dans un communiqué que <clause>' "
                      "(speaker the noun 'groupe', canonical Alvéo, the subject of the paragraph before); its CEO '« "
                      "... », a affirmé la présidente et chef de la direction d'Alvéo, X, lors d'une conférence "
                      "téléphonique' (the name in apposition after two joined titles). Not quotes: 'a dévoilé mardi "
                      "des résultats supérieurs aux attentes' (a noun-phrase object, as 'a publié jeudi des résultats "
                      "semestriels' in the thirteenth set), 'prévoit une croissance ...' (a forecast), 'Alvéo a nommé "
                      "X ...', 'Elle entrera en fonction ...'.")
    a["notes"].append("Events: third-quarter results of Alvéo: revenue with its rise and its period ('Au troisième "
                      "trimestre, ..., son chiffre d'affaires a progressé de 11 %, à 486,3 millions $'), the net "
                      "profit with its rise ('Le bénéfice net a bondi de 41 %, à 31,8 millions $') and *new* the "
                      "Ebitda written out in Quebec words with its acronym ('Le bénéfice avant intérêts, impôts et "
                      "amortissement (BAIIA) ajusté s'est établi à 64,2 millions $', metric ebitda); the quarter is "
                      "written once (the later periods optional). The margin's gain in points ('la marge de BAIIA a "
                      "gagné 2,3 points de pourcentage, à 13,2 %') is an optional result (metric other), as in the "
                      "thirteenth set. The guidance ('prévoit une croissance de ses revenus comprise entre 4 et 6 % en "
                      "2033') is a forecast, no result. Roles: 'la présidente et chef de la direction d'Alvéo, X' "
                      "(two titles joined by 'et', as written; organization required) and the new CFO ('Alvéo a "
                      "nommé X au poste de chef de la direction financière': the Quebec title as written, "
                      "organization required, the company being the subject of the same clause); the predecessor "
                      "named after 'succédera à X, qui prend sa retraite' is optional (no title of its own). The "
                      "subsidiary's round ('sa filiale Plania ... a bouclé une ronde de financement de série A de 30 "
                      "millions $ auprès de Fondaction et d'iNovia Capital. L'opération valorise la jeune pousse à "
                      "180 millions $') is one funding event with its round, two investors and the valuation of the "
                      "next sentence (no separate valuation event); no date is written for it. The stake the parent "
                      "keeps ('62 %') is no event.")
    a["notes"].append("Dates: the publication line '10 novembre 2032 à 7 h 15' is one TIME (Quebec spacing around "
                      "'h'); 'mardi' (twice: the results, the share's rise) the day before the Wednesday publication; 'troisième trimestre' 2032-Q3; 'clos "
                      "le 30 septembre' 2032-09-30; 'l'été 2033' (inside the CEO's marked words) 2033-SU (span 'été "
                      "2033'); 'en 2033' the guidance year; 'le 14 février' (future: 'Elle entrera en fonction') next "
                      "February, 2033-02-14; 'après douze ans' a duration; 'Fondée en 2029' the year. Money: *new*: bare '$' after the number "
                      "in a Quebec article is CAD, as 'M$' in the twelfth set ('486,3 millions $', '31,8 millions "
                      "$', '64,2 millions $', '30 millions $', '180 millions $'); the earnings per share '0,74 $' is "
                      "money, and so is the share price '24,15 $'. Percentages: '11 %', '41 %' (rises, no sign written), '2,3 points de pourcentage' "
                      "(points, span with 'de pourcentage'), '13,2 %' (a margin), '19 %' (a regional sales rise), "
                      "'entre 4 et 6 %' a range (span '4 et 6 %', value 4, as in the thirteenth set), '62 %' (a "
                      "stake kept), '8,6 %' (a share move). '85 employés' is a count.")
    M(a, "486,3 millions $", 486.3e6, "CAD")
    M(a, "31,8 millions $", 31.8e6, "CAD")
    M(a, "0,74 $", 0.74, "CAD")
    M(a, "64,2 millions $", 64.2e6, "CAD")
    M(a, "24,15 $", 24.15, "CAD")
    M(a, "30 millions $", 30e6, "CAD")
    M(a, "180 millions $", 180e6, "CAD")
    P(a, "11 %", 11)
    P(a, "41 %", 41)
    P(a, "2,3 points de pourcentage", 2.3, points=True)
    P(a, "13,2 %", 13.2)
    P(a, "19 %", 19)
    P(a, "4 et 6 %", 4)
    P(a, "8,6 %", 8.6)
    P(a, "62 %", 62)
    D(a, "10 novembre 2032 à 7 h 15", "2032-11-10T07:15", typ="TIME", note="the publication line: day and clock time")
    D(a, "mardi", "2032-11-09", note="past: 'a dévoilé mardi', the day before the Wednesday publication")
    D(a, "troisième trimestre", "2032-Q3")
    D(a, "30 septembre", "2032-09-30", note="'clos le 30 septembre': the quarter's end")
    D(a, "été 2033", "2033-SU", note="'jusqu'à l'été 2033', inside the CEO's marked words")
    D(a, "2033", "2033", nth=1, note="'en 2033': the guidance year")
    D(a, "14 février", "2033-02-14", note="future: 'Elle entrera en fonction le 14 février', next February")
    D(a, "mardi", "2032-11-09", nth=1, note="past: 'l'action a grimpé de 8,6 % mardi'")
    D(a, "douze ans", "P12Y", typ="DURATION", note="'après douze ans dans l'entreprise'")
    D(a, "2029", "2029", note="'Fondée en 2029'")
    Q(a, "dans un communiqué que [la croissance venait surtout de l'Ontario, où ses ventes ont bondi de 19 %].",
      "indirect", "a précisé", ("Le [groupe] a précisé", AL, ORG),
      note="'Le groupe' is Alvéo, the subject of the paragraph before")
    Q(a, "« [Les taux baissent et les mises en chantier repartent. Nos usines tournent à plein jusqu'à l'été 2033] »",
      "direct", "a affirmé", (MJG, MJG, PER), gender="female",
      note="the name in apposition after 'la présidente et chef de la direction d'Alvéo'; 'la présidente' shows the "
           "gender")
    V(a, "result", "chiffre d'affaires", {"company": AL, "metric": "revenue", "amount": "486,3 millions $",
                                          "change": "11 %", "period": "troisième trimestre"},
      note="'son chiffre d'affaires' is Alvéo's (the subject of the sentence before)")
    V(a, "result", "bénéfice net", {"company": AL, "metric": "net_income", "amount": "31,8 millions $",
                                    "change": "41 %", "period": ("opt", "troisième trimestre")},
      note="the quarter written once for the three figures")
    V(a, "result", "bénéfice avant intérêts, impôts et amortissement", {
        "company": AL, "metric": "ebitda", "amount": "64,2 millions $", "period": ("opt", "troisième trimestre")},
      note="the Quebec name of Ebitda, with its acronym 'BAIIA' in brackets")
    V(a, "result", "marge de BAIIA", {"company": AL, "metric": "other", "change": "2,3 points de pourcentage",
                                      "period": ("opt", "troisième trimestre")}, optional=True,
      note="a margin's gain in points, as in the thirteenth set")
    V(a, "role", "présidente et chef de la direction", {"person": MJG, "title": "présidente et chef de la direction",
                                                        "organization": AL},
      note="'la présidente et chef de la direction d'Alvéo, X': two titles joined by 'et', as written")
    V(a, "role", "chef de la direction financière", {"person": IFL, "title": "chef de la direction financière",
                                                     "organization": AL},
      note="'Alvéo a nommé X au poste de chef de la direction financière': a new post, the company the subject")
    V(a, "role", "succédera", {"person": RB, "organization": ("opt", AL)}, optional=True,
      note="the predecessor named after 'succédera à', no title of his own")
    V(a, "funding", "bouclé", {"company": "Plania", "amount": "30 millions $", "round": "série A",
                               "investors": ["Fondaction", "iNovia Capital"], "valuation": "180 millions $"},
      note="the subsidiary's round; the valuation of the next sentence ('L'opération valorise la jeune pousse à "
           "...') belongs to it; no date written")
