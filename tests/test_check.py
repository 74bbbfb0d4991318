"""`orientera check`: one line per problem, `path:line: message`, and an exit code."""
import datetime
import json
import subprocess
import sys

from sitebuilder import SMALL_COURSE, module, prepare


def check(tmp_path, tree, *args):
    root = prepare(tmp_path, tree)
    result = subprocess.run([sys.executable, "-m", "orientera.cli", "check", *args], cwd=root,
                            capture_output=True, text=True)
    lines = [l for l in result.stdout.splitlines() if l.startswith(("docs/", "translations/"))]
    return result, lines


def with_page(path, text):
    return {**SMALL_COURSE, path: text}


def test_clean_course_has_no_findings(tmp_path):
    result, lines = check(tmp_path, SMALL_COURSE)
    assert (result.returncode, lines) == (0, [])
    assert result.stdout.strip().endswith("0 errors, 0 warnings")


def test_broken_link_in_a_translation(tmp_path):
    overlay = SMALL_COURSE["translations/ar/demo/rosta.md"] + "\nانظر [الأحزاب](partiet.md).\n"
    result, lines = check(tmp_path, with_page("translations/ar/demo/rosta.md", overlay))
    assert result.returncode == 1
    assert lines == ["translations/ar/demo/rosta.md:16: link to 'partiet.md': no page "
                     "docs/demo/partiet.md; link to an existing .md file, relative to this one"]


def test_broken_anchor(tmp_path):
    page = SMALL_COURSE["docs/demo/partier.md"] + "\nSe [rösta](rosta.md#rostning).\n"
    result, lines = check(tmp_path, with_page("docs/demo/partier.md", page))
    assert lines == ["docs/demo/partier.md:19: link to 'rosta.md#rostning': docs/demo/rosta.md has no "
                     "heading with id #rostning; give the heading {#rostning} or link to an id it has"]


def test_anchor_to_an_explicit_id_works_from_every_language(tmp_path):
    page = SMALL_COURSE["docs/demo/partier.md"] + "\nSe [rösta](rosta.md#rosta).\n"
    result, lines = check(tmp_path, with_page("docs/demo/partier.md", page))
    assert (result.returncode, lines) == (0, [])


def test_image_without_alt_text_is_a_warning(tmp_path):
    page = SMALL_COURSE["docs/demo/partier.md"] + "\n![](bild.png)\n"
    result, lines = check(tmp_path, {**with_page("docs/demo/partier.md", page), "docs/demo/bild.png": b"\x89PNG"})
    assert result.returncode == 0
    assert lines == ["docs/demo/partier.md:19: warning: image 'bild.png' has no text alternative; "
                     "describe it between the brackets: ![what it shows](...)"]


def test_skipped_heading_level_is_a_warning(tmp_path):
    page = SMALL_COURSE["docs/demo/partier.md"] + "\n#### Detalj\n\nText.\n"
    result, lines = check(tmp_path, with_page("docs/demo/partier.md", page))
    assert lines == ["docs/demo/partier.md:19: warning: heading level 4 follows level 1; "
                     "use ## so no level is skipped"]


def test_vague_link_text_is_a_warning(tmp_path):
    page = SMALL_COURSE["docs/demo/partier.md"] + "\nLäs mer [här](rosta.md).\n"
    result, lines = check(tmp_path, with_page("docs/demo/partier.md", page))
    assert lines == ["docs/demo/partier.md:19: warning: link text 'här' says nothing out of context; "
                     "name where the link goes"]


def test_plain_http_link_is_a_warning(tmp_path):
    page = SMALL_COURSE["docs/demo/partier.md"] + "\nSe [Riksdagen](http://www.riksdagen.se/).\n"
    result, lines = check(tmp_path, with_page("docs/demo/partier.md", page))
    assert lines == ["docs/demo/partier.md:19: warning: link http://www.riksdagen.se/ is not HTTPS; "
                     "use https:// where the site has it"]


def test_figure_that_differs_from_the_base_is_a_warning(tmp_path):
    overlay = SMALL_COURSE["translations/ar/demo/rosta.md"].replace("020-50 50 50", "020-50 50 51")
    result, lines = check(tmp_path, with_page("translations/ar/demo/rosta.md", overlay))
    assert result.returncode == 0
    assert lines == ["translations/ar/demo/rosta.md:6: warning: numbers or addresses not in "
                     "docs/demo/rosta.md: 020-50 50 51; check the translation keeps figures, phone "
                     "numbers and URLs as in the Swedish text"]


def test_figure_joined_to_a_word_is_still_compared(tmp_path):
    # Arabic joins "and" (و) and Amharic "from" (ከ) to the number that follows: "و2030".
    overlay = SMALL_COURSE["translations/ar/demo/rosta.md"].replace("تصوت في مركز الاقتراع.",
                                                                    "تصوت في مركز الاقتراع و2030.")
    result, lines = check(tmp_path, with_page("translations/ar/demo/rosta.md", overlay))
    assert lines == ["translations/ar/demo/rosta.md:6: warning: numbers or addresses not in "
                     "docs/demo/rosta.md: 2030; check the translation keeps figures, phone "
                     "numbers and URLs as in the Swedish text"]


def test_old_written_date_is_a_warning(tmp_path):
    old = (datetime.date.today() - datetime.timedelta(days=400)).isoformat()
    page = SMALL_COURSE["docs/demo/partier.md"].replace("written: 2026-11-01", f"written: {old}")
    result, lines = check(tmp_path, with_page("docs/demo/partier.md", page))
    assert lines == [f"docs/demo/partier.md:15: warning: facts written {old}, over 12 months ago; "
                     "compare them with the sources and update the date (and reviewer) when a person has"]


def test_module_without_sources_is_an_error(tmp_path):
    page = module(id="demo-partier", title="Partier", order=2).replace(
        'sources:\n  - title: "Valmyndigheten: Rösta"\n    url: https://www.val.se/\n', "")
    result, lines = check(tmp_path, with_page("docs/demo/partier.md", page))
    assert result.returncode == 1
    assert lines == ["docs/demo/partier.md:1: front matter lacks 'sources', which every module needs"]


def test_unknown_key_suggests_the_right_one(tmp_path):
    page = SMALL_COURSE["docs/demo/partier.md"].replace("questions:", "qestions:")
    result, lines = check(tmp_path, with_page("docs/demo/partier.md", page))
    assert "docs/demo/partier.md:8: unknown key 'qestions'; did you mean 'questions'?" in lines


def test_json_output_for_tools(tmp_path):
    page = SMALL_COURSE["docs/demo/partier.md"] + "\nSe [Riksdagen](http://www.riksdagen.se/).\n"
    result, _ = check(tmp_path, with_page("docs/demo/partier.md", page), "--json")
    report = json.loads(result.stdout)
    assert (report["errors"], report["warnings"]) == (0, 1)
    assert report["findings"][0] == {"path": "docs/demo/partier.md", "line": 19, "level": "warning",
                                     "message": "link http://www.riksdagen.se/ is not HTTPS; "
                                                "use https:// where the site has it"}


def test_two_pages_with_one_id_is_an_error(tmp_path):
    page = SMALL_COURSE["docs/demo/partier.md"].replace("id: demo-partier", "id: demo-rosta")
    result, lines = check(tmp_path, with_page("docs/demo/partier.md", page))
    assert result.returncode == 1
    assert lines == ["docs/demo/rosta.md:2: id 'demo-rosta' is also the id of docs/demo/partier.md; "
                     "give this page an id of its own"]


def test_an_id_that_disappeared_is_an_error(tmp_path):
    ids = "demo: demo/index.md\ndemo-partier: demo/partier.md\ndemo-rosta: demo/rosta.md\ndemo-gammal: demo/gammal.md\n"
    result, _ = check(tmp_path, {**SMALL_COURSE, "ids.yml": ids})
    assert result.returncode == 1
    assert "ids.yml:4: id 'demo-gammal' (docs/demo/gammal.md) is on no page any more; short links " \
           "to it would break. Give the page that replaces it this id" in result.stdout


def test_ids_update_records_new_ids(tmp_path):
    root = prepare(tmp_path, SMALL_COURSE)
    result = subprocess.run([sys.executable, "-m", "orientera.cli", "ids", "--update"], cwd=root,
                            capture_output=True, text=True)
    assert result.stdout.strip() == "ids.yml: 3 new ids recorded: demo, demo-partier, demo-rosta"
    assert "demo-rosta: demo/rosta.md" in (root / "ids.yml").read_text(encoding="utf-8")


def test_lix_lists_every_module_and_marks_those_above_45(tmp_path):
    long_sentences = ("Arbetsförmedlingens handläggare kontrollerar regelbundet arbetssökandes "
                      "aktivitetsrapporter tillsammans med försäkringskassans utbetalningsunderlag "
                      "och kommunernas vuxenutbildningsplaneringar. ") * 12
    tree = with_page("docs/demo/partier.md", module(id="demo-partier", title="Partier", order=2,
                                                     hours=1.5, body=long_sentences))
    root = prepare(tmp_path, tree)
    result = subprocess.run([sys.executable, "-m", "orientera.cli", "lix"], cwd=root,
                            capture_output=True, text=True)
    lines = result.stdout.splitlines()
    assert result.returncode == 0
    assert lines[1].endswith("docs/demo/partier.md  above 45")
    assert lines[2].endswith("docs/demo/rosta.md")
    assert lines[-1] == "2 modules, 1 above LIX 45"


OUTLINE = "outline:\n  - minutes: 60\n    activity: \"Samtal.\"\n  - minutes: {second}\n    activity: \"Övning.\"\n"


def test_outline_that_does_not_fill_the_hours_is_a_warning(tmp_path):
    page = SMALL_COURSE["docs/demo/rosta.md"].replace("written: 2026-11-01\n",
                                                      "written: 2026-11-01\n" + OUTLINE.format(second=40))
    result, lines = check(tmp_path, with_page("docs/demo/rosta.md", page))
    assert result.returncode == 0
    assert lines == ["docs/demo/rosta.md:16: warning: the outline adds up to 100 minutes, but hours: 2 "
                     "is 120 minutes; make the two agree"]


def test_translated_outline_keeps_the_swedish_minutes(tmp_path):
    page = SMALL_COURSE["docs/demo/rosta.md"].replace("written: 2026-11-01\n",
                                                      "written: 2026-11-01\n" + OUTLINE.format(second=60))
    overlay = SMALL_COURSE["translations/ar/demo/rosta.md"].replace(
        "translation:", "outline:\n  - minutes: 90\n    activity: \"نقاش.\"\ntranslation:", 1)
    result, lines = check(tmp_path, {**with_page("docs/demo/rosta.md", page),
                                     "translations/ar/demo/rosta.md": overlay})
    assert lines == ["translations/ar/demo/rosta.md:3: warning: the outline's minutes (90) differ from "
                     "docs/demo/rosta.md (60, 60); keep the Swedish timings and translate the activities"]


def test_translated_section_shorter_than_the_swedish_is_a_warning(tmp_path):
    # The Swedish gained a paragraph; the Arabic was stamped but never got it.
    base = SMALL_COURSE["docs/demo/rosta.md"].replace(
        "Du röstar i en vallokal.\n", "Du röstar i en vallokal.\n\nTa med id-kort.\n")
    result, lines = check(tmp_path, with_page("docs/demo/rosta.md", base))
    assert lines == ["translations/ar/demo/rosta.md:8: warning: section #rosta has 1 paragraphs or lists "
                     "here and 2 in docs/demo/rosta.md; part of the Swedish text may be missing from "
                     "the translation",
                     "translations/en/demo/rosta.md:11: warning: section #rosta has 1 paragraphs or lists "
                     "here and 2 in docs/demo/rosta.md; part of the Swedish text may be missing from "
                     "the translation",
                     "translations/fa-AF/demo/rosta.md:7: warning: section #rosta has 1 paragraphs or "
                     "lists here and 2 in docs/demo/rosta.md; part of the Swedish text may be missing "
                     "from the translation"]


def test_heading_id_the_template_uses_is_an_error(tmp_path):
    # A module's discussion questions are the template's #fragor: a second one would clash.
    page = SMALL_COURSE["docs/demo/partier.md"] + "\n## Frågor att ställa {#fragor}\n\nVad vill partiet?\n"
    result, lines = check(tmp_path, with_page("docs/demo/partier.md", page))
    assert result.returncode == 1
    assert lines == ["docs/demo/partier.md:19: heading id #fragor is given by the page template to its "
                     "own heading; choose another id, for example #fragor-1"]
