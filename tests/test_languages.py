"""Every page says which language it is in and which way it reads."""
import yaml
from htmlq import parse
from sitebuilder import PROJECT


def html_root(built, url):
    return parse(built.html(url)).find("html")


def test_swedish_start_page_is_swedish_left_to_right(small_site):
    root = html_root(small_site, "/")
    assert (root.get("lang"), root.get("dir")) == ("sv", "ltr")


def test_arabic_page_is_arabic_right_to_left(small_site):
    root = html_root(small_site, "ar/demo/rosta/")
    assert (root.get("lang"), root.get("dir")) == ("ar", "rtl")
    assert parse(small_site.html("ar/demo/rosta/")).find("body").get("dir") == "rtl"


def test_dari_page_uses_its_regional_code(small_site):
    root = html_root(small_site, "fa-AF/demo/rosta/")
    assert (root.get("lang"), root.get("dir")) == ("fa-AF", "rtl")


def test_tigrinya_page_is_left_to_right(small_site):
    root = html_root(small_site, "ti/demo/")
    assert (root.get("lang"), root.get("dir")) == ("ti", "ltr")


def test_theme_strings_are_in_the_readers_language(small_site):
    """No English theme text on a Somali page: the skip link and the search box speak Somali."""
    strings = yaml.safe_load((PROJECT / "translations/so/ui.yml").read_text(encoding="utf-8"))["theme"]
    page = parse(small_site.html("so/demo/rosta/"))
    assert page.find("a", class_="md-skip").text.strip() == strings["action.skip"]
    assert page.find("a", class_="orientera-search-link").get("aria-label") == strings["search"]
    for english in ("Skip to content", "Back to top", "Table of contents"):
        assert english not in small_site.html("so/demo/rosta/")


def test_language_data_files_are_not_published(small_site):
    assert not list(small_site.site.rglob("ui.yml"))
    assert not list(small_site.site.rglob("languages.yml"))


def test_each_language_has_its_own_not_found_page(small_site):
    strings = {code: yaml.safe_load((PROJECT / f"translations/{code}/ui.yml").read_text(encoding="utf-8"))["site"]
               for code in ("sv", "ar")}
    root_404 = parse((small_site.site / "404.html").read_text(encoding="utf-8"))
    assert root_404.find("html").get("lang") == "sv"
    assert root_404.find("h1").text == strings["sv"]["notfound.title"]
    ar_404 = parse((small_site.site / "ar/404.html").read_text(encoding="utf-8"))
    assert (ar_404.find("html").get("lang"), ar_404.find("html").get("dir")) == ("ar", "rtl")
    assert ar_404.find("h1").text == strings["ar"]["notfound.title"]
