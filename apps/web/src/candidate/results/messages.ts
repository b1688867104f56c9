import { defineMessages, type Message } from '../../i18n/core'

/** "Mes résultats" (Espace candidat), in French (the reference), loaded with the area's code. */
export const candidateResultsFr = {
  'myResults.title': 'Mes résultats',
  'myResults.lead': 'Vos résultats de certification et vos certificats, une fois publiés par votre centre.',
  'myResults.link.section': 'Résultats et certificats',
  'myResults.link': 'Mes résultats',
  'myResults.link.description': 'Vos résultats et vos certificats, dès que votre centre les a publiés.',
  'myResults.loadError': 'Impossible de charger vos résultats.',
  'myResults.none.title': 'Aucun résultat publié pour le moment',
  'myResults.none.text':
    'Vos résultats apparaîtront ici dès que votre centre de certification les aura publiés, après la session.',
  'myResults.heading': 'Session du {date}',
  'myResults.session': 'session n° {number}',
  'myResults.status': 'Résultat',
  'myResults.status.validated': 'Validé',
  'myResults.status.rejected': 'Rejeté',
  'myResults.status.cancelled': 'Annulé',
  'myResults.explain.validated': 'Votre certification est validée : téléchargez votre certificat ci-dessous.',
  'myResults.explain.rejected.noScore':
    'Moins de 20 réponses ont été prises en compte : votre test ne peut pas être certifié.',
  'myResults.explain.rejected.level0':
    'Votre score n’atteint pas le niveau 1 : la certification n’est pas délivrée.',
  'myResults.explain.cancelled':
    'Votre test a été annulé sans que vous en soyez responsable : vous pourrez le repasser. Votre centre de certification vous indiquera comment.',
  'myResults.score': 'Score',
  'myResults.score.value': '{score} / {max}',
  'myResults.score.none': 'Pas de score',
  'myResults.level': 'Niveau global',
  'myResults.level.value': '{level} / {max}',
  'myResults.answered': 'Réponses prises en compte',
  'myResults.competences': 'Niveau par compétence',
  'myResults.competence': 'Compétence',
  'myResults.competence.level': 'Niveau',
  'myResults.competence.notEvaluated': 'Non évalué',
  'myResults.download': 'Télécharger mon certificat',
  'myResults.download.failed': 'Le certificat n’a pas pu être téléchargé',
  'myResults.download.unavailable':
    'Ce certificat n’est pas disponible. Rechargez la page ; si le problème persiste, contactez votre centre de certification.',
  'myResults.download.done': 'Certificat téléchargé : {filename}',
  'myResults.verificationCode': 'Code de vérification :',
} as const satisfies Record<string, Message>

/** Registered by the pages that show these messages (`useMessages`): other languages load when chosen. */
export const candidateResultsMessages = defineMessages(candidateResultsFr, {
  en: () => import('./messages.en').then((module) => module.candidateResultsEn),
})
