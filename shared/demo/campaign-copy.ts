/**
 * Client-facing words of campaigns and briefs in the four client languages: campaign themes,
 * schedule milestone labels, and the parts of a brief (goal, business logic, deliverables,
 * materials, open questions). A brief is agreed with the client, so it is in their language.
 */
import type { Channel, MilestoneKind } from '../schemas'
import type { ConversionKind, ThemeKey } from './industries'
import type { Localized } from './locale-text'

/** A campaign theme: its name and when in the year it usually starts. */
export type Theme = {
  name: Localized
  /** Calendar months (1–12) the theme starts in; empty for any time of the year. */
  startMonths: readonly number[]
  /** Length in months, min and max. */
  duration: readonly [number, number]
}

/** Campaign themes by key. */
export const THEMES: Record<ThemeKey, Theme> = {
  'black-friday': {
    name: { en: 'Black Friday', fi: 'Black Friday -kampanja', pl: 'Black Friday', bg: 'Черен петък' },
    startMonths: [11],
    duration: [1, 1],
  },
  christmas: {
    name: {
      en: 'Christmas campaign',
      fi: 'Joulukampanja',
      pl: 'Kampania świąteczna',
      bg: 'Коледна кампания',
    },
    startMonths: [11, 12],
    duration: [1, 2],
  },
  'spring-collection': {
    name: { en: 'Spring collection', fi: 'Kevätmallisto', pl: 'Kolekcja wiosenna', bg: 'Пролетна колекция' },
    startMonths: [3, 4],
    duration: [1, 2],
  },
  'summer-sale': {
    name: { en: 'Summer sale', fi: 'Kesäale', pl: 'Letnia wyprzedaż', bg: 'Лятно намаление' },
    startMonths: [6, 7],
    duration: [1, 2],
  },
  'lead-generation': {
    name: { en: 'Lead generation', fi: 'Liidikampanja', pl: 'Kampania leadowa', bg: 'Кампания за лийдове' },
    startMonths: [],
    duration: [2, 4],
  },
  webinars: {
    name: { en: 'Webinar series', fi: 'Webinaarisarja', pl: 'Cykl webinarów', bg: 'Серия уебинари' },
    startMonths: [2, 3, 9, 10],
    duration: [1, 2],
  },
  'brand-awareness': {
    name: {
      en: 'Brand awareness',
      fi: 'Bränditunnettuus',
      pl: 'Budowa świadomości marki',
      bg: 'Разпознаваемост на марката',
    },
    startMonths: [],
    duration: [2, 3],
  },
  'summer-season': {
    name: { en: 'Summer season', fi: 'Kesäsesonki', pl: 'Sezon letni', bg: 'Летен сезон' },
    startMonths: [4, 5, 6],
    duration: [2, 3],
  },
  'winter-season': {
    name: { en: 'Winter season', fi: 'Talvisesonki', pl: 'Sezon zimowy', bg: 'Зимен сезон' },
    startMonths: [10, 11, 12],
    duration: [2, 3],
  },
  'lunch-menu': {
    name: {
      en: 'New lunch menu',
      fi: 'Lounaslistan lanseeraus',
      pl: 'Nowe menu lunchowe',
      bg: 'Ново обедно меню',
    },
    startMonths: [1, 2, 8, 9],
    duration: [1, 2],
  },
  'new-development': {
    name: {
      en: 'New development launch',
      fi: 'Uudiskohteen ennakkomarkkinointi',
      pl: 'Start sprzedaży nowej inwestycji',
      bg: 'Старт на продажбите на нов проект',
    },
    startMonths: [2, 3, 4, 9, 10],
    duration: [2, 4],
  },
  enrolment: {
    name: { en: 'Autumn enrolment', fi: 'Syksyn haku', pl: 'Rekrutacja jesienna', bg: 'Есенен прием' },
    startMonths: [7, 8],
    duration: [2, 2],
  },
  'trade-fair': {
    name: {
      en: 'Trade fair follow-up',
      fi: 'Messukampanja',
      pl: 'Kampania targowa',
      bg: 'Кампания за изложение',
    },
    startMonths: [3, 9, 10],
    duration: [1, 2],
  },
  'product-launch': {
    name: {
      en: 'New product launch',
      fi: 'Uutuustuotteen lanseeraus',
      pl: 'Premiera nowego produktu',
      bg: 'Пускане на нов продукт',
    },
    startMonths: [],
    duration: [1, 3],
  },
  retargeting: {
    name: {
      en: 'Retargeting always-on',
      fi: 'Uudelleenmarkkinointi',
      pl: 'Remarketing always-on',
      bg: 'Ретаргетинг',
    },
    startMonths: [],
    duration: [3, 6],
  },
  'new-patients': {
    name: {
      en: 'New patients',
      fi: 'Uudet asiakkaat -kampanja',
      pl: 'Pozyskiwanie nowych pacjentów',
      bg: 'Нови пациенти',
    },
    startMonths: [1, 2, 9],
    duration: [2, 3],
  },
  'fan-contest': {
    name: { en: 'Fan contest', fi: 'Some-kilpailu', pl: 'Konkurs dla fanów', bg: 'Конкурс за феновете' },
    startMonths: [],
    duration: [1, 1],
  },
  newsletter: {
    name: {
      en: 'Newsletter relaunch',
      fi: 'Uutiskirjeen uudistus',
      pl: 'Odświeżenie newslettera',
      bg: 'Нов бюлетин',
    },
    startMonths: [],
    duration: [1, 2],
  },
}

/** Schedule milestone labels; `{n}` numbers the proofing rounds. */
export const MILESTONE_LABELS: Record<MilestoneKind, Localized> = {
  'brief-approved': {
    en: 'Brief approved',
    fi: 'Brief hyväksytty',
    pl: 'Brief zaakceptowany',
    bg: 'Брифът е одобрен',
  },
  proofing: {
    en: 'Proofing round {n}',
    fi: 'Vedoskierros {n}',
    pl: 'Runda poprawek {n}',
    bg: 'Коректура {n}',
  },
  launch: { en: 'Launch', fi: 'Julkaisu', pl: 'Start kampanii', bg: 'Старт на кампанията' },
  end: { en: 'Campaign ends', fi: 'Kampanja päättyy', pl: 'Koniec kampanii', bg: 'Край на кампанията' },
  reporting: {
    en: 'Results report',
    fi: 'Tulosraportti',
    pl: 'Raport z wyników',
    bg: 'Отчет за резултатите',
  },
}

/** The brief's goal by what a conversion is; `{campaign}` and `{target}` are filled in. */
export const BRIEF_GOALS: Record<ConversionKind, Localized> = {
  sales: {
    en: 'Grow online sales with {campaign}: {target} orders during the campaign.',
    fi: 'Kasvattaa verkkokaupan myyntiä kampanjalla {campaign}: tavoitteena {target} tilausta kampanjan aikana.',
    pl: 'Zwiększyć sprzedaż online kampanią {campaign}: cel {target} zamówień w trakcie kampanii.',
    bg: 'Да увеличим онлайн продажбите с кампанията {campaign}: цел {target} поръчки по време на кампанията.',
  },
  leads: {
    en: 'Generate qualified leads with {campaign}: {target} leads during the campaign.',
    fi: 'Hankkia laadukkaita liidejä kampanjalla {campaign}: tavoitteena {target} liidiä.',
    pl: 'Pozyskać wartościowe leady kampanią {campaign}: cel {target} leadów.',
    bg: 'Да генерираме качествени запитвания с кампанията {campaign}: цел {target} лийда.',
  },
  bookings: {
    en: 'Fill the calendar with {campaign}: {target} bookings during the campaign.',
    fi: 'Lisätä varauksia kampanjalla {campaign}: tavoitteena {target} varausta.',
    pl: 'Zwiększyć liczbę rezerwacji kampanią {campaign}: cel {target} rezerwacji.',
    bg: 'Да увеличим резервациите с кампанията {campaign}: цел {target} резервации.',
  },
}

/** How the campaign serves the business; `{value}` is the average value, `{cpa}` the break-even cost. */
export const BRIEF_BUSINESS_LOGIC: Record<ConversionKind, Localized> = {
  sales: {
    en: 'Each extra order is worth about {value}; the campaign pays back while the cost per order stays under {cpa}.',
    fi: 'Jokainen lisätilaus tuo keskimäärin {value}; kampanja kannattaa, kun tilauksen hinta pysyy alle {cpa}.',
    pl: 'Każde dodatkowe zamówienie to średnio {value}; kampania się zwraca, dopóki koszt zamówienia nie przekracza {cpa}.',
    bg: 'Всяка допълнителна поръчка носи средно {value}; кампанията се изплаща, докато цената на поръчка е под {cpa}.',
  },
  leads: {
    en: 'Sales closes about one lead in five at {value} per deal; a cost per lead under {cpa} brings customers profitably.',
    fi: 'Myynti sulkee noin joka viidennen liidin ({value} kauppaa kohden); alle {cpa} liidihinnalla uudet asiakkaat ovat kannattavia.',
    pl: 'Sprzedaż zamyka około co piątego leada ({value} na transakcję); koszt leada poniżej {cpa} daje klientów z zyskiem.',
    bg: 'Продажбите затварят около всеки пети лийд ({value} на сделка); цена под {cpa} на лийд носи клиенти с печалба.',
  },
  bookings: {
    en: 'An average booking is worth {value}; a cost per booking under {cpa} fills quiet days profitably.',
    fi: 'Keskimääräinen varaus on {value}; alle {cpa} varaushinnalla hiljaiset päivät täyttyvät kannattavasti.',
    pl: 'Średnia rezerwacja to {value}; koszt rezerwacji poniżej {cpa} opłacalnie wypełnia spokojniejsze dni.',
    bg: 'Средната резервация е {value}; цена под {cpa} на резервация запълва по-спокойните дни с печалба.',
  },
}

/** What is delivered per channel. */
export const DELIVERABLES: Record<Channel, Localized> = {
  'google-ads': {
    en: 'Search ads: 3 ad groups with responsive ads',
    fi: 'Hakumainonta: 3 mainosryhmää responsiivisin mainoksin',
    pl: 'Reklamy w wyszukiwarce: 3 grupy reklam elastycznych',
    bg: 'Реклами в търсачката: 3 рекламни групи с адаптивни реклами',
  },
  meta: {
    en: 'Meta: 6 image and 2 video ads',
    fi: 'Meta: 6 kuva- ja 2 videomainosta',
    pl: 'Meta: 6 reklam graficznych i 2 wideo',
    bg: 'Meta: 6 рекламни изображения и 2 видеа',
  },
  linkedin: {
    en: 'LinkedIn: lead form and 3 sponsored posts',
    fi: 'LinkedIn: liidilomake ja 3 sponsoroitua julkaisua',
    pl: 'LinkedIn: formularz leadowy i 3 posty sponsorowane',
    bg: 'LinkedIn: лийд формуляр и 3 спонсорирани публикации',
  },
  'microsoft-ads': {
    en: 'Microsoft Ads: search campaign mirrored from Google Ads',
    fi: 'Microsoft Ads: Google Ads -hakukampanjan kopio',
    pl: 'Microsoft Ads: kampania w wyszukiwarce skopiowana z Google Ads',
    bg: 'Microsoft Ads: кампания в търсачката, копирана от Google Ads',
  },
  tiktok: {
    en: 'TikTok: 3 short vertical videos',
    fi: 'TikTok: 3 lyhyttä pystyvideota',
    pl: 'TikTok: 3 krótkie pionowe filmy',
    bg: 'TikTok: 3 кратки вертикални видеа',
  },
  seo: {
    en: 'SEO: 2 landing page texts',
    fi: 'Hakukoneoptimointi: 2 laskeutumissivun tekstiä',
    pl: 'SEO: 2 teksty na strony docelowe',
    bg: 'SEO: 2 текста за целеви страници',
  },
  email: {
    en: 'Newsletter: 2 sends with segmentation',
    fi: 'Uutiskirje: 2 segmentoitua lähetystä',
    pl: 'Newsletter: 2 wysyłki z segmentacją',
    bg: 'Бюлетин: 2 сегментирани изпращания',
  },
  'organic-social': {
    en: 'Organic posts: 8 posts and 4 stories',
    fi: 'Orgaaninen some: 8 julkaisua ja 4 tarinaa',
    pl: 'Posty organiczne: 8 postów i 4 relacje',
    bg: 'Органични публикации: 8 публикации и 4 сторита',
  },
  website: {
    en: 'Campaign landing page',
    fi: 'Kampanjan laskeutumissivu',
    pl: 'Strona docelowa kampanii',
    bg: 'Целева страница на кампанията',
  },
}

/** Materials the client hands over for a campaign. */
export const MATERIALS: readonly Localized[] = [
  { en: 'Brand guidelines', fi: 'Brändiohjeisto', pl: 'Księga znaku', bg: 'Бранд насоки' },
  { en: 'Product photos', fi: 'Tuotekuvat', pl: 'Zdjęcia produktów', bg: 'Продуктови снимки' },
  { en: 'Logo files', fi: 'Logotiedostot', pl: 'Pliki logo', bg: 'Файлове с логото' },
  { en: 'Price list', fi: 'Hinnasto', pl: 'Cennik', bg: 'Ценова листа' },
  { en: 'Customer testimonials', fi: 'Asiakassuositukset', pl: 'Opinie klientów', bg: 'Отзиви от клиенти' },
]

/** A brief's open question and the answer the client eventually gives. */
export type QuestionCopy = { question: Localized; answer: Localized }

/** Questions a brief typically leaves open until the client answers. */
export const OPEN_QUESTIONS: readonly QuestionCopy[] = [
  {
    question: {
      en: 'Which products or services are in the campaign?',
      fi: 'Mitkä tuotteet tai palvelut ovat mukana kampanjassa?',
      pl: 'Które produkty lub usługi obejmuje kampania?',
      bg: 'Кои продукти или услуги включва кампанията?',
    },
    answer: {
      en: 'The top 20 of the current range; the list is in the shared folder.',
      fi: 'Nykyisen valikoiman 20 suosituinta; lista on jaetussa kansiossa.',
      pl: '20 najpopularniejszych pozycji z obecnej oferty; lista jest w udostępnionym folderze.',
      bg: 'Топ 20 от текущата гама; списъкът е в споделената папка.',
    },
  },
  {
    question: {
      en: 'Is the budget split fixed, or can we move money between channels?',
      fi: 'Onko budjetin jako kiinteä vai voimmeko siirtää rahaa kanavien välillä?',
      pl: 'Czy podział budżetu jest stały, czy możemy przesuwać środki między kanałami?',
      bg: 'Фиксирано ли е разпределението на бюджета, или можем да местим средства между каналите?',
    },
    answer: {
      en: 'You can move up to 30% between channels; tell us in the weekly summary.',
      fi: 'Enintään 30 % saa siirtää kanavien välillä; kerrotte siitä viikkoyhteenvedossa.',
      pl: 'Można przesunąć do 30% między kanałami; prosimy o informację w podsumowaniu tygodnia.',
      bg: 'Може да местите до 30% между каналите; съобщете ни в седмичното обобщение.',
    },
  },
  {
    question: {
      en: 'Who approves the creatives on your side?',
      fi: 'Kuka hyväksyy mainosaineistot teidän puolellanne?',
      pl: 'Kto po Państwa stronie akceptuje kreacje?',
      bg: 'Кой одобрява рекламните материали от ваша страна?',
    },
    answer: {
      en: 'The marketing manager; the managing director sees the final version.',
      fi: 'Markkinointipäällikkö; toimitusjohtaja näkee lopullisen version.',
      pl: 'Kierownik marketingu; prezes widzi wersję końcową.',
      bg: 'Маркетинг мениджърът; управителят вижда финалната версия.',
    },
  },
  {
    question: {
      en: 'Are there dates when the ads must not run?',
      fi: 'Onko päiviä, jolloin mainokset eivät saa näkyä?',
      pl: 'Czy są dni, w których reklamy nie mogą się wyświetlać?',
      bg: 'Има ли дни, в които рекламите не бива да се показват?',
    },
    answer: {
      en: 'No ads during the stocktake on the last weekend of the month.',
      fi: 'Ei mainontaa inventaarion aikana kuun viimeisenä viikonloppuna.',
      pl: 'Bez reklam podczas inwentaryzacji w ostatni weekend miesiąca.',
      bg: 'Без реклами по време на инвентаризацията в последния уикенд на месеца.',
    },
  },
  {
    question: {
      en: 'Do we get new photos, or do we use the existing image bank?',
      fi: 'Saammeko uudet kuvat vai käytämmekö nykyistä kuvapankkia?',
      pl: 'Dostaniemy nowe zdjęcia, czy korzystamy z obecnego banku zdjęć?',
      bg: 'Ще получим ли нови снимки, или ползваме наличната банка със снимки?',
    },
    answer: {
      en: 'New photos come from the photographer two weeks before launch.',
      fi: 'Uudet kuvat tulevat valokuvaajalta kaksi viikkoa ennen julkaisua.',
      pl: 'Nowe zdjęcia dostarczy fotograf dwa tygodnie przed startem.',
      bg: 'Новите снимки идват от фотографа две седмици преди старта.',
    },
  },
  {
    question: {
      en: 'Which landing page do the ads point to?',
      fi: 'Mille laskeutumissivulle mainokset ohjaavat?',
      pl: 'Na którą stronę docelową kierują reklamy?',
      bg: 'Към коя целева страница водят рекламите?',
    },
    answer: {
      en: 'A new campaign page, live one week before launch.',
      fi: 'Uudelle kampanjasivulle, joka julkaistaan viikkoa ennen kampanjaa.',
      pl: 'Na nową stronę kampanii, dostępną tydzień przed startem.',
      bg: 'Към нова страница на кампанията, която ще е готова седмица преди старта.',
    },
  },
]

/** A brief KPI name by what a conversion is. */
export const KPI_NAMES: Record<ConversionKind, Localized> = {
  sales: { en: 'Orders', fi: 'Tilaukset', pl: 'Zamówienia', bg: 'Поръчки' },
  leads: { en: 'Leads', fi: 'Liidit', pl: 'Leady', bg: 'Лийдове' },
  bookings: { en: 'Bookings', fi: 'Varaukset', pl: 'Rezerwacje', bg: 'Резервации' },
}

/** The cost-per-conversion KPI name. */
export const COST_PER_CONVERSION: Localized = {
  en: 'Cost per conversion',
  fi: 'Hinta per konversio',
  pl: 'Koszt konwersji',
  bg: 'Цена на конверсия',
}
