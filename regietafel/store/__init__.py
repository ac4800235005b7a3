"""The local SQLite store: models, migrations, opening and locking, backups, and the services
the GUI, the command line and the exports call."""
