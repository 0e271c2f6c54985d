"""The three articles of the seventeenth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind17`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and inside the guillemets in Q)
NN = "\u202f"    # narrow no-break space (before % and inside the guillemets in P)
AP = "\u2019"    # typographic apostrophe (every apostrophe of P)


def define(B):
    define_p(B)
    define_q(B)
    define_r(B)


def define_p(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    TV, NV, RC, CD = "Telvia", "Nuvélia", "Rémi Castellane", "Claire Dufossé"
    ADLC, AF = "Autorité de la concurrence", "Armorifibre"
    # ------------------------------------------------------------ P: a Lyon telecom operator takes over a cloud host (Paris business daily, web)
    a = B.article("P-rachat-telecom-cloud", "2034-02-07", (
        f"Télécoms : {TV} met la main sur le roubaisien {NV}\n"
        "Par Hugo Ferrandon\n"
        "Publié le 7 févr. 2034 à 8:05\n\n"
        f"Le lyonnais {TV} jette son dévolu sur le champion français de l{AP}hébergement de données. "
        f"L{AP}opérateur rafle 82{NN}% du capital de {NV} auprès du fonds Eurazeo pour 1,15 milliard d{AP}euros, "
        f"indique le groupe dans un communiqué publié lundi. L{AP}opération valorise la cible à 1,4 milliard "
        f"d{AP}euros, dette comprise. Les deux fondateurs de {NV} conservent 18{NN}% du capital. {O}Cette "
        f"acquisition fait de {TV} le premier acteur français à maîtriser à la fois le réseau et le stockage des "
        f"données{C}, précise le communiqué.\n\n"
        f"L{AP}opération doit encore obtenir le feu vert de l{AP}{ADLC}, qui examinera le marché des "
        f"entreprises, où les deux groupes se font face. {TV} espère la boucler d{AP}ici la fin de l{AP}été.\n\n"
        f"{O}Le réseau ne suffit plus. Nos clients veulent que leurs données restent en France, sur des serveurs que "
        "nous contrôlons.\n\n"
        f"{O}Avec {NV}, nous leur offrirons les deux, de la fibre jusqu{AP}au stockage{C}, a déclaré le PDG de "
        f"{TV}, {RC}, lors d{AP}une conférence téléphonique. Selon lui, l{AP}opération dégagera 60 millions "
        f"d{AP}euros de synergies par an d{AP}ici 2037.\n\n"
        f"{TV} a réalisé en 2033 un chiffre d{AP}affaires de 6,2 milliards d{AP}euros, en hausse de 3,1{NN}%. "
        f"Fondée en 2016, {NV} exploite onze centres de données dans les Hauts-de-France et en Belgique ; ses "
        f"ventes ont bondi de 24{NN}% l{AP}an dernier, à 180 millions d{AP}euros.\n\n"
        f"Ce n{AP}est pas la première emplette de l{AP}opérateur. En 2031, il avait croqué le breton {AF}, un "
        f"réseau de fibre optique, pour 320 millions d{AP}euros.\n\n"
        f"Selon {CD}, analyste chez Oddo BHF, {TV} paie le prix fort mais s{AP}achète une place sur le segment "
        f"le plus dynamique des télécoms. À la Bourse de Paris, l{AP}action {TV} reculait de 2,4{NN}% mardi à "
        f"l{AP}ouverture."))
    for s, l, c, o in [(TV, ORG, None, False), (NV, ORG, None, False), ("Hugo Ferrandon", PER, None, False),
                       ("Eurazeo", ORG, None, False), (ADLC, ORG, None, False), ("Hauts-de-France", LOC, None, False),
                       ("France", LOC, None, False), (RC, PER, None, False), ("Belgique", LOC, None, False),
                       (AF, ORG, None, False), (CD, PER, None, False), ("Oddo BHF", ORG, None, False),
                       ("Bourse de Paris", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Paris business daily copied as plain text: a headline opened by a section "
                      "word ('Télécoms :'), a byline ('Par Hugo Ferrandon') and *new*: a publication line with an "
                      "abbreviated month and a clock time with a colon and no leading zero ('Publié le 7 févr. 2034 "
                      "à 8:05'), no dateline. The reference date is that day (Tuesday 7 February 2034), the day "
                      "after the statement ('un communiqué publié lundi'). Every apostrophe is the typographic one "
                      "(U+2019: 'l’hébergement', 'd’euros', 'L’opérateur'); narrow no-break spaces (U+202F) before "
                      "'%' and inside the guillemets.")
    a["notes"].append("Entities: the coined Lyon telecom operator 'Telvia' (headline, body, inside the statement's "
                      "and the CEO's marked words, 'l’action Telvia') and the coined cloud host 'Nuvélia' (headline, "
                      "body, inside the CEO's marked words) are ORG; the seller 'Eurazeo' (after 'le fonds'), the "
                      "regulator 'Autorité de la concurrence' (after the elided article 'l’'), the earlier target "
                      "'Armorifibre' (coined), the broker 'Oddo BHF' (after 'chez') and the market 'Bourse de Paris' "
                      "(no separate 'Paris') are ORG; 'France' (inside the CEO's marked words), 'Hauts-de-France' and "
                      "'Belgique' are LOC. 'lyonnais', 'roubaisien', 'français', 'breton' are adjectives; 'Télécoms' "
                      "opening the headline, 'L’opérateur', 'le groupe', 'la cible', 'le communiqué', 'Les deux "
                      "fondateurs' are not names.")
    a["notes"].append("Quotes: the buyer's statement twice: '<clause>, indique le groupe dans un communiqué publié "
                      "lundi' (inverted, indirect: the whole sentence before the comma, as in the eighth set; speaker "
                      "the noun 'groupe', canonical Telvia) and *new*: '« ... », précise le communiqué' (a direct "
                      "quote whose cue names only the document: the issuer named in the sentences before speaks, "
                      "speaker the noun 'communiqué' with canonical Telvia, as 'Selon le communiqué' in the third "
                      "set); the CEO's quote runs over two paragraphs, French style (the first opened by '«' and left "
                      "open, the second reopened by '«' and closed before 'a déclaré le PDG de Telvia, X'): one direct "
                      "quote, the paragraph break and the reopening mark inside the span, as in the eleventh, "
                      "fifteenth and sixteenth sets; then 'Selon lui, <clause>'; the analyst 'Selon X, analyste chez "
                      "Oddo BHF, <clause>' (indirect, the clause after the apposition). Not quotes: 'Telvia espère la "
                      "boucler ...' (a hope, no words reported).")
    a["notes"].append("Events: one fact, one event: the takeover told with three figurative verbs (headline 'met la "
                      "main sur le roubaisien Nuvélia', lead 'jette son dévolu sur le champion français de "
                      "l’hébergement de données', body 'L’opérateur rafle 82 % du capital de Nuvélia auprès du fonds "
                      "Eurazeo pour 1,15 milliard d’euros') is one acquisition, trigger the body's verb 'rafle' (the "
                      "most complete mention), stake '82 %', seller Eurazeo (after 'auprès du fonds'), date 'lundi' "
                      "(the statement), status 'announced' (signed, the competition authority's approval still "
                      "needed, as in the tenth and twelfth sets; a present-tense figurative verb does not make it "
                      "done). 'L’opération valorise la cible à 1,4 milliard d’euros, dette comprise' is a valuation "
                      "event of Nuvélia (the value the deal implies, as 'L'offre valorise' in the fifteenth set). "
                      "The second, separate deal ('En 2031, il avait croqué le breton Armorifibre ... pour 320 "
                      "millions d’euros', 'il' being 'l’opérateur', Telvia) is a done acquisition. Results: Telvia's "
                      "2033 revenue with its rise; Nuvélia's sales ('ses ventes ont bondi de 24 % l’an dernier, à "
                      "180 millions d’euros': metric revenue, period 'an dernier'). Roles: 'le PDG de Telvia, X' and "
                      "'X, analyste chez Oddo BHF' (organization required). Not events: the founders' '18 %' kept, "
                      "the competition review, the synergies (a forecast), the share move.")
    a["notes"].append("Dates: *new*: the publication line '7 févr. 2034 à 8:05' is one TIME (abbreviated month with "
                      "its full stop inside the span); 'lundi' the day before; *new*: 'd’ici la fin de l’été' the "
                      "coming summer with mod END (span 'fin de l’été', value 2034-SU, as 'fin de l'année' with END "
                      "in the eleventh set); 'd’ici 2037' (inside 'Selon lui') the year; 'par an' (a rate) optional, "
                      "as in the earlier sets; 'en 2033', 'Fondée en 2016', 'En 2031' years; 'l’an dernier' 2033 "
                      "(span 'an dernier'); 'mardi' the publication day. Money: the price '1,15 milliard d’euros', "
                      "the value '1,4 milliard d’euros', the synergies '60 millions d’euros', the revenues '6,2 "
                      "milliards d’euros' and '180 millions d’euros', the earlier price '320 millions d’euros'. "
                      "Percentages: '82 %' (the stake bought), '18 %' (the stake kept), '3,1 %' and '24 %' (rises, no "
                      "sign written), '2,4 %' (a share move). 'onze centres de données' is a count.")
    M(a, f"1,15 milliard d{AP}euros", 1.15e9, "EUR")
    M(a, f"1,4 milliard d{AP}euros", 1.4e9, "EUR")
    M(a, f"60 millions d{AP}euros", 60e6, "EUR")
    M(a, f"6,2 milliards d{AP}euros", 6.2e9, "EUR")
    M(a, f"180 millions d{AP}euros", 180e6, "EUR")
    M(a, f"320 millions d{AP}euros", 320e6, "EUR")
    P(a, f"82{NN}%", 82)
    P(a, f"18{NN}%", 18)
    P(a, f"3,1{NN}%", 3.1)
    P(a, f"24{NN}%", 24)
    P(a, f"2,4{NN}%", 2.4)
    D(a, "7 févr. 2034 à 8:05", "2034-02-07T08:05", typ="TIME",
      note="the publication line: abbreviated month, clock time with a colon")
    D(a, "lundi", "2034-02-06", note="past: 'un communiqué publié lundi', the day before the Tuesday publication")
    D(a, f"fin de l{AP}été", "2034-SU", mod="END", note="'d’ici la fin de l’été': the coming summer's end")
    D(a, "2037", "2037", note="'d’ici 2037', inside 'Selon lui'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "2033", "2033", note="'a réalisé en 2033'")
    D(a, "2016", "2016", note="'Fondée en 2016'")
    D(a, "an dernier", "2033", note="'l’an dernier'")
    D(a, "2031", "2031", note="'En 2031, il avait croqué ...'")
    D(a, "mardi", "2034-02-07", note="'reculait de 2,4 % mardi à l’ouverture': the publication day")
    Q(a, f"[L{AP}opérateur rafle 82{NN}% du capital de {NV} auprès du fonds Eurazeo pour 1,15 milliard d{AP}euros], indique",
      "indirect", "indique", ("indique le [groupe]", TV, ORG),
      note="inverted 'indique le groupe dans un communiqué': the whole sentence before the comma; 'le groupe' is "
           "Telvia ('L’opérateur', 'Le lyonnais Telvia')")
    Q(a, f"{O}[Cette acquisition fait de {TV} le premier acteur français à maîtriser à la fois le réseau et le stockage des données]{C}",
      "direct", "précise", ("précise le [communiqué]", TV, ORG),
      note="a direct quote attributed to the statement named in the sentences before: its issuer, Telvia, speaks")
    Q(a, f"{O}[Le réseau ne suffit plus. Nos clients veulent que leurs données restent en France, sur des serveurs que nous contrôlons.\n\n{O}Avec {NV}, nous leur offrirons les deux, de la fibre jusqu{AP}au stockage]{C}",
      "direct", "a déclaré", (RC, RC, PER), gender="male",
      note="one quote over two paragraphs (the second reopened with '«'); the name in apposition to 'le PDG de "
           "Telvia', which shows the gender")
    Q(a, f"Selon lui, [l{AP}opération dégagera 60 millions d{AP}euros de synergies par an d{AP}ici 2037].", "indirect",
      "[Selon] lui", ("Selon [lui]", RC, PER), gender="male", note="'lui' is the CEO of the sentence before")
    Q(a, f"Selon {CD}, analyste chez Oddo BHF, [{TV} paie le prix fort mais s{AP}achète une place sur le segment le plus dynamique des télécoms].",
      "indirect", f"[Selon] {CD}", (CD, CD, PER), gender="female",
      note="'Selon X, analyste chez Y, <clause>': the clause after the apposition; the given name shows the gender")
    V(a, "acquisition", "rafle", {"target": NV, "buyer": TV, "seller": "Eurazeo",
                                  "amount": f"1,15 milliard d{AP}euros", "stake": f"82{NN}%", "date": "lundi",
                                  "status": "announced"},
      note="headline 'met la main sur', lead 'jette son dévolu sur' and the body's 'rafle' are one fact; the "
           "competition authority must still approve: announced")
    V(a, "valuation", "valorise", {"company": NV, "amount": f"1,4 milliard d{AP}euros"},
      note="'L’opération valorise la cible à ...': the value the deal implies; 'la cible' is Nuvélia")
    V(a, "role", "PDG", {"person": RC, "title": "PDG", "organization": TV}, note="'le PDG de Telvia, X'")
    V(a, "result", f"chiffre d{AP}affaires", {"company": TV, "metric": "revenue",
                                              "amount": f"6,2 milliards d{AP}euros", "change": f"3,1{NN}%",
                                              "period": "2033"})
    V(a, "result", "ventes", {"company": NV, "metric": "revenue", "amount": f"180 millions d{AP}euros",
                              "change": f"24{NN}%", "period": "an dernier"},
      note="'Nuvélia exploite ... ; ses ventes ont bondi de 24 % l’an dernier, à ...'")
    V(a, "acquisition", "croqué", {"target": AF, "buyer": TV, "amount": f"320 millions d{AP}euros", "date": "2031",
                                   "status": "done"},
      note="a second, separate deal: 'il avait croqué le breton Armorifibre'; 'il' is 'l’opérateur', Telvia")
    V(a, "role", "analyste", {"person": CD, "title": "analyste", "organization": "Oddo BHF"})


def define_q(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    FCM, MH, HT, NS = "FC Metz", "Marc Hagenbach", "Hagenbach Transports", "Northbay Sports"
    TR, LM, YB, RL = "Thomas Rieffel", "Laurent Moesch", "Yanis Berrada", "Le Républicain lorrain"
    # ------------------------------------------------------------ Q: a Ligue 1 club to be bought by a local businessman (regional daily, web)
    a = B.article("Q-football-metz-rachat", "2034-04-17", (
        f"Ligue 1 : l'industriel {MH} va racheter le {FCM}\n"
        "Par Élodie Schaller\n"
        "Publié le lundi 17 avril 2034 à 12h40\n\n"
        f"Le {FCM} change de mains. L'industriel mosellan {MH}, patron du groupe de logistique {HT}, va "
        f"racheter 70{NB}% du club au fonds américain {NS} pour environ 48 millions d'euros, a annoncé lundi le "
        "club. L'accord doit encore être validé par la DNCG, le gendarme financier du football professionnel. "
        f"Northbay, qui avait acquis le club en 2029 pour 31 millions d'euros, conservera 30{NB}% du capital.\n\n"
        f"{O}Metz est un club populaire, il mérite d'être tenu par quelqu'un d'ici{C}, a déclaré {MH} lors "
        f"d'une conférence de presse dans un hôtel de Metz. Le nouveau président du {FCM} sera {TR}, jusqu'ici "
        f"directeur général de {HT}. Selon {RL}, l'homme d'affaires lorgne aussi le F91 Dudelange, au "
        "Luxembourg.\n\n"
        "Sur le terrain, les Grenats ont fêté la nouvelle à leur manière. Samedi, Metz s'est imposé face à Lens "
        "(2-1) au stade Saint-Symphorien, lors de la 30e journée de Ligue 1, et remonte à la onzième place. "
        f"{O}Les joueurs ont répondu présent malgré tout le bruit autour du club{C}, a savouré l'entraîneur "
        f"messin, {LM}. {O}Un nouveau propriétaire, c'est bien. Mais ce sont les points qui nous "
        f"maintiendront{C}, a-t-il lâché.\n\n"
        f"{O}Je suis ici depuis six ans et je n'ai jamais vu Saint-Symphorien aussi bruyant{C}, confie le milieu "
        f"de terrain {YB}, auteur du but de la victoire. Le Marocain, arrivé de Clermont l'été dernier pour 3,5 "
        "millions d'euros, est déjà suivi par l'Eintracht Francfort."))
    for s, l, c, o in [(FCM, ORG, None, False), (MH, PER, None, False), (HT, ORG, None, False),
                       ("Élodie Schaller", PER, None, False), (NS, ORG, None, False), ("DNCG", ORG, None, False),
                       ("Northbay", ORG, NS, False), (f"{O}[Metz] est un club", ORG, FCM, False),
                       ("hôtel de [Metz]", LOC, None, False), (TR, PER, None, False), (RL, ORG, None, False),
                       ("F91 Dudelange", ORG, None, False), ("Luxembourg", LOC, None, False),
                       ("Grenats", ORG, FCM, True), ("Samedi, [Metz] s'est", ORG, FCM, False),
                       ("Lens", ORG, None, False), ("Saint-Symphorien", LOC, None, False),
                       ("Ligue 1", MISC, None, False), (LM, PER, None, False), (YB, PER, None, False),
                       ("Clermont", ORG, None, False), ("Eintracht Francfort", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web sports article of a regional daily copied as plain text: a headline opened by the "
                      "league's name and a colon ('Ligue 1 : l'industriel ...'), a byline ('Par Élodie Schaller') and "
                      "a publication line with the weekday and the clock time ('Publié le lundi 17 avril 2034 à "
                      "12h40'), no dateline. The reference date is that day (Monday 17 April 2034), the day of the "
                      "announcement ('a annoncé lundi'). Straight apostrophes; no-break spaces (U+00A0) before '%' "
                      "and inside the guillemets.")
    a["notes"].append("Entities: 'FC Metz' (a real club in an invented story) is ORG; the town standing for the "
                      "club is ORG with the full name as canonical ('Samedi, Metz s'est imposé face à Lens', and "
                      "'Metz est un club populaire' inside the buyer's marked words), while 'un hôtel de Metz' is the "
                      "town (LOC), as 'Caen' in the seventh set and 'Pau' in the thirteenth; the opponent 'Lens' "
                      "(never named in full here) and the selling club 'Clermont' ('arrivé de Clermont', as 'arrive "
                      "de Dunkerque' in the seventh set) are ORG with their written form as canonical; the buyer's "
                      "company 'Hagenbach Transports' (ORG, twice) and the buyer 'Marc Hagenbach' (PER, twice) are "
                      "kept apart; the seller 'Northbay Sports' and the bare 'Northbay' are one ORG (canonical the "
                      "full name); 'DNCG' (never spelled out here) keeps its form, as in the sixth set; the paper "
                      "'Le Républicain lorrain' keeps its article (part of the name, as 'Le Monde'); 'F91 Dudelange' "
                      "and 'Eintracht Francfort' are ORG; 'Luxembourg' ('au Luxembourg': the country) is LOC; the "
                      "stadium is 'Saint-Symphorien' without 'stade' (twice, once inside the player's marked words), "
                      "LOC, as 'Vélodrome' and 'Bollaert-Delelis'; 'Ligue 1' (headline and body) is MISC. The "
                      "players' nickname 'les Grenats' is an optional ORG (canonical FC Metz), as 'les Sang et Or' in "
                      "the second set. 'mosellan', 'américain', 'messin' are adjectives, 'Le Marocain' a demonym; "
                      "'le club', 'l'homme d'affaires', 'Le nouveau président' are not names.")
    a["notes"].append("Quotes: the club announces the deal through an inverted clause ('<clause>, a annoncé lundi le "
                      "club': speaker the noun 'club', canonical FC Metz, as 'a annoncé lundi le club de Top 14' in "
                      "the thirteenth set); the buyer by name ('« ... », a déclaré Marc Hagenbach'); a paper by name "
                      "('Selon Le Républicain lorrain, <clause>'); the coach '« ... », a savouré l'entraîneur messin, "
                      "X', then '« ... », a-t-il lâché' (two sentences inside one pair of marks: one quote; 'il' is "
                      "the coach); *new*: a player after a position noun in an inverted present-tense cue ('« ... », "
                      "confie le milieu de terrain X': speaker the name). Not quotes: 'L'accord doit encore être "
                      "validé par la DNCG', 'les Grenats ont fêté la nouvelle'.")
    a["notes"].append("Events: one fact, one event: the purchase (headline 'va racheter le FC Metz', body 'va racheter "
                      "70 % du club au fonds américain Northbay Sports pour environ 48 millions d'euros') is one "
                      "announced acquisition (the DNCG must still approve), trigger the body's verb 'racheter' (the "
                      "second occurrence), buyer the person Marc Hagenbach, seller Northbay Sports, stake '70 %', date "
                      "'lundi' (the announcement); the seller's own purchase referred back to ('Northbay, qui avait "
                      "acquis le club en 2029 pour 31 millions d'euros') is a done acquisition; 'l'homme d'affaires "
                      "lorgne aussi le F91 Dudelange' (a paper's report of an interest) is planned, as 'lorgnait' in "
                      "the seventh set. Roles: 'X, patron du groupe de logistique Hagenbach Transports' "
                      "(organization required); 'Le nouveau président du FC Metz sera X' (a new post, organization "
                      "required); 'jusqu'ici directeur général de Hagenbach Transports' (the post held until now, "
                      "organization required); 'l'entraîneur messin, X' (organization optional: the club by an "
                      "adjective, as in the eleventh set); 'le milieu de terrain X' (a player's position) is "
                      "optional. Not events: the transfer fee, the interest of Eintracht Francfort, the stake kept "
                      "('30 %'), the match.")
    a["notes"].append("Dates: the publication line 'lundi 17 avril 2034 à 12h40' is one TIME with its weekday; "
                      "'lundi' (the announcement) the publication day; 'en 2029' the year; 'Samedi' (a match "
                      "played) the Saturday before, 2034-04-15; 'depuis six ans' (inside the player's marked words) "
                      "a duration; 'l'été dernier' 2033-SU (span 'été dernier', as in the first set); 'jusqu'ici' "
                      "(PRESENT_REF) optional, as in the earlier sets. The score '(2-1)', 'la 30e journée' and 'la "
                      "onzième place' are not annotated. Money: the price '48 millions d'euros' (after 'environ', not "
                      "in the span), the seller's 2029 price '31 millions d'euros', the transfer fee '3,5 millions "
                      "d'euros'. Percentages: '70 %' (the stake bought), '30 %' (the stake kept).")
    M(a, "48 millions d'euros", 48e6, "EUR")
    M(a, "31 millions d'euros", 31e6, "EUR")
    M(a, "3,5 millions d'euros", 3.5e6, "EUR")
    P(a, f"70{NB}%", 70)
    P(a, f"30{NB}%", 30)
    D(a, "lundi 17 avril 2034 à 12h40", "2034-04-17T12:40", typ="TIME",
      note="the publication line: weekday, day and clock time")
    D(a, "lundi", "2034-04-17", nth=1, note="'a annoncé lundi le club': the publication day")
    D(a, "2029", "2029", note="'qui avait acquis le club en 2029'")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True, note="as in the earlier sets")
    D(a, "Samedi", "2034-04-15", note="past: the match, the Saturday before the Monday publication")
    D(a, "six ans", "P6Y", typ="DURATION", note="'depuis six ans', inside the player's marked words")
    D(a, "été dernier", "2033-SU", note="'arrivé de Clermont l'été dernier'")
    Q(a, f"[L'industriel mosellan {MH}, patron du groupe de logistique {HT}, va racheter 70{NB}% du club au fonds américain {NS} pour environ 48 millions d'euros], a annoncé",
      "indirect", "a annoncé", ("lundi le [club]", FCM, ORG),
      note="inverted; 'le club' is the FC Metz of the sentence before")
    Q(a, f"{O}[Metz est un club populaire, il mérite d'être tenu par quelqu'un d'ici]{C}", "direct", "a déclaré",
      (MH, MH, PER), gender="male", note="'L'industriel' and the given name show the gender")
    Q(a, f"Selon {RL}, [l'homme d'affaires lorgne aussi le F91 Dudelange, au Luxembourg].", "indirect",
      "[Selon] Le Républicain", (RL, RL, ORG), note="'Selon <paper>, <clause>'")
    Q(a, f"{O}[Les joueurs ont répondu présent malgré tout le bruit autour du club]{C}", "direct", "a savouré",
      (LM, LM, PER), gender="male", note="the name in apposition to 'l'entraîneur messin', which shows the gender")
    Q(a, f"{O}[Un nouveau propriétaire, c'est bien. Mais ce sont les points qui nous maintiendront]{C}", "direct",
      "a-t-il lâché", ("a-t-[il] lâché", LM, PER), gender="male",
      note="two sentences inside one pair of marks: one quote; 'il' is the coach of the sentence before")
    Q(a, f"{O}[Je suis ici depuis six ans et je n'ai jamais vu Saint-Symphorien aussi bruyant]{C}", "direct",
      "confie", (YB, YB, PER), gender="male",
      note="inverted present-tense cue; the name after the position noun 'le milieu de terrain', which shows the "
           "gender")
    V(a, "acquisition", "racheter", {"target": FCM, "buyer": MH, "seller": NS, "amount": "48 millions d'euros",
                                     "stake": f"70{NB}%", "date": "[lundi] le club", "status": "announced"}, nth=1,
      note="the body's 'va racheter' (the headline states the same deal); the DNCG must still approve: announced")
    V(a, "role", "patron", {"person": MH, "title": "patron", "organization": HT},
      note="'X, patron du groupe de logistique Hagenbach Transports'")
    V(a, "acquisition", "acquis", {"target": FCM, "buyer": "Northbay", "amount": "31 millions d'euros",
                                   "date": "2029", "status": "done"},
      note="the seller's own purchase, referred back to ('qui avait acquis le club en 2029'); 'le club' is FC Metz")
    V(a, "role", "nouveau [président] du", {"person": TR, "title": "président", "organization": FCM},
      note="'Le nouveau président du FC Metz sera X': a new post")
    V(a, "role", "directeur général", {"person": TR, "title": "directeur général", "organization": HT},
      note="the post held until now ('jusqu'ici directeur général de Hagenbach Transports')")
    V(a, "acquisition", "lorgne", {"target": "F91 Dudelange", "buyer": MH, "status": "planned"},
      note="'l'homme d'affaires lorgne aussi ...' (Marc Hagenbach), reported by a paper: planned")
    V(a, "role", "entraîneur", {"person": LM, "title": "entraîneur", "organization": ("opt", FCM)},
      note="'l'entraîneur messin, X': the club by an adjective")
    V(a, "role", "milieu de terrain", {"person": YB, "title": "milieu de terrain"}, optional=True,
      note="a player's position")


def define_r(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article
    SK, PF, AL, HM = "Sophie Kerautret", "Paul Ferrand", "Antoine Lherbier", "Hélène Marchal"
    MEF = "ministre de l'Économie et des Finances"
    # ------------------------------------------------------------ R: a new economy minister, a new head of Bpifrance, La Poste's results (AFP)
    a = B.article("R-ministre-bpifrance-la-poste", "2034-03-15", (
        f"PARIS, 15 mars (AFP) - {SK} a été nommée mercredi {MEF}, une semaine après la démission de "
        f"{PF}, selon un communiqué de l'Élysée. Ancienne sous-gouverneure de la Banque de France, elle entre "
        "pour la première fois au gouvernement.\n\n"
        f"{O}Je n'ai pas de baguette magique, mais j'ai une boussole : l'industrie, la dette et le pouvoir "
        f"d'achat{C}, a-t-elle déclaré lors de la passation de pouvoirs. La ministre estime que le déficit public "
        "peut revenir à 4,2 % du PIB en 2035 sans hausse d'impôts. Selon son entourage, elle recevra dès vendredi "
        "les syndicats et le patronat.\n\n"
        f"Le Conseil des ministres a également nommé {AL} directeur général de Bpifrance. Jusqu'ici conseiller "
        f"économique à l'Élysée, il succède à {HM}, partie à la retraite, et a indiqué vouloir doubler les prêts "
        "de la banque publique aux PME industrielles d'ici 2037. Le RN dénonce "
        f"{O}une nomination de copinage{C}. Pour LFI, le gouvernement {O}recase ses fidèles{C}.\n\n"
        "La nouvelle ministre hérite aussi d'un dossier sensible. La Poste, détenue à 66 % par la Caisse des "
        "dépôts et à 34 % par l'État, a publié mercredi ses comptes 2033 : le groupe a dégagé un bénéfice net de "
        "1,02 milliard d'euros, en hausse de 21 %, pour un chiffre d'affaires de 35,1 milliards d'euros (+2,3 %). "
        "Sa marge opérationnelle a gagné 0,6 point, à 4,9 %, portée par les colis et La Banque postale. Selon le "
        "groupe, le volume du courrier a encore reculé de 7 % l'an dernier. La Poste versera à ses deux actionnaires "
        "un dividende de 250 millions d'euros.\n\n"
        "La CGT juge que ces bénéfices ont été obtenus au prix de 4 000 suppressions de postes en un an. Le "
        "syndicat appelle les postiers à la grève le 28 mars."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), (SK, PER, None, False),
                       (PF, PER, None, False), ("Élysée", ORG, None, False), ("Banque de France", ORG, None, False),
                       ("Conseil des ministres", ORG, None, True), (AL, PER, None, False),
                       ("Bpifrance", ORG, None, False), (HM, PER, None, False), ("RN", ORG, None, False), ("LFI", ORG, None, False),
                       ("La Banque postale", ORG, None, False), ("La Poste", ORG, None, False),
                       ("Caisse des dépôts", ORG, None, False), ("CGT", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (PARIS, AFP): the reference date is the dateline day (Wednesday 15 March "
                      "2034), the day of the appointments and of the results ('nommée mercredi', 'a publié "
                      "mercredi'). Straight apostrophes; ordinary spaces before '%' and inside the guillemets; an "
                      "ordinary space in the count '4 000 suppressions'.")
    a["notes"].append("Entities: the dateline 'PARIS' is LOC and 'AFP' ORG, as in the earlier dispatches; the "
                      "ministers and bankers are coined (PER); 'l'Élysée' (twice: the issuer of the communiqué, the "
                      "presidency where the new banker worked) is ORG; 'Banque de France', 'Bpifrance', 'Caisse des "
                      "dépôts' (lower-case tail, as in the second set) and 'CGT' are ORG; 'Conseil des ministres' is "
                      "an optional ORG, as in the eleventh and twelfth sets; the party acronyms 'RN' and 'LFI' (never "
                      "spelled out) keep their form; *new*: the state-owned postal group 'La Poste' and its bank 'La Banque "
                      "postale' keep their capitalised article, which belongs to the name (as 'La France insoumise' "
                      "in the second set). 'PIB', 'PME', 'l'État' "
                      "(as in the later sets), 'le gouvernement', 'La ministre', 'son entourage', 'le patronat', 'le "
                      "groupe', 'Le syndicat', 'les postiers' are not names.")
    a["notes"].append("Quotes: the appointment itself is reported by a document whose issuer is named "
                      "('<clause>, selon un communiqué de l'Élysée': indirect, the Élysée speaks, as in the "
                      "fourteenth set); the minister directly ('« ... », a-t-elle déclaré': 'elle' is the minister, "
                      "the subject of the paragraph before) and indirectly through a noun phrase ('La ministre estime "
                      "que <clause>': speaker the noun 'ministre', canonical Sophie Kerautret, gender female) and "
                      "through her staff ('Selon son entourage, <clause>': a noun-phrase speaker, canonical null, as "
                      "in the fifth and eighth sets); the new banker 'il ... a indiqué vouloir <infinitive clause>' "
                      "(span from the infinitive 'vouloir', as 'a annoncé avoir racheté' in the sixteenth set; 'il' is "
                      "Antoine Lherbier); the party by name ('Le RN dénonce « une nomination de copinage »': a marked "
                      "noun phrase, one direct quote, as 'Le PLQ dénonce « un chèque en blanc »' in the tenth set); "
                      "a second party through 'Pour LFI, le gouvernement « ... »' (a partly marked clause: one direct "
                      "quote for the marked words, as 'Pour X, le texte « ... »' in the eleventh set); the company through 'Selon le groupe, <clause>' (canonical La Poste); the union by name ('La "
                      "CGT juge que <clause>': indirect, no marks). Not quotes: 'a publié mercredi ses comptes 2033' "
                      "(a noun-phrase object), 'Le syndicat appelle les postiers à la grève' (a call, no words "
                      "reported).")
    a["notes"].append("Events: roles: 'X a été nommée ... ministre de l'Économie et des Finances' (a new post, title "
                      "as written, no organization, as ministers in the earlier sets); 'Ancienne sous-gouverneure de "
                      "la Banque de France' (a former post with its title: organization required, 'elle' being the "
                      "minister); 'a également nommé X directeur général de Bpifrance' (a new post, organization "
                      "required); 'Jusqu'ici conseiller économique à l'Élysée, il ...' (the post held until now; "
                      "organization optional: 'à l'Élysée' names the presidency by its seat, place and body at once). "
                      "Optional: the predecessors named after 'la démission de X' and 'il succède à X' (no title of "
                      "their own), as in the earlier sets. Results of La Poste for 2033: the net profit with its rise "
                      "and the revenue with its signed change in brackets ('(+2,3 %)'), the year written once for "
                      "both ('ses comptes 2033': the revenue's period optional); the operating margin's gain in "
                      "points ('0,6 point, à 4,9 %') is an optional result (metric other), as in the earlier sets. "
                      "Not events: the state's and the Caisse des dépôts' holdings ('66 %', '34 %': ownership, no deal "
                      "told), the deficit target (a government's plan), the mail volume (an operating statistic, not "
                      "a financial figure), the dividend, the job cuts, the strike.")
    a["notes"].append("Dates: '15 mars' (dateline) and 'mercredi' twice (the appointment, the results) the dateline "
                      "day; 'une semaine' ('une semaine après la démission') a duration, as in the second set; 'en "
                      "2035' the deficit target's year; 'dès vendredi' (future) the coming Friday, 2034-03-17; "
                      "'Jusqu'ici' (PRESENT_REF) optional; 'd'ici 2037' the year; 'comptes 2033' the year; 'l'an "
                      "dernier' 2033; 'en un an' a duration; 'le 28 mars' the coming one. Money: '1,02 milliard "
                      "d'euros', '35,1 milliards d'euros', the dividend '250 millions d'euros'. Percentages: '4,2 %' (a deficit ratio), '66 %' and '34 %' "
                      "(holdings), '21 %' (a rise), '+2,3 %' (sign kept in the span), '0,6 point' (points: a margin's "
                      "gain), '4,9 %' (a margin), '7 %' (a volume fall). '4 000 suppressions de postes' is a count.")
    M(a, "1,02 milliard d'euros", 1.02e9, "EUR")
    M(a, "35,1 milliards d'euros", 35.1e9, "EUR")
    M(a, "250 millions d'euros", 250e6, "EUR")
    P(a, "4,2 %", 4.2)
    P(a, "66 %", 66)
    P(a, "34 %", 34)
    P(a, "21 %", 21)
    P(a, "+2,3 %", 2.3)
    P(a, "0,6 point", 0.6, points=True)
    P(a, "4,9 %", 4.9)
    P(a, "7 %", 7)
    D(a, "15 mars", "2034-03-15", note="dateline")
    D(a, "mercredi", "2034-03-15", note="'a été nommée mercredi': the dateline day")
    D(a, "une semaine", "P1W", typ="DURATION", note="'une semaine après la démission de X'")
    D(a, "2035", "2035", note="'en 2035', inside the minister's reported clause")
    D(a, "vendredi", "2034-03-17", note="future: 'elle recevra dès vendredi'")
    D(a, "Jusqu'ici", "PRESENT_REF", opt=True, note="as in the earlier sets")
    D(a, "2037", "2037", note="'d'ici 2037'")
    D(a, "mercredi", "2034-03-15", nth=1, note="'a publié mercredi ses comptes 2033': the dateline day")
    D(a, "2033", "2033", note="'ses comptes 2033'")
    D(a, "an dernier", "2033", note="'l'an dernier'")
    D(a, "un an", "P1Y", typ="DURATION", note="'en un an'")
    D(a, "28 mars", "2034-03-28", note="future: 'appelle ... à la grève le 28 mars'")
    Q(a, f"[{SK} a été nommée mercredi {MEF}, une semaine après la démission de {PF}], selon", "indirect",
      "[selon] un communiqué", ("communiqué de l'[Élysée]", "Élysée", ORG),
      note="inverted 'selon un communiqué de <issuer>': the issuer named speaks")
    Q(a, f"{O}[Je n'ai pas de baguette magique, mais j'ai une boussole : l'industrie, la dette et le pouvoir d'achat]{C}",
      "direct", "a-t-elle déclaré", ("a-t-[elle] déclaré", SK, PER), gender="female",
      note="'elle' is the new minister, the subject of the paragraph before")
    Q(a, "estime que [le déficit public peut revenir à 4,2 % du PIB en 2035 sans hausse d'impôts].", "indirect",
      "estime", ("La [ministre] estime", SK, PER), gender="female",
      note="'La ministre' is Sophie Kerautret; the noun shows the gender")
    Q(a, "Selon son entourage, [elle recevra dès vendredi les syndicats et le patronat].", "indirect",
      "[Selon] son entourage", ("Selon [son entourage]", None, None),
      note="the minister's staff, unnamed: noun phrase, canonical null")
    Q(a, "indiqué [vouloir doubler les prêts de la banque publique aux PME industrielles d'ici 2037].", "indirect",
      "a indiqué", ("[il] succède", AL, PER), gender="male",
      note="'il ... a indiqué vouloir': the span starts at the infinitive; 'il' is Antoine Lherbier, named in the "
           "sentence before; 'directeur' and 'conseiller' show the gender")
    Q(a, f"{O}[une nomination de copinage]{C}", "direct", "dénonce", ("RN", "RN", ORG),
      note="a marked noun phrase after 'dénonce': the party speaks by name")
    Q(a, f"{O}[recase ses fidèles]{C}", "direct", "[Pour] LFI", ("LFI", "LFI", ORG),
      note="'Pour LFI, le gouvernement « ... »': one direct quote for the marked words, the party speaking, as 'Pour "
           "X, le texte « ... »' in the eleventh set")
    Q(a, "groupe, [le volume du courrier a encore reculé de 7 % l'an dernier].", "indirect", "[Selon] le groupe",
      ("Selon le [groupe]", "La Poste", ORG), note="'le groupe' is La Poste, the subject of the sentences before")
    Q(a, "juge que [ces bénéfices ont été obtenus au prix de 4 000 suppressions de postes en un an].", "indirect",
      "juge", ("CGT", "CGT", ORG), note="a union speaking by name, no marks")
    V(a, "role", MEF, {"person": SK, "title": MEF}, note="a new post ('a été nommée ...'): no organization")
    V(a, "role", "[démission] de", {"person": PF}, optional=True,
      note="the predecessor named after 'la démission de X': no title of his own")
    V(a, "role", "sous-gouverneure", {"person": SK, "title": "sous-gouverneure", "organization": "Banque de France"},
      note="a former post with its title ('Ancienne sous-gouverneure de la Banque de France, elle ...')")
    V(a, "role", "directeur général", {"person": AL, "title": "directeur général", "organization": "Bpifrance"},
      note="'a également nommé X directeur général de Bpifrance': a new post")
    V(a, "role", "conseiller économique", {"person": AL, "title": "conseiller économique",
                                           "organization": ("opt", "Élysée")},
      note="the post held until now ('Jusqu'ici conseiller économique à l'Élysée, il ...')")
    V(a, "role", "succède", {"person": HM, "organization": ("opt", "Bpifrance")}, optional=True,
      note="the predecessor named after 'il succède à X': no title of her own")
    V(a, "result", "bénéfice net", {"company": "La Poste", "metric": "net_income", "amount": "1,02 milliard d'euros",
                                    "change": "21 %", "period": "2033"},
      note="'le groupe a dégagé un bénéfice net de ...': La Poste, the subject of the same sentence")
    V(a, "result", "chiffre d'affaires", {"company": "La Poste", "metric": "revenue",
                                          "amount": "35,1 milliards d'euros", "change": "+2,3 %",
                                          "period": ("opt", "2033")},
      note="the signed change in brackets; the year written once for both figures")
    V(a, "result", "marge opérationnelle", {"company": "La Poste", "metric": "other", "change": "0,6 point",
                                            "period": ("opt", "2033")}, optional=True,
      note="a margin's gain in points, optional as in the earlier sets")
