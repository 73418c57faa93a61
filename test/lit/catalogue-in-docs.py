"""Fails unless every catalogue entry of BlockingCatalog.cpp appears in the doc page."""
import re
import sys

source, doc = (open(p).read() for p in sys.argv[1:3])
names = re.findall(r'^\s*\{"([^"]+)", C::\w+,', source, re.M)
if not names:
    sys.exit("no catalogue entries found in " + sys.argv[1])
missing = [n for n in names if "`%s`" % n not in doc]
for category in ("sleep", "file-io", "network-io", "dns", "process", "wait", "lock",
                 "console", "custom"):
    if "`%s`" % category not in doc:
        missing.append("category " + category)
if missing:
    sys.exit("missing from %s: %s" % (sys.argv[2], ", ".join(missing)))
print("%d catalogue entries documented" % len(names))
