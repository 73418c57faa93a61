#!/usr/bin/env python3
"""Runs a pre-commit hook's command the way pre-commit does.

Usage: hook-command.py HOOKS.yaml HOOK_ID FILE...

Without PyYAML: it reads the flat `- id:` entries of a .pre-commit-hooks.yaml
(`key: value` lines, `args` and `types` as one-line flow lists). It prints the
hook's language and types, then runs `entry args... FILE...` (language
system: the entry from PATH) and exits with its status, as pre-commit does.
"""
import re
import subprocess
import sys


def hooks(path):
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = re.sub(r"\s+#.*$", "", line.rstrip("\n"))
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            match = re.match(r"^(-\s+|\s+)(\w+):\s*(.*)$", line)
            if not match:
                sys.exit(f"{path}: unsupported line: {line}")
            if match.group(1).startswith("-"):
                current = {}
                yield current
            key, value = match.group(2), match.group(3)
            if value.startswith("["):
                value = [v.strip() for v in value.strip("[]").split(",") if v.strip()]
            current[key] = value


def main():
    path, hook_id, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    hook = next((h for h in list(hooks(path)) if h.get("id") == hook_id), None)
    if hook is None:
        sys.exit(f"{path}: no hook '{hook_id}'")
    print(f"language: {hook.get('language')} types: {','.join(hook.get('types', []))}")
    command = hook["entry"].split() + hook.get("args", []) + files
    print("command: " + " ".join(command), flush=True)
    sys.exit(subprocess.call(command))


if __name__ == "__main__":
    main()
