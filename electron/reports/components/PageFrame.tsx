/**
 * A content page: a quiet running header (agency, report title, the "Draft" mark), the content
 * flowing over as many pages as it needs, and a footer with the client and period on the left and
 * "Page X of Y" on the right; above the footer of the last page, the closing line saying when the
 * data was verified. It sits in the bottom margin, so it never needs a page of its own. A draft also
 * carries a faint diagonal "Draft" across every page, sized to fit its word on one line.
 */
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import { COLORS, FONT, PAGE, SIZES } from '../theme'
import type { ReportContext } from './context'
import { Logo } from './Logo'

/** The box the diagonal "Draft" is centred in, in points. */
const WATERMARK_WIDTH = 700

const styles = StyleSheet.create({
  page: {
    fontFamily: FONT,
    fontSize: SIZES.body,
    color: COLORS.text,
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingHorizontal: PAGE.marginX,
  },
  header: {
    position: 'absolute',
    top: 22,
    left: PAGE.marginX,
    right: PAGE.marginX,
    height: 18,
    flexDirection: 'row',
    alignItems: 'center',
    justifyContent: 'space-between',
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.rule,
    paddingBottom: 6,
  },
  headerLeft: { flexDirection: 'row', alignItems: 'center', gap: 6 },
  headerText: { fontSize: SIZES.small, color: COLORS.muted },
  headerTitle: { fontSize: SIZES.small, color: COLORS.text, fontWeight: 600 },
  draftPill: {
    fontSize: SIZES.tiny,
    fontWeight: 700,
    color: COLORS.white,
    backgroundColor: COLORS.draft,
    paddingHorizontal: 5,
    paddingVertical: 1.5,
    borderRadius: 3,
    marginLeft: 8,
    textTransform: 'uppercase',
  },
  footer: {
    position: 'absolute',
    bottom: 22,
    left: PAGE.marginX,
    right: PAGE.marginX,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderTopWidth: 0.5,
    borderTopColor: COLORS.rule,
    paddingTop: 6,
  },
  footerText: { fontSize: SIZES.small, color: COLORS.muted },
  closing: {
    position: 'absolute',
    bottom: 40,
    left: PAGE.marginX,
    right: PAGE.marginX,
    fontSize: SIZES.small,
  },
  watermark: {
    position: 'absolute',
    top: PAGE.height / 2 - 40,
    // Wider than the page: the word runs along the diagonal, which is longer.
    left: (PAGE.width - WATERMARK_WIDTH) / 2,
    width: WATERMARK_WIDTH,
    textAlign: 'center',
    fontSize: 84,
    fontWeight: 700,
    color: COLORS.draft,
    opacity: 0.07,
    transform: 'rotate(-32deg)',
    textTransform: 'uppercase',
  },
})

/** What the frame prints around the content. */
export type FrameInfo = {
  /** The report's title in the header ("Monthly report"). */
  title: string
  clientName: string
  agencyName: string
  agencyLogo: string | null
  /** The period as the footer prints it ("October 2026"). */
  periodLabel: string
  draft: boolean
  /** The closing line of the last page ("Data verified on …"), or null for none. */
  closing?: { text: string; verified: boolean } | null
}

/** The running header of content pages. */
function Header({ frame, ctx }: { frame: FrameInfo; ctx: ReportContext }) {
  return (
    <View style={styles.header} fixed>
      <View style={styles.headerLeft}>
        {frame.agencyLogo ? (
          <Logo src={frame.agencyLogo} width={48} height={14} />
        ) : (
          <Text style={styles.headerText}>{frame.agencyName}</Text>
        )}
      </View>
      <View style={styles.headerLeft}>
        <Text style={styles.headerTitle}>{frame.title}</Text>
        <Text style={styles.headerText}>{` · ${frame.clientName}`}</Text>
        {frame.draft ? <Text style={styles.draftPill}>{ctx.t('frame.draft')}</Text> : null}
      </View>
    </View>
  )
}

/** The footer: client and period, and the page number of the whole document. */
export function Footer({ frame, ctx }: { frame: FrameInfo; ctx: ReportContext }) {
  return (
    <View style={styles.footer} fixed>
      <Text style={styles.footerText}>{`${frame.clientName} · ${frame.periodLabel}`}</Text>
      <Text
        style={styles.footerText}
        render={({ pageNumber, totalPages }) =>
          ctx.t('frame.page', { page: String(pageNumber), total: String(totalPages) })
        }
      />
    </View>
  )
}

/** The closing line, printed on the last page only. */
function Closing({ closing }: { closing: NonNullable<FrameInfo['closing']> }) {
  return (
    <Text
      style={[styles.closing, { color: closing.verified ? COLORS.good : COLORS.draft }]}
      fixed
      render={({ pageNumber, totalPages }) => (pageNumber === totalPages ? closing.text : '')}
    />
  )
}

/** The watermark's size: as large as fits its word across the page ("Wersja robocza" is long). */
function watermarkSize(word: string): number {
  return Math.min(84, Math.floor((WATERMARK_WIDTH * 0.9) / (Math.max(word.length, 1) * 0.7)))
}

/** The faint diagonal "Draft" of a draft's pages. */
export function DraftWatermark({ ctx }: { ctx: ReportContext }) {
  const word = ctx.t('frame.draft')
  return (
    <Text style={[styles.watermark, { fontSize: watermarkSize(word) }]} fixed>
      {word}
    </Text>
  )
}

/** Pages of flowing content inside the frame. */
export function ContentPages({
  frame,
  ctx,
  children,
}: {
  frame: FrameInfo
  ctx: ReportContext
  children: ReactNode
}) {
  return (
    <Page size="A4" style={styles.page} wrap>
      {frame.draft ? <DraftWatermark ctx={ctx} /> : null}
      <Header frame={frame} ctx={ctx} />
      {children}
      {frame.closing ? <Closing closing={frame.closing} /> : null}
      <Footer frame={frame} ctx={ctx} />
    </Page>
  )
}
