"""The language switcher, the start page's chooser, and hreflang."""
from htmlq import parse


def switcher_links(built, url):
    return parse(built.html(url)).find("ul", class_="md-select__list").find_all("a")


def test_switcher_lists_every_language_by_endonym_with_lang_and_dir(small_site):
    links = switcher_links(small_site, "ar/demo/rosta/")
    assert [(a.get("lang"), a.get("dir")) for a in links] == [
        ("sv", "ltr"), ("en", "ltr"), ("ar", "rtl"), ("fa-AF", "rtl"), ("so", "ltr"), ("ti", "ltr")]
    names = [a.text.split("(")[0].strip() for a in links]
    assert names == ["svenska", "English", "العربية", "دری", "Soomaali", "ትግርኛ"]


def test_switcher_stays_on_the_page(small_site):
    hrefs = {a.get("lang"): a.get("href") for a in switcher_links(small_site, "ar/demo/rosta/")}
    assert hrefs["sv"] == "../../../demo/rosta/"
    assert hrefs["so"] == "../../../so/demo/rosta/"
    assert hrefs["ar"] == "./"


def test_switcher_shows_which_languages_have_a_translation(small_site):
    links = {a.get("lang"): a for a in switcher_links(small_site, "ar/demo/rosta/")}
    assert "orientera-untranslated" not in links["en"].get("class")
    assert "orientera-untranslated" in links["so"].get("class")
    assert links["ar"].get("aria-current") == "page"


def test_hreflang_lists_only_real_translations_with_absolute_urls(small_site):
    page = parse(small_site.html("ar/demo/rosta/"))
    alternates = {l.get("hreflang"): l.get("href") for l in page.find_all("link", rel="alternate")}
    assert alternates == {
        "sv": "https://orientera.example.se/kurs/demo/rosta/",
        "en": "https://orientera.example.se/kurs/en/demo/rosta/",
        "ar": "https://orientera.example.se/kurs/ar/demo/rosta/",
        "fa-AF": "https://orientera.example.se/kurs/fa-AF/demo/rosta/",
        "x-default": "https://orientera.example.se/kurs/demo/rosta/",
    }


def test_root_page_greets_with_a_language_chooser(small_site):
    chooser = parse(small_site.html("/")).find("nav", class_="orientera-chooser")
    links = chooser.find_all("a")
    assert [a.get("href") for a in links] == ["./", "en/", "ar/", "fa-AF/", "so/", "ti/"]
    assert links[2].get("lang") == "ar" and links[2].get("dir") == "rtl"
    assert links[2].text == "العربية"


def test_sitemap_lists_real_translations_only(small_site):
    sitemap = (small_site.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://orientera.example.se/kurs/ar/demo/rosta/</loc>" in sitemap
    assert "/so/demo/rosta/" not in sitemap
    assert 'hreflang="x-default" href="https://orientera.example.se/kurs/demo/rosta/"' in sitemap
