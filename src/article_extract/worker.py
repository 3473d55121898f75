"""The worker process's side of `parallel`: `serve` is its main loop. The parent starts each
worker as a fresh interpreter (`python -P -c "from article_extract.worker import serve;
serve()"`); the worker loads the model once and runs the in-process path
(`pipeline._extract_local`) over chunks of articles, so its paragraphs still share `nlp.pipe`
batches. A module of its own so that `parallel` (the pool, in the parent) never imports
`pipeline`: the pool only starts processes and trades frames with them; what runs inside is here."""

from __future__ import annotations

import os
import pickle
import queue
import signal
import sys
import threading
from typing import Any

from .budget import can_interrupt
from .errors import ArticleError, InternalError
from .frames import read_frame, write_frame
from .models import Article

WARM_UP = ("Kim Min-ji stars in Night Harbor (2024), which premiered on tvN on March 9, "
           "2024 with a budget of $40 million.\n\nTracklist:\n1. Song One\n2. Song Two\n")

Result = Article | ArticleError


def _portable(result: Result) -> Result:
    """What can cross the pipe: an InternalError whose original exception does not pickle
    loses that exception (its message keeps the gist)."""
    if isinstance(result, InternalError) and result.original is not None:
        try:
            pickle.dumps(result.original)
        except Exception:
            return InternalError(result.message)
    return result


def serve() -> None:
    """The worker's main loop: a config frame, then chunks, until stdin closes."""
    from . import nlp as nlp_mod
    from .pipeline import _extract_local

    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a library's print() must not corrupt the frames
    sys.stdout = sys.stderr
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    inbox: queue.Queue[Any] = queue.Queue()

    def read() -> None:
        try:
            while True:
                inbox.put(read_frame(sys.stdin.buffer))
        except (EOFError, OSError):
            inbox.put(None)

    threading.Thread(target=read, daemon=True).start()
    config = inbox.get()
    if config is None:
        return
    model, reference_date, timeout = config

    def send(msg: tuple[Any, ...]) -> None:
        write_frame(out, msg)

    try:
        nlp_mod.load(model)
    except nlp_mod.ModelError as exc:
        send(("fatal", str(exc)))
        return
    # Rules and data load on first use: pay that here, not out of the first article's budget.
    for _ in _extract_local([WARM_UP], reference_date=None, model=model, source_paths=None,
                            timeout=None, errors="yield"):
        pass
    send(("ready",))
    while (request := inbox.get()) is not None:
        _, cid, indexes, items = request

        def on_phase(i: int, cid: int = cid, indexes: list[int] = indexes) -> None:
            send(("begin", cid, indexes[i]))

        def progress(i: int, done: int, total: int, cid: int = cid,
                     indexes: list[int] = indexes) -> None:
            send(("progress", cid, indexes[i], done, total))

        try:
            results = _extract_local(
                [t for t, _ in items], reference_date=reference_date, model=model,
                source_paths=[p for _, p in items], errors="yield",
                timeout=timeout if can_interrupt() else None,  # else: the parent's kill
                progress=progress, on_phase=on_phase)
            for i, result in enumerate(results):
                send(("result", cid, indexes[i], _portable(result)))
        except Exception as exc:
            send(("failed", cid, f"{type(exc).__name__}: {exc}"))
        send(("done", cid))


__all__ = ["WARM_UP", "serve"]
