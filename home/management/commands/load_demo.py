"""``manage.py load_demo``: load the association's demo content; safe to run again (nothing is loaded twice)."""

from importlib import import_module

from django.core.management.base import BaseCommand

from home.demo_loader import DemoLoader

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
        for step in DEMO_STEPS:
            try:
                module = import_module(step)
            except ModuleNotFoundError as error:
                if error.name == step:
                    continue  # that section has no demo content yet
                raise
            loader.log(f"{step}: loading")
            module.load(loader)
        loader.log(f"demo content ready ({loader.created} new objects)")
