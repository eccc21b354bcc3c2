"""The deployed code's fingerprint: part of every key the portal keeps in the shared cache.

A deploy changes templates, static file names and the shape of what is kept (a section's rows, a layout). An
entry written by the code before it must not be read by the code after it: a kept row of the old shape breaks
the page, a kept answer shows the old design until the next edit. So the keys hold a hash of the portal's own
sources (its apps' Python, templates, static files and catalogues, and the pinned requirements). It is a hash
of their contents, not their dates, so two servers running the same release share their entries.
"""

import functools
import hashlib
import os
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings

SOURCE_SUFFIXES = {".py", ".html", ".txt", ".xml", ".css", ".js", ".svg", ".json", ".po"}
SKIPPED_DIRS = {"__pycache__", "node_modules", "migrations"}


def _sources():
    project, installed = Path(settings.PROJECT_DIR), Path(sys.prefix)  # the virtualenv may live in the project
    roots = {Path(config.path) for config in apps.get_app_configs()}
    roots = {root for root in roots if project in root.parents and not root.is_relative_to(installed)}
    roots |= {*map(Path, settings.LOCALE_PATHS), *map(Path, settings.STATICFILES_DIRS)}
    roots |= {Path(directory) for engine in settings.TEMPLATES for directory in engine.get("DIRS", [])}
    files = {project / "requirements.txt"}
    for root in roots:
        files |= {
            path for path in root.rglob("*")
            if path.suffix in SOURCE_SUFFIXES and path.is_file() and not SKIPPED_DIRS.intersection(path.parts)
        }
    return sorted(path for path in files if path.exists())


@functools.cache
def code_version():
    """12 hex digits that change with any source file of the portal (read once per process, ~10 ms)."""
    digest = hashlib.blake2b(digest_size=6)
    for path in _sources():
        digest.update(os.path.relpath(path, settings.PROJECT_DIR).encode())  # the same wherever it is deployed
        digest.update(path.read_bytes())
    return digest.hexdigest()
