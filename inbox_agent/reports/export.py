"""The evidence bundle for a case: what the Clerk hands to the police or the Monitoring Officer.

Every raw message byte for byte, a manifest with each file's SHA-256 and its received and filed
times, a SHA256SUMS file that `sha256sum -c` checks, and a readable timeline in text and HTML.
The bundle is built only from the case, so exporting an untouched case again gives identical files.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from inbox_agent.core.cases import ACTION_KINDS, CaseError
from inbox_agent.core.records import Case
from inbox_agent.errors import StoreError
from inbox_agent.reports.render import Renderer
from inbox_agent.store.database import Store


def timeline(case: Case) -> list[dict[str, str]]:
    """Messages and events in time order, as one list for people to read."""
    rows = [
        {
            "at": m.received or m.filed or "",
            "kind": "reply sent by the Clerk" if m.direction == "sent" else "message received",
            "detail": f"from {m.sender or 'unknown sender'}: {m.subject!r} (evidence {m.evidence[:12]})",
        }
        for m in case.messages
    ]
    rows += [
        {
            "at": e.at,
            "kind": e.kind.replace("_", " "),
            "detail": f"by {e.by}" + (f": {e.note}" if e.note else ""),
        }
        for e in case.history
    ]
    return sorted(rows, key=lambda r: r["at"])


def export_case(store: Store, ref: str, out: Path, renderer: Renderer) -> Path:
    case = store.case(ref)
    if case is None:
        raise CaseError(f"there is no case {ref}", fix="list the cases with 'python run.py cases list'")
    if case.anonymised:
        raise CaseError(
            f"{ref} was anonymised on {case.anonymised[:10]}: its messages are no longer held",
            fix="see 'python run.py privacy audit' for when and why; nothing can be exported",
        ) from None
    folder = Path(out) / ref
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "messages").mkdir(parents=True)
    files = []
    for number, message in enumerate(case.messages, 1):
        raw = store.evidence_path(message.evidence).read_bytes()
        if hashlib.sha256(raw).hexdigest() != message.evidence:
            raise StoreError(
                f"the evidence file for {ref} message {number} no longer matches its SHA-256",
                fix="restore DATA_DIR/evidence from a backup; do not hand over this bundle",
            )
        name = f"messages/{number:02d}-{message.evidence[:16]}.eml"
        (folder / name).write_bytes(raw)
        files.append(
            {
                "file": name,
                "sha256": message.evidence,
                "bytes": len(raw),
                "received": message.received,
                "filed": message.filed or case.filed,
                "message_id": message.message_id,
            }
        )
    manifest = {
        "case": ref,
        "category": case.category,
        "status": str(case.status),
        "sender": case.sender,
        "files": files,
        "actions": [a.to_doc() for a in case.actions],
        "how_to_verify": "sha256sum -c SHA256SUMS (in this folder)",
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    (folder / "SHA256SUMS").write_text("".join(f"{f['sha256']}  {f['file']}\n" for f in files))
    context = {"case": case, "rows": timeline(case), "files": files, "action_kinds": ACTION_KINDS}
    for name in ("timeline.txt", "timeline.html"):
        (folder / name).write_text(renderer.render(f"export/{name}.j2", **context).rstrip("\n") + "\n")
    return folder
