/**
 * The JSON Schema published as content/item.schema.json, built from the TypeBox schemas so that
 * editors, other tools and the server check items against the same rules. It describes an items
 * file; the manifest's schema is under `definitions.manifest`.
 */
import { ItemsFile, Manifest } from './item-format'

/** TypeBox writes tuples as `items: [...]` with `additionalItems`: draft-07 semantics. */
const JSON_SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#'

export function itemSchemaDocument(): Record<string, unknown> {
  // A JSON round trip keeps exactly what a JSON reader of the file would see.
  const itemsFile = JSON.parse(JSON.stringify(ItemsFile)) as Record<string, unknown>
  return {
    $schema: JSON_SCHEMA_DIALECT,
    ...itemsFile,
    title: 'Vigie item bank: items/<competence>.json',
    description:
      'An array of items, as content/FORMAT.md describes. Answer keys, references to the manifest and media files are checked by the server when it loads a bank. The schema of manifest.json is under definitions.manifest.',
    definitions: { manifest: JSON.parse(JSON.stringify(Manifest)) as unknown },
  }
}
