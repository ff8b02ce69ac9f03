"""Every window action in one table: text, shortcut, tooltip and menu."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.icons import icon


@dataclass(frozen=True)
class ActionSpec:
    """How one action looks: menu text, shortcuts and a tooltip."""

    name: str
    text: str
    shortcuts: tuple[str, ...]
    tip: str
    menu: str
    icon: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("paste_email", "&Paste customer email", ("Ctrl+V",), "Paste the clipboard into the email box", "&File"),
    ActionSpec(
        "new_email", "&New reply", ("Ctrl+Shift+N",), "Clear the email, your field edits and the reply", "&File"
    ),
    ActionSpec(
        "import",
        "&Import templates…",
        ("Ctrl+I",),
        "Add templates from a folder or file (Markdown, Espanso, CSV)",
        "&File",
    ),
    ActionSpec(
        "export", "&Export library…", ("Ctrl+Shift+E",), "Write every template to a folder of Markdown files", "&File"
    ),
    ActionSpec(
        "settings", "Se&ttings…", ("Ctrl+,",), "Your name, business, signature and preferences", "&File", "settings"
    ),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "Close Replygem", "&File"),
    ActionSpec(
        "find", "&Search templates", ("Ctrl+K", "Ctrl+F"), "Put the cursor in the search box", "&Library", "search"
    ),
    ActionSpec(
        "rebuild", "Re&build search index", (), "Rebuild the search index and compact the library file", "&Library"
    ),
    ActionSpec("email", "Go to &email", ("Ctrl+L",), "Put the cursor in the customer email", "&Library"),
    ActionSpec("fields", "Go to &fields", ("Ctrl+D",), "Put the cursor in the fields form", "&Library"),
    ActionSpec(
        "copy", "&Copy reply", ("Ctrl+Return", "Ctrl+Shift+C"), "Copy the reply as plain text", "&Reply", "copy"
    ),
    ActionSpec(
        "copy_formatted",
        "Copy &formatted",
        ("Ctrl+Shift+Return",),
        "Copy the reply with paragraphs and bold kept (for Gmail, Outlook …)",
        "&Reply",
        "copy-formatted",
    ),
    ActionSpec("mail", "Open in &mail app", ("Ctrl+Shift+M",), "Start a reply in your mail program", "&Reply", "mail"),
    ActionSpec("refill", "&Refill from template", ("Ctrl+R",), "Drop your edits and refill the reply", "&Reply"),
    ActionSpec("save_as_template", "&Save as template…", ("Ctrl+Shift+S",), "Keep this reply in the library", "&Reply"),
    ActionSpec(
        "rules",
        "My checklist &rules…",
        ("Ctrl+Shift+R",),
        "Phrases your replies must never, or must always, contain",
        "&Reply",
    ),
    ActionSpec("reply", "Go to &reply", ("Ctrl+J",), "Put the cursor in the reply", "&Reply"),
    ActionSpec("shortcuts", "&Keyboard shortcuts", ("F1", "?", "Shift+?"), "Every shortcut on one sheet", "&Help"),
)


def build_actions(parent: QWidget, specs: tuple[ActionSpec, ...] = ACTIONS) -> dict[str, QAction]:
    """Create a QAction per spec, owned by ``parent``, keyed by name."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(spec.text, parent)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setToolTip(spec.tip)
        action.setStatusTip(spec.tip)
        action.setObjectName(f"action_{spec.name}")
        if spec.icon:
            action.setIcon(icon(spec.icon))
        actions[spec.name] = action
    return actions


def shortcut_sheet(specs: tuple[ActionSpec, ...] = ACTIONS) -> list[tuple[str, str, str]]:
    """(menu, action, shortcuts) rows for the shortcuts sheet, plus the keys that are not actions."""
    rows = [
        (
            spec.menu.replace("&", ""),
            spec.text.replace("&", "").rstrip("…"),
            ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts),
        )
        for spec in specs
    ]
    rows += [
        ("Library", "Choose the previous or next template", "Up, Down (in the search box)"),
        ("Library", "Clear the search", "Esc"),
        ("Fields", "Change the selected value", "F2 or just type"),
        ("Everywhere", "Move between panes", "Tab, Shift+Tab"),
    ]
    return rows
