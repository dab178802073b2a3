/**
 * Name pools of the demo agency, per language: people, places and the legal forms companies
 * carry in Finland, Poland, Bulgaria and the UK/US. Mail addresses use the reserved
 * `.example` top-level domain (RFC 2606) so a demo mail can never reach a real inbox, and
 * phone numbers use the UK and US ranges reserved for fiction where such ranges exist.
 */
import type { Language } from '../schemas'
import type { Random } from './random'

/** A person's name with the grammatical gender the surname was inflected for. */
export type PersonName = { first: string; last: string; full: string }

/** Splits a comma-separated pool; pools are kept as one line each so they stay scannable. */
export function list(items: string): readonly string[] {
  return items.split(', ')
}

type NamePool = {
  female: readonly string[]
  male: readonly string[]
  /** `male/female` forms — Polish and Bulgarian surnames inflect for gender. */
  surnames: readonly string[]
}

const PEOPLE: Record<Language, NamePool> = {
  fi: {
    female: list(
      'Aino, Emma, Sofia, Helmi, Laura, Johanna, Kaisa, Minna, Sanna, Riikka, Elina, Noora, Tiina, Heidi, Satu',
    ),
    male: list(
      'Mikko, Juha, Antti, Jussi, Ville, Teemu, Matti, Janne, Lauri, Eero, Tuomas, Pekka, Sami, Ilkka, Oskari',
    ),
    surnames: list(
      'Virtanen, Korhonen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, ' +
        'Saarinen, Salminen, Aalto, Lindholm, Kallio, Rantanen, Peltonen, Heinonen, Karjalainen',
    ),
  },
  pl: {
    female: list(
      'Anna, Katarzyna, Magdalena, Agnieszka, Joanna, Monika, Aleksandra, Zuzanna, Natalia, Karolina, Ewa, Marta',
    ),
    male: list(
      'Piotr, Tomasz, Paweł, Michał, Krzysztof, Jakub, Marcin, Łukasz, Kamil, Bartosz, Grzegorz, Wojciech',
    ),
    surnames: list(
      'Kowalski/Kowalska, Wiśniewski/Wiśniewska, Zieliński/Zielińska, Lewandowski/Lewandowska, Nowak/Nowak, ' +
        'Wójcik/Wójcik, Kamiński/Kamińska, Szymański/Szymańska, Dąbrowski/Dąbrowska, Mazur/Mazur, ' +
        'Krawczyk/Krawczyk, Jankowski/Jankowska, Wróbel/Wróbel, Pawlak/Pawlak',
    ),
  },
  bg: {
    female: list(
      'Мария, Елена, Ивана, Десислава, Гергана, Петя, Радостина, Теодора, Виктория, Надежда, Светла, Йоана',
    ),
    male: list(
      'Георги, Иван, Димитър, Николай, Петър, Христо, Стоян, Калоян, Мартин, Васил, Тодор, Борислав',
    ),
    surnames: list(
      'Иванов/Иванова, Петров/Петрова, Георгиев/Георгиева, Димитров/Димитрова, Николов/Николова, ' +
        'Стоянов/Стоянова, Христов/Христова, Тодоров/Тодорова, Атанасов/Атанасова, Колев/Колева, ' +
        'Маринов/Маринова, Ангелов/Ангелова',
    ),
  },
  en: {
    female: list('Emily, Charlotte, Sophie, Olivia, Hannah, Grace, Lucy, Rachel, Megan, Amelia'),
    male: list('James, Oliver, Thomas, Daniel, Henry, Samuel, William, George, Matthew, Ethan'),
    surnames: list(
      'Smith, Taylor, Brown, Wilson, Evans, Walker, Wright, Robinson, Thompson, Hughes, Carter, Bennett, ' +
        'Harris, Clarke, Patel, Murphy',
    ),
  },
}

/** Polish family names in the plural, as in "Piekarnia Zielińscy". */
const POLISH_FAMILIES = list(
  'Zielińscy, Kowalscy, Nowakowie, Wiśniewscy, Mazurowie, Lewandowscy, Kamińscy, Pawlakowie, Dąbrowscy, ' +
    'Szymańscy, Jankowscy, Wróblowie',
)

/** Place and nature words that read well inside a company name. */
const PLACES: Record<Language, readonly string[]> = {
  fi: list('Revontuli, Kide, Tunturi, Kuura, Pohjola, Saimaa, Kallio, Lumo, Hilla, Lakka, Kanerva, Aalto'),
  pl: list(
    'Mazury, Tatry, Wisła, Bałtyk, Warmia, Kaszuby, Podhale, Roztocze, Bieszczady, Pomorze, Zielony Gaj',
  ),
  bg: list(
    'Витоша, Родопи, Пирин, Дунав, Балкан, Странджа, Мелник, Тракия, Рила, Зелена долина, Струма, Огоста',
  ),
  en: list(
    'Harbour, Northfield, Brightside, Oakridge, Kingsbridge, Riverside, Meadowbank, Ashford, Westgate, Hollybrook',
  ),
}

/** The [male, female] forms of a pooled surname. */
function surnameForms(entry: string): [string, string] {
  const [male, female] = entry.split('/')
  return [male ?? entry, female ?? male ?? entry]
}

/** Picks a person's name; Polish and Bulgarian surnames follow the first name's gender. */
export function personName(rand: Random, language: Language): PersonName {
  const pool = PEOPLE[language]
  const female = rand.chance(0.5)
  const first = rand.pick(female ? pool.female : pool.male)
  const [maleForm, femaleForm] = surnameForms(rand.pick(pool.surnames))
  const last = female ? femaleForm : maleForm
  return { first, last, full: `${first} ${last}` }
}

/**
 * Fills a company-name pattern: `{S}` a surname, `{F}` a Polish family name in the plural,
 * `{P}` a place or nature word.
 */
export function fillCompanyPattern(rand: Random, language: Language, pattern: string): string {
  return pattern
    .replace('{S}', () => surnameForms(rand.pick(PEOPLE[language].surnames))[0])
    .replace('{F}', () => rand.pick(POLISH_FAMILIES))
    .replace('{P}', () => rand.pick(PLACES[language]))
}

const TRANSLITERATION: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
  ä: 'a',
  ö: 'o',
  å: 'a',
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
}

/** Lower-case ASCII for mail addresses and domains (Bulgarian per the official streamlined system). */
export function asciiSlug(text: string, separator: '' | '-' = ''): string {
  const latin = [...text.toLowerCase()].map((ch) => TRANSLITERATION[ch] ?? ch).join('')
  const slug = latin.replace(/[^a-z0-9]+/g, separator)
  return separator === '' ? slug : slug.replace(/^-+|-+$/g, '')
}

const LEGAL_FORMS = /\s+(Oy|Oyj|sp\. z o\.o\.|s\.c\.|ЕООД|ООД|ЕАД|АД|Ltd|LLC|Inc\.)$/u

/** The demo mail domain of a company: its name without the legal form, under `.example`. */
export function companyDomain(companyName: string): string {
  const base = asciiSlug(companyName.replace(LEGAL_FORMS, ''), '-')
  return `${base || 'client'}.example`
}

/** A mail address `first.last@domain`. */
export function emailFor(name: PersonName, domain: string): string {
  return `${asciiSlug(name.first)}.${asciiSlug(name.last)}@${domain}`
}

/** A plausible phone number for the client's country (fictional ranges in the UK and US). */
export function phoneFor(rand: Random, language: Language, currency: string): string {
  const digits = (count: number): string =>
    Array.from({ length: count }, () => String(rand.int(0, 9))).join('')
  switch (language) {
    case 'fi':
      return `+358 ${rand.pick(['40', '44', '50'])} ${digits(3)} ${digits(4)}`
    case 'pl':
      return `+48 ${rand.pick(['501', '512', '600', '698'])} ${digits(3)} ${digits(3)}`
    case 'bg':
      return `+359 ${rand.pick(['87', '88', '89'])} ${digits(3)} ${digits(4)}`
    case 'en':
      // Ofcom keeps 020 7946 0xxx and the US keeps 555-01xx for drama and fiction.
      return currency === 'USD' ? `+1 212 555 01${digits(2)}` : `+44 20 7946 0${digits(3)}`
  }
}
