"""PoYo Desktop: a photo and a sentence become a short video, with PoYo's Kling 2.1 models.

Importing the package protects ``None``/``True``/``False`` from PySide6 6.12's reference
leak on Python 3.11 (:mod:`poyo_desktop.runtime.pyside_refcounts`) before any of its Qt-using
modules can run:
a script that drives the services without the app's start-up code must not abort at exit
("Fatal Python error: none_dealloc"). It costs ~2 ms (ctypes) and no Qt import.
"""

from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount

__version__ = "0.1.0"
APP_NAME = "PoYo Desktop"
APP_ID = "ai.poyo.PoyoDesktop"

pin_none_refcount()
