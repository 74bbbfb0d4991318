"""The teachers' download: one zip per language, read from a folder without a server."""
import re
import zipfile
from pathlib import Path

import pytest
from htmlq import parse
from sitebuilder import SMALL_COURSE, build_site

SITE_URL = "https://orientera.example.se/kurs/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    result = build_site(tmp_path_factory.mktemp("download"), SMALL_COURSE,
                        env={"ORIENTERA_SITE_URL": SITE_URL}, downloads=True)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def arabic_copy(built, tmp_path_factory):
    """The Arabic zip, unpacked as a teacher would."""
    folder = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(built.site / "download" / "orientera-ar.zip") as archive:
        archive.extractall(folder)
    return folder / "orientera-ar"


def test_every_language_gets_a_zip(built):
    names = sorted(p.name for p in (built.site / "download").glob("*.zip"))
    assert names == [f"orientera-{code}.zip" for code in sorted(["sv", "en", "ar", "fa-AF", "so", "ti"])]


def test_zip_holds_its_language_and_the_swedish_pages_and_nothing_a_folder_cannot_use(arabic_copy):
    files = {p.relative_to(arabic_copy).as_posix() for p in arabic_copy.rglob("*") if p.is_file()}
    assert {"start.html", "ar/index.html", "ar/demo/rosta.html", "index.html", "demo/rosta.html",
            "assets/stylesheets/orientera.css"} <= files
    assert not [f for f in files if f.startswith(("en/", "so/", "pagefind/", "offline/"))]
    assert not [f for f in files if f.endswith(("sw.js", "404.html", "_headers"))]
    assert not [f for f in files if f.startswith("assets/javascripts/") and "orientera-" not in f]


def test_start_file_opens_the_language_start_page(arabic_copy):
    start = parse((arabic_copy / "start.html").read_text(encoding="utf-8"))
    assert start.find("html").get("lang") == "ar" and start.find("html").get("dir") == "rtl"
    assert start.find("a").get("href") == "ar/index.html"


def _local_links(page: Path):
    html = page.read_text(encoding="utf-8")
    for href in re.findall(r'(?:href|src)="([^"#]+)', html):
        if not re.match(r"^[a-z][a-z0-9+.-]*:", href):
            yield href


def test_every_link_inside_the_copy_names_a_file_that_is_there(arabic_copy):
    broken = []
    for page in arabic_copy.rglob("*.html"):
        for href in _local_links(page):
            target = (page.parent / href.split("?")[0]).resolve()
            if not target.is_file():
                broken.append(f"{page.relative_to(arabic_copy)} -> {href}")
    assert broken == []


def test_other_languages_are_offered_on_the_website(arabic_copy):
    page = parse((arabic_copy / "ar/demo/rosta.html").read_text(encoding="utf-8"))
    links = {a.get("hreflang"): a.get("href") for a in page.find_all("a") if a.get("hreflang")}
    assert links["sv"] == "../../demo/rosta.html"
    assert links["en"] == SITE_URL + "en/demo/rosta/"


def test_search_page_says_search_needs_the_website(arabic_copy):
    page = parse((arabic_copy / "ar/sok.html").read_text(encoding="utf-8"))
    text = page.find("article").text
    assert "البحث لا يعمل عندما تُفتح الدورة من مجلد" in text
    assert page.find("a", href=SITE_URL + "ar/sok/") is not None
    assert page.find("form") is None


def test_copy_has_no_keep_offline_button(arabic_copy):
    assert "orientera-offline" not in (arabic_copy / "ar/index.html").read_text(encoding="utf-8")


def test_canonical_address_is_the_website_page(arabic_copy):
    page = parse((arabic_copy / "ar/demo/rosta.html").read_text(encoding="utf-8"))
    assert page.find("link", rel="canonical").get("href") == SITE_URL + "ar/demo/rosta/"


def test_website_start_page_offers_the_zip_with_its_size_in_the_reader_language(built):
    page = parse(built.html("ar/"))
    link = page.find("a", href="../download/orientera-ar.zip")
    size = (built.site / "download" / "orientera-ar.zip").stat().st_size / 1e6
    assert link is not None
    assert link.text == f"نزّل الدورة بالعربية والسويدية ({size:.1f} ميغابايت، zip)".replace(".", "٫") \
        or link.text == f"نزّل الدورة بالعربية والسويدية ({size:.1f} ميغابايت، zip)"


def test_build_without_downloads_offers_none(small_site):
    assert "orientera-download" not in small_site.html("ar/")
    assert not (small_site.site / "download").exists()
