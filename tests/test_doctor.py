"""`run.py check` against a working set-up and against each kind of broken one, with the real servers."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading

import pytest
from conftest import ROOT
from servers import free_port
from test_end_to_end import settings_for


def check(agent, env, *args):
    result = agent("check", *args, env=env, timeout=60)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout


def line(output: str, mark: str, what: str) -> str:
    found = [row for row in output.splitlines() if row.startswith(f"{mark} {what}")]
    assert found, output
    return found[0]


@pytest.mark.servers
def test_a_working_set_up_passes_every_step_and_can_send_a_test_message(account, smtp, agent, tmp_path):
    env = {**settings_for(account, smtp, tmp_path), "CACHE_DIR": str(tmp_path / "cache")}
    status, out = check(agent, env, "--send-test")
    assert status == 0 and "✗" not in out and out.rstrip().splitlines()[-1].startswith("all good")
    assert "rules.yaml: " in line(out, "✓", "rules") and " categories (" in line(out, "✓", "rules")
    assert f"compiled rules kept in {tmp_path / 'cache'}" in line(out, "✓", "rules cache")
    for what in (
        "settings",
        "IMAP connection",
        "IMAP login",
        "IMAP folder: INBOX exists",
        "SMTP login",
        "SMTP test message",
    ):
        line(out, "✓", what)
    assert "IDLE offered" in out  # capabilities are read after login
    line(out, "✓", "IMAP folder: Cases/Resolved created")  # what the first poll would do, done now
    [test] = smtp.received
    assert (
        test.rcpt_tos == ["clerk@thurcastonandcropston.org.uk"]
        and test.message["Subject"] == "Test from the inbox agent"
    )
    assert float(out.rstrip().rsplit("(", 1)[1].split()[0]) < 60  # well under a minute


@pytest.mark.servers
@pytest.mark.parametrize(
    "change, what, says, fix",
    [
        ({"IMAP_PORT": "free"}, "IMAP connection", "connection refused", "check IMAP_PORT"),
        (
            {"IMAP_PASSWORD": "wrong-password"},
            "IMAP login",
            "refused the login for",
            "check IMAP_USER and IMAP_PASSWORD",
        ),
        (
            {"IMAP_FOLDERS": "INBOX,Council"},
            "IMAP folder",
            "folder Council is missing",
            "set IMAP_FOLDERS to existing folders: INBOX",
        ),
        ({"IMAP_SECURITY": "ssl"}, "IMAP TLS", "talks plain text, not TLS", "set IMAP_SECURITY=starttls"),
        ({"SMTP_PASSWORD": "wrong"}, "SMTP login", "refused the login", "check SMTP_USER and SMTP_PASSWORD"),
        ({"IMAP_HOST": "imap.invalid"}, "IMAP DNS", "the name 'imap.invalid' cannot be found", "check IMAP_HOST"),
        ({"POLL_SECONDS": "often"}, "settings", "POLL_SECONDS='often' is not a whole number", "set POLL_SECONDS"),
    ],
    ids=[
        "wrong-port",
        "wrong-password",
        "missing-folder",
        "tls-to-plain-port",
        "smtp-password",
        "unknown-host",
        "bad-value",
    ],
)
def test_each_broken_set_up_gets_a_diagnosis_and_a_fix(account, smtp, agent, tmp_path, change, what, says, fix):
    env = settings_for(
        account, smtp, tmp_path, **{k: str(free_port()) if v == "free" else v for k, v in change.items()}
    )
    status, out = check(agent, env)
    assert status == 1
    failed = line(out, "✗", what)
    assert says in failed, out
    assert fix in out.split(failed, 1)[1].splitlines()[1]  # the fix is on the next line
    assert out.rstrip().splitlines()[-1].startswith("1 problem")  # and nothing else is blamed


def test_a_microsoft_365_refusal_names_oauth2():
    from inbox_agent.mail.doctor import provider_hint

    assert "Microsoft 365 refuses basic authentication: set IMAP_AUTH=oauth2" in provider_hint("outlook.office365.com")
    assert "app password" in provider_hint("imap.gmail.com") and provider_hint("mail.example.org") == ""


@pytest.fixture
def tls_server(tmp_path):
    """A TLS server whose certificate, from a CA the test trusts, is for mail.example.net."""
    if shutil.which("openssl") is None:
        pytest.fail("openssl is missing: the README's test command installs it", pytrace=False)

    def run(*args):
        subprocess.run(["openssl", *args], cwd=tmp_path, check=True, capture_output=True)

    run(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=Test CA",
    )
    run(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=mail.example.net",
    )
    (tmp_path / "san.ext").write_text("subjectAltName=DNS:mail.example.net\n")
    run(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "san.ext",
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tmp_path / "server.pem", tmp_path / "server.key")
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            try:
                with context.wrap_socket(conn, server_side=True) as tls:
                    tls.sendall(b"* OK ready\r\n")
            except (ssl.SSLError, OSError):  # the client gave up on the certificate, as it should
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], tmp_path / "ca.pem"
    stop.set()
    thread.join(timeout=5)
    listener.close()


def test_a_certificate_for_another_name_is_named(tls_server, agent, tmp_path, smtp):
    port, ca = tls_server
    env = {
        "IMAP_HOST": "localhost",
        "IMAP_PORT": str(port),
        "IMAP_SECURITY": "ssl",
        "IMAP_USER": "u",
        "IMAP_PASSWORD": "p",
        **smtp.env(),
        "DATA_DIR": str(tmp_path / "data"),
        "SSL_CERT_FILE": str(ca),
    }
    status, out = check(agent, env)
    assert status == 1
    failed = line(out, "✗", "IMAP TLS")
    assert "the certificate is for mail.example.net, not localhost" in failed, out
    assert "set IMAP_HOST to mail.example.net" in out


def test_check_reports_every_wrong_setting_at_once_and_unknown_keys_with_a_guess(agent, tmp_path):
    (tmp_path / ".env").write_text(
        "IMAP_SERVER=mail.example.org\nIMAP_HOST=127.0.0.1\nIMAP_USER=clerk\nIMAP_PASSWORD=x\n"
        "SMTP_HOST=127.0.0.1\nDIGEST_DAY=Mon\nSMTP_SECURITY=tls\nPOLL_SECONDS=1 minute\n"
        "RESPONSE_WORKING_DAYS=10\n"
    )
    result = agent("check")
    assert result.returncode == 1
    for says in (
        "DIGEST_DAY='Mon'",
        "SMTP_SECURITY='tls' is not a known mode",
        "POLL_SECONDS='1 minute' is not a whole number",
        "IMAP_SERVER in .env is not a setting the agent knows",
        "did you mean IMAP_HOST?",
        "RESPONSE_WORKING_DAYS in .env is no longer read",
        "reply_days in rules.yaml",
    ):
        assert says in result.stdout, says
    assert "5 problem(s)" in result.stdout and "Traceback" not in result.stderr


def test_check_names_a_broken_rules_file_and_a_cache_folder_it_cannot_write(agent, tmp_path):
    """No server answers here (port 1): the rules steps come before the network's and do not need one."""
    servers = "IMAP_HOST=127.0.0.1\nIMAP_PORT=1\nIMAP_USER=clerk\nIMAP_PASSWORD=x\nSMTP_HOST=127.0.0.1\nSMTP_PORT=1\n"
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    (tmp_path / ".env").write_text(servers)
    result = agent("check", env={"CACHE_DIR": str(blocked / "cache")})  # the environment wins over .env
    out = result.stdout
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert line(out, "✓", "rules")
    cache = line(out, "✗", "rules cache")
    assert f"cannot be kept in {blocked / 'cache'}" in cache and "fix: set CACHE_DIR" in out

    broken = tmp_path / "rules.yaml"
    broken.write_text((ROOT / "rules.yaml").read_text().replace("threshold: 2", "threshold: -2", 1))
    (tmp_path / ".env").write_text(servers + f"RULES_FILE={broken}\n")
    result = agent("check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "threshold -2 must be a positive number" in line(result.stdout, "✗", "rules")
    assert "fix: set threshold: 2" in result.stdout and "rules cache" not in result.stdout


def test_did_you_mean_knows_the_usual_other_names():
    from inbox_agent.config import did_you_mean

    assert [
        did_you_mean(k) for k in ("IMAP_SERVER", "SMTP_SERVER", "SMTP_PASS", "CLERK_MAIL", "COUNCIL_ADRESS", "XYZZY")
    ] == ["IMAP_HOST", "SMTP_HOST", "SMTP_PASSWORD", "CLERK_EMAIL", "COUNCIL_ADDRESS", ""]
