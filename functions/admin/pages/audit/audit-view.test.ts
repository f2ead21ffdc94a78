import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../../shared/audit/schemas.ts';
import { translator } from '../../../../shared/web/i18n.ts';
import { actionText } from './audit-view.tsx';

describe('actionText', () => {
  it('has a German and an English text for every audit action', () => {
    for (const lang of ['de', 'en'] as const) {
      const t = translator(lang);
      for (const action of AUDIT_ACTIONS) expect(t(actionText(action)), `${lang} ${action}`).toMatch(/\S/);
    }
  });
});
