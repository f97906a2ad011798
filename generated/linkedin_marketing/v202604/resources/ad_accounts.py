"""The `adAccounts` resource of LinkedIn Marketing API version 202604."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from linkedin_marketing.batch import (
    BatchCreateResult,
    BatchGetResult,
    parse_batch_create,
    parse_batch_get,
)
from linkedin_marketing.errors import RequestValidationError, UnexpectedStatusError
from linkedin_marketing.paging import (
    AsyncPage,
    CursorPaging,
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
from linkedin_marketing.v202604.enums import SortOrder
from linkedin_marketing.v202604.models import AdAccount, AdAccountSearchCriteria

# Fields of AdAccount that can only be set on create: a partial update touching them is refused
# before it is sent (LinkedIn would answer 400 FIELD_NOT_EDITABLE).
_CREATE_ONLY = ("test",)


def _refuse_create_only(patch: Mapping[str, Any]) -> None:
    changed = {*patch.get("$set", {}), *patch.get("$delete", ()), *patch}
    for name in _CREATE_ONLY:
        if name in changed:
            raise RequestValidationError(name, "can only be set on create, not in a partial update")


class AdAccounts:
    """The `adAccounts` resource: `client.ad_accounts`."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def batch_get(
        self,
        ids: Sequence[int],
    ) -> BatchGetResult[int, AdAccount]:
        """Fetches several ad accounts by id in one call; each id gets a result, an error or a
        status.

        Args:
            ids: The keys of the entities to read.
        """
        request = RestliRequest(
            "GET",
            "BATCH_GET",
            "/adAccounts",
            (("ids", encode(list(ids), "query")),),
            retry_safe=True,
        )
        response = self._transport.send(request)
        return response.decode(
            parse_batch_get,
            int,
            AdAccount.from_dict,
            request_method="GET",
            request_url=request.path,
        )

    def find_by_search(
        self,
        *,
        search: AdAccountSearchCriteria | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> Page[AdAccount]:
        """Lists the ad accounts the member can access that match the criteria, sorted by id and
        paged by cursor (`pageSize`/`pageToken`); the response carries `metadata.nextPageToken`
        until the last page and no total.

        Args:
            search: The search criteria, Rest.li encoded as a record such as
                `(type:(values:List(BUSINESS)),status:(values:List(ACTIVE,CANCELED)))`. Criteria
                combine with AND; the values listed inside one criterion combine with OR. When
                absent, no filter applies.
            sort_order: The direction of the sort by account id; ascending unless told otherwise.
            page_size: How many accounts to return in one page (cursor paging); 100 when absent, at
                most 1000.
            page_token: The `nextPageToken` of the page before; leave out for the first page.
        """
        if search is not None:
            search.validate(for_create=True, path="search.")

        query: list[tuple[str, str]] = [("q", "search")]
        if search is not None:
            query.append(("search", encode(search.to_request_dict(), "query")))
        if sort_order is not None:
            query.append(("sortOrder", encode(str(sort_order), "query")))
        request = RestliRequest(
            "GET",
            "FINDER",
            "/adAccounts",
            tuple(query),
            retry_safe=True,
        )
        paging = CursorPaging(page_size, page_token, 1000)
        return fetch_page(self._transport, request, paging, AdAccount.from_dict)

    def create(
        self,
        entity: AdAccount,
    ) -> int:
        """Creates an ad account; LinkedIn answers with the new id in the `x-linkedin-id` (and
        `x-restli-id`) header. Setting `test: true` creates a test account (one per developer
        application).

        Args:
            entity: The AdAccount to create; read-only fields are never sent.
        """
        entity.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "CREATE",
            "/adAccounts",
            body=entity.to_request_dict(),
        )
        response = self._transport.send(request)
        if response.created_id is None:
            raise UnexpectedStatusError(
                "the create response named no id (x-restli-id header)",
                status=response.status,
            )
        return int(response.created_id)

    def batch_create(
        self,
        entities: Sequence[AdAccount],
    ) -> BatchCreateResult[int]:
        """Creates several ad accounts in one call; the answer lists, in request order, the status
        and id (or the error) of each one.

        Args:
            entities: The AdAccount records to create, in order; read-only fields are never sent.
        """
        for index, entity in enumerate(entities):
            entity.validate(for_create=True, path=f"elements[{index}].")
        request = RestliRequest(
            "POST",
            "BATCH_CREATE",
            "/adAccounts",
            body={"elements": [entity.to_request_dict() for entity in entities]},
        )
        response = self._transport.send(request)
        return response.decode(
            parse_batch_create,
            int,
            request_method="POST",
            request_url=request.path,
        )

    def get(
        self,
        *,
        ad_account_id: int,
    ) -> AdAccount:
        """Returns the ad account with this id, test accounts included.

        Args:
            ad_account_id: The numeric id of the ad account (the `{id}` of
                `urn:li:sponsoredAccount:{id}`).
        """
        request = RestliRequest(
            "GET",
            "GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}",
            retry_safe=True,
        )
        response = self._transport.send(request)
        return response.decode(AdAccount.from_dict)

    def partial_update(
        self,
        *,
        ad_account_id: int,
        original: AdAccount,
        modified: AdAccount,
    ) -> None:
        """Changes the fields named in the patch and leaves the others as they are. `test` cannot be
        changed after creation.

        Args:
            original: The entity as it is now (as fetched); the patch is the difference to `modified`.
            modified: The entity as it should be; read-only fields are never sent.
            ad_account_id: The numeric id of the ad account (the `{id}` of
                `urn:li:sponsoredAccount:{id}`).
        """
        modified.validate()
        body = build_patch(original.to_request_dict(), modified.to_request_dict())
        _refuse_create_only(body["patch"])
        request = RestliRequest(
            "POST",
            "PARTIAL_UPDATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}",
            body=body,
        )
        self._transport.send(request)

    def delete(
        self,
        *,
        ad_account_id: int,
    ) -> None:
        """Deletes an ad account that is still a draft.

        Args:
            ad_account_id: The numeric id of the ad account (the `{id}` of
                `urn:li:sponsoredAccount:{id}`).
        """
        request = RestliRequest(
            "DELETE",
            "DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}",
        )
        self._transport.send(request)


class AsyncAdAccounts:
    """The `adAccounts` resource (asynchronous): `client.ad_accounts`."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def batch_get(
        self,
        ids: Sequence[int],
    ) -> BatchGetResult[int, AdAccount]:
        """Fetches several ad accounts by id in one call; each id gets a result, an error or a
        status.

        Args:
            ids: The keys of the entities to read.
        """
        request = RestliRequest(
            "GET",
            "BATCH_GET",
            "/adAccounts",
            (("ids", encode(list(ids), "query")),),
            retry_safe=True,
        )
        response = await self._transport.send(request)
        return response.decode(
            parse_batch_get,
            int,
            AdAccount.from_dict,
            request_method="GET",
            request_url=request.path,
        )

    async def find_by_search(
        self,
        *,
        search: AdAccountSearchCriteria | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[AdAccount]:
        """Lists the ad accounts the member can access that match the criteria, sorted by id and
        paged by cursor (`pageSize`/`pageToken`); the response carries `metadata.nextPageToken`
        until the last page and no total.

        Args:
            search: The search criteria, Rest.li encoded as a record such as
                `(type:(values:List(BUSINESS)),status:(values:List(ACTIVE,CANCELED)))`. Criteria
                combine with AND; the values listed inside one criterion combine with OR. When
                absent, no filter applies.
            sort_order: The direction of the sort by account id; ascending unless told otherwise.
            page_size: How many accounts to return in one page (cursor paging); 100 when absent, at
                most 1000.
            page_token: The `nextPageToken` of the page before; leave out for the first page.
        """
        if search is not None:
            search.validate(for_create=True, path="search.")

        query: list[tuple[str, str]] = [("q", "search")]
        if search is not None:
            query.append(("search", encode(search.to_request_dict(), "query")))
        if sort_order is not None:
            query.append(("sortOrder", encode(str(sort_order), "query")))
        request = RestliRequest(
            "GET",
            "FINDER",
            "/adAccounts",
            tuple(query),
            retry_safe=True,
        )
        paging = CursorPaging(page_size, page_token, 1000)
        return await afetch_page(self._transport, request, paging, AdAccount.from_dict)

    async def create(
        self,
        entity: AdAccount,
    ) -> int:
        """Creates an ad account; LinkedIn answers with the new id in the `x-linkedin-id` (and
        `x-restli-id`) header. Setting `test: true` creates a test account (one per developer
        application).

        Args:
            entity: The AdAccount to create; read-only fields are never sent.
        """
        entity.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "CREATE",
            "/adAccounts",
            body=entity.to_request_dict(),
        )
        response = await self._transport.send(request)
        if response.created_id is None:
            raise UnexpectedStatusError(
                "the create response named no id (x-restli-id header)",
                status=response.status,
            )
        return int(response.created_id)

    async def batch_create(
        self,
        entities: Sequence[AdAccount],
    ) -> BatchCreateResult[int]:
        """Creates several ad accounts in one call; the answer lists, in request order, the status
        and id (or the error) of each one.

        Args:
            entities: The AdAccount records to create, in order; read-only fields are never sent.
        """
        for index, entity in enumerate(entities):
            entity.validate(for_create=True, path=f"elements[{index}].")
        request = RestliRequest(
            "POST",
            "BATCH_CREATE",
            "/adAccounts",
            body={"elements": [entity.to_request_dict() for entity in entities]},
        )
        response = await self._transport.send(request)
        return response.decode(
            parse_batch_create,
            int,
            request_method="POST",
            request_url=request.path,
        )

    async def get(
        self,
        *,
        ad_account_id: int,
    ) -> AdAccount:
        """Returns the ad account with this id, test accounts included.

        Args:
            ad_account_id: The numeric id of the ad account (the `{id}` of
                `urn:li:sponsoredAccount:{id}`).
        """
        request = RestliRequest(
            "GET",
            "GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}",
            retry_safe=True,
        )
        response = await self._transport.send(request)
        return response.decode(AdAccount.from_dict)

    async def partial_update(
        self,
        *,
        ad_account_id: int,
        original: AdAccount,
        modified: AdAccount,
    ) -> None:
        """Changes the fields named in the patch and leaves the others as they are. `test` cannot be
        changed after creation.

        Args:
            original: The entity as it is now (as fetched); the patch is the difference to `modified`.
            modified: The entity as it should be; read-only fields are never sent.
            ad_account_id: The numeric id of the ad account (the `{id}` of
                `urn:li:sponsoredAccount:{id}`).
        """
        modified.validate()
        body = build_patch(original.to_request_dict(), modified.to_request_dict())
        _refuse_create_only(body["patch"])
        request = RestliRequest(
            "POST",
            "PARTIAL_UPDATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}",
            body=body,
        )
        await self._transport.send(request)

    async def delete(
        self,
        *,
        ad_account_id: int,
    ) -> None:
        """Deletes an ad account that is still a draft.

        Args:
            ad_account_id: The numeric id of the ad account (the `{id}` of
                `urn:li:sponsoredAccount:{id}`).
        """
        request = RestliRequest(
            "DELETE",
            "DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}",
        )
        await self._transport.send(request)
