#!/usr/bin/env python3
"""Builds dates_news.jsonl from the annotated articles below.

Markup: [[span|TYPE|value]] with optional |MOD and |opt fields
(TYPE: D = DATE, T = TIME, DU = DURATION, S = SET). Offsets are computed
in code points on the text with the markup removed.
Run: python3 tests/data/dates_news/build.py > tests/data/dates_news/dates_news.jsonl
     python3 tests/data/dates_news/build.py blind > tests/data/dates_news/dates_news_blind.jsonl
"""
import json
import re
import sys

TYPES = {"D": "DATE", "T": "TIME", "DU": "DURATION", "S": "SET"}
MARK = re.compile(r"\[\[([^\]|]+)\|([^\]]*)\]\]")

ARTICLES = [
("politique", "2026-03-12", """\
Le gouvernement présentera [[mardi|D|2026-03-17]] en Conseil des ministres un projet de loi sur la fin de vie, a annoncé [[ce jeudi|D|2026-03-12]] la porte-parole. \
Le texte, promis depuis l'[[automne|D|2025-FA]], sera examiné par l'Assemblée nationale à partir du [[20 avril|D|2026-04-20]]. \
La Première ministre, âgée de 58 ans, souhaite une adoption définitive avant l'[[été|D|2026-SU]]. \
« Nous avons pris le temps de consulter, pendant [[six mois|DU|P6M]], plus de 1500 soignants », a-t-elle déclaré [[mercredi soir|T|2026-03-11T18]] sur France 2. \
La précédente version avait été rejetée en [[juin 2024|D|2024-06]], après la dissolution. \
Le groupe socialiste, qui compte 66 députés, réclame un débat dès la [[semaine prochaine|D|2026-W12]]. \
Le recours au 49.3 n'est pas exclu, selon l'entourage du président. \
Le président de la commission a rappelé que la loi n° 2016-87 du [[2 février 2016|D|2016-02-02]] reste en vigueur. \
Une convention citoyenne avait travaillé sur le sujet de [[décembre 2022 à avril 2023|D|2022-12]]. \
Les sénateurs se prononceront à leur tour [[fin mai|D|2026-05|END]]. \
Un sondage réalisé [[lundi|D|2026-03-09]] auprès de 2000 personnes montre que 72 % des Français soutiennent le texte. \
Le scrutin de [[2027|D|2027]] est pourtant dans toutes les têtes. \
Le chef de l'État, élu pour un mandat de [[cinq ans|DU|P5Y]], s'exprimera le [[14 Juillet|D|2026-07-14]]. \
[[Il y a trois ans|D|2023]], il avait promis une grande loi sur le sujet. \
En [[2022|D|2022]], 2 000 manifestants avaient défilé à Paris pour réclamer ce droit. \
Le texte comprend 21 articles et sera lu en séance jusqu'à [[minuit|T|2026-03-12T24:00||opt]].\
"""),
("marches", "2025-11-20", """\
Le CAC 40 a clôturé [[mercredi|D|2025-11-19]] en hausse de 1,2 %, à 8 012 points, porté par les valeurs du luxe. \
Le chiffre d'affaires du groupe au [[troisième trimestre|D|2025-Q3]] a progressé de 4 %, à 12,3 milliards d'euros. \
La direction vise un bénéfice de 2 milliards d'euros en [[2026|D|2026]]. \
Depuis le [[début de l'année|D|2025|START]], l'indice parisien a gagné 9 %. \
La Banque centrale européenne se réunira le [[18 décembre|D|2025-12-18]]. \
Elle avait maintenu ses taux à 2 % lors de sa réunion d'[[octobre|D|2025-10]]. \
Le rendement de l'OAT à [[10 ans|DU|P10Y||opt]] est remonté à 3,4 %. \
Les résultats annuels seront publiés [[mi-février|D|2026-02|MID]]. \
Sur [[un an|DU|P1Y||opt]], l'inflation est revenue à 1,1 %. \
Le groupe avait supprimé 1500 postes en [[2023|D|2023]], dont 300 en France. \
Au [[premier semestre 2026|D|2026-H1]], la société prévoit d'ouvrir 40 magasins. \
Son plan stratégique court jusqu'en [[2028|D|2028]]. \
Un dividende de 2,50 euros sera versé le [[5 mai 2026|D|2026-05-05]]. \
L'[[an dernier|D|2024]], le titre avait perdu 12 %. \
La fusion, annoncée [[il y a dix-huit mois|D|2024-05]], n'a toujours pas reçu le feu vert de Bruxelles. \
Les 1 800 salariés du site de Toulouse seront fixés sur leur sort d'ici la [[fin de l'année|D|2025|END]].\
"""),
("sport", "2026-01-15", """\
Le PSG a battu Lille 3-1 [[samedi|D|2026-01-10]] au Parc des Princes. \
Le [[lendemain|D|2026-01-11]], Marseille s'est imposé 2-0 à Nice. \
Les Parisiens affronteront Liverpool en huitièmes de finale de la Ligue des champions le [[11 mars à 21 heures|T|2026-03-11T21:00]]. \
L'attaquant de 24 ans, arrivé en [[2023|D|2023]], a prolongé son contrat de [[trois ans|DU|P3Y]], soit jusqu'en [[juin 2029|D|2029-06]]. \
Le gardien, âgé de 36 ans, pourrait prendre sa retraite à l'issue de la [[saison|D|PAST_REF||opt]]. \
La Coupe du monde [[2026|D|2026||opt]] aura lieu [[du 11 juin au 19 juillet|D|2026-06-11]] aux États-Unis, au Canada et au Mexique. \
En [[1998|D|1998]], les Bleus avaient remporté leur premier titre mondial. \
L'équipe reste sur 12 matches sans défaite et mène 2-0 à la mi-temps en moyenne. \
Le match retour est prévu le [[mardi 20 janvier à 20h45|T|2026-01-20T20:45]]. \
Blessé depuis [[novembre|D|2025-11]], le capitaine devrait être indisponible [[trois semaines|DU|P3W]] de plus. \
Le record du stade date de [[1986|D|1986]]. \
Le marathon de Paris, le [[12 avril|D|2026-04-12]], réunira 57 000 coureurs. \
[[Ce week-end|D|2026-W03-WE]], le Stade Toulousain reçoit le Racing 92. \
Le XV de France disputera le Tournoi des Six Nations à partir du [[5 février|D|2026-02-05]].\
"""),
("culture", "2025-06-04", """\
Le festival d'Avignon se tiendra [[du 5 au 26 juillet|D|2025-07-05]]. \
La Nuit des musées aura lieu [[samedi soir|T|2025-06-07T18]] dans 3 000 établissements. \
Le réalisateur, âgé de 45 ans, présente son premier film depuis [[2019|D|2019]]. \
Tourné en [[huit semaines|DU|P8W]] dans les Cévennes, il sortira en salles le [[17 septembre|D|2025-09-17]]. \
Le musée, fermé [[chaque mardi|S|XXXX-WXX-2]], accueille une exposition consacrée aux [[années 80|D|198]]. \
Elle présente aussi un roman paru en [[1962|D|1962]] et jamais réédité. \
La pièce dure [[deux heures|DU|PT2H]] et un garçon de 12 ans y tient le rôle principal. \
Après le Printemps de Bourges, qui s'est tenu en [[avril|D|2025-04]], la chanteuse part en tournée. \
Elle fête [[cette année|D|2025]] ses [[30 ans|DU|P30Y||opt]] de carrière. \
La Fête de la musique, le [[21 juin|D|2025-06-21]], sera retransmise en direct. \
Le musée d'Orsay, consacré aux peintres du [[XIXe siècle|D|18||opt]], prépare une rétrospective. \
Arte diffusera le documentaire le [[3 novembre à 20h55|T|2025-11-03T20:55]]. \
Le Salon du livre avait attiré 100 000 visiteurs l'[[an dernier|D|2024]]. \
La saison 2 de la série est attendue sur Netflix à l'[[automne|D|2025-FA]].\
"""),
("tech", "2026-02-03", """\
Apple a publié [[lundi|D|2026-02-02]] la mise à jour iOS 26.2, qui corrige 17 failles. \
Microsoft a cessé le [[14 octobre 2025|D|2025-10-14]] de prendre en charge Windows 10, au profit de Windows 11. \
La société vise 2 milliards d'utilisateurs d'ici [[2030|D|2030]]. \
OpenAI avait lancé GPT-5 en [[août|D|2025-08]]. \
Les serveurs sont restés indisponibles pendant [[48 heures|DU|PT48H]]. \
La caméra de 48 mégapixels filmera en 8K à 120 images par seconde. \
Le Mobile World Congress se tiendra à Barcelone [[du 2 au 5 mars|D|2026-03-02]]. \
Le smartphone sera commercialisé au [[deuxième trimestre|D|2026-Q2]] au prix de 1 199 euros. \
La start-up, fondée [[il y a cinq ans|D|2021]], emploie 250 personnes et revendique 3 millions d'utilisateurs. \
En [[2024|D|2024]], elle avait levé 40 millions d'euros. \
La version 2.0 de son assistant arrivera au [[printemps|D|2026-SP]]. \
La batterie tient [[deux jours|DU|P2D]] en usage normal. \
Le logiciel est mis à jour [[tous les mois|S|P1M]]. \
[[Mi-2026|D|2026|MID]], l'entreprise ouvrira un bureau à Paris. \
Le support client répond au 01 45 67 89 12.\
"""),
("faits-divers", "2025-09-22", """\
Un homme de 34 ans a été interpellé [[dimanche|D|2025-09-21]] à Marseille. \
Les faits se sont produits [[samedi soir, vers 23h30|T|2025-09-20T23:30]], au 12, rue de la République. \
La victime, une Bordelaise de 26 ans, a été hospitalisée. \
Le suspect avait déjà été condamné en [[2021|D|2021]] à [[deux ans|DU|P2Y]] de prison. \
Il sera présenté à un juge d'instruction [[mardi|D|2025-09-23]]. \
La [[veille|D|2025-09-20]] de son arrestation, il avait été contrôlé sans papiers. \
Une fillette âgée d'un an a été retrouvée saine et sauve dans l'appartement. \
Les pompiers sont intervenus [[dimanche à 4 heures du matin|T|2025-09-21T04:00]]. \
Le prévenu encourt [[dix ans|DU|P10Y]] d'emprisonnement. \
Le procès devrait s'ouvrir [[début 2026|D|2026|START]] devant la cour d'assises. \
Un appel à témoins a été lancé par la police au 17. \
Dans ce quartier de 2000 habitants, c'est le troisième drame depuis [[janvier|D|2025-01]]. \
Un garçon de 15 ans avait été blessé par balle en [[mars|D|2025-03]].\
"""),
("international", "2025-10-07", """\
WASHINGTON, [[7 octobre|D|2025-10-07]] (AFP) - Le président américain a annoncé [[mardi|D|2025-10-07]] un plan de paix en vingt points. \
Le sommet du G20 se tiendra les [[22 et 23 novembre|D|2025-11-22]] à Johannesburg. \
Les élections de mi-mandat de [[novembre 2026|D|2026-11]] s'annoncent serrées. \
La guerre en Ukraine, qui dure depuis [[février 2022|D|2022-02]], a fait des dizaines de milliers de morts. \
Le cessez-le-feu conclu la [[semaine dernière|D|2025-W40]] reste fragile. \
L'accord de libre-échange, signé en [[1994|D|1994]], doit être renégocié. \
Le Congrès doit voter le budget avant le [[31 décembre|D|2025-12-31]]. \
Le blocage budgétaire, entamé le [[1er octobre|D|2025-10-01]], paralyse l'administration. \
Les deux camps ont accepté une trêve de [[72 heures|DU|PT72H]]. \
Le secrétaire d'État se rendra [[jeudi|D|2025-10-09]] à Jérusalem, puis [[vendredi|D|2025-10-10]] au Caire. \
Le Conseil de sécurité de l'ONU, réuni [[lundi soir|T|2025-10-06T18]], a rappelé la résolution 1701. \
[[Il y a deux ans|D|2023]], le [[7 octobre 2023|D|2023-10-07]], l'attaque du Hamas avait fait 1 200 morts. \
Washington a livré 2000 missiles à ses alliés en [[dix-huit mois|DU|P18M]].\
"""),
("science", "2026-04-30", """\
La sonde, lancée en [[2018|D|2018]], a atteint [[mercredi|D|2026-04-29]] l'orbite de Mercure. \
Le télescope observera la comète pendant [[trois ans|DU|P3Y]]. \
La mission doit durer [[dix ans|DU|P10Y]] au total. \
La fusée Ariane 6 décollera de Kourou le [[12 mai à 17h02|T|2026-05-12T17:02]]. \
Une éclipse totale sera visible en Espagne le [[12 août 2026|D|2026-08-12]]. \
La France s'est engagée à atteindre la neutralité carbone d'ici [[2050|D|2050]]. \
Le glacier a perdu 30 % de sa masse en [[vingt ans|DU|P20Y]]. \
L'étude, publiée [[cette semaine|D|2026-W18]] dans Nature, porte sur 2500 patients suivis pendant [[cinq ans|DU|P5Y]]. \
L'essai avait commencé à l'[[hiver 2022|D|2022-WI]]. \
Le fossile, vieux de 66 millions d'années, a été découvert en Patagonie. \
La molécule a une demi-vie de [[huit heures|DU|PT8H]]. \
Les résultats complets sont attendus au [[second semestre|D|2026-H2]]. \
L'Académie des sciences, fondée en [[1666|D|1666]], a salué ces travaux. \
Les volontaires, âgés de 60 à 75 ans, ont reçu deux doses. \
La prochaine mission lunaire habitée est prévue pour [[2027|D|2027]].\
"""),
("communique", "2025-12-10", """\
COMMUNIQUÉ DE PRESSE - Paris, le [[10 décembre 2025|D|2025-12-10]]. \
Le groupe Alvéa annonce l'acquisition de la société Norim, spécialiste des logiciels de paie. \
La transaction devrait être finalisée au [[premier trimestre 2026|D|2026-Q1]], sous réserve des autorisations réglementaires. \
Fondée en [[2009|D|2009]], Norim emploie 1 500 collaborateurs dans 12 pays. \
Elle a réalisé un chiffre d'affaires de 320 millions d'euros en [[2024|D|2024]]. \
L'opération sera soumise à l'assemblée générale du [[15 janvier 2026|D|2026-01-15]]. \
Une conférence téléphonique se tiendra [[demain à 9h00|T|2025-12-11T09:00]]. \
Numéro d'accès : +33 1 40 20 50 50, code 2025. \
Prochaine publication : chiffre d'affaires annuel [[2025|D|2025]], le [[12 février 2026|D|2026-02-12]]. \
L'acquisition s'inscrit dans le plan stratégique Horizon [[2030|D|2030||opt]]. \
Siège social : 12 rue de Rivoli, 75001 Paris, RCS Paris 552 100 554. \
Le service client est joignable [[du lundi au vendredi|S|XXXX-WXX||opt]], de 9 h à 18 h. \
Conformément à l'article L. 225-100 du Code de commerce, ce communiqué est publié sur le site du groupe.\
"""),
("entretien", "2026-05-18", """\
Marathonienne amatrice, Claire Dumas raconte sa passion. \
« J'ai commencé à courir à 40 ans, après un divorce », confie-t-elle. \
Elle a 52 ans [[aujourd'hui|D|PRESENT_REF||opt]] et court quatre marathons par an. \
« En [[2015|D|2015]], j'ai tout quitté pour m'installer à Annecy. \
Cela fait [[dix ans|DU|P10Y]] que j'attends ce moment. \
L'[[an prochain|D|2027]], je ferai le marathon de New York. » \
Elle est rentrée de Tokyo [[jeudi|D|2026-05-14]]. \
« Le [[1er juin|D|2026-06-01]], je pars pour le Canada, et je reviendrai en [[septembre|D|2026-09]]. \
[[En ce moment|D|PRESENT_REF||opt]], je dors mal. \
Depuis [[trois mois|DU|P3M]], je ne pense qu'à ça. \
J'ai perdu mon père en [[mars|D|2026-03]], il m'a appris à ne jamais renoncer. \
Quand j'avais 20 ans, je détestais le sport. » \
Son record date de [[2019|D|2019]] : [[3 heures 12 minutes|DU|PT3H12M||opt]]. \
« [[Dans deux semaines|D|2026-W23||opt]], tout sera fini », sourit-elle.\
"""),
("education", "2026-07-01", """\
Les résultats du baccalauréat ont été publiés [[vendredi|D|2026-06-26]] sur le site du ministère. \
Le taux de réussite atteint 91 %, contre 90,5 % en [[2025|D|2025]]. \
[[Chaque année|S|P1Y]], plus de 700 000 candidats passent l'examen. \
La rentrée scolaire aura lieu le [[mardi 1er septembre|D|2026-09-01]]. \
Les vacances de la Toussaint commenceront le [[17 octobre|D|2026-10-17]]. \
Le ministre, en poste depuis [[décembre|D|2025-12]], a promis 12 000 postes supplémentaires. \
Les élèves de 3e passeront le brevet réformé à partir de [[2027|D|2027]]. \
Les lycéens de 15 à 18 ans seront concernés par la nouvelle plateforme. \
Le ministère publiera ses propositions d'ici [[Noël|D|2026-12-25]]. \
[[Cet été|D|2026-SU]], 1 500 écoles seront rénovées. \
La grève du [[jeudi 5 décembre 2019|D|2019-12-05]] reste dans toutes les mémoires. \
Le décret n° 2024-1023 encadre déjà les stages de seconde. \
Les enseignants seront formés pendant [[deux semaines|DU|P2W]] en [[août|D|2026-08]].\
"""),
("meteo", "2026-02-26", """\
Météo-France a placé 12 départements en vigilance orange [[jeudi|D|2026-02-26]]. \
Des rafales de 130 km/h sont attendues [[vendredi matin|T|2026-02-27T04]] sur les côtes bretonnes. \
L'épisode devrait durer jusqu'à [[dimanche|D|2026-03-01]]. \
Le mois de [[janvier|D|2026-01]] a été le plus pluvieux depuis [[1959|D|1959]]. \
Les températures remonteront la [[semaine prochaine|D|2026-W10]]. \
En [[décembre 1999|D|1999-12]], la tempête Lothar avait fait 92 morts en France. \
L'A7 est coupée entre les kilomètres 200 et 215. \
Un automobiliste de 70 ans a été blessé par la chute d'un arbre. \
Les secours ont reçu 2 500 appels en [[24 heures|DU|PT24H]]. \
Les crues pourraient se prolonger jusqu'au [[10 mars|D|2026-03-10]]. \
Le dernier épisode de ce type remonte à [[novembre 2023|D|2023-11]]. \
Un retour au calme est espéré au [[printemps|D|2026-SP]].\
"""),
]

# Second batch: written after the first round of rule changes, before the
# extractor was run on it, to check that those changes generalise.
ARTICLES += [
("politique-locale", "2025-03-18", """\
Le conseil municipal de Lyon a adopté [[lundi soir|T|2025-03-17T18]] son budget pour [[2025|D|2025]], avec un retard de [[trois mois|DU|P3M]]. \
Le maire, réélu en [[2020|D|2020]] pour [[six ans|DU|P6Y]], briguera un second mandat aux municipales de [[mars 2026|D|2026-03]]. \
Le vote est intervenu après [[sept heures|DU|PT7H]] de débats. \
La prochaine séance aura lieu le [[lundi 31 mars à 18 heures|T|2025-03-31T18:00]]. \
Les travaux du tramway T9, lancés en [[janvier|D|2025-01]], doivent s'achever à l'[[été 2027|D|2027-SU]]. \
Le budget prévoit 1 200 logements sociaux et 350 places en crèche. \
L'opposition dénonce une hausse de 4 % de la taxe foncière, la première depuis [[2014|D|2014]]. \
« Nous tenons nos engagements depuis [[cinq ans|DU|P5Y]] », a déclaré le maire, 58 ans. \
Une réunion publique est programmée [[jeudi|D|2025-03-20]] à la mairie du 3e arrondissement. \
Le préfet avait suspendu le projet le [[mois dernier|D|2025-02]]. \
Le chantier de la Part-Dieu durera jusqu'en [[2030|D|2030]]. \
[[Cette semaine|D|2025-W12]], les élus doivent aussi voter le plan vélo, chiffré à 100 millions d'euros sur [[cinq ans|DU|P5Y]].\
"""),
("emploi", "2026-06-11", """\
Le taux de chômage est resté stable à 7,4 % au [[premier trimestre|D|2026-Q1]], selon l'Insee, qui publiait ses chiffres [[jeudi|D|2026-06-11]]. \
Sur [[un an|DU|P1Y||opt]], il a reculé de 0,3 point. \
Le gouvernement table sur un taux de 7 % d'ici la [[fin de l'année|D|2026|END]]. \
La réforme de l'assurance chômage, entrée en vigueur le [[1er avril|D|2026-04-01]], réduit la durée maximale d'indemnisation à [[15 mois|DU|P15M]]. \
Les demandeurs d'emploi de plus de 55 ans conservent [[22 mois|DU|P22M]] de droits. \
Le constructeur supprimera 3 000 postes d'ici [[2028|D|2028]]. \
L'usine de Flins, fermée depuis [[2024|D|2024]], sera reconvertie. \
Le salaire minimum a été revalorisé de 2 % le [[1er janvier|D|2026-01-01]]. \
Les embauches en CDI ont progressé de 5 % en [[mai|D|2026-05]], après un recul en [[avril|D|2026-04]]. \
Le ministre du Travail présentera son plan [[mardi prochain|D|2026-06-16]]. \
L'intérim, qui emploie 700 000 personnes, recule depuis [[dix-huit mois|DU|P18M]]. \
Les chiffres du [[deuxième trimestre|D|2026-Q2]] seront publiés le [[13 août|D|2026-08-13]]. \
Plusieurs entreprises testent la semaine de [[quatre jours|DU|P4D||opt]], selon l'article L. 1233-3 du code du travail.\
"""),
("justice", "2025-12-02", """\
Le procès de l'ancien ministre s'est ouvert [[lundi|D|2025-12-01]] devant le tribunal correctionnel de Paris. \
Il doit durer [[trois semaines|DU|P3W]], jusqu'au [[19 décembre|D|2025-12-19]]. \
L'ancien ministre, 71 ans, est poursuivi pour des faits commis entre [[2012 et 2017|D|2012]]. \
Il encourt [[cinq ans|DU|P5Y]] d'emprisonnement et 375 000 euros d'amende. \
Mis en examen en [[octobre 2019|D|2019-10]], il a toujours nié. \
La cour d'appel de Versailles avait rendu son arrêt le [[14 mai 2024|D|2024-05-14]]. \
Le jugement sera mis en délibéré au [[15 janvier|D|2026-01-15]]. \
L'affaire avait été révélée par la presse en [[2018|D|2018]]. \
Le parquet national financier, créé en [[2013|D|2013]], a requis [[dix-huit mois|DU|P18M]] de prison avec sursis. \
L'audience reprendra [[mercredi à 13h30|T|2025-12-03T13:30]]. \
Un témoin, entendu [[vendredi dernier|D|2025-11-28]], a contredit sa version. \
Les faits relèvent de l'article 432-11 du code pénal. \
Son coprévenu, un homme de 45 ans originaire de Nantes, a gardé le silence. \
La décision est attendue en [[janvier|D|2026-01]].\
"""),
("cyclisme-tennis", "2025-07-09", """\
Le Tour de France a quitté Lille [[samedi|D|2025-07-05]] pour [[trois semaines|DU|P3W]] de course. \
Le Slovène, vainqueur en [[2020|D|2020]], [[2021|D|2021]] et [[2024|D|2024]], porte le maillot jaune depuis [[dimanche|D|2025-07-06]]. \
L'arrivée sera jugée le [[dimanche 27 juillet|D|2025-07-27]] sur les Champs-Élysées. \
Le sprinteur de 23 ans a remporté sa deuxième victoire d'étape [[mardi|D|2025-07-08]]. \
À Wimbledon, la finale dames se jouera [[samedi à 15 heures|T|2025-07-12T15:00]]. \
La Française, 22 ans, s'est qualifiée en [[deux heures et demie|DU|PT2H30M||opt]], sur le score de 6-4, 3-6, 7-5. \
Elle n'avait plus atteint ce stade depuis [[2019|D|2019]]. \
Les Jeux olympiques d'hiver de [[2030|D|2030]] auront lieu dans les Alpes françaises. \
Le PSG a repris l'entraînement [[lundi|D|2025-07-07]] après [[un mois|DU|P1M]] de vacances. \
Le mercato d'été fermera le [[1er septembre|D|2025-09-01]]. \
Le club a recruté un défenseur de 19 ans pour 40 millions d'euros.\
"""),
("sante", "2026-10-20", """\
La campagne de vaccination contre la grippe a débuté [[mardi|D|2026-10-20]] et se poursuivra jusqu'au [[31 janvier|D|2027-01-31]]. \
Les personnes de plus de 65 ans et les femmes enceintes sont prioritaires. \
L'[[an dernier|D|2025]], la grippe avait causé 2 800 décès. \
Le pic épidémique avait été atteint en [[janvier|D|2026-01]]. \
La Haute Autorité de santé publiera ses recommandations d'ici [[novembre|D|2026-11]]. \
Les pharmacies vaccinent depuis [[2021|D|2021]]. \
Le Covid-19, apparu [[fin 2019|D|2019|END]], circule toujours. \
Les hôpitaux ont enregistré 1 500 passages aux urgences la [[semaine dernière|D|2026-W42]]. \
Le ministre de la Santé se rendra [[vendredi|D|2026-10-23]] à Lille. \
Un nouveau traitement sera remboursé à partir du [[1er décembre|D|2026-12-01]]. \
Les antiviraux doivent être pris dans les [[48 heures|DU|PT48H]] qui suivent les symptômes. \
Les patients sont suivis [[tous les six mois|S|P6M]]. \
Une étude menée pendant [[dix ans|DU|P10Y]] sur 20 000 adultes de 40 à 70 ans confirme ces résultats.\
"""),
("bruxelles", "2026-02-03", """\
BRUXELLES, [[3 février|D|2026-02-03]] (AFP) - Les ministres européens de l'Agriculture se sont réunis [[lundi|D|2026-02-02]] pour tenter de sortir de la crise. \
L'accord avec le Mercosur, signé en [[décembre|D|2025-12]], doit encore être ratifié. \
Les agriculteurs manifesteront à nouveau [[jeudi|D|2026-02-05]] devant le Parlement européen. \
La Commission présentera sa réforme de la politique agricole d'ici l'[[été|D|2026-SU]]. \
La politique agricole commune, créée en [[1962|D|1962]], représente un tiers du budget européen. \
Le prochain cadre financier [[2028-2034|D|2028]] est en cours de négociation. \
Les Vingt-Sept se retrouveront les [[19 et 20 mars|D|2026-03-19]] pour un sommet. \
La présidence chypriote de l'UE, qui a commencé le [[1er janvier|D|2026-01-01]], s'achèvera le [[30 juin|D|2026-06-30]]. \
En [[2024|D|2024]], des milliers de tracteurs avaient bloqué Bruxelles pendant [[deux jours|DU|P2D]]. \
Les droits de douane de 15 % s'appliquent depuis le [[7 août|D|2025-08-07]]. \
Le G7 se réunira en [[juin|D|2026-06]] à Évian. \
La directive 2019/633 encadre les pratiques commerciales déloyales. \
« Nous avons [[trois semaines|DU|P3W]] pour trouver un compromis », a déclaré [[mardi|D|2026-02-03]] le commissaire.\
"""),
("immobilier", "2025-04-24", """\
Les prix des logements anciens ont baissé de 1,5 % sur [[un an|DU|P1Y||opt]] au [[premier trimestre|D|2025-Q1]], selon les notaires. \
Les taux d'emprunt sur [[20 ans|DU|P20Y||opt]] s'établissent à 3,3 % en [[avril|D|2025-04]]. \
Un appartement de 60 m2 à Paris coûte en moyenne 570 000 euros. \
La location des logements classés G est interdite depuis le [[1er janvier|D|2025-01-01]]. \
Les logements classés F seront concernés en [[2028|D|2028]]. \
Le prêt à taux zéro, prolongé jusqu'à [[fin 2027|D|2027|END]], est élargi à tout le territoire. \
Julie, 34 ans, a acheté un deux-pièces à Nantes en [[mars|D|2025-03]]. \
Elle rembourse 1 100 euros par mois pendant [[25 ans|DU|P25Y]]. \
Le marché devrait se redresser au [[second semestre|D|2025-H2]]. \
Les soldes d'été débuteront le [[mercredi 25 juin|D|2025-06-25]]. \
La loi Climat et résilience du [[22 août 2021|D|2021-08-22]] a fixé le calendrier. \
Renseignements au numéro vert 0 800 123 456. \
La garantie décennale couvre les défauts pendant [[dix ans|DU|P10Y]].\
"""),
("commemoration", "2025-11-11", """\
Le président a présidé [[ce mardi|D|2025-11-11]] la cérémonie du [[11-Novembre|D|2025-11-11||opt]] sous l'Arc de triomphe. \
La [[veille|D|2025-11-10]], des écoliers avaient lu des lettres de poilus. \
L'armistice, signé le [[11 novembre 1918|D|1918-11-11]] à Rethondes, mit fin à [[quatre années|DU|P4Y]] de guerre. \
Plus de 1,4 million de soldats français sont morts entre [[1914 et 1918|D|1914]]. \
Le dernier poilu est mort en [[2008|D|2008]] à l'âge de 110 ans. \
La flamme du Soldat inconnu est ravivée [[chaque soir|S|XXXX-XX-XXTEV||opt]] depuis [[1923|D|1923]]. \
Le [[8 mai 1945|D|1945-05-08]], l'Allemagne nazie capitulait. \
Le musée de la Grande Guerre, ouvert en [[2011|D|2011]] à Meaux, attend 150 000 visiteurs [[cette année|D|2025]]. \
L'[[an prochain|D|2026]], on célébrera le 110e anniversaire de la bataille de Verdun, qui dura [[dix mois|DU|P10M]] en [[1916|D|1916]]. \
La cérémonie a duré [[une heure|DU|PT1H]]. \
Un vétéran de 99 ans, ancien résistant, a déposé une gerbe.\
"""),
]

# Written and annotated before the extractor was run on them, one article
# per family of rules (the year from the governing verb, `il y a` and its
# unit, durations in whole units, times and parts of the day, loosely
# written dates): the blind set, `dates_news_blind.jsonl`.
BLIND = [
("engagements", "2025-09-10", """\
Le ministre de l'Économie a promis de présenter le texte en [[décembre|D|2025-12]], devant les syndicats reçus à Bercy. \
Interrogée [[lundi|D|2025-09-08]], la présidente de région a déclaré vouloir se présenter en [[janvier|D|2026-01]] à la primaire. \
Le groupe prévoit d'ouvrir sa nouvelle usine en [[juin|D|2026-06]], après [[deux ans|DU|P2Y]] de travaux. \
L'entreprise s'est engagée à rembourser ses créanciers d'ici le [[30 juin|D|2026-06-30]]. \
Le maire avait annoncé son intention de rénover la piscine avant l'[[été|D|2026-SU]]. \
Le syndicat a menacé de faire grève le [[2 octobre|D|2025-10-02]] si les négociations échouaient. \
La ministre a présenté son plan en [[juillet|D|2025-07]] à Matignon. \
Le préfet a tenté de joindre le maire le [[3 septembre|D|2025-09-03]], sans succès. \
Le club s'est fixé pour objectif de rembourser sa dette avant [[fin mars|D|2026-03|END]]. \
La direction a assuré qu'elle publierait ses comptes le [[15 octobre|D|2025-10-15]].\
"""),
("il_y_a", "2025-02-20", """\
[[Il y a quatre mois|D|2024-10]], la jeune pousse lyonnaise comptait douze salariés. \
Son usine de Vénissieux a fermé [[il y a deux semaines|D|2025-W06]], faute de commandes. \
[[Il y a dix ans|D|2015]], le site employait 800 personnes. \
Le prototype a été présenté [[il y a trois jours|D|2025-02-17]] au salon de Las Vegas. \
Ses deux fondateurs se sont rencontrés [[il y a 20 ans|D|2005]] sur les bancs de l'école. \
Les travaux de l'usine avaient duré [[trois ans et demi|DU|P42M]]. \
La réunion avec les repreneurs a duré [[deux heures et demie|DU|PT150M]] [[mardi|D|2025-02-18]]. \
Les salariés ont patienté [[trois quarts d'heure|DU|PT45M]] devant la préfecture. \
Le conseil d'administration a siégé pendant [[2h15|DU|PT2H15M]], sans parvenir à un accord. \
Le directeur, nommé pour un mandat de [[cinq ans et demi|DU|P66M]], a démissionné [[hier|D|2025-02-19]].\
"""),
("faits_divers", "2025-04-10", """\
Un incendie s'est déclaré [[mardi en fin d'après-midi|T|2025-04-08T17|END]] dans un entrepôt de Villeurbanne. \
Les pompiers sont revenus sur place dans la [[soirée de mercredi|T|2025-04-09T18]] pour éteindre un nouveau départ de feu. \
La circulation des trains reprendra à [[quatre heures et demie demain matin|T|2025-04-11T04:30]], selon la SNCF. \
Le premier train pour Paris partira [[vendredi à huit heures vingt|T|2025-04-11T08:20]]. \
Une marche blanche est prévue [[ce jeudi à dix-neuf heures|T|2025-04-10T19:00]] devant la mairie. \
Le préfet s'exprimera à la [[mi-journée|T|2025-04-10T11]]. \
L'alerte avait été donnée [[mardi à 17h40|T|2025-04-08T17:40]] par un voisin. \
Le feu a été maîtrisé [[mercredi à midi et quart|T|2025-04-09T12:15]]. \
Les enquêteurs ont travaillé [[toute la nuit|DU|PT12H||opt]] sur le site.\
"""),
("archives", "2025-06-18", """\
Le décret du [[8 juillet de 1962|D|1962-07-08]] fixait déjà les règles de classement des archives. \
Au cours de l'[[hiver 2019|D|2019-WI]], une inondation a endommagé les registres du sous-sol. \
Les travaux de restauration se sont achevés au [[printemps 2024|D|2024-SP]]. \
Un registre de l'état civil, daté du [[lundi 03/06/24|D|2024-06-03]], a été numérisé en priorité. \
Le procès de l'ancien archiviste s'est ouvert le [[12 mai|D|2025-05-12]] devant le tribunal correctionnel. \
La [[veille|D|2025-05-11]], ses avocats avaient demandé un renvoi. \
Le jugement a été rendu le [[surlendemain|D|2025-05-14]]. \
Le serveur a enregistré l'intrusion le [[14/Jul/2023|D|2023-07-14]], selon le rapport d'expertise. \
Le bordereau, daté du [[12 03 2025|D|2025-03-12]], mentionne 1500 cartons.\
"""),
]

# Times of day and loosely written dates, annotated before the rules for
# them were written: parts of the day as spans of hours (with and without
# a day), seconds, midi and minuit with minutes, English month
# abbreviations between slashes. `python3 build.py times`.
TIMES = [
("orage_nuit", "2025-11-06", """\
Un violent orage a frappé l'agglomération lyonnaise [[cette nuit|T|2025-11-05T22]], privant d'électricité 20 000 foyers. \
Les premiers dégâts avaient été signalés [[mercredi en début de soirée|T|2025-11-05T18|START]] à Vaulx-en-Velin. \
Un premier incident était survenu dans la [[nuit de lundi à mardi|T|2025-11-03T22]] sur le même poste électrique. \
Le trafic du tramway, interrompu [[mardi|D|2025-11-04]] par une panne, avait été rétabli en [[fin de journée|T|2025-11-04T17|END]]. \
Le sismographe de l'observatoire a enregistré une secousse à [[21h10'15 mercredi|T|2025-11-05T21:10:15]]. \
Le dernier métro est parti à [[minuit vingt|T|2025-11-06T00:20]], bondé. \
Le maire tiendra une conférence de presse à [[midi trente|T|2025-11-06T12:30]] à l'hôtel de ville. \
La préfecture fera un nouveau point [[demain à midi moins le quart|T|2025-11-07T11:45]]. \
Les trains circuleront de nouveau à [[cinq heures moins le quart demain matin|T|2025-11-07T04:45]]. \
Une réunion publique se tiendra [[ce soir|T|2025-11-06T18]] à la salle des fêtes, et le ministre de l'Intérieur est attendu sur place dans la [[soirée|T|2025-11-06T18]]. \
Le conseil métropolitain votera une aide d'urgence [[lundi en fin d'après-midi|T|2025-11-10T17|END]]. \
Le rapport du fournisseur américain, publié le [[4/Nov/2025|D|2025-11-04]], situe le début de la panne le [[3 novembre à 8:15:45 am|T|2025-11-03T08:15:45]], heure de New York. \
Un premier relevé, daté du [[28/Oct/2025|D|2025-10-28]], signalait déjà une surchauffe. \
Un serveur, qui travaille le soir dans une brasserie du centre, raconte avoir vu les lumières s'éteindre.\
"""),
("seance_de_nuit", "2025-03-14", """\
L'Assemblée nationale a adopté le texte [[hier en fin de soirée|T|2025-03-13T21|END]], après une séance houleuse. \
Le vote solennel a été proclamé [[jeudi à 23:59:30|T|2025-03-13T23:59:30]], à [[trente secondes|DU|PT30S]] de la clôture. \
Le Premier ministre s'est exprimé [[ce matin|T|2025-03-14T04]] sur une radio publique. \
Le Conseil constitutionnel rendra sa décision [[vendredi prochain en milieu de journée|T|2025-03-21T11|MID]]. \
Les débats reprendront [[lundi matin|T|2025-03-17T04]] au Sénat, et les sénateurs siégeront jusque dans la [[nuit|T|2025-03-17T22||opt]]. \
Le journal de midi de la chaîne parlementaire a consacré [[vingt minutes|DU|PT20M]] au scrutin. \
Le texte, déposé le [[12/Feb/2025|D|2025-02-12]], aura été examiné en [[un mois|DU|P1M]].\
"""),
]


def build(name, ref, marked):
    text = ""
    dates = []
    pos = 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        span = m.group(1)
        fields = m.group(2).split("|")
        start = len(text)
        text += span
        item = {"text": span, "start": start, "end": len(text),
                "type": TYPES[fields[0]], "value": fields[1]}
        if len(fields) > 2 and fields[2]:
            item["mod"] = fields[2]
        if len(fields) > 3 and fields[3] == "opt":
            item["optional"] = True
        dates.append(item)
        pos = m.end()
    text += marked[pos:]
    if "[[" in text or "]]" in text:
        sys.exit(f"{name}: unbalanced markup")
    return {"id": name, "reference_date": ref, "text": text, "dates": dates}


# `blind` as the first argument builds the blind set, `times` the set of
# times of day.
SET = {"blind": BLIND, "times": TIMES}.get(sys.argv[1] if sys.argv[1:] else "", ARTICLES)
for name, ref, marked in SET:
    print(json.dumps(build(name, ref, marked), ensure_ascii=False))
