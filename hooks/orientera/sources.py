"""Read the course's sources: the Swedish base in `docs/` and the overlays in `translations/`.

Every page keeps the path a person edits (`docs/...`, `translations/ar/...`) for findings.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from . import frontmatter, schema
from .findings import Finding, error, warning
from .frontmatter import Document
from .registry import Registry

# Files in translations/<lang>/ that hold the language's own data and are never pages.
LANGUAGE_DATA = {"ui.yml", "glossary.yml"}
REGISTRY_FILE = "languages.yml"


@dataclass
class Page:
    rel: str                 # path below docs/, posix: "att-bo-i-sverige/hyra.md"
    doc: Document
    kind: str                # "page", "area" or "module"

    @property
    def area(self) -> str | None:
        parts = PurePosixPath(self.rel).parts
        return parts[0] if len(parts) > 1 else None

    @property
    def meta(self) -> dict:
        return self.doc.meta


@dataclass
class Overlay:
    lang: str
    rel: str
    doc: Document

    @property
    def meta(self) -> dict:
        return self.doc.meta

    @property
    def translation(self) -> dict:
        value = self.doc.meta.get("translation")
        return value if isinstance(value, dict) else {}


@dataclass
class Sources:
    root: Path
    pages: dict[str, Page] = field(default_factory=dict)             # rel -> Page
    overlays: dict[tuple[str, str], Overlay] = field(default_factory=dict)  # (lang, rel)
    assets: list[tuple[str | None, str, Path]] = field(default_factory=list)  # (lang, rel, abs)

    def overlay(self, lang: str, rel: str) -> Overlay | None:
        return self.overlays.get((lang, rel))

    def translated(self, rel: str) -> set[str]:
        return {lang for (lang, r) in self.overlays if r == rel}


def page_kind(rel: str, area_folders: set[str]) -> str:
    parts = PurePosixPath(rel).parts
    if len(parts) >= 2 and parts[0] in area_folders:
        return "area" if parts[1:] == ("index.md",) else "module"
    return "page"


def _files(folder: Path):
    return sorted(p for p in folder.rglob("*") if p.is_file() and not any(
        part.startswith(".") for part in p.relative_to(folder).parts))


def read(root: Path, registry: Registry, docs_dir="docs", translations_dir="translations") -> tuple[Sources, list[Finding]]:
    root = Path(root)
    sources, findings = Sources(root), []
    docs = root / docs_dir
    if not docs.is_dir():
        return sources, [error(docs_dir, 0, "the Swedish base folder is missing; create it with an index.md")]
    area_folders = {p.name for p in docs.iterdir() if p.is_dir() and (p / "index.md").exists()}
    for path in _files(docs):
        rel = path.relative_to(docs).as_posix()
        if path.suffix != ".md":
            sources.assets.append((None, rel, path))
            continue
        doc, found = frontmatter.read(path, f"{docs_dir}/{rel}")
        findings += found + _name_findings(f"{docs_dir}/{rel}", rel)
        kind = page_kind(rel, area_folders)
        if not found:
            findings += schema.validate(doc, kind)
        sources.pages[rel] = Page(rel, doc, kind)
    findings += _read_overlays(root / translations_dir, translations_dir, registry, sources)
    return sources, findings


def _read_overlays(folder: Path, shown: str, registry: Registry, sources: Sources) -> list[Finding]:
    findings = []
    if not folder.is_dir():
        return findings
    for lang_dir in sorted(folder.iterdir()):
        if not lang_dir.is_dir():
            if lang_dir.name != REGISTRY_FILE:
                findings.append(error(f"{shown}/{lang_dir.name}", 0,
                                      "only language folders and languages.yml belong in translations/; "
                                      "move this file into a language folder or remove it"))
            continue
        lang = lang_dir.name
        if lang not in registry.codes:
            hint = registry.closest(lang)
            findings.append(error(f"{shown}/{lang}/", 0,
                                  f"'{lang}' is not a registered language"
                                  + (f"; did you mean '{hint}'?" if hint else "")
                                  + f" Rename the folder or add '{lang}' to {registry.path}"))
            continue
        is_default = registry.get(lang).default
        for path in _files(lang_dir):
            rel = path.relative_to(lang_dir).as_posix()
            shown_path = f"{shown}/{lang}/{rel}"
            if rel in LANGUAGE_DATA:
                continue
            if is_default:
                findings.append(error(shown_path, 0, f"'{lang}' is the default language: its pages "
                                                     f"and files live in docs/{rel}, not in translations/"))
                continue
            if path.suffix != ".md":
                sources.assets.append((lang, rel, path))
                continue
            doc, found = frontmatter.read(path, shown_path)
            if rel not in sources.pages:
                findings.append(_orphan(shown_path, f"{shown}/{lang}/", rel, sources))
                continue
            if not doc.body.strip() and not found:
                findings.append(error(shown_path, 1, "the translation is empty; translate the "
                                                     "Swedish page or remove the file"))
                continue
            findings += found or schema.validate(doc, "overlay")
            sources.overlays[(lang, rel)] = Overlay(lang, rel, doc)
    return findings


SHAREABLE_NAME = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+)?$")


def _name_findings(shown: str, rel: str) -> list[Finding]:
    """Addresses come from file names: spaces and letters outside a-z make them hard to share."""
    name = PurePosixPath(rel).name
    if SHAREABLE_NAME.match(name):
        return []
    suggestion = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    suggestion = re.sub(r"[^a-z0-9.]+", "-", suggestion).strip("-")
    return [warning(shown, 1, "file name has spaces, capitals or letters outside a-z; its address "
                              f"is hard to type and share: rename it to '{suggestion}'")]


def _orphan(shown_path: str, lang_folder: str, rel: str, sources: Sources) -> Finding:
    hint = difflib.get_close_matches(rel, list(sources.pages), n=1, cutoff=0.3)
    return error(shown_path, 1, f"translates docs/{rel}, which does not exist"
                 + (f"; did you mean docs/{hint[0]}? If the page moved, move this file to "
                    f"{lang_folder}{hint[0]}" if hint else
                    "; remove the file or restore its Swedish page"))
