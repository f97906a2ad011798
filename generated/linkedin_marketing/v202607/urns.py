"""URN types of LinkedIn Marketing API version 202607.

Each class is a `str` (it goes to JSON and into Rest.li values as it is) with helpers to build one
from an id and to read the id back: `SponsoredAccountUrn.from_id(123).id == 123`.
"""

from __future__ import annotations

from typing import ClassVar

from linkedin_marketing.values import Urn


class AdFormUrn(Urn):
    """A lead generation form, as `urn:li:adForm:{id}`."""

    __slots__ = ()
    kind: ClassVar[str] = "adForm"

    @classmethod
    def from_id(cls, id: int) -> AdFormUrn:
        """The URN of the adForm with this id."""
        return cls(f"urn:li:adForm:{id}")

    @property
    def id(self) -> int:
        """The id part of the URN."""
        return int(self.raw_id)


class AdInMailContentUrn(Urn):
    """The message content of a Message Ad (Sponsored InMail), as `urn:li:adInMailContent:{id}`."""

    __slots__ = ()
    kind: ClassVar[str] = "adInMailContent"

    @classmethod
    def from_id(cls, id: int) -> AdInMailContentUrn:
        """The URN of the adInMailContent with this id."""
        return cls(f"urn:li:adInMailContent:{id}")

    @property
    def id(self) -> int:
        """The id part of the URN."""
        return int(self.raw_id)


class AdTargetingFacetUrn(Urn):
    """A targeting facet (the kind of audience attribute), as `urn:li:adTargetingFacet:{name}`."""

    __slots__ = ()
    kind: ClassVar[str] = "adTargetingFacet"

    @classmethod
    def from_id(cls, id: str) -> AdTargetingFacetUrn:
        """The URN of the adTargetingFacet with this id."""
        return cls(f"urn:li:adTargetingFacet:{id}")

    @property
    def id(self) -> str:
        """The id part of the URN."""
        return self.raw_id


class AnyUrn(Urn):
    """Any LinkedIn URN (`urn:li:{kind}:{id}`), where the API accepts entities of many kinds, such
    as targeting values or the actor of an audit stamp (`urn:li:unknown:0` when the actor is not
    known)."""

    __slots__ = ()
    kind: ClassVar[str] = ""


class DigitalmediaAssetUrn(Urn):
    """An uploaded media asset (an image, a video), as `urn:li:digitalmediaAsset:{id}`."""

    __slots__ = ()
    kind: ClassVar[str] = "digitalmediaAsset"

    @classmethod
    def from_id(cls, id: str) -> DigitalmediaAssetUrn:
        """The URN of the digitalmediaAsset with this id."""
        return cls(f"urn:li:digitalmediaAsset:{id}")

    @property
    def id(self) -> str:
        """The id part of the URN."""
        return self.raw_id


class EventUrn(Urn):
    """A LinkedIn event, as `urn:li:event:{id}`."""

    __slots__ = ()
    kind: ClassVar[str] = "event"

    @classmethod
    def from_id(cls, id: int) -> EventUrn:
        """The URN of the event with this id."""
        return cls(f"urn:li:event:{id}")

    @property
    def id(self) -> int:
        """The id part of the URN."""
        return int(self.raw_id)


class OrganizationUrn(Urn):
    """A LinkedIn organization (company page), as `urn:li:organization:{id}`."""

    __slots__ = ()
    kind: ClassVar[str] = "organization"

    @classmethod
    def from_id(cls, id: int) -> OrganizationUrn:
        """The URN of the organization with this id."""
        return cls(f"urn:li:organization:{id}")

    @property
    def id(self) -> int:
        """The id part of the URN."""
        return int(self.raw_id)


class PersonUrn(Urn):
    """A LinkedIn member, as `urn:li:person:{id}`; the id is an opaque string."""

    __slots__ = ()
    kind: ClassVar[str] = "person"

    @classmethod
    def from_id(cls, id: str) -> PersonUrn:
        """The URN of the person with this id."""
        return cls(f"urn:li:person:{id}")

    @property
    def id(self) -> str:
        """The id part of the URN."""
        return self.raw_id


class ShareUrn(Urn):
    """A share post, as `urn:li:share:{id}`."""

    __slots__ = ()
    kind: ClassVar[str] = "share"

    @classmethod
    def from_id(cls, id: int) -> ShareUrn:
        """The URN of the share with this id."""
        return cls(f"urn:li:share:{id}")

    @property
    def id(self) -> int:
        """The id part of the URN."""
        return int(self.raw_id)


class SponsoredAccountUrn(Urn):
    """An ad account, as `urn:li:sponsoredAccount:{id}`."""

    __slots__ = ()
    kind: ClassVar[str] = "sponsoredAccount"

    @classmethod
    def from_id(cls, id: int) -> SponsoredAccountUrn:
        """The URN of the sponsoredAccount with this id."""
        return cls(f"urn:li:sponsoredAccount:{id}")

    @property
    def id(self) -> int:
        """The id part of the URN."""
        return int(self.raw_id)


class SponsoredCampaignGroupUrn(Urn):
    """A campaign group, as `urn:li:sponsoredCampaignGroup:{id}`."""

    __slots__ = ()
    kind: ClassVar[str] = "sponsoredCampaignGroup"

    @classmethod
    def from_id(cls, id: int) -> SponsoredCampaignGroupUrn:
        """The URN of the sponsoredCampaignGroup with this id."""
        return cls(f"urn:li:sponsoredCampaignGroup:{id}")

    @property
    def id(self) -> int:
        """The id part of the URN."""
        return int(self.raw_id)


class SponsoredCampaignUrn(Urn):
    """A campaign, as `urn:li:sponsoredCampaign:{id}`."""

    __slots__ = ()
    kind: ClassVar[str] = "sponsoredCampaign"

    @classmethod
    def from_id(cls, id: int) -> SponsoredCampaignUrn:
        """The URN of the sponsoredCampaign with this id."""
        return cls(f"urn:li:sponsoredCampaign:{id}")

    @property
    def id(self) -> int:
        """The id part of the URN."""
        return int(self.raw_id)


class SponsoredCreativeUrn(Urn):
    """A creative, as `urn:li:sponsoredCreative:{id}`."""

    __slots__ = ()
    kind: ClassVar[str] = "sponsoredCreative"

    @classmethod
    def from_id(cls, id: int) -> SponsoredCreativeUrn:
        """The URN of the sponsoredCreative with this id."""
        return cls(f"urn:li:sponsoredCreative:{id}")

    @property
    def id(self) -> int:
        """The id part of the URN."""
        return int(self.raw_id)


class UgcPostUrn(Urn):
    """A user-generated content post, as `urn:li:ugcPost:{id}`."""

    __slots__ = ()
    kind: ClassVar[str] = "ugcPost"

    @classmethod
    def from_id(cls, id: int) -> UgcPostUrn:
        """The URN of the ugcPost with this id."""
        return cls(f"urn:li:ugcPost:{id}")

    @property
    def id(self) -> int:
        """The id part of the URN."""
        return int(self.raw_id)


def parse_organization_urn_or_person_urn(value: str) -> OrganizationUrn | PersonUrn:
    """The URN in `value` as the class of its kind; a kind not listed here is kept as the last one."""
    if value.startswith("urn:li:organization:"):
        return OrganizationUrn(value)
    return PersonUrn(value)


def parse_person_urn_or_organization_urn(value: str) -> PersonUrn | OrganizationUrn:
    """The URN in `value` as the class of its kind; a kind not listed here is kept as the last one."""
    if value.startswith("urn:li:person:"):
        return PersonUrn(value)
    return OrganizationUrn(value)


def parse_share_urn_or_ugc_post_urn_or_ad_in_mail_content_urn(
    value: str,
) -> ShareUrn | UgcPostUrn | AdInMailContentUrn:
    """The URN in `value` as the class of its kind; a kind not listed here is kept as the last one."""
    if value.startswith("urn:li:share:"):
        return ShareUrn(value)
    if value.startswith("urn:li:ugcPost:"):
        return UgcPostUrn(value)
    return AdInMailContentUrn(value)
