#!/usr/bin/env bash
# Scores the extractor on real corpora that are not committed (see docs/evaluation.md and
# docs/data-sources.md). Builds the data under /tmp from a copy of each public repository on first
# use, extracts it with the newsdata CLI (Release) and prints the scorers' tables.
#
#   benchmarks/eval/run.sh pages   [AEB_SRC]       # article-extraction-benchmark: dev and held-out rows
#   benchmarks/eval/run.sh polnear [POLNEAR_SRC]   # PolNeAR dev split: quote attribution
#
# AEB_SRC / POLNEAR_SRC: a checkout or bare git directory of scrapinghub/article-extraction-benchmark
# or networkdynamics/PolNeAR (git clone https://github.com/<owner>/<name>). Output goes to
# ${NEWSDATA_EVAL_DIR:-/tmp/newsdata-eval}.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${NEWSDATA_EVAL_DIR:-/tmp/newsdata-eval}"
mkdir -p "$out"

cli() {
  dotnet build "$root/src/NewsData.Cli" -c Release -nologo -v q -clp:ErrorsOnly >&2
  dotnet "$root/src/NewsData.Cli/bin/Release/net10.0/NewsData.Cli.dll" "$@"
}

case "${1:-}" in
  pages)
    data="$out/aeb"
    if [ ! -f "$data/gold-heldout.json" ]; then
      src="${2:?give the path of a copy of scrapinghub/article-extraction-benchmark}"
      python3 "$here/pages/flatten.py" "$src" "$data"
      python3 "$here/pages/split.py" "$data"
    fi
    cli extract "$data/dev" "$data/heldout" --format json > "$out/aeb-extract.json"
    for part in dev heldout; do
      echo "== article-extraction-benchmark, $part part"
      python3 "$here/pages/score.py" "$data/gold-$part.json" "$out/aeb-extract.json" --json "$out/aeb-$part-metrics.json" 2>/dev/null
    done
    ;;
  polnear)
    data="$out/polnear-dev"
    if [ ! -f "$data/gold.json" ]; then
      src="${2:?give the path of a copy of networkdynamics/PolNeAR}"
      python3 "$here/polnear/polnear_build.py" "$src" "$data"
    fi
    cli extract "$data" --format json > "$out/polnear-dev-extract.json"
    python3 "$here/polnear/polnear_score.py" "$data/gold.json" "$out/polnear-dev-extract.json" --json "$out/polnear-dev-metrics.json"
    ;;
  *)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
