import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'

/** Table types. Timestamps are `timestamptz` and read as `Date`. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string, Date | string>

export interface UsersTable {
  id: Generated<string>
  /** Stored lower-cased; unique. */
  email: string
  first_name: string
  last_name: string
  password_hash: string
  locale: Generated<'fr' | 'en'>
  created_at: CreatedAt
}

export interface CentresTable {
  id: Generated<string>
  name: string
  type: string
  /** IANA time zone, e.g. Europe/Paris; every instant is shown in it. */
  time_zone: string
  complementary_certifications: Generated<string[]>
  created_at: CreatedAt
}

export interface CentreMembershipsTable {
  centre_id: string
  user_id: string
  role: 'admin' | 'member'
  created_at: CreatedAt
}

export interface WebSessionsTable {
  /** SHA-256 of the cookie's random id: a leaked table gives no usable cookie. */
  id_hash: string
  user_id: string
  created_at: CreatedAt
  last_seen_at: Timestamp
  expires_at: Timestamp
}

export interface AccountTokensTable {
  token_hash: string
  user_id: string
  purpose: 'password_reset'
  created_at: CreatedAt
  expires_at: Timestamp
  used_at: Timestamp | null
}

export interface ThrottleCountersTable {
  key: string
  window_start: Timestamp
  count: number
}

export interface EventTopicsTable {
  topic: string
  last_seq: number
}

export interface EventsTable {
  topic: string
  seq: number
  type: string
  data: ColumnType<unknown, string, never>
  created_at: CreatedAt
}

export interface SessionsTable {
  id: Generated<string>
  centre_id: string
  /** Digits, typed by people: kept as text so that leading zeros or a longer format stay possible. */
  number: string
  site: string
  room: string
  /** YYYY-MM-DD in the centre's time zone. */
  date: string
  /** HH:MM in the centre's time zone. */
  start_time: string
  starts_at: Timestamp
  invigilator_names: string
  description: string
  access_code: string
  /** The six characters after `C-`. */
  invigilator_password: string
  extension_required: Generated<boolean>
  finalised_at: Timestamp | null
  /** The centre's global comment at finalisation (at most 500 characters). */
  finalisation_comment: string | null
  finalised_by: string | null
  /** Candidates see their results, and certificates can be verified, from then on. */
  results_published_at: Timestamp | null
  results_published_by: string | null
  created_at: CreatedAt
}

export interface CandidatesTable {
  id: Generated<string>
  session_id: string
  /** Birth name. */
  last_name: string
  first_name: string
  sex: 'F' | 'M'
  birthdate: string
  birth_country: string
  birth_city: string
  birth_postal_code: string | null
  birth_insee_code: string | null
  external_id: string | null
  extra_time_percentage: number
  accessibility_adjustment: boolean
  complementary_certification: string | null
  convocation_email: string | null
  results_email: string | null
  /** The candidate's account, once they joined the session with these details. */
  user_id: string | null
  joined_at: Timestamp | null
  /** When the candidate first started the test. */
  started_at: Timestamp | null
  created_at: CreatedAt
}

export interface CentreInvitationsTable {
  token_hash: string
  centre_id: string
  /** The invitee's e-mail, lower-cased: only the account with this e-mail can accept. */
  email: string
  role: 'admin' | 'member'
  invited_by: string | null
  created_at: CreatedAt
  expires_at: Timestamp
  accepted_at: Timestamp | null
}

export interface SessionInvigilatorsTable {
  session_id: string
  user_id: string
  first_entered_at: Timestamp
  last_entered_at: Timestamp
}

export interface InvigilationJournalTable {
  id: Generated<number>
  session_id: string
  /** Who acted; null once their account is deleted. */
  user_id: string | null
  candidate_id: string | null
  action: string
  outcome: string
  details: ColumnType<Record<string, unknown>, string | undefined, never>
  created_at: Timestamp
}

export interface StartAuthorisationsTable {
  id: Generated<string>
  candidate_id: string
  kind: 'presence' | 'resume'
  granted_by: string | null
  granted_at: Timestamp
  revoked_at: Timestamp | null
  consumed_at: Timestamp | null
}

export interface ItemBanksTable {
  id: Generated<string>
  bank_id: string
  version: string
  manifest: ColumnType<unknown, string, never>
  items: ColumnType<unknown, string, never>
  /** SHA-256 of the manifest, items and media: importing the same bank twice changes nothing. */
  content_hash: string
  exposure_control: ColumnType<unknown, string, never>
  imported_at: CreatedAt
}

export interface ItemBankMediaTable {
  bank: string
  path: string
  content_type: string
  bytes: Uint8Array
}

export interface TestsTable {
  id: Generated<string>
  candidate_id: string
  session_id: string
  /** The item bank version the test started with, kept to its end. */
  bank: string
  /** The adaptive engine's state (evaluation/engine.ts), stored as it is. */
  state: ColumnType<unknown, string, string>
  status:
    | 'started'
    | 'completed'
    | 'ended_by_invigilator'
    | 'ended_by_finalisation'
    | 'ended_duration_exceeded'
  /** SHA-256 of the token of the one browser that may take the test now. */
  attempt_token_hash: string
  started_at: Timestamp
  ended_at: Timestamp | null
  ended_by: string | null
  result: ColumnType<unknown, string | null, string | null> | null
  last_seen_at: Timestamp
  /** Why a test that did not complete stopped, given by the centre at finalisation. */
  abort_reason: AbortReason | null
}

export interface AnswersTable {
  test_id: string
  question_number: number
  item_id: string
  answer: ColumnType<unknown, string, never>
  outcome: 'correct' | 'wrong' | 'skipped'
  answered_at: Timestamp
}

export interface SignalementsTable {
  id: Generated<string>
  test_id: string
  session_id: string
  candidate_id: string
  question_number: number
  item_id: string
  reported_at: Timestamp
  /** Null while the report waits for an invigilator. */
  decision: 'validated' | 'refused' | null
  /** The E-code chosen to validate (E1…E12). */
  category: string | null
  decided_by: string | null
  decided_at: Timestamp | null
}

export interface CompanionAlertsTable {
  id: Generated<string>
  test_id: string
  session_id: string
  candidate_id: string
  question_number: number
  raised_at: Timestamp
  cleared_by: string | null
  /** Null while the test is blocked. */
  cleared_at: Timestamp | null
}

export type AbortReason = 'candidate' | 'technical'

export interface FinalisationReportsTable {
  id: Generated<string>
  session_id: string
  candidate_id: string
  /** C1, C2, C4, C6, C7, C8 or E1…E12. */
  code: string
  /** For E-codes only: the question the report is about. */
  question_number: number | null
  comment: string | null
  /** The order the centre gave them in. */
  position: number
}

export interface CompetenceLevel {
  code: string
  /** In French, from the bank the test used. */
  title: string
  /** Questions of this competence that count. */
  answered: number
  /** Null when no question of the competence counts. */
  level: number | null
}

export interface ResultsTable {
  candidate_id: string
  session_id: string
  test_id: string
  status: 'validated' | 'rejected' | 'cancelled'
  answered: number
  score: number | null
  level: number | null
  competence_levels: ColumnType<CompetenceLevel[], string, never>
  /** Only a validated result has one (its certificate carries it). */
  verification_code: string | null
  computed_at: Timestamp
}

/** The demo's accounts and codes, kept so that `vigie demo` prints the same data every time. */
export interface DemoTable {
  id: number
  manifest: ColumnType<unknown, string, never>
  created_at: CreatedAt
}

export interface DB {
  finalisation_reports: FinalisationReportsTable
  results: ResultsTable
  signalements: SignalementsTable
  companion_alerts: CompanionAlertsTable
  tests: TestsTable
  answers: AnswersTable
  item_banks: ItemBanksTable
  item_bank_media: ItemBankMediaTable
  start_authorisations: StartAuthorisationsTable
  session_invigilators: SessionInvigilatorsTable
  invigilation_journal: InvigilationJournalTable
  centre_invitations: CentreInvitationsTable
  sessions: SessionsTable
  candidates: CandidatesTable
  demo: DemoTable
  users: UsersTable
  centres: CentresTable
  centre_memberships: CentreMembershipsTable
  web_sessions: WebSessionsTable
  account_tokens: AccountTokensTable
  throttle_counters: ThrottleCountersTable
  event_topics: EventTopicsTable
  events: EventsTable
}

export type UserRow = Selectable<UsersTable>
export type NewUser = Insertable<UsersTable>
export type CentreRow = Selectable<CentresTable>
export type EventRow = Selectable<EventsTable>
export type SessionRow = Selectable<SessionsTable>
export type CandidateRow = Selectable<CandidatesTable>
