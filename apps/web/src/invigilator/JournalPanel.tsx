import { useQuery } from '@tanstack/react-query'
import type { JournalEntry } from '@vigie/contract'
import { useId, useState } from 'react'
import { errorMessage } from '../api'
import { type PlainMessageKey, type Translate, useI18n, useT } from '../i18n'
import { Alert, Button, Loading } from '../ui'
import { invigilationApi, invigilationKeys } from './api'
import { invigilatorFr } from './messages'

const ACTIONS: Record<string, PlainMessageKey> = {
  entered: 'invigilator.journal.entered',
  presence_confirmed: 'invigilator.journal.presence_confirmed',
  presence_cancelled: 'invigilator.journal.presence_cancelled',
  resume_authorised: 'invigilator.journal.resume_authorised',
  test_ended: 'invigilator.journal.test_ended',
}

const integer = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0)

/** "E11 – the category's words", as in "Gérer un signalement"; the bare code if it is not one we know. */
function categoryOf(t: Translate, code: unknown): string {
  const key = `invigilator.category.${String(code ?? '')}`
  return key in invigilatorFr ? `${String(code)} – ${t(key as PlainMessageKey)}` : String(code ?? '')
}

/** What a line says was done, with the details that matter (the question, the category, how long it was blocked). */
function describeAction(t: Translate, { action, details }: JournalEntry): string {
  const number = integer(details.questionNumber)
  switch (action) {
    case 'signalement_validated':
      return t('invigilator.journal.signalement_validated', {
        number,
        category: categoryOf(t, details.category),
      })
    case 'signalement_refused':
      return t('invigilator.journal.signalement_refused', { number })
    case 'extension_confirmed': {
      const blocked = integer(details.blockedSeconds)
      const duration =
        blocked < 60
          ? t('invigilator.journal.seconds', { seconds: blocked })
          : t('invigilator.journal.minutes', { minutes: Math.floor(blocked / 60), seconds: blocked % 60 })
      return t('invigilator.journal.extension_confirmed', { number, duration })
    }
    default: {
      const key = ACTIONS[action]
      return key ? t(key) : action
    }
  }
}

const person = (p: JournalEntry['actor']) =>
  p ? `${p.lastName.toLocaleUpperCase('fr-FR')} ${p.firstName}` : null

/** "Journal": who did what, on whom, at what time (the session's time zone). Collapsed at first. */
export function JournalPanel({ sessionId, timeZone }: { sessionId: string; timeZone: string }) {
  const t = useT()
  const { formatDate } = useI18n()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const headingId = useId()
  const journal = useQuery({
    queryKey: invigilationKeys.journal(sessionId),
    queryFn: ({ signal }) => invigilationApi.journal(sessionId, signal),
    enabled: open,
  })
  const time = (at: string) => {
    try {
      return formatDate(at, { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone })
    } catch {
      return formatDate(at, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
    }
  }

  return (
    <section className="invigilation__journal" aria-labelledby={headingId} data-testid="journal">
      <div className="invigilation__bar">
        <h2 id={headingId} className="invigilation__h2">
          {t('invigilator.journal.title')}
        </h2>
        <Button
          variant="secondary"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onPress={() => setOpen(!open)}
          data-testid="journal-toggle"
        >
          {open ? t('invigilator.journal.hide') : t('invigilator.journal.show')}
        </Button>
      </div>
      {open && (
        <div id={panelId}>
          {journal.isPending ? (
            <Loading />
          ) : journal.isError ? (
            <Alert tone="error" title={t('invigilator.journal.loadError')}>
              {errorMessage(t, journal.error)}
            </Alert>
          ) : journal.data.length === 0 ? (
            <p>{t('invigilator.journal.empty')}</p>
          ) : (
            <div className="invigilation__table-wrap">
              <table className="invigilation__table">
                <thead>
                  <tr>
                    <th scope="col">{t('invigilator.journal.time')}</th>
                    <th scope="col">{t('invigilator.journal.actor')}</th>
                    <th scope="col">{t('invigilator.journal.action')}</th>
                    <th scope="col">{t('invigilator.journal.candidate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {journal.data.map((entry) => (
                    <tr key={entry.id}>
                      <td>{time(entry.at)}</td>
                      <td>{person(entry.actor) ?? t('invigilator.journal.unknown')}</td>
                      <td>
                        {describeAction(t, entry)}
                        {entry.outcome === 'done' ? '' : ` ${t('invigilator.journal.failed')}`}
                      </td>
                      <td>{person(entry.candidate) ?? t('invigilator.journal.unknown')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  )
}
