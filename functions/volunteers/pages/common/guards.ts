// The callers of pages are shared with the other functions that serve volunteers' pages (privacy).
export { volunteerCaller } from '../../../../shared/http/page-callers.ts';
