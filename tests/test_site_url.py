"""One setting per deployment: the site's address comes from ORIENTERA_SITE_URL."""
from htmlq import parse
from sitebuilder import SMALL_COURSE, build_site


def test_site_url_from_environment(small_site):
    canonical = parse(small_site.html("demo/rosta/")).find("link", rel="canonical")
    assert canonical.get("href") == "https://orientera.example.se/kurs/demo/rosta/"


def test_site_url_has_a_local_default(tmp_path):
    built = build_site(tmp_path, SMALL_COURSE, env={"ORIENTERA_SITE_URL": ""})
    assert built.returncode == 0, built.stderr
    canonical = parse(built.html("demo/rosta/")).find("link", rel="canonical")
    assert canonical.get("href").startswith("http")
