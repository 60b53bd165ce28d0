"""XOAUTH2 against the real Dovecot (oauth2 passdb, introspection) and the real SMTP sink, with a local token
service."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
from conftest import start_dovecot
from servers import OAuthStub, SmtpSink
from test_end_to_end import load_cases

from inbox_agent.config import OAuthSettings
from inbox_agent.mail.oauth import OAuthError, TokenSource


@pytest.fixture
def oauth():
    stub = OAuthStub({"refresh-for-clerk0": "clerk0"}).start()
    yield stub
    stub.stop()


@pytest.fixture
def oauth_dovecot(oauth):
    server = start_dovecot(oauth_introspection=f"{oauth.url}/introspect")
    yield server
    server.cleanup()


@pytest.fixture
def oauth_smtp(oauth):
    sink = SmtpSink(oauth=oauth).start()
    yield sink
    sink.stop()


def oauth_env(dovecot, smtp, oauth, tmp_path, **extra):
    account = dovecot.add_account()
    assert account.user == "clerk0"
    return account, {
        **account.env(IMAP_PASSWORD="", IMAP_AUTH="oauth2"),
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp.port),
        "SMTP_SECURITY": "plain",
        "SMTP_USER": "clerk0",
        "SMTP_AUTH": "oauth2",
        "OAUTH_PROVIDER": "google",
        "OAUTH_CLIENT_ID": "client-id",
        "OAUTH_CLIENT_SECRET": "client-secret-canary",
        "OAUTH_REFRESH_TOKEN": "refresh-for-clerk0",
        "OAUTH_TOKEN_URL": f"{oauth.url}/token",
        "DATA_DIR": str(tmp_path / "data"),
        "ACK_SINCE": "2000-01-01",
        **extra,
    }


@pytest.mark.servers
def test_xoauth2_logs_in_to_imap_and_smtp_and_the_token_is_never_shown(
    oauth, oauth_dovecot, oauth_smtp, agent, tmp_path
):
    from conftest import message_file

    account, env = oauth_env(oauth_dovecot, oauth_smtp, oauth, tmp_path)
    account.append(message_file("complaint.eml"))  # the test itself appends with the password passdb
    result = agent("poll", "--once", "--json", env=env)
    assert result.returncode == 0, result.stderr
    cases, _ = load_cases(tmp_path)
    assert [c["category"] for c in cases] == ["complaint"]
    [ack] = oauth_smtp.received
    assert ack.login == "xoauth2:clerk0"  # the SMTP server saw an XOAUTH2 login, not a password
    assert "method=XOAUTH2" in oauth_dovecot.log() and "user=<clerk0>" in oauth_dovecot.log()
    assert len(oauth.issued) == 1  # one token served the IMAP and the SMTP login
    logs = "".join(p.read_text() for p in (tmp_path / "data" / "logs").iterdir())
    for secret in (*oauth.issued, "client-secret-canary", "refresh-for-clerk0"):
        assert secret not in result.stderr and secret not in result.stdout and secret not in logs
    checked = agent("check", env=env)
    assert checked.returncode == 0, checked.stdout
    assert "✓ OAuth token: Google issued an access token (not shown)" in checked.stdout


@pytest.mark.servers
def test_a_revoked_token_is_refused_with_the_fix_and_the_check_says_so(
    oauth, oauth_dovecot, oauth_smtp, agent, tmp_path
):
    account, env = oauth_env(oauth_dovecot, oauth_smtp, oauth, tmp_path)
    oauth.revoke_all()
    result = agent("poll", "--once", env=env)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "refused the refresh token (invalid_grant)" in result.stderr and "OAUTH_REFRESH_TOKEN" in result.stderr
    checked = agent("check", env=env)
    assert (
        checked.returncode == 1 and "✗ OAuth token: the OAuth token service refused the refresh token" in checked.stdout
    )
    # A token the service issued but the mailbox server no longer accepts: refused at login, with the OAuth fix.
    oauth.revoked.clear()
    oauth.issued["ya29.revoked"] = "clerk0"
    oauth.revoked.add("ya29.revoked")
    from inbox_agent.config import load_settings
    from inbox_agent.errors import SourceError
    from inbox_agent.mail.imap import ImapSource

    settings = load_settings(None, environ=env, need_imap=True)

    class Revoked:
        def token(self):
            return "ya29.revoked"

    with pytest.raises(SourceError) as refused:
        ImapSource(settings.imap, ("INBOX",), tokens=Revoked()).connect()
    assert "refused the OAuth token for 'clerk0'" in refused.value.problem and refused.value.context["auth"]


def test_a_token_is_reused_until_five_minutes_before_it_expires_then_refreshed(oauth):
    now = [datetime(2026, 11, 24, 9, 0, tzinfo=UTC)]
    tokens = TokenSource(
        OAuthSettings("google", "id", "secret", refresh_token="refresh-for-clerk0", token_url=f"{oauth.url}/token"),
        clock=lambda: now[0],
    )
    first = tokens.token()
    now[0] += timedelta(minutes=54)
    assert tokens.token() == first and tokens.fetched == 1  # 6 minutes left: still good
    now[0] += timedelta(minutes=2)
    second = tokens.token()
    assert second != first and tokens.fetched == 2  # 4 minutes left: refreshed before it could expire mid-poll
    assert oauth.owner(second) == "clerk0"


class FakeMsal:
    """msal's ConfidentialClientApplication, as far as the agent uses it (a unit test of the pure mapping)."""

    def __init__(self, result):
        self.result = result
        self.scopes = None

    def acquire_token_for_client(self, scopes):
        self.scopes = scopes
        return self.result


def test_microsoft_client_credentials_give_a_token_or_a_clear_refusal():
    settings = OAuthSettings("microsoft", "app-id", "app-secret", tenant="council.onmicrosoft.com")
    app = FakeMsal({"access_token": "eyJ.token", "expires_in": 3599, "token_type": "Bearer"})
    assert TokenSource(settings, microsoft_app=app).token() == "eyJ.token"
    assert app.scopes == ["https://outlook.office365.com/.default"]
    refused = FakeMsal(
        {
            "error": "invalid_client",
            "error_description": "AADSTS7000222: The provided client secret keys for app 'x' are expired.\nTrace ID: 1",
        }
    )
    with pytest.raises(OAuthError) as error:
        TokenSource(settings, microsoft_app=refused).token()
    assert (
        "Microsoft refused a token (invalid_client: AADSTS7000222" in error.value.problem
        and "Trace" not in error.value.problem
    )
    assert "OAUTH_CLIENT_SECRET" in error.value.fix and error.value.context["auth"]


def test_msal_is_the_library_behind_microsoft_tokens():
    import msal

    assert hasattr(msal, "ConfidentialClientApplication")


def test_xoauth2_initial_response_is_what_the_providers_document():
    from inbox_agent.mail.oauth import xoauth2

    assert base64.b64encode(xoauth2("clerk@council.org", "tok").encode()) == base64.b64encode(
        b"user=clerk@council.org\x01auth=Bearer tok\x01\x01"
    )


@pytest.mark.servers
def test_digest_send_logs_in_to_smtp_with_the_oauth_token(oauth, oauth_smtp, agent, tmp_path):
    """`digest --send` once built its own SMTP transport without the token source and sent an empty token;
    now every command gets its transport from the one composition root (app/root.py)."""
    env = {
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(oauth_smtp.port),
        "SMTP_SECURITY": "plain",
        "SMTP_USER": "clerk0",
        "SMTP_AUTH": "oauth2",
        "OAUTH_PROVIDER": "google",
        "OAUTH_CLIENT_ID": "client-id",
        "OAUTH_CLIENT_SECRET": "client-secret-canary",
        "OAUTH_REFRESH_TOKEN": "refresh-for-clerk0",
        "OAUTH_TOKEN_URL": f"{oauth.url}/token",
        "CLERK_EMAIL": "clerk@council.example",
        "DATA_DIR": str(tmp_path / "data"),
    }
    result = agent("digest", "--send", env=env)
    assert result.returncode == 0, result.stderr
    assert "digest to clerk@council.example: 0 unresolved cases; sent" in result.stdout
    [digest] = oauth_smtp.received
    assert digest.login == "xoauth2:clerk0" and len(oauth.issued) == 1
    assert digest.rcpt_tos == ["clerk@council.example"]
    assert digest.message["Subject"].startswith("Weekly civility digest: 0 unresolved")
    for secret in (*oauth.issued, "client-secret-canary", "refresh-for-clerk0"):
        assert secret not in result.stderr and secret not in result.stdout
    outbox = agent("outbox", "list", "--json", env=env)
    [entry] = [json.loads(line) for line in outbox.stdout.splitlines()]
    assert entry["kind"] == "digest" and entry["state"] == "sent" and entry["to"] == ["clerk@council.example"]
