import type { AbortReason, ResultStatus, SessionResults, TestStatus } from '@vigie/contract'
import { renderCsv } from './csv'
import { toFrenchDate } from './french-date'

const TEST_STATUS: Record<TestStatus, string> = {
  started: 'En cours',
  completed: 'Terminé',
  ended_by_invigilator: 'Terminé par le surveillant',
  ended_by_finalisation: 'Terminé à la finalisation',
  ended_duration_exceeded: 'Durée maximale dépassée',
}
const ABORT_REASON: Record<AbortReason, string> = { candidate: 'Candidat', technical: 'Technique' }
const RESULT_STATUS: Record<ResultStatus, string> = {
  validated: 'Validé',
  rejected: 'Rejeté',
  cancelled: 'Annulé',
}

/**
 * The session's results for the centre's spreadsheet, one candidate a line (see csv.ts for the
 * format); one column per competence the results name, in the bank's order.
 */
export function renderResultsCsv(results: SessionResults): string {
  const competences = new Map<string, string>()
  for (const { result } of results.candidates)
    for (const competence of result?.competences ?? []) competences.set(competence.code, competence.title)
  const header = [
    'Nom de naissance',
    'Prénom',
    'Date de naissance (JJ/MM/AAAA)',
    'Identifiant externe',
    'Test',
    'Raison de l’abandon',
    'Réponses prises en compte',
    'Résultat',
    'Score (sur 895)',
    'Niveau global',
    ...[...competences].map(([code, title]) => `Niveau ${code} ${title}`),
    'Code de vérification',
  ]
  const lines = results.candidates.map((candidate) => {
    const { result } = candidate
    const levels = new Map(result?.competences.map((c) => [c.code, c.level]))
    return [
      candidate.lastName,
      candidate.firstName,
      toFrenchDate(candidate.birthdate),
      candidate.externalId ?? '',
      candidate.testStatus ? TEST_STATUS[candidate.testStatus] : 'Non commencé',
      candidate.abortReason ? ABORT_REASON[candidate.abortReason] : '',
      result ? String(result.answered) : '',
      result ? RESULT_STATUS[result.status] : 'Non passé',
      result?.score == null ? '' : String(result.score),
      result?.level == null ? '' : String(result.level),
      ...[...competences.keys()].map((code) => {
        const level = levels.get(code)
        return level == null ? '' : String(level)
      }),
      result?.verificationCode ?? '',
    ]
  })
  return renderCsv([header, ...lines])
}
