"""Translation health: which version of the Swedish page a translation follows.

An overlay records `translation.source`, a short fingerprint of the base page's translatable
content (body, title, description, objectives, questions) as it was when the translation was
brought up to date. Line endings and trailing spaces do not change it.
"""
from __future__ import annotations

import datetime
import hashlib
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .sources import Page, Sources

CURRENT, OUTDATED, UNVERIFIED, MISSING = "current", "outdated", "unverified", "missing"
TRANSLATED_KEYS = ("title", "description", "objectives", "questions")


def normalise(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def fingerprint(page: Page) -> str:
    parts = [normalise(page.doc.body)]
    for key in TRANSLATED_KEYS:
        if key in page.meta:
            parts.append(f"{key}={page.meta[key]!r}")
    return hashlib.sha256("\n\x00".join(parts).encode("utf-8")).hexdigest()[:12]


@dataclass
class PageState:
    base: str                      # docs/<rel>
    overlay: str                   # translations/<lang>/<rel>
    state: str
    method: str | None = None
    reviewed: bool = False
    hours: float = 0
    drifted_ids: list[str] = field(default_factory=list)   # base heading ids missing here

    def as_dict(self) -> dict:
        return {"base": self.base, "overlay": self.overlay, "state": self.state,
                "method": self.method, "reviewed": self.reviewed, "drifted_ids": self.drifted_ids}


@dataclass
class LanguageStatus:
    code: str
    name: str
    pages: list[PageState] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for p in self.pages if p.state == state)

    @property
    def translated(self) -> int:
        return sum(1 for p in self.pages if p.state != MISSING)

    @property
    def machine(self) -> int:
        return sum(1 for p in self.pages if p.method == "machine" and not p.reviewed)

    @property
    def reviewed(self) -> int:
        return sum(1 for p in self.pages if p.reviewed)

    @property
    def current_share(self) -> float:
        return 100.0 * self.count(CURRENT) / len(self.pages) if self.pages else 100.0

    @property
    def hours_current_share(self) -> float:
        total = sum(p.hours for p in self.pages)
        current = sum(p.hours for p in self.pages if p.state == CURRENT)
        return 100.0 * current / total if total else 100.0

    def as_dict(self) -> dict:
        return {"language": self.code, "name": self.name, "base_pages": len(self.pages),
                "translated": self.translated, "current": self.count(CURRENT),
                "outdated": self.count(OUTDATED), "unverified": self.count(UNVERIFIED),
                "missing": self.count(MISSING), "machine": self.machine,
                "human_reviewed": self.reviewed,
                "current_percent": round(self.current_share, 1),
                "hours_current_percent": round(self.hours_current_share, 1),
                "pages": [p.as_dict() for p in self.pages]}


def state_of(sources: Sources, lang: str, rel: str) -> str:
    overlay = sources.overlay(lang, rel)
    if overlay is None:
        return MISSING
    recorded = overlay.translation.get("source")
    if not recorded:
        return UNVERIFIED
    return CURRENT if str(recorded) == fingerprint(sources.pages[rel]) else OUTDATED


def drifted_ids(sources: Sources, lang: str, rel: str) -> list[str]:
    """Explicit heading ids of the base page that the translation lacks or changed."""
    from .checks.heading_ids import explicit_ids
    overlay = sources.overlay(lang, rel)
    if overlay is None:
        return []
    base = set(explicit_ids(sources.pages[rel].doc.body, 1))
    here = set(explicit_ids(overlay.doc.body, 1))
    return sorted(base ^ here)


def status(sources: Sources, registry, translations_dir: str = "translations") -> list[LanguageStatus]:
    from .course import module_hours
    result = []
    for language in registry.languages:
        if language.default:
            continue
        entry = LanguageStatus(language.code, language.english)
        for rel, page in sorted(sources.pages.items()):
            overlay = sources.overlay(language.code, rel)
            translation = overlay.translation if overlay else {}
            entry.pages.append(PageState(
                f"docs/{rel}", f"{translations_dir}/{language.code}/{rel}",
                state_of(sources, language.code, rel), translation.get("method"),
                bool(translation.get("reviewer") and translation.get("reviewed")),
                module_hours(page), drifted_ids(sources, language.code, rel)))
        result.append(entry)
    return result


def last_changed(root: Path, path: str) -> datetime.date | None:
    """When a file last changed: its last commit in git, else its modification time."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%cs", "--", path], cwd=root,
                             capture_output=True, text=True, timeout=20)
        if out.returncode == 0 and out.stdout.strip():
            return datetime.date.fromisoformat(out.stdout.strip())
    except (OSError, subprocess.SubprocessError, ValueError):
        pass
    file = Path(root) / path
    return datetime.date.fromtimestamp(file.stat().st_mtime) if file.exists() else None


@dataclass
class Change:
    date: datetime.date
    rel: str              # base path below docs/
    summary: str          # the commit's subject line


def changes(root: Path, docs_dir: str = "docs", days: int = 183) -> list[Change]:
    """Base pages changed in the last `days`, newest first, one entry per page (its latest
    change), from git history. Outside git: none."""
    since = (datetime.date.today() - datetime.timedelta(days=days)).isoformat()
    try:
        out = subprocess.run(["git", "log", f"--since={since}", "--format=\x01%cs\x02%s",
                              "--name-only", "--", docs_dir], cwd=root, capture_output=True,
                             text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return []
    if out.returncode != 0:
        return []
    found: dict[str, Change] = {}
    for block in out.stdout.split("\x01")[1:]:
        head, _, names = block.partition("\n")
        date, _, subject = head.partition("\x02")
        for name in names.split("\n"):
            name = name.strip()
            if name.startswith(docs_dir + "/") and name.endswith(".md"):
                rel = name[len(docs_dir) + 1:]
                if rel not in found and (Path(root) / name).exists():
                    found[rel] = Change(datetime.date.fromisoformat(date), rel, subject.strip())
    return sorted(found.values(), key=lambda c: (c.date, c.rel), reverse=True)
