import { expect, test } from '@playwright/test';
import { collectPageErrors } from './console-errors';
import { lessonOracle, waitForMonaco } from './helpers';

test('a quiz answer shows its explanation, and the answer survives a reload', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('./#lesson=threads-101');
  const quiz = page.locator('[data-quiz-id=join]');
  await quiz.getByLabel('It starts thread').check();
  await quiz.getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz.getByTestId('quiz-feedback')).toContainText('Not quite.');
  await expect(quiz.getByTestId('quiz-feedback')).toContainText('blocks the thread that calls it');

  await quiz.getByLabel('It makes the calling thread wait').check();
  await quiz.getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz.getByTestId('quiz-feedback')).toContainText('Correct.');

  await page.reload();
  await expect(page.locator('[data-quiz-id=join]').getByTestId('quiz-feedback')).toContainText('Correct.');
  expect(errors).toEqual([]);
});

test('the chapter list navigates between lessons and marks progress', async ({ page }) => {
  await page.goto('./');
  const nav = page.getByTestId('lesson-nav');
  await nav.getByRole('link', { name: /Race conditions/ }).click();
  await expect(page).toHaveURL(/#lesson=race-conditions/);
  await expect(page.getByTestId('lesson-content').getByRole('heading', { level: 1 })).toHaveText('Race conditions');
  await page.goBack();
  await expect(page.getByTestId('lesson-content').getByRole('heading', { level: 1 })).toHaveText('Threads 101');
});

test('the first lesson runs its first example and shows the output CPython prints', async ({ page }) => {
  const expected = lessonOracle('01-threads-101').examples['example-1'];
  await page.goto('./');
  await waitForMonaco(page);
  await page.getByTestId('example').first().getByTestId('run-example').click();
  // Replayed in virtual time at 1×: the first line at once, the 3-second download later.
  await expect(page.getByTestId('console')).toContainText('Starting video.mp4');
  await expect(page.getByTestId('status')).toContainText('replaying');
  await expect(page.getByTestId('console')).not.toContainText('Took');
  await page.getByTestId('skip').click();
  await expect(page.getByTestId('status')).toHaveText(/finished in 6\.00 s virtual/);
  await expect(page.getByTestId('console')).toHaveText(expected.stdout.trimEnd());
});

test('instant replay shows the whole output as soon as the run ends', async ({ page }) => {
  const expected = lessonOracle('01-threads-101').examples['example-1'];
  await page.goto('./');
  await waitForMonaco(page);
  await page.getByTestId('playback-speed').selectOption('instant');
  await page.getByTestId('example').first().getByTestId('run-example').click();
  await expect(page.getByTestId('status')).toHaveText(/finished/);
  await expect(page.getByTestId('console')).toHaveText(expected.stdout.trimEnd());
});

test('an exercise check passes with the solution and fails with the starter', async ({ page }) => {
  await page.goto('./#lesson=threads-101');
  await waitForMonaco(page);
  const exercise = page.locator('[data-exercise-id=wait-for-workers]');
  await exercise.getByTestId('exercise-check').click();
  await expect(exercise.getByTestId('exercise-result')).toContainText('Not yet', { timeout: 15_000 });
  await expect(page.getByTestId('console')).toContainText('AssertionError');

  await exercise.getByRole('button', { name: 'Show solution' }).click();
  await exercise.getByTestId('exercise-check').click();
  await expect(exercise.getByTestId('exercise-result')).toContainText('Check passed', { timeout: 15_000 });
  await expect(exercise.getByText('✓ solved')).toBeVisible();
});
