"""One writer process for ``test_sqlite_concurrency``: ``python sqlite_writer.py create|write <name> <count>``.

It runs with the portal's settings (DATABASE_URL names the SQLite file), so the connection is made exactly as
the portal's gunicorn workers make it. ``write`` says "ready" once Django is set up and waits for a line on
stdin, so that every writer starts at the same moment; each of its transactions reads, then writes, like
saving a page does. It prints a JSON line: how many rows it stored and the errors it met.
"""

import json
import sys

import django

django.setup()

from django.contrib.sessions.models import Session  # noqa: E402  (a model with no relations: one plain table)
from django.db import OperationalError, connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402


def create():
    with connection.schema_editor() as editor:
        editor.create_model(Session)


def write(name, count):
    print("ready", flush=True)
    sys.stdin.readline()
    stored, errors = 0, []
    for number in range(count):
        try:
            with transaction.atomic():
                Session.objects.filter(session_key__startswith=name).count()
                Session.objects.create(
                    session_key=f"{name}-{number:04d}", session_data="x" * 200, expire_date=timezone.now()
                )
            stored += 1
        except OperationalError as error:
            errors.append(str(error))
    print(json.dumps({"stored": stored, "errors": errors}), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "create":
        create()
    else:
        write(sys.argv[2], int(sys.argv[3]))
