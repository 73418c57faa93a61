"""damage.py DIR CASE [ARG]: damages the summaries in DIR for one test case.

Cases (each on a fresh copy of an exported directory):
  truncate PREFIX      keeps the first two lines of PREFIX's summary, cut at a
                       line boundary (the trailer, if any, goes with the rest)
  drop-line PREFIX     removes line 2 of PREFIX's summary, keeping its trailer
  edit PREFIX OLD NEW  replaces OLD by NEW in PREFIX's summary, trailer kept
  reseal PREFIX OLD NEW  the same, then seals the file again (a valid file
                       whose content a test chose)
  deep DEPTH SRC       adds deep.jsonl: a record nested DEPTH deep, sealed,
                       whose header names SRC (a real source file)
  main-file PATH       adds other-main.jsonl: a sealed summary whose header
                       names PATH as its main file (size 1)
  copy PREFIX NAME OLD NEW  copies PREFIX's summary to NAME, OLD replaced by
                       NEW, sealed
  link PREFIX CALLEE FIELD=VALUE...  sets fields (file, offset, line,
                       column) of the links calling CALLEE in PREFIX's
                       records, sealed
PREFIX is a summary's name up to its first '-' (the main file's name)."""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import summary  # noqa: E402

d, case, args = sys.argv[1], sys.argv[2], sys.argv[3:]


def path_of(prefix):
    return glob.glob(os.path.join(d, prefix + "-*.jsonl"))[0]


if case == "truncate":
    p = path_of(args[0])
    with open(p) as f:
        lines = f.readlines()
    with open(p, "w") as f:
        f.writelines(lines[:2])
elif case == "drop-line":
    p = path_of(args[0])
    with open(p) as f:
        lines = f.readlines()
    with open(p, "w") as f:
        f.writelines(lines[:1] + lines[2:])
elif case == "edit":
    p = path_of(args[0])
    with open(p) as f:
        text = f.read()
    assert args[1] in text, (args[1], p)
    with open(p, "w") as f:
        f.write(text.replace(args[1], args[2]))
elif case == "reseal":
    p = path_of(args[0])
    lines = summary.read(p)
    assert any(args[1] in l for l in lines), (args[1], p)
    summary.write(p, [l.replace(args[1], args[2]) for l in lines])
elif case == "deep":
    depth, src = int(args[0]), args[1]
    like = summary.read(glob.glob(os.path.join(d, "*.jsonl"))[0])[0]
    record = '{"kind":"function","usr":"c:@F@deep#","name":"deep","calls":%s%s}' % (
        "[" * depth, "]" * depth)
    summary.write(os.path.join(d, "deep.jsonl"), [summary.source_header(src, like), record])
elif case == "main-file":
    like = summary.read(glob.glob(os.path.join(d, "*.jsonl"))[0])[0]
    h = summary.source_header(__file__, like).replace(os.path.abspath(__file__), args[0])
    h = h.replace('"size": %d' % os.path.getsize(__file__), '"size": 1')
    summary.write(os.path.join(d, "other-main.jsonl"), [h])
elif case == "copy":
    lines = summary.read(path_of(args[0]))
    assert any(args[2] in l for l in lines), (args[2], args[0])
    summary.write(os.path.join(d, args[1]), [l.replace(args[2], args[3]) for l in lines])
elif case == "link":
    p = path_of(args[0])
    lines = summary.read(p)
    fields = dict(a.split("=", 1) for a in args[2:])
    fields = {k: v if k == "file" else int(v) for k, v in fields.items()}
    found = []

    def relink(v):
        if isinstance(v, dict):
            if v.get("callee") == args[1] and "offset" in v:
                v.update(fields)
                found.append(v)
            for x in v.values():
                relink(x)
        elif isinstance(v, list):
            for x in v:
                relink(x)
        return v
    lines = lines[:1] + [json.dumps(relink(json.loads(l))) for l in lines[1:]]
    assert found, (args[1], p)
    summary.write(p, lines)
else:
    sys.exit("unknown case " + case)
