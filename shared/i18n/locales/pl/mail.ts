/** Maile do klienta w rytmie tygodnia (seed 002): plan na poniedziałek i podsumowanie piątkowe. */
export default {
  greeting: 'Dzień dobry {{name}},',
  greetingNoName: 'Dzień dobry,',
  signoff: 'Pozdrawiam serdecznie',
  waitingOnYou: 'czekamy na Twoją odpowiedź',
  milestone: {
    'brief-approved': 'Akceptacja briefu',
    proofing: 'Runda poprawek',
    launch: 'Start kampanii',
    end: 'Koniec kampanii',
    reporting: 'Raport',
  },
  monday: {
    subject: 'Plan na tydzień {{week}} – {{client}}',
    intro: 'przesyłam plan działań na nadchodzący tydzień.',
    overdueHeading: 'Krótkie przypomnienie o zaległych tematach:',
    overdueWaitingNote:
      'Tam, gdzie czekamy na Twoją odpowiedź, krótka informacja zwrotna pomoże nam utrzymać harmonogram.',
    planHeading: 'Plan na najbliższe 5 dni roboczych:',
    noPlan: 'W tym tygodniu nie mamy sztywnych terminów; kontynuujemy bieżące działania.',
    closing: 'Jeśli coś w planie wymaga zmiany, po prostu odpisz na tego maila.',
  },
  friday: {
    subject: 'Dziękujemy za ten tydzień – podsumowanie ({{client}})',
    intro: 'dziękujemy za ten tydzień! Poniżej krótkie podsumowanie.',
    doneHeading: 'W tym tygodniu zrealizowaliśmy:',
    summaryHeading: 'W skrócie:',
    underControl: 'Po naszej stronie wszystko jest pod kontrolą.',
    underControlWaiting:
      'Po naszej stronie wszystko idzie zgodnie z planem. Aby tak zostało, potrzebujemy jeszcze Twojej odpowiedzi w sprawie:',
    nextWeekHeading: 'Plany na przyszły tydzień:',
    closing: 'Miłego weekendu!',
  },
}
