import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/web/i18n.ts';
import { choiceFromValues, notificationFieldTexts, valuesFromSettings } from './form.ts';

describe('the notification preferences form', () => {
  it('turns unticked offered kinds into switched-off kinds and an empty language into none', () => {
    expect(choiceFromValues({ version: '3', language: '', receive: ['offerReceived'] }, ['manager'])).toEqual({
      version: 3,
      choice: { language: undefined, optOut: ['invitationAccepted', 'invitationDeclined', 'needShortOfPeople'] },
    });
    expect(choiceFromValues({ version: '0', language: 'en', receive: [] }, ['volunteer'])).toEqual({
      version: 0,
      choice: { language: 'en', optOut: ['invitationExpiring'] },
    });
  });

  it('names each field it cannot take, by its form name', () => {
    const result = choiceFromValues({ version: 'x', language: 'fr', receive: ['offerReceived'] }, ['volunteer']);
    expect('issues' in result && result.issues.map((issue) => issue.path)).toEqual(['version', 'language', 'receive']);
  });

  it('round-trips stored settings, and compares both sides by the same texts', () => {
    const values = valuesFromSettings({ userId: 'u', optOut: ['invitationExpiring'], version: 2 }, ['volunteer']);
    expect(values).toEqual({ version: '2', language: '', receive: [] });
    const texts = notificationFieldTexts(values, ['volunteer'], translator('en'), 'en');
    expect(texts.language?.text).toBe('As set for my account (otherwise German)');
    expect(texts.invitationExpiring?.text).toBe('switched off');
    const arabic = notificationFieldTexts({ ...values, language: 'ar' }, ['volunteer'], translator('de'), 'de');
    expect(arabic.language?.text).toBe('Arabisch (العربية)');
  });
});
