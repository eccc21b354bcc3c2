"""The machinery behind ``manage.py load_demo``: idempotent helpers that each app's demo step uses.

Rules every step follows:
- a page is found by its slug under its parent; if it exists, it is left exactly as editors left it;
- each section's step creates its own section page, with its own page type;
- documents and images are found by title, so nothing is stored twice;
- every object is saved as a logged revision, so its History offers the original text to go back to.
"""

import io
import sys
import time

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Site


class DemoLoader:
    """Shared state and helpers for one run of the demo loader."""

    def __init__(self, stdout=None, verbosity=1):
        self.stdout = stdout or sys.stdout
        self.verbosity = verbosity
        self.started = time.monotonic()
        self.created = 0
        self.built_site = False  # set by the step that creates the home page: a first run on a new database
        self.pl = Locale.objects.get_or_create(language_code="pl")[0]
        self.en = Locale.objects.get_or_create(language_code="en")[0]

    # -- progress -------------------------------------------------------------------------------
    def log(self, message):
        """Print one progress line with the time elapsed since the start."""
        if self.verbosity:
            self.stdout.write(f"[{time.monotonic() - self.started:5.1f}s] {message}\n")
            self.stdout.flush()

    # -- pages ----------------------------------------------------------------------------------
    @property
    def home(self):
        """The Polish home page (the default site's root page)."""
        return Site.objects.get(is_default_site=True).root_page.specific

    def section(self, slug):
        """A top-level section of the Polish tree, by slug (specific instance), or None."""
        page = self.home.get_children().filter(slug=slug).first()
        return page.specific if page else None

    @staticmethod
    def untouched_by_editors(page):
        """True when no person ever saved a revision of ``page`` (only the loader did)."""
        return not page.revisions.exclude(user=None).exists()

    def ensure_page(self, parent, model, slug, **fields):
        """Return the child of ``parent`` with ``slug``, creating and publishing it from ``fields`` if missing.

        An existing page is returned as it is (``.specific``), whatever editors made of it.
        """
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, locale=parent.locale, **fields)
        with transaction.atomic():
            parent.add_child(instance=page)
            page.save_revision(log_action=True).publish()
        self.created += 1
        return page

    def ensure_translation(self, page, locale=None, **fields):
        """Return the English (or ``locale``) translation of ``page``, creating it with ``fields`` if missing.

        The copy is written with its translated text; at the end of the run ``link_translations`` makes it a
        wagtail-localize translation of ``page`` (each of its strings paired with the Polish one in the same
        place), so ``fields`` must keep the Polish page's structure: a paragraph for each paragraph."""
        locale = locale or self.en
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific
        translated = page.copy_for_translation(locale, copy_parents=True).specific
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.save_revision(log_action=True).publish()
        self._order_like_source(page, translated)
        self.created += 1
        return translated

    @staticmethod
    def _order_like_source(page, translated):
        """Put ``translated`` before the translation of the source page's next sibling, so menus match."""
        for sibling in page.get_next_siblings():
            sibling_translation = sibling.get_translation_or_none(translated.locale)
            if sibling_translation is not None:
                translated.move(sibling_translation, pos="left")
                return

    def ensure_pair(self, parent, model, slug, pl, en, show_in_menus=False):
        """Create (if missing) a Polish page under ``parent`` and its English translation."""
        page = self.ensure_page(parent, model, slug, show_in_menus=show_in_menus, **pl)
        self.ensure_translation(page, **en)
        return page

    # -- content helpers ------------------------------------------------------------------------
    @staticmethod
    def paragraphs(*texts):
        """StreamField raw data: one rich-text block per paragraph of plain text."""
        return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]

    @staticmethod
    def heading(text, level="h2"):
        """StreamField raw data for one heading block."""
        return {"type": "heading", "value": {"text": text, "level": level}}

    # -- files ----------------------------------------------------------------------------------
    def collection(self, name, parent=None):
        """A collection by name (created under the root collection, or ``parent``)."""
        existing = Collection.objects.filter(name=name).first()
        if existing:
            return existing
        parent = parent or Collection.get_first_root_node()
        return parent.add_child(name=name)

    def document(self, title, filename, content, collection=None):
        """A Wagtail document found by title, or created from ``content`` bytes."""
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        document = Document(title=title, collection=collection or Collection.get_first_root_node())
        document.file.save(filename, ContentFile(content), save=False)
        document.file_size = len(content)
        document.save()
        self.created += 1
        return document

    def image(self, title, filename, content, collection=None):
        """A Wagtail image found by title, or created from ``content`` bytes."""
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        # ImageFile lets Wagtail read the width and height, which the image table requires.
        image = Image(
            title=title,
            collection=collection or Collection.get_first_root_node(),
            file=ImageFile(io.BytesIO(content), name=filename),
        )
        image.save()
        self.created += 1
        return image
