"""The whole site as the core sees it: registry, sources, strings, course, findings.

`load` reads everything once and returns every problem it found; `stage` writes the build
tree. Both are plain Python, used by the MkDocs hooks and by the `orientera` command.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import course, registry, sources, staging, ui
from . import checks, reports, search, translation, urls
from .findings import BuildStopped, Finding, error, errors_in
from .registry import Registry
from .sources import Sources


# Pages the build writes itself, in every language.
GENERATED_PAGES = {course.PLAN, search.PAGE, reports.STATUS, reports.CHANGES}


@dataclass
class Site:
    root: Path
    registry: Registry
    sources: Sources
    strings: dict[str, ui.Strings]
    findings: list[Finding] = field(default_factory=list)
    # False for the copy opened from a folder (file://): links name files, there is no
    # search index and no service worker (see `folder_copy`).
    directory_urls: bool = True
    site_url: str = "/"          # the website's address, for links a folder copy cannot hold
    downloads: dict = field(default_factory=dict)   # language code -> bytes of its zip
    _untranslated: dict = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return not errors_in(self.findings)

    @property
    def areas(self) -> list[course.Area]:
        return course.areas(self.sources)

    @property
    def folder_copy(self) -> bool:
        """A build for reading from a folder (the teachers' zip), not for a web server."""
        return not self.directory_urls

    def url(self, rel: str, language) -> str:
        """Where `rel` is in `language`, below the site root, in this build's URL style."""
        return urls.page_url(rel, language, self.directory_urls)

    def link(self, here: str, rel: str, other, code: str) -> str:
        """A link from the page at `here` (in language `code`) to `rel` in language `other`.
        A folder copy holds only its own language and Swedish: other languages are read on
        the website."""
        if self.folder_copy and other.code not in (code, self.registry.default.code):
            return urls.absolute(self.site_url, urls.page_url(rel, other))
        return urls.relative(here, self.url(rel, other))

    def is_translated(self, rel: str, code: str) -> bool:
        """True where readers of `code` get a real text: the base language, an overlay, or a
        page generated in every language."""
        language = self.registry.get(code)
        return (bool(language and language.default) or (code, rel) in self.sources.overlays
                or rel in GENERATED_PAGES)

    def nav_key(self, rel: str) -> tuple:
        """Where a page or area sits in the navigation: the start page and the course plan,
        the areas in course order with their modules, other pages, the reports last."""
        if rel in (course.PLAN, search.PAGE):
            return (0, 1 if rel == course.PLAN else 2, rel)
        if rel in (reports.STATUS, reports.CHANGES):
            return (4, 0, rel)
        page = self.sources.pages.get(rel) or self.sources.pages.get(f"{rel}/index.md")
        if page is None:
            return (2, 999, rel)
        order = page.meta.get("order")
        order = order if isinstance(order, int) else 999
        if page.kind in ("module", "area"):
            return (1, order, rel)
        return (0 if rel == "index.md" else 3, 0, rel)

    def untranslated_urls(self, code: str) -> set[str]:
        """Addresses of the pages readers of `code` get as Swedish fallback copies (asked for
        every page built, so kept per language)."""
        if code not in self._untranslated:
            language = self.registry.get(code)
            self._untranslated[code] = {self.url(rel, language) for rel in self.sources.pages
                                        if not self.is_translated(rel, code)}
        return self._untranslated[code]

    def generated_pages_rels(self) -> list[str]:
        return sorted(GENERATED_PAGES)

    def generated_pages(self) -> dict[str, str]:
        """Pages made from the sources, in every language: stage path -> Markdown."""
        pages = {}
        status = translation.status(self.sources, self.registry)
        changed = translation.changes(self.root)
        for language in self.registry.languages:
            code = language.code
            texts = {course.PLAN: course.plan_markdown(self, code),
                     search.PAGE: search.page_markdown(self, code),
                     reports.STATUS: reports.status_markdown(self, code, status),
                     reports.CHANGES: reports.changes_markdown(self, code, changed)}
            for rel, text in texts.items():
                pages[rel if language.default else staging.suffixed(rel, code)] = text
        return pages

    def stage(self, stage_dir: Path) -> tuple[Path, Path]:
        """Write the docs tree and the generated theme partials; return both folders."""
        docs, theme = Path(stage_dir) / "docs", Path(stage_dir) / "theme"
        staging.write_tree(docs, staging.stage_files(self.sources, self.generated_pages()))
        staging.write_tree(theme, {
            f"partials/languages/{code}.html": ui.theme_partial(strings).encode("utf-8")
            for code, strings in self.strings.items()})
        return docs, theme


def load(root: Path, material_dir: Path) -> Site:
    """Read the project and collect every problem found (check `site.ok`). Without a usable
    language registry nothing else can be read: that raises BuildStopped."""
    root = Path(root)
    reg, findings = registry.load(root)
    if reg is None:
        raise BuildStopped(findings)
    srcs, found = sources.read(root, reg)
    findings += found
    for rel in GENERATED_PAGES & set(srcs.pages):
        findings.append(error(f"docs/{rel}", 1, "this page is generated by the build from the "
                                                "modules' front matter; remove or rename the file"))
    strings, found = ui.load(root, reg, material_dir)
    findings += found
    site = Site(root, reg, srcs, strings, findings)
    site.findings += checks.run_all(site)
    return site

