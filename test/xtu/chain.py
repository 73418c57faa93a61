"""chain.py: generates long call chains, for the lit tests and
bench/xtu_scaling.py --chains.

  chain.py helpers N ORDER OUT.cpp [static|extern]
      one TU: a coroutine `run` calls h1, h1 calls h2, ..., hN calls
      usleep; ORDER `down` defines the helpers caller first, `up` callee
      first; `extern` helpers have external linkage (corolint summarises
      them too), `static` (the default) internal.
  chain.py links N DIR [VERSION]
      a cross-TU chain of N links as summaries: DIR/main.cpp (a coroutine
      calling f0, declared only) with DIR/compile_commands.json, and
      DIR/summaries/ with one summary per 1,000 functions: f_i calls f_i+1
      (defined in another TU), f_N-1 calls usleep. Each summary's main file
      is a small source DIR/src/part_K.cpp, with its real size and hash.
      VERSION is the summary format version to write (default 3).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import summary  # noqa: E402

TASK = """#include <coroutine>
#include <unistd.h>
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
"""


def helpers(n, order, out, linkage="static"):
    kw = "static " if linkage == "static" else ""
    lines = [TASK] + ["%svoid h%d();" % (kw, i) for i in range(1, n + 1)]
    defs = ["%svoid h%d() { h%d(); }" % (kw, i, i + 1) for i in range(1, n)]
    defs.append("%svoid h%d() { usleep(1); }" % (kw, n))
    lines += defs if order == "down" else defs[::-1]
    lines += ["Task run() {", "  h1();", "  co_return;", "}"]
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


def usr(i):
    return "c:@F@f%d#" % i


def links(n, d, version=3):
    os.makedirs(os.path.join(d, "src"), exist_ok=True)
    os.makedirs(os.path.join(d, "summaries"), exist_ok=True)
    main = os.path.join(d, "main.cpp")
    with open(main, "w") as f:
        f.write(TASK + "void f0();\nTask run() {\n  f0();\n  co_return;\n}\n")
    with open(os.path.join(d, "compile_commands.json"), "w") as f:
        json.dump([{"directory": d, "file": main,
                    "command": "clang++-19 -std=c++20 -c main.cpp"}], f)
    per = 1000
    for k, first in enumerate(range(0, n, per)):
        src = os.path.join(d, "src", "part_%d.cpp" % k)
        with open(src, "w") as f:
            f.write("// part %d of the chain\n" % k)
        header = {"format": "corolint-summary", "version": version, "mtime": 0}
        if version >= 2:
            header["configuration"] = "0000000000000000"
        lines = [summary.source_header(src, json.dumps(header))]
        link = {"file": os.path.abspath(src), "offset": 0, "line": 1, "column": 1}
        for i in range(first, min(first + per, n)):
            rec = {"kind": "function", "usr": usr(i), "name": "f%d" % i}
            if i + 1 < n:
                rec["calls"] = [{"usr": usr(i + 1), "steps": [dict(link, callee="f%d" % (i + 1))]}]
            else:
                rec["blocks"] = {"steps": [dict(link, callee="usleep")],
                                 "category": "sleep", "advice": "sleep"}
            lines.append(json.dumps(rec, separators=(",", ":")))
        summary.write(os.path.join(d, "summaries", "part_%d.jsonl" % k), lines)


if __name__ == "__main__":
    if sys.argv[1] == "helpers":
        helpers(int(sys.argv[2]), sys.argv[3], sys.argv[4], *sys.argv[5:6])
    elif sys.argv[1] == "links":
        links(int(sys.argv[2]), os.path.abspath(sys.argv[3]),
              int(sys.argv[4]) if len(sys.argv) > 4 else 3)
    else:
        sys.exit(__doc__)
