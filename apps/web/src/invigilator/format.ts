import type { InvigilatedCandidate } from '@vigie/contract'

/** Upper-case birth name, then first name: "DURAND Simon". */
export const displayName = (c: Pick<InvigilatedCandidate, 'lastName' | 'firstName'>) =>
  `${c.lastName.toLocaleUpperCase('fr-FR')} ${c.firstName}`
