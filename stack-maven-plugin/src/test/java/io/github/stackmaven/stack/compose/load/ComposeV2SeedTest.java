package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.v2.ComposeV2;
import io.github.stackmaven.stack.compose.write.ComposeWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code stack:config}'s JSON of every seed combination (SOURCES.md, as {@link SeedCorpusTest} loads them) equals
 * {@code docker compose config --format json} after normalising absolute paths only. Runs only where the seed
 * corpus and compose v2 exist; otherwise it logs why it is skipped.
 */
@Tag("seed-corpus")
class ComposeV2SeedTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "pycroft | docker-compose.test.yml",
        "pycroft | docker-compose.dev.yml",
        "pycroft | docker-compose.prod.yml",
        "pycroft | docker-compose.yml",
        "pycroft | docker-compose.dev.yml,docker-compose.test.yml",
        "pycroft/_legacy-aeae9b7-compose-v2.3 | docker-compose.test.yml",
        "pycroft/_legacy-aeae9b7-compose-v2.3 | docker-compose.dev.yml",
        "pycroft/_legacy-aeae9b7-compose-v2.3 | docker-compose.prod.yml",
        "cores | docker-compose.template.yml",
        "truenth-portal/docker | docker-compose.yaml,docker-compose.dev.yaml",
        "truenth-portal/docker | docker-compose.yaml,docker-compose.prod.yaml",
        "pixel | docker-compose.yml",
        "pixel | docker-compose.test.yml",
        "pixel | docker-compose.staging.yml",
        "pixel | docker-compose.production.yml",
        "addons-server | docker-compose.yml",
        "addons-server | docker-compose.yml,docker-compose.ci.yml",
        "addons-server | docker-compose.yml,docker-compose.private.yml",
    })
    void configJsonEqualsComposeV2(String seed, String files) throws Exception {
        String seeds = System.getProperty("stack.seeds.dir");
        if (seeds == null || !Files.isDirectory(Path.of(seeds))) {
            System.out.println("[ComposeV2SeedTest] skipped: no seed corpus at " + seeds);
            Assumptions.abort("no seed corpus at " + seeds);
        }
        String unavailable = ComposeV2.unavailableReason();
        if (unavailable != null) {
            System.out.println("[ComposeV2SeedTest] skipped: compose v2 is not available: " + unavailable);
            Assumptions.abort("compose v2 is not available: " + unavailable);
        }
        Path dir = Seeds.prepare(seed, tmp.resolve(seed.replace('/', '-')));
        List<String> list = Arrays.asList(files.split(","));
        ComposeV2.Result v2 = ComposeV2.config(dir, list, null, List.of(), Map.of("PWD", dir.toString()));
        assertThat(v2.ok()).as("compose v2 loads %s %s: %s", seed, files, v2.err()).isTrue();
        ComposeProject project = Seeds.load(dir, files, Map.of("PWD", dir.toString()));
        String ours = ComposeWriter.showingSecrets().toJson(project);
        JsonNode expected = ComposeV2.normalise(v2.out(), dir);
        JsonNode actual = ComposeV2.normalise(ours, dir);
        assertThat(ComposeV2.differences(expected, actual)).as("%s %s differs from compose v2", seed, files)
                .isEmpty();
    }
}
