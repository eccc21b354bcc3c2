"""Bad input is a 404 or a form error, never a 5xx: a few hundred generated bad values sent to every routed URL
and every query parameter the portal reads (register filters, pagination, project status, search)."""

import random
import re
from urllib.parse import quote, urlencode

import pytest

# Values that broke or could break parsing: unicode digits pass str.isdigit(), huge numbers overflow
# integer columns, quotes and NUL are syntax for some backends, path tricks, length, emoji.
BAD_VALUES = [
    "", " ", "0", "-1", "00", "²", "١٢", "½", "1e3", "1.5", "9" * 30, "'", '"', "\x00", "a\x00b", "<x>", "../..",
    "//evil.example", "%2e%2e", "a" * 3000, "😀", "null", "[]", "{}", "\\", "ąę", "2014-13-45", "31.02.2014",
    "NaN", "inf", "\ufeff", "\u200b",
]
QUERY_PARAMETERS = ["page", "status", "organ", "rok", "q", "rodzaj", "od", "do", "p", "format", "tab"]
SAMPLES = 400


def seed_urls(client):
    """Every URL of the sitemap (both languages) plus the routed sub-pages visitors can reach."""
    xml = client.get("/sitemap.xml").content.decode()
    urls = {re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", xml)}
    for url in list(urls):
        if url.startswith(("/projekty/", "/en/projects/")) and url.count("/") >= 4:
            urls.update({url + "nabor/", url + "pliki/", url + "recruitment/", url + "downloads/"})
        if url.rstrip("/").endswith(("/wladze", "/authorities")):
            urls.update({url + "archiwum/", url + "archive/", url + "osoby/1/", url + "people/1/"})
        if url.rstrip("/").endswith(("/uchwaly", "/resolutions")):
            urls.update({url + "feed/", url + "feed/zarzad/", url + "eksport/csv/", url + "eksport/json/"})
    urls.update({"/szukaj/", "/en/search/"})
    return sorted(urls)


def path_mutations(url):
    """``url`` with each of its segments replaced by each bad value (percent-encoded as a browser sends it)."""
    segments = [segment for segment in url.strip("/").split("/") if segment]
    for index in range(len(segments)):
        for value in BAD_VALUES:
            mutated = segments[:index] + [quote(value, safe="")] + segments[index + 1:]
            yield "/" + "/".join(mutated) + "/"


@pytest.mark.django_db
def test_no_generated_bad_input_gives_a_server_error(client):
    urls = seed_urls(client)
    assert len(urls) > 40, urls  # both languages of every section, routed tabs, feeds, exports
    rng = random.Random(20261202)
    requests = [f"{url}?{urlencode({name: value})}" for url in urls for name in QUERY_PARAMETERS for value in BAD_VALUES]
    requests = rng.sample(requests, SAMPLES)
    routed = {}  # one URL of each routed kind and language: a resolution, a person, a project tab
    for url in urls:
        kind = re.search(r"/(uchwaly|resolutions)/[^/]+/\d{4}/\d+/$|/(osoby|people)/|/(nabor|recruitment)/$", url)
        if kind:
            routed.setdefault(kind.group(0).split("/")[1], url)
    assert len(routed) == 6, routed
    requests += [mutated for url in routed.values() for mutated in path_mutations(url)]
    client.raise_request_exception = False  # count a crash as the 500 a visitor would get
    failures = []
    for url in requests:
        status = client.get(url).status_code
        if status >= 500:
            failures.append((status, url[:160]))
    assert not failures, f"{len(failures)} of {len(requests)} requests answered 5xx: {failures[:15]}"
