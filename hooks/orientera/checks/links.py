"""Internal links and anchors, in every language: a link to a page or a heading that does not
exist is an error (the build would publish a dead end)."""
from __future__ import annotations

import posixpath
import re

from pymdownx.slugs import slugify

from ..findings import Finding, error
from . import heading_ids as heading_ids_mod
from . import markdown_text

# Ids the templates add to every page of a kind (course.area_listing, partials/content.html).
TEMPLATE_IDS = set().union(*heading_ids_mod.TEMPLATE_IDS.values())
SLUGIFY = slugify(case="lower")
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def heading_ids(body: str, first_line: int) -> set[str]:
    ids = set()
    for heading in markdown_text.headings(markdown_text.lines(body, first_line)):
        plain = re.sub(r"\[([^\]]*)\]\{[^}]*\}", r"\1", heading.text)   # [term]{lang=sv}
        ids.add(heading.explicit_id or SLUGIFY(plain, "-"))
    return ids


def _documents(site):
    """(language or None, rel, Document) for every base page and overlay."""
    for rel, page in site.sources.pages.items():
        yield None, rel, page.doc
    for (lang, rel), overlay in site.sources.overlays.items():
        yield lang, rel, overlay.doc


def check(site) -> list[Finding]:
    known = set(site.sources.pages) | set(site.generated_pages_rels())
    assets = {rel for lang, rel, _ in site.sources.assets if lang is None}
    ids = {}

    def ids_of(lang, rel):
        key = (lang, rel)
        if key not in ids:
            overlay = site.sources.overlay(lang, rel) if lang else None
            doc = overlay.doc if overlay else site.sources.pages[rel].doc
            ids[key] = heading_ids(doc.body, doc.body_line) | TEMPLATE_IDS
        return ids[key]

    findings = []
    for lang, rel, doc in _documents(site):
        for line in markdown_text.lines(doc.body, doc.body_line):
            for match in markdown_text.LINK.finditer(line.text):
                target = match.group("target").strip("<>")
                if EXTERNAL.match(target) or target.startswith("//"):
                    continue
                path, _, anchor = target.partition("#")
                if not path:
                    resolved = rel
                else:
                    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
                    if path.endswith("/"):
                        resolved = posixpath.join(resolved, "index.md")
                if resolved not in known:
                    if resolved in assets:
                        continue
                    findings.append(error(doc.path, line.number,
                                          f"link to '{target}': no page docs/{resolved}; "
                                          "link to an existing .md file, relative to this one"))
                    continue
                if anchor and resolved in site.sources.pages and anchor not in ids_of(lang, resolved):
                    findings.append(error(doc.path, line.number,
                                          f"link to '{target}': docs/{resolved} has no heading "
                                          f"with id #{anchor}; give the heading {{#{anchor}}} "
                                          "or link to an id it has"))
    return findings
