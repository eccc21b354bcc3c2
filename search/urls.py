"""The site search, included by the portal's URL configuration under the language prefix."""

from django.urls import path

from . import views

urlpatterns = [path("szukaj/", views.search, name="search")]
