import type { SignalementCategory } from '@vigie/contract'
import type { Item } from '../evaluation/item-format'

const LINK = /https?:\/\//

/**
 * The categories that can explain a problem with this question for this candidate: an image
 * problem only where there is an image, and so on (DESIGN.md, "Signalements").
 */
export function applicableCategories(item: Item, extraTimePercentage: number): SignalementCategory[] {
  const statementHasLink = LINK.test(item.statement.fr) || LINK.test(item.statement.en ?? '')
  const visitsASite = statementHasLink || Boolean(item.embed)
  const applies: Record<SignalementCategory, boolean> = {
    E1: Boolean(item.image),
    E2: Boolean(item.embed),
    E3: Boolean(item.attachment),
    E4: visitsASite,
    E5: visitsASite,
    E8: extraTimePercentage > 0,
    E9: Boolean(item.attachment),
    E10: item.focus,
    E11: true,
    E12: true,
  }
  return (Object.keys(applies) as SignalementCategory[]).filter((code) => applies[code])
}

/** The categories' words (DESIGN.md, "Signalements"), for documents printed in French. */
export const CATEGORY_LABELS: Record<SignalementCategory, string> = {
  E1: "L'image ne s'affiche pas",
  E2: "Le simulateur/l'application ne s'affiche pas",
  E3: 'Le fichier à télécharger ne se télécharge pas ou ne s’ouvre pas',
  E4: 'Le site à visiter est indisponible/en maintenance/inaccessible',
  E5: 'Le site est bloqué par les restrictions réseau de l’établissement (réseaux sociaux par ex.)',
  E8: 'Le candidat bénéficie d’un temps majoré et n’a pas pu répondre à la question dans le temps imparti',
  E9: 'Le logiciel installé sur l’ordinateur n’a pas fonctionné',
  E10: 'Le candidat a été contraint de cliquer en dehors du cadre autorisé pour une question en mode focus',
  E11: 'Un problème technique lié à la plateforme a empêché le candidat de répondre à la question',
  E12: 'Problème avec l’accessibilité de la question (ex : daltonisme)',
}
