"""A cache generation: a token in the shared cache that every entry's key includes, renewed when a change commits.

Renewing it makes every worker and server read anew at once, with no list of keys to delete; until the change
commits, the process that made it can ask whether one is pending and read from the database instead.
"""

import uuid

from django.core.cache import cache
from django.db import transaction


class Generation:
    def __init__(self, key):
        self.key = key

    def current(self):
        generation = cache.get(self.key)
        if generation is None:
            cache.add(self.key, uuid.uuid4().hex, None)
            generation = cache.get(self.key)
        return generation

    def renew(self):
        cache.set(self.key, uuid.uuid4().hex, None)

    def pending(self):
        """True while this connection's transaction holds a change that is not committed yet."""
        connection = transaction.get_connection()
        return connection.in_atomic_block and any(
            getattr(func, "__self__", None) is self and func.__func__ is Generation.renew
            for _, func, _ in connection.run_on_commit
        )

    def renew_on_commit(self):
        """A new generation once the current transaction commits (at once outside a transaction)."""
        if not self.pending():
            transaction.on_commit(self.renew)
