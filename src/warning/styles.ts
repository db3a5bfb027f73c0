// The warning's stylesheet, inside its shadow root. `:host { all: initial }` cuts every
// inherited page style (WXT's lesson). Its declarations are !important because a page's
// rule that matches the host element (`div { opacity: 0 }`, or one on our attribute) is
// in the outer context, which wins over :host for normal declarations; for !important ones
// the shadow root's win, even over the page's !important (CSS Cascade 4, "Context").
// e2e/reliability.spec.ts checks this against page rules in Chromium.
export const WARNING_CSS = `
:host { all: initial !important; display: block !important; margin: 8px 16px !important; contain: layout style !important; }
:host([hidden]) { display: none !important; }
* { box-sizing: border-box; }
.box {
  --bg: #fff4e5; --fg: #3d2800; --border: #e59400; --accent: #8a4b00; --btn-fg: #fff; --btn-bg: #0b57d0;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 8px;
  padding: 8px 10px; display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center;
  max-width: 100%; overflow-wrap: anywhere;
}
.box.unknown { --bg: #eef2f7; --border: #8a99ad; --fg: #1c2733; }
.box.done { --bg: #e8f5e9; --border: #2e7d32; --fg: #123d16; }
.box.error { --bg: #fdecea; --border: #c62828; --fg: #4a0f0c; }
:host(.dark) .box { --bg: #3a2a10; --fg: #ffe7c2; --border: #c98a1a; --accent: #ffcc80; --btn-bg: #8ab4f8; --btn-fg: #0b1a33; }
:host(.dark) .box.unknown { --bg: #262d36; --fg: #e3e9f0; --border: #6b7a8c; }
:host(.dark) .box.done { --bg: #16301a; --fg: #d6f5d9; --border: #4caf50; }
:host(.dark) .box.error { --bg: #3b1513; --fg: #ffd9d6; --border: #ef5350; }
.text { display: flex; gap: 8px; flex: 1 1 220px; min-width: 0; }
.icon { flex: none; width: 20px; height: 20px; border-radius: 50%; background: var(--border); color: var(--bg);
  font-weight: 700; text-align: center; line-height: 20px; }
p { margin: 0; }
.headline { font-weight: 600; }
.detail { margin-top: 2px; font-weight: 400; }
.why a, .link { color: var(--accent); }
.link { background: none; border: 0; padding: 0; font: inherit; text-decoration: underline; cursor: pointer; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; flex: 0 1 auto; }
.button { font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; border-radius: 6px;
  padding: 6px 10px; cursor: pointer; text-decoration: none; display: inline-block; border: 1px solid transparent; }
.button.primary { background: var(--btn-bg); color: var(--btn-fg); }
.button.secondary { background: transparent; color: var(--fg); border-color: var(--border); }
.button[disabled] { opacity: .6; cursor: progress; }
button:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.button { min-height: 32px; }
/* Narrow composers (320 px phones, zoomed windows): text first, buttons share the next line. */
@media (max-width: 420px) {
  .box { padding: 8px; }
  .actions { flex: 1 1 100%; }
  .actions .button { flex: 1 1 auto; text-align: center; }
}
@media (forced-colors: active) { .box { border: 2px solid CanvasText; } .icon { forced-color-adjust: none; } }
@media (prefers-reduced-motion: no-preference) { .box { transition: background-color .15s; } }
`;
