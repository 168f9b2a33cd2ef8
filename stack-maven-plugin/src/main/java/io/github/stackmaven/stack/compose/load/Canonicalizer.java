package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage "canonicalise" (compose-go {@code transform/canonical.go}): rewrites short syntax into long syntax
 * in place, driven by a table keyed by path pattern. Runs on each document before it is merged, so merge
 * rules only ever see long syntax. A {@code !reset}/{@code !override} tag on a rewritten value is kept.
 */
public final class Canonicalizer {

    /** A rewrite of the value at a matching path; returns the new value. */
    @FunctionalInterface
    interface Rewrite {
        YNode apply(YNode node, ModelPath path);
    }

    private static final Map<ModelPath, Rewrite> RULES = new LinkedHashMap<>();

    static {
        rule(ShortSyntax::build, "services.*.build");
        rule(ShortSyntax::kvNullable, "services.*.build.args", "services.*.environment");
        rule(ShortSyntax::kvEmpty, "services.*.build.labels", "services.*.build.additional_contexts",
                "services.*.labels", "services.*.annotations", "services.*.sysctls", "services.*.deploy.labels",
                "networks.*.labels", "volumes.*.labels", "secrets.*.labels", "configs.*.labels");
        rule(ShortSyntax::hosts, "services.*.extra_hosts", "services.*.build.extra_hosts");
        rule(ShortSyntax::command, "services.*.command", "services.*.entrypoint");
        rule(ShortSyntax::envFiles, "services.*.env_file");
        rule(ShortSyntax::stringList, "services.*.label_file", "services.*.tmpfs", "services.*.dns",
                "services.*.dns_search", "services.*.dns_opt", "services.*.expose", "services.*.profiles",
                "services.*.cap_add", "services.*.cap_drop", "services.*.links", "services.*.security_opt",
                "services.*.volumes_from", "services.*.external_links", "services.*.devices",
                "services.*.build.cache_from", "services.*.build.tags", "services.*.build.platforms");
        rule(ShortSyntax::dependsOn, "services.*.depends_on");
        rule(ShortSyntax::serviceNetworks, "services.*.networks");
        rule(ShortSyntax::ports, "services.*.ports");
        rule(ShortSyntax::volumes, "services.*.volumes");
        rule(ShortSyntax::healthTest, "services.*.healthcheck.test");
        rule(ShortSyntax::fileRefs, "services.*.secrets", "services.*.configs", "services.*.build.secrets");
        rule(ShortSyntax::ulimit, "services.*.ulimits.*");
        rule(ShortSyntax::extendsRef, "services.*.extends");
        rule(ShortSyntax::resource, "networks.*", "volumes.*", "secrets.*", "configs.*");
        rule(ShortSyntax::include, "include");
        rule(ShortSyntax::byteSize, "services.*.memswap_limit", "services.*.mem_reservation",
                "services.*.deploy.resources.limits.memory", "services.*.deploy.resources.reservations.memory");
        rule(ShortSyntax::number, "services.*.deploy.resources.limits.cpus",
                "services.*.deploy.resources.reservations.cpus");
    }

    private Canonicalizer() {
    }

    private static void rule(Rewrite rewrite, String... patterns) {
        for (String p : patterns) {
            RULES.put(ModelPath.of(p), rewrite);
        }
    }

    /** Canonicalises a whole document in place. */
    public static YMap canonicalize(YMap doc) {
        walk(doc, ModelPath.ROOT);
        return doc;
    }

    /** Canonicalises one service definition (used for services brought in by extends). */
    public static YMap canonicalizeService(YMap service, String name) {
        walk(service, ModelPath.of("services").child(name));
        return service;
    }

    private static YNode walk(YNode node, ModelPath path) {
        YNode current = node;
        if (path.size() > 0 && !current.isNull() || path.size() == 2) {
            Rewrite rewrite = find(path);
            if (rewrite != null) {
                YNode rewritten = rewrite.apply(current, path);
                current = rewritten.tag() == node.tag() ? rewritten : rewritten.withTag(node.tag());
            }
        }
        if (current instanceof YMap map && !isExtension(path)) {
            for (String key : new ArrayList<>(map.keys())) {
                if (!key.startsWith("x-") || path.size() == 1) {
                    map.put(key, walk(map.get(key), path.child(key)));
                }
            }
        } else if (current instanceof YSeq seq && path.size() > 0 && path.segments().get(0).equals("services")) {
            for (int i = 0; i < seq.size(); i++) {
                seq.set(i, walk(seq.get(i), path.index(i)));
            }
        }
        return current;
    }

    private static boolean isExtension(ModelPath path) {
        return path.size() == 1 && path.last().startsWith("x-");
    }

    private static Rewrite find(ModelPath path) {
        for (Map.Entry<ModelPath, Rewrite> rule : RULES.entrySet()) {
            if (rule.getKey().size() == path.size() && path.matches(rule.getKey())) {
                return rule.getValue();
            }
        }
        return null;
    }

    static List<ModelPath> patterns() {
        return List.copyOf(RULES.keySet());
    }
}
