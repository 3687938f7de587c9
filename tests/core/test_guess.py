"""How far off a guess was, in words, against cases (core/guess.py), and the logarithmic slider's values."""

from __future__ import annotations

import pytest

from core.guess import slider_position, slider_value, verdict


@pytest.mark.parametrize(
    ("guess", "answer", "english", "chinese"),
    [
        (1, 10, "You guessed 10 times too low.", "你猜低了：答案是你猜的10倍。"),
        (10, 1, "You guessed 10 times too high.", "你猜高了：是答案的10倍。"),
        (2.5, 1, "You guessed 2.5 times too high.", "你猜高了：是答案的2.5倍。"),
        (0.003, 1, "You guessed 330 times too low.", "你猜低了：答案是你猜的330倍。"),
        (1, 1000, "You guessed 1,000 times too low.", "你猜低了：答案是你猜的1,000倍。"),
        (9, 10, "Spot on: within a quarter of the answer.", "猜得很准：与答案相差不到四分之一。"),
        (12.5, 10, "Spot on: within a quarter of the answer.", "猜得很准：与答案相差不到四分之一。"),
        (8, 10, "Spot on: within a quarter of the answer.", "猜得很准：与答案相差不到四分之一。"),
        (6, 10, "A little low: 40% below the answer.", "稍低了一些：比答案低40%。"),
        (16, 10, "A little high: 60% above the answer.", "稍高了一些：比答案高60%。"),
        (20, 10, "You guessed 2 times too high.", "你猜高了：是答案的2倍。"),
        (5, 10, "You guessed 2 times too low.", "你猜低了：答案是你猜的2倍。"),
        (320, 564, "A little low: 43% below the answer.", "稍低了一些：比答案低43%。"),
    ],
)
def test_how_far_off_reads_as_a_teacher_would_say_it(guess: float, answer: float, english: str, chinese: str) -> None:
    assert verdict(guess, answer, "en") == english
    assert verdict(guess, answer, "zh") == chinese


def test_a_guess_must_be_a_positive_number() -> None:
    with pytest.raises(ValueError, match="positive"):
        verdict(0, 10, "en")


def test_the_slider_is_logarithmic_with_two_figure_values() -> None:
    assert slider_value(0, 1000, 1, 100000) == 1
    assert slider_value(1000, 1000, 1, 100000) == 100000
    assert slider_value(500, 1000, 1, 100000) == 320  # the middle is the geometric mean, 316, to two figures
    assert slider_value(600, 1000, 10, 1000000) == 10000
    assert slider_position(564, 1000, 1, 100000) == 550
    assert slider_position(10**9, 1000, 1, 100000) == 1000, "clamped to the end"
