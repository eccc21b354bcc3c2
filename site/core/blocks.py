"""The one StreamField block library shared by every page of the portal.

Each block has its own small template in ``site/templates/blocks/``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .documents import is_restricted

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "hr"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; levels 2 to 4 only, since the page title is the one h1."""

    text = blocks.CharBlock(label=_("Treść nagłówka"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Poziom"),
        choices=[("h2", _("Nagłówek sekcji (H2)")), ("h3", _("Podsekcja (H3)")), ("h4", _("Niższy poziom (H4)"))],
        default="h2",
        help_text=_("Zacznij od H2; H3 tylko pod H2, H4 tylko pod H3."),
    )

    class Meta:
        icon = "title"
        label = _("Nagłówek")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Cele projektu", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    """An image with the alternative text screen readers need and an optional visible caption."""

    image = ImageChooserBlock(label=_("Obraz"))
    alt_text = blocks.CharBlock(
        label=_("Tekst alternatywny"),
        max_length=250,
        help_text=_("Opisz, co widać na obrazie, dla osób niewidomych (wymagane)."),
    )
    caption = blocks.CharBlock(label=_("Podpis"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Obraz")
        template = "blocks/image_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    """One file in a document list, with an optional title shown instead of the file's own."""

    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(label=_("Tytuł wyświetlany"), required=False, max_length=250)

    def get_searchable_content(self, value):
        """The title the list shows, for search (Wagtail indexes nothing of a chosen document); none for a file
        in a restricted collection, which search must not reveal."""
        document = value.get("document")
        if document is None or is_restricted(document):
            return []
        return [value.get("title") or document.title]


class DocumentListBlock(blocks.StructBlock):
    """A list of downloadable files, each shown with its type and size."""

    heading = blocks.CharBlock(label=_("Nagłówek listy"), required=False, max_length=200)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Dokumenty"))

    class Meta:
        icon = "doc-full"
        label = _("Lista dokumentów")
        template = "blocks/document_list_block.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with an optional author."""

    quote = blocks.TextBlock(label=_("Cytat"))
    attribution = blocks.CharBlock(label=_("Autor"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Cytat")
        template = "blocks/quote_block.html"
        preview_value = {"quote": "Samorządność to wspólnota mieszkańców.", "attribution": "Karta Samorządności"}


class AccessibleTableBlock(blocks.StructBlock):
    """A data table whose first row is always rendered as column header cells."""

    caption = blocks.CharBlock(
        label=_("Tytuł tabeli"), max_length=250, help_text=_("Krótko opisz, co zawiera tabela (wymagane).")
    )
    table = TableBlock(
        label=_("Tabela"),
        help_text=_("Pierwszy wiersz to nagłówki kolumn."),
        table_options={"startRows": 3, "startCols": 3, "contextMenu": ["row_above", "row_below", "col_left", "col_right", "remove_row", "remove_col", "undo", "redo"]},
    )

    class Meta:
        icon = "table"
        label = _("Tabela")
        template = "blocks/table_block.html"


class CalloutBlock(blocks.StructBlock):
    """A highlighted box for an important notice."""

    title = blocks.CharBlock(label=_("Tytuł"), max_length=200)
    text = blocks.RichTextBlock(label=_("Treść"), features=RICH_TEXT_FEATURES)
    style = blocks.ChoiceBlock(
        label=_("Rodzaj"),
        choices=[("info", _("Informacja")), ("important", _("Ważne"))],
        default="info",
    )

    class Meta:
        icon = "warning"
        label = _("Wyróżniona informacja")
        template = "blocks/callout_block.html"
        preview_value = {"title": "Ważne", "text": "<p>Biuro jest nieczynne 2 maja.</p>", "style": "important"}


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every content page may use."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"), icon="pilcrow", features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html"
    )
    image = ImageBlock()
    documents = DocumentListBlock()
    quote = QuoteBlock()
    table = AccessibleTableBlock()
    callout = CalloutBlock()
