/** localStorage, or undefined where a browser or host policy forbids it (reading it can throw). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
