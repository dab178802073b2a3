/** Backups, restore, import and export of all data (UI language). */
export default {
  settings: {
    title: 'Kopie zapasowe',
    backUpNow: 'Utwórz kopię teraz',
    lastBackup: 'Ostatnia kopia',
    noBackup: 'Brak kopii zapasowej',
    folder: 'Folder',
    changeFolder: 'Zmień…',
    openFolder: 'Otwórz folder',
    policy:
      'Cadence tworzy kopię co {{minutes}} minut podczas pracy, przy zamykaniu, przed aktualizacją bazy danych i po aktualizacji aplikacji. Zachowuje 5 ostatnich z dzisiaj, jedną dziennie przez 14 dni i jedną tygodniowo przez 3 miesiące.',
    backedUp: 'Kopia utworzona: {{name}}',
    nothingToBackUp: 'Nie ma jeszcze czego kopiować.',
    backupFailed: 'Kopia zapasowa nie powiodła się: {{message}}',
    folderChanged: 'Kopie trafiają teraz do {{folder}}',
    folderNotWritable: 'Cadence nie może zapisywać w tym folderze. Wybierz inny.',
    reasons: {
      interval: 'automatyczna',
      quit: 'przy zamykaniu',
      'before-upgrade': 'przed aktualizacją',
      'after-update': 'po aktualizacji',
      manual: 'ręczna',
      'before-restore': 'przed przywróceniem',
    },
  },
  transfer: {
    title: 'Przywracanie i przenoszenie',
    intro:
      'Przywróć kopię z folderu, przenieś wszystkie dane na inny komputer lub dołącz eksport od współpracownika.',
    backupsInFolder: 'Kopie w folderze',
    noBackups: 'W folderze nie ma jeszcze kopii.',
    taken: 'Utworzona',
    size: 'Rozmiar',
    restore: 'Przywróć…',
    showAll: 'Pokaż wszystkie ({{total}})',
    exportAll: 'Eksportuj wszystkie dane…',
    exportHelp: 'Jeden plik JSON ze wszystkimi rekordami, dla innego komputera lub współpracownika.',
    exported: 'Wyeksportowano do {{path}}',
    exportFailed: 'Eksport nie powiódł się: {{message}}',
    importReplace: 'Importuj…',
    importReplaceHelp:
      'Zastępuje wszystkie obecne dane danymi z pliku (najpierw powstaje kopia obecnych danych).',
    importMerge: 'Importuj do danych…',
    importMergeHelp:
      'Dodaje eksport współpracownika do Twoich danych: wygrywa nowsza wersja każdego rekordu.',
  },
  preview: {
    titleRestore: 'Przywróć kopię zapasową',
    titleMerge: 'Importuj do Twoich danych',
    reading: 'Sprawdzanie pliku…',
    file: 'Plik',
    exportedAt: 'Wyeksportowano',
    unknown: 'Nieznane',
    clients: 'Klienci',
    metricMonths: 'Miesiące wyników',
    meetings: 'Spotkania',
    records: 'Rekordów łącznie',
    version: 'Wersja bazy danych',
    olderVersion: '{{version}} (przy przywracaniu aktualizowana do {{current}})',
    replaceWarning:
      'Wszystkie obecne dane w Cadence zostaną zastąpione tą kopią. Najpierw powstaje kopia obecnych danych, więc można to cofnąć.',
    mergeNote:
      'Rekordy nowe tutaj zostaną dodane; rekord obecny po obu stronach zachowa nowszą wersję. Usunięte rekordy pozostaną usunięte, jeśli usunięcie jest nowsze.',
    restore: 'Przywróć',
    merge: 'Importuj do danych',
    cancel: 'Anuluj',
    restored_one: 'Kopia przywrócona: {{total}} rekord.',
    restored_few: 'Kopia przywrócona: {{total}} rekordy.',
    restored_many: 'Kopia przywrócona: {{total}} rekordów.',
    restored_other: 'Kopia przywrócona: {{total}} rekordu.',
    merged: 'Zaimportowano — dodane: {{added}}, zaktualizowane: {{replaced}}, bez zmian: {{unchanged}}',
    conflicts_one:
      '{{count}} rekord odpowiadał innemu rekordowi tutaj (ten sam klient i okres) i został pominięty.',
    conflicts_few:
      '{{count}} rekordy odpowiadały innym rekordom tutaj (ten sam klient i okres) i zostały pominięte.',
    conflicts_many:
      '{{count}} rekordów odpowiadało innym rekordom tutaj (ten sam klient i okres) i zostało pominiętych.',
    conflicts_other:
      '{{count}} rekordu odpowiadało innym rekordom tutaj (ten sam klient i okres) i zostało pominiętych.',
    failed: 'Nic nie zostało zmienione: {{message}}',
    safetyBackupFailed: 'Nic nie zostało zmienione: kopia obecnych danych nie powiodła się ({{message}}).',
    badFile: 'Tego pliku nie można przywrócić. Nic nie zostało zmienione.',
  },
  problems: {
    'too-large': 'Plik jest większy, niż może być jakakolwiek kopia Cadence.',
    unreadable:
      'Nie można odczytać pliku: jest uszkodzony lub nie jest kopią (nieprawidłowy gzip lub tekst).',
    none: 'W folderze kopii nie znaleziono żadnej kopii.',
    'not-json': 'Plik jest niekompletny lub uszkodzony (to nie jest pełny JSON).',
    'not-export': 'Plik nie jest eksportem danych Cadence (w miejscu „{{path}}”).',
    'forbidden-key':
      'Plik zawiera niedozwolony klucz „{{key}}” w miejscu „{{path}}” i ze względów bezpieczeństwa zostaje odrzucony.',
    'string-too-long': 'Tekst w miejscu „{{path}}” jest znacznie dłuższy niż w jakimkolwiek rekordzie.',
    'too-deep': 'Dane w miejscu „{{path}}” są zagnieżdżone głębiej niż w jakimkolwiek rekordzie.',
    'other-database': 'Plik jest eksportem innej bazy danych („{{name}}”).',
    'newer-version':
      'Plik utworzyła nowsza wersja Cadence (wersja bazy {{version}}; ta ma {{current}}). Zaktualizuj Cadence, a potem go przywróć.',
    'unsupported-version': 'Plik ma wersję bazy {{version}}, której nie miało żadne wydanie Cadence.',
    'unknown-table': 'Plik zawiera tabelę „{{table}}”, której Cadence nie zna.',
    'count-mismatch':
      'Tabela „{{table}}” powinna mieć {{declared}} rekordów, a ma {{actual}}: plik jest ucięty lub był edytowany.',
    'invalid-record': 'Tabela „{{table}}”, rekord {{index}} ({{id}}): pole „{{field}}” — {{message}}',
    'invalid-record-no-field': 'Tabela „{{table}}”, rekord {{index}} ({{id}}): {{message}}',
    'duplicate-id': 'Tabela „{{table}}” ma dwa rekordy o identyfikatorze {{id}}.',
    'import-failed': 'Nie udało się odczytać rekordów: {{message}}',
    noId: 'brak identyfikatora',
  },
  gate: {
    opening: 'Otwieranie Twoich danych…',
    openFailed: 'Cadence nie mogła otworzyć swojej bazy danych: {{message}}',
    retry: 'Spróbuj ponownie',
    upgradeBackupFailed: 'Kopia przed aktualizacją bazy danych nie powiodła się: {{message}}',
    updateBackupFailed: 'Kopia po aktualizacji aplikacji nie powiodła się: {{message}}',
  },
  offer: {
    title: 'Brakuje Twoich danych',
    body_one:
      'Cadence znalazła pustą bazę danych, choć przy ostatnim uruchomieniu był w niej {{total}} rekord. Może się tak stać po awarii, zapełnieniu dysku lub zmianie w systemie. Przywróć najnowszą kopię, aby kontynuować od miejsca, w którym skończyłeś.',
    body_few:
      'Cadence znalazła pustą bazę danych, choć przy ostatnim uruchomieniu były w niej {{total}} rekordy. Może się tak stać po awarii, zapełnieniu dysku lub zmianie w systemie. Przywróć najnowszą kopię, aby kontynuować od miejsca, w którym skończyłeś.',
    body_many:
      'Cadence znalazła pustą bazę danych, choć przy ostatnim uruchomieniu było w niej {{total}} rekordów. Może się tak stać po awarii, zapełnieniu dysku lub zmianie w systemie. Przywróć najnowszą kopię, aby kontynuować od miejsca, w którym skończyłeś.',
    body_other:
      'Cadence znalazła pustą bazę danych, choć przy ostatnim uruchomieniu było w niej {{total}} rekordu. Może się tak stać po awarii, zapełnieniu dysku lub zmianie w systemie. Przywróć najnowszą kopię, aby kontynuować od miejsca, w którym skończyłeś.',
    latest: 'Najnowsza kopia',
    takenAt: 'Utworzona {{when}}',
    contents: 'Klienci: {{clients}} · miesiące wyników: {{months}} · spotkania: {{meetings}}',
    noBackup: 'W folderze {{folder}} nie znaleziono kopii. Jeśli masz plik eksportu, wybierz go.',
    checking: 'Sprawdzanie najnowszej kopii…',
    restoreLatest: 'Przywróć tę kopię',
    chooseFile: 'Wybierz inny plik…',
    startEmpty: 'Zacznij od zera',
    confirmTitle: 'Zacząć z pustą bazą danych?',
    confirmBody:
      'Cadence uruchomi się bez Twoich danych. Kopie zostaną w folderze i możesz później przywrócić jedną z nich w Ustawieniach.',
    confirmStart: 'Zacznij od zera',
    restored_one: 'Dane wróciły: przywrócono {{total}} rekord.',
    restored_few: 'Dane wróciły: przywrócono {{total}} rekordy.',
    restored_many: 'Dane wróciły: przywrócono {{total}} rekordów.',
    restored_other: 'Dane wróciły: przywrócono {{total}} rekordu.',
  },
}
