"""``manage.py backup [FILE]``: the database and the uploaded files in one archive (see ``core.backup``)."""

import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, write_backup


class Command(BaseCommand):
    help = "Write the database and MEDIA_ROOT with a manifest into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="archive to write (default: var/backups/portal-<time>.tar.gz)")

    def handle(self, *args, **options):
        path = options["file"]
        if not path:
            folder = Path(settings.VAR_DIR) / "backups"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"portal-{datetime.datetime.now():%Y%m%d-%H%M%S}.tar.gz"
        try:
            write_backup(path, progress=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error))
