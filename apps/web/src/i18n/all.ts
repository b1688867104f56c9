/**
 * Every message at once, per part and in each language: for the unit tests. The app never imports
 * this module (each area loads its own messages, and English only once chosen).
 */

import { authFr } from '../auth/messages'
import { authEn } from '../auth/messages.en'
import { candidateFr } from '../candidate/messages'
import { candidateEn } from '../candidate/messages.en'
import { candidateResultsFr } from '../candidate/results/messages'
import { candidateResultsEn } from '../candidate/results/messages.en'
import { centreFr } from '../centre/messages'
import { centreEn } from '../centre/messages.en'
import { invigilatorFr } from '../invigilator/messages'
import { invigilatorEn } from '../invigilator/messages.en'
import { verificationFr } from '../verification/messages'
import { verificationEn } from '../verification/messages.en'
import type { Catalogue, Messages } from './core'
import { en } from './en'
import { fr } from './fr'

/** The shell's messages and each area's, by the folder of their code (`candidate/results` has its own). */
export const parts: Record<
  'shell' | 'auth' | 'centre' | 'candidate' | 'candidate/results' | 'invigilator' | 'verification',
  Record<'fr' | 'en', Messages>
> = {
  shell: { fr, en },
  auth: { fr: authFr, en: authEn },
  centre: { fr: centreFr, en: centreEn },
  candidate: { fr: candidateFr, en: candidateEn },
  'candidate/results': { fr: candidateResultsFr, en: candidateResultsEn },
  invigilator: { fr: invigilatorFr, en: invigilatorEn },
  verification: { fr: verificationFr, en: verificationEn },
}

export const allFr = {
  ...fr,
  ...authFr,
  ...centreFr,
  ...candidateFr,
  ...candidateResultsFr,
  ...invigilatorFr,
  ...verificationFr,
} satisfies Catalogue
export const allEn = {
  ...en,
  ...authEn,
  ...centreEn,
  ...candidateEn,
  ...candidateResultsEn,
  ...invigilatorEn,
  ...verificationEn,
} satisfies Catalogue
