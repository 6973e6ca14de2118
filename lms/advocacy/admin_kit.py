"""Ready-to-use posts and the referent's inbox in the admin."""
