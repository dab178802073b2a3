/** This month's budget alarm level per client, for lists. */
import { useLiveQuery } from 'dexie-react-hooks'
import { budgetBurn, type BudgetLevel } from '@shared/budget'
import { budgetMonthsRepository } from '../../../db/repositories'
import { todayIso } from '../../lib/today'
import { burnLevel } from './levels'

/** Client id → the worse of media and work level this month; clients without a budget are absent. */
export function useBudgetLevels(): Map<string, BudgetLevel> | undefined {
  const today = todayIso()
  return useLiveQuery(async () => {
    const budgets = await budgetMonthsRepository.listForMonth(today.slice(0, 7))
    return new Map(budgets.map((budget) => [budget.clientId, burnLevel(budgetBurn(budget, today))]))
  }, [today])
}
