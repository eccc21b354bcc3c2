from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Strona główna i treści")

    def ready(self):
        from core.models import SiteSettings

        from .models.office import reindex_office_pages

        post_save.connect(reindex_office_pages, sender=SiteSettings, dispatch_uid="home.reindex_office_pages")
