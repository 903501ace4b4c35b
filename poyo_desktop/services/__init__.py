"""Application services: the jobs pipeline, settings, secrets and image preflight.

Qt is used here only for signals (QObject); no widgets.
"""
