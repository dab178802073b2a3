/**
 * Next year's proposal (seed 002: "a concrete proposal: creative examples and a timeline"): the
 * Gantt of the items by month, each item with its months and description, the proposals of the
 * annual review with their status, and the creative examples — each image contained in its box
 * whatever its size (a 6000-pixel photo takes the same box as a thumbnail), two to a row.
 */
import { Image, StyleSheet, Text, View } from '@react-pdf/renderer'
import type { AnnualReportInput } from '@shared/reports/report-input'
import { Section, Subheading } from '../components/Section'
import { capitalize } from '../format'
import { COLORS, CONTENT_WIDTH, SIZES } from '../theme'
import type { ReviewContext } from '../review/context'
import { monthRangeLabel } from '../review/format'
import { ProposalList } from '../review/ProposalsSection'
import { ProposalTimeline } from './ProposalTimeline'

const GAP = 14
const IMAGE_WIDTH = (CONTENT_WIDTH - GAP) / 2
const IMAGE_HEIGHT = 170

const styles = StyleSheet.create({
  intro: { fontSize: SIZES.body, color: COLORS.muted, marginBottom: 10 },
  none: { fontSize: SIZES.body, color: COLORS.muted },
  item: {
    flexDirection: 'row',
    gap: 8,
    paddingVertical: 5,
    borderBottomWidth: 0.4,
    borderBottomColor: COLORS.rule,
  },
  number: { width: 14, fontSize: SIZES.body, fontWeight: 600 },
  itemBody: { flex: 1, gap: 2 },
  itemTitle: { fontSize: SIZES.body, fontWeight: 600, color: COLORS.text },
  itemMonths: { fontSize: SIZES.small, color: COLORS.muted },
  itemText: { fontSize: SIZES.body, color: COLORS.text, lineHeight: 1.45 },
  images: { flexDirection: 'row', flexWrap: 'wrap', columnGap: GAP, rowGap: 12 },
  imageBox: {
    width: IMAGE_WIDTH,
    height: IMAGE_HEIGHT,
    backgroundColor: COLORS.surface,
    borderRadius: 4,
    padding: 6,
  },
  image: { width: '100%', height: '100%', objectFit: 'contain' },
  caption: { fontSize: SIZES.small, color: COLORS.muted, marginTop: 3 },
})

/** The proposal section; without a proposal it says it follows at the annual review. */
export function Proposal({ input, ctx }: { input: AnnualReportInput; ctx: ReviewContext }) {
  const proposal = input.proposal
  const reviewProposals = (input.review?.proposals ?? []).filter((p) => p.text.trim() !== '')
  const items = proposal?.items ?? []
  const images = proposal?.creativeImages ?? []
  return (
    // The plan starts a page of its own; the note that it follows at the review does not need one.
    <Section
      title={ctx.r('annual.proposalTitle')}
      breakBefore={items.length > 0 || images.length > 0}
      presenceAhead={200}
      keepTogether={items.length === 0 && images.length === 0 && reviewProposals.length <= 8}
    >
      {items.length === 0 && images.length === 0 && reviewProposals.length === 0 ? (
        <Text style={styles.none}>{ctx.r('annual.noProposal')}</Text>
      ) : null}
      {items.length > 0 && proposal ? (
        <View>
          <Text style={styles.intro}>{ctx.r('annual.proposalIntro')}</Text>
          <Subheading>{ctx.r('annual.timeline')}</Subheading>
          <ProposalTimeline items={items} from={proposal.from} ctx={ctx} />
          {items.map((item, index) => (
            <View key={index} style={styles.item} wrap={false}>
              <Text style={[styles.number, { color: ctx.accent }]}>{String(index + 1)}</Text>
              <View style={styles.itemBody}>
                <Text style={styles.itemTitle}>{item.title}</Text>
                <Text style={styles.itemMonths}>
                  {capitalize(monthRangeLabel(item.startMonth, item.endMonth, ctx.language), ctx.language)}
                </Text>
                {item.description.trim() !== '' ? (
                  <Text style={styles.itemText}>{item.description.trim()}</Text>
                ) : null}
              </View>
            </View>
          ))}
        </View>
      ) : null}
      {reviewProposals.length > 0 ? (
        <View style={{ marginTop: 12 }}>
          <Subheading>{ctx.r('proposals.title')}</Subheading>
          <ProposalList proposals={reviewProposals} ctx={ctx} />
        </View>
      ) : null}
      {images.length > 0 ? (
        <View style={{ marginTop: 12 }}>
          <Subheading>{ctx.r('annual.creatives')}</Subheading>
          <View style={styles.images}>
            {images.map((src, index) => (
              <View key={index} wrap={false}>
                <View style={styles.imageBox}>
                  <Image src={src} style={styles.image} />
                </View>
                <Text style={styles.caption}>
                  {ctx.r('annual.creativeCaption', { n: String(index + 1) })}
                </Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </Section>
  )
}
