"""The task list: model, view, row painting, history filter, thumbnails, state words."""
