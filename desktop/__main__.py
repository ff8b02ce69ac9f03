"""``python -m desktop``: the same as the ``replygem`` command."""

import sys

from desktop.cli import main

sys.exit(main())
