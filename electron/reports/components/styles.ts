/** Text styles shared by the sections. */
import { StyleSheet } from '@react-pdf/renderer'
import { COLORS, FONT, SIZES } from '../theme'

/** Base text styles. */
export const text = StyleSheet.create({
  body: { fontFamily: FONT, fontSize: SIZES.body, color: COLORS.text, lineHeight: 1.45 },
  small: { fontFamily: FONT, fontSize: SIZES.small, color: COLORS.muted, lineHeight: 1.35 },
  tiny: { fontFamily: FONT, fontSize: SIZES.tiny, color: COLORS.faint },
  strong: { fontWeight: 600 },
  muted: { color: COLORS.muted },
  h2: { fontFamily: FONT, fontSize: SIZES.h2, fontWeight: 600, color: COLORS.text },
  h3: { fontFamily: FONT, fontSize: SIZES.h3, fontWeight: 600, color: COLORS.text },
  numeric: { textAlign: 'right' },
})
