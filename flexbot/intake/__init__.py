"""The complaint intake: one contract (`contract`), its client (`client`) and durable spool."""
