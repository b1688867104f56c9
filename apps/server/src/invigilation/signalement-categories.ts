import type { SignalementCategory } from '@vigie/contract'
import type { Item } from '../evaluation/item-format'

const LINK = /https?:\/\//

/**
 * The categories that can explain a problem with this question for this candidate: an image
 * problem only where there is an image, and so on (DESIGN.md, "Signalements").
 */
export function applicableCategories(item: Item, extraTimePercentage: number): SignalementCategory[] {
  const statementHasLink = LINK.test(item.statement.fr) || LINK.test(item.statement.en ?? '')
  const visitsASite = statementHasLink || Boolean(item.embed)
  const applies: Record<SignalementCategory, boolean> = {
    E1: Boolean(item.image),
    E2: Boolean(item.embed),
    E3: Boolean(item.attachment),
    E4: visitsASite,
    E5: visitsASite,
    E8: extraTimePercentage > 0,
    E9: Boolean(item.attachment),
    E10: item.focus,
    E11: true,
    E12: true,
  }
  return (Object.keys(applies) as SignalementCategory[]).filter((code) => applies[code])
}
