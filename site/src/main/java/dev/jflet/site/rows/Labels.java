package dev.jflet.site.rows;

/**
 * The row labels of the rows benchmark: "adjective colour noun" picked by a seeded linear congruential generator, so
 * that the vanilla page (e2e-tests/src/test/resources/vanilla/rows.js) produces the very same labels.
 */
final class Labels {
    private static final String[] ADJECTIVES = {"quiet", "bright", "rapid", "gentle", "brave", "tidy", "humble",
        "clever", "sturdy", "eager", "calm", "fancy", "plain", "bold", "shiny", "soft", "proud", "silent", "lively",
        "cosy", "witty", "noble", "sharp", "mellow", "frosty"};
    private static final String[] COLOURS = {"amber", "teal", "crimson", "ivory", "indigo", "olive", "coral",
        "slate", "violet", "lime", "navy"};
    private static final String[] NOUNS = {"kettle", "harbor", "lantern", "meadow", "pebble", "rocket", "violin",
        "garden", "comet", "ladder", "pillow", "falcon", "island"};

    private int state;

    Labels(int seed) {
        state = seed;
    }

    String next() {
        return ADJECTIVES[pick(ADJECTIVES.length)] + " " + COLOURS[pick(COLOURS.length)] + " " + NOUNS[pick(NOUNS.length)];
    }

    /** glibc's LCG constants, kept in 31 bits so that Java ints and JS numbers agree exactly. */
    private int pick(int bound) {
        state = (int) ((state * 1103515245L + 12345L) & 0x7fffffffL);
        return (state >>> 16) % bound;
    }
}
