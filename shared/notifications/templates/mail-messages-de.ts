import type { NotificationKind } from '../kinds.ts';

/**
 * The notification e-mails' texts in German (the first language). `{name}` placeholders are
 * filled by mail-translate.ts; mail-messages-en.ts has the same keys and placeholders (a unit
 * test checks both). Per kind: the subject (names the need's title), the opening sentence and
 * the label of the one button.
 */
export const mailDe = {
  // Per kind
  subject_invitation: 'Einladung: {title}',
  intro_invitation:
    'Das Quartiersmanagement lädt Sie zu diesem Einsatz ein. Passt er für Sie? Bitte sagen Sie zu oder ab.',
  action_invitation: 'Einladung beantworten',
  subject_offerReceived: 'Neues Angebot: {title}',
  intro_offerReceived:
    '{volunteer} bietet Hilfe bei diesem Einsatz an. Bitte nehmen Sie das Angebot an oder lehnen Sie es ab.',
  action_offerReceived: 'Angebot ansehen',
  subject_invitationAccepted: 'Zusage: {title}',
  intro_invitationAccepted: '{volunteer} hat die Einladung zu diesem Einsatz angenommen.',
  action_invitationAccepted: 'Einsatz ansehen',
  subject_invitationDeclined: 'Absage: {title}',
  intro_invitationDeclined: '{volunteer} hat die Einladung zu diesem Einsatz abgelehnt.',
  action_invitationDeclined: 'Einsatz ansehen',
  subject_volunteerWithdrew: 'Rückzug: {title}',
  intro_volunteerWithdrew: '{volunteer} hat sich von diesem Einsatz zurückgezogen.',
  action_volunteerWithdrew: 'Einsatz ansehen',
  subject_offerAccepted: 'Angebot angenommen: {title}',
  intro_offerAccepted:
    'Danke! Das Quartiersmanagement hat Ihr Angebot angenommen. Sie sind für diesen Einsatz eingeplant.',
  action_offerAccepted: 'Einsatz ansehen',
  subject_offerDeclined: 'Ihr Angebot: {title}',
  intro_offerDeclined:
    'Das Quartiersmanagement hat Ihr Angebot für diesen Einsatz diesmal nicht angenommen. Danke für Ihre Bereitschaft!',
  action_offerDeclined: 'Zu Ihrer Übersicht',
  subject_needChanged: 'Geändert: {title}',
  intro_needChanged:
    'Dieser Einsatz hat sich geändert. Bitte prüfen Sie, ob er noch für Sie passt, und sagen Sie sonst ab.',
  action_needChanged: 'Einsatz ansehen',
  subject_commitmentCancelled: 'Abgesagt: {title}',
  intro_commitmentCancelled: 'Ihr Einsatz wurde abgesagt. Sie müssen nicht kommen.',
  action_commitmentCancelled: 'Zu Ihrer Übersicht',
  subject_invitationClosed: 'Einladung erledigt: {title}',
  intro_invitationClosed:
    'Dieser Einsatz ist inzwischen voll besetzt. Ihre Einladung ist damit erledigt – Sie müssen nichts mehr tun. Danke!',
  action_invitationClosed: 'Zu Ihrer Übersicht',
  subject_concernRaised: 'Bedenken gemeldet: {title}',
  intro_concernRaised:
    'Eine Partnerinitiative hat Bedenken zur Zusage von {volunteer} bei diesem Einsatz gemeldet. Bitte sehen Sie sich das an.',
  action_concernRaised: 'Bedarf ansehen',
  subject_invitationExpiring: 'Einladung läuft bald ab: {title}',
  intro_invitationExpiring:
    'Ihre Einladung zu diesem Einsatz ist noch nicht beantwortet und läuft bald ab. Bitte sagen Sie zu oder ab.',
  action_invitationExpiring: 'Einladung beantworten',
  subject_needShortOfPeople: 'Noch Plätze frei: {title}',
  intro_needShortOfPeople: 'Für den Termin am {date} sind noch nicht alle Plätze besetzt.',
  action_needShortOfPeople: 'Freiwillige finden',
  subject_reminder: 'Erinnerung: {title} am {date}',
  intro_reminder:
    'Bald ist es so weit: Sie haben für den Termin am {date} zugesagt. Danke, dass Sie dabei sind! Falls Sie doch nicht können, sagen Sie bitte rechtzeitig ab.',
  action_reminder: 'Einsatz ansehen',
  subject_needMessage: 'Nachricht zu {title}',
  intro_needMessage: 'Das Quartiersmanagement schreibt Ihnen zu diesem Einsatz:',
  action_needMessage: 'Einsatz ansehen',
  // Series and absences (issue 10)
  subject_volunteerAbsent: 'Abwesend am {date}: {title}',
  intro_volunteerAbsent:
    '{volunteer} kann am {date} nicht kommen. An diesem Termin ist damit eine Lücke: Wie viele Plätze noch frei sind, steht unten.',
  action_volunteerAbsent: 'Termine ansehen',

  // The frame of every mail
  greeting: 'Guten Tag,',
  greetingNamed: 'Guten Tag {name},',
  someone: 'Eine freiwillige Person',
  closing: 'Ihre Quartiershilfe Wuppertal',
  linkFallback: 'Falls der Knopf nicht funktioniert, öffnen Sie diese Adresse:',
  optionalFooter: 'Diese Benachrichtigung können Sie jederzeit abbestellen.',
  unsubscribe: 'Abbestellen',
  settings: 'Benachrichtigungen einstellen',

  // The facts
  labelWhat: 'Was',
  labelDescription: 'Beschreibung',
  labelWhere: 'Wo',
  labelWhen: 'Wann',
  labelDate: 'Termin',
  labelChildren: 'Kinder oder Jugendliche dabei',
  childrenYes: 'Ja',
  childrenNo: 'Nein',
  labelAnswerBy: 'Bitte antworten Sie bis',
  labelPlaces: 'Besetzt',
  placesValue: '{accepted} von {places} Plätzen',
  labelOpenPlaces: 'Noch frei',
  openPlacesValue: '{open} von {places} Plätzen',
  labelReason: 'Begründung',
  labelChanges: 'Geändert',
  labelMessage: 'Nachricht',

  // Dates and times (the dates themselves are written by Intl in the language's format)
  whenOnce: '{date}, {start}–{end} Uhr',
  whenWeekly: 'jeden {weekday}, {start}–{end} Uhr, vom {first} bis {last} ({count})',
  datesOne: '1 Termin',
  datesMany: '{count} Termine',
  instant: '{date}, {time} Uhr',

  // What changed (NeedInput's fields)
  change_title: 'Titel',
  change_description: 'Beschreibung',
  change_quarterId: 'Quartier',
  change_venueId: 'Ort',
  change_schedule: 'Termine und Zeiten',
  change_places: 'Anzahl der Plätze',
  change_requiredSkills: 'Nötige Fähigkeiten',
  change_niceToHaveSkills: 'Hilfreiche Fähigkeiten',
  change_languages: 'Sprachen',
  change_involvesMinors: 'Kinder oder Jugendliche dabei',
  // Cover for one date (issue 10)
  subject_coverInvitation: 'Vertretung am {date}: {title}',
  intro_coverInvitation:
    'Für diesen Termin fehlt noch jemand. Können Sie einspringen – nur an diesem einen Tag, nicht für die ganze Reihe? Bitte sagen Sie zu oder ab.',
  action_coverInvitation: 'Anfrage beantworten',
} satisfies Record<`${'subject' | 'intro' | 'action'}_${NotificationKind}`, string> & Record<string, string>;

export type MailMessageKey = keyof typeof mailDe;
export type MailMessages = Record<MailMessageKey, string>;
