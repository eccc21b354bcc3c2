"""URL configuration: the admin outside the language prefix; the public site under i18n_patterns (no prefix for Polish)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import editing_sessions
from core.activity_text import FILENAME as ACTIVITY_TEXT, activity_text
from core.icons import favicon
from core.media import IMAGE_FOLDERS, image_file
from core.new_page_view import NewPageView
from core.page_serving import serve
from core.patterns import pattern_alone, pattern_library
from core.password_reset import RateLimitedPasswordResetView

from .sitemaps import TranslatedSitemap

urlpatterns = [
    # Before the admin's own patterns, so these addresses are served by the portal's views.
    path("admin/password_reset/", RateLimitedPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        require_admin_access(NewPageView.as_view()), name="wagtailadmin_pages_add_without_autosave",
    ),
    path(
        "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/",
        require_admin_access(editing_sessions.ping), name="wagtailadmin_editing_sessions_ping_own_autosave",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("favicon.ico", favicon, name="favicon"),
    path("wzorce/", pattern_library, name="pattern_library"),  # staff only: every component alone
    path("wzorce/<slug:slug>/", pattern_alone, name="pattern_alone"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
]

# Images in every mode, and nothing else under /media/: documents only through Wagtail's view at documents/.
urlpatterns += [
    path(f"media/{folder}/<path:path>", image_file, {"folder": folder}, name=f"media_{folder}")
    for folder in IMAGE_FOLDERS
]

urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path(ACTIVITY_TEXT, activity_text, name="activity_text"),
    # Wagtail's page view with a cheaper start of the route (core.page_serving); then Wagtail's own patterns.
    re_path(r"^((?:[\w\-]+/)*)$", serve, name="portal_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler500 = "core.views.server_error"
