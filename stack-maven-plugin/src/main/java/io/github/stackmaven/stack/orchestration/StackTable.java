package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.PublishedPort;
import io.github.stackmaven.stack.engine.StackLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders stacks as the text {@code stack:ps} prints: a heading per project, then aligned container rows. */
public final class StackTable {
    private static final String[] HEADER = {"SERVICE", "CONTAINER", "IMAGE", "STATE", "STATUS", "PORTS"};

    private StackTable() {
    }

    public static List<String> render(List<StackSummary> stacks) {
        if (stacks.isEmpty()) {
            return List.of("No stacks of stack-maven-plugin on this engine.");
        }
        List<String> lines = new ArrayList<>();
        for (StackSummary stack : stacks) {
            lines.add(heading(stack));
            List<String[]> rows = new ArrayList<>();
            rows.add(HEADER);
            for (ContainerSummary c : stack.containers()) {
                rows.add(new String[] {String.valueOf(c.label(StackLabels.SERVICE)), c.name(), c.image(), c.state(),
                    c.status(), c.ports().stream().filter(PublishedPort::isPublished).map(PublishedPort::toString)
                        .collect(Collectors.joining(", "))});
            }
            lines.addAll(align(rows));
        }
        return lines;
    }

    private static String heading(StackSummary stack) {
        StringBuilder sb = new StringBuilder(stack.project());
        sb.append(" (").append(stack.environment() == null ? "unknown environment" : stack.environment());
        sb.append(", ").append(stack.running()).append('/').append(stack.containers().size()).append(" running");
        stack.owner().ifPresent(o -> sb.append(", owner ").append(o).append(' ')
                .append(stack.ownerLiveness().name().toLowerCase(java.util.Locale.ROOT)));
        if (stack.kept()) {
            sb.append(", kept: stack:down removes it");
        }
        return sb.append(')').toString();
    }

    private static List<String> align(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                sb.append(row[i]);
                if (i < row.length - 1) {
                    sb.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }
}
