"""Bad input stops the build with one clear line, `path:line: what is wrong, and what to do`."""
from sitebuilder import SMALL_COURSE, LANGUAGES, build, build_site, prepare


def tree(**changes):
    result = dict(SMALL_COURSE)
    for key, value in changes.items():
        path = key.replace("__", "/").replace("_DOT_", ".")
        if value is None:
            result.pop(path, None)
        else:
            result[path] = value
    return result


def test_unknown_language_folder(tmp_path):
    built = build_site(tmp_path, {**SMALL_COURSE, "translations/som/index.md": "# Soo dhowow\n"})
    assert built.returncode != 0
    assert built.error_lines == [
        "translations/som/: 'som' is not a registered language; did you mean 'so'? "
        "Rename the folder or add 'som' to translations/languages.yml"]


def test_overlay_whose_base_page_is_gone(tmp_path):
    built = build_site(tmp_path, {**SMALL_COURSE, "translations/ar/demo/rostning.md": "# نص\n"})
    assert built.returncode != 0
    assert built.error_lines == [
        "translations/ar/demo/rostning.md:1: translates docs/demo/rostning.md, which does not exist; "
        "did you mean docs/demo/rosta.md? If the page moved, move this file to "
        "translations/ar/demo/rosta.md"]


def test_registry_code_babel_does_not_know(tmp_path):
    built = build_site(tmp_path, SMALL_COURSE, languages=LANGUAGES + "  xx: {}\n")
    assert built.returncode != 0
    assert "translations/languages.yml:8: language code 'xx' is not a language babel knows; " \
           "check the spelling (ISO 639-1, like 'so' or 'ti')" in built.stderr


def test_registry_code_the_site_builder_cannot_serve(tmp_path):
    built = build_site(tmp_path, SMALL_COURSE, languages=LANGUAGES + "  ckb: {}\n")
    assert built.returncode != 0
    assert "translations/languages.yml:8: language code 'ckb' has a shape the site builder " \
           "(mkdocs-static-i18n) cannot serve" in built.stderr


def test_front_matter_of_the_wrong_type(tmp_path):
    bad = SMALL_COURSE["docs/demo/partier.md"].replace("hours: 1.5", "hours: många")
    built = build_site(tmp_path, {**SMALL_COURSE, "docs/demo/partier.md": bad})
    assert built.returncode != 0
    assert built.error_lines == ["docs/demo/partier.md:5: 'hours': expected a positive number of hours, got 'många'"]


def test_overlay_setting_a_key_that_comes_from_the_base(tmp_path):
    bad = "---\ntitle: Parties\nhours: 3\ntranslation: {method: machine}\n---\nText.\n"
    built = build_site(tmp_path, {**SMALL_COURSE, "translations/en/demo/partier.md": bad})
    assert built.error_lines == ["translations/en/demo/partier.md:3: 'hours' comes from the Swedish "
                                 "base page; remove it from the translation"]


def test_invalid_yaml_names_the_line(tmp_path):
    bad = "---\ntitle: Parties\ntranslation:\n  method: machine\n   translator: x\n---\nText.\n"
    built = build_site(tmp_path, {**SMALL_COURSE, "translations/en/demo/partier.md": bad})
    assert built.returncode != 0
    assert len(built.error_lines) == 1
    assert built.error_lines[0].startswith("translations/en/demo/partier.md:5: front matter is not valid YAML")


def test_no_traceback_for_bad_input(tmp_path):
    built = build_site(tmp_path, {**SMALL_COURSE, "translations/som/index.md": "x"})
    assert "Traceback" not in built.stderr


def test_broken_internal_link_stops_the_build(tmp_path):
    page = SMALL_COURSE["docs/demo/partier.md"] + "\nSe [valet](saknas.md).\n"
    built = build_site(tmp_path, {**SMALL_COURSE, "docs/demo/partier.md": page})
    assert built.returncode != 0
    assert "saknas.md" in built.stderr


def test_failed_build_leaves_the_previous_site(tmp_path):
    root = prepare(tmp_path, SMALL_COURSE)
    assert build(root).returncode == 0
    before = (root / "site/index.html").read_text(encoding="utf-8")
    (root / "translations/som").mkdir()
    (root / "translations/som/index.md").write_text("x", encoding="utf-8")
    failed = build(root)
    assert failed.returncode != 0
    assert (root / "site/index.html").read_text(encoding="utf-8") == before
    assert "site/ was left as it was" in failed.stderr


def test_drifted_heading_id_is_a_warning_and_the_build_goes_on(tmp_path):
    drifted = SMALL_COURSE["translations/ar/demo/rosta.md"].replace("{#rosta}", "")
    built = build_site(tmp_path, {**SMALL_COURSE, "translations/ar/demo/rosta.md": drifted})
    assert built.returncode == 0, built.stderr
    assert "translations/ar/demo/rosta.md:6: warning: heading id #rosta of docs/demo/rosta.md " \
           "missing here; links to them will not work in this language. " \
           "Add {#id} to the translated headings" in built.stderr


def test_script_in_a_translation_is_removed_and_reported(tmp_path):
    overlay = SMALL_COURSE["translations/ar/demo/rosta.md"] + \
        '\n<script>alert("x")</script>\n\n<span lang="sv" dir="ltr">Skatteverket</span> و <a href="javascript:alert(1)" onclick="x()">رابط</a>\n'
    built = build_site(tmp_path, {**SMALL_COURSE, "translations/ar/demo/rosta.md": overlay})
    assert built.returncode == 0, built.stderr
    html = built.html("ar/demo/rosta/")
    article = html[html.index("<article"):html.index("</article>")]
    assert "<script" not in article and "onclick" not in article and "javascript:" not in article
    assert '<span lang="sv" dir="ltr">Skatteverket</span>' in article
    assert "translations/ar/demo/rosta.md:16: warning: raw HTML <script> is not allowed: the " \
           "sanitizer removes it from the published page; use Markdown instead" in built.stderr
    assert "translations/ar/demo/rosta.md:18: warning: raw HTML attribute onclick on <a> is not allowed" in built.stderr


def test_empty_page_is_refused_with_what_to_add(tmp_path):
    built = build_site(tmp_path, {**SMALL_COURSE, "docs/demo/tom.md": ""})
    assert built.returncode != 0
    assert "docs/demo/tom.md:1: front matter lacks 'id', which every module needs" in built.error_lines


def test_empty_overlay_is_refused(tmp_path):
    built = build_site(tmp_path, {**SMALL_COURSE, "translations/en/demo/partier.md": ""})
    assert built.returncode != 0
    assert built.error_lines == ["translations/en/demo/partier.md:1: the translation is empty; "
                                 "translate the Swedish page or remove the file"]


def test_file_name_with_spaces_and_swedish_letters(tmp_path):
    """Served, but a person is told the address will be awkward to share."""
    page = SMALL_COURSE["docs/demo/partier.md"].replace("demo-partier", "demo-val-2")
    built = build_site(tmp_path, {**SMALL_COURSE, "docs/demo/Röstning och val.md": page})
    assert built.returncode == 0, built.stderr
    assert "docs/demo/Röstning och val.md:1: warning: file name has spaces, capitals or letters " \
           "outside a-z; its address is hard to type and share: rename it to " \
           "'rostning-och-val.md'" in built.stderr
    assert (built.site / "demo/Röstning och val/index.html").exists()


def test_five_megabyte_page_builds(tmp_path):
    paragraph = "Det här är en mening om att rösta i valet. " * 20 + "\n\n"
    body = paragraph * (5 * 1024 * 1024 // len(paragraph.encode("utf-8")))
    page = SMALL_COURSE["docs/demo/partier.md"].replace("Sverige har många partier.\n", body)
    built = build_site(tmp_path, {**SMALL_COURSE, "docs/demo/partier.md": page})
    assert built.returncode == 0, built.stderr[-2000:]
    assert (built.site / "demo/partier/index.html").stat().st_size > 5 * 1024 * 1024
