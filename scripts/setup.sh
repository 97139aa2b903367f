#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build, test and run migstat.
# Swift itself comes with the machine image (/opt/swift); the Swift packages
# come from the package mirror when `swift build` resolves them.
set -euo pipefail

needed=()
pkg-config --exists libxml-2.0 2>/dev/null || needed+=(libxml2-dev)
command -v pkg-config >/dev/null || needed+=(pkg-config)
command -v python3 >/dev/null || needed+=(python3)          # feed generator, code-list script
[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || needed+=(iso-codes)  # code-list script
command -v xmllint >/dev/null || needed+=(libxml2-utils)     # benchmark baseline
pkg-config --exists sqlite3 2>/dev/null || needed+=(libsqlite3-dev)   # the unified database (SQLite)
command -v sqlite3 >/dev/null || needed+=(sqlite3)           # for analysts' queries and the benchmark's baseline
[ -f /usr/include/postgresql/libpq-fe.h ] || needed+=(libpq-dev)      # the unified database (PostgreSQL client)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || needed+=(postgresql)  # tests start a throwaway server
command -v chromium >/dev/null || needed+=(chromium)          # the report's tests and make report-pdf
command -v strip >/dev/null || needed+=(binutils)            # make install strips the debug info

if [ ${#needed[@]} -eq 0 ]; then
  echo "setup: system packages present"
  exit 0
fi
echo "setup: installing ${needed[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${needed[@]}"
