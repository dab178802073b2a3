/**
 * Industry profiles of the demo clients: how demand moves through the year, which channels
 * such a business uses, what a conversion is worth, which custom KPI it tracks and how its
 * companies are named. The numbers are rough agency rules of thumb, enough for believable
 * reports (retail peaks in November–December, tourism in summer, B2B dips in July).
 */
import type { Channel, CustomKpi, Language } from '../schemas'
import type { Localized } from './locale-text'

/** What a conversion means for the business. */
export type ConversionKind = 'sales' | 'leads' | 'bookings'

/** A custom KPI an industry tracks, before it gets an id. */
export type CustomKpiTemplate = Omit<CustomKpi, 'id' | 'name'> & {
  name: Localized
  /** Monthly value relative to the client's total conversions (sum KPIs) or the level (others). */
  base: number
}

/** Campaign themes a client of the industry runs; see campaign-copy.ts for their names. */
export type ThemeKey =
  | 'black-friday'
  | 'christmas'
  | 'spring-collection'
  | 'summer-sale'
  | 'lead-generation'
  | 'webinars'
  | 'brand-awareness'
  | 'summer-season'
  | 'winter-season'
  | 'lunch-menu'
  | 'new-development'
  | 'enrolment'
  | 'trade-fair'
  | 'product-launch'
  | 'retargeting'
  | 'new-patients'
  | 'fan-contest'
  | 'newsletter'

/** Everything the generator needs to know about an industry. */
export type IndustryProfile = {
  key: string
  /** The `industry` field of the client (the PM's working language is English). */
  label: string
  /** The industry named in client-facing text. */
  name: Localized
  /** Demand multipliers January … December. */
  seasonality: readonly number[]
  conversionKind: ConversionKind
  /** Average order, booking or deal value in EUR (conversion value is only reported for sales and bookings). */
  averageValueEur: number
  /** Channels every such client uses, then the ones some add. */
  coreChannels: readonly Channel[]
  extraChannels: readonly Channel[]
  customKpis: readonly CustomKpiTemplate[]
  themes: readonly ThemeKey[]
  /** Company-name patterns per language (see names.ts `fillCompanyPattern`). */
  companyPatterns: Record<Language, readonly string[]>
  audience: Localized
}

const NEWSLETTER_SUBSCRIBERS: CustomKpiTemplate = {
  name: {
    en: 'Newsletter subscribers',
    fi: 'Uutiskirjeen tilaajat',
    pl: 'Subskrybenci newslettera',
    bg: 'Абонати на бюлетина',
  },
  unit: '',
  higherIsBetter: true,
  aggregation: 'last',
  base: 2400,
}

/** The industries of the demo agency's clients. */
export const INDUSTRIES: readonly IndustryProfile[] = [
  {
    key: 'e-commerce',
    label: 'E-commerce',
    name: { en: 'online retail', fi: 'verkkokauppa', pl: 'handel internetowy', bg: 'онлайн търговия' },
    seasonality: [0.8, 0.78, 0.9, 0.95, 1.0, 0.95, 0.85, 0.9, 1.0, 1.05, 1.45, 1.35],
    conversionKind: 'sales',
    averageValueEur: 68,
    coreChannels: ['google-ads', 'meta'],
    extraChannels: ['email', 'tiktok', 'organic-social', 'seo', 'microsoft-ads'],
    customKpis: [
      {
        name: {
          en: 'Cart abandonment rate',
          fi: 'Ostoskorin hylkäysaste',
          pl: 'Współczynnik porzuceń koszyka',
          bg: 'Изоставени колички',
        },
        unit: '%',
        higherIsBetter: false,
        aggregation: 'average',
        base: 72,
      },
      NEWSLETTER_SUBSCRIBERS,
    ],
    themes: [
      'black-friday',
      'christmas',
      'spring-collection',
      'summer-sale',
      'retargeting',
      'product-launch',
      'newsletter',
      'fan-contest',
    ],
    companyPatterns: {
      fi: ['Sisustusliike {S} Oy', 'Muotitalo {S} Oy', '{P} Design Oy'],
      pl: ['Dom Mody {F} sp. z o.o.', 'Ceramika {F} s.c.', 'Sklep {P} sp. z o.o.'],
      bg: ['{P} Мода ЕООД', '{P} Дизайн ООД', 'Онлайн магазин {P} ЕООД'],
      en: ['{P} & Finch Ltd', '{S} Home Goods Ltd', '{P} Outfitters Ltd'],
    },
    audience: {
      en: 'Women and men 25–45 interested in home, design and fashion; existing customers for retargeting.',
      fi: '25–45-vuotiaat sisustuksesta, designista ja muodista kiinnostuneet; nykyiset asiakkaat uudelleenmarkkinointiin.',
      pl: 'Kobiety i mężczyźni 25–45 zainteresowani wnętrzami, designem i modą; obecni klienci do remarketingu.',
      bg: 'Жени и мъже на 25–45 г., интересуващи се от дом, дизайн и мода; настоящи клиенти за ретаргетинг.',
    },
  },
  {
    key: 'saas',
    label: 'SaaS',
    name: {
      en: 'software as a service',
      fi: 'ohjelmistopalvelut (SaaS)',
      pl: 'oprogramowanie SaaS',
      bg: 'софтуер като услуга',
    },
    seasonality: [1.15, 1.1, 1.1, 1.05, 1.0, 0.9, 0.75, 0.85, 1.1, 1.1, 1.05, 0.8],
    conversionKind: 'leads',
    averageValueEur: 2400,
    coreChannels: ['google-ads', 'linkedin'],
    extraChannels: ['seo', 'email', 'meta', 'microsoft-ads'],
    customKpis: [
      {
        name: { en: 'Demo requests', fi: 'Demopyynnöt', pl: 'Zapytania o demo', bg: 'Заявки за демо' },
        unit: '',
        higherIsBetter: true,
        aggregation: 'sum',
        base: 0.35,
      },
      {
        name: {
          en: 'Trial sign-ups',
          fi: 'Kokeilurekisteröitymiset',
          pl: 'Rejestracje na okres próbny',
          bg: 'Регистрации за пробен период',
        },
        unit: '',
        higherIsBetter: true,
        aggregation: 'sum',
        base: 0.6,
      },
    ],
    themes: ['lead-generation', 'webinars', 'product-launch', 'retargeting', 'brand-awareness', 'newsletter'],
    companyPatterns: {
      fi: ['{P} Software Oy', '{P} Analytics Oy', '{S} Solutions Oy'],
      pl: ['{P} Software sp. z o.o.', '{S} Systems sp. z o.o.'],
      bg: ['{P} Софтуер ЕООД', '{P} Технолъджис АД', '{P} Солюшънс ООД'],
      en: ['{P} Analytics Ltd', '{P} Labs Ltd', '{S} Cloud Ltd'],
    },
    audience: {
      en: 'Finance and operations leads in companies of 20–500 employees.',
      fi: 'Talous- ja operatiivisen toiminnan vastaavat 20–500 hengen yrityksissä.',
      pl: 'Osoby odpowiedzialne za finanse i operacje w firmach zatrudniających 20–500 osób.',
      bg: 'Ръководители финанси и операции във фирми с 20–500 служители.',
    },
  },
  {
    key: 'restaurants',
    label: 'Restaurants',
    name: {
      en: 'restaurants and cafés',
      fi: 'ravintola- ja kahvilatoiminta',
      pl: 'gastronomia',
      bg: 'ресторантьорство',
    },
    seasonality: [0.8, 0.85, 0.95, 1.0, 1.1, 1.15, 0.9, 1.0, 1.0, 1.0, 1.1, 1.3],
    conversionKind: 'bookings',
    averageValueEur: 46,
    coreChannels: ['meta', 'organic-social'],
    extraChannels: ['google-ads', 'tiktok', 'email'],
    customKpis: [
      {
        name: {
          en: 'Table bookings',
          fi: 'Pöytävaraukset',
          pl: 'Rezerwacje stolików',
          bg: 'Резервации на маси',
        },
        unit: '',
        higherIsBetter: true,
        aggregation: 'sum',
        base: 1.4,
      },
    ],
    themes: ['lunch-menu', 'christmas', 'summer-season', 'fan-contest', 'brand-awareness', 'newsletter'],
    companyPatterns: {
      fi: ['Kahvila {S} Oy', 'Ravintola {P} Oy', 'Leipomo {S} Oy', 'Bistro {P} Oy'],
      pl: ['Piekarnia {F} sp. z o.o.', 'Restauracja {P} s.c.', 'Kawiarnia {F} sp. z o.o.'],
      bg: ['Механа {P} ЕООД', 'Ресторант {P} ООД', 'Пекарна {P} ЕООД'],
      en: ["{S}'s Kitchen Ltd", 'The {P} Bakery Ltd', '{P} Bistro Ltd'],
    },
    audience: {
      en: 'Locals within 10 km, office workers for lunch, groups planning celebrations.',
      fi: 'Paikalliset 10 km:n säteellä, lounastajat lähitoimistoista ja juhlia suunnittelevat ryhmät.',
      pl: 'Mieszkańcy w promieniu 10 km, pracownicy biur na lunch, grupy planujące uroczystości.',
      bg: 'Местни жители в радиус 10 км, служители от офисите за обяд и групи, планиращи празници.',
    },
  },
  {
    key: 'real-estate',
    label: 'Real estate',
    name: {
      en: 'real estate development and sales',
      fi: 'kiinteistökehitys ja -välitys',
      pl: 'nieruchomości',
      bg: 'недвижими имоти',
    },
    seasonality: [0.85, 0.95, 1.15, 1.2, 1.15, 1.0, 0.75, 0.95, 1.1, 1.05, 0.95, 0.75],
    conversionKind: 'leads',
    averageValueEur: 4200,
    coreChannels: ['google-ads', 'meta'],
    extraChannels: ['seo', 'email', 'microsoft-ads'],
    customKpis: [
      {
        name: {
          en: 'Viewing requests',
          fi: 'Esittelypyynnöt',
          pl: 'Zapytania o prezentację',
          bg: 'Заявки за оглед',
        },
        unit: '',
        higherIsBetter: true,
        aggregation: 'sum',
        base: 0.45,
      },
    ],
    themes: ['new-development', 'lead-generation', 'brand-awareness', 'retargeting', 'newsletter'],
    companyPatterns: {
      fi: ['Kiinteistövälitys {S} Oy', '{P} Kodit Oy', 'Asuntorakentaja {S} Oy'],
      pl: ['Deweloper {P} sp. z o.o.', 'Nieruchomości {F} s.c.', 'Osiedle {P} sp. z o.o.'],
      bg: ['{P} Имоти ООД', '{P} Строй ЕАД', 'Имоти {P} ЕООД'],
      en: ['{P} Estates Ltd', '{S} & Partners Property Ltd', '{P} Homes Ltd'],
    },
    audience: {
      en: 'Couples and families 28–50 looking for a new home in the region; investors.',
      fi: 'Uutta kotia alueelta etsivät 28–50-vuotiaat pariskunnat ja perheet sekä sijoittajat.',
      pl: 'Pary i rodziny 28–50 szukające nowego mieszkania w regionie oraz inwestorzy.',
      bg: 'Двойки и семейства на 28–50 г., търсещи нов дом в региона, и инвеститори.',
    },
  },
  {
    key: 'education',
    label: 'Education',
    name: {
      en: 'education and training',
      fi: 'koulutus',
      pl: 'edukacja i szkolenia',
      bg: 'образование и обучения',
    },
    seasonality: [1.25, 1.0, 0.9, 0.85, 0.9, 0.8, 0.7, 1.35, 1.3, 1.0, 0.9, 0.75],
    conversionKind: 'leads',
    averageValueEur: 640,
    coreChannels: ['meta', 'google-ads'],
    extraChannels: ['tiktok', 'email', 'seo', 'organic-social'],
    customKpis: [
      {
        name: {
          en: 'Course applications',
          fi: 'Kurssihakemukset',
          pl: 'Zgłoszenia na kursy',
          bg: 'Записвания за курсове',
        },
        unit: '',
        higherIsBetter: true,
        aggregation: 'sum',
        base: 0.5,
      },
    ],
    themes: ['enrolment', 'webinars', 'lead-generation', 'brand-awareness', 'fan-contest', 'newsletter'],
    companyPatterns: {
      fi: ['Kielikoulu {P} Oy', '{P} Akatemia Oy', 'Koulutuskeskus {S} Oy'],
      pl: ['Szkoła Językowa {P} sp. z o.o.', 'Akademia {F} sp. z o.o.', 'Centrum Szkoleniowe {P} s.c.'],
      bg: ['Езикова школа {P} ЕООД', 'Академия {P} ООД', 'Учебен център {P} ЕООД'],
      en: ['{P} Academy Ltd', '{S} School of English Ltd', '{P} Learning Ltd'],
    },
    audience: {
      en: 'Adults 20–40 changing careers and parents of school-age children.',
      fi: 'Alanvaihtoa harkitsevat 20–40-vuotiaat ja kouluikäisten lasten vanhemmat.',
      pl: 'Dorośli 20–40 zmieniający zawód oraz rodzice dzieci w wieku szkolnym.',
      bg: 'Възрастни на 20–40 г., които сменят професията си, и родители на ученици.',
    },
  },
  {
    key: 'tourism',
    label: 'Tourism',
    name: { en: 'tourism and travel', fi: 'matkailu', pl: 'turystyka', bg: 'туризъм' },
    seasonality: [0.9, 0.95, 0.9, 0.85, 1.0, 1.35, 1.5, 1.3, 0.9, 0.75, 0.8, 1.1],
    conversionKind: 'bookings',
    averageValueEur: 380,
    coreChannels: ['google-ads', 'meta'],
    extraChannels: ['seo', 'organic-social', 'email', 'tiktok'],
    customKpis: [
      {
        name: {
          en: 'Booking enquiries',
          fi: 'Varaustiedustelut',
          pl: 'Zapytania o rezerwację',
          bg: 'Запитвания за резервация',
        },
        unit: '',
        higherIsBetter: true,
        aggregation: 'sum',
        base: 0.8,
      },
    ],
    themes: [
      'summer-season',
      'winter-season',
      'christmas',
      'brand-awareness',
      'retargeting',
      'newsletter',
      'fan-contest',
    ],
    companyPatterns: {
      fi: ['{P} Safarit Oy', 'Matkailu {S} Oy', 'Lomakylä {P} Oy'],
      pl: ['Biuro Podróży {P} sp. z o.o.', 'Pensjonat {F} s.c.', 'Hotel {P} sp. z o.o.'],
      bg: ['{P} Травел ЕООД', 'Хотел {P} ООД', 'Къща за гости {P} ЕООД'],
      en: ['{P} Tours Ltd', '{P} Holidays Ltd', 'The {P} Inn Ltd'],
    },
    audience: {
      en: 'Families and couples 30–60 planning holidays; tour operators abroad.',
      fi: 'Lomaa suunnittelevat 30–60-vuotiaat perheet ja pariskunnat sekä ulkomaiset matkanjärjestäjät.',
      pl: 'Rodziny i pary 30–60 planujące urlop oraz zagraniczni touroperatorzy.',
      bg: 'Семейства и двойки на 30–60 г., планиращи почивка, и чуждестранни туроператори.',
    },
  },
  {
    key: 'manufacturing',
    label: 'B2B manufacturing',
    name: {
      en: 'industrial manufacturing (B2B)',
      fi: 'teollinen valmistus (B2B)',
      pl: 'produkcja przemysłowa (B2B)',
      bg: 'индустриално производство (B2B)',
    },
    seasonality: [1.0, 1.05, 1.1, 1.05, 1.0, 0.9, 0.7, 0.85, 1.1, 1.1, 1.05, 0.8],
    conversionKind: 'leads',
    averageValueEur: 9500,
    coreChannels: ['linkedin', 'google-ads'],
    extraChannels: ['seo', 'email', 'microsoft-ads'],
    customKpis: [
      {
        name: {
          en: 'Quote requests',
          fi: 'Tarjouspyynnöt',
          pl: 'Zapytania ofertowe',
          bg: 'Запитвания за оферта',
        },
        unit: '',
        higherIsBetter: true,
        aggregation: 'sum',
        base: 0.4,
      },
    ],
    themes: ['trade-fair', 'lead-generation', 'product-launch', 'webinars', 'brand-awareness', 'newsletter'],
    companyPatterns: {
      fi: ['Konepaja {S} Oy', '{P} Metalli Oy', '{S} Teollisuus Oy'],
      pl: ['Zakład Metalowy {F} sp. z o.o.', '{P} Maszyny sp. z o.o.', 'Fabryka Mebli {F} sp. z o.o.'],
      bg: ['{P} Машини АД', '{P} Метал ООД', 'Завод {P} АД'],
      en: ['{S} Engineering Ltd', '{P} Precision Ltd', '{P} Industrial Supplies Ltd'],
    },
    audience: {
      en: 'Purchasing and production managers in manufacturing companies in Europe.',
      fi: 'Valmistavan teollisuuden osto- ja tuotantopäälliköt Euroopassa.',
      pl: 'Kierownicy zakupów i produkcji w firmach produkcyjnych w Europie.',
      bg: 'Мениджъри покупки и производство в производствени компании в Европа.',
    },
  },
  {
    key: 'healthcare',
    label: 'Healthcare',
    name: { en: 'healthcare services', fi: 'terveyspalvelut', pl: 'usługi medyczne', bg: 'здравни услуги' },
    seasonality: [1.2, 1.1, 1.05, 1.0, 0.95, 0.85, 0.75, 0.9, 1.05, 1.05, 1.0, 0.85],
    conversionKind: 'leads',
    averageValueEur: 180,
    coreChannels: ['google-ads', 'seo'],
    extraChannels: ['meta', 'email', 'organic-social'],
    customKpis: [
      {
        name: {
          en: 'Appointments booked',
          fi: 'Ajanvaraukset',
          pl: 'Umówione wizyty',
          bg: 'Записани часове',
        },
        unit: '',
        higherIsBetter: true,
        aggregation: 'sum',
        base: 0.9,
      },
    ],
    themes: ['new-patients', 'brand-awareness', 'retargeting', 'newsletter', 'lead-generation'],
    companyPatterns: {
      fi: ['Hammaslääkärit {S} Oy', 'Lääkärikeskus {P} Oy', 'Fysioterapia {S} Oy'],
      pl: [
        'Klinika Stomatologiczna {P} sp. z o.o.',
        'Centrum Medyczne {P} sp. z o.o.',
        'Gabinet Fizjoterapii {F} s.c.',
      ],
      bg: ['Дентален център {P} ЕООД', 'Медицински център {P} ООД', 'Клиника {P} ЕООД'],
      en: ['{P} Dental Clinic Ltd', '{S} Physiotherapy Ltd', '{P} Health Partners Ltd'],
    },
    audience: {
      en: 'Adults 25–65 in the city looking for a clinic; companies buying occupational health.',
      fi: 'Kaupungin 25–65-vuotiaat, jotka etsivät klinikkaa, sekä työterveyspalveluita ostavat yritykset.',
      pl: 'Dorośli 25–65 z miasta szukający kliniki oraz firmy kupujące opiekę medyczną dla pracowników.',
      bg: 'Възрастни на 25–65 г. в града, които търсят клиника, и фирми, купуващи здравни услуги за служителите си.',
    },
  },
]
