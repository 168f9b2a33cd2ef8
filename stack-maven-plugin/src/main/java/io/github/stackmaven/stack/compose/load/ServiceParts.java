package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.Dependency;
import io.github.stackmaven.stack.compose.DependencyCondition;
import io.github.stackmaven.stack.compose.FileReference;
import io.github.stackmaven.stack.compose.Healthcheck;
import io.github.stackmaven.stack.compose.Mount;
import io.github.stackmaven.stack.compose.MountType;
import io.github.stackmaven.stack.compose.PortSpec;
import io.github.stackmaven.stack.compose.ServiceNetwork;
import io.github.stackmaven.stack.compose.Ulimit;
import io.github.stackmaven.stack.compose.load.tree.GoFormat;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binders for the structured parts of a service (all in long syntax by now). */
final class ServiceParts {

    private static final List<String> TEST_KINDS = List.of("CMD", "CMD-SHELL", "NONE");

    private ServiceParts() {
    }

    static List<PortSpec> ports(Values v) {
        List<PortSpec> out = new ArrayList<>();
        if (v.node("ports") instanceof YSeq seq) {
            for (int i = 0; i < seq.size(); i++) {
                Values p = new Values(Nodes.map(seq.get(i), v.path("ports").index(i)), v.path("ports").index(i));
                Long target = p.integer("target");
                if (target == null || target < 1 || target > 65535) {
                    throw p.error("target", target == null ? "missing target port"
                            : "invalid target port " + target + "; expected 1-65535");
                }
                String published = p.str("published");
                if (published != null && !published.matches("^\\d{1,5}(-\\d{1,5})?$")) {
                    throw p.error("published", "invalid published port \"" + published + "\"");
                }
                String mode = p.str("mode");
                if (mode != null && !mode.equals("ingress") && !mode.equals("host")) {
                    throw p.error("mode", "invalid port mode \"" + mode + "\"; expected ingress or host");
                }
                out.add(new PortSpec(target.intValue(), published == null || published.isEmpty() ? null : published,
                        p.str("host_ip"), p.str("protocol"), mode, p.str("name"), p.str("app_protocol")));
            }
        }
        return out;
    }

    static List<Mount> mounts(Values v) {
        List<Mount> out = new ArrayList<>();
        if (!(v.node("volumes") instanceof YSeq seq)) {
            return out;
        }
        for (int i = 0; i < seq.size(); i++) {
            Values m = new Values(Nodes.map(seq.get(i), v.path("volumes").index(i)), v.path("volumes").index(i));
            String typeText = m.str("type");
            MountType type;
            try {
                type = MountType.of(typeText == null ? "" : typeText);
            } catch (IllegalArgumentException e) {
                throw m.error("type", typeText == null ? "missing type; expected volume, bind, tmpfs or npipe"
                        : "invalid volume type \"" + typeText + "\"; expected volume, bind, tmpfs, npipe or image");
            }
            String target = m.str("target");
            if (target == null || target.isEmpty()) {
                throw m.error("target", "missing target (the path inside the container)");
            }
            String source = m.str("source");
            if (type == MountType.BIND && (source == null || source.isEmpty())) {
                throw m.error("source", "a bind mount needs a source (the host path)");
            }
            Values b = m.sub("bind");
            Values vol = m.sub("volume");
            Values t = m.sub("tmpfs");
            out.add(new Mount(type, source, target, m.flag("read_only"), m.str("consistency"),
                    type != MountType.BIND && b == null ? null : new Mount.BindOptions(
                            b == null ? null : b.str("propagation"),
                            b != null && Boolean.TRUE.equals(b.bool("create_host_path")),
                            b == null ? null : b.str("selinux"), b == null ? null : b.str("recursive")),
                    type != MountType.VOLUME || vol == null ? null
                            : new Mount.VolumeOptions(vol != null && vol.flag("nocopy"), vol == null ? null : vol.str("subpath")),
                    type != MountType.TMPFS ? null : new Mount.TmpfsOptions(t == null ? null : t.bytes("size"),
                            t == null || t.node("mode") == null ? null : (int) GoFormat.parseInt(
                                    ((YScalar) t.node("mode")).value()))));
        }
        return out;
    }

    static Map<String, ServiceNetwork> networks(Values v) {
        Map<String, ServiceNetwork> out = new LinkedHashMap<>();
        if (v.node("networks") instanceof YMap nets) {
            for (String name : nets.keys()) {
                YNode n = nets.get(name);
                if (n.isNull()) {
                    out.put(name, ServiceNetwork.empty());
                    continue;
                }
                Values s = new Values(Nodes.map(n, v.path("networks").child(name)), v.path("networks").child(name));
                out.put(name, new ServiceNetwork(s.strings("aliases"), s.str("ipv4_address"), s.str("ipv6_address"),
                        s.strings("link_local_ips"), s.str("mac_address"), s.stringMap("driver_opts"),
                        s.int32("priority"), s.int32("gw_priority"), s.str("interface_name")));
            }
        }
        return out;
    }

    static Map<String, Dependency> dependsOn(Values v) {
        Map<String, Dependency> out = new LinkedHashMap<>();
        if (v.node("depends_on") instanceof YMap deps) {
            for (String name : deps.keys()) {
                Values d = new Values(Nodes.map(deps.get(name), v.path("depends_on").child(name)),
                        v.path("depends_on").child(name));
                String text = d.str("condition");
                DependencyCondition condition = text == null ? DependencyCondition.SERVICE_STARTED
                        : DependencyCondition.of(text);
                if (condition == null) {
                    throw d.error("condition", "invalid condition \"" + text + "\"; expected service_started,"
                            + " service_healthy or service_completed_successfully");
                }
                out.put(name, new Dependency(condition, !Boolean.FALSE.equals(d.bool("required")), d.flag("restart")));
            }
        }
        return out;
    }

    static Healthcheck healthcheck(Values h) {
        if (h == null) {
            return null;
        }
        List<String> test = h.strings("test");
        if (test != null && !test.isEmpty() && !TEST_KINDS.contains(test.get(0))) {
            throw h.error("test", "healthcheck test must start with CMD, CMD-SHELL or NONE, found \"" + test.get(0)
                    + "\"; write a string to run it with the shell");
        }
        Long retries = h.integer("retries");
        return new Healthcheck(test, h.duration("interval"), h.duration("timeout"),
                retries == null ? null : retries.intValue(), h.duration("start_period"), h.duration("start_interval"),
                h.flag("disable"));
    }

    static Map<String, Ulimit> ulimits(Values v) {
        Map<String, Ulimit> out = new LinkedHashMap<>();
        if (v.node("ulimits") instanceof YMap limits) {
            for (String name : limits.keys()) {
                Values u = new Values(Nodes.map(limits.get(name), v.path("ulimits").child(name)),
                        v.path("ulimits").child(name));
                Long soft = u.integer("soft");
                Long hard = u.integer("hard");
                if (soft == null || hard == null) {
                    throw u.error(soft == null ? "soft" : "hard", "ulimit needs both soft and hard, or a single number");
                }
                out.put(name, new Ulimit(soft, hard));
            }
        }
        return out;
    }

    static List<FileReference> fileRefs(Values v, String key) {
        List<FileReference> out = new ArrayList<>();
        if (v.node(key) instanceof YSeq seq) {
            for (int i = 0; i < seq.size(); i++) {
                Values r = new Values((YMap) seq.get(i), v.path(key).index(i));
                YNode mode = r.node("mode");
                out.add(new FileReference(r.str("source"), r.str("target"), r.str("uid"), r.str("gid"),
                        mode == null ? null : (int) GoFormat.parseInt(((YScalar) mode).value())));
            }
        }
        return out;
    }
}
