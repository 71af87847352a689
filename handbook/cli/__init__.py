"""The ``handbook`` command line: subcommands over the core, messages in Vietnamese or English."""
