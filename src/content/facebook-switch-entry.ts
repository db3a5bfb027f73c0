// The Facebook composer switch's driver (src/sites/facebook/chooser.ts), a standalone script
// injected into the frame when a warning that offers the switch first shows, ahead of the
// click (src/sites/facebook/index.ts asks for it through src/lib/on-demand.ts): most pages
// never show one, so the core content script does not carry it.
import { switchToFriends } from '../sites/facebook/chooser';
import { provide } from '../lib/on-demand';

provide('facebook-switch', switchToFriends);
