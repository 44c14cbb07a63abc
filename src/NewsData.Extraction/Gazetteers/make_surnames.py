#!/usr/bin/env python3
"""Regenerates surnames.tsv from the US Census Bureau's 1990 surname list (public domain):
dist.all.last, one surname a line in capitals with its frequency in per cent, cumulative
frequency and rank. A copy is in the public repository nullstyle/name-database
(sources/census-1990/dist.all.last):

    python3 make_surnames.py dist.all.last > surnames.tsv

Keeps surnames borne by at least MIN_PERCENT per cent of the people counted (about the 7,500
commonest), with one capital letter ("GARCIA" → "Garcia"). Names with an inner capital
("McDonald") are therefore not matched in that spelling; the tagger's other features see them.
"""
import sys

MIN_PERCENT = 0.002


def main(path):
    print("# US surnames of at least %.3f %% of the 1990 census (US Census Bureau, public domain). Regenerate with make_surnames.py." % MIN_PERCENT)
    print("# name\tper cent of people")
    rows = []
    for line in open(path, encoding="ascii"):
        columns = line.split()
        if len(columns) == 4 and float(columns[1]) >= MIN_PERCENT:
            rows.append((columns[0][:1] + columns[0][1:].lower(), columns[1]))
    for name, percent in sorted(rows):
        print("%s\t%s" % (name, percent))


if __name__ == "__main__":
    main(sys.argv[1])
