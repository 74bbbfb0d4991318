"""Raw HTML in a translation that the sanitizer would change: a warning naming what goes."""
from __future__ import annotations

from .. import sanitize
from ..findings import Finding, warning
from . import markdown_text


def check(sources) -> list[Finding]:
    findings = []
    for overlay in sources.overlays.values():
        for line in markdown_text.lines(overlay.doc.body, overlay.doc.body_line):
            for tag in sanitize.RAW_TAG.findall(line.text):
                for problem in sanitize.problems(tag):
                    findings.append(warning(overlay.doc.path, line.number,
                                            f"raw HTML {problem}: the sanitizer removes it from the "
                                            "published page; use Markdown instead"))
    return findings
