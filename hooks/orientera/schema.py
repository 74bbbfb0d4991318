"""Front-matter schemas: which keys each kind of page may carry, and of which type.

`validate` returns findings; it never prints. Kinds: the start page and other top pages,
an area's start page, a module, and an overlay (a translation of any of them).
"""
from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass
from typing import Any, Callable

from .findings import Finding, error
from .frontmatter import Document

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Field:
    check: Callable[[Any], str | None]   # returns what is wrong, or None
    required: bool = False


def _text(value):
    if not isinstance(value, str) or not value.strip():
        return f"expected text, got {_kind(value)}"


def _id(value):
    if not isinstance(value, str) or not ID.match(value) or len(value) > 32:
        return (f"expected a short id of lowercase letters, digits and hyphens (at most 32), "
                f"got {value!r}")


def _number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        return f"expected a positive number of hours, got {value!r}"


def _integer(value):
    if isinstance(value, bool) or not isinstance(value, int):
        return f"expected a whole number, got {value!r}"


def _date(value):
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        return f"expected a date written YYYY-MM-DD, got {value!r}"


def _list_of_text(value):
    if not isinstance(value, list) or not value:
        return f"expected a list of lines starting with '- ', got {_kind(value)}"
    for i, item in enumerate(value, 1):
        if not isinstance(item, str) or not item.strip():
            return f"item {i}: expected text, got {_kind(item)}"


def _mapping_list(fields: dict[str, Field]):
    def check(value):
        if not isinstance(value, list) or not value:
            return f"expected a list of entries starting with '- ', got {_kind(value)}"
        for i, item in enumerate(value, 1):
            if not isinstance(item, dict):
                return f"item {i}: expected keys {', '.join(fields)}, got {_kind(item)}"
            problem = _check_mapping(item, fields)
            if problem:
                return f"item {i}: {problem}"
    return check


def _mapping(fields: dict[str, Field]):
    def check(value):
        if not isinstance(value, dict):
            return f"expected keys {', '.join(fields)}, got {_kind(value)}"
        return _check_mapping(value, fields)
    return check


def _check_mapping(value: dict, fields: dict[str, Field]) -> str | None:
    for key in value:
        if key not in fields:
            return _unknown(key, fields)
    for key, spec in fields.items():
        if key not in value:
            if spec.required:
                return f"'{key}' is missing"
            continue
        problem = spec.check(value[key])
        if problem:
            return f"'{key}': {problem}"
    return None


def _https(value):
    if not isinstance(value, str) or not re.match(r"^https?://[^\s]+$", value):
        return f"expected a web address starting with https://, got {value!r}"


def _choice(*choices):
    def check(value):
        if value not in choices:
            return f"expected one of {', '.join(choices)}, got {value!r}"
    return check


def _kind(value) -> str:
    names = {list: "a list", dict: "a mapping", str: "text", int: "a number", float: "a number",
             bool: "true/false", type(None): "nothing"}
    return names.get(type(value), type(value).__name__)


def _unknown(key, fields) -> str:
    hint = difflib.get_close_matches(str(key), list(fields), n=1, cutoff=0.6)
    return f"unknown key '{key}'" + (f"; did you mean '{hint[0]}'?" if hint else "")


SOURCE = {"title": Field(_text, True), "url": Field(_https, True),
          "date": Field(lambda v: None if isinstance(v, (int, datetime.date)) else
                        f"expected a date YYYY-MM-DD or a year, got {v!r}")}
OUTLINE = {"minutes": Field(lambda v: _integer(v) or (None if v > 0 else "expected minutes > 0"), True),
           "activity": Field(_text, True)}
TRANSLATION = {"method": Field(_choice("machine", "human"), True), "translator": Field(_text),
               "reviewer": Field(_text), "reviewed": Field(_date), "source": Field(_text)}

# Keys MkDocs and Material read themselves.
THEME_KEYS = {"hide": Field(lambda v: None if isinstance(v, list) else "expected a list"),
              "search": Field(lambda v: None if isinstance(v, dict) else "expected a mapping"),
              "template": Field(_text)}

PAGE = {"title": Field(_text), "description": Field(_text), "id": Field(_id), **THEME_KEYS}
AREA = {"id": Field(_id, True), "title": Field(_text, True), "order": Field(_integer, True),
        "description": Field(_text), **THEME_KEYS}
MODULE = {"id": Field(_id, True), "title": Field(_text, True), "order": Field(_integer),
          "hours": Field(_number, True), "objectives": Field(_list_of_text, True),
          "questions": Field(_list_of_text, True), "keywords": Field(_list_of_text, True),
          "sources": Field(_mapping_list(SOURCE), True), "written": Field(_date, True),
          "reviewed": Field(_date), "reviewer": Field(_text),
          "outline": Field(_mapping_list(OUTLINE)), **THEME_KEYS}
# What an overlay may set: translated text, and how it was translated. All else is the base's.
OVERLAY = {"title": Field(_text), "description": Field(_text), "objectives": Field(_list_of_text),
           "questions": Field(_list_of_text), "outline": Field(_mapping_list(OUTLINE)),
           "translation": Field(_mapping(TRANSLATION)), "search": THEME_KEYS["search"]}
FROM_BASE = {"id", "order", "hours", "keywords", "sources", "written", "reviewed", "reviewer"}

SCHEMAS = {"page": PAGE, "area": AREA, "module": MODULE, "overlay": OVERLAY}


def validate(doc: Document, kind: str) -> list[Finding]:
    fields = SCHEMAS[kind]
    findings = []
    for key, value in doc.meta.items():
        line = doc.line_of(key)
        if key not in fields:
            if kind == "overlay" and key in FROM_BASE:
                findings.append(error(doc.path, line, f"'{key}' comes from the Swedish base page; "
                                                      "remove it from the translation"))
            else:
                findings.append(error(doc.path, line, _unknown(key, fields)))
            continue
        problem = fields[key].check(value)
        if problem:
            findings.append(error(doc.path, line, f"'{key}': {problem}"))
    for key, spec in fields.items():
        if spec.required and key not in doc.meta:
            findings.append(error(doc.path, 1, f"front matter lacks '{key}', which every {kind} needs"))
    translation = doc.meta.get("translation")
    if isinstance(translation, dict) and bool(translation.get("reviewer")) != bool(translation.get("reviewed")):
        findings.append(error(doc.path, doc.line_of("translation"),
                              "'translation': 'reviewer' and 'reviewed' go together: name the person "
                              "who checked the translation and the date they did"))
    if kind == "module" and bool(doc.meta.get("reviewer")) != bool(doc.meta.get("reviewed")):
        findings.append(error(doc.path, doc.line_of("reviewer") if "reviewer" in doc.meta
                              else doc.line_of("reviewed"),
                              "'reviewer' and 'reviewed' go together: name the person who compared "
                              "the facts with the sources and the date they did"))
    return findings
