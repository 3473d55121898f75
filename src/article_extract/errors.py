"""Errors that end a run (or one article of a batch) with a documented exit code and a one-line
message. `code` is stable so batch error records can be filtered by it."""

from __future__ import annotations

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_NOT_TEXT = 3
EXIT_TOO_LARGE = 4
EXIT_INTERNAL = 5
EXIT_TIMEOUT = 6
EXIT_INTERRUPTED = 130


class ArticleError(Exception):
    """An input problem: `message` is the whole stderr line (it names the path)."""

    code = "error"
    exit_code = EXIT_USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def for_source(self, source: str) -> ArticleError:
        """The same error with its message naming `source` (a batch's own name for the
        input, e.g. `<stdin>`); errors made before the name was known override this."""
        return self


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
    """The pipeline failed on an input it accepted: a bug, reported without a traceback.
    `original` is the exception itself, where it is known."""

    code = "internal"
    exit_code = EXIT_INTERNAL
    original: BaseException | None = None

    def for_source(self, source: str) -> ArticleError:
        return internal(source, self.original) if self.original is not None else self


class ArticleTimeout(ArticleError):
    """The article ran over its time budget (`--timeout`, `timeout=`) and was stopped."""

    code = "timeout"
    exit_code = EXIT_TIMEOUT

    def __init__(self, source: str, seconds: float) -> None:
        super().__init__(f"{source}: timeout: stopped at its time budget of {seconds:g} s")
        self.source = source
        self.seconds = seconds

    def __reduce__(self) -> tuple[type[ArticleTimeout], tuple[str, float]]:
        return (ArticleTimeout, (self.source, self.seconds))

    def for_source(self, source: str) -> ArticleError:
        return ArticleTimeout(source, self.seconds)


def internal(source: str, exc: BaseException) -> InternalError:
    """One line for an unexpected exception, naming the input it happened on."""
    detail = " ".join(str(exc).split())
    if len(detail) > 300:
        detail = detail[:300] + "..."
    error = InternalError(f"{source}: internal error: {type(exc).__name__}: {detail}".rstrip(": "))
    error.original = exc
    return error
