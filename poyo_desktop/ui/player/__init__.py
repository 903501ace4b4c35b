"""The preview: playing a finished video, its controls, still frame and file actions."""
