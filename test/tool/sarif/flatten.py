#!/usr/bin/env python3
"""Prints a JSON file as one `path = value` line per scalar, in file order,
for FileCheck: runs[0].results[0].ruleId = "coro-blocking-call"."""
import json
import sys


def walk(path, value):
    if isinstance(value, dict):
        for key, item in value.items():
            walk(f"{path}.{key}" if path else key, item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            walk(f"{path}[{index}]", item)
    else:
        print(f"{path} = {json.dumps(value, ensure_ascii=False)}")


with open(sys.argv[1], encoding="utf-8") as f:
    walk("", json.load(f))
