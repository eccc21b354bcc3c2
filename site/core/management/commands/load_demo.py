"""``manage.py load_demo``: load the association's demo content; safe to run again (nothing is loaded twice).

The English pages are written as copies with English text, then linked to their Polish sources as
wagtail-localize translations (``link_translations``), so they are kept in step the way an editor's own
translations are."""

import os
from importlib import import_module

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from core.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load the demo content of the association portal (idempotent)."

    def handle(self, *args, **options):
        """Run each module of ``settings.DEMO_STEPS`` (its ``load(loader)``) in order.

        PORTAL_DEMO_STEPS (comma-separated module names) limits the run to some steps.
        """
        loader = DemoLoader(stdout=self.stdout, verbosity=options["verbosity"])
        only = [step for step in os.environ.get("PORTAL_DEMO_STEPS", "").split(",") if step]
        for step in settings.DEMO_STEPS:
            if only and step not in only:
                continue
            loader.log(f"{step}: loading")
            import_module(step).load(loader)
        loader.log("linking the English pages and snippets to their Polish sources in wagtail-localize")
        call_command("link_translations", verbosity=options["verbosity"], stdout=self.stdout)
        loader.log(f"demo content ready ({loader.created} new objects)")
