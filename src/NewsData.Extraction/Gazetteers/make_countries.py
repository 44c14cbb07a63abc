#!/usr/bin/env python3
"""Regenerates countries.tsv from the world-countries npm package (mledoze/countries, ODbL-1.0).

    npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz
    python3 make_countries.py package/countries.json > countries.tsv

Keeps, per country: the common name, Latin-script alternative names (not ISO codes, not inverted
"Korea, Republic of" forms), capitals and English demonyms. A demonym that a sovereign state and a
territory share ("Indian": India and the British Indian Ocean Territory; "Dutch"; "American") is kept
for the sovereign state only: news means India by "Indian". The output is a derived database and
stays under the ODbL (see docs/data-sources.md).
"""
import json
import sys
import unicodedata

# Forms English news uses that the source lists only as an ISO code.
SUPPLEMENT = {"US": ["US", "U.S."], "GB": ["U.K."], "TR": ["Turkey"]}


def latin(text):
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def main(path):
    countries = json.load(open(path, encoding="utf-8"))
    sovereign_demonyms = {v for c in countries if c.get("independent") for v in c.get("demonyms", {}).get("eng", {}).values() if v}
    print("# Derived from world-countries 5.1.0 (https://github.com/mledoze/countries), ODbL-1.0. Regenerate with make_countries.py.")
    print("# name\taliases\tcapitals\tdemonyms")
    for country in sorted(countries, key=lambda c: c["name"]["common"]):
        name = country["name"]["common"]
        codes = {country["cca2"]}
        aliases = [country["name"]["official"]] + country.get("altSpellings", []) + SUPPLEMENT.get(country["cca2"], [])
        aliases = [a for a in dict.fromkeys(aliases)
                   if a != name and latin(a) and "," not in a and "(" not in a and (a not in codes or a in SUPPLEMENT.get(country["cca2"], []))]
        capitals = [c for c in country.get("capital", []) if latin(c)]
        demonyms = list(dict.fromkeys(v for v in country.get("demonyms", {}).get("eng", {}).values()
                                      if v and (country.get("independent") or v not in sovereign_demonyms)))
        print("\t".join([name, ",".join(aliases), ",".join(capitals), ",".join(demonyms)]))


if __name__ == "__main__":
    main(sys.argv[1])
