import type { MessageKey } from '../../../../shared/web/messages-de.ts';

/** The problem codes of a dry run that have their own text; any other shows as "not valid". */
const PROBLEM_TEXTS: Record<string, MessageKey> = {
  required: 'impProb_required',
  invalid_email: 'impProb_invalid_email',
  invalid_date: 'impProb_invalid_date',
  invalid_value: 'impProb_invalid_value',
  invalid_regex: 'impProb_invalid_value',
  invalid_type: 'impProb_invalid_value',
  too_big: 'impProb_too_big',
  too_small: 'impProb_too_small',
  too_long: 'impProb_too_long',
  unknown_quarter: 'impProb_unknown_quarter',
  unknown_skill: 'impProb_unknown_skill',
  unknown_venue: 'impProb_unknown_venue',
  unknown_column: 'impProb_unknown_column',
  missing_column: 'impProb_missing_column',
  duplicate_column: 'impProb_duplicate_column',
  duplicate_in_file: 'impProb_duplicate_in_file',
  duplicate_language: 'impProb_duplicate_entry',
  duplicate_skill: 'impProb_duplicate_entry',
  duplicate_quarter: 'impProb_duplicate_entry',
  consent_in_future: 'impProb_consent_in_future',
  end_before_start: 'impProb_end_before_start',
  until_before_from: 'impProb_until_before_from',
  not_a_whole_number: 'impProb_not_a_whole_number',
  not_yes_or_no: 'impProb_not_yes_or_no',
  venue_in_other_quarter: 'impProb_venue_in_other_quarter',
  not_your_quarter: 'impProb_not_your_quarter',
  empty_file: 'impProb_empty_file',
  too_many_rows: 'impProb_too_many_rows',
};

/** The message key of a problem code. */
export const problemText = (code: string): MessageKey => PROBLEM_TEXTS[code] ?? 'impProb_invalid_value';
