"""The desktop app: windows, views and Qt models that present what the core found."""
