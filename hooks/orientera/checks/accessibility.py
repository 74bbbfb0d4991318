"""What a screen reader or a keyboard user meets in the text itself: images without a text
alternative, headings that skip a level, links whose text says nothing ("här"), and marks for a
Swedish term or a phone number that the build cannot read (then the voice does not switch, and
the reader sees the brackets)."""
from __future__ import annotations

import re

from ..findings import Finding, warning
from ..markup import SPAN
from . import markdown_text

# Anything after "]" that opens a mark: "]{lang=sv}", "]{tel}", or a mistyped one.
MARK_START = re.compile(r"\]\{[^}\s\]]*[}\]]?")


def _mark_findings(doc, line) -> list[Finding]:
    good = {m.end() for m in re.finditer(SPAN, line.text)}
    findings = []
    for mark in MARK_START.finditer(line.text):
        if mark.end() in good:
            continue
        if re.fullmatch(r"\]\{(?:lang=[A-Za-z-]+|tel)\}", mark.group(0)):
            problem = "the marked text must be on one line, between [ and ], without brackets inside"
        else:
            problem = "write [term]{lang=sv} or [number]{tel}"
        findings.append(warning(doc.path, line.number,
                                f"'{mark.group(0)}' is not a mark the build can read: {problem}; "
                                "as it is, readers see the brackets"))
    return findings


# Link texts that tell nothing out of context, in the project's languages.
VAGUE_LINK_TEXT = {"här", "klicka här", "läs mer", "länk", "here", "click here", "read more",
                   "link", "this", "this page", "هنا", "اینجا", "halkan", "кликните здесь",
                   "тут", "здесь", "тут.", "buraya", "burada", "ኣብዚ", "እዚህ"}


def check_document(doc) -> list[Finding]:
    findings = []
    body_lines = markdown_text.lines(doc.body, doc.body_line)
    for line in body_lines:
        findings += _mark_findings(doc, line)
        for match in markdown_text.IMAGE.finditer(line.text):
            if not match.group("alt").strip():
                findings.append(warning(doc.path, line.number,
                                        f"image '{match.group('src')}' has no text alternative; "
                                        "describe it between the brackets: ![what it shows](...)"))
        for tag in markdown_text.HTML_IMG.finditer(line.text):
            if not re.search(r'\balt="[^"]+"', tag.group(0)):
                findings.append(warning(doc.path, line.number,
                                        "<img> has no alt text; add alt=\"what it shows\""))
        for match in markdown_text.LINK.finditer(line.text):
            text = re.sub(r"[*_`]", "", match.group("text")).strip().lower().rstrip(".!:")
            if text in VAGUE_LINK_TEXT:
                findings.append(warning(doc.path, line.number,
                                        f"link text '{match.group('text')}' says nothing out of context; "
                                        "name where the link goes"))
    previous = 1   # the page title is the h1
    for heading in markdown_text.headings(body_lines):
        if heading.level > previous + 1:
            findings.append(warning(doc.path, heading.line,
                                    f"heading level {heading.level} follows level {previous}; "
                                    f"use {'#' * (previous + 1)} so no level is skipped"))
        previous = heading.level
    return findings


def check(sources) -> list[Finding]:
    findings = []
    for page in sources.pages.values():
        findings += check_document(page.doc)
    for overlay in sources.overlays.values():
        findings += check_document(overlay.doc)
    return findings
