"""The three articles of the forty-second blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind42`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (M4: before the colons; N4: before '%', the colons, inside the guillemets and in '60 000')
NN = "\u202f"    # narrow no-break space (M4: before '%' and inside the guillemets)
AP = "\u2019"    # typographic apostrophe (every apostrophe of M4)
PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"


def define(B):
    define_m4(B)
    define_n4(B)
    define_o4(B)


def _typo(x):
    if isinstance(x, str):
        return x.replace("'", AP)
    if isinstance(x, tuple):
        return tuple(_typo(v) for v in x)
    if isinstance(x, list):
        return [_typo(v) for v in x]
    if isinstance(x, dict):
        return {k: (v if k == "note" else _typo(v)) for k, v in x.items()}
    return x


# ---------------------------------------------------------------- M4: a Danish pharma group's friendly tender offer (OPA) for a Gosselies vaccine biotech (Belgian daily, web)
def define_m4(B):
    def E(a, s, *r, **kw): B.E(a, _typo(s), *r, **kw)
    def M(a, s, *r, **kw): B.M(a, _typo(s), *r, **kw)
    def D(a, s, *r, **kw): B.D(a, _typo(s), *r, **kw)
    def P(a, s, *r, **kw): B.P(a, _typo(s), *r, **kw)
    def Q(a, text, kind, cue, speaker, **kw): B.Q(a, _typo(text), kind, _typo(cue), _typo(speaker), **kw)
    def V(a, typ, trigger, args, **kw): B.V(a, typ, _typo(trigger), _typo(args), **kw)
    O, C = "«" + NN, NN + "»"
    VX, HP, EB, WE, RBP, VC, CT, KBC, LE = (
        "Vaxalis", "Holmgaard Pharma", "Euronext Bruxelles", "Wallonie Entreprendre", "Ridgeline Bio Partners",
        "Vectris", "Calderwood Therapeutics", "KBC Securities", "L'Echo")
    SL, HD, JT, PJ, CL = ("Sophie Lambrecht", "Hélène Dumont", "Jens Thorsen", "Pieter Janssens", "Claire Lemaître")
    MWE = "ministre wallonne de l'Économie"
    text = (
        f"Biotech{NB}: le danois Holmgaard lance une OPA de 780 millions d'euros sur Vaxalis\n"
        f"Par {SL} | Publié le 18 septembre 2041 à 06:45\n\n"
        f"Le groupe pharmaceutique danois {HP} a annoncé mardi une offre publique d'achat (OPA) amicale sur la "
        f"totalité des actions de {VX}, la biotech de Gosselies cotée sur {EB}. Holmgaard propose 24,60 euros par "
        f"action en numéraire, soit une prime de 38{NN}% sur le cours de clôture de vendredi, ce qui représente 780 "
        f"millions d'euros pour l'ensemble du capital. Le conseil d'administration de {VX} recommande l'offre, qui doit "
        "être ouverte en novembre pour dix semaines, sous réserve du feu vert de la FSMA.\n\n"
        f"Son candidat vaccin contre le virus respiratoire syncytial, baptisé {O}Respivax{C}, est entré en phase 3 en "
        f"juin. {O}Holmgaard nous donne les moyens d'aller jusqu'au marché. Seuls, nous aurions dû lever encore 300 "
        f"millions d'euros{C}, a déclaré l'administratrice déléguée de {VX}, {HD}. {O}Nous visons une autorisation en "
        f"2044{C}, a-t-elle ajouté.\n\n"
        f"{VX} avait levé 85 millions d'euros en mars 2039 auprès de la SFPI, de {WE} et du fonds américain {RBP}. "
        f"Cette levée valorisait alors la société à 410 millions d'euros. La SFPI, qui détient 12,4{NN}% du capital, "
        f"s'est engagée à apporter ses titres. Au premier semestre, la biotech a enregistré un chiffre d'affaires de "
        f"14,2 millions d'euros, en hausse de 22{NN}%, et une perte nette de 31,5 millions d'euros. Sa trésorerie "
        "s'élevait à 62 millions d'euros au 30 juin, a indiqué la direction dans un communiqué.\n\n"
        f"Le président de Holmgaard, {JT}, estime que le rachat fera de Gosselies le centre européen du groupe pour "
        f"les vaccins. {O}Nous ne fermerons aucun site en Wallonie. Nous allons au contraire recruter 150 personnes "
        f"d'ici 2043{C}, a-t-il assuré depuis Copenhague. Holmgaard a réalisé l'an dernier un chiffre d'affaires de 5,8 "
        f"milliards de couronnes danoises. Le groupe avait déjà racheté en 2037 le néerlandais {VC} pour 210 millions "
        f"d'euros. Selon {LE}, le britannique {CT} envisagerait toutefois une contre-offre.\n\n"
        f"Sur {EB}, l'action {VX} a bondi de 36,9{NN}% mardi, à 24,10 euros. {PJ}, analyste chez {KBC}, "
        f"tranche{NB}: {O}Le prix est correct, sans plus. Un rival pourrait surenchérir.{C} La {MWE}, {CL}, a "
        f"rappelé que le gouvernement wallon resterait attentif à l'emploi à Gosselies. {O}On nous promet des "
        f"embauches, on jugera sur pièces{C}, a réagi un délégué de la CNE.")
    a = B.article("M4-opa-biotech-vaccins-gosselies", "2041-09-18", _typo(text))
    for s, l, c in [(HP, ORG, None), ("Holmgaard", ORG, HP), (VX, ORG, None), (SL, PER, None), ("Gosselies", LOC, None),
                    (EB, ORG, None), ("FSMA", ORG, None), ("Respivax", MISC, None), (HD, PER, None), ("SFPI", ORG, None),
                    (WE, ORG, None), ("Wallonie", LOC, None), (RBP, ORG, None), (JT, PER, None), ("Copenhague", LOC, None),
                    (VC, ORG, None), (LE, ORG, None), (CT, ORG, None), (PJ, PER, None), (KBC, ORG, None), (CL, PER, None),
                    ("CNE", ORG, None)]:
        E(a, s, l, c)
    a["notes"].append("A Belgian French-language daily's web article: a headline opened by the section word 'Biotech' and a "
                      "colon, a byline line with a pipe and the publication day with a 24-hour clock time ('Publié le 18 "
                      "septembre 2041 à 06:45'), no dateline. The reference date is that day (Wednesday 18 September 2041): "
                      "the offer was announced the day before ('a annoncé mardi'), the reference price is Friday's close. "
                      "Every apostrophe is the typographic one (U+2019); narrow no-break spaces (U+202F) before '%' and "
                      "inside the guillemets; no-break spaces (U+00A0) before the two colons.")
    a["notes"].append("Entities: the coined bidder 'Holmgaard Pharma' and its short form 'Holmgaard' (headline, 'Holmgaard "
                      "propose', inside the CEO's marked words, 'Le président de Holmgaard', 'Holmgaard a réalisé': "
                      "canonical the full name); the coined target 'Vaxalis'; 'Euronext Bruxelles' (twice, one ORG), the "
                      "regulator 'FSMA', the federal holding 'SFPI' (twice), 'Wallonie Entreprendre' (one ORG, no separate "
                      "'Wallonie'), the coined US fund, the coined Dutch and British firms, the paper 'L'Echo' (its article "
                      "inside the name), the broker 'KBC Securities' and the union 'CNE' are ORG; 'Respivax' (a product "
                      "name between guillemets) MISC; 'Gosselies' (three times), 'Wallonie' (inside marked words) and "
                      "'Copenhague' LOC. Not names: 'Biotech' (section word), 'OPA', 'Le groupe', 'la biotech', 'la "
                      "société', 'la direction', 'le gouvernement wallon'; 'danois', 'américain', 'néerlandais', "
                      "'britannique' are adjectives.")
    a["notes"].append("Quotes (9 required: 5 direct, 4 indirect). Not quotes: the headline, '« Respivax »' (a name between "
                      "marks, no one saying it), 'Le conseil d'administration ... recommande l'offre' (a decision), 's'est "
                      "engagée à apporter ses titres' (a commitment, no words reported).")
    a["notes"].append("Events (11 required): the friendly tender offer (headline 'lance une OPA de 780 millions d'euros' the "
                      "same fact; announced: recommended, to be opened in November, pending the regulator; amount the "
                      "total for the whole capital, the price per share and the premium no arguments); the earlier round "
                      "with three investors and its valuation referred back ('Cette levée valorisait alors'); half-year "
                      "results (revenue with change; net loss in the same sentence, period optional); the bidder's revenue "
                      "'l'an dernier' (2040, in Danish crowns); the bidder's earlier purchase (done); a rumoured counter-bid "
                      "(planned, told by a paper); roles (the Belgian CEO title 'administratrice déléguée', the bidder's "
                      "chair, the analyst, the Walloon minister). Not events: the SFPI's 12,4 % holding and its commitment, "
                      "the treasury, the share jump, the 300 million in the CEO's words, the 150 hires.")
    M(a, "780 millions d'euros", 780e6, "EUR", nth=0)
    M(a, "24,60 euros", 24.6, "EUR")
    M(a, "780 millions d'euros", 780e6, "EUR", nth=1)
    M(a, "300 millions d'euros", 300e6, "EUR")
    M(a, "85 millions d'euros", 85e6, "EUR")
    M(a, "410 millions d'euros", 410e6, "EUR")
    M(a, "14,2 millions d'euros", 14.2e6, "EUR")
    M(a, "31,5 millions d'euros", 31.5e6, "EUR")
    M(a, "62 millions d'euros", 62e6, "EUR")
    M(a, "5,8 milliards de couronnes danoises", 5.8e9, "DKK")
    M(a, "210 millions d'euros", 210e6, "EUR")
    M(a, "24,10 euros", 24.1, "EUR")
    P(a, f"38{NN}%", 38)
    P(a, f"12,4{NN}%", 12.4)
    P(a, f"22{NN}%", 22)
    P(a, f"36,9{NN}%", 36.9)
    D(a, "18 septembre 2041 à 06:45", "2041-09-18T06:45", typ="TIME", note="the byline's publication day and clock time")
    D(a, "mardi", "2041-09-17", nth=0, note="past: 'a annoncé mardi'")
    D(a, "vendredi", "2041-09-13", note="'le cours de clôture de vendredi': the last close before the offer")
    D(a, "novembre", "2041-11", note="future: 'doit être ouverte en novembre'")
    D(a, "dix semaines", "P10W", typ="DURATION", note="'ouverte ... pour dix semaines'")
    D(a, "juin", "2041-06", nth=0, note="past: 'est entré en phase 3 en juin'")
    D(a, "2044", "2044", note="inside marked words")
    D(a, "mars 2039", "2039-03")
    D(a, "premier semestre", "2041-H1")
    D(a, "30 juin", "2041-06-30", note="'au 30 juin'")
    D(a, "2043", "2043", note="'d'ici 2043', inside marked words")
    D(a, "an dernier", "2040", note="'a réalisé l'an dernier'")
    D(a, "2037", "2037", note="'avait déjà racheté en 2037'")
    D(a, "mardi", "2041-09-17", nth=1, note="'a bondi de 36,9 % mardi'")
    Q(a, f"{O}[Holmgaard nous donne les moyens d'aller jusqu'au marché. Seuls, nous aurions dû lever encore 300 millions d'euros]{C}",
      "direct", "a déclaré", (HD, HD, PER), gender="female",
      note="two sentences; the name after the Belgian CEO title and the company, after the cue")
    Q(a, f"{O}[Nous visons une autorisation en 2044]{C}", "direct", "a-t-elle ajouté", ("a-t-[elle] ajouté", HD, PER),
      gender="female", note="a pronoun in an inverted cue: the CEO")
    Q(a, "[Sa trésorerie s'élevait à 62 millions d'euros au 30 juin], a indiqué", "indirect", "a indiqué",
      ("la [direction] dans", VX, ORG),
      note="an unmarked sentence before an inverted cue; 'la direction dans un communiqué': the target's management, "
           "canonical the company, as 'a indiqué la direction' in the fortieth set")
    Q(a, "estime que [le rachat fera de Gosselies le centre européen du groupe pour les vaccins].", "indirect", "estime",
      (JT, JT, PER), gender="male", note="'Le président de Holmgaard, X, estime que <clause>'")
    Q(a, f"{O}[Nous ne fermerons aucun site en Wallonie. Nous allons au contraire recruter 150 personnes d'ici 2043]{C}",
      "direct", "a-t-il assuré", ("a-t-[il] assuré", JT, PER), gender="male",
      note="two sentences; a pronoun in an inverted cue: the bidder's chair")
    Q(a, f"Selon {LE}, [le britannique {CT} envisagerait toutefois une contre-offre].", "indirect", f"[Selon] {LE}",
      (LE, LE, ORG), note="a paper after 'Selon'")
    Q(a, f"{O}[Le prix est correct, sans plus. Un rival pourrait surenchérir.]{C}", "direct", "tranche", (PJ, PJ, PER),
      gender="male", note="'X, analyste chez Y, tranche : « ... »': a cue and a colon before the marks; two sentences, the "
                          "full stop inside")
    Q(a, "rappelé que [le gouvernement wallon resterait attentif à l'emploi à Gosselies].", "indirect", "a rappelé",
      (CL, CL, PER), gender="female", note="'La ministre wallonne de l'Économie, X, a rappelé que <clause>'")
    Q(a, f"{O}[On nous promet des embauches, on jugera sur pièces]{C}", "direct", "a réagi",
      ("un [délégué de la CNE].", None, None), gender="male",
      note="an unnamed union delegate: noun phrase without its article, canonical null")
    V(a, "acquisition", "offre publique d'achat", {"target": f"actions de [{VX}], la", "buyer": HP,
                                                   "amount": "représente [780 millions d'euros]", "date": "mardi",
                                                   "status": "announced"},
      note="'a annoncé mardi une offre publique d'achat (OPA) amicale sur la totalité des actions de Vaxalis ... ce qui "
           "représente 780 millions d'euros ... doit être ouverte en novembre ... sous réserve du feu vert de la FSMA': "
           "announced; the headline's 'lance une OPA de 780 millions d'euros' the same fact")
    V(a, "role", "administratrice déléguée", {"person": HD, "title": "administratrice déléguée", "organization": VX},
      note="'l'administratrice déléguée de Vaxalis, X': the Belgian CEO title")
    V(a, "funding", "levé", {"company": VX, "amount": "85 millions d'euros", "investors": ["SFPI", WE, RBP],
                             "valuation": "410 millions d'euros", "date": "mars 2039"},
      note="'Vaxalis avait levé 85 millions d'euros en mars 2039 auprès de ...': an earlier round; its valuation in the next "
           "sentence ('Cette levée valorisait alors la société à 410 millions d'euros')")
    V(a, "result", "chiffre d'affaires", {"company": VX, "metric": "revenue", "amount": "14,2 millions d'euros",
                                          "change": f"22{NN}%", "period": "premier semestre"}, nth=0,
      note="'Au premier semestre, la biotech a enregistré ...': 'la biotech' is Vaxalis")
    V(a, "result", "perte nette", {"company": VX, "metric": "loss", "amount": "31,5 millions d'euros",
                                   "period": ("opt", "premier semestre")}, note="the same sentence, the half written once")
    V(a, "role", "président", {"person": JT, "title": "président", "organization": HP},
      note="'Le président de Holmgaard, X': the short form, canonical the full name")
    V(a, "result", "chiffre d'affaires", {"company": HP, "metric": "revenue",
                                          "amount": "5,8 milliards de couronnes danoises", "period": "an dernier"}, nth=1,
      note="'Holmgaard a réalisé l'an dernier un chiffre d'affaires de 5,8 milliards de couronnes danoises'")
    V(a, "acquisition", "racheté", {"target": VC, "buyer": HP, "amount": "210 millions d'euros", "date": "2037",
                                    "status": "done"}, note="'Le groupe avait déjà racheté en 2037 le néerlandais X': 'Le groupe' is Holmgaard")
    V(a, "acquisition", "contre-offre", {"target": VX, "buyer": CT, "status": "planned"},
      note="'Selon L'Echo, le britannique X envisagerait toutefois une contre-offre': planned, no amount")
    V(a, "role", "analyste", {"person": PJ, "title": "analyste", "organization": KBC})
    V(a, "role", MWE, {"person": CL, "title": MWE}, note="the title with its adjective, no organization")


# ---------------------------------------------------------------- N4: an Abidjan payments fintech's series B, a new CEO, a Senegalese target, market shares, the minister (West African business site)
def define_n4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "«" + NB, NB + "»"
    KP, BGP, OV, MTN, NC, FT, JA, MP = ("Kori Pay", "Baobab Growth Partners", "Orange Ventures", "MTN Côte d'Ivoire",
                                        "Ndiaga Cash", "FasoTransfert", "Jeune Afrique", "Mboa Pay")
    AK, SK, AT, IB, MD = ("Aminata Koné", "Serge Kouadio", "Awa Traoré", "Ibrahim Bakayoko", "Mariam Diallo")
    MTNum = "ministre de la Transition numérique"
    CDG = "cofondatrice et directrice générale"
    text = (
        f"Fintech{NB}: l'ivoirienne {KP} lève 45 millions de dollars et s'empare de {NC}\n"
        f"Par {AK}\n\n"
        f"ABIDJAN, 9 octobre 2041 - La fintech ivoirienne {KP} a bouclé mardi une levée de fonds de série B de 45 "
        f"millions de dollars (environ 27 milliards de francs CFA), menée par le fonds panafricain {BGP}. Proparco, "
        f"Norfund et son actionnaire historique {OV} ont également participé au tour de table. Cette levée valorise "
        f"la société à 230 millions de dollars, a précisé un porte-parole. Fondée en 2034 à Abidjan, {KP} traite les "
        f"paiements de 60{NB}000 commerçants en Côte d'Ivoire, au Sénégal et au Burkina Faso.\n\n"
        f"L'entreprise change aussi de patron. {SK}, 47 ans, ancien directeur financier de {MTN}, a été nommé "
        f"directeur général. Il succède à {AT}, {CDG} depuis 2034, qui reste au conseil d'administration. "
        f"{O}Nous avons construit la plateforme, Serge va la faire changer d'échelle{C}, résume cette dernière. Selon "
        f"le nouveau directeur général, l'entreprise atteindra l'équilibre dès 2043. {O}Notre priorité, c'est le "
        f"Nigeria et le Ghana{C}, a-t-il ajouté.\n\n"
        f"{KP} s'empare dans la foulée de la start-up sénégalaise {NC}, spécialiste du transfert d'argent, pour 4,5 "
        f"milliards de francs CFA. L'accord a été signé lundi à Dakar et doit encore être approuvé par la BCEAO d'ici "
        f"décembre. L'opération doit permettre de {O}doubler les volumes envoyés par la diaspora{C}, selon la société. "
        f"L'an dernier, {KP} avait déjà avalé le burkinabè {FT} pour 1,8 milliard de francs CFA.\n\n"
        f"{KP} détient 17{NB}% du marché ivoirien des paiements marchands, loin derrière Wave (38{NB}%) et Orange "
        f"(31{NB}%). Son chiffre d'affaires a atteint 12,6 milliards de francs CFA en 2040, en hausse de 58{NB}%, mais "
        "la société reste déficitaire, avec une perte nette de 3,1 milliards de francs CFA.\n\n"
        f"{O}La Côte d'Ivoire doit devenir le hub des paiements de l'UEMOA{C}, a affirmé mardi le {MTNum}, {IB}, "
        f"présent lors de l'annonce. {MD}, associée chez {BGP}, explique que le fonds a été séduit par la fidélité des "
        f"commerçants. {O}{KP} a le meilleur taux de rétention de la région. Nous serons aussi présents au prochain "
        f"tour{C}, a-t-elle précisé. Un troisième rachat est déjà à l'étude{NB}: selon {JA}, {KP} envisage de racheter "
        f"le camerounais {MP}, valorisé 25 millions de dollars.")
    a = B.article("N4-fintech-paiements-abidjan-serie-b", "2041-10-09", text)
    for s, l, c in [(KP, ORG, None), (AK, PER, None), ("ABIDJAN", LOC, "Abidjan"), ("Abidjan", LOC, None), (BGP, ORG, None),
                    ("Proparco", ORG, None), ("Norfund", ORG, None), (OV, ORG, None), (MTN, ORG, None),
                    ("Côte d'Ivoire", LOC, None), ("Sénégal", LOC, None), ("Burkina Faso", LOC, None), (SK, PER, None),
                    ("Serge", PER, SK), (AT, PER, None), ("Nigeria", LOC, None), ("Ghana", LOC, None), (NC, ORG, None),
                    ("Dakar", LOC, None), ("BCEAO", ORG, None), (FT, ORG, None), ("Wave", ORG, None), ("Orange", ORG, None),
                    ("UEMOA", ORG, None), (IB, PER, None), (MD, PER, None), (JA, ORG, None), (MP, ORG, None)]:
        E(a, s, l, c)
    a["notes"].append("A West African business news site's article: a headline opened by the section word 'Fintech' and a "
                      "colon, a byline line ('Par Aminata Koné'), then a dateline opening the body with the city in capitals "
                      "and the full date ('ABIDJAN, 9 octobre 2041 - '). The reference date is the dateline day (Wednesday 9 "
                      "October 2041): the round closed on Tuesday, the purchase agreement signed on Monday. Straight "
                      "apostrophes; no-break spaces (U+00A0) before '%', before the colons, inside the guillemets and as "
                      "thousands separator of the count '60 000 commerçants' (not money). Rounds in US dollars with the "
                      "franc CFA equivalent in brackets; 'francs CFA' are XOF.")
    a["notes"].append("Entities: the coined fintech 'Kori Pay' (headline, lead and seven more, once inside marked words); "
                      "the dateline 'ABIDJAN' (canonical 'Abidjan') and 'Abidjan' LOC; 'MTN Côte d'Ivoire' one ORG (no "
                      "separate 'Côte d'Ivoire'); 'Côte d'Ivoire' twice LOC (once inside marked words, without 'La'); "
                      "'Serge' alone inside the founder's marked words is the new CEO (PER, canonical the full name); "
                      "'Orange Ventures' one ORG, 'Orange' alone (a market share) ORG; 'Wave', 'BCEAO', 'UEMOA', "
                      "'Proparco', 'Norfund', 'Jeune Afrique' ORG. Not names: 'Fintech' (section word), 'L'entreprise', "
                      "'la société', 'L'accord', 'L'opération', 'le fonds'; 'ivoirienne', 'panafricain', 'sénégalaise', "
                      "'burkinabè', 'camerounais' are adjectives.")
    a["notes"].append("Quotes (9 required: 5 direct, 4 indirect). Not quotes: the headline, 'L'accord a été signé ... doit "
                      "encore être approuvé', 'Il succède à X' (a fact), 'Un troisième rachat est déjà à l'étude' (the "
                      "journalist's words before the colon).")
    a["notes"].append("Events (12 required): the series B (headline 'lève 45 millions de dollars' the same fact; lead fund "
                      "'menée par' and three co-investors in the next sentence; valuation referred back, 'Cette levée "
                      "valorise la société'); the announced purchase of Ndiaga Cash (headline and body 's'empare de', signed "
                      "Monday, approval pending); the done purchase of FasoTransfert ('avait déjà avalé', 'L'an dernier'); "
                      "results 2040 (revenue with change, net loss with the period optional); the planned purchase of Mboa "
                      "Pay (told by a magazine) and its own valuation (no round carries it); roles (the new CEO, his former "
                      "post at MTN Côte d'Ivoire, the outgoing cofounder and CEO 'depuis 2034', the minister, the lead "
                      "fund's partner). Not events: the market shares, the franc CFA equivalent, the staying on the board.")
    M(a, "45 millions de dollars", 45e6, "USD", nth=0)
    M(a, "45 millions de dollars", 45e6, "USD", nth=1)
    M(a, "27 milliards de francs CFA", 27e9, "XOF")
    M(a, "230 millions de dollars", 230e6, "USD")
    M(a, "4,5 milliards de francs CFA", 4.5e9, "XOF")
    M(a, "1,8 milliard de francs CFA", 1.8e9, "XOF")
    M(a, "12,6 milliards de francs CFA", 12.6e9, "XOF")
    M(a, "3,1 milliards de francs CFA", 3.1e9, "XOF")
    M(a, "25 millions de dollars", 25e6, "USD")
    P(a, f"17{NB}%", 17)
    P(a, f"38{NB}%", 38)
    P(a, f"31{NB}%", 31)
    P(a, f"58{NB}%", 58)
    D(a, "9 octobre 2041", "2041-10-09", note="the dateline")
    D(a, "mardi", "2041-10-08", nth=0, note="past: 'a bouclé mardi'")
    D(a, "2034", "2034", nth=0, note="'Fondée en 2034'")
    D(a, "47 ans", "P47Y", typ="DURATION", opt=True, note="an age")
    D(a, "2034", "2034", nth=1, note="'directrice générale depuis 2034'")
    D(a, "2043", "2043", note="'dès 2043', inside a reported clause")
    D(a, "lundi", "2041-10-07", note="past: 'L'accord a été signé lundi'")
    D(a, "décembre", "2041-12", note="future: 'd'ici décembre'")
    D(a, "an dernier", "2040", note="'L'an dernier, ... avait déjà avalé'")
    D(a, "2040", "2040")
    D(a, "mardi", "2041-10-08", nth=1, note="'a affirmé mardi le ministre'")
    Q(a, "[Cette levée valorise la société à 230 millions de dollars], a précisé", "indirect", "a précisé",
      ("un [porte-parole].", None, None), note="an unmarked sentence before an inverted cue; an unnamed spokesman")
    Q(a, f"{O}[Nous avons construit la plateforme, Serge va la faire changer d'échelle]{C}", "direct", "résume",
      ("résume [cette dernière].", AT, PER), gender="female",
      note="'résume cette dernière': the demonstrative stands for the outgoing cofounder named in the sentence before")
    Q(a, "Selon le nouveau directeur général, [l'entreprise atteindra l'équilibre dès 2043].", "indirect",
      "[Selon] le nouveau", ("le [nouveau directeur général], l'", SK, PER), gender="male",
      note="a noun phrase for the new CEO named in the paragraph (text without the article)")
    Q(a, f"{O}[Notre priorité, c'est le Nigeria et le Ghana]{C}", "direct", "a-t-il ajouté", ("a-t-[il] ajouté", SK, PER),
      gender="male", note="a pronoun in an inverted cue: the new CEO")
    Q(a, f"{O}[doubler les volumes envoyés par la diaspora]{C}", "direct", f"{C}, [selon] la société",
      ("selon la [société].", KP, ORG),
      note="'L'opération doit permettre de « ... », selon la société': a sentence partly marked, one direct quote for the "
           "marked words; the company as a noun phrase")
    Q(a, f"{O}[La Côte d'Ivoire doit devenir le hub des paiements de l'UEMOA]{C}", "direct", "a affirmé", (IB, IB, PER),
      gender="male", note="the name after the cue, a weekday and the title")
    Q(a, "explique que [le fonds a été séduit par la fidélité des commerçants].", "indirect", "explique", (MD, MD, PER),
      gender="female", note="'X, associée chez Y, explique que <clause>'")
    Q(a, f"{O}[{KP} a le meilleur taux de rétention de la région. Nous serons aussi présents au prochain tour]{C}",
      "direct", "a-t-elle précisé", ("a-t-[elle] précisé", MD, PER), gender="female", note="two sentences; pronoun cue")
    Q(a, f"selon {JA}, [{KP} envisage de racheter le camerounais {MP}, valorisé 25 millions de dollars].", "indirect",
      f"[selon] {JA}", (JA, JA, ORG), note="'selon' after a colon, lower case; a magazine")
    V(a, "funding", "levée de fonds", {"company": KP, "amount": "série B de [45 millions de dollars]", "round": "série B",
                                       "investors": [BGP, "Proparco", "Norfund", OV],
                                       "valuation": "230 millions de dollars", "date": "mardi"},
      note="'a bouclé mardi une levée de fonds de série B de 45 millions de dollars ..., menée par le fonds panafricain X. "
           "Proparco, Norfund et son actionnaire historique Orange Ventures ont également participé ... Cette levée "
           "valorise la société à 230 millions de dollars'; the headline's 'lève' the same round")
    V(a, "role", "directeur financier", {"person": SK, "title": "directeur financier", "organization": MTN},
      note="'ancien directeur financier de MTN Côte d'Ivoire': a former post, title without 'ancien'")
    V(a, "role", "nommé [directeur général]", {"person": SK, "title": "directeur général", "organization": ("opt", KP)},
      note="'a été nommé directeur général': the company of the paragraph ('L'entreprise')")
    V(a, "role", CDG, {"person": AT, "title": CDG, "organization": ("opt", KP)},
      note="'Il succède à X, cofondatrice et directrice générale depuis 2034': the post she leaves, joined titles as written")
    V(a, "acquisition", f"{KP} [s'empare] dans", {"target": NC, "buyer": KP, "amount": "4,5 milliards de francs CFA",
                                                  "date": "lundi", "status": "announced"},
      note="'Kori Pay s'empare ... de la start-up sénégalaise X ... L'accord a été signé lundi ... doit encore être approuvé "
           "par la BCEAO': announced (figurative verb); the headline's 's'empare de' the same fact")
    V(a, "acquisition", "avalé", {"target": FT, "buyer": KP, "amount": "1,8 milliard de francs CFA", "date": "an dernier",
                                  "status": "done"}, note="'L'an dernier, Kori Pay avait déjà avalé le burkinabè X': figurative, done")
    V(a, "result", "chiffre d'affaires", {"company": KP, "metric": "revenue", "amount": "12,6 milliards de francs CFA",
                                          "change": f"58{NB}%", "period": "2040"}, note="'Son chiffre d'affaires': 'Son' is Kori Pay")
    V(a, "result", "perte nette", {"company": KP, "metric": "loss", "amount": "3,1 milliards de francs CFA",
                                   "period": ("opt", "2040")}, note="the same sentence, the year written once")
    V(a, "role", MTNum, {"person": IB, "title": MTNum}, note="no organization")
    V(a, "role", "associée", {"person": MD, "title": "associée", "organization": BGP})
    V(a, "acquisition", "racheter", {"target": MP, "buyer": KP, "status": "planned"},
      note="'selon Jeune Afrique, Kori Pay envisage de racheter le camerounais X': planned")
    V(a, "valuation", "valorisé", {"company": MP, "amount": "25 millions de dollars"},
      note="'X, valorisé 25 millions de dollars': no funding event carries it")


# ---------------------------------------------------------------- O4: a Pro D2 rugby club in talks with a US fund, its finances, a sponsor, the coach and the mayor (French sports site)
def define_o4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "« ", " »"
    RCA, RSP, URS, WW, PR, VF = ("Rugby Club Angoumois", "Redwater Sports Partners", "Union Rugby Saintongeaise",
                                 "Wessex Wolves", "Provence Rugby", "Vautrel & Fils")
    JMe, BL, MK, FL, PA = ("Julien Mercadier", "Bernard Lafitte", "Matthew Kerrigan", "Franck Larrieu", "Philippe Ardouin")
    EV, YB, CC = "Édouard Vautrel", "Yannick Brouard", "Cœur Charente"
    text = (
        f"Rugby : le {RCA} pourrait passer sous pavillon américain\n"
        f"Par {JMe}, le 13 juin 2041 à 18h05\n\n"
        f"Le fonds américain {RSP} serait en discussions avec l'homme d'affaires charentais {BL} pour lui racheter "
        f"70 % du {RCA}, quatrième de Pro D2, selon Sud Ouest. Le prix évoqué avoisinerait 18 millions d'euros. "
        f"Redwater envisage aussi de racheter l'{URS}, pensionnaire de Nationale, a ajouté le quotidien. {BL}, "
        "président du club depuis 2031, qui détient 85 % du capital, a confirmé lundi que des discussions étaient en "
        "cours. Il n'a donné aucun calendrier. Le schéma prévoit une « gouvernance partagée » : l'homme d'affaires "
        "garderait 15 % des parts et un siège au conseil.\n\n"
        f"Redwater, qui gère 4 milliards de dollars d'actifs, a racheté en 2039 le club anglais des {WW}. Il détient aussi des parts dans deux franchises de "
        f"rugby aux États-Unis. Son patron, "
        f"{MK}, a assisté samedi à la demi-finale perdue par Angoulême face à {PR} (19-24). Le fonds {O}étudie "
        f"plusieurs opportunités en France{C}, s'est borné à indiquer un porte-parole à New York.\n\n"
        "Le club a réalisé l'an dernier un chiffre d'affaires de 16,3 millions d'euros, en hausse de 9 %, mais son "
        "déficit s'est creusé à 2,4 millions d'euros. Fin mars, la DNACG, le gendarme financier du rugby "
        "professionnel, lui a imposé un encadrement de sa masse salariale, qui absorbe 62 % du budget. Pour rassurer, le club a signé mercredi un "
        f"contrat de sponsoring maillot avec la maison de cognac {VF}, qui apportera 4,5 millions d'euros sur trois "
        f"ans. {O}Le club porte l'image de la Charente dans tout le pays{C}, a commenté son directeur général, {EV}.\n\n"
        f"{O}Un investisseur solide, c'est ce qui nous manque pour viser le Top 14. Les joueurs le savent et restent "
        f"concentrés{C}, a déclaré l'entraîneur {FL}. {O}Mais il faudra respecter l'identité du club{C}, a-t-il "
        f"ajouté. Le maire d'Angoulême, {PA}, se dit {O}ouvert à un investisseur étranger{C}, à condition que "
        f"l'équipe reste en ville. {O}Le stade Léon-Bonnet appartient à la ville et il le restera{C}, a prévenu l'élu. "
        "Selon lui, la collectivité verse déjà 600 000 euros de subventions par an au club.\n\n"
        f"Chez les supporters, l'inquiétude domine. Le président de l'association {CC}, {YB}, craint que le fonds ne "
        f"{O}délocalise des matches à Bordeaux{C}. Une pétition a déjà recueilli 3 000 signatures.")
    a = B.article("O4-rugby-club-angouleme-fonds-americain", "2041-06-13", text)
    for s, l, c in [(RCA, ORG, None), (JMe, PER, None), (RSP, ORG, None), ("Redwater", ORG, RSP), (BL, PER, None),
                    ("Pro D2", MISC, None), ("Sud Ouest", ORG, None), (URS, ORG, None), ("Nationale", MISC, None),
                    (WW, ORG, None), (MK, PER, None), ("par [Angoulême] face", ORG, RCA), (PR, ORG, None),
                    ("France", LOC, None), ("États-Unis", LOC, None), ("New York", LOC, None), ("DNACG", ORG, None), (VF, ORG, None),
                    ("Top 14", MISC, None), (FL, PER, None), ("Angoulême", LOC, None), (PA, PER, None),
                    ("stade Léon-Bonnet", LOC, None), (EV, PER, None), (CC, ORG, None), ("Charente", LOC, None),
                    (YB, PER, None), ("Bordeaux", LOC, None)]:
        E(a, s, l, c)
    a["notes"].append("A French sports news site's article: a headline opened by the section word 'Rugby' and a colon, a "
                      "byline line with the day and a clock time with 'h' ('Par Julien Mercadier, le 13 juin 2041 à "
                      "18h05'), no dateline. The reference date is that day (Thursday 13 June 2041): the seller confirmed "
                      "on Monday, the semi-final was played on Saturday, the sponsor deal signed on Wednesday. Straight "
                      "apostrophes; ordinary spaces before '%', before the colons, inside the guillemets and in the "
                      "amount '600 000 euros' and the count '3 000 signatures'.")
    a["notes"].append("Entities: the coined club 'Rugby Club Angoumois' (headline and lead, one ORG); its town in a match "
                      "('la demi-finale perdue par Angoulême face à Provence Rugby') ORG with the club's canonical, as "
                      "'Besançon a battu' in the thirty-first set; 'Angoulême' of 'Le maire d'Angoulême' LOC; the coined "
                      "fund 'Redwater Sports Partners' and 'Redwater' (twice, canonical the full name); 'Pro D2', "
                      "'Nationale' (divisions) and 'Top 14' (inside marked words) MISC, as competitions in the earlier "
                      "sets; 'stade Léon-Bonnet' one LOC with 'stade' inside; 'Sud Ouest' (paper), 'DNACG', the coined "
                      "'Union Rugby Saintongeaise', 'Wessex Wolves', 'Vautrel & Fils', the supporters' 'Cœur Charente' (no "
                      "separate 'Charente') and the real 'Provence Rugby' ORG; 'Charente' and 'Bordeaux' (inside marked "
                      "words), 'États-Unis', 'France' (inside marked words) and 'New York' LOC. "
                      "Not names: 'Rugby' (section word), 'le quotidien', 'le club', 'Le fonds', 'l'élu', 'la "
                      "collectivité'; 'américain', 'charentais', 'anglais' are adjectives.")
    a["notes"].append("Quotes (11 required: 7 direct, 4 indirect). Not quotes: the headline, '« gouvernance partagée »' (a "
                      "term between marks, no one saying it), 'Le prix évoqué avoisinerait ...' (the paper's figure, no "
                      "speech verb), 'Il n'a donné aucun calendrier'.")
    a["notes"].append("Events (11 required): the talks to buy 70 % of the club ('serait en discussions ... pour lui racheter "
                      "70 % ...': planned, seller a person; the price in the next sentence; the headline the same fact); "
                      "the fund's other target ('envisage aussi de racheter', planned); the fund's earlier purchase (done, "
                      "2039); results 'l'an dernier' (revenue with change, deficit as a loss, period optional); roles (the "
                      "seller 'président du club', the fund's 'patron' with 'Son', the coach, the mayor without "
                      "organization, the sponsor's CEO with 'son', the supporters' president). Not events: the 15 % kept, the DNACG's measure, the sponsorship (as in the earlier "
                      "sets), the subsidies, the match, the payroll's 62 % of the budget.")
    M(a, "18 millions d'euros", 18e6, "EUR")
    M(a, "4 milliards de dollars", 4e9, "USD")
    M(a, "16,3 millions d'euros", 16.3e6, "EUR")
    M(a, "2,4 millions d'euros", 2.4e6, "EUR")
    M(a, "4,5 millions d'euros", 4.5e6, "EUR")
    M(a, "600 000 euros", 600e3, "EUR")
    P(a, "70 %", 70)
    P(a, "85 %", 85)
    P(a, "15 %", 15)
    P(a, "9 %", 9)
    P(a, "62 %", 62)
    D(a, "13 juin 2041 à 18h05", "2041-06-13T18:05", typ="TIME", note="the byline's day and clock time")
    D(a, "2031", "2031", note="'président du club depuis 2031'")
    D(a, "lundi", "2041-06-10", note="past: 'a confirmé lundi'")
    D(a, "2039", "2039")
    D(a, "samedi", "2041-06-08", note="past: 'a assisté samedi'")
    D(a, "an dernier", "2040", note="'Le club a réalisé l'an dernier'")
    D(a, "Fin mars", "2041-03", mod="END", note="past, sentence-initial")
    D(a, "mercredi", "2041-06-12", note="past: 'a signé mercredi'")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'sur trois ans'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    Q(a, f"[Le fonds américain {RSP} serait en discussions avec l'homme d'affaires charentais {BL} pour lui racheter 70 % du {RCA}, quatrième de Pro D2], selon",
      "indirect", "[selon] Sud Ouest", ("Sud Ouest", "Sud Ouest", ORG), note="a sentence before an inverted 'selon' and a paper")
    Q(a, f"[Redwater envisage aussi de racheter l'{URS}, pensionnaire de Nationale], a ajouté", "indirect", "a ajouté",
      ("le [quotidien].", "Sud Ouest", ORG), note="'a ajouté le quotidien': the paper named in the sentence before")
    Q(a, "a confirmé lundi que [des discussions étaient en cours].", "indirect", "a confirmé", (BL, BL, PER),
      gender="male", note="'X, président du club ..., qui détient 85 % du capital, a confirmé lundi que <clause>'")
    Q(a, f"{O}[étudie plusieurs opportunités en France]{C}", "direct", "s'est borné à indiquer",
      ("un [porte-parole] à", None, None), gender="male",
      note="'Le fonds « ... », s'est borné à indiquer un porte-parole': a sentence partly marked; an unnamed spokesman")
    Q(a, f"{O}[Un investisseur solide, c'est ce qui nous manque pour viser le Top 14. Les joueurs le savent et restent concentrés]{C}",
      "direct", "a déclaré", (FL, FL, PER), gender="male", note="two sentences; the name after the title, no comma")
    Q(a, f"{O}[Mais il faudra respecter l'identité du club]{C}", "direct", "a-t-il ajouté", ("a-t-[il] ajouté", FL, PER),
      gender="male", note="a pronoun in an inverted cue: the coach")
    Q(a, f"{O}[ouvert à un investisseur étranger]{C}", "direct", "se dit", (PA, PA, PER), gender="male",
      note="'Le maire d'Angoulême, X, se dit « ... », à condition que ...': the marked words one direct quote")
    Q(a, f"{O}[Le stade Léon-Bonnet appartient à la ville et il le restera]{C}", "direct", "a prévenu",
      ("a prévenu l'[élu].", PA, PER), gender="male", note="'l'élu' stands for the mayor of the sentence before")
    Q(a, f"{O}[Le club porte l'image de la Charente dans tout le pays]{C}", "direct", "a commenté", (EV, EV, PER),
      gender="male", note="the name after the cue and 'son directeur général'")
    Q(a, f"{O}[délocalise des matches à Bordeaux]{C}", "direct", "craint", (YB, YB, PER), gender="male",
      note="'craint que le fonds ne « ... »': a clause partly marked, one direct quote for the marked words")
    Q(a, "Selon lui, [la collectivité verse déjà 600 000 euros de subventions par an au club].", "indirect",
      "[Selon] lui", ("Selon [lui], la", PA, PER), gender="male", note="'lui' is the mayor")
    V(a, "acquisition", "racheter", {"target": f"du [{RCA}], quatrième", "buyer": RSP, "seller": BL, "stake": "70 %",
                                     "amount": "18 millions d'euros", "status": "planned"}, nth=0,
      note="'serait en discussions avec X pour lui racheter 70 % du Rugby Club Angoumois ... Le prix évoqué avoisinerait 18 "
           "millions d'euros': planned; the seller a person; the headline's 'pourrait passer sous pavillon américain' the "
           "same fact")
    V(a, "acquisition", "racheter", {"target": URS, "buyer": "Redwater", "status": "planned"}, nth=1,
      note="'Redwater envisage aussi de racheter X': planned")
    V(a, "role", "président du club", {"person": BL, "title": "président", "organization": ("opt", f"du [{RCA}], quatrième")},
      note="'X, président du club depuis 2031': title 'président', the club of the sentence before")
    V(a, "acquisition", "racheté", {"target": WW, "buyer": "Redwater", "date": "2039", "status": "done"},
      note="'Redwater ... a racheté en 2039 le club anglais des X': done, no price")
    V(a, "role", "patron", {"person": MK, "title": "patron", "organization": ("opt", "Redwater")},
      note="'Son patron, X': 'Son' is Redwater")
    V(a, "result", "chiffre d'affaires", {"company": f"du [{RCA}], quatrième", "metric": "revenue",
                                          "amount": "16,3 millions d'euros", "change": "9 %", "period": "an dernier"},
      note="'Le club a réalisé l'an dernier un chiffre d'affaires de 16,3 millions d'euros, en hausse de 9 %'")
    V(a, "result", "déficit", {"company": f"du [{RCA}], quatrième", "metric": "loss", "amount": "2,4 millions d'euros",
                               "period": ("opt", "an dernier")}, note="'son déficit s'est creusé à 2,4 millions d'euros': a loss")
    V(a, "role", "entraîneur", {"person": FL, "title": "entraîneur", "organization": ("opt", f"du [{RCA}], quatrième")},
      note="'l'entraîneur X': the club of the article")
    V(a, "role", "maire", {"person": PA, "title": "maire"}, note="'Le maire d'Angoulême, X': no organization (a place)")
    V(a, "role", "directeur général", {"person": EV, "title": "directeur général", "organization": ("opt", VF)},
      note="'son directeur général, X': 'son' is the cognac house of the sentence before")
    V(a, "role", "Le [président] de l'association", {"person": YB, "title": "président", "organization": CC},
      note="'Le président de l'association Cœur Charente, X'")
