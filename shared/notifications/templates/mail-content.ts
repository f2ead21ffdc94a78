import { pluralKey } from '../../i18n/plural.ts';
import { occurrences } from '../../matching/occurrences.ts';
import { NOTIFICATION_KINDS, type NotificationKind } from '../kinds.ts';
import type { Notification } from '../notification.ts';
import { berlinInstant, longDate, plainDate, weekdayName } from './mail-dates.ts';
import type { MailMessageKey } from './mail-messages-de.ts';
import { type MailTranslate, mailMessagesOf, mailTranslator } from './mail-translate.ts';

/** One labelled fact of a mail ("Wo: Stadtteilzentrum, Nordstadt"); `multiline` keeps line breaks. */
export interface MailFact {
  label: string;
  value: string;
  multiline?: boolean;
}

export interface MailLink {
  label: string;
  href: string;
}

/**
 * What a notification e-mail says, language resolved, before it becomes text or HTML: the text
 * part (mail-text.ts) and the HTML part (mail-html.tsx) render the same content.
 */
export interface MailContent {
  lang: Notification['recipient']['language'];
  subject: string;
  greeting: string;
  intro: string;
  facts: MailFact[];
  /** A manager's message, quoted as written. */
  quote?: MailFact | undefined;
  action: MailLink;
  linkFallback: string;
  closing: string;
  /** Optional kinds only: unsubscribe (when the notifier gave its URL) and settings. */
  footer?: { text: string; unsubscribe?: MailLink | undefined; settings: MailLink } | undefined;
}

/** Kinds whose reader decides or prepares something: they get the need's description too. */
const DESCRIBED: ReadonlySet<NotificationKind> = new Set([
  'invitation',
  'coverInvitation',
  'invitationExpiring',
  'offerAccepted',
  'needChanged',
  'reminder',
]);

const SETTINGS_PATH = '/settings/notifications';

/** Only links of our own making reach a mail; anything else is a wiring bug, not something to render. */
function webLink(href: string): string {
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Not a web link: ${url.protocol}`);
  return url.href;
}

function scheduleText(t: MailTranslate, n: Notification): string {
  const { schedule } = n.need;
  const lang = n.recipient.language;
  if (schedule.kind === 'once') {
    return t('whenOnce', { date: longDate(lang, schedule.date), start: schedule.start, end: schedule.end });
  }
  const count = occurrences(schedule).length;
  return t('whenWeekly', {
    weekday: weekdayName(lang, schedule.weekday),
    start: schedule.start,
    end: schedule.end,
    first: plainDate(lang, schedule.firstDate),
    last: plainDate(lang, schedule.lastDate),
    count: t(pluralKey(lang, mailMessagesOf(lang), count, 'datesOne', 'datesMany'), { count }),
  });
}

function changeNames(t: MailTranslate, changes: string[]): string {
  return changes
    .map((field) => {
      const key = `change_${field}`;
      return key in mailMessagesOf('de') ? t(key as MailMessageKey) : field;
    })
    .join(', ');
}

function facts(t: MailTranslate, n: Notification): MailFact[] {
  const { need } = n;
  const lang = n.recipient.language;
  const list: MailFact[] = [{ label: t('labelWhat'), value: need.title }];
  if (DESCRIBED.has(n.kind) && need.description.trim()) {
    list.push({ label: t('labelDescription'), value: need.description, multiline: true });
  }
  list.push({ label: t('labelWhere'), value: `${need.venueName}, ${need.quarterName}` });
  if (n.date) {
    list.push({
      label: t('labelDate'),
      value: t('whenOnce', { date: longDate(lang, n.date), start: need.schedule.start, end: need.schedule.end }),
    });
  }
  // A one-off need's date was just given; a weekly one's series is worth seeing beside it.
  if (!n.date || need.schedule.kind === 'weekly') list.push({ label: t('labelWhen'), value: scheduleText(t, n) });
  list.push({ label: t('labelChildren'), value: need.involvesMinors ? t('childrenYes') : t('childrenNo') });
  if (n.answerBy) list.push({ label: t('labelAnswerBy'), value: t('instant', berlinInstant(lang, n.answerBy)) });
  if (n.openPlaces !== undefined) {
    list.push({
      label: t('labelOpenPlaces'),
      value: t('openPlacesValue', { open: n.openPlaces, places: need.places }),
    });
  } else if (NOTIFICATION_KINDS[n.kind].audience === 'staff') {
    list.push({
      label: t('labelPlaces'),
      value: t('placesValue', { accepted: need.acceptedCount, places: need.places }),
    });
  }
  if (n.changes?.length) list.push({ label: t('labelChanges'), value: changeNames(t, n.changes) });
  if (n.reason?.trim()) list.push({ label: t('labelReason'), value: n.reason, multiline: true });
  return list;
}

/** Resolves a notification into the words of its mail, in the recipient's language. */
export function mailContent(n: Notification): MailContent {
  const lang = n.recipient.language;
  const t = mailTranslator(lang);
  const params = {
    title: n.need.title,
    volunteer: n.volunteerFirstName?.trim() || t('someone'),
    date: n.date ? longDate(lang, n.date) : '',
  };
  const firstName = n.recipient.firstName?.trim();
  const optional = NOTIFICATION_KINDS[n.kind].optional;
  return {
    lang,
    // One line: a title with a line break must not break the subject (mime.ts also refuses CR/LF).
    subject: t(`subject_${n.kind}`, params).replace(/\s+/g, ' ').trim(),
    greeting: firstName ? t('greetingNamed', { name: firstName }) : t('greeting'),
    intro: t(`intro_${n.kind}`, params),
    facts: facts(t, n),
    quote: n.text?.trim() ? { label: t('labelMessage'), value: n.text, multiline: true } : undefined,
    action: { label: t(`action_${n.kind}`), href: webLink(n.link) },
    linkFallback: t('linkFallback'),
    closing: t('closing'),
    footer: optional
      ? {
          text: t('optionalFooter'),
          unsubscribe: n.unsubscribeUrl ? { label: t('unsubscribe'), href: webLink(n.unsubscribeUrl) } : undefined,
          settings: { label: t('settings'), href: new URL(SETTINGS_PATH, webLink(n.link)).href },
        }
      : undefined,
  };
}
