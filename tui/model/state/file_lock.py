"""A lock file that briefing processes hold around reads and writes they must not interleave."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import filelock


class LockFile:
    """Held with `held()`; a subclass says, in its own error type, what went wrong."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        # Created on first use: filelock's import is not worth paying before the first frame.
        self._lock: filelock.FileLock | None = None

    def busy(self) -> Exception:
        """The error when another process held the lock for `timeout` s."""
        return TimeoutError(f"{self.path} is held by another process")

    def broken(self, error: OSError) -> Exception:
        """The error when the lock file cannot be made or taken."""
        return error

    @contextmanager
    def held(self) -> Iterator[None]:
        """Hold the lock (its folder made if need be); `busy()` or `broken()` if it cannot be had."""
        import filelock

        if self._lock is None:
            self._lock = filelock.FileLock(self.path, timeout=self.timeout)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(timeout=self.timeout)
        except filelock.Timeout as error:
            raise self.busy() from error
        except OSError as error:
            raise self.broken(error) from error
        try:
            yield
        finally:
            self._lock.release()
