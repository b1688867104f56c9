import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ImportProblem, Session } from '@vigie/contract'
import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../i18n'
import { Alert, Button, Dialog, Form, FormActions } from '../ui'
import { centreApi, documentUrls, refreshSession, templateUrls } from './api'
import { describeError } from './errors'

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function Problems({ fileName, problems }: { fileName: string; problems: readonly ImportProblem[] }) {
  const { t, locale } = useI18n()
  const listId = useId()
  return (
    <div className="import-problems" data-testid="import-problems">
      <Alert tone="error" title={t('import.problems.title', { count: problems.length, fileName })}>
        <p>{t('import.problems.hint')}</p>
        {/* The server writes the file's messages in French (they quote the file's French headers). */}
        {locale !== 'fr' && <p lang={locale}>{t('import.problems.languageNote')}</p>}
      </Alert>
      <ul className="import-problems__list" id={listId} aria-label={t('import.problems.listLabel')} lang="fr">
        {problems.map((problem, index) => (
          // Problems have no identity of their own; the order is the file's.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
          <li key={index}>{problem.message}</li>
        ))}
      </ul>
    </div>
  )
}

function ImportForm({
  session,
  centreId,
  currentCount,
  onImported,
  close,
}: {
  session: Session
  centreId: string
  currentCount: number
  onImported: (count: number) => void
  close: () => void
}) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const inputRef = useRef<HTMLInputElement>(null)
  const labelId = useId()
  const buttonTextId = useId()
  const fileNameId = useId()
  const helpId = useId()
  const errorId = useId()
  const problemsRef = useRef<HTMLDivElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [missing, setMissing] = useState(false)
  const [rejected, setRejected] = useState<{ fileName: string; problems: ImportProblem[] } | null>(null)
  const invalid = missing && !file
  // Once rejected, bring the problems into view (the alert is also announced).
  useEffect(() => {
    if (rejected) problemsRef.current?.scrollIntoView({ block: 'start' })
  }, [rejected])

  const upload = useMutation({
    mutationFn: (chosen: File) => centreApi.importCandidates(session.id, chosen),
    onSuccess: async (result, chosen) => {
      if (result.imported) {
        await refreshSession(queryClient, centreId, session.id)
        onImported(result.count)
        return
      }
      setRejected({ fileName: chosen.name, problems: result.problems })
      // The file must be chosen again once corrected (a browser keeps the old copy).
      setFile(null)
      if (inputRef.current) inputRef.current.value = ''
    },
  })

  return (
    <Form
      className="import-form"
      data-testid="import-form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault()
        if (upload.isPending) return
        if (!file) {
          setMissing(true)
          return
        }
        upload.reset()
        setRejected(null)
        upload.mutate(file)
      }}
    >
      <p>{t('import.intro')}</p>
      <p className="import-form__templates">
        <span>{t('import.templates')}</span>{' '}
        <a href={templateUrls.csv} download className="text-link" data-testid="template-csv">
          {t('import.template.csv')}
        </a>
        <span aria-hidden="true"> · </span>
        <a href={templateUrls.xlsx} download className="text-link" data-testid="template-xlsx">
          {t('import.template.xlsx')}
        </a>
      </p>
      {currentCount > 0 && (
        <Alert tone="warning" data-testid="import-replaces">
          <p>{t('import.replaces', { count: currentCount })}</p>
          <p>
            <a href={documentUrls(session.id).candidatesCsv} download className="text-link">
              {t('session.download.candidatesCsv')}
            </a>
          </p>
        </Alert>
      )}
      {rejected && (
        <div ref={problemsRef}>
          <Problems fileName={rejected.fileName} problems={rejected.problems} />
        </div>
      )}
      {upload.isError && (
        <Alert tone="error" data-testid="import-error">
          {describeError(t, upload.error, {
            conflict: 'import.conflict',
            payload_too_large: 'import.tooLarge',
          })}
        </Alert>
      )}
      <div className="field">
        <span id={labelId} className="field__label">
          {rejected ? t('import.fileAgain') : t('import.file')}
        </span>
        <span id={helpId} className="field__description">
          {t('import.file.help')}
        </span>
        {invalid && (
          <span id={errorId} className="field__error">
            {t('import.fileRequired')}
          </span>
        )}
        {/* The browser's own file input speaks the browser's language: ours speaks the app's. */}
        <div className="file-choice" data-invalid={invalid || undefined}>
          <Button
            variant="secondary"
            onPress={() => inputRef.current?.click()}
            aria-labelledby={`${labelId} ${buttonTextId}`}
            aria-describedby={[invalid ? errorId : null, fileNameId, helpId].filter(Boolean).join(' ')}
            data-testid="import-choose"
          >
            <span id={buttonTextId}>{t('import.choose')}</span>
          </Button>
          <span
            id={fileNameId}
            className={file ? 'file-choice__name' : 'file-choice__name file-choice__name--empty'}
            data-testid="import-file-name"
          >
            {file ? file.name : t('import.noFile')}
          </span>
        </div>
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT}
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null)
            setMissing(false)
          }}
          data-testid="import-file"
        />
      </div>
      <FormActions className="dialog-form__actions">
        <Button variant="secondary" onPress={close} isDisabled={upload.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" isPending={upload.isPending} data-testid="import-submit">
          {t('import.submit')}
        </Button>
      </FormActions>
    </Form>
  )
}

/** "Importer une liste": a CSV or Excel file replaces the session's candidates, or every problem is listed. */
export function ImportDialog({
  isOpen,
  onOpenChange,
  session,
  centreId,
  currentCount,
  locked,
  onImported,
}: {
  isOpen: boolean
  onOpenChange: (isOpen: boolean) => void
  session: Session
  centreId: string
  currentCount: number
  /** Candidates have joined: a new list can no longer replace the current one. */
  locked: boolean
  onImported: (count: number) => void
}) {
  const { t } = useI18n()
  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      size="wide"
      title={t('import.title')}
      data-testid="import-dialog"
      actions={locked ? (close) => <Button onPress={close}>{t('common.close')}</Button> : undefined}
    >
      {locked ? (
        <Alert tone="info">{t('import.conflict')}</Alert>
      ) : (
        <ImportForm
          session={session}
          centreId={centreId}
          currentCount={currentCount}
          onImported={onImported}
          close={() => onOpenChange(false)}
        />
      )}
    </Dialog>
  )
}
