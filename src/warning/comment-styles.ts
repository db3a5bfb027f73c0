// The comment warning's additions to the warning's stylesheet: one compact line beside a
// comment box (wrapping on narrow screens), smaller than a composer's warning.
export const COMMENT_CSS = `
:host { margin: 4px 0; }
.box.comment { padding: 4px 8px; gap: 4px 8px; font-size: 12px; }
.box.comment .icon { width: 16px; height: 16px; line-height: 16px; font-size: 11px; }
.box.comment .headline { font-weight: 500; }
.box.comment .button { min-height: 24px; padding: 3px 8px; font-size: 12px; }
`;
