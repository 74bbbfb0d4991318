"""What the checks need to know of a Markdown body: its lines outside code, its links, images
and headings, each with its file line."""
from __future__ import annotations

import re
from dataclasses import dataclass

LINK = re.compile(r"(?<![!\]])\[(?P<text>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<target><[^>]*>|[^)\s]+)(?:\s+\"[^\"]*\")?\)")
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
HTML_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*(?:\{(?P<attrs>[^}]*)\})?\s*#*\s*$")
INLINE_CODE = re.compile(r"`[^`]*`")


@dataclass(frozen=True)
class Line:
    number: int        # line in the file
    text: str          # inline code blanked out


def lines(body: str, first_line: int) -> list[Line]:
    """Body lines outside fenced code blocks, with inline code blanked."""
    result, fence = [], None
    for offset, text in enumerate(body.split("\n")):
        stripped = text.lstrip()
        marker = stripped[:3]
        if fence is None and marker in ("```", "~~~"):
            fence = marker
            continue
        if fence is not None:
            if stripped.startswith(fence):
                fence = None
            continue
        result.append(Line(first_line + offset, INLINE_CODE.sub(lambda m: " " * len(m.group(0)), text)))
    return result


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    explicit_id: str | None


def explicit_id(attrs: str | None) -> str | None:
    """The id in a heading's `{#id .class}`, if it has one."""
    found = re.search(r"#([\w-]+)", attrs or "")
    return found.group(1) if found else None


def headings(body_lines: list[Line]) -> list[Heading]:
    found = []
    for line in body_lines:
        match = HEADING.match(line.text)
        if match:
            found.append(Heading(line.number, len(match.group("hashes")), match.group("text"),
                                 explicit_id(match.group("attrs"))))
    return found
