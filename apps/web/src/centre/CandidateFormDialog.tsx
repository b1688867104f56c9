import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Candidate, Session } from '@vigie/contract'
import { useMemo, useRef, useState } from 'react'
import { useT } from '../i18n'
import { Alert, Button, Checkbox, Dialog, Form, FormActions, RadioGroup, Select, TextField } from '../ui'
import { centreApi, refreshSession } from './api'
import {
  type CandidateDraft,
  type CandidateField,
  candidateFieldProblem,
  candidateInputOf,
  candidatePatchOf,
  draftOfCandidate,
  EMAIL_MAX_LENGTH,
  EXTRA_TIME_MAX_PERCENTAGE,
  emptyCandidateDraft,
  TEXT_MAX_LENGTH,
} from './candidateForm'
import { splitFormError, useFocusFirstInvalid } from './errors'
import { todayIn } from './format'

const FIELDS = Object.keys(emptyCandidateDraft()) as CandidateField[]
const NONE = 'none'

interface FormProps {
  session: Session
  centreId: string
  candidate: Candidate | undefined
  onSaved: (candidate: Candidate) => void
  close: () => void
}

function CandidateForm({ session, centreId, candidate, onSaved, close }: FormProps) {
  const t = useT()
  const queryClient = useQueryClient()
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<CandidateDraft>(() =>
    candidate ? draftOfCandidate(candidate) : emptyCandidateDraft(),
  )
  const today = todayIn(session.timeZone)
  const set =
    <F extends CandidateField>(field: F) =>
    (value: CandidateDraft[F]) =>
      setDraft((d) => ({ ...d, [field]: value }))
  const problem = (field: CandidateField) => () => {
    const key = candidateFieldProblem(field, draft, today)
    return key ? t(key) : null
  }

  const save = useMutation({
    mutationFn: async (): Promise<Candidate> => {
      if (!candidate) return centreApi.addCandidate(session.id, candidateInputOf(draft))
      const patch = candidatePatchOf(candidate, draft)
      return patch ? centreApi.updateCandidate(session.id, candidate.id, patch) : candidate
    },
    onSuccess: async (saved) => {
      await refreshSession(queryClient, centreId, session.id)
      onSaved(saved)
    },
  })

  const { fieldErrors, formError } = useMemo(
    () =>
      splitFormError(t, save.error, FIELDS, {
        fieldMessages: {
          birthdate: 'candidate.problem.birthdate',
          birthPostalCode: 'candidate.problem.birthplaceCode',
          birthInseeCode: 'candidate.problem.inseeCode',
          extraTimePercentage: 'candidate.problem.extraTime',
          convocationEmail: 'field.invalidEmail',
          resultsEmail: 'field.invalidEmail',
        },
        byCode: { conflict: 'candidate.conflict' },
      }),
    [t, save.error],
  )
  useFocusFirstInvalid(formRef, fieldErrors)

  const optional = (label: string) => t('field.optional', { label })
  const offered = session.complementaryCertificationsOffered
  const textField = (
    field: CandidateField,
    label: string,
    extra: Partial<React.ComponentProps<typeof TextField>> = {},
  ) => (
    <TextField
      name={field}
      label={label}
      value={String(draft[field])}
      onChange={set(field) as (value: string) => void}
      validate={problem(field)}
      maxLength={TEXT_MAX_LENGTH}
      autoComplete="off"
      {...extra}
    />
  )

  return (
    <Form
      ref={formRef}
      validationErrors={fieldErrors}
      className="candidate-form"
      data-testid="candidate-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (save.isPending) return
        save.reset()
        save.mutate()
      }}
    >
      <p className="form-note">{t('candidate.form.requiredNote')}</p>
      {formError && (
        <Alert tone="error" data-testid="candidate-form-error">
          {formError}
        </Alert>
      )}
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('candidate.form.identity')}</legend>
        <div className="form-grid">
          {textField('lastName', t('candidate.field.lastName'), { isRequired: true })}
          {textField('firstName', t('candidate.field.firstName'), { isRequired: true })}
          <RadioGroup
            name="sex"
            label={t('candidate.field.sex')}
            options={[
              { value: 'F', label: t('candidate.sex.F') },
              { value: 'M', label: t('candidate.sex.M') },
            ]}
            value={draft.sex}
            onChange={(value) => set('sex')(value === 'M' ? 'M' : 'F')}
            isRequired
            orientation="horizontal"
          />
          {textField('birthdate', t('candidate.field.birthdate'), {
            description: t('field.dateFormat'),
            isRequired: true,
            maxLength: 10,
          })}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('candidate.form.birthplace')}</legend>
        <div className="form-grid">
          {textField('birthCountry', t('candidate.field.birthCountry'), { isRequired: true })}
          {textField('birthCity', t('candidate.field.birthCity'), { isRequired: true })}
          {textField('birthPostalCode', optional(t('candidate.field.birthPostalCode')), {
            description: t('candidate.field.birthCode.help'),
            inputMode: 'numeric',
            maxLength: 5,
          })}
          {textField('birthInseeCode', optional(t('candidate.field.birthInseeCode')), {
            description: t('candidate.field.birthCode.help'),
            maxLength: 5,
          })}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('candidate.form.conditions')}</legend>
        <div className="form-grid">
          {textField('extraTimePercentage', t('candidate.field.extraTime'), {
            description: t('candidate.field.extraTime.help', { max: EXTRA_TIME_MAX_PERCENTAGE }),
            inputMode: 'numeric',
            maxLength: 3,
          })}
          {offered.length > 0 && (
            <Select
              name="complementaryCertification"
              label={t('candidate.field.certification')}
              options={[
                { id: NONE, label: t('candidate.certification.none') },
                ...offered.map((name) => ({ id: name, label: name })),
              ]}
              value={draft.complementaryCertification || NONE}
              onChange={(key) =>
                set('complementaryCertification')(key === NONE || key === null ? '' : String(key))
              }
            />
          )}
          <Checkbox
            className="form-grid__wide"
            isSelected={draft.accessibilityAdjustment}
            onChange={set('accessibilityAdjustment')}
          >
            {t('candidate.field.accessibility')}
          </Checkbox>
          {textField('externalId', optional(t('candidate.field.externalId')), {
            description: t('candidate.field.externalId.help'),
          })}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('candidate.form.emails')}</legend>
        <div className="form-grid">
          {textField('convocationEmail', optional(t('candidate.field.convocationEmail')), {
            type: 'email',
            inputMode: 'email',
            maxLength: EMAIL_MAX_LENGTH,
          })}
          {textField('resultsEmail', optional(t('candidate.field.resultsEmail')), {
            type: 'email',
            inputMode: 'email',
            maxLength: EMAIL_MAX_LENGTH,
          })}
        </div>
      </fieldset>
      <FormActions className="dialog-form__actions">
        <Button variant="secondary" onPress={close} isDisabled={save.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" isPending={save.isPending} data-testid="candidate-submit">
          {candidate ? t('candidate.form.submitEdit') : t('candidate.form.submitAdd')}
        </Button>
      </FormActions>
    </Form>
  )
}

/** "Ajouter un candidat" / "Modifier le candidat": every field of a candidate, in a dialog. */
export function CandidateFormDialog({
  isOpen,
  onOpenChange,
  session,
  centreId,
  candidate,
  onSaved,
}: {
  isOpen: boolean
  onOpenChange: (isOpen: boolean) => void
  session: Session
  centreId: string
  /** The candidate to edit; none to add one. */
  candidate?: Candidate | undefined
  onSaved: (candidate: Candidate) => void
}) {
  const t = useT()
  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      size="wide"
      title={candidate ? t('candidate.form.editTitle') : t('candidate.form.addTitle')}
      data-testid="candidate-dialog"
    >
      <CandidateForm
        key={candidate?.id ?? 'new'}
        session={session}
        centreId={centreId}
        candidate={candidate}
        onSaved={onSaved}
        close={() => onOpenChange(false)}
      />
    </Dialog>
  )
}
