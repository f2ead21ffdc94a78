import { NotificationSettingsRepository } from '../../notifications/settings-repository.ts';
import type { Wired } from '../wire.ts';

export const notificationSettings = (w: Pick<Wired, 'db' | 'config'>) =>
  new NotificationSettingsRepository(w.db, w.config.tableName);
