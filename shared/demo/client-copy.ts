/**
 * Client-facing words of the weekly rhythm in the four client languages: inbound messages and
 * replies, client meetings (Monday plan, Friday summary, monthly, quarterly, annual,
 * onboarding workshop), the weekly summary distilled from the internal card, and the
 * onboarding workshop's notes. Placeholders in braces are filled by the generators.
 */
import type { MeetingKind } from '../schemas'
import type { ConversionKind } from './industries'
import type { Localized } from './locale-text'

/** An inbound message: what the client asked, and the reply it can get. */
export type MessageCopy = { summary: Localized; solution: Localized; nextSteps: Localized | null }

/** Typical inbound client messages; `{campaign}` and `{date}` are filled in. */
export const MESSAGES: readonly MessageCopy[] = [
  {
    summary: {
      en: 'Asks whether the launch of {campaign} can move a week later because the new product photos are delayed.',
      fi: 'Kysyy, voiko kampanjan {campaign} julkaisua siirtää viikolla, koska uudet tuotekuvat viivästyvät.',
      pl: 'Pyta, czy start kampanii {campaign} można przesunąć o tydzień, bo nowe zdjęcia produktów się opóźniają.',
      bg: 'Пита дали стартът на кампанията {campaign} може да се отложи с една седмица, защото новите снимки закъсняват.',
    },
    solution: {
      en: 'Launch moved to {date}; the schedule and proofing dates are updated and shared.',
      fi: 'Julkaisu siirretty päivälle {date}; aikataulu ja vedoskierrokset päivitetty ja jaettu.',
      pl: 'Start przesunięty na {date}; harmonogram i rundy poprawek zaktualizowane i udostępnione.',
      bg: 'Стартът е преместен за {date}; графикът и корекциите са обновени и споделени.',
    },
    nextSteps: {
      en: 'We will re-plan the proofing rounds and send the updated schedule by {date}.',
      fi: 'Suunnittelemme vedoskierrokset uudelleen ja lähetämme päivitetyn aikataulun {date} mennessä.',
      pl: 'Zaplanujemy rundy poprawek od nowa i prześlemy nowy harmonogram do {date}.',
      bg: 'Ще пренаредим корекциите и ще изпратим новия график до {date}.',
    },
  },
  {
    summary: {
      en: 'Sends new product photos and asks to use them in the ads.',
      fi: 'Lähetti uudet tuotekuvat ja pyytää käyttämään niitä mainoksissa.',
      pl: 'Przesyła nowe zdjęcia produktów i prosi o wykorzystanie ich w reklamach.',
      bg: 'Изпраща нови продуктови снимки и моли да се използват в рекламите.',
    },
    solution: {
      en: 'Photos added to the image bank; the new ad variants go live tomorrow.',
      fi: 'Kuvat lisätty aineistopankkiin; uudet mainosversiot julkaistaan huomenna.',
      pl: 'Zdjęcia dodane do banku materiałów; nowe wersje reklam startują jutro.',
      bg: 'Снимките са добавени в банката с материали; новите реклами стартират утре.',
    },
    nextSteps: {
      en: 'Our designer is preparing the new variants; proofs by {date}.',
      fi: 'Graafikkomme tekee uudet versiot; vedokset {date} mennessä.',
      pl: 'Nasz grafik przygotowuje nowe wersje; projekty do akceptacji do {date}.',
      bg: 'Нашият дизайнер подготвя новите варианти; проектите ще са готови до {date}.',
    },
  },
  {
    summary: {
      en: 'Asks why the results dipped last week.',
      fi: 'Kysyy, miksi tulokset notkahtivat viime viikolla.',
      pl: 'Pyta, dlaczego wyniki spadły w zeszłym tygodniu.',
      bg: 'Пита защо резултатите спаднаха миналата седмица.',
    },
    solution: {
      en: 'A paused ad set and seasonal demand; the ad set is back on and the numbers are recovering.',
      fi: 'Syynä pysähtynyt mainosryhmä ja kausivaihtelu; mainosryhmä on taas käynnissä ja luvut palautumassa.',
      pl: 'Przyczyna: wstrzymana grupa reklam i sezonowość; grupa znów działa, a wyniki wracają.',
      bg: 'Причината е спряна рекламна група и сезонност; групата отново работи и резултатите се възстановяват.',
    },
    nextSteps: {
      en: 'We are analysing the channel data; a short written explanation by {date}.',
      fi: 'Analysoimme kanavakohtaiset luvut; lyhyt kirjallinen selvitys {date} mennessä.',
      pl: 'Analizujemy dane z kanałów; krótkie wyjaśnienie na piśmie do {date}.',
      bg: 'Анализираме данните по канали; кратко писмено обяснение до {date}.',
    },
  },
  {
    summary: {
      en: 'Wants to raise the media budget for next month.',
      fi: 'Haluaa nostaa ensi kuun mediabudjettia.',
      pl: 'Chce zwiększyć budżet mediowy na przyszły miesiąc.',
      bg: 'Иска да увеличи медийния бюджет за следващия месец.',
    },
    solution: {
      en: 'Budget raised in the plan; the split between channels is in the attached sheet.',
      fi: 'Budjetti nostettu suunnitelmaan; kanavajako liitteenä.',
      pl: 'Budżet zwiększony w planie; podział na kanały w załączniku.',
      bg: 'Бюджетът е увеличен в плана; разпределението по канали е в приложението.',
    },
    nextSteps: {
      en: 'We will propose how to split the extra budget between channels by {date}.',
      fi: 'Ehdotamme lisäbudjetin kanavajaon {date} mennessä.',
      pl: 'Zaproponujemy podział dodatkowego budżetu między kanały do {date}.',
      bg: 'Ще предложим разпределение на допълнителния бюджет по канали до {date}.',
    },
  },
  {
    summary: {
      en: 'Reports a price change on the website and asks to update the ads.',
      fi: 'Kertoo verkkosivujen hinnanmuutoksesta ja pyytää päivittämään mainokset.',
      pl: 'Informuje o zmianie cen na stronie i prosi o aktualizację reklam.',
      bg: 'Съобщава за промяна на цените в сайта и моли рекламите да се обновят.',
    },
    solution: {
      en: 'All ads and product feeds updated with the new prices.',
      fi: 'Kaikki mainokset ja tuotesyötteet päivitetty uusilla hinnoilla.',
      pl: 'Wszystkie reklamy i feedy produktowe zaktualizowane o nowe ceny.',
      bg: 'Всички реклами и продуктови фийдове са обновени с новите цени.',
    },
    nextSteps: {
      en: 'The ads update after the next feed refresh; we will confirm by {date}.',
      fi: 'Mainokset päivittyvät seuraavan syötepäivityksen jälkeen; vahvistamme {date} mennessä.',
      pl: 'Reklamy zaktualizują się po odświeżeniu feedu; potwierdzimy do {date}.',
      bg: 'Рекламите ще се обновят след опресняване на фийда; ще потвърдим до {date}.',
    },
  },
  {
    summary: {
      en: 'Asks to add a new colleague to the monthly report mailing list.',
      fi: 'Pyytää lisäämään uuden kollegan kuukausiraportin jakeluun.',
      pl: 'Prosi o dodanie nowej osoby do listy odbiorców raportu miesięcznego.',
      bg: 'Моли да добавим нов колега към получателите на месечния отчет.',
    },
    solution: {
      en: 'Added; the next report goes to both of you.',
      fi: 'Lisätty; seuraava raportti lähtee teille molemmille.',
      pl: 'Dodane; kolejny raport trafi do obu osób.',
      bg: 'Добавен; следващият отчет ще отиде и до двамата.',
    },
    nextSteps: null,
  },
  {
    summary: {
      en: 'Invites us to present the results at their board meeting.',
      fi: 'Kutsuu esittelemään tulokset hallituksen kokouksessa.',
      pl: 'Zaprasza do przedstawienia wyników na posiedzeniu zarządu.',
      bg: 'Кани ни да представим резултатите на заседание на борда.',
    },
    solution: {
      en: 'Confirmed; we will present for ten minutes and send the slides the day before.',
      fi: 'Vahvistettu; esittelemme kymmenen minuuttia ja lähetämme kalvot edellisenä päivänä.',
      pl: 'Potwierdzone; zaprezentujemy wyniki w 10 minut i wyślemy slajdy dzień wcześniej.',
      bg: 'Потвърдено; ще презентираме десет минути и ще изпратим слайдовете предния ден.',
    },
    nextSteps: {
      en: 'We will prepare a ten-minute results summary; draft by {date}.',
      fi: 'Valmistelemme kymmenen minuutin tuloskatsauksen; luonnos {date} mennessä.',
      pl: 'Przygotujemy 10-minutowe podsumowanie wyników; wersja robocza do {date}.',
      bg: 'Ще подготвим десетминутно резюме на резултатите; чернова до {date}.',
    },
  },
  {
    summary: {
      en: "Asks for our view of a competitor's new campaign.",
      fi: 'Pyytää kommentteja kilpailijan uudesta kampanjasta.',
      pl: 'Prosi o opinię o nowej kampanii konkurencji.',
      bg: 'Моли за мнение за новата кампания на конкурент.',
    },
    solution: {
      en: 'Sent a short analysis: their offer is price-led; we keep our focus on delivery and service.',
      fi: 'Lähetimme lyhyen analyysin: kilpailija kilpailee hinnalla, me jatkamme toimitus- ja palvelulupauksella.',
      pl: 'Wysłaliśmy krótką analizę: konkurencja gra ceną, my trzymamy się dostawy i obsługi.',
      bg: 'Изпратихме кратък анализ: конкурентът залага на цената, ние продължаваме с доставката и обслужването.',
    },
    nextSteps: {
      en: 'We will send a short competitor analysis by {date}.',
      fi: 'Lähetämme lyhyen kilpailija-analyysin {date} mennessä.',
      pl: 'Prześlemy krótką analizę konkurencji do {date}.',
      bg: 'Ще изпратим кратък анализ на конкуренцията до {date}.',
    },
  },
]

/** Titles of client meetings; `{month}`, `{n}` and `{year}` are filled in. */
export const MEETING_TITLES: Record<Exclude<MeetingKind, 'internal-weekly' | 'ad-hoc'>, Localized> = {
  'client-monday': {
    en: 'Monday check-in: plan for the week',
    fi: 'Maanantain tilannekatsaus: viikon suunnitelma',
    pl: 'Poniedziałkowy kontakt: plan na tydzień',
    bg: 'Понеделнишка среща: план за седмицата',
  },
  'client-friday': {
    en: 'Friday summary',
    fi: 'Perjantain yhteenveto',
    pl: 'Piątkowe podsumowanie',
    bg: 'Петъчно обобщение',
  },
  monthly: {
    en: 'Monthly report: {month}',
    fi: 'Kuukausiraportti: {month}',
    pl: 'Raport miesięczny: {month}',
    bg: 'Месечен отчет: {month}',
  },
  'quarterly-review': {
    en: 'Quarterly review Q{n} of our cooperation',
    fi: 'Yhteistyön Q{n}-katsaus',
    pl: 'Przegląd {n}. kwartału współpracy',
    bg: 'Преглед на {n}-ото тримесечие от сътрудничеството',
  },
  'annual-review': {
    en: 'Annual review: year {n} of our cooperation',
    fi: 'Vuosikatsaus: yhteistyön {n}. vuosi',
    pl: 'Przegląd roczny: {n}. rok współpracy',
    bg: 'Годишен преглед: {n}-а година от сътрудничеството',
  },
  'onboarding-workshop': {
    en: 'Onboarding workshop',
    fi: 'Aloitustyöpaja',
    pl: 'Warsztat onboardingowy',
    bg: 'Уъркшоп за стартиране',
  },
}

/** Agenda items by meeting kind. */
export const MEETING_AGENDAS: Record<
  'client-monday' | 'client-friday' | 'monthly' | 'review' | 'onboarding-workshop',
  readonly Localized[]
> = {
  'client-monday': [
    { en: 'Overdue items', fi: 'Myöhässä olevat asiat', pl: 'Zaległe tematy', bg: 'Просрочени задачи' },
    {
      en: 'Plan for the next five days',
      fi: 'Suunnitelma seuraavalle viidelle päivälle',
      pl: 'Plan na najbliższe 5 dni',
      bg: 'План за следващите пет дни',
    },
    { en: 'Open questions', fi: 'Avoimet kysymykset', pl: 'Otwarte pytania', bg: 'Отворени въпроси' },
  ],
  'client-friday': [
    {
      en: 'What was done this week',
      fi: 'Mitä tällä viikolla tehtiin',
      pl: 'Co zrobiliśmy w tym tygodniu',
      bg: 'Какво свършихме тази седмица',
    },
    {
      en: 'Is everything under control?',
      fi: 'Onko kaikki hallinnassa?',
      pl: 'Czy wszystko jest pod kontrolą?',
      bg: 'Всичко ли е под контрол?',
    },
    {
      en: 'Plans for next week',
      fi: 'Ensi viikon suunnitelmat',
      pl: 'Plany na przyszły tydzień',
      bg: 'Планове за следващата седмица',
    },
  ],
  monthly: [
    {
      en: 'Results vs the previous month and last year',
      fi: 'Tulokset suhteessa edelliseen kuukauteen ja viime vuoteen',
      pl: 'Wyniki względem poprzedniego miesiąca i zeszłego roku',
      bg: 'Резултати спрямо предходния месец и миналата година',
    },
    {
      en: 'Decreases: cause and fix',
      fi: 'Laskut: syy ja korjaus',
      pl: 'Spadki: przyczyna i rozwiązanie',
      bg: 'Спадове: причина и решение',
    },
    {
      en: "Next month's plan and publishing schedule",
      fi: 'Ensi kuun suunnitelma ja julkaisuaikataulu',
      pl: 'Plan i harmonogram publikacji na kolejny miesiąc',
      bg: 'План и график на публикациите за следващия месец',
    },
  ],
  review: [
    {
      en: 'Results vs the previous period and last year',
      fi: 'Tulokset suhteessa edelliseen jaksoon ja viime vuoteen',
      pl: 'Wyniki względem poprzedniego okresu i zeszłego roku',
      bg: 'Резултати спрямо предходния период и миналата година',
    },
    { en: 'Tests and learnings', fi: 'Testit ja opit', pl: 'Testy i wnioski', bg: 'Тестове и изводи' },
    { en: 'Proposals', fi: 'Ehdotukset', pl: 'Propozycje', bg: 'Предложения' },
  ],
  'onboarding-workshop': [
    {
      en: 'Your business and goals',
      fi: 'Liiketoimintanne ja tavoitteet',
      pl: 'Państwa biznes i cele',
      bg: 'Вашият бизнес и цели',
    },
    {
      en: 'Strategic matrix',
      fi: 'Strateginen matriisi',
      pl: 'Matryca strategiczna',
      bg: 'Стратегическа матрица',
    },
    { en: 'Channels and budget', fi: 'Kanavat ja budjetti', pl: 'Kanały i budżet', bg: 'Канали и бюджет' },
    { en: 'Next steps', fi: 'Seuraavat askeleet', pl: 'Kolejne kroki', bg: 'Следващи стъпки' },
  ],
}

/** The aim of each cooperation quarter's review (seed 002). */
export const QUARTER_AIMS: readonly Localized[] = [
  {
    en: 'Close the starting phase: problems addressed, results so far, plans ahead',
    fi: 'Aloitusvaiheen päätös: ratkaistut haasteet, tulokset ja suunnitelmat',
    pl: 'Zamknięcie etapu początkowego: rozwiązane problemy, wyniki i plany',
    bg: 'Приключване на началния етап: решени проблеми, резултати и планове',
  },
  {
    en: 'Non-standard actions: an activation, a contest, design work, a training',
    fi: 'Erikoistoimenpiteet: aktivointi, kilpailu, graafinen suunnittelu, koulutus',
    pl: 'Działania niestandardowe: aktywacja, konkurs, upselling graficzny, szkolenie',
    bg: 'Нестандартни действия: активация, конкурс, дизайн, обучение',
  },
  {
    en: "Control meeting: effects of the non-standard actions, next year's plans, new channels",
    fi: 'Kontrollipalaveri: erikoistoimenpiteiden vaikutus, ensi vuoden suunnitelmat, uudet kanavat',
    pl: 'Spotkanie kontrolne: efekty działań niestandardowych, plany na przyszły rok, nowe kanały',
    bg: 'Контролна среща: ефект от нестандартните действия, планове за следващата година, нови канали',
  },
  {
    en: 'Year to year: before the cooperation vs now; your draft marketing strategy for the next 12 months',
    fi: 'Vuosivertailu: lähtötilanne ja saavutukset; luonnos markkinointistrategiasta seuraavalle 12 kuukaudelle',
    pl: 'Rok do roku: sytuacja przed współpracą i wspólne osiągnięcia; szkic strategii na kolejne 12 miesięcy',
    bg: 'Година за година: преди сътрудничеството и сега; проект на маркетинговата стратегия за следващите 12 месеца',
  },
]

/** Short notes of client meetings by kind; `{campaign}` is filled in. */
export const MEETING_NOTES: Record<
  'client-monday' | 'client-friday' | 'monthly' | 'review',
  readonly Localized[]
> = {
  'client-monday': [
    {
      en: 'Plan for the week agreed; the client confirmed the materials for {campaign}.',
      fi: 'Viikon suunnitelma sovittu; asiakas vahvisti aineistot kampanjaan {campaign}.',
      pl: 'Plan na tydzień uzgodniony; klient potwierdził materiały do kampanii {campaign}.',
      bg: 'Планът за седмицата е съгласуван; клиентът потвърди материалите за {campaign}.',
    },
    {
      en: 'No overdue items. This week: optimisation and the next publishing schedule.',
      fi: 'Ei myöhässä olevia asioita. Tällä viikolla optimointia ja seuraava julkaisuaikataulu.',
      pl: 'Brak zaległości. W tym tygodniu optymalizacja i kolejny harmonogram publikacji.',
      bg: 'Няма просрочени задачи. Тази седмица: оптимизация и следващият график на публикациите.',
    },
  ],
  'client-friday': [
    {
      en: 'Short call: everything under control; summary mail sent after the call.',
      fi: 'Lyhyt puhelu: kaikki hallinnassa; yhteenvetoviesti lähetetty puhelun jälkeen.',
      pl: 'Krótki telefon: wszystko pod kontrolą; mail podsumowujący wysłany po rozmowie.',
      bg: 'Кратък разговор: всичко е под контрол; обобщаващ имейл изпратен след разговора.',
    },
    {
      en: '{campaign} runs to plan; next week we refresh the creatives.',
      fi: '{campaign} etenee suunnitelman mukaan; ensi viikolla uudistamme mainosaineistot.',
      pl: '{campaign} idzie zgodnie z planem; w przyszłym tygodniu odświeżamy kreacje.',
      bg: '{campaign} върви по план; следващата седмица обновяваме рекламите.',
    },
  ],
  monthly: [
    {
      en: 'Went through the report; the client accepted the explanation of the decreases and the proposed fixes.',
      fi: 'Kävimme raportin läpi; asiakas hyväksyi laskujen selitykset ja korjausehdotukset.',
      pl: 'Omówiliśmy raport; klient zaakceptował wyjaśnienie spadków i proponowane rozwiązania.',
      bg: 'Прегледахме отчета; клиентът прие обяснението на спадовете и предложените решения.',
    },
    {
      en: 'Strong month; the client asked to keep the budget split and approved the schedule.',
      fi: 'Vahva kuukausi; asiakas halusi pitää budjettijaon ja hyväksyi aikataulun.',
      pl: 'Mocny miesiąc; klient chce utrzymać podział budżetu i zaakceptował harmonogram.',
      bg: 'Силен месец; клиентът иска да запази разпределението на бюджета и одобри графика.',
    },
  ],
  review: [
    {
      en: 'Reviewed the period against the aim; the client welcomed the proposals and will answer within two weeks.',
      fi: 'Kävimme jakson läpi tavoitetta vasten; asiakas otti ehdotukset hyvin vastaan ja vastaa kahden viikon sisällä.',
      pl: 'Omówiliśmy okres względem celu; klient przyjął propozycje i odpowie w ciągu dwóch tygodni.',
      bg: 'Прегледахме периода спрямо целта; клиентът прие предложенията и ще отговори до две седмици.',
    },
  ],
}

/** Decisions taken in client meetings. */
export const DECISIONS: readonly Localized[] = [
  {
    en: "Next month's budget approved",
    fi: 'Ensi kuun budjetti hyväksytty',
    pl: 'Budżet na kolejny miesiąc zaakceptowany',
    bg: 'Бюджетът за следващия месец е одобрен',
  },
  {
    en: 'Creatives approved with small changes',
    fi: 'Mainosaineistot hyväksytty pienin muutoksin',
    pl: 'Kreacje zaakceptowane z drobnymi poprawkami',
    bg: 'Рекламите са одобрени с малки промени',
  },
  {
    en: 'Launch date confirmed',
    fi: 'Julkaisupäivä vahvistettu',
    pl: 'Data startu potwierdzona',
    bg: 'Датата на старта е потвърдена',
  },
  {
    en: 'Client sends new photos next week',
    fi: 'Asiakas toimittaa uudet kuvat ensi viikolla',
    pl: 'Klient prześle nowe zdjęcia w przyszłym tygodniu',
    bg: 'Клиентът ще изпрати нови снимки следващата седмица',
  },
  {
    en: 'Contest concept approved for next month',
    fi: 'Kilpailukonsepti hyväksytty ensi kuulle',
    pl: 'Koncepcja konkursu zaakceptowana na przyszły miesiąc',
    bg: 'Концепцията за конкурс е одобрена за следващия месец',
  },
]

/** The weekly summary for the client: `{done}`, `{next}` and `{budget}` are filled in. */
export const WEEKLY_SUMMARY: Localized = {
  en: 'This week: {done}. Next week: {next}. {budget}',
  fi: 'Tällä viikolla: {done}. Ensi viikolla: {next}. {budget}',
  pl: 'W tym tygodniu: {done}. W przyszłym tygodniu: {next}. {budget}',
  bg: 'Тази седмица: {done}. Следващата седмица: {next}. {budget}',
}

/** What was done, for the weekly summary. */
export const SUMMARY_DONE: readonly Localized[] = [
  {
    en: 'creatives for {campaign} approved and scheduled',
    fi: 'kampanjan {campaign} aineistot hyväksytty ja ajastettu',
    pl: 'kreacje do kampanii {campaign} zaakceptowane i zaplanowane',
    bg: 'рекламите за {campaign} са одобрени и насрочени',
  },
  {
    en: 'ads optimised and weak variants paused',
    fi: 'mainoksia optimoitu ja heikoimmat versiot pysäytetty',
    pl: 'reklamy zoptymalizowane, najsłabsze warianty wstrzymane',
    bg: 'рекламите са оптимизирани, слабите варианти са спрени',
  },
  {
    en: 'publishing schedule sent for approval',
    fi: 'julkaisuaikataulu lähetetty hyväksyttäväksi',
    pl: 'harmonogram publikacji wysłany do akceptacji',
    bg: 'графикът на публикациите е изпратен за одобрение',
  },
  {
    en: 'monthly report delivered',
    fi: 'kuukausiraportti toimitettu',
    pl: 'raport miesięczny dostarczony',
    bg: 'месечният отчет е изпратен',
  },
]

/** What comes next, for the weekly summary. */
export const SUMMARY_NEXT: readonly Localized[] = [
  {
    en: 'launch of {campaign}',
    fi: 'kampanjan {campaign} julkaisu',
    pl: 'start kampanii {campaign}',
    bg: 'старт на кампанията {campaign}',
  },
  {
    en: 'proofing round for {campaign}',
    fi: 'vedoskierros kampanjalle {campaign}',
    pl: 'runda poprawek kampanii {campaign}',
    bg: 'коректура на {campaign}',
  },
  {
    en: 'new ad variants for testing',
    fi: 'uudet mainosversiot testiin',
    pl: 'nowe warianty reklam do testów',
    bg: 'нови рекламни варианти за тест',
  },
  {
    en: 'preparing the next review',
    fi: 'seuraavan katsauksen valmistelu',
    pl: 'przygotowanie kolejnego przeglądu',
    bg: 'подготовка на следващия преглед',
  },
]

/** The budget line of the weekly summary; `{pct}` is the share of the month's media budget used. */
export const SUMMARY_BUDGET: Localized = {
  en: 'Media budget used: {pct} of the month.',
  fi: 'Mediabudjetista käytetty {pct} kuukauden budjetista.',
  pl: 'Wykorzystany budżet mediowy: {pct} miesięcznego planu.',
  bg: 'Използван медиен бюджет: {pct} от месечния план.',
}

/** The onboarding workshop's description of the business; `{name}` and `{industry}` are filled in. */
export const WORKSHOP_BUSINESS: Localized = {
  en: '{name} works in {industry}. Most new customers find them online; the aim is growth that can be measured month by month.',
  fi: '{name} toimii alalla: {industry}. Suurin osa uusista asiakkaista löytää yrityksen verkosta; tavoitteena on kuukausittain mitattava kasvu.',
  pl: '{name} działa w branży: {industry}. Większość nowych klientów trafia do firmy przez internet; celem jest wzrost mierzalny z miesiąca na miesiąc.',
  bg: '{name} работи в сферата: {industry}. Повечето нови клиенти намират компанията онлайн; целта е растеж, измерим месец по месец.',
}

/** Goals agreed in the workshop, by what a conversion is. */
export const WORKSHOP_GOALS: Record<ConversionKind, readonly Localized[]> = {
  sales: [
    {
      en: 'Grow online sales by 25 % in 12 months',
      fi: 'Verkkomyynti +25 % 12 kuukaudessa',
      pl: 'Wzrost sprzedaży online o 25% w 12 miesięcy',
      bg: 'Ръст на онлайн продажбите с 25% за 12 месеца',
    },
    {
      en: 'Lower the cost per order',
      fi: 'Tilauskohtaisen hinnan lasku',
      pl: 'Niższy koszt zamówienia',
      bg: 'По-ниска цена на поръчка',
    },
    {
      en: 'Build a newsletter audience',
      fi: 'Uutiskirjeen tilaajakunnan kasvattaminen',
      pl: 'Budowa bazy subskrybentów newslettera',
      bg: 'Изграждане на аудитория за бюлетина',
    },
  ],
  leads: [
    {
      en: 'Double qualified leads within a year',
      fi: 'Laadukkaat liidit kaksinkertaisiksi vuodessa',
      pl: 'Podwojenie liczby wartościowych leadów w rok',
      bg: 'Двойно повече качествени лийдове за година',
    },
    {
      en: 'Keep the cost per lead on target',
      fi: 'Liidin hinta tavoitteessa',
      pl: 'Koszt leada w granicach celu',
      bg: 'Цена на лийд в рамките на целта',
    },
    {
      en: 'Raise awareness among decision makers',
      fi: 'Tunnettuuden kasvu päättäjien keskuudessa',
      pl: 'Większa rozpoznawalność wśród decydentów',
      bg: 'По-висока разпознаваемост сред решаващите',
    },
  ],
  bookings: [
    {
      en: 'Fill weekday capacity',
      fi: 'Arkipäivien käyttöasteen nosto',
      pl: 'Wypełnienie dni powszednich',
      bg: 'Запълване на делничните дни',
    },
    {
      en: 'More direct bookings, fewer marketplace fees',
      fi: 'Enemmän suoria varauksia, vähemmän välityspalkkioita',
      pl: 'Więcej rezerwacji bezpośrednich, mniej prowizji',
      bg: 'Повече директни резервации, по-малко комисиони',
    },
    {
      en: 'A loyal local audience on social media',
      fi: 'Uskollinen paikallinen yleisö somessa',
      pl: 'Lojalna lokalna społeczność w social media',
      bg: 'Лоялна местна аудитория в социалните мрежи',
    },
  ],
}

/** Notes of the onboarding workshop meeting. */
export const WORKSHOP_NOTES: Localized = {
  en: 'Business, goals and the strategic matrix worked through together; the notes are in the onboarding checklist.',
  fi: 'Liiketoiminta, tavoitteet ja strateginen matriisi käytiin yhdessä läpi; muistiinpanot ovat perehdytyslistalla.',
  pl: 'Wspólnie omówiliśmy biznes, cele i matrycę strategiczną; notatki są w checkliście onboardingowej.',
  bg: 'Заедно преминахме през бизнеса, целите и стратегическата матрица; бележките са в чеклиста за стартиране.',
}

/** The strategic matrix from the workshop. */
export const WORKSHOP_MATRIX: Record<'strengths' | 'weaknesses' | 'opportunities' | 'threats', Localized> = {
  strengths: {
    en: 'Strong product and loyal customers; quick decisions.',
    fi: 'Vahva tuote ja uskolliset asiakkaat; nopea päätöksenteko.',
    pl: 'Mocny produkt i lojalni klienci; szybkie decyzje.',
    bg: 'Силен продукт и лоялни клиенти; бързи решения.',
  },
  weaknesses: {
    en: 'Little own content; website conversion below the industry average.',
    fi: 'Vähän omaa sisältöä; sivuston konversioaste alan keskiarvon alla.',
    pl: 'Mało własnych treści; konwersja strony poniżej średniej w branży.',
    bg: 'Малко собствено съдържание; конверсията на сайта е под средната за бранша.',
  },
  opportunities: {
    en: 'Search demand is growing; video formats are not used yet.',
    fi: 'Hakukysyntä kasvaa; videoformaatit ovat vielä käyttämättä.',
    pl: 'Rosnący popyt w wyszukiwarce; formaty wideo jeszcze niewykorzystane.',
    bg: 'Търсенето онлайн расте; видео форматите още не се използват.',
  },
  threats: {
    en: 'Competitors with bigger budgets; ad prices rise in Q4.',
    fi: 'Kilpailijoilla suuremmat budjetit; mainoshinnat nousevat Q4:llä.',
    pl: 'Konkurenci z większymi budżetami; rosnące stawki reklam w IV kwartale.',
    bg: 'Конкуренти с по-големи бюджети; по-скъпа реклама през Q4.',
  },
}

/**
 * The short line a light client's weekly card carries instead of the sections. The weekly
 * summary prints it for the client when no summary was distilled, so it is in their language.
 */
export const CHANGES_LINES: readonly Localized[] = [
  {
    en: 'No changes; campaigns running steadily.',
    fi: 'Ei muutoksia; kampanjat pyörivät tasaisesti.',
    pl: 'Bez zmian; kampanie działają stabilnie.',
    bg: 'Без промени; кампаниите вървят стабилно.',
  },
  {
    en: 'Newsletter sent; nothing else new.',
    fi: 'Uutiskirje lähetetty; muuten ei uutta.',
    pl: 'Newsletter wysłany; poza tym bez nowości.',
    bg: 'Бюлетинът е изпратен; иначе нищо ново.',
  },
  {
    en: 'You are on holiday next week; no open items.',
    fi: 'Teillä on ensi viikolla loma; ei avoimia asioita.',
    pl: 'W przyszłym tygodniu mają Państwo urlop; brak otwartych spraw.',
    bg: 'Следващата седмица сте в отпуск; няма отворени въпроси.',
  },
  {
    en: 'Small budget top-up approved; otherwise no changes.',
    fi: 'Pieni budjetin lisäys hyväksytty; muuten ei muutoksia.',
    pl: 'Zatwierdzono niewielkie zwiększenie budżetu; poza tym bez zmian.',
    bg: 'Одобрено е малко увеличение на бюджета; иначе без промени.',
  },
]
