"""A cache generation: a token in the shared cache that every entry's key includes, renewed when a change commits.

Renewing it makes every worker and server read anew at once, with no list of keys to delete; until the change
commits, the process that made it can ask whether one is pending and read from the database instead.

A request reads each generation once, when it first needs it (a page asks for the layout's and the answers'
several times: six reads of the shared cache, a round trip each with Redis), so it is drawn from one state of
the cache; a change it makes itself is seen at once. Outside a request (a command) every call reads the cache.
"""

import threading
import uuid

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction

_read_in_request = threading.local()  # ``tokens``: {key: token} read during the current request; None outside one


def _start_request(**kwargs):
    _read_in_request.tokens = {}


def _finish_request(**kwargs):
    _read_in_request.tokens = None


request_started.connect(_start_request, dispatch_uid="portal-generations-start")
request_finished.connect(_finish_request, dispatch_uid="portal-generations-finish")


class Generation:
    def __init__(self, key):
        self.key = key

    def current(self):
        tokens = getattr(_read_in_request, "tokens", None)
        generation = tokens.get(self.key) if tokens is not None else None
        if generation is None:
            generation = cache.get(self.key)
            if generation is None:
                cache.add(self.key, uuid.uuid4().hex, None)
                generation = cache.get(self.key)
            if tokens is not None:
                tokens[self.key] = generation
        return generation

    def renew(self):
        generation = uuid.uuid4().hex
        cache.set(self.key, generation, None)
        tokens = getattr(_read_in_request, "tokens", None)
        if tokens is not None:
            tokens[self.key] = generation

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
