/**
 * The home page shows a search box from this many published guides on (issue 12: « once there are
 * more than 3 guides »): with fewer, the list of guides fits on one screen.
 */
export const SEARCH_FROM = 4;
