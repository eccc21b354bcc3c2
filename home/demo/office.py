"""Demo step: "Biuro", the office page with hours, staff, bank account (dane przykładowe) and the contact form."""

import datetime

from ..models import OfficeFormField, OfficeHours, OfficePage, OfficeStaff

SAMPLE_IBAN = "PL78 1020 2498 0000 6102 0123 4567"  # dane przykładowe (valid mod-97 checksum)


def load(loader):
    clause = loader.home.get_children().filter(slug="klauzula-informacyjna-rodo").first()
    pl = {"title": "Biuro", "intro": "Biuro Związku: kontakt, godziny pracy i pracownicy.",
          "rodo_clause_page": clause, **_office_content(loader)}
    en = {"title": "Office", "slug": "office", "intro": "The association's office: contact, opening hours and staff.",
          "rodo_clause_page": (clause.get_translation_or_none(loader.en) or clause) if clause else None,
          **_office_content_en(loader)}
    loader.ensure_pair(loader.home, OfficePage, "biuro", pl=pl, en=en, show_in_menus=True)


def _office_hours():
    """Mon–Fri 7:30–15:30 (placeholder hours), Saturday and Sunday closed."""
    rows = [OfficeHours(weekday=day, opens=datetime.time(7, 30), closes=datetime.time(15, 30), sort_order=day) for day in range(5)]
    return rows + [OfficeHours(weekday=day, closed=True, sort_order=day) for day in (5, 6)]


OFFICE_STAFF = [
    ("Grzegorz Wawoczny", "Dyrektor Biura", "Director of the Office", "+48 32 000 00 01", "biuro@subregion.pl"),
    ("Anna Przykładowa (dane przykładowe)", "Zastępca Dyrektora Biura", "Deputy Director", "+48 32 000 00 02", ""),
    ("Jan Przykładowy (dane przykładowe)", "Specjalista ds. ZIT", "ITI specialist", "+48 32 000 00 03", ""),
    ("Maria Przykładowa (dane przykładowe)", "Specjalista ds. finansowych", "Finance specialist", "+48 32 000 00 04", ""),
]


OFFICE_FORM_FIELDS = [
    # (Polish label, English label, field type, required)
    ("Imię i nazwisko", "Name", "singleline", True),
    ("Adres e-mail", "E-mail address", "email", True),
    ("Temat", "Subject", "singleline", False),
    ("Wiadomość", "Message", "multiline", True),
]


def _office_content(loader):
    """The office page: hours, staff, bank account (dane przykładowe), directions and the contact form."""
    return {
        "opening_hours": _office_hours(),
        "staff": [OfficeStaff(name=n, position=p, phone=t, email=e, sort_order=i) for i, (n, p, _p, t, e) in enumerate(OFFICE_STAFF)],
        "bank_name": "Bank Przykładowy S.A. (dane przykładowe)",
        "bank_account": SAMPLE_IBAN,
        "directions": (
            "<p>Biuro mieści się przy ul. Rudzkiej 13C w Rybniku. Z dworca PKP Rybnik i z placu Wolności "
            "dojedziesz autobusami komunikacji miejskiej w stronę ul. Rudzkiej (dane przykładowe).</p>"
            "<p>Przy budynku jest bezpłatny parking z miejscem dla osób z niepełnosprawnościami; wejście jest na poziomie chodnika.</p>"
        ),
        "form_intro": "<p>Napisz do nas w sprawach Związku, projektów i współpracy. Odpowiadamy zwykle w ciągu 7 dni roboczych.</p>",
        "rodo_summary": (
            "<p>Administratorem Twoich danych jest Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego "
            "z siedzibą w Rybniku. Dane przetwarzamy wyłącznie, aby odpowiedzieć na wiadomość, i przechowujemy przez 12 miesięcy.</p>"
        ),
        "thank_you_text": "<p>Dziękujemy! Wiadomość trafiła do Biura Związku; odpowiemy na podany adres e-mail.</p>",
        "to_address": "biuro@subregion.pl",
        "from_address": "portal@subregion.pl",
        "subject": "Wiadomość z formularza kontaktowego portalu",
        "form_fields": [
            OfficeFormField(label=pl, field_type=kind, required=required, sort_order=i)
            for i, (pl, _en, kind, required) in enumerate(OFFICE_FORM_FIELDS)
        ],
    }


def _office_content_en(loader):
    return {
        "staff": [OfficeStaff(name=n, position=p, phone=t, email=e, sort_order=i) for i, (n, _p, p, t, e) in enumerate(OFFICE_STAFF)],
        "bank_name": "Sample Bank S.A. (sample data)",
        "directions": (
            "<p>The office is at ul. Rudzka 13C in Rybnik, reachable by city buses towards ul. Rudzka (sample data).</p>"
            "<p>Free parking next to the building, with a space for disabled drivers; step-free entrance.</p>"
        ),
        "form_intro": "<p>Write to us about the association, its projects and cooperation. We usually reply within 7 working days.</p>",
        "rodo_summary": (
            "<p>Your data is controlled by the association and used only to answer your message; we keep it for 12 months.</p>"
        ),
        "consent_label": "I agree to the processing of my personal data to answer my message.",
        "thank_you_text": "<p>Thank you! Your message has reached the association's office; we will reply by e-mail.</p>",
        "subject": "Message from the portal's contact form (English)",
        "form_fields": [
            OfficeFormField(label=en, field_type=kind, required=required, sort_order=i)
            for i, (_pl, en, kind, required) in enumerate(OFFICE_FORM_FIELDS)
        ],
    }
