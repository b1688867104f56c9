import { defineMessages, type Message } from '../i18n/core'

/** The accounts' messages (sign-in, sign-up, passwords), in French (the reference), loaded with their pages. */
export const authFr = {
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
} as const satisfies Record<string, Message>

/** Registered by the area's pages (`useMessages`): other languages load when chosen. */
export const authMessages = defineMessages(authFr, {
  en: () => import('./messages.en').then((module) => module.authEn),
})
