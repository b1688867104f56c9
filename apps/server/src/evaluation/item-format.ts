/**
 * The item bank format of content/FORMAT.md: TypeBox schemas for `manifest.json` and
 * `items/<competence>.json`, and the rules a schema cannot express (answer keys, references
 * between files, media). Pure: the loader reads the files and hands their content here.
 */
import Type, { type Static, type TSchema } from 'typebox'
import { Compile, type Validator } from 'typebox/compile'
import { normaliseFreeAnswer } from './free-answer'

const Text = Type.String({ minLength: 1 })

/** French always, English when the item (or bank) is written in it too. */
export const LocalisedText = Type.Object(
  { fr: Text, en: Type.Optional(Text) },
  { additionalProperties: false },
)
export type LocalisedText = Static<typeof LocalisedText>

const BilingualText = Type.Object({ fr: Text, en: Text }, { additionalProperties: false })

export const Locales = Type.Union(
  [Type.Tuple([Type.Literal('fr')]), Type.Tuple([Type.Literal('fr'), Type.Literal('en')])],
  {
    description: 'The languages the item is written in: ["fr"] or ["fr", "en"].',
  },
)
export type Locales = Static<typeof Locales>
export type Locale = Locales[number]

/** A path inside `media/`: segments never start with a dot, so `..` cannot climb out. */
function mediaPath(extension: string, description: string) {
  return Type.String({
    pattern: `^([A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*${extension}$`,
    description,
  })
}

const Image = Type.Object(
  { src: mediaPath('\\.(svg|png)', 'An SVG or PNG file, relative to media/.'), alt: LocalisedText },
  { additionalProperties: false },
)

const Attachment = Type.Object(
  {
    src: mediaPath('', 'The file to download, relative to media/.'),
    name: Type.String({ minLength: 1, description: 'The file name the candidate sees.' }),
  },
  { additionalProperties: false },
)

const Embed = Type.Object(
  {
    src: mediaPath('\\.html', 'A self-contained HTML page, relative to media/, shown in a sandboxed frame.'),
    title: LocalisedText,
    height: Type.Integer({ minimum: 1, description: 'Frame height in CSS pixels.' }),
  },
  { additionalProperties: false },
)

const Irt = Type.Object(
  {
    a: Type.Number({ minimum: 0.4, maximum: 2.5, description: '2PL discrimination.' }),
    // "About −4 to 4": real calibrations may stray a little; beyond ±6 it is a typing error.
    b: Type.Number({ minimum: -6, maximum: 6, description: '2PL difficulty, about −4 to 4.' }),
  },
  { additionalProperties: false },
)

export const ItemId = Type.String({ pattern: '^[a-z0-9][a-z0-9.-]*$', description: 'Unique in the bank.' })

const Choice = Type.Object(
  { id: Type.String({ minLength: 1 }), text: LocalisedText, correct: Type.Boolean() },
  { additionalProperties: false },
)

const identification = {
  id: ItemId,
  competence: Type.String({ minLength: 1, description: 'A competence code of the manifest.' }),
  skill: Type.String({ pattern: '^@.', description: 'A test serves at most one item per skill.' }),
}

const presentation = {
  locales: Locales,
  statement: LocalisedText,
}

const resourcesAndCalibration = {
  image: Type.Optional(Image),
  attachment: Type.Optional(Attachment),
  embed: Type.Optional(Embed),
  focus: Type.Boolean({ description: 'The candidate must not leave the question frame.' }),
  accessible: Type.Boolean({ description: 'Usable by a candidate with an accessibility adjustment.' }),
  irt: Irt,
}

export const ChoiceItem = Type.Object(
  {
    ...identification,
    type: Type.Union([Type.Literal('single'), Type.Literal('multiple')]),
    ...presentation,
    choices: Type.Array(Choice, { minItems: 2, maxItems: 6 }),
    ...resourcesAndCalibration,
  },
  { additionalProperties: false },
)
export type ChoiceItem = Static<typeof ChoiceItem>

export const FreeItem = Type.Object(
  {
    ...identification,
    type: Type.Literal('free'),
    ...presentation,
    accepted: Type.Object(
      { fr: Type.Array(Text, { minItems: 1 }), en: Type.Optional(Type.Array(Text, { minItems: 1 })) },
      { additionalProperties: false, description: 'Every form that is right after normalisation.' },
    ),
    ...resourcesAndCalibration,
  },
  { additionalProperties: false },
)
export type FreeItem = Static<typeof FreeItem>

export const Item = Type.Union([ChoiceItem, FreeItem])
export type Item = Static<typeof Item>

export const ItemsFile = Type.Array(Item, {
  description: 'items/<competence>.json: the items of one competence.',
})

export const Manifest = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    version: Type.String({ minLength: 1, description: 'A started test keeps the version it began with.' }),
    title: BilingualText,
    calibration: Type.Object(
      { synthetic: Type.Boolean(), note: Type.String({ minLength: 1 }) },
      { additionalProperties: false },
    ),
    domains: Type.Array(Type.Object({ code: Text, title: LocalisedText }, { additionalProperties: false }), {
      minItems: 1,
    }),
    competences: Type.Array(
      Type.Object({ code: Text, domain: Text, title: LocalisedText }, { additionalProperties: false }),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
)
export type Manifest = Static<typeof Manifest>

export interface Bank {
  readonly manifest: Manifest
  readonly items: readonly Item[]
}

/** One problem found in a bank, located precisely enough for an author to fix it. */
export interface BankIssue {
  /** Relative to the bank folder, e.g. `items/1.1.json`. */
  readonly file: string
  readonly itemId?: string
  /** JSON pointer inside the item (or the file when there is no item). */
  readonly path?: string
  readonly message: string
}

export function formatBankIssue(issue: BankIssue): string {
  const where = [issue.file, issue.itemId === undefined ? undefined : `item ${issue.itemId}`, issue.path]
  return `${where.filter((part) => part !== undefined && part !== '').join(' › ')}: ${issue.message}`
}

const checkManifest = Compile(Manifest)
const checkChoiceItem = Compile(ChoiceItem)
const checkFreeItem = Compile(FreeItem)

interface SchemaIssue {
  readonly path: string
  readonly message: string
}

/** Walks a JSON pointer such as `#/properties/locales` inside a schema. */
function schemaAt(schema: TSchema, pointer: string): unknown {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], schema)
}

/**
 * TypeBox reports every branch of a union; an author only needs to know the value matches none.
 * Also turns `additionalProperties: false` into the names of the unexpected properties.
 */
function schemaIssues(validator: Validator, value: unknown): SchemaIssue[] {
  const errors = validator.Errors(value)
  const unions = errors.filter((error) => error.keyword === 'anyOf').map((error) => error.schemaPath)
  return errors
    .filter((error) => error.keyword !== 'boolean')
    .filter((error) => !unions.some((union) => error.schemaPath.startsWith(`${union}/anyOf/`)))
    .map((error) => {
      if (error.keyword === 'additionalProperties') {
        return {
          path: error.instancePath,
          message: `unknown property ${error.params.additionalProperties.join(', ')}`,
        }
      }
      if (error.keyword === 'anyOf') {
        const description = (schemaAt(validator.Type(), error.schemaPath) as { description?: unknown })
          ?.description
        return {
          path: error.instancePath,
          message:
            typeof description === 'string'
              ? `must be one of the allowed forms. ${description}`
              : error.message,
        }
      }
      return { path: error.instancePath, message: error.message }
    })
}

function localisedTexts(item: Item): Array<{ path: string; text: Partial<Record<Locale, unknown>> }> {
  const texts: Array<{ path: string; text: Partial<Record<Locale, unknown>> }> = [
    { path: '/statement', text: item.statement },
  ]
  if (item.type === 'free') texts.push({ path: '/accepted', text: item.accepted })
  else
    texts.push(
      ...item.choices.map((choice, index) => ({ path: `/choices/${index}/text`, text: choice.text })),
    )
  if (item.image) texts.push({ path: '/image/alt', text: item.image.alt })
  if (item.embed) texts.push({ path: '/embed/title', text: item.embed.title })
  return texts
}

function answerKeyIssues(item: Item): SchemaIssue[] {
  if (item.type === 'free') {
    return Object.entries(item.accepted).flatMap(([locale, forms]) =>
      (forms ?? [])
        .map((form, index) => ({ form, index }))
        .filter(({ form }) => normaliseFreeAnswer(form) === '')
        .map(({ index }) => ({
          path: `/accepted/${locale}/${index}`,
          message: 'is empty once normalised, so no answer could match it',
        })),
    )
  }
  const issues: SchemaIssue[] = []
  const correct = item.choices.filter((choice) => choice.correct).length
  const wrong = item.choices.length - correct
  if (item.type === 'single' && correct !== 1) {
    issues.push({
      path: '/choices',
      message: `a single-choice item needs exactly one correct choice, found ${correct}`,
    })
  }
  if (item.type === 'multiple' && (correct < 2 || wrong < 1)) {
    issues.push({
      path: '/choices',
      message: `a multiple-choice item needs at least two correct and one wrong choice, found ${correct} correct and ${wrong} wrong`,
    })
  }
  const seen = new Set<string>()
  item.choices.forEach((choice, index) => {
    if (seen.has(choice.id))
      issues.push({ path: `/choices/${index}/id`, message: `duplicate choice id "${choice.id}"` })
    seen.add(choice.id)
  })
  return issues
}

export interface ItemContext {
  readonly competences: ReadonlySet<string>
  /** Paths relative to `media/`, with `/` separators. */
  readonly mediaFiles: ReadonlySet<string>
}

/** The rules beyond the schema, for an item that already matches it. */
export function itemRuleIssues(item: Item, context: ItemContext): SchemaIssue[] {
  const issues = answerKeyIssues(item)
  if (!context.competences.has(item.competence)) {
    issues.push({ path: '/competence', message: `"${item.competence}" is not a competence of the manifest` })
  }
  for (const { path, text } of localisedTexts(item)) {
    for (const locale of item.locales) {
      if (text[locale] === undefined) {
        issues.push({
          path,
          message: `has no "${locale}" text although the item lists "${locale}" in its locales`,
        })
      }
    }
  }
  for (const [field, media] of [
    ['image', item.image],
    ['attachment', item.attachment],
    ['embed', item.embed],
  ] as const) {
    if (media && !context.mediaFiles.has(media.src)) {
      issues.push({ path: `/${field}/src`, message: `media/${media.src} does not exist` })
    }
  }
  return issues
}

function describeItem(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null)?.id
  return typeof id === 'string' && id !== '' ? id : `#${index + 1} (no id)`
}

function itemSchemaIssues(value: unknown): SchemaIssue[] {
  const type = (value as { type?: unknown } | null)?.type
  if (type === 'free') return schemaIssues(checkFreeItem, value)
  if (type === 'single' || type === 'multiple') return schemaIssues(checkChoiceItem, value)
  // Without a known type the variant is unknown: report the shared fields through the choice variant.
  return [
    { path: '/type', message: 'must be "single", "multiple" or "free"' },
    ...schemaIssues(checkChoiceItem, value).filter((issue) => !/^\/(type|choices)(\/|$)/.test(issue.path)),
  ]
}

export interface BankFile {
  /** Relative to the bank folder, with `/` separators. */
  readonly file: string
  readonly content: unknown
}

export interface BankContent {
  readonly manifest: BankFile
  readonly itemFiles: readonly BankFile[]
  readonly mediaFiles: ReadonlySet<string>
}

export type BankCheck =
  | { readonly ok: true; readonly bank: Bank }
  | { readonly ok: false; readonly issues: BankIssue[] }

function manifestIssues(manifest: Manifest): SchemaIssue[] {
  const issues: SchemaIssue[] = []
  const duplicates = (codes: string[]) => codes.filter((code, index) => codes.indexOf(code) !== index)
  for (const code of duplicates(manifest.domains.map((domain) => domain.code))) {
    issues.push({ path: '/domains', message: `duplicate domain code "${code}"` })
  }
  for (const code of duplicates(manifest.competences.map((competence) => competence.code))) {
    issues.push({ path: '/competences', message: `duplicate competence code "${code}"` })
  }
  const domains = new Set(manifest.domains.map((domain) => domain.code))
  manifest.competences.forEach((competence, index) => {
    if (!domains.has(competence.domain)) {
      issues.push({
        path: `/competences/${index}/domain`,
        message: `"${competence.domain}" is not a domain code`,
      })
    }
  })
  return issues
}

/** The competence code a file name promises: `items/1.1.json` holds competence `1.1`. */
function competenceOfFile(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.json$/, '')
}

/** Checks a whole bank; every issue names its file and, inside an items file, its item. */
export function checkBank(content: BankContent): BankCheck {
  const issues: BankIssue[] = []
  const manifestFile = content.manifest.file
  const manifestSchemaIssues = schemaIssues(checkManifest, content.manifest.content)
  issues.push(...manifestSchemaIssues.map((issue) => ({ file: manifestFile, ...issue })))
  const manifest = manifestSchemaIssues.length === 0 ? (content.manifest.content as Manifest) : undefined
  if (manifest) issues.push(...manifestIssues(manifest).map((issue) => ({ file: manifestFile, ...issue })))

  const context: ItemContext = {
    competences: new Set(manifest?.competences.map((competence) => competence.code)),
    mediaFiles: content.mediaFiles,
  }
  const items: Item[] = []
  const fileOfItem = new Map<string, string>()
  for (const { file, content: values } of content.itemFiles) {
    if (!Array.isArray(values)) {
      issues.push({ file, message: 'must be a JSON array of items' })
      continue
    }
    values.forEach((value: unknown, index) => {
      const itemId = describeItem(value, index)
      const shapeIssues = itemSchemaIssues(value)
      if (shapeIssues.length > 0) {
        issues.push(...shapeIssues.map((issue) => ({ file, itemId, ...issue })))
        return
      }
      const item = value as Item
      const ruleIssues = manifest ? itemRuleIssues(item, context) : []
      if (item.competence !== competenceOfFile(file)) {
        ruleIssues.push({
          path: '/competence',
          message: `"${item.competence}" differs from the competence of its file (items/${competenceOfFile(file)}.json)`,
        })
      }
      const firstFile = fileOfItem.get(item.id)
      if (firstFile !== undefined)
        ruleIssues.push({ path: '/id', message: `duplicate id, first used in ${firstFile}` })
      else fileOfItem.set(item.id, file)
      issues.push(...ruleIssues.map((issue) => ({ file, itemId, ...issue })))
      items.push(item)
    })
  }
  if (issues.length > 0 || !manifest) return { ok: false, issues }
  return { ok: true, bank: { manifest, items } }
}
