"""The intermediate representation: what one API version offers, as plain typed data.

`parse` builds it from a resolved OpenAPI document; the templates read it. Nothing here knows about
OpenAPI dicts or about Python source text, so either side can change without touching the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# The table of Rest.li method kinds, re-exported: the IR is where the generator reads it.
from generator.runtime.restli_methods import METHOD_KINDS as METHOD_KINDS
from generator.runtime.restli_methods import MethodKind as MethodKind

# --- Types of values -------------------------------------------------------------------------
#
# Each kind of type is one class; the templates keep one macro file per kind (`template`), all
# exposing the same macros, so a new kind is one class here plus one template there.


@dataclass(frozen=True)
class Primitive:
    """A JSON scalar kept as it is: `str`, `int`, `float` or `bool`."""

    python: Literal["str", "int", "float", "bool"]
    template = "primitive"


@dataclass(frozen=True)
class PrimitiveUnion:
    """A value that may be one of several scalars (such as a key that is a number or a string)."""

    members: tuple[Primitive, ...]
    template = "primitive_union"


@dataclass(frozen=True)
class DecimalType:
    """A decimal number sent as a string (money amounts): `decimal.Decimal` in Python."""

    template = "decimal"


@dataclass(frozen=True)
class UrnRef:
    """A URN of one kind: a named `str` subclass with helpers."""

    name: str
    template = "urn"


@dataclass(frozen=True)
class UrnUnion:
    """A URN that may be of several kinds; decoded into the class of the kind it has."""

    members: tuple[str, ...]
    parser: str  # the name of the generated function that picks the class
    template = "urn_union"


@dataclass(frozen=True)
class EnumRef:
    name: str
    template = "enum"


@dataclass(frozen=True)
class ModelRef:
    name: str
    template = "model"


@dataclass(frozen=True)
class ListOf:
    item: TypeRef
    template = "list"


@dataclass(frozen=True)
class MapOf:
    """A JSON object with free keys (`additionalProperties`)."""

    value: TypeRef
    template = "map"


@dataclass(frozen=True)
class JsonValue:
    """A value the spec leaves open (no type, or a union of records without a discriminator)."""

    template = "json"


TypeRef = (
    Primitive
    | PrimitiveUnion
    | DecimalType
    | UrnRef
    | UrnUnion
    | EnumRef
    | ModelRef
    | ListOf
    | MapOf
    | JsonValue
)


# --- Named types -------------------------------------------------------------------------------


@dataclass(frozen=True)
class UrnType:
    name: str  # class name, such as SponsoredAccountUrn
    kind: str  # the `{kind}` of `urn:li:{kind}:{id}`; "any" for a URN of any kind
    description: str
    numeric_id: bool  # the id part is digits, so `from_id` takes and `.id` gives an int
    pattern: str = ""
    at: str = ""  # JSON pointer of its schema in the resolved document


@dataclass(frozen=True)
class UrnUnionType:
    """A parser for a field that holds a URN of one of several kinds."""

    name: str  # function name
    members: tuple[UrnType, ...]


@dataclass(frozen=True)
class EnumValue:
    value: str
    python: str  # member name
    description: str
    # Error codes only: the HTTP status LinkedIn answers with and its message template.
    http_status: int | None = None
    message: str | None = None


@dataclass(frozen=True)
class Enum:
    name: str
    description: str
    values: tuple[EnumValue, ...]
    at: str = ""  # JSON pointer of its schema in the resolved document
    # Error codes: the client attributes of the resources whose methods document these codes.
    error_codes_of: tuple[str, ...] = ()

    @property
    def error_codes(self) -> bool:
        """The enum lists error codes (rather than values of a field)."""
        return bool(self.error_codes_of) or any(v.http_status is not None for v in self.values)


@dataclass(frozen=True)
class Constraints:
    """Documented limits the client checks before sending."""

    max_length: int | None = None
    min_length: int | None = None
    max_items: int | None = None
    min_items: int | None = None
    maximum: int | float | None = None
    minimum: int | float | None = None

    @property
    def any(self) -> bool:
        return any(
            v is not None
            for v in (
                self.max_length,
                self.min_length,
                self.max_items,
                self.min_items,
                self.maximum,
                self.minimum,
            )
        )


@dataclass(frozen=True)
class Field:
    wire: str  # the JSON name
    python: str  # the attribute name
    type: TypeRef
    description: str
    required: bool  # required on create
    read_only: bool  # set by the server; never sent
    create_only: bool  # can be set on create only; refused in a partial update
    constraints: Constraints
    # Fields of this field's model type that must be checked too (the model has checks).
    nested_checks: bool
    nullable: bool = False  # the spec allows null (`type: [..., "null"]`)
    renamed_from: str | None = None  # its earlier wire name (`x-linkedin-renamed-from`)
    default: str | None = None  # the documented default, as JSON text
    pattern: str | None = None
    at: str = ""  # JSON pointer of the property in the resolved document

    @property
    def shared_urn(self) -> str | None:
        """For a URN field other than the record's own `id`: the class (or parser) that makes its
        values, which decoding reuses per text (`linkedin_marketing.values.intern_urn`)."""
        if self.wire == "id":
            return None  # an entity's own URN comes once per page: keeping it would only cost
        if isinstance(self.type, UrnRef):
            return self.type.name
        if isinstance(self.type, UrnUnion):
            return self.type.parser
        return None

    @property
    def lazy_records(self) -> bool:
        """The records of a collection response (Rest.li's `elements`): decoded into a `Records`,
        each record when it is first read. Smaller lists inside a record are decoded with it: a
        `Records` costs more to set up than decoding a few records does."""
        return (
            self.wire == "elements"
            and isinstance(self.type, ListOf)
            and isinstance(self.type.item, ModelRef)
        )


@dataclass(frozen=True)
class Model:
    name: str
    description: str
    fields: tuple[Field, ...]
    has_checks: bool  # a `validate` method is generated (constraints here or in nested models)
    has_read_only: bool  # `to_request_dict` differs from `to_dict` (here or in nested models)
    at: str = ""  # JSON pointer of its schema in the resolved document


# --- Resources and methods -----------------------------------------------------------------


# A key of METHOD_KINDS. The table lives in the runtime because the test server reads it too.
RestliMethodKind = str


@dataclass(frozen=True)
class Parameter:
    wire: str
    python: str
    type: TypeRef
    description: str
    required: bool
    constraints: Constraints
    default: str | None = None  # the documented default, as JSON text
    pattern: str | None = None
    at: str = ""  # JSON pointer of the parameter in the resolved document


@dataclass(frozen=True)
class Paging:
    """How a finder pages, derived from its parameters: cursor (`pageSize`/`pageToken`) or index
    (`start`/`count`)."""

    style: Literal["cursor", "index"]
    max_page_size: int | None
    description: str  # of the page-size parameter
    size: Parameter | None = None  # the page-size parameter (`pageSize` or `count`)


@dataclass(frozen=True)
class PathSegment:
    """A literal piece of the path, or a path parameter (`parameter` set)."""

    text: str
    parameter: Parameter | None


@dataclass(frozen=True)
class Method:
    kind: RestliMethodKind  # also the name of the method's template
    restli_name: str | None  # finder or action name as sent (`search`, `createInline`)
    python: str  # method name in the generated class
    description: str
    path: tuple[PathSegment, ...]  # the entity key (when the method takes one) is a parameter here
    key: Parameter | None  # the entity key: in the path (get, ...) or in `ids` (batch methods)
    parents: tuple[Parameter, ...]  # parent keys in the path, in order
    parameters: tuple[Parameter, ...]  # query parameters, paging ones excluded
    paging: Paging | None
    request: TypeRef | None  # body type (model of the entity, of the action parameters, ...)
    element: ModelRef | None  # entity model of finders, batch_get, batch_create, partial updates
    response: TypeRef | None
    action_fields: tuple[Field, ...]  # action parameters, taken from the request model
    # The method answers 201 with the new entity's key in `x-restli-id` (create, and actions
    # such as createInline that create an entity) and returns that key.
    returns_created_key: bool = False
    status: int = 200  # the success status
    errors: str | None = None  # the enum of its documented error codes
    at: str = ""  # JSON pointer of its `x-restli-methods` entry in the resolved document

    @property
    def traits(self) -> MethodKind:
        """What every method of its kind shares (verb, header, keys, body, ...)."""
        return METHOD_KINDS[self.kind]

    @property
    def http_method(self) -> str:
        return self.traits.verb

    @property
    def restli_method(self) -> str:
        """The `X-RestLi-Method` value."""
        return self.traits.header

    @property
    def retry_safe(self) -> bool:
        return self.traits.retried


@dataclass(frozen=True)
class Resource:
    name: str  # Rest.li name, such as adCampaignGroups
    python: str  # attribute on the client: ad_campaign_groups
    class_name: str  # AdCampaignGroups
    module: str  # ad_campaign_groups
    methods: tuple[Method, ...]
    paths: tuple[str, ...] = ()  # JSON pointers of its path items in the resolved document


@dataclass(frozen=True)
class Api:
    """Everything one API version offers."""

    version: str
    title: str
    description: str
    urns: tuple[UrnType, ...]
    urn_unions: tuple[UrnUnionType, ...]
    enums: tuple[Enum, ...]
    models: tuple[Model, ...]
    resources: tuple[Resource, ...]
