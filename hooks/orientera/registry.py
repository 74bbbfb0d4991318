"""The language registry: `translations/languages.yml` -> Language records.

One entry per language, keyed by the code used in URLs and in the `lang` attribute. The
endonym and the direction come from babel unless the entry overrides them.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import babel

from . import frontmatter
from .findings import Finding, error

# mkdocs-static-i18n 1.3.1 accepts only this shape of code (its config.RE_LOCALE).
I18N_CODE = re.compile(r"^[a-z]{2}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$")
ENTRY_KEYS = {"endonym", "direction", "english", "default"}
DIRECTIONS = {"ltr", "rtl"}


@dataclass(frozen=True)
class Language:
    code: str          # URL segment and lang attribute, e.g. "fa-AF"
    endonym: str       # the language's name in itself, e.g. "دری"
    direction: str     # "ltr" or "rtl"
    english: str       # its English name, for people who run the site
    default: bool = False

    @property
    def babel_code(self) -> str:
        return self.code.replace("-", "_")

    @property
    def url_prefix(self) -> str:
        """Where the language's pages live below the site root: '' or 'ar/'."""
        return "" if self.default else f"{self.code}/"


@dataclass
class Registry:
    languages: list[Language]
    path: str = "translations/languages.yml"

    @property
    def default(self) -> Language:
        return next(lang for lang in self.languages if lang.default)

    @property
    def codes(self) -> list[str]:
        return [lang.code for lang in self.languages]

    @property
    def directions(self) -> dict[str, str]:
        """Code -> "ltr" or "rtl": what a mark of a part's language (`{lang=ar}`) needs."""
        return {lang.code: lang.direction for lang in self.languages}

    def get(self, code: str) -> Language | None:
        return next((lang for lang in self.languages if lang.code == code), None)

    def language_of_path(self, rel: str) -> Language:
        """Which language a built file belongs to: its language's folder, else the default
        (whose pages, and the shared assets, sit at the site root)."""
        first = rel.split("/", 1)[0]
        return next((lang for lang in self.languages if not lang.default and lang.code == first),
                    self.default)

    def closest(self, code: str) -> str | None:
        match = difflib.get_close_matches(code, self.codes, n=1, cutoff=0.4)
        return match[0] if match else None


def _babel_locale(code: str):
    try:
        return babel.Locale.parse(code.replace("-", "_"))
    except (ValueError, babel.UnknownLocaleError):
        return None


def _entry(code, options, line, path) -> tuple[Language | None, list[Finding]]:
    if options is None:
        options = {}
    if not isinstance(options, dict):
        return None, [error(path, line, f"language '{code}': expected a mapping of options "
                                        f"({', '.join(sorted(ENTRY_KEYS))}) or nothing, "
                                        f"got {type(options).__name__}")]
    problems = []
    for key in options:
        if key not in ENTRY_KEYS:
            hint = difflib.get_close_matches(str(key), ENTRY_KEYS, n=1)
            problems.append(error(path, line, f"language '{code}': unknown option '{key}'"
                                              + (f"; did you mean '{hint[0]}'?" if hint else "")))
    if not isinstance(code, str) or not I18N_CODE.match(code):
        problems.append(error(path, line, f"language code '{code}' has a shape the site builder "
                                          "(mkdocs-static-i18n) cannot serve: use a 2-letter ISO 639-1 "
                                          "code with an optional region, like 'so' or 'fa-AF'"))
        return None, problems
    locale = _babel_locale(code)
    if locale is None:
        problems.append(error(path, line, f"language code '{code}' is not a language babel knows; "
                                          "check the spelling (ISO 639-1, like 'so' or 'ti')"))
        return None, problems
    direction = options.get("direction") or (
        "rtl" if locale.character_order == "right-to-left" else "ltr")
    if direction not in DIRECTIONS:
        problems.append(error(path, line, f"language '{code}': direction must be 'ltr' or 'rtl', "
                                          f"not '{direction}'"))
        return None, problems
    endonym = options.get("endonym") or locale.get_display_name(locale)
    english = options.get("english") or locale.get_display_name("en")
    return Language(code, str(endonym), direction, str(english), bool(options.get("default"))), problems


def load(root: Path, rel_path: str = "translations/languages.yml") -> tuple[Registry | None, list[Finding]]:
    path = Path(root) / rel_path
    if not path.exists():
        return None, [error(rel_path, 0, "the language registry is missing; create it with at "
                                         "least the default language ('sv: {default: true}')")]
    raw, node, findings = frontmatter.load_yaml(path.read_text(encoding="utf-8"), rel_path)
    if findings:
        return None, findings
    data = raw.get("languages") if isinstance(raw, dict) else None
    if not isinstance(data, dict) or not data:
        return None, [error(rel_path, 1, "expected a 'languages:' mapping of language codes")]
    languages, problems = [], []
    entry_lines = frontmatter.key_lines(frontmatter.child_node(node, "languages"))
    for code, options in data.items():
        language, found = _entry(code, options, entry_lines.get(str(code), 1), rel_path)
        problems += found
        if language:
            languages.append(language)
    defaults = [lang for lang in languages if lang.default]
    if len(defaults) != 1 and not problems:
        problems.append(error(rel_path, 1, "exactly one language must have 'default: true' "
                                           f"(found {len(defaults)})"))
    return Registry(languages, rel_path), problems
