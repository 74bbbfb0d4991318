"""The only file MkDocs loads: each event hands its data to one function of the core.

MkDocs runs one build per language (mkdocs-static-i18n re-runs the build for each); the
site is read, checked and staged once per configuration, then reused for every language.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import material
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority

from orientera import context as page_context
from orientera import (course, download, findings, html, offline, reports, sanitize, search, security, sitemap,
                       staging, translation)
from orientera import site as site_model
from orientera.markup import CourseMarkup

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"
_sites: dict[int, site_model.Site] = {}


def _site(config) -> site_model.Site:
    return _sites[id(config)]


def _current_language(config) -> str:
    return config.plugins["i18n"].current_language


@event_priority(100)  # before mkdocs-static-i18n (-100) reads its language list
def on_config(config):
    if id(config) in _sites:
        return config
    root = Path(config.config_file_path).parent
    try:
        site = site_model.load(root, MATERIAL_TEMPLATES)
    except findings.BuildStopped as stop:
        site_findings = stop.findings
        site = None
    else:
        site_findings = site.findings
    findings.report(site_findings, sys.stderr)
    if site is None or not site.ok:
        raise Abort(f"Build stopped: {findings.summary(site_findings)} (see the lines above).")
    # An empty ORIENTERA_SITE_URL means "not set": hreflang and sitemaps need an address.
    config.site_url = config.site_url or DEFAULT_SITE_URL
    site.site_url = config.site_url
    # Without directory URLs the build is the copy read from a folder (mkdocs build
    # --no-directory-urls, as `orientera build` makes for the teachers' zips).
    site.directory_urls = config.use_directory_urls
    site.downloads = download.sizes(os.environ.get(download.ENV))
    docs_dir, theme_dir = site.stage(root / ".cache" / "stage")
    config.docs_dir = str(docs_dir)
    config.theme.dirs.insert(0, str(theme_dir))
    config.markdown_extensions.append(CourseMarkup(site.registry.directions))
    _configure_i18n(config.plugins["i18n"], site, os.environ.get("ORIENTERA_ONLY_LANGUAGE"))
    # static-i18n recomputes every file's alternates in every language build (quadratic in the
    # number of languages: 14 s of a 13-language build). Nothing here reads them: the switcher,
    # hreflang and the sitemap come from the core. So that bookkeeping is switched off.
    config.plugins["i18n"].reconfigure_files_alternates = lambda *args, **kwargs: None
    _sites[id(config)] = site
    return config


def _configure_i18n(plugin, site, only: str | None) -> None:
    """mkdocs-static-i18n's language list, from the registry (the one place languages live)."""
    from mkdocs_static_i18n.config import I18nPluginLanguage

    entries = []
    for language in site.registry.languages:
        strings = site.strings[language.code].site
        entry = I18nPluginLanguage()
        entry.load_dict({
            "locale": language.code, "name": language.endonym,
            "default": language.default if not only else language.code == only,
            "build": not only or language.code == only,
            "site_name": strings["site_name"], "site_description": strings["site_description"],
        })
        entry.validate()
        entries.append(entry)
    plugin.config.languages = entries


def on_nav(nav, config, files):
    site = _site(config)
    _order_nav(nav.items, site, _current_language(config))
    return nav


def _order_nav(items, site, code: str) -> None:
    """Areas and modules in course order; a section is titled by its start page."""
    def rel_of(item):
        if getattr(item, "file", None):
            return staging.source_of(item.file.src_uri, site.registry.codes)[0]
        index = next((c for c in item.children or [] if getattr(c, "is_index", False)), None)
        return rel_of(index) if index else ""
    items.sort(key=lambda item: site.nav_key(rel_of(item)))
    for item in items:
        if getattr(item, "children", None):
            _order_nav(item.children, site, code)
            index = rel_of(item)
            if index in site.sources.pages:
                item.title = course.title_in(site, index, code)[0]


def _source(page, config) -> tuple[str, str]:
    """(base path, language being built) of a page."""
    site = _site(config)
    rel, _ = staging.source_of(page.file.src_uri, site.registry.codes)
    return rel, _current_language(config)


def on_page_markdown(markdown, page, config, files):
    site = _site(config)
    rel, code = _source(page, config)
    if not site.is_translated(rel, code):
        page.meta["search"] = {"exclude": True}   # fallback copies stay out of search
    if rel == reports.ACCESSIBILITY:
        markdown += reports.gaps_markdown(site, code, translation.status(site.sources, site.registry),
                                          site.findings)
    return markdown + course.area_listing(site, rel, code) + course.home_listing(site, rel, code)


def on_page_content(html_text, page, config, files):
    """A translation's HTML comes from translators: clean it before it is published."""
    site = _site(config)
    rel, lang = staging.source_of(page.file.src_uri, site.registry.codes)
    return sanitize.clean(html_text) if (lang, rel) in site.sources.overlays else html_text


_serving = False


def on_startup(command, dirty):
    # `mkdocs serve` injects an inline live-reload script that the policy would block.
    global _serving
    _serving = command == "serve"


def on_page_context(context, page, config, nav):
    rel, code = _source(page, config)
    context["orientera"] = page_context.page_context(_site(config), code, rel, config.site_url or "/")
    context["orientera_csp"] = "" if _serving else security.CSP
    return context


def on_template_context(context, template_name, config):
    site = _site(config)
    context["orientera_csp"] = "" if _serving else security.CSP
    if template_name == "sitemap.xml":
        context["orientera_sitemap"] = sitemap.sitemap_xml(site, config.site_url)
    elif template_name == "404.html":
        context["orientera_404"] = page_context.not_found(site, _current_language(config), config.site_url)
    return context


def on_post_template(output, template_name, config):
    """Each language build renders 404.html: the default language's stays at the site root,
    every other language's goes to <lang>/404.html (an empty output is not written)."""
    if template_name != "404.html":
        return output
    language = _site(config).registry.get(_current_language(config))
    page = html.tidy(output, language.direction)   # static templates skip on_post_page
    if language.default:
        return page
    target = Path(config.site_dir) / language.code / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    return ""


def on_post_page(output, page, config):
    site = _site(config)
    language = site.registry.get(_current_language(config))
    output = html.tidy(output, language.direction)
    base = site.registry.default
    if language.default:
        return output
    return html.mark_untranslated_titles(output, page.url, site.untranslated_urls(language.code),
                                         f'lang="{base.code}" dir="{base.direction}"')


@event_priority(-200)   # after mkdocs-static-i18n (-100) has built every other language
def on_post_build(config):
    """Once every language is built: the per-language search index."""
    if config.plugins["i18n"].building:
        return   # a language built inside the outer build: not the end yet
    site = _site(config)
    if site.folder_copy:
        return   # read from a folder: no server headers, no search index, no service worker
    download.publish(os.environ.get(download.ENV), Path(config.site_dir))
    counts = search.write(Path(config.site_dir))
    (Path(config.site_dir) / "_headers").write_text(security.headers_file(), encoding="utf-8")
    offline.write(Path(config.site_dir), site.registry)
    print("orientera: search index: " + ", ".join(f"{lang} {n}" for lang, n in sorted(counts.items())),
          file=sys.stderr)
