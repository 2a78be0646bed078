package dev.jflet.core.internal.protocol;

/**
 * Internal: UTF-8 without {@code java.nio.charset}. In the browser builds a charset encoder or decoder is built per
 * string and brings about 40 KB of class library into every app; these loops do the same work in place. Unpaired
 * surrogates encode as {@code '?'} and ill-formed input decodes with U+FFFD per maximal bad subpart, as the JDK does.
 */
public final class Utf8 {
    private static final char REPLACEMENT = '\ufffd';

    private Utf8() {
    }

    /** The UTF-8 bytes of {@code s}. */
    public static byte[] encode(String s) {
        byte[] out = new byte[length(s)];
        encode(s, out, 0);
        return out;
    }

    /** The number of bytes {@link #encode} makes of {@code s}. */
    public static int length(String s) {
        int chars = s.length();
        int n = chars;
        for (int i = 0; i < chars; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                n += 1;
            } else if (!Character.isSurrogate(c)) {
                n += 2;
            } else if (pairAt(s, i)) {
                n += 2;
                i++;
            }
        }
        return n;
    }

    /** Writes {@code s} into {@code out} from {@code at}, which has room for {@link #length}; returns the end. */
    public static int encode(String s, byte[] out, int at) {
        int chars = s.length();
        for (int i = 0; i < chars; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (pairAt(s, i)) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[at++] = (byte) (0xf0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | cp & 0x3f);
            } else {
                out[at++] = '?';
            }
        }
        return at;
    }

    /** Decodes all of {@code bytes}. */
    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes {@code length} bytes of {@code bytes} from {@code offset}. */
    public static String decode(byte[] bytes, int offset, int length) {
        char[] out = new char[length];
        int n = 0;
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                out[n++] = (char) b;
                i++;
                continue;
            }
            int need;
            int cp;
            int min;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
                cp = b & 0x1f;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                cp = b & 0x0f;
                min = 0x800;
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                cp = b & 0x07;
                min = 0x10000;
            } else {
                out[n++] = REPLACEMENT;
                i++;
                continue;
            }
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < need; k++, j++) {
                if (j >= end || !continues(bytes[j] & 0xff, b, k)) {
                    ok = false;
                    break;
                }
                cp = cp << 6 | bytes[j] & 0x3f;
            }
            if (!ok || cp < min || Character.isSurrogate((char) cp) && cp < 0x10000) {
                out[n++] = REPLACEMENT;
                i = Math.max(j, i + 1);
                continue;
            }
            if (cp >= 0x10000) {
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            } else {
                out[n++] = (char) cp;
            }
            i = j;
        }
        return new String(out, 0, n);
    }

    /**
     * Whether {@code c} may follow lead byte {@code lead} as continuation number {@code k} (Unicode table 3-7, except
     * that an encoded surrogate after 0xED is one bad sequence, as the JDK reads it).
     */
    private static boolean continues(int c, int lead, int k) {
        int low = 0x80;
        int high = 0xbf;
        if (k == 0) {
            if (lead == 0xe0) {
                low = 0xa0;
            } else if (lead == 0xf0) {
                low = 0x90;
            } else if (lead == 0xf4) {
                high = 0x8f;
            }
        }
        return c >= low && c <= high;
    }

    private static boolean pairAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
