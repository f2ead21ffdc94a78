import { StatisticsRepository } from '../../statistics/statistics-repository.ts';
import { StatisticsService } from '../../statistics/statistics-service.ts';
import type { Wired } from '../wire.ts';

export const statistics = (w: Pick<Wired, 'db' | 'config' | 'staff'>) =>
  new StatisticsService({ repository: new StatisticsRepository(w.db, w.config.tableName), staff: w.staff });
