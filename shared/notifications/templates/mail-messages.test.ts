import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n/languages.ts';
import { NOTIFICATION_KINDS } from '../kinds.ts';
import { mailDe } from './mail-messages-de.ts';
import { mailEn } from './mail-messages-en.ts';
import { mailMessagesOf, mailTranslator, placeholders } from './mail-translate.ts';

describe('mail texts', () => {
  it('have the same keys in German and English, and a subject, opening and button for every kind', () => {
    expect(Object.keys(mailEn).sort()).toEqual(Object.keys(mailDe).sort());
    for (const kind of Object.keys(NOTIFICATION_KINDS)) {
      for (const part of ['subject', 'intro', 'action']) expect(mailDe).toHaveProperty(`${part}_${kind}`);
    }
  });

  it('use the same placeholders in both languages, and every text is filled', () => {
    for (const [key, german] of Object.entries(mailDe)) {
      const english = mailEn[key as keyof typeof mailEn];
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(german));
    }
  });

  it('name the need in every subject, in every language', () => {
    for (const lang of LANGS) {
      for (const kind of Object.keys(NOTIFICATION_KINDS)) {
        const key = `subject_${kind}` as keyof typeof mailDe;
        expect(placeholders(mailMessagesOf(lang)[key]), `${lang} ${key}`).toContain('title');
      }
    }
  });

  it('fill placeholders and leave an unknown one visible', () => {
    const t = mailTranslator('en');
    expect(t('greetingNamed', { name: 'Chadi' })).toBe('Hello Chadi,');
    expect(t('greetingNamed')).toBe('Hello {name},');
  });
});
