"""lsp-sigterm.py SERVER FILE: opens FILE in the language server SERVER
(over stdio, as bench/editor_latency.py does), waits up to 60 s for its
diagnostics, then sends SIGTERM and waits up to 30 s for the server to exit
(it finishes the work in flight first: a loaded machine takes a while), then
closes its standard input and waits up to 90 s more. Prints what happened,
one line each: `diagnostics: N` or `no diagnostics`, then `exited after
SIGTERM`, `exited after SIGTERM and the end of its input`, or `still running
after SIGTERM and the end of its input` (then kills it)."""
import os
import signal
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
from editor_latency import Server  # noqa: E402

server_path, path = sys.argv[1], Path(sys.argv[2]).resolve()
server = Server([server_path, "--background-index=0"], cwd=path.parent)
got = []


def talk():
    ident = server.request("initialize", {"processId": os.getpid(),
                                          "rootUri": path.parent.as_uri(), "capabilities": {}})
    server.wait_for(lambda m: m.get("id") == ident)
    server.notify("initialized", {})
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": path.as_uri(), "languageId": "cpp", "version": 1, "text": path.read_text()}})
    msg = server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    got.append(msg["params"]["diagnostics"])


t = threading.Thread(target=talk, daemon=True)
t.start()
t.join(60)
print("diagnostics: %d" % len(got[0]) if got else "no diagnostics")
server.proc.send_signal(signal.SIGTERM)
# clangd's input loop checks for a shutdown request between reads: once in
# CI (on 068df69, a loaded machine) the server was still reading its
# standard input 120 s after SIGTERM. The end of its input then ends that
# read; a server stuck elsewhere (a FIFO opened by the summaries reader,
# which blocks until a writer comes) still never exits.
try:
    server.proc.wait(timeout=30)
    print("exited after SIGTERM")
except Exception:
    server.proc.stdin.close()
    try:
        server.proc.wait(timeout=90)
        print("exited after SIGTERM and the end of its input")
    except Exception:
        print("still running after SIGTERM and the end of its input")
        server.proc.kill()
        server.proc.wait()
