"""Small, safe edits of rendered HTML."""
from __future__ import annotations

import html
import posixpath
import re

HTML_TAG = re.compile(r"<html\b([^>]*)>", re.IGNORECASE)


def set_root_direction(output: str, direction: str) -> str:
    """Put `dir` on <html> (Material puts it on <body> only)."""
    def add(match):
        attrs = re.sub(r'\sdir="[^"]*"', "", match.group(1))
        return f'<html{attrs} dir="{direction}">'
    return HTML_TAG.sub(add, output, count=1)


LABEL_FOR = re.compile(r'(<label\b[^>]*?)\s+for="([^"]+)"')


def drop_dangling_label_for(output: str) -> str:
    """Material's table-of-contents label points at a toggle (`__toc`) that some pages (an
    area's start page) do not have; a label must name a control that exists."""
    ids = set(re.findall(r'\bid="([^"]+)"', output))
    return LABEL_FOR.sub(lambda m: m.group(0) if m.group(2) in ids else m.group(1), output)


TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.DOTALL | re.IGNORECASE)
HEADER_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.DOTALL | re.IGNORECASE)


def scrollable_tables(output: str) -> str:
    """A table wider than a phone scrolls inside its own frame (Material does this with the
    JavaScript we do not load). A frame that scrolls must be reachable by keyboard, and named
    for a screen reader: by the table's column headings."""
    def wrap(match):
        table = match.group(0)
        heads = [re.sub(r"<[^>]+>", "", cell).strip() for cell in HEADER_CELL.findall(table)]
        label = html.escape(html.unescape(", ".join(h for h in heads if h)))   # a quote stays text
        named = f' role="region" aria-label="{label}"' if label else ""
        return f'<div class="orientera-table" tabindex="0"{named}>{table}</div>'
    return TABLE.sub(wrap, output)


def tidy(output: str, direction: str) -> str:
    """Every edit a built page gets."""
    return scrollable_tables(drop_dangling_label_for(drop_checkbox_autocomplete(
        set_root_direction(output, direction))))


CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*type="checkbox"[^>]*?)\s+autocomplete="off"')


def drop_checkbox_autocomplete(output: str) -> str:
    """Material marks its menu checkboxes autocomplete="off", which HTML allows only on text-like
    inputs (the Nu HTML Checker reports it); the attribute changes nothing a reader sees."""
    return CHECKBOX_AUTOCOMPLETE.sub(r"\1", output)


ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL)
HREF = re.compile(r'\bhref="([^"#?]*)[^"]*"')


def mark_untranslated_titles(output: str, page_url: str, untranslated: set[str], attrs: str) -> str:
    """Menu and next/previous links to pages shown in Swedish carry Swedish titles: mark those
    titles (`attrs`, e.g. 'lang="sv" dir="ltr"'). The footer links keep their aria-label: on
    phones it is their only name (the title is hidden), though it cannot carry a language."""
    base = "/" + page_url

    def mark(match):
        href = HREF.search(match.group(1))
        if not href or "://" in href.group(1) or href.group(1).startswith(("mailto:", "tel:")):
            return match.group(0)
        target = posixpath.normpath(posixpath.join(posixpath.dirname(base), href.group(1) or "."))
        target = target.lstrip("/") + "/" if target != "/" else ""
        if target not in untranslated or 'class="md-ellipsis"' not in match.group(2):
            return match.group(0)
        inner = match.group(2).replace('class="md-ellipsis"', f'class="md-ellipsis" {attrs}')
        return f"<a{match.group(1)}>{inner}</a>"
    return ANCHOR.sub(mark, output)
