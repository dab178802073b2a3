/**
 * Proposals (seed 002: each review proposes what comes next): the proposals of the review meeting,
 * each marked agreed or for the client's decision, and the commentary's next steps. Without
 * either, the section says the proposals follow at the review meeting.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReviewProposal } from '@shared/reports/review-parts'
import { BulletList } from '../components/TextBlocks'
import { Section, Subheading } from '../components/Section'
import { COLORS, SIZES, tint } from '../theme'
import type { ReviewContext } from './context'

const styles = StyleSheet.create({
  intro: { fontSize: SIZES.small, color: COLORS.muted, marginBottom: 8 },
  proposal: {
    flexDirection: 'row',
    alignItems: 'flex-start',
    borderBottomWidth: 0.4,
    borderBottomColor: COLORS.rule,
    paddingVertical: 5,
    gap: 8,
  },
  number: { width: 14, fontSize: SIZES.body, fontWeight: 600 },
  text: { flex: 1, fontSize: SIZES.body, color: COLORS.text, lineHeight: 1.45 },
  status: {
    fontSize: SIZES.tiny,
    fontWeight: 600,
    paddingHorizontal: 5,
    paddingVertical: 2,
    borderRadius: 3,
  },
  none: { fontSize: SIZES.small, color: COLORS.faint },
})

/** The review's proposals, numbered, with their status. */
export function ProposalList({
  proposals,
  ctx,
}: {
  proposals: readonly ReviewProposal[]
  ctx: ReviewContext
}) {
  return (
    <View style={{ marginBottom: 10 }}>
      {proposals.map((proposal, index) => (
        <View key={index} style={styles.proposal} wrap={false}>
          <Text style={[styles.number, { color: ctx.accent }]}>{String(index + 1)}</Text>
          <Text style={styles.text}>{proposal.text}</Text>
          <Text
            style={[
              styles.status,
              proposal.accepted
                ? { color: COLORS.good, backgroundColor: tint(COLORS.good, 0.88) }
                : { color: COLORS.muted, backgroundColor: COLORS.surface },
            ]}
          >
            {ctx.r(proposal.accepted ? 'proposals.accepted' : 'proposals.open')}
          </Text>
        </View>
      ))}
    </View>
  )
}

/** The quarterly report's proposals. */
export function ProposalsSection({
  proposals,
  nextSteps,
  ctx,
}: {
  proposals: readonly ReviewProposal[]
  nextSteps: readonly string[]
  ctx: ReviewContext
}) {
  const written = proposals.filter((p) => p.text.trim() !== '')
  return (
    <Section title={ctx.r('proposals.title')} presenceAhead={100}>
      {written.length === 0 && nextSteps.length === 0 ? (
        <Text style={styles.none}>{ctx.r('proposals.none')}</Text>
      ) : null}
      {written.length > 0 ? (
        <View>
          <Text style={styles.intro}>{ctx.r('proposals.intro')}</Text>
          <ProposalList proposals={written} ctx={ctx} />
        </View>
      ) : null}
      {nextSteps.length > 0 ? (
        <View>
          <Subheading>{ctx.r('proposals.nextSteps')}</Subheading>
          <BulletList items={nextSteps} color={ctx.accent} />
        </View>
      ) : null}
    </Section>
  )
}
