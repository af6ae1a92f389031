"""Social-media connectors: one module per platform behind one interface (connectors.base), and
the webhook/poller service (connectors.service) feeding connectors.pipeline."""
