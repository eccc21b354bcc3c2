"""``make run`` serves the portal the way production does: gunicorn, DEBUG off, hashed static files through
WhiteNoise, the portal's own error pages, images with a sandboxing policy, documents only through Wagtail's
view (which applies collections' privacy), plain HTTP on 127.0.0.1 and the admin login printed."""

import re
import stat

import pytest

LEAKS = ["Traceback", "DEBUG", "SECRET_KEY", "settings.py", "Django tried these URL patterns"]
IMAGE_POLICY = "default-src 'none'; sandbox"


def assert_no_leak(response):
    for text in LEAKS:
        assert text not in response.text, f"{text!r} in a public error page"


def test_it_is_gunicorn_with_the_generated_key_and_the_printed_login(make_run_site):
    output = make_run_site.output()
    assert "Booting worker" in output or "Listening at" in output, output[-2000:]
    assert re.search(r"Login: +admin / \S+", output), output[-2000:]
    key_file = make_run_site.var_dir / "secret-key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(key_file.read_text().strip()) >= 50


def test_unknown_url_answers_the_branded_404(make_run_site):
    response = make_run_site.get("/nie-ma-takiej-strony/")
    assert response.status == 404
    assert "Nie znaleziono strony" in response.text and "Subregion Zachodni" in response.text
    assert_no_leak(response)


def test_a_failing_search_shows_no_traceback(make_run_site):
    """A lone quote once broke SQLite's full-text query; whatever the search does with it, nothing leaks."""
    response = make_run_site.get("/szukaj/?q=%22")
    assert response.status in (200, 500)
    if response.status == 500:
        assert "Przepraszamy, wystąpił błąd serwera" in response.text
    assert_no_leak(response)
    assert "OperationalError" not in response.text and "sqlite" not in response.text.lower()


def test_static_files_have_hashed_names_and_are_cached_for_long(make_run_site):
    html = make_run_site.get("/").text
    stylesheet = re.search(r'href="(/static/css/portal\.[0-9a-f]{12}\.css)"', html)
    assert stylesheet, "the stylesheet is not linked by its hashed name"
    response = make_run_site.get(stylesheet.group(1))
    assert response.status == 200
    assert "max-age=315360000" in response.headers["cache-control"]


def test_plain_http_on_the_local_server(make_run_site):
    """``make run`` switches HTTPS off: no redirect, no HSTS, cookies that plain HTTP can carry back."""
    response = make_run_site.get("/admin/login/")
    assert response.status == 200
    assert "strict-transport-security" not in response.headers
    assert "csrftoken=" in response.headers["set-cookie"] and "Secure" not in response.headers["set-cookie"]


@pytest.mark.parametrize("folder", ["images", "original_images"])
def test_images_are_served_with_a_sandboxing_policy(make_run_site, folder):
    """The demo's images (the funding marks strip, drawn as SVG: a file that can carry script) come with a
    policy that runs nothing in them, whether a page shows a rendition or someone opens the original."""
    html = make_run_site.get("/projekty/miedzysektorowa-wspolpraca/").text
    if folder == "images":
        path = re.search(r'src="(/media/images/[^"]+\.(?:png|svg))"', html).group(1)
    else:
        path = "/media/original_images/" + sorted((make_run_site.var_dir / "media" / folder).iterdir())[0].name
    response = make_run_site.get(path)
    assert response.status == 200, path
    svg = path.endswith(".svg")
    assert response.headers["content-type"] == ("image/svg+xml" if svg else "image/png")
    assert response.headers["content-security-policy"] == IMAGE_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert b"<svg" in response.body[:400] if svg else response.body.startswith(b"\x89PNG")


def test_missing_image_answers_the_branded_404(make_run_site):
    response = make_run_site.get("/media/images/nie-ma-takiego.png")
    assert response.status == 404
    assert_no_leak(response)


def test_media_documents_are_never_served(make_run_site, documents):
    for document in documents.values():
        response = make_run_site.get(f"/media/{document['stored']}")
        assert response.status == 404, document
        assert document["content"] not in response.text


@pytest.mark.parametrize("path", [
    "/media/images/../{stored}",
    "/media/images/%2e%2e/{stored}",
    "/media/original_images/..%2f{stored}",
])
def test_no_way_around_to_a_document_through_the_image_folders(make_run_site, documents, path):
    response = make_run_site.get(path.format(stored=documents["private"]["stored"]))
    assert response.status in (400, 404), path
    assert documents["private"]["content"] not in response.text


def test_public_document_is_served_by_wagtails_view(make_run_site, documents):
    public = documents["public"]
    response = make_run_site.get(f"/documents/{public['id']}/{public['filename']}")
    assert response.status == 200
    assert response.text == public["content"]


def test_private_document_is_not_served_to_an_anonymous_visitor(make_run_site, documents):
    private = documents["private"]
    response = make_run_site.get(f"/documents/{private['id']}/{private['filename']}")
    assert response.status == 302 and "/login/" in response.headers["location"]
    assert private["content"] not in response.text


def test_it_runs_the_scheduled_publishing_every_minute(make_run_site):
    assert "Publishing scheduled pages every minute" in make_run_site.output()
