import { describe, expect, it } from 'vitest'
import {
  draftFridayMail,
  draftMondayMail,
  type MailClient,
  type MailDraftInput,
  type MailTask,
} from './draft'
import { emlFile, mailtoUrl, quotedPrintable } from './message'
import type { Language } from '../schemas/primitives'

const client = (language: Language, contacts = true): MailClient => ({
  id: 'c1',
  name: 'Acme',
  language,
  timezone: 'Europe/Helsinki',
  contacts: contacts
    ? [
        { id: 'k2', name: 'Olli Other', role: '', email: 'o@acme.test', phone: '', primary: false },
        { id: 'k1', name: 'Anna Virtanen', role: 'CMO', email: 'anna@acme.test', phone: '', primary: true },
      ]
    : [],
})

const task = (title: string, deadline: string | null, extra: Partial<MailTask> = {}): MailTask => ({
  clientId: 'c1',
  title,
  deadline,
  status: 'todo',
  doneAt: null,
  ...extra,
})

// 2026-11-23 is a Monday; 2026-11-27 a Friday.
const tasks: MailTask[] = [
  task('Approve banner texts', '2026-11-19', { status: 'blocked' }),
  task('Fix landing page form', '2026-11-20', { status: 'in-progress' }),
  task('Publish Black Friday post', '2026-11-24'),
  task('Send the newsletter', '2026-11-27'),
  task('Too far ahead', '2026-12-07'),
  task('Done already', '2026-11-18', { status: 'done', doneAt: '2026-11-25T10:00:00Z' }),
  task('Done last week', '2026-11-10', { status: 'done', doneAt: '2026-11-20T10:00:00Z' }),
  task('Plan Q1 campaigns', '2026-12-01'),
  task('Monday follow-up', '2026-11-30'),
  task('Other client task', '2026-11-24', { clientId: 'c2' }),
]

const base = (language: Language, today = '2026-11-23', list = tasks): MailDraftInput => ({
  client: client(language),
  agencyName: 'Tiger Agency',
  pmName: 'Pekka Pm',
  today,
  tasks: list,
  campaigns: [
    {
      clientId: 'c1',
      name: 'Winter sale',
      milestones: [
        { id: 'm1', kind: 'launch', label: '', date: '2026-11-25', doneAt: null },
        { id: 'm2', kind: 'end', label: '', date: '2026-12-20', doneAt: null },
      ],
    },
  ],
})

describe('draftMondayMail', () => {
  const words: Record<
    Language,
    { greeting: string; overdue: string; plan: string; date: string; sign: string }
  > = {
    en: {
      greeting: 'Hi Anna,',
      overdue: 'A quick reminder of items still open:',
      plan: 'Plan for the next five working days:',
      date: '24 Nov 2026',
      sign: 'Best regards,',
    },
    fi: {
      greeting: 'Hei Anna,',
      overdue: 'Muistutuksena vielä avoimet asiat:',
      plan: 'Suunnitelma seuraavalle viidelle arkipäivälle:',
      date: '24.11.2026',
      sign: 'Ystävällisin terveisin',
    },
    pl: {
      greeting: 'Dzień dobry Anna,',
      overdue: 'Krótkie przypomnienie o zaległych tematach:',
      plan: 'Plan na najbliższe 5 dni roboczych:',
      date: '24 lis 2026',
      sign: 'Pozdrawiam serdecznie',
    },
    bg: {
      greeting: 'Здравейте, Anna,',
      overdue: 'Кратко напомняне за все още отворените теми:',
      plan: 'План за следващите пет работни дни:',
      date: '24.11.2026 г.',
      sign: 'Поздрави,',
    },
  }

  it.each(Object.keys(words) as Language[])(
    'writes %s with its own greeting, headings and dates',
    (language) => {
      const w = words[language]
      const mail = draftMondayMail(base(language))
      expect(mail.language).toBe(language)
      expect(mail.body.startsWith(`${w.greeting}\n\n`)).toBe(true)
      expect(mail.body).toContain(w.overdue)
      expect(mail.body).toContain(w.plan)
      expect(mail.body).toContain(w.date)
      expect(mail.body).toMatch(new RegExp(`${w.sign}\\nPekka Pm\\nTiger Agency$`))
      expect(mail.subject).toContain('48')
      expect(mail.subject).toContain('Acme')
    },
  )

  it('reminds of overdue items (waiting ones first) and plans five business days by date', () => {
    const mail = draftMondayMail(base('fi'))
    expect(mail.subject).toBe('Viikon 48 suunnitelma – Acme')
    const body = mail.body
    expect(body).toContain('- to 19.11.2026 – Approve banner texts (odottaa teidän vastaustanne)')
    expect(body.indexOf('Approve banner texts')).toBeLessThan(body.indexOf('Fix landing page form'))
    expect(body).toContain('Kun odotamme teiltä vastausta')
    const plan = body.slice(body.indexOf('Suunnitelma seuraavalle'))
    expect(plan).toContain('- ti 24.11.2026 – Publish Black Friday post')
    expect(plan).toContain('- ke 25.11.2026 – Winter sale: Julkaisu')
    expect(plan.indexOf('Publish')).toBeLessThan(plan.indexOf('Winter sale'))
    expect(plan.indexOf('Winter sale')).toBeLessThan(plan.indexOf('Send the newsletter'))
    expect(body).not.toContain('Too far ahead')
    expect(body).not.toContain('Plan Q1 campaigns') // Tue 1.12. is the 7th business day
    expect(body).not.toContain('Other client task')
    expect(body).not.toContain('Done already')
  })

  it('counts five business days past holidays', () => {
    const mail = draftMondayMail({
      ...base('en'),
      calendar: { workdays: [1, 2, 3, 4, 5], holidays: ['2026-11-26'] },
    })
    expect(mail.body).toContain('- Mon 30 Nov 2026 – Monday follow-up')
    expect(mail.body).not.toContain('Plan Q1 campaigns')
    expect(draftMondayMail(base('en')).body).not.toContain('Monday follow-up')
  })

  it('leaves out the reminder when nothing is overdue, and the plan list when nothing is planned', () => {
    const mail = draftMondayMail({
      ...base('en', '2026-11-23', [task('Later', '2026-12-20')]),
      campaigns: [],
    })
    expect(mail.body).not.toContain('reminder')
    expect(mail.body).not.toContain('Plan for the next')
    expect(mail.body).not.toContain('- ')
    expect(mail.body).toContain('There are no fixed deadlines this week')
    expect(mail.body).not.toMatch(/\n\n\n/)
  })

  it('greets generically without contacts', () => {
    expect(draftMondayMail({ ...base('pl'), client: client('pl', false) }).body).toMatch(/^Dzień dobry,\n/)
    expect(draftMondayMail({ ...base('bg'), client: client('bg', false) }).body).toMatch(/^Здравейте,\n/)
  })

  it('refuses a malformed today', () => {
    expect(() => draftMondayMail(base('en', '23.11.2026'))).toThrow(RangeError)
  })
})

describe('draftFridayMail', () => {
  const summary = 'Kampanja käynnistyi keskiviikkona ja tulokset näyttävät hyviltä.'

  it('uses the weekly card summary, lists this week’s done tasks and next week’s plans', () => {
    const mail = draftFridayMail({ ...base('fi', '2026-11-27'), clientSummary: summary })
    expect(mail.subject).toBe('Kiitos viikosta – yhteenveto (Acme)')
    expect(mail.body).toContain(`Lyhyesti:\n${summary}`)
    expect(mail.body).toContain('Tällä viikolla valmistui:\n- Done already')
    expect(mail.body).not.toContain('Done last week')
    expect(mail.body).toContain(
      'Ensi viikon suunnitelmat:\n- ma 30.11.2026 – Monday follow-up\n- ti 1.12.2026 – Plan Q1 campaigns',
    )
    expect(mail.body).not.toContain('Send the newsletter') // due today, not next week
    expect(mail.body).toContain('tarvitsemme vielä teiltä:\n- Approve banner texts')
    expect(mail.body).toContain('Mukavaa viikonloppua!')
  })

  it('says everything is under control in Polish and leaves out empty sections', () => {
    const mail = draftFridayMail({ ...base('pl', '2026-11-27', []), campaigns: [], clientSummary: '  ' })
    expect(mail.subject).toBe('Dziękujemy za ten tydzień – podsumowanie (Acme)')
    expect(mail.body).toContain('Po naszej stronie wszystko jest pod kontrolą.')
    expect(mail.body).not.toContain('W skrócie')
    expect(mail.body).not.toContain('zrealizowaliśmy')
    expect(mail.body).not.toContain('Plany na przyszły tydzień')
    expect(mail.body).not.toMatch(/\n\n\n/)
  })

  it.each([
    ['en', 'Done this week:', 'Everything is under control on our side.'],
    ['bg', 'Свършено тази седмица:', 'От наша страна всичко е под контрол.'],
  ] as const)('writes %s', (language, doneHeading, control) => {
    const list = tasks.filter((t) => t.status !== 'blocked')
    const mail = draftFridayMail({ ...base(language, '2026-11-27', list), clientSummary: 'All good.' })
    expect(mail.body).toContain(doneHeading)
    expect(mail.body).toContain(control)
    expect(mail.body).toContain('All good.')
  })
})

describe('mailtoUrl', () => {
  it('percent-encodes spaces, CRLF line breaks and non-ASCII, and round-trips through URL', () => {
    const subject = 'Kiitos viikosta – yhteenveto & muuta + 100%'
    const body = 'Hei Anna,\n\nЗдравейте! ä ö\n- item'
    const url = mailtoUrl({ to: { name: 'Anna', email: 'anna@acme.test' }, subject, body })
    expect(url.startsWith('mailto:anna@acme.test?subject=')).toBe(true)
    expect(url).toContain('Kiitos%20viikosta%20%E2%80%93')
    expect(url).toContain('%0D%0A%0D%0A')
    expect(url).not.toMatch(/[ \n+]/)
    const parsed = new URL(url)
    expect(parsed.protocol).toBe('mailto:')
    expect(parsed.pathname).toBe('anna@acme.test')
    expect(parsed.searchParams.get('subject')).toBe(subject)
    expect(parsed.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'))
  })

  it('joins several recipients with commas', () => {
    expect(mailtoUrl({ to: ['a@x.test', 'b@x.test'], subject: 's', body: 'b' })).toBe(
      'mailto:a@x.test,b@x.test?subject=s&body=b',
    )
  })
})

describe('emlFile', () => {
  const decodeWords = (header: string) =>
    header
      .replace(/\r\n /g, '')
      .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'))

  const eml = emlFile({
    from: { name: 'Pekka Pm', email: 'pekka@tiger.test' },
    to: { name: 'Мария Иванова', email: 'maria@acme.test' },
    subject: 'Kiitos viikosta – yhteenveto',
    body: 'Hei Anna,\n\nkiitos viikosta! Ääkköset = hyvät.\n- item',
    date: '2026-11-27T14:05:00+02:00',
  })

  it('uses CRLF line endings only and separates headers from the body by a blank line', () => {
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const [head, ...rest] = eml.split('\r\n\r\n')
    expect(head).toContain('MIME-Version: 1.0')
    expect(head).toContain('Content-Type: text/plain; charset=utf-8')
    expect(head).toContain('Content-Transfer-Encoding: quoted-printable')
    expect(head).toContain('Date: Fri, 27 Nov 2026 12:05:00 +0000')
    expect(head).toContain('From: Pekka Pm <pekka@tiger.test>')
    expect(rest.join('\r\n\r\n')).toMatch(
      /^Hei Anna,\r\n\r\nkiitos viikosta! =C3=84=C3=A4kk=C3=B6set =3D hyv=C3=A4t\.\r\n- item\r\n$/,
    )
  })

  it('encodes a non-ASCII subject and display name as RFC 2047 encoded-words', () => {
    const subject = /\r\nSubject: (.*(?:\r\n .*)*)/.exec(eml)?.[1] ?? ''
    expect(subject).toMatch(/^=\?UTF-8\?B\?/)
    expect(decodeWords(subject)).toBe('Kiitos viikosta – yhteenveto')
    const to = /\r\nTo: (.*(?:\r\n .*)*)/.exec(eml)?.[1] ?? ''
    expect(decodeWords(to)).toBe('Мария Иванова <maria@acme.test>')
  })

  it('splits a long Cyrillic subject into encoded-words of at most 75 characters', () => {
    const long = 'Благодарим за седмицата – обобщение (Акме ООД), седмица 48, много неща'
    const message = emlFile({
      from: 'a@x.test',
      to: 'b@x.test',
      subject: long,
      body: 'x',
      date: '2026-11-27T12:00:00Z',
    })
    const subject = /\r\nSubject: (.*(?:\r\n .*)*)/.exec(message)?.[1] ?? ''
    const words = subject.split('\r\n ')
    expect(words.length).toBeGreaterThan(1)
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75)
    expect(decodeWords(subject)).toBe(long)
  })

  it('keeps an ASCII subject readable and refuses a bad date', () => {
    expect(
      emlFile({ from: 'a@x.test', to: 'b@x.test', subject: 'Plan', body: '', date: '2026-11-27T12:00:00Z' }),
    ).toContain('\r\nSubject: Plan\r\n')
    expect(() => emlFile({ from: 'a', to: 'b', subject: 's', body: '', date: 'nope' })).toThrow(RangeError)
  })
})

describe('quotedPrintable', () => {
  it('soft-breaks long lines at 76 characters without splitting an escape', () => {
    const encoded = quotedPrintable('ä'.repeat(60) + ' end ')
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76)
    expect(encoded.endsWith('end=20')).toBe(true)
    const decoded = Buffer.from(
      encoded
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8')
    expect(decoded).toBe('ä'.repeat(60) + ' end ')
  })
})
