"""Qt widgets, dialogs and item models. Views call services, never a Session."""
