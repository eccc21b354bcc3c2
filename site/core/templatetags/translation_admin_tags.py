"""Admin tags: the state of a page's translation beside its title in the page listing."""

from django import template
from django.template.loader import render_to_string

from ..translations import State, translation_state

register = template.Library()


@register.simple_tag
def translation_state_tag(page):
    """A status tag "tłumaczenie nieaktualne" / "tłumaczenie niedokończone" (nothing when it is up to date)."""
    if page.is_root() or page.depth < 2:
        return ""
    state = translation_state(page)
    if state is None or state.state == State.UP_TO_DATE:
        return ""
    return render_to_string("core/admin/translation_state_tag.html", {"state": state})
