import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeText', () => {
  it('reads UTF-8', () => {
    expect(decodeText(utf8('Prénom;Lecœur;N’Diaye'))).toBe('Prénom;Lecœur;N’Diaye')
  })

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Nom')]))).toBe('Nom')
  })

  it('keeps a byte order mark that is not at the start', () => {
    expect(decodeText(utf8('a\uFEFFb'))).toBe('a\uFEFFb')
  })

  it('reads what is not valid UTF-8 as Windows-1252', () => {
    // « Prénom;Lecœur;N’Diaye;20 € » as Excel saves it on a French Windows
    const bytes = new Uint8Array([
      0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x3b, 0x4c, 0x65, 0x63, 0x9c, 0x75, 0x72, 0x3b, 0x4e, 0x92, 0x44,
      0x69, 0x61, 0x79, 0x65, 0x3b, 0x32, 0x30, 0x20, 0x80,
    ])
    expect(decodeText(bytes)).toBe('Prénom;Lecœur;N’Diaye;20 €')
  })

  it('maps every Windows-1252 byte from 0x80 to 0x9F as the Encoding Standard does', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index)
    expect(decodeText(bytes)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ')
  })

  it('reads ASCII the same either way', () => {
    expect(decodeText(utf8('Nom;Sexe\r\nMartin;M'))).toBe('Nom;Sexe\r\nMartin;M')
  })
})
