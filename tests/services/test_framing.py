"""The fixer's geometry: the frame keeps its shape, stays inside the picture and never gets
too small for Kling, whatever the person drags; bars and sizes come out as Kling takes them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poyo_desktop.services.framing import (
    SHAPES,
    FixPlan,
    Frame,
    auto_plan,
    fitted_size,
    largest_frame,
    moved,
    nearest_shape,
    padded_canvas,
    plan_words,
    planned_size,
    resized_from_corner,
    scaled_about_centre,
    shape_allowed,
    shape_name,
    smallest_width,
)

RATIOS = [ratio for _name, ratio in SHAPES]


def _inside(frame: Frame, width: int, height: int) -> bool:
    eps = 1e-6
    return (
        frame.x >= -eps
        and frame.y >= -eps
        and frame.x + frame.width <= width + eps
        and frame.y + frame.height <= height + eps
    )


def _shaped(frame: Frame, ratio: tuple[int, int]) -> bool:
    return abs(frame.width * ratio[1] - frame.height * ratio[0]) < 1e-6 * frame.width * ratio[1]


def test_a_panorama_gets_the_largest_centred_16_9_frame():
    frame = largest_frame(3000, 400, (16, 9))
    assert frame.rounded() == (1144, 0, 711, 400)
    assert auto_plan(3000, 400, "crop").frame == (1144, 0, 711, 400)  # 16:9 is the nearest
    assert planned_size(auto_plan(3000, 400, "crop"), 3000, 400) == (711, 400)


def test_shapes_have_the_names_people_know():
    assert shape_name(1920, 1080) == "16:9"
    assert shape_name(1080, 1920) == "9:16"
    assert shape_name(4000, 3000) == "4:3"
    assert shape_name(3000, 400) == "7.5:1"
    assert shape_name(300, 1000) == "1:3.33"
    assert nearest_shape(3000, 400) == (16, 9)
    assert nearest_shape(400, 3000) == (9, 16)
    assert nearest_shape(1000, 1100) == (1, 1)
    assert shape_allowed(1000, 400) and not shape_allowed(1001, 400)


coords = st.floats(min_value=-5000, max_value=8000, allow_nan=False)


@given(
    size=st.tuples(st.integers(300, 6000), st.integers(300, 6000)),
    ratio=st.sampled_from(RATIOS),
    corner=st.sampled_from(["tl", "tr", "bl", "br"]),
    point=st.tuples(coords, coords),
    shift=st.tuples(coords, coords),
    factor=st.floats(min_value=0.1, max_value=10),
)
def test_whatever_is_dragged_the_frame_keeps_shape_inside_and_size(
    size, ratio, corner, point, shift, factor
):
    width, height = size
    start = largest_frame(width, height, ratio)
    least = smallest_width(width, height, ratio) - 1e-6
    for frame in (
        resized_from_corner(start, corner, point, width, height, ratio),
        moved(start, *shift, width, height),
        scaled_about_centre(start, factor, width, height, ratio),
    ):
        assert _inside(frame, width, height)
        assert _shaped(frame, ratio)
        assert frame.width >= least


def test_a_corner_drag_keeps_the_opposite_corner():
    frame = Frame(100, 0, 711.1, 400)
    smaller = resized_from_corner(frame, "br", (500, 200), 3000, 400, (16, 9))
    assert (smaller.x, smaller.y) == (100, 0)
    assert smaller.width == pytest.approx(smallest_width(3000, 400, (16, 9)))  # 300 px high
    assert smaller.height == pytest.approx(300)


def test_bars_make_the_shape_around_the_whole_picture():
    assert padded_canvas(3000, 400, (16, 9)) == (3000, 1688, 0, 644)
    assert padded_canvas(400, 3000, (1, 1)) == (3000, 3000, 1300, 0)
    plan = auto_plan(3000, 400, "pad")
    assert planned_size(plan, 3000, 400) == (3000, 1688)
    assert plan_words(plan, 3000, 400) == "Bars added to make it 16:9 (3000 × 1688 px)."


def test_results_are_brought_within_klings_sizes():
    assert fitted_size(200, 150) == (400, 300)  # enlarged to 300 on the short side
    assert fitted_size(8000, 6000) == (3840, 2880)
    assert fitted_size(1920, 1080) == (1920, 1080)
    assert plan_words(FixPlan("resize"), 200, 150) == "Enlarged from 200 × 150 px to 400 × 300 px."
