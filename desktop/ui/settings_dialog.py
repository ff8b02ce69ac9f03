"""Settings: who signs the replies and how dates and times read."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.filters import format_date, time12, time24
from desktop.core.profile import CLOCKS, DATE_STYLES, Profile, phone_regions

_EXAMPLE_DAY = date(2024, 11, 15)


class SettingsDialog(QDialog):
    """Edits a :class:`Profile`; after ``accept()``, :meth:`profile` returns the new one."""

    def __init__(self, profile: Profile, parent: QWidget | None = None, *, welcome: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Replygem" if welcome else "Settings")
        self._original = profile
        self.sender_edit = QLineEdit(profile.sender_name, placeholderText="e.g. Linda")
        self.sender_edit.setAccessibleName("Your name")
        self.sender_edit.setToolTip("Signs your replies: {{ sender_name }}")
        self.business_edit = QLineEdit(profile.business_name, placeholderText="e.g. Bella Vista")
        self.business_edit.setAccessibleName("Business name")
        self.business_edit.setToolTip("Your business: {{ business_name }}")
        self.signature = QPlainTextEdit(profile.sender_signature)
        self.signature.setPlaceholderText("Optional lines under your name: phone, address, opening hours")
        self.signature.setAccessibleName("Signature")
        self.signature.setTabChangesFocus(True)
        self.signature.setFixedHeight(80)
        self.region = QComboBox()
        self.region.setAccessibleName("Phone region")
        self.region.setToolTip("Country assumed for phone numbers written without +code")
        for code, label in phone_regions():
            self.region.addItem(label, code)
        self.region.setCurrentIndex(max(0, self.region.findData(profile.phone_region)))
        self.clock = QComboBox()
        self.clock.setAccessibleName("Time style")
        for key in CLOCKS:
            sample = time12("19:30") if key == "12h" else time24("19:30")
            self.clock.addItem(f"{key} ({sample})", key)
        self.clock.setCurrentIndex(max(0, self.clock.findData(profile.clock)))
        self.date_style = QComboBox()
        self.date_style.setAccessibleName("Date style")
        styles = list(DATE_STYLES) if profile.date_format in DATE_STYLES else [profile.date_format, *DATE_STYLES]
        for fmt in styles:
            self.date_style.addItem(format_date(_EXAMPLE_DAY, fmt), fmt)
        self.date_style.setCurrentIndex(max(0, self.date_style.findData(profile.date_format)))
        self.copy_guard = QCheckBox("Ask before copying a reply with blockers (gaps, internal notes, wrong name)")
        self.copy_guard.setChecked(profile.copy_guard)
        self.copy_guard.setAccessibleName("Copy guard")
        form = QFormLayout()
        form.addRow("Your &name:", self.sender_edit)
        form.addRow("&Business:", self.business_edit)
        form.addRow("Si&gnature:", self.signature)
        form.addRow("&Phone region:", self.region)
        form.addRow("&Times:", self.clock)
        form.addRow("&Dates:", self.date_style)
        form.addRow("", self.copy_guard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if welcome:
            intro = QLabel(welcome)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def profile(self) -> Profile:
        """The profile as the dialog shows it."""
        return Profile(
            sender_name=self.sender_edit.text().strip(),
            business_name=self.business_edit.text().strip(),
            sender_signature=self.signature.toPlainText().strip("\n"),
            phone_region=str(self.region.currentData()),
            clock=str(self.clock.currentData()),
            date_format=str(self.date_style.currentData()),
            copy_guard=self.copy_guard.isChecked(),
        )
