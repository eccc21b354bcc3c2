"""The admin carries the association's name and mark, not Wagtail's, from the login page on."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

pytestmark = pytest.mark.django_db
MARK = "/static/img/mark.svg"


def title(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def test_login_page_names_the_portal_in_polish(client):
    html = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    assert "Zaloguj się: Subregion Zachodni" in html
    assert "Wagtail" not in re.sub(r"<(script|link)[^>]*>", "", html.split("<body", 1)[1]).replace("wagtail", "")
    assert title(html).endswith("Subregion Zachodni")
    assert f'src="{MARK}"' in html and f'href="{MARK}"' in html  # the mark and the tab's icon
    assert re.search(r"<label[^>]*>\s*Hasło", html)
    assert not re.search(r"<label[^>]*>\s*Password", html)


def test_admin_shows_the_mark_and_the_association_s_name(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    sidebar_logo = re.search(r"<template data-wagtail-sidebar-branding-logo>(.*?)</template>", html, re.S).group(1)
    assert MARK in sidebar_logo
    assert "Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku" in html
    assert title(html).endswith("Subregion Zachodni")


def test_the_mark_is_a_static_file():
    assert finders.find("img/mark.svg")
