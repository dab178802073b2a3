/** This month's budget alarm level per client, for lists. */
import { useLiveQuery } from 'dexie-react-hooks'
import { budgetBurn, type BudgetLevel } from '@shared/budget'
import { budgetMonthsRepository } from '../../../db/repositories'
import { todayIso } from '../../lib/today'
import { worstLine } from './levels'

/** Client id → the worse of media and work use this month; clients without a budget are absent. */
export function useBudgetLevels(): Map<string, { level: BudgetLevel; share: number | null }> | undefined {
  const today = todayIso()
  return useLiveQuery(async () => {
    const budgets = await budgetMonthsRepository.listForMonth(today.slice(0, 7))
    return new Map(budgets.map((budget) => [budget.clientId, worstLine(budgetBurn(budget, today))]))
  }, [today])
}
