"""Messages of the command line in Dutch and English; see :mod:`regietafel.domain.catalogue`.
"""

from __future__ import annotations

from regietafel.domain.catalogue import Catalogue

NL: dict[str, str] = {
    "cli.demo_database_created_path": "Demodatabase aangemaakt: {path}",
    "cli.path_already_exists_use_force_to": "{path} bestaat al; gebruik --force om het te vervangen.",
    "cli.path_is_a_folder_not_a": "{path} is een map, geen databasebestand.",
    "cli.total_must_not_be_negative": "--total mag niet negatief zijn",
    "cli.option_value_expected_code_n_e": "--{option} {value}: verwacht CODE=N, bijvoorbeeld GM0363=600",
    "cli.option_value_code_is_not_a": "--{option} {value}: {code} is geen gemeente van deze provincie",
    "cli.option_value_a_negative_number_is": "--{option} {value}: een negatief getal is niet toegestaan",
    "cli.option_code_is_given_twice": "--{option}: {code} staat er twee keer",
    "cli.option_value_number_is_not_a": "--{option} {value}: '{number}' is geen geheel getal",
    "cli.written_path": "Geschreven: {path}",
    "cli.written_files": "Geschreven: {count} bestanden in {folder}",
    "cli.unknown_period_period": "Onbekende periode '{period}'",
    "cli.all_provinces_factsheets_only": "--all-provinces geldt alleen voor --factsheets",
    "cli.sum_into_successor_needs_kind_gemeenten": "--sum-into-successor vraagt --kind gemeenten en --period",
    "cli.file_sheet_sheet_rows_rows_read": "{file}, blad {sheet}: {rows} rijen gelezen, {matched} gemeenten herkend, {records} records, fouten: {errors}, waarschuwingen: {warnings}",
    "cli.imported_written_records_written_replaced_replaced": "Geïmporteerd: {written} records weggeschreven, {replaced} vervangen.",
    "cli.category_amount_added_to_code_from": "{category}: {amount} bij {code} opgeteld uit de samengevoegde gemeenten",
    "cli.not_imported_nothing_was_written": "Niet geïmporteerd: er is niets weggeschreven.",
    "cli.dry_run_the_file_would_import": "Proefimport: het bestand zou {records} records importeren; er is niets weggeschreven.",
    "cli.backup_before_the_import_path": "Reservekopie vóór de import: {path}",
    "cli.ceil_national": "Huisvestingswet art. 29: {total} landelijk verdeeld over alle gemeenten naar inwoners op {date}, elk aandeel naar boven afgerond; hieronder het deel van {province}: {part} (vastzetten en grenzen verdelen binnen die som).",
    "cli.no_backup_to_restore": "Er is geen bruikbare reservekopie in {folder}.",
    "cli.restore_the_newest_backup_with": "Zet de nieuwste reservekopie ({when}) terug met: {command}",
    "cli.backup_restored_path": "Reservekopie {backup} teruggezet in {path}.",
    "cli.damaged_file_kept_as": "Het beschadigde bestand is bewaard als {path}.",
}

EN: dict[str, str] = {
    "cli.demo_database_created_path": "Demo database created: {path}",
    "cli.path_already_exists_use_force_to": "{path} already exists; use --force to replace it.",
    "cli.path_is_a_folder_not_a": "{path} is a folder, not a database file.",
    "cli.total_must_not_be_negative": "--total must not be negative",
    "cli.option_value_expected_code_n_e": "--{option} {value}: expected CODE=N, e.g. GM0363=600",
    "cli.option_value_code_is_not_a": "--{option} {value}: {code} is not a gemeente of this province",
    "cli.option_value_a_negative_number_is": "--{option} {value}: a negative number is not allowed",
    "cli.option_code_is_given_twice": "--{option}: {code} is given twice",
    "cli.option_value_number_is_not_a": "--{option} {value}: '{number}' is not a whole number",
    "cli.written_path": "Written: {path}",
    "cli.written_files": "Written: {count} files in {folder}",
    "cli.unknown_period_period": "Unknown period '{period}'",
    "cli.all_provinces_factsheets_only": "--all-provinces is for --factsheets only",
    "cli.sum_into_successor_needs_kind_gemeenten": "--sum-into-successor needs --kind gemeenten and --period",
    "cli.file_sheet_sheet_rows_rows_read": "{file}, sheet {sheet}: {rows} rows read, {matched} municipalities matched, {records} records, {errors} errors, {warnings} warnings",
    "cli.imported_written_records_written_replaced_replaced": "Imported: {written} records written, {replaced} replaced.",
    "cli.category_amount_added_to_code_from": "{category}: {amount} added to {code} from the merged gemeenten",
    "cli.not_imported_nothing_was_written": "Not imported: nothing was written.",
    "cli.dry_run_the_file_would_import": "Dry run: the file would import {records} records; nothing was written.",
    "cli.backup_before_the_import_path": "Backup before the import: {path}",
    "cli.ceil_national": "Huisvestingswet art. 29: {total} divided nationally over all municipalities by population on {date}, every share rounded up; below the part of {province}: {part} (locks and bounds re-divide within that sum).",
    "cli.no_backup_to_restore": "There is no usable backup in {folder}.",
    "cli.restore_the_newest_backup_with": "Restore the newest backup ({when}) with: {command}",
    "cli.backup_restored_path": "Backup {backup} restored into {path}.",
    "cli.damaged_file_kept_as": "The damaged file is kept as {path}.",
}

t = Catalogue("commands", NL, EN)
