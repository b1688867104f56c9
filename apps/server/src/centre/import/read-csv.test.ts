import { describe, expect, it } from 'vitest'
import { detectSeparator, readCsvRows } from './read-csv'

describe('detectSeparator', () => {
  it.each([
    ['Nom;Prénom;Sexe', ';'],
    ['Nom,Prénom,Sexe', ','],
    ['Nom;"Prénom, usuel";Sexe', ';'],
    ['"Nom;de naissance",Prénom,Sexe', ','],
    ['Nom', ';'],
    ['', ';'],
    ['Nom;Prénom\r\na,b,c,d,e', ';'],
  ])('reads %j as separated by %s', (text, separator) => {
    expect(detectSeparator(text)).toBe(separator)
  })
})

describe('readCsvRows', () => {
  it('splits on the detected separator, with CRLF, LF or CR line ends mixed', () => {
    expect(readCsvRows('a,b\r\n1,2\n3,4\r5,6')).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
      ],
    })
  })

  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    expect(readCsvRows('a;b\n"x;y";"il a dit ""oui"""\n"deux\r\nlignes";z\n')).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['x;y', 'il a dit "oui"'],
        ['deux\r\nlignes', 'z'],
      ],
    })
  })

  it('keeps blank lines, so that a row index is its line number minus one', () => {
    const reading = readCsvRows('a;b\n\n1;2\n')
    expect(reading.ok && reading.rows).toEqual([['a', 'b'], [''], ['1', '2']])
  })

  it('accepts lines of any length and stray quotes inside a field', () => {
    const reading = readCsvRows('a;b;c\n1\n2;O"Neil;3;4\n')
    expect(reading.ok && reading.rows).toEqual([['a', 'b', 'c'], ['1'], ['2', 'O"Neil', '3', '4']])
  })

  it('reports an unclosed quote on the line it opens', () => {
    expect(readCsvRows('a;b\n1;2\n3;"4\n5;6\n')).toEqual({ ok: false, line: 3, reason: 'unclosed_quote' })
  })
})
