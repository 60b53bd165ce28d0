"""HTML to PDF with WeasyPrint: the only module that imports it (it is slow to import, so lazily)."""

from __future__ import annotations

import logging
from pathlib import Path

from inbox_agent.errors import AgentError


def write_pdf(html: str, path: Path) -> Path:
    for noisy in ("weasyprint", "weasyprint.progress", "fontTools"):
        logging.getLogger(noisy).setLevel(logging.WARNING)  # it reports each step, even while importing
    try:
        import weasyprint
    except (ImportError, OSError) as exc:
        raise AgentError(
            f"cannot make PDFs: WeasyPrint or its system libraries are missing ({exc})",
            fix="run scripts/setup-debian (it installs pango and harfbuzz), then make install",
        ) from None
    weasyprint.HTML(string=html).write_pdf(path)
    return path
