"""The wire between the parent and a worker process: pickled objects, each behind its length
as 8 bytes. A module of its own because both ends speak it (`parallel` in the parent,
`worker` in the child) and neither end should import the other."""

from __future__ import annotations

import pickle
import struct
from typing import IO, Any

_HEADER = struct.Struct("<Q")


def write_frame(fh: IO[bytes], obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    fh.write(_HEADER.pack(len(data)))
    fh.write(data)
    fh.flush()


def _read_exact(fh: IO[bytes], n: int) -> bytes:
    parts = []
    while n:
        part = fh.read(n)
        if not part:
            raise EOFError
        parts.append(part)
        n -= len(part)
    return b"".join(parts)


def read_frame(fh: IO[bytes]) -> Any:
    (size,) = _HEADER.unpack(_read_exact(fh, _HEADER.size))
    return pickle.loads(_read_exact(fh, size))


__all__ = ["read_frame", "write_frame"]
