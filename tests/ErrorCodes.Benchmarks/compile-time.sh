#!/usr/bin/env bash
# Times the consumer's whole build: a console project whose synthetic catalog of ROWS rows goes through the
# ErrorCodes package (packed from this repository), against the same project holding only a hand-written bare enum
# of the same members and no package. For each size and kind: one untimed build (restore, compiler server start),
# then RUNS timed `dotnet build --no-restore` runs after deleting bin/ and obj/Release, and their median.
#
# Usage: bash tests/ErrorCodes.Benchmarks/compile-time.sh [RUNS] [SIZES...]    (defaults: 3 runs; 1000 10000 50000)
# Prints a Markdown table; needs dotnet only.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-3}
shift || true
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

# Median of the timed builds, in seconds.
time_builds() {
    local dir=$1 times=() start end
    dotnet build "$dir" -c Release -nologo -v:quiet "-p:ErrorCodesVersion=$version" >/dev/null
    for _ in $(seq "$runs"); do
        rm -rf "$dir/bin" "$dir/obj/Release"
        start=$(date +%s.%N)
        dotnet build "$dir" -c Release --no-restore -nologo -v:quiet "-p:ErrorCodesVersion=$version" >/dev/null
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f", m }'
}

echo "| Rows | Bare enum build (s) | Generated build (s) | Ratio | Generated source (bytes) |"
echo "|---:|---:|---:|---:|---:|"
for rows in "${sizes[@]}"; do
    dotnet "$tool" write-consumer "$rows" enum "$work/enum-$rows"
    dotnet "$tool" write-consumer "$rows" generated "$work/generated-$rows"
    bare=$(time_builds "$work/enum-$rows")
    generated=$(time_builds "$work/generated-$rows")
    ratio=$(echo "scale=2; $generated / $bare" | bc)
    chars=$(dotnet build "$work/generated-$rows" -c Release --no-restore -nologo -v:quiet "-p:ErrorCodesVersion=$version" \
        -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath=gen >/dev/null \
        && cat "$work/generated-$rows"/gen/*/*/*.cs | wc -c)
    echo "| $rows | $bare | $generated | ${ratio}x | $chars |"
done
