"""The built-in rules, registered in display order: glass detectors, then diamond, then SNAP.

Importing this module registers every rule with :mod:`.engine`; the rules
themselves live in :mod:`.glass`, :mod:`.diamond` and :mod:`.snap`. They are
imported by name, in order, because registration order is the order the
checklist shows its items (an import sorter would reorder plain imports).
"""

from __future__ import annotations

import importlib

RULE_MODULES = ("glass", "diamond", "snap")

for _name in RULE_MODULES:
    importlib.import_module(f"desktop.core.checklist.{_name}")
