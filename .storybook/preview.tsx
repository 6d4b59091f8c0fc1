import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import '../src/styles.css';
import { preloadAllControls } from '../src';

/** Applies the toolbar's theme to the whole page, so portalled popups (Radix) follow it too. */
const WithTheme: Decorator = (Story, context) => {
  const dark = context.globals.theme === 'dark';
  useEffect(() => {
    document.body.dataset.akfTheme = dark ? 'dark' : 'light';
    document.body.style.background = dark ? '#0d1117' : '';
  }, [dark]);
  return <Story />;
};

const preview: Preview = {
  parameters: { layout: 'padded', controls: { expanded: true } },
  globalTypes: {
    theme: {
      description: 'Colour theme of the components',
      toolbar: { title: 'Theme', icon: 'mirror', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [WithTheme],
  // the heavy controls load in chunks of their own; stories show them ready, as a host that preloads does
  loaders: [async () => ({ controls: await preloadAllControls() })],
};
export default preview;
