import type { Migration } from 'kysely'
import * as foundation from './0001_foundation'
import * as sessions from './0002_sessions'
import * as centreInvitations from './0003_centre_invitations'
import * as invigilation from './0004_invigilation'
import * as startAuthorisations from './0005_start_authorisations'
import * as itemBanks from './0006_item_banks'
import * as tests from './0007_tests'
import * as signalements from './0008_signalements'
import * as finalisation from './0009_finalisation'

/** Every migration, in order. Listed here rather than read from a folder, so bundling and tests see the same set. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_sessions': sessions,
  '0003_centre_invitations': centreInvitations,
  '0004_invigilation': invigilation,
  '0005_start_authorisations': startAuthorisations,
  '0006_item_banks': itemBanks,
  '0007_tests': tests,
  '0008_signalements': signalements,
  '0009_finalisation': finalisation,
}
