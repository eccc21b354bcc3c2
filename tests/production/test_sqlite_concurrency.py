"""Several processes writing to one SQLite file at once (the gunicorn workers of ``make run``) all succeed."""

import json
import subprocess
import sys
from pathlib import Path

from .conftest import PROJECT_DIR, fresh_machine_env

WRITER = Path(__file__).with_name("sqlite_writer.py")
WRITERS = 6
WRITES_EACH = 40


def test_concurrent_writers_never_meet_a_locked_database(tmp_path):
    env = fresh_machine_env(
        DJANGO_SETTINGS_MODULE="portal.settings.test", DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        PORTAL_VAR_DIR=str(tmp_path), PYTHONPATH=str(PROJECT_DIR),
    )
    subprocess.run([sys.executable, str(WRITER), "create"], cwd=PROJECT_DIR, env=env, check=True)
    writers = [
        subprocess.Popen(
            [sys.executable, str(WRITER), "write", f"w{index}", str(WRITES_EACH)], cwd=PROJECT_DIR, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        for index in range(WRITERS)
    ]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:  # all start together
        writer.stdin.write("go\n")
        writer.stdin.flush()
    results = [json.loads(writer.communicate(timeout=300)[0].strip().splitlines()[-1]) for writer in writers]

    errors = [error for result in results for error in result["errors"]]
    assert not errors, f"{len(errors)} failed transactions, e.g. {errors[0]!r}"
    assert sum(result["stored"] for result in results) == WRITERS * WRITES_EACH

    check = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.contrib.sessions.models import Session;"
         " print(Session.objects.count())"],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True, check=True,
    )
    assert int(check.stdout) == WRITERS * WRITES_EACH
