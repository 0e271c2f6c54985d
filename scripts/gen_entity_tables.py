#!/usr/bin/env python3
"""Regenerates the large entity tables under data/entities/ from openly
licensed Debian packages. Standard library only.

    apt-get install -y iso-codes hunspell-fr-comprehensive wamerican-small
    python3 scripts/gen_entity_tables.py

Sources (see NOTICE):
- iso-codes (LGPL-2.1+): ISO 3166-1 country names and ISO 3166-2 French,
  Belgian, Swiss and US subdivision names, with their French translations.
- hunspell-fr-comprehensive, Dicollecte / Grammalecte (MPL-2.0): given
  names (po:prn), surnames (po:patr), other proper names (po:npr) and the
  common-word lexicon (every lower-case entry with its suffix forms).
- wamerican-small, SCOWL (Kevin Atkinson's permissive licence): common
  English words, lower case, that are no French word.
"""
import collections
import gettext
import json
import os
import re
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                   "entities")
ISO = "/usr/share/iso-codes/json"
LOCALE = "/usr/share/locale"
DIC = "/usr/share/hunspell/fr.dic"
ENGLISH = "/usr/share/dict/american-english-small"
AFF = "/usr/share/hunspell/fr.aff"


def nfc(s):
    return unicodedata.normalize("NFC", s).strip()


def write(name, header, rows):
    rows = sorted({nfc(r) for r in rows if r and nfc(r)},
                  key=lambda r: r.encode())
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for line in header.strip().splitlines():
            f.write("# " + line + "\n" if line else "#\n")
        for r in rows:
            f.write(r + "\n")
    print(f"{name}: {len(rows)} rows")


def iso_places():
    tr1 = gettext.translation("iso_3166-1", LOCALE, languages=["fr"])
    tr2 = gettext.translation("iso_3166-2", LOCALE, languages=["fr"])
    names = set()
    for c in json.load(open(f"{ISO}/iso_3166-1.json"))["3166-1"]:
        for key in ("common_name", "name"):
            if key in c:
                fr = tr1.gettext(c[key])
                # "Bolivie (État plurinational de)": keep the usual name.
                fr = re.sub(r"\s*\(.*\)$", "", fr)
                if "," not in fr:
                    names.add(fr)
    for c in json.load(open(f"{ISO}/iso_3166-2.json"))["3166-2"]:
        if c["code"][:3] in ("FR-", "US-", "BE-", "CH-", "CA-"):
            names.add(tr2.gettext(c["name"]))
    return {n for n in names if len(n) > 2}


def hunspell():
    """Returns (given, surnames, proper, lexicon)."""
    rules = collections.defaultdict(list)
    for line in open(AFF, encoding="utf-8"):
        p = line.split()
        if len(p) >= 5 and p[0] == "SFX":
            strip = "" if p[2] == "0" else p[2]
            add = p[3].split("/")[0]
            add = "" if add == "0" else add
            cond = None if p[4] == "." else re.compile("(?:" + p[4] + ")$")
            rules[p[1]].append((strip, add, cond))
    given, surnames, proper, lexicon = set(), set(), set(), set()
    acronyms, function = set(), set()
    for line in open(DIC, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line[0].isdigit() or not line.split():
            continue
        head = line.split()[0]
        word, _, flags = head.partition("/")
        if not word:
            continue
        if word[0].isupper():
            if word.isupper() and word.isalpha() and "po:nom" in line:
                acronyms.add(word)
            elif "po:prn" in line:
                given.add(word)
            elif "po:patr" in line:
                surnames.add(word)
            elif "po:npr" in line or ("po:nom" in line
                                      and word[1:].islower()):
                proper.add(word)
            continue
        if re.search(r"po:(det|prep|pro|cj|mg|advint|negadv)", line):
            function.add(word)
        forms = {word}
        for f in (flags[i:i + 2] for i in range(0, len(flags), 2)):
            for strip, add, cond in rules.get(f, ()):
                if strip and not word.endswith(strip):
                    continue
                if cond is not None and not cond.search(word):
                    continue
                forms.add(word[:len(word) - len(strip)] + add)
        lexicon |= {w for w in forms if w and " " not in w}
    return given, surnames, proper, lexicon, acronyms, function


def english(lexicon, given, surnames):
    """Common English words of three letters or more: the entries the list
    writes in lower case, less the French words, the given names and the
    surnames."""
    names = {g.lower() for g in given | surnames}
    with open(ENGLISH, encoding="utf-8") as f:
        words = {w.strip() for w in f}
    return {w for w in words
            if re.fullmatch(r"[a-z]{3,}", w)
            and w not in lexicon and w not in names}


def main():
    places = iso_places()
    given, surnames, proper, lexicon, acronyms, function = hunspell()
    src_iso = ("Source: Debian iso-codes (ISO 3166-1 and 3166-2 names, French "
               "translations),\nLGPL-2.1-or-later. Generated by "
               "scripts/gen_entity_tables.py; do not edit.")
    src_hun = ("Source: hunspell-fr (Dicollecte / Grammalecte French "
               "dictionary), MPL-2.0.\nGenerated by "
               "scripts/gen_entity_tables.py; do not edit.")
    write("places_iso.txt",
          "Countries and subdivisions (France, Belgium, Switzerland, Canada,"
          "\nUnited States) in French: LOC.\n" + src_iso, places)
    write("given_names.txt",
          "Given names (po:prn): a capitalised word followed by a name is a"
          "\nperson.\n" + src_hun, given)
    write("surnames.txt", "Surnames (po:patr).\n" + src_hun,
          surnames - given)
    write("proper_names.txt",
          "Other proper names (po:npr and capitalised nouns), mostly places."
          "\n" + src_hun, proper - given - surnames - places)
    write("acronyms.txt",
          "Acronyms the dictionary lists as common nouns (IA, PIB, TVA) along"
          "\nwith some organisations: alone, an upper-case word in this list"
          "\nis not taken as a name; data/entities/names.tsv lists the"
          "\norganisations.\n" + src_hun, acronyms)
    write("lexicon.txt",
          "Common French words, lower case, with their inflected forms: a"
          "\ncapitalised word that is one of these needs other evidence to be"
          "\na name.\n" + src_hun, lexicon)
    write("english_words.txt",
          "Common English words, lower case, that are no French word and no"
          "\ngiven name: a capitalised one is no part of a foreign person's"
          "\nname (`Unreal Engine`, `Global Witness`).\nSource: SCOWL "
          "(Debian package wamerican-small), Kevin Atkinson's\npermissive "
          "licence. Generated by scripts/gen_entity_tables.py; do not edit.",
          english(lexicon, given, surnames))
    write("function_words.txt",
          "Determiners, pronouns, prepositions, conjunctions and other"
          "\ngrammatical words, lower case: never part of a name, unless"
          "\nlisted (`Le Monde`) or a name particle (`de`).\n" + src_hun,
          {w for w in function if " " not in w and "'" not in w})


if __name__ == "__main__":
    main()
