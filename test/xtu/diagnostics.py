"""diagnostics.py OUT...: the diagnostics of corolint outputs, each warning
with its notes and snippets as one block, sorted, so that outputs can be
compared whatever the order of the files (shards.test)."""
import re
import sys

blocks = []
for path in sys.argv[1:]:
    with open(path) as f:
        for line in f:
            if re.search(r": (warning|error): ", line) or not blocks:
                blocks.append("")
            blocks[-1] += line
sys.stdout.write("".join(sorted(blocks)))
