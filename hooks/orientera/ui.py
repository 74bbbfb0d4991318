"""Interface strings per language: Material's theme strings and Orientera's own.

`translations/<code>/ui.yml` holds `theme:` (Material's keys) and `site:` (ours). Material's
own translation for the code, where it has one, fills theme keys the file leaves out. Every
registered language must end up with every key: a missing one would show English (or a raw
key) on a Somali page.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from . import frontmatter
from .findings import Finding, error
from .registry import Language, Registry

# Keys the build sets itself, per language.
GENERATED_THEME_KEYS = {"language", "direction", "search.config.lang",
                        "search.config.pipeline", "search.config.separator"}
# Strings of Material features this site does not use (blog, RSS, cookie consent, comments,
# repository links, reading time): they never appear on a page, so they are not required.
UNUSED_THEME_KEYS = ("blog.", "rss.", "consent.", "readtime.", "meta.comments", "meta.source",
                     "source", "action.edit", "action.view", "announce.dismiss")
# Languages whose stemmers ship with MkDocs' lunr (the search index of Material).
LUNR_LANGUAGES = {"ar", "da", "de", "du", "en", "es", "fi", "fr", "hi", "hu", "hy", "it", "ja",
                  "kn", "ko", "nl", "no", "pt", "ro", "ru", "sa", "sv", "ta", "te", "th", "tr",
                  "vi", "zh"}
# Word separators for search: whitespace, hyphens and the Ethiopic wordspace and full stop.
SEARCH_SEPARATOR = "[\\s\\-\u1361\u1362]+"

SITE_KEYS = [
    "site_name", "site_description",
    "fallback.notice", "fallback.start", "machine.notice", "translation.machine",
    "translation.human", "translation.by",
    "translation.reviewed", "switcher.translated", "switcher.not_translated",
    "chooser.heading", "facts.written", "facts.reviewed", "facts.check_source",
    "module.hours", "module.objectives", "module.questions", "module.keywords",
    "module.sources", "area.modules", "course.parts", "course.plan", "course.plan.intro", "course.part",
    "course.lesson", "course.hours", "course.total", "course.subtotal", "course.shared",
    "course.local",
    "outdated.notice", "outdated.link", "notfound.title", "notfound.text", "notfound.home",
    "status.title", "status.intro", "status.language", "status.pages", "status.current",
    "status.outdated", "status.unverified", "status.missing", "status.hours", "status.page",
    "status.state", "status.facts.title", "status.facts.intro", "status.facts.written",
    "status.facts.none", "changes.title", "changes.intro", "changes.date", "changes.lesson",
    "changes.summary", "changes.translation", "changes.caught_up", "changes.behind", "changes.none",
    "gaps.heading", "gaps.untranslated", "gaps.machine", "gaps.findings",
    "offline.heading", "offline.button", "offline.done", "offline.failed", "offline.unsupported",
    "search.folder", "search.online", "search.more", "download.link", "download.text",
]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass
class Strings:
    language: Language
    theme: dict[str, str]
    site: dict[str, str]

    def t(self, key: str, **values) -> str:
        text = self.site[key]
        return PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), text)


def material_strings(code: str, material_dir: Path) -> dict[str, str] | None:
    """Material's own strings for a language, read from its generated partial."""
    path = material_dir / "partials" / "languages" / f"{code}.html"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    start, end = text.index("{{ {") + 3, text.rindex("}[key]")
    return json.loads(text[start:end + 1])


def load(root: Path, registry: Registry, material_dir: Path,
         translations_dir: str = "translations") -> tuple[dict[str, Strings], list[Finding]]:
    english = material_strings("en", material_dir)
    required_theme = [k for k in english if k not in GENERATED_THEME_KEYS
                      and not k.startswith(UNUSED_THEME_KEYS)]
    english_site = _site_template(root, translations_dir)
    result, findings = {}, []
    for language in registry.languages:
        rel = f"{translations_dir}/{language.code}/ui.yml"
        path = Path(root) / rel
        if not path.exists():
            findings.append(error(rel, 0, f"{language.english} ({language.code}) has no UI strings; "
                                          f"copy {translations_dir}/en/ui.yml to {rel} and translate it"))
            continue
        data, node, found = frontmatter.load_yaml(path.read_text(encoding="utf-8"), rel)
        if found:
            findings += found
            continue
        data = data if isinstance(data, dict) else {}
        lines = frontmatter.key_lines(node)
        theme = dict(material_strings(language.code, material_dir) or {})
        theme.update(_section(data, "theme", rel, lines, findings))
        site = _section(data, "site", rel, lines, findings)
        missing_theme = [k for k in required_theme if not theme.get(k)]
        if missing_theme:
            findings.append(error(rel, lines.get("theme", 1),
                                  f"theme strings missing for {language.english}: "
                                  f"{', '.join(missing_theme)}; Material has no {language.code} "
                                  "translation of them, so add them under 'theme:'"))
        missing_site = [k for k in SITE_KEYS if not site.get(k)]
        if missing_site:
            findings.append(error(rel, lines.get("site", 1),
                                  f"site strings missing: {', '.join(missing_site)}; add them under 'site:'"))
        for key, text in site.items():
            expected = set(PLACEHOLDER.findall(english_site.get(key, "")))
            if expected and set(PLACEHOLDER.findall(str(text))) != expected:
                findings.append(error(rel, lines.get("site", 1),
                                      f"site string '{key}' must keep the placeholders "
                                      f"{', '.join('{' + p + '}' for p in sorted(expected))}"))
        theme.update(_generated_theme_keys(language))
        result[language.code] = Strings(language, theme, {k: str(v) for k, v in site.items()})
    return result, findings


def _section(data: dict, name: str, rel: str, lines: dict, findings: list) -> dict:
    section = data.get(name) or {}
    if not isinstance(section, dict):
        findings.append(error(rel, lines.get(name, 1), f"'{name}' must be a mapping of key: text"))
        return {}
    return {str(k): str(v) for k, v in section.items() if v is not None}


def _site_template(root: Path, translations_dir: str) -> dict:
    """English site strings: the reference for placeholders."""
    path = Path(root) / translations_dir / "en" / "ui.yml"
    if not path.exists():
        return {}
    data, _, found = frontmatter.load_yaml(path.read_text(encoding="utf-8"), str(path))
    return (data or {}).get("site") or {} if not found else {}


def _generated_theme_keys(language: Language) -> dict[str, str]:
    base = language.code.split("-")[0]
    return {
        "language": language.code,
        "direction": language.direction,
        "search.config.lang": base if base in LUNR_LANGUAGES else "en",
        "search.config.pipeline": "stopWordFilter" if base in LUNR_LANGUAGES else "",
        "search.config.separator": SEARCH_SEPARATOR,
    }


def theme_partial(strings: Strings) -> str:
    """Material's partials/languages/<code>.html for one language."""
    body = json.dumps(strings.theme, ensure_ascii=False, indent=2)
    return ("{#- Generated by Orientera from translations/" + strings.language.code +
            "/ui.yml and Material's strings: do not edit -#}\n"
            "{% macro t(key) %}{{ " + body + "[key] }}{% endmacro %}\n")
