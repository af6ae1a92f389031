"""Flexbot's shared core: what more than one service uses.

`intake` (the complaint intake contract, client and spool), `complaints` (the one complaint
detector), `flexpolis` (the policy knowledge, coverage checker and Dutch answer parsers),
`settings` (every environment variable, one default each), `streams` (Redis consumer groups)
and `launcher` (the `flexbot` command). It imports no service package.
"""
