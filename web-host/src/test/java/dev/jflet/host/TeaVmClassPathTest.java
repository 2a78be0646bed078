package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

class TeaVmClassPathTest {
    private static Artifact artifact(String group, String id, String version, String scope) {
        DefaultArtifactHandler jar = new DefaultArtifactHandler("jar");
        jar.setAddedToClasspath(true);
        Artifact artifact = new DefaultArtifact(group, id, version, scope, "jar", null, jar);
        artifact.setFile(new File("/repo/" + id + "-" + version + ".jar"));
        return artifact;
    }

    @Test
    void of_classesThenPluginClassLibraryThenAppDependencies() {
        List<Artifact> plugin = List.of(
                artifact("org.teavm", "teavm-tooling", "0.15.0", "compile"),
                artifact("org.teavm", "teavm-classlib", "0.15.0", "compile"),
                artifact("org.teavm", "teavm-jso", "0.15.0", "compile"),
                artifact("com.fasterxml.jackson.jr", "jackson-jr-objects", "2.20.0", "compile"),
                artifact("joda-time", "joda-time", "2.12.2", "compile"),
                artifact("com.jcraft", "jzlib", "1.1.3", "compile"));
        List<Artifact> project = List.of(
                artifact("dev.jflet", "jflet-core", "0.1.0", "compile"),
                artifact("org.teavm", "teavm-jso", "0.14.0", "compile"),
                artifact("com.example", "runtime-only", "1.0", "runtime"),
                artifact("org.junit.jupiter", "junit-jupiter-api", "5.11.4", "test"));

        List<Path> classPath = TeaVmClassPath.of(Path.of("/app/classes"), project, plugin);

        assertEquals(List.of(
                Path.of("/app/classes"),
                Path.of("/repo/teavm-classlib-0.15.0.jar"),
                Path.of("/repo/teavm-jso-0.15.0.jar"),
                Path.of("/repo/joda-time-2.12.2.jar"),
                Path.of("/repo/jzlib-1.1.3.jar"),
                Path.of("/repo/jflet-core-0.1.0.jar"),
                Path.of("/repo/runtime-only-1.0.jar")), classPath);
    }
}
