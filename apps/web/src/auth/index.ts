/** The sign-in area (one lazily loaded chunk): sign in, sign up, password reset. */
export { ForgotPasswordPage } from './ForgotPasswordPage'
export { LoginPage } from './LoginPage'
export { ResetPasswordPage } from './ResetPasswordPage'
export { SignupPage } from './SignupPage'
