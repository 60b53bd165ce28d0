"""The Clerk's journey on the case board in a real browser (Debian's Chromium, driven through Debian's chromedriver),
against mail filed from a real Dovecot and acknowledged through a real SMTP server."""

from __future__ import annotations

import hashlib
import zipfile

import pytest
from board import PASSWORD, browser_missing, chromium, close_chromium, start_board
from conftest import ROOT, clean_env, unavailable
from servers import free_port, wait_for_port
from test_end_to_end import poll, settings_for

from inbox_agent.store.database import Store

pytestmark = pytest.mark.servers

HATE = (
    b"From: Mark Dunn <mdunn@example.net>\r\nTo: Clerk <clerk@thurcastonandcropston.org.uk>\r\n"
    b"Subject: Traveller site\r\nDate: Mon, 23 Nov 2026 18:12:40 +0000\r\nMessage-ID: <hate-1@example.net>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Dear Sir,\r\n\r\nGypsies are vermin and should be banned from the village. "
    b"Go back to your own country.\r\n\r\nMark\r\n"
)
COMPLAINT = (
    b"From: Janet Oakley <janet.oakley@example.org>\r\nTo: Clerk <clerk@thurcastonandcropston.org.uk>\r\n"
    b"Subject: Street light out on Anstey Lane\r\nDate: Mon, 23 Nov 2026 18:20:00 +0000\r\n"
    b"Message-ID: <light-1@example.org>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nI wish to make a formal complaint: the street light has been out "
    b"for three weeks. This is not good enough.\r\n"
)


@pytest.fixture
def browser(tmp_path):
    missing = browser_missing()
    if missing:
        unavailable(missing)
    (tmp_path / "downloads").mkdir()
    driver = chromium(1280, 900, downloads=tmp_path / "downloads")
    driver.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path / "downloads")}
    )
    yield driver
    close_chromium(driver)


def test_the_clerks_journey_on_the_board(account, smtp, agent, tmp_path, browser):
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01")
    account.append(COMPLAINT)
    account.append(HATE)
    assert poll(agent, env)["counts"]["filed"] == 2
    added = agent("users", "add", "marianne", "--password-stdin", env=env, input=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    with Store(tmp_path / "data", readonly=True) as store:
        [ref] = [c.ref for c in store.cases() if c.sender == "mdunn@example.net"]
    port = free_port()
    board = start_board(ROOT, clean_env(**env), port, log=tmp_path / "board.log")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_port(port)
        # Pages change under it: a form posts and the next page loads while a wait reads the old one. Chromium then
        # says the element is stale or, now and then, "Node with given id does not belong to the document" (a plain
        # WebDriverException); each poll tries again, and a condition that never holds still fails after 20 s.
        wait = WebDriverWait(browser, 20, ignored_exceptions=(StaleElementReferenceException, WebDriverException))
        # log in
        browser.get(f"{base}/cases")
        assert browser.current_url == f"{base}/login"
        browser.find_element(By.ID, "name").send_keys("marianne")
        browser.find_element(By.ID, "password").send_keys(PASSWORD)
        browser.find_element(By.CSS_SELECTOR, "form.login button[type=submit]").click()
        wait.until(lambda d: d.current_url.startswith(f"{base}/cases"))
        # find the case by the resident's surname
        search = browser.find_element(By.NAME, "q")
        search.send_keys("Dunn")
        search.submit()
        wait.until(lambda d: "q=Dunn" in d.current_url)
        links = browser.find_elements(By.CSS_SELECTOR, "table.cases a")
        assert [a.text for a in links] == [ref]
        links[0].click()
        wait.until(lambda d: d.current_url == f"{base}/cases/{ref}")
        # read the message
        assert "Gypsies are vermin and should be banned" in browser.find_element(By.CSS_SELECTOR, "pre.body").text
        assert "Mark Dunn" in browser.find_element(By.CSS_SELECTOR, "dl.headers").text
        # record the report to the police, with its crime reference
        Select(browser.find_element(By.ID, "kind")).select_by_value("police")
        browser.find_element(By.ID, "crime").send_keys("LE-2026-0412")
        browser.find_element(By.ID, "action-note").send_keys("Reported on 101")
        browser.find_element(By.XPATH, "//button[text()='Record action']").click()
        wait.until(lambda d: "crime reference LE-2026-0412" in d.find_element(By.CSS_SELECTOR, "ol.timeline").text)
        # resolve
        browser.find_element(By.ID, "status-note").send_keys("Police have it; no further contact")
        browser.find_element(By.CSS_SELECTOR, "button[value=resolve]").click()
        wait.until(lambda d: "resolved" in d.find_element(By.TAG_NAME, "h1").text)
        # download the evidence bundle and verify its hashes
        browser.find_element(By.PARTIAL_LINK_TEXT, "evidence bundle").click()
        bundle = tmp_path / "downloads" / f"{ref}-evidence.zip"
        WebDriverWait(browser, 30).until(lambda d: bundle.exists() and not list(bundle.parent.glob("*.crdownload")))
        with zipfile.ZipFile(bundle) as archive:
            lines = archive.read(f"{ref}/SHA256SUMS").decode().splitlines()
            assert lines
            for line in lines:
                digest, name = line.split("  ", 1)
                assert hashlib.sha256(archive.read(f"{ref}/{name}")).hexdigest() == digest
            assert b"LE-2026-0412" in archive.read(f"{ref}/timeline.txt")
        # log out; the case page now refuses
        browser.find_element(By.CSS_SELECTOR, "form.logout button").click()
        wait.until(lambda d: d.current_url == f"{base}/login")
        browser.get(f"{base}/cases/{ref}")
        assert browser.current_url == f"{base}/login"
        assert "Gypsies" not in browser.page_source and "Dunn" not in browser.page_source
    finally:
        board.terminate()
        board.wait(timeout=30)
    with Store(tmp_path / "data", readonly=True) as store:
        case = store.case(ref)
    assert case.status == "resolved"
    assert [a.to_doc() for a in case.actions] == [
        {
            "at": case.actions[0].at,
            "kind": "police",
            "by": "marianne",
            "note": "Reported on 101",
            "crime_reference": "LE-2026-0412",
        }
    ]
    assert [(e.kind, e.by) for e in case.history][-2:] == [("action", "marianne"), ("resolved", "marianne")]
    log = (tmp_path / "board.log").read_text()
    assert "marianne logged in" in log and "Gypsies" not in log and "mdunn@example.net" not in log
