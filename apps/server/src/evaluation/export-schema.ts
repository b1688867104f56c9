/**
 * Writes content/item.schema.json from the TypeBox item schema:
 *   npx tsx apps/server/src/evaluation/export-schema.ts
 * A unit test fails when the committed file no longer matches.
 */
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { itemSchemaDocument } from './item-schema-document'

const ITEM_SCHEMA_PATH = fileURLToPath(new URL('../../../../content/item.schema.json', import.meta.url))

await writeFile(ITEM_SCHEMA_PATH, `${JSON.stringify(itemSchemaDocument(), null, 2)}\n`)
process.stdout.write(`wrote ${ITEM_SCHEMA_PATH}\n`)
