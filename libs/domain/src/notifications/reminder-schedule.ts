/**
 * When a deadline reminder goes out: `leadMs` before the deadline, or at once when the stage starts later than
 * that; never once the deadline has passed (a reminder after it would only confuse).
 */
export function reminderFireAt(dueAt: Date, leadMs: number, now: Date): Date | null {
  if (Number.isNaN(dueAt.getTime()) || dueAt.getTime() <= now.getTime()) return null;
  return new Date(Math.max(now.getTime(), dueAt.getTime() - leadMs));
}
