"""Black on the generated modules, one top-level definition at a time, with black's bytes.

Black takes most of a cold generation run, and most of what it formats is formatted already:
the versions of the API share most of their models and resource classes, and a regeneration
after a change to one template or one schema changes a few definitions only. So a module is cut
into pieces, each a run of top-level statements, and black formats each distinct piece once: in
this run (a piece shared by ten versions is formatted once) and across runs (its output is kept
in the user's cache directory, keyed by the piece, black's version and its mode).

The joining rule. A module is cut before each line that starts a top-level `class`, `def`,
`async def` or decorator and follows one or more blank lines (spaces and tabs only). Black writes
exactly two blank lines there (`EmptyLineTracker`): two before a top-level definition, whatever
the source has, except after a comment or decorator with no blank line in between, after a
one-line stub `def` with no blank line in between, and before a decorator that follows a module
docstring alone (one line). A cut never has the first two, and a first piece that is a
docstring alone is not cut off. Everything from the cut on is formatted as it would be in the
whole module: black's other rules look at the statement itself, and the state it carries from
line to line is reset at a top-level definition. So the module formatted whole is its pieces
formatted alone, joined with two blank lines. `tests/generator/test_format.py` checks this
against black on whole modules: every module of a version, and modules made up at random.

What the rule does not cover (`# fmt:` directives, carriage returns, a cut inside a string that
leaves a piece black cannot parse) is formatted whole, as are modules with errors, so that the
error names the module's own line.
"""

from __future__ import annotations

import ast
import gc
import hashlib
import importlib.metadata
import re
import sys
from collections.abc import Iterator

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.cache import CACHE_DIR, store

MODE = black.Mode(line_length=100, target_versions={TargetVersion.PY311})

# Black's output for a given source, black version and mode never changes; an entry is stored only
# once the piece compiled, with this Python (named in the directory: a newer one may refuse old
# code), so a cached piece needs no second compilation.
_PYTHON = f"py{sys.version_info[0]}.{sys.version_info[1]}"
CACHE = CACHE_DIR / f"black-{importlib.metadata.version('black')}-{_PYTHON}"

_DEFINITION = ("class ", "def ", "async def ", "@")
_BLANK = re.compile(r"[ \t]*")
_JOIN = "\n\n"  # after a piece's final newline: two blank lines


class Formatter:
    """Formats modules, remembering each piece's output for the modules that follow."""

    def __init__(self) -> None:
        self._done: dict[str, str] = {}

    def module(self, source: str, name: str) -> str:
        """`source` as `black.format_str` formats it, compiled: `InvalidInput` when black cannot
        parse it, `SyntaxError` when Python cannot compile it, naming lines of the module."""
        pieces = split(source)
        try:
            return _JOIN.join([self._piece(piece, name) for piece in pieces])
        except (InvalidInput, SyntaxError):
            if len(pieces) == 1:
                raise
        # Formatted whole, the error names the module's own lines (or, should a cut have been
        # wrong, the whole module is formatted right).
        return self._piece(source, name)

    def _piece(self, source: str, name: str) -> str:
        formatted = self._done.get(source)
        if formatted is not None:
            return formatted
        key = hashlib.sha256(f"{MODE!r}\0{source}".encode()).hexdigest()
        cached = CACHE / f"{key}.py"
        try:
            formatted = cached.read_text(encoding="utf-8")
        except OSError:
            formatted = _black(source)
            compile_module(formatted, name)
            store(cached, formatted)
        self._done[source] = formatted
        return formatted


def _black(source: str) -> str:
    """`black.format_str`, with the cyclic garbage collector paused: black builds a tree whose
    nodes point at their parents, and at the collector's usual pace every few hundred nodes would
    make it walk what the run holds (spec documents, validator schemas) again and again; a third
    of the formatting time. The tree is freed by the next collection."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return black.format_str(source, mode=MODE)
    finally:
        if collecting:
            gc.enable()


def split(source: str) -> list[str]:
    """The pieces of `source`, cut as the module docstring explains (blank lines at a cut left
    out). One piece, the whole source, when the rule does not apply."""
    if "\r" in source or "fmt:" in source:
        return [source]
    lines = source.split("\n")
    pieces: list[str] = []
    start = 0
    for end, first in _cuts(lines):
        piece = "\n".join(lines[start:end]) + "\n"
        if not pieces and _docstring_only(piece):
            continue  # black puts one blank line between a module docstring and a decorator
        pieces.append(piece)
        start = first
    pieces.append("\n".join(lines[start:]))
    return pieces


def _cuts(lines: list[str]) -> Iterator[tuple[int, int]]:
    """(end of the previous piece, first line of the next) for each cut, as line indexes. A cut
    inside a string or brackets leaves a piece black cannot parse, and the module is formatted
    whole."""
    for index, line in enumerate(lines):
        if index == 0 or not line.startswith(_DEFINITION) or not _BLANK.fullmatch(lines[index - 1]):
            continue
        end = index - 1
        while end > 0 and _BLANK.fullmatch(lines[end - 1]):
            end -= 1
        if end > 0:  # not at the start of the module
            yield end, index


def _docstring_only(piece: str) -> bool:
    try:
        body = ast.parse(piece).body
    except SyntaxError:
        return False  # black will refuse it and the module is formatted whole
    only = body[0] if len(body) == 1 else None
    return isinstance(only, ast.Expr) and isinstance(only.value, ast.Constant)


def compile_module(source: str, name: str) -> None:
    """Raise `SyntaxError` when `source` is not a module Python can load. A piece compiles as it
    would in its module: the one error that depends on other statements, a `from __future__`
    import after the first statement, is an error in every piece after the first too, as each
    starts with a definition."""
    try:
        compile(source, name, "exec", dont_inherit=True)
    except SyntaxError as error:
        lines = source.splitlines()
        if not error.text and error.lineno and 0 < error.lineno <= len(lines):
            error.text = lines[error.lineno - 1]  # compile() leaves it out for some errors
        raise
    except ValueError as error:  # a NUL byte, on Pythons that do not call it a syntax error
        raise SyntaxError(str(error), (name, 1, 0, "", 1, 0)) from error
