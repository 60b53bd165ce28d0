"""Fixtures that yield started servers (the aiosmtpd style) and a way to run the agent as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
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
)


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
