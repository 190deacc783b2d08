#!/usr/bin/env bash
# Packs the library into a temporary folder, then builds and runs a console app that
# references the package by id from that folder — "reference it from another .NET app",
# tested the way users do it rather than through a project reference; README's C# blocks are compiled and run in it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

version="0.1.0-ci$(date +%s)"
dotnet pack "$root/src/Progression/Progression.csproj" -c Release -o "$work/feed" -p:Version="$version" --nologo -v quiet
# The configuration package too: README's configuration example references it by id, as a host would.
dotnet pack "$root/src/Progression.Configuration/Progression.Configuration.csproj" -c Release -o "$work/feed" -p:Version="$version" --nologo -v quiet
test -f "$work/feed/Progression.Configuration.$version.nupkg"
test -f "$work/feed/Progression.$version.nupkg"
test -f "$work/feed/Progression.$version.snupkg"
# The package carries the README and the XML docs for both target frameworks.
list_package() {
  if command -v unzip >/dev/null; then unzip -l "$1";
  elif command -v python3 >/dev/null; then python3 -m zipfile -l "$1";
  else echo "cannot list $1: neither unzip nor python3 is installed" >&2; return 1; fi
}
contents="$(list_package "$work/feed/Progression.$version.nupkg")"
for entry in README.md lib/net8.0/Progression.xml lib/net10.0/Progression.xml lib/net8.0/Progression.dll lib/net10.0/Progression.dll; do
  grep -q "$entry" <<<"$contents" || { echo "the package lacks $entry" >&2; exit 1; }
done

mkdir -p "$work/app"
cp "$root/tests/PackageConsumer/PackageConsumer.csproj" "$root/tests/PackageConsumer/Program.cs" "$work/app/"
cat > "$work/app/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
CONFIG
# An empty Directory.Build.props/Packages.props stops MSBuild from walking up into any parent's build policy.
echo "<Project />" > "$work/Directory.Build.props"
echo "<Project />" > "$work/Directory.Packages.props"
# Every ```csharp block of README.md becomes a file of the app (the convention is in tools/ExtractReadme.cs and
# tests/README.md), so a README example that no longer compiles or throws fails CI.
mkdir -p "$work/tools"
cp "$root/tests/PackageConsumer/tools/ExtractReadme.cs" "$work/tools/"
(cd "$work/tools" && dotnet run ExtractReadme.cs -- "$root/README.md" "$work/app/Readme")
cd "$work/app"
dotnet run -c Release -p:ProgressionVersion="$version" --nologo
