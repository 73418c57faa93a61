#!/usr/bin/env python3
"""clang's own coroutine tests, from Debian's source package of the installed clang.

    bench/robustness/clang_tests.py [--cache DIR] [--pool URL]   # fetch, print the list

The version is the installed clang-<N>'s (dpkg-query), so the tests are those
of the parser the front ends link. The package's .dsc and orig tarball are
downloaded from the Debian pool (no deb-src line, no change to apt's
configuration). The .dsc is checked against a pinned SHA-256 for the versions
listed in KNOWN_DSC (Debian signs a .dsc with its uploader's key, which only the
debian-keyring package holds; this machine has the archive keys only), then the
tarball against the .dsc's Checksums-Sha256 and size.

From the tarball's clang/test/, only the C++ files whose name or content
concerns coroutines are kept (SELECT_RE), with the headers they include,
found next to them or in an Inputs/ folder. They are written to
<cache>/clang-tests/<version>/ with a manifest.json; the tarball is kept in
<cache>/download/ (about 160 MB) so that a change of selection re-extracts
without downloading again. Nothing is written into the repository.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import urllib.request

LLVM_MAJOR = "19"
SOURCE = f"llvm-toolchain-{LLVM_MAJOR}"
POOL = f"https://deb.debian.org/debian/pool/main/l/{SOURCE}/"
# SHA-256 of the .dsc, per Debian version (see the module's docstring).
KNOWN_DSC = {
    "1:19.1.7-3~deb12u1": "e1824f8969b5c3e12974b707b4658a319eb6bb45d552ddc109cb18add24bea5c",
}
# A test is a C++ file under clang/test/ whose name says "coro" or whose text
# uses a coroutine keyword or library name.
SELECT_RE = re.compile(rb"\b(co_await|co_yield|co_return|coroutine_traits|coroutine_handle)\b")
TEST_SUFFIXES = (".cpp",)
INCLUDE_RE = re.compile(rb'^\s*#\s*(?:include|import)\s*([<"])([^>"]+)[>"]', re.M)
# Flags taken from a test's first RUN line that compiles it: macros and the
# language extensions its code needs. The standard comes from the harness.
RUN_FLAG_RE = re.compile(r"^(-D\S+|-U\S+|-f(?:ms-extensions|borland-extensions|blocks|"
                         r"declspec|no-declspec|coro-aligned-allocation))$")
# Exactly the file list of a selection: a change of the rules re-extracts.
SELECTION_VERSION = "1"


class FetchError(Exception):
    pass


def installed_version():
    """The Debian version of the installed clang-<N> (e.g. 1:19.1.7-3~deb12u1)."""
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", f"clang-{LLVM_MAJOR}"],
                             check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    except (OSError, subprocess.CalledProcessError) as e:
        raise FetchError(f"cannot read the version of clang-{LLVM_MAJOR} (dpkg-query): {e}")
    return out.stdout.strip()


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def download(url, dest, log):
    tmp = dest + ".part"
    log(f"robustness: downloading {url}")
    try:
        with urllib.request.urlopen(url, timeout=60) as r, open(tmp, "wb") as f:
            while True:
                block = r.read(1 << 20)
                if not block:
                    break
                f.write(block)
    except OSError as e:
        raise FetchError(f"cannot download {url}: {e}")
    os.replace(tmp, dest)


def parse_dsc(text):
    """{file name: (size, sha256)} from the .dsc's Checksums-Sha256 field."""
    files, inside = {}, False
    for line in text.splitlines():
        if line.startswith("Checksums-Sha256:"):
            inside = True
            continue
        if inside:
            if not line.startswith(" "):
                break
            digest, size, name = line.split()
            files[name] = (int(size), digest)
    if not files:
        raise FetchError(".dsc has no Checksums-Sha256 field")
    return files


def fetch_orig(cache, version, pool, log):
    """Downloads (or reuses) the .dsc and the orig tarball, verified; returns
    the tarball's path."""
    upstream = version.split(":", 1)[-1]
    dsc_name = f"{SOURCE}_{upstream}.dsc"
    ddir = os.path.join(cache, "download")
    os.makedirs(ddir, exist_ok=True)
    dsc = os.path.join(ddir, dsc_name)
    if not os.path.exists(dsc):
        download(pool + dsc_name.replace("~", "%7E"), dsc, log)
    pinned = KNOWN_DSC.get(version)
    if pinned:
        if sha256_file(dsc) != pinned:
            os.remove(dsc)
            raise FetchError(f"{dsc_name}: SHA-256 differs from the pinned one; removed it")
    else:
        log(f"robustness: note: no pinned SHA-256 for {dsc_name} (clang-{LLVM_MAJOR} {version}); "
            "the tarball is checked against it, but the .dsc itself is not authenticated")
    with open(dsc) as f:
        files = parse_dsc(f.read())
    origs = [n for n in files if ".orig.tar." in n]
    if len(origs) != 1:
        raise FetchError(f"{dsc_name}: expected one orig tarball, found {origs}")
    orig = origs[0]
    size, digest = files[orig]
    path = os.path.join(ddir, orig)
    if not (os.path.exists(path) and os.path.getsize(path) == size):
        download(pool + orig.replace("~", "%7E"), path, log)
    if os.path.getsize(path) != size or sha256_file(path) != digest:
        os.remove(path)
        raise FetchError(f"{orig}: size or SHA-256 differs from {dsc_name}; removed it")
    return path


def run_flags(text):
    """Compiler flags of a test's first RUN line that invokes clang."""
    lines, cur = [], ""
    for line in text.splitlines():
        m = re.search(r"RUN:(.*)$", line)
        if not m:
            continue
        part = m.group(1).strip()
        if part.endswith("\\"):
            cur += part[:-1] + " "
            continue
        lines.append(cur + part)
        cur = ""
    for line in lines:
        if "%clang" in line:
            return [t for t in line.split() if RUN_FLAG_RE.match(t)]
    return []


def resolve_includes(selected, headers):
    """Adds to `selected` ({path: bytes}) the headers (from `headers`, every
    small non-test file of clang/test) its files include, transitively."""
    todo = list(selected)
    while todo:
        path = todo.pop()
        d = os.path.dirname(path)
        for kind, name in INCLUDE_RE.findall(selected[path]):
            name = name.decode(errors="replace")
            cands = [os.path.join(d, "Inputs", name)]
            if kind == b'"':
                cands.insert(0, os.path.join(d, name))
            for c in cands:
                c = os.path.normpath(c)
                if c in headers and c not in selected:
                    selected[c] = headers[c]
                    todo.append(c)


def extract(tarball, dest, log):
    """Writes the selected tests and their headers under dest; returns the
    manifest: [{"path": "clang/test/...cpp", "flags": [...]}, ...]."""
    log(f"robustness: extracting clang's coroutine tests from {os.path.basename(tarball)}")
    selected, headers = {}, {}
    with tarfile.open(tarball, "r|*") as tar:
        for m in tar:
            if not m.isfile():
                continue
            parts = m.name.split("/", 1)
            if len(parts) < 2 or not parts[1].startswith("clang/test/"):
                continue
            rel = parts[1]
            is_test = rel.endswith(TEST_SUFFIXES)
            if not is_test and m.size > 256 * 1024:
                continue
            data = tar.extractfile(m).read()
            if is_test and ("coro" in os.path.basename(rel).lower() or SELECT_RE.search(data)):
                selected[rel] = data
            elif not is_test:
                headers[rel] = data
    tests = sorted(selected)
    resolve_includes(selected, headers)
    tmp = dest + ".partial"
    if os.path.isdir(tmp):
        shutil.rmtree(tmp)
    for rel, data in selected.items():
        p = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
    manifest = [{"path": rel, "flags": run_flags(selected[rel].decode(errors="replace"))}
                for rel in tests]
    with open(os.path.join(tmp, "manifest.json"), "w") as f:
        json.dump({"selection": SELECTION_VERSION, "tests": manifest}, f, indent=1)
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    os.rename(tmp, dest)
    log(f"robustness: {len(tests)} tests and {len(selected) - len(tests)} headers "
        f"in {dest}")
    return manifest


def ensure_tests(cache, log, pool=POOL, version=None):
    """The directory of the extracted tests and their manifest, fetching and
    extracting them when the cache does not have them."""
    version = version or installed_version()
    dest = os.path.join(cache, "clang-tests", version.split(":", 1)[-1])
    mpath = os.path.join(dest, "manifest.json")
    if os.path.exists(mpath):
        with open(mpath) as f:
            data = json.load(f)
        if data.get("selection") == SELECTION_VERSION:
            return dest, data["tests"]
    tarball = fetch_orig(cache, version, pool, log)
    return dest, extract(tarball, dest, log)


def load_dir(path):
    """A directory prepared by hand (test fixtures): its manifest.json, or
    every .cpp file under it with no flags."""
    mpath = os.path.join(path, "manifest.json")
    if os.path.exists(mpath):
        with open(mpath) as f:
            return json.load(f)["tests"]
    tests = []
    for root, _, names in os.walk(path):
        for n in names:
            if n.endswith(TEST_SUFFIXES):
                tests.append({"path": os.path.relpath(os.path.join(root, n), path), "flags": []})
    return sorted(tests, key=lambda t: t["path"])


def default_cache():
    return os.environ.get("COROLINT_ROBUSTNESS_CACHE",
                          os.path.join(os.path.expanduser("~"), ".cache", "corolint-robustness"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default=default_cache())
    ap.add_argument("--pool", default=POOL)
    args = ap.parse_args()
    try:
        dest, tests = ensure_tests(args.cache, lambda m: print(m, file=sys.stderr), args.pool)
    except FetchError as e:
        print(f"robustness: error: {e}", file=sys.stderr)
        return 2
    for t in tests:
        print(os.path.join(dest, t["path"]), *t["flags"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
