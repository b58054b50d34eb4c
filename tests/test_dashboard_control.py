"""The dashboard's control layer (sitroom/web/static/control.js) in a real browser: who held each
place on the slider's day, over a store of tests/data/control_reports.jsonl (reports written for
this project). Same browser, fixtures and skips as tests/test_dashboard_browser.py."""

from __future__ import annotations

import json
import re
import threading
import time
from datetime import date

import pytest

from .control_helpers import REPORTS
from .test_dashboard_browser import (HOSTILE_IMG, HOSTILE_SCRIPT, api, browser, no_injected_markup,  # noqa: F401
                                     screenshots, watched)

import uvicorn  # noqa: E402

from sitroom.server.app import create_app  # noqa: E402
from sitroom.store.api import open_store  # noqa: E402

LAYER = "Territorial control"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("control") / "events.db")
    with open_store(db) as store:
        store.ingest([REPORTS], workers=1)
    running = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=0, log_level="warning",
                                            lifespan="on"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{running.servers[0].sockets[0].getsockname()[1]}"
    running.should_exit = True
    thread.join(10)


def open_with_layer(watched, server, query=""):
    page = watched.page
    page.goto(f"{server}/{query}")
    page.wait_for_selector("body[data-loaded]:not(.busy)")
    box = page.locator(".leaflet-control-layers-overlays label", has_text=LAYER).locator("input")
    if not box.is_checked():
        box.check()
    page.wait_for_selector("#control-box[data-state=ready]")
    return page


def set_day(page, day: str):
    """The slider moved to a day, as a drag would (an input event), and the layer drawn for it."""
    first = page.locator("#control-span span").first.inner_text()
    index = (date.fromisoformat(day) - date.fromisoformat(first)).days
    assert 0 <= index <= int(page.get_attribute("#control-day", "max")), (day, first)
    page.eval_on_selector("#control-day", "(s, v) => { s.value = v; s.dispatchEvent(new Event('input', {bubbles: true})); }",
                          str(index))
    assert page.inner_text(".control-day-label") == day
    page.wait_for_selector(f"#control-box[data-drawn='{day}'][data-state=ready]")
    # the markers were drawn again: an open popup closed (and faded out)
    page.wait_for_function("() => !document.querySelector('.control-popup')")


def popup_of(page, place: str, keyboard: bool = False):
    """The place's popup, opened by a click or by the keyboard (a closed one fades out a while)."""
    marker = page.locator(f".control-icon[data-place='{place}']")
    if keyboard:
        marker.focus()
        page.keyboard.press("Enter")
    else:
        marker.click()
    popup = page.locator(".control-popup .leaflet-popup-content").filter(
        has=page.locator(".control-place > strong", has_text=re.compile(f"^{re.escape(place)}$")))
    popup.wait_for()
    return popup


def test_control_layer_follows_the_slider(watched, server, screenshots):
    page = open_with_layer(watched, server, "?country=AFG")
    # the span: the first and last days with Afghan events
    days = [r["key"] for r in api(server, "/api/stats?by=day&country=AFG")["rows"]]
    assert page.inner_text("#control-span").split() == [days[0], days[-1]]
    assert page.get_attribute("#control-day", "aria-valuetext") == days[-1]
    assert page.locator("label[for=control-day]").count() >= 1
    set_day(page, "2021-07-20")
    page.wait_for_url("**control_on=2021-07-20**")
    boldak = page.locator(".control-icon[data-place='Spin Boldak']")
    assert boldak.get_attribute("data-status") == "held"
    popup = popup_of(page, "Spin Boldak")
    assert "Held by Taliban" in popup.locator(".control-holder").inner_text()
    text = popup.inner_text()
    assert "residents" in text and "asserted" in text  # each account's source and modality
    legend = page.inner_text(".control-legend")
    assert "Taliban" in legend and "Military Forces of Afghanistan" in legend
    page.mouse.move(5, 5)  # no incident's tooltip in the way
    page.wait_for_timeout(300)  # the popup fades in
    page.screenshot(path=str(screenshots / "control-2021-07-20.png"))
    # an account's incident opens in the panel; the day stays in the URL beside it
    popup.locator("button.linkish").first.click()
    page.wait_for_selector("ol.sources li.source")
    page.wait_for_url("**incident=**")
    assert "control_on=2021-07-20" in page.url
    set_day(page, "2021-06-15")
    assert page.get_attribute(".control-icon[data-place='Andar']", "data-status") == "held"
    popup = popup_of(page, "Andar", keyboard=True)
    assert "Held by Taliban" in popup.locator(".control-holder").inner_text()
    # Kunduz fell on 8 August: in July it was held, by the account of its fall, by the side that lost it
    set_day(page, "2021-07-25")
    page.wait_for_url("**control_on=2021-07-25**")
    kunduz = page.locator(".control-icon[data-place='Kunduz']")
    assert kunduz.get_attribute("data-status") == "before"
    assert "Military Forces of Afghanistan" in kunduz.get_attribute("aria-label")
    holder = popup_of(page, "Kunduz", keyboard=True).locator(".control-holder").inner_text()
    assert "Held by Military Forces of Afghanistan before the first report" in holder
    page.mouse.move(5, 5)  # no incident's tooltip in the way
    page.wait_for_timeout(300)  # the popup fades in
    page.screenshot(path=str(screenshots / "control-2021-07-25.png"))
    # the keyboard moves the slider a day at a time
    page.focus("#control-day")
    page.keyboard.press("ArrowRight")
    assert page.inner_text(".control-day-label") == "2021-07-26"
    page.wait_for_selector("#control-box[data-drawn='2021-07-26']")
    # turned off: the box goes, and the day leaves the URL
    page.locator(".leaflet-control-layers-overlays label", has_text=LAYER).locator("input").uncheck()
    assert page.locator("#control-box").count() == 0
    page.wait_for_function("() => !location.search.includes('control_on')")


def test_the_day_in_the_url_turns_the_layer_on(watched, server, screenshots):
    page = watched.page
    page.goto(f"{server}/?control_on=2021-06-15")
    page.wait_for_selector("#control-box[data-drawn='2021-06-15'][data-state=ready]")
    assert page.locator(".leaflet-control-layers-overlays label", has_text=LAYER).locator("input").is_checked()
    assert page.get_attribute(".control-icon[data-place='Andar']", "data-status") == "held"
    first = api(server, "/api/stats?by=day")["rows"][0]["key"]
    assert page.locator("#control-span span").first.inner_text() == first
    page.mouse.move(5, 5)  # no incident's tooltip in the way
    page.wait_for_timeout(300)  # the popup fades in
    page.screenshot(path=str(screenshots / "control-world.png"))
    page.set_viewport_size({"width": 1024, "height": 800})
    page.wait_for_timeout(300)
    page.screenshot(path=str(screenshots / "control-1024.png"), full_page=True)


def test_contested_places_and_hostile_names_are_text(watched, server, screenshots):
    def feature(place, lon, lat, status, holder, claimants):
        account = {"date": "2021-07-14", "gains": HOSTILE_IMG, "loses": holder, "kind": "Non-state actor overtakes territory",
                   "modality": "claimed", "source": HOSTILE_SCRIPT, "event": 1, "incident_id": 1, "doc_id": "x",
                   "sentence": f"{HOSTILE_IMG} said it took {place}."}
        return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {"place": place, "country": "AFG", "admin1": HOSTILE_SCRIPT, "admin2": None,
                               "from": "2021-07-14", "from_precision": 1, "until": None, "holder": holder,
                               "status": status, "claimants": claimants, "accounts": [account]}}

    answer = {"type": "FeatureCollection", "features": [
        feature("Qala-i-Naw", 63.12, 34.98, "contested", None, [HOSTILE_IMG, "Military Forces of Afghanistan"]),
        feature(HOSTILE_SCRIPT, 66.4, 31.0, "held", HOSTILE_IMG, [])]}
    watched.page.route("**/api/control?*", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(answer)))
    page = open_with_layer(watched, server, "?country=AFG&control_on=2021-07-20")
    contested = page.locator(".control-icon[data-place='Qala-i-Naw']")
    assert contested.get_attribute("data-status") == "contested"
    assert "control-contested" in contested.get_attribute("class")
    text = popup_of(page, "Qala-i-Naw").inner_text()
    assert HOSTILE_IMG in text and HOSTILE_SCRIPT in text and "Contested" in text
    legend = page.inner_text(".control-legend")
    assert HOSTILE_IMG in legend and "contested" in legend
    page.mouse.move(5, 5)  # no incident's tooltip in the way
    page.wait_for_timeout(300)  # the popup fades in
    page.screenshot(path=str(screenshots / "control-hostile.png"))
    popup = popup_of(page, HOSTILE_SCRIPT, keyboard=True)
    assert HOSTILE_IMG in popup.locator(".control-holder").inner_text()
    no_injected_markup(page)
