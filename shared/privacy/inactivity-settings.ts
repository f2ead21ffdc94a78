/** When inactive accounts are reminded and erased (months without sign-in). */
export interface InactivitySettings {
  reminderMonths: number;
  deletionMonths: number;
}

export const DEFAULT_INACTIVITY: InactivitySettings = { reminderMonths: 12, deletionMonths: 24 };

function months(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 120) throw new Error(`${name}=${raw} is not 1–120 months`);
  return value;
}

/** `INACTIVITY_REMINDER_MONTHS` (12) and `INACTIVITY_DELETION_MONTHS` (24); the reminder must come first. */
export function inactivitySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): InactivitySettings {
  const settings = {
    reminderMonths: months(env, 'INACTIVITY_REMINDER_MONTHS', DEFAULT_INACTIVITY.reminderMonths),
    deletionMonths: months(env, 'INACTIVITY_DELETION_MONTHS', DEFAULT_INACTIVITY.deletionMonths),
  };
  if (settings.deletionMonths <= settings.reminderMonths)
    throw new Error('INACTIVITY_DELETION_MONTHS must be more than INACTIVITY_REMINDER_MONTHS');
  return settings;
}
