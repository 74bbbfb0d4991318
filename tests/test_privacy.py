"""The built site asks no other host for anything: no fonts, scripts, styles, images or frames."""
import re

ASSET_ATTRS = re.compile(r'<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?'
                         r'\b(src|href|data|srcset)="([^"]+)"', re.IGNORECASE)


def external_requests(html: str) -> list[str]:
    found = []
    for tag, attr, value in ASSET_ATTRS.findall(html):
        if tag.lower() == "link" and re.search(r'rel="(alternate|canonical)"', html[html.find(value) - 200:html.find(value)]):
            continue   # hreflang and canonical name addresses; browsers fetch nothing there
        if re.match(r"^(https?:)?//", value):
            found.append(f"<{tag} {attr}={value}>")
    return found


def test_no_page_loads_anything_from_another_host(small_site):
    offenders = {}
    for page in small_site.site.rglob("*.html"):
        found = external_requests(page.read_text(encoding="utf-8"))
        if found:
            offenders[str(page.relative_to(small_site.site))] = found
    assert offenders == {}


def test_stylesheets_import_nothing_from_another_host(small_site):
    for css in small_site.site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert not re.search(r"@import\s+url\(\s*['\"]?https?://", text), css
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, css


def test_built_site_has_a_headers_file_with_the_policy(small_site):
    headers = (small_site.site / "_headers").read_text(encoding="utf-8")
    assert headers.startswith("/*\n")
    assert "  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';" in headers
    assert "frame-ancestors 'none'" in headers


def test_no_page_has_an_inline_script(small_site):
    for page in small_site.site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        inline = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", html)
        assert inline == [], page
