"""The `adCampaigns` resource of LinkedIn Marketing API version 202604."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from linkedin_marketing.batch import (
    BatchGetResult,
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
from linkedin_marketing.v202604.models import AdCampaign, AdCampaignSearchCriteria

# Fields of AdCampaign that can only be set on create: a partial update touching them is refused
# before it is sent (LinkedIn would answer 400 FIELD_NOT_EDITABLE).
_CREATE_ONLY = (
    "account",
    "campaignGroup",
    "objectiveType",
    "pacingStrategy",
)


def _refuse_create_only(patch: Mapping[str, Any]) -> None:
    changed = {*patch.get("$set", {}), *patch.get("$delete", ()), *patch}
    for name in _CREATE_ONLY:
        if name in changed:
            raise RequestValidationError(name, "can only be set on create, not in a partial update")


class AdCampaigns:
    """The `adCampaigns` resource: `client.ad_campaigns`."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def find_by_search(
        self,
        *,
        ad_account_id: int,
        search: AdCampaignSearchCriteria | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> Page[AdCampaign]:
        """Finds the campaigns of the ad account that match every given criterion (id, campaign
        group, name, type, status, test flag); test and non-test campaigns both match unless `test`
        is given. Pages are addressed by cursor: `pageSize` elements per page (at most 1,000); the
        response's `metadata.nextPageToken` is passed back as `pageToken` and is missing on the last
        page. No total count is returned. Results are ordered by id, ascending unless
        `sortOrder=DESCENDING`.

        Args:
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
            search: The search criteria, a Rest.li record such as
                `(campaignGroup:(values:List(urn%3Ali%3AsponsoredCampaignGroup%3A602277684)),status:(values:List(ACTIVE)))`.
                Criteria given together must all match; within one criterion any value may match.
            sort_order: The direction in which the results are ordered by campaign id.
            page_size: How many results to return per page (cursor paging), at most 1,000. A search
                whose answer would hold more than 1,000 campaigns is refused with a 400 ("Request
                would return too many entities"); page through it with a smaller pageSize.
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
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns",
            tuple(query),
            retry_safe=True,
        )
        paging = CursorPaging(page_size, page_token, 1000)
        return fetch_page(self._transport, request, paging, AdCampaign.from_dict)

    def batch_get(
        self,
        ids: Sequence[int],
        *,
        ad_account_id: int,
    ) -> BatchGetResult[int, AdCampaign]:
        """Fetches several campaigns of the ad account in one call, keyed by campaign id. Ids that
        cannot be returned are reported under `errors` instead of failing the call.

        Args:
            ids: The keys of the entities to read.
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
        """
        request = RestliRequest(
            "GET",
            "BATCH_GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns",
            (("ids", encode(list(ids), "query")),),
            retry_safe=True,
        )
        response = self._transport.send(request)
        return response.decode(
            parse_batch_get,
            int,
            AdCampaign.from_dict,
            request_method="GET",
            request_url=request.path,
        )

    def create(
        self,
        entity: AdCampaign,
        *,
        ad_account_id: int,
    ) -> int:
        """Creates a campaign in a campaign group of the ad account. The group must belong to the
        same account; a DRAFT group only takes DRAFT campaigns. An account holds at most 5,000
        campaigns (of any status, 1,000 of them ACTIVE at once) and a group other than the account's
        default group at most 2,000. The new id comes back in the `x-restli-id` and `x-linkedin-id`
        headers; the body is empty.

        Args:
            entity: The AdCampaign to create; read-only fields are never sent.
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
        """
        entity.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "CREATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns",
            body=entity.to_request_dict(),
        )
        response = self._transport.send(request)
        if response.created_id is None:
            raise UnexpectedStatusError(
                "the create response named no id (x-restli-id header)",
                status=response.status,
            )
        return int(response.created_id)

    def get(
        self,
        *,
        ad_account_id: int,
        ad_campaign_id: int,
    ) -> AdCampaign:
        """Fetches one campaign of the ad account by its id.

        Args:
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
            ad_campaign_id: The id of the campaign (the entity key).
        """
        request = RestliRequest(
            "GET",
            "GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns/{encode_key(ad_campaign_id, int, 'ad_campaign_id')}",
            retry_safe=True,
        )
        response = self._transport.send(request)
        return response.decode(AdCampaign.from_dict)

    def partial_update(
        self,
        *,
        ad_account_id: int,
        ad_campaign_id: int,
        original: AdCampaign,
        modified: AdCampaign,
    ) -> None:
        """Changes the fields named in the patch and leaves the others as they are. `account`,
        `campaignGroup`, `objectiveType` and `pacingStrategy` are fixed at creation. Setting
        `status` to PENDING_DELETION starts the deletion of a campaign that is not DRAFT; a campaign
        never goes back to DRAFT, and CANCELED, COMPLETED and REMOVED are set by LinkedIn only.

        Args:
            original: The entity as it is now (as fetched); the patch is the difference to `modified`.
            modified: The entity as it should be; read-only fields are never sent.
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
            ad_campaign_id: The id of the campaign (the entity key).
        """
        modified.validate()
        body = build_patch(original.to_request_dict(), modified.to_request_dict())
        _refuse_create_only(body["patch"])
        request = RestliRequest(
            "POST",
            "PARTIAL_UPDATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns/{encode_key(ad_campaign_id, int, 'ad_campaign_id')}",
            body=body,
        )
        self._transport.send(request)

    def delete(
        self,
        *,
        ad_account_id: int,
        ad_campaign_id: int,
    ) -> None:
        """Deletes a campaign that is in DRAFT status. Campaigns in other statuses are not deleted
        this way: patch their `status` to PENDING_DELETION instead.

        Args:
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
            ad_campaign_id: The id of the campaign (the entity key).
        """
        request = RestliRequest(
            "DELETE",
            "DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns/{encode_key(ad_campaign_id, int, 'ad_campaign_id')}",
        )
        self._transport.send(request)


class AsyncAdCampaigns:
    """The `adCampaigns` resource (asynchronous): `client.ad_campaigns`."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def find_by_search(
        self,
        *,
        ad_account_id: int,
        search: AdCampaignSearchCriteria | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[AdCampaign]:
        """Finds the campaigns of the ad account that match every given criterion (id, campaign
        group, name, type, status, test flag); test and non-test campaigns both match unless `test`
        is given. Pages are addressed by cursor: `pageSize` elements per page (at most 1,000); the
        response's `metadata.nextPageToken` is passed back as `pageToken` and is missing on the last
        page. No total count is returned. Results are ordered by id, ascending unless
        `sortOrder=DESCENDING`.

        Args:
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
            search: The search criteria, a Rest.li record such as
                `(campaignGroup:(values:List(urn%3Ali%3AsponsoredCampaignGroup%3A602277684)),status:(values:List(ACTIVE)))`.
                Criteria given together must all match; within one criterion any value may match.
            sort_order: The direction in which the results are ordered by campaign id.
            page_size: How many results to return per page (cursor paging), at most 1,000. A search
                whose answer would hold more than 1,000 campaigns is refused with a 400 ("Request
                would return too many entities"); page through it with a smaller pageSize.
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
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns",
            tuple(query),
            retry_safe=True,
        )
        paging = CursorPaging(page_size, page_token, 1000)
        return await afetch_page(self._transport, request, paging, AdCampaign.from_dict)

    async def batch_get(
        self,
        ids: Sequence[int],
        *,
        ad_account_id: int,
    ) -> BatchGetResult[int, AdCampaign]:
        """Fetches several campaigns of the ad account in one call, keyed by campaign id. Ids that
        cannot be returned are reported under `errors` instead of failing the call.

        Args:
            ids: The keys of the entities to read.
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
        """
        request = RestliRequest(
            "GET",
            "BATCH_GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns",
            (("ids", encode(list(ids), "query")),),
            retry_safe=True,
        )
        response = await self._transport.send(request)
        return response.decode(
            parse_batch_get,
            int,
            AdCampaign.from_dict,
            request_method="GET",
            request_url=request.path,
        )

    async def create(
        self,
        entity: AdCampaign,
        *,
        ad_account_id: int,
    ) -> int:
        """Creates a campaign in a campaign group of the ad account. The group must belong to the
        same account; a DRAFT group only takes DRAFT campaigns. An account holds at most 5,000
        campaigns (of any status, 1,000 of them ACTIVE at once) and a group other than the account's
        default group at most 2,000. The new id comes back in the `x-restli-id` and `x-linkedin-id`
        headers; the body is empty.

        Args:
            entity: The AdCampaign to create; read-only fields are never sent.
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
        """
        entity.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "CREATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns",
            body=entity.to_request_dict(),
        )
        response = await self._transport.send(request)
        if response.created_id is None:
            raise UnexpectedStatusError(
                "the create response named no id (x-restli-id header)",
                status=response.status,
            )
        return int(response.created_id)

    async def get(
        self,
        *,
        ad_account_id: int,
        ad_campaign_id: int,
    ) -> AdCampaign:
        """Fetches one campaign of the ad account by its id.

        Args:
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
            ad_campaign_id: The id of the campaign (the entity key).
        """
        request = RestliRequest(
            "GET",
            "GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns/{encode_key(ad_campaign_id, int, 'ad_campaign_id')}",
            retry_safe=True,
        )
        response = await self._transport.send(request)
        return response.decode(AdCampaign.from_dict)

    async def partial_update(
        self,
        *,
        ad_account_id: int,
        ad_campaign_id: int,
        original: AdCampaign,
        modified: AdCampaign,
    ) -> None:
        """Changes the fields named in the patch and leaves the others as they are. `account`,
        `campaignGroup`, `objectiveType` and `pacingStrategy` are fixed at creation. Setting
        `status` to PENDING_DELETION starts the deletion of a campaign that is not DRAFT; a campaign
        never goes back to DRAFT, and CANCELED, COMPLETED and REMOVED are set by LinkedIn only.

        Args:
            original: The entity as it is now (as fetched); the patch is the difference to `modified`.
            modified: The entity as it should be; read-only fields are never sent.
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
            ad_campaign_id: The id of the campaign (the entity key).
        """
        modified.validate()
        body = build_patch(original.to_request_dict(), modified.to_request_dict())
        _refuse_create_only(body["patch"])
        request = RestliRequest(
            "POST",
            "PARTIAL_UPDATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns/{encode_key(ad_campaign_id, int, 'ad_campaign_id')}",
            body=body,
        )
        await self._transport.send(request)

    async def delete(
        self,
        *,
        ad_account_id: int,
        ad_campaign_id: int,
    ) -> None:
        """Deletes a campaign that is in DRAFT status. Campaigns in other statuses are not deleted
        this way: patch their `status` to PENDING_DELETION instead.

        Args:
            ad_account_id: The id of the ad account that owns the campaigns (the parent key).
            ad_campaign_id: The id of the campaign (the entity key).
        """
        request = RestliRequest(
            "DELETE",
            "DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/adCampaigns/{encode_key(ad_campaign_id, int, 'ad_campaign_id')}",
        )
        await self._transport.send(request)
