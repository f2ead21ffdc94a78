import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from './kinds.ts';
import { alwaysSentKinds, offeredKinds, unofferedIssues } from './preferences.ts';

describe('notification preferences by role', () => {
  it('offers volunteers their optional kinds and staff theirs', () => {
    expect(offeredKinds(['volunteer'])).toEqual(['invitationExpiring']);
    expect(offeredKinds(['manager'])).toEqual([
      'offerReceived',
      'invitationAccepted',
      'invitationDeclined',
      'needShortOfPeople',
    ]);
  });

  it('offers initiative members and admins nothing: no work e-mail goes to them', () => {
    for (const role of ['initiative', 'admin'] as const) {
      expect(offeredKinds([role])).toEqual([]);
      expect(alwaysSentKinds([role])).toEqual([]);
      expect(unofferedIssues(['offerReceived'], [role])).toEqual([
        expect.objectContaining({ path: 'optOut.0', code: 'not_offered' }),
      ]);
    }
    expect(offeredKinds(['admin', 'manager'])).toEqual(offeredKinds(['manager']));
  });

  it('offers both sets to a person with both kinds of role', () => {
    expect(offeredKinds(['volunteer', 'manager']).sort()).toEqual(
      [...offeredKinds(['volunteer']), ...offeredKinds(['manager'])].sort(),
    );
  });

  it('lists invitations, commitments and reminders as always sent to volunteers', () => {
    const always = alwaysSentKinds(['volunteer']);
    for (const kind of ['invitation', 'needChanged', 'commitmentCancelled', 'reminder'] as const)
      expect(always).toContain(kind);
    for (const kind of always) expect(NOTIFICATION_KINDS[kind].optional).toBe(false);
    expect(alwaysSentKinds(['manager'])).toEqual(['volunteerWithdrew', 'concernRaised', 'volunteerAbsent']);
  });

  it('names the position of every kind not offered', () => {
    expect(unofferedIssues(['invitationExpiring', 'offerReceived'], ['volunteer'])).toEqual([
      expect.objectContaining({ path: 'optOut.1', code: 'not_offered' }),
    ]);
    expect(unofferedIssues(['offerReceived'], ['manager'])).toEqual([]);
  });
});
