import { describe, expect, it } from 'vitest';
import { type MailLanguage, NOTIFICATION_KINDS, type NotificationKind } from './kinds.ts';
import type { Notification } from './notification.ts';
import { notificationMessage, renderNotification } from './render.ts';
import { sampleNeedSummary } from './test-support/sample-need.ts';

const KINDS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
const BASE = 'https://quartiershilfe.example';

/** A weekly need in Nordstadt and the fields each kind carries (as the notifier fills them). */
function notification(kind: NotificationKind, lang: MailLanguage, extra: Partial<Notification> = {}): Notification {
  const staff = NOTIFICATION_KINDS[kind].audience === 'staff';
  return {
    kind,
    id: `event-1#${kind}`,
    recipient: { userId: 'u-1', email: 'amina@example.org', language: lang, firstName: staff ? undefined : 'Amina' },
    need: sampleNeedSummary(),
    link: staff ? `${BASE}/manage/needs/need-1` : `${BASE}/dashboard#need-need-1`,
    unsubscribeUrl: NOTIFICATION_KINDS[kind].optional ? `${BASE}/unsubscribe?token=tok&kind=${kind}` : undefined,
    volunteerFirstName: staff ? 'Chadi' : undefined,
    answerBy: kind === 'invitation' || kind === 'invitationExpiring' ? '2026-11-30T17:00:00Z' : undefined,
    date: kind === 'reminder' || kind === 'needShortOfPeople' || kind === 'volunteerAbsent' ? '2026-12-08' : undefined,
    reason: ['needChanged', 'commitmentCancelled', 'concernRaised'].includes(kind) ? 'Der Raum ist belegt.' : undefined,
    changes: kind === 'needChanged' ? ['schedule', 'venueId'] : undefined,
    text: kind === 'needMessage' ? 'Bitte bringt Stifte mit.\nDanke!' : undefined,
    openPlaces: kind === 'needShortOfPeople' || kind === 'volunteerAbsent' ? 2 : undefined,
    ...extra,
  };
}

const WORDS = {
  de: {
    where: 'Wo',
    when: 'jeden Dienstag, 15:00–17:00 Uhr',
    first: '1. Dezember 2026',
    last: '23. Februar 2027',
    children: 'Kinder oder Jugendliche dabei: Ja',
  },
  en: {
    where: 'Where',
    when: 'every Tuesday, 15:00–17:00',
    first: '1 December 2026',
    last: '23 February 2027',
    children: 'Children or young people involved: Yes',
  },
} as const;

describe('renderNotification', () => {
  for (const lang of ['de', 'en'] as const) {
    for (const kind of KINDS) {
      it(`${kind} in ${lang}: subject with the title, both parts with the essentials and the link`, () => {
        const n = notification(kind, lang);
        const mail = renderNotification(n);
        expect(mail.subject).toContain('Hausaufgabenhilfe');
        expect(mail.subject).not.toMatch(/[\r\n{}]/);
        const words = WORDS[lang];
        for (const part of [mail.text, mail.html]) {
          expect(part).toContain('Stadtteilzentrum Nordstadt, Nordstadt');
          expect(part).toContain(words.when);
          expect(part).toContain(words.first);
          expect(part).toContain(words.last);
          expect(part).not.toMatch(/\{\w+\}/); // no placeholder left unfilled
        }
        expect(mail.text).toContain(words.children);
        expect(mail.text).toContain(n.link);
        expect(mail.html).toContain(`href="${n.link}"`);
        expect(mail.html).toContain(`<html lang="${lang}" dir="ltr">`);
        if (n.unsubscribeUrl) {
          const escaped = n.unsubscribeUrl.replace('&', '&amp;');
          expect(mail.text).toContain(n.unsubscribeUrl);
          expect(mail.html).toContain(`href="${escaped}"`);
          expect(mail.text).toContain(`${BASE}/settings/notifications`);
          expect(mail.html).toContain(`href="${BASE}/settings/notifications"`);
        } else {
          expect(mail.text).not.toContain('/unsubscribe');
          expect(mail.text).not.toContain('/settings/notifications');
        }
        // The greeting uses the volunteer's first name; staff mails name the volunteer concerned.
        if (n.recipient.firstName) expect(mail.text.split('\n')[0]).toContain('Amina');
        if (n.volunteerFirstName && kind !== 'needShortOfPeople') expect(mail.text).toContain('Chadi');
      });
    }
  }

  it('is in the recipient language, not a mix', () => {
    const de = renderNotification(notification('invitation', 'de'));
    const en = renderNotification(notification('invitation', 'en'));
    expect(de.subject).toBe('Einladung: Hausaufgabenhilfe');
    expect(en.subject).toBe('Invitation: Hausaufgabenhilfe');
    expect(de.text).toContain('Guten Tag Amina,');
    expect(en.text).toContain('Hello Amina,');
    expect(en.text).not.toContain('Uhr');
  });

  it('gives the answer-by instant in Berlin time, the date of a reminder and the open places', () => {
    // 17:00 UTC on 30 November is 18:00 in Berlin (winter time).
    expect(renderNotification(notification('invitation', 'de')).text).toContain(
      'Bitte antworten Sie bis: Montag, 30. November 2026, 18:00 Uhr',
    );
    expect(renderNotification(notification('invitation', 'en')).text).toMatch(
      /Please answer by: Monday,? 30 November 2026, 18:00/,
    );
    const summer = renderNotification(notification('invitation', 'de', { answerBy: '2026-07-01T16:00:00Z' }));
    expect(summer.text).toContain('1. Juli 2026, 18:00 Uhr');
    const reminder = renderNotification(notification('reminder', 'de'));
    expect(reminder.subject).toBe('Erinnerung: Hausaufgabenhilfe am Dienstag, 8. Dezember 2026');
    expect(reminder.text).toContain('Termin: Dienstag, 8. Dezember 2026, 15:00–17:00 Uhr');
    expect(renderNotification(notification('needShortOfPeople', 'en')).text).toContain('Still open: 2 of 3 places');
  });

  it('tells the managers of an absence: who, which date, and the gap it leaves (both languages)', () => {
    const de = renderNotification(notification('volunteerAbsent', 'de'));
    expect(de.subject).toBe('Abwesend am Dienstag, 8. Dezember 2026: Hausaufgabenhilfe');
    expect(de.text).toContain(
      'Chadi kann am Dienstag, 8. Dezember 2026 nicht kommen. An diesem Termin ist damit eine Lücke',
    );
    expect(de.text).toContain('Termin: Dienstag, 8. Dezember 2026, 15:00–17:00 Uhr');
    expect(de.text).toContain('Noch frei: 2 von 3 Plätzen');
    expect(de.html).toContain('Noch frei');
    const en = renderNotification(notification('volunteerAbsent', 'en'));
    expect(en.subject).toMatch(/^Absent on Tuesday,? 8 December 2026: Hausaufgabenhilfe$/);
    expect(en.text).toMatch(/Chadi cannot come on Tuesday,? 8 December 2026\. That date now has a gap/);
    expect(en.text).toContain('Still open: 2 of 3 places');
    // Always sent: no unsubscribe.
    expect(notificationMessage(notification('volunteerAbsent', 'de')).unsubscribeUrl).toBeUndefined();
  });

  it('shows a one-off need by its date, and no children line saying yes when there are none', () => {
    const n = notification('invitation', 'en', {});
    n.need = {
      ...n.need,
      involvesMinors: false,
      schedule: { kind: 'once', date: '2026-12-08', start: '09:30', end: '12:00' },
    };
    const mail = renderNotification(n);
    expect(mail.text).toMatch(/When: Tuesday,? 8 December 2026, 09:30–12:00/);
    expect(mail.text).toContain('Children or young people involved: No');
  });

  it('carries the reason, the changed fields and the manager’s text', () => {
    const changed = renderNotification(notification('needChanged', 'de'));
    expect(changed.text).toContain('Begründung:\nDer Raum ist belegt.');
    expect(changed.text).toContain('Geändert: Termine und Zeiten, Ort');
    const message = renderNotification(notification('needMessage', 'en'));
    expect(message.text).toContain('Message:\n> Bitte bringt Stifte mit.\n> Danke!');
    expect(message.html).toContain('Bitte bringt Stifte mit.\nDanke!</blockquote>');
  });

  it('escapes markup in the need title and in the manager’s message in the HTML part', () => {
    const attack = '<script>alert(1)</script>';
    const n = notification('needMessage', 'de', { text: `Hallo ${attack} <img src=x onerror=alert(2)>` });
    n.need = { ...n.need, title: `Kurs ${attack}`, description: `"quoted" & ${attack}` };
    n.reason = `<b>bold</b>`;
    const mail = renderNotification(n);
    expect(mail.html).not.toContain('<script');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('Kurs &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('Hallo &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;');
    // The text part is plain text: it says what was written.
    expect(mail.text).toContain(`Kurs ${attack}`);
  });

  it('keeps the subject on one line when a title holds a line break', () => {
    const n = notification('invitation', 'de');
    n.need = { ...n.need, title: 'Kurs\r\nBcc: evil@example.org' };
    expect(renderNotification(n).subject).toBe('Einladung: Kurs Bcc: evil@example.org');
  });

  it('refuses a link that is not a web address', () => {
    expect(() => renderNotification(notification('invitation', 'de', { link: 'javascript:alert(1)' }))).toThrow();
    expect(() =>
      renderNotification(notification('offerReceived', 'de', { unsubscribeUrl: 'javascript:alert(1)' })),
    ).toThrow();
  });

  it('becomes a mail message to the recipient with id, language and unsubscribe URL', () => {
    const n = notification('offerReceived', 'en');
    expect(notificationMessage(n)).toMatchObject({
      to: 'amina@example.org',
      kind: 'offerReceived',
      id: n.id,
      language: 'en',
      unsubscribeUrl: n.unsubscribeUrl,
      subject: 'New offer: Hausaufgabenhilfe',
    });
    expect(notificationMessage(notification('invitation', 'de')).unsubscribeUrl).toBeUndefined();
  });
});
