import { describe, expect, it } from 'vitest'
import { matchPatterns } from './origins'

describe('the origins the extension answers on', () => {
  it('are this computer’s by default', () => {
    expect(matchPatterns(undefined)).toEqual(['http://localhost/*', 'http://127.0.0.1/*'])
  })

  it('add the configured origins, on every port of their host', () => {
    expect(matchPatterns(' https://vigie.example.org , https://exam.example.org:8443')).toEqual([
      'http://localhost/*',
      'http://127.0.0.1/*',
      'https://vigie.example.org/*',
      'https://exam.example.org/*',
    ])
  })

  it('refuse what is not an origin, saying what to write', () => {
    expect(() => matchPatterns('vigie.example.org')).toThrow(/is not an origin such as https:/)
    expect(() => matchPatterns('ftp://vigie.example.org')).toThrow(/must start with https:\/\//)
    expect(() => matchPatterns('https://vigie.example.org/exam')).toThrow(
      /must be an origin alone .* such as https:\/\/vigie.example.org/,
    )
  })
})
