"""Explicit heading ids (`## Rösta {#rosta}`) must be the same in a translation as in its base,
so that a link to `#rosta` works in every language. A drifted id is a warning, never an error:
one new id in the base must not stop every language's build at once."""
from __future__ import annotations

import re

from ..findings import Finding, warning
from ..sources import Sources

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


def check(sources: Sources) -> list[Finding]:
    findings = []
    for (lang, rel), overlay in sorted(sources.overlays.items()):
        base = sources.pages[rel]
        base_ids = explicit_ids(base.doc.body, base.doc.body_line)
        overlay_ids = explicit_ids(overlay.doc.body, overlay.doc.body_line)
        missing = [i for i in base_ids if i not in overlay_ids]
        extra = [i for i in overlay_ids if i not in base_ids]
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
