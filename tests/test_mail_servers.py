"""Mail servers as they come (issue 14): the same settings work on a "/" server, a stock Debian Dovecot (separator
".") and a cPanel-style host (every folder under "INBOX."), each a real Dovecot started here."""

from __future__ import annotations

import imaplib
import time
from datetime import UTC, datetime

import pytest
from conftest import ROOT, message_file, start_dovecot
from test_doctor import check, line
from test_end_to_end import load_cases, poll, settings_for

from inbox_agent.app.pipeline import Pipeline
from inbox_agent.config import load_settings
from inbox_agent.core.rules import load_rules
from inbox_agent.mail.imap import FolderLayout, ImapSource, parse_layout
from inbox_agent.mail.outbox import SmtpTransport
from inbox_agent.reports.render import Renderer
from inbox_agent.store.database import Store

pytestmark = pytest.mark.servers

# layout -> (the resolved folder as the server spells Cases/Resolved, the Sent folder the agent should find)
LAYOUTS = {
    "slash": ("Cases/Resolved", "Sent"),
    "stock": ("Cases.Resolved", "Sent Messages"),
    "cpanel": ("INBOX.Cases.Resolved", "INBOX.Sent Items"),
}


@pytest.fixture(scope="module", params=sorted(LAYOUTS))
def layout_server(request):
    server = start_dovecot(layout=request.param)
    yield request.param, server
    server.cleanup()


def _uids(client: imaplib.IMAP4, folder: str) -> list[bytes]:
    typ, _ = client.select(f'"{folder}"', readonly=True)
    assert typ == "OK", folder
    return client.uid("SEARCH", "ALL")[1][0].split()


def test_the_first_poll_works_on_each_layout_files_resolves_by_move_and_finds_sent(
    layout_server, smtp, agent, tmp_path
):
    layout, server = layout_server
    resolved, sent = LAYOUTS[layout]
    account = server.add_account()
    client = account.connect()
    if layout == "stock":  # no SPECIAL-USE there: the folder a mail client makes, found by one of the usual names
        assert client.create('"Sent Messages"')[0] == "OK"
    if layout == "cpanel":  # a folder with the first usual name, which the SPECIAL-USE one must win over
        assert client.create("INBOX.Sent")[0] == "OK"
    client.logout()
    planning = {"slash": "Council/Planning", "stock": "Council.Planning", "cpanel": "INBOX.Council.Planning"}[layout]
    account.append(message_file("complaint.eml"))
    account.append(message_file("abusive.eml"), folder=planning)  # a second watched folder, made by the mail client
    env = settings_for(
        account,
        smtp,
        tmp_path,
        ACK_SINCE="2000-01-01",  # default RESOLVED_FOLDER=Cases/Resolved
        IMAP_FOLDERS="INBOX,Council/Planning",
    )

    status, out = check(agent, env)
    assert status == 0, out
    line(
        out,
        "✓",
        "IMAP folder: Cases/Resolved" + ("" if resolved == "Cases/Resolved" else f" ({resolved} on this server)"),
    )
    line(out, "✓", f"IMAP folder: copies of acknowledgements go to {sent}")
    line(
        out,
        "✓",
        "IMAP folder: Council/Planning" + ("" if planning == "Council/Planning" else f" ({planning} on this server)"),
    )

    first = poll(agent, env)  # exits 0: poll() asserts it
    assert first["counts"] == {"filed": 2} and first["mail"]["sent"] == 2
    assert sorted(r.rcpt_tos[0] for r in smtp.received) == ["drowe1970@example.com", "m.collins@example.net"]

    client = account.connect()
    try:
        assert len(_uids(client, sent)) == 2  # the copies of the acknowledgements
        assert _uids(client, resolved) == []  # created, in the server's form
        client.select("INBOX")
        assert client.uid("MOVE", "1", f'"{resolved}"')[0] == "OK"  # what the Clerk's mail client does
    finally:
        client.logout()
    second = poll(agent, env)
    assert second["counts"] == {"resolved_by_move": 1}
    cases = {c["sender"]: c for c in load_cases(tmp_path)[0]}
    assert (
        cases["m.collins@example.net"]["status"] == "resolved"
        and cases["m.collins@example.net"]["history"][-1]["by"] == "clerk"
    )
    assert cases["drowe1970@example.com"]["status"] == "acknowledged"


def test_a_folder_the_server_will_not_create_is_a_warning_never_a_failed_poll(layout_server, smtp, agent, tmp_path):
    layout, server = layout_server
    account = server.add_account()
    account.append(message_file("complaint.eml"))
    refused = "Cases/" + "x" * 300  # every layout refuses it ("Mailbox name too long", or a name out of its namespace)
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01", RESOLVED_FOLDER=refused, LOG_LEVEL="INFO")

    status, out = check(agent, env)
    assert status == 0, out
    assert "cannot be created" in line(out, "–", "IMAP folder: Cases/xxx")

    result = agent("poll", "--once", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "cannot create the folder" in result.stderr and "RESOLVED_FOLDER" in result.stderr
    assert len(load_cases(tmp_path)[0]) == 1 and len(smtp.received) == 1


def test_mail_delivered_in_the_same_second_as_the_first_poll_is_new(account, smtp, tmp_path):
    """INTERNALDATE has one-second resolution: 12:00:00.9 for the start and 12:00:00 for a message delivered just
    after it must not make the message "older than the start"."""
    delivered = int(time.time())
    account.append(message_file("complaint.eml"), when=delivered)
    start = datetime.fromtimestamp(delivered, UTC).replace(microsecond=900_000)
    settings = load_settings(None, environ={**account.env(), **smtp.env(), "DATA_DIR": str(tmp_path / "data")})
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    with Store(settings.data_dir) as store, ImapSource(settings.imap, settings.folders) as source:
        report = Pipeline(settings, store, rules, Renderer(settings), clock=lambda: start).poll(
            source, SmtpTransport(settings.smtp)
        )
    assert report.counts == {"filed": 1}
    assert [r.rcpt_tos for r in smtp.received] == [["m.collins@example.net"]]


def test_a_folder_named_in_settings_is_spelt_as_the_server_spells_it():
    cpanel = parse_layout([b'(\\Noselect) "." ""'], [b'(("INBOX." ".")) NIL NIL'])
    assert cpanel == FolderLayout(".", "INBOX.")
    assert [
        cpanel.server_name(n) for n in ("Cases/Resolved", "INBOX", "Sent", "INBOX.Cases.Resolved", "INBOX/Cases")
    ] == ["INBOX.Cases.Resolved", "INBOX", "INBOX.Sent", "INBOX.Cases.Resolved", "INBOX.Cases"]
    stock = parse_layout([b'(\\Noselect) "." ""'], [b'(("" ".")) NIL NIL'])
    assert stock.server_name("Cases/Resolved") == "Cases.Resolved"
    assert stock.server_name("Odd/Name", existing={"Odd/Name"}) == "Odd/Name"  # as written, where it exists
    assert parse_layout([b'(\\Noselect) "/" ""'], None).server_name("Cases/Resolved") == "Cases/Resolved"
    assert parse_layout([b'(\\Noselect) "\\\\" ""'], None).separator == "\\"
    assert parse_layout([b'(\\Noselect) NIL ""'], None).separator == ""
