package dev.jflet.e2e.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** Raw and gzip sizes of files, gzip at its default level 6, as static hosts typically compress on the fly. */
final class CompressedSizes {
    private CompressedSizes() {
    }

    /** One file's sizes; {@code path} is relative to the folder measured, with '/' separators. */
    record FileSize(String path, long bytes, long gzipBytes) {
    }

    /** Every regular file under {@code folder}, sorted by path. */
    static List<FileSize> ofFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .sorted()
                    .map(file -> of(folder.relativize(file).toString().replace('\\', '/'), file))
                    .toList();
        }
    }

    static FileSize of(String name, Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            return new FileSize(name, content.length, gzipLength(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long gzipLength(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.size();
    }
}
