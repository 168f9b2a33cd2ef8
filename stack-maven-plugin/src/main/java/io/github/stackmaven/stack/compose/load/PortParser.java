package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.PortSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short-syntax ports, {@code [[ip:]host:]container[/protocol]} with ranges, as go-connections'
 * {@code nat.ParsePortSpec} reads them: one entry per container port; a host range with a single container
 * port stays one binding that publishes the whole range.
 */
public final class PortParser {

    static final String EXPECTED = "expected [[ip:]host:]container[/protocol]";
    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(%\\w+)?$");

    private PortParser() {
    }

    public static List<PortSpec> parse(String spec) {
        String raw = spec.strip();
        String protocol = "tcp";
        int slash = raw.lastIndexOf('/');
        if (slash >= 0) {
            protocol = raw.substring(slash + 1).toLowerCase(Locale.ROOT);
            raw = raw.substring(0, slash);
            if (!List.of("tcp", "udp", "sctp").contains(protocol)) {
                throw invalid(spec, "unknown protocol \"" + protocol + "\"");
            }
        }
        String[] parts = raw.split(":", -1);
        int n = parts.length;
        String container = parts[n - 1];
        String host = "";
        String ip = "";
        if (n == 2) {
            host = parts[0];
        } else if (n == 3) {
            ip = parts[0];
            host = parts[1];
        } else if (n > 3) {
            ip = String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2));
            host = parts[n - 2];
        }
        if (ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        if (!ip.isEmpty() && !isIp(ip)) {
            throw invalid(spec, null);
        }
        if (container.isEmpty()) {
            throw invalid(spec, "no container port");
        }
        int[] c = range(container, spec);
        int[] h = host.isEmpty() ? null : range(host, spec);
        int count = c[1] - c[0] + 1;
        boolean hostRange = h != null && h[1] != h[0];
        if (h != null && h[1] - h[0] + 1 != count && !(count == 1 && hostRange)) {
            throw invalid(spec, "host and container port ranges differ in length");
        }
        List<PortSpec> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String published = null;
            if (h != null) {
                published = count == 1 && hostRange ? h[0] + "-" + h[1] : Integer.toString(h[0] + i);
            }
            out.add(new PortSpec(c[0] + i, published, ip.isEmpty() ? null : ip, protocol, "ingress", null, null));
        }
        return out;
    }

    private static int[] range(String text, String spec) {
        int dash = text.indexOf('-');
        int start = number(dash < 0 ? text : text.substring(0, dash), spec);
        int end = dash < 0 ? start : number(text.substring(dash + 1), spec);
        if (end < start) {
            throw invalid(spec, "port range ends before it starts");
        }
        return new int[] {start, end};
    }

    private static int number(String text, String spec) {
        if (text.isEmpty() || !text.chars().allMatch(Character::isDigit) || text.length() > 5) {
            throw invalid(spec, null);
        }
        int v = Integer.parseInt(text);
        if (v > 65535) {
            throw invalid(spec, "port " + v + " is above 65535");
        }
        return v;
    }

    static boolean isIp(String ip) {
        var m = IPV4.matcher(ip);
        if (m.matches()) {
            for (int g = 1; g <= 4; g++) {
                if (Integer.parseInt(m.group(g)) > 255) {
                    return false;
                }
            }
            return true;
        }
        return isIpv6(ip);
    }

    private static boolean isIpv6(String ip) {
        String text = ip.replaceFirst("%\\w+$", "");
        String[] halves = text.split("::", -1);
        if (!IPV6.matcher(ip).matches() || halves.length > 2) {
            return false;
        }
        int groups = 0;
        for (String half : halves) {
            if (half.isEmpty()) {
                continue;
            }
            for (String group : half.split(":", -1)) {
                if (group.contains(".")) {
                    if (!IPV4.matcher(group).matches()) {
                        return false;
                    }
                    groups += 2;
                } else if (group.isEmpty() || group.length() > 4) {
                    return false;
                } else {
                    groups++;
                }
            }
        }
        return halves.length == 2 ? groups < 8 : groups == 8;
    }

    private static IllegalArgumentException invalid(String spec, String why) {
        return new IllegalArgumentException("invalid port \"" + spec + "\"" + (why == null ? "" : " (" + why + ")")
                + "; " + EXPECTED);
    }
}
