"""LIX, the Swedish readability index: words per sentence plus the share of long words.

LIX = words / sentences + 100 * (words longer than six letters) / words.
Under 30 very easy, 30-40 easy, 40-50 average. The base course aims at 45 or below.
"""
from __future__ import annotations

import re

from ..findings import Finding, warning
from . import markdown_text

TARGET = 45
MIN_WORDS = 100   # on a few lines LIX says nothing
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)|\n\s*\n")


def plain_text(body: str) -> str:
    kept = []
    for line in markdown_text.lines(body, 1):
        text = line.text
        if markdown_text.HEADING.match(text) or not text.strip():
            kept.append("\n")   # headings are not prose, and a blank line ends a sentence
            continue
        text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"\[([^\]]*)\]\{[^}]*\}", r"\1", text)
        text = re.sub(r"https?://\S+", " ", text)
        text = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", text)   # list items end like sentences
        kept.append(text.strip() + ("." if not re.search(r"[.!?:]$", text.strip()) else ""))
    return "\n".join(kept)


def lix(body: str) -> float:
    text = plain_text(body)
    words = WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len([s for s in SENTENCE_END.split(text) if WORD.search(s)]))
    long_words = sum(1 for w in words if len(w.replace("-", "")) > 6)
    return len(words) / sentences + 100 * long_words / len(words)


def word_count(body: str) -> int:
    return len(WORD.findall(plain_text(body)))


def check(sources) -> list[Finding]:
    findings = []
    for page in sources.pages.values():
        if page.kind != "module" or word_count(page.doc.body) < MIN_WORDS:
            continue
        value = lix(page.doc.body)
        if value > TARGET:
            findings.append(warning(page.doc.path, page.doc.body_line,
                                    f"LIX {value:.0f} is above {TARGET}: use shorter sentences "
                                    "and everyday words"))
    return findings
