"""Entry point of the frozen program (PyInstaller): the same CLI as `regietafel`."""

import sys

from regietafel.cli import main

if __name__ == "__main__":
    sys.exit(main())
