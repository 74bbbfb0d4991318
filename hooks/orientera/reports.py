"""Pages the build writes in every language from the sources: the translation status and
"Nytt och ändrat" (what changed). Markdown, so MkDocs checks their links like any page's."""
from __future__ import annotations

from . import frontmatter, translation
from .course import marked_title, unreviewed

STATUS = "oversattningar.md"
CHANGES = "nytt.md"
# The accessibility statement: written by people, with its known gaps derived from the checks.
ACCESSIBILITY = "tillganglighet.md"


def status_markdown(site, code: str, languages: list) -> str:
    t = site.strings[code].t
    here = site.registry.get(code)
    rows = [f"| {t('status.language')} | {t('status.pages')} | {t('status.current')} | "
            f"{t('status.outdated')} | {t('status.unverified')} | {t('status.missing')} | {t('status.hours')} |",
            "|---|--:|--:|--:|--:|--:|--:|"]
    details = []
    for entry in languages:
        language = site.registry.get(entry.code)
        name = f'<span lang="{language.code}" dir="{language.direction}">{language.endonym}</span>'
        rows.append(f"| [{name}](#{entry.code.lower()}) | {len(entry.pages)} | {entry.count(translation.CURRENT)} | "
                    f"{entry.count(translation.OUTDATED)} | {entry.count(translation.UNVERIFIED)} | "
                    f"{entry.count(translation.MISSING)} | {entry.hours_current_share:.0f} % |")
        details.append(f"\n## {name} {{#{entry.code.lower()}}}\n")
        details.append(f"| {t('status.page')} | {t('status.state')} |\n|---|---|")
        for page in entry.pages:
            if page.state == translation.CURRENT:
                continue
            rel = page.base[len("docs/"):]
            # The page as readers of that language get it (a fallback copy where missing).
            href = site.link(site.url(STATUS, here), rel, language, code)
            details.append(f'| <a href="{href}">{marked_title(site, rel, code)}</a> | {t("status." + page.state)} |')
    return frontmatter.dump({"title": t("status.title")}, t("status.intro") + "\n\n" + "\n".join(rows)
                            + "\n" + "\n".join(details) + "\n" + _unreviewed_section(site, code))


def _unreviewed_section(site, code: str) -> str:
    """The modules whose facts no person has checked, with the date they were written."""
    t = site.strings[code].t
    lines = ["", f"## {t('status.facts.title')} {{#fakta}}", ""]
    modules = unreviewed(site.sources)
    if not modules:
        return "\n".join(lines + [t("status.facts.none")]) + "\n"
    lines += [t("status.facts.intro"), "", f"| {t('status.page')} | {t('status.facts.written')} |", "|---|---|"]
    for module in modules:
        written = module.meta.get("written")
        lines.append(f"| [{marked_title(site, module.rel, code)}]({module.rel}) | "
                     f"{written.isoformat() if hasattr(written, 'isoformat') else ''} |")
    return "\n".join(lines) + "\n"


def changes_markdown(site, code: str, changed: list) -> str:
    t = site.strings[code].t
    language = site.registry.get(code)
    out = [t("changes.intro"), ""]
    head = {"title": t("changes.title")}
    pages = [c for c in changed if c.rel in site.sources.pages and site.sources.pages[c.rel].kind == "module"]
    if not pages:
        return frontmatter.dump(head, "\n".join(out + [t("changes.none")]) + "\n")
    header = f"| {t('changes.date')} | {t('changes.lesson')} | {t('changes.summary')} |"
    if not language.default:
        header += f" {t('changes.translation', language=language.endonym)} |"
    out += [header, "|---|---|---|" + ("---|" if not language.default else "")]
    for change in pages:
        row = (f"| {change.date.isoformat()} | [{marked_title(site, change.rel, code)}]({change.rel}) | "
               f'<span lang="{site.registry.default.code}">{change.summary}</span> |')
        if not language.default:
            state = translation.state_of(site.sources, code, change.rel)
            row += f" {t('changes.caught_up') if state == translation.CURRENT else t('changes.behind')} |"
        out.append(row)
    return frontmatter.dump(head, "\n".join(out) + "\n")


def gaps_markdown(site, code: str, languages: list, findings: list) -> str:
    """Known gaps, derived: untranslated and unchecked pages per language, open check warnings."""
    t = site.strings[code].t
    lines = ["", "", f"## {t('gaps.heading')} {{#brister-fran-kontroller}}", ""]
    for entry in languages:
        language = site.registry.get(entry.code)
        name = f'<span lang="{language.code}" dir="{language.direction}">{language.endonym}</span>'
        missing = entry.count(translation.MISSING)
        if missing:
            lines.append("- " + t("gaps.untranslated", language=name, count=missing, total=len(entry.pages)))
        if entry.machine:
            lines.append("- " + t("gaps.machine", language=name, count=entry.machine))
    warnings = [f for f in findings if f.level == "warning"]
    if warnings:
        lines.append("- " + t("gaps.findings", count=len(warnings)))
    return "\n".join(lines) + "\n"
