import {
  ATTEMPT_TOKEN_HEADER,
  type Enrolment,
  type InvigilatedCandidate,
  JOURNAL_EVENT_TYPES,
  type LiveEvent,
  ROOM_EVENT_TYPES,
  ROW_EVENT_TYPES,
  type StartedTest,
  type TestView,
  withRowEvent,
} from '@vigie/contract'
import { Browser, type EventStream, HttpError, openEvents, recording, type Target } from './client'
import { BENCH_PASSWORD, type SeededCandidate, type SeededSession } from './seed'

/** How people behave: the scenario's knobs. */
export interface Behaviour {
  /** Seconds between two answers of a candidate. */
  answerEverySeconds: number
  /** Chance that a candidate reports a problem instead of answering, at each turn. */
  signalementRate: number
  /** How long an invigilator takes to decide on a report, in ms (they read it, walk over, click). */
  decisionDelayMs: number
  /**
   * Whether the invigilators' dashboards keep their room up to date as the web app's dashboard
   * does (`SessionPage`, `CandidatesPanel`): an answer or a page connecting updates its row from
   * the event; any other room event reads the candidate list again (and the journal, for the
   * events that come with a journal line); the list is read again every 20 s while tests run.
   */
  dashboardRefetch: boolean
}

const ROOM_EVENTS: ReadonlySet<string> = new Set(ROOM_EVENT_TYPES)
/** Applied to the row by the dashboard itself, without reading the room. */
const ROW_EVENTS: ReadonlySet<string> = new Set(ROW_EVENT_TYPES)
const JOURNAL_EVENTS: ReadonlySet<string> = new Set(JOURNAL_EVENT_TYPES)
const DASHBOARD_REFRESH_MS = 20_000
/** An action whose event has not reached the invigilator this long after is counted as lost. */
export const EVENT_LOST_AFTER_MS = 15_000

/**
 * What the people of a run share: the actions waiting for their event, and the room's spoken
 * word (an invigilator who confirms a presence tells the candidate, who then types the code).
 */
export class World {
  /**
   * `kind:key` → when the action that should cause the event was sent, and when its response
   * came (performance.now()): the event is committed before the response is sent.
   */
  readonly awaited = new Map<string, { kind: string; sentAt: number; answeredAt?: number }>()
  readonly #presence = new Map<string, { promise: Promise<void>; resolve: () => void }>()
  lostEvents = 0

  constructor(readonly behaviour: Behaviour) {}

  expect(kind: string, key: string): void {
    this.awaited.set(`${kind}:${key}`, { kind, sentAt: performance.now() })
  }

  /** The action succeeded: its event is now committed, and late if it does not come soon. */
  acknowledged(kind: string, key: string): void {
    const entry = this.awaited.get(`${kind}:${key}`)
    if (entry) entry.answeredAt = performance.now()
  }

  forget(kind: string, key: string): void {
    this.awaited.delete(`${kind}:${key}`)
  }

  /** Records the latency of an awaited event when it arrives; ignores the others. */
  arrived(kind: string, key: string): void {
    const id = `${kind}:${key}`
    const sent = this.awaited.get(id)
    if (!sent) return
    this.awaited.delete(id)
    recording.phase?.event(kind, performance.now() - sent.sentAt)
  }

  /** Counts (as errors) the events still awaited this long after their action succeeded. */
  sweepLost(olderThanMs = EVENT_LOST_AFTER_MS): void {
    const limit = performance.now() - olderThanMs
    for (const [id, { kind, answeredAt }] of this.awaited) {
      if (answeredAt !== undefined && answeredAt < limit) {
        this.awaited.delete(id)
        this.lostEvents++
        recording.phase?.error(`event lost: ${kind}`)
      }
    }
  }

  #presenceOf(candidateId: string) {
    let entry = this.#presence.get(candidateId)
    if (!entry) {
      let resolve: () => void = () => {}
      const promise = new Promise<void>((r) => {
        resolve = r
      })
      entry = { promise, resolve }
      this.#presence.set(candidateId, entry)
    }
    return entry
  }

  presenceConfirmed(candidateId: string): void {
    this.#presenceOf(candidateId).resolve()
  }

  waitForPresence(candidateId: string): Promise<void> {
    return this.#presenceOf(candidateId).promise
  }
}

const answerOf = (view: TestView) =>
  view.question?.type === 'free'
    ? { kind: 'text' as const, text: 'je ne sais pas' }
    : { kind: 'choices' as const, choiceIds: [view.question?.choices[0]?.id ?? ''] }

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export class CandidateActor {
  readonly browser: Browser
  candidateId: string | undefined
  view: TestView | undefined
  token: string | undefined
  stream: EventStream | undefined
  /** A request of this candidate is in flight: a person clicks once and waits. */
  busy = false
  /** Answers late: the previous one was still in flight at the next turn. */
  missedTurns = 0
  #timer: NodeJS.Timeout | undefined

  constructor(
    readonly world: World,
    readonly person: SeededCandidate,
    readonly session: SeededSession,
    target: Target,
    readonly invigilator: () => InvigilatorActor,
  ) {
    this.browser = new Browser(target)
  }

  get running(): boolean {
    return this.view?.status === 'started'
  }

  get paused(): boolean {
    return this.view?.pausedFor != null
  }

  /** Signs in, joins, waits for the invigilator to confirm presence, starts, opens the test's stream. */
  async arrive(): Promise<void> {
    await this.browser.call('login', 'POST', '/api/auth/login', {
      body: { email: this.person.email, password: BENCH_PASSWORD },
    })
    // The invigilator may see the event before the candidate sees the answer: expected from the send.
    this.world.expect('joined', this.person.id)
    const enrolment = await this.browser
      .call<Enrolment>('join', 'POST', '/api/candidate/join', {
        body: {
          sessionNumber: this.session.number,
          firstName: this.person.firstName,
          lastName: this.person.lastName,
          birthdate: this.person.birthdate,
        },
      })
      .catch((error) => {
        this.world.forget('joined', this.person.id)
        throw error
      })
    const candidateId = enrolment.data.candidateId
    this.candidateId = candidateId
    this.world.acknowledged('joined', this.person.id)
    const told = await Promise.race([
      this.world.waitForPresence(candidateId).then(() => true),
      sleep(60_000).then(() => false),
    ])
    if (!told) {
      // The invigilator never saw the candidate arrive: the candidate walks up and asks.
      recording.phase?.error('presence: not seen on the dashboard within 60 s')
      await this.invigilator().confirmPresence(candidateId)
    }
    const started = await this.browser.call<StartedTest>(
      'start',
      'POST',
      `/api/candidate/enrolments/${candidateId}/start`,
      { body: { accessCode: this.session.accessCode } },
    )
    this.token = started.data.attemptToken
    this.view = started.data.test
    // Answering waits for the stream: a stream opened without Last-Event-ID gets only later events,
    // so a decision made before it is open would never reach the candidate.
    await new Promise<void>((resolve) => {
      this.stream = openEvents(
        this.browser,
        `candidate:${candidateId}`,
        (event) => this.#onEvent(event),
        resolve,
      )
    })
  }

  #attempt(): Record<string, string> {
    return { [ATTEMPT_TOKEN_HEADER]: this.token as string }
  }

  /** One turn: answer the question on screen, or now and then report a problem with it. */
  async turn(allowSignalement = true): Promise<void> {
    const view = this.view
    if (!view || !this.running || this.paused) return
    if (this.busy) {
      this.missedTurns++
      return
    }
    this.busy = true
    try {
      if (allowSignalement && Math.random() < this.world.behaviour.signalementRate) await this.#report(view)
      else await this.answer(view)
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
    } finally {
      this.busy = false
    }
  }

  async answer(view: TestView): Promise<void> {
    const key = `${this.candidateId}:${view.questionNumber}`
    this.world.expect('answered', key)
    try {
      const next = await this.browser.call<TestView>(
        'answer',
        'POST',
        `/api/candidate/tests/${view.testId}/answers`,
        {
          body: {
            questionNumber: view.questionNumber,
            itemId: view.question?.itemId,
            answer: answerOf(view),
          },
          headers: this.#attempt(),
        },
      )
      if (recording.phase) recording.phase.answers++
      this.world.acknowledged('answered', key)
      this.view = next.data
    } catch (error) {
      this.world.forget('answered', key)
      throw error
    }
  }

  async #report(view: TestView): Promise<void> {
    const key = `${this.candidateId}:${view.questionNumber}`
    this.world.expect('reported', key)
    try {
      const next = await this.browser.call<TestView>(
        'signalement',
        'POST',
        `/api/candidate/tests/${view.testId}/signalements`,
        {
          body: { questionNumber: view.questionNumber, itemId: view.question?.itemId },
          headers: this.#attempt(),
        },
      )
      this.world.acknowledged('reported', key)
      this.view = next.data
    } catch (error) {
      this.world.forget('reported', key)
      throw error
    }
  }

  /** As the test page does: an invigilator's decision (or the end) makes it read the test again. */
  #onEvent(event: LiveEvent): void {
    if (event.type === 'signalement.decided') {
      const data = event.data as { signalementId: string }
      this.world.arrived('decided', data.signalementId)
      void this.#refresh()
    } else if (event.type === 'test.completed' || event.type === 'test.ended') {
      void this.#refresh()
    }
  }

  async #refresh(): Promise<void> {
    const view = this.view
    if (!view) return
    try {
      const fresh = await this.browser.call<TestView>('test', 'GET', `/api/candidate/tests/${view.testId}`, {
        headers: this.#attempt(),
      })
      this.view = fresh.data
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
    }
  }

  /** Answers every `seconds`, starting at a random point of the first period, until stopped. */
  answerPeriodically(seconds: number): void {
    const period = seconds * 1000
    let next = performance.now() + Math.random() * period
    const schedule = () => {
      this.#timer = setTimeout(
        () => {
          next += period
          schedule()
          void this.turn()
        },
        Math.max(0, next - performance.now()),
      )
    }
    schedule()
  }

  stopAnswering(): void {
    clearTimeout(this.#timer)
  }

  close(): void {
    this.stopAnswering()
    this.stream?.close()
  }
}

export class InvigilatorActor {
  readonly browser: Browser
  stream: EventStream | undefined
  /** The candidate list as the dashboard shows it: read, then kept up to date by the row events. */
  #room: InvigilatedCandidate[] | undefined
  #refreshing = false
  #refreshAgain = false
  #journalAgain = false
  #timer: NodeJS.Timeout | undefined
  #closed = false

  constructor(
    readonly world: World,
    readonly session: SeededSession,
    target: Target,
  ) {
    this.browser = new Browser(target)
  }

  get #base(): string {
    return `/api/invigilation/sessions/${this.session.id}`
  }

  /** "Surveiller une session": signs in, enters with the session's number and password, opens the dashboard. */
  async enter(): Promise<void> {
    await this.browser.call('login', 'POST', '/api/auth/login', {
      body: { email: this.session.invigilator.email, password: BENCH_PASSWORD },
    })
    await this.browser.call('invigilator access', 'POST', '/api/invigilation/access', {
      body: { sessionNumber: this.session.number, password: this.session.invigilatorPassword },
    })
    await this.browser.call('dashboard session', 'GET', this.#base)
    await this.#readRoom(true)
    await new Promise<void>((resolve) => {
      this.stream = openEvents(
        this.browser,
        `session:${this.session.id}`,
        (event) => this.#onEvent(event),
        resolve,
      )
    })
    if (this.world.behaviour.dashboardRefetch) {
      this.#timer = setInterval(() => {
        if (this.#room?.some((row) => row.test?.status === 'started')) this.#refresh(false)
      }, DASHBOARD_REFRESH_MS)
    }
  }

  /** The candidate list, and the journal with it when asked (the panel is open). */
  async #readRoom(journal: boolean): Promise<InvigilatedCandidate[]> {
    const [room] = await Promise.all([
      this.browser.call<InvigilatedCandidate[]>('dashboard candidates', 'GET', `${this.#base}/candidates`),
      journal ? this.browser.call('dashboard journal', 'GET', `${this.#base}/journal`) : undefined,
    ])
    this.#room = room.data
    return room.data
  }

  /**
   * Reads the room again. The web app's query cache drops a read in flight and starts another;
   * here a read in flight is followed by one more at most, which asks less of the server.
   */
  #refresh(journal: boolean): void {
    if (this.#closed) return
    if (this.#refreshing) {
      this.#refreshAgain = true
      this.#journalAgain ||= journal
      return
    }
    this.#refreshing = true
    this.#readRoom(journal)
      .catch((error) => {
        if (!(error instanceof HttpError)) throw error
      })
      .finally(() => {
        this.#refreshing = false
        if (this.#refreshAgain) {
          const again = this.#journalAgain
          this.#refreshAgain = false
          this.#journalAgain = false
          this.#refresh(again)
        }
      })
  }

  /** As the dashboard: a row event updates its row (a read in flight may predate it: read again). */
  #follow(event: LiveEvent): void {
    if (!ROOM_EVENTS.has(event.type)) return
    if (ROW_EVENTS.has(event.type) && this.#room && !this.#refreshing) {
      const updated = withRowEvent(this.#room, event)
      if (updated) {
        this.#room = updated
        return
      }
    }
    this.#refresh(JOURNAL_EVENTS.has(event.type))
  }

  #onEvent(event: LiveEvent): void {
    const data = (event.data ?? {}) as {
      candidateId?: string
      questionNumber?: number
      signalementId?: string
    }
    switch (event.type) {
      case 'candidate.joined':
        this.world.arrived('joined', data.candidateId ?? '')
        void this.confirmPresence(data.candidateId ?? '')
        break
      case 'test.answered':
      case 'test.completed':
        this.world.arrived('answered', `${data.candidateId}:${data.questionNumber}`)
        break
      case 'signalement.reported':
        this.world.arrived('reported', `${data.candidateId}:${data.questionNumber}`)
        setTimeout(
          () => void this.#decide(data.candidateId ?? '', data.signalementId ?? ''),
          this.world.behaviour.decisionDelayMs,
        )
        break
    }
    if (this.world.behaviour.dashboardRefetch) this.#follow(event)
  }

  /** "Confirmer la présence", then a word to the candidate. */
  async confirmPresence(candidateId: string): Promise<void> {
    try {
      await this.browser.call('presence', 'POST', `${this.#base}/candidates/${candidateId}/presence`, {
        expected: [204],
      })
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
    }
    this.world.presenceConfirmed(candidateId)
  }

  /** Opens the report from the dashboard's row, then refuses or validates it (E11), one in two. */
  async #decide(candidateId: string, signalementId: string): Promise<void> {
    if (this.#closed) return
    try {
      const room = await this.#readRoom(false)
      const id = room.find((row) => row.id === candidateId)?.test?.signalement?.id ?? signalementId
      this.world.expect('decided', id)
      const body = Math.random() < 0.5 ? { decision: 'refused' } : { decision: 'validated', category: 'E11' }
      await this.browser
        .call('decision', 'POST', `${this.#base}/signalements/${id}/decision`, { body, expected: [204] })
        .then(() => this.world.acknowledged('decided', id))
        .catch((error) => {
          this.world.forget('decided', id)
          throw error
        })
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
    }
  }

  close(): void {
    this.#closed = true
    clearInterval(this.#timer)
    this.stream?.close()
  }
}
