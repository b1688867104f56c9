/**
 * Chooses the next question of an adaptive test.
 *
 * Content rules (hard): never an item already served (neutralised ones included) nor another
 * item of a skill already served, never the competence of the previous question, only
 * `accessible` items for a candidate with an accessibility adjustment, and every competence
 * measured once before any is measured twice.
 *
 * Competence order: the first pass walks the competences in an order drawn at random for each
 * candidate, and each question is the best item of the competence whose turn it is. Everyone
 * starts at the same estimate, 0: with a fixed order, or with the best item of the whole bank,
 * the first question would be the same item for half of the candidates. After the first pass
 * any competence but the previous one may come: keeping two per competence measured no better
 * and exposed items more once the exposure control below is in place (bench/ENGINE.md).
 *
 * Exposure control: each candidate also has items withheld by the Sympson–Hetter draw (see
 * exposure-control.ts). They are skipped while the content rules allow anything else.
 *
 * Measurement: the allowed items are ranked by Fisher information at the current ability and
 * one of the best five is drawn with weights .51/.25/.12/.06/.06, so that neighbours do not see
 * the same test.
 */
import { fisherInformation } from './irt'
import type { Bank } from './item-format'
import { drawWeightedIndex, type RandomDraw } from './random'

/** The fields of an item that selection needs, flattened once per bank. */
export interface PoolItem {
  readonly id: string
  readonly competence: string
  readonly skill: string
  readonly accessible: boolean
  readonly a: number
  readonly b: number
}

export interface ItemPool {
  readonly competences: readonly string[]
  readonly items: readonly PoolItem[]
  readonly byId: ReadonlyMap<string, PoolItem>
  /**
   * Positions in `items` and `competences`, and each item's skill and competence as small
   * integers: an exposure calibration runs selection tens of thousands of times.
   */
  readonly itemNumber: ReadonlyMap<string, number>
  readonly competenceNumber: ReadonlyMap<string, number>
  readonly skillOfItem: Int32Array
  readonly competenceOfItem: Int32Array
}

export function buildItemPool(bank: Bank): ItemPool {
  const items = bank.items.map((item) => ({
    id: item.id,
    competence: item.competence,
    skill: item.skill,
    accessible: item.accessible,
    a: item.irt.a,
    b: item.irt.b,
  }))
  const competences = bank.manifest.competences.map((competence) => competence.code)
  const competenceNumber = new Map(competences.map((code, index) => [code, index]))
  const skillNumber = new Map(
    [...new Set(items.map((item) => item.skill))].map((skill, index) => [skill, index]),
  )
  return {
    competences,
    items,
    byId: new Map(items.map((item) => [item.id, item])),
    itemNumber: new Map(items.map((item, index) => [item.id, index])),
    competenceNumber,
    skillOfItem: Int32Array.from(items, (item) => skillNumber.get(item.skill) ?? -1),
    competenceOfItem: Int32Array.from(items, (item) => competenceNumber.get(item.competence) ?? -1),
  }
}

export const TOP_CANDIDATE_WEIGHTS: readonly number[] = [0.51, 0.25, 0.12, 0.06, 0.06]

export interface ContentRulesInput {
  /** Every item served so far, in order, neutralised ones included. */
  readonly servedItemIds: readonly string[]
  /** Served items whose answer counts (answered, not neutralised): they cover their competence. */
  readonly countedItemIds: readonly string[]
  readonly accessibleOnly: boolean
  /** This candidate's order for the first pass over the competences. */
  readonly competenceOrder: readonly string[]
  /** Items the exposure control keeps from this candidate unless nothing else is allowed. */
  readonly withheldItemIds: ReadonlySet<string>
}

export interface SelectionInput extends ContentRulesInput {
  readonly ability: number
  readonly seed: number
}

/** The items the content rules allow as the next question; empty when nothing can be served. */
export function itemsAllowedNow(pool: ItemPool, input: ContentRulesInput): PoolItem[] {
  const itemCount = pool.items.length
  const served = new Uint8Array(itemCount)
  const usedSkills = new Uint8Array(itemCount)
  let lastCompetence = -1
  for (const id of input.servedItemIds) {
    const index = pool.itemNumber.get(id)
    if (index === undefined) continue
    served[index] = 1
    usedSkills[pool.skillOfItem[index] as number] = 1
    lastCompetence = pool.competenceOfItem[index] as number
  }
  const covered = new Uint8Array(pool.competences.length)
  for (const id of input.countedItemIds) {
    const index = pool.itemNumber.get(id)
    if (index !== undefined) covered[pool.competenceOfItem[index] as number] = 1
  }

  const eligible = new Uint8Array(itemCount)
  const hasEligible = new Uint8Array(pool.competences.length)
  for (let index = 0; index < itemCount; index++) {
    const competence = pool.competenceOfItem[index] as number
    if (
      served[index] === 0 &&
      usedSkills[pool.skillOfItem[index] as number] === 0 &&
      competence !== lastCompetence &&
      (!input.accessibleOnly || pool.items[index]?.accessible)
    ) {
      eligible[index] = 1
      hasEligible[competence] = 1
    }
  }
  let onTurn = -1
  for (const code of input.competenceOrder) {
    const competence = pool.competenceNumber.get(code) ?? -1
    if (covered[competence] === 0 && hasEligible[competence] === 1) {
      onTurn = competence
      break
    }
  }

  const allowed: PoolItem[] = []
  const withheld: PoolItem[] = []
  for (let index = 0; index < itemCount; index++) {
    if (eligible[index] === 0 || (onTurn !== -1 && pool.competenceOfItem[index] !== onTurn)) continue
    const item = pool.items[index] as PoolItem
    if (input.withheldItemIds.has(item.id)) withheld.push(item)
    else allowed.push(item)
  }
  return allowed.length > 0 ? allowed : withheld
}

export interface RankedItem {
  readonly item: PoolItem
  readonly information: number
  /** The chance that this item is the one drawn. */
  readonly probability: number
}

/** The best five allowed items, most informative first, with their chances of being drawn. */
export function rankCandidates(pool: ItemPool, input: Omit<SelectionInput, 'seed'>): RankedItem[] {
  // Kept sorted by insertion: cheaper than sorting every allowed item.
  const best: Array<{ item: PoolItem; information: number }> = []
  for (const item of itemsAllowedNow(pool, input)) {
    const information = fisherInformation(input.ability, item)
    if (
      best.length === TOP_CANDIDATE_WEIGHTS.length &&
      information <= (best[best.length - 1]?.information ?? 0)
    ) {
      continue
    }
    let position = best.length
    while (position > 0 && (best[position - 1]?.information ?? 0) < information) position--
    best.splice(position, 0, { item, information })
    if (best.length > TOP_CANDIDATE_WEIGHTS.length) best.pop()
  }
  const weights = TOP_CANDIDATE_WEIGHTS.slice(0, best.length)
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  return best.map((candidate, rank) => ({ ...candidate, probability: (weights[rank] as number) / total }))
}

/** The next item, or `undefined` when the content rules leave nothing to serve. */
export function selectNextItem(pool: ItemPool, input: SelectionInput): RandomDraw<PoolItem> | undefined {
  const ranked = rankCandidates(pool, input)
  if (ranked.length === 0) return undefined
  const draw = drawWeightedIndex(
    input.seed,
    ranked.map((candidate) => candidate.probability),
  )
  return { value: (ranked[draw.value] as RankedItem).item, seed: draw.seed }
}
