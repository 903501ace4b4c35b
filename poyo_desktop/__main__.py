import sys

from poyo_desktop.app import main

sys.exit(main())
