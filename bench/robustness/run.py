#!/usr/bin/env python3
"""The robustness harness: hostile inputs through every front end.

    bench/robustness/run.py [-j N] [--mutants N] [--seed S] [--keep DIR] ...

Two input sets (README.md in this folder says more):
  clang-tests  clang's own coroutine tests from Debian's source package of the
               installed clang (clang_tests.py), each at -std=c++20 and c++23;
  mutants      N seeded mutants (mutate.py) of the project's lit inputs, each
               at one standard (even numbers c++20, odd c++23).
Each input goes through the variants of VARIANTS (the mutants through
MUTANT_VARIANTS): corolint (text with every notable option, cross-TU on;
text with the default options and --cross-tu=false; SARIF; --fix on a copy),
clang-tidy-19 --load with the plugin (also with --fix; and clang-tidy-22 with
build-llvm22's plugin when it is built), and corolint-clangd --check (when it
is built); each under a timeout and a memory limit (prlimit), at nice 10,
N inputs in parallel. docs/robustness.md describes it all.

Every run is classified (classify()): ok, crash, clang crash (clang++
-fsyntax-only crashes on the same input too: clang's defect, reported per
file), hang, wrong exit (corolint: 2 when the file does not compile, else 0
or 1; clang-tidy: 1 when it does not compile, else 0), damaged (--fix turned a
file that compiled into one that does not), changed broken (--fix changed a
file that does not compile, which clang-tidy refuses to do), bad output (a
SARIF log that is not JSON), disagree (corolint's text differs from the
plugin's on a file that compiles).

Results are appended to <cache>/results.jsonl as each input finishes; a run
that is interrupted resumes where it stopped (an input is keyed by its text,
flags and standard, each of its runs by the binaries and command it ran, so
a rebuild reruns only the runs of what was rebuilt).

Exit status: 0 when every run is ok (or a clang crash), 1 when a failure was
found, 2 on a setup error (no corolint, the tests cannot be fetched).
"""
import argparse
import collections
import concurrent.futures
import glob
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import clang_tests  # noqa: E402
import mutate  # noqa: E402

CHECKS = "-*,coro-*"
# The notable options: every category (lock and console are off by default),
# an extra blocking function and bridge name, dropped running work reported,
# extra lazy and eager task types.
ALL_OPTIONS = {
    "coro-blocking-call.Categories": "sleep;file-io;network-io;dns;process;wait;lock;console;custom",
    "coro-blocking-call.BlockingFunctions": "app::query=use app::query_async;legacy::fetch",
    "coro-sync-wait-in-coroutine.BridgeNames": "await_now;drain",
    "coro-sync-wait-in-coroutine.SyncWaitFunctions": "app::block_on",
    "coro-unawaited-task.ReportDroppedRunningWork": "true",
    "LazyTaskTypes": "app::Lazy",
    "EagerTaskTypes": "app::Eager",
}
# The two configurations, as .clang-tidy files written into the cache (and
# next to the input for clangd): the default options, and the notable ones.
CONFIGS = {
    "default": f"Checks: '{CHECKS}'\n",
    "all-options": f"Checks: '{CHECKS}'\nCheckOptions:\n"
                   + "".join(f"  {k}: '{v}'\n" for k, v in ALL_OPTIONS.items()),
}

# What a crash leaves on the output of an LLVM tool, whatever its exit code.
# ("crashed while analysing" is corolint's own per-file crash recovery.)
CRASH_MARKERS = ["LLVM ERROR", "PLEASE submit a bug report", "Stack dump",
                 "crashed while analysing"]
STD_DEFAULT = ["c++20", "c++23"]
KINDS = ["crash", "clang crash", "hang", "wrong exit", "damaged", "changed broken",
         "bad output", "disagree"]


class SetupError(Exception):
    pass


# --------------------------------------------------------------------------
# Front ends


class Tools:
    """Paths of the front ends and of clang++; None for one that is not built."""

    def __init__(self, args):
        build = os.path.abspath(args.build)
        build22 = os.path.abspath(args.build_22)

        def pick(given, default):
            p = given or default
            return p if p and os.path.exists(p) else None

        self.corolint = pick(args.corolint, os.path.join(build, "bin", "corolint"))
        self.clang_tidy = args.clang_tidy or shutil.which("clang-tidy-19")
        self.plugin = pick(args.plugin, os.path.join(build, "lib", "libcorolint-plugin.so"))
        self.clang_tidy_22 = args.clang_tidy_22 or shutil.which("clang-tidy-22")
        self.plugin_22 = pick(args.plugin_22, os.path.join(build22, "lib", "libcorolint-plugin.so"))
        self.clangd = pick(args.clangd, os.path.join(build, "bin", "corolint-clangd"))
        self.clangxx = args.clangxx or shutil.which("clang++-19")
        # clang-tidy-22's parser is clang 22's: its own compiler says whether
        # a file compiles for it.
        self.clangxx_22 = args.clangxx_22 or shutil.which("clang++-22")
        if not self.corolint:
            raise SetupError(f"no corolint at {args.corolint or os.path.join(build, 'bin', 'corolint')}"
                             " (scripts/build.sh builds it)")
        if not self.clangxx:
            raise SetupError("no clang++-19 (to tell a file that compiles from one that does not)")
        self._hashes = {}
        self.configs = {}  # configuration name: its .clang-tidy file (main() writes them)

    def fingerprint(self, names):
        """A hash of these binaries (Tools attributes): a rebuild invalidates
        the results stored for them."""
        key = tuple(names)
        if key not in self._hashes:
            h = hashlib.sha256()
            for name in names:
                p = getattr(self, name)
                h.update(p.encode() + b"\0")
                with open(shutil.which(p) or p, "rb") as f:
                    for block in iter(lambda: f.read(1 << 20), b""):
                        h.update(block)
            self._hashes[key] = h.hexdigest()[:16]
        return self._hashes[key]


class Variant:
    """One way of running a front end on an input.

    argv(tools, file, cc, job) builds the command (job: the run's directory);
    expect(compiles) the exit codes its contract allows (None: not judged);
    compiler: the Tools attribute of the clang++ of its parser's version."""

    def __init__(self, name, row, needs, argv, expect, fix=False, sarif=False, text=None,
                 compiler="clangxx"):
        self.name, self.row, self.needs, self.compiler = name, row, needs, compiler
        self.argv, self.expect, self.fix, self.sarif, self.text = argv, expect, fix, sarif, text


def corolint_argv(*opts, config="all-options"):
    def argv(t, file, cc, job):
        return [t.corolint, f"--checks={CHECKS}", f"--config-file={t.configs[config]}",
                *[o.replace("@JOB@", job) for o in opts], file, "--", *cc]
    return argv


def corolint_expect(compiles):
    return {0, 1} if compiles else {2}


def tidy_argv(tool, plugin, *opts):
    def argv(t, file, cc, job):
        return [getattr(t, tool), f"--load={getattr(t, plugin)}", f"--checks={CHECKS}",
                "--quiet", f"--config-file={t.configs['all-options']}", *opts, file, "--", *cc]
    return argv


def tidy_expect(compiles):
    return {0} if compiles else {1}


def clangd_argv(t, file, cc, job):
    # Its compile flags and options come from files next to the input
    # (clangd_files()).
    # --check-locations=false: hover, go-to-definition and code actions at
    # every token are clangd's own features; on a deeply nested mutant they
    # take minutes in stock clangd-19 too (docs/robustness.md).
    return [t.clangd, f"--check={file}", "--check-locations=false", "--log=error"]


def clangd_files(job, cc):
    with open(os.path.join(job, "compile_flags.txt"), "w") as f:
        f.write("".join(a + "\n" for a in cc))
    with open(os.path.join(job, ".clang-tidy"), "w") as f:
        f.write(CONFIGS["all-options"])


VARIANTS = [
    # The differential: this text must be the plugin's (as in test/lit/check-coro.sh).
    Variant("corolint", "corolint", "corolint", corolint_argv("--quiet"), corolint_expect,
            text="plugin"),
    Variant("corolint-default-noxtu", "corolint", "corolint",
            corolint_argv("--cross-tu=false", config="default"), corolint_expect),
    Variant("corolint-sarif", "corolint", "corolint",
            corolint_argv("--quiet", "--format=sarif", "--output=@JOB@/out.sarif"),
            corolint_expect, sarif=True),
    Variant("corolint-fix", "corolint --fix", "corolint", corolint_argv("--quiet", "--fix"),
            corolint_expect, fix=True),
    Variant("plugin", "clang-tidy-19 --load", "plugin", tidy_argv("clang_tidy", "plugin"),
            tidy_expect),
    Variant("plugin-fix", "clang-tidy-19 --load --fix", "plugin",
            tidy_argv("clang_tidy", "plugin", "--fix"), tidy_expect, fix=True),
    Variant("plugin-22", "clang-tidy-22 --load", "plugin_22",
            tidy_argv("clang_tidy_22", "plugin_22"), tidy_expect, compiler="clangxx_22"),
    # clangd --check's status also counts clangd's own failures: not judged.
    Variant("clangd", "corolint-clangd --check", "clangd", clangd_argv, lambda c: None),
]
# The mutants go through fewer: output formats and options are the clang
# tests' business; the mutants are there to break the parser and the walk.
MUTANT_VARIANTS = ["corolint", "corolint-fix", "plugin", "plugin-22", "clangd"]
ROWS = ["corolint", "corolint --fix", "clang-tidy-19 --load", "clang-tidy-19 --load --fix",
        "clang-tidy-22 --load", "corolint-clangd --check"]


# The Tools attributes each kind of variant runs.
NEEDS = {"corolint": ["corolint"], "plugin": ["clang_tidy", "plugin"],
         "plugin_22": ["clang_tidy_22", "plugin_22", "clangxx_22"], "clangd": ["clangd"]}


def variant_fingerprint(v, tools):
    """The binaries a variant runs and the shape of its command: a change of
    either invalidates its stored runs."""
    shape = v.argv(tools, "<file>", ["<cc>"], "<job>")
    return hashlib.sha256((tools.fingerprint(NEEDS[v.needs]) + repr(shape)).encode()).hexdigest()[:16]


def available(variant, tools):
    return all(getattr(tools, n) for n in NEEDS[variant.needs])


# --------------------------------------------------------------------------
# Running one command


class Run:
    def __init__(self, argv, rc, out, err, secs, timed_out, limit=0):
        self.argv, self.rc, self.out, self.err = argv, rc, out, err
        self.secs, self.timed_out, self.limit = secs, timed_out, limit

    def crash_lines(self):
        text = self.out + "\n" + self.err
        return [l for l in text.splitlines() if any(m in l for m in CRASH_MARKERS)]

    def crashed(self):
        return not self.timed_out and (self.rc < 0 or self.rc >= 128 or bool(self.crash_lines()))


def run_limited(argv, cwd, timeout, memory_mb, env):
    """Runs argv with an address-space limit and no core file, kills its
    process group at the timeout."""
    full = ["prlimit", f"--as={memory_mb << 20}", "--core=0", "--", *argv]
    start = time.monotonic()
    p = subprocess.Popen(full, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    timed_out = False
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(p.pid, 9)
        except ProcessLookupError:
            pass
        out, err = p.communicate()
    return Run(argv, p.returncode, out.decode(errors="replace"), err.decode(errors="replace"),
               time.monotonic() - start, timed_out, timeout)


def clean_env():
    env = dict(os.environ)
    # No user configuration leaks in (clangd's config.yaml, its flags).
    env["XDG_CONFIG_HOME"] = "/nonexistent"
    env.pop("CLANGD_FLAGS", None)
    return env


# --------------------------------------------------------------------------
# Classification


def crash_signature(run):
    """A short line naming a crash: the LLVM ERROR, corolint's message, or
    the first stack frame outside the signal machinery."""
    text = run.out + "\n" + run.err
    m = re.search(r"LLVM ERROR: (.*)", text)
    if m:
        return "LLVM ERROR: " + m.group(1).strip()[:120]
    for line in text.splitlines():
        f = re.match(r"\s*#\d+ 0x[0-9a-f]+ (?:in )?(.*)", line)
        if f:
            frame = re.sub(r"\s*\(?/[^ ]*\)?$", "", f.group(1)).strip()
            frame = re.sub(r"\+0x[0-9a-f]+", "", frame)
            if frame and not re.search(r"llvm::sys::|SignalHandler|__restore_rt|raise|abort"
                                       r"|PrintStackTrace|CrashRecoveryContext|^0x", frame):
                return frame[:160]
    m = re.search(r"crashed while analysing[^\n]*", text)
    if m:
        return "crashed while analysing (corolint's recovery)"
    if run.rc < 0:
        return f"signal {-run.rc}"
    return f"exit {run.rc}"


def first_error(text):
    for line in text.splitlines():
        if " error: " in line or line.startswith("error: "):
            # Without its path and position: failures group by message.
            return re.sub(r"^.*?:\d+:\d+: ", "", line).strip()[:160]
    return ""


def classify(variant, run, baseline, fixed=None):
    """[(kind, signature)] of one run; empty when it is ok.
    baseline: the clang++ run on the input; fixed: for --fix, (changed,
    the clang++ run on the fixed file or None)."""
    out = []
    clang_crashed = baseline.crashed() or baseline.timed_out
    compiles = baseline.rc == 0 and not clang_crashed
    if run.timed_out:
        out.append(("clang crash" if clang_crashed else "hang",
                    f"no end after {run.limit:g} s"))
        return out
    if run.crashed():
        out.append(("clang crash" if clang_crashed else "crash", crash_signature(run)))
        return out
    expect = variant.expect(compiles)
    if not clang_crashed and expect is not None and run.rc not in expect:
        why = "compiles" if compiles else "does not compile"
        out.append(("wrong exit", f"exit {run.rc} on a file that {why} "
                    f"(expected {' or '.join(map(str, sorted(expect)))})"))
    if variant.fix and fixed is not None:
        changed, after = fixed
        if changed and compiles and after is not None and after.rc != 0:
            out.append(("damaged", "after --fix: " + (first_error(after.out + after.err)
                                                       or f"clang++ exit {after.rc}")))
        elif changed and not compiles and not clang_crashed:
            out.append(("changed broken", "--fix changed a file that does not compile"))
    return out


def check_sarif(path, run):
    """None if the SARIF log is fine, else why not."""
    if not os.path.exists(path):
        return None if run.rc == 2 else f"exit {run.rc} and no SARIF log"
    try:
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
    except (ValueError, UnicodeDecodeError) as e:
        return f"SARIF log is not JSON: {str(e)[:80]}"
    if not isinstance(log, dict) or not isinstance(log.get("runs"), list):
        return "SARIF log has no runs"
    return None


# --------------------------------------------------------------------------
# Inputs


class Input:
    """One file to lint at one standard, with the flags to compile it."""

    def __init__(self, set_name, label, text, std, flags, origin):
        self.set, self.label, self.text, self.std = set_name, label, text, std
        self.flags, self.origin = flags, origin  # origin: where it comes from, said in reports

    @property
    def basename(self):
        return os.path.basename(self.label)

    def cc(self):
        return [f"-std={self.std}", "-fno-crash-diagnostics", *self.flags]

    def key(self, salt):
        h = hashlib.sha256()
        for part in (salt, self.set, self.label, self.std, *self.flags, self.text):
            h.update(part.encode(errors="surrogateescape") + b"\0")
        return h.hexdigest()[:24]


def read_text(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        return f.read()


def clang_test_inputs(tests_dir, tests, stds):
    out = []
    for t in tests:
        path = os.path.join(tests_dir, t["path"])
        d = os.path.dirname(path)
        flags = [*t["flags"], f"-I{d}", f"-I{os.path.join(d, 'Inputs')}"]
        text = read_text(path)
        for std in stds:
            out.append(Input("clang-tests", t["path"], text, std, flags, path))
    return out


def source_flags(path):
    """The include flags a lit input of the repository is compiled with."""
    rel = os.path.relpath(path, ROOT)
    d = os.path.dirname(path)
    checks_inputs = os.path.join(ROOT, "test", "checks", "Inputs")
    aio = os.path.join(ROOT, "runtime", "include")
    flags = [f"-I{d}"]
    if rel.startswith("test/xtu/"):
        flags += [f"-I{os.path.join(d, 'include')}", f"-I{checks_inputs}"]
    elif rel.startswith("runtime/"):
        flags += [f"-I{aio}", f"-I{os.path.join(ROOT, 'runtime', 'examples')}"]
    else:
        flags += [f"-I{checks_inputs}", f"-isystem{os.path.join(checks_inputs, 'system')}",
                  f"-isystem{os.path.join(checks_inputs, 'awaiters-system')}", f"-I{aio}"]
    return flags


MUTATION_SOURCES = ["test/checks/*.cpp", "test/xtu/Inputs/*/*.cpp", "test/editor/Inputs/*.cpp",
                    "runtime/examples/*.cpp"]


def mutant_inputs(sources, count, seed):
    out = []
    for i in range(count):
        source, text, descs, extra = mutate.mutant(seed, i, sources, read_text)
        std = STD_DEFAULT[i % 2]
        rel = os.path.relpath(source, ROOT) if source.startswith(ROOT) else source
        label = f"mutant-{i:05d}-{os.path.basename(source)}"
        origin = f"mutant {i} of seed {seed}: {rel}: {'; '.join(descs)}"
        out.append(Input("mutants", label, text, std, source_flags(source) + extra, origin))
    return out


# --------------------------------------------------------------------------
# One input through every variant


def run_input(inp, variants, tools, opts, work_root, prior=None):
    """Runs the variants on a copy of the input; returns its record, with the
    runs of `prior` (the stored record) that were not run again."""
    job = tempfile.mkdtemp(prefix="job-", dir=work_root)
    env = clean_env()
    try:
        file = os.path.join(job, inp.basename)
        with open(file, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(inp.text)
        cc = inp.cc()

        def compile_argv(path, compiler="clangxx"):
            return [getattr(tools, compiler), "-fsyntax-only", *cc, path]
        baselines = {}

        def baseline_of(compiler):
            if compiler not in baselines:
                baselines[compiler] = run_limited(compile_argv(file, compiler), job,
                                                  opts.timeout, opts.memory, env)
            return baselines[compiler]

        def verdict(b):
            return {"compiles": b.rc == 0 and not b.crashed() and not b.timed_out,
                    "clang": "crash" if b.crashed() else "hang" if b.timed_out else "ok"}
        record = {"set": inp.set, "label": inp.label, "std": inp.std, "origin": inp.origin,
                  **verdict(baseline_of("clangxx")),
                  "runs": dict(prior["runs"]) if prior else {}}
        outs = {}  # stdout of the runs that ended normally, for the differential
        for v in variants:
            target = file
            if v.fix:
                fixdir = os.path.join(job, "fix")
                os.makedirs(fixdir, exist_ok=True)
                target = os.path.join(fixdir, inp.basename)
                shutil.copyfile(file, target)
            argv = v.argv(tools, target, cc, job)
            if v.needs == "clangd":
                clangd_files(job, cc)
            r = run_limited(argv, job, opts.timeout, opts.memory, env)
            baseline = baseline_of(v.compiler)
            fixed = None
            if v.fix:
                changed = read_text(target) != inp.text
                after = run_limited(compile_argv(target, v.compiler), job, opts.timeout,
                                    opts.memory, env) \
                    if changed and verdict(baseline)["compiles"] else None
                fixed = (changed, after)
            kinds = classify(v, r, baseline, fixed)
            if v.sarif and not kinds:
                bad = check_sarif(os.path.join(job, "out.sarif"), r)
                if bad:
                    kinds.append(("bad output", bad))
            if not kinds:
                outs[v.name] = r.out
            entry = {"rc": r.rc, "secs": round(r.secs, 2), "failures": kinds,
                     "tool": variant_fingerprint(v, tools)}
            if v.compiler != "clangxx":
                entry.update(verdict(baseline), compiler=os.path.basename(getattr(tools, v.compiler)))
            if kinds:
                entry["repro"] = reproducer(v, argv, target, cc, tools, job, inp)
                if opts.keep:
                    keep(opts.keep, inp, v, r, file, job)
            elif opts.keep:  # failed before, not now: its old copy goes
                shutil.rmtree(kept_dir(opts.keep, inp.set, inp.label, inp.std, v.name),
                              ignore_errors=True)
            record["runs"][v.name] = entry
        # Differential: corolint's text against the plugin's, same options
        # (pairs are run together: with_partners()).
        for v in variants:
            if not (v.text and record["compiles"] and v.name in outs and v.text in outs):
                continue
            if outs[v.name] != outs[v.text]:
                entry = record["runs"][v.name]
                entry["failures"].append(("disagree", f"stdout differs from {v.text}'s"))
                other = next(x for x in variants if x.name == v.text)
                entry["repro"] = reproducer_pair(v, other, tools, file, cc, job, inp)
                if opts.keep:
                    keep(opts.keep, inp, v, Run([], 0, outs[v.name], outs[v.text], 0, False),
                         file, job)
        return record
    finally:
        shutil.rmtree(job, ignore_errors=True)


def with_partners(chosen, variants):
    """The chosen variants and the partners of their differentials, in
    VARIANTS' order."""
    names = {v.name for v in chosen}
    names |= {v.text for v in chosen if v.text} | {v.name for v in variants if v.text in names}
    return [v for v in variants if v.name in names]


def kept_dir(keep_root, set_name, label, std, variant_name):
    """Where --keep puts a failing run: <keep>/<set>/<label>-<std>-<variant>/."""
    name = re.sub(r"[^\w.+-]+", "_", f"{label}-{std}-{variant_name}")
    return os.path.join(keep_root, set_name, name)


def shell(args, job):
    """A command line for sh, with the run's directory spelled "$D"."""
    def quote(a):
        return '"$D"'.join(shlex.quote(p) if p else "" for p in a.split(job))
    return " ".join(quote(a) for a in args)


def reproducer(v, argv, target, cc, tools, job, inp):
    """One shell line that reproduces the run from the kept input (<KEPT>
    and <KEPT_DIR> stand for the kept file and its directory)."""
    setup = 'D=$(mktemp -d) && cp <KEPT> "$D"'
    if v.needs == "clangd":
        setup += ' && cp <KEPT_DIR>/compile_flags.txt <KEPT_DIR>/.clang-tidy "$D"'
    if v.fix:
        setup += ' && mkdir "$D/fix" && cp <KEPT> "$D/fix"'
        check = [getattr(tools, v.compiler), "-fsyntax-only", *cc, target]
        return f"{setup} && {shell(argv, job)}; {shell(check, job)}"
    return f"{setup} && {shell(argv, job)}"


def reproducer_pair(v, other, tools, file, cc, job, inp):
    a, b = v.argv(tools, file, cc, job), other.argv(tools, file, cc, job)
    return f'D=$(mktemp -d) && cp <KEPT> "$D" && diff <({shell(a, job)}) <({shell(b, job)})'


def keep(keep_root, inp, v, run, file, job):
    d = kept_dir(keep_root, inp.set, inp.label, inp.std, v.name)
    os.makedirs(d, exist_ok=True)
    shutil.copyfile(file, os.path.join(d, inp.basename))
    for name in ("compile_flags.txt", ".clang-tidy"):
        if os.path.exists(os.path.join(job, name)):
            shutil.copyfile(os.path.join(job, name), os.path.join(d, name))
    with open(os.path.join(d, "stdout.txt"), "w") as f:
        f.write(run.out[-200000:])
    with open(os.path.join(d, "stderr.txt"), "w") as f:
        f.write(run.err[-200000:])
    with open(os.path.join(d, "origin.txt"), "w") as f:
        f.write(inp.origin + "\n")


# --------------------------------------------------------------------------
# Results: stored as they come, summarised at the end


class Store:
    def __init__(self, path, fresh):
        self.path = path
        self.lock = threading.Lock()
        self.done = {}
        if fresh and os.path.exists(path):
            os.remove(path)
        if os.path.exists(path):
            with open(path) as f:
                for line in f:
                    try:
                        rec = json.loads(line)
                    except ValueError:
                        continue  # a line cut by an interruption
                    self.done[rec["key"]] = rec

    def add(self, rec):
        with self.lock:
            self.done[rec["key"]] = rec
            with open(self.path, "a") as f:
                f.write(json.dumps(rec) + "\n")
                f.flush()


def finalise_repro(rec, keep_root):
    """Replaces <KEPT> in the reproducers with the kept file's path (without
    --keep, a test of clang's is its cached file; a mutant has no file)."""
    for name, entry in rec["runs"].items():
        if "repro" not in entry:
            continue
        d = kept_dir(keep_root or "<keep>", rec["set"], rec["label"], rec["std"], name)
        kept = os.path.join(d, os.path.basename(rec["label"]))
        if not keep_root and rec["set"] == "clang-tests":
            kept = rec["origin"]
        entry["repro"] = entry["repro"].replace("<KEPT_DIR>", shlex.quote(d)).replace(
            "<KEPT>", shlex.quote(kept))


def table(records, variants):
    """Rows (set, front end) of file counts."""
    row_of = {v.name: v.row for v in variants}
    files = collections.defaultdict(set)
    runs = collections.Counter()
    failed = collections.defaultdict(set)
    for rec in records:
        for name, entry in rec["runs"].items():
            row = (rec["set"], row_of.get(name, name))
            files[row].add(rec["label"])
            runs[row] += 1
            for kind, _ in entry["failures"]:
                failed[row + (kind,)].add(rec["label"])
    lines = []
    head = ["set", "front end", "files", "runs"] + [k.replace(" ", "\u00a0") for k in KINDS]
    rows = []
    for set_name in ("clang-tests", "mutants"):
        for r in ROWS:
            row = (set_name, r)
            if row in files:
                rows.append([set_name, r, str(len(files[row])), str(runs[row])] +
                            [str(len(failed[row + (k,)])) for k in KINDS])
    widths = [max(len(x) for x in col) for col in zip(head, *rows)] if rows else []
    for cells in [head] + rows:
        lines.append("  ".join(c.ljust(w) if i < 2 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(cells, widths))).replace("\u00a0", " "))
    return lines


def distinct_failures(records, variants):
    """{(front end, kind, signature): [(record, variant, run)...]}, without
    the crashes of clang itself."""
    row_of = {v.name: v.row for v in variants}
    groups = collections.OrderedDict()
    for rec in records:
        for name, entry in rec["runs"].items():
            for kind, sig in entry["failures"]:
                if kind == "clang crash":
                    continue  # listed per file, with clang's own result
                groups.setdefault((row_of.get(name, name), kind, sig), []).append((rec, name, entry))
    return groups


def report(records, variants, out):
    print("\n".join(table(records, variants)), file=out)
    print("(failure columns count files; a file fails a row if any of its runs there fails)",
          file=out)
    # (input, compiler, crash or hang): clang++-19's, and clang++-22's for
    # the variants that parse with clang 22.
    clang = [(r, "clang++-19", r["clang"]) for r in records if r["clang"] != "ok"]
    clang += sorted({(r["label"], e["compiler"], e["clang"]): (r, e["compiler"], e["clang"])
                     for r in records for e in r["runs"].values()
                     if e.get("clang", "ok") != "ok"}.values(), key=lambda x: x[1])
    if clang:
        n = len({(r["set"], r["label"], r["std"]) for r, _, _ in clang})
        print(f"\nclang++ -fsyntax-only itself crashes or hangs on {n} input(s) "
              "(clang's defects, not counted as the front ends'):", file=out)
        for r, compiler, what in sorted(clang, key=lambda x: (x[0]["set"], x[0]["label"],
                                                              x[0]["std"], x[1])):
            print(f"  {r['set']} {r['label']} -std={r['std']}: {compiler}: {what}", file=out)
            if r["set"] == "mutants":
                print(f"    {r['origin']}", file=out)
    groups = distinct_failures(records, variants)
    if not groups:
        print("\nno failures", file=out)
        return
    print(f"\n{len(groups)} distinct failure(s):", file=out)
    for (row, kind, sig), items in groups.items():
        rec, name, entry = items[0]
        print(f"- {kind}: {row} ({name}): {sig}", file=out)
        print(f"    {len(items)} run(s); first: {rec['set']} {rec['label']} -std={rec['std']}",
              file=out)
        if rec["set"] == "mutants":
            print(f"    {rec['origin']}", file=out)
        print(f"    repro: {entry['repro']}", file=out)


# --------------------------------------------------------------------------


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n", 2)[2])
    ap.add_argument("-j", "--jobs", type=int, default=2, help="inputs in parallel (default 2)")
    ap.add_argument("--mutants", type=int, default=1000, help="number of mutants (default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="the fuzzer's seed (default 1)")
    ap.add_argument("--sets", default="clang-tests,mutants",
                    help="input sets to run (default clang-tests,mutants)")
    ap.add_argument("--std", default=",".join(STD_DEFAULT),
                    help="standards for clang's tests (default c++20,c++23)")
    ap.add_argument("--variants", default=",".join(v.name for v in VARIANTS),
                    help="variants to run on clang's tests (default: all that are built): "
                    + ", ".join(v.name for v in VARIANTS))
    ap.add_argument("--mutant-variants", default=",".join(MUTANT_VARIANTS),
                    help="variants to run on the mutants (default: %(default)s)")
    ap.add_argument("--timeout", type=float, default=60, help="seconds per run (default 60)")
    ap.add_argument("--memory", type=int, default=4096, help="MiB of address space per run "
                    "(default 4096)")
    ap.add_argument("--keep", help="keep each failing input, its output and a reproducer here")
    ap.add_argument("--cache", default=clang_tests.default_cache(),
                    help="downloads, extracted tests and results (default "
                    "$COROLINT_ROBUSTNESS_CACHE or ~/.cache/corolint-robustness)")
    ap.add_argument("--fresh", action="store_true", help="forget the stored results")
    ap.add_argument("--clang-tests-dir", help="use the tests in this directory instead of "
                    "fetching clang's (a manifest.json, or every .cpp)")
    ap.add_argument("--mutation-sources", nargs="+", help="files to mutate (default: the lit "
                    "inputs: " + " ".join(MUTATION_SOURCES) + ")")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--build-22", default=os.path.join(ROOT, "build-llvm22"))
    for tool in ("corolint", "clang-tidy", "plugin", "clang-tidy-22", "plugin-22", "clangd",
                 "clangxx", "clangxx-22"):
        ap.add_argument("--" + tool, help=argparse.SUPPRESS)  # paths, for tests
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    log = lambda m: print(m, file=sys.stderr)  # noqa: E731
    try:
        os.nice(10)
    except OSError:
        pass
    try:
        tools = Tools(args)
        known = {v.name for v in VARIANTS}
        chosen = {"clang-tests": args.variants.split(","), "mutants": args.mutant_variants.split(",")}
        unknown = sorted({w for ws in chosen.values() for w in ws} - known)
        if unknown:
            raise SetupError(f"unknown variant(s): {', '.join(unknown)}")
        sets = args.sets.split(",")
        if set(sets) - {"clang-tests", "mutants"}:
            raise SetupError(f"unknown set(s) in --sets {args.sets}: the sets are clang-tests, mutants")
        variants_of = {s: [v for v in VARIANTS if v.name in chosen[s] and available(v, tools)]
                       for s in sets}
        skipped = [v.name for v in VARIANTS if any(v.name in chosen[s] for s in sets)
                   and not available(v, tools)]
        inputs = []
        if "clang-tests" in sets:
            if args.clang_tests_dir:
                tdir, tests = args.clang_tests_dir, clang_tests.load_dir(args.clang_tests_dir)
            else:
                tdir, tests = clang_tests.ensure_tests(args.cache, log)
            inputs += clang_test_inputs(tdir, tests, args.std.split(","))
        if "mutants" in sets and args.mutants > 0:
            sources = args.mutation_sources or [p for g in MUTATION_SOURCES
                                                for p in glob.glob(os.path.join(ROOT, g))]
            sources = sorted(os.path.abspath(p) for p in sources)
            if not sources:
                raise SetupError("no files to mutate")
            inputs += mutant_inputs(sources, args.mutants, args.seed)
    except (SetupError, clang_tests.FetchError) as e:
        log(f"robustness: error: {e}")
        return 2
    if skipped:
        log(f"robustness: not built, skipped: {', '.join(skipped)}")
    os.makedirs(args.cache, exist_ok=True)
    for name, text in CONFIGS.items():
        tools.configs[name] = os.path.join(args.cache, name + ".clang-tidy")
        with open(tools.configs[name], "w") as f:
            f.write(text)
    store = Store(os.path.join(args.cache, "results.jsonl"), args.fresh)
    salt = tools.fingerprint(["clangxx"]) + "|" + repr(CONFIGS) + f"|{args.timeout}|{args.memory}"
    keys = [inp.key(salt) for inp in inputs]

    def to_run(k, inp):
        """The variants this input still needs: not run, run by another build,
        or (with --keep) failed but not kept."""
        rec = store.done.get(k)
        runs = rec["runs"] if rec else {}
        need = [v for v in variants_of[inp.set]
                if v.name not in runs or runs[v.name].get("tool") != variant_fingerprint(v, tools)
                or (args.keep and runs[v.name]["failures"] and not os.path.isdir(
                    kept_dir(args.keep, inp.set, inp.label, inp.std, v.name)))]
        return with_partners(need, variants_of[inp.set]) if need else []
    todo = [(k, inp, to_run(k, inp)) for k, inp in zip(keys, inputs)]
    todo = [t for t in todo if t[2]]
    log(f"robustness: {len(inputs)} inputs ("
        + ", ".join(f"{sum(i.set == s for i in inputs)} {s} x {len(variants_of[s])} variants"
                    for s in sets) + f"), {len(inputs) - len(todo)} done before, -j {args.jobs}")
    work_root = tempfile.mkdtemp(prefix="corolint-robustness-")
    start = time.monotonic()
    done = 0
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs)
    try:
        futures = {pool.submit(run_input, inp, need, tools, args, work_root, store.done.get(k)): k
                   for k, inp, need in todo}
        for fut in concurrent.futures.as_completed(futures):
            rec = fut.result()
            rec["key"] = futures[fut]
            store.add(rec)
            done += 1
            if not args.quiet and sys.stderr.isatty():
                el = time.monotonic() - start
                sys.stderr.write(f"\r\033[K[{done}/{len(todo)}] {el:.0f} s, "
                                 f"{el / done * (len(todo) - done):.0f} s left")
                sys.stderr.flush()
    except KeyboardInterrupt:
        # Queued inputs are dropped; the ones running end within --timeout.
        pool.shutdown(wait=False, cancel_futures=True)
        log("\nrobustness: interrupted; the next run resumes")
        return 130
    finally:
        pool.shutdown(wait=True)
        shutil.rmtree(work_root, ignore_errors=True)
    if not args.quiet and sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
    records = []
    for k, inp in zip(keys, inputs):
        # Only the runs of this invocation's variants are reported.
        rec = dict(store.done[k])
        rec["runs"] = {n: e for n, e in rec["runs"].items()
                       if n in {v.name for v in variants_of[inp.set]}}
        records.append(rec)
    for rec in records:
        finalise_repro(rec, os.path.abspath(args.keep) if args.keep else None)
    log(f"robustness: {len(todo)} inputs run in {time.monotonic() - start:.0f} s")
    report(records, VARIANTS, sys.stdout)
    if args.keep:
        write_kept_index(args.keep, records)
    failed = any(kind != "clang crash" for rec in records for e in rec["runs"].values()
                 for kind, _ in e["failures"])
    return 1 if failed else 0


def write_kept_index(keep_root, records):
    """<keep>/failures.txt: one line per failing run, with its reproducer."""
    os.makedirs(keep_root, exist_ok=True)
    with open(os.path.join(keep_root, "failures.txt"), "w") as f:
        for rec in records:
            for name, entry in rec["runs"].items():
                for kind, sig in entry["failures"]:
                    f.write(f"{kind}\t{rec['set']}\t{rec['label']}\t-std={rec['std']}\t{name}\t"
                            f"{sig}\t{entry['repro']}\n")


if __name__ == "__main__":
    sys.exit(main())
