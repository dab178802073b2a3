/**
 * Results per channel and per campaign, the report's breakdown tables. Policy: a channel is
 * listed when it has standard results in the period or the period before (a channel that
 * stopped shows its fall); `website` rows that carry only client-level custom KPIs are no
 * channel result. A campaign is listed when it has results in the period itself.
 */
import type { Channel } from '../schemas/enums'
import { breakdownDefinitions, campaignTotals, channelTotals, type Totals } from './figures'
import type { MetricDefinition } from './metrics'
import { campaignsIn, channelMonth, channelsIn, IMPORTED_CAMPAIGN_PREFIX, type ResultsIndex } from './rows'

/** A campaign's id and name, to label its breakdown. */
export type CampaignName = { id: string; name: string }

/** Builds one entity's figures from its totals. */
export type FigureBuilder<F> = (definitions: readonly MetricDefinition[], totals: Totals) => F[]

function hasStandardResults(index: ResultsIndex, channel: Channel, months: readonly string[]): boolean {
  return months.some((month) => {
    const values = channelMonth(index, channel, month).values
    return index.bases.some((d) => d.source === 'standard' && values[d.key] != null)
  })
}

/** Figures per channel for the channels active in `months` or `earlierMonths`. */
export function channelBreakdowns<F>(
  index: ResultsIndex,
  months: readonly string[],
  earlierMonths: readonly string[],
  build: FigureBuilder<F>,
): { channel: Channel; figures: F[] }[] {
  const span = [...earlierMonths, ...months]
  const definitions = breakdownDefinitions(index.definitions)
  return channelsIn(index, span)
    .filter((channel) => hasStandardResults(index, channel, span))
    .map((channel) => ({ channel, figures: build(definitions, channelTotals(index, channel)) }))
}

/** Figures per campaign for the campaigns with results in `months`. */
export function campaignBreakdowns<F>(
  index: ResultsIndex,
  months: readonly string[],
  names: readonly CampaignName[],
  build: FigureBuilder<F>,
): { campaignId: string; name: string | null; channels: Channel[]; figures: F[] }[] {
  const definitions = breakdownDefinitions(index.definitions)
  const nameOf = new Map(names.map((c) => [c.id, c.name]))
  return campaignsIn(index, months).map(({ id, channels }) => ({
    campaignId: id,
    name:
      nameOf.get(id) ??
      (id.startsWith(IMPORTED_CAMPAIGN_PREFIX) ? id.slice(IMPORTED_CAMPAIGN_PREFIX.length) : null),
    channels,
    figures: build(definitions, campaignTotals(index, id)),
  }))
}
