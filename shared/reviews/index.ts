/** Review meetings (seed 002): the period a review looks back on, its agenda, and its results. */
export { AGENDA_ITEMS, type AgendaTopic } from './agenda'
export {
  isReviewKind,
  nearestReviewPeriod,
  reviewPeriodOfKey,
  type ReviewKind,
  type ReviewPeriod,
} from './periods'
export {
  monthsOfPeriod,
  reviewResults,
  type BudgetResultMonth,
  type CommunicationResults,
  type ReviewResults,
  type ReviewResultsInput,
} from './results'
