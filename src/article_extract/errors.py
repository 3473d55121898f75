"""Errors that end a run (or one article of a batch) with a documented exit code and a one-line
message. `code` is stable so batch error records can be filtered by it."""

from __future__ import annotations

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_NOT_TEXT = 3
EXIT_TOO_LARGE = 4
EXIT_INTERNAL = 5
EXIT_INTERRUPTED = 130


class ArticleError(Exception):
    """An input problem: `message` is the whole stderr line (it names the path)."""

    code = "error"
    exit_code = EXIT_USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PathError(ArticleError):
    """Missing, a directory, unreadable: nothing was read."""

    code = "path"
    exit_code = EXIT_USAGE


class NotTextError(ArticleError):
    """Binary data, undecodable bytes, or HTML without --html."""

    code = "not_text"
    exit_code = EXIT_NOT_TEXT


class TooLargeError(ArticleError):
    """Over --max-chars; raised before the input is read whole wherever the size allows."""

    code = "too_large"
    exit_code = EXIT_TOO_LARGE


class InternalError(ArticleError):
    """The pipeline failed on an input it accepted: a bug, reported without a traceback."""

    code = "internal"
    exit_code = EXIT_INTERNAL


def internal(source: str, exc: BaseException) -> InternalError:
    """One line for an unexpected exception, naming the input it happened on."""
    detail = " ".join(str(exc).split())
    if len(detail) > 300:
        detail = detail[:300] + "..."
    return InternalError(f"{source}: internal error: {type(exc).__name__}: {detail}".rstrip(": "))
