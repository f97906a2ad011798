"""Records of LinkedIn Marketing API version 202603.

Every field is optional in the class: responses leave out what was not asked for (projections) or
not set, and requests send only what is set. What the API requires on create is checked by
`validate(for_create=True)`, which the client calls before sending.

`from_dict` and `to_dict` are written out field by field (no reflection at run time) because decoding
large pages is the hot path of most integrations.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableSequence
from decimal import Decimal
from typing import Any, ClassVar, Self

from linkedin_marketing.errors import RequestValidationError
from linkedin_marketing.records import Records, records_to_dicts
from linkedin_marketing.values import Model, copy_json, intern_urn
from linkedin_marketing.v202603.enums import (
    AdAccountServingStatus,
    AdAccountSortField,
    AdAccountStatus,
    AdAccountType,
    AdCampaignCostType,
    AdCampaignCreativeSelection,
    AdCampaignGroupBidStrategy,
    AdCampaignGroupBudgetOptimizationStrategy,
    AdCampaignGroupCampaignType,
    AdCampaignGroupObjectiveType,
    AdCampaignGroupSearchStatus,
    AdCampaignGroupServingStatus,
    AdCampaignGroupStatus,
    AdCampaignObjectiveType,
    AdCampaignOptimizationTargetType,
    AdCampaignPacingStrategy,
    AdCampaignPoliticalIntent,
    AdCampaignServingStatus,
    AdCampaignStatus,
    AdCampaignType,
    CallToActionLabel,
    CreativeIntendedStatus,
    CreativeRejectionReason,
    CreativeReviewStatus,
    CreativeServingHoldReason,
    SortOrder,
)
from linkedin_marketing.v202603.urns import (
    AdFormUrn,
    AdInMailContentUrn,
    AnyUrn,
    DigitalmediaAssetUrn,
    EventUrn,
    OrganizationUrn,
    PersonUrn,
    ShareUrn,
    SponsoredAccountUrn,
    SponsoredCampaignGroupUrn,
    SponsoredCampaignUrn,
    SponsoredCreativeUrn,
    UgcPostUrn,
    parse_organization_urn_or_person_urn,
    parse_person_urn_or_organization_urn,
    parse_share_urn_or_ugc_post_urn_or_ad_in_mail_content_urn,
)

# Found once: `cls.__new__` looks `object.__new__` up through the class for every record.
_new = object.__new__

# The URNs decoded so far, by text, for each kind a field refers to (see `intern_urn`).
_AD_FORM_URN_CACHE: dict[Any, AdFormUrn] = {}
_ANY_URN_CACHE: dict[Any, AnyUrn] = {}
_DIGITALMEDIA_ASSET_URN_CACHE: dict[Any, DigitalmediaAssetUrn] = {}
_EVENT_URN_CACHE: dict[Any, EventUrn] = {}
_PERSON_URN_CACHE: dict[Any, PersonUrn] = {}
_SPONSORED_ACCOUNT_URN_CACHE: dict[Any, SponsoredAccountUrn] = {}
_SPONSORED_CAMPAIGN_GROUP_URN_CACHE: dict[Any, SponsoredCampaignGroupUrn] = {}
_SPONSORED_CAMPAIGN_URN_CACHE: dict[Any, SponsoredCampaignUrn] = {}
_UGC_POST_URN_CACHE: dict[Any, UgcPostUrn] = {}
_ORGANIZATION_URN_OR_PERSON_URN_CACHE: dict[Any, OrganizationUrn | PersonUrn] = {}
_PERSON_URN_OR_ORGANIZATION_URN_CACHE: dict[Any, PersonUrn | OrganizationUrn] = {}
_SHARE_URN_OR_UGC_POST_URN_OR_AD_IN_MAIL_CONTENT_URN_CACHE: dict[
    Any, ShareUrn | UgcPostUrn | AdInMailContentUrn
] = {}

# Members of each enum by value, for decoding: a dict lookup is much faster than calling the enum
# class, which is still called for values this version does not list.
_AD_ACCOUNT_SERVING_STATUS: dict[str, AdAccountServingStatus] = {
    member.value: member for member in AdAccountServingStatus
}
_AD_ACCOUNT_SORT_FIELD: dict[str, AdAccountSortField] = {
    member.value: member for member in AdAccountSortField
}
_AD_ACCOUNT_STATUS: dict[str, AdAccountStatus] = {
    member.value: member for member in AdAccountStatus
}
_AD_ACCOUNT_TYPE: dict[str, AdAccountType] = {member.value: member for member in AdAccountType}
_AD_CAMPAIGN_COST_TYPE: dict[str, AdCampaignCostType] = {
    member.value: member for member in AdCampaignCostType
}
_AD_CAMPAIGN_CREATIVE_SELECTION: dict[str, AdCampaignCreativeSelection] = {
    member.value: member for member in AdCampaignCreativeSelection
}
_AD_CAMPAIGN_GROUP_BID_STRATEGY: dict[str, AdCampaignGroupBidStrategy] = {
    member.value: member for member in AdCampaignGroupBidStrategy
}
_AD_CAMPAIGN_GROUP_BUDGET_OPTIMIZATION_STRATEGY: dict[
    str, AdCampaignGroupBudgetOptimizationStrategy
] = {member.value: member for member in AdCampaignGroupBudgetOptimizationStrategy}
_AD_CAMPAIGN_GROUP_CAMPAIGN_TYPE: dict[str, AdCampaignGroupCampaignType] = {
    member.value: member for member in AdCampaignGroupCampaignType
}
_AD_CAMPAIGN_GROUP_OBJECTIVE_TYPE: dict[str, AdCampaignGroupObjectiveType] = {
    member.value: member for member in AdCampaignGroupObjectiveType
}
_AD_CAMPAIGN_GROUP_SEARCH_STATUS: dict[str, AdCampaignGroupSearchStatus] = {
    member.value: member for member in AdCampaignGroupSearchStatus
}
_AD_CAMPAIGN_GROUP_SERVING_STATUS: dict[str, AdCampaignGroupServingStatus] = {
    member.value: member for member in AdCampaignGroupServingStatus
}
_AD_CAMPAIGN_GROUP_STATUS: dict[str, AdCampaignGroupStatus] = {
    member.value: member for member in AdCampaignGroupStatus
}
_AD_CAMPAIGN_OBJECTIVE_TYPE: dict[str, AdCampaignObjectiveType] = {
    member.value: member for member in AdCampaignObjectiveType
}
_AD_CAMPAIGN_OPTIMIZATION_TARGET_TYPE: dict[str, AdCampaignOptimizationTargetType] = {
    member.value: member for member in AdCampaignOptimizationTargetType
}
_AD_CAMPAIGN_PACING_STRATEGY: dict[str, AdCampaignPacingStrategy] = {
    member.value: member for member in AdCampaignPacingStrategy
}
_AD_CAMPAIGN_POLITICAL_INTENT: dict[str, AdCampaignPoliticalIntent] = {
    member.value: member for member in AdCampaignPoliticalIntent
}
_AD_CAMPAIGN_SERVING_STATUS: dict[str, AdCampaignServingStatus] = {
    member.value: member for member in AdCampaignServingStatus
}
_AD_CAMPAIGN_STATUS: dict[str, AdCampaignStatus] = {
    member.value: member for member in AdCampaignStatus
}
_AD_CAMPAIGN_TYPE: dict[str, AdCampaignType] = {member.value: member for member in AdCampaignType}
_CALL_TO_ACTION_LABEL: dict[str, CallToActionLabel] = {
    member.value: member for member in CallToActionLabel
}
_CREATIVE_INTENDED_STATUS: dict[str, CreativeIntendedStatus] = {
    member.value: member for member in CreativeIntendedStatus
}
_CREATIVE_REJECTION_REASON: dict[str, CreativeRejectionReason] = {
    member.value: member for member in CreativeRejectionReason
}
_CREATIVE_REVIEW_STATUS: dict[str, CreativeReviewStatus] = {
    member.value: member for member in CreativeReviewStatus
}
_CREATIVE_SERVING_HOLD_REASON: dict[str, CreativeServingHoldReason] = {
    member.value: member for member in CreativeServingHoldReason
}
_SORT_ORDER: dict[str, SortOrder] = {member.value: member for member in SortOrder}


class AdAccount(Model):
    """An advertising account: the owner of campaign groups, campaigns and creatives (at most 5,000
    campaigns and 15,000 creatives per account), billed in one currency. `name` and `type` must be
    sent on create.

    Attributes:
        id: The account's numeric id, assigned by LinkedIn on create. Read-only: set by LinkedIn,
            never sent.
        name: The account's display name.
        type: The kind of ad account. Only `BUSINESS` accounts can be created, or be test accounts,
            through the API.
        status: The lifecycle state of an ad account; new accounts are `ACTIVE` unless told
            otherwise.
        currency: The ISO 4217 code of the currency in which budgets, bids and spend of the account
            are expressed; `USD` when not sent. An account in Brazilian reais (`BRL`) shows amounts
            in BRL but is invoiced in US dollars.
        reference: The organization or member the account advertises for: `urn:li:organization:{id}`
            or `urn:li:person:{id}`. Optional.
        reference_info: Details of the entity in `reference`, returned only when asked for as an
            additional info field (the replacement of response decoration since 202211):
            organization details for an organization, member details for a member, and an empty
            object for any other kind. Read-only: set by LinkedIn, never sent.
        serving_statuses: Whether the account can serve ads, as computed by LinkedIn: exactly
            `[RUNNABLE]` when it can, otherwise one or more reasons why it cannot. Read-only: set by
            LinkedIn, never sent.
        test: Whether this is a test account, whose ads are never served or billed. It can only be
            set when the account is created (one test account per developer application, `BUSINESS`
            type only) and never changed afterwards; everything created under a test account is a
            test entity too. Can only be set on create.
        notified_on_campaign_optimization: Whether the campaign contact gets messages about ways to
            optimise campaigns.
        notified_on_creative_approval: Whether the creative contact gets a message when a creative
            passes review.
        notified_on_creative_rejection: Whether the creative contact gets a message when a creative
            is rejected for its content.
        notified_on_end_of_campaign: Whether the campaign contact gets a message when one of the
            account's campaigns ends.
        notified_on_new_features_enabled: Whether the account owner gets messages about new Campaign
            Manager features.
        change_audit_stamps: When the entity was created and last modified. Returned by the API
            although the documented schemas do not list it. Read-only: set by LinkedIn, never sent.
        version: The revision of the account record. Returned by the API although the documented
            schema does not list it. Read-only: set by LinkedIn, never sent.
    """

    __slots__ = (
        "id",
        "name",
        "type",
        "status",
        "currency",
        "reference",
        "reference_info",
        "serving_statuses",
        "test",
        "notified_on_campaign_optimization",
        "notified_on_creative_approval",
        "notified_on_creative_rejection",
        "notified_on_end_of_campaign",
        "notified_on_new_features_enabled",
        "change_audit_stamps",
        "version",
    )
    _wire = (
        "id",
        "name",
        "type",
        "status",
        "currency",
        "reference",
        "referenceInfo",
        "servingStatuses",
        "test",
        "notifiedOnCampaignOptimization",
        "notifiedOnCreativeApproval",
        "notifiedOnCreativeRejection",
        "notifiedOnEndOfCampaign",
        "notifiedOnNewFeaturesEnabled",
        "changeAuditStamps",
        "version",
    )
    _known = frozenset(_wire)

    id: int | None
    name: str | None
    type: AdAccountType | None
    status: AdAccountStatus | None
    currency: str | None
    reference: OrganizationUrn | PersonUrn | None
    reference_info: Any
    serving_statuses: list[AdAccountServingStatus] | None
    test: bool | None
    notified_on_campaign_optimization: bool | None
    notified_on_creative_approval: bool | None
    notified_on_creative_rejection: bool | None
    notified_on_end_of_campaign: bool | None
    notified_on_new_features_enabled: bool | None
    change_audit_stamps: ChangeAuditStamps | None
    version: AdAccountVersion | None

    def __init__(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        type: AdAccountType | None = None,
        status: AdAccountStatus | None = None,
        currency: str | None = None,
        reference: OrganizationUrn | PersonUrn | None = None,
        reference_info: Any = None,
        serving_statuses: list[AdAccountServingStatus] | None = None,
        test: bool | None = None,
        notified_on_campaign_optimization: bool | None = None,
        notified_on_creative_approval: bool | None = None,
        notified_on_creative_rejection: bool | None = None,
        notified_on_end_of_campaign: bool | None = None,
        notified_on_new_features_enabled: bool | None = None,
        change_audit_stamps: ChangeAuditStamps | None = None,
        version: AdAccountVersion | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.type = type
        self.status = status
        self.currency = currency
        self.reference = reference
        self.reference_info = reference_info
        self.serving_statuses = serving_statuses
        self.test = test
        self.notified_on_campaign_optimization = notified_on_campaign_optimization
        self.notified_on_creative_approval = notified_on_creative_approval
        self.notified_on_creative_rejection = notified_on_creative_rejection
        self.notified_on_end_of_campaign = notified_on_end_of_campaign
        self.notified_on_new_features_enabled = notified_on_new_features_enabled
        self.change_audit_stamps = change_audit_stamps
        self.version = version
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccount from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.id = data.get("id")
        obj.name = data.get("name")
        v = data.get("type")
        obj.type = None if v is None else (_AD_ACCOUNT_TYPE.get(v) or AdAccountType(v))
        v = data.get("status")
        obj.status = None if v is None else (_AD_ACCOUNT_STATUS.get(v) or AdAccountStatus(v))
        obj.currency = data.get("currency")
        v = data.get("reference")
        obj.reference = (
            None
            if v is None
            else (
                _ORGANIZATION_URN_OR_PERSON_URN_CACHE.get(v)
                or intern_urn(
                    _ORGANIZATION_URN_OR_PERSON_URN_CACHE, parse_organization_urn_or_person_urn, v
                )
            )
        )
        obj.reference_info = data.get("referenceInfo")
        v = data.get("servingStatuses")
        obj.serving_statuses = (
            None
            if v is None
            else [(_AD_ACCOUNT_SERVING_STATUS.get(v1) or AdAccountServingStatus(v1)) for v1 in v]
        )
        obj.test = data.get("test")
        obj.notified_on_campaign_optimization = data.get("notifiedOnCampaignOptimization")
        obj.notified_on_creative_approval = data.get("notifiedOnCreativeApproval")
        obj.notified_on_creative_rejection = data.get("notifiedOnCreativeRejection")
        obj.notified_on_end_of_campaign = data.get("notifiedOnEndOfCampaign")
        obj.notified_on_new_features_enabled = data.get("notifiedOnNewFeaturesEnabled")
        v = data.get("changeAuditStamps")
        obj.change_audit_stamps = None if v is None else _decode_ChangeAuditStamps(v)
        v = data.get("version")
        obj.version = None if v is None else _decode_AdAccountVersion(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.type is not None:
            data["type"] = str(self.type)
        if self.status is not None:
            data["status"] = str(self.status)
        if self.currency is not None:
            data["currency"] = self.currency
        if self.reference is not None:
            data["reference"] = self.reference
        if self.reference_info is not None:
            data["referenceInfo"] = copy_json(self.reference_info)
        if self.serving_statuses is not None:
            data["servingStatuses"] = [str(v0) for v0 in self.serving_statuses]
        if self.test is not None:
            data["test"] = self.test
        if self.notified_on_campaign_optimization is not None:
            data["notifiedOnCampaignOptimization"] = self.notified_on_campaign_optimization
        if self.notified_on_creative_approval is not None:
            data["notifiedOnCreativeApproval"] = self.notified_on_creative_approval
        if self.notified_on_creative_rejection is not None:
            data["notifiedOnCreativeRejection"] = self.notified_on_creative_rejection
        if self.notified_on_end_of_campaign is not None:
            data["notifiedOnEndOfCampaign"] = self.notified_on_end_of_campaign
        if self.notified_on_new_features_enabled is not None:
            data["notifiedOnNewFeaturesEnabled"] = self.notified_on_new_features_enabled
        if self.change_audit_stamps is not None:
            data["changeAuditStamps"] = self.change_audit_stamps.to_dict()
        if self.version is not None:
            data["version"] = self.version.to_dict()
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.name is not None:
            data["name"] = self.name
        if self.type is not None:
            data["type"] = str(self.type)
        if self.status is not None:
            data["status"] = str(self.status)
        if self.currency is not None:
            data["currency"] = self.currency
        if self.reference is not None:
            data["reference"] = self.reference
        if self.test is not None:
            data["test"] = self.test
        if self.notified_on_campaign_optimization is not None:
            data["notifiedOnCampaignOptimization"] = self.notified_on_campaign_optimization
        if self.notified_on_creative_approval is not None:
            data["notifiedOnCreativeApproval"] = self.notified_on_creative_approval
        if self.notified_on_creative_rejection is not None:
            data["notifiedOnCreativeRejection"] = self.notified_on_creative_rejection
        if self.notified_on_end_of_campaign is not None:
            data["notifiedOnEndOfCampaign"] = self.notified_on_end_of_campaign
        if self.notified_on_new_features_enabled is not None:
            data["notifiedOnNewFeaturesEnabled"] = self.notified_on_new_features_enabled
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.name is None:
            raise RequestValidationError(path + "name", "is required on create")

        if for_create and self.type is None:
            raise RequestValidationError(path + "type", "is required on create")


class AdAccountBatchCreateRequest(Model):
    """The body of a batch create, listing the accounts to create in order.

    Attributes:
        elements: Not described by the documentation.
    """

    __slots__ = ("elements",)
    _wire = ("elements",)
    _known = frozenset(_wire)

    elements: MutableSequence[AdAccount] | None

    def __init__(
        self,
        *,
        elements: MutableSequence[AdAccount] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.elements = elements
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccountBatchCreateRequest from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("elements")
        obj.elements = None if v is None else Records.from_json(v, _decode_AdAccount, ("elements",))
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included. Records of `elements` never
        read are the JSON objects they were decoded from, shared, not copied."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = records_to_dicts(self.elements)
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = [v0.to_request_dict() for v0 in self.elements]
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.elements is None:
            if for_create:
                raise RequestValidationError(path + "elements", "is required on create")
        elif len(self.elements) < 1:
            raise RequestValidationError(path + "elements", "must hold at least 1 items")
        else:
            for index, item in enumerate(self.elements):
                item.validate(for_create=for_create, path=f"{path}elements[{index}].")


class AdAccountBatchGetResponse(Model):
    """The answer to a batch_get, keyed by account id (as a string): the accounts found in
    `results`, the ids that failed in `errors`, and the HTTP status of each id in `statuses`.

    Attributes:
        results: Not described by the documentation.
        errors: Not described by the documentation.
        statuses: Not described by the documentation.
    """

    __slots__ = (
        "results",
        "errors",
        "statuses",
    )
    _wire = (
        "results",
        "errors",
        "statuses",
    )
    _known = frozenset(_wire)

    results: dict[str, AdAccount] | None
    errors: dict[str, Error] | None
    statuses: dict[str, int] | None

    def __init__(
        self,
        *,
        results: dict[str, AdAccount] | None = None,
        errors: dict[str, Error] | None = None,
        statuses: dict[str, int] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.results = results
        self.errors = errors
        self.statuses = statuses
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccountBatchGetResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("results")
        obj.results = None if v is None else {k1: _decode_AdAccount(v1) for k1, v1 in v.items()}
        v = data.get("errors")
        obj.errors = None if v is None else {k1: _decode_Error(v1) for k1, v1 in v.items()}
        obj.statuses = data.get("statuses")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.results is not None:
            data["results"] = {k0: v0.to_dict() for k0, v0 in self.results.items()}
        if self.errors is not None:
            data["errors"] = {k0: v0.to_dict() for k0, v0 in self.errors.items()}
        if self.statuses is not None:
            data["statuses"] = dict(self.statuses)
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.results is not None:
            data["results"] = {k0: v0.to_request_dict() for k0, v0 in self.results.items()}
        if self.errors is not None:
            data["errors"] = {k0: v0.to_request_dict() for k0, v0 in self.errors.items()}
        if self.statuses is not None:
            data["statuses"] = dict(self.statuses)
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.results is not None:
            for key, item in self.results.items():
                item.validate(for_create=for_create, path=f"{path}results[{key}].")


class AdAccountIdCriterion(Model):
    """Matches accounts whose URN is one of the values.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[SponsoredAccountUrn] | None

    def __init__(
        self,
        *,
        values: list[SponsoredAccountUrn] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccountIdCriterion from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("values")
        obj.values = None if v is None else list(map(SponsoredAccountUrn, v))
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = list(self.values)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.values is None:
            raise RequestValidationError(path + "values", "is required on create")


class AdAccountNameCriterion(Model):
    """Matches accounts whose name is one of the values.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[str] | None

    def __init__(
        self,
        *,
        values: list[str] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccountNameCriterion from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.values = data.get("values")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = list(self.values)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.values is None:
            raise RequestValidationError(path + "values", "is required on create")


class AdAccountReferenceCriterion(Model):
    """Matches accounts that advertise for one of the given organizations or members.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[OrganizationUrn | PersonUrn] | None

    def __init__(
        self,
        *,
        values: list[OrganizationUrn | PersonUrn] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccountReferenceCriterion from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("values")
        obj.values = None if v is None else [parse_organization_urn_or_person_urn(v1) for v1 in v]
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = list(self.values)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.values is None:
            raise RequestValidationError(path + "values", "is required on create")


class AdAccountSearchCriteria(Model):
    """The `search` value of the search finder. Each criterion but `test` holds a `values` list; an
    account matches when it matches every criterion given and, within one criterion, any of its
    values. Nothing given matches every account the member can access.

    Attributes:
        id: Matches accounts whose URN is one of the values.
        name: Matches accounts whose name is one of the values.
        reference: Matches accounts that advertise for one of the given organizations or members.
        type: Matches accounts of one of the given types.
        status: Matches accounts in one of the given statuses.
        test: `true` keeps only test accounts, `false` only regular ones; absent keeps both. Unlike
            the other criteria this is a plain boolean (`test:true`), not a `values` list.
    """

    __slots__ = (
        "id",
        "name",
        "reference",
        "type",
        "status",
        "test",
    )
    _wire = (
        "id",
        "name",
        "reference",
        "type",
        "status",
        "test",
    )
    _known = frozenset(_wire)

    id: AdAccountIdCriterion | None
    name: AdAccountNameCriterion | None
    reference: AdAccountReferenceCriterion | None
    type: AdAccountTypeCriterion | None
    status: AdAccountStatusCriterion | None
    test: bool | None

    def __init__(
        self,
        *,
        id: AdAccountIdCriterion | None = None,
        name: AdAccountNameCriterion | None = None,
        reference: AdAccountReferenceCriterion | None = None,
        type: AdAccountTypeCriterion | None = None,
        status: AdAccountStatusCriterion | None = None,
        test: bool | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.reference = reference
        self.type = type
        self.status = status
        self.test = test
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccountSearchCriteria from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("id")
        obj.id = None if v is None else _decode_AdAccountIdCriterion(v)
        v = data.get("name")
        obj.name = None if v is None else _decode_AdAccountNameCriterion(v)
        v = data.get("reference")
        obj.reference = None if v is None else _decode_AdAccountReferenceCriterion(v)
        v = data.get("type")
        obj.type = None if v is None else _decode_AdAccountTypeCriterion(v)
        v = data.get("status")
        obj.status = None if v is None else _decode_AdAccountStatusCriterion(v)
        obj.test = data.get("test")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.id is not None:
            data["id"] = self.id.to_dict()
        if self.name is not None:
            data["name"] = self.name.to_dict()
        if self.reference is not None:
            data["reference"] = self.reference.to_dict()
        if self.type is not None:
            data["type"] = self.type.to_dict()
        if self.status is not None:
            data["status"] = self.status.to_dict()
        if self.test is not None:
            data["test"] = self.test
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.id is not None:
            self.id.validate(for_create=for_create, path=path + "id.")

        if self.name is not None:
            self.name.validate(for_create=for_create, path=path + "name.")

        if self.reference is not None:
            self.reference.validate(for_create=for_create, path=path + "reference.")

        if self.type is not None:
            self.type.validate(for_create=for_create, path=path + "type.")

        if self.status is not None:
            self.status.validate(for_create=for_create, path=path + "status.")


class AdAccountSearchResponse(Model):
    """One page of search results. Up to 202311 the page is described by `paging` (index paging,
    with a total); from 202401 by `metadata`, whose `nextPageToken` is absent on the last page, and
    no total is given.

    Attributes:
        elements: The accounts of this page.
        metadata: Cursor paging metadata of a finder response.
    """

    __slots__ = (
        "elements",
        "metadata",
    )
    _wire = (
        "elements",
        "metadata",
    )
    _known = frozenset(_wire)

    elements: MutableSequence[AdAccount] | None
    metadata: CursorMetadata | None

    def __init__(
        self,
        *,
        elements: MutableSequence[AdAccount] | None = None,
        metadata: CursorMetadata | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.elements = elements
        self.metadata = metadata
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccountSearchResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("elements")
        obj.elements = None if v is None else Records.from_json(v, _decode_AdAccount, ("elements",))
        v = data.get("metadata")
        obj.metadata = None if v is None else _decode_CursorMetadata(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included. Records of `elements` never
        read are the JSON objects they were decoded from, shared, not copied."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = records_to_dicts(self.elements)
        if self.metadata is not None:
            data["metadata"] = self.metadata.to_dict()
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = [v0.to_request_dict() for v0 in self.elements]
        if self.metadata is not None:
            data["metadata"] = self.metadata.to_request_dict()
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.elements is None:
            if for_create:
                raise RequestValidationError(path + "elements", "is required on create")
        else:
            for index, item in enumerate(self.elements):
                item.validate(for_create=for_create, path=f"{path}elements[{index}].")


class AdAccountSort(Model):
    """The `sort` value of the search finder (the way to sort up to 202311, superseded by
    `sortOrder` from 202401); leave it out for ascending id order.

    Attributes:
        field: The field to sort by; the account id is the only choice.
        order: The direction of a sort by entity id.
    """

    __slots__ = (
        "field",
        "order",
    )
    _wire = (
        "field",
        "order",
    )
    _known = frozenset(_wire)

    field: AdAccountSortField | None
    order: SortOrder | None

    def __init__(
        self,
        *,
        field: AdAccountSortField | None = None,
        order: SortOrder | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.field = field
        self.order = order
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccountSort from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("field")
        obj.field = None if v is None else (_AD_ACCOUNT_SORT_FIELD.get(v) or AdAccountSortField(v))
        v = data.get("order")
        obj.order = None if v is None else (_SORT_ORDER.get(v) or SortOrder(v))
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.field is not None:
            data["field"] = str(self.field)
        if self.order is not None:
            data["order"] = str(self.order)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdAccountStatusCriterion(Model):
    """Matches accounts in one of the given statuses.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[AdAccountStatus] | None

    def __init__(
        self,
        *,
        values: list[AdAccountStatus] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccountStatusCriterion from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("values")
        obj.values = (
            None if v is None else [(_AD_ACCOUNT_STATUS.get(v1) or AdAccountStatus(v1)) for v1 in v]
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = [str(v0) for v0 in self.values]
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.values is None:
            raise RequestValidationError(path + "values", "is required on create")


class AdAccountTypeCriterion(Model):
    """Matches accounts of one of the given types.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[AdAccountType] | None

    def __init__(
        self,
        *,
        values: list[AdAccountType] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccountTypeCriterion from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("values")
        obj.values = (
            None if v is None else [(_AD_ACCOUNT_TYPE.get(v1) or AdAccountType(v1)) for v1 in v]
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = [str(v0) for v0 in self.values]
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.values is None:
            raise RequestValidationError(path + "values", "is required on create")


class AdAccountVersion(Model):
    """The revision of the account record. Returned by the API although the documented schema does
    not list it.

    Attributes:
        version_tag: An opaque revision marker that changes whenever the account changes (a number
            sent as a string, such as `"4"`).
    """

    __slots__ = ("version_tag",)
    _wire = ("versionTag",)
    _known = frozenset(_wire)

    version_tag: str | None

    def __init__(
        self,
        *,
        version_tag: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.version_tag = version_tag
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdAccountVersion from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.version_tag = data.get("versionTag")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.version_tag is not None:
            data["versionTag"] = self.version_tag
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaign(Model):
    """A campaign: the budget, bid, schedule, audience and ad type shared by its creatives. It
    belongs to one campaign group of one ad account. A create must carry `account`, `campaignGroup`,
    `costType`, `locale`, `name`, `offsiteDeliveryEnabled`, `status`, `type` and `unitCost`, and
    also `targetingCriteria` (unless the deprecated `targeting` is given) and `dailyBudget` or
    `totalBudget`. An account holds at most 5,000 campaigns, 1,000 of them ACTIVE; a campaign holds
    at most 15 active and 85 inactive creatives.

    Attributes:
        id: The campaign id, assigned by LinkedIn. Read-only: set by LinkedIn, never sent.
        account: The ad account of the campaign; it cannot change after creation and names the same
            account as the `adAccountId` of the path. Can only be set on create.
        account_info: Details of the ad account named by `account`: an Additional Info Field,
            returned only when asked for explicitly and never sent. Its content is the ad account
            record. Read-only: set by LinkedIn, never sent.
        associated_entity: Who the campaign advertises for: an organization or a member. Needed for
            Sponsored Content, Dynamic Ads and Lead Gen Form campaigns; it cannot change for
            sponsored update campaigns (IMMUTABLE_ASSOCIATED_ENTITY).
        associated_entity_info: Details of `associatedEntity` (an Additional Info Field, never
            sent): for an organization its id, name, vanityName, localizedName and logo; for a
            member its id and vanityName; an empty record for other kinds. Read-only: set by
            LinkedIn, never sent.
        audience_expansion_enabled: Whether LinkedIn may widen some targeting criteria to reach
            similar members.
        campaign_group: The campaign group the campaign belongs to, a group of the same ad account.
            Required on create since October 2020. No source says whether a campaign can move to
            another group; it is treated as fixed at creation. Can only be set on create.
        campaign_group_info: Details of the campaign group named by `campaignGroup` (an Additional
            Info Field, never sent). Its content is the campaign group record. Read-only: set by
            LinkedIn, never sent.
        cost_type: What the campaign pays for.
        creative_selection: How the campaign picks which of its creatives to serve. OPTIMIZED is the
            default; the page says it is not available for SPONSORED_INMAILS, which changed in
            202607, when it became the default for SPONSORED_INMAILS campaigns with the
            LEAD_GENERATION objective.
        daily_budget: The most the campaign may spend per UTC day, in the currency of the ad
            account. Required unless `totalBudget` is given.
        locale: The language of the campaign's ads. The country and language pair must be one of
            LinkedIn's supported locales (such as US/en).
        name: A label for the campaign. The schema gives no maximum length; the error registry's
            FIELD_LENGTH_TOO_LONG applies to it.
        objective_type: The marketing objective of the campaign, fixed once set
            (IMMUTABLE_CAMPAIGN_OBJECTIVE_TYPE); it decides which optimization targets and cost
            types are allowed. The documentation spells several values both in the plural (its
            schema table) and in the singular (its budget and pricing page); both spellings are
            accepted. Can only be set on create.
        offsite_delivery_enabled: Whether the campaign may also serve on the LinkedIn Audience
            Network (third-party apps and sites). Required: LinkedIn applies no default.
        offsite_preferences: Where on the LinkedIn Audience Network the campaign may or may not
            serve. LinkedIn's page refers to a sub-schema that no source available holds; the shape
            here is what campaigns return (IAB categories and publisher restriction files, each with
            include and exclude lists). Unknown members are kept.
        run_schedule: When the creatives of the campaign may run, in epoch milliseconds: `start`
            (inclusive) must be set; without `end` (exclusive) the campaign runs open-ended.
        targeting_criteria: The audience, as facets to include (every `and` clause must match, any
            value within a clause) and to exclude. Required unless the deprecated `targeting` is
            given; once a campaign uses it, it cannot go back to `targeting`. A facet holds at most
            100 values (an observation of LinkedIn's 400 answer, not a documented limit, so not
            checked here).
        targeting: The audience in the deprecated format that `targetingCriteria` replaced; still
            returned for older campaigns. Sending it is refused with TARGETING_FIELD_DEPRECATED, so
            it is never sent. Read-only: set by LinkedIn, never sent.
        total_budget: The most the campaign may spend over its whole run, in the currency of the ad
            account. Required unless `dailyBudget` is given; deprecated except for campaigns with
            lifetime pacing.
        type: The kind of ads the campaign runs.
        unit_cost: The bid (manual bidding), the target cost (target cost bidding) or the cost cap
            (cost cap bidding) per click, impression or other event of the pricing model; not
            negative. The schema table marks it required and also gives 0 in the account's currency
            as its default; required is what is declared.
        version: The revision of the campaign as LinkedIn tracks it. Read-only: set by LinkedIn,
            never sent.
        status: The lifecycle status of a campaign, set by the advertiser, except COMPLETED,
            CANCELED and REMOVED, which LinkedIn sets. Spelled CANCELED here and in the search
            criterion alike.
        optimization_target_type: What the campaign's spending is optimized for; NONE (the default)
            means no optimization. Which targets an objective allows is decided by LinkedIn
            (INVALID_CAMPAIGN_CONFIGURATION).
        format: The ad format of the campaign, such as `SPONSORED_UPDATE_EVENT` for event ads. Its
            values are listed on LinkedIn's campaign formats page, which no source available holds,
            so it is a plain string here.
        pacing_strategy: How the campaign spends its budget over time. Optional, and set on create
            only. Can only be set on create.
        test: True for a campaign of a test ad account. Set by LinkedIn at creation from the account
            and never changed. Read-only: set by LinkedIn, never sent.
        serving_statuses: Why the campaign can or cannot serve right now, as computed by LinkedIn
            (as opposed to `status`, which the advertiser sets). Read-only: set by LinkedIn, never
            sent.
        connected_television_only: True for a Connected TV only campaign; such a campaign must also
            set `offsiteDeliveryEnabled` to true. Left out, it counts as false.
        optimization_preference: Finer optimization on top of `optimizationTargetType`, a union of
            which frequency optimization is the only documented member.
        political_intent: Whether the advertiser declares the campaign to be political advertising.
            Can be changed when the campaign's targeting changes. Applications creating campaigns
            that target the EU must show advertisers LinkedIn's consent text (checked by default)
            and send the answer here.
        story_delivery_enabled: Whether the campaign also serves in LinkedIn stories. Returned by
            the API but not in its documented schema; never sent. Read-only: set by LinkedIn, never
            sent.
        change_audit_stamps: When the campaign was created and last changed (and by whom, when
            known). Read-only: set by LinkedIn, never sent.
    """

    __slots__ = (
        "id",
        "account",
        "account_info",
        "associated_entity",
        "associated_entity_info",
        "audience_expansion_enabled",
        "campaign_group",
        "campaign_group_info",
        "cost_type",
        "creative_selection",
        "daily_budget",
        "locale",
        "name",
        "objective_type",
        "offsite_delivery_enabled",
        "offsite_preferences",
        "run_schedule",
        "targeting_criteria",
        "targeting",
        "total_budget",
        "type",
        "unit_cost",
        "version",
        "status",
        "optimization_target_type",
        "format",
        "pacing_strategy",
        "test",
        "serving_statuses",
        "connected_television_only",
        "optimization_preference",
        "political_intent",
        "story_delivery_enabled",
        "change_audit_stamps",
    )
    _wire = (
        "id",
        "account",
        "accountInfo",
        "associatedEntity",
        "associatedEntityInfo",
        "audienceExpansionEnabled",
        "campaignGroup",
        "campaignGroupInfo",
        "costType",
        "creativeSelection",
        "dailyBudget",
        "locale",
        "name",
        "objectiveType",
        "offsiteDeliveryEnabled",
        "offsitePreferences",
        "runSchedule",
        "targetingCriteria",
        "targeting",
        "totalBudget",
        "type",
        "unitCost",
        "version",
        "status",
        "optimizationTargetType",
        "format",
        "pacingStrategy",
        "test",
        "servingStatuses",
        "connectedTelevisionOnly",
        "optimizationPreference",
        "politicalIntent",
        "storyDeliveryEnabled",
        "changeAuditStamps",
    )
    _known = frozenset(_wire)

    id: int | None
    account: SponsoredAccountUrn | None
    account_info: dict[str, Any] | None
    associated_entity: OrganizationUrn | PersonUrn | None
    associated_entity_info: dict[str, Any] | None
    audience_expansion_enabled: bool | None
    campaign_group: SponsoredCampaignGroupUrn | None
    campaign_group_info: dict[str, Any] | None
    cost_type: AdCampaignCostType | None
    creative_selection: AdCampaignCreativeSelection | None
    daily_budget: MoneyAmount | None
    locale: AdCampaignLocale | None
    name: str | None
    objective_type: AdCampaignObjectiveType | None
    offsite_delivery_enabled: bool | None
    offsite_preferences: AdCampaignOffsitePreferences | None
    run_schedule: DateRange | None
    targeting_criteria: TargetingCriteria | None
    targeting: AdCampaignLegacyTargeting | None
    total_budget: MoneyAmount | None
    type: AdCampaignType | None
    unit_cost: MoneyAmount | None
    version: AdCampaignVersion | None
    status: AdCampaignStatus | None
    optimization_target_type: AdCampaignOptimizationTargetType | None
    format: str | None
    pacing_strategy: AdCampaignPacingStrategy | None
    test: bool | None
    serving_statuses: list[AdCampaignServingStatus] | None
    connected_television_only: bool | None
    optimization_preference: AdCampaignOptimizationPreference | None
    political_intent: AdCampaignPoliticalIntent | None
    story_delivery_enabled: bool | None
    change_audit_stamps: ChangeAuditStamps | None

    def __init__(
        self,
        *,
        id: int | None = None,
        account: SponsoredAccountUrn | None = None,
        account_info: dict[str, Any] | None = None,
        associated_entity: OrganizationUrn | PersonUrn | None = None,
        associated_entity_info: dict[str, Any] | None = None,
        audience_expansion_enabled: bool | None = None,
        campaign_group: SponsoredCampaignGroupUrn | None = None,
        campaign_group_info: dict[str, Any] | None = None,
        cost_type: AdCampaignCostType | None = None,
        creative_selection: AdCampaignCreativeSelection | None = None,
        daily_budget: MoneyAmount | None = None,
        locale: AdCampaignLocale | None = None,
        name: str | None = None,
        objective_type: AdCampaignObjectiveType | None = None,
        offsite_delivery_enabled: bool | None = None,
        offsite_preferences: AdCampaignOffsitePreferences | None = None,
        run_schedule: DateRange | None = None,
        targeting_criteria: TargetingCriteria | None = None,
        targeting: AdCampaignLegacyTargeting | None = None,
        total_budget: MoneyAmount | None = None,
        type: AdCampaignType | None = None,
        unit_cost: MoneyAmount | None = None,
        version: AdCampaignVersion | None = None,
        status: AdCampaignStatus | None = None,
        optimization_target_type: AdCampaignOptimizationTargetType | None = None,
        format: str | None = None,
        pacing_strategy: AdCampaignPacingStrategy | None = None,
        test: bool | None = None,
        serving_statuses: list[AdCampaignServingStatus] | None = None,
        connected_television_only: bool | None = None,
        optimization_preference: AdCampaignOptimizationPreference | None = None,
        political_intent: AdCampaignPoliticalIntent | None = None,
        story_delivery_enabled: bool | None = None,
        change_audit_stamps: ChangeAuditStamps | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.account = account
        self.account_info = account_info
        self.associated_entity = associated_entity
        self.associated_entity_info = associated_entity_info
        self.audience_expansion_enabled = audience_expansion_enabled
        self.campaign_group = campaign_group
        self.campaign_group_info = campaign_group_info
        self.cost_type = cost_type
        self.creative_selection = creative_selection
        self.daily_budget = daily_budget
        self.locale = locale
        self.name = name
        self.objective_type = objective_type
        self.offsite_delivery_enabled = offsite_delivery_enabled
        self.offsite_preferences = offsite_preferences
        self.run_schedule = run_schedule
        self.targeting_criteria = targeting_criteria
        self.targeting = targeting
        self.total_budget = total_budget
        self.type = type
        self.unit_cost = unit_cost
        self.version = version
        self.status = status
        self.optimization_target_type = optimization_target_type
        self.format = format
        self.pacing_strategy = pacing_strategy
        self.test = test
        self.serving_statuses = serving_statuses
        self.connected_television_only = connected_television_only
        self.optimization_preference = optimization_preference
        self.political_intent = political_intent
        self.story_delivery_enabled = story_delivery_enabled
        self.change_audit_stamps = change_audit_stamps
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaign from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.id = data.get("id")
        v = data.get("account")
        obj.account = (
            None
            if v is None
            else (
                _SPONSORED_ACCOUNT_URN_CACHE.get(v)
                or intern_urn(_SPONSORED_ACCOUNT_URN_CACHE, SponsoredAccountUrn, v)
            )
        )
        obj.account_info = data.get("accountInfo")
        v = data.get("associatedEntity")
        obj.associated_entity = (
            None
            if v is None
            else (
                _ORGANIZATION_URN_OR_PERSON_URN_CACHE.get(v)
                or intern_urn(
                    _ORGANIZATION_URN_OR_PERSON_URN_CACHE, parse_organization_urn_or_person_urn, v
                )
            )
        )
        obj.associated_entity_info = data.get("associatedEntityInfo")
        obj.audience_expansion_enabled = data.get("audienceExpansionEnabled")
        v = data.get("campaignGroup")
        obj.campaign_group = (
            None
            if v is None
            else (
                _SPONSORED_CAMPAIGN_GROUP_URN_CACHE.get(v)
                or intern_urn(_SPONSORED_CAMPAIGN_GROUP_URN_CACHE, SponsoredCampaignGroupUrn, v)
            )
        )
        obj.campaign_group_info = data.get("campaignGroupInfo")
        v = data.get("costType")
        obj.cost_type = (
            None if v is None else (_AD_CAMPAIGN_COST_TYPE.get(v) or AdCampaignCostType(v))
        )
        v = data.get("creativeSelection")
        obj.creative_selection = (
            None
            if v is None
            else (_AD_CAMPAIGN_CREATIVE_SELECTION.get(v) or AdCampaignCreativeSelection(v))
        )
        v = data.get("dailyBudget")
        obj.daily_budget = None if v is None else _decode_MoneyAmount(v)
        v = data.get("locale")
        obj.locale = None if v is None else _decode_AdCampaignLocale(v)
        obj.name = data.get("name")
        v = data.get("objectiveType")
        obj.objective_type = (
            None
            if v is None
            else (_AD_CAMPAIGN_OBJECTIVE_TYPE.get(v) or AdCampaignObjectiveType(v))
        )
        obj.offsite_delivery_enabled = data.get("offsiteDeliveryEnabled")
        v = data.get("offsitePreferences")
        obj.offsite_preferences = None if v is None else _decode_AdCampaignOffsitePreferences(v)
        v = data.get("runSchedule")
        obj.run_schedule = None if v is None else _decode_DateRange(v)
        v = data.get("targetingCriteria")
        obj.targeting_criteria = None if v is None else _decode_TargetingCriteria(v)
        v = data.get("targeting")
        obj.targeting = None if v is None else _decode_AdCampaignLegacyTargeting(v)
        v = data.get("totalBudget")
        obj.total_budget = None if v is None else _decode_MoneyAmount(v)
        v = data.get("type")
        obj.type = None if v is None else (_AD_CAMPAIGN_TYPE.get(v) or AdCampaignType(v))
        v = data.get("unitCost")
        obj.unit_cost = None if v is None else _decode_MoneyAmount(v)
        v = data.get("version")
        obj.version = None if v is None else _decode_AdCampaignVersion(v)
        v = data.get("status")
        obj.status = None if v is None else (_AD_CAMPAIGN_STATUS.get(v) or AdCampaignStatus(v))
        v = data.get("optimizationTargetType")
        obj.optimization_target_type = (
            None
            if v is None
            else (
                _AD_CAMPAIGN_OPTIMIZATION_TARGET_TYPE.get(v) or AdCampaignOptimizationTargetType(v)
            )
        )
        obj.format = data.get("format")
        v = data.get("pacingStrategy")
        obj.pacing_strategy = (
            None
            if v is None
            else (_AD_CAMPAIGN_PACING_STRATEGY.get(v) or AdCampaignPacingStrategy(v))
        )
        obj.test = data.get("test")
        v = data.get("servingStatuses")
        obj.serving_statuses = (
            None
            if v is None
            else [(_AD_CAMPAIGN_SERVING_STATUS.get(v1) or AdCampaignServingStatus(v1)) for v1 in v]
        )
        obj.connected_television_only = data.get("connectedTelevisionOnly")
        v = data.get("optimizationPreference")
        obj.optimization_preference = (
            None if v is None else _decode_AdCampaignOptimizationPreference(v)
        )
        v = data.get("politicalIntent")
        obj.political_intent = (
            None
            if v is None
            else (_AD_CAMPAIGN_POLITICAL_INTENT.get(v) or AdCampaignPoliticalIntent(v))
        )
        obj.story_delivery_enabled = data.get("storyDeliveryEnabled")
        v = data.get("changeAuditStamps")
        obj.change_audit_stamps = None if v is None else _decode_ChangeAuditStamps(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.id is not None:
            data["id"] = self.id
        if self.account is not None:
            data["account"] = self.account
        if self.account_info is not None:
            data["accountInfo"] = {k0: copy_json(v0) for k0, v0 in self.account_info.items()}
        if self.associated_entity is not None:
            data["associatedEntity"] = self.associated_entity
        if self.associated_entity_info is not None:
            data["associatedEntityInfo"] = {
                k0: copy_json(v0) for k0, v0 in self.associated_entity_info.items()
            }
        if self.audience_expansion_enabled is not None:
            data["audienceExpansionEnabled"] = self.audience_expansion_enabled
        if self.campaign_group is not None:
            data["campaignGroup"] = self.campaign_group
        if self.campaign_group_info is not None:
            data["campaignGroupInfo"] = {
                k0: copy_json(v0) for k0, v0 in self.campaign_group_info.items()
            }
        if self.cost_type is not None:
            data["costType"] = str(self.cost_type)
        if self.creative_selection is not None:
            data["creativeSelection"] = str(self.creative_selection)
        if self.daily_budget is not None:
            data["dailyBudget"] = self.daily_budget.to_dict()
        if self.locale is not None:
            data["locale"] = self.locale.to_dict()
        if self.name is not None:
            data["name"] = self.name
        if self.objective_type is not None:
            data["objectiveType"] = str(self.objective_type)
        if self.offsite_delivery_enabled is not None:
            data["offsiteDeliveryEnabled"] = self.offsite_delivery_enabled
        if self.offsite_preferences is not None:
            data["offsitePreferences"] = self.offsite_preferences.to_dict()
        if self.run_schedule is not None:
            data["runSchedule"] = self.run_schedule.to_dict()
        if self.targeting_criteria is not None:
            data["targetingCriteria"] = self.targeting_criteria.to_dict()
        if self.targeting is not None:
            data["targeting"] = self.targeting.to_dict()
        if self.total_budget is not None:
            data["totalBudget"] = self.total_budget.to_dict()
        if self.type is not None:
            data["type"] = str(self.type)
        if self.unit_cost is not None:
            data["unitCost"] = self.unit_cost.to_dict()
        if self.version is not None:
            data["version"] = self.version.to_dict()
        if self.status is not None:
            data["status"] = str(self.status)
        if self.optimization_target_type is not None:
            data["optimizationTargetType"] = str(self.optimization_target_type)
        if self.format is not None:
            data["format"] = self.format
        if self.pacing_strategy is not None:
            data["pacingStrategy"] = str(self.pacing_strategy)
        if self.test is not None:
            data["test"] = self.test
        if self.serving_statuses is not None:
            data["servingStatuses"] = [str(v0) for v0 in self.serving_statuses]
        if self.connected_television_only is not None:
            data["connectedTelevisionOnly"] = self.connected_television_only
        if self.optimization_preference is not None:
            data["optimizationPreference"] = self.optimization_preference.to_dict()
        if self.political_intent is not None:
            data["politicalIntent"] = str(self.political_intent)
        if self.story_delivery_enabled is not None:
            data["storyDeliveryEnabled"] = self.story_delivery_enabled
        if self.change_audit_stamps is not None:
            data["changeAuditStamps"] = self.change_audit_stamps.to_dict()
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.account is not None:
            data["account"] = self.account
        if self.associated_entity is not None:
            data["associatedEntity"] = self.associated_entity
        if self.audience_expansion_enabled is not None:
            data["audienceExpansionEnabled"] = self.audience_expansion_enabled
        if self.campaign_group is not None:
            data["campaignGroup"] = self.campaign_group
        if self.cost_type is not None:
            data["costType"] = str(self.cost_type)
        if self.creative_selection is not None:
            data["creativeSelection"] = str(self.creative_selection)
        if self.daily_budget is not None:
            data["dailyBudget"] = self.daily_budget.to_request_dict()
        if self.locale is not None:
            data["locale"] = self.locale.to_request_dict()
        if self.name is not None:
            data["name"] = self.name
        if self.objective_type is not None:
            data["objectiveType"] = str(self.objective_type)
        if self.offsite_delivery_enabled is not None:
            data["offsiteDeliveryEnabled"] = self.offsite_delivery_enabled
        if self.offsite_preferences is not None:
            data["offsitePreferences"] = self.offsite_preferences.to_request_dict()
        if self.run_schedule is not None:
            data["runSchedule"] = self.run_schedule.to_request_dict()
        if self.targeting_criteria is not None:
            data["targetingCriteria"] = self.targeting_criteria.to_request_dict()
        if self.total_budget is not None:
            data["totalBudget"] = self.total_budget.to_request_dict()
        if self.type is not None:
            data["type"] = str(self.type)
        if self.unit_cost is not None:
            data["unitCost"] = self.unit_cost.to_request_dict()
        if self.status is not None:
            data["status"] = str(self.status)
        if self.optimization_target_type is not None:
            data["optimizationTargetType"] = str(self.optimization_target_type)
        if self.format is not None:
            data["format"] = self.format
        if self.pacing_strategy is not None:
            data["pacingStrategy"] = str(self.pacing_strategy)
        if self.connected_television_only is not None:
            data["connectedTelevisionOnly"] = self.connected_television_only
        if self.optimization_preference is not None:
            data["optimizationPreference"] = self.optimization_preference.to_request_dict()
        if self.political_intent is not None:
            data["politicalIntent"] = str(self.political_intent)
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.account is None:
            raise RequestValidationError(path + "account", "is required on create")

        if for_create and self.campaign_group is None:
            raise RequestValidationError(path + "campaignGroup", "is required on create")

        if for_create and self.cost_type is None:
            raise RequestValidationError(path + "costType", "is required on create")

        if self.daily_budget is not None:
            self.daily_budget.validate(for_create=for_create, path=path + "dailyBudget.")

        if self.locale is None:
            if for_create:
                raise RequestValidationError(path + "locale", "is required on create")
        else:
            self.locale.validate(for_create=for_create, path=path + "locale.")

        if for_create and self.name is None:
            raise RequestValidationError(path + "name", "is required on create")

        if for_create and self.offsite_delivery_enabled is None:
            raise RequestValidationError(path + "offsiteDeliveryEnabled", "is required on create")

        if self.total_budget is not None:
            self.total_budget.validate(for_create=for_create, path=path + "totalBudget.")

        if for_create and self.type is None:
            raise RequestValidationError(path + "type", "is required on create")

        if self.unit_cost is None:
            if for_create:
                raise RequestValidationError(path + "unitCost", "is required on create")
        else:
            self.unit_cost.validate(for_create=for_create, path=path + "unitCost.")

        if for_create and self.status is None:
            raise RequestValidationError(path + "status", "is required on create")


class AdCampaignBatchGetResponse(Model):
    """The outcome of a batch get, each map keyed by campaign id (as a string).

    Attributes:
        results: The campaigns found.
        errors: The ids that could not be returned, with the error of each.
        statuses: The HTTP status of each id, where the server reports one.
    """

    __slots__ = (
        "results",
        "errors",
        "statuses",
    )
    _wire = (
        "results",
        "errors",
        "statuses",
    )
    _known = frozenset(_wire)

    results: dict[str, AdCampaign] | None
    errors: dict[str, Error] | None
    statuses: dict[str, int] | None

    def __init__(
        self,
        *,
        results: dict[str, AdCampaign] | None = None,
        errors: dict[str, Error] | None = None,
        statuses: dict[str, int] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.results = results
        self.errors = errors
        self.statuses = statuses
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignBatchGetResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("results")
        obj.results = None if v is None else {k1: _decode_AdCampaign(v1) for k1, v1 in v.items()}
        v = data.get("errors")
        obj.errors = None if v is None else {k1: _decode_Error(v1) for k1, v1 in v.items()}
        obj.statuses = data.get("statuses")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.results is not None:
            data["results"] = {k0: v0.to_dict() for k0, v0 in self.results.items()}
        if self.errors is not None:
            data["errors"] = {k0: v0.to_dict() for k0, v0 in self.errors.items()}
        if self.statuses is not None:
            data["statuses"] = dict(self.statuses)
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.results is not None:
            data["results"] = {k0: v0.to_request_dict() for k0, v0 in self.results.items()}
        if self.errors is not None:
            data["errors"] = {k0: v0.to_request_dict() for k0, v0 in self.errors.items()}
        if self.statuses is not None:
            data["statuses"] = dict(self.statuses)
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.results is not None:
            for key, item in self.results.items():
                item.validate(for_create=for_create, path=f"{path}results[{key}].")


class AdCampaignFrequencyOptimizationPreference(Model):
    """How often a member may see the campaign's ads: at most `frequency` impressions per
    `timeSpan`. Known from the documented Get sample only.

    Attributes:
        time_span: A length of time, such as 7 days.
        optimization_type: The kind of frequency optimization; the sample shows `MAX_FREQUENCY`.
        frequency: How many impressions a member may see within `timeSpan`.
    """

    __slots__ = (
        "time_span",
        "optimization_type",
        "frequency",
    )
    _wire = (
        "timeSpan",
        "optimizationType",
        "frequency",
    )
    _known = frozenset(_wire)

    time_span: AdCampaignTimeSpan | None
    optimization_type: str | None
    frequency: int | None

    def __init__(
        self,
        *,
        time_span: AdCampaignTimeSpan | None = None,
        optimization_type: str | None = None,
        frequency: int | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.time_span = time_span
        self.optimization_type = optimization_type
        self.frequency = frequency
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignFrequencyOptimizationPreference from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("timeSpan")
        obj.time_span = None if v is None else _decode_AdCampaignTimeSpan(v)
        obj.optimization_type = data.get("optimizationType")
        obj.frequency = data.get("frequency")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.time_span is not None:
            data["timeSpan"] = self.time_span.to_dict()
        if self.optimization_type is not None:
            data["optimizationType"] = self.optimization_type
        if self.frequency is not None:
            data["frequency"] = self.frequency
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignGroup(Model):
    """A campaign group: a container that holds related campaigns of one ad account and lets their
    status, budget and schedule be managed together. Every new ad account gets one default group
    (`backfilled: true`). An ad account may hold any number of groups; LinkedIn caps an account at
    5,000 campaigns and a non-default group at 2,000. Budgets and run dates set at account, group
    and campaign level all apply, so the tightest one wins. A create must carry `account`, `name`,
    `runSchedule` (with `start`) and `status`.

    Attributes:
        id: The campaign group id, assigned by LinkedIn. Read-only: set by LinkedIn, never sent.
        account: The ad account the group belongs to; it cannot change after creation. It names the
            same account as the `adAccountId` of the path. Can only be set on create.
        account_info: Details of the ad account named by `account`. An Additional Info Field (the
            replacement, from 202211, for response decoration): returned only when asked for
            explicitly, never sent. Its content is the ad account record. Read-only: set by
            LinkedIn, never sent.
        name: A label for the group, at most 100 characters.
        run_schedule: When the campaigns of the group may run, in epoch milliseconds. `start`
            (inclusive) is required; `end` (exclusive) may be left out for an open-ended group,
            except that a group with a `totalBudget` must have an `end`.
        total_budget: The most that all campaigns and creatives of the group may spend over the
            group's whole run. Its currency must be the currency of the ad account. Requires
            `runSchedule.end`. When `budgetOptimization.budgetOptimizationStrategy` is DYNAMIC
            (202501 and later), LinkedIn shares this budget out among the group's campaigns.
        budget_optimization: How the group bids and spreads its budget over its campaigns (202501
            and later). The page says nothing about when these can change, so the client lets both
            be set on create and patched later.
        daily_budget: How much the group may spend per day, shared out by LinkedIn among all its
            campaigns. Optional and changeable, but only allowed when
            `budgetOptimization.budgetOptimizationStrategy` is DYNAMIC. Its currency must be the
            currency of the ad account. Campaigns of such a group report no budget of their own.
        status: The lifecycle status of a campaign group, set by the advertiser (ACTIVE or DRAFT at
            creation). Spelled CANCELLED here; the search criterion spells it CANCELED (see
            AdCampaignGroupSearchStatus).
        serving_statuses: Why the campaigns of the group can or cannot serve right now, as computed
            by LinkedIn (as opposed to `status`, which the advertiser sets). Read-only: set by
            LinkedIn, never sent.
        backfilled: True for a group LinkedIn created to hold pre-existing campaigns (the default
            group of an account), false for a group created by an advertiser. Read-only: set by
            LinkedIn, never sent.
        test: True when the group lives in a test ad account. Set by LinkedIn at creation from the
            account and never changed afterwards. Read-only: set by LinkedIn, never sent.
        allowed_campaign_types: The kinds of campaigns that may be created in the group. Present
            only for groups of ENTERPRISE ad accounts (BUSINESS accounts may create every kind);
            check it before creating campaigns in an ENTERPRISE account. LinkedIn sets it; it is
            never sent. Read-only: set by LinkedIn, never sent.
        objective_type: The marketing objective of the group. Optional, and fixed once set; the
            campaigns of the group inherit it. Can only be set on create.
        change_audit_stamps: Who created the group and who changed it last, and when. Returned by
            LinkedIn although its documented schema does not list it; the actor may be missing or
            `urn:li:unknown:0`. Read-only: set by LinkedIn, never sent.
        version: The revision of the entity as LinkedIn tracks it. Not in the documented schema;
            other ad entities return it, so it is accepted here when present. Read-only: set by
            LinkedIn, never sent.
    """

    __slots__ = (
        "id",
        "account",
        "account_info",
        "name",
        "run_schedule",
        "total_budget",
        "budget_optimization",
        "daily_budget",
        "status",
        "serving_statuses",
        "backfilled",
        "test",
        "allowed_campaign_types",
        "objective_type",
        "change_audit_stamps",
        "version",
    )
    _wire = (
        "id",
        "account",
        "accountInfo",
        "name",
        "runSchedule",
        "totalBudget",
        "budgetOptimization",
        "dailyBudget",
        "status",
        "servingStatuses",
        "backfilled",
        "test",
        "allowedCampaignTypes",
        "objectiveType",
        "changeAuditStamps",
        "version",
    )
    _known = frozenset(_wire)

    id: int | None
    account: SponsoredAccountUrn | None
    account_info: dict[str, Any] | None
    name: str | None
    run_schedule: DateRange | None
    total_budget: MoneyAmount | None
    budget_optimization: AdCampaignGroupBudgetOptimization | None
    daily_budget: MoneyAmount | None
    status: AdCampaignGroupStatus | None
    serving_statuses: list[AdCampaignGroupServingStatus] | None
    backfilled: bool | None
    test: bool | None
    allowed_campaign_types: list[AdCampaignGroupCampaignType] | None
    objective_type: AdCampaignGroupObjectiveType | None
    change_audit_stamps: ChangeAuditStamps | None
    version: AdCampaignGroupVersion | None

    def __init__(
        self,
        *,
        id: int | None = None,
        account: SponsoredAccountUrn | None = None,
        account_info: dict[str, Any] | None = None,
        name: str | None = None,
        run_schedule: DateRange | None = None,
        total_budget: MoneyAmount | None = None,
        budget_optimization: AdCampaignGroupBudgetOptimization | None = None,
        daily_budget: MoneyAmount | None = None,
        status: AdCampaignGroupStatus | None = None,
        serving_statuses: list[AdCampaignGroupServingStatus] | None = None,
        backfilled: bool | None = None,
        test: bool | None = None,
        allowed_campaign_types: list[AdCampaignGroupCampaignType] | None = None,
        objective_type: AdCampaignGroupObjectiveType | None = None,
        change_audit_stamps: ChangeAuditStamps | None = None,
        version: AdCampaignGroupVersion | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.account = account
        self.account_info = account_info
        self.name = name
        self.run_schedule = run_schedule
        self.total_budget = total_budget
        self.budget_optimization = budget_optimization
        self.daily_budget = daily_budget
        self.status = status
        self.serving_statuses = serving_statuses
        self.backfilled = backfilled
        self.test = test
        self.allowed_campaign_types = allowed_campaign_types
        self.objective_type = objective_type
        self.change_audit_stamps = change_audit_stamps
        self.version = version
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignGroup from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.id = data.get("id")
        v = data.get("account")
        obj.account = (
            None
            if v is None
            else (
                _SPONSORED_ACCOUNT_URN_CACHE.get(v)
                or intern_urn(_SPONSORED_ACCOUNT_URN_CACHE, SponsoredAccountUrn, v)
            )
        )
        obj.account_info = data.get("accountInfo")
        obj.name = data.get("name")
        v = data.get("runSchedule")
        obj.run_schedule = None if v is None else _decode_DateRange(v)
        v = data.get("totalBudget")
        obj.total_budget = None if v is None else _decode_MoneyAmount(v)
        v = data.get("budgetOptimization")
        obj.budget_optimization = (
            None if v is None else _decode_AdCampaignGroupBudgetOptimization(v)
        )
        v = data.get("dailyBudget")
        obj.daily_budget = None if v is None else _decode_MoneyAmount(v)
        v = data.get("status")
        obj.status = (
            None if v is None else (_AD_CAMPAIGN_GROUP_STATUS.get(v) or AdCampaignGroupStatus(v))
        )
        v = data.get("servingStatuses")
        obj.serving_statuses = (
            None
            if v is None
            else [
                (_AD_CAMPAIGN_GROUP_SERVING_STATUS.get(v1) or AdCampaignGroupServingStatus(v1))
                for v1 in v
            ]
        )
        obj.backfilled = data.get("backfilled")
        obj.test = data.get("test")
        v = data.get("allowedCampaignTypes")
        obj.allowed_campaign_types = (
            None
            if v is None
            else [
                (_AD_CAMPAIGN_GROUP_CAMPAIGN_TYPE.get(v1) or AdCampaignGroupCampaignType(v1))
                for v1 in v
            ]
        )
        v = data.get("objectiveType")
        obj.objective_type = (
            None
            if v is None
            else (_AD_CAMPAIGN_GROUP_OBJECTIVE_TYPE.get(v) or AdCampaignGroupObjectiveType(v))
        )
        v = data.get("changeAuditStamps")
        obj.change_audit_stamps = None if v is None else _decode_ChangeAuditStamps(v)
        v = data.get("version")
        obj.version = None if v is None else _decode_AdCampaignGroupVersion(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.id is not None:
            data["id"] = self.id
        if self.account is not None:
            data["account"] = self.account
        if self.account_info is not None:
            data["accountInfo"] = {k0: copy_json(v0) for k0, v0 in self.account_info.items()}
        if self.name is not None:
            data["name"] = self.name
        if self.run_schedule is not None:
            data["runSchedule"] = self.run_schedule.to_dict()
        if self.total_budget is not None:
            data["totalBudget"] = self.total_budget.to_dict()
        if self.budget_optimization is not None:
            data["budgetOptimization"] = self.budget_optimization.to_dict()
        if self.daily_budget is not None:
            data["dailyBudget"] = self.daily_budget.to_dict()
        if self.status is not None:
            data["status"] = str(self.status)
        if self.serving_statuses is not None:
            data["servingStatuses"] = [str(v0) for v0 in self.serving_statuses]
        if self.backfilled is not None:
            data["backfilled"] = self.backfilled
        if self.test is not None:
            data["test"] = self.test
        if self.allowed_campaign_types is not None:
            data["allowedCampaignTypes"] = [str(v0) for v0 in self.allowed_campaign_types]
        if self.objective_type is not None:
            data["objectiveType"] = str(self.objective_type)
        if self.change_audit_stamps is not None:
            data["changeAuditStamps"] = self.change_audit_stamps.to_dict()
        if self.version is not None:
            data["version"] = self.version.to_dict()
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.account is not None:
            data["account"] = self.account
        if self.name is not None:
            data["name"] = self.name
        if self.run_schedule is not None:
            data["runSchedule"] = self.run_schedule.to_request_dict()
        if self.total_budget is not None:
            data["totalBudget"] = self.total_budget.to_request_dict()
        if self.budget_optimization is not None:
            data["budgetOptimization"] = self.budget_optimization.to_request_dict()
        if self.daily_budget is not None:
            data["dailyBudget"] = self.daily_budget.to_request_dict()
        if self.status is not None:
            data["status"] = str(self.status)
        if self.objective_type is not None:
            data["objectiveType"] = str(self.objective_type)
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.account is None:
            raise RequestValidationError(path + "account", "is required on create")

        if self.name is None:
            if for_create:
                raise RequestValidationError(path + "name", "is required on create")
        elif len(self.name) > 100:
            raise RequestValidationError(path + "name", "must be at most 100 characters long")

        if for_create and self.run_schedule is None:
            raise RequestValidationError(path + "runSchedule", "is required on create")

        if self.total_budget is not None:
            self.total_budget.validate(for_create=for_create, path=path + "totalBudget.")

        if self.daily_budget is not None:
            self.daily_budget.validate(for_create=for_create, path=path + "dailyBudget.")

        if for_create and self.status is None:
            raise RequestValidationError(path + "status", "is required on create")


class AdCampaignGroupBatchCreateRequest(Model):
    """The body of a batch create, the campaign groups to create in order.

    Attributes:
        elements: Not described by the documentation.
    """

    __slots__ = ("elements",)
    _wire = ("elements",)
    _known = frozenset(_wire)

    elements: MutableSequence[AdCampaignGroup] | None

    def __init__(
        self,
        *,
        elements: MutableSequence[AdCampaignGroup] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.elements = elements
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignGroupBatchCreateRequest from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("elements")
        obj.elements = (
            None if v is None else Records.from_json(v, _decode_AdCampaignGroup, ("elements",))
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included. Records of `elements` never
        read are the JSON objects they were decoded from, shared, not copied."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = records_to_dicts(self.elements)
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = [v0.to_request_dict() for v0 in self.elements]
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.elements is None:
            if for_create:
                raise RequestValidationError(path + "elements", "is required on create")
        elif len(self.elements) < 1:
            raise RequestValidationError(path + "elements", "must hold at least 1 items")
        else:
            for index, item in enumerate(self.elements):
                item.validate(for_create=for_create, path=f"{path}elements[{index}].")


class AdCampaignGroupBatchGetResponse(Model):
    """The outcome of a batch get, each map keyed by campaign group id (as a string).

    Attributes:
        results: The campaign groups found.
        errors: The ids that could not be returned, with the error of each.
        statuses: The HTTP status of each id, where the server reports one.
    """

    __slots__ = (
        "results",
        "errors",
        "statuses",
    )
    _wire = (
        "results",
        "errors",
        "statuses",
    )
    _known = frozenset(_wire)

    results: dict[str, AdCampaignGroup] | None
    errors: dict[str, Error] | None
    statuses: dict[str, int] | None

    def __init__(
        self,
        *,
        results: dict[str, AdCampaignGroup] | None = None,
        errors: dict[str, Error] | None = None,
        statuses: dict[str, int] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.results = results
        self.errors = errors
        self.statuses = statuses
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignGroupBatchGetResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("results")
        obj.results = (
            None if v is None else {k1: _decode_AdCampaignGroup(v1) for k1, v1 in v.items()}
        )
        v = data.get("errors")
        obj.errors = None if v is None else {k1: _decode_Error(v1) for k1, v1 in v.items()}
        obj.statuses = data.get("statuses")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.results is not None:
            data["results"] = {k0: v0.to_dict() for k0, v0 in self.results.items()}
        if self.errors is not None:
            data["errors"] = {k0: v0.to_dict() for k0, v0 in self.errors.items()}
        if self.statuses is not None:
            data["statuses"] = dict(self.statuses)
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.results is not None:
            data["results"] = {k0: v0.to_request_dict() for k0, v0 in self.results.items()}
        if self.errors is not None:
            data["errors"] = {k0: v0.to_request_dict() for k0, v0 in self.errors.items()}
        if self.statuses is not None:
            data["statuses"] = dict(self.statuses)
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.results is not None:
            for key, item in self.results.items():
                item.validate(for_create=for_create, path=f"{path}results[{key}].")


class AdCampaignGroupBudgetOptimization(Model):
    """How the group bids and spreads its budget over its campaigns (202501 and later). The page
    says nothing about when these can change, so the client lets both be set on create and patched
    later.

    Attributes:
        bid_strategy: How the campaigns of the group bid in the ad auction; every campaign of the
            group must use the same strategy.
        budget_optimization_strategy: How LinkedIn divides the group's budget among its campaigns.
    """

    __slots__ = (
        "bid_strategy",
        "budget_optimization_strategy",
    )
    _wire = (
        "bidStrategy",
        "budgetOptimizationStrategy",
    )
    _known = frozenset(_wire)

    bid_strategy: AdCampaignGroupBidStrategy | None
    budget_optimization_strategy: AdCampaignGroupBudgetOptimizationStrategy | None

    def __init__(
        self,
        *,
        bid_strategy: AdCampaignGroupBidStrategy | None = None,
        budget_optimization_strategy: AdCampaignGroupBudgetOptimizationStrategy | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.bid_strategy = bid_strategy
        self.budget_optimization_strategy = budget_optimization_strategy
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignGroupBudgetOptimization from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("bidStrategy")
        obj.bid_strategy = (
            None
            if v is None
            else (_AD_CAMPAIGN_GROUP_BID_STRATEGY.get(v) or AdCampaignGroupBidStrategy(v))
        )
        v = data.get("budgetOptimizationStrategy")
        obj.budget_optimization_strategy = (
            None
            if v is None
            else (
                _AD_CAMPAIGN_GROUP_BUDGET_OPTIMIZATION_STRATEGY.get(v)
                or AdCampaignGroupBudgetOptimizationStrategy(v)
            )
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.bid_strategy is not None:
            data["bidStrategy"] = str(self.bid_strategy)
        if self.budget_optimization_strategy is not None:
            data["budgetOptimizationStrategy"] = str(self.budget_optimization_strategy)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignGroupSearchCriteria(Model):
    """The criteria of the search finder. Every criterion given must match; within one criterion,
    any of its values may match.

    Attributes:
        id: Match groups by id.
        name: Match groups by name.
        status: Match groups in any of the given statuses (CANCELED, not CANCELLED, here).
        test: True for test groups only, false for non-test groups only; left out, both kinds match.
    """

    __slots__ = (
        "id",
        "name",
        "status",
        "test",
    )
    _wire = (
        "id",
        "name",
        "status",
        "test",
    )
    _known = frozenset(_wire)

    id: AdCampaignGroupSearchCriteriaId | None
    name: AdCampaignGroupSearchCriteriaName | None
    status: AdCampaignGroupSearchCriteriaStatus | None
    test: bool | None

    def __init__(
        self,
        *,
        id: AdCampaignGroupSearchCriteriaId | None = None,
        name: AdCampaignGroupSearchCriteriaName | None = None,
        status: AdCampaignGroupSearchCriteriaStatus | None = None,
        test: bool | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.status = status
        self.test = test
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignGroupSearchCriteria from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("id")
        obj.id = None if v is None else _decode_AdCampaignGroupSearchCriteriaId(v)
        v = data.get("name")
        obj.name = None if v is None else _decode_AdCampaignGroupSearchCriteriaName(v)
        v = data.get("status")
        obj.status = None if v is None else _decode_AdCampaignGroupSearchCriteriaStatus(v)
        obj.test = data.get("test")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.id is not None:
            data["id"] = self.id.to_dict()
        if self.name is not None:
            data["name"] = self.name.to_dict()
        if self.status is not None:
            data["status"] = self.status.to_dict()
        if self.test is not None:
            data["test"] = self.test
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignGroupSearchCriteriaId(Model):
    """Match groups by id.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[SponsoredCampaignGroupUrn] | None

    def __init__(
        self,
        *,
        values: list[SponsoredCampaignGroupUrn] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignGroupSearchCriteriaId from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("values")
        obj.values = None if v is None else list(map(SponsoredCampaignGroupUrn, v))
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = list(self.values)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignGroupSearchCriteriaName(Model):
    """Match groups by name.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[str] | None

    def __init__(
        self,
        *,
        values: list[str] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignGroupSearchCriteriaName from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.values = data.get("values")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = list(self.values)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignGroupSearchCriteriaStatus(Model):
    """Match groups in any of the given statuses (CANCELED, not CANCELLED, here).

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[AdCampaignGroupSearchStatus] | None

    def __init__(
        self,
        *,
        values: list[AdCampaignGroupSearchStatus] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignGroupSearchCriteriaStatus from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("values")
        obj.values = (
            None
            if v is None
            else [
                (_AD_CAMPAIGN_GROUP_SEARCH_STATUS.get(v1) or AdCampaignGroupSearchStatus(v1))
                for v1 in v
            ]
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = [str(v0) for v0 in self.values]
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignGroupSearchResponse(Model):
    """One page of search results. Up to 202312 it carries index `paging` (with a total); from
    202401 it carries cursor `metadata` and no total.

    Attributes:
        elements: Not described by the documentation.
        metadata: Cursor paging metadata of a finder response.
    """

    __slots__ = (
        "elements",
        "metadata",
    )
    _wire = (
        "elements",
        "metadata",
    )
    _known = frozenset(_wire)

    elements: MutableSequence[AdCampaignGroup] | None
    metadata: CursorMetadata | None

    def __init__(
        self,
        *,
        elements: MutableSequence[AdCampaignGroup] | None = None,
        metadata: CursorMetadata | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.elements = elements
        self.metadata = metadata
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignGroupSearchResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("elements")
        obj.elements = (
            None if v is None else Records.from_json(v, _decode_AdCampaignGroup, ("elements",))
        )
        v = data.get("metadata")
        obj.metadata = None if v is None else _decode_CursorMetadata(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included. Records of `elements` never
        read are the JSON objects they were decoded from, shared, not copied."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = records_to_dicts(self.elements)
        if self.metadata is not None:
            data["metadata"] = self.metadata.to_dict()
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = [v0.to_request_dict() for v0 in self.elements]
        if self.metadata is not None:
            data["metadata"] = self.metadata.to_request_dict()
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.elements is not None:
            for index, item in enumerate(self.elements):
                item.validate(for_create=for_create, path=f"{path}elements[{index}].")


class AdCampaignGroupVersion(Model):
    """The revision of the entity as LinkedIn tracks it. Not in the documented schema; other ad
    entities return it, so it is accepted here when present.

    Attributes:
        version_tag: An opaque revision label (a number written as a string, such as `"4"`).
    """

    __slots__ = ("version_tag",)
    _wire = ("versionTag",)
    _known = frozenset(_wire)

    version_tag: str | None

    def __init__(
        self,
        *,
        version_tag: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.version_tag = version_tag
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignGroupVersion from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.version_tag = data.get("versionTag")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.version_tag is not None:
            data["versionTag"] = self.version_tag
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignIncludeExclude(Model):
    """Values to serve on (include) and values to stay away from (exclude).

    Attributes:
        include: Not described by the documentation.
        exclude: Not described by the documentation.
    """

    __slots__ = (
        "include",
        "exclude",
    )
    _wire = (
        "include",
        "exclude",
    )
    _known = frozenset(_wire)

    include: list[str] | None
    exclude: list[str] | None

    def __init__(
        self,
        *,
        include: list[str] | None = None,
        exclude: list[str] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.include = include
        self.exclude = exclude
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignIncludeExclude from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.include = data.get("include")
        obj.exclude = data.get("exclude")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.include is not None:
            data["include"] = list(self.include)
        if self.exclude is not None:
            data["exclude"] = list(self.exclude)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignLegacyTargeting(Model):
    """The audience in the deprecated format that `targetingCriteria` replaced; still returned for
    older campaigns. Sending it is refused with TARGETING_FIELD_DEPRECATED, so it is never sent.

    Attributes:
        included_targeting_facets: Facet name (`employers`, `locations`, `interfaceLocales`, ...) to
            the values included; values are URNs or records (a locale is `{country, language}`).
        excluding_targeting_facets: Facet name to the values excluded, in the same form.
    """

    __slots__ = (
        "included_targeting_facets",
        "excluding_targeting_facets",
    )
    _wire = (
        "includedTargetingFacets",
        "excludingTargetingFacets",
    )
    _known = frozenset(_wire)

    included_targeting_facets: dict[str, list[Any]] | None
    excluding_targeting_facets: dict[str, list[Any]] | None

    def __init__(
        self,
        *,
        included_targeting_facets: dict[str, list[Any]] | None = None,
        excluding_targeting_facets: dict[str, list[Any]] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.included_targeting_facets = included_targeting_facets
        self.excluding_targeting_facets = excluding_targeting_facets
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignLegacyTargeting from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.included_targeting_facets = data.get("includedTargetingFacets")
        obj.excluding_targeting_facets = data.get("excludingTargetingFacets")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.included_targeting_facets is not None:
            data["includedTargetingFacets"] = {
                k0: [copy_json(v1) for v1 in v0]
                for k0, v0 in self.included_targeting_facets.items()
            }
        if self.excluding_targeting_facets is not None:
            data["excludingTargetingFacets"] = {
                k0: [copy_json(v1) for v1 in v0]
                for k0, v0 in self.excluding_targeting_facets.items()
            }
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignLocale(Model):
    """The language of the campaign's ads. The country and language pair must be one of LinkedIn's
    supported locales (such as US/en).

    Attributes:
        country: The ISO 3166 two-letter country code, in capitals (`US`).
        language: The ISO 639 two-letter language code, in lower case (`en`).
    """

    __slots__ = (
        "country",
        "language",
    )
    _wire = (
        "country",
        "language",
    )
    _known = frozenset(_wire)

    country: str | None
    language: str | None

    def __init__(
        self,
        *,
        country: str | None = None,
        language: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.country = country
        self.language = language
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignLocale from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.country = data.get("country")
        obj.language = data.get("language")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.country is not None:
            data["country"] = self.country
        if self.language is not None:
            data["language"] = self.language
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.country is None:
            raise RequestValidationError(path + "country", "is required on create")

        if for_create and self.language is None:
            raise RequestValidationError(path + "language", "is required on create")


class AdCampaignOffsitePreferences(Model):
    """Where on the LinkedIn Audience Network the campaign may or may not serve. LinkedIn's page
    refers to a sub-schema that no source available holds; the shape here is what campaigns return
    (IAB categories and publisher restriction files, each with include and exclude lists). Unknown
    members are kept.

    Attributes:
        iab_categories: Values to serve on (include) and values to stay away from (exclude).
        publisher_restriction_files: Values to serve on (include) and values to stay away from
            (exclude).
    """

    __slots__ = (
        "iab_categories",
        "publisher_restriction_files",
    )
    _wire = (
        "iabCategories",
        "publisherRestrictionFiles",
    )
    _known = frozenset(_wire)

    iab_categories: AdCampaignIncludeExclude | None
    publisher_restriction_files: AdCampaignIncludeExclude | None

    def __init__(
        self,
        *,
        iab_categories: AdCampaignIncludeExclude | None = None,
        publisher_restriction_files: AdCampaignIncludeExclude | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.iab_categories = iab_categories
        self.publisher_restriction_files = publisher_restriction_files
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignOffsitePreferences from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("iabCategories")
        obj.iab_categories = None if v is None else _decode_AdCampaignIncludeExclude(v)
        v = data.get("publisherRestrictionFiles")
        obj.publisher_restriction_files = None if v is None else _decode_AdCampaignIncludeExclude(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.iab_categories is not None:
            data["iabCategories"] = self.iab_categories.to_dict()
        if self.publisher_restriction_files is not None:
            data["publisherRestrictionFiles"] = self.publisher_restriction_files.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignOptimizationPreference(Model):
    """Finer optimization on top of `optimizationTargetType`, a union of which frequency
    optimization is the only documented member.

    Attributes:
        frequency_optimization_preference: How often a member may see the campaign's ads: at most
            `frequency` impressions per `timeSpan`. Known from the documented Get sample only.
    """

    __slots__ = ("frequency_optimization_preference",)
    _wire = ("frequencyOptimizationPreference",)
    _known = frozenset(_wire)

    frequency_optimization_preference: AdCampaignFrequencyOptimizationPreference | None

    def __init__(
        self,
        *,
        frequency_optimization_preference: AdCampaignFrequencyOptimizationPreference | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.frequency_optimization_preference = frequency_optimization_preference
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignOptimizationPreference from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("frequencyOptimizationPreference")
        obj.frequency_optimization_preference = (
            None if v is None else _decode_AdCampaignFrequencyOptimizationPreference(v)
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.frequency_optimization_preference is not None:
            data["frequencyOptimizationPreference"] = (
                self.frequency_optimization_preference.to_dict()
            )
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignSearchCriteria(Model):
    """The criteria of the search finder. Every criterion given must match; within one criterion,
    any of its values may match.

    Attributes:
        id: Match campaigns by URN.
        campaign_group: Match campaigns of any of the given campaign groups.
        name: Match campaigns by name.
        type: Match campaigns of any of the given types.
        status: Match campaigns in any of the given statuses.
        test: True for test campaigns only, false for non-test campaigns only; left out, both kinds
            match.
    """

    __slots__ = (
        "id",
        "campaign_group",
        "name",
        "type",
        "status",
        "test",
    )
    _wire = (
        "id",
        "campaignGroup",
        "name",
        "type",
        "status",
        "test",
    )
    _known = frozenset(_wire)

    id: AdCampaignSearchCriteriaId | None
    campaign_group: AdCampaignSearchCriteriaCampaignGroup | None
    name: AdCampaignSearchCriteriaName | None
    type: AdCampaignSearchCriteriaType | None
    status: AdCampaignSearchCriteriaStatus | None
    test: bool | None

    def __init__(
        self,
        *,
        id: AdCampaignSearchCriteriaId | None = None,
        campaign_group: AdCampaignSearchCriteriaCampaignGroup | None = None,
        name: AdCampaignSearchCriteriaName | None = None,
        type: AdCampaignSearchCriteriaType | None = None,
        status: AdCampaignSearchCriteriaStatus | None = None,
        test: bool | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.campaign_group = campaign_group
        self.name = name
        self.type = type
        self.status = status
        self.test = test
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignSearchCriteria from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("id")
        obj.id = None if v is None else _decode_AdCampaignSearchCriteriaId(v)
        v = data.get("campaignGroup")
        obj.campaign_group = None if v is None else _decode_AdCampaignSearchCriteriaCampaignGroup(v)
        v = data.get("name")
        obj.name = None if v is None else _decode_AdCampaignSearchCriteriaName(v)
        v = data.get("type")
        obj.type = None if v is None else _decode_AdCampaignSearchCriteriaType(v)
        v = data.get("status")
        obj.status = None if v is None else _decode_AdCampaignSearchCriteriaStatus(v)
        obj.test = data.get("test")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.id is not None:
            data["id"] = self.id.to_dict()
        if self.campaign_group is not None:
            data["campaignGroup"] = self.campaign_group.to_dict()
        if self.name is not None:
            data["name"] = self.name.to_dict()
        if self.type is not None:
            data["type"] = self.type.to_dict()
        if self.status is not None:
            data["status"] = self.status.to_dict()
        if self.test is not None:
            data["test"] = self.test
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignSearchCriteriaCampaignGroup(Model):
    """Match campaigns of any of the given campaign groups.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[SponsoredCampaignGroupUrn] | None

    def __init__(
        self,
        *,
        values: list[SponsoredCampaignGroupUrn] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignSearchCriteriaCampaignGroup from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("values")
        obj.values = None if v is None else list(map(SponsoredCampaignGroupUrn, v))
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = list(self.values)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignSearchCriteriaId(Model):
    """Match campaigns by URN.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[SponsoredCampaignUrn] | None

    def __init__(
        self,
        *,
        values: list[SponsoredCampaignUrn] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignSearchCriteriaId from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("values")
        obj.values = None if v is None else list(map(SponsoredCampaignUrn, v))
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = list(self.values)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignSearchCriteriaName(Model):
    """Match campaigns by name.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[str] | None

    def __init__(
        self,
        *,
        values: list[str] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignSearchCriteriaName from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.values = data.get("values")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = list(self.values)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignSearchCriteriaStatus(Model):
    """Match campaigns in any of the given statuses.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[AdCampaignStatus] | None

    def __init__(
        self,
        *,
        values: list[AdCampaignStatus] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignSearchCriteriaStatus from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("values")
        obj.values = (
            None
            if v is None
            else [(_AD_CAMPAIGN_STATUS.get(v1) or AdCampaignStatus(v1)) for v1 in v]
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = [str(v0) for v0 in self.values]
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignSearchCriteriaType(Model):
    """Match campaigns of any of the given types.

    Attributes:
        values: Not described by the documentation.
    """

    __slots__ = ("values",)
    _wire = ("values",)
    _known = frozenset(_wire)

    values: list[AdCampaignType] | None

    def __init__(
        self,
        *,
        values: list[AdCampaignType] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.values = values
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignSearchCriteriaType from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("values")
        obj.values = (
            None if v is None else [(_AD_CAMPAIGN_TYPE.get(v1) or AdCampaignType(v1)) for v1 in v]
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.values is not None:
            data["values"] = [str(v0) for v0 in self.values]
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignSearchResponse(Model):
    """One page of search results. Up to 202312 it carries index `paging`; from 202401 it carries
    cursor `metadata` and no total.

    Attributes:
        elements: Not described by the documentation.
        metadata: Cursor paging metadata of a finder response.
    """

    __slots__ = (
        "elements",
        "metadata",
    )
    _wire = (
        "elements",
        "metadata",
    )
    _known = frozenset(_wire)

    elements: MutableSequence[AdCampaign] | None
    metadata: CursorMetadata | None

    def __init__(
        self,
        *,
        elements: MutableSequence[AdCampaign] | None = None,
        metadata: CursorMetadata | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.elements = elements
        self.metadata = metadata
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignSearchResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("elements")
        obj.elements = (
            None if v is None else Records.from_json(v, _decode_AdCampaign, ("elements",))
        )
        v = data.get("metadata")
        obj.metadata = None if v is None else _decode_CursorMetadata(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included. Records of `elements` never
        read are the JSON objects they were decoded from, shared, not copied."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = records_to_dicts(self.elements)
        if self.metadata is not None:
            data["metadata"] = self.metadata.to_dict()
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = [v0.to_request_dict() for v0 in self.elements]
        if self.metadata is not None:
            data["metadata"] = self.metadata.to_request_dict()
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.elements is not None:
            for index, item in enumerate(self.elements):
                item.validate(for_create=for_create, path=f"{path}elements[{index}].")


class AdCampaignTimeSpan(Model):
    """A length of time, such as 7 days.

    Attributes:
        duration: How many units.
        unit: The unit of `duration`; the sample shows `DAY`.
    """

    __slots__ = (
        "duration",
        "unit",
    )
    _wire = (
        "duration",
        "unit",
    )
    _known = frozenset(_wire)

    duration: int | None
    unit: str | None

    def __init__(
        self,
        *,
        duration: int | None = None,
        unit: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.duration = duration
        self.unit = unit
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignTimeSpan from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.duration = data.get("duration")
        obj.unit = data.get("unit")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.duration is not None:
            data["duration"] = self.duration
        if self.unit is not None:
            data["unit"] = self.unit
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdCampaignVersion(Model):
    """The revision of the campaign as LinkedIn tracks it.

    Attributes:
        version_tag: An opaque revision label: "1" when the campaign is created, one more with every
            update.
    """

    __slots__ = ("version_tag",)
    _wire = ("versionTag",)
    _known = frozenset(_wire)

    version_tag: str | None

    def __init__(
        self,
        *,
        version_tag: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.version_tag = version_tag
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdCampaignVersion from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.version_tag = data.get("versionTag")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.version_tag is not None:
            data["versionTag"] = self.version_tag
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class AdTargetTemplate(Model):
    """A saved audience template: a named, reusable audience definition (targeting criteria built
    from LinkedIn audience attributes and matched audience segments) that belongs to an ad account
    and can be applied to campaigns. `account`, `name` and `targetingCriteria` must be sent on
    create.

    Attributes:
        id: The template's numeric id, assigned by LinkedIn on create. The documentation types it as
            a string, but responses carry a JSON number; both forms are accepted. Read-only: set by
            LinkedIn, never sent.
        account: The ad account the template belongs to. Set on create and never changed afterwards;
            a partial update that sets it is refused with 422. Can only be set on create.
        name: The template's name, set by whoever created or last edited the template; at most 100
            characters.
        description: A free-text explanation of the template, set by whoever created or last edited
            it; at most 500 characters.
        targeting_criteria: An audience definition. Members are in the audience when they match
            `include` and do not match `exclude`. Facets are the kinds of audience attribute
            (industries, locations, seniorities, matched audience segments through
            `urn:li:adTargetingFacet:audienceMatchingSegments`, buying groups through
            `urn:li:adTargetingFacet:buyerGroups` from 202603, ...; the `AdTargetingFacet` enum
            names the documented ones).
        approximate_member_count: LinkedIn's estimate of how many members the template reaches. An
            approximation that can differ slightly from the real audience size; it may be absent
            (kept optional for older records). Read-only: set by LinkedIn, never sent.
        created: When the template was created, and by whom. Read-only: set by LinkedIn, never sent.
        last_modified: When the template was last changed, and by whom; equal to `created` while it
            has never been changed. Read-only: set by LinkedIn, never sent.
    """

    __slots__ = (
        "id",
        "account",
        "name",
        "description",
        "targeting_criteria",
        "approximate_member_count",
        "created",
        "last_modified",
    )
    _wire = (
        "id",
        "account",
        "name",
        "description",
        "targetingCriteria",
        "approximateMemberCount",
        "created",
        "lastModified",
    )
    _known = frozenset(_wire)

    id: int | str | None
    account: SponsoredAccountUrn | None
    name: str | None
    description: str | None
    targeting_criteria: TargetingCriteria | None
    approximate_member_count: int | None
    created: AuditStamp | None
    last_modified: AuditStamp | None

    def __init__(
        self,
        *,
        id: int | str | None = None,
        account: SponsoredAccountUrn | None = None,
        name: str | None = None,
        description: str | None = None,
        targeting_criteria: TargetingCriteria | None = None,
        approximate_member_count: int | None = None,
        created: AuditStamp | None = None,
        last_modified: AuditStamp | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.account = account
        self.name = name
        self.description = description
        self.targeting_criteria = targeting_criteria
        self.approximate_member_count = approximate_member_count
        self.created = created
        self.last_modified = last_modified
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdTargetTemplate from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.id = data.get("id")
        v = data.get("account")
        obj.account = (
            None
            if v is None
            else (
                _SPONSORED_ACCOUNT_URN_CACHE.get(v)
                or intern_urn(_SPONSORED_ACCOUNT_URN_CACHE, SponsoredAccountUrn, v)
            )
        )
        obj.name = data.get("name")
        obj.description = data.get("description")
        v = data.get("targetingCriteria")
        obj.targeting_criteria = None if v is None else _decode_TargetingCriteria(v)
        obj.approximate_member_count = data.get("approximateMemberCount")
        v = data.get("created")
        obj.created = None if v is None else _decode_AuditStamp(v)
        v = data.get("lastModified")
        obj.last_modified = None if v is None else _decode_AuditStamp(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.id is not None:
            data["id"] = self.id
        if self.account is not None:
            data["account"] = self.account
        if self.name is not None:
            data["name"] = self.name
        if self.description is not None:
            data["description"] = self.description
        if self.targeting_criteria is not None:
            data["targetingCriteria"] = self.targeting_criteria.to_dict()
        if self.approximate_member_count is not None:
            data["approximateMemberCount"] = self.approximate_member_count
        if self.created is not None:
            data["created"] = self.created.to_dict()
        if self.last_modified is not None:
            data["lastModified"] = self.last_modified.to_dict()
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.account is not None:
            data["account"] = self.account
        if self.name is not None:
            data["name"] = self.name
        if self.description is not None:
            data["description"] = self.description
        if self.targeting_criteria is not None:
            data["targetingCriteria"] = self.targeting_criteria.to_request_dict()
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.account is None:
            raise RequestValidationError(path + "account", "is required on create")

        if self.name is None:
            if for_create:
                raise RequestValidationError(path + "name", "is required on create")
        elif len(self.name) > 100:
            raise RequestValidationError(path + "name", "must be at most 100 characters long")

        if self.description is not None and len(self.description) > 500:
            raise RequestValidationError(
                path + "description", "must be at most 500 characters long"
            )

        if for_create and self.targeting_criteria is None:
            raise RequestValidationError(path + "targetingCriteria", "is required on create")


class AdTargetTemplateFinderResponse(Model):
    """One page of templates found by the account finder.

    Attributes:
        elements: The templates of this page.
        paging: Index paging metadata of a finder response.
    """

    __slots__ = (
        "elements",
        "paging",
    )
    _wire = (
        "elements",
        "paging",
    )
    _known = frozenset(_wire)

    elements: MutableSequence[AdTargetTemplate] | None
    paging: IndexPaging | None

    def __init__(
        self,
        *,
        elements: MutableSequence[AdTargetTemplate] | None = None,
        paging: IndexPaging | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.elements = elements
        self.paging = paging
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AdTargetTemplateFinderResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("elements")
        obj.elements = (
            None if v is None else Records.from_json(v, _decode_AdTargetTemplate, ("elements",))
        )
        v = data.get("paging")
        obj.paging = None if v is None else _decode_IndexPaging(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included. Records of `elements` never
        read are the JSON objects they were decoded from, shared, not copied."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = records_to_dicts(self.elements)
        if self.paging is not None:
            data["paging"] = self.paging.to_dict()
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = [v0.to_request_dict() for v0 in self.elements]
        if self.paging is not None:
            data["paging"] = self.paging.to_request_dict()
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.elements is None:
            if for_create:
                raise RequestValidationError(path + "elements", "is required on create")
        else:
            for index, item in enumerate(self.elements):
                item.validate(for_create=for_create, path=f"{path}elements[{index}].")


class AuditStamp(Model):
    """When a change happened and who made it.

    Attributes:
        actor: Any LinkedIn URN (`urn:li:{kind}:{id}`), where the API accepts entities of many
            kinds, such as targeting values or the actor of an audit stamp (`urn:li:unknown:0` when
            the actor is not known).
        time: The time of the change, in milliseconds since the epoch.
    """

    __slots__ = (
        "actor",
        "time",
    )
    _wire = (
        "actor",
        "time",
    )
    _known = frozenset(_wire)

    actor: AnyUrn | None
    time: int | None

    def __init__(
        self,
        *,
        actor: AnyUrn | None = None,
        time: int | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.actor = actor
        self.time = time
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a AuditStamp from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("actor")
        obj.actor = (
            None if v is None else (_ANY_URN_CACHE.get(v) or intern_urn(_ANY_URN_CACHE, AnyUrn, v))
        )
        obj.time = data.get("time")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.actor is not None:
            data["actor"] = self.actor
        if self.time is not None:
            data["time"] = self.time
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class BatchCreateResponse(Model):
    """The outcome of a batch create, one element per created entity, in request order.

    Attributes:
        elements: Not described by the documentation.
    """

    __slots__ = ("elements",)
    _wire = ("elements",)
    _known = frozenset(_wire)

    elements: MutableSequence[BatchCreateStatus] | None

    def __init__(
        self,
        *,
        elements: MutableSequence[BatchCreateStatus] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.elements = elements
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a BatchCreateResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("elements")
        obj.elements = (
            None if v is None else Records.from_json(v, _decode_BatchCreateStatus, ("elements",))
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included. Records of `elements` never
        read are the JSON objects they were decoded from, shared, not copied."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = records_to_dicts(self.elements)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class BatchCreateStatus(Model):
    """The outcome of creating one entity of a batch.

    Attributes:
        status: The HTTP status of this element (201 when created).
        id: The key of the created entity (a number or a URN string).
        location: The path of the created entity, relative to the API base.
        error: The body of every error response. `status`, `message` and `serviceErrorCode` are
            always present; ad accounts, campaign groups and campaigns also return `code`,
            `errorDetailType` and `errorDetails`.
    """

    __slots__ = (
        "status",
        "id",
        "location",
        "error",
    )
    _wire = (
        "status",
        "id",
        "location",
        "error",
    )
    _known = frozenset(_wire)

    status: int | None
    id: int | str | None
    location: str | None
    error: Error | None

    def __init__(
        self,
        *,
        status: int | None = None,
        id: int | str | None = None,
        location: str | None = None,
        error: Error | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.status = status
        self.id = id
        self.location = location
        self.error = error
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a BatchCreateStatus from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.status = data.get("status")
        obj.id = data.get("id")
        obj.location = data.get("location")
        v = data.get("error")
        obj.error = None if v is None else _decode_Error(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.status is not None:
            data["status"] = self.status
        if self.id is not None:
            data["id"] = self.id
        if self.location is not None:
            data["location"] = self.location
        if self.error is not None:
            data["error"] = self.error.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class BatchEntityStatus(Model):
    """The status of one entity of a batch operation.

    Attributes:
        status: The HTTP status of this entity (204 when updated or deleted).
    """

    __slots__ = ("status",)
    _wire = ("status",)
    _known = frozenset(_wire)

    status: int | None

    def __init__(
        self,
        *,
        status: int | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.status = status
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a BatchEntityStatus from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.status = data.get("status")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.status is not None:
            data["status"] = self.status
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class BatchPartialUpdateRequest(Model):
    """The body of a batch partial update, one patch per entity key (reduced-encoded).

    Attributes:
        entities: Not described by the documentation.
    """

    __slots__ = ("entities",)
    _wire = ("entities",)
    _known = frozenset(_wire)

    entities: dict[str, PartialUpdateRequest] | None

    def __init__(
        self,
        *,
        entities: dict[str, PartialUpdateRequest] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.entities = entities
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a BatchPartialUpdateRequest from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("entities")
        obj.entities = (
            None if v is None else {k1: _decode_PartialUpdateRequest(v1) for k1, v1 in v.items()}
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.entities is not None:
            data["entities"] = {k0: v0.to_dict() for k0, v0 in self.entities.items()}
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.entities is None:
            if for_create:
                raise RequestValidationError(path + "entities", "is required on create")
        else:
            for key, item in self.entities.items():
                item.validate(for_create=for_create, path=f"{path}entities[{key}].")


class BatchUpdateResponse(Model):
    """The outcome of a batch partial update or batch delete, per entity key.

    Attributes:
        results: Not described by the documentation.
        errors: Not described by the documentation.
    """

    __slots__ = (
        "results",
        "errors",
    )
    _wire = (
        "results",
        "errors",
    )
    _known = frozenset(_wire)

    results: dict[str, BatchEntityStatus] | None
    errors: dict[str, Error] | None

    def __init__(
        self,
        *,
        results: dict[str, BatchEntityStatus] | None = None,
        errors: dict[str, Error] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.results = results
        self.errors = errors
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a BatchUpdateResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("results")
        obj.results = (
            None if v is None else {k1: _decode_BatchEntityStatus(v1) for k1, v1 in v.items()}
        )
        v = data.get("errors")
        obj.errors = None if v is None else {k1: _decode_Error(v1) for k1, v1 in v.items()}
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.results is not None:
            data["results"] = {k0: v0.to_dict() for k0, v0 in self.results.items()}
        if self.errors is not None:
            data["errors"] = {k0: v0.to_dict() for k0, v0 in self.errors.items()}
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class ChangeAuditStamps(Model):
    """When the entity was created and last modified. Returned by the API although the documented
    schemas do not list it.

    Attributes:
        created: When a change happened and who made it.
        last_modified: When a change happened and who made it.
    """

    __slots__ = (
        "created",
        "last_modified",
    )
    _wire = (
        "created",
        "lastModified",
    )
    _known = frozenset(_wire)

    created: AuditStamp | None
    last_modified: AuditStamp | None

    def __init__(
        self,
        *,
        created: AuditStamp | None = None,
        last_modified: AuditStamp | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.created = created
        self.last_modified = last_modified
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a ChangeAuditStamps from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("created")
        obj.created = None if v is None else _decode_AuditStamp(v)
        v = data.get("lastModified")
        obj.last_modified = None if v is None else _decode_AuditStamp(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.created is not None:
            data["created"] = self.created.to_dict()
        if self.last_modified is not None:
            data["lastModified"] = self.last_modified.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class ConditionalInputError(Model):
    """An input that is invalid because of the value of other inputs.

    Attributes:
        input_errors: Not described by the documentation.
        conditional_inputs: Not described by the documentation.
    """

    __slots__ = (
        "input_errors",
        "conditional_inputs",
    )
    _wire = (
        "inputErrors",
        "conditionalInputs",
    )
    _known = frozenset(_wire)

    input_errors: list[InputError] | None
    conditional_inputs: list[ErrorInput] | None

    def __init__(
        self,
        *,
        input_errors: list[InputError] | None = None,
        conditional_inputs: list[ErrorInput] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.input_errors = input_errors
        self.conditional_inputs = conditional_inputs
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a ConditionalInputError from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("inputErrors")
        obj.input_errors = None if v is None else [_decode_InputError(v1) for v1 in v]
        v = data.get("conditionalInputs")
        obj.conditional_inputs = None if v is None else [_decode_ErrorInput(v1) for v1 in v]
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.input_errors is not None:
            data["inputErrors"] = [v0.to_dict() for v0 in self.input_errors]
        if self.conditional_inputs is not None:
            data["conditionalInputs"] = [v0.to_dict() for v0 in self.conditional_inputs]
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class Creative(Model):
    """An ad: what a campaign shows to members. An ad account holds at most 15,000 creatives and a
    campaign at most 100; all creatives of a campaign share the campaign's ad format (set by the
    first creative when the campaign has none).

    Attributes:
        account: The ad account the creative belongs to; set by the server. Read-only: set by
            LinkedIn, never sent.
        campaign: The campaign that runs the creative. Required on create; cannot be changed later.
            Can only be set on create.
        content: What the creative sponsors. Exactly one member is set: a `reference` to an existing
            post or InMail content, or inline ad content of one kind (text ad, dynamic follower,
            jobs or spotlight ad). The documentation names these kinds but details only `reference`;
            the other members are kept as open records. Can only be set on create.
        created_at: When the creative was created, in milliseconds since the epoch; set by the
            server. Read-only: set by LinkedIn, never sent.
        created_by: Who created the creative, usually a member; set by the server. Read-only: set by
            LinkedIn, never sent.
        id: The creative's own URN; assigned by the server on create. Read-only: set by LinkedIn,
            never sent.
        inline_content: Content created together with the creative by the `createInline` action
            (required there), saving a separate call to create the post first. Can only be set on
            create.
        intended_status: The status the advertiser wants for the creative. It is set on the creative
            alone, but a paused or otherwise stopped campaign, campaign group or account still keeps
            an active creative from serving. Older captures of the page had no table of these values
            (they were collected from its samples and text); the 2026 views list them, REMOVED
            included.
        is_serving: Whether the creative is being shown to members right now; set by the server.
            Read-only: set by LinkedIn, never sent.
        is_test: Whether the creative belongs to a test ad account. Returned in responses although
            the documented schema does not list it; the `isTestAccount` finder parameter filters on
            it. Read-only: set by LinkedIn, never sent.
        last_modified_at: When the creative last changed, in milliseconds since the epoch; set by
            the server. Read-only: set by LinkedIn, never sent.
        last_modified_by: Who made the last change, usually a member; set by the server. Read-only:
            set by LinkedIn, never sent.
        leadgen_call_to_action: The button of a lead generation creative and the form it opens.
            Needed when the campaign's objective is `LEAD_GENERATION`, and only then.
        review: Where the creative stands in LinkedIn's ad review. Set by the server only: the
            review starts when the creative leaves draft for an active status, so a draft creative
            has no review. Read-only: set by LinkedIn, never sent.
        serving_hold_reasons: Everything that currently keeps the creative from being shown; absent
            while the creative is serving. Set by the server. Read-only: set by LinkedIn, never
            sent.
        name: A label the advertiser chooses to recognise the creative. From 202410, Campaign
            Manager shows this name in place of the legacy `dscName` of the sponsored post; both
            remain readable through their own endpoints.
    """

    __slots__ = (
        "account",
        "campaign",
        "content",
        "created_at",
        "created_by",
        "id",
        "inline_content",
        "intended_status",
        "is_serving",
        "is_test",
        "last_modified_at",
        "last_modified_by",
        "leadgen_call_to_action",
        "review",
        "serving_hold_reasons",
        "name",
    )
    _wire = (
        "account",
        "campaign",
        "content",
        "createdAt",
        "createdBy",
        "id",
        "inlineContent",
        "intendedStatus",
        "isServing",
        "isTest",
        "lastModifiedAt",
        "lastModifiedBy",
        "leadgenCallToAction",
        "review",
        "servingHoldReasons",
        "name",
    )
    _known = frozenset(_wire)

    account: SponsoredAccountUrn | None
    campaign: SponsoredCampaignUrn | None
    content: CreativeContent | None
    created_at: int | None
    created_by: PersonUrn | None
    id: SponsoredCreativeUrn | None
    inline_content: CreativeInlineContent | None
    intended_status: CreativeIntendedStatus | None
    is_serving: bool | None
    is_test: bool | None
    last_modified_at: int | None
    last_modified_by: PersonUrn | None
    leadgen_call_to_action: LeadgenCreativeCallToAction | None
    review: CreativeReview | None
    serving_hold_reasons: list[CreativeServingHoldReason] | None
    name: str | None

    def __init__(
        self,
        *,
        account: SponsoredAccountUrn | None = None,
        campaign: SponsoredCampaignUrn | None = None,
        content: CreativeContent | None = None,
        created_at: int | None = None,
        created_by: PersonUrn | None = None,
        id: SponsoredCreativeUrn | None = None,
        inline_content: CreativeInlineContent | None = None,
        intended_status: CreativeIntendedStatus | None = None,
        is_serving: bool | None = None,
        is_test: bool | None = None,
        last_modified_at: int | None = None,
        last_modified_by: PersonUrn | None = None,
        leadgen_call_to_action: LeadgenCreativeCallToAction | None = None,
        review: CreativeReview | None = None,
        serving_hold_reasons: list[CreativeServingHoldReason] | None = None,
        name: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.account = account
        self.campaign = campaign
        self.content = content
        self.created_at = created_at
        self.created_by = created_by
        self.id = id
        self.inline_content = inline_content
        self.intended_status = intended_status
        self.is_serving = is_serving
        self.is_test = is_test
        self.last_modified_at = last_modified_at
        self.last_modified_by = last_modified_by
        self.leadgen_call_to_action = leadgen_call_to_action
        self.review = review
        self.serving_hold_reasons = serving_hold_reasons
        self.name = name
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a Creative from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("account")
        obj.account = (
            None
            if v is None
            else (
                _SPONSORED_ACCOUNT_URN_CACHE.get(v)
                or intern_urn(_SPONSORED_ACCOUNT_URN_CACHE, SponsoredAccountUrn, v)
            )
        )
        v = data.get("campaign")
        obj.campaign = (
            None
            if v is None
            else (
                _SPONSORED_CAMPAIGN_URN_CACHE.get(v)
                or intern_urn(_SPONSORED_CAMPAIGN_URN_CACHE, SponsoredCampaignUrn, v)
            )
        )
        v = data.get("content")
        obj.content = None if v is None else _decode_CreativeContent(v)
        obj.created_at = data.get("createdAt")
        v = data.get("createdBy")
        obj.created_by = (
            None
            if v is None
            else (_PERSON_URN_CACHE.get(v) or intern_urn(_PERSON_URN_CACHE, PersonUrn, v))
        )
        v = data.get("id")
        obj.id = None if v is None else SponsoredCreativeUrn(v)
        v = data.get("inlineContent")
        obj.inline_content = None if v is None else _decode_CreativeInlineContent(v)
        v = data.get("intendedStatus")
        obj.intended_status = (
            None if v is None else (_CREATIVE_INTENDED_STATUS.get(v) or CreativeIntendedStatus(v))
        )
        obj.is_serving = data.get("isServing")
        obj.is_test = data.get("isTest")
        obj.last_modified_at = data.get("lastModifiedAt")
        v = data.get("lastModifiedBy")
        obj.last_modified_by = (
            None
            if v is None
            else (_PERSON_URN_CACHE.get(v) or intern_urn(_PERSON_URN_CACHE, PersonUrn, v))
        )
        v = data.get("leadgenCallToAction")
        obj.leadgen_call_to_action = None if v is None else _decode_LeadgenCreativeCallToAction(v)
        v = data.get("review")
        obj.review = None if v is None else _decode_CreativeReview(v)
        v = data.get("servingHoldReasons")
        obj.serving_hold_reasons = (
            None
            if v is None
            else [
                (_CREATIVE_SERVING_HOLD_REASON.get(v1) or CreativeServingHoldReason(v1)) for v1 in v
            ]
        )
        obj.name = data.get("name")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.account is not None:
            data["account"] = self.account
        if self.campaign is not None:
            data["campaign"] = self.campaign
        if self.content is not None:
            data["content"] = self.content.to_dict()
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.created_by is not None:
            data["createdBy"] = self.created_by
        if self.id is not None:
            data["id"] = self.id
        if self.inline_content is not None:
            data["inlineContent"] = self.inline_content.to_dict()
        if self.intended_status is not None:
            data["intendedStatus"] = str(self.intended_status)
        if self.is_serving is not None:
            data["isServing"] = self.is_serving
        if self.is_test is not None:
            data["isTest"] = self.is_test
        if self.last_modified_at is not None:
            data["lastModifiedAt"] = self.last_modified_at
        if self.last_modified_by is not None:
            data["lastModifiedBy"] = self.last_modified_by
        if self.leadgen_call_to_action is not None:
            data["leadgenCallToAction"] = self.leadgen_call_to_action.to_dict()
        if self.review is not None:
            data["review"] = self.review.to_dict()
        if self.serving_hold_reasons is not None:
            data["servingHoldReasons"] = [str(v0) for v0 in self.serving_hold_reasons]
        if self.name is not None:
            data["name"] = self.name
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.campaign is not None:
            data["campaign"] = self.campaign
        if self.content is not None:
            data["content"] = self.content.to_request_dict()
        if self.inline_content is not None:
            data["inlineContent"] = self.inline_content.to_request_dict()
        if self.intended_status is not None:
            data["intendedStatus"] = str(self.intended_status)
        if self.leadgen_call_to_action is not None:
            data["leadgenCallToAction"] = self.leadgen_call_to_action.to_request_dict()
        if self.name is not None:
            data["name"] = self.name
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.campaign is None:
            raise RequestValidationError(path + "campaign", "is required on create")

        if self.content is not None:
            self.content.validate(for_create=for_create, path=path + "content.")

        if self.leadgen_call_to_action is not None:
            self.leadgen_call_to_action.validate(
                for_create=for_create, path=path + "leadgenCallToAction."
            )

        if self.review is not None:
            self.review.validate(for_create=for_create, path=path + "review.")


class CreativeBatchCreateRequest(Model):
    """The body of a batch create, one creative per element; all in the ad account of the path.

    Attributes:
        elements: Not described by the documentation.
    """

    __slots__ = ("elements",)
    _wire = ("elements",)
    _known = frozenset(_wire)

    elements: MutableSequence[Creative] | None

    def __init__(
        self,
        *,
        elements: MutableSequence[Creative] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.elements = elements
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeBatchCreateRequest from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("elements")
        obj.elements = None if v is None else Records.from_json(v, _decode_Creative, ("elements",))
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included. Records of `elements` never
        read are the JSON objects they were decoded from, shared, not copied."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = records_to_dicts(self.elements)
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = [v0.to_request_dict() for v0 in self.elements]
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.elements is None:
            if for_create:
                raise RequestValidationError(path + "elements", "is required on create")
        elif len(self.elements) < 1:
            raise RequestValidationError(path + "elements", "must hold at least 1 items")
        else:
            for index, item in enumerate(self.elements):
                item.validate(for_create=for_create, path=f"{path}elements[{index}].")


class CreativeBatchCreateResponse(Model):
    """The outcome of a batch create, one element per creative, in request order.

    Attributes:
        elements: Not described by the documentation.
    """

    __slots__ = ("elements",)
    _wire = ("elements",)
    _known = frozenset(_wire)

    elements: MutableSequence[CreativeBatchCreateStatus] | None

    def __init__(
        self,
        *,
        elements: MutableSequence[CreativeBatchCreateStatus] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.elements = elements
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeBatchCreateResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("elements")
        obj.elements = (
            None
            if v is None
            else Records.from_json(v, _decode_CreativeBatchCreateStatus, ("elements",))
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included. Records of `elements` never
        read are the JSON objects they were decoded from, shared, not copied."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = records_to_dicts(self.elements)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class CreativeBatchCreateStatus(Model):
    """The outcome of creating one creative of a batch.

    Attributes:
        status: The HTTP status of this element (201 when created).
        id: The URN of the created creative.
        location: A relative path to the created creative, with the URN URL-encoded (the documented
            samples use an internal resource name in this path).
        error: The body of every error response. `status`, `message` and `serviceErrorCode` are
            always present; ad accounts, campaign groups and campaigns also return `code`,
            `errorDetailType` and `errorDetails`.
    """

    __slots__ = (
        "status",
        "id",
        "location",
        "error",
    )
    _wire = (
        "status",
        "id",
        "location",
        "error",
    )
    _known = frozenset(_wire)

    status: int | None
    id: SponsoredCreativeUrn | None
    location: str | None
    error: Error | None

    def __init__(
        self,
        *,
        status: int | None = None,
        id: SponsoredCreativeUrn | None = None,
        location: str | None = None,
        error: Error | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.status = status
        self.id = id
        self.location = location
        self.error = error
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeBatchCreateStatus from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.status = data.get("status")
        v = data.get("id")
        obj.id = None if v is None else SponsoredCreativeUrn(v)
        obj.location = data.get("location")
        v = data.get("error")
        obj.error = None if v is None else _decode_Error(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.status is not None:
            data["status"] = self.status
        if self.id is not None:
            data["id"] = self.id
        if self.location is not None:
            data["location"] = self.location
        if self.error is not None:
            data["error"] = self.error.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class CreativeBatchGetResponse(Model):
    """The answer of a batch get, keyed by creative URN.

    Attributes:
        results: The creatives that were found, by URN.
        statuses: The HTTP status of each requested creative, by URN.
        errors: Why a requested creative could not be read, by URN.
    """

    __slots__ = (
        "results",
        "statuses",
        "errors",
    )
    _wire = (
        "results",
        "statuses",
        "errors",
    )
    _known = frozenset(_wire)

    results: dict[str, Creative] | None
    statuses: dict[str, int] | None
    errors: dict[str, Error] | None

    def __init__(
        self,
        *,
        results: dict[str, Creative] | None = None,
        statuses: dict[str, int] | None = None,
        errors: dict[str, Error] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.results = results
        self.statuses = statuses
        self.errors = errors
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeBatchGetResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("results")
        obj.results = None if v is None else {k1: _decode_Creative(v1) for k1, v1 in v.items()}
        obj.statuses = data.get("statuses")
        v = data.get("errors")
        obj.errors = None if v is None else {k1: _decode_Error(v1) for k1, v1 in v.items()}
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.results is not None:
            data["results"] = {k0: v0.to_dict() for k0, v0 in self.results.items()}
        if self.statuses is not None:
            data["statuses"] = dict(self.statuses)
        if self.errors is not None:
            data["errors"] = {k0: v0.to_dict() for k0, v0 in self.errors.items()}
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.results is not None:
            data["results"] = {k0: v0.to_request_dict() for k0, v0 in self.results.items()}
        if self.statuses is not None:
            data["statuses"] = dict(self.statuses)
        if self.errors is not None:
            data["errors"] = {k0: v0.to_request_dict() for k0, v0 in self.errors.items()}
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.results is not None:
            for key, item in self.results.items():
                item.validate(for_create=for_create, path=f"{path}results[{key}].")


class CreativeContent(Model):
    """What the creative sponsors. Exactly one member is set: a `reference` to an existing post or
    InMail content, or inline ad content of one kind (text ad, dynamic follower, jobs or spotlight
    ad). The documentation names these kinds but details only `reference`; the other members are
    kept as open records.

    Attributes:
        reference: The existing content a creative sponsors: a share, a ugcPost (image, video,
            article, carousel or document post) or Message Ad InMail content.
        text_ad: The content of a text ad. Its fields are not documented on the creatives page.
        follower: The content of a dynamic follower ad. Its fields are not documented on the
            creatives page.
        jobs: The content of a dynamic jobs ad. Its fields are not documented on the creatives page.
        spotlight: The content of a dynamic spotlight ad. Its fields are not documented on the
            creatives page.
        event_ad: An ad for a LinkedIn event (202505 and later). `post` and `event` are required
            when the creative is created. LinkedIn's table marks every field but `hidePreviewVideo`
            read-only while requiring some on create, which reads as fixed once created; since the
            whole `content` of a creative cannot change after creation, the client sends these
            fields on create only.
        third_party_vast_tag_video_ad: The content of a video ad served from the advertiser's own ad
            server through a VAST tag (202507 and later). The creatives page links to a page of its
            own for its fields, which is not among this project's sources, so it is kept as an open
            record.
    """

    __slots__ = (
        "reference",
        "text_ad",
        "follower",
        "jobs",
        "spotlight",
        "event_ad",
        "third_party_vast_tag_video_ad",
    )
    _wire = (
        "reference",
        "textAd",
        "follower",
        "jobs",
        "spotlight",
        "eventAd",
        "thirdPartyVastTagVideoAd",
    )
    _known = frozenset(_wire)

    reference: ShareUrn | UgcPostUrn | AdInMailContentUrn | None
    text_ad: dict[str, Any] | None
    follower: dict[str, Any] | None
    jobs: dict[str, Any] | None
    spotlight: dict[str, Any] | None
    event_ad: CreativeEventAd | None
    third_party_vast_tag_video_ad: dict[str, Any] | None

    def __init__(
        self,
        *,
        reference: ShareUrn | UgcPostUrn | AdInMailContentUrn | None = None,
        text_ad: dict[str, Any] | None = None,
        follower: dict[str, Any] | None = None,
        jobs: dict[str, Any] | None = None,
        spotlight: dict[str, Any] | None = None,
        event_ad: CreativeEventAd | None = None,
        third_party_vast_tag_video_ad: dict[str, Any] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.reference = reference
        self.text_ad = text_ad
        self.follower = follower
        self.jobs = jobs
        self.spotlight = spotlight
        self.event_ad = event_ad
        self.third_party_vast_tag_video_ad = third_party_vast_tag_video_ad
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeContent from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("reference")
        obj.reference = (
            None
            if v is None
            else (
                _SHARE_URN_OR_UGC_POST_URN_OR_AD_IN_MAIL_CONTENT_URN_CACHE.get(v)
                or intern_urn(
                    _SHARE_URN_OR_UGC_POST_URN_OR_AD_IN_MAIL_CONTENT_URN_CACHE,
                    parse_share_urn_or_ugc_post_urn_or_ad_in_mail_content_urn,
                    v,
                )
            )
        )
        obj.text_ad = data.get("textAd")
        obj.follower = data.get("follower")
        obj.jobs = data.get("jobs")
        obj.spotlight = data.get("spotlight")
        v = data.get("eventAd")
        obj.event_ad = None if v is None else _decode_CreativeEventAd(v)
        obj.third_party_vast_tag_video_ad = data.get("thirdPartyVastTagVideoAd")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.reference is not None:
            data["reference"] = self.reference
        if self.text_ad is not None:
            data["textAd"] = {k0: copy_json(v0) for k0, v0 in self.text_ad.items()}
        if self.follower is not None:
            data["follower"] = {k0: copy_json(v0) for k0, v0 in self.follower.items()}
        if self.jobs is not None:
            data["jobs"] = {k0: copy_json(v0) for k0, v0 in self.jobs.items()}
        if self.spotlight is not None:
            data["spotlight"] = {k0: copy_json(v0) for k0, v0 in self.spotlight.items()}
        if self.event_ad is not None:
            data["eventAd"] = self.event_ad.to_dict()
        if self.third_party_vast_tag_video_ad is not None:
            data["thirdPartyVastTagVideoAd"] = {
                k0: copy_json(v0) for k0, v0 in self.third_party_vast_tag_video_ad.items()
            }
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.event_ad is not None:
            self.event_ad.validate(for_create=for_create, path=path + "eventAd.")


class CreativeCreateInlineRequest(Model):
    """The body of the `createInline` action: the creative to create, whose `inlineContent` holds
    the post to create with it.

    Attributes:
        creative: An ad: what a campaign shows to members. An ad account holds at most 15,000
            creatives and a campaign at most 100; all creatives of a campaign share the campaign's
            ad format (set by the first creative when the campaign has none).
    """

    __slots__ = ("creative",)
    _wire = ("creative",)
    _known = frozenset(_wire)

    creative: Creative | None

    def __init__(
        self,
        *,
        creative: Creative | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.creative = creative
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeCreateInlineRequest from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("creative")
        obj.creative = None if v is None else _decode_Creative(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.creative is not None:
            data["creative"] = self.creative.to_dict()
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.creative is not None:
            data["creative"] = self.creative.to_request_dict()
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.creative is None:
            if for_create:
                raise RequestValidationError(path + "creative", "is required on create")
        else:
            self.creative.validate(for_create=for_create, path=path + "creative.")


class CreativeCriteriaResponse(Model):
    """One page of the `criteria` finder.

    Attributes:
        elements: The matching creatives of this page.
        metadata: Cursor paging metadata of a finder response.
    """

    __slots__ = (
        "elements",
        "metadata",
    )
    _wire = (
        "elements",
        "metadata",
    )
    _known = frozenset(_wire)

    elements: MutableSequence[Creative] | None
    metadata: CursorMetadata | None

    def __init__(
        self,
        *,
        elements: MutableSequence[Creative] | None = None,
        metadata: CursorMetadata | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.elements = elements
        self.metadata = metadata
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeCriteriaResponse from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("elements")
        obj.elements = None if v is None else Records.from_json(v, _decode_Creative, ("elements",))
        v = data.get("metadata")
        obj.metadata = None if v is None else _decode_CursorMetadata(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included. Records of `elements` never
        read are the JSON objects they were decoded from, shared, not copied."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = records_to_dicts(self.elements)
        if self.metadata is not None:
            data["metadata"] = self.metadata.to_dict()
        return data

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: like `to_dict`, without the read-only fields."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.elements is not None:
            data["elements"] = [v0.to_request_dict() for v0 in self.elements]
        if self.metadata is not None:
            data["metadata"] = self.metadata.to_request_dict()
        return data

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if self.elements is not None:
            for index, item in enumerate(self.elements):
                item.validate(for_create=for_create, path=f"{path}elements[{index}].")


class CreativeEventAd(Model):
    """An ad for a LinkedIn event (202505 and later). `post` and `event` are required when the
    creative is created. LinkedIn's table marks every field but `hidePreviewVideo` read-only while
    requiring some on create, which reads as fixed once created; since the whole `content` of a
    creative cannot change after creation, the client sends these fields on create only.

    Attributes:
        post: The sponsored user-generated post that carries the event.
        direct_sponsored_content: True when the post is sponsored without having been published
            first on the company or showcase page (direct sponsored content).
        event: The LinkedIn event the ad promotes.
        pre_event_registration_image: The image shown to members who have not registered for the
            event yet.
        hide_preview_video: Whether to hide the preview; only meaningful for a live video event with
            a lead generation form attached.
        content_author: The author of the content, a member or an organization.
    """

    __slots__ = (
        "post",
        "direct_sponsored_content",
        "event",
        "pre_event_registration_image",
        "hide_preview_video",
        "content_author",
    )
    _wire = (
        "post",
        "directSponsoredContent",
        "event",
        "preEventRegistrationImage",
        "hidePreviewVideo",
        "contentAuthor",
    )
    _known = frozenset(_wire)

    post: UgcPostUrn | None
    direct_sponsored_content: bool | None
    event: EventUrn | None
    pre_event_registration_image: DigitalmediaAssetUrn | None
    hide_preview_video: bool | None
    content_author: PersonUrn | OrganizationUrn | None

    def __init__(
        self,
        *,
        post: UgcPostUrn | None = None,
        direct_sponsored_content: bool | None = None,
        event: EventUrn | None = None,
        pre_event_registration_image: DigitalmediaAssetUrn | None = None,
        hide_preview_video: bool | None = None,
        content_author: PersonUrn | OrganizationUrn | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.post = post
        self.direct_sponsored_content = direct_sponsored_content
        self.event = event
        self.pre_event_registration_image = pre_event_registration_image
        self.hide_preview_video = hide_preview_video
        self.content_author = content_author
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeEventAd from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("post")
        obj.post = (
            None
            if v is None
            else (_UGC_POST_URN_CACHE.get(v) or intern_urn(_UGC_POST_URN_CACHE, UgcPostUrn, v))
        )
        obj.direct_sponsored_content = data.get("directSponsoredContent")
        v = data.get("event")
        obj.event = (
            None
            if v is None
            else (_EVENT_URN_CACHE.get(v) or intern_urn(_EVENT_URN_CACHE, EventUrn, v))
        )
        v = data.get("preEventRegistrationImage")
        obj.pre_event_registration_image = (
            None
            if v is None
            else (
                _DIGITALMEDIA_ASSET_URN_CACHE.get(v)
                or intern_urn(_DIGITALMEDIA_ASSET_URN_CACHE, DigitalmediaAssetUrn, v)
            )
        )
        obj.hide_preview_video = data.get("hidePreviewVideo")
        v = data.get("contentAuthor")
        obj.content_author = (
            None
            if v is None
            else (
                _PERSON_URN_OR_ORGANIZATION_URN_CACHE.get(v)
                or intern_urn(
                    _PERSON_URN_OR_ORGANIZATION_URN_CACHE, parse_person_urn_or_organization_urn, v
                )
            )
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.post is not None:
            data["post"] = self.post
        if self.direct_sponsored_content is not None:
            data["directSponsoredContent"] = self.direct_sponsored_content
        if self.event is not None:
            data["event"] = self.event
        if self.pre_event_registration_image is not None:
            data["preEventRegistrationImage"] = self.pre_event_registration_image
        if self.hide_preview_video is not None:
            data["hidePreviewVideo"] = self.hide_preview_video
        if self.content_author is not None:
            data["contentAuthor"] = self.content_author
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.post is None:
            raise RequestValidationError(path + "post", "is required on create")

        if for_create and self.event is None:
            raise RequestValidationError(path + "event", "is required on create")


class CreativeInlineContent(Model):
    """Content created together with the creative by the `createInline` action (required there),
    saving a separate call to create the post first.

    Attributes:
        post: A post created inline for the creative, in the shape of the Posts API. The creatives
            page shows these fields in its samples only; their rules belong to the Posts API.
    """

    __slots__ = ("post",)
    _wire = ("post",)
    _known = frozenset(_wire)

    post: CreativeInlinePost | None

    def __init__(
        self,
        *,
        post: CreativeInlinePost | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.post = post
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeInlineContent from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("post")
        obj.post = None if v is None else _decode_CreativeInlinePost(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.post is not None:
            data["post"] = self.post.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class CreativeInlinePost(Model):
    """A post created inline for the creative, in the shape of the Posts API. The creatives page
    shows these fields in its samples only; their rules belong to the Posts API.

    Attributes:
        ad_context: Ties an inline post to the ad account as a direct sponsored post (not shown on
            the page feed).
        author: The organization (or member) the post is published as.
        commentary: The text of the post.
        visibility: Who can see the post; sponsored posts use `PUBLIC`.
        lifecycle_state: The publication state of the post; the samples create it as `PUBLISHED`.
        is_reshare_disabled_by_author: Whether members are prevented from resharing the post.
        content_call_to_action_label: The call-to-action button of the post, such as `DOWNLOAD`
            (used with a website visit objective together with `contentLandingPage`).
        content_landing_page: The page the call-to-action button leads to.
        content: The media of an inline post.
    """

    __slots__ = (
        "ad_context",
        "author",
        "commentary",
        "visibility",
        "lifecycle_state",
        "is_reshare_disabled_by_author",
        "content_call_to_action_label",
        "content_landing_page",
        "content",
    )
    _wire = (
        "adContext",
        "author",
        "commentary",
        "visibility",
        "lifecycleState",
        "isReshareDisabledByAuthor",
        "contentCallToActionLabel",
        "contentLandingPage",
        "content",
    )
    _known = frozenset(_wire)

    ad_context: CreativeInlinePostAdContext | None
    author: OrganizationUrn | PersonUrn | None
    commentary: str | None
    visibility: str | None
    lifecycle_state: str | None
    is_reshare_disabled_by_author: bool | None
    content_call_to_action_label: str | None
    content_landing_page: str | None
    content: CreativeInlinePostContent | None

    def __init__(
        self,
        *,
        ad_context: CreativeInlinePostAdContext | None = None,
        author: OrganizationUrn | PersonUrn | None = None,
        commentary: str | None = None,
        visibility: str | None = None,
        lifecycle_state: str | None = None,
        is_reshare_disabled_by_author: bool | None = None,
        content_call_to_action_label: str | None = None,
        content_landing_page: str | None = None,
        content: CreativeInlinePostContent | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.ad_context = ad_context
        self.author = author
        self.commentary = commentary
        self.visibility = visibility
        self.lifecycle_state = lifecycle_state
        self.is_reshare_disabled_by_author = is_reshare_disabled_by_author
        self.content_call_to_action_label = content_call_to_action_label
        self.content_landing_page = content_landing_page
        self.content = content
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeInlinePost from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("adContext")
        obj.ad_context = None if v is None else _decode_CreativeInlinePostAdContext(v)
        v = data.get("author")
        obj.author = (
            None
            if v is None
            else (
                _ORGANIZATION_URN_OR_PERSON_URN_CACHE.get(v)
                or intern_urn(
                    _ORGANIZATION_URN_OR_PERSON_URN_CACHE, parse_organization_urn_or_person_urn, v
                )
            )
        )
        obj.commentary = data.get("commentary")
        obj.visibility = data.get("visibility")
        obj.lifecycle_state = data.get("lifecycleState")
        obj.is_reshare_disabled_by_author = data.get("isReshareDisabledByAuthor")
        obj.content_call_to_action_label = data.get("contentCallToActionLabel")
        obj.content_landing_page = data.get("contentLandingPage")
        v = data.get("content")
        obj.content = None if v is None else _decode_CreativeInlinePostContent(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.ad_context is not None:
            data["adContext"] = self.ad_context.to_dict()
        if self.author is not None:
            data["author"] = self.author
        if self.commentary is not None:
            data["commentary"] = self.commentary
        if self.visibility is not None:
            data["visibility"] = self.visibility
        if self.lifecycle_state is not None:
            data["lifecycleState"] = self.lifecycle_state
        if self.is_reshare_disabled_by_author is not None:
            data["isReshareDisabledByAuthor"] = self.is_reshare_disabled_by_author
        if self.content_call_to_action_label is not None:
            data["contentCallToActionLabel"] = self.content_call_to_action_label
        if self.content_landing_page is not None:
            data["contentLandingPage"] = self.content_landing_page
        if self.content is not None:
            data["content"] = self.content.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class CreativeInlinePostAdContext(Model):
    """Ties an inline post to the ad account as a direct sponsored post (not shown on the page
    feed).

    Attributes:
        dsc_ad_account: The ad account that sponsors the post.
        dsc_status: The status of the direct sponsored post, such as `ACTIVE`.
        dsc_name: The legacy name of the direct sponsored post. From 202410 Campaign Manager shows
            the creative's `name` instead when both are set.
    """

    __slots__ = (
        "dsc_ad_account",
        "dsc_status",
        "dsc_name",
    )
    _wire = (
        "dscAdAccount",
        "dscStatus",
        "dscName",
    )
    _known = frozenset(_wire)

    dsc_ad_account: SponsoredAccountUrn | None
    dsc_status: str | None
    dsc_name: str | None

    def __init__(
        self,
        *,
        dsc_ad_account: SponsoredAccountUrn | None = None,
        dsc_status: str | None = None,
        dsc_name: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.dsc_ad_account = dsc_ad_account
        self.dsc_status = dsc_status
        self.dsc_name = dsc_name
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeInlinePostAdContext from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("dscAdAccount")
        obj.dsc_ad_account = (
            None
            if v is None
            else (
                _SPONSORED_ACCOUNT_URN_CACHE.get(v)
                or intern_urn(_SPONSORED_ACCOUNT_URN_CACHE, SponsoredAccountUrn, v)
            )
        )
        obj.dsc_status = data.get("dscStatus")
        obj.dsc_name = data.get("dscName")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.dsc_ad_account is not None:
            data["dscAdAccount"] = self.dsc_ad_account
        if self.dsc_status is not None:
            data["dscStatus"] = self.dsc_status
        if self.dsc_name is not None:
            data["dscName"] = self.dsc_name
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class CreativeInlinePostContent(Model):
    """The media of an inline post.

    Attributes:
        media: One media asset, such as an uploaded video.
    """

    __slots__ = ("media",)
    _wire = ("media",)
    _known = frozenset(_wire)

    media: CreativeInlinePostContentMedia | None

    def __init__(
        self,
        *,
        media: CreativeInlinePostContentMedia | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.media = media
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeInlinePostContent from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("media")
        obj.media = None if v is None else _decode_CreativeInlinePostContentMedia(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.media is not None:
            data["media"] = self.media.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class CreativeInlinePostContentMedia(Model):
    """One media asset, such as an uploaded video.

    Attributes:
        title: The title shown with the media.
        id: The uploaded asset, such as `urn:li:video:{id}`.
    """

    __slots__ = (
        "title",
        "id",
    )
    _wire = (
        "title",
        "id",
    )
    _known = frozenset(_wire)

    title: str | None
    id: AnyUrn | None

    def __init__(
        self,
        *,
        title: str | None = None,
        id: AnyUrn | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.title = title
        self.id = id
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeInlinePostContentMedia from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.title = data.get("title")
        v = data.get("id")
        obj.id = None if v is None else AnyUrn(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.title is not None:
            data["title"] = self.title
        if self.id is not None:
            data["id"] = self.id
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class CreativeReview(Model):
    """Where the creative stands in LinkedIn's ad review. Set by the server only: the review starts
    when the creative leaves draft for an active status, so a draft creative has no review.

    Attributes:
        status: The outcome of the review so far. The 2026 views of the page list the values; older
            captures only showed `PENDING` in samples.
        rejection_reasons: Why the review turned the creative down; present for rejected creatives.
    """

    __slots__ = (
        "status",
        "rejection_reasons",
    )
    _wire = (
        "status",
        "rejectionReasons",
    )
    _known = frozenset(_wire)

    status: CreativeReviewStatus | None
    rejection_reasons: list[CreativeRejectionReason] | None

    def __init__(
        self,
        *,
        status: CreativeReviewStatus | None = None,
        rejection_reasons: list[CreativeRejectionReason] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.status = status
        self.rejection_reasons = rejection_reasons
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CreativeReview from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("status")
        obj.status = (
            None if v is None else (_CREATIVE_REVIEW_STATUS.get(v) or CreativeReviewStatus(v))
        )
        v = data.get("rejectionReasons")
        obj.rejection_reasons = (
            None
            if v is None
            else [(_CREATIVE_REJECTION_REASON.get(v1) or CreativeRejectionReason(v1)) for v1 in v]
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.status is not None:
            data["status"] = str(self.status)
        if self.rejection_reasons is not None:
            data["rejectionReasons"] = [str(v0) for v0 in self.rejection_reasons]
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.status is None:
            raise RequestValidationError(path + "status", "is required on create")


class CroppedImage(Model):
    """An organization's logo. Its dimensions vary widely from one organization to the next (50x50,
    100x60, 400x400 and more), so readers must not assume a size. The documentation names the type
    without listing its fields; any fields present are kept.
    """

    __slots__ = ()
    _wire = ()
    _known = frozenset(_wire)

    def __init__(
        self,
        *,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CroppedImage from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class CursorMetadata(Model):
    """Cursor paging metadata of a finder response.

    Attributes:
        next_page_token: Pass as `pageToken` to get the next page; absent on the last page.
    """

    __slots__ = ("next_page_token",)
    _wire = ("nextPageToken",)
    _known = frozenset(_wire)

    next_page_token: str | None

    def __init__(
        self,
        *,
        next_page_token: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.next_page_token = next_page_token
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a CursorMetadata from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.next_page_token = data.get("nextPageToken")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class DateRange(Model):
    """A period between two instants in epoch milliseconds; an absent end means open-ended.

    Attributes:
        start: The inclusive start, in milliseconds since the epoch.
        end: The exclusive end, in milliseconds since the epoch.
    """

    __slots__ = (
        "start",
        "end",
    )
    _wire = (
        "start",
        "end",
    )
    _known = frozenset(_wire)

    start: int | None
    end: int | None

    def __init__(
        self,
        *,
        start: int | None = None,
        end: int | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a DateRange from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.start = data.get("start")
        obj.end = data.get("end")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.start is not None:
            data["start"] = self.start
        if self.end is not None:
            data["end"] = self.end
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class Error(Model):
    """The body of every error response. `status`, `message` and `serviceErrorCode` are always
    present; ad accounts, campaign groups and campaigns also return `code`, `errorDetailType` and
    `errorDetails`.

    Attributes:
        status: The HTTP status of the response.
        message: What went wrong, for a human reader.
        service_error_code: LinkedIn's numeric error code.
        code: LinkedIn's symbolic error code, such as `CONDITIONAL_VALUE_TOO_LOW` or
            `NONEXISTENT_VERSION`.
        error_detail_type: The type name of `errorDetails`, such as
            `com.linkedin.common.error.BadRequest`.
        error_details: The input errors behind a 400 response.
    """

    __slots__ = (
        "status",
        "message",
        "service_error_code",
        "code",
        "error_detail_type",
        "error_details",
    )
    _wire = (
        "status",
        "message",
        "serviceErrorCode",
        "code",
        "errorDetailType",
        "errorDetails",
    )
    _known = frozenset(_wire)

    status: int | None
    message: str | None
    service_error_code: int | None
    code: str | None
    error_detail_type: str | None
    error_details: ErrorDetails | None

    def __init__(
        self,
        *,
        status: int | None = None,
        message: str | None = None,
        service_error_code: int | None = None,
        code: str | None = None,
        error_detail_type: str | None = None,
        error_details: ErrorDetails | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.status = status
        self.message = message
        self.service_error_code = service_error_code
        self.code = code
        self.error_detail_type = error_detail_type
        self.error_details = error_details
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a Error from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.status = data.get("status")
        obj.message = data.get("message")
        obj.service_error_code = data.get("serviceErrorCode")
        obj.code = data.get("code")
        obj.error_detail_type = data.get("errorDetailType")
        v = data.get("errorDetails")
        obj.error_details = None if v is None else _decode_ErrorDetails(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.status is not None:
            data["status"] = self.status
        if self.message is not None:
            data["message"] = self.message
        if self.service_error_code is not None:
            data["serviceErrorCode"] = self.service_error_code
        if self.code is not None:
            data["code"] = self.code
        if self.error_detail_type is not None:
            data["errorDetailType"] = self.error_detail_type
        if self.error_details is not None:
            data["errorDetails"] = self.error_details.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class ErrorDetails(Model):
    """The input errors behind a 400 response.

    Attributes:
        input_errors: Not described by the documentation.
        conditional_input_errors: Not described by the documentation.
    """

    __slots__ = (
        "input_errors",
        "conditional_input_errors",
    )
    _wire = (
        "inputErrors",
        "conditionalInputErrors",
    )
    _known = frozenset(_wire)

    input_errors: list[InputError] | None
    conditional_input_errors: list[ConditionalInputError] | None

    def __init__(
        self,
        *,
        input_errors: list[InputError] | None = None,
        conditional_input_errors: list[ConditionalInputError] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.input_errors = input_errors
        self.conditional_input_errors = conditional_input_errors
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a ErrorDetails from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("inputErrors")
        obj.input_errors = None if v is None else [_decode_InputError(v1) for v1 in v]
        v = data.get("conditionalInputErrors")
        obj.conditional_input_errors = (
            None if v is None else [_decode_ConditionalInputError(v1) for v1 in v]
        )
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.input_errors is not None:
            data["inputErrors"] = [v0.to_dict() for v0 in self.input_errors]
        if self.conditional_input_errors is not None:
            data["conditionalInputErrors"] = [v0.to_dict() for v0 in self.conditional_input_errors]
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class ErrorInput(Model):
    """Where in the request an invalid value was found, and the value.

    Attributes:
        input_path: Not described by the documentation.
        value: The rejected value, in whatever JSON type it had.
    """

    __slots__ = (
        "input_path",
        "value",
    )
    _wire = (
        "inputPath",
        "value",
    )
    _known = frozenset(_wire)

    input_path: ErrorInputInputPath | None
    value: Any

    def __init__(
        self,
        *,
        input_path: ErrorInputInputPath | None = None,
        value: Any = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.input_path = input_path
        self.value = value
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a ErrorInput from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("inputPath")
        obj.input_path = None if v is None else _decode_ErrorInputInputPath(v)
        obj.value = data.get("value")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.input_path is not None:
            data["inputPath"] = self.input_path.to_dict()
        if self.value is not None:
            data["value"] = copy_json(self.value)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class ErrorInputInputPath(Model):
    """Not described by the documentation.

    Attributes:
        field_path: The path of the field, such as `/runSchedule/end`.
    """

    __slots__ = ("field_path",)
    _wire = ("fieldPath",)
    _known = frozenset(_wire)

    field_path: str | None

    def __init__(
        self,
        *,
        field_path: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.field_path = field_path
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a ErrorInputInputPath from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.field_path = data.get("fieldPath")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.field_path is not None:
            data["fieldPath"] = self.field_path
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class IndexPaging(Model):
    """Index paging metadata of a finder response.

    Attributes:
        start: The index of the first element of this page.
        count: The number of elements asked for.
        total: The number of matching elements over all pages, where the server counts them.
        links: Links to neighbouring pages.
    """

    __slots__ = (
        "start",
        "count",
        "total",
        "links",
    )
    _wire = (
        "start",
        "count",
        "total",
        "links",
    )
    _known = frozenset(_wire)

    start: int | None
    count: int | None
    total: int | None
    links: list[IndexPagingLinksItem] | None

    def __init__(
        self,
        *,
        start: int | None = None,
        count: int | None = None,
        total: int | None = None,
        links: list[IndexPagingLinksItem] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.start = start
        self.count = count
        self.total = total
        self.links = links
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a IndexPaging from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.start = data.get("start")
        obj.count = data.get("count")
        obj.total = data.get("total")
        v = data.get("links")
        obj.links = None if v is None else [_decode_IndexPagingLinksItem(v1) for v1 in v]
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.start is not None:
            data["start"] = self.start
        if self.count is not None:
            data["count"] = self.count
        if self.total is not None:
            data["total"] = self.total
        if self.links is not None:
            data["links"] = [v0.to_dict() for v0 in self.links]
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class IndexPagingLinksItem(Model):
    """Not described by the documentation.

    Attributes:
        rel: Not described by the documentation.
        href: Not described by the documentation.
        type: Not described by the documentation.
    """

    __slots__ = (
        "rel",
        "href",
        "type",
    )
    _wire = (
        "rel",
        "href",
        "type",
    )
    _known = frozenset(_wire)

    rel: str | None
    href: str | None
    type: str | None

    def __init__(
        self,
        *,
        rel: str | None = None,
        href: str | None = None,
        type: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.rel = rel
        self.href = href
        self.type = type
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a IndexPagingLinksItem from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.rel = data.get("rel")
        obj.href = data.get("href")
        obj.type = data.get("type")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.rel is not None:
            data["rel"] = self.rel
        if self.href is not None:
            data["href"] = self.href
        if self.type is not None:
            data["type"] = self.type
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class InputError(Model):
    """One invalid input field.

    Attributes:
        description: Why the input is invalid.
        input: Where in the request an invalid value was found, and the value.
        code: The symbolic code of this input error.
    """

    __slots__ = (
        "description",
        "input",
        "code",
    )
    _wire = (
        "description",
        "input",
        "code",
    )
    _known = frozenset(_wire)

    description: str | None
    input: ErrorInput | None
    code: str | None

    def __init__(
        self,
        *,
        description: str | None = None,
        input: ErrorInput | None = None,
        code: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.description = description
        self.input = input
        self.code = code
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a InputError from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.description = data.get("description")
        v = data.get("input")
        obj.input = None if v is None else _decode_ErrorInput(v)
        obj.code = data.get("code")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.description is not None:
            data["description"] = self.description
        if self.input is not None:
            data["input"] = self.input.to_dict()
        if self.code is not None:
            data["code"] = self.code
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class LeadgenCreativeCallToAction(Model):
    """The button of a lead generation creative and the form it opens. Needed when the campaign's
    objective is `LEAD_GENERATION`, and only then.

    Attributes:
        destination: The lead form the button opens. It can be changed only while the creative is a
            draft and is fixed once the creative moves to any other intended status.
        label: The text shown on the call-to-action button.
    """

    __slots__ = (
        "destination",
        "label",
    )
    _wire = (
        "destination",
        "label",
    )
    _known = frozenset(_wire)

    destination: AdFormUrn | None
    label: CallToActionLabel | None

    def __init__(
        self,
        *,
        destination: AdFormUrn | None = None,
        label: CallToActionLabel | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.destination = destination
        self.label = label
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a LeadgenCreativeCallToAction from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("destination")
        obj.destination = (
            None
            if v is None
            else (_AD_FORM_URN_CACHE.get(v) or intern_urn(_AD_FORM_URN_CACHE, AdFormUrn, v))
        )
        v = data.get("label")
        obj.label = None if v is None else (_CALL_TO_ACTION_LABEL.get(v) or CallToActionLabel(v))
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.destination is not None:
            data["destination"] = self.destination
        if self.label is not None:
            data["label"] = str(self.label)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.destination is None:
            raise RequestValidationError(path + "destination", "is required on create")

        if for_create and self.label is None:
            raise RequestValidationError(path + "label", "is required on create")


class MoneyAmount(Model):
    """An amount of money in one currency.

    Attributes:
        amount: The amount as a decimal string (for example `"100.50"`), never a float.
        currency_code: The ISO 4217 three-letter currency code, such as `USD`.
    """

    __slots__ = (
        "amount",
        "currency_code",
    )
    _wire = (
        "amount",
        "currencyCode",
    )
    _known = frozenset(_wire)

    amount: Decimal | None
    currency_code: str | None

    def __init__(
        self,
        *,
        amount: Decimal | None = None,
        currency_code: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.amount = amount
        self.currency_code = currency_code
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a MoneyAmount from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("amount")
        obj.amount = None if v is None else Decimal(v)
        obj.currency_code = data.get("currencyCode")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.amount is not None:
            data["amount"] = format(self.amount, "f")
        if self.currency_code is not None:
            data["currencyCode"] = self.currency_code
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.amount is None:
            raise RequestValidationError(path + "amount", "is required on create")

        if for_create and self.currency_code is None:
            raise RequestValidationError(path + "currencyCode", "is required on create")


class MultiLocaleString(Model):
    """A text given in one or more locales, such as an organization's name.

    Attributes:
        localized: The text per locale, keyed by locale such as `en_US`.
        preferred_locale: The locale to show when the reader's own is not available.
    """

    __slots__ = (
        "localized",
        "preferred_locale",
    )
    _wire = (
        "localized",
        "preferredLocale",
    )
    _known = frozenset(_wire)

    localized: dict[str, str] | None
    preferred_locale: MultiLocaleStringPreferredLocale | None

    def __init__(
        self,
        *,
        localized: dict[str, str] | None = None,
        preferred_locale: MultiLocaleStringPreferredLocale | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.localized = localized
        self.preferred_locale = preferred_locale
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a MultiLocaleString from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.localized = data.get("localized")
        v = data.get("preferredLocale")
        obj.preferred_locale = None if v is None else _decode_MultiLocaleStringPreferredLocale(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.localized is not None:
            data["localized"] = dict(self.localized)
        if self.preferred_locale is not None:
            data["preferredLocale"] = self.preferred_locale.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class MultiLocaleStringPreferredLocale(Model):
    """The locale to show when the reader's own is not available.

    Attributes:
        country: The country part of the locale, such as `US`.
        language: The language part of the locale, such as `en`.
    """

    __slots__ = (
        "country",
        "language",
    )
    _wire = (
        "country",
        "language",
    )
    _known = frozenset(_wire)

    country: str | None
    language: str | None

    def __init__(
        self,
        *,
        country: str | None = None,
        language: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.country = country
        self.language = language
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a MultiLocaleStringPreferredLocale from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.country = data.get("country")
        obj.language = data.get("language")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.country is not None:
            data["country"] = self.country
        if self.language is not None:
            data["language"] = self.language
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class OrganizationInfo(Model):
    """Details of an organization, as returned in `referenceInfo`.

    Attributes:
        id: The organization's numeric id.
        name: A text given in one or more locales, such as an organization's name.
        vanity_name: The name that identifies the organization in its LinkedIn page address.
        localized_name: The organization's name in the locale of the request.
        logo: An organization's logo. Its dimensions vary widely from one organization to the next
            (50x50, 100x60, 400x400 and more), so readers must not assume a size. The documentation
            names the type without listing its fields; any fields present are kept.
    """

    __slots__ = (
        "id",
        "name",
        "vanity_name",
        "localized_name",
        "logo",
    )
    _wire = (
        "id",
        "name",
        "vanityName",
        "localizedName",
        "logo",
    )
    _known = frozenset(_wire)

    id: int | None
    name: MultiLocaleString | None
    vanity_name: str | None
    localized_name: str | None
    logo: CroppedImage | None

    def __init__(
        self,
        *,
        id: int | None = None,
        name: MultiLocaleString | None = None,
        vanity_name: str | None = None,
        localized_name: str | None = None,
        logo: CroppedImage | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.vanity_name = vanity_name
        self.localized_name = localized_name
        self.logo = logo
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a OrganizationInfo from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.id = data.get("id")
        v = data.get("name")
        obj.name = None if v is None else _decode_MultiLocaleString(v)
        obj.vanity_name = data.get("vanityName")
        obj.localized_name = data.get("localizedName")
        v = data.get("logo")
        obj.logo = None if v is None else _decode_CroppedImage(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name.to_dict()
        if self.vanity_name is not None:
            data["vanityName"] = self.vanity_name
        if self.localized_name is not None:
            data["localizedName"] = self.localized_name
        if self.logo is not None:
            data["logo"] = self.logo.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class PartialUpdateRequest(Model):
    """The body of a partial update.

    Attributes:
        patch: A Rest.li patch: `$set` maps fields to new values, `$delete` lists fields to remove,
            and any other key holds a nested patch of that record field.
    """

    __slots__ = ("patch",)
    _wire = ("patch",)
    _known = frozenset(_wire)

    patch: PatchDocument | None

    def __init__(
        self,
        *,
        patch: PatchDocument | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.patch = patch
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a PartialUpdateRequest from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("patch")
        obj.patch = None if v is None else _decode_PatchDocument(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.patch is not None:
            data["patch"] = self.patch.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits (and, for a create, the required fields).

        Raises `RequestValidationError` naming the first field that breaks one; `path` prefixes the
        field names of nested records.
        """
        if for_create and self.patch is None:
            raise RequestValidationError(path + "patch", "is required on create")


class PatchDocument(Model):
    """A Rest.li patch: `$set` maps fields to new values, `$delete` lists fields to remove, and any
    other key holds a nested patch of that record field.

    Attributes:
        set: Not described by the documentation.
        delete: Not described by the documentation.
    """

    __slots__ = (
        "set",
        "delete",
    )
    _wire = (
        "$set",
        "$delete",
    )
    _known = frozenset(_wire)

    set: dict[str, Any] | None
    delete: list[str] | None

    def __init__(
        self,
        *,
        set: dict[str, Any] | None = None,
        delete: list[str] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.set = set
        self.delete = delete
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a PatchDocument from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        obj.set = data.get("$set")
        obj.delete = data.get("$delete")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.set is not None:
            data["$set"] = {k0: copy_json(v0) for k0, v0 in self.set.items()}
        if self.delete is not None:
            data["$delete"] = list(self.delete)
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class PersonInfo(Model):
    """Details of a LinkedIn member, as returned in `referenceInfo`.

    Attributes:
        id: A LinkedIn member, as `urn:li:person:{id}`; the id is an opaque string.
        vanity_name: The name that identifies the member in their profile address.
    """

    __slots__ = (
        "id",
        "vanity_name",
    )
    _wire = (
        "id",
        "vanityName",
    )
    _known = frozenset(_wire)

    id: PersonUrn | None
    vanity_name: str | None

    def __init__(
        self,
        *,
        id: PersonUrn | None = None,
        vanity_name: str | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.vanity_name = vanity_name
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a PersonInfo from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("id")
        obj.id = None if v is None else PersonUrn(v)
        obj.vanity_name = data.get("vanityName")
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.id is not None:
            data["id"] = self.id
        if self.vanity_name is not None:
            data["vanityName"] = self.vanity_name
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class TargetingCriteria(Model):
    """An audience definition. Members are in the audience when they match `include` and do not
    match `exclude`. Facets are the kinds of audience attribute (industries, locations, seniorities,
    matched audience segments through `urn:li:adTargetingFacet:audienceMatchingSegments`, buying
    groups through `urn:li:adTargetingFacet:buyerGroups` from 202603, ...; the `AdTargetingFacet`
    enum names the documented ones).

    Attributes:
        include: The members to include: a member must satisfy every clause of `and`, and satisfies
            a clause when it matches at least one value in it.
        exclude: The members to leave out; any member matching at least one value of `or` is
            excluded.
    """

    __slots__ = (
        "include",
        "exclude",
    )
    _wire = (
        "include",
        "exclude",
    )
    _known = frozenset(_wire)

    include: TargetingInclude | None
    exclude: TargetingExclude | None

    def __init__(
        self,
        *,
        include: TargetingInclude | None = None,
        exclude: TargetingExclude | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.include = include
        self.exclude = exclude
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a TargetingCriteria from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("include")
        obj.include = None if v is None else _decode_TargetingInclude(v)
        v = data.get("exclude")
        obj.exclude = None if v is None else _decode_TargetingExclude(v)
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.include is not None:
            data["include"] = self.include.to_dict()
        if self.exclude is not None:
            data["exclude"] = self.exclude.to_dict()
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class TargetingExclude(Model):
    """The members to leave out; any member matching at least one value of `or` is excluded.

    Attributes:
        or_: Targeting values grouped by facet: each key is a facet URN
            (`urn:li:adTargetingFacet:{name}`), each value the list of entity URNs of that facet
            (such as `urn:li:industry:6` for `urn:li:adTargetingFacet:industries`). Matches a member
            who has any of the values.
    """

    __slots__ = ("or_",)
    _wire = ("or",)
    _known = frozenset(_wire)

    or_: dict[str, list[AnyUrn]] | None

    def __init__(
        self,
        *,
        or_: dict[str, list[AnyUrn]] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.or_ = or_
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a TargetingExclude from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("or")
        obj.or_ = None if v is None else {k1: list(map(AnyUrn, v1)) for k1, v1 in v.items()}
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.or_ is not None:
            data["or"] = {k0: list(v0) for k0, v0 in self.or_.items()}
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class TargetingInclude(Model):
    """The members to include: a member must satisfy every clause of `and`, and satisfies a clause
    when it matches at least one value in it.

    Attributes:
        and_: Not described by the documentation.
    """

    __slots__ = ("and_",)
    _wire = ("and",)
    _known = frozenset(_wire)

    and_: list[TargetingOrClause] | None

    def __init__(
        self,
        *,
        and_: list[TargetingOrClause] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.and_ = and_
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a TargetingInclude from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("and")
        obj.and_ = None if v is None else [_decode_TargetingOrClause(v1) for v1 in v]
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.and_ is not None:
            data["and"] = [v0.to_dict() for v0 in self.and_]
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


class TargetingOrClause(Model):
    """One clause of an inclusion, matched by any of its values.

    Attributes:
        or_: Targeting values grouped by facet: each key is a facet URN
            (`urn:li:adTargetingFacet:{name}`), each value the list of entity URNs of that facet
            (such as `urn:li:industry:6` for `urn:li:adTargetingFacet:industries`). Matches a member
            who has any of the values.
    """

    __slots__ = ("or_",)
    _wire = ("or",)
    _known = frozenset(_wire)

    or_: dict[str, list[AnyUrn]] | None

    def __init__(
        self,
        *,
        or_: dict[str, list[AnyUrn]] | None = None,
        unknown_fields: dict[str, Any] | None = None,
    ) -> None:
        self.or_ = or_
        self._source = None
        self._unknown = unknown_fields

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a TargetingOrClause from its JSON object; fields the spec does not list are kept."""
        obj = _new(cls)
        v = data.get("or")
        obj.or_ = None if v is None else {k1: list(map(AnyUrn, v1)) for k1, v1 in v.items()}
        obj._source = data  # unknown fields are picked out only when asked for
        obj._unknown = None
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included."""
        data = (
            {}
            if self._unknown is None and self._known.issuperset(self._source or ())
            else self._unknown_fields_copy()
        )
        if self.or_ is not None:
            data["or"] = {k0: list(v0) for k0, v0 in self.or_.items()}
        return data

    # Nothing in this record is read-only, so what is sent is everything.
    to_request_dict = to_dict


# For the from_dict methods above: looking `Model.from_dict` up binds it anew on every call.
_decode_AdAccount = AdAccount.from_dict
_decode_AdAccountIdCriterion = AdAccountIdCriterion.from_dict
_decode_AdAccountNameCriterion = AdAccountNameCriterion.from_dict
_decode_AdAccountReferenceCriterion = AdAccountReferenceCriterion.from_dict
_decode_AdAccountStatusCriterion = AdAccountStatusCriterion.from_dict
_decode_AdAccountTypeCriterion = AdAccountTypeCriterion.from_dict
_decode_AdAccountVersion = AdAccountVersion.from_dict
_decode_AdCampaign = AdCampaign.from_dict
_decode_AdCampaignFrequencyOptimizationPreference = (
    AdCampaignFrequencyOptimizationPreference.from_dict
)
_decode_AdCampaignGroup = AdCampaignGroup.from_dict
_decode_AdCampaignGroupBudgetOptimization = AdCampaignGroupBudgetOptimization.from_dict
_decode_AdCampaignGroupSearchCriteriaId = AdCampaignGroupSearchCriteriaId.from_dict
_decode_AdCampaignGroupSearchCriteriaName = AdCampaignGroupSearchCriteriaName.from_dict
_decode_AdCampaignGroupSearchCriteriaStatus = AdCampaignGroupSearchCriteriaStatus.from_dict
_decode_AdCampaignGroupVersion = AdCampaignGroupVersion.from_dict
_decode_AdCampaignIncludeExclude = AdCampaignIncludeExclude.from_dict
_decode_AdCampaignLegacyTargeting = AdCampaignLegacyTargeting.from_dict
_decode_AdCampaignLocale = AdCampaignLocale.from_dict
_decode_AdCampaignOffsitePreferences = AdCampaignOffsitePreferences.from_dict
_decode_AdCampaignOptimizationPreference = AdCampaignOptimizationPreference.from_dict
_decode_AdCampaignSearchCriteriaCampaignGroup = AdCampaignSearchCriteriaCampaignGroup.from_dict
_decode_AdCampaignSearchCriteriaId = AdCampaignSearchCriteriaId.from_dict
_decode_AdCampaignSearchCriteriaName = AdCampaignSearchCriteriaName.from_dict
_decode_AdCampaignSearchCriteriaStatus = AdCampaignSearchCriteriaStatus.from_dict
_decode_AdCampaignSearchCriteriaType = AdCampaignSearchCriteriaType.from_dict
_decode_AdCampaignTimeSpan = AdCampaignTimeSpan.from_dict
_decode_AdCampaignVersion = AdCampaignVersion.from_dict
_decode_AdTargetTemplate = AdTargetTemplate.from_dict
_decode_AuditStamp = AuditStamp.from_dict
_decode_BatchCreateStatus = BatchCreateStatus.from_dict
_decode_BatchEntityStatus = BatchEntityStatus.from_dict
_decode_ChangeAuditStamps = ChangeAuditStamps.from_dict
_decode_ConditionalInputError = ConditionalInputError.from_dict
_decode_Creative = Creative.from_dict
_decode_CreativeBatchCreateStatus = CreativeBatchCreateStatus.from_dict
_decode_CreativeContent = CreativeContent.from_dict
_decode_CreativeEventAd = CreativeEventAd.from_dict
_decode_CreativeInlineContent = CreativeInlineContent.from_dict
_decode_CreativeInlinePost = CreativeInlinePost.from_dict
_decode_CreativeInlinePostAdContext = CreativeInlinePostAdContext.from_dict
_decode_CreativeInlinePostContent = CreativeInlinePostContent.from_dict
_decode_CreativeInlinePostContentMedia = CreativeInlinePostContentMedia.from_dict
_decode_CreativeReview = CreativeReview.from_dict
_decode_CroppedImage = CroppedImage.from_dict
_decode_CursorMetadata = CursorMetadata.from_dict
_decode_DateRange = DateRange.from_dict
_decode_Error = Error.from_dict
_decode_ErrorDetails = ErrorDetails.from_dict
_decode_ErrorInput = ErrorInput.from_dict
_decode_ErrorInputInputPath = ErrorInputInputPath.from_dict
_decode_IndexPaging = IndexPaging.from_dict
_decode_IndexPagingLinksItem = IndexPagingLinksItem.from_dict
_decode_InputError = InputError.from_dict
_decode_LeadgenCreativeCallToAction = LeadgenCreativeCallToAction.from_dict
_decode_MoneyAmount = MoneyAmount.from_dict
_decode_MultiLocaleString = MultiLocaleString.from_dict
_decode_MultiLocaleStringPreferredLocale = MultiLocaleStringPreferredLocale.from_dict
_decode_PartialUpdateRequest = PartialUpdateRequest.from_dict
_decode_PatchDocument = PatchDocument.from_dict
_decode_TargetingCriteria = TargetingCriteria.from_dict
_decode_TargetingExclude = TargetingExclude.from_dict
_decode_TargetingInclude = TargetingInclude.from_dict
_decode_TargetingOrClause = TargetingOrClause.from_dict
