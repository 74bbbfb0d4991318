"""Translator-supplied HTML is cleaned with nh3 (the Ammonia sanitizer) before it is published.

One allowlist serves the build (`clean`) and the checker (`would_change`): what Markdown and
the course's own markup produce, with `lang` and `dir` kept everywhere so language of parts
survives. Scripts, styles, frames, event handlers and javascript: links do not.
"""
from __future__ import annotations

import re

import nh3

TAGS = {"a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "code", "dd", "del",
        "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small",
        "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "u", "ul"}
GENERIC = {"lang", "dir", "id", "class", "title"}
ATTRIBUTES = {"*": GENERIC, "a": {"href", "hreflang"}, "img": {"src", "alt", "width", "height"},
              "td": {"colspan", "rowspan", "align"}, "th": {"colspan", "rowspan", "align", "scope"},
              "ol": {"start"}, "details": {"open"}}
SCHEMES = {"http", "https", "mailto", "tel"}
RAW_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def clean(html: str) -> str:
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES,
                     link_rel=None, strip_comments=True)


ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")


def problems(tag_html: str) -> list[str]:
    """What the sanitizer would remove from one raw HTML tag, said for a person."""
    match = re.match(r"<\s*(/?)\s*([A-Za-z][\w-]*)(.*?)/?\s*>$", tag_html, re.DOTALL)
    if not match:
        return []
    name = match.group(2).lower()
    if name not in TAGS:
        return [f"<{name}> is not allowed"]
    allowed = ATTRIBUTES["*"] | ATTRIBUTES.get(name, set())
    found = []
    for attribute, value in ATTRIBUTE.findall(match.group(3)):
        attribute = attribute.lower()
        if attribute not in allowed:
            found.append(f"attribute {attribute} on <{name}> is not allowed")
        elif attribute in ("href", "src") and re.match(r"^['\"]?\s*([a-z][\w+.-]*):", value, re.I):
            scheme = re.match(r"^['\"]?\s*([a-z][\w+.-]*):", value, re.I).group(1).lower()
            if scheme not in SCHEMES:
                found.append(f"{scheme}: links are not allowed")
    return found
