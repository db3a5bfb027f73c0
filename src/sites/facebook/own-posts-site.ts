// The Facebook side of "your own public posts" (own-posts.ts reads, own-post-switch.ts acts).
import type { OwnPostsSite } from '../own-posts-site';
import { findEditProfile, labelOf, permalinkOf, POSTS, profileOwner, readOwnPost, stillValid, type OwnPost } from './own-posts';
import { switchPostToFriends } from './own-post-switch';

export const facebookOwnPosts: OwnPostsSite = {
  posts: POSTS,
  findProfileControl: findEditProfile,
  readPost(root, doc, control, previous) {
    if (previous && stillValid(root, previous as OwnPost)) return previous;
    const owner = control ? profileOwner(control, doc) : null;
    return readOwnPost(root, doc, owner);
  },
  makeFriends: switchPostToFriends,
  permalinkOf,
  labelOf,
};
