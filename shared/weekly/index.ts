/**
 * The internal client weekly (seed 000; PRODUCT.md "Week"): which week and day it is held, the
 * clients on it, each card's prefill from the data, and the client summary distilled from a card.
 */
export { addDays, weeklyWeek, type WeeklyWeek } from './week'
export {
  CARD_SECTIONS,
  cardState,
  hasCardContent,
  previousWeekly,
  weeklyClients,
  type CardSection,
  type CardState,
  type WeeklyClient,
} from './cards'
export {
  FIRST_WEEKLY_LOOKBACK_DAYS,
  prefillWeeklyCard,
  UPCOMING_DAYS,
  type AssigneePlan,
  type DoneTask,
  type Learning,
  type LoopMove,
  type PlannedTask,
  type PrefillCampaign,
  type PrefillExperiment,
  type PrefillTask,
  type Upcoming,
  type WeeklyPrefill,
  type WeeklyPrefillInput,
} from './prefill'
export {
  distillClientSummary,
  LOOP_MARK,
  sectionPoints,
  SUMMARY_POINTS,
  type CampaignNews,
  type ClientSummaryPoints,
  type DistillInput,
  type SummaryPoint,
} from './distill'
