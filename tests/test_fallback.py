"""A page without a translation is served honestly: Swedish, marked as Swedish, and said so."""
import json

import yaml
from htmlq import parse
from sitebuilder import PROJECT


def somali_strings():
    return yaml.safe_load((PROJECT / "translations/so/ui.yml").read_text(encoding="utf-8"))["site"]


def test_fallback_text_is_marked_swedish(small_site):
    page = parse(small_site.html("so/demo/rosta/"))
    wrapper = page.find("div", class_="orientera-fallback")
    assert (wrapper.get("lang"), wrapper.get("dir")) == ("sv", "ltr")
    assert "Du röstar i en vallokal." in wrapper.text


def test_fallback_notice_in_readers_language_links_to_language_start(small_site):
    page = parse(small_site.html("so/demo/rosta/"))
    notice = page.find("aside", class_="orientera-notice--fallback")
    expected = somali_strings()["fallback.notice"].replace("{language}", "Soomaali")
    assert expected in notice.text
    assert notice.find("a").get("href") == "../../"
    # The notice is outside the Swedish wrapper: it is read in Somali.
    assert not any(a.get("lang") == "sv" for a in notice.ancestors())


def test_fallback_copies_stay_out_of_search(small_site):
    """Only real text is marked for the index; each language gets its own index."""
    assert "data-pagefind-body" in small_site.html("ar/demo/rosta/")
    assert "data-pagefind-body" not in small_site.html("so/demo/rosta/")
    entry = json.loads((small_site.site / "pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    # Somali has no translated page: only the course plan, generated in every language.
    assert entry["languages"]["so"]["page_count"] == 1
    assert entry["languages"]["ar"]["page_count"] == 3   # start page, module, course plan


def test_fallback_copies_are_not_advertised_as_translations(small_site):
    page = parse(small_site.html("so/demo/rosta/"))
    assert page.find_all("link", rel="alternate", hreflang=True) == []
    assert page.find("meta", name="robots").get("content") == "noindex"


def test_translated_page_has_no_fallback_wrapper(small_site):
    page = parse(small_site.html("ar/demo/rosta/"))
    assert page.find("div", class_="orientera-fallback") is None
    assert page.find("aside", class_="orientera-notice--fallback") is None


def test_menu_titles_of_untranslated_pages_are_marked_swedish(small_site):
    page = parse(small_site.html("ar/demo/rosta/"))
    nav_link = next(a for a in page.find_all("a", class_="md-nav__link") if a.get("href") == "../partier/")
    title = nav_link.find("span", class_="md-ellipsis")
    assert (title.get("lang"), title.get("dir")) == ("sv", "ltr")
    translated = next(a for a in page.find_all("a", class_="md-nav__link") if a.get("href") == "./")
    assert translated.find("span", class_="md-ellipsis").get("lang") is None
