/**
 * A value of the user's quoted back in an error message, cut to `max` characters: a file can hold
 * a cell of megabytes, and an error body must stay small whatever the file held.
 */
export const ECHO_MAX = 100;

export function echo(value: string, max = ECHO_MAX): string {
  const chars = [...value.slice(0, max * 2)];
  return chars.length > max || value.length > max * 2 ? `${chars.slice(0, max).join('')}…` : value;
}
