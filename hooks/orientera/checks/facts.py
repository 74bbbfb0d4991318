"""Facts and their sources: dated, sourced, over HTTPS, and the same figures in every language.

- a module's `written`/`reviewed` date older than 12 months: warning (facts change yearly)
- an external link over plain http: warning
- numbers, amounts, phone numbers and URLs in an overlay that are not in its base: warning
  (the cheap way to catch a mistranslated figure)
"""
from __future__ import annotations

import datetime
import re
from collections import Counter

from ..findings import Finding, warning
from . import markdown_text

MAX_AGE_DAYS = 365
HTTP_LINK = re.compile(r"\]\((http://[^)\s]+)")
URL = re.compile(r"https?://[^\s)\]>\"]+")
# A figure: digits with optional thousands spaces, decimals, or phone-style hyphens. Bounded by
# digits only, not letters: Arabic, Amharic and Pashto join words to numbers ("و2030", "ከ1995").
FIGURE = re.compile(r"(?<![\d.,])\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?(?:-\d+(?:[ \u00a0]\d+)*)?(?![\d])")
HEADING_ID = re.compile(r"\{[^}]*#[\w-]+[^}]*\}")


def _age_findings(page, today) -> list[Finding]:
    meta = page.meta
    key = "reviewed" if isinstance(meta.get("reviewed"), datetime.date) else "written"
    date = meta.get(key)
    if isinstance(date, datetime.date) and (today - date).days > MAX_AGE_DAYS:
        return [warning(page.doc.path, page.doc.line_of(key),
                        f"facts {key} {date.isoformat()}, over 12 months ago; compare them with "
                        "the sources and update the date (and reviewer) when a person has")]
    return []


def _http_findings(doc) -> list[Finding]:
    findings = []
    for line in markdown_text.lines(doc.body, doc.body_line):
        for url in HTTP_LINK.findall(line.text):
            findings.append(warning(doc.path, line.number,
                                    f"link {url} is not HTTPS; use https:// where the site has it"))
    for i, source in enumerate(doc.meta.get("sources") or [], 1):
        if isinstance(source, dict) and str(source.get("url", "")).startswith("http://"):
            findings.append(warning(doc.path, doc.line_of("sources"),
                                    f"source {i} ({source['url']}) is not HTTPS"))
    return findings


def figures(body: str) -> Counter:
    text = URL.sub(" ", HEADING_ID.sub(" ", body))
    found = Counter(re.sub(r"[\s\u00a0]", " ", f) for f in FIGURE.findall(text))
    found.update(URL.findall(HEADING_ID.sub(" ", body)))
    return found


def _figure_findings(overlay, base) -> list[Finding]:
    extra = figures(overlay.doc.body) - figures(base.doc.body)
    if not extra:
        return []
    shown = ", ".join(sorted(extra))
    return [warning(overlay.doc.path, overlay.doc.body_line,
                    f"numbers or addresses not in docs/{overlay.rel}: {shown}; "
                    "check the translation keeps figures, phone numbers and URLs as in the Swedish text")]


def check(sources, today: datetime.date | None = None) -> list[Finding]:
    today = today or datetime.date.today()
    findings = []
    for page in sources.pages.values():
        if page.kind == "module":
            findings += _age_findings(page, today)
        findings += _http_findings(page.doc)
    for overlay in sources.overlays.values():
        findings += _http_findings(overlay.doc)
        findings += _figure_findings(overlay, sources.pages[overlay.rel])
    return findings
