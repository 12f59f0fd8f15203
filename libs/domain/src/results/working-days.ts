/**
 * The publicity period (公示期) runs for a number of working days after publication. Days are counted on the
 * organiser's calendar (China Standard Time by default); Saturdays and Sundays are skipped. Public holidays are not
 * known to the system: an organiser who needs them lengthens the period.
 */
const DAY_MS = 24 * 3600 * 1000;

export function publicityEndsAt(publishedAt: Date, workingDays: number, utcOffsetMinutes = 480): Date {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError('workingDays must be a whole number ≥ 0');
  if (workingDays === 0) return publishedAt;
  const offset = utcOffsetMinutes * 60 * 1000;
  // Midnight at the start of the publication day, local time, expressed in UTC.
  const local = new Date(publishedAt.getTime() + offset);
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  let counted = 0;
  while (counted < workingDays) {
    day += DAY_MS;
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted += 1;
  }
  // The period ends when that last working day ends (24:00 local time).
  return new Date(day + DAY_MS - offset);
}
