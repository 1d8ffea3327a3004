"""What the vault holds: importing, items, file kinds, cases, witness statements, the
search index, statement rendering."""
