#!/usr/bin/env python3
"""Regenerates known-organizations.tsv: football clubs and large US companies, with their other names.

    git clone https://github.com/openfootball/clubs openfootball-clubs
    git clone https://github.com/datasets/s-and-p-500-companies
    python3 make_organizations.py openfootball-clubs s-and-p-500-companies/data/constituents.csv > known-organizations.tsv

Clubs: every club of openfootball/clubs (CC0 1.0), its name and the other names listed under it
("Bayern München", "Bayern Munich [en]", "FC Bayern"), reserve sides ("ii)") and abbreviations with
dots ("Tottenham H.") left out, each also without its accents ("Atletico Madrid"). Companies: the S&P 500 constituents (datasets/s-and-p-500-companies,
PDDL 1.0), each as listed ("Abbott Laboratories") and without its legal form ("Apple Inc." → "Apple").

A name is marked ambiguous when it is one word, or when it is also a place (places.tsv, countries.tsv),
a compass word before a place ("Western Sydney"), a given name followed by a surname ("Charles Schwab"),
or made only of words news writes in lower case (common-words.tsv: "Young Boys", "Best Buy"): the tagger reads every name here as a feature, the gazetteer marks only the names
that are not ambiguous. Rows: name, kind (club or company), ISO country code or empty, ambiguous (1 or empty).
"""
import csv
import os
import re
import sys
import unicodedata

LEGAL_FORMS = re.compile(r",? (Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|Companies|plc|PLC|Ltd\.?|Limited|N\.V\.|S\.A\.|AG|SE|Holdings|Group)$")
CLASS_SUFFIX = re.compile(r" \((Class [A-Z]|Series [A-Z])\)$")
COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
FOLDERS = {"eng": "GB", "sco": "GB", "wal": "GB", "nir": "GB", "kos": "XK"}


def latin(text):
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def column(path, index=0):
    values = set()
    for line in open(path, encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            values.add(line.rstrip("\n").split("\t")[index])
    return values


def club_files(root):
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            # Per-country lists only: not the ".lang.xx" transliterations, props, histories or wiki lists.
            if re.fullmatch(r"[a-z]+\.clubs\.txt", name):
                code = name.split(".")[0]
                yield os.path.join(folder, name), FOLDERS.get(code, code.upper())


def clubs(root):
    """Yields (name, country) for each club and each of its other names (openfootball's club format)."""
    for path, country in club_files(root):
        reserve = False
        for raw in open(path, encoding="utf-8"):
            line = raw.split("#")[0].rstrip()
            if not line or line.startswith("="):
                continue
            if not raw[0].isspace():
                reserve = line.startswith(("ii)", "iii)"))
                if not reserve:
                    yield line.split(",")[0].strip(), country
            elif line.strip().startswith("|") and not reserve:
                for alias in line.split("|")[1:]:
                    yield re.sub(r"\s*\[[a-z]+\]", "", alias).strip(), country


def companies(path):
    for row in csv.DictReader(open(path, encoding="utf-8")):
        name = CLASS_SUFFIX.sub("", row["Security"].strip())
        yield name, "US"
        shorter = LEGAL_FORMS.sub("", name)
        if shorter != name:
            yield shorter, "US"


def usable(name):
    # "The Strongest" (a club in La Paz) reads as a phrase at a sentence start: no name here starts with "The".
    return len(name) >= 3 and "." not in name and latin(name) and not name[0].isdigit() and not name.startswith("The ")


def main(clubs_root, companies_csv):
    here = os.path.dirname(os.path.abspath(__file__))
    given, surnames, common = column(os.path.join(here, "given-names.tsv")), column(os.path.join(here, "surnames.tsv")), column(os.path.join(here, "common-words.tsv"))
    places = column(os.path.join(here, "places.tsv"))
    for line in open(os.path.join(here, "countries.tsv"), encoding="utf-8"):
        if not line.startswith("#"):
            for field in line.rstrip("\n").split("\t"):
                places.update(n for n in field.split(",") if n)

    def ambiguous(name):
        words = name.split()
        return (len(words) == 1 or name in places or all(w.lower() in common for w in words)
                or (words[0] in COMPASS and " ".join(words[1:]) in places)
                or (len(words) == 2 and words[0] in given and words[1] in surnames))

    rows = {}
    for kind, names in (("club", clubs(clubs_root)), ("company", companies(companies_csv))):
        for name, country in names:
            # "$$Skoda$$ Xanthi" marks a sponsor's name, "HFC Haarlem (1889-2010)" a club's years.
            name = " ".join(re.sub(r"\([^)]*\)", "", name.replace("$$", "")).split())
            if usable(name) and name not in rows:
                rows[name] = (kind, country)
            # English news often drops the accents ("Atletico Madrid"): the plain spelling is a row of
            # its own, so the gazetteer loads every name as written, without Unicode normalisation.
            plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
            if usable(plain) and plain not in rows:
                rows[plain] = (kind, country)

    print("# Football clubs (openfootball/clubs, CC0 1.0) and S&P 500 companies (datasets/s-and-p-500-companies,")
    print("# PDDL 1.0), with their other names. Regenerate with make_organizations.py.")
    print("# name\tkind\tcountry\tambiguous")
    for name, (kind, country) in sorted(rows.items()):
        print("\t".join([name, kind, country, "1" if ambiguous(name) else ""]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
