import { AuditRepository } from '../../audit/audit-repository.ts';
import { AuditTrail } from '../../audit/audit-trail.ts';
import type { Wired } from '../wire.ts';

export const auditRepository = (w: Pick<Wired, 'db' | 'config'>) => new AuditRepository(w.db, w.config.tableName);

export const audit = (w: Pick<Wired, 'auditRepository'>) => new AuditTrail({ repository: w.auditRepository });
