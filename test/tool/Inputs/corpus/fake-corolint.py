#!/usr/bin/env python3
# A stand-in for corolint in corpus-script.test: prints canned clang-tidy-style
# diagnostics for the file it is given, so that run.py's parsing,
# normalisation, de-duplication and error reporting are tested without clang.
import os
import sys

src = next(a for a in sys.argv[1:] if a.endswith(".cpp"))
d = os.path.dirname(src)
header = os.path.join(d, "include", "shared.h")
name = os.path.basename(src)
if name == "bad.cpp":
    print(f"{src}:2:10: error: use of undeclared identifier 'x' [clang-diagnostic-error]")
    print("    2 |   return x;")
    sys.exit(2)
# b.cpp's finding comes as an error, as under a project's WarningsAsErrors:
# still a finding.
sev = "error" if name == "b.cpp" else "warning"
print(f"{src}:3:5: {sev}: blocking call to 'sleep' (sleep) in coroutine 'f' stalls "
      f"every coroutine on its event loop [coro-blocking-call]")
print("    3 |     sleep(1);")
print("      |     ^")
print(f"{src}:3:5: note: use 'co_await aio::sleep(...)'")
# Every file includes the same header: its finding must be counted once.
print(f"{header}:7:1: warning: task 'g' (lambda at {header}:7:3) created and dropped [coro-unawaited-task]")
print(f"/usr/include/c++/12/thread:90:3: note: declared here")
sys.exit(1)
