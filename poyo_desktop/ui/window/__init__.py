"""The main window as a whole: banner, status line, guides, dialogs, and task-end alerts."""
