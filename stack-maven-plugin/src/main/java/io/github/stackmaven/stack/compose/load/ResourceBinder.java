package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.FileObjectSpec;
import io.github.stackmaven.stack.compose.Ipam;
import io.github.stackmaven.stack.compose.NetworkSpec;
import io.github.stackmaven.stack.compose.VolumeSpec;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stage "bind" for top-level networks, volumes, secrets and configs, with compose's engine names:
 * {@code <project>_<key>}, the key itself when external, or {@code name:} verbatim.
 */
final class ResourceBinder {

    private ResourceBinder() {
    }

    static Map<String, NetworkSpec> networks(YMap model, String project) {
        Map<String, NetworkSpec> out = new TreeMap<>();
        each(model, "networks", (key, n) -> {
            boolean external = n.flag("external");
            Values ipam = n.sub("ipam");
            out.put(key, new NetworkSpec(key, name(n, key, project, external), n.str("driver"),
                    n.stringMap("driver_opts"), n.flag("internal"), n.flag("attachable"), external,
                    ipam == null ? null : ipam(ipam), n.stringMap("labels"), n.bool("enable_ipv6"),
                    n.bool("enable_ipv4"), n.extensions()));
        });
        return out;
    }

    static Map<String, VolumeSpec> volumes(YMap model, String project) {
        Map<String, VolumeSpec> out = new TreeMap<>();
        each(model, "volumes", (key, v) -> {
            boolean external = v.flag("external");
            out.put(key, new VolumeSpec(key, name(v, key, project, external), v.str("driver"),
                    v.stringMap("driver_opts"), external, v.stringMap("labels"), v.extensions()));
        });
        return out;
    }

    static Map<String, FileObjectSpec> files(YMap model, String section, String project) {
        Map<String, FileObjectSpec> out = new TreeMap<>();
        each(model, section, (key, f) -> {
            boolean external = f.flag("external");
            int sources = (f.str("file") != null ? 1 : 0) + (f.str("environment") != null ? 1 : 0)
                    + (f.str("content") != null ? 1 : 0) + (external ? 1 : 0);
            if (sources != 1) {
                throw new io.github.stackmaven.stack.compose.ComposeException(f.map().position(),
                        section + "." + key, "set exactly one of file, environment"
                                + (section.equals("configs") ? ", content" : "") + " or external");
            }
            out.put(key, new FileObjectSpec(key, name(f, key, project, external), f.str("file"),
                    f.str("environment"), f.str("content"), external, f.stringMap("labels")));
        });
        return out;
    }

    private static Ipam ipam(Values ipam) {
        List<Ipam.IpamPool> pools = new ArrayList<>();
        if (ipam.node("config") instanceof YSeq config) {
            for (int i = 0; i < config.size(); i++) {
                Values p = new Values(Nodes.map(config.get(i), ipam.path("config").index(i)), ipam.path("config").index(i));
                pools.add(new Ipam.IpamPool(p.str("subnet"), p.str("ip_range"), p.str("gateway"),
                        p.stringMap("aux_addresses")));
            }
        }
        return new Ipam(ipam.str("driver"), pools, ipam.stringMap("options"));
    }

    private static String name(Values v, String key, String project, boolean external) {
        String explicit = v.str("name");
        if (explicit != null) {
            return explicit;
        }
        return external ? key : project + "_" + key;
    }

    private interface Each {
        void accept(String key, Values values);
    }

    private static void each(YMap model, String section, Each each) {
        if (model.get(section) instanceof YMap resources) {
            for (String key : resources.keys()) {
                ModelPath path = ModelPath.of(section).child(key);
                each.accept(key, new Values(Nodes.map(resources.get(key), path), path));
            }
        }
    }
}
