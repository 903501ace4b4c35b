"""PoYo Desktop: a photo and a sentence become a short video, with PoYo's Kling 2.1 models."""

__version__ = "0.1.0"
APP_NAME = "PoYo Desktop"
APP_ID = "ai.poyo.PoyoDesktop"
