"""``manage.py restore FILE``: put an archive made by ``manage.py backup`` back into an empty database."""

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore the database and uploaded files from an archive made by `manage.py backup` (empty database only)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .tar.gz archive")

    def handle(self, *args, **options):
        try:
            restore_backup(options["file"], progress=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error))
