package dev.jflet.core.conformance;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.jflet.core.internal.protocol.Frames;
import dev.jflet.core.internal.protocol.Message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A transcript recorded from the real Flet SDK: the scenario's description (JSON) and the exact
 * frames (the {@code .frames.hex} file, which keeps msgpack's int/float distinction).
 */
final class Transcript {
    /** One recorded frame. */
    static final class Frame {
        final boolean fromClient;
        final Message message;

        Frame(boolean fromClient, Message message) {
            this.fromClient = fromClient;
            this.message = message;
        }
    }

    final String name;
    final String description;
    final List<Frame> frames;

    private Transcript(String name, String description, List<Frame> frames) {
        this.name = name;
        this.description = description;
        this.frames = frames;
    }

    static Path dir() {
        return Path.of(System.getProperty("jflet.shared.dir", "../../shared"), "conformance");
    }

    static Transcript load(String name) throws IOException {
        Map<String, Object> json = JSON.std.mapFrom(Files.readString(dir().resolve(name + ".json")));
        List<Frame> frames = new ArrayList<>();
        for (String line : Files.readAllLines(dir().resolve(name + ".frames.hex"))) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split(" ");
            boolean client = parts[0].equals("client_to_backend");
            frames.add(new Frame(client, Frames.decode(HexFormat.of().parseHex(parts[1]))));
        }
        return new Transcript(name, (String) json.get("description"), frames);
    }
}
