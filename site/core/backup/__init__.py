"""One archive holds everything the portal keeps: the database and the uploaded files, with a manifest.

``write_backup(path)`` writes a ``.tar.gz`` with
- ``database.sqlite3`` (SQLite's online backup: consistent while the site serves) or ``database.pgdump``
  (``pg_dump`` in its custom format) — the database as it is, revisions, submissions and logs included;
- ``media/…``: every file under MEDIA_ROOT (images, renditions, documents);
- ``manifest.json``: when and from what it was made, the number of pages, revisions, documents, images and
  form submissions, and the size and SHA-256 of every file, so a restore can check the archive first.

``restore_backup(path)`` checks the manifest, refuses a database that already holds pages (nothing saved is
overwritten), loads the database, puts the files back and compares the counts with the manifest.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection

MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite3"
POSTGRES_MEMBER = "database.pgdump"
COUNTED_TABLES = {
    "pages": "wagtailcore_page",
    "revisions": "wagtailcore_revision",
    "documents": "wagtaildocs_document",
    "images": "wagtailimages_image",
    "form_submissions": "wagtailforms_formsubmission",
}


class BackupError(Exception):
    """A backup that cannot be made or restored, with a message for the person running the command."""


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def table_counts(cursor):
    counts = {}
    for name, table in COUNTED_TABLES.items():
        cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 (fixed table names)
        counts[name] = cursor.fetchone()[0]
    return counts


def _postgres_env_and_args(settings_dict):
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    args = []
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            args += [option, str(settings_dict[key])]
    return env, args


def _dump_database(workdir, progress):
    """The database into ``workdir``; returns the archive member's name."""
    vendor = connection.vendor
    connection.ensure_connection()
    if vendor == "sqlite":
        target = workdir / SQLITE_MEMBER
        destination = sqlite3.connect(target)
        with destination:
            connection.connection.backup(destination, pages=1024)
        destination.close()
        return SQLITE_MEMBER
    if vendor == "postgresql":
        env, args = _postgres_env_and_args(connection.settings_dict)
        target = workdir / POSTGRES_MEMBER
        progress("  pg_dump …")
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", *args, "--file", str(target),
             connection.settings_dict["NAME"]],
            env=env, check=True, capture_output=True,
        )
        return POSTGRES_MEMBER
    raise BackupError(f"no backup method for the {vendor} database")


def write_backup(path, progress=print):
    """Write the archive to ``path`` and return its manifest."""
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="portal-backup-") as tmp:
        workdir = Path(tmp)
        progress("database …")
        member = _dump_database(workdir, progress)
        with connection.cursor() as cursor:
            counts = table_counts(cursor)
        files = {member: {"size": (workdir / member).stat().st_size, "sha256": _sha256(workdir / member)}}
        media = sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.exists() else []
        progress(f"media: {len(media)} files …")
        for file in media:
            name = "media/" + file.relative_to(media_root).as_posix()
            files[name] = {"size": file.stat().st_size, "sha256": _sha256(file)}
        manifest = {
            "format": 1,
            "created_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "database": {"vendor": connection.vendor, "member": member},
            "counts": counts,
            "files": files,
        }
        with tarfile.open(path, "w:gz") as archive:
            data = json.dumps(manifest, indent=1, ensure_ascii=False).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            archive.add(workdir / member, arcname=member)
            for file in media:
                archive.add(file, arcname="media/" + file.relative_to(media_root).as_posix())
    progress(f"written {path}: {counts}")
    return manifest


def _database_has_pages():
    with connection.cursor() as cursor:
        if "wagtailcore_page" not in connection.introspection.table_names(cursor):
            return False
        cursor.execute("SELECT COUNT(*) FROM wagtailcore_page WHERE depth > 1")
        return cursor.fetchone()[0] > 0


def restore_backup(path, progress=print):
    """Restore the archive at ``path`` into the (empty) configured database and MEDIA_ROOT; return the counts."""
    with tempfile.TemporaryDirectory(prefix="portal-restore-") as tmp:
        workdir = Path(tmp)
        with tarfile.open(path, "r:gz") as archive:
            archive.extractall(workdir, filter="data")
        manifest = json.loads((workdir / MANIFEST).read_text())
        progress("checking the archive …")
        for name, expected in manifest["files"].items():
            file = workdir / name
            if not file.is_file() or _sha256(file) != expected["sha256"]:
                raise BackupError(f"the archive is damaged: {name} does not match its manifest")
        if _database_has_pages():
            raise BackupError("the database already holds pages: restore into an empty database")
        member = manifest["database"]["member"]
        if manifest["database"]["vendor"] != connection.vendor:
            raise BackupError(
                f"the archive holds a {manifest['database']['vendor']} database; this portal uses {connection.vendor}"
            )
        progress("database …")
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            source = sqlite3.connect(workdir / member)
            with source:
                source.backup(connection.connection)
            source.close()
        else:
            env, args = _postgres_env_and_args(connection.settings_dict)
            connection.close()
            subprocess.run(
                ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", *args,
                 "--dbname", connection.settings_dict["NAME"], str(workdir / member)],
                env=env, check=True, capture_output=True,
            )
        media_root = Path(settings.MEDIA_ROOT)
        media_files = [name for name in manifest["files"] if name.startswith("media/")]
        progress(f"media: {len(media_files)} files …")
        for name in media_files:
            target = media_root / name.removeprefix("media/")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(workdir / name, target)
    with connection.cursor() as cursor:
        counts = table_counts(cursor)
    if counts != manifest["counts"]:
        raise BackupError(f"restored counts {counts} differ from the archive's {manifest['counts']}")
    progress(f"restored: {counts}")
    return counts
