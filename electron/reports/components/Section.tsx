/**
 * A titled section. The title never ends a page alone: it asks for room for the first lines of
 * what follows (react-pdf's minPresenceAhead), else it moves to the next page with them.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import { COLORS, SIZES } from '../theme'

const styles = StyleSheet.create({
  section: { marginBottom: 18 },
  titleRow: {
    flexDirection: 'row',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    marginBottom: 8,
  },
  title: { fontSize: SIZES.h2, fontWeight: 600, color: COLORS.text },
  subtitle: { fontSize: SIZES.h3, fontWeight: 600, color: COLORS.text, marginBottom: 5 },
})

/** A section with a title and, on the right of it, an optional legend or note. */
export function Section({
  title,
  right,
  children,
  breakBefore = false,
  presenceAhead = 80,
  keepTogether = false,
}: {
  title: string
  right?: ReactNode
  children: ReactNode
  breakBefore?: boolean
  /** Room (points) the title wants for what follows on its page. */
  presenceAhead?: number
  /** Keep the whole section on one page (short sections: tiles, charts, small tables). */
  keepTogether?: boolean
}) {
  return (
    <View style={styles.section} break={breakBefore} wrap={!keepTogether}>
      {/* react-pdf moves a title on (minPresenceAhead) only when something precedes it in its parent. */}
      <View style={{ height: 0 }} />
      <View style={styles.titleRow} minPresenceAhead={presenceAhead}>
        <Text style={styles.title}>{title}</Text>
        {right ?? null}
      </View>
      {children}
    </View>
  )
}

/** A smaller heading inside a section. */
export function Subheading({ children }: { children: string }) {
  return (
    <Text style={styles.subtitle} minPresenceAhead={40}>
      {children}
    </Text>
  )
}
