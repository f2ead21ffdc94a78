import { InitiativeRepository } from '../../initiatives/initiative-repository.ts';
import { InitiativeService } from '../../initiatives/initiative-service.ts';
import type { Wired } from '../wire.ts';

export const initiativeRepository = (w: Pick<Wired, 'db' | 'config'>) =>
  new InitiativeRepository(w.db, w.config.tableName);

export const initiatives = (
  w: Pick<Wired, 'initiativeRepository' | 'needRepository' | 'matchRepository' | 'staff' | 'audit'>,
) =>
  new InitiativeService({
    initiatives: w.initiativeRepository,
    needs: w.needRepository,
    matches: w.matchRepository,
    staff: w.staff,
    audit: w.audit,
  });
