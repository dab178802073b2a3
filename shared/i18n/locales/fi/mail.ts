/** Viikkorytmin asiakasviestit (seed 002): maanantain suunnitelma ja perjantain yhteenveto. */
export default {
  greeting: 'Hei {{name}},',
  greetingNoName: 'Hei,',
  signoff: 'Ystävällisin terveisin',
  waitingOnYou: 'odottaa teidän vastaustanne',
  milestone: {
    'brief-approved': 'Brief hyväksytty',
    proofing: 'Oikolukukierros',
    launch: 'Julkaisu',
    end: 'Kampanja päättyy',
    reporting: 'Raportointi',
  },
  monday: {
    subject: 'Viikon {{week}} suunnitelma – {{client}}',
    intro: 'Tässä suunnitelmamme alkavalle viikolle.',
    overdueHeading: 'Muistutuksena vielä avoimet asiat:',
    overdueWaitingNote: 'Kun odotamme teiltä vastausta, lyhytkin viesti auttaa meitä pysymään aikataulussa.',
    planHeading: 'Suunnitelma seuraavalle viidelle arkipäivälle:',
    noPlan: 'Tälle viikolle ei osu kiinteitä määräaikoja; jatkamme käynnissä olevien töiden parissa.',
    closing: 'Jos suunnitelmaan tarvitaan muutoksia, vastaa vain tähän viestiin.',
  },
  friday: {
    subject: 'Kiitos viikosta – yhteenveto ({{client}})',
    intro: 'Kiitos tästä viikosta! Tässä lyhyt yhteenveto.',
    doneHeading: 'Tällä viikolla valmistui:',
    summaryHeading: 'Lyhyesti:',
    underControl: 'Kaikki on meidän osaltamme hallinnassa.',
    underControlWaiting:
      'Meidän osaltamme kaikki etenee suunnitellusti. Jotta näin pysyy, tarvitsemme vielä teiltä:',
    nextWeekHeading: 'Ensi viikon suunnitelmat:',
    closing: 'Mukavaa viikonloppua!',
  },
}
