"""The command line: parses arguments, calls the library, prints. Errors become one line and exit 1."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import ConfigError, NewsfoldError
from .export import FORMATS, build_record, render_acled, render_ccc, render_html, render_markdown, write_csv
from .settings import ENGINES, Settings, load_settings
from .store import Store

if TYPE_CHECKING:
    from .pipeline import RunSummary

DEFAULT_DB = "newsfold.db"

EXAMPLES = {
    "run": "examples:\n  newsfold run ../shared/seeds more/articles.jsonl --db belarus.db\n"
           "  newsfold run articles/ --set events.merge_threshold=0.6 --set clean.languages='[\"en\", \"fr\"]'\n"
           "  newsfold run big/ --db big.db --engine dask --scheduler tcp://HOST:8786",
    "export": "examples:\n  newsfold export --db belarus.db --format md -o report.md\n"
              "  newsfold export --db belarus.db --format csv -o tables/",
    "demo": "example:\n  newsfold demo --db demo.db",
    "serve": "examples:\n  newsfold serve --db belarus.db\n"
             "  NEWSFOLD_TOKEN=secret newsfold serve --db belarus.db --allow-ingest --port 8080",
    "eval": "examples:\n  newsfold eval tempeval3 --split test\n"
            "  newsfold eval polnear --split dev --data ../shared/benchmarks/polnear --out eval-out/",
    "stages": "example:\n  newsfold stages",
}


def _settings_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", help="settings TOML file (default: ./newsfold.toml if present)")
    p.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE", dest="overrides",
                   help="override one setting (repeatable; VALUE is a TOML literal), "
                        "e.g. --set events.merge_threshold=0.6")


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(args.config, args.overrides)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsfold", description="Fold overlapping news reports into one "
                                     "structured, sourced record of what happened.")
    parser.add_argument("--version", action="version", version=f"newsfold {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str, db: str = DEFAULT_DB) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, epilog=EXAMPLES[name],
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("--db", default=db, help=f"SQLite database file (default: {db})")
        _settings_options(p)
        return p

    p_run = command("run", "ingest files and folders, analyse, merge and store")
    p_run.add_argument("paths", nargs="+", metavar="PATH",
                       help="text, JSONL, HTML, WARC, RSS/Atom or CSV files, or folders of them")
    p_run.add_argument("--text-column", metavar="NAME",
                       help="the CSV column that holds the article text (default: [ingest] text_column, else "
                            "text, full_text, story_text, body, content, ... recognised by name)")
    p_run.add_argument("--workers", type=int, metavar="N",
                       help="processes analysing articles in parallel; 0 = every core (default: [nlp] workers)")
    p_run.add_argument("--engine", choices=ENGINES,
                       help="where articles are analysed: local processes or a Dask cluster (default: [nlp] engine)")
    p_run.add_argument("--scheduler", metavar="ADDRESS",
                       help="the Dask scheduler for --engine dask, e.g. tcp://HOST:8786; without it a local cluster "
                            "of --workers processes is started (default: [nlp] scheduler)")
    p_run.add_argument("--strict", action="store_true", help="exit non-zero if any input was rejected")
    p_run.add_argument("--no-progress", action="store_true", help="no progress bar")
    p_run.add_argument("--timings", action="store_true",
                       help="print the seconds of the run's parts: ingest, the record's basis, each stage that ran")
    p_export = command("export", f"write the record in one of its formats ({', '.join(FORMATS)})")
    p_export.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
    p_export.add_argument("-o", "--output", help="output file; for csv, a file ending in .csv gets the events "
                                                 "table and any other name is a folder for every table; "
                                                 "default: standard output")
    p_export.add_argument("--min-sources", type=int, default=0, metavar="N",
                          help="only events with at least N independent sources, in every format (default: 0)")
    p_export.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                          help="only events whose confidence (0-1) is at least X, in every format (default: 0.0)")
    p_demo = command("demo", "run the whole job on the demo corpus shipped with newsfold", db="newsfold-demo.db")
    p_demo.add_argument("--report", default="newsfold-demo-report.md",
                        help="where to write the report (default: newsfold-demo-report.md)")
    p_serve = command("serve", "serve the web workbench and the HTTP API for a database")
    p_serve.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    p_serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p_serve.add_argument("--allow-ingest", action="store_true",
                         help="enable POST /api/articles, guarded by the token in NEWSFOLD_TOKEN")
    p_eval = sub.add_parser("eval", help="score newsfold on a public benchmark", epilog=EXAMPLES["eval"],
                            description="score newsfold on a public benchmark; the last line printed is one "
                                        "JSON object with every figure",
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    p_eval.add_argument("benchmark", help="benchmark name (tempeval3, polnear, newswcl50, ...)")
    p_eval.add_argument("--split", help="dev or test (default: the benchmark's test split)")
    p_eval.add_argument("--data", help="benchmark folder (default: ../shared/benchmarks/NAME)")
    p_eval.add_argument("--out", help="folder for predictions and scorer input files")
    p_eval.add_argument("--mentions", choices=("gold", "predicted"),
                        help="ecbplus: score event coreference on gold or on newsfold's own event mentions")
    _settings_options(p_eval)
    sub.add_parser("stages", help="list the pipeline's stages in order", epilog=EXAMPLES["stages"],
                   description="list the pipeline's stages in order, with version, what each needs and produces",
                   formatter_class=argparse.RawDescriptionHelpFormatter)
    return parser


def _print_summary(summary: RunSummary, db: str) -> None:
    repeated = f", {summary.repeated} repeated within the batch" if summary.repeated else ""
    print(f"inputs: {summary.inputs} ({summary.new} new, {summary.changed} changed, {summary.unchanged} unchanged"
          f"{repeated}, {len(summary.rejected)} rejected); analysed {summary.analysed} articles"
          + ("" if summary.up_to_date else f"; events and quotes worked out for {summary.stories_redone} of "
                                           f"{summary.stories} stories (the others kept from the last run)"))
    if summary.up_to_date:
        print("nothing new, changed or failed since the last run: its record stands (no stage ran)")
    print(f"database {db}: {summary.articles} articles, {summary.duplicates} duplicates, {summary.stories} stories, "
          f"{summary.entities} entities, {summary.quotes} quotes, {summary.figures} figures, "
          f"{summary.events} events, {summary.conflicts} conflicts")
    for s in summary.skipped:
        print(f"skipped: {s.path}: {s.count} {s.detail}", file=sys.stderr)
    for r in summary.rejected:
        print(f"rejected: {r.path}: {r.reason}", file=sys.stderr)


def _cmd_run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.text_column is not None:
        settings = replace(settings, ingest=replace(settings.ingest, text_column=args.text_column))
    if args.workers is not None:
        if args.workers < 0:
            raise ConfigError(f"--workers {args.workers}: give a count of processes, or 0 for every core")
        settings = replace(settings, nlp=replace(settings.nlp, workers=args.workers))
    settings = _engine(args, settings)
    from .pipeline import run  # spaCy and the language packs: only the commands that analyse load them

    summary = run(args.paths, args.db, settings, progress=not args.no_progress)
    _print_summary(summary, args.db)
    if args.timings:
        print(_timings(summary))
    return 1 if args.strict and summary.rejected else 0


def _timings(summary: RunSummary) -> str:
    """The seconds of the run's parts in the order they ran, and their sum (what a process spends besides is its
    start-up: Python, newsfold's imports, the settings, opening the database)."""
    parts = ", ".join(f"{name} {seconds:.2f}" for name, seconds in summary.seconds.items())
    return f"seconds: {parts}; in all {sum(summary.seconds.values()):.2f}"


def _engine(args: argparse.Namespace, settings: Settings) -> Settings:
    """``--engine`` and ``--scheduler`` over ``[nlp] engine`` and ``scheduler``."""
    nlp = settings.nlp
    nlp = replace(nlp, engine=args.engine or nlp.engine, scheduler=nlp.scheduler if args.scheduler is None
                  else args.scheduler)
    if args.scheduler and nlp.engine != "dask":
        raise ConfigError(f"--scheduler {args.scheduler}: a scheduler is for the dask engine; add --engine dask")
    if nlp.engine == "dask":
        from .nlp.cluster import check_engine

        check_engine(nlp.scheduler)  # before the ingest, which can take long
    return replace(settings, nlp=nlp)


def _cmd_export(args: argparse.Namespace) -> int:
    _settings(args)  # no exporter reads a setting yet; a bad settings file or --set still fails here, in one line
    store = Store(args.db, readonly=True)
    store.keep_events(args.min_sources, args.min_confidence)
    try:
        if args.format == "csv":
            for path in write_csv(store, args.output):
                print(f"wrote {path}", file=sys.stderr)
            return 0
        renderers = {"json": lambda s: json.dumps(build_record(s), ensure_ascii=False, indent=2),
                     "md": render_markdown, "html": render_html, "acled": render_acled, "ccc": render_ccc}
        text = renderers[args.format](store).rstrip("\n")
    finally:
        store.close()
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        print(text)
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from .pipeline import run

    corpus = resources.files("newsfold").joinpath("demo")
    with resources.as_file(corpus) as folder:
        summary = run([str(folder)], args.db, settings)
    _print_summary(summary, args.db)
    store = Store(args.db, readonly=True)
    try:
        Path(args.report).write_text(render_markdown(store) + "\n", encoding="utf-8")
    finally:
        store.close()
    print(f"report: {Path(args.report).resolve()}")
    print(f"next: newsfold serve --db {args.db}   (then open http://127.0.0.1:8000/)")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .web import create_app

    settings = _settings(args)
    Store(args.db, readonly=True).close()  # fail early, in one line, on a missing or foreign database
    token = os.environ.get("NEWSFOLD_TOKEN")
    app = create_app(args.db, allow_ingest=args.allow_ingest, token=token, settings=settings)
    print(f"serving {args.db} on http://{args.host}:{args.port}/ (read-only: {not args.allow_ingest}); Ctrl-C stops")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .eval import run_eval

    options = {"mentions": args.mentions} if args.mentions else None
    run_eval(args.benchmark, args.split, args.data, args.out, _settings(args), options=options)
    return 0


def _cmd_stages(args: argparse.Namespace) -> int:
    from .pipeline import build_pipeline

    stages = build_pipeline().stages
    width = max(len(s.name) for s in stages)
    print(f"{'#':>2}  {'stage':<{width}}  version  needs -> produces")
    for n, s in enumerate(stages, 1):
        mark = "  (per story batch)" if s.per_story else ""
        print(f"{n:>2}  {s.name:<{width}}  {s.version:<7}  {', '.join(s.needs)} -> {', '.join(s.produces)}{mark}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = {"run": _cmd_run, "export": _cmd_export, "demo": _cmd_demo, "eval": _cmd_eval,
               "serve": _cmd_serve, "stages": _cmd_stages}[args.command]
    try:
        status = handler(args)
        sys.stdout.flush()  # inside the try: a reader gone before the last buffered bytes is a closed pipe too
        return status
    except NewsfoldError as exc:
        print(f"newsfold: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsfold: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _reader_went_away()


def _reader_went_away() -> int:
    """The program reading our output stopped (``| head``): stop quietly with 141 (128 + SIGPIPE), as command-line
    tools do. Standard output is pointed at /dev/null so that Python's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # standard output is not a file (captured in tests)
        pass
    return 141


def console() -> None:
    """The ``newsfold`` command: ``main``, and after a ``run`` out of the process without freeing what it built
    (the caches and models of a large run take a second or two to free, for nothing, as the process ends; the
    run has closed its database, workers and cluster by then)."""
    status = main()
    if sys.argv[1:2] != ["run"]:
        sys.exit(status)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        status = _reader_went_away()
    logging.shutdown()
    os._exit(status)


if __name__ == "__main__":
    console()
