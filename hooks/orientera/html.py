"""Small, safe edits of rendered HTML."""
from __future__ import annotations

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


def tidy(output: str, direction: str) -> str:
    """Every edit a built page gets."""
    return drop_dangling_label_for(drop_checkbox_autocomplete(set_root_direction(output, direction)))


CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*type="checkbox"[^>]*?)\s+autocomplete="off"')


def drop_checkbox_autocomplete(output: str) -> str:
    """Material marks its menu checkboxes autocomplete="off", which HTML allows only on text-like
    inputs (the Nu HTML Checker reports it); the attribute changes nothing a reader sees."""
    return CHECKBOX_AUTOCOMPLETE.sub(r"\1", output)
