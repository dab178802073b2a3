/** Storage failures and hardening messages: quota, blocked upgrades, failed writes (UI language). */
export default {
  failure: {
    quota: 'Dysk komputera jest pełny: zwolnij miejsce. Wpisany tekst zostaje tutaj.',
    blocked: 'Cadence czeka: w innym oknie jest otwarta starsza wersja Cadence. Zamknij je, aby kontynuować.',
    versionChange:
      'Cadence zaktualizowano w innym oknie. Odśwież to okno, aby dalej pracować — najpierw skopiuj niezapisany tekst.',
    closed: 'Baza danych została zamknięta: odśwież okno. Do tego czasu wpisany tekst zostaje tutaj.',
    transaction: 'Baza danych odrzuciła zmianę i nic nie zapisano częściowo. Spróbuj ponownie.',
  },
  title: {
    quota: 'Dysk pełny',
    blocked: 'Oczekiwanie na inne okno',
    versionChange: 'Zaktualizowano w innym oknie',
    closed: 'Baza danych zamknięta',
    transaction: 'Zmiana nie została zapisana',
  },
  reload: 'Odśwież',
  autosave: {
    retrying: 'Nie zapisano — ponawiam próbę. Tekst zostaje tutaj; skopiuj go na wszelki wypadek.',
    copy: 'Kopiuj tekst',
    copied: 'Skopiowano',
  },
}
