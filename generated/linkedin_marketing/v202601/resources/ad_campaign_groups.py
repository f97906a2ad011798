"""The `adCampaignGroups` resource of LinkedIn Marketing API version 202601."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from linkedin_marketing.batch import (
    BatchCreateResult,
    BatchGetResult,
    BatchUpdateResult,
    parse_batch_create,
    parse_batch_get,
    parse_batch_update,
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
    build_batch_patch,
    build_patch,
    encode,
    encode_key,
)
from linkedin_marketing.transport import AsyncTransport, RestliRequest, SyncTransport
from linkedin_marketing.v202601.enums import SortOrder
from linkedin_marketing.v202601.models import AdCampaignGroup, AdCampaignGroupSearchCriteria

# Fields of AdCampaignGroup that can only be set on create: a partial update touching them is refused
# before it is sent (LinkedIn would answer 400 FIELD_NOT_EDITABLE).
_CREATE_ONLY = (
    "account",
    "objectiveType",
)


def _refuse_create_only(patch: Mapping[str, Any]) -> None:
    changed = {*patch.get("$set", {}), *patch.get("$delete", ()), *patch}
    for name in _CREATE_ONLY:
        if name in changed:
            raise RequestValidationError(name, "can only be set on create, not in a partial update")


class AdCampaignGroups:
    """The `adCampaignGroups` resource: `client.ad_campaign_groups`."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def find_by_search(
        self,
        *,
        ad_account_id: int,
        search: AdCampaignGroupSearchCriteria | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> Page[AdCampaignGroup]:
        """Finds the campaign groups of the ad account that match every given criterion (id, name,
        status, test flag). Pages are addressed by cursor: `pageSize` elements per page (100 unless
        set, at most 1000); the response's `metadata.nextPageToken` is passed back as `pageToken`
        for the next page and is missing on the last page. No total count is returned. Results are
        ordered by id, ascending unless `sortOrder=DESCENDING`.

        Args:
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
            search: The search criteria, a Rest.li record such as
                `(status:(values:List(ACTIVE,DRAFT)))`. Every criterion is optional; criteria given
                together must all match.
            sort_order: The direction in which the results are ordered by campaign group id.
            page_size: How many results to return per page (cursor paging).
            page_token: The `nextPageToken` of the page before; leave out for the first page.
        """
        query: list[tuple[str, str]] = [("q", "search")]
        if search is not None:
            query.append(("search", encode(search.to_request_dict(), "query")))
        if sort_order is not None:
            query.append(("sortOrder", encode(str(sort_order), "query")))
        request = RestliRequest(
            "GET",
            "FINDER",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
            tuple(query),
            retry_safe=True,
        )
        paging = CursorPaging(page_size, page_token, 1000)
        return fetch_page(self._transport, request, paging, AdCampaignGroup.from_dict)

    def batch_get(
        self,
        ids: Sequence[int],
        *,
        ad_account_id: int,
    ) -> BatchGetResult[int, AdCampaignGroup]:
        """Fetches several campaign groups of the ad account in one call, keyed by campaign group
        id. Ids that cannot be returned are reported under `errors` instead of failing the call.

        Args:
            ids: The keys of the entities to read.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
        """
        request = RestliRequest(
            "GET",
            "BATCH_GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
            (("ids", encode(list(ids), "query")),),
            retry_safe=True,
        )
        response = self._transport.send(request)
        return response.decode(
            parse_batch_get,
            int,
            AdCampaignGroup.from_dict,
            request_method="GET",
            request_url=request.path,
        )

    def create(
        self,
        entity: AdCampaignGroup,
        *,
        ad_account_id: int,
    ) -> int:
        """Creates a campaign group in the ad account, in status ACTIVE or DRAFT. The new id comes
        back in the `x-restli-id` and `x-linkedin-id` headers; the body is empty.

        Args:
            entity: The AdCampaignGroup to create; read-only fields are never sent.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
        """
        entity.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "CREATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
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
        entities: Sequence[AdCampaignGroup],
        *,
        ad_account_id: int,
    ) -> BatchCreateResult[int]:
        """Creates several campaign groups in the ad account in one call; the outcome of each comes
        back in request order. Not available for ENTERPRISE ad accounts.

        Args:
            entities: The AdCampaignGroup records to create, in order; read-only fields are never sent.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
        """
        for index, entity in enumerate(entities):
            entity.validate(for_create=True, path=f"elements[{index}].")
        request = RestliRequest(
            "POST",
            "BATCH_CREATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
            body={"elements": [entity.to_request_dict() for entity in entities]},
        )
        response = self._transport.send(request)
        return response.decode(
            parse_batch_create,
            int,
            request_method="POST",
            request_url=request.path,
        )

    def batch_partial_update(
        self,
        changes: Mapping[int, tuple[AdCampaignGroup, AdCampaignGroup]],
        *,
        ad_account_id: int,
    ) -> BatchUpdateResult[int]:
        """Applies one patch per campaign group id in one call. The same limits as for a single
        partial update apply (on ENTERPRISE accounts the default group is frozen and only `name` and
        `status` of other groups can change). Patching `status` to PENDING_DELETION is how groups
        that are not DRAFT are scheduled for deletion.

        Args:
            changes: For each key, the entity as it is now and as it should be; each patch is their
                difference.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
        """
        for key, (_, modified) in changes.items():
            modified.validate(path=f"{key}.")
        body = build_batch_patch(
            {
                key: (original.to_request_dict(), modified.to_request_dict())
                for key, (original, modified) in changes.items()
            }
        )
        for entity_patch in body["entities"].values():
            _refuse_create_only(entity_patch["patch"])
        request = RestliRequest(
            "POST",
            "BATCH_PARTIAL_UPDATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
            (("ids", encode(list(changes), "query")),),
            body=body,
        )
        response = self._transport.send(request)
        return response.decode(
            parse_batch_update,
            int,
            request_method="POST",
            request_url=request.path,
        )

    def batch_delete(
        self,
        ids: Sequence[int],
        *,
        ad_account_id: int,
    ) -> BatchUpdateResult[int]:
        """Deletes several campaign groups in one call. Only DRAFT groups can be deleted; for the
        others set `status` to PENDING_DELETION with a batch partial update.

        Args:
            ids: The keys of the entities to delete.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
        """
        request = RestliRequest(
            "DELETE",
            "BATCH_DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
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
        ad_account_id: int,
        ad_campaign_group_id: int,
    ) -> AdCampaignGroup:
        """Fetches one campaign group of the ad account by its id.

        Args:
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
            ad_campaign_group_id: The id of the campaign group (the entity key).
        """
        request = RestliRequest(
            "GET",
            "GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups/{encode_key(ad_campaign_group_id, int, 'ad_campaign_group_id')}",
            retry_safe=True,
        )
        response = self._transport.send(request)
        return response.decode(AdCampaignGroup.from_dict)

    def partial_update(
        self,
        *,
        ad_account_id: int,
        ad_campaign_group_id: int,
        original: AdCampaignGroup,
        modified: AdCampaignGroup,
    ) -> None:
        """Changes the fields named in the patch and leaves the others as they are. On ENTERPRISE ad
        accounts the default campaign group (the one with `backfilled: true`) cannot be changed, and
        of the other groups only `name` and `status` can. Setting `status` to PENDING_DELETION
        starts the deletion of a group that is not DRAFT.

        Args:
            original: The entity as it is now (as fetched); the patch is the difference to `modified`.
            modified: The entity as it should be; read-only fields are never sent.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
            ad_campaign_group_id: The id of the campaign group (the entity key).
        """
        modified.validate()
        body = build_patch(original.to_request_dict(), modified.to_request_dict())
        _refuse_create_only(body["patch"])
        request = RestliRequest(
            "POST",
            "PARTIAL_UPDATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups/{encode_key(ad_campaign_group_id, int, 'ad_campaign_group_id')}",
            body=body,
        )
        self._transport.send(request)

    def delete(
        self,
        *,
        ad_account_id: int,
        ad_campaign_group_id: int,
    ) -> None:
        """Deletes a campaign group that is in DRAFT status. Groups in other statuses are not
        deleted this way: patch their `status` to PENDING_DELETION instead.

        Args:
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
            ad_campaign_group_id: The id of the campaign group (the entity key).
        """
        request = RestliRequest(
            "DELETE",
            "DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups/{encode_key(ad_campaign_group_id, int, 'ad_campaign_group_id')}",
        )
        self._transport.send(request)


class AsyncAdCampaignGroups:
    """The `adCampaignGroups` resource (asynchronous): `client.ad_campaign_groups`."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def find_by_search(
        self,
        *,
        ad_account_id: int,
        search: AdCampaignGroupSearchCriteria | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[AdCampaignGroup]:
        """Finds the campaign groups of the ad account that match every given criterion (id, name,
        status, test flag). Pages are addressed by cursor: `pageSize` elements per page (100 unless
        set, at most 1000); the response's `metadata.nextPageToken` is passed back as `pageToken`
        for the next page and is missing on the last page. No total count is returned. Results are
        ordered by id, ascending unless `sortOrder=DESCENDING`.

        Args:
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
            search: The search criteria, a Rest.li record such as
                `(status:(values:List(ACTIVE,DRAFT)))`. Every criterion is optional; criteria given
                together must all match.
            sort_order: The direction in which the results are ordered by campaign group id.
            page_size: How many results to return per page (cursor paging).
            page_token: The `nextPageToken` of the page before; leave out for the first page.
        """
        query: list[tuple[str, str]] = [("q", "search")]
        if search is not None:
            query.append(("search", encode(search.to_request_dict(), "query")))
        if sort_order is not None:
            query.append(("sortOrder", encode(str(sort_order), "query")))
        request = RestliRequest(
            "GET",
            "FINDER",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
            tuple(query),
            retry_safe=True,
        )
        paging = CursorPaging(page_size, page_token, 1000)
        return await afetch_page(self._transport, request, paging, AdCampaignGroup.from_dict)

    async def batch_get(
        self,
        ids: Sequence[int],
        *,
        ad_account_id: int,
    ) -> BatchGetResult[int, AdCampaignGroup]:
        """Fetches several campaign groups of the ad account in one call, keyed by campaign group
        id. Ids that cannot be returned are reported under `errors` instead of failing the call.

        Args:
            ids: The keys of the entities to read.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
        """
        request = RestliRequest(
            "GET",
            "BATCH_GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
            (("ids", encode(list(ids), "query")),),
            retry_safe=True,
        )
        response = await self._transport.send(request)
        return response.decode(
            parse_batch_get,
            int,
            AdCampaignGroup.from_dict,
            request_method="GET",
            request_url=request.path,
        )

    async def create(
        self,
        entity: AdCampaignGroup,
        *,
        ad_account_id: int,
    ) -> int:
        """Creates a campaign group in the ad account, in status ACTIVE or DRAFT. The new id comes
        back in the `x-restli-id` and `x-linkedin-id` headers; the body is empty.

        Args:
            entity: The AdCampaignGroup to create; read-only fields are never sent.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
        """
        entity.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "CREATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
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
        entities: Sequence[AdCampaignGroup],
        *,
        ad_account_id: int,
    ) -> BatchCreateResult[int]:
        """Creates several campaign groups in the ad account in one call; the outcome of each comes
        back in request order. Not available for ENTERPRISE ad accounts.

        Args:
            entities: The AdCampaignGroup records to create, in order; read-only fields are never sent.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
        """
        for index, entity in enumerate(entities):
            entity.validate(for_create=True, path=f"elements[{index}].")
        request = RestliRequest(
            "POST",
            "BATCH_CREATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
            body={"elements": [entity.to_request_dict() for entity in entities]},
        )
        response = await self._transport.send(request)
        return response.decode(
            parse_batch_create,
            int,
            request_method="POST",
            request_url=request.path,
        )

    async def batch_partial_update(
        self,
        changes: Mapping[int, tuple[AdCampaignGroup, AdCampaignGroup]],
        *,
        ad_account_id: int,
    ) -> BatchUpdateResult[int]:
        """Applies one patch per campaign group id in one call. The same limits as for a single
        partial update apply (on ENTERPRISE accounts the default group is frozen and only `name` and
        `status` of other groups can change). Patching `status` to PENDING_DELETION is how groups
        that are not DRAFT are scheduled for deletion.

        Args:
            changes: For each key, the entity as it is now and as it should be; each patch is their
                difference.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
        """
        for key, (_, modified) in changes.items():
            modified.validate(path=f"{key}.")
        body = build_batch_patch(
            {
                key: (original.to_request_dict(), modified.to_request_dict())
                for key, (original, modified) in changes.items()
            }
        )
        for entity_patch in body["entities"].values():
            _refuse_create_only(entity_patch["patch"])
        request = RestliRequest(
            "POST",
            "BATCH_PARTIAL_UPDATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
            (("ids", encode(list(changes), "query")),),
            body=body,
        )
        response = await self._transport.send(request)
        return response.decode(
            parse_batch_update,
            int,
            request_method="POST",
            request_url=request.path,
        )

    async def batch_delete(
        self,
        ids: Sequence[int],
        *,
        ad_account_id: int,
    ) -> BatchUpdateResult[int]:
        """Deletes several campaign groups in one call. Only DRAFT groups can be deleted; for the
        others set `status` to PENDING_DELETION with a batch partial update.

        Args:
            ids: The keys of the entities to delete.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
        """
        request = RestliRequest(
            "DELETE",
            "BATCH_DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups",
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
        ad_account_id: int,
        ad_campaign_group_id: int,
    ) -> AdCampaignGroup:
        """Fetches one campaign group of the ad account by its id.

        Args:
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
            ad_campaign_group_id: The id of the campaign group (the entity key).
        """
        request = RestliRequest(
            "GET",
            "GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups/{encode_key(ad_campaign_group_id, int, 'ad_campaign_group_id')}",
            retry_safe=True,
        )
        response = await self._transport.send(request)
        return response.decode(AdCampaignGroup.from_dict)

    async def partial_update(
        self,
        *,
        ad_account_id: int,
        ad_campaign_group_id: int,
        original: AdCampaignGroup,
        modified: AdCampaignGroup,
    ) -> None:
        """Changes the fields named in the patch and leaves the others as they are. On ENTERPRISE ad
        accounts the default campaign group (the one with `backfilled: true`) cannot be changed, and
        of the other groups only `name` and `status` can. Setting `status` to PENDING_DELETION
        starts the deletion of a group that is not DRAFT.

        Args:
            original: The entity as it is now (as fetched); the patch is the difference to `modified`.
            modified: The entity as it should be; read-only fields are never sent.
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
            ad_campaign_group_id: The id of the campaign group (the entity key).
        """
        modified.validate()
        body = build_patch(original.to_request_dict(), modified.to_request_dict())
        _refuse_create_only(body["patch"])
        request = RestliRequest(
            "POST",
            "PARTIAL_UPDATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups/{encode_key(ad_campaign_group_id, int, 'ad_campaign_group_id')}",
            body=body,
        )
        await self._transport.send(request)

    async def delete(
        self,
        *,
        ad_account_id: int,
        ad_campaign_group_id: int,
    ) -> None:
        """Deletes a campaign group that is in DRAFT status. Groups in other statuses are not
        deleted this way: patch their `status` to PENDING_DELETION instead.

        Args:
            ad_account_id: The id of the ad account that owns the campaign groups (the parent key).
            ad_campaign_group_id: The id of the campaign group (the entity key).
        """
        request = RestliRequest(
            "DELETE",
            "DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaignGroups/{encode_key(ad_campaign_group_id, int, 'ad_campaign_group_id')}",
        )
        await self._transport.send(request)
