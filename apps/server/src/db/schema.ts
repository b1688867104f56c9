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

/** The demo's accounts and codes, kept so that `vigie demo` prints the same data every time. */
export interface DemoTable {
  id: number
  manifest: ColumnType<unknown, string, never>
  created_at: CreatedAt
}

export interface DB {
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
