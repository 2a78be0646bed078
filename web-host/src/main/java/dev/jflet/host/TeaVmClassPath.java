package dev.jflet.host;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;

/**
 * Internal: the class path TeaVM compiles an app from: the app's classes, TeaVM's class library as this plugin
 * carries it, then the app's other runtime dependencies.
 *
 * <p>The class library comes first so that it always matches the compiler, whatever TeaVM version the app's
 * dependencies name; the app's own copies of those artifacts are left out.
 */
final class TeaVmClassPath {
    private static final Set<String> SCOPES = Set.of(
            Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME, Artifact.SCOPE_SYSTEM, Artifact.SCOPE_PROVIDED);

    private TeaVmClassPath() {
    }

    /**
     * @param outputDirectory the app's compiled classes
     * @param projectArtifacts the app's resolved dependencies
     * @param pluginArtifacts this plugin's resolved dependencies; the class library is picked from them
     */
    static List<Path> of(Path outputDirectory, Collection<Artifact> projectArtifacts,
            Collection<Artifact> pluginArtifacts) {
        Set<Path> entries = new LinkedHashSet<>();
        entries.add(outputDirectory);
        Set<String> library = new LinkedHashSet<>();
        for (Artifact artifact : pluginArtifacts) {
            if (isClassLibrary(artifact) && artifact.getFile() != null) {
                entries.add(artifact.getFile().toPath());
                library.add(artifact.getGroupId() + ":" + artifact.getArtifactId());
            }
        }
        for (Artifact artifact : projectArtifacts) {
            File file = artifact.getFile();
            boolean onClassPath = artifact.getArtifactHandler() == null
                    || artifact.getArtifactHandler().isAddedToClasspath();
            if (file != null && onClassPath && SCOPES.contains(artifact.getScope())
                    && !library.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())) {
                entries.add(file.toPath());
            }
        }
        return new ArrayList<>(entries);
    }

    /** TeaVM's runtime artifacts and the libraries teavm-classlib emulates the JDK with. */
    static boolean isClassLibrary(Artifact artifact) {
        String group = artifact.getGroupId();
        String id = artifact.getArtifactId();
        return (group.equals("org.teavm") && !id.equals("teavm-tooling"))
                || (group.equals("joda-time") && id.equals("joda-time"))
                || (group.equals("com.jcraft") && id.equals("jzlib"));
    }
}
