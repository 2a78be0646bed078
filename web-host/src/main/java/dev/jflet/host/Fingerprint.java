package dev.jflet.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Internal: content-hashed file names ("loader.js" becomes "loader.3f9a1c0b2d7e.js"). A file whose name carries
 * its content hash never changes, so hosts may cache it for good and a new version never reuses an old name.
 */
final class Fingerprint {
    /** Hex digits of the SHA-256 kept in a name: 48 bits, plenty to tell a site's versions of a file apart. */
    static final int HASH_LENGTH = 12;

    private Fingerprint() {
    }

    /** {@code path} with the hash of {@code content} before its extension (the part after its last dot). */
    static String name(String path, byte[] content) {
        String hash = CspWasmRuntime.sha256(content).substring(0, HASH_LENGTH);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
    }

    /** Renames {@code root/path} to its fingerprinted name; returns that name, relative to {@code root}. */
    static String rename(Path root, String path) throws IOException {
        Path file = root.resolve(path);
        String hashed = name(path, Files.readAllBytes(file));
        Files.move(file, root.resolve(hashed));
        return hashed;
    }

    /** Writes {@code content} to {@code root} under its fingerprinted name; returns that name. */
    static String write(Path root, String path, byte[] content) throws IOException {
        String hashed = name(path, content);
        Path file = root.resolve(hashed);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return hashed;
    }
}
