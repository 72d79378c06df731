"""Routes: every page has a JSON twin under /api built from the same context; one JSON error shape.

Safe by default: read-only unless created with ``allow_ingest`` and a token; article text is always escaped by
the templates; every response carries a Content-Security-Policy; ids and queries are validated and bounded.
"""

from __future__ import annotations

import json
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import NewsfoldError
from ..settings import Settings, load_settings
from ..store import Store
from . import context as ctx

__all__ = ["create_app", "CSP"]

HERE = Path(__file__).parent
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
ID = Annotated[str, PathParam(pattern=r"^[A-Za-z0-9_.:-]{1,120}$")]
MAX_INGEST_BYTES = 2_000_000


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def create_app(db: str, allow_ingest: bool = False, token: str | None = None,
               settings: Settings | None = None) -> FastAPI:
    """The app for database ``db``; ingest is off unless ``allow_ingest`` (then ``token`` guards it)."""
    if allow_ingest and not token:
        raise NewsfoldError("ingest needs a token: set NEWSFOLD_TOKEN or pass --token")
    app = FastAPI(title="newsfold", description="A folded, sourced record of the news in one database.")
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
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

    @app.exception_handler(NewsfoldError)
    async def newsfold_error(request: Request, exc: NewsfoldError) -> Response:
        return _respond_error(request, 503, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _respond_error(request, exc.status_code, str(exc.detail))

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


def _routes(app: FastAPI, prefix: str, page: Callable[..., Response]) -> None:
    html = prefix == ""
    kw: dict[str, Any] = {"response_class": HTMLResponse} if html else {}
    kw["include_in_schema"] = not html

    @app.get(prefix + "/" if html else prefix + "/stories", **kw)
    def stories(request: Request) -> Response:
        return page(request, "stories.html", ctx.stories_context)

    @app.get(prefix + "/stories/{story_id}", **kw)
    def story(request: Request, story_id: ID) -> Response:
        return page(request, "story.html", lambda s: ctx.story_context(s, story_id))

    @app.get(prefix + "/events/{event_id}", **kw)
    def event(request: Request, event_id: ID) -> Response:
        return page(request, "event.html", lambda s: ctx.event_context(s, event_id))

    @app.get(prefix + "/entities/{entity_id}", **kw)
    def entity(request: Request, entity_id: ID) -> Response:
        return page(request, "entity.html", lambda s: ctx.entity_context(s, entity_id))

    @app.get(prefix + "/articles/{article_id}", **kw)
    def article(request: Request, article_id: ID) -> Response:
        return page(request, "article.html", lambda s: ctx.article_context(s, article_id))

    @app.get(prefix + "/search", **kw)
    def search(request: Request, q: Annotated[str, Query(max_length=200)] = "") -> Response:
        return page(request, "search.html", lambda s: ctx.search_context(s, q))


def _ingest_route(app: FastAPI, db: str, token: str, settings: Settings) -> None:
    from ..pipeline import run

    @app.post("/api/articles", status_code=201)
    async def ingest(request: Request, authorization: Annotated[str, Header()] = "") -> Response:
        if not secrets.compare_digest(authorization, f"Bearer {token}"):
            return _error(401, "missing or wrong token: send 'Authorization: Bearer TOKEN'")
        body = await request.body()
        if len(body) > MAX_INGEST_BYTES:
            return _error(413, f"article over {MAX_INGEST_BYTES:,} bytes")
        try:
            obj = json.loads(body)
        except json.JSONDecodeError as exc:
            return _error(400, f"body is not JSON ({exc.msg}); send one article object with a 'text' field")
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            return _error(400, "send one JSON object with a non-empty 'text' field")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "posted.jsonl"
            path.write_text(json.dumps(obj) + "\n", encoding="utf-8")
            summary = run([str(path)], db, settings, progress=False)
        if summary.rejected:
            return _error(400, summary.rejected[0].reason)
        return JSONResponse({"ingested": summary.new + summary.changed, "articles": summary.articles,
                             "events": summary.events}, status_code=201)
