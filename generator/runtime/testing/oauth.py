"""LinkedIn's OAuth 2.0 server, for tests: applications, authorization codes, tokens.

It answers under ``/oauth/v2`` as LinkedIn does: ``/authorization`` (consent is automatic: a 302 to
the redirect URL with a ``code`` and the ``state``), ``/accessToken`` (form-encoded
``authorization_code``, ``refresh_token`` and ``client_credentials`` grants) and
``/introspectToken``. Errors have LinkedIn's OAuth shape ``{"error", "error_description"}``.
Once an application is registered, the REST endpoints accept only access tokens issued here
(:meth:`OAuthServer.check_bearer`).
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from .answers import Answer, HttpError, json_answer

PREFIX = "/oauth/v2"
ACCESS_TOKEN_SECONDS = 60 * 24 * 3600  # LinkedIn: access tokens live 60 days
REFRESH_TOKEN_SECONDS = 365 * 24 * 3600  # and refresh tokens 365 days
CODE_SECONDS = 30 * 60  # authorization codes are valid for 30 minutes, once


@dataclass
class _App:
    client_id: str
    client_secret: str
    redirect_url: str


@dataclass
class _Grant:
    """What an authorization code, an access token or a refresh token stands for."""

    client_id: str
    scopes: tuple[str, ...]
    auth_type: str
    authorized_at: int
    created_at: int = field(default_factory=lambda: int(time.time()))
    expires_at: int = 0
    redirect_url: str = ""
    expired: bool = False


class _OAuthError(Exception):
    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.answer = json_answer(status, {"error": error, "error_description": description})


class OAuthServer:
    """The registered applications and the codes and tokens issued to them (callers lock)."""

    def __init__(self) -> None:
        self.apps: dict[str, _App] = {}
        self._codes: dict[str, _Grant] = {}
        self._access: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}

    def register(self, client_id: str, client_secret: str, redirect_url: str) -> None:
        self.apps[client_id] = _App(client_id, client_secret, redirect_url)

    def expire_access_tokens(self) -> None:
        for grant in self._access.values():
            grant.expired = True

    def check_bearer(self, token: str) -> None:
        """Refuse, with LinkedIn's 401, a token not issued here or expired (once apps exist)."""
        if not self.apps:
            return
        grant = self._access.get(token)
        if grant is None:
            raise HttpError(
                401, "Invalid access token", code="INVALID_ACCESS_TOKEN", serviceErrorCode=65600
            )
        if grant.expired or grant.expires_at <= time.time():
            # LinkedIn's answer for an expired token, as its users report it.
            raise HttpError(
                401,
                "The token used in the request has expired",
                code="EXPIRED_ACCESS_TOKEN",
                serviceErrorCode=65602,
            )

    def handle(
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes
    ) -> Answer:
        endpoint = path[len(PREFIX) :]
        try:
            if endpoint == "/authorization" and method == "GET":
                return self._authorize(dict(parse_qsl(query)))
            if endpoint in ("/accessToken", "/introspectToken") and method == "POST":
                if not headers.get("content-type", "").startswith(
                    "application/x-www-form-urlencoded"
                ):
                    raise _OAuthError(
                        400, "invalid_request", "The body must be application/x-www-form-urlencoded"
                    )
                form = dict(parse_qsl(body.decode("utf-8", errors="replace")))
                if endpoint == "/accessToken":
                    return self._access_token(form)
                return self._introspect(form)
        except _OAuthError as error:
            return error.answer
        raise HttpError(404, f"No resource at {path}")

    def _authorize(self, query: dict[str, str]) -> Answer:
        # Before the client and its redirect URL are known good, errors are shown, not redirected.
        app = self.apps.get(query.get("client_id", ""))
        if app is None:
            raise _OAuthError(400, "invalid_client_id", "The client_id is not registered")
        if query.get("redirect_uri") != app.redirect_url:
            raise _OAuthError(
                400, "invalid_redirect_uri", "The redirect_uri does not match the registered one"
            )
        answer: dict[str, str]
        scopes = tuple(query.get("scope", "").replace(",", " ").split())
        if query.get("response_type") != "code":
            answer = {"error": "unsupported_response_type", "error_description": "Use code"}
        elif not scopes:
            answer = {"error": "invalid_scope", "error_description": "No scope was requested"}
        else:
            code = secrets.token_urlsafe(24)
            now = int(time.time())
            self._codes[code] = _Grant(
                app.client_id, scopes, "3L", now, now, now + CODE_SECONDS, app.redirect_url
            )
            answer = {"code": code}
        if "state" in query:
            answer["state"] = query["state"]
        separator = "&" if "?" in app.redirect_url else "?"
        location = app.redirect_url + separator + urlencode(answer)
        return Answer(302, {"Location": location, "Content-Type": "text/plain"}, b"")

    def _client(self, form: dict[str, str]) -> _App:
        for name in ("client_id", "client_secret"):
            if not form.get(name):
                raise _OAuthError(
                    400, "invalid_request", f'A required parameter "{name}" is missing'
                )
        app = self.apps.get(form["client_id"])
        if app is None or not secrets.compare_digest(app.client_secret, form["client_secret"]):
            raise _OAuthError(401, "invalid_client", "Client authentication failed")
        return app

    def _access_token(self, form: dict[str, str]) -> Answer:
        grant_type = form.get("grant_type")
        if not grant_type:
            raise _OAuthError(
                400, "invalid_request", 'A required parameter "grant_type" is missing'
            )
        app = self._client(form)
        now = int(time.time())
        if grant_type == "authorization_code":
            code = self._codes.pop(form.get("code", ""), None)
            if (
                code is None
                or code.client_id != app.client_id
                or code.redirect_url != form.get("redirect_uri")
                or code.expires_at <= now
            ):
                raise _OAuthError(
                    400,
                    "invalid_request",
                    "Unable to retrieve access token: appid/redirect uri/code verifier does not "
                    "match authorization code. Or authorization code expired.",
                )
            refresh_token = secrets.token_urlsafe(32)
            self._refresh[refresh_token] = _Grant(
                app.client_id,
                code.scopes,
                "3L",
                code.authorized_at,
                now,
                now + REFRESH_TOKEN_SECONDS,
            )
            return self._issue(app, code.scopes, "3L", code.authorized_at, refresh_token)
        if grant_type == "refresh_token":
            grant = self._refresh.get(form.get("refresh_token", ""))
            if grant is None or grant.client_id != app.client_id or grant.expires_at <= now:
                raise _OAuthError(
                    400,
                    "invalid_request",
                    "The provided authorization grant or refresh token is invalid, expired or "
                    "revoked.",
                )
            return self._issue(app, grant.scopes, "3L", grant.authorized_at, form["refresh_token"])
        if grant_type == "client_credentials":
            return self._issue(app, (), "2L", now, None)
        raise _OAuthError(400, "unsupported_grant_type", f"Unsupported grant_type {grant_type}")

    def _issue(
        self,
        app: _App,
        scopes: tuple[str, ...],
        auth_type: str,
        authorized_at: int,
        refresh_token: str | None,
    ) -> Answer:
        now = int(time.time())
        access_token = secrets.token_urlsafe(32)
        self._access[access_token] = _Grant(
            app.client_id, scopes, auth_type, authorized_at, now, now + ACCESS_TOKEN_SECONDS
        )
        body: dict[str, Any] = {"access_token": access_token, "expires_in": ACCESS_TOKEN_SECONDS}
        if refresh_token is not None:
            # A refresh keeps the refresh token and its original expiry, as LinkedIn does.
            body["refresh_token"] = refresh_token
            body["refresh_token_expires_in"] = self._refresh[refresh_token].expires_at - now
        if scopes:
            body["scope"] = ",".join(scopes)
        return json_answer(200, body)

    def _introspect(self, form: dict[str, str]) -> Answer:
        if not form.get("token"):
            raise _OAuthError(400, "invalid_request", 'A required parameter "token" is missing')
        app = self._client(form)
        grant = self._access.get(form["token"])
        if grant is None or grant.client_id != app.client_id:
            return json_answer(200, {"active": False})
        expired = grant.expired or grant.expires_at <= time.time()
        body: dict[str, Any] = {
            "active": not expired,
            "client_id": grant.client_id,
            "authorized_at": grant.authorized_at,
            "created_at": grant.created_at,
            "status": "expired" if expired else "active",
            "expires_at": grant.expires_at,
            "auth_type": grant.auth_type,
        }
        if grant.scopes:
            body["scope"] = ",".join(grant.scopes)
        return json_answer(200, body)
