import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Markdown } from './Markdown'

const html = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }))

describe('Markdown', () => {
  it('renders paragraphs, lists and inline marks as elements', () => {
    expect(html('Un **gras** et *italique* avec `code`.\n\n- un\n- deux')).toBe(
      '<div><p>Un <strong>gras</strong> et <em>italique</em> avec <code>code</code>.</p><ul><li>un</li><li>deux</li></ul></div>',
    )
  })
  it('never lets HTML through', () => {
    expect(html('<img src=x onerror=alert(1)>')).toBe('<div><p>&lt;img src=x onerror=alert(1)&gt;</p></div>')
  })
  it('keeps French punctuation with its word', () => {
    expect(html('Pourquoi ?')).toBe('<div><p>Pourquoi\u00a0?</p></div>')
  })
})
