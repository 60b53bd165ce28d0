"""The embedded default: fourteen fictional messages through the real pipeline, no mail account needed.

The Maildir source and the file outbox used here are the same adapters a council could use for real.
"""

from __future__ import annotations

import mailbox
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

MARKER = ".inbox-agent-demo"
CACHE_FOLDER = "rules-cache"  # the demo's CACHE_DIR, inside its folder: a second run reads the compiled rules back

# (sender name, address, subject, body, extra headers). All people and addresses are fictional.
MESSAGES: list[tuple[str, str, str, str, dict[str, str]]] = [
    (
        "Janet Oakley",
        "janet.oakley@example.net",
        "Street light out on Anstey Lane",
        "Hello,\n\nThe street light outside number 14 Anstey Lane has been out for three weeks now. I reported it in\n"
        "October and it still hasn't been fixed. This is not good enough - it is pitch dark on the school run.\n\n"
        "Please can someone sort it out.\n\nJanet Oakley",
        {},
    ),
    (
        "Robert Hames",
        "rob.hames@example.org",
        "Planning decision on the Cropston field",
        "Dear Clerk,\n\nI wish to make a formal complaint about the council's decision to support the application for\n"
        "the Cropston field. It is a disgrace and the council should be ashamed. Nobody consulted the residents on\n"
        "Reservoir Road.\n\nRobert Hames",
        {},
    ),
    (
        "",
        "angry.resident77@example.com",
        "You lot",
        "You are a useless bunch of idiots. Piss off and stop wasting our money. You're nothing but a parasite.",
        {},
    ),
    ("", "anon4471@example.com", "the clerk", "I know where you live. You'll regret this. Watch your back.", {}),
    (
        "Mark Dunn",
        "mdunn@example.net",
        "Traveller site",
        "Dear Sir,\n\nGypsies are vermin and should be banned from the village. Go back to your own country.\n\nMark",
        {},
    ),
    (
        "Priya Shah",
        "priya.shah@example.org",
        "Horrible comments on your Facebook page",
        "Hi,\n\nI want to report some abusive comments. "
        "Someone posted on your Facebook page under the post about the\n"
        'Remembrance service calling Cllr Morris a "stupid cow" and worse. '
        "Screenshot attached. Please take it down.\n\n"
        "Thanks,\nPriya",
        {},
    ),
    (
        "Helen Ward",
        "helen.ward@example.com",
        "Conduct at Tuesday's meeting",
        "Dear Mrs Lane,\n\nAt Tuesday's meeting Cllr Baxter was extremely rude to me during public participation. He\n"
        "shouted at me and mocked me in front of everyone. I do not think that is acceptable behaviour under the code\n"
        "of conduct.\n\nYours sincerely,\nHelen Ward",
        {},
    ),
    (
        "Alan Whitfield",
        "a.whitfield@example.org",
        "Freedom of Information request: playground costs",
        "Dear Clerk,\n\n"
        "Under the Freedom of Information Act 2000, please provide the total the council spent on the new\n"
        "playground at Cropston in 2025-26, and the contractors paid.\n\nYours faithfully,\nAlan Whitfield",
        {},
    ),
    (
        "Sarah Quinn",
        "sarah.quinn@example.com",
        "Subject access request",
        "Dear Clerk,\n\n"
        "I am making a subject access request. Please send me a copy of all the personal data the council\n"
        "holds about me, including emails that mention me.\n\nSarah Quinn",
        {},
    ),
    (
        "Tom Briggs",
        "tom.briggs@example.net",
        "Allotment waiting list",
        "Hello, could you tell me how long the waiting list is for an allotment in Thurcaston? Many thanks, Tom",
        {},
    ),
    (
        "Sue Patel",
        "sue.patel@example.org",
        "Hall booking in March",
        "Hi, is the Memorial Hall free on Saturday 14 March for a children's party? Sue",
        {},
    ),
    (
        "Alan Price",
        "alan.price@example.com",
        "Automatic reply: Parish newsletter",
        "I am out of the office until Monday with limited access to email.",
        {"Auto-Submitted": "auto-replied"},
    ),
    (
        "Mail Delivery System",
        "MAILER-DAEMON@mx.example.net",
        "Undelivered Mail Returned to Sender",
        "This is the mail system at host mx.example.net.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.",
        {},
    ),
    (
        "Parish Pump News",
        "news@lists.example.org",
        "Village events this week",
        "Coffee morning on Thursday, quiz night on Friday.",
        {"List-Id": "<village.lists.example.org>", "Precedence": "list"},
    ),
]


def build_maildir(root: Path, now: datetime) -> Path:
    """A fresh Maildir holding the demo messages, delivered over the last hour. The demo's compiled rules
    (CACHE_FOLDER) are kept from one run to the next: the rest of the folder is made afresh."""
    if root.exists():
        if not (root / MARKER).exists():
            raise FileExistsError(f"{root} exists and is not a demo folder; choose another --out")
        for child in root.iterdir():
            if child.name == CACHE_FOLDER:
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    root.mkdir(parents=True, exist_ok=True)
    (root / MARKER).write_text("created by 'python run.py demo'; safe to delete\n")
    box = mailbox.Maildir(root / "Maildir", create=True)
    for index, (name, address, subject, body, extra) in enumerate(MESSAGES):
        when = now - timedelta(minutes=60 - index * 4)
        mail = EmailMessage()
        mail["From"] = f"{name} <{address}>" if name else address
        mail["To"] = "Clerk <clerk@thurcastonandcropston.org.uk>"
        mail["Subject"] = subject
        mail["Date"] = format_datetime(when)
        mail["Message-ID"] = make_msgid(domain=address.split("@")[1])
        for key, value in extra.items():
            mail[key] = value
        mail.set_content(body)
        message = mailbox.MaildirMessage(mail)
        message.set_date(when.timestamp())
        box.add(message)
    return root / "Maildir"
