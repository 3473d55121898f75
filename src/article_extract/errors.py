"""Errors that end a run with a documented exit code and a one-line message."""

from __future__ import annotations

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_NOT_TEXT = 3
EXIT_TOO_LARGE = 4
EXIT_INTERNAL = 5
EXIT_INTERRUPTED = 130


class ArticleError(Exception):
    """An input problem with a stable code, so batch error records can be filtered by it."""

    code = "error"
    exit_code = EXIT_USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PathError(ArticleError):
    code = "path"
    exit_code = EXIT_USAGE


class NotTextError(ArticleError):
    code = "not_text"
    exit_code = EXIT_NOT_TEXT


class TooLargeError(ArticleError):
    code = "too_large"
    exit_code = EXIT_TOO_LARGE
