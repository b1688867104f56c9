import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CentreMembers, CentreRole, Member } from '@vigie/contract'
import { useMemo, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { meKey, useMe } from '../api'
import { paths } from '../app/paths'
import { useI18n, useT } from '../i18n'
import {
  ActionMenu,
  Alert,
  Button,
  ConfirmDialog,
  Form,
  FormActions,
  LoadError,
  Loading,
  Page,
  RadioGroup,
  Section,
  Tag,
  TextField,
} from '../ui'
import { centreApi, centreKeys, useMembers } from './api'
import { describeError, splitFormError, useFocusFirstInvalid } from './errors'
import { isEmailAddress } from './format'
import { CentreCrumbs, CentreNotFound, useCentre } from './shared'

const fullName = (member: Pick<Member, 'firstName' | 'lastName'>) => `${member.firstName} ${member.lastName}`

function InviteForm({ centreId, data }: { centreId: string; data: CentreMembers }) {
  const t = useT()
  const queryClient = useQueryClient()
  const formRef = useRef<HTMLFormElement>(null)
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<CentreRole>('member')
  const [sent, setSent] = useState<string | null>(null)
  const invite = useMutation({
    mutationFn: () => centreApi.invite(centreId, email.trim(), role),
    onSuccess: async () => {
      setSent(email.trim())
      setEmail('')
      setRole('member')
      await queryClient.invalidateQueries({ queryKey: centreKeys.members(centreId) })
    },
  })
  const { fieldErrors, formError } = useMemo(
    () =>
      splitFormError(t, invite.error, ['email'] as const, {
        fieldMessages: { email: 'members.invite.invalidEmail' },
      }),
    [t, invite.error],
  )
  useFocusFirstInvalid(formRef, fieldErrors)
  const members = new Set(data.members.map((member) => member.email.toLowerCase()))

  return (
    <Section title={t('members.invite.title')} data-testid="invite">
      <p>{t('members.invite.intro')}</p>
      {sent && (
        <Alert tone="success" className="members__notice" data-testid="invite-sent">
          {t('members.invite.sent', { email: sent })}
        </Alert>
      )}
      {formError && (
        <Alert tone="error" className="members__notice" data-testid="invite-error">
          {formError}
        </Alert>
      )}
      <Form
        ref={formRef}
        validationErrors={fieldErrors}
        className="invite-form"
        data-testid="invite-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (invite.isPending) return
          setSent(null)
          invite.reset()
          invite.mutate()
        }}
      >
        <TextField
          name="email"
          type="email"
          inputMode="email"
          autoComplete="off"
          label={t('members.invite.email')}
          value={email}
          onChange={setEmail}
          isRequired
          maxLength={254}
          validate={(value) => {
            if (value.trim() === '') return null
            if (!isEmailAddress(value)) return t('field.invalidEmail')
            return members.has(value.trim().toLowerCase()) ? t('members.invite.alreadyMember') : null
          }}
        />
        <RadioGroup
          name="role"
          label={t('members.invite.role')}
          options={[
            { value: 'member', label: t('role.member') },
            { value: 'admin', label: t('role.admin') },
          ]}
          value={role}
          onChange={(value) => setRole(value === 'admin' ? 'admin' : 'member')}
          orientation="horizontal"
          description={t('members.roles.help')}
        />
        <FormActions>
          <Button type="submit" isPending={invite.isPending} data-testid="invite-submit">
            {t('members.invite.submit')}
          </Button>
        </FormActions>
      </Form>
    </Section>
  )
}

type MemberAction = { kind: 'role' | 'remove'; member: Member }

function MemberList({ centreId, data }: { centreId: string; data: CentreMembers }) {
  const t = useT()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const myId = useMe().data?.user.id
  const isAdmin = data.viewerRole === 'admin'
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [removing, setRemoving] = useState<Member | null>(null)
  const [removeOpen, setRemoveOpen] = useState(false)

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: CentreRole }) =>
      centreApi.changeRole(centreId, member.userId, role),
    onSuccess: async (_, { member, role }) => {
      setMessage(t('members.roleChanged', { name: fullName(member), role: t(`role.${role}`) }))
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: centreKeys.members(centreId) }),
        member.userId === myId ? queryClient.invalidateQueries({ queryKey: meKey }) : null,
      ])
    },
  })
  const remove = useMutation({
    mutationFn: (member: Member) => centreApi.removeMember(centreId, member.userId),
    onSuccess: async (_, member) => {
      setRemoveOpen(false)
      if (member.userId === myId) {
        // Leaving the centre: its pages are no longer ours.
        await queryClient.invalidateQueries({ queryKey: meKey })
        navigate(paths.centre)
        return
      }
      setMessage(t('members.removed', { name: fullName(member) }))
      await queryClient.invalidateQueries({ queryKey: centreKeys.members(centreId) })
      headingRef.current?.focus()
    },
  })

  const onAction = ({ kind, member }: MemberAction) => {
    setMessage(null)
    changeRole.reset()
    if (kind === 'role') {
      changeRole.mutate({ member, role: member.role === 'admin' ? 'member' : 'admin' })
      return
    }
    remove.reset()
    setRemoving(member)
    setRemoveOpen(true)
  }
  const self = removing?.userId === myId

  return (
    <Section
      title={t('members.list', { count: data.members.length })}
      headingRef={headingRef}
      data-testid="member-list"
    >
      {message && (
        <Alert tone="success" className="members__notice" data-testid="members-message">
          {message}
        </Alert>
      )}
      {changeRole.isError && (
        <Alert tone="error" className="members__notice" data-testid="members-error">
          {describeError(t, changeRole.error, { conflict: 'members.lastAdmin' })}
        </Alert>
      )}
      <ul className="member-rows">
        {data.members.map((member) => (
          <li key={member.userId} className="member-row" data-testid="member-row">
            <div className="member-row__who">
              <p className="member-row__name">
                {fullName(member)}
                {member.userId === myId && <span className="muted"> {t('members.you')}</span>}
              </p>
              <p className="member-row__email">{member.email}</p>
            </div>
            <div className="member-row__role">
              <Tag tone={member.role === 'admin' ? 'info' : 'neutral'}>{t(`role.${member.role}`)}</Tag>
              {isAdmin && (
                <ActionMenu
                  label={t('members.actions', { name: fullName(member) })}
                  items={[
                    {
                      id: 'role',
                      label: member.role === 'admin' ? t('members.makeMember') : t('members.makeAdmin'),
                    },
                    {
                      id: 'remove',
                      label: member.userId === myId ? t('members.leave') : t('members.remove'),
                      tone: 'danger',
                    },
                  ]}
                  onAction={(key) => onAction({ kind: key as MemberAction['kind'], member })}
                  data-testid="member-actions"
                />
              )}
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        isOpen={removeOpen}
        onOpenChange={setRemoveOpen}
        title={
          removing
            ? self
              ? t('members.leave.title')
              : t('members.remove.title', { name: fullName(removing) })
            : ''
        }
        confirmLabel={self ? t('members.leave') : t('members.remove')}
        tone="danger"
        onConfirm={() => removing && remove.mutate(removing)}
        isPending={remove.isPending}
        error={remove.isError ? describeError(t, remove.error, { conflict: 'members.lastAdmin' }) : null}
        data-testid="remove-member-dialog"
      >
        <p>{self ? t('members.leave.body') : t('members.remove.body')}</p>
      </ConfirmDialog>
    </Section>
  )
}

function Invitations({ data }: { data: CentreMembers }) {
  const i18n = useI18n()
  const { t } = i18n
  return (
    <Section title={t('members.invitations.title')} data-testid="invitations">
      {data.invitations.length === 0 ? (
        <p className="muted">{t('members.invitations.empty')}</p>
      ) : (
        <ul className="member-rows">
          {data.invitations.map((invitation) => (
            <li key={invitation.email} className="member-row" data-testid="invitation-row">
              <div className="member-row__who">
                <p className="member-row__name">{invitation.email}</p>
                <p className="member-row__email">
                  {t('members.invitations.expires', {
                    date: i18n.formatDate(invitation.expiresAt, {
                      day: 'numeric',
                      month: 'long',
                      year: 'numeric',
                      timeZone: data.centre.timeZone,
                    }),
                  })}
                </p>
              </div>
              <div className="member-row__role">
                <Tag tone={invitation.role === 'admin' ? 'info' : 'neutral'}>
                  {t(`role.${invitation.role}`)}
                </Tag>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}

/** "Membres": who manages the centre; admins invite, change roles and remove. */
export function MembersPage() {
  const t = useT()
  const { centreId, membership } = useCentre()
  const query = useMembers(centreId)
  if (!membership) return <CentreNotFound />
  const data = query.data
  return (
    <Page
      title={t('members.title')}
      documentTitle={t('members.documentTitle', { centre: membership.centreName })}
      lead={t('members.lead')}
      breadcrumbs={
        <CentreCrumbs
          centreId={centreId}
          centreName={membership.centreName}
          trail={[{ label: t('members.title') }]}
        />
      }
      data-testid="members-page"
    >
      {data ? (
        <>
          {data.viewerRole !== 'admin' && <Alert tone="info">{t('members.readOnly')}</Alert>}
          <MemberList centreId={centreId} data={data} />
          {data.viewerRole === 'admin' && <InviteForm centreId={centreId} data={data} />}
          <Invitations data={data} />
        </>
      ) : query.isError ? (
        <LoadError
          title={t('members.loadError')}
          message={describeError(t, query.error)}
          onRetry={() => query.refetch()}
          isRetrying={query.isFetching}
        />
      ) : (
        <Loading />
      )}
    </Page>
  )
}
