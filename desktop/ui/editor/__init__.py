"""Library management: the template editor, revision history, trash and the operations the window calls."""
