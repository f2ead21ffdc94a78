import { describeAccessibility } from './support/accessibility-check.ts';

// Issue 12's accessibility check in German; the other language is a file of its own, run side by side.
describeAccessibility('de');
