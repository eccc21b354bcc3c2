"""After a deploy the portal never reads what the old code kept: every key of the shared cache holds a hash of
the portal's own sources (``core.code_version``). Before, a kept page of the register (rows of the old shape)
broke the register with a 500 until the next edit, and kept answers showed the old templates."""

import sys
from pathlib import Path

import pytest
from django.conf import settings

from core import code_version as fingerprint
from core.response_cache import kept

pytestmark = pytest.mark.django_db


def test_the_fingerprint_covers_the_portals_own_sources():
    sources = {str(path.relative_to(settings.PROJECT_DIR)) for path in fingerprint._sources()}
    for expected in (
        "requirements.txt", "site/templates/base.html", "site/templates/includes/card.html", "site/core/formatting.py",
        "resolutions/views.py", "members/templates/members/member_index_page.html", "home/models/home_page.py",
        "locale/en/LC_MESSAGES/django.po", "site/static/css/portal.css",
    ):
        assert expected in sources
    assert not any(path.is_relative_to(Path(sys.prefix)) for path in fingerprint._sources())  # not the packages
    assert not any("/migrations/" in source for source in sources)  # they change no answer


@pytest.fixture
def another_release(monkeypatch, tmp_path):
    """The same portal with one source file more, as a deploy would bring."""
    changed = tmp_path / "new_template.html"
    changed.write_text("<p>nowy szablon</p>")
    sources = fingerprint._sources()
    fingerprint.code_version.cache_clear()
    yield lambda: monkeypatch.setattr(fingerprint, "_sources", lambda: [*sources, changed]) or (
        fingerprint.code_version.cache_clear())
    monkeypatch.undo()
    fingerprint.code_version.cache_clear()


def test_what_the_old_code_kept_is_not_read_by_the_new(another_release):
    before = fingerprint.code_version()
    assert kept("test:release", lambda: "rows of the old shape") == "rows of the old shape"
    assert kept("test:release", lambda: "built again") == "rows of the old shape"  # kept while nothing changed
    another_release()
    assert fingerprint.code_version() != before
    assert kept("test:release", lambda: "rows of the new shape") == "rows of the new shape"
