"""The vault: SQLCipher driver, key slots, migrations and one module per aggregate."""
