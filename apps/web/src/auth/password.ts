/**
 * The password rule, checked before sending so the user hears it at once; the server decides
 * (`weak_password`). At least 10 characters, a letter, and a digit or a symbol.
 */
export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 200

export function isStrongEnough(password: string): boolean {
  return (
    [...password].length >= PASSWORD_MIN_LENGTH && /\p{L}/u.test(password) && /[^\p{L}\s]/u.test(password)
  )
}
