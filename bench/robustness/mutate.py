#!/usr/bin/env python3
"""A seeded, token-level mutation fuzzer over C++ sources.

    bench/robustness/mutate.py --seed S --index I SOURCE... [-o FILE]

Mutant I of seed S is a pure function of (S, I, the sorted list of sources and
their text): its own random generator is seeded with "S:I", picks one source
and applies one to three mutations. So a mutant can be regenerated from its
number alone, and raising the count keeps the earlier mutants.

The mutations (MUTATIONS) are the ways a file in an editor is broken while
being typed, and the shapes a parser's recursion is sensitive to: delete,
duplicate or swap lines and tokens; unbalance braces, parentheses, brackets
and angle brackets; insert co_await / co_yield / co_return; rename an
identifier (everywhere, to a fresh name or to another name of the file, or
once); nest a statement deeply (blocks, ifs, lambdas, parentheses, at depths
up to 10,000, sometimes with -fbracket-depth raised so that clang's recursion,
not its bracket limit, is what stops it); and truncate the file.
"""
import argparse
import random
import re
import sys

TOKEN_RE = re.compile(r"""
  (?P<ws>\s+)
| (?P<comment>//[^\n]*|/\*.*?\*/)
| (?P<string>(?:u8|u|U|L)?R"(?P<delim>[^()\\\s]{0,16})\(.*?\)(?P=delim)"
            |(?:u8|u|U|L)?"(?:\\.|[^"\\\n])*"
            |(?:u8|u|U|L)?'(?:\\.|[^'\\\n])*')
| (?P<number>\.?\d(?:[eEpP][+-]|[\w.'])*)
| (?P<ident>[A-Za-z_]\w*)
| (?P<punct>::|->\*?|\.\.\.|<=>|<<=|>>=|[-+*/%&|^!=<>]=|&&|\|\||<<|>>|\+\+|--|\#\#|.)
""", re.S | re.X)

KEYWORDS = set("""alignas alignof asm auto bool break case catch char char8_t char16_t
char32_t class concept const consteval constexpr constinit const_cast continue co_await
co_return co_yield decltype default delete do double dynamic_cast else enum explicit export
extern false float for friend goto if inline int long mutable namespace new noexcept nullptr
operator private protected public register reinterpret_cast requires return short signed
sizeof static static_assert static_cast struct switch template this thread_local throw true
try typedef typeid typename union unsigned using virtual void volatile wchar_t while
include define ifdef ifndef endif pragma""".split())


def tokenize(text):
    """[(kind, text)]; joining the texts gives back the file."""
    out = []
    for m in TOKEN_RE.finditer(text):
        out.append((m.lastgroup if m.lastgroup != "delim" else "string", m.group(0)))
    return out


def significant(tokens):
    return [i for i, (k, _) in enumerate(tokens) if k not in ("ws", "comment")]


def join(tokens):
    return "".join(t for _, t in tokens)


def lines_of(text):
    return text.splitlines(keepends=True)


# --------------------------------------------------------------------------
# Mutations: each takes (rng, text) and returns (text, description), or None
# when it does not apply to this text.


def delete_line(rng, text):
    lines = lines_of(text)
    if not lines:
        return None
    i = rng.randrange(len(lines))
    return "".join(lines[:i] + lines[i + 1:]), f"delete line {i + 1}"


def duplicate_line(rng, text):
    lines = lines_of(text)
    if not lines:
        return None
    i = rng.randrange(len(lines))
    return "".join(lines[:i + 1] + lines[i:]), f"duplicate line {i + 1}"


def swap_lines(rng, text):
    lines = lines_of(text)
    if len(lines) < 2:
        return None
    i = rng.randrange(len(lines) - 1)
    j = min(len(lines) - 1, i + rng.randint(1, 10))
    lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines), f"swap lines {i + 1} and {j + 1}"


def _where(tokens, i):
    line = join(tokens[:i]).count("\n") + 1
    return f"line {line}"


def _random_token(rng, text):
    """(tokens, index of a random significant one, its description), or None."""
    tokens = tokenize(text)
    sig = significant(tokens)
    if not sig:
        return None
    i = rng.choice(sig)
    return tokens, i, f"{tokens[i][1][:20]!r} at {_where(tokens, i)}"


def delete_token(rng, text):
    got = _random_token(rng, text)
    if got is None:
        return None
    tokens, i, what = got
    del tokens[i]
    return join(tokens), f"delete token {what}"


def duplicate_token(rng, text):
    got = _random_token(rng, text)
    if got is None:
        return None
    tokens, i, what = got
    tokens[i:i + 1] = [tokens[i], ("ws", " "), tokens[i]]
    return join(tokens), f"duplicate token {what}"


def swap_tokens(rng, text):
    tokens = tokenize(text)
    sig = significant(tokens)
    if len(sig) < 2:
        return None
    k = rng.randrange(len(sig) - 1)
    i, j = sig[k], sig[k + 1]
    desc = f"swap tokens {tokens[i][1][:20]!r} and {tokens[j][1][:20]!r} at {_where(tokens, i)}"
    tokens[i], tokens[j] = tokens[j], tokens[i]
    return join(tokens), desc


BRACKETS = ["{", "}", "(", ")", "[", "]", "<", ">"]


def unbalance(rng, text):
    tokens = tokenize(text)
    sig = significant(tokens)
    if not sig:
        return None
    brackets = [i for i in sig if tokens[i][1] in BRACKETS]
    if brackets and rng.random() < 0.5:
        i = rng.choice(brackets)
        desc = f"delete {tokens[i][1]!r} at {_where(tokens, i)}"
        del tokens[i]
    else:
        i = rng.choice(sig)
        b = rng.choice(BRACKETS)
        desc = f"insert {b!r} at {_where(tokens, i)}"
        tokens.insert(i, ("punct", b))
    return join(tokens), desc


INSERTS = ["co_await ", "co_yield ", "co_return ", "co_return; ", "co_await co_await ",
           "co_yield co_await ", "(co_await ", "co_await {}; ", "co_return co_await "]


def insert_coroutine_keyword(rng, text):
    tokens = tokenize(text)
    sig = significant(tokens)
    if not sig:
        return None
    # Before an expression-like token: an identifier that is not a keyword,
    # a literal or an opening parenthesis.
    cands = [i for i in sig if (tokens[i][0] == "ident" and tokens[i][1] not in KEYWORDS)
             or tokens[i][0] in ("number", "string") or tokens[i][1] == "("] or sig
    i = rng.choice(cands)
    word = rng.choice(INSERTS)
    tokens.insert(i, ("ident", word))
    return join(tokens), f"insert {word.strip()!r} at {_where(tokens, i)}"


def rename_identifier(rng, text):
    tokens = tokenize(text)
    idents = sorted({t for k, t in tokens if k == "ident" and t not in KEYWORDS})
    if not idents:
        return None
    old = rng.choice(idents)
    mode = rng.choice(["fresh", "collide", "once"])
    new = rng.choice(idents) if mode == "collide" else f"{old}_m{rng.randrange(1000)}"
    if mode == "once":
        where = [i for i, (k, t) in enumerate(tokens) if k == "ident" and t == old]
        i = rng.choice(where)
        tokens[i] = ("ident", new)
        return join(tokens), f"rename one {old!r} to {new!r} at {_where(tokens, i)}"
    tokens = [("ident", new) if k == "ident" and t == old else (k, t) for k, t in tokens]
    return join(tokens), f"rename every {old!r} to {new!r}"


NESTINGS = [
    ("{ ", " }"),
    ("if (true) { ", " }"),
    ("[&]() { ", " }(); "),
    ("do { ", " } while (false); "),
]
DEPTHS = [8, 64, 255, 300, 2000, 10000]


def deep_nesting(rng, text):
    """Wraps a statement (a line ending in ';') in many levels of one shape;
    or wraps an expression in parentheses or in co_await."""
    lines = lines_of(text)
    stmts = [i for i, l in enumerate(lines) if l.rstrip().endswith(";")
             and not l.lstrip().startswith(("#", "//", "using", "typedef", "template"))
             and l.startswith((" ", "\t"))]
    if not stmts:
        return None
    i = rng.choice(stmts)
    depth = rng.choice(DEPTHS)
    body = lines[i].rstrip("\n").strip()
    shape = rng.randrange(len(NESTINGS) + 2)
    if shape < len(NESTINGS):
        open_, close = NESTINGS[shape]
        new = open_ * depth + body + close * depth
        name = open_.strip()
    elif shape == len(NESTINGS):
        new = "(" * depth + body[:-1] + ")" * depth + ";"
        name = "("
    else:
        new = "co_await " * depth + body
        name = "co_await"
    lines[i] = "  " + new + "\n"
    return "".join(lines), f"nest line {i + 1} {depth} deep in {name!r}"


def truncate(rng, text):
    if not text:
        return None
    n = rng.randrange(len(text))
    return text[:n], f"truncate at byte {n}"


MUTATIONS = [delete_line, duplicate_line, swap_lines, delete_token, duplicate_token,
             swap_tokens, unbalance, insert_coroutine_keyword, rename_identifier,
             deep_nesting, truncate]


def mutant(seed, index, sources, read=None):
    """Mutant `index` of `seed` over `sources` (a sorted list of paths).
    Returns (source, text, descriptions, extra compiler args)."""
    read = read or (lambda p: open(p, encoding="utf-8", errors="surrogateescape").read())
    rng = random.Random(f"{seed}:{index}")
    source = rng.choice(sources)
    text = read(source)
    descs, extra = [], []
    for _ in range(rng.choice([1, 1, 2, 3])):
        for _attempt in range(10):
            fn = rng.choice(MUTATIONS)
            got = fn(rng, text)
            if got is not None and got[0] != text:
                text, desc = got
                descs.append(desc)
                break
    # Nesting deeper than clang's default bracket limit (256): half the time
    # the limit is raised, so that the parser's own recursion is what is tested.
    m = [int(x) for d in descs for x in re.findall(r"nest line \d+ (\d+) deep", d)]
    if m and max(m) > 256 and rng.random() < 0.5:
        extra.append(f"-fbracket-depth={max(m) + 64}")
    return source, text, descs, extra


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--index", type=int, required=True)
    ap.add_argument("-o", "--output", help="write the mutant here (default: standard output)")
    ap.add_argument("sources", nargs="+")
    args = ap.parse_args()
    source, text, descs, extra = mutant(args.seed, args.index, sorted(args.sources))
    print(f"mutant {args.index} of seed {args.seed}: {source}: {'; '.join(descs)}"
          + (f" (with {' '.join(extra)})" if extra else ""), file=sys.stderr)
    if args.output:
        with open(args.output, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
