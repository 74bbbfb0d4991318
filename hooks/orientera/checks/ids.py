"""Permanent page ids. Short links and QR codes point at ids, so an id is never reused,
never changed and never lost. `ids.yml` records every id ever given, with the page that had it;
`orientera ids --update` adds new ones.

- two pages with one id: error
- an id in ids.yml that no page has any more: error (its short links would break)
- a page id not yet in ids.yml: warning (record it)
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .. import frontmatter
from ..findings import Finding, error, warning

IDS_FILE = "ids.yml"
HEADER = ("# Every id ever given to a page of the course, with the page that had it. Short links\n"
          "# and QR codes use these ids: never remove, change or reuse one. `orientera ids --update`\n"
          "# adds new ids; when a page moves, its id moves with it.\n")


def page_ids(sources) -> dict[str, list]:
    found: dict[str, list] = {}
    for page in sources.pages.values():
        value = page.meta.get("id")
        if isinstance(value, str):
            found.setdefault(value, []).append(page)
    return found


def recorded(root: Path) -> tuple[dict, dict, list[Finding]]:
    path = Path(root) / IDS_FILE
    if not path.exists():
        return {}, {}, []
    data, node, findings = frontmatter.load_yaml(path.read_text(encoding="utf-8"), IDS_FILE)
    if findings:
        return {}, {}, findings
    if data is not None and not isinstance(data, dict):
        return {}, {}, [error(IDS_FILE, 1, "expected lines of 'id: path'")]
    return data or {}, frontmatter.key_lines(node), []


def check(sources) -> list[Finding]:
    known, lines, findings = recorded(sources.root)
    current = page_ids(sources)
    for value, pages in sorted(current.items()):
        if len(pages) > 1:
            for page in pages[1:]:
                findings.append(error(page.doc.path, page.doc.line_of("id"),
                                      f"id '{value}' is also the id of {pages[0].doc.path}; "
                                      "give this page an id of its own"))
        elif value not in known and (Path(sources.root) / IDS_FILE).exists():
            page = pages[0]
            findings.append(warning(page.doc.path, page.doc.line_of("id"),
                                    f"id '{value}' is new; record it with `orientera ids --update`"))
    for value, path in known.items():
        if value not in current:
            findings.append(error(IDS_FILE, lines.get(str(value), 1),
                                  f"id '{value}' (docs/{path}) is on no page any more; short links "
                                  "to it would break. Give the page that replaces it this id"))
    return findings


def update(sources) -> list[str]:
    """Add new ids to ids.yml; return them."""
    known, _, _ = recorded(sources.root)
    added = []
    for value, pages in sorted(page_ids(sources).items()):
        if value not in known:
            known[value] = pages[0].rel
            added.append(value)
        elif known[value] != pages[0].rel:
            known[value] = pages[0].rel   # the page moved; its id moved with it
    body = yaml.safe_dump(dict(sorted(known.items())), allow_unicode=True, sort_keys=False)
    (Path(sources.root) / IDS_FILE).write_text(HEADER + body, encoding="utf-8")
    return added
