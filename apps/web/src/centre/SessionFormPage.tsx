import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Session } from '@vigie/contract'
import { useId, useMemo, useRef, useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { useT } from '../i18n'
import { Alert, Button, Checkbox, Form, FormActions, LinkButton, Loading, Page, TextField } from '../ui'
import { centreApi, centreKeys, useMembers, useSession } from './api'
import { splitFormError, useFocusFirstInvalid } from './errors'
import { todayIn } from './format'
import {
  draftOfSession,
  emptySessionDraft,
  SESSION_LIMITS,
  type SessionDraft,
  type SessionField,
  sessionFieldProblem,
  sessionInputOf,
  sessionPatchOf,
} from './sessionForm'
import {
  CentreCrumbs,
  CentreNotFound,
  type CentreNotice,
  centrePaths,
  SessionCrumbs,
  SessionLoadError,
  useCentre,
} from './shared'

const FIELDS: readonly SessionField[] = [
  'site',
  'room',
  'date',
  'startTime',
  'invigilatorNames',
  'description',
]

function SessionForm({
  centreId,
  session,
  timeZone,
}: {
  centreId: string
  /** The session to edit; none to create one. */
  session?: Session
  timeZone: string | undefined
}) {
  const t = useT()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const formRef = useRef<HTMLFormElement>(null)
  const original = useMemo(() => (session ? draftOfSession(session) : undefined), [session])
  const [draft, setDraft] = useState<SessionDraft>(() => original ?? emptySessionDraft())
  const today = todayIn(timeZone)
  const extensionHelpId = useId()
  const set = (field: SessionField) => (value: string) => setDraft((d) => ({ ...d, [field]: value }))
  const problem = (field: SessionField) => () => {
    const key = sessionFieldProblem(field, draft, { today, original })
    return key ? t(key) : null
  }

  const save = useMutation({
    mutationFn: async (): Promise<{ session: Session | null; notice: CentreNotice }> => {
      if (!session) {
        const created = await centreApi.createSession(centreId, sessionInputOf(draft))
        return { session: created, notice: { kind: 'sessionCreated', number: created.number } }
      }
      const patch = original ? sessionPatchOf(original, draft) : null
      if (!patch) return { session: null, notice: { kind: 'sessionUpdated' } }
      return { session: await centreApi.updateSession(session.id, patch), notice: { kind: 'sessionUpdated' } }
    },
    onSuccess: async ({ session: saved, notice }) => {
      if (saved) {
        queryClient.setQueryData(centreKeys.session(saved.id), saved)
        await queryClient.invalidateQueries({ queryKey: centreKeys.sessions(centreId) })
      }
      const id = saved?.id ?? session?.id ?? ''
      navigate(centrePaths.session(centreId, id), { state: { notice } })
    },
  })

  const { fieldErrors, formError } = useMemo(
    () =>
      splitFormError(t, save.error, FIELDS, {
        fieldMessages: { date: 'session.problem.datePast', startTime: 'session.problem.time' },
        byCode: { conflict: 'session.finalisedNote' },
      }),
    [t, save.error],
  )
  useFocusFirstInvalid(formRef, fieldErrors)

  return (
    <>
      {formError && (
        <Alert tone="error" data-testid="session-form-error">
          {formError}
        </Alert>
      )}
      <p className="form-note">{t('session.form.requiredNote')}</p>
      <Form
        ref={formRef}
        validationErrors={fieldErrors}
        data-testid="session-form"
        className="session-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (save.isPending) return
          save.reset()
          save.mutate()
        }}
      >
        <div className="form-grid form-grid--two">
          <TextField
            name="site"
            label={t('session.field.site')}
            value={draft.site}
            onChange={set('site')}
            validate={problem('site')}
            isRequired
            maxLength={SESSION_LIMITS.site}
            autoComplete="off"
          />
          <TextField
            name="room"
            label={t('session.field.room')}
            value={draft.room}
            onChange={set('room')}
            validate={problem('room')}
            isRequired
            maxLength={SESSION_LIMITS.room}
            autoComplete="off"
          />
          <TextField
            name="date"
            label={t('session.field.date')}
            description={t('field.dateFormat')}
            autoComplete="off"
            maxLength={10}
            value={draft.date}
            onChange={set('date')}
            validate={problem('date')}
            isRequired
          />
          <TextField
            name="startTime"
            label={t('session.field.startTime')}
            description={
              timeZone ? t('session.field.startTime.help', { timeZone }) : t('session.field.startTime.format')
            }
            autoComplete="off"
            maxLength={8}
            value={draft.startTime}
            onChange={set('startTime')}
            validate={problem('startTime')}
            isRequired
          />
          <TextField
            name="invigilatorNames"
            label={t('session.field.invigilatorNames')}
            description={t('session.field.invigilatorNames.help')}
            value={draft.invigilatorNames}
            onChange={set('invigilatorNames')}
            validate={problem('invigilatorNames')}
            isRequired
            maxLength={SESSION_LIMITS.invigilatorNames}
            autoComplete="off"
            className="form-grid__wide"
          />
          <TextField
            name="description"
            multiline
            label={t('field.optional', { label: t('session.field.description') })}
            value={draft.description}
            onChange={set('description')}
            maxLength={SESSION_LIMITS.description}
            className="form-grid__wide"
          />
          <div className="form-grid__wide">
            <Checkbox
              name="extensionRequired"
              isSelected={draft.extensionRequired}
              onChange={(extensionRequired) => setDraft((d) => ({ ...d, extensionRequired }))}
              aria-describedby={extensionHelpId}
              data-testid="session-extension-required"
            >
              {t('session.field.extensionRequired')}
            </Checkbox>
            <p id={extensionHelpId} className="field__description checkbox__description">
              {t('session.field.extensionRequired.help')}
            </p>
          </div>
        </div>
        <FormActions>
          <LinkButton
            href={session ? centrePaths.session(centreId, session.id) : centrePaths.home(centreId)}
            variant="ghost"
          >
            {t('common.cancel')}
          </LinkButton>
          <Button type="submit" isPending={save.isPending} data-testid="session-submit">
            {session ? t('session.edit.submit') : t('session.create.submit')}
          </Button>
        </FormActions>
      </Form>
    </>
  )
}

/** "Créer une session". */
export function NewSessionPage() {
  const t = useT()
  const { centreId, membership } = useCentre()
  // Only for the centre's time zone ("today" there, and the note under the start time).
  const members = useMembers(centreId)
  if (!membership) return <CentreNotFound />
  return (
    <Page
      title={t('session.create.title')}
      breadcrumbs={
        <CentreCrumbs
          centreId={centreId}
          centreName={membership.centreName}
          trail={[{ label: t('session.create.title') }]}
        />
      }
      className="session-form-page"
      data-testid="session-create"
    >
      <SessionForm centreId={centreId} timeZone={members.data?.centre.timeZone} />
    </Page>
  )
}

/** "Modifier" a session. */
export function EditSessionPage() {
  const t = useT()
  const { centreId, membership } = useCentre()
  const sessionId = useParams().sessionId ?? ''
  const session = useSession(sessionId)
  if (!membership) return <CentreNotFound />
  const title = session.data
    ? t('session.edit.title', { number: session.data.number })
    : t('session.edit.pageTitle')
  return (
    <Page
      title={title}
      breadcrumbs={
        <SessionCrumbs
          centreId={centreId}
          centreName={membership.centreName}
          session={session.data}
          page={t('session.edit')}
        />
      }
      className="session-form-page"
      data-testid="session-edit"
    >
      {session.data ? (
        session.data.status === 'finalised' ? (
          <Alert tone="info">{t('session.finalisedNote')}</Alert>
        ) : (
          <SessionForm centreId={centreId} session={session.data} timeZone={session.data.timeZone} />
        )
      ) : session.isError ? (
        <SessionLoadError query={session} />
      ) : (
        <Loading />
      )}
    </Page>
  )
}
