"""The minute runner of ``make run``: Wagtail's ``publish_scheduled`` every minute beside gunicorn.

Editors set "go live" and "expiry" dates in a page's Settings tab (Ustawienia → Publikacja); Wagtail keeps
such a page as a scheduled revision until ``publish_scheduled`` publishes (or unpublishes) it. ``make run``
(``portal.serve``) starts this module as a small process of its own before it turns into gunicorn, so a page
scheduled for 9:00 appears by 9:01 with no cron set up. The process runs as long as its parent (the gunicorn
master, which keeps the PID ``serve`` had) and ends when that goes away. Production with its own process
manager runs the same command from cron instead (README, "Cron lines").

Publishing through the command sends Wagtail's signals, so the layout, the answer cache and a front cache see
the change as they see an editor's publish.
"""

import logging
import os
import time

INTERVAL = 60  # seconds
logger = logging.getLogger(__name__)


def tick():
    """Publish what is due and unpublish what expired, once; a failure is logged and the next tick tries again."""
    from django.core.management import call_command

    _close_connections(only_unusable=True)
    try:
        call_command("publish_scheduled", verbosity=0)
    except Exception:  # a database outage must not end the runner: the next minute retries
        logger.exception("publish_scheduled failed")
    finally:
        _close_connections()


def _close_connections(only_unusable=False):
    """Hold no connection between ticks, so a database restarted between two minutes costs nothing. A connection
    inside a transaction is not the runner's to close (the test suite's, which calls ``tick`` inside its own)."""
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        if connection.in_atomic_block:
            continue
        if only_unusable:
            connection.close_if_unusable_or_obsolete()
        else:
            connection.close()


def run(parent_pid, interval=INTERVAL, sleep=time.sleep):
    """Tick every ``interval`` seconds while the process that started us (``parent_pid``) lives."""
    while os.getppid() == parent_pid:
        tick()
        sleep(interval)


def main():
    import django

    django.setup()
    try:
        run(os.getppid())
    except KeyboardInterrupt:  # Ctrl+C in the terminal of `make run` reaches the whole process group
        pass


if __name__ == "__main__":
    main()
