"""The newsfold workbench: a FastAPI app whose pages and /api twins are built from the same contexts."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
