/** Pure account rules: no I/O. */

export const PASSWORD_MIN_LENGTH = 10

/** Why a new password is refused, or undefined when it is strong enough. */
export function passwordWeakness(password: string, email: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) {
    return 'The password must contain at least one letter and one digit or symbol.'
  }
  const localPart = email.toLowerCase().split('@')[0] ?? ''
  if (localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    return 'The password must not contain your e-mail address.'
  }
  return undefined
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase()

export const normaliseName = (name: string) => name.trim().replace(/\s+/g, ' ')
