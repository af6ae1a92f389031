"""The `flexbot` command: training, the service supervisor, tests and the bench."""
