#!/usr/bin/env python3
"""Runs corolint over real coroutine code and diffs the findings with a baseline.

The corpus is a list of public projects at pinned commits (projects.json next to
this file): for each, the files to lint and their compiler flags. Like Ruff's
ecosystem check, every change to a check shows its effect as findings added and
removed against the committed baseline (baseline.txt).

    bench/corpus/run.py [--corolint PATH] [--projects a,b] [-j N]
                        [--syntax-check] [--update-baseline] [--fail-on-diff]

Sources are never committed: they live in a cache directory outside the
repository (--cache, default $COROLINT_CORPUS_CACHE or
~/.cache/corolint-corpus), one checkout per project. A checkout is filled from
a local mirror of bare git directories when there is one (--mirror, default
$COROLINT_CORPUS_MIRROR or /work/.mirror: <mirror>/<owner>+<repo>/repo), else
by fetching the pinned commit from GitHub with git.

Findings are written one per line, tab-separated and sorted, with paths
relative to the project's checkout:
    project  path  line  column  check  message[ || note: path:line:col: text ...]
A finding in a header shared by several files is counted once.

Exit status: 0 (whatever the diff says) unless --fail-on-diff and the findings
differ from the baseline (1); 2 on a setup error: a missing corolint or
checkout, an unknown project, a file that does not compile.
"""
import argparse
import collections
import concurrent.futures
import fnmatch
import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CHECKS = "-*,coro-*"

# path:line:col: severity: text [check]   (clang-tidy's format)
DIAG_RE = re.compile(r"^(?P<path>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): "
                     r"(?P<sev>warning|error|note|fatal error): (?P<text>.*?)"
                     r"(?: \[(?P<check>[\w.,-]+)\])?$")


class SetupError(Exception):
    """A problem with the corpus setup (not with the findings): exit 2."""


# --------------------------------------------------------------------------
# Projects and checkouts


def load_projects(path):
    with open(path) as f:
        data = json.load(f)
    projects = collections.OrderedDict()
    for p in data["projects"]:
        for key in ("name", "repo", "commit", "files"):
            if key not in p:
                raise SetupError(f"{path}: project {p.get('name', '?')} has no '{key}'")
        projects[p["name"]] = p
    return projects


def checkout_dir(cache, project):
    return os.path.join(cache, project["name"])


def mirror_git_dir(mirror, project):
    if not mirror:
        return None
    d = os.path.join(mirror, project["repo"].replace("/", "+"), "repo")
    return d if os.path.isdir(d) else None


def git(args, **kw):
    return subprocess.run(["git", *args], check=True, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, **kw).stdout


def extract_from_mirror(git_dir, commit, dest):
    """Writes the tree of `commit` into dest, skipping blobs the mirror lacks
    (snapshots leave out very large files). Returns the number of skipped files."""
    gd = ["--git-dir", git_dir]
    listing = git([*gd, "ls-tree", "-r", "-z", commit]).split(b"\0")
    entries = []
    for item in listing:
        if not item:
            continue
        meta, path = item.split(b"\t", 1)
        mode, kind, sha = meta.split()
        if kind == b"blob":
            entries.append((mode, sha, path))
    # Which blobs are present: one cat-file process for all of them.
    query = b"".join(sha + b"\n" for _, sha, _ in entries)
    answer = subprocess.run(["git", *gd, "cat-file", "--batch-check"], input=query,
                            stdout=subprocess.PIPE, check=True).stdout.splitlines()
    present = [e for e, a in zip(entries, answer) if not a.endswith(b"missing")]
    skipped = len(entries) - len(present)
    # The present blobs, read through one `git cat-file --batch` process.
    tmp = dest + ".partial"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    batch = subprocess.Popen(["git", *gd, "cat-file", "--batch"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
    for mode, sha, path in present:
        batch.stdin.write(sha + b"\n")
        batch.stdin.flush()
        size = int(batch.stdout.readline().split()[2])
        data = batch.stdout.read(size)
        batch.stdout.read(1)  # the newline after the content
        target = os.path.join(tmp, os.fsdecode(path))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if mode == b"120000":
            os.symlink(os.fsdecode(data), target)
            continue
        with open(target, "wb") as f:
            f.write(data)
        if mode == b"100755":
            os.chmod(target, 0o755)
    batch.stdin.close()
    batch.wait()
    shutil.rmtree(dest, ignore_errors=True)
    os.rename(tmp, dest)
    return skipped


def clone_from_github(project, dest):
    """Fetches exactly the pinned commit (GitHub serves reachable commits by id)."""
    url = f"https://github.com/{project['repo']}.git"
    tmp = dest + ".partial"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    git(["init", "-q", tmp])
    git(["-C", tmp, "fetch", "-q", "--depth", "1", url, project["commit"]])
    git(["-C", tmp, "checkout", "-q", "FETCH_HEAD"])
    shutil.rmtree(dest, ignore_errors=True)
    os.rename(tmp, dest)


def ensure_checkout(project, cache, mirror, log):
    dest = checkout_dir(cache, project)
    stamp = os.path.join(dest, ".corpus-commit")
    if os.path.exists(stamp) and open(stamp).read().strip() == project["commit"]:
        return dest
    os.makedirs(cache, exist_ok=True)
    git_dir = mirror_git_dir(mirror, project)
    try:
        if git_dir:
            skipped = extract_from_mirror(git_dir, project["commit"], dest)
            how = f"from mirror {git_dir}" + (f" ({skipped} large files absent)" if skipped else "")
        else:
            clone_from_github(project, dest)
            how = "from GitHub"
    except (subprocess.CalledProcessError, OSError) as e:
        err = getattr(e, "stderr", b"") or b""
        raise SetupError(f"{project['name']}: cannot get {project['repo']}@{project['commit']}: "
                         f"{e} {err.decode(errors='replace').strip()}")
    with open(stamp, "w") as f:
        f.write(project["commit"] + "\n")
    log(f"corpus: {project['name']}: checked out {project['commit'][:12]} {how}")
    return dest


def write_generated(project, dest):
    """Small stand-ins for headers a project's build system generates
    (an export macro header, a config header), from projects.json."""
    generated = dict(project.get("generate", {}))
    # CMake's configure_file: ${VAR} and @VAR@ of a template of the checkout.
    for rel, spec in project.get("configure", {}).items():
        with open(os.path.join(dest, spec["template"])) as f:
            text = f.read()
        def value(m):
            name = m.group(1) or m.group(2)
            if name not in spec["vars"]:
                raise SetupError(f"{project['name']}: {spec['template']} uses '{name}', "
                                 "which its configure vars do not give")
            return spec["vars"][name]
        generated[rel] = re.sub(r"\$\{(\w+)\}|@(\w+)@", value, text)
    for rel, text in generated.items():
        path = os.path.join(dest, ".corpus-gen", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if not os.path.exists(path) or open(path).read() != text:
            with open(path, "w") as f:
                f.write(text)
    run_protoc(project, dest)


def run_protoc(project, dest):
    """The .pb.h (and, with "grpc", .grpc.pb.h) headers protoc generates from
    the checkout's .proto files, written under .corpus-gen/ like the stand-ins:
    "protoc": {"proto_path": dir, "protos": [globs], "grpc": bool}."""
    spec = project.get("protoc")
    if not spec:
        return
    proto_path = os.path.join(dest, spec["proto_path"])
    protos = []
    for pattern in spec["protos"]:
        matches = sorted(glob.glob(os.path.join(dest, pattern)))
        if not matches:
            raise SetupError(f"{project['name']}: protoc: '{pattern}' matches no file")
        protos += matches
    out = os.path.join(dest, ".corpus-gen")
    stamp = os.path.join(out, ".protoc-done")
    if os.path.exists(stamp):
        return
    os.makedirs(out, exist_ok=True)
    cmd = [spec.get("protoc", "protoc"), f"--proto_path={proto_path}", f"--cpp_out={out}"]
    if spec.get("grpc"):
        plugin = shutil.which("grpc_cpp_plugin") or "/usr/bin/grpc_cpp_plugin"
        cmd += [f"--grpc_out={out}", f"--plugin=protoc-gen-grpc={plugin}"]
    try:
        proc = subprocess.run(cmd + protos, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
    except OSError as e:
        raise SetupError(f"{project['name']}: cannot run protoc ({e}): install "
                         "protobuf-compiler (bench/corpus/install-deps.sh)")
    if proc.returncode != 0:
        raise SetupError(f"{project['name']}: protoc failed: {proc.stderr.strip()[:300]}")
    open(stamp, "w").close()


def has_generated(project):
    return bool(project.get("generate") or project.get("configure") or project.get("protoc"))


def compiler_args(project, projects, cache):
    """-std, -I, -D and extra flags. An include entry "other:dir" names a
    directory of the sibling project `other`'s checkout ("other:.corpus-gen"
    is the sibling's generated headers)."""
    dest = checkout_dir(cache, project)
    args = [f"-std={project.get('std', 'c++20')}"]
    if has_generated(project):
        args.append("-I" + os.path.join(dest, ".corpus-gen"))
    for inc in project.get("includes", []):
        if ":" in inc:
            other, rel = inc.split(":", 1)
            if other not in projects:
                raise SetupError(f"{project['name']}: include '{inc}' names no project")
            args.append("-I" + os.path.join(checkout_dir(cache, projects[other]), rel))
        else:
            args.append("-I" + os.path.join(dest, inc))
    args += ["-D" + d for d in project.get("defines", [])]
    args += pkg_config_cflags(project)
    args += project.get("flags", [])
    return args


def pkg_config_cflags(project):
    """`pkg-config --cflags` of the project's "pkg_config" modules (the
    Debian packages' include directories, e.g. Qt6Core's, without spelling
    out the multiarch path)."""
    modules = project.get("pkg_config", [])
    if not modules:
        return []
    try:
        proc = subprocess.run(["pkg-config", "--cflags", *modules], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    except OSError as e:
        raise SetupError(f"{project['name']}: cannot run pkg-config: {e}")
    if proc.returncode != 0:
        raise SetupError(f"{project['name']}: pkg-config {' '.join(modules)}: "
                         f"{proc.stderr.strip()} (bench/corpus/install-deps.sh installs "
                         "the packages)")
    return shlex.split(proc.stdout)


def project_files(project, dest):
    files = []
    for pattern in project["files"]:
        matches = sorted(glob.glob(os.path.join(dest, pattern), recursive=True))
        if not matches:
            raise SetupError(f"{project['name']}: '{pattern}' matches no file")
        files += [m for m in matches if m not in files]
    excluded = project.get("exclude", [])
    return [f for f in files
            if not any(fnmatch.fnmatch(os.path.relpath(f, dest), x) for x in excluded)]


# --------------------------------------------------------------------------
# Running corolint and parsing its output


def normalise_path(path, dest, cache, projects):
    """Relative to the project's checkout; `other/...` for a sibling project;
    `<system>/name` for anything else."""
    path = os.path.normpath(path)
    if path.startswith(dest + os.sep):
        return os.path.relpath(path, dest)
    if path.startswith(cache + os.sep):
        return "@" + os.path.relpath(path, cache)
    return "<system>/" + os.path.basename(path)


def parse_output(text):
    """Yields (path, line, col, severity, text, check, notes) for each
    warning or error, with its notes."""
    current = None
    for raw in text.splitlines():
        m = DIAG_RE.match(raw)
        if not m:
            continue  # source snippet lines, carets, summaries
        sev = m.group("sev")
        if sev == "note":
            if current is not None:
                current[6].append((m.group("path"), int(m.group("line")),
                                   int(m.group("col")), m.group("text")))
            continue
        if current is not None:
            yield current
        current = (m.group("path"), int(m.group("line")), int(m.group("col")), sev,
                   m.group("text"), m.group("check") or "", [])
    if current is not None:
        yield current


def run_tool(cmd, cwd):
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, errors="replace")
    return proc.returncode, proc.stdout, proc.stderr


def lint_project(project, projects, cache, opts, log):
    """Returns (findings set, errors list, file count)."""
    dest = checkout_dir(cache, project)
    args = compiler_args(project, projects, cache)
    files = project_files(project, dest)
    header_filter = "^" + re.escape(dest + os.sep)

    def norm_text(text):
        # Messages may name paths too, e.g. "(lambda at /cache/x/a.cpp:3:5)".
        return text.replace(dest + os.sep, "").replace(cache + os.sep, "@")

    def one(path):
        rel = os.path.relpath(path, dest)
        # --config={} ignores the projects' own .clang-tidy files (options,
        # WarningsAsErrors): every project runs with the checks' defaults.
        lint = ["nice", "-n", "10", opts.corolint, "--quiet", "-j", "1", "--config={}",
                f"--checks={CHECKS}", f"--header-filter={header_filter}", path, "--", *args]
        rc, out, err = run_tool(lint, dest)
        found, errors = [], []
        for (p, line, col, sev, text, check, notes) in parse_output(out):
            np = normalise_path(p, dest, cache, projects)
            if not check.startswith("coro-"):
                errors.append(f"{rel}: corolint: {np}:{line}:{col}: {sev}: {text}")
                continue
            note_text = " || ".join(
                f"note: {normalise_path(q, dest, cache, projects)}:{l}:{c}: {norm_text(t)}"
                for (q, l, c, t) in notes)
            found.append((project["name"], np, line, col, check,
                          norm_text(text) + (" || " + note_text if note_text else "")))
        if rc not in (0, 1) and not errors:
            last = err.strip().splitlines()[-1:] or ["(no message)"]
            errors.append(f"{rel}: corolint exited {rc}: {last[0]}")
        if opts.syntax_check:
            src = ["nice", "-n", "10", opts.clang, "-fsyntax-only", *args, path]
            src_rc, _, src_err = run_tool(src, dest)
            if src_rc != 0:
                first = [l for l in src_err.splitlines() if "error:" in l][:1]
                errors.append(f"{rel}: {opts.clang} -fsyntax-only fails: "
                              f"{first[0] if first else src_err.strip()[:200]}")
        return rel, found, errors

    findings, errors = set(), []
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        for rel, found, errs in pool.map(one, files):
            findings.update(found)
            errors += [f"{project['name']}/{e}" for e in errs]
            log(f"corpus: {project['name']}: {rel}: {len(found)} findings"
                + (f", {len(errs)} ERRORS" if errs else ""))
    return findings, errors, len(files)


# --------------------------------------------------------------------------
# The normalised form, the baseline and the diff


def format_finding(f):
    return "\t".join(str(x) for x in f)


def parse_finding(line):
    parts = line.rstrip("\n").split("\t")
    if len(parts) != 6:
        raise SetupError(f"malformed finding line: {line!r}")
    return (parts[0], parts[1], int(parts[2]), int(parts[3]), parts[4], parts[5])


def read_findings(path):
    if not os.path.exists(path):
        return set()
    with open(path) as f:
        return {parse_finding(l) for l in f if l.strip() and not l.startswith("#")}


def write_findings(path, findings):
    with open(path, "w") as f:
        f.write("# corolint corpus findings: project, path, line, column, check, message"
                " (|| notes); see docs/corpus.md\n")
        for x in sorted(findings):
            f.write(format_finding(x) + "\n")


def summary(findings, out):
    by_project = collections.Counter(f[0] for f in findings)
    by_check = collections.Counter(f[4] for f in findings)
    out.write(f"findings: {len(findings)}\n")
    out.write("  per project:\n")
    for name, n in sorted(by_project.items()):
        out.write(f"    {name:<20} {n:5}\n")
    out.write("  per check:\n")
    for name, n in sorted(by_check.items()):
        out.write(f"    {name:<28} {n:5}\n")


def diff(baseline, current, out, limit):
    """Prints findings added and removed, grouped by project and check.
    Returns True when they differ."""
    added, removed = current - baseline, baseline - current
    out.write(f"diff against the baseline: +{len(added)} -{len(removed)}\n")
    for sign, group in (("+", added), ("-", removed)):
        keyed = collections.defaultdict(list)
        for f in group:
            keyed[(f[0], f[4])].append(f)
        for (project, check), items in sorted(keyed.items()):
            out.write(f"  {sign} {project} {check}: {len(items)}\n")
            for f in sorted(items)[:limit]:
                out.write(f"      {sign} {f[1]}:{f[2]}:{f[3]}: {f[5]}\n")
            if len(items) > limit:
                out.write(f"      ... {len(items) - limit} more\n")
    return bool(added or removed)


# --------------------------------------------------------------------------
# Hand labels: recall and false alarms

LABEL_KINDS = ("stall", "clean", "debatable")


def read_labels(path):
    """labels.txt: one place a line, `project path:line kind call`, where kind
    is stall (an async coroutine makes a blocking call there), clean (a call
    that looks blocking and is not, or is awaited) or debatable. Returns
    {(project, path, line): (kind, call)}."""
    labels = {}
    if not os.path.exists(path):
        return labels
    with open(path) as f:
        for n, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split(None, 3)
            where = parts[1].rsplit(":", 1) if len(parts) > 1 else []
            if (len(parts) < 4 or len(where) != 2 or not where[1].isdigit()
                    or parts[2] not in LABEL_KINDS):
                raise SetupError(f"{path}:{n}: malformed label (want 'project path:line "
                                 f"{'|'.join(LABEL_KINDS)} call'): {raw.strip()!r}")
            key = (parts[0], where[0], int(where[1]))
            if key in labels:
                raise SetupError(f"{path}:{n}: {parts[0]} {parts[1]} is labelled twice")
            labels[key] = (parts[2], parts[3])
    return labels


def score(labels, findings, projects, names, out, limit):
    """Recall against the labels (a stall is found when a finding of any
    coro-* check is at its line) and false alarms (findings in a labelled file
    at a line not labelled stall), per ecosystem and per project. Only the
    projects in `names` that have labels are scored."""
    labelled = sorted({k[0] for k in labels} & set(names))
    if not labelled:
        return
    files = {(k[0], k[1]) for k in labels}
    found_at = collections.defaultdict(list)
    for f in findings:
        found_at[(f[0], f[1], f[2])].append(f)
    rows = collections.OrderedDict()   # project -> counters
    missed, alarms = [], []
    for p in labelled:
        c = rows[p] = collections.Counter()
        for (proj, path, line), (kind, call) in sorted(labels.items()):
            if proj != p:
                continue
            c[kind] += 1
            hit = (proj, path, line) in found_at
            if kind == "stall":
                c["found"] += hit
                if not hit:
                    missed.append(f"{proj} {path}:{line} {call}")
            elif hit:
                c["on_" + kind] += 1
                if kind == "clean":
                    alarms.append(f"{proj} {path}:{line} (labelled clean: {call})")
        for (proj, path, line), fs in sorted(found_at.items()):
            if proj == p and (proj, path) in files and (proj, path, line) not in labels:
                c["unlabelled"] += 1
                alarms.append(f"{proj} {path}:{line} (not labelled): {fs[0][4]}")

    def pct(a, b):
        return f"{100 * a // b}%" if b else "-"

    eco = collections.defaultdict(collections.Counter)
    for p, c in rows.items():
        eco[projects[p].get("ecosystem", "other")].update(c)
    out.write(f"labels: {sum(c['stall'] for c in rows.values())} stalls, "
              f"{sum(c['clean'] + c['debatable'] for c in rows.values())} clean or debatable "
              f"places, in {len([f for f in files if f[0] in rows])} files\n")
    out.write("  recall per ecosystem (stalls found / labelled; false alarms):\n")
    for e, c in sorted(eco.items()):
        out.write(f"    {e:<14} {c['found']:4}/{c['stall']:<4} {pct(c['found'], c['stall']):>5}"
                  f"   false alarms {c['on_clean'] + c['unlabelled']}"
                  f" (on clean {c['on_clean']}, unlabelled {c['unlabelled']}),"
                  f" debatable flagged {c['on_debatable']}/{c['debatable']}\n")
    out.write("  per project:\n")
    for p, c in rows.items():
        out.write(f"    {p:<20} {c['found']:4}/{c['stall']:<4} {pct(c['found'], c['stall']):>5}"
                  f"   false alarms {c['on_clean'] + c['unlabelled']},"
                  f" debatable flagged {c['on_debatable']}/{c['debatable']}\n")
    for title, items in (("missed stalls", missed), ("false alarms", alarms)):
        if items:
            out.write(f"  {title}: {len(items)}\n")
            for x in items[:limit]:
                out.write(f"      {x}\n")
            if len(items) > limit:
                out.write(f"      ... {len(items) - limit} more\n")


# --------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corolint", default=os.path.join(ROOT, "build", "bin", "corolint"))
    ap.add_argument("--clang", default="clang++-19", help="compiler for --syntax-check")
    ap.add_argument("--projects", default="", help="comma-separated names (default: all)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="files linted in parallel")
    ap.add_argument("--cache", default=os.environ.get(
        "COROLINT_CORPUS_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "corolint-corpus")))
    ap.add_argument("--mirror", default=os.environ.get("COROLINT_CORPUS_MIRROR", "/work/.mirror"),
                    help="directory of bare git mirrors <owner>+<repo>/repo ('' for none)")
    ap.add_argument("--projects-file", default=os.path.join(HERE, "projects.json"))
    ap.add_argument("--baseline", default=os.path.join(HERE, "baseline.txt"))
    ap.add_argument("--output", default=None,
                    help="where to write this run's findings (default: <cache>/findings.txt)")
    ap.add_argument("--syntax-check", action="store_true",
                    help="also run clang++ -fsyntax-only on every file")
    ap.add_argument("--fetch-only", action="store_true", help="fill the cache and stop")
    ap.add_argument("--update-baseline", action="store_true",
                    help="write the findings of the projects run into the baseline")
    ap.add_argument("--fail-on-diff", action="store_true", help="exit 1 when the diff is not empty")
    ap.add_argument("--diff-only", nargs=2, metavar=("BASELINE", "CURRENT"),
                    help="diff two findings files and stop (no corolint run)")
    ap.add_argument("--limit", type=int, default=20, help="findings shown per diff group")
    ap.add_argument("--labels", default=None,
                    help="hand labels to score the findings against (default: labels.txt "
                         "next to the projects file; '' for none)")
    ap.add_argument("--score", metavar="FINDINGS",
                    help="score a findings file against the labels and stop (no corolint run)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    opts = ap.parse_args(argv)
    out = sys.stdout

    def log(msg):
        if not opts.quiet:
            sys.stderr.write(msg + "\n")
            sys.stderr.flush()

    try:
        if opts.diff_only:
            old, new = (read_findings(p) for p in opts.diff_only)
            changed = diff(old, new, out, opts.limit)
            return 1 if changed and opts.fail_on_diff else 0

        projects = load_projects(opts.projects_file)
        if opts.labels is None:
            opts.labels = os.path.join(os.path.dirname(os.path.abspath(opts.projects_file)),
                                       "labels.txt")
        labels = read_labels(opts.labels) if opts.labels else {}
        strays = sorted({k[0] for k in labels} - set(projects))
        if strays:
            raise SetupError(f"{opts.labels}: label(s) for unknown project(s): {', '.join(strays)}")
        if opts.score:
            names = [n for n in opts.projects.split(",") if n] or list(projects)
            score(labels, read_findings(opts.score), projects, names, out, opts.limit)
            return 0
        names = [n for n in opts.projects.split(",") if n] or list(projects)
        unknown = [n for n in names if n not in projects]
        if unknown:
            raise SetupError(f"unknown project(s): {', '.join(unknown)}; "
                             f"known: {', '.join(projects)}")
        cache = os.path.abspath(opts.cache)
        # Every selected project and the siblings their includes name.
        needed = list(names)
        for n in names:
            for inc in projects[n].get("includes", []):
                if ":" in inc and inc.split(":", 1)[0] not in needed:
                    needed.append(inc.split(":", 1)[0])
        for n in needed:
            if n not in projects:
                raise SetupError(f"{n}: named by an include but not a project")
            ensure_checkout(projects[n], cache, opts.mirror, log)
            # Siblings too: a project may include a sibling's stand-ins.
            write_generated(projects[n], checkout_dir(cache, projects[n]))
        if opts.fetch_only:
            return 0
        if not os.access(opts.corolint, os.X_OK):
            raise SetupError(f"no corolint at {opts.corolint} (build it, or pass --corolint)")

        current, errors, nfiles = set(), [], 0
        for n in names:
            f, e, k = lint_project(projects[n], projects, cache, opts, log)
            current |= f
            errors += e
            nfiles += k
        out.write(f"corpus: {len(names)} projects, {nfiles} files\n")
        summary(current, out)

        output = opts.output or os.path.join(cache, "findings.txt")
        write_findings(output, current)
        out.write(f"findings written to {output}\n")

        baseline = {f for f in read_findings(opts.baseline) if f[0] in names}
        changed = diff(baseline, current, out, opts.limit)
        score(labels, current, projects, names, out, opts.limit)
        if opts.update_baseline:
            kept = {f for f in read_findings(opts.baseline) if f[0] not in names}
            write_findings(opts.baseline, kept | current)
            out.write(f"baseline updated: {opts.baseline}\n")

        if errors:
            out.write(f"\n*** {len(errors)} FILE(S) DO NOT COMPILE: their findings are "
                      "incomplete and not counted as findings ***\n")
            for e in errors:
                out.write(f"  ERROR {e}\n")
            return 2
        return 1 if changed and opts.fail_on_diff else 0
    except SetupError as e:
        sys.stderr.write(f"corpus: error: {e}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())
