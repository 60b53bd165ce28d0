"""Deployment: the systemd units verify, the container definition is what the README promises, the watchdog is fed."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys

import pytest
from conftest import ROOT, clean_env, unavailable

from inbox_agent.config import load_settings
from inbox_agent.core.rules import load_rules


@pytest.mark.parametrize(
    "unit, instance",
    [("inbox-agent.service", "inbox-agent.service"), ("inbox-agent@.service", "inbox-agent@thurcaston.service")],
)
def test_the_systemd_units_pass_systemd_analyze_verify(tmp_path, unit, instance):
    tool = shutil.which("systemd-analyze")
    if tool is None:
        unavailable("systemd-analyze is not installed here")
    text = (ROOT / "deploy" / unit).read_text()
    for hardening in (
        "ProtectSystem=strict",
        "NoNewPrivileges=yes",
        "User=inbox-agent",
        "Restart=on-failure",
        "WatchdogSec=",
        "MemoryMax=1G",
    ):
        assert hardening in text
    # As installed: the virtualenv's Python in place of /opt/inbox-agent/.venv/bin/python, which is not on this machine.
    (tmp_path / instance).write_text(
        text.replace("/opt/inbox-agent/.venv/bin/python", os.path.realpath(sys.executable))
    )
    result = subprocess.run([tool, "verify", str(tmp_path / instance)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def test_the_template_unit_keeps_each_council_apart():
    text = (ROOT / "deploy" / "inbox-agent@.service").read_text()
    for line in (
        "Environment=DATA_DIR=/var/lib/inbox-agent/%i",
        "--env /etc/inbox-agent/%i.env run",
        "ReadWritePaths=/var/lib/inbox-agent/%i",
        "StateDirectory=inbox-agent/%i",
    ):
        assert line in text


def test_the_container_runs_as_a_user_with_a_data_volume_and_a_health_check():
    lines = [
        line.strip()
        for line in (ROOT / "Dockerfile").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines[0].startswith("FROM python:3.11-slim")
    assert "USER agent" in lines and lines.index("USER agent") > max(
        i for i, line in enumerate(lines) if line.startswith("RUN ")
    )
    assert 'VOLUME ["/data"]' in lines and any(line.startswith("ENV DATA_DIR=/data") for line in lines)
    assert any(line.startswith("HEALTHCHECK") and '"run.py", "status"' in line for line in lines)
    assert ".env" in (ROOT / ".dockerignore").read_text().split()  # secrets never go into the image


def test_the_agent_tells_systemd_it_is_ready_and_feeds_the_watchdog(tmp_path):
    address = str(tmp_path / "notify")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(address)
        sock.settimeout(20)
        from servers import free_port

        env = clean_env(
            IMAP_HOST="127.0.0.1",
            IMAP_PORT=str(free_port()),
            IMAP_USER="u",
            IMAP_PASSWORD="p",
            IMAP_SECURITY="plain",
            SMTP_HOST="127.0.0.1",
            SMTP_PORT=str(free_port()),
            SMTP_SECURITY="plain",
            DATA_DIR=str(tmp_path / "data"),
            NOTIFY_SOCKET=address,
        )
        # READY comes once the rules are loaded. Loaded here first, the agent takes them from the run's memory of
        # them (tests/site/rules_cache.py), as it does in the rest of the suite; this test alone would otherwise
        # wait on a first compile, which can take longer than the socket waits.
        settings = load_settings(None, environ=env)
        load_rules(settings.rules_file, settings.templates_dir)
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "run.py"), "run"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            said = {sock.recv(100).decode(), sock.recv(100).decode()}
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    assert said == {"READY=1", "WATCHDOG=1"}  # even while the mail server is down, the loop itself is alive
