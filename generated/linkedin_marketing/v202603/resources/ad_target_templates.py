"""The `adTargetTemplates` resource of LinkedIn Marketing API version 202603."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from linkedin_marketing.batch import (
    BatchUpdateResult,
    parse_batch_update,
)
from linkedin_marketing.errors import RequestValidationError, UnexpectedStatusError
from linkedin_marketing.paging import (
    AsyncPage,
    IndexPaging,
    Page,
    afetch_page,
    fetch_page,
)
from linkedin_marketing.restli import (
    build_patch,
    encode,
    encode_key,
)
from linkedin_marketing.transport import AsyncTransport, RestliRequest, SyncTransport
from linkedin_marketing.v202603.enums import AdTargetTemplateSortField, SortOrder
from linkedin_marketing.v202603.models import AdTargetTemplate
from linkedin_marketing.v202603.urns import SponsoredAccountUrn

# Fields of AdTargetTemplate that can only be set on create: a partial update touching them is refused
# before it is sent (LinkedIn would answer 400 FIELD_NOT_EDITABLE).
_CREATE_ONLY = ("account",)


def _refuse_create_only(patch: Mapping[str, Any]) -> None:
    changed = {*patch.get("$set", {}), *patch.get("$delete", ()), *patch}
    for name in _CREATE_ONLY:
        if name in changed:
            raise RequestValidationError(name, "can only be set on create, not in a partial update")


class AdTargetTemplates:
    """The `adTargetTemplates` resource: `client.ad_target_templates`."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def find_by_account(
        self,
        *,
        account: SponsoredAccountUrn,
        sort_field: AdTargetTemplateSortField,
        sort_order: SortOrder | None = None,
        start: int = 0,
        count: int | None = None,
    ) -> Page[AdTargetTemplate]:
        """Lists the saved audience templates the given ad account can access, sorted by id or name.
        The page does not describe paging; like LinkedIn's other non-search finders it takes
        `start`/`count`.

        Args:
            account: The ad account whose templates to list, as `urn:li:sponsoredAccount:{id}`.
            sort_field: The field the templates are sorted by.
            sort_order: The direction of the sort; ascending unless told otherwise.
            start: The index of the first element of the page.
            count: How many templates to return in one page (index paging), at most 1000.
        """
        query: list[tuple[str, str]] = [
            ("q", "account"),
            ("account", encode(account, "query")),
            ("sortField", encode(str(sort_field), "query")),
        ]
        if sort_order is not None:
            query.append(("sortOrder", encode(str(sort_order), "query")))
        request = RestliRequest(
            "GET",
            "FINDER",
            "/adTargetTemplates",
            tuple(query),
            retry_safe=True,
        )
        paging = IndexPaging(start, count, 1000)
        return fetch_page(self._transport, request, paging, AdTargetTemplate.from_dict)

    def create(
        self,
        entity: AdTargetTemplate,
    ) -> int:
        """Saves a new template under an ad account. Send no `id`: LinkedIn assigns it and returns
        it in the `x-linkedin-id` (and `x-restli-id`) header.

        Args:
            entity: The AdTargetTemplate to create; read-only fields are never sent.
        """
        entity.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "CREATE",
            "/adTargetTemplates",
            body=entity.to_request_dict(),
        )
        response = self._transport.send(request)
        if response.created_id is None:
            raise UnexpectedStatusError(
                "the create response named no id (x-restli-id header)",
                status=response.status,
            )
        return int(response.created_id)

    def batch_delete(
        self,
        ids: Sequence[int],
    ) -> BatchUpdateResult[int]:
        """Deletes the templates with the given ids; the answer gives the status of each id.

        Args:
            ids: The keys of the entities to delete.
        """
        request = RestliRequest(
            "DELETE",
            "BATCH_DELETE",
            "/adTargetTemplates",
            (("ids", encode(list(ids), "query")),),
        )
        response = self._transport.send(request)
        return response.decode(
            parse_batch_update,
            int,
            request_method="DELETE",
            request_url=request.path,
        )

    def get(
        self,
        *,
        ad_target_template_id: int,
    ) -> AdTargetTemplate:
        """Returns the template with this id.

        Args:
            ad_target_template_id: The numeric id of the saved audience template.
        """
        request = RestliRequest(
            "GET",
            "GET",
            f"/adTargetTemplates/{encode_key(ad_target_template_id, int, 'ad_target_template_id')}",
            retry_safe=True,
        )
        response = self._transport.send(request)
        return response.decode(AdTargetTemplate.from_dict)

    def partial_update(
        self,
        *,
        ad_target_template_id: int,
        original: AdTargetTemplate,
        modified: AdTargetTemplate,
    ) -> None:
        """Changes the fields named in the patch (name, description, targeting) and leaves the
        others as they are.

        Args:
            original: The entity as it is now (as fetched); the patch is the difference to `modified`.
            modified: The entity as it should be; read-only fields are never sent.
            ad_target_template_id: The numeric id of the saved audience template.
        """
        modified.validate()
        body = build_patch(original.to_request_dict(), modified.to_request_dict())
        _refuse_create_only(body["patch"])
        request = RestliRequest(
            "POST",
            "PARTIAL_UPDATE",
            f"/adTargetTemplates/{encode_key(ad_target_template_id, int, 'ad_target_template_id')}",
            body=body,
        )
        self._transport.send(request)

    def delete(
        self,
        *,
        ad_target_template_id: int,
    ) -> None:
        """Deletes the template with this id.

        Args:
            ad_target_template_id: The numeric id of the saved audience template.
        """
        request = RestliRequest(
            "DELETE",
            "DELETE",
            f"/adTargetTemplates/{encode_key(ad_target_template_id, int, 'ad_target_template_id')}",
        )
        self._transport.send(request)


class AsyncAdTargetTemplates:
    """The `adTargetTemplates` resource (asynchronous): `client.ad_target_templates`."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def find_by_account(
        self,
        *,
        account: SponsoredAccountUrn,
        sort_field: AdTargetTemplateSortField,
        sort_order: SortOrder | None = None,
        start: int = 0,
        count: int | None = None,
    ) -> AsyncPage[AdTargetTemplate]:
        """Lists the saved audience templates the given ad account can access, sorted by id or name.
        The page does not describe paging; like LinkedIn's other non-search finders it takes
        `start`/`count`.

        Args:
            account: The ad account whose templates to list, as `urn:li:sponsoredAccount:{id}`.
            sort_field: The field the templates are sorted by.
            sort_order: The direction of the sort; ascending unless told otherwise.
            start: The index of the first element of the page.
            count: How many templates to return in one page (index paging), at most 1000.
        """
        query: list[tuple[str, str]] = [
            ("q", "account"),
            ("account", encode(account, "query")),
            ("sortField", encode(str(sort_field), "query")),
        ]
        if sort_order is not None:
            query.append(("sortOrder", encode(str(sort_order), "query")))
        request = RestliRequest(
            "GET",
            "FINDER",
            "/adTargetTemplates",
            tuple(query),
            retry_safe=True,
        )
        paging = IndexPaging(start, count, 1000)
        return await afetch_page(self._transport, request, paging, AdTargetTemplate.from_dict)

    async def create(
        self,
        entity: AdTargetTemplate,
    ) -> int:
        """Saves a new template under an ad account. Send no `id`: LinkedIn assigns it and returns
        it in the `x-linkedin-id` (and `x-restli-id`) header.

        Args:
            entity: The AdTargetTemplate to create; read-only fields are never sent.
        """
        entity.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "CREATE",
            "/adTargetTemplates",
            body=entity.to_request_dict(),
        )
        response = await self._transport.send(request)
        if response.created_id is None:
            raise UnexpectedStatusError(
                "the create response named no id (x-restli-id header)",
                status=response.status,
            )
        return int(response.created_id)

    async def batch_delete(
        self,
        ids: Sequence[int],
    ) -> BatchUpdateResult[int]:
        """Deletes the templates with the given ids; the answer gives the status of each id.

        Args:
            ids: The keys of the entities to delete.
        """
        request = RestliRequest(
            "DELETE",
            "BATCH_DELETE",
            "/adTargetTemplates",
            (("ids", encode(list(ids), "query")),),
        )
        response = await self._transport.send(request)
        return response.decode(
            parse_batch_update,
            int,
            request_method="DELETE",
            request_url=request.path,
        )

    async def get(
        self,
        *,
        ad_target_template_id: int,
    ) -> AdTargetTemplate:
        """Returns the template with this id.

        Args:
            ad_target_template_id: The numeric id of the saved audience template.
        """
        request = RestliRequest(
            "GET",
            "GET",
            f"/adTargetTemplates/{encode_key(ad_target_template_id, int, 'ad_target_template_id')}",
            retry_safe=True,
        )
        response = await self._transport.send(request)
        return response.decode(AdTargetTemplate.from_dict)

    async def partial_update(
        self,
        *,
        ad_target_template_id: int,
        original: AdTargetTemplate,
        modified: AdTargetTemplate,
    ) -> None:
        """Changes the fields named in the patch (name, description, targeting) and leaves the
        others as they are.

        Args:
            original: The entity as it is now (as fetched); the patch is the difference to `modified`.
            modified: The entity as it should be; read-only fields are never sent.
            ad_target_template_id: The numeric id of the saved audience template.
        """
        modified.validate()
        body = build_patch(original.to_request_dict(), modified.to_request_dict())
        _refuse_create_only(body["patch"])
        request = RestliRequest(
            "POST",
            "PARTIAL_UPDATE",
            f"/adTargetTemplates/{encode_key(ad_target_template_id, int, 'ad_target_template_id')}",
            body=body,
        )
        await self._transport.send(request)

    async def delete(
        self,
        *,
        ad_target_template_id: int,
    ) -> None:
        """Deletes the template with this id.

        Args:
            ad_target_template_id: The numeric id of the saved audience template.
        """
        request = RestliRequest(
            "DELETE",
            "DELETE",
            f"/adTargetTemplates/{encode_key(ad_target_template_id, int, 'ad_target_template_id')}",
        )
        await self._transport.send(request)
