from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projekty")

    def ready(self):
        from wagtail.signals import page_published

        from .signals import sync_shared_facts

        page_published.connect(sync_shared_facts, dispatch_uid="projects_sync_shared_facts")
