/**
 * The PM's report commentary in the four client languages: the summary line, highlights,
 * decreases with their cause and fix (seed 002: "describe the cause of decreases and propose
 * a fix"), next steps, and the annual proposal's items.
 */
import type { DipReason } from './metrics'
import type { Localized } from './locale-text'

/** `{period}` is "in November 2026"-like, `{value}` the conversions, `{mom}`/`{yoy}` signed changes. */
export const MONTH_SUMMARY: Localized = {
  en: 'Conversions {period}: {value} — {mom} vs the previous month and {yoy} year over year. Cost per conversion {cpa}.',
  fi: 'Konversioita {period}: {value} — {mom} edelliseen kuukauteen ja {yoy} edellisvuoteen verrattuna. Konversion hinta {cpa}.',
  pl: 'Konwersje {period}: {value} — {mom} względem poprzedniego miesiąca i {yoy} rok do roku. Koszt konwersji {cpa}.',
  bg: 'Конверсии {period}: {value} — {mom} спрямо предходния месец и {yoy} на годишна база. Цена на конверсия {cpa}.',
}

/** Summary of a period without a year-ago comparison (the client is too new for one). */
export const MONTH_SUMMARY_NEW: Localized = {
  en: 'Conversions {period}: {value} — {mom} vs the previous month. Cost per conversion {cpa}.',
  fi: 'Konversioita {period}: {value} — {mom} edelliseen kuukauteen verrattuna. Konversion hinta {cpa}.',
  pl: 'Konwersje {period}: {value} — {mom} względem poprzedniego miesiąca. Koszt konwersji {cpa}.',
  bg: 'Конверсии {period}: {value} — {mom} спрямо предходния месец. Цена на конверсия {cpa}.',
}

/** Quarter summary; `{quarter}` is like "2026-Q3". */
export const QUARTER_SUMMARY: Localized = {
  en: '{quarter}: {value} conversions, {qoq} vs the previous quarter; media spend {spend}.',
  fi: '{quarter}: {value} konversiota, {qoq} edelliseen neljännekseen verrattuna; mediakulut {spend}.',
  pl: '{quarter}: {value} konwersji, {qoq} względem poprzedniego kwartału; wydatki mediowe {spend}.',
  bg: '{quarter}: {value} конверсии, {qoq} спрямо предходното тримесечие; медийни разходи {spend}.',
}

/** Year summary; compares with the pre-cooperation baseline. */
export const YEAR_SUMMARY: Localized = {
  en: '{year}: {value} conversions in total; the monthly average is {vsBaseline} vs the months before our cooperation.',
  fi: '{year}: yhteensä {value} konversiota; kuukausikeskiarvo {vsBaseline} yhteistyötä edeltäneisiin kuukausiin verrattuna.',
  pl: '{year}: łącznie {value} konwersji; średnia miesięczna {vsBaseline} względem miesięcy sprzed współpracy.',
  bg: '{year}: общо {value} конверсии; средномесечно {vsBaseline} спрямо месеците преди сътрудничеството.',
}

/** Highlights; `{channel}` and `{campaign}` are filled in; the last one only for a record month. */
export const HIGHLIGHTS: readonly Localized[] = [
  {
    en: 'Most conversions at the lowest cost: {channel}',
    fi: 'Eniten konversioita edullisimmin: {channel}',
    pl: 'Najwięcej konwersji przy najniższym koszcie: {channel}',
    bg: 'Най-много конверсии на най-ниска цена: {channel}',
  },
  {
    en: 'The {campaign} campaign launched on schedule',
    fi: 'Kampanja {campaign} julkaistiin aikataulussa',
    pl: 'Kampania {campaign} wystartowała zgodnie z harmonogramem',
    bg: 'Кампанията {campaign} стартира по график',
  },
  {
    en: 'Click-through rate up after the creative refresh',
    fi: 'Klikkausprosentti nousi aineistojen uudistuksen jälkeen',
    pl: 'CTR wzrósł po odświeżeniu kreacji',
    bg: 'CTR се повиши след обновяването на рекламите',
  },
  {
    en: 'Best result in this month since the cooperation started',
    fi: 'Paras tulos tässä kuussa koko yhteistyön aikana',
    pl: 'Najlepszy wynik w tym miesiącu od początku współpracy',
    bg: 'Най-добрият резултат за този месец от началото на сътрудничеството',
  },
]

/** Cause and fix of each kind of dip; `{period}` is filled in for seasonal text. */
export const DECREASE_COPY: Record<DipReason | 'seasonal', { cause: Localized; fix: Localized }> = {
  tracking: {
    cause: {
      en: 'The conversion tag stopped firing after a website update, so part of the conversions was not recorded.',
      fi: 'Konversiotagi lakkasi toimimasta verkkosivujen päivityksen jälkeen, joten osa konversioista jäi kirjaamatta.',
      pl: 'Tag konwersji przestał działać po aktualizacji strony, przez co część konwersji nie została zarejestrowana.',
      bg: 'Тагът за конверсии спря да работи след обновяване на сайта и част от конверсиите не бяха отчетени.',
    },
    fix: {
      en: 'Tag restored and tested; we added a weekly tracking check.',
      fi: 'Tagi korjattu ja testattu; lisäsimme viikoittaisen seurannan tarkistuksen.',
      pl: 'Tag naprawiony i przetestowany; wprowadziliśmy cotygodniową kontrolę śledzenia.',
      bg: 'Тагът е възстановен и тестван; въведохме седмична проверка на проследяването.',
    },
  },
  'budget-cut': {
    cause: {
      en: "The media budget was cut by about a third mid-month at the client's request.",
      fi: 'Mediabudjettia pienennettiin asiakkaan pyynnöstä noin kolmanneksella kesken kuun.',
      pl: 'Budżet mediowy został w połowie miesiąca obniżony o około jedną trzecią na prośbę klienta.',
      bg: 'Медийният бюджет беше намален с около една трета в средата на месеца по искане на клиента.',
    },
    fix: {
      en: 'The budget returns to plan next month; we kept the remaining money on the best-converting campaigns.',
      fi: 'Budjetti palaa suunnitelmaan ensi kuussa; kohdistimme jäljellä olevan budjetin parhaiten konvertoiviin kampanjoihin.',
      pl: 'Od przyszłego miesiąca budżet wraca do planu; pozostałe środki skupiliśmy na najlepiej konwertujących kampaniach.',
      bg: 'От следващия месец бюджетът се връща към плана; останалите средства насочихме към най-добре конвертиращите кампании.',
    },
  },
  disapproved: {
    cause: {
      en: "The main ad set was stopped by the platform's policy review for nine days.",
      fi: 'Alustan käytäntötarkistus pysäytti pääasiallisen mainosryhmän yhdeksäksi päiväksi.',
      pl: 'Weryfikacja zasad platformy wstrzymała główną grupę reklam na dziewięć dni.',
      bg: 'Проверката на правилата на платформата спря основната рекламна група за девет дни.',
    },
    fix: {
      en: 'Ads rewritten to meet the policy and approved again; new copy is now pre-checked.',
      fi: 'Mainokset kirjoitettiin käytäntöjen mukaisiksi ja hyväksyttiin; uudet tekstit tarkistetaan nyt etukäteen.',
      pl: 'Reklamy przepisane zgodnie z zasadami i ponownie zatwierdzone; nowe teksty sprawdzamy teraz z wyprzedzeniem.',
      bg: 'Рекламите са пренаписани според правилата и одобрени; новите текстове вече се проверяват предварително.',
    },
  },
  'stock-out': {
    cause: {
      en: 'The best-selling products were out of stock for most of the month.',
      fi: 'Myydyimmät tuotteet olivat loppu varastosta suurimman osan kuukautta.',
      pl: 'Najlepiej sprzedające się produkty były niedostępne przez większą część miesiąca.',
      bg: 'Най-продаваните продукти бяха изчерпани през по-голямата част от месеца.',
    },
    fix: {
      en: 'Ads now pause automatically when stock runs out, and the budget moves to products in stock.',
      fi: 'Mainokset pysähtyvät nyt automaattisesti tuotteen loppuessa, ja budjetti siirtyy saatavilla oleviin tuotteisiin.',
      pl: 'Reklamy wstrzymują się teraz automatycznie przy braku towaru, a budżet przechodzi na dostępne produkty.',
      bg: 'Рекламите вече спират автоматично при изчерпване, а бюджетът се пренасочва към наличните продукти.',
    },
  },
  'site-down': {
    cause: {
      en: 'The website was slow and partly down for four days after a hosting migration.',
      fi: 'Verkkosivusto oli hidas ja osin poissa käytöstä neljä päivää palvelinsiirron jälkeen.',
      pl: 'Strona działała wolno i była częściowo niedostępna przez cztery dni po migracji hostingu.',
      bg: 'Сайтът беше бавен и частично недостъпен четири дни след смяна на хостинга.',
    },
    fix: {
      en: "Fixed with the client's web developer; uptime monitoring now alerts the team.",
      fi: 'Korjattu asiakkaan web-kehittäjän kanssa; saatavuusvalvonta hälyttää nyt tiimille.',
      pl: 'Naprawione z web developerem klienta; monitoring dostępności wysyła teraz alerty do zespołu.',
      bg: 'Отстранено с уеб разработчика на клиента; наблюдението на достъпността вече известява екипа.',
    },
  },
  algorithm: {
    cause: {
      en: 'A search engine core update lowered the rankings of the main category pages.',
      fi: 'Hakukoneen ydinpäivitys laski pääkategoriasivujen sijoituksia.',
      pl: 'Aktualizacja algorytmu wyszukiwarki obniżyła pozycje głównych stron kategorii.',
      bg: 'Основна актуализация на търсачката понижи позициите на главните категорийни страници.',
    },
    fix: {
      en: 'We are expanding the category page content and internal links; first effects expected in 6–8 weeks.',
      fi: 'Laajennamme kategoriasivujen sisältöä ja sisäistä linkitystä; ensimmäiset vaikutukset 6–8 viikossa.',
      pl: 'Rozbudowujemy treści stron kategorii i linkowanie wewnętrzne; pierwsze efekty w ciągu 6–8 tygodni.',
      bg: 'Разширяваме съдържанието на категориите и вътрешните връзки; първи резултати до 6–8 седмици.',
    },
  },
  competitor: {
    cause: {
      en: 'A competitor ran an aggressive price campaign, which raised click prices by about 30 %.',
      fi: 'Kilpailija ajoi aggressiivisen hintakampanjan, mikä nosti klikkihintoja noin 30 %.',
      pl: 'Konkurent prowadził agresywną kampanię cenową, co podniosło stawki za kliknięcie o około 30%.',
      bg: 'Конкурент проведе агресивна ценова кампания, което вдигна цената на клик с около 30%.',
    },
    fix: {
      en: 'Budget moved to brand and long-tail keywords; the ads now stress our delivery and service advantages.',
      fi: 'Siirsimme budjettia brändi- ja pitkän hännän hakusanoihin; mainokset korostavat nyt toimitus- ja palveluetuja.',
      pl: 'Przesunęliśmy budżet na frazy brandowe i long tail; reklamy podkreślają teraz przewagi w dostawie i obsłudze.',
      bg: 'Пренасочихме бюджета към брандови и дългоопашати думи; рекламите вече подчертават доставката и обслужването.',
    },
  },
  seasonal: {
    cause: {
      en: 'Seasonal demand is lower {period} than the month before; last year showed the same pattern.',
      fi: 'Kausivaihtelu: kysyntä on {period} pienempää kuin edellisenä kuukautena; sama näkyi viime vuonna.',
      pl: 'Sezonowość: popyt {period} jest niższy niż miesiąc wcześniej; w zeszłym roku było tak samo.',
      bg: 'Сезонност: търсенето {period} е по-ниско от предходния месец; миналата година беше същото.',
    },
    fix: {
      en: 'The budget follows demand; we use the quieter weeks to prepare and test new creatives.',
      fi: 'Budjetti seuraa kysyntää; hiljaisemmat viikot käytämme uusien aineistojen valmisteluun ja testaukseen.',
      pl: 'Budżet podąża za popytem; spokojniejsze tygodnie wykorzystujemy na przygotowanie i testy nowych kreacji.',
      bg: 'Бюджетът следва търсенето; по-спокойните седмици използваме за подготовка и тестове на нови реклами.',
    },
  },
}

/** Next steps; `{campaign}`, `{channel}` and `{month}` are filled in. */
export const NEXT_STEPS: readonly Localized[] = [
  {
    en: 'Launch: {campaign}',
    fi: 'Julkaisu: {campaign}',
    pl: 'Start: {campaign}',
    bg: 'Старт: {campaign}',
  },
  {
    en: 'Refresh the creatives on {channel}',
    fi: 'Uudistetaan mainosaineistot kanavassa {channel}',
    pl: 'Odświeżenie kreacji w kanale {channel}',
    bg: 'Обновяване на рекламите в {channel}',
  },
  {
    en: 'Test a new audience on {channel}',
    fi: 'Testataan uutta kohderyhmää kanavassa {channel}',
    pl: 'Test nowej grupy odbiorców w kanale {channel}',
    bg: 'Тест на нова аудитория в {channel}',
  },
  {
    en: 'Publishing schedule for {month} to approval',
    fi: 'Julkaisuaikataulu ({month}) hyväksyttäväksi',
    pl: 'Harmonogram publikacji na {month} do akceptacji',
    bg: 'График на публикациите за {month} за одобрение',
  },
]

/** Items of the annual proposal. */
export const PROPOSAL_ITEMS: readonly { title: Localized; description: Localized; months: number }[] = [
  {
    title: {
      en: 'Always-on search',
      fi: 'Jatkuva hakumainonta',
      pl: 'Kampanie w wyszukiwarce always-on',
      bg: 'Постоянни кампании в търсачката',
    },
    description: {
      en: 'Search campaigns all year, with budget following seasonal demand.',
      fi: 'Hakumainonta läpi vuoden, budjetti kysynnän mukaan.',
      pl: 'Kampanie w wyszukiwarce przez cały rok, budżet zgodny z sezonowością.',
      bg: 'Кампании в търсачката през цялата година, бюджетът следва сезонността.',
    },
    months: 12,
  },
  {
    title: { en: 'Spring campaign', fi: 'Kevätkampanja', pl: 'Kampania wiosenna', bg: 'Пролетна кампания' },
    description: {
      en: 'A video-led campaign with a new landing page; creative examples attached.',
      fi: 'Videovetoinen kampanja uudella laskeutumissivulla; esimerkit liitteenä.',
      pl: 'Kampania oparta na wideo z nową stroną docelową; przykłady kreacji w załączniku.',
      bg: 'Кампания с акцент върху видео и нова целева страница; примерите са приложени.',
    },
    months: 2,
  },
  {
    title: {
      en: 'New channel test',
      fi: 'Uuden kanavan testi',
      pl: 'Test nowego kanału',
      bg: 'Тест на нов канал',
    },
    description: {
      en: 'Three months on a new channel with a fixed test budget and a clear success metric.',
      fi: 'Kolme kuukautta uudessa kanavassa kiinteällä testibudjetilla ja selkeällä mittarilla.',
      pl: 'Trzy miesiące w nowym kanale ze stałym budżetem testowym i jasnym miernikiem sukcesu.',
      bg: 'Три месеца в нов канал с фиксиран тестов бюджет и ясна метрика за успех.',
    },
    months: 3,
  },
  {
    title: {
      en: 'Landing page optimisation',
      fi: 'Laskeutumissivujen optimointi',
      pl: 'Optymalizacja stron docelowych',
      bg: 'Оптимизация на целевите страници',
    },
    description: {
      en: 'A/B tests of forms and page structure to raise the conversion rate.',
      fi: 'Lomakkeiden ja sivurakenteen A/B-testit konversioasteen nostamiseksi.',
      pl: 'Testy A/B formularzy i struktury strony, by podnieść współczynnik konwersji.',
      bg: 'A/B тестове на формите и структурата на страницата за по-висока конверсия.',
    },
    months: 3,
  },
  {
    title: {
      en: 'Peak season campaign',
      fi: 'Sesonkikampanja',
      pl: 'Kampania na szczyt sezonu',
      bg: 'Кампания за активния сезон',
    },
    description: {
      en: 'Plan, creatives and budget ready two months before the peak.',
      fi: 'Suunnitelma, aineistot ja budjetti valmiina kaksi kuukautta ennen sesonkia.',
      pl: 'Plan, kreacje i budżet gotowe dwa miesiące przed szczytem sezonu.',
      bg: 'План, реклами и бюджет, готови два месеца преди активния сезон.',
    },
    months: 2,
  },
]
