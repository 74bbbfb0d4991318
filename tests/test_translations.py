"""Overlays: translated text and front matter over the Swedish base, and what readers are told."""
import yaml
from htmlq import parse
from sitebuilder import PROJECT


def site_strings(code):
    return yaml.safe_load((PROJECT / f"translations/{code}/ui.yml").read_text(encoding="utf-8"))["site"]


def test_overlay_title_replaces_base_title(small_site):
    page = parse(small_site.html("ar/demo/rosta/"))
    assert page.find("h1").text == "التصويت"


def test_machine_translation_notice_in_readers_language(small_site):
    page = parse(small_site.html("ar/demo/rosta/"))
    notice = page.find("aside", class_="orientera-notice--machine")
    assert notice.text.strip() == site_strings("ar")["machine.notice"]


def test_reviewed_human_translation_has_no_machine_notice_and_names_reviewer(small_site):
    page = parse(small_site.html("en/demo/rosta/"))
    assert page.find("aside", class_="orientera-notice--machine") is None
    line = page.find("footer", class_="orientera-provenance").text
    assert "Ada Lind" in line and "Bo Berg" in line


def test_hours_come_from_the_base_page(small_site):
    """The area page lists modules with the base's hours, in the reader's language."""
    listing = parse(small_site.html("ar/demo/")).find("h2", id="lektioner").parent
    hours = site_strings("ar")["module.hours"].replace("{hours}", "1.5")
    assert hours in listing.text


def test_untranslated_module_title_is_marked_swedish_in_listing(small_site):
    listing = parse(small_site.html("ar/demo/")).find("h2", id="lektioner").parent
    link = next(a for a in listing.find_all("a") if a.get("href") == "partier/")
    assert link.find("span", lang="sv").get("dir") == "ltr"
