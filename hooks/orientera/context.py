"""What a template needs to render one page in one language, computed in plain Python.

Templates only lay this out: which language and direction, whether the text is a Swedish
fallback, the notices to show (in the reader's language), the language switcher, hreflang.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from babel.dates import format_date
from babel.numbers import format_decimal

from . import download, reports, search, translation, urls
from .course import facts_reviewed, format_hours
from .markup import inline_html
from .site import Site


# Generated pages about the site itself, not course text: kept out of search.
UNSEARCHED = {search.PAGE, reports.STATUS, reports.CHANGES}


@dataclass
class Notice:
    kind: str                  # "fallback", "outdated", "machine"
    text: str
    link_text: str = ""
    link: str = ""


@dataclass
class Alternate:
    code: str
    endonym: str
    direction: str
    link: str                  # relative to the page in view
    translated: bool
    current: bool
    status: str                # "translated"/"not translated yet", in that language


@dataclass
class ModuleInfo:
    """A module's teaching data, labelled in the reader's language."""
    hours: str
    objectives_label: str
    objectives: list[str]        # HTML: escaped, with [term]{lang=sv} as <span lang>
    questions_label: str
    questions: list[str]         # HTML, as objectives
    keywords_label: str
    keywords: list[str]          # Swedish words: always lang="sv"
    sources_label: str
    sources: list[dict]          # title, url, date


@dataclass
class PageContext:
    lang: str
    dir: str
    fallback: bool             # Swedish text served to readers of another language
    content_lang: str          # language of the main text
    content_dir: str
    notices: list[Notice] = field(default_factory=list)
    alternates: list[Alternate] = field(default_factory=list)
    hreflang: list[tuple[str, str]] = field(default_factory=list)   # (code or x-default, absolute URL)
    canonical: str = ""        # the page's address on the website (none for fallback copies)
    translation_line: str = ""
    facts_line: str = ""
    check_source: str = ""
    is_home: bool = False
    chooser: list[Alternate] = field(default_factory=list)
    chooser_heading: str = ""
    module: ModuleInfo | None = None
    base_lang: str = "sv"
    searchable: bool = False   # real text worth finding: indexed for the language's search
    search_link: str = ""
    offline: dict = field(default_factory=dict)   # "keep this course offline", on start pages
    download: dict = field(default_factory=dict)  # the teachers' zip of this language, on start pages


def format_day(value, code: str) -> str:
    if not isinstance(value, datetime.date):
        return str(value)
    try:
        return format_date(value, format="long", locale=code.replace("-", "_"))
    except Exception:  # babel lacks date formats for some locales: ISO is unambiguous
        return value.isoformat()


def page_context(site: Site, code: str, rel: str, site_url: str) -> PageContext:
    language = site.registry.get(code)
    base = site.registry.default
    strings = site.strings[code]
    translated = site.is_translated(rel, code)
    here = site.url(rel, language)
    ctx = PageContext(
        lang=code, dir=language.direction, fallback=not translated,
        content_lang=code if translated else base.code,
        content_dir=language.direction if translated else base.direction,
        is_home=rel == "index.md")
    if not translated:
        ctx.notices.append(Notice(
            "fallback", strings.t("fallback.notice", language=language.endonym),
            strings.t("fallback.start", language=language.endonym),
            urls.relative(here, site.url("index.md", language))))
    overlay = site.sources.overlay(code, rel)
    if overlay and translation.state_of(site.sources, code, rel) == translation.OUTDATED:
        changed = translation.last_changed(site.root, site.sources.pages[rel].doc.path)
        ctx.notices.append(Notice(
            "outdated", strings.t("outdated.notice", date=format_day(changed, code)),
            strings.t("outdated.link"), urls.relative(here, site.url(rel, base))))
    if overlay:
        method = overlay.translation.get("method")
        if method == "machine" and not overlay.translation.get("reviewer"):
            ctx.notices.append(Notice("machine", strings.t("machine.notice")))
        ctx.translation_line = translation_line(overlay.translation, strings, code)
    ctx.base_lang = base.code
    ctx.searchable = translated and rel not in UNSEARCHED
    ctx.search_link = urls.relative(here, site.url(search.PAGE, language))
    page = site.sources.pages.get(rel)
    if page and page.kind == "module":
        ctx.facts_line = facts_line(page.meta, strings, code)
        ctx.check_source = strings.t("facts.check_source")
        ctx.module = module_info(page.meta, overlay.meta if overlay else {}, strings, code,
                                 site.registry.directions)
    ctx.alternates = [
        Alternate(other.code, other.endonym, other.direction,
                  site.link(here, rel, other, code),
                  site.is_translated(rel, other.code), other.code == code,
                  site.strings[other.code].t(
                      "switcher.translated" if site.is_translated(rel, other.code)
                      else "switcher.not_translated"))
        for other in site.registry.languages]
    if translated:
        ctx.canonical = urls.absolute(site_url, urls.page_url(rel, language))
        ctx.hreflang = [(alt.code, urls.absolute(site_url, urls.page_url(rel, site.registry.get(alt.code))))
                        for alt in ctx.alternates if alt.translated]
        ctx.hreflang.append(("x-default", urls.absolute(site_url, urls.page_url(rel, base))))
    if ctx.is_home and not site.folder_copy:   # no service worker from a folder
        ctx.offline = {"heading": strings.t("offline.heading"), "button": strings.t("offline.button"),
                       "done": strings.t("offline.done"), "failed": strings.t("offline.failed"),
                       "unsupported": strings.t("offline.unsupported"),
                       "root": urls.relative(here, ""), "manifest": f"offline/{code}.json",
                       "script": urls.relative(here, "assets/javascripts/orientera-offline.js")}
    if ctx.is_home and code in site.downloads and not site.folder_copy:
        megabytes = format_decimal(round(site.downloads[code] / 1_000_000, 1), locale=language.babel_code)
        ctx.download = {"link": urls.relative(here, download.link(code)),
                        "link_text": strings.t("download.link", size=megabytes),
                        "text": strings.t("download.text")}
    if ctx.is_home:
        ctx.chooser_heading = strings.t("chooser.heading")
        ctx.chooser = [
            Alternate(other.code, other.endonym, other.direction,
                      site.link(here, "index.md", other, code),
                      True, other.code == code, "")
            for other in site.registry.languages]
    return ctx


def translation_line(translation: dict, strings, code: str) -> str:
    """The discreet line under a translated page: method, translator, reviewer and date."""
    method = translation.get("method")
    parts = [strings.t("translation.machine" if method == "machine" else "translation.human")] \
        if method in ("machine", "human") else []
    if translation.get("translator"):
        parts.append(strings.t("translation.by", translator=translation["translator"]))
    if translation.get("reviewer") and translation.get("reviewed"):
        parts.append(strings.t("translation.reviewed", reviewer=translation["reviewer"],
                               date=format_day(translation["reviewed"], code)))
    return " ".join(parts)


def facts_line(meta: dict, strings, code: str) -> str:
    if facts_reviewed(meta):
        return strings.t("facts.reviewed", reviewer=meta["reviewer"],
                         date=format_day(meta["reviewed"], code))
    if meta.get("written"):
        return strings.t("facts.written", date=format_day(meta["written"], code))
    return ""


def module_info(base: dict, overlay: dict, strings, code: str,
                directions: dict[str, str] | None = None) -> ModuleInfo:
    """Translated lists from the overlay where it has them, the rest from the base. Objectives
    and questions are HTML, with the body's marks for Swedish terms and phone numbers."""
    def pick(key):
        value = overlay.get(key) or base.get(key) or []
        return [inline_html(str(v), directions or {}) for v in value] if isinstance(value, list) else []
    return ModuleInfo(
        hours=strings.t("module.hours", hours=format_hours(base.get("hours", 0), code)),
        objectives_label=strings.t("module.objectives"), objectives=pick("objectives"),
        questions_label=strings.t("module.questions"), questions=pick("questions"),
        keywords_label=strings.t("module.keywords"), keywords=[str(k) for k in base.get("keywords") or []],
        sources_label=strings.t("module.sources"),
        sources=[s for s in base.get("sources") or [] if isinstance(s, dict)])


def not_found(site: Site, code: str, site_url: str) -> dict:
    """The 404 page's text: absolute links, since it is served at any depth."""
    language = site.registry.get(code)
    strings = site.strings[code]
    return {"title": strings.t("notfound.title"), "text": strings.t("notfound.text"),
            "home": urls.absolute(site_url, urls.page_url("index.md", language)),
            "home_text": strings.t("notfound.home")}
