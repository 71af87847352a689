"""Starting the app: the first-run wizard, the unlock window and the flow between them."""
