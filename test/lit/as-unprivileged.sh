#!/usr/bin/env bash
# as-unprivileged.sh <command> [args...]
# Runs the command as an unprivileged user: as 'nobody' (setpriv, from
# util-linux) when the tests run as root, which file permissions do not
# stop, else as the current user. For tests of read-only files and
# directories; the files the command reads must be readable by others.
if [ "$(id -u)" -eq 0 ]; then
  exec setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
fi
exec "$@"
