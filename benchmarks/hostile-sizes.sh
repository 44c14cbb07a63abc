#!/usr/bin/env bash
# Times the build and the newsdata tool on the pathological sizes of issue 18, each file alone in a consumer
# of the package: 4 MB of byline lines ("By John Smith{i} and Maria Garcia{i}", 200,000 names), 4 MB of
# short quoted lines, an 8.9 MB file of 200,000 lines (100,000 body paragraphs), and the same text
# hard-wrapped (each paragraph two lines, joined back by extraction). Prints, per file, the cold build (a
# fresh compiler, as on CI), the generated People file's size, the diagnostics, and the time and peak
# memory of `newsdata extract` and `newsdata report`; and the same build without any such file.
#   bash benchmarks/hostile-sizes.sh [REPO=this repository] [FILES="none bylines quoted lines200k wrapped"]
# REPO may be another checkout (an older commit, say) to measure before and after a change.
set -euo pipefail
repo="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

mkdir -p "$work/files"
title="Budget talks resume in Tallinn after a long pause"
{ printf '%s\n\n' "$title"; seq 0 99999 | awk '{printf "By John Smith%d and Maria Garcia%d\n", $1, $1}'; } > "$work/files/bylines.txt"
{ printf '%s\n\n' "$title"; seq 0 134999 | awk '{printf "\342\200\234Yes,\342\200\235 Kallas said %d.\n", $1}'; } > "$work/files/quoted.txt"
{ printf '%s\n\n' "$title"; seq 0 99999 | awk '{printf "Paragraph %d: the minister said that the talks in Tallinn were useful and would go on.\n\n", $1}'; } > "$work/files/lines200k.txt"
{ printf '%s\n\n' "$title"; seq 0 99999 | awk '{printf "Paragraph %d: the minister said that the talks in\nthe capital were useful and would go on.\n\n", $1}'; } > "$work/files/wrapped.txt"
printf '%s\n\nThe minister said the talks were useful.\n' "$title" > "$work/files/none.txt"
ls -l "$work/files" | awk 'NR > 1 { printf "%-14s %10d bytes\n", $9, $5 }'

version="0.0.0-sizes.$(date +%s)"
dotnet pack "$repo/src/NewsData.Generators" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q >/dev/null
dotnet build "$repo/src/NewsData.Cli" -c Release -o "$work/cli" -nologo -v:q >/dev/null
cat > "$work/nuget.config" <<XML
<configuration>
  <packageSources><clear /><add key="local" value="$work/feed" /><add key="cache" value="$HOME/.nuget/packages" /></packageSources>
</configuration>
XML

for name in ${2:-none bylines quoted lines200k wrapped}; do
  project="$work/$name"
  mkdir -p "$project"
  cat > "$project/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><RestorePackagesPath>$work/packages</RestorePackagesPath>
    <NewsDataIncludeSeedCorpus>false</NewsDataIncludeSeedCorpus>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles><CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="NewsData.Generators" Version="$version" />
    <NewsArticle Include="$work/files/$name.txt" />
  </ItemGroup>
</Project>
XML
  dotnet restore "$project" -nologo -v:q >/dev/null
  start=$(date +%s.%N)
  status=ok
  dotnet build -c Release --no-restore "$project" -nologo -p:UseSharedCompilation=false > "$project/build.log" 2>&1 || status=failed
  end=$(date +%s.%N)
  people=$(find "$project/generated" -name '*.People.g.cs' -printf '%s' 2>/dev/null || true)
  news=$(grep -o 'warning NEWS[0-9]*\|error NEWS[0-9]*\|error CS[0-9]*' "$project/build.log" | sort | uniq -c | tr -s ' ' | tr '\n' ';' || true)
  printf 'build  %-10s %7.1f s  %s  People.g.cs %s bytes  %s\n' "$name" "$(echo "$end - $start" | bc)" "$status" "${people:-0}" "$news"
  [ "$name" = none ] && continue
  for command in extract report; do
    /usr/bin/time -f "%e %M" -o "$work/time" timeout 900 dotnet "$work/cli/NewsData.Cli.dll" "$command" "$work/files/$name.txt" > /dev/null 2>&1 || true
    read -r seconds kb < "$work/time"
    printf 'tool   %-10s %-8s %6.1f s  %5d MiB\n' "$name" "$command" "$seconds" "$((kb / 1024))"
  done
done
