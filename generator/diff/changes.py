"""The review's result: typed changes, each with a kind, a level and a location.

This is the public shape other tools build on (the CHANGES.md review, upgrade checks): a `Review`
holds `Change`s; a change names what moved in the generated client's terms (`subject`), where it
sits in the resolved OpenAPI document (`location`, a JSON pointer), how much it matters (`level`)
and what went with it (`cascade`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# Least to most serious; `--fail-on LEVEL` fails on that level and every level after it.
Level = Literal["info", "unclassified", "breaking"]
LEVELS: tuple[Level, ...] = ("info", "unclassified", "breaking")

ChangeKind = Literal[
    "resource-added",
    "resource-removed",
    "method-added",
    "method-removed",
    "method-signature",
    "method-path",
    "method-status",
    "method-errors",
    "parameter-added",
    "parameter-removed",
    "parameter-required",
    "parameter-type",
    "paging",
    "constraint",
    "default",
    "model-added",
    "model-removed",
    "field-added",
    "field-removed",
    "field-renamed",
    "field-type",
    "field-required",
    "field-nullable",
    "field-access",
    "enum-added",
    "enum-removed",
    "enum-value-added",
    "enum-value-removed",
    "urn-added",
    "urn-removed",
    "urn-changed",
    "error-added",
    "error-removed",
    "error-status",
    "error-message",
    "unclassified",
]

Side = Literal["old", "new"]


@dataclass(frozen=True)
class Cover:
    """A part of one resolved document a change accounts for: the node at `at` and everything
    below it, or, with `keyword`, only the nodes below it named `keyword` (a limit written on the
    property or on each branch of its union)."""

    side: Side
    at: str
    keyword: str | None = None


@dataclass(frozen=True)
class Change:
    """One change client code may need to know about."""

    # The client attribute of the resource it concerns (`ad_accounts`); None when the changed
    # model, enum or URN type is used by several resources (or by none).
    resource: str | None
    # The model, enum or URN type it concerns (`AdAccount`); None for methods and parameters.
    model: str | None
    kind: ChangeKind
    level: Level
    # The changed thing in the generated client's names: `client.creatives.find_by_criteria`,
    # `client.creatives.find_by_criteria(page_size=...)`, `Creative.name`, `CreativeErrorCode.X`;
    # for an unclassified difference, its JSON pointer.
    subject: str
    description: str
    reason: str  # why it does, or does not, break client code
    # JSON pointer in the new version's resolved document; in the old one when the thing is gone.
    location: str = ""
    # What went with it (a removed resource's methods, a removed field's model), by subject.
    cascade: tuple[str, ...] = ()
    # For a change of a method or of one of its arguments: the method's and the argument's names
    # in the generated client (`find_by_search`, `page_size`), so that tools need not parse
    # `subject`.
    method: str | None = None
    argument: str | None = None
    # The parts of the two documents it accounts for (internal: how unexplained differences are
    # found); not part of the review's text or JSON.
    covers: tuple[Cover, ...] = field(default=(), compare=False, repr=False)

    @property
    def breaking(self) -> bool:
        return self.level == "breaking"


@dataclass(frozen=True)
class Review:
    """Every change from one version to the next."""

    from_version: str
    to_version: str
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        return self.at_level("breaking")

    @property
    def unclassified(self) -> tuple[Change, ...]:
        return self.at_level("unclassified")

    def at_level(self, level: Level) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.level == level)

    def at_or_above(self, level: Level) -> tuple[Change, ...]:
        serious = LEVELS[LEVELS.index(level) :]
        return tuple(c for c in self.changes if c.level in serious)


def call_subject(resource: str, method: str, argument: str | None = None) -> str:
    """How a review names a method (`client.creatives.find_by_criteria`) or one of its arguments
    (`client.creatives.find_by_criteria(page_size=...)`)."""
    call = f"client.{resource}.{method}"
    return call if argument is None else f"{call}({argument}=...)"
