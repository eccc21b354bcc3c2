from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Wyszukiwarka")

    def ready(self):
        from . import suggestions  # noqa: F401  (connects the vocabulary's invalidation to publishing)
