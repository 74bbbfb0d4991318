"""Language of parts, phone numbers and numbers in right-to-left text."""
from htmlq import parse


def test_swedish_term_in_arabic_is_marked_swedish(small_site):
    article = parse(small_site.html("ar/demo/rosta/")).find("article")
    term = article.find("span", lang="sv")
    assert (term.text, term.get("dir")) == ("personnummer", "ltr")


def test_phone_number_is_an_isolated_tel_link(small_site):
    link = parse(small_site.html("ar/demo/rosta/")).find("a", class_="tel")
    assert (link.get("href"), link.get("dir"), link.text) == ("tel:+4620505050", "ltr", "020-50 50 50")


def test_explicit_heading_id_is_kept_in_every_language(small_site):
    for url in ("demo/rosta/", "ar/demo/rosta/", "en/demo/rosta/", "so/demo/rosta/"):
        assert parse(small_site.html(url)).find("h2", id="rosta") is not None, url


def test_heading_without_explicit_id_gets_a_readable_id(small_site):
    headings = parse(small_site.html("ar/demo/rosta/")).find_all("h2")
    heading = next(h for h in headings if h.text.strip() == "بعد الانتخابات")
    assert heading.get("id") == "بعد-الانتخابات"


def test_swedish_term_in_a_translated_objective_is_marked_swedish(tmp_path):
    from sitebuilder import SMALL_COURSE, build_site
    overlay = SMALL_COURSE["translations/ar/demo/rosta.md"].replace(
        "translation:", "objectives:\n  - تعرف ما هو [röstkort]{lang=sv}.\n"
        "questions:\n  - هل يمكن كتابة <b>نص</b> هنا؟ اتصل [020-50 50 50]{tel}.\ntranslation:", 1)
    built = build_site(tmp_path, {**SMALL_COURSE, "translations/ar/demo/rosta.md": overlay})
    assert built.returncode == 0, built.stderr
    page = parse(built.html("ar/demo/rosta/"))
    term = page.find("section", class_="orientera-module-intro").find("span", lang="sv")
    assert (term.text, term.get("dir")) == ("röstkort", "ltr")
    question = page.find("h2", id="fragor").parent.find_all("li")
    assert any("<b>نص</b>" in li.text for li in question)           # shown as text, not markup
    assert page.find("h2", id="fragor").parent.find("b") is None
    assert any(a.get("href") == "tel:+4620505050" for li in question for a in li.find_all("a"))


def test_a_mark_the_build_cannot_read_is_a_warning(tmp_path):
    import subprocess
    import sys
    from sitebuilder import SMALL_COURSE, prepare
    overlay = SMALL_COURSE["translations/ar/demo/rosta.md"].replace(
        "تصوت في مركز الاقتراع.", "تصوت في [مركز\nالاقتراع]{lang=sv} مع [valsedel]{lang=sv].")
    root = prepare(tmp_path, {**SMALL_COURSE, "translations/ar/demo/rosta.md": overlay})
    result = subprocess.run([sys.executable, "-m", "orientera.cli", "check"], cwd=root,
                            capture_output=True, text=True)
    lines = [l for l in result.stdout.splitlines() if l.startswith("translations/")]
    assert result.returncode == 0
    assert sorted(lines) == [
        "translations/ar/demo/rosta.md:11: warning: ']{lang=sv]' is not a mark the build can read: "
        "write [term]{lang=sv} or [number]{tel}; as it is, readers see the brackets",
        "translations/ar/demo/rosta.md:11: warning: ']{lang=sv}' is not a mark the build can read: "
        "the marked text must be on one line, between [ and ], without brackets inside; "
        "as it is, readers see the brackets"]
