#!/usr/bin/env bash
# The README's test command: installs what the test suite needs and the machine lacks, then runs every test.
#  - Debian's chromium: the real-browser test of the Banana Cake Pop IDE;
#  - redis-server: tests of the Redis event bus start their own server on a free loopback port;
#  - python3-yaml: the docker-compose.yml shape check (no Docker engine is needed).
# Installing needs root (as in CI); otherwise the script names the packages to install and stops.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
{ command -v python3 >/dev/null && python3 -c 'import yaml' 2>/dev/null; } || missing+=(python3 python3-yaml)
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "test.sh: please install: ${missing[*]} (e.g. sudo apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  echo "test.sh: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
fi

python3 scripts/check-compose.py

# dotnet test prints one summary per test project; the last line adds them up for people and CI alike.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Commerce.GraphQL.sln "$@" </dev/null 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
echo "tests: $(sum Passed) passed, $(sum Failed) failed"
exit "$status"
