import { expect, test } from '@playwright/test';
import { collectPageErrors } from './console-errors';

test('the app opens with chapter navigation and lesson text, without console errors', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('./');

  await expect(page.getByRole('heading', { name: 'Interleave', level: 1 })).toBeVisible();
  const nav = page.getByTestId('lesson-nav');
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: /Threads 101/ })).toHaveAttribute('aria-current', 'page');

  const lesson = page.getByTestId('lesson-content');
  await expect(lesson.getByRole('heading', { name: 'Threads 101', level: 1 })).toBeVisible();
  await expect(lesson).toContainText('Every Python program already runs in one thread');
  await expect(page.getByTestId('editor')).toBeVisible();

  expect(errors).toEqual([]);
});
