import { AccountExistsNotices } from '../../notifications/account-exists-notices.ts';
import type { Wired } from '../wire.ts';

export const accountExistsNotices = (w: Pick<Wired, 'db' | 'config'>) =>
  new AccountExistsNotices(w.db, w.config.tableName);
