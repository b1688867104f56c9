import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { itemSchemaDocument } from './item-schema-document'

describe('content/item.schema.json', () => {
  it('is the schema exported from the TypeBox item schema (run export-schema.ts after changing it)', async () => {
    const committed = JSON.parse(
      await readFile(new URL('../../../../content/item.schema.json', import.meta.url), 'utf8'),
    ) as unknown
    expect(committed).toEqual(itemSchemaDocument())
  })
})
