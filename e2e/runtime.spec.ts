import { expect, test } from '@playwright/test';
import { collectPageErrors } from './console-errors';
import { setEditorCode, waitForMonaco } from './helpers';

test('input() asks in the console; the answer reaches the program', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('./');
  await setEditorCode(page, 'name = input("Your name? ")\nprint("Hello,", name)\nprint(input("Again? "))\n');
  await page.getByTestId('run').click();
  const prompt = page.getByTestId('console-input');
  await expect(prompt).toBeFocused();
  await expect(page.getByTestId('console')).toContainText('Your name?');
  await expect(page.getByTestId('status')).toHaveText(/waiting for input/);
  await page.keyboard.type('Ada');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('console')).toContainText('Your name? Ada\nHello, Ada\nAgain?');
  // Ctrl+D is end of input, as in a terminal: the program gets EOFError.
  await expect(prompt).toBeFocused();
  await page.keyboard.press('Control+D');
  await expect(page.getByTestId('console')).toContainText('EOFError: EOF when reading a line');
  await expect(page.getByTestId('status')).toHaveText(/error/);
  await expect(prompt).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('lines given in advance are read first; Stop while waiting for input ends the run', async ({ page }) => {
  await page.goto('./');
  await setEditorCode(page, 'a = input()\nprint("got", a)\nb = input("more? ")\n');
  await page.locator('summary', { hasText: 'Input for' }).click();
  await page.getByLabel(/One line per/).fill('first\n');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('console-input')).toBeVisible();
  await expect(page.getByTestId('console')).toContainText('got first\nmore?');
  await page.getByTestId('stop').click();
  await expect(page.getByTestId('status')).toHaveText('stopped', { timeout: 1_000 });
  await expect(page.getByTestId('console-input')).toHaveCount(0);
});

test('Stop keeps what a busy program printed so far and the page stays responsive', async ({ page }) => {
  await page.goto('./');
  await setEditorCode(page, 'import itertools\nfor i in itertools.count(1):\n    i % 200000 or print("still going", i)\n');
  await page.getByTestId('playback-speed').selectOption('instant');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('console')).toContainText('still going', { timeout: 10_000 });
  // The page answers while the program runs: typing in the seed box works.
  await page.getByTestId('seed').fill('77');
  await expect(page.getByTestId('seed')).toHaveValue('77');
  const start = Date.now();
  await page.getByTestId('stop').click();
  await expect(page.getByTestId('status')).toHaveText('stopped', { timeout: 1_000 });
  expect(Date.now() - start).toBeLessThan(1_000);
  await expect(page.getByTestId('console')).toContainText('still going 200000');
});

test("Ctrl+M lets Tab leave the editor (Monaco's tab trap), and the hint says so", async ({ page }) => {
  await page.goto('./');
  await waitForMonaco(page);
  await expect(page.getByTestId('editor')).toContainText('Ctrl+M');
  await page.locator('[data-testid=editor] .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  const focusInEditor = await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
  expect(focusInEditor).toBe(false);
});

test.describe('dark system theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the page and the editor follow it', async ({ page }) => {
    await page.goto('./');
    await waitForMonaco(page);
    await expect(page.locator('[data-testid=editor] .monaco-editor')).toHaveClass(/vs-dark/);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(13, 17, 23)');
  });
});
