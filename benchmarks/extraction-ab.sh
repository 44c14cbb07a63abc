#!/usr/bin/env bash
# Compares extraction speed before and after a change: builds NewsData.Extraction at a git ref (A) and
# from the working tree (B), then runs both in one process on the same files, alternating blocks of
# passes (benchmarks/NewsData.ExtractionAB). Check that the output is unchanged separately, e.g. by
# hashing `newsdata extract DIR --format json` on both sides.
#   bash benchmarks/extraction-ab.sh [REF=HEAD] [CORPUS=seeds] [PASSES_PER_BLOCK=500] [ROUNDS=50]
set -euo pipefail
ref="${1:-HEAD}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${2:-$repo/seeds}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/a"
git -C "$repo" archive "$ref" src Directory.Build.props Directory.Packages.props global.json | tar -x -C "$work/a"
dotnet build -c Release "$work/a/src/NewsData.Extraction" -o "$work/a.out" -nologo -v:q >/dev/null
dotnet build -c Release "$repo/src/NewsData.Extraction" -o "$work/b.out" -nologo -v:q >/dev/null
dotnet run -c Release --project "$repo/benchmarks/NewsData.ExtractionAB" -- "$work/a.out" "$work/b.out" "$corpus" "${3:-500}" "${4:-50}"
