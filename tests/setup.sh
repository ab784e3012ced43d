#!/usr/bin/env bash
# Installs what Twin's tests need on a fresh Debian machine, and nothing twice.
# The .NET SDK is expected on PATH (global.json names the version); NuGet packages restore on build.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dotnet >/dev/null || { echo "the .NET SDK (dotnet) is not on PATH"; exit 1; }
