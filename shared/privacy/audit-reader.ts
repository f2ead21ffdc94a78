/**
 * What the export needs of the audit trail: the entries about one person (Art. 15). The audit
 * repository implements it; until it is wired, {@link noAuditEntries} stands in.
 */
export interface AuditReader {
  about(subjectId: string): Promise<unknown[]>;
}

export const noAuditEntries: AuditReader = { about: async () => [] };
