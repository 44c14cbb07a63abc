#!/usr/bin/env bash
# Times `newsdata export` over N synthesised articles (the build benchmark's synthesiser) and reports wall time,
# files per second per core, CPU time (user + system: on a shared machine files per CPU-second is the steadier
# number) and peak memory (max resident set, from /usr/bin/time -v).
#   benchmarks/export-benchmark.sh 10000 [parquet|jsonl] [work-folder]
# Memory should stay flat as N grows: the text in memory is one batch's (--batch-size, 2,000 files); what grows
# with the corpus is the linking keys (names, quote texts and offsets per article), as in the generator.
set -euo pipefail
count=${1:-10000}
format=${2:-parquet}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${3:-/tmp/newsdata-export-bench}
mkdir -p "$work"
if [ ! -d "$work/corpus-$count" ]; then
  dotnet run -c Release --project "$repo/benchmarks/NewsData.CorpusSynth" -- "$count" "$work/corpus-$count" >/dev/null
fi
dotnet build -c Release "$repo/src/NewsData.Cli" -o "$work/cli" >/dev/null
rm -rf "$work/out-$count"
/usr/bin/time -v dotnet "$work/cli/NewsData.Cli.dll" export "$work/corpus-$count" --format "$format" -o "$work/out-$count" -q \
  2> "$work/time-$count.txt" || test $? -eq 1
wall=$(grep 'Elapsed (wall clock)' "$work/time-$count.txt" | awk '{print $NF}')
rss=$(grep 'Maximum resident set size' "$work/time-$count.txt" | awk '{print $NF}')
seconds=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
cpu=$(grep -E 'User time|System time' "$work/time-$count.txt" | awk '{ s += $NF } END { print s }')
cores=$(nproc)
files=$(find "$work/corpus-$count" -name '*.txt' | wc -l)
echo "articles=$files format=$format wall=${seconds}s files/s/core=$(awk -v f="$files" -v s="$seconds" -v c="$cores" 'BEGIN { printf "%.0f", f / s / c }') cpu=${cpu}s files/cpu-s=$(awk -v f="$files" -v s="$cpu" 'BEGIN { printf "%.0f", f / s }') peak_rss=$((rss / 1024))MB cores=$cores out=$(du -sh "$work/out-$count" | cut -f1)"
