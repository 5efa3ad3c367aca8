#!/usr/bin/env bash
# What the ErrorCodes package costs a consumer's build, with the package packed from this repository.
#
# consumer: a console project whose synthetic catalog of ROWS rows goes through the generator, against the same
#   project holding only a hand-written bare enum of the same members and no package. For each size: one untimed
#   build of each (restore, compiler server start), then RUNS timed `dotnet build --no-restore` of each in turn,
#   then RUNS of each on its own after one untimed build (each after deleting bin/ and obj/Release), and the median
#   per kind and way.
# formatted: the same as consumer with two placeholders in every row's message (a format helper on every row, the
#   worst case for the consumer's compiler).
# mysql: the same with the MySQL-shaped catalog (936 rows, 529 printf messages; SIZES are ignored), listed with
#   ErrorCodesPlaceholderStyle=printf (STYLE= in the environment overrides it; STYLE= empty lists it without).
# IN_TURN_ONLY=1 in the environment skips the "on its own" builds; CPU_TIME=1 times processor time (see time_build).
# analyzer: a library of 1,000 files full of integer literals using the Live Station catalog, built RUNS times with
#   -p:ReportAnalyzer=true; prints the compiler's own report of analyzer and generator times (median of the runs).
#
# Usage: bash tests/ErrorCodes.Benchmarks/compile-time.sh consumer|formatted|mysql|analyzer|all [RUNS] [SIZES...]
#        (defaults: all; 3 runs; 1000 10000 50000). Prints Markdown tables; needs dotnet, bc and awk.
#        CODE_TYPE=string makes the consumer's catalog string-coded (codes such as E186A0, ErrorCodesCodeType="string").
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
what=${1:-all}
runs=${2:-3}
shift 2 || shift $# || true
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(1000 10000 50000)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/tests/ErrorCodes.Benchmarks" -c Release -nologo -v:quiet >/dev/null
tool="$repo/tests/ErrorCodes.Benchmarks/bin/Release/net10.0/ErrorCodes.Benchmarks.dll"

feed="$work/feed"
dotnet pack "$repo/src/ErrorCodes" -c Release -o "$feed" -nologo -v:quiet >/dev/null
package=$(basename "$feed"/ErrorCodes.*.nupkg)
version=${package#ErrorCodes.}
version=${version%.nupkg}

# The consumers live outside the repository: its Directory.Build.props must not apply, and ErrorCodes must come
# from the fresh feed with its own package folder so that a cached copy of the same version is never used.
if [ -f "$repo/global.json" ]; then cp "$repo/global.json" "$work/"; fi
echo '<Project />' >"$work/Directory.Build.props"
echo '<Project />' >"$work/Directory.Build.targets"
cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="ErrorCodes" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
export NUGET_PACKAGES="$work/packages"

# One timed build of a project from scratch (bin/ and obj/Release deleted, restore kept), in seconds.
# CPU_TIME=1 in the environment times the processor time of the whole build instead of the wall time: one MSBuild
# node and the compiler in a process of its own (no compiler server), so that every process of the build is a child
# whose time is counted. On a machine shared with other builds the wall time mostly measures the others' load; the
# processor time of the same work moves far less.
time_build() {
    local dir=$1 start end
    rm -rf "$dir/bin" "$dir/obj/Release"
    if [ "${CPU_TIME:-0}" = 1 ]; then
        local TIMEFORMAT='%U %S' times
        times=$( { time dotnet build "$dir" -c Release --no-restore -nologo -v:quiet -m:1 -nodeReuse:false \
            -p:UseSharedCompilation=false "-p:ErrorCodesVersion=$version" >/dev/null; } 2>&1 )
        echo "$times" | awk '{ printf "%.3f\n", $1 + $2 }'
        return
    fi
    start=$(date +%s.%N)
    dotnet build "$dir" -c Release --no-restore -nologo -v:quiet "-p:ErrorCodesVersion=$version" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

median() {
    sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f", m }'
}

if [ "$what" = analyzer ] || [ "$what" = all ]; then
    dir="$work/analyzer"
    dotnet "$tool" write-analyzer-project 1000 "$dir"
    dotnet build "$dir" -c Release -nologo -v:quiet "-p:ErrorCodesVersion=$version" >/dev/null
    : >"$work/analyzer.txt"
    for _ in $(seq "$runs"); do
        rm -rf "$dir/bin" "$dir/obj/Release"
        # csc prints the report (per analyzer assembly and per generator) as detailed-verbosity messages.
        dotnet build "$dir" -c Release --no-restore -nologo -v:d -p:ReportAnalyzer=true "-p:ErrorCodesVersion=$version" >"$work/build.log"
        total=$(grep -m1 -oE 'Total analyzer execution time: [0-9.]+' "$work/build.log" | grep -oE '[0-9.]+$' || echo 0)
        ours=$(grep -A5000 -m1 'Total analyzer execution time' "$work/build.log" | grep -m1 -E '^\s+[0-9.<]+\s+[0-9<]+\s+ErrorCodes.Generator,' | awk '{ print $1 }' || echo 0)
        generators=$(grep -m1 -oE 'Total generator execution time: [0-9.]+' "$work/build.log" | grep -oE '[0-9.]+$' || echo 0)
        echo "$total $ours $generators" >>"$work/analyzer.txt"
    done
    grep -A5000 -m1 "Total analyzer execution time" "$work/build.log" | grep -E "Total analyzer|ErrorCodes|^\s+[0-9.]+\s+[0-9]+\s+Microsoft.CodeAnalysis[A-Za-z.]*, Version" | sed "s/^/    /"
    total=$(awk '{ print $1 }' "$work/analyzer.txt" | median)
    ours=$(awk '{ print $2 }' "$work/analyzer.txt" | sed 's/<//' | median)
    generators=$(awk '{ print $3 }' "$work/analyzer.txt" | median)
    echo
    echo "| Files | All analyzers (s) | ErrorCodes analyzer (s) | Share | All generators (s) |"
    echo "|---:|---:|---:|---:|---:|"
    echo "| 1000 | $total | $ours | $(echo "scale=1; 100 * $ours / $total" | bc)% | $generators |"
    echo
fi

case $what in
    consumer | all) shape=synthetic ;;
    formatted) shape=formatted ;;
    mysql) shape=mysql; sizes=(936); style=${STYLE-printf} ;;
    *) exit 0 ;;
esac
style=${style-}
echo "Catalog shape: $shape${style:+, ErrorCodesPlaceholderStyle=$style}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Two ways to rebuild, both common. In turn: the two projects alternate, so the compiler server has just built the
# other one and loads each project's analyzers and generators again (a first build, or switching projects). On its
# own: the same project rebuilt again and again, so the server still holds its generators (an edit-build loop).
header="| Rows | Bare enum, in turn (s) | Generated, in turn (s) | Ratio | Median of pair ratios | Bare enum, on its own (s) | Generated, on its own (s) | Ratio | Generated source (bytes) |"
separator="|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
rows_table=()
for rows in "${sizes[@]}"; do
    dotnet "$tool" write-consumer "$rows" enum "$work/enum-$rows" "$shape"
    if [ "${CODE_TYPE:-int}" = string ]; then generated_kind=generated-string; else generated_kind=generated; fi
    dotnet "$tool" write-consumer "$rows" "$generated_kind" "$work/generated-$rows" "$shape" "$style"
    # Untimed first builds (restore, compiler server start).
    dotnet build "$work/enum-$rows" -c Release -nologo -v:quiet >/dev/null
    dotnet build "$work/generated-$rows" -c Release -nologo -v:quiet "-p:ErrorCodesVersion=$version" >/dev/null
    : >"$work/enum-times.txt"
    : >"$work/generated-times.txt"
    : >"$work/ratios.txt"
    for _ in $(seq "$runs"); do
        bare=$(time_build "$work/enum-$rows")
        generated=$(time_build "$work/generated-$rows")
        echo "$bare" >>"$work/enum-times.txt"
        echo "$generated" >>"$work/generated-times.txt"
        echo "scale=3; $generated / $bare" | bc >>"$work/ratios.txt"
        echo "  in turn: bare $bare s, generated $generated s, load $(cut -d' ' -f1 /proc/loadavg)" >&2
    done
    : >"$work/enum-alone.txt"
    : >"$work/generated-alone.txt"
    if [ "${IN_TURN_ONLY:-0}" != 1 ]; then
        for kind in enum generated; do
            time_build "$work/$kind-$rows" >/dev/null
            for _ in $(seq "$runs"); do
                time_build "$work/$kind-$rows" >>"$work/$kind-alone.txt"
            done
        done
    else
        echo 0 >"$work/enum-alone.txt"
        echo 0 >"$work/generated-alone.txt"
    fi
    bare=$(median <"$work/enum-times.txt")
    generated=$(median <"$work/generated-times.txt")
    ratio=$(echo "scale=2; $generated / $bare" | bc)
    # The median of the pairs' ratios too: on a loaded machine a pair built back to back shares its load.
    pair_ratio=$(median <"$work/ratios.txt")
    bare_alone=$(median <"$work/enum-alone.txt")
    generated_alone=$(median <"$work/generated-alone.txt")
    ratio_alone=$( [ "$bare_alone" = 0.000 ] && echo - || echo "scale=2; $generated_alone / $bare_alone" | bc)
    # One more build, untimed, that writes the generated source out to measure its size.
    rm -rf "$work/generated-$rows/bin" "$work/generated-$rows/obj/Release"
    dotnet build "$work/generated-$rows" -c Release --no-restore -nologo -v:quiet "-p:ErrorCodesVersion=$version" \
        -p:EmitCompilerGeneratedFiles=true "-p:CompilerGeneratedFilesOutputPath=$work/gen-$rows" >/dev/null
    chars=$(find "$work/gen-$rows" -name '*.cs' -exec cat {} + | wc -c)
    rows_table+=("| $rows | $bare | $generated | ${ratio}x | ${pair_ratio}x | $bare_alone | $generated_alone | ${ratio_alone}x | $chars |")
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$header"
echo "$separator"
printf '%s\n' "${rows_table[@]}"
