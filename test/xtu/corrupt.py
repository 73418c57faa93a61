"""corrupt.py DIR: damages the summaries in DIR for bad-input.test.

deep_a.cpp's summary gets a record with a wrong field type, cycle_a.cpp's a
record with an empty chain then a line that is not JSON; new files: one of an
unknown format version, one that is not a summary, one empty. The files
rewritten are sealed again (summary.py), so that the reader gets to their
records."""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import summary  # noqa: E402

d = sys.argv[1]


def rewrite(prefix, *records):
    path = glob.glob(os.path.join(d, prefix + "-*.jsonl"))[0]
    summary.write(path, summary.read(path)[:1] + list(records))


rewrite("deep_a.cpp", '{"kind":"function","usr":5,"name":"x"}')
rewrite("cycle_a.cpp",
        '{"kind":"function","usr":"c:@F@x#","name":"x","calls":[{"usr":"y","steps":[]}]}',
        '{not json')
with open(os.path.join(d, "future.jsonl"), "w") as f:
    f.write('{"format":"corolint-summary","version":99,"file":"/x.cpp","size":1,"hash":"0"}\n')
with open(os.path.join(d, "other.jsonl"), "w") as f:
    f.write('{"some":"thing"}\n')
open(os.path.join(d, "empty.jsonl"), "w").close()
