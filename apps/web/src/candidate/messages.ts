import { defineMessages, type Message } from '../i18n/core'

/** The candidate area's messages, in French (the reference), loaded with the area's code. */
export const candidateFr = {
  'candidate.title': 'Rejoindre une session',

  'candidate.join.sessionNumber': 'Numéro de session',
  'candidate.join.sessionNumber.help': 'Communiqué uniquement par le surveillant en début de session',
  'candidate.join.firstName': 'Prénom',
  'candidate.join.lastName': 'Nom de naissance',
  'candidate.join.birthdate': 'Date de naissance',
  'candidate.join.birthdate.help': 'Au format JJ/MM/AAAA, par exemple 04/07/2001',
  'candidate.join.birthdate.invalid': 'Saisissez une date de naissance valide au format JJ/MM/AAAA.',
  'candidate.join.submit': 'Rejoindre la session',
  'candidate.join.failed': 'Impossible de rejoindre la session',
  'candidate.join.intro':
    'Saisissez le numéro de session donné par votre surveillant, puis votre identité telle qu’elle figure sur votre pièce d’identité.',
  'candidate.enrolments.title': 'Mes sessions',
  'candidate.enrolments.item': 'Session {number} – {centre}',
  'candidate.enrolments.when': '{date}, {time} · {site}, salle {room}',
  'candidate.enrolments.loadError': 'Impossible de charger vos sessions.',
  'candidate.intro.title': 'Instructions',
  'candidate.intro.step': 'Étape {step} sur {total}',
  'candidate.intro.1.title': 'Votre test de certification',
  'candidate.intro.1.questions': 'Le test comporte {count} questions.',
  'candidate.intro.1.duration': 'Vous disposez de {duration} pour le passer.',
  'candidate.intro.1.extraTime': 'Cette durée comprend votre temps majoré ({percent} %).',
  'candidate.intro.2.title': 'Répondre aux questions',
  'candidate.intro.2.noBack':
    'Une fois une question validée ou passée, vous ne pouvez plus revenir en arrière.',
  'candidate.intro.2.report':
    'Si une question vous semble poser problème, utilisez « Signaler un problème avec la question » ou prévenez votre surveillant.',
  'candidate.intro.3.title': 'Avant de commencer',
  'candidate.intro.3.extension':
    'Votre centre peut vous demander d’installer l’extension de navigateur de certification : suivez les consignes de votre surveillant.',
  'candidate.intro.3.extensionRequired':
    'L’extension de navigateur de certification est requise pour cette session : vérifiez avec votre surveillant qu’elle est installée.',
  'candidate.intro.3.focus':
    'Certaines questions vous demandent de rester sur la page : ne changez pas d’onglet ni de fenêtre pendant ces questions.',
  'candidate.companion.checking': 'Recherche de l’extension de certification dans ce navigateur…',
  'candidate.companion.present': 'Extension de certification détectée',
  'candidate.companion.present.text': 'Gardez-la activée pendant tout le test.',
  'candidate.companion.missing': 'Extension de certification non détectée',
  'candidate.companion.missing.text':
    'Installez-la ou activez-la dans ce navigateur : cette page la détectera d’elle-même, sans être rechargée. En cas de difficulté, prévenez votre surveillant.',
  'candidate.companion.install': 'Installer ou activer l’extension (nouvel onglet)',
  'candidate.companion.required':
    'Vous ne pouvez pas commencer votre test sans l’extension de certification : installez-la ou activez-la, ou prévenez votre surveillant.',
  'candidate.intro.acknowledge': 'J’ai lu et compris ces instructions',
  'candidate.intro.acknowledge.required': 'Cochez la case pour confirmer que vous avez lu les instructions.',
  'candidate.intro.next': 'Suivant',
  'candidate.intro.previous': 'Précédent',
  'candidate.intro.done': 'Continuer',
  'candidate.start.title': 'Vous allez commencer votre test de certification',
  'candidate.start.accessCode': 'Code d’accès communiqué par le surveillant',
  'candidate.start.submit': 'Commencer mon test',
  'candidate.start.consent':
    "En cliquant sur \"Commencer mon test\", j'accepte que mes données d'identité, le numéro de certification et les circonstances de la passation telles que renseignées par le surveillant soient communiquées à Vigie. Vigie les utilisera lors de la délibération du jury pour produire et archiver mes résultats et pour éditer mon certificat. Si cette certification m'a été prescrite par une organisation, j'accepte que Vigie lui communique mes résultats.",
  'candidate.start.rights':
    "Conformément à la loi « informatique et libertés », vous pouvez exercer votre droit d'accès aux données vous concernant et les faire rectifier en vous adressant au délégué à la protection des données de votre centre.",
  'candidate.start.presenceNotConfirmed':
    "Votre surveillant n'a pas confirmé votre présence dans la salle de test. Vous ne pouvez donc pas encore commencer votre test de certification. Merci de prévenir votre surveillant.",
  'candidate.start.resumeNotAuthorised':
    'Merci de contacter votre surveillant afin qu’il autorise la reprise de votre test.',
  'candidate.start.failed': 'Impossible de commencer le test',
  'candidate.start.backToInstructions': 'Relire les instructions',
  'candidate.test.title': 'Question {number} / {total}',
  'candidate.test.remaining': 'Temps restant : {time}',
  'candidate.test.overtime': 'Temps imparti dépassé — prévenez votre surveillant',
  'candidate.test.answer': 'Votre réponse',
  'candidate.test.answer.multiple': 'Votre réponse (plusieurs choix possibles)',
  'candidate.test.validate': 'Je valide',
  'candidate.test.skip': 'Je passe',
  'candidate.test.focus':
    'Question focus : restez sur cette page jusqu’à votre réponse, sans changer d’onglet ni de fenêtre.',
  'candidate.test.attachment': 'Télécharger la pièce jointe : {name}',
  'candidate.test.retrying':
    'Connexion perdue : votre réponse est conservée et sera envoyée dès que possible…',
  'candidate.test.replaced': 'Votre test continue dans un autre navigateur',
  'candidate.test.replaced.text':
    'Pour le poursuivre ici, saisissez à nouveau le code d’accès communiqué par le surveillant.',
  'candidate.test.noToken': 'Saisissez le code d’accès pour reprendre votre test',
  'candidate.test.noToken.text':
    'Ce test a été ouvert dans une autre fenêtre ou un onglet fermé depuis : passez à nouveau par l’écran du code d’accès.',
  'candidate.test.reenterCode': 'Saisir le code d’accès',
  'candidate.test.loadError': 'Impossible de charger votre test.',
  'candidate.report.open': 'Signaler un problème avec la question',
  'candidate.report.confirm.title': 'Êtes-vous sûr(e) de vouloir signaler un problème ?',
  'candidate.report.confirm.text':
    'Les actions seront mises en pause jusqu’à ce que le surveillant décide. Prévenez-le ensuite.',
  'candidate.report.confirm': 'Oui, je suis sûr(e)',
  'candidate.report.paused': 'Les actions sont mises en pause en attendant le surveillant',
  'candidate.report.paused.text':
    'Prévenez votre surveillant : il va examiner le problème avec la question. Votre réponse est conservée.',
  'candidate.report.refused':
    'Votre signalement a été refusé : vous pouvez reprendre la question là où vous vous étiez arrêté(e).',
  'candidate.report.validated':
    'Votre signalement a été validé : une autre question vous est proposée à la place.',
  'candidate.extension.title': 'Extension non détectée : votre test est en pause',
  'candidate.extension.text':
    'Vous ne pouvez pas continuer votre test pour le moment : l’extension de navigateur de certification n’est plus détectée.',
  'candidate.extension.next':
    'Prévenez votre surveillant. Une fois l’extension réactivée, il confirmera sa présence et vous reprendrez à la question où vous en étiez.',
  'candidate.extension.back.title': 'L’extension est de nouveau détectée',
  'candidate.extension.back.text':
    'Votre surveillant doit maintenant confirmer sa présence : prévenez-le. Vous reprendrez ensuite à la question où vous en étiez, sans rien avoir à faire sur cette page.',
  'candidate.end.title': 'Votre test de certification est terminé',
  'candidate.end.completed':
    'Vous avez répondu à toutes les questions. Merci, vous pouvez quitter la salle en suivant les consignes de votre surveillant.',
  'candidate.end.byInvigilator.title': 'Votre surveillant a mis fin à votre test',
  'candidate.end.byInvigilator':
    'Votre test de certification est terminé : vous ne pouvez plus répondre aux questions. Suivez les consignes de votre surveillant pour quitter la salle.',
  'candidate.end.other': 'Votre test a pris fin. Pour toute question, adressez-vous à votre surveillant.',
  'candidate.end.back': 'Retour à mes sessions',
} as const satisfies Record<string, Message>

/** Registered by the area's pages (`useMessages`): other languages load when chosen. */
export const candidateMessages = defineMessages(candidateFr, {
  en: () => import('./messages.en').then((module) => module.candidateEn),
})
