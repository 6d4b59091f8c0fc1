import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import '../src/styles.css';
import { preloadAllControls } from '../src';

/** Applies the toolbar's theme to the whole page, so portalled popups follow it too; the canvas is the form's surface. */
const WithTheme: Decorator = (Story, context) => {
  const dark = context.globals.theme === 'dark';
  useEffect(() => {
    document.body.dataset.akfTheme = dark ? 'dark' : 'light';
    document.body.style.background = 'var(--akf-color-bg)';
  }, [dark]);
  return <Story />;
};

/** The toolbar's direction on a host element around the story (the form and its popups take it from there). */
const WithDirection: Decorator = (Story, context) => (
  <div dir={context.globals.direction === 'rtl' ? 'rtl' : 'ltr'}>
    <Story />
  </div>
);

const preview: Preview = {
  parameters: { layout: 'padded', controls: { expanded: true } },
  globalTypes: {
    theme: {
      description: 'Colour theme of the components',
      toolbar: { title: 'Theme', icon: 'mirror', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction of the page around the form',
      toolbar: { title: 'Direction', icon: 'transfer', items: [{ value: 'ltr', title: 'Left to right' }, { value: 'rtl', title: 'Right to left' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr' },
  decorators: [WithDirection, WithTheme],
  // the heavy controls load in chunks of their own; stories show them ready, as a host that preloads does
  loaders: [async () => ({ controls: await preloadAllControls() })],
};
export default preview;
