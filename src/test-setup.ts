// Unit tests run without a browser extension around them: a small in-memory stand-in for
// the few extension APIs the tested modules touch (storage, i18n, runtime id).
import { vi } from 'vitest';
import en from '../public/_locales/en/messages.json';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function makeArea(name: string, listeners: Set<Listener>) {
  let data: Record<string, unknown> = {};
  return {
    async get(key?: string | string[] | null) {
      if (key == null) return structuredClone(data);
      const keys = Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
        data[k] = structuredClone(v);
      }
      for (const l of listeners) l(changes, name);
    },
    async remove(key: string) {
      delete data[key];
    },
    async clear() {
      data = {};
    },
  };
}

const listeners = new Set<Listener>();
const messages = en as Record<string, { message: string }>;
const fakeBrowser = {
  runtime: { id: 'test-extension-id', getURL: (p: string) => `chrome-extension://test-extension-id/${p}`, onMessage: { addListener() {}, removeListener() {} }, sendMessage: async () => undefined, connect: () => ({ onDisconnect: { addListener() {} }, disconnect() {} }) },
  storage: {
    sync: makeArea('sync', listeners),
    local: makeArea('local', listeners),
    session: makeArea('session', listeners),
    onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
  },
  i18n: {
    getMessage: (key: string, subs?: string | string[]) => {
      let text = messages[key]?.message ?? '';
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      list.forEach((s, i) => (text = text.replace(`$${i + 1}`, s)));
      return text;
    },
    getUILanguage: () => 'en',
  },
};

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
(globalThis as unknown as { browser: unknown; chrome: unknown }).browser = fakeBrowser;
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;
