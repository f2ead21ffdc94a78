import { createDocumentClient } from '../../db/client.ts';
import type { Wired } from '../wire.ts';

/** The one document client every repository of a composition shares. */
export const db = (w: Pick<Wired, 'config'>) => createDocumentClient(w.config);
