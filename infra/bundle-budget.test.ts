import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetProblems, readBundleBudget } from './bundle-budget.ts';

const budget = { tolerance: 0.1, bytes: { needs: 400_000, accounts: 500_000 } };

describe('bundle budget', () => {
  it('accepts bundles up to 10 % over their figure', () => {
    expect(budgetProblems({ needs: 440_000, accounts: 300_000 }, budget)).toEqual([]);
  });

  it('names a bundle more than 10 % over its figure', () => {
    const problems = budgetProblems({ needs: 440_001, accounts: 500_000 }, budget);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^needs: 440001 bytes, 10\.0 % over its budget of 400000/);
  });

  it('names a function without a figure and a figure without a function', () => {
    expect(budgetProblems({ needs: 1, docs: 2 }, budget)).toEqual([
      'docs: no budget in infra/bundle-budget.json (its bundle has 2 bytes)',
      'accounts: in infra/bundle-budget.json but no such function',
    ]);
  });

  it('has a figure for every function folder with a handler', () => {
    const functions = new URL('../functions/', import.meta.url);
    const names = readdirSync(functions).filter((name) => existsSync(new URL(`${name}/handler.ts`, functions)));
    expect(Object.keys(readBundleBudget().bytes).sort()).toEqual(names.sort());
  });
});
