#!/usr/bin/env bash
# Usage: validate.sh LOG.sarif...
# Validates SARIF logs with Microsoft's SARIF validator (`sarif-multitool
# validate`, npm package @microsoft/sarif-multitool, a .NET program that needs
# ICU: libicu72). The version is pinned by package.json and package-lock.json
# next to this script; the first run installs it with `npm ci` into
# $COROLINT_TOOLS_CACHE (default ~/.cache/corolint), later runs reuse it.
# Fails on any error or warning of the validator; its notes (advice such as
# "consider message ids") are printed and allowed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="$(sed -n 's/.*"@microsoft\/sarif-multitool": "\(.*\)".*/\1/p' "$here/package.json")"
cache="${COROLINT_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/corolint}/sarif-multitool-$version"

if [ ! -f "$cache/.installed" ]; then
  command -v npm >/dev/null || { echo "validate.sh: npm is needed (scripts/install-deps.sh)" >&2; exit 2; }
  mkdir -p "$(dirname "$cache")"
  staging="$(mktemp -d "$cache.XXXXXX")"
  cp "$here/package.json" "$here/package-lock.json" "$staging/"
  (cd "$staging" && npm ci --no-audit --no-fund --loglevel=error >&2)
  touch "$staging/.installed"
  # Another run may have finished first; either copy is complete.
  mv -T "$staging" "$cache" 2>/dev/null || rm -rf "$staging"
fi
# bin.js runs the platform's binary through a shell, which would split the
# ';'-separated --level list: call the binary itself.
multitool="$(cd "$cache" && node -p "require('@microsoft/sarif-multitool')")"
[ -x "$multitool" ] || chmod u+x "$multitool"

status=0
for log in "$@"; do
  out="$("$multitool" validate --level "Error;Warning;Note" "$log" 2>&1)" || status=$?
  echo "$out"
  if grep -Eq ': (error|warning) [A-Z]+[0-9]*' <<<"$out"; then
    echo "validate.sh: $log: the validator reports errors or warnings" >&2
    status=1
  fi
done
exit $status
