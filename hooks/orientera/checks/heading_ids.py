"""Explicit heading ids (`## Rösta {#rosta}`) must be the same in a translation as in its base,
so that a link to `#rosta` works in every language. A drifted id is a warning, never an error:
one new id in the base must not stop every language's build at once. An id the page template
itself gives a heading (a module's questions are #fragor) is an error: two headings would share
it, and a link to it could land on either."""
from __future__ import annotations

import re

from ..findings import Finding, error, warning
from ..sources import Sources

# Ids the templates give their own headings, per kind of page (see overrides/ and course.py).
TEMPLATE_IDS = {"module": {"fragor", "ord", "kallor"}, "area": {"lektioner"}, "home": {"delar"}}
HEADING_ID = re.compile(r"^#{1,6}\s.*\{[^}]*#([\w-]+)[^}]*\}\s*$")


def explicit_ids(body: str, first_line: int) -> dict[str, int]:
    """Explicit ids of a body's headings, each with its file line."""
    ids, fenced = {}, False
    for offset, line in enumerate(body.split("\n")):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        match = None if fenced else HEADING_ID.match(line)
        if match:
            ids.setdefault(match.group(1), first_line + offset)
    return ids


def _template_ids(page) -> set[str]:
    return TEMPLATE_IDS["home"] if page.rel == "index.md" else TEMPLATE_IDS.get(page.kind, set())


def _taken_findings(path: str, ids: dict[str, int], taken: set[str]) -> list[Finding]:
    return [error(path, line, f"heading id #{heading_id} is given by the page template to its own "
                              f"heading; choose another id, for example #{heading_id}-1")
            for heading_id, line in ids.items() if heading_id in taken]


def check(sources: Sources) -> list[Finding]:
    findings = []
    base_ids = {rel: explicit_ids(page.doc.body, page.doc.body_line) for rel, page in sources.pages.items()}
    for rel, page in sources.pages.items():
        findings += _taken_findings(page.doc.path, base_ids[rel], _template_ids(page))
    for (lang, rel), overlay in sorted(sources.overlays.items()):
        overlay_ids = explicit_ids(overlay.doc.body, overlay.doc.body_line)
        findings += _taken_findings(overlay.doc.path, overlay_ids, _template_ids(sources.pages[rel]))
        ours = base_ids[rel]
        missing = [i for i in ours if i not in overlay_ids]
        extra = [i for i in overlay_ids if i not in ours]
        if missing:
            findings.append(warning(overlay.doc.path, overlay.doc.body_line,
                                    f"heading id{'s' * (len(missing) > 1)} "
                                    f"{', '.join('#' + i for i in missing)} of docs/{rel} "
                                    "missing here; links to them will not work in this language. "
                                    "Add {#id} to the translated headings"))
        for extra_id in extra:
            findings.append(warning(overlay.doc.path, overlay_ids[extra_id],
                                    f"heading id #{extra_id} is not in docs/{rel}; "
                                    "use the base page's ids"))
    return findings
