/**
 * Structured JSON logs (one line per event, read by CloudWatch Logs Insights). Never pass
 * personal data (names, e-mail, profile content) as fields: ids and counts only.
 */
type Fields = Record<string, string | number | boolean | undefined>;

const LEVELS = { info: 0, warn: 1, error: 2, silent: 3 } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;
const threshold = LEVELS[(process.env.LOG_LEVEL ?? 'info') as keyof typeof LEVELS] ?? 0;

function write(level: Level, message: string, fields: Fields): void {
  if (LEVELS[level] < threshold) return;
  const line = JSON.stringify({ level, message, time: new Date().toISOString(), ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}

export const logger = {
  info: (message: string, fields: Fields = {}) => write('info', message, fields),
  warn: (message: string, fields: Fields = {}) => write('warn', message, fields),
  error: (message: string, fields: Fields = {}) => write('error', message, fields),
};
