#!/usr/bin/env bash
# Times clean builds of a consumer of the NewsData.Generators package compiling N synthesised articles,
# against the same project embedding the same files as EmbeddedResource. Runs alternate; prints, per
# compiler mode, the medians, the ratio and the compiler's peak memory.
#   bash benchmarks/build-benchmark.sh [COUNT=1000] [RUNS=3] [MODES="server cold"]
# Modes:
#   server  `dotnet build` as on a developer's machine: the compiler server (VBCSCompiler) stays up
#           between builds, so it keeps the generator's state (the package turns Roslyn's generator cache
#           on). Each kind gets one unmeasured build first; peak memory is the server's high-water mark.
#   cold    a fresh compiler process per build (UseSharedCompilation=false), as on a CI agent's first
#           build; peak memory is that process's, from /usr/bin/time.
#   floor   cold builds of a third project, "plain": the sources the generator wrote for this corpus
#           (EmitCompilerGeneratedFiles), compiled as ordinary files with the same resources, passed to
#           the compiler as the package's targets pass them, and no generator. What any generator
#           emitting this API costs at least, however fast it is.
set -euo pipefail
count="${1:-1000}"
runs="${2:-3}"
modes="${3:-server cold}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

# The package as users get it, from a feed of its own into a packages folder of its own (so no older
# build of the same version in the machine's cache is used).
version="0.0.0-bench.$(date +%s)"
dotnet pack "$repo/src/NewsData.Generators" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q >/dev/null
cat > "$work/nuget.config" <<XML
<configuration>
  <packageSources><clear /><add key="local" value="$work/feed" /><add key="cache" value="$HOME/.nuget/packages" /></packageSources>
</configuration>
XML
dotnet run -c Release --project "$repo/benchmarks/NewsData.CorpusSynth" -- "$count" "$work/corpus" >/dev/null

mkdir -p "$work/generator" "$work/baseline"
common="<TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><RestorePackagesPath>$work/packages</RestorePackagesPath>"
cat > "$work/generator/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>$common<NewsDataIncludeSeedCorpus>false</NewsDataIncludeSeedCorpus></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="NewsData.Generators" Version="$version" />
    <NewsArticle Include="$work/corpus/*.txt" />
  </ItemGroup>
</Project>
XML
cat > "$work/baseline/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>$common</PropertyGroup>
  <ItemGroup><EmbeddedResource Include="$work/corpus/*.txt" /></ItemGroup>
</Project>
XML
for kind in generator baseline; do dotnet restore "$work/$kind" -nologo -v:q >/dev/null; done

if [[ " $modes " == *" floor "* ]]; then
  # The generator's own output for this corpus, compiled without it: the runtime library from the
  # package, the generated files, the articles as resources under the names the targets give them.
  dotnet build -c Release --no-restore "$work/generator" -nologo -v:q -p:UseSharedCompilation=false \
    -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/generated" >/dev/null
  runtime="$(find "$work/packages" -ipath '*/lib/netstandard2.0/NewsData.dll' | head -1)"
  mkdir -p "$work/plain"
  cat > "$work/plain/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>$common<EnableDefaultCompileItems>false</EnableDefaultCompileItems><NoWarn>\$(NoWarn);CS1591</NoWarn></PropertyGroup>
  <ItemGroup>
    <Reference Include="$runtime" />
    <Compile Include="$work/generated/**/*.cs" />
    <_PlainArticle Include="$work/corpus/*.txt" LogicalName="NewsData.Article:%(Identity)" />
  </ItemGroup>
  <!-- As the package's targets pass them: straight to the compiler's resources, past EmbeddedResource. -->
  <Target Name="PlainEmbedArticles" BeforeTargets="CoreCompile">
    <ItemGroup><_CoreCompileResourceInputs Include="@(_PlainArticle)" /></ItemGroup>
  </Target>
</Project>
XML
  dotnet restore "$work/plain" -nologo -v:q >/dev/null
fi

build() { # kind shared → prints "seconds peak_kb status"
  local kind="$1" shared="$2" start end status=ok
  rm -rf "$work/$kind/obj/Release" "$work/$kind/bin"
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/$kind.mem" dotnet build -c Release --no-restore "$work/$kind" -nologo -v:q \
    -p:UseSharedCompilation="$shared" > "$work/$kind.log" 2>&1 || status=failed
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) $(tail -1 "$work/$kind.mem") $status"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
server_peak_kb() { # the compiler server's high-water mark so far (0 if it is not running)
  local pid; pid=$(pgrep -f 'VBCSCompiler( |\.dll|$)' | head -1 || true)
  [ -n "$pid" ] && awk '/VmHWM/ {print $2}' "/proc/$pid/status" || echo 0
}

for mode in $modes; do
  shared=false; [ "$mode" = server ] && shared=true
  kinds="generator baseline"; [ "$mode" = floor ] && kinds="generator plain baseline"
  dotnet build-server shutdown >/dev/null 2>&1 || true
  if [ "$mode" = server ]; then for kind in $kinds; do build "$kind" true >/dev/null; done; fi
  for kind in $kinds; do : > "$work/$kind.times"; done
  peak=0; failed=false; diagnostics=false
  for i in $(seq "$runs"); do
    for kind in $kinds; do
      read -r seconds kb result < <(build "$kind" "$shared")
      echo "$seconds" >> "$work/$kind.times"
      if [ "$kind" = generator ]; then
        # The build process's own peak is the compiler's only when the compiler runs inside it (cold).
        [ "$mode" != server ] && [ "$kb" -gt "$peak" ] && peak="$kb"
        [ "$result" = failed ] && failed=true
        grep -qE ": (warning|error) [A-Z]+[0-9]+" "$work/generator.log" && diagnostics=true
      fi
    done
  done
  [ "$mode" = server ] && peak=$(server_peak_kb)
  status=ok
  $failed && status=failed
  $diagnostics && status="$status,with-diagnostics"
  g=$(median < "$work/generator.times"); b=$(median < "$work/baseline.times")
  echo "mode=$mode articles=$count runs=$runs generator=${g}s baseline=${b}s ratio=$(echo "scale=2; $g / $b" | bc) peak_memory=$((peak / 1024))MiB generator_build=$status"
  if [ "$mode" = floor ]; then
    p=$(median < "$work/plain.times")
    echo "mode=floor articles=$count runs=$runs generated_code_without_generator=${p}s baseline=${b}s ratio=$(echo "scale=2; $p / $b" | bc)"
  fi
  if [ "$status" != ok ]; then grep -m 3 -E ": (warning|error) [A-Z]+[0-9]+" "$work/generator.log" || true; fi
done
