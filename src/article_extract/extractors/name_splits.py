"""Where a run of names comes apart: a closing bracket that no bracket opened ends a list, and
a slash joins people or sits inside one name. Split from names, which parses the lists."""

from __future__ import annotations


def unopened_close(s: str) -> int | None:
    """Where the first ')' that no '(' in `s` opened stands, if any."""
    depth = 0
    for k, ch in enumerate(s):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return k
            depth -= 1
    return None


def slash_parts(name: str, start: int) -> list[tuple[str, int, int]]:
    """'Lee Jun/Park Ha': slashes between names of two words or more join people (their
    spans); one word on a side ('AC/DC', 'NAME/NAME Ensemble') makes it one name ([])."""
    parts, out, at = name.split("/"), [], start
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return []
    for p in parts:
        out.append((p, at, at + len(p)))
        at += len(p) + 1
    return out
