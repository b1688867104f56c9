/**
 * The statements' Markdown subset, turned into React elements (never HTML strings): paragraphs,
 * `- ` lists, **bold**, *italic* and `code`. Anything else stays as text.
 */
import type { ReactNode } from 'react'

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\*([^*]+)\*/g

/** French typography: no line break before ? ! : ; » nor after «. */
const noBreak = (text: string) => text.replace(/ ([?!:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0')

function inline(source: string, prefix: string): ReactNode[] {
  const text = noBreak(source)
  const nodes: ReactNode[] = []
  let last = 0
  let index = 0
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) nodes.push(text.slice(last, match.index))
    const key = `${prefix}-${index++}`
    if (match[1] !== undefined) nodes.push(<code key={key}>{match[1]}</code>)
    else if (match[2] !== undefined) nodes.push(<strong key={key}>{inline(match[2], key)}</strong>)
    else if (match[3] !== undefined) nodes.push(<em key={key}>{inline(match[3], key)}</em>)
    last = match.index + match[0].length
  }
  if (last < text.length) nodes.push(text.slice(last))
  return nodes
}

/** One line of the subset (a choice's text): `code`, **bold** and *italic* only. */
export function MarkdownInline({ source }: { source: string }) {
  return <>{inline(source, 'i')}</>
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  const blocks: ReactNode[] = []
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  let paragraph: string[] = []
  let list: string[] = []
  const flush = () => {
    const key = `b${blocks.length}`
    if (paragraph.length) blocks.push(<p key={key}>{inline(paragraph.join(' '), key)}</p>)
    else if (list.length)
      blocks.push(
        <ul key={key}>
          {list.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered
            <li key={i}>{inline(item, `${key}-${i}`)}</li>
          ))}
        </ul>,
      )
    paragraph = []
    list = []
  }
  for (const raw of lines) {
    const line = raw.trim()
    if (!line) {
      flush()
    } else if (/^[-*] /.test(line)) {
      if (paragraph.length) flush()
      list.push(line.slice(2))
    } else {
      if (list.length) flush()
      paragraph.push(line)
    }
  }
  flush()
  return <div className={className}>{blocks}</div>
}
