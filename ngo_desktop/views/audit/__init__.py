"""The read-only audit log viewer (Tools → Audit log)."""
