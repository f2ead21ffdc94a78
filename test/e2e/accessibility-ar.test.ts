import { describeAccessibility } from './support/accessibility-check.ts';

// Issue 12's accessibility check in Arabic (right-to-left); the other language is a file of its own, run side by side.
describeAccessibility('ar');
