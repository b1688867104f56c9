/**
 * The shell's French messages (header, home, errors, fields…), bundled with the entry. French is
 * the reference: every key of the app is a French key, and each area keeps its own messages
 * beside its code (`<area>/messages.ts`), loaded with the area.
 * Wording follows the user's guide (`seed/guide-espace-surveillant.md`). Write plain spaces
 * before ? ! : ; — `t()` turns them into no-break spaces.
 */
import type { Message } from './core'

export const fr = {
  'app.name': 'Vigie',
  'document.title': '{page} – Vigie',

  'layout.skipLink': 'Aller au contenu',
  'layout.home': 'Vigie, accueil',
  'layout.language': 'Langue',
  'layout.logout': 'Se déconnecter',
  'layout.footer': 'Vigie, logiciel libre de gestion des sessions de certification.',

  'locale.fr': 'Français',
  'locale.en': 'English',
  'locale.fr.short': 'FR',
  'locale.en.short': 'EN',

  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.close': 'Fermer',
  'common.cancel': 'Annuler',
  'common.moreActions': "Plus d'actions",
  'common.backHome': "Retour à l'accueil",
  'common.reload': 'Recharger la page',
  'common.requiredFields': 'Tous les champs sont obligatoires.',

  'field.required': 'Ce champ est obligatoire.',
  'field.invalidEmail': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  'field.tooLong': {
    one: 'Saisissez au plus {count} caractère.',
    other: 'Saisissez au plus {count} caractères.',
  },
  'field.invalid': "Cette valeur n'est pas valide.",

  'live.reconnecting': 'Connexion perdue, reconnexion…',

  'home.pageTitle': 'Accueil',
  'home.greeting': 'Bonjour {firstName}',
  'home.intro': 'Que souhaitez-vous faire ?',
  'home.centres.title': 'Vos centres de certification',
  'home.spaces.title': 'Sessions de certification',
  'home.invigilate.title': 'Surveiller une session',
  'home.invigilate.description':
    'Avec le numéro de la session et son mot de passe, indiqués dans le Kit surveillant.',
  'home.join.title': 'Rejoindre une session',
  'home.join.description':
    'Vous êtes candidat : rejoignez votre session avec le numéro communiqué par le surveillant.',
  'home.results.title': 'Mes résultats',
  'home.results.description':
    'Vous êtes candidat : vos résultats et votre certificat, une fois publiés par votre centre.',

  'role.admin': 'Administrateur',
  'role.member': 'Membre',

  'nav.breadcrumbs': "Fil d'Ariane",
  'field.optional': '{label} (facultatif)',
  'field.dateFormat': 'Au format JJ/MM/AAAA, par exemple 23/09/2001.',

  'notFound.pageTitle': 'Page introuvable',
  'notFound.title': 'Page introuvable',
  'notFound.body': "L'adresse demandée ne correspond à aucune page de Vigie.",

  'error.validation_failed': 'Certaines informations ne sont pas valides. Vérifiez le formulaire.',
  'error.request_rejected': "La demande n'a pas pu être traitée. Rechargez la page et réessayez.",
  'error.not_authenticated': 'Votre session a expiré. Connectez-vous à nouveau.',
  'error.cross_site_request': 'La demande a été refusée par sécurité. Rechargez la page et réessayez.',
  'error.forbidden': 'Seul un administrateur du centre peut faire cela.',
  'error.not_found': "L'élément demandé est introuvable.",
  'error.conflict': 'Les informations ont changé entre-temps. Rechargez la page avant de continuer.',
  'error.session_finalised': 'Cette session est finalisée.',
  'error.session_not_found': 'Aucune session ne porte ce numéro. Vérifiez le numéro de session.',
  'error.candidate_not_found':
    'Aucun candidat inscrit à cette session ne correspond à ces informations. Vérifiez le prénom, le nom de naissance et la date de naissance.',
  'error.candidate_taken': 'Ce candidat est déjà associé à un autre compte.',
  'error.invalid_access_code':
    "Ce code d'accès n'est pas le bon. Vérifiez le code communiqué par le surveillant.",
  'error.presence_not_confirmed':
    "Votre surveillant n'a pas confirmé votre présence dans la salle de test. Vous ne pouvez donc pas encore commencer votre test de certification. Merci de prévenir votre surveillant.",
  'error.resume_not_authorised':
    "Votre surveillant n'a pas autorisé la reprise de votre test. Merci de prévenir votre surveillant.",
  'error.test_ended': 'Ce test de certification est terminé.',
  'error.not_current_question': "Cette question n'est plus la question en cours. Rechargez la page.",
  'error.attempt_replaced': 'Ce test a été repris dans une autre fenêtre. Rechargez la page.',
  'error.test_paused': 'Les actions sont mises en pause en attendant le surveillant',
  'error.signalement_handled': 'Ce signalement a déjà été traité par un autre surveillant.',
  'error.session_not_finalised':
    "Cette session n'est pas encore finalisée : ses résultats ne sont pas encore calculés.",
  'error.results_published': 'Les résultats de cette session sont déjà publiés.',
  'error.too_many_attempts': 'Trop de tentatives. Réessayez plus tard.',
  'error.too_many_attempts.minutes': {
    one: 'Trop de tentatives. Réessayez dans {count} minute.',
    other: 'Trop de tentatives. Réessayez dans {count} minutes.',
  },
  'error.too_many_attempts.seconds': {
    one: 'Trop de tentatives. Réessayez dans {count} seconde.',
    other: 'Trop de tentatives. Réessayez dans {count} secondes.',
  },
  'error.invalid_credentials': 'Adresse e-mail ou mot de passe incorrect.',
  'error.email_taken': 'Un compte existe déjà avec cette adresse e-mail.',
  'error.weak_password':
    'Mot de passe trop faible : il faut au moins 10 caractères, dont au moins une lettre et un chiffre ou un symbole.',
  'error.invalid_token':
    'Ce lien de réinitialisation a expiré ou a déjà été utilisé. Demandez-en un nouveau.',
  'error.internal': 'Une erreur est survenue de notre côté. Réessayez dans un instant.',
  'error.network': 'Impossible de joindre Vigie. Vérifiez votre connexion internet et réessayez.',
  'error.page': "Cette page n'a pas pu s'afficher.",
  'error.pageHint': 'Une nouvelle version de Vigie est peut-être disponible : rechargez la page.',
  'error.locale': "La langue choisie n'a pas pu être enregistrée dans votre compte.",
  'error.loadAccount': 'Vigie ne répond pas pour le moment.',
} as const satisfies Record<string, Message>
