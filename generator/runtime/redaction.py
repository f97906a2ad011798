"""Keeping a secret (the access token) out of log lines and exception messages.

A server or proxy that echoes the token rarely echoes it as sent: it may appear percent-encoded
(in either hex case), JSON-escaped (``\\/``, ``\\"``) or as a Python repr. :class:`Redactor`
replaces every one of those forms.

A secret shorter than :data:`MIN_SUBSTRING_LENGTH` characters is only replaced where it stands as
a whole word: replacing every ``a`` of a message because the token is ``a`` would mangle the
message, and such a token is not a real credential (LinkedIn's run to hundreds of characters).
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

__all__ = ["MIN_SUBSTRING_LENGTH", "REDACTED", "Redactor", "unsafe_header_character"]

REDACTED = "[REDACTED]"
#: Secrets at least this long are replaced wherever they occur, even inside a longer word.
MIN_SUBSTRING_LENGTH = 16
# The characters a bearer token is made of (RFC 6750 b64token), for whole-word matching; "=" only
# ends one (padding), so "token=a" still shows the token "a".
_BEFORE = r"A-Za-z0-9\-._~+/"
_AFTER = _BEFORE + "="


def unsafe_header_character(value: str) -> int | None:
    """The position of the first character that cannot travel in an HTTP header value as it is
    (a control character, a space or a non-ASCII character), or None."""
    for position, char in enumerate(value):
        if not "\x21" <= char <= "\x7e":
            return position
    return None


def _escaped_forms(secret: str) -> set[str]:
    percent = quote(secret, safe="")
    forms = {
        secret,
        repr(secret)[1:-1],
        json.dumps(secret)[1:-1],
        json.dumps(secret)[1:-1].replace("/", "\\/"),
        percent,
        re.sub("%[0-9A-F]{2}", lambda match: match.group().lower(), percent),
    }
    forms.discard("")
    return forms


class Redactor:
    """Replaces ``secret``, in every escaped form, with ``[REDACTED]``."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        forms = sorted(_escaped_forms(secret), key=len, reverse=True)
        pattern = "|".join(re.escape(form) for form in forms)
        if len(secret) < MIN_SUBSTRING_LENGTH:
            pattern = f"(?<![{_BEFORE}])(?:{pattern})(?![{_AFTER}])"
        # No secret (yet), nothing to replace.
        self._pattern = re.compile(pattern) if forms else None

    def __call__(self, text: str) -> str:
        return text if self._pattern is None else self._pattern.sub(REDACTED, text)
