import { unwiredMailer } from '../../mail/mailer.ts';
import { unwiredAccounts } from '../../privacy/account-directory.ts';

// What a composition gets where its function wires no mail, user pool admin side or calendar writer.

export const mailer = () => unwiredMailer;

export const accounts = () => unwiredAccounts;

export const calendarBuilder = () => undefined;
