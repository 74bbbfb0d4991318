"""sitemap.xml: every real page in every language, with hreflang alternates for the languages
that have a translation of it (fallback copies are neither listed nor advertised)."""
from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from . import urls


def sitemap_xml(site, site_url: str) -> str:
    pages = sorted(set(site.sources.pages) | set(site.generated_pages_rels()))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    base = site.registry.default
    for rel in pages:
        translated = [lang for lang in site.registry.languages if site.is_translated(rel, lang.code)]
        links = [(lang.code, urls.absolute(site_url, urls.page_url(rel, lang))) for lang in translated]
        links.append(("x-default", urls.absolute(site_url, urls.page_url(rel, base))))
        for _, href in links[:-1]:
            out.append("  <url>")
            out.append(f"    <loc>{escape(href)}</loc>")
            for code, alternate in links:
                out.append(f'    <xhtml:link rel="alternate" hreflang={quoteattr(code)} href={quoteattr(alternate)}/>')
            out.append("  </url>")
    out.append("</urlset>")
    return "\n".join(out) + "\n"
