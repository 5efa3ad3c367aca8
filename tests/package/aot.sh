#!/usr/bin/env bash
# Publishes ConsumerAotApp with native AOT from the packed ErrorCodes package, the way a user would, and checks that
# the publish reports no warning at all (every warning is an error, trim and AOT analysis included) and that the
# native program prints exactly what the same app prints on the JIT and what ConsumerAotApp/expected-output.txt holds.
# Kept apart from check.sh because the native compile alone takes about a minute.
#
# Like check.sh it packs into a fresh folder and restores with an empty package cache from a temporary copy that
# mirrors the repository layout. Needs dotnet and a C compiler and linker (gcc is used; clang is not needed).
#
# Usage: bash tests/package/aot.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$repo/tests/package"
work=$(mktemp -d)
step="start"

finish() {
    local status=$?
    rm -rf "$work"
    if [ "$status" -eq 0 ]; then
        echo "AOT CHECK: PASS"
    else
        echo "AOT CHECK: FAIL ($step)"
    fi
    exit "$status"
}
trap finish EXIT

fail() {
    echo "error: $*" >&2
    exit 1
}

command -v gcc >/dev/null || fail "gcc is needed to link the native program"

step="pack"
feed="$work/feed"
dotnet pack "$repo/src/ErrorCodes" -c Release -o "$feed" -nologo -v:minimal
package=$(basename "$(ls "$feed"/ErrorCodes.*.nupkg)")
version=${package#ErrorCodes.}
version=${version%.nupkg}

step="consumer setup"
app="$work/repo/tests/package/ConsumerAotApp"
mkdir -p "$work/repo/tests/package" "$work/repo/definitions"
cp -R "$here/ConsumerAotApp" "$app"
rm -rf "$app/bin" "$app/obj"
cp "$repo/definitions/live-station.csv" "$repo/definitions/game-platform.csv" "$work/repo/definitions/"
if [ -f "$repo/global.json" ]; then cp "$repo/global.json" "$work/repo/"; fi
echo '<Project />' >"$work/repo/Directory.Build.props"
echo '<Project />' >"$work/repo/Directory.Build.targets"
cat >"$work/repo/nuget.config" <<CONFIG
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
CONFIG
export NUGET_PACKAGES="$work/packages"

step="JIT build and run"
dotnet build "$app" -c Release -warnaserror -nologo -v:minimal "-p:ErrorCodesVersion=$version"
dotnet "$app/bin/Release/net10.0/ConsumerAotApp.dll" >"$work/jit-output.txt"

step="native AOT publish"
started=$SECONDS
dotnet publish "$app" -c Release -r linux-x64 -warnaserror -nologo -v:minimal "-p:ErrorCodesVersion=$version" \
    -p:CppCompilerAndLinker=gcc -o "$work/native" >"$work/publish.txt" 2>&1 \
    || { cat "$work/publish.txt"; fail "the native AOT publish failed"; }
cat "$work/publish.txt"
# -warnaserror already fails on any warning; this names the trim and AOT ones should a setting ever lower them.
if grep -E 'warning (IL[0-9]+|CS[0-9]+)' "$work/publish.txt"; then
    fail "the native AOT publish reported warnings"
fi
echo "native AOT publish: $((SECONDS - started)) s"

step="run the native program and compare its output"
[ -x "$work/native/ConsumerAotApp" ] || fail "no native program was published"
"$work/native/ConsumerAotApp" >"$work/native-output.txt"
diff -u "$work/jit-output.txt" "$work/native-output.txt"
diff -u "$here/ConsumerAotApp/expected-output.txt" "$work/native-output.txt"
