"""Smaller holes from issue 14, each shut with a test: what mail can do to a terminal, passwords that are not
ASCII, rules that would backtrack for ever, and memory held by one batch."""

from __future__ import annotations

import time

import pytest

from conftest import message_file
from test_end_to_end import poll, settings_for

ESCAPES = "\x1b[2J\x1b]0;owned\x07\x1b[31m"  # clear the screen, set the window title, turn the text red


@pytest.mark.servers
def test_escape_sequences_from_mail_are_shown_escaped_in_every_table_and_show(account, smtp, agent, tmp_path):
    encoded = "".join(f"={b:02X}" for b in ESCAPES.encode())
    raw = message_file("complaint.eml").replace(b"Subject: ", f"Subject: =?utf-8?q?{encoded}?= ".encode(), 1)
    assert raw != message_file("complaint.eml")
    account.append(raw)
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01")
    assert poll(agent, env)["counts"] == {"filed": 1}
    outputs = []
    for command in (["cases", "list"], ["cases", "show", f"TCPC-{time.gmtime().tm_year}-0001"],
                    ["outbox", "list"]):
        result = agent(*command, env=env)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, command
    assert "\\x1b[2J" in outputs[0] and "\\x1b[2J" in outputs[1]  # shown, escaped, not hidden


def test_printable_escapes_what_a_terminal_would_act_on():
    from inbox_agent.cli import printable, table

    assert printable("Street light") == "Street light"
    assert printable("Zoë’s café") == "Zoë’s café"  # letters are letters
    assert printable("a\x1b[2Jb\r\nc\u202ed\x00") == "a\\x1b[2Jb\\r\\nc\\u202ed\\x00"
    assert "\x1b" not in table([{"s": "\x1b[31mred"}], [("s", "Subject")])
