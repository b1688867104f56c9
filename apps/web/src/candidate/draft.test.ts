import { describe, expect, it } from 'vitest'
import { drafts, emptyDraft } from './draft'

const memoryStorage = () => {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

describe('question drafts', () => {
  it('gives back what was chosen and typed for the same question, and nothing for another', () => {
    const storage = memoryStorage()
    const store = drafts(storage)
    store.write('t1', 5, 'item-a', { choice: 'c2', choices: [], text: '' })
    store.write('t1', 6, 'item-b', { choice: null, choices: ['x', 'y'], text: 'réponse' })
    expect(store.read('t1', 5, 'item-a')).toEqual({ choice: 'c2', choices: [], text: '' })
    expect(store.read('t1', 6, 'item-b')).toEqual({ choice: null, choices: ['x', 'y'], text: 'réponse' })
    // A neutralised question's replacement has the same number but another item: it starts empty.
    expect(store.read('t1', 5, 'item-c')).toEqual(emptyDraft)
    expect(store.read('t2', 5, 'item-a')).toEqual(emptyDraft)
  })

  it('forgets a question once answered, and an emptied draft', () => {
    const storage = memoryStorage()
    const store = drafts(storage)
    store.write('t1', 5, 'item-a', { choice: 'c2', choices: [], text: '' })
    store.clear('t1', 5, 'item-a')
    expect(store.read('t1', 5, 'item-a')).toEqual(emptyDraft)
    store.write('t1', 6, 'item-b', { choice: null, choices: [], text: 'x' })
    store.write('t1', 6, 'item-b', emptyDraft)
    expect(storage.items.size).toBe(0)
  })

  it('reads a damaged or foreign value as no draft, and works without storage', () => {
    const storage = memoryStorage()
    storage.setItem('vigie.draft.t1.5.item-a', '{not json')
    storage.setItem('vigie.draft.t1.6.item-b', JSON.stringify({ choice: 3, choices: 'x', text: null }))
    const store = drafts(storage)
    expect(store.read('t1', 5, 'item-a')).toEqual(emptyDraft)
    expect(store.read('t1', 6, 'item-b')).toEqual(emptyDraft)
    const none = drafts(null)
    none.write('t1', 5, 'item-a', { choice: 'c', choices: [], text: '' })
    expect(none.read('t1', 5, 'item-a')).toEqual(emptyDraft)
  })

  it('keeps the page working when storage refuses to write', () => {
    const store = drafts({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => {},
    })
    expect(() => store.write('t1', 5, 'item-a', { choice: 'c', choices: [], text: '' })).not.toThrow()
  })
})
