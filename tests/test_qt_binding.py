"""Guards against Qt binding releases with bugs that crash Replygem."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_a_signal_keeps_the_reference_count_of_true() -> None:
    """PySide6 6.12.0 returned True from emit() without a reference: the app crashed at exit."""
    emitter = _Emitter()
    emitter.fired.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.fired.emit(1)
    assert sys.getrefcount(True) >= before, "this PySide6 release corrupts bool refcounts; see pyproject.toml"
