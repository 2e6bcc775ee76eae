"""Use cases shared by the window and the command line.

Each service is a plain function that takes a Database and plain values, runs one transaction,
returns plain values and raises a DomainError (with a message in the user's language) when a
rule refuses the action.
"""
