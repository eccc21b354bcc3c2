"""``manage.py compile_translations``: compile every .po catalogue of the project into .mo files.

Uses polib (installed with wagtail-localize) instead of GNU gettext, so a fresh machine needs nothing else.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's translation catalogues (every locale/ folder and LOCALE_PATHS) without GNU gettext."

    def handle(self, *args, **options):
        root = Path(settings.PROJECT_DIR)
        catalogues = {
            path for path in root.glob("**/locale/*/LC_MESSAGES/*.po")
            if ".venv" not in path.parts and "node_modules" not in path.parts
        }
        # LOCALE_PATHS may hold folders not named locale/ (the admin's Polish supplement, which
        # makemessages must never rewrite), so they are compiled too.
        for folder in settings.LOCALE_PATHS:
            catalogues.update(Path(folder).glob("*/LC_MESSAGES/*.po"))
        for po_path in sorted(catalogues):
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            if options["verbosity"]:
                self.stdout.write(f"compiled {po_path.relative_to(root)}")
        if options["verbosity"]:
            self.stdout.write(f"{len(catalogues)} translation catalogues up to date")
