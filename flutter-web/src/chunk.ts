// Modules that load as chunks of their own the first time a feature needs them (scripts/bundle.mjs makes every
// import() a chunk), so apps that never use the feature do not download its code.
import { warnOnce } from "./log";

/**
 * A function that imports the chunk on its first call and hands out the same promise after that. A failed load
 * warns once, saying what does not work without `name`, rejects, and is tried again on the next call.
 */
export function chunkLoader<M>(load: () => Promise<M>, name: string, without: string): () => Promise<M> {
    let chunk: Promise<M> | undefined;
    return () =>
        (chunk ??= load().catch((e) => {
            chunk = undefined;
            warnOnce(`${name} could not be loaded (${e}); ${without}`);
            throw e;
        }));
}
