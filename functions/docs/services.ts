import type { Services } from '../../shared/platform/services.ts';

/** What the docs function uses: public, no session, no table. */
export type DocsServices = Pick<Services, 'config'>;
