"""Exceptions raised by the client.

* :class:`LinkedInError` and its subclasses: the API answered with an error status. They carry the
  status, LinkedIn's ``serviceErrorCode``, ``code``, ``message`` and ``errorDetails``, and the
  method and URL of the request (never the access token, which only ever travels in a header).
* :class:`TransportError`: no usable answer (connection refused, timeout, ...) after any retries.
* :class:`RequestValidationError`: the client refused a value before sending anything.
* :class:`ResponseDecodeError`: a successful (2xx) answer whose body does not match its schema.
* :class:`PagingError`: a finder's pages go round in circles; following them would never end.
* :class:`VersionSunsetWarning`: a client was created for a version LinkedIn sunsets soon (or did).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._version import NEWEST_API_VERSION

__all__ = [
    "BadRequestError",
    "ForbiddenError",
    "LinkedInError",
    "NotFoundError",
    "PagingError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseDecodeError",
    "ServerError",
    "TransportError",
    "UnauthorizedError",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "VersionSunsetError",
    "VersionSunsetWarning",
    "error_for_status",
    "error_from_body",
]

_MAX_TEXT = 500


class LinkedInError(Exception):
    """The LinkedIn API answered with an error status.

    Attributes:
        status: the HTTP status (or the per-entity status inside a batch response).
        service_error_code: LinkedIn's numeric ``serviceErrorCode``, when given.
        code: LinkedIn's symbolic ``code`` (such as ``CONDITIONAL_VALUE_TOO_LOW``), when given.
        message: the server's message, or a short description when the body had none.
        error_details: the ``errorDetails`` object (``inputErrors``, ...), when given.
        error_detail_type: the ``errorDetailType``, when given.
        request_method: the HTTP method of the request (``GET``, ``POST``, ...), when known.
        request_url: the URL of the request, when known (it never contains the access token).
        body: the parsed JSON error body, or the raw text when it was not JSON.
        retry_after: the ``Retry-After`` header in seconds, when the server sent one.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        service_error_code: int | None = None,
        code: str | None = None,
        error_details: dict[str, Any] | None = None,
        error_detail_type: str | None = None,
        request_method: str | None = None,
        request_url: str | None = None,
        body: Any = None,
        retry_after: float | None = None,
    ) -> None:
        self.message = message
        self.retry_after = retry_after
        self.status = status
        self.service_error_code = service_error_code
        self.code = code
        self.error_details = error_details
        self.error_detail_type = error_detail_type
        self.request_method = request_method
        self.request_url = request_url
        self.body = body
        super().__init__(self._describe())

    def _describe(self) -> str:
        parts = [f"HTTP {self.status}"]
        if self.code:
            parts.append(self.code)
        if self.service_error_code is not None:
            parts.append(f"serviceErrorCode {self.service_error_code}")
        text = f"{' '.join(parts)}: {self.message}"
        if self.request_method and self.request_url:
            text += f" ({self.request_method} {self.request_url})"
        return text


class BadRequestError(LinkedInError):
    """400: the request is malformed or a value is invalid (see ``error_details``)."""


class UnauthorizedError(LinkedInError):
    """401: the access token is missing, invalid or expired."""


class ForbiddenError(LinkedInError):
    """403: the token lacks the permission or the member lacks the role for this resource."""


class NotFoundError(LinkedInError):
    """404: the entity or resource does not exist."""


class UnprocessableEntityError(LinkedInError):
    """422: the request is well-formed but breaks a business rule."""


class VersionSunsetError(LinkedInError):
    """426: the API version this client was generated for is no longer active.

    ``version`` holds the version the request asked for, ``newest_version`` the newest version this
    package has a subpackage for. The message names the ``make diff`` command that reviews the
    bump from one to the other; the remedy is to import the newer subpackage.
    """

    def __init__(
        self,
        message: str,
        *,
        version: str | None = None,
        newest_version: str = NEWEST_API_VERSION,
        **kwargs: Any,
    ) -> None:
        self.version = version
        self.newest_version = newest_version
        super().__init__(message, **kwargs)


class VersionSunsetWarning(FutureWarning):
    """A client was created for an API version that LinkedIn sunsets within 90 days, or already
    did. A ``FutureWarning``, so Python shows it by default; it is issued once per version and
    process. Silence it with ``warnings.filterwarnings("ignore", category=VersionSunsetWarning)``.
    """


class RateLimitError(LinkedInError):
    """429: a daily application or member limit was reached (limits reset at midnight UTC)."""


class ServerError(LinkedInError):
    """5xx: LinkedIn failed to handle the request."""


class UnexpectedStatusError(LinkedInError):
    """Any other error status (405, 409, 411, 414, ...)."""


class TransportError(Exception):
    """No response could be obtained (connection error or timeout), after any retries.

    The underlying ``httpx`` exception is chained as ``__cause__``.
    """

    def __init__(
        self, message: str, *, request_method: str, request_url: str, attempts: int = 1
    ) -> None:
        super().__init__(f"{message} ({request_method} {request_url}, {attempts} attempt(s))")
        self.request_method = request_method
        self.request_url = request_url
        self.attempts = attempts


class ResponseDecodeError(Exception):
    """A successful (2xx) response whose body does not match its schema: not JSON, not an
    object, a page without its ``elements`` list, a field of the wrong type.

    Attributes:
        reason: what is wrong at ``path``.
        path: where in the body, from the top: JSON names and list indexes, such as
            ``("elements", 3, "totalBudget", "amount")``; ``()`` for the body itself.
        status: the HTTP status of the response, when known.
        request_method: the HTTP method of the request, when known.
        request_url: the URL of the request, when known (it never contains the access token).

    The error is built where decoding failed, knowing only the path below that point; each
    enclosing level adds its part with :meth:`within`, and the transport's side adds the response
    with :meth:`for_request`. The original exception, if any, is chained as ``__cause__``.
    """

    def __init__(
        self,
        reason: str,
        *,
        path: tuple[str | int, ...] = (),
        status: int | None = None,
        request_method: str | None = None,
        request_url: str | None = None,
    ) -> None:
        self.reason = reason
        self.path = path
        self.status = status
        self.request_method = request_method
        self.request_url = request_url
        text = f"{self.field or 'the response body'}: {reason}"
        if status is not None:
            text += f" (HTTP {status}"
            if request_method and request_url:
                text += f", {request_method} {request_url}"
            text += ")"
        super().__init__(text)

    @property
    def field(self) -> str:
        """The path written out: ``elements[3].totalBudget.amount`` (``""`` for the body)."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else part
        return text

    def within(self, *outer: str | int) -> ResponseDecodeError:
        """This error, seen from ``outer`` levels up (``within("elements", 3)``)."""
        return self._copy(path=outer + self.path)

    def for_request(self, status: int, method: str, url: str) -> ResponseDecodeError:
        """This error, naming the response and request it came from."""
        return self._copy(status=status, request_method=method, request_url=url)

    def _copy(self, **changes: Any) -> ResponseDecodeError:
        fields: dict[str, Any] = {
            "path": self.path,
            "status": self.status,
            "request_method": self.request_method,
            "request_url": self.request_url,
            **changes,
        }
        copy = ResponseDecodeError(self.reason, **fields)
        copy.__cause__ = self.__cause__
        return copy


class PagingError(Exception):
    """The server's paging would never end: a page token came back a second time, too many pages
    in a row had no elements, or an index page did not move ``start`` forward.

    Raised by ``next_page()`` (and so by ``iter_pages()`` and ``iter_all()``) instead of fetching
    the next page; the elements already returned are complete and correct.
    """

    def __init__(self, message: str, *, request_method: str, request_path: str) -> None:
        super().__init__(f"{message} ({request_method} {request_path})")
        self.request_method = request_method
        self.request_path = request_path


class RequestValidationError(ValueError):
    """A value was refused before any request was sent. ``field`` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        text = message if field in message else f"{field}: {message}"
        super().__init__(text)
        self.field = field


_BY_STATUS: dict[int, type[LinkedInError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    426: VersionSunsetError,
    429: RateLimitError,
}


def upgrade_advice(version: str | None) -> str:
    """What to do about a sunset (or soon sunset) ``version``: move to the newest packaged one."""
    newest = NEWEST_API_VERSION
    if version is None or version >= newest:
        return (
            f"This package has no version newer than {newest}: regenerate it from a spec that "
            "lists a newer one."
        )
    return (
        f"The newest version in this package is {newest}: review what changes with "
        f"`make diff FROM={version} TO={newest}` and import linkedin_marketing.v{newest}."
    )


def error_for_status(status: int) -> type[LinkedInError]:
    """The exception class for an HTTP status."""
    cls = _BY_STATUS.get(status)
    if cls is not None:
        return cls
    if 500 <= status <= 599:
        return ServerError
    return UnexpectedStatusError


def _optional_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def error_from_body(
    status: int | None,
    body: Any,
    *,
    request_method: str | None = None,
    request_url: str | None = None,
    version: str | None = None,
    retry_after: float | None = None,
    reason: str | None = None,
) -> LinkedInError:
    """Build the typed error for an error ``body`` (parsed JSON, raw text or ``None``).

    ``status`` falls back to the body's own ``status`` field (batch responses carry it there).
    """
    fields: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    if status is None:
        status = _optional_int(fields.get("status")) or 500
    message = _optional_str(fields.get("message"))
    if message is None:
        if isinstance(body, str) and body.strip():
            message = body.strip()[:_MAX_TEXT]
        else:
            message = reason or "no error message in the response"
    details = fields.get("errorDetails")
    kwargs: dict[str, Any] = {
        "status": status,
        "service_error_code": _optional_int(fields.get("serviceErrorCode")),
        "code": _optional_str(fields.get("code")),
        "error_details": dict(details) if isinstance(details, Mapping) else None,
        "error_detail_type": _optional_str(fields.get("errorDetailType")),
        "request_method": request_method,
        "request_url": request_url,
        "body": body,
        "retry_after": retry_after,
    }
    cls = error_for_status(status)
    if cls is VersionSunsetError:
        named = version or "this API version"
        text = f"LinkedIn API version {named} is no longer active ({message}). " + upgrade_advice(
            version
        )
        return VersionSunsetError(text, version=version, **kwargs)
    return cls(message, **kwargs)
