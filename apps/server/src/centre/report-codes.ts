import type { AbortReason, CentreReportCode } from '@vigie/contract'
import { CATEGORY_LABELS } from '../invigilation/signalement-categories'

/** The centre's report codes in words (DESIGN.md, "Finalisation"), for documents printed in French. */
export const REPORT_LABELS: Record<CentreReportCode, string> = {
  C1: 'Modification des nom, prénom ou date de naissance',
  C2: 'Ajout ou modification du temps majoré',
  C4: 'Présent(e) mais n’a pas signé, ou a signé sur la mauvaise ligne',
  C6: 'Suspicion de fraude',
  C7: 'Incident technique non bloquant',
  C8: 'Incident lié au candidat non bloquant',
  ...CATEGORY_LABELS,
  E6: 'Le lien ne fonctionne pas',
  E7: 'Autre incident lié à la question',
}

export const ABORT_REASON_LABELS: Record<AbortReason, string> = {
  candidate: 'Abandon du candidat',
  technical: 'Problème technique',
}
