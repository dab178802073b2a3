/** The closing line of a report: when its data was verified, or that it was not (seed 002: verify every number first). */
import { Text, View } from '@react-pdf/renderer'
import { instantDate } from '../format'
import { COLORS, SIZES } from '../theme'
import type { ReportContext } from './context'

/** "Data verified on <date>" — or, for an unverified period, that it is not verified yet. */
export function VerifiedLine({ verifiedAt, ctx }: { verifiedAt: string | null; ctx: ReportContext }) {
  return (
    <View
      style={{ marginTop: 6, paddingTop: 8, borderTopWidth: 0.5, borderTopColor: COLORS.rule }}
      wrap={false}
    >
      <Text style={{ fontSize: SIZES.small, color: verifiedAt ? COLORS.good : COLORS.draft }}>
        {verifiedAt
          ? ctx.t('verified.on', { date: instantDate(verifiedAt, ctx.timezone, ctx.language) })
          : ctx.t('verified.not')}
      </Text>
    </View>
  )
}
