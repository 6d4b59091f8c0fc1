import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import '../src/styles.css';
import { preloadAllControls } from '../src';
import { StoryLocaleContext } from '../stories/support/locale';

/** Applies the toolbar's theme to the whole page, so portalled popups (Radix) follow it too. */
const WithTheme: Decorator = (Story, context) => {
  const dark = context.globals.theme === 'dark';
  useEffect(() => {
    document.body.dataset.akfTheme = dark ? 'dark' : 'light';
    document.body.style.background = dark ? '#0d1117' : '';
  }, [dark]);
  return <Story />;
};

/** The toolbar's locale reaches every story's mocked provider (German: the complete test set). */
const WithLocale: Decorator = (Story, context) => (
  <StoryLocaleContext.Provider value={context.globals.locale === 'de' ? 'de' : 'en'}>
    <Story />
  </StoryLocaleContext.Provider>
);

const preview: Preview = {
  parameters: { layout: 'padded', controls: { expanded: true } },
  globalTypes: {
    theme: {
      description: 'Colour theme of the components',
      toolbar: { title: 'Theme', icon: 'mirror', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
    locale: {
      description: 'Language of the components\' messages',
      toolbar: { title: 'Locale', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'de', title: 'German' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  decorators: [WithTheme, WithLocale],
  // the heavy controls load in chunks of their own; stories show them ready, as a host that preloads does
  loaders: [async () => ({ controls: await preloadAllControls() })],
};
export default preview;
