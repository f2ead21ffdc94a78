import type { MailMessages } from './mail-messages-de.ts';

/** The notification e-mails' texts in English: the same keys and placeholders as mail-messages-de.ts. */
export const mailEn: MailMessages = {
  // Per kind
  subject_invitation: 'Invitation: {title}',
  intro_invitation: 'The quarter management invites you to help with this. Does it suit you? Please accept or decline.',
  action_invitation: 'Answer the invitation',
  subject_offerReceived: 'New offer: {title}',
  intro_offerReceived: '{volunteer} offers to help with this need. Please accept or decline the offer.',
  action_offerReceived: 'See the offer',
  subject_invitationAccepted: 'Accepted: {title}',
  intro_invitationAccepted: '{volunteer} accepted the invitation to this need.',
  action_invitationAccepted: 'See the need',
  subject_invitationDeclined: 'Declined: {title}',
  intro_invitationDeclined: '{volunteer} declined the invitation to this need.',
  action_invitationDeclined: 'See the need',
  subject_volunteerWithdrew: 'Withdrawn: {title}',
  intro_volunteerWithdrew: '{volunteer} withdrew from this need.',
  action_volunteerWithdrew: 'See the need',
  subject_offerAccepted: 'Offer accepted: {title}',
  intro_offerAccepted: 'Thank you! The quarter management accepted your offer. You are now down for this.',
  action_offerAccepted: 'See the details',
  subject_offerDeclined: 'Your offer: {title}',
  intro_offerDeclined:
    'The quarter management did not take up your offer for this need this time. Thank you for offering!',
  action_offerDeclined: 'Go to your overview',
  subject_needChanged: 'Changed: {title}',
  intro_needChanged: 'This need has changed. Please check that it still suits you, and decline if it does not.',
  action_needChanged: 'See the details',
  subject_commitmentCancelled: 'Cancelled: {title}',
  intro_commitmentCancelled: 'Your commitment was cancelled. You do not need to come.',
  action_commitmentCancelled: 'Go to your overview',
  subject_invitationClosed: 'Invitation closed: {title}',
  intro_invitationClosed:
    'This need is now fully staffed, so your invitation is closed – there is nothing more to do. Thank you!',
  action_invitationClosed: 'Go to your overview',
  subject_concernRaised: 'Concern raised: {title}',
  intro_concernRaised:
    'A partner initiative raised a concern about the commitment of {volunteer} to this need. Please look into it.',
  action_concernRaised: 'Open the need',
  subject_invitationExpiring: 'Invitation expires soon: {title}',
  intro_invitationExpiring:
    'You have not answered your invitation to this need yet, and it expires soon. Please accept or decline.',
  action_invitationExpiring: 'Answer the invitation',
  subject_needShortOfPeople: 'Places still open: {title}',
  intro_needShortOfPeople: 'Not all places are filled yet for the date on {date}.',
  action_needShortOfPeople: 'Find volunteers',
  subject_reminder: 'Reminder: {title} on {date}',
  intro_reminder:
    'It is coming up soon: you committed to the date on {date}. Thank you for taking part! If you cannot make it after all, please let us know in time.',
  action_reminder: 'See the details',
  subject_needMessage: 'Message about {title}',
  intro_needMessage: 'The quarter management writes to you about this need:',
  action_needMessage: 'See the details',
  // Series and absences (issue 10)
  subject_volunteerAbsent: 'Absent on {date}: {title}',
  intro_volunteerAbsent:
    '{volunteer} cannot come on {date}. That date now has a gap: the places still open are shown below.',
  action_volunteerAbsent: 'See the dates',

  // The frame of every mail
  greeting: 'Hello,',
  greetingNamed: 'Hello {name},',
  someone: 'A volunteer',
  closing: 'Your Quartiershilfe Wuppertal',
  linkFallback: 'If the button does not work, open this address:',
  optionalFooter: 'You can unsubscribe from this notification at any time.',
  unsubscribe: 'Unsubscribe',
  settings: 'Notification settings',

  // The facts
  labelWhat: 'What',
  labelDescription: 'Description',
  labelWhere: 'Where',
  labelWhen: 'When',
  labelDate: 'Date',
  labelChildren: 'Children or young people involved',
  childrenYes: 'Yes',
  childrenNo: 'No',
  labelAnswerBy: 'Please answer by',
  labelPlaces: 'Filled',
  placesValue: '{accepted} of {places} places',
  labelOpenPlaces: 'Still open',
  openPlacesValue: '{open} of {places} places',
  labelReason: 'Reason',
  labelChanges: 'Changed',
  labelMessage: 'Message',

  // Dates and times
  whenOnce: '{date}, {start}–{end}',
  whenWeekly: 'every {weekday}, {start}–{end}, from {first} to {last} ({count})',
  datesOne: '1 date',
  datesMany: '{count} dates',
  instant: '{date}, {time}',

  // What changed
  change_title: 'Title',
  change_description: 'Description',
  change_quarterId: 'Quarter',
  change_venueId: 'Place',
  change_schedule: 'Dates and times',
  change_places: 'Number of places',
  change_requiredSkills: 'Required skills',
  change_niceToHaveSkills: 'Helpful skills',
  change_languages: 'Languages',
  change_involvesMinors: 'Children or young people involved',
  // Cover for one date (issue 10)
  subject_coverInvitation: 'Cover on {date}: {title}',
  intro_coverInvitation:
    'Someone is still missing on this date. Can you step in – on this one day only, not for the whole series? Please accept or decline.',
  action_coverInvitation: 'Answer the request',
};
