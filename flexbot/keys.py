"""Every Redis stream shared between services, in one place (service-private keys live beside
their service: `desk/register.py`, `connectors/`)."""

from __future__ import annotations

# Complaints to the Klachtenbureau: new complaints and updates (contract: flexbot/intake/contract.py).
INTAKE_STREAM = "klachtenbureau:intake"
INTAKE_GROUP = "klachtenbureau-desk"
# Intake entries that are not valid, kept for a person to look at.
INTAKE_DEAD_LETTER = "desk:intake:invalid"
# Every social-media mention, complaint or not, for the social team.
MENTIONS_STREAM = "social:mentions"
# Possible complaints in the chat the customer has not yet confirmed or denied: conversation id ->
# JSON candidate (flexbot/complaints/possible.py); the desk lists them for the Klachtenbureau.
CHAT_POSSIBLE = "flexbot:chat:possible"
# People's judgements on the detector (customer yes/no, social triage, handler corrections).
LABELS_STREAM = "flexbot:labels"
# Social webhook deliveries the connectors could not process (unparseable, or failed N times), for
# the desk's Social page. Fields: platform, body (raw JSON text), error, inbox_id, failures,
# received_at, dead_at.
SOCIAL_DEAD_LETTER = "social:webhook-deadletter"
# A person takes over a chat (issue 12; bot/handoff.py, actions/handoff.py, desk/conversations.py).
# Hash per conversation: state (wachtend/live/terugbellen), requested_at, taken_by, taken_name, ...
HANDOFF_CONVERSATION = "flexbot:handoff:conv:{}"
# Sorted set of open conversations (waiting, live, call-back), score = requested_at (epoch seconds).
HANDOFF_OPEN = "flexbot:handoff:open"
# Stream of changes for the desk's live page: conversation, kind (verzoek/klant/overgenomen/...).
HANDOFF_EVENTS = "flexbot:handoff:events"
# Pub/sub channel: the desk publishes what must reach a customer's widget (JSON: conversation,
# kind "message"/"state", text, name, state); every Rasa server's socket.io channel subscribes.
HANDOFF_DELIVER = "flexbot:handoff:deliver"
