import type { Services } from '../../shared/platform/services.ts';

/** What the catalogue's routes use (public: no session, no token). */
export type CatalogServices = Pick<Services, 'config' | 'clock' | 'catalog'>;
