"""The widgets, in one sub-package per screen area; they talk to services, never to store or api."""
