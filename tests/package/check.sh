#!/usr/bin/env bash
# Checks the ErrorCodes package the way a user meets it: packs src/ErrorCodes, inspects the .nupkg, then restores
# it from a local folder into projects outside the solution (ConsumerApp: net10.0, strict; ConsumerLibrary:
# netstandard2.0 on C# 7.3, with a catalog set to ErrorCodesExceptions="false" beside its own exception class of the
# generated name; ConsumerJsonLibrary: the same with the System.Text.Json package, so the generated
# converter is compiled against its netstandard2.0 API, and a catalog set to ErrorCodesJsonConverter="false" that
# must declare no converter), builds them with every warning as an error, runs the app
# and compares its output with ConsumerApp/expected-output.txt, and runs the two libraries' code through
# ConsumerLibraryRunner, comparing its output with ConsumerLibraryRunner/expected-output.txt. A third consumer,
# ConsumerAnalyzer, holds wrong codes on purpose: its build output must show the analyzer's warnings at their exact
# file, line and column, and no other warning, and its analyzers (what an IDE loads) must include the code fix
# assembly from the package. A fourth,
# ConsumerBrokenCatalog, gets a broken catalog, one that is not UTF-8 and a valid one: its build must fail with
# exactly the expected catalog diagnostics at their file, line and column and no C# error (the code using the valid
# rows compiles), and with those errors lowered to warnings it must build and print values from the valid rows.
#
# Last, the settings real projects use, each built with every warning an error: ConsumerClsLibrary declares
# [assembly: CLSCompliant(true)] and compiles every seed catalog; ConsumerMultiTarget is strong-named and targets
# net10.0, net8.0, netstandard2.0 and net48; ConsumerStrictAnalysis has AnalysisLevel latest-all and IsAotCompatible. (The native AOT
# publish is aot.sh, a step of its own.)
#
# The consumers are copied into a temporary folder that mirrors the repository layout (so their relative paths to
# definitions/ hold) with its own NuGet config and an empty package cache, so a stale cached copy of the same
# version can never be used. Works from a fresh clone with nothing built; needs dotnet and unzip.
#
# Usage: bash tests/package/check.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$repo/tests/package"
work=$(mktemp -d)
step="start"

finish() {
    local status=$?
    rm -rf "$work"
    if [ "$status" -eq 0 ]; then
        echo "PACKAGE CHECK: PASS"
    else
        echo "PACKAGE CHECK: FAIL ($step)"
    fi
    exit "$status"
}
trap finish EXIT

fail() {
    echo "error: $*" >&2
    exit 1
}

command -v unzip >/dev/null || fail "unzip is needed to inspect the package"

step="pack"
feed="$work/feed"
dotnet pack "$repo/src/ErrorCodes" -c Release -o "$feed" -nologo -v:minimal

step="package contents"
packages=("$feed"/*.nupkg)
[ "${#packages[@]}" -eq 1 ] || fail "expected one package, found: ${packages[*]}"
package=${packages[0]}
file_name=$(basename "$package")
case "$file_name" in
    ErrorCodes.*.nupkg) version=${file_name#ErrorCodes.}; version=${version%.nupkg} ;;
    *) fail "expected a package named ErrorCodes, found $file_name" ;;
esac
echo "Package: $file_name"
listing=$(unzip -Z1 "$package")
echo "$listing" | sed 's/^/  /'
for expected in \
    lib/netstandard2.0/ErrorCodes.dll \
    lib/netstandard2.0/ErrorCodes.xml \
    analyzers/dotnet/cs/ErrorCodes.Generator.dll \
    analyzers/dotnet/cs/ErrorCodes.CodeFixes.dll \
    analyzers/dotnet/cs/CsvHelper.dll \
    analyzers/dotnet/cs/Microsoft.Bcl.AsyncInterfaces.dll \
    analyzers/dotnet/cs/Microsoft.Bcl.HashCode.dll \
    build/ErrorCodes.props \
    buildTransitive/ErrorCodes.props \
    README.md; do
    grep -qxF "$expected" <<<"$listing" || fail "the package lacks $expected"
done
# The generator must not run twice (or as a library) because it also landed somewhere else.
if grep -E 'ErrorCodes\.Generator\.dll' <<<"$listing" | grep -vqxF analyzers/dotnet/cs/ErrorCodes.Generator.dll; then
    fail "ErrorCodes.Generator.dll is packed outside analyzers/dotnet/cs"
fi
# Roslyn itself comes with the compiler or the IDE; a bundled copy would clash with it.
if grep -E 'Microsoft\.CodeAnalysis' <<<"$listing"; then
    fail "the package bundles Roslyn assemblies"
fi
[ "$(unzip -p "$package" build/ErrorCodes.props)" = "$(unzip -p "$package" buildTransitive/ErrorCodes.props)" ] \
    || fail "build/ErrorCodes.props and buildTransitive/ErrorCodes.props differ"

nuspec=$(unzip -p "$package" ErrorCodes.nuspec)
# The generator and its libraries are bundled; a dependency on them would pull the compiler into users' builds.
if grep -Eio '<dependency id="(Microsoft\.CodeAnalysis[^"]*|CsvHelper|Microsoft\.Bcl\.[^"]*|ErrorCodes\.Generator)"' <<<"$nuspec"; then
    fail "the nuspec lists a dependency that must be bundled instead"
fi

step="consumer setup"
consumers="$work/repo/tests/package"
mkdir -p "$consumers" "$work/repo/definitions"
cp -R "$here/ConsumerApp" "$here/ConsumerLibrary" "$here/ConsumerJsonLibrary" "$here/ConsumerLibraryRunner" "$here/ConsumerAnalyzer" "$here/ConsumerBrokenCatalog" "$consumers/"
rm -rf "$consumers"/*/bin "$consumers"/*/obj
cp "$repo/definitions/live-station.csv" "$repo/definitions/game-platform.csv" "$work/repo/definitions/"
# The consumers of the settings real projects use; the CLS-compliant library compiles every seed catalog.
cp -R "$here/ConsumerClsLibrary" "$here/ConsumerMultiTarget" "$here/ConsumerStrictAnalysis" "$consumers/"
rm -rf "$consumers"/*/bin "$consumers"/*/obj
cp "$repo"/definitions/*.csv "$work/repo/definitions/"
# The same SDK choice as the repository's own build.
if [ -f "$repo/global.json" ]; then cp "$repo/global.json" "$work/repo/"; fi
# Empty files stop MSBuild from picking up Directory.Build.* from folders above the temporary one.
echo '<Project />' >"$work/repo/Directory.Build.props"
echo '<Project />' >"$work/repo/Directory.Build.targets"
# ErrorCodes comes only from the fresh feed; everything else (NETStandard.Library) from nuget.org.
cat >"$work/repo/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="ErrorCodes" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
EOF
export NUGET_PACKAGES="$work/packages"

build_consumer() {
    local project=$1
    shift
    dotnet build "$consumers/$project" -c Release -warnaserror -nologo -v:minimal "-p:ErrorCodesVersion=$version" "$@"
}

step="build ConsumerLibrary (netstandard2.0, C# 7.3)"
build_consumer ConsumerLibrary -p:EmitCompilerGeneratedFiles=true
# Without System.Text.Json the generated code must not mention it (no converter, no attribute).
generated=$(find "$consumers/ConsumerLibrary/obj" -name '*.ErrorCodes.g.cs')
[ -n "$generated" ] || fail "ConsumerLibrary's generated sources were not written"
while IFS= read -r file; do
    if grep -q 'System\.Text\.Json' "$file"; then
        fail "ConsumerLibrary has no System.Text.Json, yet $(basename "$file") mentions it"
    fi
done <<<"$generated"
# vendor-errors.csv sets ErrorCodesExceptions="false": its file declares no exception type, the library's own stands.
vendor_generated=$(grep -F '.Vendor.ErrorCodes.g.cs' <<<"$generated") || fail "ConsumerLibrary's Vendor catalog generated no source"
if grep -E 'class [A-Za-z]*Exception' "$vendor_generated"; then
    fail "the Vendor catalog sets ErrorCodesExceptions=\"false\", yet its generated source declares an exception type"
fi

step="build ConsumerJsonLibrary (netstandard2.0, C# 7.3, System.Text.Json package)"
build_consumer ConsumerJsonLibrary -p:EmitCompilerGeneratedFiles=true
json_generated=$(find "$consumers/ConsumerJsonLibrary/obj" -name '*.ErrorCodes.g.cs')
# With System.Text.Json, a catalog gets its converter unless it sets ErrorCodesJsonConverter="false", as the Vendor one does.
platform_json=$(grep -F '.GamePlatform.ErrorCodes.g.cs' <<<"$json_generated") || fail "ConsumerJsonLibrary's GamePlatform catalog generated no source"
grep -q 'class GamePlatformErrorCodeJsonConverter' "$platform_json" || fail "ConsumerJsonLibrary references System.Text.Json, yet its GamePlatform catalog declares no converter"
vendor_json=$(grep -F '.Vendor.ErrorCodes.g.cs' <<<"$json_generated") || fail "ConsumerJsonLibrary's Vendor catalog generated no source"
if grep -E 'JsonConverter' "$vendor_json"; then
    fail "the Vendor catalog of ConsumerJsonLibrary sets ErrorCodesJsonConverter=\"false\", yet its generated source declares or names a converter"
fi

step="build ConsumerLibraryRunner, run the two libraries' code and compare its output"
build_consumer ConsumerLibraryRunner
dotnet "$consumers/ConsumerLibraryRunner/bin/Release/net10.0/ConsumerLibraryRunner.dll" >"$work/library-output.txt"
diff -u "$here/ConsumerLibraryRunner/expected-output.txt" "$work/library-output.txt"

step="build ConsumerApp (net10.0)"
build_consumer ConsumerApp

step="run ConsumerApp and compare its output"
dotnet "$consumers/ConsumerApp/bin/Release/net10.0/ConsumerApp.dll" >"$work/actual-output.txt"
diff -u "$here/ConsumerApp/expected-output.txt" "$work/actual-output.txt"

step="build ConsumerAnalyzer and find the analyzer's warnings"
# Where each warning must be: the line of the marked number and its 1-based column, left in $found_position. It is
# called directly, never inside $(...), so that its failure stops the check here with its own message.
position() {
    local file=$1 line_text=$2 number=$3
    local lines line
    lines=$(grep -nF "$line_text" "$file" | cut -d: -f1)
    [ -n "$lines" ] || fail "$line_text not found in $file"
    [ "$(grep -c . <<<"$lines")" -eq 1 ] || fail "$line_text is on more than one line of $file (lines $(echo $lines))"
    line=$lines
    found_position="$line,$(awk -v n="$line" -v s="$number" 'NR == n { print index($0, s) }' "$file")"
}
mistakes="$consumers/ConsumerAnalyzer/Mistakes.cs"
position "$mistakes" 'IsDefined(250999)' 250999
undefined_position=$found_position
position "$mistakes" '(StationErrorCode)406' 406
other_catalog_position=$found_position
expected_warnings=$(printf '%s\n' \
    "Mistakes.cs($undefined_position): warning EC2001: 250999 is not a defined Station error code; no defined code is one typo away; check the number, or add its row to the catalog" \
    "Mistakes.cs($other_catalog_position): warning EC2003: 406 (GamePlatformErrorCode.NotExistData) is a GamePlatform error code, not a Station error code")
dotnet build "$consumers/ConsumerAnalyzer" -c Release -nologo -v:minimal "-p:ErrorCodesVersion=$version" >"$work/analyzer-build.txt" 2>&1 \
    || { cat "$work/analyzer-build.txt"; fail "ConsumerAnalyzer did not build"; }
# Every warning of the build, whatever its file (or none), each once, without the folders before the file name and
# the project suffix msbuild adds, in file and line order: the expected two and nothing else.
actual_warnings=$(grep -E ': warning [A-Z]+[0-9]+' "$work/analyzer-build.txt" | sed -E 's#^[^(]*/##; s/ *\[[^]]*\] *$//; s/^ +//' | sort -t'(' -k1,1 -k2,2n | uniq || true)
echo "$actual_warnings" | sed 's/^/  /'
while IFS= read -r warning; do
    grep -qF "$warning" <<<"$actual_warnings" || { cat "$work/analyzer-build.txt"; fail "expected in the build output: $warning"; }
done <<<"$expected_warnings"
[ "$(grep -c . <<<"$actual_warnings")" -eq 2 ] || fail "expected exactly two warnings in the whole build, got: $actual_warnings"
# An analyzer that fails to load or throws is only a warning too; there must be none.
if grep -E 'warning (CS8032|CS8033|CS9057|AD0001)' "$work/analyzer-build.txt"; then
    fail "an analyzer in the package failed to load or run"
fi

step="the analyzer and the code fix are the consumer's analyzers"
# What an IDE loads: the consumer's Analyzer items, resolved from the package as the build resolves them.
analyzer_items=$(dotnet msbuild "$consumers/ConsumerAnalyzer" -nologo -t:ResolveLockFileAnalyzers -getItem:Analyzer \
    -p:Configuration=Release "-p:ErrorCodesVersion=$version")
for assembly in ErrorCodes.Generator.dll ErrorCodes.CodeFixes.dll; do
    grep -qF "analyzers/dotnet/cs/$assembly\"" <<<"$analyzer_items" \
        || { echo "$analyzer_items"; fail "$assembly is not among ConsumerAnalyzer's analyzers"; }
done

step="build ConsumerBrokenCatalog and find the catalog diagnostics"
broken="$consumers/ConsumerBrokenCatalog"
# A catalog saved as Latin-1, not UTF-8: written here as bytes, so that no editor or git setting can convert it.
printf 'code,name,message\n1,CAFE,caf\xe9 cr\xe8me\n' >"$broken/latin1.csv"
# Where each diagnostic must be (1-based line and column, as msbuild prints them); see broken.csv.
expected_catalog=$(printf '%s\n' \
    "broken.csv(1,19): warning EC1003" \
    "broken.csv(3,1): error EC1004" \
    "broken.csv(4,3): error EC1007" \
    "broken.csv(5,19): warning EC1027" \
    "broken.csv(6,1): warning EC1005" \
    "broken.csv(7,1): error EC1010" \
    "broken.csv(9,12): error EC1011" \
    "latin1.csv(2,11): error EC1023")
catalog_diagnostics() {
    grep -oE '(broken|latin1|valid)\.csv\([0-9]+,[0-9]+\): (error|warning) EC[0-9]+' "$1" | sort -u
}
if dotnet build "$broken" -c Release -nologo -v:minimal "-p:ErrorCodesVersion=$version" >"$work/broken-build.txt" 2>&1; then
    cat "$work/broken-build.txt"
    fail "ConsumerBrokenCatalog built although its catalogs have errors"
fi
actual_catalog=$(catalog_diagnostics "$work/broken-build.txt")
echo "$actual_catalog" | sed 's/^/  /'
if [ "$actual_catalog" != "$(sort <<<"$expected_catalog")" ]; then
    cat "$work/broken-build.txt"
    fail "expected exactly these catalog diagnostics: $expected_catalog"
fi
grep -qF "The code 1 on line 6 is already defined on line 2" "$work/broken-build.txt" || fail "EC1005 does not name both lines"
# The failure must come from the catalogs alone: the code using their valid rows compiles, and the generator runs.
if grep -E 'error CS|warning CS8785|EC1099' "$work/broken-build.txt"; then
    fail "ConsumerBrokenCatalog failed for another reason than its catalogs"
fi

step="build ConsumerBrokenCatalog with the catalog errors as warnings and run it"
dotnet build "$broken" -c Release -nologo -v:minimal "-p:ErrorCodesVersion=$version" -p:CatalogErrorsAsWarnings=true >"$work/broken-build-2.txt" 2>&1 \
    || { cat "$work/broken-build-2.txt"; fail "ConsumerBrokenCatalog did not build with its catalog errors lowered to warnings"; }
[ "$(catalog_diagnostics "$work/broken-build-2.txt")" = "$(sed 's/: error /: warning /' <<<"$expected_catalog" | sort)" ] \
    || { cat "$work/broken-build-2.txt"; fail "the lowered build does not report the same catalog diagnostics as warnings"; }
dotnet "$broken/bin/Release/net10.0/ConsumerBrokenCatalog.dll" >"$work/broken-output.txt"
diff -u "$here/ConsumerBrokenCatalog/expected-output.txt" "$work/broken-output.txt"

step="build ConsumerClsLibrary (CLSCompliant(true), every seed catalog)"
started=$SECONDS
build_consumer ConsumerClsLibrary
echo "ConsumerClsLibrary: $((SECONDS - started)) s"

step="build ConsumerMultiTarget (strong-named; net10.0, net8.0, netstandard2.0, net48)"
started=$SECONDS
build_consumer ConsumerMultiTarget
for framework in net10.0 net8.0 netstandard2.0 net48; do
    [ -f "$consumers/ConsumerMultiTarget/bin/Release/$framework/ConsumerMultiTarget.dll" ] \
        || fail "ConsumerMultiTarget was not built for $framework"
done
echo "ConsumerMultiTarget: $((SECONDS - started)) s"

step="build ConsumerStrictAnalysis (AnalysisLevel latest-all, IsAotCompatible)"
started=$SECONDS
build_consumer ConsumerStrictAnalysis
echo "ConsumerStrictAnalysis: $((SECONDS - started)) s"
