/**
 * What the export needs of the audit trail: the entries about one person (Art. 15). The audit
 * repository (shared/audit/audit-repository.ts) implements it.
 */
export interface AuditReader {
  about(subjectId: string): Promise<unknown[]>;
}
