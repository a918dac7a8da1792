"""The account-creation screen."""
