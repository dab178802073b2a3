/**
 * The cover of a report: the agency's logo, the client's logo and name, what the report is and
 * for which period, who prepared it when, and whether its data was verified (or that it is a
 * draft). Logos of any size are contained in their boxes.
 */
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer'
import { COLORS, FONT, PAGE, SIZES, tint } from '../theme'
import type { ReportContext } from './context'
import { DraftWatermark } from './PageFrame'
import { Logo } from './Logo'

const styles = StyleSheet.create({
  page: { fontFamily: FONT, color: COLORS.text, padding: 0 },
  band: { position: 'absolute', top: 0, left: 0, width: 10, height: PAGE.height },
  top: {
    marginTop: 48,
    marginHorizontal: 56,
    height: 40,
    flexDirection: 'row',
    alignItems: 'center',
    justifyContent: 'space-between',
  },
  agencyName: { fontSize: SIZES.lead, fontWeight: 600, color: COLORS.text },
  main: { position: 'absolute', top: 250, left: 56, right: 56 },
  clientLogo: { marginBottom: 28 },
  kind: {
    fontSize: SIZES.lead,
    fontWeight: 600,
    letterSpacing: 0.6,
    textTransform: 'uppercase',
    marginBottom: 10,
  },
  client: { fontSize: SIZES.display, fontWeight: 700, lineHeight: 1.15, color: COLORS.text },
  period: { fontSize: SIZES.h1, color: COLORS.muted, marginTop: 10 },
  bottom: {
    position: 'absolute',
    bottom: 48,
    left: 56,
    right: 56,
    borderTopWidth: 0.5,
    borderTopColor: COLORS.rule,
    paddingTop: 12,
    gap: 3,
  },
  meta: { fontSize: SIZES.body, color: COLORS.muted },
  verified: { fontSize: SIZES.body, color: COLORS.good },
  draft: { fontSize: SIZES.body, color: COLORS.draft, fontWeight: 600 },
})

/** What the cover shows. */
export type CoverInfo = {
  kindLabel: string
  clientName: string
  clientLogo: string | null
  agencyName: string
  agencyLogo: string | null
  periodLabel: string
  preparedOn: string
  /** "Data verified on …", or null when not verified. */
  verifiedLine: string | null
  draft: boolean
}

/** The cover page. */
export function Cover({ cover, ctx }: { cover: CoverInfo; ctx: ReportContext }) {
  return (
    <Page size="A4" style={styles.page}>
      {cover.draft ? <DraftWatermark ctx={ctx} /> : null}
      <View style={[styles.band, { backgroundColor: ctx.accent }]} />
      <View style={[styles.band, { left: 10, width: 4, backgroundColor: tint(ctx.accent, 0.7) }]} />
      <View style={styles.top}>
        {cover.agencyLogo ? (
          <Logo src={cover.agencyLogo} width={140} height={40} />
        ) : (
          <Text style={styles.agencyName}>{cover.agencyName}</Text>
        )}
      </View>
      <View style={styles.main}>
        {cover.clientLogo ? (
          <View style={styles.clientLogo}>
            <Logo src={cover.clientLogo} width={180} height={72} />
          </View>
        ) : null}
        <Text style={[styles.kind, { color: ctx.accent }]}>{cover.kindLabel}</Text>
        <Text style={styles.client}>{cover.clientName}</Text>
        <Text style={styles.period}>{cover.periodLabel}</Text>
      </View>
      <View style={styles.bottom}>
        <Text style={styles.meta}>
          {`${ctx.t('cover.preparedBy', { agency: cover.agencyName })} · ${ctx.t('cover.preparedOn', { date: cover.preparedOn })}`}
        </Text>
        {cover.verifiedLine ? (
          <Text style={styles.verified}>{cover.verifiedLine}</Text>
        ) : (
          <Text style={cover.draft ? styles.draft : styles.meta}>
            {cover.draft ? ctx.t('frame.draftNote') : ctx.t('verified.not')}
          </Text>
        )}
      </View>
    </Page>
  )
}
