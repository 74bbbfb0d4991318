"""Stage the build tree that mkdocs-static-i18n understands (its suffix layout).

docs/x.md stays x.md; translations/ar/x.md becomes x.ar.md with the base's front matter
under the overlay's; translations/ar/img/a.png becomes img/a.ar.png. Writing only what changed
keeps `mkdocs serve` from rebuilding in a loop when it watches the stage.
"""
from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath

from . import frontmatter
from .sources import Overlay, Page, Sources


def suffixed(rel: str, lang: str) -> str:
    path = PurePosixPath(rel)
    return str(path.with_name(f"{path.stem}.{lang}{path.suffix}"))


def source_of(stage_uri: str, codes: list[str]) -> tuple[str, str | None]:
    """The base path and language of a staged file: 'x.ar.md' -> ('x.md', 'ar')."""
    path = PurePosixPath(stage_uri)
    stem, _, lang = path.stem.rpartition(".")
    if stem and lang in codes:
        return str(path.with_name(stem + path.suffix)), lang
    return stage_uri, None


def merged_meta(page: Page, overlay: Overlay) -> dict:
    """The base's front matter with the overlay's keys replacing the base's."""
    meta = dict(page.meta)
    meta.update(overlay.meta)
    return meta


def stage_files(sources: Sources, generated: dict[str, str]) -> dict[str, bytes]:
    """Everything the stage holds, as stage path -> content."""
    files: dict[str, bytes] = {}
    for rel, page in sources.pages.items():
        files[rel] = (sources.root / page.doc.path).read_bytes()
    for (lang, rel), overlay in sources.overlays.items():
        text = frontmatter.dump(merged_meta(sources.pages[rel], overlay), overlay.doc.body)
        files[suffixed(rel, lang)] = text.encode("utf-8")
    for lang, rel, abs_path in sources.assets:
        files[suffixed(rel, lang) if lang else rel] = abs_path.read_bytes()
    for rel, text in generated.items():
        files[rel] = text.encode("utf-8")
    return files


def write_tree(folder: Path, files: dict[str, bytes]) -> None:
    """Make `folder` hold exactly `files`, touching only what differs."""
    folder.mkdir(parents=True, exist_ok=True)
    for rel, content in files.items():
        target = folder / rel
        if target.exists() and target.read_bytes() == content:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    wanted = {folder / rel for rel in files}
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and path not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            shutil.rmtree(path)
