"""The register's acceptance ("done when") scenario through real admin and public requests, and the pieces it relies on:
attachments' text and scan flag, the admin listing's scan filter, and one public URL per resolution.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from core.demo.files import make_pdf
from resolutions.models import RelationKind, ResolutionPage, Status

pytestmark = pytest.mark.django_db


def user_in(group_name, username, first_name, last_name):
    user = get_user_model().objects.create_user(
        username, password="pass", first_name=first_name, last_name=last_name
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def upload(client, title, content):
    """Upload a PDF through the admin's document form, as an editor does; returns the document."""
    response = client.post(reverse("wagtaildocs:add"), {
        "title": title,
        "file": SimpleUploadedFile(f"{title}.pdf", content, content_type="application/pdf"),
        "collection": Collection.get_first_root_node().pk,
    })
    assert response.status_code == 302, response.content[:2000]
    return get_document_model().objects.get(title=title)


def resolution_form(bodies, document, attachments=(), relations=(), **overrides):
    data = {
        "title": "w sprawie nowych zasad przesunięć środków finansowych",
        "slug": "",
        "number": "5/2025",
        "body": bodies["zarzad"].pk,
        "adopted_on": "2025-06-10",
        "in_force_from": "",
        "expires_on": "",
        "session": "Posiedzenie Zarządu Związku w dniu 10 czerwca 2025 r.",
        "legal_basis": "§ 21 Statutu Związku",
        "summary": rich_text("<p>Zarząd ustala nowe zasady.</p>"),
        "document": document.pk,
        "status_override": "",
        "change_note": "Utworzenie dokumentu",
        "produced_by": "Dyrektor Biura Związku",
        "responsible": "Dyrektor Biura Związku",
        "entered_by": "",
        "attachments": inline_formset([{"title": title, "document": doc.pk} for title, doc in attachments]),
        "relations": inline_formset([{"kind": kind, "target": target.pk} for kind, target in relations]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_adds_a_repeal_with_a_pdf_it_is_approved_and_a_visitor_finds_it(client, register, bodies):
    old = ResolutionPage.objects.get(locale=register.locale, body__slug="zarzad", number="1/2014")
    assert old.status == Status.IN_FORCE
    secretary = user_in("Redakcja", "ewa", "Ewa", "Sekretarz")
    publisher = user_in("Publikujący", "piotr", "Piotr", "Wydawca")

    # 1. the secretary uploads the PDFs and adds the resolution, which repeals 1/2014, and submits it
    client.force_login(secretary)
    main = upload(client, "Uchwała 5/2025 Zarządu", make_pdf("Uchwała nr 5/2025", ["Uchyla się uchwałę nr 1/2014."]))
    annex = upload(client, "Załącznik 1 do 5/2025", make_pdf("Załącznik nr 1", ["Harmonogram kolibra zielonego."]))
    add_url = reverse("wagtailadmin_pages:add", args=("resolutions", "resolutionpage", register.pk))
    response = client.post(add_url, resolution_form(
        bodies, main, attachments=[("Załącznik nr 1 – harmonogram", annex)],
        relations=[(RelationKind.REPEALS, old)], **{"action-submit": "1"},
    ))
    assert response.status_code == 302
    new = ResolutionPage.objects.get(number="5/2025", body__slug="zarzad")
    assert not new.live and new.workflow_in_progress
    assert client.get("/uchwaly/zarzad/2025/5/").status_code == 404, "not public before approval"

    # 2. a Publikujący member approves it, confirming what goes public, which publishes it
    client.force_login(publisher)
    task_state = new.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(new.pk, "approve", task_state.pk)),
        {"comment": "", "confirm": "on"},
    )
    assert response.status_code in (200, 302)
    new.refresh_from_db()
    assert new.live
    assert "Uchyla się uchwałę" in new.document_text and "kolibra zielonego" in new.attachments_text

    # 3. a visitor finds it in the register by year and body
    client.logout()
    html = client.get("/uchwaly/", {"rok": "2025", "organ": "zarzad"}).content.decode()
    assert "Znaleziono 1 uchwałę" in html
    assert 'href="/uchwaly/zarzad/2025/5/"' in html and "nowych zasad przesunięć" in html

    # 4. the old one is marked "uchylona" with a link to the new one, in the register and on its page
    old.refresh_from_db()
    assert old.status == Status.REPEALED
    row = client.get("/uchwaly/", {"rok": "2014", "organ": "zarzad", "q": "1/2014"}).content.decode()
    assert "status--uchylona" in row
    old_html = client.get("/uchwaly/zarzad/2014/1/").content.decode()
    assert "Status: uchylona" in old_html
    assert re.search(r'Uchwała uchylona przez:\s*<a href="/uchwaly/zarzad/2025/5/">', old_html)

    # 5. the new one's page shows the relation, the documents and the change register
    new_html = client.get("/uchwaly/zarzad/2025/5/").content.decode()
    assert "Uchyla" in new_html and 'href="/uchwaly/zarzad/2014/1/"' in new_html
    assert "Załącznik nr 1 – harmonogram" in new_html and "(PDF," in new_html
    register_table = new_html[new_html.index('id="change-register"'):]
    assert "Ewa Sekretarz" in register_table and "Utworzenie dokumentu" in register_table
    assert "Wprowadził</dt><dd>Ewa Sekretarz" in new_html

    # 6. the attachment's text is found by the site search
    assert 'href="/uchwaly/zarzad/2025/5/"' in client.get("/szukaj/", {"q": "kolibra"}).content.decode()


def test_a_scanned_attachment_is_flagged_in_the_edit_view_and_the_admin_listing(
    admin_client, register, make_resolution, text_pdf, scanned_pdf
):
    from resolutions.models import ResolutionAttachment

    clean = make_resolution(document=text_pdf, title="w sprawie bez skanów")
    page = make_resolution(
        document=text_pdf, title="w sprawie ze skanem w załączniku",
        attachments=[ResolutionAttachment(title="Załącznik nr 1 – mapa", document=scanned_pdf)],
    )
    assert not page.document_is_scan and page.has_scan and not clean.has_scan
    attachment = page.attachments.get()
    assert attachment.is_scan and attachment.text == "" and attachment.text_of == scanned_pdf.pk

    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "1 załącznik to skan bez warstwy tekstowej" in html and "„Załącznik nr 1 – mapa”" in html
    assert "Ten załącznik to skan bez warstwy tekstowej" in html

    listing = admin_client.get(f"/admin/pages/{register.pk}/")
    assert listing.status_code == 200
    text = listing.content.decode()
    assert "Skan bez tekstu" in text and "w sprawie ze skanem w załączniku" in text
    rows = {title: row for row in re.findall(r"<tr.*?</tr>", text, re.S)
            for title in ("w sprawie ze skanem w załączniku", "w sprawie bez skanów") if title in row}
    assert "skan – uzupełnij tekst" in rows["w sprawie ze skanem w załączniku"]
    assert "skan – uzupełnij tekst" not in rows["w sprawie bez skanów"]
    assert "icon-cross" not in rows["w sprawie bez skanów"], "a row without a scan must not show a red ✗"
    scans = admin_client.get(f"/admin/pages/{register.pk}/", {"has_scan": "true"}).content.decode()
    assert "w sprawie ze skanem w załączniku" in scans and "w sprawie bez skanów" not in scans
    assert "absolutorium" not in scans  # demo resolutions all have a text layer


def test_admin_listing_columns_cost_no_query_per_row(admin_client, register, make_resolution):
    """The number, body and scan columns add no query per row (the bodies come in one query).

    wagtail-localize's translation buttons still cost two queries per row in any page explorer listing; that is
    outside this app, so the test counts what this app adds.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def body_queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(f"/admin/pages/{register.pk}/").status_code == 200
        return [q["sql"] for q in captured.captured_queries if "members_statutorybody" in q["sql"]]

    body_queries()
    small = body_queries()
    for day in range(1, 21):
        make_resolution(body="komisja-rewizyjna", adopted=f"2029-07-{day:02d}", revision=False)
    assert len(body_queries()) == len(small) <= 2  # the filter's choices and the rows' bodies


def test_replacing_an_attachment_file_extracts_its_text_again(make_resolution, text_pdf, scanned_pdf):
    from resolutions.models import ResolutionAttachment

    page = make_resolution(document=text_pdf, attachments=[ResolutionAttachment(title="Zał. 1", document=scanned_pdf)])
    assert page.has_scan
    scanned_pdf.file.save("nowy.pdf", SimpleUploadedFile("nowy.pdf", make_pdf("Zał.", ["Żyrafa błękitna."])))
    page.refresh_from_db()
    assert not page.has_scan and "Żyrafa błękitna" in page.attachments_text
    assert "Żyrafa" in page.attachments.get().text


def test_one_public_url_per_resolution(client, make_resolution):
    page = make_resolution(body="zarzad", number="12/2032", adopted="2032-01-09")
    assert page.url == "/uchwaly/zarzad/2032/12/"
    assert page.get_full_url().endswith("/uchwaly/zarzad/2032/12/")
    response = client.get("/uchwaly/zarzad-2032-12/")
    assert response.status_code == 301 and response["Location"].endswith("/uchwaly/zarzad/2032/12/")
    assert client.get("/uchwaly/zarzad-2032-12/extra/").status_code == 404
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/uchwaly/zarzad/2032/12/</loc>" in sitemap and "zarzad-2032-12" not in sitemap
    html = client.get(page.url).content.decode()
    assert 'rel="canonical" href="http://localhost/uchwaly/zarzad/2032/12/"' in html or "/uchwaly/zarzad/2032/12/" in html
    english = page.get_translations().first()
    if english is not None:
        assert client.get(english.url).status_code == 200

