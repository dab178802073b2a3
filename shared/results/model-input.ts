/** What every report model is built from: one client's rows, targets and campaign names. */
import type { CampaignName } from './breakdowns'
import { indexRows, type ResultRow, type ResultsClient, type ResultsIndex } from './rows'
import { indexTargets, type ResultTarget } from './targets'

/** The inputs of a report model; rows and targets of other clients are ignored. */
export type ModelInput = {
  client: ResultsClient
  rows: readonly ResultRow[]
  targets?: readonly ResultTarget[]
  /** Names for the campaign breakdown; campaigns without one are listed by id only. */
  campaigns?: readonly CampaignName[]
}

/** The indexed form of a model input. */
export type ModelContext = {
  input: ModelInput
  index: ResultsIndex
  targets: ReturnType<typeof indexTargets>
}

/** Indexes a model input once. */
export function modelContext(input: ModelInput): ModelContext {
  return {
    input,
    index: indexRows(input.client, input.rows),
    targets: indexTargets(input.targets ?? [], input.client.id),
  }
}
