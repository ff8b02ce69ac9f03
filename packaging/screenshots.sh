#!/usr/bin/env bash
# Screenshots of the real window on a virtual 1280x800 X screen (xcb platform, not offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=xcb
exec xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python packaging/screenshot.py
