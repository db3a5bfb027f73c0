// After the extension is reloaded or updated, an already injected content script keeps
// running as an orphan: its `chrome.runtime.id` becomes undefined and every extension API
// throws. The content script checks this before each batch of work and tears itself down.

export function extensionContextValid(): boolean {
  try {
    const g = globalThis as unknown as { chrome?: { runtime?: { id?: string } }; browser?: { runtime?: { id?: string } } };
    return Boolean((g.chrome?.runtime ?? g.browser?.runtime)?.id);
  } catch {
    return false;
  }
}
