package dev.jflet.host;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Internal: the app's icons. The user's square PNG is scaled to 192 and 512 pixels; a user's SVG serves every size;
 * without either, jflet's icon is drawn in the theme color. Browsers need a 192 and a 512 pixel icon in the manifest
 * to offer installing the app.
 *
 * @param manifestIcons the manifest's {@code icons} entries
 * @param favicon the icon index.html links, relative to the site root
 * @param faviconType its MIME type
 */
record SiteIcons(List<Map<String, Object>> manifestIcons, String favicon, String faviconType) {
    static final int[] SIZES = {192, 512};

    /** Writes the icons for {@code options} into {@code root}. */
    static SiteIcons write(PublishOptions options, Path root, String defaultSvg) throws IOException {
        Path dir = root.resolve(SiteLayout.ICONS_DIR);
        Files.createDirectories(dir);
        if (options.icon().isPresent() && options.icon().get().toString().toLowerCase().endsWith(".svg")) {
            Files.copy(options.icon().get(), root.resolve(SiteLayout.FAVICON));
            return new SiteIcons(List.of(entry(SiteLayout.FAVICON, "any", "image/svg+xml", "any")),
                    SiteLayout.FAVICON, "image/svg+xml");
        }
        BufferedImage source = options.icon().isPresent() ? readSquarePng(options.icon().get()) : null;
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int size : SIZES) {
            BufferedImage image = source != null ? scale(source, size) : drawDefault(options.themeColor(), size);
            String name = SiteLayout.ICONS_DIR + "/icon-" + size + ".png";
            ImageIO.write(image, "png", root.resolve(name).toFile());
            // The default keeps its mark inside the central 80 %, the safe zone of maskable icons.
            entries.add(entry(name, size + "x" + size, "image/png", source == null ? "any maskable" : "any"));
        }
        if (source != null) {
            return new SiteIcons(entries, SiteLayout.ICONS_DIR + "/icon-192.png", "image/png");
        }
        Files.writeString(root.resolve(SiteLayout.FAVICON), defaultSvg);
        return new SiteIcons(entries, SiteLayout.FAVICON, "image/svg+xml");
    }

    private static Map<String, Object> entry(String src, String sizes, String type, String purpose) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("src", src);
        entry.put("sizes", sizes);
        entry.put("type", type);
        entry.put("purpose", purpose);
        return entry;
    }

    private static BufferedImage readSquarePng(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("icon " + file + " is not a readable PNG image.");
        }
        if (image.getWidth() != image.getHeight() || image.getWidth() < 512) {
            throw new IOException("icon " + file + " is " + image.getWidth() + " x " + image.getHeight()
                    + " pixels: use a square PNG of at least 512 x 512 pixels, or an SVG.");
        }
        return image;
    }

    private static BufferedImage scale(BufferedImage source, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    /** favicon.svg's design: a "j" on a square of the theme color, drawn at {@code size} pixels. */
    static BufferedImage drawDefault(String themeColor, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.decode(expand(themeColor)));
        g.fill(new RoundRectangle2D.Double(0, 0, size, size, size * 0.1, size * 0.1));
        // The favicon's 64-unit design, shrunk to the central 70 % so it survives a maskable crop.
        double unit = size * 0.7 / 64;
        double offset = size * 0.15;
        g.translate(offset, offset);
        g.scale(unit, unit);
        g.setColor(Color.WHITE);
        Path2D.Double j = new Path2D.Double();
        j.moveTo(36, 16);
        j.lineTo(44, 16);
        j.lineTo(44, 43);
        j.curveTo(44, 51, 39, 56, 31, 56);
        j.curveTo(28, 56, 25, 55, 23, 54);
        j.lineTo(25, 47);
        j.curveTo(27, 48, 29, 48, 30, 48);
        j.curveTo(34, 48, 36, 46, 36, 42);
        j.closePath();
        g.fill(j);
        g.fill(new Ellipse2D.Double(35, 3, 10, 10));
        g.dispose();
        return out;
    }

    private static String expand(String color) {
        if (color.length() == 4) {
            return "#" + color.charAt(1) + color.charAt(1) + color.charAt(2) + color.charAt(2) + color.charAt(3)
                    + color.charAt(3);
        }
        return color;
    }
}
