import sys

from ponte.cli import main

sys.exit(main())
