"""`python -m actions`: the token-protected action server (actions/server.py)."""

if __name__ == "__main__":  # rasa_sdk imports every module of the package when it registers actions
    from actions.server import main

    raise SystemExit(main())
