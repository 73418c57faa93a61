"""Fails unless the await checks' pages list their built-in data.

await-docs.py bridges <checks/catalogue> <page>
    every COROLINT_BRIDGE/COROLINT_BRIDGE_ALT row of the .def files; a member may share a line with its class,
    as in "`ns::Class::get`/`wait`".
await-docs.py hand-offs <UnawaitedTaskCheck.cpp> <page>
    the default of HandOffFunctions, verbatim.
await-docs.py rows <source> <page>
    the first name of every row of the source's tables (`{"name", ...},`),
    each in backquotes: the executor switches and blocking-tolerant
    executors (Executors.cpp), the future-like types (Awaitables.cpp).
"""
import glob
import os
import re
import sys

kind, page = sys.argv[1], open(sys.argv[3]).read()
if os.path.isdir(sys.argv[2]):
    source = "".join(open(p).read() for p in sorted(glob.glob(os.path.join(sys.argv[2], "*.def"))))
else:
    source = open(sys.argv[2]).read()
if kind == "bridges":
    names = re.findall(r'^COROLINT_BRIDGE(?:_ALT)?\("([^"]+)",', source, re.M)
    if not names:
        sys.exit("no bridges found in " + sys.argv[2])
    lines = page.splitlines()

    def documented(name):
        owner, _, member = name.rpartition("::")
        return any("`%s`" % name in line or
                   ("`%s::" % owner in line and "`%s`" % member in line)
                   for line in lines)

    missing = [n for n in names if not documented(n)]
elif kind == "rows":
    names = re.findall(r'^\s*\{"([^"]+)",', source, re.M)
    if not names:
        sys.exit("no table rows found in " + sys.argv[2])
    missing = [n for n in names if "`%s" % n not in page]
else:
    match = re.search(r'DefaultHandOffFunctions =\s*((?:"[^"]*"\s*)+);', source)
    if not match:
        sys.exit("no DefaultHandOffFunctions in " + sys.argv[2])
    names = ["".join(re.findall(r'"([^"]*)"', match.group(1)))]
    missing = [n for n in names if "`%s`" % n not in page]
if missing:
    sys.exit("missing from %s: %s" % (sys.argv[3], ", ".join(missing)))
print("%s documented" % ("%d bridges" % len(names) if kind == "bridges" else
                         "%d rows" % len(names) if kind == "rows" else
                         "the default HandOffFunctions"))
