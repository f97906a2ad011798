"""Sessions that send Rest.li 2.0 requests to the LinkedIn API, sync and async, over httpx.

Two layers, named as httpx names its own: a session (:class:`Session`, :class:`AsyncSession`)
holds the configuration and sends each request through an ``httpx.Client`` (or
``httpx.AsyncClient``), retrying and refreshing the token as needed; the httpx client sends it
through its *transport* (``httpx.HTTPTransport`` by default, ``httpx.MockTransport`` or the test
server's in-process transport in tests), which is what ``LinkedInClient(transport=...)`` takes.

The generated resource classes build a :class:`RestliRequest` (path and query already
Rest.li-encoded) and hand it to :meth:`Session.send` or :meth:`AsyncSession.send`, which:

* builds the URL string itself, so the Rest.li query reaches the server byte for byte;
* sends the protocol headers (``LinkedIn-Version``, ``X-Restli-Protocol-Version: 2.0.0``,
  ``X-RestLi-Method``), the bearer token and a User-Agent naming this package;
* with a :class:`~linkedin_marketing.auth.RefreshingToken`, takes the token from it before each
  request and, when LinkedIn answers that the token expired, has it refreshed once and sends the
  request again;
* tunnels the query through a POST body when it is longer than :data:`MAX_QUERY_LENGTH`;
* retries requests marked ``retry_safe`` on 429, 5xx and connection errors (see
  :class:`RetryPolicy`), never others;
* raises the typed errors of :mod:`linkedin_marketing.errors` for error statuses, and
  :class:`~linkedin_marketing.errors.ResponseDecodeError` for a 2xx body that is not JSON;
* logs each request and response at DEBUG level on the ``linkedin_marketing`` logger, with the
  access token redacted.
"""

from __future__ import annotations

import json
import logging
import os
import random as _random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from email.utils import parsedate_to_datetime
from enum import Enum
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from ._version import PACKAGE_VERSION
from .decoding import decode_failure
from .errors import (
    LinkedInError,
    ResponseDecodeError,
    TransportError,
    UnauthorizedError,
    error_from_body,
)
from .redaction import REDACTED, Redactor, unsafe_header_character
from .restli import decode

if TYPE_CHECKING:
    from .auth import RefreshingToken

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "MAX_QUERY_LENGTH",
    "PACKAGE_VERSION",
    "USER_AGENT",
    "AsyncSession",
    "ClientConfig",
    "RestliRequest",
    "RestliResponse",
    "RetryPolicy",
    "Session",
]

USER_AGENT = f"linkedin-marketing-python/{PACKAGE_VERSION}"
DEFAULT_BASE_URL = "https://api.linkedin.com/rest"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
PROTOCOL_VERSION = "2.0.0"
#: Encoded query strings longer than this are tunneled through a POST body.
MAX_QUERY_LENGTH = 4000

logger: logging.Logger = logging.getLogger("linkedin_marketing")
T = TypeVar("T")


@dataclass(frozen=True)
class RestliRequest:
    """One Rest.li request, ready for the wire.

    ``path`` is relative to the base URL and already encoded (``/adAccounts/123``); each ``query``
    pair is ``(name, value)`` with the value already Rest.li-encoded for the query context.
    ``restli_method`` is the ``X-RestLi-Method`` value (``GET``, ``BATCH_GET``, ``FINDER``,
    ``CREATE``, ...). Only requests with ``retry_safe=True`` are ever retried.
    """

    http_method: str
    restli_method: str
    path: str
    query: tuple[tuple[str, str], ...] = ()
    body: Any = None
    retry_safe: bool = False


@dataclass(frozen=True)
class RestliResponse:
    """A successful response: status, headers, parsed JSON body (or ``None``) and the created id.

    ``created_id`` is the ``x-restli-id`` header (else ``x-linkedin-id``), decoded from its reduced
    encoding (``urn%3Ali%3Aapp%3A1`` becomes ``urn:li:app:1``). A compound or complex key is kept in
    its encoded form; :func:`linkedin_marketing.restli.decode` turns it into a dict.
    ``request_method`` and ``request_url`` (without the token) name the request it answers.
    """

    status: int
    headers: httpx.Headers
    body: Any
    request_method: str = ""
    request_url: str = ""

    def decode(self, decoder: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``decoder(body, *args, **kwargs)``. A body it cannot decode raises
        :class:`~linkedin_marketing.errors.ResponseDecodeError` naming where in the body, this
        status and the request."""
        try:
            return decoder(self.body, *args, **kwargs)
        except Exception as exc:
            error = decode_failure(exc, self.body)
            error = error.for_request(self.status, self.request_method, self.request_url)
            raise error from error.__cause__

    @property
    def created_id(self) -> str | None:
        """The id the server assigned (create, batch create and some actions), or ``None``."""
        # Read on demand: looking headers up costs more than the rest of reading a response, and
        # only creates ask.
        headers = self.headers
        return _decode_id(headers.get("x-restli-id") or headers.get("x-linkedin-id"))


def _default_async_sleep(delay: float) -> Awaitable[None]:
    # Imported here: asyncio is a third of this package's import time, and only async clients
    # that retry need it (their event loop has imported it already).
    import asyncio

    return asyncio.sleep(delay)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before repeating a retry-safe request.

    A retry-safe request (get, batch_get, finders) that fails with one of ``retry_statuses`` or a
    connection error is attempted again, up to ``max_attempts`` attempts in all. Before attempt
    ``n + 1`` the client waits ``min(max_delay, base_delay * 2 ** (n - 1))``, of which the fraction
    ``jitter`` is randomised (``jitter=1`` is full jitter), or exactly the server's ``Retry-After``
    when it sends one. If the next wait would take the total time spent waiting beyond
    ``max_total_wait`` seconds, the error is raised instead: a daily rate limit is surfaced,
    not retried in a loop. ``sleep``, ``async_sleep``, ``clock`` and ``random`` are injectable for
    tests.
    """

    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 20.0
    max_total_wait: float = 60.0
    jitter: float = 0.5
    retry_statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _default_async_sleep
    clock: Callable[[], float] = time.monotonic
    random: Callable[[], float] = _random.random

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("RetryPolicy.max_attempts must be at least 1")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("RetryPolicy.jitter must be between 0 and 1")

    def backoff(self, attempt: int) -> float:
        """The jittered wait after failed attempt number ``attempt`` (1-based)."""
        delay = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        return delay * (1.0 - self.jitter * self.random())


@dataclass(frozen=True)
class ClientConfig:
    """Everything a session needs: API version, token, base URL, timeout, retries, User-Agent.

    The bearer token is either ``access_token`` (fixed) or ``auth`` (a RefreshingToken), not both.
    """

    version: str
    access_token: str = field(default="", repr=False)
    base_url: str = DEFAULT_BASE_URL
    timeout: float | httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    user_agent: str | None = None
    auth: RefreshingToken | None = None

    def __post_init__(self) -> None:
        if self.auth is not None:
            if self.access_token:
                raise ValueError("give ClientConfig.access_token or auth, not both")
        elif not self.access_token:
            raise ValueError("ClientConfig.access_token must not be empty")
        # Refused here, before any request: httpx would fail on each attempt with an error (and,
        # at DEBUG, log lines) quoting the header. The message never quotes the token.
        position = unsafe_header_character(self.access_token)
        if position is not None:
            raise ValueError(
                "ClientConfig.access_token has a control, space or non-ASCII character at "
                f"position {position} (of {len(self.access_token)}); a token read from a file "
                "keeps its line break: strip it"
            )
        if not self.version:
            raise ValueError("ClientConfig.version must not be empty")


# How LinkedIn marks a 401 for an expired access token (``code``, and ``serviceErrorCode``
# alone in some answers); other 401s (invalid, revoked) are not cured by a refresh.
_EXPIRED_TOKEN_CODE = "EXPIRED_ACCESS_TOKEN"
_EXPIRED_TOKEN_SERVICE_CODE = 65602


def _expired_token(error: LinkedInError) -> bool:
    return isinstance(error, UnauthorizedError) and (
        error.code == _EXPIRED_TOKEN_CODE or error.service_error_code == _EXPIRED_TOKEN_SERVICE_CODE
    )


@dataclass
class _Prepared:
    """The concrete HTTP exchange for a RestliRequest: method, URL, headers, content, token."""

    method: str
    url: str
    headers: dict[str, str]
    content: bytes | None
    token: str


class _SansIOSession:
    """What the sync and async sessions share, all without I/O: building requests, reading
    responses, deciding retries."""

    # What each request is built with, set by the session: the configured timeout, or httpx's
    # "as the client has it" for a client made here with that timeout (no httpx.Timeout built
    # per request).
    _timeout: Any

    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self._base_url = config.base_url.rstrip("/")
        self._redactor = Redactor(config.access_token)
        self._headers = {
            "LinkedIn-Version": config.version,
            "X-Restli-Protocol-Version": PROTOCOL_VERSION,
            "User-Agent": config.user_agent or USER_AGENT,
            "Accept": "application/json",
        }

    def _prepare(self, request: RestliRequest, token: str) -> _Prepared:
        url = self._base_url + request.path
        headers = dict(self._headers)
        headers["Authorization"] = "Bearer " + token
        headers["X-RestLi-Method"] = request.restli_method
        body = None if request.body is None else _dump_json(request.body)
        query = "&".join([name + "=" + value for name, value in request.query])
        if len(query) <= MAX_QUERY_LENGTH:
            if query:
                url += "?" + query
            if body is not None:
                headers["Content-Type"] = "application/json"
            return _Prepared(request.http_method, url, headers, body, token)
        # Query tunneling: the query moves into a POST body, the real verb into a header.
        headers["X-HTTP-Method-Override"] = request.http_method
        if body is None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            return _Prepared("POST", url, headers, query.encode("ascii"), token)
        boundary = os.urandom(16).hex()
        headers["Content-Type"] = f"multipart/mixed; boundary={boundary}"
        content = b"".join(
            [
                f"--{boundary}\r\n".encode("ascii"),
                b"Content-Type: application/x-www-form-urlencoded\r\n\r\n",
                query.encode("ascii"),
                f"\r\n--{boundary}\r\n".encode("ascii"),
                b"Content-Type: application/json\r\n\r\n",
                body,
                f"\r\n--{boundary}--\r\n".encode("ascii"),
            ]
        )
        return _Prepared("POST", url, headers, content, token)

    def _build(
        self, client: httpx.Client | httpx.AsyncClient, prepared: _Prepared
    ) -> httpx.Request:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "request %s %s headers=%s",
                prepared.method,
                prepared.url,
                self._redact_headers(prepared.headers, prepared.token),
            )
        return client.build_request(
            prepared.method,
            prepared.url,
            headers=prepared.headers,
            content=prepared.content,
            timeout=self._timeout,
        )

    def _redact_headers(self, headers: Any, token: str) -> dict[str, str]:
        redacted = {}
        for name, value in headers.items():
            if name.lower() == "authorization":
                value = "Bearer " + REDACTED
            redacted[name] = self._redact(value, token)
        return redacted

    def _redact(self, text: str, token: str) -> str:
        redactor = self._redactor
        if redactor.secret != token:  # a refreshing token was renewed
            redactor = self._redactor = Redactor(token)
        return redactor(text)

    def _read(self, prepared: _Prepared, response: httpx.Response) -> RestliResponse:
        """Turn an httpx response into a RestliResponse, or raise its typed error."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "response %s for %s %s headers=%s",
                response.status_code,
                prepared.method,
                prepared.url,
                self._redact_headers(response.headers, prepared.token),
            )
        status = response.status_code
        if status >= 400:
            raise self._error(prepared, response)
        method, url = _method(prepared), self._redact(prepared.url, prepared.token)
        body = None
        if response.content:
            try:
                body = response.json()
            except (ValueError, RecursionError) as exc:
                error = ResponseDecodeError(f"the body is not valid JSON ({exc})")
                raise error.for_request(status, method, url) from exc
        return RestliResponse(status, response.headers, body, method, url)

    def _error(self, prepared: _Prepared, response: httpx.Response) -> LinkedInError:
        # The body is redacted before parsing: a server echoing the token must not leak it into
        # the exception (which ends up in logs and tracebacks).
        body: Any = None
        if response.content:
            text = self._redact(response.text, prepared.token)
            try:
                body = json.loads(text)
            except ValueError:
                body = text
        return error_from_body(
            response.status_code,
            body,
            request_method=_method(prepared),
            request_url=self._redact(prepared.url, prepared.token),
            version=self.config.version,
            retry_after=_parse_retry_after(response.headers.get("retry-after")),
            reason=response.reason_phrase or None,
        )

    def _retry_delay(
        self, request: RestliRequest, attempt: int, waited: float, error: Exception
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to give up and raise ``error``."""
        policy = self.config.retry
        if not request.retry_safe or attempt >= policy.max_attempts:
            return None
        # A local error (a header httpx refuses to send, say) fails the same way every time.
        if isinstance(error.__cause__, httpx.LocalProtocolError | httpx.UnsupportedProtocol):
            return None
        if isinstance(error, LinkedInError):
            if error.status not in policy.retry_statuses:
                return None
            retry_after = error.retry_after
        else:
            retry_after = None
        delay = retry_after if retry_after is not None else policy.backoff(attempt)
        if waited + delay > policy.max_total_wait:
            return None
        logger.debug("attempt %d failed (%s); retrying in %.3fs", attempt, error, delay)
        return delay

    def _transport_error(
        self, prepared: _Prepared, exc: httpx.TransportError, attempts: int
    ) -> TransportError:
        message = self._redact(str(exc), prepared.token) or "connection failed"
        return TransportError(
            f"{type(exc).__name__}: {message}",
            request_method=_method(prepared),
            request_url=self._redact(prepared.url, prepared.token),
            attempts=attempts,
        )


class Session(_SansIOSession):
    """Sends RestliRequests with an ``httpx.Client``.

    Pass ``http_client`` to share a client you own (it is not closed here), or ``transport`` (for
    example ``httpx.MockTransport``) to have one created around it.
    """

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if config.auth is not None and config.auth.is_async:
            raise TypeError(
                "a RefreshingToken built on an AsyncAuthClient refreshes with await; give it to "
                "AsyncLinkedInClient, or build it on an AuthClient for LinkedInClient"
            )
        super().__init__(config)
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(transport=transport, timeout=config.timeout)
        self._timeout = httpx.USE_CLIENT_DEFAULT if self._owns_client else config.timeout

    def send(self, request: RestliRequest) -> RestliResponse:
        """Send ``request``, retrying if it is retry-safe, and return the response or raise."""
        auth = self.config.auth
        if auth is None:
            return self._attempts(request, self._prepare(request, self.config.access_token))
        prepared = self._prepare(request, auth.access_token())
        try:
            return self._attempts(request, prepared)
        except LinkedInError as error:
            if not _expired_token(error):
                raise
        # Once: a second 401 with the new token is raised, not refreshed again.
        return self._attempts(request, self._prepare(request, auth.refresh_expired(prepared.token)))

    def _attempts(self, request: RestliRequest, prepared: _Prepared) -> RestliResponse:
        policy = self.config.retry
        started = policy.clock()
        attempt = 0
        while True:
            attempt += 1
            error: Exception
            try:
                response = self._client.send(self._build(self._client, prepared))
            except httpx.TransportError as exc:
                error = self._transport_error(prepared, exc, attempt)
                error.__cause__ = exc
            else:
                try:
                    return self._read(prepared, response)
                except LinkedInError as exc:
                    error = exc
                finally:
                    response.close()
            delay = self._retry_delay(request, attempt, policy.clock() - started, error)
            if delay is None:
                raise error
            policy.sleep(delay)

    def close(self) -> None:
        """Close the underlying httpx client if this session created it."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncSession(_SansIOSession):
    """Sends RestliRequests with an ``httpx.AsyncClient``; otherwise the same as Session."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(config)
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(transport=transport, timeout=config.timeout)
        self._timeout = httpx.USE_CLIENT_DEFAULT if self._owns_client else config.timeout

    async def send(self, request: RestliRequest) -> RestliResponse:
        """Send ``request``, retrying if it is retry-safe, and return the response or raise."""
        auth = self.config.auth
        if auth is None:
            return await self._attempts(request, self._prepare(request, self.config.access_token))
        prepared = self._prepare(request, await auth.async_access_token())
        try:
            return await self._attempts(request, prepared)
        except LinkedInError as error:
            if not _expired_token(error):
                raise
        token = await auth.async_refresh_expired(prepared.token)
        return await self._attempts(request, self._prepare(request, token))

    async def _attempts(self, request: RestliRequest, prepared: _Prepared) -> RestliResponse:
        policy = self.config.retry
        started = policy.clock()
        attempt = 0
        while True:
            attempt += 1
            error: Exception
            try:
                response = await self._client.send(self._build(self._client, prepared))
            except httpx.TransportError as exc:
                error = self._transport_error(prepared, exc, attempt)
                error.__cause__ = exc
            else:
                try:
                    return self._read(prepared, response)
                except LinkedInError as exc:
                    error = exc
                finally:
                    await response.aclose()
            delay = self._retry_delay(request, attempt, policy.clock() - started, error)
            if delay is None:
                raise error
            await policy.async_sleep(delay)

    async def aclose(self) -> None:
        """Close the underlying httpx client if this session created it."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Enum):
        return value.value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, frozenset | set):
        return sorted(value)  # a set's iteration order follows the hash seed
    raise TypeError(f"cannot serialise a value of type {type(value).__name__} as JSON")


def _dump_json(body: Any) -> bytes:
    return json.dumps(
        body, default=_json_default, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")


def _method(prepared: _Prepared) -> str:
    """The HTTP method the request stands for (a tunneled request is sent as POST)."""
    return prepared.headers.get("X-HTTP-Method-Override", prepared.method)


def _decode_id(raw: str | None) -> str | None:
    if not raw:
        return None
    if raw[0] == "(" or raw.startswith("List("):
        return raw
    try:
        value = decode(raw)
    except ValueError:
        return raw
    return value if isinstance(value, str) else raw


def _parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    if seconds != seconds:
        return None
    return max(0.0, seconds)
