// A test whose pages and mock API use a private mock, for faults (printer-error) that leave marks in the shared
// mock's ground truth (heater-less temperature points) which other specs do not expect.
import { test } from '../fixtures.ts';
import { startStack, type Stack } from './stack.ts';

export const isolatedTest = test.extend<object, { ownStack: Stack }>({
  ownStack: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const stack = await startStack();
      await use(stack);
      await stack.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ ownStack }, use) => use(ownStack.baseURL),
});
