import type { Plugin } from 'vite';

/** A Vite/Rolldown plugin that keeps Monaco to what a form field uses. */
export declare const slimMonaco: () => Plugin;
