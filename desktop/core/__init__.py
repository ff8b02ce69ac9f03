"""Replygem's Qt-free core: models, rendering, extraction and the checklist.

Nothing in this package may import Qt; ``tests/test_architecture.py`` enforces it.
"""
