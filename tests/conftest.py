import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from sitebuilder import SMALL_COURSE, build_site  # noqa: E402


@pytest.fixture(scope="session")
def small_site(tmp_path_factory):
    """The small course built once: many tests read its pages."""
    built = build_site(tmp_path_factory.mktemp("small"), SMALL_COURSE,
                       env={"ORIENTERA_SITE_URL": "https://orientera.example.se/kurs/"})
    assert built.returncode == 0, built.stderr
    return built
