"""``manage.py check_migration_history``: stop with one line when the database predates the current migrations.

The models' migration history was regenerated once, when the foundation moved to ``site/core`` (no
production database existed then). A database made before that records migrations that no longer exist,
and ``migrate`` would fail half-way on tables that are already there; this check says what to do instead.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

# Migrations of the history before the regeneration; any one of them marks an old database.
OLD_HISTORY = [("home", "0002_redakcja_group"), ("members", "0001_statutory_body"), ("projects", "0003_help_texts")]


class Command(BaseCommand):
    help = "Fail with one line of advice if the database was made before the regenerated migrations."

    def handle(self, *args, **options):
        recorder = MigrationRecorder(connection)
        if not recorder.has_table():
            return
        applied = recorder.applied_migrations()
        if any(key in applied for key in OLD_HISTORY):
            raise CommandError(
                f"The database {connection.settings_dict['NAME']} was made by an older version of the portal: "
                "move it away (e.g. mv var/db.sqlite3 var/db-old.sqlite3) and run the command again to rebuild it."
            )
