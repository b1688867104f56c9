import { describe, expect, it } from 'vitest'
import { allEn as en, allFr as fr } from '../i18n/all'
import { createI18n } from '../i18n/core'
import { ApiError, NetworkError } from './client'
import { errorField, errorMessage } from './errors'

const { t } = createI18n('fr', fr)
const english = createI18n('en', en).t

describe('errorMessage', () => {
  it('renders too_many_attempts with the wait, in minutes or seconds', () => {
    const error = (retryAfterSeconds?: number) =>
      new ApiError({ statusCode: 429, code: 'too_many_attempts', message: 'x', retryAfterSeconds })
    expect(errorMessage(t, error(900))).toBe('Trop de tentatives. Réessayez dans 15 minutes.')
    expect(errorMessage(t, error(61))).toBe('Trop de tentatives. Réessayez dans 2 minutes.')
    expect(errorMessage(t, error(30))).toBe('Trop de tentatives. Réessayez dans 30 secondes.')
    expect(errorMessage(t, error())).toBe('Trop de tentatives. Réessayez plus tard.')
    expect(errorMessage(english, error(60))).toBe('Too many attempts. Try again in 1 minute.')
  })

  it('translates codes, network failures and unknown errors', () => {
    const invalid = new ApiError({ statusCode: 401, code: 'invalid_credentials', message: 'x' })
    expect(errorMessage(t, invalid)).toBe('Adresse e-mail ou mot de passe incorrect.')
    expect(errorMessage(t, new NetworkError('offline'))).toContain('Impossible de joindre Vigie')
    expect(errorMessage(t, new Error('boom'))).toContain('Une erreur est survenue')
  })
})

describe('errorField', () => {
  it('takes the last segment of the field path', () => {
    const error = (field?: string) =>
      new ApiError({ statusCode: 400, code: 'validation_failed', message: 'x', field })
    expect(errorField(error('password'))).toBe('password')
    expect(errorField(error('body.email'))).toBe('email')
    expect(errorField(error('/firstName'))).toBe('firstName')
    expect(errorField(error())).toBeUndefined()
  })
})
