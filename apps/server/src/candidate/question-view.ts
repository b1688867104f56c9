import type { QuestionView } from '@vigie/contract'
import type { Item, LocalisedText } from '../evaluation/item-format'

type Locale = 'fr' | 'en'

/** The URL of a bank's media file, served to candidates taking a test on that bank. */
export const mediaUrl = (bankRowId: string, src: string) =>
  `/api/item-media/${bankRowId}/${src.split('/').map(encodeURIComponent).join('/')}`

/** A question as the candidate sees it, in their language when the item has it: no answer key. */
export function questionView(item: Item, preferred: Locale, bankRowId: string): QuestionView {
  const locale: Locale = (item.locales as readonly string[]).includes(preferred) ? preferred : 'fr'
  const text = (value: LocalisedText) => (locale === 'en' && value.en ? value.en : value.fr)
  return {
    itemId: item.id,
    type: item.type,
    locale,
    statement: text(item.statement),
    choices:
      item.type === 'free' ? [] : item.choices.map((choice) => ({ id: choice.id, text: text(choice.text) })),
    image: item.image ? { url: mediaUrl(bankRowId, item.image.src), alt: text(item.image.alt) } : null,
    attachment: item.attachment
      ? { url: mediaUrl(bankRowId, item.attachment.src), name: item.attachment.name }
      : null,
    embed: item.embed
      ? { url: mediaUrl(bankRowId, item.embed.src), title: text(item.embed.title), height: item.embed.height }
      : null,
    focus: item.focus,
  }
}
