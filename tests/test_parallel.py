"""The ordered parallel map used by loading and extraction."""

from validation.parallel import ordered_map


def test_results_come_back_in_input_order_from_worker_processes():
    words = [f"w{'x' * n}" for n in range(25)]
    assert list(ordered_map(len, words, workers=2)) == [(w, len(w)) for w in words]


def test_one_worker_runs_in_process():
    assert list(ordered_map(str.upper, iter(["a", "b"]), workers=1)) == [("a", "A"), ("b", "B")]
