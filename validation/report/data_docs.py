"""GX Data Docs made safe to open: no text of the corpus may run in them.

GX writes the values of failing rows into its pages as raw HTML, so a `<script>` in an article
runs in the validation page. Escaping after the fact cannot tell GX's markup from the corpus's,
so every page gets a Content-Security-Policy, first thing in its <head>, that allows no script
at all. The pages' own scripts only drive jQuery and Bootstrap effects fetched from CDNs (a
modal, fading passed rows, collapsible sections): the pages then read as they do offline, and a
style opens the collapsible sections that the blocked scripts would have toggled.
"""

from __future__ import annotations

import re
from pathlib import Path

POLICY = ("script-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; "
          "form-action 'none'")
HEAD = (f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
        "<style>.collapse { display: block !important; }</style>")
_HEAD_TAG = re.compile(r"<head(\s[^>]*)?>", re.IGNORECASE)


def lock_down(docs_dir: Path) -> int:
    """Put the policy into every HTML page under docs_dir; returns the number of pages."""
    pages = sorted(docs_dir.rglob("*.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        if HEAD in html:
            continue
        head = _HEAD_TAG.search(html)
        # a page without <head> gets the policy before anything else: a browser still heeds it
        at = head.end() if head else 0
        page.write_text(html[:at] + HEAD + html[at:], encoding="utf-8")
    return len(pages)
