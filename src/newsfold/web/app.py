"""Routes: every page has a JSON twin under /api built from the same context; one JSON error shape.

Safe by default: read-only unless created with ``allow_ingest`` and a token; article text is always escaped by
the templates; every response carries a Content-Security-Policy; ids and queries are validated and bounded.
"""

from __future__ import annotations

import json
import logging
import secrets
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, NewsfoldError
from ..settings import Settings, load_settings
from ..store import Store
from . import context as ctx

__all__ = ["create_app", "CSP"]

HERE = Path(__file__).parent
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# FastAPI's /docs page loads Swagger UI from its CDN and starts it with an inline script: allowed there only.
DOCS_CSP = ("default-src 'none'; style-src 'self' https://cdn.jsdelivr.net; img-src 'self' data: "
            "https://fastapi.tiangolo.com; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "connect-src 'self'; base-uri 'none'; frame-ancestors 'none'")
ID = Annotated[str, PathParam(pattern=r"^[A-Za-z0-9_.:-]{1,128}$")]
log = logging.getLogger(__name__)
MAX_INGEST_BYTES = 2_000_000


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def create_app(db: str, allow_ingest: bool = False, token: str | None = None,
               settings: Settings | None = None) -> FastAPI:
    """The app for database ``db``; ingest is off unless ``allow_ingest`` (then ``token`` guards it)."""
    if allow_ingest and not token:
        raise NewsfoldError("ingest needs a token: set the NEWSFOLD_TOKEN environment variable "
                            "(e.g. NEWSFOLD_TOKEN=$(openssl rand -hex 16) newsfold serve --allow-ingest)")
    app = FastAPI(title="newsfold", description="A folded, sourced record of the news in one database.")
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = DOCS_CSP if request.url.path == "/docs" else CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def page(request: Request, template: str, build: Callable[[Store], dict[str, Any]]) -> Response:
        store = Store(db, readonly=True)
        try:
            data = build(store)
        finally:
            store.close()
        if request.url.path.startswith("/api/"):
            return JSONResponse(data)
        return HTMLResponse(env.get_template(template).render(**data))

    @app.exception_handler(ctx.NotFound)
    async def not_found(request: Request, exc: ctx.NotFound) -> Response:
        return _respond_error(request, 404, str(exc))

    @app.exception_handler(ctx.Gone)
    async def gone(request: Request, exc: ctx.Gone) -> Response:
        return _respond_error(request, 410, str(exc))

    @app.exception_handler(ctx.Moved)
    async def moved(request: Request, exc: ctx.Moved) -> Response:
        return _redirect(request, exc)

    @app.exception_handler(NewsfoldError)
    async def newsfold_error(request: Request, exc: NewsfoldError) -> Response:
        return _respond_error(request, 503, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _respond_error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return _respond_error(request, 500, f"internal error ({type(exc).__name__}); see the server log")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        where = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3])
        return _respond_error(request, 422, f"invalid request ({where})")

    def _respond_error(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/") or request.method != "GET":
            return _error(status, message)
        html = env.get_template("error.html").render(status=status, message=message)
        return HTMLResponse(html, status_code=status)

    for prefix in ("", "/api"):
        _routes(app, prefix, page)

    if allow_ingest:
        _ingest_route(app, db, token or "", settings or load_settings())
    return app


def _redirect(request: Request, exc: ctx.Moved) -> Response:
    """307 to the same page under the id that continues the old one; the API's answer also says so in JSON."""
    location = request.url.path.rsplit("/", 1)[0] + "/" + exc.new_id
    if request.url.query:
        location += "?" + request.url.query
    headers = {"Location": location}
    if request.url.path.startswith("/api/"):
        return JSONResponse({"moved": {"message": str(exc), "id": exc.new_id, "location": location}},
                            status_code=307, headers=headers)
    return Response(status_code=307, headers=headers)


def _routes(app: FastAPI, prefix: str, page: Callable[..., Response]) -> None:
    html = prefix == ""
    kw: dict[str, Any] = {"response_class": HTMLResponse} if html else {}
    kw["include_in_schema"] = not html
    kw["methods"] = ["GET", "HEAD"]

    @app.api_route(prefix + "/" if html else prefix + "/stories", **kw)
    def stories(request: Request) -> Response:
        return page(request, "stories.html", ctx.stories_context)

    @app.api_route(prefix + "/stories/{story_id}", **kw)
    def story(request: Request, story_id: ID) -> Response:
        return page(request, "story.html", lambda s: ctx.story_context(s, story_id))

    @app.api_route(prefix + "/events/{event_id}", **kw)
    def event(request: Request, event_id: ID) -> Response:
        return page(request, "event.html", lambda s: ctx.event_context(s, event_id))

    @app.api_route(prefix + "/entities/{entity_id}", **kw)
    def entity(request: Request, entity_id: ID) -> Response:
        return page(request, "entity.html", lambda s: ctx.entity_context(s, entity_id))

    @app.api_route(prefix + "/articles/{article_id}", **kw)
    def article(request: Request, article_id: ID) -> Response:
        return page(request, "article.html", lambda s: ctx.article_context(s, article_id))

    @app.api_route(prefix + "/search", **kw)
    def search(request: Request, q: Annotated[str, Query(max_length=200)] = "") -> Response:
        return page(request, "search.html", lambda s: ctx.search_context(s, q))


def _authorised(header: str, token: str) -> bool:
    """RFC 7235: the scheme is case-insensitive ("Bearer", "bearer"); the token is compared in constant time."""
    scheme, _, given = header.strip().partition(" ")
    return scheme.lower() == "bearer" and secrets.compare_digest(given.strip().encode(), token.encode())


async def _bounded_body(request: Request) -> bytes | None:
    """The body, or None once it is over MAX_INGEST_BYTES (told by Content-Length before reading, else counted)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_INGEST_BYTES:
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_INGEST_BYTES:
            return None
    return body


def _ingest_route(app: FastAPI, db: str, token: str, settings: Settings) -> None:
    from ..pipeline import run

    writer = threading.Lock()  # one writer at a time; reads go on meanwhile (WAL)

    def ingest_file(path: str) -> Any:
        with writer:
            return run([path], db, settings, progress=False)

    @app.post("/api/articles", status_code=201)
    async def ingest(request: Request, authorization: Annotated[str, Header()] = "") -> Response:
        if not _authorised(authorization, token):
            return _error(401, "missing or wrong token: send 'Authorization: Bearer TOKEN'")
        body = await _bounded_body(request)
        if body is None:
            return _error(413, f"article over {MAX_INGEST_BYTES:,} bytes")
        try:
            obj = json.loads(body)
        except json.JSONDecodeError as exc:
            return _error(400, f"body is not JSON ({exc.msg}); send one article object with a 'text' field")
        except UnicodeDecodeError as exc:
            return _error(400, f"body is not UTF-8 (byte {exc.start}); send the article as UTF-8 JSON")
        except RecursionError:
            return _error(400, "JSON nested too deeply; send one flat article object with a 'text' field")
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            return _error(400, "send one JSON object with a non-empty 'text' field")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "posted.jsonl"
            path.write_text(json.dumps(obj) + "\n", encoding="utf-8")
            # the pipeline runs in a worker thread: pages and API answer while an article is analysed
            try:
                summary = await run_in_threadpool(ingest_file, str(path))
            except InputError as exc:  # the article itself was refused (no text once its header is read, ...)
                return _error(400, str(exc).replace(f"{path}:1: ", "").replace(str(path), "the article"))
        if summary.rejected:
            return _error(400, summary.rejected[0].reason)
        return JSONResponse({"ingested": summary.new + summary.changed, "new": summary.new, "changed": summary.changed,
                             "articles": summary.articles, "events": summary.events}, status_code=201)
