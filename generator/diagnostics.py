"""Problems found in the spec, collected as values and reported together."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One problem, located by spec file and JSON pointer inside that file's document."""

    file: str
    path: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.file}: {self.path or '/'}"
        return f"{where}: {self.severity.value}: {self.message}"


class SpecError(Exception):
    """The spec cannot be generated from; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class RenderError(Exception):
    """A template failed to render, or rendered something that is not valid Python. The message
    names the template (and its line, when known), as `path:line: error: ...`."""


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) from path segments."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def split_pointer(at: str) -> list[str]:
    """JSON pointer → unescaped segments (the inverse of `pointer`)."""
    return [s.replace("~1", "/").replace("~0", "~") for s in at.split("/")[1:]]


def resolve_pointer(document: Any, at: str) -> Any:
    """The node at JSON pointer `at` (`/components/schemas/X`) in `document`; None when there is
    none."""
    if not at.startswith("/"):
        return None
    node = document
    for part in split_pointer(at):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def raise_if_errors(problems: list[Problem]) -> None:
    if any(p.severity is Severity.ERROR for p in problems):
        raise SpecError(problems)
