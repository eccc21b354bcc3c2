"""Demo step part: the accessibility statement in Polish and English, as the statutory page type.

Called by ``home.demo.site`` with the legal pages. A database made before the page type existed holds a plain
content page at the same address; it is replaced (both languages) by the structured statement, keeping the
address, so the footer, bookmarks and the checkers' records stay valid.
"""

import datetime

from core.models import SiteSettings, StandardPage

from ..models import AccessibilityIssue, AccessibilityStatementPage, AssessmentMethod, ComplianceStatus, IssueKind
from ..models.office import office_today

SLUG = "deklaracja-dostepnosci"
PUBLISHED_ON = datetime.date(2024, 1, 1)  # dane przykładowe (domain.md: the demo skeleton)


def load(loader, home):
    _replace_plain_page(loader, home)
    today = office_today()
    statement = loader.ensure_page(
        home, AccessibilityStatementPage, SLUG,
        title="Deklaracja dostępności",
        published_on=PUBLISHED_ON,
        updated_on=today,
        status=ComplianceStatus.PARTIAL,
        prepared_on=PUBLISHED_ON,
        reviewed_on=today,
        assessment=AssessmentMethod.SELF,
        contact_person="Koordynator ds. dostępności (dane przykładowe)",
        accessibility_features=(
            "<ul><li>Przyciski „Czcionki” (A, A+, A++) w nagłówku powiększają tekst.</li>"
            "<li>Przycisk „Kontrast” włącza wysoki kontrast.</li>"
            "<li>Odnośnik „Przejdź do treści” na początku strony pozwala pominąć menu; "
            "działają standardowe skróty klawiaturowe przeglądarki.</li></ul>"
        ),
        architecture=(
            "<p>Biuro Związku mieści się w budynku przy ul. Rudzkiej 13C w Rybniku (dane przykładowe poniżej).</p>"
            "<ul><li>Do budynku prowadzi wejście od ulicy bez schodów; drzwi otwierają się ręcznie.</li>"
            "<li>Biuro jest na parterze; w budynku nie ma windy.</li>"
            "<li>Przed budynkiem jest miejsce parkingowe dla osób z niepełnosprawnościami.</li>"
            "<li>Do budynku można wejść z psem asystującym i psem przewodnikiem.</li>"
            "<li>Na miejscu nie ma pętli indukcyjnej; tłumacza polskiego języka migowego zapewniamy "
            "po wcześniejszym zgłoszeniu (co najmniej 3 dni robocze przed wizytą).</li></ul>"
        ),
        issues=[
            AccessibilityIssue(
                content="Część dokumentów PDF w rejestrze uchwał to skany bez warstwy tekstowej",
                kind=IssueKind.NONCOMPLIANCE,
                reason="dokumenty podpisane odręcznie, zeskanowane przed uruchomieniem portalu; są zastępowane "
                "plikami z tekstem",
                alternative="na prośbę Biuro prześle treść uchwały e-mailem w postaci tekstu",
                sort_order=0,
            ),
            AccessibilityIssue(
                content="Dokumenty opublikowane przed 23 września 2018 r.",
                kind=IssueKind.OUT_OF_SCOPE,
                reason="pliki archiwalne, które nie są niezbędne do realizacji bieżących zadań Związku",
                alternative="na prośbę udostępnimy je w dostępnej formie",
                sort_order=1,
            ),
        ],
    )
    loader.ensure_translation(
        statement,
        title="Accessibility statement",
        slug="accessibility-statement",
        contact_person="Accessibility coordinator (sample data)",
        accessibility_features=(
            "<ul><li>The “Czcionki” buttons (A, A+, A++) in the header enlarge the text.</li>"
            "<li>The “Kontrast” button switches to high contrast.</li>"
            "<li>The “Skip to content” link at the top of every page skips the menu; the browser's standard "
            "keyboard shortcuts work.</li></ul>"
        ),
        architecture=(
            "<p>The association's office is at ul. Rudzka 13C in Rybnik (sample data below).</p>"
            "<ul><li>The street entrance has no steps; the door opens by hand.</li>"
            "<li>The office is on the ground floor; the building has no lift.</li>"
            "<li>There is a parking space for disabled people in front of the building.</li>"
            "<li>Assistance dogs and guide dogs are welcome.</li>"
            "<li>There is no induction loop; a Polish Sign Language interpreter is available when requested "
            "at least 3 working days before the visit.</li></ul>"
        ),
        issues=[
            AccessibilityIssue(
                content="Some PDF documents in the register of resolutions are scans without a text layer",
                kind=IssueKind.NONCOMPLIANCE,
                reason="hand-signed documents scanned before the portal started; they are being replaced by files "
                "with text",
                alternative="on request the office e-mails the text of the resolution",
                sort_order=0,
            ),
            AccessibilityIssue(
                content="Documents published before 23 September 2018",
                kind=IssueKind.OUT_OF_SCOPE,
                reason="archived files not needed for the association's current tasks",
                alternative="on request we provide them in an accessible form",
                sort_order=1,
            ),
        ],
    )
    settings = SiteSettings.load()
    if settings.accessibility_page_id is None:
        settings.accessibility_page = statement
        settings.save()
    return statement


def _replace_plain_page(loader, home):
    """A plain content page at the statement's address (from before this page type) gives way to it."""
    old = home.get_children().filter(slug=SLUG).first()
    if old is None or old.specific_class is not StandardPage:
        return
    loader.log("  replacing the plain accessibility page by the statutory statement (same address)")
    for translation in old.get_translations():
        translation.delete()
    old.delete()
