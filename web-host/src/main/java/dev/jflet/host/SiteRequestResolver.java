package dev.jflet.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Internal: maps a request path to what the preview server answers.
 *
 * <ul>
 *   <li>a file is served as it is; a directory serves its {@code index.html};
 *   <li>a directory requested without its trailing slash is redirected to it, so relative URLs work;
 *   <li>a missing path whose last segment has no extension ({@code /store/3}) is a client-side route: the
 *       nearest ancestor directory's {@code index.html} answers, so each app in a subfolder gets its own;
 *   <li>a missing path with an extension is a 404;
 *   <li>{@code .} and {@code ..} segments (also percent-encoded) are a 400, and nothing outside the root is
 *       ever served, symbolic links included.
 * </ul>
 */
final class SiteRequestResolver {
    private static final String INDEX = "index.html";

    private final Path root;
    private final String mountPath;

    /** {@code root} must be a real path (see {@link Path#toRealPath}); {@code mountPath} "/" or "/x/". */
    SiteRequestResolver(Path root, String mountPath) {
        this.root = root;
        this.mountPath = mountPath;
    }

    /** What to answer for a raw (still percent-encoded) request path. */
    Resolution resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Resolution.badRequest();
        }
        if (!rawPath.startsWith(mountPath)) {
            boolean mountWithoutSlash = rawPath.equals(mountPath.substring(0, mountPath.length() - 1));
            return rawPath.equals("/") || mountWithoutSlash ? Resolution.redirect(mountPath) : Resolution.notFound();
        }
        Optional<List<String>> segments = segments(rawPath.substring(mountPath.length()));
        if (segments.isEmpty()) {
            return Resolution.badRequest();
        }
        Path target = root;
        for (String segment : segments.get()) {
            target = target.resolve(segment);
        }
        if (Files.isDirectory(target)) {
            if (!rawPath.endsWith("/")) {
                return Resolution.redirect(rawPath + "/");
            }
            return serve(target.resolve(INDEX));
        }
        if (Files.isRegularFile(target)) {
            return serve(target);
        }
        List<String> names = segments.get();
        boolean routeLike = !names.isEmpty() && MimeTypes.extension(names.get(names.size() - 1)).isEmpty();
        return routeLike ? serve(nearestIndex(target.getParent())) : Resolution.notFound();
    }

    private Path nearestIndex(Path directory) {
        for (Path dir = directory; dir != null && dir.startsWith(root); dir = dir.getParent()) {
            Path index = dir.resolve(INDEX);
            if (Files.isRegularFile(index)) {
                return index;
            }
        }
        return root.resolve(INDEX);
    }

    private Resolution serve(Path file) {
        try {
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
                return Resolution.notFound();
            }
            return Resolution.file(file);
        } catch (IOException e) {
            return Resolution.notFound();
        }
    }

    /** The decoded, non-empty segments of a relative path; empty when the path is malformed or escapes. */
    static Optional<List<String>> segments(String rawRelativePath) {
        List<String> result = new ArrayList<>();
        for (String rawSegment : rawRelativePath.split("/")) {
            Optional<String> segment = percentDecode(rawSegment);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            String name = segment.get();
            if (name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
                    || name.indexOf('\0') >= 0 || name.indexOf(':') >= 0) {
                return Optional.empty();
            }
            if (!name.isEmpty()) {
                result.add(name);
            }
        }
        return Optional.of(result);
    }

    /** Decodes %XX escapes as UTF-8 ('+' stays '+', as in paths); empty on a malformed escape or byte sequence. */
    static Optional<String> percentDecode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= raw.length()) {
                return Optional.empty();
            }
            int high = Character.digit(raw.charAt(i + 1), 16);
            int low = Character.digit(raw.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** One answer: a file to send, a redirect, or an error status. */
    record Resolution(int status, Optional<Path> file, Optional<String> location) {
        static Resolution file(Path file) {
            return new Resolution(200, Optional.of(file), Optional.empty());
        }

        static Resolution redirect(String location) {
            return new Resolution(301, Optional.empty(), Optional.of(location));
        }

        static Resolution notFound() {
            return new Resolution(404, Optional.empty(), Optional.empty());
        }

        static Resolution badRequest() {
            return new Resolution(400, Optional.empty(), Optional.empty());
        }
    }
}
