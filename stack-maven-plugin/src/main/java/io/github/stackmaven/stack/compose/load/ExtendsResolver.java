package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage "extends" (compose-go {@code loader/extends.go}): replaces each service that {@code extends} another by
 * a deep copy of the (recursively resolved) base with the service merged on top. A base from another file has
 * its relative paths resolved against that file's directory. Cycles are an error.
 */
final class ExtendsResolver {

    private final LoadContext context;
    private final ProjectEnvironment env;
    private final Map<Path, YMap> otherFiles = new HashMap<>();

    ExtendsResolver(LoadContext context, ProjectEnvironment env) {
        this.context = context;
        this.env = env;
    }

    /** Resolves every service of a document in place. */
    void resolveAll(YMap doc, Path file) {
        if (doc.get("services") instanceof YMap services) {
            for (String name : new ArrayList<>(services.keys())) {
                resolve(services, name, file, new ArrayList<>());
            }
        }
    }

    private YMap resolve(YMap services, String name, Path file, List<String> chain) {
        ModelPath path = ModelPath.of("services").child(name);
        YMap service = Nodes.map(services.get(name), path);
        if (!(service.get("extends") instanceof YMap ref)) {
            return service;
        }
        String link = context.display(file) + ":" + name;
        if (chain.contains(link)) {
            chain.add(link);
            throw new ComposeException(ref.position(), path.child("extends").toString(),
                    "circular reference: " + String.join(" -> ", chain.subList(chain.indexOf(link), chain.size())));
        }
        chain.add(link);
        String baseName = Nodes.string(required(ref, "service", path), path.child("extends").child("service"));
        YMap base;
        if (ref.get("file") != null && !ref.get("file").isNull()) {
            String fileText = Nodes.string(ref.get("file"), path.child("extends").child("file"));
            Path other = file.getParent().resolve(fileText).normalize();
            YMap otherServices = servicesOf(other, ref, path);
            base = lookup(otherServices, baseName, other, ref, path);
            base = resolve(otherServices, baseName, other, chain).deepCopy();
            PathResolver.resolveService(base, other.getParent(), env);
        } else {
            lookup(services, baseName, file, ref, path);
            base = resolve(services, baseName, file, chain).deepCopy();
        }
        chain.remove(chain.size() - 1);
        service.remove("extends");
        YMap merged = (YMap) OverrideMerger.merge(base, service, path);
        services.put(name, merged);
        return merged;
    }

    private YMap lookup(YMap services, String baseName, Path file, YMap ref, ModelPath path) {
        YNode base = services.get(baseName);
        if (base == null) {
            throw new ComposeException(ref.position(), path.child("extends").toString(), "cannot extend service \""
                    + path.last() + "\" in " + context.display(file) + ": service \"" + baseName + "\" not found"
                    + Suggestions.didYouMean(baseName, services.keys()));
        }
        return Nodes.map(base, ModelPath.of("services").child(baseName));
    }

    private YMap servicesOf(Path other, YMap ref, ModelPath path) {
        YMap cached = otherFiles.get(other);
        if (cached != null) {
            return cached;
        }
        if (!java.nio.file.Files.isRegularFile(other)) {
            throw new ComposeException(ref.position(), path.child("extends").child("file").toString(),
                    "extended file " + context.display(other) + " not found");
        }
        List<YMap> docs = context.loadDocuments(other, env);
        YMap merged = new YMap(ref.position());
        if (docs.size() == 1 && docs.get(0).get("services") instanceof YMap only) {
            merged = only;
        }
        for (YMap doc : docs.size() == 1 ? List.<YMap>of() : docs) {
            if (doc.get("services") instanceof YMap services) {
                merged = (YMap) OverrideMerger.merge(merged, services, ModelPath.of("services"));
            }
        }
        otherFiles.put(other, merged);
        return merged;
    }

    private static YNode required(YMap map, String key, ModelPath path) {
        YNode v = map.get(key);
        if (v == null || v.isNull()) {
            throw new ComposeException(map.position(), path.child("extends").toString(), "missing \"" + key + "\"");
        }
        return v;
    }
}
