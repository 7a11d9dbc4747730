"""Rewinding: the network view shows exactly the snapshot scrubbed to, ΔK is the
difference of two snapshots' weights, and "Live" follows training again."""

import numpy as np

from tests.gui.test_main_window import check_views_show


def _train(window, n):
    for _ in range(n):
        window.controller.train_batch()


def test_scrubbing_shows_that_snapshots_arrays(window):
    c, bar = window.controller, window.timeline_bar
    _train(window, 4)
    assert c.timeline.steps().tolist() == [0, 1, 2, 3, 4]
    assert bar.live and bar.slider.value() == 4
    bar.scrub_to(1)
    assert not bar.live and bar.shown is c.timeline[1]
    assert "rewound" in bar.step_label.text() and "step 1" in bar.step_label.text()
    for name in ("C1", "C3", "OUT"):
        window.select_layer(name)
        check_views_show(window, c.timeline[1], name)
    _train(window, 1)          # training goes on; the view stays where it was rewound to
    window.select_layer("C1")
    check_views_show(window, c.timeline[1], "C1")
    assert bar.slider.value() == 1 and bar.slider.maximum() == 5
    bar.live_button.click()
    assert bar.live and bar.slider.value() == 5
    check_views_show(window, c.snapshot, "C1")
    assert c.snapshot.step == 5


def test_a_step_action_returns_to_live(window):
    bar = window.timeline_bar
    _train(window, 2)
    bar.scrub_to(0)
    window.action_forward_step.trigger()
    assert bar.live
    check_views_show(window, window.controller.snapshot, "C1")


def test_kernel_change_is_the_difference_of_the_weights(window):
    c, bar = window.controller, window.timeline_bar
    window.inspector.tabs.setCurrentWidget(window.kernel_change)
    window.select_layer("C1")
    # a network just opened: no other step to choose yet, and the tab says how to get one
    assert window.kernel_change.grid.message.startswith("only step 0 is recorded so far")
    _train(window, 3)
    window.inspector.tabs.setCurrentWidget(window.kernel_change)   # training followed it
    for name, ref, shown in (("C1", 0, 3), ("C3", 1, 2), ("F6", 0, 2)):
        bar.reference_spin.setValue(ref)
        bar.scrub_to(shown)
        window.select_layer(name)
        want = (c.timeline[shown].layer(name).weight.astype(np.float64)
                - c.timeline[ref].layer(name).weight)
        got = np.concatenate([a.ravel() for a in window.kernel_change.displayed()])
        np.testing.assert_array_equal(got, want.ravel())
        lo, hi = window.kernel_change.grid.levels
        assert lo == -hi and hi >= np.abs(want).max()
        assert f"(step {shown})" in window.kernel_change.grid.title()
    window.select_layer("S2")
    assert window.kernel_change.grid.message == "S2 has no weights"
    window.select_layer("C1")
    bar.reference_spin.setValue(2)
    assert window.kernel_change.grid.message.startswith(
        "the shown step and the reference step are both 2")


def test_the_step_is_written_as_the_counters_write_it(window):
    """The pretrained network is at step 9,380: the timeline said "step 9380" beside
    the training panel's "step 9,380"."""
    assert window.open_pretrained()
    step = window.controller.snapshot.step
    assert step > 999
    written = f"{step:,}"
    assert window.timeline_bar.step_label.text() == f"step {written} · live"
    assert f"step {written}" in window.training.counters_text()
    _train(window, 1)
    window.timeline_bar.scrub_to(0)
    assert window.timeline_bar.step_label.text() == f"step {written} · rewound (live: {step + 1:,})"


def test_with_one_snapshot_the_handle_stands_at_the_live_end_and_does_not_move(window):
    """Just opened at step 9,380 the handle sat at the left end, the start, while the
    label said "step 9,380 · live"."""
    bar = window.timeline_bar
    assert window.open_pretrained() and len(window.controller.timeline) == 1
    assert bar.slider.value() == bar.slider.maximum() and not bar.slider.isEnabled()
    assert bar.live and bar.step_label.text() == "step 9,380 · live"
    _train(window, 1)
    assert bar.slider.isEnabled() and bar.slider.value() == bar.slider.maximum() == 1
