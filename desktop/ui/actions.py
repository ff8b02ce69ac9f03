"""Every window action in one table: text, shortcut and tooltip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ActionSpec:
    """How one action looks: menu text, shortcuts and a tooltip."""

    name: str
    text: str
    shortcuts: tuple[str, ...]
    tip: str
    menu: str


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("copy", "&Copy reply", ("Ctrl+Shift+C", "Ctrl+Return"), "Copy the reply to the clipboard", "&Reply"),
    ActionSpec("refill", "&Refill from template", ("Ctrl+R",), "Drop your edits and refill the reply", "&Reply"),
    ActionSpec("find", "&Search templates", ("Ctrl+K", "Ctrl+F"), "Put the cursor in the search box", "&Library"),
    ActionSpec("email", "Go to &email", ("Ctrl+L",), "Put the cursor in the customer email", "&Library"),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "Close Replygem", "&File"),
)


def build_actions(parent: QWidget) -> dict[str, QAction]:
    """Create a QAction per spec, owned by ``parent``, keyed by name."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, parent)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setToolTip(spec.tip)
        action.setStatusTip(spec.tip)
        action.setObjectName(f"action_{spec.name}")
        actions[spec.name] = action
    return actions
