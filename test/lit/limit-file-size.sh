#!/usr/bin/env bash
# limit-file-size.sh <KiB> <command> [args...]
# Runs the command with RLIMIT_FSIZE set to <KiB> (ulimit -f) and SIGXFSZ
# ignored, so that a write past the limit fails with EFBIG ("File too
# large"), as a write to a full disk fails with ENOSPC: the tests of write
# failures use it because it needs no privilege (a small tmpfs needs root).
# Writes to pipes and character devices (/dev/null) are not limited.
set -e
limit=$1
shift
trap '' XFSZ
ulimit -f "$limit"
exec "$@"
