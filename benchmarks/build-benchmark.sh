#!/usr/bin/env bash
# Times a clean build of a consumer compiling N synthesised articles with the generator, against the
# same project embedding the same files as EmbeddedResource. Runs alternate; prints medians, the
# ratio and the compiler's peak memory (csc runs out of process so /usr/bin/time sees it).
#   bash benchmarks/build-benchmark.sh 1000 [RUNS]
set -euo pipefail
count="${1:-1000}"
runs="${2:-3}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

dotnet run -c Release --project "$repo/benchmarks/NewsData.CorpusSynth" -- "$count" "$work/corpus" >/dev/null
mkdir -p "$work/generator" "$work/baseline"
cat > "$work/generator/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/NewsData.Generators/buildTransitive/NewsData.Generators.props" />
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><UseSharedCompilation>false</UseSharedCompilation><NewsDataEnabled>true</NewsDataEnabled><NewsDataIncludeSeedCorpus>false</NewsDataIncludeSeedCorpus></PropertyGroup>
  <ItemGroup>
    <NewsArticle Include="$work/corpus/*.txt" />
    <ProjectReference Include="$repo/src/NewsData/NewsData.csproj" />
    <ProjectReference Include="$repo/src/NewsData.Generators/NewsData.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/src/NewsData.Extraction/NewsData.Extraction.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/src/NewsData/NewsData.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" SetTargetFramework="TargetFramework=netstandard2.0" />
  </ItemGroup>
  <Import Project="$repo/src/NewsData.Generators/buildTransitive/NewsData.Generators.targets" />
</Project>
XML
cat > "$work/baseline/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><UseSharedCompilation>false</UseSharedCompilation></PropertyGroup>
  <ItemGroup>
    <EmbeddedResource Include="$work/corpus/*.txt" />
    <ProjectReference Include="$repo/src/NewsData/NewsData.csproj" />
  </ItemGroup>
</Project>
XML
for kind in generator baseline; do dotnet build -c Release "$work/$kind" -nologo -v:q >/dev/null 2>&1 || true; done

measure() { # prints "seconds peak_kb status"
  local kind="$1"
  rm -rf "$work/$kind/obj/Release" "$work/$kind/bin"
  local start end status=ok
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/$kind.mem" dotnet build -c Release --no-restore "$work/$kind" -nologo -v:q > "$work/$kind.log" 2>&1 || status=failed
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) $(cat "$work/$kind.mem" | tail -1) $status"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: > "$work/generator.times"; : > "$work/baseline.times"; peak=0; status=ok
for i in $(seq "$runs"); do
  for kind in generator baseline; do
    read -r seconds kb result < <(measure "$kind")
    echo "$seconds" >> "$work/$kind.times"
    if [ "$kind" = generator ]; then [ "$kb" -gt "$peak" ] && peak="$kb"; [ "$result" = failed ] && status=failed; fi
  done
done
g=$(median < "$work/generator.times"); b=$(median < "$work/baseline.times")
echo "articles=$count runs=$runs generator=${g}s baseline=${b}s ratio=$(echo "scale=2; $g / $b" | bc) peak_memory=$((peak / 1024))MiB generator_build=$status"
if [ "$status" = failed ]; then grep -m 3 -E "error" "$work/generator.log" || true; fi
