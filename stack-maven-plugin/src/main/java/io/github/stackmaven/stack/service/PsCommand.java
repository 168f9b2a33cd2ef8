package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.orchestration.StackCatalog;
import io.github.stackmaven.stack.orchestration.StackJson;
import io.github.stackmaven.stack.orchestration.StackSummary;
import io.github.stackmaven.stack.orchestration.StackTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code ps}: the plugin's stacks on the engine, those started from the directory unless all are asked for. */
final class PsCommand {
    private final StackSession session;
    private final EventSink events;

    PsCommand(StackSession session, EventSink events) {
        this.session = session;
        this.events = events;
    }

    int run(StackSettings s, PsOptions options) throws StackServiceException {
        String format = options.format() == null ? "text" : options.format();
        if (!"text".equals(format) && !"json".equals(format)) {
            throw new InvalidSettingException("stack.ps.format", format, "stack.ps.format is '" + format
                    + "'; use text or json");
        }
        String project = StackFiles.blankToNull(s.projectName());
        List<StackSummary> stacks = new StackCatalog(session.engine(s.dockerHost())).list(project);
        if (!options.all() && project == null) {
            List<StackSummary> everywhere = stacks;
            Path dir = s.directory() != null ? s.directory() : Path.of(System.getProperty("user.dir"));
            stacks = StackCatalog.startedFrom(everywhere, dir);
            if (stacks.size() < everywhere.size()) {
                events.info("Stacks started from " + dir + "; " + (everywhere.size() - stacks.size())
                        + " other stack(s) on the engine: -Dstack.all=true lists them too");
            }
        }
        List<String> lines = "json".equals(format) ? List.of(StackJson.render(stacks)) : StackTable.render(stacks);
        if (options.output() == null) {
            lines.forEach(events::info);
            return stacks.size();
        }
        try {
            if (options.output().getParent() != null) {
                Files.createDirectories(options.output().getParent());
            }
            Files.write(options.output(), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StateFileException(options.output(), e);
        }
        events.info("Wrote " + stacks.size() + " stack(s) to " + options.output());
        return stacks.size();
    }
}
