import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Generates the {@code Icons} and {@code CupertinoIcons} constant classes from Flet's icon tables.
 *
 * <p>Run at build time: {@code java IconsGenerator.java <flet-icons dir> <output source root>}. The
 * tables are read where they are and never copied into the project.
 */
public final class IconsGenerator {
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: IconsGenerator <flet-icons dir> <output dir>");
        }
        Path tables = Path.of(args[0]);
        if (!Files.isDirectory(tables)) {
            throw new IllegalStateException("Flet's icon tables are missing: " + tables.toAbsolutePath()
                    + ". Put Flet's shared data next to the project root or pass -Djflet.shared.dir=<dir>.");
        }
        Path pkg = Path.of(args[1], "dev", "jflet", "core", "types");
        Files.createDirectories(pkg);
        write(tables.resolve("material_icons.json"), pkg.resolve("Icons.java"), "Icons", "Material");
        write(tables.resolve("cupertino_icons.json"), pkg.resolve("CupertinoIcons.java"), "CupertinoIcons",
                "Cupertino");
    }

    private static void write(Path table, Path out, String className, String family) throws IOException {
        Map<String, Object> icons = JSON.std.mapFrom(Files.readString(table, StandardCharsets.UTF_8));
        StringBuilder src = new StringBuilder(icons.size() * 48 + 1024);
        src.append("package dev.jflet.core.types;\n\n")
                .append("/**\n * ").append(family).append(" icon codes, exactly as Flet sends them on the wire.\n *\n")
                .append(" * <p>Generated from Flet's icon table at build time. The codes are {@code int} constants,\n")
                .append(" * so an app pays nothing for the icons it does not use.\n */\n")
                .append("public final class ").append(className).append(" {\n")
                .append("    private ").append(className).append("() {\n    }\n");
        for (Map.Entry<String, Object> icon : icons.entrySet()) {
            String name = icon.getKey();
            if (!name.matches("[A-Z_][A-Z0-9_]*") || !(icon.getValue() instanceof Number)) {
                throw new IllegalStateException("Unexpected icon entry in " + table + ": " + name + "=" + icon.getValue());
            }
            String javaName = Character.isDigit(name.charAt(0)) ? "_" + name : name;
            src.append("\n    /** ").append(name).append(". */\n    public static final int ")
                    .append(javaName).append(" = ").append(((Number) icon.getValue()).intValue()).append(";\n");
        }
        src.append("}\n");
        Files.writeString(out, src.toString(), StandardCharsets.UTF_8);
    }
}
