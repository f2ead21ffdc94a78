import { DirectoryRepository } from '../../manager-desk/directory-repository.ts';
import { ManagerDesk } from '../../manager-desk/manager-desk.ts';
import type { Wired } from '../wire.ts';

export const desk = (
  w: Pick<Wired, 'db' | 'config' | 'profileRepository' | 'needRepository' | 'matchRepository' | 'staff' | 'audit'>,
) =>
  new ManagerDesk({
    directory: new DirectoryRepository(w.db, w.config.tableName),
    profiles: w.profileRepository,
    needs: w.needRepository,
    matches: w.matchRepository,
    staff: w.staff,
    audit: w.audit,
  });
