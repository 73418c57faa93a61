#!/usr/bin/env bash
# Installs the Debian packages the corpus files need beyond corolint's own
# (scripts/install-deps.sh): the "packages" of bench/corpus/projects.json
# (test frameworks: catch2 2.x, googletest). Quick when all are present.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
"$HERE/../../scripts/install-deps.sh"
mapfile -t PACKAGES < <(python3 -c '
import json, sys
names = set()
for p in json.load(open(sys.argv[1]))["projects"]:
    names.update(p.get("packages", []))
print("\n".join(sorted(names)))' "$HERE/projects.json")
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "corpus install-deps: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}" >/dev/null
