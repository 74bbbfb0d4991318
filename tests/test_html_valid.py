"""A sample of built pages, one of each kind, passes the Nu HTML Checker with no errors."""
import shutil
import subprocess

import pytest
from sitebuilder import PROJECT

VNU = PROJECT / ".cache/node/node_modules/vnu-jar/build/dist/vnu.jar"
SAMPLE = ["index.html", "ar/index.html", "demo/index.html", "demo/rosta/index.html",
          "ar/demo/rosta/index.html", "so/demo/rosta/index.html", "kursplan/index.html",
          "fa-AF/kursplan/index.html", "oversattningar/index.html", "nytt/index.html", "tillganglighet/index.html", "404.html",
          "ar/404.html"]


def test_sample_pages_have_no_html_errors(small_site):
    if not VNU.exists() or not shutil.which("java"):
        pytest.fail("vnu.jar or java missing: `make test` installs vnu-jar with npm")
    pages = [str(small_site.site / page) for page in SAMPLE]
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "gnu", *pages],
                            capture_output=True, text=True, timeout=300)
    errors = [line.replace(str(small_site.site), "") for line in result.stderr.splitlines() if line.strip()]
    assert errors == []
