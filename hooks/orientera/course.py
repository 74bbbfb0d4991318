"""The course: areas (a folder of docs/ with an index.md) and their modules, with hours.

Everything here is derived from front matter; nothing is typed by hand.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from babel.numbers import format_decimal

from . import frontmatter

from .sources import Page, Sources

# The course plan: generated from front matter in every language, never written by hand.
PLAN = "kursplan.md"
# The area given locally with a labour-market focus; the others form the shared course.
LOCAL_AREA = "arbetsliv-pa-orten"


@dataclass
class Area:
    folder: str
    page: Page
    modules: list[Page] = field(default_factory=list)

    @property
    def order(self) -> int:
        order = self.page.meta.get("order")
        return order if isinstance(order, int) else 999

    @property
    def hours(self) -> float:
        return sum(module_hours(m) for m in self.modules)

    @property
    def local(self) -> bool:
        return self.folder == LOCAL_AREA


def module_hours(page: Page) -> float:
    hours = page.meta.get("hours")
    return hours if isinstance(hours, (int, float)) and not isinstance(hours, bool) else 0


def facts_reviewed(meta: dict) -> bool:
    """A person has compared the page's facts with its sources: a reviewer and a date."""
    return bool(meta.get("reviewer")) and isinstance(meta.get("reviewed"), datetime.date)


def unreviewed(sources: Sources) -> list[Page]:
    """Modules whose facts no person has checked yet, the longest-written first: what a
    reviewer (or a teacher before a lesson) should look at."""
    modules = [p for p in sources.pages.values() if p.kind == "module" and not facts_reviewed(p.meta)]
    return sorted(modules, key=lambda p: (str(p.meta.get("written", "")), p.rel))


def _module_key(page: Page):
    order = page.meta.get("order")
    return (order if isinstance(order, int) else 999, page.rel)


def areas(sources: Sources) -> list[Area]:
    found = {p.area: Area(p.area, p) for p in sources.pages.values() if p.kind == "area"}
    for page in sources.pages.values():
        if page.kind == "module":
            found[page.area].modules.append(page)
    for area in found.values():
        area.modules.sort(key=_module_key)
    return sorted(found.values(), key=lambda a: (a.order, a.folder))


def format_hours(hours: float, code: str = "sv") -> str:
    """Hours as the reader writes numbers: '1,5' in Swedish, '1.5' in English."""
    try:
        return format_decimal(hours, locale=code.replace("-", "_"))
    except Exception:  # babel lacks number formats for a few locales
        return f"{hours:g}"


def title_in(site, rel: str, code: str) -> tuple[str, bool]:
    """A page's title for readers of `code`, and whether it is in that language."""
    overlay = site.sources.overlay(code, rel)
    if overlay and overlay.meta.get("title"):
        return overlay.meta["title"], True
    page = site.sources.pages[rel]
    return str(page.meta.get("title", rel)), site.registry.get(code).default


def marked_title(site, rel: str, code: str) -> str:
    """A page's title as Markdown for readers of `code`: theirs, or the Swedish one marked as
    Swedish, so a screen reader switches voice."""
    text, in_language = title_in(site, rel, code)
    return text if in_language else f"[{text}]{{lang={site.registry.default.code}}}"


def area_listing(site, rel: str, code: str) -> str:
    """Markdown appended to an area's start page: its modules with their hours."""
    page = site.sources.pages.get(rel)
    if page is None or page.kind != "area":
        return ""
    area = next(a for a in site.areas if a.folder == page.area)
    strings = site.strings[code]
    lines = ["", "", f"## {strings.t('area.modules')} {{#lektioner}}", ""]
    for module in area.modules:
        link = module.rel.split("/", 1)[1]
        hours = strings.t("module.hours", hours=format_hours(module_hours(module), code))
        lines.append(f"- [{marked_title(site, module.rel, code)}]({link}) ({hours})")
    return "\n".join(lines) + "\n"


def home_listing(site, rel: str, code: str) -> str:
    """Markdown appended to the start page: the course's parts in order, each with its hours,
    and the course plan, so a reader on a phone finds the lessons without opening the menu."""
    if rel != "index.md":
        return ""
    strings = site.strings[code]
    lines = ["", "", f"## {strings.t('course.parts')} {{#delar}}", ""]
    for area in site.areas:
        hours = strings.t("module.hours", hours=format_hours(area.hours, code))
        lines.append(f"1. [{marked_title(site, area.page.rel, code)}]({area.page.rel}) ({hours})")
    lines += ["", f"[{strings.t('course.plan')}]({PLAN})"]
    return "\n".join(lines) + "\n"


def plan_markdown(site, code: str) -> str:
    """The course plan page for readers of `code`: every area and module with hours and totals,
    generated from front matter."""
    strings = site.strings[code]

    def title(rel):
        return marked_title(site, rel, code)

    def hours(value):
        return format_hours(value, code)

    # One narrow table per area (lesson, hours) under the area's heading, and the totals first:
    # a teacher sees the whole course at a glance, and each table fits a 320 px phone.
    sections = []
    shared = local = 0.0
    for area in site.areas:
        rows = [f"## [{title(area.page.rel)}]({area.page.rel}) {{#{area.folder}}}", "",
                f"| {strings.t('course.lesson')} | {strings.t('course.hours')} |", "|---|--:|"]
        rows += [f"| [{title(module.rel)}]({module.rel}) | {hours(module_hours(module))} |"
                 for module in area.modules]
        rows.append(f"| *{strings.t('course.subtotal')}* | *{hours(area.hours)}* |")
        sections.append("\n".join(rows))
        if area.local:
            local += area.hours
        else:
            shared += area.hours
    totals = "\n".join([f"| {strings.t('course.part')} | {strings.t('course.hours')} |", "|---|--:|",
                        f"| {strings.t('course.shared')} | {hours(shared)} |",
                        f"| {strings.t('course.local')} | {hours(local)} |",
                        f"| **{strings.t('course.total')}** | **{hours(shared + local)}** |"])
    return frontmatter.dump({"title": strings.t("course.plan")},
                            f"{strings.t('course.plan.intro')}\n\n{totals}\n\n" + "\n\n".join(sections) + "\n")
