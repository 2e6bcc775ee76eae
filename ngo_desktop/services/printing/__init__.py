"""The printed documents: gathering their data, building them, and the register of what was printed."""
