package dev.jflet.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Internal: the checked and normalized options of {@code jflet:publish}.
 *
 * @param mainClass the fully qualified class whose {@code main} calls {@code Jflet.run}
 * @param appName the app's name: page title and manifest {@code name}
 * @param shortName the manifest {@code short_name}
 * @param description the page description and manifest {@code description}; may be empty
 * @param baseUrl the URL path the site is hosted under, "/" or "/x/"
 * @param routeUrlStrategy "path" or "hash"
 * @param backgroundColor the manifest {@code background_color}, "#rrggbb" or "#rgb"
 * @param themeColor the manifest {@code theme_color}, "#rrggbb" or "#rgb"
 * @param assetsDirectory a folder whose files are copied to the site root
 * @param icon the app's icon, a square PNG of at least 512 × 512 pixels or an SVG; generated when empty
 * @param contentSecurityPolicy the policy index.html declares and {@code _headers} sends
 */
record PublishOptions(
        String mainClass,
        String appName,
        String shortName,
        String description,
        String baseUrl,
        String routeUrlStrategy,
        String backgroundColor,
        String themeColor,
        Optional<Path> assetsDirectory,
        Optional<Path> icon,
        String contentSecurityPolicy) {

    /** The policy a published site runs under: no inline script or style, nothing from other hosts. */
    static final String DEFAULT_CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
    static final String DEFAULT_BACKGROUND_COLOR = "#ffffff";
    static final String DEFAULT_THEME_COLOR = "#0175c2";

    private static final Pattern CLASS_NAME =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                    + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");
    private static final Pattern COLOR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /**
     * Checks raw option values (null or blank meaning "not set") and fills in defaults: the app name falls back
     * to the main class's simple name, the short name to the app name, the colors to Flet's.
     */
    static PublishOptions of(
            String mainClass,
            String appName,
            String shortName,
            String description,
            String baseUrl,
            String routeUrlStrategy,
            String backgroundColor,
            String themeColor)
            throws InvalidOptionException {
        String main = orEmpty(mainClass);
        if (main.isEmpty()) {
            throw new InvalidOptionException("mainClass is not set: set <mainClass> in the jflet-maven-plugin"
                    + " configuration (or -Djflet.mainClass) to the class whose main method calls Jflet.run.");
        }
        if (!CLASS_NAME.matcher(main).matches() || main.endsWith(".java") || main.endsWith(".class")) {
            throw new InvalidOptionException("mainClass \"" + main + "\" is not a Java class name: use the fully"
                    + " qualified name of the class whose main method calls Jflet.run, such as com.example.Counter.");
        }
        String name = orEmpty(appName).isEmpty() ? main.substring(main.lastIndexOf('.') + 1) : orEmpty(appName);
        String shortLabel = orEmpty(shortName).isEmpty() ? name : orEmpty(shortName);
        return new PublishOptions(
                main,
                name,
                shortLabel,
                orEmpty(description),
                checkBaseUrl(baseUrl),
                checkRouteUrlStrategy(routeUrlStrategy),
                checkColor("backgroundColor", backgroundColor, DEFAULT_BACKGROUND_COLOR),
                checkColor("themeColor", themeColor, DEFAULT_THEME_COLOR),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_CONTENT_SECURITY_POLICY);
    }

    /**
     * These options with an assets folder and an icon (null meaning none), each checked: the folder must exist,
     * the icon must be a PNG or SVG file.
     */
    PublishOptions withFiles(Path assets, Path iconFile) throws InvalidOptionException {
        if (assets != null && !Files.isDirectory(assets)) {
            throw new InvalidOptionException("assetsDirectory \"" + assets + "\" is not a folder: set it to a folder"
                    + " whose files should be copied to the site root, or leave it unset.");
        }
        if (iconFile != null) {
            String name = iconFile.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".png") && !name.endsWith(".svg")) {
                throw new InvalidOptionException("icon \"" + iconFile + "\" is not a .png or .svg file: use a square"
                        + " PNG of at least 512 x 512 pixels, or an SVG; leave it unset for a generated icon.");
            }
            if (!Files.isRegularFile(iconFile)) {
                throw new InvalidOptionException("icon \"" + iconFile + "\" does not exist: use a square PNG of at"
                        + " least 512 x 512 pixels, or an SVG; leave it unset for a generated icon.");
            }
        }
        return new PublishOptions(mainClass, appName, shortName, description, baseUrl, routeUrlStrategy,
                backgroundColor, themeColor, Optional.ofNullable(assets), Optional.ofNullable(iconFile),
                contentSecurityPolicy);
    }

    /** These options with another Content-Security-Policy; blank keeps the default. */
    PublishOptions withContentSecurityPolicy(String policy) throws InvalidOptionException {
        String value = orEmpty(policy);
        if (value.isEmpty()) {
            return this;
        }
        if (value.indexOf('"') >= 0 || value.chars().anyMatch(c -> c < ' ')) {
            throw new InvalidOptionException("contentSecurityPolicy may not contain '\"' or line breaks: use one line"
                    + " of directives such as \"" + DEFAULT_CONTENT_SECURITY_POLICY + "\".");
        }
        return new PublishOptions(mainClass, appName, shortName, description, baseUrl, routeUrlStrategy,
                backgroundColor, themeColor, assetsDirectory, icon, value);
    }

    private static String checkBaseUrl(String value) throws InvalidOptionException {
        String normalized = BaseUrl.normalize(value);
        String problem = BaseUrl.problem(normalized);
        if (!problem.isEmpty()) {
            throw new InvalidOptionException("baseUrl \"" + orEmpty(value) + "\" is not a URL path: " + problem
                    + ". Use the path the site is hosted under, such as \"/\" or \"/apps/counter/\".");
        }
        return normalized;
    }

    private static String checkRouteUrlStrategy(String value) throws InvalidOptionException {
        String strategy = orEmpty(value).toLowerCase(Locale.ROOT);
        if (strategy.isEmpty()) {
            return "path";
        }
        if (!strategy.equals("path") && !strategy.equals("hash")) {
            throw new InvalidOptionException("routeUrlStrategy \"" + orEmpty(value) + "\" is not supported: use"
                    + " \"path\" (routes like /store/3; the host must answer unknown paths with index.html) or"
                    + " \"hash\" (routes like /#/store/3; works on any static host).");
        }
        return strategy;
    }

    private static String checkColor(String option, String value, String fallback) throws InvalidOptionException {
        String color = orEmpty(value);
        if (color.isEmpty()) {
            return fallback;
        }
        if (!COLOR.matcher(color).matches()) {
            throw new InvalidOptionException(option + " \"" + color + "\" is not a color: use #rgb or #rrggbb,"
                    + " such as " + fallback + ".");
        }
        return color.toLowerCase(Locale.ROOT);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
