/**
 * The VTIMEZONE of Europe/Berlin as `@touch4it/ical-timezones` writes it (tzurl.org data), kept
 * here as text because that library reads its zone files from disk next to its own module at run
 * time: inside an esbuild bundle (Lambda) neither the files nor `__dirname` exist. A unit test
 * (vtimezone.test.ts) checks that this is exactly what the installed library returns, so an
 * update of the library shows up as a failing test, not as a silent drift.
 */
export const BERLIN_VTIMEZONE =
  'BEGIN:VTIMEZONE\nTZID:Europe/Berlin\nTZURL:http://tzurl.org/zoneinfo-outlook/Europe/Berlin\nX-LIC-LOCATION:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE';
