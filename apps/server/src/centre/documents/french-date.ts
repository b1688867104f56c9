/** A calendar date written YYYY-MM-DD (as stored) → DD/MM/YYYY (as French readers expect it). */
export function toFrenchDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${isoDate}`)
  const [, year, month, day] = match
  return `${day}/${month}/${year}`
}
