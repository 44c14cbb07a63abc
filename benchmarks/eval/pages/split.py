#!/usr/bin/env python3
"""Split the flattened benchmark (flatten.py's output) into a development and a held-out part.

usage: split.py OUTDIR

The split was fixed before any page was looked at and depends only on each page's id:
a page is held out when int(sha256("newsdata-split-v1:" + id)[:8], 16) % 3 == 0 (about one
third). It writes OUTDIR/gold-dev.json and OUTDIR/gold-heldout.json (subsets of gold.json) and
OUTDIR/dev/ and OUTDIR/heldout/ holding copies of the pages, so a tool can be pointed at one part.
Tune on dev only; report heldout beside it.
"""
import hashlib
import json
import os
import shutil
import sys


def is_held_out(page_id: str) -> bool:
    digest = hashlib.sha256(("newsdata-split-v1:" + page_id).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 3 == 0


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    with open(os.path.join(out, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    parts = {"dev": {}, "heldout": {}}
    for page_id, entry in gold.items():
        parts["heldout" if is_held_out(page_id) else "dev"][page_id] = entry
    for name, entries in parts.items():
        folder = os.path.join(out, name)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        for page_id in entries:
            shutil.copyfile(os.path.join(out, page_id + ".txt"), os.path.join(folder, page_id + ".txt"))
        with open(os.path.join(out, "gold-%s.json" % name), "w", encoding="utf-8") as f:
            json.dump(entries, f, ensure_ascii=False, indent=1, sort_keys=True)
        print("%s: %d pages" % (name, len(entries)))


if __name__ == "__main__":
    main()
