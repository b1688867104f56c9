import { describe, expect, it } from 'vitest'
import { allEn as en, allFr as fr } from './all'
import { createI18n } from './core'

describe('t()', () => {
  const french = createI18n('fr', fr)
  const english = createI18n('en', en)

  it('fills placeholders', () => {
    expect(french.t('home.greeting', { firstName: 'Marie' })).toBe('Bonjour Marie')
    expect(english.t('home.greeting', { firstName: 'Marie' })).toBe('Hello Marie')
  })

  it('chooses plural forms with Intl.PluralRules (French 0 and 1 are singular)', () => {
    expect(french.t('error.too_many_attempts.minutes', { count: 1 })).toBe(
      'Trop de tentatives. Réessayez dans 1 minute.',
    )
    expect(french.t('error.too_many_attempts.minutes', { count: 15 })).toBe(
      'Trop de tentatives. Réessayez dans 15 minutes.',
    )
    expect(french.t('centre.list.count', { count: 0 })).toBe('Vous êtes membre de 0 centre.')
    expect(english.t('centre.list.count', { count: 0 })).toBe('You are a member of 0 centres.')
  })

  it('falls back to `other` for a category the message lacks', () => {
    // French has a `many` category for large round numbers (1 000 000).
    expect(french.t('centre.list.count', { count: 1_000_000 })).toContain('centres')
  })

  it('puts French no-break spaces before ? ! : ;', () => {
    expect(french.t('login.forgot')).toBe('Mot de passe oublié\u00a0?')
    expect(french.t('centre.home.role', { role: 'Membre' })).toBe('Votre rôle\u00a0: Membre')
    expect(english.t('login.forgot')).toBe('Forgot your password?')
  })

  it('formats numbers and dates for the locale', () => {
    expect(french.t('field.tooLong', { count: 1200 })).toBe('Saisissez au plus 1\u202f200 caractères.')
    const date = new Date(2026, 8, 23, 17, 1)
    expect(french.formatDate(date, { day: '2-digit', month: '2-digit', year: 'numeric' })).toBe('23/09/2026')
    expect(english.formatDate(date, { hour: '2-digit', minute: '2-digit' })).toBe('17:01')
  })

  it('has the same keys in both catalogues', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort())
  })
})
