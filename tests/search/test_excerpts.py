"""A result's excerpt: the words around the first match, marked, with "…" only where the text goes on. The text is
read only as far as the excerpt needs (a resolution's text runs to 60,000 characters), so these check the edges:
a match at the very start, deep inside, at the very end, and none."""

from search.excerpts import AFTER, BEFORE, excerpt

FILLER = [f"słowo{number}" for number in range(3000)]


def shown_words(html):
    return html.replace("<mark>", "").replace("</mark>", "").split()


def test_a_match_deep_in_a_long_text_shows_the_words_around_it_cut_on_both_sides():
    text = " ".join([*FILLER[:2000], "absolutorium", *FILLER[2000:]])
    html = excerpt([text], {"absolutorium"})
    words = shown_words(html)
    assert words[0] == "…" and words[-1] == "…"
    assert words[1:-1] == [*FILLER[2000 - BEFORE:2000], "absolutorium", *FILLER[2000:2000 + AFTER - 1]]
    assert html.count("<mark>absolutorium</mark>") == 1


def test_a_match_at_the_start_or_the_end_has_no_dots_on_that_side():
    first = excerpt([" ".join(["Absolutorium", *FILLER[:100]])], {"absolutorium"})
    assert first.startswith("<mark>Absolutorium</mark> ") and first.endswith(" …")
    last = excerpt([" ".join([*FILLER[:100], "absolutorium."])], {"absolutorium"})
    assert last.startswith("… ") and last.endswith("<mark>absolutorium</mark>.")
    whole = excerpt(["Udzielono absolutorium Zarządowi."], {"absolutorium"})
    assert str(whole) == "Udzielono <mark>absolutorium</mark> Zarządowi."


def test_an_inflected_form_in_the_second_text_is_found_and_every_match_shown_is_marked():
    html = excerpt(["Nic tu nie ma.", "Zarząd otrzymał absolutoria i absolutorium za rok 2019."], {"absolutorium"})
    assert "<mark>absolutoria</mark>" in html and "<mark>absolutorium</mark>" in html


def test_without_a_match_the_excerpt_is_the_start_of_the_fallback_escaped():
    html = excerpt([" ".join(FILLER)], {"kalejdoskop"}, fallback="Opis <b>strony</b> & " + " ".join(FILLER))
    assert html.startswith("Opis strony &amp; słowo0") and html.endswith(" …") and "<mark>" not in html


def test_the_text_around_and_inside_a_mark_is_escaped():
    html = excerpt(['Rada & Zarząd: "absolutorium" dla x < y, o\'Brien'], {"absolutorium"})
    assert str(html) == "Rada &amp; Zarząd: &quot;<mark>absolutorium</mark>&quot; dla x &lt; y, o&#x27;Brien"
