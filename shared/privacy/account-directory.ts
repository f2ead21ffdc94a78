/** What the user pool holds about a person (the export's `account` section). */
export interface AccountRecord {
  userId: string;
  email: string | undefined;
  locale: string | undefined;
  createdAt: string | undefined;
  status: string | undefined;
}

/** The user pool as the data-protection self-service needs it (IAM: AdminGetUser, AdminDeleteUser). */
export interface AccountDirectory {
  /** undefined when the pool has no such user (e.g. already erased). */
  get(userId: string): Promise<AccountRecord | undefined>;
  /** Idempotent: an unknown user counts as deleted. */
  delete(userId: string): Promise<void>;
}

/**
 * The directory of functions that must not touch the user pool: a call is a wiring bug. Only the
 * functions that export and erase accounts (volunteers, inactive-accounts) and the local platform
 * wire {@link CognitoAccountDirectory} (./cognito-account-directory.ts), so the others do not
 * bundle the Cognito client.
 */
export const unwiredAccounts: AccountDirectory = {
  get: async () => {
    throw new Error('No account directory is wired in this function');
  },
  delete: async () => {
    throw new Error('No account directory is wired in this function');
  },
};
