"""Rasa SDK action server: thin actions that call the shared core in `flexbot/`."""
