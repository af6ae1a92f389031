"""The website with the chat widget (http://localhost:8000)."""
