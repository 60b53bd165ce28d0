"""Access tokens for XOAUTH2: the only module that talks to an identity provider.

Microsoft 365 has switched off passwords for IMAP and SMTP, so an app registration's client-credentials flow
(through msal) gets the token; Google uses a refresh token, exchanged with the small standard flow of RFC 6749
section 6. A token is reused until five minutes before it expires, then refreshed; it is never logged, and a
refusal says what to fix, flagged as an authentication problem so the Clerk is told once.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from inbox_agent.config import OAuthSettings
from inbox_agent.errors import AgentError

REFRESH_MARGIN = timedelta(minutes=5)
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
MICROSOFT_SCOPES = ["https://outlook.office365.com/.default"]  # covers IMAP.AccessAsApp and SMTP.SendAsApp


class OAuthError(AgentError):
    """The identity provider would not give a token."""


def xoauth2(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), as Microsoft and Google document it."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


class TokenSource:
    def __init__(
        self,
        settings: OAuthSettings,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        microsoft_app: Any = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self._app = microsoft_app  # tests may hand in an msal-like object; otherwise made on first use
        self._token = ""
        self._expires = datetime.min.replace(tzinfo=UTC)
        self.fetched = 0  # how many tokens were fetched: refreshes are visible to tests and `status`

    def token(self) -> str:
        now = self.clock()
        if self._token and now < self._expires - REFRESH_MARGIN:
            return self._token
        token, lifetime = (
            self._from_microsoft() if self.settings.provider == "microsoft" else self._from_refresh_token()
        )
        self._token, self._expires = token, now + timedelta(seconds=lifetime)
        self.fetched += 1
        return token

    def _from_refresh_token(self) -> tuple[str, int]:
        s = self.settings
        url = s.token_url or GOOGLE_TOKEN_URL
        body = urllib.parse.urlencode(
            {
                "grant_type": "refresh_token",
                "refresh_token": s.refresh_token,
                "client_id": s.client_id,
                "client_secret": s.client_secret,
            }
        ).encode()
        request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310 - an https URL from settings
                answer = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            try:
                error = json.loads(exc.read() or b"{}").get("error", "")
            except ValueError:
                error = ""
            if error in ("invalid_grant", "unauthorized_client", "invalid_client"):
                raise OAuthError(
                    f"the OAuth token service refused the refresh token ({error}): it has expired or been revoked, "
                    "or the client is wrong",
                    auth=True,
                    fix="make a new refresh token (see Google in the README) and set OAUTH_REFRESH_TOKEN; "
                    "check OAUTH_CLIENT_ID and OAUTH_CLIENT_SECRET",
                ) from None
            raise OAuthError(
                f"the OAuth token service {url} answered {exc.code} {error}".rstrip(),
                fix="the agent retries; if it persists, check OAUTH_TOKEN_URL",
            ) from None
        except (OSError, ValueError) as exc:
            raise OAuthError(
                f"cannot reach the OAuth token service {url} ({exc.__class__.__name__})",
                fix="check the network; the agent retries",
            ) from None
        if not answer.get("access_token"):
            raise OAuthError(f"the OAuth token service {url} gave no access token", fix="check OAUTH_TOKEN_URL")
        return str(answer["access_token"]), int(answer.get("expires_in", 3600))

    def _from_microsoft(self) -> tuple[str, int]:
        s = self.settings
        if self._app is None:
            import msal  # only Microsoft 365 installations need it loaded

            self._app = msal.ConfidentialClientApplication(
                s.client_id,
                client_credential=s.client_secret,
                authority=f"https://login.microsoftonline.com/{s.tenant}",
            )
        try:
            result = self._app.acquire_token_for_client(scopes=MICROSOFT_SCOPES)
        except (OSError, ValueError) as exc:  # msal raises ValueError for a malformed tenant or authority
            raise OAuthError(
                f"cannot get a token from Microsoft ({exc.__class__.__name__}: {str(exc)[:120]})",
                fix="check OAUTH_TENANT (the directory ID or the domain) and the network; the agent retries",
            ) from None
        if "access_token" in result:
            return str(result["access_token"]), int(result.get("expires_in", 3600))
        error = result.get("error", "unknown_error")
        description = (
            str(result.get("error_description", "")).splitlines()[0][:160] if result.get("error_description") else ""
        )
        raise OAuthError(
            f"Microsoft refused a token ({error}{': ' + description if description else ''})",
            auth=True,
            fix="check OAUTH_TENANT, OAUTH_CLIENT_ID and OAUTH_CLIENT_SECRET (secrets expire: make a new one in the "
            "app registration); the app needs IMAP.AccessAsApp and SMTP.SendAsApp with admin consent",
        )
