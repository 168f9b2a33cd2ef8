package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.load.tree.ScalarKind;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The paths whose strings compose converts to int, float or bool after interpolation (loader/interpolate.go). */
final class TypeCasts {

    private enum Cast { INT, FLOAT, BOOL }

    private static final Map<Cast, List<ModelPath>> TABLE = Map.of(
            Cast.INT, paths("services.*.cpu_count", "services.*.cpu_period", "services.*.cpu_quota",
                    "services.*.cpu_rt_period", "services.*.cpu_rt_runtime", "services.*.cpu_shares",
                    "services.*.deploy.replicas", "services.*.deploy.update_config.parallelism",
                    "services.*.deploy.rollback_config.parallelism", "services.*.deploy.restart_policy.max_attempts",
                    "services.*.deploy.placement.max_replicas_per_node", "services.*.healthcheck.retries",
                    "services.*.oom_score_adj", "services.*.pids_limit", "services.*.ports.[].target",
                    "services.*.scale", "services.*.ulimits.*", "services.*.ulimits.*.soft",
                    "services.*.ulimits.*.hard"),
            Cast.FLOAT, paths("services.*.cpus", "services.*.cpu_percent",
                    "services.*.deploy.update_config.max_failure_ratio",
                    "services.*.deploy.rollback_config.max_failure_ratio"),
            Cast.BOOL, paths("services.*.init", "services.*.privileged", "services.*.read_only",
                    "services.*.stdin_open", "services.*.tty", "services.*.oom_kill_disable",
                    "services.*.healthcheck.disable", "services.*.depends_on.*.required",
                    "services.*.depends_on.*.restart", "services.*.volumes.[].read_only",
                    "services.*.volumes.[].volume.nocopy", "networks.*.external", "networks.*.internal",
                    "networks.*.attachable", "networks.*.enable_ipv4", "networks.*.enable_ipv6",
                    "volumes.*.external", "secrets.*.external", "configs.*.external"));

    private TypeCasts() {
    }

    private static List<ModelPath> paths(String... patterns) {
        return java.util.Arrays.stream(patterns).map(ModelPath::of).toList();
    }

    static YScalar cast(YScalar scalar, ModelPath path) {
        if (scalar.kind() != ScalarKind.STRING || path.size() < 3) {
            return scalar;
        }
        for (Map.Entry<Cast, List<ModelPath>> rule : TABLE.entrySet()) {
            if (rule.getValue().stream().anyMatch(path::matches)) {
                return apply(rule.getKey(), scalar, path);
            }
        }
        return scalar;
    }

    private static YScalar apply(Cast cast, YScalar scalar, ModelPath path) {
        String v = scalar.value().strip();
        try {
            switch (cast) {
                case INT:
                    return new YScalar(Long.toString(Long.parseLong(v)), ScalarKind.INT, scalar.position(), scalar.tag());
                case FLOAT:
                    return new YScalar(Double.toString(Double.parseDouble(v)), ScalarKind.FLOAT,
                            scalar.position(), scalar.tag());
                default:
                    return new YScalar(Boolean.toString(bool(v)), ScalarKind.BOOL, scalar.position(), scalar.tag());
            }
        } catch (IllegalArgumentException e) {
            String what = cast == Cast.BOOL ? "boolean" : cast == Cast.INT ? "integer" : "number";
            throw new ComposeException(scalar.position(), path.toString(), "invalid " + what + " \"" + v + "\"");
        }
    }

    static boolean bool(String v) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "y", "yes", "on":
                return true;
            case "false", "n", "no", "off":
                return false;
            default:
                throw new IllegalArgumentException(v);
        }
    }
}
