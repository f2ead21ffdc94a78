/**
 * The consent text volunteers agree to. Changing the text means a new version: profiles with an
 * older version no longer count as consented (matching skips them) until the volunteer agrees
 * again on their profile page.
 */
export const CONSENT = {
  version: '2026-11-01',
  de: 'Ich willige ein, dass die Stadt Wuppertal meine Angaben in diesem Profil (Name, Kontakt, Sprachen, Fähigkeiten, Quartiere und Verfügbarkeit) speichert, um mich für ehrenamtliche Einsätze vorzuschlagen. Quartiersmanagerinnen und -manager der von mir gewählten Quartiere dürfen mein Profil sehen. Ich kann die Einwilligung jederzeit widerrufen, indem ich mein Profil lösche.',
  en: 'I consent to the City of Wuppertal storing the details in this profile (name, contact, languages, skills, quarters and availability) in order to propose me for volunteer work. Quarter managers of the quarters I choose may see my profile. I can withdraw my consent at any time by deleting my profile.',
} as const;

/** Whether a stored profile agreed to the current text (else: ask again, matching skips it). */
export const hasCurrentConsent = (profile: { consent: { version: string } }): boolean =>
  profile.consent.version === CONSENT.version;
