import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import '../src/styles.css';
import { preloadAllControls } from '../src';
import { StoryLocaleContext } from '../stories/support/locale';

/** Applies the toolbar's theme to the whole page, so portalled popups follow it too; the canvas is the form's surface. */
const WithTheme: Decorator = (Story, context) => {
  const dark = context.globals.theme === 'dark';
  useEffect(() => {
    document.body.dataset.akfTheme = dark ? 'dark' : 'light';
    document.body.style.background = 'var(--akf-color-bg)';
  }, [dark]);
  return <Story />;
};

/** The toolbar's locale reaches every story's mocked provider (German: the complete test set). */
const WithLocale: Decorator = (Story, context) => (
  <StoryLocaleContext.Provider value={context.globals.locale === 'de' ? 'de' : 'en'}>
    <Story />
  </StoryLocaleContext.Provider>
);

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
    locale: {
      description: 'Language of the components\' messages',
      toolbar: { title: 'Locale', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'de', title: 'German' }], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction of the page around the form',
      toolbar: { title: 'Direction', icon: 'transfer', items: [{ value: 'ltr', title: 'Left to right' }, { value: 'rtl', title: 'Right to left' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'ltr' },
  decorators: [WithDirection, WithTheme, WithLocale],
  // the heavy controls load in chunks of their own; stories show them ready, as a host that preloads does
  loaders: [async () => ({ controls: await preloadAllControls() })],
};
export default preview;
