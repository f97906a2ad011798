"""Rules for the values a field or parameter admits: limits, pattern and default.

Direction decides: what the client sends breaks code when it becomes more demanding (the client
refuses values outside the limits before sending; the server refuses values off the pattern); what
it receives never does (the client checks nothing it receives). A changed default of something the
client sends changes what existing calls do without any code change, so it is breaking; of
something it only receives, it is information.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from generator import ir
from generator.diff.changes import Change, ChangeKind, Cover, Level

# (attribute, keyword, how it reads, whether a larger value is tighter)
LIMITS = (
    ("max_length", "maxLength", "maximum length", False),
    ("min_length", "minLength", "minimum length", True),
    ("max_items", "maxItems", "maximum number of items", False),
    ("min_items", "minItems", "minimum number of items", True),
    ("maximum", "maximum", "maximum", False),
    ("minimum", "minimum", "minimum", True),
)


class Valued(Protocol):
    """A field or a parameter."""

    @property
    def constraints(self) -> ir.Constraints: ...
    @property
    def default(self) -> str | None: ...
    @property
    def pattern(self) -> str | None: ...
    @property
    def at(self) -> str: ...


# kind, level, description, reason, covers → the change
Make = Callable[[ChangeKind, Level, str, str, tuple[Cover, ...]], Change]


def keyword_covers(old_at: str, new_at: str, keyword: str) -> tuple[Cover, ...]:
    return (Cover("old", old_at, keyword), Cover("new", new_at, keyword))


def value_changes(old: Valued, new: Valued, label: str, sent: bool, make: Make) -> Iterator[Change]:
    """The changes of limits, pattern and default; `label` names the thing in prose."""
    for attribute, keyword, text, larger_is_tighter in LIMITS:
        before, after = getattr(old.constraints, attribute), getattr(new.constraints, attribute)
        if before == after:
            continue
        if before is None:
            tightened = True
        elif after is None:
            tightened = False
        else:
            tightened = (after > before) == larger_is_tighter
        yield make(
            "constraint",
            "breaking" if tightened and sent else "info",
            f"The {text} of {label} changes: {_shown(before)} → {_shown(after)} "
            f"({'tightened' if tightened else 'loosened'}).",
            constraint_reason(tightened, sent),
            keyword_covers(old.at, new.at, keyword),
        )
    if old.pattern != new.pattern:
        tightened = new.pattern is not None
        yield make(
            "constraint",
            "breaking" if tightened and sent else "info",
            f"The pattern of {label} changes: {_quoted(old.pattern)} → {_quoted(new.pattern)}.",
            (
                "values matching the old pattern may be refused"
                if tightened and sent
                else (
                    "every value accepted before is still accepted"
                    if sent
                    else "the client checks nothing it receives"
                )
            ),
            keyword_covers(old.at, new.at, "pattern"),
        )
    if old.default != new.default:
        yield make(
            "default",
            "breaking" if sent else "info",
            f"The default of {label} changes: {_quoted(old.default)} → {_quoted(new.default)}.",
            (
                "calls that leave it out get the new default without any code change"
                if sent
                else "it only documents what responses carry"
            ),
            keyword_covers(old.at, new.at, "default"),
        )


def constraint_reason(tightened: bool, sent: bool) -> str:
    if not sent:
        return "the client checks constraints only on what it sends"
    if tightened:
        return "the client refuses values outside the new limit before sending"
    return "every value accepted before is still accepted"


def _shown(value: object) -> str:
    return "none" if value is None else str(value)


def _quoted(value: str | None) -> str:
    return "none" if value is None else f"`{value}`"
