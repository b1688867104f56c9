/**
 * The French catalogue: the reference. Its keys are the app's message keys; every other
 * catalogue must have exactly these keys, with the same `{placeholders}`.
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
  'common.comingSoon': 'Bientôt disponible',

  'field.required': 'Ce champ est obligatoire.',
  'field.invalidEmail': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  'field.tooLong': {
    one: 'Saisissez au plus {count} caractère.',
    other: 'Saisissez au plus {count} caractères.',
  },
  'field.invalid': "Cette valeur n'est pas valide.",

  'live.reconnecting': 'Connexion perdue, reconnexion…',

  'login.pageTitle': 'Connexion',
  'login.title': 'Connectez-vous',
  'login.note': "L'accès à Vigie est limité aux centres de certification et à leurs candidats.",
  'login.email': 'Adresse e-mail',
  'login.password': 'Mot de passe',
  'login.submit': 'Je me connecte',
  'login.forgot': 'Mot de passe oublié ?',
  'login.noAccount': 'Pas encore de compte ?',
  'login.signup': 'Créer un compte',
  'login.required': 'Connectez-vous pour accéder à cette page.',
  'login.passwordChanged':
    'Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.',
  'login.signedOut': 'Déconnexion réussie. À bientôt !',

  'signup.pageTitle': 'Créer un compte',
  'signup.title': 'Créer un compte',
  'signup.intro':
    "Un seul compte pour gérer les sessions d'un centre, surveiller une session ou passer une certification.",
  'signup.firstName': 'Prénom',
  'signup.lastName': 'Nom',
  'signup.email': 'Adresse e-mail',
  'signup.password': 'Mot de passe',
  'signup.passwordRule': 'Au moins 10 caractères, dont au moins une lettre et un chiffre ou un symbole.',
  'signup.submit': 'Créer mon compte',
  'signup.haveAccount': 'Vous avez déjà un compte ?',
  'signup.login': 'Se connecter',

  'forgot.pageTitle': 'Mot de passe oublié',
  'forgot.title': 'Mot de passe oublié ?',
  'forgot.intro':
    "Indiquez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.",
  'forgot.email': 'Adresse e-mail',
  'forgot.submit': 'Envoyer le lien',
  'forgot.sent': "Si un compte existe pour cette adresse, un lien de réinitialisation vient d'être envoyé.",
  'forgot.sentHint':
    "Vous ne le voyez pas ? Regardez dans vos courriers indésirables, ou vérifiez l'adresse saisie.",
  'forgot.backToLogin': 'Retour à la connexion',

  'reset.pageTitle': 'Nouveau mot de passe',
  'reset.title': 'Choisir un nouveau mot de passe',
  'reset.password': 'Nouveau mot de passe',
  'reset.submit': 'Enregistrer le mot de passe',
  'reset.missingToken':
    'Ce lien de réinitialisation est incomplet. Ouvrez le lien reçu par e-mail, ou demandez-en un nouveau.',
  'reset.requestNew': 'Demander un nouveau lien',

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

  'role.admin': 'Administrateur',
  'role.member': 'Membre',

  'centre.area': 'Espace centre',
  'centre.list.title': 'Vos centres de certification',
  'centre.list.count': {
    one: 'Vous êtes membre de {count} centre.',
    other: 'Vous êtes membre de {count} centres.',
  },
  'centre.list.empty':
    "Vous n'êtes membre d'aucun centre de certification. Demandez à l'administrateur de votre centre de vous y ajouter.",
  'centre.home.role': 'Votre rôle : {role}',
  'centre.home.sessions': 'Sessions de certification',
  'centre.home.sessionsSoon':
    "Vous pourrez ici créer les sessions, inscrire les candidats, télécharger le Kit surveillant, la feuille d'émargement et le PV d'incident, puis finaliser chaque session.",
  'centre.notFound': "Ce centre n'existe pas, ou vous n'en êtes pas membre.",
  'centre.backToList': 'Tous vos centres',

  'invigilator.area': 'Espace Surveillant',
  'invigilator.title': 'Surveiller une session',
  'invigilator.soon':
    'Vous pourrez ici vous connecter à une session avec son numéro et son mot de passe, puis suivre les candidats en direct.',

  'candidate.area': 'Espace candidat',
  'candidate.title': 'Rejoindre une session',
  'candidate.soon':
    'Vous pourrez ici rejoindre votre session avec le numéro communiqué par le surveillant, puis passer votre test de certification.',

  'notFound.pageTitle': 'Page introuvable',
  'notFound.title': 'Page introuvable',
  'notFound.body': "L'adresse demandée ne correspond à aucune page de Vigie.",

  'error.validation_failed': 'Certaines informations ne sont pas valides. Vérifiez le formulaire.',
  'error.request_rejected': "La demande n'a pas pu être traitée. Rechargez la page et réessayez.",
  'error.not_authenticated': 'Votre session a expiré. Connectez-vous à nouveau.',
  'error.cross_site_request': 'La demande a été refusée par sécurité. Rechargez la page et réessayez.',
  'error.not_found': "L'élément demandé est introuvable.",
  'error.conflict': 'Les informations ont changé entre-temps. Rechargez la page avant de continuer.',
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
