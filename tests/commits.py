"""What a change's commit would run, inside a test whose transaction never commits."""

import contextlib

from django.db import connection


@contextlib.contextmanager
def committed():
    """Run, and take off the list, the on-commit callbacks the block adds (the caches' new generations)."""
    start = len(connection.run_on_commit)
    yield
    while len(connection.run_on_commit) > start:
        callbacks = connection.run_on_commit[start:]
        del connection.run_on_commit[start:]
        for _, callback, _ in callbacks:
            callback()
