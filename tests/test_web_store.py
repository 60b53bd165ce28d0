"""The board and the agent share one store: the board's writes take the store's lock, wait for a poll in progress,
read the store afresh, and a board killed at any moment leaves the store whole. No write of either is lost."""

from __future__ import annotations

import http.client
import json
import mailbox
import random
import re
import signal
import subprocess
import sys
import textwrap
import threading
from urllib.parse import urlencode

from board import PASSWORD, add_clerk, csrf_of, file_mail, login, mail, start_board
from conftest import ROOT, clean_env
from servers import free_port, wait_for_port

from inbox_agent.app.agent import Agent
from inbox_agent.mail.maildir import MaildirSource
from inbox_agent.mail.outbox import FileTransport
from inbox_agent.store.database import Store
from inbox_agent.web.board import create_app

HOLD_AND_WRITE = textwrap.dedent("""
    import sys
    from datetime import datetime, timezone
    from pathlib import Path
    from inbox_agent.core import cases
    from inbox_agent.store.database import Store
    data, ref = Path(sys.argv[1]), sys.argv[2]
    with Store(data) as store:  # as a poll does: the lock is held from here to the end of the cycle
        store.put_case(cases.add_note(store.case(ref), "written by the poll", datetime.now(timezone.utc), by="agent"))
        print("holding", flush=True)
        sys.stdin.readline()    # the test says when the poll ends
        store.commit()
""")


def _complaint(tmp_path):
    data = tmp_path / "data"
    settings, rules = file_mail(
        data,
        [
            mail(
                "Janet Oakley",
                "janet.oakley@example.org",
                "Street light",
                "I wish to make a formal complaint about the street light. Not good enough.",
            )
        ],
    )
    with Store(data, readonly=True) as store:
        ref = store.cases()[0].ref
    add_clerk(data)
    return data, settings, rules, ref


def _notes(data, ref):
    with Store(data, readonly=True) as store:
        return [e.note for e in store.case(ref).history if e.kind == "note"]


def test_a_change_on_the_board_waits_for_a_poll_in_progress_and_neither_write_is_lost(tmp_path):
    data, settings, rules, ref = _complaint(tmp_path)
    client = create_app(settings, rules).test_client()
    login(client)
    token = csrf_of(client.get(f"/cases/{ref}").text)
    poll = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_WRITE, str(data), ref],
        cwd=ROOT,
        env=clean_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert poll.stdout.readline().strip() == "holding"
        answers = []
        board = threading.Thread(
            target=lambda: answers.append(
                client.post(f"/cases/{ref}", data={"csrf": token, "action": "note", "note": "written on the board"})
            )
        )
        board.start()
        board.join(timeout=1.5)
        assert board.is_alive() and not answers  # waiting for the poll's lock, not writing past it
        poll.stdin.write("done\n")
        poll.stdin.flush()
        assert poll.wait(timeout=30) == 0
        board.join(timeout=30)
        assert answers and answers[0].status_code == 303
    finally:
        poll.kill()
        poll.communicate()
    assert _notes(data, ref) == ["written by the poll", "written on the board"]  # the board read the poll's commit


def test_the_next_poll_keeps_what_the_board_wrote_between_polls(tmp_path):
    """The agent holds the store in memory only for one cycle: a poll after the board's change starts from it."""
    data, settings, rules, ref = _complaint(tmp_path)
    maildir = tmp_path / "mail"
    maildir.mkdir()
    box = mailbox.Maildir(maildir / "Maildir", create=True)
    agent = Agent(settings, rules, lambda: MaildirSource(maildir / "Maildir"), FileTransport(tmp_path / "sent"))
    agent.poll_once()
    client = create_app(settings, rules).test_client()
    login(client)
    token = csrf_of(client.get(f"/cases/{ref}").text)
    assert client.post(f"/cases/{ref}", data={"csrf": token, "action": "start"}).status_code == 303
    assert (
        client.post(f"/cases/{ref}", data={"csrf": token, "action": "note", "note": "rang her back"}).status_code == 303
    )
    box.add(mail("Janet Oakley", "janet.oakley@example.org", f"Re: {ref}", "Still dark, and still not good enough."))
    report = agent.poll_once()
    assert report.counts.get("threaded") == 1
    with Store(data, readonly=True) as store:
        case = store.case(ref)
    assert case.status == "in_progress" and "rang her back" in [e.note for e in case.history]
    assert [e.kind for e in case.history][-3:] == ["started", "note", "reply"]


def _post(port, path, form, cookie):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(
            "POST",
            path,
            body=urlencode(form),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def _login(port):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/login")
    response = connection.getresponse()
    cookie = response.getheader("Set-Cookie").split(";")[0]
    token = csrf_of(response.read().decode())
    connection.request(
        "POST",
        "/login",
        body=urlencode({"csrf": token, "name": "marianne", "password": PASSWORD}),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
    )
    response = connection.getresponse()
    response.read()
    assert response.status == 303
    connection.close()
    return response.getheader("Set-Cookie").split(";")[0]


def _add_notes(
    port: int, ref: str, token: str, cookie: str, label: str, stop: threading.Event, confirmed: list[str]
) -> None:
    """Add notes to the case until stopped or the board dies, recording each note the board confirmed."""
    n = 0
    while not stop.is_set():
        note = f"{label} note {n}"
        try:
            status = _post(port, f"/cases/{ref}", {"csrf": token, "action": "note", "note": note}, cookie)
        except (OSError, http.client.HTTPException):
            return  # killed mid-request (refused, reset, or an answer cut short): never confirmed
        if status == 303:
            confirmed.append(note)
        n += 1


def test_a_board_killed_at_any_moment_leaves_the_store_whole_and_loses_no_confirmed_change(tmp_path):
    data, settings, rules, ref = _complaint(tmp_path)
    rng = random.Random(16)
    confirmed: list[str] = []
    for round_ in range(4):
        port = free_port()
        board = start_board(ROOT, clean_env(DATA_DIR=str(data)), port)
        try:
            wait_for_port(port)
            cookie = _login(port)
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("GET", f"/cases/{ref}", headers={"Cookie": cookie})
            token = csrf_of(connection.getresponse().read().decode())
            connection.close()
            stop = threading.Event()
            writer = threading.Thread(
                target=_add_notes, args=(port, ref, token, cookie, f"round {round_}", stop, confirmed)
            )
            writer.start()
            threading.Event().wait(rng.uniform(0.3, 1.5))  # a random moment, mid-write as often as not
            board.send_signal(signal.SIGKILL)
            board.communicate(timeout=30)
            stop.set()
            writer.join(timeout=30)
        finally:
            board.kill()
            board.communicate()
        raw = (data / "store.json").read_bytes()
        json.loads(raw)  # whole: never half-written
        with Store(data, wait=5) as store:  # the lock went with the killed process
            notes = [e.note for e in store.case(ref).history if e.kind == "note"]
        assert set(confirmed) <= set(notes), "a change the board confirmed was lost"
        assert len(notes) == len(set(notes))
    assert {re.match(r"round (\d)", note).group(1) for note in confirmed} == {"0", "1", "2", "3"}
