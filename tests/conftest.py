"""Fixtures that yield started servers (the aiosmtpd style) and a way to run the agent as a user would."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import servers
from servers import Dovecot, ServerMissing, SmtpSink

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(__file__).resolve().parent / "data"  # public sample mail, with tests/data/LICENSES
MESSAGES = Path(__file__).resolve().parent / "messages"
AGENT_KEYS = (
    "IMAP_",
    "SMTP_",
    "DATA_DIR",
    "CLERK_",
    "ACK_",
    "ALERT_",
    "CASE_",
    "COUNCIL_",
    "POLL_",
    "FETCH_",
    "RULES_",
    "TEMPLATES_",
    "LOG_",
    "CACHE_DIR",
)


# load_rules, remembered for the run here and in the subprocesses the tests start (tests/site/rules_cache.py says
# why). Installed, and the subprocesses' environment set, before the test modules import it: conftest.py comes first.
SITE = Path(__file__).resolve().parent / "site"
sys.path.insert(0, str(SITE))
import rules_cache  # noqa: E402

rules_cache.install()
os.environ["CACHE_DIR"] = "off"  # the agent's own rules cache (store/rulecache.py) stays out of the home folder
if not os.environ.get(rules_cache.ENV):  # set already in an xdist worker: the workers share the folder
    os.environ[rules_cache.ENV] = tempfile.mkdtemp(prefix="inbox-agent-rules-")
    atexit.register(shutil.rmtree, os.environ[rules_cache.ENV], ignore_errors=True)
if str(SITE) not in os.environ.get("PYTHONPATH", "").split(os.pathsep):
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (str(SITE), os.environ.get("PYTHONPATH"))))


# Fixtures that start Dovecot, aiosmtpd or Chromium: a test that uses one (even through another fixture) is marked
# `servers`, and `make fast` (pytest -m "not servers") leaves it out.
SERVER_FIXTURES = frozenset(
    {
        "dovecot",
        "account",
        "own_dovecot",
        "utf8_dovecot",
        "layout_server",
        "oauth_dovecot",
        "smtp",
        "smtp_utf8",
        "oauth_smtp",
        "browser",
    }
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.servers)
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # On several workers the tests marked `long` go first, while the others fill the other workers: one started
        # last would keep the run waiting on it alone. Every worker sorts alike, so their collections still agree.
        items.sort(key=lambda item: item.get_closest_marker("long") is None)


@pytest.hookimpl(tryfirst=True)  # before the fixtures are set up
def pytest_runtest_setup(item: pytest.Item) -> None:
    """A test without the marker that starts a server anyway fails (servers.py checks), before it can hide in `fast`."""
    servers.allowed = None if item.get_closest_marker("servers") else item.nodeid


def unavailable(reason: str) -> None:
    """A tool this machine lacks: a developer's run skips the test, CI (CI=true) fails it, since CI installs
    everything."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; the README's test command should have installed it", pytrace=False)
    pytest.skip(reason)


def start_dovecot(**options: str) -> Dovecot:
    """A real Dovecot. Missing Dovecot fails the run (never skips): the README's test command installs it."""
    try:
        return Dovecot(**options).start()
    except ServerMissing as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def dovecot():
    server = start_dovecot()
    yield server
    server.cleanup()


@pytest.fixture
def account(dovecot):
    """A fresh, empty mailbox for each test."""
    return dovecot.add_account()


@pytest.fixture
def smtp():
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def smtp_utf8():
    """An SMTP server that offers SMTPUTF8, for mail to non-ASCII addresses."""
    sink = SmtpSink(smtputf8=True).start()
    yield sink
    sink.stop()


@pytest.fixture
def corpora() -> Path:
    if not CORPORA.is_dir():
        pytest.fail(f"the sample mail is missing at {CORPORA}; it is part of the repository", pytrace=False)
    return CORPORA


def clean_env(**values: str) -> dict[str, str]:
    """The process environment without any agent settings leaking in from the developer's shell."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(AGENT_KEYS)}
    env["CACHE_DIR"] = "off"  # no compiled rules kept in the home folder: the suite has its own memory of them
    env.update(values)
    return env


@pytest.fixture
def agent(tmp_path):
    """Run `python run.py ...` in a subprocess, in its own folder, as a user or cron would."""

    def run(
        *args: str, env: dict[str, str] | None = None, timeout: float = 120, input: str | None = None
    ) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(ROOT / "run.py"), *args],
            cwd=tmp_path,
            env=clean_env(**(env or {})),
            capture_output=True,
            text=True,
            timeout=timeout,
            input=input,
        )

    return run


def message_file(name: str) -> bytes:
    """A test message as it travels over IMAP and SMTP: CRLF line endings."""
    return (MESSAGES / name).read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
