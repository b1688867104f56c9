import Type, { type Static } from 'typebox'

export const Locale = Type.Union([Type.Literal('fr'), Type.Literal('en')])
export type Locale = Static<typeof Locale>

const Email = Type.String({ format: 'email', maxLength: 254 })
const PersonName = Type.String({ minLength: 1, maxLength: 100 })
/** Length only: the strength rule (see server `accounts/rules.ts`) answers `weak_password`. */
const NewPassword = Type.String({ minLength: 1, maxLength: 200 })

export const User = Type.Object({
  id: Type.String(),
  email: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  locale: Locale,
})
export type User = Static<typeof User>

export const CentreRole = Type.Union([Type.Literal('admin'), Type.Literal('member')])
export type CentreRole = Static<typeof CentreRole>

export const Membership = Type.Object({
  centreId: Type.String(),
  centreName: Type.String(),
  role: CentreRole,
})
export type Membership = Static<typeof Membership>

export const Me = Type.Object({ user: User, memberships: Type.Array(Membership) })
export type Me = Static<typeof Me>

export const SignupBody = Type.Object(
  {
    firstName: PersonName,
    lastName: PersonName,
    email: Email,
    password: NewPassword,
    locale: Type.Optional(Locale),
  },
  { additionalProperties: false },
)
export type SignupBody = Static<typeof SignupBody>

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
)
export type LoginBody = Static<typeof LoginBody>

export const PasswordResetRequestBody = Type.Object({ email: Email }, { additionalProperties: false })
export type PasswordResetRequestBody = Static<typeof PasswordResetRequestBody>

export const PasswordResetConfirmBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200 }), password: NewPassword },
  { additionalProperties: false },
)
export type PasswordResetConfirmBody = Static<typeof PasswordResetConfirmBody>

export const AccountPatchBody = Type.Object(
  {
    firstName: Type.Optional(PersonName),
    lastName: Type.Optional(PersonName),
    locale: Type.Optional(Locale),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type AccountPatchBody = Static<typeof AccountPatchBody>

export const Member = Type.Object({
  userId: Type.String(),
  email: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  role: CentreRole,
})
export type Member = Static<typeof Member>

export const PendingInvitation = Type.Object({
  email: Type.String(),
  role: CentreRole,
  expiresAt: Type.String(),
})
export type PendingInvitation = Static<typeof PendingInvitation>

export const CentreMembers = Type.Object({
  centre: Type.Object({ id: Type.String(), name: Type.String(), timeZone: Type.String() }),
  /** The viewer's own role: only admins manage members. */
  viewerRole: CentreRole,
  members: Type.Array(Member),
  invitations: Type.Array(PendingInvitation),
})
export type CentreMembers = Static<typeof CentreMembers>

export const InvitationBody = Type.Object({ email: Email, role: CentreRole }, { additionalProperties: false })
export type InvitationBody = Static<typeof InvitationBody>

export const AcceptInvitationBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
)
export type AcceptInvitationBody = Static<typeof AcceptInvitationBody>

export const RoleBody = Type.Object({ role: CentreRole }, { additionalProperties: false })
export type RoleBody = Static<typeof RoleBody>
