#!/usr/bin/env python3
"""Editor latency: stock clangd-<N> against corolint-clangd, N = 19 or 22.

Measures, for each server, the time from textDocument/didOpen of a sample to
the first textDocument/publishDiagnostics for that file (what a user waits
for after opening a file before the squiggles appear: preamble, AST and
clang-tidy), then the time from a textDocument/didChange (one line appended)
to the next publishDiagnostics (the preamble is reused: AST and clang-tidy
only, where the checks' share shows most). Each repeat starts a
fresh server (no preamble cache; --background-index=0 so that indexing does
not compete), and the servers alternate so that machine load falls on both
alike. Prints a table (server, median, min, max in ms) and the diagnostics
each server published on its last run.

    bench/editor_latency.py [--llvm 19|22] [--repeats N]
                            [--corolint-clangd PATH] [--clangd PATH]
                            [--file SAMPLE]

--llvm picks the pair to compare: Debian's clangd-<N> against the
corolint-clangd built against the same clangd (build/ for 19, build-llvm22/
for 22, as scripts/build.sh makes them); --clangd and --corolint-clangd
override either path.

--lsp-dump mode (used by test/editor): open one file with one server, print
each diagnostic as `line:col: severity: message [code]` (1-based), exit.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHASES = ("didOpen -> publishDiagnostics", "didChange -> publishDiagnostics")
SEVERITY = {1: "error", 2: "warning", 3: "information", 4: "hint"}
# scripts/build.sh's build directory for each LLVM version.
BUILD_DIRS = {"19": "build", "22": "build-llvm22"}


class Server:
    """A language server over stdio, speaking LSP with Content-Length framing."""

    def __init__(self, cmd, cwd):
        self.proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.next_id = 0

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method,
                   "params": params})
        return self.next_id

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def receive(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("server exited")
            line = line.strip()
            if not line:
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def wait_for(self, predicate):
        while True:
            msg = self.receive()
            if msg.get("method") == "window/workDoneProgress/create":
                self.send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
            if predicate(msg):
                return msg

    def close(self):
        # clangd answers shutdown at once, but on exit it waits for its
        # background work (indexing the standard library takes seconds):
        # grant it a moment, then kill it.
        try:
            ident = self.request("shutdown", None)
            self.wait_for(lambda m: m.get("id") == ident)
            self.notify("exit", None)
            self.proc.wait(timeout=1)
        except (EOFError, BrokenPipeError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


def open_and_wait(cmd, path, edit=False):
    """Returns (seconds from didOpen to publishDiagnostics, diagnostics), and
    with edit=True (open seconds, seconds from didChange to the next
    publishDiagnostics, diagnostics)."""
    uri = path.as_uri()
    text = path.read_text()
    published = (lambda m: m.get("method") == "textDocument/publishDiagnostics"
                 and m["params"]["uri"] == uri)
    server = Server(cmd + ["--background-index=0"], cwd=path.parent)
    try:
        ident = server.request("initialize", {
            "processId": os.getpid(), "rootUri": path.parent.as_uri(),
            "capabilities": {}})
        server.wait_for(lambda m: m.get("id") == ident)
        server.notify("initialized", {})
        start = time.perf_counter()
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "cpp", "version": 1, "text": text}})
        msg = server.wait_for(published)
        elapsed = time.perf_counter() - start
        if edit:
            start = time.perf_counter()
            server.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": 2},
                "contentChanges": [{"text": text + "\n"}]})
            msg = server.wait_for(published)
            return elapsed, time.perf_counter() - start, msg["params"]["diagnostics"]
    finally:
        server.close()
    return elapsed, msg["params"]["diagnostics"]


def format_diag(d):
    start = d["range"]["start"]
    code = " [%s]" % d["code"] if "code" in d else ""
    return "%d:%d: %s: %s%s" % (start["line"] + 1, start["character"] + 1,
                                SEVERITY.get(d.get("severity"), "?"),
                                d["message"].splitlines()[0], code)


def sample_dir(sample):
    """A temporary copy of the sample with a compile_flags.txt for the aio runtime."""
    tmp = Path(tempfile.mkdtemp(prefix="editor-latency-"))
    target = tmp / sample.name
    target.write_text(sample.read_text())
    (tmp / "compile_flags.txt").write_text(
        "-std=c++20\n-I%s\n-I%s\n" % (ROOT / "runtime" / "include", sample.parent))
    return target


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--llvm", choices=sorted(BUILD_DIRS), default="19",
                        help="LLVM major version of both servers (default 19)")
    parser.add_argument("--clangd", help="stock clangd (default clangd-<llvm>)")
    parser.add_argument("--corolint-clangd",
                        help="default: <build dir of --llvm>/bin/corolint-clangd")
    parser.add_argument("--file", type=Path,
                        default=ROOT / "runtime" / "examples" / "blocking.cpp")
    parser.add_argument("--lsp-dump", action="store_true",
                        help="open --file with --corolint-clangd once and "
                        "print its diagnostics (the file is used in place)")
    args = parser.parse_args()
    stock = "clangd-" + args.llvm
    args.clangd = args.clangd or stock
    args.corolint_clangd = args.corolint_clangd or str(
        ROOT / BUILD_DIRS[args.llvm] / "bin" / "corolint-clangd")

    if args.lsp_dump:
        _, diags = open_and_wait([args.corolint_clangd], args.file.resolve())
        for d in diags:
            print(format_diag(d))
        return 0

    path = sample_dir(args.file.resolve())
    servers = [(stock, [args.clangd]),
               ("corolint-clangd", [args.corolint_clangd])]
    times = {(name, phase): [] for name, _ in servers for phase in PHASES}
    last = {}
    try:
        for _ in range(args.repeats):
            for name, cmd in servers:
                opened, edited, last[name] = open_and_wait(cmd, path, edit=True)
                times[name, PHASES[0]].append(opened * 1000)
                times[name, PHASES[1]].append(edited * 1000)
    finally:
        shutil.rmtree(path.parent)

    print("%s, %d runs each, fresh server per run" % (args.file.name, args.repeats))
    print("%-16s %-32s %9s %9s %9s" % ("server", "", "median", "min", "max"))
    for phase in PHASES:
        for name, _ in servers:
            t = times[name, phase]
            print("%-16s %-32s %6.0f ms %6.0f ms %6.0f ms" % (
                name, phase, statistics.median(t), min(t), max(t)))
    for phase in PHASES:
        print("ratio corolint-clangd / %s, %s (medians): %.2f" % (
            stock, phase, statistics.median(times["corolint-clangd", phase])
            / statistics.median(times[stock, phase])))
    for name, _ in servers:
        print("%s diagnostics:" % name)
        for d in last[name]:
            print("  " + format_diag(d))
    return 0


if __name__ == "__main__":
    sys.exit(main())
