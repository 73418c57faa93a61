#!/usr/bin/env bash
# Installs the Debian packages the corpus files need beyond corolint's own
# (scripts/install-deps.sh, which it calls with them): the "packages" of bench/corpus/projects.json
# (test frameworks: catch2 2.x, googletest; Qt 6, QCoro, jsoncpp, protobuf and
# gRPC for the Qt, drogon and asio projects). Quick when all are present.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
mapfile -t PACKAGES < <(python3 -c '
import json, sys
names = set()
for p in json.load(open(sys.argv[1]))["projects"]:
    names.update(p.get("packages", []))
print("\n".join(sorted(names)))' "$HERE/projects.json")
exec "$HERE/../../scripts/install-deps.sh" "${PACKAGES[@]}"
