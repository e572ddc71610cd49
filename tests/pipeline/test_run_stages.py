"""run_stages pauses the cycle collector for one document and always gives it back."""

import gc

import pytest

from factions.pipeline import make_document
from factions.pipeline.run import run_stages
from factions.pipeline.stages import Stage
from factions.pipeline.state import DocState

TEXT = "Forces loyal to Khalifa Haftar shelled the outskirts of Tripoli on Monday."


def _probe(seen: list[bool]) -> Stage:
    def run(state: DocState) -> None:
        seen.append(gc.isenabled())
    return Stage(name="probe", run=run, requires=(), assigns=())


def test_the_collector_is_paused_during_the_stages_and_enabled_after():
    seen: list[bool] = []
    assert gc.isenabled()
    run_stages(make_document(TEXT), stages=[_probe(seen)])
    assert seen == [False]
    assert gc.isenabled()


def test_a_failing_stage_gives_the_collector_back():
    def fail(state: DocState) -> None:
        raise RuntimeError("stage broke")

    with pytest.raises(RuntimeError, match="stage broke"):
        run_stages(make_document(TEXT), stages=[Stage("broken", fail, (), ())])
    assert gc.isenabled()


def test_a_caller_that_disabled_the_collector_keeps_it_disabled():
    seen: list[bool] = []
    gc.disable()
    try:
        run_stages(make_document(TEXT), stages=[_probe(seen)])
        assert seen == [False]
        assert not gc.isenabled()
    finally:
        gc.enable()
