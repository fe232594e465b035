import { expect, test } from '@playwright/test';
import LZString from 'lz-string';
import { collectPageErrors } from './console-errors';

const packed = (code: string) => LZString.compressToEncodedURIComponent(code);

test('the embed page runs the program from its URL', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(`./embed.html?code=${packed('import sys\nprint("hello from an embed", sys.version_info[:2])\n')}&autorun=1`);
  await expect(page.getByTestId('console')).toHaveText('hello from an embed (3, 12)');
  await expect(page.getByTestId('status')).toHaveText(/finished/);
  await expect(page.getByRole('link', { name: 'Open in Interleave' })).toHaveAttribute('href', /#.*code=/);
  expect(errors).toEqual([]);
});

test('an embed shows a lesson example, with the model the URL asks for', async ({ page }) => {
  await page.goto('./embed.html?lesson=race-conditions&example=example-3&model=3.9');
  await expect(page.getByTestId('editor')).toHaveValue(/counter = add_one\(counter\)/);
  await expect(page.getByTestId('python-model')).toHaveValue('3.9');
});

test('a host page drives an embed with postMessage and sizes it from its resize messages', async ({ page, baseURL }) => {
  await page.goto('./');
  await page.setContent(`
    <iframe id="box" src="${baseURL}embed.html?id=demo" style="width: 640px; height: 80px; border: 0"></iframe>
    <script>
      window.messages = [];
      addEventListener('message', (e) => {
        window.messages.push(e.data);
        if (e.data.type === 'interleave:resize') document.getElementById('box').style.height = e.data.height + 'px';
      });
    </script>`);
  const messages = () => page.evaluate(() => (window as unknown as { messages: { type: string; id: string }[] }).messages);
  await expect.poll(async () => (await messages()).map((m) => m.type)).toContain('interleave:ready');
  expect((await messages()).find((m) => m.type === 'interleave:ready')?.id).toBe('demo');

  await page.evaluate(() => {
    const frame = document.getElementById('box') as HTMLIFrameElement;
    frame.contentWindow!.postMessage({ type: 'interleave:run', code: 'for i in range(3):\n    print(i * 7)\n', model: '3.9', seed: 9 }, '*');
  });
  await expect.poll(async () => (await messages()).find((m) => m.type === 'interleave:result')).toMatchObject({
    id: 'demo',
    status: 'finished',
    exitCode: 0,
    stdout: '0\n7\n14\n',
  });
  // The iframe now has the height the embed asked for: its content fits without scrolling.
  const { frameHeight, asked } = await page.evaluate(() => {
    const all = (window as unknown as { messages: { type: string; height?: number }[] }).messages.filter((m) => m.type === 'interleave:resize');
    return { frameHeight: document.getElementById('box')!.getBoundingClientRect().height, asked: all[all.length - 1].height };
  });
  expect(asked).toBeGreaterThan(150);
  expect(frameHeight).toBe(asked);
  const inner = page.frameLocator('#box');
  await expect(inner.getByTestId('python-model')).toHaveValue('3.9');
});
