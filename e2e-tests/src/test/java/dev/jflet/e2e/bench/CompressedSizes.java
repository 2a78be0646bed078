package dev.jflet.e2e.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Raw, gzip and brotli sizes of files: gzip at its default level 6, as static hosts typically compress on the fly,
 * and brotli at quality 11, as hosts serve precompressed files. Brotli comes from Node's zlib (Node builds the
 * renderer, so it is on every machine that builds jflet); Central has no pure-Java brotli encoder.
 */
final class CompressedSizes {
    private static final String BROTLI_SCRIPT = """
            const fs = require("fs"), zlib = require("zlib");
            const paths = JSON.parse(fs.readFileSync(0, "utf8"));
            const q = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } };
            process.stdout.write(JSON.stringify(paths.map(p => zlib.brotliCompressSync(fs.readFileSync(p), q).length)));
            """;

    private CompressedSizes() {
    }

    /** One file's sizes; {@code path} is relative to the folder measured, with '/' separators. */
    record FileSize(String path, long bytes, long gzipBytes, long brotliBytes) {
    }

    /** Every regular file under {@code folder}, sorted by path. */
    static List<FileSize> ofFolder(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Long> brotli = brotliLengths(files);
        List<FileSize> sizes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            byte[] content = Files.readAllBytes(file);
            sizes.add(new FileSize(folder.relativize(file).toString().replace('\\', '/'), content.length,
                    gzipLength(content), brotli.get(i)));
        }
        return sizes;
    }

    static long gzipLength(Path file) {
        try {
            return gzipLength(Files.readAllBytes(file));
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

    private static List<Long> brotliLengths(List<Path> files) throws IOException {
        Process node = new ProcessBuilder(System.getProperty("jflet.node", "node"), "-e", BROTLI_SCRIPT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> paths = files.stream().map(file -> file.toAbsolutePath().toString()).toList();
        try (var in = node.getOutputStream()) {
            in.write(JSON.std.asString(paths).getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (node.waitFor() != 0) {
                throw new IOException("node failed to brotli-compress " + files.size() + " files: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compressing", e);
        }
        List<Long> lengths = new ArrayList<>();
        for (Object length : JSON.std.listFrom(output)) {
            lengths.add(((Number) length).longValue());
        }
        return lengths;
    }
}
