import type { CandidateInput } from '@vigie/contract'
import { describe, expect, it } from 'vitest'
import {
  type CandidateDraft,
  type CandidateProblem,
  isCalendarDate,
  nameMatchKey,
  normaliseText,
  validateCandidate,
} from './candidate-rules'

const context = { offeredCertifications: ['Pix+ Droit', 'Pix+ Édu'], today: '2026-03-15' }

const valid: CandidateInput = {
  lastName: 'Dupont',
  firstName: 'Léa',
  sex: 'F',
  birthdate: '2001-02-03',
  birthCountry: 'France',
  birthCity: 'Lyon',
  birthPostalCode: '69001',
  birthInseeCode: null,
  externalId: null,
  extraTimePercentage: 0,
  accessibilityAdjustment: false,
  complementaryCertification: null,
  convocationEmail: null,
  resultsEmail: null,
}

function problemsOf(draft: CandidateDraft): CandidateProblem[] {
  const result = validateCandidate(draft, context)
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.value)}`)
  return result.problems
}

function validValue(draft: CandidateDraft): CandidateInput {
  const result = validateCandidate(draft, context)
  if (!result.ok) throw new Error(`expected a candidate, got ${JSON.stringify(result.problems)}`)
  return result.value
}

function onlyProblem(draft: CandidateDraft): CandidateProblem {
  const [problem, ...others] = problemsOf(draft)
  if (problem === undefined || others.length > 0)
    throw new Error(`expected one problem, got ${problem ? others.length + 1 : 0}`)
  return problem
}

describe('validateCandidate', () => {
  it('accepts a complete candidate unchanged', () => {
    expect(validValue(valid)).toEqual(valid)
  })

  it('normalises names, country, codes, certification and e-mails', () => {
    const value = validValue({
      ...valid,
      lastName: '  Le\u00a0 Gall   Martin ',
      firstName: 'Jean\t-\tPierre',
      birthCountry: ' FRANCE ',
      birthCity: '  Ajaccio ',
      birthPostalCode: '20 000',
      birthInseeCode: '2a004',
      externalId: 4521,
      complementaryCertification: 'pix+ edu',
      convocationEmail: ' Lea.Dupont+Convocation@Example.FR ',
    })
    expect(value).toMatchObject({
      lastName: 'Le Gall Martin',
      firstName: 'Jean - Pierre',
      birthCountry: 'France',
      birthCity: 'Ajaccio',
      birthPostalCode: '20000',
      birthInseeCode: '2A004',
      externalId: '4521',
      complementaryCertification: 'Pix+ Édu',
      convocationEmail: 'lea.dupont+convocation@example.fr',
    })
  })

  it('composes decomposed accents so that stored names look the same whatever the keyboard', () => {
    expect(validValue({ ...valid, firstName: 'Le\u0301a' }).firstName).toBe('Léa')
  })

  it('defaults the optional fields when they are absent', () => {
    const { lastName, firstName, sex, birthdate } = valid
    const value = validValue({
      lastName,
      firstName,
      sex,
      birthdate,
      birthCountry: 'Maroc',
      birthCity: 'Rabat',
    })
    expect(value).toEqual({ ...valid, birthCountry: 'Maroc', birthCity: 'Rabat', birthPostalCode: null })
  })

  it.each(['lastName', 'firstName', 'sex', 'birthdate', 'birthCountry', 'birthCity'] as const)(
    'requires %s',
    (field) => {
      expect(onlyProblem({ ...valid, [field]: '   ' })).toEqual({
        field,
        reason: 'required',
        message: { fr: 'valeur obligatoire', en: `"${field}" is required.` },
      })
      expect(onlyProblem({ ...valid, [field]: null }).reason).toBe('required')
    },
  )

  it('limits texts to 100 characters', () => {
    expect(validValue({ ...valid, lastName: 'a'.repeat(100) }).lastName).toHaveLength(100)
    expect(onlyProblem({ ...valid, lastName: 'a'.repeat(101) })).toMatchObject({
      field: 'lastName',
      reason: 'too_long',
      message: { fr: 'dépasse 100 caractères' },
    })
    expect(onlyProblem({ ...valid, externalId: 'x'.repeat(101) }).field).toBe('externalId')
  })

  it('lists every problem, in the order of the fields', () => {
    const problems = problemsOf({ ...valid, lastName: '', birthdate: '2001-02-31', resultsEmail: 'nope' })
    expect(problems.map((problem) => [problem.field, problem.reason])).toEqual([
      ['lastName', 'required'],
      ['birthdate', 'not_a_date'],
      ['resultsEmail', 'invalid_email'],
    ])
  })
})

describe('sex', () => {
  it('accepts F and M in either case', () => {
    expect(validValue({ ...valid, sex: 'm' }).sex).toBe('M')
    expect(validValue({ ...valid, sex: ' f ' }).sex).toBe('F')
  })

  it('refuses anything else', () => {
    expect(onlyProblem({ ...valid, sex: 'X' })).toEqual({
      field: 'sex',
      reason: 'not_a_sex',
      message: { fr: "n'est pas un sexe reconnu (F ou M)", en: '"sex": X is not F or M.' },
    })
  })
})

describe('birth date', () => {
  it('refuses a day that does not exist, naming the field in English', () => {
    expect(onlyProblem({ ...valid, birthdate: '2001-02-31' })).toEqual({
      field: 'birthdate',
      reason: 'not_a_date',
      message: { fr: "n'est pas une date", en: '"birthdate": 2001-02-31 is not a date.' },
    })
  })

  it('knows leap years', () => {
    expect(validValue({ ...valid, birthdate: '2000-02-29' }).birthdate).toBe('2000-02-29')
    expect(onlyProblem({ ...valid, birthdate: '2001-02-29' }).reason).toBe('not_a_date')
    expect(onlyProblem({ ...valid, birthdate: '1900-02-29' }).reason).toBe('not_a_date')
  })

  it('only reads YYYY-MM-DD (the import converts other spellings first)', () => {
    expect(onlyProblem({ ...valid, birthdate: '03/02/2001' }).reason).toBe('not_a_date')
    expect(onlyProblem({ ...valid, birthdate: 20010203 }).reason).toBe('not_a_date')
  })

  it('starts on 1900-01-01', () => {
    expect(validValue({ ...valid, birthdate: '1900-01-01' }).birthdate).toBe('1900-01-01')
    expect(onlyProblem({ ...valid, birthdate: '1899-12-31' })).toMatchObject({
      reason: 'date_before_1900',
      message: { fr: 'est antérieure au 01/01/1900', en: '"birthdate": 1899-12-31 is before 1900-01-01.' },
    })
  })

  it('ends today', () => {
    expect(validValue({ ...valid, birthdate: context.today }).birthdate).toBe(context.today)
    expect(onlyProblem({ ...valid, birthdate: '2026-03-16' })).toMatchObject({
      reason: 'date_in_future',
      message: { fr: 'est dans le futur' },
    })
  })

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-1-10', false],
    ['2023-12-31', true],
  ])('isCalendarDate(%s) is %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected)
  })
})

describe('extra time', () => {
  it.each([0, 33, 300])('accepts %i %%', (percentage) => {
    expect(validValue({ ...valid, extraTimePercentage: percentage }).extraTimePercentage).toBe(percentage)
  })

  it('is 0 when missing', () => {
    expect(validValue({ ...valid, extraTimePercentage: null }).extraTimePercentage).toBe(0)
  })

  it.each([-1, 301])('refuses %i %%', (percentage) => {
    expect(onlyProblem({ ...valid, extraTimePercentage: percentage })).toMatchObject({
      field: 'extraTimePercentage',
      reason: 'extra_time_out_of_range',
      message: {
        fr: "n'est pas compris entre 0 et 300",
        en: `"extraTimePercentage": ${percentage} is not between 0 and 300.`,
      },
    })
  })

  it.each([33.5, '33', 'un tiers'])('refuses %s as not a whole number', (percentage) => {
    expect(onlyProblem({ ...valid, extraTimePercentage: percentage })).toMatchObject({
      reason: 'not_an_integer',
      message: { fr: "n'est pas un nombre entier de 0 à 300" },
    })
  })
})

describe('accessibility adjustment', () => {
  it('is a boolean, false when missing', () => {
    expect(validValue({ ...valid, accessibilityAdjustment: true }).accessibilityAdjustment).toBe(true)
    expect(validValue({ ...valid, accessibilityAdjustment: undefined }).accessibilityAdjustment).toBe(false)
  })

  it('refuses anything else', () => {
    expect(onlyProblem({ ...valid, accessibilityAdjustment: 'peut-être' })).toEqual({
      field: 'accessibilityAdjustment',
      reason: 'not_a_boolean',
      message: {
        fr: "n'est ni « oui » ni « non »",
        en: '"accessibilityAdjustment": peut-être is neither true nor false.',
      },
    })
  })
})

describe('complementary certification', () => {
  it('must be one the centre offers, matched loosely and stored as the centre spells it', () => {
    expect(validValue({ ...valid, complementaryCertification: 'PIX+DROIT' }).complementaryCertification).toBe(
      'Pix+ Droit',
    )
    expect(validValue({ ...valid, complementaryCertification: '' }).complementaryCertification).toBeNull()
  })

  it('names the offered ones when refusing', () => {
    expect(onlyProblem({ ...valid, complementaryCertification: 'Pix+ Santé' })).toEqual({
      field: 'complementaryCertification',
      reason: 'certification_not_offered',
      message: {
        fr: "n'est pas proposée par le centre (certifications proposées : Pix+ Droit, Pix+ Édu)",
        en: '"complementaryCertification": Pix+ Santé is not offered by the centre (offered: Pix+ Droit, Pix+ Édu).',
      },
    })
    const none = validateCandidate(
      { ...valid, complementaryCertification: 'Pix+ Droit' },
      { ...context, offeredCertifications: [] },
    )
    expect(none.ok ? null : none.problems[0]?.message.fr).toBe(
      "n'est pas proposée par le centre (certifications proposées : aucune)",
    )
  })
})

describe('e-mails', () => {
  it.each(['lea@example.fr', 'lea.dupont+pix@mail.example.co.uk', "o'brien@example.ie"])(
    'accepts %s',
    (email) => {
      expect(validValue({ ...valid, resultsEmail: email }).resultsEmail).toBe(email)
    },
  )

  it.each(['lea', 'lea@', 'lea@example', 'lea dupont@example.fr', 'lea@@example.fr', 'lea@-example.fr'])(
    'refuses %s',
    (email) => {
      expect(onlyProblem({ ...valid, convocationEmail: email })).toEqual({
        field: 'convocationEmail',
        reason: 'invalid_email',
        message: {
          fr: "n'est pas une adresse e-mail valide",
          en: `"convocationEmail": ${email} is not a valid e-mail address.`,
        },
      })
    },
  )

  it('limits an address to 254 characters', () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(61)}.${'e'.repeat(10)}.fr`
    expect(long.length).toBeGreaterThan(254)
    expect(onlyProblem({ ...valid, resultsEmail: long }).reason).toBe('too_long')
  })
})

describe('birthplace codes', () => {
  it('reads a postal code as 5 digits', () => {
    expect(onlyProblem({ ...valid, birthPostalCode: '6900' })).toEqual({
      field: 'birthPostalCode',
      reason: 'invalid_postal_code',
      message: {
        fr: "n'est pas un code postal (5 chiffres)",
        en: '"birthPostalCode": 6900 is not a postal code (5 digits).',
      },
    })
    expect(onlyProblem({ ...valid, birthPostalCode: '2A000' }).reason).toBe('invalid_postal_code')
  })

  it.each(['69381', '2A004', '2B033', '99134'])('accepts the INSEE code %s', (code) => {
    expect(validValue({ ...valid, birthPostalCode: null, birthInseeCode: code }).birthInseeCode).toBe(code)
  })

  it.each(['3A004', '2C004', '6938', '693811', 'ABCDE'])('refuses the INSEE code %s', (code) => {
    expect(onlyProblem({ ...valid, birthInseeCode: code })).toMatchObject({
      field: 'birthInseeCode',
      reason: 'invalid_insee_code',
      message: { fr: "n'est pas un code INSEE (5 caractères, 2A ou 2B pour la Corse)" },
    })
  })

  it('requires a postal or INSEE code for a birth in France', () => {
    expect(onlyProblem({ ...valid, birthCountry: 'france', birthPostalCode: null })).toEqual({
      field: 'birthPostalCode',
      reason: 'birthplace_code_required',
      message: {
        fr: 'code postal ou code INSEE obligatoire pour une naissance en France',
        en: '"birthPostalCode" or "birthInseeCode" is required for a birth in France.',
      },
    })
    expect(validValue({ ...valid, birthPostalCode: null, birthInseeCode: '69381' }).birthInseeCode).toBe(
      '69381',
    )
    expect(validValue({ ...valid, birthInseeCode: '69381' })).toMatchObject({ birthPostalCode: '69001' })
  })

  it('reports a malformed code alone rather than also asking for one', () => {
    expect(onlyProblem({ ...valid, birthPostalCode: 'Lyon' }).reason).toBe('invalid_postal_code')
  })

  it('leaves both codes optional abroad', () => {
    expect(
      validValue({ ...valid, birthCountry: 'Belgique', birthCity: 'Liège', birthPostalCode: null }),
    ).toMatchObject({
      birthCountry: 'Belgique',
      birthPostalCode: null,
      birthInseeCode: null,
    })
  })
})

describe('nameMatchKey', () => {
  it.each([
    ["Jean-Pierre D'Artagnan", 'jean pierre dartagnan'],
    ['Éloïse', 'ELOISE'],
    ['Cœur', 'coeur'],
    ['Le Gall', 'le-gall'],
    ['O’Brien', "O'Brien"],
  ])('%s matches %s', (a, b) => {
    expect(nameMatchKey(a)).toBe(nameMatchKey(b))
  })

  it('still tells different names apart', () => {
    expect(nameMatchKey('Lea')).not.toBe(nameMatchKey('Leo'))
  })
})

describe('normaliseText', () => {
  it('trims and folds all kinds of white space', () => {
    expect(normaliseText('\u00a0 Marie\u202f  Claire\n')).toBe('Marie Claire')
  })
})
