"""Helpers for the case board's tests: a store filed by the real pipeline from a Maildir, a logged-in test client,
and Debian's Chromium driven by Debian's chromedriver (never a downloaded browser)."""

from __future__ import annotations

import mailbox
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from inbox_agent.app.pipeline import Pipeline
from inbox_agent.config import Settings, load_settings
from inbox_agent.core.rules import RuleSet, load_rules
from inbox_agent.mail.maildir import MaildirSource
from inbox_agent.mail.outbox import FileTransport
from inbox_agent.reports.render import Renderer
from inbox_agent.store.database import Store
from inbox_agent.web.users import add_user

PASSWORD = "a long board password"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def mail(
    name: str,
    address: str,
    subject: str,
    body: str,
    *,
    html: str = "",
    attachments: tuple[tuple[str, bytes], ...] = (),
    when: datetime | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f'"{name}" <{address}>' if name else address
    message["To"] = "Clerk <clerk@thurcastonandcropston.org.uk>"
    message["Subject"] = subject
    message["Date"] = format_datetime(when or datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=address.split("@")[1])
    if body:
        message.set_content(body)
    if html:
        if body:
            message.add_alternative(html, subtype="html")
        else:
            message.set_content(html, subtype="html")
    for filename, data in attachments:
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=filename)
    return message


def file_mail(
    data_dir: Path,
    messages: list[EmailMessage],
    now: datetime | None = None,
    sent: Path | None = None,
    **overrides: str,
) -> tuple[Settings, RuleSet]:
    """File the messages into DATA_DIR with the real pipeline (Maildir in, .eml files out), as the demo does."""
    now = now or datetime.now(UTC)
    root = Path(tempfile.mkdtemp(prefix="board-maildir-"))
    try:
        box = mailbox.Maildir(root / "Maildir", create=True)
        for index, message in enumerate(messages):
            item = mailbox.MaildirMessage(message)
            item.set_date((now - timedelta(minutes=len(messages) - index)).timestamp())
            box.add(item)
        settings = load_settings(
            None,
            environ={},
            overrides={"DATA_DIR": str(data_dir), "ACK_SINCE": (now - timedelta(days=1)).isoformat(), **overrides},
        )
        rules = load_rules(settings.rules_file, settings.templates_dir)
        with Store(settings.data_dir) as store:
            Pipeline(settings, store, rules, Renderer(settings)).poll(
                MaildirSource(root / "Maildir"), FileTransport(sent or root / "sent")
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return settings, rules


def board_settings(data_dir: Path, **overrides: str) -> Settings:
    return load_settings(None, environ={}, overrides={"DATA_DIR": str(data_dir), **overrides})


def add_clerk(data_dir: Path, name: str = "marianne") -> str:
    add_user(data_dir, name, PASSWORD, datetime.now(UTC))
    return name


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF token"
    return found.group(1)


def login(client: Any, name: str = "marianne", password: str = PASSWORD) -> Any:
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"csrf": token, "name": name, "password": password})


def browser_missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.path.exists(path):
            return f"{path} is missing: scripts/setup-debian --test installs chromium and chromium-driver"
    return None


def chromium(width: int, height: int, downloads: Path | None = None) -> Any:
    """Headless Debian Chromium with a fresh profile, no network of its own, no sync, no updates."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from servers import check_allowed

    check_allowed("Chromium")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="board-chromium-")
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
        "--force-device-scale-factor=1",
    ):
        options.add_argument(flag)
    if downloads is not None:
        options.add_experimental_option(
            "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
        )
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.profile_dir = profile  # type: ignore[attr-defined]
    return driver


def close_chromium(driver: Any) -> None:
    try:
        driver.quit()
    finally:
        shutil.rmtree(driver.profile_dir, ignore_errors=True)


def start_board(root: Path, env: dict[str, str], port: int, log: Path | None = None) -> subprocess.Popen:
    """`python run.py web` in a subprocess, as the Clerk's server runs it; its log goes to `log` (or nowhere)."""
    out = open(log, "ab") if log else subprocess.DEVNULL
    try:
        return subprocess.Popen(
            [sys.executable, str(root / "run.py"), "web", "--port", str(port)], env=env, stdout=out, stderr=out
        )
    finally:
        if log:
            out.close()
