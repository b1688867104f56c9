import { describe, expect, it } from 'vitest'
import { cellText, cellToFieldValue, excelSerialToIsoDate } from './cell-values'

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('cellToFieldValue', () => {
  it('is null for an empty cell', () => {
    for (const cell of [null, undefined, '', '   ']) expect(cellToFieldValue('lastName', cell)).toBeNull()
    expect(cellToFieldValue('extraTimePercentage', '')).toBeNull()
    expect(cellToFieldValue('accessibilityAdjustment', ' ')).toBeNull()
  })

  it.each([
    ['03/02/2001', '2001-02-03'],
    ['3/2/2001', '2001-02-03'],
    ['03.02.2001', '2001-02-03'],
    ['03-02-2001', '2001-02-03'],
    [' 03/02/2001 ', '2001-02-03'],
    ['03/02/2001 00:00', '2001-02-03'],
    ['03/02/2001 00:00:00', '2001-02-03'],
    ['2001-02-03', '2001-02-03'],
    ['31/02/2001', '2001-02-31'],
    ['03/02/01', '03/02/01'],
    ['le 3 février', 'le 3 février'],
  ])('reads the date %j as %j', (cell, value) => {
    expect(cellToFieldValue('birthdate', cell)).toBe(value)
  })

  it('reads a date cell and a date serial', () => {
    expect(cellToFieldValue('birthdate', utcDate('2001-02-03'))).toBe('2001-02-03')
    expect(cellToFieldValue('birthdate', 36925)).toBe('2001-02-03')
    expect(cellToFieldValue('birthdate', true)).toBe(true)
  })

  it.each([
    ['F', 'F'],
    ['f', 'F'],
    ['Femme', 'F'],
    ['FÉMININ', 'F'],
    ['M', 'M'],
    ['H', 'M'],
    ['homme', 'M'],
    ['Masculin', 'M'],
    ['X', 'X'],
    ['constructor', 'constructor'],
  ])('reads the sex %j as %j', (cell, value) => {
    expect(cellToFieldValue('sex', cell)).toBe(value)
  })

  it.each([
    ['oui', true],
    ['OUI', true],
    ['o', true],
    ['yes', true],
    ['1', true],
    ['x', true],
    ['X', true],
    ['Vrai', true],
    ['non', false],
    ['N', false],
    ['no', false],
    ['0', false],
    ['faux', false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ['peut-être', 'peut-être'],
    ['toString', 'toString'],
    [2, 2],
  ])('reads the yes/no %j as %j', (cell, value) => {
    expect(cellToFieldValue('accessibilityAdjustment', cell)).toBe(value)
  })

  it.each([
    ['33', 33],
    ['33%', 33],
    ['33 %', 33],
    ['33\u202f%', 33],
    ['0', 0],
    [33, 33],
    [0.33, 33],
    [0.5, 50],
    [1.5, 150],
    [0.335, 0.335],
    ['33,5', '33,5'],
    ['un tiers', 'un tiers'],
    ['-10', '-10'],
  ])('reads the extra time %j as %j', (cell, value) => {
    expect(cellToFieldValue('extraTimePercentage', cell)).toBe(value)
  })

  it.each([
    ['birthPostalCode', '69001', '69001'],
    ['birthPostalCode', 69001, '69001'],
    ['birthPostalCode', 1400, '01400'],
    ['birthPostalCode', '1400', '01400'],
    ['birthPostalCode', '75 001', '75001'],
    ['birthInseeCode', '2A004', '2A004'],
    ['birthInseeCode', 1053, '01053'],
    ['birthInseeCode', '123', '123'],
  ] as const)('reads the %s %j as %j', (field, cell, value) => {
    expect(cellToFieldValue(field, cell)).toBe(value)
  })

  it('reads other columns as text', () => {
    expect(cellToFieldValue('externalId', 4521)).toBe('4521')
    expect(cellToFieldValue('lastName', ' Dupont ')).toBe('Dupont')
  })
})

describe('excelSerialToIsoDate', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [36892, '2001-01-01'],
    [36925.75, '2001-02-03'],
    [45000, '2023-03-15'],
  ])('reads %d as %s', (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toBe(iso)
  })

  it.each([0, -5, 60, 3_000_000, Number.NaN])('has no date for %d', (serial) => {
    expect(excelSerialToIsoDate(serial)).toBeNull()
  })
})

describe('cellText', () => {
  it('shows a cell as a spreadsheet does', () => {
    expect(cellText(utcDate('2001-02-03'))).toBe('03/02/2001')
    expect(cellText(true)).toBe('VRAI')
    expect(cellText(33)).toBe('33')
    expect(cellText('  Léa ')).toBe('Léa')
    expect(cellText('  ')).toBeNull()
    expect(cellText(null)).toBeNull()
  })

  it('drops the apostrophe the export puts before what a spreadsheet would run as a formula', () => {
    expect(cellText("'=HYPERLINK()")).toBe('=HYPERLINK()')
    expect(cellText("'-12")).toBe('-12')
    expect(cellText("'Alessandro")).toBe("'Alessandro")
    expect(cellToFieldValue('externalId', "'+33")).toBe('+33')
  })
})
