/** Runs a host callback; an exception in it is the host's bug: reported, never breaking the form. */
export function reportHostError(name: string, call: () => unknown): void {
  try {
    const result = call();
    if (result instanceof Promise) result.catch((error: unknown) => console.error(`[actionkit-form] \`${name}\` rejected:`, error));
  } catch (error) {
    console.error(`[actionkit-form] \`${name}\` threw:`, error);
  }
}
