"""The foundation's models: base page classes, the consent form base, the content page and site settings."""

from .forms import ConsentEmailFormPage, ConsentFormBuilder, TranslatableFormField
from .pages import BasePage, IntroBodyPage
from .site_settings import RecommendedLink, SiteSettings
from .standard_page import StandardPage
from .translatable_children import TranslatableOrderable

__all__ = [
    "BasePage", "ConsentEmailFormPage", "ConsentFormBuilder", "IntroBodyPage", "RecommendedLink", "SiteSettings",
    "StandardPage", "TranslatableFormField", "TranslatableOrderable",
]
