"""Progress (progress.py): a bar with count, rate and ETA over a stage's items on standard error, only inside an
open stage with progress on; nothing at all with progress off."""

from __future__ import annotations

from newsfold import progress, run

TEXT = " date 2024-05-0{n} Nurses in Arden{n} walked off the job on Monday; about 30{n} marched to the town hall.\n"


def test_over_outside_a_stage_or_switched_off_gives_the_items_and_prints_nothing(capsys):
    assert list(progress.over(range(5), "pair")) == list(range(5))
    with progress.stage("dedup", enabled=False):
        assert list(progress.over(range(5), "pair")) == list(range(5))
    with progress.stage("dedup", enabled=True):
        assert list(progress.over([7], "pair")) == [7]  # fewer than MIN_ITEMS: over before a bar could help
    assert capsys.readouterr().err == ""


def test_a_stage_shows_its_name_count_and_rate(capsys):
    with progress.stage("dedup", enabled=True):
        assert list(progress.over(iter(range(5)), "pair", total=5, what="pairs")) == list(range(5))
    err = capsys.readouterr().err
    assert "dedup (pairs)" in err and "0/5" in err and "pair/s" in err


def test_counted_calls_advance_a_bar_that_closes_at_the_last(capsys):
    with progress.stage("store", enabled=True):
        dump = progress.counted(str, 3, "record")
        assert [dump(n) for n in range(3)] == ["0", "1", "2"]
    err = capsys.readouterr().err
    assert "store" in err and "0/3" in err and "record/s" in err
    assert progress.counted(str, 3, "record") is str  # outside a stage: the function itself


def test_a_run_shows_the_corpus_stages_only_when_asked(tmp_path, settings, capsys):
    for n in range(1, 4):
        (tmp_path / f"a{n}.txt").write_text(TEXT.format(n=n))
    run([str(tmp_path)], str(tmp_path / "quiet.db"), settings, progress=False)
    assert capsys.readouterr().err == ""
    run([str(tmp_path)], str(tmp_path / "shown.db"), settings, progress=True)
    err = capsys.readouterr().err
    assert "clean" in err and "0/3" in err and "article/s" in err and "nlp (analysing)" in err
    for bar in ("dedup", "stories", "dating (features)", "dating (merging)", "record"):  # store: a bar per entity
        assert f"{bar}:" in err, bar
