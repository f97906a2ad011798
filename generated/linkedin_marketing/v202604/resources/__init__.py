"""The resources of LinkedIn Marketing API version 202604, one module each."""

from linkedin_marketing.v202604.resources.ad_accounts import (
    AsyncAdAccounts,
    AdAccounts,
)
from linkedin_marketing.v202604.resources.ad_campaign_groups import (
    AsyncAdCampaignGroups,
    AdCampaignGroups,
)
from linkedin_marketing.v202604.resources.ad_campaigns import (
    AsyncAdCampaigns,
    AdCampaigns,
)
from linkedin_marketing.v202604.resources.ad_target_templates import (
    AsyncAdTargetTemplates,
    AdTargetTemplates,
)
from linkedin_marketing.v202604.resources.creatives import (
    AsyncCreatives,
    Creatives,
)

__all__ = [
    "AsyncAdAccounts",
    "AdAccounts",
    "AsyncAdCampaignGroups",
    "AdCampaignGroups",
    "AsyncAdCampaigns",
    "AdCampaigns",
    "AsyncAdTargetTemplates",
    "AdTargetTemplates",
    "AsyncCreatives",
    "Creatives",
]
