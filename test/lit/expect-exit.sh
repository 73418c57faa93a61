#!/usr/bin/env bash
# expect-exit.sh <status> <command> [args...]
# Runs the command and fails unless it exits with exactly <status>.
expected=$1
shift
"$@"
actual=$?
if [ "$actual" -ne "$expected" ]; then
  echo "expect-exit: '$1' exited $actual, expected $expected" >&2
  exit 1
fi
