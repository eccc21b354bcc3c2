"""``manage.py link_translations``: make every translation a wagtail-localize translation of its source.

Pages and translatable snippets whose translation was made as a plain copy (the demo loader before, or an
import) become linked translations that keep their text: see ``core.translations``. Safe to run again: a
translation already linked is left alone. ``load_demo`` runs it at its end, so ``make run`` does too.
"""

import time

from django.core.management.base import BaseCommand

from core.translations import link_translation, translatable_models, unlinked_pairs


class Command(BaseCommand):
    help = "Link translations made as plain copies to their sources in wagtail-localize, keeping their text (idempotent)."

    def handle(self, *args, **options):
        started = time.monotonic()
        verbose = options["verbosity"] > 0
        linked = rebuilt = 0
        for model in translatable_models():
            pairs = list(unlinked_pairs(model))
            for number, (source, copy) in enumerate(pairs, 1):
                result = link_translation(source, copy)
                linked += 1
                rebuilt += result.rebuilt
                if verbose and (not result.complete or number % 25 == 0 or number == len(pairs)):
                    note = "" if result.complete else (
                        f" – {result.paired} of {result.strings} strings paired; the copy keeps its text until a "
                        "translator finishes it in the translation editor"
                    )
                    self.stdout.write(f"[{time.monotonic() - started:5.1f}s] {model._meta.verbose_name} "
                                      f"{number}/{len(pairs)}: {copy}{note}\n")
        if verbose:
            self.stdout.write(f"[{time.monotonic() - started:5.1f}s] {linked} translations linked, {rebuilt} rebuilt "
                              "by wagtail-localize from their sources\n")
