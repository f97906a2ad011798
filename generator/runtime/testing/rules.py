"""The documented rules that tie entities to each other: which references must exist, how many
entities a parent may hold, which status changes are allowed, and which entities DELETE removes.
Each rule is a row of a table, with the source that documents it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .answers import HttpError, InputError, invalid

# Entities by resource: resource -> ((parent keys), key) -> entity (the store's tables).
Tables = Mapping[str, Mapping[tuple[tuple[Any, ...], Any], Mapping[str, Any]]]

# Resources whose ad account (the `adAccountId` of the path) must exist: a campaign's `account` is
# required and names an existing account (campaigns page, schema table).
ACCOUNT_MUST_EXIST = frozenset({"adCampaigns"})

# Fields naming another entity of the same ad account, which must exist: (resource, field) -> the
# resource of the entity named. A campaign's `campaignGroup` is a group of its account (campaigns
# page, schema table); a creative's `campaign` is a campaign of its account (creatives page, schema
# table). The error is the registry's FIELD_VALUE_DOES_NOT_EXIST.
REFERENCES: dict[tuple[str, str], str] = {
    ("adCampaigns", "campaignGroup"): "adCampaignGroups",
    ("creatives", "campaign"): "adCampaigns",
}


@dataclass(frozen=True)
class Limit:
    """At most ``maximum`` entities of ``resource`` per ad account, or per entity named by ``per``
    (skipped when that entity has ``exempt`` set)."""

    resource: str
    maximum: int
    per: str | None = None
    exempt: str | None = None


# Campaigns page, opening: 5,000 campaigns per ad account whatever their status, and 2,000 per
# campaign group other than the account's default (backfilled) group. No error code is documented
# for either; the answer is a 400 with the registry's FIELD_VALUE_TOO_HIGH.
LIMITS = (
    Limit("adCampaigns", 5000),
    Limit("adCampaigns", 2000, per="campaignGroup", exempt="backfilled"),
)


@dataclass(frozen=True)
class Lifecycle:
    """The status rules of a resource (the codes are those of LinkedIn's error registry)."""

    field: str
    # Values only LinkedIn sets: a create or update naming one is refused (INVALID_VALUE_FOR_FIELD).
    server_only: frozenset[str]
    # Values left only by LinkedIn: no change of status from them (STATUS_CHANGE_NOT_ALLOWED).
    final: frozenset[str]
    # The value nothing returns to (STATUS_CHANGE_NOT_ALLOWED).
    initial: str
    # The code of a DELETE of an entity not in the initial status.
    delete_code: str


# Campaigns page, status values: COMPLETED, CANCELED and REMOVED describe what LinkedIn did (a
# limit reached, an account closed, a deletion done); PENDING_DELETION is a deletion under way.
# A campaign leaves DRAFT for good once activated ("some validation will be postponed until the
# campaign is activated"). DELETE of a campaign that is not DRAFT: the registry's
# DELETE_ALLOWED_ONLY_FOR_DRAFT_STATUS.
LIFECYCLES = {
    "adCampaigns": Lifecycle(
        field="status",
        server_only=frozenset({"COMPLETED", "CANCELED", "REMOVED"}),
        final=frozenset({"CANCELED", "REMOVED", "PENDING_DELETION"}),
        initial="DRAFT",
        delete_code="DELETE_ALLOWED_ONLY_FOR_DRAFT_STATUS",
    ),
}

# Resources whose entities DELETE removes only while in DRAFT, without a lifecycle of their own
# here, and the status field that says so (their pages: set PENDING_DELETION instead).
DRAFT_ONLY_DELETE = {
    "adAccounts": "status",
    "adCampaignGroups": "status",
    "creatives": "intendedStatus",
}

# A campaign of a DRAFT campaign group must be DRAFT itself: the registry's
# ONLY_DRAFT_CAMPAIGNS_ALLOWED_IN_DRAFT_CAMPAIGN_GROUPS. (resource, field naming the parent).
DRAFT_PARENTS = {("adCampaigns", "campaignGroup")}


def _id_of(urn: Any) -> Any:
    """The numeric id at the end of a URN (``urn:li:sponsoredCampaign:5`` -> 5)."""
    tail = str(urn).rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else tail


class Rules:
    """Applies the tables above to the entities of a store."""

    def __init__(self, tables: Tables, limits: tuple[Limit, ...] = LIMITS) -> None:
        self.tables = tables
        self.limits = limits

    def _referenced(
        self, resource: str, scope: tuple[Any, ...], entity: Mapping[str, Any], field: str
    ) -> Mapping[str, Any] | None:
        target = REFERENCES[(resource, field)]
        return self.tables.get(target, {}).get((scope, _id_of(entity.get(field))))

    def check_create(
        self, resource: str, scope: tuple[Any, ...], data: Mapping[str, Any], path: str
    ) -> None:
        """Refuse a new entity that breaks a rule; ``path`` is the JSON pointer of ``data``."""
        if resource in ACCOUNT_MUST_EXIST and ((), scope[0]) not in self.tables.get(
            "adAccounts", {}
        ):
            raise invalid(
                f"Ad account {scope[0]} does not exist",
                [
                    InputError(
                        f"{path}/account",
                        "No such ad account",
                        "FIELD_VALUE_DOES_NOT_EXIST",
                        f"urn:li:sponsoredAccount:{scope[0]}",
                    )
                ],
            )
        self._check_references(resource, scope, data, path)
        lifecycle = LIFECYCLES.get(resource)
        if lifecycle is not None:
            status = data.get(lifecycle.field)
            if status in lifecycle.server_only or status == "PENDING_DELETION":
                self._refuse(path, lifecycle.field, status, "Not a status to create in")
        self._check_draft_parent(resource, scope, data, path)
        self._check_limits(resource, scope, data)

    def check_update(
        self,
        resource: str,
        scope: tuple[Any, ...],
        before: Mapping[str, Any],
        after: Mapping[str, Any],
    ) -> None:
        """Refuse a partial update whose result breaks a rule."""
        lifecycle = LIFECYCLES.get(resource)
        if lifecycle is not None:
            old, new = before.get(lifecycle.field), after.get(lifecycle.field)
            if old != new:
                if new in lifecycle.server_only:
                    self._refuse("", lifecycle.field, new, "A status only LinkedIn sets")
                if old in lifecycle.final or new == lifecycle.initial:
                    raise HttpError(
                        400,
                        f"{lifecycle.field} can't be changed from {old} to {new}",
                        code="STATUS_CHANGE_NOT_ALLOWED",
                    )
        self._check_draft_parent(resource, scope, after, "")

    def check_delete(self, resource: str, entity: Mapping[str, Any]) -> None:
        """Refuse the DELETE of an entity that is not in its initial (DRAFT) status."""
        lifecycle = LIFECYCLES.get(resource)
        if lifecycle is not None:
            field, code = lifecycle.field, lifecycle.delete_code
        elif resource in DRAFT_ONLY_DELETE:
            field, code = DRAFT_ONLY_DELETE[resource], "TRANSITION_NOT_ALLOWED"
        else:
            return
        if entity.get(field) != "DRAFT":
            raise HttpError(
                400,
                f"Only a DRAFT entity can be deleted; set {field} to PENDING_DELETION instead",
                code=code,
            )

    def _check_references(
        self,
        resource: str,
        scope: tuple[Any, ...],
        entity: Mapping[str, Any],
        path: str,
    ) -> None:
        """Each reference the entity sets names an existing entity. (Every reference field is
        create-only, so a partial update cannot change one.)"""
        for (owner, field), target in REFERENCES.items():
            if (
                owner == resource
                and field in entity
                and self._referenced(resource, scope, entity, field) is None
            ):
                raise invalid(
                    f"The {field} does not exist in ad account {scope[0]}",
                    [
                        InputError(
                            f"{path}/{field}",
                            f"No such {target} entity in this ad account",
                            "FIELD_VALUE_DOES_NOT_EXIST",
                            entity[field],
                        )
                    ],
                )

    def _check_draft_parent(
        self, resource: str, scope: tuple[Any, ...], entity: Mapping[str, Any], path: str
    ) -> None:
        for owner, field in DRAFT_PARENTS:
            if owner != resource or entity.get("status", "DRAFT") == "DRAFT":
                continue
            parent = self._referenced(resource, scope, entity, field)
            if parent is not None and parent.get("status") == "DRAFT":
                raise invalid(
                    "Only draft campaigns are allowed in draft campaign groups",
                    [
                        InputError(
                            f"{path}/status",
                            f"The {field} is DRAFT",
                            "ONLY_DRAFT_CAMPAIGNS_ALLOWED_IN_DRAFT_CAMPAIGN_GROUPS",
                            entity.get("status"),
                        )
                    ],
                )

    def _check_limits(self, resource: str, scope: tuple[Any, ...], data: Mapping[str, Any]) -> None:
        for limit in self.limits:
            if limit.resource != resource:
                continue
            siblings = [
                entity
                for (place, _), entity in self.tables.get(resource, {}).items()
                if place == scope
            ]
            what = f"ad account {scope[0]}"
            if limit.per is not None:
                parent = self._referenced(resource, scope, data, limit.per)
                if parent is None or (limit.exempt and parent.get(limit.exempt)):
                    continue
                siblings = [e for e in siblings if e.get(limit.per) == data.get(limit.per)]
                what = f"{limit.per} {data.get(limit.per)}"
            if len(siblings) >= limit.maximum:
                raise HttpError(
                    400,
                    f"{what} already holds {limit.maximum} {resource}, the most allowed",
                    code="FIELD_VALUE_TOO_HIGH",
                )

    @staticmethod
    def _refuse(path: str, field: str, value: Any, why: str) -> None:
        raise invalid(
            f"{field} can't be set to {value}",
            [InputError(f"{path}/{field}", why, "INVALID_VALUE_FOR_FIELD", value)],
        )
