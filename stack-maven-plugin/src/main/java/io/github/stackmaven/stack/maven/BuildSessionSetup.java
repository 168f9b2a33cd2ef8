package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.images.BuildSecretException;
import io.github.stackmaven.stack.images.BuildSecrets;
import io.github.stackmaven.stack.images.BuildSessionMode;
import io.github.stackmaven.stack.images.CredentialSource;
import io.github.stackmaven.stack.images.DockerConfigAuth;
import io.github.stackmaven.stack.images.ImageBuilder;
import io.github.stackmaven.stack.images.SessionCredentials;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The build goal's BuildKit session options ({@code stack.buildSession}, {@code <secrets>}) applied to an
 * {@link ImageBuilder}, with registry credentials from the sources {@code push} reads. Kept apart from the mojo so
 * that it moves as one piece.
 */
final class BuildSessionSetup {

    private BuildSessionSetup() {
    }

    static ImageBuilder apply(ImageBuilder builder, String mode, Map<String, String> secrets, Path basedir,
                              Settings settings, SettingsDecrypter decrypter, EventSink events)
            throws MojoFailureException {
        BuildSessionMode parsed;
        try {
            parsed = BuildSessionMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        Map<String, byte[]> values;
        try {
            values = BuildSecrets.read(secrets, System.getenv(), basedir);
        } catch (BuildSecretException e) {
            throw new MojoFailureException(e.getMessage());
        }
        if (!values.isEmpty() && parsed == BuildSessionMode.NEVER) {
            throw new MojoFailureException("Build secrets (" + String.join(", ", values.keySet()) + ") need a build"
                    + " session: set -Dstack.buildSession=auto (or drop <secrets>)");
        }
        CredentialSource credentials = CredentialSource.firstOf(List.of(new SettingsCredentials(settings, decrypter,
                null), CredentialSource.dockerConfig(DockerConfigAuth.defaultLocation(System.getenv(),
                Path.of(System.getProperty("user.home"))))));
        return builder.withSessions(parsed, values, SessionCredentials.of(credentials, events));
    }
}
