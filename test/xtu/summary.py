"""summary.py: reads and writes corolint summary files for the xtu tests.

read(path) returns a file's records as JSON texts, one a line, without the
trailer; write(path, lines) writes them back and, when the header's version
is 2 or more, seals them with the trailer corolint writes
(docs/whole-program.md): the record count and the xxh3-64 of every byte
before it. xxh3 comes from libxxhash (Debian package libxxhash0), whose
XXH3_64bits LLVM's xxh3_64bits matches. source_header(path, ...) is a
header naming a source file, with its real size and hash.
"""
import ctypes
import json
import os

_lib = ctypes.CDLL("libxxhash.so.0")
_lib.XXH3_64bits.restype = ctypes.c_uint64
_lib.XXH3_64bits.argtypes = [ctypes.c_char_p, ctypes.c_size_t]


def xxh3(data):
    """The hash corolint records: xxh3-64 as 16 lowercase hex digits."""
    return "%016x" % _lib.XXH3_64bits(data, len(data))


def read(path):
    with open(path) as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    if lines and json.loads(lines[-1]).get("kind") == "end":
        lines.pop()
    return lines


def version(lines):
    return json.loads(lines[0]).get("version", 0) if lines else 0


def write(path, lines, seal=None):
    body = "".join(l + "\n" for l in lines).encode()
    if seal if seal is not None else version(lines) >= 2:
        body += ('{"kind":"end","records":%d,"hash":"%s"}\n' % (len(lines), xxh3(body))).encode()
    with open(path, "wb") as f:
        f.write(body)


def source_header(path, like):
    """A header for the source file `path`, in the format version of the
    header `like` (a JSON text), with the file's real size and hash."""
    with open(path, "rb") as f:
        data = f.read()
    h = json.loads(like)
    h.update({"file": os.path.abspath(path), "size": len(data), "hash": xxh3(data)})
    h.pop("files", None)
    h.pop("inputs", None)
    return json.dumps(h)
