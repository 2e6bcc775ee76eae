"""Pop-up premises: premises and tenancies, monthly statements, reminders, exports and documents."""
