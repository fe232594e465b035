import { expect, test } from '@playwright/test';
import { collectPageErrors } from './console-errors';
import { setEditorCode } from './helpers';

test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

test('on a tablet the chapters, lesson, editor and console are all usable', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('./');
  for (const id of ['lesson-nav', 'lesson-content', 'editor', 'run', 'python-model', 'seed', 'console']) {
    await expect(page.getByTestId(id)).toBeInViewport();
  }
  await setEditorCode(page, 'print("hello from a tablet")\n');
  await page.getByTestId('run').tap();
  await expect(page.getByTestId('console')).toHaveText('hello from a tablet');
  expect(errors).toEqual([]);
});
