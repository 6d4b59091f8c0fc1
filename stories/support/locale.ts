import { createContext, useContext } from 'react';
import type { ActionFormMessages } from '../../src';
import { messagesDe } from './messages.de';

/** The Storybook "Locale" toolbar's choice. */
export type StoryLocale = 'en' | 'de';

/** Set by the preview's decorator from the toolbar; read by `MockActionKit`. */
export const StoryLocaleContext = createContext<StoryLocale>('en');

/** The messages for the chosen locale (`undefined`: the library's English). */
export const useStoryMessages = (): ActionFormMessages | undefined => (useContext(StoryLocaleContext) === 'de' ? messagesDe : undefined);
