package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.Position;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the per-file part of the pipeline over a list of files: for each document, include, extends, then
 * merge onto the accumulated model and enforce unicity. Also used, recursively, for included projects.
 */
final class ModelAssembler {

    private static final String[] SECTIONS = {"services", "networks", "volumes", "secrets", "configs", "models"};

    private final LoadContext context;

    ModelAssembler(LoadContext context) {
        this.context = context;
    }

    YMap assemble(List<Path> files, ProjectEnvironment env, List<Path> includeChain) {
        YMap model = new YMap(Position.UNKNOWN);
        ExtendsResolver extendsResolver = new ExtendsResolver(context, env);
        for (Path file : files) {
            for (YMap doc : context.loadDocuments(file, env)) {
                include(doc, file, env, includeChain);
                extendsResolver.resolveAll(doc, file);
                model = (YMap) OverrideMerger.merge(model, doc, ModelPath.ROOT);
                Unicity.enforce(model);
            }
        }
        return model;
    }

    private void include(YMap doc, Path file, ProjectEnvironment env, List<Path> chain) {
        YNode includes = doc.remove("include");
        if (!(includes instanceof YSeq entries)) {
            return;
        }
        Path dir = file.getParent();
        for (int i = 0; i < entries.size(); i++) {
            ModelPath path = ModelPath.of("include").index(i);
            YMap entry = Nodes.map(entries.get(i), path);
            List<Path> paths = new ArrayList<>();
            for (YNode p : Nodes.seq(entry.get("path"), path.child("path")).items()) {
                Path included = dir.resolve(Nodes.string(p, path.child("path"))).normalize();
                if (!Files.isRegularFile(included)) {
                    throw new ComposeException(p.position(), path.child("path").toString(),
                            "included file " + included + " not found");
                }
                if (chain.contains(included) || included.equals(file)) {
                    throw new ComposeException(p.position(), path.child("path").toString(),
                            "include cycle: " + context.display(included) + " includes itself");
                }
                paths.add(included);
            }
            Path projectDir = entry.get("project_directory") instanceof YScalar s && s.text() != null
                    ? dir.resolve(s.text()).normalize() : paths.get(0).getParent();
            ProjectEnvironment childEnv = env.child();
            if (entry.get("env_file") instanceof YSeq envFiles) {
                List<Path> list = new ArrayList<>();
                for (YNode f : envFiles.items()) {
                    String name = Nodes.string(f, path.child("env_file"));
                    if (!name.equals("/dev/null")) {
                        list.add(dir.resolve(name).normalize());
                    }
                }
                childEnv.addFiles(list, context::display);
            } else if (Files.isRegularFile(projectDir.resolve(".env"))) {
                childEnv.addFile(projectDir.resolve(".env"), context.display(projectDir.resolve(".env")));
            }
            List<Path> nextChain = new ArrayList<>(chain);
            nextChain.add(file);
            YMap included = assemble(paths, childEnv, nextChain);
            defaultBuildContexts(included);
            PathResolver.resolveModel(included, projectDir, childEnv);
            importInto(doc, included);
        }
    }

    /**
     * A build without a context means the included project's directory, not the including one's: the default
     * {@code .} is set before the included paths are resolved against its {@code project_directory}.
     */
    private static void defaultBuildContexts(YMap included) {
        if (included.get("services") instanceof YMap services) {
            for (String name : services.keys()) {
                if (services.get(name) instanceof YMap service && service.get("build") instanceof YMap build
                        && (!build.has("context") || build.get("context").isNull())) {
                    build.put("context", YScalar.string(".", build.position()));
                }
            }
        }
    }

    /** Included resources become the base; the including document's definitions merge on top. */
    private static void importInto(YMap doc, YMap included) {
        for (String section : SECTIONS) {
            if (!(included.get(section) instanceof YMap imported)) {
                continue;
            }
            YNode local = doc.get(section);
            YMap merged = local instanceof YMap l
                    ? (YMap) OverrideMerger.merge(imported, l, ModelPath.of(section)) : imported;
            doc.put(section, merged);
        }
    }
}
