"""Validators: each takes what it needs of the site and returns findings; none prints.

Errors (a broken link or anchor) stop the build; warnings (drifted ids, an old review date,
figures that differ from the base, LIX, non-HTTPS links, missing alt text, an outline that
does not fill its hours, a translated section shorter than the Swedish) never do.
"""
from __future__ import annotations

from . import accessibility, facts, heading_ids, ids, links, outline, raw_html, readability, structure


def run_all(site) -> list:
    return (heading_ids.check(site.sources) + links.check(site) + accessibility.check(site.sources)
            + facts.check(site.sources) + readability.check(site.sources)
            + raw_html.check(site.sources) + ids.check(site.sources) + outline.check(site.sources)
            + structure.check(site.sources))
