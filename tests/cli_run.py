"""The real CLI in a subprocess, shared by the CLI and batch tests: every run asserts that
no traceback reached stderr, so no test can forget to."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Result:
    code: int
    out: bytes
    err: str

    def json(self) -> dict[str, Any]:
        doc: dict[str, Any] = json.loads(self.out)
        return doc

    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.decode("utf-8").split("\n") if line]


def cli(*args: object, stdin: bytes = b"", cwd: Path | None = None, timeout: float = 90,
        env: dict[str, str] | None = None) -> Result:
    proc = subprocess.run([sys.executable, "-m", "article_extract", *map(str, args)],
                          input=stdin, capture_output=True, timeout=timeout, cwd=cwd,
                          env=env, check=False)
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    return Result(proc.returncode, proc.stdout, err)


def on_a_terminal(args: list[str], cwd: Path, *, columns: int = 120, timeout: float = 120
                  ) -> tuple[int, bytes, str]:
    """Run the CLI with stderr on a pseudo-terminal `columns` wide: (exit code, stdout, what the
    tty got). Pass -o for a large output: a stdout pipe nobody reads while the tty is read
    would fill up and block."""
    import fcntl
    import os
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "article_extract", *args], cwd=cwd,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the other end is closed
            break
        if not data:
            break
        chunks.append(data)
    out, _ = proc.communicate(timeout=timeout)
    os.close(master)
    return proc.returncode, out, b"".join(chunks).decode("utf-8", "replace")
