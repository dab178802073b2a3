/**
 * Policy "No brief, no project" (seeds 001, 003; PRODUCT.md "Production and briefs"): a campaign
 * does not go into production, or any later lean-loop stage, until its brief is approved and every
 * open question has an answer. Work started on an unclear brief is the agency's most expensive
 * kind of rework, so the gate is enforced in shared logic that the board, the store and any import
 * all call, rather than in one screen.
 *
 * A brief may only be approved once it is clear: goal, business logic, audience, KPIs with
 * targets, budget, deadline, deliverables and channels filled in, and no question left open.
 */
import type { Brief, BriefInput } from './schemas/brief'
import type { LeanStage } from './schemas/enums'

/** Lean-loop stages a campaign may enter only with an approved brief without open questions. */
export const GATED_STAGES = [
  'in-production',
  'live',
  'testing',
  'learned',
] as const satisfies readonly LeanStage[]

/** A stage behind the brief gate. */
export type GatedStage = (typeof GATED_STAGES)[number]

/** Why a campaign may not enter a gated stage. */
export type StageGateReason = 'no-brief' | 'brief-not-approved' | 'open-questions'

/** The gate's answer; `openQuestions` lists the unanswered questions' texts when there are any. */
export type StageGateResult = { ok: true } | { ok: false; reason: StageGateReason; openQuestions?: string[] }

/** Parts of a brief that must be filled in before it can be approved. */
export const BRIEF_REQUIRED_FIELDS = [
  'goal',
  'businessLogic',
  'audience',
  'kpis',
  'budget',
  'deadline',
  'deliverables',
  'channels',
] as const

/** A required part of a brief. */
export type BriefRequiredField = (typeof BRIEF_REQUIRED_FIELDS)[number]

/** How far a brief is from clear: what is missing and how many questions are still open. */
export type BriefReadiness = {
  missing: BriefRequiredField[]
  openQuestions: number
  /** True when nothing is missing and no question is open. */
  clear: boolean
}

/** Whether a brief may be approved; when not, the missing fields and the open questions' texts. */
export type BriefApprovalResult =
  { ok: true } | { ok: false; missing: BriefRequiredField[]; openQuestions: string[] }

type BriefLike = Brief | BriefInput

/** True when the stage is behind the brief gate. */
export function isGatedStage(stage: LeanStage): stage is GatedStage {
  return (GATED_STAGES as readonly LeanStage[]).includes(stage)
}

/** Texts of the brief's questions whose answer is null or blank. */
export function unansweredQuestions(brief: BriefLike): string[] {
  return brief.openQuestions.filter((q) => isBlank(q.answer)).map((q) => q.question)
}

/**
 * Whether a campaign may enter `stage` given its brief. Stages before production (idea, planned)
 * are always allowed, so moving a campaign back is never blocked. A soft-deleted brief counts as
 * no brief.
 */
export function canEnterStage(stage: LeanStage, brief: BriefLike | null | undefined): StageGateResult {
  if (!isGatedStage(stage)) return { ok: true }
  if (brief == null || isDeleted(brief)) return { ok: false, reason: 'no-brief' }
  const open = unansweredQuestions(brief)
  if (brief.status !== 'approved') {
    return open.length > 0
      ? { ok: false, reason: 'brief-not-approved', openQuestions: open }
      : { ok: false, reason: 'brief-not-approved' }
  }
  // An approved brief can gain a question later (the client changes their mind); the gate
  // re-checks instead of trusting the status alone.
  if (open.length > 0) return { ok: false, reason: 'open-questions', openQuestions: open }
  return { ok: true }
}

/**
 * What a brief still lacks. KPIs count as missing when there is none or any KPI has no target
 * ("KPIs with targets"); deliverables when none is non-blank. Materials are not required: many
 * campaigns need none from the client. A zero budget is a stated budget (organic work).
 */
export function briefReadiness(brief: BriefLike): BriefReadiness {
  const missing: BriefRequiredField[] = []
  const checks: Record<BriefRequiredField, boolean> = {
    goal: isBlank(brief.goal),
    businessLogic: isBlank(brief.businessLogic),
    audience: isBlank(brief.audience),
    kpis: brief.kpis.length === 0 || brief.kpis.some((kpi) => kpi.target === null),
    budget: brief.budget === null,
    deadline: brief.deadline === null || isBlank(brief.deadline),
    deliverables: !brief.deliverables.some((d) => !isBlank(d)),
    channels: brief.channels.length === 0,
  }
  for (const field of BRIEF_REQUIRED_FIELDS) if (checks[field]) missing.push(field)
  const openQuestions = unansweredQuestions(brief).length
  return { missing, openQuestions, clear: missing.length === 0 && openQuestions === 0 }
}

/** Whether a brief may be approved: refused while a required field is missing or a question is open. */
export function canApproveBrief(brief: BriefLike): BriefApprovalResult {
  const { missing } = briefReadiness(brief)
  const openQuestions = unansweredQuestions(brief)
  if (missing.length === 0 && openQuestions.length === 0) return { ok: true }
  return { ok: false, missing, openQuestions }
}

function isBlank(text: string | null): boolean {
  return text === null || text.trim() === ''
}

function isDeleted(brief: BriefLike): boolean {
  return 'deletedAt' in brief && brief.deletedAt !== null
}
