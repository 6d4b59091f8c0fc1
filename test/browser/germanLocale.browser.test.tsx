import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { ActionForm } from '../../src';
import { messagesDe } from '../../stories/support/messages.de';
import { MockActionKit } from '../../stories/support/MockActionKit';
import { englishShown } from '../support/noEnglish';
import { everyTypeAction } from '../support/everyTypeAction';

// The German set in a real browser at side-panel width: the same no-English check as the jsdom test
// (with the real Monaco editor and Radix), and a screenshot to look at (written to node_modules/.cache, not committed).
test('the German form at 380 px: every input type after a failed submit shows no English string of the library', async () => {
  await page.viewport(380, 2400);
  render(
    <MockActionKit messages={messagesDe}>
      <div className="akf-root" style={{ padding: 12 }}>
        <ActionForm schema={everyTypeAction} integration="test" />
      </div>
    </MockActionKit>,
  );
  const form = await screen.findByRole('form', { name: 'Alle Typen' });
  await userEvent.click(within(form).getByRole('button', { name: messagesDe.runAction }));
  expect(await screen.findByText(messagesDe.required('Feld TEXT'))).toBeVisible();
  await userEvent.click(within(form).getByRole('button', { name: messagesDe.addOrGroup }));
  expect(englishShown()).toEqual([]);
  const shots = { form, pairs: within(form).getByRole('group', { name: 'Feld EnumTextAreaPairInput' }), filter: within(form).getByRole('group', { name: 'Feld CONDITIONAL' }) };
  for (const [name, element] of Object.entries(shots)) await page.screenshot({ path: `../../node_modules/.cache/akf-german-380-${name}.png`, element });
});
