#!/usr/bin/env python3
"""Checks each row of tool/GccOnlyOptions.def against the Clang it names.

  gcc-options-table.py <GccOnlyOptions.def> <clang++> [<docs page>]

A row is there because Clang rejects the option: `clang++ -fsyntax-only
-Werror <option> empty.cpp` must fail, and a REPLACE row's replacement must
be accepted. A glob is tried with its '*' and '?' replaced by 'x', '[...]'
by its first character. With a docs page, every row must also be named on it
(the table's summary in docs/user-guide.md). Prints one line per bad row and
exits 1 if there is any.
"""
import os
import re
import subprocess
import sys
import tempfile

ROW = re.compile(r'^(COROLINT_GCC_[A-Z_]+)\(("[^"]*")(?:,\s*("[^"]*"))?\)', re.M)


def instance(glob):
    glob = re.sub(r'\[(.)[^\]]*\]', r'\1', glob)
    return glob.replace('*', 'x').replace('?', 'x')


def accepted(clang, args, source):
    return subprocess.run([clang, '-fsyntax-only', '-Werror', *args, source],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def main():
    table, clang = sys.argv[1], sys.argv[2]
    page = open(sys.argv[3]).read() if len(sys.argv) > 3 else None
    rows = ROW.findall(open(table).read())
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, 'empty.cpp')
        open(source, 'w').close()
        if not accepted(clang, [], source):
            sys.exit('%s does not compile an empty file' % clang)
        for macro, first, second in rows:
            option = first.strip('"')
            if macro == 'COROLINT_GCC_DROP':
                args = [instance(option)]
            elif macro == 'COROLINT_GCC_DROP_WITH_VALUE':
                args = [option, 'value']
            elif macro == 'COROLINT_GCC_REPLACE':
                args = [option]
                if not accepted(clang, [second.strip('"')], source):
                    bad.append('%s: its replacement %s is rejected' % (option, second))
            else:  # COROLINT_GCC_REPLACE_PREFIX
                args = [option + '1']
                if not accepted(clang, [second.strip('"') + '1'], source):
                    bad.append('%s: its replacement %s is rejected' % (option, second))
            if accepted(clang, args, source):
                bad.append('%s: accepted by %s (%s)' % (option, clang, ' '.join(args)))
            if page is not None and '`%s`' % option not in page:
                bad.append('%s: not in the docs page' % option)
    for line in bad:
        print(line)
    print('%d rows, %d bad' % (len(rows), len(bad)))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
