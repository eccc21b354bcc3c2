"""A database made before the migration history was regenerated is not half-migrated: `make run` stops
with one line saying what to do."""

import sqlite3
import subprocess
import sys

from tests.conftest import PROJECT_DIR


def test_an_old_database_gets_one_line_of_advice(tmp_path):
    database = tmp_path / "old.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE django_migrations (id integer primary key, app varchar, name varchar, applied datetime)")
        connection.execute("INSERT INTO django_migrations (app, name, applied) VALUES ('home', '0002_redakcja_group', '2026-11-27')")
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{database}", "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
           "PYTHONPATH": f"{PROJECT_DIR / 'site'}:{PROJECT_DIR}"}
    result = subprocess.run([sys.executable, "manage.py", "check_migration_history"], cwd=PROJECT_DIR, env=env,
                            capture_output=True, text=True)
    assert result.returncode != 0
    message = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(message) == 1 and "older version of the portal" in message[0] and "move it away" in message[0]


def test_a_new_or_current_database_passes(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}",
           "DJANGO_SETTINGS_MODULE": "portal.settings.dev", "PYTHONPATH": f"{PROJECT_DIR / 'site'}:{PROJECT_DIR}"}
    result = subprocess.run([sys.executable, "manage.py", "check_migration_history"], cwd=PROJECT_DIR, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
