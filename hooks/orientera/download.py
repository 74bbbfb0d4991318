"""The teachers' download: one zip per language of a build made to be read from a folder.

Opened from a folder (file://) there is no server: links must name files ('x.html'), and a
browser lets no page fetch a search index or register a service worker. So `orientera build`
first builds the site without directory URLs, packs each language with the Swedish pages
(the base every translation links to) into `orientera-<code>.zip`, and the website build
links each start page to its zip, with its size.
"""
from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from .registry import Registry

ENV = "ORIENTERA_DOWNLOADS"     # the folder holding the zips, set by `orientera build`
FOLDER = "download"             # where they are published on the website
START = "start.html"


def zip_name(code: str) -> str:
    return f"orientera-{code}.zip"


# What a folder never uses: the server's error page, sitemaps, the service worker, and
# Material's own scripts and search (no page loads them; ours are orientera-*.js).
UNUSED = re.compile(r"(^|/)(404\.html|sitemap\.xml(\.gz)?|sw\.js)$"
                    r"|^assets/javascripts/(?!orientera-)")


def files_for(root: Path, registry: Registry, code: str) -> list[Path]:
    """Every file of the folder copy a reader of `code` needs: that language's pages, the
    Swedish pages and the shared assets."""
    keep = {code, registry.default.code}
    files = []
    for path in sorted(Path(root).rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and not UNUSED.search(rel) and registry.language_of_path(rel).code in keep:
            files.append(path)
    return files


def start_page(registry: Registry, code: str) -> str:
    """start.html at the top of the zip: opens the language's start page."""
    language = registry.get(code)
    target = language.url_prefix + "index.html"
    return (f'<!doctype html>\n<html lang="{language.code}" dir="{language.direction}">\n'
            f'<head><meta charset="utf-8"><title>Orientera</title>\n'
            f'<meta http-equiv="refresh" content="0; url={target}"></head>\n'
            f'<body><p><a href="{target}">Orientera: {language.endonym}</a></p></body>\n</html>\n')


def write_zips(root: Path, registry: Registry, out_dir: Path) -> dict[str, Path]:
    """Pack the folder copy at `root` into one zip per language in `out_dir`."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for language in registry.languages:
        top = Path(zip_name(language.code)).stem        # unzips into one folder, named like the file
        path = out_dir / zip_name(language.code)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            archive.writestr(f"{top}/{START}", start_page(registry, language.code))
            for file in files_for(root, registry, language.code):
                archive.write(file, f"{top}/{file.relative_to(root).as_posix()}")
        written[language.code] = path
    return written


def sizes(folder: str | None) -> dict[str, int]:
    """Bytes of each language's zip in `folder` (none when the build makes no downloads)."""
    if not folder or not Path(folder).is_dir():
        return {}
    return {path.name[len("orientera-"):-len(".zip")]: path.stat().st_size
            for path in Path(folder).glob(zip_name("*"))}


def publish(folder: str | None, site_dir: Path) -> None:
    """Copy the zips into the built website, where start pages link to them."""
    if not folder or not Path(folder).is_dir():
        return
    target = Path(site_dir) / FOLDER
    target.mkdir(parents=True, exist_ok=True)
    for path in Path(folder).glob(zip_name("*")):
        shutil.copy2(path, target / path.name)


def link(code: str) -> str:
    """The zip's path below the site root."""
    return f"{FOLDER}/{zip_name(code)}"

