"""A `diff.Review` → text: Markdown for people (grouped by resource, breaking changes first, then
unclassified ones) and JSON for tools. Nothing is computed here beyond grouping and ordering."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2

from generator.diff import LEVELS, Change, Review
from generator.templating import TEMPLATES_DIR, environment

SHARED_TITLE = "Shared by several resources"


@dataclass(frozen=True)
class Group:
    """The changes of one resource (or of the types several resources share), breaking first."""

    title: str
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> int:
        return sum(c.breaking for c in self.changes)

    @property
    def unclassified(self) -> int:
        return sum(c.level == "unclassified" for c in self.changes)


def groups(review: Review) -> tuple[Group, ...]:
    """Groups in the order the review lists resources (shared types last)."""
    by_resource: dict[str | None, list[Change]] = {}
    for change in review.changes:
        by_resource.setdefault(change.resource, []).append(change)
    return tuple(
        Group(
            SHARED_TITLE if resource is None else f"`client.{resource}`",
            # Most serious first; within a level, the review's own order is kept (stable sort).
            tuple(sorted(changes, key=lambda c: -LEVELS.index(c.level))),
        )
        for resource, changes in by_resource.items()
    )


def markdown(review: Review) -> str:
    """The review of one version bump, as a Markdown document."""
    return _render("review.md.jinja", reviews=[review])


def changes_document(reviews: Iterable[Review], templates_dir: Path = TEMPLATES_DIR) -> str:
    """The reviews of every consecutive version bump, newest first (`generated/CHANGES.md`)."""
    newest_first = sorted(reviews, key=lambda r: r.to_version, reverse=True)
    return _render("changes.md.jinja", reviews=newest_first, templates_dir=templates_dir)


def to_json(review: Review) -> str:
    """Every change with its kind, level, subject (and, for a method or an argument, their names),
    location and cascade (what `Change.covers` holds stays internal)."""
    content = {
        "from_version": review.from_version,
        "to_version": review.to_version,
        "changes": [
            {
                "resource": c.resource,
                "model": c.model,
                "kind": c.kind,
                "level": c.level,
                "subject": c.subject,
                "method": c.method,
                "argument": c.argument,
                "location": c.location,
                "description": c.description,
                "reason": c.reason,
                "cascade": list(c.cascade),
            }
            for c in review.changes
        ],
        "breaking_count": len(review.breaking),
        "unclassified_count": len(review.unclassified),
    }
    return json.dumps(content, indent=2, ensure_ascii=False) + "\n"


@cache
def _environment(templates_dir: Path) -> jinja2.Environment:
    env = environment(templates_dir / "review")
    env.globals["groups"] = groups
    return env


def _render(template: str, reviews: Sequence[Review], templates_dir: Path = TEMPLATES_DIR) -> str:
    return _environment(templates_dir).get_template(template).render(reviews=reviews)
