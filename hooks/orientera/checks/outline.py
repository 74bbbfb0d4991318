"""Lesson outlines, for the teacher: a module's outline fills its teaching hours, and a
translated outline keeps the Swedish timings (a teacher may switch language mid-lesson).

- an outline whose minutes add up to other than hours x 60: warning
- a translated outline with other minutes than the Swedish one: warning
"""
from __future__ import annotations

from ..course import module_hours
from ..findings import Finding, warning

MINUTES_PER_HOUR = 60


def minutes(outline) -> list[int]:
    """The minutes of each step; empty where the outline is missing or malformed (the schema
    reports that)."""
    if not isinstance(outline, list):
        return []
    steps = [step.get("minutes") for step in outline if isinstance(step, dict)]
    if not steps or not all(isinstance(m, int) and not isinstance(m, bool) for m in steps):
        return []
    return steps


def _hours_findings(page) -> list[Finding]:
    steps, hours = minutes(page.meta.get("outline")), module_hours(page)
    if not steps or not hours:   # no usable hours: the schema reports that
        return []
    wanted = round(hours * MINUTES_PER_HOUR)
    if sum(steps) == wanted:
        return []
    return [warning(page.doc.path, page.doc.line_of("outline"),
                    f"the outline adds up to {sum(steps)} minutes, but hours: {hours:g} is {wanted} "
                    "minutes; make the two agree")]


def _translation_findings(overlay, base) -> list[Finding]:
    theirs, ours = minutes(overlay.meta.get("outline")), minutes(base.meta.get("outline"))
    if not theirs or theirs == ours:
        return []
    return [warning(overlay.doc.path, overlay.doc.line_of("outline"),
                    f"the outline's minutes ({', '.join(map(str, theirs))}) differ from "
                    f"docs/{overlay.rel} ({', '.join(map(str, ours)) or 'no outline'}); "
                    "keep the Swedish timings and translate the activities")]


def check(sources) -> list[Finding]:
    findings = []
    for page in sources.pages.values():
        if page.kind == "module":
            findings += _hours_findings(page)
    for overlay in sources.overlays.values():
        findings += _translation_findings(overlay, sources.pages[overlay.rel])
    return findings
