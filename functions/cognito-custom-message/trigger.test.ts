import type { CustomMessageTriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { cognitoMailDe } from '../../shared/auth/cognito-mail-de.ts';
import { directionOf, LANGS, type Lang } from '../../shared/i18n/languages.ts';
import { loadCatalogue } from '../../shared/i18n/load.ts';
import { mailLanguages } from './language.ts';
import { CUSTOM_MESSAGE_SOURCES, type CustomMessageSource } from './message.ts';
import { handleCustomMessage } from './trigger.ts';

const CODE = '{####}';
const USERNAME = '{username}';

function event(
  source: CustomMessageSource,
  attributes: Record<string, string>,
  request: Partial<CustomMessageTriggerEvent['request']> = {},
): CustomMessageTriggerEvent {
  return {
    version: '1',
    region: 'eu-central-1',
    userPoolId: 'eu-central-1_pool',
    userName: 'c0ffee00-0000-4000-8000-000000000001',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'client' },
    triggerSource: source,
    request: {
      userAttributes: attributes,
      codeParameter: CODE,
      linkParameter: '{##Click Here##}',
      usernameParameter: source === 'CustomMessage_AdminCreateUser' ? USERNAME : null,
      ...request,
    },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  } as CustomMessageTriggerEvent;
}

const texts = (lang: Lang) => loadCatalogue('cognitoMail', lang);
/** The body as a reader sees it: without tags, character references resolved. */
const strip = (html: string) => html.replace(/<[^>]+>/g, '');
const unescapeHtml = (html: string) => html.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
const bodyText = (html: string | null) => unescapeHtml(strip(html ?? ''));

describe('the CustomMessage trigger', () => {
  for (const source of CUSTOM_MESSAGE_SOURCES) {
    for (const lang of LANGS) {
      it(`${source} in ${lang}: that language only, Cognito's placeholders kept, within Cognito's limits`, () => {
        const result = handleCustomMessage(event(source, { email: 'amira@example.org', locale: lang }));
        const { emailMessage, emailSubject } = result.response;
        expect(emailMessage).toContain(CODE);
        if (source === 'CustomMessage_AdminCreateUser') {
          expect(emailMessage).toContain(USERNAME);
          expect(bodyText(emailMessage)).toContain('amira@example.org');
        }
        expect(emailMessage).toContain(`<div lang="${lang}" dir="${directionOf(lang)}">`);
        expect(emailMessage?.match(/<div lang=/g)).toHaveLength(1);
        expect(bodyText(emailMessage)).toContain(texts(lang).closing);
        expect(emailSubject && emailSubject.length > 0 && emailSubject.length <= 140).toBe(true);
        expect(Object.values(texts(lang))).toContain(emailSubject);
        expect(emailMessage?.length).toBeLessThanOrEqual(20_000);
        expect(result.response.smsMessage).toBeNull();
      });
    }
  }

  it('writes the code mail of each source with its own sentence (German)', () => {
    const sentence = (source: CustomMessageSource) =>
      bodyText(handleCustomMessage(event(source, { locale: 'de' })).response.emailMessage);
    expect(sentence('CustomMessage_SignUp')).toContain('Ihr Bestätigungscode für die Quartiershilfe lautet {####}.');
    expect(sentence('CustomMessage_ResendCode')).toContain(
      'Ihr Bestätigungscode für die Quartiershilfe lautet {####}.',
    );
    expect(sentence('CustomMessage_ForgotPassword')).toContain('Zurücksetzen Ihres Passworts');
    expect(sentence('CustomMessage_UpdateUserAttribute')).toContain('Bestätigung dieser E-Mail-Adresse');
    expect(sentence('CustomMessage_VerifyUserAttribute')).toContain('Bestätigung dieser E-Mail-Adresse');
    expect(sentence('CustomMessage_Authentication')).toContain('Ihr Anmeldecode');
  });

  it('invites in Arabic with the user name, the temporary password and the address', () => {
    const result = handleCustomMessage(
      event('CustomMessage_AdminCreateUser', { email: 'nora@example.org', locale: 'ar' }),
    );
    expect(result.response.emailSubject).toBe('دعوة إلى Quartiershilfe');
    const text = bodyText(result.response.emailMessage);
    expect(text).toContain('اسم المستخدم: {username}، كلمة المرور المؤقتة: {####}');
    expect(text).toContain('nora@example.org');
  });

  it('writes German then English, as the pool templates do, when the locale is missing or not ours', () => {
    const cases: Record<string, string>[] = [{}, { locale: 'fr' }, { locale: '' }, { locale: '<b>' }];
    for (const attributes of cases) {
      const result = handleCustomMessage(event('CustomMessage_SignUp', attributes));
      expect(result.response.emailSubject).toBe(`${cognitoMailDe.codeSubject} / ${texts('en').codeSubject}`);
      const html = result.response.emailMessage ?? '';
      expect(html.indexOf('<div lang="de"')).toBeGreaterThanOrEqual(0);
      expect(html.indexOf('<div lang="en"')).toBeGreaterThan(html.indexOf('<div lang="de"'));
      expect(html.match(/\{####\}/g)).toHaveLength(2);
      expect(html).not.toContain('&#60;b');
    }
  });

  it('escapes what comes from the attributes', () => {
    const email = `"><script>alert('x')</script>&@example.org`;
    const html =
      handleCustomMessage(event('CustomMessage_AdminCreateUser', { email, locale: 'en' })).response.emailMessage ?? '';
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#34;&#62;&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;&#38;@example.org');
    expect(bodyText(html)).toContain(email);
  });

  it('leaves the event as it came (the pool template is sent) when Cognito gives no placeholder', () => {
    const noCode = handleCustomMessage(event('CustomMessage_SignUp', { locale: 'de' }, { codeParameter: '' }));
    expect(noCode.response).toEqual({ smsMessage: null, emailMessage: null, emailSubject: null });
    const noUser = handleCustomMessage(
      event('CustomMessage_AdminCreateUser', { locale: 'de' }, { usernameParameter: null }),
    );
    expect(noUser.response).toEqual({ smsMessage: null, emailMessage: null, emailSubject: null });
    const unknown = handleCustomMessage({
      ...event('CustomMessage_SignUp', { locale: 'de' }),
      triggerSource: 'CustomMessage_Something' as never,
    });
    expect(unknown.response).toEqual({ smsMessage: null, emailMessage: null, emailSubject: null });
  });
});

describe('mailLanguages', () => {
  it('takes the locale attribute, by its primary subtag, Dari as Farsi', () => {
    expect(mailLanguages('ar')).toEqual(['ar']);
    expect(mailLanguages('ar-SY')).toEqual(['ar']);
    expect(mailLanguages('de_DE')).toEqual(['de']);
    expect(mailLanguages('UK')).toEqual(['uk']);
    expect(mailLanguages('prs')).toEqual(['fa']);
    expect(mailLanguages('tr')).toEqual(['tr']);
  });

  it('is German and English for no locale or one not ours', () => {
    expect(mailLanguages(undefined)).toEqual(['de', 'en']);
    expect(mailLanguages('fr')).toEqual(['de', 'en']);
    expect(mailLanguages('ar;q=0')).toEqual(['de', 'en']);
    expect(mailLanguages('*')).toEqual(['de', 'en']);
    expect(mailLanguages('ar,de')).toEqual(['de', 'en']);
  });
});
