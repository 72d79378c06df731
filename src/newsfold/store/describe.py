"""The description of the database's tables and columns (metadata.json), in datasette's metadata format.

``python -m newsfold.store.describe mystory.db > metadata.json`` writes it for a database of any name.
"""

from __future__ import annotations

import json
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

__all__ = ["datasette_metadata"]


def datasette_metadata(db: str = "newsfold.db") -> dict[str, Any]:
    """The packaged description, filed under the name datasette gives the database ``db`` (its file's stem)."""
    metadata: dict[str, Any] = json.loads(files("newsfold.store").joinpath("metadata.json").read_text("utf-8"))
    metadata["databases"] = {Path(db).stem: metadata["databases"]["newsfold"]}
    return metadata


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(json.dumps(datasette_metadata(args[0] if args else "newsfold.db"), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
