import sys

from poyo_desktop.boot.main import main

sys.exit(main())
