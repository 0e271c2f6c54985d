"""The three articles of the thirty-eighth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind38`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, before 'point', before M€ / Md€, before the colon and inside the guillemets in A4)
AP = "\u2019"    # typographic apostrophe (every apostrophe of B4)


def define(B):
    define_a4(B)
    define_b4(B)
    define_c4(B)


def define_a4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    MI, KV, ICP, SP, TPI = ("Meyrand Industries", "Kessler Vakuumtechnik", "Isar Capital Partners", "S&P Global Ratings",
                            "TP ICAP Midcap")
    HF, CMo, MB, LC, SR, CR, JV = ("Hugo Ferrand", "Claire Moutet", "Markus Brandl", "Laurent Castagné",
                                   "Sophie Réaubourg", "Camille Roussel", "Julien Vasseur")
    E12, E141, E865, E131, E105, E450 = ("1,2 milliard d'euros", "141,6 millions d'euros", "86,5 millions d'euros",
                                         "1,31 milliard d'euros", f"1,05{NB}Md€", f"450{NB}M€")
    # ------------------------------------------------------------ A4: a listed Grenoble maker of compressors and vacuum pumps: half-year revenue, operating income and margin, net profit, orders and order book, raised guidance, a bolt-on German purchase signed the same day with its price, an earlier purchase, the CEO, the CFO, a rating agency, the share's jump and market value, two analysts (French business daily, web)
    a = B.article("A4-resultats-semestriels-compresseurs-grenoble", "2040-07-26", (
        f"{MI} relève son objectif de marge et s'empare de l'allemand Kessler\n"
        f"Par {HF} et {CMo}\n"
        "Publié le 26 juil. 2040 à 7h05Mis à jour le 26 juil. 2040 à 12h31\n\n"
        f"Le fabricant grenoblois de compresseurs et de pompes à vide {MI} a publié mercredi des résultats semestriels "
        "meilleurs que prévu et relevé son objectif de marge pour 2040. Son chiffre d'affaires a progressé de "
        f"7,4{NB}% au premier semestre, à {E12}, dont 5,1{NB}% de croissance organique. Le résultat opérationnel "
        f"courant atteint {E141}, soit une marge de 11,8{NB}%, en hausse de 0,9{NB}point, et le bénéfice net part du "
        f"groupe bondit de 23{NB}%, à {E865}.\n\n"
        f"Les prises de commandes ont atteint {E131} (+9{NB}%) et le carnet de commandes s'élevait à {E105} fin juin. "
        f"Meyrand vise désormais une marge opérationnelle courante d'au moins 12{NB}%, contre environ 11,5{NB}% "
        f"auparavant, et confirme une croissance organique comprise entre 4 et 6{NB}%, a indiqué le groupe dans un "
        "communiqué.\n\n"
        f"Meyrand a par ailleurs signé mercredi un accord pour s'emparer de {KV}, un spécialiste bavarois des pompes "
        f"pour la pharmacie, pour {E450}. Le vendeur, le fonds munichois {ICP}, en était l'actionnaire majoritaire "
        "depuis 2034. L'entreprise de Rosenheim a réalisé l'an dernier un chiffre d'affaires de 162 millions d'euros. "
        "La transaction doit être finalisée d'ici à la fin de l'année. Le directeur général de Kessler, "
        f"{MB}, restera aux commandes, a précisé Meyrand.\n\n"
        f"{O}Kessler nous ouvre les portes des laboratoires pharmaceutiques. C'est exactement le type d'acquisition "
        f"ciblée que nous recherchons{C}, a expliqué le PDG de Meyrand, {LC}. Il a ajouté que le groupe étudiait "
        f"{O}deux ou trois autres dossiers de taille comparable{C} en Europe et aux États-Unis. Cette opération est "
        "toutefois la plus importante depuis le rachat du néerlandais Vaxflow, sur lequel Meyrand avait mis la main en "
        "2038 pour 310 millions d'euros, a-t-il rappelé.\n\n"
        f"La directrice financière, {SR}, a indiqué que l'acquisition serait financée par la trésorerie et par un prêt "
        f"bancaire de 250 millions d'euros, et qu'elle serait relutive dès 2041. {O}Nous ramènerons le levier sous 1,5 "
        f"fois l'excédent brut d'exploitation en dix-huit mois{C}, a-t-elle assuré. Dans une note publiée jeudi, "
        f"l'agence de notation {SP} a maintenu la note BBB- de Meyrand. Selon l'agence, le surcroît d'endettement "
        f"reste {O}absorbable{C}.\n\n"
        f"À la Bourse de Paris, le titre Meyrand s'envolait jeudi de 8,6{NB}%, à 61,40 euros, plus forte hausse du SBF "
        f"120, ce qui porte la capitalisation du groupe à 2,9 milliards d'euros. L'action a pris 22{NB}% depuis le 1er "
        f"janvier. {CR}, analyste chez {TPI}, résume{NB}: {O}Le marché attendait une marge de 11,2{NB}%. Meyrand fait "
        f"mieux, et paie Kessler un prix raisonnable.{C} D'après {JV}, analyste chez Portzamparc, le groupe pourrait "
        "relever une nouvelle fois ses objectifs en octobre."))
    for s, l, c, o in [(MI, ORG, None, False), ("Meyrand", ORG, MI, False), (KV, ORG, None, False),
                       ("Kessler", ORG, KV, False), (HF, PER, None, False), (CMo, PER, None, False),
                       (ICP, ORG, None, False), ("Rosenheim", LOC, None, False), (MB, PER, None, False),
                       (LC, PER, None, False), ("Europe", LOC, None, False), ("États-Unis", LOC, None, False),
                       ("Vaxflow", ORG, None, False), (SR, PER, None, False), (SP, ORG, None, False),
                       ("Bourse de Paris", ORG, None, False), ("SBF 120", MISC, None, True), (CR, PER, None, False),
                       (TPI, ORG, None, False), (JV, PER, None, False), ("Portzamparc", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French business daily copied as plain text: a headline with no section word, a "
                      "byline naming two journalists joined by 'et' ('Par Hugo Ferrand et Claire Moutet'), then *new*: "
                      "a publication line and an update line run together with no space or separator between them, as "
                      "they come out of a copied web page, each with the *new* abbreviated month 'juil.' and a clock "
                      "time with 'h' ('Publié le 26 juil. 2040 à 7h05Mis à jour le 26 juil. 2040 à 12h31'), no dateline. "
                      "The reference date is that day (Thursday 26 July 2040): the accounts were released the day "
                      "before ('a publié mercredi'), the share moved 'jeudi'. Straight apostrophes; "
                      "no-break spaces (U+00A0) before '%', before 'point', before the symbols of '450 M€' and '1,05 "
                      "Md€', before the analyst's colon and inside the guillemets.")
    a["notes"].append("Entities: the coined Grenoble group 'Meyrand Industries' (headline, lead) and its short form "
                      "'Meyrand' (eight mentions, canonical the full name), the coined Bavarian firm 'Kessler "
                      "Vakuumtechnik' and its short form 'Kessler' (headline after the adjective 'l'allemand', 'Le "
                      "directeur général de Kessler', inside the CEO's and the analyst's marked words: canonical the full "
                      "name), the coined Munich fund 'Isar Capital Partners', the coined Dutch firm 'Vaxflow', the rating "
                      "agency 'S&P Global Ratings', 'Bourse de Paris' (one ORG), the brokers 'TP ICAP Midcap' and "
                      "'Portzamparc' (after 'chez') are ORG; 'Rosenheim' (the target's town, 'L'entreprise de "
                      "Rosenheim'), 'Europe' and 'États-Unis' are LOC; the two journalists, the target's CEO, the buyer's "
                      "CEO, the CFO and the two analysts are PER (all invented). Optional: the index 'SBF 120' (MISC, as "
                      "in the earlier sets). Not names: 'le groupe', "
                      "'Le vendeur', 'L'entreprise de Rosenheim' (the noun), 'La transaction', 'l'agence', 'le titre', "
                      "'L'action', 'BBB-' (a rating); 'grenoblois', 'allemand', 'bavarois', 'munichois', 'néerlandais' "
                      "are adjectives.")
    a["notes"].append("Quotes (10 required: 5 direct, 5 indirect): the guidance told by the company through a noun phrase "
                      "after an unmarked clause ('Meyrand vise désormais ..., et confirme une croissance organique comprise "
                      "entre 4 et 6 %, a indiqué le groupe dans un communiqué': the clause from 'Meyrand' to the comma, "
                      "speaker the noun 'groupe', canonical Meyrand Industries, ORG; the communiqué is the medium); the "
                      "target's CEO staying told by the buyer by name ('<clause>, a précisé Meyrand'); the buyer's CEO "
                      "named in apposition after the cue ('« ... », a expliqué le PDG de Meyrand, X': two sentences in one "
                      "pair of marks), then 'Il a ajouté que le groupe étudiait « ... » en Europe et aux États-Unis' (a "
                      "clause partly marked: one direct quote for the marked words), then *new*: an unmarked sentence "
                      "opened by the anaphoric 'Cette opération' before an inverted pronoun cue ('Cette opération est "
                      "toutefois la plus importante depuis le rachat ..., a-t-il rappelé': the relative clause inside); the "
                      "CFO named in apposition before 'a indiqué que <clause>, et qu'<clause>' (one indirect quote from "
                      "after the first 'que' to the full stop, the second 'que' inside) then '« ... », a-t-elle assuré'; "
                      "*new*: the rating agency through the noun after 'Selon' with one marked word ('Selon l'agence, le "
                      "surcroît d'endettement reste « absorbable »': one direct quote, speaker the noun 'agence', "
                      "canonical S&P Global Ratings, ORG); the first analyst named before a present-tense cue and a colon "
                      "('X, analyste chez TP ICAP Midcap, résume : « ... »': two sentences, the final full stop inside the "
                      "marks); the second analyst after 'D'après' ('D'après X, analyste chez Portzamparc, <clause>'). Not "
                      "quotes: the headline, the lead (facts), 'La transaction doit être finalisée ...', 'a maintenu la "
                      "note BBB-' (a rating, no words reported).")
    a["notes"].append("Events: results of the first half (the half written in the revenue's sentence): the revenue ('Son "
                      "chiffre d'affaires a progressé de 7,4 % au premier semestre, à 1,2 milliard d'euros': change 7,4, "
                      "period 2040-H1; the organic '5,1 %' no argument), the operating income ('Le résultat opérationnel "
                      "courant atteint 141,6 millions d'euros': operating_income, period optional, the half written once "
                      "in the sentence before) and the net profit ('le bénéfice net part du groupe bondit de 23 %, à 86,5 "
                      "millions d'euros': net_income, change 23, period optional); the orders intake ('Les prises de "
                      "commandes ont atteint 1,31 milliard d'euros (+9 %)': orders, change 9, period optional) and the "
                      "order book ('le carnet de commandes s'élevait à 1,05 Md€ fin juin': orders, period optional); "
                      "optional: the margin ('soit une marge de 11,8 %, en hausse de 0,9 point': a margin's level, metric "
                      "other, no amount, as in the earlier sets). The target's revenue ('L'entreprise de Rosenheim a "
                      "réalisé l'an dernier un chiffre d'affaires de 162 millions d'euros': "
                      "company Kessler through the noun, period 2039). Acquisitions: *new* the bolt-on signed the day "
                      "of the accounts with the figurative 's'emparer de' ('Meyrand a par ailleurs signé mercredi un "
                      "accord pour s'emparer de Kessler Vakuumtechnik ..., pour 450 M€. Le vendeur, le "
                      "fonds munichois Isar Capital Partners ... La transaction doit être finalisée d'ici à la fin de "
                      "l'année': status announced (signed, closing to come), seller the fund, date the signing "
                      "'mercredi'; the headline's 's'empare de' and 'Cette opération' the same fact); the earlier "
                      "purchase ('le rachat du néerlandais Vaxflow, sur lequel Meyrand avait mis la main en 2038 pour 310 "
                      "millions d'euros': done, trigger 'mis la main', one event for 'rachat' and 'mis la main'). "
                      "Valuation: the market value after the jump ('ce qui porte la capitalisation du groupe à 2,9 "
                      "milliards d'euros': no funding event carries it, no date). Roles: 'Le directeur général de "
                      "Kessler, X', 'le PDG de Meyrand, X', 'X, analyste chez TP ICAP Midcap', 'X, analyste chez "
                      "Portzamparc' (organization required), 'La directrice financière, X' (organization optional: the "
                      "company of the article). Not events: the guidance (targets), the bank loan financing the purchase "
                      "(debt for an acquisition, no funding round), the seller's holding 'depuis 2034' (no purchase "
                      "told), the rating kept, the leverage target, the share moves, the headline.")
    a["notes"].append("Money: euros EUR: the revenue '1,2 milliard d'euros', the operating income '141,6 millions "
                      "d'euros', the net profit '86,5 millions d'euros', the orders '1,31 milliard d'euros', *new*: the "
                      "order book '1,05 Md€' and the price '450 M€' (a no-break space before the symbol), the target's "
                      "revenue '162 millions d'euros', the earlier price '310 millions d'euros', the loan '250 millions "
                      "d'euros', the share price '61,40 euros', the market value '2,9 milliards d'euros'. '1,5 fois' is no "
                      "money. Percentages: the revenue's rise "
                      "'7,4 %', the organic '5,1 %', the margin '11,8 %', the margin's rise '0,9 point' (points), the net "
                      "profit's rise '23 %', the orders' signed rise in brackets '+9 %', the targets 'd'au moins 12 %' "
                      "(span '12 %') and 'environ 11,5 %' (span '11,5 %'), the range 'entre 4 et 6 %' (span '4 et 6 %', "
                      "value 4), the share's jump '8,6 %', the expected margin '11,2 %' inside marked words, the year's "
                      "rise '22 %'.")
    a["notes"].append("Dates: *new*: the two run-together lines, '26 juil. 2040 à 7h05' (the publication, TIME "
                      "2040-07-26T07:05; the update's 'Mis' follows the digits with no space) and '26 juil. 2040 à 12h31' "
                      "(the update, TIME 2040-07-26T12:31); 'mercredi' twice (the release and the signing) 2040-07-25; "
                      "'objectif de marge pour 2040' the year; 'au premier semestre' 2040-H1; 'fin juin' 2040-06 with mod "
                      "END; 'depuis 2034' and 'en 2038' the years; 'l'an dernier' 2039 (span 'an dernier'); 'd'ici à la "
                      "fin de l'année' span 'fin de l'année', 2040 with mod END; 'dès 2041' (inside the CFO's reported "
                      "clause) the year; 'en dix-huit mois' (inside marked words) span 'dix-huit mois', P18M; 'jeudi' "
                      "twice (the agency's note, the share's move) 2040-07-26; 'depuis le 1er janvier' 2040-01-01; 'en "
                      "octobre' (future, inside the second analyst's clause) 2040-10.")
    M(a, E12, 1.2e9, "EUR")
    M(a, E141, 141.6e6, "EUR")
    M(a, E865, 86.5e6, "EUR")
    M(a, E131, 1.31e9, "EUR")
    M(a, E105, 1.05e9, "EUR")
    M(a, E450, 450e6, "EUR")
    M(a, "162 millions d'euros", 162e6, "EUR")
    M(a, "310 millions d'euros", 310e6, "EUR")
    M(a, "250 millions d'euros", 250e6, "EUR")
    M(a, "61,40 euros", 61.4, "EUR")
    M(a, "2,9 milliards d'euros", 2.9e9, "EUR")
    P(a, f"7,4{NB}%", 7.4)
    P(a, f"5,1{NB}%", 5.1)
    P(a, f"11,8{NB}%", 11.8)
    P(a, f"0,9{NB}point", 0.9, points=True)
    P(a, f"23{NB}%", 23)
    P(a, f"+9{NB}%", 9)
    P(a, f"12{NB}%", 12)
    P(a, f"11,5{NB}%", 11.5)
    P(a, f"4 et 6{NB}%", 4)
    P(a, f"8,6{NB}%", 8.6)
    P(a, f"22{NB}%", 22)
    P(a, f"11,2{NB}%", 11.2)
    D(a, "Publié le [26 juil. 2040 à 7h05]Mis", "2040-07-26T07:05", typ="TIME",
      note="*new*: the publication line with the abbreviated month 'juil.', run together with the update line")
    D(a, "Mis à jour le [26 juil. 2040 à 12h31]", "2040-07-26T12:31", typ="TIME", note="the update line")
    D(a, "mercredi", "2040-07-25", nth=0, note="past: 'a publié mercredi, après la clôture de la Bourse'")
    D(a, "marge pour [2040]", "2040", note="'relevé son objectif de marge pour 2040'")
    D(a, "premier semestre", "2040-H1", note="'Son chiffre d'affaires a progressé de 7,4 % au premier semestre'")
    D(a, "fin juin", "2040-06", mod="END", note="'le carnet de commandes s'élevait à 1,05 Md€ fin juin'")
    D(a, "mercredi", "2040-07-25", nth=1, note="past: 'Meyrand a par ailleurs signé mercredi un accord'")
    D(a, "2034", "2034", note="'en était l'actionnaire majoritaire depuis 2034'")
    D(a, "an dernier", "2039", note="'a réalisé l'an dernier un chiffre d'affaires de 162 millions d'euros'")
    D(a, "fin de l'année", "2040", mod="END", note="future: 'doit être finalisée d'ici à la fin de l'année'")
    D(a, "2038", "2038", note="'avait mis la main en 2038'")
    D(a, "2041", "2041", note="'qu'elle serait relutive dès 2041', inside the CFO's reported clause")
    D(a, "dix-huit mois", "P18M", typ="DURATION", note="'en dix-huit mois', inside the CFO's marked words")
    D(a, "jeudi", "2040-07-26", nth=0, note="'Dans une note publiée jeudi': the publication day")
    D(a, "jeudi", "2040-07-26", nth=1, note="'le titre Meyrand s'envolait jeudi': the publication day")
    D(a, "1er janvier", "2040-01-01", note="'L'action a pris 22 % depuis le 1er janvier'")
    D(a, "octobre", "2040-10", note="future: 'pourrait relever ... ses objectifs en octobre', inside the analyst's clause")
    Q(a, f"[Meyrand vise désormais une marge opérationnelle courante d'au moins 12{NB}%, contre environ 11,5{NB}% auparavant, et confirme une croissance organique comprise entre 4 et 6{NB}%], a indiqué",
      "indirect", "a indiqué", ("a indiqué le [groupe] dans", MI, ORG),
      note="an unmarked clause before an inverted cue; the company through the noun 'groupe', the communiqué the medium")
    Q(a, f"[Le directeur général de Kessler, {MB}, restera aux commandes], a précisé", "indirect", "a précisé",
      ("a précisé [Meyrand].", MI, ORG),
      note="an unmarked clause before an inverted cue; the buyer speaks by its short name (canonical the full name)")
    Q(a, f"{O}[Kessler nous ouvre les portes des laboratoires pharmaceutiques. C'est exactement le type d'acquisition ciblée que nous recherchons]{C}",
      "direct", "a expliqué", (LC, LC, PER), gender="male",
      note="two sentences in one pair of marks; the name in apposition to 'le PDG de Meyrand', after the cue")
    Q(a, f"{O}[deux ou trois autres dossiers de taille comparable]{C}", "direct", "a ajouté", ("[Il] a ajouté", LC, PER),
      gender="male",
      note="'Il a ajouté que le groupe étudiait « ... » en Europe et aux États-Unis': a clause partly marked, one direct "
           "quote for the marked words; 'Il' is the CEO of the sentence before")
    Q(a, "[Cette opération est toutefois la plus importante depuis le rachat du néerlandais Vaxflow, sur lequel Meyrand avait mis la main en 2038 pour 310 millions d'euros], a-t-il",
      "indirect", "a-t-il rappelé", ("a-t-[il] rappelé", LC, PER), gender="male",
      note="*new*: an unmarked sentence opened by the anaphoric 'Cette opération' (the Kessler deal) before an inverted "
           "pronoun cue; the CEO")
    Q(a, "indiqué que [l'acquisition serait financée par la trésorerie et par un prêt bancaire de 250 millions d'euros, et qu'elle serait relutive dès 2041].",
      "indirect", "a indiqué", (SR, SR, PER), gender="female",
      note="two clauses after 'a indiqué que ... et que': one indirect quote; the name in apposition to 'La directrice "
           "financière', before the cue")
    Q(a, f"{O}[Nous ramènerons le levier sous 1,5 fois l'excédent brut d'exploitation en dix-huit mois]{C}", "direct",
      "a-t-elle assuré", ("a-t-[elle] assuré", SR, PER), gender="female",
      note="a pronoun in an inverted cue: the CFO")
    Q(a, f"{O}[absorbable]{C}", "direct", "[Selon] l'agence", ("Selon l'[agence], le", SP, ORG),
      note="*new*: 'Selon l'agence, le surcroît d'endettement reste « absorbable »': one marked word after 'Selon' and a "
           "clause; the speaker the noun 'agence', canonical the rating agency named in the sentence before")
    Q(a, f"{O}[Le marché attendait une marge de 11,2{NB}%. Meyrand fait mieux, et paie Kessler un prix raisonnable.]{C}",
      "direct", "résume", (CR, CR, PER),
      note="'X, analyste chez TP ICAP Midcap, résume : « ... »': a present-tense cue and a colon before the marks; the "
           "final full stop inside the marks; no gender shown (an epicene given name, no agreement)")
    Q(a, f"Portzamparc, [le groupe pourrait relever une nouvelle fois ses objectifs en octobre].",
      "indirect", "D'après", (JV, JV, PER), gender="male",
      note="'D'après X, analyste chez Portzamparc, <clause>': the clause after the apposition")
    V(a, "result", "chiffre d'affaires", {"company": f"vide [{MI}] a publié", "metric": "revenue", "amount": E12,
                                          "change": f"7,4{NB}%", "period": "premier semestre"}, nth=0,
      note="'Son chiffre d'affaires a progressé de 7,4 % au premier semestre, à 1,2 milliard d'euros'")
    V(a, "result", "résultat opérationnel courant", {"company": f"vide [{MI}] a publié", "metric": "operating_income",
                                                     "amount": E141, "period": ("opt", "premier semestre")},
      note="'Le résultat opérationnel courant atteint 141,6 millions d'euros': the half written once, in the sentence before")
    V(a, "result", "marge", {"company": f"vide [{MI}] a publié", "metric": "other"}, nth=2, optional=True,
      note="'soit une marge de 11,8 %, en hausse de 0,9 point': a margin's level, no amount, optional as in the earlier sets")
    V(a, "result", "bénéfice net part du groupe", {"company": f"vide [{MI}] a publié", "metric": "net_income",
                                                   "amount": E865, "change": f"23{NB}%",
                                                   "period": ("opt", "premier semestre")},
      note="'le bénéfice net part du groupe bondit de 23 %, à 86,5 millions d'euros'")
    V(a, "result", "prises de commandes", {"company": f"vide [{MI}] a publié", "metric": "orders", "amount": E131,
                                           "change": f"+9{NB}%", "period": ("opt", "premier semestre")},
      note="'Les prises de commandes ont atteint 1,31 milliard d'euros (+9 %)': the half's orders intake")
    V(a, "result", "carnet de commandes", {"company": f"vide [{MI}] a publié", "metric": "orders", "amount": E105,
                                           "period": ("opt", "fin juin")},
      note="'le carnet de commandes s'élevait à 1,05 Md€ fin juin': the order book at the half's end")
    V(a, "acquisition", "s'emparer", {"target": KV, "buyer": f"[Meyrand] a par ailleurs", "seller": ICP,
                                      "amount": E450, "date": ("[mercredi] un accord"), "status": "announced"},
      note="*new*: a bolt-on signed the day of the accounts, told with a figurative verb ('Meyrand a par ailleurs signé "
           "mercredi un accord pour s'emparer de Kessler Vakuumtechnik ..., pour 450 M€'), the closing "
           "to come ('La transaction doit être finalisée d'ici à la fin de l'année'): announced; the headline's "
           "'s'empare de' and 'Cette opération' the same fact")
    V(a, "result", "chiffre d'affaires", {"company": f"pour s'emparer de [{KV}]", "metric": "revenue",
                                          "amount": "162 millions d'euros", "period": "an dernier"}, nth=1,
      note="'L'entreprise de Rosenheim a réalisé l'an dernier un chiffre d'affaires de 162 "
           "millions d'euros': the target through a noun")
    V(a, "role", "directeur général", {"person": MB, "title": "directeur général",
                                       "organization": f"général de [Kessler], {MB}"},
      note="'Le directeur général de Kessler, X' (the short name, canonical the full name)")
    V(a, "role", "PDG", {"person": LC, "title": "PDG", "organization": f"PDG de [Meyrand], {LC}"},
      note="'le PDG de Meyrand, X'")
    V(a, "acquisition", "mis la main", {"target": "Vaxflow", "buyer": "sur lequel [Meyrand] avait",
                                        "amount": "310 millions d'euros", "date": "2038", "status": "done"},
      note="'le rachat du néerlandais Vaxflow, sur lequel Meyrand avait mis la main en 2038 pour 310 millions d'euros': "
           "done, one event for 'rachat' and the figurative 'mis la main'")
    V(a, "role", "directrice financière", {"person": SR, "title": "directrice financière",
                                           "organization": ("opt", f"PDG de [Meyrand], {LC}")},
      note="'La directrice financière, X': the company of the article")
    V(a, "valuation", "capitalisation", {"company": "le titre [Meyrand] s'envolait", "amount": "2,9 milliards d'euros"},
      note="'le titre Meyrand s'envolait jeudi de 8,6 % ..., ce qui porte la capitalisation du groupe à 2,9 milliards "
           "d'euros': a market value, no funding event carries it, no date")
    V(a, "role", "analyste", {"person": CR, "title": "analyste", "organization": TPI}, nth=0,
      note="'X, analyste chez TP ICAP Midcap'")
    V(a, "role", "analyste", {"person": JV, "title": "analyste", "organization": "Portzamparc"}, nth=1,
      note="'X, analyste chez Portzamparc'")


def _typo(x):
    """Every straight apostrophe of B4's annotations made typographic (the article uses U+2019 throughout)."""
    if isinstance(x, str):
        return x.replace("'", AP)
    if isinstance(x, tuple):
        return tuple(_typo(v) for v in x)
    if isinstance(x, list):
        return [_typo(v) for v in x]
    if isinstance(x, dict):
        return {k: (v if k == "note" else _typo(v)) for k, v in x.items()}
    return x


def define_b4(B):
    def E(a, s, *r, **kw): B.E(a, _typo(s), *r, **kw)
    def M(a, s, *r, **kw): B.M(a, _typo(s), *r, **kw)
    def D(a, s, *r, **kw): B.D(a, _typo(s), *r, **kw)
    def P(a, s, *r, **kw): B.P(a, _typo(s), *r, **kw)

    def Q(a, text, kind, cue, speaker, **kw):
        B.Q(a, _typo(text), kind, _typo(cue), _typo(speaker), **kw)

    def V(a, typ, trigger, args, **kw):
        B.V(a, typ, _typo(trigger), _typo(args), **kw)

    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article
    FC, RSP, BP, DNCG, LFP = ("FC Val de Loire", "Ridgeline Sports Partners", "Béraud Participations",
                              "Direction nationale du contrôle de gestion", "Ligue de football professionnel")
    RE, ZW, SCR, TL = "Royal Excelsior Namur", "FC Zeewolde", "SC Ribatejo", "Tribune Loire"
    RL, PB, AL, DO, DM, OD, KM = ("Romain Lestrade", "Philippe Béraud", "Antoine Lefeuvre", "Daniel Okafor",
                                  "Didier Mercadal", "Ousmane Diakhaby", "Kévin Marchand")
    # ------------------------------------------------------------ B4: a Ligue 1 club bought by a New York investment fund (stake, price, implied value, debt taken over), the family holding selling, the league's watchdog and the league, the seller, the new executive chairman over two paragraphs, the fund's partner and its other clubs, a paper's report, the coach's contract, a transfer, the supporters' association and the coach's answers in dialogue dashes (sports news site)
    text = (
        f"Le fonds américain Ridgeline met la main sur le {FC}\n"
        f"Par {RL}, à Tours\n"
        "Le 5 mars 2040 à 19h02\n\n"
        f"Le {FC} change de mains. Le fonds d'investissement new-yorkais {RSP} a signé dimanche un accord pour "
        f"racheter 80 % du club tourangeau, huitième de Ligue 1, à la holding familiale {BP}, pour 96 millions "
        "d'euros. Cette opération valorise le club à 120 millions d'euros. Ridgeline reprendra aussi une dette de 45 "
        "millions d'euros. La saison dernière, le club a "
        "réalisé un chiffre d'affaires de 78 millions d'euros, pour une perte nette de 12,4 millions d'euros.\n\n"
        f"La transaction doit encore être validée par la {DNCG} (DNCG), qui "
        f"examinera le dossier le 19 mars. La {LFP} (LFP) a fait savoir qu'elle n'avait "
        f"{O}aucune objection de principe{C} à l'arrivée d'un actionnaire étranger.\n\n"
        f"Président depuis 2029, {PB} conserve 20 % du capital. {O}Le club "
        "avait besoin d'un actionnaire capable de mettre 30 millions par saison sur la table. Ce n'était plus notre "
        f"cas{C}, a reconnu l'industriel.\n\n"
        f"Pour lui succéder, Ridgeline a nommé président exécutif {AL}, 46 ans, ancien directeur général du Stade "
        f"brestois. {O}Je ne viens pas pour faire un coup financier. Ridgeline est là pour dix ans, et le projet "
        "sportif passera avant le trading de joueurs.\n\n"
        f"{O}Nous garderons l'ancrage local : le centre de formation sera agrandi et l'équipe féminine aura enfin un "
        f"budget digne de ce nom{C}, a-t-il déclaré lundi lors d'une conférence de presse au stade.\n\n"
        f"{O}Le {FC} a le stade, le bassin de population et le centre de formation. Il lui manquait des "
        f"moyens{C}, a expliqué l'associé gérant de Ridgeline, {DO}. Le fonds, "
        f"qui gère 4,2 milliards de dollars d'actifs, a déjà avalé en 2037 le club néerlandais {ZW} et pris l'an "
        f"dernier 35 % du club belge {RE}. Selon L'Équipe, il aurait aussi approché en janvier le club portugais "
        f"{SCR} pour en prendre le contrôle.\n\n"
        f"Le contrat de l'entraîneur {DM}, qui expirait en juin 2041, a été prolongé jusqu'en juin 2043, a "
        f"annoncé le {FC} lundi. En revanche, le milieu international malien {OD}, vendu à Brentford en janvier pour "
        "32 millions d'euros, bonus compris, ne sera pas remplacé avant l'été.\n\n"
        f"L'association de supporters {TL} reste sur ses gardes. {O}On a vu trop de fonds "
        f"américains traiter les clubs comme des placements. On jugera sur les actes{C}, a prévenu son président, "
        f"{KM}. Il a demandé que le prix des abonnements soit gelé pendant trois saisons.\n\n"
        f"Joint par téléphone, {DM} a répondu à nos questions.\n"
        "— Ce rachat change-t-il vos objectifs ?\n"
        "— Pas cette saison. On vise toujours l'Europe, et je n'ai pas besoin d'un recrutement d'hiver pour ça.\n"
        "— Avez-vous déjà parlé aux nouveaux propriétaires ?\n"
        "— Deux fois. Ils connaissent le football, ça m'a surpris.")
    a = B.article("B4-rachat-club-ligue1-fonds-americain-tours", "2040-03-05", _typo(text))
    for s, l, c, o in [(FC, ORG, None, False), (RSP, ORG, None, False), ("Ridgeline", ORG, RSP, False),
                       (RL, PER, None, False), ("Tours", LOC, None, False), ("Ligue 1", MISC, None, False),
                       (BP, ORG, None, False), (DNCG, ORG, None, False),
                       ("DNCG", ORG, DNCG, False), (LFP, ORG, None, False), ("LFP", ORG, LFP, False),
                       (PB, PER, None, False), (AL, PER, None, False), ("Stade brestois", ORG, None, False),
                       (DO, PER, None, False), (ZW, ORG, None, False), (RE, ORG, None, False),
                       ("L'Équipe", ORG, None, False), (SCR, ORG, None, False), (DM, PER, None, False),
                       (OD, PER, None, False), ("Brentford", ORG, None, False), (TL, ORG, None, False),
                       (KM, PER, None, False), ("l'[Europe], et", LOC, None, True)]:
        E(a, s, l, _typo(c) if c else c, opt=o)
    a["notes"].append("Sports news site's web article copied as plain text: a headline with no section word ('Le fonds "
                      "américain Ridgeline met la main sur le FC Val de Loire'), then *new*: a byline holding the town "
                      "the journalist reports from after a comma ('Par Romain Lestrade, à Tours') and a publication line "
                      "opened by 'Le' with no verb ('Le 5 mars 2040 à 19h02'), no dateline; a quote over two paragraphs "
                      "written the French way (the first paragraph opened by '«' and left open, the next reopened by "
                      "'«'); the coach's answers in dialogue dashes (em dash U+2014 and a space, one turn a line). The "
                      "reference date is that day (Monday 5 March 2040); the agreement was signed the day before ('a "
                      "signé dimanche'). Every apostrophe is the typographic one (U+2019: 'd’investissement', 'd’euros', "
                      "'d’affaires', 'qu’elle', 'n’avait', 'l’arrivée', 'd’un', "
                      "'n’était', 'l’industriel', 'l’ancrage', 'l’équipe', 'd’une', 'l’associé', 'd’actifs', 'l’an', "
                      "'L’Équipe', 'l’entraîneur', 'jusqu’en', 'l’été', 'L’association', 'l’Europe', 'n’ai', 'd’hiver', "
                      "'m’a'); ordinary spaces before '%', before the colon inside the chairman's words and before '?', "
                      "and inside the guillemets.")
    a["notes"].append("Entities: the coined club 'FC Val de Loire' (headline, lead, inside the fund partner's marked "
                      "words, 'a annoncé le FC Val de Loire': one ORG each, no separate 'Loire'), the coined New York fund "
                      "'Ridgeline Sports Partners' and its short form 'Ridgeline' (headline, 'Ridgeline reprendra', "
                      "'Ridgeline a nommé', inside the chairman's marked words, 'l’associé gérant de Ridgeline': canonical "
                      "the full name), the coined family holding 'Béraud Participations', the 'Direction nationale du "
                      "contrôle de gestion' and 'DNCG', the 'Ligue de football professionnel' and 'LFP' (canonical the "
                      "full names), the real club 'Stade brestois' (lower-case adjective inside the name, as 'Stade "
                      "rennais' in the thirty-first set), the coined clubs 'FC Zeewolde', 'Royal Excelsior Namur' (one "
                      "ORG, no separate 'Namur') and 'SC Ribatejo', the paper 'L’Équipe' (its elided article inside the "
                      "name), the real club 'Brentford' (a buying club) and the coined supporters' association 'Tribune "
                      "Loire' are ORG; 'Ligue 1' is MISC (a competition); 'Tours' (byline) is LOC; 'le stade' (twice) is "
                      "no name; the journalist, the seller, the new "
                      "chairman, the fund partner, the coach, the player and the supporters' president are PER (all "
                      "invented). Optional: 'l’Europe' inside an answer ('On vise toujours l’Europe': the European cups "
                      "by the continent's name, LOC or MISC). Not names: 'le club', 'Le fonds', 'La transaction', "
                      "'l’industriel', 'le centre de formation', 'L’association de supporters'; 'américain(s)', 'new-yorkais', 'tourangeau', 'néerlandais', 'belge', 'portugais', "
                      "'malien' are adjectives.")
    a["notes"].append("Quotes (10 required: 7 direct, 3 indirect; 2 optional): the league by name with a clause partly "
                      "marked ('La Ligue de football professionnel (LFP) a fait savoir qu’elle n’avait « ... » à "
                      "l’arrivée d’un actionnaire étranger': *new* cue 'a fait savoir', one direct quote for the marked "
                      "words); the seller through a noun after the cue ('« ... », a reconnu l’industriel': speaker the "
                      "noun 'industriel', canonical the seller named in the sentence before, male); *new* for this kind: "
                      "the new chairman's quote over two paragraphs written the French way ('« Je ne viens pas ... le "
                      "trading de joueurs.' then '« Nous garderons ... digne de ce nom », a-t-il déclaré lundi ...': one "
                      "direct quote, the paragraph break and the reopening mark inside the span, speaker the pronoun in "
                      "the inverted cue, canonical the chairman named in the paragraph before); the fund partner named "
                      "in apposition after the cue ('« ... », a expliqué l’associé gérant de Ridgeline, X'); the paper "
                      "('Selon L’Équipe, <clause>', 'il' being the fund); the club by name after an unmarked sentence "
                      "('Le contrat de l’entraîneur X, ..., a été prolongé jusqu’en juin 2043, a annoncé le FC Val de "
                      "Loire lundi'); the supporters' president ('« ... », a prévenu son président, X') then 'Il a "
                      "demandé que <clause>'; the coach's two answers after dialogue dashes (required, as in the "
                      "thirty-first set: from the first word after the dash and its space to the end of the line, final "
                      "punctuation kept, cue null, speaker the coach named in the sentence introducing the exchange, 'X "
                      "a répondu à nos questions'); optional: the two questions (the site's own words, null speaker). Not "
                      "quotes: the headline, 'Cette opération valorise ...', 'La transaction doit encore être validée "
                      "...', 'X a répondu à nos questions'.")
    a["notes"].append("Events: acquisitions: the takeover ('Ridgeline Sports Partners a signé dimanche un accord pour "
                      "racheter 80 % du club tourangeau, ..., à la holding familiale Béraud Participations, pour 96 "
                      "millions d’euros ... La transaction doit encore être validée par la ... (DNCG)'): one announced "
                      "acquisition (signed, approval pending), trigger 'racheter', target the club ('le club tourangeau', "
                      "named in the sentence before), seller the holding, stake '80 %', date 'dimanche'; the headline's "
                      "figurative 'met la main sur' is the same fact; the 20 % the seller keeps and the debt taken over "
                      "are no arguments; *new*: the fund's earlier purchases told in one sentence, one with a figurative "
                      "verb ('a déjà avalé en 2037 le club néerlandais FC Zeewolde et pris l’an dernier 35 % du club "
                      "belge Royal Excelsior Namur': two done acquisitions, buyer the fund through 'Le fonds', the second "
                      "with its stake); the reported approach ('Selon L’Équipe, il aurait aussi approché en janvier le "
                      "club portugais SC Ribatejo pour en prendre le contrôle': planned, trigger 'prendre le contrôle', "
                      "date 'janvier'). Valuation: the implied value ('Cette opération valorise le club à 120 millions "
                      "d’euros': no funding event carries it; 'Cette opération' refers back to the takeover). Results of "
                      "the last season: the revenue and the net loss ('La saison dernière, le club a réalisé un chiffre "
                      "d’affaires de 78 millions d’euros, pour une perte nette de 12,4 millions d’euros': period optional, "
                      "a season over two years, as in the thirty-first set). Roles: 'Président depuis 2029, X' (the "
                      "seller, the post he leaves: organization optional, the club of the article), 'Ridgeline a nommé "
                      "président exécutif X' (organization optional: the club), 'ancien directeur général du Stade "
                      "brestois' (a former post: title without 'ancien', organization required), 'l’associé gérant de "
                      "Ridgeline, X' (organization required), 'l’entraîneur X' (the club's coach: organization optional), "
                      "'son président, X' ('son' is the association named in the sentence before: organization "
                      "optional). Optional: 'le milieu international malien X' (a player's position). Not events: the "
                      "transfer ('vendu à Brentford en janvier pour 32 millions d’euros, bonus compris': a transfer is "
                      "none of the contract's types, the fee is money), the debt taken over, the contract's extension "
                      "(the coach's role carries it), the fund's assets, the DNCG hearing, the "
                      "season ticket freeze.")
    a["notes"].append("Money: euros EUR: the price '96 millions d’euros', the implied value '120 millions d’euros', the "
                      "debt '45 millions d’euros', the revenue '78 millions d’euros', the loss '12,4 millions d’euros', "
                      "the seller's bare '30 millions' inside marked words (EUR, after amounts in euros), the transfer "
                      "fee '32 millions d’euros'; dollars USD: the fund's assets '4,2 milliards de dollars'. Percentages: "
                      "the stake bought '80 %', the stake kept '20 %', the Belgian stake '35 %'.")
    a["notes"].append("Dates: *new*: the publication line '5 mars 2040 à 19h02' (after 'Le') one TIME, "
                      "2040-03-05T19:02; 'dimanche' (past: the signing) 2040-03-04; 'le 19 mars' (future: the hearing) "
                      "2040-03-19; 'depuis 2029' the year; 'pour dix ans' (inside the chairman's marked words) span 'dix "
                      "ans', P10Y; 'lundi' twice (the press conference, the club's announcement) 2040-03-05; 'en 2037' the "
                      "year; 'l’an dernier' 2039 (span 'an dernier'); 'en janvier' twice (the approach, the transfer; "
                      "past in a March article) 2040-01; 'en juin 2041' and 'jusqu’en juin 2043' (spans 'juin 2041', "
                      "'juin 2043'); 'avant l’été' (future) 2040-SU. Optional: the seasons ('La saison dernière' 2039, "
                      "'pendant trois saisons' P3Y, 'cette saison' inside an answer 2039: a football season runs over two "
                      "years, as in the thirty-first set), the age '46 ans'. Not annotated: 'par saison' inside the "
                      "seller's marked words (a rate, no date of its own).")
    M(a, "96 millions d'euros", 96e6, "EUR")
    M(a, "120 millions d'euros", 120e6, "EUR")
    M(a, "45 millions d'euros", 45e6, "EUR")
    M(a, "78 millions d'euros", 78e6, "EUR")
    M(a, "12,4 millions d'euros", 12.4e6, "EUR")
    M(a, "30 millions", 30e6, "EUR")
    M(a, "4,2 milliards de dollars", 4.2e9, "USD")
    M(a, "32 millions d'euros", 32e6, "EUR")
    P(a, "80 %", 80)
    P(a, "20 %", 20)
    P(a, "35 %", 35)
    D(a, "5 mars 2040 à 19h02", "2040-03-05T19:02", typ="TIME",
      note="*new*: a publication line opened by 'Le' with no verb, the clock time with 'h'")
    D(a, "dimanche", "2040-03-04", note="past: 'a signé dimanche un accord', the day before the Monday publication")
    D(a, "saison dernière", "2039", opt=True, note="the 2038-2039 season: no single TIMEX3 value")
    D(a, "19 mars", "2040-03-19", note="future: 'qui examinera le dossier le 19 mars'")
    D(a, "2029", "2029", note="'Président depuis 2029'")
    D(a, "46 ans", "P46Y", typ="DURATION", opt=True, note="an age")
    D(a, "dix ans", "P10Y", typ="DURATION", note="'Ridgeline est là pour dix ans', inside the chairman's marked words")
    D(a, "lundi", "2040-03-05", nth=0, note="'a-t-il déclaré lundi lors d'une conférence de presse': the publication day")
    D(a, "2037", "2037", note="'a déjà avalé en 2037'")
    D(a, "an dernier", "2039", note="'et pris l'an dernier 35 %'")
    D(a, "janvier", "2040-01", nth=0, note="past: 'il aurait aussi approché en janvier', in a March article")
    D(a, "juin 2041", "2041-06", note="'Le contrat ..., qui expirait en juin 2041'")
    D(a, "juin 2043", "2043-06", note="'a été prolongé jusqu'en juin 2043'")
    D(a, "lundi", "2040-03-05", nth=1, note="'a annoncé le FC Val de Loire lundi': the publication day")
    D(a, "janvier", "2040-01", nth=1, note="past: 'vendu à Brentford en janvier'")
    D(a, "avant l'[été]", "2040-SU", note="future: 'ne sera pas remplacé avant l'été'")
    D(a, "trois saisons", "P3Y", typ="DURATION", opt=True, note="'pendant trois saisons', inside the supporters' president's reported clause: seasons")
    D(a, "cette saison", "2039", opt=True, note="'Pas cette saison', inside an answer: the 2039-2040 season, no single value")
    Q(a, f"{O}[aucune objection de principe]{C}", "direct", "a fait savoir", (f"La [{LFP}] (LFP)", LFP, ORG),
      note="*new* cue 'a fait savoir': 'qu'elle n'avait « ... » à l'arrivée d'un actionnaire étranger', a clause partly "
           "marked, one direct quote for the marked words; the league by name (an organization: no gender)")
    Q(a, f"{O}[Le club avait besoin d'un actionnaire capable de mettre 30 millions par saison sur la table. Ce n'était plus notre cas]{C}",
      "direct", "a reconnu", ("a reconnu l'[industriel].", PB, PER), gender="male",
      note="speaker the noun 'industriel' after the cue, canonical the seller named in the sentence before; two sentences "
           "in one pair of marks")
    Q(a, f"{O}[Je ne viens pas pour faire un coup financier. Ridgeline est là pour dix ans, et le projet sportif passera avant le trading de joueurs.\n\n{O}Nous garderons l'ancrage local : le centre de formation sera agrandi et l'équipe féminine aura enfin un budget digne de ce nom]{C}",
      "direct", "a-t-il déclaré", ("a-t-[il] déclaré", AL, PER), gender="male",
      note="a quote over two paragraphs written the French way: one direct quote, the paragraph break and the reopening "
           "mark inside the span; 'il' is the new chairman named in the sentence before the marks")
    Q(a, f"{O}[Le {FC} a le stade, le bassin de population et le centre de formation. Il lui manquait des moyens]{C}",
      "direct", "a expliqué", (DO, DO, PER), gender="male",
      note="the name in apposition to 'l'associé gérant de Ridgeline', after the cue")
    Q(a, f"Selon L'Équipe, [il aurait aussi approché en janvier le club portugais {SCR} pour en prendre le contrôle].",
      "indirect", "[Selon] L'Équipe", ("L'Équipe", "L'Équipe", ORG), note="'Selon <paper>, <clause>'; 'il' is the fund")
    Q(a, f"[Le contrat de l'entraîneur {DM}, qui expirait en juin 2041, a été prolongé jusqu'en juin 2043], a annoncé",
      "indirect", "a annoncé", (f"a annoncé le [{FC}] lundi", FC, ORG),
      note="an unmarked sentence before an inverted cue; the club by name")
    Q(a, f"{O}[On a vu trop de fonds américains traiter les clubs comme des placements. On jugera sur les actes]{C}",
      "direct", "a prévenu", (KM, KM, PER), gender="male",
      note="the name in apposition to 'son président', after the cue")
    Q(a, "demandé que [le prix des abonnements soit gelé pendant trois saisons].", "indirect", "a demandé",
      ("[Il] a demandé", KM, PER), gender="male",
      note="a request reported in a clause; 'Il' is the supporters' president of the sentence before")
    Q(a, "— [Ce rachat change-t-il vos objectifs ?]", "direct", None, None, optional=True,
      note="a journalist's question after a dialogue dash: the site's own words, no one named")
    Q(a, "— [Pas cette saison. On vise toujours l'Europe, et je n'ai pas besoin d'un recrutement d'hiver pour ça.]",
      "direct", None, (f"Joint par téléphone, [{DM}] a", DM, PER), gender="male",
      note="an answer after a dialogue dash; the coach named in the sentence introducing the exchange")
    Q(a, "— [Avez-vous déjà parlé aux nouveaux propriétaires ?]", "direct", None, None, optional=True,
      note="a journalist's question after a dialogue dash")
    Q(a, "— [Deux fois. Ils connaissent le football, ça m'a surpris.]", "direct", None,
      (f"Joint par téléphone, [{DM}] a", DM, PER), gender="male",
      note="an answer after a dialogue dash, the last line of the article")
    V(a, "acquisition", "racheter", {"target": f"Le [{FC}] change", "buyer": RSP, "seller": BP, "stake": "80 %",
                                     "amount": "96 millions d'euros", "date": "dimanche", "status": "announced"},
      note="'a signé dimanche un accord pour racheter 80 % du club tourangeau ... à la holding familiale Béraud "
           "Participations, pour 96 millions d'euros', approval by the DNCG pending: announced; 'le club tourangeau' is the "
           "club named in the sentence before; the headline's 'met la main sur' the same fact")
    V(a, "valuation", "valorise", {"company": f"Le [{FC}] change", "amount": "120 millions d'euros"},
      note="'Cette opération valorise le club à 120 millions d'euros': the implied value, no funding event carries it")
    V(a, "result", "chiffre d'affaires", {"company": f"Le [{FC}] change", "metric": "revenue",
                                          "amount": "78 millions d'euros", "period": ("opt", "saison dernière")},
      note="'La saison dernière, le club a réalisé un chiffre d'affaires de 78 millions d'euros': a season as period, optional")
    V(a, "result", "perte nette", {"company": f"Le [{FC}] change", "metric": "loss", "amount": "12,4 millions d'euros",
                                   "period": ("opt", "saison dernière")},
      note="'pour une perte nette de 12,4 millions d'euros': the same sentence")
    V(a, "role", "[Président] depuis", {"person": PB, "title": "Président", "organization": ("opt", f"Le [{FC}] change")},
      note="'Président depuis 2029, X': the seller's post, which he leaves ('Pour lui succéder')")
    V(a, "role", "président exécutif", {"person": AL, "title": "président exécutif",
                                        "organization": ("opt", f"Le [{FC}] change")},
      note="'Ridgeline a nommé président exécutif X': the new post at the club")
    V(a, "role", "directeur général", {"person": AL, "title": "directeur général", "organization": "Stade brestois"},
      note="'X, 46 ans, ancien directeur général du Stade brestois': a former post, title without 'ancien'")
    V(a, "role", "associé gérant", {"person": DO, "title": "associé gérant",
                                    "organization": f"gérant de [Ridgeline], {DO}"},
      note="'l'associé gérant de Ridgeline, X' (the short name, canonical the full name)")
    V(a, "acquisition", "avalé", {"target": ZW, "buyer": f"gérant de [Ridgeline], {DO}", "date": "2037",
                                  "status": "done"},
      note="'Le fonds ... a déjà avalé en 2037 le club néerlandais FC Zeewolde': a figurative verb, done; 'Le fonds' is "
           "Ridgeline")
    V(a, "acquisition", "et [pris] l'an", {"target": RE, "buyer": f"gérant de [Ridgeline], {DO}", "stake": "35 %",
                                 "date": "an dernier", "status": "done"},
      note="'et pris l'an dernier 35 % du club belge Royal Excelsior Namur': the same subject, done")
    V(a, "acquisition", "prendre le contrôle", {"target": SCR, "buyer": f"gérant de [Ridgeline], {DO}",
                                                "date": ("[janvier] le club"), "status": "planned"},
      note="'Selon L'Équipe, il aurait aussi approché en janvier le club portugais SC Ribatejo pour en prendre le "
           "contrôle': an approach reported by a paper in the conditional, planned; 'il' is the fund")
    V(a, "role", "entraîneur", {"person": DM, "title": "entraîneur", "organization": ("opt", f"Le [{FC}] change")},
      note="'Le contrat de l'entraîneur X': the club's coach")
    V(a, "role", "milieu", {"person": OD, "title": "milieu", "organization": ("opt", f"Le [{FC}] change")},
      optional=True, note="'le milieu international malien X': a player's position, optional as in the earlier sets")
    V(a, "role", f"son [président], {KM}", {"person": KM, "title": "président", "organization": ("opt", TL)},
      note="'a prévenu son président, X': 'son' is the association named in the sentence before")


def define_c4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (agency copy)
    BCM, INS, BAD = ("Banque centrale de Madagascar", "Institut national de la statistique",
                     "Banque africaine de développement")
    HR, MA, RR, LR, JCR, FR, TR, VR, HRa, NR, ORa = (
        "Hery Rakotondrabe", "Mamy Andriamanana", "Rivo Ranaivoson", "Lalao Rasoanaivo", "Jean-Claude Razafy",
        "Fanja Rabearivelo", "Tojo Rajaonarison", "Voahangy Ratsimba", "Haja Rakotomalala", "Naina Rakotobe",
        "Olivier Randriamampionona")
    MEF, MEH = "ministre de l'Économie et des Finances", "ministre de l'Énergie et des Hydrocarbures"
    # ------------------------------------------------------------ C4: a government reshuffle in Madagascar: a new finance minister, the outgoing one made central-bank governor, new energy and transport ministers, a state airline's stake to sell, the government spokeswoman, the finance minister on the IMF programme, inflation and growth from the statistics institute, an economist, a new CEO of the state utility, its loss and capital increase, a development bank's loan, an opposition MP and the sacked minister (agency dispatch)
    a = B.article("C4-remaniement-banque-centrale-antananarivo", "2040-04-02", (
        "Madagascar : remaniement gouvernemental, une nouvelle gouverneure à la Banque centrale\n\n"
        f"Antananarivo, 2 avril 2040 (AFP) - Le président de la République, {HR}, a procédé dimanche à un large "
        "remaniement du gouvernement, changeant notamment les titulaires des Finances, de l'Énergie et des Transports, "
        f"selon un communiqué lu à la télévision publique TVM. Le Premier ministre, {MA}, reste en poste.\n\n"
        f"{RR}, jusqu'ici directeur général du Trésor, devient {MEF}. Il succède à {LR}, nommée gouverneure de la "
        f"{BCM} (BCM) à compter du 15 avril. Elle remplace {JCR}, gouverneur depuis 2033, qui part à la retraite. "
        f"{FR}, une ingénieure de 44 ans passée par la Banque mondiale, est nommée {MEH}, et le nouveau ministre des "
        f"Transports, {TR}, hérite du dossier Air Madagascar, dont l'État veut céder 49 % à un partenaire stratégique "
        "d'ici à la fin de l'année.\n\n"
        f"{O}Ce gouvernement est un gouvernement de mission, chargé de ramener l'inflation sous 6 % avant la fin de "
        f"l'année{C}, a déclaré lundi la porte-parole du gouvernement, {VR}, lors d'un point de presse. Elle a précisé "
        "que les nouveaux ministres prendraient leurs fonctions mercredi 4 avril, après les passations de service.\n\n"
        f"{O}Ma priorité, c'est de boucler la revue du programme avec le FMI{C}, a affirmé le ministre des Finances à "
        "son arrivée au ministère lundi. Les discussions sur ce programme de 320 millions de dollars reprendront à la "
        "mi-avril à Washington, a-t-il ajouté.\n\n"
        f"Selon l'{INS} (Instat), l'inflation a atteint 8,4 % sur un an en février et la croissance est retombée à "
        "3,1 % en 2039, contre 4,6 % un an plus tôt. L'ariary a perdu 11 % face à l'euro depuis janvier 2039. D'après "
        f"un économiste de la place, la nouvelle gouverneure {O}aura la confiance du FMI, mais pas forcément celle des "
        f"marchés{C}.\n\n"
        "Le Conseil des ministres a également nommé lundi un nouveau directeur général à la tête de la compagnie "
        f"publique d'eau et d'électricité Jirama, {HRa}, 51 ans, jusqu'ici directeur des opérations de l'opérateur "
        f"Telma. Il a promis de réduire les délestages {O}dès le mois de juin{C}. Selon lui, la Jirama a perdu 410 "
        "milliards d'ariary en 2039, malgré une augmentation de capital de 150 milliards d'ariary souscrite par l'État "
        f"en janvier 2039. La {BAD} (BAD) a par ailleurs approuvé le 28 février dernier un prêt de 120 millions de "
        "dollars à la Jirama pour réhabiliter le réseau électrique de la capitale. Ce financement sera décaissé en trois "
        "tranches, a précisé l'institution.\n\n"
        f"Pour le député d'opposition {NR}, ce remaniement {O}ne change rien pour les ménages qui vivent avec les "
        f"coupures{C}. L'ancien ministre de l'Énergie, {ORa}, a quant à lui dénoncé sur Facebook {O}un limogeage sans "
        f"la moindre explication{C}. Le FMI n'a pas souhaité commenter."))
    for s, l, c, o in [(BCM, ORG, None, False), ("Banque centrale", ORG, BCM, False), ("BCM", ORG, BCM, False),
                       ("Air Madagascar", ORG, None, False), ("Madagascar", LOC, None, False),
                       ("Antananarivo", LOC, None, False), ("AFP", ORG, None, False), (HR, PER, None, False),
                       ("TVM", ORG, None, False), (MA, PER, None, False), (RR, PER, None, False), (LR, PER, None, False),
                       (JCR, PER, None, False), (FR, PER, None, False), ("Banque mondiale", ORG, None, False),
                       (TR, PER, None, False), (VR, PER, None, False), ("FMI", ORG, None, False),
                       ("Washington", LOC, None, False), (INS, ORG, None, False), ("Instat", ORG, INS, False),
                       ("Conseil des ministres", ORG, None, True), ("Jirama", ORG, None, False), (HRa, PER, None, False),
                       ("Telma", ORG, None, False), (BAD, ORG, None, False), ("BAD", ORG, BAD, False),
                       (NR, PER, None, False), (ORa, PER, None, False), ("Facebook", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (AFP) copied as plain text: a headline opened by the country's name and a colon "
                      "('Madagascar : remaniement gouvernemental, une nouvelle gouverneure à la Banque centrale'), a blank "
                      "line, then *new*: a dateline with the town in mixed case (not capitals) followed by the full date "
                      "and the agency ('Antananarivo, 2 avril 2040 (AFP) - '), no byline. The reference date is the "
                      "dateline day (Monday 2 April 2040); the reshuffle was announced the day before ('a procédé "
                      "dimanche'). Straight apostrophes; ordinary spaces before '%', before the headline's colon and "
                      "inside the guillemets (agency copy); *new*: Malagasy ariary (MGA) written in words.")
    a["notes"].append("Entities: the 'Banque centrale de Madagascar' (one ORG, no separate 'Madagascar'), its acronym "
                      "'BCM' and the headline's 'Banque centrale' (canonical the full name), the state airline 'Air "
                      "Madagascar' (one ORG), the public television 'TVM', the 'Banque mondiale', the 'FMI' (three "
                      "times, twice inside marked words), the 'Institut national de la statistique' and its acronym "
                      "'Instat' (canonical the full name), the state utility 'Jirama' (three times), the telecom operator "
                      "'Telma', the 'Banque africaine de développement' and 'BAD', 'Facebook' (the medium) and the "
                      "dateline's 'AFP' are ORG; 'Madagascar' (headline), 'Antananarivo' and 'Washington' are LOC; the "
                      "president, the prime minister, the ministers, the governors, the spokeswoman, the utility's CEO, "
                      "the MP and the sacked minister are PER (invented names; the institutions are real, their facts "
                      "here invented). Optional: 'Conseil des ministres' (ORG, as in the earlier sets). Not names: "
                      "'Finances', 'Énergie', 'Transports', 'Trésor', 'Économie', 'Hydrocarbures' inside titles or as "
                      "portfolios, 'l'État', 'le gouvernement', 'le ministère', 'l'institut d'émission', "
                      "'l'institution', 'la capitale', 'l'ariary', 'l'euro'.")
    a["notes"].append("Quotes (12 required: 6 direct, 6 indirect): *new*: the reshuffle told before 'selon un communiqué "
                      "lu à la télévision publique TVM' (the issuer unnamed: the noun 'communiqué', canonical null; the "
                      "television is the medium); the spokeswoman named in apposition after the cue ('« ... », a déclaré "
                      "lundi la porte-parole du gouvernement, X, lors d'un point de presse') then 'Elle a précisé que "
                      "<clause>'; the new finance minister through the noun phrase of his title ('« ... », a affirmé le "
                      "ministre des Finances à son arrivée au ministère lundi': speaker the noun phrase, canonical the "
                      "minister named in the paragraph before) then an unmarked sentence before '..., a-t-il ajouté'; the "
                      "statistics institute ('Selon l'Institut national de la statistique (Instat), <clause>'); an unnamed "
                      "economist after 'D'après' with a clause partly marked ('D'après un économiste de la place, la "
                      "nouvelle gouverneure « ... »': one direct quote, noun-phrase speaker, canonical null, male); the "
                      "utility's CEO ('Il a promis de réduire les délestages « dès le mois de juin »': one direct quote "
                      "for the marked words) then 'Selon lui, <clause>'; the development bank through a noun after an "
                      "unmarked sentence ('Ce financement sera décaissé en trois tranches, a précisé l'institution': "
                      "canonical the bank); the MP after 'Pour' with marked words ('Pour le député d'opposition X, ce "
                      "remaniement « ... »': one direct quote, cue 'Pour'); the sacked minister ('a quant à lui dénoncé "
                      "sur Facebook « ... »': cue 'dénoncé', Facebook the medium). Not quotes: the headline, 'X reste en "
                      "poste', the appointments told as facts, 'Le FMI n'a pas souhaité commenter' (no words).")
    a["notes"].append("Events: roles (the reshuffle): 'Le président de la République, X', 'Le Premier ministre, X' (no "
                      "organization), 'X, jusqu'ici directeur général du Trésor' (the post he leaves, title as written, "
                      "no organization) and 'devient ministre de l'Économie et des Finances' (the new post), 'X, nommée "
                      "gouverneure de la Banque centrale de Madagascar (BCM)' (organization required), 'Elle remplace X, "
                      "gouverneur depuis 2033' (organization optional: the bank of the sentence before), 'X, ..., est "
                      "nommée ministre de l'Énergie et des Hydrocarbures', 'le nouveau ministre des Transports, X', 'la "
                      "porte-parole du gouvernement, X' (title as written, no organization), 'un nouveau directeur "
                      "général à la tête de la compagnie publique d'eau et d'électricité Jirama, X' (the title and the "
                      "name apart, organization required), 'jusqu'ici directeur des opérations de l'opérateur Telma' "
                      "(organization required), 'le député d'opposition X' (title 'député', no organization), *new*: "
                      "'L'ancien ministre de l'Énergie, X' (the sacked minister: a former post, title without 'ancien'; "
                      "the new title's 'et des Hydrocarbures' not his). Acquisition: the planned sale of a stake in the "
                      "state airline ('hérite du dossier Air Madagascar, dont l'État veut céder 49 % à un partenaire "
                      "stratégique d'ici à la fin de l'année': planned, trigger 'céder', stake '49 %', no buyer named, "
                      "the State no entity; the deadline an optional date). Result: the utility's loss inside the CEO's "
                      "reported clause ('la Jirama a perdu 410 milliards d'ariary en 2039': metric loss, period 2039). "
                      "Funding: the capital increase ('une augmentation de capital de 150 milliards d'ariary souscrite "
                      "par l'État en janvier 2039': company Jirama, no investor entity, date 2039-01). Optional: the "
                      "development bank's loan ('La Banque africaine de développement (BAD) a par ailleurs approuvé le 28 "
                      "février dernier un prêt de 120 millions de dollars à la Jirama ... Ce financement ...': a loan, "
                      "debt not equity, an optional funding event as the public loans of the seventh and tenth sets). Not "
                      "events: the IMF programme (a loan to a State, no company), the inflation and growth figures "
                      "(national statistics, no company), the currency's fall, 'une ingénieure de 44 ans' (a "
                      "profession), 'Il succède à X' (her former post not written), 'passée par la Banque mondiale' (no "
                      "title), the headline's 'une nouvelle gouverneure' and 'la nouvelle gouverneure' (restatements).")
    a["notes"].append("Money: dollars USD: the IMF programme '320 millions de dollars', the loan '120 millions de "
                      "dollars'; *new*: ariary MGA: the loss '410 milliards d'ariary', the capital increase '150 "
                      "milliards d'ariary'. Percentages: the stake to sell '49 %', the inflation target 'sous 6 %' (span "
                      "'6 %') inside marked words, the inflation '8,4 %', the growth '3,1 %' and the year-earlier '4,6 "
                      "%', the currency's fall '11 %'.")
    a["notes"].append("Dates: *new*: the dateline '2 avril 2040' (mixed-case town) 2040-04-02; 'dimanche' (past) "
                      "2040-04-01; 'à compter du 15 avril' (future) 2040-04-15; 'depuis 2033' the year; 'd'ici à la fin de "
                      "l'année' and 'avant la fin de l'année' (inside marked words) span 'fin de l'année', 2040 with mod "
                      "END, two items; 'lundi' three times (the press briefing, the minister's arrival, the Council's "
                      "appointment) 2040-04-02; *new*: a weekday with its day and month in the body, 'mercredi 4 avril' "
                      "(future, inside a reported clause) 2040-04-04; 'à la mi-avril' span 'mi-avril', 2040-04 with mod "
                      "MID; 'en février' (past) 2040-02; 'en 2039' twice (the growth, the loss) the year; 'depuis janvier "
                      "2039' and 'en janvier 2039' 2039-01, two items; 'dès le mois de juin' (inside marked words, future) "
                      "span 'mois de juin', 2040-06; 'le 28 février dernier' (span with 'dernier') 2040-02-28. Optional: "
                      "'sur un an' (year on year, P1Y), 'un an plus tôt' (2038, relative to the 2039 figure), the ages '44 "
                      "ans' and '51 ans'.")
    M(a, "320 millions de dollars", 320e6, "USD")
    M(a, "410 milliards d'ariary", 410e9, "MGA")
    M(a, "150 milliards d'ariary", 150e9, "MGA")
    M(a, "120 millions de dollars", 120e6, "USD")
    P(a, "49 %", 49)
    P(a, "6 %", 6)
    P(a, "8,4 %", 8.4)
    P(a, "3,1 %", 3.1)
    P(a, "4,6 %", 4.6)
    P(a, "11 %", 11)
    D(a, "2 avril 2040", "2040-04-02", note="*new*: the dateline with the town in mixed case and the full date")
    D(a, "dimanche", "2040-04-01", note="past: 'a procédé dimanche à un large remaniement'")
    D(a, "15 avril", "2040-04-15", note="future: 'nommée gouverneure ... à compter du 15 avril'")
    D(a, "2033", "2033", note="'gouverneur depuis 2033'")
    D(a, "44 ans", "P44Y", typ="DURATION", opt=True, note="an age")
    D(a, "fin de l'année", "2040", mod="END", nth=0, note="future: 'dont l'État veut céder 49 % ... d'ici à la fin de l'année'")
    D(a, "fin de l'année", "2040", mod="END", nth=1, note="future: 'avant la fin de l'année', inside the spokeswoman's marked words")
    D(a, "lundi", "2040-04-02", nth=0, note="'a déclaré lundi la porte-parole': the dateline day")
    D(a, "mercredi 4 avril", "2040-04-04", note="future: 'prendraient leurs fonctions mercredi 4 avril', inside a reported clause")
    D(a, "lundi", "2040-04-02", nth=1, note="'à son arrivée au ministère lundi'")
    D(a, "mi-avril", "2040-04", mod="MID", note="future: 'reprendront à la mi-avril', inside a reported clause")
    D(a, "un an", "P1Y", typ="DURATION", nth=0, opt=True, note="'sur un an' = year on year")
    D(a, "février", "2040-02", nth=0, note="past: 'l'inflation a atteint 8,4 % sur un an en février'")
    D(a, "retombée à 3,1 % en [2039]", "2039", note="'la croissance est retombée à 3,1 % en 2039'")
    D(a, "un an plus tôt", "2038", opt=True, note="relative to the 2039 figure, not to the reference date")
    D(a, "depuis [janvier 2039]", "2039-01", note="'L'ariary a perdu 11 % face à l'euro depuis janvier 2039'")
    D(a, "lundi", "2040-04-02", nth=2, note="'Le Conseil des ministres a également nommé lundi'")
    D(a, "51 ans", "P51Y", typ="DURATION", opt=True, note="an age")
    D(a, "mois de juin", "2040-06", note="future: 'dès le mois de juin', inside the CEO's marked words")
    D(a, "d'ariary en [2039]", "2039", note="'la Jirama a perdu 410 milliards d'ariary en 2039'")
    D(a, "l'État en [janvier 2039]", "2039-01", note="'souscrite par l'État en janvier 2039'")
    D(a, "28 février dernier", "2040-02-28", note="'a par ailleurs approuvé le 28 février dernier un prêt'")
    Q(a, f"[Le président de la République, {HR}, a procédé dimanche à un large remaniement du gouvernement, changeant notamment les titulaires des Finances, de l'Énergie et des Transports], selon",
      "indirect", "[selon] un communiqué", ("un [communiqué] lu", None, None),
      note="*new*: a sentence told before 'selon un communiqué lu à la télévision publique TVM': the issuer unnamed, the "
           "noun 'communiqué', canonical null; the television is the medium")
    Q(a, f"{O}[Ce gouvernement est un gouvernement de mission, chargé de ramener l'inflation sous 6 % avant la fin de l'année]{C}",
      "direct", "a déclaré", (VR, VR, PER), gender="female",
      note="the name in apposition to 'la porte-parole du gouvernement', after the cue and the day")
    Q(a, "précisé que [les nouveaux ministres prendraient leurs fonctions mercredi 4 avril, après les passations de service].",
      "indirect", "a précisé", ("[Elle] a précisé", VR, PER), gender="female",
      note="'Elle' is the spokeswoman of the sentence before")
    Q(a, f"{O}[Ma priorité, c'est de boucler la revue du programme avec le FMI]{C}", "direct", "a affirmé",
      ("le [ministre des Finances] à", RR, PER), gender="male",
      note="*new*: the speaker the noun phrase of his title ('le ministre des Finances'), canonical the new minister "
           "named in the paragraph before")
    Q(a, "[Les discussions sur ce programme de 320 millions de dollars reprendront à la mi-avril à Washington], a-t-il",
      "indirect", "a-t-il ajouté", ("a-t-[il] ajouté", RR, PER), gender="male",
      note="an unmarked sentence before an inverted pronoun cue: the finance minister")
    Q(a, f"(Instat), [l'inflation a atteint 8,4 % sur un an en février et la croissance est retombée à 3,1 % en 2039, contre 4,6 % un an plus tôt].",
      "indirect", f"[Selon] l'{INS}", (INS, INS, ORG),
      note="'Selon <institute> (<acronym>), <clause>': the clause after the acronym")
    Q(a, f"{O}[aura la confiance du FMI, mais pas forcément celle des marchés]{C}", "direct", "D'après",
      ("un [économiste de la place]", None, None), gender="male",
      note="'D'après un économiste de la place, la nouvelle gouverneure « ... »': one direct quote for the marked words; an "
           "unnamed economist, noun phrase without its article, canonical null")
    Q(a, f"{O}[dès le mois de juin]{C}", "direct", "a promis", ("[Il] a promis", HRa, PER), gender="male",
      note="'Il a promis de réduire les délestages « ... »': a clause partly marked, one direct quote; 'Il' is the "
           "utility's new CEO of the sentence before")
    Q(a, "Selon lui, [la Jirama a perdu 410 milliards d'ariary en 2039, malgré une augmentation de capital de 150 milliards d'ariary souscrite par l'État en janvier 2039].",
      "indirect", "[Selon] lui", ("Selon [lui]", HRa, PER), gender="male", note="'Selon lui': the utility's CEO")
    Q(a, "[Ce financement sera décaissé en trois tranches], a précisé", "indirect", "a précisé",
      ("a précisé l'[institution].", BAD, ORG),
      note="an unmarked sentence before an inverted cue; the development bank through the noun 'institution'")
    Q(a, f"{O}[ne change rien pour les ménages qui vivent avec les coupures]{C}", "direct", "[Pour] le député",
      (NR, NR, PER), gender="male",
      note="'Pour le député d'opposition X, ce remaniement « ... »': one direct quote for the marked words, cue 'Pour'")
    Q(a, f"{O}[un limogeage sans la moindre explication]{C}", "direct", "dénoncé", (ORa, ORa, PER), gender="male",
      note="'L'ancien ministre de l'Énergie, X, a quant à lui dénoncé sur Facebook « ... »': marked words after the cue "
           "and the medium")
    V(a, "role", "président de la République", {"person": HR, "title": "président de la République"},
      note="'Le président de la République, X': no organization")
    V(a, "role", "Premier ministre", {"person": MA, "title": "Premier ministre"},
      note="'Le Premier ministre, X, reste en poste'")
    V(a, "role", "directeur général du Trésor", {"person": RR, "title": "directeur général du Trésor"},
      note="'X, jusqu'ici directeur général du Trésor': the post he leaves, title as written")
    V(a, "role", MEF, {"person": RR, "title": MEF},
      note="'X ... devient ministre de l'Économie et des Finances': the new post; 'le ministre des Finances' later restates it")
    V(a, "role", "nommée [gouverneure]", {"person": LR, "title": "gouverneure", "organization": f"la [{BCM}] (BCM)"},
      note="'X, nommée gouverneure de la Banque centrale de Madagascar (BCM) à compter du 15 avril'")
    V(a, "role", "[gouverneur] depuis", {"person": JCR, "title": "gouverneur",
                                         "organization": ("opt", f"la [{BCM}] (BCM)")},
      note="'Elle remplace X, gouverneur depuis 2033, qui part à la retraite': the bank of the sentence before")
    V(a, "role", MEH, {"person": FR, "title": MEH}, note="'X, une ingénieure de 44 ans ..., est nommée ministre de l'Énergie et des Hydrocarbures'")
    V(a, "role", "ministre des Transports", {"person": TR, "title": "ministre des Transports"},
      note="'le nouveau ministre des Transports, X'")
    V(a, "acquisition", "céder", {"target": "Air Madagascar", "stake": "49 %", "date": ("opt", "fin de l'année"),
                                  "status": "planned"},
      note="'Air Madagascar, dont l'État veut céder 49 % à un partenaire stratégique d'ici à la fin de l'année': planned, no "
           "buyer named, the State no entity; the deadline optional")
    V(a, "role", "porte-parole du gouvernement", {"person": VR, "title": "porte-parole du gouvernement"},
      note="'la porte-parole du gouvernement, X': title as written, no organization")
    V(a, "role", "[directeur général] à la tête", {"person": HRa, "title": "directeur général", "organization": "Jirama"},
      note="'un nouveau directeur général à la tête de la compagnie publique d'eau et d'électricité Jirama, X'")
    V(a, "role", "directeur des opérations", {"person": HRa, "title": "directeur des opérations", "organization": "Telma"},
      note="'X, 51 ans, jusqu'ici directeur des opérations de l'opérateur Telma': the post he leaves")
    V(a, "result", "Jirama a [perdu] 410", {"company": "la [Jirama] a perdu", "metric": "loss",
                                            "amount": "410 milliards d'ariary", "period": "d'ariary en [2039]"},
      note="'Selon lui, la Jirama a perdu 410 milliards d'ariary en 2039': a loss told by the CEO")
    V(a, "funding", "augmentation de capital", {"company": "la [Jirama] a perdu", "amount": "150 milliards d'ariary",
                                                "date": "l'État en [janvier 2039]"},
      note="'une augmentation de capital de 150 milliards d'ariary souscrite par l'État en janvier 2039': no investor "
           "entity (the State)")
    V(a, "funding", "prêt", {"company": "la [Jirama] pour", "amount": "120 millions de dollars", "investors": [BAD],
                             "date": "28 février dernier"}, optional=True,
      note="a development bank's loan approved 'le 28 février dernier': debt, not equity, optional as the public loans of "
           "the earlier sets; 'Ce financement' refers back to it")
    V(a, "role", "député", {"person": NR, "title": "député"}, note="'le député d'opposition X': no organization")
    V(a, "role", "ancien [ministre de l'Énergie]", {"person": ORa, "title": "ministre de l'Énergie"},
      note="'L'ancien ministre de l'Énergie, X': the sacked minister's former post, title without 'ancien'")
