"""The site search, included by the portal's URL configuration under the language prefix.

Its address is translated (``/szukaj/``, ``/en/search/``); the English site's old ``/en/szukaj/`` redirects.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

urlpatterns = [
    path(_("szukaj/"), views.search, name="search"),
    path("szukaj/", views.moved, name="search_moved"),
]
