#!/usr/bin/env bash
# What the ErrorCodes package costs an existing project's build, measured by the compiler itself
# (-p:ReportAnalyzer=true): the project is built RUNS times in each of three ways, in turn:
#   floor:   with tests/EmptyGenerator beside it, a generator whose Initialize only filters .csv files (the cost of
#            loading and JIT-compiling any generator that is not precompiled);
#   package: with the ErrorCodes package and no catalog;
#   catalog: with the package and definitions/live-station.csv (211 rows) as a catalog no code uses.
# Each build is a full compile (--no-incremental) in a fresh compiler process (UseSharedCompilation=false), as on a
# CI agent or the first build after opening a solution; a warm compiler server would pay the JIT part only once.
# Prints the median per way: all generators, ours (or the floor's), all analyzers, our analyzer and its share.
#
# The project's files are not changed: the extra items come in through CustomAfterMicrosoftCommonTargets.
# CATALOG_ACCESSIBILITY=internal in the environment makes the catalog's types internal, for a project whose public API
# analyzer would fail the build on new public types (Npgsql).
# Usage: bash tests/ErrorCodes.Benchmarks/project-cost.sh PROJECT.csproj [RUNS] [MSBUILD ARGS...]
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
project=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
runs=${2:-3}
shift 2 || shift $# || true
extra=("$@")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/tests/EmptyGenerator" -c Release -nologo -v:quiet >/dev/null
floor="$repo/tests/EmptyGenerator/bin/Release/netstandard2.0/EmptyGenerator.dll"
feed="$work/feed"
dotnet pack "$repo/src/ErrorCodes" -c Release -o "$feed" -nologo -v:quiet >/dev/null
package=$(basename "$feed"/ErrorCodes.*.nupkg)
version=${package#ErrorCodes.}
version=${version%.nupkg}
export NUGET_PACKAGES="$work/packages"

# Only the measured project gets the items: CustomAfterMicrosoftCommonTargets reaches every project of the build, and
# the project's own project references (Npgsql's source generator) are not what is measured.
cat >"$work/variant.targets" <<XML
<Project>
  <PropertyGroup Condition="'\$(MSBuildProjectFullPath)' == '$project'">
    <MeasuredVariant>\$(CostVariant)</MeasuredVariant>
  </PropertyGroup>
  <ItemGroup Condition="'\$(MeasuredVariant)' == 'floor'">
    <Analyzer Include="$floor" />
    <AdditionalFiles Include="$repo/definitions/live-station.csv" />
  </ItemGroup>
  <ItemGroup Condition="('\$(MeasuredVariant)' == 'package' Or '\$(MeasuredVariant)' == 'catalog') And '\$(ManagePackageVersionsCentrally)' != 'true'">
    <PackageReference Include="ErrorCodes" Version="$version" />
  </ItemGroup>
  <!-- A project with central package management (Npgsql, MySqlConnector) takes the version as a PackageVersion item. -->
  <ItemGroup Condition="('\$(MeasuredVariant)' == 'package' Or '\$(MeasuredVariant)' == 'catalog') And '\$(ManagePackageVersionsCentrally)' == 'true'">
    <PackageVersion Include="ErrorCodes" Version="$version" />
    <PackageReference Include="ErrorCodes" />
  </ItemGroup>
  <ItemGroup Condition="'\$(MeasuredVariant)' == 'catalog'">
    <AdditionalFiles Include="$repo/definitions/live-station.csv" ErrorCodesAccessibility="${CATALOG_ACCESSIBILITY:-}" />
  </ItemGroup>
</Project>
XML

# The seconds on the first line naming $2 after the line that starts the report section $1.
report_line() {
    grep -A5000 -m1 "$1" "$3" | grep -m1 -E "^\s+[0-9.<]+\s+[0-9<]+\s+$2," | awk '{ print $1 }' | sed 's/<//' || true
}

median() {
    sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f", m }'
}

variants=(floor package catalog)
for variant in "${variants[@]}"; do : >"$work/$variant.txt"; done
for _ in $(seq "$runs"); do
    for variant in "${variants[@]}"; do
        log="$work/$variant.log"
        # Restored each time: the ways share the project's obj/project.assets.json.
        dotnet build "$project" -c Release --no-incremental -nologo -v:d -p:ReportAnalyzer=true \
            -p:UseSharedCompilation=false "-p:CustomAfterMicrosoftCommonTargets=$work/variant.targets" \
            "-p:CostVariant=$variant" "-p:RestoreAdditionalProjectSources=$feed" "${extra[@]}" >"$log"
        # The measured project is built last; a project it references (a source generator of its own) reports first.
        first=$(grep -n 'Total analyzer execution time' "$log" | tail -1 | cut -d: -f1)
        tail -n +"${first:-1}" "$log" >"$log.last" && mv "$log.last" "$log"
        generators=$(grep -m1 -oE 'Total generator execution time: [0-9.]+' "$log" | grep -oE '[0-9.]+$' || echo 0)
        analyzers=$(grep -m1 -oE 'Total analyzer execution time: [0-9.]+' "$log" | grep -oE '[0-9.]+$' || echo 0)
        ours_generator=$(report_line 'Total generator execution time' '(ErrorCodes.Generator|EmptyGenerator)' "$log")
        ours_analyzer=$(report_line 'Total analyzer execution time' 'ErrorCodes.Generator' "$log")
        echo "$generators ${ours_generator:-0} $analyzers ${ours_analyzer:-0}" >>"$work/$variant.txt"
    done
done
grep -A5000 -m1 "Total analyzer execution time" "$work/catalog.log" | grep -E "execution time|^\s+[0-9.<]+\s+[0-9<]+\s+[A-Za-z.]+, Version" | sed "s/^/    /"

echo
echo "| Way | All generators (s) | ErrorCodes generator or floor (s) | All analyzers (s) | ErrorCodes analyzer (s) | Analyzer share |"
echo "|---|---:|---:|---:|---:|---:|"
for variant in "${variants[@]}"; do
    generators=$(awk '{ print $1 }' "$work/$variant.txt" | median)
    ours_generator=$(awk '{ print $2 }' "$work/$variant.txt" | median)
    analyzers=$(awk '{ print $3 }' "$work/$variant.txt" | median)
    ours_analyzer=$(awk '{ print $4 }' "$work/$variant.txt" | median)
    share=$(echo "scale=2; 100 * $ours_analyzer / $analyzers" | bc 2>/dev/null | awk '{ printf "%.2f", $1 }' || echo "-")
    echo "| $variant | $generators | $ours_generator | $analyzers | $ours_analyzer | $share% |"
done
echo
echo "runs per way: $runs; each run's numbers (all generators, ours, all analyzers, ours):"
for variant in "${variants[@]}"; do echo "  $variant: $(tr '\n' ';' <"$work/$variant.txt")"; done
