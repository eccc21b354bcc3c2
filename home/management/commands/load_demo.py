"""``manage.py load_demo``: load the association's demo content; safe to run again (nothing is loaded twice)."""

import os
from importlib import import_module

from django.core.management.base import BaseCommand

from home.demo_loader import DemoLoader

# PORTAL_DEMO_STEPS (comma-separated) limits the run to some steps, e.g. while one section is being built.
# Each step is a module with ``load(loader)``; order matters: later steps link to earlier content.
DEMO_STEPS = [
    "home.demo",
    "members.demo",
    "resolutions.demo",
    "projects.demo",
    "home.demo_news",
]


class Command(BaseCommand):
    help = "Load the demo content of the association portal (idempotent)."

    def handle(self, *args, **options):
        loader = DemoLoader(stdout=self.stdout, verbosity=options["verbosity"])
        only = [step for step in os.environ.get("PORTAL_DEMO_STEPS", "").split(",") if step]
        for step in DEMO_STEPS:
            if only and step not in only:
                continue
            try:
                module = import_module(step)
            except ModuleNotFoundError as error:
                if error.name == step:
                    continue  # that section has no demo content yet
                raise
            loader.log(f"{step}: loading")
            module.load(loader)
        loader.log(f"demo content ready ({loader.created} new objects)")
