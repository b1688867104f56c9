/** "Vérifier un certificat" (one lazily loaded chunk): public, no account needed. */
import './verification.css'
import { useMessages } from '../i18n'
import { verificationMessages } from './messages'
import { VerificationPage } from './VerificationPage'

export default function VerificationArea() {
  useMessages(verificationMessages)
  return <VerificationPage />
}
