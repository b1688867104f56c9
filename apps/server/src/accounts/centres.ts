import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import { invalidField } from '../http/errors'
import { isValidTimeZone } from '../time'
import { normaliseEmail } from './rules'

export interface NewCentre {
  name: string
  type: string
  timeZone: string
  complementaryCertifications: string[]
  adminEmail: string
}

/** Creates a certification centre with its first admin, who must already have an account. */
export async function createCentre(db: Kysely<DB>, centre: NewCentre): Promise<{ id: string }> {
  if (!centre.name.trim()) throw invalidField('name', 'The centre needs a name.')
  if (!isValidTimeZone(centre.timeZone)) {
    throw invalidField('timeZone', `"${centre.timeZone}" is not an IANA time zone such as Europe/Paris.`)
  }
  return db.transaction().execute(async (trx) => {
    const admin = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', normaliseEmail(centre.adminEmail))
      .executeTakeFirst()
    if (!admin) {
      throw invalidField('adminEmail', `No account uses ${centre.adminEmail}: its owner must sign up first.`)
    }
    const created = await trx
      .insertInto('centres')
      .values({
        name: centre.name.trim(),
        type: centre.type.trim(),
        time_zone: centre.timeZone,
        complementary_certifications: [...new Set(centre.complementaryCertifications.map((c) => c.trim()))],
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('centre_memberships')
      .values({ centre_id: created.id, user_id: admin.id, role: 'admin' })
      .execute()
    return created
  })
}
