"""Fails unless every blocking row of the built-in catalogue appears in the doc page.

catalogue-in-docs.py <checks/catalogue> <page>
    every NAME of a COROLINT_BLOCKING, COROLINT_BLOCKING_UNLESS,
    COROLINT_BLOCKING_ALT or COROLINT_BLOCKING_SHAPE row of the directory's
    .def files, in backquotes, and every category.
"""
import glob
import os
import re
import sys

directory, doc = sys.argv[1], open(sys.argv[2]).read()
names = []
for path in sorted(glob.glob(os.path.join(directory, "*.def"))):
    names += re.findall(r'^COROLINT_BLOCKING(?:_UNLESS|_ALT|_SHAPE)?\("([^"]+)",', open(path).read(), re.M)
if not names:
    sys.exit("no catalogue entries found in " + directory)
missing = [n for n in names if "`%s`" % n not in doc]
for category in ("sleep", "file-io", "network-io", "dns", "process", "wait", "lock",
                 "console", "custom", "async-twin"):
    if "`%s`" % category not in doc:
        missing.append("category " + category)
if missing:
    sys.exit("missing from %s: %s" % (sys.argv[2], ", ".join(missing)))
print("%d catalogue entries documented" % len(names))
