"""Where each page of each language is served.

Served sites use directory URLs ('x/'); a copy opened from a folder (file://) has no server
to find 'x/index.html', so it links the files themselves ('x.html')."""
from __future__ import annotations

import posixpath
from pathlib import PurePosixPath

from .registry import Language


def page_path(rel: str, directory_urls: bool = True) -> str:
    """'x.md' -> 'x/', 'a/index.md' -> 'a/', 'index.md' -> '';
    without directory URLs: 'x.html', 'a/index.html', 'index.html'."""
    path = PurePosixPath(rel)
    if not directory_urls:
        return str(path.with_name("index.html" if path.name == "README.md" else path.name)
                   .with_suffix(".html"))
    if path.name in ("index.md", "README.md"):
        parent = str(path.parent)
        return "" if parent == "." else parent + "/"
    return str(path.with_suffix("")) + "/"


def page_url(rel: str, language: Language, directory_urls: bool = True) -> str:
    """The page's path below the site root, e.g. 'ar/att-bo-i-sverige/hyra/'."""
    return language.url_prefix + page_path(rel, directory_urls)


def relative(from_url: str, to_url: str) -> str:
    """A link from the page at `from_url` to `to_url`, both below the site root."""
    start = "/" + from_url.rsplit("/", 1)[0] if "/" in from_url else "/"
    link = posixpath.relpath("/" + to_url, start)
    if to_url.endswith("/") or to_url == "":
        link = link.rstrip("/") + "/" if link != "." else "./"
    return link


def absolute(site_url: str, url: str) -> str:
    return site_url.rstrip("/") + "/" + url
