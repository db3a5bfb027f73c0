// Derives the Firefox manifest from the single root manifest.json.
// Firefox MV3 runs the background as event-page scripts, needs an add-on id, and since
// Firefox 140 asks every new add-on to declare what data it collects: none.

export const GECKO_ID = 'audience-guard@audience-guard.org';
export const FIREFOX_MIN_VERSION = '140.0';
// Firefox for Android reads data_collection_permissions from version 142.
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** @param {any} base the parsed root manifest.json */
export function firefoxManifest(base) {
  const m = structuredClone(base);
  const worker = m.background?.service_worker;
  m.background = { scripts: [worker], type: 'module' };
  m.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return m;
}
