"""The situation room in a real browser: Debian's Chromium driven by Playwright against the real
server (uvicorn on 127.0.0.1, a port the system picks) over a small store built from the sentences
below (written for these tests).

Needs the `chromium` Debian package and the `playwright` Python package (never `playwright install`:
the tests use the system's Chromium). Without them the module is skipped, unless CI is set.
Screenshots go to $SITROOM_SCREENSHOTS (default: a temporary folder).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

_MISSING = [why for why, gone in (("Debian's chromium (apt-get install chromium)", CHROMIUM is None),
                                  ("the playwright Python package (pip install playwright)", sync_playwright is None))
            if gone]
if _MISSING:
    if os.environ.get("CI"):
        pytest.fail(f"the browser tests need {' and '.join(_MISSING)}; .ci/run installs them", pytrace=False)
    pytest.skip(f"the browser tests need {' and '.join(_MISSING)}", allow_module_level=True)

import uvicorn  # noqa: E402

from sitroom import open_store  # noqa: E402
from sitroom.server.app import create_app  # noqa: E402

TOKEN = "dashboard-test-token"
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"

# (key, outlet, published, url, text): every sentence written for these tests.
STORIES = [
    ("drone-a", "Border Gazette", "2024-08-05", "https://border-gazette.example/drone-a",
     "MIRANSHAH: Drones fired missiles at a house in Miranshah on Sunday, killing six militants of the "
     "Tehreek-e-Taliban Pakistan, security sources said.\n\nThe house had been used as a hideout, they said."),
    ("drone-b", "Hill Chronicle", "2024-08-06", "https://hill-chronicle.example/drone-b",
     "PESHAWAR: A drone strike on a hideout in Miranshah on Sunday killed seven militants, officials said.\n\n"
     "Residents said the blast shook nearby homes."),
    ("chaman", "Frontier Ledger", "2024-09-10", "javascript:alert(1)",
     "QUETTA: Afghan and Pakistani border forces exchanged fire near Chaman on Monday, killing two soldiers, "
     f"officials said.\n\nThe crossing stayed shut for the rest of the day. {HOSTILE_SCRIPT} {HOSTILE_IMG}"),
    ("boldak", "Kandahar Post", "2024-09-11", "https://kandahar-post.example/boldak",
     "KANDAHAR: Taliban fighters clashed with Pakistani troops in Spin Boldak on Tuesday, killing three "
     "civilians, local officials said."),
    ("chitral", "Mountain Voice", "2024-10-02", "https://mountain-voice.example/chitral",
     "CHITRAL: Militants attacked a police post in Chitral on Tuesday, killing four policemen, police said.\n\n"
     "Reinforcements were sent to the district."),
    ("protest", "Mountain Voice", "2024-10-20", "https://mountain-voice.example/protest",
     "PESHAWAR: Thousands of students marched peacefully in Peshawar on Saturday to demand better schools."),
    ("flight", "Kandahar Post", "2024-09-12", "https://kandahar-post.example/flight",
     "QUETTA: More than 2,000 Afghan families fled from Kandahar to Quetta on Wednesday to escape the fighting, "
     "officials said."),
]
# An extra outline layer (a rough box drawn for these tests), given to the server as a basemap.
OUTLINE = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "test box"},
           "geometry": {"type": "Polygon", "coordinates": [[[69.0, 31.0], [73.0, 31.0], [73.0, 36.5], [69.0, 36.5],
                                                            [69.0, 31.0]]]}}]}


# ---------------------------------------------------------------------------------------------------
# the store, the server, the browser


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("dashboard")
    source = folder / "stories.jsonl"
    source.write_text("".join(json.dumps({"id": key, "outlet": outlet, "published": published, "url": url,
                                          "text": text}) + "\n"
                              for key, outlet, published, url, text in STORIES), encoding="utf-8")
    db = str(folder / "events.db")
    with open_store(db) as opened:
        opened.ingest([source])
    return db


@pytest.fixture(scope="module")
def server(store, tmp_path_factory):
    """The real app under uvicorn on 127.0.0.1 (port 0: the system picks a free one); its base URL."""
    outline = tmp_path_factory.mktemp("outline") / "box.geojson"
    outline.write_text(json.dumps(OUTLINE), encoding="utf-8")
    app = create_app(store, write_token=TOKEN, basemaps=[str(outline)])
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the server did not start")
        time.sleep(0.05)
    port = running.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("SITROOM_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


class Watched:
    """A page with every alert/confirm/prompt and uncaught script error recorded."""

    def __init__(self, page):
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        # what the Content-Security-Policy refused (an inline style or script the page should not have)
        page.on("console", lambda message: self.errors.append(message.text)
                if message.type == "error" and "Content Security Policy" in message.text else None)

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


@pytest.fixture
def watched(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    seen = Watched(page)
    yield seen
    context.close()
    assert seen.dialogs == [], f"a dialog fired: {seen.dialogs}"
    assert seen.errors == [], f"script errors: {seen.errors}"


# ---------------------------------------------------------------------------------------------------
# helpers


def api(server: str, path: str, body: dict | None = None, token: str | None = None):
    request = urllib.request.Request(server + path, method="POST" if body is not None else "GET")
    if body is not None:
        request.data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=20) as response:
        raw = response.read()
        kind = response.headers.get("Content-Type", "")
    return json.loads(raw) if "json" in kind else raw.decode("utf-8")


def incidents(server: str, **filters) -> list[dict]:
    query = urllib.parse.urlencode({**filters, "limit": 1000})
    return api(server, f"/api/incidents?{query}")["items"]


def incident_at(server: str, town: str) -> dict:
    found = [i for i in incidents(server) if town.lower() in (i.get("location") or "").lower()]
    assert found, f"no incident at {town}: {[i.get('location') for i in incidents(server)]}"
    return found[0]


def open_dashboard(watched: Watched, server: str, query: str = ""):
    page = watched.page
    page.goto(f"{server}/{query}")
    page.wait_for_selector("body[data-loaded]:not(.busy)")
    return page


def no_injected_markup(page):
    """Nothing from the data became an element: no <img>, no script beyond the page's own two."""
    assert page.locator("img[src='x']").count() == 0
    scripts = page.eval_on_selector_all("script", "nodes => nodes.map(n => n.getAttribute('src'))")
    assert scripts == ["/static/vendor/leaflet/leaflet.js", "/static/app.js"]
    assert page.locator("a[href^='javascript']").count() == 0


# ---------------------------------------------------------------------------------------------------
# the tests


def test_dashboard_shows_markers_timeline_and_list(watched, server, screenshots):
    every = incidents(server)
    placed = [i for i in every if i.get("lat") is not None]
    assert len(placed) >= 4
    page = open_dashboard(watched, server)
    page.wait_for_selector("path.incident-marker")
    assert page.locator("path.incident-marker").count() == len(placed)
    assert page.locator(".timeline-svg g.bar rect.segment").count() >= 3
    assert page.locator("table.incidents tbody tr").count() == len(every)
    assert page.locator(".legend").is_visible()
    # sorting by a header: most fatalities first, then fewest
    page.click("table.incidents th button[data-sort=fatalities]")
    first = page.get_attribute("table.incidents tbody tr >> nth=0", "data-incident")
    assert int(first) == max(every, key=lambda i: (i["fatalities"] or 0))["id"]
    page.click("table.incidents th button[data-sort=fatalities]")
    assert page.get_attribute("table.incidents th button[data-sort=fatalities] >> xpath=..", "aria-sort") == "ascending"
    # the basemap was drawn (countries as SVG paths in their own pane; it loads after the markers,
    # so wait for it on a busy machine), and the server's extra outline
    page.locator(".leaflet-basemap-pane path").first.wait_for(state="attached")
    assert page.locator(".leaflet-basemap-pane path").count() > 0
    page.locator(".leaflet-control-layers-overlays label", has_text="Outline 1").wait_for()
    # a movement: a line, its arrowhead and its label
    moves = api(server, "/api/movements")["items"]
    assert moves, "the flight from Kandahar to Quetta gave no movement"
    assert page.locator("path.movement-arrow").count() == len(moves)
    assert f"{moves[0]['count']:,}" in page.inner_text(".movement-label")
    page.screenshot(path=str(screenshots / "dashboard-1400.png"))
    page.set_viewport_size({"width": 1024, "height": 800})
    page.wait_for_timeout(300)
    page.screenshot(path=str(screenshots / "dashboard-1024.png"), full_page=True)


def test_filter_drives_list_and_url_and_bad_filter_shows_the_api_error(watched, server, screenshots):
    battles = incidents(server, type="Battles")
    assert 0 < len(battles) < len(incidents(server))
    page = open_dashboard(watched, server)
    page.select_option("select[name=type]", "Battles")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**type=Battles**")
    page.wait_for_selector("body[data-loaded]:not(.busy)")
    rows = page.locator("table.incidents tbody tr")
    assert rows.count() == len(battles)
    types = page.eval_on_selector_all("table.incidents tbody tr td:nth-child(3)",
                                      "cells => cells.map(c => c.textContent)")
    assert set(types) == {"Battles"}
    assert page.locator("path.incident-marker").count() == len([b for b in battles if b.get("lat") is not None])
    export = page.get_attribute("a.export[data-format=acled-csv]", "href")
    assert export.startswith("/api/export?") and "type=Battles" in export
    # the filters live in the URL: a reload keeps them
    page.reload()
    page.wait_for_selector("body[data-loaded]:not(.busy)")
    assert page.input_value("select[name=type]") == "Battles"
    assert page.locator("table.incidents tbody tr").count() == len(battles)
    # a bar of the timeline narrows since/until to its period
    bar = page.locator(".timeline-svg g.bar[role=button]").first
    period = bar.get_attribute("data-period")
    bar.click()
    page.wait_for_url(f"**since={period}**")
    page.wait_for_selector("body[data-loaded]:not(.busy)")
    assert page.input_value("input[name=since]") == period
    until = page.input_value("input[name=until]")
    within = [b for b in battles if period <= b["event_date"] <= until]
    assert within and page.locator("table.incidents tbody tr").count() == len(within)
    # a bad filter: the API's own message next to the form
    page.goto(f"{server}/?since=last-tuesday")
    page.wait_for_selector("#filter-error:not([hidden])")
    with pytest.raises(urllib.error.HTTPError) as bad:
        api(server, "/api/incidents?since=last-tuesday")
    assert bad.value.code == 400
    said = json.loads(bad.value.read())
    assert said["error"] in page.inner_text("#filter-error")
    assert page.get_attribute("input[name=since]", "aria-invalid") == "true"
    page.screenshot(path=str(screenshots / "bad-filter.png"))


def test_incident_panel_and_article_marks_the_evidence(watched, server, screenshots):
    strike = incident_at(server, "Miran")
    detail = api(server, f"/api/incidents/{strike['id']}")
    assert len(detail["sources"]) == 2
    page = open_dashboard(watched, server)
    page.click(f"table.incidents tr[data-incident='{strike['id']}']")
    page.wait_for_selector("ol.sources li.source")
    assert page.locator("ol.sources li.source").count() == 2
    assert page.inner_text(".fatalities") == str(detail["fatalities"])
    assert detail["fatalities_basis"] in page.inner_text("#panel")
    assert page.locator("table.incidents tr.selected").count() == 1
    assert page.locator("path.incident-highlight").count() == 1
    source = detail["sources"][0]
    evidence = source["evidence"][0]
    first = page.locator(f"li.source[data-event='{source['event']}']")
    assert evidence["sentence"] in first.inner_text()
    link = first.locator(".source-url a")
    assert link.get_attribute("href") == source["url"]
    assert link.get_attribute("rel") == "noopener noreferrer"
    page.screenshot(path=str(screenshots / "incident-panel.png"))
    first.locator("button.show-article").click()
    page.wait_for_selector("#article-dialog .article-text mark.mark-current")
    article = api(server, f"/api/articles/{source['article']}")
    marked = page.inner_text("#article-dialog .article-text mark.mark-current")
    assert marked == article["text"][evidence["start"]:evidence["end"]] == evidence["sentence"]
    assert page.inner_text("#article-dialog .article-text") == article["text"]
    page.screenshot(path=str(screenshots / "article-evidence.png"))


def test_hostile_text_is_shown_as_text(watched, server, screenshots):
    chaman = incident_at(server, "Chaman")
    detail = api(server, f"/api/incidents/{chaman['id']}")
    event = detail["sources"][0]["event"]
    api(server, f"/api/events/{event}/review", token=TOKEN, body={
        "action": "correct", "who": HOSTILE_IMG, "note": HOSTILE_SCRIPT,
        "changes": {"actor1": HOSTILE_IMG, "actor2": HOSTILE_SCRIPT,
                    "location": {"name": HOSTILE_SCRIPT, "lat": 30.92, "lon": 66.45, "country": "PAK",
                                 "admin1": HOSTILE_IMG, "admin2": None}}})
    hostile = [i for i in incidents(server) if i.get("actor1") == HOSTILE_IMG]
    assert hostile, "the correction of actor1 did not show in /api/incidents"
    target = hostile[0]["id"]
    page = open_dashboard(watched, server)
    row = page.locator(f"table.incidents tr[data-incident='{target}']")
    assert HOSTILE_IMG in row.inner_text()
    row.click()
    page.wait_for_selector("ol.sources li.source")
    panel = page.inner_text("#panel")
    assert HOSTILE_IMG in panel and HOSTILE_SCRIPT in panel
    # a javascript: URL is plain text, not a link
    assert "javascript:alert(1)" in page.inner_text("li.source .source-url")
    assert page.locator("li.source .source-url a").count() == 0
    # the map's tooltip is text too
    page.dispatch_event(f"path.incident-marker[data-incident='{target}']", "mouseover")
    page.locator(".leaflet-tooltip", has_text=HOSTILE_IMG).wait_for()
    page.click("li.source button.show-article")
    page.wait_for_selector("#article-dialog .article-text mark")
    text = page.inner_text("#article-dialog .article-text")
    assert HOSTILE_SCRIPT in text and HOSTILE_IMG in text
    page.screenshot(path=str(screenshots / "hostile-article.png"))
    page.click("#article-dialog .dialog-close")
    page.click("#show-log")
    page.wait_for_selector("#log-dialog table.log")
    assert HOSTILE_SCRIPT in page.inner_text("#log-dialog")
    page.screenshot(path=str(screenshots / "review-log.png"))
    no_injected_markup(page)


def test_correction_with_the_token_shows_in_panel_and_export(watched, server, screenshots):
    chitral = [i for i in incidents(server, type="Battles") if "chitral" in (i.get("location") or "").lower()][0]
    detail = api(server, f"/api/incidents/{chitral['id']}")
    event = detail["sources"][0]["event"]
    page = open_dashboard(watched, server)
    page.fill("#token", TOKEN)
    page.fill("#who", "dashboard test")
    page.click(f"table.incidents tr[data-incident='{chitral['id']}']")
    source = page.locator(f"li.source[data-event='{event}']")
    source.locator("button.correct").click()
    form = source.locator("form.correct-form")
    form.locator("input[name=fatalities]").fill("11")
    form.locator("input[name=note]").fill("the district police gave eleven")
    form.locator("button[type=submit]").click()
    page.wait_for_selector(f"li.source[data-event='{event}'] .badge-corrected")
    expect(page.locator(".fatalities")).to_have_text("11")
    # the list reloads after the panel: let it, rather than race it
    expect(page.locator(f"table.incidents tr[data-incident='{chitral['id']}'] td.num").first).to_contain_text("11")
    page.screenshot(path=str(screenshots / "corrected.png"))
    exported = api(server, "/api/export?format=acled-csv&type=Battles")
    rows = [r for r in csv.DictReader(io.StringIO(exported)) if "chitral" in (r.get("location") or "").lower()]
    assert rows and {r["fatalities"] for r in rows} == {"11"}, rows
    log = api(server, "/api/review/log")["items"]
    assert any(item.get("event") == event and item.get("action") == "correct" for item in log)


def test_a_wrong_token_fails_with_a_visible_error(watched, server, screenshots):
    boldak = incident_at(server, "Boldak")
    page = open_dashboard(watched, server)
    page.fill("#token", "not-the-token")
    page.click(f"table.incidents tr[data-incident='{boldak['id']}']")
    page.wait_for_selector("li.source button.confirm")
    page.click("li.source button.confirm")
    error = page.wait_for_selector("li.source .status.error")
    assert "401" in error.inner_text()
    assert page.locator("li.source .badge-confirmed").count() == 0
    page.screenshot(path=str(screenshots / "wrong-token.png"))
    with pytest.raises(urllib.error.HTTPError) as refused:
        api(server, "/api/incidents/merge", token="not-the-token", body={"incidents": [1, 2]})
    assert refused.value.code == 401


def test_many_incidents_are_binned_and_the_cap_is_said(watched, server, screenshots):
    """/api/incidents answered by the test: pages of 1,000 synthetic incidents without end. The
    dashboard stops at its cap and says so, and draws grid cells with counts, not 5,000 circles."""
    types = ["Battles", "Explosions/Remote violence", "Protests", "Riots"]
    served = []

    def pages(route):
        query = urllib.parse.parse_qs(urllib.parse.urlparse(route.request.url).query)
        start = int(query.get("cursor", ["0"])[0])
        items = [{"id": n + 1, "event_type": types[n % 4], "sub_event_type": None, "event_date": "2024-05-01",
                  "fatalities": n % 7, "actor1": f"Group {n % 13}", "actor2": None, "location": f"Place {n}",
                  "country": "PAK", "admin1": "Khyber Pakhtunkhwa", "lat": 29 + (n % 50) * 0.1,
                  "lon": 66 + (n // 50 % 100) * 0.1, "reports": 1, "articles": 1}
                 for n in range(start, start + 1000)]
        served.append(start)
        route.fulfill(status=200, content_type="application/json",
                      body=json.dumps({"items": items, "next_cursor": str(start + 1000)}))

    asked = []

    def stats(route):
        """Weeks over five years: the timeline asks again by month."""
        by = urllib.parse.parse_qs(urllib.parse.urlparse(route.request.url).query)["by"][0]
        asked.append(by)
        if by == "week":
            rows = [{"key": "2019-01-07", "split": "Battles", "count": 3, "fatalities": 4},
                    {"key": "2024-06-03", "split": "Riots", "count": 1, "fatalities": 0}]
        else:
            rows = [{"key": f"{year}-{month:02d}-01", "split": types[month % 4], "count": month, "fatalities": year % 7}
                    for year in range(2019, 2025) for month in range(1, 13) if (year, month) <= (2024, 6)]
        route.fulfill(status=200, content_type="application/json",
                      body=json.dumps({"by": by, "unit": "incidents", "rows": rows}))

    page = watched.page
    page.route("**/api/incidents?*", pages)
    page.route("**/api/stats?*", stats)
    page.goto(f"{server}/")
    page.wait_for_selector("body[data-loaded]:not(.busy)")
    assert served == [0, 1000, 2000, 3000, 4000]
    assert "5,000" in page.inner_text("#summary")
    assert page.get_attribute("#map", "data-binned") == "yes"
    bins = page.locator("path.incident-bin").count()
    assert 0 < bins < 1000
    counts = page.eval_on_selector_all(".bin-count", "nodes => nodes.map(n => n.textContent)")
    assert len(counts) == bins
    assert page.locator("table.incidents tbody tr").count() == 50  # one page of the table
    assert asked == ["week", "month"]
    assert page.locator(".timeline-svg g.bar").count() == 6 * 12 - 6  # every month, January 2019 to June 2024
    assert "per month" in page.get_attribute(".timeline-svg", "aria-label")
    page.screenshot(path=str(screenshots / "binned.png"))
    # zoomed in far enough, single circles again
    for _ in range(5):
        page.click(".leaflet-control-zoom-in")
        page.wait_for_timeout(350)
    page.wait_for_function("() => document.querySelector('#map').dataset.binned === 'no'")
    assert page.locator("path.incident-marker").count() > 0


def test_merge_two_incidents_then_split_them_again(watched, server, screenshots):
    boldak = incident_at(server, "Boldak")
    chaman = [i for i in incidents(server) if i["id"] != boldak["id"] and i["event_type"] == "Battles"
              and i.get("country") == "PAK" and "chitral" not in (i.get("location") or "").lower()][0]
    before = len(incidents(server))
    page = open_dashboard(watched, server)
    page.fill("#token", TOKEN)
    for incident in (boldak, chaman):
        page.check(f"table.incidents tr[data-incident='{incident['id']}'] input[type=checkbox]")
    assert page.inner_text("#merge") == "Merge 2 incidents"
    page.click("#merge")
    page.wait_for_selector("#merge-status:has-text('Merged into')")
    page.wait_for_selector("ol.sources li.source >> nth=1")
    assert len(incidents(server)) == before - 1
    # the list reloads on its own after the panel: wait for it rather than race it
    page.wait_for_function(f"() => document.querySelectorAll('table.incidents tbody tr').length === {before - 1}")
    page.wait_for_selector("table.incidents tr.selected")
    merged = int(page.get_attribute("table.incidents tr.selected", "data-incident"))
    detail = api(server, f"/api/incidents/{merged}")
    assert len(detail["sources"]) == 2
    page.screenshot(path=str(screenshots / "merged.png"))
    page.click("details.split summary")
    page.check(f"details.split input[value='{detail['sources'][1]['event']}']")
    page.click("details.split button[type=submit]")
    page.wait_for_function(f"() => document.querySelectorAll('table.incidents tbody tr').length === {before}")
    page.wait_for_function("() => document.querySelectorAll('ol.sources li.source').length === 1")
    assert len(incidents(server)) == before
    kinds = {item["action"] for item in api(server, "/api/review/log")["items"]}
    assert {"merge", "split"} <= kinds, kinds
