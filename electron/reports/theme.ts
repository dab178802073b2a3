/**
 * The look of every report: a calm, dense A4 layout (think a good analytics report, not a slide
 * deck) — one type family in a few sizes, grey text levels, hairline rules, and one accent
 * colour taken from the agency's branding when it reads well on white.
 */
import { REPORT_FONT_FAMILY } from './fonts'

/** Colours shared by the documents. */
export const COLORS = {
  text: '#1d2330',
  muted: '#5f6775',
  faint: '#8a919c',
  rule: '#e2e5ea',
  surface: '#f5f6f8',
  good: '#0c7a5a',
  bad: '#c0392b',
  neutral: '#5f6775',
  lastYear: '#a3a9b3',
  draft: '#c0392b',
  warning: '#b7791f',
  white: '#ffffff',
} as const

/** Used when a brand colour is too light to read as text or a line on white. */
export const DEFAULT_ACCENT = '#3b5bdb'

/** Type sizes in points. */
export const SIZES = {
  tiny: 6.5,
  small: 7.5,
  body: 9,
  lead: 10.5,
  h3: 9.5,
  h2: 13,
  h1: 20,
  display: 30,
} as const

/** The page geometry in points (A4 is 595 × 842). */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginX: 40,
  marginTop: 58,
  marginBottom: 54,
} as const

/** The width content may take. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX

/** The font family of every text. */
export const FONT = REPORT_FONT_FAMILY

function channel(hex: string, at: number): number {
  const value = parseInt(hex.slice(at, at + 2), 16) / 255
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5)
}

/** The brand colour when it contrasts at least 3:1 with white (lines, headings), else the default accent. */
export function readableAccent(hex: string | null | undefined): string {
  if (!hex || !/^#[0-9a-fA-F]{6}$/.test(hex)) return DEFAULT_ACCENT
  return 1.05 / (luminance(hex) + 0.05) >= 3 ? hex : DEFAULT_ACCENT
}

/** A tint of a colour towards white (0: the colour, 1: white). */
export function tint(hex: string, amount: number): string {
  const mix = (at: number) => {
    const value = parseInt(hex.slice(at, at + 2), 16)
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${mix(1)}${mix(3)}${mix(5)}`
}
