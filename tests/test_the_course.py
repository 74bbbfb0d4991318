"""The course itself meets the standard it promises: the eight parts of the official course
(Förordning 2010:1138, as changed by SFS 2019:1310) and Arbetsliv på orten, at least 100 hours,
every module sourced, dated, readable and tied to working life, and the translations each
language is promised. These read the project's own docs/ and translations/, not a test tree."""
from pathlib import Path

import pytest
from sitebuilder import PROJECT

from orientera import course
from orientera import site as site_model
from orientera.checks import readability

AREAS = ["att-komma-till-sverige", "att-bo-i-sverige", "att-forsorja-sig-och-utvecklas",
         "individens-rattigheter-och-skyldigheter", "att-bilda-familj-och-leva-med-barn",
         "att-paverka-i-sverige", "att-varda-sin-halsa", "att-aldras-i-sverige", "arbetsliv-pa-orten"]
# Languages whose readers get the first two areas' modules, not only the start pages.
FIRST_LANGUAGES = ["ar", "fa-AF", "so", "ti", "uk"]
FIRST_AREAS = ["att-komma-till-sverige", "att-forsorja-sig-och-utvecklas"]
MIN_WORDS, MAX_WORDS = 500, 1200


@pytest.fixture(scope="module")
def the_course():
    import material
    site = site_model.load(PROJECT, Path(material.__file__).parent / "templates")
    assert not [f for f in site.findings if f.level == "error"]
    return site


def modules(site):
    return [page for page in site.sources.pages.values() if page.kind == "module"]


def start_pages(site):
    return ["index.md"] + [f"{area.folder}/index.md" for area in site.areas]


def test_the_nine_areas_come_in_the_official_order(the_course):
    assert [area.folder for area in the_course.areas] == AREAS


def test_every_area_has_at_least_four_modules(the_course):
    assert {area.folder: len(area.modules) for area in the_course.areas if len(area.modules) < 4} == {}
    assert len(modules(the_course)) >= 36


def test_the_course_plan_reaches_60_plus_40_hours(the_course):
    shared = sum(area.hours for area in the_course.areas if not area.local)
    local = sum(area.hours for area in the_course.areas if area.local)
    assert shared >= 60 and local >= 40 and shared + local >= 100


def test_every_module_names_its_sources_and_when_its_facts_were_written(the_course):
    lacking = [page.rel for page in modules(the_course)
               if not page.meta.get("sources") or not page.meta.get("written")]
    assert lacking == []
    for page in modules(the_course):
        assert all(str(source["url"]).startswith("https://") for source in page.meta["sources"]), page.rel


def test_no_module_claims_a_review_without_a_reviewer_and_a_date(the_course):
    half = [page.rel for page in modules(the_course)
            if bool(page.meta.get("reviewed")) != bool(page.meta.get("reviewer"))]
    assert half == []


def test_every_module_says_what_it_means_at_work(the_course):
    assert [page.rel for page in modules(the_course)
            if "{#i-arbetslivet}" not in page.doc.body] == []


def test_every_local_module_has_tasks_in_the_participants_town(the_course):
    local = next(area for area in the_course.areas if area.local)
    assert [page.rel for page in local.modules if "{#pa-orten}" not in page.doc.body] == []


def test_every_module_is_plain_swedish_of_500_to_1200_words(the_course):
    measured = {page.rel: (readability.word_count(page.doc.body), readability.lix(page.doc.body))
                for page in modules(the_course)}
    assert {rel: words for rel, (words, _) in measured.items()
            if not MIN_WORDS <= words <= MAX_WORDS} == {}
    assert {rel: round(lix) for rel, (_, lix) in measured.items() if lix > readability.TARGET} == {}


def test_english_has_the_whole_course(the_course):
    missing = [rel for rel in the_course.sources.pages if the_course.sources.overlay("en", rel) is None]
    assert missing == []


@pytest.mark.parametrize("code", FIRST_LANGUAGES)
def test_first_languages_have_start_pages_and_the_first_areas_modules(the_course, code):
    wanted = start_pages(the_course) + [page.rel for page in modules(the_course) if page.area in FIRST_AREAS]
    assert [rel for rel in wanted if the_course.sources.overlay(code, rel) is None] == []


def test_every_language_has_the_start_page_and_every_areas_start_page(the_course):
    missing = [f"{language.code}: {rel}" for language in the_course.registry.languages
               if not language.default for rel in start_pages(the_course)
               if the_course.sources.overlay(language.code, rel) is None]
    assert missing == []


def test_every_translation_says_how_it_was_made(the_course):
    unsaid = [overlay.doc.path for overlay in the_course.sources.overlays.values()
              if overlay.translation.get("method") not in ("machine", "human")]
    assert unsaid == []
