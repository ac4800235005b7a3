"""Every message of the shared (PostgreSQL) database and of the copy command, in Dutch and
English: a keyed catalogue like ``store/texts.py`` (see :mod:`regietafel.domain.catalogue`; the
same keys and placeholders in both languages, checked by ``tests/domain/test_texts.py``).
"""

from __future__ import annotations

from regietafel.domain.catalogue import Catalogue

NL: dict[str, str] = {
    "url.scheme": "{url} is een adres van een soort database die Regietafel niet kent; gebruik "
                  "postgresql://gebruiker@server:poort/database of een bestandsnaam.",
    "url.invalid": "{url} is geen geldig database-adres: {reason}",
    "url.no_database": "{url} noemt geen database: zet de naam achter de laatste schuine streep "
                       "(…/regietafel) of geef een service (?service=naam).",
    "server.unreachable": "De server van {url} is niet bereikbaar: {reason}",
    "server.password": "Aanmelden bij {url} is mislukt: wachtwoord onjuist of ontbreekt. Zet het wachtwoord in "
                       "het pgpass-bestand (of gebruik Bestand > Gedeelde database…).",
    "server.no_database": "De database van {url} bestaat niet op de server. Vraag de beheerder haar aan te maken.",
    "server.refused": "De server van {url} weigert de verbinding: {reason}",
    "server.foreign": "De database van {url} is geen Regietafel-database (er staan andere tabellen in). "
                      "Er is niets gewijzigd.",
    "server.newer": "De database van {url} is gemaakt door een nieuwere Regietafel (schema {revision}). "
                    "Werk Regietafel bij om haar te openen.",
    "server.needs_migration": "De gedeelde database van {url} heeft schema {revision}; dit programma gebruikt "
                              "{head}. Alleen de beheerder werkt haar bij, na een back-up van de server: "
                              "regietafel --db {url} --upgrade-shared-schema",
    "server.read_only_migration": "De gedeelde database van {url} moet worden bijgewerkt, maar u hebt alleen "
                                  "leesrechten. Vraag de beheerder.",
    "server.read_only_empty": "De database van {url} is leeg en u hebt alleen leesrechten: de beheerder moet "
                              "haar eerst inrichten.",
    "server.lost": "De verbinding met de gedeelde database is verbroken: uw laatste wijziging is niet "
                   "opgeslagen. Controleer het netwerk en probeer het opnieuw.",
    "server.read_only_write": "U hebt alleen leesrechten op deze gedeelde database: er is niets gewijzigd.",
    "server.driver_missing": "Voor een gedeelde database is het pakket psycopg nodig; het is niet geïnstalleerd.",
    "conflict": "Versie {version} is intussen gewijzigd door {who} om {time}; uw wijziging is niet "
                "opgeslagen. Het werkblad is opnieuw geladen: bekijk de nieuwe stand en doe uw wijziging "
                "zo nodig opnieuw.",
    "conflict.unknown": "Versie {version} is intussen door iemand anders gewijzigd; uw wijziging is niet "
                        "opgeslagen. Het werkblad is opnieuw geladen.",
    "conflict.stale": "De gegevens zijn intussen door iemand anders gewijzigd; uw wijziging is niet "
                      "opgeslagen. Laad opnieuw en probeer het nog eens.",
    "conflict.new_version": "Er is intussen al een nieuwe versie gemaakt door iemand anders; het werkblad is "
                            "opnieuw geladen.",
    "check.ok": "Verbonden als {user}: een Regietafel-database (schema {revision}), {rights}.",
    "check.empty": "Verbonden als {user}: de database is nog leeg; Regietafel richt haar in bij het openen.",
    "check.read_write": "lezen en wijzigen",
    "check.read_only": "alleen lezen",
    "demo.not_empty": "De database van {url} bevat al gegevens; demo vult alleen een lege database "
                      "(--force wist nooit een gedeelde database).",
    "demo.done": "Demodatabase gemaakt: {url}",
    "copy.same": "Bron en doel zijn dezelfde database.",
    "copy.target_not_empty": "{target} bevat al gegevens ({rows} rijen); kopiëren gaat alleen naar een lege "
                             "database. Gebruik --replace om de gegevens daar te vervangen.",
    "copy.source_missing": "{source} bestaat niet.",
    "copy.count_mismatch": "Telling klopt niet na het kopiëren: tabel {table} heeft {source} rijen in de bron "
                           "en {target} in het doel. Het doel is teruggezet.",
    "copy.done": "Gekopieerd van {source} naar {target}: {rows} rijen in {tables} tabellen, tellingen "
                 "gecontroleerd.",
}

EN: dict[str, str] = {
    "url.scheme": "{url} is the address of a kind of database Regietafel does not know; use "
                  "postgresql://user@server:port/database or a file name.",
    "url.invalid": "{url} is not a valid database address: {reason}",
    "url.no_database": "{url} names no database: put its name after the last slash (…/regietafel) or "
                       "give a service (?service=name).",
    "server.unreachable": "The server of {url} cannot be reached: {reason}",
    "server.password": "Signing in to {url} failed: the password is wrong or missing. Put the password in "
                       "the pgpass file (or use File > Shared database…).",
    "server.no_database": "The database of {url} does not exist on the server. Ask the administrator to create it.",
    "server.refused": "The server of {url} refuses the connection: {reason}",
    "server.foreign": "The database of {url} is not a Regietafel database (it holds other tables). "
                      "Nothing was changed.",
    "server.newer": "The database of {url} was made by a newer Regietafel (schema {revision}). "
                    "Update Regietafel to open it.",
    "server.needs_migration": "The shared database of {url} has schema {revision}; this program uses {head}. "
                              "Only the administrator upgrades it, after a backup of the server: "
                              "regietafel --db {url} --upgrade-shared-schema",
    "server.read_only_migration": "The shared database of {url} needs an upgrade, but you may only read it. "
                                  "Ask the administrator.",
    "server.read_only_empty": "The database of {url} is empty and you may only read it: the administrator "
                              "must set it up first.",
    "server.lost": "The connection to the shared database was lost: your last change was not saved. "
                   "Check the network and try again.",
    "server.read_only_write": "You may only read this shared database: nothing was changed.",
    "server.driver_missing": "A shared database needs the psycopg package; it is not installed.",
    "conflict": "Version {version} was changed meanwhile by {who} at {time}; your change was not saved. "
                "The worksheet has been reloaded: look at the new state and make your change again if "
                "needed.",
    "conflict.unknown": "Version {version} was changed meanwhile by someone else; your change was not "
                        "saved. The worksheet has been reloaded.",
    "conflict.stale": "The data was changed meanwhile by someone else; your change was not saved. "
                      "Reload and try again.",
    "conflict.new_version": "Someone else has meanwhile made a new version; the worksheet has been reloaded.",
    "check.ok": "Connected as {user}: a Regietafel database (schema {revision}), {rights}.",
    "check.empty": "Connected as {user}: the database is still empty; Regietafel sets it up when opening it.",
    "check.read_write": "read and write",
    "check.read_only": "read only",
    "demo.not_empty": "The database of {url} already holds data; demo fills only an empty database "
                      "(--force never wipes a shared database).",
    "demo.done": "Demo database created: {url}",
    "copy.same": "Source and target are the same database.",
    "copy.target_not_empty": "{target} already holds data ({rows} rows); copying goes only into an empty "
                             "database. Use --replace to replace the data there.",
    "copy.source_missing": "{source} does not exist.",
    "copy.count_mismatch": "Counts differ after the copy: table {table} has {source} rows in the source "
                           "and {target} in the target. The target has been rolled back.",
    "copy.done": "Copied from {source} to {target}: {rows} rows in {tables} tables, counts checked.",
}

text = Catalogue("shared_database", NL, EN)
