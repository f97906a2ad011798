"""OAuth 2.0 with LinkedIn: getting, refreshing and checking access tokens, on httpx.

* :class:`AuthClient` and :class:`AsyncAuthClient` (the same methods, awaited) cover the token
  lifecycle: the member authorization URL (3-legged), the code exchange, the refresh-token
  exchange, the client credentials flow (2-legged) and token introspection. Tokens come back as a
  :class:`Token`; introspection as an :class:`Introspection`; an OAuth error answer raises
  :class:`AuthError` with LinkedIn's ``error`` code.
* :class:`RefreshingToken` is what ``LinkedInClient(auth=...)`` (and the async client) accept:
  the clients ask it for the current access token before each request and refresh it
  shortly before it expires, or once when LinkedIn answers that it expired.

Secrets (the client secret, access and refresh tokens, authorization codes) never appear in
reprs, log records or exception messages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import quote, urlencode

import httpx

from ._version import PACKAGE_VERSION
from .errors import TransportError

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "OAUTH_BASE_URL",
    "REFRESH_MARGIN",
    "AsyncAuthClient",
    "AuthClient",
    "AuthError",
    "Introspection",
    "RefreshingToken",
    "Token",
]

OAUTH_BASE_URL = "https://www.linkedin.com/oauth/v2"
#: How long before ``expires_at`` a :class:`RefreshingToken` refreshes its access token.
REFRESH_MARGIN = timedelta(minutes=5)

_DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
_REDACTED = "[REDACTED]"
_USER_AGENT = f"linkedin-marketing-python/{PACKAGE_VERSION}"


@dataclass(frozen=True)
class Token:
    """An access token and what LinkedIn said about it.

    ``expires_at`` and ``refresh_token_expires_at`` are aware UTC datetimes, computed from the
    ``expires_in`` / ``refresh_token_expires_in`` seconds of the answer. ``refresh_token`` is
    ``None`` when the application has no programmatic refresh (and for 2-legged tokens).
    ``scopes`` are the granted scopes (LinkedIn lists them comma-separated).
    """

    access_token: str = field(repr=False)
    expires_at: datetime
    refresh_token: str | None = field(default=None, repr=False)
    refresh_token_expires_at: datetime | None = None
    scopes: tuple[str, ...] = ()

    def expires_within(self, margin: timedelta, now: datetime | None = None) -> bool:
        """Whether the access token expires before ``now + margin``."""
        return (now or datetime.now(UTC)) + margin >= self.expires_at


@dataclass(frozen=True)
class Introspection:
    """What ``/introspectToken`` says about a token.

    ``active`` is LinkedIn's verdict; ``status`` is ``"active"``, ``"expired"`` or ``"revoked"``
    when given (an unknown token gets only ``active=False``); ``auth_type`` is ``"2L"``, ``"3L"``
    or ``"Enterprise_User"``. Times are aware UTC datetimes.
    """

    active: bool
    status: str | None = None
    client_id: str | None = None
    auth_type: str | None = None
    scopes: tuple[str, ...] = ()
    created_at: datetime | None = None
    authorized_at: datetime | None = None
    expires_at: datetime | None = None


class AuthError(Exception):
    """LinkedIn's OAuth server refused a request (``{"error": ..., "error_description": ...}``).

    Attributes:
        error: LinkedIn's error code (``invalid_request``, ``invalid_client``, ...).
        description: the ``error_description``, when given (secrets of the request redacted).
        status: the HTTP status.
        request_url: the endpoint that answered (it never carries a secret).
    """

    def __init__(
        self, error: str, description: str | None, *, status: int, request_url: str
    ) -> None:
        self.error = error
        self.description = description
        self.status = status
        self.request_url = request_url
        text = f"{error}: {description}" if description else error
        super().__init__(f"{text} (HTTP {status}, POST {request_url})")


@dataclass(frozen=True)
class _Call:
    """One POST to the OAuth server: its endpoint, form and the form values that are secret."""

    url: str
    form: dict[str, str]
    secrets: tuple[str, ...]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            if secret:
                text = text.replace(secret, _REDACTED)
        return text


def _scopes(value: Any) -> tuple[str, ...]:
    if not isinstance(value, str):
        return ()
    return tuple(scope for scope in value.replace(" ", ",").split(",") if scope)


def _seconds_from(now: datetime, value: Any) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return now + timedelta(seconds=value)


def _epoch(value: Any) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return datetime.fromtimestamp(value, UTC)


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class _AuthBase:
    """What both auth clients share: building each call and reading each answer."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        redirect_url: str | None = None,
        *,
        base_url: str = OAUTH_BASE_URL,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("client_id and client_secret must not be empty")
        self.client_id = client_id
        self._client_secret = client_secret
        self.redirect_url = redirect_url
        self.base_url: str = base_url.rstrip("/")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, "
            f"redirect_url={self.redirect_url!r}, base_url={self.base_url!r})"
        )

    def authorization_url(self, scopes: Iterable[str], state: str | None = None) -> str:
        """The URL to send a member to, to grant ``scopes`` (3-legged authorization).

        LinkedIn redirects the member's browser to ``redirect_url`` with ``code`` (and ``state``)
        in the query; pass the code to ``exchange_code``. ``state`` guards against CSRF: check
        that the redirect carries the one you sent.
        """
        redirect_url = self._require_redirect_url("authorization_url")
        scope = " ".join(scopes)
        if not scope:
            raise ValueError("authorization_url: give at least one scope")
        query = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": redirect_url,
            "scope": scope,
        }
        if state is not None:
            query["state"] = state
        # %20 between scopes, as LinkedIn's documentation writes them.
        return f"{self.base_url}/authorization?{urlencode(query, quote_via=quote)}"

    def _require_redirect_url(self, method: str) -> str:
        if self.redirect_url is None:
            raise ValueError(f"{method} needs the redirect_url the auth client was created with")
        return self.redirect_url

    def _token_call(self, grant_type: str, secrets: tuple[str, ...], **form: str) -> _Call:
        form = {
            "grant_type": grant_type,
            **form,
            "client_id": self.client_id,
            "client_secret": self._client_secret,
        }
        return _Call(f"{self.base_url}/accessToken", form, (self._client_secret, *secrets))

    def _code_call(self, code: str) -> _Call:
        redirect_url = self._require_redirect_url("exchange_code")
        return self._token_call("authorization_code", (code,), code=code, redirect_uri=redirect_url)

    def _refresh_call(self, refresh_token: str) -> _Call:
        return self._token_call("refresh_token", (refresh_token,), refresh_token=refresh_token)

    def _client_credentials_call(self) -> _Call:
        return self._token_call("client_credentials", ())

    def _introspect_call(self, access_token: str) -> _Call:
        form = {
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "token": access_token,
        }
        return _Call(f"{self.base_url}/introspectToken", form, (self._client_secret, access_token))

    def _body(self, call: _Call, response: httpx.Response) -> Mapping[str, Any]:
        """The JSON object of a successful answer, or raise the AuthError it carries."""
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code < 400 and isinstance(body, Mapping):
            return body
        fields: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
        error = _optional_str(fields.get("error")) or f"http_{response.status_code}"
        description = _optional_str(fields.get("error_description"))
        if description is None and response.status_code < 400:
            description = "the answer is not a JSON object"
        raise self._error(call, error, description, response.status_code)

    def _error(self, call: _Call, error: str, description: str | None, status: int) -> AuthError:
        # A server echoing what it was sent must not put a secret into the exception.
        text = None if description is None else call.redact(description)
        return AuthError(call.redact(error), text, status=status, request_url=call.url)

    def _token(self, call: _Call, response: httpx.Response) -> Token:
        body = self._body(call, response)
        now = datetime.now(UTC)
        access_token = body.get("access_token")
        expires_at = _seconds_from(now, body.get("expires_in"))
        if not isinstance(access_token, str) or not access_token or expires_at is None:
            raise self._error(
                call, "invalid_response", "no access_token or expires_in", response.status_code
            )
        refresh_token = _optional_str(body.get("refresh_token")) or None
        return Token(
            access_token=access_token,
            expires_at=expires_at,
            refresh_token=refresh_token,
            refresh_token_expires_at=_seconds_from(now, body.get("refresh_token_expires_in")),
            scopes=_scopes(body.get("scope")),
        )

    def _introspection(self, call: _Call, response: httpx.Response) -> Introspection:
        body = self._body(call, response)
        return Introspection(
            active=body.get("active") is True,
            status=_optional_str(body.get("status")),
            client_id=_optional_str(body.get("client_id")),
            auth_type=_optional_str(body.get("auth_type")),
            scopes=_scopes(body.get("scope")),
            created_at=_epoch(body.get("created_at")),
            authorized_at=_epoch(body.get("authorized_at")),
            expires_at=_epoch(body.get("expires_at")),
        )

    def _request(self, client: httpx.Client | httpx.AsyncClient, call: _Call) -> httpx.Request:
        # httpx form-encodes ``data`` as LinkedIn requires (application/x-www-form-urlencoded).
        return client.build_request(
            "POST",
            call.url,
            data=call.form,
            headers={"Accept": "application/json", "User-Agent": _USER_AGENT},
        )

    def _transport_error(self, call: _Call, exc: httpx.TransportError) -> TransportError:
        message = call.redact(str(exc)) or "connection failed"
        return TransportError(
            f"{type(exc).__name__}: {message}", request_method="POST", request_url=call.url
        )


class AuthClient(_AuthBase):
    """OAuth 2.0 calls to LinkedIn, blocking (``httpx.Client``).

    Args:
        client_id: The application's client id.
        client_secret: The application's client secret (never logged nor put in errors).
        redirect_url: The redirect URL registered for the application; needed by
            ``authorization_url`` and ``exchange_code``.
        base_url: The OAuth root; the default is LinkedIn's.
        timeout: Seconds (or an ``httpx.Timeout``) before a request is abandoned.
        http_client: An ``httpx.Client`` of yours to send with; it is not closed here.
        transport: An httpx transport to build the client around.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        redirect_url: str | None = None,
        *,
        base_url: str = OAUTH_BASE_URL,
        timeout: float | httpx.Timeout = _DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(client_id, client_secret, redirect_url, base_url=base_url)
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(transport=transport, timeout=timeout)

    def exchange_code(self, code: str) -> Token:
        """The token for the authorization ``code`` LinkedIn put on the redirect."""
        call = self._code_call(code)
        return self._token(call, self._post(call))

    def refresh(self, refresh_token: str) -> Token:
        """A new access token for ``refresh_token`` (no member interaction)."""
        call = self._refresh_call(refresh_token)
        return self._token(call, self._post(call))

    def client_credentials(self) -> Token:
        """A 2-legged (application) access token, for applications allowed that flow."""
        call = self._client_credentials_call()
        return self._token(call, self._post(call))

    def introspect(self, access_token: str) -> Introspection:
        """LinkedIn's view of ``access_token``: active or not, its expiry and scopes."""
        call = self._introspect_call(access_token)
        return self._introspection(call, self._post(call))

    def _post(self, call: _Call) -> httpx.Response:
        # Not streamed: httpx reads the whole answer and releases the connection.
        try:
            return self._client.send(self._request(self._client, call))
        except httpx.TransportError as exc:
            raise self._transport_error(call, exc) from exc

    def close(self) -> None:
        """Close the underlying httpx client if this auth client created it."""
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


class AsyncAuthClient(_AuthBase):
    """OAuth 2.0 calls to LinkedIn on ``httpx.AsyncClient``; otherwise the same as AuthClient."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        redirect_url: str | None = None,
        *,
        base_url: str = OAUTH_BASE_URL,
        timeout: float | httpx.Timeout = _DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(client_id, client_secret, redirect_url, base_url=base_url)
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(transport=transport, timeout=timeout)

    async def exchange_code(self, code: str) -> Token:
        """The token for the authorization ``code`` LinkedIn put on the redirect."""
        call = self._code_call(code)
        return self._token(call, await self._post(call))

    async def refresh(self, refresh_token: str) -> Token:
        """A new access token for ``refresh_token`` (no member interaction)."""
        call = self._refresh_call(refresh_token)
        return self._token(call, await self._post(call))

    async def client_credentials(self) -> Token:
        """A 2-legged (application) access token, for applications allowed that flow."""
        call = self._client_credentials_call()
        return self._token(call, await self._post(call))

    async def introspect(self, access_token: str) -> Introspection:
        """LinkedIn's view of ``access_token``: active or not, its expiry and scopes."""
        call = self._introspect_call(access_token)
        return self._introspection(call, await self._post(call))

    async def _post(self, call: _Call) -> httpx.Response:
        try:
            return await self._client.send(self._request(self._client, call))
        except httpx.TransportError as exc:
            raise self._transport_error(call, exc) from exc

    async def aclose(self) -> None:
        """Close the underlying httpx client if this auth client created it."""
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


class RefreshingToken:
    """An access token that renews itself, for ``LinkedInClient(auth=...)`` and its async twin.

    Before each request the client asks for the current access token; within ``margin`` of
    ``expires_at`` (:data:`REFRESH_MARGIN` by default) it is refreshed first. When LinkedIn still
    answers 401 for an expired token, the client has it refreshed once and repeats the request
    (any request, a create too: a 401 means it was not executed). A refresh that fails raises the
    :class:`AuthError`; nothing is retried in a loop. ``on_refresh`` is called with each new
    :class:`Token`, under the refresh lock, so that you can store it.

    One refresh runs at a time. With an :class:`AuthClient`, a lock shared by threads and event
    loops guards it; async clients run the refresh in a worker thread (``asyncio.to_thread``) so
    the event loop keeps running. With an :class:`AsyncAuthClient`, an ``asyncio.Lock`` guards it:
    such a token serves async clients of one event loop, and a sync ``LinkedInClient`` refuses it.
    Callers that fail with an access token already replaced get the new one without a refresh, so
    twenty calls failing at once cause one refresh.
    """

    def __init__(
        self,
        auth_client: AuthClient | AsyncAuthClient,
        token: Token,
        on_refresh: Callable[[Token], object] | None = None,
        *,
        margin: timedelta = REFRESH_MARGIN,
    ) -> None:
        if token.refresh_token is None:
            raise ValueError(
                "RefreshingToken needs a Token with a refresh_token (the application must have "
                "programmatic refresh tokens enabled)"
            )
        self._auth = auth_client
        self._token = token
        self._on_refresh = on_refresh
        self._margin = margin
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def __repr__(self) -> str:
        token = self._token
        return f"RefreshingToken(expires_at={token.expires_at.isoformat()}, scopes={token.scopes})"

    @property
    def token(self) -> Token:
        """The current token (the last one refreshed, or the one given)."""
        return self._token

    @property
    def is_async(self) -> bool:
        """True when refreshing needs an event loop (built on an :class:`AsyncAuthClient`)."""
        return isinstance(self._auth, AsyncAuthClient)

    def _store(self, new: Token) -> Token:
        # What a refresh answer leaves out (the refresh token, its expiry, the scopes) is unchanged.
        current = self._token
        new = Token(
            new.access_token,
            new.expires_at,
            new.refresh_token or current.refresh_token,
            new.refresh_token_expires_at or current.refresh_token_expires_at,
            new.scopes or current.scopes,
        )
        self._token = new
        if self._on_refresh is not None:
            self._on_refresh(new)
        return new

    # Blocking side: LinkedInClient, and AsyncLinkedInClient through a worker thread.

    def access_token(self) -> str:
        """The access token to send now, refreshed first when it is about to expire."""
        token = self._token
        if token.expires_within(self._margin):
            token = self._refresh(token.access_token)
        return token.access_token

    def refresh_expired(self, stale: str) -> str:
        """The access token to repeat a call with, after ``stale`` was refused as expired."""
        return self._refresh(stale).access_token

    def _refresh(self, stale: str) -> Token:
        auth = self._auth
        if isinstance(auth, AsyncAuthClient):
            raise TypeError(
                "this RefreshingToken refreshes through an AsyncAuthClient; use it with "
                "AsyncLinkedInClient, or build it on an AuthClient"
            )
        with self._lock:
            current = self._token
            if current.access_token != stale:
                return current  # replaced while this caller waited for the lock
            assert current.refresh_token is not None  # checked in __init__, kept by _store
            return self._store(auth.refresh(current.refresh_token))

    # Async side: AsyncLinkedInClient.

    async def async_access_token(self) -> str:
        """The access token to send now, refreshed first when it is about to expire."""
        token = self._token
        if token.expires_within(self._margin):
            token = await self._async_refresh(token.access_token)
        return token.access_token

    async def async_refresh_expired(self, stale: str) -> str:
        """The access token to repeat a call with, after ``stale`` was refused as expired."""
        return (await self._async_refresh(stale)).access_token

    async def _async_refresh(self, stale: str) -> Token:
        import asyncio  # only async clients come here, and their event loop imported it already

        auth = self._auth
        if not isinstance(auth, AsyncAuthClient):
            return await asyncio.to_thread(self._refresh, stale)
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            current = self._token
            if current.access_token != stale:
                return current
            assert current.refresh_token is not None
            return self._store(await auth.refresh(current.refresh_token))
