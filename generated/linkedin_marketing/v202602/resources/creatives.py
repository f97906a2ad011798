"""The `creatives` resource of LinkedIn Marketing API version 202602."""

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
from linkedin_marketing.v202602.enums import CreativeIntendedStatus, SortOrder
from linkedin_marketing.v202602.models import Creative, CreativeCreateInlineRequest
from linkedin_marketing.v202602.urns import (
    AdFormUrn,
    AdInMailContentUrn,
    ShareUrn,
    SponsoredCampaignUrn,
    SponsoredCreativeUrn,
    UgcPostUrn,
)

# Fields of Creative that can only be set on create: a partial update touching them is refused
# before it is sent (LinkedIn would answer 400 FIELD_NOT_EDITABLE).
_CREATE_ONLY = (
    "campaign",
    "content",
    "inlineContent",
)


def _refuse_create_only(patch: Mapping[str, Any]) -> None:
    changed = {*patch.get("$set", {}), *patch.get("$delete", ()), *patch}
    for name in _CREATE_ONLY:
        if name in changed:
            raise RequestValidationError(name, "can only be set on create, not in a partial update")


class Creatives:
    """The `creatives` resource: `client.creatives`."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def batch_get(
        self,
        ids: Sequence[SponsoredCreativeUrn],
        *,
        ad_account_id: int,
    ) -> BatchGetResult[SponsoredCreativeUrn, Creative]:
        """Reads several creatives of the ad account at once. The answer has one entry per requested
        URN in `results` (or in `errors` when that creative could not be read).

        Args:
            ids: The keys of the entities to read.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
        """
        request = RestliRequest(
            "GET",
            "BATCH_GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            (("ids", encode(list(ids), "query")),),
            retry_safe=True,
        )
        response = self._transport.send(request)
        return response.decode(
            parse_batch_get,
            SponsoredCreativeUrn,
            Creative.from_dict,
            request_method="GET",
            request_url=request.path,
        )

    def find_by_criteria(
        self,
        *,
        ad_account_id: int,
        campaigns: list[SponsoredCampaignUrn] | None = None,
        content_references: list[ShareUrn | UgcPostUrn | AdInMailContentUrn] | None = None,
        creatives: list[SponsoredCreativeUrn] | None = None,
        intended_statuses: list[CreativeIntendedStatus] | None = None,
        is_test_account: bool | None = None,
        is_total_included: bool | None = None,
        leadgen_creative_call_to_action_destinations: list[AdFormUrn] | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> Page[Creative]:
        """Searches the creatives of the ad account. Values given for one criterion are alternatives
        (any may match); different criteria must all match. Results are sorted by creative id and
        paged by cursor.

        Args:
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
            campaigns: Keep creatives that belong to any of these campaigns. An empty list (the
                default) does not filter.
            content_references: Keep creatives whose `content.reference` is any of these post URNs
                (share or ugcPost). An empty list (the default) does not filter.
            creatives: Keep only the creatives with these URNs. An empty list (the default) does not
                filter. (The documentation's parameter table capitalises the name as `Creatives`;
                the query uses `creatives`.)
            intended_statuses: Keep creatives whose `intendedStatus` is any of these values. An
                empty list (the default) does not filter.
            is_test_account: `true` keeps only creatives of test ad accounts, `false` only creatives
                of regular ad accounts; leaving it out returns both.
            is_total_included: Whether the response should count all matching creatives
                (`paging.total`); counting makes the call slower. The cursor-paged versions (202401
                and later) accept it but never return a total. The 2026 views of the page leave it
                out of the parameter table while their sample request still sends it; it is kept, as
                a parameter the server ignores is harmless and dropping it would break calls that
                pass it.
            leadgen_creative_call_to_action_destinations: Keep creatives whose lead generation call
                to action points to any of these forms (`leadgenCallToAction.destination`). An empty
                list (the default) does not filter.
            sort_order: Order of the results by creative id; ascending unless told otherwise.
            page_size: How many creatives one page holds, at most 100. The documentation gives 100
                both as the largest allowed value and as the value used when the parameter is left
                out.
            page_token: The `nextPageToken` of the page before; leave out for the first page.
        """
        query: list[tuple[str, str]] = [("q", "criteria")]
        if campaigns is not None:
            query.append(("campaigns", encode(list(campaigns), "query")))
        if content_references is not None:
            query.append(("contentReferences", encode(list(content_references), "query")))
        if creatives is not None:
            query.append(("creatives", encode(list(creatives), "query")))
        if intended_statuses is not None:
            query.append(
                ("intendedStatuses", encode([str(v0) for v0 in intended_statuses], "query"))
            )
        if is_test_account is not None:
            query.append(("isTestAccount", encode(is_test_account, "query")))
        if is_total_included is not None:
            query.append(("isTotalIncluded", encode(is_total_included, "query")))
        if leadgen_creative_call_to_action_destinations is not None:
            query.append(
                (
                    "leadgenCreativeCallToActionDestinations",
                    encode(list(leadgen_creative_call_to_action_destinations), "query"),
                )
            )
        if sort_order is not None:
            query.append(("sortOrder", encode(str(sort_order), "query")))
        request = RestliRequest(
            "GET",
            "FINDER",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            tuple(query),
            retry_safe=True,
        )
        paging = CursorPaging(page_size, page_token, 100)
        return fetch_page(self._transport, request, paging, Creative.from_dict)

    def create(
        self,
        entity: Creative,
        *,
        ad_account_id: int,
    ) -> SponsoredCreativeUrn:
        """Creates one creative in a campaign of the ad account. The content is either a reference
        to an existing post or InMail content, or dynamic, text or document ad content. The new
        creative's URN comes back in the `x-restli-id` and `x-linkedin-id` headers.

        Args:
            entity: The Creative to create; read-only fields are never sent.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
        """
        entity.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "CREATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            body=entity.to_request_dict(),
        )
        response = self._transport.send(request)
        if response.created_id is None:
            raise UnexpectedStatusError(
                "the create response named no id (x-restli-id header)",
                status=response.status,
            )
        return SponsoredCreativeUrn(response.created_id)

    def batch_create(
        self,
        entities: Sequence[Creative],
        *,
        ad_account_id: int,
    ) -> BatchCreateResult[SponsoredCreativeUrn]:
        """Creates several creatives in one call. The answer lists, in request order, the status and
        URN of each creative, or the error that prevented its creation.

        Args:
            entities: The Creative records to create, in order; read-only fields are never sent.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
        """
        for index, entity in enumerate(entities):
            entity.validate(for_create=True, path=f"elements[{index}].")
        request = RestliRequest(
            "POST",
            "BATCH_CREATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            body={"elements": [entity.to_request_dict() for entity in entities]},
        )
        response = self._transport.send(request)
        return response.decode(
            parse_batch_create,
            SponsoredCreativeUrn,
            request_method="POST",
            request_url=request.path,
        )

    def create_inline(
        self,
        *,
        ad_account_id: int,
        creative: Creative,
    ) -> SponsoredCreativeUrn:
        """Creates a post and the creative that sponsors it in a single call, instead of creating
        the post first and referencing it. The new creative's URN comes back in the `x-restli-id`
        and `x-linkedin-id` headers.

        Args:
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
            creative: An ad: what a campaign shows to members. An ad account holds at most 15,000
                creatives and a campaign at most 100; all creatives of a campaign share the
                campaign's ad format (set by the first creative when the campaign has none).
        """
        parameters = CreativeCreateInlineRequest(
            creative=creative,
        )
        parameters.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "ACTION",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            (("action", "createInline"),),
            body=parameters.to_request_dict(),
        )
        response = self._transport.send(request)
        if response.created_id is None:
            raise UnexpectedStatusError(
                "the createInline response named no id (x-restli-id header)",
                status=response.status,
            )
        return SponsoredCreativeUrn(response.created_id)

    def batch_partial_update(
        self,
        changes: Mapping[SponsoredCreativeUrn, tuple[Creative, Creative]],
        *,
        ad_account_id: int,
    ) -> BatchUpdateResult[SponsoredCreativeUrn]:
        """Applies one patch per creative URN. Setting `intendedStatus` to `PENDING_DELETION` this
        way starts the removal of creatives that cannot be deleted directly.

        Args:
            changes: For each key, the entity as it is now and as it should be; each patch is their
                difference.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
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
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            (("ids", encode(list(changes), "query")),),
            body=body,
        )
        response = self._transport.send(request)
        return response.decode(
            parse_batch_update,
            SponsoredCreativeUrn,
            request_method="POST",
            request_url=request.path,
        )

    def batch_delete(
        self,
        ids: Sequence[SponsoredCreativeUrn],
        *,
        ad_account_id: int,
    ) -> BatchUpdateResult[SponsoredCreativeUrn]:
        """Deletes several creatives of the ad account, reporting a status or an error per URN. Only
        draft creatives, creatives of draft campaigns and video creatives whose processing failed
        can be deleted.

        Args:
            ids: The keys of the entities to delete.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
        """
        request = RestliRequest(
            "DELETE",
            "BATCH_DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            (("ids", encode(list(ids), "query")),),
        )
        response = self._transport.send(request)
        return response.decode(
            parse_batch_update,
            SponsoredCreativeUrn,
            request_method="DELETE",
            request_url=request.path,
        )

    def get(
        self,
        *,
        ad_account_id: int,
        creative_urn: SponsoredCreativeUrn,
    ) -> Creative:
        """Reads one creative of the ad account by its URN (URL-encoded in the path).

        Args:
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
            creative_urn: The creative's URN, such as `urn:li:sponsoredCreative:120491345`,
                URL-encoded in the path (`urn%3Ali%3AsponsoredCreative%3A120491345`).
        """
        request = RestliRequest(
            "GET",
            "GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives/{encode_key(creative_urn, SponsoredCreativeUrn, 'creative_urn')}",
            retry_safe=True,
        )
        response = self._transport.send(request)
        return response.decode(Creative.from_dict)

    def partial_update(
        self,
        *,
        ad_account_id: int,
        creative_urn: SponsoredCreativeUrn,
        original: Creative,
        modified: Creative,
    ) -> None:
        """Changes `intendedStatus`, `leadgenCallToAction` or `name` of one creative. A creative
        under review cannot be paused (400).

        Args:
            original: The entity as it is now (as fetched); the patch is the difference to `modified`.
            modified: The entity as it should be; read-only fields are never sent.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
            creative_urn: The creative's URN, such as `urn:li:sponsoredCreative:120491345`,
                URL-encoded in the path (`urn%3Ali%3AsponsoredCreative%3A120491345`).
        """
        modified.validate()
        body = build_patch(original.to_request_dict(), modified.to_request_dict())
        _refuse_create_only(body["patch"])
        request = RestliRequest(
            "POST",
            "PARTIAL_UPDATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives/{encode_key(creative_urn, SponsoredCreativeUrn, 'creative_urn')}",
            body=body,
        )
        self._transport.send(request)

    def delete(
        self,
        *,
        ad_account_id: int,
        creative_urn: SponsoredCreativeUrn,
    ) -> None:
        """Deletes one creative that is in draft, belongs to a draft campaign, or is a video
        creative whose processing failed.

        Args:
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
            creative_urn: The creative's URN, such as `urn:li:sponsoredCreative:120491345`,
                URL-encoded in the path (`urn%3Ali%3AsponsoredCreative%3A120491345`).
        """
        request = RestliRequest(
            "DELETE",
            "DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives/{encode_key(creative_urn, SponsoredCreativeUrn, 'creative_urn')}",
        )
        self._transport.send(request)


class AsyncCreatives:
    """The `creatives` resource (asynchronous): `client.creatives`."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def batch_get(
        self,
        ids: Sequence[SponsoredCreativeUrn],
        *,
        ad_account_id: int,
    ) -> BatchGetResult[SponsoredCreativeUrn, Creative]:
        """Reads several creatives of the ad account at once. The answer has one entry per requested
        URN in `results` (or in `errors` when that creative could not be read).

        Args:
            ids: The keys of the entities to read.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
        """
        request = RestliRequest(
            "GET",
            "BATCH_GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            (("ids", encode(list(ids), "query")),),
            retry_safe=True,
        )
        response = await self._transport.send(request)
        return response.decode(
            parse_batch_get,
            SponsoredCreativeUrn,
            Creative.from_dict,
            request_method="GET",
            request_url=request.path,
        )

    async def find_by_criteria(
        self,
        *,
        ad_account_id: int,
        campaigns: list[SponsoredCampaignUrn] | None = None,
        content_references: list[ShareUrn | UgcPostUrn | AdInMailContentUrn] | None = None,
        creatives: list[SponsoredCreativeUrn] | None = None,
        intended_statuses: list[CreativeIntendedStatus] | None = None,
        is_test_account: bool | None = None,
        is_total_included: bool | None = None,
        leadgen_creative_call_to_action_destinations: list[AdFormUrn] | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> AsyncPage[Creative]:
        """Searches the creatives of the ad account. Values given for one criterion are alternatives
        (any may match); different criteria must all match. Results are sorted by creative id and
        paged by cursor.

        Args:
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
            campaigns: Keep creatives that belong to any of these campaigns. An empty list (the
                default) does not filter.
            content_references: Keep creatives whose `content.reference` is any of these post URNs
                (share or ugcPost). An empty list (the default) does not filter.
            creatives: Keep only the creatives with these URNs. An empty list (the default) does not
                filter. (The documentation's parameter table capitalises the name as `Creatives`;
                the query uses `creatives`.)
            intended_statuses: Keep creatives whose `intendedStatus` is any of these values. An
                empty list (the default) does not filter.
            is_test_account: `true` keeps only creatives of test ad accounts, `false` only creatives
                of regular ad accounts; leaving it out returns both.
            is_total_included: Whether the response should count all matching creatives
                (`paging.total`); counting makes the call slower. The cursor-paged versions (202401
                and later) accept it but never return a total. The 2026 views of the page leave it
                out of the parameter table while their sample request still sends it; it is kept, as
                a parameter the server ignores is harmless and dropping it would break calls that
                pass it.
            leadgen_creative_call_to_action_destinations: Keep creatives whose lead generation call
                to action points to any of these forms (`leadgenCallToAction.destination`). An empty
                list (the default) does not filter.
            sort_order: Order of the results by creative id; ascending unless told otherwise.
            page_size: How many creatives one page holds, at most 100. The documentation gives 100
                both as the largest allowed value and as the value used when the parameter is left
                out.
            page_token: The `nextPageToken` of the page before; leave out for the first page.
        """
        query: list[tuple[str, str]] = [("q", "criteria")]
        if campaigns is not None:
            query.append(("campaigns", encode(list(campaigns), "query")))
        if content_references is not None:
            query.append(("contentReferences", encode(list(content_references), "query")))
        if creatives is not None:
            query.append(("creatives", encode(list(creatives), "query")))
        if intended_statuses is not None:
            query.append(
                ("intendedStatuses", encode([str(v0) for v0 in intended_statuses], "query"))
            )
        if is_test_account is not None:
            query.append(("isTestAccount", encode(is_test_account, "query")))
        if is_total_included is not None:
            query.append(("isTotalIncluded", encode(is_total_included, "query")))
        if leadgen_creative_call_to_action_destinations is not None:
            query.append(
                (
                    "leadgenCreativeCallToActionDestinations",
                    encode(list(leadgen_creative_call_to_action_destinations), "query"),
                )
            )
        if sort_order is not None:
            query.append(("sortOrder", encode(str(sort_order), "query")))
        request = RestliRequest(
            "GET",
            "FINDER",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            tuple(query),
            retry_safe=True,
        )
        paging = CursorPaging(page_size, page_token, 100)
        return await afetch_page(self._transport, request, paging, Creative.from_dict)

    async def create(
        self,
        entity: Creative,
        *,
        ad_account_id: int,
    ) -> SponsoredCreativeUrn:
        """Creates one creative in a campaign of the ad account. The content is either a reference
        to an existing post or InMail content, or dynamic, text or document ad content. The new
        creative's URN comes back in the `x-restli-id` and `x-linkedin-id` headers.

        Args:
            entity: The Creative to create; read-only fields are never sent.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
        """
        entity.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "CREATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            body=entity.to_request_dict(),
        )
        response = await self._transport.send(request)
        if response.created_id is None:
            raise UnexpectedStatusError(
                "the create response named no id (x-restli-id header)",
                status=response.status,
            )
        return SponsoredCreativeUrn(response.created_id)

    async def batch_create(
        self,
        entities: Sequence[Creative],
        *,
        ad_account_id: int,
    ) -> BatchCreateResult[SponsoredCreativeUrn]:
        """Creates several creatives in one call. The answer lists, in request order, the status and
        URN of each creative, or the error that prevented its creation.

        Args:
            entities: The Creative records to create, in order; read-only fields are never sent.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
        """
        for index, entity in enumerate(entities):
            entity.validate(for_create=True, path=f"elements[{index}].")
        request = RestliRequest(
            "POST",
            "BATCH_CREATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            body={"elements": [entity.to_request_dict() for entity in entities]},
        )
        response = await self._transport.send(request)
        return response.decode(
            parse_batch_create,
            SponsoredCreativeUrn,
            request_method="POST",
            request_url=request.path,
        )

    async def create_inline(
        self,
        *,
        ad_account_id: int,
        creative: Creative,
    ) -> SponsoredCreativeUrn:
        """Creates a post and the creative that sponsors it in a single call, instead of creating
        the post first and referencing it. The new creative's URN comes back in the `x-restli-id`
        and `x-linkedin-id` headers.

        Args:
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
            creative: An ad: what a campaign shows to members. An ad account holds at most 15,000
                creatives and a campaign at most 100; all creatives of a campaign share the
                campaign's ad format (set by the first creative when the campaign has none).
        """
        parameters = CreativeCreateInlineRequest(
            creative=creative,
        )
        parameters.validate(for_create=True)
        request = RestliRequest(
            "POST",
            "ACTION",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            (("action", "createInline"),),
            body=parameters.to_request_dict(),
        )
        response = await self._transport.send(request)
        if response.created_id is None:
            raise UnexpectedStatusError(
                "the createInline response named no id (x-restli-id header)",
                status=response.status,
            )
        return SponsoredCreativeUrn(response.created_id)

    async def batch_partial_update(
        self,
        changes: Mapping[SponsoredCreativeUrn, tuple[Creative, Creative]],
        *,
        ad_account_id: int,
    ) -> BatchUpdateResult[SponsoredCreativeUrn]:
        """Applies one patch per creative URN. Setting `intendedStatus` to `PENDING_DELETION` this
        way starts the removal of creatives that cannot be deleted directly.

        Args:
            changes: For each key, the entity as it is now and as it should be; each patch is their
                difference.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
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
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            (("ids", encode(list(changes), "query")),),
            body=body,
        )
        response = await self._transport.send(request)
        return response.decode(
            parse_batch_update,
            SponsoredCreativeUrn,
            request_method="POST",
            request_url=request.path,
        )

    async def batch_delete(
        self,
        ids: Sequence[SponsoredCreativeUrn],
        *,
        ad_account_id: int,
    ) -> BatchUpdateResult[SponsoredCreativeUrn]:
        """Deletes several creatives of the ad account, reporting a status or an error per URN. Only
        draft creatives, creatives of draft campaigns and video creatives whose processing failed
        can be deleted.

        Args:
            ids: The keys of the entities to delete.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
        """
        request = RestliRequest(
            "DELETE",
            "BATCH_DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives",
            (("ids", encode(list(ids), "query")),),
        )
        response = await self._transport.send(request)
        return response.decode(
            parse_batch_update,
            SponsoredCreativeUrn,
            request_method="DELETE",
            request_url=request.path,
        )

    async def get(
        self,
        *,
        ad_account_id: int,
        creative_urn: SponsoredCreativeUrn,
    ) -> Creative:
        """Reads one creative of the ad account by its URN (URL-encoded in the path).

        Args:
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
            creative_urn: The creative's URN, such as `urn:li:sponsoredCreative:120491345`,
                URL-encoded in the path (`urn%3Ali%3AsponsoredCreative%3A120491345`).
        """
        request = RestliRequest(
            "GET",
            "GET",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives/{encode_key(creative_urn, SponsoredCreativeUrn, 'creative_urn')}",
            retry_safe=True,
        )
        response = await self._transport.send(request)
        return response.decode(Creative.from_dict)

    async def partial_update(
        self,
        *,
        ad_account_id: int,
        creative_urn: SponsoredCreativeUrn,
        original: Creative,
        modified: Creative,
    ) -> None:
        """Changes `intendedStatus`, `leadgenCallToAction` or `name` of one creative. A creative
        under review cannot be paused (400).

        Args:
            original: The entity as it is now (as fetched); the patch is the difference to `modified`.
            modified: The entity as it should be; read-only fields are never sent.
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
            creative_urn: The creative's URN, such as `urn:li:sponsoredCreative:120491345`,
                URL-encoded in the path (`urn%3Ali%3AsponsoredCreative%3A120491345`).
        """
        modified.validate()
        body = build_patch(original.to_request_dict(), modified.to_request_dict())
        _refuse_create_only(body["patch"])
        request = RestliRequest(
            "POST",
            "PARTIAL_UPDATE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives/{encode_key(creative_urn, SponsoredCreativeUrn, 'creative_urn')}",
            body=body,
        )
        await self._transport.send(request)

    async def delete(
        self,
        *,
        ad_account_id: int,
        creative_urn: SponsoredCreativeUrn,
    ) -> None:
        """Deletes one creative that is in draft, belongs to a draft campaign, or is a video
        creative whose processing failed.

        Args:
            ad_account_id: The numeric id of the ad account that owns the creatives (a parent key).
            creative_urn: The creative's URN, such as `urn:li:sponsoredCreative:120491345`,
                URL-encoded in the path (`urn%3Ali%3AsponsoredCreative%3A120491345`).
        """
        request = RestliRequest(
            "DELETE",
            "DELETE",
            f"/adAccounts/{encode_key(ad_account_id, int, 'ad_account_id')}/creatives/{encode_key(creative_urn, SponsoredCreativeUrn, 'creative_urn')}",
        )
        await self._transport.send(request)
