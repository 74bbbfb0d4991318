"""Per-language search with Pagefind: one small index per language, fetched in pieces.

Only real pages are indexed: templates mark their text `data-pagefind-body`, fallback copies
(Swedish text under another language) are not marked, so they are never indexed twice. Pagefind
does not split Ethiopic words at the wordspace "፡", so the indexed copy has spaces there (the
search page does the same to a query); readers still see the text as written.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

OUTPUT = "pagefind"
MARK = "data-pagefind-body"
ETHIOPIC_WORDSPACE = "\u1361"


def indexable(site_dir: Path):
    """(url, html) of every page marked for the index."""
    for path in sorted(Path(site_dir).rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        if rel.startswith(OUTPUT + "/"):
            continue
        html = path.read_text(encoding="utf-8")
        if MARK not in html:
            continue
        url = "/" + (rel[:-len("index.html")] if rel.endswith("index.html") else rel)
        yield url, html.replace(ETHIOPIC_WORDSPACE, " ")


def write(site_dir: Path) -> Counter:
    """Index the built site into site_dir/pagefind; return pages indexed per language.

    Pagefind's command line indexes a folder in parallel (its Python API makes one round trip
    per page: 15x slower), so the marked pages are staged into a temporary folder first."""
    site_dir = Path(site_dir)
    counts = Counter()
    with tempfile.TemporaryDirectory(prefix="orientera-search-") as staged:
        for url, html in indexable(site_dir):
            target = Path(staged) / url.lstrip("/") / "index.html" if url.endswith("/") \
                else Path(staged) / url.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
            counts[_lang_of(html)] += 1
        output = site_dir / OUTPUT
        shutil.rmtree(output, ignore_errors=True)
        result = subprocess.run([sys.executable, "-m", "pagefind", "--site", staged,
                                 "--output-path", str(output)], capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"pagefind failed:\n{result.stdout}{result.stderr}")
    for unused in ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
                   "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
                   "pagefind-highlight.js"):
        (output / unused).unlink(missing_ok=True)   # Pagefind's own interfaces: we use ours
    return counts


def _lang_of(html: str) -> str:
    start = html.find('<html lang="')
    return html[start + 12:html.find('"', start + 12)] if start >= 0 else "?"


PAGE = "sok.md"
SCRIPT = "assets/javascripts/orientera-search.js"


def page_markdown(site, code: str) -> str:
    """The search page of one language: a form that works without script (?q=), results that
    the script fills in with the language's own index, labelled in the reader's language."""
    from html import escape

    from . import frontmatter, urls
    theme = site.strings[code].theme
    if site.folder_copy:
        return folder_page_markdown(site, code)
    here = site.url(PAGE, site.registry.get(code))
    root = urls.relative(here, "")
    data = {"pagefind": urls.relative(here, f"{OUTPUT}/pagefind.js"), "root": root,
            "none": theme["search.result.none"], "one": theme["search.result.one"],
            "other": theme["search.result.other"], "busy": theme["search.result.initializer"]}
    attrs = " ".join(f'data-{key}="{escape(value)}"' for key, value in data.items())
    return frontmatter.dump({"title": theme["search"]},
            f'\n<form class="orientera-search" role="search" {attrs}>\n'
            f'<label for="orientera-q">{escape(theme["search.placeholder"])}</label>\n'
            f'<input id="orientera-q" name="q" type="search" autocomplete="off" dir="auto">\n'
            f'<button type="submit">{escape(theme["search"])}</button>\n'
            f'</form>\n\n'
            f'<p id="orientera-search-status" role="status" aria-live="polite"></p>\n\n'
            f'<ol id="orientera-search-results"></ol>\n\n'
            f'<p><button type="button" id="orientera-search-more" hidden>'
            f'{escape(site.strings[code].t("search.more"))}</button></p>\n\n'
            f'<script type="module" src="{urls.relative(here, SCRIPT)}"></script>\n')


def folder_page_markdown(site, code: str) -> str:
    """Opened from a folder, a browser will not let a page fetch the index (file:// has no
    origin), so the search page says so plainly and links to the website's search."""
    from . import frontmatter, urls
    strings = site.strings[code]
    online = urls.absolute(site.site_url, urls.page_url(PAGE, site.registry.get(code)))
    return frontmatter.dump({"title": strings.theme["search"]},
                            f'\n{strings.t("search.folder")}\n\n[{strings.t("search.online")}]({online})\n')
