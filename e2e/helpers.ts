// Shared steps for the browser tests: editor access and the CPython recordings of lessons.
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LessonOracle } from '../src/lessons/oracle/lesson-oracle';

export function lessonOracle(folder: string): LessonOracle {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../lessons', folder, 'expected.json'), 'utf8')) as LessonOracle;
}

export async function waitForMonaco(page: Page): Promise<void> {
  await expect(page.getByTestId('editor')).toHaveAttribute('data-editor', 'monaco', { timeout: 10_000 });
}

/** Replaces the editor's whole text as if pasted (no auto-indent or bracket completion). */
export async function setEditorCode(page: Page, code: string): Promise<void> {
  await waitForMonaco(page);
  await page.locator('[data-testid=editor] .monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/** The editor's text as Monaco renders it (short programs only: Monaco renders visible lines). */
export async function editorCode(page: Page): Promise<string> {
  const text = await page.locator('[data-testid=editor] .monaco-editor .view-lines').innerText();
  return text.replace(/\u00a0/g, ' ');
}

export const consoleOutput = (page: Page) => page.getByTestId('console');
