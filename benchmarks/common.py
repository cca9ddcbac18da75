"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Timing:
    name: str
    seconds: float  # median of the repeats
    items: int

    @property
    def per_item_ms(self) -> float:
        return self.seconds / self.items * 1000


def measure(name: str, items: int, run: Callable[[int], None], repeats: int = 3) -> Timing:
    """Median wall time of `run(repeat_index)` over `repeats` runs."""
    times = []
    for repeat in range(repeats):
        start = time.perf_counter()
        run(repeat)
        times.append(time.perf_counter() - start)
    return Timing(name, statistics.median(times), items)


def report(title: str, baseline: Timing, others: list[Timing]) -> None:
    print(f"\n{title}")
    print(f"  {'benchmark':<44} {'total s':>9} {'ms/item':>9} {'× baseline':>11}")
    for timing in [baseline, *others]:
        ratio = timing.per_item_ms / baseline.per_item_ms
        print(f"  {timing.name:<44} {timing.seconds:>9.3f} {timing.per_item_ms:>9.3f} "
              f"{ratio:>10.2f}×")


RESULTS_FILE = Path(__file__).resolve().parent.parent / "bench-results.json"


def record_results(values: dict[str, float | int], path: Path = RESULTS_FILE) -> None:
    """Merge flat `values` into bench-results.json (machine output, kept out of git)."""
    results: dict[str, object] = {}
    if path.exists():
        try:
            loaded = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            loaded = {}
        if isinstance(loaded, dict):
            results = loaded
    results.update(values)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", "utf-8")
    temporary.replace(path)
