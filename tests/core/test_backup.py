"""``manage.py backup`` and ``manage.py restore``: an archive of the live demo site, restored into an empty
database and media folder, gives back every page, revision, document, image and form submission as it was."""

import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.conftest import fresh_database_url

DIGEST_SCRIPT = Path(__file__).with_name("backup_digest.py")


def digest(site, env=None):
    """The rows of the counted tables and the media files' checksums of the database ``env`` points at."""
    result = subprocess.run(
        [sys.executable, str(DIGEST_SCRIPT)], env=env or site.env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_a_backup_restored_into_an_empty_database_is_the_same_site(live_site, tmp_path):
    # Something only a visitor could have added: a contact-form message, so submissions are in the archive.
    live_site.manage("shell", "-c", (
        "from wagtail.contrib.forms.models import FormSubmission; from home.models import OfficePage; "
        "FormSubmission.objects.create(page=OfficePage.objects.first(), form_data={'wiadomosc': 'Kopia zapasowa'})"
    ))
    before = digest(live_site)
    assert before["pages"] and before["revisions"] and before["documents"] and before["images"]
    assert before["form_submissions"] and before["media"]

    archive = tmp_path / "portal.tar.gz"
    output = live_site.manage("backup", str(archive))
    assert "written" in output and "database" in output  # progress is shown
    with tarfile.open(archive) as opened:
        names = opened.getnames()
        manifest = json.load(opened.extractfile("manifest.json"))
    assert "manifest.json" in names and any(name.startswith("media/") for name in names)
    assert manifest["counts"]["pages"] == len(before["pages"])
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())

    restored_env = {**live_site.env, "DATABASE_URL": fresh_database_url(tmp_path, "restored"), "MEDIA_ROOT": str(tmp_path / "media")}
    saved = live_site.env
    live_site.env = restored_env
    try:
        assert "restored" in live_site.manage("restore", str(archive))
        with pytest.raises(RuntimeError, match="already holds pages"):
            live_site.manage("restore", str(archive))  # nothing saved is ever overwritten
    finally:
        live_site.env = saved
    after = digest(live_site, restored_env)
    for key in ("pages", "revisions", "documents", "images", "form_submissions", "media"):
        assert after[key] == before[key], f"{key} differ after the restore"


def test_a_damaged_archive_is_refused_before_anything_is_written(live_site, tmp_path):
    archive = tmp_path / "portal.tar.gz"
    live_site.manage("backup", str(archive))
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read() if member.isfile() else None
            if member.name.startswith("media/") and data:
                data = b"not the original" + data[16:]
            if data is not None:
                member.size = len(data)
                target.addfile(member, io.BytesIO(data))
    env = {**live_site.env, "DATABASE_URL": fresh_database_url(tmp_path, "restored"), "MEDIA_ROOT": str(tmp_path / "media")}
    saved = live_site.env
    live_site.env = env
    try:
        with pytest.raises(RuntimeError, match="damaged"):
            live_site.manage("restore", str(damaged))
    finally:
        live_site.env = saved
    assert not (tmp_path / "media").exists()
