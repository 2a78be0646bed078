package dev.jflet.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Internal: the renderer's static files (renderer.js, renderer.css, fonts/, icons/ …), found on a class path
 * under {@value #PREFIX} in directories and jars.
 */
final class RendererResources {
    static final String PREFIX = "META-INF/jflet/renderer/";

    private RendererResources() {
    }

    /**
     * Copies every file under {@value #PREFIX} to {@code siteRoot}, keeping relative paths. Where two class path
     * entries hold the same file, the first one wins, as in class loading.
     *
     * @return the copied files, relative to {@code siteRoot}
     */
    static List<String> copy(ClassLoader classLoader, Path siteRoot) throws IOException {
        Map<String, URL> files = new LinkedHashMap<>();
        for (URL container : containers(classLoader)) {
            for (Map.Entry<String, URL> file : list(container).entrySet()) {
                files.putIfAbsent(file.getKey(), file.getValue());
            }
        }
        List<String> copied = new ArrayList<>();
        for (Map.Entry<String, URL> file : files.entrySet()) {
            Path target = siteRoot.resolve(file.getKey()).normalize();
            if (!target.startsWith(siteRoot)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = open(file.getValue())) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            copied.add(file.getKey());
        }
        return copied;
    }

    /** The URLs of {@value #PREFIX} itself in each class path entry that has it. */
    private static List<URL> containers(ClassLoader classLoader) throws IOException {
        Enumeration<URL> urls = classLoader.getResources(PREFIX);
        List<URL> result = new ArrayList<>(Collections.list(urls));
        // A jar written without directory entries has no PREFIX entry; find it by its main file instead.
        for (URL rendererJs : Collections.list(classLoader.getResources(PREFIX + "renderer.js"))) {
            String text = rendererJs.toString();
            URL container = new URL(text.substring(0, text.length() - "renderer.js".length()));
            if (result.stream().noneMatch(url -> url.toString().equals(container.toString()))) {
                result.add(container);
            }
        }
        return result;
    }

    /** Relative path → URL of each file below a container URL. */
    private static Map<String, URL> list(URL container) throws IOException {
        Map<String, URL> files = new LinkedHashMap<>();
        switch (container.getProtocol()) {
            case "file" -> {
                Path dir = toPath(container);
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        files.put(dir.relativize(file).toString().replace('\\', '/'), file.toUri().toURL());
                    }
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            case "jar" -> {
                URL jarFileUrl = ((JarURLConnection) container.openConnection()).getJarFileURL();
                String jarUrl = "jar:" + jarFileUrl + "!/";
                try (JarFile jar = new JarFile(toPath(jarFileUrl).toFile())) {
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (!entry.isDirectory() && name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                            files.put(name.substring(PREFIX.length()), new URL(jarUrl + name));
                        }
                    }
                }
            }
            default -> throw new IOException("Cannot list renderer resources in " + container
                    + ": only directories and jars are supported.");
        }
        return files;
    }

    private static Path toPath(URL fileUrl) throws IOException {
        try {
            return Path.of(fileUrl.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("Not a local file: " + fileUrl, e);
        }
    }

    private static InputStream open(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        return connection.getInputStream();
    }
}
