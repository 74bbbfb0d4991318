"""Offline reading: one manifest per language listing what a phone must keep to read that
language's course without a network (its pages, the shared styles and scripts, and its search
index), with the total size the reader is told before saving."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .registry import Registry
from .search import OUTPUT as SEARCH

FOLDER = "offline"
SHARED = ("assets/stylesheets/", "assets/javascripts/orientera-", "assets/images/favicon")


def _search_files(root: Path, code: str) -> list[Path]:
    key = code.lower()
    folder = root / SEARCH
    wasm = folder / f"wasm.{key}.pagefind"
    files = [folder / "pagefind.js", folder / "pagefind-entry.json",
             wasm if wasm.exists() else folder / "wasm.unknown.pagefind"]
    files += sorted(folder.glob(f"pagefind.{key}_*.pf_meta"))
    files += sorted((folder / "index").glob(f"{key}_*.pf_index"))
    files += sorted((folder / "fragment").glob(f"{key}_*.pf_fragment"))
    return [f for f in files if f.exists()]


def language_files(root: Path, registry: Registry, code: str) -> list[Path]:
    pages = []
    for path in sorted(root.rglob("index.html")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith((SEARCH + "/", FOLDER + "/")):
            continue
        if registry.language_of_path(rel).code == code:
            pages.append(path)
    shared = [p for p in sorted(root.rglob("*")) if p.is_file()
              and p.relative_to(root).as_posix().startswith(SHARED)]
    return pages + shared + _search_files(root, code)


def url_of(root: Path, path: Path) -> str:
    rel = path.relative_to(root).as_posix()
    return rel[:-len("index.html")] if rel.endswith("index.html") else rel


def write(root: Path, registry: Registry) -> dict[str, int]:
    """Write offline/<code>.json for every language; return bytes per language."""
    root = Path(root)
    (root / FOLDER).mkdir(exist_ok=True)
    sizes = {}
    for language in registry.languages:
        files = language_files(root, registry, language.code)
        digest = hashlib.sha256()
        for path in files:
            digest.update(path.read_bytes())
        sizes[language.code] = sum(p.stat().st_size for p in files)
        manifest = {"language": language.code, "cache": f"orientera-{language.code}-{digest.hexdigest()[:10]}",
                    "bytes": sizes[language.code], "urls": [url_of(root, p) or "./" for p in files]}
        (root / FOLDER / f"{language.code}.json").write_text(json.dumps(manifest), encoding="utf-8")
    return sizes
