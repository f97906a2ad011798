"""Enums of LinkedIn Marketing API version 202603.

LinkedIn adds enum values without notice: every enum here accepts values it does not list (their
`is_known` is false) and writes them back unchanged.
"""

from __future__ import annotations

from linkedin_marketing.values import OpenEnum


class AdAccountErrorCode(OpenEnum):
    """The documented error reasons of ad account calls, mostly about test accounts. The page gives
    no HTTP status for them; they are input validation failures, answered as 400 Bad Request in
    LinkedIn's error shape. `x-error-type` is the broader error type the page pairs with each
    reason. (A request for a test account sent without Rest.li 2.0 encoding of a URN fails with the
    message "Syntax exception in path variables", which has no code.)"""

    CONDITIONAL_INVALID_VALUE = "CONDITIONAL_INVALID_VALUE"
    """A test account was asked for with type `ENTERPRISE`."""
    TEST_ACCOUNT_LIMIT_REACHED = "TEST_ACCOUNT_LIMIT_REACHED"
    """The developer application already has its one test account."""
    BATCH_CREATION_TEST_ACCOUNTS_CROSSING_LIMIT = "BATCH_CREATION_TEST_ACCOUNTS_CROSSING_LIMIT"
    """A batch create would give the developer application more test accounts than allowed."""
    SEGMENT_CREATION_NOT_ALLOWED_FOR_TEST_ACCOUNTS = (
        "SEGMENT_CREATION_NOT_ALLOWED_FOR_TEST_ACCOUNTS"
    )
    """An audience segment upload was attempted under a test account (returned by the audience
    segment API)."""
    FIELD_NOT_EDITABLE = "FIELD_NOT_EDITABLE"
    """A partial update tried to change a field that is fixed after creation, such as turning an
    existing account into a test account. The page gives only this type, no separate reason."""


class AdAccountServingStatus(OpenEnum):
    """One entry of an account's serving state, as computed by LinkedIn."""

    RUNNABLE = "RUNNABLE"
    """The account can serve; when present it is the only entry."""
    STOPPED = "STOPPED"
    """The account is stopped."""
    BILLING_HOLD = "BILLING_HOLD"
    """Held because of a billing problem."""
    ACCOUNT_TOTAL_BUDGET_HOLD = "ACCOUNT_TOTAL_BUDGET_HOLD"
    """Held because the account's total budget is used up."""
    ACCOUNT_END_DATE_HOLD = "ACCOUNT_END_DATE_HOLD"
    """Held because the account's end date has passed."""
    RESTRICTED_HOLD = "RESTRICTED_HOLD"
    """Held because the account is restricted."""
    INTERNAL_HOLD = "INTERNAL_HOLD"
    """Held by LinkedIn for internal reasons."""


class AdAccountSortField(OpenEnum):
    """The field to sort by; the account id is the only choice."""

    ID = "ID"
    """Sort by account id."""


class AdAccountStatus(OpenEnum):
    """The lifecycle state of an ad account; new accounts are `ACTIVE` unless told otherwise."""

    ACTIVE = "ACTIVE"
    """In use; the state a new account gets by default."""
    CANCELED = "CANCELED"
    """Closed for good."""
    DRAFT = "DRAFT"
    """Not fully set up yet and not serving; only accounts in this state can be deleted with DELETE."""
    PENDING_DELETION = "PENDING_DELETION"
    """Deletion was asked for and has not happened yet; set this status to delete an account that is
    not a draft."""
    REMOVED = "REMOVED"
    """Deleted, but still readable because performance data refers to it."""


class AdAccountType(OpenEnum):
    """The kind of ad account. Only `BUSINESS` accounts can be created, or be test accounts, through
    the API."""

    BUSINESS = "BUSINESS"
    """A self-service account; the only type the API can create."""
    ENTERPRISE = "ENTERPRISE"
    """An account set up by LinkedIn's own ad operations; cannot be created through the API and
    cannot be a test account."""


class AdCampaignCostType(OpenEnum):
    """What the campaign pays for."""

    CPM = "CPM"
    """Per thousand impressions. For SPONSORED_INMAILS campaigns it is a cost per send, counted as
    CPM times 1,000."""
    CPC = "CPC"
    """Per click on the ad's link."""
    CPV = "CPV"
    """Per view of a video ad."""


class AdCampaignCreativeSelection(OpenEnum):
    """How the campaign picks which of its creatives to serve. OPTIMIZED is the default; the page
    says it is not available for SPONSORED_INMAILS, which changed in 202607, when it became the
    default for SPONSORED_INMAILS campaigns with the LEAD_GENERATION objective."""

    ROUND_ROBIN = "ROUND_ROBIN"
    """Rotate through the creatives as evenly as possible."""
    OPTIMIZED = "OPTIMIZED"
    """Favour the creatives expected to perform best."""


class AdCampaignErrorCode(OpenEnum):
    """The documented error codes of the campaign endpoints (the `code` of the error envelope), with
    the HTTP status each comes with and the message template (`{name}` marks a value filled in by
    the server)."""

    ACTION_NOT_ALLOWED_FOR_CANCELLED_STATUS = "ACTION_NOT_ALLOWED_FOR_CANCELLED_STATUS"
    """The campaign is cancelled and the action is refused."""
    AUDIENCE_SIZE_TOO_SMALL = "AUDIENCE_SIZE_TOO_SMALL"
    """The targeting reaches fewer members than the minimum audience size."""
    CONDITIONAL_FIELD_NOT_ALLOWED = "CONDITIONAL_FIELD_NOT_ALLOWED"
    """A field may not be set because of the value of another field."""
    CONDITIONAL_INVALID_VALUE = "CONDITIONAL_INVALID_VALUE"
    """A value is refused because of the value of another field."""
    CONDITIONAL_MISSING_FIELD = "CONDITIONAL_MISSING_FIELD"
    """A field is required because of the value of another field (for example `dailyBudget` without
    `totalBudget`)."""
    CONDITIONAL_VALUE_TOO_HIGH = "CONDITIONAL_VALUE_TOO_HIGH"
    """A value exceeds the value of another field."""
    CONDITIONAL_VALUE_TOO_LOW = "CONDITIONAL_VALUE_TOO_LOW"
    """A value is below the value of another field."""
    CONVERSION_CAMPAIGN_MISSING_ASSOCIATED_CONVERSION = (
        "CONVERSION_CAMPAIGN_MISSING_ASSOCIATED_CONVERSION"
    )
    """A campaign optimized for conversions has no valid conversion associated."""
    CREATE_NOT_ALLOWED_WITH_FAILED_CREATIVES = "CREATE_NOT_ALLOWED_WITH_FAILED_CREATIVES"
    """Creation is refused while creatives are in a failed state."""
    DATE_IMMUTABLE_WHEN_PASSED = "DATE_IMMUTABLE_WHEN_PASSED"
    """A date that is already in the past cannot change."""
    DATE_TOO_EARLY = "DATE_TOO_EARLY"
    """A date lies before the earliest allowed date."""
    DELETE_ALLOWED_ONLY_FOR_DRAFT_STATUS = "DELETE_ALLOWED_ONLY_FOR_DRAFT_STATUS"
    """A campaign that is not DRAFT was deleted; set its status to PENDING_DELETION instead."""
    FAILED_TO_GET_VALID_CAMPAIGN_CONFIGURATION = "FAILED_TO_GET_VALID_CAMPAIGN_CONFIGURATION"
    """LinkedIn could not work out which campaign configurations the account and group allow."""
    FAILED_TO_PROCESS_CAMPAIGN_FOR_AUDIENCE_SIZE_ESTIMATION = (
        "FAILED_TO_PROCESS_CAMPAIGN_FOR_AUDIENCE_SIZE_ESTIMATION"
    )
    """The audience size of the campaign could not be estimated."""
    FAILED_TO_PROCESS_TARGETING_CRITERIA = "FAILED_TO_PROCESS_TARGETING_CRITERIA"
    """The targeting criteria could not be processed for audience size estimation."""
    FAILED_TO_RETRIEVE_AUDIENCE_SIZE = "FAILED_TO_RETRIEVE_AUDIENCE_SIZE"
    """LinkedIn failed to compute the audience size (a server-side error)."""
    FAILED_TO_RETRIEVE_SEGMENTS = "FAILED_TO_RETRIEVE_SEGMENTS"
    """LinkedIn failed to read the audience segments of the targeting (a server-side error)."""
    FAILED_TO_VALIDATE_AGAINST_ALLOWED_CAMPAIGN_TYPES = (
        "FAILED_TO_VALIDATE_AGAINST_ALLOWED_CAMPAIGN_TYPES"
    )
    """The campaign type could not be checked against the types the account's group allows."""
    FIELD_CANNOT_BE_BOTH_IN_INCLUDED_AND_EXCLUDED_TARGETING = (
        "FIELD_CANNOT_BE_BOTH_IN_INCLUDED_AND_EXCLUDED_TARGETING"
    )
    """The same targeting value is both included and excluded."""
    FIELD_IMMUTABLE_FOR_NON_DRAFT_CAMPAIGNS = "FIELD_IMMUTABLE_FOR_NON_DRAFT_CAMPAIGNS"
    """The field can only change while the campaign is DRAFT."""
    FIELD_LENGTH_TOO_LONG = "FIELD_LENGTH_TOO_LONG"
    """A text or list is longer than allowed (for example more than 100 values in one targeting
    facet)."""
    FIELD_NOT_ALLOWED = "FIELD_NOT_ALLOWED"
    """The field may not be set."""
    FIELD_VALUE_DOES_NOT_EXIST = "FIELD_VALUE_DOES_NOT_EXIST"
    """A referenced entity (such as the campaign group) does not exist."""
    FIELD_VALUE_NOT_ACTIVE = "FIELD_VALUE_NOT_ACTIVE"
    """A referenced entity is not active."""
    FIELD_VALUE_NOT_ALLOWED_FOR_SEGMENT_STATUS = "FIELD_VALUE_NOT_ALLOWED_FOR_SEGMENT_STATUS"
    """An audience segment in the targeting is in a status that cannot be used."""
    FIELD_VALUE_TOO_HIGH = "FIELD_VALUE_TOO_HIGH"
    """A value is above its maximum."""
    FIELD_VALUE_TOO_LOW = "FIELD_VALUE_TOO_LOW"
    """A value is below its minimum."""
    IMMUTABLE_ASSOCIATED_ENTITY = "IMMUTABLE_ASSOCIATED_ENTITY"
    """`associatedEntity` cannot change for this kind of campaign."""
    IMMUTABLE_CAMPAIGN_FLOOR_PRICE = "IMMUTABLE_CAMPAIGN_FLOOR_PRICE"
    """The floor price is fixed once set for this kind of campaign."""
    IMMUTABLE_CAMPAIGN_OBJECTIVE_TYPE = "IMMUTABLE_CAMPAIGN_OBJECTIVE_TYPE"
    """`objectiveType` is fixed once set."""
    IMMUTABLE_CAMPAIGN_TARGETING_AD_ZONES = "IMMUTABLE_CAMPAIGN_TARGETING_AD_ZONES"
    """A dynamic ad campaign changed its ad zones outside DRAFT."""
    INCOMPATIBLE_TARGETING_COMBINATION = "INCOMPATIBLE_TARGETING_COMBINATION"
    """A targeting facet cannot be combined with the others."""
    INSUFFICIENT_CAMPAIGN_GROUP_BUDGET = "INSUFFICIENT_CAMPAIGN_GROUP_BUDGET"
    """The campaign group has too little budget left for the campaign."""
    INVALID_CAMPAIGN_CONFIGURATION = "INVALID_CAMPAIGN_CONFIGURATION"
    """The combination of objective, format, type, optimization target, cost type and delivery
    options is not allowed."""
    INVALID_ENTITLEMENT_FOR_TALENT_LEAD = "INVALID_ENTITLEMENT_FOR_TALENT_LEAD"
    """The account may not use the talent leads objective."""
    INVALID_OBJECTIVE_TYPE_WITH_MYNETWORK_DELIVERY = (
        "INVALID_OBJECTIVE_TYPE_WITH_MYNETWORK_DELIVERY"
    )
    """The objective cannot serve on the My Network page."""
    INVALID_PAST_ATTRIBUTE_COMBINATION = "INVALID_PAST_ATTRIBUTE_COMBINATION"
    """Past and current forms of one targeting attribute are combined wrongly."""
    INVALID_SEGMENT_ID_AND_FACET_COMBINATION_PROVIDED = (
        "INVALID_SEGMENT_ID_AND_FACET_COMBINATION_PROVIDED"
    )
    """An audience segment is given under the wrong targeting facet."""
    INVALID_VALUE_BLANK_FIELD = "INVALID_VALUE_BLANK_FIELD"
    """A text field is blank."""
    INVALID_VALUE_DUPLICATE_EXIST = "INVALID_VALUE_DUPLICATE_EXIST"
    """A list holds the same value twice."""
    INVALID_VALUE_FOR_FIELD = "INVALID_VALUE_FOR_FIELD"
    """A value is not allowed for the field (for example a status a client cannot set)."""
    MISMATCH_FIELDS = "MISMATCH_FIELDS"
    """Two fields that must agree do not (for example a budget currency and the account currency)."""
    MISSING_CAMPAIGN_GROUP_ID = "MISSING_CAMPAIGN_GROUP_ID"
    """`campaignGroup` is missing."""
    MISSING_FIELD = "MISSING_FIELD"
    """A required field is missing."""
    MULTIPLE_VALIDATIONS_FAILED = "MULTIPLE_VALIDATIONS_FAILED"
    """Several inputs are invalid; `errorDetails` lists them."""
    MULTIPLE_VALUES_NOT_ALLOWED = "MULTIPLE_VALUES_NOT_ALLOWED"
    """A field takes one value only."""
    NO_PERMISSION_ON_ENTITY = "NO_PERMISSION_ON_ENTITY"
    """The member lacks a permission on the entity."""
    NO_PERMISSION_ON_FIELD = "NO_PERMISSION_ON_FIELD"
    """The member lacks the permission to set the field."""
    NO_PERMISSION_TO_UPDATE = "NO_PERMISSION_TO_UPDATE"
    """The member lacks the permission for the change."""
    OBJECTIVE_CHANGE_NOT_ALLOWED = "OBJECTIVE_CHANGE_NOT_ALLOWED"
    """The objective cannot change this way."""
    ONLY_DRAFT_CAMPAIGNS_ALLOWED_IN_DRAFT_CAMPAIGN_GROUPS = (
        "ONLY_DRAFT_CAMPAIGNS_ALLOWED_IN_DRAFT_CAMPAIGN_GROUPS"
    )
    """A campaign of a DRAFT campaign group must itself be DRAFT."""
    SPONSORING_LANDING_PAGE_NOT_ALLOWED = "SPONSORING_LANDING_PAGE_NOT_ALLOWED"
    """Sponsoring a landing page is not allowed for this account or campaign type."""
    START_DATE_AFTER_END_DATE = "START_DATE_AFTER_END_DATE"
    """`runSchedule.start` is after `runSchedule.end`."""
    STATUS_CHANGE_NOT_ALLOWED = "STATUS_CHANGE_NOT_ALLOWED"
    """The status cannot change from its current value to the new one."""
    TARGETING_ADZONE_CHANGE_NOT_ALLOWED = "TARGETING_ADZONE_CHANGE_NOT_ALLOWED"
    """A dynamic ad campaign switched between mobile and desktop ad zones outside DRAFT."""
    TARGETING_ADZONE_COMBINATION_INVALID = "TARGETING_ADZONE_COMBINATION_INVALID"
    """Mobile and desktop ad zones are targeted together."""
    TARGETING_FIELD_DEPRECATED = "TARGETING_FIELD_DEPRECATED"
    """The deprecated `targeting` field was sent."""
    NOT_FOUND = "NOT_FOUND"
    """The campaign (or the entity it names) does not exist."""
    TIMEOUT = "TIMEOUT"
    """The request took too long."""
    CONFLICT = "CONFLICT"
    """Another change to the same entity happened at the same time."""
    PRECONDITION_FAILED = "PRECONDITION_FAILED"
    """A precondition header of the request did not hold."""
    INTERNAL_ERROR = "INTERNAL_ERROR"
    """A server-side error."""
    NOT_IMPLEMENTED = "NOT_IMPLEMENTED"
    """The operation is not implemented."""
    UNDER_MAINTENANCE = "UNDER_MAINTENANCE"
    """The service is under maintenance."""


class AdCampaignGroupBidStrategy(OpenEnum):
    """How the campaigns of the group bid in the ad auction; every campaign of the group must use
    the same strategy."""

    MAXIMUM_DELIVERY = "MAXIMUM_DELIVERY"
    """LinkedIn bids automatically to spend the budget on as many results as it can."""
    MANUAL = "MANUAL"
    """The advertiser sets the bid of each campaign."""
    COST_CAP = "COST_CAP"
    """LinkedIn bids automatically while keeping the cost per result under a cap."""


class AdCampaignGroupBudgetOptimizationStrategy(OpenEnum):
    """How LinkedIn divides the group's budget among its campaigns."""

    DYNAMIC = "DYNAMIC"
    """LinkedIn moves budget between the campaigns of the group as they perform; the group's
    `totalBudget` and `dailyBudget` are shared by all of them."""


class AdCampaignGroupCampaignType(OpenEnum):
    """A kind of campaign that a group may contain."""

    TEXT_AD = "TEXT_AD"
    """Text ads shown in the right rail or at the top of LinkedIn pages."""
    SPONSORED_UPDATES = "SPONSORED_UPDATES"
    """Promoted company content shown natively in the feed."""
    SPONSORED_INMAILS = "SPONSORED_INMAILS"
    """Messages delivered to a member's LinkedIn inbox, each ending in an action button."""
    DYNAMIC = "DYNAMIC"
    """Ads personalised for each viewer. Only LinkedIn sets this value."""


class AdCampaignGroupObjectiveType(OpenEnum):
    """The marketing objective of the group. Optional, and fixed once set; the campaigns of the
    group inherit it."""

    BRAND_AWARENESS = "BRAND_AWARENESS"
    """Make more members aware of the brand."""
    ENGAGEMENT = "ENGAGEMENT"
    """Get members to interact with the content."""
    JOB_APPLICANTS = "JOB_APPLICANTS"
    """Get members to apply to jobs."""
    LEAD_GENERATION = "LEAD_GENERATION"
    """Collect leads, typically through lead forms."""
    WEBSITE_CONVERSIONS = "WEBSITE_CONVERSIONS"
    """Drive conversions on the advertiser's website."""
    WEBSITE_VISITS = "WEBSITE_VISITS"
    """Drive traffic to the advertiser's website."""
    VIDEO_VIEWS = "VIDEO_VIEWS"
    """Get video ads watched."""


class AdCampaignGroupSearchStatus(OpenEnum):
    """A status value of the search criterion. Same values as AdCampaignGroupStatus, except that the
    cancelled status is spelled CANCELED here, as LinkedIn documents the search criterion; both
    spellings are kept."""

    ACTIVE = "ACTIVE"
    """Groups that may serve."""
    ARCHIVED = "ARCHIVED"
    """Archived groups."""
    CANCELED = "CANCELED"
    """Cancelled groups (the entity's status field spells it CANCELLED)."""
    DRAFT = "DRAFT"
    """Groups still being prepared."""
    PAUSED = "PAUSED"
    """Paused groups."""
    PENDING_DELETION = "PENDING_DELETION"
    """Groups whose deletion is under way."""
    REMOVED = "REMOVED"
    """Deleted groups still readable for their performance data."""


class AdCampaignGroupServingStatus(OpenEnum):
    """One reason why a group's campaigns can or cannot serve, as computed by LinkedIn."""

    RUNNABLE = "RUNNABLE"
    """The group is live: billing, budgets and run dates are all in order."""
    STOPPED = "STOPPED"
    """The group cannot serve for a reason other than billing, budget or dates, for example because
    the advertiser cancelled it or it was flagged as spam."""
    BILLING_HOLD = "BILLING_HOLD"
    """The owning ad account is held for billing reasons."""
    ACCOUNT_TOTAL_BUDGET_HOLD = "ACCOUNT_TOTAL_BUDGET_HOLD"
    """The owning ad account has spent its total budget."""
    ACCOUNT_END_DATE_HOLD = "ACCOUNT_END_DATE_HOLD"
    """The owning ad account is past its end date."""
    CAMPAIGN_GROUP_TOTAL_BUDGET_HOLD = "CAMPAIGN_GROUP_TOTAL_BUDGET_HOLD"
    """The group has spent its total budget."""
    CAMPAIGN_GROUP_START_DATE_HOLD = "CAMPAIGN_GROUP_START_DATE_HOLD"
    """The group's start date has not come yet."""
    CAMPAIGN_GROUP_END_DATE_HOLD = "CAMPAIGN_GROUP_END_DATE_HOLD"
    """The group is past its end date."""


class AdCampaignGroupStatus(OpenEnum):
    """The lifecycle status of a campaign group, set by the advertiser (ACTIVE or DRAFT at
    creation). Spelled CANCELLED here; the search criterion spells it CANCELED (see
    AdCampaignGroupSearchStatus)."""

    ACTIVE = "ACTIVE"
    """The group may serve ads, within its run dates and budget and whatever the account and
    campaigns allow. Can be moved to ARCHIVED or PAUSED."""
    ARCHIVED = "ARCHIVED"
    """The group is inactive and normally kept out of sight until it is un-archived."""
    CANCELLED = "CANCELLED"
    """The group was cancelled for good and cannot be made active again. LinkedIn sets this; a
    client cannot."""
    DRAFT = "DRAFT"
    """The group is still being prepared and does not serve for now. Only DRAFT groups can be
    deleted outright."""
    PAUSED = "PAUSED"
    """The group could serve but is held back for the time being."""
    PENDING_DELETION = "PENDING_DELETION"
    """Deletion was asked for and is under way; set this to remove a group that is not DRAFT."""
    REMOVED = "REMOVED"
    """The group was deleted but can still be read because performance data refers to it."""


class AdCampaignObjectiveType(OpenEnum):
    """The marketing objective of the campaign, fixed once set (IMMUTABLE_CAMPAIGN_OBJECTIVE_TYPE);
    it decides which optimization targets and cost types are allowed. The documentation spells
    several values both in the plural (its schema table) and in the singular (its budget and pricing
    page); both spellings are accepted."""

    BRAND_AWARENESS = "BRAND_AWARENESS"
    """Make more members aware of the brand."""
    ENGAGEMENT = "ENGAGEMENT"
    """Get members to interact with the content."""
    JOB_APPLICANTS = "JOB_APPLICANTS"
    """Get members to apply to jobs (schema table spelling)."""
    LEAD_GENERATION = "LEAD_GENERATION"
    """Collect leads, typically through lead forms."""
    WEBSITE_CONVERSIONS = "WEBSITE_CONVERSIONS"
    """Drive conversions on the advertiser's website (schema table spelling)."""
    WEBSITE_VISITS = "WEBSITE_VISITS"
    """Drive traffic to the advertiser's website (schema table spelling)."""
    VIDEO_VIEWS = "VIDEO_VIEWS"
    """Get video ads watched (schema table spelling)."""
    JOB_APPLICANT = "JOB_APPLICANT"
    """JOB_APPLICANTS as the budget and pricing page spells it."""
    WEBSITE_CONVERSION = "WEBSITE_CONVERSION"
    """WEBSITE_CONVERSIONS as the budget and pricing page spells it."""
    WEBSITE_VISIT = "WEBSITE_VISIT"
    """WEBSITE_VISITS as the budget and pricing page spells it."""
    VIDEO_VIEW = "VIDEO_VIEW"
    """VIDEO_VIEWS as the budget and pricing page spells it."""
    CREATIVE_ENGAGEMENT = "CREATIVE_ENGAGEMENT"
    """Get members to engage with the creative itself (budget and pricing page only)."""
    TALENT_LEAD = "TALENT_LEAD"
    """Collect talent leads; needs a matching entitlement (budget and pricing page only)."""


class AdCampaignOptimizationTargetType(OpenEnum):
    """What the campaign's spending is optimized for; NONE (the default) means no optimization.
    Which targets an objective allows is decided by LinkedIn (INVALID_CAMPAIGN_CONFIGURATION)."""

    NONE = "NONE"
    """No optimization."""
    ENHANCED_CONVERSION = "ENHANCED_CONVERSION"
    """Bid up automatically where a conversion is more likely."""
    MAX_CLICK = "MAX_CLICK"
    """As many clicks as the budget allows."""
    MAX_IMPRESSION = "MAX_IMPRESSION"
    """As many impressions as the budget allows."""
    MAX_LEAD = "MAX_LEAD"
    """As many leads as the budget allows."""
    MAX_QUALIFIED_LEAD = "MAX_QUALIFIED_LEAD"
    """As many qualified leads as the budget allows; LEAD_GENERATION campaigns only."""
    MAX_CONVERSION = "MAX_CONVERSION"
    """As many conversions as the budget allows."""
    MAX_VIDEO_VIEW = "MAX_VIDEO_VIEW"
    """As many video views as the budget allows."""
    MAX_REACH = "MAX_REACH"
    """As many distinct members reached as the budget allows."""
    TARGET_COST_PER_CLICK = "TARGET_COST_PER_CLICK"
    """Keep the cost per click near `unitCost`."""
    TARGET_COST_PER_IMPRESSION = "TARGET_COST_PER_IMPRESSION"
    """Keep the cost per impression near `unitCost`."""
    TARGET_COST_PER_VIDEO_VIEW = "TARGET_COST_PER_VIDEO_VIEW"
    """Keep the cost per video view near `unitCost`."""
    CAP_COST_AND_MAXIMIZE_CLICKS = "CAP_COST_AND_MAXIMIZE_CLICKS"
    """As many clicks as possible without paying more than `unitCost` each."""
    CAP_COST_AND_MAXIMIZE_IMPRESSIONS = "CAP_COST_AND_MAXIMIZE_IMPRESSIONS"
    """As many impressions as possible without paying more than `unitCost` each."""
    CAP_COST_AND_MAXIMIZE_VIDEO_VIEWS = "CAP_COST_AND_MAXIMIZE_VIDEO_VIEWS"
    """As many video views as possible without paying more than `unitCost` each."""
    CAP_COST_AND_MAXIMIZE_LEADS = "CAP_COST_AND_MAXIMIZE_LEADS"
    """As many leads as possible without paying more than `unitCost` each."""


class AdCampaignPacingStrategy(OpenEnum):
    """How the campaign spends its budget over time. Optional, and set on create only."""

    LIFETIME = "LIFETIME"
    """Spread the budget over the campaign's whole run."""
    ACCELERATED = "ACCELERATED"
    """Spend the budget as fast as the audience allows, for example during an event."""


class AdCampaignPoliticalIntent(OpenEnum):
    """Whether the advertiser declares the campaign to be political advertising. Can be changed when
    the campaign's targeting changes. Applications creating campaigns that target the EU must show
    advertisers LinkedIn's consent text (checked by default) and send the answer here."""

    POLITICAL = "POLITICAL"
    """The campaign is political advertising."""
    NOT_POLITICAL = "NOT_POLITICAL"
    """The campaign is not political advertising."""
    NOT_DECLARED = "NOT_DECLARED"
    """The advertiser has not said."""


class AdCampaignServingStatus(OpenEnum):
    """One reason why a campaign can or cannot serve, as computed by LinkedIn."""

    RUNNABLE = "RUNNABLE"
    """The campaign may serve."""
    STOPPED = "STOPPED"
    """The campaign cannot serve for a reason other than billing, budget or dates, for example
    because it was paused."""
    ACCOUNT_TOTAL_BUDGET_HOLD = "ACCOUNT_TOTAL_BUDGET_HOLD"
    """The ad account has spent its total budget."""
    ACCOUNT_END_DATE_HOLD = "ACCOUNT_END_DATE_HOLD"
    """The ad account is past its end date."""
    CAMPAIGN_START_DATE_HOLD = "CAMPAIGN_START_DATE_HOLD"
    """The campaign's start date has not come yet."""
    CAMPAIGN_END_DATE_HOLD = "CAMPAIGN_END_DATE_HOLD"
    """The campaign is past its end date."""
    CAMPAIGN_TOTAL_BUDGET_HOLD = "CAMPAIGN_TOTAL_BUDGET_HOLD"
    """The campaign has spent its total budget."""
    CAMPAIGN_AUDIENCE_COUNT_HOLD = "CAMPAIGN_AUDIENCE_COUNT_HOLD"
    """The campaign's audience is below the minimum size."""
    CAMPAIGN_GROUP_START_DATE_HOLD = "CAMPAIGN_GROUP_START_DATE_HOLD"
    """The campaign group's start date has not come yet."""
    CAMPAIGN_GROUP_END_DATE_HOLD = "CAMPAIGN_GROUP_END_DATE_HOLD"
    """The campaign group is past its end date."""
    CAMPAIGN_GROUP_TOTAL_BUDGET_HOLD = "CAMPAIGN_GROUP_TOTAL_BUDGET_HOLD"
    """The campaign group has spent its total budget."""
    CAMPAIGN_GROUP_STATUS_HOLD = "CAMPAIGN_GROUP_STATUS_HOLD"
    """The campaign group's status keeps it from serving."""
    ACCOUNT_SERVING_HOLD = "ACCOUNT_SERVING_HOLD"
    """The ad account is on hold and cannot serve."""


class AdCampaignStatus(OpenEnum):
    """The lifecycle status of a campaign, set by the advertiser, except COMPLETED, CANCELED and
    REMOVED, which LinkedIn sets. Spelled CANCELED here and in the search criterion alike."""

    ACTIVE = "ACTIVE"
    """The campaign may serve."""
    PAUSED = "PAUSED"
    """The campaign could serve but is held back for the time being."""
    ARCHIVED = "ARCHIVED"
    """The campaign is inactive and normally kept out of sight until un-archived."""
    COMPLETED = "COMPLETED"
    """The campaign reached its budget or its end date. Set by LinkedIn."""
    CANCELED = "CANCELED"
    """The campaign was cancelled for good, for example because its account was closed. Set by
    LinkedIn."""
    DRAFT = "DRAFT"
    """The campaign is still being prepared and cannot serve; some checks wait until it is
    activated. Only DRAFT campaigns can be deleted outright."""
    PENDING_DELETION = "PENDING_DELETION"
    """Deletion was asked for and is under way; set this to remove a campaign that is not DRAFT."""
    REMOVED = "REMOVED"
    """The campaign was deleted but can still be read because performance data refers to it. Set by
    LinkedIn."""


class AdCampaignType(OpenEnum):
    """The kind of ads the campaign runs."""

    TEXT_AD = "TEXT_AD"
    """Text ads shown in the right rail or at the top of LinkedIn pages."""
    SPONSORED_UPDATES = "SPONSORED_UPDATES"
    """Promoted company content shown natively in the feed."""
    SPONSORED_INMAILS = "SPONSORED_INMAILS"
    """Messages (Message and Conversation Ads) delivered to a member's inbox, ending in an action
    button."""
    DYNAMIC = "DYNAMIC"
    """Ads personalised for each viewer."""


class AdTargetTemplateSortField(OpenEnum):
    """What the account finder sorts templates by."""

    ID = "ID"
    """The template id."""
    NAME = "NAME"
    """The template name, in plain alphabetical order without locale-aware collation."""


class AdTargetingFacet(OpenEnum):
    """A targeting facet that LinkedIn's documentation names, as the facet URN used as a key of
    targeting criteria. Other facets exist; any `urn:li:adTargetingFacet:{name}` is accepted."""

    URN_LI_ADTARGETINGFACET_AUDIENCEMATCHINGSEGMENTS = (
        "urn:li:adTargetingFacet:audienceMatchingSegments"
    )
    """Matched audiences (website, contact or company lists), by ad segment URN."""
    URN_LI_ADTARGETINGFACET_BUYERGROUPS = "urn:li:adTargetingFacet:buyerGroups"
    """Buying groups: the people of a company who take part in a purchase decision (202603 and
    later; its values come from the typeahead finder of the targeting entities). Source: third-party
    changelogs of the 202603 version; no LinkedIn page in this project's sources names it, so only
    its name is described here."""
    URN_LI_ADTARGETINGFACET_COMPANYCATEGORY = "urn:li:adTargetingFacet:companyCategory"
    """Company categories (lists such as the Fortune 500)."""
    URN_LI_ADTARGETINGFACET_EMPLOYERS = "urn:li:adTargetingFacet:employers"
    """Current employers, by organization URN."""
    URN_LI_ADTARGETINGFACET_GENDERS = "urn:li:adTargetingFacet:genders"
    """Member gender."""
    URN_LI_ADTARGETINGFACET_GROWTHRATE = "urn:li:adTargetingFacet:growthRate"
    """Company growth rate bands."""
    URN_LI_ADTARGETINGFACET_INDUSTRIES = "urn:li:adTargetingFacet:industries"
    """Industries, by industry URN."""
    URN_LI_ADTARGETINGFACET_INTERESTS = "urn:li:adTargetingFacet:interests"
    """Member interests."""
    URN_LI_ADTARGETINGFACET_INTERFACELOCALES = "urn:li:adTargetingFacet:interfaceLocales"
    """The language of the member's LinkedIn interface, by locale URN."""
    URN_LI_ADTARGETINGFACET_LOCATIONS = "urn:li:adTargetingFacet:locations"
    """Locations, by geo URN."""
    URN_LI_ADTARGETINGFACET_MEMBERBEHAVIORS = "urn:li:adTargetingFacet:memberBehaviors"
    """Member behaviours (such as frequent travellers)."""
    URN_LI_ADTARGETINGFACET_SENIORITIES = "urn:li:adTargetingFacet:seniorities"
    """Job seniority levels, by seniority URN."""


class CallToActionLabel(OpenEnum):
    """The text shown on the call-to-action button."""

    APPLY = "APPLY"
    """Button text "Apply now"."""
    DOWNLOAD = "DOWNLOAD"
    """Button text "Download"."""
    VIEW_QUOTE = "VIEW_QUOTE"
    """Button text "Get Quote"."""
    LEARN_MORE = "LEARN_MORE"
    """Button text "Learn More"."""
    SIGN_UP = "SIGN_UP"
    """Button text "Sign Up"."""
    SUBSCRIBE = "SUBSCRIBE"
    """Button text "Subscribe"."""
    REGISTER = "REGISTER"
    """Button text "Register"."""
    REQUEST_DEMO = "REQUEST_DEMO"
    """Button text "Request Demo"."""
    JOIN = "JOIN"
    """Button text "Join"."""
    ATTEND = "ATTEND"
    """Button text "Attend"."""
    UNLOCK_FULL_DOCUMENT = "UNLOCK_FULL_DOCUMENT"
    """Button text "Unlock Full Document"."""


class CreativeErrorCode(OpenEnum):
    """The documented error codes of the creatives endpoints, with the HTTP status each comes with
    and the message template (`{name}` marks a value filled in by the server)."""

    ACTION_CONDITIONALLY_NOT_ALLOWED = "ACTION_CONDITIONALLY_NOT_ALLOWED"
    """The requested action needs another field to hold a particular value first."""
    BATCH_OPERATION_CANNOT_HAVE_MULTI_AD_FORMATS = "BATCH_OPERATION_CANNOT_HAVE_MULTI_AD_FORMATS"
    """One batch call mixes creatives of different ad formats in the same campaign."""
    BRAND_LIFT_POLL_INVALID_SHARE_MEDIA_CATEGORY = "BRAND_LIFT_POLL_INVALID_SHARE_MEDIA_CATEGORY"
    """A brand lift poll uses a share media category other than `URN_REFERENCE`."""
    BRAND_LIFT_POLL_NON_DARK_POST_CREATIVE = "BRAND_LIFT_POLL_NON_DARK_POST_CREATIVE"
    """A brand lift poll references a post that is not a dark (ad-only) post."""
    BUTTON_LABEL_REQUIRED_FOR_JOBS_POSTING = "BUTTON_LABEL_REQUIRED_FOR_JOBS_POSTING"
    """A jobs creative with ad sizes set lacks its button label."""
    CAMPAIGN_EXCEEDING_CREATIVE_TYPE_LIMIT = "CAMPAIGN_EXCEEDING_CREATIVE_TYPE_LIMIT"
    """The creative's type differs from the type of the other creatives of its campaign."""
    CANNOT_UPDATE_CANCELED_CREATIVE = "CANNOT_UPDATE_CANCELED_CREATIVE"
    """The creative is canceled and accepts no more changes."""
    CAROUSEL_NON_ACTIVITY_REFERENCE = "CAROUSEL_NON_ACTIVITY_REFERENCE"
    """A carousel creative references something other than an activity."""
    CONDITIONAL_IMMUTABLE_FIELD = "CONDITIONAL_IMMUTABLE_FIELD"
    """A field is locked because of the value of another field."""
    CPC_CAMPAIGN_INVALID_AD_TYPE = "CPC_CAMPAIGN_INVALID_AD_TYPE"
    """A cost-per-click campaign accepts only dynamic ad creatives (follower, spotlight)."""
    CREATIVE_CONTENT_NOT_ASSOCIATED_WITH_LANDING_PAGE_URL = (
        "CREATIVE_CONTENT_NOT_ASSOCIATED_WITH_LANDING_PAGE_URL"
    )
    """The content lacks the landing page URL it needs."""
    CREATIVE_CONTENT_NOT_ASSOCIATED_WITH_VALID_PIPELINE_BUILDER_URL = (
        "CREATIVE_CONTENT_NOT_ASSOCIATED_WITH_VALID_PIPELINE_BUILDER_URL"
    )
    """The content lacks a valid pipeline builder URL."""
    CREATIVE_CONTENT_NOT_ASSOCIATED_WITH_VALID_PIPELINE_BUILDER_URL_OR_EVENT_PAGE_URL = (
        "CREATIVE_CONTENT_NOT_ASSOCIATED_WITH_VALID_PIPELINE_BUILDER_URL_OR_EVENT_PAGE_URL"
    )
    """Neither a usable pipeline builder link nor an event page link is attached to the content."""
    CREATIVE_NOT_ALLOWED_IN_CAMPAIGN = "CREATIVE_NOT_ALLOWED_IN_CAMPAIGN"
    """The campaign does not accept this creative."""
    CTA_REQUIRED_FOR_LEAD_GEN = "CTA_REQUIRED_FOR_LEAD_GEN"
    """A lead generation creative lacks part of its call to action."""
    DATE_CONDITIONAL_TOO_EARLY = "DATE_CONDITIONAL_TOO_EARLY"
    """A date must come before the date held by another field."""
    DIRECT_SPONSORED_CONTENT_MISMATCH = "DIRECT_SPONSORED_CONTENT_MISMATCH"
    """The referenced direct sponsored content belongs to another ad account."""
    DYNAMIC_ADS_MISSING_AD_FORMAT = "DYNAMIC_ADS_MISSING_AD_FORMAT"
    """A dynamic ad other than a jobs ad lacks its ad format."""
    EMPTY_FIELD = "EMPTY_FIELD"
    """A field that must hold a value is empty."""
    FAILED_TO_EXTRACT_COMPANY_ID = "FAILED_TO_EXTRACT_COMPANY_ID"
    """No company id could be read from the given company profile information."""
    FAIL_TO_RETRIEVE_DIRECT_SPONSORED_CONTENT = "FAIL_TO_RETRIEVE_DIRECT_SPONSORED_CONTENT"
    """The server could not load the referenced direct sponsored content."""
    FAIL_TO_RETRIEVE_UPDATE = "FAIL_TO_RETRIEVE_UPDATE"
    """The server could not load the referenced post; retrying may help."""
    FIELD_CONDITIONALLY_NOT_ALLOWED = "FIELD_CONDITIONALLY_NOT_ALLOWED"
    """A field may not be set because of the value of another field."""
    FIELD_NOT_ALLOWED_ON_CREATION = "FIELD_NOT_ALLOWED_ON_CREATION"
    """A create request sets a field that cannot be set at creation."""
    FIELD_NOT_EDITABLE = "FIELD_NOT_EDITABLE"
    """The field cannot be changed for this kind of creative."""
    FIELD_VALUE_TOO_LONG = "FIELD_VALUE_TOO_LONG"
    """A text value is longer than its limit."""
    FOLLOW_COMPANY_V2_NONEMPTY_CLICK_URI = "FOLLOW_COMPANY_V2_NONEMPTY_CLICK_URI"
    """A follow-company creative sets a click URI, which must stay empty."""
    HEADLINE_REQUIRED_FOR_JOBS_POSTING = "HEADLINE_REQUIRED_FOR_JOBS_POSTING"
    """A jobs creative with ad sizes set lacks its headline."""
    IMAGE_URN_EXCLUSIVE_WITH_IMAGE_ID = "IMAGE_URN_EXCLUSIVE_WITH_IMAGE_ID"
    """Both an image id and an image URN were given; only one is allowed."""
    IMMUTABLE_FIELD = "IMMUTABLE_FIELD"
    """The field can never be changed after creation."""
    INVALID_CLICK_URI = "INVALID_CLICK_URI"
    """The click URI is relative or uses a scheme that is not accepted."""
    INVALID_HREF = "INVALID_HREF"
    """The click URI is over 500 characters or does not start with http or https."""
    INVALID_PARENT_CAMPAIGN_TYPE = "INVALID_PARENT_CAMPAIGN_TYPE"
    """The campaign's type does not allow this type of creative."""
    INVALID_URN_TYPE = "INVALID_URN_TYPE"
    """A field holds a URN of the wrong kind."""
    INVALID_VALUE_NOT_ACTIVE = "INVALID_VALUE_NOT_ACTIVE"
    """A field refers to an entity that is not active."""
    INVALID_VALUE_NOT_EXIST = "INVALID_VALUE_NOT_EXIST"
    """A field refers to an entity that does not exist."""
    JOBS_CREATIVE_INVALID_AD_FORMAT = "JOBS_CREATIVE_INVALID_AD_FORMAT"
    """A jobs creative uses an ad format other than work-with-us or picture-yourself."""
    JOB_POSTING_CANNOT_BE_FETCHED = "JOB_POSTING_CANNOT_BE_FETCHED"
    """The server could not load the job posting."""
    JOB_STATE_NOT_LISTED_BUT_CREATIVE_IS_ACTIVE = "JOB_STATE_NOT_LISTED_BUT_CREATIVE_IS_ACTIVE"
    """A job posting creative can only be active while its job is listed."""
    MISSING_FIELD_IN_VALUE = "MISSING_FIELD_IN_VALUE"
    """A nested value lacks a field it must contain."""
    ORGANIC_STORY_UGC_INVALID_CTA_LABEL = "ORGANIC_STORY_UGC_INVALID_CTA_LABEL"
    """An organic story can be sponsored only with one of the accepted call-to-action labels."""
    PARENT_URN_KEY_NOT_FOUND = "PARENT_URN_KEY_NOT_FOUND"
    """The parent entity named by a URN was not found."""
    POLI_LINK_FOLLOW_TEXT_MISMATCH = "POLI_LINK_FOLLOW_TEXT_MISMATCH"
    """The link does not match the format required by the chosen follow text."""
    POLL_STICKERS_NOT_SUPPORTED_FOR_STORIES = "POLL_STICKERS_NOT_SUPPORTED_FOR_STORIES"
    """A sponsored story carries a poll sticker, which stories do not support."""
    REFERENCED_EVENT_CANNOT_HAVE_CANCELED_STATUS = "REFERENCED_EVENT_CANNOT_HAVE_CANCELED_STATUS"
    """The sponsored post points to an event that was canceled."""
    REFERENCED_EVENT_END_TIME_PASSED = "REFERENCED_EVENT_END_TIME_PASSED"
    """The sponsored post points to an event that is over."""
    REFERENCED_EVENT_ORGANIZER_MISMATCH = "REFERENCED_EVENT_ORGANIZER_MISMATCH"
    """The author of the sponsored post is not the organizer of the event it points to."""
    REFERENCE_MEDIA_CATEGORY_AND_CAMPAIGN_FORMAT_MISMATCH = (
        "REFERENCE_MEDIA_CATEGORY_AND_CAMPAIGN_FORMAT_MISMATCH"
    )
    """The referenced post's media category does not fit the campaign's format."""
    REFERENCE_NOT_ALLOWED_FOR_TEXT_AD_CREATIVE = "REFERENCE_NOT_ALLOWED_FOR_TEXT_AD_CREATIVE"
    """A text ad creative may not reference a post."""
    SINMAIL_INVALID_INMAIL_CONTENT = "SINMAIL_INVALID_INMAIL_CONTENT"
    """The Sponsored InMail content referenced by the creative does not exist."""
    SPONSORED_JOB_POSTING_NON_UGC_REFERENCE = "SPONSORED_JOB_POSTING_NON_UGC_REFERENCE"
    """A sponsored job posting must reference a ugcPost."""
    SPONSORED_UPDATE_JOB_POSTING_NON_JOB_REFERENCE = (
        "SPONSORED_UPDATE_JOB_POSTING_NON_JOB_REFERENCE"
    )
    """A sponsored job posting update must reference a job."""
    SPONSORED_UPDATE_JOB_POSTING_NON_SHARING_CONTENT = (
        "SPONSORED_UPDATE_JOB_POSTING_NON_SHARING_CONTENT"
    )
    """A sponsored job posting update must be shareable."""
    SPONSORED_VIDEO_NON_SHAREABLE_CONTENT = "SPONSORED_VIDEO_NON_SHAREABLE_CONTENT"
    """A sponsored video must be shareable."""
    SPONSORED_VIDEO_NON_UGC_REFERENCE = "SPONSORED_VIDEO_NON_UGC_REFERENCE"
    """A sponsored video must reference a ugcPost."""
    SPONSORED_VIDEO_NON_VIDEO_REFERENCE = "SPONSORED_VIDEO_NON_VIDEO_REFERENCE"
    """A sponsored video must reference a post that holds a video."""
    SPOTLIGHT_NOT_ASSOCIATED_WITH_VALID_PIPELINE_BUILDER_URL = (
        "SPOTLIGHT_NOT_ASSOCIATED_WITH_VALID_PIPELINE_BUILDER_URL"
    )
    """A spotlight creative lacks a valid pipeline builder URL."""
    SSU_NON_ACTIVITY_REFERENCE = "SSU_NON_ACTIVITY_REFERENCE"
    """A sponsored status update must reference an activity (image story items excepted)."""
    TRANSITION_CONDITIONALLY_NOT_ALLOWED = "TRANSITION_CONDITIONALLY_NOT_ALLOWED"
    """A status change is refused unless another field holds a given value."""
    TRANSITION_NOT_ALLOWED = "TRANSITION_NOT_ALLOWED"
    """The requested change from one value to the other is never allowed."""
    UGC_EXCEEDING_IMAGE_LIMIT = "UGC_EXCEEDING_IMAGE_LIMIT"
    """An image post must hold exactly one image to be sponsored."""
    UGC_INVALID_FEED_DISTRIBUTION = "UGC_INVALID_FEED_DISTRIBUTION"
    """The post's feed distribution does not fit its kind (dark, organic or container post)."""
    UGC_INVALID_SHARE_MEDIA_CATEGORY = "UGC_INVALID_SHARE_MEDIA_CATEGORY"
    """The post's media category is not one that can be sponsored."""
    UGC_INVALID_VISIBILITY_SETTING = "UGC_INVALID_VISIBILITY_SETTING"
    """Only public posts can be sponsored."""
    UGC_NON_SHARING_CONTENT_ERROR = "UGC_NON_SHARING_CONTENT_ERROR"
    """The referenced post must be shareable."""
    UGC_RESHARE_CANNOT_BE_SPONSORED = "UGC_RESHARE_CANNOT_BE_SPONSORED"
    """A reshare of another post cannot be sponsored."""
    UNAUTHORIZED_ACCESS_TO_CHANGE_THE_REVIEW = "UNAUTHORIZED_ACCESS_TO_CHANGE_THE_REVIEW"
    """The caller may not change the creative's review."""
    UNSAFE_HREF = "UNSAFE_HREF"
    """The click URI was judged unsafe or malicious."""
    VIDEO_INVALID_HEIGHT = "VIDEO_INVALID_HEIGHT"
    """The video's height is outside the accepted range."""
    VIDEO_LENGTH_TOO_LONG = "VIDEO_LENGTH_TOO_LONG"
    """The video runs longer than the maximum."""
    VIDEO_LENGTH_TOO_SHORT = "VIDEO_LENGTH_TOO_SHORT"
    """The video is shorter than the minimum."""
    VIDEO_UNSUPPORTED_ASPECT = "VIDEO_UNSUPPORTED_ASPECT"
    """The video's aspect ratio is outside the accepted range."""
    VIDEO_UNSUPPORTED_WIDTH = "VIDEO_UNSUPPORTED_WIDTH"
    """The video's width is outside the accepted range."""
    WHITEPAPER_DOWNLOAD_CAMPAIGN_AD_FORM_MISMATCH = "WHITEPAPER_DOWNLOAD_CAMPAIGN_AD_FORM_MISMATCH"
    """The campaign and its lead form must either both be whitepaper download or both not."""
    CTV_VIDEO_UNSUPPORTED_BITRATE = "CTV_VIDEO_UNSUPPORTED_BITRATE"
    """A connected TV video's bitrate is below the minimum."""


class CreativeIntendedStatus(OpenEnum):
    """The status the advertiser wants for the creative. It is set on the creative alone, but a
    paused or otherwise stopped campaign, campaign group or account still keeps an active creative
    from serving. Older captures of the page had no table of these values (they were collected from
    its samples and text); the 2026 views list them, REMOVED included."""

    ACTIVE = "ACTIVE"
    """Complete and meant to run; activating a draft starts its review."""
    PAUSED = "PAUSED"
    """Complete but held back for now. A creative under review cannot be paused."""
    DRAFT = "DRAFT"
    """Still being prepared; not reviewed and not served. A draft creative can be deleted."""
    ARCHIVED = "ARCHIVED"
    """Finished and no longer served, kept apart from current creatives."""
    CANCELED = "CANCELED"
    """Stopped for good; a canceled creative can no longer be updated."""
    PENDING_DELETION = "PENDING_DELETION"
    """Asked to be removed. Setting this status is how a creative that cannot be deleted directly
    gets removed."""
    REMOVED = "REMOVED"
    """Deleted, but still readable because performance data refers to it. Set by LinkedIn."""


class CreativeRejectionReason(OpenEnum):
    """A policy reason for which the review turned a creative down, as the API returns it."""

    ADULT_CONTENT = "ADULT_CONTENT"
    """Sexual or adult products, services or imagery."""
    AFFILIATE_ADVERTISING = "AFFILIATE_ADVERTISING"
    """Affiliate marketing and affiliate programmes."""
    ALCOHOL = "ALCOHOL"
    """Alcoholic drinks, which self-service ads may not promote."""
    ANIMAL_OR_ANIMAL_PRODUCTS = "ANIMAL_OR_ANIMAL_PRODUCTS"
    """Live animals, furs, or products from protected species."""
    BACK_BUTTON_NOT_WORKING = "BACK_BUTTON_NOT_WORKING"
    """The landing page keeps the browser's Back button from returning to the ad."""
    CHINA_POLICY_VIOLATION = "CHINA_POLICY_VIOLATION"
    """Breaks the ads policy that applies in China."""
    COPYRIGHTED_CONTENT = "COPYRIGHTED_CONTENT"
    """Products or services meant for distributing content that infringes intellectual property."""
    COUNTERFEIT_GOODS = "COUNTERFEIT_GOODS"
    """Sells or promotes fake branded goods."""
    CRYPTOCURRENCY = "CRYPTOCURRENCY"
    """Trading, buying or selling cryptocurrencies."""
    CURRENT_SENSITIVE_EVENTS = "CURRENT_SENSITIVE_EVENTS"
    """Exploits or sensationalises a sensitive event LinkedIn is monitoring."""
    DATA_COLLECTION_AND_PRIVACY = "DATA_COLLECTION_AND_PRIVACY"
    """Uses the ad to gather member data, or collects sensitive data without HTTPS."""
    DECEPTIVE_BEHAVIOR = "DECEPTIVE_BEHAVIOR"
    """Deceptive techniques such as cloaking or manipulated Unicode text."""
    DIETARY_SUPPLEMENTS = "DIETARY_SUPPLEMENTS"
    """Supplements containing ephedrine alkaloids aimed at members under 18."""
    DRUGS_AND_RELATED_PRODUCTS = "DRUGS_AND_RELATED_PRODUCTS"
    """Drugs and related products (the documentation gives no further explanation)."""
    EXCESSIVE_CAPITALIZATION = "EXCESSIVE_CAPITALIZATION"
    """Too many capital letters beyond acronyms and trademarks."""
    EXCESSIVE_CONTACT_INFORMATION = "EXCESSIVE_CONTACT_INFORMATION"
    """More than one link plus one email address or phone number (a differing QR code counts as a
    link)."""
    EXCESSIVE_NEGATIVE_RESPONSE = "EXCESSIVE_NEGATIVE_RESPONSE"
    """The ad keeps pressing the member after the offer was declined."""
    FAKE_DOCUMENT = "FAKE_DOCUMENT"
    """Forged documents such as degrees, licences, identity papers or invoices."""
    GAMBLING_SWEEPSTAKES_AND_VIRTUAL_CURRENCY = "GAMBLING_SWEEPSTAKES_AND_VIRTUAL_CURRENCY"
    """Gambling, betting, lotteries, sweepstakes and related tools."""
    GENERAL_TRADEMARK_ISSUES = "GENERAL_TRADEMARK_ISSUES"
    """Uses trademarks the advertiser has no right to use."""
    HACKING_AND_CRACKING = "HACKING_AND_CRACKING"
    """Hacking, circumvention, eavesdropping, radar detector or similar products and services."""
    HATE_VIOLENCE_DISCRIMINATION_AND_OPPOSITION = "HATE_VIOLENCE_DISCRIMINATION_AND_OPPOSITION"
    """Hate speech, violence, discrimination or attacks on people or organisations."""
    HEALTH_MATTERS = "HEALTH_MATTERS"
    """Unrealistic health or weight-loss claims, or promotion of unsafe behaviour."""
    ILLICIT_OR_RECREATIONAL_DRUGS_AND_RELATED_PRODUCTS = (
        "ILLICIT_OR_RECREATIONAL_DRUGS_AND_RELATED_PRODUCTS"
    )
    """Illegal or recreational drugs and anything that helps their use or hides it."""
    IMPLIED_AFFILIATION = "IMPLIED_AFFILIATION"
    """Suggests an endorsement or affiliation that was not granted."""
    INAPPROPRIATE_LANGUAGE_OR_IMAGE = "INAPPROPRIATE_LANGUAGE_OR_IMAGE"
    """Offensive, vulgar, violent or suggestive text or images."""
    INAPPROPRIATE_NAME = "INAPPROPRIATE_NAME"
    """A Sponsored InMail sender that is not a real person's name."""
    INCONSISTENT_DISPLAY_AND_LANDING_PAGE_URLS = "INCONSISTENT_DISPLAY_AND_LANDING_PAGE_URLS"
    """The shown URL differs from where the click actually leads."""
    JOB_POSTING_WITHOUT_LISTED_STATE = "JOB_POSTING_WITHOUT_LISTED_STATE"
    """The promoted job posting is not active (closed, deleted, draft and so on)."""
    LEGITSCRIPT_APPROVAL_MISSING = "LEGITSCRIPT_APPROVAL_MISSING"
    """Pharmacy or telehealth promotion without the required prior authorisation (LegitScript)."""
    LINKEDIN_MENTIONED_IN_AD_TEXT = "LINKEDIN_MENTIONED_IN_AD_TEXT"
    """Mentions LinkedIn other than to point to a LinkedIn page or product."""
    LOANS_AND_FINANCIAL_SERVICES = "LOANS_AND_FINANCIAL_SERVICES"
    """Loans or financial services that miss the specific requirements for them."""
    MALICIOUS_SOFTWARE_OR_BROWSER = "MALICIOUS_SOFTWARE_OR_BROWSER"
    """Spreads viruses, spyware or other harmful software."""
    MEDICAL_DEVICES_AND_TREATMENTS = "MEDICAL_DEVICES_AND_TREATMENTS"
    """Medical devices, treatments or trials outside the allowed, restricted audience."""
    MISINFORMATION = "MISINFORMATION"
    """Claims known to be false or substantially misleading."""
    MISLEADING_CLAIMS = "MISLEADING_CLAIMS"
    """Exaggerated, false or unsupported claims about the offer."""
    MISMATCHED_AD_TEXT_AND_LANDING_PAGE_CONTENT = "MISMATCHED_AD_TEXT_AND_LANDING_PAGE_CONTENT"
    """The ad's text or images do not match what is advertised."""
    MISSING_PRIVACY_POLICY = "MISSING_PRIVACY_POLICY"
    """The privacy policy page has no policy (needed with a lead generation form)."""
    MISSING_UK_FCA_FINANCIAL = "MISSING_UK_FCA_FINANCIAL"
    """Financial ads for the United Kingdom from an advertiser the FCA has not authorised."""
    MISSING_URL_FOR_WEBSITE_OBJECTIVE = "MISSING_URL_FOR_WEBSITE_OBJECTIVE"
    """A website visit or conversion campaign ad without a link."""
    NON_MATCHING_LANGUAGES = "NON_MATCHING_LANGUAGES"
    """The creative's language differs from the site's or the targeted language."""
    NON_STANDARD_TEXT = "NON_STANDARD_TEXT"
    """Poor spelling, grammar, punctuation or formatting, or unsupported macros (a Message Ad body
    supports only %FIRSTNAME% and %FULLNAME%)."""
    NONFUNCTIONAL_SITE = "NONFUNCTIONAL_SITE"
    """The link is broken, leads to an error page, an unfinished or for-sale site, or a file."""
    OCCULT_PURSUITS = "OCCULT_PURSUITS"
    """Fortune telling, dream reading or horoscopes."""
    OFFENSIVE_LANGUAGE = "OFFENSIVE_LANGUAGE"
    """Wording a reasonable viewer would find offensive."""
    OFFENSIVE_TO_GOOD_TASTE = "OFFENSIVE_TO_GOOD_TASTE"
    """Indecent, vulgar, violent or degrading content, or content unsuitable given current events."""
    OFFER_NOT_FOUND = "OFFER_NOT_FOUND"
    """The advertised price or offer cannot be found at the ad's URL."""
    OVER_THE_COUNTER_DRUGS = "OVER_THE_COUNTER_DRUGS"
    """Over-the-counter drugs without prior authorisation or outside the allowed audience."""
    PHARMACY_AND_TELEHEALTH = "PHARMACY_AND_TELEHEALTH"
    """Pharmacy or telehealth services without authorisation or outside the United States."""
    PHISHING = "PHISHING"
    """Leads to a site that tricks members into giving personal data."""
    POP_UP_OR_POP_UNDER = "POP_UP_OR_POP_UNDER"
    """The landing page opens pop-ups or pop-unders."""
    PRESCRIPTION_DRUGS = "PRESCRIPTION_DRUGS"
    """Prescription drugs without authorisation or outside the United States and Canada."""
    PROHIBITED_DATING_SERVICES = "PROHIBITED_DATING_SERVICES"
    """Dating services aimed at minors, sexually themed, or paid-companion services."""
    PROHIBITED_POLITICAL_CONTENT = "PROHIBITED_POLITICAL_CONTENT"
    """Political advertising, political fundraising, or exploiting a political issue."""
    QUESTIONABLE_DOWNLOADS = "QUESTIONABLE_DOWNLOADS"
    """Downloads that start without consent or could harm members."""
    RESALE_OF_EVENT_TICKETS = "RESALE_OF_EVENT_TICKETS"
    """Reselling tickets to events."""
    RINGTONES_AND_INAPPROPRIATE_VIDEO_GAMES = "RINGTONES_AND_INAPPROPRIATE_VIDEO_GAMES"
    """Downloadable ringtones, or video games with violent or adult content."""
    SCAMS = "SCAMS"
    """Fraudulent or deceptive offers."""
    SOLICITATION_OF_FUNDS = "SOLICITATION_OF_FUNDS"
    """Fundraising that is unlawful or not tax-deductible (in the US, no tax-exempt id shown)."""
    TEST_ADS = "TEST_ADS"
    """The ad looks like an unfinished test; resubmit the final version."""
    TEST_TAKING_SERVICES = "TEST_TAKING_SERVICES"
    """Services that sit exams or tests on someone else's behalf."""
    TOBACCO = "TOBACCO"
    """Tobacco, cigarettes, e-cigarettes and related products."""
    UNCLEAR_BILLING_PRACTICES = "UNCLEAR_BILLING_PRACTICES"
    """Prices, payment, refund or cancellation terms that are unclear or unfair."""
    UNDISCLOSED = "UNDISCLOSED"
    """Stands in for an internal reason related to fraud that is not disclosed."""
    UNSUPPORTED_COMPETITIVE_CLAIMS = "UNSUPPORTED_COMPETITIVE_CLAIMS"
    """Inaccurate or deceptive claims about competitors."""
    UNSUPPORTED_LANGUAGE = "UNSUPPORTED_LANGUAGE"
    """The creative is in a language LinkedIn does not support yet."""
    WEAPONS_AND_FIREWORKS = "WEAPONS_AND_FIREWORKS"
    """Weapons, ammunition, fireworks or other violent products and services."""


class CreativeReviewStatus(OpenEnum):
    """The outcome of the review so far. The 2026 views of the page list the values; older captures
    only showed `PENDING` in samples."""

    PENDING = "PENDING"
    """The review has not finished; the creative does not serve yet."""
    APPROVED = "APPROVED"
    """The review accepted the creative, whether approved in advance, by LinkedIn's automatic checks
    or by a person; it may serve."""
    REJECTED = "REJECTED"
    """The review turned the creative down, possibly automatically; `rejectionReasons` says why."""
    NEEDS_REVIEW = "NEEDS_REVIEW"
    """The automatic checks flagged the creative or reached no verdict, so it waits for a further
    review."""


class CreativeServingHoldReason(OpenEnum):
    """One reason that keeps a creative from serving."""

    STOPPED = "STOPPED"
    """The advertiser stopped the creative."""
    UNDER_REVIEW = "UNDER_REVIEW"
    """The creative waits for its review."""
    REJECTED = "REJECTED"
    """The review turned the creative down."""
    FORM_HOLD = "FORM_HOLD"
    """The lead generation form attached to the creative cannot serve at the moment."""
    PROCESSING = "PROCESSING"
    """The creative's media are still being processed."""
    PROCESSING_FAILED = "PROCESSING_FAILED"
    """Processing the creative's media failed."""
    REFERRED_CONTENT_QUALITY_HOLD = "REFERRED_CONTENT_QUALITY_HOLD"
    """Content the creative points to (a post or media asset) failed a quality check."""
    JOB_POSTING_ON_HOLD = "JOB_POSTING_ON_HOLD"
    """The job of a single-job ad is in review, suspended, or no longer shown to members, so its
    creatives are held."""
    JOB_POSTING_INVALID = "JOB_POSTING_INVALID"
    """The job of a single-job ad was closed or deleted, or members cannot apply to it, so the ad
    does not serve."""
    CAMPAIGN_STOPPED = "CAMPAIGN_STOPPED"
    """The campaign cannot serve for a reason other than billing, budget or dates, for example
    because the advertiser paused it."""
    ACCOUNT_TOTAL_BUDGET_HOLD = "ACCOUNT_TOTAL_BUDGET_HOLD"
    """The ad account spent its total budget."""
    ACCOUNT_END_DATE_HOLD = "ACCOUNT_END_DATE_HOLD"
    """The ad account's end date is reached."""
    CAMPAIGN_START_DATE_HOLD = "CAMPAIGN_START_DATE_HOLD"
    """The campaign has not started yet."""
    CAMPAIGN_END_DATE_HOLD = "CAMPAIGN_END_DATE_HOLD"
    """The campaign's end date is reached."""
    CAMPAIGN_TOTAL_BUDGET_HOLD = "CAMPAIGN_TOTAL_BUDGET_HOLD"
    """The campaign spent its total budget."""
    CAMPAIGN_AUDIENCE_COUNT_HOLD = "CAMPAIGN_AUDIENCE_COUNT_HOLD"
    """The campaign's audience is smaller than the required minimum."""
    CAMPAIGN_GROUP_START_DATE_HOLD = "CAMPAIGN_GROUP_START_DATE_HOLD"
    """The campaign group has not started yet."""
    CAMPAIGN_GROUP_END_DATE_HOLD = "CAMPAIGN_GROUP_END_DATE_HOLD"
    """The campaign group's end date is past."""
    CAMPAIGN_GROUP_TOTAL_BUDGET_HOLD = "CAMPAIGN_GROUP_TOTAL_BUDGET_HOLD"
    """The campaign group spent its total budget."""
    CAMPAIGN_GROUP_STATUS_HOLD = "CAMPAIGN_GROUP_STATUS_HOLD"
    """The campaign group's status keeps it on hold."""
    ACCOUNT_SERVING_HOLD = "ACCOUNT_SERVING_HOLD"
    """The ad account is on hold and may not serve ads."""


class SortOrder(OpenEnum):
    """The direction of a sort by entity id."""

    ASCENDING = "ASCENDING"
    """Smallest id first."""
    DESCENDING = "DESCENDING"
    """Largest id first."""
