"""The case board's security and its actions, through Flask's test client against a store filed by the real pipeline."""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import zipfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from board import PASSWORD, add_clerk, board_settings, csrf_of, file_mail, login, mail
from conftest import message_file

from inbox_agent.core.rules import load_rules
from inbox_agent.store.database import Store
from inbox_agent.web.board import create_app
from inbox_agent.web.guard import DOWNLOAD_ENDPOINTS, OPEN_ENDPOINTS

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
HOSTILE_SUBJECT = "<script>alert('subject')</script> \x1b[31mred\x1b[0m \u202egnp.exe"
HOSTILE_NAME = "<img src=x onerror=alert('name')>"
HOSTILE_HTML = (
    "<p>I know where you live. Watch your back.</p><a href=\"javascript:alert('link')\">click</a>"
    "<img src=x onerror=alert('img')><script>alert('body')</script><iframe src=\"https://evil.example\"></iframe>"
    '<p style="background:url(https://track.example/p.gif)">\u202eevil</p>'
)


@pytest.fixture
def board(tmp_path):
    """A store with an ordinary complaint, a hostile threat (HTML only, a hostile attachment name) and a quarantined
    message; one account; a clock the test moves."""
    data = tmp_path / "data"
    settings, rules = file_mail(
        data,
        [
            mail(
                "Janet Oakley",
                "janet.oakley@example.org",
                "Street light out on Anstey Lane",
                "I wish to make a formal complaint. "
                "The street light outside number 14 Anstey Lane has been out for three "
                "weeks. This is not good enough.\n\nJanet Oakley",
            ),
            mail(
                HOSTILE_NAME,
                "hostile@example.com",
                HOSTILE_SUBJECT,
                "",
                html=HOSTILE_HTML,
                attachments=(("<script>x</script>../../etc/passwd", b"MZ not run"),),
            ),
        ],
        now=NOW,
    )
    with Store(data, readonly=True) as store:
        refs = {c.sender: c.ref for c in store.cases()}
    add_clerk(data)
    clock = [NOW]
    app = create_app(settings, rules, clock=lambda: clock[0])
    return {
        "app": app,
        "client": app.test_client(),
        "data": data,
        "settings": settings,
        "rules": rules,
        "clock": clock,
        "complaint": refs["janet.oakley@example.org"],
        "threat": refs["hostile@example.com"],
    }


def _case(board, ref):
    with Store(board["data"], readonly=True) as store:
        return store.case(ref)


def _routes(board):
    """Every route of the board with its arguments filled in from the store, and the method it takes."""
    ref = board["complaint"]
    for rule in board["app"].url_map.iter_rules():
        if rule.endpoint in ("static",):
            continue
        url = rule.rule.replace("<ref>", ref).replace("<kind>", "pdf").replace("<ident>", "0123456789abcdef")
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule.endpoint, method, url


def test_the_endpoints_the_guard_names_are_the_boards(tmp_path):
    """The guard opens the login page and the stylesheet, and answers a download with 401, by endpoint name: a view
    renamed in a route module would otherwise change who may see what without a word."""
    settings = board_settings(tmp_path)
    app = create_app(settings, load_rules(settings.rules_file, settings.templates_dir))
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert set(OPEN_ENDPOINTS) | (set(DOWNLOAD_ENDPOINTS) - {None}) <= endpoints
    assert {"login", "stylesheet", "evidence_zip", "summary_file"} <= endpoints


def test_every_page_and_download_refuses_an_anonymous_request(board):
    client = board["client"]
    checked = 0
    for endpoint, method, url in _routes(board):
        if endpoint in ("login", "stylesheet"):
            continue
        response = client.open(url, method=method, data={"action": "resolve", "note": "x"})
        assert response.status_code in (303, 401), (method, url, response.status_code)
        if response.status_code == 303:
            assert response.headers["Location"].endswith("/login"), url
        assert b"Janet" not in response.data and b"Anstey" not in response.data, url
        checked += 1
    assert checked >= 12
    assert _case(board, board["complaint"]).status == "acknowledged"  # the anonymous POST changed nothing
    for url in (f"/cases/{board['complaint']}/evidence.zip", "/summary/pdf?from=2026-01-01&to=2026-12-31"):
        assert client.get(url).status_code == 401  # a download is refused outright, not redirected
    assert client.get("/cases/NOPE-1").headers["Location"] == "/login"  # whether a case exists is not told either


def test_a_post_without_the_token_is_refused(board):
    client = board["client"]
    login(client)
    ref = board["complaint"]
    before = _case(board, ref)
    for form in (
        {"action": "resolve", "note": "done"},
        {"action": "resolve", "note": "done", "csrf": "forged"},
        {"action": "note", "note": "x", "csrf": ""},
    ):
        response = client.post(f"/cases/{ref}", data=form)
        assert response.status_code == 403
        assert b"did not come from the board" in response.data
    assert client.post("/logout").status_code == 403
    assert client.post("/quarantine/0123456789ab").status_code == 403
    assert _case(board, ref) == before
    assert client.get(f"/cases/{ref}").status_code == 200  # still logged in: the refused logout did nothing


def test_hostile_subjects_names_bodies_and_file_names_are_shown_inert(board):
    client = board["client"]
    login(client)
    pages = [
        client.get("/cases?view=all"),
        client.get(f"/cases/{board['threat']}"),
        client.get("/cases?view=all&q=gnp"),
    ]
    for response in pages:
        html = response.get_data(as_text=True)
        assert response.status_code == 200
        assert "<script" not in html.lower()
        assert "onerror" not in re.sub(r"&lt;.*?&gt;", "", html)  # only ever as escaped text
        assert "javascript:" not in html
        assert "\x1b" not in html and "\u202e" not in html
        assert "<iframe" not in html and "<img" not in html and 'style="background' not in html
        csp = response.headers["Content-Security-Policy"]
        assert "script-src" not in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    case_page = pages[1].get_data(as_text=True)
    assert "&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;" in case_page  # shown, as text
    assert "⟨U+001B⟩[31mred" in case_page and "⟨U+202E⟩gnp.exe" in case_page
    assert "&lt;img src=x onerror=alert(&#39;name&#39;)&gt;" in case_page
    assert "I know where you live. Watch your back." in case_page  # the sanitised HTML body is still readable
    assert '<a rel="noopener noreferrer nofollow">click</a>' in case_page  # the javascript: link lost its href
    assert "&lt;script&gt;x&lt;/script&gt;../../etc/passwd" in case_page  # the attachment is listed by name only
    assert '/etc/passwd"' not in case_page and 'href="../' not in case_page
    assert pages[2].get_data(as_text=True).count(f'href="/cases/{board["threat"]}"') == 1  # found by its subject


def test_references_and_file_names_in_urls_cannot_reach_another_case_or_a_file(board):
    client = board["client"]
    login(client)
    ref = board["complaint"]
    for url in (
        f"/cases/{ref}/../../store.json",
        f"/cases/{ref}%2F..%2F..%2Fstore.json",
        "/cases/..%2Fusers.json",
        "/cases/TCPC-2026-9999",
        f"/cases/{ref.lower()}",
        f"/cases/{ref}x",
        "/cases/TCPC-2026-9999/evidence.zip",
        f"/cases/{ref}/evidence.zip/../../users.json",
        "/summary/..%2F..%2Fstore.json",
        "/summary/json",
        "/board.css/../users.json",
        "/evidence/" + "0" * 64,
        "/cases/%2e%2e/users.json",
    ):
        response = client.get(url)
        assert response.status_code in (404, 308), (url, response.status_code)
        body = response.get_data(as_text=True)
        assert "argon2" not in body and '"cases"' not in body and "Janet Oakley" not in body, url
    for ident in ("../../users.json", "..%2F..%2Fusers.json", "zz" * 8):
        assert (
            client.post(f"/quarantine/{ident}", data={"csrf": csrf_of(client.get("/quarantine").text)}).status_code
            == 404
        )
    response = client.post(
        f"/cases/{board['threat']}",
        data={"csrf": csrf_of(client.get(f"/cases/{ref}").text), "action": "note", "note": "meant for the complaint"},
    )
    assert response.headers["Location"] == f"/cases/{board['threat']}"  # the case in the URL, and no other, was changed
    assert "meant for the complaint" not in json.dumps(_case(board, ref).to_doc())


def test_the_evidence_zip_holds_only_the_case_and_its_hashes_verify(board):
    client = board["client"]
    login(client)
    ref = board["threat"]
    response = client.get(f"/cases/{ref}/evidence.zip")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    assert response.headers["Content-Disposition"] == f'attachment; filename="{ref}-evidence.zip"'
    with zipfile.ZipFile(io.BytesIO(response.data)) as bundle:
        names = bundle.namelist()
        assert all(n.startswith(f"{ref}/") and ".." not in n for n in names)
        sums = bundle.read(f"{ref}/SHA256SUMS").decode().splitlines()
        assert len(sums) == 1
        for line in sums:
            digest, name = line.split("  ", 1)
            assert hashlib.sha256(bundle.read(f"{ref}/{name}")).hexdigest() == digest
        assert json.loads(bundle.read(f"{ref}/manifest.json"))["case"] == ref


def test_every_action_is_recorded_with_who_did_it(board):
    client = board["client"]
    login(client)
    ref = board["complaint"]

    def do(action, **form):
        token = csrf_of(client.get(f"/cases/{ref}").text)
        return client.post(f"/cases/{ref}", data={"csrf": token, "action": action, **form})

    assert do("start").status_code == 303
    assert do("note", note="Rang Mrs Oakley back").status_code == 303
    assert do("record", kind="police", note="Reported on 101").status_code == 303  # no crime reference yet
    assert do("record", kind="police", crime_reference="LE-2026-1234").status_code == 303
    assert do("record", kind="removed", note="Blocked on Facebook").status_code == 303
    assert do("record", kind="platform").status_code == 303
    assert do("record", kind="monitoring-officer").status_code == 303
    assert do("hold", note="solicitor's letter").status_code == 303
    assert do("release", note="settled").status_code == 303
    refused = do("resolve")  # resolving needs a note saying what was done
    assert refused.status_code == 409 and b"say what was done" in refused.data
    assert do("resolve", note="Light repaired").status_code == 303
    assert do("reopen", note="Out again").status_code == 303
    assert do("close", note="Duplicate of the county's job").status_code == 303
    case = _case(board, ref)
    mine = [e for e in case.history if e.by == "marianne"]
    assert [e.kind for e in mine] == [
        "started",
        "note",
        "action",
        "action",
        "action",
        "action",
        "action",
        "legal_hold",
        "hold_released",
        "resolved",
        "reopened",
        "closed",
    ]
    assert [a.kind for a in case.actions] == ["police", "police", "removed", "platform", "monitoring-officer"]
    assert case.actions[0].crime_reference is None and case.actions[1].crime_reference == "LE-2026-1234"
    assert all(a.by == "marianne" for a in case.actions)
    assert "crime reference not yet known" in mine[2].note
    assert case.status == "closed" and case.hold is None
    refused = do("resolve", note="again")
    assert refused.status_code == 409 and b"cannot be resolved" in refused.data


def test_logins_are_throttled_per_account_and_per_address(board):
    app, clock = board["app"], board["clock"]
    add_clerk(board["data"], "deputy")

    def attempt(name, password, address):
        client = app.test_client()
        client.environ_base["REMOTE_ADDR"] = address
        return login(client, name, password)

    for n in range(5):
        assert attempt("marianne", "wrong password", f"192.0.2.{n}").status_code == 401  # five addresses, one account
    assert attempt("marianne", PASSWORD, "192.0.2.99").status_code == 429  # the account is now shut
    assert attempt("deputy", PASSWORD, "192.0.2.99").status_code == 303  # other accounts are not
    for n in range(5):
        assert attempt(f"guess{n}", "x" * 12, "198.51.100.7").status_code == 401  # five accounts, one address
    assert attempt("deputy", PASSWORD, "198.51.100.7").status_code == 429  # the address is now shut
    clock[0] += timedelta(minutes=16)
    assert attempt("marianne", PASSWORD, "192.0.2.99").status_code == 303
    assert attempt("deputy", PASSWORD, "198.51.100.7").status_code == 303


def test_sessions_expire_and_logging_out_ends_them(board):
    client, clock = board["client"], board["clock"]
    login(client)
    url = f"/cases/{board['complaint']}"
    assert client.get(url).status_code == 200
    clock[0] += timedelta(minutes=59)
    assert client.get(url).status_code == 200  # in use: the idle time starts again
    clock[0] += timedelta(minutes=61)
    assert client.get(url).status_code == 303  # idle for an hour
    login(client)
    stolen = client.get_cookie("board").value
    client.post("/logout", data={"csrf": csrf_of(client.get(url).text)})
    replay = board["app"].test_client()
    replay.set_cookie("board", stolen)
    assert replay.get(url).status_code == 303  # the old cookie no longer opens anything
    login(client)
    assert client.get(url).status_code == 200
    from inbox_agent.web.users import remove_user

    remove_user(board["data"], "marianne")
    assert client.get(url).status_code == 303  # a removed account's session ends at once


def test_cookies_are_httponly_strict_and_secure_behind_https(board, tmp_path):
    response = board["client"].get("/login")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Secure" not in cookie
    secure = create_app(board_settings(board["data"], WEB_BASE_URL="https://board.example.org"), board["rules"])
    cookie = secure.test_client().get("/login").headers["Set-Cookie"]
    assert (
        cookie.startswith("__Host-board=")
        and "Secure" in cookie
        and "HttpOnly" in cookie
        and "SameSite=Strict" in cookie
    )
    for header, value in (
        ("X-Frame-Options", "DENY"),
        ("X-Content-Type-Options", "nosniff"),
        ("Cache-Control", "no-store"),
        ("Referrer-Policy", "no-referrer"),
    ):
        assert response.headers[header] == value


def test_search_finds_by_reference_name_address_subject_and_text(board):
    client = board["client"]
    login(client)
    ref = board["complaint"]
    for query in (ref, "oakley", "janet.oakley@example", "anstey lane", "three weeks"):
        found = re.findall(r'href="/cases/([A-Z0-9-]+)"', client.get(f"/cases?view=all&q={query}").text)
        assert found == [ref], query
    assert re.findall(r'href="/cases/([A-Z0-9-]+)"', client.get("/cases?view=all&q=watch+your+back").text) == [
        board["threat"]
    ]
    assert 'href="/cases/' not in client.get("/cases?view=all&q=nobody+wrote+this").text
    listing = client.get("/cases?view=all&category=complaint").text
    assert ref in listing and board["threat"] not in listing and "janet.oakley@example.org" in listing


def test_reports_quarantine_and_status_pages(board):
    client = board["client"]
    login(client)
    digest = client.get("/digest")
    assert digest.status_code == 200 and board["threat"] in digest.text
    assert "script-src" not in digest.headers["Content-Security-Policy"]
    pdf = client.get("/summary/pdf?from=2026-11-01&to=2026-11-30&meeting=Full Council 8 December")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    assert "council-summary-2026-11-01-to-2026-11-30-full-council-8-december.pdf" in pdf.headers["Content-Disposition"]
    html = client.get("/summary/html?from=2026-11-01&to=2026-11-30")
    assert html.status_code == 200 and b"Janet" not in html.data and b"oakley" not in html.data
    assert client.get("/summary/pdf?from=soon&to=later").status_code == 400
    assert client.get("/quarantine").status_code == 200
    status = client.get("/status").text
    assert "Needs attention" in status and "no poll has succeeded yet" in status


def test_users_add_keeps_only_an_argon2_hash_and_the_board_needs_an_account(agent, tmp_path):
    env = {"DATA_DIR": str(tmp_path / "data")}
    refused = agent("web", "--port", "1", env=env)
    assert refused.returncode == 1 and "no accounts" in refused.stderr and "users add NAME" in refused.stderr
    assert "Traceback" not in refused.stderr
    short = agent("users", "add", "marianne", "--password-stdin", env=env, input="short\n")
    assert short.returncode == 1 and "shorter than 10" in short.stderr
    bad = agent("users", "add", "Marianne Lane", "--password-stdin", env=env, input=PASSWORD + "\n")
    assert bad.returncode == 1 and "not a usable account name" in bad.stderr
    added = agent("users", "add", "marianne", "--password-stdin", env=env, input=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    path = tmp_path / "data" / "users.json"
    stored = json.loads(path.read_text())
    assert stored["marianne"]["hash"].startswith("$argon2id$") and PASSWORD not in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "marianne" in agent("users", "list", env=env).stdout
    from inbox_agent.cli.main import build_parser

    assert build_parser().parse_args(["web"]).host == "127.0.0.1"  # reachable from this machine only, unless told


def test_the_alert_and_the_digest_link_to_the_case_on_the_board(tmp_path):
    from inbox_agent.reports.jobs import compose_digest
    from inbox_agent.reports.render import Renderer

    threat = mail(
        "", "anon4471@example.com", "the clerk", "I know where you live. You'll regret this. Watch your back."
    )
    settings, rules = file_mail(
        tmp_path / "data", [threat], sent=tmp_path / "sent", WEB_BASE_URL="https://board.example.org/"
    )
    with Store(tmp_path / "data", readonly=True) as store:
        [case] = store.cases()
        digest = compose_digest(store, settings, rules, datetime.now(UTC))
    link = f"https://board.example.org/cases/{case.ref}"
    [alert] = [p.read_text() for p in (tmp_path / "sent").glob("*alert*.eml")]
    assert f"Open the case on the board:\n\n  {link}\n" in alert
    renderer = Renderer(settings)
    assert link in renderer.render("digest.txt.j2", digest=digest)
    assert f'<a href="{link}"' in renderer.render("digest.html.j2", digest=digest)
    plain = Renderer(board_settings(tmp_path / "data"))
    assert "board.example.org" not in plain.render("digest.txt.j2", digest=digest) + plain.render(
        "digest.html.j2", digest=digest
    )


def test_the_board_unit_passes_systemd_analyze_verify(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    from conftest import ROOT, unavailable

    tool = shutil.which("systemd-analyze")
    if tool is None:
        unavailable("systemd-analyze is not installed here")
    text = (ROOT / "deploy" / "inbox-board.service").read_text()
    for line in (
        "ProtectSystem=strict",
        "NoNewPrivileges=yes",
        "User=inbox-agent",
        "web --host 127.0.0.1",
        "RestartPreventExitStatus=1 2",
        "ReadWritePaths=/var/lib/inbox-agent",
    ):
        assert line in text
    (tmp_path / "inbox-board.service").write_text(
        text.replace("/opt/inbox-agent/.venv/bin/python", os.path.realpath(sys.executable))
    )
    result = subprocess.run(
        [tool, "verify", str(tmp_path / "inbox-board.service")], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def test_quarantined_mail_is_listed_and_retried_from_the_board(tmp_path):
    martian = mail("Tom Briggs", "tom.briggs@example.net", "Allotments", "what is the allotment waiting list")
    martian.replace_header("Content-Type", "text/plain; charset=x-martian")
    settings, rules = file_mail(tmp_path / "data", [martian])
    add_clerk(tmp_path / "data")
    with Store(tmp_path / "data", readonly=True) as store:
        [record] = [r for r in store.message_records() if r.disposition == "quarantined"]
    # The board starts as `run.py web` starts it, with rules.yaml's categories and not its patterns.
    client = create_app(settings, load_rules(settings.rules_file, settings.templates_dir, judging=False)).test_client()
    login(client)
    page = client.get("/quarantine").text
    assert record.evidence[:12] in page and "x-martian" in page
    retried = client.post(f"/quarantine/{record.evidence[:12]}", data={"csrf": csrf_of(page)})
    assert retried.status_code == 303 and retried.headers["Location"] == "/quarantine"
    with Store(tmp_path / "data", readonly=True) as store:
        [again] = [r for r in store.message_records() if r.disposition == "quarantined"]
    assert again.recorded > record.recorded  # read again, and still unreadable: it stays for a person
    assert "x-martian" in (again.reason or "")
    assert client.post("/quarantine/ffffffffffff", data={"csrf": csrf_of(page)}).status_code == 409
    # Mail an older version quarantined and this one can read is judged again, with the rules' patterns, and filed.
    with Store(tmp_path / "data") as store:
        store.record_message(
            replace(
                record,
                reason="older parser gave up",
                evidence=store.write_evidence(message_file("abusive.eml")),
                location="INBOX|0|older",
            )
        )
        store.commit()
    page = client.get("/quarantine").text
    [ident] = [i for i in re.findall(r'action="/quarantine/([0-9a-f]{12})"', page) if i != record.evidence[:12]]
    assert client.post(f"/quarantine/{ident}", data={"csrf": csrf_of(page)}).status_code == 303
    with Store(tmp_path / "data", readonly=True) as store:
        assert store.message_record("INBOX|0|older").disposition == "filed"
        assert [c.category for c in store.cases()] == ["abusive"]


def test_the_overdue_and_open_views_follow_the_clocks_and_the_status(board):
    client, clock = board["client"], board["clock"]
    login(client)
    refs = lambda url: sorted(re.findall(r'href="/cases/([A-Z0-9]+-\d+-\d+)"', client.get(url).text))  # noqa: E731
    both = sorted([board["complaint"], board["threat"]])
    assert refs("/cases?view=overdue") == [] and refs("/cases") == both
    clock[0] = datetime(2027, 2, 1, 10, 0, tzinfo=UTC)  # long past ten working days
    login(client)  # and long past the session's hour
    # Only a category that owes a reply (rules.yaml reply_days) can be overdue: the complaint, not the threat.
    assert refs("/cases?view=overdue") == [board["complaint"]]
    assert "overdue" in client.get("/cases?view=overdue").text
    assert "No reply is owed for this category" in client.get(f"/cases/{board['threat']}").text
    token = csrf_of(client.get(f"/cases/{board['complaint']}").text)
    client.post(f"/cases/{board['complaint']}", data={"csrf": token, "action": "resolve", "note": "fixed"})
    assert refs("/cases?view=overdue") == [] and refs("/cases") == [board["threat"]]
    assert refs("/cases?view=all&status=resolved") == [board["complaint"]]


def test_the_clerk_decides_held_acknowledgements_and_corrects_categories_on_the_board(tmp_path):
    threats = [
        mail("", f"anon{n}@example.com", "the clerk", "I know where you live. You'll regret this. Watch your back.")
        for n in range(2)
    ]
    settings, rules = file_mail(tmp_path / "data", threats, sent=tmp_path / "sent")
    add_clerk(tmp_path / "data")
    with Store(tmp_path / "data", readonly=True) as store:
        first, second = [c.ref for c in store.cases()]
        assert all(c.ack_pending for c in store.cases())  # threats wait for the Clerk
    client = create_app(settings, rules).test_client()
    login(client)
    page = client.get(f"/cases/{first}").text
    assert "An acknowledgement is waiting for your decision" in page
    token = csrf_of(page)
    assert client.post(f"/cases/{first}", data={"csrf": token, "action": "send_ack", "note": ""}).status_code == 303
    refused = client.post(f"/cases/{second}", data={"csrf": token, "action": "drop_ack", "note": ""})
    assert refused.status_code == 409 and b"needs a note" in refused.data
    assert (
        client.post(f"/cases/{second}", data={"csrf": token, "action": "drop_ack", "note": "police advice"}).status_code
        == 303
    )
    assert (
        client.post(
            f"/cases/{second}",
            data={"csrf": token, "action": "reclassify", "category": "abusive", "note": "rude, not a threat"},
        ).status_code
        == 303
    )
    with Store(tmp_path / "data", readonly=True) as store:
        sent, dropped = store.case(first), store.case(second)
        queued = [e for e in store.outbox_entries() if e.kind == "ack"]
    assert sent.ack_queued and not sent.ack_pending and [e.case for e in queued] == [first]
    assert dropped.ack_dropped.by == "marianne" and dropped.category == "abusive"
    assert dropped.reclassified.by == "marianne" and dropped.reclassified.came_from == "threat"
    assert "An acknowledgement is waiting" not in client.get(f"/cases/{first}").text
