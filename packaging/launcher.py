"""The frozen app's entry point (PyInstaller runs this file, not the package's __main__)."""

import sys

from poyo_desktop.boot.main import main

sys.exit(main())
