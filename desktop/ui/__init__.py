"""The Qt user interface: widgets, Qt models and the controller that calls into core.

No SQL, parsing or rules live here; they are in :mod:`desktop.core` and :mod:`desktop.store`.
"""
