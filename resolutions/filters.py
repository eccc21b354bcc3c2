"""The register's filters: one form shared by the register page, the feed and the CSV/JSON exports.

Every filter is a GET parameter (``organ``, ``rok``, ``status``, ``q``, ``od``, ``do``), so a filtered view can be
shared and bookmarked. An invalid value never raises: the form reports it and the register shows an explained,
empty result.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from members.models import StatutoryBody

from .enums import NUMBER_RE, Status, status_q

MAX_QUERY_LENGTH = 200
FILTER_NAMES = ["organ", "rok", "status", "q", "od", "do"]


class ResolutionFilterForm(forms.Form):
    """Filters of the register; ``filter(queryset)`` applies the valid ones."""

    organ = forms.ChoiceField(label=_("Organ"), required=False)
    rok = forms.IntegerField(
        label=_("Rok"), required=False, min_value=1990, max_value=2100,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "size": 5}),
        error_messages={"invalid": _("Rok to liczba, np. 2014.")},
    )
    status = forms.ChoiceField(label=_("Status"), required=False)
    q = forms.CharField(
        label=_("W sprawie (słowa z tytułu) lub numer"), required=False, max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    od = forms.DateField(
        label=_("Podjęte od dnia"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d.%m.%Y"], error_messages={"invalid": _("Podaj datę w postaci RRRR-MM-DD.")},
    )
    do = forms.DateField(
        label=_("Podjęte do dnia"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d.%m.%Y"], error_messages={"invalid": _("Podaj datę w postaci RRRR-MM-DD.")},
    )

    def __init__(self, data=None, bodies=None):
        data = data.copy() if data is not None else None
        if data is not None and len(data.get("q", "")) > MAX_QUERY_LENGTH:
            data["q"] = data["q"][:MAX_QUERY_LENGTH]
        super().__init__(data)
        if bodies is None:
            bodies = list(StatutoryBody.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
        self.bodies = {body.slug: body for body in bodies}
        self.fields["organ"].choices = [("", _("wszystkie"))] + [(b.slug, b.name) for b in bodies]
        self.fields["status"].choices = [("", _("wszystkie"))] + list(Status.choices)
        for name, field in self.fields.items():
            field.widget.attrs.setdefault("id", f"filter-{name}")
        self.fields["organ"].error_messages["invalid_choice"] = _("Nie ma organu „%(value)s”. Wybierz organ z listy.")
        self.fields["status"].error_messages["invalid_choice"] = _("Nie ma statusu „%(value)s”. Wybierz status z listy.")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("od"), cleaned.get("do")
        if start and end and start > end:
            self.add_error("do", _("Data końcowa jest wcześniejsza niż początkowa."))
        return cleaned

    @property
    def is_filtered(self):
        return self.is_bound and any(self.data.get(name) for name in FILTER_NAMES)

    def filter(self, queryset):
        """Apply the filters; call only when the form is valid."""
        data = self.cleaned_data
        if data.get("organ"):
            # Resolutions link the default-locale body; ``bodies`` may be its translations (same key).
            queryset = queryset.filter(body__translation_key=self.bodies[data["organ"]].translation_key)
        if data.get("rok"):
            queryset = queryset.filter(year=data["rok"])
        if data.get("status"):
            queryset = queryset.filter(status_q(data["status"]))
        if data.get("od"):
            queryset = queryset.filter(adopted_on__gte=data["od"])
        if data.get("do"):
            queryset = queryset.filter(adopted_on__lte=data["do"])
        query = (data.get("q") or "").strip()
        if query:
            match = NUMBER_RE.match(query)
            if match:
                queryset = queryset.filter(seq=int(match.group(1)), year=int(match.group(2)))
            else:
                for word in query.split()[:10]:
                    queryset = queryset.filter(title__icontains=word)
        return queryset

    def query_string(self):
        """The valid filters, URL-encoded (without ``page``), for pagination links and exports."""
        from urllib.parse import urlencode

        if not self.is_bound:
            return ""
        return urlencode([(name, self.data.get(name)) for name in FILTER_NAMES if self.data.get(name)])
