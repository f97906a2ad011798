"""Files in memory → the output directory, all or nothing.

The new tree is built in a temporary directory beside the output directory and swapped in with two
renames, so a failure at any point leaves the output exactly as it was. A process killed between
the two renames leaves the old tree under a hidden name beside the output directory; the next
run puts it back before looking at anything, and removes staging trees a killed run left. One run
at a time: a run holds a lock file beside the output directory (`output_lock`) from before it
looks at the output until it is done. Files whose content did not
change are carried over as hard links (or copies keeping their times), so tools that look at
modification times see only real changes. Caches that Python tools leave in the tree are not
output and are ignored.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

# Left in the output directory by Python, pytest, mypy and pip; never compared, never kept.
_IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build"}
_IGNORED_SUFFIXES = (".pyc", ".egg-info")
# The output directories this thread holds the lock of: a run that holds it may call what takes it.
_held = threading.local()


@dataclass(frozen=True)
class WriteResult:
    """Paths relative to the output directory, sorted."""

    changed: tuple[str, ...]  # new, different, or (in `removed`) no longer generated
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]


def existing_files(root: Path) -> dict[str, bytes]:
    """The generated files under `root` (caches left out), by relative POSIX path."""
    found: dict[str, bytes] = {}
    if not root.is_dir():
        return found
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if _ignored(relative) or not path.is_file():
            continue
        found[relative.as_posix()] = path.read_bytes()
    return found


def compare(root: Path, files: Mapping[str, str]) -> WriteResult:
    """What writing `files` to `root` would change, without writing anything."""
    old = existing_files(root)
    new = {path: text.encode("utf-8") for path, text in files.items()}
    changed = sorted(p for p, content in new.items() if old.get(p) != content)
    unchanged = sorted(p for p, content in new.items() if old.get(p) == content)
    removed = sorted(p for p in old if p not in new)
    return WriteResult(tuple(changed + removed), tuple(unchanged), tuple(removed))


@contextmanager
def output_lock(root: Path, waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the lock of the output directory `root` for a whole run.

    Another process (or thread) holding it makes this wait until it is released; `waiting` is
    told once, with a sentence naming the lock and the process holding it. The lock is the
    operating system's (`flock`), so a killed run never leaves it taken. Re-entrant within a
    thread: a run that holds it may call functions that take it.
    """
    key = str(root.resolve())
    held: set[str] = _held.__dict__.setdefault("roots", set())
    if key in held:
        yield
        return
    root.parent.mkdir(parents=True, exist_ok=True)
    path = root.parent / f".{root.name}.lock"
    with path.open("a+", encoding="ascii") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None:
                lock.seek(0)
                holder = lock.read().strip() or "unknown"
                waiting(f"another generation run (process {holder}) holds {path}; waiting for it")
            fcntl.flock(lock, fcntl.LOCK_EX)
        lock.seek(0)
        lock.truncate()
        lock.write(f"{os.getpid()}\n")
        lock.flush()
        held.add(key)
        try:
            yield
        finally:
            held.discard(key)
            fcntl.flock(lock, fcntl.LOCK_UN)


def write_tree(root: Path, files: Mapping[str, str]) -> WriteResult:
    """Make `root` hold exactly `files` (paths relative to it), atomically."""
    with output_lock(root):
        recover(root)
        result = compare(root, files)
        if result.changed:
            _replace(root, files, result)
        return result


def _replace(root: Path, files: Mapping[str, str], result: WriteResult) -> None:
    """Build the new tree beside `root`, then swap it in."""
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.new-", dir=root.parent))
    try:
        unchanged = set(result.unchanged)
        for relative, text in sorted(files.items()):
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if relative in unchanged:
                _carry_over(root / relative, target)
            else:
                target.write_bytes(text.encode("utf-8"))
        _swap(staging, root)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def recover(root: Path) -> None:
    """Undo what a killed run left: the old tree back in place if it was killed mid-swap, and no
    staging tree. Call it holding `output_lock` (no other run's staging tree can then exist)."""
    if not root.parent.is_dir():
        return
    for staging in root.parent.glob(f".{root.name}.new-*"):
        shutil.rmtree(staging, ignore_errors=True)
    retired = sorted(root.parent.glob(f".{root.name}.old-*"))
    if not root.exists() and len(retired) == 1:
        retired[0].rename(root)
    elif root.exists():
        for leftover in retired:  # the swap finished; only the clean-up was cut short
            shutil.rmtree(leftover, ignore_errors=True)


def _carry_over(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _swap(staging: Path, root: Path) -> None:
    """Put `staging` in the place of `root`; the old tree is removed only once the new one is in."""
    if not root.exists():
        staging.rename(root)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{root.name}.old-", dir=root.parent))
    retired.rmdir()  # only the unique name is wanted; rename needs it free
    root.rename(retired)
    try:
        staging.rename(root)
    except BaseException:
        retired.rename(root)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def _ignored(relative: Path) -> bool:
    return any(
        part in _IGNORED_PARTS or part.endswith(_IGNORED_SUFFIXES) for part in relative.parts
    )
