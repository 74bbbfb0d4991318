"""Markdown for a multilingual course: language of parts, phone numbers, isolated numbers.

- `[personnummer]{lang=sv}` marks a Swedish term inside a translation, rendered as
  `<span lang="sv" dir="ltr">`, so a screen reader switches voice and right-to-left text
  does not reorder it.
- `[020-50 50 50]{tel}` is a phone number: a `tel:` link, isolated left-to-right.
- Digit groups such as "020-50 50 50", "1 250" or "2026-01-31" are isolated in `<bdi>` so the
  bidirectional algorithm cannot reverse their parts inside Arabic or Dari text.

A plain Python-Markdown extension: nothing here knows MkDocs.
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.util import AtomicString
from markdown.inlinepatterns import InlineProcessor

SPAN = r"\[(?P<text>[^\[\]\n]+)\]\{(?:lang=(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)|(?P<tel>tel))\}"
# Two or more digit groups joined by a space, no-break space, hyphen, en dash, dot, slash or colon.
DIGIT_GROUPS = r"(?<![\w])(?:\+)?\d+(?:(?:[ \u00a0]|[-\u2013./:])\d+)+(?![\w])"


def tel_uri(number: str) -> str:
    """'020-50 50 50' -> 'tel:+4620505050'; short numbers such as '112' stay as they are."""
    digits = re.sub(r"[^\d+]", "", number)
    if digits.startswith("+"):
        return f"tel:{digits}"
    if digits.startswith("00"):
        return f"tel:+{digits[2:]}"
    if digits.startswith("0") and len(digits) >= 8:
        return f"tel:+46{digits[1:]}"
    return f"tel:{digits}"


def mark(match, directions: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The element a `[term]{lang=sv}` or `[112]{tel}` mark becomes: its tag and attributes.
    An element with `dir` is isolated from the text around it (HTML's UA style)."""
    if match.group("tel"):
        return "a", {"href": tel_uri(match.group("text")), "class": "tel", "dir": "ltr"}
    lang = match.group("lang")
    return "span", {"lang": lang, "dir": directions.get(lang, "auto")}


def inline_html(text: str, directions: dict[str, str]) -> str:
    """One line of front matter (an objective, a question) as HTML: escaped, with the same
    `[term]{lang=sv}` and `[112]{tel}` marks as in the body, so a Swedish word in a translated
    objective is read with a Swedish voice too."""
    out, pos = [], 0
    for match in re.finditer(SPAN, text):
        tag, attrs = mark(match, directions)
        shown = " ".join(f'{name}="{html.escape(value)}"' for name, value in attrs.items())
        out.append(f"{html.escape(text[pos:match.start()], quote=False)}<{tag} {shown}>"
                   f"{html.escape(match.group('text'), quote=False)}</{tag}>")
        pos = match.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


class SpanProcessor(InlineProcessor):
    def __init__(self, pattern, md, directions: dict[str, str]):
        super().__init__(pattern, md)
        self.directions = directions

    def handleMatch(self, m, data):
        tag, attrs = mark(m, self.directions)
        el = etree.Element(tag, attrs)
        # A phone number's digits stay as they are; a term's text may hold emphasis.
        el.text = AtomicString(m.group("text")) if m.group("tel") else m.group("text")
        return el, m.start(0), m.end(0)


class DigitGroupProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        el = etree.Element("bdi", {"dir": "ltr"})
        el.text = AtomicString(m.group(0))
        return el, m.start(0), m.end(0)


class CourseMarkup(Extension):
    def __init__(self, directions: dict[str, str] | None = None, **kwargs):
        self.directions = directions or {}
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        # Above 'link' (160): '[text]{...}' must not be read as a reference link.
        md.inlinePatterns.register(SpanProcessor(SPAN, md, self.directions), "orientera_span", 175)
        # Low: after emphasis and links have taken their text.
        md.inlinePatterns.register(DigitGroupProcessor(DIGIT_GROUPS, md), "orientera_digits", 5)
