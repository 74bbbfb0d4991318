"""Translation health: fingerprints, `orientera stamp`, `orientera status`."""
import json
import subprocess
import sys

import pytest
from sitebuilder import SMALL_COURSE, prepare


def orientera(root, *args):
    return subprocess.run([sys.executable, "-m", "orientera.cli", *args], cwd=root,
                          capture_output=True, text=True)


def git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.se",
                        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.se",
                        "PATH": "/usr/bin:/bin", "HOME": str(root)})


@pytest.fixture
def project(tmp_path):
    root = prepare(tmp_path, SMALL_COURSE)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "Course")
    return root


def ar_pages(root):
    result = orientera(root, "status", "--lang", "ar", "--json")
    assert result.returncode == 0, result.stderr
    return {page["base"]: page["state"] for page in json.loads(result.stdout)[0]["pages"]}


def test_overlay_without_fingerprint_is_unverified(project):
    assert ar_pages(project)["docs/demo/rosta.md"] == "unverified"


def test_stamped_overlay_is_current(project):
    result = orientera(project, "stamp", "translations/ar/demo/rosta.md")
    assert result.returncode == 0, result.stderr
    assert ar_pages(project)["docs/demo/rosta.md"] == "current"


def test_changed_base_makes_stamped_overlay_outdated(project):
    orientera(project, "stamp", "translations/ar/demo/rosta.md")
    base = project / "docs/demo/rosta.md"
    base.write_text(base.read_text(encoding="utf-8") + "\nEn ny mening om valet.\n", encoding="utf-8")
    assert ar_pages(project)["docs/demo/rosta.md"] == "outdated"


def test_line_endings_and_trailing_spaces_do_not_outdate(project):
    orientera(project, "stamp", "translations/ar/demo/rosta.md")
    base = project / "docs/demo/rosta.md"
    text = base.read_text(encoding="utf-8")
    base.write_bytes(text.replace("\n", "  \r\n").encode("utf-8"))
    assert ar_pages(project)["docs/demo/rosta.md"] == "current"


def test_missing_pages_are_listed(project):
    assert ar_pages(project)["docs/demo/partier.md"] == "missing"


def test_status_counts_per_language(project):
    result = orientera(project, "status", "--json")
    rows = {row["language"]: row for row in json.loads(result.stdout)}
    assert set(rows) == {"en", "ar", "fa-AF", "so", "ti"}
    ar = rows["ar"]
    assert (ar["base_pages"], ar["translated"], ar["unverified"], ar["missing"], ar["machine"]) == (5, 2, 2, 3, 2)
    assert rows["en"]["human_reviewed"] == 1


def test_fail_under_exits_1_below_the_bar_and_0_above(project):
    below = orientera(project, "status", "--fail-under", "50")
    assert below.returncode == 1
    assert "orientera status: ar has 0.0 % of its pages current, under 50 %" in below.stderr
    assert orientera(project, "status", "--fail-under", "0").returncode == 0


def test_stamp_refuses_a_path_that_is_no_translation(project):
    result = orientera(project, "stamp", "docs/demo/rosta.md")
    assert result.returncode == 1
    assert result.stderr.startswith("docs/demo/rosta.md: not a translation of a page in docs/")


def test_outdated_translation_tells_its_reader_and_links_the_swedish_page(project):
    from htmlq import parse
    from sitebuilder import build
    orientera(project, "stamp", "translations/ar/demo/rosta.md")
    base = project / "docs/demo/rosta.md"
    base.write_text(base.read_text(encoding="utf-8") + "\nEn ny mening om valet.\n", encoding="utf-8")
    git(project, "commit", "-q", "-am", "Ny mening om valet")
    built = build(project)
    assert built.returncode == 0, built.stderr
    notice = parse(built.html("ar/demo/rosta/")).find("aside", class_="orientera-notice--outdated")
    assert notice is not None
    assert notice.find("a").get("href") == "../../../demo/rosta/"
    current = parse(built.html("en/demo/rosta/")).find("aside", class_="orientera-notice--outdated")
    assert current is None   # en was never stamped: unverified is the translator's business


def test_changes_page_lists_changed_module_and_whether_translation_caught_up(project):
    from htmlq import parse
    from sitebuilder import build
    orientera(project, "stamp", "translations/ar/demo/rosta.md")
    base = project / "docs/demo/rosta.md"
    base.write_text(base.read_text(encoding="utf-8") + "\nEn ny mening.\n", encoding="utf-8")
    git(project, "commit", "-q", "-am", "Ny regel om förtidsröstning")
    built = build(project)
    table = parse(built.html("ar/nytt/")).find("table")
    row = [cell.text.strip() for cell in table.find_all("tr")[1].find_all("td")]
    assert row[1:3] == ["التصويت", "Ny regel om förtidsröstning"]


def test_status_page_links_each_page_in_question(small_site):
    from htmlq import parse
    page = parse(small_site.html("oversattningar/"))
    section = page.find("h2", id="so")
    assert section is not None
    links = [a.get("href") for a in page.find_all("a")]
    assert "../so/demo/rosta/" in links        # the page as a Somali reader gets it


def test_status_lists_drifted_heading_ids(project):
    overlay = project / "translations/ar/demo/rosta.md"
    overlay.write_text(overlay.read_text(encoding="utf-8").replace("{#rosta}", "{#tasweet}"), encoding="utf-8")
    result = orientera(project, "status", "--lang", "ar")
    line = next(l for l in result.stdout.splitlines() if "docs/demo/rosta.md" in l)
    assert line == ("unverified  docs/demo/rosta.md  ->  translations/ar/demo/rosta.md"
                    "  (heading ids differ: #rosta, #tasweet)")


def test_translated_page_names_its_method(small_site):
    from htmlq import parse
    import yaml
    from sitebuilder import PROJECT
    strings = yaml.safe_load((PROJECT / "translations/ar/ui.yml").read_text(encoding="utf-8"))["site"]
    line = parse(small_site.html("ar/demo/rosta/")).find("footer", class_="orientera-provenance").text
    assert strings["translation.machine"] in line
