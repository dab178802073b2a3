/**
 * A titled section. The title never ends a page alone: a short section is kept whole, a long one
 * keeps its title with its `lead` (its first block) on one page, and otherwise the title asks for
 * room for what follows (react-pdf's minPresenceAhead, which does not see a block that cannot
 * split — hence the lead).
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
  lead,
}: {
  title: string
  right?: ReactNode
  children?: ReactNode
  breakBefore?: boolean
  /** Room (points) the title wants for what follows on its page. */
  presenceAhead?: number
  /** Keep the whole section on one page (short sections: tiles, charts, small tables). */
  keepTogether?: boolean
  /** The first block, kept on the title's page. */
  lead?: ReactNode
}) {
  const titleRow = (
    <View style={styles.titleRow} minPresenceAhead={presenceAhead}>
      <Text style={styles.title}>{title}</Text>
      {right ?? null}
    </View>
  )
  return (
    <View style={styles.section} break={breakBefore} wrap={!keepTogether}>
      {/* react-pdf moves a title on (minPresenceAhead) only when something precedes it in its parent. */}
      <View style={{ height: 0 }} />
      {lead ? (
        <View wrap={false}>
          {titleRow}
          {lead}
        </View>
      ) : (
        titleRow
      )}
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
