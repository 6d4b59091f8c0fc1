import { createContext } from 'react';
import type { InputProps } from '../types';

/** The props of the control being rendered, provided by the form around every non-native control. */
export const InputFieldContext = createContext<InputProps<unknown> | null>(null);
