/**
 * The limit of the few integration tests whose work is large by design (thousands of items,
 * dozens of accounts, many racing requests): about four times their slowest run on a busy
 * two-core machine, so a slow host never fails them while a hang still does.
 */
export const HEAVY_TEST_TIMEOUT_MS = 120_000;
