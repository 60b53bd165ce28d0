"""The Clerk's own replies, from the Sent folder, added to their cases.

She answers people from Outlook or webmail; the case should show that she did, and the evidence bundle should
hold what she wrote. A message in Sent joins a case when its In-Reply-To or References names one of the case's
messages, or its subject carries the case's reference. It is kept as evidence and noted in the history, and
nothing else: it is never screened, classified or acknowledged, and it never reopens or opens a case.
The agent's own copies of acknowledgements and alerts (our loop header) are skipped: the outbox has them.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from typing import Any

from inbox_agent.config import Settings
from inbox_agent.core import cases as casebook
from inbox_agent.core.models import Fetched, Message
from inbox_agent.core.normalise import MalformedMessage, parse
from inbox_agent.core.screen import LOOP_HEADER
from inbox_agent.store.database import Store

log = logging.getLogger(__name__)
SENT_BATCH = 200


def case_for_reply(store: Store, message: Message, prefix: str) -> str | None:
    for message_id in (message.in_reply_to, *reversed(message.references)):
        ref = store.case_for_message_id(message_id) if message_id else None
        if ref:
            return ref
    for ref in casebook.references_in(message.subject, prefix):
        if store.case(ref) is not None:
            return ref
    return None


def add_clerk_replies(
    store: Store, source: Any, folder: str, since: datetime, settings: Settings, now: datetime, report: Any
) -> None:
    """Read what is new in the Sent folder and add the Clerk's replies to their cases; commits with the checkpoint."""
    key = f"sent:{folder}"
    while True:
        fetched, checkpoint = source.sent_messages(folder, store.checkpoint(key), since, SENT_BATCH)
        for item in fetched:
            ref = _add(store, item, settings, now)
            if ref:
                report.count("clerk_replies")
                log.info("%s: the Clerk's reply from %s was added to the case", ref, folder)
        store.set_checkpoint(key, checkpoint)
        store.commit()
        if len(fetched) < SENT_BATCH:
            return


def _add(store: Store, item: Fetched, settings: Settings, now: datetime) -> str | None:
    try:
        message = parse(item.raw)
    except MalformedMessage:
        return None
    if message.has_header(LOOP_HEADER) or item.full_size:
        return None  # our own acknowledgement or alert, or too big to keep whole
    ref = case_for_reply(store, message, settings.case_prefix)
    case = store.case(ref) if ref else None
    if case is None or case.anonymised:
        return None
    if item.location in {m.location for m in case.messages} or (
        message.message_id and message.message_id in case.message_ids
    ):
        return None
    evidence = store.write_evidence(item.raw)
    summary = replace(casebook.message_summary(item, message, evidence, now), direction="sent")
    to = message.header("to") or "unknown recipients"
    replied = replace(
        case,
        messages=(*case.messages, summary),
        message_ids=(*case.message_ids, *((message.message_id,) if message.message_id else ())),
    )
    note = f"sent from the mail client to {to[:200]}"
    store.put_case(replied.noted(casebook.event(now, "clerk_reply", by="clerk", note=note)))
    return ref
