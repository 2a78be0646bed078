// The URLs of the stylesheets that load on first use, by name: one per lazily loaded control family
// (src/styles/lazy/<family>.css) and "palette" (Flet's named colours, scripts/theme.mjs paletteCss).
//
// The build (scripts/bundle.mjs) replaces this module: Rollup emits each sheet as chunks/<name>-<hash>.css and
// writes its hashed URL here, in the first-paint chunk. The URLs have to be known before a family's chunk is
// requested, so that both requests go out together; a URL exported by the family's own chunk would only be
// known once that chunk had arrived, and the sheet would load after it. Rollup also hashes this chunk with the
// sheets' names in it, so a changed sheet gives the first-paint chunk a new name too. In the sources (the unit
// tests) there are no sheets: nothing is fetched and nothing waits.
export const SHEET_URLS: Readonly<Record<string, string | undefined>> = {};
