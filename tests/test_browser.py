"""Browser tests: Playwright drives Debian's Chromium (/usr/bin/chromium) against a live server on localhost.

Skipped with a message where Chromium or the seed articles are missing. Screenshots go to tests/output/browser/.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from conftest import SEEDS
from newsfold import load_settings, run
from newsfold.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).parent / "output" / "browser"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-default-apps"]
EVIL = ("<script>window.pwned = 1; alert('x')</script> Dockers at the <img src=x onerror=\"window.pwned=2\"> "
        "North Quay walked out on Monday. \"We <b>will</b> not stop,\" said steward Ada Vance.")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists() or not SEEDS.is_dir(),
                                reason="needs Debian's chromium at /usr/bin/chromium and ../shared/seeds")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    inputs = folder / "in"
    shutil.copytree(SEEDS, inputs)
    (inputs / "evil.jsonl").write_text(json.dumps({"id": "evil", "text": EVIL, "published": "2024-02-05"}) + "\n")
    db = folder / "b.db"
    run([str(inputs)], str(db), load_settings(), progress=False)
    port = _free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        page = browser.new_page()
        page.dialogs = []
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        yield page
        browser.close()


def test_story_to_mzkt_event_with_both_sources_and_quotes(server, page):
    page.goto(server + "/")
    page.click("text=Belarus")
    assert "/stories/" in page.url
    page.screenshot(path=str(SHOTS / "story.png"), full_page=True)
    row = page.locator("table.events tr", has=page.locator("text=Minsk Wheel Tractor Plant")).filter(
        has_text="PROTEST")
    assert row.count() == 1
    row.locator("a", has_text="PROTEST").click()
    assert "/events/" in page.url
    body = page.inner_text("main")
    assert "2 independent of 2" in body
    sources = page.locator("ul.sources li").all_inner_texts()
    assert any("Chant 'Leave'" in s for s in sources) and any("Walk Out" in s for s in sources)
    assert body.lower().count("until you kill me") >= 2
    page.screenshot(path=str(SHOTS / "event-mzkt.png"), full_page=True)
    page.locator("blockquote cite a", has_text="Alexander Lukashenko").first.click()
    assert "/entities/" in page.url and "PERSON" in page.inner_text("h1")
    page.screenshot(path=str(SHOTS / "entity.png"), full_page=True)


def test_search(server, page):
    page.goto(server + "/")
    page.fill("input[name=q]", "Tsikhanouskaya")
    page.press("input[name=q]", "Enter")
    assert "/search?q=Tsikhanouskaya" in page.url
    assert page.locator("ul.results li").count() >= 1
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)


def test_crafted_article_executes_nothing(server, page):
    page.goto(server + "/articles/evil")
    page.wait_for_timeout(300)
    assert page.evaluate("window.pwned") is None
    assert page.dialogs == []
    text = page.inner_text("article.text")
    assert "<script>window.pwned = 1; alert('x')</script>" in text and "<img src=x" in text
    page.screenshot(path=str(SHOTS / "evil-article.png"), full_page=True)
