"""A translation keeps the Swedish page's shape: each section (from a heading with an explicit
id to the next heading) has at least as many blocks (paragraphs, lists, tables) as in Swedish.
Fewer is a warning: a paragraph the Swedish gained after the translation was written may be
missing, even when the translation was stamped (the stamp says which Swedish text it follows,
not that all of it was translated).
"""
from __future__ import annotations

from ..findings import Finding, warning
from . import markdown_text

INTRO = ""   # the blocks before the first heading


def blocks(body: str, first_line: int) -> dict[str, tuple[int, int]]:
    """Section id -> (blocks in it, line of its heading); blank lines separate blocks. A
    heading without an id ends a section too; what follows it is not compared."""
    found: dict[str, tuple[int, int]] = {INTRO: (0, first_line)}
    section: str | None = INTRO
    in_block = False
    for line in markdown_text.lines(body, first_line):
        heading = markdown_text.HEADING.match(line.text)
        if heading:
            section = markdown_text.explicit_id(heading.group("attrs"))
            in_block = False
            if section:
                found[section] = (0, line.number)
        elif not line.text.strip():
            in_block = False
        elif not in_block and section is not None:
            count, start = found[section]
            found[section] = (count + 1, start)
            in_block = True
    return found


def check(sources) -> list[Finding]:
    findings = []
    for overlay in sources.overlays.values():
        ours = blocks(sources.pages[overlay.rel].doc.body, 1)
        theirs = blocks(overlay.doc.body, overlay.doc.body_line)
        for section, (wanted, _) in ours.items():
            if section not in theirs or section == INTRO:
                continue
            have, line = theirs[section]
            if have < wanted:
                findings.append(warning(
                    overlay.doc.path, line,
                    f"section #{section} has {have} paragraphs or lists here and {wanted} in "
                    f"docs/{overlay.rel}; part of the Swedish text may be missing from the translation"))
    return findings
