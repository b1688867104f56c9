import { describe, expect, it } from 'vitest'
import { detectFileFormat } from './file-format'

const text = new TextEncoder().encode('Nom;Prénom\r\n')
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])
const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00])

describe('detectFileFormat', () => {
  it.each([
    [text, 'candidats.csv', 'csv'],
    [text, 'CANDIDATS.CSV', 'csv'],
    [text, ' candidats.csv ', 'csv'],
    [zip, 'candidats.xlsx', 'xlsx'],
    [zip, 'candidats.csv', 'xlsx'],
    [zip, 'sans-nom', 'xlsx'],
    [text, 'candidats.xlsx', 'xlsx'],
    [ole2, 'candidats.xls', 'xls'],
    [ole2, 'candidats.csv', 'xls'],
    [text, 'candidats.txt', 'unsupported'],
    [text, 'candidats', 'unsupported'],
    [text, 'candidats.csv.pdf', 'unsupported'],
    [new Uint8Array([0xff, 0xfe, 0x4e, 0x00]), 'candidats.csv', 'unsupported'],
  ] as const)('reads %o named %j as %s', (bytes, fileName, format) => {
    expect(detectFileFormat(bytes, fileName)).toBe(format)
  })
})
